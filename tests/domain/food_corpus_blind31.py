# ruff: noqa: E501
"""Blind labelled set 31: people on a practitioner-led anti-inflammatory elimination diet who use the food diary as a journal (plans, refusals, cravings, reintroductions, slips) across 30 countries."""

BLIND31_CASES: list[tuple[str, str, str, str]] = []

# --- US: Denver mum, works in an office, practitioner Dr Reyes ---
BLIND31_CASES += [
    ("meal", "day 9 of elimination. breakfast: 2 eggs scrambled in olive oil, sauteed spinach, half an avocado. coffee black. feeling less puffy", "", ""),
    ("meal", "dr reyes said dairy reintro starts monday, NOT before. so today still clean: chicken thigh, roasted buttercup squash, arugula w lemon", "", ""),  # why: dairy only planned; buttercup squash is a trap
    ("meal", "office party, said no to the sheet cake and the pizza, had the veggie tray w hummus and some grapes. proud of myself lol", "", ""),
    ("meal", "caved at chipotle. burrito bowl, white rice, chicken, fajita veg, corn salsa, no cheese no sour cream. corn salsa was the slip ugh", "corn", ""),
    ("meal", "kids had mac n cheese for dinner, i had leftover salmon + quinoa. smelled amazing tho 😩", "", ""),
    ("meal", "tmrw ill make the shakshuka from that blog, recipe calls for feta on top, ill just skip it. tonight just a pear and some almonds", "", ""),
    ("meal", "lunch: trader joes cauliflower gnocchi in avocado oil w the vegan kale cashew pesto. checked both bags, clean", "", ""),
    ("meal", "slip: 2 handfuls of tortilla chips at the bar before I remembered. day count resets?? texted dr r", "corn", "soy"),  # why: bar chips are usually fried in soybean-based fryer oil
    ("meal", "dinner: grass-fed burger no bun lettuce wrap, sweet potato fries baked at home, yellow mustard. no ketchup bc sugar", "", ""),
    ("meal", "DAIRY REINTRO day 1 per protocol: 1 cup whole milk at breakfast, plain greek yogurt at lunch. watching skin + gut for 3 days", "dairy", ""),
    ("meal", "craving a cinnabon SO bad at the airport. walked past. ate a larabar (cashew cookie, just cashews + dates) instead", "", ""),
    ("meal", "stir fry w coconut aminos instead of soy sauce, broccoli, shrimp, ginger, garlic, cooked in avocado oil.. actually no it was sesame oil", "", ""),
    ("meal", "mom made cornbread for thanksgiving, didnt touch it. had turkey, green beans, and cranberry sauce she made w maple syrup just for me", "", "sugar"),  # why: maple syrup is a natural sweetener, flagged as possible
    ("meal", "oatmeal w blueberries + almond milk. bob's red mill gluten free oats so no cross contamination worry", "", ""),
    ("meal", "symptoms: headache 2, skin 3, sleep 7. ate: bone broth, roast chicken, kale salad w tahini dressing, an orange", "", ""),
    ("label", "Siete Grain Free Tortilla Chips Sea Salt. Ingredients: Cassava Flour, Avocado Oil, Coconut Flour, Chia Seed, Sea Salt. GRAIN FREE • DAIRY FREE • Non-GMO Project Verified. Nutrition Facts Serving size 1 oz (28g) about 15 chips Calories 130", "", ""),
    ("label", "KIND Dark Chocolate Nuts & Sea Salt. INGREDIENTS: ALMONDS, PEANUTS, CHICORY ROOT FIBER, HONEY, PALM KERNEL OIL, SUGAR, GLUCOSE SYRUP, RICE FLOUR, UNSWEETENED CHOCOLATE, SEA SALT, SOY LECITHIN, COCOA POWDER, NATURAL FLAVOR. CONTAINS PEANUTS, ALMONDS, SOY.", "sugar soy", "corn"),  # why: glucose syrup source not given
    ("label", "CLIF BAR Chocolate Chip energy bar. ORGANIC BROWN RICE SYRUP, ORGANIC ROLLED OATS, SOY PROTEIN ISOLATE, ORGANIC CANE SYRUP, ORGANIC ROASTED SOYBEANS, ORGANIC SEMISWEET CHOCOLATE (ORGANIC CANE SUGAR, ORGANIC CHOCOLATE, ORGANIC COCOA BUTTER, ORGANIC SOY LECITHIN), ORGANIC SOY FLOUR, SEA SALT, NATURAL FLAVORS. CONTAINS SOY. MAY CONTAIN MILK, PEANUTS, TREE NUTS AND WHEAT.", "sugar soy", "dairy wheat"),
    ("label", "Daiya Cheddar Style Shreds. dairy free • gluten free • soy free. Ingredients: Filtered Water, Tapioca Flour, Coconut Oil, Expeller Pressed Canola and/or Safflower Oil, Vegan Natural Flavors, Pea Protein, Salt, Konjac Gum, Tricalcium Phosphate, Lactic Acid (vegan), Yeast Extract, Annatto (color).", "", ""),
]

# --- UK: Leeds, works in a call centre, sees a naturopath ---
BLIND31_CASES += [
    ("meal", "fry up minus the toast and beans (beans have sugar). unsmoked back bacon (checked, just pork + salt), 2 eggs, mushrooms, tomato. brew with oatly barista", "", ""),
    ("meal", "team lunch at pret, i had the... no. i brought my own. jacket potato w tuna and mayo i made myself w rapeseed oil + egg", "", ""),
    ("meal", "nan made a victoria sponge for grandad's 80th. i had a cuppa, black, and some strawberries. everyone else had cake. felt left out tbh", "", ""),
    ("meal", "Week 3. Naturopath says wheat goes back first on the 14th, then 3 clean days, then dairy. Tonight: lamb chops, fresh mint (not the jar sauce - that's got sugar), peas, new potatoes", "", ""),
    ("meal", "Slip. Had a Cadbury Dairy Milk from the vending machine at 4pm. Full bar. Skin already itchy by 9", "dairy sugar", ""),
    ("meal", "sunday roast: chicken, roasties in goose fat, carrots, cabbage. skipped the yorkshires and the bisto gravy", "", ""),
    ("meal", "fish & chips from the chippy, took the batter off... no who am i kidding i ate the batter too", "wheat", ""),
    ("meal", "wheat reintro day 1: 2 slices plain sourdough from the bakery (flour water salt only they said). headache 0 so far", "wheat", ""),
    ("meal", "craving crumpets with butter like mad. buckwheat pancakes tomorrow instead, deliciously ella recipe. tonight: leftover chilli (no beans from a tin, made from dried) + rice", "", ""),
    ("meal", "cottage pie w sweet potato top, beef mince, onion, carrot, kallo organic stock cube (no wheat, I checked the packet)", "", ""),
    ("meal", "pint of guinness at the pub with the lads. i know i know. it's barley not wheat tho?", "", ""),  # why: stout is barley malt, none of the five groups
    ("label", "Warburtons Gluten Free White Sliced Loaf. Ingredients: Water, Tapioca Starch, Rice Flour, Potato Starch, Psyllium Husk Powder, Rapeseed Oil, Sugar Beet Fibre, Yeast, Humectant: Vegetable Glycerine, Sugar, Salt, Thickener: Hydroxypropyl Methylcellulose, Preservative: Calcium Propionate. Gluten free. Allergy advice: for allergens see ingredients in bold.", "sugar", ""),  # why: sugar beet fibre is not sugar but plain sugar is listed
    ("label", "Heinz Beanz. INGREDIENTS: Beans (51%), Tomatoes (34%), Water, Sugar, Spirit Vinegar, Modified Cornflour, Salt, Spice Extracts, Herb Extract. Typical values per 1/2 can (207g): Energy 323kJ/76kcal, of which sugars 9.7g", "sugar corn", ""),
    ("label", "Alpro Soya Original. Ingredients: Water, hulled soya beans (8%), sugar, acidity regulators (potassium phosphates), calcium (calcium carbonate), sea salt, stabiliser (gellan gum), vitamins (riboflavin (B2), B12, D2). Naturally lactose free. Suitable for vegans.", "soy sugar", ""),
    ("label", "nakd Cocoa Orange fruit & nut bar. Dates 48%, cashews 34%, raisins 14%, cocoa 3%, a hint of natural orange flavouring. Gluten free • Dairy free • No added sugar. May contain traces of other nuts.", "", ""),
]

# --- Canada: Toronto nurse, bilingual family in Quebec ---
BLIND31_CASES += [
    ("meal", "-25 out. craving poutine real bad. made roasted potato wedges w nutritional yeast + bone broth 'gravy'. not the same but ok", "", ""),
    ("meal", "tim's run with coworkers, i got a black coffee. they got timbits. didnt have one. counts as a win", "", ""),
    ("meal", "maple syrup on my porridge (GF oats) — practitioner said natural sweeteners are a grey area, limit to 1 tsp. had 1 tsp. ok maybe 2", "", "sugar"),  # why: maple syrup flagged as possible
    ("meal", "Tourtière at my in-laws. I had the filling only, left the crust. Not sure what belle-maman thickens it with…", "", "wheat"),  # why: tourtière filling is often bound with breadcrumbs or flour
    ("meal", "butter chicken from the place on bloor. asked, they use cream + butter. my dairy reintro was supposed to be next wk but... i guess it's now lol", "dairy", "sugar"),  # why: restaurant butter chicken sauce often has added sugar
    ("meal", "snack: apple + sunbutter (the no sugar added one)", "", ""),
    ("meal", "Sushi night: salmon nigiri + maki. sushi rice is seasoned with sugar right?? and I dipped in the san-j gluten free tamari I brought", "soy sugar", ""),  # why: sushi rice vinegar normally contains sugar; tamari is soy even when wheat-free
    ("meal", "ketchup chips at the party — refused. had veggies and guac", "", ""),
    ("meal", "tofu scramble for brunch... wait soy is out. made it with chickpea flour 'tofu' instead. shaved zucchini on the side", "", ""),
    ("meal", "cabane à sucre avec la famille, tout le monde a mangé la tire sur la neige. moi des oeufs et des patates... cuites dans la graisse de bacon, c'est correct", "", ""),
    ("label", "PC Blue Menu Multigrain Rice Crackers / Craquelins de riz multigrains. Ingredients: rice, brown rice, sesame seeds, black sesame seeds, quinoa, sunflower oil, seasoning (sugar, salt, soy sauce powder (soybeans, wheat, salt), maltodextrin, yeast extract). Contains: soy, wheat, sesame. Contient : soja, blé, sésame.", "sugar soy wheat", "corn"),  # why: maltodextrin source unstated
    ("label", "Silk Oat Yeah Oatmilk Unsweetened / Boisson d'avoine non sucrée. Ingredients: oat base (filtered water, oats), sunflower oil, calcium carbonate, sea salt, gellan gum, natural flavour, vitamin D2, vitamin B12. Dairy free. Sans produits laitiers.", "", ""),
    ("label", "Nature's Path Organic Mesa Sunrise flakes. Ingredients: organic corn meal, organic flax seeds, organic evaporated cane sugar, organic buckwheat flour, organic amaranth, organic quinoa, sea salt. Gluten free.", "corn sugar", ""),
]

