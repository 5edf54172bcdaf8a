# ruff: noqa: E501
"""Blind labelled set 12: worldwide users (meals and supermarket labels) for the wheat/dairy/corn/soy/sugar flagger."""

BLIND12_CASES: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------------------
# Jess, Austin TX: lower case, emoji, Tex-Mex, H-E-B, chains
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "breakfast tacos from the gas station lol egg potato bacon on flour tortillas", "wheat", "sugar corn soy"),  # why: bacon cure (sugar/dextrose), shortening in tortillas
    ("meal", "day 1!! 🙌 scrambled eggs w spinach + avocado, black coffee", "", ""),
    ("meal", "chipotle bowl: white rice, black beans, chicken, fajita veggies, pico, guac. NO cheese no sour cream 💪", "", ""),
    ("meal", "chipotle again but added the corn salsa this time 🌽", "corn", ""),
    ("meal", "torchys trailer park taco, get it trashy", "wheat dairy", "corn soy sugar"),  # why: fried chicken on flour tortilla, trashy = queso; frying oil/breading
    ("meal", "whataburger #1 no cheese, fries, diet dr pepper", "wheat", "sugar soy corn dairy"),  # why: bun; fryer oil; caramel color in diet soda
    ("meal", "HEB tortilla chips + salsa while watching the game, like half the bag oops", "corn", "soy"),
    ("meal", "sweet tea from bush's chicken 😭 forgot i was doing this", "sugar", ""),
    ("meal", "dinner: grilled fajita steak, sauteed peppers and onions, corn tortillas, pico", "corn", ""),
    ("meal", "queso and chips at the mexican place, skipped the margarita though", "dairy corn", "soy"),
    ("meal", "starbucks venti iced coffee w oatmilk no classic", "", "wheat"),  # why: no classic = no sugar syrup; oats cross-contact only
    ("meal", "kolache from the donut shop (sausage one)", "wheat", "dairy sugar corn"),  # why: sweet enriched dough, sausage with dextrose
    ("meal", "salad w grilled shrimp, cucumber, tomato, olive oil + lemon. so proud of myself", "", ""),
    ("meal", "brisket plate - brisket, pickles, onions, no bread no sauce. sides: pinto beans + coleslaw", "", "sugar soy"),  # why: coleslaw dressing (mayo/sugar)
    ("meal", "elote from the cart outside work 😩🌽 mayo cotija chile lime the works", "corn dairy", "soy sugar"),
    ("meal", "tamales x3 from the lady at church, pork in red sauce", "corn", ""),
    ("meal", "same lunch as yesterday (chicken, rice, black beans) but swapped the rice for cauli rice", "", ""),
    ("meal", "frito pie at the football game 🏈 dont judge", "corn dairy", "wheat sugar soy"),  # why: Fritos + chili + cheese; chili may be thickened/sweetened
    ("meal", "sugar snap peas and hummus for snack", "", ""),
    ("meal", "blue bell homemade vanilla, just a little bowl 🍦", "dairy sugar", "corn"),
    ("meal", "oops i mean the tacos were on CORN tortillas not flour. al pastor x4, pineapple, onion, cilantro", "corn", ""),
    ("meal", "migas w corn tortilla strips, eggs, pico, no cheese", "corn", ""),
    ("meal", "ate at my moms: enchiladas verdes w chicken, she swore no cheese inside but crema on top so... yeah", "corn dairy", ""),
    ("meal", "iced americano + a banana on the way to work", "", ""),
    ("label", "H-E-B Texas Toast Bread. Ingredients: Enriched Flour (Wheat Flour, Malted Barley Flour, Niacin, Reduced Iron, Thiamine Mononitrate, Riboflavin, Folic Acid), Water, Sugar, Soybean Oil, Yeast, Contains 2% or less of: Salt, Wheat Gluten, Calcium Propionate, Monoglycerides, Soy Lecithin. Contains: Wheat, Soy.", "wheat sugar soy", ""),
    ("label", "Mission Carb Balance Whole Wheat Tortillas. Ingredients: Water, Modified Wheat Starch, Whole Wheat Flour, Wheat Gluten, Oat Fiber, Contains 2% or less of: Vegetable Shortening (Palm Oil), Baking Soda, Sodium Aluminum Sulfate, Cellulose Gum, Salt, Distilled Monoglycerides, Fumaric Acid, Calcium Propionate, Sorbic Acid, Enzymes, Sucralose. Contains: Wheat.", "wheat", ""),
    ("label", "Mission Yellow Corn Tortillas. Ingredients: Corn Masa Flour, Water, Contains 2% or less of: Cellulose Gum, Propionic Acid, Benzoic Acid, Phosphoric Acid, Dextrose, Guar Gum, Amylase.", "corn sugar", ""),
    ("label", "Tostitos Restaurant Style Tortilla Chips. Ingredients: Corn, Vegetable Oil (Corn, Canola, and/or Sunflower Oil), Salt.", "corn", ""),
    ("label", "Chobani Less Sugar Greek Yogurt, Wild Strawberry. Ingredients: Cultured Nonfat Milk, Strawberries, Cane Sugar, Water, Fruit Pectin, Natural Flavors, Lemon Juice Concentrate, Vitamin D3. Contains: Milk.", "dairy sugar", ""),
    ("label", "Siete Almond Flour Tortillas. Grain Free. Gluten Free. Dairy Free. Ingredients: Almond Flour, Tapioca Flour, Water, Xanthan Gum, Sea Salt.", "", "corn"),  # why: xanthan gum
    ("label", "Topo Chico Mineral Water. Ingredients: Carbonated Mineral Water.", "", ""),
    ("label", "H-E-B Select Ingredients Organic Creamy Peanut Butter. Ingredients: Organic Dry Roasted Peanuts, Salt.", "", ""),
    ("label", "Dr Pepper Zero Sugar. Ingredients: Carbonated Water, Caramel Color, Phosphoric Acid, Natural and Artificial Flavors, Sodium Benzoate, Aspartame, Caffeine, Acesulfame Potassium. Phenylketonurics: Contains Phenylalanine.", "", "corn"),
    ("label", "Bush's Best Original Baked Beans. Ingredients: Prepared White Beans, Water, Sugar, Brown Sugar, Bacon, Contains Less Than 2% Of: Salt, Corn Starch, Onion, Caramel Color, Spices, Natural Smoke Flavor, Garlic, Mustard, Vinegar, Paprika.", "sugar corn", ""),
    ("label", "Blue Bell Homemade Vanilla Ice Cream. Ingredients: Milk, Cream, Sugar, Skim Milk, High Fructose Corn Syrup, Natural Flavor, Vanilla, Locust Bean Gum, Guar Gum, Carrageenan, Annatto Color. Contains: Milk.", "dairy sugar corn", ""),
    ("label", "H-E-B Fideo Pasta. Ingredients: Semolina (Wheat), Durum Wheat Flour, Niacin, Iron (Ferrous Sulfate), Thiamin Mononitrate, Riboflavin, Folic Acid. Contains: Wheat.", "wheat", ""),
]

# ---------------------------------------------------------------------------
# Mike, Ohio: typos, Costco/Kroger, chains, bar food
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "skyline 3 way lol cheat day", "wheat dairy", "corn"),  # why: spaghetti + chili + cheddar; chili has corn starch
    ("meal", "2 eggs over easy, hashbrowns cooked in butter, coffe black", "dairy", ""),
    ("meal", "chikn breast + brocoli + baked potato w/ salt and pepper", "", ""),
    ("meal", "subway 6 inch turkey on italian herbs & cheese, no mayo, mustard", "wheat dairy", "sugar soy corn"),
    ("meal", "Costco rotisserie chicken and a bagged salad w/ balsamic", "", "sugar corn"),  # why: chicken seasoning has sugar; balsamic glaze often sweetened
    ("meal", "coors light x3 at the bar, and some wings (no ranch)", "", "wheat corn soy dairy sugar"),  # why: beer malt + corn syrup; fryer oil; buffalo sauce butter
    ("meal", "grilld salmon, asparagas, wild rice", "", ""),
    ("meal", "bob evans sausage gravy and biscuits... i know i know", "wheat dairy", "sugar corn soy"),
    ("meal", "protien shake w/ water (premier protein chocolate)", "dairy", "soy corn"),
    ("meal", "wendys chili small + side salad no croutons", "", "sugar wheat corn soy"),
    ("meal", "popcorn at the movies w/ extra butter topping", "corn", "dairy soy"),  # why: theatre 'butter topping' is often flavoured soybean oil
    ("meal", "oatmeal with blueberrys and a lil maple syrup", "", "wheat sugar"),
    ("meal", "turkey burger no bun lettuce wrap, sweet potato fries (baked at home w olive oil)", "", ""),
    ("meal", "leftover pot roast w carrots n potatoes", "", "wheat"),  # why: roast often flour-dredged / gravy
    ("meal", "corned beef hash from a can + 2 eggs", "", "sugar corn"),  # why: corned beef is not corn; canned hash has sugar
    ("meal", "kroger cornbread muffin with chili", "corn wheat dairy sugar", ""),
    ("meal", "black coffee, banana, handfull of almonds", "", ""),
    ("meal", "buckeyes at the office party (like 4)", "sugar dairy", "soy corn"),  # why: peanut butter + butter + powdered sugar, chocolate coat
    ("meal", "steak and eggs, side of fruit cup, no toast", "", "sugar"),  # why: fruit cups often in syrup
    ("meal", "cracker barrel - grilled chicken tenders, green beans, baked sweet potato NO butter NO brown sugar", "", "sugar"),  # why: restaurant green beans often cooked with ham/sugar
    ("meal", "dinner was tuna salad (mayo) in lettuce cups w/ celery", "", "soy sugar"),
    ("meal", "chipped beef on toast at grandmas, she makes it w/ milk gravy", "wheat dairy", ""),
    ("label", "Kirkland Signature Organic Maple Syrup, Grade A Amber Rich Taste. Ingredients: 100% Pure Organic Maple Syrup.", "", "sugar"),
    ("label", "Simple Truth Organic Unsweetened Almondmilk. Ingredients: Organic Almondmilk (Filtered Water, Organic Almonds), Tricalcium Phosphate, Sea Salt, Organic Locust Bean Gum, Gellan Gum, Vitamin E. Contains: Almonds.", "", ""),
    ("label", "Hormel Corned Beef Hash. Ingredients: Beef, Rehydrated Potatoes, Water, Salt, Contains 2% or less of: Sugar, Sodium Nitrite, Spice Extractives, Natural Flavoring.", "sugar", ""),
    ("label", "Jif Creamy Peanut Butter. Ingredients: Roasted Peanuts and Sugar, Contains 2% or less of: Molasses, Fully Hydrogenated Vegetable Oils (Rapeseed and Soybean), Mono and Diglycerides, Salt.", "sugar soy", ""),
    ("label", "Premier Protein Chocolate Shake. 30g Protein, 1g Sugar. Ingredients: Water, Milk Protein Concentrate, Calcium Caseinate, Less than 1% of: Cocoa Processed with Alkali, Natural and Artificial Flavors, Potassium Citrate, Cellulose Gel, Cellulose Gum, Sodium Chloride, Carrageenan, Sucralose, Acesulfame Potassium. Contains: Milk.", "dairy", ""),
    ("label", "Kraft Macaroni & Cheese Dinner Original. Ingredients: Enriched Macaroni (Wheat Flour, Durum Flour, Niacin, Iron, Thiamin Mononitrate, Riboflavin, Folic Acid); Cheese Sauce Mix (Whey, Milkfat, Milk Protein Concentrate, Salt, Sodium Triphosphate, Contains Less than 2% of Citric Acid, Lactic Acid, Sodium Phosphate, Calcium Phosphate, Paprika, Turmeric, Annatto, Enzymes, Cheese Culture). Contains: Wheat, Milk.", "wheat dairy", "corn"),
    ("label", "Skyline Chili Original Recipe. Ingredients: Water, Beef, Tomato Paste, Contains 2% or less of: Spices, Salt, Corn Starch, Natural Flavors, Cocoa, Garlic.", "corn", ""),
    ("label", "Kirkland Signature Seasoned Rotisserie Chicken. Ingredients: Whole Chicken, Seasoning (Salt, Sugar, Spices), Water, Sodium Phosphate, Modified Food Starch (Potato), Dextrin, Carrageenan.", "sugar", "corn"),  # why: starch is potato; dextrin source unstated
    ("label", "Quaker Old Fashioned Oats. Ingredients: 100% Whole Grain Rolled Oats. Allergen info: processed in a facility that also handles wheat.", "", "wheat"),
    ("label", "Jell-O Sugar Free Strawberry Gelatin Dessert. Ingredients: Gelatin, Adipic Acid, Contains less than 2% of Disodium Phosphate, Maltodextrin (from Corn), Sodium Citrate, Fumaric Acid, Aspartame, Artificial Flavor, Acesulfame Potassium, Salt, Red 40.", "corn", ""),
    ("label", "Kroger Honey Roasted Peanuts. Ingredients: Peanuts, Sugar, Honey, Corn Starch, Salt, Peanut and/or Cottonseed Oil, Xanthan Gum. Contains: Peanuts. Manufactured on equipment that processes milk, soy and wheat.", "sugar corn", "dairy soy wheat"),
    ("label", "LaCroix Sparkling Water Pamplemousse. Ingredients: Carbonated Water, Natural Flavor. No sweeteners, no sodium, 0 calories.", "", ""),
]

