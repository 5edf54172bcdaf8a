# ruff: noqa: E501
"""Blind labelled set 19: everyday eaters on the diet in English-speaking countries and western Europe, logging breakfasts, lunches, takeaways, drinks and pasted supermarket labels."""

BLIND19_CASES: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------------------
# Jess, Columbus, Ohio: mom of three, lowercase, logs from the school car line, emoji
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "coffee w splash of half and half, no sugar ☕", "dairy", ""),
    ("meal", "scrambled eggs + spinach cooked in olive oil", "", ""),
    ("meal", "kids had eggo waffles, i just had a banana w almond butter lol", "", ""),  # why: the waffles were the kids', not hers
    ("meal", "chick fil a grilled nuggets & fruit cup in the car line 🙃", "", "soy sugar"),  # why: marinade/seasoning not known to her
    ("meal", "dinner: tacos w corn tortillas, ground beef, homemade seasoning, lettuce, salsa. no cheese", "corn", ""),
    ("meal", "string cheese and apple slices at soccer", "dairy", ""),
    ("meal", "turkey sandwich on whole wheat w mayo", "wheat", "corn soy sugar"),
    ("meal", "leftover chili over a baked potato, skipped the sour cream", "", ""),
    ("meal", "starbucks grande iced coffee w oat milk + 2 pumps vanilla", "sugar", ""),
    ("meal", "ok i ate like 6 candy corns out of the halloween bag 😬", "corn sugar", ""),
    ("meal", "movie night popcorn, the butter flavored microwave kind", "corn", "dairy soy"),  # why: butter flavour is often oil-based, not real butter
    ("meal", "grilled chicken, roasted butternut squash and sugar snap peas", "", ""),
    ("meal", "pb&j on whole wheat, same as the kids lunches", "wheat sugar", "corn soy"),
    ("meal", "oatmeal w blueberries and a drizzle of maple syrup", "", "wheat sugar"),  # why: plain oats cross-contact; maple is a possible
    ("label", "Kroger Honey Nut Toasted Oats Cereal. Ingredients: Whole Grain Oats, Sugar, Oat Bran, Modified Corn Starch, Honey, Brown Sugar Syrup, Salt, Tripotassium Phosphate, Canola Oil, Natural Almond Flavor. Vitamin E (Mixed Tocopherols) Added to Preserve Freshness.", "corn sugar", "wheat"),
    ("label", "Goldfish Cheddar Baked Snack Crackers. Ingredients: Enriched Wheat Flour (Flour, Niacin, Reduced Iron, Thiamine Mononitrate, Riboflavin, Folic Acid), Cheddar Cheese ([Cultured Milk, Salt, Enzymes], Annatto), Vegetable Oils (Canola, Sunflower and/or Soybean), Salt, Contains 2% or Less of: Yeast, Sugar, Autolyzed Yeast Extract, Paprika, Spices, Celery, Onion Powder, Monoglycerides. Contains: Wheat, Milk.", "wheat dairy sugar", "soy"),
    ("meal", "bday party: 1 slice of dominos pepperoni and a bite of cake 🎂 oops", "wheat dairy sugar", "corn soy"),
    ("meal", "actually the cake was a costco sheet cake not homemade, small piece", "wheat dairy sugar", "corn soy"),
    ("meal", "salmon, white rice and steamed broccoli w lemon", "", ""),
    ("label", "Simple Truth Organic Unsweetened Almondmilk. Dairy Free. Ingredients: Filtered Water, Organic Almonds, Calcium Carbonate, Sea Salt, Organic Locust Bean Gum, Organic Gellan Gum, Organic Sunflower Lecithin. Contains: Almonds.", "", ""),
    ("meal", "gatorade after the game (the blue one)", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Marcus, Houston, Texas: eats out most days, terse, no punctuation to speak of
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "chipotle bowl chicken white rice black beans fajita veg pico guac. no cheese no sour cream", "", ""),
    ("meal", "same bowl but added corn salsa", "corn", ""),
    ("meal", "whataburger #1 no cheese fries diet coke", "wheat sugar", "corn soy"),
    ("meal", "taco bell 2 crunchy tacos + bean burrito", "wheat dairy corn", "soy sugar"),
    ("meal", "bbq brisket plate pinto beans potato salad", "", "soy sugar"),  # why: potato salad usually mayo + sweet relish, brisket salt-and-pepper rub
    ("meal", "premier protein shake chocolate", "dairy", "soy"),
    ("meal", "chick-fil-a spicy deluxe waffle fries sweet tea", "wheat dairy sugar", "corn soy"),
    ("meal", "grilled chicken salad at home olive oil and balsamic", "", ""),
    ("meal", "10 lemon pepper wings at bdubs", "", "corn soy sugar"),
    ("meal", "2 breakfast tacos egg potato bacon flour tortillas", "wheat", "soy sugar"),  # why: shortening in tortillas, sugar in US bacon cure
    ("meal", "jalapeno cheese kolache from shipley", "wheat dairy sugar", ""),
    ("meal", "in n out double double protein style", "dairy sugar", "soy"),  # why: lettuce wrap instead of bun; the spread has sweet relish
    ("meal", "steak and baked potato. butter on the side didnt use it", "", ""),
    ("meal", "HEB tortilla chips and salsa", "corn", "soy"),
    ("meal", "black coffee 2 boiled eggs", "", ""),
    ("meal", "subway footlong turkey on italian herbs and cheese bread, no cheese inside, mustard", "wheat dairy sugar", "corn soy"),  # why: the bread itself is cheese-topped
    ("label", "Great Value Original Beef Jerky. Ingredients: Beef, Water, Sugar, Less than 2% of: Salt, Natural Flavor, Hydrolyzed Corn Protein, Soy Sauce (Water, Wheat, Soybeans, Salt), Vinegar, Garlic Powder, Onion Powder, Sodium Nitrite. Contains: Wheat, Soy.", "wheat corn soy sugar", ""),
    ("label", "Quest Protein Bar Chocolate Chip Cookie Dough. Ingredients: Protein Blend (Milk Protein Isolate, Whey Protein Isolate), Soluble Corn Fiber, Almonds, Water, Erythritol, Unsweetened Chocolate, Contains Less Than 1% of: Natural Flavors, Sea Salt, Cocoa Butter, Sucralose, Steviol Glycosides. Contains: Milk, Almonds.", "dairy corn", ""),
    ("meal", "shiner bock x2 watching the game", "", "wheat corn"),  # why: lager grain bill not stated
    ("meal", "whataburger honey butter chicken biscuit", "wheat dairy", "corn soy sugar"),  # why: biscuit/butter definite; honey butter sweetener and fry oil possible
]

# ---------------------------------------------------------------------------
# Priya, Edison, New Jersey: cooks Indian food at home, full sentences, corrects herself
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "Breakfast: poha with peanuts, curry leaves and lemon, cooked in groundnut oil.", "", "sugar"),  # why: many poha recipes add a pinch of sugar
    ("meal", "Masala chai with whole milk, no sugar today.", "dairy", ""),
    ("meal", "Lunch: rajma chawal with a ghee tadka.", "dairy", ""),
    ("meal", "Correction - the rajma tadka was with oil, not ghee. Husband finished the ghee.", "", "corn soy"),
    ("meal", "2 atta rotis with palak paneer", "wheat dairy", ""),
    ("meal", "Besan chilla with mint chutney", "", ""),
    ("meal", "Idli sambar and coconut chutney from Udupi restaurant", "", "dairy sugar"),  # why: restaurant sambar often has jaggery and a ghee tempering
    ("meal", "Evening: 2 Parle-G with chai", "wheat dairy sugar", ""),
    ("meal", "Dinner: chicken tikka masala at the Indian place near office + garlic naan", "wheat dairy", "sugar"),
    ("meal", "Dal makhani, small bowl, with plain rice", "dairy", ""),
    ("meal", "Upma made with sooji, no ghee, just oil", "wheat", "corn soy"),
    ("meal", "Sweet mango lassi", "dairy sugar", ""),
    ("meal", "Jeera rice and aloo gobi, I used avocado oil", "", ""),
    ("meal", "Kheer for Diwali, one small bowl", "dairy sugar", ""),
    ("meal", "2 pieces kaju katli", "sugar", "dairy"),
    ("meal", "Gulab jamun x1 - yes I know", "wheat dairy sugar", ""),
    ("meal", "Plain dosa from Saravana Bhavan, asked for no ghee", "", ""),
    ("label", "Frozen Malabar Parotta. Ingredients: Wheat Flour (Maida), Water, Palmolein Oil, Sugar, Milk Solids, Salt. Contains: Wheat, Milk. Manufactured in a facility that also processes Soy.", "wheat dairy sugar", "soy"),
    ("label", "Haldiram's Aloo Bhujia. Ingredients: Potato (38%), Edible Vegetable Oil (Palmolein, Cotton Seed, Corn, Rice Bran), Moth Bean Flour, Gram Flour, Salt, Spices & Condiments, Acidity Regulator (Citric Acid). May contain traces of Nuts, Milk and Wheat.", "corn", "wheat dairy"),
    ("meal", "Paneer bhurji with 1 whole wheat paratha made in ghee", "wheat dairy", ""),
    ("meal", "Actually it was tofu bhurji not paneer, my daughter made it vegan, with the wheat paratha cooked in oil", "wheat soy", "corn"),
]

