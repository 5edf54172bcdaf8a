# ruff: noqa: E501
"""Blind labelled corpus 13: worldwide mix of meals and packaged-food labels for the five-group flagging engine."""

BLIND13_CASES: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------------------
# Jess, Columbus Ohio, USA: all lower case, Trader Joe's / Target / Chipotle
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "day 1!! black coffee, 2 scrambled eggs in olive oil, half an avocado", "", ""),
    ("meal", "chipotle bowl: brown rice, black beans, chicken, fajita veggies, mild salsa, guac. no cheese no sour cream", "", ""),
    ("meal", "chipotle burrito w carnitas, sofritas on the side, corn salsa and queso", "wheat dairy corn soy", "sugar"),  # why: flour tortilla, queso, corn salsa, sofritas = tofu
    ("meal", "leftover chipotle bowl from yesterday but i added the tortilla chips", "corn", ""),
    ("meal", "banana + almond butter", "", ""),
    ("meal", "tj's everything but the bagel seasoning on cucumbers", "", ""),
    ("meal", "starbucks grande oat milk latte, no syrup", "", "sugar"),  # why: oatly barista has no added sugar but starbucks oat milk may be sweetened; no dairy
    ("meal", "starbucks caramel macchiato w 2% milk", "dairy sugar", "corn"),
    ("meal", "slipped. had a slice of pepperoni pizza at the office party 😩", "wheat dairy", "sugar corn soy"),
    ("meal", "sweet potato fries baked at home w avocado oil & sea salt", "", ""),
    ("meal", "lunch: big salad, spinach, grilled chicken, sugar snap peas, cherry tomatoes, lemon + evoo", "", ""),
    ("meal", "honey nut cheerios w 2% milk (i know i know)", "dairy sugar", "corn"),
    ("meal", "dinner was salmon, quinoa and roasted brussels sprouts w balsamic", "", "sugar"),
    ("meal", "oops i mean the balsamic glaze not plain balsamic, the one from tj's", "sugar", "corn"),
    ("meal", "popcorn at the movies, medium, extra butter topping", "corn", "dairy soy"),  # why: theater "butter" topping is usually soybean oil based
    ("meal", "applesauce cup unsweetened + handful of cashews", "", ""),
    ("meal", "target good & gather plain greek yogurt w blueberries", "dairy", ""),
    ("meal", "chick-fil-a grilled nuggets 8ct and a fruit cup, no sauce", "", "soy sugar"),  # why: marinade contains soy/sugar in some recipes
    ("meal", "chick fil a spicy chicken sandwich + waffle fries + sweet tea", "wheat sugar", "dairy soy corn"),
    ("meal", "same as yesterday but no sweet tea, just water", "", ""),
    ("meal", "turkey lettuce wraps w mustard", "", "sugar corn"),  # why: deli turkey often contains dextrose/sugar
    ("label", "Trader Joe's Organic Creamy Salted Peanut Butter. Ingredients: Organic Dry Roasted Peanuts, Sea Salt.", "", ""),
    ("label", "Trader Joe's Mandarin Orange Chicken. Ingredients: Chicken, Water, Sugar, Wheat Flour, Soybean Oil, Modified Corn Starch, Orange Peel, Soy Sauce (Water, Wheat, Soybeans, Salt), Rice Vinegar, Garlic, Ginger, Yeast Extract, Leavening. Contains: Wheat, Soy.", "wheat corn soy sugar", ""),
    ("label", "Siete Grain Free Tortilla Chips Sea Salt. Ingredients: Cassava Flour, Avocado Oil, Coconut Flour, Chia Seed, Sea Salt.", "", ""),  # why: cassava and coconut flour are qualified, not wheat
    ("label", "Kirkland Signature Organic Almond Beverage Unsweetened Vanilla. Ingredients: Organic Almond Base (Filtered Water, Organic Almonds), Calcium Carbonate, Natural Flavors, Sea Salt, Gellan Gum, Sunflower Lecithin, Potassium Citrate, Vitamin A Palmitate, Vitamin D2.", "", ""),
    ("label", "RXBAR Chocolate Sea Salt. Ingredients: Dates, Egg Whites, Cashews, Almonds, Chocolate, Cocoa, Sea Salt, Natural Flavors. Contains: Egg, Almonds, Cashews. May contain peanuts, soy and milk.", "", "sugar soy dairy"),  # why: "chocolate" implies sugar; may-contain soy/milk
    ("label", "Lay's Classic Potato Chips. Ingredients: Potatoes, Vegetable Oil (Sunflower, Corn, and/or Canola Oil), Salt.", "", "corn"),
    ("label", "Dave's Killer Bread 21 Whole Grains and Seeds. Ingredients: Organic whole wheat (organic whole wheat flour, organic cracked whole wheat), water, organic cane sugar, organic oat fiber, organic wheat gluten, organic molasses, seeds, sea salt, organic cultured wheat flour, organic vinegar, yeast.", "wheat sugar", ""),
    ("label", "Heinz Tomato Ketchup. Ingredients: Tomato Concentrate from Red Ripe Tomatoes, Distilled Vinegar, High Fructose Corn Syrup, Corn Syrup, Salt, Spice, Onion Powder, Natural Flavoring.", "corn sugar", ""),
    ("label", "Good & Gather Unsweetened Applesauce. Ingredients: Apples, Water, Ascorbic Acid (Vitamin C).", "", ""),
]

# ---------------------------------------------------------------------------
# Marcus, San Antonio Texas, USA: Tex-Mex, H-E-B, Whataburger, shorthand
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "bkfst tacos x2 from the taco truck, egg potato n chorizo on flour tortillas", "wheat", "corn soy"),
    ("meal", "breakfast tacos again but on corn tortillas this time, egg and bacon", "corn", "sugar"),
    ("meal", "whataburger #1 w cheese, med fries, dr pepper", "wheat dairy sugar", "corn soy"),
    ("meal", "brisket, pinto beans, potato salad and white bread at the bbq joint", "wheat", "sugar dairy"),
    ("meal", "smoked brisket salt n pepper only, side of coleslaw", "", "sugar dairy soy"),  # why: coleslaw dressing: sugar, mayo (soybean oil), sometimes buttermilk
    ("meal", "fajitas beef w grilled onions peppers, guac, pico, corn tortillas", "corn", "soy"),  # why: fajita marinade often has soy sauce
    ("meal", "fajitas w lettuce wraps instead of tortillas, no marinade just lime n salt", "", ""),
    ("meal", "cheese enchiladas w chili gravy, rice n beans", "dairy corn", "wheat"),  # why: chili gravy is flour-thickened
    ("meal", "menudo on sunday w hominy", "corn", ""),
    ("meal", "elote in a cup w mayo, cotija, tajin", "corn dairy", "soy"),
    ("meal", "grilled chicken breast, black beans, pico de gallo", "", ""),
    ("meal", "tamales (pork) x3 from my tia", "corn", ""),  # why: masa; lard usually, not dairy
    ("meal", "topo chico and a bag of takis 🔥", "corn", "soy sugar"),
    ("meal", "shiner bock w dinner", "", "wheat corn"),  # why: beer: barley malt, adjunct grain possible
    ("meal", "ribeye, baked potato w butter and sour cream, side salad ranch", "dairy", "soy sugar"),
    ("meal", "same ribeye dinner but plain potato and olive oil on the salad", "", ""),
    ("meal", "kolache w sausage from the donut shop", "wheat", "sugar dairy"),
    ("meal", "peppercorn crusted steak + asparagus", "", ""),
    ("meal", "corned beef hash from the can w 2 eggs", "", "corn sugar"),  # why: corned beef is not corn; canned hash may contain dextrose/corn syrup
    ("label", "H-E-B Mi Tienda Corn Tortillas. Ingredients: Corn Masa Flour, Water, Contains 2% or less of: Cellulose Gum, Propionic Acid, Benzoic Acid, Guar Gum, Phosphoric Acid.", "corn", ""),
    ("label", "Mission Flour Tortillas Soft Taco. Ingredients: Enriched Bleached Flour (Wheat Flour, Niacin, Reduced Iron, Thiamine Mononitrate, Riboflavin, Folic Acid), Water, Vegetable Shortening (Interesterified Soybean Oil, Hydrogenated Soybean Oil, Palm Oil), Contains 2% or less of: Salt, Leavening, Sugar, Distilled Monoglycerides, Enzymes, Wheat Starch, Calcium Carbonate, Antioxidants, Fumaric Acid, Cellulose Gum, Preservatives.", "wheat soy sugar", "corn"),
    ("label", "Takis Fuego Rolled Tortilla Chips. Ingredients: Corn Masa Flour, Vegetable Oil (Palm Oil and/or Soybean Oil and/or Canola Oil), Seasoning (Maltodextrin, Salt, Sugar, Monosodium Glutamate, Citric Acid, Hydrolyzed Soy Protein, Artificial Color), Sodium Bicarbonate.", "corn soy sugar", "wheat"),
    ("label", "Hormel Corned Beef Hash. Ingredients: Beef, Potatoes, Water, Contains 2% or less of: Salt, Sugar, Dehydrated Onions, Sodium Nitrite, Flavorings, Spice.", "sugar", ""),
    ("label", "Dr Pepper. Carbonated Water, High Fructose Corn Syrup, Caramel Color, Phosphoric Acid, Natural and Artificial Flavors, Sodium Benzoate, Caffeine.", "corn sugar", ""),
    ("label", "Diet Dr Pepper. Carbonated Water, Caramel Color, Aspartame, Phosphoric Acid, Natural and Artificial Flavors, Sodium Benzoate, Caffeine, Citric Acid.", "", "corn"),
    ("label", "Wolf Brand Chili No Beans. Ingredients: Beef, Water, Chili Powder, Textured Vegetable Protein (Soy Flour, Caramel Color), Contains Less Than 2% of: Salt, Flour, Modified Corn Starch, Spices, Onion.", "soy wheat corn", ""),
]

