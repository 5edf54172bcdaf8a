# ruff: noqa: E501
"""Blind labelled set 18: careful eaters in English-speaking countries (US, UK, CA, AU, NZ, IE, ZA, IN, SG) ordering with mods, cooking from recipes, reading labels, correcting themselves; free-from/keto/vegan labels; practitioners' day summaries."""

BLIND18_CASES: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------------------
# Megan, Columbus Ohio (US). Keto/Whole30 veteran, lower case, emoji, orders with modifications at chains.
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "chipotle bowl 🌯 no rice no beans, double chicken, fajita veg, tomato salsa, guac, romaine. no cheese no sour cream obvs", "", ""),
    ("meal", "in n out double double protein style, no spread, mustard + ketchup instead. grilled onions", "dairy sugar", "corn"),  # why: a double double comes with two slices of cheese she did not remove; ketchup is sweetened
    ("meal", "starbucks grande cold brew w splash of almond milk, no classic", "", "sugar"),  # why: cafe almond milk is often the sweetened kind
    ("meal", "3 eggs scrambled in ghee, half avocado, everything bagel seasoning", "dairy", ""),  # why: ghee is clarified butter; the seasoning is only seeds, garlic, onion, salt
    ("meal", "five guys bacon burger lettuce wrap, no cheese. cajun fries (peanut oil so fine)", "", "sugar"),  # why: bacon is usually sugar-cured
    ("meal", "chick fil a grilled nuggets 12ct + kale crunch side, no dressing", "", "sugar soy"),  # why: the grilled nugget marinade/seasoning may carry sugar and soybean oil
    ("meal", "lunch = leftover chili. grass fed beef, canned tomatoes, bell peppers, onion, cumin, chili powder, no beans bc keto", "", ""),
    ("meal", "snack: pork rinds + a cheese stick 🧀 wait cheese is out. ugh. day 1 again", "dairy", ""),
    ("meal", "olive garden 😬 chicken margherita, no pasta sub broccoli, told them no butter on the broccoli. skipped breadsticks. salad no croutons, dressing on side, used maybe a tbsp", "dairy", "wheat sugar soy"),  # why: chicken margherita is topped with mozzarella and pesto in a lemon-butter sauce; the house dressing has cheese, sugar and soybean oil
    ("meal", "bulletproof coffee. kerrygold + mct", "dairy", ""),
    ("meal", "tuna salad w primal kitchen avocado oil mayo on cucumber rounds", "", ""),
    ("meal", "whole30 day 9 🎉 hash: sweet potato, ground turkey, spinach, coconut oil, salt", "", ""),
    ("meal", "macadamias + 2 squares lily's stevia dark chocolate", "", "dairy soy corn"),  # why: stevia chocolate still has erythritol (corn) and often soy lecithin and a milk may-contain; no sugar
    ("meal", "trader joes cauliflower crust pizza 🍕 w rao's marinara + fresh mozz. EDIT: mozz was the miyoko's vegan one not real", "corn", "sugar"),  # why: TJ's cauliflower crust is bound with corn starch; the vegan mozzarella replaces dairy; Rao's has no sugar but a crust/vegan cheese may
    ("meal", "ribeye + asparagus w butter 🥩", "dairy", ""),
    ("meal", "jimmy johns unwich #12, no cheese", "", "sugar soy corn"),  # why: lettuce wrap so no bread; deli turkey often has dextrose, mayo is soybean oil with sugar
    ("meal", "coffee black ☕", "", ""),
    ("meal", "zevia cola", "", "corn"),  # why: stevia soda, no sugar, but citric acid
    ("meal", "la croix pamplemousse", "", ""),
    ("meal", "panera greek salad no feta, dressing on the side and i didnt use it", "", ""),
    ("meal", "halo top birthday cake pint 🙈 slip day. whole pint", "dairy sugar", "corn"),
    ("meal", "egg roll in a bowl: ground pork, coleslaw mix, ginger, garlic, coconut aminos, toasted sesame oil, sriracha on top", "sugar", ""),  # why: sriracha lists sugar; coconut aminos are soy-free
    ("label", "Siete Almond Flour Tortillas. Grain Free. Ingredients: Almond Flour, Tapioca Flour, Water, Xanthan Gum, Sea Salt. Contains: Almonds.", "", "corn"),
    ("label", "Quest Protein Bar Chocolate Chip Cookie Dough. 21g PROTEIN 1g SUGAR. Ingredients: Protein Blend (Milk Protein Isolate, Whey Protein Isolate), Soluble Corn Fiber, Almonds, Water, Erythritol, Unsweetened Chocolate, Natural Flavors, Cocoa Butter, Sea Salt, Steviol Glycosides, Sucralose. Contains: Milk, Almonds.", "dairy corn", ""),
    ("label", "Coffee mate Original Powder Coffee Creamer. NON-DAIRY. Ingredients: Corn Syrup Solids, Hydrogenated Vegetable Oil (Coconut and/or Palm Kernel and/or Soybean), Less than 2% of Sodium Caseinate (a Milk Derivative)**, Mono- and Diglycerides, Dipotassium Phosphate, Artificial Flavor, Annatto Color. **Not a source of lactose.", "corn sugar dairy", "soy"),  # why: non-dairy creamer with caseinate is dairy
    ("label", "Splenda No Calorie Sweetener, 100 packets. Ingredients: Dextrose, Maltodextrin, Sucralose.", "sugar", "corn"),  # why: the bulking agent is dextrose, an added sugar
    ("label", "Applegate Naturals Sunday Bacon. NO SUGAR. Uncured. Ingredients: Pork, Water, Sea Salt, Celery Powder. *Not preserved, no nitrates or nitrites added except for those naturally occurring in celery powder.", "", ""),
    ("label", "Kettle & Fire Chicken Bone Broth. Ingredients: Chicken Bone Broth (Water, Chicken Bones, Onions, Carrots, Celery, Apple Cider Vinegar), Sea Salt, Parsley, Black Pepper, Thyme, Rosemary.", "", ""),
    ("label", "Halo Top Birthday Cake Light Ice Cream. 360 calories per pint. Ingredients: Skim Milk, Eggs, Erythritol, Prebiotic Fiber, Milk Protein Concentrate, Cream, Cane Sugar, Contains 2% or less of: Vegetable Glycerin, Natural Flavors, Sea Salt, Organic Carob Gum, Organic Guar Gum, Sprinkles (Cane Sugar, Corn Starch, Palm Oil, Soy Lecithin, Color Added). Contains: Milk, Eggs, Soy.", "dairy sugar corn soy", ""),
]

# ---------------------------------------------------------------------------
# Priya, Bengaluru (India). Cooks from recipes and lists what went in; mixes Hindi/Kannada words; "only" and "itself".
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "Breakfast: 2 ragi dosas with coconut chutney and sambar. Made dosa batter at home, no rava added this time", "", "sugar"),  # why: ragi and rice batter; many home sambar recipes add a bit of jaggery
    ("meal", "lunch - jeera rice, moong dal tadka (tempered in coconut oil only, no ghee), beans palya, cucumber salad", "", ""),
    ("meal", "Made pongal today: rice, moong dal, pepper, jeera, ginger, curry leaves, cashews and 2 tbsp ghee. Ghee is the whole point of pongal so I had it", "dairy", ""),
    ("meal", "evening filter coffee with oat milk, no sugar. amma made it with regular milk first, i didnt drink that one", "", "wheat"),  # why: oat milk without a gluten-free claim may have wheat cross-contact
    ("meal", "Idli 3 + tomato chutney. Chutney had tamarind, red chilli, hing, jaggery pinch", "sugar", "wheat"),  # why: jaggery is added sugar; compounded hing powder is usually cut with wheat flour
    ("meal", "dinner jowar roti 2, palak with garlic (no paneer, no cream), carrot kosambari", "", ""),
    ("meal", "office canteen: 2 chapati, aloo gobi, curd rice 😕 no choice today", "wheat dairy", "soy corn"),  # why: chapati is atta (wheat); curd is dairy; canteen sabzi cooked in refined oil
    ("meal", "Upma for breakfast, made with rava, mustard, urad dal, onion, green chilli, coconut oil", "wheat", ""),  # why: rava/sooji is semolina, i.e. wheat
    ("meal", "correction to morning entry: it was NOT rava upma, it was rice rava (akki tari) upma. So no wheat", "", ""),
    ("meal", "makki di roti with sarson ka saag at Punjabi friend's place. Skipped the white butter on top but saag definitely had ghee", "corn dairy", ""),  # why: makki roti is maize flour
    ("meal", "chai at tapri ☕ (with sugar, they don't make it without)", "dairy sugar", ""),
    ("meal", "Masala dosa at Vidyarthi Bhavan. It's made with lots of butter/ghee so I know it's a slip", "dairy", "wheat"),  # why: their dosa is butter-roasted and their batter is known to include a little rava/maida
    ("meal", "poha with peanuts, onion, turmeric, lemon, coriander. a pinch sugar as per my mother's recipe", "sugar", ""),
    ("meal", "tender coconut water + 1 banana", "", ""),
    ("meal", "Lunch box: brown rice, rajma (onion-tomato masala, no cream), beetroot thoran", "", ""),
    ("meal", "sweet pongal at temple prasadam - jaggery, ghee, rice, dal, cashew. couldn't say no", "sugar dairy", ""),
    ("meal", "Tried besan chilla with methi leaves, cooked on cast iron with groundnut oil. Besan is chickpea so ok na", "", ""),
    ("meal", "Dinner: bisi bele bath from MTR ready mix packet", "", "wheat sugar dairy corn soy"),  # why: instant mixes often have hing with wheat, sugar, milk solids, vegetable oil; unknown without the pack
    ("meal", "2 Marie biscuits with tea (black, no sugar). I know, I know", "wheat sugar", "dairy soy corn"),
    ("meal", "Sabudana khichdi, fasting day - sabudana, peanuts, potato, green chilli, ghee", "dairy", ""),
    ("meal", "buttermilk (majjige) with curry leaves and ginger after lunch", "dairy", ""),  # why: buttermilk is dairy
    ("label", "MTR Rava Idli Mix. Ingredients: Semolina (Rava) (62%), Curd Powder, Edible Vegetable Oil, Bengal Gram Dal, Cashew, Salt, Mustard, Green Chilli, Coriander Leaves, Curry Leaves, Asafoetida. Contains: Wheat, Milk, Cashew.", "wheat dairy", "soy corn"),
    ("label", "Everest Compounded Asafoetida (Hing) Powder. Ingredients: Wheat Flour, Gum Arabic, Asafoetida. ALLERGEN ADVICE: Contains Wheat (Gluten).", "wheat", ""),
    ("label", "Amul Pure Ghee. 100% Pure. Made from fresh cream. Ingredients: Milk Fat.", "dairy", ""),
    ("label", "24 Mantra Organic Ragi Flour. Ingredients: Organic Finger Millet (100%). May contain traces of wheat.", "", "wheat"),
    ("label", "Britannia Marie Gold. Ingredients: Refined Wheat Flour (Maida), Sugar, Edible Vegetable Oil (Palm), Invert Syrup, Milk Solids, Raising Agents [503(ii), 500(ii)], Salt, Emulsifiers [322 (Soy Lecithin), 471], Dough Conditioner [223]. Contains Wheat, Milk and Soy.", "wheat sugar dairy soy", ""),
    ("label", "Epigamia Greek Yogurt Natural. No added sugar. High protein. Ingredients: Toned Milk, Milk Solids, Active Cultures.", "dairy", ""),
    ("label", "Haldiram's Aloo Bhujia. Ingredients: Potato (43%), Edible Vegetable Oil (Cottonseed, Corn and Palmolein Oil), Tepary Beans Flour, Bengal Gram Flour, Salt, Spices & Condiments, Citric Acid. May contain traces of milk, wheat, nuts.", "corn", "dairy wheat"),  # why: corn oil is named in the oil blend
    ("label", "Paper Boat Aamras. Ingredients: Water, Mango Pulp (30%), Sugar, Acidity Regulator (330), Stabilizer (440).", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Tom, Manchester (UK). Long rambling posts, pub and chain food, corrects himself the next day.
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "Right so day 4. Breakfast was porridge made with water, handful of blueberries, no honey this time. Lunch from Pret, the super greens soup I think. Tea was chicken thighs roasted with potatoes and carrots, olive oil and rosemary. Decent day tbh", "", "wheat dairy"),  # why: ordinary oats may carry wheat; a chain soup may be finished with butter or cream
    ("meal", "Nando's. Half chicken medium, spicy rice and macho peas. No garlic bread obviously", "", "dairy sugar"),
    ("meal", "Greggs sausage roll. Not even sorry. Well a bit sorry", "wheat", "dairy soy sugar"),
    ("meal", "Sunday roast at the Red Lion: beef, roast potatoes, carrots, greens, asked for no Yorkshire pudding and gravy on the side. Had a bit of the gravy in the end", "", "wheat corn dairy soy"),  # why: pub gravy is usually flour or granules; veg may be buttered; roasties may be done in vegetable oil
    ("meal", "Update on yesterday's roast - rang the pub, the gravy is made from granules, not from the meat juices. So I'll count it as a slip", "", "wheat corn"),
    ("meal", "pint of Guinness and a bag of cheese and onion crisps. Guinness is just barley right??", "dairy", "wheat sugar"),  # why: malt may be a wheat source; crisps seasoning has milk powder and often dextrose
    ("meal", "Tesco meal deal: Free From chicken & bacon sandwich, bag of Pom-Bears, Diet Coke", "", "corn sugar soy dairy"),  # why: free-from bread is gluten-free, not corn/sugar-free; bacon and mayo may have sugar; cola caramel colour
    ("meal", "Omelette, 3 eggs, mushrooms, spinach, cooked in olive oil. Side of rocket. Black coffee", "", ""),
    ("meal", "Wagamama - chicken raisukaree with white rice. Asked them to leave off the soy sauce they bring", "", "sugar soy"),
    ("meal", "Caff breakfast: sausage, egg, beans, mushrooms, grilled tomato. Skipped the toast and the black pud", "sugar", "wheat dairy corn soy"),  # why: baked beans have sugar; British sausages usually contain rusk
    ("meal", "Salmon fillet, new potatoes with a knob of butter, sugar snap peas", "dairy", ""),  # why: sugar snap peas are just peas
    ("meal", "Corned beef hash at my mum's. Tinned corned beef, potato, onion, fried in lard. Brown sauce on the side, didn't touch it", "", "sugar"),  # why: corned beef is not corn; some tinned corned beef is cured with sugar
    ("meal", "post gym shake, Myprotein Impact Whey unflavoured with water", "dairy", ""),
    ("meal", "Pret chicken caesar & bacon baguette. Don't judge", "wheat dairy", "sugar soy"),
    ("meal", "Just black tea all day and a banana. Felt rough", "", ""),
    ("meal", "Curry mile: lamb bhuna, pilau rice, no naan, no poppadoms. Bhuna's a dry curry so hopefully no cream", "", "dairy soy corn sugar"),  # why: restaurant curries and pilau are often cooked with ghee and blended vegetable oil
    ("meal", "muesli (the no added sugar one from Aldi) with Alpro unsweetened almond and grated apple", "", "wheat"),  # why: supermarket muesli is oat-based and often includes wheat flakes
    ("meal", "Mug of Bovril at the match", "", "wheat corn"),
    ("meal", "Chippy tea: fish and chips, mushy peas, salt and vinegar. Asked about gluten free batter, only on Tuesdays, so I just had it. Ate every bit", "wheat", "corn soy sugar"),
    ("meal", "Monday eggs and ham. Tuesday see above. Wednesday roast chicken salad with balsamic", "", "sugar"),
    ("meal", "Stir fry at home, Clearspring tamari (the gluten free one), chicken, peppers, pak choi, jasmine rice", "soy", ""),
    ("meal", "Cadbury Boost from the garage. Sugar crash incoming", "wheat dairy sugar", "soy"),  # why: Boost has biscuit pieces in milk chocolate with caramel
    ("label", "Heinz Beanz. Ingredients: Beans (51%), Tomatoes (34%), Water, Sugar, Spirit Vinegar, Modified Cornflour, Salt, Spice Extracts, Herb Extract.", "sugar corn", ""),  # why: UK cornflour means maize starch
    ("label", "FREE FROM White Sliced Bread. Gluten Free. Wheat Free. Ingredients: Water, Rice Flour, Tapioca Starch, Potato Starch, Maize Starch, Rapeseed Oil, Psyllium Husk Powder, Sugar, Yeast, Humectant: Glycerol, Thickener: Hydroxypropyl Methylcellulose, Salt, Dried Egg White. Allergy advice: for allergens, see ingredients in bold. Not suitable for milk allergy sufferers due to manufacturing methods.", "corn sugar", "dairy"),
    ("label", "Cheese & Onion Flavour Crisps. Ingredients: Potatoes, Vegetable Oils (Sunflower, Rapeseed, in varying proportions), Cheese & Onion Seasoning (Dried Milk Whey, Dried Onion, Salt, Cheese Powder (from Milk), Dextrose, Flavouring, Potassium Chloride, Yeast Extract, Acid (Citric Acid), Colours (Annatto Norbixin, Paprika Extract)).", "dairy sugar", "corn"),
    ("label", "Alpro Unsweetened Almond Drink. No sugars. Ingredients: Water, Almond (2.3%), Calcium (Tri-calcium phosphate), Sea salt, Stabilisers (Locust bean gum, Gellan gum), Emulsifier (Lecithins (sunflower)), Vitamins (Riboflavin, B12, E, D2).", "", ""),  # why: the lecithin source is named as sunflower
    ("label", "Free From Chocolate Chip Cookies. GLUTEN FREE. Ingredients: Chocolate Chips (18%) (Sugar, Cocoa Mass, Cocoa Butter, Emulsifier (Soya Lecithin), Flavouring), Gluten Free Oat Flour, Sugar, Palm Oil, Rice Flour, Maize Starch, Butter (Milk), Golden Syrup, Raising Agents (Sodium Bicarbonate, Disodium Diphosphate), Salt, Xanthan Gum.", "sugar soy corn dairy", ""),
    ("label", "Lea & Perrins Worcestershire Sauce. Ingredients: Malt Vinegar (from Barley), Spirit Vinegar, Molasses, Sugar, Salt, Anchovies (Fish), Tamarind Extract, Onions, Garlic, Spice, Flavouring. Allergy advice: contains Barley, Fish.", "sugar", "wheat"),
    ("label", "Thick Pork Sausages x8. Ingredients: Pork (42%), Water, Rusk (Wheat Flour (Calcium Carbonate, Iron, Niacin, Thiamin), Salt), Pork Fat, Potato Starch, Soya Protein Concentrate, Salt, Dextrose, Stabiliser: Diphosphates, Preservative: Sodium Metabisulphite, Antioxidant: Ascorbic Acid, Flavourings. Filled into pork casings.", "wheat soy sugar", "corn"),
    ("label", "97% Pork Sausages. GLUTEN FREE. Ingredients: British Pork (97%), Water, Salt, Black Pepper, Preservative: Sodium Metabisulphite, Nutmeg, Mace, Antioxidant: Ascorbic Acid. In natural casings.", "", ""),
]