# --- New Zealand: Auckland teacher ---
BLIND31_CASES += [
    ("meal", "flat white with oat milk from the cafe on ponsonby rd, and a bliss ball. asked, it's dates coconut cacao", "", ""),
    ("meal", "bbq at the bach. sausages from the butcher (gluten free he said), kumara salad w olive oil, no bread", "", "sugar"),  # why: butcher sausages commonly contain dextrose even when gluten free
    ("meal", "pav at christmas. everyone had some. i just picked the kiwifruit and berries off the top. they were sitting in the cream tho", "", "dairy sugar"),  # why: fruit was in contact with cream and meringue
    ("meal", "mince & cheese pie from the dairy at lunch. full slip", "wheat dairy", "corn"),  # why: 'the dairy' is a corner shop; the pie has pastry and cheese, gravy often cornflour-thickened
    ("meal", "feijoas from the neighbour's tree, like 8 of them", "", ""),
    ("meal", "fish tacos but in cos lettuce leaves, snapper, slaw with lime, no sour cream", "", ""),
    ("meal", "practitioner said after corn reintro (which was grim) wait 3 clean days. clean day 2: eggs, silverbeet, kumara hash", "", ""),
    ("meal", "the kids had a hokey pokey ice cream at the beach, i had a nectarine and some water. sunburnt lol", "", ""),
    ("label", "Whittaker's Creamy Milk Chocolate 33% cocoa. Ingredients: Sugar, Full Cream Milk Powder, Cocoa Butter, Cocoa Mass, Emulsifier (Soy Lecithin), Natural Flavour. CONTAINS MILK AND SOY. MAY CONTAIN PEANUT AND TREE NUTS.", "sugar dairy soy", ""),
    ("label", "Vogel's Original Mixed Grain toast bread. Ingredients: Wheat Flour, Kibbled Grains & Seeds (20%) (Soy, Barley, Wheat, Rye, Linseed), Water, Wheat Gluten, Yeast, Vinegar, Iodised Salt, Canola Oil, Emulsifier (481). Contains gluten and soy.", "wheat soy", ""),
    ("label", "Pic's Peanut Butter Smooth. Ingredients: Peanuts (99%), Salt. No added sugar. Made in Nelson.", "", ""),
]

# --- Nigeria: Lagos accountant ---
BLIND31_CASES += [
    ("meal", "Breakfast: boiled yam and egg sauce with palm oil. No bread today, ma'am said no Agege bread until wheat reintro", "", ""),
    ("meal", "Jollof rice at my cousin's wedding. Ate only the jollof and chicken. Refused small chops and chin chin", "", "corn sugar soy"),  # why: party jollof uses seasoning cubes (often corn starch, sugar) and vegetable oil (often soybean)
    ("meal", "Pap (ogi) with akara this morning. ogi is corn abi? yes it is maize. I didn't think. Slip.", "corn", "soy"),  # why: akara is fried in vegetable oil that may be soybean
    ("meal", "Egusi soup with pounded yam. Mum used crayfish and ugwu, no seasoning cube for me", "", ""),
    ("meal", "My husband and kids ate indomie. I craved it. I had fried plantain (palm oil) and eggs instead", "", ""),
    ("meal", "Drank one Maltina at the office send-forth. Practitioner will not be happy. sugar!", "sugar", "corn wheat"),  # why: malt drink with added sugar; malt and glucose syrup/caramel raise wheat and corn
    ("meal", "suya from mallam, I asked him, the yaji has groundnut, ginger, pepper... and maggi. ah", "", "corn sugar"),  # why: bouillon cube in the spice mix
    ("meal", "moi moi for lunch, made by me, beans pepper onion palm oil, no cube", "", ""),
    ("meal", "symptoms today: joints 3/10 from 6. sleep 8h. ate ofada rice with ayamase, assorted meat, and watermelon", "", ""),
    ("label", "Indomie Instant Noodles Chicken Flavour. Noodles: Wheat Flour, Vegetable Oil (Palm Olein), Salt, Stabilizers (Potassium Carbonate, Sodium Carbonate), Thickener (Guar Gum). Seasoning: Salt, Flavour Enhancer (MSG), Sugar, Chicken Flavour, Onion Powder, Garlic Powder, Pepper. Seasoning oil, Chilli powder. CONTAINS WHEAT. May contain soy and milk.", "wheat sugar", "soy dairy"),
    ("label", "Golden Morn Maize & Soya Cereal, 900g. Ingredients: Maize (55%), Sugar, Soya (10%), Skimmed Milk Powder, Palm Olein, Minerals, Vitamins, Salt. NAFDAC Reg No. ...", "corn sugar soy dairy", ""),
    ("label", "Peak Full Cream Evaporated Milk. Ingredients: Fresh cow's milk, stabiliser (E339). Contains: Milk.", "dairy", ""),
]

# --- Kenya: Nairobi, Swahili and English ---
BLIND31_CASES += [
    ("meal", "Ugali na sukuma wiki for supper. Ugali ni unga wa mahindi — maize. Corn reintro week 5 per protocol, so planned", "corn", ""),
    ("meal", "chai ya maziwa at the office, declined. had black tea with lemon & ginger", "", ""),
    ("meal", "Mandazi at church after service, nilikataa. Ate ndizi and groundnuts", "", ""),
    ("meal", "nyama choma with kachumbari, no chips. only salt on the meat", "", ""),
    ("meal", "githeri ya leo: mahindi na maharagwe. oops nimesahau githeri is corn 🤦🏾‍♀️", "corn", ""),
    ("meal", "chapati za mama, sikula. nilikula viazi vitamu na chai bila sukari bila maziwa", "", ""),
    ("meal", "Breakfast: weetabix with milk. My daughter's. I took two. slip", "wheat dairy sugar", ""),
    ("meal", "pilau at a harambee, beef, kachumbari. the cook uses royco I think", "", "corn"),  # why: Royco-type mix is maize-starch based
    ("meal", "matumbo stew I made with tomatoes and dhania, plus managu. no cube", "", ""),
    ("label", "Blue Band Original spread. Ingredients: Vegetable oils (palm, palm kernel), water, salt, emulsifiers (mono- and diglycerides of fatty acids, sunflower lecithin), preservative (potassium sorbate), acidity regulator (citric acid), flavourings, vitamins A and D, colour (beta-carotene). May contain traces of milk.", "", "dairy"),
    ("label", "Jogoo Fortified Maize Meal / Unga wa Mahindi. Ingredients: Whole maize meal, vitamins & minerals premix. 2kg.", "corn", ""),
    ("label", "Brookside Mala Fermented Milk / Maziwa Mala. Ingredients: Fresh milk, lactic cultures. Keep refrigerated.", "dairy", ""),
]

# --- Singapore ---
BLIND31_CASES += [
    ("meal", "hawker lunch. chicken rice but told auntie no dark soya sauce, no chilli. plain chicken + rice + cucumber", "", "soy wheat"),  # why: steamed chicken is usually dressed with light soy and sesame oil by default
    ("meal", "colleague's bday kueh lapis in the pantry. didn't take. kopi O kosong", "", "sugar"),  # why: local kopi powder is often roasted with sugar and margarine
    ("meal", "dinner at home, mum made steamed fish with ginger, scallion and... soy sauce. i ate it. small amount. soy AND wheat. sigh", "soy wheat", ""),
    ("meal", "yong tau foo, only picked plain veg, no tofu, no fishball (got flour), clear soup", "", "soy"),  # why: broth is shared with tofu pieces and often soybean based
    ("meal", "kaya toast craving. bought a kaya jar just to read the label, put it back. ate a banana", "", ""),
    ("meal", "reintro soy today per Dr Tan: edamame 1 bowl lunch, tofu at dinner. bloat 4/10 by 10pm", "soy", ""),
    ("meal", "bubble tea with friends, i ordered the fresh milk... no. i just watched them. had water", "", ""),
    ("meal", "fish soup bee hoon, asked for no milk no evaporated milk, clear version. with bee hoon (rice)", "", ""),
    ("label", "Gardenia Enriched White Bread. Ingredients: Wheat Flour, Water, Sugar, Yeast, Vegetable Oil, Salt, Emulsifiers (E481, E472e), Soya Flour, Flour Treatment Agent (E300), Preservative (E282). Contains Gluten, Soy. May contain Milk, Egg and Sesame.", "wheat sugar soy", "corn dairy"),
    ("label", "Yeo's Soy Bean Drink Less Sugar 豆奶 Ingredients: Water, Soybeans (8.5%), Cane Sugar, Stabiliser (E418). Healthier Choice: 25% lower in sugar.", "soy sugar", ""),
    ("label", "Lee Kum Kee Premium Oyster Sauce. Ingredients: Oyster Extractives (Oyster, Water, Salt), Sugar, Salt, Modified Corn Starch, Wheat Flour, Colour (Caramel). Contains shellfish, wheat.", "sugar corn wheat", ""),
]

# --- Malaysia: KL, Malay/English ---
BLIND31_CASES += [
    ("meal", "nasi lemak bungkus pagi ni. santan + sambal (ada gula confirm) + ikan bilis + telur + kacang. kacang tanah ok bukan soy", "sugar", ""),  # why: coconut milk is a trap; the writer confirms sugar in sambal
    ("meal", "went mamak with friends, no roti canai no teh tarik. nasi kandar: rice, ayam goreng, sayur, kuah campur", "", "dairy wheat corn"),  # why: mixed curry gravies often carry evaporated milk/ghee; fried chicken is often coated in flour or cornflour
    ("meal", "Mak cik buat kuih, saya cakap tak boleh sorry. makan betik je", "", ""),
    ("meal", "masak untuk esok: ayam masak kicap... guna coconut aminos bukan kicap lah. malam ni makan sup sayur", "", ""),
    ("meal", "dinner: ikan bakar with air asam, ulam, nasi putih", "", "sugar"),  # why: air asam dip is often sweetened
    ("meal", "Wheat reintro hari ke-2: mee goreng for lunch. wait mee goreng ada kicap... soy too 😬 not a clean test", "wheat soy", "sugar"),  # why: mamak mee goreng usually uses sweet soy and ketchup
    ("meal", "raya open house: rendang and ketupat only. refused kuih raya and the dodol", "", "sugar"),  # why: rendang is commonly finished with sugar or gula melaka
    ("label", "MILO 3in1 Activ-Go. Ingredients: Sugar, MILO® (Malt Extract (Barley), Milk Solids, Sugar, Cocoa Powder, Palm Olein, Minerals, Vitamins), Non-Dairy Creamer (Glucose Syrup, Palm Kernel Oil, Sodium Caseinate, Stabiliser), Skimmed Milk Powder, Salt. Contains milk and barley.", "sugar dairy", "wheat corn"),  # why: 'non-dairy' creamer has caseinate; malt and glucose syrup are hedges
    ("label", "Kicap Manis Cap Kipas Udang / Sweet Soy Sauce. Bahan-bahan: Gula, Air, Kacang Soya, Garam, Tepung Gandum, Pewarna Karamel. Mengandungi: soya, gandum.", "sugar soy wheat", "corn"),
    ("label", "Baba's Meat Curry Powder. Ingredients: Coriander, Chilli, Cumin, Fennel, Turmeric, Black Pepper, Cinnamon, Cardamom, Clove, Star Anise. Halal. 250g.", "", ""),
]