# ---------------------------------------------------------------------------
# Priya, London UK: British-Indian, Tesco / Sainsbury's / Pret / Nando's
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "Porridge with water, made with Flahavan's oats, topped with berries", "", "wheat"),  # why: oats: cross-contact only
    ("meal", "Pret crayfish and avocado no-bread pot", "", "sugar soy"),
    ("meal", "Pret flat white with oat milk", "", "sugar"),
    ("meal", "Nando's half chicken medium, spicy rice and macho peas", "", "dairy sugar"),
    ("meal", "Nando's quarter chicken lemon & herb with chips and garlic bread. Not my best day", "wheat", "dairy corn soy"),
    ("meal", "mum's dal tadka with jeera rice (she uses ghee for the tadka)", "dairy", ""),
    ("meal", "dal with rice again but I made it myself with mustard oil, no ghee", "", ""),
    ("meal", "2 chapatis with aloo gobi", "wheat", "dairy"),
    ("meal", "besan chilla with coriander chutney", "", ""),
    ("meal", "Sainsbury's sushi pack – salmon nigiri and cucumber maki, with the little soy sauce", "soy wheat sugar", "corn"),  # why: sushi rice is seasoned with sugar
    ("meal", "cuppa with semi-skimmed and a digestive", "dairy wheat sugar", ""),
    ("meal", "builder's tea, splash of Oatly, no sugar", "", ""),
    ("meal", "jacket potato with tuna and sweetcorn, bit of mayo", "corn", "soy sugar"),
    ("meal", "Sunday roast: roast chicken, roast potatoes in goose fat, carrots, parsnips, Yorkshire pud, gravy from granules", "wheat dairy", "corn soy sugar"),  # why: Yorkshire pudding is flour+milk; gravy granules: wheat, maltodextrin
    ("meal", "roast chicken leftovers, no gravy, with a green salad", "", ""),
    ("meal", "fish and chips from the chippy, mushy peas", "wheat", "sugar"),
    ("meal", "paneer tikka from the takeaway", "dairy", ""),
    ("meal", "chicken tikka masala + pilau rice + peshwari naan", "dairy wheat sugar", "corn"),
    ("meal", "Crunchie bar at work, slip 🙈", "sugar dairy", "corn wheat soy"),
    ("label", "Tesco British Semi Skimmed Milk 2.27L. Ingredients: Semi skimmed milk.", "dairy", ""),
    ("label", "McVitie's Digestives The Original. Ingredients: Flour (42%) (Wheat Flour, Calcium, Iron, Niacin, Thiamin), Vegetable Oil (Palm), Wholemeal Wheat Flour (21%), Sugar, Glucose-Fructose Syrup, Raising Agents (Sodium Bicarbonate, Malic Acid, Ammonium Bicarbonate), Salt. Contains: Wheat.", "wheat sugar", "corn"),
    ("label", "Bisto Chicken Gravy Granules. Ingredients: Potato Starch, Maltodextrin, Salt, Wheat Flour, Palm Oil, Flavour Enhancers (E621, E627, E631), Colour (Ammonia Caramel), Sugar, Chicken Fat, Onion Powder, Flavourings. Allergy advice: for allergens see ingredients in bold.", "wheat sugar", "corn"),
    ("label", "Alpro Soya Original. Ingredients: Water, hulled soya beans (5.9%), sugar, acidity regulator (potassium phosphates), calcium (calcium carbonate), stabiliser (gellan gum), sea salt, flavouring, vitamins (riboflavin (B2), B12, D2).", "soy sugar", ""),
    ("label", "Heinz Baked Beanz. Ingredients: Beans (51%), Tomatoes (34%), Water, Sugar, Spirit Vinegar, Modified Cornflour, Salt, Spice Extracts, Herb Extract.", "sugar corn", ""),
    ("label", "Sainsbury's Houmous Reduced Fat. Ingredients: Cooked Chickpeas (Water, Chickpeas), Water, Tahini (Sesame Seed Paste), Rapeseed Oil, Concentrated Lemon Juice, Garlic Purée, Salt, Preservative: Potassium Sorbate.", "", ""),
    ("label", "Warburtons Gluten Free White Sliced Loaf. Ingredients: Water, Tapioca Starch, Rice Flour, Potato Starch, Psyllium Husk, Rapeseed Oil, Sugar Beet Fibre, Humectant: Glycerol, Bamboo Fibre, Yeast, Sugar, Thickener: Hydroxypropyl Methyl Cellulose, Salt. Gluten free.", "sugar", ""),
    ("label", "Cadbury Crunchie. Ingredients: Sugar, Glucose Syrup, Milk Solids, Cocoa Butter, Cocoa Mass, Vegetable Fats (Palm, Shea), Emulsifiers (E442, Soya Lecithin), Flavourings. Milk chocolate contains milk solids 14% minimum. May contain nuts, wheat.", "sugar dairy soy", "corn wheat"),
    ("label", "Pret A Manger Chicken Caesar & Bacon Baguette. Ingredients: Baguette (Wheat Flour, Water, Salt, Yeast), Roast Chicken, Caesar Dressing (Rapeseed Oil, Parmigiano Reggiano (Milk), Egg Yolk, Anchovy, Lemon Juice, Garlic), Smoked Bacon (Pork, Salt, Sugar), Cos Lettuce.", "wheat dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Siobhan, Cork Ireland: Irish, Dunnes / Tesco IE / SuperValu, chatty
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "full Irish minus the toast: 2 rashers, sausages, black pudding, white pudding, fried egg, beans, grilled tomato", "wheat sugar", "dairy corn soy"),  # why: sausages and puddings contain rusk/oatmeal+wheat; beans sugar
    ("meal", "brekkie was just rashers, eggs and tomato, no sausages this time", "", "sugar"),  # why: rashers cured with sugar sometimes
    ("meal", "brown bread with Kerrygold and a cup of Barry's tea with milk", "wheat dairy", "sugar"),
    ("meal", "soda bread my nan made with buttermilk", "wheat dairy", "sugar"),
    ("meal", "bowl of beef and guinness stew, no bread", "", "wheat"),  # why: stew usually flour-thickened
    ("meal", "a toasted special in Centra (ham cheese tomato onion)", "wheat dairy", "sugar"),
    ("meal", "chicken fillet roll from the deli counter w taco mayo", "wheat", "soy sugar corn dairy"),
    ("meal", "Tayto cheese & onion, 1 bag", "dairy", "sugar corn"),
    ("meal", "roast lamb, boiled spuds and carrots, mint sauce", "", "sugar"),
    ("meal", "colcannon with loads of butter 😍", "dairy", ""),
    ("meal", "bacon and cabbage, parsley sauce", "dairy wheat", ""),  # why: parsley sauce is a roux white sauce
    ("meal", "pint of Guinness at the match", "", "wheat"),
    ("meal", "cod baked with lemon, mashed potato with olive oil, peas", "", ""),
    ("meal", "Club Orange and a packet of King crisps on the train", "sugar", "corn"),
    ("label", "Tayto Cheese & Onion Flavour Potato Crisps. Ingredients: Potatoes, Sunflower Oil, Cheese & Onion Flavour (Whey Powder (Milk), Salt, Onion Powder, Lactose (Milk), Dextrose, Flavour Enhancer (Monosodium Glutamate), Cheese Powder (Milk), Yeast Extract, Colour (Annatto)).", "dairy sugar", "corn"),
    ("label", "Clonakilty Black Pudding. Ingredients: Water, Beef Fat, Oatmeal, Onions, Beef Blood, Barley, Wheat Flour, Salt, Spices.", "wheat", ""),
    ("label", "Denny Gold Medal Sausages. Ingredients: Pork (60%), Water, Rusk (Wheat Flour, Salt, Raising Agent), Seasoning (Salt, Dextrose, Spices, Stabiliser: Diphosphates, Antioxidant: Ascorbic Acid, Preservative: Sodium Metabisulphite).", "wheat sugar", "corn"),
    ("label", "Barry's Gold Blend Tea. Ingredients: Black tea.", "", ""),
    ("label", "Kerrygold Pure Irish Butter Salted. Ingredients: Butter (Milk), Salt.", "dairy", ""),
    ("label", "Brennans Wholemeal Bread. Ingredients: Wholemeal Wheat Flour (52%), Water, Wheat Flour, Yeast, Salt, Vegetable Oil (Rapeseed), Soya Flour, Emulsifiers: E471, E472e, Flour Treatment Agent: Ascorbic Acid.", "wheat soy", ""),
    ("label", "Club Orange. Carbonated Water, Orange Juice from Concentrate (5%), Sugar, Orange Juice Cells, Citric Acid, Preservative (Potassium Sorbate), Sweeteners (Acesulfame K, Sucralose), Natural Flavouring, Stabiliser (E445), Colour (Beta-Carotene).", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Liam, Toronto / Montreal Canada: bilingual labels, Tim Hortons, No Name
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "timmies double double and a honey cruller", "dairy sugar wheat", "soy corn"),
    ("meal", "tim hortons black coffee and a farmer's wrap no cheese", "wheat", "soy corn sugar"),
    ("meal", "poutine at the arena, large, extra gravy", "dairy", "wheat corn soy"),  # why: cheese curds; gravy often flour/starch, fries oil
    ("meal", "peameal bacon on a kaiser bun w mustard", "wheat", "sugar"),
    ("meal", "peameal bacon and eggs, no bun", "", "sugar"),
    ("meal", "butter chicken roti from the place on gerrard", "dairy wheat", "sugar"),
    ("meal", "maple syrup on my plain oatmeal, like a tbsp", "", "sugar wheat"),  # why: maple is a natural sweetener (possible); oats cross-contact
    ("meal", "pea soup from scratch (split peas, ham bone, carrots, onion)", "", ""),
    ("meal", "salmon candy from the market bc i couldn't resist", "sugar", ""),
    ("meal", "montreal smoked meat sandwich on rye with mustard, pickle on the side", "wheat", "sugar"),  # why: deli rye is mixed with wheat flour
    ("meal", "st-viateur sesame bagel plain, no cream cheese", "wheat", "sugar"),  # why: montreal bagels are boiled in honey water
    ("meal", "nanaimo bar at my aunt's. fully off the wagon", "wheat dairy sugar", "soy"),
    ("meal", "butternut squash soup I made w coconut milk and ginger", "", ""),
    ("meal", "A&W teen burger combo with root beer", "wheat dairy sugar", "corn soy"),
    ("meal", "bowl of rice with stir fried bok choy and tofu, tamari (the gluten free kind)", "soy", ""),
    ("label", "No Name Maple Flavoured Syrup / Sirop à saveur d'érable. Ingredients: Glucose-fructose, water, sugar, caramel colour, natural and artificial flavours, sodium benzoate. Ingrédients : glucose-fructose, eau, sucre, colorant caramel, arômes naturels et artificiels, benzoate de sodium.", "sugar", "corn"),
    ("label", "Kraft Dinner Original Macaroni & Cheese. Ingredients: Enriched Wheat Flour, Cheese Sauce Mix (Modified Milk Ingredients, Whey, Salt, Sodium Phosphate, Colour, Citric Acid, Lactic Acid). Contains: Wheat, Milk. Ingrédients : Farine de blé enrichie, préparation de sauce au fromage (substances laitières modifiées, lactosérum, sel...).", "wheat dairy", "corn"),
    ("label", "Cheerios Original. Ingredients: Whole Grain Oats, Oat Hull Fibre, Corn Starch, Sugar, Salt, Monoglycerides, Tripotassium Phosphate, Calcium Carbonate, Vitamin E. Avoine de grains entiers, amidon de maïs, sucre, sel.", "corn sugar", "wheat"),
    ("label", "Silk Soy Beverage Unsweetened / Boisson de soya non sucrée. Ingredients: Filtered water, whole organic soybeans, calcium carbonate, sea salt, gellan gum, vitamins. Contains soy / Contient : soya.", "soy", ""),
    ("label", "President's Choice Blue Menu Rice Cakes Lightly Salted. Ingredients: Whole grain brown rice, salt. May contain sesame. / Peut contenir : sésame.", "", ""),
    ("label", "Cracker Barrel Old Cheddar / Cheddar fort. Ingredients: Pasteurized milk, modified milk ingredients, bacterial culture, salt, calcium chloride, microbial enzyme, colour.", "dairy", ""),
    ("label", "Tim Hortons Honey Dip Donut. Ingredients: Enriched wheat flour, water, sugar, palm oil, soybean oil, dextrose, whey powder, soy flour, yeast, salt, mono and diglycerides, honey, corn starch, sodium stearoyl lactylate. Contains: Wheat, Milk, Soy.", "wheat sugar soy dairy corn", ""),
]