# ---------------------------------------------------------------------------
# Aoife, Dublin (Ireland). Eats at friends' and family's houses and has to guess; chatty, honest with herself.
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "Dinner at Ciara's. She made a chicken curry, I'd say from one of those jar sauces tbh, with rice. Didn't want to be rude", "", "sugar dairy corn wheat"),  # why: jar curry sauces commonly have sugar, cream and modified starch
    ("meal", "Full Irish at my mam's minus the toast and the pudding. Rashers, sausages, egg, mushrooms, beans", "sugar", "wheat dairy"),  # why: beans are sweetened; Irish sausages nearly always contain rusk; mam fries mushrooms in butter
    ("meal", "Barry's tea with oat milk, 2 cups", "", "wheat"),
    ("meal", "Brown bread at the hotel breakfast, couldn't resist, with Kerrygold", "wheat dairy", "sugar"),  # why: Irish brown bread is wholemeal and buttermilk, often with treacle
    ("meal", "Bowl of coddle at Niamh's - sausages, rashers, potatoes, onions. Grand. Well the sausages probably weren't grand", "", "wheat sugar"),
    ("meal", "Lunch: baked potato with tuna and a drizzle of olive oil, side salad", "", ""),
    ("meal", "Sophie's birthday. Salad with goats cheese crumbled through it, a full portion of lasagne (be honest Aoife) and a slice of Victoria sponge", "wheat dairy sugar", ""),
    ("meal", "Next day edit re Sophie's: the lasagne was gluten free pasta she said. Still bechamel and cheese though", "dairy", "corn"),  # why: GF lasagne sheets are often corn-based
    ("meal", "Tayto cheese and onion. One packet. Ok two", "dairy", "sugar corn"),
    ("meal", "Salmon, broccoli, boiled spuds. Clean day 🙏", "", ""),
    ("meal", "smoothie - spinach, banana, frozen berries, coconut water, scoop of pea protein", "", ""),
    ("meal", "Dinner at Conor's - he did steak with peppercorn sauce. I'd guess cream and brandy, maybe a stock cube", "dairy", "wheat corn"),  # why: peppercorn is not corn; the stock cube is the unknown
    ("meal", "Plain salted popcorn at the cinema", "corn", "soy"),
    ("meal", "Leftover roast chicken and big salad, dressing out of Ciara's fridge, looked like a honey mustard", "", "sugar"),
    ("meal", "Boxty at Gallagher's in Temple Bar. Worth it", "wheat dairy", ""),  # why: boxty is grated potato with flour and buttermilk
    ("meal", "Porridge with Flahavan's gluten free oats, water, cinnamon, sliced banana", "", ""),
    ("meal", "Chowder in Howth. Came with brown bread, didn't eat the bread. Chowder is creamy so there's that", "dairy", "wheat"),  # why: chowder is usually thickened with a flour roux
    ("meal", "At the in-laws. Mother in law's shepherd's pie, she uses Bisto I'd bet, and milk and butter in the mash", "dairy", "wheat corn"),
    ("meal", "mixed nuts and an apple", "", ""),
    ("meal", "Pint of cider at the match", "", "sugar"),  # why: mainstream ciders are often back-sweetened
    ("meal", "Chicken fillet roll from the Centra, no butter no mayo, just chicken and lettuce", "wheat", "corn soy"),  # why: the roll and the breaded fillet are wheat
    ("label", "Traditional Irish Pork Sausages. Ingredients: Pork (65%), Water, Rusk (Wheat Flour, Salt, Raising Agent: Ammonium Bicarbonate), Seasoning (Salt, Dextrose, Spices, Stabiliser: Diphosphates, Antioxidant: Ascorbic Acid, Preservative: Sodium Metabisulphite), Beef Collagen Casing. For allergens see ingredients in bold.", "wheat sugar", "corn"),
    ("label", "Kerrygold Pure Irish Butter. Ingredients: Butter (Milk), Salt.", "dairy", ""),
    ("label", "Black Pudding. Ingredients: Pork Fat, Oatmeal (18%), Water, Onion, Dried Pork Blood, Wheat Flour, Salt, Spices. Contains: Oats, Wheat (Gluten).", "wheat", ""),
    ("label", "Lactose Free Semi Skimmed Milk. Easy to digest. Ingredients: Semi Skimmed Milk, Lactase Enzyme.", "dairy", ""),  # why: lactose-free milk is still milk
    ("label", "Gluten Free Brown Soda Bread Mix. Wheat Free. Ingredients: Rice Flour, Potato Starch, Buckwheat Flour, Sugar Beet Fibre, Raising Agents (Disodium Diphosphate, Sodium Bicarbonate), Thickener: Xanthan Gum, Salt. Produced in a factory that handles milk and egg.", "", "corn dairy"),  # why: buckwheat is not wheat; sugar beet fibre is fibre, not sugar
    ("label", "Barry's Gold Blend Tea, 80 bags. Ingredients: Black Tea.", "", ""),
]

