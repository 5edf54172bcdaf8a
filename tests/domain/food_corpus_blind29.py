# ruff: noqa: E501
"""Blind labelled set 29: clients of dietitians and naturopaths on an elimination diet with a reintroduction plan, writing multilingual diary lines mixing meals with protocol talk, plus pasted free-from / vegan / keto / sports labels."""

BLIND29_CASES: list[tuple[str, str, str, str]] = []

# --- US clients, mid-elimination and early reintroduction ---
BLIND29_CASES += [
    ("meal", "day 9 of elim. breakfast was 2 fried eggs in olive oil, sauteed spinach, half an avocado. tomorrow i might try the dairy challenge but not yet!!", "", ""),
    ("meal", "dairy challenge day 1 per Dr. K: 1 cup whole milk w/ breakfast + a slice of cheddar at lunch. rest of the day clean, chicken + rice + broccoli", "dairy", ""),
    ("meal", "craving pizza SO bad rn but had a baked sweet potato w/ tahini and some roast chicken instead 💪", "", ""),  # why: craving pizza is not eating it; sweet potato is a trap
    ("meal", "husband got Chipotle, I just watched lol. made myself a burrito bowl at home: cilantro lime rice, black beans, carnitas, pico, guac. no chips, no cheese, no sour cream", "", ""),
    ("meal", "slip 😩 had 3 Oreos at my sisters before I even thought about it. otherwise grilled salmon and quinoa", "wheat sugar", "soy corn"),  # why: Oreos are wheat flour + sugar; soy lecithin and corn syrup are in some formulations
    ("meal", "lunch: Sweetgreen harvest bowl, asked for no goat cheese. the balsamic vinaigrette prob has something in it idk", "", "sugar"),  # why: cheese removed; restaurant balsamic vinaigrette often sweetened
    ("meal", "wheat reintro day!! 2 slices of plain sourdough from the bakery, toasted, with olive oil. no butter obvs since dairy still out", "wheat", ""),
    ("meal", "Starbucks: grande oat milk latte, unsweetened. wait actually they put classic syrup in it by default, I forgot to say no", "sugar", ""),  # why: correction; oat milk is a trap, but the default classic syrup is sugar
    ("meal", "dinner was cornish hen roasted with lemon + thyme, acorn squash halves, green beans", "", ""),  # why: cornish hen and acorn squash are traps
    ("meal", "movie night, everyone had popcorn, i had apple slices w/ almond butter. proud of myself", "", ""),
    ("meal", "ate a bowl of grits at the diner before I remembered corn is out. they were made w/ water I think but I bet butter on top", "corn", "dairy"),
    ("meal", "snack: Larabar cashew cookie (just cashews + dates), handful of blueberries", "", ""),
    ("meal", "planning next week: Mon soy challenge (edamame + tofu), Tue-Thu clean, Fri maybe corn. today just turkey lettuce wraps w mustard", "", ""),  # why: the challenge is a plan; only the lettuce wraps were eaten
    ("meal", "corn challenge: 2 corn tortillas (Mission yellow) with scrambled eggs and salsa, plus a small ear of sweet corn at dinner", "corn", ""),
    ("meal", "Panera: ordered the turkey chili, skipped the bread bowl and the baguette side. not sure what's in the chili honestly", "", "sugar wheat"),  # why: chain chili often has sugar and sometimes flour thickener
    ("meal", "made banana 'nice cream' w frozen bananas + coconut milk + cocoa powder, no sweetener. tasted like cheating but isnt", "", ""),
    ("meal", "Chick-fil-A grilled nuggets no sauce, side salad w/ avocado lime ranch. ugh the ranch has buttermilk doesnt it", "dairy", "soy"),  # why: avocado lime ranch contains buttermilk; the grilled nuggets are marinated with soy-containing seasoning/oil
    ("meal", "coffee black, 2 hard boiled eggs, pickles. that's it, busy day", "", ""),
    ("meal", "tried the Siete grain free tortillas (almond flour) w/ ground beef taco meat I seasoned myself", "", ""),
    ("meal", "my mom made cornbread for thanksgiving prep and I had a small piece to 'test' it... that counts as a slip I know", "corn wheat dairy sugar", ""),
    ("meal", "peanut butter on celery + a pear. resisted the kids' Goldfish crackers, barely", "", ""),
]

# --- UK clients ---
BLIND29_CASES += [
    ("meal", "brekkie: porridge made with water and a few raspberries. oats aren't GF certified so noting it for the naturopath", "", "wheat"),  # why: oats not wheat, cross-contact is a possible
    ("meal", "Sunday roast at the in-laws. had the beef, roast spuds in goose fat, carrots, peas. skipped yorkshires AND gravy (Bisto). feel like a saint", "", ""),
    ("meal", "beans on toast cos I was knackered. Heinz on a Warburtons slice. I know I know", "wheat sugar", "soy"),  # why: bread is wheat; Heinz beans contain sugar; sliced bread often has soya flour
    ("meal", "Pret: chicken & avo salad box, no bread. flat white with oat – wait no it was normal milk, barista didnt hear me 🙄", "dairy", ""),  # why: correction to cow's milk
    ("meal", "custard with stewed rhubarb for pud, Bird's custard powder made up with oat milk and a spoon of sugar", "corn sugar", ""),  # why: Bird's custard powder is cornflour; oat milk trap; sugar added
    ("meal", "fancied a Greggs sausage roll walking past. didn't. had a banana and some Brazil nuts on the bus", "", ""),
    ("meal", "dinner jacket potato w tuna and a bit of mayo (Hellmann's) and side salad", "", "sugar"),  # why: Hellmann's has a little sugar in some versions; eggs and rapeseed oil are fine
    ("meal", "butternut squash soup I made, with coconut milk, ginger, veg stock cube (Kallo organic)", "", ""),
    ("meal", "2 crumpets with butter. this was the 'wheat challenge' but the butter wasnt meant to be in it, dairy is still out. oops ruins the test?", "wheat dairy", ""),
    ("meal", "Nando's: half chicken lemon & herb, macho peas, spicy rice. no garlic bread. peri peri sauce is probably fine?", "", "sugar"),  # why: Nando's sauces and rice seasoning commonly contain sugar
    ("meal", "flapjack at work. homemade by Sue, oats + golden syrup + butter + brown sugar. slip but it was her birthday", "dairy sugar", "wheat"),  # why: golden syrup, brown sugar and butter; oats give cross-contact possible
    ("meal", "smoked mackerel, rocket, beetroot, lemon. cup of rooibos", "", ""),
]

# --- Australian clients ---
BLIND29_CASES += [
    ("meal", "smashed avo on Venerdi gluten free bread, poached eggs, no feta. flat white w almond milk", "", ""),
    ("meal", "brekky Vegemite toast 😬 slip. real bread too, Tip Top white", "wheat", "soy sugar"),  # why: bread is wheat; Vegemite yeast extract is from barley/wheat too; sliced bread often has soy flour and sugar
    ("meal", "Maccas run with the kids. I had nothing, just a black coffee. they had nuggets and a sundae", "", ""),
    ("meal", "arvo snack: rice crackers (Sakata plain) and hummus", "", ""),
    ("meal", "barbie at mates — lamb chops, snags, salad. had 1 snag, probs has fillers", "", "wheat"),  # why: Aussie sausages often contain wheat-based fillers
    ("meal", "dairy challenge: 200g Jalna plain Greek yoghurt w berries. tummy grumbly after, will score tmrw", "dairy", ""),
    ("meal", "Thai takeaway green curry w chicken & rice. asked if they use fish sauce or soy - fish sauce. palm sugar prob", "", "sugar"),  # why: Thai green curry commonly includes palm sugar
    ("meal", "wanted a Tim Tam so much that I put the pack in the freezer so I cant see it. had a mandarin", "", ""),
    ("meal", "dinner: barramundi, sweet potato wedges, steamed broccolini w lemon + olive oil", "", ""),
    ("meal", "meat pie at the footy. yes really. no sauce at least", "wheat", "dairy"),  # why: pastry is wheat, often made with butter
]

# --- Indian clients ---
BLIND29_CASES += [
    ("meal", "lunch: 2 jowar rotis with lauki sabzi and moong dal. no ghee on rotis as per Dr. Mehta plan", "", ""),  # why: jowar is sorghum, not wheat or corn
    ("meal", "made poha with peanuts and curry leaves, cooked in groundnut oil. chai skipped, having jeera water", "", ""),
    ("meal", "office pe samosa aaya tha, I only had the chutney with cucumber sticks lol. green chutney, not the sweet one", "", ""),
    ("meal", "dinner paneer tikka - DAIRY CHALLENGE day 2, 100g paneer, also little curd raita", "dairy", ""),
    ("meal", "mom made aloo paratha, I had one. wheat is not out yet for reintro but I couldn't say no. ghee on top also", "wheat dairy", ""),
    ("meal", "makki ki roti with sarson ka saag at my nani's - makki is corn right? so that's a slip. she put white butter on saag", "corn dairy", "wheat"),  # why: makki roti is maize; often mixed with some atta to bind; white butter is dairy
    ("meal", "breakfast: idli (3) with coconut chutney and sambar", "", ""),
    ("meal", "chole with rice, tadka in oil not ghee, I watched her make it. kachumber salad", "", ""),
    ("meal", "craving gulab jamun from the wedding sweets box. gave the box to the watchman 😂 had papaya", "", ""),
    ("meal", "restaurant dal makhani + jeera rice. I know dal makhani has cream+butter, got it by mistake, ate half", "dairy", ""),
    ("meal", "ragi dosa, tomato chutney, filter coffee black no sugar", "", ""),
]

# --- South African clients ---
BLIND29_CASES += [
    ("meal", "braai tonight: lamb chops, boerewors, pap and tomato-onion gravy. I skipped the pap because mielie is corn. had extra salad", "", "wheat"),  # why: pap skipped; boerewors may contain rusk/wheat fillers
    ("meal", "ouma's rusks with rooibos 😭 two of them, ouma insisted", "wheat dairy sugar", ""),
    ("meal", "biltong for snack, the Woolies one. maybe sugar in the spice? ", "", "sugar"),  # why: many biltong spice mixes include brown sugar
    ("meal", "bobotie at my aunt's — has bread soaked in milk and chutney, I had a small portion anyway", "wheat dairy sugar", ""),
    ("meal", "butternut soup, brown rice, grilled hake. no bread roll", "", ""),
    ("meal", "reintro: soy week starting Monday. today just oats (GF ones from Wellness Warehouse) with banana", "", ""),
    ("meal", "Nando's SA: quarter chicken, coleslaw (mayo), chips. chips fried in who knows what", "", "soy corn sugar"),  # why: restaurant frying oil may be soy/corn; coleslaw dressing usually sweetened
]