# ---------------------------------------------------------------------------
# Priya, New Jersey: Indian-American, Hinglish, Trader Joe's, desi grocery
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "poha with peanuts curry leaves, no sugar this time (mom adds it)", "", ""),
    ("meal", "chai with oat milk, no sugar, plus 2 marie biscuits 🙈", "wheat sugar", "dairy soy"),  # why: oat milk cross-contact is subsumed by wheat from the biscuits
    ("meal", "sweetgreen harvest bowl w/o goat cheese", "", "sugar"),  # why: vinaigrette may be sweetened
    ("meal", "dal chawal + bhindi sabzi, made with oil not ghee", "", ""),
    ("meal", "masala dosa at the temple canteen with sambar and coconut chutney", "", "dairy sugar"),  # why: dosa often finished with ghee; sambar sometimes has jaggery
    ("meal", "TJ's mandarin orange chicken, half bag, over rice", "wheat soy sugar", "corn"),
    ("meal", "paneer tikka from the Indian place + 1 garlic naan", "dairy wheat", "sugar"),
    ("meal", "greek yogurt (plain, fage 0%) with berries and chia", "dairy", ""),
    ("meal", "idli sambar, 4 idlis, no chutney", "", "sugar"),
    ("meal", "rajma chawal, mom's recipe, no cream", "", "dairy"),  # why: tadka is often ghee
    ("meal", "upma for breakfast - just realized rava is semolina 😭 so wheat, ugh", "wheat", "dairy"),
    ("meal", "chana masala + brown rice meal prep", "", ""),
    ("meal", "kulfi at diwali party, couldn't say no", "dairy sugar", ""),
    ("meal", "besan chilla with onions tomatoes, cooked in avocado oil", "", ""),
    ("meal", "wegmans sushi - california roll", "", "wheat sugar soy corn"),  # why: imitation crab (starch, sugar), seasoned rice
    ("meal", "LaCroix pamplemousse + handful of makhana (roasted w ghee)", "dairy", ""),
    ("meal", "khichdi with a spoon of ghee, feeling sick today", "dairy", ""),
    ("meal", "aloo gobi + 2 rotis from the tiffin service", "wheat", "dairy"),
    ("meal", "sabudana khichdi for navratri fast, peanuts, potato, no sugar", "", ""),
    ("meal", "mango lassi at the buffet 🥭 plus tandoori chicken", "dairy sugar", ""),
    ("meal", "coconut water + roasted chana, on the train", "", ""),
    ("label", "Trader Joe's Mandarin Orange Chicken. Ingredients: Chicken, Water, Sugar, Wheat Flour, Soybean Oil, Modified Corn Starch, Orange Peel, Soy Sauce (Water, Soybeans, Wheat, Salt), Vinegar, Ginger, Garlic, Egg Whites, Salt, Chili Peppers, Sesame Oil, Orange Juice Concentrate. Contains: Wheat, Soy, Egg.", "wheat sugar soy corn", ""),
    ("label", "Trader Joe's Everything but the Bagel Sesame Seasoning Blend. Ingredients: Sesame Seeds, Sea Salt Flakes, Dried Garlic, Dried Minced Onion, Black Sesame Seeds, Poppy Seeds.", "", ""),
    ("label", "Haldiram's Aloo Bhujia. Ingredients: Potato (40%), Tepary Bean Flour, Edible Vegetable Oil (Cotton Seed, Corn and Palmolein Oil), Gram Flour, Spices & Condiments, Iodised Salt, Citric Acid.", "corn", ""),
    ("label", "Parle-G Original Gluco Biscuits. Ingredients: Wheat Flour (Atta) (67%), Sugar, Edible Vegetable Oil (Palm), Invert Sugar Syrup, Leavening Agents [503(ii), 500(ii)], Milk Solids, Iodised Salt, Emulsifiers [322(i), 471, 472e]. Contains: Wheat, Milk.", "wheat sugar dairy", "soy"),  # why: 322 lecithin source unstated
    ("label", "Amul Pure Ghee. Ingredients: Milk Fat. Best before 9 months.", "dairy", ""),
    ("label", "Kawan Malabar Paratha (frozen). Ingredients: Wheat Flour, Water, Vegetable Shortening (Palm), Salt, Sugar, Milk Solids. Contains: Wheat, Milk.", "wheat sugar dairy", ""),
    ("label", "MTR Rava Idli Mix. Ingredients: Semolina (Rava) (73%), Curd Powder, Refined Sunflower Oil, Iodised Salt, Cashew, Bengal Gram Dal, Sodium Bicarbonate, Mustard, Curry Leaves, Green Chilli, Citric Acid. Contains: Wheat, Milk.", "wheat dairy", "corn"),
    ("label", "Fage Total 0% Plain Greek Strained Yoghurt. Ingredients: Pasteurized Skimmed Milk, Live Active Yogurt Cultures (L. Bulgaricus, S. Thermophilus, L. Acidophilus, Bifidus, L. Casei). Contains: Milk.", "dairy", ""),
    ("label", "Trader Joe's Cauliflower Gnocchi. Ingredients: Cauliflower, Cassava Flour, Potato Starch, Extra Virgin Olive Oil, Sea Salt.", "", ""),
    ("label", "Maggi 2-Minute Masala Noodles. Noodles: Refined Wheat Flour (Maida), Palm Oil, Iodised Salt, Wheat Gluten, Thickeners (508 & 412), Acidity Regulators (501(i) & 500(i)), Humectant (451(i)). Masala Tastemaker: Mixed Spices (27.5%), Noodle Powder, Sugar, Refined Wheat Flour, Hydrolysed Groundnut Protein, Starch, Onion Powder, Garlic Powder, Flavour Enhancer (635), Acidity Regulator (330), Turmeric. Contains Wheat. May contain Milk, Oats and Soy.", "wheat sugar", "corn dairy soy"),
    ("label", "Deep Kesar Kulfi (frozen dessert). Ingredients: Milk, Sugar, Milk Solids, Cream, Pistachio, Almond, Saffron, Cardamom, Stabilizer (Guar Gum). Contains: Milk, Tree Nuts.", "dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Tom, Manchester UK: brekkie, Greggs, Tesco, chippy, pints
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "full english at the caff, sausage bacon egg beans black pud fried bread", "wheat sugar", "corn soy dairy"),  # why: fried bread; baked beans are sweetened; sausage rusk/dextrose
    ("meal", "greggs sausage roll and a black coffee, running late", "wheat", "soy sugar corn"),
    ("meal", "greggs vegan sausage roll this time lol", "wheat", "soy corn sugar"),
    ("meal", "jacket potato with tuna and sweetcorn, no mayo", "corn", ""),
    ("meal", "chippy tea: cod and chips, mushy peas, curry sauce", "wheat", "corn soy sugar"),  # why: batter; chip-shop curry sauce mix has sugar/cornflour
    ("meal", "pret chicken caesar & bacon baguette", "wheat dairy", "sugar soy"),
    ("meal", "nandos quarter chicken lemon & herb, spicy rice, corn on the cob", "corn", "sugar dairy"),  # why: cob may be buttered
    ("meal", "porridge w/ water and banana, no honey", "", "wheat"),
    ("meal", "cup of tea with a splash of semi skimmed + 2 hobnobs", "dairy wheat sugar", ""),
    ("meal", "roast dinner at mum's: roast beef, yorkshire pud, roasties, carrots, gravy", "wheat dairy", "corn soy sugar"),  # why: yorkshire = flour+milk; granules gravy
    ("meal", "tesco meal deal: chicken & bacon sandwich, walkers ready salted, diet coke", "wheat", "sugar soy corn dairy"),
    ("meal", "curry mile - lamb karahi, pilau rice, no naan", "", "dairy"),
    ("meal", "steak, chips (air fried), peppercorn sauce", "dairy", "wheat corn"),  # why: peppercorn is not corn but the sauce is cream/butter
    ("meal", "2 pints of guinness 🍺", "", "wheat"),  # why: malted barley
    ("meal", "scrambled eggs on toast with a bit of butter, brew", "wheat dairy", "sugar soy"),
    ("meal", "chicken stir fry with veg and rice noodles, tamari (checked, says gluten free)", "soy", ""),
    ("meal", "crumpets x2 with marmite. is marmite ok?? it's yeast extract", "wheat", "sugar"),
    ("meal", "clean day: grilled chicken thighs, roasted veg with olive oil, new potatoes", "", ""),
    ("meal", "cheeky wagon wheel from the vending machine", "wheat sugar", "dairy soy corn"),
    ("meal", "quorn mince spag bol with normal spaghetti, no cheese", "wheat", "sugar"),
    ("meal", "bacon butty with brown sauce", "wheat sugar", "corn soy"),  # why: brown sauce has sugar/molasses
    ("meal", "prawn cocktail crisps and a can of irn bru. bad day at work", "sugar", "dairy corn"),
    ("meal", "fruit salad and a handful of cashews", "", ""),
    ("meal", "sunday: lamb shank, mash made with olive oil, peas, mint sauce", "", "sugar"),  # why: jarred mint sauce is sweetened
    ("label", "Heinz Beanz in a rich tomato sauce. Ingredients: Beans (51%), Tomatoes (34%), Water, Sugar, Spirit Vinegar, Modified Cornflour, Salt, Spice Extracts, Herb Extract.", "sugar corn", ""),
    ("label", "Warburtons Medium Sliced White Bread. Ingredients: Wheat Flour (with Calcium, Iron, Niacin (B3) and Thiamin (B1)), Water, Yeast, Salt, Vegetable Oils (Rapeseed and Sustainable Palm), Soya Flour, Preservative: Calcium Propionate, Emulsifiers: E471, E472e, Flour Treatment Agent: Ascorbic Acid (Vitamin C). Allergy advice: for allergens see ingredients in bold.", "wheat soy", ""),
    ("label", "Walkers Ready Salted Crisps. Ingredients: Potatoes, Vegetable Oils (Sunflower, Rapeseed, in varying proportions), Salt.", "", ""),
    ("label", "Walkers Cheese & Onion Crisps. Ingredients: Potatoes, Vegetable Oils (Sunflower, Rapeseed, in varying proportions), Cheese & Onion Seasoning (Dried Onion, Salt, Dried Milk Whey, Dried Cheese (from Milk), Flavouring (contains Milk), Dried Yeast, Potassium Chloride, Dried Garlic, Colours (Annatto Bixin, Paprika Extract), Acid (Citric Acid)), Antioxidants (Rosemary Extract, Ascorbic Acid, Tocopherol Rich Extract, Citric Acid).", "dairy", "corn"),
    ("label", "McVitie's Digestives The Original. Ingredients: Flour (39%) (Wheat Flour, Calcium, Iron, Niacin, Thiamin), Vegetable Oil (Palm), Wholemeal Wheat Flour (16%), Sugar, Partially Inverted Refiners Syrup, Raising Agents (Sodium Bicarbonate, Malic Acid, Ammonium Bicarbonate), Salt.", "wheat sugar", ""),
    ("label", "Tesco Free From Chocolate Chip Cookies. Gluten free. Milk free. Ingredients: Gluten Free Oat Flour, Sugar, Chocolate Chips (10%) (Sugar, Cocoa Mass, Cocoa Butter, Emulsifier (Sunflower Lecithin)), Vegetable Margarine (Palm Oil, Rapeseed Oil, Water, Salt), Rice Flour, Tapioca Starch, Potato Starch, Raising Agents (Sodium Bicarbonate, Disodium Diphosphate), Xanthan Gum, Natural Flavouring.", "sugar", "corn"),  # why: cocoa butter and sunflower lecithin are traps
    ("label", "Quorn Mince. Ingredients: Mycoprotein (94%), Rehydrated Free Range Egg White, Firming Agents: Calcium Chloride, Calcium Acetate, Barley Malt Extract. May contain Milk.", "", "wheat sugar dairy"),
    ("label", "Marmite Yeast Extract. Ingredients: Yeast Extract (contains Barley, Wheat, Oats, Rye), Salt, Vegetable Juice Concentrate, Vitamins (Niacin, Thiamin, Riboflavin, Folic Acid, Vitamin B12), Celery Extract, Spice Extracts.", "wheat", ""),
    ("label", "Bisto Favourite Gravy Granules. Ingredients: Potato Starch, Maltodextrin, Salt, Palm Oil, Colour (Ammonia Caramel), Flavour Enhancers (Monosodium Glutamate, Disodium Guanylate), Wheat Flour, Sugar, Flavourings (contain Barley), Emulsifier (Soya Lecithin), Onion Powder.", "wheat sugar soy", "corn"),
    ("label", "Tesco Finest Pork Sausages (gluten free). Ingredients: British Pork (87%), Water, Rice Flour, Salt, Dextrose, Black Pepper, Sage, Preservative (Sodium Metabisulphite), Nutmeg, Mace, Antioxidant (Ascorbic Acid), Filled into Natural Pork Casings.", "sugar", "corn"),
    ("label", "Alpro Soya Original. Ingredients: Water, Hulled Soya Beans (8.7%), Sugar, Acidity Regulator (Potassium Phosphates), Calcium (Calcium Carbonate), Sea Salt, Stabiliser (Gellan Gum), Vitamins (Riboflavin (B2), B12, D2).", "soy sugar", ""),
    ("label", "Oatly Oat Drink Barista Edition. Ingredients: Oat base (water, oats 10%), rapeseed oil, acidity regulator (dipotassium phosphate), calcium carbonate, iodised salt, vitamins (D2, riboflavin, B12). Allergens: oats.", "", "wheat"),
    ("label", "HP Brown Sauce. Ingredients: Tomatoes, Malt Vinegar (from Barley), Spirit Vinegar, Sugar, Glucose-Fructose Syrup, Dates, Cornflour, Rye Flour, Salt, Spices, Tamarind.", "sugar corn", "wheat"),  # why: malt vinegar; rye is not wheat
    ("label", "Irn-Bru. Ingredients: Carbonated Water, Sugar, Acid (Citric Acid), Flavourings (including Caffeine), Preservative (Potassium Sorbate), Sweeteners (Aspartame, Acesulfame K), Colours (Sunset Yellow, Ponceau 4R). Contains a source of phenylalanine.", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Aoife, Cork, Ireland: tidy sentences, Irish brands, deli counters
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "Chicken fillet roll from the Centra deli with cheese and taco mayo. Not my finest moment.", "wheat dairy", "soy sugar corn"),
    ("meal", "Barry's tea with a drop of milk and a slice of brown soda bread, no butter.", "wheat dairy", "sugar"),  # why: soda bread = buttermilk; brown versions often have treacle
    ("meal", "Porridge made with gluten free oats and water, sliced apple, cinnamon.", "", ""),
    ("meal", "Supermac's snack box (chicken and chips).", "wheat", "corn soy dairy sugar"),
    ("meal", "Dinner: baked salmon, boiled spuds, broccoli, olive oil.", "", ""),
    ("meal", "Dublin coddle at my nan's: sausages, rashers, potatoes, onions.", "", "wheat sugar corn"),  # why: Irish sausages usually contain rusk
    ("meal", "Kerrygold on a spud, that's it, that's the slip.", "dairy", ""),
    ("meal", "Insomnia flat white with oat milk and a gluten free brownie 🙈", "sugar", "dairy wheat soy"),
    ("meal", "Beef and Guinness stew, no bread with it.", "", "wheat sugar"),
    ("meal", "Boxty at the pub with smoked salmon.", "wheat dairy", ""),  # why: boxty = potato, flour, buttermilk
    ("meal", "One packet of Tayto cheese and onion at the match.", "dairy", "sugar corn"),
    ("meal", "Chicken curry from the Chinese takeaway with boiled rice.", "", "wheat sugar corn soy"),
    ("meal", "Smoothie: frozen berries, spinach, banana, water, scoop of pea protein.", "", ""),
    ("meal", "Roast chicken with stuffing — stuffing is breadcrumbs so wheat, I know.", "wheat", "dairy"),
    ("meal", "Club Orange and a packet of King crisps at the GAA.", "sugar", "dairy corn"),
    ("meal", "Three eggs scrambled in olive oil, cherry tomatoes, rocket.", "", ""),
    ("meal", "Correction to lunch: the dairy free pesto was on regular penne, not the rice pasta.", "wheat", ""),
    ("meal", "Lamb chops, butternut squash roasted, green beans. Nothing else.", "", ""),
    ("meal", "Bowl of Brennans-style vegetable soup from the café, no bread.", "", "dairy wheat"),  # why: café soups often have cream/flour roux
    ("meal", "Apple tart and cream at my aunt's, it's her birthday.", "wheat dairy sugar", ""),
    ("meal", "Mackerel on rice cakes with cucumber. Sparkling water.", "", ""),
    ("label", "Brennans Family Pan White Bread. Ingredients: Wheat Flour (Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin), Water, Yeast, Salt, Vegetable Oil (Rapeseed), Soya Flour, Emulsifiers: E471, E481, Preservative: Calcium Propionate, Flour Treatment Agent: Ascorbic Acid.", "wheat soy", ""),
    ("label", "Avonmore Super Milk. Ingredients: Milk, Skimmed Milk Powder, Vitamins (A, D, E, Folic Acid), Calcium, Omega-3 (Fish Oil).", "dairy", ""),
    ("label", "Kerrygold Pure Irish Butter. Ingredients: Butter (Milk), Salt (1.6%).", "dairy", ""),
    ("label", "Tayto Cheese & Onion. Ingredients: Potatoes, Sunflower Oil, Cheese & Onion Flavour [Whey Powder (Milk), Salt, Onion Powder, Lactose (Milk), Dextrose, Cheese Powder (Milk), Flavour Enhancers (E621, E631), Yeast Extract, Colour (Paprika Extract), Acid (Citric Acid)].", "dairy sugar", "corn"),
    ("label", "Club Orange. Ingredients: Carbonated Water, Orange Juice from Concentrate (14%), Sugar, Orange Pulp, Acid (Citric Acid), Preservative (Potassium Sorbate), Stabiliser (Gum Arabic), Colours (Carotenes), Sweeteners (Acesulfame K, Sucralose), Natural Orange Flavouring.", "sugar", "corn"),
    ("label", "Dunnes Stores Simply Better Irish Brown Soda Bread. Ingredients: Wholemeal Wheat Flour (43%), Buttermilk (Milk) (30%), Wheat Flour, Wheat Bran, Raising Agent (Sodium Bicarbonate), Salt, Treacle.", "wheat dairy sugar", ""),
    ("label", "Flahavan's Irish Porridge Oats. Ingredients: 100% Wholegrain Irish Oats. Allergy advice: contains oats. May contain traces of wheat and barley.", "", "wheat"),
    ("label", "Clonakilty Black Pudding. Ingredients: Pinhead Oatmeal, Water, Beef Fat, Onion, Dried Pork Blood, Salt, Spices. Allergens: oats. Produced in a facility that also handles wheat.", "", "wheat"),
    ("label", "Barry's Gold Blend Tea. Ingredients: Blended Black Tea.", "", ""),
    ("label", "Cadbury Dairy Milk. Ingredients: Milk, Sugar, Cocoa Butter, Cocoa Mass, Vegetable Fats (Palm, Shea), Emulsifier (E442), Flavourings. Milk solids 20% minimum. May contain nuts.", "dairy sugar", ""),  # why: E442 is ammonium phosphatide, not soy lecithin
    ("label", "Kelkin Gluten Free Rice Cakes, Lightly Salted. Ingredients: Wholegrain Brown Rice (99%), Sea Salt.", "", ""),
]

