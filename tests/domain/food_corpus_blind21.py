# ruff: noqa: E501
"""Blind labelled set 21: tired, busy people typing real phone diaries (short, run-on, dictated, emoji, corrected) and pasting messy packaged-food labels."""

BLIND21_CASES: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------------------
# Maya, Leeds UK, night-shift nurse: tiny lowercase texts between patients
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "toast", "wheat", "sugar"),  # why: plain bread often has added sugar; no spread named
    ("meal", "latte + croissant", "dairy wheat sugar", ""),
    ("meal", "cuppa n 2 digestives", "wheat sugar", "dairy corn"),  # why: UK tea usually with milk; digestives often use glucose-fructose syrup
    ("meal", "porridge w water n a banana", "", ""),
    ("meal", "porridge w milk + golden syrup", "dairy sugar", ""),
    ("meal", "beans on toast", "wheat sugar", "corn"),  # why: tinned baked beans have sugar and often cornflour
    ("meal", "jaffa cakes x3 dont judge", "wheat sugar", "corn dairy soy"),
    ("meal", "toast w peanut butter", "wheat", "sugar"),
    ("meal", "rice cake + avo", "", ""),
    ("meal", "2 coffees black", "", ""),
    ("meal", "meal deal: chicken & bacon sarnie, ready salted, diet coke", "wheat", "sugar soy corn"),  # why: bread/bacon cure sugar, mayo oil, caramel colour
    ("meal", "cheese n onion crisps", "dairy", "sugar corn"),
    ("meal", "pot noodle chicken n mushroom at 4am", "wheat", "soy sugar corn"),
    ("meal", "tin of cream of tomato soup", "dairy sugar", "corn wheat soy"),
    ("meal", "mug of hot choc from the machine", "sugar", "dairy corn soy"),  # why: vending hot chocolate powders use milk powder or non-dairy creamer
    ("meal", "nothing. just water n a haribo", "sugar", "corn"),
    ("meal", "yorkshire tea oat milk", "", ""),
]

# ---------------------------------------------------------------------------
# Derek, Ohio, long-haul trucker: voice dictation with mishearings and spoken punctuation
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "stopped at the flying J got a sausage egg and cheese biscuit and a large coffee with two creamers", "wheat dairy", "sugar corn soy"),
    ("meal", "for lunch I had a foot long subway sweet onion chicken teriyaki on Italian herbs and cheese bread", "wheat dairy sugar soy", "corn"),
    ("meal", "dinner was a colvers butter burger with cheese curds", "wheat dairy", "sugar corn soy"),  # why: Culver's misheard; battered fried curds
    ("meal", "had a cup of Joe black and a quest bar cookies and cream period", "dairy corn", "soy"),  # why: Quest bars use milk protein and soluble corn fiber
    ("meal", "beef jerky Jack links original", "sugar", "soy wheat corn"),
    ("meal", "mountain do code red large", "sugar corn", ""),  # why: Mountain Dew in the US is sweetened with HFCS
    ("meal", "Waffle House all star special eggs scrambled hash browns scattered smothered covered bacon raisin toast", "wheat dairy sugar", "corn soy"),
    ("meal", "lunch was a chicken Caesar wrap comma actually no scratch that it was a Cobb salad with ranch on the side", "dairy", "sugar soy"),
    ("meal", "two cans of Busch Light at the motel", "corn", "wheat"),  # why: Busch lists corn; barley malt
    ("meal", "Cracker Barrel chicken and dumplings with fried okra and cornbread", "wheat dairy corn sugar", "soy"),
    ("meal", "had a bowl of grids with butter and salt", "corn dairy", ""),  # why: dictation of grits
    ("meal", "Arby's classic roast beef no sauce curly fries medium Dr Pepper", "wheat sugar corn", "soy"),
    ("meal", "pork rinds and a diet Pepsi", "", "corn"),  # why: caramel color in diet cola
    ("meal", "apple and some string cheese from the cooler", "dairy", ""),
    ("meal", "eggs over easy hash browns wheat toast dry no butter coffee black", "wheat", "sugar corn soy"),  # why: diner griddle oil, bread sugar
    ("meal", "Chick fil a 8 count nuggets with polynesian sauce and a sweet tea", "wheat dairy sugar soy", "corn"),  # why: nuggets are milk-washed with sugared breading; Polynesian sauce is soybean oil and sugar
    ("meal", "a slim Jim and a coffee with half and half", "dairy corn sugar soy", ""),  # why: Slim Jim lists corn syrup, soy protein and dextrose
]

# ---------------------------------------------------------------------------
# Priya, Toronto, mum of two: eats the kids' leftovers, types one-handed
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "ate the kids leftover KD standing at the counter", "wheat dairy", ""),
    ("meal", "finished Aarav's nuggets (3) + ketchup", "wheat sugar", "corn soy"),
    ("meal", "crusts from their pb&j lol", "wheat sugar", ""),  # why: jam is sugar; peanut butter is not dairy
    ("meal", "half a banana + the apple slices nobody ate", "", ""),
    ("meal", "my lunch: dal + rice, made it with ghee this time", "dairy", ""),
    ("meal", "chai w oat milk, no sugar", "", ""),
    ("meal", "handful of goldfish crackers from the baby bag", "wheat dairy", "soy sugar"),
    ("meal", "roti with aloo gobi, no ghee today", "wheat", ""),
    ("meal", "bday party: 1 slice pizza, a bit of cake, 2 timbits", "wheat dairy sugar", "corn soy"),
    ("meal", "paneer tikka from the place on Gerrard", "dairy", ""),
    ("meal", "leftover fish sticks (2) and peas", "wheat", "corn soy"),
    ("meal", "dry cheerios from Mira's snack cup", "corn sugar", ""),  # why: Cheerios have corn starch and sugar
    ("meal", "butter chicken + naan from the freezer section", "dairy wheat", "sugar soy"),
    ("meal", "the strawberry yogurt tube the kids didnt want", "dairy sugar", "corn"),
    ("meal", "2 samosas from the bakery", "wheat", "corn soy"),
    ("meal", "rice + the rest of the kids' edamame", "soy", ""),
    ("meal", "sugar snap peas and hummus while making their dinner", "", ""),
]

# ---------------------------------------------------------------------------
# Jules, Melbourne, barista: mostly emoji, a word here and there
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "🥑🍞☕️", "wheat", "sugar dairy"),
    ("meal", "🍕🍕🍺", "wheat dairy", "sugar corn"),
    ("meal", "🍣🍣🍣 + soy 🥢", "sugar soy wheat", ""),  # why: sushi rice is seasoned with sugar
    ("meal", "🍦", "dairy sugar", "corn"),
    ("meal", "🥗 no dressing 👍", "", ""),
    ("meal", "🍫🍫 (85% dark)", "sugar", "dairy soy"),
    ("meal", "🍳🥓🍅🍄 + sourdough", "wheat", "sugar dairy"),
    ("meal", "☕️☕️☕️ oat flat whites 🙃", "", ""),
    ("meal", "🌮🌮 corn tortillas!! 🌶️", "corn", ""),
    ("meal", "🍔🍟🥤 maccas", "wheat sugar", "dairy corn soy"),
    ("meal", "🥐🥐 + 🧃", "wheat dairy sugar", ""),
    ("meal", "🍜 pho 😋", "", "sugar soy"),
    ("meal", "🍿 at the movies, the 'butter' kind", "corn", "dairy soy"),  # why: cinema butter topping is often flavoured soybean oil
    ("meal", "🥞🍓🍯", "wheat dairy sugar", ""),
    ("meal", "🍷🍷🧀🍇", "dairy", ""),
    ("meal", "🍌🥜 smoothie w almond milk", "", "sugar"),  # why: almond milk may be sweetened
    ("meal", "🍩", "wheat sugar", "dairy soy"),
]

# ---------------------------------------------------------------------------
# Tomás, Madrid, office worker: Spanish, short, no accents sometimes
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "tostada con tomate y aceite, cafe solo", "wheat", "sugar"),
    ("meal", "café con leche y una magdalena", "dairy wheat sugar", ""),
    ("meal", "bocadillo de jamon y un tercio", "wheat", "sugar corn"),  # why: Spanish lagers often brewed with maize
    ("meal", "menú del día: lentejas, merluza a la plancha, flan de postre", "dairy sugar", ""),
    ("meal", "churros con chocolate 🤤", "wheat dairy sugar", "corn"),
    ("meal", "tortilla de patatas (sin cebolla, ya sé)", "", ""),
    ("meal", "ensalada mixta con atún y maíz... no, espera, sin maíz, eran garbanzos", "", ""),
    ("meal", "cola cao con leche antes de dormir", "dairy sugar", "wheat"),  # why: Cola Cao contains malted cereal flour
    ("meal", "pincho de tortilla y una caña", "", "wheat corn"),
    ("meal", "paella de marisco en casa de mi madre", "", ""),
    ("meal", "gazpacho y pan", "wheat", "sugar"),
    ("meal", "yogur natural con miel", "dairy", "sugar"),  # why: honey is a possible
    ("meal", "croquetas de jamón (6) en el bar", "wheat dairy", "corn soy"),
    ("meal", "tacos al pastor con tortilla de maíz, sin piña", "corn", "sugar"),  # why: pastor marinades vary
]