# --- Filipino clients ---
BLIND29_CASES += [
    ("meal", "ulam: chicken adobo w rice. Tita used Silver Swan soy sauce, of course 🙃 slip", "soy wheat", "sugar"),  # why: Filipino soy sauce is brewed with wheat; some adobo recipes add sugar
    ("meal", "sinigang na baboy with kangkong, rice. used fresh sampalok, no Knorr mix", "", ""),
    ("meal", "pandesal for merienda, 2 pcs. I know bawal pa ang wheat pero ang bango eh", "wheat sugar", "dairy"),  # why: pandesal is wheat with sugar; some recipes use milk
    ("meal", "everyone had halo-halo after lunch, I had fresh mango lang", "", ""),
    ("meal", "breakfast tapsilog but I asked for no sweet tapa marinade... they said marinade na. garlic rice, egg", "soy sugar", "wheat"),  # why: tapa marinade typically soy sauce + sugar; soy sauce may contain wheat
    ("meal", "pancit bihon at the office party, rice noodles but with soy sauce and oyster sauce", "soy", "wheat sugar"),  # why: soy sauce and oyster sauce usually contain wheat and sugar
    ("meal", "tinolang manok with sayote and malunggay, rice", "", ""),
    ("meal", "gusto ko ng Jollibee spaghetti talaga. hindi ako kumain, nag-buko juice lang (fresh, no sugar)", "", ""),
]

# --- English-language labels pasted into the diary (free-from, vegan, keto, sports) ---
BLIND29_CASES += [
    ("label", "SCHÄR Gluten Free Multigrain Ciabatta. Ingredients: corn starch, water, sourdough (rice flour, water), rice flour, sunflower seeds, psyllium husk, millet flour, sugar beet syrup, yeast, salt, linseed. Free from gluten, wheat, milk.", "corn sugar", ""),  # why: gluten free is true; corn starch and beet syrup are listed
    ("label", "KIND Protein Crunchy Peanut Butter. Ingredients: peanuts, soy protein isolate, honey, glucose syrup, palm kernel oil, sugar, almonds, non GMO soy lecithin, sea salt. Allergens: contains peanuts, soy, almonds.", "soy sugar", "corn"),  # why: glucose syrup may be corn; honey noted as possible but sugar already definite
    ("label", "Oatly Oat Drink Barista Edition. Oat base (water, oats 10%), rapeseed oil, acidity regulator (dipotassium phosphate), calcium carbonate, salt, vitamins. Not suitable for coeliacs: may contain traces of gluten.", "", "wheat"),
    ("label", "Quest Protein Bar Chocolate Chip Cookie Dough. Ingredients: Protein Blend (Milk Protein Isolate, Whey Protein Isolate), Soluble Corn Fiber, Almonds, Erythritol, Water, Unsweetened Chocolate, Cocoa Butter, Natural Flavors, Sea Salt, Sucralose, Steviol Glycosides. Contains Milk, Almonds.", "dairy corn", ""),  # why: soluble corn fiber is corn; erythritol and sucralose are not processed sugar
    ("label", "VEGAN • GLUTEN FREE • NO ADDED SUGAR\nGo Raw Sprouted Pumpkin Seeds, Celtic sea salt. That's it.", "", ""),
    ("label", "Tofurky Plant-Based Deli Slices Hickory Smoked. INGREDIENTS: WATER, VITAL WHEAT GLUTEN, ORGANIC TOFU (WATER, ORGANIC SOYBEANS, MAGNESIUM CHLORIDE), CANOLA OIL, NATURAL FLAVORS, SEA SALT, BROWN SUGAR, ORGANIC SHOYU SOY SAUCE (WATER, ORGANIC SOYBEANS, ORGANIC WHEAT, SALT), CARRAGEENAN, LIQUID SMOKE.", "wheat soy sugar", ""),
    ("label", "Gatorade Thirst Quencher Lemon-Lime. Water, Sugar, Dextrose, Citric Acid, Salt, Sodium Citrate, Monopotassium Phosphate, Gum Arabic, Natural Flavor, Glycerol Ester of Rosin, Yellow 5.", "sugar", "corn"),  # why: dextrose and citric acid are commonly corn-derived
    ("label", "GU Energy Gel Salted Caramel. Maltodextrin, water, fructose, sea salt, potassium citrate, natural flavors, sodium citrate, citric acid, calcium carbonate, valine, leucine, caffeine, isoleucine. May contain: milk, soy, tree nuts. Made in a facility that processes wheat.", "sugar", "corn dairy soy wheat"),  # why: fructose is added sugar; maltodextrin may be corn; may-contain line
    ("label", "Simple Mills Almond Flour Crackers Fine Ground Sea Salt. Ingredients: nut & seed flour blend (almonds, sunflower seeds, flax seeds), tapioca, cassava, organic sunflower oil, sea salt, organic onion, organic garlic, rosemary extract. Grain free, gluten free, corn free, soy free, dairy free.", "", ""),
    ("label", "Daiya Cheddar Style Shreds. Dairy Free. Filtered water, tapioca starch, coconut oil, expeller pressed canola and/or safflower oil, vegan natural flavours, pea protein, salt, potato starch, tricalcium phosphate, lactic acid (vegan), konjac gum, yeast extract, xanthan gum, cane sugar, annatto.", "sugar", "corn"),  # why: "cheddar style" is dairy free; small cane sugar; xanthan possible corn
    ("label", "Keto Friendly! Lakanto Monkfruit Sweetener Classic. Ingredients: erythritol, monk fruit extract. Zero calories. Zero sugar.", "", "corn"),  # why: erythritol is usually fermented from corn glucose
    ("label", "Nature Valley Crunchy Oats 'n Honey. Whole Grain Oats, Sugar, Canola Oil, Rice Flour, Honey, Salt, Brown Sugar Syrup, Soy Lecithin, Baking Soda, Natural Flavor.", "sugar soy", "wheat"),
    ("label", "Optimum Nutrition Gold Standard 100% Whey Double Rich Chocolate: Protein blend (whey protein isolate, whey protein concentrate, whey peptides), cocoa, lecithin, natural and artificial flavours, acesulfame potassium, sucralose. Contains milk and soy.", "dairy soy", ""),  # why: allergen line says soy, so the lecithin is soy
    ("label", "Bob's Red Mill Gluten Free 1-to-1 Baking Flour: sweet white rice flour, whole grain brown rice flour, potato starch, whole grain sorghum flour, tapioca flour, xanthan gum. Manufactured in a facility that uses tree nuts and soy.", "", "corn soy"),  # why: xanthan gum possible corn; facility line for soy
    ("label", "Clif Bar Chocolate Chip. Organic brown rice syrup, organic rolled oats, soy protein isolate, organic cane syrup, organic roasted soybeans, rice flour, organic date paste, organic cocoa butter, unsweetened chocolate, soy lecithin... ALLERGENS: CONTAINS SOY. MAY CONTAIN WHEAT, PEANUTS, TREE NUTS, MILK, SESAME.", "sugar soy", "wheat dairy"),  # why: cocoa butter is not dairy; may-contain milk/wheat
    ("label", "Coconut Secret Coconut Aminos Soy-Free Seasoning Sauce. Ingredients: organic coconut tree sap, sea salt. Gluten free, soy free, vegan.", "", "sugar"),  # why: coconut sap is a concentrated sweet sap; no cane sugar but worth a caution
    ("label", "San-J Tamari Gluten Free Soy Sauce Reduced Sodium. Made with 100% soy, no wheat. Ingredients: water, soybeans, salt, alcohol (to preserve freshness).", "soy", ""),  # why: wheat-free tamari is still soy
    ("label", "Tesco Free From Chocolate Chip Cookies. Ingredients: Sugar, Rice Flour, Palm Oil, Dark Chocolate Chips (10%) (Sugar, Cocoa Mass, Cocoa Butter, Emulsifier (Soya Lecithins)), Maize Starch, Tapioca Starch, Potato Starch, Raising Agents, Salt, Xanthan Gum. Suitable for coeliacs. Milk free.", "sugar soy corn", ""),
    ("label", "Alpro Soya Plain No Sugars Yogurt Alternative. Hulled soya beans (9.1%), water, calcium (tricalcium phosphate), stabiliser (pectins), acidity regulators (sodium citrates, citric acid), vitamins. Live cultures. Dairy free", "soy", "corn"),  # why: citric acid possible corn per domain
    ("label", "Tate+Lyle Lyle's Golden Syrup Ingredients: Partially Inverted Refiners Syrup. Out of the strong came forth sweetness.", "sugar", ""),
    ("label", "Genius Gluten Free Seeded Brown Sandwich Loaf: Water, Tapioca Starch, Rice Flour, Seeds (Sunflower, Linseed, Millet, Poppy), Potato Starch, Rapeseed Oil, Psyllium Husk, Humectant: Vegetable Glycerine, Maize Starch, Yeast, Thickener: Xanthan Gum, Sugar, Egg White Powder... May contain traces of soya.", "corn sugar", "soy"),
    ("label", "Nakd Cocoa Orange Bar. Dates 54%, Cashews 31%, Raisins 10%, Cocoa 4%, Natural Orange Flavouring. No added sugar*. *Contains naturally occurring sugars. Gluten free, dairy free, vegan.", "", ""),
    ("label", "SIS GO Isotonic Energy Gel Orange: Water, maltodextrin (from maize) (20%), gelling agents (xanthan gum, gellan gum), acidity regulators (sodium citrate, citric acid), flavouring, preservatives, sweetener (acesulfame K). Produced in a facility that handles milk, soy, wheat.", "corn", "dairy soy wheat"),  # why: maltodextrin from maize stated; facility line
    ("label", "Perfect Keto Bar Almond Butter Brownie: almond butter, collagen protein, organic acacia fiber, organic cacao, MCT oil powder (MCT, acacia fiber), cocoa butter, sea salt, stevia. No added sugar. Contains tree nuts.", "", ""),  # why: almond butter and cocoa butter are traps
    ("label", "Tim Tam Original. Ingredients: sugar, wheat flour, vegetable oil, milk solids, cocoa mass, cocoa butter, golden syrup, cocoa, invert sugar, salt, emulsifiers (soy lecithin, 476), raising agent. Contains wheat, milk, soy.", "sugar wheat dairy soy", "corn"),  # why: unspecified vegetable oil possible corn
    ("label", "Weet-Bix Gluten Free (Sanitarium). Ingredients: wholegrain sorghum (93%), raw sugar, salt, barley malt extract?? NO wait - the GF one has no malt: wholegrain sorghum, raw sugar, salt, vitamins, minerals. Gluten free.", "sugar", ""),  # why: the person corrected their own pasted line; sorghum, raw sugar
    ("label", "Ba ked Tortilla Chips - Lime. lngredients: Stone grou nd corn, sunfl ower oil, sea salt, natural lime flav or. GLUTEN FRE E. Non-GM0 Project Verifi ed", "corn", ""),
    ("label", "Smart Sweets Sweet Fish. Ingredients: soluble corn fiber, allulose, water, pectin, citric acid, natural flavors, ... stevia leaf extract. 3g sugar per bag. Plant-based. Gluten free.", "corn", ""),  # why: soluble corn fiber is corn; allulose is a rare sugar, not flagged as processed sugar
    ("label", "Amy's Kitchen Vegan Bean & Rice Burrito Gluten Free: organic pinto beans, organic rice flour, organic tapioca flour, filtered water, organic onions, organic brown rice, organic expeller pressed high oleic safflower/sunflower oil, organic tomato purée, ... organic agave nectar, sea salt. Dairy free. Lactose free. Soy free. Tree nut free.", "sugar", ""),  # why: agave is a listed sugar
    ("label", "Haldiram's Moong Dal Namkeen. Ingredients: Moong Dal (80%), Edible Vegetable Oil (Cotton Seed, Corn & Palmolein Oil), Salt. Allergen advice: manufactured in a facility that also processes wheat, milk, soya.", "corn", "wheat dairy soy"),  # why: oil blend lists corn oil
    ("label", "Amul Pure Ghee. Made from fresh cream. Fat 99.7%. Lactose-free? no such claim on it, just 'pure ghee'.", "dairy", ""),
    ("label", "Safari Dried Mango Slices (South Africa). Ingredients: Mango, Sugar, Preservative (Sulphur Dioxide). Dried fruit", "sugar", ""),
    ("label", "Jack'n Jill Nova Multigrain Snacks Country Cheddar. Corn grits, rice grits, vegetable oil, whole wheat flour, oat flour, cheese powder (contains milk), sugar, salt, flavor enhancers, maltodextrin... Allergen: contains milk, wheat. May contain soy.", "corn wheat dairy sugar", "soy"),
    ("label", "ONE Protein Bar Birthday Cake: Protein blend (milk protein isolate, whey protein isolate), isomalto-oligosaccharides (vegetable source), vegetable glycerin, palm kernel oil, water, almonds, soy lecithin, sucralose, natural flavors, calcium carbonate, sprinkles (sugar, corn starch, palm oil, carnauba wax, colors), salt. CONTAINS MILK, ALMONDS, SOY.", "dairy soy sugar corn", ""),  # why: sprinkles contain sugar and corn starch; IMO itself is starch-derived
]