# ---------------------------------------------------------------------------
# Liam, Toronto: Timmies, Loblaws/PC/No Name, bilingual labels
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "timmies double double + an everything bagel toasted w/ butter", "dairy sugar wheat", ""),
    ("meal", "ok day 3 now. timmies black coffee and a fresh fruit cup, no yogurt", "", ""),
    ("meal", "peameal bacon sandwich at st lawrence market", "wheat corn", "sugar"),  # why: peameal is rolled in cornmeal
    ("meal", "poutine from smoke's, classic", "dairy", "wheat corn soy"),
    ("meal", "swiss chalet quarter chicken dinner, fries, chalet sauce", "", "wheat corn sugar soy"),
    ("meal", "shawarma plate from osmows - rice, chicken, salad, garlic sauce, no pita", "", "dairy"),  # why: marinades often yogurt
    ("meal", "kd with hot dogs cut up lol nostalgia night", "wheat dairy", "corn sugar soy"),
    ("meal", "salmon sushi bowl, no sauce, just rice salmon avocado cucumber nori", "", "sugar"),  # why: sushi rice is usually seasoned with sugar
    ("meal", "butter tart from the farmer's market, 1 (ok 2)", "wheat dairy sugar", "corn"),
    ("meal", "pc blue menu chicken breast strips on a salad w olive oil and lemon", "", "sugar corn soy"),
    ("meal", "thai place: pad thai. asked no egg (not an issue) but it def had sugar + fish sauce", "sugar", "soy wheat"),
    ("meal", "nanaimo bar at my aunt's 🫣", "wheat dairy sugar", "corn"),  # why: custard powder is cornstarch
    ("meal", "eggs, avocado, 2 plain rice cakes", "", ""),
    ("meal", "stir fry with PC memories of szechuan sauce", "soy", "wheat sugar corn"),
    ("meal", "ketchup chips. the whole bag. stress.", "", "sugar corn"),
    ("meal", "beavertail w cinnamon sugar at the rink", "wheat sugar", "dairy soy corn"),
    ("meal", "tourtière on christmas eve, my mémère's crust is all lard", "wheat", ""),
    ("meal", "made pâté chinois: ground beef, creamed corn, mashed potatoes (olive oil not butter)", "corn", "sugar"),
    ("meal", "grilled trout, wild rice, steamed green beans. water.", "", ""),
    ("meal", "montreal bagel plain, no cream cheese, with smoked salmon", "wheat", "sugar"),  # why: boiled in honey water
    ("meal", "harvey's veggie burger, no bun, no cheese, lettuce tomato onion", "", "soy wheat corn"),  # why: patty recipe unknown
    ("label", "Kraft Dinner Original Macaroni & Cheese / Macaroni au fromage. Ingredients: Enriched Wheat Flour, Modified Milk Ingredients, Cheese (Milk, Bacterial Culture, Salt, Calcium Chloride, Microbial Enzyme), Salt, Sodium Phosphate, Citric Acid, Lactic Acid, Colour. Contains: Wheat, Milk. / Ingrédients : farine de blé enrichie, substances laitières modifiées, fromage. Contient : blé, lait.", "wheat dairy", "corn"),
    ("label", "Tim Hortons Original Blend Ground Coffee / Café moulu. Ingredients: 100% Arabica Coffee.", "", ""),
    ("label", "Lay's Ketchup Flavour Potato Chips / Croustilles saveur de ketchup. Ingredients: Potatoes, Vegetable Oil (Sunflower, Canola and/or Corn), Seasoning (Sugar, Dextrose, Salt, Tomato Powder, Onion Powder, Citric Acid, Garlic Powder, Paprika, Spices, Natural Flavour, Colour, Malic Acid, Acetic Acid).", "sugar", "corn"),
    ("label", "No Name Table Syrup / Sirop de table. Ingredients: Glucose-Fructose, Sugar, Water, Caramel Colour, Natural and Artificial Flavour, Sodium Benzoate, Sorbic Acid.", "sugar", "corn"),  # why: Canadian glucose-fructose is usually from corn but not stated
    ("label", "PC Peameal Bacon Roast. Ingredients: Pork, Water, Salt, Sugar, Sodium Phosphate, Sodium Erythorbate, Sodium Nitrite. Coated with cornmeal.", "sugar corn", ""),
    ("label", "Lantic Icing Sugar / Sucre à glacer. Ingredients: Sugar, Corn Starch. / Ingrédients : sucre, amidon de maïs.", "sugar corn", ""),
    ("label", "Silk Unsweetened Oat / Boisson d'avoine non sucrée. Ingredients: Oat Base (Filtered Water, Oats), Sunflower Oil, Calcium Carbonate, Sea Salt, Gellan Gum, Natural Flavour, Vitamins. Certified Gluten Free.", "", ""),
    ("label", "Swiss Chalet Dipping Sauce Mix. Ingredients: Modified Corn Starch, Wheat Flour, Sugar, Salt, Hydrolyzed Soy Protein, Spices, Onion Powder, Caramel, Yeast Extract. Contains: Wheat, Soy.", "corn wheat sugar soy", ""),
    ("label", "PC Memories of Szechuan Peanut Sauce. Ingredients: Water, Sugar, Soy Sauce (Water, Soybeans, Wheat, Salt), Peanut Butter, Rice Vinegar, Sesame Oil, Garlic, Modified Corn Starch, Chili Peppers, Ginger. Contains: Peanuts, Soy, Wheat, Sesame.", "soy wheat sugar corn", ""),
    ("label", "Schneiders Red Hots Wieners. Ingredients: Mechanically Separated Chicken, Pork, Water, Modified Corn Starch, Salt, Corn Syrup Solids, Spices, Sodium Phosphate, Dextrose, Sodium Erythorbate, Sodium Nitrite, Smoke.", "corn sugar", ""),
    ("label", "Neilson Dairy Oh! Lactose Free 2% Milk / Lait sans lactose. Ingredients: Partly Skimmed Milk, Lactase Enzyme, Vitamin A Palmitate, Vitamin D3.", "dairy", ""),  # why: lactose-free milk is still dairy
]

# ---------------------------------------------------------------------------
# Chloe, Sydney: brekky, Woolies/Coles, cafes, footy
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "smashed avo on sourdough w poached eggs and feta at the cafe", "wheat dairy", ""),
    ("meal", "same smashed avo but asked for GF toast and no feta 🙌", "", "corn sugar soy"),  # why: GF bread is often maize starch + sugar
    ("meal", "flat white w almond milk + toasted banana bread (no butter)", "wheat sugar", "dairy soy"),
    ("meal", "acai bowl from the beach kiosk w granola, banana, honey drizzle", "", "sugar wheat dairy"),
    ("meal", "bunnings snag: sausage in white bread w onions and tomato sauce", "wheat sugar", "corn soy"),  # why: AU tomato sauce = ketchup
    ("meal", "guzman y gomez burrito bowl, no cheese no sour cream, extra guac, corn chips on the side", "corn", ""),
    ("meal", "weet-bix x2 with a2 milk and sliced banana", "wheat sugar dairy", ""),
    ("meal", "tim tam slam with my tea, 3 of them, long day", "wheat sugar dairy", "soy corn"),
    ("meal", "oporto chicken burger bondi", "wheat", "dairy sugar soy corn"),
    ("meal", "poke bowl: brown rice, salmon, edamame, seaweed salad, ponzu", "soy", "wheat sugar corn"),
    ("meal", "lamb roast, pumpkin, potatoes, steamed beans. no gravy this time", "", ""),
    ("meal", "meat pie at the footy w sauce 🥧", "wheat sugar", "dairy soy corn"),
    ("meal", "barramundi + salad, lemon, olive oil", "", ""),
    ("meal", "vegemite on rice cakes (trying to cheat the system lol)", "wheat", "corn"),  # why: Vegemite yeast is grown on wheat and barley
    ("meal", "coles chicken caesar salad kit, didn't use the croutons or dressing", "", "dairy"),  # why: kit still has parmesan
    ("meal", "anzac biscuits my nan baked 🇦🇺", "wheat sugar dairy", ""),
    ("meal", "yum cha: har gow, siu mai, char siu bao, chicken feet", "wheat sugar", "soy corn"),  # why: har gow wrapper is wheat starch; char siu is sweet
    ("meal", "kombucha from woolies + a handful of macadamias", "", "sugar"),
    ("meal", "pho from the vietnamese place in cabramatta, no hoisin", "", "sugar"),
    ("meal", "boost juice all berry bang, no froyo pls", "", "sugar"),
    ("meal", "sashimi platter + miso soup", "soy", ""),
    ("label", "Vegemite. Ingredients: Yeast Extract (from Yeast grown on Barley and Wheat), Salt, Mineral Salt (508), Malt Extract (from Barley), Colour (150c), Flavour, Vitamins (Thiamine, Riboflavin, Niacin, Folate). Contains Gluten.", "wheat", "corn sugar"),
    ("label", "Arnott's Tim Tam Original. Ingredients: Sugar, Wheat Flour, Vegetable Oil, Milk Solids, Cocoa Mass, Cocoa, Glucose Syrup, Golden Syrup, Salt, Emulsifiers (Soy Lecithin, 476), Raising Agents (503, 500), Flavour. Contains: Wheat, Milk, Soy.", "wheat sugar dairy soy", "corn"),
    ("label", "Sanitarium Weet-Bix. Ingredients: Wholegrain Wheat (97%), Raw Sugar, Salt, Barley Malt Extract, Vitamins (Niacin, Thiamine, Riboflavin, Folate), Mineral (Iron).", "wheat sugar", ""),
    ("label", "Bega Tasty Cheese Slices. Ingredients: Cheese (Milk, Salt, Cultures, Enzyme (Non-Animal Rennet)), Milk Solids, Water, Emulsifying Salts (331, 339), Salt, Preservative (200), Natural Colour (160b).", "dairy", ""),
    ("label", "Macro Organic Tamari Soy Sauce. Gluten Free. Ingredients: Water, Organic Soybeans, Salt, Organic Alcohol.", "soy", ""),
    ("label", "Uncle Tobys Oats Quick Sachets Honey. Ingredients: Wholegrain Rolled Oats (81%), Sugar, Honey (3%), Natural Flavour, Salt, Antioxidant (307b from Soy). Contains Oats (Gluten). May contain Milk.", "sugar soy", "wheat dairy"),
    ("label", "a2 Milk Full Cream. Ingredients: Milk.", "dairy", ""),
    ("label", "Arnott's Shapes Barbecue. Ingredients: Wheat Flour, Vegetable Oil, Seasoning (13%) [Flavour Enhancers (621, 635), Maltodextrin (from Maize), Sugar, Salt, Tomato Powder, Onion Powder, Spices, Colour (Paprika Oleoresin), Yeast Extract, Hydrolysed Vegetable Protein (Soy), Smoke Flavour], Rice Flour, Salt, Baking Powder. Contains: Wheat, Soy. May be present: Milk.", "wheat corn sugar soy", "dairy"),
    ("label", "Coles Gluten Free White Bread. Ingredients: Water, Tapioca Starch, Maize Starch, Rice Flour, Vegetable Oil (Canola), Egg White Powder, Sugar, Psyllium Husk, Yeast, Thickeners (464, 412), Salt, Vinegar. May contain Soy, Milk.", "corn sugar", "soy dairy"),
    ("label", "Yakult. Ingredients: Water, Skim Milk Powder, Sugar, Glucose, Natural Flavours, Lactobacillus casei Shirota.", "dairy sugar", ""),
    ("label", "Woolworths Fresh Sugar Snap Peas 150g. Product of Australia.", "", ""),
]

# ---------------------------------------------------------------------------
# Nikau, Auckland NZ: te reo words, 'the dairy' = corner shop, Countdown/Pak'nSave
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "boil up at my aunties - pork bones, puha, watercress, kumara, doughboys", "wheat", ""),
    ("meal", "same boil up, no doughboys this time chur", "", ""),
    ("meal", "hangi at the marae: pork, chicken, kumara, potato, pumpkin, stuffing", "wheat", "dairy"),
    ("meal", "fish n chips from the local, battered tarakihi, scoop of chips, L&P", "wheat sugar", "corn soy"),
    ("meal", "mince and cheese pie from the dairy 🥧", "wheat dairy", "soy corn sugar"),
    ("meal", "grabbed water and an apple from the dairy", "", ""),  # why: NZ 'dairy' is a corner shop
    ("meal", "kumara chips baked with coconut oil + grilled chicken", "", ""),
    ("meal", "hokey pokey ice cream cone at mission bay", "dairy sugar wheat", "corn soy"),
    ("meal", "pavlova with cream and kiwifruit at xmas", "sugar dairy", "corn"),
    ("meal", "ika mata (raw fish) w coconut cream and lime", "", ""),
    ("meal", "vogels toast x2 with avo", "wheat", "soy sugar"),
    ("meal", "fried bread with golden syrup at the marae", "wheat sugar", ""),
    ("meal", "paua fritters, mum made them with flour and egg", "wheat", ""),
    ("meal", "mussels steamed in white wine and garlic, no bread", "", ""),
    ("meal", "whittakers peanut slab, half of it", "sugar dairy", "soy"),
    ("meal", "pak n save sausages on the bbq, no bread, with watties tomato sauce", "sugar", "wheat corn soy"),
    ("meal", "flat white + cheese scone at the cafe", "dairy wheat", "sugar"),
    ("meal", "feijoas off the tree, like 6 of them", "", ""),
    ("meal", "kawakawa tea and a bowl of kumara soup, made w coconut milk", "", ""),
    ("label", "Sanitarium Marmite. Ingredients: Yeast, Sugar, Salt, Mineral Salt (508), Colour (150c), Corn Maltodextrin, Vitamins (Niacin, Thiamine, Riboflavin, Folate, B12), Herb, Spices. Contains Gluten (Barley, Wheat).", "wheat sugar corn", ""),
    ("label", "Whittaker's Creamy Milk Chocolate. Ingredients: Sugar, Cocoa Butter, Whole Milk Powder, Cocoa Mass, Emulsifiers (Soya Lecithin, 476). Milk Solids 25% minimum, Cocoa Solids 33% minimum.", "sugar dairy soy", ""),
    ("label", "L&P Lemon & Paeroa. Ingredients: Carbonated Water, Sugar, Food Acid (330), Lemon Juice, Flavour, Preservative (211), Colour (150d).", "sugar", "corn"),
    ("label", "Wattie's Tomato Sauce. Gluten Free. Ingredients: Tomatoes (66%), Sugar, Acidity Regulators (Acetic Acid, 330), Salt, Thickener (1422), Onion, Spices.", "sugar", "corn"),  # why: 1422 modified starch, 330 citric acid; GF rules out wheat
    ("label", "Pams Free Range Eggs Size 7. Ingredients: Eggs.", "", ""),
    ("label", "Edmonds Baking Powder. Gluten Free. Ingredients: Raising Agents (Sodium Acid Pyrophosphate, Sodium Bicarbonate), Cornflour (from Maize).", "corn", ""),
    ("label", "Vogel's Original Mixed Grain Bread. Ingredients: Kibbled Wheat (27%), Wheat Flour, Water, Wholemeal Wheat Flour, Rye Flour, Cracked Linseed, Gluten, Yeast, Salt, Vinegar, Soy Flour, Emulsifier (481), Vegetable Oil. Contains Wheat, Rye, Soy.", "wheat soy", "corn"),
    ("label", "Tip Top Hokey Pokey Ice Cream. Ingredients: Milk Solids, Sugar, Water, Glucose Syrup (Wheat), Hokey Pokey Pieces (8%) (Sugar, Glucose Syrup, Sodium Bicarbonate), Vegetable Fat, Emulsifier (471), Stabilisers (412, 407, 410), Flavour.", "dairy sugar wheat", "corn"),
    ("label", "Countdown Unsweetened Coconut Milk Drink. Dairy free. Ingredients: Water, Coconut Cream (9%), Calcium Phosphate, Emulsifier (Sunflower Lecithin), Stabiliser (Gellan), Salt, Vitamins.", "", ""),
]

