# ruff: noqa: E501
"""Blind labelled set 11: careful eaters (clean meals, swaps, free-from and health-store products, supplements, drinks) and their slips."""

BLIND11_CASES: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------------------
# Persona 1: Maya, Portland OR (USA), mostly plant-based, lower case, emoji, Whole Foods / Trader Joe's / New Seasons
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    # why: Orgain plant protein is sweetened with erythritol (usually corn-fermented) -> corn possible
    ("meal", "smoothie: frozen banana, spinach, 1 scoop orgain vanilla plant protein, unsweetened almond milk, tbsp almond butter", "", "corn"),
    ("meal", "tofu scramble w/ turmeric, nutritional yeast, kale + sweet potato hash 🍠", "soy", ""),
    # why: the swapped-in dressing is a restaurant dressing of unknown recipe (often agave/honey)
    ("meal", "lunch = sweetgreen harvest bowl but no goat cheese and sub lime cilantro jalapeño vinaigrette for the balsamic", "", "sugar"),
    ("meal", "trader joe's cauliflower gnocchi pan fried in olive oil w/ their vegan kale cashew pesto", "", ""),
    ("meal", "dinner tempeh bowl: brown rice, lightlife tempeh, broccoli, coconut aminos, sriracha drizzle", "soy sugar", ""),
    # why: cafe chai concentrate is usually but not always sweetened; oat milk -> oats cross-contact
    ("meal", "oops cafe used regular oat milk, i asked for unsweetened almond. so: chai latte w/ oatmilk 😩", "", "wheat sugar"),
    ("meal", "snack: honeycrisp apple + 2 tbsp justin's classic almond butter", "", ""),
    ("meal", "bday party at work, had a slice of the costco sheet cake. whatever. 🎂", "wheat sugar", "dairy corn soy"),
    # why: Banza uses xanthan gum (corn possible); Rao's marinara is tomatoes, oil, onion, garlic, herbs
    ("meal", "banza chickpea pasta w/ rao's marinara + cannellini beans", "", "corn"),
    ("meal", "nothing fancy: 2 hard boiled eggs, cucumber, baby carrots, hummus", "", ""),
    # why: Health-Ade lists organic cane sugar in its kombucha
    ("meal", "kombucha (health-ade pink lady apple) w/ lunch", "sugar", ""),
    ("meal", "acai bowl from the stand - sambazon pure unsweetened pack, banana, blueberries, hemp hearts, NO granola NO honey", "", "corn"),
    # why: 'no oyster sauce' still leaves soy sauce, sugar and fish sauce in a typical kra pao
    ("meal", "thai takeout: basil chicken w/ jasmine rice, asked no oyster sauce", "", "soy wheat sugar"),
    ("meal", "post-workout: vital proteins collagen peptides stirred into black cold brew", "", ""),
    # why: No Cow bars use erythritol + stevia, plant proteins; no dairy
    ("meal", "protein bar: no cow dark chocolate sea salt… tastes like chalk lol", "", "corn"),
    ("meal", "same smoothie as monday but swapped the orgain for sunwarrior warrior blend unflavored", "", ""),
    ("meal", "dinner: salmon baked w/ lemon + dill, roasted asparagus, quinoa. clean day ✅", "", ""),
    ("meal", "tried daring plant chicken original in a stir fry w/ bok choy, coconut aminos, jasmine rice", "soy", "sugar"),
    ("meal", "caved: 3 of my roommate's tate's chocolate chip cookies at 11pm", "wheat dairy sugar", "soy"),
    ("meal", "breakfast: bob's red mill gluten free oats w/ chia, cinnamon, blueberries, califia unsweetened oat milk", "", "wheat"),
    ("meal", "big salad: arugula, roasted beets, walnuts, avocado, lemon + evoo", "", ""),
    ("meal", "miso soup from the hot bar at new seasons + a side of seaweed salad", "soy sugar", "wheat corn"),
    ("meal", "sugar snap peas and guac for snack lol so healthy rn", "", ""),
]

# ---------------------------------------------------------------------------
# Persona 2: Dan, Austin TX (USA), Whole30 veteran, gym, BBQ, terse with abbreviations
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    # why: ghee is dairy for this diet even though Whole30 allows it
    ("meal", "W30 day 4. 3 eggs fried in ghee, pederson's no sugar bacon, roasted sweet potato", "dairy", ""),
    ("meal", "chipotle bowl: double chicken, white rice, fajita veggies, fresh tomato salsa, guac, romaine. no beans no cheese no sour cream", "", ""),
    ("meal", "chipotle again lol. same bowl but swapped tomato salsa for the roasted chili corn salsa", "corn", ""),
    # why: central-Texas rub is salt+pepper but sugar in rubs/pickles is common
    ("meal", "1/2 lb brisket at la barbecue, no sauce. pickles + onions", "", "sugar"),
    # why: Tito's is distilled from corn
    ("meal", "tito's + soda + lime x3. it was a saturday", "corn", ""),
    ("meal", "bulletproof coffee w/ kerrygold + MCT", "dairy", ""),
    # why: RXBAR = dates, egg whites, nuts + 'natural flavors' (a sweet bar -> dairy possible per domain rule)
    ("meal", "RXBAR blueberry pre lift", "", "dairy"),
    ("meal", "LMNT citrus salt in 32oz water, x2 today", "", "corn"),
    ("meal", "dinner: ribeye in cast iron w/ avocado oil, side salad w/ primal kitchen ranch", "", ""),
    # why: restaurant fajita marinade commonly has soy sauce/worcestershire; skillet often finished with butter
    ("meal", "tex mex night, i was good: beef fajitas w/ lettuce instead of tortillas, no sour cream, extra guac + pico", "", "soy wheat dairy"),
    ("meal", "slipped hard. queso + chips at torchy's and 2 dos equis", "dairy corn", "wheat"),
    ("meal", "burger patty lettuce wrap, primal kitchen unsweetened ketchup, mustard, pickles", "", "sugar"),
    ("meal", "egg roll in a bowl: ground pork, coleslaw mix, coconut aminos, ginger, sesame oil", "", "sugar"),
    # why: bourbon mash is >=51% corn; some bourbons use wheat and malted barley
    ("meal", "bourbon neat, 2 fingers of buffalo trace", "corn", "wheat"),
    ("meal", "pre wo: 1 scoop ghost pre (sour patch kids flavor)", "", "corn"),
    ("meal", "meal prep sunday x5: chicken thighs (salt pepper garlic), roasted broccoli, white rice", "", ""),
    ("meal", "meal prep container #3 + la croix pamplemousse", "", ""),
    ("meal", "frozen cauliflower crust pizza. reader, the crust had mozzarella in it 🙃", "dairy", "wheat corn sugar"),
    ("meal", "epic venison sea salt + pepper bar on the drive", "", ""),
    ("meal", "coffee w/ nutpods french vanilla (unsweetened)", "", ""),
    ("meal", "cornish hen roasted w/ lemon + rosemary, green beans", "", ""),
    ("meal", "whataburger... patty melt. texas toast, cheese, grilled onions. no regrets. ok some regrets", "wheat dairy", "sugar soy corn"),
    ("meal", "2 shiner bocks watching the game", "", "wheat corn"),
]

BLIND11_CASES += [
    # why: erythritol is usually fermented from corn glucose
    ("label", "Orgain Organic Protein Plant Based Protein Powder, Vanilla Bean. Vegan. Gluten Free. Soy Free. Dairy Free. No Sugar Added. Ingredients: Organic Protein Blend (Organic Pea Protein, Organic Brown Rice Protein, Organic Chia Seed), Organic Creamer Base (Organic Acacia Gum, Organic High Oleic Sunflower Oil, Organic Rice Dextrins, Organic Rice Bran Extract, Organic Rosemary Extract), Organic Natural Flavors, Organic Erythritol, Organic Inulin, Sea Salt, Organic Guar Gum, Organic Stevia, Organic Monk Fruit.", "", "corn"),
    ("label", "Quest Protein Bar, Chocolate Chip Cookie Dough. 21g protein, 1g sugar. Ingredients: Protein Blend (Milk Protein Isolate, Whey Protein Isolate), Soluble Corn Fiber, Almonds, Water, Erythritol, Unsweetened Chocolate, Contains Less than 2% of the Following: Natural Flavors, Cocoa Butter, Sea Salt, Sucralose, Steviol Glycosides (Stevia). Contains: Milk, Almonds.", "dairy corn", ""),
    ("label", "CLIF BAR Energy Bar, Chocolate Chip. Ingredients: Organic Rolled Oats, Organic Brown Rice Syrup, Soy Protein Isolate, Organic Cane Syrup, Organic Roasted Soybeans, Organic Semisweet Chocolate (Organic Cane Sugar, Organic Chocolate Liquor, Organic Cocoa Butter, Organic Soy Lecithin, Organic Vanilla Extract), Rice Flour, Organic Oat Fiber, Organic Soy Flour, Organic Date Paste, Natural Flavors, Organic Sunflower Oil, Sea Salt, Barley Malt Extract, Tricalcium Phosphate, Dicalcium Phosphate. Contains: Soy. May contain Peanuts, Tree Nuts, Milk and Wheat.", "soy sugar", "wheat dairy"),
    ("label", "Siete Almond Flour Tortillas. Grain Free. Gluten Free. Dairy Free. Ingredients: Almond Flour, Tapioca Flour, Water, Psyllium Husk Fiber, Apple Cider Vinegar, Sea Salt.", "", ""),
    ("label", "Trader Joe's Cauliflower Gnocchi. Ingredients: Cauliflower, Cassava Flour, Potato Starch, Extra Virgin Olive Oil, Sea Salt.", "", ""),
    ("label", "Kite Hill Greek Style Plain Unsweetened Almond Milk Yogurt. Dairy Free. Ingredients: Almondmilk (Water, Almonds), Soy-Free Pea Protein Concentrate, Citrus Fiber, Xanthan Gum, Locust Bean Gum, Live Active Cultures (S. Thermophilus, L. Bulgaricus, L. Acidophilus, Bifidobacteria, L. Paracasei), Vitamin B12.", "", "corn"),
    ("label", "Lakanto Monkfruit Sweetener, Classic. 1:1 Sugar Replacement. Zero Calories. Zero Glycemic. Ingredients: Non-GMO Erythritol, Monk Fruit Extract.", "", "corn"),
    ("label", "Vital Proteins Collagen Peptides, Unflavored. Gluten Free. Dairy Free. Ingredients: Bovine Collagen Peptides. Processed in a facility that also processes milk, egg, fish, shellfish, tree nuts, soy and wheat.", "", "wheat dairy soy"),
    ("label", "Health-Ade Kombucha, Pink Lady Apple. Organic. Raw. Ingredients: Organic Kombucha (Filtered Water, Organic Black Tea, Organic Green Tea, Organic Cane Sugar, SCOBY), Organic Cold-Pressed Pink Lady Apple Juice.", "sugar", ""),
    ("label", "Primal Kitchen Ranch Dressing & Marinade made with Avocado Oil. Dairy Free. Soy Free. Gluten Free. Ingredients: Avocado Oil, Water, Organic Cage-Free Eggs, Organic Cage-Free Egg Yolks, Less than 2% of: Organic Distilled Vinegar, Sea Salt, Organic Garlic, Organic Onion Powder, Organic Lemon Juice Concentrate, Organic Mustard Flour, Dill, Organic Black Pepper, Organic Chives, Rosemary Extract.", "", ""),
    ("label", "Daring Original Plant Chicken Pieces. Ingredients: Water, Soy Protein Concentrate, Less than 2% of: Sunflower Oil, Natural Flavors, Salt, Spices. Contains: Soy.", "soy", ""),
    # why: 'natural vitamin E' (d-alpha-tocopherol) is most often extracted from soybean oil
    ("label", "Silk Unsweetened Almondmilk. Dairy Free. 30 calories. Ingredients: Almondmilk (Filtered Water, Almonds), Calcium Carbonate, Sea Salt, Sunflower Lecithin, Locust Bean Gum, Gellan Gum, Vitamin A Palmitate, Vitamin D2, D-Alpha-Tocopherol (Natural Vitamin E). Contains: Almonds.", "", "soy"),
    ("label", "Silk Original Almondmilk. Ingredients: Almondmilk (Filtered Water, Almonds), Cane Sugar, Calcium Carbonate, Sea Salt, Potassium Citrate, Sunflower Lecithin, Gellan Gum, Natural Flavor, Vitamin A Palmitate, Vitamin D2, D-Alpha-Tocopherol (Natural Vitamin E).", "sugar", "soy"),
    ("label", "nutpods Dairy-Free Creamer, French Vanilla. Unsweetened. Whole30 Approved. Ingredients: Water, Almonds, Coconut Cream, Contains 2% or less of: Natural Flavors, Sunflower Lecithin, Dipotassium Phosphate, Sea Salt, Gellan Gum.", "", ""),
    ("label", "LMNT Electrolyte Drink Mix, Citrus Salt. Zero Sugar. Ingredients: Salt (Sodium Chloride), Magnesium Malate, Potassium Chloride, Citric Acid, Natural Flavors, Stevia Leaf Extract.", "", "corn"),
    ("label", "Liquid I.V. Hydration Multiplier, Lemon Lime. Ingredients: Cane Sugar, Dextrose, Citric Acid, Salt (Sodium Chloride), Potassium Citrate, Sodium Citrate, Silicon Dioxide, Natural Flavor, Ascorbic Acid (Vitamin C), Rebaudioside A (Stevia Leaf Extract), Niacinamide, Pyridoxine Hydrochloride, Cyanocobalamin.", "sugar", "corn"),
    ("label", "Pederson's Natural Farms No Sugar Added Uncured Hickory Smoked Bacon. Whole30 Approved. Ingredients: Pork, Water, Sea Salt, Celery Powder.", "", ""),
    ("label", "Banza Chickpea Pasta, Rotini. Gluten Free. Ingredients: Chickpeas, Pea Protein, Tapioca, Xanthan Gum.", "", "corn"),
]

# ---------------------------------------------------------------------------
# Persona 3: Tom, Manchester (UK), meal-prep gym lad, Tesco/Aldi, Myprotein, Nando's; British slang
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    # why: gluten-free bread usually has maize starch and sugar -> possible only
    ("meal", "brekkie: 3 scrambled eggs, spinach, grilled toms, 2 slices genius gluten free toast", "corn sugar", "soy"),
    ("meal", "myprotein impact whey choc smooth w/ water post gym", "dairy soy", "corn wheat"),
    ("meal", "nando's: 1/2 chicken hot, macho peas, spicy rice. no garlic bread obvs", "", "sugar"),
    ("meal", "meal prep: chicken breast, basmati, green beans. x4 tubs", "", ""),
    ("meal", "tesco meal deal slip... chicken & bacon sarnie, walkers cheese & onion, coke zero", "wheat dairy", "sugar corn soy"),
    ("meal", "porridge w/ water n a pinch of salt, blueberries. proper scottish way", "", "wheat"),
    ("meal", "jacket potato, tuna in spring water (no mayo), side salad w/ olive oil + lemon", "", ""),
    ("meal", "pint of guinness at the pub, just the one. well two", "", "wheat"),
    ("meal", "sunday roast at mum's: roast beef, roasties in goose fat, carrots, parsnips, bisto gravy, 1 yorkshire pud 🙈", "wheat dairy soy", "corn"),
    ("meal", "protein porridge: oats + scoop unflavoured pea protein + oatly barista", "", "wheat"),
    ("meal", "huel black edition banana, 2 scoops on the train", "", "corn"),
    ("meal", "costa flat white w/ coconut milk", "", "sugar soy"),
    ("meal", "pret chicken salad no dressing + a coconut water", "", ""),
    ("meal", "chinese takeaway friday. salt & pepper chicken + egg fried rice. knew it was a bad idea", "", "wheat corn soy sugar"),
    ("meal", "2 rice cakes w/ pip & nut crunchy pb + banana slices", "", ""),
    ("meal", "was gonna be GF toast... no it was normal crumpets. 2 crumpets w/ butter ffs", "wheat dairy", "sugar"),
    ("meal", "tesco finest smoked salmon, scrambled eggs done in olive oil, rocket", "", "sugar"),
    ("meal", "hendrick's + slimline tonic x2", "", "wheat corn"),
    ("meal", "grenade carb killa white choc cookie bar after legs", "dairy", "wheat soy sugar corn"),
    ("meal", "homemade chilli con carne (no stock cube), cauli rice, avo", "", ""),
    ("meal", "chippy tea on the front: cod & chips, mushy peas", "wheat", "corn soy sugar"),
    ("meal", "aldi chicken breast fillets, sweet potato wedges, tenderstem. basic but clean", "", ""),
    ("meal", "bacon butty at the footy. white bap, brown sauce. sorry coach", "wheat sugar", "corn soy"),
]

