# ruff: noqa: E501
"""Blind labelled set 22: a worldwide elimination-diet user base (about half US/UK/Canada/Australia) logging ordinary and bad-day meals as typed and pasting packaged labels."""

BLIND22_CASES: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------------------
# Jess, Columbus Ohio, mom of two, lowercase, emoji, typos
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "scrambled eggs w spinach and half an avocado, black coffee ☕", "", ""),
    ("meal", "kids left over mac n cheese i ate like 4 bites 🙈", "wheat dairy", ""),
    ("meal", "chipotle bowl - brown rice, black beans, chicken, fajita veggies, pico, guac. no cheese no sour cream", "", ""),
    ("meal", "starbucks grande oatmilk latte, no syrup", "", ""),
    ("meal", "bad day. ate a whole sleeve of ritz crackers standing in the kitchen 😩", "wheat sugar", "corn soy"),
    ("meal", "grilled chicken salad w olive oil + lemon, sugar snap peas, cucumbers", "", ""),
    ("meal", "pb&j on whole wheat 🥜", "wheat sugar", ""),
    ("meal", "banana w almond butter", "", ""),
    ("meal", "sweet potato fries from the air fryer w avocado oil & salt", "", ""),
    ("meal", "taco night - corn tortillas, ground turkey w a taco seasoning packet, lettuce, salsa", "corn", "wheat sugar"),  # why: seasoning packets often carry maltodextrin/sugar/flour
    ("meal", "kids bday party... had a slice of pizza AND a cupcake. whatever 🎂🍕", "wheat dairy sugar", "corn soy"),
    ("meal", "rice cakes w hummus", "", ""),
    ("meal", "smoothie: frozen berries, spinach, banana, unsweetened almond milk, scoop of vanilla protein powder", "", "dairy soy sugar"),  # why: protein powder unnamed (whey or soy, maybe sweetened)
    ("meal", "leftover chili (beef, beans, tomatos, spices) no cheese on top this time", "", ""),
    ("meal", "honey nut cheerios dry out of the box at 11pm lol", "corn sugar", ""),  # why: sugar, brown sugar syrup and corn starch on the box
    ("meal", "salmon, roasted broccoli, quinoa", "", ""),
    ("meal", "wendys frosty small 😬 it was a day", "dairy sugar", "corn"),
    ("meal", "tuna salad w avocado instead of mayo, on romaine leaves", "", ""),
    ("meal", "2 hard boiled eggs and an apple", "", ""),
    ("meal", "apple butter (no sugar added kind) on a rice cake", "", ""),
    ("meal", "butternut squash soup i made w coconut milk and veggie broth", "", ""),
    ("label", "Simple Mills Almond Flour Crackers, Fine Ground Sea Salt. Gluten Free. Ingredients: Nut & Seed Flour Blend (Almond, Sunflower Seeds, Flax Seeds), Tapioca, Cassava, Organic Sunflower Oil, Sea Salt, Organic Onion, Organic Garlic, Rosemary Extract. Contains: Almonds.", "", ""),
    ("label", "Annie's Organic Bunny Fruit Snacks Berry Patch. Ingredients: Organic Tapioca Syrup, Organic Cane Sugar, Organic Tapioca Syrup Solids, Pectin, Citric Acid, Natural Flavors, Sodium Citrate, Ascorbic Acid (Vitamin C), Organic Sunflower Oil, Colors (Black Carrot Juice Concentrate), Carnauba Wax.", "sugar", "corn"),
    ("label", "Kraft Macaroni & Cheese Dinner Original. Ingredients: Enriched Macaroni Product (Wheat Flour, Durum Flour, Niacin, Ferrous Sulfate, Thiamin Mononitrate, Riboflavin, Folic Acid); Cheese Sauce Mix (Whey, Milkfat, Milk Protein Concentrate, Salt, Contains Less Than 2% of Sodium Triphosphate, Citric Acid, Lactic Acid, Sodium Phosphate, Calcium Phosphate, Paprika, Turmeric, and Annatto (for color), Enzymes, Cheese Culture). Contains: Wheat, Milk.", "wheat dairy", "corn"),
    ("label", "Kind Bar Dark Chocolate Nuts & Sea Salt. Ingredients: Almonds, Peanuts, Chicory Root Fiber, Honey, Palm Kernel Oil, Sugar, Glucose Syrup, Rice Flour, Unsweetened Chocolate, Sea Salt, Soy Lecithin, Cocoa Powder Processed with Alkali, Natural Flavor, Vanilla Extract. Contains Peanuts, Almonds and Soy.", "soy sugar", "corn wheat dairy"),  # why: glucose syrup source unstated; natural flavor in a sweet
    ("label", "Nature's Own Honey Wheat Bread. Ingredients: Enriched Wheat Flour (Flour, Malted Barley Flour, Niacin, Iron, Thiamin Mononitrate, Riboflavin, Folic Acid), Water, Whole Wheat Flour, Sugar, Wheat Gluten, Honey, Yeast, Contains 2% or Less of: Soybean Oil, Salt, Molasses, Dough Conditioners (Contains One or More of the Following: Sodium Stearoyl Lactylate, Calcium Stearoyl Lactylate, Monoglycerides, Mono and Diglycerides, Distilled Monoglycerides, Calcium Peroxide, Datem), Vinegar, Soy Lecithin, Cultured Wheat Flour. Contains: Wheat, Soy.", "wheat soy sugar", ""),
    ("label", "Siggi's Icelandic Skyr Plain Non-Fat. Ingredients: Pasteurized Skim Milk, Live Active Cultures. 0g added sugar.", "dairy", ""),
    ("label", "Goldfish Cheddar Baked Snack Crackers. Ingredients: Enriched Wheat Flour (Flour, Niacin, Reduced Iron, Thiamine Mononitrate, Riboflavin, Folic Acid), Cheddar Cheese ([Cultured Milk, Salt, Enzymes], Annatto), Vegetable Oils (Canola, Sunflower And/Or Soybean), Contains 2% or Less of: Salt, Yeast, Sugar, Autolyzed Yeast Extract, Spices, Celery, Onion Powder, Monocalcium Phosphate, Baking Soda. Contains: Wheat, Milk.", "wheat dairy sugar", "soy"),
]