# ---------------------------------------------------------------------------
# Hannah Reid, naturopath, Auckland (NZ). Practitioner notes summarising a client's day, third person.
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "Client J.M., day 6. Breakfast: 2 boiled eggs, kumara hash in olive oil. Lunch: leftover roast lamb salad with rocket and pumpkin. Dinner: snapper pan-fried in coconut oil, steamed greens. Snacks: apple, almonds. No reported slips.", "", ""),
    ("meal", "Client R.T., day 3: reports a flat white at work (regular milk) 'before she remembered'. Otherwise compliant: chia pudding with coconut milk, chicken and vegetable soup with homemade stock, beef stir-fry with coconut aminos.", "dairy", ""),
    ("meal", "Client S.P., day 10 summary: breakfast smoothie (banana, spinach, almond milk, brand unknown, possibly sweetened); lunch food court sushi (salmon avocado rolls) with soy sauce; dinner roast chicken with vegetables.", "sugar soy wheat", ""),  # why: sushi rice is seasoned with sugared vinegar; soy sauce is soy and wheat
    ("meal", "Client K.W., day 12: dinner at a friend's, she thinks lasagne and garlic bread; unsure of details but confirms cheese on top.", "wheat dairy", "sugar"),
    ("meal", "Client A.L., day 2: porridge made with water, brown sugar on top; lunch pumpkin soup (made with cream); dinner mince with mashed potato (butter).", "sugar dairy", "wheat"),
    ("meal", "Client M.H., day 8: mostly clean. Eggs and spinach; tuna salad with olive oil and lemon; two squares Whittaker's 72% dark in the afternoon; lamb chops, kumara, broccoli.", "sugar", "dairy soy"),
    ("meal", "Client D.N., day 5: Vogel's toast x2 with Marmite and butter at breakfast. Discussed; client thought Vogel's was 'not really bread'. Lunch and dinner compliant (chicken salad; fish and rice).", "wheat dairy", "sugar soy corn"),  # why: Vogel's is a wheat-based mixed grain loaf; Marmite is a sweetened yeast spread with caramel colour
    ("meal", "Client T.G., day 14 review: full compliance reported. Today: eggs and avocado on plain rice cakes; leftover chicken curry (coconut milk base, homemade paste); grilled fish, salad with olive oil.", "", ""),
    ("meal", "Client P.O., day 4, family dinner: taro and breadfruit, palusami (taro leaves, coconut cream, onion, tinned corned beef), roast pork.", "", "sugar"),  # why: breadfruit, coconut cream and corned beef are traps; tinned corned beef may contain sugar
    ("meal", "Client J.M., day 7: café big breakfast ordered 'no toast, no hollandaise'. Came with bacon, eggs, mushrooms, hash brown, spinach.", "", "sugar dairy corn soy wheat"),  # why: cured bacon, buttered greens, and a fried commercial hash brown
    ("meal", "Client R.T., day 9: reports one store-bought kombucha daily this week, believes it is sugar-free because it 'ferments out'.", "sugar", ""),  # why: kombucha is brewed with sugar and some remains
    ("meal", "Client S.P., day 11: breakfast buckwheat pancakes (buckwheat flour, egg, banana, coconut oil); lunch the leftover pancakes; dinner pho from a Vietnamese restaurant (rice noodles, beef, herbs), hoisin not used.", "", "sugar"),  # why: pho broth is often seasoned with rock sugar and fish sauce
    ("meal", "Client K.W., day 15, reintroduction (wheat day): two slices white toast with olive oil at breakfast; pasta with tomato sauce at dinner, no cheese.", "wheat", "sugar soy"),  # why: supermarket white bread usually has added sugar and often soy flour
    ("meal", "Client A.L., day 3: better. Scrambled eggs on gluten-free toast; pumpkin soup without cream; chicken drumsticks with roast vegetables.", "", "corn sugar soy"),
    ("meal", "Client M.H., day 9: dinner at a friend's house, beef and vegetable casserole (client thinks thickened with flour), mash without butter, peas.", "", "wheat corn sugar"),
    ("meal", "Client D.N., day 6: reports 'nothing different'. Breakfast Weet-Bix with trim milk and a teaspoon of sugar.", "wheat dairy sugar", ""),
    ("meal", "Client P.O., day 5: church lunch. Sapasui (chop suey: vermicelli, chicken, soy sauce), taro, povi masima, fruit salad.", "soy wheat", "sugar"),
    ("meal", "Client T.G., day 15, reintroduction (dairy): 250 ml whole milk at breakfast, plain unsweetened Greek yoghurt at lunch. Rest of day per protocol.", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Jess, Melbourne (Australia). Vegan, reads labels aloud to herself, café culture, lowercase, emoji.
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "oat flat white from the place near work, they use oatly barista", "", "wheat"),
    ("meal", "smashed avo on GF toast, feta on the side - gave it to Ben. dukkah on top", "", "corn sugar soy"),  # why: the feta went to Ben; GF bread commonly has maize starch and sugar
    ("meal", "reading the back of my vegemite jar rn: 'yeast extract (from yeast grown on barley and wheat)'... so vegemite is OUT 😭 had it this morning on rice cakes", "wheat", "corn sugar"),
    ("meal", "buddha bowl: brown rice, roasted pumpkin, chickpeas, kale, tahini dressing (tahini lemon garlic water)", "", ""),
    ("meal", "tofu scramble w turmeric, spinach, cherry toms", "soy", ""),
    ("meal", "grill'd - beyond burger in the low carb bowl, no mayo, tomato relish", "sugar", ""),  # why: relish is sweetened
    ("meal", "tim tams. dark choc. ate 4. they're not even vegan are they", "wheat sugar dairy", "soy corn"),
    ("meal", "dahl at crossways (hare krishna place). asked, they said no ghee in the dahl today", "", "wheat"),  # why: compounded hing is usually cut with wheat flour
    ("meal", "bundy ginger beer 🫚", "sugar", ""),
    ("meal", "golden gaytime, yes it happened", "dairy sugar wheat", "corn soy"),  # why: honeycomb ice cream dipped in chocolate and biscuit crumb
    ("meal", "pad see ew from the thai place, tofu instead of chicken, no egg", "soy wheat sugar", ""),  # why: sweet dark soy sauce and sugar go in the wok
    ("meal", "miso soup at home: marukome white miso, wakame, silken tofu, spring onion", "soy", ""),
    ("meal", "muesli bar from the servo, was starving", "sugar", "wheat soy corn dairy"),
    ("meal", "coconut yoghurt (macro unsweetened) with berries and hemp seeds", "", ""),
    ("meal", "zoodle bolognese w brown lentils, passata, garlic, onion, carrot, nooch on top", "", ""),
    ("meal", "correction: last night's tofu scramble was silverbeet not spinach. nothing else changes lol", "soy", ""),
    ("meal", "lune croissant 😇🙈 not vegan, not on the diet, just a croissant", "wheat dairy sugar", ""),
    ("meal", "sushi train - avocado rolls, cucumber rolls, inari, edamame", "sugar soy", "wheat"),  # why: sushi rice is sweetened; inari is tofu skin simmered in sweet soy
    ("meal", "sunday pancakes: banana, buckwheat flour, baking powder, oat milk. maple on top", "", "corn wheat sugar"),  # why: baking powder usually contains corn starch; maple is a natural sweetener
    ("meal", "so good soy milk in my coffee, the regular one", "soy", "sugar"),
    ("label", "VEGEMITE. Ingredients: Yeast extract (from yeast grown on barley and wheat), salt, mineral salt (508), malt extract (from barley), colours (150c), natural colour (101), vitamins (thiamine, riboflavin, niacin, folate). CONTAINS GLUTEN.", "wheat", "corn sugar"),
    ("label", "Wheaten Cornflour. Ingredients: Wheat Starch. Contains Gluten. Ideal for thickening sauces and gravies.", "wheat", ""),  # why: Australian wheaten cornflour is made from wheat, not maize
    ("label", "100% Maize Cornflour. Gluten Free. Ingredients: Maize Starch.", "corn", ""),
    ("label", "Dark Chocolate Cream Biscuits. Ingredients: Dark Chocolate (45%) [Sugar, Cocoa Mass, Cocoa Butter, Milk Solids, Emulsifiers (Soy Lecithin, 476), Flavour], Wheat Flour, Vegetable Oil, Sugar, Golden Syrup, Cocoa, Milk Solids, Salt, Baking Soda, Emulsifier (Soy Lecithin), Flavour. CONTAINS WHEAT, MILK, SOY.", "wheat dairy sugar soy", "corn"),
    ("label", "Unsweetened Almond Milk. No added sugar. Ingredients: Filtered water, almonds (2.5%), mineral (calcium), emulsifier (sunflower lecithin), thickeners (gellan, xanthan), sea salt, vitamins (A, D, E, B12). May contain soy.", "", "corn soy"),
    ("label", "Natural Coconut Yoghurt. Dairy free. Vegan. No added sugar. Ingredients: Coconut cream (95%), tapioca starch, live cultures.", "", ""),
    ("label", "Cheddar Style Vegan Slices. Dairy free, soy free, gluten free. Ingredients: Water, Coconut Oil (24%), Modified Starch (1442, 1450), Starch, Salt, Flavours, Olive Extract, Colour (160b), Vitamin B12.", "", "corn"),  # why: labelled gluten free, so the starches are not wheat; they may well be maize
    ("label", "Honey Roasted Nut Bar. Ingredients: Nuts (62%) (Peanuts, Almonds, Cashews), Glucose Syrup, Honey (8%), Sugar, Rice Crisps (Rice, Sugar, Salt), Sea Salt, Emulsifier (Soy Lecithin). May contain traces of milk, wheat and sesame.", "sugar soy", "corn dairy wheat"),
    ("label", "Traditional Ginger Beer. Brewed. Ingredients: Carbonated water, cane sugar, ginger root, yeast, natural flavours, food acid (citric acid), preservatives (202, 223).", "sugar", "corn"),
    ("label", "Dark Chocolate 70% Cocoa. Ingredients: Cocoa mass, sugar, cocoa butter, emulsifier (322), natural flavour (vanilla). May contain milk.", "sugar", "soy dairy"),  # why: 322 is lecithin with no source given
]

# ---------------------------------------------------------------------------
# Wei Ling, Singapore. Singlish, hawker centres, short posts with "lah", "sia", "kosong", "peng".
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "kopi o kosong from the kopitiam downstairs", "", "sugar dairy soy"),  # why: Nanyang kopi beans are traditionally roasted with sugar and margarine or butter
    ("meal", "teh o kosong peng", "", ""),
    ("meal", "cai png: brown rice, steamed fish, kailan w oyster sauce, cabbage. asked uncle no gravy", "sugar", "wheat corn soy"),  # why: oyster sauce has sugar, wheat flour and corn starch; steamed fish often gets soy sauce
    ("meal", "chicken rice but no rice lol, just steamed chicken + cucumber + chilli, told them no dark soya sauce", "", "soy wheat sugar"),  # why: the chicken is usually dressed with light soy and sesame oil anyway
    ("meal", "yong tau foo soup, all veg + tofu + fishball, clear soup", "soy", "wheat corn sugar"),
    ("meal", "laksa 😭 craving too strong sia. katong laksa w tau pok and fishcake", "soy", "wheat sugar"),  # why: tau pok is fried tofu; coconut milk is not dairy
    ("meal", "home: brown rice porridge w minced pork, ginger, century egg, only salt and white pepper", "", ""),
    ("meal", "kaya toast set 🙈 2 soft boiled eggs w dark soya sauce + pepper, kaya butter toast, kopi", "wheat dairy sugar soy", ""),  # why: kopi comes with condensed milk
    ("meal", "toast box peanut thick toast", "wheat sugar", "dairy soy"),
    ("meal", "bubble tea: brown sugar fresh milk, 0% sugar (but the pearls are in brown sugar syrup lah)", "dairy sugar", ""),
    ("meal", "mala xiang guo: lotus root, broccoli, enoki, beef, no noodles. the mala base got what inside idk", "", "wheat soy sugar"),  # why: mala bases usually include doubanjiang (broad bean and wheat) and fermented soybeans
    ("meal", "sliced fish soup w bee hoon, no evaporated milk pls uncle", "", ""),
    ("meal", "dinner at ah ma's: steamed pomfret, braised pork belly w dark soya sauce, kangkong belacan, rice", "soy wheat sugar", ""),  # why: braised pork is dark soy and rock sugar
    ("meal", "overnight oats w almond milk + chia, bit of honey", "", "wheat sugar"),
    ("meal", "salad stop build your own: kale, quinoa, avocado, grilled chicken, edamame, lemon olive oil dressing", "soy", "sugar"),
    ("meal", "1 popiah from the hawker", "wheat sugar", "soy"),  # why: wheat skin and the sweet sauce brushed inside
    ("meal", "chwee kueh x4 w chye poh", "", "sugar soy"),  # why: chye poh is usually fried with sugar
    ("meal", "milo peng 🥲 old habit die hard", "dairy sugar", "wheat"),
    ("meal", "economy bee hoon w luncheon meat + fried egg", "soy wheat", "sugar corn"),
    ("meal", "correction for ytd: the salad stop dressing was the roasted sesame one not lemon", "soy sugar", "wheat"),  # why: Japanese-style sesame dressing is soy sauce, sugar and sesame
    ("label", "Soya Bean Drink 豆奶. Less Sugar. Healthier Choice. Ingredients: Water, Soybean, Sugar.", "soy sugar", ""),
    ("label", "Premium Oyster Sauce 特级蚝油. Ingredients: Oyster Extracts (Water, Oyster, Salt), Sugar, Salt, Modified Corn Starch, Wheat Flour, Colour (E150a). Contains Mollusc, Wheat.", "sugar corn wheat", ""),
    ("label", "Gluten Free Tamari Soy Sauce. Naturally brewed. Ingredients: Water, Soybeans, Salt, Sugar, Alcohol. Allergen: Soybean.", "soy sugar", ""),
    ("label", "Laksa Paste. Ingredients: Vegetable Oil, Chilli, Shallot, Dried Shrimp (10%), Lemongrass, Candlenut, Galangal, Sugar, Salt, Shrimp Paste, Turmeric. Contains Crustacean.", "sugar", "soy corn"),
    ("label", "Kaya (Coconut Egg Jam) 咖椰. Ingredients: Sugar, Coconut Milk, Eggs, Pandan Leaves, Salt. No preservatives.", "sugar", ""),
    ("label", "Luncheon Meat 午餐肉. Ingredients: Pork (70%), Water, Starch, Salt, Sugar, Soy Protein, Spices, Sodium Nitrite (E250). Contains Soy.", "sugar soy", "wheat corn"),
    ("label", "Chocolate Malt Drink Powder. Ingredients: Malt Extract (Barley) 36%, Milk Solids, Sugar, Cocoa Powder, Vegetable Oil, Minerals, Vitamins. Contains Barley, Milk. May contain Soy.", "dairy sugar", "wheat corn soy"),
    ("label", "Fresh Soya Milk, No Sugar Added. Ingredients: Water, Soybeans (min. 10%), Stabiliser (E418).", "soy", ""),
    ("label", "Rice Vermicelli (Bee Hoon) 米粉. Ingredients: Rice, Water, Corn Starch.", "corn", ""),
]

