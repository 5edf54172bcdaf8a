# ruff: noqa: E501
"""Blind labelled set 36: everyday food-diary users in the US, Canada, UK, Ireland, Australia, NZ, Germany, France, Spain, Italy, the Netherlands and Poland logging quick meals, cafe drinks, takeaway and pasted labels, in English or their own language."""

BLIND36_CASES: list[tuple[str, str, str, str]] = []

# --- US: quick logs, chains, home cooking ---
BLIND36_CASES += [
    ("meal", "chipotle bowl w/ white rice, black beans, chicken, fajita veg, pico, cheese n sour cream", "dairy", ""),
    ("meal", "chipotle burrito bowl brown rice sofritas corn salsa guac NO cheese no sour cream", "corn soy", ""),  # why: sofritas are tofu; cheese and sour cream declined
    ("meal", "2 eggs scrambled in butter, 2 slices wheat toast, OJ", "wheat dairy", "sugar"),  # why: US sandwich bread usually has added sugar
    ("meal", "starbucks venti iced caramel macchiato w oatmilk", "dairy sugar", "corn"),  # why: vanilla syrup is sugar; caramel drizzle is made with butter and cream even with oat milk
    ("meal", "chick fil a 8ct nuggets, waffle fries, lemonade", "wheat sugar", "dairy soy"),  # why: breaded; milk wash likely; lemonade sweetened
    ("meal", "panera broccoli cheddar soup in a bread bowl", "wheat dairy", ""),
    ("meal", "costco hot dog combo w a coke", "wheat corn sugar", ""),  # why: US fountain coke is HFCS
    ("meal", "homemade chili (ground beef, kidney beans, canned tomatoes) topped w cheddar and fritos", "dairy corn", ""),
    ("meal", "grilled chicken breast, steamed broccoli, baked sweet potato w cinnamon", "", ""),
    ("meal", "cornish hen roasted w rosemary + lemon, wild rice on the side", "", ""),
    ("meal", "pb&j on whole wheat and a glass of milk", "wheat dairy sugar", "soy"),  # why: jelly is sugar; regular PB often has hydrogenated soybean oil
    ("meal", "taco tuesday!! 3 hard shell tacos, ground beef w old el paso seasoning, lettuce, cheese, sour cream", "dairy corn", "sugar"),
    ("meal", "black coffee, 2 hard boiled eggs", "", ""),
    ("meal", "in n out double double animal style + fries + choc shake", "wheat dairy sugar", "corn soy"),
    ("meal", "overnight oats: oats, unsweetened almond milk, chia, blueberries, 1 tsp maple syrup", "", "sugar"),  # why: maple syrup is a natural sweetener, flagged possible
    ("meal", "sweetgreen kale caesar w chicken, no croutons, extra parm", "dairy", ""),
    ("meal", "pad thai takeout w chicken", "sugar", "wheat soy"),  # why: palm sugar standard; some kitchens add soy sauce or tofu
    ("meal", "half a bagel w cream cheese and lox", "wheat dairy", "sugar"),
    ("meal", "kraft mac n cheese made w lactaid milk and butter", "wheat dairy", ""),  # why: lactose-free milk is still milk
    ("meal", "seared salmon, quinoa, asparagus roasted in olive oil", "", ""),
    ("meal", "2 slices pepperoni from dominos", "wheat dairy", "sugar soy"),
    ("meal", "large popcorn at the movies w the butter topping", "corn", "dairy soy"),  # why: cinema 'butter' is usually flavoured soybean oil, sometimes real butter
    ("meal", "cobb salad - chicken, bacon, egg, avocado, blue cheese, ranch", "dairy", "soy sugar"),
    ("meal", "10 buffalo wings w celery and blue cheese dip", "dairy", "corn soy"),  # why: deep-fried in unknown oil; buffalo sauce has butter
    ("meal", "cornbread muffin w honey butter + a bowl of chili", "wheat dairy corn sugar", ""),
    ("meal", "shrimp n grits, SO much butter", "dairy corn", ""),
    ("meal", "post gym: 2 scoops gold standard whey (double rich choc) in water", "dairy", "soy sugar"),  # why: whey powders typically carry soy lecithin; this one uses sweeteners but flavour varies
    ("meal", "diet coke + nature valley oats n honey bar", "sugar", "soy corn"),
    ("meal", "thanksgiving leftovers: turkey, stuffing, mashed potatoes n gravy, cranberry sauce, green bean casserole", "wheat dairy sugar", "corn soy"),
    ("meal", "chobani plain greek w walnuts", "dairy", ""),
    ("meal", "skipped bfast. turkey club on sourdough from the deli + bag of chips", "wheat", "corn soy sugar"),  # why: mayo usually soybean oil, bacon cured with sugar, chips fried in corn/sunflower/canola
    ("meal", "pho from the viet place, rare beef. used the hoisin + sriracha", "soy sugar", "wheat corn"),
    ("meal", "beyond burger lettuce wrap (no bun) + sweet potato fries", "", "corn soy"),  # why: Beyond is pea-based; fries in unknown fryer oil
    ("meal", "literally nothing all day except coffee w half and half", "dairy", ""),
    ("meal", "smoothie: banana, spinach, peanut butter (just peanuts + salt), unsweetened almond milk", "", ""),
    ("meal", "small frosty from wendys", "dairy sugar", "corn"),
    ("meal", "apple w almond butter and a string cheese", "dairy", ""),
    ("meal", "panda express orange chicken + fried rice", "wheat soy sugar", "corn"),
    ("meal", "honey nut cheerios w 2%", "dairy corn sugar", ""),
    ("meal", "costco rotisserie chicken + a caesar salad kit", "wheat dairy", "soy corn sugar"),  # why: kit has croutons and parmesan; rotisserie brine usually has sugar/starch
    ("meal", "bbq ribs, coleslaw, baked beans at the smokehouse", "sugar", "corn soy"),
    ("meal", "unsweet iced tea + turkey avocado wrap", "wheat", ""),  # why: wrap = flour tortilla
    ("meal", "barilla gluten free penne (corn & rice) w jar marinara + parm", "dairy corn", "sugar"),
    ("meal", "sushi night: 2 salmon avo rolls, miso soup, edamame, low sodium soy sauce", "wheat soy sugar", ""),
    ("meal", "egg white omelet spinach mushroom NO cheese, side of fruit", "", ""),
    ("meal", "dunkin med iced w cream + 2 sugars and a boston kreme", "wheat dairy sugar", "soy"),
    ("meal", "clif bar choc chip on the trail", "soy sugar", "dairy"),
    ("meal", "ordered a latte but they made it w almond milk which is what i wanted anyway, unsweetened", "", ""),
    ("meal", "lunch at school cafeteria: chicken patty sandwich, tater tots, chocolate milk", "wheat dairy sugar", "corn soy"),
    ("meal", "bagel bites x9 lol", "wheat dairy", "soy sugar"),
    ("meal", "acai bowl from playa bowls w granola, honey", "", "sugar"),  # why: base may be sweetened; granola and honey
    ("meal", "steak, baked potato w sour cream and chives, side salad w balsamic vinaigrette", "dairy", "sugar"),
    ("meal", "huevos rancheros on corn tortillas w queso fresco", "dairy corn", ""),
    ("meal", "slice of nyc cheese pizza + garlic knots", "wheat dairy", "sugar"),
    ("meal", "wait correction, the tortillas earlier were flour not corn. chicken fajitas w peppers, onions, salsa", "wheat", ""),
    ("meal", "buttercup squash soup w coconut milk, no cream", "", ""),
    ("meal", "mcdonalds large fries and a sweet tea", "wheat dairy corn soy sugar", ""),  # why: US fries list natural beef flavor (wheat, milk), dextrose, and a canola/corn/soybean oil blend
]