# ---------------------------------------------------------------------------
# Marcus, Houston Texas, gym guy, terse, brand names, no punctuation
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "6 egg whites 1 cup oats blueberries", "", ""),
    ("meal", "chick fil a 8ct nuggets waffle fries chick fil a sauce", "wheat dairy sugar", "corn soy"),  # why: breaded nuggets use milk wash; sauce has sugar and oil
    ("meal", "ribeye baked potato w butter green beans", "dairy", ""),
    ("meal", "brisket plate 2 sides potato salad + coleslaw. sauce on the side didnt use it", "", "soy sugar"),  # why: rub, mayo and slaw vary
    ("meal", "protein shake 2 scoops ON gold standard double rich choc w water", "dairy soy", ""),  # why: whey plus soy lecithin on that tub
    ("meal", "whataburger patty no bun lettuce wrap mustard only", "", ""),
    ("meal", "cheat meal 2 slices costco pepperoni + a churro", "wheat dairy sugar", "corn soy"),
    ("meal", "chicken breast jasmine rice broccoli meal prep day 4", "", ""),
    ("meal", "quest bar cookies n cream", "dairy", "corn soy"),
    ("meal", "fajitas w flour tortillas rice refried beans pico. skipped the queso", "wheat", "dairy soy"),  # why: refried beans often topped with cheese; fajita marinades often use soy sauce
    ("meal", "HEB rotisserie chicken + bag salad w balsamic", "", "corn sugar"),
    ("meal", "coke zero", "", "corn"),  # why: caramel color
    ("meal", "big bowl frosted flakes at 1am w 2% milk dont judge", "corn dairy sugar", "wheat"),  # why: malt flavor
    ("meal", "sirloin sweet potato asparagus", "", ""),
    ("meal", "2 breakfast tacos from the gas station egg bacon potato flour tortilla", "wheat", "corn soy sugar dairy"),  # why: bacon cure, tortilla shortening, gas-station eggs often cooked with butter/margarine
    ("meal", "greek yogurt plain + honey", "dairy", "sugar"),
    ("meal", "bud light x3 at the game + a hot dog", "wheat", "corn sugar soy"),  # why: bun is wheat; beer and hot dog carry corn syrup/dextrose
    ("label", "RXBAR Chocolate Sea Salt. 12g Protein. Ingredients: Dates, Egg Whites, Cashews, Almonds, Chocolate, Cocoa, Natural Flavors, Sea Salt. Contains: Egg, Almond, Cashew. May contain Peanuts, Soy, Milk, Other Tree Nuts.", "", "dairy soy"),
    ("label", "Premier Protein Shake Chocolate. 30g protein, 1g sugar. Ingredients: Water, Milk Protein Concentrate, Calcium Caseinate, Cocoa Processed with Alkali, Contains less than 1% of: Vegetable Oil (Sunflower and/or Canola), Soy Lecithin, Potassium Citrate, Cellulose Gel, Natural & Artificial Flavors, Carrageenan, Sucralose, Acesulfame Potassium, Vitamins and Minerals. Contains: Milk, Soy.", "dairy soy", ""),
    ("label", "Doritos Nacho Cheese Flavored Tortilla Chips. Ingredients: Corn, Vegetable Oil (Corn, Canola, and/or Sunflower Oil), Maltodextrin (Made from Corn), Salt, Cheddar Cheese (Milk, Cheese Cultures, Salt, Enzymes), Whey, Monosodium Glutamate, Buttermilk, Romano Cheese (Part-Skim Cow's Milk, Cheese Cultures, Salt, Enzymes), Whey Protein Concentrate, Onion Powder, Corn Flour, Natural and Artificial Flavor, Dextrose, Tomato Powder, Lactose, Spices, Artificial Color (Including Yellow 6, Yellow 5, and Red 40), Lactic Acid, Citric Acid, Sugar, Garlic Powder, Skim Milk, Red and Green Bell Pepper Powder, Disodium Inosinate, Disodium Guanylate. Contains Milk.", "corn dairy sugar", ""),
    ("label", "Jack Link's Original Beef Jerky. Ingredients: Beef, Water, Sugar, Salt, Less than 2% of: Hydrolyzed Soy Protein, Natural Flavors, Vinegar, Garlic Powder, Sodium Nitrite. Contains: Soy.", "soy sugar", ""),
    ("label", "Gatorade Thirst Quencher Lemon-Lime. Ingredients: Water, Sugar, Dextrose, Citric Acid, Salt, Sodium Citrate, Monopotassium Phosphate, Gum Arabic, Natural Flavor, Glycerol Ester of Rosin, Yellow 5.", "sugar", "corn"),
    ("label", "Kodiak Power Cakes Buttermilk Flapjack & Waffle Mix. 14g Protein. Ingredients: 100% Whole Grain Wheat Flour, Wheat Protein Isolate, 100% Whole Grain Oat Flour, Whey Protein Concentrate, Buttermilk, Leavening (Sodium Acid Pyrophosphate, Baking Soda), Cane Sugar, Milk Protein Concentrate, Sea Salt. Contains Wheat and Milk.", "wheat dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Priya, San Jose California, software engineer, precise, lists quantities
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "Breakfast: 2 besan chillas (chickpea flour, onion, tomato, cilantro) cooked in avocado oil, mint chutney.", "", ""),
    ("meal", "Lunch: office cafeteria poke bowl - brown rice, ahi, edamame, cucumber, seaweed salad, spicy mayo on the side (didn't use).", "soy", "sugar wheat"),  # why: seaweed salad is dressed with sugar and soy sauce
    ("meal", "Dinner: homemade dal tadka (toor dal, tempered in ghee), basmati rice, bhindi sabzi.", "dairy", ""),
    ("meal", "Correction to dinner: I used coconut oil for the tadka, not ghee.", "", ""),
    ("meal", "Snack: 1 cup masala chai with oat milk, no sugar.", "", ""),
    ("meal", "Sweetgreen Harvest Bowl - wild rice, chicken, sweet potato, apple, goat cheese, almonds, kale, balsamic vinaigrette", "dairy", "sugar"),
    ("meal", "Bad day: 2 parle-g biscuits with chai (regular milk, 1 tsp sugar)", "wheat dairy sugar", ""),
    ("meal", "Mom's aloo paratha with a dollop of butter and pickle", "wheat dairy", ""),
    ("meal", "Trader Joe's cauliflower gnocchi sauteed in olive oil with pesto", "", "dairy"),  # why: pesto usually has parmesan; cauliflower gnocchi itself is cassava/potato starch
    ("meal", "3 medjool dates with almond butter", "", ""),
    ("meal", "Tofu scramble with turmeric, spinach, and tamari", "soy", "wheat"),  # why: tamari is often but not always wheat-free
    ("meal", "In-N-Out Double-Double protein style, no spread, + animal fries (shared)", "dairy sugar", "corn soy"),  # why: animal fries come with cheese and the sweet relish spread
    ("meal", "Idli (3) with sambar and coconut chutney", "", ""),
    ("meal", "Masala dosa from Saravana Bhavan, sambar, chutneys", "", "dairy"),  # why: restaurants often brush dosa with ghee/butter
    ("meal", "Paneer tikka (6 pcs) and cucumber raita", "dairy", ""),
    ("meal", "Chia pudding: chia seeds, light coconut milk, maple syrup 1 tbsp, mango", "", "sugar"),
    ("label", "Trader Joe's Everything but the Bagel Sesame Seasoning Blend. Ingredients: Sesame Seeds (White and Black), Sea Salt Flakes, Dried Garlic, Dried Minced Onion, Poppy Seeds.", "", ""),
    ("label", "Maggi 2-Minute Masala Noodles. Ingredients: Noodles: Refined Wheat Flour (Maida), Palm Oil, Iodised Salt, Wheat Gluten, Thickeners (508 & 412), Acidity Regulators (501(i) & 500(i)) and Humectant (451(i)). Masala Tastemaker: Mixed Spices (27.6%), Noodle Powder (Refined Wheat Flour (Maida), Starch and Iodised Salt), Sugar, Hydrolysed Groundnut Protein, Iodised Salt, Onion Powder, Edible Vegetable Fat, Garlic Powder, Thickener (508), Colour (150d), Flavour Enhancer (635), Acidity Regulator (330). Contains Wheat. May contain Milk, Mustard, Oats and Soy.", "wheat sugar", "corn dairy soy"),
    ("label", "Oatly Oatmilk Full Fat. Ingredients: Oat base (water, oats), low erucic acid rapeseed oil, dipotassium phosphate, calcium carbonate, tricalcium phosphate, sea salt, dicalcium phosphate, riboflavin, vitamin A, vitamin D2, vitamin B12.", "", ""),
    ("label", "Silk Original Soymilk. Ingredients: Soymilk (Filtered Water, Soybeans), Cane Sugar, Contains 1% or Less of: Vitamin and Mineral Blend (Calcium Carbonate, Vitamin A Palmitate, Vitamin D2, Riboflavin [B2], Vitamin B12), Sea Salt, Natural Flavor, Gellan Gum, Ascorbic Acid (to Protect Freshness). Contains: Soy.", "soy sugar", ""),
    ("label", "Deep Gulab Jamun Mix. Ingredients: Milk Solids, Refined Wheat Flour, Vegetable Fat, Semolina, Raising Agent (500(ii)). Contains Milk, Wheat.", "wheat dairy", "corn soy"),  # why: unspecified vegetable fat
]

# ---------------------------------------------------------------------------
# Dana, Tampa Florida, chronic pain, long rambling bad-day posts
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "ok so today was rough. knees were screaming so I didnt cook, husband brought home panera broccoli cheddar soup in a bread bowl and I ate the whole thing including the bowl", "wheat dairy", "corn sugar"),
    ("meal", "morning: coffee w coffeemate french vanilla, like 3 of the little cups", "sugar", "corn dairy soy"),  # why: non-dairy creamer has sodium caseinate, corn syrup solids, soybean oil
    ("meal", "eggs over easy in butter, 2 strips turkey bacon, half a grapefruit", "dairy", "sugar corn"),
    ("meal", "lunch was a salad from publix deli w ranch. I know I know", "dairy", "soy sugar corn"),
    ("meal", "dinner: baked chicken thighs, roasted carrots and zucchini in olive oil. proud of myself today", "", ""),
    ("meal", "late night I had a spoonful of peanut butter straight from the jar (jif)", "sugar", "soy"),  # why: Jif has sugar and hydrogenated oils (rapeseed and soybean)
    ("meal", "cuban sandwich from the place by work. pork ham swiss pickles mustard on cuban bread pressed w butter", "wheat dairy", "sugar corn"),
    ("meal", "shrimp & grits at brunch, they def used cream and cheese in the grits", "corn dairy", ""),
    ("meal", "key lime pie slice (my sisters bday, not sorry)", "wheat dairy sugar", ""),
    ("meal", "smoothie from the mall place, strawberry banana. found out after they add turbinado and a protein blend", "sugar", "dairy soy"),  # why: protein blend unnamed
    ("meal", "homemade turkey meatballs (turkey, egg, almond flour, herbs) over spaghetti squash with marinara (raos)", "", ""),
    ("meal", "2 cups popcorn w coconut oil and salt, movie night", "corn", ""),
    ("meal", "corned beef hash from a can w a fried egg", "", "corn sugar"),  # why: canned hash carries dextrose/corn syrup; not corn by name
    ("meal", "the cheesecake factory. I got the skinnylicious grilled salmon, and yes I ate the bread they bring out, brown bread and butter, 2 pieces", "wheat dairy sugar", ""),  # why: that brown bread is made with molasses
    ("meal", "just black coffee and a banana, stomach is bad today", "", ""),
    ("meal", "egg white omelette (recipe said a pinch of cream of tartar lol) with sugar snap peas", "", ""),
    ("meal", "cracker barrel: chicken n dumplins, fried okra, turnip greens, and a biscuit", "wheat dairy corn", "soy sugar"),  # why: fried okra is cornmeal-breaded
    ("label", "Coffee mate Natural Bliss Sweet Cream. Ingredients: Nonfat Milk, Heavy Cream, Cane Sugar, Natural Flavor. Contains: Milk.", "dairy sugar", ""),
    ("label", "Rao's Homemade Marinara Sauce. Ingredients: Italian Whole Peeled Tomatoes, Olive Oil, Onions, Salt, Garlic, Basil, Black Pepper, Oregano. No added sugar.", "", ""),
    ("label", "Lay's Classic Potato Chips. Ingredients: Potatoes, Vegetable Oil (Sunflower, Corn, and/or Canola Oil), and Salt.", "", "corn"),  # why: corn oil is one of the and/or oils
    ("label", "Little Debbie Oatmeal Creme Pies. Ingredients: Corn Syrup, Enriched Flour (Wheat Flour, Niacin, Reduced Iron, Thiamin Mononitrate, Riboflavin, Folic Acid), Sugar, Palm and Palm Kernel Oil, Whole Grain Rolled Oats, Dextrose, Water, Molasses, Contains 2% or less of Soybean Oil, Salt, Sorbitol, Baking Soda, Whey, Soy Lecithin, Egg Whites, Mono and Diglycerides, Soy Flour, Corn Starch, Cinnamon, Artificial Flavor, Nutmeg, Potassium Sorbate. Contains: Wheat, Milk, Soy, Egg.", "wheat dairy corn soy sugar", ""),
    ("label", "Hormel Corned Beef Hash. Ingredients: Beef, Rehydrated Potatoes, Water, Contains 2% or Less of Salt, Dextrose, Sugar, Natural Flavoring, Sodium Nitrite.", "sugar", "corn"),
    ("label", "Publix Greenwise Organic Unsweetened Applesauce. Ingredients: Organic Apples, Water, Ascorbic Acid (Vitamin C).", "", ""),
]