# --- Spanish: Spain ---
BLIND29_CASES += [
    ("meal", "desayuno: tostada de pan de centeno?? no, al final era pan sin gluten de Schär con tomate y aceite. café solo", "", ""),  # why: corrected to gluten-free bread
    ("meal", "comida: tortilla de patatas de mi madre y ensalada. la tortilla es solo huevo, patata, cebolla y aceite de oliva", "", ""),  # why: Spanish tortilla is not a flour tortilla
    ("meal", "cena en un bar de tapas: boquerones en vinagre, pimientos de padrón, jamón. NO pedí croquetas aunque me moría de ganas", "", ""),
    ("meal", "me comí unas croquetas de jamón caseras en casa de la abuela, bechamel con harina y leche, rebozadas en pan rallado. desliz total", "wheat dairy", ""),
    ("meal", "merienda: un yogur natural Danone, es el día 1 de reintroducción de lácteos según la nutricionista", "dairy", ""),
    ("meal", "churros con chocolate con mis primos... yo solo miré 😭 me tomé un té de manzanilla", "", ""),
    ("meal", "paella de marisco en la playa. arroz, gambas, mejillones, azafrán. el caldo no sé si era de pastilla", "", "wheat corn soy sugar"),  # why: stock cubes often contain wheat, corn starch/maltodextrin, soy, sugar
    ("meal", "la semana que viene toca probar el maíz: palomitas el lunes y mazorca el martes. hoy lentejas con verduras", "", ""),
    ("meal", "gazpacho casero sin pan (la receta lleva pan pero yo no lo puse), y pescado a la plancha", "", ""),
]

# --- Spanish: Argentina ---
BLIND29_CASES += [
    ("meal", "asado del domingo: vacío, chorizo, morcilla y ensalada mixta. no comí pan ni chimichurri con pan. el chorizo no sé qué tiene", "", "wheat sugar"),  # why: chorizo/morcilla may contain fillers or additives
    ("meal", "mate amargo toda la tarde, nada más. mi novio con facturas y dulce de leche, yo firme", "", ""),
    ("meal", "caí: me comí dos medialunas de manteca en la oficina. trigo y lácteos juntos, pésimo para la reintroducción", "wheat dairy sugar", ""),
    ("meal", "empanadas de carne salteñas (2), masa de harina común. hoy era el día del trigo así que vale!", "wheat", "dairy"),  # why: empanada dough is wheat; some doughs use butter or lard
    ("meal", "milanesa de pollo rebozada con harina de almendras y huevo, puré de calabaza sin manteca", "", ""),
    ("meal", "alfajor Havanna de maicena?? no, me lo ofrecieron y dije que no. comí una banana", "", ""),
    ("meal", "locro en lo de mi suegra: tiene maíz blanco, zapallo, porotos, chorizo colorado y panceta. comí un plato chico", "corn", "wheat"),  # why: locro is based on hominy-style white corn; chorizo colorado may have fillers
    ("meal", "provoleta a la parrilla, la pedí a propósito para el desafío de lácteos, día 2", "dairy", ""),
]

# --- Spanish: Colombia ---
BLIND29_CASES += [
    ("meal", "desayuno: arepa de maíz con huevos pericos y chocolate caliente con leche. sí ya sé, el maíz no se podía", "corn dairy", "sugar"),  # why: Colombian hot chocolate usually sweetened tablets
    ("meal", "almuerzo: bandeja paisa sin arepa y sin chicharrón. frijoles, arroz, carne molida, aguacate, huevo, plátano maduro", "", ""),
    ("meal", "ajiaco con pollo, papa criolla y guascas. no le eché la crema de leche ni las alcaparras... bueno alcaparras sí", "", "corn"),  # why: ajiaco is usually served with a piece of mazorca
    ("meal", "antojo brutal de buñuelos (queso y almidón de yuca) en navidad. NO me los comí", "", ""),
    ("meal", "me tomé una Colombiana y unas empanadas de maíz en la calle, fritas en aceite quién sabe cuál", "corn sugar", "soy"),  # why: soda is sugar; empanadas are cornmeal; street frying oil may be soy
    ("meal", "pan de bono en la panadería, tiene queso y almidón de yuca, algunas le ponen harina de maíz también", "dairy", "corn"),
    ("meal", "sancocho de gallina con yuca, plátano y mazorca. me comí la mazorca, que era el reto del maíz hoy 🌽", "corn", ""),
]

# --- Spanish labels ---
BLIND29_CASES += [
    ("label", "Galletas SIN GLUTEN sin lactosa Gullón. Ingredientes: almidón de maíz, harina de arroz, aceite de girasol alto oleico, azúcar, jarabe de glucosa, huevo, gasificantes, sal, emulgente (lecitina de girasol), aroma. Puede contener trazas de soja.", "corn sugar", "soy"),  # why: sunflower lecithin is not soy; glucose syrup definite sugar
    ("label", "Bebida de avena ecológica sin azúcares añadidos (Hacendado). Agua, avena* (14%), aceite de girasol*, sal marina. *ecológico. Contiene gluten.", "", "wheat"),  # why: oat drink declared as containing gluten — oats, not wheat, but cross-contact
    ("label", "Tofu natural ecológico Taifun: Semillas de soja* (67%), agua, agente coagulante: nigari. Vegano", "soy", ""),
    ("label", "BARRITA PROTEICA keto 'sin azucares añadidos' Ingredientes: mezcla proteica (proteína de leche, proteína de suero de leche), fibra de maíz soluble, cobertura (edulcorante: maltitol, manteca de cacao, cacao, leche entera en polvo, emulgente: lecitina de soja), almendras. Contiene leche, soja.", "dairy corn soy", ""),  # why: maltitol is a polyol, not sugar; "manteca de cacao" is cocoa butter
    ("label", "Dulce de leche La Serenísima Clásico: leche entera, azúcar, glucosa, bicarbonato de sodio, aroma vainilla. SIN TACC.", "dairy sugar", "corn"),  # why: SIN TACC = gluten free; glucose may be corn
    ("label", "Harina P.A.N. Harina de maíz blanco precocida. Ingredientes: maíz blanco desgerminado, niacina, hierro, tiamina... Libre de gluten.", "corn", ""),
    ("label", "Isotónico Powerade sabor mora azul: agua, jarabe de maíz de alta fructosa, ácido cítrico, citrato de sodio, sal, ... sucralosa, colorante azul brillante", "corn sugar", ""),
    ("label", "Cereal Zucaritas: Maíz, azúcar, jarabe de maíz, sal, malta de cebada... contiene gluten (cebada). Puede contener trigo y soya.", "corn sugar", "wheat soy"),
]

# --- German ---
BLIND29_CASES += [
    ("meal", "Frühstück: Buchweizenbrei mit Apfel und Zimt, Kräutertee. Heilpraktikerin sagt Buchweizen ist ok", "", ""),  # why: Buchweizen (buckwheat) is not wheat
    ("meal", "Mittag in der Kantine: Schnitzel mit Pommes. Panade ist Weizenmehl + Paniermehl, ja ich weiß. Rückfall Tag 6", "wheat", "soy corn"),  # why: breading is wheat; fryer oil may be soy/corn
    ("meal", "Abends Kartoffeln, Quark mit Leinöl - Milch-Provokation Tag 1 laut Plan, 250g Magerquark", "dairy", ""),
    ("meal", "hab mir im Bäcker eine Dinkelbrezel gekauft weil ich dachte Dinkel ist kein Weizen 🙈 ist er aber", "wheat", ""),  # why: spelt is a wheat
    ("meal", "Kollegen haben Kuchen mitgebracht (Käsekuchen + Bienenstich). Ich hatte nur Kaffee schwarz und Nüsse", "", ""),
    ("meal", "Currywurst am Bahnhof, ohne Brötchen. Die Soße ist halt Ketchup mit Curry...", "sugar", "wheat corn"),  # why: currywurst sauce is ketchup-based (sugar); sausage may contain fillers/starch
    ("meal", "Kürbissuppe (Hokkaido) mit Kokosmilch, dazu Reiswaffeln. Nächste Woche will ich Soja testen, dann mit Tofu", "", ""),
    ("meal", "Spätzle mit Linsen bei Oma, Spätzle sind Mehl + Eier. hab nur die Linsen gegessen und Saitenwürstle", "", "wheat"),  # why: spätzle skipped; Saitenwürstchen may contain fillers/lactose
    ("meal", "Müsli mit Haferflocken (glutenfrei), Heidelbeeren und Mandeldrink ungesüßt", "", ""),
    ("meal", "Lust auf Gummibärchen seit drei Tagen. Heute widerstanden. Gegessen: Lachs, Reis, Zucchini", "", ""),
]