# ---------------------------------------------------------------------------
# Claire, Lyon, teacher: French, abbreviations ("déj", "goûter")
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "pain au chocolat + café crème", "wheat dairy sugar", "soy"),
    ("meal", "déj: salade lyonnaise, sans croûtons", "", ""),
    ("meal", "quenelle sauce Nantua et gratin dauphinois", "wheat dairy", ""),
    ("meal", "yaourt nature + compote sans sucre ajouté", "dairy", ""),
    ("meal", "galette complète (blé noir) et une bolée de cidre brut", "dairy", "wheat sugar"),  # why: buckwheat batter sometimes cut with wheat flour
    ("meal", "crêpe au sucre au goûter", "wheat dairy sugar", ""),
    ("meal", "steak frites sauce au poivre", "dairy", ""),  # why: peppercorn sauce is made with cream
    ("meal", "apéro : olives et un kir", "sugar", ""),  # why: crème de cassis is sweetened
    ("meal", "tartine beurre confiture", "wheat dairy sugar", ""),
    ("meal", "raclette ce soir : patates, charcuterie, cornichons", "dairy", "sugar"),  # why: cornichons are gherkins, not corn
    ("meal", "purée maison avec du beurre... non en fait c'était de la margarine", "", "soy corn dairy"),
    ("meal", "Perrier et une pomme", "", ""),
    ("meal", "tofu sauté au tamari sans gluten, riz complet", "soy", ""),
]

# ---------------------------------------------------------------------------
# Sam, London, gym regular: macros, scoops, supplement stacks
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "pre workout scoop (C4 fruit punch) + 5g creatine", "", "corn"),  # why: citric acid
    ("meal", "shake: 2 scoops impact whey vanilla + water", "dairy", "soy"),
    ("meal", "oats 80g, 1 tbsp PB, 1 scoop gold standard double rich choc in semi skimmed", "dairy", "soy"),
    ("meal", "chicken rice broccoli x3 tubs, meal prep sunday", "", ""),
    ("meal", "6 egg whites + 2 rice cakes + sugar free syrup", "", ""),
    ("meal", "vegan protein (pea + brown rice) in unsweetened almond milk", "", ""),
    ("meal", "grenade bar white choc cookie", "dairy", "soy wheat corn"),
    ("meal", "stack: fish oil, vit D3, magnesium glycinate, zinc", "", ""),
    ("meal", "cheat meal: large dominos pepperoni + garlic & herb dip", "wheat dairy", "sugar soy"),
    ("meal", "creatine in orange juice", "", ""),
    ("meal", "nandos 1/4 chicken medium, spicy rice, corn on the cob, NO garlic bread", "corn", ""),
    ("meal", "casein before bed 1 scoop", "dairy", ""),
    ("meal", "ashwagandha gummies x2", "sugar", "corn"),
    ("meal", "BCAAs (xtend mango) during session", "", "corn"),
    ("meal", "collagen peptides in black coffee", "", ""),
    ("meal", "tuna mayo jacket at the canteen", "", "soy sugar dairy"),  # why: mayo oil, jacket potatoes often buttered
    ("meal", "2 scoops soy protein isolate chocolate in water", "soy", "sugar"),
]

# ---------------------------------------------------------------------------
# Keisha, Atlanta, sales rep: eats out, orders with modifications
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "Chipotle bowl: brown rice, black beans, chicken, fajita veg, mild salsa, corn salsa, guac. NO cheese NO sour cream", "corn", ""),
    ("meal", "Starbucks grande iced brown sugar oatmilk shaken espresso", "sugar", ""),
    ("meal", "Cheesecake Factory chicken madeira, subbed broccoli for the mashed potatoes", "dairy", "wheat sugar"),
    ("meal", "Chick-fil-A waffle fries + lemonade", "sugar", "corn"),
    ("meal", "Sweetgreen harvest bowl no goat cheese, extra balsamic vin", "", "sugar"),
    ("meal", "PF Changs chicken lettuce wraps", "soy wheat sugar", "corn"),
    ("meal", "Taco Bell crunchwrap supreme, sub beans for beef, no sour cream", "wheat corn dairy", "soy sugar"),  # why: nacho cheese sauce still in it
    ("meal", "Olive Garden minestrone, salad no croutons dressing on the side (didn't use it), 1 breadstick", "wheat", "dairy sugar soy"),
    ("meal", "waffle house hashbrowns scattered covered chunked", "dairy", "corn soy"),  # why: covered means cheese
    ("meal", "sashimi platter no rice, tamari instead of soy sauce", "soy", "wheat"),
    ("meal", "Panera broccoli cheddar in a bread bowl", "wheat dairy", "sugar corn"),
    ("meal", "Zaxbys fingerz plate, subbed salad for fries, no texas toast, no zax sauce", "wheat", "dairy corn soy"),
    ("meal", "venti pink drink", "sugar", ""),  # why: coconut milk is not dairy; base is sweetened
    ("meal", "Publix sub: turkey on wheat, provolone, mayo, lettuce, tomato", "wheat dairy", "sugar soy"),
    ("meal", "grilled salmon + steamed veg, asked for NO butter, side of rice", "", ""),
    ("meal", "lemon pepper wings (6) from JR Crickets", "dairy", "corn soy"),  # why: lemon pepper wet is butter-based
]

# ---------------------------------------------------------------------------
# Ben, Dublin, plasterer: pints, chippers and the fry
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "4 pints of guinness", "", "wheat"),
    ("meal", "full irish: rashers, sausages, black n white pudding, beans, egg, toast", "wheat sugar", "dairy corn"),
    ("meal", "taco fries from the chipper", "dairy", "corn soy wheat"),
    ("meal", "spice bag 🔥", "wheat", "sugar corn soy"),
    ("meal", "bag of tayto cheese n onion", "dairy", "sugar corn"),
    ("meal", "hot whiskey w cloves and a spoon of sugar", "sugar", "corn"),
    ("meal", "2 bulmers", "sugar", "corn wheat"),
    ("meal", "chicken fillet roll w taco mayo... no wait they did it in a gluten free wrap, and no mayo", "", "corn sugar soy"),
    ("meal", "brown bread n butter with smoked salmon", "wheat dairy", "sugar"),  # why: soda bread is made with buttermilk
    ("meal", "pint of heineken n a bag of scampi fries", "wheat", "corn soy sugar"),
    ("meal", "vodka soda lime x3", "", ""),
    ("meal", "irish coffee", "dairy sugar", "corn"),
    ("meal", "shepherds pie me mam made", "dairy", "wheat"),
    ("meal", "corned beef n cabbage w spuds", "", "sugar"),  # why: corned beef is not corn; brines can contain sugar
]

# ---------------------------------------------------------------------------
# Hannah, Berlin, PhD student: German, quick notes
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "Brötchen mit Butter und Marmelade, Milchkaffee", "wheat dairy sugar", ""),
    ("meal", "Currywurst mit Pommes", "sugar", "corn soy wheat"),
    ("meal", "Döner ohne Soße, nur Salat", "wheat", "dairy soy"),
    ("meal", "Müsli mit Haferdrink ungesüßt", "", "wheat sugar"),
    ("meal", "Käsespätzle mit Röstzwiebeln", "wheat dairy", ""),
    ("meal", "Quark mit Leinöl und Pellkartoffeln", "dairy", ""),
    ("meal", "Apfelschorle und eine Brezel", "wheat", ""),
    ("meal", "Spargel mit Sauce Hollandaise und Kartoffeln", "dairy", ""),
    ("meal", "Maiswaffeln mit Erdnussmus", "corn", ""),
    ("meal", "Pfannkuchen, nein Quatsch, es waren Kartoffelpuffer mit Apfelmus", "", "wheat sugar"),
    ("meal", "ein Radler nach der Uni", "sugar", "wheat corn"),
    ("meal", "Tofu-Bratwurst vom Grill mit Senf", "soy", "wheat sugar"),
]