# ---------------------------------------------------------------------------
# Tom, Manchester UK, builder, British food words, lads' banter, short posts
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "bacon butty on white with brown sauce, brew with milk 2 sugars", "wheat dairy sugar", "corn"),  # why: brown sauce has sugar/glucose-fructose syrup
    ("meal", "full english minus the toast - 2 eggs, bacon, sausages, beans, mushrooms, tomato", "wheat sugar", "corn"),  # why: British sausages contain rusk; baked beans have sugar
    ("meal", "meal deal: chicken and bacon sandwich, walkers ready salted, diet coke", "wheat", "dairy sugar soy corn"),  # why: mayo in sandwich, bread may have soya flour/sugar
    ("meal", "jacket potato with tuna, no mayo, side salad", "", ""),
    ("meal", "chippy tea, cod and chips and mushy peas. battered obviously", "wheat", "corn soy"),  # why: batter is flour; frying oil unspecified
    ("meal", "sunday roast at me mams, beef, roast spuds, yorkshire pudding, carrots, gravy (bisto)", "wheat dairy", "corn sugar"),  # why: Yorkshire pudding is flour, egg and milk; gravy granules have maltodextrin/starch
    ("meal", "2 weetabix with semi skimmed", "wheat dairy sugar", ""),  # why: Weetabix has added sugar and barley malt
    ("meal", "steak with peppercorn sauce, chips, peas", "dairy", "corn soy"),  # why: peppercorn sauce is cream-based; chips oil
    ("meal", "cornish pasty from greggs", "wheat", "dairy"),
    ("meal", "sausage roll and a yum yum. bad day on site", "wheat sugar", "dairy corn soy"),
    ("meal", "chicken tikka masala, pilau rice, garlic naan from the takeaway", "wheat dairy", "sugar corn soy"),
    ("meal", "beans on toast, butter on the toast", "wheat dairy sugar", ""),
    ("meal", "pint of guinness and a packet of scampi fries", "wheat", "soy corn sugar"),
    ("meal", "porridge made with water, handful of blueberries", "", ""),
    ("meal", "tesco chicken fajita wrap", "wheat", "sugar corn soy dairy"),
    ("meal", "couple of crumpets with lurpak", "wheat dairy", "sugar"),
    ("label", "Heinz Baked Beanz. Ingredients: Beans (51%), Tomatoes (34%), Water, Sugar, Spirit Vinegar, Modified Cornflour, Salt, Spice Extracts, Herb Extract.", "corn sugar", ""),
    ("label", "HP Sauce The Original. Ingredients: Tomatoes, Malt Vinegar (from Barley), Spirit Vinegar, Sugar, Glucose-Fructose Syrup, Dates, Modified Cornflour, Rye Flour, Salt, Spices, Tamarind.", "corn sugar", "wheat"),
    ("label", "Warburtons Medium Sliced White Bread. Ingredients: Wheat Flour (with Calcium, Iron, Niacin (B3) and Thiamin (B1)), Water, Yeast, Salt, Soya Flour, Preservative: Calcium Propionate, Vegetable Oil (Rapeseed, Sustainable Palm), Emulsifiers: E471, E481, E472e, Flour Treatment Agent: Ascorbic Acid (Vitamin C). Allergy advice: for allergens, see ingredients in bold.", "wheat soy", ""),
    ("label", "Walkers Ready Salted Crisps. Ingredients: Potatoes, Vegetable Oils (Sunflower, Rapeseed, in varying proportions), Salt.", "", ""),
    ("label", "Bisto Gravy Granules for Meat. Ingredients: Potato Starch, Maltodextrin, Palm Oil, Salt, Wheat Flour, Colour (Ammonia Caramel), Flavourings, Flavour Enhancers (E621, E635), Emulsifier (Soya Lecithin). Contains: Wheat, Soya, Barley.", "wheat soy", "corn"),
]

# ---------------------------------------------------------------------------
# Siobhan, Glasgow Scotland, nurse on night shifts, chatty, self-corrects
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "3am on shift: a tunnock's tea cake from the staff room. well two.", "wheat dairy sugar", "soy corn"),
    ("meal", "overnight oats w oat milk, chia and raspberries", "", ""),
    ("meal", "lorne sausage roll from the van, no sauce", "wheat", "corn sugar"),  # why: square sausage has rusk; roll is wheat
    ("meal", "soup and a sandwich at the canteen - lentil soup and egg mayo on brown. actually scratch the sandwich, just had the soup and an oatcake", "", "dairy"),  # why: canteen lentil soup may be finished with butter
    ("meal", "homemade stovies, tatties onion and leftover beef, cooked in dripping", "", ""),
    ("meal", "irn bru. the full fat one 🙃", "sugar", ""),
    ("meal", "salmon fillet, new potatoes, buttered kale", "dairy", ""),
    ("meal", "haggis neeps and tatties, tatties mashed with butter and milk", "dairy", ""),  # why: haggis is oatmeal-based, not wheat
    ("meal", "hula hoops and a cup of tea black", "", ""),
    ("meal", "chicken pakora from the takeaway with the pink sauce", "dairy", "soy corn sugar"),  # why: pakora is gram flour; pink sauce is mayo/ketchup/yoghurt
    ("meal", "gluten free toast (genius) with marmalade", "sugar", "corn soy"),
    ("meal", "prawn salad, lemon, olive oil. fruit salad after", "", ""),
    ("label", "Tunnock's Caramel Wafer Biscuits. Ingredients: Sugar, Wheat Flour, Vegetable Oil (Palm, Rapeseed), Glucose Syrup, Sweetened Condensed Skimmed Milk (Skimmed Milk, Sugar), Dried Whey (Milk), Cocoa Mass, Cocoa Butter, Dried Whole Milk, Raising Agents (Sodium Bicarbonate), Salt, Emulsifier (Soya Lecithin), Flavouring. Allergens in bold. May contain nuts.", "wheat dairy soy sugar", "corn"),
    ("label", "Nairn's Rough Oatcakes. Ingredients: Wholegrain Oats (87%), Sustainable Palm Fruit Oil, Sea Salt, Raising Agent: Sodium Bicarbonate. May contain Milk.", "", "dairy"),
    ("label", "Genius Gluten Free Seeded Brown Sandwich Bread. Ingredients: Water, Starches (Tapioca, Potato, Maize), Rice Flour, Seeds (Sunflower, Linseed, Poppy, Millet), Psyllium Husk Powder, Rapeseed Oil, Sugar, Pea Protein, Yeast, Humectant: Vegetable Glycerine, Thickener: Xanthan Gum, Salt, Preservative: Calcium Propionate. May contain Soya.", "corn sugar", "soy"),
    ("label", "IRN-BRU Sugar Free. Ingredients: Carbonated Water, Acid (Citric Acid), Flavourings (including Caffeine), Sweeteners (Aspartame, Acesulfame K), Preservative (Potassium Sorbate), Colours (Sunset Yellow, Ponceau 4R). Contains a source of phenylalanine.", "", "corn"),
]

# ---------------------------------------------------------------------------
# Aisha, London UK, Nigerian-British, mixes Nigerian and British food, pidgin touches
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "jollof rice and chicken at my aunty's, plus fried plantain", "", "corn soy sugar"),  # why: vegetable oil; stock cubes carry maize starch, sugar, maybe soy
    ("meal", "egusi soup with pounded yam, no wahala today", "", "corn soy sugar"),  # why: seasoning cubes
    ("meal", "akara (bean fritters) with pap. sweetened the pap with evaporated milk and sugar sha", "corn dairy sugar", "soy"),  # why: pap/ogi is fermented maize
    ("meal", "Pret falafel and halloumi wrap 😋", "wheat dairy", "sugar"),
    ("meal", "moi moi with a boiled egg", "", "corn soy"),
    ("meal", "Greggs vegan sausage roll", "wheat", "soy sugar"),
    ("meal", "puff puff at a party. like 6. i no fit", "wheat sugar", "corn soy"),
    ("meal", "suya and onions", "", "corn soy"),  # why: suya spice (yaji) mix often contains stock cubes and groundnut; oil basting
    ("meal", "Nando's half chicken medium, spicy rice, corn on the cob", "corn", ""),
    ("meal", "Indomie with egg, noodle drama at 1am", "wheat", "soy sugar corn"),
    ("meal", "yam porridge with palm oil and spinach", "", ""),
    ("meal", "Starbucks caramel macchiato w coconut milk", "sugar", "dairy corn"),  # why: caramel drizzle is made with butter/cream and corn syrup
    ("meal", "chin chin from mum's tin", "wheat dairy sugar", ""),
    ("meal", "ewa agoyin and agege bread", "wheat sugar", ""),  # why: agege bread is sweet white bread
    ("label", "Indomie Mi Goreng Instant Fried Noodles. Ingredients: Noodle: Wheat Flour, Vegetable Oil (Antioxidant: TBHQ), Tapioca Starch, Salt, Acidity Regulators (Potassium Carbonate, Sodium Carbonate), Thickener (Guar Gum), Colour (Tartrazine). Seasoning: Sugar, Salt, Flavour Enhancer (MSG), Garlic Powder, Onion Powder, Pepper. Seasoning Oil: Vegetable Oil, Onion. Sweet Soy Sauce: Sugar, Water, Salt, Wheat, Soybean, Sesame. Chilli Sauce: Chilli, Sugar, Salt, Garlic, Onion, Vinegar. Fried Onion. Contains Wheat, Soy.", "wheat soy sugar", "corn"),
    ("label", "Maggi Chicken Seasoning Cubes. Ingredients: Salt, Flavour Enhancers (Monosodium Glutamate, Disodium Inosinate, Disodium Guanylate), Palm Fat, Maize Starch, Sugar, Chicken Fat, Flavourings, Onion Powder, Colour (Caramel), Spices. May contain Wheat, Soya, Milk, Celery.", "corn sugar", "wheat soy dairy"),
    ("label", "Peak Evaporated Full Cream Milk. Ingredients: Milk, Stabiliser (Disodium Phosphate), Vitamins A and D.", "dairy", ""),
    ("label", "Alpro Soya Plain No Sugars. Ingredients: Water, Hulled Soya Beans (8%), Calcium (Tri-Calcium Phosphate), Stabiliser (Gellan Gum), Vitamins (B2, B12, D2).", "soy", ""),
]

# ---------------------------------------------------------------------------
# Chloe, Toronto Canada, grad student, quick posts, Tim Hortons regular
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "timmies large double double", "dairy sugar", ""),
    ("meal", "timmies steeped tea black + a plain bagel no butter", "wheat", "sugar"),
    ("meal", "poutine at 2am after the bar. yes the whole thing", "dairy", "wheat corn soy"),  # why: gravy thickened with flour/starch; fries oil
    ("meal", "quinoa salad i prepped: quinoa, chickpeas, cucumber, red onion, feta, lemon", "dairy", ""),
    ("meal", "butter chicken from the indian place on bloor and rice", "dairy", "sugar"),
    ("meal", "peameal bacon on a bun", "wheat corn", "sugar"),  # why: peameal bacon is rolled in cornmeal
    ("meal", "oat milk latte + banana bread from the cafe", "wheat sugar", "dairy"),
    ("meal", "shawarma plate: chicken, rice, salad, hummus, garlic sauce, hot sauce. no pita", "", "dairy"),  # why: toum is usually egg-free oil/garlic, but some places add yogurt
    ("meal", "kd, just kd. its been a week", "wheat dairy", "corn"),
    ("meal", "nanaimo bar (one). my roommate made them", "wheat dairy sugar", ""),
    ("meal", "pho tai with rice noodles, skipped the hoisin", "", "sugar"),  # why: pho broth is often seasoned with rock sugar
    ("meal", "roasted chickpeas, carrots w guac", "", ""),
    ("meal", "sushi - 2 salmon rolls and a cucumber roll, tamari instead of soy sauce", "soy sugar", "wheat"),  # why: sushi rice seasoned with sugar
    ("label", "President's Choice Blue Menu Multigrain Crackers. Ingredients: Whole Wheat Flour, Wheat Flour, Canola Oil, Sugar, Flax Seed, Oat Flakes, Rye Flakes, Salt, Barley Malt Extract, Baking Soda, Soy Lecithin. Contains: Wheat, Barley, Soy.", "wheat sugar soy", ""),
    ("label", "Tim Hortons Chocolate Glazed Timbit. Ingredients: Enriched Wheat Flour, Sugar, Water, Vegetable Oil Shortening (Palm, Soybean And/Or Canola), Dextrose, Cocoa, Glucose-Fructose, Modified Corn Starch, Soy Flour, Skim Milk Powder, Egg Yolk, Salt, Baking Powder, Mono and Diglycerides. Contains: Wheat, Soy, Milk, Egg.", "wheat soy dairy sugar corn", ""),
    ("label", "Kraft Peanut Butter Smooth (Canada). Ingredients: Selected Peanuts, Hydrogenated Vegetable Oil, Icing Sugar, Salt. May contain Soy.", "sugar", "corn soy"),  # why: icing sugar in Canada has corn starch; hydrogenated oil unspecified
    ("label", "Natrel Lactose Free 2% Milk. Ingredients: Partly Skimmed Milk, Lactase, Vitamin A Palmitate, Vitamin D3.", "dairy", ""),
    ("label", "So Delicious Dairy Free Coconutmilk Frozen Dessert Vanilla Bean. Ingredients: Organic Coconut Milk (Filtered Water, Organic Coconut Cream), Organic Cane Sugar, Organic Tapioca Syrup, Organic Tapioca Starch, Organic Vanilla Extract, Vanilla Bean Specks, Organic Guar Gum, Organic Carob Bean Gum. Dairy free.", "sugar", ""),
]