# --- French: France ---
BLIND29_CASES += [
    ("meal", "petit-déj : galette de sarrasin (blé noir) au jambon et œuf, cuite sans beurre chez moi", "", ""),  # why: blé noir is buckwheat, not wheat
    ("meal", "crêperie avec les collègues, galette complète… la crêpière met toujours du beurre salé et de l'emmental, j'ai pas osé demander", "dairy", "wheat"),  # why: complète means ham, egg, emmental; crêperie galettes sometimes cut with some wheat flour
    ("meal", "déjeuner : taboulé du traiteur (semoule de blé), poulet rôti. j'ai oublié que la semoule c'est du blé", "wheat", "sugar"),  # why: couscous semolina is wheat; shop taboulé dressings often sweetened
    ("meal", "réintroduction du gluten aujourd'hui : une demi-baguette tradition à midi, rien d'autre de nouveau", "wheat", ""),
    ("meal", "le dessert des enfants c'était des crêpes au Nutella. moi compote sans sucre ajouté", "", ""),
    ("meal", "soirée raclette chez des amis 😅 j'ai pris pommes de terre et charcuterie, PAS de fromage. enfin... un petit morceau en fait", "dairy", ""),  # why: correction admits a piece of cheese
    ("meal", "salade niçoise, vinaigrette maison (huile d'olive, vinaigre, moutarde de Dijon)", "", ""),
    ("meal", "un croissant au beurre au café de la gare, envie trop forte", "wheat dairy sugar", ""),
    ("meal", "je prévois de tester le maïs samedi avec de la polenta. aujourd'hui riz complet et lentilles", "", ""),
]

# --- French: Québec ---
BLIND29_CASES += [
    ("meal", "pas de poutine malgré la gang au casse-croûte. j'ai mangé une salade de poulet grillé, vinaigrette à part", "", ""),
    ("meal", "ok j'ai craqué : poutine avec fromage en grains. la sauce brune est sûrement à la fécule de maïs ou à la farine", "dairy", "wheat corn soy"),  # why: gravy mixes usually thicken with wheat flour or cornstarch and may contain soy; fries oil
    ("meal", "déjeuner : gruau d'avoine certifiée sans gluten, un filet de sirop d'érable, des bleuets", "", "sugar"),  # why: maple syrup is a natural sweetener — possible
    ("meal", "tourtière au souper du temps des fêtes, juste une pointe, la pâte à tarte c'est de la farine et du saindoux", "wheat", ""),
    ("meal", "cabane à sucre en fds, j'ai évité la tire et les oreilles de crisse, j'ai pris des œufs et des patates", "", ""),
    ("meal", "smoothie : lait d'amande, banane, beurre d'arachide, épinards. ma blonde a mis du yogourt dans le sien pas dans le mien", "", ""),
]

# --- Italian ---
BLIND29_CASES += [
    ("meal", "pranzo: risotto allo zafferano preparato da me con olio invece del burro e senza parmigiano", "", ""),
    ("meal", "cena dalla suocera: pizzoccheri. grano saraceno sì ma anche farina di frumento, e un sacco di formaggio casera", "wheat dairy", ""),
    ("meal", "colazione: cappuccino e cornetto al bar. lo so, lo so. giorno 11 rovinato", "dairy wheat sugar", ""),
    ("meal", "polenta taragna con funghi - oggi tocca il mais nella reintroduzione, ma la taragna ha anche burro e formaggio... ho chiesto senza", "corn", ""),  # why: taragna is corn + buckwheat; the butter and cheese were explicitly left out
    ("meal", "voglia matta di tiramisù, ma ho preso solo una macedonia senza zucchero", "", ""),
    ("meal", "insalata di farro con pomodorini e basilico. il farro è grano? la dietista dice di sì", "wheat", ""),
    ("meal", "pasta di lenticchie rosse al pomodoro, niente parmigiano. mio marito spaghetti normali", "", ""),
    ("meal", "un gelato al pistacchio in spiaggia 🍦 slittamento", "dairy sugar", ""),
]

# --- German / French / Italian labels ---
BLIND29_CASES += [
    ("label", "Seitan Natur (Wheaty). Zutaten: Weizeneiweiß* 55%, Wasser, Sojasauce* (Wasser, Sojabohnen*, Weizen*, Meersalz), Ingwer*, Kombu*. *aus kontrolliert ökologischem Anbau. Vegan.", "wheat soy", ""),
    ("label", "Alnatura Dinkel Knäckebrot. Zutaten: Dinkelvollkornmehl*, Wasser, Meersalz, Hefe. Kann Spuren von Sesam enthalten.", "wheat", ""),  # why: Dinkel is spelt, a wheat
    ("label", "Schär Mini Baguette glutenfrei. Zutaten: Wasser, Maisstärke, Reismehl, Sauerteig (Reismehl, Wasser), Hirsemehl, Buchweizenmehl, Psyllium, Reissirup, Hefe, Verdickungsmittel: Hydroxypropylmethylcellulose; Salz. Ohne Laktose, ohne Weizen.", "corn sugar", ""),  # why: maize starch; rice syrup is a sugar; buckwheat is a trap
    ("label", "ESN Designer Whey Protein Geschmack Vanille. Zutaten: Molkenproteinkonzentrat (Milch), Aroma, Verdickungsmittel (Guarkernmehl), Emulgator (Sonnenblumenlecithin), Süßungsmittel (Sucralose). Glutenfrei.", "dairy", ""),  # why: sunflower lecithin is not soy
    ("label", "Ritter Sport Vegan Voll-Nuss-Amicelli... nein, Voll-Nuss Vegan: Zucker, Haselnüsse (30%), Kakaobutter, Kakaomasse, Reismehl, Emulgator Lecithine (Sonnenblume), natürliches Vanillearoma. Kann Milch enthalten.", "sugar", "dairy"),
    ("label", "Bjorg Galettes de riz chocolat noir bio. Ingrédients : chocolat noir 55% (sucre de canne*, pâte de cacao*, beurre de cacao*, émulsifiant : lécithine de tournesol), riz complet soufflé*. Sans gluten. Peut contenir des traces de lait.", "sugar", "dairy"),
    ("label", "Gerblé Sans Gluten Cookies pépites de chocolat. Ingrédients : farine de riz, sucre, huile de palme, pépites de chocolat 15 % (sucre, pâte de cacao, beurre de cacao, émulsifiant : lécithines de SOJA), amidon de maïs, oeufs, sirop de glucose, poudre à lever, sel, arôme.", "sugar soy corn", ""),
    ("label", "Overstim.s Gel Antioxydant goût cola : sirop de glucose-fructose, maltodextrines, eau, ... caféine, acidifiant : acide citrique, arôme naturel. Fabriqué dans un atelier utilisant : lait, gluten, soja.", "sugar", "corn dairy wheat soy"),  # why: glucose-fructose syrup is sugar and often corn/wheat-derived
    ("label", "Ingrédients: protéine de pois, farine de ma'is, s ucre de coco, ar6me naturel, sel. Végétalien. SANS LACTOSE (barre protéinée, photo floue)", "corn sugar", ""),  # why: OCR-broken; farine de maïs and coconut sugar
    ("label", "Alpro Dessert saveur Vanille. Ingrédients : eau, graines de SOJA décortiquées (6,3%), sucre, amidon modifié de maïs, carbonate de calcium, stabilisant (carraghénanes), sel, arôme, colorant (caroténoïdes), vitamines.", "soy sugar corn", ""),
    ("label", "Galbusera Buonicosì Frollini senza zuccheri aggiunti. Ingredienti: farina di FRUMENTO, olio di girasole, maltitolo, farina integrale di FRUMENTO, fibra di frumento, UOVA, agenti lievitanti, sale. Contiene naturalmente zuccheri. Può contenere LATTE e SOIA.", "wheat", "dairy soy"),  # why: no added sugar holds (maltitol is a polyol)
    ("label", "Valsoia Gelato Vegano Cioccolato. Ingredienti: acqua, zucchero, fruttosio, destrosio, proteine della SOIA, olio di cocco, cacao magro, sciroppo di glucosio, addensanti (farina di semi di carrube, guar), sale. Senza latte.", "sugar soy", "corn"),
    ("label", "Farina di mais per polenta istantanea Valsugana. Ingredienti: farina di mais precotta. Senza glutine. Può contenere tracce di soia.", "corn", "soy"),
    ("label", "Enervit Sport Isotonic Drink, gusto limone. Ingredienti: fruttosio, destrosio, maltodestrine, correttore di acidità: acido citrico; cloruro di sodio... Senza glutine.", "sugar", "corn"),
]

# --- Portuguese: Brazil ---
BLIND29_CASES += [
    ("meal", "café da manhã: tapioca com ovo mexido e café preto sem açúcar. nutri liberou tapioca", "", ""),
    ("meal", "pão de queijo na padaria, 3 unidades. não tem trigo mas tem queijo e leite né... teste de laticínios era só semana que vem", "dairy", ""),
    ("meal", "almoço: arroz, feijão, bife acebolado, salada. farofa pronta da Yoki eu NÃO comi", "", ""),
    ("meal", "comi farofa da minha vó feita na manteiga com bacon, só umas colheradas", "dairy", ""),
    ("meal", "festa junina na escola do meu filho: pamonha, curau, milho cozido, canjica... eu só tomei quentão? não, tomei água mesmo, quentão tem açúcar", "", ""),
    ("meal", "comi um pedaço de bolo de fubá na casa da sogra. fubá é milho, e tem trigo, leite e açúcar também", "corn wheat dairy sugar", ""),
    ("meal", "açaí na tigela com granola e leite condensado 😬 escorreguei feio", "sugar dairy", "wheat"),  # why: açaí bowls are sweetened (guaraná syrup), condensed milk; granola has oats, often sugar and possibly wheat
    ("meal", "jantar: moqueca de peixe com leite de coco e azeite de dendê, arroz branco", "", ""),
    ("meal", "vontade de brigadeiro o dia inteiro. resisti. comi castanha-do-pará e uma banana", "", ""),
    ("meal", "desafio da soja hoje: tofu grelhado no almoço e leite de soja no lanche", "soy", ""),
]