# ---------------------------------------------------------------------------
# Thabo, Johannesburg (South Africa). Braais, family meals, SA slang ("eish", "lekker", "yoh"), short posts.
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "braai at my bru's place: lamb chops, boerewors, pap and chakalaka. eish", "corn", "wheat sugar"),  # why: pap is maize; wors may have cereal filler; chakalaka often has baked beans
    ("meal", "2 eggs, tomato, spinach, rooibos no sugar", "", ""),
    ("meal", "biltong from the butchery, the spiced one", "", "sugar"),  # why: many biltong spice mixes include brown sugar
    ("meal", "woolies roast chicken salad, no croutons, no dressing", "", ""),
    ("meal", "Nando's quarter chicken lemon & herb, garden salad. No chips", "", "sugar"),
    ("meal", "Mom's Sunday lunch: roast chicken, rice, beetroot salad, butternut, green beans. She puts sugar in the beetroot, I know she does", "sugar", "dairy"),  # why: butternut is squash, but it is often served with butter
    ("meal", "bunny chow, quarter mutton, in Durbs. yoh. no regrets", "wheat", "dairy sugar"),
    ("meal", "coffee and 2 Ouma buttermilk rusks", "wheat dairy sugar", "soy"),
    ("meal", "mielies on the braai with butter", "corn dairy", ""),
    ("meal", "samp and beans with oxtail stew", "corn", "wheat"),  # why: samp is crushed dried maize; stews often thickened with flour
    ("meal", "grilled hake, sweet potato wedges, peas", "", ""),
    ("meal", "Steers burger, no bun, lettuce wrap, no cheese, with onion rings", "wheat", "sugar corn soy"),  # why: battered onion rings; basting sauce
    ("meal", "black coffee. Oros at the braai later", "sugar", "corn"),
    ("meal", "vetkoek with mince at the taxi rank", "wheat", "sugar corn soy"),
    ("meal", "droëwors for a snack", "", ""),
    ("meal", "home made chicken curry with Rajah curry powder, potatoes, tomato, onion, rice", "", "wheat"),
    ("meal", "malva pudding and custard at the wedding", "wheat dairy sugar", ""),
    ("meal", "Correction about yesterday's braai: the wors was from the butcher that does gluten free, and I skipped the pap actually, had salad instead", "", "sugar"),
    ("meal", "sugar bean stew with rice, tomato and onion base", "", ""),  # why: sugar beans are a bean variety
    ("meal", "amasi with crumbly pap (umphokoqo) like my gogo makes", "dairy corn", ""),  # why: amasi is fermented milk
    ("label", "Buttermilk Rusks / Karringmelkbeskuit. Ingredients / Bestanddele: Wheat Flour, Sugar, Vegetable Fat, Buttermilk Powder (3%), Raising Agents, Salt, Preservative (Potassium Sorbate). Contains: Wheat (Gluten), Milk. May contain: Soya.", "wheat sugar dairy", "soy"),
    ("label", "Super Maize Meal. Enriched. Ingredients: Maize Meal, Vitamins and Minerals.", "corn", ""),
    ("label", "Peach & Apricot Chutney, Original Recipe. Ingredients: Sugar, Water, Dried Peaches (8%), Vinegar, Dried Apricots (3.5%), Salt, Thickener (Modified Maize Starch), Cayenne Pepper, Preservative (Sodium Metabisulphite).", "sugar corn", ""),
    ("label", "Beef Biltong, Sliced. Ingredients: Beef (96%), Salt, Brown Sugar, Spices (Coriander, Black Pepper), Vinegar, Preservative (Sodium Metabisulphite).", "sugar", ""),
    ("label", "Rooibos Tea. Ingredients: 100% Rooibos (Aspalathus linearis). Naturally caffeine free.", "", ""),
    ("label", "Chakalaka Mild. Ingredients: Water, Carrots, Baked Beans (Beans, Tomato Paste, Sugar, Modified Starch, Salt), Onions, Green Peppers, Vegetable Oil, Spices, Salt, Thickener (Xanthan Gum).", "sugar", "wheat corn soy"),
    ("label", "Traditional Boerewors. Ingredients: Beef, Pork, Fat, Water, Cereal (Wheat), Salt, Spices (Coriander, Cloves, Nutmeg), Vinegar, Preservative (E223). Allergens: Gluten (Wheat), Sulphites.", "wheat", ""),
    ("label", "Orange Squash. Dilute to taste. Ingredients: Water, Sugar, Orange Juice from Concentrate (5%), Citric Acid, Sweeteners (Sodium Cyclamate, Sucralose), Stabilisers, Preservatives, Colourant (Sunset Yellow).", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Nathan, Toronto (Canada). Terse, often one or two words, Tim Hortons habit; labels are bilingual EN/FR.
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "timmies. double double", "dairy sugar", ""),  # why: two creams, two sugars
    ("meal", "correction: that was a medium black, not a double double. force of habit typing it", "", ""),
    ("meal", "poutine.", "dairy", "wheat corn soy"),  # why: cheese curds; gravy is usually flour or starch based; fryer oil
    ("meal", "eggs bacon", "", "sugar"),
    ("meal", "peameal bacon sandwich at st lawrence market, ate it without the bun", "corn", "sugar"),  # why: peameal bacon is rolled in cornmeal
    ("meal", "shawarma plate. chicken, rice, salad, garlic sauce. no pita", "", "dairy wheat soy"),  # why: chicken often marinated in yogurt; Lebanese rice often has toasted vermicelli
    ("meal", "salad, oil and vinegar", "", ""),
    ("meal", "butter tart 🇨🇦", "wheat dairy sugar", "corn"),  # why: many butter tart fillings use corn syrup
    ("meal", "oatmeal with maple syrup", "", "wheat sugar"),
    ("meal", "caesar (the drink)", "sugar", "corn wheat"),  # why: clam-tomato cocktail is sweetened with glucose-fructose; vodka base unknown
    ("meal", "pho hung, rare beef, no hoisin", "", "sugar"),
    ("meal", "swiss chalet quarter chicken dinner, no roll, no sauce", "", "corn soy sugar"),
    ("meal", "ketchup chips. small bag", "sugar", "corn dairy"),
    ("meal", "steak, baked potato, sour cream", "dairy", ""),
    ("meal", "half a nanaimo bar at work", "wheat dairy sugar corn", ""),  # why: graham crumb base, butter and custard-powder (corn starch) filling
    ("meal", "tourtière at the in-laws for réveillon", "wheat", "dairy"),
    ("meal", "st-viateur bagel, plain", "wheat", "sugar"),  # why: Montreal bagels are boiled in honey water
    ("meal", "chicken breast rice broccoli", "", ""),
    ("label", "Macaroni & Cheese Dinner / Macaroni et fromage. INGREDIENTS: ENRICHED WHEAT FLOUR, CHEESE SAUCE MIX (MODIFIED MILK INGREDIENTS, SALT, SODIUM PHOSPHATES, CITRIC ACID, COLOUR). CONTAINS: WHEAT, MILK. / INGRÉDIENTS : FARINE DE BLÉ ENRICHIE, MÉLANGE POUR SAUCE AU FROMAGE (SUBSTANCES LAITIÈRES MODIFIÉES, SEL, PHOSPHATES DE SODIUM, ACIDE CITRIQUE, COLORANT). CONTIENT : BLÉ, LAIT.", "wheat dairy", "corn"),
    ("label", "Pure Maple Syrup, Canada Grade A Amber / Sirop d'érable pur, Catégorie A ambré. Ingredients: Pure maple syrup / Ingrédients : sirop d'érable pur.", "", "sugar"),  # why: natural sweetener, flagged as possible by the protocol
    ("label", "Peameal Bacon / Bacon de dos enrobé de semoule de maïs. Ingredients: Pork, water, salt, sugar, sodium phosphate, sodium erythorbate, sodium nitrite, cornmeal. / Ingrédients : porc, eau, sel, sucre, phosphate de sodium, érythorbate de sodium, nitrite de sodium, semoule de maïs.", "sugar corn", ""),
    ("label", "Ketchup Flavoured Potato Chips / Croustilles saveur de ketchup. Ingredients: Potatoes, vegetable oil (canola and/or sunflower), sugar, salt, dextrose, tomato powder, onion powder, citric acid, paprika extract, spices, natural flavour. May contain milk / Peut contenir du lait.", "sugar", "corn dairy"),
    ("label", "Clam Tomato Cocktail / Cocktail de tomates et palourdes. Ingredients: Water, tomato paste, glucose-fructose, salt, monosodium glutamate, dried clam broth, spices, citric acid, onion powder, garlic powder, natural flavour, colour. / Ingrédients : eau, pâte de tomates, glucose-fructose, sel...", "sugar corn", ""),  # why: Canadian 'glucose-fructose' is high-fructose corn syrup
    ("label", "Butter Tarts 6 pk / Tartelettes au beurre. Ingredients: Corn syrup, brown sugar, enriched wheat flour, shortening (palm, canola), raisins, eggs, butter, salt, vinegar. Contains: wheat, egg, milk. May contain: soy, tree nuts. / Contient : blé, œuf, lait. Peut contenir : soya, noix.", "corn sugar wheat dairy", "soy"),
    ("label", "Unsweetened Almond Beverage / Boisson d'amande non sucrée. Ingredients: Almondmilk (filtered water, almonds), calcium carbonate, sea salt, potassium citrate, sunflower lecithin, gellan gum, vitamin A palmitate, vitamin D2. / Ingrédients : boisson d'amande (eau filtrée, amandes), carbonate de calcium, sel de mer...", "", ""),
    ("label", "Quick Oats / Gruau rapide. Ingredients: 100% whole grain rolled oats. May contain wheat and barley. / Ingrédients : flocons d'avoine à grains entiers 100 %. Peut contenir du blé et de l'orge.", "", "wheat"),
    ("label", "Rotisserie Dipping Sauce Mix / Mélange pour sauce à trempette. Ingredients: Modified corn starch, wheat flour, sugar, salt, hydrolyzed soy and corn protein, onion powder, spices, caramel colour, chicken fat. Contains: wheat, soy.", "corn wheat sugar soy", ""),
    ("label", "Coconut Beverage Original / Boisson de coco originale. Ingredients: Coconut beverage (filtered water, coconut cream), cane sugar, tricalcium phosphate, sea salt, gellan gum, natural flavour, vitamin D2. Dairy free / Sans produits laitiers.", "sugar", ""),
]

# ---------------------------------------------------------------------------
# Linda, Fort Worth, Texas (US). Retired, cooks from recipes and lists what went in, ALL CAPS headers, "y'all".
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "BREAKFAST: 2 eggs fried in olive oil, 1/2 grapefruit, black coffee", "", ""),
    ("meal", "Made my King Ranch casserole the diet way: chicken, a can of Rotel, onions, peppers, sauce of homemade chicken broth thickened with arrowroot, NO cheese, NO cream of mushroom, zucchini layers instead of tortillas", "", "corn"),  # why: canned tomatoes and chiles list citric acid; arrowroot is not corn
    ("meal", "LUNCH Chick-fil-A cobb salad no cheese w grilled nuggets, avocado lime ranch on the side (used half)", "dairy", "sugar soy corn"),
    ("meal", "Chili tonight. Recipe: 2 lb ground chuck, 1 onion, 3 cloves garlic, 2 tbsp chili powder, 1 tbsp cumin, 1 can tomato sauce, 1 can kidney beans, 2 tbsp masa harina to thicken", "corn", ""),  # why: masa harina is corn
    ("meal", "Today just scrambled eggs with fresh pico de gallo. (Last night's chili had the masa in it, already logged)", "", ""),
    ("meal", "Whataburger, no bun, no cheese, grilled jalapeños, mustard", "", ""),
    ("meal", "Thanksgiving at my daughter's. Turkey (she brined it with brown sugar), green beans with bacon, sweet potato casserole without marshmallows but brown sugar and pecans. Skipped the rolls and the dressing. A sliver of pumpkin pie", "sugar wheat dairy", ""),  # why: pie crust and evaporated milk filling
    ("meal", "Pecan pie bite, Lord forgive me", "corn sugar wheat", "dairy"),  # why: classic pecan pie filling is corn syrup and sugar in a flour crust
    ("meal", "celery with almond butter", "", ""),
    ("meal", "Blue Bell homemade vanilla, 1 scoop, grandbaby's birthday", "dairy sugar", "corn"),
    ("meal", "Brunch at the club, eggs benedict on a bed of spinach instead of the English muffin. Kept the hollandaise", "dairy", ""),
    ("meal", "Tex-Mex at El Fenix: beef fajitas, no tortillas, no cheese, no sour cream. Had a few chips with the salsa", "corn", "soy wheat sugar dairy"),  # why: fajita marinades often use soy sauce or Worcestershire; sizzling plates get butter
    ("meal", "Baked cornbread for the grandkids, didn't eat any. Just licked the spoon lol", "corn dairy", "wheat sugar"),  # why: batter is cornmeal and buttermilk; many recipes add flour and sugar; any exposure counts
    ("meal", "Crockpot pot roast with carrots, potatoes, onion and 1 packet of onion soup mix", "corn sugar", "soy wheat"),  # why: onion soup mix is thickened with corn starch and sweetened
    ("meal", "Luby's: unsweetened iced tea, baked fish, steamed broccoli no butter", "", "dairy corn"),
    ("meal", "SMOOTHIE: frozen strawberries, 1/2 banana, unsweetened almond milk, 1 scoop collagen peptides", "", ""),
    ("meal", "Dr Pepper. Just one. It was 104 out", "sugar corn", ""),  # why: US Dr Pepper is sweetened with high-fructose corn syrup
    ("meal", "breakfast tacos from the gas station, on corn tortillas, egg & potato", "corn", "dairy soy"),
    ("meal", "Fried okra at Babe's. It's cornmeal breaded so no wheat right?", "corn", "wheat dairy soy"),  # why: Southern okra dredge is often cornmeal mixed with flour, sometimes a buttermilk dip
    ("meal", "Wedge salad with bacon, no blue cheese. Homemade dressing: olive oil, red wine vinegar, dijon, a little honey, garlic", "", "sugar"),
    ("label", "Homemade Vanilla Ice Cream. Ingredients: Milk, Cream, Sugar, Skim Milk, High Fructose Corn Syrup, Corn Syrup, Natural Flavor, Vegetable Gums (Guar, Carrageenan, Locust Bean), Annatto Color. Contains: Milk.", "dairy sugar corn", ""),
    ("label", "Original Diced Tomatoes & Green Chilies. Ingredients: Tomatoes, Water, Green Chile Peppers, Less than 2% of: Salt, Calcium Chloride, Citric Acid, Spice, Natural Flavor.", "", "corn"),
    ("label", "Light Corn Syrup with Real Vanilla. Ingredients: Corn Syrup, Sugar, Salt, Vanilla.", "corn sugar", ""),
    ("label", "Onion Soup & Dip Mix. Ingredients: Onions (Dehydrated), Salt, Cornstarch, Onion Powder, Sugar, Corn Syrup, Hydrolyzed Soy Protein, Caramel Color, Partially Hydrogenated Soybean Oil, Yeast Extract, Natural Flavors, Disodium Inosinate, Disodium Guanylate. Contains: Soy.", "corn sugar soy", ""),
    ("label", "Instant Corn Masa Flour. Gluten Free. Ingredients: Corn Treated with Lime, Traces of Lime.", "corn", ""),
    ("label", "Original Creole Seasoning. Ingredients: Salt, Red Pepper, Black Pepper, Chili Powder (Chili Pepper, Spices, Salt, Garlic), Garlic. Contains less than 2% Silicon Dioxide to prevent caking.", "", ""),
    ("label", "Dr Pepper. Ingredients: Carbonated Water, High Fructose Corn Syrup, Caramel Color, Phosphoric Acid, Natural and Artificial Flavors, Sodium Benzoate (Preservative), Caffeine.", "sugar corn", ""),
    ("label", "Unsweetened Brewed Iced Tea. 0 calories. Ingredients: Brewed Tea (Filtered Water, Tea), Citric Acid, Natural Flavor.", "", "corn"),
]