# --- US: pasted labels ---
BLIND36_CASES += [
    ("label", "OREO Chocolate Sandwich Cookies INGREDIENTS: SUGAR, UNBLEACHED ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), PALM AND/OR CANOLA OIL, COCOA (PROCESSED WITH ALKALI), HIGH FRUCTOSE CORN SYRUP, LEAVENING (BAKING SODA AND/OR CALCIUM PHOSPHATE), SALT, SOY LECITHIN, CHOCOLATE, ARTIFICIAL FLAVOR. CONTAINS: WHEAT, SOY.", "wheat corn soy sugar", ""),
    ("label", "Heinz Tomato Ketchup. Ingredients: tomato concentrate from red ripe tomatoes, distilled vinegar, high fructose corn syrup, corn syrup, salt, spice, onion powder, natural flavoring. Serving 1 tbsp (17g) Calories 20 Total Sugars 4g", "corn sugar", ""),
    ("label", "Silk Original Soymilk — INGREDIENTS: SOYMILK (FILTERED WATER, SOYBEANS), CANE SUGAR, SEA SALT, GELLAN GUM, NATURAL FLAVOR, CALCIUM CARBONATE, VITAMIN A PALMITATE, VITAMIN D2. DAIRY FREE. CONTAINS SOY.", "soy sugar", ""),
    ("label", "Almond Breeze Unsweetened Original almondmilk. Ingredients: Almondmilk (Filtered Water, Almonds), Calcium Carbonate, Sea Salt, Potassium Citrate, Sunflower Lecithin, Gellan Gum, Vitamin A Acetate, Vitamin D2, D-Alpha-Tocopherol. 0g sugar. Dairy free, soy free, gluten free.", "", ""),
    ("label", "COFFEE-MATE The Original non-dairy creamer INGREDIENTS: CORN SYRUP SOLIDS, HYDROGENATED VEGETABLE OIL (COCONUT AND/OR PALM KERNEL AND/OR SOYBEAN), AND LESS THAN 2% OF SODIUM CASEINATE (A MILK DERIVATIVE)**, MONO- AND DIGLYCERIDES, DIPOTASSIUM PHOSPHATE, SODIUM ALUMINOSILICATE, ARTIFICIAL FLAVOR, ANNATTO COLOR. **NOT A SOURCE OF LACTOSE", "dairy corn sugar", "soy"),  # why: 'non-dairy' but caseinate is milk protein
    ("label", "Food for Life Ezekiel 4:9 Sprouted Whole Grain Bread. Ingredients: Organic Sprouted Wheat, Filtered Water, Organic Sprouted Barley, Organic Sprouted Millet, Organic Malted Barley, Organic Sprouted Lentils, Organic Sprouted Soybeans, Organic Sprouted Spelt, Fresh Yeast, Organic Wheat Gluten, Sea Salt. No added sugar. Contains: wheat, soy.", "wheat soy", ""),
    ("label", "San-J Tamari Gluten Free Soy Sauce, 28% less sodium. INGREDIENTS: WATER, ORGANIC SOYBEANS, SALT, ORGANIC ALCOHOL (TO PRESERVE FRESHNESS). Brewed without wheat. Certified Gluten-Free. CONTAINS: SOYBEANS", "soy", ""),
    ("label", "Jack Link's Original Beef Jerky INGREDIENTS: BEEF, WATER, SUGAR, SOY SAUCE (WATER, WHEAT, SOYBEANS, SALT), LESS THAN 2% OF SALT, MALTODEXTRIN, NATURAL FLAVORS, HYDROLYZED CORN PROTEIN, MONOSODIUM GLUTAMATE, VINEGAR, PAPAIN, SODIUM NITRITE. CONTAINS: WHEAT, SOY", "wheat corn soy sugar", ""),
    ("label", "Canyon Bakehouse Gluten Free Mountain White Bread. Ingredients: Water, Whole Grain Flour Blend (Brown Rice Flour, Sorghum Flour, Teff Flour), Tapioca Starch, Egg Whites, Evaporated Cane Juice, Potato Starch, Apple Cider Vinegar, Xanthan Gum, Yeast, Sunflower Oil, Salt, Cultured Dextrose. Dairy free, nut free.", "sugar", "corn"),  # why: cane juice is sugar; xanthan/cultured dextrose hidden corn
    ("label", "KIND Dark Chocolate Nuts & Sea Salt. Almonds, peanuts, chicory root fiber, honey, palm kernel oil, sugar, glucose syrup, rice flour, unsweetened chocolate, sea salt, cocoa powder, soy lecithin, natural flavor. CONTAINS PEANUTS, ALMONDS, SOY. MAY CONTAIN OTHER TREE NUTS AND SESAME.", "soy sugar", "corn"),
    ("label", "Lay's Classic Potato Chips — Ingredients: Potatoes, Vegetable Oil (Sunflower, Corn, and/or Canola Oil), and Salt. Gluten free. Nutrition Facts: serving size 1 oz (28g / about 15 chips) Calories 160", "", "corn"),  # why: the 'and/or' oil may be corn
    ("label", "GATORADE Thirst Quencher Lemon-Lime. WATER, SUGAR, DEXTROSE, CITRIC ACID, SALT, SODIUM CITRATE, MONOPOTASSIUM PHOSPHATE, GUM ARABIC, NATURAL FLAVOR, GLYCEROL ESTER OF ROSIN, YELLOW 5.", "sugar", "corn"),
    ("label", "Cool Whip Original whipped topping INGREDIENTS: WATER, CORN SYRUP, HYDROGENATED VEGETABLE OIL (COCONUT AND PALM KERNEL OILS), HIGH FRUCTOSE CORN SYRUP, SKIM MILK, LIGHT CREAM, LESS THAN 2% OF SODIUM CASEINATE, NATURAL AND ARTIFICIAL FLAVOR, XANTHAN AND GUAR GUMS, POLYSORBATE 60, SORBITAN MONOSTEARATE, BETA CAROTENE. CONTAINS MILK", "dairy corn sugar", ""),
    ("label", "Kirkland Signature 100% Pure Maple Syrup, Grade A Amber Rich. Ingredients: pure maple syrup. 1/4 cup: sugars 53g", "", "sugar"),  # why: natural sweetener, flagged possible
    ("label", "Thai Kitchen Organic Coconut Milk Unsweetened — Ingredients: Organic Coconut, Water, Guar Gum. Vegan. Dairy-free. BPA-free can.", "", ""),
    ("label", "Smucker's Natural Creamy Peanut Butter. Ingredients: Peanuts, contains 1% or less of Salt. Stir before serving. MANUFACTURED IN A FACILITY THAT ALSO PROCESSES TREE NUTS", "", ""),
    ("label", "Jif Creamy Peanut Butter INGREDIENTS: MADE FROM ROASTED PEANUTS AND SUGAR, CONTAINS 2% OR LESS OF: MOLASSES, FULLY HYDROGENATED VEGETABLE OILS (RAPESEED AND SOYBEAN), MONO AND DIGLYCERIDES, SALT.", "soy sugar", ""),
    ("label", "Perdue Cornish Hens, 2 ct. Ingredients: Cornish game hen. Contains up to 8% retained water. All vegetable diet, no antibiotics ever.", "", ""),
    ("label", "Libby's Corned Beef 12oz can — INGREDIENTS: COOKED CORNED BEEF, SALT, SUGAR, SODIUM NITRITE.", "sugar", ""),  # why: 'corned' is salt-curing, not corn; sugar is listed
    ("label", "Eggo Homestyle Waffles. Ingredients: enriched flour (wheat flour, niacin, reduced iron, vitamin b1 [thiamin mononitrate], vitamin b2 [riboflavin], folic acid), water, vegetable oil (soybean and palm oil), eggs, sugar, leavening (baking soda, sodium aluminum phosphate, monocalcium phosphate), contains 2% or less of salt, whey, soy lecithin. Contains wheat, egg, milk, soy.", "wheat dairy soy sugar", ""),
    ("label", "Quest Protein Bar Cookies & Cream  — No Added Sugar*  Ingredients: Protein Blend (Milk Protein Isolate, Whey Protein Isolate), Soluble Corn Fiber, Almonds, Erythritol, Water, Cocoa Butter, Palm Kernel Oil, Natural Flavors, Sea Salt, Sucralose, Steviol Glycosides. *not a low calorie food. CONTAINS MILK, ALMONDS.", "dairy corn", ""),  # why: soluble corn fiber is corn; no sugar on the list
    ("label", "Califia Farms Oat Barista Blend. INGREDIENTS: OATMILK (FILTERED WATER, OATS), SUNFLOWER OIL, DIPOTASSIUM PHOSPHATE, CALCIUM CARBONATE, TRICALCIUM PHOSPHATE, SEA SALT, GELLAN GUM, ASCORBIC ACID. Certified Gluten-Free. Non-GMO.", "", ""),
    ("label", "Bob's Red Mill Old Fashioned Rolled Oats (NOT gluten free version). Ingredients: Whole Grain Rolled Oats. Manufactured in a facility that also uses wheat, tree nuts and soy.", "", "wheat"),  # why: plain oats; shared-facility wheat warning
]

# --- Canada (English and Quebec French) ---
BLIND36_CASES += [
    ("meal", "poutine classique a la banquise 2am", "dairy", "wheat corn soy"),  # why: fries in unknown oil; poutine gravy usually thickened with flour or cornstarch
    ("meal", "tims double double + honey cruller", "wheat dairy sugar", "soy"),
    ("meal", "20 timbits for the office (i had like 6)", "wheat sugar", "dairy soy"),
    ("meal", "nanaimo bar from the bakery on commercial dr", "wheat dairy sugar", "corn soy"),  # why: custard-powder layer is usually cornstarch
    ("meal", "butter chicken and garlic naan from the indian spot on bloor", "wheat dairy", "sugar"),
    ("meal", "tourtière chez grand-maman pour le réveillon", "wheat", "dairy"),
    ("meal", "pâté chinois ce soir avec du ketchup", "dairy corn sugar", ""),  # why: layer of creamed corn + kernel corn; buttered mash; ketchup
    ("meal", "déjeuner: 2 rôties au beurre de peanut et un café au lait", "wheat dairy", "soy sugar"),
    ("meal", "ketchup chips and a coke zero", "sugar", "corn"),
    ("meal", "schwartz's smoked meat on rye w mustard and a pickle", "wheat", ""),  # why: deli rye is mostly wheat flour
    ("meal", "beavertail cinnamon sugar at the canal", "wheat sugar", "dairy"),
    ("meal", "tire d'érable sur la neige à la cabane à sucre 🍁", "", "sugar"),  # why: pure maple taffy; natural sweetener flagged possible
    ("meal", "caesar w clamato and a celery stick", "sugar", "corn"),
    ("meal", "KD with cut up hot dogs, don't judge", "wheat dairy", "corn sugar"),
    ("meal", "salmon with maple-soy glaze, rice, bok choy (made it myself)", "wheat soy", "sugar"),
    ("meal", "A&W teen burger, onion rings, root beer", "wheat dairy sugar", "corn soy"),
    ("meal", "swiss chalet quarter chicken dinner, fries, roll, chalet sauce", "wheat", "corn soy sugar"),
    ("meal", "oat milk latte from second cup no sweetener", "", ""),
    ("meal", "bannock with saskatoon jam at the powwow", "wheat sugar", "dairy"),
    ("meal", "perogies fried w onions and sour cream (cheddar potato ones from costco)", "wheat dairy", ""),
    ("meal", "earls chicken caesar but no croutons and no parm", "", "dairy"),  # why: caesar dressing itself usually contains parmesan
    ("meal", "2 butter tarts from the farmers market", "wheat dairy sugar", "corn"),
    ("meal", "booster juice mango smoothie, they put sherbet in it", "dairy sugar", ""),
    ("meal", "oreille de crisse et fèves au lard à la cabane", "sugar", ""),  # why: beans are sweetened with maple/molasses; crispy pork rind
    ("meal", "smoothie bowl at home: frozen berries, banana, plain skyr", "dairy", ""),
    ("meal", "sushi à l'épicerie, j'ai pas pris la sauce soya", "sugar", ""),  # why: sushi rice is seasoned with sugar; soy sauce declined
]