BLIND11_CASES += [
    ("label", "Genius Gluten Free Seeded Brown Bloomer. Gluten free. Dairy free. Ingredients: Water, Tapioca Starch, Rice Flour, Potato Starch, Seed Mix (12%) (Sunflower Seeds, Linseed, Millet, Poppy Seeds), Psyllium Husk Powder, Rapeseed Oil, Sugar, Yeast, Dried Egg White, Humectant: Vegetable Glycerine, Maize Starch, Thickener: Xanthan Gum, Salt, Stabiliser: Hydroxypropyl Methyl Cellulose, Preservative: Calcium Propionate. May contain soya.", "sugar corn", "soy"),
    ("label", "Myprotein Impact Whey Protein, Chocolate Smooth. Ingredients: Whey Protein Concentrate (Milk) (Contains Emulsifier (Soy Lecithin)) (85%), Fat Reduced Cocoa Powder, Flavouring, Thickener (Xanthan Gum), Sweetener (Sucralose). Produced in a factory that also handles Egg, Gluten, Soya and Milk.", "dairy soy", "corn wheat"),
    ("label", "Oatly Oat Drink Barista Edition. Ingredients: Oat base (water, oats 10%), rapeseed oil, acidity regulator (dipotassium phosphate), minerals (calcium carbonate, tricalcium phosphate), iodised salt, vitamins (D2, riboflavin, B12). Allergy advice: for allergens, including cereals containing gluten, see ingredients in bold.", "", "wheat"),
    ("label", "Heinz Beanz in a rich tomato sauce. Ingredients: Beans (51%), Tomatoes (34%), Water, Sugar, Spirit Vinegar, Modified Cornflour, Salt, Spice Extracts, Herb Extract.", "sugar corn", ""),
    ("label", "Walkers Cheese & Onion Crisps. Ingredients: Potatoes, Vegetable Oils (Sunflower, Rapeseed, in varying proportions), Cheese & Onion Seasoning (Dried Onion, Salt, Dried Milk Whey, Dried Cheese, Yeast Extract, Flavourings, Dried Garlic, Potassium Chloride, Acid (Citric Acid), Colours (Annatto Norbixin, Paprika Extract)).", "dairy", "corn"),
    ("label", "Pip & Nut Crunchy Peanut Butter. No added sugar. Vegan. Ingredients: Peanuts (97%), Palm Fruit Oil, Sea Salt.", "", ""),
    # why: 'flavourings (contain barley)' is malt-type flavouring -> wheat possible; maltodextrin + ammonia caramel -> corn possible
    ("label", "Bisto Original Gravy Granules. Ingredients: Potato Starch, Maltodextrin, Salt, Palm Oil, Colour (Ammonia Caramel), Flavourings (contain Barley), Onion Powder, Emulsifier (Soya Lecithin).", "soy", "corn wheat"),
    ("label", "Fever-Tree Refreshingly Light Indian Tonic Water. 54% fewer calories. Ingredients: Spring Water, Fructose, Citric Acid, Natural Flavours, Quinine.", "sugar", "corn"),
    ("label", "Nakd Cocoa Orange Fruit & Nut Bar. Gluten free. Dairy free. Vegan. No added sugar. Ingredients: Dates (49%), Cashews (31%), Raisins (16%), Cocoa (3%), Natural Orange Flavouring. May contain other nuts and peanuts.", "", ""),
    ("label", "Alpro Soya Original Drink. Ingredients: Water, Hulled Soya Beans (5.9%), Sugar, Acidity Regulator (Potassium Phosphates), Calcium (Calcium Carbonate), Sea Salt, Stabiliser (Gellan Gum), Vitamins (Riboflavin (B2), B12, D2).", "soy sugar", ""),
    ("label", "Warburtons 6 Crumpets. Ingredients: Wheat Flour (Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin), Water, Raising Agents (Disodium Diphosphate, Sodium Bicarbonate), Salt, Preservative (Potassium Sorbate), Yeast.", "wheat", ""),
    ("label", "Tesco Free From Chocolate Chip Cookies. Gluten free. Ingredients: Sugar, Rice Flour, Palm Oil, Dark Chocolate Chips (12%) (Sugar, Cocoa Mass, Cocoa Butter, Emulsifier (Soya Lecithin), Vanilla Flavouring), Maize Starch, Potato Starch, Golden Syrup, Raising Agents (Sodium Bicarbonate, Ammonium Bicarbonate), Thickener (Xanthan Gum), Salt. May contain milk.", "sugar soy corn", "dairy"),
    ("label", "Huel Black Edition Powder, Banana. Gluten free. Vegan. Ingredients: Pea Protein, Flaxseed, Brown Rice Protein, Tapioca Starch, Natural Flavouring, Sunflower Oil Powder (Sunflower Oil, Tapioca Starch, Pea Protein), Coconut MCT Powder, Thickener (Xanthan Gum), Sweetener (Sucralose), Vitamin and Mineral Blend.", "", "corn"),
    ("label", "HP Brown Sauce. Ingredients: Tomatoes, Malt Vinegar (from Barley), Spirit Vinegar, Sugar, Glucose-Fructose Syrup, Dates, Cornflour, Rye Flour, Salt, Spices, Tamarind.", "sugar corn", "wheat"),
]

# ---------------------------------------------------------------------------
# Persona 4: Jess, Sydney (AU), cafe culture, Woolworths/Coles, Bonsoy, sushi train
# Persona 5: Aroha, Auckland (NZ), Maori whanau cooking, Countdown, kumara
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "smashed avo on gf toast at the cafe, 2 poached eggs, hold the feta", "", "corn sugar"),
    # why: cafe barista almond milks in AU are usually sweetened with cane sugar
    ("meal", "almond milk flat white", "", "sugar"),
    ("meal", "bonsoy latte, my fav 🥰", "soy sugar", ""),
    ("meal", "poke bowl: brown rice, salmon, edamame, cucumber, nori, no sauce pls just lemon", "soy", ""),
    ("meal", "remedy kombucha ginger lemon", "", "sugar"),
    ("meal", "bounce protein ball peanut on the way to pilates", "", "dairy sugar soy"),
    ("meal", "weet-bix x2 w/ almond milk + banana. felt like a kid again", "wheat sugar", ""),
    ("meal", "sushi train: salmon nigiri x4, edamame, tamago (prob sweet)", "soy sugar", "wheat"),
    ("meal", "maccas slip. quarter pounder, chips, coke. hangover made me do it", "wheat dairy sugar", "corn soy"),
    ("meal", "thai green curry w/ chicken + jasmine rice from the local", "", "sugar"),
    ("meal", "barramundi, garden salad, kipfler potatoes. dinner at home", "", ""),
    ("meal", "sukrin gold in my coffee instead of sugar", "", "corn wheat"),
    # why: Vegemite's yeast extract is from barley and wheat
    ("meal", "vegemite on rice cakes w/ avo", "wheat", "corn"),
    ("meal", "bundy ginger beer at the bbq + 2 snags in bread w/ tomato sauce", "wheat sugar", "corn soy"),
    ("meal", "acai bowl at bondi, no granola, extra pb", "", "sugar"),
    ("meal", "green smoothie: kale, cucumber, green apple, ginger, lime, coconut water", "", ""),
    ("meal", "flat white w/ oat (so good oat milk)", "", "wheat sugar"),
    # why: doughboys are flour dumplings
    ("meal", "boil up at nan's: pork bones, puha, watercress, kumara, potatoes, doughboys", "wheat", ""),
    ("meal", "boil up again no doughboys this time 💪", "", ""),
    ("meal", "hangi at the marae: pork, chicken, kumara, pumpkin, cabbage + stuffing", "wheat", "dairy"),
    ("meal", "fish n chips wrapped in paper at the beach, battered tarakihi", "wheat", "corn soy"),
    ("meal", "kumara chips in the air fryer w/ homemade aioli (avocado oil, egg, garlic, lemon)", "", ""),
    ("meal", "sanitarium up&go banana.. needed brekkie on the run", "dairy sugar soy wheat", "corn"),
    ("meal", "handful of pineapple lumps ugh", "sugar dairy", "soy wheat corn"),
    ("meal", "pic's peanut butter on apple slices", "", ""),
    ("meal", "l&p with dinner, the real one not the sugar free", "sugar", "corn"),
    ("meal", "steamed green lipped mussels, garlic, white wine, coriander. no bread", "", ""),
    ("meal", "feijoas off the tree x4", "", ""),
    # why: 'the dairy' is a NZ corner shop; the pie itself is pastry + cheese
    ("meal", "mince & cheese pie from the dairy. yes the dairy shop 😂", "wheat dairy", "corn soy"),
    ("meal", "chicken thigh, rice, steamed broccoli w/ kikkoman gluten free soy sauce", "soy", ""),
    ("meal", "tuatua fritters made by aunty w/ flour + egg", "wheat", ""),
    ("meal", "hot cross bun w/ butter from countdown bakery, easter innit", "wheat dairy sugar", "soy"),
]

BLIND11_CASES += [
    ("label", "Sanitarium Weet-Bix. Ingredients: Wholegrain Wheat (97%), Raw Sugar, Salt, Barley Malt Extract, Vitamins (Niacin, Thiamin, Riboflavin, Folate), Mineral (Iron). Contains Gluten.", "wheat sugar", ""),
    ("label", "VEGEMITE. Ingredients: Yeast Extract (from Barley and Wheat), Salt, Mineral Salt (508), Malt Extract (from Barley), Colour (150c), Flavour, Vitamins (Thiamine, Riboflavin, Niacin, Folate). Contains gluten.", "wheat", "corn"),
    # why: tapioca syrup is a refined glucose syrup like rice syrup
    ("label", "Bonsoy Soy Milk. Ingredients: Water, Whole Organic Soybeans (14%), Tapioca Syrup, Job's Tears, Kombu, Calcium Carbonate, Sea Salt.", "soy sugar", ""),
    ("label", "Bounce Protein Ball, Peanut Butter. Ingredients: Peanuts (25%), Rice Malt Syrup, Whey Protein Isolate (Milk), Soy Protein Isolate, Dates, Peanut Butter, Sunflower Oil, Sea Salt, Natural Flavour. Contains: Milk, Peanut, Soy.", "dairy soy sugar", ""),
    # why: raw sugar is a fermentation substrate and the label says it is fermented out -> possible
    ("label", "Remedy Kombucha Raspberry Lemonade. Sugar free. Live cultured. Ingredients: Kombucha (Filtered Water, Organic Black & Green Tea, Organic Raw Sugar*, Live Kombucha Cultures), Organic Raspberry Juice, Organic Lemon, Natural Flavours. *Sugar is fermented out.", "", "sugar"),
    ("label", "Pineapple Lumps. Ingredients: Compound Milk Chocolate (Sugar, Vegetable Fat, Milk Solids, Cocoa Powder, Emulsifiers (Soy Lecithin, 476)), Sugar, Glucose Syrup (from Wheat), Water, Gelatine, Flavour, Colour (102).", "sugar dairy soy wheat", ""),
    ("label", "Sanitarium Up&Go Liquid Breakfast, Banana. Ingredients: Skim Milk (64%), Water, Cane Sugar, Cereals (Wheat Fibre, Oat Flour), Soy Protein, Fibre (Inulin), Milk Protein, Vegetable Oil (Canola, Sunflower), Flavour, Mineral (Calcium Phosphate), Thickeners (460, 466, 407), Vitamins. Contains Milk, Soy, Gluten (Wheat, Oats).", "dairy sugar soy wheat", ""),
    ("label", "Kikkoman Gluten Free Soy Sauce. Ingredients: Water, Soybeans, Salt, Rice, Spirit Vinegar. Gluten free.", "soy", ""),
    ("label", "L&P World Famous in New Zealand. Ingredients: Carbonated Water, Sugar, Lemon Juice, Food Acid (330), Flavour, Preservative (211).", "sugar", "corn"),
    ("label", "Sukrin Gold Brown Sugar Alternative. Zero sugar. Ingredients: Erythritol, Tagatose, Stevia Extract (Steviol Glycosides), Malt Extract (Barley), Natural Flavouring.", "", "corn wheat"),
    ("label", "Bundaberg Ginger Beer. Brewed. Ingredients: Carbonated Water, Cane Sugar, Ginger Root, Natural Flavour, Food Acid (Citric Acid), Yeast.", "sugar", "corn"),
    ("label", "Pic's Really Good Peanut Butter, Smooth. Ingredients: Peanuts (99%), Salt. No added sugar. No palm oil.", "", ""),
    ("label", "Woolworths Free From Gluten Spaghetti. Ingredients: Maize Flour (60%), Rice Flour (40%). Gluten free.", "corn", ""),
    ("label", "So Good Oat Milk Barista. Ingredients: Filtered Water, Oats (11%), Sunflower Oil, Mineral (Calcium Phosphate), Acidity Regulator (340), Salt, Vitamins (A, D, B2, B12). Contains gluten (oats).", "", "wheat"),
]

# ---------------------------------------------------------------------------
# Persona 6: Ana Lucia, Sao Paulo (Brazil), types in Portuguese, padaria life, feira, academia
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "café da manhã: tapioca com ovo mexido e tomate, café preto sem açúcar", "", ""),
    # why: pão de queijo is polvilho (cassava starch) + cheese + milk: dairy but not wheat
    ("meal", "pão de queijo no café da tarde... não resisti 😅 2 unidades", "dairy", "soy"),
    ("meal", "almoço: arroz, feijão, frango grelhado, alface e tomate, farofa", "", "dairy"),
    # why: Brazilian cuscuz nordestino is steamed corn flakes (flocão de milho), not wheat couscous; manteiga de garrafa is clarified butter
    ("meal", "cuscuz nordestino com ovo e manteiga de garrafa", "corn dairy", ""),
    ("meal", "cuscuz de milho com ovo de novo, sem manteiga dessa vez", "corn", ""),
    ("meal", "açaí na tigela com banana e granola, pedi sem leite condensado", "", "sugar wheat"),
    ("meal", "suco verde: couve, limão, gengibre, maçã e água de coco", "", ""),
    ("meal", "feijoada de sábado com couve, laranja e arroz. sem farofa, sem torresmo", "", "soy sugar corn"),
    ("meal", "whey da growth sabor baunilha batido com água", "dairy", "soy corn"),
    ("meal", "brigadeiro na festa da minha sobrinha, comi 3 🙈", "dairy sugar", "soy"),
    ("meal", "coxinha na padaria, escorreguei feio", "wheat", "dairy corn soy"),
    ("meal", "salmão grelhado, purê de mandioquinha com azeite (sem manteiga), brócolis no vapor", "", ""),
    ("meal", "guaraná antarctica zero no almoço", "", "corn"),
    # why: cachaça is a distilled cane spirit; liquid sweetener replaces the sugar
    ("meal", "caipirinha de cachaça com adoçante em vez de açúcar", "", ""),
    ("meal", "tapioca de coco com leite condensado de sobremesa 🤤", "dairy sugar", ""),
    ("meal", "pão na chapa com manteiga + pingado na padoca", "wheat dairy", "sugar"),
    ("meal", "moqueca baiana: peixe, leite de coco, dendê, pimentão, arroz branco", "", ""),
    ("meal", "yakult no lanche da tarde", "dairy sugar", ""),
    ("meal", "kombucha artesanal da feira, sabor hibisco", "", "sugar"),
    ("meal", "omelete de 3 ovos com espinafre e cogumelos, mamão com chia", "", ""),
]

# ---------------------------------------------------------------------------
# Persona 7: Marisol, Ciudad de Mexico, Spanish, street food + mercado, trying hard
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "desayuno: huevos a la mexicana con 2 tortillas de maíz y frijoles de la olla", "corn", ""),
    ("meal", "chilaquiles verdes sin crema ni queso, con pollo deshebrado", "corn", ""),
    ("meal", "licuado de papaya con agua, sin azúcar, con avena", "", "wheat"),
    ("meal", "tacos al pastor x4 con piña en la esquina 🌮", "corn", "sugar"),
    ("meal", "pozole rojo con todo: lechuga, rábano, orégano y tostadas", "corn", ""),
    ("meal", "ensalada de nopales con jitomate, cebolla, cilantro y aguacate", "", ""),
    ("meal", "agua de jamaica SIN azúcar, la hice yo", "", ""),
    ("meal", "un gansito en la oficina... ya sé 😭", "wheat dairy sugar", "corn soy"),
    ("meal", "pescado a la talla con arroz rojo y ensalada en la playa", "", "corn soy wheat sugar"),
    # why: CDMX quesadillas can be made without cheese, on corn tortillas
    ("meal", "quesadillas de flor de calabaza SIN queso en tortilla de maíz (sí existen en cdmx 😂)", "corn", ""),
    ("meal", "elote con mayonesa, queso y chile piquín en el parque", "corn dairy", "soy"),
    ("meal", "caldo de pollo con verduras y arroz, sin consomé en polvo", "", ""),
    # why: café de olla is sweetened with piloncillo (unrefined cane sugar)
    ("meal", "café de olla en casa de mi tía", "sugar", ""),
    ("meal", "pan dulce: una concha con café con leche, no aguanté", "wheat sugar dairy", "soy"),
    ("meal", "michelada con cerveza victoria", "", "wheat corn soy sugar"),
    ("meal", "tamal verde en la mañana con atole de arroz", "corn sugar", "dairy"),
    ("meal", "tostadas de tinga de pollo con frijoles, sin crema", "corn", "sugar"),
    ("meal", "mezcal joven, 2 copitas con naranja y sal de gusano", "", ""),
    ("meal", "coctel de camarón con aguacate y limón, sin cátsup, con galletas saladas... bueno 3 galletas", "wheat", "soy corn"),
    ("meal", "jícama, pepino y mango con limón y chile en polvo", "", ""),
]