# ---------------------------------------------------------------------------
# Dave, Manchester, UK: builder, logs on his break, slang and dropped letters
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "full english at the caff. 2 sausage bacon egg beans toast black pud", "wheat sugar", "dairy corn soy"),
    ("meal", "greggs sausage roll n a white coffee 2 sugars", "wheat dairy sugar", "soy"),
    ("meal", "tesco meal deal chicken n bacon sarnie, walkers ready salted, coke zero", "wheat", "corn soy sugar"),
    ("meal", "chippy tea. fish chips mushy peas", "wheat", "corn soy sugar"),
    ("meal", "4 brews today all with milk", "dairy", ""),
    ("meal", "bacon butty with brown sauce", "wheat sugar", "dairy soy"),
    ("meal", "pint of carling n a bag of pork scratchins", "", "wheat"),  # why: lager malt, grain not stated
    ("meal", "sunday roast at me mums, beef yorkshires roasties gravy carrots", "wheat dairy", "corn"),
    ("meal", "ginsters cornish pasty on the way to site", "wheat", "dairy"),  # why: cornish is not corn; pastry fat not stated
    ("meal", "chicken tikka masala pilau rice 1 naan from the indian on the corner", "wheat dairy", "sugar"),
    ("meal", "3 weetabix with semi skimmed", "wheat dairy sugar", ""),  # why: Weetabix lists sugar and malted barley extract
    ("meal", "kebab shop. donner meat n chips, garlic sauce, chilli sauce, no bread", "", "wheat dairy corn soy sugar"),
    ("meal", "just a banana n a bag of mini cheddars", "wheat dairy", "sugar"),
    ("meal", "2 crumpets with lurpak", "wheat dairy", "sugar"),
    ("meal", "tea: spag bol with a jar of loyd grossman sauce", "wheat", "sugar"),
    ("label", "Tesco Tomato Ketchup. Ingredients: Tomatoes (148g per 100g Ketchup), Sugar, Spirit Vinegar, Salt, Onion Powder, Flavouring.", "sugar", ""),
    ("label", "Warburtons Toastie Thick Sliced White Bread. Ingredients: Wheat Flour (with Calcium, Iron, Niacin, Thiamin), Water, Yeast, Vegetable Oils (Rapeseed, Palm), Soya Flour, Salt, Preservative: Calcium Propionate, Emulsifiers: E471, E472e, Flour Treatment Agent: Ascorbic Acid. Allergy advice: for allergens, see ingredients in bold.", "wheat soy", ""),
    ("meal", "2 cans of monster on site 😅", "sugar", "corn"),
    ("meal", "had a crunchie at break", "dairy sugar", "wheat corn"),
    ("meal", "tuna jacket spud no butter, beans on the side", "sugar", "corn soy"),
]

# ---------------------------------------------------------------------------
# Siobhan, Dublin, Ireland: chatty, long messages, Irish brands
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "Lovely bowl of porridge this morning with a bit of honey, Flahavans obviously 😊", "", "wheat sugar"),
    ("meal", "Two slices of brown soda bread with Kerrygold and a cup of Barry's", "wheat dairy", ""),
    ("meal", "Chicken fillet roll from the Spar with cheese and mayo", "wheat dairy", "corn soy sugar"),
    ("meal", "Spice bag from the Chinese on Friday, sure it's tradition", "wheat", "corn soy sugar"),
    ("meal", "A packet of Tayto cheese & onion, don't judge me", "dairy", "corn sugar"),
    ("meal", "Full Irish at my mam's - rashers, sausages, black and white pudding, egg, brown bread", "wheat", "dairy"),
    ("meal", "Coffee with oat milk in Insomnia and a scone with butter and jam", "wheat dairy sugar", ""),
    ("meal", "Made a stew: lamb, carrots, spuds, onion, a stock cube and a splash of Guinness", "", "wheat corn"),
    ("meal", "Supermacs curry chips 🤤", "wheat sugar", "corn soy"),
    ("meal", "Bowl of Weetabix, no sorry, Ready Brek with warm milk", "dairy", "wheat"),  # why: corrected to Ready Brek (oats only)
    ("meal", "A Club Orange with the dinner", "sugar", ""),
    ("meal", "Christmas dinner - turkey, ham glazed with brown sugar, roast spuds, sprouts, stuffing, gravy and a sneaky bit of trifle", "wheat dairy sugar", "corn"),
    ("meal", "Jacob's cream crackers with hummus for lunch", "wheat", ""),  # why: cream crackers contain no cream
    ("label", "Brennans Wholemeal Bread. Ingredients: Wholemeal Wheat Flour (51%), Water, Wheat Flour, Yeast, Wheat Gluten, Salt, Vegetable Oil (Rapeseed), Soya Flour, Sugar, Emulsifier: E471, Flour Treatment Agent: Ascorbic Acid.", "wheat soy sugar", ""),
    ("label", "Dunnes Stores Simply Better Irish Butter Shortbread Fingers. Ingredients: Wheat Flour, Irish Butter (Milk) (33%), Sugar, Cornflour, Salt. May contain Nuts.", "wheat dairy corn sugar", ""),
    ("meal", "Nothing with wheat today, just a salad with chicken, beetroot, feta and olive oil", "dairy", ""),
    ("meal", "Barry's tea, milk, no sugar, and one Kimberley biscuit (only one!)", "wheat dairy sugar", "corn"),
    ("meal", "Salmon and boiled spuds with butter and parsley", "dairy", ""),
    ("label", "Tesco Free From Chocolate Chip Cookies. Gluten Free. Ingredients: Rice Flour, Sugar, Dairy Free Chocolate Chips (10%) (Sugar, Cocoa Mass, Cocoa Butter, Emulsifier: Sunflower Lecithin), Palm Oil, Tapioca Starch, Potato Starch, Maize Starch, Raising Agents: Sodium Bicarbonate, Xanthan Gum, Salt. Not suitable for milk allergy sufferers due to manufacturing methods.", "corn sugar", "dairy"),
    ("meal", "Two pints of Guinness, it's a wedding!", "", "wheat"),  # why: barley malt; wheat not certain
]

# ---------------------------------------------------------------------------
# Chloe, London, UK: avoids gluten already, pastes labels from the free-from aisle, tidy typing
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("label", "Sainsbury's Deliciously Free From Brown Seeded Bread. Gluten free. Wheat free. Ingredients: Water, Tapioca Starch, Rice Flour, Seed Mix (Sunflower Seeds, Linseed, Millet), Potato Starch, Psyllium Husk Powder, Rapeseed Oil, Bamboo Fibre, Sugar, Yeast, Thickener: Hydroxypropyl Methyl Cellulose, Salt, Dried Egg White, Maize Starch.", "corn sugar", ""),
    ("label", "M&S Made Without Wheat Chocolate Brownies. Ingredients: Sugar, Dark Chocolate (19%) (Cocoa Mass, Sugar, Emulsifier: Soya Lecithin, Vanilla Extract), Pasteurised Free Range Egg, Butter (Milk), Rice Flour, Fat-Reduced Cocoa Powder, Glucose Syrup, Salt. Allergy advice: for allergens see ingredients in bold. May contain peanuts and nuts.", "dairy soy sugar", "wheat corn"),  # why: glucose syrup source not stated
    ("label", "Alpro Soya Original. Ingredients: Water, Hulled Soya Beans (5.9%), Sugar, Acidity Regulator (Potassium Phosphates), Calcium (Tri-Calcium Phosphate), Sea Salt, Stabiliser (Gellan Gum), Vitamins (B2, B12, E, D2).", "soy sugar", ""),
    ("label", "Oatly Oat Drink Barista Edition. Ingredients: Water, Oats 10%, Rapeseed Oil, Acidity Regulator (Dipotassium Phosphate), Minerals (Calcium Carbonate, Tricalcium Phosphate), Salt, Vitamins (D2, Riboflavin, B12). Allergy advice: contains gluten from oats.", "", "wheat"),
    ("label", "Heinz Salad Cream. Ingredients: Spirit Vinegar, Rapeseed Oil (24%), Water, Sugar, Pasteurised Egg Yolk (4.5%), Modified Cornflour, Salt, Mustard Flour, Stabilisers (Guar Gum, Xanthan Gum), Colour (Riboflavin).", "corn sugar", ""),
    ("label", "Sainsbury's Reduced Fat Houmous. Ingredients: Cooked Chickpeas (Water, Chickpeas), Water, Tahini (Sesame Seed Paste) (10%), Rapeseed Oil, Concentrated Lemon Juice, Garlic Purée, Salt, Preservative: Potassium Sorbate.", "", ""),
    ("label", "Kallo Organic Lightly Salted Rice Cakes. Ingredients: Wholegrain Brown Rice*, Sea Salt. *Organic. May contain traces of sesame.", "", ""),
    ("label", "Nakd Cocoa Orange Bar. No added sugar. Gluten free. Dairy free. Vegan. Ingredients: Dates 48%, Cashews 30%, Raisins 15%, Cocoa 5%, Natural Orange Flavouring <1%. May contain peanuts and other nuts.", "", ""),
    ("label", "Walkers Sensations Thai Sweet Chilli Crisps. Ingredients: Potatoes, Sunflower Oil (27%), Rapeseed Oil, Thai Sweet Chilli Seasoning (Sugar, Rice Flour, Salt, Dextrose, Garlic Powder, Onion Powder, Spices, Yeast Extract Powder, Flavourings, Acid (Citric Acid), Colour (Paprika Extract)).", "sugar", "corn"),
    ("label", "Cadbury Dairy Milk. Ingredients: Milk, Sugar, Cocoa Butter, Cocoa Mass, Vegetable Fats (Palm, Shea), Emulsifier (E442), Flavourings. Milk Chocolate contains Milk Solids 20% minimum. May contain Nuts.", "dairy sugar", ""),
    ("label", "Quorn Vegetarian Mince. Ingredients: Mycoprotein (92%), Rehydrated Free Range Egg White, Firming Agents (Calcium Chloride, Calcium Acetate). Allergy advice: made in a factory that also handles milk and gluten.", "", "wheat dairy"),
    ("label", "Kettle Chips Sea Salt & Balsamic Vinegar of Modena. Ingredients: Potatoes, Sunflower Oil, Sea Salt & Balsamic Vinegar Seasoning (Maltodextrin, Sea Salt, Balsamic Vinegar of Modena Powder (Balsamic Vinegar of Modena, Maltodextrin), Sugar, Citric Acid, Acetic Acid, Yeast Extract).", "sugar", "corn"),
    ("label", "Violife Original Flavour Block. 100% Vegan. Dairy free. Ingredients: Water, Coconut Oil (23%), Modified Starch, Starch, Sea Salt, Flavourings, Olive Extract, Colour: Beta-Carotene, Vitamin B12.", "", "wheat corn"),  # why: starch sources not stated
    ("label", "Sainsbury's Corn Flakes. Ingredients: Maize (89%), Sugar, Salt, Barley Malt Extract, Vitamins & Minerals: Iron, Vitamin B3, Vitamin B5, Vitamin D, Vitamin B6, Vitamin B2, Vitamin B1, Folic Acid, Vitamin B12.", "corn sugar", "wheat"),
    ("label", "Lindt Excellence 85% Cocoa Dark Chocolate. Ingredients: Cocoa Mass, Cocoa Butter, Fat-Reduced Cocoa, Demerara Sugar, Bourbon Vanilla Beans. May contain milk.", "sugar", "dairy"),
    ("meal", "Pret oat milk flat white and a bag of Pret sea salt crisps", "", ""),
    ("meal", "Wasabi chicken katsu curry, regular", "wheat sugar", "corn soy"),
    ("meal", "Itsu miso soup and salmon sashimi, no soy sauce", "soy", ""),
    ("meal", "Dishoom bacon naan roll at the weekend!!", "wheat dairy sugar", ""),
    ("meal", "Nando's half chicken, medium, with spicy rice and corn on the cob", "corn", "sugar"),
]