# ---------------------------------------------------------------------------
# Thabo, Johannesburg: SA English, braai, spaza, Woolies SA / Pick n Pay
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "pap and wors with chakalaka at the braai, lekker", "corn", "wheat sugar"),  # why: boerewors may have cereal filler; tinned chakalaka sweetened
    ("meal", "kota from the spaza: quarter loaf, chips, polony, russian, atchar, cheese, egg", "wheat dairy", "soy corn sugar"),
    ("meal", "rooibos no sugar and a handful of biltong", "", "sugar"),
    ("meal", "nandos half chicken medium, spicy rice, side salad", "", "sugar"),
    ("meal", "ouma rusk dunked in coffee with milk", "wheat dairy sugar", "soy"),
    ("meal", "bunny chow in durban, mutton curry in a quarter loaf", "wheat", "dairy"),
    ("meal", "vetkoek with mince, my gogo's", "wheat", "sugar"),
    ("meal", "samp and beans with stew", "corn", ""),  # why: samp is crushed dried maize
    ("meal", "grilled hake, butternut, spinach - eating clean this week", "", ""),
    ("meal", "steers wacky wednesday burger, 2 of them", "wheat", "sugar dairy soy corn"),
    ("meal", "mala mogodu with pap", "corn", ""),
    ("meal", "morning: maltabella porridge with milk and sugar", "dairy sugar", ""),  # why: sorghum malt, not wheat
    ("meal", "koeksister at the church bazaar", "wheat sugar", ""),
    ("meal", "spur ribs and onion rings, no salad dressing", "sugar wheat", "corn soy"),
    ("meal", "bobotie with yellow rice, made it with almond milk instead of milk and no bread", "", "sugar"),
    ("meal", "simba salt & vinegar + a coke, no judging", "sugar", "corn dairy"),
    ("meal", "mogodu again shame, but with rice not pap", "", ""),
    ("meal", "braai: lamb chops, mielie on the coals, tomato onion salad", "corn", ""),  # why: mielie = corn on the cob
    ("label", "Iwisa Super Maize Meal. Ingredients: Maize Meal, Vitamins and Minerals (Vitamin A, Thiamin, Riboflavin, Niacin, Pyridoxine, Folic Acid, Iron, Zinc).", "corn", ""),
    ("label", "All Gold Tomato Sauce. Ingredients: Tomato Paste (51%), Sugar, Water, Spirit Vinegar, Salt, Modified Maize Starch, Onion Powder, Spices, Preservative (Sodium Benzoate), Flavouring.", "sugar corn", ""),
    ("label", "Mrs H.S. Ball's Original Recipe Chutney. Ingredients: Sugar, Water, Spirit Vinegar, Dried Peaches (9%), Dried Apricots (4%), Maize Starch, Salt, Onion, Spices, Colourant (Caramel), Preservative (Sodium Metabisulphite).", "sugar corn", ""),
    ("label", "Ouma Buttermilk Rusks. Ingredients: Wheat Flour, Sugar, Vegetable Fat (Palm), Buttermilk Powder (6%), Invert Syrup, Raising Agents, Salt, Emulsifier (Soya Lecithin), Flavouring. Allergens: Wheat (Gluten), Milk, Soya.", "wheat sugar dairy soy", ""),
    ("label", "Koo Chakalaka Mild & Spicy. Ingredients: Water, Carrots, Baked Beans, Onions, Green Peppers, Sugar, Sunflower Oil, Modified Maize Starch, Salt, Spices, Garlic, Chilli.", "sugar corn", ""),
    ("label", "Freshpak Rooibos Tea. Ingredients: 100% Rooibos. Naturally caffeine free.", "", ""),
    ("label", "Woolworths Sliced Beef Biltong. Ingredients: Beef, Salt, Spices (Coriander, Pepper), Brown Sugar, Vinegar, Bicarbonate of Soda, Preservative (Potassium Sorbate). Gluten free.", "sugar", ""),
    ("label", "Oros Orange Squash. Ingredients: Water, Sugar, Orange Juice Concentrate (5%), Citric Acid, Stabilisers, Preservatives, Sweeteners (Sodium Cyclamate, Saccharin), Colourant (Sunset Yellow), Flavouring.", "sugar", "corn"),
    ("label", "Checkers Polony. Ingredients: Mechanically Recovered Chicken, Water, Pork Fat, Soya Protein, Wheat Flour, Salt, Maize Starch, Spices, Dextrose, Phosphates, Preservative (Sodium Metabisulphite), Colourant (Carmine). Allergens: Soya, Wheat (Gluten).", "soy wheat corn sugar", ""),
    ("label", "Jungle Oats. Ingredients: 100% Wholegrain Oats. Contains gluten (oats). Packed in a facility that also handles wheat.", "", "wheat"),
]

# ---------------------------------------------------------------------------
# Kemar, Kingston Jamaica: patois mix, cookshops, Grace products
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "ackee and saltfish wid roast breadfruit, callaloo on the side", "", ""),
    ("meal", "ackee and saltfish again but wid fried dumpling this time", "wheat", ""),
    ("meal", "juici beef patty and coco bread", "wheat", "dairy sugar soy"),
    ("meal", "jerk chicken from the pan man in portland, festival on the side", "corn wheat sugar", "soy"),  # why: festival = cornmeal, flour, sugar
    ("meal", "curry goat, rice and peas, fried plantain", "", ""),  # why: rice and peas = kidney beans + coconut milk
    ("meal", "steam fish wid okra and bammy, no crackers", "", ""),
    ("meal", "ting wid a lickle white rum fi di wedding", "sugar", "corn"),
    ("meal", "cornmeal porridge wid condensed milk n nutmeg", "corn dairy sugar", ""),
    ("meal", "escovitch fish and hard dough bread", "wheat", "sugar"),
    ("meal", "mi nyam a grater cake at school gate lol", "sugar", ""),
    ("meal", "callaloo, boiled green banana, yam and dumpling", "wheat", ""),
    ("meal", "devon house ice cream, rum raisin 🍨", "dairy sugar", ""),
    ("meal", "oxtail wid butter beans and white rice", "", "sugar wheat"),  # why: butter beans are not dairy; browning/flour in gravy
    ("meal", "coconut water straight from di jelly", "", ""),
    ("meal", "island grill jerk chicken meal wid callaloo rice, no festival", "", "soy sugar"),
    ("meal", "brown stew chicken, white rice, steamed cabbage", "", "sugar soy wheat"),  # why: browning + soy/worcestershire often used
    ("meal", "peanut punch from di vendor", "dairy sugar", ""),  # why: peanut punch = peanuts, condensed milk/milk, sugar
    ("label", "Grace Coconut Milk. Ingredients: Coconut Extract, Water, Guar Gum, Sodium Metabisulphite.", "", ""),
    ("label", "Ting Grapefruit Soda. Ingredients: Carbonated Water, Sugar, Grapefruit Juice from Concentrate (6%), Citric Acid, Natural Flavouring, Preservative (Sodium Benzoate), Stabiliser (Gum Arabic).", "sugar", "corn"),
    ("label", "Excelsior Water Crackers. Ingredients: Wheat Flour, Vegetable Shortening (Palm Oil), Salt, Yeast, Sodium Bicarbonate. Contains Wheat.", "wheat", ""),
    ("label", "National Hard Dough Bread. Ingredients: Enriched Wheat Flour, Water, Sugar, Vegetable Shortening, Yeast, Salt, Dough Conditioner (Soya Flour, Calcium Sulphate), Calcium Propionate.", "wheat sugar soy", "corn"),
    ("label", "Grace Browning. Ingredients: Caramel, Water, Salt.", "sugar", "corn"),
    ("label", "Lasco Food Drink Vanilla. Ingredients: Whey Powder (Milk), Sugar, Soy Protein Isolate, Corn Syrup Solids, Vegetable Oil, Cocoa, Vitamins and Minerals, Artificial Flavour. Contains Milk and Soy.", "dairy sugar soy corn", ""),
    ("label", "Grace Jerk Seasoning Hot. Ingredients: Escallion, Scotch Bonnet Pepper, Salt, Vinegar, Pimento, Black Pepper, Thyme, Sugar, Soy Sauce (Water, Soybeans, Wheat, Salt), Garlic.", "sugar soy wheat", ""),
    ("label", "Tastee Jamaican Beef Patty. Ingredients: Enriched Flour (Wheat), Water, Beef, Margarine (Palm Oil, Water, Salt, Whey, Soy Lecithin, Beta Carotene), Breadcrumbs (Wheat Flour, Sugar, Yeast, Salt), Onions, Scallion, Spices, Turmeric, Salt, Hot Pepper. Contains Wheat, Milk, Soy.", "wheat dairy soy sugar", ""),
    ("label", "Grace Red Kidney Beans in Brine. Ingredients: Red Kidney Beans, Water, Salt, Calcium Chloride, Disodium EDTA.", "", ""),
]

# ---------------------------------------------------------------------------
# Chidinma, Lagos Nigeria: pidgin bits, mama put, Shoprite, seasoning cubes
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "jollof rice and fried chicken from chicken republic + coke", "sugar", "wheat corn soy"),
    ("meal", "eba and egusi soup with assorted meat, mama put", "", "corn sugar"),  # why: soups are routinely seasoned with Maggi/Knorr cubes (maize starch, sugar)
    ("meal", "agege bread and akara for breakfast, with lipton + peak milk + sugar", "wheat sugar dairy", "soy corn"),
    ("meal", "indomie with egg, abeg no judge", "wheat", "sugar soy corn"),
    ("meal", "suya from mallam at night, with onions and tomato", "", "corn sugar"),
    ("meal", "ofada rice and ayamase stew", "", "corn sugar"),
    ("meal", "pounded yam and ogbono soup", "", "corn sugar"),
    ("meal", "moi moi and pap (ogi) for breakfast, no milk no sugar", "corn", "sugar"),  # why: ogi/akamu is fermented maize
    ("meal", "boli and groundnut by the roadside", "", ""),
    ("meal", "puff puff at the owambe, like 5", "wheat sugar", "corn soy"),
    ("meal", "golden morn with milk, it's maize and soy i just checked", "corn soy dairy", "sugar"),
    ("meal", "pepper soup with goat meat, no cubes, my mum uses only spices", "", ""),
    ("meal", "malta guinness and gala at the bus stop 🙃", "sugar wheat", "corn soy dairy"),
    ("meal", "fried plantain (dodo) and eggs in groundnut oil", "", ""),
    ("meal", "chin chin my aunty sent from enugu", "wheat sugar", "dairy"),
    ("meal", "zobo drink, she said no sugar only pineapple and ginger", "", ""),
    ("meal", "amala and ewedu with gbegiri", "", "corn sugar"),
    ("meal", "kilimanjaro meat pie + chivita 100% orange juice", "wheat", "dairy corn soy sugar"),
    ("meal", "yam porridge (asaro) with palm oil and ugu, no seasoning cube this time", "", ""),
    ("label", "Indomie Instant Noodles Chicken Flavour. Noodles: Wheat Flour, Vegetable Oil (Palm Olein), Salt. Seasoning: Salt, Sugar, Flavour Enhancer (E621), Chicken Flavour, Onion Powder, Garlic Powder, Hydrolysed Vegetable Protein, Pepper. Seasoning Oil: Palm Oil, Onion. Chilli Powder. Contains Wheat. May contain Soy.", "wheat sugar", "soy"),
    ("label", "Peak Evaporated Full Cream Milk. Ingredients: Full Cream Milk, Stabiliser (Disodium Phosphate), Vitamins A and D.", "dairy", ""),
    ("label", "Milo Activ-Go. Ingredients: Malt Extract (Barley), Sugar, Milk Powder, Cocoa Powder, Vegetable Fat, Maltodextrin, Minerals, Vitamins, Emulsifier (Soya Lecithin). Contains Barley, Milk, Soy.", "sugar dairy soy", "wheat corn"),
    ("label", "Nestle Golden Morn Maize & Soya Cereal. Ingredients: Maize (57%), Soya (13%), Sugar, Skimmed Milk Powder, Palm Olein, Minerals, Vitamins, Salt. Contains Soy, Milk.", "corn soy sugar dairy", ""),
    ("label", "Malta Guinness Non-Alcoholic Malt Drink. Ingredients: Water, Malted Barley, Sugar, Glucose Syrup, Hops, Caramel Colour, Vitamins (B1, B2, B3, B6).", "sugar", "wheat corn"),
    ("label", "Knorr Chicken Seasoning Cube. Ingredients: Salt, Flavour Enhancer (Monosodium Glutamate), Palm Fat, Maize Starch, Sugar, Chicken Fat, Flavourings, Chicken Powder, Spices, Colour (Caramel).", "corn sugar", ""),
    ("label", "Gala Sausage Roll. Ingredients: Pastry (Wheat Flour, Margarine (Vegetable Oil, Water, Salt, Emulsifier (Soya Lecithin)), Sugar, Salt), Filling (Beef, Soya Protein, Breadcrumbs (Wheat), Onion, Spices, Salt, Flavour Enhancer). Contains Wheat, Soya.", "wheat soy sugar", "corn"),
    ("label", "Chivita 100% Orange Fruit Juice. No added sugar. No preservatives. Ingredients: Orange Juice from Concentrate, Vitamin C.", "", "sugar"),  # why: juice from concentrate is a free-sugar source but not added sugar
    ("label", "Honeywell Wheat Meal. Ingredients: 100% Whole Wheat Flour.", "wheat", ""),
    ("label", "Mr Chef Plantain Chips Salted. Ingredients: Unripe Plantain, Vegetable Oil, Salt.", "", "corn soy"),
]

# ---------------------------------------------------------------------------
# Wanjiru, Nairobi Kenya: English with Swahili/Sheng, kibanda, Naivas
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "ugali na sukuma wiki, with a bit of beef stew", "corn", "wheat sugar"),  # why: stews often use Royco (wheat flour, sugar)
    ("meal", "chai ya maziwa and 2 mandazi at the kibanda", "dairy wheat sugar", ""),
    ("meal", "githeri for lunch, made it myself with onions tomatoes", "corn", ""),  # why: githeri = maize + beans
    ("meal", "nyama choma and kachumbari with friends, skipped the ugali", "", ""),
    ("meal", "java house avocado toast and a black americano", "wheat", "sugar soy"),
    ("meal", "chapati 2 and ndengu (green grams)", "wheat", "sugar dairy"),
    ("meal", "pilau from the swahili place off mombasa road, kachumbari", "", "dairy"),
    ("meal", "mukimo with beef, no butter", "", "corn"),  # why: mukimo usually includes maize kernels
    ("meal", "kenchic quarter chicken and chips, tomato sauce", "sugar", "corn soy wheat"),
    ("meal", "chai no sugar, only milk, and boiled arrowroots (nduma)", "dairy", ""),
    ("meal", "matoke stew with beef and avocado", "", ""),
    ("meal", "tusker baridi x2 at the club 🍻", "", "wheat sugar"),
    ("meal", "omena and ugali, cooked with tomatoes", "corn", ""),
    ("meal", "weetabix with hot milk and honey", "wheat dairy sugar", ""),
    ("meal", "3 beef samosas from the street", "wheat", "corn soy"),
    ("meal", "fruit: mango, pawpaw, passion juice (homemade no sugar)", "", ""),
    ("meal", "sawa, today clean: sweet potatoes, boiled eggs, black tea", "", ""),
    ("label", "Brookside Fresh Whole Milk (Maziwa). Ingredients: Whole Milk.", "dairy", ""),
    ("label", "Jogoo Maize Meal (Unga wa Mahindi). Ingredients: Maize, fortified with Vitamins and Minerals.", "corn", ""),
    ("label", "Royco Mchuzi Mix Beef. Ingredients: Maize Starch, Salt, Flavour Enhancers (MSG, E635), Wheat Flour, Sugar, Colour (Caramel E150c), Beef Flavour, Spices, Onion Powder. Contains Wheat (Gluten).", "corn wheat sugar", ""),
    ("label", "Blue Band Original Spread. Dairy free. Ingredients: Vegetable Oils (Palm, Sunflower), Water, Salt, Emulsifiers (Mono- and Diglycerides of Fatty Acids, Sunflower Lecithin), Preservative (Potassium Sorbate), Acidity Regulator (Citric Acid), Vitamins A and D, Colour (Beta-carotene).", "", "corn"),
    ("label", "Supa Loaf White Bread. Ingredients: Wheat Flour, Water, Sugar, Yeast, Vegetable Fat, Salt, Soya Flour, Improver (E300, E481), Preservative (Calcium Propionate). Contains Wheat, Soya.", "wheat sugar soy", ""),
    ("label", "Ketepa Pride Tea Bags. Ingredients: 100% Kenyan Black Tea.", "", ""),
    ("label", "Mumias Brown Sugar. Ingredients: Cane Sugar.", "sugar", ""),
    ("label", "Exe Mandazi Flour Mix. Ingredients: Wheat Flour, Sugar, Milk Powder, Raising Agent (Baking Powder), Salt, Cardamom. Contains Wheat, Milk.", "wheat sugar dairy", "corn"),
]