# ---------------------------------------------------------------------------
# Persona 8: Diego, Buenos Aires (Argentina), asado, mate, kiosco; Rioplatense Spanish
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "asado con amigos: vacío, chorizo, morcilla, ensalada mixta. sin pan", "", "wheat soy"),
    ("meal", "mate amargo toda la mañana 🧉", "", ""),
    ("meal", "mate dulce, el de la abuela con azúcar", "sugar", ""),
    ("meal", "milanesa de ternera con puré, caí", "wheat", "dairy"),
    ("meal", "2 medialunas de manteca con un café con leche", "wheat dairy sugar", ""),
    ("meal", "empanadas de carne x3 al horno", "wheat", ""),
    # why: bife de chorizo is a sirloin steak cut, not sausage
    ("meal", "bife de chorizo a la parrilla con papas al horno y chimichurri", "", ""),
    ("meal", "alfajor de maicena en el kiosco", "corn wheat dairy sugar", ""),
    ("meal", "fernet con coca, obvio", "sugar", "corn"),
    ("meal", "provoleta a la parrilla con orégano", "dairy", ""),
    ("meal", "ensalada de rúcula, tomate y palta con aceite de oliva y limón", "", ""),
    ("meal", "galletitas de arroz con palta y huevo duro", "", ""),
    ("meal", "tostado de jamón y queso en el bar, pan de miga", "wheat dairy", "sugar corn soy"),
    ("meal", "locro el 25 de mayo en lo de mi vieja", "corn", "soy wheat"),
    ("meal", "malbec, 2 copas con la cena", "", ""),
]

BLIND11_CASES += [
    ("label", "Pão de Queijo Forno de Minas Tradicional. Ingredientes: polvilho azedo, queijo (leite pasteurizado, fermento lácteo, coalho e sal), ovo, óleo de soja, leite em pó, sal e gordura vegetal. ALÉRGICOS: CONTÉM LEITE E DERIVADOS, OVOS E SOJA. NÃO CONTÉM GLÚTEN.", "dairy soy", ""),
    ("label", "Granola Mãe Terra Tradicional. Ingredientes: flocos de aveia, açúcar mascavo, flocos de arroz, mel, uva-passa, coco ralado, óleo de girassol, gergelim, sal e aromatizante. ALÉRGICOS: CONTÉM AVEIA. PODE CONTER TRIGO, CENTEIO, CEVADA, LEITE E SOJA. CONTÉM GLÚTEN.", "sugar", "wheat dairy soy"),
    ("label", "Açaí Frooty Tradicional com guaraná. Ingredientes: polpa de açaí, xarope de guaraná (açúcar, água, extrato de guaraná, acidulante ácido cítrico), xarope de glicose, estabilizante goma guar e aromatizante. NÃO CONTÉM GLÚTEN.", "sugar", "corn"),
    ("label", "Goma para Tapioca Da Terrinha. Ingredientes: fécula de mandioca hidratada. NÃO CONTÉM GLÚTEN.", "", ""),
    ("label", "Flocão de Milho Maratá. Ingredientes: milho, ferro e ácido fólico. NÃO CONTÉM GLÚTEN.", "corn", ""),
    ("label", "Growth Supplements Whey Protein Concentrado 80% Baunilha. Ingredientes: proteína concentrada do soro do leite, aromatizante, espessante goma xantana, edulcorante sucralose e emulsificante lecitina de soja. ALÉRGICOS: CONTÉM LEITE E DERIVADOS E SOJA. CONTÉM LACTOSE. NÃO CONTÉM GLÚTEN.", "dairy soy", "corn"),
    ("label", "Leite de Coco Sococo. Ingredientes: extrato de coco, água, conservador metabissulfito de sódio, estabilizantes goma guar e goma xantana, emulsificante polissorbato 80. NÃO CONTÉM GLÚTEN.", "", "corn"),
    ("label", "Harina de Maíz Nixtamalizado MASECA. Ingredientes: maíz blanco nixtamalizado, cal, conservadores (ácido propiónico, benzoato de sodio), goma guar.", "corn", ""),
    ("label", "Gansito Marinela. Ingredientes: harina de trigo, azúcar, relleno sabor fresa (azúcar, jarabe de maíz de alta fructosa, pulpa de fresa, pectina, ácido cítrico), crema (grasa vegetal, azúcar, leche descremada en polvo, mono y diglicéridos), cobertura sabor chocolate (azúcar, grasa vegetal, cocoa, lecitina de soya, sal), huevo, aceite vegetal, polvo para hornear, sal. CONTIENE: TRIGO, LECHE, HUEVO Y SOYA.", "wheat dairy sugar corn soy", ""),
    ("label", "Silk Bebida de Almendra Sin Azúcar (México). Ingredientes: agua, almendras, carbonato de calcio, sal de mar, lecitina de girasol, goma gellan, goma de algarrobo, vitamina A, vitamina D2.", "", ""),
    ("label", "Topo Chico Agua Mineral. Ingredientes: agua mineral natural, dióxido de carbono.", "", ""),
    ("label", "Knorr Suiza Consomé de Pollo. Ingredientes: sal yodada, glutamato monosódico, almidón de maíz, grasa de pollo, azúcar, cebolla, jitomate deshidratado, proteína vegetal hidrolizada (maíz, soya), ajo, especias, colorante (caramelo clase IV), inosinato y guanilato de sodio. CONTIENE SOYA. PUEDE CONTENER TRIGO Y LECHE.", "corn soy sugar", "wheat dairy"),
    ("label", "Clamato El Original. Ingredientes: agua, concentrado de tomate, jarabe de maíz de alta fructosa, sal, ácido cítrico, glutamato monosódico, cebolla en polvo, ajo en polvo, especias, jugo concentrado de almeja, chile, colorante rojo 40.", "corn sugar", ""),
    ("label", "Alfajor de Maicena Cachafaz. Ingredientes: almidón de maíz, harina de trigo, manteca, dulce de leche (leche, azúcar, glucosa, bicarbonato de sodio, vainillina), azúcar, yemas de huevo, coco rallado, esencia de vainilla, polvo de hornear. Contiene gluten, leche y huevo.", "corn wheat dairy sugar", ""),
    ("label", "Galletas de Arroz Gallo Snacks, Integral con Sal. Sin TACC. Ingredientes: arroz integral, sal. Libre de gluten.", "", ""),
    ("label", "Yerba Mate Taragüí con Palo. Ingredientes: yerba mate (Ilex paraguariensis). SIN TACC.", "", ""),
    ("label", "Dulce de Leche La Serenísima Clásico. Ingredientes: leche, azúcar, jarabe de glucosa, bicarbonato de sodio, aromatizante vainillina. SIN TACC.", "dairy sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Persona 9: Kenji, Osaka (Japan), careful, konbini + izakaya, mixes Japanese and English
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "朝: 玄米ごはん、焼き鮭、ほうれん草のおひたし (no soy sauce, salt + yuzu instead)", "", ""),
    ("meal", "lawson salmon onigiri + hot green tea", "", ""),
    ("meal", "classic breakfast: rice, miso soup, natto w/ the tare packet", "soy wheat sugar", "corn"),
    ("meal", "natto again but threw away the sauce packet, just karashi + negi", "soy", ""),
    ("meal", "zaru soba at lunch, dipped in tsuyu (only a little)", "soy wheat sugar", ""),
    # why: juwari soba is 100% buckwheat -> no wheat
    ("meal", "juwari soba (100% buckwheat) w/ grated daikon, salt only", "", ""),
    ("meal", "yakitori shio: negima, tsukune, sasami w/ wasabi. no tare", "", "wheat soy"),
    ("meal", "sashimi moriawase, ate it with salt and sudachi instead of shoyu", "", ""),
    ("meal", "7-eleven salad chicken (plain) + 2 boiled eggs", "", "sugar"),
    ("meal", "highball at izakaya (suntory kaku)", "", "wheat corn"),
    ("meal", "edamame + cold sake, friday 🍶", "soy", ""),
    ("meal", "karaage... friends ordered, i had 2 pcs", "soy wheat", "corn"),
    ("meal", "pocari sweat after running 10k", "sugar", "corn"),
    ("meal", "tofu steak w/ grated ginger + a little san-j gluten free tamari", "soy", ""),
    ("meal", "omurice at a cafe 😩 ketchup rice, butter omelette, demi sauce", "dairy sugar", "wheat soy corn"),
    ("meal", "family mart oden: daikon, egg, konnyaku, chikuwa", "", "soy wheat sugar"),
    ("meal", "ぶり大根 made by my mother (soy sauce, mirin, sake)", "soy wheat sugar", ""),
    ("meal", "焼き芋 from the truck, hot", "", ""),
]

BLIND11_CASES += [
    ("label", "手巻おにぎり 紅しゃけ。名称：おにぎり。原材料名：ご飯（国産米）、紅しゃけ、海苔、食塩／調味料（アミノ酸等）、pH調整剤（一部にさけを含む）", "", ""),
    # why: 果糖ぶどう糖液糖 is HFCS; in Japan it is usually but not declared as made from corn
    ("label", "ポカリスエット。原材料名：砂糖（国内製造）、果糖ぶどう糖液糖、果汁、食塩／酸味料、香料、塩化K、乳酸Ca、調味料（アミノ酸）、塩化Mg、酸化防止剤（ビタミンC）", "sugar", "corn"),
    ("label", "キッコーマン 特選丸大豆しょうゆ。原材料名：大豆（アメリカ又はカナダ）（遺伝子組換えでない）、小麦、食塩／アルコール", "soy wheat", ""),
    ("label", "金のつぶ 丸大豆納豆。原材料名：丸大豆（遺伝子組換えでない）、納豆菌／たれ：しょうゆ（大豆・小麦を含む）、砂糖、果糖ぶどう糖液糖、醸造酢、食塩、かつおエキス、昆布エキス／調味料（アミノ酸等）、アルコール、ビタミンB1／からし：からし、醸造酢、食塩", "soy wheat sugar", "corn"),
    ("label", "明治ブルガリアヨーグルト LB81 プレーン。種類別：はっ酵乳。原材料名：生乳、乳製品", "dairy", ""),
    ("label", "十割そば。原材料名：そば粉（国内製造）。本品製造工場では小麦を含む製品を生産しています。", "", "wheat"),
    ("label", "信州そば（乾麺）。原材料名：小麦粉（国内製造）、そば粉、食塩", "wheat", ""),
    ("label", "キユーピー マヨネーズ。原材料名：食用植物油脂（国内製造）、卵黄、醸造酢、食塩、香辛料／調味料（アミノ酸）、香辛料抽出物（一部に卵・大豆・りんごを含む）", "soy", "corn"),
    ("label", "カルピスソーダ。原材料名：砂糖類（果糖ぶどう糖液糖、砂糖）、脱脂粉乳、乳酸菌飲料／炭酸、酸味料、香料、安定剤（大豆多糖類）", "sugar dairy soy", "corn"),
    ("label", "サントリー 角ハイボール缶。原材料名：ウイスキー（国内製造）、レモンスピリッツ／炭酸、酸味料", "", "wheat corn"),
]

# ---------------------------------------------------------------------------
# Persona 10: Ji-woo, Seoul (Korea), office worker, GS25, mixes Korean and English
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "아침: 현미밥, 미역국, 계란말이", "", "soy sugar"),
    # why: gochujang is made with fermented soybean powder and syrup; commercial ones add wheat and corn syrup
    ("meal", "bibimbap at lunch, asked for gochujang on the side and used like 1 tsp", "soy sugar", "wheat corn"),
    ("meal", "samgyeopsal w/ lettuce, garlic, kimchi, NO ssamjang, just salt + sesame oil", "", "sugar"),
    ("meal", "kimchi jjigae w/ tofu + rice", "soy", "sugar wheat corn"),
    ("meal", "GS25 samgak gimbap 참치마요", "", "soy sugar corn"),
    ("meal", "soju 2 bottles 😵 chamisul fresh", "sugar", "corn"),
    ("meal", "비 오는 날 makgeolli + pajeon", "wheat", "sugar soy"),
    ("meal", "mul naengmyeon at the famous place in euljiro", "", "wheat sugar soy"),
    ("meal", "baked 고구마 + americano, perfect snack", "", ""),
    ("meal", "binggrae banana milk, nostalgia lol", "dairy sugar", ""),
    # why: kongnamul are soybean sprouts
    ("meal", "고등어구이, rice, seasoned bean sprouts (kongnamul)", "soy", "wheat"),
    ("meal", "homemade kimbap with no ham no fish cake no danmuji, just egg + spinach + carrot", "", ""),
    ("meal", "protein shake: 1 scoop myprotein impact whey + unsweetened 두유", "dairy soy", "corn"),
    ("meal", "dak-gangjeong at the market, sticky sweet fried chicken 🍗", "sugar", "wheat soy corn"),
    ("meal", "samgyetang, ate everything except the ginseng lol", "", ""),
]

BLIND11_CASES += [
    ("label", "해찬들 태양초 고추장. 원재료명: 물엿(옥수수), 고춧가루, 밀쌀, 정제소금, 쌀, 메주분말(대두), 밀가루, 주정, 마늘, 양파. 대두, 밀 함유", "corn sugar wheat soy", ""),
    ("label", "빙그레 바나나맛우유. 원재료명: 원유 85%, 정제수, 설탕, 바나나과즙 1%, 카로틴, 합성향료. 우유 함유", "dairy sugar", ""),
    ("label", "풀무원 국산콩 두부 부침용. 원재료명: 대두(국산) 100%, 정제수, 응고제(염화마그네슘). 대두 함유", "soy", ""),
    ("label", "비비고 왕교자. 원재료명: 밀가루(밀:미국산), 돼지고기, 양배추, 두부(대두), 대파, 부추, 간장(대두, 밀), 설탕, 참기름, 마늘, 생강, 후추. 밀, 대두, 돼지고기 함유", "wheat soy sugar", ""),
    ("label", "베지밀 무가당 두유. 원재료명: 두유액(대두고형분 8%, 캐나다산), 정제수, 천일염, 트리칼슘포스페이트. 대두 함유", "soy", ""),
    ("label", "참이슬 후레쉬. 원재료명: 정제수, 주정, 과당, 스테비올배당체, 효소처리스테비아, 정제염, 구연산. 알코올 16.5%", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Persona 11: Wei, Singapore, hawker centres and kopitiams, Singlish
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    # why: Nanyang kopi beans are traditionally roasted with sugar and margarine
    ("meal", "kopi-o kosong at the kopitiam", "", "sugar"),
    ("meal", "kopi c siew dai", "dairy sugar", ""),
    ("meal", "teh-o kosong peng", "", ""),
    ("meal", "steamed chicken rice, told auntie no sauce no chilli, only ginger. skipped the soup", "", "soy wheat"),
    ("meal", "yong tau foo soup: veggie, tofu, fishball, no sauce", "soy", "wheat corn"),
    ("meal", "cai png: brown rice, steamed fish, kailan (asked no oyster sauce), egg", "", "soy wheat sugar"),
    ("meal", "kaya toast set 😭 soft boiled eggs w dark soy + pepper, kopi", "wheat dairy sugar soy", "corn"),
    ("meal", "sliced fish bee hoon soup, no evaporated milk", "", ""),
    ("meal", "yeo's chrysanthemum tea, the packet one", "sugar", ""),
    ("meal", "mee pok tah dry w chilli", "wheat", "soy sugar"),
    ("meal", "thunder tea rice: brown rice, greens, tofu, peanuts, tea soup", "soy", ""),
    ("meal", "laksa at the hawker, whole bowl, so shiok, regret", "soy", "sugar wheat"),
    ("meal", "char kway teow... yeah i know lah", "soy wheat sugar", ""),
    ("meal", "tiger beer x2 at clarke quay", "", "wheat corn"),
    ("meal", "100plus after badminton", "sugar", "corn"),
    ("meal", "fish soup w/ rice, no milk, extra veg, at the food court", "", ""),
]

BLIND11_CASES += [
    ("label", "Yeo's Chrysanthemum Tea 杨协成菊花茶. Ingredients: Water, Sugar, Chrysanthemum Flowers. 成分：水、糖、菊花。", "sugar", ""),
    ("label", "维他奶 原味豆奶。配料：水、非转基因大豆（≥6.5%）、白砂糖、食品添加剂（碳酸氢钠、单硬脂酸甘油酯、蔗糖脂肪酸酯）。", "soy sugar", ""),
    ("label", "老干妈 风味豆豉油制辣椒。配料：菜籽油、辣椒、豆豉（黑豆、食用盐）、食用盐、味精、白砂糖、花椒。", "soy sugar", ""),
    ("label", "Lee Kum Kee Premium Oyster Sauce 李锦记旧庄特级蚝油. Ingredients: Oyster Extracts (Water, Salt, Oyster), Sugar, Water, Salt, Modified Corn Starch, Wheat Flour, Caramel Color. Contains: Wheat, Mollusc.", "sugar corn wheat", ""),
    ("label", "海天 金标生抽。配料：水、非转基因黄豆、小麦粉、食用盐、白砂糖、谷氨酸钠、食品添加剂（5'-呈味核苷酸二钠、苯甲酸钠）。", "soy wheat sugar", ""),
    ("label", "Tiger Lager Beer. Ingredients: Water, Malted Barley, Hops, Yeast. Alc 5% vol.", "", "wheat"),
]

# ---------------------------------------------------------------------------
# Persona 12: Sophie, Lyon (France), Biocoop / La Vie Claire shopper, writes French
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "petit-déj: yaourt végétal coco nature sans sucres ajoutés, framboises, graines de courge", "", ""),
    # why: crêperies fry galettes in butter and some blend a bit of wheat flour into the buckwheat batter
    ("meal", "galette de sarrasin jambon-oeuf, sans fromage, à la crêperie", "", "dairy wheat sugar"),
    ("meal", "crêpe au sucre au goûter, mon fils m'en a fait une 🥞", "wheat dairy sugar", ""),
    ("meal", "ratatouille maison, riz complet, poulet rôti", "", ""),
    ("meal", "salade niçoise au resto: thon, oeuf, haricots verts, olives, anchois, vinaigrette", "", ""),
    ("meal", "baguette tradition avec du beurre demi-sel... craquage total", "wheat dairy", ""),
    ("meal", "steak frites au bistrot, sauce béarnaise à part (pas touchée)", "", "dairy"),
    ("meal", "un verre de côtes-du-rhône", "", ""),
    ("meal", "kir au vin blanc à l'apéro", "sugar", ""),
    ("meal", "Perrier citron en terrasse", "", ""),
    ("meal", "tartine de pain sans gluten Schär avec purée d'amande complète", "", "corn sugar soy"),
    ("meal", "lentilles vertes du Puy en salade, échalote, moutarde de Dijon", "", ""),
    ("meal", "4 chouquettes à la boulangerie 😬", "wheat dairy sugar", ""),
    ("meal", "lait d'avoine Bjorg dans le café", "", "wheat"),
    ("meal", "raclette chez des amis. oui.", "dairy", "sugar corn"),
    ("meal", "tajine de poulet aux olives et citron confit, sans semoule", "", ""),
    ("meal", "couscous royal... j'ai mangé la semoule, et une merguez", "wheat", "sugar corn soy"),
]

