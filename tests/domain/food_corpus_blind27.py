# ruff: noqa: E501
"""Blind labelled set 27: people mid elimination diet / practitioner-led reintroduction, many countries and languages, free-from product labels."""

BLIND27_CASES: list[tuple[str, str, str, str]] = []

# --- English: protocol talk, challenges, slips, cravings ---
BLIND27_CASES += [
    ("meal", "dairy challenge day 2 - had 1 cup whole milk w breakfast and a slice of cheddar at lunch, so far so good", "dairy", ""),
    ("meal", "wheat reintro next week!! nervous. today just chicken thighs, roast potatoes in olive oil, green beans", "", ""),  # why: reintro is planned, not eaten
    ("meal", "still off corn. lunch = big salad w grilled salmon, cucumber, avocado, lemon + olive oil", "", ""),
    ("meal", "slipped 😩 ate 2 of the office donuts before i even thought about it", "wheat sugar", "dairy soy"),  # why: donut dough/glaze often has milk; fried in soybean shortening
    ("meal", "craving pizza SO bad but had rice cakes w almond butter instead lol", "", ""),  # why: pizza only craved
    ("meal", "clean day between challenges. eggs scrambled in olive oil, spinach, sweet potato hash", "", ""),
    ("meal", "wheat challenge day 1: 2 slices whole wheat toast (no butter, used olive oil), plain spaghetti for dinner w jarred tomato sauce", "wheat", "sugar"),  # why: jarred pasta sauce often has added sugar
    ("meal", "had a latte before remembering im on day 9 dairy free ugh. oat milk? no wait it was regular milk, barista didnt hear me", "dairy", ""),
    ("meal", "oat milk flat white, no sugar, then a banana", "", ""),  # why: oats are not wheat; no gluten warning on plain oat milk
    ("meal", "cornish hen roasted w rosemary & garlic, buttercup squash mash (no butter), peppercorn sauce made w coconut cream", "", ""),  # why: cornish/buttercup/peppercorn are traps, coconut cream not dairy
    ("meal", "practitioner says soy reintro after corn. so today: nothing new, turkey mince stir fry w coconut aminos and rice", "", ""),  # why: coconut aminos is not soy
    ("meal", "day 14!!! made it. celebrated with... a plain baked potato and steak lol. dairy challenge starts monday", "", ""),
    ("meal", "soy challenge day 1 - edamame as a snack, tofu scramble for lunch (cooked in avocado oil)", "soy", ""),
    ("meal", "corn day! 2 corn tortillas w carnitas and salsa, then popcorn at night (air popped, coconut oil)", "corn", ""),
    ("meal", "sugar challenge: 1 tbsp white sugar in my tea x3 today per the plan + a couple squares of 85% dark choc", "sugar", "dairy soy"),  # why: dark chocolate often has sugar, may have milk traces, soy lecithin
    ("meal", "i think i messed up - the 'gluten free' gravy at the pub was thickened with something. roast beef, veg, gravy", "", "corn wheat"),  # why: GF gravy usually cornflour-thickened; pub GF claims unreliable
    ("meal", "kids had mac n cheese, i had the chicken + broccoli. didnt touch theirs (proud)", "", ""),
    ("meal", "ate a handful of my sons goldfish crackers. slip #2 this week", "wheat dairy", "sugar"),  # why: cheddar crackers; small sugar in many crackers
    ("meal", "breakfast: chia pudding w coconut milk, blueberries, cinnamon. no sweetener", "", ""),
    ("meal", "wanted a snickers SO much. ate medjool dates with peanut butter instead (just peanuts + salt)", "", ""),  # why: whole dates are fruit, peanut butter not dairy
    ("meal", "dinner was Thai green curry from the place downstairs, asked no fish sauce no sugar, they said ok 🤷‍♀️", "", "sugar soy"),  # why: curry paste/restaurant seasoning often has sugar; takeaway stir oils/seasoning
    ("meal", "Chipotle bowl: brown rice, black beans, chicken, fajita veg, mild salsa, guac. skipped corn salsa + cheese + sour cream", "", ""),  # why: the corn/dairy items were skipped; rest is rice, beans, meat, veg
    ("meal", "subway 6 inch on italian herbs & cheese bread. i know i know. it's the wheat challenge so it counts as planned", "wheat dairy sugar", "soy"),  # why: Subway bread has sugar; soy in dough conditioners
    ("meal", "dairy challenge day 3 - greek yogurt plain w berries + a little honey", "dairy", "sugar"),  # why: honey is a natural sweetener, flagged possible
    ("meal", "waiting 3 days after the dairy challenge before corn. today plain oats w almond milk + walnuts", "", ""),
    ("meal", "brekkie: sourdough from the farmers market (just flour water salt) w avo and chili flakes", "wheat", ""),  # why: unqualified flour is wheat
    ("meal", "my ND wants me to log everything. so: 3 eggs, bacon, half a grapefruit. bacon was cured with sugar per the pack", "sugar", ""),
    ("meal", "bacon + eggs + fried tomatoes", "", "sugar"),  # why: most bacon cure contains sugar
    ("meal", "had the tiniest taste of my wife's birthday cake, like a fingertip of frosting", "sugar", "dairy"),  # why: frosting is sugar, usually buttercream
    ("meal", "Not eating anything with soy this week bc of the challenge washout. Lunch: lentil soup homemade, olive oil, cumin", "", ""),
    ("meal", "sushi night 🍣 sashimi only, brought my own coconut aminos. skipped the rice bc sushi rice has sugar", "", ""),
    ("meal", "sushi night - salmon nigiri x6 w tamari (the san-j one that says wheat free)", "soy", "sugar"),  # why: sushi rice is seasoned with sugar; tamari soy but wheat-free
    ("meal", "ramen at Ichiran during the wheat challenge. tonkotsu, extra noodles", "wheat", "soy sugar"),  # why: tare/broth usually soy sauce and sugar
    ("meal", "cheat meal 🙈 big mac, fries, diet coke", "wheat dairy sugar", "soy corn"),  # why: bun has sugar/HFCS in US; cheese slice; fries oil
    ("meal", "went to a bbq and only ate the grilled corn lol which is... corn. forgot we're still off corn until the 20th", "corn", "dairy"),  # why: corn definite; grilled corn often buttered
    ("meal", "smoothie: frozen mango, spinach, hemp seeds, coconut water", "", ""),
    ("meal", "protein shake w my usual pea protein + almond milk + PB2", "", "sugar"),  # why: PB2 contains added sugar
    ("meal", "buckwheat pancakes (100% buckwheat flour, egg, banana) w maple syrup", "", "sugar"),  # why: buckwheat is not wheat; maple syrup natural sweetener
    ("meal", "my practitioner said don't reintroduce two groups in one week so i'm holding off the sugar one. had an apple + almonds", "", ""),
    ("meal", "dinner: cauliflower crust pizza from costco?? thought it was safe but it has cheese in the crust apparently", "dairy", "corn wheat"),  # why: store cauli crusts often contain cheese, corn starch or rice flour; some contain wheat
]