# --- Canada: labels ---
BLIND36_CASES += [
    ("label", "Kraft Dinner Original / Kraft Diner Original. INGREDIENTS: ENRICHED WHEAT FLOUR, MODIFIED MILK INGREDIENTS, SALT, SODIUM PHOSPHATES, CITRIC ACID, LACTIC ACID, PAPRIKA, TURMERIC, ANNATTO. CONTAINS: WHEAT, MILK. / INGRÉDIENTS : FARINE DE BLÉ ENRICHIE, SUBSTANCES LAITIÈRES MODIFIÉES, SEL...", "wheat dairy", "corn"),  # why: citric acid is a hidden corn source
    ("label", "Ingredients: enriched wheat flour, sugar/glucose-fructose, vegetable oil (canola, modified palm), cocoa, corn starch, salt, baking soda, soy lecithin, natural flavour. CONTAINS: WHEAT, SOY. MAY CONTAIN: MILK, PEANUTS. Ingrédients: farine de blé enrichie, sucre/glucose-fructose, huile végétale...", "wheat corn soy sugar", "dairy"),
    ("label", "Sweet Kale Chopped Salad Kit. Salad: green cabbage, broccoli, brussels sprouts, kale, chicory, pumpkin seeds, dried cranberries (cranberries, sugar, sunflower oil). Dressing: canola oil, water, vinegar, sugar, poppyseeds, onion, salt, dried egg yolk, xanthan gum. CONTAINS EGG.", "sugar", "corn"),
    ("label", "PC Blue Menu Tofu Extra Firm / Tofu extra-ferme. Ingredients: water, organic soybeans, calcium sulphate, magnesium chloride. Contains: soy.", "soy", ""),
    ("label", "Clamato Original. Water, tomato paste, glucose-fructose, salt, monosodium glutamate, spices, onion powder, citric acid, dried clam broth, ascorbic acid, red 40.", "corn sugar", ""),  # why: Canadian 'glucose-fructose' is HFCS
    ("label", "Maple Leaf Top Dogs Original Wieners. Mechanically separated chicken, pork, water, modified corn starch, salt, corn syrup solids, dextrose, spices, sodium phosphate, sodium erythorbate, sodium nitrite, smoke. / Poulet séparé mécaniquement, porc, eau, amidon de maïs modifié...", "corn sugar", ""),
]

# --- UK ---
BLIND36_CASES += [
    ("meal", "tesco meal deal: chicken & bacon sandwich, walkers cheese & onion, diet coke", "wheat dairy", "soy corn"),  # why: UK sandwich bread often has soya flour; crisps seasoning has milk; cola caramel colour
    ("meal", "full english - 2 sausages, bacon, fried egg, beans, black pudding, fried bread, grilled tomato, mushrooms", "wheat sugar", ""),  # why: sausages contain rusk; baked beans are sweetened
    ("meal", "greggs sausage roll + steak bake, running late again", "wheat", "dairy"),
    ("meal", "chippy tea: cod n chips, mushy peas, curry sauce", "wheat", "corn soy sugar"),
    ("meal", "sunday roast at mums - roast beef, yorkshire puds, roasties, carrots, bisto gravy", "wheat dairy", "corn"),
    ("meal", "pret chicken caesar & bacon baguette + a flat white", "wheat dairy", ""),
    ("meal", "chicken tikka masala, pilau rice, peshwari naan from the indian", "wheat dairy sugar", ""),
    ("meal", "beans on toast w a bit of grated cheddar", "wheat dairy sugar", ""),
    ("meal", "cuppa w milk and 2 digestives", "wheat dairy sugar", ""),
    ("meal", "jacket potato w tuna mayo and sweetcorn", "corn", ""),
    ("meal", "nandos 1/4 chicken medium, corn on the cob, peri chips", "corn", "soy"),
    ("meal", "2 crumpets w butter and marmite", "wheat dairy", "sugar"),
    ("meal", "shepherds pie w peas", "dairy", "wheat"),
    ("meal", "pimms n lemonade at the bbq, 2 glasses", "sugar", ""),
    ("meal", "jaffa cakes (6... ok 8)", "wheat sugar", "corn dairy soy"),
    ("meal", "bacon butty w HP brown sauce", "wheat sugar", ""),
    ("meal", "pret bircher muesli (oats soaked in apple juice w yoghurt)", "dairy", ""),
    ("meal", "spag bol & garlic bread", "wheat dairy", ""),
    ("meal", "ploughmans: cheddar, ham, branston pickle, crusty bread, apple", "wheat dairy sugar", ""),
    ("meal", "quorn mince chilli w rice, no cheese on top", "", ""),  # why: Quorn mince is mycoprotein + egg white, no milk or wheat
    ("meal", "share bag of dairy milk buttons all to myself", "dairy sugar", ""),
    ("meal", "cornish pasty from the services", "wheat", "dairy"),  # why: 'cornish' is not corn
    ("meal", "spoons curry club - chicken tikka masala, rice, naan, poppadoms, pint of carling", "wheat dairy", "corn soy sugar"),
    ("meal", "sourdough toast w smashed avo + chilli flakes", "wheat", ""),
    ("meal", "costa oat flat white, no syrup", "", ""),
    ("meal", "costa hot choc with cream on top", "dairy sugar", ""),
    ("meal", "cheese toastie + a tin of heinz cream of tomato soup", "wheat dairy sugar", ""),
    ("meal", "sticky toffee pudding w custard at the pub", "wheat dairy sugar", "corn"),  # why: custard from powder is cornflour-based
    ("meal", "wagamama chicken katsu curry", "wheat", "soy sugar"),
    ("meal", "strawberries n cream at wimbledon 🍓", "dairy", ""),
    ("meal", "school dinner: fish fingers, chips, beans, then jam sponge", "wheat sugar", "dairy corn soy"),
    ("meal", "M&S percy pigs, half a bag", "sugar", "corn"),
    ("meal", "homemade dal w basmati, cooked in rapeseed oil, no ghee this time", "", ""),
    ("meal", "sugar snap peas and hummus for lunch at my desk", "", ""),
    ("meal", "leon chicken wrap, ate the filling, left the tortilla", "", ""),  # why: wrap not eaten
    ("meal", "tea w a splash of semi skimmed + 2 rich tea", "wheat dairy sugar", ""),
]