# --- Pakistan: Lahore/Karachi, Urdu in Roman and Nastaliq script ---
BLIND31_CASES += [
    ("meal", "nashta: paratha nahi, sirf anda omelette with hari mirch aur tamatar, chai without doodh. ammi ne sab ke liye paratha banaya tha", "", ""),
    ("meal", "Dawat at khala's. Biryani kha li, raita nahi liya. Shahi tukray dekh ke dil roya 😭", "", "dairy"),  # why: biryani masala is usually made with dahi
    ("meal", "roti ki jagah bajra roti, practitioner ne kaha bajra theek hai. saath mein daal mash jo maine olive oil mein banayi", "", ""),
    ("meal", "سحری: کھجور، دہی... نہیں، دہی نہیں کھایا، صرف کھجور اور پانی", "", ""),
    ("meal", "Wheat reintro: 2 chapati with lunch. watching joints and headache next 72h", "wheat", ""),
    ("meal", "gol gappay with friends in lahore. only 3. sooji wale — sooji is semolina = wheat. imli chutney mein cheeni bhi", "wheat sugar", ""),
    ("meal", "Dinner: chicken karahi, cook made it in desi ghee. uff. ghee = dairy", "dairy", ""),
    ("meal", "Lassi offered at the dhaba, refused, took a 7up instead. which is... sugar. great.", "sugar", ""),
    ("meal", "افطار: پکوڑے نہیں کھائے (بیسن ہے لیکن تیل میں تلے ہوئے)، فروٹ چاٹ بغیر چینی، اور چکن تکہ", "", ""),  # why: besan pakoras not eaten; fruit chaat without sugar
    ("label", "Shan Bombay Biryani Masala. Ingredients: Salt, Red Chilli, Dried Plum, Coriander, Cumin, Black Pepper, Garlic, Ginger, Turmeric, Citric Acid, Papaya, Black Cardamom, Cinnamon, Clove, Bay Leaf, Soya Bean Oil. Produced in a facility that also handles wheat and milk.", "soy", "wheat dairy"),
    ("label", "Olper's Full Cream Milk UHT 1 litre. Ingredients: Milk. Fat 3.5%. Pasteurised, ultra high temperature treated.", "dairy", ""),
    ("label", "Peek Freans Sooper Egg & Milk Cookies. Ingredients: Wheat Flour, Sugar, Vegetable Ghee, Invert Syrup, Egg, Milk Solids, Raising Agents (E500, E503), Salt, Artificial Flavours. Contains wheat, milk, egg. May contain soy.", "wheat sugar dairy", "soy"),  # why: vegetable ghee is not dairy
]

# --- Mexico: CDMX, Spanish ---
BLIND31_CASES += [
    ("meal", "Desayuno: huevos a la mexicana sin tortilla, con frijoles de la olla. Mi mamá comió chilaquiles, yo no 😢", "", ""),
    ("meal", "tacos al pastor en la esquina... en tortilla de maíz. lo sé. la reintroducción de maíz empieza el lunes, me adelanté 3 días", "corn", ""),
    ("meal", "Comida familiar: mole poblano. El mole lleva pan, chocolate y azúcar, no me serví. Comí arroz rojo y pollo deshebrado solo", "", "corn sugar"),  # why: arroz rojo is usually cooked with powdered chicken bouillon
    ("meal", "antojo de concha nivel 1000. la compré pero se la di a mi hermano", "", ""),
    ("meal", "elote con mayo y queso en la feria — mi novio se lo comió, yo solo lo vi. yo comí fruta con chile y limón (sin chamoy)", "", ""),
    ("meal", "quesadilla de flor de calabaza en tortilla de maíz, sin queso?? entonces no es quesadilla jaja. era taco", "corn", ""),
    ("meal", "Agua de jamaica en la oficina, la hicieron con azúcar obvio", "sugar", ""),
    ("meal", "cena: caldo de res con verduras, con elote!! saqué el elote pero se coció en el caldo", "", "corn"),  # why: corn cob simmered in the broth
    ("meal", "la doctora dijo: si hay brote en la piel, parar y esperar 3 días limpios. hoy limpio: pescado a la talla, nopales asados, aguacate", "", "sugar"),  # why: pescado a la talla adobo sometimes includes a little sugar
    ("label", "MASECA Harina de Maíz Nixtamalizado 1 kg. Ingredientes: Maíz nixtamalizado, cal, goma guar, antioxidantes. Libre de gluten.", "corn", ""),
    ("label", "Bimbo Pan Blanco Grande. Ingredientes: Harina de trigo enriquecida, agua, azúcar, levadura, aceite vegetal, sal, emulsificantes (mono y diglicéridos), harina de soya, gluten de trigo, conservador (propionato de calcio). Contiene: trigo, soya. Puede contener leche. EXCESO AZÚCARES", "wheat sugar soy", "dairy corn"),
    ("label", "Coca-Cola Sin Azúcar 600 ml. Ingredientes: agua carbonatada, color caramelo clase IV, ácido fosfórico, aspartame, acesulfame K, benzoato de sodio, cafeína, saborizantes naturales. CONTIENE FENILALANINA.", "", "corn"),  # why: sugar-free; caramel colour is a corn hedge
]

# --- Chile: Santiago ---
BLIND31_CASES += [
    ("meal", "once con la familia: marraqueta con palta para todos, yo palta con huevo duro sin pan", "", ""),
    ("meal", "me comí un completo en la previa del partido. pan, vienesa, palta, tomate, mayo. caída total", "wheat", "soy corn sugar"),  # why: vienesas often have soy protein and starch; mayo is soybean-oil based; buns usually sweetened
    ("meal", "cazuela de vacuno con choclo, zapallo, papa. me comí el choclo, sí.", "corn", ""),
    ("meal", "la nutri dijo que en la semana 4 vuelve el azúcar, por ahora nada. hoy: charquicán de mi abuela", "", "corn"),  # why: charquicán often includes choclo
    ("meal", "rechacé el kuchen de la tía. comí frutillas sin azúcar", "", ""),
    ("meal", "pebre con sopaipillas en el cumpleaños... las sopaipillas llevan harina y zapallo. me comí dos. ugh", "wheat", ""),
    ("meal", "almuerzo en el casino de la pega: pollo al jugo con arroz y ensalada chilena. nada más", "", ""),
    ("label", "Soprole Yoghurt Batido sabor Frutilla 165g. Ingredientes: leche parcialmente descremada, azúcar, preparado de frutilla (frutilla, azúcar, almidón modificado, saborizante, colorante carmín), leche en polvo descremada, cultivos lácticos. ALTO EN AZÚCARES.", "dairy sugar", "corn wheat"),  # why: modified starch source not given
    ("label", "Costa Chocolate de Leche barra 150g. Ingredientes: azúcar, manteca de cacao, leche en polvo entera, pasta de cacao, lecitina de soya, vainillina. ALTO EN AZÚCARES. ALTO EN GRASAS SATURADAS. Puede contener maní y trigo.", "sugar dairy soy", "wheat"),
]

# --- Peru: Lima ---
BLIND31_CASES += [
    ("meal", "almuerzo: ceviche de corvina con camote y cancha... la cancha es maíz tostado. me la comí igual", "corn", ""),
    ("meal", "lomo saltado, con papas. el saltado lleva sillao y vinagre. arroz blanco", "soy wheat", ""),
    ("meal", "mi tía hizo arroz con leche y mazamorra morada, solo miré. yo fruta picada", "", ""),
    ("meal", "desayuno: quinua con manzana y canela, sin azúcar, sin leche, con agua", "", ""),
    ("meal", "chicha morada en el almuerzo de la oficina. maíz morado y azúcar. dos vasos 🙃", "corn sugar", ""),
    ("meal", "Reintro corn día 1: choclo con queso... no, choclo solo, sin queso, los lácteos siguen fuera", "corn", ""),
    ("meal", "pollo a la brasa (Norky's) sin papas, ensalada sin mayonesa, con ají de pollería", "", "soy wheat dairy"),  # why: brasa marinades often use soy sauce; pollería ají cream usually has mayo or cheese
    ("label", "Inca Kola 500 ml. Ingredientes: agua carbonatada, azúcar, ácido cítrico, saborizante artificial, colorantes (tartrazina, amarillo ocaso), benzoato de sodio. ALTO EN AZÚCAR - Evitar su consumo excesivo.", "sugar", ""),
    ("label", "Gloria Leche Evaporada Entera 400g. Ingredientes: leche fresca entera, estabilizante (fosfato disódico), vitaminas A y D.", "dairy", ""),
]

# --- Spain: Madrid ---
BLIND31_CASES += [
    ("meal", "desayuno: sin tostada. tomate rallado con AOVE sobre una tortita de arroz y un café solo", "", ""),
    ("meal", "cañas con los del curro, yo agua con gas. pidieron croquetas y bravas, probé UNA brava", "", "wheat"),  # why: salsa brava is often thickened with flour
    ("meal", "paella de marisco en casa de mi suegra: arroz, gambas, mejillones, pimiento, azafrán", "", ""),
    ("meal", "tortilla de patatas para cenar, hecha por mí. huevos, patata, cebolla, AOVE", "", ""),
    ("meal", "la nutricionista dice: trigo vuelve el día 15, lácteos el 20. hoy día 12. me muero por un cortado. almuerzo lentejas con verduras", "", ""),
    ("meal", "churros con chocolate en San Ginés con mi prima... ella. yo un café solo. lo juro", "", ""),
    ("meal", "jamón ibérico de bellota + melón de merienda", "", ""),
    ("meal", "turrón en la oficina, cogí un trocito del blando (jijona). almendra, miel, azúcar. recaída.", "sugar", ""),
    ("label", "Hacendado Bebida de Avena sin azúcares añadidos 1L. Ingredientes: agua, avena (12%), aceite de girasol, sal. Contiene de forma natural azúcares procedentes de la avena. Puede contener trazas de gluten.", "", "wheat"),  # why: gluten traces line
    ("label", "Cola Cao Original. Ingredientes: azúcar, cacao desgrasado en polvo, harina de trigo y cebada malteada, sales minerales, sal, aroma. Contiene gluten. Puede contener leche.", "sugar wheat", "dairy"),
    ("label", "Chorizo Extra Pamplona loncheado. Ingredientes: magro de cerdo, tocino de cerdo, pimentón, sal, dextrosa, lactosa, proteína de soja, ajo, antioxidantes (E-301, E-331), conservadores (E-252, E-250). Contiene leche y soja.", "sugar dairy soy", "corn"),
]

