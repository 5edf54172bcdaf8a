# ruff: noqa: E501
"""Blind labelled set 14: the Americas - US South and Midwest, Canada (incl. Quebec French), Mexico, Brazil (Portuguese), Argentina, Peru, Colombia, the Caribbean, US Latinos mixing Spanish and English, and US / Latin American supermarket labels."""

BLIND14_CASES: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------------------
# Darlene, 64, Birmingham, Alabama. All lower case, "y'all", rambles, church potlucks, honest about slips.
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("meal", "day 1 y'all!! 2 scrambled eggs in olive oil, half an avocado, black coffee", "", ""),
    ("meal", "lunch was leftover smoked chicken thighs (just salt pepper garlic rub) and a big pile of collards i made with smoked turkey necks and apple cider vinegar", "", ""),
    ("meal", "supper: pork chops, butter beans cooked with a ham hock, sliced tomatoes w salt", "", ""),  # why: butter beans are lima beans, no butter
    ("meal", "sweet tea. i know i KNOW. one glass at mama's", "sugar", ""),
    ("meal", "church potluck lord help me... fried chicken, mac n cheese, deviled eggs, green bean casserole and a square of cornbread", "wheat dairy corn sugar soy", ""),  # why: cornbread has all four; casserole fried onions have soy flour, deviled eggs use soybean-oil mayo
    ("meal", "grits with butter and a fried egg, side of sliced peaches fresh from the stand in chilton county", "corn dairy", ""),
    ("meal", "grits again but made w water and a little olive oil no butter. and 2 eggs over easy", "corn", ""),
    ("meal", "shrimp and grits at the place downtown, cheese grits + tasso gravy", "corn dairy", "wheat sugar"),  # why: gravy usually a flour roux; tasso cure can have sugar
    ("meal", "biscuit. just one. with sorghum syrup", "wheat dairy sugar", ""),
    ("meal", "chick fil a grilled nuggets and a side salad no dressing, unsweet tea", "", "sugar soy"),  # why: grilled nugget marinade/seasoning may carry sugar and soy
    ("meal", "chick fil a 8ct nuggets and waffle fries w chick fil a sauce 🙈", "wheat dairy sugar soy", "corn"),  # why: breading has flour, milk, sugar; sauce is soybean oil + sugar
    ("meal", "boiled peanuts from the gas station, a whole bag", "", ""),
    ("meal", "roasted a butternut squash w olive oil + cinnamon, ate with ground turkey", "", ""),
    ("meal", "pimento cheese sandwich on white bread. slip. it was there and i was hungry", "wheat dairy soy", "sugar corn"),  # why: pimento cheese is cheddar + mayo; sandwich bread often sugared
    ("meal", "catfish fried in cornmeal, coleslaw, hushpuppies. fish camp friday", "corn wheat sugar", "dairy soy"),  # why: hushpuppies are cornmeal + flour; southern slaw dressing is sweetened
    ("meal", "grilled chicken, baked sweet potato (no butter no brown sugar!!), steamed broccoli", "", ""),
    ("meal", "made a big pot of pinto beans w ham hock, ate w sliced onion and a spoon of chow chow", "sugar", ""),  # why: chow chow relish is made with sugar
    ("meal", "sugar snap peas and hummus for a snack", "", ""),
    ("meal", "bbq at dreamland... ribs w the sauce, slice of white bread i didn't eat, banana pudding i DID eat", "wheat dairy sugar", "corn"),  # why: banana pudding = vanilla wafers + milk pudding; sauce sweet; bread not eaten
    ("meal", "alabama white sauce on smoked chicken (its mayo based)", "soy", "sugar"),
    ("meal", "breakfast at waffle house: 2 eggs scrambled, hashbrowns scattered, bacon. no toast no waffle", "", "dairy soy corn sugar"),  # why: griddle butter/oil, bacon cure
    ("meal", "hashbrowns smothered covered at waffle house", "dairy", "soy corn"),  # why: covered = cheese
    ("meal", "cabbage sauteed in bacon fat with a kielbasa sliced in", "", "sugar corn"),
    ("meal", "my granddaughter made me a peanut butter and jelly. jif and smuckers grape on wonder bread", "wheat sugar soy corn", ""),  # why: Jif has sugar + soybean oil, grape jelly is HFCS/corn syrup
    ("meal", "pecans, a handful, raw", "", ""),
    ("meal", "tomato sandwich is the taste of summer but i did it as a lettuce wrap w dukes", "soy", ""),  # why: Duke's is soybean oil, no sugar
    ("meal", "easter: honey glazed spiral ham, deviled eggs and asparagus", "sugar soy", ""),  # why: spiral ham glaze packet is sugar
    ("meal", "fried green tomatoes dredged in cornmeal and flour", "corn wheat", "dairy soy"),
    ("meal", "red beans n rice w andouille", "", "sugar corn"),
    ("meal", "pecan pie at thanksgiving. karo syrup. i'm not even sorry", "wheat dairy sugar corn", ""),
    ("meal", "turnip greens and cornbread (mine has no sugar and no flour, just cornmeal buttermilk egg and bacon grease)", "corn dairy", ""),
    ("meal", "a coca cola in the glass bottle from the mexican store", "sugar", "corn"),  # why: Mexican Coke is cane sugar; caramel color
    ("meal", "sweetbreads at the fancy place in homewood, with a lemon caper sauce", "", "wheat dairy"),  # why: sweetbreads are thymus, no bread; usually floured and pan-fried in butter
    ("meal", "cornish hen roasted w rosemary, wild rice", "", ""),
    ("meal", "nothing but coffee til 3pm then a banana and almonds", "", ""),
]

# ---------------------------------------------------------------------------
# Travis, 38, Houston, Texas. Terse, abbreviations, BBQ and Tex-Mex, lifts.
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("meal", "brisket 1/2 lb lean, pickles, onions. no bread no sauce", "", ""),
    ("meal", "bfast taco x2 egg + chorizo flour tortilla", "wheat", "soy"),
    ("meal", "bfast tacos on CORN tortillas this time. egg potato bacon", "corn", "sugar"),
    ("meal", "whataburger #1 no bun lettuce wrap, no cheese, mustard only", "", ""),
    ("meal", "whataburger honey butter chicken biscuit 😬", "wheat dairy sugar", "soy corn"),
    ("meal", "pulled pork sandwich w sauce + slaw", "wheat sugar", "soy corn"),
    ("meal", "fajitas beef, peppers onions, guac pico, skipped tortillas n rice", "", "soy wheat dairy"),  # why: restaurant fajita marinades often use soy/Worcestershire, finished with butter
    ("meal", "chips and queso at pappasitos. like 3 baskets", "corn dairy", "soy"),
    ("meal", "kolache sausage one from the donut shop", "wheat dairy sugar", "soy corn"),
    ("meal", "glazed donut x2", "wheat sugar", "dairy soy corn"),
    ("meal", "ribeye + baked potato plain + salad w oil n vinegar", "", "dairy"),  # why: steakhouses often butter the steak
    ("meal", "topo chico x3", "", ""),
    ("meal", "ranch water (tequila topo lime)", "", ""),
    ("meal", "shiner bock x2", "", "wheat corn"),
    ("meal", "big red", "sugar corn", ""),  # why: HFCS soda
    ("meal", "tacos al pastor from the truck on airline dr, corn tort, pineapple, cilantro onion", "corn", "sugar"),
    ("meal", "eggs, avocado, sliced tomato, salsa", "", ""),
    ("meal", "post gym shake — whey, water, banana", "dairy", "soy"),
    ("meal", "chicken fried steak w cream gravy. moms bday", "wheat dairy", "soy corn"),
    ("meal", "boudin link from the gas station in beaumont", "", ""),  # why: pork, rice, onion, spices
    ("meal", "crawfish boil — crawfish, corn, potatoes, sausage", "corn", "sugar"),
    ("meal", "crawfish boil again but skipped the corn cobs this time", "", "sugar corn"),
    ("meal", "kroger rotisserie chicken + southwest salad kit, used half the dressing", "dairy corn sugar soy", "wheat"),  # why: kit has tortilla strips, cheese, soybean-oil ranch; rotisserie injection
    ("meal", "costco rotisserie chicken, cucumber, olives", "sugar", "corn"),  # why: Costco chicken seasoning lists sugar and dextrose
    ("meal", "HEB chile con queso dip w fritos", "dairy corn", "soy wheat"),
    ("meal", "smoked turkey at terry blacks + pickles + jalapenos", "", ""),
    ("meal", "brisket nachos at the bar", "corn dairy", "soy"),
    ("meal", "peppercorn crusted tuna steak, seared. sesame green beans", "", "soy wheat"),  # why: peppercorn is not corn; sesame beans often have soy sauce
    ("meal", "pork ribs dry rub just salt pepper, vinegar slaw no sugar", "", ""),
    ("meal", "eggs scrambled w leftover brisket", "", ""),
    ("meal", "grilled redfish, rice, green beans", "", ""),
    ("meal", "ground beef taco bowl, cauli rice, pico, avocado. old el paso taco seasoning packet", "corn sugar", ""),  # why: packet lists corn starch, maltodextrin, sugar
]

# ---------------------------------------------------------------------------
# Marie-Ève, 31, Montréal. Québécois French (déjeuner/dîner/souper), joual, some franglais; scans bilingual labels.
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("meal", "jour 3. déj: omelette 3 oeufs épinards champignons, café noir", "", ""),
    ("meal", "dîner: salade de quinoa, pois chiches, concombre, huile d'olive citron", "", ""),
    ("meal", "souper: saumon au four, patates grelots, asperges", "", ""),
    ("meal", "poutine à 2h du mat après le show... La Banquise. j'ai honte", "dairy wheat", "corn soy sugar"),  # why: sauce brune is flour/starch based
    ("meal", "poutine mais j'ai juste mangé les frites pis le fromage en grains, pas de sauce", "dairy", "corn soy"),
    ("meal", "un double-double chez tim", "dairy sugar", ""),
    ("meal", "café chez tim avec lait d'amande, pas de sucre", "", "sugar"),  # why: café almond beverages are often sweetened
    ("meal", "bagel st-viateur sésame avec cream cheese", "wheat dairy", "sugar"),  # why: Montreal bagels are boiled in honey water
    ("meal", "smoked meat chez schwartz's, medium, sur pain de seigle, moutarde, cornichon", "wheat", "sugar"),  # why: deli rye contains wheat flour
    ("meal", "pâté chinois de ma mère 😍 (blé d'inde en crème, steak haché, patates pilées au beurre)", "corn dairy", "sugar"),  # why: blé d'inde = corn; canned creamed corn often sugared
    ("meal", "pâté chinois version diète: patates douces pilées à l'huile d'olive, pas de blé d'inde, boeuf", "", ""),
    ("meal", "cabane à sucre!!! jambon à l'érable, fèves au lard, oreilles de crisse, omelette soufflée, crêpes, tire sur la neige", "wheat dairy sugar", ""),
    ("meal", "tire d'érable sur la neige, juste ça, 2 bâtons", "", "sugar"),  # why: pure maple = possible
    ("meal", "tourtière du lac, croûte maison au beurre", "wheat dairy", ""),
    ("meal", "cretons sur toast", "wheat", "sugar"),
    ("meal", "bol de gruau avec bleuets du lac pis sirop d'érable", "", "wheat sugar"),  # why: oats cross-contact; maple possible
    ("meal", "gruau sans gluten certifié, bleuets, graines de chanvre", "", ""),
    ("meal", "pouding chômeur au resto, portion énorme", "wheat dairy sugar", "corn"),
    ("meal", "sushi: maki saumon avocat, j'ai pris du tamari sans gluten au lieu de la sauce soya", "soy sugar", ""),  # why: sushi rice is seasoned with sugar
    ("meal", "pho au boeuf sur st-denis, pas de hoisin ni sriracha", "", "sugar"),  # why: broth often has rock sugar
    ("meal", "une bière blanche de microbrasserie (bière de blé)", "wheat", ""),
    ("meal", "cidre de glace, un petit verre", "", "sugar"),
    ("meal", "assiette shish taouk chez Amir, pas de pita, sauce à l'ail", "", "dairy soy"),  # why: marinade often yogurt; garlic sauce oil
    ("meal", "muffin aux carottes de la cafétéria de l'hôpital", "wheat sugar", "dairy soy corn"),
    ("meal", "kombucha au gingembre (marque locale)", "sugar", ""),
    ("meal", "soupe aux pois jaunes maison avec jarret de jambon", "", ""),
    ("meal", "oups j'ai écrit pain de blé pour hier, c'était une galette de sarrasin 100% avec jambon et oeuf", "", ""),  # why: buckwheat is not wheat
    ("meal", "chips ketchup, un petit sac", "sugar", "corn"),
    ("meal", "brunch: oeufs bénédictine sur épinards au lieu du muffin anglais, sauce hollandaise", "dairy", ""),
    ("label", "Pain blanc tranché / White Sliced Bread. Ingrédients : farine de blé enrichie, eau, sucres (sucre, glucose-fructose), levure, huile de canola, sel, vinaigre, monoglycérides, propionate de calcium. Contient : blé. Peut contenir : soja, lait, graines de sésame. / Ingredients: enriched wheat flour, water, sugars (sugar, glucose-fructose), yeast, canola oil, salt, vinegar, monoglycerides, calcium propionate. Contains: wheat. May contain: soy, milk, sesame seeds.", "wheat sugar corn", "soy dairy"),  # why: glucose-fructose is the Canadian name for HFCS
    ("label", "Sirop d'érable pur / Pure Maple Syrup. Catégorie A, Doré, goût délicat / Grade A, Golden, delicate taste. Ingrédients : sirop d'érable pur. Ingredients: pure maple syrup. Produit du Québec.", "", "sugar"),
    ("label", "Fromage en grains frais du jour / Fresh cheese curds. Ingrédients : lait pasteurisé, substances laitières modifiées, sel, culture bactérienne, chlorure de calcium, présure. Ingredients: pasteurized milk, modified milk ingredients, salt, bacterial culture, calcium chloride, rennet. Contient : lait / Contains: milk.", "dairy", ""),
    ("label", "Sauce poutine / Poutine gravy mix. Ingrédients : amidon de maïs modifié, farine de blé, sel, sucre, protéines végétales hydrolysées (maïs, soya), graisse de boeuf, poudre d'oignon, colorant caramel, épices. Contient : blé, soya. / Contains: wheat, soy.", "wheat corn soy sugar", ""),
    ("label", "Boisson d'avoine originale / Original oat beverage. Sans produits laitiers / Dairy free. Non sucrée / Unsweetened. Ingrédients : base d'avoine (eau filtrée, avoine), huile de tournesol, carbonate de calcium, phosphate tricalcique, sel de mer, vitamines. Peut contenir : blé / May contain: wheat.", "", "wheat"),
    ("label", "Tofu ferme biologique / Organic firm tofu. Ingrédients : eau, fèves de soya biologiques, sulfate de calcium. Ingredients: water, organic soybeans, calcium sulfate. Contient : soya.", "soy", ""),
    ("label", "Biscuits fourrés au chocolat au lait / Milk chocolate cookies. Ingrédients : farine de blé, chocolat au lait (sucre, beurre de cacao, lait entier en poudre, pâte de cacao, lécithine de soya, vanilline), sucre, shortening végétal (palme), sucre inverti, sel, bicarbonate de sodium. Contient : blé, lait, soya.", "wheat dairy sugar soy", ""),
    ("label", "Ketchup aux tomates / Tomato ketchup. Ingrédients : tomates, sucre, vinaigre, sel, épices, poudre d'oignon. Ingredients: tomatoes, sugar, vinegar, salt, spices, onion powder. Élevé en sucres / High in sugars.", "sugar", ""),
]