# --- UK: labels ---
BLIND36_CASES += [
    ("label", "Warburtons Toastie White 800g. INGREDIENTS: Wheat Flour (with Calcium, Iron, Niacin, Thiamin), Water, Yeast, Salt, Soya Flour, Preservative: Calcium Propionate, Emulsifiers: E471, E481, Rapeseed Oil, Flour Treatment Agent: Ascorbic Acid. For allergens, see ingredients in bold.", "wheat soy", ""),
    ("label", "Heinz Beanz in a rich tomato sauce. Ingredients: Beans (51%), Tomatoes (34%), Water, Sugar, Spirit Vinegar, Modified Cornflour, Salt, Spice Extracts, Herb Extract. Typical values per 100g: Energy 332kJ/78kcal, Carbohydrate 12.5g of which sugars 4.7g", "corn sugar", ""),
    ("label", "McVitie's Digestives The Original. Ingredients: Flour (39%) (Wheat Flour, Calcium, Iron, Niacin, Thiamin), Wholemeal Wheat Flour (27%), Vegetable Oil (Palm), Sugar, Partially Inverted Sugar Syrup, Raising Agents (Sodium Bicarbonate, Malic Acid, Ammonium Bicarbonate), Salt. May contain: Milk", "wheat sugar", "dairy"),
    ("label", "Walkers Cheese & Onion Flavour Crisps. Ingredients: Potatoes, Vegetable Oils (Sunflower, Rapeseed, in varying proportions), Cheese & Onion Seasoning (Dried Onion, Salt, Dried Milk Whey, Dried Cheese, Dextrose, Flavouring, Potassium Chloride, Yeast Extract, Dried Garlic, Colour (Paprika Extract))", "dairy sugar", "corn"),
    ("label", "Bisto Gravy Granules for meat. Ingredients: Potato Starch, Maltodextrin, Salt, Palm Oil, Flavour Enhancers (E621, E635), Colour (Ammonia Caramel), Wheat Flour, Sugar, Onion Powder, Emulsifier (Soya Lecithin), Flavourings. Allergy advice: for allergens including cereals containing gluten, see ingredients in bold", "wheat soy sugar", "corn"),
    ("label", "Mr Kipling Cherry Bakewells x6. Sugar, Wheat Flour (with Calcium, Iron, Niacin, Thiamin), Vegetable Oils (Palm, Rapeseed), Glucose Syrup, Humectant (Vegetable Glycerine), Apple, Dried Egg, Almonds, Soya Flour, Whey Powder (Milk), Dextrose, Raising Agents, Salt, Emulsifier (E471), Preservative (Potassium Sorbate), Colour (Anthocyanins), Flavouring", "wheat dairy soy sugar", "corn"),
    ("label", "Alpro Soya No Sugars. Ingredients: Water, hulled soya beans (8.7%), calcium (tri-calcium phosphate), acidity regulator (potassium phosphates), sea salt, stabiliser (gellan gum), vitamins (B2, B12, E, D2). Naturally low in fat. Dairy free. 100% plant based.", "soy", ""),
    ("label", "Oatly Oat Drink Barista Edition 1L  Ingredients: Oat base (water, oats 10%), rapeseed oil, acidity regulator (dipotassium phosphate), minerals (calcium carbonate, tricalcium phosphate), salt, vitamins (D2, riboflavin, B12). Not suitable for coeliacs – may contain gluten", "", "wheat"),  # why: gluten cross-contact could be wheat
    ("label", "Branston Original Pickle. Ingredients: Vegetables in variable proportions (61%) (Carrot, Rutabaga, Onions, Cauliflower, Courgette), Sugar, Barley Malt Vinegar, Water, Tomato Paste, Dates, Salt, Modified Maize Starch, Apple Pulp, Spices, Colour (Sulphite Ammonia Caramel), Onion Powder, Concentrated Lemon Juice, Garlic Powder, Spice Extracts.", "corn sugar", ""),  # why: malt vinegar named as barley, not wheat
    ("label", "Marmite Yeast Extract 250g. Ingredients: Yeast Extract (contains Barley, Wheat, Oats, Rye), Salt, Vegetable Juice Concentrate, Vitamins (Niacin, Thiamin, Riboflavin, Folic Acid, Vitamin B12). Suitable for vegans.", "wheat", ""),
    ("label", "Moo Free Organic Dairy Free Original Chocolate Bar – gluten free, soya free, vegan. Ingredients: Sugar, Cocoa Butter, Rice Powder, Cocoa Mass, Emulsifier: Sunflower Lecithin, Natural Vanilla. Made in a dairy-free, gluten-free environment.", "sugar", ""),
    ("label", "QUORN Vegetarian Chicken Style Pieces. Mycoprotein (86%), Rehydrated Free Range Egg White, Milk Proteins, Firming Agents: Calcium Chloride, Calcium Acetate. 0.5g fat per portion", "dairy", ""),
    ("label", "Lyle's Golden Syrup 454g. Ingredients: Partially Inverted Refiners Syrup. Out of the strong came forth sweetness.", "sugar", ""),
    ("label", "Tesco Free From Bread White Sliced — gluten free, wheat free, milk free. Water, Tapioca Starch, Rice Flour, Potato Starch, Rapeseed Oil, Psyllium Husk Powder, Sugar, Yeast, Maize Starch, Stabiliser (Hydroxypropyl Methyl Cellulose), Salt, Dried Egg White.", "corn sugar", ""),
]

# --- Ireland ---
BLIND36_CASES += [
    ("meal", "breakfast roll from centra - sausage rasher egg white pudding brown sauce", "wheat sugar", ""),
    ("meal", "packet of tayto cheese & onion", "dairy", ""),
    ("meal", "2 cuts of brown bread w butter and a pot of tea w milk", "wheat dairy", ""),
    ("meal", "dublin coddle at the mammy's", "wheat", ""),  # why: sausages contain rusk
    ("meal", "spice bag from the chipper, the lot", "wheat", "corn soy sugar"),
    ("meal", "chicken fillet roll w cheese n taco mayo from the deli counter", "wheat dairy", "sugar"),
    ("meal", "flahavans porridge w milk and a spoon of brown sugar", "dairy sugar", ""),
    ("meal", "slice of barmbrack w kerrygold, halloween", "wheat dairy sugar", ""),
    ("meal", "3 pints of guinness and a packet of king crisps (plain salted)", "", ""),  # why: stout is barley; plain crisps
    ("meal", "irish stew (lamb, spuds, carrots, onions) and soda bread", "wheat dairy", ""),  # why: soda bread is made with buttermilk
    ("meal", "club orange and a ham n cheese sambo", "wheat dairy sugar", ""),
    ("meal", "supermacs quarter pounder w cheese meal + taco fries", "wheat dairy", "corn soy sugar"),
    ("meal", "batch loaf toast, kerrygold and marmalade", "wheat dairy sugar", ""),
    ("meal", "lyons tea w oat milk and a kimberley biscuit", "wheat sugar", ""),
    ("meal", "boxty w smoked salmon and creme fraiche in galway", "wheat dairy", ""),
    ("meal", "roast chicken, mash w real butter, carrots n parsnips, no gravy for me", "dairy", ""),
    ("meal", "tea and a mikado biscuit. actually 3 mikados", "wheat sugar", "corn"),
]

# --- Ireland: labels ---
BLIND36_CASES += [
    ("label", "Brennans Family Pan White Bread. Ingredients: Wheat Flour (Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin), Water, Yeast, Salt, Vegetable Oil (Rapeseed), Soya Flour, Emulsifiers (E471, E472e), Preservative (Calcium Propionate), Flour Treatment Agent (Ascorbic Acid). Baked fresh in Ireland", "wheat soy", ""),
    ("label", "Clonakilty Black Pudding. Pork Fat, Water, Oatmeal, Pork Blood Powder, Onions, Barley, Salt, Spices, Seasoning (Rusk [Wheat Flour, Salt], Dextrose). Natural casing. ALLERGENS: see ingredients in BOLD", "wheat sugar", "corn"),
    ("label", "Kerrygold Pure Irish Butter salted. Ingredients: Butter (Milk), Salt (1.4%). Fat 82g per 100g", "dairy", ""),
    ("label", "Avonmore Protein Milk Chocolate Flavour. Semi Skimmed Milk, Milk Protein, Cocoa, Sugar, Stabilisers (Carrageenan), Flavouring, Sweetener (Sucralose). 25g protein, 8.5g sugars (includes naturally occurring lactose)", "dairy sugar", ""),
]

# --- Australia ---
BLIND36_CASES += [
    ("meal", "smashed avo on sourdough w feta and a long black", "wheat dairy", ""),
    ("meal", "maccas brekkie - bacon n egg mcmuffin + hash brown", "wheat dairy", "corn soy"),
    ("meal", "vegemite toast w butter, 2 slices", "wheat dairy", ""),
    ("meal", "meat pie w tomato sauce at the footy", "wheat sugar", "corn soy"),  # why: cheap pie fillings often use soy protein and starch thickener
    ("meal", "bunnings sausage sizzle, white bread, onions, tomato sauce", "wheat sugar", ""),
    ("meal", "4 tim tams 😬", "wheat dairy sugar", "soy"),
    ("meal", "grilled barra, garden salad, chips from the fish shop", "", "corn soy"),
    ("meal", "chicken parmi w chips n salad at the pub, schooner of carlton", "wheat dairy", "corn soy sugar"),  # why: crumbed and deep-fried; Aussie lagers often add cane sugar
    ("meal", "flat white w skim", "dairy", ""),
    ("meal", "lamington from the bakery", "wheat dairy sugar", ""),
    ("meal", "anzac bikkies (made them w nan)", "wheat dairy sugar", ""),
    ("meal", "pavlova w cream and passionfruit xmas lunch", "dairy sugar", "corn"),  # why: pavlova recipes almost always use cornflour
    ("meal", "thai green curry chicken from the local, jasmine rice", "", "sugar"),  # why: coconut milk is not dairy; palm sugar usual
    ("meal", "banh mi thit from the bakery in cabramatta", "wheat sugar", "soy"),  # why: pickled carrot/daikon are sugared; maggi seasoning often added
    ("meal", "milo w cold milk, 3 heaped spoons", "dairy sugar", "soy"),
    ("meal", "golden gaytime at the beach", "wheat dairy sugar", "corn soy"),
    ("meal", "poke bowl: salmon, edamame, sushi rice, ponzu, seaweed salad", "wheat soy sugar", ""),
    ("meal", "nans zucchini slice", "wheat dairy", ""),
    ("meal", "farmers union iced coffee from the servo", "dairy sugar", ""),
    ("meal", "snags on the barbie no bread, salad w olive oil + lemon", "", "wheat"),  # why: Aussie sausages commonly contain wheat-based filler
    ("meal", "weet-bix x3 w milk and banana", "wheat dairy sugar", ""),
    ("meal", "sushi hand roll teriyaki chicken from the food court", "wheat soy sugar", ""),
    ("meal", "oat latte and a gf banana bread (cafe said gluten free) with butter", "dairy", "corn sugar"),  # why: banana bread is nearly always sweetened; GF flour blends often have corn starch
    ("meal", "kangaroo steak, roast pumpkin and steamed greens", "", ""),
    ("meal", "guzman y gomez burrito: chicken, rice, beans, cheese, sour cream, pico", "wheat dairy", ""),
    ("meal", "bowl of arnotts shapes (bbq) while studying", "wheat sugar", "corn soy dairy"),
]