# ---------------------------------------------------------------------------
# Marc-André, Montréal Québec, types in French mostly, some English
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "déjeuner: 2 oeufs, patates rôties, fèves au lard, toast blé entier beurré", "wheat dairy sugar", ""),  # why: fèves au lard are made with maple syrup/molasses/brown sugar
    ("meal", "café noir et une pomme", "", ""),
    ("meal", "smoked meat chez Schwartz's sur pain de seigle avec moutarde, cornichon", "wheat", "sugar"),  # why: deli rye bread is mostly wheat flour; smoked meat cure may have sugar
    ("meal", "pâté chinois maison (boeuf haché, maïs en crème, purée)", "corn dairy", "sugar"),  # why: creamed corn often sweetened; purée made with milk/butter
    ("meal", "pouding chômeur chez ma mère... journée difficile", "wheat dairy sugar", ""),
    ("meal", "salade de quinoa, saumon grillé, vinaigrette huile d'olive citron", "", ""),
    ("meal", "tire sur la neige à la cabane à sucre 🍁", "", "sugar"),  # why: pure maple syrup only
    ("meal", "cretons sur une rôtie", "wheat", "dairy sugar"),  # why: some cretons recipes use milk; bread may have sugar
    ("meal", "soupe aux pois maison avec jambon", "", "sugar"),
    ("meal", "bagel St-Viateur sésame, nature", "wheat sugar", ""),  # why: Montreal bagels are boiled in honey water and contain sugar/malt
    ("meal", "tofu général tao du resto, riz blanc", "soy wheat sugar corn", ""),  # why: cornstarch-coated, sauce of soy sauce and sugar
    ("meal", "yogourt grec nature avec bleuets et sirop d'érable", "dairy", "sugar"),
    ("label", "Nutella pâte à tartiner aux noisettes et au cacao. Ingrédients: sucre, huile de palme modifiée, noisettes, cacao dégraissé, lait écrémé en poudre, lactosérum en poudre, lécithine de soja, vanilline. Contient: noisettes, lait, soja.", "sugar dairy soy", ""),
    ("label", "Mini-Wheats Kellogg's Original. Ingrédients: Blé entier, sucre, gélatine, BHT. Contient du blé.", "wheat sugar", ""),
    ("label", "Liberté Yogourt grec 0% nature. Ingrédients: lait écrémé, substances laitières modifiées, culture bactérienne.", "dairy", ""),
    ("label", "Clover Leaf Thon pâle émietté dans l'eau. Ingrédients: thon, eau, sel, bouillon de légumes (contient du soja).", "soy", ""),
]

# ---------------------------------------------------------------------------
# Liam, Sydney Australia, tradie, Aussie slang, short posts
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "brekkie: 2 eggs on sourdough, avo, no butter", "wheat", ""),
    ("meal", "vegemite toast x2 with butter", "wheat dairy", "sugar"),
    ("meal", "servo meat pie and a choccy milk. cooked day", "wheat dairy sugar", "corn soy"),
    ("meal", "snag in bread at bunnings with onions and tomato sauce", "wheat sugar", "corn soy"),  # why: Aussie sausages contain rice/wheat fillers and dextrose
    ("meal", "flat white with almond milk", "", "sugar"),  # why: cafe almond milks are usually sweetened
    ("meal", "tim tams, half the packet 😬", "wheat dairy sugar", "soy"),
    ("meal", "lamb chops, chips and salad", "", "corn soy"),
    ("meal", "poke bowl from the place near work, salmon, rice, edamame, pickled ginger, sesame dressing", "soy sugar", "wheat"),
    ("meal", "chicken parma and chips at the pub", "wheat dairy", "corn soy sugar"),
    ("meal", "acai bowl w banana, granola, honey", "sugar", "wheat"),  # why: acai bowl base and granola are sweetened
    ("meal", "kebab (HSP) - chips, doner meat, cheese, garlic and bbq sauce", "dairy sugar", "wheat corn soy"),  # why: halal snack pack has no bread but doner meat often has fillers
    ("meal", "bowl of weet-bix with full cream milk", "wheat dairy sugar", ""),
    ("meal", "prawns on the barbie, greek salad", "dairy", ""),
    ("meal", "lamington from the bakery", "wheat dairy sugar", ""),
    ("label", "Arnott's Tim Tam Original. Ingredients: Sugar, Wheat Flour, Vegetable Oil, Milk Solids, Cocoa Butter, Cocoa Mass, Golden Syrup, Cocoa, Salt, Emulsifiers (Soy Lecithin, 476), Baking Powder, Flavour. Contains Wheat, Milk, Soy.", "wheat dairy soy sugar", "corn"),
    ("label", "Vegemite. Ingredients: Yeast Extract (From Yeast Grown on Barley and Wheat), Salt, Mineral Salt (508), Malt Extract (From Barley), Colour (150c), Flavour, Niacin, Thiamine, Riboflavin, Folate. Contains Wheat.", "wheat", "corn"),  # why: caramel colour 150c
    ("label", "Sanitarium Weet-Bix. Ingredients: Wholegrain Wheat (97%), Raw Sugar, Salt, Barley Malt Extract, Vitamins (Niacin, Thiamin, Riboflavin, Folate), Mineral (Iron). Contains Gluten.", "wheat sugar", ""),
    ("label", "Coles Beef Pie. Ingredients: Pastry (Wheat Flour, Water, Vegetable Oil, Salt, Emulsifier (471), Vegetable Gum (412)), Beef (26%), Water, Thickener (1422 From Maize), Onion, Tomato Paste, Salt, Wheaten Cornflour, Sugar, Yeast Extract, Soy Sauce (Soybean, Wheat, Salt), Spices. Contains Wheat, Soy. May contain Milk.", "wheat corn soy sugar", "dairy"),
    ("label", "White Wings Wheaten Cornflour. Ingredients: Wheat Starch. Contains Gluten.", "wheat", ""),  # why: Australian 'wheaten cornflour' is wheat, not maize
    ("label", "Bega Peanut Butter Smooth. Ingredients: Peanuts (85%), Vegetable Oil (Canola), Sugar, Salt. Contains Peanuts. No dairy.", "sugar", ""),
]

# ---------------------------------------------------------------------------
# Kiri, Auckland New Zealand, mum of three, Kiwi words, busy
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "marmite on toast and a cuppa with milk", "wheat dairy", "sugar"),
    ("meal", "hangi at the marae, pork chicken kumara pumpkin and stuffing", "wheat", "dairy"),  # why: stuffing is bread-based, often with butter
    ("meal", "fush and chups from the local, crumbed not battered", "wheat", "corn soy"),
    ("meal", "kumara mash, roast chicken, broccoli", "", ""),
    ("meal", "pineapple lumps while doing the school run oops", "sugar dairy", "corn soy wheat"),
    ("meal", "mince and cheese pie from the dairy", "wheat dairy", "corn soy"),  # why: 'the dairy' is a NZ corner shop, the cheese is dairy
    ("meal", "hokey pokey ice cream cone", "dairy sugar wheat", "corn"),
    ("meal", "bacon and egg pie, made with flaky pastry", "wheat", "dairy sugar"),
    ("meal", "pavlova with cream and kiwifruit at the christmas do", "dairy sugar", "corn"),  # why: pavlova often uses cornflour
    ("meal", "big salad with tuna, boiled egg, lettuce, tomato, beetroot", "", ""),
    ("meal", "L&P and a bag of Bluebird salt and vinegar", "sugar", "corn"),
    ("meal", "sushi from St Pierre's, teriyaki chicken roll", "soy wheat sugar", ""),
    ("label", "Sanitarium Marmite. Ingredients: Yeast Extract, Salt, Minerals (Potassium Chloride, Mineral Salt (509)), Sugar, Colour (Caramel III), Vegetable Extract, Vitamins (Niacin, Thiamin, Riboflavin, Folate, B12), Spice Extract. Contains Gluten (barley, wheat).", "wheat sugar", "corn"),
    ("label", "Tip Top Hokey Pokey Ice Cream. Ingredients: Cream (Milk), Water, Sugar, Milk Solids, Honeycomb (16%) (Sugar, Glucose Syrup (Wheat), Raising Agent (500)), Glucose Syrup, Emulsifier (471), Vegetable Gum (410, 412, 407), Flavour, Colour (160b).", "dairy sugar wheat", "corn"),  # why: first glucose syrup is from wheat, second source not stated
    ("label", "Pams Crinkle Cut Ready Salted Chips. Ingredients: Potatoes, Vegetable Oil (Sunflower), Salt.", "", ""),
]