# --- English: pasted free-from / health-food labels ---
BLIND27_CASES += [
    ("label", "Schär Gluten Free Ciabatta Rolls. Ingredients: Corn starch, water, sourdough (rice flour, water), rice flour, rice syrup, vegetable fiber (psyllium), yeast, sunflower oil, buckwheat flour, salt, thickener: hydroxypropyl methylcellulose. Gluten free. Wheat free. Lactose free.", "corn sugar", ""),  # why: rice syrup is an added sugar; corn starch is corn
    ("label", "Oatly Oat Drink Barista Edition. Ingredients: Oat base (water, oats 10%), rapeseed oil, acidity regulator (dipotassium phosphate), minerals (calcium carbonate, calcium phosphate), salt, vitamins (D2, riboflavin, B12). Dairy free. Vegan. Per 100ml: Energy 249kJ/59kcal, Fat 3g, Carbohydrate 6.6g of which sugars 3.4g", "", ""),  # why: sugars listed come from enzymed oats, none added; oats are not wheat
    ("label", "RXBAR Chocolate Sea Salt. INGREDIENTS: DATES, EGG WHITES, CASHEWS, ALMONDS, CHOCOLATE, COCOA, SEA SALT, NATURAL FLAVORS. CONTAINS: EGG, ALMONDS, CASHEWS. NO B.S. 12g PROTEIN", "", "sugar dairy"),  # why: 'chocolate' ingredient implies added sugar; natural flavours in a sweet bar
    ("label", "Quest Protein Bar Cookies & Cream. Ingredients: Protein Blend (Milk Protein Isolate, Whey Protein Isolate), Soluble Corn Fiber, Almonds, Water, Erythritol, Cocoa Butter, Natural Flavors, Unsweetened Chocolate, Sea Salt, Sucralose, Steviol Glycosides. CONTAINS MILK AND ALMONDS. 1g SUGAR", "dairy corn", ""),  # why: soluble corn fiber is corn; erythritol/sucralose are not sugar
    ("label", "Banza Chickpea Pasta Rotini. INGREDIENTS: CHICKPEAS, PEA PROTEIN, TAPIOCA, XANTHAN GUM. Gluten-free. 20g protein per serving. Manufactured in a facility that also processes wheat and soy.", "", "corn wheat soy"),  # why: xanthan gum often corn-derived; shared facility warning
    ("label", "Violife Just Like Cheddar Slices. Ingredients: Water, Coconut Oil (24%), Modified Starch, Starch, Sea Salt, Cheddar Flavour (vegan), Olive Extract, Colour: Beta Carotene, Vitamin B12. Dairy free, soy free, gluten free, vegan", "", "corn"),  # why: vegan/dairy free; GF claim rules out wheat starch, starch may be corn
    ("label", "Kite Hill Almond Milk Yogurt Plain Unsweetened. Ingredients: Almond Milk (Water, Almonds), Tapioca Starch, Natural Flavor, Live Active Cultures, Locust Bean Gum, Xanthan Gum, Guar Gum, Citric Acid. Dairy-Free. Soy-Free. 0g Added Sugar", "", "corn"),  # why: xanthan gum / citric acid often corn-derived
    ("label", "So Delicious Coconutmilk Creamer French Vanilla: Organic Coconut Milk (Filtered Water, Organic Coconut Cream), Organic Cane Sugar, Organic Pea Protein, Gellan Gum, Natural Flavor. Dairy free, Non-GMO", "sugar", ""),
    ("label", "Coffee-mate Original Powder Non-Dairy Creamer. INGREDIENTS: CORN SYRUP SOLIDS, HYDROGENATED VEGETABLE OIL (COCONUT AND/OR PALM KERNEL AND/OR SOYBEAN), LESS THAN 2% OF SODIUM CASEINATE (A MILK DERIVATIVE)**, MONO- AND DIGLYCERIDES, DIPOTASSIUM PHOSPHATE, ARTIFICIAL FLAVOR. **NOT A SOURCE OF LACTOSE. CONTAINS: MILK", "dairy corn sugar", "soy"),  # why: 'non-dairy' but caseinate is milk; oil 'and/or soybean'
    ("label", "Simple Mills Almond Flour Crackers Fine Ground Sea Salt. Ingredients: Nut & Seed Flour Blend (Almonds, Sunflower Seeds, Flax Seeds), Tapioca, Cassava, Organic Sunflower Oil, Sea Salt, Organic Onion, Organic Garlic, Rosemary Extract. Grain free gluten free", "", ""),
    ("label", "KIND Dark Chocolate Nuts & Sea Salt. Ingredients: Almonds, Peanuts, Chicory Root Fiber, Honey, Palm Kernel Oil, Sugar, Glucose Syrup, Unsweetened Chocolate, Rice Flour, Sea Salt, Cocoa Powder, Soy Lecithin, Natural Flavor, Skim Milk Powder, Vanilla Extract. Contains almonds, peanuts, soy, milk", "dairy soy sugar", "corn"),  # why: glucose syrup may be corn
    ("label", "GoMacro MacroBar Peanut Butter Chocolate Chip. Organic brown rice syrup, organic peanut butter, organic sprouted brown rice protein, organic pea protein, organic puffed brown rice, organic chocolate chips (organic coconut sugar, organic cocoa mass, organic cocoa butter, organic vanilla), organic rice cereal. vegan. gluten free. soy free", "sugar", ""),  # why: brown rice syrup + coconut sugar are added sugar; peanut/cocoa butter not dairy
    ("label", "Daiya Cheddar Style Shreds. Ingredients: Filtered water, tapioca starch, coconut oil, expeller pressed canola and/or safflower oil, vegan natural flavors, chickpea protein, pea protein, sea salt, tricalcium phosphate, konjac, yeast extract, lactic acid (vegan), annatto. Free from dairy soy gluten", "", ""),
    ("label", "Canyon Bakehouse Gluten Free Honey White Bread. Ingredients: Water, Whole Grain Flour Blend (Brown Rice Flour, Sorghum Flour, Millet Flour, Teff Flour, Quinoa Flour), Tapioca Flour, Potato Starch, Egg Whites, Honey, Cane Sugar, Xanthan Gum, Dried Cane Syrup, Yeast, Sea Salt, Cultured Dextrose, Apple Cider Vinegar. Dairy free. Nut free.", "sugar", "corn"),  # why: cane sugar definite; xanthan gum/dextrose often corn
    ("label", "Lily's Sweets Extra Dark 70% Cocoa. Ingredients: unsweetened chocolate, erythritol, chicory root fiber, cocoa butter, dextrin, stevia extract, soy lecithin, vanilla. No sugar added. May contain milk.", "soy", "dairy corn"),  # why: dextrin often corn starch; may contain milk
    ("label", "Silk Soymilk Original. Ingredients: Soymilk (Filtered Water, Soybeans), Cane Sugar, Contains 2% or less of: Vitamins and Minerals, Sea Salt, Natural Flavor, Gellan Gum, Ascorbic Acid. DAIRY FREE", "soy sugar", ""),
    ("label", "Bob's Red Mill 1-to-1 Gluten Free Baking Flour. Ingredients: Sweet White Rice Flour, Whole Grain Brown Rice Flour, Potato Starch, Whole Grain Sorghum Flour, Tapioca Flour, Xanthan Gum. Manufactured in a facility that uses tree nuts and soy. Gluten free tested.", "", "corn soy"),  # why: xanthan gum may be corn; shared facility soy
    ("label", "Ingredlents: Whole grain oats, sugar, canola oil, rice flour, honey, salt, brown sugar syrup, baking soda, soy lecithin, natural flavor. CONTAINS S0Y. Nature Valley Crunchy Oats n Honey. May contain wheat", "soy sugar", "wheat"),  # why: OCR-broken; oats not wheat but may contain wheat
    ("label", "Lakanto Maple Flavored Syrup. Ingredients: Monk fruit extract and erythritol, water, natural maple flavor, xanthan gum, caramel color, sea salt. Sugar free. Keto. Zero net carbs", "", "corn"),  # why: caramel colour / xanthan possible corn; sugar free product
    ("label", "Hu Simple Dark Chocolate 70%. Organic cacao, organic unrefined coconut sugar, organic fair trade cocoa butter. Vegan. Paleo. No refined sugar, no dairy, no soy lecithin, no emulsifiers.", "sugar", ""),  # why: coconut sugar is still added sugar despite 'no refined sugar'
    ("label", "ONE Protein Bar Birthday Cake. Protein Blend (Whey Protein Isolate, Milk Protein Isolate), Isomalto-oligosaccharides, Maltitol, Palm Kernel Oil, Almonds, Glycerin, Water, Natural & Artificial Flavors, Salt, Soy Lecithin, Sucralose, Colors. 1g sugar. Contains milk, almonds, soy.", "dairy soy", "corn"),  # why: IMO and maltitol are usually corn-starch derived
    ("label", "Siete Grain Free Tortilla Chips Sea Salt. Cassava flour, avocado oil, coconut flour, sea salt. Non GMO, grain free, dairy free, gluten free, vegan", "", ""),  # why: chips trap, no corn
    ("label", "Tofurky Plant-Based Deli Slices Hickory Smoked. Ingredients: water, vital wheat gluten, tofu (water, soybeans, magnesium chloride), expeller pressed canola oil, natural flavors, less than 2% of: shiitake mushrooms, cane sugar, garlic, sea salt, carrageenan, konjac. Contains: wheat, soy", "wheat soy sugar", ""),
    ("label", "Nutrition Facts serving size 1 bar (40g) Calories 190 Total Fat 9g Total Sugars 12g Incl. 10g Added Sugars Protein 6g. INGREDIENTS: GLUTEN FREE OATS, CRISP RICE (RICE, CANE SUGAR, SALT), TAPIOCA SYRUP, SUNFLOWER BUTTER, VEGETABLE GLYCERIN, SUNFLOWER OIL, NATURAL FLAVOR. MADE IN A DEDICATED NUT-FREE, GLUTEN-FREE FACILITY", "sugar", ""),  # why: tapioca syrup + cane sugar
    ("label", "Califia Farms Unsweetened Almondmilk. Almondmilk (Water, Almonds), Calcium Carbonate, Sea Salt, Potassium Citrate, Sunflower Lecithin, Gellan Gum, Vitamin A Palmitate, Vitamin D2, D-Alpha-Tocopherol. Dairy free, soy free, carrageenan free", "", ""),  # why: sunflower lecithin, not soy
    ("label", "Annie's Organic Vegan Mac Elbows & Creamy Sauce. Ingredients: organic pasta (organic wheat flour), organic pea protein, organic tapioca starch, organic coconut oil, organic cane sugar, salt, organic pumpkin, organic sweet potato. vegan - no dairy", "wheat sugar", ""),
    ("label", "Bragg Liquid Aminos. Ingredients: Vegetable protein from non-GMO soybeans and purified water. Gluten free. No preservatives.", "soy", ""),  # why: soy but no wheat
    ("label", "Coconut Secret Coconut Aminos Original. Ingredients: Organic Coconut Tree Sap, Sea Salt. Soy free, gluten free, vegan. 73% less sodium than soy sauce", "", "sugar"),  # why: concentrated coconut sap is sweet; treated like a natural sweetener
    ("label", "Miyoko's Cultured Vegan Butter. Organic Coconut Oil, Organic Sunflower Oil, Water, Organic Cashews, Sea Salt, Organic Sunflower Lecithin, Cultures. Made with plants. No palm oil. Dairy free", "", ""),  # why: vegan 'butter' is not dairy
    ("label", "ALLERGEN INFO: made on shared lines with milk, eggs, wheat, soy. INGREDIENTS: RICE FLOUR, ORGANIC CANE SUGAR, PALM FRUIT OIL, TAPIOCA STARCH, CHOCOLATE CHIPS (CANE SUGAR, CHOCOLATE LIQUOR, COCOA BUTTER), EGG, BAKING SODA, SALT. Gluten free chocolate chip cookies", "sugar", "dairy wheat soy"),  # why: shared lines; GF claim lowers wheat to trace possibility
]

# --- Spanish (Spain, México, Argentina, Colombia) ---
BLIND27_CASES += [
    ("meal", "día 2 de la reintroducción de lácteos: un vaso de leche entera y un yogur natural sin azúcar", "dairy", ""),
    ("meal", "la semana q viene toca trigo segun la nutri. hoy sigo sin nada: pollo a la plancha con ensalada y aceite de oliva", "", ""),  # why: wheat only planned
    ("meal", "sigo sin maíz 💪 desayuné huevos rancheros PERO con tortillas de yuca, no de maíz", "", "sugar"),  # why: salsa ranchera sometimes sweetened; corn explicitly swapped
    ("meal", "me comí 3 tacos al pastor en la calle, no aguanté 😭 tortilla de maíz obvio", "corn", "sugar soy"),  # why: pastor marinade often has pineapple juice/sugar; street-stand oil
    ("meal", "se me antojó un churro con chocolate y me lo comí. recaída total", "wheat sugar", "dairy soy corn"),  # why: churros wheat + sugar coating; chocolate a la taza often milk and cornstarch; fried in vegetable oil
    ("meal", "comida: lentejas estofadas con chorizo, pan no porque estoy en semana sin trigo", "", "corn sugar"),  # why: chorizo sometimes has dextrose / sugar; no bread
    ("meal", "paella de marisco en casa de mi suegra, arroz bomba, gambas, aceite de oliva. nada de los 5 creo", "", ""),
    ("meal", "tortilla de patatas y pimientos de padrón. cero lácteos cero trigo", "", ""),
    ("meal", "cena: arepa con queso y aguacate. ya sé, la arepa es de maíz y el queso... era el día de prueba de lácteos asi q ok pero el maíz no", "corn dairy", ""),
    ("meal", "probé leche de avena Alpro sin azúcares y me gustó para el café", "", ""),
    ("meal", "pan sin gluten de Mercadona con jamón serrano", "", "corn sugar"),  # why: supermarket GF bread usually has maize starch and often sugar/dextrose
    ("meal", "mi nutricionista me dijo que el azúcar lo reintroducimos al final. hoy: fruta, frutos secos, pechuga de pavo", "", ""),
    ("meal", "empanadas de carne (2) en un cumple, la masa era de harina, o sea trigo. resbalón", "wheat", "dairy"),  # why: empanada dough often made with butter or lard
    ("meal", "mate amargo toda la tarde y unas nueces, nada más", "", ""),
    ("meal", "milanesa napolitana con puré 🙈 día de prueba de trigo... y también tenía queso y el puré manteca", "wheat dairy", ""),
    ("meal", "chilaquiles verdes sin crema y sin queso", "corn", "soy"),  # why: tortilla chips fried in vegetable oil
    ("meal", "pozole rojo, bastante maíz cacahuazintle 😅 era el día de maíz así que todo bien", "corn", ""),
    ("meal", "quería un flan y no me lo comí. me tomé un té de manzanilla", "", ""),
    ("meal", "salmón al horno con espárragos y boniato, de postre una pera", "", ""),
    ("meal", "tofu salteado con verduras y salsa de soja (día de soja)", "soy wheat", ""),  # why: ordinary soy sauce is brewed with wheat
    ("meal", "tofu salteado con tamari sin trigo San-J", "soy", ""),
    ("meal", "bandeja paisa pero sin arepa ni chicharrón, solo frijoles, arroz, huevo, aguacate y carne molida", "", ""),
    ("meal", "un cortado con leche sin lactosa", "dairy", ""),  # why: lactose-free milk is still dairy
    ("meal", "gazpacho casero (tomate, pepino, pimiento, ajo, aceite, vinagre) sin pan", "", ""),
    ("meal", "tamales de rajas en la fiesta de la oficina... me comí dos", "corn", "dairy"),  # why: masa made with lard or butter; rajas con queso common
]