# --- Australia: labels ---
BLIND36_CASES += [
    ("label", "VEGEMITE 380g. Ingredients: Yeast extract (from yeast grown on barley and wheat), salt, mineral salt (508), malt extract (from barley), colours (150c), flavour, niacin, thiamine, riboflavin, folate. Contains gluten.", "wheat", "corn"),  # why: caramel colour 150c is a hidden corn source
    ("label", "Arnott's Tim Tam Original. Ingredients: Sugar, Wheat Flour, Vegetable Oil, Milk Solids, Cocoa Mass, Cocoa Butter, Glucose Syrup, Cocoa, Golden Syrup, Emulsifiers (Soy Lecithin, 492, 471), Salt, Raising Agent (Sodium Bicarbonate), Flavour. CONTAINS WHEAT, MILK, SOY. MAY CONTAIN TREE NUTS.", "wheat dairy soy sugar", "corn"),
    ("label", "Sanitarium Weet-Bix. Ingredients: Wholegrain Wheat (97%), Raw Sugar, Salt, Barley Malt Extract, Vitamins (Niacin, Thiamin, Riboflavin, Folate), Mineral (Iron). Contains gluten.", "wheat sugar", ""),
    ("label", "Uncle Tobys Traditional Oats 1kg. Ingredients: Wholegrain Rolled Oats (100%). CONTAINS OATS (GLUTEN). MAY CONTAIN WHEAT AND BARLEY.", "", "wheat"),
    ("label", "So Good Almond Milk Unsweetened. Filtered Water, Almonds (2.5%), Mineral (Calcium Phosphate), Emulsifier (Sunflower Lecithin), Sea Salt, Thickener (Gellan), Vitamins (E, A, D, B12, B2). Dairy free, lactose free, gluten free, soy free.", "", ""),
    ("label", "Coles Beef Sausages Thin 500g: Beef (80%), Water, Rice Flour, Salt, Vegetable Fibre, Dextrose, Mineral Salts (450, 451), Spices, Preservative (223), Antioxidant (301), Natural Casing. Gluten free.", "sugar", "corn"),
]

# --- New Zealand ---
BLIND36_CASES += [
    ("meal", "mince n cheese pie from the dairy on my way to work", "wheat dairy", "soy"),  # why: 'the dairy' is the corner shop; the pie has cheese
    ("meal", "kumara chips w aioli", "", "corn soy"),
    ("meal", "hokey pokey ice cream 2 scoops", "dairy sugar", "corn"),
    ("meal", "pineapple lumps while watching the rugby", "sugar", "dairy corn soy"),
    ("meal", "feijoas off the neighbour's tree, like 5", "", ""),
    ("meal", "l&p and a steak pie", "wheat sugar", "soy"),
    ("meal", "fish n chips on the beach - hoki in batter, chips, lemon", "wheat", "corn soy"),
    ("meal", "hangi at the marae: pork, chicken, kumara, pumpkin, stuffing", "wheat", "dairy"),
    ("meal", "oat flat white from allpress and an afghan", "wheat dairy corn sugar", ""),  # why: afghan biscuits have butter, sugar and cornflakes
    ("meal", "kiwi onion dip (reduced cream + maggi onion soup) w ripples", "dairy", "wheat corn sugar"),
    ("meal", "whittakers peanut slab", "dairy sugar", "soy"),
    ("meal", "southland cheese rolls x3 🧀", "wheat dairy", "corn sugar"),  # why: filling uses onion soup mix
    ("meal", "bacon and egg pie cold from the fridge", "wheat", "dairy"),
    ("meal", "mussel fritters w a squeeze of lemon", "wheat", "dairy"),
    ("meal", "roast lamb, roast veg, mint sauce", "sugar", ""),  # why: bottled mint sauce is sweetened
    ("meal", "watties spaghetti on toast", "wheat sugar", ""),
    ("meal", "pork bun from the yum cha, char siu", "wheat soy sugar", ""),
]

# --- New Zealand: labels ---
BLIND36_CASES += [
    ("label", "Whittaker's Dark Ghana 72% Cocoa. Ingredients: Cocoa Mass, Sugar, Cocoa Butter, Emulsifier (Soy Lecithin), Vanilla Flavour. Made on equipment that also processes milk, peanuts and tree nuts.", "soy sugar", "dairy"),
    ("label", "Bluebird Original Salted chips. Potatoes, Vegetable Oil, Salt. Gluten free.", "", "corn soy"),  # why: unnamed vegetable oil
]

# --- Germany ---
BLIND36_CASES += [
    ("meal", "2 Brötchen mit Butter und Erdbeermarmelade, Kaffee mit Milch", "wheat dairy sugar", ""),
    ("meal", "Currywurst Pommes rot-weiß an der Bude", "sugar", "corn soy"),  # why: curry ketchup; fries in unknown oil
    ("meal", "döner mit allem und scharf", "wheat dairy", ""),  # why: yoghurt/garlic sauce
    ("meal", "Schnitzel Wiener Art mit Pommes und Preiselbeeren", "wheat sugar", "corn soy"),
    ("meal", "Käsespätzle mit Röstzwiebeln, riesige Portion", "wheat dairy", ""),
    ("meal", "müsli mit haferdrink und nem apfel", "", "wheat sugar"),  # why: store müsli often includes wheat flakes and sweetened fruit
    ("meal", "Leberkässemmel mit süßem Senf", "wheat sugar", ""),
    ("meal", "Weißwurstfrühstück: 2 Weißwürste, Brezn, Weißbier (kein süßer Senf)", "wheat", ""),  # why: Weißbier is wheat beer
    ("meal", "Apfelstrudel mit Vanilleeis", "wheat dairy sugar", ""),
    ("meal", "Spaghetti Bolognese, hab den Parmesan weggelassen", "wheat", ""),
    ("meal", "Tofu-Bowl mit Reis, Edamame und Sesam-Dressing aus der Kantine", "soy", "wheat sugar"),
    ("meal", "kaiserschmarrn mit apfelmus auf der hütte", "wheat dairy sugar", ""),
    ("meal", "Rinderrouladen mit Rotkohl und Klößen bei Oma", "", "wheat sugar"),  # why: red cabbage usually sweetened; gravy may be flour-thickened
    ("meal", "Butterbrezel am Bahnhof", "wheat dairy", ""),
    ("meal", "schwäbischer Kartoffelsalat (mit Brühe, ohne Mayo) und Wiener Würstchen", "", "sugar"),
    ("meal", "Flammkuchen Elsässer Art + Federweißer", "wheat dairy", ""),  # why: Federweißer is young grape wine, no added sugar
    ("meal", "Stück Schwarzwälder Kirschtorte im Café", "wheat dairy sugar", ""),
    ("meal", "Gyrosteller mit Tzatziki, Pommes und Krautsalat", "dairy", "corn soy sugar"),
    ("meal", "Haferflocken mit Skyr, Heidelbeeren und etwas Honig", "dairy", "sugar"),
    ("meal", "Pumpernickel mit Frischkäse und Gurke", "dairy", "wheat sugar"),
    ("meal", "Eiskaffee mit Sahne 🍦", "dairy sugar", ""),
    ("meal", "Linseneintopf, selbst gekocht, nur Gemüse und Linsen", "", ""),
    ("meal", "club mate und ein mars in der mittagspause", "dairy sugar", "corn soy"),
    ("meal", "sushi box vom edeka", "sugar", "wheat soy"),  # why: sachet soy sauce comes with it; not said whether used
    ("meal", "Hafer-Cappuccino, ungesüßt", "", ""),
    ("meal", "Maultaschen in der Brühe", "wheat", ""),
    ("meal", "Bratkartoffeln mit Spiegelei, in Butterschmalz gebraten", "dairy", ""),  # why: clarified butter is dairy
    ("meal", "dinkelbrot mit avocado, dachte dinkel wäre ok??", "wheat", ""),  # why: spelt is a wheat
    ("meal", "Spargel mit Sauce Hollandaise und neuen Kartoffeln", "dairy", ""),
    ("meal", "Buchweizenpfannkuchen (nur Buchweizenmehl, Wasser, Ei) mit Apfel", "", ""),
    ("meal", "Mensa: Chili sin Carne mit Reis", "", "corn"),  # why: German canteen chili usually contains sweetcorn
    ("meal", "Franzbrötchen vom Bäcker", "wheat dairy sugar", ""),
]