# ---------------------------------------------------------------------------
# Liam, Toronto, Canada: Timmies regular, hockey fan, casual
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "timmies double double and a honey cruller", "wheat dairy sugar", "corn soy"),
    ("meal", "large steeped tea, milk, 1 sugar", "dairy sugar", ""),
    ("meal", "poutine at smoke's after the leafs game lol", "dairy", "wheat corn soy"),
    ("meal", "peameal bacon sandwich at st lawrence market", "wheat corn", "sugar"),  # why: peameal is rolled in cornmeal
    ("meal", "kd for dinner ya i know", "wheat dairy", ""),
    ("meal", "butter tart from the farmers market", "wheat dairy sugar", "corn"),
    ("meal", "1 nanaimo bar", "wheat dairy sugar", "corn"),
    ("meal", "small bag of ketchup chips", "sugar", "corn"),
    ("meal", "shawarma plate, chicken, rice, salad, garlic sauce, hot sauce, no pita", "", "wheat dairy"),  # why: rice often has vermicelli; marinade often yogurt
    ("meal", "oat milk latte from second cup, nothing else", "", ""),
    ("meal", "maple taffy on snow at the sugar shack 🍁", "", "sugar"),  # why: pure maple only
    ("meal", "beavertail w cinnamon sugar", "wheat sugar", "dairy corn soy"),
    ("meal", "caesar at brunch (the drink not the salad)", "sugar", "wheat corn"),
    ("meal", "eggs benny w peameal and home fries", "wheat dairy corn", "soy sugar"),
    ("label", "No Name Smooth Peanut Butter. Ingredients: Peanuts, Sugar, Hydrogenated Vegetable Oil, Salt, Mono- and Diglycerides.", "sugar", "corn soy"),
    ("label", "Dempster's 100% Whole Wheat Bread. Ingredients: Whole Wheat Flour, Water, Wheat Gluten, Sugar/Glucose-Fructose, Yeast, Vegetable Oil (Canola and/or Soybean), Salt, Vinegar, Monoglycerides, Calcium Propionate, Soy Flour, Sorbic Acid. May contain: Sesame Seeds.", "wheat soy sugar", "corn"),  # why: glucose-fructose source not stated
    ("meal", "california roll from the grocery store", "wheat sugar", "corn soy"),  # why: crab stick usually has wheat starch; sushi rice is sweetened
    ("meal", "bowl of cheerios w 2% milk", "dairy corn sugar", "wheat"),
    ("meal", "coffee crisp at break", "wheat dairy sugar", "soy"),
    ("label", "Kirkland Signature Organic Maple Syrup. Grade A Amber Rich Taste. Ingredients: 100% Pure Organic Maple Syrup.", "", "sugar"),
]

# ---------------------------------------------------------------------------
# Émilie, Montréal, Québec: writes in Québécois French, bilingual labels
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "déjeuner: 2 rôties pain blanc avec beurre d'arachide", "wheat", "soy sugar"),
    ("meal", "café au lait fait avec du lait d'avoine", "", ""),
    ("meal", "pouding chômeur chez ma tante 😋", "wheat dairy sugar", ""),
    ("meal", "tourtière du temps des fêtes avec du ketchup aux fruits", "wheat sugar", "dairy"),
    ("meal", "soupe aux pois maison avec un os de jambon", "", ""),
    ("meal", "un pogo au dépanneur", "wheat corn sugar", "dairy soy"),
    ("meal", "smoked meat chez Schwartz's, sandwich médium, cornichon et frites", "wheat", "corn soy sugar"),  # why: rye bread usually has wheat; cornichon is a gherkin
    ("meal", "yogourt grec nature avec bleuets et un filet de sirop d'érable", "dairy", "sugar"),
    ("meal", "pâté chinois: boeuf haché, blé d'Inde en crème, patates pilées au beurre", "dairy corn", "sugar"),  # why: blé d'Inde is corn, not wheat
    ("meal", "galette de sarrasin jambon-fromage au resto breton", "dairy", "wheat"),  # why: buckwheat galettes sometimes cut with wheat flour
    ("meal", "poutine sans fromage (oui je sais c'est pu une poutine)", "", "wheat corn soy"),
    ("meal", "croissant au beurre et un allongé", "wheat dairy sugar", ""),
    ("label", "Tostitos Croustilles tortilla / Tortilla Chips. Ingrédients : maïs, huile végétale (huile de tournesol, de canola et/ou de maïs), sel. Ingredients: corn, vegetable oil (sunflower, canola and/or corn oil), salt.", "corn", ""),
    ("label", "Compliments Flocons de maïs givrés / Frosted Corn Flakes. Ingrédients : maïs moulu, sucre, sel, extrait de malt, glucose-fructose, vitamines et minéraux. Peut contenir : blé.", "corn sugar", "wheat"),
    ("meal", "bines au lard maison avec de la mélasse", "sugar", ""),
    ("meal", "soupe tonkinoise au poulet, sans sauce hoisin", "", "sugar"),
    ("label", "Lactantia Beurre salé / Salted Butter. Ingrédients : crème, sel. Ingredients: cream, salt.", "dairy", ""),
    ("meal", "une petite pointe de tarte au sucre", "wheat dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Bec, Melbourne, Australia: café regular, Aussie slang, short bursts
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "smashed avo on sourdough w feta + poached egg, long black", "wheat dairy", ""),
    ("meal", "almond flat white, the usual", "", "sugar"),  # why: café barista almond milks are often sweetened
    ("meal", "vegemite toast w butter", "wheat dairy", "soy sugar"),
    ("meal", "maccas brekkie, hash brown and a bacon n egg mcmuffin", "wheat dairy", "corn soy sugar"),
    ("meal", "bunnings sausage sizzle, snag in white bread w onions n tomato sauce", "wheat sugar", "corn soy"),
    ("meal", "tim tams, two... ok three", "wheat dairy sugar", "corn soy"),
    ("meal", "pho on victoria st, beef, no hoisin", "", "sugar"),
    ("meal", "meat pie at the footy w sauce", "wheat sugar", "dairy corn soy"),
    ("meal", "barra, chips n salad, pub lunch", "", "wheat corn soy"),
    ("meal", "2 weet-bix w almond milk", "wheat sugar", ""),
    ("meal", "anzac bikkie from the servo", "wheat dairy sugar", ""),
    ("meal", "pav at christmas with cream and passionfruit", "dairy sugar", "corn"),  # why: most pavlova recipes use cornflour
    ("meal", "a lamington", "wheat dairy sugar", ""),
    ("meal", "poke bowl salmon edamame rice, no sauce", "soy", "sugar"),
    ("meal", "bundy and coke x2", "sugar", "corn"),
    ("meal", "chicken parmi w chips n salad", "wheat dairy", "corn soy sugar"),
    ("meal", "fairy bread at my niece's party (white bread, butter, hundreds and thousands)", "wheat dairy sugar", "corn soy"),
    ("meal", "toasted banana bread w butter from the cafe", "wheat dairy sugar", ""),
    ("meal", "iced latte full cream", "dairy", "sugar"),  # why: Aussie iced lattes sometimes come with ice cream or syrup
    ("meal", "golden gaytime on the beach", "wheat dairy sugar", "corn soy"),
]