# ---------------------------------------------------------------------------
# Chloe, Melbourne Australia: Woolies / Coles, brunch culture, Aussie slang
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "smashed avo on sourdough w feta and poached egg", "wheat dairy", ""),
    ("meal", "smashed avo no toast, on a bed of rocket, poached eggs, dukkah", "", ""),
    ("meal", "long black from the cafe on smith st", "", ""),
    ("meal", "magic w almond milk (almond not dairy!!)", "", "sugar"),  # why: cafe almond milk is often sweetened
    ("meal", "vegemite toast with heaps of butter, old habits 😅", "wheat dairy", "sugar"),
    ("meal", "snag in bread from the bunnings sausage sizzle + tomato sauce + onions", "wheat sugar", "soy corn"),
    ("meal", "tim tam slam with a cuppa. 2 tim tams. don't judge", "wheat dairy sugar", "soy"),
    ("meal", "lamb souvlaki plate no pita, extra salad, tzatziki on the side (didn't eat it)", "", ""),
    ("meal", "Guzman y Gomez burrito bowl, chicken, no cheese, no sour cream, black beans, corn salsa", "corn", ""),
    ("meal", "barramundi on the barbie w lemon, sweet potato wedges, garden salad", "", ""),
    ("meal", "meat pie at the footy with sauce", "wheat sugar", "dairy corn soy"),
    ("meal", "fairy bread at my nephew's party, 2 triangles", "wheat sugar dairy", "corn"),
    ("meal", "pav with cream and passionfruit. xmas ✨", "sugar dairy", "corn"),
    ("meal", "weet-bix w oat milk and banana", "wheat sugar", ""),
    ("meal", "kangaroo steak, roast pumpkin, broccolini", "", ""),
    ("label", "Vegemite. Ingredients: Yeast Extract (from Yeast Grown on Barley and Wheat), Salt, Mineral Salt (508), Malt Extract (from Barley), Colour (150c), Flavour Enhancers (635), Niacin, Thiamine, Riboflavin, Folate. Contains Gluten.", "wheat", "corn"),
    ("label", "Arnott's Tim Tam Original. Ingredients: Sugar, Wheat Flour, Vegetable Oil, Cocoa Butter, Milk Solids, Cocoa Mass, Golden Syrup, Cocoa, Emulsifiers (Soy Lecithin, 476), Salt, Flavour. Contains Wheat, Milk, Soy.", "sugar wheat dairy soy", "corn"),
    ("label", "Sanitarium Weet-Bix. Ingredients: Wholegrain Wheat (97%), Sugar, Salt, Barley Malt Extract, Vitamins (Niacin, Thiamin, Riboflavin, Folate), Mineral (Iron).", "wheat sugar", ""),
    ("label", "Woolworths Tomato Sauce. Ingredients: Tomato Paste (55%), Sugar, Food Acid (260), Salt, Thickener (1422 from Maize), Onion, Spices, Garlic.", "sugar corn", ""),
    ("label", "Sakata Rice Crackers Original. Ingredients: Rice (86%), Vegetable Oil (Sunflower), Sugar, Salt, Flavour Enhancer (621), Soy Sauce Powder (Soybeans, Wheat, Salt, Maltodextrin). Contains Soy, Wheat.", "soy wheat sugar", "corn"),
    ("label", "Bega Peanut Butter Smooth. Ingredients: Peanuts (85%), Vegetable Oil (Canola, Cottonseed), Sugar, Salt, Emulsifiers (Canola Lecithin, 471).", "sugar", ""),
    ("label", "Coles Nature's Kitchen Firm Tofu. Ingredients: Water, Soybeans (40%), Coagulant (Magnesium Chloride). Gluten free. Vegan.", "soy", ""),
    ("label", "Oak Iced Coffee Flavoured Milk 600ml. Ingredients: Milk, Skim Milk Powder, Sugar, Coffee, Thickeners (1442, 407), Flavour.", "dairy sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Aroha, Auckland NZ: kiwi, Countdown / Pak'nSave, boil-up, hāngī
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "boil-up w pork bones, watercress, kumara and doughboys", "wheat", ""),
    ("meal", "boil up again but no doughboys, extra kumara", "", ""),
    ("meal", "hāngī at the marae: lamb, pork, chicken, kūmara, pumpkin, stuffing", "wheat", "dairy"),
    ("meal", "mince and cheese pie from the dairy", "wheat dairy", "soy corn sugar"),
    ("meal", "L&P and a bag of chippies", "sugar", "corn"),
    ("meal", "pineapple lumps, a few. sorry body", "sugar dairy", "corn wheat soy"),
    ("meal", "fish n chips on the beach, battered snapper, kumara chips", "wheat", "corn soy"),
    ("meal", "green-lipped mussels steamed w garlic, white wine and parsley", "", ""),
    ("meal", "pāua fritter at the market", "wheat", "dairy"),
    ("meal", "hokey pokey ice cream cone 🍦", "dairy sugar wheat", "corn"),
    ("meal", "fried bread w golden syrup", "wheat sugar", "dairy"),
    ("meal", "lamb chops, peas and mash made with dairy-free spread", "", "soy"),
    ("label", "Tip Top Hokey Pokey Ice Cream. Ingredients: Cream, Water, Sugar, Milk Solids, Hokey Pokey (8%) (Sugar, Glucose Syrup, Raising Agent (500)), Glucose Syrup, Emulsifier (471), Stabilisers (412, 407, 410), Flavour, Colour (160b).", "dairy sugar", "corn wheat"),
    ("label", "Griffin's Gingernuts. Ingredients: Wheat Flour, Sugar, Golden Syrup, Vegetable Fat, Ginger (2%), Raising Agent (500), Salt. Contains Wheat. May contain Milk, Soy.", "wheat sugar", "dairy soy"),
    ("label", "Pams Kumara Chips. Ingredients: Kumara (Sweet Potato), Canola Oil, Salt.", "", ""),
    ("label", "Lewis Road Creamery Chocolate Milk. Ingredients: Whole Milk (92%), Sugar, Whittaker's Chocolate (Cocoa Mass, Sugar, Cocoa Butter, Milk Solids, Emulsifier (Soy Lecithin)), Cocoa, Thickener (407).", "dairy sugar soy", ""),
    ("label", "Vogel's Original Mixed Grain Bread. Ingredients: Kibbled Wheat, Wheat Flour, Water, Kibbled Rye, Gluten, Yeast, Salt, Vinegar, Soy Flour, Emulsifier (481, 472e), Vitamins.", "wheat soy", ""),
    ("label", "Sanitarium So Good Oat Milk. Ingredients: Water, Oats (10%), Sunflower Oil, Mineral (Calcium Phosphate), Salt, Vitamins. Contains Gluten.", "", "wheat"),  # why: "contains gluten" from oats; wheat cross-contact possible
]

# ---------------------------------------------------------------------------
# Thabo, Johannesburg South Africa: English / Afrikaans / isiZulu mix, PnP, Woolies SA
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "pap and wors with chakalaka, braai on saturday", "corn", "sugar wheat soy"),  # why: pap = maize meal; boerewors may have rusk; chakalaka tins have sugar
    ("meal", "morning: mielie pap with butter and sugar", "corn dairy sugar", ""),
    ("meal", "mealie pap no sugar just a bit of salt and an egg", "corn", ""),
    ("meal", "quarter bunny chow mutton from the place in durban", "wheat", "dairy"),
    ("meal", "biltong and droewors snack bag", "", "sugar"),  # why: biltong cure often includes brown sugar
    ("meal", "bobotie with yellow rice and blatjang", "sugar", "wheat dairy"),  # why: bobotie topping: egg+milk, bread-soaked mince; yellow rice has sugar
    ("meal", "vetkoek with mince", "wheat", "sugar"),
    ("meal", "koeksister x1 from the tannie at church 🙏", "wheat sugar", "dairy"),
    ("meal", "Steers burger and chips, coke", "wheat sugar", "dairy corn soy"),
    ("meal", "Nando's SA quarter chicken, peri peri, spicy rice and coleslaw", "", "sugar soy dairy"),
    ("meal", "umngqusho (samp and beans) with a bit of beef", "corn", ""),
    ("meal", "rooibos tea, plain, no milk no honey", "", ""),
    ("meal", "grilled snoek on the braai with apricot jam glaze", "sugar", ""),
    ("meal", "ek het vanaand net hoender en groente geëet, geen brood nie", "", ""),
    ("meal", "Simba chips (Mrs Ball's chutney flavour) en 'n Fanta", "sugar", "corn dairy"),
    ("label", "Iwisa Super Maize Meal. Ingredients: Maize meal, vitamins and minerals. / Bestanddele: Mieliemeel, vitamiene en minerale.", "corn", ""),
    ("label", "Mrs Ball's Original Recipe Chutney. Ingredients: Sugar, water, dried peaches (9%), dried apricots (4%), vinegar, maize starch, salt, spices. / Bestanddele: Suiker, water, gedroogde perskes, gedroogde appelkose, asyn, mieliestysel, sout, speserye.", "sugar corn", ""),
    ("label", "Woolworths Free Range Beef Boerewors. Ingredients: Beef, pork fat, water, rusk (wheat flour, salt), spices, salt, vinegar, coriander. Contains: Gluten (Wheat).", "wheat", ""),
    ("label", "Koo Chakalaka Mild & Spicy. Ingredients: Water, carrots, onions, cabbage, green peppers, tomato paste, sugar, vegetable oil, modified maize starch, salt, chilli, spices. Bevat: suiker.", "sugar corn", "soy"),
    ("label", "Ouma Rusks Buttermilk. Ingredients: Wheat flour, sugar, vegetable fat, buttermilk powder (8%), raising agents, salt, emulsifier (soya lecithin). Allergens: Wheat (gluten), Milk, Soya.", "wheat sugar dairy soy", ""),
    ("label", "Clover Amasi Fermented Milk. Ingredients: Pasteurised full cream milk, cultures. / Bestanddele: Gepasteuriseerde volroommelk, kulture.", "dairy", ""),
    ("label", "Freshpak Rooibos. 100% Rooibos tea. Caffeine free.", "", ""),
]