# ---------------------------------------------------------------------------
# Nora, Edinburgh, librarian: pastes UK labels; bold allergens come through as CAPITALS
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("label", "Rough Oatcakes\nIngredients: Wholegrain OATS (86%), Sustainable Palm Fruit Oil, Sea Salt, Raising Agent (Sodium Bicarbonate).\nMay contain WHEAT, MILK.", "", "wheat dairy"),
    ("label", "Digestive Biscuits\nIngredients: WHEAT Flour (with Calcium, Iron, Niacin, Thiamin), Vegetable Oil (Palm), Wholemeal WHEAT Flour (17%), Sugar, Glucose-Fructose Syrup, Raising Agents (Sodium Bicarbonate, Malic Acid, Ammonium Bicarbonate), Salt.", "wheat sugar", "corn"),
    ("label", "MILK CHOCOLATE\nIngredients: Sugar, Cocoa Butter, Dried Whole MILK, Cocoa Mass, Dried Skimmed MILK, Whey Powder (MILK), Emulsifier (SOYA Lecithin), Flavourings.\nMilk Solids 20% minimum. Cocoa Solids 25% minimum.\nMay contain Nuts, WHEAT.", "dairy sugar soy", "wheat"),
    ("label", "Traditional Haggis\nINGREDIENTS: Lamb Lung (24%), Beef Fat, OATMEAL (13%), Water, Onions, Lamb Liver (5%), Salt, Spices, Pepper, Lamb Stock (Lamb Bone, Salt, Dextrose), Natural Casing.\nAllergy advice: for allergens see ingredients in CAPITALS. Made in a factory that also handles WHEAT, MILK, SOYA.", "sugar", "corn wheat dairy soy"),
    ("label", "Scottish Tablet\nIngredients: Sugar, Sweetened Condensed MILK (Whole MILK, Sugar), BUTTER (MILK) (10%), Glucose Syrup, Vanilla Extract.", "dairy sugar", "corn wheat"),
    ("label", "IRN-BRU\nIngredients: Carbonated Water, Sugar, Acid (Citric Acid), Flavourings (including Caffeine), Preservative (Potassium Sorbate), Sweeteners (Aspartame, Acesulfame K), Colours (Sunset Yellow, Ponceau 4R).\nContains a source of phenylalanine.", "sugar", "corn"),
    ("label", "Gluten Free Brown Seeded Loaf\nIngredients: Water, Tapioca Starch, Rice Flour, Psyllium Husk, Rapeseed Oil, Maize Starch, Sugar, Yeast, Potato Starch, Sunflower Seeds (4%), Salt, Cider Vinegar.\nFREE FROM gluten, wheat & milk. Made in a factory that uses EGG.", "corn sugar", ""),
    ("label", "Scotch Pie\nIngredients: Pastry (WHEAT Flour (Calcium Carbonate, Iron, Niacin, Thiamin), Water, Beef Dripping, Salt), Mutton (30%), Water, Rusk (WHEAT Flour, Salt, Raising Agent (Ammonium Bicarbonate)), Seasoning (Salt, Dextrose, Spices, Onion Powder), SOYA Protein Concentrate.", "wheat soy sugar", "corn"),
    ("label", "Custard Creams\nWHEAT Flour (Calcium, Iron, Niacin, Thiamin), Sugar, Palm Oil, Whey Powder (MILK), Glucose Syrup, Dextrose, Salt, Raising Agents (Ammonium Hydrogen Carbonate, Sodium Hydrogen Carbonate), Flavouring, Colour (Annatto Norbixin).", "wheat sugar dairy", "corn"),
    ("label", "OAT DRINK Barista Edition\nIngredients: Oat base (water, oats 10%), rapeseed oil, acidity regulator (dipotassium phosphate), calcium carbonate, salt, vitamins (D2, riboflavin, B12).\nGluten: oats contain gluten. May contain traces of other cereals.", "", "wheat"),
    ("label", "Tea Cakes\nIngredients: Sugar, Glucose Syrup, Dried Egg White, WHEAT Flour, Vegetable Oil (Palm, Palm Kernel), Cocoa Mass, Cocoa Butter, Dried Whole MILK, Dried Skimmed MILK, Lactose (MILK), Emulsifier (SOYA Lecithin), Salt, Flavourings, Raising Agents (Sodium Bicarbonate).", "wheat sugar dairy soy", "corn"),
    ("label", "Cullen Skink\nIngredients: Water, Smoked Haddock (FISH) (15%), Potatoes, Double Cream (MILK) (7%), Onions, BUTTER (MILK), Modified Maize Starch, Salt, White Pepper.", "dairy corn", ""),
    ("label", "No Added Sugar Orange Squash\nIngredients: Water, Orange Fruit from Concentrate (20%), Acids (Citric Acid, Malic Acid), Acidity Regulator (Sodium Citrates), Sweeteners (Sucralose, Acesulfame K), Preservatives (Potassium Sorbate, Sodium Metabisulphite), Natural Flavouring, Stabiliser (Cellulose Gum).", "", "corn sugar"),  # why: fruit from concentrate is a possible sugar despite the claim
    ("label", "ALL BUTTER SHORTBREAD FINGERS\nWHEAT flour, BUTTER (MILK) (32%), sugar, rice flour, salt.", "wheat dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Rosa, San Antonio TX, HR manager: one long run-on message per day, late at night
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "ok so today: breakfast taco from the gas station (egg potato cheese flour tortilla), then like 3 diet dr peppers, lunch was leftover enchiladas (corn tortillas red sauce queso fresco) and dinner we did fajitas w flour tortillas guac pico no sour cream bc im trying", "wheat corn dairy", "soy sugar"),
    ("meal", "woke up late just coffee w coffeemate french vanilla, at work someone brought kolaches so i had a sausage one, lunch salad w chicken and honey mustard, dinner chili w fritos on top", "wheat sugar corn dairy", "soy"),  # why: kolache dough has milk, butter and sugar
    ("meal", "breakfast nothing. lunch HEB california roll w soy sauce. snack takis. dinner brisket potato salad beans white bread pickles bbq sauce and a shiner", "sugar soy wheat corn", ""),
    ("meal", "whataburger honey butter chicken biscuit at 7 then nothing til 3 bc meetings, ate an rxbar chocolate sea salt, then dinner spaghetti w raos marinara and garlic bread", "wheat dairy sugar", ""),
    ("meal", "migas w corn tortilla strips and cheese, lunch pork tamales from the lady at church, dinner just popcorn and a glass of red", "corn dairy", "soy"),
    ("meal", "smoothie (banana spinach almond butter unsweetened almond milk), lunch chick fil a grilled nuggets + fruit cup, dinner salmon rice asparagus. oh and 2 hershey kisses", "dairy sugar soy", ""),
    ("meal", "pan dulce w cafe de olla in the morning, torta de milanesa for lunch, dinner caldo de res w corn on the cob and rice", "wheat sugar dairy corn", "soy"),  # why: café de olla is sweetened with piloncillo
    ("meal", "frito pie at the game, a coke and a pickle", "corn dairy sugar", "wheat soy"),
    ("meal", "made breakfast tacos w corn tortillas, eggs, chorizo. lunch was a big salad w olive oil and lime. dinner grilled chicken, charro beans, rice. no tortillas at dinner", "corn", ""),
    ("meal", "dunkin iced coffee w oat milk and the caramel swirl, then panda express orange chicken and chow mein for lunch, dinner i skipped and had cheez its in bed", "sugar wheat soy dairy", "corn"),
    ("meal", "church potluck: king ranch casserole, deviled eggs, banana pudding, sweet tea", "dairy corn sugar wheat", "soy"),  # why: casserole uses corn tortillas and canned cream soup; pudding has vanilla wafers
    ("meal", "elote en vaso from the truck w mayo, cotija, chile and lime", "corn dairy", "soy sugar"),
]

# ---------------------------------------------------------------------------
# Aiko, Osaka, office worker: English with romaji food words
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "konbini onigiri (sake) + ocha", "", ""),
    ("meal", "natto gohan with the little tare packet and karashi", "soy", "wheat sugar"),
    ("meal", "lunch: katsu curry at CoCo Ichi", "wheat", "sugar dairy soy"),
    ("meal", "miso shiru, grilled saba, rice, tsukemono", "soy", "sugar"),
    ("meal", "7-11 melon pan + cafe latte", "wheat sugar dairy", ""),
    ("meal", "tonkotsu ramen + kaedama", "wheat", "soy"),
    ("meal", "okonomiyaki w otafuku sauce + kewpie", "wheat sugar soy", "corn"),
    ("meal", "5 yakitori (tare) + highball", "soy wheat sugar", ""),
    ("meal", "onsen tamago and a pocari", "sugar", "corn"),
    ("meal", "sukiyaki at my parents, raw egg dip", "soy wheat sugar", ""),
    ("meal", "matcha latte w soy milk, no syrup", "soy", ""),
    ("meal", "zaru soba (juwari, 100% buckwheat) with tsuyu", "soy wheat sugar", ""),  # why: noodles are wheat-free but tsuyu is soy sauce, mirin and sugar
    ("label", "Pocky Chocolate\nIngredients: Wheat Flour, Sugar, Cocoa Mass, Vegetable Oil, Shortening, Whole Milk Powder, Sweetener (Glucose Syrup), Butter, Salt, Cocoa Butter, Yeast, Lactose, Emulsifier (Soy Lecithin), Flavour, Leavening.\nAllergens: WHEAT, MILK, SOY", "wheat sugar dairy soy", "corn"),
    ("label", "INSTANT MISO SOUP TOFU & WAKAME 3 SERVINGS\nINGREDIENTS: MISO (SOYBEANS, RICE, SALT), DRIED TOFU (SOYBEANS), DRIED WAKAME, BONITO EXTRACT, DEXTRIN, YEAST EXTRACT, DRIED GREEN ONION, SEASONING (AMINO ACIDS)\nCONTAINS: SOY. MAY CONTAIN WHEAT, MILK.", "soy", "corn wheat dairy"),
]