# ---------------------------------------------------------------------------
# Lena, Berlin Germany, mixes German and English, pastes German labels
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "Frühstück: Haferflocken mit Hafermilch, Apfel, Zimt", "", ""),
    ("meal", "Döner mit Kalbfleisch, alles, scharf, Knoblauchsoße", "wheat dairy", "sugar corn soy"),  # why: bread is wheat; garlic sauce is yogurt-based
    ("meal", "Brezel mit Butter am Bahnhof", "wheat dairy", ""),
    ("meal", "Currywurst mit Pommes, bad day", "sugar", "wheat corn soy"),  # why: curry ketchup is sweet; Bratwurst fillers and frying oil
    ("meal", "Kartoffelsalat mit Essig und Öl (Schwäbisch, ohne Mayo), Wiener Würstchen", "", "sugar corn"),
    ("meal", "Linsensuppe mit Speck", "", "sugar"),
    ("meal", "Buchweizen-Pfannkuchen mit Spinat und Ei", "", ""),  # why: buckwheat is not wheat
    ("meal", "ein Stück Käsekuchen bei Oma", "wheat dairy sugar", ""),
    ("meal", "Vollkornbrot mit Frischkäse und Gurke", "wheat dairy", ""),  # why: German Vollkornbrot is usually rye-wheat
    ("meal", "Club-Mate and a bag of Haribo Goldbären", "sugar", "corn wheat"),  # why: Goldbären use glucose syrup
    ("meal", "Spargel mit Kartoffeln und Sauce Hollandaise", "dairy", ""),
    ("label", "Haribo Goldbären. Zutaten: Glukosesirup, Zucker, Gelatine, Dextrose, Fruchtsaft aus Fruchtsaftkonzentrat: Apfel, Erdbeere, Himbeere, Orange, Zitrone, Ananas; Säuerungsmittel: Citronensäure; Frucht- und Pflanzenkonzentrate: Färberdistel, Spirulina, Apfel, Holunderbeere, Orange, Schwarze Johannisbeere, Kiwi, Zitrone, Aronia, Traube; Aroma; Überzugsmittel: Bienenwachs weiß und gelb, Carnaubawachs.", "sugar", "corn wheat"),
    ("label", "Alnatura Dinkel Vollkorn Spaghetti. Zutaten: Dinkelvollkorngrieß*. *aus biologischer Landwirtschaft. Kann Spuren von Ei und Soja enthalten.", "wheat", "soy"),  # why: spelt (Dinkel) is wheat
    ("label", "Leibniz Butterkeks. Zutaten: Weizenmehl, Zucker, Butter 10%, Glukose-Fruktose-Sirup, Magermilchpulver, Salz, Backtriebmittel (Natriumcarbonate, Ammoniumcarbonate), Säuerungsmittel Citronensäure, Eigelb. Kann Spuren von Soja enthalten.", "wheat dairy sugar", "corn soy"),
    ("label", "Oatly Haferdrink Barista Edition. Zutaten: Haferbasis (Wasser, Hafer 10%), pflanzliche Öle (Sonnenblumenöl, Rapsöl), Säureregulator (Dikaliumphosphat), Calciumcarbonat, Calciumphosphate, Salz, Vitamine (D2, Riboflavin, B12). Glutenhaltig.", "", "wheat"),  # why: 'glutenhaltig' from oats; Swedish oats may carry wheat cross-contact
    ("label", "Rügenwalder Mühle Vegane Mühlen Frikadellen. Zutaten: Wasser, Sojaprotein (18%), Rapsöl, Zwiebeln, Weizenprotein, Gewürze, Verdickungsmittel: Methylcellulose; Salz, Paniermehl (Weizenmehl, Salz, Hefe), Aroma, Dextrose. Enthält Soja, Weizen.", "soy wheat sugar", "corn"),
    ("label", "Ritter Sport Vollmilch. Zutaten: Zucker, Kakaobutter, Vollmilchpulver, Kakaomasse, Magermilchpulver, Lactose, Butterreinfett, Emulgator Lecithine (Soja), Aroma.", "sugar dairy soy", ""),
]

# ---------------------------------------------------------------------------
# Sofia, Madrid Spain, types in Spanish, tapas culture
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "desayuno: tostada con tomate y aceite de oliva, café solo", "wheat", "sugar"),
    ("meal", "tortilla de patatas y ensalada", "", ""),  # why: Spanish tortilla is potato and egg, no corn or flour
    ("meal", "croquetas de jamón (4) en el bar", "wheat dairy", "corn soy"),
    ("meal", "paella de marisco en casa de mis padres", "", ""),
    ("meal", "churros con chocolate, domingo 😅", "wheat sugar dairy", "corn soy"),  # why: the hot chocolate is milk-based
    ("meal", "lentejas con chorizo", "", "sugar corn soy dairy"),  # why: commercial chorizo often has dextrose, lactose, soy protein
    ("meal", "gazpacho y pollo a la plancha", "wheat", ""),  # why: traditional gazpacho is thickened with bread
    ("meal", "bocadillo de calamares, día malo", "wheat", "corn soy"),
    ("meal", "yogur natural sin azúcar con nueces", "dairy", ""),
    ("meal", "cola cao con leche de avena", "sugar", "wheat"),  # why: ColaCao has sugar and wheat flour / malt
    ("meal", "pulpo a la gallega con cachelos", "", ""),
    ("meal", "he comido pan sin gluten con jamón ibérico", "", "corn sugar soy"),
    ("label", "Cola Cao Original. Ingredientes: Azúcar, cacao desgrasado en polvo (18%), cereales (trigo y cebada malteados, hidrolizados), sal, aroma. Contiene trigo y cebada. Puede contener leche.", "sugar wheat", "dairy"),
    ("label", "Galletas María Fontaneda. Ingredientes: Harina de trigo, azúcar, aceite de girasol, jarabe de glucosa-fructosa, gasificantes (carbonato ácido de amonio, carbonato ácido de sodio), sal, emulgente (lecitina de soja), aroma. Puede contener trazas de leche y huevo.", "wheat sugar soy", "corn dairy"),
    ("label", "Pan Bimbo Sin Corteza Blanco. Ingredientes: Harina de trigo, agua, azúcar, aceite de girasol, levadura, gluten de trigo, sal, emulgentes (E-471, E-481), conservador (propionato cálcico), harina de soja. Contiene trigo y soja. Puede contener leche.", "wheat sugar soy", "dairy"),
    ("label", "Danone Actimel Natural. Ingredientes: Leche desnatada, azúcar (6,3%), dextrosa, L. casei, fermentos lácticos.", "dairy sugar", "corn"),
    ("label", "Chorizo Extra Pamplona Revilla. Ingredientes: Magro de cerdo, tocino de cerdo, sal, pimentón, dextrosa, proteína de soja, lactosa, ajo, antioxidantes (E-301, E-331iii), conservadores (E-252, E-250), colorante (E-120). Contiene soja y leche.", "soy dairy sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Giulia, Milan Italy, mixes Italian and English, abbreviates
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "colazione al bar: cappuccino e cornetto", "wheat dairy sugar", ""),
    ("meal", "risotto alla milanese, con burro e parmigiano", "dairy", ""),
    ("meal", "insalata di riso, tonno, olive, pomodorini", "", ""),
    ("meal", "polenta con funghi porcini (no burro, olio)", "corn", ""),
    ("meal", "pasta al pomodoro... yes I know, wheat. bad day", "wheat", ""),
    ("meal", "pasta di legumi (lenticchie rosse) al pesto senza formaggio", "", ""),
    ("meal", "bresaola rucola e grana", "dairy", ""),
    ("meal", "pizza margherita senza lattosio", "wheat dairy", ""),  # why: lactose-free mozzarella is still dairy
    ("meal", "aperitivo: spritz, patatine, olive", "sugar", "corn"),  # why: Aperol is sweetened
    ("meal", "gelato al limone sorbetto, in coppetta", "sugar", "dairy"),  # why: some gelateria sorbets contain milk powder
    ("meal", "caffè macchiato e basta", "dairy", ""),
    ("label", "Barilla Spaghetti n.5. Ingredienti: semola di grano duro, acqua. Può contenere soia e senape.", "wheat", "soy"),
    ("label", "Mulino Bianco Pan di Stelle. Ingredienti: farina di frumento, zucchero, olio di girasole, cacao magro in polvere 7%, panna (latte), farina di frumento integrale, miele, nocciole, agenti lievitanti (carbonato acido di ammonio, carbonato acido di sodio), sale, latte scremato in polvere, aromi. Può contenere soia e uovo.", "wheat sugar dairy", "soy"),
    ("label", "Schär Pane Casereccio senza glutine. Ingredienti: amido di mais, acqua, pasta madre (farina di riso, acqua), farina di riso, proteine vegetali (piselli), olio di semi di girasole, sciroppo di zucchero, fibra vegetale (psyllium), addensante: idrossipropilmetilcellulosa, farina di grano saraceno, sale, lievito, aceto. Senza lattosio.", "corn sugar", ""),
    ("label", "Parmigiano Reggiano DOP stagionato 24 mesi. Ingredienti: latte, sale, caglio. Naturalmente privo di lattosio.", "dairy", ""),
    ("label", "Nutella Biscuits. Ingredienti: Nutella 34% (zucchero, olio di palma, nocciole 13%, latte scremato in polvere 8,7%, cacao magro 7,4%, emulsionanti: lecitine [soia], vanillina), farina di frumento 32%, zucchero, olio di palma, burro concentrato, siero di latte in polvere, malto d'orzo, amido di frumento, sale, agenti lievitanti. Contiene: frumento, latte, soia, orzo.", "wheat dairy soy sugar", ""),
]

# ---------------------------------------------------------------------------
# Anouk, Amsterdam Netherlands, writes English with Dutch food words
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "boterham met pindakaas and a glass of karnemelk", "wheat dairy", "sugar"),  # why: karnemelk is buttermilk; pindakaas may have sugar
    ("meal", "hagelslag on bread, sorry, it was the kids' breakfast and I joined", "wheat sugar", "dairy soy"),
    ("meal", "stamppot boerenkool with rookworst", "", "dairy wheat corn soy sugar"),  # why: stamppot usually mashed with milk/butter; rookworst can carry starch, lactose, soy, dextrose
    ("meal", "kibbeling with garlic sauce at the market", "wheat", "dairy soy corn"),
    ("meal", "bitterballen x6 with mustard at borrel, 2 beers", "wheat dairy", "corn soy"),
    ("meal", "rijsttafel leftovers: nasi, sate ajam with peanut sauce, atjar", "soy sugar", "wheat"),  # why: ketjap manis is sweet soy sauce, sometimes with wheat
    ("meal", "oat porridge with grated apple and walnuts", "", ""),
    ("meal", "stroopwafel with my coffee (black)", "wheat sugar dairy", "corn"),
    ("meal", "salad with goat cheese, beetroot, walnuts, honey mustard", "dairy", "sugar"),
    ("meal", "patat met, from the snackbar", "", "corn soy sugar dairy"),  # why: fritessaus is a sweetened soybean-oil mayo-like sauce; frying oil
    ("meal", "kapsalon. don't ask. bad bad day", "dairy", "wheat corn soy sugar"),
    ("label", "Calvé Pindakaas. Ingrediënten: pinda's (90%), plantaardige oliën (palm, raapzaad), suiker, zout. Kan sporen van melk bevatten.", "sugar", "dairy"),
    ("label", "De Ruijter Chocoladehagel Puur. Ingrediënten: suiker, cacaomassa, cacaopoeder, cacaoboter, emulgator (sojalecithine), glansmiddel (gom arabicum), aroma (vanilline). Kan melk bevatten.", "sugar soy", "dairy"),
    ("label", "Daelmans Stroopwafels. Ingrediënten: tarwebloem, glucosestroop, suiker, boter (melk), plantaardige oliën en vetten (palm, koolzaad), invertsuikerstroop, zout, kaneel, rijsmiddel (natriumwaterstofcarbonaat), emulgator (sojalecithine). Kan sporen van noten bevatten.", "wheat dairy sugar soy", "corn"),
    ("label", "Unox Rookworst. Ingrediënten: varkensvlees, water, zout, aardappelzetmeel, specerijen, dextrose, melkeiwit, stabilisator (difosfaat), antioxidant (natriumascorbaat), aroma, rook. Bevat melk.", "dairy sugar", "corn"),
    ("label", "Alpro Haver Original. Ingrediënten: water, haver (9,8%), zonnebloemolie, calcium (tricalciumfosfaat), zeezout, vitaminen. Bevat gluten (haver). Kan sporen van soja en noten bevatten.", "", "soy wheat"),
]