# ---------------------------------------------------------------------------
# Kevin, 45, Calgary (grew up in Toronto). Hockey dad, short posts, emoji, Canadian words (timmies, KD, double-double).
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("meal", "timmies: farmer's wrap egg whites no cheese + black coffee", "wheat", "soy"),
    ("meal", "2 timbits 🙃 birthday cake ones", "wheat sugar dairy", "soy corn"),
    ("meal", "small mcd fries at the rink, i know", "soy sugar", "corn"),  # why: Canadian McDonald's fries: canola/soybean oil and dextrose, no beef flavour
    ("meal", "caesar at the bar (clamato, vodka, worcestershire, celery salt rim)", "sugar corn", "wheat"),  # why: Clamato lists glucose-fructose; Worcestershire molasses/malt vinegar
    ("meal", "bag of ketchup chips and a pint of canadian", "sugar", "wheat corn"),
    ("meal", "butter chicken from the place on 17th, basmati rice, no naan", "dairy", "sugar"),
    ("meal", "nanaimo bar at my mom's", "wheat dairy sugar corn", ""),  # why: graham crumb base, custard powder is cornstarch, icing sugar has cornstarch
    ("meal", "butter tart 🤤", "wheat dairy sugar", "corn"),
    ("meal", "peameal bacon on a bun at st lawrence market", "wheat corn", "sugar"),  # why: peameal bacon is rolled in cornmeal
    ("meal", "peameal bacon fried up, no bun, w 2 eggs", "corn", "sugar"),
    ("meal", "beavertail cinnamon sugar at the outdoor rink", "wheat sugar dairy", "soy"),
    ("meal", "steak, roasted acorn squash, green salad w olive oil", "", ""),  # why: acorn squash is not corn
    ("meal", "bison burger no bun, sweet potato fries baked at home in avocado oil", "", ""),
    ("meal", "salmon and wild rice, steamed green beans 👍", "", ""),
    ("meal", "kraft dinner for the kids, i ate like 4 spoons", "wheat dairy", "corn"),
    ("meal", "swiss chalet quarter chicken white, fries, chalet sauce", "", "wheat soy corn sugar"),
    ("meal", "saskatoon berry pie slice", "wheat sugar", "dairy"),
    ("meal", "donair, the halifax kind w the sweet sauce", "wheat sugar dairy", ""),  # why: donair sauce = evaporated milk + sugar
    ("meal", "canada dry ginger ale", "sugar", "corn"),
    ("meal", "bannock at the powwow w saskatoon jam", "wheat sugar", "dairy"),
    ("meal", "perogies potato cheddar w fried onions and sour cream", "wheat dairy", ""),
    ("label", "Crackers aux grains entiers / Whole grain crackers. Ingredients: whole grain wheat flour, canola oil, sugars (sugar, glucose-fructose, malt syrup), salt, baking soda. Ingrédients : farine de blé entier, huile de canola, sucres (sucre, glucose-fructose, sirop de malt), sel, bicarbonate de soude. Contains: wheat, barley. Contient : blé, orge.", "wheat sugar corn", ""),
    ("label", "Cheddar fort / Old cheddar. Ingredients: milk, bacterial culture, salt, calcium chloride, microbial enzyme. Contains: milk. Ingrédients : lait, culture bactérienne, sel, chlorure de calcium, enzyme microbienne.", "dairy", ""),
    ("label", "Ginger ale. Ingredients: carbonated water, glucose-fructose and/or sugar, citric acid, natural flavour, sodium benzoate, caramel colour. Ingrédients : eau gazéifiée, glucose-fructose et/ou sucre, acide citrique, arôme naturel, benzoate de sodium, caramel.", "sugar", "corn"),  # why: 'and/or' so corn not sure
    ("label", "Boisson d'amande non sucrée / Unsweetened almond beverage. Ingredients: filtered water, almonds, calcium carbonate, sea salt, gellan gum, sunflower lecithin, vitamins A, D2, B12. No sugar added / Sans sucre ajouté.", "", ""),
    ("label", "Ketchup Flavoured Potato Chips / Croustilles saveur de ketchup. Ingredients: potatoes, vegetable oil (canola, sunflower, corn), seasoning (sugar, dextrose, salt, tomato powder, onion powder, citric acid, paprika extract, natural flavour). Ingrédients : pommes de terre, huile végétale (canola, tournesol, maïs), assaisonnement (sucre, dextrose, sel, poudre de tomate, poudre d'oignon, acide citrique, extrait de paprika, arôme naturel).", "sugar corn", ""),
    ("label", "Peameal Bacon / Bacon de dos au maïs. Ingredients: pork back, water, salt, sugar, sodium phosphate, sodium erythorbate, sodium nitrite, coated with cornmeal. Ingrédients : longe de porc, eau, sel, sucre, phosphate de sodium, érythorbate de sodium, nitrite de sodium, enrobé de semoule de maïs.", "sugar corn", ""),
    ("label", "Beurre d'érable pur / Pure Maple Butter. Ingrédients : sirop d'érable pur. Ingredients: pure maple syrup. Produit du Québec.", "", "sugar"),  # why: maple butter is whipped maple syrup, no dairy
    ("label", "Butter Tarts / Tartelettes au beurre. Ingredients: sugars (brown sugar, corn syrup, glucose-fructose), enriched wheat flour, raisins, shortening (palm, canola), eggs, butter, water, salt, vinegar. Contains: wheat, egg, milk.", "sugar corn wheat dairy", ""),
    ("label", "Clam and Tomato Cocktail / Cocktail aux palourdes et tomates. Ingredients: water, tomato paste, glucose-fructose, salt, monosodium glutamate, citric acid, dried clam broth, spices, onion powder, red 40. Contains: clam. Contient : palourde.", "sugar corn", ""),
]

# ---------------------------------------------------------------------------
# Linda, 58, Minneapolis (family in Wisconsin and Ohio). Full sentences, capitals and full stops, hotdish and church suppers.
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("meal", "Breakfast: Two eggs over easy, sautéed spinach, and a cup of coffee with a splash of unsweetened almond milk.", "", ""),
    ("meal", "Lunch: Leftover roast chicken over mixed greens with olive oil and lemon.", "", ""),
    ("meal", "Dinner: Wild rice soup from the deli. It was creamy, so I'm guessing cream.", "dairy", "wheat"),  # why: usually a flour roux
    ("meal", "Tater tot hotdish at church. Cream of mushroom soup, ground beef, green beans, tots on top.", "wheat dairy", "soy corn sugar"),
    ("meal", "Walleye pan-fried at the cabin in butter with a little flour, and boiled potatoes.", "wheat dairy", ""),
    ("meal", "Grilled walleye, no breading, with a plain baked potato and green beans.", "", ""),
    ("meal", "Fried cheese curds at the State Fair. Also a bucket of Sweet Martha's cookies. I have no self-control at the Fair.", "dairy wheat sugar", "corn soy"),
    ("meal", "Pork chop on a stick at the Fair, and a bottle of water.", "", "sugar soy"),
    ("meal", "Jell-O salad at my sister-in-law's (the green one with cottage cheese and pineapple).", "sugar dairy", ""),
    ("meal", "Lefse with butter and sugar at Christmas. Tradition.", "wheat dairy sugar", ""),  # why: lefse dough is potato plus flour
    ("meal", "Swedish meatballs with lingonberry jam and mashed potatoes at IKEA.", "wheat dairy sugar", "soy"),
    ("meal", "Jucy Lucy at Matt's Bar. Slip day. Cheese inside the burger, bun, fries.", "wheat dairy", "soy corn sugar"),
    ("meal", "Bratwurst, no bun, with sauerkraut and spicy brown mustard.", "", "corn sugar"),
    ("meal", "Beer brats at the Packers game. Two, on buns. And a Spotted Cow.", "wheat", "corn sugar"),
    ("meal", "Oatmeal (regular Quaker) with walnuts and a sliced banana.", "", "wheat"),
    ("meal", "Booyah from the fire department fundraiser.", "", "corn"),  # why: booyah often has corn among the vegetables
    ("meal", "Kringle from Racine for my book club. One slice of pecan.", "wheat dairy sugar", "corn soy"),
    ("meal", "Chicken and wild rice casserole, made with bone broth, no cream of anything!", "", ""),
    ("meal", "Pasty from the U.P., beef and rutabaga.", "wheat", "dairy"),
    ("meal", "Cincinnati chili at my cousin's in Ohio, a 3-way (spaghetti, chili, cheddar).", "wheat dairy", "sugar"),
    ("meal", "Egg bake with hash browns, sausage, cheese and milk. Brunch at my daughter's.", "dairy", "sugar corn"),
    ("meal", "Egg bake I made myself with almond milk, no cheese, and turkey sausage (I checked: no sugar, no corn syrup).", "", ""),
    ("meal", "Puppy chow! The kids made it. Rice Chex, chocolate chips, peanut butter, butter, powdered sugar.", "sugar dairy soy corn", ""),  # why: powdered sugar contains cornstarch; chips have milkfat + soy lecithin
    ("meal", "Side salad with Hidden Valley ranch.", "dairy soy sugar", "corn"),
    ("meal", "Celery sticks with natural peanut butter (just peanuts and salt).", "", ""),
    ("meal", "Roast beef with carrots and potatoes, cooked in plain beef broth.", "", ""),
    ("meal", "Apple slices with almond butter.", "", ""),
    ("meal", "Baked cod with lemon, rice made with olive oil and broth, and peas.", "", ""),
    ("meal", "Pot roast in the crock pot with a packet of Lipton onion soup mix.", "corn sugar soy", ""),  # why: mix lists cornstarch, sugar, corn syrup, hydrolyzed soy protein
    ("meal", "Dinner out at Culver's: ButterBurger, cheese curds, and a small custard. My husband's birthday.", "wheat dairy sugar", "soy corn"),
]

# ---------------------------------------------------------------------------
# Brandon, 27, Columbus, Ohio, often in Chicago. Gym bro: meal numbers, macros, emoji, brands.
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("meal", "meal 1: 6 egg whites, 1 cup oats, blueberries 💪", "", "wheat"),
    ("meal", "meal 2: 8oz chicken breast, 1 cup white rice, broccoli. 52P/45C/6F", "", ""),
    ("meal", "pre workout scoop + a plain rice cake", "", "corn"),
    ("meal", "post: 2 scoops whey in water", "dairy", "soy"),
    ("meal", "post: pea protein + unsweetened almond milk + 2 tbsp pb2", "sugar", ""),  # why: PB2 original is peanuts, sugar, salt
    ("meal", "chipotle bowl: white rice, black beans, double chicken, fajita veg, tomatillo red salsa, lettuce, guac. no cheese no sour cream 🙏", "", ""),
    ("meal", "chipotle bowl w corn salsa + cheese", "corn dairy", ""),
    ("meal", "cheat meal 🍕 lou malnati's deep dish sausage, 3 slices", "wheat dairy", "sugar corn soy"),
    ("meal", "chicago dog — poppy seed bun, neon relish, all the stuff, no ketchup obviously", "wheat sugar", "corn"),
    ("meal", "italian beef dipped w hot giardiniera", "wheat", "soy corn"),
    ("meal", "quest bar cookies n cream", "dairy", "soy"),
    ("meal", "fairlife 30g protein shake chocolate", "dairy", ""),
    ("meal", "skyline 4-way bean, ate it tho 😂", "wheat dairy", "sugar"),
    ("meal", "bww traditional wings naked, buffalo sauce, celery, no ranch", "", "dairy soy corn"),  # why: buffalo sauce is often butter-based; fryer oil
    ("meal", "sweetgreen harvest bowl but swapped the goat cheese for extra avocado", "", "sugar"),  # why: balsamic vinaigrette
    ("meal", "red bull sugarfree", "", "corn"),
    ("meal", "monster ultra white", "", "corn"),
    ("meal", "eggs + ground turkey + salsa + sweet potato. same as yesterday. same as tomorrow 🥱", "", ""),
    ("meal", "93/7 burger lettuce wrap w sir kensington's ketchup", "sugar", ""),
    ("meal", "same burger but primal kitchen unsweetened ketchup this time", "", ""),
    ("meal", "white castle sliders at 1am x4 🤢", "wheat", "soy sugar dairy corn"),
    ("meal", "gold star chili cheese coney", "wheat dairy", "sugar corn"),
    ("meal", "celsius + banana before leg day", "", "corn"),
    ("meal", "meal 3: 6oz salmon, jasmine rice, asparagus", "", ""),
    ("meal", "ground bison, white potato, spinach sauteed in avocado oil", "", ""),
    ("meal", "larabar cashew cookie (literally just cashews + dates)", "", ""),
    ("meal", "black coffee + 3 hard boiled eggs on the drive in", "", ""),
]