# ---------------------------------------------------------------------------
# Sophie, Montreal: French/English mix, bilingual Quebec labels
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "déjeuner chez cora: omelette aux légumes, fruits, pas de toast", "", "dairy"),
    ("meal", "st-hubert quart poulet cuisse, frites, sauce bbq, salade de chou", "", "wheat corn sugar soy"),
    ("meal", "fèves au lard à la cabane à sucre, with maple syrup on everything lol", "sugar", ""),
    ("meal", "toast de pain de blé entier avec cretons", "wheat", "dairy sugar"),
    ("meal", "smoothie: lait d'amande non sucré, banane, épinards", "", ""),
    ("meal", "poutine à La Banquise, la classique, désolée", "dairy", "wheat corn soy"),
    ("meal", "salade de quinoa, poulet grillé, vinaigrette huile d'olive citron", "", ""),
    ("meal", "tarte au sucre de ma grand-mère 🥧", "wheat sugar dairy", ""),
    ("meal", "bagel st-viateur sésame, nature, rien dessus", "wheat", "sugar"),
    ("meal", "pouding chômeur au resto, c'était le dessert inclus oops", "wheat dairy sugar", ""),
    ("meal", "guédille aux crevettes (hot dog bun, mayo)", "wheat", "soy sugar"),
    ("meal", "café au lait + croissant de la boulangerie", "dairy wheat", "sugar"),
    ("meal", "soupe aux pois avec jambon, pas de pain", "", "sugar"),
    ("meal", "Sushi Shop, maki saumon, pas de sauce soya", "", "sugar"),
    ("meal", "tofu brouillé avec légumes et curcuma", "soy", ""),
    ("meal", "oups, j'ai mis du lait 2% dans mon café, pas de l'avoine", "dairy", ""),
    ("meal", "pâtes sans gluten (riz brun), sauce tomate maison, basilic", "", ""),
    ("label", "Natrel Lait 2% / 2% Milk. Ingrédients : lait partiellement écrémé, palmitate de vitamine A, vitamine D3. Ingredients: Partly skimmed milk, vitamin A palmitate, vitamin D3.", "dairy", ""),
    ("label", "Clic Fèves au lard à la mélasse / Beans with molasses. Ingrédients : fèves blanches, eau, mélasse, sucre, lard, sel, amidon de maïs modifié, épices.", "sugar corn", ""),
    ("label", "Cretons à l'ancienne. Ingrédients : porc, eau, oignons, chapelure (farine de blé, sel, levure), sel, épices, lait écrémé en poudre. Contient : blé, lait.", "wheat dairy", ""),
    ("label", "Sirop d'érable pur, Québec, catégorie A doré. Ingrédients : 100 % sirop d'érable pur. / Ingredients: 100% pure maple syrup.", "", "sugar"),
    ("label", "Tarte au sucre / Sugar pie. Ingrédients : sucre, crème (lait), farine de blé enrichie, shortening d'huile végétale (palme, soya), cassonade, beurre, œufs, sel. Contient : lait, blé, œufs, soja.", "sugar dairy wheat soy", ""),
    ("label", "Bagel sésame. Ingrédients : farine de blé, eau, miel, œufs, levure, sel, graines de sésame. Contient : blé, œufs, sésame.", "wheat", "sugar"),
    ("label", "Tofu biologique ferme / Organic firm tofu. Ingrédients : eau, fèves soya biologiques, chlorure de magnésium. Contient : soja.", "soy", ""),
    ("label", "Boisson aux amandes non sucrée / Unsweetened almond beverage. Ingrédients : eau filtrée, amandes, carbonate de calcium, sel de mer, gomme de gellane, lécithine de tournesol, vitamines. Sans produits laitiers.", "", ""),
]

# ---------------------------------------------------------------------------
# Valentina, Ciudad de México: Spanish, fondas, Oxxo, NOM labels
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "chilaquiles verdes con pollo, sin crema ni queso, y café negro", "corn", ""),
    ("meal", "tacos de canasta afuera del metro, 4 de chicharrón y papa", "corn", ""),
    ("meal", "guajolota (torta de tamal) en la mañana, ya sé 🙈", "wheat corn", ""),
    ("meal", "quesadillas de hongos en la fonda... en CDMX no traen queso si no lo pides, y no lo pedí", "corn", ""),
    ("meal", "pozole rojo con tostadas y crema", "corn dairy", ""),
    ("meal", "agua de jamaica sin azúcar, la hice yo", "", ""),
    ("meal", "mole poblano en la boda de mi prima, con arroz rojo", "sugar", "wheat corn"),  # why: mole has chocolate and sugar, often thickened with bread/tortilla
    ("meal", "concha de vainilla y café con leche, es domingo", "wheat sugar dairy", ""),
    ("meal", "ensalada de nopales con jitomate, cebolla, cilantro y aguacate", "", ""),
    ("meal", "Oxxo: sabritas adobadas y una coca sin azúcar", "", "sugar corn soy dairy"),
    ("meal", "esquites con mayonesa, queso y chile, en el parque", "corn dairy", "soy sugar"),
    ("meal", "café de olla con piloncillo", "sugar", ""),  # why: piloncillo is unrefined cane sugar
    ("meal", "tlayuda en Oaxaca con asiento, frijoles, quesillo y tasajo", "corn dairy", ""),
    ("meal", "pescado a la talla, tortillas de maíz, arroz blanco", "corn", ""),
    ("meal", "pan Bimbo tostado con aguacate... oops el Bimbo tiene azúcar", "wheat sugar", "soy corn"),
    ("meal", "huevos a la mexicana con frijoles de la olla, sin tortillas hoy", "", ""),
    ("meal", "tamal de rajas con queso y un atole de chocolate", "corn dairy sugar", ""),
    ("meal", "corrección: los frijoles refritos eran con manteca de cerdo, no con mantequilla", "", ""),
    ("meal", "gelatina de leche en la fiesta infantil", "dairy sugar", ""),
    ("meal", "sopa de fideo de la abuela", "wheat", "corn sugar"),  # why: usually made with bouillon powder
    ("meal", "ceviche de pescado con tostadas y salsa valentina", "corn", "sugar"),
    ("label", "Pan Blanco Bimbo. Ingredientes: harina de trigo enriquecida, agua, azúcar, gluten de trigo, levadura, aceite vegetal de soya, sal yodada, emulsificantes (mono y diglicéridos, estearoil lactilato de sodio), conservador (propionato de calcio), vinagre. Contiene: trigo, soya. Puede contener: leche.", "wheat sugar soy", "dairy"),
    ("label", "Leche Lala Entera. Ingredientes: leche entera de vaca, vitamina A, vitamina D.", "dairy", ""),
    ("label", "Sabritas Original. Ingredientes: papa, aceite vegetal y sal yodada.", "", "corn soy"),
    ("label", "Maseca Harina de Maíz Nixtamalizado. Ingredientes: maíz, cal, niacina, hierro, zinc, ácido fólico. Libre de gluten.", "corn", ""),
    ("label", "Jumex Néctar de Mango. EXCESO AZÚCARES. Ingredientes: agua, pulpa de mango, azúcar, ácido cítrico, ácido ascórbico.", "sugar", "corn"),
    ("label", "Coca-Cola Sin Azúcar. CONTIENE EDULCORANTES, NO RECOMENDABLE EN NIÑOS. Ingredientes: agua carbonatada, color caramelo clase IV, ácido fosfórico, benzoato de sodio, aspartame, acesulfame K, cafeína, saborizantes naturales.", "", "corn"),
    ("label", "Chocolate Abuelita para mesa. EXCESO AZÚCARES. EXCESO GRASAS SATURADAS. Ingredientes: azúcar, licor de cacao, aceite vegetal, lecitina de soya, sabor artificial (canela).", "sugar soy", "corn"),
    ("label", "Doña María Mole Original. Ingredientes: chiles secos, aceite vegetal, galleta (harina de trigo, azúcar, manteca vegetal, sal), azúcar, ajonjolí, cacahuate, sal, cacao, especias, ajo, cebolla. Contiene: trigo, cacahuate, ajonjolí.", "wheat sugar", "corn soy"),
    ("label", "Queso Oaxaca. Ingredientes: leche pasteurizada de vaca, cultivos lácticos, cuajo, cloruro de calcio, sal.", "dairy", ""),
    ("label", "Tostadas horneadas. Ingredientes: maíz nixtamalizado, sal, cal.", "corn", ""),
]

# ---------------------------------------------------------------------------
# Lucas, São Paulo: Portuguese, padaria, PF, Brazilian allergen statements
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "pão de queijo e café preto na padaria", "dairy", ""),  # why: tapioca starch dough, no wheat
    ("meal", "PF no almoço: arroz, feijão, bife acebolado, salada. sem farofa", "", ""),
    ("meal", "feijoada de sábado com farofa, couve e laranja", "", "dairy sugar corn"),  # why: farofa often toasted in butter; sausages
    ("meal", "tapioca com ovo e queijo coalho", "dairy", ""),
    ("meal", "tapioca de coco sem leite condensado 👍", "", ""),
    ("meal", "coxinha + guaraná antarctica na rodoviária kkk", "wheat sugar", "dairy corn soy"),
    ("meal", "pastel de feira de carne e caldo de cana", "wheat sugar", "soy corn"),  # why: caldo de cana = cane juice
    ("meal", "açaí na tigela com granola e banana, sem leite condensado", "", "sugar wheat"),
    ("meal", "pão na chapa com manteiga e café com leite", "wheat dairy", "sugar"),
    ("meal", "misto quente e suco de laranja natural", "wheat dairy", "sugar"),
    ("meal", "churrasco: picanha, linguiça, vinagrete, pão de alho", "wheat dairy", "sugar corn"),
    ("meal", "brigadeiro na festa de aniversário, uns 3 kkk", "dairy sugar", ""),
    ("meal", "esfiha de carne do Habib's x3", "wheat", "sugar dairy"),
    ("meal", "arroz, feijão, frango grelhado e salada de alface e tomate, vlw dieta", "", ""),
    ("meal", "miojo de galinha caipira com ovo", "wheat", "sugar corn soy"),
    ("meal", "cuscuz nordestino com ovo e manteiga", "corn dairy", ""),  # why: Brazilian cuscuz is maize flakes, not wheat couscous
    ("meal", "moqueca baiana com arroz, leite de coco e dendê", "", ""),
    ("meal", "bolo de fubá da vó com café", "corn sugar", "wheat dairy"),
    ("meal", "6 pães de queijo congelados Forno de Minas", "dairy", "soy"),
    ("meal", "mandioca cozida com carne seca e abóbora", "", ""),
    ("label", "Pão de Queijo Forno de Minas Tradicional. INGREDIENTES: polvilho azedo, queijo, ovo, água, óleo de soja, leite, sal. ALÉRGICOS: CONTÉM OVO, LEITE E DERIVADOS E SOJA. NÃO CONTÉM GLÚTEN. CONTÉM LACTOSE.", "dairy soy", ""),
    ("label", "Guaraná Antarctica. INGREDIENTES: água gaseificada, açúcar, extrato de semente de guaraná, aroma natural, acidulante ácido cítrico, conservador benzoato de sódio, corante caramelo IV. NÃO CONTÉM GLÚTEN.", "sugar", "corn"),
    ("label", "Nissin Miojo Lámen Sabor Galinha Caipira. INGREDIENTES: Massa: farinha de trigo enriquecida com ferro e ácido fólico, gordura vegetal de palma, sal, estabilizantes carbonato de potássio e fosfato de sódio. Tempero: sal, açúcar, realçador de sabor glutamato monossódico, amido, gordura de galinha, maltodextrina, cebola, alho, salsa, pimenta. ALÉRGICOS: CONTÉM TRIGO E SOJA. PODE CONTER OVO E LEITE. CONTÉM GLÚTEN.", "wheat sugar soy", "corn dairy"),
    ("label", "Leite Condensado Moça. INGREDIENTES: leite integral, açúcar e lactose. ALÉRGICOS: CONTÉM LEITE E DERIVADOS. CONTÉM LACTOSE.", "dairy sugar", ""),
    ("label", "Flocão de Milho para cuscuz. INGREDIENTES: milho flocado enriquecido com ferro e ácido fólico. NÃO CONTÉM GLÚTEN.", "corn", ""),
    ("label", "Requeijão Cremoso. INGREDIENTES: leite, creme de leite, sal, fermento lácteo, cloreto de cálcio. ALÉRGICOS: CONTÉM LEITE. CONTÉM LACTOSE.", "dairy", ""),
    ("label", "Nescau 2.0. INGREDIENTES: açúcar, cacau em pó, maltodextrina, extrato de malte, minerais, emulsificante lecitina de soja, vitaminas, aromatizante. ALÉRGICOS: CONTÉM SOJA. PODE CONTER LEITE E TRIGO. CONTÉM GLÚTEN.", "sugar soy", "corn wheat dairy"),
    ("label", "Farofa Pronta Tradicional. INGREDIENTES: farinha de mandioca, gordura vegetal, sal, cebola, alho, açúcar, realçador de sabor glutamato monossódico, corante urucum. NÃO CONTÉM GLÚTEN.", "sugar", "soy corn"),
    ("label", "Tapioca Granulada Pronta (goma). INGREDIENTES: fécula de mandioca hidratada. NÃO CONTÉM GLÚTEN.", "", ""),
    ("label", "Bisnaguinha. INGREDIENTES: farinha de trigo enriquecida com ferro e ácido fólico, açúcar, água, gordura vegetal, leite em pó, ovo, sal, fermento biológico, emulsificantes lecitina de soja e mono e diglicerídeos, conservador propionato de cálcio. ALÉRGICOS: CONTÉM TRIGO, LEITE, OVO E SOJA. CONTÉM GLÚTEN.", "wheat sugar dairy soy", ""),
]

# ---------------------------------------------------------------------------
# Camila, Medellín / Bogotá: Colombian Spanish, panaderías, Éxito/D1
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "arepa paisa con huevo y un tinto, parce", "corn", ""),
    ("meal", "bandeja paisa completa en el restaurante, sin chicharrón jaja", "corn", "sugar wheat"),
    ("meal", "ajiaco santafereño con crema, alcaparras y aguacate", "corn dairy", ""),  # why: ajiaco has a mazorca (corn cob)
    ("meal", "aguapanela con limón bien fría", "sugar", ""),
    ("meal", "changua de desayuno en Bogotá", "dairy", "wheat"),  # why: milk soup, often with calado bread
    ("meal", "empanadas de pipián x3 con ají", "corn", "soy"),
    ("meal", "pandebono y avena fría en la panadería", "dairy sugar", "corn wheat"),
    ("meal", "buñuelos en navidad, 2 no más", "dairy", "corn sugar"),
    ("meal", "sancocho de gallina con yuca, plátano, mazorca y arroz", "corn", ""),
    ("meal", "salpicón de frutas sin helado", "", "sugar"),
    ("meal", "frisby: pollo apanado y papas, y una postobón manzana", "wheat sugar", "corn soy dairy"),
    ("meal", "juan valdez: capuchino con leche de almendras", "", "sugar"),
    ("meal", "pescado frito con patacones y arroz con coco en Cartagena", "", "sugar corn soy"),
    ("meal", "arepa de choclo con quesito", "corn dairy", "sugar"),
    ("meal", "corrientazo: sopa de verduras, arroz, fríjoles, carne asada, ensalada", "", "corn"),
    ("meal", "kumis Alpina y un pan de bono", "dairy", "sugar corn"),
    ("meal", "huevos pericos con arepa y chocolate en agua (sin leche)", "corn", "sugar"),
    ("meal", "mango biche con sal y limón en la calle", "", ""),
    ("label", "Arepas de Maíz Blanco tipo paisa. Ingredientes: maíz blanco trillado, agua, sal. Sin gluten.", "corn", ""),
    ("label", "Panela Pulverizada. Ingredientes: jugo de caña de azúcar deshidratado.", "sugar", ""),
    ("label", "Kumis. Ingredientes: leche entera, azúcar, cultivos lácticos, estabilizante (pectina). Contiene leche.", "dairy sugar", ""),
    ("label", "Chocolate de mesa con clavos y canela. Ingredientes: azúcar, cacao, harina de maíz, clavos, canela.", "sugar corn", ""),
    ("label", "Harina P.A.N. Harina de Maíz Blanco Precocida. Ingredientes: maíz blanco desgerminado precocido, hierro, niacina, tiamina, riboflavina, ácido fólico. Libre de gluten.", "corn", ""),
    ("label", "Postobón Manzana. Ingredientes: agua carbonatada, azúcar, ácido cítrico, sabor artificial de manzana, benzoato de sodio, color caramelo.", "sugar", "corn"),
    ("label", "Queso campesino. Ingredientes: leche entera pasteurizada, sal, cuajo, cloruro de calcio.", "dairy", ""),
    ("label", "Chocolatina Jet. Ingredientes: azúcar, manteca de cacao, leche entera en polvo, licor de cacao, lactosuero en polvo, emulsificante (lecitina de soya), vainillina. Contiene: leche, soya. Puede contener: maní, trigo.", "sugar dairy soy", "wheat"),
]