# --- Catalonia: Barcelona, Catalan ---
BLIND31_CASES += [
    ("meal", "esmorzar: pa amb tomàquet per a tothom, jo no. jo truita de patata i un cafè amb llet... de civada!", "", ""),
    ("meal", "calçotada diumenge: calçots amb romesco. el romesco porta pa torrat! n'he menjat bastant 😬", "wheat", ""),
    ("meal", "crema catalana a la festa de Sant Josep: NO. vaig menjar maduixes", "", ""),
    ("meal", "dinar: escalivada, botifarra a la brasa, mongetes del ganxet", "", ""),
    ("meal", "la naturòpata diu que la reintroducció del blat serà després de la Mercè. avui sopar: lluç al forn amb patates", "", ""),
    ("meal", "panellets de Tots Sants, els he fet per als nens (ametlla, sucre, ou). n'he tastat la massa 🙈", "sugar", ""),
    ("meal", "pica-pica al vermut: olives, anxoves, escopinyes. les patates xips les he deixat. vermut negre... té sucre oi? un got", "sugar", ""),  # why: sweet vermouth contains added sugar
    ("label", "Fuet Espetec Casa Tarradellas. Ingredients: carn de porc, sal, lactosa, proteïna de llet, dextrosa, sacarosa, espècies, antioxidant (E-301), conservants (E-252, E-250), budell natural. Conté llet. Pot contenir soja.", "dairy sugar", "corn soy"),
]

# --- Portugal: Porto ---
BLIND31_CASES += [
    ("meal", "pequeno-almoço: ovos mexidos com espinafres, café sem açúcar. o pastel de nata na pastelaria ficou lá", "", ""),
    ("meal", "almoço: bacalhau com grão, azeite e alho. perfeito.", "", ""),
    ("meal", "jantar de anos da minha mãe: francesinha para todos. eu pedi só bife grelhado com ovo e salada. a francesinha cheirava a céu", "", ""),
    ("meal", "comi broa de milho com caldo verde. asneira", "corn", "wheat"),  # why: broa is mostly maize but usually mixed with wheat or rye flour
    ("meal", "reintrodução dos lácteos hoje: queijo fresco ao lanche e iogurte natural sem açúcar", "dairy", ""),
    ("meal", "sardinhas assadas, batata cozida, pimentos. santos populares 🐟", "", ""),
    ("label", "Mimosa Leite Meio Gordo UHT 1L. Ingredientes: leite meio gordo. Fonte de cálcio.", "dairy", ""),
    ("label", "Compal Essencial Manga. Ingredientes: polpa de manga, puré de maçã, concentrado de sumo de maçã, antioxidante (ácido ascórbico). Sem açúcares adicionados.", "", "sugar"),  # why: fruit juice concentrate
]

# --- Austria: Vienna ---
BLIND31_CASES += [
    ("meal", "Frühstück: Eierspeis mit Schnittlauch, kein Semmerl. Kaffee mit Haferdrink", "", ""),
    ("meal", "Heuriger mit den Kollegen. Liptauer und Brot haben die anderen gegessen, ich nur Radieschen, Speck und Essiggurkerl", "", "sugar"),  # why: Austrian pickled gherkins are usually sweetened
    ("meal", "Schnitzel-Gusto. Gemacht mit Buchweizenmehl + glutenfreie Brösel von Schär, in Schmalz rausgebacken", "", "corn sugar"),  # why: gluten-free crumbs are typically maize based and often sweetened
    ("meal", "Oma hat Kaiserschmarrn gemacht, ich hab nur Apfelmus ohne Zucker gegessen (selbst gemacht)", "", ""),
    ("meal", "Tafelspitz mit Rösti und Apfelkren. Apfelkren hat Zucker? Oma sagt ja, ein bisschen", "sugar", "dairy"),  # why: rösti is often fried in butter
    ("meal", "Ärztin sagt Weizen-Reintro am Montag, Mais danach. Heute Tag 13, sauber: Forelle, Erdäpfel, Vogerlsalat mit Kernöl", "", ""),
    ("label", "Manner Original Neapolitaner Schnitten. Zutaten: Zucker, Weizenmehl, pflanzliche Fette (Kokos, Palmkern), Haselnüsse 12 %, Kakao, Magermilchpulver, Sojamehl, Backtriebmittel Natriumhydrogencarbonat, Emulgator Lecithine (Soja), Salz, Vanilleschote. Kann Spuren von Ei enthalten.", "sugar wheat dairy soy", ""),
    ("label", "Ja! Natürlich Bio Haferdrink. Zutaten: Wasser, Hafer* (11 %), Sonnenblumenöl*, Meersalz. *aus biologischer Landwirtschaft. Ohne Zuckerzusatz. Laktosefrei.", "", ""),
]

# --- Switzerland: Bern (Swiss German) and Lausanne (French) ---
BLIND31_CASES += [
    ("meal", "Zmorge: Birchermüesli ohni Joghurt, mit Hafermilch, Öpfel und Nüss. glutenfreii Haferflocke", "", ""),
    ("meal", "Fondue-Abig bi de Schwiegereltere. I ha nume Härdöpfel und Gürkli gässe, kei Käs. Und s'Brot... nei, kes Brot.", "", "sugar"),  # why: jarred gherkins are usually sweetened
    ("meal", "dîner raclette chez des amis, j'ai pris les pommes de terre et la viande séchée, le fromage non. j'ai craqué sur les cornichons 🥒", "", "sugar"),  # why: cornichon is not corn; dried meat and pickles may contain sugar
    ("meal", "Ragusa im Zug. 2 Stück. Zucker + Milch. mist", "sugar dairy", "soy"),
    ("meal", "Rösti gmacht mit Olivenöl statt Butter, plus Spiegelei und Spinat", "", ""),
    ("meal", "Therapeutin: Milchprodukte zuerst zrugg, 1 Tag, dann 3 Täg Pause. Hüt isch Milchtag gsi: es Glas Milch + Gruyère zum Zvieri", "dairy", ""),
    ("label", "Ovomaltine crunchy cream. Zutaten: Zucker, Pflanzenöle (Raps, Palm), Ovomaltine 15 % (Gerstenmalzextrakt, kondensierte Magermilch, Magermilchpulver, fettarmer Kakao, Zucker, Vitamine), Magermilchpulver, fettarmer Kakao, Emulgator (Sonnenblumenlecithin), Aroma Vanillin. Enthält Gluten und Milch.", "sugar dairy", "wheat"),  # why: barley malt; gluten line does not say wheat
    ("label", "Coop Free From Brot hell / Pain clair sans gluten. Zutaten: Wasser, Maisstärke, Reismehl, Hirsemehl, Flohsamenschalen, Hefe, Zucker, Speisesalz, Verdickungsmittel Hydroxypropylmethylcellulose. Glutenfrei. Laktosefrei.", "corn sugar", ""),
]

# --- Belgium: Ghent (Dutch) and Liège (French) ---
BLIND31_CASES += [
    ("meal", "ontbijt: havermout met blauwe bessen, geen speculoos (ik weet het)", "", ""),
    ("meal", "frietkot met de vrienden. ik: een paar frieten, zonder mayo. gebakken in ossewit zegt hij", "", ""),
    ("meal", "mosselen met friet, mosselen gestoomd in witte wijn met... boter. oeps", "dairy", ""),
    ("meal", "souper chez mamy: chicons au gratin. j'ai pris le chicon sans la béchamel et sans le jambon, gratté au couteau", "", "wheat dairy"),  # why: scraped béchamel leaves residue
    ("meal", "gaufre de Liège au marché, j'en ai mangé une. sucre perlé, beurre, farine. triple faute", "wheat dairy sugar", ""),
    ("meal", "stoofvlees op mijn manier: geen boterham met mosterd, geen bruine suiker, wel Westmalle dubbel erin", "", "sugar"),  # why: abbey dubbel is brewed with candi sugar; no wheat in it
    ("label", "Lotus Biscoff. Ingredients: wheat flour, sugar, vegetable oils (palm, rapeseed), candy sugar syrup, raising agent (sodium hydrogen carbonate), soya flour, salt, cinnamon. Allergens: wheat, soya. Vegan.", "wheat sugar soy", ""),
    ("label", "Alpro Plain No Sugars. Ingredients: water, hulled soya beans (10.6%), calcium (tri-calcium phosphate), stabiliser (pectin), acidity regulator (sodium citrates), antioxidants, vitamins, yoghurt cultures. 100% plant-based.", "soy", ""),
]

# --- Ireland: Cork ---
BLIND31_CASES += [
    ("meal", "full irish minus the black + white pudding, rashers, eggs, tomato, mushrooms. no brown bread", "", ""),
    ("meal", "Mammy made brown bread, the whole house smelled of it. Held out. Had a banana and a cup of barry's, black", "", ""),
    ("meal", "tayto sandwich craving at 11pm. went to bed instead", "", ""),
    ("meal", "chicken curry chipper takeaway on the way home. curry sauce = flour. slip for sure", "wheat", "sugar corn"),  # why: chipper curry sauce mixes typically have sugar and maltodextrin
    ("meal", "bacon and cabbage with spuds, parsley sauce on the side for the others", "", ""),
    ("meal", "practitioner said sugar reintro after Paddy's day. had one square of dark choc... wait that has sugar. no it was the 100% cacao one, no sugar. phew", "", ""),
    ("label", "Kerrygold Pure Irish Butter. Ingredients: Butter (Milk), Salt. Made with milk from grass-fed cows.", "dairy", ""),
    ("label", "Odlums Gluten Free Brown Bread Mix. Ingredients: Rice Flour, Potato Starch, Maize Flour, Buckwheat Flour, Psyllium Husk, Sugar, Raising Agents (Disodium Diphosphate, Sodium Bicarbonate), Salt, Thickener (Xanthan Gum).", "corn sugar", ""),
]