# ---------------------------------------------------------------------------
# Kiri, Wellington (NZ). Short posts, typos, kiwi slang ("chur", "sweet as", "the dairy" = corner shop).
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "mince n cheese pie frm the dairy 🥧 oops", "wheat dairy", "soy sugar corn"),
    ("meal", "got a water n a banana from the dairy, sweet as", "", ""),  # why: 'the dairy' is the corner shop
    ("meal", "L&P", "sugar", "corn"),
    ("meal", "kumara chips homemade in the air fryer, olive oil n salt", "", ""),
    ("meal", "hokey pokey icecream, tip top", "dairy sugar", "corn"),
    ("meal", "fush n chups 🐟", "wheat", "corn soy"),
    ("meal", "eggs on toast.. the GF bread from countdown", "", "corn sugar soy"),
    ("meal", "boil up at nan's - pork bones, watercress, potato, kumara, doughboys", "wheat", ""),  # why: doughboys are flour dumplings
    ("meal", "chur, hangi at the marae, pork chicken kumara pumpkin. skipped the stuffing", "", ""),
    ("meal", "pineapple lumps 🍍 the whole bag", "sugar dairy", "wheat corn soy"),
    ("meal", "flat white w almond milk", "", "sugar"),
    ("meal", "feijoas off nans tree, like 6 of them", "", ""),
    ("meal", "sushi frm st pierres salmon avo", "sugar", "soy wheat"),
    ("meal", "whitebait fritter on white bread 😭 west coast trip", "wheat", "dairy sugar soy"),
    ("meal", "roast lamb n veg sunday, gravy was just the pan juices", "", ""),
    ("meal", "pav at xmas w cream n kiwifruit", "sugar dairy", "corn wheat"),  # why: pavlova is usually stabilised with cornflour, and NZ cornflour can be wheaten
    ("meal", "correction - that pav w cream was store bought, box says tapioca starch not cornflour", "sugar dairy", ""),
    ("meal", "weet-bix w trim milk n banana", "wheat dairy sugar", ""),
    ("meal", "just water today n an apple, sick", "", ""),
    ("label", "Lemon & Paeroa. World famous in New Zealand. Ingredients: Carbonated water, sugar, lemon juice, food acid (330), flavour, colour (150d), preservative (211).", "sugar", "corn"),
    ("label", "Hokey Pokey Ice Cream. Ingredients: Milk Solids, Sugar, Water, Hokey Pokey Pieces (8%) (Sugar, Glucose Syrup, Raising Agent (Baking Soda)), Glucose Syrup, Vegetable Fat, Emulsifier (471), Thickeners (412, 410, 407), Flavour, Colour (160b).", "dairy sugar", "corn"),
    ("label", "Chocolate Pineapple Lumps. Ingredients: Milk Chocolate (47%) [Sugar, Cocoa Butter, Milk Solids, Cocoa Mass, Emulsifiers (Soy Lecithin, 476), Flavour], Sugar, Glucose Syrup (from Wheat or Maize), Wheat Flour, Gelatine, Food Acid (330), Flavour, Colour (102). Contains Milk, Soy, Wheat.", "dairy sugar soy wheat", "corn"),
    ("label", "Mince & Cheese Pie. Ingredients: Pastry (Wheat Flour, Margarine (Vegetable Fats, Water, Salt, Emulsifier (Soy Lecithin)), Water, Salt), Beef Mince (30%), Cheese (10%) (Milk), Water, Thickener (1422 from Maize), Onion, Beef Stock (Yeast Extract, Salt, Sugar), Spices. Contains: Wheat, Milk, Soy.", "wheat dairy soy corn sugar", ""),
    ("label", "Gluten Free Pavlova Base. Ingredients: Egg White, Sugar, Tapioca Starch, Food Acid (Cream of Tartar), Vinegar.", "sugar", ""),  # why: cream of tartar is not dairy
    ("label", "Kūmara Chips, Sea Salt. Ingredients: Kūmara (Sweet Potato) (93%), Sunflower Oil, Sea Salt.", "", ""),
    ("label", "Mānuka Honey UMF 10+. 100% New Zealand Mānuka Honey. Not suitable for infants under 12 months.", "", "sugar"),
    ("label", "Baking Powder. Gluten Free. Ingredients: Raising Agents (Sodium Acid Pyrophosphate, Sodium Bicarbonate), Maize Starch.", "corn", ""),
]

# ---------------------------------------------------------------------------
# Sam, Brisbane (Australia). Keto gym bro, macros, "0 carb", trusts anything labelled sugar free.
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "OMAD: 400g scotch fillet, 4 eggs, half avo. 0 carb baby 💪", "", ""),
    ("meal", "pre workout: black coffee + creatine", "", ""),
    ("meal", "2 slices of the low carb bread from the bakery toasted w butter", "wheat dairy", "soy"),  # why: low-carb loaves are built on wheat protein (gluten), often with soy flour
    ("meal", "quest bar cookies n cream", "dairy corn", "soy"),  # why: milk proteins and soluble corn fibre
    ("meal", "zero sugar energy drink", "", "corn"),
    ("meal", "bunnings snag, no bread, just the snag and onions", "", "wheat sugar soy corn"),  # why: BBQ sausages usually have wheat filler; onions fried on an oiled hotplate
    ("meal", "fat bombs i made: coconut oil, cacao, almond butter, few drops liquid stevia", "", ""),
    ("meal", "gyg burrito bowl naked (no rice), pulled pork, cheese, sour cream, guac", "dairy", "sugar"),
    ("meal", "keto butter chicken from the meal prep mob, cauli rice", "dairy", ""),
    ("meal", "shake: 2 scoops WPI, 300ml full cream milk", "dairy", ""),
    ("meal", "sugar free jelly for dessert", "", "corn"),
    ("meal", "bacon n eggs at the cafe, no toast, extra spinach", "", "sugar dairy"),
    ("meal", "macros 160P 130F 20C. ate: chicken thighs, broccoli w parmesan, pork crackling, 2 tbsp bega peanut butter", "dairy", "sugar soy"),
    ("meal", "correction on yesterday's macros - the 'crackling' was a packet of pork scratchings w flavour on them", "", "sugar corn wheat dairy"),
    ("meal", "red rooster quarter chook skin on, no sides", "", "sugar corn"),
    ("meal", "grilled barra, greek salad w feta, just olive oil no dressing", "dairy", ""),
    ("label", "Keto Low Carb Bread. 95% LESS CARBS*. Ingredients: Water, Wheat Protein (Gluten), Linseed, Soy Flour, Sunflower Seeds, Wheat Fibre, Oat Fibre, Yeast, Canola Oil, Salt, Vinegar, Emulsifier (481). Contains Wheat, Soy, Gluten. *Compared to regular white bread.", "wheat soy", ""),
    ("label", "Sugar Free Jelly Crystals, Raspberry. 99% sugar free. Ingredients: Gelatine, Food Acids (Citric Acid, Fumaric Acid), Acidity Regulator (Sodium Citrate), Sweeteners (Aspartame, Acesulfame Potassium), Flavour, Colour (Anthocyanins). Contains Phenylalanine.", "", "corn"),
    ("label", "Zero Sugar Energy Drink. Ingredients: Carbonated Water, Food Acid (330), Taurine, Flavours, Acidity Regulator (331), Caffeine, Sweeteners (950, 955), Preservative (202), Colour (150d), Vitamins (Niacin, B6, B12).", "", "corn"),
    ("label", "Keto Granola Cinnamon Crunch. NO ADDED SUGAR. Ingredients: Almonds, Coconut Flakes, Pecans, Sunflower Seeds, Erythritol, Coconut Oil, Cinnamon, Natural Flavour, Monk Fruit Extract. May contain traces of peanuts, milk, sesame.", "", "corn dairy"),
    ("label", "Whey Protein Isolate, Vanilla. Ingredients: Whey Protein Isolate (Milk) (95%), Flavour, Thickener (Xanthan Gum), Sweetener (Sucralose), Emulsifier (Soy Lecithin). Contains Milk, Soy.", "dairy soy", "corn"),
    ("label", "Pork Crackle, BBQ Flavour. Ingredients: Pork Rind, Vegetable Oil, BBQ Seasoning (Sugar, Salt, Maltodextrin (from Maize), Dextrose, Tomato Powder, Onion, Garlic, Smoke Flavour, Milk Solids, Paprika), Flavour Enhancer (621). Contains Milk.", "sugar corn dairy", "soy"),
    ("label", "Sugar Free Milk Chocolate, sweetened with stevia. Ingredients: Cocoa Butter, Whole Milk Powder, Erythritol, Inulin, Cocoa Mass, Emulsifier (Soy Lecithin), Natural Vanilla Flavour, Steviol Glycosides. Contains Milk, Soy.", "dairy soy", "corn"),
    ("label", "Low Carb Tortilla Wraps. 80% less carbs. Ingredients: Water, Wheat Protein, Oat Fibre, Modified Wheat Starch, Canola Oil, Wheat Flour, Raising Agents (450, 500), Salt, Preservative (282), Food Acid (296). Contains Wheat, Gluten.", "wheat", ""),
    ("label", "MCT Oil C8. 100% Caprylic Acid from coconuts. Keto friendly.", "", ""),
    ("label", "Smooth Peanut Butter. Ingredients: Peanuts (85%), Vegetable Oil (Canola), Sugar, Salt.", "sugar", ""),
    ("label", "Maple Flavoured Syrup, Sugar Free. Ingredients: Water, Sorbitol, Thickener (Xanthan Gum), Flavour, Colour (150c), Preservatives (202, 211), Sweetener (Sucralose).", "", "corn"),  # why: flavoured, not real maple; no sugar but sorbitol, xanthan and caramel colour
    ("label", "Coconut Cream. Ingredients: Coconut Extract (99%), Thickener (Guar Gum).", "", ""),
    ("label", "Beef Jerky Original. Ingredients: Beef (90%), Sugar, Soy Sauce (Water, Soybeans, Wheat, Salt), Salt, Yeast Extract, Spices, Preservative (250).", "sugar soy wheat", ""),
    ("label", "Keto Choc Frozen Dessert. Dairy free. No sugar added. Ingredients: Coconut Cream, Water, Erythritol, Soluble Corn Fibre, Cocoa, Pea Protein, Vegetable Gums (412, 410), Salt, Steviol Glycosides.", "corn", ""),
]

# ---------------------------------------------------------------------------
# Fiona, Edinburgh (Scotland, UK). Coeliac sister so label-savvy; precise full sentences; free-from aisle.
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "Breakfast: three gluten free oatcakes with almond butter. Black coffee.", "", "sugar"),
    ("meal", "Lunch at Leon: grilled chicken superfood salad, no aioli. Checked the allergen sheet: no gluten, no milk listed.", "", "sugar"),
    ("meal", "Burns supper: haggis, neeps and tatties. The haggis was the gluten-free one. Neeps were mashed with butter.", "dairy", "sugar corn"),  # why: GF haggis is not wheat; some add dextrose
    ("meal", "Dinner: corn-and-rice gluten-free fusilli with homemade tomato sauce, olive oil, basil.", "corn", ""),  # why: gluten-free pasta is often maize based
    ("meal", "Soba noodle salad. I checked: 100% buckwheat (juwari) soba. Dressing of tamari, rice vinegar, sesame oil.", "soy", "wheat"),  # why: buckwheat is not wheat; tamari can contain a little wheat unless labelled
    ("meal", "Scotch pie at the football. I know.", "wheat", ""),
    ("meal", "Irn-Bru, the full sugar one, it was all they had.", "sugar", "corn"),
    ("meal", "Porridge with certified gluten-free oats, water and salt, the proper Scottish way.", "", ""),
    ("meal", "Cullen skink at a café by the harbour, then remembered it is milk based.", "dairy", ""),
    ("meal", "Stir fry with coconut aminos, king prawns, pak choi and rice noodles.", "", ""),
    ("meal", "Correction: yesterday's 'rice noodles' were glass noodles, mung bean starch. Still fine.", "", ""),
    ("meal", "One piece of tablet from my auntie.", "sugar dairy", ""),  # why: tablet is sugar boiled with condensed milk and butter
    ("meal", "Roast chicken, roasted parsnip, carrot and beetroot, gravy made from the juices thickened with cornflour.", "corn", ""),  # why: UK cornflour is maize starch
    ("meal", "Tunnock's teacake at my gran's.", "wheat sugar dairy", "corn soy"),
    ("label", "Gluten Free Rough Oatcakes. Ingredients: Wholegrain Oats (Gluten Free) (83%), Sustainable Palm Fruit Oil, Sea Salt, Raising Agent: Sodium Bicarbonate. Made in a dedicated gluten free factory.", "", ""),
    ("label", "Free From Fusilli. Gluten Free Pasta. Ingredients: Corn Flour (64%), Rice Flour (35%), Emulsifier: Mono- and Diglycerides of Fatty Acids.", "corn", ""),
    ("label", "Gluten Free Haggis. Ingredients: Lamb Lung, Beef Fat, Gluten Free Oatmeal, Water, Onions, Lamb Liver, Seasoning (Salt, Spices), Rice Flour, Dextrose. Produced on a site that handles wheat.", "sugar", "wheat corn"),
    ("label", "Sugar Free Orange Flavour Soft Drink. Ingredients: Carbonated Water, Acid (Citric Acid), Flavourings (including Caffeine), Sweeteners (Aspartame, Acesulfame K), Preservative (Potassium Sorbate), Colours (Sunset Yellow, Ponceau 4R). Contains a source of phenylalanine.", "", "corn"),
    ("label", "Juwari Soba, 100% Buckwheat Noodles. Ingredients: Buckwheat Flour (100%). Produced in a factory that also handles wheat.", "", "wheat"),
    ("label", "Soba Noodles. Ingredients: Wheat Flour (60%), Buckwheat Flour (40%), Salt. Allergy advice: contains Wheat.", "wheat", ""),  # why: ordinary soba is mostly wheat
    ("label", "Tamari Soya Sauce, Wheat Free. Ingredients: Water, Soya Beans (22%), Sea Salt, Alcohol (Spirit).", "soy", ""),
    ("label", "Coconut Amino Seasoning Sauce. Soy free. Gluten free. Ingredients: Organic Coconut Tree Sap, Organic Sea Salt.", "", ""),
    ("label", "Scottish Tablet. Ingredients: Sugar, Sweetened Condensed Milk (Whole Milk, Sugar), Butter (Milk), Glucose Syrup. Allergy advice: contains Milk.", "sugar dairy", "corn"),
    ("label", "Free From Chocolate Bar, vegan. Ingredients: Sugar, Cocoa Butter, Rice Powder (Rice Syrup, Rice Flour), Cocoa Mass, Inulin, Emulsifier: Sunflower Lecithin, Natural Vanilla Flavouring. May contain milk.", "sugar", "dairy"),  # why: rice syrup is sugar; cocoa butter is not dairy
    ("label", "Dairy Free Spread. Ingredients: Plant Oils in varying proportions (Palm, Rapeseed, Sunflower), Water, Salt (1.4%), Emulsifier (Mono- and Diglycerides of Fatty Acids), Natural Flavourings, Colour (Carotenes), Vitamins A and D.", "", ""),
    ("label", "Buttery Spread. Ingredients: Vegetable Oils (Rapeseed, Palm), Water, Buttermilk (7%), Salt, Emulsifier (Sunflower Lecithin), Preservative (Potassium Sorbate), Colour (Carotenes), Vitamins A & D. Allergy advice: contains Milk.", "dairy", ""),
    ("label", "Oat Drink Barista Edition. Gluten free. Ingredients: Water, Oats (10%), Rapeseed Oil, Acidity Regulator (Dipotassium Phosphate), Calcium Carbonate, Iodised Salt, Vitamins (D2, Riboflavin, B12).", "", ""),
    ("label", "Oat Drink. Ingredients: Water, Oats (10%), Sunflower Oil, Salt. Allergy advice: may contain gluten.", "", "wheat"),
    ("label", "Free From Custard Creams. Gluten Free. Ingredients: Rice Flour, Sugar, Palm Oil, Maize Starch, Potato Starch, Dextrose, Glucose Syrup, Custard Powder (Maize Starch, Salt, Flavouring, Colour: Annatto), Raising Agents (Sodium Bicarbonate, Ammonium Bicarbonate), Salt, Thickener: Xanthan Gum, Flavouring.", "sugar corn", ""),
    ("label", "Lactose Free Mature Cheddar. Ingredients: Mature Cheddar Cheese (Milk), Lactase Enzyme.", "dairy", ""),
    ("label", "Gluten Free Gravy Granules. Ingredients: Potato Starch, Maltodextrin, Salt, Palm Oil, Colour (Ammonia Caramel), Flavour Enhancer (Monosodium Glutamate), Onion Powder, Flavourings, Sugar.", "sugar", "corn"),
    ("label", "Free From Fish Fingers. Ingredients: Alaska Pollock (65%), Gluten Free Breadcrumb (Rice Flour, Maize Flour, Potato Starch, Salt, Dextrose, Paprika, Turmeric), Rapeseed Oil, Water, Cornflour.", "corn sugar", ""),
]