BLIND11_CASES += [
    ("label", "Bjorg Boisson Avoine Bio. Ingrédients : eau, avoine* (14%), huile de tournesol*, sel marin. *Ingrédients issus de l'agriculture biologique. Contient du gluten (avoine). Traces éventuelles de soja et de fruits à coque.", "", "wheat soy"),
    # why: 'ferments lactiques (sans lait)' are dairy-free cultures
    ("label", "Sojade Coco Nature, spécialité végétale fermentée. Ingrédients : préparation à base de noix de coco* 97% (eau, crème de coco* 12%), amidon de riz*, ferments lactiques (sans lait). *Bio. Traces éventuelles de soja.", "", "soy"),
    ("label", "Schär Pain Maxi Sans Gluten. Ingrédients : amidon de maïs, eau, farine de riz, levain (farine de riz, eau), huile de tournesol, protéines de soja, sucre, levure, épaississants : gomme de guar, hydroxypropylméthylcellulose ; fibres de psyllium, sel, arôme.", "corn soy sugar", ""),
    ("label", "La Vie Claire Purée d'Amande Complète Bio. Ingrédients : amandes complètes* 100%. Peut contenir des traces d'arachide et d'autres fruits à coque.", "", ""),
    ("label", "Bonne Maman Confiture Fraises. Ingrédients : fraises, sucre de canne, sucre, jus de citron concentré, gélifiant : pectine de fruits. Préparé avec 50 g de fruits pour 100 g.", "sugar", "corn"),
    # why: maltitol is a polyol made from (corn or wheat) starch; '*sucres naturellement présents' note
    ("label", "Gerblé Sans Sucres Ajoutés*, biscuits nature. Ingrédients : farine de blé 52%, maltitol, huile de tournesol, fibres de blé, lait écrémé en poudre, amidon de blé, poudres à lever (carbonates d'ammonium et de sodium), émulsifiant : lécithine de soja, sel, arôme naturel. *Contient des sucres naturellement présents.", "wheat dairy soy", "corn"),
    ("label", "Crème de Cassis de Bourgogne. Liqueur 20% vol. Ingrédients : baies de cassis, sucre, alcool neutre, eau.", "sugar", "wheat corn"),
    ("label", "Biocoop Galettes de riz complet au sarrasin. Ingrédients : riz complet* 80%, sarrasin* 20%, sel. *Bio. Sans gluten.", "", ""),
    ("label", "Merguez de boeuf et mouton, Charal. Ingrédients : viande de boeuf 50%, viande de mouton 25%, eau, sel, épices et plantes aromatiques, dextrose, protéines de soja, conservateur : sulfite de sodium, antioxydant : ascorbate de sodium, colorant : extrait de paprika. Boyau naturel de mouton.", "sugar soy", "corn"),
]

# ---------------------------------------------------------------------------
# Persona 13: Lukas, Munich (Germany), dm / Alnatura, Biergarten; German with English bits
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "Frühstück: Alnatura Haferflocken glutenfrei mit Mandeldrink ungesüßt, Heidelbeeren", "", ""),
    ("meal", "Weißwurst-Frühstück am Sonntag: Brezn, süßer Senf, Weißbier. Alles. 😅", "wheat sugar", "dairy corn"),
    ("meal", "Mittag Kantine: Ofengemüse mit Quinoa, ohne Joghurtdip", "", ""),
    ("meal", "Spätzle... nein, doch Kartoffeln statt Spätzle genommen, mit Rindergulasch", "", "wheat"),
    ("meal", "Apfelschorle im Biergarten", "", "sugar"),
    ("meal", "Obatzda mit Radi und einer Brezn", "dairy wheat", ""),
    # why: Rivella is made from milk serum (whey)
    ("meal", "Rivella rot nach dem Wandern (Schweiz-Urlaub)", "dairy sugar", ""),
    ("meal", "Leberkässemmel am Bahnhof, Stress pur", "wheat", "dairy corn sugar soy"),
    ("meal", "Club-Mate beim Coden", "sugar", "corn"),
    ("meal", "dm Bio Reiswaffeln Zartbitter, 3 Stück", "sugar", "dairy soy"),
    ("meal", "Rote-Bete-Salat, Feldsalat, Walnüsse, Apfelessig & Leinöl", "", ""),
    ("meal", "Käsespätzle auf der Hütte, Wandertag, egal", "wheat dairy", ""),
    ("meal", "ein Radler (Bier + Zitronenlimo)", "sugar", "wheat corn"),
    ("meal", "Lachs mit Dillkartoffeln und Gurkensalat (ohne Sahne)", "", "sugar"),
    ("meal", "Sojajoghurt natur von Alpro mit Beeren und Leinsamen", "soy", "corn"),
    ("meal", "Seitan-Geschnetzeltes mit Reis, Freundin hat gekocht", "wheat", "soy"),
]

BLIND11_CASES += [
    ("label", "Alnatura Hafer Flocken Zart, glutenfrei. Zutaten: Hafervollkornflocken* (glutenfrei). *aus biologischer Landwirtschaft.", "", ""),
    ("label", "dmBio Reiswaffeln Zartbitter. Zutaten: Zartbitterschokolade* 52% (Rohrzucker*, Kakaomasse*, Kakaobutter*, Emulgator: Sonnenblumenlecithine), Vollkornreis* 48%. *aus kontrolliert ökologischer Landwirtschaft. Kann Spuren von Milch, Soja und Schalenfrüchten enthalten.", "sugar", "dairy soy"),
    ("label", "Rivella Rot. Zutaten: Wasser, Milchserum (35%), Zucker, Kohlensäure, Säuerungsmittel (L-Milchsäure), natürliche Aromen (Kräuter- und Fruchtextrakte).", "dairy sugar", ""),
    ("label", "Club-Mate. Zutaten: Wasser, Invertzuckersirup, Mate-Extrakt, Säuerungsmittel Citronensäure, Kohlensäure, Koffein, Farbstoff Zuckerkulör.", "sugar", "corn"),
    ("label", "Weihenstephaner Hefeweissbier. Zutaten: Wasser, Weizenmalz, Gerstenmalz, Hopfen, Hefe. 5,4% vol.", "wheat", ""),
    ("label", "Develey Süßer Senf Bayerische Art. Zutaten: Wasser, Zucker, Senfsaat, Branntweinessig, Salz, Gewürze, Verdickungsmittel Johannisbrotkernmehl.", "sugar", ""),
    ("label", "Alpro Natur Ohne Zucker, Soja-Joghurtalternative. Zutaten: Wasser, geschälte Sojabohnen (8,9%), Calcium (Tricalciumphosphat), Stabilisator (Pektin), Säureregulator (Natriumcitrate, Citronensäure), Antioxidationsmittel (tocopherolreiche Extrakte, Fettsäureester der Ascorbinsäure), Vitamine (B12, D2), Joghurtkulturen (S. thermophilus, L. bulgaricus).", "soy", "corn"),
    ("label", "Rügenwalder Mühle Vegane Mühlen Nuggets Klassisch. Zutaten: Wasser, Sojaproteinisolat (15%), Weizenmehl, Rapsöl, Paniermehl (Weizenmehl, Hefe, Salz), Maisstärke, Gewürze, Salz, Verdickungsmittel Methylcellulose, Dextrose, Hefeextrakt.", "soy wheat corn sugar", ""),
    ("label", "Wheaty Seitan Classic. Zutaten: Weizeneiweiß* (Seitan) 85%, Wasser, Tamari* (Wasser, Sojabohnen*, Meersalz), Gewürze*. *kbA. Enthält Weizen (Gluten) und Soja.", "wheat soy", ""),
    ("label", "Alnatura Mandel Drink ungesüßt. Zutaten: Wasser, Mandeln* (7%), Meersalz. Ohne Zuckerzusatz. Vegan. Kann Spuren von Soja und Hafer enthalten.", "", "soy wheat"),
]

# ---------------------------------------------------------------------------
# Persona 14: Ingrid, Stockholm (Sweden), writes Swedish, ICA / Coop, fika temptations
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "frukost: havregrynsgröt med vatten, färska lingon och kanel", "", "wheat"),
    # why: Wasa Husman is rye, salt, yeast - rye is not wheat
    ("meal", "Wasa husman knäckebröd med avokado och kokt ägg", "", ""),
    ("meal", "gravlax med hovmästarsås och färskpotatis", "sugar", ""),
    ("meal", "inlagd sill, färskpotatis, gräddfil, gräslök och en nubbe... midsommar fortsätter", "sugar dairy", "wheat"),
    ("meal", "köttbullar med potatismos, gräddsås och lingonsylt på IKEA", "wheat dairy sugar", "corn soy"),
    ("meal", "oatly havregurt naturell med blåbär", "", "wheat"),
    ("meal", "fika: kanelbulle och kaffe med havremjölk 🙈", "wheat dairy sugar", ""),
    ("meal", "lax i ugnen med citron, broccoli och quinoa", "", ""),
    ("meal", "semla på fettisdagen, obviously", "wheat dairy sugar", ""),
    ("meal", "3 st Pågen gifflar på tåget", "wheat sugar dairy", "soy"),
    ("meal", "ärtsoppa med senap på torsdag, ingen pannkaka", "", "sugar"),
    ("meal", "Loka citron", "", ""),
    ("meal", "en Norrlands Guld efter jobbet", "", "wheat corn"),
    ("meal", "Kalles kaviar på ägghalvor", "sugar", ""),
    ("meal", "renskav med svamp och potatismos (gjord med havredryck, inget smör)", "", "wheat"),
]

BLIND11_CASES += [
    ("label", "Wasa Husman Knäckebröd. Ingredienser: Fullkornsrågmjöl, salt, jäst.", "", ""),
    ("label", "Oatly Havregurt Naturell. Ingredienser: Havrebas (vatten, havre 10%), rapsolja, modifierad potatisstärkelse, kalciumfosfat, havrefiber, salt, vitaminer (D2, riboflavin, B12), yoghurtkultur.", "", "wheat"),
    ("label", "Pågen Gifflar Kanel. Ingredienser: VETEMJÖL, socker, vatten, margarin (palm- och rapsolja, vatten, emulgeringsmedel (mono- och diglycerider av fettsyror), salt, arom), jäst, kanel, SKUMMJÖLKSPULVER, salt, konserveringsmedel (kaliumsorbat).", "wheat sugar dairy", "soy"),
    ("label", "Abba Inlagd Sill. Ingredienser: sill 55%, socker, vatten, ättika, salt, kryddor, lök, konserveringsmedel (natriumbensoat).", "sugar", ""),
    ("label", "Felix Lingonsylt. Ingredienser: lingon 45%, socker, vatten, förtjockningsmedel (pektin), konserveringsmedel (kaliumsorbat).", "sugar", ""),
    ("label", "Kalles Kaviar Original. Ingredienser: Rökt torskrom (57%), socker, rapsolja, salt, potatisflingor, tomatpuré, kryddor, konserveringsmedel (natriumbensoat), antioxidationsmedel (askorbinsyra).", "sugar", ""),
]

# ---------------------------------------------------------------------------
# Persona 15: Gianna, Milan (Italy), writes Italian, bar culture, NaturaSi
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "colazione: espresso e yogurt di soia al naturale con frutti di bosco", "soy", "corn"),
    ("meal", "cappuccino con latte di mandorla al bar, senza zucchero", "", "sugar"),
    ("meal", "pranzo: riso integrale con zucchine, pomodorini e basilico, olio evo", "", ""),
    ("meal", "pasta senza glutine (mais e riso) al pomodoro", "corn", ""),
    ("meal", "risotto allo zafferano al ristorante, mantecato con burro e parmigiano", "dairy", ""),
    ("meal", "aperol spritz x2 all'aperitivo + patatine e olive", "sugar", "wheat corn"),
    ("meal", "pizza margherita senza glutine in pizzeria", "dairy", "corn sugar soy"),
    ("meal", "branzino al forno con patate e rosmarino", "", ""),
    ("meal", "cornetto vuoto e cappuccino al bar, ho ceduto", "wheat dairy sugar", ""),
    ("meal", "polenta con funghi porcini", "corn", "dairy"),
    ("meal", "gelato: un cono fragola e limone", "wheat sugar", "dairy"),
    # why: farro is a wheat species
    ("meal", "insalata di farro con ceci e verdure grigliate", "wheat", ""),
    ("meal", "bresaola, rucola, limone, olio, niente grana", "", "sugar"),
    ("meal", "acqua frizzante e una coca zero", "", "corn"),
    ("meal", "piadina crudo e squacquerone, weekend in Romagna", "wheat dairy", ""),
    ("meal", "minestrone di verdure fatto in casa, senza crosta di parmigiano stavolta", "", ""),
]

BLIND11_CASES += [
    ("label", "Barilla Spaghetti Senza Glutine. Ingredienti: farina di mais bianco, farina di mais giallo, farina di riso integrale, farina di riso, emulsionante: mono- e digliceridi degli acidi grassi. Può contenere soia.", "corn", "soy"),
    ("label", "Alpro Soia Bianco Naturale senza zuccheri. Ingredienti: acqua, semi di soia decorticati (10,6%), stabilizzante (pectina), correttori di acidità (citrati di sodio, acido citrico), calcio (fosfato tricalcico), sale marino, antiossidanti (estratto ricco di tocoferoli, esteri degli acidi grassi dell'acido ascorbico), vitamine (B12, D2), fermenti dello yogurt.", "soy", "corn"),
    ("label", "Aperol Aperitivo. 11% vol. Ingredienti: alcool, zucchero, acqua, infuso di erbe e radici, aromi, coloranti: E110, E124.", "sugar", "wheat corn"),
    ("label", "Isola Bio Drink Mandorla. Ingredienti: acqua, mandorle* 6%, sale marino. *Biologico. Senza zuccheri aggiunti. Senza glutine.", "", ""),
    ("label", "Mulino Bianco Pan di Stelle. Ingredienti: farina di frumento, zucchero, olio di palma, cacao magro 7%, latte scremato in polvere, nocciole 3%, miele, agenti lievitanti (carbonato acido di ammonio, carbonato acido di sodio), sale, aromi. Può contenere soia e uova.", "wheat sugar dairy", "soy"),
    ("label", "Grana Padano DOP. Ingredienti: latte, sale, caglio. Conservante: lisozima (proteina dell'uovo).", "dairy", ""),
    ("label", "Gallette di Mais Bio. Ingredienti: mais* 100%. *Biologico. Senza glutine. Può contenere sesamo.", "corn", ""),
]