# ---------------------------------------------------------------------------
# Yesenia, 35, San Antonio. Spanglish all day, lower case, emoji, corrections the next morning; shops at HEB.
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("meal", "desayuno: 2 huevos con nopalitos y salsa verde, corn tortillas x2", "corn", ""),
    ("meal", "breakfast tacos de papa con huevo en flour tortillas from the taqueria 😩", "wheat", "soy dairy"),
    ("meal", "barbacoa de cabeza sunday morning w corn tortillas, cebolla, cilantro, salsa", "corn", ""),
    ("meal", "menudo con hominy, oregano, limon, chile. y un bolillo que NO me comí", "corn", ""),
    ("meal", "fideo loco con pollo (used knorr caldo de tomate)", "wheat", "corn sugar soy"),  # why: fideo is wheat pasta; bouillon powder
    ("meal", "picadillo con papas, arroz, frijoles de la olla", "", ""),
    ("meal", "raspa de mango con chamoy y tajin at the flea market 🥭", "sugar", "corn"),
    ("meal", "fruit cup con chile y limon, no chamoy", "", ""),
    ("meal", "elote en vaso: mayo, queso cotija, chile, mantequilla", "corn dairy soy", "sugar"),
    ("meal", "tamales de puerco x3 from la señora at church, christmas eve", "corn", "soy"),
    ("meal", "tamales de rajas con queso", "corn dairy", "soy"),
    ("meal", "champurrado con los tamales", "corn sugar", "dairy soy"),
    ("meal", "HEB marinated fajita chicken grilled, guac, pico, no tortillas", "", "soy wheat sugar corn"),
    ("meal", "chick fil a again pq my kids 🙄 — grilled cool wrap, no dressing", "wheat dairy", "soy"),
    ("meal", "puffy tacos at ray's drive inn", "corn", "dairy soy"),
    ("meal", "enchiladas verdes de pollo con crema y queso, arroz y frijoles refritos", "corn dairy", "sugar soy"),
    ("meal", "pan dulce — una concha y una marranita 🐷 w coffee", "wheat sugar", "dairy soy"),
    ("meal", "cafecito con leche y piloncillo", "dairy sugar", ""),
    ("meal", "café de olla, black, con canela pero sin piloncillo this time", "", ""),
    ("meal", "agua de jamaica from taco cabana", "sugar", ""),
    ("meal", "agua fresca de pepino con limon que hice en casa, no sugar, just a little stevia", "", ""),
    ("meal", "big red y barbacoa, the san antonio sunday combo lol", "sugar corn", ""),
    ("meal", "whataburger patty melt 😬 texas toast, cheese, grilled onions, creamy pepper sauce", "wheat dairy", "soy sugar corn"),
    ("meal", "caldo de res con elote, calabaza, zanahoria, papa y repollo", "corn", ""),
    ("meal", "chicharrones de harina con valentina y limon", "wheat", "soy corn"),  # why: duros are wheat-flour pellets, not pork
    ("meal", "chicharrones de puerco (the real pork ones) con valentina", "", ""),
    ("meal", "tostadas de ceviche de camarón", "corn", "soy"),
    ("meal", "calabacitas con queso and a pork chop", "dairy", "corn"),  # why: calabacitas often include corn kernels
    ("meal", "frijoles charros y carne asada at my tio's, tortillas de maíz", "corn", "soy wheat sugar"),
    ("meal", "oops correction for yesterday: the tortillas were flour not corn. HEB flour tortillas", "wheat", "soy"),
    ("meal", "sopa de arroz, pollo guisado y un vaso de horchata", "sugar", "dairy corn"),
    ("label", "Jarritos Mandarin. Ingredients: carbonated water, sugar, citric acid, natural flavor, sodium benzoate (preservative), yellow 6. Hecho en México.", "sugar", "corn"),
    ("label", "Mission Tortillas de Harina / Flour Tortillas. Ingredients: enriched bleached flour (wheat flour, niacin, reduced iron, thiamine mononitrate, riboflavin, folic acid), water, vegetable shortening (interesterified soybean oil, hydrogenated soybean oil and/or palm oil), contains 2% or less of: salt, sugar, leavening, distilled monoglycerides, enzymes, calcium propionate, fumaric acid. Contains: wheat.", "wheat soy sugar", ""),
    ("label", "Tapatío Salsa Picante Hot Sauce. Ingredients: water, red peppers, salt, spices, garlic, acetic acid, xanthan gum, sodium benzoate (preservative).", "", "corn"),
    ("label", "Abuelita Chocolate para preparar bebida / Authentic Mexican Hot Chocolate Drink Tablets. Ingredients: sugar, chocolate, vegetable oils (palm, soybean), soy lecithin, artificial flavor. Contains: soy. May contain milk.", "sugar soy", "dairy"),
]

# ---------------------------------------------------------------------------
# Jorge, 41, Miami (Cuban-American, Hialeah). Spanglish, CAPS for emphasis, ventanita coffee; Goya in the pantry.
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("meal", "cafecito at the ventanita. just one. ok two", "sugar", ""),
    ("meal", "cortadito y tostada cubana con mantequilla en Versailles", "wheat dairy sugar", ""),
    ("meal", "ropa vieja, moros, yuca. NO bread. proud of myself", "", ""),
    ("meal", "pastelitos de guayaba y queso for the office, i had 2", "wheat dairy sugar", "soy"),
    ("meal", "croquetas de jamón x4 from the bakery", "wheat dairy", "soy corn"),  # why: bechamel + breadcrumbs, fried
    ("meal", "cuban sandwich for lunch", "wheat dairy", "sugar"),  # why: cuban bread, swiss, butter pressed
    ("meal", "medianoche", "wheat dairy sugar", ""),  # why: sweet egg bread
    ("meal", "picadillo con arroz blanco y maduros", "", "soy corn"),
    ("meal", "vaca frita, yuca con mojo, black beans", "", ""),
    ("meal", "lechón asado con yuca y mojo, ensalada de aguacate", "", ""),
    ("meal", "pargo a la plancha, arroz blanco, ensalada de tomate", "", ""),
    ("meal", "arroz con pollo, my abuela uses beer and bijol", "corn", "wheat"),  # why: Bijol is corn flour with annatto; beer may contain wheat
    ("meal", "pollo tropical tropichop: white rice, black beans, chicken. no sauce", "", "sugar soy"),
    ("meal", "flan de la abuela (condensed milk, evaporated milk, caramel)", "dairy sugar", ""),
    ("meal", "natilla cubana", "dairy sugar corn", ""),  # why: thickened with cornstarch
    ("meal", "materva. the nostalgia got me", "sugar", "corn"),
    ("meal", "malta hatuey con leche condensada lol my dad's thing", "sugar dairy", "wheat corn"),
    ("meal", "tamal en cazuela", "corn", ""),
    ("meal", "frita cubana w papitas on top", "wheat sugar", "soy corn"),  # why: frita sauce is ketchup-based
    ("meal", "papa rellena", "wheat", "soy corn"),
    ("meal", "ceviche peruano at a place on 8th st, the classic one with choclo and cancha", "corn", ""),
    ("meal", "chicharrón de pollo dominicano, tostones", "wheat", "soy corn"),
    ("meal", "publix sub 🙃 chicken tender, pepper jack, on white", "wheat dairy", "soy corn sugar"),
    ("meal", "publix key lime pie slice", "wheat dairy sugar", "soy corn"),
    ("meal", "cafe con leche made with oat milk at home, NO sugar", "", "wheat"),
    ("meal", "coquito at xmas. my tía's. strong.", "dairy sugar", ""),
    ("label", "Goya Sazón Culantro y Achiote / Coriander & Annatto. Ingredients: salt, monosodium glutamate, garlic, cumin, coriander, annatto, yellow 5, red 40, silicon dioxide (to prevent caking).", "", ""),
    ("label", "Goya Guava Paste / Pasta de Guayaba. Ingredients: guava pulp, sugar, pectin, citric acid.", "sugar", "corn"),
    ("label", "Goya Maria Cookies / Galletas Maria. Ingredients: enriched wheat flour (wheat flour, niacin, reduced iron, thiamine mononitrate, riboflavin, folic acid), sugar, palm oil, corn syrup, leavening (ammonium bicarbonate, sodium bicarbonate), salt, soy lecithin, artificial flavor. Contains: wheat, soy. May contain milk.", "wheat sugar corn soy", "dairy"),
    ("label", "Bijol Condimento / Seasoning. Ingredients: corn flour, cumin, annatto, FD&C yellow 5, FD&C red 40.", "corn", ""),
]

# ---------------------------------------------------------------------------
# Daniela, 24, Los Angeles (Salvadoran mom, Mexican dad). Spanglish, typos, no accents, "lol".
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("meal", "pupusas revueltas x2 con curtido y salsita", "corn dairy", ""),
    ("meal", "pupusas de arroz de frijol con queso, the rice flour ones", "dairy", ""),  # why: pupusas de arroz use rice-flour dough, not corn masa
    ("meal", "pupusa de loroco y queso + horchata salvadoreña", "corn dairy sugar", ""),
    ("meal", "yuca frita con chicharron y curtido", "", "soy corn"),
    ("meal", "panes con pollo at my tias", "wheat", "sugar"),
    ("meal", "quesadilla salvadoreña con cafe (the sweet cheese pound cake one)", "dairy sugar", "wheat"),  # why: usually rice flour, some bakeries use wheat
    ("meal", "atol de elote, hot, w canela", "corn sugar dairy", ""),
    ("meal", "kolashampan 🥲", "sugar", "corn"),
    ("meal", "tacos from leo's, al pastor x4 + the green salsa + radishes", "corn", "sugar"),
    ("meal", "in n out double double protein style no cheese, fries", "", "soy sugar"),  # why: lettuce instead of bun; spread is mayo + relish; fries in sunflower oil
    ("meal", "in n out animal style fries", "dairy", "soy sugar"),
    ("meal", "trader joes cauliflower gnocchi w pesto", "dairy", ""),  # why: gnocchi is cauliflower + cassava; pesto has parmesan
    ("meal", "erewhon smoothie lol treat myself. almond milk, strawberries, dates, coconut cream", "", "sugar"),
    ("meal", "acai bowl w granola + honey", "sugar", "wheat"),  # why: acai packs usually sweetened; granola sugared
    ("meal", "tostada de ceviche de camaron + tacos dorados de camaron at mariscos jalisco", "corn", "soy"),
    ("meal", "ramen at tsujita ugh it was so good", "wheat soy", "sugar"),
    ("meal", "kbbq in ktown, galbi + banchan, no rice", "soy wheat sugar", "corn"),
    ("meal", "tamales de elote que hizo mi mama", "corn sugar", "dairy"),
    ("meal", "sopa de pata", "", "corn"),
    ("meal", "platanos fritos con crema y frijoles, breakfast", "dairy", ""),
    ("meal", "i typed pupusas de queso yesterday but it was pupusas de frijol solo, no cheese", "corn", ""),
    ("meal", "una semita from the salvadoran bakery", "wheat sugar", "dairy"),
    ("meal", "chicken tinga bowl w rice and beans, no tortilla, salsa", "", "sugar"),  # why: chipotles en adobo sauce is usually sweetened
    ("meal", "caldo de pollo de mi mama con arroz y limon", "", ""),
    ("meal", "mango con limon y sal, no tajin no chamoy", "", ""),
]

# ---------------------------------------------------------------------------
# Lupita, 29, Guadalajara (works in CDMX). Mexican Spanish, no accents, abbreviations (q, xq, tmb, bn), "jaja".
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("meal", "desayuno: huevos a la mexicana con frijoles de la olla y 2 tortillas de maiz", "corn", ""),
    ("meal", "chilaquiles verdes con crema, queso y pollo. ya se, ya se", "corn dairy", "soy"),
    ("meal", "chilaquiles rojos sin crema ni queso, con huevo estrellado", "corn", "soy"),
    ("meal", "torta ahogada en el centro, birote salado", "wheat", ""),
    ("meal", "birria de chivo con tortillas a mano", "corn", ""),
    ("meal", "tacos de canasta x5 afuera del metro", "corn", "soy"),
    ("meal", "quesadillas de huitlacoche sin queso (en cdmx si existen jaja)", "corn", ""),  # why: tortilla masa + huitlacoche (corn smut); no cheese as stated
    ("meal", "quesadilla de tinga CON queso, de harina, en un puesto de monterrey", "wheat dairy", "soy"),
    ("meal", "pozole rojo con tostadas, rabano, lechuga, oregano", "corn", ""),
    ("meal", "mole poblano con arroz en la boda de mi prima 💃", "sugar", "wheat corn soy"),  # why: mole has sweetened chocolate; bread/tortilla thickeners vary
    ("meal", "pan de muerto y chocolate caliente con leche", "wheat dairy sugar", "soy"),
    ("meal", "concha con cafe de olla", "wheat sugar", "dairy soy"),
    ("meal", "guajolota = torta de tamal verde 🤭", "wheat corn", "soy"),
    ("meal", "atole de arroz con leche de almendra, endulzado con miel de abeja", "", "sugar"),
    ("meal", "atole de masa con piloncillo", "corn sugar", ""),
    ("meal", "tejuino con nieve de limon en el centro", "corn sugar", ""),
    ("meal", "coctel de camaron con catsup y galletas saladas", "sugar wheat", "corn"),
    ("meal", "coctel de camaron sin catsup, solo clamato... a no espera el clamato tmb trae azucar", "sugar", "corn"),
    ("meal", "aguachile verde con pepino y cebolla morada, con tostadas", "corn", ""),
    ("meal", "tlayuda en oaxaca: asiento, frijol, quesillo, tasajo", "corn dairy", ""),
    ("meal", "chapulines con limon y sal, nomas una probadita", "", ""),
    ("meal", "pescado zarandeado con arroz y ensalada en la playa", "", "soy wheat sugar"),  # why: zarandeado marinades often include soy sauce, salsa inglesa, mayo
    ("meal", "caldo de pollo con arroz, limon y aguacate", "", ""),
    ("meal", "tacos al pastor x6 con piña", "corn", "sugar"),
    ("meal", "gorditas de chicharron prensado", "corn", "soy"),
    ("meal", "enfrijoladas con queso fresco", "corn dairy", ""),
    ("meal", "caldo tlalpeño con aguacate y chipotle, sin tortilla", "", ""),
    ("meal", "esquites con mayonesa, queso y chile piquin", "corn dairy soy", "sugar"),  # why: Mexican mayonnaise is soybean-oil based
    ("meal", "licuado de platano con leche y avena", "dairy", "wheat sugar"),
    ("meal", "licuado verde: nopal, piña, apio, naranja, sin azucar", "", ""),
    ("meal", "coca de vidrio con unos tacos de suadero", "corn sugar", ""),
    ("meal", "le puse jugo maggi a mi carne asada xq asi la hace mi papa", "soy wheat", "sugar"),  # why: Jugo Maggi is hydrolysed soy protein + wheat gluten
    ("meal", "chiles en nogada en septiembre 🇲🇽", "dairy sugar", "wheat"),  # why: walnut-cream sauce with milk and cheese, sweet picadillo; some are battered
    ("meal", "chile relleno de queso capeado, con arroz", "dairy wheat", "soy"),
    ("meal", "elote asado con limon y chile, sin mayo", "corn", ""),
    ("meal", "alegrias de amaranto con miel", "", "sugar"),
]