# ---------------------------------------------------------------------------
# Daniel, Cape Town (South Africa). Vegan, health-shop regular, some Afrikaans ("ag", "lekker").
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "oat latte at Truth, lekker", "", "wheat"),
    ("meal", "Woolies vegan chicken-style strips in a big salad, lemon and olive oil", "", "soy wheat corn"),  # why: meat analogues are usually soy protein and/or wheat gluten
    ("meal", "Lentil bobotie I made: brown lentils, onion, curry powder, turmeric, 1 tbsp apricot jam, a spoon of chutney, almond milk 'custard' with egg replacer on top", "sugar", "corn"),
    ("meal", "rooibos with coconut milk", "", ""),
    ("meal", "Kauai peanut butter smoothie, asked no honey, with almond milk", "", "sugar"),
    ("meal", "vegan gatsby at the rugby 🙈 falafel, chips, sauce, the whole roll", "wheat", "soy corn sugar"),
    ("meal", "falafel without the wrap, on salad, hummus and tahini", "", "wheat soy corn"),  # why: falafel mixes often add flour and are deep-fried in blended oil
    ("meal", "3 veg samoosas from the corner shop", "wheat", "soy corn"),
    ("meal", "Butternut soup: butternut, onion, coconut milk, one veg stock cube", "", "wheat corn sugar soy"),  # why: butternut is squash and coconut milk is not dairy; the stock cube is the question
    ("meal", "vegan braai: mielies, butternut, mushrooms. skipped the garlic bread", "corn", ""),
    ("meal", "coconut yoghurt with health shop granola (says 'no refined sugar', sweetened with dates and coconut sugar)", "sugar", "wheat"),  # why: coconut sugar is still added sugar
    ("meal", "tofu & veg curry with basmati, cooked in sunflower oil", "soy", ""),
    ("meal", "ag man, a packet of salt & vinegar chips", "", "dairy sugar corn"),  # why: salt & vinegar seasonings often carry lactose and maltodextrin
    ("meal", "correction from Tuesday: that granola had honey in too, read the back again", "sugar", "wheat"),
    ("label", "Plant-Based Chicken-Style Strips. Vegan. Ingredients: Water, Textured Soya Protein (22%), Wheat Gluten, Sunflower Oil, Methylcellulose, Natural Flavourings, Salt, Yeast Extract, Onion Powder, Dextrose. Allergens: Soya, Wheat (Gluten).", "soy wheat sugar", "corn"),
    ("label", "Vegan Mayo, egg free. Ingredients: Canola Oil, Water, Vinegar, Sugar, Modified Maize Starch, Pea Protein, Salt, Mustard Flour, Thickener (Xanthan Gum), Preservative (Potassium Sorbate), Antioxidant (Calcium Disodium EDTA).", "sugar corn", ""),
    ("label", "Apricot Jam. Ingredients: Sugar, Apricots (45%), Acidity Regulator (Citric Acid), Gelling Agent (Fruit Pectin).", "sugar", "corn"),
    ("label", "Vegetable Stock Cubes. Ingredients: Salt, Maize Starch, Flavour Enhancers (MSG, E631, E627), Hydrolysed Vegetable Protein (Soya), Sugar, Vegetable Fat (Palm), Dehydrated Vegetables (Onion, Carrot, Celery), Spices, Wheat Flour. Allergens: Wheat (Gluten), Soya, Celery.", "corn soy sugar wheat", ""),
    ("label", "No Refined Sugar Granola, Cacao & Coconut. Ingredients: Rolled Oats (50%), Coconut Sugar, Coconut Flakes, Sunflower Seeds, Coconut Oil, Dates, Cacao Nibs, Honey, Sea Salt. May contain traces of nuts, sesame and gluten.", "sugar", "wheat"),  # why: 'no refined sugar' but coconut sugar is added sugar
    ("label", "Plain Coconut Milk Yoghurt Alternative. Dairy free. Ingredients: Coconut Milk (Water, Coconut Cream), Modified Starch (Tapioca), Pea Protein, Vegan Cultures, Thickener (Pectin).", "", ""),
    ("label", "Salt & Vinegar Flavoured Potato Chips. Ingredients: Potatoes, Vegetable Oil (Palm Olein), Salt & Vinegar Flavouring (Salt, Maltodextrin, Lactose (Milk), Sodium Diacetate, Citric Acid, Malic Acid, Flavour Enhancer (MSG)). Allergens: Milk.", "dairy", "corn"),  # why: lactose is a milk sugar, so dairy
    ("label", "Samoosa Pastry (Pur). Ingredients: Wheat Flour, Water, Salt, Vegetable Oil. Allergens: Wheat (Gluten).", "wheat", "corn soy"),
    ("label", "Rooibos Chai. Ingredients: Rooibos (80%), Cinnamon, Ginger, Cardamom, Cloves, Black Pepper, Natural Flavouring.", "", ""),
    ("label", "Vegan Cheddar Style Block. Ingredients: Water, Coconut Oil (23%), Modified Potato Starch, Potato Starch, Salt, Flavourings (contains Soya), Olive Extract, Colour (Beta-Carotene). Allergens: Soya.", "soy", ""),
    ("label", "Peanut Butter, No Added Sugar or Salt. Ingredients: Roasted Peanuts (100%). Produced in a factory that also processes tree nuts, milk and soya.", "", "dairy soy"),
]

# ---------------------------------------------------------------------------
# Dr Anjali Mehta, clinical dietitian, Mumbai (India). Patient notes in clinic shorthand (Pt., B/F, Eve).
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "Pt. R.S., Day 4: B/F - vegetable poha (no sugar, groundnut oil); Lunch - 2 jowar bhakri, bhindi sabzi, moong dal; Eve - roasted chana; Dinner - khichdi with 1 tsp ghee. Compliant except ghee, counselled.", "dairy", ""),
    ("meal", "Pt. M.D., Day 2: vada pav at office canteen (reports 'only one'). Rest: idli-sambar B/F, dal-rice lunch.", "wheat", "sugar soy corn"),  # why: pav is wheat bread, usually with sugar; vada fried in refined oil
    ("meal", "Pt. S.K., Day 7: B/F - 2 thepla made with bajra flour only (confirmed with cook, no atta added); Lunch - rice, kadhi (besan + buttermilk); Dinner - bajra khichdi.", "dairy", "sugar"),  # why: Gujarati kadhi is often sweetened
    ("meal", "Pt. A.P., Day 10: all meals home-cooked. Rice, toor dal, lauki sabzi, salad; Eve - coconut water; Dinner - ragi dosa with peanut chutney.", "", ""),
    ("meal", "Pt. N.R., Day 5: wedding function - paneer tikka, dal makhani, jeera rice, 1 gulab jamun. Skipped naan. Significant deviation.", "dairy sugar wheat", ""),  # why: gulab jamun is khoya with maida, soaked in syrup
    ("meal", "Pt. R.S., Day 5: B/F - besan chilla; Lunch - brown rice, rajma; Tea - masala chai with milk, no sugar (has not given up milk tea); Dinner - grilled fish, sautéed vegetables.", "dairy", ""),
    ("meal", "Pt. V.G., Day 3: B/F - 'sugar-free' diabetic biscuits x4 with black tea; Lunch - 2 chapati, sabzi; Dinner - dal, rice.", "wheat", "dairy corn soy"),
    ("meal", "Pt. M.D., Day 3: B/F - dalia (broken wheat) upma; Lunch - sprouts salad; Dinner - homemade chicken curry, no cream, rice.", "wheat", ""),
    ("meal", "Pt. S.K., Day 8: pani puri at a street stall x6.", "wheat sugar", "soy corn"),  # why: puris are sooji/maida; sweet chutney is jaggery and dates
    ("meal", "Pt. A.P., Day 11: makhana roasted in ghee as snack; rest compliant (poha, dal-rice, jowar bhakri).", "dairy", ""),
    ("meal", "Pt. N.R., Day 6: back on track. B/F - moong dal chilla, mint chutney; Lunch - vegetable quinoa pulao; Dinner - tofu bhurji (substitutes tofu for paneer), jowar roti.", "soy", ""),
    ("meal", "Pt. R.S., Day 10: 'protein powder' in water after walk; pack shown: soy protein isolate, chocolate, sucralose-sweetened.", "soy", ""),
    ("meal", "Pt. V.G., Day 4: idli with coconut chutney; Lunch - lemon rice, curd (says dahi is essential in summer); Dinner - dosa, sambar.", "dairy", "sugar"),
    ("meal", "Pt. M.D., Day 4: office party - 1 small slice cake, a Thums Up, 1 samosa.", "wheat dairy sugar", "soy corn"),
    ("meal", "Pt. S.K., Day 9: fasting (ekadashi) - sabudana vada, rajgira paratha, boiled sweet potato, peanut-curd chutney.", "dairy", ""),  # why: rajgira is amaranth, not wheat
    ("meal", "Pt. A.P., Day 14 review: 14 days compliant. Today: poha; sambar-rice; sprouts; Malvani fish curry with coconut, rice.", "", "sugar"),
    ("meal", "Pt. N.R., Day 7: B/F cornflakes with almond milk (thought cornflakes were 'healthy'); Lunch rice, dal; Dinner jowar roti, sabzi.", "corn sugar", "wheat"),  # why: cornflakes are sugared and often have malt
    ("meal", "Pt. V.G., Day 5: 'multigrain' atta roti (believes no wheat), bhindi, dal; Eve roasted makhana in olive oil.", "wheat", ""),  # why: multigrain atta is mostly wheat
    ("meal", "Pt. R.S., Day 11: sugarcane juice at roadside stall ('natural sugar').", "sugar", ""),  # why: cane juice is added sugar in this protocol
    ("meal", "Pt. M.D., Day 5: Chinese takeaway - veg hakka noodles, veg manchurian gravy.", "wheat soy corn", "sugar"),  # why: wheat noodles; manchurian uses cornflour and soy sauce
    ("meal", "Pt. S.K., Day 10: piece of jaggery after lunch (follows it as a digestive, 'not sugar').", "sugar", ""),
    ("meal", "Pt. A.P., Day 15, reintroduction (dairy): 1 glass whole milk morning, 1 bowl homemade curd at lunch; otherwise per diet.", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Marcus, San Diego, California (US). Meal prepper; several meals per post as B/L/D/S; Trader Joe's and Costco.
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "prep day: 5 containers of chicken thighs w TJ's everything but the bagel seasoning, roasted broccoli, jasmine rice. ate 1 for lunch", "", ""),  # why: the seasoning is seeds, salt, garlic, onion
    ("meal", "B: 3 egg whites + 2 eggs, spinach. L: prep box. D: salmon, asparagus, quinoa. S: apple + almonds", "", ""),
    ("meal", "costco rotisserie chicken over greens", "sugar", "corn wheat"),  # why: the injection solution lists sugar, dextrose and modified food starch
    ("meal", "sweetgreen harvest bowl minus the goat cheese, balsamic vinaigrette", "", "sugar"),
    ("meal", "B: overnight oats (TJ's GF rolled oats, unsweetened almond milk, chia, berries). L: prep box. D: al pastor tacos at the truck, corn tortillas x4, pineapple, onion, cilantro", "corn", "sugar"),
    ("meal", "rxbar blueberry", "", ""),
    ("meal", "poke bowl: salmon, tuna, brown rice, cucumber, edamame, seaweed salad, light shoyu sauce", "soy wheat sugar", "corn"),  # why: shoyu is wheat-brewed soy; seaweed salad is sweetened
    ("meal", "costco protein bar, choc chip cookie dough", "dairy", "corn soy"),
    ("meal", "cheat meal 🍔 in-n-out double double animal style + fries + chocolate shake", "wheat dairy sugar", "soy corn"),
    ("meal", "day after, back on plan. B eggs + avocado. L prep box. D steak + sweet potato", "", ""),
    ("meal", "TJ's cauliflower gnocchi pan fried in olive oil w pesto (the vegan kale one)", "", ""),
    ("meal", "correction: the pesto was the regular genova, not the vegan one", "dairy", ""),
    ("meal", "smoothie: plant protein vanilla, frozen banana, almond milk", "", "corn sugar"),
    ("meal", "chipotle sofritas bowl, brown rice, black beans, fajita veg, corn salsa, no cheese", "soy corn", ""),  # why: sofritas is tofu
    ("meal", "pre workout, sour candy flavor", "", "corn"),
    ("meal", "D: spaghetti squash w turkey meatballs (almond flour, egg, parmesan) and rao's", "dairy", ""),
    ("meal", "GT's gingerade", "sugar", ""),
    ("meal", "sushi night: sashimi only, no rice, with tamari I brought from home", "soy", "wheat"),
    ("label", "Rotisserie Chicken Seasoned. Ingredients: Whole Chicken, Seasoning (Salt, Sugar, Spice Extractives), Sodium Phosphate, Modified Food Starch, Potato Dextrin, Carrageenan, Dextrose.", "sugar", "wheat corn"),
    ("label", "Cauliflower Gnocchi. Ingredients: Cauliflower, Cassava Flour, Potato Starch, Extra Virgin Olive Oil, Sea Salt.", "", ""),
    ("label", "Genova Pesto. Ingredients: Basil, Sunflower Oil, Parmesan Cheese (Cow's Milk, Salt, Cultures, Enzymes), Extra Virgin Olive Oil, Pine Nuts, Garlic, Salt, Lactic Acid. Contains: Milk, Pine Nuts.", "dairy", ""),
    ("label", "Everything but the Bagel Sesame Seasoning Blend. Ingredients: Sesame Seeds, Sea Salt Flakes, Dried Garlic, Dried Onion, Black Sesame Seeds, Poppy Seeds.", "", ""),  # why: 'bagel' is only in the name
    ("label", "Organic Raw Kombucha, Gingerade. Ingredients: Organic Raw Kombucha (Organic Black Tea, Organic Green Tea, Organic Cane Sugar*, Kombucha Culture), Organic Ginger Juice. *Sugar is used to feed the culture.", "sugar", ""),
    ("label", "Organic Plant Based Protein Powder, Vanilla Bean. Ingredients: Organic Protein Blend (Organic Pea Protein, Organic Brown Rice Protein, Organic Chia Seed), Organic Erythritol, Organic Creamer Base (Organic High Oleic Sunflower Oil, Organic Rice Dextrin, Organic Acacia Gum, Rosemary Extract), Organic Natural Flavors, Organic Guar Gum, Sea Salt, Organic Stevia.", "", "corn"),  # why: 'creamer base' is sunflower oil, not dairy
    ("label", "Seaweed Salad (Wakame). Ingredients: Seaweed, Sugar, High Fructose Corn Syrup, Sesame Oil, Vinegar, Sesame Seeds, Soy Sauce (Water, Soybean, Wheat, Salt), Agar, Red Pepper, Artificial Color (Yellow 5, Blue 1). Contains: Soy, Wheat, Sesame.", "sugar corn soy wheat", ""),
    ("label", "Pre-Workout, Sour Candy Flavor. SUGAR FREE. Ingredients: L-Citrulline, Beta-Alanine, Natural Caffeine, Malic Acid, Citric Acid, Natural & Artificial Flavors, Sucralose, Silicon Dioxide, Calcium Silicate, Acesulfame Potassium, Red 40.", "", "corn"),
    ("label", "Protein Bar, Chocolate Chip Cookie Dough. Ingredients: Protein Blend (Milk Protein Isolate, Whey Protein Isolate), Soluble Corn Fiber, Almonds, Water, Semi-Sweet Chocolate Chips (Unsweetened Chocolate, Erythritol, Cocoa Butter, Inulin, Sunflower Lecithin), Erythritol, Natural Flavors, Sea Salt, Sucralose. Contains: Milk, Almonds. Manufactured in a facility that also processes peanuts, soy, eggs and wheat.", "dairy corn", "soy wheat"),
    ("label", "Organic Gluten Free Rolled Oats. Certified Gluten-Free. Ingredients: Organic Whole Grain Rolled Oats.", "", ""),
    ("label", "Street Taco Corn Tortillas. Ingredients: Corn Masa Flour, Water, Contains 2% or less of: Cellulose Gum, Propionic Acid, Benzoic Acid, Phosphoric Acid, Dextrose, Amylase.", "corn sugar", ""),
    ("label", "Avocado Oil Mayo. Whole30 Approved. Ingredients: Avocado Oil, Organic Eggs, Organic Egg Yolks, Water, Organic Vinegar, Sea Salt, Organic Lemon Juice Concentrate, Rosemary Extract.", "", ""),
]