# ---------------------------------------------------------------------------
# Ananya, Bengaluru India: Hinglish / Kannada words, Swiggy, Amul, Haldiram's
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "2 idli + sambar + coconut chutney, no ghee", "", ""),
    ("meal", "masala dosa from CTR, they put loads of butter", "dairy", ""),
    ("meal", "plain dosa at home with tomato chutney", "", ""),
    ("meal", "filter coffee with milk and 1 tsp sugar", "dairy sugar", ""),
    ("meal", "filter coffee black, no sugar (strong!!)", "", ""),
    ("meal", "curd rice for lunch with lemon pickle", "dairy", ""),
    ("meal", "ragi mudde with bassaru", "", ""),
    ("meal", "poha with peanuts and curry leaves", "", ""),
    ("meal", "upma made with rava", "wheat", "dairy"),  # why: rava = semolina; often a spoon of ghee
    ("meal", "2 rotis, palak paneer, salad", "wheat dairy", ""),
    ("meal", "jowar roti with baingan bharta", "", ""),
    ("meal", "swiggy order: chicken biryani from meghana's + raita", "dairy", ""),  # why: raita yogurt; biryani ghee likely too
    ("meal", "pani puri x6 at the chaat stall", "wheat", "sugar"),  # why: puri usually semolina/atta; sweet chutney
    ("meal", "samosa and chai at the office canteen", "wheat dairy sugar", ""),
    ("meal", "gulab jamun 2 pcs at cousin's wedding", "dairy sugar wheat", ""),
    ("meal", "sabudana khichdi since it's ekadashi fast", "", "dairy"),
    ("meal", "sprouts salad, cucumber, onion, lime, chaat masala", "", ""),
    ("meal", "maggi noodles late night 😬", "wheat", "sugar corn soy"),
    ("meal", "ek glass chaas in afternoon", "dairy", ""),
    ("meal", "nimbu pani without sugar, just salt", "", ""),
    ("label", "Amul Pure Ghee. Ingredients: Milk fat. 100% Pure Cow Ghee.", "dairy", ""),
    ("label", "Amul Butter Pasteurised. Ingredients: Butter, Common Salt, Permitted Natural Colour - Annatto.", "dairy", ""),
    ("label", "Maggi 2-Minute Noodles Masala. Noodles: Wheat Flour (Atta), Palm Oil, Iodised Salt, Wheat Gluten, Thickeners (508 & 412). Masala Tastemaker: Mixed Spices, Noodle Powder (Wheat Flour, Salt), Sugar, Hydrolysed Groundnut Protein, Onion Powder, Corn Starch, Garlic Powder, Flavour Enhancer (635), Acidity Regulator (330). Contains Wheat.", "wheat sugar corn", ""),
    ("label", "Haldiram's Aloo Bhujia. Ingredients: Potato (45%), Edible Vegetable Oil (Cottonseed, Corn and Palmolein Oil), Moth Dal Flour, Gram Pulse Flour, Iodised Salt, Spices & Condiments. Contains Added Flavour.", "corn", ""),  # why: corn oil named
    ("label", "Britannia Good Day Cashew Cookies. Ingredients: Refined Wheat Flour (Maida), Sugar, Edible Vegetable Oil (Palm), Cashew (6%), Butter (2%), Invert Sugar Syrup, Milk Solids, Raising Agents, Iodised Salt, Emulsifier (Soya Lecithin). Contains Wheat, Milk, Soya, Nuts.", "wheat sugar dairy soy", ""),
    ("label", "Parle-G Original Gluco Biscuits. Ingredients: Wheat Flour, Sugar, Edible Vegetable Oil (Palm), Invert Sugar Syrup, Milk Solids, Leavening Agents, Salt, Emulsifiers (Soya Lecithin, Mono and Diglycerides). Contains Wheat, Milk, Soy.", "wheat sugar dairy soy", ""),
    ("label", "MTR Rava Idli Mix. Ingredients: Semolina (Rava) (64%), Rice Flakes, Dehydrated Curd Powder, Edible Vegetable Oil, Cashew, Salt, Raising Agents, Green Chilli, Mustard, Curry Leaves.", "wheat dairy", "corn soy"),
    ("label", "Aashirvaad Select Sharbati Atta. Ingredients: 100% Whole Wheat.", "wheat", ""),
    ("label", "24 Mantra Organic Ragi Flour. Ingredients: Organic Finger Millet.", "", ""),
    ("label", "Epigamia Greek Yogurt Strawberry. Ingredients: Milk, Milk Solids, Strawberry Preparation (Sugar, Strawberry, Pectin), Cultures.", "dairy sugar", ""),
    ("label", "Paper Boat Aamras. Ingredients: Water, Mango Pulp (20%), Sugar, Acidity Regulator (330), Stabiliser (440), Antioxidant (300).", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Wei Ling, Singapore: Singlish, hawker centres, FairPrice, kopi codes
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "kopi o kosong at the kopitiam", "", ""),
    ("meal", "kopi c siew dai + kaya toast set w soft boiled eggs", "dairy sugar wheat", "soy"),  # why: evaporated milk; kaya; white bread; dark soy on eggs
    ("meal", "kaya toast set but I only ate the eggs, with white pepper, no soy sauce", "", ""),
    ("meal", "chicken rice (steamed), cucumber, chilli, no dark soy", "", "soy sugar"),  # why: light soy dressing on chicken usually
    ("meal", "char kway teow from old airport road hawker lah", "soy wheat sugar", ""),
    ("meal", "fish soup bee hoon, no milk version", "", ""),
    ("meal", "fish soup bee hoon with evaporated milk", "dairy", ""),
    ("meal", "laksa katong style, 1 bowl", "", "sugar soy"),  # why: coconut milk base, not dairy
    ("meal", "mee rebus from the malay stall", "wheat", "sugar soy corn"),
    ("meal", "nasi lemak: coconut rice, ikan bilis, peanuts, egg, sambal", "", "sugar"),
    ("meal", "yong tau foo soup no sauce, got tofu and fishball inside", "soy", "wheat corn"),
    ("meal", "economic rice: plain rice, steamed egg, kailan with garlic, sweet and sour pork", "sugar", "wheat soy corn"),
    ("meal", "teh tarik kurang manis", "dairy sugar", ""),
    ("meal", "bubble tea from koi, 0% sugar, oolong with pearls no milk", "", "sugar"),  # why: tapioca pearls are soaked in syrup
    ("meal", "mcdonald's mcspicy upsized", "wheat sugar", "dairy soy corn"),
    ("meal", "rojak with the black prawn paste sauce", "sugar", "wheat"),
    ("meal", "sliced papaya and dragonfruit from the fruit stall", "", ""),
    ("meal", "chwee kueh 4 pcs with chye poh", "", "soy sugar"),
    ("label", "Gardenia Enriched White Bread. Ingredients: Wheat Flour, Water, Sugar, Yeast, Vegetable Oil, Soya Flour, Salt, Milk Powder, Emulsifiers (E471, E481), Flour Treatment Agent (E300). Contains Gluten, Soya, Milk.", "wheat sugar soy dairy", "corn"),
    ("label", "Yeo's Soy Bean Drink. Ingredients: Water, Soya Beans, Cane Sugar.", "soy sugar", ""),
    ("label", "F&N Magnolia Fresh Milk. Ingredients: Fresh Milk.", "dairy", ""),
    ("label", "Ya Kun Kaya. Ingredients: Sugar, Coconut Milk, Eggs, Pandan Leaves.", "sugar", ""),
    ("label", "Pasar Fresh Tofu Soft. Ingredients: Water, Soya Bean, Coagulant (Calcium Sulphate, Glucono Delta Lactone).", "soy", "corn"),  # why: GDL is often corn-derived
    ("label", "Pokka Jasmine Green Tea No Sugar. Ingredients: Water, Green Tea, Jasmine Flavour, Vitamin C.", "", ""),
    ("label", "Prima Taste Singapore Laksa La Mian. Noodles: Wheat Flour, Water, Salt. Paste: Coconut Milk, Vegetable Oil, Shallot, Dried Shrimp, Chilli, Lemongrass, Sugar, Salt, Candlenut, Galangal, Soybean Paste. Contains Wheat, Soy, Shellfish.", "wheat sugar soy", "corn"),
]

# ---------------------------------------------------------------------------
# Chidi, Lagos Nigeria: pidgin + English, Shoprite, Mr Biggs, buka food
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "jollof rice and fried plantain (dodo) with chicken", "", "soy corn sugar"),  # why: seasoning cubes + vegetable oil
    ("meal", "jollof wey I cook myself, palm oil, fresh pepper, no maggi cube", "", ""),
    ("meal", "pounded yam and egusi soup with goat meat", "", "soy corn wheat"),  # why: stock cubes in soup
    ("meal", "eba and okra soup, stockfish, no seasoning cube today", "", ""),
    ("meal", "akara and pap (ogi) for breakfast", "corn", "sugar dairy"),  # why: ogi/akamu is fermented maize; often served with milk and sugar
    ("meal", "agege bread and tea with peak milk and sugar", "wheat dairy sugar", "soy"),
    ("meal", "indomie with egg, late night as usual 😂", "wheat", "sugar soy corn"),
    ("meal", "suya from the mallam by my street", "", "soy corn wheat"),  # why: yaji spice mix often contains seasoning cube and peanut; kuli kuli
    ("meal", "moi moi and custard", "corn sugar", "dairy"),  # why: custard powder is cornstarch; with sugar and milk
    ("meal", "ofada rice with ayamase sauce", "", "soy corn"),
    ("meal", "puff puff x5 at the owambe", "wheat sugar", ""),
    ("meal", "chin chin small pack", "wheat sugar", "dairy"),
    ("meal", "boli and groundnut from roadside", "", ""),
    ("meal", "amala and ewedu with gbegiri", "", "soy corn"),
    ("meal", "malt drink (malta guinness) after gym", "wheat sugar", "corn"),  # why: barley malt + sugar + caramel; malt possible wheat per domain
    ("meal", "zobo drink homemade without sugar, just pineapple and ginger", "", ""),
    ("meal", "chicken republic refuel meal, spicy rice and chicken, coke", "sugar", "wheat corn soy"),
    ("meal", "nkwobi at the joint wey dey near office", "", "soy corn"),
    ("label", "Indomie Instant Noodles Chicken Flavour. Noodles: Wheat Flour, Vegetable Oil (Palm Oil), Salt, Stabiliser. Seasoning: Salt, Flavour Enhancer (621), Sugar, Maltodextrin, Onion Powder, Chicken Flavour, Garlic, Pepper. Seasoning Oil: Vegetable Oil, Onion. Chilli Powder. Contains Wheat.", "wheat sugar", "corn soy"),
    ("label", "Maggi Star Seasoning Cube. Ingredients: Salt, Flavour Enhancer (MSG), Vegetable Fat (Palm), Corn Starch, Wheat Flour, Sugar, Hydrolysed Soya Protein, Flavourings, Colour (Caramel).", "corn wheat sugar soy", ""),
    ("label", "Peak Evaporated Full Cream Milk. Ingredients: Milk, Vegetable Oil, Stabiliser (E339). Vitamins A & D.", "dairy", "soy corn"),
    ("label", "Golden Morn Maize and Soya Cereal. Ingredients: Maize (62%), Sugar, Soya (10%), Milk Powder, Cocoa, Vegetable Oil, Minerals, Vitamins. Contains Milk, Soya.", "corn sugar soy dairy", ""),
    ("label", "Custard Powder Vanilla (Checkers). Ingredients: Corn Starch, Salt, Flavouring, Colour (Annatto).", "corn", ""),
    ("label", "Malta Guinness. Ingredients: Water, Barley Malt, Glucose Syrup, Maize, Hops, Caramel, Vitamins.", "sugar corn", "wheat"),
    ("label", "Dangote Spaghetti. Ingredients: Durum Wheat Semolina, Water.", "wheat", ""),
]

# ---------------------------------------------------------------------------
# Keisha, Kingston Jamaica / Port of Spain Trinidad: Caribbean patois-ish
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "ackee and saltfish w boiled green banana and dumplin", "wheat", "corn"),  # why: boiled dumplings are flour
    ("meal", "ackee n saltfish again, roast breadfruit instead of dumplin", "", ""),
    ("meal", "doubles x2 slight pepper from the man by the savannah", "wheat", "sugar"),
    ("meal", "curry goat, rice and peas (w coconut milk), fried plantain", "", ""),
    ("meal", "jerk chicken from the drum pan on the roadside w festival", "wheat corn sugar", "soy"),  # why: festival = cornmeal+flour+sugar dough; jerk sometimes has soy sauce
    ("meal", "beef patty in coco bread 😋", "wheat dairy", "sugar"),
    ("meal", "callaloo steamed with onion, thyme, scotch bonnet", "", ""),
    ("meal", "bake and shark at maracas, tamarind and garlic sauce", "wheat", "sugar"),
    ("meal", "pelau with pigeon peas (i browned the chicken in sugar)", "sugar", ""),
    ("meal", "roti buss up shut w curry channa and aloo", "wheat", "dairy"),
    ("meal", "escovitch fish and bammy", "", "sugar"),  # why: bammy = cassava; escovitch pickle sometimes sweetened
    ("meal", "cornmeal porridge w condensed milk n nutmeg", "corn dairy sugar", ""),
    ("meal", "sorrel drink at christmas, my mother's recipe w lots of sugar and ginger", "sugar", ""),
    ("meal", "coconut water straight from the jelly", "", ""),
    ("meal", "Ting and a Tastee patty", "sugar wheat", "dairy soy corn"),
    ("label", "Grace Coconut Milk. Ingredients: Coconut Extract, Water, Guar Gum, Sodium Metabisulphite. Dairy free.", "", ""),
    ("label", "Grace Jamaican Style Hot Pepper Sauce. Ingredients: Scotch Bonnet Peppers, Vinegar, Salt, Onion, Garlic, Xanthan Gum.", "", "corn"),
    ("label", "Walkerswood Traditional Jerk Seasoning Hot & Spicy. Ingredients: Scallions, Scotch Bonnet Peppers, Salt, Black Pepper, Allspice, Cane Sugar, Citric Acid, Nutmeg, Thyme, Soybean Oil.", "sugar soy", "corn"),
    ("label", "National Bakery Coco Bread. Ingredients: Wheat Flour, Water, Coconut Milk, Sugar, Shortening (Soybean Oil), Butter, Yeast, Salt, Milk Powder.", "wheat sugar soy dairy", ""),
    ("label", "Betty Sweetened Condensed Milk. Ingredients: Milk, Sugar.", "dairy sugar", ""),
    ("label", "Carib Lager Beer. Water, Malted Barley, Maize Grits, Hops.", "corn", "wheat"),
    ("label", "Excelsior Water Crackers. Ingredients: Wheat Flour, Vegetable Shortening (Palm Oil), Salt, Yeast, Sodium Bicarbonate.", "wheat", ""),
]