# --- Dutch ---
BLIND29_CASES += [
    ("meal", "ontbijt: twee rijstwafels met pindakaas en banaan. thee zonder suiker", "", ""),  # why: pindakaas is peanut butter, not dairy
    ("meal", "lunch op het werk: boterham met kaas... nee wacht, glutenvrij brood met kipfilet, de kaas heb ik eraf gehaald", "", "sugar"),  # why: correction removed the cheese; Dutch sliced kipfilet often has dextrose/sugar
    ("meal", "stroopwafel bij de koffie, kon het niet laten. 1 stuk", "wheat sugar", "dairy"),  # why: stroopwafel is wheat + syrup; usually butter in the dough
    ("meal", "karnemelk gedronken voor de zuivelprovocatie, 2 glazen, dag 1", "dairy", ""),
    ("meal", "avondeten: stamppot boerenkool met rookworst. stamppot met olijfolie ipv boter en melk, rookworst van de HEMA", "", "wheat soy sugar corn"),  # why: rookworst usually has starch, dextrose, sometimes soy protein
    ("meal", "kinderen hadden hagelslag op brood, ik heb een gekookt ei gegeten", "", ""),
    ("meal", "bitterballen op de borrel, 3 stuks. ragout met bloem en melk, paneermeel eromheen. foutje", "wheat dairy", "soy corn"),  # why: frying oil
    ("meal", "volgende week de maïs test. Plan: maandag maïskolf, woensdag popcorn. vandaag zalm met zoete aardappel", "", ""),
]

# --- Danish ---
BLIND29_CASES += [
    ("meal", "morgenmad: havregrød med vand, æble og kanel. havregryn ikke glutenfri mærket", "", "wheat"),
    ("meal", "frokost: rugbrød med leverpostej og rødbeder 🙈 rugbrød har jo også hvedemel", "wheat", "dairy sugar"),  # why: Danish rugbrød usually contains some wheat flour; leverpostej often has milk and flour; pickled beets are sweetened
    ("meal", "aftensmad: frikadeller lavet med havregryn og æg i stedet for mel og mælk, kartofler, agurkesalat uden sukker", "", "wheat"),  # why: oats cross-contact only
    ("meal", "skyr til mejeri-genintroduktion dag 2, 200 g naturel", "dairy", ""),
    ("meal", "kollegaen havde wienerbrød med til fødselsdag. jeg tog en kop te og lod være", "", ""),
    ("meal", "pølse fra pølsevognen med ristede løg og remoulade, uden brød", "", "wheat sugar corn dairy"),  # why: fried onions are floured; remoulade is sweetened; hot dog sausages may contain starch/milk protein
]

# --- Norwegian ---
BLIND29_CASES += [
    ("meal", "frokost: knekkebrød (Wasa Sport? nei, Sigdal glutenfri) med makrell i tomat", "", "sugar"),  # why: mackerel in tomato sauce is usually sweetened
    ("meal", "skiva med brunost på hytta. ja, brunost er melk. skrev det ned som en glipp", "dairy", ""),
    ("meal", "middag: laks, poteter, dampet brokkoli. ingen saus", "", ""),
    ("meal", "mormor bakte lefse, jeg smakte ikke. hadde lyst men lot være", "", ""),
    ("meal", "fiskekaker fra Lerøy med ris og gulrot. tror fiskekakene har melk og potetmel", "", "dairy wheat"),  # why: Norwegian fiskekaker commonly contain milk; some contain wheat
    ("meal", "taco-fredag! jeg tok salatskål med kjøttdeig, hjemmelaget krydder, uten tortilla, uten rømme og ost. resten av familien spiste lefser og ost", "", ""),
]

# --- Finnish ---
BLIND29_CASES += [
    ("meal", "aamupala: kaurapuuro vedellä, mustikoita. kaurajuomaa päälle", "", "wheat"),  # why: oats and oat drink, cross-contact only
    ("meal", "lounas: karjalanpiirakka munavoin kanssa, työpaikan kahviossa. maitoa riisipuurossa ja voita päällä", "dairy", "wheat"),  # why: crust is rye, sometimes with wheat flour; rice filling and egg butter contain milk/butter
    ("meal", "ruisleipä (100% ruis, Vaasan Ruispala) ja kinkkua. ruis ei ole vehnää mutta naturopaatti sanoi varoa", "", "wheat"),  # why: rye is not wheat; cross-contact only
    ("meal", "iltaruoka: lohikeitto ilman kermaa, kookosmaidolla", "", ""),
    ("meal", "maitotuotteiden altistus päivä 1: 2 dl maitoa ja leipäjuustoa hillalla. hillassa oli sokeria", "dairy sugar", ""),  # why: cloudberry jam is sweetened
    ("meal", "teki mieli salmiakkia koko illan, en syönyt. join teetä", "", ""),
]

# --- Czech ---
BLIND29_CASES += [
    ("meal", "snídaně: pohanková kaše s jablkem a skořicí, bylinkový čaj", "", ""),  # why: pohanka is buckwheat
    ("meal", "oběd u babičky: svíčková se šesti knedlíky... dobře, se dvěma. smetana, mouka, cukr v omáčce", "wheat dairy sugar", ""),
    ("meal", "večeře: kuře na paprice, ale místo smetany kokosové mléko, a rýže místo knedlíků", "", ""),
    ("meal", "dnes test mléčných výrobků: tvaroh s jahodami (bez cukru)", "dairy", ""),
    ("meal", "manžel měl rohlíky s máslem, já jen vajíčka a okurku", "", ""),
    ("meal", "na trhu jsem koupila pečenou kukuřici a snědla ji celou, i když kukuřice je až za týden v plánu 🌽", "corn", "dairy"),  # why: market grilled corn is often brushed with butter
    ("meal", "chlebíčky na oslavě, jeden s vlašským salátem. veka, majonéza, šunka", "wheat", "sugar dairy"),  # why: veka is wheat; vlašský salát mayo often sweetened, salad sometimes with milk
]

# --- Portuguese / Dutch / Nordic / Czech labels ---
BLIND29_CASES += [
    ("label", "Granola Low Carb Keto Mãe Terra?? Ingredientes: castanha de caju, amêndoas, coco em flocos, sementes de abóbora, eritritol, óleo de coco, canela. NÃO CONTÉM GLÚTEN. ALÉRGICOS: CONTÉM CASTANHA DE CAJU, AMÊNDOA. PODE CONTER LEITE E SOJA.", "", "corn dairy soy"),  # why: erythritol possible corn; may-contain milk/soy
    ("label", "Whey Protein Concentrado Growth Supplements sabor chocolate. Ingredientes: proteína concentrada do soro do leite, cacau em pó, aromatizante, espessante goma xantana, edulcorante sucralose, emulsificante lecitina de soja. ALÉRGICOS: CONTÉM LEITE E DERIVADOS, CONTÉM SOJA. CONTÉM LACTOSE.", "dairy soy", "corn"),
    ("label", "Biscoito de polvilho Globo: polvilho azedo, óleo de soja, sal, água. Não contém glúten.", "soy", ""),  # why: soybean oil is named
    ("label", "Leite condensado Moça: leite integral, açúcar, lactose. CONTÉM LACTOSE. ALÉRGICOS: CONTÉM LEITE E DERIVADOS. NÃO CONTÉM GLÚTEN.", "dairy sugar", ""),
    ("label", "Albert Heijn Glutenvrij Meergranenbrood. Ingrediënten: water, maiszetmeel, rijstmeel, zonnebloempitten, lijnzaad, suikerbietenstroop, psylliumvezel, gist, zout. Kan sporen van soja bevatten.", "corn sugar", "soy"),
    ("label", "Calvé Pindakaas Original. Ingrediënten: 90% geroosterde pinda's, plantaardige olie (palm, raapzaad), suiker, zout.", "sugar", ""),  # why: peanut butter trap for dairy; contains sugar
    ("label", "Alpro Soja Original. Ingrediënten: water, gepelde sojabonen (8,7%), suiker, zuurteregelaar, calcium, zeezout, stabilisator (gellan), vitamines.", "soy sugar", ""),
    ("label", "Arla Skyr Naturel 0,2% fedt. Ingredienser: skummetmælk, mælkesyrebakterier, løbe. Uden tilsat sukker.", "dairy", ""),
    ("label", "Proteinbar (Barebells) Salty Peanut. Ingredienser: mælkeprotein, sødestof (maltitol), peanuts (15%), sojaprotein, fugtighedsbevarende middel (glycerol), kakaosmør, palmefedt, mælkepulver, hydrolyseret kollagen, emulgator (sojalecithin)... Indeholder mælk, soja, jordnødder. Kan indeholde spor af hvede.", "dairy soy", "wheat"),  # why: maltitol is not sugar; kakaosmør is cocoa butter
    ("label", "TINE Gudbrandsdalsost. Ingredienser: Myse, kumelk, fløte, geitemelk. Brunost.", "dairy", ""),
    ("label", "Oddlygood Gurt Plant-based Vanilla (Valio). Ainesosat: kaurapohja (vesi, kaura 11%), sokeri, kookosöljy, herneproteiini, muunnettu tärkkelys, ... Gluteeniton. Maidoton.", "sugar", "corn"),  # why: muunnettu tärkkelys = modified starch, source unstated; the gluten-free claim rules out wheat
    ("label", "Fazer Sininen maitosuklaa. Ainesosat: sokeri, täysmaitojauhe, kaakaovoi, kaakaomassa, heramaitojauhe (maito), emulgointiaine (soijalesitiini), aromit. Saattaa sisältää vehnää.", "sugar dairy soy", "wheat"),
    ("label", "Bezlepkové sušenky (Schär Petit). Složení: kukuřičný škrob, cukr, rostlinný olej (slunečnicový), kukuřičná mouka, vejce, rýžová mouka, glukózový sirup, emulgátor: sójový lecitin... Bez lepku. Bez laktózy.", "corn sugar soy", ""),
    ("label", "Nutrend Excelent Protein Bar čokoláda s oříšky. Složení: mléčná bílkovina, sójové kousky (sójová bílkovina, tapiokový škrob), glukózový sirup, čokoládová poleva 20% (cukr, kakaové máslo, sušené mléko, emulgátor: sójový lecitin), ... Může obsahovat lepek.", "dairy soy sugar", "corn wheat"),  # why: glucose syrup may be corn or wheat; lepek may-contain
]

# --- Greek ---
BLIND29_CASES += [
    ("meal", "πρωινό: αυγά μάτια με ντομάτα και ελιές, χωρίς ψωμί. καφές ελληνικός σκέτος", "", ""),
    ("meal", "μεσημεριανό: χωριάτικη χωρίς φέτα (ζήτησα!) και σουβλάκι κοτόπουλο χωρίς πίτα", "", ""),
    ("meal", "η γιαγιά έφτιαξε σπανακόπιτα και έφαγα ένα κομμάτι... φύλλο και φέτα, τέλεια αποτυχία", "wheat dairy", ""),
    ("meal", "γιαούρτι στραγγιστό με μέλι - πρώτη μέρα επανεισαγωγής γαλακτοκομικών", "dairy", "sugar"),  # why: honey is a natural sweetener, possible
    ("meal", "φασολάδα με ελαιόλαδο και σκόρδο. ο άντρας μου με ψωμί, εγώ χωρίς", "", ""),
    ("meal", "γύρος χοιρινός σε πίτα με τζατζίκι στο σουβλατζίδικο. δεν άντεξα", "wheat dairy", "corn soy"),  # why: pita and tzatziki; shop pita often grilled with vegetable oil, gyro meat sometimes has seasonings with starch
    ("meal", "σκέφτομαι την άλλη εβδομάδα να δοκιμάσω σιτάρι με λίγο παξιμάδι. σήμερα γεμιστά με ρύζι", "", ""),
    ("meal", "loukoumades at the panigyri - I had one with honey, my kids had 10 lol", "wheat", "sugar"),  # why: loukoumades are wheat dough; honey topping possible sugar (and syrup often sugar-based)
]