# --- Poland: Kraków ---
BLIND31_CASES += [
    ("meal", "śniadanie: jajecznica na smalcu z pomidorem, bez chleba. kawa czarna", "", ""),
    ("meal", "Wigilia u babci: pierogi z kapustą i grzybami — NIE jadłam. barszcz czysty i karp smażony... w mące? babcia mówi w bułce tartej. no to zjadłam pszenicę", "wheat", "sugar"),  # why: barszcz is often seasoned with a little sugar
    ("meal", "dziś reintrodukcja nabiału zgodnie z planem: szklanka kefiru i twaróg na śniadanie", "dairy", ""),
    ("meal", "Koleżanka przyniosła pączki na tłusty czwartek. Odmówiłam. Zjadłam jabłko. Ale chciałam 😭", "", ""),
    ("meal", "obiad: rosół z makaronem — tzn rosół bez makaronu, mama dała mi z ryżem", "", ""),
    ("meal", "bigos na kolację, z kiełbasą ze sklepu. mama dodaje chyba trochę cukru", "", "sugar soy corn"),  # why: shop kiełbasa often contains soy protein, starch, dextrose
    ("label", "E.Wedel Ptasie Mleczko waniliowe. Składniki: cukier, syrop glukozowy, tłuszcz roślinny (palmowy), masa kakaowa, mleko w proszku pełne, tłuszcz kakaowy, białko jaja, substancja żelująca (agar), emulgatory (lecytyny z soi), aromat. Może zawierać orzechy.", "sugar dairy soy", "corn"),
    ("label", "Sante Chrupiące płatki kukurydziane. Składniki: kukurydza (92%), cukier, sól, ekstrakt słodu jęczmiennego. Może zawierać gluten.", "corn sugar", "wheat"),
]

# --- Romania: Cluj ---
BLIND31_CASES += [
    ("meal", "mic dejun: ouă ochiuri, roșii, castraveți. fără telemea, fără pâine", "", ""),
    ("meal", "sarmale la mama acasă, cu mămăligă. am mâncat doar sarmalele, mămăliga nu. smântâna am refuzat", "", ""),
    ("meal", "La nunta: mici cu muștar. micii de la catering, probabil cu soia", "", "soy sugar"),  # why: commercial mici often contain soy; Romanian mustard usually has sugar
    ("meal", "cozonac de Paște — nu am gustat. colegii da. eu am luat o mână de nuci", "", ""),
    ("meal", "ciorbă de perișoare, acrită cu borș, fără smântână", "", "wheat corn"),  # why: borș is fermented wheat bran and cornmeal
    ("meal", "reintroducere porumb ziua 1: mămăligă cu ou, fără brânză", "corn", ""),
    ("label", "Napolitane Joe cu cremă de cacao. Ingrediente: zahăr, făină de grâu, grăsime vegetală (palmier), cacao pudră 5%, zer praf, lapte praf degresat, amidon, emulsifiant: lecitină de soia, sare, agent de afânare. Poate conține urme de alune.", "sugar wheat dairy soy", "corn"),
]

# --- Hungary: Budapest ---
BLIND31_CASES += [
    ("meal", "reggeli: tükörtojás, paprika, paradicsom. kenyér nélkül", "", ""),
    ("meal", "gulyásleves anyósomnál, csipetke nélkül kértem (liszt+tojás). kenyeret sem ettem", "", ""),
    ("meal", "lángos a Balatonnál — a férjem ette tejföllel és sajttal. én lecsót ettem otthon", "", ""),
    ("meal", "rántott hús a menzán, lisztbe, tojásba, zsemlemorzsába forgatva. megettem. búza.", "wheat", ""),
    ("meal", "A terapeuta azt mondta, a cukor lesz az utolsó a visszavezetésben. Ma: halászlé, főtt krumpli", "", ""),
    ("meal", "Túró Rudi a hűtőben a gyereknek. Egyet megettem. ne mondd el a terapeutának", "dairy sugar", "soy"),
    ("label", "Pöttyös Túró Rudi natúr. Összetevők: túró (62%), kakaós étbevonó (cukor, hidrogénezett növényi zsír, kakaópor, emulgeálószer: szójalecitin), cukor, tejszín, vaníliás cukor. Tejet tartalmaz.", "dairy sugar soy", ""),
    ("label", "Univer Csemege Mustár. Összetevők: víz, mustármag, ecet, cukor, étkezési só, fűszerek, kurkuma.", "sugar", ""),
]

# --- Ukraine: Lviv and Kyiv ---
BLIND31_CASES += [
    ("meal", "сніданок: гречка з яйцем і зеленню, чай без цукру", "", ""),
    ("meal", "борщ у мами, без сметани і без пампушок. пампушки з часником пахли неймовірно", "", "sugar"),  # why: home borsch is often balanced with a pinch of sugar
    ("meal", "на роботі день народження, Київський торт. Я відмовилась. з'їла мандарин", "", ""),
    ("meal", "вареники з картоплею у кафе. тісто — борошно. зірвалась", "wheat", "dairy"),  # why: café varenyky are usually served with butter or smetana
    ("meal", "реінтродукція сої за планом лікарки: тофу 150 г на обід", "soy", ""),
    ("meal", "хочу сирники. сирники без сиру не бувають, тож не робила взагалі. поїла салат з печеним буряком", "", ""),
    ("meal", "kyiv, late. ate shawarma from the kiosk, lavash + chicken + garlic sauce. slip, big one", "wheat", "dairy soy sugar"),  # why: kiosk garlic sauce is mayo/sour cream; shawarma usually has ketchup
    ("label", "Roshen Шоколад молочний. Склад: цукор, какао масло, молоко сухе незбиране, какао терте, емульгатор лецитин соєвий, ароматизатор ванілін. Може містити арахіс, горіхи, глютен.", "sugar dairy soy", "wheat"),
    ("label", "Галичина Кефір 2,5%. Склад: молоко нормалізоване, закваска кефірна на кефірних грибках.", "dairy", ""),
]

# --- Turkey: Istanbul ---
BLIND31_CASES += [
    ("meal", "kahvaltı: zeytinyağlı menemen, zeytin, salatalık, domates. simit yok, peynir yok. çay şekersiz", "", ""),
    ("meal", "İş yerinde bayram için baklava dağıttılar, almadım. elma yedim", "", ""),
    ("meal", "Annemin mercimek çorbası — içine bir kaşık un ve tereyağı koyuyormuş, bilmiyordum. içtim.", "wheat dairy", ""),
    ("meal", "Adana kebap lavaşsız, yanında közlenmiş biber ve sumaklı soğan. ayran yerine su", "", ""),
    ("meal", "Diyetisyen: süt ürünleri haftaya. Bugün yoğurt krizi... cacık bile yemedim. akşam: karnıyarık ve pilav", "", "dairy"),  # why: Turkish pilav is usually cooked with butter
    ("meal", "Reintro wheat day: bir dilim ekmek + yarım simit. simit pekmeze batırılıyor, so sugar too?", "wheat sugar", ""),  # why: simit is dipped in grape molasses
    ("meal", "Lahmacun yedim... ama sadece üstünü, hamurunu değil. no that's a lie, ate it all", "wheat", ""),
    ("label", "Ülker Çokoprens. İçindekiler: şeker, buğday unu, bitkisel yağ (palm), kakao (%4), glikoz şurubu, yağsız süt tozu, peynir altı suyu tozu, emülgatör (soya lesitini), kabartıcılar, tuz, aroma verici. Gluten, süt ve soya içerir.", "sugar wheat dairy soy", "corn"),
    ("label", "Sütaş Ayran 300 ml. İçindekiler: pastörize inek sütü, içme suyu, tuz, yoğurt kültürü.", "dairy", ""),
]

# --- Iran: Tehran and the diaspora in LA ---
BLIND31_CASES += [
    ("meal", "صبحانه: نیمرو با گوجه، بدون نان سنگک. چای تلخ", "", ""),
    ("meal", "mehmooni at khaleh's, everyone had tahdig and kashk-e bademjan. I had only the koobideh and grilled tomato", "", ""),
    ("meal", "قورمه سبزی با برنج، مامان با روغن حیوانی درست کرده — یعنی کره؟ آره، کره. خوردم", "dairy", ""),
    ("meal", "Nowruz: sabzi polo ba mahi. refused the shirini and baghlava. ate some pistachios", "", "dairy"),  # why: Persian polo is usually finished with butter
    ("meal", "doctor said reintroduce sugar LAST, so no gaz even though my aunt brought it from Isfahan. dinner: joojeh kabab, salad shirazi", "", ""),
    ("meal", "sholeh zard at the nazri, ate a bowl. rice, sugar, saffron, rosewater. sugar slip", "sugar", ""),
    ("label", "Kalleh Doogh / دوغ کاله. ترکیبات: آب، ماست، نمک، نعناع. Pasteurized yogurt drink with mint.", "dairy", ""),
]

# --- Egypt: Cairo ---
BLIND31_CASES += [
    ("meal", "فطار: فول مدمس بزيت الزيتون والكمون، من غير عيش. بيض مسلوق", "", ""),
    ("meal", "koshary from the shop near work. pasta + rice + lentils + crispy onions. wheat obviously. 2nd slip this week", "wheat", ""),
    ("meal", "Ramadan iftar at my aunt's: refused konafa & basbousa. ate molokhia with chicken and rice", "", "dairy wheat"),  # why: molokhia is often finished with samna; Egyptian rice is usually cooked with vermicelli
    ("meal", "dr. mona said my corn reintro can start Sunday. today clean: grilled fish, salad, tahini", "", ""),
    ("meal", "karkadeh at home, homemade with sugar", "sugar", ""),
    ("meal", "feteer meshaltet at grandma's — she said only flour, water & samna. one piece with honey", "wheat dairy", "sugar"),  # why: honey flagged as possible sugar
    ("label", "Juhayna Pure Orange Juice 1L. 100% juice, no added sugar. Ingredients: orange juice from concentrate.", "", "sugar"),  # why: juice made from concentrate
    ("label", "Molto Croissant Chocolate. Ingredients: wheat flour, chocolate filling (sugar, vegetable oil, cocoa, skimmed milk powder, whey powder, emulsifier: soy lecithin), margarine, sugar, yeast, glucose syrup, egg, salt. Contains gluten, milk, soy, egg.", "wheat sugar dairy soy", "corn"),
]

# --- Israel: Tel Aviv, Hebrew and English ---
BLIND31_CASES += [
    ("meal", "ארוחת בוקר: שקשוקה, סלט ירקות, בלי פיתה. קפה שחור", "", ""),
    ("meal", "shabbat dinner at my parents — refused challah (hard!), chicken soup with no kneidlach, roast chicken, a spoon of tzimmes (honey and sugar I think)", "", "sugar"),
    ("meal", "בסוף אכלתי במבה בגינה עם הילדים. במבה זה תירס. ובוטנים", "corn", ""),
    ("meal", "sabich without pita, in a bowl: eggplant, egg, hummus, tahini, salad", "", ""),
    ("meal", "practitioner says soy back on day 18. meanwhile drooling at my partner's edamame. me: grilled chicken and tabbouleh made with quinoa", "", ""),
    ("meal", "קוטג' 5% עם עגבניות — יום החזרת חלב לפי התוכנית", "dairy", ""),
    ("label", "Tnuva Milky Chocolate Pudding with Whipped Cream. Ingredients: milk, sugar, cream, modified starch, cocoa powder, stabilizers (carrageenan), flavour. Contains milk.", "dairy sugar", "corn wheat"),
    ("label", "Har Bracha Tahini. Ingredients: 100% whole hulled sesame seeds. Kosher Mehadrin.", "", ""),
]