# ---------------------------------------------------------------------------
# Tama, Auckland, New Zealand: few words, Kiwi terms
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "steak pie from the dairy", "wheat", "dairy corn soy sugar"),  # why: 'the dairy' is the corner shop; pastry fat not stated
    ("meal", "couple apples n a water from the dairy", "", ""),
    ("meal", "fish n chips friday, battered snapper", "wheat", "corn soy"),
    ("meal", "L&P with lunch", "sugar", ""),
    ("meal", "hangi at the marae, pork chicken kumara pumpkin, no stuffing", "", ""),
    ("meal", "boil up, pork bones watercress potato and doughboys", "wheat", ""),
    ("meal", "marmite on toast", "wheat sugar", "corn soy"),  # why: NZ Marmite lists sugar and caramel colour
    ("meal", "tip top hokey pokey ice cream", "dairy sugar", "corn"),
    ("meal", "bag of pineapple lumps", "dairy sugar", "wheat corn soy"),
    ("meal", "sausage roll n a V", "wheat sugar", "corn soy"),
    ("meal", "whitebait fritter on white bread", "wheat", "dairy soy sugar"),
    ("meal", "pav with kiwifruit, no cream", "sugar", "corn"),
    ("meal", "steak egg n chips at the RSA", "", "corn soy"),
    ("meal", "2 weetbix trim milk banana", "wheat dairy sugar", ""),
    ("meal", "kina and rewena bread", "wheat", "sugar"),
    ("meal", "butter chicken from the indian takeaway w rice", "dairy", "sugar"),
    ("meal", "mince on toast", "wheat", "soy sugar"),
    ("meal", "flat white trim", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Claire, Lyon, France: writes in French, boulangerie and Carrefour labels
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "petit-déj : baguette tradition, beurre, confiture d'abricot, café noir", "wheat dairy sugar", ""),
    ("meal", "un pain au chocolat à la boulangerie", "wheat dairy sugar", "soy"),
    ("meal", "midi : salade niçoise, thon, oeuf, olives, huile d'olive", "", ""),
    ("meal", "croque-monsieur et salade verte à la brasserie", "wheat dairy", "sugar"),
    ("meal", "steak-frites, sauce au poivre", "dairy", "corn soy"),  # why: peppercorn sauce is cream-based; poivre is not corn
    ("meal", "galette complète à la crêperie, 100% blé noir d'après le serveur", "dairy", ""),  # why: blé noir is buckwheat, confirmed no wheat
    ("meal", "yaourt nature et une pomme", "dairy", ""),
    ("meal", "quiche lorraine maison", "wheat dairy", ""),
    ("meal", "ratatouille et riz", "", ""),
    ("meal", "goûter des enfants, j'ai piqué un Petit Écolier", "wheat dairy sugar", "soy"),
    ("meal", "blanquette de veau de ma belle-mère", "wheat dairy", ""),
    ("meal", "tartiflette au ski 😅", "dairy", ""),
    ("label", "Bonne Maman Confiture Fraises. Ingrédients : fraises, sucre de canne, sucre, jus de citron concentré, gélifiant : pectines de fruits. Préparée avec 50 g de fruits pour 100 g.", "sugar", ""),
    ("label", "Carrefour Bio Galettes de riz complet. Ingrédients : riz complet* 99,5 %, sel. *Ingrédient issu de l'agriculture biologique. Peut contenir des traces de sésame.", "", ""),
    ("label", "Harrys 100% Mie Nature. Ingrédients : farine de blé, eau, sucre, huile de colza, levure, gluten de blé, sel, conservateur : propionate de calcium, émulsifiant : mono- et diglycérides d'acides gras. Peut contenir des traces de lait et de soja.", "wheat sugar", "dairy soy"),
    ("label", "Président Camembert. Ingrédients : lait de vache pasteurisé, sel, ferments lactiques, présure.", "dairy", ""),
    ("label", "Nutella. Ingrédients : sucre, huile de palme, noisettes 13 %, cacao maigre 7,4 %, lait écrémé en poudre 6,6 %, lactosérum en poudre, émulsifiants : lécithines [soja], vanilline.", "dairy soy sugar", ""),
    ("label", "Bjorg Boisson Avoine Sans sucres ajoutés. Ingrédients : eau, avoine* 14 %, huile de tournesol*, sel marin. *Bio. Contient naturellement des sucres. Peut contenir des traces de soja et de fruits à coque.", "", "wheat soy"),
    ("label", "Knorr Bouillon Volaille. Ingrédients : sel, amidon de maïs, graisse de palme, arômes (contient blé, céleri), exhausteurs de goût (glutamate monosodique, inosinate disodique), sucre, poulet 1,5 %, curcuma, persil. Peut contenir : lait, oeuf, moutarde.", "wheat corn sugar", "dairy"),
    ("label", "Gerblé Sans Gluten Biscuits Chocolat. Ingrédients : farine de riz, sucre, chocolat noir 20 % (sucre, pâte de cacao, beurre de cacao, émulsifiant : lécithine de tournesol), huile de tournesol, amidon de maïs, œufs, poudre à lever, sel. Peut contenir des traces de lait et de soja.", "corn sugar", "dairy soy"),
    ("label", "Danone Activia Nature. Ingrédients : lait entier, lait écrémé concentré ou en poudre, ferments lactiques (dont Bifidus).", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Jonas, Berlin, Germany: writes in German, canteen lunches, Rewe and Edeka labels
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "Frühstück: 2 Brötchen mit Butter und Erdbeermarmelade", "wheat dairy sugar", ""),
    ("meal", "Kaffee schwarz, dazu ein Franzbrötchen", "wheat dairy sugar", ""),
    ("meal", "Mittag in der Kantine: Currywurst mit Pommes", "sugar", "wheat corn soy"),
    ("meal", "Döner mit allem, scharf", "wheat dairy", "corn soy sugar"),
    ("meal", "Buchweizenpfannkuchen mit Apfelmus, Apfelmus ohne Zucker", "", "wheat dairy"),  # why: buckwheat batters often cut with wheat flour and milk
    ("meal", "Zuckerschoten mit Hähnchen und Reis aus dem Wok, mit Tamari", "soy", "wheat"),  # why: Zuckerschoten are sugar snap peas; tamari may have wheat
    ("meal", "Käsespätzle im Allgäu-Urlaub", "wheat dairy", ""),
    ("meal", "eine Apfelschorle", "", ""),
    ("meal", "ein Spezi zum Feierabend", "sugar", "corn"),
    ("meal", "Butterbrezel vom Bäcker", "wheat dairy", ""),
    ("meal", "Haferflocken mit Hafermilch und Beeren", "", "wheat"),
    ("meal", "Pellkartoffeln mit Quark und Leinöl", "dairy", ""),
    ("label", "ja! Cornflakes. Zutaten: Mais (93 %), Zucker, Salz, Gerstenmalzextrakt. Kann Spuren von Schalenfrüchten enthalten.", "corn sugar", "wheat"),
    ("label", "REWE Beste Wahl Vollkorn-Toast. Zutaten: Weizenvollkornmehl (52 %), Wasser, Weizenmehl, Hefe, Weizengluten, Rapsöl, Zucker, Speisesalz, Emulgator: Mono- und Diglyceride von Speisefettsäuren, Säuerungsmittel: Essigsäure. Kann Spuren von Soja und Sesam enthalten.", "wheat sugar", "soy"),
    ("label", "Alnatura Dinkel-Vollkornbrot. Zutaten: Dinkelvollkornmehl*, Wasser, Sauerteig* (Dinkelvollkornmehl*, Wasser), Speisesalz, Hefe*. *aus biologischer Landwirtschaft.", "wheat", ""),  # why: Dinkel is spelt
    ("label", "Milka Alpenmilch. Zutaten: Zucker, Kakaobutter, Magermilchpulver, Kakaomasse, Süßmolkenpulver, Butterreinfett, Haselnussmasse, Emulgator (Sojalecithine), Aroma. Kann andere Nüsse und Weizen enthalten.", "dairy soy sugar", "wheat"),
    ("label", "Alpro Soja Joghurtalternative Natur. Zutaten: Wasser, geschälte Sojabohnen (8,9 %), Calcium (Tricalciumphosphat), Stabilisator (Pektine), Säureregulatoren (Natriumcitrate, Citronensäure), Antioxidationsmittel (Extrakt mit hohem Tocopherolgehalt), Joghurtkulturen (S. thermophilus, L. bulgaricus).", "soy", "corn"),
    ("label", "HARIBO Goldbären. Zutaten: Glukosesirup, Zucker, Gelatine, Dextrose, Fruchtsaftkonzentrat, Säuerungsmittel: Citronensäure, Fruchtextrakte und Pflanzenkonzentrate (Färberdistel, Spirulina, Apfel, Holunder, Orange, Schwarze Johannisbeere, Kiwi, Zitrone, Aronia, Traube), Aroma, Überzugsmittel: Bienenwachs weiß und gelb, Carnaubawachs.", "sugar", "wheat corn"),
    ("label", "Leibniz Butterkeks. Zutaten: Weizenmehl, Zucker, Butter 12 %, Glukose-Fruktose-Sirup, Magermilchpulver, Salz, Backtriebmittel (Natriumcarbonate, Diphosphate), Säuerungsmittel Citronensäure. Kann Spuren von Ei, Sesam und Soja enthalten.", "wheat dairy sugar", "corn soy"),
    ("label", "MinusL Laktosefreie H-Milch 1,5 % Fett. Zutaten: Milch, Enzym Laktase. Laktosegehalt < 0,1 g/100 ml.", "dairy", ""),  # why: lactose-free milk is still milk
    ("label", "MAGGI Würze. Zutaten: Wasser, Speisesalz, Würze aus hydrolysiertem Weizeneiweiß, Geschmacksverstärker (Mononatriumglutamat, Dinatriuminosinat), Hefeextrakt, Aroma, Zucker, Säuerungsmittel Milchsäure.", "wheat sugar", ""),
]

# ---------------------------------------------------------------------------
# Giulia, Bologna, Italy: writes in Italian, bar breakfasts and family cooking
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "colazione al bar: cappuccino e cornetto vuoto", "wheat dairy sugar", ""),  # why: cornetto is a croissant, not corn
    ("meal", "caffè macchiato con latte di soia", "soy", ""),
    ("meal", "pranzo: tagliatelle al ragù della nonna", "wheat", "dairy"),
    ("meal", "insalata di farro, pomodorini e mozzarella", "wheat dairy", ""),
    ("meal", "polenta con funghi e un filo d'olio, niente formaggio", "corn", ""),
    ("meal", "pizza margherita in pizzeria napoletana", "wheat dairy", ""),  # why: Neapolitan dough and sauce have no sugar
    ("meal", "risotto alla milanese", "dairy", ""),
    ("meal", "piadina con crudo e squacquerone", "wheat dairy", ""),
    ("meal", "gelato pistacchio e nocciola, coppetta", "dairy sugar", ""),
    ("meal", "sorbetto al limone, niente cono", "sugar", ""),
    ("meal", "arancino al ragù in stazione", "wheat", "dairy corn soy"),
    ("meal", "pizzoccheri con verze e patate in Valtellina", "wheat dairy", ""),  # why: pizzoccheri are buckwheat cut with wheat flour, dressed with butter and cheese
    ("meal", "una fetta di tiramisù", "wheat dairy sugar", ""),
    ("meal", "spremuta d'arancia", "", ""),
    ("label", "Barilla Spaghetti n.5. Ingredienti: semola di grano duro, acqua. Può contenere soia e senape.", "wheat", "soy"),
    ("label", "Mulino Bianco Macine. Ingredienti: farina di frumento, zucchero, panna (latte) 11%, burro, uova, amido di mais, agenti lievitanti, sale, aromi. Può contenere soia e frutta a guscio.", "wheat dairy corn sugar", "soy"),
    ("label", "Esselunga Bio Bevanda di riso. Senza glutine. Ingredienti: acqua, riso* (17%), olio di semi di girasole*, sale marino. *biologico.", "", ""),
    ("label", "Galbusera ZeroGrano Frollini senza glutine. Ingredienti: farina di mais, amido di mais, zucchero di canna, burro, uova, agenti lievitanti, sale. Può contenere tracce di soia.", "dairy corn sugar", "soy"),
    ("label", "Parmigiano Reggiano DOP 24 mesi. Ingredienti: latte, sale, caglio. Naturalmente privo di lattosio.", "dairy", ""),
    ("label", "Conad Crackers non salati in superficie. Ingredienti: farina di frumento, olio di semi di girasole, estratto di malto d'orzo, sale, agenti lievitanti, lievito. Può contenere sesamo, latte e soia.", "wheat", "dairy soy"),
    ("label", "Mutti Passata di Pomodoro. Ingredienti: pomodoro.", "", ""),
]