# ---------------------------------------------------------------------------
# Extra English-speaking users: Nana (Accra / Ghana, English), Dev (Sydney, keto), Ruth (Boston, retiree, full sentences)
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "waakye with shito, gari and wele, plus a boiled egg", "", "soy corn"),  # why: shito made with vegetable oil, sometimes stock cubes
    ("meal", "kenkey and fried fish with pepper", "corn", ""),
    ("meal", "banku and tilapia, light soup", "corn", "soy"),
    ("meal", "keto day: bacon, eggs, bulletproof coffee (butter + mct)", "dairy", "sugar"),
    ("meal", "keto fathead pizza w mozzarella + almond flour crust", "dairy", ""),
    ("meal", "protein shake: quest vanilla, water, ice", "dairy", "corn soy"),
    ("meal", "I had a cup of clam chowder at the harbor, with oyster crackers.", "dairy wheat", ""),
    ("meal", "Lobster roll on a buttered split-top bun, side of chips", "wheat dairy", "corn soy sugar"),
    ("meal", "For supper I made baked cod with a breadcrumb topping and some green beans.", "wheat", "dairy"),
    ("meal", "Two Dunkin' munchkins with my granddaughter, I could not say no.", "wheat sugar", "dairy soy corn"),
    ("meal", "Plain Cornish hen roasted with rosemary and a baked sweet potato.", "", ""),
    ("meal", "Cream of Wheat with a little brown sugar, the way my mother made it", "wheat sugar", "dairy"),
    ("meal", "buckwheat soba noodles (100% buckwheat, the gluten free brand) with steamed veg and tamari", "soy", "wheat"),  # why: tamari sometimes has wheat unless labelled
    ("meal", "acorn squash stuffed with wild rice and cranberries", "", "sugar"),  # why: dried cranberries are almost always sweetened
    ("label", "Quest Protein Powder Vanilla Milkshake. Ingredients: Protein Blend (Milk Protein Isolate, Whey Protein Isolate), Natural Flavors, Contains Less than 1% of: Salt, Cellulose Gum, Steviol Glycosides, Sucralose.", "dairy", ""),
    ("label", "Bob's Red Mill Gluten Free 1-to-1 Baking Flour. Ingredients: Sweet White Rice Flour, Whole Grain Brown Rice Flour, Potato Starch, Whole Grain Sorghum Flour, Tapioca Flour, Xanthan Gum. Manufactured in a gluten free facility.", "", "corn"),
    ("label", "Ocean Spray Craisins Original Dried Cranberries. Ingredients: Cranberries, Sugar, Sunflower Oil.", "sugar", ""),
    ("label", "Bulletproof Brain Octane C8 MCT Oil. Ingredients: Caprylic Acid Triglycerides from Coconut Oil.", "", ""),
    ("label", "Eden Foods Organic Tamari Soy Sauce, Imported. Ingredients: Water, Organic Soybeans, Sea Salt, Koji (Aspergillus oryzae). Wheat free.", "soy", ""),
    ("label", "Kikkoman Naturally Brewed Soy Sauce. Ingredients: Water, Wheat, Soybeans, Salt, Sodium Benzoate.", "soy wheat", ""),
]

# ---------------------------------------------------------------------------
# Sofía, Ciudad de México: Spanish, Oxxo, Bimbo, tacos de la esquina
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "desayuno: huevos a la mexicana con frijoles de la olla y 2 tortillas de maíz", "corn", ""),
    ("meal", "chilaquiles verdes con crema y queso, huevo estrellado", "corn dairy", ""),
    ("meal", "tacos al pastor x4 con piña y salsa verde", "corn", "sugar"),  # why: pastor adobo sometimes with sugar/pineapple juice
    ("meal", "quesadillas de flor de calabaza (en el df sí llevan queso jaja)", "corn dairy", ""),
    ("meal", "torta de milanesa en la esquina", "wheat", "dairy soy"),
    ("meal", "pozole rojo con tostadas", "corn", ""),
    ("meal", "tamal de rajas y un atole de chocolate", "corn sugar", "dairy"),
    ("meal", "guajolota (torta de tamal) 🙈 ya sé", "wheat corn", ""),
    ("meal", "caldo de pollo con arroz y verduras, sin tortillas", "", ""),
    ("meal", "agua de jamaica sin azúcar", "", ""),
    ("meal", "coca cola de vidrio con la comida", "sugar", "corn"),
    ("meal", "ensalada de nopales con jitomate, cebolla, cilantro y queso fresco", "dairy", ""),
    ("meal", "ceviche de pescado con tostadas y mayonesa", "corn", "soy sugar"),
    ("meal", "pan dulce: una concha con café de olla", "wheat sugar", "dairy"),
    ("meal", "mole poblano con pollo y arroz", "sugar", "wheat corn"),  # why: mole has chocolate, sugar; thickened with bread/tortilla
    ("meal", "elote hervido con limón y chile piquín, sin mayonesa", "corn", ""),
    ("meal", "papas con chile y limón de la tiendita, sabritas", "", "corn"),
    ("label", "Bimbo Pan Blanco Grande. Ingredientes: Harina de trigo enriquecida, agua, azúcar, levadura, aceite vegetal, sal, gluten de trigo, emulsificantes (mono y diglicéridos), conservador (propionato de calcio), harina de soya. Contiene: trigo, soya. Puede contener leche.", "wheat sugar soy", "corn dairy"),
    ("label", "Maseca Harina de Maíz Nixtamalizado. Ingredientes: Maíz nixtamalizado, cal. Sin gluten.", "corn", ""),
    ("label", "Sabritas Sal. Ingredientes: Papa, aceite vegetal y sal yodada.", "", "corn soy"),
    ("label", "Lala Leche Entera Ultrapasteurizada. Ingredientes: Leche entera de vaca, vitaminas A y D.", "dairy", ""),
    ("label", "Valentina Salsa Picante. Ingredientes: Agua, chiles secos, vinagre, sal, especias y benzoato de sodio.", "", ""),
    ("label", "Marinela Gansito. Ingredientes: Azúcar, harina de trigo enriquecida, grasa vegetal, jarabe de maíz de alta fructosa, leche en polvo, cacao, mermelada de fresa, huevo, lecitina de soya, sal. Contiene: trigo, leche, huevo, soya.", "sugar wheat corn dairy soy", ""),
    ("label", "Herdez Frijoles Bayos Refritos. Ingredientes: Frijol bayo cocido, agua, aceite vegetal (soya), sal, cebolla.", "soy", ""),
    ("label", "Jumex Néctar de Mango. Ingredientes: Agua, pulpa de mango, azúcar, ácido cítrico, ácido ascórbico.", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# João, São Paulo Brasil: português, padaria, Pão de Açúcar, mistura PT/EN
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "café da manhã: pão francês com manteiga na chapa e pingado", "wheat dairy", "sugar"),
    ("meal", "café preto sem açúcar e mamão com aveia", "", "wheat"),
    ("meal", "arroz, feijão, bife acebolado e salada de alface e tomate", "", ""),
    ("meal", "feijoada completa no sábado com farofa, couve e laranja", "", "dairy"),  # why: farofa is cassava flour toasted often in butter
    ("meal", "pão de queijo x3 na padaria", "dairy", ""),  # why: tapioca starch + cheese; no wheat
    ("meal", "tapioca com queijo coalho e coco", "dairy", ""),
    ("meal", "tapioca recheada só com frango e tomate, sem queijo", "", ""),
    ("meal", "açaí na tigela com granola e leite condensado 😅", "sugar dairy", "wheat"),
    ("meal", "coxinha e um guaraná antártica", "wheat sugar", "dairy corn"),
    ("meal", "pastel de feira de carne e caldo de cana", "wheat sugar", "soy"),
    ("meal", "brigadeiro no aniversário da minha sobrinha, uns 3", "sugar dairy", ""),
    ("meal", "moqueca baiana com arroz e pirão", "", ""),  # why: coconut milk + dendê; pirão is cassava
    ("meal", "churrasco: picanha, linguiça, pão de alho e vinagrete", "wheat dairy", "sugar corn"),
    ("meal", "cuscuz nordestino com ovo e manteiga de garrafa", "corn dairy", ""),  # why: cuscuz nordestino = flocão de milho; not wheat couscous
    ("meal", "pamonha doce no são joão", "corn sugar", "dairy"),
    ("meal", "marmita fit: frango grelhado, batata doce e brócolis", "", ""),
    ("meal", "lunch was yakisoba from the place in liberdade", "wheat soy", "sugar corn"),
    ("label", "Pullman Pão de Forma Tradicional. Ingredientes: Farinha de trigo enriquecida com ferro e ácido fólico, água, açúcar, gordura vegetal, glúten, sal, fermento, emulsificantes: mono e diglicerídeos de ácidos graxos e lecitina de soja, conservador propionato de cálcio. CONTÉM GLÚTEN. ALÉRGICOS: CONTÉM DERIVADOS DE TRIGO E SOJA. PODE CONTER LEITE.", "wheat sugar soy", "dairy"),
    ("label", "Leite Condensado Moça Nestlé. Ingredientes: Leite integral, açúcar e lactose. ALÉRGICOS: CONTÉM LEITE E DERIVADOS. CONTÉM LACTOSE. NÃO CONTÉM GLÚTEN.", "dairy sugar", ""),
    ("label", "Yoki Flocão de Milho para Cuscuz. Ingredientes: Milho flocado enriquecido com ferro e ácido fólico. NÃO CONTÉM GLÚTEN.", "corn", ""),
    ("label", "Guaraná Antarctica. Ingredientes: Água gaseificada, açúcar, extrato de semente de guaraná, acidulante ácido cítrico, aroma natural, conservadores benzoato de sódio e sorbato de potássio.", "sugar", "corn"),
    ("label", "Polvilho Azedo Yoki. Ingredientes: Fécula de mandioca fermentada. NÃO CONTÉM GLÚTEN.", "", ""),
    ("label", "Requeijão Cremoso Catupiry. Ingredientes: Leite pasteurizado, creme de leite, sal, cloreto de cálcio, fermento lácteo. CONTÉM LACTOSE.", "dairy", ""),
    ("label", "Bis Lacta Chocolate ao Leite. Ingredientes: Açúcar, farinha de trigo enriquecida, gordura vegetal, leite em pó integral, massa de cacau, manteiga de cacau, soro de leite em pó, cacau em pó, lecitina de soja, sal, aromatizante. ALÉRGICOS: CONTÉM TRIGO, LEITE E SOJA.", "sugar wheat dairy soy", ""),
]

