# ruff: noqa: E501
"""Third blind set: labelled cases written without seeing the engine, to measure generalisation."""

BLIND3_CASES: list[tuple[str, str, str, str]] = [
    # kind, text, definite groups (space-separated), possible groups (space-separated)
    # Conventions: honey, maple syrup, date syrup, fruit juice concentrate -> possible sugar (natural sweeteners);
    # oats not labelled gluten-free -> possible wheat (cross-contact); barley/rye/malt -> possible wheat;
    # unqualified vegetable oil -> possible corn soy; unqualified lecithin -> possible soy;
    # citric acid, xanthan, caramel colour, maltodextrin, sorbitol -> possible corn; dextrose/glucose syrup -> sugar + possible corn;
    # restaurant sauces -> possible sugar; restaurant frying -> possible corn soy.
    # ---------------- meals: breakfasts ----------------
    ("meal", "bagel w lox & cream cheese, capers", "wheat dairy", "sugar soy"),
    ("meal", "2 scrambled eggs, 1/2 avocado, black coffee", "", "dairy"),  # why: cafe scrambled eggs often have milk/butter
    ("meal", "porridge w/ blueberries + honey", "", "wheat sugar dairy"),  # why: oats cross-contact; honey natural sweetener; porridge often made with milk
    ("meal", "overnight oats made w/ almond milk, chia, banana", "", "wheat sugar"),
    ("meal", "weetbix x2 w/ mlik", "wheat dairy", "sugar"),  # why: Weet-Bix is wheat; typo mlik
    ("meal", "vegemite toast", "wheat", "sugar soy"),  # why: bread; vegemite is yeast extract (barley) but bread already wheat
    ("meal", "marmite on toast, cuppa w/ milk", "wheat dairy", "sugar soy"),
    ("meal", "crumpet x2 w butter", "wheat dairy", "sugar"),
    ("meal", "fried egg sandwich on white", "wheat", "sugar soy dairy"),
    ("meal", "greek yoghurt + granola", "dairy sugar", "wheat soy"),  # why: granola is almost always sweetened; oats
    ("meal", "plain greek yogurt w/ strawberries", "dairy", ""),
    ("meal", "coconut yoghourt, raspberries, pumpkin seeds", "", "sugar"),  # why: coconut yogurts are sometimes sweetened
    ("meal", "full english: 2 eggs, bacon, sausage, beans, toast, mushrooms", "wheat sugar", "dairy soy corn"),  # why: baked beans in sweetened tomato sauce; sausages often contain rusk (wheat) and dextrose
    ("meal", "eggs benny", "wheat dairy", "sugar soy"),  # why: English muffin and hollandaise (butter)
    ("meal", "avo toast on sourdough", "wheat", ""),
    ("meal", "avo on GF toast", "", "corn soy sugar dairy"),  # why: GF breads often use corn starch, sugar, sometimes milk powder
    ("meal", "pancakes w maple syrup", "wheat", "dairy sugar soy"),  # why: pancakes: flour; usually milk and sugar
    ("meal", "waffles + whipped cream + strawberries", "wheat dairy", "sugar soy"),
    ("meal", "french toast w/ cinnamon", "wheat", "dairy sugar soy"),
    ("meal", "cornflakes w/ milk", "corn dairy", "sugar wheat"),  # why: cornflakes usually sugar and barley malt flavouring
    ("meal", "rice bubbles + milk", "dairy", "sugar wheat"),  # why: Rice Bubbles contain sugar and barley malt
    ("meal", "cheerios w oat milk", "", "wheat sugar corn"),
    ("meal", "2 boiled eggs & soldiers", "wheat", "sugar soy dairy"),  # why: toast soldiers, usually buttered
    ("meal", "banana", "", ""),
    ("meal", "apple + handful almonds", "", ""),
    ("meal", "smoothie: banana, spinach, almond milk, pb", "", "sugar soy"),  # why: sweetened almond milk; peanut butter often sugar and soybean oil
    ("meal", "protein shake w/ water", "", "dairy soy sugar corn"),  # why: unbranded protein powder: whey/soy, sweeteners, maltodextrin
    ("meal", "green smoothie (kale, apple, ginger, lemon, water)", "", ""),
    ("meal", "acai bowl", "", "sugar wheat"),  # why: acai packs often sweetened; granola topping
    ("meal", "chia pudding w coconut milk, mango", "", "sugar"),
    ("meal", "omelette: 3 eggs, spinach, mushrooms, cooked in olive oil", "", ""),
    ("meal", "cheese omelette", "dairy", ""),
    ("meal", "sweet potato hash w fried eggs", "", ""),
    ("meal", "quinoa porridge w/ cinnamon & pear", "", ""),
    ("meal", "leftover rice + fried egg", "", ""),
    ("meal", "breakfast burrito (eggs, cheese, salsa, flour tortila)", "wheat dairy", "soy sugar corn"),  # why: typo tortila; flour tortillas often soybean shortening
    ("meal", "2 corn tortillas w/ scrambled eggs & salsa", "corn", "dairy"),
    ("meal", "huevos rancheros", "corn", "dairy sugar soy"),  # why: served on corn tortillas, often queso fresco
    ("meal", "bircher muesli", "", "dairy wheat sugar"),  # why: oats usually soaked in milk/yogurt, sometimes juice only
    ("meal", "muesli w/ soy milk", "soy", "wheat sugar"),
    ("meal", "toasted muesli, yoghurt", "dairy sugar", "wheat soy"),  # why: toasted muesli is baked with sugar/honey and oil
    ("meal", "scone w jam & clotted cream", "wheat dairy sugar", ""),
    ("meal", "croissant + flat white", "wheat dairy", "sugar"),
    ("meal", "almond croissant", "wheat dairy sugar", "soy"),  # why: frangipane filling is sugared
    ("meal", "pain au chocolat", "wheat dairy sugar", "soy"),
    ("meal", "blueberry muffin", "wheat sugar", "dairy soy"),
    ("meal", "banana bread slice, toasted w butter", "wheat sugar dairy", ""),
    ("meal", "english muffin w/ pb & banana", "wheat", "sugar soy dairy"),
    ("meal", "same breakfast as yday: 2 poached eggs, spinach, 1/2 avo", "", ""),
    ("meal", "buckwheat groats porridge w/ berries", "", ""),
    ("meal", "buckwheat pancakes", "", "wheat dairy sugar"),  # why: buckwheat pancake mixes often include wheat flour, milk, sugar
    ("meal", "galette de sarrasin, egg, ham, no cheese", "", "dairy"),  # why: buckwheat crepes are often brushed with butter
    ("meal", "millet porridge w/ stewed apple", "", ""),
    ("meal", "bacon & eggs", "", "sugar"),  # why: bacon cures often contain sugar or dextrose
    ("meal", "smoked salmon, cucumber, capers, no bagel", "", "sugar"),  # why: smoked salmon cures sometimes include sugar
    ("meal", "fruit salad (melon, grapes, kiwi)", "", ""),
    ("meal", "grapefruit half", "", ""),
    ("meal", "yogurt tube for the kids, had one too", "dairy sugar", "corn"),  # why: kids' yogurt tubes are sweetened, often with corn starch
    ("meal", "cottage cheese + pineapple", "dairy", ""),
    ("meal", "kefir 200ml", "dairy", ""),
    ("meal", "labneh, olive oil, za'atar, cucumber", "dairy", ""),
    ("meal", "poached eggs on a GF bun w/o butter", "", "corn soy sugar"),
    ("meal", "tofu scramble w turmeric + spinach", "soy", ""),
    ("meal", "rice cakes x3 w/ almond butter", "", ""),
    ("meal", "corn thins w/ avocado", "corn", ""),
    ("meal", "hash browns x2 (mcdonalds)", "", "corn soy wheat dairy sugar"),  # why: fried in vegetable oil; US version has natural beef flavour (wheat, milk) and dextrose
    ("meal", "egg mcmuffin", "wheat dairy", "soy sugar corn"),
    ("meal", "sausage & egg bap", "wheat", "sugar soy dairy corn"),
    ("meal", "bacon butty w brown sauce", "wheat sugar", "soy dairy corn"),
    ("meal", "grits w/ butter", "corn dairy", ""),
    ("meal", "polenta w/ fried egg", "corn", "dairy"),
    ("meal", "congee w/ spring onion & ginger", "", ""),
    ("meal", "congee w/ soy sauce and youtiao", "soy wheat", "corn"),  # why: youtiao is wheat dough fried in oil
    ("meal", "miso soup + rice + grilled salmon", "soy", "wheat"),  # why: some miso is made with barley
    ("meal", "shakshuka, no bread", "", "sugar"),  # why: tomato sauces in cafes often sweetened
    ("meal", "fairy bread at a kid's party (2 triangles)", "wheat sugar", "dairy soy"),  # why: white bread, margarine/butter, hundreds and thousands
    ("meal", "weet-bix w/ warm milk + a tsp suger", "wheat dairy sugar", ""),
    ("meal", "oat latte & an almond croissant from the bakery", "wheat dairy sugar", "soy"),
    ("meal", "Nutri-Grain w/ milk", "wheat dairy sugar", "soy corn"),  # why: Nutri-Grain: wheat, corn, oat flours, sugar, soy protein isolate
    # ---------------- meals: drinks & coffee-shop orders ----------------
    ("meal", "black coffee", "", ""),
    ("meal", "long black", "", ""),
    ("meal", "flat white", "dairy", ""),
    ("meal", "flat white w/ oat", "", "wheat"),  # why: oat milk, oats cross-contact at most
    ("meal", "oatly barista flat white", "", "wheat"),
    ("meal", "cuppa, splash of milk, no sugar", "dairy", ""),
    ("meal", "builders tea 2 sugars", "dairy sugar", ""),  # why: builder's tea is strong tea with milk
    ("meal", "peppermint tea", "", ""),
    ("meal", "chamomile tea before bed", "", ""),
    ("meal", "milk thistle tea", "", ""),
    ("meal", "rooibos w/ honey", "", "sugar"),
    ("meal", "green tea x3 today", "", ""),
    ("meal", "water 2L", "", ""),
    ("meal", "sparkling water w lime", "", ""),
    ("meal", "cappuccino", "dairy", ""),
    ("meal", "capuccino w soy", "soy", "sugar"),  # why: typo; barista soy milks are usually sweetened
    ("meal", "large soy latte", "soy", "sugar"),
    ("meal", "almond milk latte", "", "sugar soy"),  # why: barista almond milks often sweetened, some with lecithin
    ("meal", "iced oat milk latte from starbucks", "", "wheat sugar"),
    ("meal", "vanilla latte w/ skim", "dairy sugar", "corn"),
    ("meal", "caramel macchiato", "dairy sugar", "corn"),
    ("meal", "mocha w coconut milk", "sugar", "dairy soy"),  # why: mocha sauce is sweetened chocolate, may contain milk
    ("meal", "hot chocolate made w water (cadbury drinking choc)", "sugar", "dairy soy"),  # why: drinking chocolate is sugar + cocoa; some versions add milk powder
    ("meal", "chai latte", "dairy sugar", ""),
    ("meal", "dirty chai w oat", "sugar", "wheat"),
    ("meal", "matcha latte w/ almond, unsweetened", "", "soy"),
    ("meal", "turmeric latte w coconut milk + maple", "", "sugar"),
    ("meal", "espresso + a glass of water", "", ""),
    ("meal", "americano w/ a dash of half & half", "dairy", ""),
    ("meal", "coffee w/ coffee mate", "", "dairy corn soy sugar"),  # why: non-dairy creamer: corn syrup solids, oils, caseinate
    ("meal", "coffee w/ splenda", "", ""),
    ("meal", "coffee w/ stevia and oat milk", "", "wheat"),
    ("meal", "bulletproof coffee (butter + mct oil)", "dairy", ""),
    ("meal", "iced tea from the cafe", "", "sugar"),
    ("meal", "can of coke", "sugar", "corn"),
    ("meal", "diet coke", "", "corn"),  # why: caramel colour
    ("meal", "coke zero x2", "", "corn"),
    ("meal", "pepsi max", "", "corn"),
    ("meal", "sprite", "sugar", "corn"),
    ("meal", "irn bru", "sugar", "corn"),
    ("meal", "lemonade (homemade w lemons, water, sugar)", "sugar", ""),
    ("meal", "ginger beer", "sugar", "corn"),
    ("meal", "red bull", "sugar", "corn"),
    ("meal", "red bull sugarfree", "", "corn"),
    ("meal", "monster ultra white", "", "corn"),
    ("meal", "gatorade blue", "sugar", "corn"),
    ("meal", "powerade zero", "", "corn"),
    ("meal", "kombucha", "sugar", ""),  # why: fermented with added sugar, some remains
    ("meal", "orange juice glass", "", "sugar"),
    ("meal", "fresh squeezed OJ", "", ""),
    ("meal", "apple juice box", "", "sugar"),
    ("meal", "coconut water", "", ""),
    ("meal", "glass of red wine", "", ""),
    ("meal", "2 pints of lager", "", "wheat corn"),  # why: barley malt; some lagers use corn
    ("meal", "pint of guinness", "", "wheat"),  # why: barley
    ("meal", "hefeweizen at the beer garden", "wheat", ""),
    ("meal", "blue moon w/ orange slice", "wheat", ""),  # why: Belgian-style wheat beer
    ("meal", "corona + lime", "", "wheat corn"),
    ("meal", "gluten free beer", "", "corn sugar wheat"),  # why: GF beers often sorghum/rice with corn or sugar adjuncts
    ("meal", "gin & tonic", "sugar", "corn"),
    ("meal", "vodka soda", "", "wheat corn"),  # why: vodka may be distilled from wheat or corn
    ("meal", "margarita", "sugar", ""),
    ("meal", "aperol spritz", "sugar", ""),
    ("meal", "bourbon neat", "corn", "wheat"),  # why: bourbon is at least 51% corn mash, often with wheat or rye
    ("meal", "cider 330ml", "sugar", ""),
    ("meal", "milkshake (choc)", "dairy sugar", "corn soy"),
    ("meal", "chocolate milk", "dairy sugar", "corn"),
    ("meal", "glass of milk", "dairy", ""),
    ("meal", "lactose free milk in coffee", "dairy", ""),  # why: lactose-free milk is still dairy
    ("meal", "a2 milk on cereal (rolled oats)", "dairy", "wheat"),
    ("meal", "soy milk (vitasoy) in tea", "soy", "sugar"),
    ("meal", "unsweetened almond milk", "", "soy"),
    ("meal", "rice milk", "", "sugar"),
    ("meal", "yakult", "dairy sugar", "corn"),  # why: skimmed milk powder, sugar, glucose
    ("meal", "lassi", "dairy", "sugar"),
    ("meal", "bubble tea, 50% sugar", "sugar", "dairy"),  # why: milk teas often use non-dairy creamer or milk
    ("meal", "protein shake - optimum nutrition gold standard w water", "dairy", "soy corn"),  # why: whey blend; lecithin soy or sunflower by market
    ("meal", "huel w water", "", "wheat soy"),  # why: Huel: oats, pea protein, flaxseed, rice protein, sunflower oil... oats
    ("meal", "electrolyte tablet in water (nuun)", "", "sugar corn"),  # why: dextrose / citric acid
    # ---------------- meals: lunches, dinners, leftovers ----------------
    ("meal", "chicken caesar salad", "dairy wheat", "soy sugar"),  # why: croutons and parmesan; dressing with soybean oil
    ("meal", "caesar salad no croutons, dressing on side", "dairy", "soy sugar"),
    ("meal", "grilled chicken breast, brown rice, steamed broccoli", "", ""),
    ("meal", "baked salmon w/ roast potatoes & green beans", "", ""),
    ("meal", "steak + salad", "", ""),
    ("meal", "short ribs, salt & pepper, on the grill", "", ""),
    ("meal", "roast chicken, roast veg, gravy", "", "wheat corn soy sugar"),  # why: gravy thickened with flour or cornflour, gravy granules contain maltodextrin
    ("meal", "sunday roast w yorkshire pud", "wheat dairy", "corn soy sugar"),  # why: yorkshire pudding is flour, eggs, milk
    ("meal", "spag bol", "wheat", "sugar dairy"),  # why: often parmesan on top, tomato sauce sometimes sweetened
    ("meal", "spag bol w/ GF pasta, no parm", "", "corn sugar"),  # why: GF pasta often corn-based
    ("meal", "lasagne leftovers", "wheat dairy", "sugar"),
    ("meal", "mac n chese", "wheat dairy", ""),  # why: typo chese
    ("meal", "mac & cheese (banza chickpea pasta)", "dairy", ""),
    ("meal", "zucchini noodles w pesto", "dairy", ""),  # why: classic pesto has parmesan
    ("meal", "courgetti w/ vegan pesto", "", ""),
    ("meal", "rice noodles w/ veg + tamari", "soy", ""),
    ("meal", "egg noodles stir fry", "wheat", "soy sugar"),
    ("meal", "chicken stir fry w soy sause", "soy wheat", "sugar"),  # why: typo sause; soy sauce brewed with wheat
    ("meal", "stir fry w coconut aminos instead of soy", "", ""),
    ("meal", "pad thai", "", "sugar soy wheat"),  # why: restaurant sauce sweetened; tofu / soy sauce often
    ("meal", "chicken pho", "", "sugar soy wheat"),  # why: rice noodles; broth sometimes sweetened with rock sugar; hoisin on the side
    ("meal", "ramen", "wheat", "soy sugar"),
    ("meal", "sushi x8 pieces w soy sauce", "soy wheat sugar", ""),  # why: sushi rice is seasoned with sugar
    ("meal", "sashimi, no soy sauce", "", ""),
    ("meal", "100% buckwheat soba w/ dashi", "", "soy wheat sugar"),  # why: dashi dipping sauce (tsuyu) has soy sauce, mirin
    ("meal", "soba noodle salad", "", "wheat soy sugar"),  # why: most soba contains wheat flour
    ("meal", "teriyaki chicken bowl", "soy wheat sugar", ""),
    ("meal", "tofu & edamame poke bowl", "soy", "sugar wheat"),
    ("meal", "chicken katsu curry", "wheat", "sugar soy dairy"),  # why: panko crumb; Japanese curry roux is flour-based
    ("meal", "fish & chips", "wheat", "soy corn"),  # why: batter; frying oil
    ("meal", "grilled fish & chips (no batter)", "", "soy corn"),
    ("meal", "beer battered fish tacos on flour tortillas", "wheat", "corn soy dairy sugar"),
    ("meal", "fish tacos on corn tortillas, cabbage, lime", "corn", ""),
    ("meal", "chicken burrito bowl, no cheese no sour cream", "", "corn soy"),  # why: corn salsa often; oil
    ("meal", "chipotle burrito: chicken, rice, black beans, cheese", "wheat dairy", "soy"),
    ("meal", "nachos w guac & cheese", "corn dairy", "soy"),
    ("meal", "beef tacos (hard shells)", "corn", "dairy wheat sugar"),  # why: seasoning packets often contain wheat flour and sugar; cheese usually
    ("meal", "quesadilla", "wheat dairy", "soy"),
    ("meal", "cheeseburger + fries", "wheat dairy", "sugar soy corn"),
    ("meal", "burger w/o bun, no cheese, side salad", "", ""),
    ("meal", "big mac", "wheat dairy sugar", "soy corn"),
    ("meal", "whopper, no mayo", "wheat", "sugar soy dairy corn"),
    ("meal", "beyond burger in a lettuce wrap", "", ""),  # why: pea-protein based, no soy/gluten
    ("meal", "impossible burger on a GF bun", "soy", "corn sugar"),  # why: soy protein concentrate
    ("meal", "KFC 3 piece", "wheat", "soy corn dairy"),  # why: breading with flour; milk in marinade; frying oil
    ("meal", "nandos 1/4 chicken + spicy rice", "", "sugar"),
    ("meal", "subway 6 inch turkey on italian herbs & cheese", "wheat dairy", "sugar soy"),
    ("meal", "chicken wrap from tesco meal deal", "wheat", "dairy sugar soy corn"),
    ("meal", "pret chicken avocado sandwich", "wheat", "dairy soy sugar"),
    ("meal", "greggs sausage roll", "wheat", "soy dairy"),
    ("meal", "greggs vegan sausage roll", "wheat", "soy"),  # why: Quorn-based filling, pastry
    ("meal", "meat pie w/ tomato sauce", "wheat sugar", "dairy corn"),  # why: Aussie 'tomato sauce' is ketchup
    ("meal", "cornish pasty", "wheat", "dairy"),  # why: Cornish is a place, not corn; pastry
    ("meal", "cornish hen w roast root veg", "", ""),
    ("meal", "corned beef & cabbage", "", "sugar"),  # why: corning brine often includes sugar
    ("meal", "sweetcorn fritters", "corn wheat", "dairy"),
    ("meal", "corn on the cob w/ butter", "corn dairy", ""),
    ("meal", "popcorn at the movies", "corn", "dairy soy"),  # why: 'butter' topping often soybean oil flavoured
    ("meal", "butter chicken + rice", "dairy", "sugar"),
    ("meal", "dal + basmati", "", "dairy"),  # why: often tempered in ghee
    ("meal", "chana masala, no naan", "", "dairy"),
    ("meal", "chicken tikka masala w/ garlic naan", "dairy wheat", "sugar"),
    ("meal", "palak paneer", "dairy", ""),
    ("meal", "thai green curry w jasmine rice", "", "sugar"),  # why: curry paste and palm sugar; coconut milk not dairy
    ("meal", "massaman curry", "sugar", ""),
    ("meal", "chicken shawarma plate, no pita, garlic sauce", "", "dairy"),
    ("meal", "falafel wrap", "wheat", "dairy soy corn"),  # why: fried; yogurt sauce often
    ("meal", "homemade falafel (chickpeas, herbs), salad, tahini", "", ""),
    ("meal", "couscous salad w roast veg", "wheat", ""),
    ("meal", "tabbouleh", "wheat", ""),  # why: bulgur
    ("meal", "quinoa tabbouleh", "", ""),
    ("meal", "seitan stir fry", "wheat", "soy sugar"),
    ("meal", "tempeh bowl w/ brown rice", "soy", ""),
    ("meal", "lentil soup", "", ""),
    ("meal", "barley soup", "", "wheat"),
    ("meal", "scotch broth", "", "wheat"),  # why: contains pearl barley
    ("meal", "minestrone w/ pasta", "wheat", "dairy"),
    ("meal", "tomato soup (heinz)", "sugar", "wheat dairy corn"),  # why: cream of tomato: sugar, modified cornflour, milk proteins; varies by market
    ("meal", "butternut squash soup homemade w coconut milk", "", ""),
    ("meal", "risotto", "dairy", ""),  # why: butter and parmesan
    ("meal", "paella", "", ""),
    ("meal", "jacket potato w/ beans & cheese", "dairy sugar", "corn"),
    ("meal", "jacket potato w tuna, no mayo", "", ""),
    ("meal", "shepherds pie", "dairy", "wheat sugar"),  # why: mashed potato with butter/milk; gravy with flour
    ("meal", "cottage pie, mash made w olive oil", "", "wheat sugar soy"),
    ("meal", "bangers & mash", "dairy", "wheat sugar corn soy"),  # why: sausages usually contain rusk
    ("meal", "pizza 2 slices pepperoni", "wheat dairy", "sugar corn"),
    ("meal", "margherita pizza w/ vegan cheese", "wheat", "sugar corn"),
    ("meal", "cauliflower crust pizza", "dairy", "corn wheat"),  # why: cauli crusts usually bound with cheese; some add corn flour
    ("meal", "garlic bread", "wheat dairy", "sugar"),
    ("meal", "spanakopita", "wheat dairy", ""),
    ("meal", "leftover chilli con carne + rice", "", "sugar"),
    ("meal", "leftover roast chicken salad, olive oil & lemon", "", ""),
    ("meal", "same as yesterday - turkey mince, sweet potato, kale", "", ""),
    ("meal", "tuna salad w/ mayo on rice cakes", "", "soy sugar"),
    ("meal", "egg fried rice from takeaway", "", "soy wheat corn"),  # why: often soy sauce and vegetable oil
    ("meal", "sweet & sour chicken", "sugar wheat", "corn soy"),
    ("meal", "spring rolls x3", "wheat", "soy corn sugar"),
    ("meal", "gyoza x6", "wheat", "soy"),
    ("meal", "rice paper rolls w/ prawns", "", "sugar soy"),  # why: dipping sauce often hoisin/sweet chili
    ("meal", "char siu pork", "sugar soy", "wheat"),
    ("meal", "bibimbap", "", "sugar soy wheat"),  # why: gochujang contains sugar and often wheat
    ("meal", "kimchi fried rice", "", "soy sugar wheat"),
    ("meal", "okonomiyaki", "wheat", "sugar soy"),
    ("meal", "grilled halloumi salad", "dairy", ""),
    ("meal", "greek salad w feta", "dairy", ""),
    ("meal", "caprese", "dairy", ""),
    ("meal", "butter lettuce salad w/ radish and vinaigrette", "", "sugar"),
    ("meal", "sugar snap peas + hummus", "", ""),
    ("meal", "stir fried sugar snap peas w garlic", "", ""),
    # ---------------- meals: snacks, sweets, plant-based swaps, typos, odd characters ----------------
    ("meal", "2 digestives w tea", "wheat sugar", "dairy corn soy"),  # why: digestives: wheat flour, palm oil, sugar, glucose-fructose syrup; tea may have milk
    ("meal", "hobnobs x3", "wheat sugar", "dairy soy"),  # why: oats + wheat flour + sugar + syrup
    ("meal", "tim tam", "wheat sugar dairy", "soy"),
    ("meal", "packet of crisps (ready salted)", "", ""),
    ("meal", "salt & vinegar crisps", "", "dairy wheat corn sugar"),  # why: seasoning often lactose/maltodextrin/dextrose, barley malt vinegar
    ("meal", "pringles sour cream & onion", "wheat dairy", "corn soy sugar"),  # why: Pringles contain wheat starch; milk powder in seasoning
    ("meal", "doritos cool ranch", "corn dairy", "sugar soy"),
    ("meal", "tortilla chips + salsa", "corn", "sugar"),
    ("meal", "handful of pretzels", "wheat", "sugar corn"),
    ("meal", "popcorn, air popped, salt", "corn", ""),
    ("meal", "carrot sticks & hummus", "", ""),
    ("meal", "celery + natural peanut butter (100% peanuts)", "", ""),
    ("meal", "apple w/ peanut butter", "", "sugar soy"),
    ("meal", "medjool dates x2", "", ""),
    ("meal", "trail mix", "", "sugar soy dairy"),  # why: often contains chocolate pieces or sweetened dried fruit
    ("meal", "handful of cashews", "", ""),
    ("meal", "boiled egg x2", "", ""),
    ("meal", "cheese & crackers", "dairy wheat", "soy sugar"),
    ("meal", "rice crackers w/ tuna", "", "soy sugar"),  # why: flavoured rice crackers often have soy sauce, sugar
    ("meal", "kit kat", "wheat dairy sugar", "soy"),
    ("meal", "snickers", "dairy sugar", "soy corn"),  # why: milk chocolate, sugar, soy lecithin; corn syrup in US
    ("meal", "dairy milk bar", "dairy sugar", "soy"),  # why: Cadbury Dairy Milk
    ("meal", "90% dark chocolate 2 squares", "sugar", "dairy soy"),
    ("meal", "cacao nibs", "", ""),
    ("meal", "haribo handful", "sugar", "corn wheat"),  # why: glucose syrup (wheat or corn), sugar, dextrose; corn starch dusting
    ("meal", "jelly beans", "sugar", "corn"),
    ("meal", "candy cane", "sugar", "corn"),
    ("meal", "marshmallows toasted", "sugar", "corn"),
    ("meal", "ice cream 2 scoops vanilla", "dairy sugar", "corn soy"),
    ("meal", "magnum classic", "dairy sugar", "soy"),
    ("meal", "ben & jerry's non-dairy cookie dough", "wheat sugar", "soy corn"),
    ("meal", "oat milk ice cream (oatly)", "sugar", "wheat corn"),
    ("meal", "sorbet", "sugar", "corn"),
    ("meal", "frozen banana 'nice cream' (just banana)", "", ""),
    ("meal", "cheesecake slice", "dairy sugar wheat", ""),  # why: cream cheese, biscuit base
    ("meal", "shortbread finger", "wheat dairy sugar", ""),
    ("meal", "lamington", "wheat sugar", "dairy"),
    ("meal", "anzac biscuit", "wheat sugar dairy", ""),  # why: oats, flour, golden syrup, butter
    ("meal", "tim hortons timbits x4", "wheat sugar", "dairy soy corn"),
    ("meal", "donut", "wheat sugar", "dairy soy"),
    ("meal", "churros w chocolate", "wheat sugar", "dairy"),
    ("meal", "sticky toffee pudding", "wheat sugar dairy", ""),
    ("meal", "chocolate brownie", "wheat sugar", "dairy soy"),
    ("meal", "GF brownie from the cafe", "sugar", "dairy soy corn"),
    ("meal", "vegan carrot cake", "wheat sugar", "soy"),
    ("meal", "bliss balls (dates, cashews, cacao)", "", ""),
    ("meal", "rxbar", "", ""),  # why: egg whites, dates, nuts
    ("meal", "clif bar", "sugar soy", "wheat"),  # why: brown rice syrup, soy protein isolate, oats
    ("meal", "kind bar dark choc nuts & sea salt", "sugar", "soy dairy corn"),  # why: honey, glucose syrup, soy lecithin
    ("meal", "nature valley crunchy granola bar", "sugar", "soy wheat"),
    ("meal", "popcorners", "corn", ""),
    ("meal", "sweet potato fries", "", "soy corn wheat"),  # why: restaurant frying, coatings
    ("meal", "chips (hot chips) w/ chicken salt", "", "soy corn wheat sugar"),  # why: chicken salt often has flavour enhancers, maltodextrin
    ("meal", "onion rings", "wheat", "soy corn"),
    ("meal", "mozz sticks", "wheat dairy", "soy corn"),
    ("meal", "edamame w sea salt", "soy", ""),
    ("meal", "seaweed snacks", "", "soy"),  # why: often roasted in oil, sometimes soy sauce
    ("meal", "olives & pickles", "", ""),
    ("meal", "beef jerky", "sugar", "soy wheat"),  # why: jerky marinades are sweet and usually soy sauce
    ("meal", "biltong", "", "sugar"),
    ("meal", "pork crackling", "", ""),
    ("meal", "toast w/ butter & honey", "wheat dairy", "sugar soy"),
    ("meal", "vegan 'cheese' toastie (violife) on sourdough", "wheat", "corn"),  # why: vegan cheese uses starches
    ("meal", "tofurky slices sandwich", "soy wheat", "sugar"),
    ("meal", "quorn nuggets x6", "wheat", "dairy"),  # why: breaded; Quorn mycoprotein often with milk protein or egg
    ("meal", "quorn mince bolognese w rice", "", "dairy sugar"),
    ("meal", "this isnt chicken wrap", "wheat soy", ""),  # why: THIS plant-based pieces are soy protein
    ("meal", "linda mccartney sausages x2 w mash (olive oil)", "wheat", "soy"),  # why: rehydrated textured wheat protein
    ("meal", "alpro soya yoghurt w berries", "soy", "sugar"),
    ("meal", "oatly yogurt w/ granola", "sugar", "wheat soy"),
    ("meal", "silk almond milk, unsweetened, in cold brew", "", ""),
    ("meal", "califia farms almond latte (bottle)", "sugar", ""),
    ("meal", "earth balance on toast", "wheat", "soy sugar"),  # why: Earth Balance buttery spread contains soybean oil
    ("meal", "flora plant butter on crackers", "wheat", "sugar soy"),
    ("meal", "daiya mac & cheese", "", "corn sugar"),  # why: GF pasta (rice/corn), dairy-free sauce
    ("meal", "kite hill almond cream cheese on a rice cake", "", ""),
    ("meal", "nutella on toast", "wheat sugar dairy soy", ""),  # why: Nutella: sugar, palm oil, hazelnuts, skimmed milk powder, cocoa, soy lecithin
    ("meal", "pb&j", "wheat sugar", "soy dairy"),
    ("meal", "pb & banana on rice cakes, no jam", "", "sugar soy"),
    ("meal", "yoghurt, no granola, w/ walnuts", "dairy", ""),
    ("meal", "beef patty, grilled onions, no bun, hold the special sauce", "", ""),
    ("meal", "tacos, hold the sour cream & cheese, corn tortillas", "corn", ""),
    ("meal", "dairy free choc (moo free)", "sugar", "soy"),
    ("meal", "sugar free gum", "", "corn"),  # why: sorbitol / maltitol
    ("meal", "sugar-free jelly", "", "corn"),
    ("meal", "no sugar added apple sauce", "", ""),
    ("meal", "unsweetened coconut yogurt", "", ""),
    ("meal", "gluten free crackers w/ hummus", "", "corn soy sugar"),
    ("meal", "corn-free, soy-free, GF bread (homemade, rice & tapioca)", "", ""),
    ("meal", "soy-free tofu (chickpea tofu)", "", ""),
    ("meal", "breadfruit chips", "", "soy corn"),  # why: fried
    ("meal", "roasted breadfruit", "", ""),
    ("meal", "buckwheat noodles (100%) w sesame oil", "", ""),
    ("meal", "peppercorn steak, no sauce", "", ""),
    ("meal", "acorn squash, roasted", "", ""),
    ("meal", "homemade meringue (egg whites, sugar, cream of tartar)", "sugar", ""),  # why: cream of tartar is not dairy
    ("meal", "coconut milk curry w tofu", "soy", "sugar"),
    ("meal", "yoghurt 🍓 + 🍯", "dairy", "sugar"),
    ("meal", "🍕 x2 slices", "wheat dairy", "sugar corn"),
    ("meal", "🍌 + ☕ (black)", "", ""),
    ("meal", "🥚🥚 + 🥑 on 🍞", "wheat", "sugar soy"),
    ("meal", "🍔🍟 + 🥤", "wheat sugar", "dairy soy corn"),
    ("meal", "🍣 w 🥢 no soy sauce", "sugar", ""),  # why: sushi rice seasoned with sugar
    ("meal", "cheeze toastie", "wheat dairy", ""),
    ("meal", "yougurt + berries", "dairy", ""),
    ("meal", "buttr on rice", "dairy", ""),
    ("meal", "toffu stir fry", "soy", "sugar"),
    ("meal", "tofo and rice", "soy", ""),
    ("meal", "shugar in coffee", "sugar", ""),
    ("meal", "whaet crackers", "wheat", "sugar soy"),
    ("meal", "creme brulee", "dairy sugar", ""),
    ("meal", "mi\u200blk in tea", "dairy", ""),
    ("meal", "chee\u200bse sandwich", "wheat dairy", "sugar soy"),
    ("meal", "whe\u00adat toast w jam", "wheat sugar", "soy"),
    ("meal", "so\u200by latte", "soy", "sugar"),
    ("meal", "sug\u00adar in my porridge", "sugar", "wheat dairy"),
    ("meal", "pop\u200bcorn at cinema", "corn", "dairy soy"),
    ("meal", "but\u00adter on corn", "dairy corn", ""),
    ("meal", "ba\u200bgel plain", "wheat", "sugar"),
    ("meal", "to\u00adfu salad", "soy", ""),
    # ---------------- labels: English, US/UK/AU/NZ/CA ----------------
    ("label", "Chewy Granola Bars, Honey Oat. Ingredients: whole grain rolled oats, brown rice syrup, sugar, sunflower oil, crisp rice (rice flour, sugar, salt), honey, glycerin, salt, soy lecithin, natural flavour. Contains: soy. May contain: peanuts, milk.", "soy sugar", "wheat dairy"),
    ("label", "Greek Style Yogurt, 0% fat. Ingredients: pasteurised skimmed milk, milk proteins, live cultures (S. thermophilus, L. bulgaricus).", "dairy", ""),
    ("label", "Greek Style Yogurt, Strawberry. Ingredients: yogurt (milk), strawberries (10%), sugar, modified maize starch, flavouring, colour: beetroot red, acidity regulator: citric acid.", "dairy sugar corn", ""),
    ("label", "Zero Sugar Cola. Ingredients: carbonated water, colour (caramel E150d), acids (phosphoric acid, citric acid), sweeteners (aspartame, acesulfame K), natural flavourings including caffeine, acidity regulator (sodium citrate). Contains a source of phenylalanine.", "", "corn"),
    ("label", "Cola. Ingredients: carbonated water, high fructose corn syrup, caramel color, phosphoric acid, natural flavors, caffeine.", "corn sugar", ""),
    ("label", "Classic Cola. Ingredients: carbonated water, sugar, colour (caramel E150d), phosphoric acid, natural flavourings including caffeine.", "sugar", "corn"),
    ("label", "Gluten Free Bread, White Sliced. Ingredients: water, tapioca starch, rice flour, potato starch, rapeseed oil, psyllium husk, sugar, yeast, thickener: hydroxypropyl methyl cellulose, salt, maize starch, dried egg white. Allergy advice: for allergens, see ingredients in bold.", "corn sugar", ""),
    ("label", "Gluten Free Seeded Loaf. Ingredients: water, corn starch, rice flour, sunflower seeds, linseed, psyllium, dextrose, yeast, salt, vegetable fibre, stabiliser: xanthan gum. May contain soya.", "corn sugar", "soy"),
    ("label", "Wholemeal Bread. Ingredients: wholemeal wheat flour, water, yeast, wheat gluten, salt, vinegar, soya flour, emulsifiers (E471, E472e), vegetable oil (rapeseed), flour treatment agent (ascorbic acid). Allergy advice: see ingredients in bold.", "wheat soy", ""),
    ("label", "Soft White Bread. Ingredients: enriched wheat flour, water, high fructose corn syrup, yeast, soybean oil, salt, wheat gluten, calcium propionate, monoglycerides, soy lecithin. Contains: wheat, soy.", "wheat corn sugar soy", ""),
    ("label", "Sourdough Loaf. Ingredients: wheat flour (70%), water, sourdough (rye flour, water), salt.", "wheat", ""),
    ("label", "Rye Crispbread. Ingredients: wholegrain rye flour (97%), salt. May contain sesame.", "", "wheat"),  # why: rye -> possible wheat
    ("label", "Pumpernickel. Ingredients: rye kernels, rye flour, water, sugar beet syrup, salt, yeast.", "sugar", "wheat"),
    ("label", "Spelt & Honey Loaf. Ingredients: spelt flour (60%), water, honey (4%), yeast, sunflower oil, salt.", "wheat", "sugar"),
    ("label", "Corn Flakes. Ingredients: maize (89%), sugar, barley malt flavouring, salt, niacin, iron, vitamin B6, riboflavin, thiamin, folic acid, vitamin D, vitamin B12.", "corn sugar", "wheat"),
    ("label", "Weet-Bix. Ingredients: wholegrain wheat (97%), raw sugar, salt, barley malt extract, vitamins (niacin, thiamin, riboflavin, folate), mineral (iron).", "wheat sugar", ""),
    ("label", "Rice Bubbles. Ingredients: rice (88%), sugar, salt, barley malt extract, vitamins, minerals.", "sugar", "wheat"),
    ("label", "Honey Nut Cheerios. Ingredients: whole grain oats, sugar, oat bran, corn starch, honey, brown sugar syrup, salt, tripotassium phosphate, canola oil, natural almond flavor, vitamin E.", "corn sugar", "wheat"),
    ("label", "Special Flakes, Red Berries. Ingredients: rice, whole wheat, sugar, freeze-dried strawberries (4%), wheat gluten, defatted wheat germ, salt, dextrose, barley malt flavouring, vitamins, iron.", "wheat sugar", "corn"),
    ("label", "Frosted Flakes. Ingredients: milled corn, sugar, malt flavor, contains 2% or less of salt, BHT for freshness. Vitamins and minerals: iron, niacinamide, vitamin B6, vitamin B2, vitamin B1, folic acid, vitamin D, vitamin B12.", "corn sugar", "wheat"),
    ("label", "Porridge Oats. Ingredients: 100% rolled oats. May contain: wheat, barley.", "", "wheat"),
    ("label", "Gluten Free Porridge Oats. Ingredients: 100% gluten free oats.", "", ""),
    ("label", "Instant Oats, Golden Syrup flavour. Ingredients: wholegrain rolled oats (73%), sugar, golden syrup (4%), natural flavouring, salt. May contain milk.", "sugar", "wheat dairy"),
    ("label", "Granola, Maple & Pecan. Ingredients: oat flakes (55%), maple syrup (12%), sunflower oil, pecans (8%), puffed rice, coconut, sea salt.", "", "wheat sugar"),  # why: maple syrup: natural sweetener, possible
    ("label", "No Added Sugar Muesli. Ingredients: wholegrain oat flakes (60%), sultanas, wheat flakes, hazelnuts, dried apple, sunflower seeds. May contain milk, peanuts.", "wheat", "dairy"),
    ("label", "Grain-Free Granola. Ingredients: almonds, coconut chips, pumpkin seeds, sunflower seeds, coconut oil, monk fruit extract, cinnamon, sea salt.", "", ""),
    ("label", "Protein Bar, Chocolate Peanut Butter. Ingredients: protein blend (milk protein isolate, whey protein isolate), soluble corn fiber, almonds, water, erythritol, peanut butter, cocoa, natural flavors, sea salt, sucralose, steviol glycosides.", "dairy corn", "sugar soy"),  # why: peanut butter sub-ingredients not given
    ("label", "Protein Bar, Cookie Dough. Ingredients: soy protein isolate, glucose syrup, milk chocolate (sugar, cocoa butter, whole milk powder, cocoa mass, emulsifier (soy lecithin)), wheat flour, palm oil, humectant (glycerol), flavouring, salt.", "soy sugar dairy wheat", "corn"),
    ("label", "Vegan Protein Bar, Salted Caramel. Ingredients: dates (45%), pea protein (20%), cashews, rice syrup, cocoa butter, sea salt, natural flavour. Suitable for vegans.", "sugar", ""),  # why: rice syrup is added sugar
    ("label", "Fruit & Nut Bar. Ingredients: dates (54%), cashews (28%), raisins (18%).", "", ""),
    ("label", "Sports Drink, Orange. Ingredients: water, glucose-fructose syrup, sugar, citric acid, acidity regulator (sodium citrates), sodium chloride, natural flavouring, stabiliser (acacia gum), antioxidant (ascorbic acid), colour (carotenes).", "sugar", "corn wheat"),  # why: glucose-fructose syrup may be wheat or corn derived in EU
    ("label", "Thirst Quencher, Fruit Punch. Ingredients: water, sugar, dextrose, citric acid, salt, sodium citrate, monopotassium phosphate, modified food starch, natural flavor, red 40, glycerol ester of rosin.", "sugar", "corn wheat"),
    ("label", "Zero Sugar Sports Drink, Lemon Lime. Ingredients: water, citric acid, salt, sodium citrate, monopotassium phosphate, natural flavor, sucralose, acesulfame potassium, yellow 5.", "", "corn"),
    ("label", "Energy Drink. Ingredients: carbonated water, sucrose, glucose, acidity regulator (sodium citrates, magnesium carbonate), carbon dioxide, acidifier citric acid, taurine (0.4%), caffeine (0.03%), vitamins (niacin, pantothenic acid, B6, B12), flavourings, colours (caramel, riboflavin).", "sugar", "corn"),
    ("label", "Sugarfree Energy Drink. Ingredients: carbonated water, acid (citric acid), taurine, acidity regulator (sodium citrates, magnesium carbonate), caffeine, sweeteners (aspartame, acesulfame K), vitamins, flavourings, colour (caramel).", "", "corn"),
    ("label", "Diet Lemonade. Ingredients: carbonated water, citric acid, flavourings, acidity regulator (sodium citrate), sweeteners (aspartame, acesulfame K, sucralose), preservative (potassium sorbate).", "", "corn"),
    ("label", "Ginger Ale. Ingredients: carbonated water, high fructose corn syrup, citric acid, sodium benzoate, natural flavors, caramel color.", "corn sugar", ""),
    ("label", "Sparkling Water, Lime. Ingredients: carbonated water, natural lime flavour.", "", ""),
    ("label", "Stevia Sweetened Cola. Ingredients: carbonated water, natural flavors, stevia leaf extract, citric acid, tartaric acid, caffeine.", "", "corn"),
    ("label", "Tonic Water. Ingredients: carbonated water, sugar, citric acid, quinine, natural flavouring.", "sugar", "corn"),
    ("label", "Oat Drink, Barista Edition. Ingredients: water, oats (10%), rapeseed oil, acidity regulator (dipotassium phosphate), calcium carbonate, iodised salt, vitamins (D2, riboflavin, B12).", "", "wheat"),  # why: oats not labelled gluten free
    ("label", "Oat Drink, Chocolate. Ingredients: water, oats (10%), sugar (3%), cocoa (1%), rapeseed oil, calcium carbonate, calcium phosphate, salt, vitamins.", "sugar", "wheat"),
    ("label", "Soya Drink, No Sugars. Ingredients: water, hulled soya beans (8.7%), calcium (tri-calcium phosphate), sea salt, stabiliser (gellan gum), vitamins (riboflavin, B12, E, D2).", "soy", ""),
    ("label", "Soya Drink, Original. Ingredients: water, hulled soya beans (5.9%), sugar, acidity regulator (potassium phosphates), calcium, sea salt, stabiliser (gellan gum), vitamins.", "soy sugar", ""),
    ("label", "Almond Milk, Unsweetened Vanilla. Ingredients: almondmilk (filtered water, almonds), calcium carbonate, natural flavors, sea salt, potassium citrate, sunflower lecithin, gellan gum, vitamin A palmitate, vitamin D2, d-alpha-tocopherol.", "", ""),
    ("label", "Almond Breeze Original. Ingredients: almondmilk (filtered water, almonds), cane sugar, tricalcium phosphate, sea salt, potassium citrate, carrageenan, sunflower lecithin, natural flavor, vitamin A, vitamin D2, vitamin E.", "sugar", ""),
    ("label", "Coconut Milk Drink. Ingredients: water, coconut cream (6%), tricalcium phosphate, sea salt, stabilisers (E460, E466, E418), emulsifier (E322), vitamins.", "", "soy"),  # why: E322 lecithin unqualified
    ("label", "Rice Drink. Ingredients: water, rice (17%), sunflower oil, calcium phosphate, sea salt, vitamins. Naturally sweet: contains naturally occurring sugars.", "", "sugar"),
    ("label", "Pea Protein Milk, Original. Ingredients: water, pea protein, sunflower oil, cane sugar, algal oil, dipotassium phosphate, tricalcium phosphate, sunflower lecithin, sea salt, natural flavor, gellan gum.", "sugar", ""),
    ("label", "Coffee Creamer, Non-Dairy French Vanilla. Ingredients: water, sugar, vegetable oil (high oleic soybean and/or canola), less than 2% of sodium caseinate (a milk derivative), mono- and diglycerides, dipotassium phosphate, natural and artificial flavors, carrageenan.", "sugar dairy", "soy corn"),  # why: caseinate is dairy despite 'non-dairy'
    ("label", "Plant-Based Creamer, Oat & Almond. Ingredients: oatmilk (water, oats), almondmilk (water, almonds), sunflower oil, pea protein, cane sugar, dipotassium phosphate, gellan gum, sea salt.", "sugar", "wheat"),
    ("label", "Vegan Block, Original Flavour. Ingredients: water, coconut oil (23%), modified starch, starch, sea salt, flavourings, olive extract, colour: beta carotene, vitamin B12.", "", "wheat corn"),
    ("label", "Plant Butter, Salted. Ingredients: plant oils (palm, rapeseed, coconut in varying proportions), water, salt (1.5%), emulsifier (sunflower lecithin), natural flavouring, colour (carotenes).", "", ""),
    ("label", "Buttery Spread. Ingredients: natural oil blend (palm fruit, soybean, canola, olive oils), water, salt, contains less than 2% of natural flavor, pea protein, sunflower lecithin, lactic acid, annatto color.", "soy", "corn"),  # why: lactic acid often corn-fermented
    ("label", "Margarine. Ingredients: vegetable oils (rapeseed, palm), water, buttermilk (5%), salt, emulsifier (mono- and diglycerides of fatty acids), preservative (potassium sorbate), flavouring, vitamins A and D.", "dairy", "soy"),
    ("label", "Plant-Based Burger. Ingredients: water, pea protein, expeller-pressed canola oil, refined coconut oil, rice protein, natural flavors, cocoa butter, mung bean protein, methylcellulose, potato starch, apple extract, salt, potassium chloride, vinegar, lemon juice concentrate, sunflower lecithin, pomegranate fruit powder, beet juice extract.", "", ""),
    ("label", "Plant-Based Burger. Ingredients: water, soy protein concentrate, coconut oil, sunflower oil, natural flavors, 2% or less of: potato protein, methylcellulose, yeast extract, cultured dextrose, food starch modified, soy leghemoglobin, salt, mixed tocopherols (vitamin E), soy protein isolate, vitamins. Contains: soy.", "soy", "sugar corn wheat"),  # why: cultured dextrose; unqualified modified starch
    ("label", "Meat-Free Mince. Ingredients: mycoprotein (92%), rehydrated free range egg white, firming agents (calcium chloride, calcium acetate).", "", ""),
    ("label", "Vegetarian Sausages. Ingredients: rehydrated textured wheat protein (40%), water, onion, rapeseed oil, wheat flour, seasoning (salt, dextrose, spices, yeast extract, garlic powder), stabiliser: methyl cellulose. Casing: calcium alginate.", "wheat sugar", "corn"),
    ("label", "Plant-Based Chicken Pieces. Ingredients: water, soya protein (23%), pea protein (4%), rapeseed oil, natural flavouring, salt, thickener: methyl cellulose.", "soy", ""),
    ("label", "Smoked Tofu. Ingredients: water, soya beans (38%), firming agent: nigari. Contains: soya.", "soy", ""),
    ("label", "Tempeh. Ingredients: organic soybeans, water, cultures, vinegar.", "soy", ""),
    ("label", "Chickpea Tofu. Ingredients: water, chickpea flour, salt. Soy free.", "", ""),
    ("label", "Seitan Strips. Ingredients: wheat gluten (50%), water, soy sauce (water, soybeans, wheat, salt), onion, garlic, yeast extract.", "wheat soy", ""),
    ("label", "Dairy-Free Cheddar Style Shreds. Ingredients: filtered water, tapioca starch, coconut oil, expeller-pressed canola and/or safflower oil, vegan natural flavors, chickpea protein, salt, tricalcium phosphate, konjac gum, yeast extract, lactic acid (vegan), annatto, fruit and vegetable juice for color.", "", "corn"),
    ("label", "Cheddar Cheese, Mature. Ingredients: cheddar cheese (milk), salt, starter cultures, rennet. Allergy advice: for allergens, see ingredients in bold.", "dairy", ""),
    ("label", "Grated Mozzarella. Ingredients: mozzarella cheese (milk), anti-caking agent (potato starch).", "dairy", ""),
    ("label", "Shredded Parmesan. Ingredients: parmesan cheese (pasteurized part-skim milk, cheese culture, salt, enzymes), powdered cellulose to prevent caking, natamycin.", "dairy", ""),
    ("label", "Cream Cheese, Light. Ingredients: pasteurised skimmed milk, cream (milk), salt, stabiliser: carob bean gum, starter culture.", "dairy", ""),
    ("label", "Lactose Free Milk. Ingredients: semi skimmed milk, lactase enzyme.", "dairy", ""),
    ("label", "Coconut Yoghurt, Natural. Ingredients: coconut milk (98%) (coconut extract, water), tapioca starch, live vegan cultures.", "", ""),
    ("label", "Coconut Yoghurt, Vanilla. Ingredients: coconut cream (80%), water, cane sugar (5%), tapioca starch, natural flavour, vanilla bean, live cultures.", "sugar", ""),
    ("label", "Soya Alternative to Yogurt, Blueberry. Ingredients: soya base (water, hulled soya beans (8%)), sugar, blueberries (6%), corn starch, tricalcium phosphate, stabiliser (pectins), natural flavouring, acidity regulators (sodium citrates, citric acid), antioxidant, vitamins, yogurt cultures.", "soy sugar corn", ""),
    ("label", "Skyr, Vanilla. Ingredients: skimmed milk, water, sugar (6%), cream, natural vanilla flavouring, vanilla seeds, live cultures.", "dairy sugar", ""),
    ("label", "Kids Fromage Frais, Strawberry. Ingredients: fromage frais (milk), sugar, strawberry puree (6%), cream (milk), modified maize starch, calcium phosphate, flavouring, concentrated carrot juice, vitamin D.", "dairy sugar corn", ""),
    ("label", "Kefir Drink, Natural. Ingredients: organic whole milk, live kefir cultures.", "dairy", ""),
    ("label", "Fat Free Yogurt, Toffee. Ingredients: yogurt (milk), caramelised sugar syrup (6%), modified maize starch, gelatine, flavourings, sweetener (sucralose), colour (plain caramel).", "dairy sugar corn", ""),
    ("label", "Milk Chocolate Digestives. Ingredients: wheat flour (34%), milk chocolate (30%) (sugar, cocoa butter, cocoa mass, dried skimmed milk, dried whey (milk), butter oil (milk), vegetable fats (palm, shea), emulsifiers (soya lecithin, E476), natural flavouring), vegetable oil (palm), wholemeal wheat flour (9%), sugar, glucose-fructose syrup, raising agents, salt.", "wheat dairy sugar soy", "corn"),
    ("label", "Oat Biscuits (Hobnobs style). Ingredients: rolled oats (41%), wheat flour, vegetable oil (palm), sugar, partially inverted sugar syrup, raising agents (sodium bicarbonate, ammonium bicarbonate), salt.", "wheat sugar", ""),
    ("label", "Shortbread Fingers. Ingredients: wheat flour, butter (milk) (31%), sugar, salt.", "wheat dairy sugar", ""),
    ("label", "Gluten Free Shortbread. Ingredients: gluten free flour blend (rice flour, potato starch, tapioca flour, maize flour), butter (milk) (30%), sugar, xanthan gum, salt.", "dairy sugar corn", ""),
    ("label", "Chocolate Chip Cookies. Ingredients: wheat flour, chocolate chips (25%) (sugar, cocoa mass, cocoa butter, emulsifier (soy lecithin), vanilla extract), sugar, palm oil, butter (milk), invert sugar syrup, whole egg, raising agents, salt. May contain nuts.", "wheat sugar soy dairy", ""),
    ("label", "Sandwich Cookies. Ingredients: sugar, unbleached enriched flour (wheat flour, niacin, reduced iron, thiamine mononitrate, riboflavin, folic acid), palm and/or canola oil, cocoa (processed with alkali), high fructose corn syrup, leavening (baking soda and/or calcium phosphate), salt, soy lecithin, chocolate, artificial flavor. Contains: wheat, soy.", "wheat sugar corn soy", ""),
    ("label", "Arrowroot Biscuits. Ingredients: flour (wheat), sugar, vegetable oil (palm), arrowroot (4%), golden syrup, milk solids, raising agents (500, 503), salt, emulsifier (soy lecithin). Contains wheat, milk, soy.", "wheat sugar dairy soy", ""),
    ("label", "Rice Cakes, Lightly Salted. Ingredients: wholegrain brown rice (99%), sea salt.", "", ""),
    ("label", "Corn Cakes, Sea Salt. Ingredients: corn (99%), sea salt.", "corn", ""),
    ("label", "Water Crackers. Ingredients: wheat flour, vegetable oil (canola), salt, raising agent (503). Made on equipment that also processes sesame and soy.", "wheat", "soy"),
    ("label", "Rice Crackers, Seaweed. Ingredients: rice (84%), vegetable oil (sunflower), sugar, soy sauce (water, soybeans, salt), seaweed (1%), salt, flavour enhancer (621).", "sugar soy", ""),  # why: this soy sauce has no wheat listed
    ("label", "Rice Crackers, Tamari. Ingredients: brown rice, tamari (soybeans, salt, water), sesame seeds, sea salt. Gluten free.", "soy", ""),
    ("label", "Crispbread, Seeded Gluten Free. Ingredients: sunflower seeds, linseed, pumpkin seeds, sesame seeds, buckwheat flour, psyllium, salt.", "", ""),
    ("label", "Buckwheat Crackers. Ingredients: buckwheat flour (60%), wheat flour, olive oil, salt.", "wheat", ""),  # why: trap: buckwheat fine but wheat flour listed
    ("label", "Ready Salted Crisps. Ingredients: potatoes, sunflower oil (35%), salt.", "", ""),
    ("label", "Salt & Vinegar Crisps. Ingredients: potatoes, sunflower oil, salt & vinegar seasoning (flavouring, lactose (milk), salt, acid: citric acid, dextrose, acidity regulator: sodium acetate), antioxidant: rosemary extract.", "dairy sugar", "corn"),
    ("label", "Cheese & Onion Crisps. Ingredients: potatoes, vegetable oils (sunflower, rapeseed), cheese & onion seasoning (whey permeate (milk), dried onion, salt, dried cheese (milk), yeast extract, maltodextrin, flavourings).", "dairy", "corn"),
    ("label", "Prawn Cocktail Crisps. Ingredients: potatoes, vegetable oils, prawn cocktail flavour (sugar, flavour enhancers (E621, E631, E627), flavourings, salt, dried onion, acid (citric acid), colour (paprika extract)).", "sugar", "corn soy"),  # why: vegetable oils unqualified
    ("label", "Tortilla Chips, Lightly Salted. Ingredients: corn (75%), sunflower oil, sea salt.", "corn", ""),
    ("label", "Nacho Cheese Tortilla Chips. Ingredients: whole corn, vegetable oil (corn, canola, and/or sunflower oil), maltodextrin (made from corn), salt, cheddar cheese (milk, cheese cultures, salt, enzymes), whey, monosodium glutamate, buttermilk, romano cheese, whey protein concentrate, onion powder, corn flour, natural and artificial flavor, dextrose, tomato powder, lactose, spices, artificial color, lactic acid, citric acid, sugar, garlic powder, skim milk, red and green bell pepper powder, disodium inosinate, disodium guanylate. Contains milk.", "corn dairy sugar", "soy"),
    ("label", "Popcorn, Sweet & Salty. Ingredients: popping corn (70%), sugar (16%), sunflower oil, salt.", "corn sugar", ""),
    ("label", "Microwave Popcorn, Butter Flavour. Ingredients: popcorn, palm oil, salt, natural and artificial flavor, color (annatto, turmeric), TBHQ. Contains: milk.", "corn dairy", ""),
    ("label", "Pretzels. Ingredients: enriched wheat flour, salt, corn syrup, malt extract, canola oil, yeast, sodium bicarbonate.", "wheat corn sugar", ""),
    ("label", "Stackable Potato Crisps, Original. Ingredients: dried potatoes, vegetable oils (sunflower, corn) in varying proportions, rice flour, wheat starch, maltodextrin, emulsifier (E471), salt, colour (annatto).", "corn wheat", "soy"),
    ("label", "Veggie Straws. Ingredients: potato starch, potato flour, expeller pressed canola oil and/or safflower oil and/or sunflower oil, spinach powder, tomato paste, salt, cane sugar, corn starch, potassium chloride, turmeric, beetroot powder, sea salt.", "sugar corn", ""),
    ("label", "Mixed Nuts, Roasted & Salted. Ingredients: peanuts, cashews, almonds, hazelnuts, sunflower oil, salt. May contain other nuts, sesame, milk.", "", "dairy"),
    ("label", "Honey Roasted Peanuts. Ingredients: peanuts, sugar, honey, wheat starch, salt, fructose, corn syrup, xanthan gum, peanut oil.", "sugar wheat corn", ""),
    ("label", "Smooth Peanut Butter. Ingredients: roasted peanuts, sugar, molasses, fully hydrogenated vegetable oils (rapeseed and soybean), mono and diglycerides, salt.", "sugar soy", ""),
    ("label", "Natural Crunchy Peanut Butter. Ingredients: peanuts (100%). No added sugar or salt.", "", ""),
    ("label", "Almond Butter. Ingredients: roasted almonds. Produced in a facility that also processes peanuts and soy.", "", "soy"),
    ("label", "Hazelnut Chocolate Spread. Ingredients: sugar, palm oil, hazelnuts (13%), skimmed milk powder (8.7%), fat-reduced cocoa (7.4%), emulsifier: lecithins (soya), vanillin.", "sugar dairy soy", ""),
    ("label", "Vegan Chocolate Spread. Ingredients: hazelnuts (30%), coconut blossom sugar, cocoa butter, rice syrup powder, cocoa powder (8%), sunflower lecithin, vanilla.", "sugar", ""),
    ("label", "Yeast Extract Spread. Ingredients: yeast extract (from yeast grown on barley and wheat), salt, mineral salt (potassium chloride), colour (caramel III), malt extract (from barley), vegetable extract, niacin, thiamine, riboflavin, folate.", "wheat", "corn"),
    ("label", "Yeast Extract. Ingredients: yeast extract, salt, vegetable juice concentrate, niacin, thiamin, spice extracts, riboflavin, folic acid, celery extract, vitamin B12. Allergy advice: contains barley, wheat, oats, rye, celery.", "wheat", ""),  # why: contains statement names wheat
    ("label", "Strawberry Jam. Ingredients: sugar, strawberries, gelling agent (fruit pectin), citric acid. Prepared with 35g fruit per 100g.", "sugar", "corn"),
    ("label", "100% Fruit Spread, Apricot. Ingredients: apricots, concentrated apple juice, gelling agent: pectin, lemon juice concentrate.", "", "sugar"),  # why: fruit juice concentrate -> possible
    ("label", "Pure Maple Syrup, Grade A Amber.", "", "sugar"),
    ("label", "Raw Honey. Ingredients: 100% raw honey.", "", "sugar"),
    ("label", "Golden Syrup. Ingredients: partially inverted refiners syrup.", "sugar", ""),
    ("label", "Pancake Syrup. Ingredients: corn syrup, high fructose corn syrup, water, cellulose gum, salt, natural and artificial flavor, sodium benzoate, caramel color.", "corn sugar", ""),
    ("label", "Tomato Ketchup. Ingredients: tomatoes (148g per 100g ketchup), spirit vinegar, sugar, salt, spice and herb extracts (contain celery), spice.", "sugar", "corn"),  # why: spirit vinegar can be corn-derived
    ("label", "Tomato Ketchup, 50% Less Sugar and Salt. Ingredients: tomatoes, spirit vinegar, sugar, salt, spice and herb extracts, sweetener (steviol glycosides).", "sugar", "corn"),  # why: less sugar is still sugar
    ("label", "No Added Sugar Ketchup. Ingredients: tomatoes (165%), spirit vinegar, salt, sweetener: sucralose, spices, thickener: xanthan gum.", "", "corn"),
    ("label", "Mayonnaise, Real. Ingredients: soybean oil, water, whole eggs, vinegar, egg yolks, salt, sugar, lemon juice concentrate, calcium disodium EDTA, natural flavors. Contains egg.", "soy sugar", ""),
    ("label", "Light Mayonnaise. Ingredients: water, rapeseed oil (29%), spirit vinegar, modified maize starch, sugar, pasteurised egg yolk, salt, lemon juice concentrate, stabilisers (guar gum, xanthan gum), mustard flour, antioxidant (calcium disodium EDTA), colour (paprika extract).", "corn sugar", ""),
    ("label", "Avocado Oil Mayo. Ingredients: avocado oil, organic cage-free eggs, organic egg yolks, organic vinegar, sea salt, organic lemon juice concentrate, organic rosemary extract. Soy free, dairy free, no sugar.", "", ""),
    ("label", "Brown Sauce. Ingredients: tomatoes, malt vinegar (from barley), spirit vinegar, molasses, sugar, dates, cornflour, rye flour, salt, spices, tamarind.", "sugar corn", "wheat"),  # why: malt vinegar and rye -> possible wheat; UK cornflour = maize
    ("label", "Worcestershire Sauce. Ingredients: malt vinegar (from barley), spirit vinegar, molasses, sugar, salt, anchovies (fish), tamarind extract, onions, garlic, spice, flavouring.", "sugar", "wheat corn"),
    ("label", "BBQ Sauce, Original. Ingredients: high fructose corn syrup, distilled vinegar, tomato paste, modified food starch, contains less than 2% of salt, natural smoke flavor, spices, caramel color, sodium benzoate, molasses, natural flavor, garlic powder, sugar, onion powder, tamarind.", "corn sugar", "wheat"),
    ("label", "Sweet Chilli Sauce. Ingredients: sugar, water, red chilli (10%), garlic, vinegar, salt, thickener (modified tapioca starch), acidity regulator (citric acid).", "sugar", "corn"),
    ("label", "Soy Sauce. Ingredients: water, soybeans, wheat, salt, alcohol (as a preservative).", "soy wheat", ""),
    ("label", "Tamari, Gluten Free. Ingredients: water, soybeans, salt, alcohol.", "soy", ""),
    ("label", "Coconut Aminos. Ingredients: organic coconut tree sap, organic sea salt.", "", ""),
    ("label", "Teriyaki Marinade. Ingredients: soy sauce (water, wheat, soybeans, salt), sugar, water, mirin (glucose syrup, rice, alcohol), garlic, ginger, modified corn starch.", "soy wheat sugar corn", ""),
    ("label", "Hoisin Sauce. Ingredients: sugar, water, soybeans, sweet potato, modified corn starch, salt, sesame paste, garlic, chili, spices, acetic acid, colour (caramel E150a).", "sugar soy corn", ""),
    ("label", "Oyster Sauce. Ingredients: water, sugar, salt, oyster extract (12%), modified corn starch, wheat flour, colour (caramel E150c), flavour enhancer (E621).", "sugar corn wheat", ""),
    ("label", "Fish Sauce. Ingredients: anchovy extract (70%), salt, sugar.", "sugar", ""),
    ("label", "Miso Paste, White. Ingredients: soybeans, rice, salt, water, koji culture (Aspergillus oryzae).", "soy", ""),
    ("label", "Barley Miso. Ingredients: soybeans, barley (30%), sea salt, koji.", "soy", "wheat"),
    ("label", "Gochujang. Ingredients: corn syrup, red pepper powder, water, rice, wheat flour, salt, soybean, alcohol, seasoning.", "corn sugar wheat soy", ""),
    ("label", "Pesto alla Genovese. Ingredients: basil (38%), sunflower oil, cashew nuts, grana padano cheese (milk, salt, rennet, egg lysozyme), pecorino romano cheese (milk), extra virgin olive oil, pine nuts, salt, sugar, acidity regulator: lactic acid.", "dairy sugar", "corn"),
    ("label", "Vegan Basil Pesto. Ingredients: basil (40%), sunflower oil, cashew nuts, extra virgin olive oil, pine kernels, nutritional yeast, garlic, salt, lemon juice.", "", ""),
    ("label", "Tomato & Basil Pasta Sauce. Ingredients: tomatoes (83%), tomato paste, onion, sugar, modified maize starch, basil (1.5%), salt, garlic, olive oil, acidity regulator (citric acid), black pepper.", "sugar corn", ""),
    ("label", "Marinara, No Sugar Added. Ingredients: tomatoes, olive oil, onions, garlic, salt, basil, black pepper, oregano.", "", ""),
    ("label", "Alfredo Sauce. Ingredients: water, cream (milk), parmesan cheese (part-skim milk, cultures, salt, enzymes), butter (cream, salt), modified corn starch, salt, garlic, xanthan gum.", "dairy corn", ""),
    ("label", "Korma Curry Sauce. Ingredients: water, onion, cream (milk) (9%), sugar, desiccated coconut, rapeseed oil, ground almonds, modified maize starch, garlic purée, ginger purée, spices, salt, coriander leaf, acid (lactic acid).", "dairy sugar corn", ""),
    ("label", "Thai Green Curry Paste. Ingredients: green chilli (28%), lemongrass, garlic, shallot, salt, galangal, kaffir lime peel, coriander root, cumin, shrimp paste.", "", ""),
    ("label", "Gravy Granules, Chicken. Ingredients: potato starch, maltodextrin, palm fat, salt, wheat flour, flavourings (contain wheat), colour (ammonia caramel), sugar, onion powder, flavour enhancer (E621), emulsifier (soya lecithin), sage.", "wheat sugar soy", "corn"),
    ("label", "Stock Cube, Vegetable. Ingredients: salt, hydrolysed vegetable protein, palm fat, yeast extract, sugar, dried vegetables (onion, carrot, leek), maltodextrin, flavourings, parsley, turmeric.", "sugar", "wheat soy corn"),
    ("label", "Beef Bone Broth. Ingredients: beef bone broth (water, beef bones), onion, carrot, celery, sea salt, black pepper.", "", ""),
    ("label", "Caesar Dressing. Ingredients: soybean oil, water, parmesan cheese (milk), egg yolk, distilled vinegar, salt, garlic, anchovy, lemon juice concentrate, sugar, xanthan gum, natural flavor.", "soy dairy sugar", "corn"),
    ("label", "Balsamic Vinaigrette. Ingredients: water, balsamic vinegar (wine vinegar, grape must), extra virgin olive oil, sugar, salt, mustard seeds, garlic, xanthan gum, pepper.", "sugar", "corn"),
    ("label", "Ranch Dressing. Ingredients: vegetable oil (soybean and/or canola), water, buttermilk, sugar, salt, egg yolk, natural flavors, garlic, onion, vinegar, phosphoric acid, xanthan gum, modified food starch, monosodium glutamate, artificial flavors, spices.", "soy dairy sugar", "corn wheat"),
    # ---------------- labels: ready meals, sweets, frozen, E-number heavy ----------------
    ("label", "Chicken Tikka Masala with Pilau Rice, Ready Meal. Ingredients: cooked pilau rice (40%) (water, basmati rice, rapeseed oil, cumin seeds, turmeric), chicken breast (18%), tomato, onion, single cream (milk), yogurt (milk), butter (milk), cornflour, sugar, garlic, ginger, spices, salt, coriander.", "dairy corn sugar", ""),
    ("label", "Macaroni Cheese. Ingredients: cooked macaroni (durum wheat semolina, water), milk, mature cheddar cheese (milk) (12%), water, cream (milk), wheat flour, butter (milk), mustard, salt, white pepper.", "wheat dairy", ""),
    ("label", "Beef Lasagne. Ingredients: milk, beef (18%), cooked egg pasta (durum wheat semolina, pasteurised egg), tomatoes, onion, tomato purée, cheddar cheese (milk), wheat flour, beef stock, modified maize starch, butter (milk), garlic purée, sugar, salt, oregano.", "wheat dairy corn sugar", ""),
    ("label", "Vegetable Chilli with Rice, Vegan. Ingredients: cooked long grain rice (35%), tomatoes, red kidney beans, black beans, onion, red pepper, sweetcorn (5%), tomato purée, rapeseed oil, garlic, chipotle paste (chipotle chilli, water, sugar, salt), cumin, smoked paprika, coriander.", "corn sugar", ""),
    ("label", "Cottage Pie. Ingredients: potato (45%), beef (22%), carrot, onion, water, tomato purée, beef stock (water, beef extract, salt, yeast extract), butter (milk), wheat flour, Worcestershire sauce (malt vinegar (barley), molasses, sugar), thyme, black pepper.", "dairy wheat sugar", ""),
    ("label", "Chicken Katsu Curry Bowl. Ingredients: cooked rice, chicken breast (20%), breadcrumb (wheat flour, yeast, salt, sugar), katsu sauce (water, onion, carrot, apple, sugar, curry powder, wheat flour, soy sauce (water, soya beans, wheat, salt), rapeseed oil), rapeseed oil.", "wheat sugar soy", ""),
    ("label", "Pad Thai Meal Kit. Ingredients: rice noodles (56%) (rice flour, water, tapioca starch), pad thai sauce (26%) (sugar, tamarind paste, fish sauce (anchovy, salt, sugar), water, vinegar, paprika, salt, garlic), crushed peanuts (8%).", "sugar", ""),
    ("label", "Fish Fingers. Ingredients: Alaska pollock (58%), breadcrumb (wheat flour, water, yeast, salt, paprika, turmeric), rapeseed oil, wheat flour, potato starch, salt.", "wheat", ""),
    ("label", "Gluten Free Chicken Nuggets. Ingredients: chicken breast (65%), rice flour, maize flour, sunflower oil, potato starch, salt, dextrose, pepper, paprika extract.", "corn sugar", ""),
    ("label", "Frozen Oven Chips. Ingredients: potatoes (95%), sunflower oil (5%).", "", ""),
    ("label", "Seasoned Curly Fries. Ingredients: potatoes, vegetable oil (canola, soybean, and/or cottonseed oil), enriched wheat flour, modified food starch, salt, spices, dextrose, onion powder, garlic powder, natural flavor, leavening, xanthan gum, annatto.", "soy wheat sugar", "corn"),
    ("label", "Frozen Pizza, Margherita. Ingredients: wheat flour, tomato purée (20%), mozzarella cheese (milk) (17%), water, edam cheese (milk), rapeseed oil, yeast, sugar, salt, basil, oregano, dextrose.", "wheat dairy sugar", "corn"),
    ("label", "Frozen Sweetcorn. Ingredients: sweetcorn (100%).", "corn", ""),
    ("label", "Frozen Mixed Veg. Ingredients: carrots, peas, green beans, sweetcorn.", "corn", ""),
    ("label", "Frozen Garden Peas. Ingredients: peas.", "", ""),
    ("label", "Frozen Berries Mix. Ingredients: strawberries, raspberries, blueberries, blackberries.", "", ""),
    ("label", "Vanilla Ice Cream. Ingredients: reconstituted skimmed milk, sugar, glucose syrup, cream (milk) (7%), whey solids (milk), emulsifier (mono- and diglycerides of fatty acids), stabilisers (locust bean gum, guar gum, carrageenan), natural vanilla flavouring, colour (annatto).", "dairy sugar", "corn soy"),
    ("label", "Non-Dairy Frozen Dessert, Chocolate Fudge Brownie. Ingredients: water, sugar, coconut oil, wheat flour, brown sugar, cocoa (processed with alkali), sunflower butter, corn syrup, pea protein, invert cane sugar, soybean oil, egg whites, vanilla extract, salt, soy lecithin, guar gum, locust bean gum.", "sugar wheat corn soy", ""),
    ("label", "Mango Sorbet. Ingredients: mango purée (45%), water, sugar, glucose syrup, lemon juice, stabiliser: locust bean gum.", "sugar", "corn"),
    ("label", "Ice Lolly, Orange. Ingredients: water, orange juice from concentrate (25%), sugar, dextrose, citric acid, stabiliser (guar gum), natural flavouring, colour (beta-carotene).", "sugar", "corn"),
    ("label", "Milk Chocolate Bar. Ingredients: milk (dry milk solids from fresh milk), sugar, cocoa butter, cocoa mass, vegetable fats (palm, shea), emulsifier (E442), flavourings. Milk solids 20% minimum.", "dairy sugar", ""),
    ("label", "Dark Chocolate 85% Cocoa. Ingredients: cocoa mass, cocoa butter, fat-reduced cocoa, demerara sugar, vanilla. May contain milk.", "sugar", "dairy"),
    ("label", "Dark Chocolate 70%. Ingredients: cocoa mass, sugar, cocoa butter, emulsifier: soya lecithin, natural vanilla flavouring. Cocoa solids 70% minimum. May contain traces of milk, hazelnuts.", "sugar soy", "dairy"),
    ("label", "Dairy Free Milk Chocolate Alternative. Ingredients: sugar, cocoa butter, rice powder (rice syrup, rice starch), cocoa mass, inulin, emulsifier: sunflower lecithin, natural vanilla flavouring. Free from dairy, gluten, soya.", "sugar", ""),
    ("label", "Stevia Sweetened Dark Chocolate. Ingredients: cocoa mass, erythritol, cocoa butter, inulin, sunflower lecithin, stevia extract, vanilla.", "", ""),
    ("label", "Chocolate Caramel Wafer Bar. Ingredients: milk chocolate (60%) (sugar, cocoa butter, skimmed milk powder, cocoa mass, milk fat, lactose, emulsifier (soya lecithin)), glucose syrup, sugar, wheat flour, sweetened condensed milk, vegetable fat (palm), butter oil (milk), salt, raising agent.", "dairy sugar soy wheat", "corn"),
    ("label", "Peanut Caramel Nougat Bar. Ingredients: milk chocolate (sugar, cocoa butter, chocolate, skim milk, lactose, milkfat, soy lecithin, artificial flavor), peanuts, corn syrup, sugar, palm oil, skim milk, lactose, partially hydrogenated soybean oil, salt, egg whites, chocolate, artificial flavor.", "dairy sugar soy corn", ""),
    ("label", "Gummy Bears. Ingredients: glucose syrup, sugar, gelatine, dextrose, acid: citric acid, fruit and plant concentrates (apple, blackcurrant, spirulina), flavourings, glazing agents: beeswax, carnauba wax.", "sugar", "corn"),
    ("label", "Sour Candy Strips. Ingredients: sugar, corn syrup, wheat flour, malic acid, palm oil, citric acid, artificial flavors, mineral oil, red 40, yellow 5, blue 1. Contains wheat.", "sugar corn wheat", ""),
    ("label", "Licorice Twists. Ingredients: wheat flour, molasses, sugar, water, licorice extract, salt, anise oil, caramel colour.", "wheat sugar", "corn"),
    ("label", "Marshmallows. Ingredients: sugar, glucose-fructose syrup, water, dextrose, gelatine, corn starch, flavouring, colour: beetroot red.", "sugar corn", ""),
    ("label", "Sugar Free Mints. Ingredients: sweeteners (sorbitol, sucralose), anti-caking agent (magnesium stearate), flavourings.", "", "corn"),
    ("label", "Chewing Gum, Spearmint, Sugarfree. Ingredients: sweeteners (sorbitol, maltitol, mannitol, aspartame, acesulfame K), gum base, thickener (gum arabic), flavourings, humectant (glycerol), emulsifier (soya lecithin), colour (E171), glazing agent (carnauba wax). Contains a source of phenylalanine. Excessive consumption may produce laxative effects.", "soy", "corn"),
    ("label", "Hard Boiled Sweets. Ingredients: sugar, glucose syrup (from wheat), citric acid, flavourings, colours (E120, E133).", "sugar wheat", "corn"),  # why: parenthesis names wheat as source
    ("label", "Fruit Pastilles. Ingredients: glucose syrup (from maize), sugar, modified starch (maize), gelatine, acid (citric acid), fruit juices from concentrate, vegetable oil (coconut), glazing agent (carnauba wax), colours.", "sugar corn", ""),
    ("label", "Jelly Crystals, Raspberry. Ingredients: sugar, gelatine, food acids (334, 336), flavour, colour (122).", "sugar", ""),
    ("label", "Custard Powder. Ingredients: cornflour, salt, flavouring, colour (annatto).", "corn", ""),
    ("label", "Instant Custard, Ready to Serve. Ingredients: skimmed milk, buttermilk, sugar, modified starch, palm oil, cream (milk), flavourings, colour (paprika extract).", "dairy sugar", "wheat corn"),
    ("label", "Rice Pudding, Creamed. Ingredients: skimmed milk, rice (8%), sugar, cream (milk) (2%).", "dairy sugar", ""),
    ("label", "Chocolate Mousse. Ingredients: whole milk, sugar, cream (milk), cocoa powder, modified tapioca starch, gelatine, emulsifier (E472b), stabiliser (E407).", "dairy sugar", ""),
    ("label", "Jelly Pot, Sugar Free, Orange. Ingredients: water, gelling agents (carrageenan, locust bean gum), acid (citric acid), acidity regulator (potassium citrate), sweeteners (aspartame, acesulfame K), flavouring, colour (paprika extract).", "", "corn"),
    ("label", "Sponge Cake Mix. Ingredients: wheat flour, sugar, raising agents (E450, E500), modified starch (E1422), emulsifiers (E471, E475), whey powder (milk), salt, flavouring.", "wheat sugar dairy", "corn soy"),
    ("label", "Brownie Mix, Gluten Free. Ingredients: sugar, rice flour, cocoa powder (15%), potato starch, dark chocolate chips (cocoa mass, sugar, cocoa butter, emulsifier (E322)), raising agent, xanthan gum, salt.", "sugar", "soy corn"),
    ("label", "Self-Raising Flour. Ingredients: wheat flour, calcium carbonate, iron, niacin, thiamin, raising agents (monocalcium phosphate, sodium bicarbonate).", "wheat", ""),
    ("label", "Plain Flour.", "wheat", ""),  # why: unqualified flour is wheat
    ("label", "Cornflour. Ingredients: maize starch.", "corn", ""),
    ("label", "Tapioca Flour. Ingredients: 100% tapioca starch.", "", ""),
    ("label", "Gluten Free Plain Flour Blend. Ingredients: rice flour, potato starch, tapioca flour, maize flour, buckwheat flour.", "corn", ""),
    ("label", "Couscous, Wholewheat. Ingredients: durum wheat semolina (100%).", "wheat", ""),
    ("label", "Bulgur Wheat. Ingredients: bulgur wheat.", "wheat", ""),
    ("label", "Pearl Barley.", "", "wheat"),
    ("label", "Quinoa, Tri-Colour. Ingredients: white quinoa, red quinoa, black quinoa.", "", ""),
    ("label", "Basmati Rice, Microwave Pouch. Ingredients: steamed basmati rice (98%), sunflower oil.", "", ""),
    ("label", "Spicy Mexican Rice Pouch. Ingredients: steamed long grain rice (85%), sweetcorn (4%), red pepper, rapeseed oil, tomato paste, onion powder, sugar, salt, spices, garlic, maltodextrin, yeast extract.", "corn sugar", ""),
    ("label", "Egg Noodles, Medium. Ingredients: wheat flour, dried egg (5.5%), salt, acidity regulator (potassium carbonate).", "wheat", ""),
    ("label", "Rice Noodles, Flat. Ingredients: rice flour (95%), water, tapioca starch.", "", ""),
    ("label", "Soba Noodles. Ingredients: wheat flour, buckwheat flour (40%), salt.", "wheat", ""),
    ("label", "Instant Noodles, Chicken Flavour. Ingredients: noodles (wheat flour, palm oil, salt, acidity regulators), seasoning sachet (salt, flavour enhancers (E621, E635), sugar, maltodextrin, dehydrated vegetables, hydrolysed vegetable protein (soya), spices, chicken fat).", "wheat sugar soy", "corn"),
    ("label", "Fresh Gnocchi. Ingredients: potato (80%), wheat flour, potato starch, salt, acidity regulator: lactic acid, preservative: sorbic acid.", "wheat", ""),
    ("label", "Chickpea Pasta, Fusilli. Ingredients: chickpea flour (100%).", "", ""),
    ("label", "Brown Rice Pasta, Penne. Ingredients: organic brown rice, water.", "", ""),
    ("label", "Corn & Rice Spaghetti, Gluten Free. Ingredients: maize flour (70%), rice flour (30%).", "corn", ""),
    ("label", "Flour Tortillas. Ingredients: wheat flour (64%), water, vegetable oil (palm), humectant (glycerol), raising agents (diphosphates, sodium carbonates), sugar, acidity regulator (malic acid), emulsifier (mono- and diglycerides of fatty acids), salt.", "wheat sugar", "soy"),
    ("label", "Corn Tortillas, Yellow. Ingredients: ground corn treated with lime, water, cellulose gum, propionic acid, benzoic acid, phosphoric acid, dextrose.", "corn sugar", ""),
    ("label", "Taco Seasoning Mix. Ingredients: chili pepper, maltodextrin, salt, wheat flour, onion, sugar, cumin, garlic, corn starch, paprika, citric acid, natural flavors, caramel color.", "wheat sugar corn", ""),
    ("label", "Canned Baked Beans in Tomato Sauce. Ingredients: beans (51%), tomatoes (34%), water, sugar, spirit vinegar, modified cornflour, salt, spice extracts, herb extract.", "sugar corn", ""),
    ("label", "Reduced Sugar & Salt Baked Beans. Ingredients: beans (52%), tomatoes (32%), water, sugar, modified cornflour, spirit vinegar, salt, sweetener (steviol glycosides), spice extracts.", "sugar corn", ""),
    ("label", "Chickpeas in Water. Ingredients: chickpeas, water.", "", ""),
    ("label", "Coconut Milk, Canned. Ingredients: coconut extract (60%), water, stabiliser: guar gum.", "", ""),
    ("label", "Light Coconut Milk. Ingredients: coconut milk (coconut, water), thickener (E415), emulsifier (E435), preservative (E223).", "", "corn"),  # why: xanthan
    ("label", "Tuna Chunks in Spring Water. Ingredients: skipjack tuna (fish), spring water, salt.", "", ""),
    ("label", "Tuna in Sunflower Oil. Ingredients: skipjack tuna (fish) (70%), sunflower oil, salt.", "", ""),
    ("label", "Canned Tuna. Ingredients: light tuna, water, vegetable broth (contains soy), salt, pyrophosphate.", "soy", ""),
    ("label", "Smoked Salmon. Ingredients: Atlantic salmon (fish) (98%), salt, demerara sugar.", "sugar", ""),
    ("label", "Unsmoked Back Bacon. Ingredients: pork (87%), water, salt, preservatives (sodium nitrite, potassium nitrate), antioxidant (sodium ascorbate).", "", ""),
    ("label", "Pork Sausages, Premium. Ingredients: British pork (85%), water, rusk (wheat flour, salt, raising agent), salt, dextrose, spices, preservative (sodium metabisulphite), herbs, antioxidant (ascorbic acid). Filled into natural pork casings.", "wheat sugar", "corn"),
    ("label", "Gluten Free Pork Sausages. Ingredients: pork (90%), water, rice flour, salt, pea fibre, black pepper, nutmeg, preservative (sodium metabisulphite). Filled into alginate casings.", "", ""),
    ("label", "Hot Dogs, Beef. Ingredients: beef, water, contains 2% or less of salt, corn syrup, dextrose, natural flavoring, sodium phosphates, sodium erythorbate, sodium nitrite.", "corn sugar", ""),
    ("label", "Sliced Turkey Breast. Ingredients: turkey breast, water, salt, dextrose, carrageenan, sodium phosphate, natural flavor.", "sugar", "corn"),
    ("label", "Chicken Breast Fillets, Fresh. Ingredients: chicken (100%).", "", ""),
    ("label", "Free Range Eggs, Large x12.", "", ""),
    ("label", "Hummus, Classic. Ingredients: chickpeas (58%), water, tahini (sesame seed paste) (11%), rapeseed oil, lemon juice, garlic purée, salt, preservative: potassium sorbate, acidity regulator: citric acid.", "", "corn"),
    ("label", "Guacamole Dip. Ingredients: avocado (90%), onion, tomato, lime juice, salt, jalapeno, coriander, garlic.", "", ""),
    ("label", "Tzatziki. Ingredients: Greek style yogurt (milk) (70%), cucumber (20%), garlic, rapeseed oil, salt, mint.", "dairy", ""),
    # ---------------- labels: German ----------------
    ("label", "Vollkornbrot. Zutaten: Roggenvollkornschrot (55%), Wasser, Weizenvollkornmehl, Sonnenblumenkerne, Salz, Hefe, Zuckerrübensirup.", "wheat sugar", ""),
    ("label", "Butterkekse. Zutaten: Weizenmehl, Zucker, Butter (13%), Glukosesirup, Vollmilchpulver, Salz, Backtriebmittel Natriumcarbonate, Säuerungsmittel Citronensäure. Kann Spuren von Ei, Soja und Sesam enthalten.", "wheat sugar dairy", "corn soy"),
    ("label", "Haferdrink, ungesüßt. Zutaten: Wasser, Hafer (14%), Sonnenblumenöl, Meersalz.", "", "wheat"),
    ("label", "Sojadrink Natur. Zutaten: Wasser, geschälte Sojabohnen (8%), Calcium, Meersalz, Stabilisator: Gellan, Vitamine.", "soy", ""),
    ("label", "Fruchtjoghurt Erdbeere, 3,5% Fett. Zutaten: Joghurt mild (Milch), Zucker, Erdbeeren (8%), Maisstärke, natürliches Aroma, Rote-Bete-Saft-Konzentrat.", "dairy sugar corn", ""),
    ("label", "Laugenbrezel. Zutaten: Weizenmehl, Wasser, Rapsöl, Hefe, Gerstenmalzextrakt, Speisesalz, Säureregulator Natronlauge.", "wheat", ""),
    ("label", "Milchschokolade. Zutaten: Zucker, Kakaobutter, Vollmilchpulver (20%), Kakaomasse, Süßmolkenpulver, Butterreinfett, Emulgator Lecithine (Soja), Aroma.", "sugar dairy soy", ""),
    ("label", "Gummibärchen. Zutaten: Glukosesirup, Zucker, Gelatine, Dextrose, Säuerungsmittel: Citronensäure, Fruchtsaftkonzentrate, Aromen, Überzugsmittel: Bienenwachs.", "sugar", "corn"),
    ("label", "Cola Zero. Zutaten: Wasser, Kohlensäure, Farbstoff E150d, Säuerungsmittel Phosphorsäure, Süßstoffe (Natriumcyclamat, Acesulfam K, Aspartam), Aroma, Säureregulator Natriumcitrate, Koffein.", "", "corn"),
    ("label", "Müsli ohne Zuckerzusatz. Zutaten: Haferflocken (55%), Dinkelflocken (15%), Rosinen, Haselnüsse, Apfelstücke, Sonnenblumenkerne.", "wheat", ""),  # why: Dinkel = spelt
    ("label", "Maischips, Paprika. Zutaten: Mais (72%), Sonnenblumenöl, Gewürzmischung (Paprikapulver, Salz, Zucker, Zwiebelpulver, Hefeextrakt), Speisesalz.", "corn sugar", ""),
    ("label", "Tofu Natur. Zutaten: Wasser, Sojabohnen (43%), Gerinnungsmittel: Nigari.", "soy", ""),
    ("label", "Glutenfreies Brot. Zutaten: Wasser, Maisstärke, Reismehl, Sauerteig (Reismehl, Wasser), Sonnenblumenöl, Zucker, Verdickungsmittel: Guarkernmehl, Hydroxypropylmethylcellulose; Hefe, Salz.", "corn sugar", ""),
    ("label", "Kartoffelsalat mit Mayonnaise. Zutaten: Kartoffeln (65%), Mayonnaise (Rapsöl, Wasser, Eigelb, Branntweinessig, Zucker, Salz, Senf), Gurken, Zwiebeln, modifizierte Stärke, Säuerungsmittel Milchsäure.", "sugar", "wheat corn"),
    ("label", "Frischkäse, Doppelrahmstufe. Zutaten: Frischkäse (Milch), Speisesalz, Johannisbrotkernmehl.", "dairy", ""),
    ("label", "Weizenbier, naturtrüb. Zutaten: Wasser, Weizenmalz, Gerstenmalz, Hopfen, Hefe.", "wheat", ""),
    ("label", "Pils. Zutaten: Wasser, Gerstenmalz, Hopfen.", "", "wheat"),
    # ---------------- labels: French ----------------
    ("label", "Pain de mie complet. Ingrédients : farine de blé complète (52%), eau, huile de colza, sucre, gluten de blé, levure, sel, émulsifiant : mono- et diglycérides d'acides gras, conservateur : propionate de calcium. Peut contenir des traces de soja et de sésame.", "wheat sugar", "soy"),
    ("label", "Yaourt nature au lait entier. Ingrédients : lait entier, ferments lactiques.", "dairy", ""),
    ("label", "Biscuits sablés pur beurre. Ingrédients : farine de blé (62%), sucre, beurre pâtissier (17%), œufs, sel, poudre à lever (carbonate acide de sodium).", "wheat sugar dairy", ""),
    ("label", "Galettes de sarrasin. Ingrédients : farine de sarrasin (70%), eau, sel, œufs.", "", ""),
    ("label", "Boisson amande sans sucres ajoutés. Ingrédients : eau, amandes (2,3%), phosphate tricalcique, sel marin, stabilisants : gomme de caroube, gomme gellane, émulsifiant : lécithine de tournesol, vitamines.", "", ""),
    ("label", "Céréales au chocolat. Ingrédients : farine de blé complète (38%), sucre, farine de maïs, cacao maigre en poudre (8%), sirop de glucose, huile de tournesol, sel, arôme naturel, émulsifiant : lécithine de soja.", "wheat sugar corn soy", ""),
    ("label", "Chocolat noir dessert. Ingrédients : sucre, pâte de cacao, beurre de cacao, émulsifiant : lécithines (soja), arôme naturel de vanille. Traces éventuelles de lait.", "sugar soy", "dairy"),
    ("label", "Crème fraîche épaisse. Ingrédients : crème (lait), ferments lactiques.", "dairy", ""),
    ("label", "Semoule de blé dur moyenne.", "wheat", ""),
    ("label", "Polenta instantanée. Ingrédients : semoule de maïs précuite.", "corn", ""),
    ("label", "Pâte feuilletée pur beurre. Ingrédients : farine de blé, beurre (30%), eau, alcool, sel, jus de citron concentré.", "wheat dairy", ""),
    ("label", "Soda sans sucres, goût citron. Ingrédients : eau gazéifiée, acidifiants : acide citrique, acide malique, arômes naturels, édulcorants : sucralose, acésulfame K, conservateur : sorbate de potassium.", "", "corn"),
    ("label", "Sauce soja salée. Ingrédients : eau, graines de soja, blé, sel.", "soy wheat", ""),
    # ---------------- labels: Spanish ----------------
    ("label", "Pan de molde sin corteza. Ingredientes: harina de trigo, agua, azúcar, aceite de girasol, levadura, gluten de trigo, sal, emulgente (E471), conservador (E282), harina de soja. Puede contener trazas de sésamo y leche.", "wheat sugar soy", "dairy"),
    ("label", "Galletas María. Ingredientes: harina de trigo (72%), azúcar, aceite de girasol, jarabe de glucosa y fructosa, gasificantes (bicarbonato sódico y amónico), sal, emulgente (lecitina de soja). Puede contener leche.", "wheat sugar soy", "corn dairy"),
    ("label", "Bebida de avena. Ingredientes: agua, avena (12%), aceite de girasol, sal marina.", "", "wheat"),
    ("label", "Yogur griego natural. Ingredientes: leche pasteurizada, nata (leche), proteínas de la leche, fermentos lácticos.", "dairy", ""),
    ("label", "Tortillas de maíz. Ingredientes: harina de maíz nixtamalizado, agua, sal.", "corn", ""),
    ("label", "Turrón blando. Ingredientes: almendra tostada (64%), azúcar, miel, clara de huevo.", "sugar", ""),
    ("label", "Horchata de chufa. Ingredientes: agua, chufa (12%), azúcar.", "sugar", ""),
    ("label", "Nachos sabor queso. Ingredientes: maíz (70%), aceite vegetal, sazonador (suero de leche en polvo, queso en polvo, sal, azúcar, dextrosa, potenciador del sabor, colorante).", "corn dairy sugar", "soy"),
    ("label", "Refresco de cola sin azúcar. Ingredientes: agua carbonatada, colorante (E150d), acidulante (ácido fosfórico), edulcorantes (ciclamato de sodio, acesulfamo K, aspartamo), aromas naturales, cafeína.", "", "corn"),
    ("label", "Cuscús. Ingredientes: sémola de trigo duro.", "wheat", ""),
    # ---------------- labels: Italian ----------------
    ("label", "Fette biscottate integrali. Ingredienti: farina integrale di grano tenero (85%), olio di semi di girasole, zucchero, lievito di birra, malto d'orzo, sale.", "wheat sugar", ""),
    ("label", "Grissini. Ingredienti: farina di grano tenero tipo 0, olio extravergine di oliva (8%), sale, lievito, estratto di malto d'orzo.", "wheat", ""),
    ("label", "Spaghetti n.5. Ingredienti: semola di grano duro, acqua.", "wheat", ""),
    ("label", "Gnocchi di patate senza glutine. Ingredienti: patate reidratate (70%), amido di mais, farina di riso, sale, emulsionante: mono- e digliceridi degli acidi grassi.", "corn", "soy"),
    ("label", "Mozzarella di bufala campana DOP. Ingredienti: latte di bufala, sale, caglio, siero innesto.", "dairy", ""),
    ("label", "Crema spalmabile alle nocciole. Ingredienti: zucchero, olio di palma, nocciole (13%), cacao magro (7,4%), latte scremato in polvere (6,6%), siero di latte in polvere, emulsionanti: lecitine (soia), vanillina.", "sugar dairy soy", ""),
    ("label", "Bevanda di soia senza zuccheri. Ingredienti: acqua, semi di soia decorticati (8%), sale marino, stabilizzante: gomma di gellano.", "soy", ""),
    ("label", "Cornetto integrale al miele. Ingredienti: farina di frumento integrale, burro, miele (6%), uova, lievito naturale, sale.", "wheat dairy", "sugar"),
    ("label", "Amaretti. Ingredienti: zucchero, armelline (albicocca) (18%), albume d'uovo, mandorle, agente lievitante. Può contenere tracce di glutine e latte.", "sugar", "wheat dairy"),
    ("label", "Polenta taragna. Ingredienti: farina di mais, farina di grano saraceno (20%).", "corn", ""),
    # ---------------- labels: Dutch ----------------
    ("label", "Volkoren brood. Ingrediënten: volkoren tarwemeel, water, gist, tarwegluten, zout, rijsmiddel, plantaardige olie (raapzaad), meelverbeteraar (E300).", "wheat", ""),
    ("label", "Ontbijtkoek. Ingrediënten: roggemeel, glucose-fructosestroop, suiker, water, tarwemeel, kruiden, rijsmiddel (E500).", "sugar wheat", "corn"),
    ("label", "Hagelslag puur. Ingrediënten: suiker, cacaomassa, cacaoboter, magere cacao, emulgator (sojalecithine), vanillearoma. Kan melk bevatten.", "sugar soy", "dairy"),
    ("label", "Pindakaas, 100% pinda's. Ingrediënten: pinda's.", "", ""),
    ("label", "Stroopwafels. Ingrediënten: tarwebloem, glucosestroop, suiker, roomboter (melk) (11%), bruine basterdsuiker, palmvet, ei, kaneel, zout, rijsmiddel.", "wheat sugar dairy", "corn"),
    ("label", "Kwark, mager. Ingrediënten: magere melk, zuursel, stremsel.", "dairy", ""),
    ("label", "Haverdrank barista. Ingrediënten: water, haver (10%), koolzaadolie, zuurteregelaar (dikaliumfosfaat), calciumcarbonaat, zout, vitamines.", "", "wheat"),
    # ---------------- labels: Scandinavian ----------------
    ("label", "Knäckebröd, fullkorn. Ingredienser: fullkornsrågmjöl (95%), jäst, salt.", "", "wheat"),
    ("label", "Havregryn, glutenfria. Ingredienser: glutenfria havregryn.", "", ""),
    ("label", "Mjölkchoklad. Ingredienser: socker, kakaosmör, helmjölkspulver (21%), kakaomassa, vassleprotein (mjölk), emulgeringsmedel (sojalecitin), arom.", "sugar dairy soy", ""),
    ("label", "Rugbrød. Ingredienser: rugmel, vand, knækkede rugkerner, hvedemel, surdej (rugmel, vand), salt, gær, maltmel (byg).", "wheat", ""),
    ("label", "Brunost. Ingredienser: myse, fløte, melk.", "dairy", ""),
    ("label", "Vaniljkräm. Ingredienser: mjölk, grädde, socker, modifierad stärkelse, äggula, vanilj.", "dairy sugar", "wheat corn"),
    ("label", "Maissimurot. Ainesosat: maissi (95%), sokeri, suola, ohramallasuute.", "corn sugar", "wheat"),
    # ---------------- meals: more diary-style entries ----------------
    ("meal", "lunch: leftover dal (made w coconut oil) + 1 cup rice", "", ""),
    ("meal", "1/2 cup cottage cheese, 10 grapes", "dairy", ""),
    ("meal", "200g chicken thigh, 150g roast pumpkin, rocket", "", ""),
    ("meal", "3 rice cakes + 2 tbsp tahini + drizzle of honey", "", "sugar"),
    ("meal", "snack: 1 pear, 30g walnuts", "", ""),
    ("meal", "dinner @ mum's - roast lamb, roast spuds, peas, mint sauce", "", "sugar"),  # why: mint sauce usually sugar + malt vinegar
    ("meal", "tea (the meal): sausages, mash, peas w gravy", "dairy", "wheat sugar corn soy"),
    ("meal", "brekkie: 2 weetbix w/ almond milk + banana", "wheat", "sugar soy"),
    ("meal", "arvo tea - 1 scone w/ jam, no cream", "wheat sugar", "dairy"),  # why: scones usually contain butter and milk
    ("meal", "crumpet w vegemite, no butter", "wheat", "sugar corn"),
    ("meal", "cup-a-soup chicken", "", "wheat dairy corn sugar soy"),  # why: instant soup: starch, maltodextrin, milk powder, flavour enhancers
    ("meal", "baked potato w/ butter & chives x1", "dairy", ""),
    ("meal", "3/4 cup greek yog + 1 tbsp maple", "dairy", "sugar"),
    ("meal", "same salad as tues: spinach, beetroot, goats cheese, walnuts", "dairy", "sugar"),
    ("meal", "servo pie", "wheat", "dairy soy sugar corn"),  # why: Aussie petrol-station meat pie
    ("meal", "sausage sizzle (snag in bread w onions & sauce)", "wheat sugar", "corn soy dairy"),
    ("meal", "dim sims x4", "wheat", "soy sugar corn"),
    ("meal", "pavlova slice w/ cream & passionfruit", "sugar dairy", "corn"),  # why: meringue with cornflour often
    ("meal", "hot cross bun toasted", "wheat sugar", "dairy soy"),
    ("meal", "iced vovo x2", "wheat sugar", "soy dairy"),
    ("meal", "milo w milk", "dairy sugar", "wheat soy"),  # why: Milo contains barley malt extract, milk solids, sugar
    ("meal", "bowl of plain popcorn kernels popped in coconut oil", "corn", ""),
    ("meal", "corn salsa on grilled fish", "corn", ""),
    ("meal", "polenta chips", "corn", "soy dairy"),
    ("meal", "tortilla española", "", ""),  # why: Spanish potato-egg omelette, not a flour tortilla
    ("meal", "cornflour-thickened stew", "corn", ""),
    ("meal", "peanut butter cookies x2", "wheat sugar", "dairy soy"),
    ("meal", "apple butter on rice cakes", "", "sugar"),  # why: apple butter has no dairy; often sweetened
    ("meal", "cocoa butter chocolate (raw, sweetened w dates)", "", ""),
    ("meal", "butterbeans on toast", "wheat", "sugar soy"),
    ("meal", "buttered noodles", "wheat dairy", ""),
    ("meal", "spelt pancakes", "wheat", "dairy sugar"),
    ("meal", "semolina pudding", "wheat dairy sugar", ""),
    ("meal", "farro salad w feta", "wheat dairy", ""),
    ("meal", "rye toast w/ avocado", "", "wheat sugar"),  # why: rye breads usually contain wheat flour too
    ("meal", "malted milk biscuits x3", "wheat sugar dairy", "soy"),
    ("meal", "malt loaf slice", "wheat sugar", ""),
    ("meal", "ploughmans w/o the bread: cheddar, pickle, apple, ham", "dairy sugar", "corn"),  # why: branston-style pickle is sweetened
    ("meal", "chicken nuggets (homemade, almond flour crust)", "", ""),
    ("meal", "chicken nuggets x6 from maccas", "wheat", "corn soy sugar"),
    ("meal", "oatmeal w brown sugar", "sugar", "wheat dairy"),
    ("meal", "gf oats w/ cinnamon, water", "", ""),
    ("meal", "2 slices of soy & linseed bread", "wheat soy", "sugar"),  # why: soy-linseed loaves are wheat-based with soy grits
    ("meal", "yorkshire tea, oat milk, 1 sweetener", "", "wheat"),
    ("meal", "hot water w lemon & ginger", "", ""),
    ("meal", "bone broth mug", "", ""),
    ("meal", "dessert: 1/2 cup berries w coconut cream", "", ""),
]