# ---------------------------------------------------------------------------
# Camila, Ciudad de México, Spanish with some English, street food
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "chilaquiles verdes con pollo y crema, sin queso", "corn dairy", "soy"),  # why: fried tortilla chips in vegetable oil
    ("meal", "tacos al pastor (5) con piña, cebolla y cilantro", "corn", "sugar"),
    ("meal", "quesadillas de flor de calabaza en tortilla de maíz, sí con queso oaxaca", "corn dairy", ""),
    ("meal", "torta de tamal (guajolota) con atole... día pésimo", "corn wheat sugar", "dairy"),  # why: atole is corn-based, sweetened, often with milk
    ("meal", "caldo de pollo con arroz y verduras", "", ""),
    ("meal", "elote con mayonesa, queso y chile", "corn dairy", "soy"),
    ("meal", "agua de jamaica sin azúcar", "", ""),
    ("meal", "coca cola 600ml", "sugar", "corn"),  # why: Mexican Coke uses cane sugar; caramel color
    ("meal", "pozole rojo con tostadas", "corn", "soy"),
    ("meal", "fruta picada con tajín y limón", "", ""),
    ("meal", "pan dulce: una concha con café de olla", "wheat sugar", "dairy"),  # why: conchas use butter or shortening; café de olla is brewed with piloncillo
    ("meal", "enchiladas suizas", "corn dairy", ""),
    ("meal", "huevos a la mexicana con frijoles y tortillas de harina", "wheat", ""),
    ("label", "Bimbo Pan Blanco. Ingredientes: Harina de trigo enriquecida, agua, azúcar, levadura, aceite vegetal, gluten de trigo, sal, emulsificantes (mono y diglicéridos, estearoil lactilato de sodio), harina de soya, propionato de calcio. Contiene: Trigo, soya. Puede contener leche y ajonjolí.", "wheat sugar soy", "dairy corn"),
    ("label", "Maseca Harina de Maíz Nixtamalizado. Ingredientes: Maíz nixtamalizado, cal, hierro, zinc, vitaminas. Libre de gluten.", "corn", ""),
    ("label", "Gansito Marinela. Ingredientes: Azúcar, harina de trigo, cobertura sabor chocolate (azúcar, grasa vegetal, cocoa, lecitina de soya), jarabe de maíz de alta fructosa, relleno sabor fresa, huevo, leche descremada en polvo, almidón modificado, sal. Contiene: trigo, huevo, leche, soya.", "wheat sugar dairy soy corn", ""),
    ("label", "Valentina Salsa Picante. Ingredientes: Agua, chiles secos, vinagre, sal, especias y benzoato de sodio.", "", ""),
    ("label", "Takis Fuego. Ingredientes: Harina de maíz nixtamalizado, aceite vegetal (palma, soya), condimento sabor chile y limón (maltodextrina, sal, glutamato monosódico, ácido cítrico, azúcar, proteína de soya hidrolizada, aceite de soya, colorantes), sal. Contiene soya.", "corn soy sugar", "wheat"),  # why: hydrolysed protein sometimes carries wheat; maltodextrin source not stated
]

# ---------------------------------------------------------------------------
# Lucas, São Paulo Brazil, Portuguese, gym and feijoada
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "café da manhã: tapioca com ovo e queijo minas", "dairy", ""),
    ("meal", "arroz, feijão, frango grelhado e salada - PF do almoço", "", ""),
    ("meal", "pão de queijo (3) e café com leite", "dairy", ""),
    ("meal", "feijoada completa no sábado, com farofa e couve", "", "dairy corn sugar"),  # why: farofa often fried in butter; the sausages may carry dextrose/sugar
    ("meal", "açaí na tigela com granola e leite condensado", "sugar dairy", "wheat"),
    ("meal", "coxinha e um guaraná, dia ruim", "wheat sugar", "dairy corn soy"),
    ("meal", "cuscuz nordestino com ovo e manteiga", "corn dairy", ""),  # why: northeastern cuscuz is made from flocão de milho
    ("meal", "whey com água e banana", "dairy", "soy"),
    ("meal", "brigadeiro na festa, uns 4", "dairy sugar", ""),
    ("meal", "pastel de feira de carne e caldo de cana", "wheat sugar", "corn soy"),
    ("meal", "moqueca de peixe com arroz", "", ""),
    ("label", "Leite Condensado Moça Nestlé. Ingredientes: leite integral, açúcar e lactose. Contém lactose. Alérgicos: contém leite e derivados.", "dairy sugar", ""),
    ("label", "Biscoito Recheado Passatempo Chocolate. Ingredientes: farinha de trigo enriquecida com ferro e ácido fólico, açúcar, gordura vegetal, amido, açúcar invertido, cacau, leite em pó integral, sal, fermentos químicos, emulsificante lecitina de soja, aromatizantes. Alérgicos: contém trigo, leite e soja. Contém glúten.", "wheat sugar dairy soy", "corn"),
    ("label", "Flocão de Milho Yoki. Ingredientes: milho flocado enriquecido com ferro e ácido fólico. Não contém glúten.", "corn", ""),
    ("label", "Guaraná Antarctica. Ingredientes: água gaseificada, açúcar, extrato de semente de guaraná, acidulante ácido cítrico, aromatizante, corante caramelo IV, conservador benzoato de sódio.", "sugar", "corn"),
    ("label", "Polvilho Azedo Yoki. Ingredientes: fécula de mandioca fermentada. Não contém glúten.", "", ""),
]

# ---------------------------------------------------------------------------
# Valentina, Buenos Aires Argentina, Spanish rioplatense, mate
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "mate amargo toda la mañana", "", ""),
    ("meal", "medialunas de manteca (2) con café con leche", "wheat dairy sugar", ""),
    ("meal", "asado: vacío, chorizo, morcilla, ensalada mixta", "", "wheat corn sugar"),  # why: chorizo/morcilla can contain fillers and dextrose
    ("meal", "empanadas de carne al horno, 3", "wheat", "dairy"),
    ("meal", "milanesa a la napolitana con puré", "wheat dairy", ""),
    ("meal", "un alfajor Havanna en la oficina, no pude", "wheat dairy sugar", "corn soy"),
    ("meal", "ñoquis del 29 con tuco", "wheat", "dairy"),
    ("meal", "ensalada de rúcula, tomate, palta y huevo", "", ""),
    ("meal", "provoleta a la parrilla y un tinto", "dairy", ""),
    ("label", "Dulce de Leche La Serenísima Clásico. Ingredientes: leche entera, azúcar, jarabe de glucosa, bicarbonato de sodio, vainillina. Contiene leche.", "dairy sugar", "corn wheat"),
    ("label", "Galletitas Criollitas. Ingredientes: harina de trigo enriquecida, grasa vacuna, sal, extracto de malta, azúcar, levadura, emulsionante lecitina de soja. Contiene gluten, soja. Puede contener leche.", "wheat sugar soy", "dairy"),
    ("label", "Yerba Mate Taragüí con palo. Ingredientes: yerba mate elaborada con palo.", "", ""),
]