BLIND27_CASES += [
    ("label", "BIMBO SIN GLUTEN Pan de molde blanco. Ingredientes: agua, almidón de maíz, harina de arroz, aceite de girasol, fibra vegetal (psyllium), levadura, azúcar, espesante (E-464), sal, conservador (E-282). Puede contener trazas de soja. SIN GLUTEN · SIN LACTOSA", "corn sugar", "soy"),
    ("label", "Alpro Bebida de Avena sin azúcares. Ingredientes: agua, avena (9,8%), aceite de girasol, carbonato cálcico, sal marina, vitaminas (B2, B12, D2). Contiene azúcares naturales. Puede contener trazas de frutos de cáscara.", "", ""),  # why: oats not wheat; no added sugar
    ("label", "Barrita proteica sabor cookies. Ingredientes: proteína de leche, jarabe de glucosa, cobertura de chocolate con leche (azúcar, manteca de cacao, leche en polvo entera, pasta de cacao, emulgente: lecitina de SOJA), harina de TRIGO, humectante: glicerina, aroma. Puede contener cacahuetes.", "dairy soy sugar wheat", "corn"),  # why: glucose syrup may be from corn
    ("label", "Leche semidesnatada SIN LACTOSA Central Lechera Asturiana. Ingredientes: leche semidesnatada, enzima lactasa. 100% leche de vaca", "dairy", ""),  # why: lactose-free milk is still dairy
    ("label", "Galletas Gullón Sin Azúcares Añadidos María. Ingredientes: harina de trigo (68%), edulcorante (maltitol), aceite de girasol alto oleico, fibra (inulina), gasificantes, sal, emulgente (lecitina de soja), aroma. Contiene azúcares naturalmente presentes", "wheat soy", "corn"),  # why: no added sugar; maltitol usually from corn starch
    ("label", "Heura Bocados de Pollo Mediterráneo. Ingredientes: agua, proteína de soja (22%), concentrado de proteína de guisante, aceite de oliva virgen extra, fibra de bambú, especias, sal. 100% vegetal", "soy", ""),
    ("label", "Tortitas de maíz Hacendado. Ingredientes: maíz (99%), sal. Sin gluten. Puede contener sésamo", "corn", ""),
    ("label", "Ingre dientes: har ina de arroz, azuc ar moreno, ACEITE VEGETAL (palma, girasol), cacao desgrasado en polvo 8%, almidón de maíz, gasificante, sal. Sin glu ten. Galletas choco", "sugar corn", ""),  # why: OCR-broken; oils named (palm, sunflower) so no soy/corn oil hedge
    ("label", "Bebida de SOJA sin azúcar añadido ViveSoy. Agua, habas de soja pelada (6,7%), corrector de acidez (fosfatos de potasio), carbonato de calcio, estabilizante (goma gellan), sal, vitaminas. Apto veganos", "soy", ""),
    ("label", "Yogur griego estilo vegano de coco SIN LÁCTEOS. Ingredientes: crema de coco (76%), agua, almidón de tapioca, azúcar de caña, fermentos veganos. Apto para veganos", "sugar", ""),
    ("label", "Masa harina Maseca. Harina de maíz nixtamalizado, cal. Sin gluten", "corn", ""),
    ("label", "Turrón de chocolate SIN AZÚCAR. Ingredientes: chocolate con edulcorante (edulcorantes: maltitol; manteca de cacao, pasta de cacao, LECHE entera en polvo, emulgente: lecitina de SOJA), arroz inflado (arroz, sal, extracto de malta de CEBADA). Puede contener trazas de avellanas y almendras.", "dairy soy", "corn wheat"),  # why: maltitol usually corn; barley malt often alongside wheat
]

# --- German (DE, AT, CH) ---
BLIND27_CASES += [
    ("meal", "Milch-Provokation Tag 2: 200ml Vollmilch morgens, mittags ein Stück Bergkäse. Bauch ok bisher", "dairy", ""),
    ("meal", "nächste woche weizen wieder einführen, meine heilpraktikerin sagt 2 scheiben brot am tag. heute noch nix davon, nur kartoffeln mit quark... NEIN nicht quark, mit leinöl", "", ""),  # why: wheat planned; quark corrected away
    ("meal", "immer noch ohne Mais. Mittag: Rinderroulade (selbstgemacht, ohne Mehl angedickt), Rotkohl, Salzkartoffeln", "", "sugar"),  # why: Rotkohl is usually cooked with sugar
    ("meal", "hab beim bäcker ne brezel gegessen. ausrutscher 😤", "wheat", ""),
    ("meal", "Heißhunger auf Schoki, hab stattdessen Apfel mit Mandelmus gegessen", "", ""),
    ("meal", "Dinkelbrot vom Biobäcker weil ich dachte Dinkel ist ok... ist es nicht, Dinkel ist Weizen 🙄", "wheat", ""),  # why: spelt is a wheat
    ("meal", "Frühstück: Buchweizenbrei mit Heidelbeeren und Kokosmilch", "", ""),  # why: buckwheat is not wheat
    ("meal", "Hafermilch-Cappuccino bei Starbucks + ein Bananenbrot 🫣", "wheat sugar", "dairy"),  # why: banana bread = flour + sugar, often butter; oat milk cappuccino not dairy
    ("meal", "Döner ohne Soße, ohne Brot, als Teller mit Salat. Fleisch war Kalb", "", "dairy soy"),  # why: döner meat often contains milk/yogurt and soy protein; sauce and bread skipped
    ("meal", "Sojaprovokation heute: Tofu natur 150g in Olivenöl gebraten + Edamame", "soy", ""),
    ("meal", "Zuckerprovokation: ein Stück Apfelstrudel beim Konditor, Sahne weggelassen", "sugar wheat", "dairy"),  # why: strudel dough is wheat; butter brushed on is common
    ("meal", "Spätzle mit Linsen und Saitenwürstle, Oma gekocht, hab nur Linsen gegessen", "", ""),
    ("meal", "Gemüsecurry mit Kokosmilch und Reis, Currypaste ohne Zucker laut Glas", "", ""),
    ("meal", "zwischen den provokationen 3 tage pause. heute rührei, lachs, gurke", "", ""),
    ("meal", "Müsli mit Haferflocken, Nüssen, Rosinen und laktosefreier Milch", "dairy", ""),  # why: lactose-free milk is dairy
    ("meal", "Kaiserschmarrn auf der Hütte, Skiurlaub, alles egal 🤷", "wheat dairy sugar", ""),
    ("meal", "Maultaschen in der Brühe. eigentlich weizentag also passt", "wheat", "dairy"),  # why: filling often has milk-soaked bread
    ("meal", "Glutenfreie Brötchen von Schär, mit Butter (Milchprovokation läuft ja)", "dairy corn", "sugar"),  # why: Schär rolls are maize-starch based and often contain sugar/syrup
]

BLIND27_CASES += [
    ("label", "Alpro Haferdrink Ohne Zucker. Zutaten: Wasser, Hafer (9,8%), Sonnenblumenöl, Calcium (Tricalciumphosphat), Meersalz, Vitamine (B2, B12, D2). Vegan. Enthält Gluten (Hafer). Kann Spuren von Nüssen enthalten.", "", "wheat"),  # why: label flags gluten from oats; cross-contact wheat possible at most
    ("label", "Schär Bon Matin Brioche glutenfrei. Zutaten: Maisstärke, Zucker, Reisstärke, Eier, pflanzliche Margarine (Palmfett, Sonnenblumenöl, Wasser, Emulgator: Mono- und Diglyceride von Speisefettsäuren), Sauerteig (Reismehl, Wasser), Glucose-Fructose-Sirup, Hefe, Hirsemehl, Sojaprotein, Verdickungsmittel: Guarkernmehl, Salz. Glutenfrei, laktosefrei", "corn sugar soy", ""),
    ("label", "Bio-Reiswaffeln mit Zartbitterschokolade. Zutaten: Zartbitterschokolade 55% (Rohrohrzucker, Kakaomasse, Kakaobutter, Emulgator: Sojalecithin, Vanilleextrakt), Vollkornreis 45%. Kann Spuren von Milch und Gluten enthalten.", "sugar soy", "dairy wheat"),
    ("label", "Weizenmehl Type 405 — Zutaten: Weizenmehl. Kann Spuren von Soja enthalten.", "wheat", "soy"),
    ("label", "Rügenwalder Mühle Vegane Mühlen Salami. Zutaten: Trinkwasser, Rapsöl, Sojaprotein (12%), Eiklar, Weizenprotein, Speisesalz, Gewürze, Kartoffelstärke, Verdickungsmittel: Carrageen, Dextrose, Glukosesirup. Vegetarisch.", "soy wheat sugar", "corn"),  # why: dextrose/glucose syrup may be corn
    ("label", "Protein Riegel Crunchy Peanut — Zutaten: Milchprotein, Erdnüsse (20%), Kollagenhydrolysat, Feuchthaltemittel: Glycerin; Süßungsmittel: Maltit, Sucralose; Sojaprotein-Crisps (Sojaproteinisolat, Tapiokastärke), Kakaobutter, Salz. Ohne Zuckerzusatz. Enthält von Natur aus Zucker", "dairy soy", "corn"),  # why: maltitol often corn-derived; no added sugar
    ("label", "Zutaten: Dinkelvollkornmehl*, Wasser, Sonnenblumenkerne*, Sauerteig (Roggenvollkornmehl*, Wasser), Meersalz, Hefe. *aus kontrolliert biologischem Anbau. Dinkel-Vollkornbrot. Weizenfrei!", "wheat", ""),  # why: 'wheat-free' claim is wrong, spelt is a wheat
    ("label", "glutenfreie Haferflocken, Zutaten: 100% Hafer (glutenfrei). Hergestellt in einem Betrieb, der auch Soja verarbeitet", "", "soy"),
    ("label", "Milsani Laktosefreie fettarme Milch 1,5% Fett. Zutaten: fettarme Milch, Enzym Laktase. Laktosegehalt < 0,1g/100ml", "dairy", ""),
    ("label", "Zut aten: Maismehl, Reismehl, Zu cker, pflanzl. Öl (Raps), Salz, Backtriebmittel. Glutenfrei. Kann Spuren von M1lch enthalten. Maiswaffel-Kekse", "corn sugar", "dairy"),  # why: OCR noise; milk traces
    ("label", "Soja Joghurtalternative Natur ungesüßt (Provamel). Zutaten: Wasser, geschälte Sojabohnen (10,6%), Calcium, Stabilisator (Pektin), Säuerungsmittel (Citronensäure), Joghurtkulturen. Vegan. Glutenfrei", "soy", "corn"),  # why: citric acid often corn-fermented
]