# --- Russian ---
BLIND29_CASES += [
    ("meal", "завтрак: гречка с яйцом и огурцом. гречка — не пшеница, нутрициолог разрешила", "", ""),
    ("meal", "обед: борщ без сметаны, без хлеба. мама положила немного сахара в борщ, она всегда так делает", "sugar", ""),
    ("meal", "сорвалась: сырники со сметаной у свекрови, 3 штуки", "dairy wheat sugar", ""),
    ("meal", "ужин: запечённая курица, картошка, салат из капусты с подсолнечным маслом", "", ""),
    ("meal", "очень хотела пельмени, но не ела. муж ел. я — рис с овощами", "", ""),
    ("meal", "масленица, блины с икрой. съела два блина на молоке и муке. знаю, срыв", "wheat dairy", "sugar"),  # why: blini batter often has a little sugar
    ("meal", "провокация молочкой по плану: кефир 250 мл утром, творог днём", "dairy", ""),
    ("meal", "выпила стакан кваса в жару, потом вспомнила что там сахар и солод", "sugar", "wheat"),  # why: kvass is sweetened; malt is rye/barley, some brands use wheat
    ("meal", "бородинский хлеб кусочек с селёдкой. думала он ржаной, но там и пшеничная мука, и патока", "wheat sugar", ""),
]

# --- Arabic ---
BLIND29_CASES += [
    ("meal", "الفطور: حمص بالطحينة وزيت الزيتون مع خيار وطماطم، بدون خبز", "", ""),
    ("meal", "الغداء: مقلوبة بالدجاج والباذنجان والرز. أمي قلت الباذنجان بزيت نباتي", "", "soy corn"),  # why: unspecified vegetable oil
    ("meal", "أكلت كنافة بالجبنة في العرس... انهيار كامل 😭", "wheat dairy sugar", ""),
    ("meal", "تبولة من المطعم، فيها برغل، نسيت إنه قمح", "wheat", ""),
    ("meal", "العشاء: فريكة مع لحم. الفريكة قمح أخضر، هذا يوم تجربة القمح حسب الخطة", "wheat", ""),
    ("meal", "اشتهيت معمول التمر كتير بس ما أكلت، شربت شاي نعناع بدون سكر", "", ""),
    ("meal", "lunch: falafel wrap bas bedoon khobez, just falafel w salata w tahini. fried in shop oil", "", "wheat soy corn"),  # why: shop falafel sometimes has flour binder; frying oil unknown
    ("meal", "لبنة مع زعتر وزيت - اليوم الأول لإعادة الألبان", "dairy", ""),
]

# --- Hebrew ---
BLIND29_CASES += [
    ("meal", "ארוחת בוקר: שקשוקה בלי לחם, סלט ישראלי קצוץ", "", ""),
    ("meal", "הילדים אכלו במבה ואני אכלתי חופן בלי לחשוב. במבה זה תירס ובוטנים 🙈", "corn", ""),
    ("meal", "שבת: אכלתי פרוסת חלה בקידוש. זה חיטה וסוכר", "wheat sugar", ""),
    ("meal", "צהריים: שניצל עוף בציפוי קמח תירס ופתיתי תירס — לא, רגע, זה היה ציפוי שקדים. עם אורז", "", ""),  # why: self-correction to almond coating
    ("meal", "רציתי מאוד בורקס גבינה במאפייה. לא קניתי. אכלתי תמרים ואגוזים", "", ""),
    ("meal", "ניסוי סויה היום: טופו מוקפץ עם ירקות ורוטב סויה ללא גלוטן (טמרי)", "soy", ""),
    ("meal", "ארוחת ערב: סלמון בתנור, בטטה, קולורבי. קינוח: תות", "", ""),
]

# --- Chinese ---
BLIND29_CASES += [
    ("meal", "早餐：白粥配咸鸭蛋和青菜，没吃油条", "", ""),
    ("meal", "午饭：公司食堂的红烧肉配米饭，酱油和冰糖肯定都有", "soy wheat sugar", ""),  # why: hongshao uses soy sauce (wheat) and rock sugar
    ("meal", "晚餐：清蒸鱼，蒜蓉西兰花，米饭。清蒸鱼淋了蒸鱼豉油", "soy wheat", "sugar"),  # why: steamed-fish soy sauce contains soy, wheat and often sugar
    ("meal", "今天小麦挑战：两个白面馒头，其他照常", "wheat", "sugar"),  # why: mantou often has a little sugar
    ("meal", "好想吃奶茶，忍住了！喝了菊花茶（没加糖）", "", ""),
    ("meal", "家里包饺子，我吃了十个猪肉白菜的😅 蘸醋不蘸酱油", "wheat", ""),  # why: dumpling wrappers are wheat; vinegar dip only
    ("meal", "妈妈做的番茄炒蛋放了一点糖，配米饭", "sugar", ""),
    ("meal", "火锅：我用清汤锅底，只吃了羊肉、豆腐和蔬菜，麻酱没碰", "soy", ""),  # why: tofu is soy; sesame sauce avoided
    ("meal", "下周计划：周一玉米挑战，蒸玉米一根；周四再测豆制品。今天就红薯和鸡胸", "", ""),
]

# --- Vietnamese ---
BLIND29_CASES += [
    ("meal", "sáng ăn phở bò ở quán, không thêm tương đen (hoisin), chỉ chanh và ớt", "", "sugar"),  # why: pho broth is often seasoned with rock sugar and fish sauce
    ("meal", "trưa ăn bánh mì thịt, biết là bột mì rồi mà đói quá. có pate và nước tương Maggi", "wheat", "soy sugar dairy"),  # why: baguette is wheat; Maggi seasoning is soy/wheat-based; pâté may contain milk
    ("meal", "tối: canh chua cá lóc, rau muống xào tỏi, cơm trắng", "", "sugar"),  # why: canh chua is usually balanced with sugar
    ("meal", "bún chả Hà Nội, nước chấm có đường và nước mắm", "sugar", ""),
    ("meal", "thèm chè ba màu ghê, nhưng không ăn. uống nước dừa tươi", "", ""),
    ("meal", "đậu hũ sốt cà chua - hôm nay là ngày thử đậu nành theo kế hoạch", "soy", "sugar"),  # why: Vietnamese tomato sauce for tofu commonly adds sugar
    ("meal", "cà phê sữa đá với đồng nghiệp... sữa đặc có đường. tự phạt mai ăn sạch", "dairy sugar", ""),
]

# --- Thai ---
BLIND29_CASES += [
    ("meal", "มื้อเช้า: ข้าวต้มหมู ไม่ใส่ซีอิ๊ว ใส่แค่พริกไทย", "", ""),
    ("meal", "มื้อกลางวัน ผัดไทยกุ้งสด ร้านข้างออฟฟิศ มีเต้าหู้ด้วย น้ำตาลปี๊บแน่นอน", "sugar soy", ""),
    ("meal", "ส้มตำไทย ไม่ใส่ถั่ว ไก่ย่าง ข้าวเหนียว", "sugar", ""),  # why: som tam is dressed with palm sugar
    ("meal", "อยากกินข้าวเหนียวมะม่วงมาก แต่ไม่ได้กิน กินมะม่วงสุกเฉยๆ", "", ""),
    ("meal", "ชาเย็น 1 แก้ว ตอนบ่าย ลื่นไปหน่อย นมข้นหวานกับนมจืด", "dairy sugar", ""),
    ("meal", "dinner tom yum goong nam sai (clear, no evaporated milk), jasmine rice. no sugar I asked", "", ""),
    ("meal", "แกงเขียวหวานไก่ใส่กะทิ ทำเองไม่ใส่น้ำตาล กับข้าวกล้อง", "", ""),  # why: coconut milk is not dairy; no sugar added
]

# --- Indonesian ---
BLIND29_CASES += [
    ("meal", "sarapan: nasi uduk, telur balado, tempe orek pakai kecap manis", "soy sugar", "wheat"),  # why: tempe is soy; kecap manis is soy + sugar, some brands contain wheat
    ("meal", "makan siang gado-gado, bumbu kacang, tahu, tempe, lontong. bumbunya pakai gula merah", "soy sugar", ""),
    ("meal", "malam: ikan bakar sambal matah, nasi putih, lalapan", "", ""),
    ("meal", "pengen banget martabak manis keju coklat, tapi tahan. cuma makan pisang rebus", "", ""),
    ("meal", "nasi goreng kampung di warung, kecap manis dan terasi, nggak pakai kerupuk", "soy sugar", "wheat"),
    ("meal", "tantangan jagung hari ini: jagung rebus 1 tongkol + perkedel jagung (ada tepung terigu dikit)", "corn wheat", ""),
    ("meal", "sayur asem, tahu goreng, sambal terasi. tahu hari ini ga sengaja, belum jadwal kedelai", "soy", "sugar"),  # why: sayur asem and sambal often include palm sugar
]