# ---------------------------------------------------------------------------
# Rohan, Bangalore India, Indian English, office canteen and Swiggy orders
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "morning filter coffee with milk, no sugar. 2 idlis", "dairy", ""),
    ("meal", "lunch: chapati 3 nos, palak paneer, curd rice", "wheat dairy", ""),
    ("meal", "ragi mudde with sambar", "", ""),  # why: ragi is finger millet
    ("meal", "swiggy order: chicken biryani and raita, 1 gulab jamun", "dairy sugar wheat", ""),  # why: biryani usually uses ghee; gulab jamun is khoya + maida in syrup
    ("meal", "evening snacks: 2 samosa with tea, very bad day at office", "wheat dairy sugar", "corn soy"),  # why: Indian office tea comes with milk and sugar
    ("meal", "poha with peanuts and lemon, cooked in groundnut oil", "", ""),
    ("meal", "pesarattu with ginger chutney, no upma inside", "", ""),
    ("meal", "bisi bele bath with a spoon of ghee and boondi", "dairy", "corn soy sugar"),  # why: boondi is fried in unspecified oil; some recipes add jaggery
    ("meal", "egg bhurji and 2 bread slices (brown bread)", "wheat", "sugar dairy"),  # why: Indian brown bread usually has sugar and often milk solids
    ("meal", "coconut water and a banana", "", ""),
    ("meal", "veg manchurian and fried rice from the chinese cart", "wheat soy corn", "sugar"),  # why: Indo-Chinese manchurian uses maida, cornflour and soy sauce
    ("label", "Britannia Good Day Cashew Cookies. Ingredients: Refined Wheat Flour (Maida), Sugar, Edible Vegetable Oil (Palm), Cashew Nuts (6%), Invert Sugar Syrup, Butter (1.5%), Milk Solids, Raising Agents [503(ii), 500(ii)], Iodised Salt, Emulsifiers [471, 322], Artificial Flavouring Substances. Contains Wheat, Milk, Nuts.", "wheat sugar dairy", "soy"),  # why: 322 lecithin source unstated
    ("label", "Amul Pure Ghee. Ingredients: Milk Fat. Contains Milk.", "dairy", ""),
    ("label", "MTR Rava Idli Mix. Ingredients: Semolina (Rava) (58%), Rice Flour, Bengal Gram Dal, Edible Vegetable Oil, Salt, Cashewnut, Sodium Bicarbonate, Green Chilli, Citric Acid, Coriander Leaves, Curry Leaves, Mustard, Turmeric, Asafoetida (Wheat Flour, Gum Arabic, Asafoetida). Contains Wheat, Nuts.", "wheat", "corn soy"),
    ("label", "Kissan Fresh Tomato Ketchup. Ingredients: Water, Tomato Paste (28%), Sugar, Iodised Salt, Acidity Regulator (260), Stabilisers (1422, 415), Preservative (211), Onion Powder, Garlic Powder, Spices and Condiments.", "sugar", "corn wheat"),  # why: 1422 modified starch source unstated; 415 xanthan
    ("label", "Haldiram's Aloo Bhujia. Ingredients: Potato (42%), Edible Vegetable Oil (Cottonseed, Corn & Palmolein Oil), Moth Bean Flour, Gram Flour, Iodised Salt, Black Pepper, Mint Leaves, Citric Acid. Contains traces of Milk, Nuts.", "corn", "dairy"),
    ("label", "Epigamia Greek Yogurt Strawberry. Ingredients: Double Toned Milk, Strawberry Fruit Preparation (Strawberry, Sugar, Water, Pectin, Natural Flavour), Milk Protein Concentrate, Live Active Cultures. Contains Milk.", "dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Meera, Mumbai India, Hinglish, WhatsApp style
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "vada pav khaya station pe 🙈 aur cutting chai", "wheat dairy sugar", "corn soy"),
    ("meal", "thepla with dahi, homemade", "wheat dairy", ""),
    ("meal", "poha aur nimbu paani, nimbu paani mein sugar nahi dala", "", ""),
    ("meal", "pav bhaji, extra butter wala. cheat day hai", "wheat dairy", "sugar"),
    ("meal", "moong dal khichdi with jeera, bina ghee ke", "", ""),
    ("meal", "makki ki roti and sarson ka saag at a punjabi dhaba, with white butter", "corn dairy", "wheat"),  # why: makki roti is often mixed with some atta
    ("meal", "sabudana khichdi, fasting day", "", "dairy"),  # why: usually cooked in ghee
    ("meal", "2 rotis, bhindi, dal. normal lunch", "wheat", "dairy"),
    ("meal", "dhokla from the farsan shop", "", "sugar"),  # why: khaman dhokla is finished with a sugar syrup/tempering
    ("meal", "amul kool cafe, one can", "dairy sugar", ""),
    ("label", "Parle-G Gold Biscuits. Ingredients: Wheat Flour (Atta), Sugar, Edible Vegetable Oil (Palm), Invert Sugar Syrup, Milk Solids, Raising Agents (503(ii), 500(ii)), Iodised Salt, Emulsifiers (322 from Soya, 471). Contains Wheat, Milk, Soya.", "wheat sugar dairy soy", ""),
    ("label", "Saffola Masala Oats Classic Masala. Ingredients: Rolled Oats (72%), Spices and Condiments, Maltodextrin, Edible Vegetable Oil (Rice Bran), Sugar, Iodised Salt, Corn Starch, Flavour Enhancer (627, 631), Hydrolysed Vegetable Protein, Anticaking Agent (551). May contain Milk, Soy and Wheat.", "corn sugar", "wheat soy dairy"),
    ("label", "Mother Dairy Dahi. Ingredients: Toned Milk, Active Culture.", "dairy", ""),
    ("label", "Lijjat Papad Punjabi Masala. Ingredients: Urad Dal Flour, Edible Common Salt, Black Pepper, Papad Khar, Asafoetida, Edible Vegetable Oil.", "", "corn soy wheat"),  # why: compounded asafoetida usually contains wheat flour
]

# ---------------------------------------------------------------------------
# Yuki, Tokyo Japan, English with Japanese words, konbini
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "onigiri (shake) from 7-eleven and green tea", "", "sugar soy corn"),  # why: konbini onigiri rice and salmon often have seasoning with sugar, soy, dextrose
    ("meal", "miso soup, grilled saba, rice, natto", "soy", ""),
    ("meal", "ramen tonkotsu at Ichiran", "wheat soy", "sugar"),
    ("meal", "soba zaru, 100% buckwheat (juwari) with tsuyu", "soy wheat sugar", ""),  # why: tsuyu is soy sauce and mirin/sugar; the noodles themselves are wheat-free
    ("meal", "katsu curry, bad day at work", "wheat", "dairy sugar soy corn"),  # why: curry roux contains flour, often milk, sugar
    ("meal", "tamagoyaki bento from lawson", "sugar", "soy"),
    ("meal", "matcha latte with soy milk", "soy", "sugar"),
    ("meal", "edamame and a highball", "soy", "corn"),  # why: Japanese whisky blends can include corn grain spirit
    ("meal", "sashimi moriawase, no soy sauce, just wasabi and lemon", "", ""),
    ("meal", "melon pan and a pocari sweat", "wheat sugar", "dairy corn"),
    ("label", "Nissin Cup Noodle Original. Ingredients: Noodles (Wheat Flour, Vegetable Oil, Salt, Soy Sauce, Flavour Enhancers), Seasoning (Sugar, Salt, Lactose, Soy Sauce Powder, Dried Shrimp, Dried Egg, Pork, Green Onion, Flavour Enhancers, Caramel Colour). Contains Wheat, Soy, Milk, Shrimp, Egg.", "wheat soy dairy sugar", "corn"),
    ("label", "Kikkoman Gluten-Free Tamari Soy Sauce. Ingredients: Water, Soybeans, Salt, Sugar. Gluten free.", "soy sugar", ""),
    ("label", "Meiji Bulgaria Yogurt Plain. Ingredients: Raw milk, dairy products. No sugar added.", "dairy", ""),
    ("label", "Mizkan Ajipon Ponzu. Ingredients: Soy Sauce (Water, Wheat, Soybeans, Salt), Citrus Juice, High Fructose Corn Syrup, Vinegar, Salt, Seasoning (Amino Acids), Kelp Extract. Contains Wheat, Soy.", "soy wheat corn sugar", ""),
    ("label", "Pocky Chocolate. Ingredients: Wheat Flour, Sugar, Cocoa Mass, Vegetable Oil, Whole Milk Powder, Shortening, Skim Milk Powder, Starch, Whey Powder, Salt, Malt Extract, Emulsifier (Soy), Leavening, Flavouring. Contains Wheat, Milk, Soy.", "wheat sugar dairy soy", "corn"),
]

# ---------------------------------------------------------------------------
# Min-jun, Seoul South Korea, English with romanised Korean, delivery apps
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "kimchi jjigae with tofu, rice", "soy", "sugar"),
    ("meal", "bibimbap with gochujang, fried egg", "sugar", "wheat soy corn"),  # why: gochujang usually has corn syrup/rice syrup and often wheat
    ("meal", "korean fried chicken yangnyeom half and half w beer. chimaek night", "wheat sugar", "corn soy"),
    ("meal", "samgyeopsal, lettuce wraps, ssamjang, garlic", "soy", "wheat sugar corn"),  # why: ssamjang is doenjang plus gochujang
    ("meal", "tteokbokki from the street stall, spicy", "sugar", "wheat corn soy"),  # why: rice cakes but sauce is gochujang + sugar; some tteok are wheat
    ("meal", "gimbap, 1 roll", "", "sugar soy wheat corn"),  # why: pickled radish, ham and fish cake fillings vary
    ("meal", "bulgogi with rice", "soy wheat sugar", ""),
    ("meal", "iced americano", "", ""),
    ("meal", "japchae at my grandma's", "soy wheat sugar", ""),  # why: sweet potato noodles, dressed with soy sauce and sugar
    ("label", "CJ Haechandle Gochujang. Ingredients: Corn Syrup, Wheat Flour, Red Pepper Powder, Water, Rice, Salt, Alcohol, Soybean, Seasoning, Yeast Extract. Contains Wheat, Soybean.", "corn sugar wheat soy", ""),
    ("label", "Maeil Soy Milk Original. Ingredients: Water, Soybean (12%), Sugar, Salt, Calcium Phosphate. Contains Soybean.", "soy sugar", ""),
    ("label", "Nongshim Shin Ramyun. Noodles: Wheat Flour, Potato Starch, Palm Oil, Salt, Modified Potato Starch, Soy Sauce Powder, Green Tea Extract. Soup Base: Salt, Red Pepper Powder, Sugar, Beef Bone Extract, Soy Sauce Powder, Garlic, Onion, Black Pepper, Dried Mushroom, Flavour Enhancers, Caramel Colour. Contains Wheat, Soybean, Beef, Milk.", "wheat soy sugar dairy", "corn"),
    ("label", "Binggrae Banana Flavored Milk. Ingredients: Milk (85%), Water, Sugar, Banana Juice Concentrate, Carrageenan, Natural Colour (Carotene), Banana Flavour.", "dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Wei, Singapore, Singlish, hawker centre, pastes supermarket labels
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "kaya toast set w 2 soft boiled eggs and kopi o kosong", "wheat sugar dairy", ""),  # why: kaya is coconut jam with sugar; kaya toast comes with butter
    ("meal", "chicken rice, no chilli, with the dark soy sauce", "soy wheat sugar", ""),
    ("meal", "yong tau foo soup, no noodles", "soy", "wheat corn"),  # why: fishball/tofu items often contain starch
    ("meal", "teh c siew dai", "dairy sugar", ""),  # why: evaporated milk, less sugar is still sugar
    ("meal", "economy rice: 1 meat 2 veg, steamed fish, kailan, tofu", "soy", "wheat sugar corn"),
    ("label", "Yeo's Soy Bean Drink. Ingredients: Water, Soya Beans, Sugar. Contains Soy.", "soy sugar", ""),
    ("label", "Gardenia Original Classic White Bread. Ingredients: Wheat Flour, Water, Sugar, Yeast, Vegetable Oil, Milk Powder, Salt, Emulsifiers (E471, E472e), Soy Flour, Flour Treatment Agent (E300). Contains Wheat, Milk, Soy.", "wheat sugar dairy soy", "corn"),
    ("label", "Lee Kum Kee Premium Oyster Sauce. Ingredients: Oyster Extractives (Water, Oysters, Salt), Sugar, Salt, Modified Corn Starch, Wheat Flour, Colour (Caramel). Contains Wheat, Shellfish.", "sugar corn wheat", ""),
    ("label", "Khong Guan Cream Crackers. Ingredients: Wheat Flour, Vegetable Oil (Palm Oil), Sugar, Salt, Malt Extract, Yeast, Raising Agent (E500ii), Emulsifier (Soy Lecithin). May contain Milk.", "wheat sugar soy", "dairy"),
    ("label", "Pokka Jasmine Green Tea No Sugar. Ingredients: Water, Green Tea Leaves, Jasmine Flavour, Vitamin C.", "", ""),
]