# ---------------------------------------------------------------------------
# Valentina (Medellín, Colombia), Martín (Buenos Aires), Rosa (Lima, Perú)
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "arepa de maíz con queso y chocolate caliente en leche", "corn dairy sugar", ""),
    ("meal", "arepa sola con aguacate y huevo perico", "corn", ""),
    ("meal", "bandeja paisa completa: frijoles, arroz, chicharrón, carne molida, huevo, plátano, arepa", "corn", ""),
    ("meal", "ajiaco con pollo, alcaparras y crema de leche", "dairy", "corn"),  # why: often served with mazorca (corn cob)
    ("meal", "tinto y un buñuelo", "corn dairy", "wheat sugar"),  # why: buñuelo colombiano: cornstarch + costeño cheese
    ("meal", "aguapanela con limón", "sugar", ""),
    ("meal", "empanadas colombianas de papa y carne x2 con ají", "corn", ""),
    ("meal", "mate amargo toda la tarde", "", ""),
    ("meal", "mate cocido con leche y dos medialunas", "dairy wheat sugar", ""),
    ("meal", "asado del domingo: vacío, chorizo, morcilla y ensalada mixta", "", "wheat"),
    ("meal", "choripán con chimichurri", "wheat", ""),
    ("meal", "milanesa napolitana con puré", "wheat dairy", ""),
    ("meal", "empanadas salteñas de carne al horno x3", "wheat", ""),
    ("meal", "alfajor havanna de dulce de leche, uno solo", "wheat dairy sugar", "corn soy"),
    ("meal", "provoleta a la parrilla", "dairy", ""),
    ("meal", "lomo saltado con arroz y papas fritas", "soy wheat", "sugar"),  # why: always finished with soy sauce
    ("meal", "ceviche clásico con camote y choclo", "corn", ""),
    ("meal", "ají de gallina con arroz", "dairy wheat", ""),  # why: thickened with bread soaked in evaporated milk
    ("meal", "chicha morada casera, le puse poquita azúcar", "corn sugar", ""),
    ("meal", "pollo a la brasa con papas y ensalada, inka kola", "sugar", "soy corn"),
    ("meal", "quinua con verduras salteadas en aceite de oliva", "", ""),
    ("label", "Alpina Avena Original. Ingredientes: Leche entera, agua, azúcar, avena (4%), almidón modificado, canela, saborizante. Contiene leche.", "dairy sugar", "corn wheat"),
    ("label", "Harina P.A.N. Blanca. Harina de maíz blanco precocida. Ingredientes: Maíz blanco desgerminado, hierro, vitaminas. Libre de gluten.", "corn", ""),
    ("label", "Dulce de Leche La Serenísima Clásico. Ingredientes: Leche entera, azúcar, jarabe de glucosa, bicarbonato de sodio, aromatizante vainillina. Sin TACC.", "dairy sugar", "corn"),
    ("label", "Alfajor Jorgito Negro. Ingredientes: Harina de trigo, azúcar, dulce de leche (leche, azúcar, jarabe de glucosa), grasa vegetal, cacao, jarabe de maíz, leche en polvo, lecitina de soja. Contiene gluten (TACC).", "wheat sugar dairy corn soy", ""),
    ("label", "Inca Kola. Ingredientes: Agua carbonatada, azúcar, ácido cítrico, benzoato de sodio, saborizante, colorante tartrazina.", "sugar", "corn"),
    ("label", "Yerba Mate Taragüí con Palo. Ingredientes: Yerba mate elaborada con palo.", "", ""),
]

# ---------------------------------------------------------------------------
# Lukas, Berlin Deutschland: Deutsch, REWE / Aldi / dm, Bäckerei
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "Frühstück: 2 Brötchen mit Butter und Marmelade, Kaffee mit Milch", "wheat dairy sugar", ""),
    ("meal", "Frühstück heute ohne Brötchen: Rührei mit Schnittlauch und Tomaten", "", ""),
    ("meal", "Currywurst mit Pommes rot-weiß am Imbiss", "sugar", "wheat corn soy"),  # why: curry ketchup sugar; sausage may contain fillers; mayo soybean oil
    ("meal", "Döner mit allem und scharf", "wheat dairy", "soy sugar"),
    ("meal", "Spätzle mit Linsen und Saitenwürstle", "wheat", ""),
    ("meal", "Kartoffeln, Quark und Leinöl", "dairy", ""),
    ("meal", "Buchweizen-Galette mit Spinat und Ei, ohne Käse", "", "wheat"),  # why: some galettes mix in wheat flour
    ("meal", "Laugenbrezel vom Bäcker", "wheat", ""),
    ("meal", "Ofenkartoffel mit Kräutern, dazu grüner Salat mit Essig und Öl", "", ""),
    ("meal", "ein Weizenbier und Brezn beim Oktoberfest", "wheat", ""),
    ("meal", "Schwarzwälder Kirschtorte bei Oma 🎂", "wheat dairy sugar", ""),
    ("meal", "Haferflocken mit Hafermilch und Apfel", "", "wheat"),
    ("meal", "Maultaschen in der Brühe", "wheat", "soy corn"),
    ("meal", "Fischbrötchen mit Matjes am Hafen", "wheat", "sugar dairy"),
    ("label", "Alnatura Haferdrink ohne Zuckerzusatz. Zutaten: Wasser, Hafer* (12%), Sonnenblumenöl*, Meersalz. *aus biologischer Landwirtschaft. Kann Spuren von Gluten enthalten. Enthält von Natur aus Zucker.", "", "wheat"),
    ("label", "Nutella. Zutaten: Zucker, Palmöl, Haselnüsse (13%), Magermilchpulver (8,7%), fettarmer Kakao (7,4%), Emulgator Lecithine (Soja), Vanillin.", "sugar dairy soy", ""),
    ("label", "Haribo Goldbären. Zutaten: Glukosesirup, Zucker, Gelatine, Dextrose, Fruchtsaft aus Fruchtsaftkonzentrat, Säuerungsmittel: Citronensäure, Frucht- und Pflanzenkonzentrate, Aromen, Überzugsmittel: Bienenwachs, Carnaubawachs.", "sugar", "corn wheat"),
    ("label", "Leibniz Butterkeks. Zutaten: Weizenmehl, Zucker, Butter (12%), Glukose-Fruktose-Sirup, Magermilchpulver, Salz, Backtriebmittel (Natriumcarbonate), Säuerungsmittel (Citronensäure). Kann Ei und Soja enthalten.", "wheat sugar dairy", "corn soy"),
    ("label", "ja! Vollkorn Toastbrot. Zutaten: Weizenvollkornmehl (51%), Wasser, Roggenvollkornmehl, Hefe, Speiseöl (Raps), Zucker, Salz, Weizenkleber, Säuerungsmittel.", "wheat sugar", ""),
    ("label", "Alpro Soja Joghurtalternative Natur. Zutaten: Wasser, geschälte Sojabohnen (10,7%), Calcium (Tricalciumphosphat), Säureregulatoren (Natriumcitrate, Citronensäure), Stabilisator (Pektin), Antioxidationsmittel, Joghurtkulturen. Vegan. Laktosefrei.", "soy", "corn"),
    ("label", "Seitenbacher Buchweizen Müsli. Zutaten: Buchweizen, Sonnenblumenkerne, Äpfel, Haselnüsse. Glutenfrei.", "", ""),
    ("label", "Maggi Würze. Zutaten: Wasser, Salz, Weizengluten, Aroma, Geschmacksverstärker (Mononatriumglutamat, Dinatriuminosinat), Zucker, Säuerungsmittel Essigsäure. Enthält Weizen.", "wheat sugar", ""),
    ("label", "Milka Alpenmilch. Zutaten: Zucker, Kakaobutter, Magermilchpulver, Kakaomasse, Süßmolkenpulver, Butterreinfett, Haselnussmasse, Emulgator (Sojalecithine), Aroma. Kann Weizen enthalten.", "sugar dairy soy", "wheat"),
]

# ---------------------------------------------------------------------------
# Giulia, Bologna Italia: italiano, Esselunga / Coop, bar colazione
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "cappuccino e cornetto al bar", "dairy wheat sugar", ""),
    ("meal", "caffè espresso amaro, niente cornetto oggi 💪", "", ""),
    ("meal", "tagliatelle al ragù della nonna", "wheat", "dairy"),
    ("meal", "risotto ai funghi porcini con parmigiano", "dairy", ""),
    ("meal", "risotto ai funghi senza burro e senza parmigiano, con olio", "", ""),
    ("meal", "polenta con spezzatino", "corn", "wheat"),
    ("meal", "pizza margherita da Sorbillo", "wheat dairy", ""),
    ("meal", "branzino al forno con patate e rosmarino", "", ""),
    ("meal", "insalata di farro con pomodorini e tonno", "wheat", ""),
    ("meal", "piadina con crudo e squacquerone", "wheat dairy", ""),
    ("meal", "gelato pistacchio e nocciola, coppetta piccola", "dairy sugar", "corn"),
    ("meal", "pasta di grano saraceno... no aspetta, erano pizzoccheri, quindi anche farina di frumento e formaggio", "wheat dairy", ""),
    ("meal", "minestrone di verdure fatto in casa, senza dado", "", ""),
    ("meal", "spritz e patatine all'aperitivo", "sugar", "corn"),
    ("label", "Barilla Spaghetti n.5. Ingredienti: semola di grano duro, acqua. Può contenere soia e senape.", "wheat", "soy"),
    ("label", "Barilla Spaghetti Senza Glutine. Ingredienti: farina di mais bianco (55%), farina di mais giallo, farina di riso integrale, farina di riso, mono e digliceridi degli acidi grassi. Senza glutine.", "corn", ""),
    ("label", "Mulino Bianco Pan di Stelle. Ingredienti: farina di frumento, zucchero, olio di palma, cacao magro in polvere, miele, latte scremato in polvere, nocciole, agenti lievitanti, sale, aromi. Può contenere soia e uova.", "wheat sugar dairy", "soy"),
    ("label", "Parmigiano Reggiano DOP. Ingredienti: latte, sale, caglio.", "dairy", ""),
    ("label", "Mutti Passata di Pomodoro. Ingredienti: pomodoro, sale.", "", ""),
    ("label", "Star Dado Classico. Ingredienti: sale, esaltatori di sapidità (glutammato monosodico), grassi vegetali (palma), amido di mais, estratto di lievito, zucchero, aromi, prezzemolo. Può contenere sedano, latte, glutine.", "corn sugar", "dairy wheat"),
    ("label", "Valsoia Bontà d'Italia Gelato Vaniglia. Ingredienti: acqua, zucchero, sciroppo di glucosio, proteine di soia, olio di cocco, destrosio, stabilizzanti (farina di semi di carrube, farina di semi di guar), emulsionante: lecitina di soia, aromi. 100% vegetale.", "sugar soy", "corn wheat"),
]