# ---------------------------------------------------------------------------
# Lucía, Madrid, Spain: writes in Spanish, bar culture, Mercadona labels
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "desayuno: tostada con tomate y aceite, café con leche", "wheat dairy", ""),
    ("meal", "un pincho de tortilla de patatas", "", ""),  # why: Spanish tortilla is egg and potato, not a flour tortilla
    ("meal", "churros con chocolate el domingo", "wheat dairy sugar", "corn soy"),
    ("meal", "paella de marisco en la playa", "", ""),
    ("meal", "ración de croquetas de jamón", "wheat dairy", "corn soy"),
    ("meal", "bocadillo de calamares en la Plaza Mayor", "wheat", "corn soy"),
    ("meal", "gazpacho de brick del súper", "", "wheat"),
    ("meal", "Cola Cao con bebida de avena", "sugar", "wheat"),
    ("meal", "ensalada con maíz, atún y aceitunas", "corn", ""),
    ("meal", "lentejas con chorizo de mi madre", "", "dairy corn soy sugar"),  # why: commercial chorizo often has dextrose, lactose, soy protein
    ("meal", "un cortado y una magdalena", "wheat dairy sugar", ""),
    ("meal", "un trocito de turrón de Jijona en Navidad", "sugar", ""),
    ("meal", "sushi con salsa de soja en un japo", "wheat soy sugar", ""),
    ("label", "Hacendado Leche semidesnatada sin lactosa. Ingredientes: leche semidesnatada, enzima lactasa.", "dairy", ""),
    ("label", "Bimbo Pan de Molde Sin Corteza. Ingredientes: harina de trigo, agua, azúcar, aceite de girasol, levadura, gluten de trigo, sal, conservador (propionato cálcico), emulgente (mono- y diglicéridos de ácidos grasos). Puede contener trazas de soja, sésamo y leche.", "wheat sugar", "dairy soy"),
    ("label", "Hacendado Bebida de soja sin azúcares añadidos. Ingredientes: agua, habas de soja peladas (7 %), corrector de acidez (fosfatos potásicos), carbonato cálcico, sal, estabilizante (goma gellan), vitaminas (B2, B12, D2).", "soy", ""),
    ("label", "ColaCao Original. Ingredientes: azúcar, cacao desgrasado (18 %), harina de trigo y cebada malteada hidrolizada, sales minerales (fosfato de calcio y de magnesio), sal, aroma de vainilla. Puede contener leche.", "wheat sugar", "dairy"),
    ("label", "Revilla Chorizo Sarta Extra. Ingredientes: magro y panceta de cerdo, pimentón, sal, dextrosa, lactosa, proteína de leche, proteína de soja, ajo, antioxidante (ascorbato sódico), conservadores (nitrito sódico, nitrato potásico).", "dairy soy sugar", "corn"),
    ("label", "Doritos Tex Mex. Ingredientes: maíz, aceite vegetal (girasol), sazonador Tex Mex (suero de leche en polvo, sal, azúcar, especias, potenciadores del sabor, tomate en polvo, cebolla en polvo, ajo en polvo, acidulante: ácido cítrico), sal.", "dairy corn sugar", ""),
]

# ---------------------------------------------------------------------------
# Daan, Utrecht, Netherlands: writes in Dutch, boterhammen and Albert Heijn labels
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "ontbijt: boterham met hagelslag, ja echt", "wheat sugar", "dairy soy"),
    ("meal", "twee boterhammen met jong belegen kaas en een glas karnemelk", "wheat dairy", "soy sugar"),
    ("meal", "lunch: broodje kroket op het station", "wheat", "dairy corn soy"),
    ("meal", "patatje met mayo", "", "corn soy sugar"),
    ("meal", "stamppot boerenkool met rookworst", "dairy", "soy sugar"),
    ("meal", "stroopwafel bij de koffie", "wheat dairy sugar", "corn"),
    ("meal", "handje zoute drop", "wheat sugar", "corn"),  # why: most drop is made with wheat flour and glucose syrup
    ("meal", "poffertjes met poedersuiker en boter op de kermis", "wheat dairy sugar", ""),
    ("meal", "boekweitpannenkoek met spek", "", "wheat dairy"),
    ("meal", "chocoladevla als toetje", "dairy sugar", "corn"),
    ("label", "AH Pindakaas 100% pinda. Ingrediënten: pinda's. Kan sporen bevatten van andere noten.", "", ""),
    ("label", "Calvé Pindakaas. Ingrediënten: pinda's (90%), plantaardige olie (palm), suiker, zout.", "sugar", ""),
    ("label", "De Ruijter Chocoladehagelslag Melk. Ingrediënten: suiker, cacaoboter, volle melkpoeder, cacaomassa, magere cacaopoeder, emulgator (sojalecithine), glansmiddel (arabische gom), natuurlijk vanillearoma.", "dairy soy sugar", ""),
    ("label", "AH Volkoren Tarwebrood. Ingrediënten: volkorentarwemeel, water, gist, tarwegluten, zout, raapzaadolie, meelverbeteraar (E300). Kan sporen bevatten van sesamzaad en soja.", "wheat", "soy"),
    ("label", "Peijnenburg Ontbijtkoek Zero, zonder toegevoegde suikers. Ingrediënten: roggebloem, zoetstoffen (isomalt, maltitol), water, rijsmiddelen (natriumcarbonaten, difosfaten), specerijen. Kan sporen bevatten van tarwe.", "", "wheat"),  # why: rye, not wheat; polyols are not added sugar
    ("label", "Alpro Haver Geen Suikers. Ingrediënten: water, haver (10,2%), zonnebloemolie, calcium (tricalciumfosfaat), zout, vitaminen (B2, B12, D2).", "", "wheat"),
    ("label", "Lay's Paprika Chips. Ingrediënten: aardappelen, plantaardige oliën (zonnebloem, raapzaad) in wisselende verhoudingen, paprikakruiden (suiker, zout, paprikapoeder, ui-poeder, dextrose, knoflookpoeder, maltodextrine, gistextract, specerijen, rookaroma).", "sugar", "corn"),
    ("label", "Optimel Drinkyoghurt Aardbei 0% vet. Ingrediënten: magere yoghurt, water, aardbei (3%), gemodificeerd maïszetmeel, zoetstoffen (aspartaam, acesulfaam-K), aroma, kleurstof (rode biet).", "dairy corn", ""),
]

# ---------------------------------------------------------------------------
# Ingrid, Stockholm, Sweden: writes in Swedish, fika and ICA labels
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "frukost: filmjölk med müsli och blåbär", "dairy", "wheat sugar"),
    ("meal", "knäckebröd med smör och ost", "dairy", "wheat"),  # why: crispbread is often rye only, some brands add wheat
    ("meal", "fika: kanelbulle och kaffe med mjölk", "wheat dairy sugar", ""),
    ("meal", "köttbullar med potatismos, gräddsås och lingonsylt", "wheat dairy sugar", ""),
    ("meal", "havregrynsgröt med äpple och kanel, ingen mjölk", "", "wheat"),
    ("meal", "räksmörgås på jobbet", "wheat dairy", "soy sugar"),
    ("meal", "pytt i panna med stekt ägg och inlagda rödbetor", "sugar", ""),
    ("meal", "tacofredag: mjuka tortillas, köttfärs med tacokrydda, gräddfil, majs och riven ost", "wheat dairy corn", "sugar"),
    ("meal", "lördagsgodis från Hemköp, mest sura grejer", "sugar", "wheat corn"),
    ("label", "Wasa Husman Knäckebröd. Ingredienser: fullkornsrågmjöl, jäst, salt.", "", ""),
    ("label", "Wasa Frukost Knäckebröd. Ingredienser: fullkornsrågmjöl (53%), vetemjöl, jäst, salt. Kan innehålla spår av sesam.", "wheat", ""),
    ("label", "ICA Filmjölk 3%. Ingredienser: filmjölk (mjölk, mesofila syrningskulturer).", "dairy", ""),
    ("label", "Kalles Kaviar Original. Ingredienser: rom av torsk 57%, socker, rapsolja, salt, potatisflingor, tomatpuré, konserveringsmedel (natriumbensoat, kaliumsorbat), antioxidationsmedel (askorbylpalmitat).", "sugar", ""),
    ("label", "Marabou Mjölkchoklad. Ingredienser: socker, kakaosmör, torrmjölk, kakaomassa, vassleprodukt (mjölk), emulgeringsmedel (sojalecitin), arom. Kan innehålla spår av hasselnöt, mandel och vete.", "dairy soy sugar", "wheat"),
    ("label", "Felix Tomatketchup. Ingredienser: tomatpuré, socker, ättika, modifierad stärkelse, salt, kryddor, arom.", "sugar", "wheat corn"),
    ("label", "Pågen Skogaholmslimpa. Ingredienser: vetemjöl, vatten, rågmjöl, sirap, jäst, rapsolja, salt, vetegluten.", "wheat sugar", ""),
]