# ---------------------------------------------------------------------------
# Persona 16: Fatima, Dubai (UAE), Emirati/Levantine home food, Ramadan, gym
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "suhoor: 3 dates, boiled eggs, cucumber, zaatar w/ olive oil (no bread)", "", ""),
    ("meal", "iftar: lentil soup, fattoush without the fried bread, grilled chicken", "", "dairy sugar"),
    ("meal", "karak chai from the cafeteria 🙈", "dairy sugar", ""),
    ("meal", "almarai laban with lunch", "dairy", ""),
    ("meal", "shawarma plate no bread, extra garlic sauce, pickles, fries", "", "dairy corn soy"),
    ("meal", "chicken machboos with loomi and basmati at mama's", "", ""),
    ("meal", "luqaimat at eid... so many", "wheat sugar", "dairy"),
    ("meal", "grilled hammour, white rice, tabbouleh", "wheat", ""),
    ("meal", "my own tabbouleh with quinoa instead of bulgur", "", ""),
    ("meal", "one glass of vimto at iftar, tradition", "sugar", "corn"),
    ("meal", "gym coffee: cold brew + 1 scoop isopure zero carb unflavored", "dairy", "soy"),
    ("meal", "hummus, mutabal, grilled halloumi, cucumber sticks", "dairy", ""),
    ("meal", "umm ali at a wedding, small bowl", "wheat dairy sugar", ""),
    ("meal", "camel milk latte at the mall, had to try", "dairy", "sugar"),
]

BLIND11_CASES += [
    ("label", "المراعي لبن طازج كامل الدسم. المكونات: حليب بقري طازج كامل الدسم، بادئ لبن.", "dairy", ""),
    ("label", "فيمتو شراب مركز. المكونات: ماء، سكر، عصير فواكه مركز (عنب، كشمش أسود، توت العليق) 7%، منظم حموضة (حمض الستريك)، مادة حافظة (بنزوات الصوديوم)، لون (كراميل E150d)، منكهات.", "sugar", "corn"),
    ("label", "Bateel Khalas Dates تمر خلاص. Ingredients: 100% Khalas dates. المكونات: تمر خلاص 100%.", "", ""),
    ("label", "طحينة الوادي. المكونات: سمسم مقشور محمص 100%. قد يحتوي على آثار من الفول السوداني.", "", ""),
    ("label", "خبز عربي أبيض. المكونات: دقيق القمح، ماء، خميرة، سكر، ملح، زيت نباتي، محسن خبز (E300). يحتوي على القمح (الغلوتين).", "wheat sugar", "corn soy"),
    ("label", "Puck Cream Cheese Spread جبنة كريمية. Ingredients: Skimmed Milk, Butter Oil, Vegetable Oil, Milk Protein, Emulsifying Salts (E331, E452), Salt, Stabiliser (Xanthan Gum). المكونات: حليب خالي الدسم، زيت الزبدة، زيت نباتي، بروتين الحليب، أملاح استحلاب، ملح، مثبت (صمغ الزانثان).", "dairy", "corn soy"),
]

# ---------------------------------------------------------------------------
# Persona 17: Noa, Tel Aviv (Israel), Hebrew words in English, shuk and cafes
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "shakshuka + israeli salad + tahini, no pita", "", ""),
    ("meal", "sabich in a pita on frishman st, couldn't resist", "wheat", "sugar"),
    # why: Bamba is puffed corn grits + peanut butter
    ("meal", "bamba with my nephew, a handful", "corn", ""),
    ("meal", "cottage 5% with cucumber and tomato", "dairy", ""),
    ("meal", "jachnun at my mother-in-law's with grated tomato and zhug", "wheat", "dairy sugar"),
    ("meal", "pargiyot on the grill, quinoa salad, tahini", "", ""),
    ("meal", "shoko b'sakit (chocolate milk in a bag), childhood", "dairy sugar", ""),
    ("meal", "iced americano w/ oat milk at aroma", "", "wheat"),
    ("meal", "majadra: lentils, rice, fried onions, no yogurt", "", ""),
    # why: malabi is set with cornstarch and topped with rose syrup; milk or coconut milk base
    ("meal", "malabi from the shuk with rose syrup and pistachio", "corn sugar", "dairy"),
    ("meal", "goldstar at the beach", "", "wheat corn"),
    ("meal", "ptitim with tomato sauce for the kids, i had some too", "wheat", "sugar"),
]

BLIND11_CASES += [
    ("label", "במבה אסם. רכיבים: גריסי תירס, חמאת בוטנים (50%), שמן דקלים, מלח, ויטמינים. מכיל: בוטנים.", "corn", ""),
    ("label", "קוטג' תנובה 5%. רכיבים: חלב, שמנת, מלח, מייצב (סידן כלורי), תרבית מחמצת. מכיל: חלב.", "dairy", ""),
    ("label", "פתיתים אסם אפויים. רכיבים: קמח חיטה, מים, ביצים. מכיל: גלוטן, ביצים.", "wheat", ""),
    ("label", "טחינה גולמית הנסיך. רכיבים: שומשום מלא 100%.", "", ""),
]

# ---------------------------------------------------------------------------
# Persona 18: Elif, Istanbul (Turkey), writes Turkish, ferry commuter
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "kahvaltı: zeytinyağında menemen, beyaz peynir yok, domates, salatalık, zeytin", "", ""),
    ("meal", "vapurda simit ve çay 🙈", "wheat", "sugar"),
    ("meal", "mercimek çorbası limonlu, ekmeksiz", "", "dairy"),
    ("meal", "adana kebap ile ayran, lavaş yemedim", "dairy", ""),
    ("meal", "türk kahvesi sade", "", ""),
    ("meal", "orta şekerli türk kahvesi ve bir lokum", "sugar", "corn"),
    ("meal", "imam bayıldı ve tereyağlı pilav", "dairy", ""),
    ("meal", "düğünde 2 dilim baklava", "wheat dairy sugar", ""),
    # why: rakı is an anise grape spirit
    ("meal", "ızgara levrek, roka salatası ve bir kadeh rakı", "", ""),
    ("meal", "etsiz çiğ köfte dürüm, nar ekşili", "wheat", "sugar"),
    ("meal", "kuru fasulye ve pilav, annemin", "", "dairy"),
    ("meal", "karpuz ve beyaz peynir, yaz akşamı", "dairy", ""),
]

BLIND11_CASES += [
    ("label", "Ülker Çikolatalı Gofret. İçindekiler: buğday unu, şeker, bitkisel yağ (palm), kakao, süt tozu, peynir altı suyu tozu, emülgatör (soya lesitini), tuz, kabartıcı (sodyum bikarbonat), aroma verici (vanilin). Gluten, süt ve soya içerir. Fındık içerebilir.", "wheat sugar dairy soy", ""),
    ("label", "Sütaş Ayran. İçindekiler: inek sütü, içme suyu, tuz, yoğurt kültürü.", "dairy", ""),
    # why: pekmez is boiled-down grape juice with no added sugar: a concentrated fruit sweetener
    ("label", "Koska Üzüm Pekmezi. İçindekiler: %100 üzüm pekmezi. Şeker ilavesizdir.", "", "sugar"),
    ("label", "Koska Gül Lokumu. İçindekiler: şeker, su, mısır nişastası, gül suyu, sitrik asit, renklendirici (karmin).", "sugar corn", ""),
]

# ---------------------------------------------------------------------------
# Persona 19: Chidi, Lagos (Nigeria), Nigerian English / pidgin
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    # why: party jollof is seasoned with bouillon cubes (maize starch, sugar, HVP)
    ("meal", "jollof rice + chicken at owambe, they used maggi for sure", "", "wheat corn soy sugar"),
    ("meal", "boiled yam and egg sauce with palm oil, no seasoning cube", "", ""),
    ("meal", "eba with egusi soup and goat meat", "", "wheat corn soy sugar"),
    ("meal", "moi moi homemade, no cube, just crayfish and pepper", "", ""),
    ("meal", "puff puff x4 from the roadside 😩", "wheat sugar", ""),
    # why: ogi/pap is usually fermented maize but can be millet or sorghum
    ("meal", "akara and pap for breakfast", "", "corn"),
    ("meal", "dodo and scrambled eggs", "", ""),
    ("meal", "suya from mallam, no bread, extra onions", "", "wheat corn soy"),
    ("meal", "maltina after church", "sugar", "wheat corn"),
    ("meal", "chin chin from mama's jar, like 10 pieces", "wheat sugar", "dairy"),
    ("meal", "catfish pepper soup with uziza, no cube", "", ""),
    ("meal", "indomie and egg, late night", "wheat", "soy sugar corn"),
    ("meal", "zobo drink homemade with pineapple and ginger, no sugar", "", ""),
    ("meal", "gala sausage roll in traffic 😂", "wheat", "soy corn sugar"),
    ("meal", "semo and okra soup, palm oil, stockfish", "wheat", ""),
]

BLIND11_CASES += [
    ("label", "Maggi Star Seasoning Cube. Ingredients: Salt, Flavour Enhancer (Monosodium Glutamate), Vegetable Fat (Palm), Maize Starch, Sugar, Hydrolysed Vegetable Protein, Flavourings, Colour (E150c), Onion Powder, Spices.", "corn sugar", "wheat soy"),
    # why: Semovita is wheat semolina despite the brand name
    ("label", "Golden Penny Semovita. Ingredients: Wheat Semolina, Vitamin A. Contains gluten.", "wheat", ""),
    ("label", "Peak Full Cream Evaporated Milk. Ingredients: Milk, Stabiliser (Disodium Phosphate), Vitamins A & D.", "dairy", ""),
    ("label", "Maltina Classic Malt Drink. Non-alcoholic. Ingredients: Water, Barley Malt, Sugar, Glucose Syrup, Hops, Caramel Colour (E150c), Carbon Dioxide, Vitamins.", "sugar", "wheat corn"),
]

# ---------------------------------------------------------------------------
# Persona 20: Amara, Nairobi (Kenya), Kenyan English with Swahili
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "ugali na sukuma wiki na nyama choma", "corn", ""),
    ("meal", "chai ya maziwa with 2 spoons sugar at the office", "dairy sugar", ""),
    ("meal", "black tea no sugar (trying!!) + 2 boiled eggs + avocado", "", ""),
    ("meal", "2 chapati with bean stew for lunch", "wheat", ""),
    ("meal", "githeri (maize + beans) mum's recipe with royco", "corn", "wheat soy sugar"),
    ("meal", "mandazi x2 at 10am tea break", "wheat sugar", "dairy"),
    ("meal", "pilau and kachumbari at a wedding", "", "wheat soy"),
    ("meal", "2 tuskers at the local", "", "wheat corn sugar"),
    ("meal", "mukimo: potatoes, peas, maize, pumpkin leaves", "corn", ""),
    ("meal", "beef samosa from the kiosk", "wheat", ""),
    ("meal", "nduma (arrowroot) boiled, with tea with milk", "dairy", ""),
    ("meal", "fried tilapia, ugali and kachumbari at the lake", "corn", ""),
    ("meal", "sweet potatoes boiled + black coffee", "", ""),
]

BLIND11_CASES += [
    ("label", "Jogoo Maize Meal, Fortified. Ingredients: Maize, Vitamin and Mineral Premix (Iron, Zinc, Folic Acid, Vitamin B12, Vitamin A).", "corn", ""),
    ("label", "Royco Mchuzi Mix Beef. Ingredients: Maize Starch, Salt, Flavour Enhancer (E621), Wheat Flour, Sugar, Hydrolysed Soya Protein, Colour (E150d), Spices, Onion Powder, Beef Flavour.", "corn wheat sugar soy", ""),
    ("label", "Brookside Whole Milk. Ingredients: Pasteurised whole milk.", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Persona 21: Kwame, Accra (Ghana), Ghanaian English
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "waakye with shito, gari, egg and wele, no spaghetti", "", "soy corn"),
    ("meal", "banku and tilapia with pepper", "corn", ""),
    ("meal", "kenkey and fried fish with shito", "corn", "soy"),
    ("meal", "fufu and light soup with goat", "", "wheat corn soy"),
    ("meal", "kelewele from the night market 🔥", "", ""),
    ("meal", "red red (beans + fried plantain)", "", ""),
    ("meal", "hausa koko with koose", "", "sugar"),
    ("meal", "milo with milk, habits die hard", "dairy sugar soy", "wheat"),
    ("meal", "sobolo from the cooler, the sweet one", "sugar", ""),
    ("meal", "jollof and grilled chicken at the spot, no coleslaw", "", "wheat corn soy sugar"),
    ("meal", "tea bread with butter at the kiosk", "wheat dairy sugar", ""),
    ("meal", "roasted plantain and groundnuts by the roadside", "", ""),
]

BLIND11_CASES += [
    ("label", "MILO Energy Food Drink. Ingredients: Malt Extract (from Barley), Skimmed Milk Powder, Sugar, Cocoa, Vegetable Oil (Palm), Minerals (Calcium, Iron), Vitamins, Emulsifier (Soy Lecithin).", "dairy sugar soy", "wheat"),
    ("label", "Tom Brown Roasted Cereal Mix. Ingredients: Roasted Maize, Roasted Soya Beans, Roasted Groundnuts.", "corn soy", ""),
]

# ---------------------------------------------------------------------------
# Persona 22: Rahul, Mumbai (India), Hinglish, home food + office canteen
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "poha with peanuts + curry leaves, told mom no sugar this time", "", ""),
    ("meal", "2 rotis with dal and bhindi 😕 roti is wheat ugh", "wheat", "dairy"),
    ("meal", "dal tadka + jeera rice, tadka in coconut oil not ghee", "", ""),
    ("meal", "masala dosa at the udupi place, sambar, coconut chutney", "", "dairy sugar"),
    ("meal", "3 idli with coconut chutney", "", ""),
    # why: rava (sooji) upma is wheat semolina
    ("meal", "rava upma in the office canteen", "wheat", "dairy"),
    ("meal", "cutting chai at the tapri", "dairy sugar", ""),
    ("meal", "black coffee no sugar + handful of almonds", "", ""),
    ("meal", "paneer tikka at a party, 4 pcs", "dairy", ""),
    ("meal", "vada pav, street, rainy day 😩", "wheat", "sugar"),
    ("meal", "moong sprouts chaat with lemon, onion, tomato", "", ""),
    ("meal", "chicken biryani from behrouz", "", "dairy"),
    ("meal", "makhana roasted in olive oil with salt", "", ""),
    ("meal", "amul sweet lassi from the shop", "dairy sugar", ""),
    # why: besan is chickpea flour
    ("meal", "besan chilla with onion, tomato, coriander", "", ""),
    ("meal", "sabudana khichdi on fast day", "", "dairy"),
    ("meal", "kingfisher x2 with friends", "", "wheat corn"),
    ("meal", "one glass thums up at the party", "sugar", "corn"),
    ("meal", "ragi dosa with tomato chutney, cooked in oil", "", ""),
]

BLIND11_CASES += [
    ("label", "Amul Lassi, Sweet. Ingredients: Toned Milk, Sugar, Milk Solids, Stabilizer (INS 440), Active Culture. अमूल लस्सी। सामग्री: टोंड दूध, चीनी, दूध ठोस, स्थिरक (INS 440), सक्रिय कल्चर।", "dairy sugar", ""),
    ("label", "Haldiram's Aloo Bhujia. Ingredients: Potato (34%), Edible Vegetable Oil (Cottonseed, Corn & Palmolein Oil), Tepary Beans Flour, Gram Pulse Flour, Iodised Salt, Spices & Condiments, Acidity Regulator (INS 330).", "corn", ""),
    ("label", "Aashirvaad Shudh Chakki Atta. Ingredients: Whole Wheat Atta (100%). Contains Gluten.", "wheat", ""),
    ("label", "Patanjali Cow's Ghee. Ingredients: Milk Fat (from Cow's Milk).", "dairy", ""),
    ("label", "Britannia Good Day Cashew Cookies. Ingredients: Refined Wheat Flour (Maida), Sugar, Edible Vegetable Oil (Palm), Butter (3%), Cashews (3.5%), Invert Sugar Syrup, Milk Solids, Raising Agents [503(ii), 500(ii)], Iodised Salt, Emulsifiers [322(i) Soya Lecithin, 471], Artificial Flavouring Substances (Butter, Vanilla). Contains Wheat, Milk, Cashew, Soy.", "wheat sugar dairy soy", ""),
    # why: 322(i) is lecithin without a declared source
    ("label", "पारले-जी ग्लूकोज़ बिस्किट। सामग्री: गेहूं का आटा (मैदा), चीनी, खाद्य वनस्पति तेल (पाम), इनवर्ट शुगर सिरप, उठाने वाले एजेंट [503(ii), 500(ii)], आयोडीन युक्त नमक, दूध ठोस, पायसीकारक [322(i), 471]। इसमें गेहूं और दूध है।", "wheat sugar dairy", "soy"),
]