# --- Greek / Russian / Arabic / Hebrew labels ---
BLIND29_CASES += [
    ("label", "ΦΥΤΙΚΟ ΡΟΦΗΜΑ ΑΜΥΓΔΑΛΟΥ χωρίς ζάχαρη. Συστατικά: νερό, αμύγδαλα (2,3%), ανθρακικό ασβέστιο, θαλασσινό αλάτι, σταθεροποιητές (κόμμι ξανθάνης, κόμμι ψυχανθών), γαλακτωματοποιητής (λεκιθίνη ηλίανθου). Χωρίς γλουτένη. Vegan.", "", "corn"),  # why: xanthan gum possible corn; sunflower lecithin not soy
    ("label", "ΤΑΧΙΝΙ με ΜΕΛΙ Χαλβάς Μακεδονικός. Συστατικά: ταχίνι (50%), ζάχαρη, γλυκόζη, σαπωνόριζα, βανιλίνη. Μπορεί να περιέχει ίχνη ξηρών καρπών, γάλακτος.", "sugar", "corn dairy"),
    ("label", "Παξιμάδια κριθαρένια Κρήτης. Συστατικά: αλεύρι κριθαριού (70%), αλεύρι σίτου, ελαιόλαδο, αλάτι, προζύμι.", "wheat", ""),
    ("label", "Протеиновый батончик Bombbar без сахара. Состав: молочный белок, соевый белок, мальтит, какао-масло, кокосовое масло, ... эмульгатор лецитин. Может содержать следы глютена, арахиса.", "dairy soy", "wheat"),  # why: lecithin here likely soy given soy protein but already definite; maltitol not sugar
    ("label", "Хлебцы гречневые «Доктор Кёрнер». Состав: крупа гречневая, соль. Без глютена. Могут содержать следы кунжута.", "", ""),
    ("label", "Кефир Простоквашино 3,2%. Состав: молоко нормализованное, закваска на кефирных грибках.", "dairy", ""),
    ("label", "Соус соевый Kikkoman натурально сваренный. Состав: вода, соевые бобы, пшеница, соль.", "soy wheat", ""),
    ("label", "Сгущённое молоко Рогачёв. Сос тав: молоко цельное, сахар. Массовая доля жира 8,5 %. ГОСТ 31688", "dairy sugar", ""),  # why: OCR gap
    ("label", "معجون تمر ١٠٠٪ (عجوة التمر). المكونات: تمر منزوع النوى. بدون سكر مضاف. خالٍ من الغلوتين.", "", ""),
    ("label", "بسكويت شوفان خالي من الغلوتين. المكونات: شوفان خالٍ من الغلوتين، سكر بني، زبدة، دقيق الأرز، عسل، بيكربونات الصوديوم. يحتوي على: حليب.", "sugar dairy", ""),
    ("label", "حليب اللوز غير محلى (ألبرو). المكونات: ماء، لوز (2%)، كربونات الكالسيوم، ملح بحري، مثبت (جلان)، مستحلب (ليسيثين عباد الشمس)، فيتامينات. نباتي.", "", ""),
    ("label", "حلاوة طحينية الكسيح ... المكونات: طحينة السمسم، سكر، جلوكوز، مستخلص عرق الحلاوة، فانيلا. قد يحتوي على آثار من الفول السوداني والحليب.", "sugar", "corn dairy"),
    ("label", "במבה אוסם. רכיבים: גריסי תירס (60%), חמאת בוטנים (30%), שמן צמחי (דקל), מלח, ויטמינים. מכיל בוטנים. עלול להכיל סויה, שומשום ואגוזים.", "corn", "soy"),  # why: peanut butter is not dairy
    ("label", "טחינה גולמית הר ברכה. רכיבים: 100% שומשום מלא קלוי. ללא גלוטן, טבעוני, כשר פרווה.", "", ""),
    ("label", "חטיף חלבון גו פרו (ללא תוספת סוכר). רכיבים: חלבון מי גבינה (חלב), סיבים תזונתיים (אינולין), חמאת קקאו, מלטיטול, סויה... עלול להכיל גלוטן.", "dairy soy", "wheat"),  # why: whey; cocoa butter trap; maltitol not sugar
]

# --- Chinese / Vietnamese / Thai / Indonesian labels ---
BLIND29_CASES += [
    ("label", "李锦记 薄盐生抽。配料：水、非转基因黄豆、小麦粉、食用盐、白砂糖、酵母抽提物。过敏原信息：含有大豆、小麦。", "soy wheat sugar", ""),
    ("label", "无麸质 酱油 Gluten-free soy sauce（Kikkoman 无麸质）配料：水、大豆、盐、米、醋。不含小麦。", "soy", ""),
    ("label", "维他奶 原味豆奶。配料：水、非转基因大豆、白砂糖。", "soy sugar", ""),
    ("label", "燕麦奶 OATLY 咖啡大师。配料：水、燕麦、菜籽油、磷酸氢二钾、碳酸钙、食用盐。可能含有麸质。", "", "wheat"),
    ("label", "蛋白棒 低糖 0蔗糖 配料：乳清蛋白粉（乳）、大豆分离蛋白、麦芽糖醇、可可脂、巧克力、聚葡萄糖、大豆磷脂。致敏物质：含乳制品、大豆。", "dairy soy", "sugar"),  # why: unspecified chocolate likely contains sugar despite "0蔗糖" claim
    ("label", "玉米脆片 原味 配料：玉米粉、植物油、白砂糖、食用盐、麦芽糊精。", "corn sugar", "soy"),  # why: unnamed vegetable oil; corn already definite
    ("label", "Nước tương Chinsu tỏi ớt. Thành phần: nước, đường, muối, đạm đậu nành thủy phân, tỏi, ớt, chất điều vị (621), chất bảo quản, màu caramel (150c). Có chứa đậu nành.", "soy sugar", "corn wheat"),  # why: hydrolysed soy protein may involve wheat; caramel colour possible corn
    ("label", "Sữa hạt sen + óc chó (Vinamilk Super Nut). Thành phần: nước, hạt óc chó, hạt sen, đường tinh luyện, hạt điều, chất nhũ hóa (lecithin), ... Không chứa sữa bò.", "sugar", "soy"),  # why: unqualified lecithin possible soy
    ("label", "Bánh tráng gạo Tây Ninh. Thành phần: bột gạo, bột năng, muối, nước. Không gluten.", "", ""),
    ("label", "น้ำปลาแท้ ตราปลาหมึก ส่วนประกอบ: ปลากะตัก 70% เกลือ 25% น้ำตาล 5%", "sugar", ""),
    ("label", "นมถั่วเหลือง แลคตาซอย สูตรหวานน้อย ส่วนประกอบ: น้ำ, ถั่วเหลือง 13%, น้ำตาล 3%, น้ำมันถั่วเหลือง ... ไม่มีนมวัว", "soy sugar", ""),
    ("label", "ซอสหอยนางรม ส่วนประกอบ: น้ำ, น้ำตาล, สารสกัดหอยนางรม 18%, เกลือ, แป้งข้าวโพดดัดแปร, วัตถุปรุงแต่งรส, สีคาราเมล, แป้งสาลี. มีข้าวสาลี", "sugar corn wheat", ""),  # why: แป้งข้าวโพดดัดแปร is modified corn starch; wheat flour listed
    ("label", "Kecap Manis ABC. Komposisi: gula merah, air, garam, kedelai hitam, gandum, ... pengawet natrium benzoat. Mengandung kedelai dan gandum.", "soy sugar wheat", ""),
    ("label", "Tempe kemasan Rumah Tempe. Komposisi: kacang kedelai, ragi tempe. Tanpa pengawet.", "soy", ""),
    ("label", "Kerupuk Udang Finna. Komposisi: tepung tapioka, udang 20%, gula, garam, bawang putih, penyedap rasa (MSG). Bebas gluten?? tidak tertulis.", "sugar", ""),
    ("label", "Pocari Sweat. Komposisi: Air, Gula, Pengatur Keasaman (Asam Sitrat, Natrium Sitrat), Natrium Klorida, Kalium Klorida, Kalsium Laktat, Magnesium Karbonat, Perisa Sintetik.", "sugar", "corn"),  # why: calcium lactate is not dairy; citric acid possible corn
    ("label", "Gula aren cair organik (palm sugar syrup). Komposisi: nira aren 100%. Tanpa gula tebu.", "sugar", ""),  # why: palm sugar syrup is an added sugar even if not cane
    ("label", "Susu Kedelai UltraJaya sari kedelai. Kompos1si: air, kedela i, gu la, penstabil nabati (karagenan). Tanpa susu sapi. Halal.", "soy sugar", ""),  # why: OCR-broken kedelai/gula
]

# --- Mixed-language diary lines and protocol talk ---
BLIND29_CASES += [
    ("meal", "aaj lunch mein rajma chawal, no roti. dinner plan hai moong dal cheela, tomorrow dahi challenge start karna hai", "", ""),  # why: only lunch eaten; dinner and dahi are plans
    ("meal", "Hinglish update: chai pi li with full cream doodh aur 1 spoon cheeni 😬 slip, baaki din clean", "dairy sugar", ""),
    ("meal", "kumain ako ng champorado kanina, with evap pa. chocolate, malagkit, sugar, milk. sorry Doc 🙏", "sugar dairy", ""),
    ("meal", "breakfast: longganisa, sinangag, itlog. yung longganisa may asukal sure", "sugar", "soy"),  # why: Filipino longganisa is sweetened; some recipes use soy sauce
    ("meal", "desayuno rápido: avocado toast on Udi's gluten free bread y un cafecito con leche de almendra", "", ""),
    ("meal", "Me comí un Subway footlong turkey, the bread is wheat obviously y le pusieron cheese aunque dije no cheese 😤", "wheat dairy", "sugar soy"),  # why: cheese went on anyway; Subway bread has sugar and soy flour in many markets
    ("meal", "ce soir j'ai fait un stir-fry avec du tofu pis du tamari sans gluten, c'était le soy challenge jour 1", "soy", ""),
    ("meal", "zum Lunch nur ein Poke Bowl mit Lachs, Edamame und Ponzu – Edamame vergessen rauszunehmen, Ponzu ist ja auch mit Soja", "soy", "wheat sugar"),  # why: ponzu is usually soy-sauce based with wheat and often sugar
    ("meal", "ana akalt kunafa bas small piece, and then shawarma djej bil khubz. wheat & dairy both. yalla start again from day 1", "wheat dairy sugar", "soy corn"),  # why: kunafa is wheat pastry, cheese, sugar syrup; shawarma marinade/oil
    ("meal", "hôm nay ăn cơm tấm sườn, nước mắm ngọt, bì, chả. chả có bột mì không nhỉ?", "sugar", "wheat"),  # why: nuoc mam dressing and sườn marinade are sweet; chả trứng sometimes uses flour/vermicelli
    ("meal", "makan siang: soto ayam tanpa emping, nasi. dinner rencananya tahu bacem tapi besok aja waktu soy challenge", "", ""),
    ("meal", "ate ka-nom krok from the market, rice flour + coconut cream + sugar. only 3 pieces", "sugar", ""),
    ("meal", "my naturopath said no maltodextrin so I checked my electrolyte sachet — it has maltodextrin (from corn). had it after the run already 🤦", "corn", ""),
    ("meal", "lunch was leftover chicken curry I made with coconut milk, but hubby added a dollop of yoghurt to the pot when I wasn't looking", "dairy", ""),
    ("meal", "tried a bite of my daughter's cupcake to 'check the frosting' — spat it out. does that count? swallowed a tiny bit honestly", "wheat dairy sugar", ""),  # why: a swallowed bite counts as exposure
    ("meal", "had a corn-free, soy-free, wheat-free 'paleo' muffin from the farmers market — almond flour, coconut sugar, eggs, coconut oil", "sugar", ""),  # why: coconut sugar is an added sugar
    ("meal", "lunch: leftover bolognese on zucchini noodles. the sauce was Dolmio… which I think has sugar", "sugar", ""),
    ("meal", "was going to do the wheat challenge today with weetbix but woke up with a migraine so postponed. ate eggs + spinach", "", ""),
    ("meal", "wait, scratch yesterday's entry — the 'rice noodles' in the pho were actually egg noodles (mì), so wheat", "wheat", "sugar"),  # why: correction; mì trứng are wheat noodles, pho broth often sweetened
    ("meal", "dinner: sweet potato & black bean chili. added 1 tbsp maple syrup to balance the tomatoes", "", "sugar"),  # why: maple syrup is a natural sweetener, possible per the protocol
    ("meal", "breakfast: chia pudding w/ coconut yoghurt (CoYo), berries, drizzle of honey", "", "sugar"),
    ("meal", "everyone at the table had garlic naan and butter chicken. I had tandoori chicken tikka and plain rice. marinade had yoghurt though, forgot", "dairy", ""),  # why: tikka marinade is yoghurt-based
    ("meal", "sugar snap peas, hummus, carrot sticks, a boiled egg. tiny lunch", "", ""),  # why: sugar snap peas are a trap
    ("meal", "sipped a Diet Coke at the work thing. aspartame not sugar right? but caramel colour...", "", "corn"),  # why: diet cola has no sugar; caramel colour possible corn
    ("meal", "drank a glass of kombucha (GT's) - naturopath ok'd it, it's fermented with cane sugar but most is eaten by the culture", "", "sugar"),  # why: residual sugar from fermentation, possible
    ("meal", "peppercorn steak, no sauce because the sauce is cream, with green beans and mashed cauliflower (olive oil)", "", ""),  # why: peppercorn and unicorn-type traps; cream sauce skipped
    ("meal", "buckwheat soba — 100% juwari, I checked, with tamari dipping sauce (wheat free)", "soy", ""),
    ("meal", "soba from the convenience store, I think it's the 80/20 kind with wheat flour. plus mentsuyu", "wheat soy sugar", ""),  # why: standard soba contains wheat; mentsuyu is soy sauce with sugar/mirin
    ("meal", "second thoughts about the salad dressing at the cafe — tasted sweet and creamy. asked after: honey mustard with mayo", "", "sugar"),  # why: honey possible; commercial mayo may be sweetened
    ("meal", "rice cakes with avocado. 'Thin' corn cakes were in the cupboard too but I left them", "", ""),
    ("meal", "dairy reintro went badly (bloated, skin flare) so back to full elimination: oats GF, banana, pumpkin seeds", "", ""),
    ("meal", "small bowl of Cheerios with almond milk for the kids and me - gah oats + corn starch + sugar", "sugar corn", "wheat"),  # why: Cheerios list corn starch and sugar; oats cross-contact
    ("meal", "butter chicken curry at the Indian place... actually I ordered chicken madras, no cream. the waiter confirmed oil not ghee", "", ""),  # why: correction to madras made without dairy
    ("meal", "unicorn frappuccino for my niece, not for me. I had sparkling water", "", ""),
    ("meal", "corned beef hash at the diner (homemade corned beef, potatoes, onion), fried egg. cooked on the griddle with butter probably", "", "dairy"),  # why: corned beef is a trap; diner griddles often use butter
]