# --- French (FR, BE, CH, QC) ---
BLIND27_CASES += [
    ("meal", "réintroduction du lait jour 1 : un yaourt nature au petit dej et du comté à midi", "dairy", ""),
    ("meal", "la naturopathe veut qu'on teste le blé la semaine prochaine. aujourd'hui toujours rien : poulet rôti, haricots verts, riz", "", ""),
    ("meal", "toujours sans maïs. j'ai refusé le popcorn au ciné 🍿😢 j'ai juste bu de l'eau", "", ""),
    ("meal", "craquage : un pain au chocolat à la boulangerie ce matin", "wheat dairy sugar", "soy"),  # why: viennoiserie = flour, butter, sugar; chocolate sticks often soy lecithin
    ("meal", "j'ai trop envie d'une raclette mais je tiens bon. ce soir soupe de potimarron au lait de coco", "", ""),
    ("meal", "galette complète au sarrasin (jambon, œuf) — sans fromage — et une bolée de cidre brut", "", "dairy"),  # why: buckwheat is not wheat; crêperies usually cook galettes in butter
    ("meal", "crêpe au sucre, j'ai craqué 😭 c'est pas de la galette c'était du froment", "wheat sugar dairy", ""),
    ("meal", "pâtes sans gluten Barilla (maïs et riz) avec pesto maison sans parmesan", "corn", ""),  # why: Barilla GF pasta is corn + rice
    ("meal", "ratatouille et steak haché, huile d'olive", "", ""),
    ("meal", "test du soja jour 2 : lait de soja dans mon café + tempeh grillé", "soy", ""),
    ("meal", "couscous royal chez ma belle-mère, j'ai pris que la viande et les légumes, pas la semoule", "", ""),  # why: semolina skipped
    ("meal", "couscous royal chez ma belle mère... bon j'ai pris un peu de semoule finalement", "wheat", ""),
    ("meal", "poutine au resto, frites sauce brune et fromage en grains, erreur de ma part", "dairy", "wheat corn soy sugar"),  # why: brown gravy usually wheat/cornstarch thickened, often sugar; fries oil
    ("meal", "tartine de pain sans gluten de chez Biocoop avec purée d'amande", "", "corn sugar"),  # why: GF breads often maize starch, some sugar
    ("meal", "petit dej: fromage blanc... non attends c'était du skyr. bref c'est laitier quand même, c'était le jour lait", "dairy", ""),
    ("meal", "un café au lait d'avoine et des amandes. pause entre deux réintroductions", "", ""),
    ("meal", "sandwich jambon beurre en gare 🙃 gros écart", "wheat dairy", ""),
]

BLIND27_CASES += [
    ("label", "Bjorg Boisson Avoine Bio. Ingrédients : eau, avoine* 14%, huile de tournesol*, sel marin. *Ingrédients issus de l'agriculture biologique. Sans lactose, sans sucres ajoutés**. **Contient des sucres naturellement présents. Peut contenir des traces de soja et de fruits à coque.", "", "soy"),
    ("label", "Gerblé Sans Gluten Cookies pépites de chocolat. Ingrédients : farine de riz, sucre de canne, huile de tournesol, pépites de chocolat 16% (sucre, pâte de cacao, beurre de cacao, émulsifiant : lécithine de soja, arôme naturel de vanille), amidon de maïs, œufs, poudre à lever, sel. Traces éventuelles de lait.", "sugar corn soy", "dairy"),  # why: cocoa butter isn't dairy; milk only as trace
    ("label", "Ingrédients : farine de blé (gluten), sucre, beurre pâtissier (lait), œufs, sirop de glucose-fructose, levure, sel, arôme. Brioche tranchée. Peut contenir : soja, fruits à coque", "wheat sugar dairy", "corn soy"),  # why: glucose-fructose syrup may be corn or wheat
    ("label", "Sojasun Dessert Végétal au Soja saveur Vanille. Ingrédients : eau, graines de soja décortiquées 8,1%, sucre, amidon modifié de maïs, phosphate tricalcique, arôme naturel, épaississant : carraghénanes, colorant : caroténoïdes. Sans lactose", "soy sugar corn", ""),
    ("label", "Beurre doux gastronomique 82% MG. Ingrédients : crème pasteurisée (lait), ferments lactiques.", "dairy", ""),
    ("label", "Galettes de sarrasin bretonnes. Ingrédients : farine de blé noir 98%, sel de Guérande. Sans gluten*. *fabriqué dans un atelier utilisant du froment", "", "wheat"),  # why: blé noir = buckwheat, not wheat; shared workshop
    ("label", "Barre protéinée VÉGANE noisette cacao — Ingrédients : protéines de pois, dattes, sirop de riz, noisettes 15%, pâte de cacao, protéines de soja, fibres de chicorée, sel. Sans gluten. Sans lactose.", "sugar soy", ""),  # why: rice syrup is added sugar
    ("label", "lngrédients : eau, tofu 40% (eau, graines de SOJA, nigari), huile de colza, amidon de pomme de terre, sauce soja (eau, SOJA, BLÉ, sel), épices. Nuggets végétaux. Peut contenir des traces de céleri", "soy wheat", ""),  # why: OCR lI; soy sauce brings wheat
    ("label", "Lait demi-écrémé sans lactose Lactel. Lait demi-écrémé UHT, lactase. Facile à digérer", "dairy", ""),
    ("label", "Gavottes crêpes dentelle chocolat au lait. Ingrédients : chocolat au lait 57% (sucre, beurre de cacao, lait entier en poudre, pâte de cacao, lactosérum en poudre, émulsifiant : lécithine de soja, arôme), farine de blé, sucre, beurre concentré, lait écrémé en poudre, sel, malt d'orge.", "dairy sugar soy wheat", ""),
]

# --- Italian ---
BLIND27_CASES += [
    ("meal", "reintroduzione latticini giorno 2: cappuccino al bar e mozzarella a pranzo", "dairy", ""),
    ("meal", "la dietologa dice grano tra 10 giorni. oggi riso in bianco con olio evo e zucchine", "", ""),
    ("meal", "ancora niente mais, ho saltato la polenta della nonna 😤 mangiato solo lo spezzatino", "", ""),  # why: polenta skipped; stew assumed plain
    ("meal", "ho ceduto: una fetta di pizza margherita al taglio", "wheat dairy", "sugar"),  # why: some pizza doughs/sauces have a little sugar
    ("meal", "voglia matta di nutella, invece ho mangiato fragole", "", ""),
    ("meal", "pasta di legumi (100% lenticchie rosse) al pomodoro fresco e basilico", "", ""),
    ("meal", "farro con verdure grigliate, pensavo fosse ok e invece il farro è grano 🤦‍♀️", "wheat", ""),
    ("meal", "cornetto vuoto e caffè al bar. sgarro", "wheat dairy sugar", ""),  # why: Italian cornetto = brioche with butter and sugar
    ("meal", "giorno di prova soia: latte di soia nel caffè e edamame", "soy", ""),
    ("meal", "orata al forno, patate, insalata. niente dei 5", "", ""),
    ("meal", "risotto alla milanese al ristorante, mi hanno detto senza burro e senza parmigiano ma non ci credo", "", "dairy"),  # why: risotto almost always finished with butter/parmesan
    ("meal", "piadina con prosciutto e rucola. ah no, era una piadina senza glutine di farina di riz e mais", "corn", ""),  # why: correction to GF rice+corn piadina
    ("meal", "gelato al pistacchio, giorno dello zucchero + latte insieme?? ho sbagliato ordine", "dairy sugar", ""),
    ("meal", "mi sono fatta un caffè macchiato con latte di mandorla senza zucchero", "", ""),
]

BLIND27_CASES += [
    ("label", "Schär Pane Casereccio senza glutine. Ingredienti: amido di mais, acqua, pasta madre (farina di riso, acqua), farina di riso, sciroppo di riso, fibre vegetali (psillio), farina di grano saraceno, lievito, olio di girasole, proteine vegetali (pisello), sale. Senza glutine, senza lattosio, senza uova", "corn sugar", ""),  # why: rice syrup is added sugar
    ("label", "Galbusera Buoni Così Frollini al Farro senza zuccheri aggiunti. Ingredienti: farina di farro integrale 61%, olio di girasole, edulcorante: maltitolo, fibra di frumento, agenti lievitanti, sale, aromi. Contiene naturalmente zuccheri. Può contenere soia e latte.", "wheat", "corn soy dairy"),  # why: farro = wheat; maltitol possible corn
    ("label", "Alpro Soia Bevanda Naturale Senza Zuccheri. Ingredienti: acqua, semi di soia decorticati (8%), correttore di acidità (fosfati di potassio), calcio (carbonato di calcio), stabilizzante (gomma di gellano), sale marino, vitamine", "soy", ""),
    ("label", "Parmigiano Reggiano DOP naturalmente privo di lattosio. Ingredienti: latte, sale, caglio.", "dairy", ""),  # why: naturally lactose-free but still cheese
    ("label", "Pasta di mais e riso senza glutine Le Veneziane. Ingredienti: farina di mais bianco (70%), farina di riso (30%). Senza glutine", "corn", ""),
    ("label", "Barretta proteica vegana Cacao & Nocciola. Ingredienti: datteri 35%, proteine isolate di soia, nocciole 18%, cacao magro in polvere, sciroppo d'agave, sale. Prodotto in uno stabilimento che utilizza latte, frutta a guscio, glutine", "soy sugar", "dairy wheat"),  # why: agave syrup is added sugar
    ("label", "Ingredienti: semola di grano duro, acqua. Pasta di semola - Penne Rigate n.73. Può contenere tracce di soia e senape", "wheat", "soy"),
    ("label", "Yogurt vegetale al cocco Alpro Natural (senza lattosio). lngredienti: acqua, crema di cocco (9,5%), amido modificato, amido di riso, calcio, addensanti (pectine, gomma di guar), correttore di acidità, fermenti. 0% zuccheri aggiunti", "", "corn wheat"),  # why: modified starch source unstated
]