# ---------------------------------------------------------------------------
# Carmen, Sevilla: Spanish, tapas, Mercadona/Hacendado, EU allergen bolding
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "tostada con tomate y aceite de oliva, café solo", "wheat", ""),
    ("meal", "mismo desayuno de tostada con tomate pero con pan sin gluten de Mercadona", "", "corn sugar soy"),
    ("meal", "salmorejo con huevo duro y jamón", "wheat", ""),  # why: salmorejo is thickened with bread
    ("meal", "gazpacho casero sin pan, mi madre lo hace así", "", ""),
    ("meal", "gazpacho de brick del súper", "", "wheat"),
    ("meal", "tortilla de patatas (huevos, patatas, cebolla, aceite de oliva) y ensalada", "", ""),
    ("meal", "churros con chocolate el domingo 🤤", "wheat sugar dairy", "corn soy"),
    ("meal", "croquetas de jamón x4 de tapa", "wheat dairy", ""),
    ("meal", "paella de marisco en la playa", "", ""),
    ("meal", "jamón ibérico de bellota, aceitunas y una caña", "", "wheat"),
    ("meal", "tinto de verano con casera", "", "sugar"),
    ("meal", "espinacas con garbanzos a la sevillana, con pan frito majado", "wheat", ""),
    ("meal", "yogur natural Hacendado con nueces", "dairy", ""),
    ("meal", "pescaíto frito en Cádiz", "wheat", ""),
    ("meal", "gambas al ajillo y pan para mojar", "wheat", ""),
    ("meal", "colacao con leche, vuelta a la infancia", "dairy sugar", "wheat"),
    ("meal", "arroz con leche de postre en casa de mi suegra", "dairy sugar", ""),
    ("meal", "dorada a la plancha con verduras asadas y patata", "", ""),
    ("label", "Hacendado Pan de molde sin gluten. Ingredientes: agua, almidón de maíz, harina de arroz, aceite de girasol, almidón de trigo sin gluten, fibra vegetal (psyllium), azúcar, levadura, espesante (E464), sal, conservador (E282). Sin gluten.", "wheat corn sugar", ""),  # why: gluten-free Codex wheat starch is still wheat
    ("label", "Gazpacho Original. Ingredientes: tomate (75%), pimiento, pepino, aceite de oliva virgen extra (3,5%), cebolla, vinagre de vino, sal, ajo. Sin gluten.", "", ""),
    ("label", "ColaCao Original. Ingredientes: azúcar, cacao desgrasado en polvo (18%), harina de trigo y cebada malteada hidrolizada, sales minerales (fosfato cálcico), aroma, sal. Puede contener trazas de leche.", "sugar wheat", "dairy"),
    ("label", "Hacendado Chorizo Extra Cular. Ingredientes: magro de cerdo, tocino de cerdo, pimentón, sal, ajo, lactosa, proteína de soja, dextrosa, estabilizantes (E451, E452), antioxidante (E301), conservadores (E250, E252). Sin gluten.", "dairy soy sugar", "corn"),
    ("label", "Yogur Natural. Ingredientes: leche entera pasteurizada, leche desnatada en polvo, fermentos lácticos.", "dairy", ""),
    ("label", "Chocolate a la taza. Ingredientes: azúcar, pasta de cacao, almidón de maíz, cacao desgrasado en polvo, emulgente (lecitina de soja), aroma. Puede contener trazas de leche y frutos de cáscara.", "sugar corn soy", "dairy"),
    ("label", "Pan Blanco sin corteza. Ingredientes: harina de trigo, agua, azúcar, aceite de girasol, levadura, gluten de trigo, harina de soja, sal, conservador (propionato cálcico), emulgentes (E471, E481), vinagre. Puede contener trazas de leche y sésamo.", "wheat sugar soy", "dairy"),
    ("label", "Bebida de arroz ecológica. Ingredientes: agua, arroz ecológico (15%), aceite de girasol ecológico, sal marina. Sin azúcares añadidos.", "", ""),
]

# ---------------------------------------------------------------------------
# Jonas, Berlin: German, Bäcker, Imbiss, Rewe/Edeka/Aldi labels
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "Frühstück: zwei Brötchen mit Butter und Marmelade, Kaffee schwarz", "wheat dairy sugar", ""),
    ("meal", "Mittag: Döner mit allem, scharf", "wheat dairy", "soy corn sugar"),  # why: 'mit allem' includes yogurt/herb sauce
    ("meal", "Dönerteller ohne Brot und ohne Soße, nur Fleisch, Salat, Reis", "", "dairy soy"),  # why: industrial döner meat often has milk/soy binders
    ("meal", "Currywurst Pommes rot-weiß am Imbiss", "sugar", "soy corn wheat dairy"),
    ("meal", "Pellkartoffeln mit Magerquark und Leinöl", "dairy", ""),
    ("meal", "Apfelschorle und eine Laugenbrezel vom Bäcker", "wheat", "sugar"),
    ("meal", "Käsespätzle im Biergarten und ein Radler", "wheat dairy sugar", ""),
    ("meal", "zwei Hefeweizen 🍺", "wheat", ""),  # why: wheat beer
    ("meal", "Abendbrot: Roggenbrot mit Leberwurst und Gewürzgurken", "", "wheat sugar dairy"),  # why: rye breads often blended with wheat; pickles sweetened
    ("meal", "Müsli (Alnatura ohne Zuckerzusatz) mit Hafermilch", "", "wheat"),
    ("meal", "Schnitzel Wiener Art mit Bratkartoffeln und Gurkensalat", "wheat", "dairy sugar"),
    ("meal", "Linsensuppe mit Würstchen, ohne Brot", "", "sugar corn"),
    ("meal", "Club-Mate um 2 Uhr nachts, Deadline", "sugar", ""),
    ("meal", "Spargel mit Kartoffeln und Sauce Hollandaise", "dairy", "wheat corn"),
    ("meal", "Gemüsepfanne mit Tofu und Sojasoße", "soy wheat", ""),
    ("meal", "ups, in der Soße war Sahne: Hähnchen mit Reis und Rahmsoße", "dairy", ""),
    ("meal", "Haribo Goldbären, eine kleine Tüte", "sugar", "corn"),
    ("meal", "Falafel-Teller beim Libanesen mit Hummus und Salat, kein Brot", "", "wheat corn soy"),
    ("meal", "Rührei mit Tomaten und Schnittlauch in Olivenöl, Pfefferminztee", "", ""),
    ("label", "Ritter Sport Alpenmilch. Zutaten: Zucker, Kakaobutter, Vollmilchpulver, Kakaomasse, Süßmolkenpulver, Butterreinfett, Emulgator Lecithine (Soja), natürliches Vanillearoma. Kann Haselnüsse enthalten.", "sugar dairy soy", ""),
    ("label", "Haribo Goldbären. Zutaten: Glukosesirup, Zucker, Gelatine, Dextrose, Säuerungsmittel: Citronensäure, Fruchtsaftkonzentrate (Apfel, Erdbeere, Himbeere, Orange, Zitrone, Ananas), Frucht- und Pflanzenkonzentrate (Färberdistel, Spirulina, Apfel, schwarze Johannisbeere, Orange, Zitrone), Überzugsmittel: Bienenwachs weiß und gelb, Carnaubawachs.", "sugar", "corn"),
    ("label", "Alnatura Bio Haferdrink. Zutaten: Wasser, Hafer* (10%), Sonnenblumenöl*, Meersalz. *aus biologischem Anbau. Kann Spuren von Gluten enthalten.", "", "wheat"),
    ("label", "Harry Vollkorn Toast. Zutaten: Vollkornweizenmehl (54%), Wasser, Weizenmehl, Hefe, Weizenkleie, Rapsöl, Zucker, Speisesalz, Sojamehl, Emulgator: Mono- und Diacetylweinsäureester von Mono- und Diglyceriden von Speisefettsäuren, Konservierungsstoff: Calciumpropionat. Kann Spuren von Sesam enthalten.", "wheat sugar soy", ""),
    ("label", "Frische Vollmilch 3,5 % Fett, länger haltbar. Zutaten: Milch.", "dairy", ""),
    ("label", "Mestemacher Roggen-Vollkornbrot. Zutaten: Roggenvollkornschrot (88%), Wasser, Speisesalz, Hefe. Kann Spuren von Weizen enthalten.", "", "wheat"),  # why: rye is not wheat
    ("label", "Curry Gewürz Ketchup. Glutenfrei. Zutaten: Tomatenmark (40%), Zucker, Branntweinessig, Glukosesirup, modifizierte Stärke, Speisesalz, Currypulver (1,5%), Gewürze.", "sugar", "corn"),
    ("label", "Spreewälder Gewürzgurken. Zutaten: Gurken, Branntweinessig, Zucker, Speisesalz, Senfsaat, Gewürze, Zwiebeln, Kräuter, Süßungsmittel: Saccharin.", "sugar", ""),
    ("label", "Rügenwalder Mühle Vegane Mühlen Salami. Zutaten: Wasser, Sojaprotein (17%), Rapsöl, Speisesalz, Gewürze, Verdickungsmittel: Methylcellulose, Zucker, Dextrose, Rauch, Farbstoff: Rote-Bete-Saft-Konzentrat.", "soy sugar", "corn"),
    ("label", "Nutella. Zutaten: Zucker, Palmöl, Haselnüsse (13%), Magermilchpulver (8,7%), fettarmer Kakao (7,4%), Emulgator Lecithine (Soja), Vanillin.", "sugar dairy soy", ""),
]

# ---------------------------------------------------------------------------
# Giulia, Milano/Bologna: Italian, bar colazione, Esselunga/Coop labels
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "colazione al bar: cappuccino e cornetto alla crema", "dairy wheat sugar", ""),
    ("meal", "come ieri ma cornetto vuoto e caffè macchiato", "wheat dairy sugar", ""),
    ("meal", "pranzo: spaghetti al pomodoro e basilico, niente parmigiano", "wheat", ""),
    ("meal", "risotto alla milanese con ossobuco", "dairy", "wheat"),  # why: ossobuco is usually floured
    ("meal", "pizza margherita da asporto, intera 🍕", "wheat dairy", "sugar"),
    ("meal", "polenta con funghi e salsiccia, della nonna", "corn", "dairy sugar"),
    ("meal", "spritz all'aperitivo con patatine e olive", "sugar", "corn"),
    ("meal", "insalata di riso fatta da me: riso, tonno, olive, pomodorini, olio", "", ""),
    ("meal", "piadina crudo, squacquerone e rucola", "wheat dairy", ""),
    ("meal", "gelato pistacchio e fragola, coppetta piccola", "dairy sugar", "corn"),
    ("meal", "branzino al forno con patate e rosmarino, olio evo", "", ""),
    ("meal", "tiramisù della mamma, solo un cucchiaio giuro", "dairy wheat sugar", ""),
    ("meal", "pasta di lenticchie rosse con zucchine, senza glutine", "", ""),
    ("meal", "focaccia genovese dal forno sotto casa", "wheat", ""),
    ("meal", "bresaola, rucola e scaglie di grana", "dairy", "sugar"),
    ("meal", "minestrone col dado, senza pasta", "", "corn sugar dairy wheat"),  # why: stock cubes (starch, lactose, sugar)
    ("meal", "arancino al ragù al bar della stazione", "wheat", "dairy"),
    ("meal", "caffè e acqua frizzante, digiuno fino a pranzo", "", ""),
    ("meal", "pasta e fagioli (pasta di grano duro) con un filo d'olio", "wheat", ""),
    ("label", "Mulino Bianco Macine. Ingredienti: farina di frumento, zucchero, burro (8%), panna (6%), uova fresche, sciroppo di glucosio, agenti lievitanti, sale, aromi. Può contenere soia e frutta a guscio.", "wheat sugar dairy", "soy corn"),
    ("label", "Barilla Spaghetti n.5. Ingredienti: semola di grano duro, acqua. Può contenere soia e senape.", "wheat", "soy"),
    ("label", "Barilla Spaghetti Senza Glutine. Ingredienti: farina di mais bianco, farina di mais giallo, farina di riso integrale, farina di riso, mono e digliceridi degli acidi grassi.", "corn", ""),
    ("label", "Galbani Mozzarella Santa Lucia. Ingredienti: latte, sale, caglio, correttore di acidità: acido citrico.", "dairy", "corn"),
    ("label", "Polenta istantanea. Ingredienti: farina di mais precotta. Senza glutine.", "corn", ""),
    ("label", "Parmigiano Reggiano DOP. Ingredienti: latte, sale, caglio. Naturalmente privo di lattosio.", "dairy", ""),  # why: lactose-free cheese is still dairy
    ("label", "Aperol. Ingredienti: acqua, alcool, zucchero, infuso di erbe e radici, aromi, coloranti E110, E124.", "sugar", ""),
    ("label", "Kinder Bueno. Ingredienti: cioccolato al latte 31,5% (zucchero, burro di cacao, pasta di cacao, latte scremato in polvere, burro anidro, emulsionante: lecitine (soia), vanillina), zucchero, olio di palma, farina di frumento, nocciole, latte scremato in polvere, latte intero in polvere, cacao magro, agenti lievitanti, emulsionante: lecitine (soia), sale, vanillina.", "sugar dairy soy wheat", ""),
    ("label", "Star Il Mio Brodo Classico (dado). Ingredienti: sale, esaltatori di sapidità (glutammato monosodico, inosinato disodico), grasso vegetale di palma, amido di mais, lattosio, estratto di lievito, verdure disidratate (carota, cipolla, sedano), aromi. Può contenere glutine, uova, soia.", "corn dairy", "wheat soy"),
    ("label", "Latte parzialmente scremato senza lattosio. Ingredienti: latte parzialmente scremato, enzima lattasi.", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Marta, Kraków: Polish, bar mleczny, Biedronka/Żabka labels
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "śniadanie: jajecznica na maśle ze szczypiorkiem, herbata", "dairy", ""),
    ("meal", "pierogi ruskie w barze mlecznym, ze skwarkami", "wheat dairy", ""),  # why: ruskie filling is twaróg + potato
    ("meal", "żurek na zakwasie z jajkiem i białą kiełbasą", "", "wheat dairy"),  # why: rye sour base, often with wheat flour/cream
    ("meal", "barszcz czerwony z uszkami na Wigilię", "wheat", "sugar"),
    ("meal", "kotlet schabowy, ziemniaki z koperkiem i mizeria", "wheat", "dairy sugar"),
    ("meal", "bigos u babci, bez chleba", "", "sugar"),
    ("meal", "kefir i banan po siłowni", "dairy", ""),
    ("meal", "ogórki kiszone i kanapka z chleba żytniego z szynką", "", "wheat sugar"),
    ("meal", "zapiekanka z Żabki z pieczarkami i serem, z ketchupem", "wheat dairy sugar", "corn"),
    ("meal", "obwarzanek krakowski z budki", "wheat", "sugar"),
    ("meal", "pączek w tłusty czwartek, tylko jeden!!", "wheat sugar dairy", "soy corn"),
    ("meal", "gołąbki w sosie pomidorowym", "", "sugar wheat dairy"),
    ("meal", "placki ziemniaczane z cukrem 🙈", "sugar", "wheat"),
    ("meal", "sernik od teściowej", "dairy sugar", "wheat"),
    ("meal", "kompot z truskawek, babcia dała cukier", "sugar", ""),
    ("meal", "pstrąg z grilla, kasza gryczana, surówka z kapusty", "", "sugar"),  # why: buckwheat is not wheat
    ("meal", "rosół z makaronem w niedzielę", "wheat", ""),
    ("meal", "sałatka: pomidory, ogórek, rzodkiewka, oliwa, sól", "", ""),
    ("label", "Prince Polo Classic. Składniki: cukier, tłuszcz roślinny palmowy, mąka pszenna, miazga kakaowa, serwatka w proszku (z mleka), kakao w proszku o obniżonej zawartości tłuszczu, laktoza (z mleka), emulgator: lecytyny (z soi), sól, substancja spulchniająca: węglany sodu, aromat. Może zawierać orzeszki ziemne.", "sugar wheat dairy soy", ""),
    ("label", "Twaróg półtłusty. Składniki: mleko pasteryzowane, kultury bakterii fermentacji mlekowej.", "dairy", ""),
    ("label", "Kasza gryczana palona. Składniki: gryka. Może zawierać gluten.", "", "wheat"),
    ("label", "Tymbark Jabłko-Mięta. Składniki: woda, sok jabłkowy z zagęszczonego soku (20%), cukier, regulator kwasowości: kwas cytrynowy, aromat naturalny mięty, przeciwutleniacz: kwas askorbinowy.", "sugar", "corn"),
    ("label", "Kiełbasa krakowska sucha. Składniki: mięso wieprzowe (130 g na 100 g produktu), sól, glukoza, przyprawy, białko sojowe, stabilizator: trifosforany, przeciwutleniacz: askorbinian sodu, substancja konserwująca: azotyn sodu.", "sugar soy", "corn"),
    ("label", "Chleb żytni razowy na zakwasie. Składniki: mąka żytnia razowa, woda, zakwas żytni, sól. Może zawierać pszenicę, sezam.", "", "wheat"),
    ("label", "Jogurt naturalny. Składniki: mleko, białka mleka, żywe kultury bakterii jogurtowych.", "dairy", ""),
    ("label", "Wedel Ptasie Mleczko waniliowe. Składniki: cukier, syrop glukozowy, tłuszcz roślinny (palmowy, kokosowy), miazga kakaowa, mleko w proszku pełne, tłuszcz kakaowy, substancja żelująca: agar, białko jaja w proszku, emulgator: lecytyny (z soi), serwatka w proszku (z mleka), aromat, regulator kwasowości: kwas cytrynowy.", "sugar dairy soy", "corn"),
]