# --- More pasted labels, OCR-broken and multilingual ---
BLIND29_CASES += [
    ("label", "VEGAN PROTEIN Pea & Rice Chocolate (MyProtein). Ingredients: Pea Protein Isolate (60%), Brown Rice Protein (20%), Cocoa Powder, Flavouring, Sweetener (Sucralose). May contain Milk, Soy, Egg, Gluten.", "", "dairy soy wheat"),
    ("label", "lngred ients: Whey Protein Co ncentrate (MlLK), Cocoa, Sw eetener (Suc ralose), Emulsifier (S0Y Lecithin), Salt. Allergy Advice: For allergens see ingredients in bold.", "dairy soy", ""),  # why: OCR-broken MILK/SOY
    ("label", "Keto Bread Mix (Lo-Dough?) — almond flour, coconut flour, psyllium husk, egg white powder, baking powder (sodium bicarbonate, sodium acid pyrophosphate, corn starch), xanthan gum, salt.", "corn", ""),  # why: the baking powder contains corn starch
    ("label", "Rude Health Ultimate Almond Drink. Ingredients: Water, Almonds (7%). Nothing else. 'Unsweetened'.", "", ""),
    ("label", "Huel Powder v3.0 Vanilla: Oats, Pea Protein, Ground Flaxseed, Brown Rice Protein, Natural Flavourings, Micronutrient Blend, MCT Powder (from Coconut), Sunflower Oil Powder, Thickener (Xanthan Gum), Sweetener (Sucralose). Vegan. Contains oats.", "", "wheat corn"),  # why: regular oats cross-contact; xanthan possible corn
    ("label", "Hemp Seed Hearts, shelled. 100% hemp. Packed in a facility that also handles soy and tree nuts.", "", "soy"),
    ("label", "PROBAR Meal Bar Superfood Slam: Organic Brown Rice Syrup, Organic Oats, Organic Almond Butter, Organic Dates, Organic Cashews, ... Organic Cane Sugar, Sea Salt. Vegan, Non-GMO, Gluten Free? (not certified). May contain soy.", "sugar", "wheat soy"),
    ("label", "Maple Grove Farms Pure Maple Syrup Grade A Amber. Ingredients: 100% pure maple syrup.", "", "sugar"),  # why: maple syrup: natural sweetener, possible per domain
    ("label", "Ingredienser: havre* 40 %, solsikkekerner*, rosiner*, kokos*, honning*, rapsolie*. *økologisk. Glutenfri havre. (Urtekram Müsli)", "", "sugar"),  # why: gluten-free oats; honey possible
    ("label", "Zutaten: Reis*, Mais*, Meersalz. *aus biologischem Anbau. (Reis-Mais-Waffeln, Alnatura) Glutenfrei.", "corn", ""),
    ("label", "Veg. Burger 'Beyond Meat'. Ingredients: Water, Pea Protein, Expeller-Pressed Canola Oil, Refined Coconut Oil, Rice Protein, Natural Flavors, Dried Yeast, Cocoa Butter, Methylcellulose, Potato Starch, Apple Extract, Salt, Potassium Chloride, Vinegar, Lemon Juice Concentrate, Sunflower Lecithin, Pomegranate Fruit Powder, Beet Juice Extract. Soy free, gluten free.", "", ""),
    ("label", "Ingrédients : lait de coco 75% (extrait de noix de coco, eau), amidon de tapioca, sucre de canne, arôme naturel, ferments. Yaourt végétal coco (Les Deux Vaches?) Sans lactose.", "sugar", ""),  # why: coconut milk is not dairy
    ("label", "INGREDIENTI: riso integrale* 99%, sale marino. Gallette di riso soffiato, SENZA GLUTINE. Prodotto in uno stabilimento che utilizza mais e soia.", "", "corn soy"),
    ("label", "Składniki... no wait it's Czech: Složení: sójové boby 60 %, voda, sůl. Natto (Japonský fermentovaný výrobek). Obsahuje sóju.", "soy", ""),
    ("label", "Electrolyte Tabs NUUN Sport Lemon Lime: citric acid, sodium bicarbonate, potassium bicarbonate, dextrose, sorbitol, natural flavors, magnesium sulfate, ... stevia leaf extract. 1g sugar.", "sugar", "corn"),  # why: dextrose is sugar; dextrose/sorbitol/citric acid possible corn
    ("label", "Cashew 'cheese' spread (Miyoko's). Organic cashew milk (filtered water, organic cashews), organic coconut oil, sea salt, organic mushroom extract, cultures. Vegan. Dairy free.", "", ""),
    ("label", "Leksands Knäckebröd Runda Normalgräddat. Ingredienser: fullkornsrågmjöl, vatten, salt, jäst. Kan innehålla spår av vete.", "", "wheat"),  # why: rye crispbread; may-contain wheat
    ("label", "ΓΑΛΑ ΚΑΡΥΔΑΣ κονσέρβα Thai Kitchen: εκχύλισμα καρύδας, νερό, κόμμι γκουάρ. Χωρίς γαλακτοκομικά.", "", ""),
    ("label", "Pure whey isolate 'Clear' Peach Tea: Whey protein isolate (MILK), acids (citric acid, malic acid), flavouring, antifoaming agent, sweetener (sucralose), colour (beetroot red). Tastes like juice, not like milk!", "dairy", "corn"),
    ("label", "JAMÓN cocido extra (ElPozo BienStar). Ingredientes: jamón de cerdo, sal, dextrosa, antioxidante (ascorbato sódico), conservador (nitrito sódico). Sin gluten. Sin lactosa.", "sugar", "corn"),  # why: dextrose
    ("label", "Ryvita Thins Multigrain? Ingredients: wheat flour, rye flour, sesame seeds, wholegrain rye flour, spelt flour, barley malt extract, sunflower oil, yeast, salt. Contains: wheat, rye, barley, spelt.", "wheat", ""),
    ("label", "Ingrediënten: tarwebloem, suiker, plantaardige olie (palm), cacao, glucose-fructosestroop, zout, rijsmiddel, emulgator (sojalecithine), aroma. Kan melk bevatten. (Liga? Sultana?)", "wheat sugar soy", "dairy corn"),  # why: glucose-fructose syrup possible corn
    ("label", "Ainesosat: perunatärkkelys, maissitärkkelys, riisijauho, sokeri, kasviöljy (rypsi), suola, sakeuttamisaine (ksantaani). Gluteeniton jauhoseos, Semper.", "corn sugar", ""),
    ("label", "Fit Snack KETO Chips?? ingr: parmesan cheese 100%. Baked. Zero carb.", "dairy", ""),
    ("label", "Chocolate Negro 85% Lindt Excellence. Ingredientes: pasta de cacao, cacao desgrasado, manteca de cacao, azúcar morena, vainilla. Puede contener: leche, avellanas, soja.", "sugar", "dairy soy"),  # why: manteca de cacao is cocoa butter
    ("label", "SPORTS DRINK POWDER (Tailwind Endurance Fuel Naked): dextrose, sucrose, sodium citrate, potassium chloride, magnesium citrate. Gluten free, dairy free, soy free, vegan.", "sugar", "corn"),
    ("label", "Sweet corn kernels canned (Green Giant Niblets). Ingredients: corn, water, sugar, salt.", "corn sugar", ""),
    ("label", "Kokosbloesemsuiker biologisch (Your Organic Nature). Ingrediënten: 100% kokosbloesemsuiker. Vegan.", "sugar", ""),
    ("label", "GLUTEN FREE TAMARI?? no — this is Kikkoman regular: water, wheat, soybeans, salt, sodium benzoate.", "wheat soy", ""),
    ("label", "Yeo's Soy Milk Malt?? No: Yeo's Soya Bean Drink: water, soya beans, sugar. Halal.", "soy sugar", ""),
]

# --- Québec label ---
BLIND29_CASES += [
    ("label", "Tartinade Sans noix ni produits laitiers « Wowbutter » (soya). Ingrédients : protéine de soya grillée, huile de soya, sucre de canne, sel, huile de palme. Sans arachides. Sans gluten.", "soy sugar", ""),  # why: "butter" in the name is a trap; soy-based spread
]