# ---------------------------------------------------------------------------
# Etiquetas México: Lupita photographs labels at OXXO, Soriana and the tianguis (NOM-051 black octagons).
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("label", "Pan Blanco Grande. EXCESO CALORÍAS. EXCESO SODIO. Ingredientes: harina de trigo enriquecida (harina de trigo, hierro, zinc, ácido fólico, vitaminas), agua, azúcar, levadura, aceite vegetal, gluten de trigo, sal yodada, emulsificantes (mono y diglicéridos, estearoil lactilato de sodio), vinagre, conservador (propionato de calcio), harina de soya, enzimas. Contiene: trigo y soya. Puede contener leche.", "wheat sugar soy", "corn dairy"),
    ("label", "Tortillas de Maíz. Ingredientes: maíz nixtamalizado, agua, goma guar, conservadores (propionato de calcio, sorbato de potasio), ácido fumárico.", "corn", ""),
    ("label", "Harina de maíz nixtamalizado instantánea para tortillas. Ingredientes: harina de maíz nixtamalizado, enriquecida con hierro, zinc, ácido fólico, niacina, riboflavina y tiamina. Sin gluten.", "corn", ""),
    ("label", "Pastelito relleno con cobertura sabor chocolate. EXCESO CALORÍAS. EXCESO AZÚCARES. EXCESO GRASAS SATURADAS. Ingredientes: azúcar, harina de trigo, cobertura sabor chocolate (azúcar, grasa vegetal, cocoa, lecitina de soya), jarabe de maíz de alta fructosa, relleno sabor fresa (azúcar, jarabe de glucosa, pulpa de fresa), huevo, leche descremada en polvo, grasa vegetal, sal. Contiene: trigo, leche, huevo, soya.", "wheat dairy sugar soy corn", ""),
    ("label", "Botana de tortilla enrollada sabor chile y limón. EXCESO CALORÍAS. EXCESO GRASAS SATURADAS. EXCESO SODIO. Ingredientes: harina de maíz nixtamalizado, aceite vegetal, sazonador (maltodextrina, sal, azúcar, glutamato monosódico, proteína vegetal hidrolizada de soya, chile en polvo, ácido cítrico, colorantes artificiales). Contiene: soya.", "corn sugar soy", ""),
    ("label", "Papas fritas sal. EXCESO CALORÍAS. EXCESO GRASAS SATURADAS. Ingredientes: papa, aceite vegetal y sal yodada.", "", "corn soy"),
    ("label", "Refresco de cola. EXCESO AZÚCARES. CONTIENE CAFEÍNA, EVITAR EN NIÑOS. Ingredientes: agua carbonatada, azúcar, color caramelo clase IV, ácido fosfórico, saborizantes naturales y cafeína.", "sugar", "corn"),
    ("label", "Refresco de cola sin azúcar. CONTIENE EDULCORANTES, NO RECOMENDABLE EN NIÑOS. CONTIENE CAFEÍNA, EVITAR EN NIÑOS. Ingredientes: agua carbonatada, color caramelo clase IV, ácido fosfórico, aspartame, acesulfame K, benzoato de sodio, citrato de sodio, cafeína, saborizantes naturales. Fenilcetonúricos: contiene fenilalanina.", "", "corn"),
    ("label", "Salsa picante. Ingredientes: agua, chiles secos, vinagre, sal, especias y benzoato de sodio.", "", ""),
    ("label", "Jugo sazonador. EXCESO SODIO. Ingredientes: agua, sal yodada, proteína vegetal hidrolizada de soya, gluten de trigo, azúcar, glutamato monosódico, color caramelo clase IV, ácido láctico, inosinato y guanilato de sodio. Contiene: soya y trigo.", "soy wheat sugar", "corn"),
    ("label", "Chocolate de mesa en tablillas. EXCESO AZÚCARES. EXCESO GRASAS SATURADAS. Ingredientes: azúcar, licor de cacao, aceites vegetales (girasol, cártamo, palma), lecitina de soya, saborizante artificial. Contiene: soya.", "sugar soy", ""),
    ("label", "Leche entera ultrapasteurizada. Ingredientes: leche entera de vaca, vitaminas A y D. Contiene: leche.", "dairy", ""),
    ("label", "Leche deslactosada semidescremada. Ingredientes: leche semidescremada de vaca, enzima lactasa, vitaminas A y D. 0% lactosa. Contiene: leche.", "dairy", ""),  # why: lactose-free milk is still dairy
    ("label", "Yoghurt bebible sabor fresa. EXCESO AZÚCARES. Ingredientes: leche parcialmente descremada, azúcar, preparado de fresa (fresa, agua, azúcar, almidón modificado, saborizantes, carmín), cultivos lácticos, gelatina. Contiene: leche.", "dairy sugar", "corn wheat"),
    ("label", "Bebida de almendra sin azúcar. Ingredientes: agua, almendra (2%), carbonato de calcio, fosfato tricálcico, sal, lecitina de girasol, goma gellan, vitaminas A, D y E. SIN AZÚCAR. SIN LACTOSA.", "", ""),
    ("label", "Caldo de pollo en polvo. EXCESO SODIO. Ingredientes: sal yodada, glutamato monosódico, azúcar, almidón de maíz, grasa de pollo, pollo deshidratado, cebolla, ajo, cúrcuma, perejil, inosinato de sodio, guanilato de sodio. Puede contener trigo, leche y soya.", "sugar corn", "wheat dairy soy"),
    ("label", "Galletas tipo María. EXCESO AZÚCARES. EXCESO CALORÍAS. Ingredientes: harina de trigo enriquecida, azúcar, aceite vegetal, jarabe de maíz, sal, bicarbonato de sodio, lecitina de soya, saborizante artificial vainilla. Contiene: trigo y soya. Puede contener leche.", "wheat sugar corn soy", "dairy"),
    ("label", "Frijoles bayos refritos. Ingredientes: frijol bayo cocido, agua, manteca vegetal, sal, chile jalapeño.", "", "soy corn"),  # why: manteca vegetal = vegetable shortening
    ("label", "Frijoles refritos con manteca de cerdo. Ingredientes: frijol, agua, manteca de cerdo, sal, cebolla.", "", ""),  # why: in Mexico manteca is lard, not butter
    ("label", "Dulce de cacahuate tipo mazapán. EXCESO AZÚCARES. EXCESO CALORÍAS. Ingredientes: cacahuate, azúcar, saborizante artificial.", "sugar", ""),
    ("label", "Tostadas horneadas. Ingredientes: tortilla de maíz nixtamalizado, aceite vegetal, sal.", "corn", "soy"),
    ("label", "Salsa de soya. EXCESO SODIO. Ingredientes: agua, frijol de soya, trigo, sal. Contiene: soya y trigo.", "soy wheat", ""),
    ("label", "Sazonador en polvo de chile con limón. EXCESO SODIO. Ingredientes: chiles secos molidos, sal, ácido cítrico, jugo de limón deshidratado, dióxido de silicio.", "", "corn"),
    ("label", "Miel de abeja pura. Ingredientes: miel de abeja 100%.", "", "sugar"),
    ("label", "Miel de maíz sabor vainilla. EXCESO AZÚCARES. Ingredientes: jarabe de maíz, jarabe de maíz de alta fructosa, sal, vainillina.", "corn sugar", ""),  # why: 'miel' here is corn syrup, not honey
    ("label", "Tortillas de harina de trigo. Ingredientes: harina de trigo enriquecida, agua, grasa vegetal (palma y soya), azúcar, sal, polvo para hornear, propionato de calcio. Contiene: trigo y soya.", "wheat soy sugar", ""),
]

# ---------------------------------------------------------------------------
# Ana Paula, 33, São Paulo (mother from Bahia). Brazilian Portuguese, "kkk", vc/tb/pq, padaria and feira culture.
# Note: Brazilian home cooking uses óleo (almost always soybean oil) unless olive oil is named.
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("meal", "café da manhã: ovos mexidos, mamão e café preto sem açúcar", "", ""),
    ("meal", "pão de queijo + cafezinho kkk não resisti", "dairy", "sugar"),  # why: pão de queijo is cassava starch + cheese, no wheat; cafezinho often pre-sweetened
    ("meal", "tapioca com queijo coalho e um ovo", "dairy", ""),
    ("meal", "tapioca só com frango e tomate, sem queijo", "", ""),
    ("meal", "almoço: arroz, feijão, bife acebolado e salada de alface e tomate", "", "soy"),  # why: cooked in óleo, usually soybean oil
    ("meal", "arroz feijão frango grelhado salada. a refeição de sempre", "", "soy"),
    ("meal", "arroz e feijão feitos no azeite de oliva, picanha, vinagrete", "", ""),
    ("meal", "feijoada no sábado com farofa, couve, torresmo e laranja", "", "dairy soy"),  # why: farofa often made with butter
    ("meal", "coxinha na padaria 🙈", "wheat", "dairy soy"),
    ("meal", "pastel de carne na feira + caldo de cana", "wheat sugar", "soy"),  # why: cane juice counts as sugar
    ("meal", "misto quente e suco de laranja natural", "wheat dairy", ""),
    ("meal", "pão na chapa com manteiga e uma média (café com leite)", "wheat dairy", "sugar"),
    ("meal", "açaí na tigela com granola, banana e leite condensado", "sugar dairy", "wheat"),
    ("meal", "açaí puro sem xarope (pedi o zero) com banana e castanha", "", ""),
    ("meal", "cuscuz nordestino com ovo e manteiga de garrafa", "corn dairy", ""),  # why: cuscuz nordestino is flaked corn, not wheat couscous; manteiga de garrafa is clarified butter
    ("meal", "cuscuz com ovo, só com sal e azeite, sem manteiga", "corn", ""),
    ("meal", "moqueca baiana de peixe, arroz branco, pirão", "", ""),
    ("meal", "acarajé com vatapá e camarão na praia", "wheat", "soy"),  # why: vatapá is thickened with bread
    ("meal", "strogonoff de frango, arroz e batata palha", "dairy", "sugar wheat soy"),  # why: creme de leite; ketchup in many recipes
    ("meal", "brigadeiro na festa de aniversário do meu sobrinho, uns 4 kkkkk", "dairy sugar", ""),
    ("meal", "pamonha doce na estrada", "corn sugar", "dairy"),
    ("meal", "curau de milho", "corn dairy sugar", ""),
    ("meal", "canjica com amendoim na festa junina + quentão", "corn dairy sugar", ""),
    ("meal", "pipoca doce na festa junina", "corn sugar", ""),
    ("meal", "pipoca salgada feita em casa no azeite", "corn", ""),
    ("meal", "churrasco: picanha, linguiça, pão de alho e vinagrete", "wheat dairy", "soy sugar"),
    ("meal", "sushi no rodízio, pedi shoyu sem glúten kkk existe", "sugar soy", ""),
    ("meal", "temaki de salmão com cream cheese", "dairy sugar", "soy wheat"),
    ("meal", "guaraná antarctica lata", "sugar", ""),
    ("meal", "guaraná zero", "", "corn"),
    ("meal", "água de coco direto do coco", "", ""),
    ("meal", "mandioca cozida com carne de sol e vinagrete", "", ""),
    ("meal", "salada de frutas sem leite condensado", "", ""),
    ("meal", "salpicão da minha tia no natal (frango, milho, uva passa, maionese, batata palha)", "corn soy", "sugar"),
    ("meal", "escondidinho de carne seca com purê de mandioca e queijo gratinado", "dairy", ""),
    ("meal", "pão francês com requeijão", "wheat dairy", "sugar"),
    ("meal", "corrigindo: o pão de ontem era pão de queijo, não pão francês. com requeijão ainda", "dairy", ""),
    ("meal", "yakisoba na feira da liberdade", "wheat soy", "sugar corn"),
]