# --- Japan: Osaka ---
BLIND31_CASES += [
    ("meal", "朝ごはん：ご飯、焼き鮭、ほうれん草のおひたし（醤油なし、塩だけ）。味噌汁は飲まなかった", "", ""),
    ("meal", "会社の飲み会。枝豆を食べそうになったけど大豆はまだダメ。焼き鳥は塩で。ビールは断った", "", ""),
    ("meal", "lunch: salmon onigiri from 7-eleven. rice, salmon, nori, salt... label said 一部に大豆を含む ??", "soy", ""),  # why: the label she read declares soy
    ("meal", "ラーメン食べちゃった。小麦、醤油…全部アウト", "wheat soy", "sugar"),  # why: ramen tare often contains mirin or sugar
    ("meal", "先生によると乳製品の再導入は来週月曜日。今日はまだ：鶏むね肉、キャベツ、玄米", "", ""),
    ("meal", "sushi night at home, soy is in the reintro window now so used san-j gluten free tamari. rice seasoned with rice vinegar + salt only", "soy", ""),
    ("meal", "神社のお祭りで友達がきなこ餅を食べてた。私は写真だけ 📸", "", ""),
    ("label", "キッコーマン こいくちしょうゆ 原材料名：大豆（遺伝子組換えでない）、小麦、食塩／アルコール 内容量 1L", "soy wheat", ""),
    ("label", "明治ブルガリアヨーグルト LB81 プレーン 原材料名：生乳、乳製品 内容量 400g 要冷蔵", "dairy", ""),
    ("label", "ポッキーチョコレート 原材料名：小麦粉、砂糖、カカオマス、植物油脂、全粉乳、ショートニング、モルトエキス、でん粉、食塩、イースト／乳化剤、香料、膨脹剤、アナトー色素、(一部に小麦・乳成分・大豆を含む)", "wheat sugar dairy soy", "corn"),
]

# --- Korea: Seoul ---
BLIND31_CASES += [
    ("meal", "아침: 현미밥, 미역국 (국간장 넣었음… 간장=콩+밀?)", "soy", "wheat"),  # why: soup soy sauce is made from soybeans; commercial ones may add wheat
    ("meal", "회식: 삼겹살만 먹었어요. 쌈장이랑 된장찌개 패스. 소주도 안 마심", "", ""),
    ("meal", "떡볶이 먹고 싶다… 밀떡. 참았다. 대신 군고구마", "", ""),
    ("meal", "kimchi from my mom's fridge, she puts a bit of sugar + fish sauce and glutinous rice paste. ate a lot", "sugar", ""),
    ("meal", "soy reintro (day 22) went badly — bloat 7/10. practitioner says no more doenjang for now. dinner: 생선구이, 나물 (salt + sesame oil only)", "", ""),
    ("meal", "bibimbap at a restaurant: asked for no gochujang (wheat + corn syrup), just sesame oil and egg", "", "soy wheat sugar"),  # why: restaurant namul is usually seasoned with soy sauce and sometimes sugar
    ("label", "CJ 해찬들 태양초 고추장 원재료명: 물엿(옥수수), 고춧가루, 정제소금, 밀쌀, 소맥분(밀), 대두, 주정, 메주분, 종국. 밀, 대두 함유", "corn sugar wheat soy", ""),
    ("label", "서울우유 나100% 1급A 우유 원재료명: 원유 100% (국산). 우유 함유", "dairy", ""),
]

# --- Taiwan: Taipei ---
BLIND31_CASES += [
    ("meal", "早餐：茶葉蛋、地瓜，沒吃蛋餅（麵粉）。無糖豆漿…等一下，豆漿是大豆，還在禁！改喝熱水", "", "soy wheat sugar"),  # why: tea eggs are simmered in soy sauce, usually with sugar
    ("meal", "夜市：朋友吃雞排跟珍奶，我吃芭樂跟烤玉米…烤玉米是玉米啊我在幹嘛", "corn", "soy wheat sugar"),  # why: night-market grilled corn is brushed with a sweet soy glaze
    ("meal", "lunch bento: skipped 滷肉飯, chose 燙青菜 + 滷蛋 (soy sauce again ugh) + white rice", "soy wheat", "sugar"),  # why: lu braises normally use rock sugar
    ("meal", "醫師說下週開始玉米再引入。今天：清蒸魚、糙米、炒高麗菜（只放鹽跟蒜）", "", ""),
    ("meal", "sister's mango shaved ice with condensed milk. I stole two spoons of just the mango. with syrup on it tho", "sugar", "dairy"),  # why: mango sat under syrup and condensed milk drizzle
    ("label", "義美 無糖豆漿 Unsweetened Soy Milk 原料：水、非基因改造黃豆。無添加糖。", "soy", ""),
    ("label", "統一 科學麵 原料：麵粉、棕櫚油、修飾澱粉、食鹽、碳酸鉀 調味粉：糖、醬油粉（大豆、小麥）、胡椒粉 本產品含有小麥、大豆製品", "wheat sugar soy", "corn"),
]