# --- Germany: labels ---
BLIND36_CASES += [
    ("label", "Nutella 450g. Zutaten: Zucker, Palmöl, HASELNÜSSE (13%), MAGERMILCHPULVER (8,7%), fettarmer Kakao (7,4%), Emulgator Lecithine [SOJA], Vanillin.", "dairy soy sugar", ""),
    ("label", "HARIBO Goldbären. Zutaten: Glukosesirup, Zucker, Gelatine, Dextrose, Fruchtsaft aus Fruchtsaftkonzentrat, Säuerungsmittel: Citronensäure, Frucht- und Pflanzenkonzentrate, Aroma, Überzugsmittel: Bienenwachs weiß und gelb, Carnaubawachs. Kann Spuren von Weizen enthalten.", "sugar", "corn wheat"),
    ("label", "Alnatura Soja Drink ohne Zuckerzusatz. Zutaten: Wasser, SOJABOHNEN* (12 %), Meersalz. *aus biologischem Anbau. Vegan. Laktosefrei.", "soy", ""),
    ("label", "Schär Vital Mehrkornbrot glutenfrei. Zutaten: Sauerteig (Reismehl, Wasser), Wasser, Maisstärke, Buchweizenmehl, Sonnenblumenkerne, Leinsamen, Hirseflocken, Zuckerrübensirup, Reismehl, Hefe, Verdickungsmittel: Hydroxypropylmethylcellulose, Guarkernmehl; Speisesalz. Glutenfrei. Ohne Laktose.", "corn sugar", ""),
    ("label", "Kölln Knusper Schoko Müsli. Zutaten: Vollkornhaferflocken 55%, Zucker, Vollmilchschokolade 10% (Zucker, Kakaobutter, VOLLMILCHPULVER, Kakaomasse, Emulgator SOJALECITHINE), Palmfett, WEIZENMEHL, Kakao, Honig, Salz. Kann Spuren von Schalenfrüchten enthalten.", "wheat dairy soy sugar", ""),
    ("label", "Ritter Sport Alpenmilch. Zutaten: Zucker, Kakaobutter, VOLLMILCHPULVER, Kakaomasse, LAKTOSE, SÜSSMOLKENPULVER, BUTTERREINFETT, Emulgator Lecithine (SOJA), natürliches Vanillearoma. Kakao: 30% mindestens in der Milchschokolade.", "dairy soy sugar", ""),
    ("label", "Fleischsalat nach Metzgerart. Zutaten: Fleischwurst 42% (Schweinefleisch, Speck, Trinkwasser, Nitritpökelsalz, Dextrose, Gewürze), Mayonnaise 35% (Rapsöl, Trinkwasser, EIGELB, Branntweinessig, Zucker, Salz), Gewürzgurken, modifizierte Stärke, MILCHEIWEISS, Zucker, Konservierungsstoff Sorbinsäure.", "dairy sugar", "wheat corn"),  # why: unqualified modified starch
    ("label", "Brötchen-Backmischung. Zutaten: WEIZENMEHL, ROGGENMEHL, Trockenhefe, Speisesalz, GERSTENMALZEXTRAKT, Emulgator Mono- und Diacetylweinsäureester von Mono- und Diglyceriden, Dextrose, Mehlbehandlungsmittel Ascorbinsäure. Kann Spuren von SOJA und SESAM enthalten.", "wheat sugar", "soy corn"),
    ("label", "Bio Tempeh natur 200g — Zutaten: SOJABOHNEN* (99%), Reisessig*, Tempehkultur (Rhizopus). *kbA. Vor dem Verzehr durcherhitzen.", "soy", ""),
]

# --- France ---
BLIND36_CASES += [
    ("meal", "croissant + café crème au comptoir", "wheat dairy sugar", ""),
    ("meal", "une baguette tradition avec du comté, en marchant", "wheat dairy", ""),
    ("meal", "jambon-beurre de la boulangerie", "wheat dairy", ""),
    ("meal", "croque monsieur et salade verte à la brasserie", "wheat dairy", ""),
    ("meal", "steak frites sauce au poivre", "dairy", "corn soy"),  # why: pepper sauce is cream-based; 'poivre' is peppercorn not corn
    ("meal", "galette complète au sarrasin + une bolée de cidre brut", "dairy", "wheat sugar"),  # why: many crêperies blend some wheat into buckwheat batter; cider may be sweetened
    ("meal", "crêpe nutella banane", "wheat dairy soy sugar", ""),
    ("meal", "ratatouille maison avec du riz", "", ""),
    ("meal", "part de quiche lorraine à la cantine", "wheat dairy", ""),
    ("meal", "tartiflette au ski", "dairy", ""),
    ("meal", "pain au chocolat (ou chocolatine, on va pas se battre)", "wheat dairy sugar", "soy"),
    ("meal", "menu mcdo: big mac, moyenne frite, coca", "wheat dairy sugar", "corn soy"),
    ("meal", "yaourt nature et une pomme", "dairy", ""),
    ("meal", "salade niçoise", "", ""),
    ("meal", "blanquette de veau et riz chez ma belle-mère", "wheat dairy", ""),
    ("meal", "kebab galette sauce blanche frites", "wheat dairy", "corn soy"),
    ("meal", "moules frites à lille", "", "dairy corn soy"),  # why: marinière often finished with butter or cream
    ("meal", "couscous royal chez momo", "wheat", ""),
    ("meal", "tarte tatin avec crème fraîche", "wheat dairy sugar", ""),
    ("meal", "3 macarons ladurée (pistache, framboise, caramel beurre salé)", "dairy sugar", ""),  # why: salted-butter caramel filling is dairy
    ("meal", "oeufs brouillés, saumon fumé, pain sans gluten schär", "", "corn sugar"),
    ("meal", "soupe maison poireaux pommes de terre carottes avec une noisette de beurre", "dairy", ""),
    ("meal", "apéro: un verre de rouge et du saucisson", "", "dairy sugar"),  # why: French saucisson commonly lists lactose and dextrose/sugar
    ("meal", "mille-feuille de chez le pâtissier", "wheat dairy sugar", "corn"),
    ("meal", "bol de chocapic avec du lait d'amande", "wheat sugar", "corn"),
    ("meal", "cordon bleu et petits pois carottes à la cantine", "wheat dairy", ""),
    ("meal", "raclette entre potes, charcuterie, patates, cornichons", "dairy", ""),  # why: cornichons are gherkins, not corn
    ("meal", "aligot saucisse", "dairy", ""),
    ("meal", "un sachet de chouquettes", "wheat dairy sugar", ""),
    ("meal", "café noisette et un petit verre d'eau", "dairy", ""),  # why: noisette is espresso with a dash of milk
    ("meal", "bowl poké au saumon, sauce soja sucrée", "wheat soy sugar", ""),
    ("meal", "taboulé libanais (boulgour, persil, menthe, tomate, citron)", "wheat", ""),
    ("meal", "lait d'avoine chaud avec du cacao pur non sucré", "", ""),
    ("meal", "j'ai pris un pain au lait, non en fait une brioche, pareil", "wheat dairy sugar", ""),
    ("meal", "galette des rois frangipane, j'ai eu la fève 👑", "wheat dairy sugar", ""),
]

# --- France: labels ---
BLIND36_CASES += [
    ("label", "Harrys Pain de Mie 100% Mie Nature. Ingrédients : farine de BLÉ (64%), eau, sucre, huile de colza, levure, gluten de BLÉ, sel, vinaigre, conservateur : propionate de calcium. Peut contenir des traces de LAIT, SOJA, SÉSAME.", "wheat sugar", "dairy soy"),
    ("label", "LU Le Petit Beurre. Farine de BLÉ 76%, sucre, BEURRE pâtissier 13,6% (LAIT), LAIT écrémé en poudre 1,3%, sel, poudres à lever (carbonate acide d'ammonium, carbonate acide de sodium), acidifiant (acide citrique). Peut contenir : œuf, soja.", "wheat dairy sugar", "corn soy"),
    ("label", "Bonne Maman Confiture Fraises. Ingrédients : fraises, sucre de canne, sucre, gélifiant : pectines de fruits, jus de citron concentré. Préparée avec 50 g de fruits pour 100 g.", "sugar", ""),
    ("label", "Tofu nature bio Bjorg. Ingrédients : eau, graines de SOJA* 42%, agent de coagulation : chlorure de magnésium (nigari). *Ingrédients issus de l'agriculture biologique.", "soy", ""),
    ("label", "Danette Chocolat. Ingrédients : LAIT entier, sucre, LAIT écrémé en poudre, amidon modifié de maïs, cacao maigre en poudre (2,1%), épaississants : carraghénanes, gomme guar ; arôme naturel.", "dairy corn sugar", ""),
    ("label", "Chips Vico Nature. Pommes de terre, huile de tournesol, sel. Sans gluten.", "", ""),
    ("label", "Andros Gourmand & Végétal Coco Nature. Préparation à base de lait de coco fermenté (noix de coco 85%), amidon de tapioca, ferments, calcium. Sans lactose, sans lait.", "", ""),
    ("label", "St Michel Galettes Pur Beurre. Farine de BLÉ 60%, sucre, BEURRE pâtissier 20,5%, sirop de glucose-fructose, ŒUFS, sel, poudre à lever, arôme naturel. Traces éventuelles de soja.", "wheat dairy sugar", "corn soy"),
]