# ---------------------------------------------------------------------------
# Rótulos Brasil: labels Ana Paula photographs at Pão de Açúcar and the atacadão (ANVISA style, (T) = transgênico).
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("label", "Pão de Forma Tradicional. ALTO EM AÇÚCAR ADICIONADO. Ingredientes: farinha de trigo enriquecida com ferro e ácido fólico, água, açúcar, gordura vegetal, glúten, sal, fermento biológico, leite em pó integral, conservador propionato de cálcio, emulsificante estearoil-2-lactil lactato de cálcio, melhorador de farinha ácido ascórbico. ALÉRGICOS: CONTÉM TRIGO, CEVADA E LEITE. PODE CONTER SOJA. CONTÉM GLÚTEN. CONTÉM LACTOSE.", "wheat sugar dairy", "soy corn"),
    ("label", "Biscoito Maisena. Ingredientes: farinha de trigo enriquecida com ferro e ácido fólico, açúcar, gordura vegetal, amido de milho, açúcar invertido, sal, fermentos químicos bicarbonato de amônio e bicarbonato de sódio, emulsificante lecitina de soja, aromatizante. ALÉRGICOS: CONTÉM TRIGO E DERIVADOS DE SOJA. PODE CONTER LEITE. CONTÉM GLÚTEN.", "wheat sugar corn soy", "dairy"),
    ("label", "Polvilho Doce. Ingredientes: fécula de mandioca. NÃO CONTÉM GLÚTEN.", "", ""),
    ("label", "Flocão de Milho para Cuscuz. Ingredientes: milho flocado pré-cozido enriquecido com ferro e ácido fólico. (T) Produto produzido a partir de milho transgênico. NÃO CONTÉM GLÚTEN.", "corn", ""),
    ("label", "Leite Condensado. ALTO EM AÇÚCAR ADICIONADO. Ingredientes: leite integral, açúcar e lactose. ALÉRGICOS: CONTÉM LEITE E DERIVADOS. CONTÉM LACTOSE. NÃO CONTÉM GLÚTEN.", "dairy sugar", ""),
    ("label", "Requeijão Cremoso. Ingredientes: leite pasteurizado, creme de leite, manteiga, cloreto de sódio, fermento lácteo, coalho, estabilizante citrato de sódio. ALÉRGICOS: CONTÉM LEITE E DERIVADOS. CONTÉM LACTOSE. NÃO CONTÉM GLÚTEN.", "dairy", ""),
    ("label", "Mistura de Requeijão Cremoso com Amido. Ingredientes: requeijão cremoso (leite, creme de leite, sal), água, gordura vegetal, amido modificado, proteína de soja, estabilizantes polifosfato de sódio e citrato de sódio, conservador sorbato de potássio. ALÉRGICOS: CONTÉM LEITE E DERIVADOS DE SOJA. NÃO CONTÉM GLÚTEN.", "dairy soy", "corn"),  # why: 'não contém glúten' rules out wheat starch
    ("label", "Refrigerante de Guaraná. ALTO EM AÇÚCAR ADICIONADO. Ingredientes: água gaseificada, açúcar, extrato de semente de guaraná, acidulante ácido cítrico, aroma natural, conservador benzoato de sódio, corante caramelo IV. NÃO CONTÉM GLÚTEN.", "sugar", "corn"),
    ("label", "Óleo de Soja. Ingredientes: óleo de soja refinado (T), antioxidante ácido cítrico. Produto produzido a partir de soja transgênica. NÃO CONTÉM GLÚTEN.", "soy", "corn"),
    ("label", "Margarina com Sal 80% Lipídios. Ingredientes: óleos vegetais líquidos e interesterificados, água, sal, leite em pó desnatado e/ou soro de leite em pó, vitamina A, estabilizantes mono e diglicerídeos de ácidos graxos e lecitina de soja, conservador sorbato de potássio, aroma idêntico ao natural de manteiga, acidulante ácido láctico, corante betacaroteno. ALÉRGICOS: CONTÉM LEITE E DERIVADOS DE SOJA. CONTÉM LACTOSE.", "dairy soy", "corn"),  # why: this margarine contains milk powder/whey
    ("label", "Achocolatado em Pó. ALTO EM AÇÚCAR ADICIONADO. Ingredientes: açúcar, cacau em pó, maltodextrina, sais minerais, emulsificante lecitina de soja, sal, aromatizantes, vitaminas. ALÉRGICOS: CONTÉM DERIVADOS DE SOJA. PODE CONTER LEITE, TRIGO E CEVADA. CONTÉM GLÚTEN.", "sugar soy", "corn dairy wheat"),
    ("label", "Farofa de Mandioca Temperada. Ingredientes: farinha de mandioca torrada, gordura vegetal, sal, cebola, bacon em cubos, aromatizantes, realçador de sabor glutamato monossódico, corante natural urucum. ALÉRGICOS: PODE CONTER SOJA. NÃO CONTÉM GLÚTEN.", "", "soy corn"),
    ("label", "Pão de Queijo Congelado Tradicional. Ingredientes: polvilho doce, polvilho azedo, ovos, queijo minas padrão, leite integral, óleo de soja, sal. ALÉRGICOS: CONTÉM OVO, LEITE E DERIVADOS E DERIVADOS DE SOJA. CONTÉM LACTOSE. NÃO CONTÉM GLÚTEN.", "dairy soy", ""),
    ("label", "Goma de Tapioca Hidratada. Ingredientes: fécula de mandioca hidratada, sal. NÃO CONTÉM GLÚTEN. NÃO CONTÉM LACTOSE.", "", ""),
    ("label", "Ketchup Tradicional. Ingredientes: tomate, açúcar, vinagre, sal, cebola, especiarias, aromatizantes naturais. NÃO CONTÉM GLÚTEN.", "sugar", ""),
    ("label", "Creme de Leite UHT. Ingredientes: creme de leite, leite em pó desnatado, estabilizantes fosfato dissódico, citrato de sódio e carragena. ALÉRGICOS: CONTÉM LEITE E DERIVADOS. CONTÉM LACTOSE. NÃO CONTÉM GLÚTEN.", "dairy", ""),
    ("label", "Bebida à Base de Soja Original. Ingredientes: água, extrato de soja, açúcar, maltodextrina, sais minerais, aromatizante, estabilizante goma gelana, vitaminas. ALÉRGICOS: CONTÉM DERIVADOS DE SOJA. NÃO CONTÉM GLÚTEN. NÃO CONTÉM LACTOSE.", "soy sugar", "corn"),
    ("label", "Granola Tradicional. ALTO EM AÇÚCAR ADICIONADO. Ingredientes: flocos de aveia, açúcar mascavo, flocos de arroz, uva passa, mel, óleo de girasol, coco ralado, castanha-do-pará. ALÉRGICOS: CONTÉM AVEIA E CASTANHA-DO-PARÁ. PODE CONTER TRIGO, CEVADA, CENTEIO, LEITE E SOJA. CONTÉM GLÚTEN.", "sugar", "wheat dairy soy"),
    ("label", "Doce de Leite Pastoso. ALTO EM AÇÚCAR ADICIONADO. Ingredientes: leite, açúcar, amido, bicarbonato de sódio. ALÉRGICOS: CONTÉM LEITE E DERIVADOS. CONTÉM LACTOSE. NÃO CONTÉM GLÚTEN.", "dairy sugar", "corn"),  # why: unnamed 'amido', gluten-free so not wheat
    ("label", "Paçoca de Amendoim. ALTO EM AÇÚCAR ADICIONADO. Ingredientes: amendoim torrado e moído, açúcar, sal. ALÉRGICOS: CONTÉM AMENDOIM. NÃO CONTÉM GLÚTEN.", "sugar", ""),
    ("label", "Biscoito de Polvilho Salgado. Ingredientes: polvilho azedo, óleo de soja, ovos, sal. ALÉRGICOS: CONTÉM OVO E DERIVADOS DE SOJA. NÃO CONTÉM GLÚTEN.", "soy", ""),  # why: a 'biscoito' with no wheat at all
    ("label", "Cerveja Pilsen. Ingredientes: água, malte, cereais não maltados e lúpulo. CONTÉM GLÚTEN.", "", "wheat corn"),  # why: unmalted cereal is usually corn; gluten from barley malt
    ("label", "Chocolate Amargo 70% Cacau. Ingredientes: massa de cacau, açúcar, manteiga de cacau, emulsificante lecitina de soja, aromatizante. ALÉRGICOS: CONTÉM DERIVADOS DE SOJA. PODE CONTER LEITE. NÃO CONTÉM GLÚTEN.", "sugar soy", "dairy"),  # why: cocoa butter is not dairy
]

# ---------------------------------------------------------------------------
# Martín, 44, Buenos Aires. Rioplatense Spanish (voseo, "che", "posta"), asado on Sunday; reads labels (SIN TACC, octágonos).
# Note: in Argentina "manteca" is butter.
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("meal", "mate amargo toda la mañana, nada más hasta el mediodía", "", ""),
    ("meal", "asado del domingo: vacío, entraña, chorizo, morcilla, ensalada mixta, chimichurri", "", ""),
    ("meal", "asado pero con provoleta y choripán, no me aguanté che", "wheat dairy", ""),
    ("meal", "medialunas de manteca x3 con un cortado", "wheat dairy sugar", ""),
    ("meal", "medialunas de grasa con mate", "wheat sugar", "dairy"),
    ("meal", "milanesa a la napolitana con papas fritas", "wheat dairy", "soy corn"),
    ("meal", "milanesa de pollo al horno con pan rallado sin TACC y ensalada", "", "corn"),  # why: gluten-free breadcrumbs are often corn-based
    ("meal", "empanadas salteñas de carne x4", "wheat", "dairy"),
    ("meal", "pizza de muzza en Güerrín, 2 porciones con fainá arriba", "wheat dairy", "sugar"),
    ("meal", "solo fainá, sin la pizza, con pimienta", "", ""),  # why: fainá is chickpea flour
    ("meal", "un alfajor de dulce de leche bañado en chocolate 😬", "wheat dairy sugar", "soy corn"),
    ("meal", "alfajores de maicena que hizo mi vieja", "corn wheat dairy sugar", ""),  # why: maicena = cornstarch, plus flour, butter, dulce de leche
    ("meal", "locro el 25 de mayo", "corn", ""),
    ("meal", "humita en chala", "corn", "dairy sugar"),
    ("meal", "ñoquis del 29 con tuco", "wheat", "dairy sugar"),
    ("meal", "fernet con coca, dos o tres, no me acuerdo", "sugar", "corn"),
    ("meal", "un malbec con la cena", "", ""),
    ("meal", "choripán en la costanera con chimi y criolla", "wheat", ""),
    ("meal", "flan con dulce de leche y crema en la parrilla", "dairy sugar", ""),
    ("meal", "tostado de jamón y queso en el bar + licuado de banana con agua", "wheat dairy", "sugar"),
    ("meal", "helado: dulce de leche granizado y chocolate amargo", "dairy sugar", "soy corn"),
    ("meal", "bife de chorizo a punto, ensalada de rúcula y parmesano", "dairy", ""),  # why: bife de chorizo is a sirloin cut, not sausage
    ("meal", "vitel toné en navidad", "", "dairy soy sugar"),
    ("meal", "submarino en el bar de la esquina (leche caliente con barrita de chocolate)", "dairy sugar", "soy"),
    ("meal", "mate con un par de galletitas de arroz solas", "", ""),
    ("meal", "manteca en el pan... digo, pan tostado sin TACC con manteca", "dairy", "corn sugar"),  # why: manteca = butter in Argentina; GF bread usually has corn starch and sugar
    ("label", "Galletitas de agua. Ingredientes: harina de trigo enriquecida (Ley 25.630), grasa vacuna, azúcar, extracto de malta, sal, levadura, bicarbonato de sodio. Contiene gluten. Puede contener leche y soja.", "wheat sugar", "dairy soy"),
    ("label", "Dulce de leche clásico. SIN TACC. EXCESO EN AZÚCARES. Ingredientes: leche entera, azúcar, glucosa, bicarbonato de sodio, aromatizante vainillina. Contiene leche.", "dairy sugar", "corn"),
    ("label", "Alfajor triple con dulce de leche bañado. EXCESO EN AZÚCARES. EXCESO EN GRASAS TOTALES. EXCESO EN GRASAS SATURADAS. EXCESO EN CALORÍAS. Ingredientes: dulce de leche (leche, azúcar, jarabe de glucosa, bicarbonato de sodio), harina de trigo enriquecida (Ley 25.630), baño de repostería (azúcar, grasa vegetal, cacao, emulsionante lecitina de soja), azúcar, jarabe de maíz de alta fructosa, huevo, leudantes. Contiene gluten. Contiene leche, huevo y derivados de soja.", "wheat dairy sugar soy corn", ""),
    ("label", "Yerba mate elaborada con palo. Ingredientes: yerba mate (Ilex paraguariensis). SIN TACC.", "", ""),
    ("label", "Bebida a base de almendras sin azúcares agregados. SIN TACC. Ingredientes: agua, almendras (2%), carbonato de calcio, sal, estabilizantes goma gellan y goma xántica, emulsionante lecitina de girasol, vitaminas A, D y B12.", "", "corn"),  # why: xanthan gum
    ("label", "Mayonesa clásica. SIN TACC. Ingredientes: aceite de girasol (62%), agua, huevo, vinagre, almidón modificado, azúcar, sal, jugo de limón, espesantes goma guar y goma xántica, secuestrante EDTA cálcico disódico.", "sugar", "corn"),  # why: sunflower oil, not soy; SIN TACC rules out wheat starch
    ("label", "Gaseosa cola. EXCESO EN AZÚCARES. Ingredientes: agua carbonatada, azúcar y/o jarabe de maíz de alta fructosa, colorante caramelo IV, acidulante ácido fosfórico, aromatizantes naturales, cafeína.", "sugar", "corn"),  # why: 'y/o' so corn not certain
    ("label", "Gaseosa cola sin azúcar. CONTIENE EDULCORANTES, NO RECOMENDABLE EN NIÑOS. CONTIENE CAFEÍNA, EVITAR EN NIÑOS. Ingredientes: agua carbonatada, colorante caramelo IV, acidulantes ácido fosfórico y ácido cítrico, edulcorantes aspartamo y acesulfame K, conservante benzoato de sodio, cafeína. Contiene fenilalanina.", "", "corn"),
    ("label", "Pan lacteado blanco. EXCESO EN SODIO. Ingredientes: harina de trigo enriquecida (Ley 25.630), agua, azúcar, aceite de soja, levadura, gluten, sal, leche en polvo descremada, conservante propionato de calcio, emulsionantes. Contiene gluten, leche y derivados de soja.", "wheat sugar soy dairy", ""),
    ("label", "Premezcla para pan SIN TACC. Ingredientes: almidón de maíz, harina de arroz, fécula de mandioca, leche en polvo descremada, azúcar, espesante goma xántica, sal. Contiene leche.", "corn dairy sugar", ""),
    ("label", "Queso crema. SIN TACC. Ingredientes: leche entera, crema de leche, sal, fermentos lácticos, estabilizante goma garrofín. Contiene leche.", "dairy", ""),
    ("label", "Aperitivo amargo (fernet). Ingredientes: alcohol, agua, azúcar, hierbas y especias, colorante caramelo.", "sugar", "corn"),
    ("label", "Tapas para empanadas horneables. Ingredientes: harina de trigo enriquecida (Ley 25.630), agua, grasa vacuna refinada, sal, conservante propionato de calcio. Contiene gluten.", "wheat", ""),
]