# ---------------------------------------------------------------------------
# Chloe, Vancouver (Canada). Health-food-store label reader, skeptical of claims; mostly labels, a few meals.
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "Picked up the 'keto' loaf at Whole Foods, vital wheat gluten is ingredient #2. Put it back. Had a brown rice cake with almond butter instead", "", ""),
    ("meal", "Dinner: wild sockeye, roasted acorn squash, kale with lemon", "", ""),  # why: acorn squash is not corn
    ("meal", "Green juice from the juice truck: kale, cucumber, celery, apple, lemon, ginger, cold pressed", "", ""),
    ("meal", "oat milk london fog at JJ Bean. forgot it's made with vanilla syrup 🤦", "sugar", "wheat"),
    ("meal", "Nuba: mjadra with the house salad, no yogurt sauce", "", ""),
    ("meal", "the 'sugar-free' date balls from the health store: dates, cashews, cacao, vanilla", "", ""),  # why: whole dates are fruit, not added sugar
    ("meal", "Miku, aburi salmon oshi. Oops, pretty sure the sauce on top is mayo based and there's a sweet glaze", "sugar", "soy wheat"),  # why: pressed sushi rice is sweetened; torched sauces are mayo and sweet soy
    ("meal", "homemade granola: GF oats, pecans, coconut oil, cinnamon, 2 tbsp maple", "", "sugar"),
    ("label", "Keto Sandwich Bread / Pain sandwich céto. 1g net carbs. Ingredients: Water, Vital Wheat Gluten, Wheat Protein Isolate, Oat Fibre, Flaxseed Meal, Psyllium Husk, Yeast, Sunflower Oil, Salt, Vinegar, Cultured Wheat Starch. Contains: Wheat. / Contient : blé.", "wheat", ""),
    ("label", "Almond Milk Cream Cheese Style Spread, Plain. Dairy free. Ingredients: Almond Milk (Water, Almonds), Coconut Oil, Tapioca Starch, Salt, Lemon Juice Concentrate, Enzymes, Cultures, Xanthan Gum, Guar Gum.", "", "corn"),
    ("label", "Oat Milk Non-Dairy Frozen Dessert, Chocolate / Dessert glacé sans produits laitiers. Ingredients: Oatbase (Water, Oats), Sugar, Coconut Oil, Cocoa Powder, Glucose Syrup, Pea Protein, Dextrose, Locust Bean Gum, Guar Gum, Sea Salt. May contain: milk, soy, wheat.", "sugar", "corn dairy soy wheat"),
    ("label", "Organic Light Agave Syrup. Low glycemic! Ingredients: Organic Blue Agave Syrup.", "sugar", ""),
    ("label", "Organic Coconut Sugar. Unrefined, a natural alternative to cane sugar. Ingredients: Organic Coconut Palm Sugar.", "sugar", ""),
    ("label", "Monk Fruit Sweetener, Granular. Zero calorie. Keto. Ingredients: Erythritol, Monk Fruit Extract.", "", "corn"),
    ("label", "Stevia Sweetener Packets / Sachets d'édulcorant à la stévia. Zero calories. Ingredients: Dextrose, Stevia Leaf Extract, Natural Flavour.", "sugar", "corn"),  # why: the packet filler is dextrose
    ("label", "Organic Brown Rice Syrup. Ingredients: Organic Brown Rice, Filtered Water, Enzymes.", "sugar", ""),  # why: rice syrup is an added sugar even when the list only names rice
    ("label", "Gluten-Free Vegan Chocolate Chip Cookies. Ingredients: Gluten-free flour blend (brown rice flour, potato starch, tapioca starch, sorghum flour), cane sugar, dairy-free chocolate chips (cane sugar, unsweetened chocolate, cocoa butter), coconut oil, molasses, ground flax seed, baking soda, sea salt, xanthan gum, vanilla extract. Made in a facility free of the top allergens.", "sugar", "corn"),
    ("label", "Sprouted Spelt Bread. NO WHEAT FLOUR! Ingredients: Organic Sprouted Spelt, Water, Organic Sunflower Seeds, Sea Salt, Yeast. Contains: spelt (a type of wheat).", "wheat", ""),  # why: spelt is wheat despite the claim
    ("label", "Puffed Kamut Khorasan / Céréales soufflées de blé khorasan. Ingredients: Organic Kamut Brand Khorasan Wheat.", "wheat", ""),
    ("label", "Roasted Buckwheat Groats (Kasha). Ingredients: 100% roasted buckwheat. May contain wheat.", "", "wheat"),
    ("label", "Organic Tempeh. Ingredients: Organic Soybeans, Water, Organic Brown Rice, Tempeh Culture.", "soy", ""),
    ("label", "Chickpea Tofu, Burmese Style. Soy free. Ingredients: Water, Chickpea Flour, Sea Salt, Turmeric.", "", ""),  # why: 'tofu' here is made from chickpeas
    ("label", "Veggie Burger Patties. Ingredients: Water, Textured Vegetable Protein (Soy Protein Concentrate), Wheat Gluten, Canola Oil, Methylcellulose, Onions, Salt, Dextrose, Yeast Extract, Natural Flavour, Caramel Colour. Contains: soy, wheat. / Contient : soya, blé.", "soy wheat sugar", "corn"),
    ("label", "Plant-Based Butter with Avocado Oil. Dairy free. Ingredients: Avocado Oil, Coconut Oil, Water, Sunflower Oil, Salt, Natural Flavour, Sunflower Lecithin, Lactic Acid (non-dairy), Annatto.", "", ""),  # why: lactic acid is not a milk ingredient
    ("label", "Non-Dairy Whipped Topping / Garniture fouettée non laitière. Ingredients: Water, Hydrogenated Coconut Oil, Corn Syrup, Sugar, Sodium Caseinate (from milk), Polysorbate 60, Xanthan Gum, Natural and Artificial Flavour. Contains: milk.", "corn sugar dairy", ""),  # why: 'non-dairy' but caseinate is milk protein
    ("label", "Organic Hemp Hearts. Ingredients: Shelled hemp seeds. Packaged in a facility that also handles soy and tree nuts.", "", "soy"),
    ("label", "Vegan Protein Bar, Peanut Butter Chocolate. Ingredients: Brown Rice Syrup, Pea Protein, Peanuts, Tapioca Syrup, Chicory Root Fiber, Cocoa, Sunflower Oil, Sea Salt, Natural Flavours, Mixed Tocopherols.", "sugar", ""),  # why: brown rice syrup and tapioca syrup are added sugars
    ("label", "Whole Wheat Sourdough / Levain de blé entier. Ingredients: Whole wheat flour, water, sea salt, sourdough culture. / Ingrédients : farine de blé entier, eau, sel de mer, levain.", "wheat", ""),
    ("label", "Water Kefir, Ginger. Dairy free. Ingredients: Filtered Water, Organic Cane Sugar*, Water Kefir Grains, Organic Ginger Juice, Organic Lemon Juice. *Mostly consumed during fermentation.", "sugar", ""),  # why: water kefir is sugar-fed, not milk
    ("label", "Plain Milk Kefir / Kéfir nature. Ingredients: Partly skimmed milk, bacterial cultures, yeast.", "dairy", ""),
    ("label", "Nutritional Yeast Flakes. Ingredients: Inactive dried yeast, niacin, pyridoxine hydrochloride, thiamine hydrochloride, riboflavin, folic acid, vitamin B12. Yeast grown on beet molasses.", "", ""),
    ("label", "Barley Miso (Mugi Miso). Unpasteurized. Ingredients: Organic Soybeans, Organic Barley, Sea Salt, Koji (Aspergillus oryzae).", "soy", ""),
    ("label", "Healthy Chocolate Hazelnut Spread / Tartinade chocolat-noisettes. Dairy-free, palm-oil free. Ingredients: Hazelnuts (40%), Coconut Sugar, Cocoa, Cocoa Butter, Sunflower Oil, Sunflower Lecithin, Vanilla, Sea Salt.", "sugar", ""),
    ("label", "Sesame Brown Rice Crackers / Craquelins de riz brun au sésame. Ingredients: Brown Rice, Sesame Seeds, Tamari (Water, Soybeans, Salt, Wheat), Salt. Contains: soy, wheat, sesame.", "soy wheat", ""),  # why: this tamari is brewed with wheat
    ("label", "Popped Sorghum, Sea Salt. Ingredients: Whole grain sorghum, sunflower oil, sea salt.", "", ""),
    ("label", "Cassava Chips, Lime. Grain free. Ingredients: Cassava, Avocado Oil, Sea Salt, Lime Powder (Lime Juice Powder, Maltodextrin (Corn)), Citric Acid.", "corn", ""),
    ("label", "Apple Butter, No Sugar Added. Ingredients: Apples, Apple Juice Concentrate, Cinnamon, Cloves.", "", "sugar"),  # why: apple butter is not dairy; juice concentrate is a hidden sweetener
    ("label", "Cashew Barista Blend. Ingredients: Water, Cashews, Sunflower Oil, Calcium Carbonate, Dipotassium Phosphate, Gellan Gum, Sea Salt, Sunflower Lecithin. Made in a facility that also processes milk and soy.", "", "dairy soy"),
]

# ---------------------------------------------------------------------------
# Karen Liu, RN, functional medicine clinic, Chicago (US). Client-day summaries by client number.
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "Client #0412, day 3. B: 2 eggs, kale sautéed in avocado oil. L: Sweetgreen kale Caesar, no parm, no croutons (dressing still has parmesan and anchovy). D: grilled chicken, roasted sweet potato.", "dairy", ""),
    ("meal", "Client #0412, day 4: Chicago dog at Portillo's, bun removed. Relish (neon green), mustard, onion, tomato, pickle, sport peppers, celery salt.", "sugar", "corn"),  # why: sweet relish; hot dogs often have corn syrup
    ("meal", "Client #0388, day 9: skipped breakfast. L: Chipotle salad, chicken, fajita veg, guac, chipotle-honey vinaigrette. D: takeout shrimp pad thai.", "sugar", "soy wheat"),
    ("meal", "Client #0388, day 10: two slices of Lou Malnati's deep dish at son's birthday. Otherwise compliant.", "wheat dairy", "sugar corn"),
    ("meal", "Client #0501, day 1. B: Starbucks venti iced coffee with coconut milk, no classic. L: leftover turkey chili. D: salmon and rice.", "", "sugar"),  # why: barista coconut milk is usually sweetened
    ("meal", "Client #0501, day 2: reports a 'healthy' acai bowl - acai, banana, granola, honey drizzle, coconut flakes.", "sugar", "wheat"),  # why: granola is almost always sweetened; oats may carry wheat
    ("meal", "Client #0412, day 5: compliant. Chia pudding (coconut milk, berries); tuna salad lettuce wraps with avocado; bison burger patty, roasted Brussels sprouts.", "", ""),
    ("meal", "Client #0388, day 11: Italian beef sandwich, dipped, from Al's, hot giardiniera.", "wheat", "soy sugar"),  # why: giardiniera is packed in soybean oil blends
    ("meal", "Client #0501, day 3: dinner at a friend's, 'some kind of stir fry'; client guesses soy sauce and cornstarch; white rice.", "", "soy wheat corn sugar"),
    ("meal", "Client #0412, day 6: reports Garrett popcorn at the office (Chicago mix, caramel + cheese).", "corn dairy sugar", ""),
    ("meal", "Client #0388, day 12: switched to tamari. B: gluten-free toast with avocado. L: quinoa salad. D: tofu stir fry with tamari and broccoli.", "soy", "wheat corn sugar"),
    ("meal", "Client #0501, day 4: LaCroix only, no Diet Coke. Meals: eggs/bacon; chicken Caesar with no dressing, no croutons, no cheese; pork chop, green beans.", "", "sugar"),
    ("meal", "Client #0412, day 10 milestone: 10 consecutive compliant days. Today: smoothie (spinach, frozen mango, collagen, unsweetened almond milk); salmon salad; roast chicken and vegetables.", "", ""),
    ("meal", "Client #0388, day 13: brunch - eggs Benedict (ate all), fruit cup, one mimosa.", "wheat dairy", "sugar"),
    ("meal", "Client #0501, day 5: evening snack of a sugar-free Jell-O cup topped with Cool Whip Free.", "corn sugar dairy", "soy"),  # why: Cool Whip Free is fat-free, not sugar-free: corn syrup, HFCS and sodium caseinate
    ("meal", "Client #0412, day 15, reintroduction (corn): two corn tortillas at lunch, 1 cup air-popped plain popcorn in the evening.", "corn", ""),
    ("meal", "Client #0388, day 14: cleaned up. Eggs; leftover tofu stir fry; grilled shrimp skewers with lemon.", "soy", "wheat"),
    ("meal", "Client #0501, day 6: steakhouse dinner - filet, creamed spinach, baked potato with butter only.", "dairy", "wheat"),
    ("meal", "Client #0412, day 16 (watch day after corn): eggs and spinach; homemade chicken soup; cod with rice. No other exposures.", "", ""),
    ("meal", "Client #0501, day 7: lunch was an RXBAR and a cashew cookie Larabar (client notes 'Whole30 compliant').", "", ""),
]