# ---------------------------------------------------------------------------
# Marco, Milan, engineer: Italian, bar breakfasts
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "cornetto e cappuccino al bar", "wheat dairy sugar", ""),
    ("meal", "pranzo: risotto alla milanese", "dairy", ""),
    ("meal", "pasta al pomodoro, niente parmigiano", "wheat", ""),
    ("meal", "polenta e funghi con un po' di gorgonzola", "corn dairy", ""),
    ("meal", "spritz e olive all'aperitivo", "sugar", ""),
    ("meal", "pizza margherita, anzi no, era una marinara senza mozzarella", "wheat", ""),
    ("meal", "tramezzino tonno e maionese", "wheat", "soy sugar dairy"),
    ("label", "GRISSINI TORINESI\nIngredienti: farina di GRANO tenero tipo 0, olio extravergine di oliva (8%), lievito, sale, malto d'ORZO.\nPuò contenere tracce di SESAMO, LATTE e SOIA.", "wheat", "dairy soy"),
    ("label", "CREMA SPALMABILE ALLE NOCCIOLE E CACAO\nIngredienti: zucchero, olio di palma, NOCCIOLE 13%, cacao magro 7,4%, LATTE scremato in polvere 6,6%, siero di LATTE in polvere, emulsionanti: lecitine (SOIA), vanillina.", "sugar dairy soy", ""),
]

# ---------------------------------------------------------------------------
# Grace, Auckland, midwife: corrects herself constantly
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "brekkie: weetbix w milk. actually no, it was rice bubbles bc we ran out", "dairy sugar", "wheat"),  # why: milk stays; Rice Bubbles have sugar and barley malt
    ("meal", "lunch sushi from the food court, scratch that, it was a poke bowl, salmon, edamame, shoyu dressing", "soy wheat", "sugar"),
    ("meal", "mince pie, sorry, MEAT pie I mean, mince and cheese from the bakery", "wheat dairy", "sugar soy"),
    ("meal", "L&P + a pineapple lump or two (ok five)", "sugar dairy", "corn soy"),
    ("meal", "fish n chips but grilled not battered, and I didn't eat the white bread", "", "corn soy"),
    ("meal", "kumara, silverbeet, roast lamb w gravy... ok the gravy was from a packet", "", "wheat corn soy sugar"),
    ("meal", "flat white not a latte, whatever, it had milk", "dairy", ""),
    ("meal", "pavlova at nan's w cream and kiwifruit", "sugar dairy", "corn wheat"),  # why: pavlova uses cornflour, which in NZ may be wheaten
    ("meal", "said no cheese on the burger, they put it on anyway, scraped it off and ate it", "wheat dairy", "sugar"),  # why: cheese residue remains
    ("meal", "two weetbix w trim milk and brown sugar, no sugar actually, banana instead", "wheat dairy sugar", ""),  # why: Weet-Bix itself contains sugar
    ("meal", "kombucha (the ginger one)", "", "sugar"),
    ("meal", "stir fry w tofu and coconut aminos, NOT soy sauce", "soy", ""),
    ("meal", "hokey pokey ice cream one scoop", "dairy sugar", "corn"),
    ("meal", "cheese scone. wait no, date scone", "wheat dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Lena, Amsterdam, designer: mixes English and Dutch, pastes Dutch labels
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "boterham met kaas en een glas karnemelk", "wheat dairy", "sugar"),
    ("meal", "hagelslag op brood 🙈", "wheat sugar", "dairy soy"),
    ("meal", "kibbeling with garlic sauce from the market", "wheat", "soy sugar corn dairy"),
    ("meal", "stamppot boerenkool met rookworst", "dairy", "sugar soy corn"),  # why: mash made with milk and butter; smoked sausage can contain dextrose and soy
    ("meal", "bitterballen x6 with mustard and a biertje", "wheat dairy", "corn soy"),
    ("meal", "stroopwafel with my coffee", "wheat sugar dairy", ""),
    ("meal", "vanilla vla for dessert", "dairy sugar", "corn"),
    ("label", "Ontbijtkoek\nIngrediënten: ROGGEMEEL, suikerstroop, glucose-fructosestroop, suiker, specerijen, rijsmiddelen (E500, E503).\nKan sporen bevatten van TARWE, MELK en NOTEN.", "sugar", "wheat dairy corn"),  # why: rye is not wheat
    ("label", "Pindakaas\nIngrediënten: geroosterde pinda's (94%), plantaardige olie (palm), zout, suiker.", "sugar", ""),
    ("label", "Chocoladehagelslag puur\nIngrediënten: suiker, cacaomassa, cacaoboter, emulgator (SOJALECITHINE), mager cacaopoeder, vanillearoma.\nKan MELK bevatten.", "sugar soy", "dairy"),
]