# ---------------------------------------------------------------------------
# Mette, Copenhagen, Denmark: writes in Danish, smørrebrød and Netto labels
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "rugbrød med leverpostej og rødbeder", "wheat dairy sugar", ""),  # why: leverpostej is usually made with flour and milk; rødbeder are pickled with sugar
    ("meal", "frikadeller med kartofler og brun sovs", "wheat dairy", "corn sugar"),
    ("meal", "en tebirkes fra bageren", "wheat dairy sugar", ""),
    ("meal", "kaffe med havremælk", "", ""),
    ("meal", "pølse fra pølsevognen med ketchup, remoulade og ristede løg", "wheat sugar", "dairy corn soy"),
    ("meal", "rødgrød med fløde", "dairy sugar", "corn"),
    ("meal", "æbleskiver med flormelis og syltetøj", "wheat dairy sugar", ""),
    ("meal", "skyr med bær", "dairy", ""),
    ("meal", "risalamande juleaften, jeg fandt mandlen!", "dairy sugar", ""),
    ("label", "Schulstad Det Gode Rugbrød. Ingredienser: surdej (vand, fuldkornsrugmel), vand, knækket rug, rugmel, hvedemel, solsikkekerner, salt, maltmel (byg), gær. Kan indeholde spor af sesam.", "wheat", ""),
    ("label", "Arla Lactofree Letmælk. Ingredienser: letmælk, laktase.", "dairy", ""),
    ("label", "Kelsen Danish Butter Cookies. Ingredienser: hvedemel, smør (21%), sukker, invertsukkersirup, salt, hævemiddel (ammoniumcarbonat), aroma. Kan indeholde spor af kokos og mandler.", "wheat dairy sugar", ""),
    ("label", "Urtekram Majskiks. Ingredienser: majs*, havsalt. *Økologisk.", "corn", ""),
    ("label", "Nutramino Proteinbar Chocolate. Ingredienser: mælkeprotein, sojaproteinisolat, glukosesirup, mælkechokolade (sukker, kakaosmør, sødmælkspulver, kakaomasse, emulgator (sojalecithin)), fugtighedsbevarende middel (glycerol), palmeolie.", "dairy soy sugar", "wheat corn"),
    ("label", "Lurpak Smørbar. Ingredienser: smør (mælk), rapsolie, salt.", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Kari, Oslo, Norway: writes in Norwegian, matpakke and cabin trips
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "matpakke: to brødskiver med brunost", "wheat dairy", "sugar"),
    ("meal", "pølse i lompe med sennep", "wheat sugar", "dairy soy"),  # why: lompe has wheat flour; Norwegian sennep is sweet
    ("meal", "Grandiosa til middag på fredag", "wheat dairy", "corn sugar"),
    ("meal", "taco fredag med lomper, kjøttdeig, rømme og mais", "wheat dairy corn", "sugar"),
    ("meal", "kvikk lunsj på tur", "wheat dairy sugar", "soy"),
    ("meal", "fiskekaker med poteter og gulrøtter", "dairy", "wheat"),
    ("meal", "havregrøt med rosiner, vann og litt salt", "", "wheat"),
    ("meal", "risgrøt med smør, sukker og kanel", "dairy sugar", ""),
    ("meal", "kaffe svart og en skolebolle", "wheat dairy sugar", ""),
    ("label", "TINE Gudbrandsdalsost. Ingredienser: myse, kumelk, fløte, geitmelk.", "dairy", ""),  # why: the brown colour is caramelised milk sugar, not added sugar
    ("label", "Mills Kaviar Mild. Ingredienser: torskerogn (55%), rapsolje, sukker, potetflak, salt, tomatpuré, konserveringsmiddel (natriumbenzoat), antioksidant (askorbylpalmitat).", "sugar", ""),
    ("label", "Hatting Lomper. Ingredienser: poteter (65%), hvetemel, vann, salt.", "wheat", ""),
    ("label", "Freia Melkesjokolade. Ingredienser: sukker, kakaosmør, helmelkpulver, kakaomasse, myseprodukt (melk), emulgator (soyalecitin), aroma. Kan inneholde spor av hasselnøtter og hvete.", "dairy soy sugar", "wheat"),
    ("label", "Synnøve Norvegia. Ingredienser: pasteurisert kumelk, salt, syrekultur, løpe.", "dairy", ""),
    ("label", "Solo Original. Ingredienser: kullsyreholdig vann, sukker, appelsinjuice fra konsentrat (5%), syre (sitronsyre), aroma, konserveringsmiddel (kaliumsorbat).", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Tom, Edinburgh, Scotland: Scots words, logs holiday and football food
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "porridge made wi water n salt, proper scottish", "", "wheat"),
    ("meal", "scotch pie at the fitba and a bovril", "wheat", "dairy corn"),
    ("meal", "haggis neeps n tatties for burns night", "", "wheat dairy"),
    ("meal", "irn bru, full fat", "sugar", ""),
    ("meal", "square sausage roll fae the bakers", "wheat", "sugar"),
    ("meal", "hogmanay: shortbread, black bun and a wee dram", "wheat dairy sugar", ""),
    ("meal", "a wee bit of tablet my gran made", "dairy sugar", ""),
    ("meal", "cullen skink for lunch", "dairy", ""),
    ("meal", "tunnock's teacake", "wheat dairy sugar", "corn soy"),
    ("meal", "cranachan, the raspberries were lovely", "dairy", "wheat sugar"),  # why: oats (cross-contact) and honey
    ("meal", "christmas pudding wi brandy butter", "wheat dairy sugar", ""),
    ("meal", "stovies n oatcakes", "", "wheat"),
    ("meal", "fish supper wi salt n sauce", "wheat sugar", "corn soy"),  # why: Edinburgh chippy sauce is brown sauce
    ("label", "Nairn's Gluten Free Oatcakes. Ingredients: Wholegrain Oats (84%), Sustainable Palm Fruit Oil, Sea Salt, Raising Agent: Sodium Bicarbonate. Gluten free. Suitable for vegans.", "", ""),
    ("label", "Tunnock's Caramel Wafer. Ingredients: Sugar, Wheat Flour, Vegetable Oil (Palm), Glucose Syrup, Dried Skimmed Milk, Cocoa Mass, Sweetened Condensed Milk, Cocoa Butter, Dried Whey, Emulsifier: Soya Lecithin, Raising Agent: Sodium Bicarbonate, Salt, Flavouring.", "wheat dairy soy sugar", "corn"),
    ("label", "Baxters Favourites Scotch Broth. Ingredients: Water, Vegetables (Carrot, Onion, Swede, Leek), Pearl Barley (4%), Dried Peas, Lamb (2%), Salt, Modified Maize Starch, Yeast Extract, Sugar, Parsley, White Pepper.", "corn sugar", ""),
    ("label", "Walker's Pure Butter Shortbread. Ingredients: Wheat Flour, Butter (Milk) (33%), Sugar, Salt.", "wheat dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Aoife, Cork, Ireland: student, lowercase, late-night food
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "leftover pizza for brekkie, four star pepperoni", "wheat dairy", "corn soy sugar"),
    ("meal", "chicken tenders n chips from supermacs", "wheat", "corn soy sugar"),
    ("meal", "bowl of coco pops w milk", "dairy sugar", "wheat corn"),  # why: rice-based, with glucose syrup and barley malt
    ("meal", "pot noodle, the chicken n mushroom one", "wheat", "corn soy sugar"),
    ("meal", "jambon from centra", "wheat dairy", "sugar"),
    ("meal", "4 cans of dutch gold, pres night", "", "wheat corn"),
    ("meal", "taco fries from the van", "dairy", "wheat corn soy sugar"),
    ("meal", "rice cakes w peanut butter, being good", "", "soy sugar"),
    ("meal", "breakfast roll from the deli, sausage rasher egg hash brown white pudding", "wheat", "dairy corn soy sugar"),
    ("meal", "3 jaffa cakes", "wheat sugar", "dairy corn soy"),
    ("meal", "smoothie from the SU, banana oat n oat milk", "", "wheat"),
    ("meal", "ham n cheese toastie", "wheat dairy", "soy sugar"),
    ("label", "Aldi Specially Selected Irish Chicken Goujons. Ingredients: Chicken Breast (60%), Breadcrumb Coating (Wheat Flour, Water, Salt, Yeast, Dextrose), Rapeseed Oil, Wheat Flour, Wheat Starch, Salt, Black Pepper.", "wheat sugar", "corn"),
    ("label", "Lidl Irish Porridge Oats. Ingredients: 100% Irish Rolled Oats. May contain Wheat, Barley and Rye.", "", "wheat"),
    ("label", "Tesco Coleslaw. Ingredients: Cabbage (52%), Rapeseed Oil, Carrot (9%), Water, Onion, Pasteurised Egg Yolk, Spirit Vinegar, Sugar, Cornflour, Salt, Mustard Seed, Preservative (Potassium Sorbate).", "corn sugar", ""),
]

# ---------------------------------------------------------------------------
# Karen, Calgary, Canada: reads every label at Superstore and Costco, pastes them whole
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("label", "PC Gluten Free Multigrain Bread. Ingredients: Water, Tapioca Starch, Brown Rice Flour, Egg Whites, Canola Oil, Sugar, Millet Flour, Sorghum Flour, Modified Cellulose, Yeast, Psyllium, Salt, Cultured Dextrose, Xanthan Gum. Contains: Egg. May contain: Soy.", "sugar", "corn soy"),
    ("label", "Kraft Dinner Original. Ingredients: Enriched Wheat Flour, Cheese Sauce Mix (Modified Milk Ingredients, Salt, Sodium Phosphate, Colour, Citric Acid, Lactic Acid, Calcium Phosphate). Contains: Wheat, Milk.", "wheat dairy", "corn"),
    ("label", "Heinz Tomato Ketchup. Ingredients: Tomato Concentrate From Red Ripe Tomatoes, Liquid Sugar, Vinegar, Salt, Spices, Onion Powder.", "sugar", ""),
    ("label", "Silk Vanilla Soy Beverage. Ingredients: Filtered Water, Soybeans, Cane Sugar, Calcium Carbonate, Natural Flavour, Sea Salt, Gellan Gum, Vitamin A Palmitate, Vitamin D2, Riboflavin, Vitamin B12.", "soy sugar", ""),
    ("label", "Nature Valley Crunchy Oats 'n Honey Granola Bars. Ingredients: Whole Grain Rolled Oats, Sugar, Canola Oil, Crisp Rice (Rice Flour, Sugar, Salt, Barley Malt), Honey, Brown Sugar Syrup, Salt, Soy Lecithin, Baking Soda, Natural Flavour.", "soy sugar", "wheat"),
    ("label", "Old Dutch Ripples Original Potato Chips. Ingredients: Potatoes, Vegetable Oil (Canola and/or Sunflower and/or Corn), Salt.", "", "corn"),
    ("label", "Compliments Coconut Milk. Ingredients: Coconut Extract, Water, Guar Gum.", "", ""),
    ("label", "Smucker's Natural Peanut Butter Creamy. Ingredients: Peanuts, Contains 1% or Less of Salt.", "", ""),
    ("label", "Maple Leaf Top Dogs Original Wieners. Ingredients: Mechanically Separated Chicken, Pork, Water, Modified Corn Starch, Salt, Soy Protein, Corn Syrup Solids, Dextrose, Spices, Sodium Phosphate, Sodium Erythorbate, Sodium Nitrite, Smoke. Contains: Soy.", "corn soy sugar", ""),
    ("label", "Kellogg's Rice Krispies. Ingredients: Rice, Sugar, Salt, Malt (Corn Flour, Malted Barley), Vitamins and Minerals (Iron, Niacinamide, Thiamine Hydrochloride, Pyridoxine Hydrochloride, Folic Acid, d-Calcium Pantothenate).", "corn sugar", "wheat"),
    ("label", "Oikos Greek Yogurt Vanilla 0% M.F. Ingredients: Skim Milk, Milk Protein Concentrate, Cane Sugar, Natural Flavour, Pectin, Bacterial Cultures.", "dairy sugar", ""),
    ("label", "Dare Breton Original Crackers. Ingredients: Enriched Wheat Flour, Vegetable Oil (Canola, Soybean), Sugar, Whole Wheat Flour, Wheat Bran, Glucose-Fructose, Salt, Baking Soda, Ammonium Bicarbonate, Soy Lecithin. May contain: Milk, Sesame.", "wheat soy sugar", "dairy corn"),
    ("label", "Tim Hortons Original Blend Single Serve Coffee Pods. Ingredients: 100% Arabica Coffee.", "", ""),
    ("label", "PC Blue Menu Unsweetened Applesauce. No Sugar Added. Ingredients: Apples, Water, Ascorbic Acid.", "", ""),
    ("label", "Dempster's Original Bagels. Ingredients: Enriched Wheat Flour, Water, Sugar/Glucose-Fructose, Yeast, Salt, Wheat Gluten, Vegetable Oil (Canola or Soybean), Calcium Propionate, Sorbic Acid. May contain: Sesame Seeds.", "wheat sugar", "corn soy"),
    ("label", "Becel Original Margarine. Ingredients: Canola and Sunflower Oils (71%), Modified Palm and Palm Kernel Oils, Water, Salt, Whey Powder, Soy Lecithin, Vegetable Monoglycerides, Potassium Sorbate, Natural Flavour, Vitamin A Palmitate, Vitamin D3.", "dairy soy", ""),  # why: margarine, but whey powder is milk
    ("meal", "costco rotisserie chicken and a bagged caesar salad kit", "wheat dairy", "corn soy sugar"),
    ("meal", "boston pizza, just the side salad, no croutons, balsamic dressing", "", "sugar"),
    ("meal", "earls cajun chicken with mashed potatoes and broccolini", "dairy", ""),
    ("meal", "smoothie at home: frozen berries, banana, spinach, unsweetened almond milk", "", ""),
    ("meal", "ginger beef from the chinese place, calgary classic lol", "wheat soy sugar", "corn"),
    ("meal", "A&W beyond burger, no cheese", "wheat sugar", "corn soy"),
    ("meal", "salmon with lemon, quinoa, asparagus", "", ""),
    ("meal", "2 timbits at the rink", "wheat sugar", "dairy corn soy"),
    ("meal", "perogies with fried onions and sour cream", "wheat dairy", ""),
]