# --- Spain ---
BLIND36_CASES += [
    ("meal", "tostada con tomate y aceite y un café con leche", "wheat dairy", ""),
    ("meal", "bocata de calamares en la plaza mayor", "wheat", ""),  # why: Spanish bars fry in olive or sunflower oil; flour-dredged squid
    ("meal", "pincho de tortilla de patatas", "", ""),  # why: Spanish tortilla is egg and potato, no corn
    ("meal", "paella de marisco el domingo", "", ""),
    ("meal", "churros con chocolate a las 7am después de salir 🙈", "wheat dairy sugar", "corn"),  # why: thick chocolate a la taza is usually cornstarch-thickened
    ("meal", "gazpacho y pan", "wheat", ""),
    ("meal", "croquetas de jamón x4", "wheat dairy", ""),
    ("meal", "patatas bravas con alioli", "", "wheat"),  # why: some bravas sauces are thickened with flour
    ("meal", "ensalada mixta con atún en el menú", "", "corn"),  # why: ensalada mixta usually includes sweetcorn
    ("meal", "colacao con galletas maría", "wheat dairy sugar", ""),
    ("meal", "montadito de lomo con queso", "wheat dairy", ""),
    ("meal", "fabada asturiana", "", "dairy sugar"),  # why: industrial chorizo/morcilla often list lactose and dextrose
    ("meal", "cañas y unas aceitunas", "", ""),
    ("meal", "pulpo a la gallega con cachelos", "", ""),
    ("meal", "flan casero de la abuela", "dairy sugar", ""),
    ("meal", "menú del día: lentejas, pollo asado con patatas, natillas", "dairy sugar", "corn"),
    ("meal", "huevos rotos con jamón", "", ""),
    ("meal", "pan con tomate y jamón serrano", "wheat", ""),
    ("meal", "horchata fresquita en valencia", "sugar", ""),  # why: tiger-nut drink, not dairy, but always sweetened
    ("meal", "telepizza barbacoa mediana, 2 trozos", "wheat dairy sugar", "corn"),
    ("meal", "magdalenas del súper con un vaso de bebida de avena", "wheat sugar", ""),
    ("meal", "salmorejo cordobés con huevo y jamón", "wheat", ""),
    ("meal", "arroz negro con alioli", "", ""),
    ("meal", "un bikini y un cortado", "wheat dairy", ""),
    ("meal", "turrón blando de jijona en nochebuena", "sugar", ""),
    ("meal", "ensaladilla rusa de tapa", "", ""),
    ("meal", "tacos al pastor en un mexicano de madrid, tortillas de maíz", "corn", "sugar"),  # why: al pastor has pineapple and the marinade is often sweetened
    ("meal", "cena: tortilla francesa y una pera", "", ""),
    ("meal", "mejillones en escabeche de lata con picos", "wheat", ""),  # why: picos are small breadsticks
    ("meal", "café solo con sacarina", "", ""),
]

# --- Spain: labels ---
BLIND36_CASES += [
    ("label", "Cola Cao Original. Ingredientes: azúcar, cacao desgrasado soluble (cacao, corrector de la acidez: carbonato potásico), harina de cereales malteada y tostada (TRIGO, CEBADA), sal. Puede contener trazas de LECHE.", "wheat sugar", "dairy"),
    ("label", "Bimbo Pan de Molde Blanco sin corteza. Ingredientes: harina de TRIGO, agua, azúcar, aceite de girasol, levadura, GLUTEN de TRIGO, sal, conservador (propionato cálcico), emulgentes (E-471, E-472e), corrector de acidez (E-262). Puede contener trazas de SOJA, SÉSAMO y LECHE.", "wheat sugar", "dairy soy"),
    ("label", "Chorizo extra sarta. Ingredientes: carne de cerdo, sal, pimentón, ajo, LACTOSA, proteína de SOJA, dextrosa, azúcar, conservadores (E-252, E-250), antioxidante (E-301). Sin gluten.", "dairy soy sugar", "corn"),
    ("label", "Horchata de chufa Chufi. Agua, azúcar, chufa (12%), estabilizantes (celulosa microcristalina, carboximetilcelulosa sódica), aroma natural. Sin lactosa. Sin gluten.", "sugar", ""),
    ("label", "Gazpacho Alvalle Original. Tomate, pimiento, pepino, aceite de oliva virgen extra (3%), cebolla, vinagre de vino, sal, ajo. Sin gluten. Refrigerado.", "", ""),
    ("label", "Galletas Gullón sin gluten tipo María. Almidón de MAÍZ, azúcar, grasa vegetal (palma), harina de arroz, jarabe de glucosa, huevo, gasificantes, sal, emulgente (lecitina de girasol), aroma. Sin gluten. Puede contener trazas de LECHE.", "corn sugar", "dairy"),
    ("label", "Tortillas de trigo Old El Paso x8. Harina de TRIGO (70%), agua, grasa vegetal (palma), estabilizante (glicerol), gasificantes, azúcar, sal, dextrosa, corrector de acidez (ácido málico).", "wheat sugar", "corn"),
]

# --- Italy ---
BLIND36_CASES += [
    ("meal", "cappuccino e cornetto alla crema al bar", "wheat dairy sugar", ""),
    ("meal", "pasta al pomodoro e basilico", "wheat", ""),
    ("meal", "pizza margherita in pizzeria a napoli", "wheat dairy", ""),
    ("meal", "risotto ai funghi porcini", "dairy", ""),  # why: risotto is finished with butter and parmigiano
    ("meal", "caprese con pomodori buonissimi", "dairy", ""),
    ("meal", "piadina crudo squacquerone e rucola", "wheat dairy", ""),
    ("meal", "arancino al ragù preso al volo", "wheat", "dairy"),
    ("meal", "polenta con funghi e gorgonzola", "dairy corn", ""),
    ("meal", "tiramisù della zia", "wheat dairy sugar", ""),
    ("meal", "cono gelato pistacchio e nocciola", "wheat dairy sugar", "corn"),
    ("meal", "spaghetti alle vongole", "wheat", ""),
    ("meal", "minestrone senza pasta con un filo d'olio", "", ""),
    ("meal", "bresaola, rucola e scaglie di grana", "dairy", ""),
    ("meal", "cotoletta alla milanese con patate al forno", "wheat", "dairy"),  # why: traditionally fried in butter
    ("meal", "gnocchi al pesto genovese", "wheat dairy", ""),
    ("meal", "focaccia genovese a merenda", "wheat", ""),
    ("meal", "spritz aperol e patatine all'aperitivo", "sugar", ""),
    ("meal", "panino con la porchetta di ariccia", "wheat", ""),
    ("meal", "carbonara (guanciale, uova, pecorino)", "wheat dairy", ""),
    ("meal", "pasta di lenticchie rosse con zucchine e olio", "", ""),
    ("meal", "caffè macchiato e due pan di stelle", "wheat dairy sugar", ""),
    ("meal", "frittata di zucchine della mamma", "", "dairy"),  # why: Italian frittata usually gets parmigiano
    ("meal", "fetta di crostata alla marmellata", "wheat dairy sugar", ""),
    ("meal", "pizza al taglio patate e rosmarino", "wheat", ""),
    ("meal", "due supplì", "wheat dairy", ""),
    ("meal", "granita di mandorla con brioche col tuppo", "wheat dairy sugar", ""),
    ("meal", "cannolo siciliano", "wheat dairy sugar", ""),
    ("meal", "orecchiette con le cime di rapa", "wheat", ""),
    ("meal", "pane e nutella a colazione", "wheat dairy soy sugar", ""),
    ("meal", "pizza senza glutine ma con mozzarella, in una pizzeria AIC", "dairy", "corn sugar"),  # why: GF pizza bases are usually corn starch blends with some sugar/dextrose
    ("meal", "insalata di riso con wurstel e mais", "corn", "sugar"),
    ("meal", "un caffè e basta, giornata infernale", "", ""),
]

# --- Italy: labels ---
BLIND36_CASES += [
    ("label", "Barilla Spaghetti n.5. Ingredienti: semola di grano duro, acqua. Può contenere soia e senape.", "wheat", "soy"),
    ("label", "Mulino Bianco Macine. Ingredienti: farina di frumento, zucchero, panna (latte) 11%, olio di girasole, amido di frumento, burro, uova fresche, agenti lievitanti, sale. Può contenere soia e frutta a guscio.", "wheat dairy sugar", "soy"),
    ("label", "Parmigiano Reggiano DOP 24 mesi. Ingredienti: latte, sale, caglio. Naturalmente privo di lattosio.", "dairy", ""),  # why: lactose-free but still milk
    ("label", "Sugo pronto al basilico. Passata di pomodoro (90%), cipolla, olio di semi di girasole, zucchero, sale, basilico (1%), aglio.", "sugar", ""),
    ("label", "Taralli pugliesi all'olio extravergine. Farina di grano tenero tipo 00, olio extravergine di oliva (19%), vino bianco, sale. Prodotto in uno stabilimento che utilizza sesamo.", "wheat", ""),
    ("label", "Fette biscottate integrali. Farina integrale di frumento 62%, farina di frumento, zucchero, olio di girasole, lievito, malto d'orzo, sale. Può contenere latte, soia, sesamo.", "wheat sugar", "dairy soy"),
    ("label", "Pasta di ceci 100%. Ingredienti: farina di ceci. Senza glutine. Prodotto in uno stabilimento dove si lavora anche soia.", "", "soy"),
]