# ---------------------------------------------------------------------------
# Chris, Seattle, software tester: copies labels off shopping sites, junk and all
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("label", "KIND Bar, Dark Chocolate Nuts & Sea Salt, Gluten Free, 1.4 Ounce, 12 Count\nIngredients\nAlmonds, Peanuts, Chicory Root Fiber, Honey, Palm Kernel Oil, Sugar, Glucose Syrup, Rice Flour, Unsweetened Chocolate, Sea Salt, Cocoa Powder, Soy Lecithin, Natural Flavor.\nCONTAINS PEANUTS, ALMONDS, SOY.", "sugar soy", "corn wheat dairy"),
    ("label", "Ritz Original Crackers 13.7 oz\nINGREDIENTS: UNBLEACHED ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE {VITAMIN B1}, RIBOFLAVIN {VITAMIN B2}, FOLIC ACID), SOYBEAN OIL, SUGAR, PALM OIL, SALT, LEAVENING (CALCIUM PHOSPHATE AND/OR BAKING SODA), HIGH FRUCTOSE CORN SYRUP, SOY LECITHIN, NATURAL FLAVOR.\nCONTAINS: WHEAT, SOY.", "wheat soy sugar corn", ""),
    ("label", "Original Ranch Dressing\nIngredients: Vegetable Oil (Soybean and/or Canola), Water, Egg Yolk, Sugar, Salt, Cultured Nonfat Buttermilk, Natural Flavors (Soy), Less than 1% of: Spices, Dried Garlic, Dried Onion, Vinegar, Phosphoric Acid, Xanthan Gum, Modified Food Starch, Monosodium Glutamate, Artificial Flavors, Disodium Phosphate, Sorbic Acid and Calcium Disodium EDTA as preservatives.\nCONTAINS: EGG, MILK, SOY", "dairy sugar soy", "corn wheat"),
    ("label", "Chewy Granola Bars Chocolate Chip 8ct\nIngredients: Granola (Whole Grain Rolled Oats, Brown Sugar, Crisp Rice [Rice Flour, Sugar, Salt, Barley Malt], Whole Grain Rolled Wheat, Soybean Oil, Dried Coconut, Whole Wheat Flour, Sodium Bicarbonate, Soy Lecithin, Caramel Color, Nonfat Dry Milk), Corn Syrup, Semisweet Chocolate Chips (Sugar, Chocolate Liquor, Cocoa Butter, Soy Lecithin, Vanilla Extract), Invert Sugar, Sugar, Corn Syrup Solids, Glycerin, Sorbitol.", "wheat sugar soy dairy corn", ""),
    ("label", "Organic Plant Based Protein Powder, Creamy Chocolate Fudge - 2.03 lb\nIngredients: Organic Protein Blend (Organic Pea Protein, Organic Brown Rice Protein, Organic Chia Seed), Organic Creamer Base (Organic Acacia Gum, Organic High Oleic Sunflower Oil, Organic Rice Bran Extract, Organic Rosemary Extract), Organic Cocoa, Organic Inulin, Himalayan Salt, Organic Guar Gum, Organic Stevia, Organic Monk Fruit.\nVegan | Dairy Free | Soy Free | Gluten Free", "", ""),
    ("label", "Original Beef Jerky 2.85oz\nINGREDIENTS: Beef, Water, Sugar, Less than 2% of: Salt, Soy Sauce (Water, Wheat, Soybeans, Salt), Flavorings, Maltodextrin, Hydrolyzed Corn Protein, Monosodium Glutamate, Yeast Extract, Citric Acid, Sodium Erythorbate, Sodium Nitrite.\nCONTAINS: WHEAT, SOY", "sugar wheat soy corn", ""),
    ("label", "Chocolate Sandwich Cookies, Family Size\nINGREDIENTS: SUGAR, UNBLEACHED ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), PALM AND/OR CANOLA OIL, COCOA (PROCESSED WITH ALKALI), HIGH FRUCTOSE CORN SYRUP, LEAVENING (BAKING SODA AND/OR CALCIUM PHOSPHATE), CORNSTARCH, SALT, SOY LECITHIN, VANILLIN, CHOCOLATE.\nCONTAINS: WHEAT, SOY.\nMAY CONTAIN MILK.", "sugar wheat corn soy", "dairy"),
    ("label", "100% Whole Wheat Bread 20 oz\nIngredients: Whole wheat flour, water, sugar, wheat gluten, yeast, soybean oil, contains 2% or less of: salt, molasses, cultured wheat flour, vinegar, calcium propionate (preservative), monoglycerides, soy lecithin, citric acid.", "wheat sugar soy", "corn"),
    ("label", "Tomato Ketchup 32 oz\nINGREDIENTS: TOMATO CONCENTRATE FROM RED RIPE TOMATOES, DISTILLED VINEGAR, HIGH FRUCTOSE CORN SYRUP, CORN SYRUP, SALT, SPICE, ONION POWDER, NATURAL FLAVORING.", "sugar corn", ""),
    ("label", "Cheddar Style Shreds, Dairy-Free\nIngredients: Filtered Water, Tapioca Starch, Expeller Pressed Canola and/or Safflower Oil, Coconut Oil, Pea Protein, Salt, Vegan Natural Flavors, Potato Starch, Lactic Acid (Vegan), Yeast Extract, Xanthan Gum, Annatto.\nFree of dairy, gluten, soy, egg, peanuts, tree nuts.", "", "corn"),
    ("label", "Almondmilk Original Half Gallon\nINGREDIENTS: ALMONDMILK (FILTERED WATER, ALMONDS), CANE SUGAR, CALCIUM CARBONATE, SEA SALT, POTASSIUM CITRATE, SUNFLOWER LECITHIN, GELLAN GUM, VITAMIN A PALMITATE, VITAMIN D2, D-ALPHA-TOCOPHEROL (NATURAL VITAMIN E).", "sugar", ""),  # why: sunflower lecithin is not soy
    ("label", "Energy Bar Chocolate Chip\nINGREDIENTS: ORGANIC BROWN RICE SYRUP, ORGANIC ROLLED OATS, SOY PROTEIN ISOLATE, ORGANIC CANE SYRUP, ORGANIC ROASTED SOYBEANS, RICE FLOUR, ORGANIC SEMISWEET CHOCOLATE (ORGANIC CANE SUGAR, ORGANIC CHOCOLATE, ORGANIC COCOA BUTTER, ORGANIC SOY LECITHIN, ORGANIC VANILLA EXTRACT), ORGANIC OAT FIBER, ORGANIC SOY FLOUR, SEA SALT, NATURAL FLAVORS, BARLEY MALT EXTRACT.\nCONTAINS SOY. MAY CONTAIN PEANUTS, TREE NUTS, MILK AND WHEAT.", "sugar soy", "dairy wheat"),
    ("label", "Cheddar Baked Snack Crackers\nINGREDIENTS: ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, VITAMIN B1 [THIAMIN MONONITRATE], VITAMIN B2 [RIBOFLAVIN], FOLIC ACID), VEGETABLE OIL (HIGH OLEIC SOYBEAN, PALM, AND PALM KERNEL OIL WITH TBHQ FOR FRESHNESS), CHEESE MADE WITH SKIM MILK (SKIM MILK, WHEY PROTEIN, SALT, CULTURES, ENZYMES, ANNATTO EXTRACT FOR COLOR). CONTAINS TWO PERCENT OR LESS OF SALT, PAPRIKA, YEAST, PAPRIKA EXTRACT COLOR, SOY LECITHIN.\nCONTAINS WHEAT, MILK, SOY INGREDIENTS.", "wheat dairy soy", ""),
    ("label", "Thirst Quencher Lemon-Lime 28 fl oz\nINGREDIENTS: WATER, SUGAR, DEXTROSE, CITRIC ACID, SALT, SODIUM CITRATE, MONOPOTASSIUM PHOSPHATE, MODIFIED FOOD STARCH, NATURAL FLAVOR, GLYCEROL ESTER OF ROSIN, YELLOW 5.", "sugar", "corn wheat"),
    ("label", "Chickpea Rotini 8 oz\nIngredients: Chickpeas, Pea Protein, Tapioca, Xanthan Gum.\nGluten free. Made in a facility that also processes soy.", "", "corn soy"),
    ("label", "Sharp Cheddar Cheese Block 2 lb\nINGREDIENTS: CULTURED PASTEURIZED MILK, SALT, ENZYMES, ANNATTO (COLOR).", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Fatima, Manchester, pharmacy student: fast thumbs, typos, autocorrect
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "had chesse chips frm the chippy n a cheescake slice", "dairy wheat sugar", "corn soy"),
    ("meal", "brekfast greek yoghurt w hunny n granola", "dairy sugar", "wheat"),  # why: granola is usually sweetened; honey is a possible on its own
    ("meal", "chicken shwarma wrap garlic mayo no chilli", "wheat", "soy sugar dairy"),
    ("meal", "ducking starving had a maccies breakfast wrap n hash brown", "wheat dairy", "sugar corn soy"),
    ("meal", "tea w 2 sugars n a biriyani from the takeaway", "sugar dairy", ""),
    ("meal", "samosa chaat w yoghurt n tamarind chutney", "wheat dairy sugar", "corn soy"),
    ("meal", "dates n water for iftar then lentil soup n rice", "", ""),
    ("meal", "rice krispie square my niece made", "sugar dairy", "wheat corn"),
    ("meal", "lamb karahi n 2 naans the buttered ones", "dairy wheat", "sugar"),
    ("meal", "mango lassi", "dairy sugar", ""),
    ("meal", "autocorrect put sour fish, i meant sourdough w avo n chilli flakes", "wheat", ""),
    ("meal", "fruit salad w alpro coconut yoghurt", "", "corn wheat"),
    ("meal", "greggs sausage roll n a caramel latte", "wheat dairy sugar", "soy corn"),
    ("meal", "halloumi wrap w sweet chilli sauce", "dairy wheat sugar", ""),
    ("label", "Chicken Tikka Masala with Pilau Rice\nINGREDIENTS: Cooked Pilau Rice (Water, Basmati Rice, Rapeseed Oil, Cumin Seed, Salt, Colour (Curcumin)), Chicken Breast (25%), Onion, Tomato Purée, Single Cream (MILK), Yogurt (MILK), Sugar, Ginger Purée, Garlic Purée, BUTTER (MILK), Cornflour, Ground ALMONDS, Coriander, Spices, Salt, Lemon Juice Concentrate.\nAllergy Advice: for allergens, including cereals containing gluten, see ingredients in BOLD.", "dairy sugar corn", ""),
    ("label", "PERi-PERi Sauce Medium\nIngredients: Water, Onion, Chilli (14%), Lemon Juice, Salt, Sunflower Oil, Garlic, Spirit Vinegar, Stabiliser (Xanthan Gum), Citrus Fruit Peel, Paprika, Herbs, Antioxidant (Ascorbic Acid).", "", "corn"),
]

# ---------------------------------------------------------------------------
# Raj, Bangalore, bank clerk: Indian English, tiffin and canteen
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "morning filter coffee with milk and sugar, 2 idli with sambar and coconut chutney", "dairy sugar", ""),
    ("meal", "masala dosa at CTR, lots of butter", "dairy", ""),
    ("meal", "tiffin: 3 chapati, beans palya, curd rice", "wheat dairy", ""),
    ("meal", "evening tea and 4 marie biscuits", "wheat sugar", "dairy corn"),
    ("meal", "paneer butter masala and 2 butter naan, dinner party", "dairy wheat", "sugar"),
    ("meal", "upma made with rava", "wheat", "dairy"),  # why: rava is semolina
    ("meal", "pongal, sorry no, it was khichdi, with ghee", "dairy", ""),
    ("meal", "bhel puri from the cart", "wheat sugar", ""),  # why: papdi is maida; chutney has jaggery
    ("meal", "mango lassi, no sugar added, just mango and curd", "dairy", ""),
    ("meal", "bournvita with milk for the kid, i had the leftover half", "dairy sugar", "wheat"),
    ("meal", "2 packets maggi at midnight", "wheat", "sugar corn soy"),
    ("meal", "gulab jamun 2 at the wedding", "dairy sugar wheat", ""),
    ("label", "Parle-G Original Gluco Biscuits\nINGREDIENTS: Wheat Flour (68%), Sugar, Edible Vegetable Oil (Palm), Invert Sugar Syrup, Leavening Agents [503(ii), 500(ii)], Milk Solids, Salt, Emulsifiers [322(i), 471], Dough Conditioner (223).\nCONTAINS WHEAT, MILK. MAY CONTAIN SOY.", "wheat sugar dairy", "soy"),
    ("label", "Ready to Eat Dal Makhani\nIngredients: Water, Black Gram (Urad) (13%), Butter (5%), Tomato Paste, Cream (3%), Kidney Beans (2%), Edible Vegetable Oil (Refined Cottonseed Oil), Salt, Ginger, Garlic, Spices & Condiments, Sugar.", "dairy sugar", ""),
    ("label", "Aloo Bhujia\nIngredients: Potato (38%), Edible Vegetable Oil (Cotton Seed, Corn & Palmolein Oil), Tepary Beans Flour, Gram Pulse Flour, Iodised Salt, Spices & Condiments, Citric Acid.", "corn", ""),
]