# ---------------------------------------------------------------------------
# Camille, Lyon France: français, Monoprix / Carrefour, boulangerie, franglais
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "petit-déj: tartine beurre confiture + café au lait", "wheat dairy sugar", ""),
    ("meal", "une baguette tradition entière avec mon copain 🥖", "wheat", ""),
    ("meal", "galette complète (jambon œuf fromage) à la crêperie", "dairy", "wheat"),  # why: sarrasin galette; some crêperies add wheat flour
    ("meal", "crêpe au sucre au marché", "wheat dairy sugar", ""),
    ("meal", "salade niçoise sans pain", "", ""),
    ("meal", "quiche lorraine et salade verte", "wheat dairy", ""),
    ("meal", "poulet rôti, haricots verts et pommes de terre au four", "", ""),
    ("meal", "croque-monsieur à la brasserie", "wheat dairy", ""),
    ("meal", "ratatouille maison avec du riz", "", ""),
    ("meal", "taboulé du traiteur", "wheat", "sugar"),  # why: French taboulé is semoule (couscous) based
    ("meal", "couscous royal chez Ali, avec merguez", "wheat", ""),
    ("meal", "yaourt au lait de coco sans sucres ajoutés", "", ""),
    ("meal", "mousse au chocolat maison, j'ai craqué", "sugar", "dairy"),
    ("meal", "verre de vin rouge + plateau de fromages", "dairy", ""),
    ("label", "Bonne Maman Confiture Fraises. Ingrédients: fraises, sucre de canne, sucre, jus de citron concentré, gélifiant : pectine de fruits.", "sugar", ""),
    ("label", "Harrys 100% Mie Nature Sans Croûte. Ingrédients: farine de blé, eau, sucre, huile de colza, levure, gluten de blé, sel, conservateur, émulsifiant : mono- et diglycérides d'acides gras. Traces éventuelles de lait, soja, sésame.", "wheat sugar", "dairy soy"),
    ("label", "Bjorg Boisson Riz Nature Bio. Ingrédients: eau, riz* 16%, huile de tournesol*, sel marin. *bio. Sans gluten. Sans sucres ajoutés.", "", ""),
    ("label", "Président Camembert. Ingrédients: lait de vache pasteurisé, sel, ferments lactiques, coagulant.", "dairy", ""),
    ("label", "Carrefour Bio Galettes de Maïs. Ingrédients: maïs* 99%, sel. *bio. Peut contenir des traces de sésame.", "corn", ""),
    ("label", "Petit Navire Thon Entier au Naturel. Ingrédients: thon albacore, eau, sel.", "", ""),
    ("label", "LU Prince Goût Chocolat. Ingrédients: céréales 50,3% (farine de blé 38%, farine de blé complète 12,3%), sucre, huiles végétales (palme, colza), cacao maigre en poudre, sirop de glucose, amidon de blé, poudre à lever, émulsifiants (lécithine de soja), lait écrémé en poudre, sel, arômes. Peut contenir : œuf, fruits à coque.", "wheat sugar soy dairy", "corn"),
]

# ---------------------------------------------------------------------------
# Carmen, Sevilla España: español de España, Mercadona
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "tostada con tomate y aceite de oliva, café con leche", "wheat dairy", ""),
    ("meal", "tortilla de patatas casera y ensalada", "", ""),
    ("meal", "salmorejo con jamón y huevo duro", "wheat", ""),  # why: salmorejo is thickened with bread
    ("meal", "gazpacho de tetrabrik del mercadona", "", "wheat"),
    ("meal", "churros con chocolate el domingo", "wheat sugar", "dairy corn"),
    ("meal", "paella de marisco en la playa", "", ""),
    ("meal", "croquetas de jamón x4 en el bar", "wheat dairy", ""),
    ("meal", "cocido con garbanzos, sin fideos", "", ""),
    ("meal", "caña de cerveza y aceitunas", "", "wheat corn"),
    ("label", "Hacendado Bebida de Almendras Sin Azúcar. Ingredientes: agua, almendra (2%), estabilizantes (goma gellan, goma garrofín), sal, carbonato cálcico, emulgente (lecitina de girasol), vitaminas.", "", ""),
    ("label", "Hacendado Pan de Molde Integral. Ingredientes: harina integral de trigo (60%), agua, harina de trigo, azúcar, aceite de girasol, levadura, gluten de trigo, sal, vinagre, emulgente (E-471). Puede contener trazas de soja, sésamo y leche.", "wheat sugar", "soy dairy"),
    ("label", "ColaCao Original. Ingredientes: azúcar, cacao desgrasado en polvo, harina de trigo y cebada malteada hidrolizada, sales minerales, sal, aroma. Contiene gluten.", "sugar wheat", ""),
]

# ---------------------------------------------------------------------------
# Agnieszka (Kraków), Emma (Göteborg), Sanne (Utrecht), Dimitris (Athens)
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "pierogi ruskie z cebulką, 8 sztuk", "wheat dairy", ""),
    ("meal", "żurek z jajkiem i kiełbasą", "", "wheat dairy"),  # why: rye sour starter (not wheat) but often wheat flour added; often finished with cream
    ("meal", "kasza gryczana z gulaszem wołowym", "", "wheat"),
    ("meal", "twarożek ze szczypiorkiem i rzodkiewką", "dairy", ""),
    ("meal", "rosół z makaronem u mamy w niedzielę", "wheat", ""),
    ("meal", "pączek na tłusty czwartek, tylko jeden!", "wheat sugar dairy", ""),
    ("label", "Biedronka Mleko UHT 2%. Składniki: mleko.", "dairy", ""),
    ("label", "Krakus Ogórki Konserwowe. Składniki: ogórki, woda, ocet spirytusowy, cukier, sól, przyprawy.", "sugar", ""),
    ("label", "Wawel Kasztanki. Składniki: cukier, tłuszcz kakaowy, miazga kakaowa, mleko w proszku pełne, wafle (mąka pszenna, skrobia kukurydziana), orzechy laskowe, emulgator (lecytyny z soi), aromat.", "sugar dairy wheat corn soy", ""),
    ("meal", "havregrynsgröt med lingonsylt och havremjölk", "sugar", "wheat"),
    ("meal", "fika: kanelbulle och kaffe med mjölk", "wheat dairy sugar", ""),
    ("meal", "kokt potatis, lax och dillsås", "dairy", "wheat"),
    ("meal", "köttbullar med potatismos, gräddsås och lingon", "dairy sugar", "wheat"),
    ("meal", "knäckebröd (Wasa Husman) med smör och ost", "dairy", "wheat"),  # why: Husman is rye; wheat cross-contact
    ("label", "Oatly iKaffe Havredryck. Ingredienser: Vatten, havre 10%, rapsolja, surhetsreglerande medel (dikaliumfosfat), kalciumkarbonat, trikalciumfosfat, salt, vitaminer. Kan innehålla spår av gluten.", "", "wheat"),
    ("label", "Wasa Husman Knäckebröd. Ingredienser: Fullkornsrågmjöl 100%, jäst, salt.", "", ""),
    ("label", "Kalles Kaviar Original. Ingredienser: Torskrom (55%), socker, rapsolja, salt, potatisflingor, tomatpuré, konserveringsmedel (natriumbensoat), antioxidationsmedel (askorbylpalmitat).", "sugar", ""),
    ("meal", "boterham met hagelslag, als kind altijd, vandaag weer 🙈", "wheat sugar", "dairy"),
    ("meal", "stamppot boerenkool met rookworst", "", "wheat dairy"),
    ("meal", "kibbeling met knoflooksaus op de markt", "wheat", "dairy soy sugar"),
    ("meal", "haring met uitjes, zonder broodje", "", "sugar"),
    ("meal", "bitterballen bij de borrel", "wheat dairy", ""),
    ("label", "De Ruijter Chocoladehagel Puur. Ingrediënten: suiker, cacaomassa, cacaoboter, cacaopoeder, emulgator (sojalecithine), glucosestroop, vanillearoma.", "sugar soy", "corn"),
    ("label", "Albert Heijn Volkoren Rijstwafels. Ingrediënten: volkoren rijst, zeezout. Glutenvrij.", "", ""),
    ("meal", "χωριάτικη σαλάτα με φέτα και ελαιόλαδο", "dairy", ""),
    ("meal", "souvlaki pita gyros me tzatziki", "wheat dairy", ""),
    ("meal", "fasolada homemade, no bread", "", ""),
    ("meal", "ψάρι στα κάρβουνα με χόρτα και λεμόνι", "", ""),
    ("meal", "spanakopita from the fourno", "wheat dairy", ""),
    ("meal", "freddo espresso sketo", "", ""),
    ("label", "Fage Total 0% Greek Yoghurt. Ingredients: Pasteurised skimmed cows' milk, live yoghurt cultures. Συστατικά: Παστεριωμένο αποβουτυρωμένο αγελαδινό γάλα, ζωντανές καλλιέργειες.", "dairy", ""),
    ("label", "Παπαδοπούλου Πτι Μπερ. Συστατικά: Αλεύρι σίτου, ζάχαρη, φυτικά λιπαρά (φοινικέλαιο), σιρόπι γλυκόζης, γάλα σε σκόνη, αλάτι, διογκωτικά. Μπορεί να περιέχει ίχνη σόγιας.", "wheat sugar dairy", "corn soy"),
]

# ---------------------------------------------------------------------------
# Elif (İstanbul), Layla (Beirut / Dubai), Noa (Tel Aviv), Youssef (Casablanca), Mona (Cairo)
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "kahvaltı: beyaz peynir, zeytin, domates, salatalık, simit ve çay", "dairy wheat", "sugar"),
    ("meal", "menemen, ekmeksiz", "", ""),
    ("meal", "mercimek çorbası ve pilav", "", "dairy"),  # why: pilav is often cooked with butter
    ("meal", "iskender kebap, bol tereyağlı 😋", "wheat dairy", ""),
    ("meal", "lahmacun x2 ve ayran", "wheat dairy", ""),
    ("meal", "baklava 2 dilim bayramda", "wheat sugar dairy", ""),
    ("meal", "balık ekmek Eminönü'nde", "wheat", ""),
    ("label", "Ülker Çokoprens. İçindekiler: buğday unu, şeker, bitkisel yağ (palm), kakao, glikoz şurubu, yağsız süt tozu, kabartıcılar, tuz, emülgatör (soya lesitini), aroma verici. Gluten içerir.", "wheat sugar dairy soy", "corn"),
    ("label", "Sütaş Ayran. İçindekiler: Yoğurt (inek sütü, yoğurt kültürü), su, tuz.", "dairy", ""),
    ("label", "Tat Domates Salçası. İçindekiler: Domates, tuz.", "", ""),
    ("meal", "hummus, tabbouleh and grilled halloumi for lunch", "dairy wheat", ""),  # why: tabbouleh has bulgur
    ("meal", "منقوشة زعتر مع شاي", "wheat", ""),
    ("meal", "shawarma djej wrap from Barbar with toum and pickles", "wheat", "dairy sugar"),
    ("meal", "فول مدمس مع زيت زيتون وخبز عربي", "wheat", ""),
    ("meal", "mujaddara with salad, no laban", "", ""),
    ("meal", "knafeh nabulsieh with syrup after iftar", "dairy sugar wheat", ""),
    ("meal", "dates and laban at iftar, then lentil soup", "dairy", ""),
    ("meal", "karak chai from the cafeteria in al barsha", "dairy sugar", ""),
    ("meal", "machboos laham with rice, daqoos on the side", "", ""),
    ("label", "Almarai Fresh Laban Full Fat. Ingredients: Fresh cow's milk, culture. المكونات: حليب بقر طازج، مزرعة بكتيرية.", "dairy", ""),
    ("label", "Al Wadi Al Akhdar Tahini. Ingredients: 100% Sesame seeds. المكونات: سمسم ١٠٠٪", "", ""),
    ("label", "Americana Chicken Nuggets. Ingredients: Chicken meat, water, wheat flour, breadcrumbs (wheat flour, salt, yeast), vegetable oil (soybean), modified corn starch, salt, dextrose, spices. المكونات: لحم دجاج، ماء، دقيق قمح، فتات خبز، زيت نباتي (صويا)، نشا ذرة معدل، ملح، دكستروز، بهارات.", "wheat soy corn sugar", ""),
    ("meal", "shakshuka with pita, then a tahini cookie", "wheat sugar", ""),
    ("meal", "sabich from the kiosk: eggplant, egg, amba, salad in pita", "wheat", "sugar"),
    ("label", "Bamba Osem. Ingredients: Corn (65%), Peanut butter (25%), Palm oil, Salt. רכיבים: תירס, חמאת בוטנים, שמן דקל, מלח. Contains peanuts. May contain sesame.", "corn", ""),  # why: peanut butter is not dairy
    ("label", "Tnuva Cottage Cheese 5%. Ingredients: Milk, cream, salt, cultures. רכיבים: חלב, שמנת, מלח, תרביות.", "dairy", ""),
    ("meal", "tajine de poulet aux citrons confits et olives, avec du khobz", "wheat", ""),
    ("meal", "harira pour le ftour avec des dattes et chebakia", "wheat sugar", ""),  # why: harira thickened with flour; chebakia fried dough with honey + sugar
    ("meal", "thé à la menthe bien sucré", "sugar", ""),
    ("meal", "koshary from the cart, with extra da'ah", "wheat", ""),  # why: macaroni is part of koshary
    ("meal", "ful and ta'meya breakfast w baladi bread", "wheat", "soy corn"),
    ("meal", "molokhia with rice and grilled chicken", "", ""),
]