# ---------------------------------------------------------------------------
# Rosa, 52, Lima (Miraflores). Peruvian Spanish, full sentences, menú del día and chifa; some labels from Wong/Plaza Vea.
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("meal", "ceviche de corvina con camote y choclo, cancha al costado", "corn", ""),
    ("meal", "ceviche pero sin choclo ni cancha, solo con camote", "", ""),
    ("meal", "lomo saltado con arroz y papas fritas", "soy wheat", "corn sugar"),
    ("meal", "lomo saltado en casa, no le puse sillao, usé tamari sin gluten", "soy", ""),
    ("meal", "arroz chaufa de pollo en el chifa", "soy wheat", "sugar"),
    ("meal", "ají de gallina con arroz y aceituna", "wheat dairy", ""),  # why: bread soaked in evaporated milk, parmesan
    ("meal", "papa a la huancaína de entrada", "dairy", "wheat"),  # why: many recipes blend in soda crackers
    ("meal", "causa limeña de pollo", "", "soy sugar"),
    ("meal", "anticuchos de corazón con papa y choclo", "corn", ""),
    ("meal", "pollo a la brasa 1/4 con papas y ensalada, ají y mayonesa", "", "soy wheat corn sugar"),  # why: marinades often have soy sauce/beer; fries; mayo
    ("meal", "chicha morada casera con piña y clavo, SIN azúcar", "corn", ""),  # why: made by boiling purple corn
    ("meal", "chicha morada de la pollería", "corn sugar", ""),
    ("meal", "una inca kola con el menú", "sugar", ""),
    ("meal", "menú del día: sopa de quinua y seco de res con frejoles", "", "corn wheat"),  # why: seco often cooked with chicha de jora or beer
    ("meal", "tallarines verdes con bistec", "wheat dairy", ""),
    ("meal", "picarones con miel de chancaca en la feria", "wheat sugar", ""),  # why: 'miel de chancaca' is cane-sugar syrup, not honey
    ("meal", "suspiro a la limeña", "dairy sugar", ""),
    ("meal", "emoliente en la esquina, con poquito de azúcar", "sugar", ""),
    ("meal", "quinua con leche de coco y canela, sin azúcar", "", ""),
    ("meal", "tamal criollo con salsa criolla, desayuno de domingo", "corn", ""),
    ("meal", "pan con chicharrón y camote frito", "wheat", ""),
    ("meal", "tacu tacu con lomo", "", "soy wheat"),
    ("meal", "dos pisco sour en la reunión", "sugar", ""),
    ("label", "Gaseosa sabor a hierba luisa. ALTO EN AZÚCAR. Evitar su consumo excesivo. Ingredientes: agua carbonatada, azúcar, ácido cítrico, benzoato de sodio, saborizantes, colorante amarillo tartrazina.", "sugar", "corn"),
    ("label", "Leche evaporada entera. Ingredientes: leche fresca de vaca, estabilizante fosfato disódico, vitaminas A y D. Contiene leche.", "dairy", ""),
    ("label", "Sillao. ALTO EN SODIO. Evitar su consumo excesivo. Ingredientes: agua, sal, soya, trigo, azúcar, colorante caramelo, benzoato de sodio. Contiene soya y trigo.", "soy wheat sugar", "corn"),
    ("label", "Mayonesa. Ingredientes: aceite vegetal de soya, agua, huevo, vinagre, azúcar, sal, almidón modificado, jugo de limón, goma xantana, sorbato de potasio. Contiene huevo y soya.", "soy sugar", "corn wheat"),
    ("label", "Galletas de soda. ALTO EN SODIO. Ingredientes: harina de trigo fortificada, manteca vegetal, sal, levadura, bicarbonato de sodio, extracto de malta. Contiene gluten. Puede contener leche y soya.", "wheat", "soy corn dairy"),
    ("label", "Quinua perlada. Ingredientes: quinua 100%. Libre de gluten.", "", ""),
    ("label", "Refresco instantáneo de maíz morado. ALTO EN AZÚCAR. Ingredientes: azúcar, extracto de maíz morado, ácido cítrico, saborizante de piña y canela, dióxido de silicio.", "corn sugar", ""),
    ("label", "Cancha serrana tostada. Ingredientes: maíz chulpe, aceite vegetal, sal.", "corn", "soy"),
    ("label", "Ají amarillo en pasta. Ingredientes: ají amarillo, sal, ácido cítrico, sorbato de potasio.", "", "corn"),
    ("label", "Panetón. ALTO EN AZÚCAR. ALTO EN GRASAS SATURADAS. Evitar su consumo excesivo. Ingredientes: harina de trigo, azúcar, fruta confitada, pasas, margarina, huevo, leche en polvo, levadura, sal, saborizante a vainilla. Contiene gluten, huevo y leche. Puede contener soya.", "wheat sugar dairy", "soy corn"),
    ("label", "Hojuelas de quinua con miel. Ingredientes: quinua, miel de abeja, aceite de girasol, sal.", "", "sugar"),
    ("label", "Crema de ají con huacatay. Ingredientes: ají, huacatay, aceite vegetal, agua, sal, vinagre, goma xantana, sorbato de potasio.", "", "soy corn"),
]

# ---------------------------------------------------------------------------
# Camilo, 30, Medellín (often in Bogotá). Colombian Spanish, "parce", "qué chimba", short posts; labels from Éxito.
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("meal", "desayuno: arepa paisa con huevos pericos y chocolate", "corn sugar", "dairy soy"),  # why: hot chocolate tablets are sweetened; usually made with milk
    ("meal", "arepa de choclo con quesito, parce qué chimba", "corn dairy sugar", ""),
    ("meal", "calentado con arepa y huevo frito", "corn", ""),
    ("meal", "bandeja paisa completa", "corn", "sugar soy"),
    ("meal", "bandeja paisa sin arepa", "", "sugar soy"),
    ("meal", "ajiaco santafereño con crema y alcaparras en Bogotá", "corn dairy", ""),  # why: served with a piece of corn on the cob
    ("meal", "ajiaco pero lo pedí sin crema y le quité la mazorca", "", ""),
    ("meal", "sancocho de gallina en el paseo de olla", "", "corn"),
    ("meal", "empanadas de pipián con ají", "corn", "soy"),
    ("meal", "pandebono y avena fría en la panadería", "dairy corn sugar", "wheat"),  # why: pandebono is cassava starch, corn flour, cheese; avena is oats + milk + sugar
    ("meal", "pan de yuca con un tinto", "dairy", ""),
    ("meal", "buñuelos de navidad + natilla", "dairy corn sugar", "wheat"),  # why: natilla and buñuelos use cornstarch and cheese/milk
    ("meal", "tinto sin azúcar toda la mañana", "", ""),
    ("meal", "aguapanela con limón y un pedazo de queso", "sugar dairy", ""),  # why: panela is unrefined cane sugar
    ("meal", "jugo de lulo en agua sin azúcar", "", ""),
    ("meal", "jugo de mora en leche del corrientazo", "dairy sugar", ""),
    ("meal", "postobón manzana con una empanada", "sugar corn", "soy"),
    ("meal", "obleas con arequipe y mora", "wheat dairy sugar", ""),
    ("meal", "chicharrón con patacón y hogao", "", ""),
    ("meal", "mondongo con arroz y aguacate", "", ""),
    ("meal", "pony malta después del partido", "sugar", "wheat corn"),
    ("meal", "tamal tolimense con chocolate", "corn sugar", "dairy"),
    ("meal", "arroz con coco y mojarra frita en Cartagena", "", "sugar wheat"),
    ("label", "Harina de maíz blanco precocida. Ingredientes: maíz blanco desgerminado, niacina, tiamina, riboflavina, ácido fólico, hierro. No contiene gluten.", "corn", ""),
    ("label", "Chocolate de mesa tradicional con clavos y canela. ALTO EN AZÚCARES AÑADIDOS. Ingredientes: cacao, azúcar, clavos de olor, canela.", "sugar", ""),
    ("label", "Chocolate de mesa sin azúcar. Ingredientes: cacao, edulcorante sucralosa, lecitina de soya, canela. Contiene soya.", "soy", ""),
    ("label", "Panela pulverizada. Ingredientes: panela 100% (jugo de caña de azúcar concentrado y solidificado).", "sugar", ""),
    ("label", "Arequipe. ALTO EN AZÚCARES AÑADIDOS. Ingredientes: leche entera, azúcar, glucosa, bicarbonato de sodio, conservante sorbato de potasio. Contiene leche.", "dairy sugar", "corn"),
    ("label", "Avena bebible sabor canela. ALTO EN AZÚCARES AÑADIDOS. Ingredientes: leche entera, agua, azúcar, avena en hojuelas, almidón de maíz, canela, estabilizantes. Contiene leche y avena.", "dairy sugar corn", "wheat"),
    ("label", "Galletas sándwich sabor a chocolate. ALTO EN AZÚCARES AÑADIDOS. ALTO EN GRASAS SATURADAS. Ingredientes: harina de trigo fortificada, azúcar, grasa vegetal de palma, cocoa, almidón de maíz, sal, bicarbonato de sodio, lecitina de soya, saborizante artificial. Contiene trigo y soya. Puede contener leche.", "wheat sugar corn soy", "dairy"),
    ("label", "Bebida de malta. ALTO EN AZÚCARES AÑADIDOS. Ingredientes: agua, azúcar, malta de cebada, jarabe de glucosa, color caramelo, lúpulo, dióxido de carbono. Contiene gluten.", "sugar", "wheat corn"),
    ("label", "Mezcla lista para buñuelos. Ingredientes: almidón de maíz, queso en polvo, azúcar, polvo para hornear, sal. Contiene leche.", "corn dairy sugar", ""),
    ("label", "Pandebono congelado. Ingredientes: almidón de yuca, queso costeño (leche), harina de maíz precocida, huevo, azúcar, sal. Contiene leche y huevo.", "dairy corn sugar", ""),
    ("label", "Gaseosa sabor manzana. ALTO EN AZÚCARES AÑADIDOS. Ingredientes: agua carbonatada, azúcar, ácido cítrico, saborizante natural de manzana, benzoato de sodio, color caramelo.", "sugar", "corn"),
    ("label", "Arepas de maíz blanco listas para asar. Ingredientes: maíz blanco, agua, sal, sorbato de potasio.", "corn", ""),
]

# ---------------------------------------------------------------------------
# Shanice, 37, Kingston, Jamaica, now in Brooklyn (Flatbush). Jamaican patois spelling, flag emoji, cookshop food.
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("meal", "ackee and saltfish wid boiled green banana an yam, breakfast 🇯🇲", "", ""),
    ("meal", "ackee n saltfish wid fried dumplin an festival", "wheat corn sugar", "dairy soy"),  # why: festival is cornmeal + flour + sugar, fried
    ("meal", "jerk chicken from di pan man, rice an peas, festival", "corn wheat sugar", "soy"),
    ("meal", "jerk chicken mi mek miself, jus scallion pepper pimento thyme, no sugar, rice an peas, steam cabbage", "", ""),
    ("meal", "curry goat wid white rice and roti", "wheat", ""),
    ("meal", "oxtail, rice an peas, fried plantain", "", "sugar soy wheat"),  # why: browning (burnt sugar) and soy sauce are common in oxtail gravy
    ("meal", "beef patty inna coco bread 😭 di combo", "wheat dairy sugar", "soy"),
    ("meal", "steam fish wid okra and bammy", "", ""),  # why: bammy is cassava
    ("meal", "escovitch fish an bammy fi easter", "", "wheat"),  # why: fish sometimes floured before frying
    ("meal", "bun an cheese fi easter", "wheat sugar dairy", "corn"),
    ("meal", "carrot juice from di juice man (wid condense milk an nutmeg)", "dairy sugar", ""),
    ("meal", "fresh carrot juice, jus carrot an ginger, nuttin else", "", ""),
    ("meal", "sorrel at christmas, mi madda mek it wid ginger an sugar", "sugar", ""),
    ("meal", "ting grapefruit soda", "sugar", "corn"),
    ("meal", "callaloo an boiled dumplings", "wheat", ""),
    ("meal", "callaloo wid saltfish an roast breadfruit", "", ""),  # why: breadfruit is a fruit, not bread
    ("meal", "boil food: yam, dasheen, green banana, wid mackerel run down", "", ""),  # why: rundown is a coconut-milk stew
    ("meal", "coconut water an a julie mango", "", ""),
    ("meal", "red stripe x2 at di dance", "", "wheat corn"),
    ("meal", "doubles x2 from di trini spot on nostrand", "wheat", "sugar"),  # why: bara is flour; tamarind sauce may be sweetened
    ("meal", "brown stew chicken, rice an peas", "", "sugar soy"),
    ("meal", "irish moss drink, di one wid condense milk", "dairy sugar", ""),
    ("meal", "roast corn from di roadside, jus corn an salt", "corn", ""),
    ("meal", "mannish water at di wedding", "wheat", ""),  # why: has flour spinners/dumplings
    ("meal", "hard dough bread wid butter an a cup a milo", "wheat dairy sugar", "soy"),
    ("label", "Jamaican Jerk Seasoning, Hot. Ingredients: scallions, scotch bonnet peppers, salt, black pepper, pimento (allspice), soybean oil, sugar, nutmeg, thyme, citric acid. Product of Jamaica.", "soy sugar", "corn"),
    ("label", "Coconut Milk, Product of Jamaica. Ingredients: coconut extract, water, guar gum. No preservatives.", "", ""),
    ("label", "Jamaican Style Beef Patties, frozen, 10 pack. Ingredients: pastry (enriched wheat flour, water, margarine [palm oil, soybean oil, water, salt, whey, soy lecithin, beta carotene], turmeric, salt), filling (beef, water, breadcrumbs [wheat flour, yeast, salt], onions, scallions, scotch bonnet pepper, curry powder, thyme, black pepper, salt). Contains: wheat, milk, soy.", "wheat dairy soy", ""),
    ("label", "Browning Sauce. Ingredients: caramelized sugar, water, salt.", "sugar", ""),
    ("label", "Hard Dough Bread. Ingredients: enriched wheat flour, water, sugar, vegetable shortening (palm, soybean), yeast, salt, calcium propionate. Contains: wheat, soy.", "wheat sugar soy", ""),
    ("label", "Sparkling Grapefruit Soda. Ingredients: carbonated water, sugar, grapefruit juice from concentrate (3%), citric acid, natural flavours, sodium benzoate.", "sugar", "corn"),
    ("label", "Irish Moss Drink, canned. Ingredients: water, sweetened condensed milk (milk, sugar), sugar, Irish moss extract (carrageenan), vanilla, nutmeg, cinnamon. Contains: milk.", "dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Carmen, 48, San Juan, Puerto Rico. Boricua Spanish with English, CAPS when excited, friends from the DR.
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("meal", "mofongo de pollo al ajillo en el chinchorro", "", "dairy soy corn"),  # why: mofongo is sometimes mashed with butter; fried plantain
    ("meal", "arroz con gandules, pernil y ensalada de papa (NAVIDAD!!)", "soy", "sugar"),  # why: potato salad is mayo-based
    ("meal", "tostones con mayoketchup", "sugar soy", "corn"),  # why: mayoketchup = mayo + ketchup
    ("meal", "tostones con ajillo, NO mayoketchup", "", ""),
    ("meal", "alcapurrias de jueyes en piñones", "", "soy corn"),  # why: masa is green banana + yautía, not corn
    ("meal", "bacalaítos x3 en piñones tambien", "wheat", "soy corn"),
    ("meal", "empanadillas de pizza 🙈", "wheat dairy", "soy sugar"),
    ("meal", "pastelón de amarillos", "dairy", "sugar"),
    ("meal", "mallorca con jamón y queso + café con leche", "wheat dairy sugar", ""),
    ("meal", "quesito de guayaba", "wheat dairy sugar", ""),
    ("meal", "tembleque de la abuela (leche de coco, maicena, azúcar)", "corn sugar", ""),  # why: coconut milk pudding, no dairy
    ("meal", "arroz con dulce", "sugar", ""),
    ("meal", "sorullitos de maíz con queso y mayoketchup", "corn dairy sugar soy", ""),
    ("meal", "chuleta can can, arroz blanco, habichuelas", "", "soy corn"),
    ("meal", "pasteles de masa de guineo verde para navidad", "", ""),
    ("meal", "asopao de pollo", "", ""),
    ("meal", "coquito (leche de coco, leche condensada, evaporada y ron)", "dairy sugar", ""),
    ("meal", "medalla light en la playa", "", "wheat corn"),
    ("meal", "una malta india bien fría", "sugar", "wheat corn"),
    ("meal", "pollo en fricasé, arroz blanco, aguacate", "", ""),
    ("meal", "pescado frito entero con tostones en Boquerón", "", "soy corn"),
    ("meal", "arroz blanco, habichuelas rosadas guisadas, aguacate", "", ""),
    ("meal", "una china y un guineo de merienda", "", ""),  # why: in Puerto Rico china = orange, guineo = banana
    ("meal", "habichuelas con dulce que me dio mi amiga dominicana", "dairy sugar", ""),
    ("label", "Café de Puerto Rico, molido, tueste oscuro. Ingredientes: café 100% puro, tostado y molido.", "", ""),
    ("label", "Malta, bebida de malta no alcohólica. Ingredientes: agua, malta de cebada, jarabe de maíz, azúcar, lúpulo, color caramelo, ácido fosfórico. Ingredients: water, barley malt, corn syrup, sugar, hops, caramel color, phosphoric acid.", "corn sugar", "wheat"),
    ("label", "Sofrito, cooking base / base para cocinar. Ingredients: tomatoes, onions, green peppers, soybean oil, garlic, salt, cilantro, culantro, vinegar, xanthan gum, spices.", "soy", "corn"),
    ("label", "Adobo Todo Propósito con Pimienta. Ingredientes: sal, ajo, orégano, pimienta negra, cúrcuma, dióxido de silicio. Ingredients: salt, garlic, oregano, black pepper, turmeric, silicon dioxide.", "", ""),
    ("label", "Pan sobao. Ingredientes: harina de trigo enriquecida, agua, azúcar, manteca de cerdo, levadura, sal, propionato de calcio. Contiene: trigo.", "wheat sugar", ""),  # why: manteca de cerdo is lard
]