# --- Labels checked in shops: free-from, plant-based, sports, ordinary supermarket items (various writers) ---
BLIND31_CASES += [
    ("label", "Beyond Burger plant-based patties. INGREDIENTS: Water, Pea Protein, Expeller-Pressed Canola Oil, Refined Coconut Oil, Rice Protein, Natural Flavors, Dried Yeast, Cocoa Butter, Methylcellulose, Potato Starch, Apple Extract, Salt, Potassium Chloride, Vinegar, Lemon Juice Concentrate, Sunflower Lecithin, Pomegranate Fruit Powder, Beet Juice Extract (for color). No soy. No gluten.", "", ""),  # why: cocoa butter is not dairy; lemon juice concentrate is a flavouring, not a sweetener
    ("label", "Impossible Burger. INGREDIENTS: Water, Soy Protein Concentrate, Coconut Oil, Sunflower Oil, Natural Flavors, 2% or less of: Potato Protein, Methylcellulose, Yeast Extract, Cultured Dextrose, Food Starch-Modified, Soy Leghemoglobin, Salt, Mixed Tocopherols, Soy Protein Isolate, Vitamins and Minerals. CONTAINS: SOY", "soy sugar", "corn wheat"),  # why: dextrose counts as sugar; modified starch source unstated
    ("label", "GU Energy Gel Salted Caramel 32g. INGREDIENTS: Maltodextrin, Water, Fructose, Sea Salt, Natural Flavors, Potassium Citrate, Citric Acid, Sodium Citrate, Calcium Carbonate, Pectin, Amino Acids (Leucine, Valine, Isoleucine). Contains caffeine 20mg. Vegan. Gluten free.", "sugar", "corn"),  # why: 'caramel' is a flavour name; fructose is added sugar
    ("label", "Maurten GEL 100. Ingredients: Glucose, fructose, water, pectin, sodium alginate, sodium chloride, calcium carbonate. Carbohydrates 25 g per sachet. Free from: gluten, lactose, colour, flavouring.", "sugar", "corn"),  # why: glucose source unstated
    ("label", "Optimum Nutrition Gold Standard 100% Whey Double Rich Chocolate. Ingredients: Protein Blend (Whey Protein Isolate, Whey Protein Concentrate, Whey Peptides), Cocoa (Processed with Alkali), Lecithin, Natural and Artificial Flavors, Acesulfame Potassium, Sucralose, Aminogen. Allergens: Contains milk and soy ingredients.", "dairy soy", ""),  # why: the allergen line makes the lecithin soy
    ("label", "Vega Sport Premium Protein Chocolate. Ingredients: Protein Blend (Pea Protein, Pumpkin Seed Protein, Organic Sunflower Seed Protein, Organic Alfalfa Protein), Natural Flavors, Cocoa, Sea Salt, Xanthan Gum, Stevia Leaf Extract, Tart Cherry, Turmeric. Vegan. Gluten Free. Dairy Free. Soy Free.", "", "corn"),  # why: xanthan gum is usually fermented on corn sugar
    ("label", "Huel Powder v3.0 Vanilla. Ingredients: Oats, Pea Protein, Ground Flaxseed, Brown Rice Protein, Natural Flavouring, MCT Powder (from Coconut), Sunflower Oil Powder, Micronutrient Blend, Thickener (Xanthan Gum), Sweetener (Sucralose). Allergens: Oats (gluten). May contain traces of wheat and barley.", "", "wheat corn"),
    ("label", "Oatly Oat Drink Barista Edition. Ingredients: Oat base (water, oats 10%), rapeseed oil, acidity regulator (dipotassium phosphate), minerals (calcium carbonate, tricalcium phosphate, sodium chloride, potassium iodide), vitamins (D2, riboflavin, B12). Dairy free. Vegan.", "", ""),
    ("label", "Violife Original Flavour Block. Ingredients: Water, Coconut Oil (23%), Modified Starch*, Starch, Sea Salt, Flavourings (vegan), Olive Extract, Colour: β-Carotene, Vitamin B12. *Modified starch (potato). Free from dairy, soya, gluten, nuts.", "", ""),  # why: modified starch is declared as potato
    ("label", "Schär Ciabatta Rustica gluten free. Ingredients: maize starch, water, sourdough (rice flour, water), rice flour, rice syrup, vegetable fibres (psyllium, bamboo), sunflower oil, yeast, buckwheat flour, salt, thickener: hydroxypropyl methylcellulose. Gluten free. Lactose free. Wheat free.", "corn sugar", ""),  # why: rice syrup is an added sugar
    ("label", "Tofurky Plant-Based Deli Slices Hickory Smoked. INGREDIENTS: Water, Vital Wheat Gluten, Tofu (Water, Organic Soybeans, Magnesium Chloride), Expeller Pressed Canola Oil, Natural Flavors, Organic Cane Sugar, Carrageenan, Salt, Hickory Smoke Flavor. CONTAINS WHEAT AND SOY.", "wheat soy sugar", ""),
    ("label", "Quorn Vegan Pieces. Ingredients: Mycoprotein (75%), Water, Pea Fibre, Potato Protein, Firming Agents (Calcium Chloride, Calcium Acetate). Vegan. Free from milk and egg. Nutrition per 100g: Energy 384kJ/92kcal, Protein 14g.", "", ""),
    ("label", "Lenny & Larry's The Complete Cookie Chocolate Chip. Ingredients: Protein Blend (Wheat Protein Isolate, Pea Protein, Brown Rice Protein), Unbleached Wheat Flour, Organic Cane Sugar, Vegan Chocolate Chips (Sugar, Chocolate Liquor, Cocoa Butter, Sunflower Lecithin), Vegetable Oil (Palm Fruit, Canola, Safflower), Chicory Root Fiber, Invert Sugar, Natural Flavor, Salt. Plant-based. Contains wheat.", "wheat sugar", ""),
    ("label", "RXBAR Chocolate Sea Salt. INGREDIENTS: Dates, Egg Whites, Cashews, Almonds, Chocolate, Cocoa, Sea Salt, Natural Flavors. Contains Egg, Cashew, Almond. Made in a facility that also processes milk, peanuts, soy, wheat.", "", "sugar dairy soy wheat"),  # why: 'chocolate' may be sweetened; facility statement
    ("label", "Nature Valley Crunchy Oats 'n Honey granola bars. INGREDIENTS: Whole Grain Oats, Sugar, Canola Oil, Rice Flour, Honey, Salt, Brown Sugar Syrup, Soy Lecithin, Baking Soda, Natural Flavor. CONTAINS SOY INGREDIENTS.", "sugar soy", ""),
    ("label", "Gatorade Thirst Quencher Lemon-Lime 20 FL OZ. INGREDIENTS: WATER, SUGAR, DEXTROSE, CITRIC ACID, SALT, SODIUM CITRATE, MONOPOTASSIUM PHOSPHATE, GUM ARABIC, NATURAL FLAVOR, GLYCEROL ESTER OF ROSIN, YELLOW 5.", "sugar", "corn"),  # why: dextrose is often corn-derived
    ("label", "POWERADE ZERO Mixed Berry. Ingredients: Water, Citric Acid, Salt, Potassium Citrate, Magnesium Chloride, Calcium Chloride, Natural Flavors, Sucralose, Acesulfame Potassium, Niacinamide, Pyridoxine Hydrochloride, Cyanocobalamin, Blue 1. Zero sugar.", "", ""),
    ("label", "Ben & Jerry's Non-Dairy Chocolate Fudge Brownie. INGREDIENTS: ALMOND MILK (WATER, ALMONDS), SUGAR, COCONUT OIL, CORN SYRUP, WHEAT FLOUR, COCOA, SUNFLOWER OIL, INVERT CANE SUGAR, PEA PROTEIN, SOY LECITHIN, SALT, GUAR GUM, LOCUST BEAN GUM, VANILLA EXTRACT. CONTAINS ALMONDS, WHEAT AND SOY. Certified vegan.", "sugar corn wheat soy", ""),
    ("label", "Nestlé Coffee mate Original powdered creamer. INGREDIENTS: CORN SYRUP SOLIDS, HYDROGENATED VEGETABLE OIL (COCONUT AND/OR PALM KERNEL AND/OR SOYBEAN), LESS THAN 2% OF SODIUM CASEINATE (A MILK DERIVATIVE)**, MONO- AND DIGLYCERIDES, DIPOTASSIUM PHOSPHATE, ARTIFICIAL FLAVOR. **NOT A SOURCE OF LACTOSE. Non-dairy.", "corn sugar dairy", "soy"),  # why: 'non-dairy' creamer still has caseinate
    ("label", "So Delicious Coconutmilk Yogurt Alternative Unsweetened Plain. Ingredients: Organic Coconutmilk (Filtered Water, Organic Coconut Cream), Tapioca Starch, Pea Protein, Pectin, Locust Bean Gum, Live Active Cultures. Dairy free. Gluten free. Soy free. Vegan.", "", ""),
    ("label", "Simple Mills Almond Flour Crackers Fine Ground Sea Salt. Ingredients: Nut & Seed Flour Blend (Almonds, Sunflower Seeds, Flax Seeds), Tapioca, Cassava, Organic Sunflower Oil, Sea Salt, Organic Onion, Organic Garlic, Rosemary Extract. Grain free. Gluten free.", "", ""),
    ("label", "Bragg Liquid Aminos, All Purpose Seasoning. Ingredients: Vegetable protein from non-GMO soybeans and purified water. Gluten free. No preservatives.", "soy", ""),
    ("label", "Coconut Secret Coconut Aminos soy-free seasoning sauce. Ingredients: Organic coconut tree sap aged and blended with sea salt. Soy free, gluten free, vegan.", "", ""),  # why: soy-free label, no group present
    ("label", "Hellmann's Real Mayonnaise. INGREDIENTS: SOYBEAN OIL, WATER, WHOLE EGGS AND EGG YOLKS, VINEGAR, SALT, SUGAR, LEMON JUICE CONCENTRATE, CALCIUM DISODIUM EDTA, NATURAL FLAVORS. CONTAINS EGG.", "soy sugar", ""),
    ("label", "Primal Kitchen Mayo with Avocado Oil. INGREDIENTS: Avocado Oil, Organic Cage-Free Eggs, Organic Egg Yolks, Organic Vinegar, Salt, Organic Rosemary Extract. No soy. No canola. No sugar. No dairy.", "", ""),
    ("label", "Heinz Tomato Ketchup 20oz. INGREDIENTS: TOMATO CONCENTRATE FROM RED RIPE TOMATOES, DISTILLED VINEGAR, HIGH FRUCTOSE CORN SYRUP, CORN SYRUP, SALT, SPICE, ONION POWDER, NATURAL FLAVORING.", "corn sugar", ""),
    ("label", "Marmite Yeast Extract 250g. Ingredients: Yeast Extract (contains Barley, Wheat, Oats, Rye), Salt, Vegetable Juice Concentrate, Vitamins (Thiamin, Riboflavin, Niacin, Folic Acid, B12), Spice Extracts, Celery Extract.", "wheat", ""),
    ("label", "Nutella hazelnut spread with cocoa. Ingredients: Sugar, Palm Oil, Hazelnuts (13%), Skimmed Milk Powder (8.7%), Fat-Reduced Cocoa (7.4%), Emulsifier: Lecithins (Soya), Vanillin.", "sugar dairy soy", ""),
    ("label", "Kettle Chips Lightly Salted. Ingredients: Potatoes, Sunflower Oil, Sea Salt. Gluten free. Suitable for vegans.", "", ""),
    ("label", "Pringles Original. Ingredients: Dried Potatoes, Vegetable Oils (Sunflower, Corn, in varying proportions), Rice Flour, Wheat Starch, Maltodextrin, Emulsifier (E471), Salt, Colour (Annatto Norbixin). Contains wheat.", "corn wheat", ""),
    ("label", "Mission Original Flour Tortillas. INGREDIENTS: ENRICHED BLEACHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMIN MONONITRATE, RIBOFLAVIN, FOLIC ACID), WATER, VEGETABLE SHORTENING (INTERESTERIFIED SOYBEAN OIL, HYDROGENATED SOYBEAN OIL AND/OR PALM OIL), CONTAINS 2% OR LESS OF: SALT, LEAVENING, SUGAR, DISTILLED MONOGLYCERIDES, ENZYMES, WHEAT STARCH, CALCIUM PROPIONATE. CONTAINS WHEAT.", "wheat soy sugar", ""),
    ("label", "Enjoy Life Semi-Sweet Mini Chips. Ingredients: cane sugar, unsweetened chocolate, cocoa butter. Free from 14 allergens: no dairy, no soy, no wheat, no peanuts. Vegan.", "sugar", ""),
    ("label", "San-J Tamari Gluten Free Soy Sauce, Reduced Sodium. Ingredients: Water, Organic Soybeans, Salt, Alcohol (to preserve freshness). Certified gluten free. Brewed without wheat.", "soy", ""),
    ("label", "Tate & Lyle Golden Syrup 454g. Ingredients: Partially Inverted Refiners Syrup. Since 1885.", "sugar", ""),
    ("label", "Green Giant Sweet Corn Niblets, no salt added. Ingredients: Sweet corn, water.", "corn", ""),
]

# --- More journal lines: US / Canada / UK / Ireland / NZ ---
BLIND31_CASES += [
    ("meal", "roast cornish hen w rosemary, acorn squash, sugar snap peas. practitioner would be proud", "", ""),  # why: three trap words, no group
    ("meal", "steak au poivre minus the cream sauce, just crushed peppercorns + salt, seared in tallow. green salad", "", ""),
    ("meal", "corned beef and cabbage for paddy's. skipped the soda bread. the corned beef packet had a spice sachet, didnt use it", "", "sugar"),  # why: brined corned beef commonly includes sugar or dextrose in the cure
    ("meal", "daughter's unicorn birthday cake, I cut it and served it, did not eat a crumb. licked the knife? no. fine, yes. frosting", "sugar", "dairy"),  # why: frosting is sugar; buttercream may be butter or shortening
    ("meal", "(posting late, was offline) yesterday lunch: butternut squash soup w coconut milk, pumpkin seeds", "", ""),
    ("meal", "(posting late, was offline) yesterday lunch: butternut squash soup w coconut milk, pumpkin seeds. ALSO a dinner roll. forgot that the first time", "wheat", "dairy sugar"),  # why: dinner rolls usually contain butter/milk and sugar
    ("meal", "thai green curry from the takeout place, asked no fish sauce no sugar… they said paste has sugar already. ate it anyway w jasmine rice", "sugar", "soy"),  # why: takeaway kitchens often use soybean oil
    ("meal", "read a recipe for gluten free banana bread w almond flour + maple, saving it for after sugar reintro. today: 2 boiled eggs, cucumber, olives", "", ""),
    ("meal", "energy 8 today!! first time in weeks. ate: sweet potato hash w ground turkey, then a big salad with apple cider vinaigrette (no honey)", "", ""),
    ("meal", "pb&j for my son, I ate the crusts. ugh. autopilot", "wheat", "sugar"),  # why: the crusts are bread; jam/PB may have touched them
    ("meal", "apple butter on rice cakes. apple butter = just apples + cinnamon, cooked down, made it myself", "", ""),
    ("meal", "wedding: chose the salmon, asked for sauce on the side and didnt touch it. the potatoes were glossy... probably butter", "", "dairy"),
    ("meal", "golden milk before bed: turmeric, ginger, almond milk, pinch of black pepper. slept 8.5h", "", ""),
    ("meal", "meal prep sunday for the week: chili (beef, beans, tomatoes, cumin), roasted veg, quinoa. ate a bowl of the chili tonight", "", ""),
    ("meal", "at the rink snack bar with the kids, bought them poutine, I had a black coffee and the apple from my bag", "", ""),
    ("meal", "honey-glazed salmon, 1 tsp raw honey in the glaze. practitioner ok'd small honey", "", "sugar"),
    ("meal", "mistakenly ordered a 'protein shake' at the gym bar. whey + banana + almond milk. didnt ask. dairy slip", "dairy", "sugar"),  # why: gym shakes often add a sweetened whey or syrup
    ("meal", "lamb kofta I made w cumin + mint, cauli rice, cucumber raita made w coconut yogurt", "", ""),
    ("meal", "toddler's fish fingers, I had one. breadcrumbs. slip #3 this week", "wheat", "corn"),  # why: fish-finger coatings often include maize flour
    ("meal", "practitioner notes from today: keep off all five until day 21, then dairy first (not wheat as she said last time). dinner: chicken + broccolini", "", ""),
]