# ---------------------------------------------------------------------------
# Chidi, Lagos Nigeria, English with pidgin, quick notes
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "bread and tea this morning, milo inside the tea", "wheat sugar dairy", "corn soy"),  # why: Milo has milk solids, sugar and malt; Nigerian bread is sweet
    ("meal", "eba and okra soup with beef", "", "corn soy sugar"),  # why: eba is cassava garri; stock cubes
    ("meal", "fried rice and chicken at owambe, plus small chapman", "sugar", "corn soy"),
    ("meal", "boiled yam and egg sauce", "", ""),
    ("meal", "roasted corn and ube (pear) by the roadside", "corn", ""),
    ("meal", "gala sausage roll and la casera in traffic", "wheat sugar", "corn soy"),
    ("meal", "ofada rice with ayamase", "", ""),
    ("label", "Nestlé Milo Activ-Go. Ingredients: Malt Extract (Barley), Milk Solids, Sugar, Cocoa, Vegetable Oil, Maltodextrin, Minerals, Vitamins, Soy Lecithin. Contains Barley, Milk, Soy. May contain Wheat.", "dairy sugar soy", "wheat corn"),
    ("label", "Golden Penny Semovita. Ingredients: Wheat Semolina, Vitamin A.", "wheat", ""),
    ("label", "Gala Sausage Roll. Ingredients: Wheat Flour, Beef, Water, Vegetable Fat, Sugar, Salt, Textured Soy Protein, Spices, Yeast, Flavour Enhancer (E621), Preservative. Contains Wheat, Soy.", "wheat sugar soy", "corn"),
    ("label", "Peak Full Cream Milk Powder Instant. Ingredients: Whole Milk Powder, Soy Lecithin, Vitamins A & D3.", "dairy soy", ""),
    ("label", "Golden Morn Maize and Soya Cereal. Ingredients: Maize (55%), Sugar, Soya (12%), Milk Powder, Vegetable Oil, Minerals, Vitamins. Contains Soya, Milk.", "corn sugar soy dairy", ""),
]

# ---------------------------------------------------------------------------
# Zanele, Johannesburg South Africa, SA English, braai culture
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "pap and wors with chakalaka at the braai", "corn", "wheat soy sugar"),  # why: boerewors is often bulked with wheat/soy; chakalaka can be sweet
    ("meal", "jungle oats with milk and a bit of honey", "dairy", "sugar"),
    ("meal", "bunny chow, quarter mutton, from durban", "wheat", "dairy sugar"),
    ("meal", "rooibos tea no milk, rusks x2 (ouma)", "wheat dairy sugar", ""),  # why: buttermilk rusks
    ("meal", "biltong while watching the rugby", "", "sugar"),
    ("meal", "vetkoek with mince", "wheat", "corn soy sugar"),
    ("meal", "grilled hake, butternut and spinach", "", ""),
    ("label", "Ouma Buttermilk Rusks. Ingredients: Wheat Flour, Sugar, Vegetable Fat, Buttermilk Powder (3%), Invert Syrup, Salt, Raising Agents, Emulsifier (Soya Lecithin). Contains Wheat (Gluten), Milk, Soya.", "wheat sugar dairy soy", "corn"),
    ("label", "Mrs Ball's Original Chutney. Ingredients: Sugar, Water, Spirit Vinegar, Dried Peaches, Apricot Pulp, Maize Starch, Salt, Colourants (Caramel, Sunset Yellow), Onion, Spices, Preservative.", "sugar corn", ""),
    ("label", "Iwisa Super Maize Meal. Ingredients: Maize Meal, Vitamins, Minerals.", "corn", ""),
    ("label", "Simba Mrs H.S. Ball's Chutney Flavoured Potato Chips. Ingredients: Potatoes, Vegetable Oil, Chutney Flavour (Sugar, Maltodextrin, Salt, Flavour Enhancers, Acidity Regulators, Colourants, Flavouring, Wheat Flour), Anti-caking Agent. Contains Wheat.", "sugar wheat", "corn soy"),
    ("label", "Clover Mama's Pure Double Cream Yoghurt Plain. Ingredients: Milk, Cream, Live Cultures.", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Layla, Beirut Lebanon (now Dubai), English with Arabic food words
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "manakish zaatar for breakfast with tea", "wheat", "sugar"),
    ("meal", "fattoush and grilled chicken, no pita chips in the fattoush (asked)", "", ""),
    ("meal", "labneh with olive oil, cucumbers and tomatoes", "dairy", ""),
    ("meal", "foul medames with olive oil and lemon", "", ""),
    ("meal", "mujaddara with yogurt on the side", "dairy", ""),
    ("meal", "knafeh after iftar, couldn't say no", "wheat dairy sugar", ""),
    ("meal", "tabbouleh (the real kind, lots of parsley) and hummus", "wheat", ""),  # why: tabbouleh contains bulgur
    ("meal", "dates and a glass of laban", "dairy", ""),
    ("label", "Almarai Fresh Laban Full Fat. Ingredients: Fresh Cow's Milk, Milk Powder, Culture. Contains Milk.", "dairy", ""),
    ("label", "Al Kabeer Chicken Nuggets. Ingredients: Chicken Meat (60%), Water, Breadcrumbs (Wheat Flour, Yeast, Salt), Wheat Flour, Corn Starch, Soy Protein, Salt, Spices, Dextrose, Vegetable Oil. Contains Wheat, Soy.", "wheat corn soy sugar", ""),
    ("label", "Al Wadi Tahini. Ingredients: 100% Sesame Seeds.", "", ""),
    ("label", "Lurpak Slightly Salted Butter. Ingredients: Butter (Milk), Salt (1.2%), Lactic Culture.", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Ahmet, Istanbul Turkey, Turkish and English, simit and çay
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "simit ve çay, şekersiz", "wheat", "sugar"),  # why: simit is dipped in grape molasses
    ("meal", "menemen with bread, no cheese", "wheat", ""),
    ("meal", "mercimek çorbası and a bit of lemon", "", "dairy"),  # why: often finished with butter
    ("meal", "iskender kebab, bad day", "wheat dairy", ""),  # why: pide, yoghurt and browned butter
    ("meal", "lahmacun x2 with ayran", "wheat dairy", ""),
    ("meal", "baklava 3 slices at the bayram", "wheat dairy sugar", ""),
    ("meal", "bulgur pilavı and cacık", "wheat dairy", ""),
    ("label", "Ülker Çikolatalı Gofret. İçindekiler: Şeker, buğday unu, bitkisel yağ (palm), kakao tozu, süt tozu, peynir altı suyu tozu, glikoz şurubu, emülgatör (soya lesitini), tuz, kabartıcı, aroma. Buğday, süt ve soya içerir. Fındık içerebilir.", "sugar wheat dairy soy", "corn"),
    ("label", "Sütaş Ayran. İçindekiler: Yoğurt (inek sütü, yoğurt kültürü), su, tuz.", "dairy", ""),
    ("label", "Torku Banada Kakaolu Fındık Kreması. İçindekiler: Şeker, bitkisel yağ, fındık (%13), yağsız kakao, süt tozu, emülgatör (lesitin), aroma verici (vanilin).", "sugar dairy", "corn soy"),  # why: lecithin source not stated; unspecified vegetable oil
]

# ---------------------------------------------------------------------------
# Jamal, Atlanta Georgia, label reader, pastes from the grocery app, short asks
# ---------------------------------------------------------------------------
BLIND22_CASES += [
    ("meal", "is this ok? ate it already lol. chicken and waffles", "wheat dairy sugar", "corn soy"),
    ("meal", "collard greens, black eyed peas, cornbread (my grandma's)", "corn wheat dairy sugar", ""),
    ("meal", "grits with butter and shrimp", "corn dairy", ""),
    ("meal", "sweet tea, large", "sugar", ""),
    ("label", "Ore-Ida Golden Crinkles French Fried Potatoes. Ingredients: Potatoes, Vegetable Oil (Canola Oil, Soybean Oil, Hydrogenated Soybean Oil, Cottonseed Oil, Sunflower Oil and/or Corn Oil), Dextrose, Disodium Dihydrogen Pyrophosphate.", "soy sugar", "corn"),  # why: corn oil is an and/or option; dextrose source unstated
    ("label", "Hellmann's Real Mayonnaise. Ingredients: Soybean Oil, Water, Whole Eggs and Egg Yolks, Vinegar, Salt, Sugar, Lemon Juice Concentrate, Calcium Disodium EDTA, Natural Flavors. Contains Egg.", "soy sugar", ""),
    ("label", "Lipton Iced Tea Lemon. Ingredients: Water, High Fructose Corn Syrup, Citric Acid, Tea, Natural Flavor, Phosphoric Acid, Potassium Sorbate, Caramel Color.", "corn sugar", ""),
    ("label", "Oscar Mayer Classic Beef Franks. Ingredients: Beef, Water, Salt, Contains Less than 2% of Corn Syrup, Dried Vinegar, Potassium Lactate, Sodium Phosphates, Flavor, Sodium Diacetate, Sodium Ascorbate, Sodium Nitrite, Extractives of Paprika.", "corn sugar", ""),
    ("label", "Jiffy Corn Muffin Mix. Ingredients: Wheat Flour, Degermed Yellow Corn Meal, Sugar, Animal Shortening (Lard, Hydrogenated Lard, BHT, Citric Acid), Leavening (Baking Soda, Sodium Acid Pyrophosphate, Monocalcium Phosphate), Salt, Wheat Starch. Contains Wheat, May contain Milk, Egg, Soy.", "wheat corn sugar", "dairy soy"),
    ("label", "Bush's Original Baked Beans. Ingredients: Prepared White Beans, Water, Brown Sugar, Sugar, Bacon, Contains Less Than 2% of: Salt, Corn Starch, Onion, Spices, Caramel Color, Garlic, Natural Flavor.", "sugar corn", ""),
    ("label", "Kerrygold Pure Irish Butter Salted. Ingredients: Pasteurized Cream, Salt. Contains Milk.", "dairy", ""),
    ("label", "Lundberg Organic Brown Rice Cakes Lightly Salted. Ingredients: Organic Whole Grain Brown Rice, Sea Salt. Gluten-free.", "", ""),
    ("label", "Enjoy Life Semi-Sweet Chocolate Mini Chips. Ingredients: Cane Sugar, Unsweetened Chocolate, Cocoa Butter. Free from top 14 allergens. Dairy-free, soy-free.", "sugar", ""),
    ("label", "Rice Dream Original Organic Rice Drink. Ingredients: Filtered Water, Organic Brown Rice, Expeller Pressed High Oleic Safflower Oil and/or Sunflower Oil, Tricalcium Phosphate, Sea Salt, Vitamins. Contains no dairy.", "", ""),  # why: the brown rice is enzyme-treated, no added sugar listed
    ("label", "McCormick Peppercorn Medley Grinder. Ingredients: Black Pepper, White Pepper, Green Pepper, Pink Peppercorns.", "", ""),
    ("label", "Sabra Classic Hummus. Ingredients: Cooked Chickpeas, Tahini, Soybean Oil, Water, Salt, Citric Acid, Garlic, Potassium Sorbate. Contains Sesame.", "soy", "corn"),
    ("label", "Uncle Ben's Ready Rice Original. Ingredients: Parboiled Long Grain Rice (Water, Rice), Sunflower and/or Canola Oil, Soy Lecithin.", "soy", ""),
]