# ---------------------------------------------------------------------------
# Persona 23: Linh, Ho Chi Minh City (Vietnam), Vietnamese with English
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "phở bò tái, không hoisin, không sriracha, thêm rau thơm", "", "sugar"),
    ("meal", "bánh mì thịt ở đầu hẻm 😅", "wheat", "sugar soy dairy"),
    ("meal", "gỏi cuốn tôm thịt chấm nước mắm chua ngọt", "sugar", ""),
    ("meal", "cà phê sữa đá", "dairy sugar", ""),
    # why: street-style Vietnamese robusta is often roasted with butter and sugar
    ("meal", "cà phê đen không đường", "", "dairy sugar"),
    ("meal", "canh chua cá lóc với cơm trắng", "", "sugar"),
    ("meal", "cơm tấm sườn nướng, bì, chả, trứng ốp la", "sugar", "soy"),
    ("meal", "bún chả Hà Nội, trip with friends", "sugar", ""),
    ("meal", "nước dừa tươi ở bãi biển", "", ""),
    ("meal", "xôi gấc ở chợ sáng", "", "sugar"),
    ("meal", "trà đá vỉa hè", "", ""),
    ("meal", "sữa đậu nành xe đẩy", "soy", "sugar"),
    ("meal", "bia Saigon x3 🍺", "", "wheat"),
    # why: chè ba màu is beans + jelly + sweetened coconut cream; coconut is not dairy
    ("meal", "chè ba màu", "sugar", ""),
    ("meal", "cá kho tộ (homemade) w/ rice and boiled rau muống", "sugar", ""),
]

BLIND11_CASES += [
    ("label", "Sữa đậu nành Fami Nguyên Chất. Thành phần: nước, đậu nành hạt (15%), đường kính (4,5%), chất ổn định (460(i), 466, 418), muối i-ốt. Sản phẩm có chứa đậu nành.", "soy sugar", ""),
    ("label", "Nước mắm Phú Quốc nhãn đỏ 40 độ đạm. Thành phần: cá cơm, muối.", "", ""),
    ("label", "Nước chấm Nam Ngư. Thành phần: nước, muối, đường, chiết xuất cá cơm, chất điều vị (621, 627, 631), chất điều chỉnh độ acid (330), chất bảo quản (211), màu caramel (150a), hương cá tổng hợp.", "sugar", "corn"),
    ("label", "Mì Hảo Hảo Tôm Chua Cay. Thành phần: Vắt mì: bột mì, dầu thực vật (dầu cọ, chất chống oxy hóa (320, 321)), tinh bột khoai mì, muối, đường, nước mắm. Gói súp: muối, đường, chất điều vị (621, 627, 631), bột tôm, ớt, hành, tỏi, chất điều chỉnh độ acid (330). Gói dầu: dầu thực vật, hành. Sản phẩm có chứa lúa mì, tôm. Có thể chứa đậu nành.", "wheat sugar", "soy corn"),
]

# ---------------------------------------------------------------------------
# Persona 24: Siti, Jakarta (Indonesia), Bahasa Indonesia mix, warung + minimarket
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "nasi uduk + telur balado, skip kerupuk", "", "sugar"),
    ("meal", "nasi goreng kampung pakai kecap manis 😬", "soy sugar", "wheat"),
    ("meal", "tempe goreng + sayur asem + nasi putih", "soy", "sugar"),
    ("meal", "gado-gado bumbu kacang", "sugar", "soy"),
    ("meal", "sate ayam 10 tusuk di pinggir jalan", "soy sugar", "wheat"),
    ("meal", "es teh manis", "sugar", ""),
    ("meal", "es kelapa muda tanpa gula", "", ""),
    ("meal", "rendang dan nasi putih di warung padang", "", ""),
    ("meal", "indomie goreng tengah malam lagi", "wheat soy sugar", "corn"),
    ("meal", "jamu kunyit asam botolan", "", "sugar"),
    ("meal", "bakso kuah tanpa mie", "", "wheat corn"),
    ("meal", "teh botol sosro pas macet", "sugar", ""),
    ("meal", "pisang goreng sore-sore", "wheat", "sugar"),
    ("meal", "soto ayam, nasi, jeruk nipis, tanpa kecap", "", ""),
    ("meal", "ikan bakar, lalapan, sambal terasi, nasi merah", "", "sugar"),
]

BLIND11_CASES += [
    ("label", "Kecap Manis Bango. Komposisi: gula kelapa, air, kedelai hitam (17%), garam.", "soy sugar", ""),
    ("label", "Indomie Mi Goreng Rasa Original. Komposisi: Mi: tepung terigu, minyak nabati (mengandung antioksidan TBHQ), tepung tapioka, garam, pengatur keasaman, pengemulsi, pengental. Bumbu: garam, gula, penguat rasa (mononatrium glutamat), bubuk bawang putih, merica. Kecap manis: gula, air, garam, kedelai, gandum. Saus cabe. Minyak bumbu: minyak nabati, bawang merah. Bawang goreng. Mengandung gandum, kedelai.", "wheat soy sugar", "corn"),
    ("label", "Teh Botol Sosro Original. Komposisi: air, gula, daun teh melati.", "sugar", ""),
    ("label", "Tempe Murni Kedelai. Komposisi: kedelai (98%), ragi tempe.", "soy", ""),
]

# ---------------------------------------------------------------------------
# Persona 25: Marcus, Kingston (Jamaica), Jamaican English / patois
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "ackee and saltfish, boiled green banana, callaloo, no fry dumpling today", "", ""),
    ("meal", "2 festival wid escovitch fish, couldn't help it", "wheat corn sugar", "dairy"),
    ("meal", "jerk chicken from the drum pan by the roadside", "", "soy wheat sugar"),
    # why: oxtail is darkened with browning (burnt sugar/caramel colour); butter beans are lima beans, not dairy
    ("meal", "rice and peas with oxtail and butter beans", "", "sugar corn soy"),
    ("meal", "beef patty inna coco bread 😂", "wheat dairy", "sugar"),
    ("meal", "bammy with steamed fish, okra and carrots", "", ""),
    ("meal", "roast breadfruit and ackee, sunday morning", "", ""),
    ("meal", "one glass sorrel at christmas", "sugar", ""),
    ("meal", "ting with lunch", "sugar", "corn"),
    ("meal", "mannish water at the dance", "", "wheat corn soy sugar"),
    ("meal", "curry goat with white rice, no roti", "", ""),
    ("meal", "2 red stripe at hellshire", "", "wheat"),
    ("meal", "hardo bread toast + peanut butter", "wheat sugar", ""),
    ("meal", "soursop juice with nutmeg and condensed milk", "dairy sugar", ""),
    ("meal", "steamed callaloo, boiled yam and dasheen", "", ""),
    ("meal", "peanut porridge made with almond milk, sweetened with dates only", "", "wheat corn"),
    ("meal", "butter beans stew, no butter involved lol", "", ""),
]

BLIND11_CASES += [
    ("label", "Grace Cock Soup Mix. Ingredients: Wheat Flour, Salt, Noodles (Wheat Flour, Water), Monosodium Glutamate, Corn Starch, Sugar, Hydrolyzed Vegetable Protein (Soy, Corn, Wheat), Chicken Fat, Dehydrated Vegetables (Onion, Garlic), Spices, Turmeric. Contains: Wheat, Soy.", "wheat corn sugar soy", ""),
    ("label", "Ting Sparkling Grapefruit. Ingredients: Carbonated Water, Sugar, Grapefruit Juice from Concentrate (5%), Citric Acid, Natural Flavours, Preservative (Sodium Benzoate).", "sugar", "corn"),
    # why: browning is caramel (burnt sugar) colour; source sugar not declared
    ("label", "Grace Browning. Ingredients: Caramel Colour, Water, Salt.", "", "corn sugar"),
    ("label", "Excelsior Water Crackers. Ingredients: Wheat Flour, Vegetable Shortening (Palm Oil), Salt, Yeast, Leavening (Sodium Bicarbonate).", "wheat", ""),
    ("label", "Walkerswood Traditional Jamaican Jerk Seasoning, Hot & Spicy. Ingredients: Scallions, Scotch Bonnet Peppers, Salt, Black Pepper, Allspice (Pimento), Cane Sugar, Soybean Oil, Nutmeg, Thyme, Citric Acid.", "sugar soy", "corn"),
]

# ---------------------------------------------------------------------------
# Persona 26: Hannah, Toronto (Canada), Loblaws/PC, Tim's, cottage weekends
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    # why: pure maple syrup is a natural sweetener -> possible per domain
    ("meal", "steel cut oats w/ maple syrup + blueberries", "", "wheat sugar"),
    ("meal", "tim hortons black coffee + plain bagel toasted, no butter", "wheat", "sugar"),
    ("meal", "poutine at the cottage... the cheese curds got me", "dairy", "wheat corn soy"),
    ("meal", "salmon poke from the place on queen st, no spicy mayo, ponzu instead", "soy wheat", "sugar"),
    ("meal", "a caesar at brunch (the canadian one, clamato)", "corn sugar", "wheat soy"),
    ("meal", "chicken shawarma bowl from osmow's, no garlic sauce no pita", "", "dairy"),
    ("meal", "PC blue menu gluten free penne w/ homemade tomato sauce", "", "corn"),
    ("meal", "1 nanaimo bar at the potluck", "wheat dairy sugar", "corn"),
    ("meal", "habitant pea soup on a cold day", "wheat sugar soy corn", ""),
    ("meal", "kale salad w/ lemon tahini dressing + roasted chickpeas", "", ""),
    ("meal", "maple taffy on snow at the sugar shack 🍁", "", "sugar"),
    ("meal", "oat milk london fog at starbucks", "sugar", "wheat"),
    ("meal", "butternut squash soup, homemade w/ coconut milk", "", ""),
]

BLIND11_CASES += [
    ("label", "Liberté Greek Plain 0% / Grec Nature 0%. Ingredients: skim milk, modified milk ingredients, bacterial culture. Ingrédients : lait écrémé, substances laitières modifiées, culture bactérienne.", "dairy", ""),
    ("label", "PC Natural Peanut Butter Smooth / Beurre d'arachide naturel crémeux. Ingredients: peanuts, salt. Ingrédients : arachides, sel.", "", ""),
    ("label", "Compliments Gluten Free Fusilli / Fusilli sans gluten. Ingredients: brown rice flour, corn flour. Ingrédients : farine de riz brun, farine de maïs.", "corn", ""),
    ("label", "Habitant Pea Soup / Soupe aux pois. Ingredients: Water, Yellow Peas, Pork, Salt, Wheat Flour, Onions, Sugar, Hydrolyzed Plant Protein (Soy, Corn), Spices. Ingrédients : eau, pois jaunes, porc, sel, farine de blé, oignons, sucre, protéines végétales hydrolysées (soja, maïs), épices.", "wheat sugar soy corn", ""),
    ("label", "Pure Maple Syrup, Canada Grade A Amber / Sirop d'érable pur. Ingredients: 100% pure maple syrup. Ingrédients : 100 % sirop d'érable pur.", "", "sugar"),
]

# ---------------------------------------------------------------------------
# Persona 27: Olena, Warsaw (Poland), Ukrainian living in Poland, writes Polish/Ukrainian/English
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "гречка з грибами і цибулею, без масла", "", ""),
    ("meal", "kasza gryczana z jajkiem sadzonym i mizerią (bez śmietany)", "", ""),
    ("meal", "barszcz czerwony z uszkami na wigilię", "wheat", "sugar"),
    ("meal", "pierogi ruskie x6 z cebulką, mama zrobiła", "wheat dairy", ""),
    ("meal", "борщ зі сметаною і пампушками", "dairy wheat", "sugar"),
    ("meal", "kefir przed snem", "dairy", ""),
    ("meal", "сирники в кафе з медом", "dairy wheat sugar", ""),
    ("meal", "gołąbki w sosie pomidorowym", "", "sugar dairy wheat"),
    # why: zurek's sour starter is rye flour, but wheat and cream are common additions
    ("meal", "żurek z jajkiem i białą kiełbasą", "", "wheat dairy"),
    ("meal", "chleb żytni razowy 100% z masłem orzechowym", "", "sugar"),
    ("meal", "kompot z jabłek bez cukru", "", ""),
    ("meal", "2 piwa Żywiec z kolegami", "", "wheat corn"),
    ("meal", "3 shots of żubrówka at a wedding", "", ""),
    ("meal", "оладки на кефірі зі сметаною", "wheat dairy", "sugar"),
    ("meal", "śledź w oleju z cebulą i ziemniaki", "", ""),
]

BLIND11_CASES += [
    ("label", "Kefir Bakoma Naturalny. Skład: mleko, żywe kultury bakterii kefirowych.", "dairy", ""),
    ("label", "Sonko Wafle Ryżowe Naturalne. Skład: ryż brązowy 100%. Bez glutenu.", "", ""),
    ("label", "Prince Polo Classic. Skład: cukier, mąka pszenna, tłuszcz roślinny (palmowy), kakao w proszku o obniżonej zawartości tłuszczu, serwatka w proszku (z mleka), mleko w proszku pełne, emulgator (lecytyny (z soi)), sól, substancja spulchniająca (wodorowęglan sodu), aromat. Może zawierać orzechy laskowe.", "sugar wheat dairy soy", ""),
    ("label", "Ketchup Pudliszki Łagodny. Skład: koncentrat pomidorowy, cukier, ocet spirytusowy, sól, skrobia modyfikowana kukurydziana, przyprawy, substancja zagęszczająca (guma guar).", "sugar corn", ""),
    ("label", "Гречка ядриця. Склад: крупа гречана ядриця 100%.", "", ""),
    ("label", "Кефір Простоквашино 2,5%. Склад: молоко нормалізоване, закваска кефірна.", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Persona 28: Elena, Athens (Greece), Greek/English
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "horiatiki without feta, extra olive oil, bread on the side (didn't eat it)", "", ""),
    ("meal", "fava with capers and red onion", "", ""),
    ("meal", "gyros pita at 2am 😂 with tzatziki and fries inside", "wheat dairy", "corn soy"),
    ("meal", "grilled octopus, horta with lemon, glass of assyrtiko", "", ""),
    ("meal", "γεμιστά της γιαγιάς (rice-stuffed tomatoes and peppers)", "", ""),
    ("meal", "freddo espresso sketo", "", ""),
    ("meal", "freddo cappuccino metrio", "dairy sugar", ""),
    ("meal", "greek yogurt with thyme honey and walnuts", "dairy", "sugar"),
    ("meal", "spanakopita from the fourno", "wheat dairy", ""),
    ("meal", "loukoumades at the panigiri", "wheat sugar", ""),
    ("meal", "fasolada with olives and a slice of onion", "", ""),
    ("meal", "ouzo with mezedes: olives, grilled sardines, tomato", "", ""),
    ("meal", "koulouri thessalonikis on the way to work", "wheat", "sugar"),
    ("meal", "pastitsio at my aunt's, big piece", "wheat dairy", ""),
]