# ---------------------------------------------------------------------------
# Olu, Lagos, logistics manager: Nigerian English, small chops and swallow
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "jollof rice and fried plantain at my aunty's", "", "sugar soy corn"),  # why: stock cubes and vegetable oil
    ("meal", "agege bread and akara this morning", "wheat", "sugar soy corn"),  # why: agege bread is sweetened; akara fried in vegetable oil
    ("meal", "pounded yam and egusi soup", "", "soy corn"),
    ("meal", "2 meat pies and a malt drink", "wheat sugar", "dairy corn"),  # why: pastry may use butter or margarine; malt drinks are sweetened
    ("meal", "puff puff at the owambe, like 6", "wheat sugar", "corn soy"),
    ("meal", "pap (ogi) with milk and sugar", "corn dairy sugar", ""),  # why: ogi is fermented maize
    ("meal", "suya and a chapman", "sugar", "soy wheat"),  # why: suya spice blend often has bouillon; chapman uses sweet soda and grenadine
    ("meal", "indomie with egg, used only half the seasoning", "wheat", "sugar corn soy"),
    ("meal", "moi moi and custard", "corn dairy sugar", "soy"),  # why: custard powder is cornflour, served with milk and sugar
    ("meal", "boiled yam and garden egg sauce, no maggi cube", "", ""),
    ("label", "Malt Drink Non-Alcoholic 33cl\nINGREDIENTS: Water, Barley Malt, Sugar, Maize, Glucose Syrup, Hops, Caramel (E150c), Vitamins (B1, B2, B6, Niacin).", "sugar corn", "wheat"),
    ("label", "Custard Powder Vanilla Flavour\nIngredients: Cornflour (Maize Starch), Salt, Flavouring, Colour (Annatto).", "corn", ""),
]

# ---------------------------------------------------------------------------
# Beatriz, São Paulo, nurse: Portuguese, padaria and lanchonete
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "pão na chapa e pingado", "wheat dairy", "sugar"),  # why: griddled bread with butter; coffee with a drop of milk
    ("meal", "pão de queijo (3)", "dairy", ""),  # why: tapioca starch, no wheat
    ("meal", "almoço: arroz, feijão, bife, salada e farofa", "", "dairy"),  # why: farofa is cassava flour, often fried in butter
    ("meal", "açaí na tigela com granola e leite condensado", "sugar dairy", "wheat"),
    ("meal", "coxinha e guaraná", "wheat sugar", "dairy corn soy"),  # why: dough and filling often have butter or catupiry
    ("meal", "tapioca com queijo coalho, sem manteiga", "dairy", ""),
    ("meal", "brigadeiro de aniversário, só 2", "dairy sugar", ""),
    ("meal", "caipirinha de limão", "sugar", ""),
    ("label", "BISCOITO RECHEADO SABOR CHOCOLATE\nINGREDIENTES: Farinha de TRIGO enriquecida com ferro e ácido fólico, açúcar, gordura vegetal, cacau em pó, amido, soro de LEITE em pó, sal, fermentos químicos, emulsificante lecitina de SOJA, aromatizante.\nALÉRGICOS: CONTÉM TRIGO, LEITE E SOJA. CONTÉM GLÚTEN.", "wheat sugar dairy soy", "corn"),
    ("label", "Farofa Pronta Temperada\nIngredientes: farinha de mandioca, gordura vegetal, sal, cebola, alho, corante natural urucum.\nNÃO CONTÉM GLÚTEN. PODE CONTER LEITE.", "", "dairy soy corn"),  # why: unnamed vegetable fat
]

# ---------------------------------------------------------------------------
# Dave, Sydney, electrician: sauce on everything, Aussie slang
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "snag in bread w tomato sauce and onions at bunnings", "wheat sugar", "soy corn"),
    ("meal", "vegemite on toast heaps of butter", "wheat dairy", "sugar"),  # why: yeast extract from barley and wheat
    ("meal", "meat pie w dead horse", "wheat sugar", "soy corn dairy"),
    ("meal", "chicken schnitty w gravy, chips and a side of aioli", "wheat", "soy sugar corn dairy"),
    ("meal", "rump w mushroom sauce at the pub", "dairy", "wheat"),
    ("meal", "salad w just olive oil n lemon, skipped the caesar dressing", "", ""),
    ("meal", "kebab w garlic, bbq and chilli sauce", "wheat sugar", "soy dairy corn"),
    ("meal", "pad see ew from the thai joint, extra sweet soy", "wheat soy sugar", ""),
    ("meal", "nasi goreng w kecap manis and sambal oelek", "soy sugar", "wheat"),
    ("meal", "hot chips w chicken salt", "", "corn soy wheat"),
    ("meal", "2 tim tams and a soy flat white", "wheat sugar dairy soy", ""),
    ("meal", "fish tacos w chipotle mayo and slaw, flour tortillas", "wheat", "soy sugar dairy corn"),
    ("label", "Tomato Sauce 500mL\nIngredients: Tomatoes (Tomato Paste, Tomatoes) (70%), Sugar, Food Acid (Acetic), Salt, Onion, Spices.", "sugar", ""),
    ("label", "Smoky BBQ Sauce\nIngredients: Sugar, Tomato Paste (22%), Water, Molasses, Thickener (1422 from Maize), Food Acid (260), Salt, Smoke Flavour, Colour (150d), Spices.", "sugar corn", ""),
    ("label", "AIOLI Garlic Mayonnaise\nIngredients: Vegetable Oil (Soybean), Water, Egg Yolk, Vinegar, Sugar, Garlic (3%), Salt, Thickener (Xanthan Gum), Lemon Juice Concentrate.\nContains: Egg, Soy.", "soy sugar", "corn"),
    ("label", "Yeast Spread 380g\nIngredients: Yeast Extract (from Barley and Wheat), Salt, Mineral Salt (508), Malt Extract (from Barley), Colour (150c), Natural Flavour, Vitamins (Thiamine, Riboflavin, Niacin, Folate).\nCONTAINS GLUTEN", "wheat", "corn"),
]

# ---------------------------------------------------------------------------
# Elsa, Stockholm, physio: English with Swedish words, Swedish labels
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "knäckebröd med ost och smör", "dairy", "wheat"),  # why: crispbread is usually rye, some brands add wheat
    ("meal", "fika: kanelbulle och kaffe", "wheat dairy sugar", ""),
    ("meal", "köttbullar w lingonberry jam, mash and cream sauce", "wheat dairy sugar", "soy"),
    ("meal", "oatly oatgurt with berries", "", ""),
    ("label", "Knäckebröd Husman\nIngredienser: FULLKORNSRÅGMJÖL (100%), jäst, salt.", "", ""),
    ("label", "Kaviar Mild\nIngredienser: Rom av torsk 55%, socker, rapsolja, salt, potatisflingor, tomatpuré, konserveringsmedel (natriumbensoat), antioxidationsmedel (askorbylpalmitat).", "sugar", ""),
    ("label", "Havredryck Choklad\nIngredienser: Havrebas (vatten, HAVRE 10%), socker 3,5%, kakao 1%, rapsolja, kalciumkarbonat, salt.\nKan innehålla spår av VETE.", "sugar", "wheat"),
]

# ---------------------------------------------------------------------------
# Mike, Chicago, dad of three: two to four words, often from the car
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "black coffee", "", ""),
    ("meal", "bagel cc", "wheat dairy", "sugar"),
    ("meal", "kids pizza crusts", "wheat", "sugar dairy"),
    ("meal", "portillos italian beef dipped hot", "wheat", "sugar soy corn"),
    ("meal", "2 slices deep dish", "wheat dairy", "corn sugar"),
    ("meal", "chicago dog", "wheat sugar", "corn soy"),  # why: neon relish is sweetened
    ("meal", "garrett mix small bag", "corn sugar dairy", "soy"),
    ("meal", "banana", "", ""),
    ("meal", "eggs toast oj", "wheat", "dairy sugar"),
    ("meal", "rest of the lunchable, crackers n turkey", "wheat", "dairy sugar corn soy"),
    ("meal", "old style x2", "", "corn wheat"),
    ("meal", "leftover baked mac n cheese w breadcrumbs", "wheat dairy", ""),
    ("meal", "premier protein shake choc", "dairy", "soy"),
    ("meal", "celery + ranch", "dairy", "soy sugar corn"),
    ("label", "Turkey & Cheddar Cracker Stackers\nTURKEY BREAST (TURKEY BREAST, WATER, CONTAINS LESS THAN 2% OF MODIFIED FOOD STARCH, SALT, SODIUM PHOSPHATE, DEXTROSE, CARRAGEENAN, SODIUM NITRITE), CRACKERS (ENRICHED FLOUR [WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMIN MONONITRATE, RIBOFLAVIN, FOLIC ACID], SOYBEAN OIL, SUGAR, SALT, LEAVENING), CHEDDAR CHEESE (PASTEURIZED MILK, CHEESE CULTURE, SALT, ENZYMES, ANNATTO)\nCONTAINS: WHEAT, MILK", "wheat soy sugar dairy", "corn"),
    ("label", "Beef Franks\nINGREDIENTS: BEEF, WATER, CONTAINS LESS THAN 2% OF SALT, CORN SYRUP, DEXTROSE, FLAVOR, SODIUM LACTATE, SODIUM PHOSPHATES, SODIUM DIACETATE, SODIUM ERYTHORBATE, SODIUM NITRITE, EXTRACTIVES OF PAPRIKA.", "corn sugar", ""),
]