# ---------------------------------------------------------------------------
# Yuki (Osaka), Minji (Seoul), Mei (Shanghai / Taipei)
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "朝ごはん: ご飯、味噌汁、焼き鮭、納豆", "soy", "wheat"),  # why: miso+natto soy; natto tare has soy sauce
    ("meal", "コンビニのおにぎり（梅）とお茶", "", "sugar"),
    ("meal", "onigiri tuna mayo from lawson + green tea", "", "soy sugar"),
    ("meal", "ラーメン（豚骨）大盛り 🍜", "wheat", "soy sugar"),
    ("meal", "juwari soba (100% buckwheat) cold with wasabi, dipped a little in tsuyu", "soy wheat sugar", ""),  # why: tsuyu = soy sauce + mirin/sugar
    ("meal", "sashimi moriawase, no soy sauce, just wasabi and lemon", "", ""),
    ("meal", "okonomiyaki at the shop in dotonbori w mayo and sauce", "wheat sugar", "soy corn"),
    ("meal", "edamame and a highball at the izakaya", "soy", ""),
    ("meal", "焼き芋 from the truck", "", ""),
    ("label", "キッコーマン しょうゆ 原材料名：脱脂加工大豆（遺伝子組換えでない）、小麦、食塩／アルコール", "soy wheat", ""),
    ("label", "明治おいしい牛乳 種類別名称：牛乳 原材料名：生乳100%", "dairy", ""),
    ("label", "カルビー ポテトチップス うすしお味 原材料名：じゃがいも（国産）、植物油、食塩／調味料（アミノ酸）", "", "corn soy"),
    ("label", "ポッキーチョコレート 原材料名：小麦粉、砂糖、カカオマス、植物油脂、全粉乳、ショートニング、乳糖、でん粉、食塩、ココアバター、イースト／乳化剤（大豆由来）、香料。一部に乳成分・小麦・大豆を含む", "wheat sugar dairy soy", "corn"),
    ("meal", "김치찌개랑 밥", "", "sugar soy"),  # why: kimchi often has sugar; jjigae seasoned with soy/gochujang
    ("meal", "bibimbap with gochujang, fried egg, no meat", "sugar soy", "wheat corn"),  # why: gochujang: rice, soybean, often wheat and corn syrup
    ("meal", "samgyeopsal BBQ w lettuce, ssamjang, garlic, soju", "soy sugar", "wheat corn"),
    ("meal", "tteokbokki from the street cart 🌶️", "sugar", "wheat corn soy"),
    ("meal", "아이스 아메리카노 한 잔", "", ""),
    ("meal", "convenience store gimbap and banana milk", "dairy sugar", "soy wheat corn"),
    ("label", "해찬들 태양초 고추장 원재료명: 물엿(옥수수), 고춧가루, 소맥분(밀), 정제소금, 쌀, 메주분(대두), 주정. 밀, 대두 함유", "corn sugar wheat soy", ""),
    ("label", "빙그레 바나나맛 우유 원재료명: 원유 85%, 정제수, 설탕, 바나나과즙, 카로틴, 합성향료. 우유 함유", "dairy sugar", ""),
    ("label", "풀무원 두부 부침용 원재료명: 대두(국산), 정제수, 응고제(염화마그네슘)", "soy", ""),
    ("meal", "小笼包一笼 + 豆浆", "wheat soy", "sugar"),
    ("meal", "番茄炒蛋，白米饭", "", "sugar"),
    ("meal", "煎饼果子 for breakfast from the cart near the metro", "wheat soy", "corn"),  # why: mung bean + wheat batter; sweet bean sauce; corn? youtiao oil
    ("meal", "congee w pork floss and pickled veg", "sugar", "soy wheat"),
    ("meal", "steamed fish cantonese style with ginger scallion and soy", "soy wheat", "sugar"),
    ("meal", "mapo tofu with rice", "soy", "wheat corn sugar"),  # why: doubanjiang often contains wheat; cornstarch thickening
    ("meal", "beef noodle soup in taipei, 牛肉麵", "wheat soy", "sugar"),
    ("meal", "珍珠奶茶 半糖", "sugar dairy", "corn"),  # why: may use non-dairy creamer; sugar syrup
    ("label", "李锦记 蚝油 配料：水、白砂糖、蚝汁（蚝、水、盐）、食用盐、玉米淀粉、谷氨酸钠、小麦粉、焦糖色", "sugar corn wheat", ""),
    ("label", "维他奶 原味豆奶 配料：水、大豆、白砂糖", "soy sugar", ""),
]

# ---------------------------------------------------------------------------
# Linh (Hà Nội), Nok (Bangkok), Putri (Jakarta), Maria (Manila)
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "phở bò tái ở quán đầu ngõ", "", "sugar"),  # why: broth often has rock sugar
    ("meal", "bánh mì thịt nướng + cà phê sữa đá", "wheat dairy sugar", "soy"),  # why: cà phê sữa = sweetened condensed milk
    ("meal", "bún chả Hà Nội", "sugar", "soy"),
    ("meal", "gỏi cuốn tôm thịt, chấm tương đen", "soy sugar", "wheat"),
    ("meal", "cơm tấm sườn bì chả", "sugar", "soy"),
    ("meal", "cà phê đen không đường", "", ""),
    ("label", "Vinamilk Sữa Tươi Tiệt Trùng Không Đường. Thành phần: 100% sữa bò tươi.", "dairy", ""),
    ("label", "Mì Hảo Hảo Tôm Chua Cay. Thành phần: Vắt mì: bột mì, dầu thực vật, tinh bột, muối. Gói súp: muối, đường, bột ngọt, tỏi, ớt, nước mắm. Có chứa lúa mì.", "wheat sugar", "corn soy"),
    ("meal", "ข้าวผัดกะเพราหมูสับ ไข่ดาว", "soy sugar", "wheat"),  # why: krapao uses oyster sauce, soy sauce and sugar
    ("meal", "som tam thai no sugar pls, with sticky rice", "", ""),
    ("meal", "pad thai from the street stall on khao san", "sugar", "soy"),
    ("meal", "tom yum goong nam khon (with evaporated milk)", "dairy", "sugar"),
    ("meal", "green curry chicken w jasmine rice", "", "sugar"),  # why: coconut milk; palm sugar usually
    ("meal", "mango sticky rice 🥭", "sugar", ""),
    ("meal", "cha yen thai iced tea", "dairy sugar", ""),
    ("label", "Healthy Boy Thin Soy Sauce ซีอิ๊วขาว สูตร 1. ส่วนประกอบ: ถั่วเหลือง 40%, น้ำ, เกลือ, แป้งสาลี, น้ำตาล. Ingredients: Soybean, water, salt, wheat flour, sugar.", "soy wheat sugar", ""),
    ("meal", "nasi goreng abang-abang pakai telur ceplok", "sugar soy wheat", ""),  # why: kecap manis = soy + wheat (commonly) + palm sugar
    ("meal", "gado-gado, saus kacang, lontong, kerupuk", "sugar", "soy wheat"),  # why: tofu/tempeh usually included; kerupuk starch
    ("meal", "tempe goreng dan sayur asem, nasi putih", "soy", "corn"),
    ("meal", "bakso sapi satu mangkok", "", "wheat corn soy"),
    ("meal", "es teh manis di warung", "sugar", ""),
    ("meal", "martabak manis coklat keju 😍", "wheat sugar dairy", "soy"),
    ("label", "Kecap Manis Bango. Komposisi: Gula kelapa, air, kedelai hitam, garam. Mengandung kedelai.", "sugar soy", ""),
    ("label", "Indomie Mi Goreng. Mi: tepung terigu, minyak nabati, tepung tapioka, garam. Bumbu: gula, garam, penguat rasa, bawang putih. Minyak bumbu. Kecap manis (gula, air, garam, kedelai, gandum). Mengandung gandum dan kedelai.", "wheat sugar soy", "corn"),
    ("meal", "jollibee chickenjoy 1pc with rice and gravy + pineapple juice", "wheat sugar", "corn soy dairy"),
    ("meal", "jollibee jolly spaghetti (the sweet one w hotdog and cheese)", "wheat dairy sugar", "corn soy"),
    ("meal", "sinigang na baboy, kanin", "", ""),
    ("meal", "chicken adobo sa bahay, with rice", "soy wheat", "sugar"),
    ("meal", "pandesal with kesong puti for merienda", "wheat dairy sugar", ""),
    ("meal", "taho from the manong", "soy sugar", ""),
    ("label", "UFC Banana Catsup. Ingredients: Water, Sugar, Banana, Modified Starch, Vinegar, Salt, Spices, Colors. Contains no tomato.", "sugar", "corn wheat"),
    ("label", "Datu Puti Vinegar. Ingredients: Water, Acetic Acid.", "", "corn"),  # why: cane/corn-derived acetic acid possible
]

# ---------------------------------------------------------------------------
# Amina (Nairobi, Kenya: Swahili/English), Hana (Addis Ababa)
# ---------------------------------------------------------------------------
BLIND13_CASES += [
    ("meal", "ugali na sukuma wiki na nyama choma", "corn", ""),
    ("meal", "chapati 2 na maharagwe", "wheat", ""),
    ("meal", "chai ya maziwa na sukari, mandazi moja", "dairy sugar wheat", ""),
    ("meal", "githeri (maize and beans) for lunch", "corn", ""),
    ("meal", "pilau ya nyama na kachumbari", "", ""),
    ("meal", "matoke with groundnut sauce", "", ""),
    ("meal", "mukimo with beef stew", "corn", ""),  # why: mukimo mashes potatoes with maize and greens
    ("meal", "chips mayai from the kibanda", "", "soy corn"),
    ("label", "Jogoo Maize Meal Fortified. Ingredients: Sifted maize flour, vitamins, minerals.", "corn", ""),
    ("label", "Brookside Fresh Milk Whole. Ingredients: Pasteurised whole milk.", "dairy", ""),
    ("label", "Kensalt Royco Mchuzi Mix Beef. Ingredients: Maize flour, salt, flavour enhancer (MSG), colour (caramel), sugar, flavourings, onion powder, spices, hydrolysed vegetable protein.", "corn sugar", "wheat soy"),
    ("meal", "injera with shiro wat and gomen", "", "wheat dairy"),  # why: injera is teff but often mixed with wheat flour; shiro sometimes with niter kibbeh
    ("meal", "doro wat with injera and ayib at my aunt's", "dairy", "wheat"),  # why: niter kibbeh (spiced butter) + ayib cheese
    ("meal", "buna (ethiopian coffee ceremony), 3 cups, with sugar", "sugar", ""),
    ("meal", "ful with berbere and bread", "wheat", "dairy"),
    ("meal", "tibs fried in oil with onions and peppers, no injera", "", ""),
]