# ---------------------------------------------------------------------------
# Marcy, 50, Dayton, Ohio: photographs labels at Walmart (Great Value) and Kroger (Kroger, Simple Truth, Private Selection).
# Labels as printed (US style, often ALL CAPS).
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("label", "Great Value Classic White Sandwich Bread. INGREDIENTS: ENRICHED WHEAT FLOUR (WHEAT FLOUR, MALTED BARLEY FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), WATER, HIGH FRUCTOSE CORN SYRUP, CONTAINS 2% OR LESS OF: YEAST, SOYBEAN OIL, SALT, WHEAT GLUTEN, CALCIUM PROPIONATE (PRESERVATIVE), MONOGLYCERIDES, DATEM, CALCIUM SULFATE, SOY LECITHIN. CONTAINS: WHEAT, SOY.", "wheat corn sugar soy", ""),
    ("label", "Great Value Tomato Ketchup. INGREDIENTS: TOMATO CONCENTRATE FROM RED RIPE TOMATOES, DISTILLED VINEGAR, HIGH FRUCTOSE CORN SYRUP, CORN SYRUP, SALT, SPICE, ONION POWDER, NATURAL FLAVOR.", "corn sugar", ""),
    ("label", "Great Value Unsweetened Original Almondmilk. DAIRY FREE. INGREDIENTS: ALMONDMILK (FILTERED WATER, ALMONDS), CALCIUM CARBONATE, SEA SALT, POTASSIUM CITRATE, SUNFLOWER LECITHIN, GELLAN GUM, VITAMIN A PALMITATE, VITAMIN D2, D-ALPHA-TOCOPHEROL. CONTAINS: ALMONDS.", "", ""),
    ("label", "Great Value Mild Cheddar Cheese. INGREDIENTS: PASTEURIZED MILK, CHEESE CULTURE, SALT, ENZYMES, ANNATTO (COLOR). CONTAINS: MILK.", "dairy", ""),
    ("label", "Great Value Finely Shredded Mexican Style Four Cheese Blend. INGREDIENTS: MONTEREY JACK CHEESE, MILD CHEDDAR CHEESE, QUESADILLA CHEESE, ASADERO CHEESE (PASTEURIZED MILK, CHEESE CULTURE, SALT, ENZYMES), POTATO STARCH, POWDERED CELLULOSE (TO PREVENT CAKING), NATAMYCIN (A NATURAL MOLD INHIBITOR). CONTAINS: MILK.", "dairy", ""),  # why: anti-caking is potato starch, not corn
    ("label", "Great Value Restaurant Style Tortilla Chips. INGREDIENTS: GROUND CORN, VEGETABLE OIL (CONTAINS ONE OR MORE OF THE FOLLOWING: CORN, SOYBEAN, OR SUNFLOWER OIL), SALT, LIME.", "corn", "soy"),
    ("label", "Great Value Creamy Peanut Butter. INGREDIENTS: ROASTED PEANUTS, SUGAR, CONTAINS 2% OR LESS OF: MOLASSES, FULLY HYDROGENATED VEGETABLE OILS (RAPESEED AND SOYBEAN), MONO AND DIGLYCERIDES, SALT. CONTAINS: PEANUTS.", "sugar soy", ""),
    ("label", "Great Value Natural Peanut Butter. INGREDIENTS: PEANUTS, SALT. STIR WELL. CONTAINS: PEANUTS. MANUFACTURED IN A FACILITY THAT ALSO PROCESSES TREE NUTS AND SOY.", "", "soy"),
    ("label", "Great Value Original Syrup. INGREDIENTS: CORN SYRUP, HIGH FRUCTOSE CORN SYRUP, WATER, CELLULOSE GUM, SALT, NATURAL AND ARTIFICIAL FLAVOR, SODIUM BENZOATE AND SORBIC ACID (PRESERVATIVES), CARAMEL COLOR, SODIUM HEXAMETAPHOSPHATE. CONTAINS NO MAPLE SYRUP.", "corn sugar", ""),
    ("label", "Great Value 100% Pure Maple Syrup, Grade A Amber Color Rich Taste. INGREDIENTS: PURE MAPLE SYRUP.", "", "sugar"),
    ("label", "Great Value Condensed Cream of Mushroom Soup. INGREDIENTS: WATER, MUSHROOMS, VEGETABLE OIL (CORN, CANOLA, AND/OR SOYBEAN), MODIFIED FOOD STARCH, WHEAT FLOUR, CONTAINS LESS THAN 2% OF: CREAM (MILK), SALT, WHEY, MONOSODIUM GLUTAMATE, SOY PROTEIN CONCENTRATE, YEAST EXTRACT, SPICE EXTRACT, DEHYDRATED GARLIC. CONTAINS: WHEAT, MILK, SOY.", "wheat dairy soy", "corn"),
    ("label", "Great Value Toasted Whole Grain Oat Cereal. GLUTEN FREE. INGREDIENTS: WHOLE GRAIN OATS, CORN STARCH, SUGAR, SALT, TRIPOTASSIUM PHOSPHATE, VITAMIN E (MIXED TOCOPHEROLS) ADDED TO PRESERVE FRESHNESS. VITAMINS AND MINERALS: CALCIUM CARBONATE, IRON AND ZINC, VITAMIN C, VITAMIN B6, VITAMIN A, FOLIC ACID, VITAMIN B12, VITAMIN D3.", "corn sugar", ""),  # why: certified gluten-free oats
    ("label", "Great Value Sugar Free Strawberry Gelatin Dessert. INGREDIENTS: GELATIN, ADIPIC ACID, CONTAINS LESS THAN 2% OF DISODIUM PHOSPHATE, MALTODEXTRIN, ASPARTAME, SODIUM CITRATE, FUMARIC ACID, ARTIFICIAL FLAVOR, SALT, ACESULFAME POTASSIUM, RED 40. PHENYLKETONURICS: CONTAINS PHENYLALANINE.", "", "corn"),
    ("label", "Great Value Original Non-Dairy Powdered Coffee Creamer. INGREDIENTS: CORN SYRUP SOLIDS, HYDROGENATED VEGETABLE OIL (COCONUT AND/OR PALM KERNEL AND/OR SOYBEAN), SODIUM CASEINATE (A MILK DERIVATIVE)**, CONTAINS 2% OR LESS OF MONO- AND DIGLYCERIDES, DIPOTASSIUM PHOSPHATE, SODIUM ALUMINOSILICATE, ARTIFICIAL FLAVOR, ANNATTO COLOR. **NOT A SOURCE OF LACTOSE. CONTAINS: MILK.", "corn sugar dairy", "soy"),  # why: 'non-dairy' but lists caseinate
    ("label", "Great Value Frozen Whole Kernel Sweet Corn. INGREDIENTS: CORN.", "corn", ""),
    ("label", "Great Value Frozen Sugar Snap Peas. INGREDIENTS: SUGAR SNAP PEAS.", "", ""),
    ("label", "Great Value Diced Butternut Squash. INGREDIENTS: BUTTERNUT SQUASH.", "", ""),
    ("label", "Great Value Corned Beef Hash. INGREDIENTS: COOKED CORNED BEEF (BEEF, WATER, SALT, SUGAR, SODIUM NITRITE), REHYDRATED POTATOES, WATER, CONTAINS 2% OR LESS OF: SALT, DEXTROSE, SPICES, ONION POWDER, NATURAL FLAVORINGS, SODIUM NITRITE.", "sugar", "corn"),  # why: 'corned' means salt-cured, not corn
    ("label", "Great Value Candy Corn. INGREDIENTS: SUGAR, CORN SYRUP, CONFECTIONER'S GLAZE, SALT, DEXTROSE, GELATIN, SESAME OIL, ARTIFICIAL FLAVOR, HONEY, YELLOW 6, YELLOW 5, RED 3.", "sugar corn", ""),
    ("label", "Great Value Apple Butter. INGREDIENTS: APPLES, HIGH FRUCTOSE CORN SYRUP, CORN SYRUP, CIDER VINEGAR, SPICES.", "sugar corn", ""),  # why: apple butter has no dairy but is sweetened
    ("label", "Great Value Original Beef Jerky. INGREDIENTS: BEEF, WATER, SUGAR, SALT, SOY SAUCE (WATER, WHEAT, SOYBEANS, SALT), CONTAINS 2% OR LESS OF: MALTODEXTRIN, HYDROLYZED CORN PROTEIN, NATURAL FLAVORS, VINEGAR, SODIUM NITRITE. CONTAINS: WHEAT, SOY.", "sugar soy wheat corn", ""),
    ("label", "Kroger Honey Nut Toasted Oats Cereal. INGREDIENTS: WHOLE GRAIN OATS, SUGAR, OAT BRAN, MODIFIED CORN STARCH, HONEY, BROWN SUGAR SYRUP, SALT, TRIPOTASSIUM PHOSPHATE, CANOLA OIL, NATURAL ALMOND FLAVOR, VITAMIN E. MAY CONTAIN WHEAT.", "sugar corn", "wheat"),
    ("label", "Kroger Sour Cream. INGREDIENTS: CULTURED PASTEURIZED GRADE A MILK AND CREAM. CONTAINS: MILK.", "dairy", ""),
    ("label", "Kroger Classic Hummus. INGREDIENTS: COOKED CHICKPEAS, WATER, TAHINI (GROUND SESAME), SOYBEAN OIL, GARLIC, SALT, CITRIC ACID, POTASSIUM SORBATE. CONTAINS: SESAME.", "soy", "corn"),
    ("label", "Simple Truth Organic Coconut Aminos. SOY FREE. GLUTEN FREE. INGREDIENTS: ORGANIC COCONUT TREE SAP, SEA SALT.", "", ""),
    ("label", "Simple Truth Organic Gluten Free Tamari Soy Sauce. INGREDIENTS: WATER, ORGANIC SOYBEANS, SALT, ORGANIC ALCOHOL (TO PRESERVE FRESHNESS). CONTAINS: SOY.", "soy", ""),
    ("label", "Kroger Soy Sauce. INGREDIENTS: WATER, WHEAT, SOYBEANS, SALT, SODIUM BENZOATE (LESS THAN 1/10 OF 1% AS A PRESERVATIVE). CONTAINS: WHEAT, SOY.", "soy wheat", ""),
    ("label", "Kroger Teriyaki Marinade & Sauce. INGREDIENTS: WATER, SUGAR, SOY SAUCE (WATER, WHEAT, SOYBEANS, SALT), WINE, VINEGAR, MODIFIED CORN STARCH, SALT, CARAMEL COLOR, GARLIC, GINGER, XANTHAN GUM, SODIUM BENZOATE. CONTAINS: WHEAT, SOY.", "sugar soy wheat corn", ""),
    ("label", "Private Selection Frozen Southern Style Buttermilk Biscuits. INGREDIENTS: ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMIN MONONITRATE, RIBOFLAVIN, FOLIC ACID), BUTTERMILK (CULTURED MILK), BUTTER (CREAM, SALT), CONTAINS 2% OR LESS OF: SUGAR, LEAVENING (SODIUM ACID PYROPHOSPHATE, BAKING SODA), SALT, DEXTROSE. CONTAINS: WHEAT, MILK.", "wheat dairy sugar", "corn"),
    ("label", "Kroger Deluxe French Vanilla Ice Cream. INGREDIENTS: MILK, CREAM, SUGAR, CORN SYRUP, EGG YOLKS, WHEY, NATURAL FLAVOR, GUAR GUM, CAROB BEAN GUM, CARRAGEENAN, ANNATTO (COLOR). CONTAINS: MILK, EGG.", "dairy sugar corn", ""),
    ("label", "Simple Truth Unsweetened Oat Milk. DAIRY FREE. 0g ADDED SUGARS. INGREDIENTS: OAT BASE (FILTERED WATER, OATS), SUNFLOWER OIL, CALCIUM CARBONATE, DIPOTASSIUM PHOSPHATE, SEA SALT, GELLAN GUM, VITAMIN A PALMITATE, VITAMIN D2. MADE IN A FACILITY THAT ALSO PROCESSES WHEAT.", "", "wheat"),
    ("label", "Kroger Creamy Coleslaw Dressing. INGREDIENTS: SOYBEAN OIL, SUGAR, WATER, DISTILLED VINEGAR, EGG YOLKS, SALT, MUSTARD FLOUR, XANTHAN GUM, POTASSIUM SORBATE, CALCIUM DISODIUM EDTA. CONTAINS: EGG.", "soy sugar", "corn"),
    ("label", "Kroger Buttermilk Ranch Dressing. INGREDIENTS: SOYBEAN OIL, WATER, BUTTERMILK (CULTURED LOWFAT MILK), EGG YOLK, SUGAR, SALT, DISTILLED VINEGAR, CONTAINS LESS THAN 2% OF: GARLIC, ONION, XANTHAN GUM, MALTODEXTRIN, SPICE, NATURAL FLAVOR, POTASSIUM SORBATE. CONTAINS: MILK, EGG.", "soy dairy sugar", "corn"),
    ("label", "Kroger Cornbread Mix. INGREDIENTS: ENRICHED BLEACHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMIN MONONITRATE, RIBOFLAVIN, FOLIC ACID), DEGERMINATED YELLOW CORN MEAL, SUGAR, PALM OIL, LEAVENING (BAKING SODA, SODIUM ALUMINUM PHOSPHATE), SALT. CONTAINS: WHEAT. MAY CONTAIN MILK, SOY.", "wheat corn sugar", "dairy soy"),
    ("label", "Kroger Kosher Dill Spears. INGREDIENTS: CUCUMBERS, WATER, DISTILLED VINEGAR, SALT, CALCIUM CHLORIDE, NATURAL FLAVORS, POLYSORBATE 80, YELLOW 5.", "", ""),
    ("label", "Kroger Bread & Butter Pickle Chips. INGREDIENTS: CUCUMBERS, WATER, SUGAR, DISTILLED VINEGAR, HIGH FRUCTOSE CORN SYRUP, SALT, CALCIUM CHLORIDE, NATURAL FLAVOR, TURMERIC, POLYSORBATE 80.", "sugar corn", ""),  # why: no bread or butter, but sweetened
    ("label", "Simple Truth Organic Cane Sugar. INGREDIENTS: ORGANIC CANE SUGAR.", "sugar", ""),
]