# ---------------------------------------------------------------------------
# Hannah, Brisbane, Australia: school-run mum, pastes Woolies and Coles labels
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("label", "Macro Organic Unsweetened Almond Milk. Ingredients: Filtered Water, Organic Almonds (2.5%), Sea Salt, Natural Thickener (Gellan Gum).", "", ""),
    ("label", "Coles Wholemeal Bread. Ingredients: Wholemeal Wheat Flour (53%), Water, Wheat Gluten, Yeast, Canola Oil, Iodised Salt, Vinegar, Soy Flour, Emulsifiers (471, 481), Vitamins (Thiamin, Folic Acid). Contains: Wheat, Gluten, Soy. May be present: Sesame.", "wheat soy", ""),
    ("label", "Arnott's Shapes Barbecue. Ingredients: Wheat Flour, Vegetable Oil, Seasoning (Flavour Enhancer (621), Salt, Sugar, Maltodextrin (Maize), Onion Powder, Garlic Powder, Tomato Powder, Milk Solids, Spices, Colour (Caramel III)), Salt, Raising Agents. Contains Wheat, Milk. May contain Soy.", "wheat dairy corn sugar", "soy"),
    ("label", "Vegemite. Ingredients: Yeast Extract (from Yeast Grown on Barley and Wheat), Salt, Mineral Salt (508), Malt Extract (from Barley), Colour (150c), Flavour, Niacin, Thiamine, Riboflavin, Folate. Contains Gluten.", "wheat", "corn"),
    ("label", "Up&Go Choc Ice Liquid Breakfast. Ingredients: Skim Milk, Water, Cane Sugar, Soy Protein, Wholegrain Cereals (Oat Flour (9%), Barley Flour), Maltodextrin (from Corn), Inulin, Cocoa, Vegetable Oil (Canola), Minerals, Vegetable Gums (460, 466, 407), Flavour, Vitamins.", "dairy corn soy sugar", "wheat"),
    ("label", "Woolworths Free From Gluten Original Crackers. Ingredients: Rice Flour, Maize Starch, Sunflower Oil, Sugar, Salt, Emulsifier (Soy Lecithin). May be present: Milk, Sesame.", "corn soy sugar", "dairy"),
    ("label", "Bulla Creamy Classics Vanilla Ice Cream. Ingredients: Reconstituted Skim Milk, Cream (20%), Sugar, Glucose Syrup (from Wheat), Milk Solids, Emulsifier (471), Vegetable Gums (412, 410, 407), Natural Flavour, Colours (160b).", "wheat dairy sugar", ""),
    ("label", "Mainland Tasty Cheese Block. Ingredients: Milk, Salt, Cultures, Enzyme (Non-Animal Rennet).", "dairy", ""),
    ("label", "Real Foods Corn Thins Original. Ingredients: Corn (98%), Sunflower Oil, Sea Salt. Gluten free.", "corn", ""),
    ("label", "Uncle Tobys Oats Quick Sachets Original. Ingredients: Wholegrain Rolled Oats (100%). Contains Gluten. May contain Milk.", "", "wheat dairy"),
    ("label", "Kikkoman Naturally Brewed Soy Sauce. Ingredients: Water, Soybeans, Wheat, Salt.", "wheat soy", ""),
    ("label", "Heinz Baked Beanz in Tomato Sauce. Ingredients: Navy Beans (51%), Tomato Puree (30%), Water, Sugar, Salt, Maize Thickener (1422), Vinegar, Onion Extract, Spice Extract, Herb Extract.", "corn sugar", ""),
    ("label", "Coca-Cola No Sugar. Ingredients: Carbonated Water, Colour (Caramel 150d), Food Acids (338, 331), Flavour, Sweeteners (951, 950), Preservative (211), Caffeine.", "", "corn"),
    ("label", "Cadbury Caramello Koala. Ingredients: Sugar, Milk Solids, Glucose Syrup, Cocoa Butter, Cocoa Mass, Vegetable Fat, Emulsifiers (Soy Lecithin, 476), Flavours, Salt. Contains Milk, Soy.", "dairy soy sugar", "wheat corn"),
    ("label", "ALDI Just Organic Coconut Yoghurt Natural. Dairy free. Ingredients: Coconut Cream (95%), Tapioca Starch, Live Cultures.", "", ""),
    ("label", "Woolworths Honey Soy Chicken Drumsticks. Ingredients: Chicken Drumsticks (88%), Honey Soy Marinade (Sugar, Soy Sauce (Water, Soybeans, Wheat, Salt), Honey (6%), Thickener (1442), Garlic, Salt, Spices). Contains Soy, Wheat.", "wheat soy sugar", "corn"),
    ("meal", "brekkie: 2 eggs on rye sourdough, no butter", "", "wheat"),  # why: most rye sourdough is cut with wheat flour
    ("meal", "school pick up, grabbed a sausage roll from Bakers Delight", "wheat", "dairy soy sugar"),
    ("meal", "sushi train, 4 salmon avo rolls, no soy sauce", "sugar", ""),
    ("meal", "Grill'd burger on a gluten free bun, no cheese, sweet potato chips", "", "corn soy sugar"),
    ("meal", "GYG burrito bowl with corn and cheese", "dairy corn", ""),
    ("meal", "banana and a handful of sugar-free jelly beans", "", "corn"),
    ("meal", "thai green curry from the local w rice", "sugar", "soy"),  # why: palm sugar is standard in green curry
    ("meal", "mango smoothie from boost juice", "", "dairy sugar"),
    ("meal", "roast lamb, roast veg and gravy from the packet", "", "wheat corn sugar"),
]