# ---------------------------------------------------------------------------
# Jen, Vancouver, accountant: pastes Canadian bilingual labels with broken lines
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("label", "Pure Maple Syrup / Sirop d'érable pur\nIngredients: pure maple syrup.\nIngrédients : sirop d'érable pur.", "", "sugar"),
    ("label", "Butter Tarts / Tartelettes au beurre\nIngredients: Pastry (enriched wheat flour, lard, water, salt), Filling (brown sugar, corn syrup, butter, eggs, raisins, vanilla).\nContains: Wheat, Milk, Egg. / Contient : blé, lait, œuf.", "wheat sugar corn dairy", ""),
    ("label", "Nanaimo Bars 6 pack\nIngredients: Icing sugar (sugar, corn starch), butter, graham crumbs (enriched wheat flour, sugar, whole wheat flour, vegetable oil, honey, molasses, salt), semi-sweet chocolate (sugar, unsweetened chocolate, cocoa butter, soy lecithin, vanilla), unsweetened coconut, custard powder (corn starch, salt, colour), walnuts, cocoa, milk.\nContains: wheat, milk, soy, walnuts.", "wheat dairy sugar corn soy", ""),
    ("label", "Coffee Whitener\nIngredients: corn syrup solids, hydrogenated soybean oil, sodium caseinate (a milk derivative), mono- and diglycerides, dipotassium phosphate, artificial flavour.\nIngrédients : solides de sirop de maïs, huile de soya hydrogénée, caséinate de sodium (un dérivé du lait)...", "corn sugar soy dairy", ""),
    ("label", "Smoked Salmon Candy\nIngredients: Sockeye salmon, brown sugar, salt, maple syrup, natural smoke.", "sugar", ""),
    ("label", "KETCHUP flavour potato chips / croustilles saveur de KETCHUP\nIngredients: Potatoes, vegetable oil (canola, sunflower and/or corn), sugar, dextrose, salt, tomato powder, onion powder, citric acid, spices, garlic powder, colour (paprika extract, beet powder), natural flavour.", "sugar", "corn"),
    ("label", "Macaroni & Cheese Dinner\nINGREDIENTS: ENRICHED WHEAT FLOUR (NIACIN, IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), MODIFIED MILK INGREDIENTS, CHEESE (MILK, BACTERIAL CULTURE, SALT, CALCIUM CHLORIDE, ENZYMES), SALT, SODIUM PHOSPHATES, CITRIC ACID, LACTIC ACID, COLOUR (PAPRIKA, ANNATTO, TURMERIC).\nCONTAINS: WHEAT, MILK.", "wheat dairy", "corn"),
    ("label", "Oatmilk Chocolate 55%\nIngredients: cocoa mass, cane sugar, cocoa butter, gluten-free oat powder, sunflower lecithin, vanilla.\nMay contain: milk, hazelnuts.", "sugar", "dairy"),
    ("label", "Extra Firm Tofu / Tofu extra ferme\nIngredients: water, organic soybeans, calcium sulphate, magnesium chloride.\nContains: Soy / Contient : soja", "soy", ""),
    ("label", "Hoisin Sauce\nIngredients: sugar, water, fermented soybean paste (water, soybeans, salt, wheat flour), modified corn starch, sweet potato, salt, garlic, chili, colour (caramel), spices.\nContains: soy, wheat.", "sugar soy wheat corn", ""),
    ("label", "Brown Rice Crackers Tamari Sesame\nIngredients: whole grain brown rice, sesame seeds, tamari (water, soybeans, salt), seaweed.", "soy", "wheat"),
    ("label", "Buckwheat Pancake Mix\nIngredients: whole grain buckwheat flour, rice flour, cane sugar, baking powder (sodium acid pyrophosphate, sodium bicarbonate, corn starch, monocalcium phosphate), sea salt.\nGluten free. Manufactured in a facility that processes milk and soy.", "sugar corn", "dairy soy"),
    ("label", "Smooth Peanut Butter 1 kg\nIngredients: roasted peanuts, hydrogenated vegetable oil (rapeseed, cottonseed, soybean), sugar, salt.\nContains: peanuts.", "sugar soy", ""),
    ("label", "Coconut Milk / Lait de coco\nIngredients: coconut extract (60%), water, guar gum.", "", ""),
    ("label", "Cheddar Perogies\nIngredients: Dough (enriched wheat flour, water, canola oil, salt), Filling (potatoes, cheddar cheese (milk, bacterial culture, salt, calcium chloride, microbial enzyme, colour), modified milk ingredients, onions, salt, dextrose, spices).\nContains: wheat, milk.", "wheat dairy sugar", "corn"),
    ("label", "Frosted Wheat Squares\nIngredients: Whole grain wheat, sugar, golden syrup, gelatin, barley malt extract, salt.\nMay contain soy.", "wheat sugar", "soy"),
]

# ---------------------------------------------------------------------------
# Tara, Phoenix, school nurse: photographs US labels and pastes the OCR in caps
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("label", "TORTILLA CHIPS RESTAURANT STYLE\nINGREDIENTS: WHOLE CORN, VEGETABLE OIL (CORN, CANOLA, AND/OR SUNFLOWER OIL), SALT.", "corn", ""),
    ("label", "FLOUR TORTILLAS BURRITO SIZE\nINGREDIENTS: ENRICHED BLEACHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), WATER, VEGETABLE SHORTENING (INTERESTERIFIED SOYBEAN OIL, HYDROGENATED SOYBEAN OIL), CONTAINS 2% OR LESS OF: SALT, LEAVENING (SODIUM BICARBONATE, SODIUM ALUMINUM SULFATE, CORN STARCH, MONOCALCIUM PHOSPHATE), SUGAR, DISTILLED MONOGLYCERIDES, ENZYMES, WHEAT STARCH, CALCIUM PROPIONATE.\nCONTAINS: WHEAT", "wheat soy corn sugar", ""),
    ("label", "CHUNKY SALSA MEDIUM\nINGREDIENTS: TOMATOES, WATER, JALAPENO PEPPERS, TOMATO PASTE, ONIONS, VINEGAR, SALT, GARLIC, NATURAL FLAVOR.", "", ""),
    ("label", "TRADITIONAL REFRIED BEANS\nINGREDIENTS: COOKED PINTO BEANS, WATER, LARD, SALT.", "", ""),
    ("label", "RED ENCHILADA SAUCE\nINGREDIENTS: WATER, TOMATO PUREE, CHILI PEPPER, MODIFIED FOOD STARCH, SOYBEAN OIL, SALT, SPICES, ONION POWDER, GARLIC POWDER, DEXTROSE, CITRIC ACID.", "soy sugar", "corn wheat"),
    ("label", "FINELY SHREDDED MEXICAN STYLE 4 CHEESE BLEND\nINGREDIENTS: MONTEREY JACK CHEESE (PASTEURIZED MILK, CHEESE CULTURE, SALT, ENZYMES), MILD CHEDDAR CHEESE (PASTEURIZED MILK, CHEESE CULTURE, SALT, ENZYMES, ANNATTO), QUESO QUESADILLA, ASADERO, POTATO STARCH, POWDERED CELLULOSE AND NATAMYCIN.", "dairy", ""),
    ("label", "FRENCH VANILLA COFFEE CREAMER\nINGREDIENTS: WATER, SUGAR, VEGETABLE OIL (HIGH OLEIC SOYBEAN AND/OR CANOLA), LESS THAN 2% OF SODIUM CASEINATE (A MILK DERIVATIVE)**, MONO- AND DIGLYCERIDES, DIPOTASSIUM PHOSPHATE, NATURAL AND ARTIFICIAL FLAVORS, CELLULOSE GEL, CELLULOSE GUM, CARRAGEENAN.\n**NOT A SOURCE OF LACTOSE", "sugar dairy", "soy"),  # why: caseinate is dairy despite the lactose note
    ("label", "DIET COLA 12 FL OZ\nINGREDIENTS: CARBONATED WATER, CARAMEL COLOR, ASPARTAME, PHOSPHORIC ACID, POTASSIUM BENZOATE (TO PROTECT TASTE), NATURAL FLAVORS, CITRIC ACID, CAFFEINE.\nPHENYLKETONURICS: CONTAINS PHENYLALANINE", "", "corn"),
    ("label", "PROTEIN BAR COOKIE DOUGH 20G PROTEIN\nINGREDIENTS: PROTEIN BLEND (MILK PROTEIN ISOLATE, WHEY PROTEIN ISOLATE), SOLUBLE CORN FIBER, ALMONDS, WATER, NATURAL FLAVORS, PALM KERNEL OIL, COCOA BUTTER, SEA SALT, SUCRALOSE, STEVIA.\nCONTAINS: MILK, ALMONDS.", "dairy corn", ""),
    ("label", "CORN MUFFIN MIX\nINGREDIENTS: WHEAT FLOUR, DEGERMINATED YELLOW CORN MEAL, SUGAR, ANIMAL SHORTENING (LARD, HYDROGENATED LARD, BHT), CONTAINS 2% OR LESS OF: BAKING SODA, SODIUM ACID PYROPHOSPHATE, SALT, MONOCALCIUM PHOSPHATE, NIACIN, REDUCED IRON, THIAMIN MONONITRATE, RIBOFLAVIN, FOLIC ACID.", "wheat corn sugar", ""),
    ("label", "HONEY ROASTED PEANUTS\nINGREDIENTS: PEANUTS, SUGAR, HONEY, CORN SYRUP, XANTHAN GUM, SALT, MODIFIED CORNSTARCH, PEANUT OIL.\nCONTAINS: PEANUTS", "sugar corn", ""),
    ("label", "GREEK NONFAT YOGURT PLAIN\nINGREDIENTS: CULTURED PASTEURIZED NONFAT MILK.\nCONTAINS LIVE AND ACTIVE CULTURES: S. THERMOPHILUS, L. BULGARICUS, L. ACIDOPHILUS, BIFIDUS, L. CASEI.", "dairy", ""),
    ("label", "SAN FRANCISCO STYLE SOURDOUGH\nINGREDIENTS: UNBLEACHED WHEAT FLOUR, WATER, SALT, SOURDOUGH CULTURE.", "wheat", ""),
    ("label", "KIDS MULTIVITAMIN GUMMIES\nINGREDIENTS: GLUCOSE SYRUP, SUGAR, WATER, GELATIN, CITRIC ACID, PECTIN, NATURAL FLAVORS, COLORS (BLACK CARROT JUICE CONCENTRATE, ANNATTO), FRACTIONATED COCONUT OIL, CARNAUBA WAX.", "sugar", "corn wheat"),
    ("label", "ORIGINAL CAYENNE PEPPER SAUCE\nINGREDIENTS: AGED CAYENNE RED PEPPERS, VINEGAR, WATER, SALT, GARLIC POWDER.", "", ""),
    ("label", "VANILLA ICE CREAM SANDWICHES 12 CT\nINGREDIENTS: VANILLA FLAVORED ICE CREAM (MILK, CREAM, SUGAR, CORN SYRUP, WHEY, MONO AND DIGLYCERIDES, GUAR GUM, CARRAGEENAN, NATURAL FLAVOR), WAFERS (ENRICHED FLOUR [WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMIN MONONITRATE, RIBOFLAVIN, FOLIC ACID], SUGAR, CARAMEL COLOR, CORN FLOUR, SOYBEAN OIL, COCOA, MODIFIED CORN STARCH, SALT, BAKING SODA, SOY LECITHIN).\nCONTAINS: MILK, WHEAT, SOY", "wheat dairy sugar corn soy", ""),
]