# --- Netherlands ---
BLIND36_CASES += [
    ("meal", "2 boterhammen met roomboter en pure hagelslag", "wheat dairy sugar", "soy"),
    ("meal", "broodje kroket uit de muur bij febo", "wheat", "dairy corn soy"),  # why: ragout usually made with milk/butter roux; deep fried
    ("meal", "patatje speciaal", "sugar", "corn soy"),  # why: speciaal = mayo + curry ketchup + onions
    ("meal", "boerenkool stamppot met rookworst", "dairy", "sugar"),
    ("meal", "verse stroopwafel op de markt", "wheat dairy sugar", "corn"),
    ("meal", "snert met roggebrood en katenspek", "", "wheat"),  # why: Dutch roggebrood often has some wheat; check
    ("meal", "kibbeling met knoflooksaus", "wheat", "dairy corn soy sugar"),
    ("meal", "oliebollen met poedersuiker, oudjaar 🎆", "wheat sugar", "dairy corn soy"),
    ("meal", "poffertjes met boter en poedersuiker", "wheat dairy sugar", ""),
    ("meal", "bitterballen en een biertje op het terras", "wheat", "dairy corn soy"),
    ("meal", "haring met uitjes, zonder broodje", "", ""),
    ("meal", "bakje chocoladevla", "dairy sugar", "corn"),
    ("meal", "AH salade kip-kerrie op een cracker", "wheat", "sugar"),
    ("meal", "pindakaas op een rijstwafel", "", "sugar"),
    ("meal", "nasi goreng van de toko met kroepoek en een gebakken ei", "soy sugar", "wheat"),  # why: ketjap manis; some brands include wheat
    ("meal", "saté ajam met pindasaus en witte rijst", "soy sugar", "wheat"),
    ("meal", "tosti ham kaas met ketchup", "wheat dairy sugar", ""),
    ("meal", "uitsmijter ham kaas op de zaak", "wheat dairy", ""),
    ("meal", "plak ontbijtkoek met roomboter", "dairy sugar", "wheat corn"),
    ("meal", "havermout met melk en een banaan", "dairy", ""),
    ("meal", "oat flat white bij de bagel bakery, GEEN bagel gehad uiteindelijk", "", ""),
    ("meal", "appeltaart met slagroom", "wheat dairy sugar", ""),
    ("meal", "kaassoufflé uit de snackbar", "wheat dairy", "corn soy"),
    ("meal", "vegaburger van de vegetarische slager met sla, geen brood", "soy", "wheat"),  # why: these burgers are soy-based and commonly include wheat
]

# --- Netherlands: labels ---
BLIND36_CASES += [
    ("label", "De Ruijter Chocoladehagel Melk. Ingrediënten: suiker, cacaomassa, cacaoboter, volle MELKpoeder, emulgator (SOJAlecithine), vanille-extract. Melkchocolade: cacao 32% minimaal.", "dairy soy sugar", ""),
    ("label", "Conimex Ketjap Manis. Ingrediënten: suiker, water, SOJAbonen (8%), TARWE, zout, aroma, kleurstof (E150a). Bevat: soja, tarwe (gluten).", "wheat soy sugar", "corn"),
    ("label", "Calvé Pindakaas 350g. Pinda's 90%, plantaardige olie (palm), zout, suiker. Kan sporen van andere noten bevatten.", "sugar", ""),
    ("label", "Vanillevla halfvol. Ingrediënten: halfvolle MELK, suiker, gemodificeerd zetmeel, dextrose, verdikkingsmiddel (carrageen), aroma, kleurstof (bètacaroteen).", "dairy sugar", "wheat corn"),
    ("label", "Peijnenburg Ontbijtkoek Zero%. Ingrediënten: roggebloem, water, zoetstof (maltitol), glucose-fructosestroop, specerijen, rijsmiddel. Kan sporen bevatten van TARWE.", "corn sugar", "wheat"),  # why: 'zero' refers to added table sugar, but glucose-fructose syrup is on the list
    ("label", "Lotus Speculoos. Tarwebloem, suiker, plantaardige oliën (palm, koolzaad), kandijsuikerstroop, rijsmiddel (natriumwaterstofcarbonaat), sojabloem, zout, kaneel.", "wheat soy sugar", ""),
]

# --- Poland ---
BLIND36_CASES += [
    ("meal", "pierogi ruskie z cebulką na maśle", "wheat dairy", ""),
    ("meal", "żurek z jajkiem i białą kiełbasą", "", "wheat dairy"),  # why: rye sour base, but bought concentrates often add wheat flour and cream is often stirred in
    ("meal", "schabowy z ziemniakami i mizerią", "wheat dairy", ""),
    ("meal", "bigos i kromka chleba", "wheat", ""),
    ("meal", "pączek z różą, tłusty czwartek!!", "wheat dairy sugar", ""),
    ("meal", "kanapki z masłem i szynką, herbata z cytryną i cukrem", "wheat dairy sugar", ""),
    ("meal", "barszcz czerwony z uszkami, wigilia", "wheat", "sugar"),
    ("meal", "gołąbki w sosie pomidorowym", "", "dairy wheat"),  # why: tomato sauce is often finished with cream and flour
    ("meal", "placki ziemniaczane ze śmietaną", "wheat dairy", ""),
    ("meal", "twarożek ze szczypiorkiem na chlebie", "wheat dairy", ""),
    ("meal", "kefir i banan po treningu", "dairy", ""),
    ("meal", "zapiekanka z pieczarkami, serem i ketchupem", "wheat dairy sugar", ""),
    ("meal", "rosół z makaronem u babci", "wheat", ""),
    ("meal", "kotlet mielony, buraczki, ziemniaki", "wheat", "sugar"),
    ("meal", "sernik od mamy", "wheat dairy sugar", ""),
    ("meal", "leniwe z masłem i cukrem", "wheat dairy sugar", ""),
    ("meal", "kebab na cienkim, sos mieszany", "wheat dairy", "sugar"),
    ("meal", "grillowany oscypek z żurawiną", "dairy sugar", ""),
    ("meal", "3 krówki do kawy", "dairy sugar", ""),
    ("meal", "kawa z mlekiem sojowym, bez cukru", "soy", ""),
    ("meal", "naleśniki z serem na słodko", "wheat dairy sugar", ""),
    ("meal", "pierogi z kapustą i grzybami, okraszone cebulką na oleju", "wheat", ""),
    ("meal", "kasza gryczana z gulaszem", "", "wheat"),  # why: buckwheat is not wheat; goulash often thickened with flour
    ("meal", "kisiel truskawkowy z torebki", "sugar", ""),
]

# --- Poland: labels ---
BLIND36_CASES += [
    ("label", "Prince Polo Classic. Skład: cukier, mąka PSZENNA, tłuszcz roślinny (palmowy), kakao w proszku o obniżonej zawartości tłuszczu, SERWATKA w proszku (z MLEKA), miazga kakaowa, emulgator (lecytyny z SOI), sól, aromat. Może zawierać orzechy.", "wheat dairy soy sugar", ""),
    ("label", "Kabanosy wieprzowe. Skład: mięso wieprzowe (130 g na 100 g produktu), sól, glukoza, przyprawy, ekstrakty przypraw, przeciwutleniacz (askorbinian sodu), konserwant (azotyn sodu). Bezglutenowe.", "sugar", "corn"),
    ("label", "Chleb żytni razowy na zakwasie. Skład: mąka żytnia razowa, woda, zakwas żytni, sól. Może zawierać PSZENICĘ, SEZAM.", "", "wheat"),
    ("label", "Serek wiejski Piątnica. Skład: ser twarogowy ziarnisty (MLEKO), śmietanka, sól. 11 g białka w 100 g.", "dairy", ""),
    ("label", "Napój owsiany Bez cukru. Skład: woda, owies (10%), olej rzepakowy, sól morska. Zawiera gluten. Może zawierać soję.", "", "wheat soy"),
    ("label", "Ptasie Mleczko waniliowe. Skład: cukier, syrop glukozowy, tłuszcz roślinny, MLEKO w proszku pełne, miazga kakaowa, żelatyna, masło kakaowe, emulgator (lecytyny z SOI), aromat, kwas cytrynowy.", "dairy soy sugar", "corn"),
]

# --- mixed: corrections, other people's food, swaps ---
BLIND36_CASES += [
    ("meal", "kids had fish fingers, i just had the peas and a boiled egg", "", ""),  # why: the fish fingers were eaten by someone else
    ("meal", "ordered the burger w a gluten free bun and no cheese, side salad instead of fries", "", "corn sugar"),  # why: GF buns usually contain corn starch and sugar; burger itself plain
    ("meal", "latte - no wait it was an oat latte, vanilla syrup", "sugar", ""),
    ("meal", "husband got the carbonara, i had grilled sea bass w lemon and spinach", "", ""),
    ("meal", "Mittag: Reis mit Gemüse und Tamari (weizenfrei laut Flasche)", "soy", ""),
    ("meal", "j'ai hésité devant les croissants mais j'ai pris une salade de fruits frais", "", ""),
    ("meal", "pizza night but i only ate the toppings off the top, chicken peppers and olives, pretty much no cheese i scraped it", "", "dairy wheat"),  # why: scraped cheese and sauce-soaked toppings leave traces
    ("meal", "tortilla chips — wait no, rice crackers, plain", "", ""),
    ("meal", "sandwich z chlebem bezglutenowym, szynka, sałata, bez masła", "", "corn sugar"),  # why: gluten-free bread usually has corn starch and sugar; check the label
    ("meal", "pedí el café con leche de soja pero creo que me lo pusieron con leche normal", "", "dairy soy"),  # why: one milk or the other, she is not sure which
    ("meal", "niente parmigiano per me, pasta di riso al pomodoro fresco", "", ""),
    ("meal", "shared a sticky date pudding w my partner, i had 2 spoons", "wheat dairy sugar", ""),  # why: small amounts still count
]