# ---------------------------------------------------------------------------
# Ingrid, Stockholm: Swedish, fika, ICA/Coop labels
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "frukost: havregrynsgröt med lingonsylt och mjölk", "dairy sugar", "wheat"),
    ("meal", "fika: kanelbulle och kaffe med havremjölk", "wheat sugar dairy", ""),  # why: kanelbulle dough has butter and milk
    ("meal", "köttbullar med potatismos, gräddsås och lingon", "wheat dairy", "sugar"),
    ("meal", "knäckebröd (Wasa Husman) med smör och ost", "dairy", ""),  # why: Husman is pure rye
    ("meal", "lax i ugnen med kokt potatis och dillsås på crème fraiche", "dairy", ""),
    ("meal", "pytt i panna med rödbetor och stekt ägg", "", "sugar dairy"),
    ("meal", "smörgås med Kalles kaviar och ägg", "wheat sugar", ""),
    ("meal", "Max burgare Grand Deluxe och pommes", "wheat", "dairy sugar soy corn"),
    ("meal", "sill och färskpotatis på midsommar, plus en nubbe", "sugar", "dairy"),  # why: pickled herring is sweet-cured
    ("meal", "semla på fettisdagen, kunde inte låta bli", "wheat dairy sugar", ""),
    ("meal", "ugnsbakad kyckling, ris och sallad med olivolja", "", ""),
    ("meal", "filmjölk med müsli", "dairy", "wheat sugar"),
    ("meal", "falukorv med makaroner och ketchup, barnens middag", "wheat sugar", "corn dairy"),
    ("meal", "räksmörgås på café", "wheat", "dairy soy sugar"),
    ("meal", "kokt ägg, gurka och en Loka citron", "", ""),  # why: Loka is unsweetened mineral water
    ("meal", "Marabou mjölkchoklad, en halv kaka", "sugar dairy", "soy"),
    ("label", "Wasa Husman Knäckebröd. Ingredienser: fullkornsrågmjöl, salt. Kan innehålla spår av sesam.", "", ""),
    ("label", "Pågen Lingongrova. Ingredienser: vetemjöl, vatten, rågmjöl, sirap, lingon (3%), vetegluten, jäst, rapsolja, havregryn, salt, kornmaltmjöl, ättika, emulgeringsmedel (E471, E472e).", "wheat sugar", ""),
    ("label", "Kalles Kaviar Original. Ingredienser: rapsolja, socker, torskrom (min 34%), salt, potatisflingor, tomatpuré, konserveringsmedel (natriumbensoat, kaliumsorbat), antioxidationsmedel (askorbylpalmitat).", "sugar", ""),
    ("label", "Arla Filmjölk 3%. Ingredienser: pastöriserad mjölk, mjölksyrakultur.", "dairy", ""),
    ("label", "Marabou Mjölkchoklad. Ingredienser: socker, kakaosmör, skummjölkspulver, kakaomassa, vassleprodukt (mjölk), mjölkfett, emulgeringsmedel (sojalecitin, E476), arom. Kan innehålla hasselnöt.", "sugar dairy soy", ""),
    ("label", "ICA Lingonsylt. Ingredienser: lingon (50%), socker, vatten, förtjockningsmedel (pektin), konserveringsmedel (kaliumsorbat), surhetsreglerande medel (citronsyra).", "sugar", "corn"),
    ("label", "Oatly iKaffe Havredryck. Ingredienser: havrebas (vatten, havre 10%), rapsolja, surhetsreglerande medel (dikaliumfosfat), kalciumkarbonat, jodsalt. Innehåller gluten (havre).", "", "wheat"),
    ("label", "Falukorv. Ingredienser: fläskkött, nötkött, vatten, potatisstärkelse, salt, lök, druvsocker, kryddor, stabiliseringsmedel (difosfater), antioxidationsmedel (natriumaskorbat), konserveringsmedel (natriumnitrit).", "sugar", "corn"),  # why: druvsocker = dextrose
]

# ---------------------------------------------------------------------------
# Leila, Beirut: English/Arabic/Arabizi mix, furn, Spinneys labels
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "man'oushe za'atar from the furn with mint and tomato", "wheat", ""),
    ("meal", "man'oushe jebneh this time, oops", "wheat dairy", ""),
    ("meal", "tabbouleh and hummus for lunch, no bread", "wheat", ""),  # why: tabbouleh has bulgur
    ("meal", "tabbouleh mama's way with quinoa instead of burghul, and hummus", "", ""),
    ("meal", "fattoush at Zaatar w Zeit", "wheat", "sugar"),  # why: fried pita; pomegranate molasses dressing
    ("meal", "foul medammas w olive oil, lemon, cumin, ma3 khebez", "wheat", ""),
    ("meal", "fatteh hummus bi laban (yogurt, toasted bread, chickpeas)", "dairy wheat", ""),
    ("meal", "shawarma djej sandwich from Barbar with toum and pickles", "wheat", "dairy sugar"),
    ("meal", "kibbeh nayyeh with olive oil and mint", "wheat", ""),  # why: kibbeh is made with bulgur
    ("meal", "mujaddara with salad and laban", "dairy", ""),
    ("meal", "mujaddara w salata, bala laban", "", ""),
    ("meal", "knefeh bi jebn for breakfast in Tripoli 🙈", "dairy wheat sugar", ""),
    ("meal", "jallab with pine nuts and raisins", "sugar", ""),
    ("meal", "samke harra with rice and tahini sauce", "", ""),
    ("meal", "ka'ak with za'atar from the street cart", "wheat", "sugar"),
    ("meal", "mloukhieh with chicken and rice bi sh'ayriyeh", "wheat", "dairy"),  # why: vermicelli in the rice is wheat
    ("meal", "ma'amoul with dates for Eid, 3 pieces", "wheat dairy", "sugar"),
    ("meal", "ahwe bala sukkar w tamar (arabic coffee no sugar, dates)", "", ""),
    ("label", "Tahini. المكونات: سمسم مقشور ١٠٠٪. Ingredients: 100% hulled sesame seeds.", "", ""),
    ("label", "خبز عربي Lebanese Pita Bread. المكونات: طحين القمح، ماء، خميرة، ملح، سكر. Ingredients: wheat flour, water, yeast, salt, sugar. Contains: wheat.", "wheat sugar", ""),
    ("label", "لبنة Labneh. المكونات: حليب بقر مبستر، ملح، خمائر لبنية. Ingredients: pasteurized cow's milk, salt, lactic cultures.", "dairy", ""),
    ("label", "دبس رمان Pomegranate Molasses. Ingredients: concentrated pomegranate juice, sugar, citric acid.", "sugar", "corn"),
    ("label", "برغل ناعم Fine Burghul. المكونات: قمح قاسي. Ingredients: durum wheat.", "wheat", ""),
    ("label", "شراب الجلاب Jallab Syrup. المكونات: سكر، دبس عنب، دبس تمر، ماء ورد، لون كراميل. Ingredients: sugar, grape molasses, date molasses, rose water, caramel colour.", "sugar", "corn"),
    ("label", "معمول بالتمر Date Maamoul. Ingredients: semolina, wheat flour, butter ghee, date paste (dates, sugar), sugar, mahlab, orange blossom water, yeast. Contains: wheat, milk.", "wheat dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Emre, Istanbul: Turkish, kahvaltı, esnaf lokantası, Migros/BİM labels
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "kahvaltı: beyaz peynir, zeytin, domates, salatalık, haşlanmış yumurta, çay şekersiz", "dairy", ""),
    ("meal", "simit ve çay (2 şeker)", "wheat sugar", ""),
    ("meal", "menemen zeytinyağlı, ekmeksiz", "", ""),
    ("meal", "mercimek çorbası lokantada, yanında limon", "", "dairy wheat"),
    ("meal", "lahmacun 2 tane, ayranla", "wheat dairy", ""),
    ("meal", "kuru fasulye pilav, esnaf lokantası", "", "dairy wheat"),  # why: pilav usually butter, often with şehriye
    ("meal", "mantı yoğurtlu, tereyağlı sos", "wheat dairy", ""),
    ("meal", "tavuk döner dürüm, acılı", "wheat", "dairy"),
    ("meal", "Karaköy Güllüoğlu baklava, 3 dilim", "wheat dairy sugar", ""),
    ("meal", "balık ekmek Eminönü'nde", "wheat", ""),
    ("meal", "ızgara köfte ve piyaz, ekmek yok", "", "wheat"),  # why: köfte often has breadcrumbs
    ("meal", "lokum, gül aromalı, 2 parça", "sugar", "corn"),
    ("meal", "karnıyarık ve cacık", "dairy", ""),
    ("meal", "türk kahvesi orta şekerli ve bir bardak su", "sugar", ""),
    ("meal", "sucuklu yumurta", "", "sugar corn"),
    ("meal", "ayran yerine kefir içtim", "dairy", ""),
    ("meal", "zeytinyağlı enginar ve bulgur pilavı", "wheat", "sugar"),
    ("meal", "kumpir ekstra kaşar ve tereyağı ile", "dairy", ""),
    ("label", "Ülker Çikolatalı Gofret. İçindekiler: şeker, buğday unu, bitkisel yağ (palm), kakao yağı, süt tozu, kakao kitlesi, peynir altı suyu tozu, emülgatör (soya lesitini), tuz, kabartıcı (sodyum bikarbonat), aroma verici (vanilin). Alerjen: buğday (gluten), süt, soya. Fındık içerebilir.", "sugar wheat dairy soy", ""),
    ("label", "Pınar Ayran. İçindekiler: yoğurt (pastörize inek sütü, yoğurt kültürü), içme suyu, tuz.", "dairy", ""),
    ("label", "Lokum Gül Aromalı. İçindekiler: şeker, su, mısır nişastası, sitrik asit, gül aroması, renklendirici (karmin).", "sugar corn", ""),
    ("label", "Domates Salçası. İçindekiler: domates, tuz.", "", ""),
    ("label", "Eti Burçak Bisküvi. İçindekiler: tam buğday unu (%32), buğday unu, şeker, bitkisel yağ (palm), glukoz şurubu, kabartıcılar, tuz, emülgatör (soya lesitini), aroma verici. Süt ve susam içerebilir.", "wheat sugar soy", "corn dairy"),
    ("label", "Üzüm Pekmezi. İçindekiler: %100 üzüm. Şeker ilavesiz.", "", "sugar"),  # why: grape molasses is a fruit-based sweetener
    ("label", "Dana Sucuk. İçindekiler: dana eti, dana yağı, tuz, sarımsak, baharatlar, dekstroz, antioksidan (sodyum askorbat), koruyucu (sodyum nitrit), doğal kılıf.", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Ananya, Bangalore: Indian English, darshini, Swiggy, FSSAI labels
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "darshini: 2 idli 1 vada sambar chutney, filter coffee", "dairy", "sugar soy"),
    ("meal", "chow chow bath at the darshini", "wheat sugar dairy", ""),  # why: khara bath + kesari bath, both rava; kesari has ghee and sugar
    ("meal", "ragi mudde with soppu saaru, ajji style", "", ""),
    ("meal", "meghana's chicken biryani, half plate 😋", "", "dairy"),
    ("meal", "gobi manchurian dry from the chinese cart", "corn wheat soy", "sugar"),
    ("meal", "curd rice with lime pickle", "dairy", ""),
    ("meal", "pongal with ghee and coconut chutney", "dairy", ""),
    ("meal", "swiggy: paneer butter masala + 2 butter naan", "dairy wheat", "sugar"),
    ("meal", "pani puri x6 at the chaat stall", "wheat", "sugar"),
    ("meal", "filter coffee without sugar, with almond milk", "", "sugar"),
    ("meal", "ragi dosa at home, no ghee, tomato chutney", "", "wheat"),  # why: ragi dosa batter often has rava
    ("meal", "mysore pak from sri krishna sweets, 1 piece for diwali", "dairy sugar", ""),
    ("meal", "bisi bele bath from the MTR restaurant", "", "dairy sugar"),
    ("meal", "vada pav and cutting chai near office", "wheat dairy", "sugar soy"),
    ("meal", "sprouts salad with lemon, and a glass of majjige", "dairy", ""),
    ("meal", "veg hakka noodles from swiggy", "wheat soy", "sugar corn"),
    ("meal", "tender coconut + a guava with chilli salt", "", ""),
    ("meal", "jalebi and rabri at a wedding", "wheat sugar dairy", ""),
    ("label", "Britannia Good Day Cashew Cookies. Ingredients: Refined Wheat Flour (Maida), Sugar, Refined Palm Oil, Cashew Nuts (4%), Invert Sugar Syrup, Butter (1.1%), Milk Solids, Raising Agents [503(ii), 500(ii)], Iodised Salt, Emulsifiers [322(i), 471], Artificial Flavours (Milk, Butter). Contains Wheat, Milk, Cashew. May contain Soy.", "wheat sugar dairy", "soy"),
    ("label", "Nandini Toned Milk. Ingredients: Toned Milk (Fat 3.0%, SNF 8.5%).", "dairy", ""),
    ("label", "Amul Butter Pasteurised. Ingredients: Butter, Common Salt, Permitted Natural Colour (Annatto).", "dairy", ""),
    ("label", "MTR Ready to Eat Bisibele Bath. Ingredients: Water, Rice (19%), Tur Dal, Vegetables (Carrot, Beans, Peas), Ghee, Tamarind, Refined Sunflower Oil, Spices & Condiments, Jaggery, Iodised Salt, Cashew, Curry Leaves. Contains Milk, Cashew.", "dairy sugar", ""),
    ("label", "Haldiram's Soan Papdi. Ingredients: Sugar, Gram Flour (Besan), Refined Wheat Flour (Maida), Vanaspati (Hydrogenated Vegetable Oil), Ghee, Milk Solids, Cardamom, Pistachio. Contains Wheat, Milk, Nuts.", "sugar wheat dairy", "soy corn"),
    ("label", "24 Mantra Organic Ragi Flour. Ingredients: Organic Finger Millet (Ragi).", "", ""),
    ("label", "Ching's Secret Dark Soy Sauce. Ingredients: Water, Salt, Hydrolysed Vegetable Protein (Soy), Sugar, Caramel Colour (150c), Acidity Regulator (260), Preservative (211). Contains Soy.", "soy sugar", "corn"),  # why: non-brewed soy sauce, no wheat listed
    ("label", "Aashirvaad Select Sharbati Atta. Ingredients: 100% Whole Wheat.", "wheat", ""),
]