BLIND11_CASES += [
    ("label", "ΦΑΓΕ Total 2% Στραγγιστό Γιαούρτι. Συστατικά: παστεριωμένο αγελαδινό γάλα, καλλιέργειες γιαουρτιού.", "dairy", ""),
    ("label", "Μέλι Αττική Ανθέων. Συστατικά: 100% ελληνικό μέλι.", "", "sugar"),
    # why: 'barley' rusks still contain wheat flour
    ("label", "Κριθαρένια Παξιμάδια Κρήτης. Συστατικά: αλεύρι κριθαριού 70%, αλεύρι σίτου 30%, νερό, ελαιόλαδο, αλάτι, μαγιά. Περιέχει γλουτένη.", "wheat", ""),
    ("label", "Λουξ Λεμονάδα. Συστατικά: νερό, ζάχαρη, χυμός λεμονιού 12%, διοξείδιο του άνθρακα, κιτρικό οξύ, φυσικά αρώματα.", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Health-food store shelf: protein powders, bars, supplements (mostly US/UK labels)
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    # why: buckwheat sprout is not wheat
    ("label", "Garden of Life Raw Organic Protein, Vanilla. Certified Vegan. Gluten Free. Dairy Free. Ingredients: Raw Organic Protein Blend: Organic Pea Protein, Organic Sprouted Brown Rice Protein, Organic Amaranth Sprout, Organic Buckwheat Sprout, Organic Millet Sprout, Organic Chia Seed Sprout, Organic Quinoa Sprout, Organic Garbanzo Bean Sprout, Organic Lentil Sprout, Organic Adzuki Bean Sprout, Organic Flax Seed Sprout, Organic Sunflower Seed Sprout, Organic Pumpkin Seed Sprout, Organic Sesame Seed Sprout. Other Ingredients: Organic Natural Vanilla Flavors, Organic Stevia Extract, Sea Salt, Organic Vanilla Bean, Raw Probiotic & Enzyme Blend (Lactobacillus plantarum, Protease, Lipase).", "", ""),
    ("label", "Optimum Nutrition Gold Standard 100% Whey, Double Rich Chocolate. Ingredients: Protein Blend (Whey Protein Isolate, Whey Protein Concentrate, Whey Peptides), Cocoa (Processed with Alkali), Natural and Artificial Flavors, Lecithin, Acesulfame Potassium, Aminogen, Lactase. Contains Milk and Soy.", "dairy soy", ""),
    ("label", "Vega Sport Premium Protein, Chocolate. Plant-Based. Ingredients: Vega Sport Protein Blend (Pea Protein, Pumpkin Seed Protein, Organic Sunflower Seed Protein, Alfalfa Protein), Natural Flavors, Cocoa (Processed with Alkali), Xanthan Gum, Sea Salt, Stevia Leaf Extract, Tart Cherry, Turmeric, Probiotic (Bacillus coagulans GBI-30 6086).", "", "corn"),
    ("label", "KIND Dark Chocolate Nuts & Sea Salt. Ingredients: Almonds, Peanuts, Chicory Root Fiber, Honey, Palm Kernel Oil, Sugar, Glucose Syrup, Rice Flour, Unsweetened Chocolate, Soy Lecithin, Cocoa Powder, Sea Salt, Natural Flavor. Contains Almonds, Peanuts, Soy.", "sugar soy", "corn dairy"),
    ("label", "Larabar Cashew Cookie. Gluten Free. Dairy Free. Vegan. Ingredients: Cashews, Dates.", "", ""),
    ("label", "Larabar Chocolate Chip Cookie Dough. Ingredients: Cashews, Dates, Almonds, Chocolate Chips (Semi-Sweet Chocolate (Sugar, Chocolate Liquor, Cocoa Butter, Vanilla Extract)), Sea Salt. Made on equipment that also processes milk and peanuts.", "sugar", "dairy"),
    ("label", "Perfect Bar Peanut Butter, refrigerated protein bar. Ingredients: Organic Peanut Butter (Organic Peanuts), Organic Honey, Nonfat Dry Milk, Organic Dried Whole Egg Powder, Organic Rice Protein, Organic Flaxseed Oil, Organic Sunflower Oil, Organic Sesame Oil, Organic Olive Oil, Organic Pumpkin Seed Oil, Organic Whole Food Powders (Kale, Flax Seed, Rose Hip, Orange, Lemon, Papaya, Tomato, Apple, Alfalfa, Celery, Kelp, Dulse, Carrot, Spinach). Contains Peanuts, Milk, Egg, Sesame.", "dairy", "sugar"),
    ("label", "ONE Protein Bar, Birthday Cake. 20g Protein, 1g Sugar. Ingredients: Protein Blend (Whey Protein Isolate, Milk Protein Isolate), Soluble Corn Fiber, Maltitol, Vegetable Glycerine, Palm Kernel Oil, Water, Natural and Artificial Flavors, Rainbow Sprinkles (Sugar, Corn Starch, Palm Oil, Soy Lecithin, Carnauba Wax, Colors), Salt, Sucralose, Soy Lecithin. Contains Milk, Soy.", "dairy corn sugar soy", ""),
    ("label", "Premier Protein Shake, Chocolate. 30g protein. Ingredients: Filtered Water, Milk Protein Concentrate, Calcium Caseinate, Cocoa Powder (Processed with Alkali), Less than 1% of: Natural and Artificial Flavors, Soluble Corn Fiber, Canola Oil, Potassium Citrate, Carrageenan, Sucralose, Acesulfame Potassium, Vitamin and Mineral Blend. Contains Milk.", "dairy corn", ""),
    ("label", "Nature Made Vitamin D3 2000 IU (50 mcg) Softgels. Ingredients: Soybean Oil, Gelatin, Glycerin, Cholecalciferol (Vitamin D3). Contains: Soy.", "soy", ""),
    ("label", "NOW Vitamin D-3 5,000 IU Softgels. Other Ingredients: Extra Virgin Olive Oil, Softgel Capsule (Bovine Gelatin, Glycerin, Water). Not manufactured with yeast, wheat, gluten, soy, milk, egg, fish, shellfish or tree nut ingredients.", "", ""),
    # why: d-alpha tocopherol is usually soy-derived
    ("label", "Nordic Naturals Ultimate Omega, Lemon. Ingredients: Purified Deep Sea Fish Oil (from Anchovies and Sardines), Soft Gel Capsule (Gelatin, Water, Glycerin, Natural Lemon Flavor), Natural Lemon Flavor, d-Alpha Tocopherol, Rosemary Extract (a natural preservative). Contains: Fish (anchovy, sardine).", "", "soy"),
    ("label", "Kirkland Signature Fish Oil 1000 mg Softgels. Ingredients: Fish Oil Concentrate, Gelatin, Glycerin, Water, Mixed Tocopherols (Soy). Contains: Fish (Anchovy, Sardine, Mackerel), Soy.", "soy", ""),
    ("label", "Centrum Adults Multivitamin/Multimineral Tablets. Ingredients: Calcium Carbonate, Potassium Chloride, Dibasic Calcium Phosphate, Magnesium Oxide, Ascorbic Acid (Vit. C), Microcrystalline Cellulose, dl-Alpha Tocopheryl Acetate (Vit. E). Contains < 2% of: Beta Carotene, Biotin, Calcium Pantothenate, Corn Starch, Crospovidone, Cupric Oxide, Ferrous Fumarate, Folic Acid, Gelatin, Hypromellose, Maltodextrin, Manganese Sulfate, Modified Food Starch, Niacinamide, Phytonadione (Vit. K), Sucrose, Titanium Dioxide, Zinc Oxide.", "corn sugar", "wheat"),
    ("label", "OLLY The Perfect Women's Multi, Blissful Berry gummies. Ingredients: Glucose Syrup, Sugar, Gelatin, Citric Acid, Pectin, Natural Flavors, Coconut Oil, Carnauba Wax, Colors (Black Carrot Juice Concentrate). Contains less than 1% of Vitamin and Mineral Blend.", "sugar", "corn"),
    ("label", "Thorne Magnesium Bisglycinate powder. Ingredients: Magnesium (as Magnesium Bisglycinate Chelate), Monk Fruit Concentrate, Citric Acid. Gluten-free. Dairy-free. Soy-free.", "", "corn"),
    # why: Lactobacillus is a bacterium, not milk
    ("label", "Culturelle Digestive Daily Probiotic Capsules. Ingredients: Lactobacillus rhamnosus GG (10 billion CFU), Inulin (from Chicory), Hypromellose (Vegetarian Capsule), Titanium Dioxide. Free of gluten, dairy, soy, sugar, artificial colors.", "", ""),
    ("label", "Align Probiotic 24/7 Digestive Support Capsules. Ingredients: Bifidobacterium longum 35624, Microcrystalline Cellulose, Hypromellose, Magnesium Stearate, Titanium Dioxide, Sodium Alginate, Colour. Contains: Milk.", "dairy", ""),
    ("label", "Metamucil Orange Smooth Psyllium Fiber Powder (Real Sugar). Ingredients: Psyllium Husk, Sucrose, Citric Acid, Natural and Artificial Orange Flavor, Yellow 6.", "sugar", "corn"),
    ("label", "Emergen-C 1000 mg Vitamin C, Super Orange. Ingredients: Fructose, Ascorbic Acid, Citric Acid, Sodium Bicarbonate, Potassium Bicarbonate, Maltodextrin, Natural Flavors, Silica, Beta Carotene.", "sugar", "corn"),
    ("label", "Organic Spirulina Tablets 500 mg. Ingredients: 100% Organic Spirulina (Arthrospira platensis). No binders or fillers.", "", ""),
    ("label", "KSM-66 Ashwagandha 600 mg Vegan Capsules. Ingredients: KSM-66 Ashwagandha Root Extract, Rice Flour, Hypromellose (Capsule). Free from soy, wheat, dairy, corn, gluten.", "", ""),
    ("label", "Nuun Sport Electrolyte Tablets, Lemon Lime. Ingredients: Citric Acid, Sodium Bicarbonate, Dextrose, Potassium Bicarbonate, Natural Flavors, Sodium Carbonate, Magnesium Carbonate, Avocado Oil, Calcium Carbonate, Rice Starch, Stevia Leaf Extract.", "sugar", "corn"),
    ("label", "Glucosamine Chondroitin Triple Strength Tablets. Ingredients: Glucosamine Sulfate (from Shellfish), Chondroitin Sulfate (Bovine), Microcrystalline Cellulose, Croscarmellose Sodium, Magnesium Stearate, Silica. Contains: Shellfish (Shrimp, Crab).", "", ""),
]

# ---------------------------------------------------------------------------
# Plant-based and free-from brands
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    # why: pomegranate concentrate is a fruit juice concentrate; cocoa butter is not dairy
    ("label", "Beyond Burger Plant-Based Patties. Ingredients: Water, Pea Protein*, Expeller-Pressed Canola Oil, Refined Coconut Oil, Rice Protein, Natural Flavors, Dried Yeast, Cocoa Butter, Methylcellulose, and less than 1% of Potato Starch, Salt, Potassium Chloride, Beet Juice Color, Apple Extract, Pomegranate Concentrate, Sunflower Lecithin, Vinegar, Lemon Juice Concentrate, Vitamins and Minerals. *Peas are legumes.", "", "sugar"),
    ("label", "Impossible Burger. Ingredients: Water, Soy Protein Concentrate, Coconut Oil, Sunflower Oil, Natural Flavors, 2% or less of: Potato Protein, Methylcellulose, Yeast Extract, Cultured Dextrose, Food Starch Modified, Soy Leghemoglobin, Salt, Mixed Tocopherols (Antioxidant), Soy Protein Isolate, Vitamins and Minerals. Contains: Soy.", "soy sugar", "corn wheat"),
    ("label", "Violife Original Flavour Block, vegan alternative to cheese. Ingredients: Water, Coconut Oil (23%), Modified Starch, Starch, Sea Salt, Flavourings (Vegan), Olive Extract, Colour: Beta-Carotene, Vitamin B12. Dairy free. Soya free. Gluten free.", "", "corn"),
    ("label", "Follow Your Heart Original Vegenaise. Ingredients: Expeller-Pressed Canola Oil, Filtered Water, Brown Rice Syrup, Apple Cider Vinegar, Soy Protein, Sea Salt, Mustard Flour, Lemon Juice Concentrate. Contains: Soy.", "sugar soy", ""),
    ("label", "Tofurky Plant-Based Deli Slices, Hickory Smoked. Ingredients: Water, Vital Wheat Gluten, Organic Tofu (Water, Organic Soybeans, Magnesium Chloride, Calcium Chloride), Expeller Pressed Canola Oil, Natural Flavors, Spices, Sea Salt, Organic Cane Sugar, Konjac, Carrageenan, Organic Shoyu Soy Sauce (Water, Organic Wheat, Organic Soybeans, Salt), Hickory Smoke. Contains: Wheat, Soy.", "wheat soy sugar", ""),
    # why: a vegan 'butter' made from coconut oil and cashews
    ("label", "Miyoko's Creamery European Style Cultured Vegan Butter. Ingredients: Organic Coconut Oil, Organic Cashew Milk (Filtered Water, Organic Cashews), Organic Sunflower Oil, Organic Sunflower Lecithin, Sea Salt, Cultures. Contains: Cashews.", "", ""),
    ("label", "Earth Balance Original Buttery Spread. Vegan. Dairy free. Ingredients: Natural Oil Blend (Palm Fruit, Canola, Soybean, Flax and Olive Oils), Water, Salt, Contains less than 2% of Natural Flavor, Pea Protein, Sunflower Lecithin, Lactic Acid (non-dairy), Annatto Color.", "soy", ""),
    ("label", "Califia Farms Oat Barista Blend. Ingredients: Oatmilk (Filtered Water, Oats), Sunflower Oil, Dipotassium Phosphate, Calcium Carbonate, Tricalcium Phosphate, Sea Salt, Gellan Gum, Ascorbic Acid, Vitamin A Palmitate, Vitamin D2.", "", "wheat"),
    ("label", "So Delicious Dairy Free Coconutmilk Yogurt Alternative, Vanilla. Ingredients: Organic Coconut Milk (Filtered Water, Organic Coconut Cream), Organic Cane Sugar, Rice Starch, Pea Protein, Natural Flavor, Pectin, Locust Bean Gum, Tricalcium Phosphate, Live Cultures (S. Thermophilus, L. Bulgaricus, L. Acidophilus, Bifidobacteria).", "sugar", ""),
    ("label", "Nasoya Organic Extra Firm Tofu. Ingredients: Water, Organic Soybeans, Calcium Sulfate, Magnesium Chloride (Nigari).", "soy", ""),
    ("label", "Amy's Organic Lentil Soup. Ingredients: Organic Lentils, Filtered Water, Organic Onions, Organic Carrots, Organic Celery, Organic Extra Virgin Olive Oil, Organic Potatoes, Sea Salt, Organic Spices, Organic Garlic. Gluten free. Dairy free. Vegan.", "", ""),
    ("label", "Daiya Cheddar Style Shreds. Dairy free. Ingredients: Filtered Water, Tapioca Starch, Coconut Oil, Expeller Pressed Safflower Oil, Vegan Natural Flavors, Chickpea Protein, Sea Salt, Potato Protein, Tricalcium Phosphate, Konjac, Lactic Acid (Vegan), Yeast Extract, Annatto, Turmeric.", "", ""),
    ("label", "JUST Egg Plant-Based Scramble. Ingredients: Water, Mung Bean Protein Isolate, Expeller-Pressed Canola Oil, contains less than 2% of Dehydrated Onion, Gellan Gum, Natural Carrot Extractives (color), Natural Flavors, Natural Turmeric Extractives (color), Potassium Citrate, Salt, Soy Lecithin, Sugar, Tapioca Syrup, Tetrasodium Pyrophosphate, Transglutaminase, Nisin.", "soy sugar", ""),
    ("label", "Simple Mills Almond Flour Crackers, Fine Ground Sea Salt. Ingredients: Nut & Seed Flour Blend (Almonds, Sunflower Seeds, Flax Seeds), Cassava, Organic Tapioca, Sea Salt, Organic Onion, Organic Garlic, Rosemary Extract.", "", ""),
    ("label", "Mary's Gone Crackers Original. Ingredients: Organic Whole Grain Brown Rice, Organic Whole Grain Quinoa, Organic Brown Flax Seeds, Organic Brown Sesame Seeds, Filtered Water, Sea Salt, Organic Gluten-Free Tamari (Water, Organic Soybeans, Salt, Organic Vinegar). Contains: Soy, Sesame.", "soy", ""),
    ("label", "Bob's Red Mill Gluten Free 1-to-1 Baking Flour. Ingredients: Sweet White Rice Flour, Whole Grain Brown Rice Flour, Potato Starch, Whole Grain Sorghum Flour, Tapioca Flour, Xanthan Gum.", "", "corn"),
    ("label", "Udi's Gluten Free Classic White Sandwich Bread. Ingredients: Water, Tapioca Starch, Brown Rice Flour, Canola Oil, Egg Whites, Potato Starch, Modified Tapioca Starch, Cane Sugar, Tapioca Syrup, Yeast, Xanthan Gum, Salt, Baking Powder (Sodium Acid Pyrophosphate, Sodium Bicarbonate, Corn Starch, Monocalcium Phosphate), Cultured Corn Syrup Solids, Enzymes. Contains: Egg.", "sugar corn", ""),
    ("label", "Enjoy Life Semi-Sweet Chocolate Mini Chips. Free from 14 allergens. Dairy free, nut free, soy free. Ingredients: Cane Sugar, Unsweetened Chocolate, Cocoa Butter.", "sugar", ""),
    ("label", "Lily's Dark Chocolate Style Baking Chips, No Sugar Added. Ingredients: Unsweetened Chocolate, Erythritol, Cane Fiber, Inulin, Dextrin, Sunflower Lecithin, Stevia Extract, Vanilla Extract. May contain milk.", "", "corn dairy"),
    # why: 'no refined sugar' but coconut sugar is still a processed sugar
    ("label", "Hu Simple Dark Chocolate 70%. No refined sugar, no dairy, no soy lecithin. Ingredients: Organic Cacao, Organic Unrefined Coconut Sugar, Organic Fair-Trade Cocoa Butter.", "sugar", ""),
    # why: 'Bourbon vanilla' is Madagascar vanilla, not bourbon whiskey
    ("label", "Lindt Excellence 85% Cocoa Extra Dark. Ingredients: Chocolate, Cocoa Butter, Cocoa Powder (Processed with Alkali), Demerara Sugar, Bourbon Vanilla Beans. May contain milk.", "sugar", "dairy"),
    ("label", "Kettle & Fire Chicken Bone Broth. Ingredients: Chicken Bone Broth (Water, Organic Chicken Bones, Organic Carrots, Organic Celery, Organic Onions, Apple Cider Vinegar, Organic Parsley, Organic Thyme, Bay Leaf, Organic Rosemary), Salt.", "", ""),
    ("label", "Primal Kitchen Mayo with Avocado Oil. Ingredients: Avocado Oil, Organic Cage-Free Eggs, Organic Cage-Free Egg Yolks, Organic Vinegar, Sea Salt, Organic Rosemary Extract.", "", ""),
    ("label", "Hellmann's Real Mayonnaise. Ingredients: Soybean Oil, Water, Whole Eggs and Egg Yolks, Vinegar, Salt, Sugar, Lemon Juice Concentrate, Calcium Disodium EDTA, Natural Flavors. Contains: Egg.", "soy sugar", ""),
    # why: Bragg liquid aminos are hydrolysed soy protein
    ("label", "Bragg Liquid Aminos, All Purpose Seasoning. Gluten free. Ingredients: Vegetable Protein from Non-GMO Soybeans and Purified Water.", "soy", ""),
    ("label", "Coconut Secret Raw Coconut Aminos, Soy-Free Seasoning Sauce. Ingredients: Organic Coconut Tree Sap Aged and Blended with Sun-Dried, Mineral-Rich Sea Salt.", "", "sugar"),
    ("label", "4th & Heart Original Grass-Fed Ghee. Lactose and casein free*. Ingredients: Grass-Fed Clarified Butter (Milk). *Lactose and casein are below detectable levels.", "dairy", ""),
    ("label", "Rao's Homemade Marinara Sauce. Ingredients: Imported Italian Whole Peeled Tomatoes, Olive Oil, Fresh Onions, Salt, Fresh Garlic, Fresh Basil, Black Pepper, Dried Oregano.", "", ""),
    ("label", "Newman's Own Balsamic Vinaigrette. Ingredients: Vegetable Oil (Soybean and/or Canola Oil), Water, Balsamic Vinegar, Red Wine Vinegar, Sugar, Salt, Onion, Garlic, Spices, Xanthan Gum, Caramel Color.", "sugar", "soy corn"),
    ("label", "Annie's Organic Ketchup. Ingredients: Organic Tomato Concentrate, Organic Cane Sugar, Organic White Distilled Vinegar, Salt, Organic Onion Powder, Organic Allspice, Organic Clove.", "sugar", ""),
]