# --- Portuguese (Brasil, Portugal) ---
BLIND27_CASES += [
    ("meal", "reintrodução de leite dia 1: um copo de leite integral e um pedaço de queijo minas", "dairy", ""),
    ("meal", "semana que vem volto o trigo, a nutri mandou comer pão francês 2x ao dia. hoje: arroz, feijão, frango grelhado e salada", "", ""),
    ("meal", "ainda sem milho. recusei a pamonha na festa junina 😭😭", "", ""),
    ("meal", "escorreguei e comi um brigadeiro kkkk", "sugar dairy", ""),  # why: condensed milk + butter + chocolate sprinkles
    ("meal", "pão de queijo no café da manhã, dia de teste do leite", "dairy", ""),  # why: cassava starch, no wheat
    ("meal", "tapioca com ovo e tomate, sem manteiga", "", ""),  # why: tapioca is cassava, not a group
    ("meal", "cuscuz nordestino com ovo. esqueci que é de flocão de milho 🤦", "corn", ""),  # why: Brazilian cuscuz is corn, not wheat couscous
    ("meal", "açaí na tigela com banana e granola... a granola tinha mel e açúcar mascavo acho", "sugar", "wheat"),  # why: bowl açaí usually sweetened with guaraná syrup; granola oats may carry wheat
    ("meal", "vontade de coxinha mas comi mandioca cozida com carne seca", "", ""),
    ("meal", "feijoada completa no sábado, sem farofa (farinha de mandioca tem?) e sem couve com bacon", "", ""),  # why: cassava farofa skipped anyway
    ("meal", "bacalhau com batatas e grão, azeite à fartura 🇵🇹", "", ""),
    ("meal", "pastel de nata na pastelaria, nem pensei duas vezes", "wheat dairy sugar", ""),
    ("meal", "teste de soja dia 2: leite de soja no café, tofu na salada", "soy", ""),
    ("meal", "comi um pão sem glúten da Wickbold com requeijão... ah não, era requeijão vegano de castanha", "", "corn sugar"),  # why: GF bread usually maize starch / sugar; corrected to vegan spread
    ("meal", "cafezinho com açúcar, dia do açúcar liberado pela nutricionista", "sugar", ""),
    ("meal", "churrasco: picanha, linguiça, pão de alho (sim comi 2)", "wheat", "dairy"),  # why: Brazilian garlic bread spread is usually butter/cheese/mayo
]

BLIND27_CASES += [
    ("label", "Leite de Aveia Nude Zero Açúcar. Ingredientes: base de aveia (água, aveia), óleo de girassol, carbonato de cálcio, sal, vitaminas. NÃO CONTÉM GLÚTEN. Pode conter traços de amendoim", "", ""),  # why: certified GF oat drink
    ("label", "Biscoito de arroz integral Camil. Ingredientes: arroz integral, sal. NÃO CONTÉM GLÚTEN. ALÉRGICOS: PODE CONTER SOJA.", "", "soy"),
    ("label", "Barra de proteína Bold Cookies & Cream. Ingredientes: mix de proteínas (proteína isolada do soro do leite, colágeno hidrolisado, proteína isolada do leite), cobertura sabor chocolate branco (gordura vegetal, xilitol, leite em pó, soro de leite, emulsificante lecitina de soja), amendoim, fibra de milho solúvel, ... ALÉRGICOS: CONTÉM LEITE E DERIVADOS, DERIVADOS DE SOJA E AMENDOIM. NÃO CONTÉM GLÚTEN. ZERO AÇÚCAR", "dairy soy corn", ""),  # why: soluble corn fiber; xylitol not sugar
    ("label", "Pão de forma sem glúten e sem lactose. INGREDIENTES: amido de milho, fécula de mandioca, água, açúcar, óleo de soja, ovo, fermento biológico, psyllium, sal, goma xantana, conservador propionato de cálcio. CONTÉM DERIVADOS DE SOJA E OVO. NÃO CONTÉM GLÚTEN", "corn sugar soy", ""),
    ("label", "Iogurte Natural Zero Lactose Nestlé. Ingredientes: leite integral e/ou leite reconstituído, fermento lácteo, enzima lactase. CONTÉM LEITE E DERIVADOS. CONTÉM LACTOSE? NÃO", "dairy", ""),  # why: zero lactose but still dairy
    ("label", "Granola Sem Glúten Mãe Terra. lngredientes: flocos de arroz, açúcar mascavo, melado de cana, flocos de quinoa, castanha-de-caju, uva passa, óleo de girassol, aroma natural. ALÉRGICOS: CONTÉM CASTANHA-DE-CAJU. PODE CONTER LEITE E SOJA", "sugar", "dairy soy"),  # why: melado = molasses
    ("label", "Farinha de trigo tipo 1 enriquecida com ferro e ácido fólico. CONTÉM GLÚTEN. ALÉRGICOS: CONTÉM TRIGO. PODE CONTER CENTEIO, CEVADA, AVEIA E SOJA.", "wheat", "soy"),
    ("label", "Chocolate 70% cacau vegano zero açúcar. Ingredientes: massa de cacau, eritritol, manteiga de cacau, inulina, emulsificante lecitina de girassol, aroma natural, edulcorante stevia. Não contém leite. Sem glúten", "", ""),  # why: cocoa butter not dairy; sunflower lecithin
]

# --- Dutch (NL, BE) ---
BLIND27_CASES += [
    ("meal", "zuivel herintroductie dag 2: glas karnemelk bij de lunch en een plakje jonge kaas", "dairy", ""),
    ("meal", "volgende week tarwe proberen volgens mijn diëtist. vandaag: boerenkool stamppot met rookworst, geen jus", "", "corn sugar dairy"),  # why: supermarket rookworst often has dextrose/glucose syrup and milk protein; stamppot often with butter/milk
    ("meal", "nog steeds zonder mais. lunch: salade met kip, avocado, olijfolie", "", ""),
    ("meal", "uitglijder: een stroopwafel bij de koffie op kantoor 🫣", "wheat sugar", "dairy"),  # why: syrup = sugar; dough often butter
    ("meal", "had zin in een kroket maar heb rijstwafels met pindakaas gegeten", "", "sugar"),  # why: Dutch pindakaas often has a little sugar
    ("meal", "ontbijt: havermout met amandelmelk en blauwe bessen, geen honing deze keer", "", ""),
    ("meal", "speltbrood gehaald bij de bakker want tarwevrij... oh wacht spelt is ook tarwe 😩", "wheat", ""),
    ("meal", "soja dag 1: tofu roerbak met ketjap 🙈 ketjap is soja + suiker toch?", "soy sugar", "wheat"),  # why: kecap manis = soy + palm/cane sugar; many brands contain wheat
    ("meal", "poffertjes op de markt met boter en poedersuiker. bewust gekozen: suiker reintro", "wheat dairy sugar", ""),
    ("meal", "pauze tussen twee herintroducties. zalm, broccoli, zoete aardappel", "", ""),
    ("meal", "frietje speciaal 😬 met mayo, curry en uitjes", "sugar", "soy corn"),  # why: curry ketchup sugar; mayo soybean oil; fries oil
    ("meal", "lactosevrije yoghurt van Arla met walnoten", "dairy", ""),
]

BLIND27_CASES += [
    ("label", "AH Glutenvrij Meergranen Brood. Ingrediënten: water, maïszetmeel, rijstmeel, boekweitmeel, zonnebloempitten, gist, suiker, psylliumvezel, verdikkingsmiddel (hydroxypropylmethylcellulose), zout, koolzaadolie. Kan sporen van soja en lupine bevatten.", "corn sugar", "soy"),
    ("label", "Alpro Geroosterde Amandel drink ongezoet. Ingrediënten: water, amandel (2,3%), calcium (tricalciumfosfaat), zeezout, stabilisatoren (johannesbroodpitmeel, gellan), emulgator (lecithinen (zonnebloem)), vitamines. Plantaardig. Kan sporen bevatten van andere noten", "", ""),
    ("label", "Hagelslag Puur. Ingrediënten: suiker, cacaomassa, cacaoboter, emulgator (sojalecithine), glansmiddel (gom arabicum), aroma. Cacao: 32% minimum. Kan melk bevatten.", "sugar soy", "dairy"),
    ("label", "Ingrediënten: TARWEbloem, water, gist, zout, TARWEgluten, emulgatoren (E471, E472e), meelverbeteraar (E300). Volkoren? nee, wit casino brood. Kan sporen van SOJA bevatten", "wheat", "soy"),
    ("label", "Vivera Plantaardige Shoarma Reepjes. Ingrediënten: water, SOJAeiwit (25%), TARWEgluten, zonnebloemolie, kruiden en specerijen, zout, aroma, dextrose, gistextract. Vegan", "soy wheat sugar", "corn"),
    ("label", "Koolhydraatarme proteïne reep (keto) — Ingr.: melkeiwit, cacaoboter, erythritol, amandelen, oplosbare maisvezel, cacao, zout, emulgator: sojalecithine, zoetstof: sucralose. Suikervrij*. *bevat van nature aanwezige suikers", "dairy corn soy", ""),  # why: sugar-free claim holds; soluble maize fibre is corn
]

# --- Polish ---
BLIND27_CASES += [
    ("meal", "prowokacja nabiałem dzień 2: szklanka kefiru rano i twarożek na obiad", "dairy", ""),
    ("meal", "w przyszłym tygodniu wprowadzamy pszenicę, dietetyczka kazała jeść zwykły chleb. dziś jeszcze nic: kasza gryczana z pieczarkami", "", ""),  # why: buckwheat groats, wheat only planned
    ("meal", "dalej bez kukurydzy. obiad: rosół bez makaronu i ziemniaki z koperkiem", "", ""),
    ("meal", "wpadka: zjadłam 4 pierogi ruskie u babci 🙈", "wheat dairy", ""),  # why: wheat dough, twaróg filling
    ("meal", "ochota na pączka ogromna, zjadłam jabłko i garść orzechów", "", ""),
    ("meal", "żurek z jajkiem i białą kiełbasą, babcia zabieliła śmietaną", "dairy", "wheat"),  # why: żurek starter is rye, sometimes mixed with wheat flour
    ("meal", "dzień soi: tofu wędzone z patelni, olej rzepakowy", "soy", ""),
    ("meal", "placki ziemniaczane bez mąki (tylko ziemniak, jajko, cebula) smażone na oleju rzepakowym", "", ""),
    ("meal", "kawa z mlekiem owsianym i kanapka z chleba bezglutenowego... z masłem, cholera zapomniałam", "dairy", "corn sugar"),  # why: GF bread often maize starch and sugar
    ("meal", "bigos mamy, bez chleba", "", "sugar"),  # why: some bigos recipes add sugar or prunes/honey, kiełbasa may contain dextrose
    ("meal", "mleko bez laktozy do kawy, to wciąż nabiał prawda? tak. dzień nabiału więc ok", "dairy", ""),
]