# ---------------------------------------------------------------------------
# Mike, Tampa, Florida: Costco and Trader Joe's shopper, long days, some labels
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("label", "Trader Joe's Everything but the Bagel Sesame Seasoning Blend. Ingredients: Sesame Seeds, Sea Salt Flakes, Dried Garlic, Dried Minced Onion, Black Sesame Seeds, Poppy Seeds.", "", ""),
    ("label", "Great Value Original Pancake Syrup. Ingredients: Corn Syrup, High Fructose Corn Syrup, Water, Cellulose Gum, Caramel Color, Salt, Natural and Artificial Flavor, Sodium Benzoate and Sorbic Acid (Preservatives), Sodium Hexametaphosphate.", "corn sugar", ""),
    ("label", "Oscar Mayer Classic Beef Franks. Ingredients: Beef, Water, Contains Less than 2% of Salt, Corn Syrup, Dextrose, Sodium Phosphates, Sodium Diacetate, Sodium Erythorbate, Flavor, Sodium Nitrite.", "corn sugar", ""),
    ("label", "Coffee-mate Original Powdered Creamer. Ingredients: Corn Syrup Solids, Hydrogenated Vegetable Oil (Coconut and/or Palm Kernel and/or Soybean), Less than 2% of Sodium Caseinate (a Milk Derivative)**, Mono- and Diglycerides, Dipotassium Phosphate, Sodium Aluminosilicate, Artificial Flavor, Annatto Color. **Not a source of lactose.", "dairy corn sugar", "soy"),  # why: non-dairy creamer with caseinate
    ("label", "Ben & Jerry's Non-Dairy Chocolate Fudge Brownie. Ingredients: Almond Milk (Water, Almonds), Sugar, Corn Syrup, Wheat Flour, Coconut Oil, Cocoa (Processed with Alkali), Cocoa, Pea Protein, Sunflower Oil, Soy Lecithin, Guar Gum, Vanilla Extract, Salt. Contains: Almonds, Wheat, Soy.", "wheat corn soy sugar", ""),
    ("label", "Trader Joe's Cauliflower Gnocchi. Ingredients: Cauliflower, Cassava Flour, Potato Starch, Extra Virgin Olive Oil, Sea Salt.", "", ""),
    ("label", "Cheez-It Original. Ingredients: Enriched Flour (Wheat Flour, Niacin, Reduced Iron, Vitamin B1, Vitamin B2, Folic Acid), Vegetable Oil (High Oleic Soybean, Palm, and Palm Kernel Oil with TBHQ for Freshness), Cheese Made with Skim Milk (Skim Milk, Whey Protein, Salt, Cheese Cultures, Enzymes, Annatto Extract Color), Contains 2% or Less of Salt, Paprika, Yeast, Paprika Extract Color, Soy Lecithin. Contains: Wheat, Milk, Soy.", "wheat dairy soy", ""),
    ("label", "Banza Chickpea Pasta Rotini. Ingredients: Chickpeas, Pea Protein, Tapioca, Xanthan Gum.", "", "corn"),
    ("label", "Great Value Whole Kernel Sweet Corn, No Salt Added. Ingredients: Corn, Water.", "corn", ""),
    ("label", "Hormel Corned Beef Hash. Ingredients: Beef, Potatoes, Water, Salt, Contains 2% or Less of: Sugar, Spice, Sodium Nitrite, Natural Flavorings.", "sugar", ""),  # why: corned is not corn, but it lists sugar
    ("label", "fairlife 2% Reduced Fat Ultra-Filtered Milk. Lactose Free. Ingredients: Reduced Fat Ultra-Filtered Milk, Lactase Enzyme, Vitamin A Palmitate, Vitamin D3.", "dairy", ""),
    ("label", "Gatorade Zero Lemon-Lime. Ingredients: Water, Citric Acid, Sodium Citrate, Salt, Monopotassium Phosphate, Modified Food Starch, Natural Flavor, Sucralose, Acesulfame Potassium, Glycerol Ester of Rosin, Yellow 5.", "", "wheat corn"),
    ("label", "Sargento Sliced Provolone Natural Cheese. Ingredients: Pasteurized Milk, Cheese Culture, Salt, Enzymes.", "dairy", ""),
    ("label", "Thomas' Original Nooks & Crannies English Muffins. Ingredients: Enriched Wheat Flour (Flour, Malted Barley Flour, Niacin, Reduced Iron, Thiamin Mononitrate, Riboflavin, Folic Acid), Water, Farina, Yeast, Contains 2% or Less of: Corn Meal, Sugar, Soybean Oil, Salt, Calcium Propionate, Vinegar, Monocalcium Phosphate, Calcium Sulfate. Contains: Wheat.", "wheat corn soy sugar", ""),
    ("label", "LÄRABAR Cashew Cookie. Ingredients: Cashews, Dates. Gluten free. Dairy free. No added sugar.", "", ""),
    ("label", "Kraft Real Mayo. Ingredients: Soybean Oil, Water, Eggs, Egg Yolks, Vinegar, Salt, Sugar, Lemon Juice Concentrate, Natural Flavor, Calcium Disodium EDTA as a Preservative.", "soy sugar", ""),
    ("meal", "cuban sandwich from la segunda", "wheat dairy", "sugar"),
    ("meal", "publix chicken tender sub, no cheese", "wheat", "corn soy sugar"),
    ("meal", "blackened grouper sandwich on a kaiser roll", "wheat", "dairy soy sugar"),
    ("meal", "slice of key lime pie at the beach shack", "wheat dairy sugar", ""),
    ("meal", "cracker barrel: grits, 2 eggs, bacon, biscuit w butter", "wheat dairy corn", "sugar"),
    ("meal", "diet coke and a bag of boiled peanuts", "", "corn"),
    ("meal", "red lobster, 3 cheddar bay biscuits and grilled shrimp", "wheat dairy", "sugar"),
    ("meal", "homemade stir fry with coconut aminos instead of soy sauce", "", ""),
    ("meal", "yogurtland frozen yogurt with fresh fruit on top", "dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Sophie, Wellington, New Zealand: label-checker at Countdown, chatty about her kids
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("label", "Ceres Organics Buckwheat Groats. Ingredients: Organic Buckwheat. Packed in a facility that also handles gluten.", "", "wheat"),
    ("label", "Anchor Blue Top Milk. Ingredients: Milk.", "dairy", ""),
    ("label", "Sanitarium Weet-Bix. Ingredients: Wholegrain Wheat (97%), Raw Sugar, Salt, Barley Malt Extract, Vitamins (Niacin, Thiamin, Riboflavin, Folate), Mineral (Iron).", "wheat sugar", ""),
    ("label", "Whittaker's 72% Dark Ghana. Ingredients: Cocoa Mass, Sugar, Cocoa Butter, Cocoa Solids, Emulsifier (Soy Lecithin). Contains Soy. May contain milk solids, peanuts, tree nuts and wheat.", "soy sugar", "wheat dairy"),
    ("label", "Tip Top Vanilla Ice Cream. Ingredients: Cream, Milk Solids, Water, Sugar, Glucose Syrup (Wheat), Emulsifier (471), Stabilisers (412, 407), Flavour, Colour (160b).", "wheat dairy sugar", ""),
    ("label", "Pams Crunchy Peanut Butter No Added Sugar. Ingredients: Peanuts (99%), Salt.", "", ""),
    ("label", "Edmonds Standard Grade Flour. Ingredients: Wheat Flour.", "wheat", ""),
    ("label", "Wattie's Tomato Sauce. Ingredients: Tomatoes (55%), Sugar, Food Acid (Acetic), Salt, Thickener (1422 from Maize), Onion, Spices, Garlic, Natural Flavour.", "corn sugar", ""),
    ("label", "Lewis Road Creamery Chocolate Milk. Ingredients: Whole Milk, Cream, Whittaker's Chocolate (Sugar, Cocoa Mass, Cocoa Butter, Emulsifier (Soy Lecithin)), Sugar, Cocoa, Stabiliser (407).", "dairy soy sugar", ""),
    ("label", "Bluebird Original Salted Potato Chips. Ingredients: Potatoes, Vegetable Oil, Salt.", "", "corn soy"),
    ("label", "Countdown Coconut Cream. Ingredients: Coconut Extract (99.8%), Thickener (Guar Gum).", "", ""),
    ("label", "Macro Organic Tamari Gluten Free. Ingredients: Water, Organic Soybeans, Salt, Organic Alcohol.", "soy", ""),
    ("label", "Ribena Blackcurrant No Added Sugar. Ingredients: Water, Blackcurrant Juice from Concentrate (11%), Acids (Citric Acid, Malic Acid), Sweeteners (Sucralose, Acesulfame K), Preservatives (202, 211), Vitamin C.", "", "corn sugar"),  # why: juice concentrate and citric acid are possibles
    ("label", "Ceres Organics Brown Rice Crackers Tamari. Gluten free. Ingredients: Brown Rice, Tamari (Water, Soybeans, Salt), Sesame Seeds, Sunflower Oil.", "soy", ""),
    ("label", "Vogel's Original Mixed Grain Toast Bread. Ingredients: Kibbled Grains (Wheat, Rye, Barley, Linseed) (44%), Wheat Flour, Water, Gluten, Yeast, Iodised Salt, Cider Vinegar, Emulsifier (Soy Lecithin), Vitamins.", "wheat soy", ""),
    ("meal", "oat flat white at a café on cuba st and a cheese scone", "wheat dairy", ""),
    ("meal", "ate the kids' lunchbox leftovers at my desk: 2 crackers and a cheese stick lol", "wheat dairy", ""),
    ("meal", "fish tacos on the waterfront, flour tortillas", "wheat", "dairy corn soy"),
    ("meal", "burger fuel kumara fries", "", "corn soy"),
    ("meal", "lamb roast, kumara, peas and mint sauce", "sugar", ""),
    ("meal", "afghan biscuit at morning tea", "wheat dairy corn sugar", ""),  # why: afghans are made with cornflakes
    ("meal", "toastie from the dairy, ham cheese pineapple", "wheat dairy", "soy sugar"),
    ("meal", "st pierre's teriyaki chicken sushi roll", "wheat soy sugar", ""),
    ("meal", "louise slice at nana's", "wheat dairy sugar", ""),
    ("meal", "cheese rolls at the market (southland sushi haha)", "wheat dairy", "corn sugar"),
]

# ---------------------------------------------------------------------------
# Rachel, Seattle, Washington: mostly vegan, careful, coffee-shop orders
# ---------------------------------------------------------------------------
BLIND19_CASES += [
    ("meal", "Starbucks grande oatmilk latte, unsweetened", "", ""),
    ("meal", "Starbucks honey almondmilk flat white", "", "sugar"),
    ("meal", "tofu scramble with nutritional yeast and spinach", "soy", ""),
    ("meal", "Beyond burger at home on a gluten-free bun, no cheese", "", "corn sugar"),
    ("meal", "veggie pho with tofu at Pho Bac", "soy", "sugar"),
    ("meal", "tempeh tacos on corn tortillas with cashew crema", "corn soy", ""),
    ("meal", "quinoa bowl with black beans, avocado and salsa verde", "", ""),
    ("meal", "a few squares of Theo 70% dark chocolate", "sugar", "dairy soy"),
    ("meal", "Impossible Whopper, no mayo", "wheat soy sugar", "corn"),
    ("meal", "Dick's Deluxe, yeah I broke vegan", "wheat dairy sugar", "corn soy"),
    ("meal", "miso glazed eggplant with brown rice", "soy sugar", ""),
    ("meal", "a whole bottle of kombucha", "", "sugar"),  # why: residual fermentation sugar
    ("meal", "steamed edamame with sea salt", "soy", ""),
    ("meal", "100% buckwheat juwari soba with the cold dipping sauce", "wheat soy sugar", ""),  # why: the noodles are wheat-free but tsuyu is soy sauce and mirin
    ("meal", "PCC deli kale salad", "", "soy sugar"),
    ("meal", "hot chocolate I made with rice milk, cocoa and maple syrup", "", "sugar"),
    ("meal", "Cream of Wheat made with water, topped with berries", "wheat", ""),  # why: farina; no dairy when made with water
    ("label", "Tofurky Plant-Based Deli Slices Hickory Smoked. Ingredients: Water, Vital Wheat Gluten, Organic Tofu (Water, Organic Soybeans, Magnesium Chloride, Calcium Chloride), Expeller Pressed Canola Oil, Natural Flavors, Organic Cane Sugar, Sea Salt, Carrageenan, Smoke Flavor. Contains: Wheat, Soy.", "wheat soy sugar", ""),
    ("label", "Miyoko's Creamery European Style Cultured Vegan Butter. Ingredients: Organic Coconut Oil, Organic Sunflower Oil, Water, Organic Cashews, Sea Salt, Organic Sunflower Lecithin, Cultures.", "", ""),
    ("label", "Dave's Killer Bread 21 Whole Grains and Seeds. Ingredients: Organic Whole Wheat (Organic Whole Wheat Flour, Organic Cracked Whole Wheat), Water, Organic Cane Sugar, Organic 21 Whole Grains and Seeds Mix (Organic Flaxseeds, Organic Sunflower Seeds, Organic Rolled Oats...), Organic Wheat Gluten, Salt, Organic Molasses, Yeast, Organic Cultured Wheat Flour, Organic Vinegar.", "wheat sugar", ""),
    ("label", "Annie's Organic Honey Bunny Grahams. Ingredients: Organic Wheat Flour, Organic Cane Sugar, Organic Expeller Pressed Sunflower Oil, Organic Honey, Organic Molasses, Baking Soda, Sea Salt, Natural Flavor. Contains: Wheat.", "wheat sugar", ""),
    ("label", "Nature's Path Organic Mesa Sunrise Flakes. Ingredients: Organic Corn Meal, Organic Cane Sugar, Organic Flax Seeds, Organic Buckwheat Flour, Organic Whole Grain Amaranth, Organic Quinoa, Sea Salt, Organic Molasses. Gluten free.", "corn sugar", ""),
    ("label", "So Delicious Dairy Free Unsweetened Coconutmilk Yogurt Alternative. Ingredients: Organic Coconut Milk (Filtered Water, Organic Coconut Cream), Organic Tapioca Starch, Pea Protein, Vegan Cultures.", "", ""),
    ("label", "Silk Unsweetened Almondmilk. Ingredients: Almondmilk (Filtered Water, Almonds), Calcium Carbonate, Sea Salt, Locust Bean Gum, Sunflower Lecithin, Gellan Gum, Vitamin A Palmitate, Vitamin D2, D-Alpha-Tocopherol.", "", ""),
]