# ---------------------------------------------------------------------------
# Wendy, Sarasota FL, retired teacher: full sentences, long, careful
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "Breakfast at the clubhouse: two poached eggs, dry rye toast (no butter, I asked twice!) and half a grapefruit. Coffee with a splash of half and half.", "dairy wheat", "sugar"),  # why: US deli rye bread is mostly wheat flour
    ("meal", "Lunch with the girls at Olive Garden, I'm ashamed: Zuppa Toscana, salad and two breadsticks.", "wheat dairy", "sugar soy corn"),
    ("meal", "Dinner was grilled grouper with a baked sweet potato and steamed green beans. I put a little honey on the sweet potato.", "", "sugar"),
    ("meal", "A slice of key lime pie at the Publix party.", "wheat dairy sugar", ""),
    ("meal", "My usual: oatmeal with blueberries and walnuts, and tea with lemon. No sugar.", "", ""),
    ("meal", "I forgot to write yesterday. Cookout: a hamburger on a bun with lettuce and tomato, potato salad, corn on the cob with butter, and watermelon. Two glasses of white wine.", "wheat corn dairy", "sugar soy"),
    ("meal", "One vanilla Ensure in the afternoon.", "dairy sugar corn soy", ""),
    ("meal", "Metamucil in water (the orange sugar-free one) and my fish oil capsule.", "", "corn"),
    ("meal", "The grandkids left half a box of Goldfish and I finished them. Also one of their apple juice boxes.", "wheat dairy", "soy sugar"),
    ("meal", "Cuban sandwich from the bakery near church.", "wheat dairy", "sugar"),
    ("label", "Nutrition Shake Original Vanilla\nIngredients: Water, Corn Maltodextrin, Sugar, Milk Protein Concentrate, Soy Oil, Canola Oil, Soy Protein Isolate, Short-Chain Fructooligosaccharides, Whey Protein Concentrate, Potassium Citrate, Natural & Artificial Flavor, Magnesium Phosphate, Salt, Soy Lecithin, Carrageenan, Vitamins.\nContains milk and soy ingredients.", "dairy sugar corn soy", ""),
    ("label", "Key Lime Pie 8 inch\nIngredients: Sweetened condensed milk (milk, sugar), graham cracker crust (enriched wheat flour, sugar, soybean oil, honey, molasses, salt, baking soda), key lime juice, egg yolks, whipped topping (water, hydrogenated vegetable oil, high fructose corn syrup, sodium caseinate, natural and artificial flavors, xanthan gum).\nContains: milk, wheat, egg, soy.", "dairy sugar wheat soy corn", ""),
    ("label", "SUGAR FREE BUTTERSCOTCH HARD CANDY\nINGREDIENTS: ISOMALT, BUTTER (CREAM, SALT), ACESULFAME POTASSIUM, SUCRALOSE, NATURAL AND ARTIFICIAL FLAVORS, SALT, YELLOW 5, YELLOW 6.\nCONTAINS MILK.", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Tyler, Austin TX, college junior: nights out, hangovers, lowercase
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "3 white claws", "", "sugar corn"),
    ("meal", "jager bombs x4 lmao", "sugar", ""),
    ("meal", "taco cabana at 2am, queso n chips n a bean n cheese taco", "dairy corn wheat", "soy"),
    ("meal", "nothing but gatorade and advil today", "sugar", "corn"),
    ("meal", "titos and topo chico", "", "corn"),  # why: Tito's is distilled from corn
    ("meal", "bud light lime", "", "wheat"),
    ("meal", "cup noodle + hot cheetos", "wheat corn sugar dairy", "soy"),
    ("meal", "gas station kolache and a monster", "wheat dairy sugar", ""),
    ("meal", "chick fil a spicy deluxe NO cheese no pickles, large fry, frosted lemonade", "wheat dairy sugar", "soy corn"),  # why: breading has milk; frosted lemonade is ice cream
    ("meal", "shiner bock + brisket tacos on corn tortillas", "corn", "wheat"),
    ("meal", "rum and coke", "sugar corn", ""),
    ("meal", "bottomless mimosas at brunch, chicken and waffles", "wheat dairy sugar", "corn soy"),
    ("label", "ENERGY DRINK 16 FL OZ\nINGREDIENTS: CARBONATED WATER, SUGAR, GLUCOSE, CITRIC ACID, NATURAL FLAVORS, TAURINE, SODIUM CITRATE, COLOR ADDED, PANAX GINSENG EXTRACT, L-CARNITINE L-TARTRATE, CAFFEINE, SORBIC ACID, BENZOIC ACID, NIACINAMIDE, SUCRALOSE, SALT, INOSITOL, GUARANA EXTRACT, PYRIDOXINE HYDROCHLORIDE, RIBOFLAVIN, MALTODEXTRIN, CYANOCOBALAMIN.", "sugar", "corn wheat"),
    ("label", "FLAMIN' HOT Crunchy Cheese Flavored Snacks\nINGREDIENTS: ENRICHED CORN MEAL (CORN MEAL, FERROUS SULFATE, NIACIN, THIAMIN MONONITRATE, RIBOFLAVIN, AND FOLIC ACID), VEGETABLE OIL (CORN, CANOLA, AND/OR SUNFLOWER OIL), FLAMIN' HOT SEASONING (MALTODEXTRIN [MADE FROM CORN], SALT, SUGAR, MONOSODIUM GLUTAMATE, YEAST EXTRACT, CITRIC ACID, ARTIFICIAL COLOR [RED 40 LAKE, YELLOW 6 LAKE, YELLOW 6, YELLOW 5], SUNFLOWER OIL, CHEDDAR CHEESE [MILK, CHEESE CULTURES, SALT, ENZYMES], ONION POWDER, WHEY, GARLIC POWDER, NATURAL FLAVOR, BUTTERMILK), AND SALT.\nCONTAINS MILK INGREDIENTS.", "corn sugar dairy", ""),
]

# ---------------------------------------------------------------------------
# Sofía, Mexico City, architect: Spanish, street food and supermarket labels
# ---------------------------------------------------------------------------
BLIND21_CASES += [
    ("meal", "chilaquiles verdes con crema y queso, café de olla", "corn dairy sugar", ""),
    ("meal", "guajolota (torta de tamal) y un atole de vainilla", "wheat corn dairy sugar", ""),
    ("meal", "4 tacos de canasta y agua de horchata", "corn sugar", "dairy soy"),
    ("label", "TORTILLAS DE HARINA\nIngredientes: harina de TRIGO enriquecida, agua, manteca vegetal, sal, polvo para hornear (bicarbonato de sodio, pirofosfato ácido de sodio, almidón de maíz), azúcar, propionato de calcio.\nCONTIENE TRIGO (GLUTEN).", "wheat corn sugar", "soy"),
    ("label", "GALLETAS MARÍAS\nIngredientes: harina de TRIGO, azúcar, aceite vegetal, jarabe de maíz de alta fructosa, sal, bicarbonato de sodio, lecitina de SOYA, saborizante artificial (vainilla).\nPuede contener LECHE.", "wheat sugar corn soy", "dairy"),
    ("label", "JUGO SABOR MANGO 1L\nIngredientes: agua, pulpa de mango 20%, azúcar, ácido cítrico, goma xantana, sabor natural, ácido ascórbico.", "sugar", "corn"),
]