BLIND27_CASES += [
    ("label", "Chleb bezglutenowy jasny. Składniki: woda, skrobia kukurydziana, mąka ryżowa, skrobia ziemniaczana, olej rzepakowy, cukier, drożdże, zagęstnik: guma guar, sól. Produkt bezglutenowy. Może zawierać soję.", "corn sugar", "soy"),
    ("label", "Napój owsiany bez dodatku cukru. Skład: woda, owies 10%, olej słonecznikowy, sól. Produkt może zawierać gluten i orzechy.", "", "wheat"),  # why: label warns of gluten; oats themselves not wheat
    ("label", "Baton proteinowy słony karmel. Skład: izolat białek serwatki (MLEKO), syrop glukozowy, karmel (cukier, syrop glukozowy, mleko zagęszczone słodzone), olej palmowy, chrupki sojowe (izolat białka SOJI, skrobia tapiokowa), substancja utrzymująca wilgoć: glicerol, sól. Może zawierać orzechy.", "dairy sugar soy", "corn"),  # why: glucose syrup may be corn
    ("label", "Sklad: mąka pszenna, cukier, tłuszcz roślinny (palmowy), kakao w proszku 5%, serwatka w proszku (z mleka), sól, emulgator: lecytyny (z soi). Ciastka kakaowe. Moze zawierac orzechy.", "wheat sugar dairy soy", ""),
    ("label", "Wafle kukurydziane z solą morską. Skład: kukurydza 98%, sól morska. Bezglutenowe.", "corn", ""),
    ("label", "Twaróg półtłusty bez laktozy. Składniki: mleko, kultury bakterii, enzym laktaza.", "dairy", ""),
]

# --- Swedish ---
BLIND27_CASES += [
    ("meal", "mjölkprovokation dag 1: ett glas mjölk och filmjölk till frukost", "dairy", ""),
    ("meal", "nästa vecka ska jag testa vete igen enligt min dietist. idag: lax, kokt potatis, dillsås på havregrädde", "", ""),  # why: oat cream not dairy
    ("meal", "fortfarande ingen majs. köttbullar (hemgjorda utan ströbröd) med potatismos på havredryck", "", ""),
    ("meal", "snedsteg: en kanelbulle på fikat 😬", "wheat dairy sugar", ""),
    ("meal", "sug efter lösgodis men tog en banan och några mandlar", "", ""),
    ("meal", "knäckebröd (Wasa Husman, bara råg) med avokado", "", ""),  # why: Husman is rye flour, yeast, salt
    ("meal", "sojaprovokation: tofu wok med soja sås", "soy wheat", ""),
    ("meal", "semla på fettisdagen. va inte planerat alls", "wheat dairy sugar", ""),
    ("meal", "paus mellan provokationerna, havregrynsgröt med blåbär och havredryck", "", ""),
    ("meal", "pyttipanna med stekt ägg och rödbetor, stekt i smör... nej, rapsolja", "", "sugar"),  # why: pickled beetroot (inlagda rödbetor) is sugared
]

BLIND27_CASES += [
    ("label", "Oatly iKaffe Havredryck. Ingredienser: Vatten, havre 10%, rapsolja, surhetsreglerande medel (dikaliumfosfat), kalciumkarbonat, salt. Vegan. Innehåller gluten (havre).", "", "wheat"),  # why: label flags oat gluten; wheat cross-contact possible
    ("label", "Fazer Glutenfritt Ljust Bröd. Ingredienser: vatten, majsstärkelse, risstärkelse, vetestärkelse (glutenfri), rapsolja, socker, jäst, psyllium, salt, förtjockningsmedel (E464).", "wheat corn sugar", ""),  # why: Codex wheat starch is still wheat even if gluten-free
    ("label", "Arla Laktosfri Mellanmjölk 1,5%. Ingredienser: mellanmjölk, laktas. Innehåller mjölk.", "dairy", ""),
    ("label", "Proteinbar Chocolate Brownie. Ingredienser: mjölkprotein, oligofruktos, kakaosmörj, polydextros, sojaprotein, kakao, sötningsmedel (maltitol, sukralos), emulgeringsmedel (sojalecitin). Utan tillsatt socker", "dairy soy", "corn"),  # why: polydextrose/maltitol often corn-derived
]

# --- Korean ---
BLIND27_CASES += [
    ("meal", "유제품 재도입 2일차: 우유 한 잔이랑 플레인 요거트 먹음", "dairy", ""),
    ("meal", "다음주에 밀가루 테스트 예정ㅠ 오늘은 현미밥, 미역국, 계란말이", "", "soy"),  # why: 미역국 is usually seasoned with 국간장 (soy)
    ("meal", "아직 옥수수 안 먹는 중. 점심 삼겹살 구이 + 상추 + 마늘, 쌈장은 뺐어요", "", ""),  # why: ssamjang skipped
    ("meal", "참다가 결국 떡볶이 먹었어요 😭 치팅", "sugar", "wheat soy corn"),  # why: gochujang sauce sugary; rice or wheat tteok; gochujang/물엿 may hold wheat, soy, corn syrup
    ("meal", "라면 너무 먹고 싶었는데 참고 고구마 먹음", "", ""),
    ("meal", "콩 재도입: 두부조림 (간장 대신 코코넛 아미노) + 두유 한 팩", "soy", "sugar"),  # why: packaged 두유 is usually sweetened
    ("meal", "된장찌개랑 밥. 된장은 콩이니까 오늘 콩 테스트날이라 ok", "soy", "wheat"),  # why: commercial doenjang often contains wheat flour
    ("meal", "김밥 한 줄... 단무지에 설탕, 밥에 참기름. 햄도 들어감", "sugar", "corn soy wheat"),  # why: pickled radish sweetened; ham may contain starch/soy protein
    ("meal", "치킨 시켰는데 후라이드 반만 먹음 (반반 아니고 양념 뺌)", "wheat", "corn soy"),  # why: fried-chicken batter is wheat flour, often corn starch; fried in soybean oil
    ("meal", "설탕 재도입 날: 아이스 아메리카노에 시럽 2펌프", "sugar", ""),
    ("meal", "소고기 미역국 + 잡곡밥 + 김치. 간장 안 넣고 소금으로만 간함", "", "sugar"),  # why: kimchi often has a little sugar
    ("meal", "빵 끊은지 2주째 🎉 오늘은 닭가슴살 샐러드 올리브유+레몬", "", ""),
]

BLIND27_CASES += [
    ("label", "[원재료명] 정제수, 대두(국산) 8%, 백설탕, 식물성유지, 정제소금, 탄산칼슘. 대두 함유. 달콤한 두유 190ml", "soy sugar", "corn"),  # why: unnamed vegetable oil (soy already definite)
    ("label", "글루텐프리 쌀빵. 원재료명: 쌀가루(국산) 60%, 정제수, 설탕, 옥수수전분, 카놀라유, 효모, 정제소금, 잔탄검. 알레르기 유발물질: 우유, 대두, 밀 사용 제품과 같은 제조시설에서 제조", "sugar corn", "dairy soy wheat"),
    ("label", "[원재료] 우유(국산) 100%. 락토프리 우유 (유당분해). 우유 함유", "dairy", ""),  # why: lactose-free milk is dairy
    ("label", "진간장 골드. 원재료명: 탈지대두(인도산), 소맥(밀), 천일염, 액상과당, 주정. 대두, 밀 함유", "soy wheat sugar", "corn"),  # why: 액상과당 = HFCS, likely corn
    ("label", "오트 드링크 (무가당). 원재료명: 정제수, 귀리 11%, 해바라기유, 정제소금, 탄산칼슘. 이 제품은 대두, 밀, 우유를 사용한 제품과 같은 시설에서 제조하고 있습니다", "", "soy wheat dairy"),
    ("label", "단백질바 초코맛 원재료명: 유청단백분말(우유), 분리대두단백, 말티톨시럽, 초콜릿(설탕, 코코아매스, 코코아버터, 대두레시틴), 아몬드, 글리세린, 정제소금. 우유, 대두 함유. 땅콩 호두 밀 혼입가능", "dairy soy sugar", "corn wheat"),  # why: maltitol syrup often corn; may contain wheat
    ("label", "원재료명:옥수수 100%(미국산) 뻥튀기. 무설탕", "corn", ""),
]

# --- Japanese ---
BLIND27_CASES += [
    ("meal", "乳製品チャレンジ2日目。朝に牛乳コップ1杯、昼にプロセスチーズ1個", "dairy", ""),
    ("meal", "来週から小麦の再導入予定。今日は焼き魚定食（ご飯、鮭、漬物）、味噌汁はパス", "", "sugar"),  # why: Japanese pickles often sweetened; miso soup skipped
    ("meal", "まだとうもろこし抜き中。コーンスープ我慢した😤 代わりにかぼちゃのポタージュ（豆乳で）", "soy", ""),  # why: soy milk is soy
    ("meal", "つい コンビニのメロンパン 食べちゃった… 除去中なのに", "wheat sugar dairy", "soy"),  # why: melonpan has butter/milk; often soy in shortening/emulsifier
    ("meal", "大豆チャレンジ：納豆（タレ使わず、からしだけ）とご飯", "soy", ""),  # why: sauce packet skipped
    ("meal", "納豆ごはん、付属のタレかけた", "soy", "wheat sugar corn"),  # why: natto tare = soy sauce (wheat), sugar or glucose-fructose syrup
    ("meal", "お寿司、醤油の代わりにグルテンフリーのたまり醤油使った", "soy", "sugar"),  # why: sushi rice vinegar has sugar
    ("meal", "十割そば（そば粉100%）を塩で食べた。つゆはなし", "", ""),  # why: 100% buckwheat; no tsuyu
    ("meal", "ざるそば（二八）とつゆ", "wheat soy sugar", ""),  # why: ni-hachi soba is 20% wheat; tsuyu = soy sauce, mirin, sugar
    ("meal", "米粉パン焼いた。米粉、水、イースト、塩、オリーブオイルだけ", "", ""),
    ("meal", "砂糖の再導入日なのでショートケーキひと切れ。でも生クリームも入ってる…順番ミスった", "sugar wheat dairy", ""),
    ("meal", "ポップコーン食べたい…でもまだコーン除去中なので我慢。焼き芋にした🍠", "", ""),
]