# ---------------------------------------------------------------------------
# Grace Tan, Singapore. Mum cooking for the family, lists recipes, mother-in-law's cooking, some Mandarin.
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "Cooked for family: steamed egg custard (eggs, water, pinch of salt), xiao bai cai with garlic, ABC soup (pork ribs, potato, carrot, tomato, onion), rice", "", ""),
    ("meal", "Dinner: my MIL's braised chicken with mushrooms. She uses oyster sauce, Shaoxing wine, light soy, a bit of rock sugar. I ate it, cannot say no to her", "soy wheat sugar", "corn"),
    ("meal", "lunch: mee siam from the hawker", "soy sugar", "wheat"),  # why: the gravy is tau cheo (fermented soybean) and sugar, with tau pok
    ("meal", "Made salmon onigiri for the kids' lunchbox so I ate one also. Rice with salt only, no sushi vinegar", "", ""),
    ("meal", "Cooked Teochew peppery bak kut teh (pork ribs, whole garlic, white pepper), youtiao on the side for kids, I skipped the youtiao", "", ""),
    ("meal", "thunder tea rice (lei cha) with brown rice, lots of veg, tofu, peanuts", "soy", ""),
    ("meal", "nasi lemak: coconut rice, ikan bilis, peanuts, egg, cucumber, sambal", "sugar", ""),  # why: nasi lemak sambal is cooked with sugar; coconut is not dairy
    ("meal", "My own recipe tofu & minced pork, coconut aminos instead of soy sauce, cornstarch to thicken - oh wait no, I used tapioca starch", "soy", ""),
    ("meal", "1/4 snow skin durian mooncake at mid-autumn 🥮", "sugar", "wheat dairy soy corn"),
    ("meal", "3 ondeh ondeh from Bengawan Solo", "sugar", ""),  # why: the filling is gula melaka
    ("meal", "fish head curry at Muthu's with rice, no papadum", "", "sugar dairy"),
    ("meal", "Breakfast: soft boiled eggs, no soya sauce, just pepper; teh-o kosong; 1 banana", "", ""),
    ("meal", "wat dan hor (hor fun w egg gravy), tried to eat only the prawns and veg but the gravy is everywhere", "corn soy wheat", "sugar"),  # why: the noodles are fried with soy sauce; the gravy is thickened with cornflour
    ("meal", "Dinner party at friend's condo: roast beef, mashed potatoes (probably butter), salad with balsamic. Tiramisu I didn't touch", "", "dairy sugar"),
    ("meal", "correction - friend said the mash was made with olive oil and the balsamic was just plain vinegar", "", ""),
    ("meal", "Hainanese pork chop at the western stall: breaded cutlet, tomato gravy, peas, fries", "wheat sugar", "soy corn"),  # why: cream-cracker crumb; the gravy is ketchup-based
    ("label", "Light Soy Sauce 生抽. Naturally brewed. Ingredients: Water, Soybeans, Wheat Flour, Salt, Sugar, Preservative (E211). Contains Soy, Wheat.", "soy wheat sugar", ""),
    ("label", "Shaoxing Hua Tiao Cooking Wine 绍兴花雕酒. Ingredients: Water, Glutinous Rice, Wheat, Salt, Caramel Colour (E150a). Alc. 14% vol.", "wheat", "corn"),
    ("label", "Gula Melaka (Palm Sugar) 椰糖. Ingredients: 100% Coconut Palm Sap Sugar.", "sugar", ""),
    ("label", "Tapioca Starch 木薯粉. Ingredients: Tapioca Starch (100%).", "", ""),
    ("label", "Snow Skin Mooncake, Durian 榴莲冰皮月饼. Ingredients: Durian Paste (Durian, Sugar, Maltose, Vegetable Oil, Wheat Starch), Cooked Glutinous Rice Flour, Icing Sugar (Sugar, Corn Starch), Shortening, Water. Contains Wheat. May contain Soy and Milk.", "sugar wheat corn", "soy dairy"),
    ("label", "Tau Cheo (Fermented Soybean Paste) 豆酱. Ingredients: Soybeans, Water, Salt, Wheat Flour, Sugar.", "soy wheat sugar", ""),
    ("label", "Coconut Milk (Santan) 椰浆. Ingredients: Coconut Extract (75%), Water.", "", ""),
    ("label", "Fishballs 鱼丸. Ingredients: Fish Meat (65%), Water, Tapioca Starch, Salt, Sugar, Flavour Enhancer (E621).", "sugar", ""),
]

# ---------------------------------------------------------------------------
# Rohan, London (UK). Indian-British, city job, abbreviations ("w/", "tmrw"), Indian grocery labels.
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "Dishoom w/ team: chicken ruby, jeera rice, house black daal. Skipped the naan", "dairy", "sugar"),  # why: both curries are finished with butter and cream
    ("meal", "mum's dal chawal w/ aloo sabzi, sunflower oil, hing in the tadka", "", "wheat"),  # why: compounded hing usually contains wheat flour
    ("meal", "itsu: salmon sashimi, edamame, miso soup", "soy", "wheat"),
    ("meal", "Leon grilled chicken box w/ brown rice, no sauce", "", ""),
    ("meal", "Wasabi chicken katsu curry, ate the lot", "wheat sugar", "soy corn dairy"),  # why: panko coating and a curry roux of wheat flour and sugar
    ("meal", "protein oats: oats, Oatly, whey, banana", "dairy", "wheat"),
    ("meal", "rajma at home: tinned kidney beans, onion, tomato, garam masala, jar ginger-garlic paste", "", "corn"),
    ("meal", "client lunch at Hawksmoor: ribeye, triple cooked chips, bone marrow gravy, shared creamed spinach", "dairy", "wheat"),
    ("meal", "masala omelette on 2 slices of GF bread", "", "corn sugar soy"),
    ("meal", "correction for tue: the omelette was made in butter not oil. also had chai w/ oat milk", "dairy", "wheat"),
    ("meal", "gym day: chicken breast, quinoa, spinach, tahini. dinner tandoori salmon from the takeaway", "dairy", ""),  # why: tandoori marinade is yogurt
    ("meal", "handful of bombay mix at the pub w/ a lime soda", "sugar", "corn wheat soy"),  # why: pub lime soda is lime cordial; Bombay mix often has cornflakes and is fried in blended oil
    ("meal", "idli, sambar, coconut chutney from the South Indian place in Wembley", "", "sugar"),
    ("meal", "deliveroo chicken shawarma bowl, no bread, garlic sauce, pickles, chips", "", "dairy soy corn"),
    ("meal", "KFC, just the fries lol", "", "corn soy wheat sugar"),
    ("label", "Ginger Garlic Paste. Ingredients: Ginger (48%), Garlic (48%), Salt, Rapeseed Oil, Acidity Regulator: Citric Acid.", "", "corn"),
    ("label", "Bombay Mix. Ingredients: Gram Flour, Vegetable Oil (Palm, Rapeseed), Peanuts, Lentils, Rice Flakes, Corn Flakes (Maize, Sugar, Salt, Barley Malt Extract), Salt, Chilli, Spices, Citric Acid. Allergy advice: contains Peanuts, Barley. May contain Wheat, Milk, Sesame.", "corn sugar", "wheat dairy"),
    ("label", "Paneer. Ingredients: Pasteurised Whole Milk, Acidity Regulator: Citric Acid.", "dairy", "corn"),
    ("label", "Chapati Flour (Atta), Medium. Ingredients: Wholemeal Wheat Flour.", "wheat", ""),
    ("label", "Gram Flour (Besan). Ingredients: Chickpea Flour (100%). Packed in a facility that handles wheat.", "", "wheat"),
    ("label", "Mango Chutney. Ingredients: Sugar, Mango (38%), Water, Salt, Acetic Acid, Spices.", "sugar", ""),
    ("label", "Jaggery (Gur). Ingredients: 100% Sugar Cane Jaggery.", "sugar", ""),
    ("label", "Japanese Curry Roux, Medium Hot. Ingredients: Palm Oil, Wheat Flour, Salt, Sugar, Curry Powder, Corn Starch, Monosodium Glutamate, Caramel Colour, Milk Powder, Soy Sauce (Soybeans, Wheat, Salt). Contains Wheat, Milk, Soy.", "wheat sugar corn dairy soy", ""),
    ("label", "Oat Drink Barista Edition. Ingredients: Water, Oats 10%, Rapeseed Oil, Acidity Regulator (Dipotassium Phosphate), Calcium Carbonate, Iodised Salt, Vitamins (D2, Riboflavin, B12). Allergy advice: contains oats (gluten).", "", "wheat"),
    ("label", "Asafoetida Powder, Gluten Free. Ingredients: Rice Flour, Gum Arabic, Asafoetida (10%).", "", ""),  # why: this hing is cut with rice flour, not wheat
]

# ---------------------------------------------------------------------------
# Ella, Perth (Australia). Mum of three, eats the kids' leftovers, "Mr 6" / "Miss 4", honest about slips.
# ---------------------------------------------------------------------------
BLIND18_CASES += [
    ("meal", "finished Miss 4's vegemite sandwich crusts 🤦‍♀️", "wheat", "dairy soy sugar corn"),  # why: bread plus Vegemite (wheat yeast extract); spread may be butter or margarine
    ("meal", "spag bol for the kids, mine on zucchini noodles, same sauce (mince, passata, onion, garlic, carrot)", "", ""),
    ("meal", "ate 3 of Mr 6's fish fingers standing at the bench", "wheat", "corn soy"),
    ("meal", "black coffee, toast for everyone else, nothing for me till 11 when I had 2 eggs", "", ""),
    ("meal", "school fete sausage sizzle, in bread, tomato sauce and onions", "wheat sugar", "corn soy"),
    ("meal", "lunch: leftover roast chook, rocket, roast pumpkin, pine nuts, olive oil", "", ""),
    ("meal", "handful of BBQ Shapes from the kids' lunchbox", "wheat", "sugar dairy soy corn"),
    ("meal", "kids party: 1 triangle of fairy bread, a few Twisties, 2 party pies", "wheat sugar corn dairy", "soy"),  # why: Twisties are a corn snack with cheese; sprinkles are sugar and corn starch
    ("meal", "stir fry w tamari, chicken, broccolini, rice - the kids had theirs w kecap manis", "soy", "wheat"),
    ("meal", "milo with oat milk, sneaky one", "dairy sugar", "wheat"),  # why: Milo powder itself has milk solids and sugar
    ("meal", "smoothie: frozen banana, spinach, almond milk, PB", "", "sugar"),
    ("meal", "correction: yesterday's fish fingers were the GF ones I buy for Mr 6", "", "corn sugar"),
    ("meal", "book club grazing plate: skipped the crackers, had brie, grapes, olives, prosciutto", "dairy", ""),
    ("meal", "2 weet-bix w coconut yoghurt", "wheat sugar", ""),
    ("meal", "hot chips at the beach", "", "corn soy"),
    ("meal", "banana bread I made: almond meal, eggs, coconut oil, maple syrup, bicarb", "", "sugar"),
    ("meal", "tuna & sweet corn rice paper rolls", "corn", ""),
    ("meal", "rice crackers out of the kids' box, the seaweed ones", "", "soy wheat sugar"),
    ("meal", "chicken schnitty at the pub, no chips, salad, gravy on the side", "wheat", "dairy corn soy"),
    ("label", "Hundreds & Thousands. Ingredients: Sugar, Corn Starch, Colours (102, 110, 122, 133), Vegetable Oil, Glazing Agent (903).", "sugar corn", "soy"),
    ("label", "Cheese Flavoured Corn Twists. Ingredients: Corn (Maize), Vegetable Oil, Cheese Powder (Milk), Salt, Whey Powder (Milk), Flavour Enhancers (621, 627, 631), Maltodextrin, Food Acid (330), Colour (160b). Contains Milk.", "corn dairy", "soy"),
    ("label", "Gluten Free Fish Fingers. Ingredients: Hoki (60%), Gluten Free Crumb (Rice Flour, Maize Starch, Salt, Dextrose, Spices), Canola Oil, Water.", "corn sugar", ""),
    ("label", "Kecap Manis (Sweet Soy Sauce). Ingredients: Sugar, Water, Soybeans, Salt, Wheat. Contains Soy, Wheat.", "sugar soy wheat", ""),
    ("label", "Seaweed Rice Crackers. Ingredients: Rice (85%), Soy Sauce (Water, Soybean, Wheat, Salt), Sugar, Seaweed (1%), Sunflower Oil. Contains Soy, Wheat.", "soy wheat sugar", ""),
    ("label", "Tomato Sauce. Made in Australia from at least 90% Australian ingredients. Ingredients: Tomatoes (from paste) (79%), Sugar, Vinegar, Salt, Onion, Spices.", "sugar", ""),
]