# ---------------------------------------------------------------------------
# Trish, 36, Dallas: budget at Aldi, treats at Whole Foods (365), bulk at Costco (Kirkland Signature). Labels as printed.
# ---------------------------------------------------------------------------
BLIND14_CASES += [
    ("label", "L'oven Fresh White Sandwich Bread. INGREDIENTS: ENRICHED WHEAT FLOUR (FLOUR, BARLEY MALT, NIACIN, IRON, THIAMIN MONONITRATE, RIBOFLAVIN, FOLIC ACID), WATER, SUGAR, YEAST, SOYBEAN OIL, SALT, WHEAT GLUTEN, CALCIUM PROPIONATE (PRESERVATIVE), MONOGLYCERIDES, SOY LECITHIN. CONTAINS: WHEAT, SOY.", "wheat sugar soy", ""),
    ("label", "liveGfree Gluten Free White Sandwich Bread. CERTIFIED GLUTEN FREE. INGREDIENTS: WATER, TAPIOCA STARCH, BROWN RICE FLOUR, EGG WHITES, CANOLA OIL, SUGAR, POTATO STARCH, CORN STARCH, XANTHAN GUM, YEAST, PSYLLIUM HUSK, SALT, CULTURED CORN SYRUP SOLIDS, VINEGAR. CONTAINS: EGG.", "sugar corn", ""),  # why: gluten-free, but corn starch and sugar
    ("label", "Friendly Farms Plain Nonfat Greek Yogurt. INGREDIENTS: CULTURED PASTEURIZED GRADE A NONFAT MILK. CONTAINS LIVE AND ACTIVE CULTURES. CONTAINS: MILK.", "dairy", ""),
    ("label", "Friendly Farms Vanilla Greek Yogurt. INGREDIENTS: CULTURED PASTEURIZED NONFAT MILK, CANE SUGAR, NATURAL VANILLA FLAVOR, PECTIN, LOCUST BEAN GUM. CONTAINS: MILK.", "dairy sugar", ""),
    ("label", "Clancy's Original Kettle Cooked Potato Chips. INGREDIENTS: POTATOES, SUNFLOWER OIL AND/OR CANOLA OIL, SALT.", "", ""),
    ("label", "Clancy's Baked Cheese Curls. INGREDIENTS: ENRICHED CORN MEAL (CORN MEAL, FERROUS SULFATE, NIACIN, THIAMIN MONONITRATE, RIBOFLAVIN, FOLIC ACID), VEGETABLE OIL (CORN, CANOLA, AND/OR SUNFLOWER OIL), CHEESE SEASONING (WHEY, CHEDDAR CHEESE [MILK, CHEESE CULTURES, SALT, ENZYMES], MALTODEXTRIN, SALT, BUTTERMILK, NATURAL FLAVOR, CITRIC ACID, YELLOW 6). CONTAINS: MILK.", "corn dairy", ""),
    ("label", "Millville Frosted Flakes. INGREDIENTS: MILLED CORN, SUGAR, CONTAINS 2% OR LESS OF SALT, MALT FLAVOR, BHT FOR FRESHNESS. VITAMINS AND MINERALS: IRON, NIACINAMIDE, VITAMIN B6, VITAMIN A PALMITATE, FOLIC ACID, VITAMIN D, VITAMIN B12.", "corn sugar", "wheat"),  # why: malt flavor is barley, often with wheat
    ("label", "Benton's Fudge Mint Cookies. INGREDIENTS: SUGAR, ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), PALM OIL, COCOA PROCESSED WITH ALKALI, CONTAINS 2% OR LESS OF: SALT, SOY LECITHIN, BAKING SODA, PEPPERMINT OIL, NATURAL FLAVOR. CONTAINS: WHEAT, SOY. MAY CONTAIN MILK.", "wheat sugar soy", "dairy"),
    ("label", "Earth Grown Organic Firm Tofu. INGREDIENTS: WATER, ORGANIC SOYBEANS, CALCIUM SULFATE, MAGNESIUM CHLORIDE. CONTAINS: SOY.", "soy", ""),
    ("label", "Earth Grown Vegan Chickenless Nuggets. INGREDIENTS: WATER, TEXTURED SOY PROTEIN CONCENTRATE, WHEAT FLOUR, CANOLA OIL, WHEAT GLUTEN, CONTAINS 2% OR LESS OF: METHYLCELLULOSE, YELLOW CORN FLOUR, DEXTROSE, SALT, YEAST EXTRACT, ONION POWDER, SPICES. CONTAINS: SOY, WHEAT.", "soy wheat corn sugar", ""),
    ("label", "Southern Grove Cranberry Almond Trail Mix. INGREDIENTS: ALMONDS, SWEETENED DRIED CRANBERRIES (CRANBERRIES, SUGAR, SUNFLOWER OIL), CASHEWS, PUMPKIN SEEDS. CONTAINS: ALMONDS, CASHEWS. MANUFACTURED ON SHARED EQUIPMENT WITH PEANUTS, MILK, SOY AND WHEAT.", "sugar", "dairy soy wheat"),
    ("label", "Specially Selected Brioche Buns. INGREDIENTS: WHEAT FLOUR, EGGS, SUGAR, BUTTER (CREAM, SALT), WATER, YEAST, CONTAINS 2% OR LESS OF: SKIM MILK POWDER, WHEAT GLUTEN, SALT, NATURAL FLAVOR, DEACTIVATED YEAST. CONTAINS: WHEAT, EGG, MILK.", "wheat dairy sugar", ""),
    ("label", "Mama Cozzi's Pepperoni Pizza. INGREDIENTS: CRUST (ENRICHED FLOUR [WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID], WATER, SOYBEAN OIL, YEAST, DEXTROSE, SALT), LOW-MOISTURE PART-SKIM MOZZARELLA CHEESE, SAUCE (TOMATO PASTE, WATER, SUGAR, SALT, SPICES), PEPPERONI (PORK, BEEF, SALT, CONTAINS 2% OR LESS OF SPICES, DEXTROSE, LACTIC ACID STARTER CULTURE, SODIUM NITRITE). CONTAINS: WHEAT, MILK.", "wheat dairy soy sugar", "corn"),  # why: lactic acid starter culture is not dairy
    ("label", "Casa Mamita Medium Chunky Salsa. INGREDIENTS: TOMATOES, WATER, JALAPEÑO PEPPERS, ONIONS, TOMATO PASTE, SALT, DISTILLED VINEGAR, GARLIC, CITRIC ACID, SPICE, NATURAL FLAVOR.", "", "corn"),
    ("label", "Simply Nature Organic Unsweetened Coconut Milk Beverage. DAIRY FREE. INGREDIENTS: ORGANIC COCONUT MILK (FILTERED WATER, ORGANIC COCONUT CREAM), CALCIUM CARBONATE, SEA SALT, GELLAN GUM, GUAR GUM, VITAMIN A PALMITATE, VITAMIN D2.", "", ""),
    ("label", "Kirkland Signature Organic Pure Maple Syrup, Grade A Amber Rich. INGREDIENTS: ORGANIC MAPLE SYRUP.", "", "sugar"),
    ("label", "Kirkland Signature Creamy Almond Butter. INGREDIENTS: 100% ROASTED ALMONDS. CONTAINS: ALMONDS. PRODUCED ON EQUIPMENT THAT ALSO PROCESSES PEANUTS AND OTHER TREE NUTS.", "", ""),
    ("label", "Kirkland Signature Protein Bar, Chocolate Chip Cookie Dough. INGREDIENTS: PROTEIN BLEND (MILK PROTEIN ISOLATE, WHEY PROTEIN ISOLATE), SOLUBLE CORN FIBER, ALMONDS, WATER, ERYTHRITOL, UNSWEETENED CHOCOLATE, COCOA BUTTER, NATURAL FLAVORS, SEA SALT, SUNFLOWER LECITHIN, SUCRALOSE. CONTAINS: MILK, ALMONDS. MANUFACTURED IN A FACILITY THAT ALSO PROCESSES PEANUTS, SOY, EGG AND WHEAT.", "dairy corn", "soy wheat"),  # why: sweetened with erythritol/sucralose, no added sugar
    ("label", "Kirkland Signature Nonfat Plain Greek Yogurt. INGREDIENTS: CULTURED PASTEURIZED NONFAT MILK. CONTAINS: MILK.", "dairy", ""),
    ("label", "Kirkland Signature Organic Tortilla Chips. INGREDIENTS: ORGANIC WHOLE GRAIN CORN, ORGANIC SUNFLOWER OIL AND/OR ORGANIC SAFFLOWER OIL, SEA SALT.", "corn", ""),
    ("label", "Kirkland Signature Premium Chunk Chicken Breast. INGREDIENTS: CHICKEN BREAST MEAT, WATER, SALT.", "", ""),
    ("label", "Kirkland Signature Dinner Rolls. INGREDIENTS: ENRICHED BLEACHED FLOUR (WHEAT FLOUR, MALTED BARLEY FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), WATER, SUGAR, BUTTER (CREAM, SALT), YEAST, SOYBEAN OIL, CONTAINS 2% OR LESS OF: NONFAT DRY MILK, SALT, EGGS, DOUGH CONDITIONER (WHEAT FLOUR, ASCORBIC ACID, ENZYMES). CONTAINS: WHEAT, MILK, EGG.", "wheat dairy sugar soy", ""),
    ("label", "Kirkland Signature Fully Cooked Bacon. INGREDIENTS: PORK BELLY CURED WITH WATER, SALT, SUGAR, SODIUM PHOSPHATE, SODIUM ERYTHORBATE, SODIUM NITRITE.", "sugar", ""),
    ("label", "Kirkland Signature Organic Coconut Oil, Unrefined Virgin. INGREDIENTS: ORGANIC VIRGIN COCONUT OIL.", "", ""),
    ("label", "365 by Whole Foods Market Organic Creamy Peanut Butter, Unsweetened & No Salt. INGREDIENTS: ORGANIC DRY ROASTED PEANUTS. CONTAINS: PEANUTS.", "", ""),
    ("label", "365 by Whole Foods Market Organic Ketchup. INGREDIENTS: ORGANIC TOMATO CONCENTRATE, ORGANIC CANE SUGAR, ORGANIC DISTILLED VINEGAR, SEA SALT, ORGANIC ONION POWDER, ORGANIC SPICES.", "sugar", ""),
    ("label", "365 by Whole Foods Market Organic Brown Rice Penne. GLUTEN FREE. INGREDIENTS: ORGANIC BROWN RICE FLOUR, WATER.", "", ""),
    ("label", "365 by Whole Foods Market Gluten Free Corn & Quinoa Spaghetti. INGREDIENTS: ORGANIC CORN FLOUR, ORGANIC QUINOA FLOUR.", "corn", ""),  # why: gluten-free pasta made of corn
    ("label", "365 by Whole Foods Market Organic Unsweetened Soymilk. INGREDIENTS: FILTERED WATER, ORGANIC SOYBEANS, CALCIUM CARBONATE, SEA SALT, GELLAN GUM, VITAMIN A PALMITATE, VITAMIN D2, RIBOFLAVIN, VITAMIN B12. CONTAINS: SOY.", "soy", ""),
    ("label", "365 by Whole Foods Market Organic Coconut Milk (canned). INGREDIENTS: ORGANIC COCONUT, WATER, GUAR GUM.", "", ""),
    ("label", "365 by Whole Foods Market Soba Noodles. INGREDIENTS: WHEAT FLOUR, BUCKWHEAT FLOUR, WATER, SALT. CONTAINS: WHEAT.", "wheat", ""),  # why: most soba is part wheat flour
    ("label", "100% Buckwheat Soba (Juwari). GLUTEN FREE. INGREDIENTS: ORGANIC BUCKWHEAT FLOUR, WATER.", "", ""),  # why: buckwheat is not wheat
    ("label", "365 by Whole Foods Market Sparkling Water, Lime. INGREDIENTS: CARBONATED WATER, NATURAL LIME FLAVOR.", "", ""),
    ("label", "365 by Whole Foods Market Organic Dark Chocolate 72% Cacao. INGREDIENTS: ORGANIC CHOCOLATE LIQUOR, ORGANIC CANE SUGAR, ORGANIC COCOA BUTTER, ORGANIC VANILLA. MAY CONTAIN MILK.", "sugar", "dairy"),  # why: cocoa butter is not dairy
    ("label", "Whole Foods Market Bakery Gluten Free Blueberry Muffin. INGREDIENTS: BLUEBERRIES, CANE SUGAR, BROWN RICE FLOUR, EGGS, CANOLA OIL, TAPIOCA STARCH, POTATO STARCH, BUTTERMILK, SORGHUM FLOUR, BAKING POWDER (SODIUM ACID PYROPHOSPHATE, SODIUM BICARBONATE, CORN STARCH), XANTHAN GUM, SEA SALT. CONTAINS: EGG, MILK.", "sugar dairy corn", ""),  # why: baking powder lists corn starch
    ("label", "365 by Whole Foods Market Organic Vegetable Broth, Low Sodium. INGREDIENTS: FILTERED WATER, ORGANIC CARROTS, ORGANIC ONIONS, ORGANIC CELERY, ORGANIC TOMATO PASTE, SEA SALT, ORGANIC GARLIC, ORGANIC SPICES.", "", ""),
]