BLIND27_CASES += [
    ("label", "名称：豆乳飲料 原材料名：大豆（カナダ産）（遺伝子組換えでない）、砂糖、米油、天日塩／乳酸カルシウム、乳化剤、糊料（カラギナン）、香料 アレルギー：大豆", "soy sugar", ""),  # why: rice bran oil named; emulsifier likely soy but soy already definite
    ("label", "原材料名：米粉（国産）、砂糖、植物油脂、卵、ココア、食塩／膨張剤、乳化剤（大豆由来）。小麦不使用 グルテンフリー。（一部に卵・大豆を含む）本品製造工場では乳成分を含む製品を生産しています。", "sugar soy", "dairy corn"),  # why: unnamed vegetable oil may be corn; shared factory milk
    ("label", "原材料名：小麦粉（国内製造）、砂糖、ショートニング、全粉乳、鶏卵、食塩／膨脹剤、香料、（一部に小麦・乳成分・卵・大豆を含む）", "wheat sugar dairy soy", "corn"),  # why: allergen line declares soy; shortening may be corn/soy
    ("label", "プロテインバー チョコ 原材料名：乳たんぱく、チョコレート（砂糖、カカオマス、全粉乳、ココアバター）、水溶性食物繊維、大豆パフ、還元水あめ／グリセリン、乳化剤、甘味料（スクラロース）（一部に乳成分・大豆を含む）", "dairy sugar soy", "corn wheat"),  # why: soluble fibre and reduced starch syrup often corn/wheat derived
    ("label", "ｸﾞﾙﾃﾝﾌﾘｰ ｶﾚｰﾙｰ 原材料名:米粉,パーム油,食塩,砂糖,カレー粉,たまねぎ,トマトパウダー,酵母エキス/調味料(アミノ酸等),カラメル色素 ※特定原材料28品目不使用", "sugar", "corn"),  # why: caramel colour possible corn; allergen-free claim rules out wheat/dairy/soy
    ("label", "有機無調整豆乳 原材料名：有機大豆（アメリカ又はカナダ）（遺伝子組換え混入防止管理済）※砂糖、食塩不使用", "soy", ""),
]

# --- Hindi / Hinglish ---
BLIND27_CASES += [
    ("meal", "dairy challenge day 2: subah ek glass doodh aur lunch mein dahi 👍", "dairy", ""),
    ("meal", "next week se gehun reintroduce karna hai dietician ne bola. aaj jowar ki roti, lauki ki sabzi (mustard oil)", "", ""),
    ("meal", "abhi bhi makka band hai. makki ki roti aur sarson ka saag dekh ke rona aa gaya but nahi khaya, bajra roti li", "", ""),  # why: makki ki roti not eaten
    ("meal", "slip ho gaya yaar, 2 samose kha liye office mein", "wheat", "soy"),  # why: maida pastry; fried in refined (often soybean) oil
    ("meal", "chai ki craving bahut thi, green tea pi li bina cheeni ke", "", ""),
    ("meal", "aaj chai pi li doodh aur cheeni wali 🙈 dairy day tha but sugar nahi hona chahiye tha", "dairy sugar", ""),
    ("meal", "dal chawal with ghee. ghee toh dairy hai na? haan, dairy week hai so ok", "dairy", ""),
    ("meal", "poha with peanuts and curry leaves, no sugar added (maa usually daalti hai)", "", ""),  # why: explicitly no sugar
    ("meal", "breakfast mein besan chilla + pudina chutney", "", ""),  # why: besan is chickpea flour
    ("meal", "upma banaya sooji ka, phir yaad aaya sooji = semolina = wheat 🤦", "wheat", ""),
    ("meal", "paneer tikka at a wedding, aur ek gulab jamun bhi 😬", "dairy sugar", "wheat"),  # why: gulab jamun = khoya/milk powder + sugar syrup, often some maida; tikka marinade yogurt
    ("meal", "idli sambar, chutney coconut wali. no ghee on top", "", ""),
    ("meal", "ragi dosa khaya with tomato chutney, tawa pe thoda oil", "", ""),
    ("meal", "soy chunks curry aaj - soy reintro day 1", "soy", ""),
    ("meal", "gur wali chai bina doodh ke (almond milk). gur bhi sugar count hota hai?", "sugar", ""),  # why: jaggery is concentrated cane juice, an added sugar
    ("meal", "aloo paratha khaya 2, makhan ke saath. wheat challenge day 1 + dairy bhi aa gaya oops", "wheat dairy", ""),
    ("meal", "sabudana khichdi vrat wali, peanuts, hari mirch, ghee nahi, oil mein banayi", "", ""),
]

BLIND27_CASES += [
    ("label", "Epigamia Greek Yogurt Natural. Ingredients: Pasteurised Toned Milk, Milk Solids, Active Cultures. No added sugar. Contains Milk.", "dairy", ""),
    ("label", "Yoga Bar Protein Bar Chocolate Brownie. Ingredients: Whey Protein Concentrate, Brown Rice Syrup, Dark Chocolate Compound (Sugar, Cocoa Solids, Emulsifier (Soy Lecithin)), Almonds, Dates, Oats, Cocoa Powder, Rice Crispies (Rice, Sugar, Salt). Allergen: Contains Milk, Soy, Nuts. May contain Gluten.", "dairy sugar soy", "wheat"),
    ("label", "Aashirvaad Select Sharbati Atta. Ingredients: 100% Whole Wheat Atta. Allergen Information: Contains Wheat (Gluten)", "wheat", ""),
    ("label", "Sofit Soya Milk Vanilla. Ingredients: Water, Soybean Solids (8%), Sugar, Stabiliser (INS 418), Flavour (Natural & Nature Identical Flavouring Substances - Vanilla), Vitamins. Contains Soy. Lactose free", "soy sugar", ""),
    ("label", "INGREDIENTS: Ragi flour (60%), Jowar flour, Rice flour, Edible Vegetable Oil (Palmolein), Jaggery, Salt, Raising agent (INS 500(ii)). Gluten free millet cookies. Manufactured in a facility that processes wheat, milk & soy.", "sugar", "wheat dairy soy"),  # why: jaggery is added sugar; palmolein named so no oil hedge
    ("label", "Amul Pure Ghee. Ingredients: Milk Fat. Contains milk.", "dairy", ""),
]

# --- Turkish ---
BLIND27_CASES += [
    ("meal", "süt ürünleri yeniden deneme 2. gün: kahvaltıda beyaz peynir, öğlen ayran", "dairy", ""),
    ("meal", "haftaya buğday denenecek diyetisyenim dedi. bugün hâlâ yok: ızgara köfte (ekmeksiz, galeta unsuz), çoban salata", "", ""),
    ("meal", "hala mısırsızım. sinemada patlamış mısır yemedim 💪", "", ""),
    ("meal", "dayanamadım simit yedim 😩", "wheat", "sugar"),  # why: simit is dipped in grape molasses (pekmez)
    ("meal", "baklava canım çekti ama yemedim, hurma yedim", "", ""),
    ("meal", "menemen, zeytinyağında, ekmeksiz", "", ""),
    ("meal", "mercimek çorbası lokantadan, sanırım içinde tereyağı ve un vardı", "", "dairy wheat"),  # why: lokanta lentil soup often finished with butter and a roux
    ("meal", "soya denemesi: soya sütüyle kahve + tofu", "soy", ""),
    ("meal", "bulgur pilavı yaptım... dur bulgur buğday değil mi? evet buğday. hata", "wheat", ""),
    ("meal", "laktozsuz süt ile türk kahvesi değil latte yaptım", "dairy", ""),  # why: lactose-free milk is dairy
    ("meal", "iftar: hurma, mercimek çorbası (evde zeytinyağlı), etli kuru fasulye, pilav", "", ""),
    ("meal", "şeker denemesi günü: iki tane lokum", "sugar", "corn"),  # why: lokum is sugar + starch, often corn starch
]

BLIND27_CASES += [
    ("label", "Glütensiz Ekmek. İçindekiler: mısır nişastası, su, pirinç unu, ayçiçek yağı, şeker, maya, psyllium, tuz, kıvam arttırıcı (guar gam). Glütensizdir. Süt ve soya içerebilir.", "corn sugar", "dairy soy"),
    ("label", "Pınar Laktozsuz Süt %1,5 yağlı. İçindekiler: inek sütü, laktaz enzimi.", "dairy", ""),
    ("label", "Protein bar fıstık ezmeli. İçindekiler: süt proteini, fıstık ezmesi (%20), glukoz şurubu, soya protein izolatı, kakao yağı, nem verici (gliserol), tuz. Alerjen: süt, soya, yer fıstığı. Eser miktarda gluten içerebilir", "dairy sugar soy", "corn wheat"),  # why: glucose syrup may be corn; gluten traces
    ("label", "Şekersiz Badem Sütü. İçindekiler: su, badem (%2), kalsiyum karbonat, deniz tuzu, stabilizör (gellan gam), emülgatör (ayçiçek lesitini). Vegan.", "", ""),
]