# ---------------------------------------------------------------------------
# Drinks and alcohol shelf
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("label", "White Claw Hard Seltzer, Black Cherry. 5% alc/vol. Ingredients: Purified Carbonated Water, Alcohol, Natural Flavors, Cane Sugar, Citric Acid, Sodium Citrate.", "sugar", "corn"),
    ("label", "Guinness Draught Stout. Ingredients: Water, Malted Barley, Roasted Barley, Barley, Hops, Yeast. Nitrogenated.", "", "wheat"),
    ("label", "Blue Moon Belgian White Belgian-Style Wheat Ale. Ingredients: Water, Malted Barley, White Wheat, Oats, Hops, Valencia Orange Peel, Coriander, Yeast.", "wheat", ""),
    ("label", "Omission Lager, Crafted to Remove Gluten. Ingredients: Water, Malted Barley, Hops, Yeast. Contains barley; product fermented to reduce gluten.", "", "wheat"),
    ("label", "Glutenberg Blonde, bière sans gluten / gluten-free beer. Ingrédients : eau, millet, sarrasin, maïs, houblon, levure. Ingredients: water, millet, buckwheat, corn, hops, yeast.", "corn", ""),
    ("label", "Coca-Cola Classic (USA). Ingredients: Carbonated Water, High Fructose Corn Syrup, Caramel Color, Phosphoric Acid, Natural Flavors, Caffeine.", "corn sugar", ""),
    ("label", "Coca-Cola Hecha en México. Ingredientes: agua carbonatada, azúcar, color caramelo clase IV, ácido fosfórico, saborizantes naturales, cafeína.", "sugar", "corn"),
    ("label", "Diet Coke. Ingredients: Carbonated Water, Caramel Color, Aspartame, Phosphoric Acid, Potassium Benzoate (to Protect Taste), Natural Flavors, Citric Acid, Caffeine. Phenylketonurics: contains phenylalanine.", "", "corn"),
    ("label", "OLIPOP Vintage Cola Prebiotic Soda. 2g sugar. Ingredients: Carbonated Water, OLISMART (Cassava Root Fiber, Chicory Root Inulin, Jerusalem Artichoke Inulin, Nopal Cactus, Calendula Flower, Kudzu Root, Marshmallow Root), Cane Sugar, Cassava Root Syrup, Natural Flavors, Lime Juice Concentrate, Stevia Leaf, Caramel Color.", "sugar", "corn"),
    ("label", "CELSIUS Sparkling Orange Energy Drink. Zero sugar. Ingredients: Carbonated Water, Citric Acid, Taurine, Sodium Citrate, Natural Flavors, Guarana Seed Extract, Caffeine, Glucuronolactone, Ginger Root Extract, Sucralose, Chromium Chelate, Vitamins (C, B2, B3, B5, B6, B12), Biotin.", "", "corn"),
    ("label", "Gatorade Thirst Quencher, Lemon-Lime. Ingredients: Water, Sugar, Dextrose, Citric Acid, Salt, Sodium Citrate, Monopotassium Phosphate, Gum Arabic, Natural Flavor, Glycerol Ester of Rosin, Yellow 5.", "sugar", "corn"),
    ("label", "Baileys Original Irish Cream Liqueur. 17% vol. Ingredients: Fresh Irish Dairy Cream, Irish Whiskey, Sugar, Spirit, Cocoa Extract, Vanilla Flavour, Colour (E150a). Contains milk.", "dairy sugar", "wheat corn"),
    ("label", "Jägermeister Herbal Liqueur. 35% vol. Ingredients: Water, Alcohol, Sugar, Herbal Extracts (56 herbs, blossoms, roots and fruits), Caramel (E150a).", "sugar", "corn wheat"),
    ("label", "Patrón Silver Tequila. 100% de Agave. 40% Alc./Vol. Ingredients: Blue Weber agave, water.", "", ""),
    ("label", "Strongbow Original Cider. 5% vol. Ingredients: Cider (Apples, Glucose Syrup, Water), Sugar, Acids (Malic Acid, Citric Acid), Carbon Dioxide, Preservative (Sulphites), Colour (Plain Caramel), Sweetener (Acesulfame K).", "sugar", "corn wheat"),
    ("label", "Gekkeikan Traditional Junmai Sake. Ingredients: Rice, Water, Koji (Aspergillus oryzae). 15.6% alc/vol.", "", ""),
    ("label", "Kahlúa Coffee Liqueur. 20% alc/vol. Ingredients: Rum, Sugar, Arabica Coffee, Water, Vanilla, Caramel Color.", "sugar", "corn"),
    ("label", "Tanqueray London Dry Gin. 47.3% alc/vol. Distilled from grain neutral spirit with juniper, coriander, angelica, liquorice.", "", "wheat corn"),
    ("label", "Grey Goose Vodka. Distilled from French winter wheat. 40% alc/vol.", "wheat", ""),
]

# ---------------------------------------------------------------------------
# Persona 29: Ploy, Bangkok (Thailand), street food + 7-Eleven, Thai/English
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "som tam thai, asked mai sai nam tan (no sugar) and no peanuts", "", "sugar"),
    ("meal", "khao man gai with the tao jiew sauce 😬", "soy sugar", "wheat"),
    ("meal", "pad kra pao moo sap kai dao, not too sweet", "soy sugar", "wheat"),
    ("meal", "tom yum goong nam sai (clear one)", "", "sugar"),
    ("meal", "pla pao (salt-crusted grilled fish) with seafood nam jim", "", "sugar"),
    ("meal", "cha yen from 7-11", "dairy sugar", ""),
    ("meal", "mango sticky rice 🥭 couldn't say no", "sugar", ""),
    ("meal", "jok with minced pork and ginger, no egg", "", "soy wheat"),
    ("meal", "leo beer x2 with moo kratha", "", "wheat soy sugar corn"),
    ("meal", "young coconut straight from the shell at the floating market", "", ""),
    ("meal", "larb moo with sticky rice and cucumber", "", "sugar"),
]

BLIND11_CASES += [
    ("label", "นมถั่วเหลือง แลคตาซอย รสหวาน ส่วนประกอบ: น้ำ, ถั่วเหลือง 12%, น้ำตาล 6%, น้ำมันพืช, แคลเซียมคาร์บอเนต, เกลือ", "soy sugar", "corn"),
    ("label", "ซีอิ๊วขาว สูตร 1 ตราเด็กสมบูรณ์ ส่วนประกอบ: ถั่วเหลือง 40%, น้ำ, เกลือ, แป้งสาลี 5%, น้ำตาล, วัตถุกันเสีย (โซเดียมเบนโซเอต)", "soy wheat sugar", ""),
    ("label", "มาม่า บะหมี่กึ่งสำเร็จรูป รสต้มยำกุ้ง ส่วนประกอบ: เส้นบะหมี่ 85% (แป้งสาลี, น้ำมันปาล์ม, เกลือ, ผงชูรส), เครื่องปรุง 15% (น้ำตาล, เกลือ, พริก, ผงชูรส, ผงกุ้ง, ตะไคร้, ใบมะกรูด) ผลิตภัณฑ์นี้มี ข้าวสาลี กุ้ง อาจมีถั่วเหลือง", "wheat sugar", "soy"),
    ("label", "น้ำปลาแท้ ตราทิพรส ส่วนประกอบ: ปลากะตัก 70%, เกลือ, น้ำตาล", "sugar", ""),
]

# ---------------------------------------------------------------------------
# Persona 30: Lucia, Lima (Peru), Spanish
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    # why: choclo is Andean corn; camote is sweet potato
    ("meal", "ceviche de corvina con camote y choclo", "corn", ""),
    ("meal", "ceviche sin choclo, con camote, y la cancha aparte (no la toqué)", "", ""),
    ("meal", "lomo saltado con papas fritas y arroz", "soy", "wheat sugar"),
    ("meal", "chicha morada casera", "corn", "sugar"),
    ("meal", "pollo a la brasa con ensalada, sin papas y sin cremas", "", "soy wheat"),
    ("meal", "inca kola en el almuerzo", "sugar", "corn"),
    ("meal", "quinua con leche de almendras y manzana rallada, desayuno", "", "sugar"),
    ("meal", "un pisco sour nomás", "sugar", ""),
    ("meal", "causa limeña de atún con palta", "", "soy"),
    ("meal", "anticuchos de corazón con papa y choclo", "corn", ""),
]

BLIND11_CASES += [
    ("label", "Inca Kola. Ingredientes: agua carbonatada, azúcar, ácido cítrico, benzoato de sodio, saborizantes, colorante amarillo N.º 5 (tartrazina).", "sugar", "corn"),
    ("label", "Salsa de Soya Kikko (Perú). Ingredientes: agua, frijol de soya, trigo, sal, azúcar, colorante caramelo, benzoato de sodio. Contiene soya y trigo.", "soy wheat sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Restaurant orders with modifications, smoothies, meal prep, drinks and slips (mixed US/UK users)
# ---------------------------------------------------------------------------
BLIND11_CASES += [
    ("meal", "sweetgreen kale caesar but no parm no croutons, swapped caesar dressing for lime cilantro", "", "sugar"),
    ("meal", "cava bowl: greens + rice, harissa honey chicken... wait no, plain grilled chicken. hummus, tomato cucumber, pickled onions, lemon herb tahini", "", "sugar"),
    ("meal", "starbucks grande cold brew w/ a splash of almondmilk", "", "sugar"),
    ("meal", "starbucks pink drink 🩷", "sugar", ""),
    ("meal", "sushi place: sashimi, seaweed salad, miso soup. brought my own san-j GF tamari", "soy sugar", "wheat corn"),
    ("meal", "in-n-out double double protein style, no spread, mustard grilled", "dairy", ""),
    ("meal", "in-n-out again, protein style, no cheese no spread this time, whole grilled onions", "", ""),
    ("meal", "chick-fil-a grilled nuggets + side salad, no dressing no cheese", "", "sugar soy"),
    ("meal", "panera... broccoli cheddar in a bread bowl. no comment", "wheat dairy", "corn soy sugar"),
    ("meal", "pressed juice: celery, cucumber, lemon, ginger", "", ""),
    ("meal", "smoothie king gladiator w/ strawberries, asked no turbinado", "dairy", "soy"),
    ("meal", "jamba acai primo bowl... it's basically dessert", "sugar", "wheat dairy soy"),
    ("meal", "home smoothie: 1 cup frozen mango, 1/2 avocado, spinach, lime, coconut water, chia", "", ""),
    ("meal", "smoothie: blueberries, banana, 2 tbsp hemp hearts, 1 scoop ON gold standard vanilla, water", "dairy soy", ""),
    ("meal", "choc protein smoothie: cocoa powder, 2 dates, peanut butter, soy milk, ice", "soy", "sugar"),
    ("meal", "meal prep wk 3: turkey meatballs (almond flour + egg instead of breadcrumbs), zoodles, rao's", "", ""),
    ("meal", "sheet pan salmon + broccolini + sweet potato, 4 boxes, eating #2 now", "", ""),
    ("meal", "leftover meal prep but i drizzled trader joe's soyaki on it 🤷", "soy wheat sugar", ""),
    ("meal", "pad thai, asked no fish sauce no peanuts... then realized the tamarind sauce has sugar anyway", "sugar", "soy wheat"),
    ("meal", "qdoba bowl: brown rice, black beans, grilled chicken, pico, guac. no queso no cheese no sour cream", "", ""),
    ("meal", "poke at home: sushi grade tuna, coconut aminos, sesame, cucumber, avo, cauli rice", "", "sugar"),
    ("meal", "steakhouse: filet, asked them to skip the butter on top, baked potato w/ chives only, asparagus", "", "dairy"),
    ("meal", "brunch: 2 mimosas + eggs benedict without the english muffin (hollandaise tho)", "dairy", "sugar"),
    ("meal", "wedding: skipped the cake!! 2 glasses of champagne + the salmon entree", "", "sugar dairy"),
    ("meal", "had one bite of my daughter's pancake, literally one bite, does it count", "wheat", "dairy sugar"),
    ("meal", "the 'dairy free' pesto at the cafe had parmesan per the server 🙄 so dairy today", "dairy", ""),
    ("meal", "2 fish tacos - edit: tortillas were corn not flour. cabbage slaw, lime, no crema", "corn", ""),
    ("meal", "happy hour: 2 spicy margs (fresh lime, agave, tequila)", "sugar", ""),
    ("meal", "skinny marg: tequila, lime, soda water, no agave no triple sec", "", ""),
    ("meal", "grey goose soda w/ lime x2", "wheat", ""),
    ("meal", "glass of prosecco at the work thing", "", "sugar"),
    ("meal", "whiskey ginger. the ginger ale probably killed it", "sugar", "wheat corn"),
    ("meal", "hard kombucha at the bbq (flying embers)", "", "sugar"),
    ("meal", "pinot noir + one square of 85% dark chocolate", "sugar", "dairy soy"),
    ("meal", "airport: starbucks egg white & roasted red pepper egg bites + black coffee", "dairy", "corn"),
    ("meal", "gas station emergency: larabar peanut butter chocolate chip + sparkling water", "sugar", "dairy"),
    ("meal", "pre run: 2 medjool dates + spoon of almond butter + black coffee", "", ""),
    ("meal", "cauli rice stir fry w/ chicken, bell peppers, ginger, garlic, coconut aminos, no soy sauce", "", "sugar"),
    ("meal", "zucchini noodles w/ turkey bolognese (no sugar added sauce)", "", ""),
    # why: everything-bagel seasoning is seeds, garlic, onion, salt - no bagel
    ("meal", "rice cake + smashed avo + everything bagel seasoning", "", ""),
    ("meal", "buckwheat pancakes (buckwheat flour, banana, egg), topped w/ berries", "", ""),
    ("meal", "overnight chia pudding w/ coconut milk + mango", "", ""),
]