# --- More journal lines: Europe ---
BLIND31_CASES += [
    ("meal", "Kartoffelsuppe mit Würstel bei der Mama. Würstel aus dem Supermarkt, Etikett: Schweinefleisch, Speck, Salz, Dextrose, Gewürze", "sugar", "corn"),  # why: dextrose on the sausage label
    ("meal", "am Geburtstag vom Kollegen: Sachertorte abgelehnt, Kaffee schwarz getrunken", "", ""),
    ("meal", "dinner at my Polish in-laws: gołąbki with tomato sauce. sauce from koncentrat + śmietana. i ate around it... badly", "", "dairy sugar"),  # why: sour cream sauce on the rolls
    ("meal", "pisto manchego con huevo frito. tomate frito casero, no el de bote (que lleva azúcar)", "", ""),
    ("meal", "tinc mal de cap des de dilluns (6/10). he menjat: amanida, conill a la brasa amb allioli fet a casa", "", ""),
    ("meal", "cataplana de marisco no restaurante. perguntei: sem natas, sem farinha. confio?", "", ""),
    ("meal", "Feierabend: ein Cornetto?? nein! Cornichons und Nüsse vor dem Fernseher", "", "sugar"),  # why: Cornetto refused; cornichons often sweetened
    ("meal", "dinner: waterzooi van kip zonder room, met wortel en prei. de rest van de familie had de klassieke met room en eierdooier", "", ""),
    ("meal", "vaig provar el turró de la iaia només per dir-li que estava bo. de xocolata. és a dir, llet i sucre", "dairy sugar", ""),
    ("meal", "Tag 10! Entzündung soll jetzt deutlich runtergehen laut Ärztin. Haut 2/10 (war 6). Essen: Lachs, Fenchel, Reis", "", ""),
    ("meal", "pierogi ruskie u teściowej. Powiedziałam że jestem na diecie. zjadłam tylko okrasę? nie, zjadłam trzy pierogi. cała prawda", "wheat dairy", ""),  # why: dough is flour; ruskie filling has twaróg
    ("meal", "plăcinte cu brânză la bunica, am zis nu. am mâncat zacuscă făcută de ea cu cartofi copți", "", "sugar"),  # why: homemade zacuscă sometimes has sugar
    ("meal", "palacsinta a gyerekeknek, én közben rizsliszttel és mandulatejjel sütöttem magamnak kettőt, üresen", "", ""),
    ("meal", "Dia do reintrodução do trigo adiado pela naturopata para sábado. Hoje: caldo verde e peixe grelhado", "", ""),
    ("meal", "Irish stew. mam thickened it with flour? she swears she didn't, just the potatoes break down", "", "wheat"),
    ("meal", "Zürich, Business Lunch: Zürcher Geschnetzeltes — mit Rahm. habs trotzdem gegessen, ohne die Rösti", "dairy", "wheat"),  # why: the cream sauce is usually flour-dusted
]

# --- More journal lines: Africa, Middle East, Asia, Latin America ---
BLIND31_CASES += [
    ("meal", "Sunday rice at home: white rice and stew with chicken. I made the stew with fresh tomatoes, tatashe and onions, no cube, in palm oil", "", ""),
    ("meal", "I read the practitioner's PDF again. Reintro order: dairy, wheat, corn, soy, sugar. Each 1 day then 3 days watch. today just eba? no — eba is garri = cassava. eba and okra soup", "", ""),  # why: garri is cassava, not corn
    ("meal", "mandazi craving lasted all afternoon 😭. ended up with roasted maize from the roadside… that's corn, Wanjiru!!", "corn", ""),
    ("meal", "samosa at the office meeting, ate one before asking. pastry is wheat flour", "wheat", ""),
    ("meal", "bahari ya kusini: samaki wa kupaka with rice. nazi (coconut) sauce, no dairy", "", ""),
    ("meal", "laksa at the hawker… curry laksa. santan, not milk. but the noodles are yellow mee? no, thick bee hoon. and tau pok in it 😬", "soy", "sugar"),  # why: tau pok is tofu puff; laksa paste often has sugar
    ("meal", "mee rebus aunty at the stall, declined. had nasi goreng kampung without kicap, and an egg", "", "soy"),  # why: stalls often add a dash of soy regardless
    ("meal", "roti jala for raya at my aunt's. flour + egg + santan. ate 2 with kari ayam", "wheat", ""),
    ("meal", "ammi ka sarson ka saag with makki ki roti. makki = corn. practitioner ne corn reintro ke liye yahi suggest kiya tha", "corn", "dairy"),  # why: saag is traditionally finished with butter or ghee
    ("meal", "مستو خیار ننوشیدم. فقط کباب برگ و برنج کته (بدون کره)", "", ""),
    ("meal", "ful sandwich from the cart near Tahrir — in baladi bread. I knew. I ate it.", "wheat", ""),
    ("meal", "Friday: shakshuka w/ tahini, Israeli salad, no challah, no cheese. partner had burekas", "", ""),
    ("meal", "iftar: lentil soup, şehriyesiz, and grilled chicken. Took one date for breaking the fast", "", ""),
    ("meal", "コンビニのサラダチキン、成分見たら「一部に大豆を含む」って書いてあった。食べた後で気づいた", "soy", ""),
    ("meal", "お好み焼き、友達が食べてた。私は豚の塩焼きとキャベツだけ", "", ""),
    ("meal", "엄마가 만든 잡채. 당면은 고구마 전분이지만 간장이랑 설탕 들어감. 한 접시 먹었다", "soy wheat sugar", ""),  # why: glass noodles are sweet potato starch; sauce is soy sauce and sugar
    ("meal", "seolleongtang at lunch: beef bone soup, salt, green onion, rice. no kimchi (mine's fine but theirs had corn syrup?)", "", ""),
    ("meal", "媽媽煮了玉米排骨湯，我只喝湯沒吃玉米", "", "corn"),  # why: corn simmered in the soup
    ("meal", "牛肉麵不能吃（麵＋醬油），改吃清燉牛肉湯加白飯", "", ""),
    ("meal", "tamales de rajas para el día de la Candelaria. masa de maíz con manteca... vegetal? no sé. comí uno. el maíz ya estaba reintroducido", "corn", "soy"),  # why: vegetable shortening is often soybean
    ("meal", "mi abuela hizo sopa de fideo, le pedí el caldo solo sin fideos", "", "wheat"),  # why: broth in which wheat noodles were cooked
    ("meal", "empanadas de pino en septiembre, comí media y me arrepentí. masa con harina y manteca", "wheat", "dairy"),  # why: 'manteca' in Chile can mean butter or lard
    ("meal", "causa limeña: papa amarilla, ají, limón, palta, pollo... con mayonesa casera con aceite de oliva", "", ""),
    ("meal", "anticuchos en la calle, ¿la marinada lleva sillao? el señor dice que no, solo ají panca, vinagre, comino. te creo", "", ""),
    ("meal", "chifa con la familia: arroz chaufa. sillao por todos lados. ni modo", "soy wheat", ""),
]

# --- Last few: symptoms, reintro days, and labels read in the aisle ---
BLIND31_CASES += [
    ("meal", "sugar reintro day (finally, last group): 2 squares of 70% dark chocolate and a spoon of jam on a rice cake. headache 3 by evening", "sugar", "dairy soy"),  # why: dark chocolate often has milk traces and soy lecithin
    ("meal", "corn reintro went fine, no flare. practitioner says keep corn. tonight: polenta w mushrooms and olive oil, no parmesan", "corn", ""),
    ("meal", "bad night, sleep 4. digestion 7. only ate rice, chicken, zucchini. maybe it's stress not food", "", ""),
    ("meal", "at the izakaya my boss ordered for everyone. I ate the sashimi w/o soy sauce and the salt-grilled mackerel. refused the karaage", "", ""),
    ("meal", "Catalan friend's recipe for crema de carbassa: carbassa, porro, brou, oli. made it for tomorrow. tasted a spoon, it's good", "", ""),
    ("meal", "breakfast smoothie: spinach, frozen mango, hemp seeds, coconut water. the protein scoop... pea protein not whey, checked the tub", "", ""),
    ("meal", "dairy reintro verdict: skin flared day 2 (6/10), bloat. so dairy stays out. back to clean: eggs, avocado, GF toast (Schär, maize + rice)", "corn", "sugar"),  # why: maize starch gluten-free bread, typically with added syrup or sugar
    ("label", "Kellogg's Corn Flakes. Ingredients: Maize (89%), Sugar, Barley Malt Flavouring, Salt, Niacin, Iron, Vitamin B6, Riboflavin, Thiamin, Folic Acid, Vitamin D, Vitamin B12. Allergy advice: contains barley.", "corn sugar", "wheat"),  # why: barley malt flavouring is a wheat hedge per malt rule
    ("label", "Oreo Original. Ingredients: Wheat Flour, Sugar, Palm Oil, Rapeseed Oil, Fat Reduced Cocoa Powder 4.5%, Wheat Starch, Glucose-Fructose Syrup, Raising Agents (Potassium Carbonates, Ammonium Carbonates, Sodium Carbonates), Salt, Emulsifiers (Soya Lecithin, Sunflower Lecithin), Flavouring (Vanillin). May contain milk.", "wheat sugar soy", "corn dairy"),
    ("label", "Myprotein Impact Whey Protein Unflavoured. Ingredients: Whey Protein Concentrate (Milk), Emulsifier (Soy Lecithin). Allergy advice: for allergens see ingredients in bold. Produced in a factory that also handles Egg, Gluten.", "dairy soy", "wheat"),
    ("label", "Bob's Red Mill Gluten Free Rolled Oats. Ingredients: Whole Grain Rolled Oats. Manufactured in a dedicated gluten free facility, tested gluten free.", "", ""),
    ("label", "Kikkoman Gluten-Free Tamari Soy Sauce. Ingredients: Water, Soybeans, Salt, Sugar, Alcohol (to maintain freshness). Gluten free. Wheat free.", "soy sugar", ""),
    ("label", "Tesco Free From Chocolate Chip Cookies. Ingredients: Gluten Free Oat Flour, Sugar, Palm Oil, Chocolate Chips (10%) [Sugar, Cocoa Mass, Cocoa Butter, Emulsifier (Soya Lecithins)], Tapioca Starch, Rice Flour, Golden Syrup, Raising Agent, Salt, Xanthan Gum. No gluten, no milk.", "sugar soy", "corn"),
]