# --- Mixed-language / expats / code-switching ---
BLIND27_CASES += [
    ("meal", "Tag 11 ohne alles 🎉 frühstück: eggs + avocado, lunch: leftover chili con carne (no beans, no sugar, made it myself)", "", ""),
    ("meal", "wheat reintro dag 1 — 2 sneetjes volkorenbrood met pindakaas (100% pinda)", "wheat", ""),
    ("meal", "im Büro gab's Kuchen, I said no thanks 🙏 had my own apple + walnuts", "", ""),
    ("meal", "mi marido se comió mi pan de muerto lol. yo solo café negro", "", ""),  # why: someone else ate it
    ("meal", "el croissant era de mi hija, yo solo le di un mordisco... ok dos mordiscos", "wheat dairy sugar", ""),  # why: she did eat some
    ("meal", "korean bbq w friends - galbi (marinated in soy sauce, pear, sugar) + lettuce wraps, skipped rice", "soy wheat sugar", ""),
    ("meal", "bibimbap ohne gochujang, nur sesamöl und ei", "", ""),  # why: gochujang skipped; sesame oil named
    ("meal", "cena giapponese: miso soup, edamame, yakitori salt (塩) not tare", "soy", ""),  # why: miso/edamame soy; salt yakitori avoids tare
    ("meal", "ate half a bagel w cream cheese at the airport in Lisboa, then pastel de nata. travel = chaos", "wheat dairy sugar", ""),
    ("meal", "masala dosa in Amsterdam, asked no butter/ghee, sambar + coconut chutney", "", ""),
    ("meal", "kimchi jjigae met tofu — soy challenge dag 2", "soy", "sugar"),  # why: kimchi often has a little sugar
    ("meal", "pho bo, bánh phở is rice noodles right? broth from the restaurant + hoisin on the side (didn't use it)", "", "sugar"),  # why: restaurant pho broth often has rock sugar
    ("meal", "pad thai from the truck, rice noodles, tamarind, egg, peanuts", "sugar", "soy"),  # why: pad thai sauce uses palm sugar; often soy sauce/tofu
    ("meal", "sugar reintro morgen. heute nix süßes, nur Gemüsesuppe (hausgemacht, Brühe ohne Zusätze)", "", ""),
    ("meal", "practitioner checkin: told her I've been off dairy 3 weeks, off wheat 3 weeks, soy 2 weeks. plan: dairy challenge thurs", "", ""),
    ("meal", "protocol note for dr K: day 4 corn challenge, ate corn on the cob 1 ear + polenta 100g (cooked w water + salt)", "corn", ""),
    ("meal", "zero groups today promise 🤞 quinoa bowl: quinoa, roast chickpeas, tahini, cucumber, lemon", "", ""),
    ("meal", "acorn squash soup + sunflower seed butter on apple slices", "", ""),  # why: acorn squash is not corn
    ("meal", "sugar snap peas w hummus as a snack", "", ""),  # why: sugar snap peas trap
    ("meal", "sweet potato fries from the air fryer, olive oil spray", "", ""),
    ("meal", "cocoa butter body lotion made my hands smell like chocolate lol. dinner: lamb chops + mint + peas", "", ""),
    ("meal", "cream of tartar in my homemade baking powder for the buckwheat muffins (sweetened with mashed banana)", "", ""),  # why: cream of tartar isn't dairy; banana is whole fruit
    ("meal", "apple butter on rice cakes — unsweetened apple butter, just apples + cinnamon", "", ""),
    ("meal", "butternut squash risotto, made with vegetable stock, no butter no parmesan, nutritional yeast instead", "", ""),
    ("meal", "unicorn frappuccino 🦄 ok not really, just a black iced coffee", "", ""),
    ("meal", "had 'dairy free' ice cream from the gelateria, the sorbetto. lemon", "sugar", ""),  # why: sorbet is sugar-sweetened
    ("meal", "coconut yogurt w granola... the granola says gluten free but has honey", "", "sugar"),  # why: honey flagged possible; plain coconut yogurt
    ("meal", "veggie burger at the pub (beyond patty), lettuce wrap no bun, chips", "", "corn soy"),  # why: chips oil; Beyond is pea-based
    ("meal", "had the gluten free margherita, and only after the server said the GF dough is made on the same counter 😬", "dairy", "wheat sugar corn"),  # why: cheese assumed on pizza; cross-contact wheat; GF bases often maize starch/sugar
    ("meal", "ate nothing but bone broth today, fasting day before the wheat challenge", "", ""),
    ("meal", "dinner: tempeh burrito bowl... no tortilla, no cheese, no corn. just rice tempeh salsa", "soy", ""),
    ("meal", "chicken nuggets (the kids' ones, gluten free breaded with rice crumb)", "", "corn soy"),  # why: GF breadings often maize starch; frying oil
    ("meal", "falafel wrap minus the wrap — falafel, tahini, salad", "", "wheat soy"),  # why: some falafel contain flour; fried in vegetable oil
    ("meal", "mochi from the japanese bakery 🍡 2 pieces, red bean", "sugar", "corn"),  # why: anko + mochi sweetened; dusted with cornstarch/potato starch
    ("meal", "kefir day! challenge day 1 dairy, 250ml plain kefir", "dairy", ""),
    ("meal", "ok the 'almond milk' latte was made with regular milk, the cup label said 'whole'. ugh.", "dairy", ""),
    ("meal", "ate my usual overnight oats (GF oats, chia, almond milk). no changes", "", ""),
    ("meal", "made lasagne for the family w gluten free sheets and vegan béchamel, they loved it, I had a big slice", "", "corn"),  # why: GF lasagne sheets often corn
    ("meal", "wine tasting, 3 glasses of red, no snacks", "", ""),
    ("meal", "2 beers at the game. wheat reintro isn't until next week... beer is barley but some have wheat", "", "wheat"),  # why: unspecified beer may contain wheat
    ("meal", "hefeweizen at the Biergarten, that's definitely wheat, oops", "wheat", ""),
    ("meal", "corn challenge day 2: tortilla chips + guac, and grits for breakfast (water, salt, no butter)", "corn", "soy"),  # why: chips fried in vegetable oil
    ("meal", "dairy challenge ended, clean days now. lunch: tuna salad w olive oil mayo (avocado oil based)", "", ""),
    ("meal", "nothing from the list since wednesday. just the usual: eggs, meat, veg, fruit, rice, potatoes", "", ""),
]

# --- More pasted labels, mixed languages, OCR noise ---
BLIND27_CASES += [
    ("label", "BCAA Drink Tropical. Ingredients: carbonated water, acid (citric acid), BCAA, flavourings, sweetener (sucralose), preservatives, caffeine, vitamins. Sugar free. 0 kcal", "", "corn"),  # why: citric acid often corn-derived
    ("label", "Pure Protein Powder Vanilla (vegan). Ingredients: pea protein isolate, brown rice protein, natural vanilla flavour, xanthan gum, stevia leaf extract, sunflower lecithin. Free from: dairy, soy, gluten, added sugar", "", "corn"),
    ("label", "MyProtein Impact Whey Isolate Chocolate Smooth. Ingredients: Whey Protein Isolate (Milk) (90%), Cocoa Powder, Flavouring, Emulsifier (Soy Lecithin), Sweetener (Sucralose). Allergy advice: contains milk and soy. Made in a factory that also handles egg, gluten.", "dairy soy", "wheat"),
    ("label", "INGREDIENTS: ORGANIC TAPIOCA SYRUP, ORGANIC CANE SUGAR, ORGANIC CORN STARCH, CITRIC ACID, PECTIN, NATURAL FLAVORS, COLORS (FRUIT & VEGETABLE JUICE). Vegan gummy bears. Gelatin free, gluten free, dairy free", "sugar corn", ""),
    ("label", "Ingredients: Organic popcorn, organic sunflower oil, sea salt. Dairy free, gluten free, nut free", "corn", ""),
    ("label", "Ingredients: Almonds, coconut oil, monk fruit sweetener (erythritol, monk fruit extract), almond flour, cocoa, vanilla, baking soda, salt. KETO COOKIE. Zero sugar. Contains tree nuts (almond, coconut). Processed in a facility w/ milk, eggs, wheat, soy", "", "dairy wheat soy"),
    ("label", "Violife Epic Mature Cheddar Flavour Block: Water, Coconut Oil (23%), Modified Starch*, Starch*, Sea Salt, Flavourings, Olive Extract, Colour: Beta Carotene, Vitamin B12. *Potato. 100% vegan", "", ""),  # why: starch source given as potato
    ("label", "Ingredients: RICE NOODLES (rice flour, water), SAUCE SACHET (water, sugar, TAMARI soy sauce (water, SOYBEANS, salt), rice vinegar, palm sugar, garlic, chilli), FRIED SHALLOTS (shallot, palm oil). Gluten free Pad Thai kit. Allergens in CAPITALS.", "sugar soy", ""),  # why: tamari here states no wheat and product is GF
    ("label", "Kikkoman Naturally Brewed Soy Sauce. Ingredients: water, wheat, soybeans, salt. Contains wheat, soy", "soy wheat", ""),
    ("label", "Kikkoman Gluten-Free Soy Sauce. Ingredients: Water, Soybeans, Salt, Rice, Alcohol (to preserve freshness). Contains: Soy", "soy", ""),
    ("label", "lngr3dients: corn masa fl0ur, vegetable oil (corn, canola, and/or sunflower oil), salt. Tortilla chips Restaurant Style. gluten free", "corn", ""),  # why: OCR; corn definite, oil already corn
    ("label", "Pane di segale 100%. Ingredienti: farina integrale di segale, acqua, lievito madre di segale, sale. Può contenere tracce di frumento e sesamo.", "", "wheat"),  # why: rye not wheat; trace warning
    ("label", "Ingrédients : protéines de SOJA texturées (74%), farine de BLÉ, huile de tournesol, épices. Steak végétal façon bœuf. Vegan", "soy wheat", ""),
    ("label", "Składniki: napój kokosowy (woda, mleczko kokosowe 10%), skrobia modyfikowana kukurydziana, cukier, sól, aromat. Deser kokosowy wegański", "corn sugar", ""),
    ("label", "Ingredientes: cacau em pó, açúcar de coco, leite de coco em pó (leite de coco, maltodextrina de mandioca). Achocolatado vegano", "sugar", ""),  # why: maltodextrin source stated (cassava)
    ("label", "Ingrediënten: rijstdrank (water, rijst 14%), zonnebloemolie, zout. Rijstdrank naturel, zonder toegevoegde suikers. Glutenvrij. Bevat van nature aanwezige suikers", "", ""),  # why: enzymatic rice sugars, none added
    ("label", "Zutaten: Erdnüsse 100%. Erdnussbutter crunchy ohne Zusätze. ohne Palmöl, ohne Zucker. Hergestellt in einem Betrieb, der Nüsse verarbeitet", "", ""),  # why: peanut butter is not dairy
    ("label", "Ingredients: Filtered water, cashews, coconut oil, tapioca starch, nutritional yeast, sea salt, lactic acid (non-dairy), mustard. Plant-based cream cheese style spread", "", ""),  # why: lactic acid is not dairy
    ("label", "INGREDIENTS: Dark chocolate (cocoa mass, cane sugar, cocoa butter), almonds, MILK chocolate (sugar, cocoa butter, whole MILK powder, cocoa mass, emulsifier: SOY lecithin). Almond Clusters. Contains: almonds, milk, soy", "sugar dairy soy", ""),
    ("label", "Nutrition per 100g: Energy 1950kJ, Fat 22g, Carbs 48g, of which sugars 1.2g, Fibre 9g, Protein 15g, Salt 1.1g. INGREDIENTS: Buckwheat flour (55%), sunflower seeds, flaxseed, pumpkin seeds, psyllium husk, olive oil, sea salt, rosemary. Buckwheat crackers - wheat free, gluten free", "", ""),  # why: buckwheat is not wheat
    ("label", "Ingredients: ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMIN MONONITRATE, RIBOFLAVIN, FOLIC ACID), SUGAR, HIGH FRUCTOSE CORN SYRUP, SOYBEAN OIL, LEAVENING, CORNSTARCH, SALT, SOY LECITHIN. 'Made with whole grain'", "wheat sugar corn soy", ""),
    ("label", "Ingredients: Cultured coconut milk (coconut milk (water, coconut cream), vegan cultures), tapioca starch, maple syrup. Dairy free yoghurt, lightly sweetened", "", "sugar"),  # why: maple syrup natural sweetener
    ("label", "原材料名: 大豆(国産)、凝固剤(塩化マグネシウム(にがり)) 絹ごし豆腐", "soy", ""),
    ("label", "원재료명: 쌀(국산) 99%, 정제소금. 떡국떡. 밀 대두 우유 사용 안함", "", ""),  # why: rice cake explicitly free of wheat/soy/milk
    ("label", "İçindekiler: süt, krema, peynir mayası, tuz. Tam yağlı beyaz peynir", "dairy", ""),
    ("label", "Ingredients: Dates (70%), cashews, coconut, cacao, vanilla. No added sugar. Raw bliss balls. vegan. May contain traces of peanuts", "", ""),  # why: whole dates are fruit, not added sugar
    ("label", "Ingredienser: HAVREGRYN (glutenfria), russin, solrosfrön, kokosflingor, honung, rapsolja. Glutenfri müsli. Kan innehålla spår av mandel", "", "sugar"),  # why: honey natural sweetener
]