# ---------------------------------------------------------------------------
# Fatou, Dakar: French with Wolof words, bouillon cubes, Auchan Sénégal labels
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "thiéboudienne chez tata: riz brisé, poisson, légumes", "", "corn sugar"),  # why: cooked with bouillon cubes
    ("meal", "yassa poulet avec riz blanc, moutarde et oignons", "", "corn sugar"),
    ("meal", "mafé boeuf (sauce arachide) avec riz", "", "corn sugar"),
    ("meal", "café Touba bien sucré au coin de la rue", "sugar", ""),
    ("meal", "bissap sans sucre fait maison, avec menthe", "", ""),
    ("meal", "thiakry au lait caillé et sucre pour le dessert", "dairy sugar", ""),
    ("meal", "pain tapalapa avec omelette au kiosque", "wheat", ""),
    ("meal", "fataya au poisson x3 lol", "wheat", "corn soy"),
    ("meal", "dibi d'agneau avec oignons et moutarde, sans pain", "", ""),
    ("meal", "accara avec sauce piquante", "", "corn soy"),
    ("meal", "lakh (bouillie de mil) avec lait caillé", "dairy", "sugar"),
    ("meal", "jus de bouye avec un peu de lait concentré", "dairy sugar", ""),
    ("meal", "poulet braisé et attiéké à la plage", "", ""),
    ("meal", "ndambé dans du pain le matin", "wheat", "corn sugar"),
    ("label", "Jumbo Cube Saveur Poulet. Ingrédients : sel, exhausteur de goût (glutamate monosodique), graisse de palme, amidon de maïs, sucre, arômes, oignon, ail, colorant (caramel E150c). Peut contenir : blé, lait, soja.", "corn sugar", "wheat dairy soy"),
    ("label", "Lait caillé sucré. Ingrédients : lait reconstitué, sucre, ferments lactiques.", "dairy sugar", ""),
    ("label", "Fleurs d'hibiscus séchées (bissap). Ingrédients : 100 % fleurs d'hibiscus (Hibiscus sabdariffa).", "", ""),
    ("label", "Nescafé Classic. Ingrédients : 100 % café soluble.", "", ""),
    ("label", "Lait concentré sucré. Ingrédients : lait entier, sucre. Contient : lait.", "dairy sugar", ""),
    ("label", "Pâte d'arachide. Ingrédients : arachides grillées, sel.", "", ""),  # why: peanut butter is not dairy
]

# ---------------------------------------------------------------------------
# Yuki, Tokyo: Japanese / romaji mix, konbini, chains, Japanese labels
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "朝ごはん: 納豆ごはん、味噌汁、焼き鮭", "soy", "wheat sugar"),  # why: natto sachet sauce is soy sauce + sugar
    ("meal", "konbini onigiri x2 (sake, umeboshi) + green tea", "", "sugar"),
    ("meal", "ツナマヨおにぎり", "", "soy sugar"),
    ("meal", "吉野家 牛丼 並盛", "soy wheat sugar", ""),  # why: simmered in soy sauce, sugar, mirin
    ("meal", "CoCo壱 ロースカツカレー 3辛", "wheat", "dairy sugar soy corn"),
    ("meal", "ざるそば (十割そば) with tsuyu at the soba shop", "soy wheat", "sugar"),  # why: 100% buckwheat noodles, but tsuyu is soy sauce
    ("meal", "十割そば、塩とわさびだけで", "", ""),  # why: pure buckwheat, no tsuyu
    ("meal", "スタバ 抹茶ティーラテ ソイミルクで", "soy", "sugar"),
    ("meal", "焼き鳥 塩で、タレなし、ビール1杯", "", "wheat corn"),  # why: Japanese beers use malt, some add corn/starch
    ("meal", "ramen at Ichiran, tonkotsu, kaedama once", "wheat", "soy sugar"),
    ("meal", "Pocky strawberry on the train lol", "wheat sugar dairy", "soy corn"),
    ("meal", "sashimi, rice, and salad w ponzu", "soy", "wheat sugar"),
    ("meal", "お母さんの卵焼き (甘いやつ)", "sugar", "soy"),
    ("meal", "カルピス 1本", "dairy sugar", ""),
    ("meal", "温泉卵とサラダチキン (セブン)", "", "sugar soy wheat"),
    ("label", "手巻おにぎり 紅しゃけ. 原材料名: ご飯(国産米)、紅しゃけ、のり、食塩、植物油脂 / 調味料(アミノ酸等)", "", "corn soy"),  # why: 植物油脂 = unspecified vegetable oil
    ("label", "特選 丸大豆しょうゆ. 原材料名: 大豆(遺伝子組換えでない)、小麦、食塩 / アルコール. (一部に小麦・大豆を含む)", "soy wheat", ""),
    ("label", "金のつぶ 納豆 たれ・からし付. 原材料名: 丸大豆(遺伝子組換えでない)、納豆菌 / たれ: 果糖ぶどう糖液糖、しょうゆ、砂糖、食塩、かつおぶしエキス、醸造酢. (一部に小麦・大豆を含む)", "soy wheat sugar", "corn"),  # why: 果糖ぶどう糖液糖 is HFCS, source not stated
    ("label", "ポッキー チョコレート. 原材料名: 小麦粉、砂糖、カカオマス、植物油脂、全粉乳、ショートニング、モルトエキス、でん粉、食塩、イースト、ココアバター / 乳化剤、香料、膨脹剤、アナトー色素、調味料(無機塩). (一部に小麦・乳成分・大豆を含む)", "wheat sugar dairy soy", "corn"),
    ("label", "カルピスウォーター. 原材料名: 砂糖類(果糖ぶどう糖液糖、砂糖)、脱脂粉乳、乳酸菌飲料 / 酸味料、香料、安定剤(大豆多糖類). (一部に乳成分・大豆を含む)", "sugar dairy soy", "corn"),
    ("label", "バーモントカレー 中辛. 原材料名: 食用油脂(牛脂豚脂混合油、パーム油)、小麦粉、砂糖、食塩、でんぷん、カレーパウダー、りんごパウダー、はちみつ、脱脂粉乳、ローストガーリック / 調味料(アミノ酸等)、カラメル色素、乳化剤. (一部に小麦・乳成分・大豆・りんご・ゼラチンを含む)", "wheat sugar dairy soy", "corn"),
    ("label", "お〜いお茶 緑茶. 原材料名: 緑茶(国産) / ビタミンC", "", ""),
]

# ---------------------------------------------------------------------------
# Ji-woo, Seoul: Korean / English mix, ㅋㅋ, GS25/CU, Korean labels
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "김치찌개 with rice, homemade", "", "sugar soy"),
    ("meal", "비빔밥 at the food court, with gochujang", "soy", "wheat corn sugar"),  # why: commercial gochujang = corn syrup, wheat, soybean
    ("meal", "samgyeopsal + ssamjang + lettuce wraps, soju 2 bottles 😵", "soy", "wheat sugar corn"),
    ("meal", "떡볶이 from the pojangmacha", "sugar", "wheat soy corn"),  # why: street tteok is often wheat; sauce has corn syrup
    ("meal", "GS25 삼각김밥 참치마요", "", "soy sugar"),
    ("meal", "shin ramyun with egg and green onion, late night", "wheat", "soy sugar corn"),
    ("meal", "짜장면 배달 ㅋㅋ", "wheat soy sugar", "corn"),  # why: chunjang is soybean + wheat; sauce is sweetened
    ("meal", "치맥: yangnyeom chicken + cass", "wheat sugar", "corn soy"),
    ("meal", "patbingsu with condensed milk", "dairy sugar", ""),
    ("meal", "hotteok from the street, brown sugar filling", "wheat sugar", "dairy"),
    ("meal", "빙그레 바나나맛우유 1개", "dairy sugar", ""),
    ("meal", "순두부찌개, no egg", "soy", ""),
    ("meal", "japchae at chuseok, grandma's", "soy wheat sugar", ""),  # why: glass noodles are sweet potato starch, seasoning is soy sauce + sugar
    ("meal", "grilled mackerel, rice, spinach namul with sesame oil, no soy sauce", "", ""),
    ("meal", "makgeolli and pajeon on a rainy day", "wheat", "sugar soy"),
    ("meal", "Bacchus 1 bottle before exam", "sugar", "corn"),
    ("label", "신라면. 원재료명: 면: 소맥분(밀:미국산, 호주산), 감자전분, 팜유, 정제염, 난각칼슘. 스프: 정제염, 정백당, 간장분말, 쇠고기분말, 고춧가루, 마늘, 후추. 밀, 대두, 쇠고기, 우유 함유", "wheat sugar soy dairy", ""),
    ("label", "태양초 고추장. 원재료명: 물엿(옥수수), 고춧가루, 소맥분(밀), 정제소금, 메주분(대두), 밀쌀, 주정, 종국. 밀, 대두 함유", "corn sugar wheat soy", ""),  # why: 물엿 = corn syrup
    ("label", "바나나맛우유. 원재료명: 원유 85%, 정제수, 설탕, 바나나농축과즙, 카로틴, 합성향료. 우유 함유", "dairy sugar", ""),
    ("label", "국산콩 두부 부침용. 원재료명: 대두(국산) 100%, 정제수, 응고제(염화마그네슘). 대두 함유", "soy", ""),
    ("label", "포기김치. 원재료명: 배추 80%, 무, 고춧가루, 마늘, 양파, 멸치액젓, 생강, 새우젓, 찹쌀풀, 설탕, 정제소금", "sugar", ""),
    ("label", "맥심 모카골드 커피믹스. 원재료명: 설탕, 식물성크림(물엿, 야자경화유, 카제인나트륨(우유), 제이인산칼륨), 커피, 합성향료. 우유 함유", "sugar dairy", "corn"),  # why: creamer contains sodium caseinate
]

# ---------------------------------------------------------------------------
# Minh, Hồ Chí Minh City: Vietnamese (sometimes no diacritics), street food
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "phở bò tái ở quán đầu hẻm, thêm giá và rau", "", "sugar"),
    ("meal", "banh mi thit nuong o xe day", "wheat", "sugar soy dairy"),
    ("meal", "cà phê sữa đá, như mọi sáng", "dairy sugar", ""),  # why: made with sweetened condensed milk
    ("meal", "ca phe den da khong duong", "", ""),
    ("meal", "cơm tấm sườn bì chả, nước mắm", "sugar", "soy"),
    ("meal", "gỏi cuốn tôm thịt with peanut hoisin sauce", "soy sugar", "wheat corn"),
    ("meal", "gỏi cuốn again but dipped in nước mắm chua ngọt instead", "sugar", ""),
    ("meal", "bún chả Hà Nội", "sugar", ""),
    ("meal", "bánh xèo miền Tây with lots of rau", "", "sugar"),
    ("meal", "Hảo Hảo tôm chua cay, 2 gói, đói quá", "wheat", "sugar soy corn"),
    ("meal", "canh chua cá lóc và cơm trắng", "", "sugar"),
    ("meal", "trà sữa trân châu Phúc Long", "sugar", "dairy corn"),  # why: often non-dairy creamer (caseinate)
    ("meal", "chè ba màu", "sugar", ""),
    ("meal", "xoài với muối ớt", "", ""),
    ("meal", "ốc xào bơ tỏi", "", "dairy"),  # why: 'bơ' here is butter or margarine
    ("meal", "sinh tố bơ (avocado) với sữa đặc", "dairy sugar", ""),  # why: 'bơ' here is avocado; condensed milk
    ("label", "Sữa tươi tiệt trùng không đường. Thành phần: 100% sữa bò tươi.", "dairy", ""),
    ("label", "Sữa đặc có đường. Thành phần: đường, sữa bột, dầu thực vật, whey bột, lactose, chất nhũ hóa (lecithin), vitamin.", "sugar dairy", "corn soy"),
    ("label", "Mì Hảo Hảo Tôm Chua Cay. Thành phần: Vắt mì: bột mì, dầu thực vật (dầu cọ), tinh bột, muối, đường. Gói súp: muối, đường, chất điều vị (621), bột tôm, nước tương (đậu nành, lúa mì), ớt, tỏi, hành.", "wheat sugar soy", "corn"),
    ("label", "Nước mắm. Thành phần: nước, muối, cá cơm, đường, chất điều vị (621), chất bảo quản (211), màu caramel (150a).", "sugar", "corn"),
    ("label", "Tương ớt. Thành phần: nước, ớt, đường, tỏi, muối, tinh bột biến tính (1422), chất điều vị (621), chất điều chỉnh độ acid (330, 260), chất bảo quản (211).", "sugar", "corn wheat"),
    ("label", "Bánh tráng. Thành phần: bột gạo, bột năng (tinh bột sắn), muối, nước.", "", ""),
]

# ---------------------------------------------------------------------------
# Mei, Taipei: Traditional Chinese / English, breakfast shops, night markets
# ---------------------------------------------------------------------------
BLIND12_CASES += [
    ("meal", "早餐店: 蛋餅加起司 + 無糖豆漿", "wheat dairy soy", ""),
    ("meal", "飯糰 with 油條 and 肉鬆, 大冰奶", "wheat sugar", "soy dairy"),  # why: pork floss is sweetened, milk tea often uses creamer
    ("meal", "滷肉飯 小碗 + 燙青菜", "soy wheat sugar", ""),  # why: braised in soy sauce with rock sugar
    ("meal", "鼎泰豐 小籠包 10顆 + 酸辣湯", "wheat soy", "sugar corn"),
    ("meal", "紅燒牛肉麵 at the shop near MRT", "wheat soy", "sugar"),
    ("meal", "珍珠奶茶 半糖少冰", "sugar", "dairy corn"),
    ("meal", "鹹酥雞 + 甜不辣 from night market", "sugar", "soy wheat corn"),
    ("meal", "茶葉蛋 x2 from 7-11", "soy", "wheat sugar"),
    ("meal", "芒果冰 no condensed milk pls", "", "sugar"),
    ("meal", "home: 蒸魚 + 白飯 + 炒高麗菜 (only salt and garlic)", "", ""),
    ("meal", "蚵仔煎 with the sweet red sauce", "sugar", "soy corn"),
    ("meal", "鳳梨酥 one piece", "wheat dairy sugar", ""),
    ("meal", "麻辣鍋 with 鴨血, 豆腐, lots of veg", "soy", "wheat sugar"),
    ("meal", "地瓜 from 7-11 and black coffee", "", ""),
    ("label", "無糖豆漿. 成分: 水、非基改黃豆. 過敏原資訊: 本產品含有大豆.", "soy", ""),
    ("label", "鳳梨酥. 成分: 麵粉、冬瓜醬(冬瓜、麥芽糖、砂糖)、鳳梨、奶油、雞蛋、奶粉、砂糖. 本產品含有麩質之穀物、蛋、奶製品.", "wheat sugar dairy", ""),
    ("label", "醬油. 成分: 水、黃豆、小麥、食鹽、砂糖、甘草. 本產品含有大豆、小麥.", "soy wheat sugar", ""),
    ("label", "鮮乳. 成分: 100% 生乳.", "dairy", ""),
    ("label", "肉鬆. 成分: 豬肉、砂糖、醬油(水、黃豆、小麥、食鹽)、豌豆粉、大豆油、食鹽. 本產品含有大豆、小麥.", "sugar soy wheat", ""),
    ("label", "茶葉蛋. 成分: 雞蛋、水、醬油(黃豆、小麥、鹽)、紅茶、冰糖、八角、肉桂.", "soy wheat sugar", ""),
]
