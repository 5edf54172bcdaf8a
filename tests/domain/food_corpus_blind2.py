# ruff: noqa: E501
"""Second blind set: labelled cases written without seeing the engine, to measure generalisation."""

BLIND2_CASES: list[tuple[str, str, str, str]] = [
    # kind, text, definite groups (space-separated), possible groups (space-separated)
    # ---- coffee-shop drinks, plant milks by brand ----
    ("meal", "oat flat white and an almond croissant", "wheat dairy sugar", ""),  # why: croissant is butter dough; almond cream is sweetened; oat milk is not dairy
    ("meal", "oatly barista flat white", "", "wheat"),  # why: oat milk, not dairy; oats only a cross-contact risk
    ("meal", "starbucks iced brown sugar oatmilk shaken espresso", "sugar", "wheat"),
    ("meal", "soy cappuccino, no sugar", "soy", "sugar"),  # why: cafe soy milks are usually sweetened even if none is added
    ("meal", "iced latte w/ almond milk", "", "sugar"),  # why: almond milk replaces dairy; often sweetened
    ("meal", "matcha latte with coconut milk", "", "sugar"),  # why: cafe matcha powders are often pre-sweetened
    ("meal", "pumpkin spice latte grande", "dairy sugar", ""),
    ("meal", "caramel macchiato w/ oat milk", "sugar", "wheat dairy"),  # why: caramel drizzle usually contains butter/cream
    ("meal", "chai latte w/ soy", "soy sugar", ""),  # why: chai concentrate is sweetened
    ("meal", "cortado", "dairy", ""),
    ("meal", "black coffee and a banana", "", ""),
    ("meal", "espresso doppio", "", ""),
    ("meal", "americano w/ splash of Alpro almond", "", "sugar"),
    ("meal", "hot chocolate w/ oat milk at Costa", "sugar", "dairy wheat"),  # why: chocolate powder may hold milk powder
    ("meal", "Tim Hortons double double", "dairy sugar", ""),  # why: double cream, double sugar
    ("meal", "ca phe sua da", "dairy sugar", ""),  # why: condensed milk
    ("meal", "mocha frappuccino", "dairy sugar", "corn"),
    ("meal", "flat white with Minor Figures oat m*lk", "", "wheat"),
    ("meal", "golden milk w/ rice milk and honey", "", "sugar"),  # why: rice milk is not dairy; honey is possible sugar
    ("meal", "taro milk tea 50% sugar w/ boba", "sugar", "dairy corn"),  # why: creamer may hold caseinate; syrup may be fructose
    ("meal", "yakult + 2 boiled eggs", "dairy sugar", "corn"),
    ("meal", "kefir smoothie w/ banana + oats", "dairy", "wheat"),
    ("meal", "Silk vanilla soymilk over granola", "soy sugar", "wheat"),
    ("meal", "oat mi\u200blk cortado", "", "wheat"),  # why: zero-width space; still oat milk, not dairy
    ("meal", "glass of whole mi\u200blk", "dairy", ""),
    ("meal", "coffe w/ mlk and 2 suggar", "dairy sugar", ""),
    ("meal", "black tea with su\u200bgar", "sugar", ""),
    ("meal", "teh tarik", "dairy sugar", ""),
    ("meal", "masala chai", "dairy", "sugar"),
    ("meal", "mango lassi", "dairy", "sugar"),
    # ---- breakfast ----
    ("meal", "2x scrambled eggs on toast", "wheat", "dairy sugar soy"),  # why: eggs often cooked with butter/milk; bread may hold sugar, soy flour
    ("meal", "3 boiled eggs, avocado, tomato", "", ""),  # why: eggs are not dairy
    ("meal", "porridge made w/ water, gluten-free oats, blueberries", "", ""),
    ("meal", "overnight oats w/ greek yoghurt & maple syrup", "dairy", "wheat sugar"),
    ("meal", "pancaks w/ maple syrup and buter", "wheat dairy", "sugar"),
    ("meal", "buttermilk pancakes stack", "wheat dairy", "sugar"),
    ("meal", "full english: eggs, bacon, sausages, beans, toast, black pudding", "wheat sugar", "dairy soy corn"),  # why: baked beans are sweetened; sausages have rusk
    ("meal", "french toast w/ berries", "wheat dairy", "sugar soy"),
    ("meal", "acai bowl w/ granola + banana", "", "sugar wheat"),
    ("meal", "huevos rancheros on corn tortillas", "corn", "dairy sugar"),
    ("meal", "breakfast burrito, flour tortilla, egg, chorizo, cheese", "wheat dairy", "soy corn sugar"),
    ("meal", "shakshuka + pita", "wheat", "sugar dairy"),
    ("meal", "menemen", "", "dairy"),
    ("meal", "simit and ayran", "wheat dairy", "sugar"),  # why: simit is dipped in grape molasses, sometimes sugar syrup
    ("meal", "congee with youtiao", "wheat", "soy"),
    ("meal", "idli sambar, coconut chutney", "", "sugar"),
    ("meal", "masala dosa", "", "dairy"),  # why: often cooked with ghee
    ("meal", "poha w/ peanuts", "", "sugar"),
    ("meal", "upma", "wheat", "dairy"),  # why: rava is wheat semolina
    ("meal", "aloo paratha with curd", "wheat dairy", ""),
    ("meal", "kaya toast, soft boiled eggs, kopi", "wheat sugar dairy", ""),  # why: kaya is sugar jam, butter slab, kopi with condensed milk
    ("meal", "nasi lemak bungkus", "", "sugar soy"),
    ("meal", "roti canai + dhal", "wheat", "dairy"),
    ("meal", "pão de queijo e cafezinho", "dairy", "sugar"),  # why: tapioca starch and cheese, no wheat
    ("meal", "café con leche y tostada con mantequilla", "wheat dairy", ""),
    ("meal", "croissant + café crème", "wheat dairy", "sugar"),
    ("meal", "pain au chocolat", "wheat dairy sugar", "soy"),
    ("meal", "Brötchen mit Butter und Marmelade", "wheat dairy sugar", ""),
    ("meal", "Müsli mit Milch", "dairy", "wheat sugar"),
    ("meal", "yoghurt + honey + walnuts", "dairy", "sugar"),
    ("meal", "plain skyr w/ blueberries", "dairy", ""),
    ("meal", "chia pudding, coconut milk, mango", "", "sugar"),
    ("meal", "cornflakes w/ mlik", "corn dairy sugar", "wheat"),
    ("meal", "weetabix x2 with oat drink", "wheat sugar", ""),
    ("meal", "cheerios + banana + almond milk", "corn sugar", "wheat"),
    ("meal", "nutella on rice cakes", "sugar dairy soy", "corn"),  # why: nutella holds skimmed milk powder and soy lecithin
    ("meal", "apple w/ peanut butter", "", "sugar soy"),  # why: peanut butter is not dairy
    ("meal", "smoothie: spinach, banana, almond butter, unsweetened almond milk", "", ""),
    ("meal", "green juice (kale, celery, apple)", "", ""),
    ("meal", "1/2 cup cottage cheese + pineapple", "dairy", ""),
    ("meal", "tofu scramble on gluten free toast", "soy", "corn sugar"),
    # ---- western lunches / dinners ----
    ("meal", "everything bagel, lox, cream cheese, capers", "wheat dairy", "sugar"),
    ("meal", "grilled chicken, white rice, steamed broccoli", "", ""),
    ("meal", "baked salmon w/ lemon, potatoes roasted in olive oil, asparagus", "", ""),
    ("meal", "steak w/ peppercorn sauce & chips", "", "dairy soy corn wheat"),  # why: peppercorn is not corn; the sauce is usually cream; frying oil
    ("meal", "corned beef hash w/ fried egg", "", "sugar soy"),  # why: corned beef is not corn; cures often sweetened
    ("meal", "roast cornish hen w/ wild rice", "", ""),
    ("meal", "roasted buttercup squash + quinoa salad", "", ""),
    ("meal", "butternut squash soup", "", "dairy"),
    ("meal", "sweet potato, black beans, salsa", "", ""),
    ("meal", "sugar snap peas & shrimp stir fry", "", "soy sugar wheat corn"),  # why: the peas are not sugar, but stir-fry sauce usually is soy sauce, sugar, starch
    ("meal", "butter beans, tomato, olive oil, feta", "dairy", ""),  # why: feta is dairy; butter beans are not
    ("meal", "fish and chips w/ malt vinegar + mushy peas", "wheat", "soy corn dairy sugar"),
    ("meal", "ploughman's: cheddar, branston pickle, crusty bread, apple", "wheat dairy sugar", ""),
    ("meal", "jacket potato w/ beans and cheeese", "dairy sugar", "corn"),
    ("meal", "sunday roast: roast beef, yorkshire pudding, gravy, roast potatoes", "wheat dairy", "sugar corn soy"),  # why: yorkshire pudding is flour, egg, milk
    ("meal", "shepherd's pie", "dairy", "wheat sugar"),
    ("meal", "caesar salad w/ croutons", "wheat dairy", ""),
    ("meal", "cobb salad, no cheese", "", "sugar soy"),
    ("meal", "tuna sandwich on sourdough", "wheat", "soy sugar"),
    ("meal", "BLT on white", "wheat", "soy sugar"),
    ("meal", "grilled che\u00adese + tomato soup", "wheat dairy", "sugar"),  # why: soft hyphen inside cheese
    ("meal", "mac n cheese", "wheat dairy", ""),
    ("meal", "spagetti bolognese w/ parmesean", "wheat dairy", "sugar"),
    ("meal", "zucchini noodles w/ pesto", "dairy", ""),  # why: pesto genovese holds parmesan/pecorino
    ("meal", "gluten-free pasta w/ marinara", "", "corn sugar"),
    ("meal", "rice noodles w/ veggies and tamari", "soy", "wheat"),
    ("meal", "wheat noodles stir fried w/ bok choy", "wheat", "soy sugar"),
    ("meal", "lentil soup + crackers", "wheat", "soy sugar dairy corn"),
    ("meal", "cauliflower crust pizza, margherita", "dairy", "wheat corn sugar"),  # why: crust qualifier: not wheat dough, check label
    ("meal", "margherita pizza", "wheat dairy", "sugar soy corn"),
    ("meal", "pizza 🍕 x2 and a beer 🍺", "wheat dairy", "sugar soy corn"),
    ("meal", "calzone w/ ricotta & spinach", "wheat dairy", "sugar"),
    ("meal", "lasagne", "wheat dairy", "sugar"),
    ("meal", "risotto ai funghi", "", "dairy"),
    ("meal", "polenta with mushroom ragu", "corn", "dairy"),
    ("meal", "potato gnocchi w/ butter & sage", "wheat dairy", ""),
    ("meal", "cacio e pepe", "wheat dairy", ""),
    ("meal", "caprese salad", "dairy", ""),
    ("meal", "tiramisu", "wheat dairy sugar", ""),
    ("meal", "panna cotta w/ berry coulis", "dairy sugar", ""),
    ("meal", "orzo salad w/ feta & olives", "wheat dairy", ""),  # why: orzo in English is a wheat pasta
    ("meal", "minestrone w/ farro", "wheat", "dairy"),
    ("meal", "spelt sourdough w/ olive oil", "wheat", ""),
    ("meal", "seitan stir-fry", "wheat", "soy sugar"),
    ("meal", "couscous w/ roasted veg + harissa", "wheat", ""),
    ("meal", "tabbouleh & hummus", "wheat", ""),  # why: bulgur
    ("meal", "kibbeh x3", "wheat", "soy"),
    ("meal", "barley risotto", "", "wheat dairy"),
    ("meal", "scotch broth", "", "wheat"),
    ("meal", "buckwheat galette, ham, emmental, egg", "dairy", "wheat"),  # why: buckwheat is not wheat, but many galettes blend in wheat flour
    ("meal", "juwari soba (100% buckwheat) w/ grated daikon", "", "soy sugar"),
    ("meal", "zaru soba", "", "wheat soy sugar"),  # why: most soba blends wheat; tsuyu is soy sauce + mirin
    ("meal", "rye crispbread w/ smoked mackerel", "", "wheat"),
    ("meal", "pumpernickel w/ cream cheese", "dairy", "wheat sugar"),
    ("meal", "quinoa bowl w/ tofuu and edamame", "soy", "sugar"),
    ("meal", "tempeh bacon BLT", "wheat soy", "sugar"),
    ("meal", "beyond burger on brioche", "wheat dairy sugar", "soy"),  # why: brioche is butter, milk, sugar dough
    ("meal", "vegan mac w/ dairy-free cheese", "wheat", "soy corn"),
    ("meal", "vegan pizza w/ violife", "wheat", "sugar corn soy"),
    ("meal", "soy-free vegan burger (pea protein) in a lettuce bun", "", ""),
    ("meal", "cucumber salad w/ coconut aminos", "", ""),  # why: coconut aminos is the soy-free soy sauce alternative
    ("meal", "sushi w/ wheat-free tamari", "soy", "sugar"),
    ("meal", "homemade almond flour bread", "", ""),
    ("meal", "tuna steak, sweet potato mash, green beans", "", ""),
    ("meal", "1 cup white rice, 150g chicken thigh, 1 tbsp soy sauce", "soy wheat", ""),
    ("meal", "2x tbsp hummus, carrots", "", ""),
    ("meal", "cheese 🧀 + crackers", "dairy wheat", "soy sugar"),
    ("meal", "🥑 toast", "wheat", "sugar soy"),
    ("meal", "spicy tofuu bowl", "soy", "sugar"),
    ("meal", "chese burger", "wheat dairy", "sugar soy corn"),
    ("meal", "yoghurtt w/ berries", "dairy", ""),
    ("meal", "mozarella sticks", "dairy wheat", "soy corn"),
    ("meal", "spagetti w/ garlic oil", "wheat", ""),
    ("meal", "turkey sandwich on wholemeal brea", "wheat", "sugar soy"),
    ("meal", "toast w/ buter + jam", "wheat dairy sugar", ""),
    ("meal", "cheeese omelette", "dairy", ""),
    ("meal", "to\u00adfu pad thai", "soy sugar", "wheat"),  # why: soft hyphen in tofu; pad thai uses palm sugar
    # ---- branded fast food ----
    ("meal", "big mac + medium fries + coke", "wheat dairy sugar", "corn soy"),
    ("meal", "mcdonalds fries", "", "soy corn wheat dairy sugar"),  # why: US fries carry 'natural beef flavor' (wheat, milk) and dextrose; frying oil
    ("meal", "KFC bucket, 8pc original recipe", "wheat", "dairy soy corn sugar"),
    ("meal", "chick-fil-a nuggets w/ polynesian sauce", "wheat sugar", "dairy soy corn"),
    ("meal", "subway footlong italian bmt on italian white", "wheat", "dairy sugar soy corn"),
    ("meal", "chipotle burrito bowl, sofritas, no cheese, no sour cream", "soy", "corn"),  # why: sofritas is tofu; dairy negated; no tortilla
    ("meal", "taco bell crunchwrap supreme", "wheat dairy corn", "soy sugar"),
    ("meal", "in-n-out double double protein style", "dairy", "sugar soy"),  # why: protein style = lettuce instead of bun
    ("meal", "five guys cajun fries (cooked in peanut oil)", "", ""),
    ("meal", "dominos bbq chicken pizza", "wheat dairy sugar", "corn soy"),
    ("meal", "greggs vegan sausage roll", "wheat", "soy sugar"),
    ("meal", "greggs steak bake", "wheat", "dairy soy sugar"),
    ("meal", "nando's 1/4 chicken peri peri, spicy rice, corn on the cob", "corn", "sugar soy"),
    ("meal", "pret falafel & halloumi wrap", "wheat dairy", "soy sugar"),
    ("meal", "wagamama chicken katsu curry", "wheat", "sugar soy corn"),
    ("meal", "itsu miso soup + salmon sushi", "soy", "sugar wheat"),
    ("meal", "jollibee chickenjoy w/ rice + gravy", "wheat", "dairy soy corn sugar"),
    ("meal", "jollibee spaghetti", "wheat dairy sugar", "soy corn"),  # why: sweet banana-ketchup sauce, hotdog, grated cheese
    ("meal", "krispy kreme original glazed x2", "wheat sugar", "dairy soy corn"),
    ("meal", "dunkin boston kreme", "wheat sugar dairy", "soy corn"),
    ("meal", "oreo mcflurry", "dairy sugar wheat", "corn soy"),
    ("meal", "impossible whopper", "wheat soy", "sugar corn dairy"),
    ("meal", "ben & jerry's non-dairy chocolate fudge brownie, 1/2 pint", "sugar wheat", "soy corn"),  # why: non-dairy claim applies; brownie pieces are wheat
    ("meal", "pollo a la brasa + papas fritas", "", "soy corn sugar wheat"),
    # ---- Indian ----
    ("meal", "butter chicken + garlic naan", "dairy wheat", "sugar"),
    ("meal", "palak paneer w/ jeera rice", "dairy", ""),
    ("meal", "chana masala and basmati", "", "dairy"),
    ("meal", "dal tadka, 2 rotis", "wheat", "dairy"),
    ("meal", "chole bhature", "wheat", "dairy sugar"),
    ("meal", "makki di roti + sarson da saag", "corn", "dairy wheat"),  # why: makki = maize flatbread; butter on the saag
    ("meal", "pani puri x6", "wheat", "sugar"),  # why: puris are semolina/wheat; tamarind chutney sweet
    ("meal", "chicken biryani + raita", "dairy", ""),
    ("meal", "gulab jamun 2 pcs", "dairy sugar", "wheat"),
    ("meal", "jalebi", "wheat sugar", "dairy"),
    ("meal", "rasmalai", "dairy sugar", ""),
    # ---- Ethiopian, Georgian, Persian, Levantine, Turkish ----
    ("meal", "ethiopian veggie combo: injera, misir wot, gomen, shiro", "", "wheat dairy"),  # why: injera abroad often mixes wheat/barley; niter kibbeh
    ("meal", "doro wat with injera", "", "wheat dairy"),
    ("meal", "kitfo", "dairy", ""),  # why: minced beef dressed in niter kibbeh (spiced butter)
    ("meal", "khachapuri adjaruli", "wheat dairy", ""),
    ("meal", "khinkali x5", "wheat", ""),
    ("meal", "lobio + mchadi", "corn", ""),  # why: mchadi is Georgian cornbread
    ("meal", "badrijani nigvzit", "", ""),
    ("meal", "ghormeh sabzi w/ chelow", "", "dairy"),
    ("meal", "fesenjan", "", "sugar"),  # why: pomegranate molasses is reduced juice, sometimes sugared; not cane molasses
    ("meal", "joojeh kabab + tahdig", "", "dairy"),
    ("meal", "ash reshteh", "wheat dairy", ""),  # why: reshteh noodles are wheat; kashk is whey
    ("meal", "chicken shawarma wrap w/ toum", "wheat", "dairy sugar"),
    ("meal", "manakish za'atar", "wheat", ""),
    ("meal", "fattoush w/ pomegranate molasses", "wheat", "sugar"),
    ("meal", "knafeh nabulsiyeh", "wheat dairy sugar", ""),
    ("meal", "labneh, olives, cucumber, zaatar", "dairy", ""),
    ("meal", "mujaddara + salad", "", ""),
    ("meal", "falafel plate, hummus, no pita", "", "soy corn wheat"),
    ("meal", "lahmacun + ayran", "wheat dairy", ""),
    ("meal", "iskender kebab", "wheat dairy", "sugar"),
    ("meal", "su böreği", "wheat dairy", ""),
    ("meal", "baklava (2 pieces)", "wheat sugar", "dairy"),
    ("meal", "lokum (turkish delight)", "sugar", "corn wheat"),
    # ---- African, Caribbean ----
    ("meal", "jollof rice + fried plantain + chicken", "", "wheat soy sugar corn"),  # why: bouillon cubes, frying oil
    ("meal", "egusi soup with pounded yam", "", "wheat soy"),
    ("meal", "puff-puff x4", "wheat sugar", "dairy"),
    ("meal", "beef suya w/ onions", "", "wheat sugar"),
    ("meal", "chin chin", "wheat sugar", "dairy"),
    ("meal", "jerk chicken w/ rice & peas", "", "sugar soy"),  # why: rice and peas uses coconut milk
    ("meal", "ackee and saltfish w/ fried dumplings", "wheat", "soy corn"),
    ("meal", "doubles from the trini stall", "wheat", "sugar"),
    ("meal", "jamaican beef patty", "wheat", "dairy soy"),
    ("meal", "festival + escovitch fish", "corn wheat sugar", ""),  # why: festival dough is cornmeal, flour, sugar
    ("meal", "roast breadfruit & saltfish", "", ""),  # why: breadfruit is a fruit, not bread
    # ---- Latin America ----
    ("meal", "ceviche w/ choclo and camote", "corn", ""),  # why: choclo is corn; camote is sweet potato
    ("meal", "lomo saltado", "soy", "wheat sugar"),
    ("meal", "aji de gallina", "wheat dairy", ""),  # why: thickened with milk-soaked bread, cheese
    ("meal", "papa a la huancaína", "dairy", "wheat"),
    ("meal", "chicha morada", "corn sugar", ""),
    ("meal", "inca kola", "sugar", ""),
    ("meal", "tacos al pastor on corn tortillas", "corn", "sugar"),
    ("meal", "flour tortilla tacos w/ carnitas", "wheat", ""),
    ("meal", "chilaquiles verdes con crema", "corn dairy", ""),
    ("meal", "elote w/ mayo, cotija, chili", "corn dairy", "soy"),
    ("meal", "tamales de rajas con queso", "corn dairy", ""),
    ("meal", "pozole rojo", "corn", ""),  # why: hominy
    ("meal", "arepa de queso", "corn dairy", ""),
    ("meal", "churros con chocolate", "wheat sugar", "dairy"),
    ("meal", "feijoada com arroz e farofa", "", "dairy"),
    ("meal", "coxinha x2", "wheat", "dairy soy"),
    ("meal", "brigadeiro x3", "dairy sugar", ""),
    ("meal", "pastel de queijo na feira", "wheat dairy", "soy"),
    ("meal", "moqueca baiana", "", ""),
    ("meal", "tapioca com queijo coalho", "dairy", ""),
    ("meal", "caipirinha", "sugar", ""),
    # ---- Filipino, Indonesian, Malaysian, Vietnamese ----
    ("meal", "chicken adobo + rice", "soy", "wheat sugar"),
    ("meal", "pancit bihon", "soy", "wheat sugar"),  # why: rice noodles; soy sauce
    ("meal", "pancit canton", "wheat soy", "sugar"),
    ("meal", "sinigang na baboy", "", "sugar"),
    ("meal", "daing na bangus (milkfish)", "", ""),  # why: milkfish is a fish
    ("meal", "halo-halo", "dairy sugar", "corn"),
    ("meal", "tocilog: tocino, sinangag, itlog", "sugar", "corn soy"),  # why: tocino is sugar-cured
    ("meal", "nasi goreng w/ kecap manis + fried egg", "soy sugar", "wheat"),
    ("meal", "gado-gado", "soy", "sugar"),  # why: tofu and tempeh; peanut sauce with palm sugar
    ("meal", "beef rendang + white rice", "", "sugar"),
    ("meal", "martabak manis coklat keju", "wheat sugar dairy", "soy"),
    ("meal", "sate ayam w/ lontong", "", "soy sugar"),
    ("meal", "char kway teow", "soy", "wheat sugar"),
    ("meal", "curry laksa", "", "wheat soy sugar"),
    ("meal", "banh mi thit", "wheat", "soy sugar corn"),
    ("meal", "pho bo, extra hoisin & sriracha", "soy sugar", "wheat corn"),  # why: rice noodles; hoisin is soy + sugar
    ("meal", "pho ga, no sauces", "", "sugar"),
    ("meal", "goi cuon w/ peanut sauce", "", "soy sugar"),
    ("meal", "bun cha hanoi", "sugar", "soy"),  # why: the dipping sauce is fish sauce, sugar, vinegar
    ("meal", "banh xeo", "", "sugar"),
    # ---- Korean, Japanese, Chinese regional ----
    ("meal", "bibimbap w/ gochujang", "", "wheat soy sugar corn"),
    ("meal", "kimchi jjigae w/ tofu", "soy", "sugar"),
    ("meal", "bulgogi + rice + banchan", "soy sugar", "wheat corn"),
    ("meal", "tteokbokki", "sugar", "wheat soy corn"),
    ("meal", "japchae", "soy", "sugar wheat"),  # why: sweet potato starch noodles, not wheat
    ("meal", "korean fried chicken, yangnyeom", "sugar", "wheat corn soy"),
    ("meal", "kimbap roll", "", "sugar soy wheat corn"),
    ("meal", "haemul pajeon", "wheat", "soy sugar"),
    ("meal", "sundubu jjigae", "soy", ""),
    ("meal", "tonkatsu w/ cabbage + rice", "wheat", "sugar soy corn"),
    ("meal", "okonomiyaki osaka style", "wheat", "sugar soy corn"),
    ("meal", "tempura udon", "wheat", "soy sugar"),
    ("meal", "miso ramen", "wheat soy", "sugar corn"),
    ("meal", "gyudon", "soy", "sugar wheat"),
    ("meal", "salmon nigiri x6, no soy sauce", "", "sugar"),  # why: sushi rice is seasoned with sugar
    ("meal", "salmon sashimi + edamame", "soy", ""),
    ("meal", "onigiri (umeboshi)", "", ""),
    ("meal", "natto on rice w/ karashi", "soy", "sugar wheat"),
    ("meal", "mapo tofu + rice", "soy", "wheat sugar corn"),
    ("meal", "dan dan noodles", "wheat", "soy sugar"),
    ("meal", "xiaolongbao x8", "wheat", "soy sugar"),
    ("meal", "char siu bao", "wheat sugar", "soy"),
    ("meal", "cheung fun w/ sweet soy", "soy sugar", "wheat"),
    ("meal", "kung pao chicken", "soy", "sugar wheat corn"),
    ("meal", "peking duck w/ pancakes & hoisin", "wheat soy sugar", ""),
    ("meal", "biang biang noodles", "wheat", "soy sugar"),
    ("meal", "lanzhou hand-pulled beef noodle soup", "wheat", ""),
    ("meal", "sichuan hot pot, beef & tofu skin", "soy", "wheat sugar"),
    ("meal", "egg fried rice", "", "soy"),
    ("meal", "veg curry w/ coconut milk + rice", "", "sugar"),
    # ---- Central / Northern Europe ----
    ("meal", "pierogi ruskie w/ sour cream", "wheat dairy", ""),
    ("meal", "żurek with egg and sausage", "", "wheat dairy"),  # why: sour rye starter; rye is not wheat
    ("meal", "bigos", "", "sugar"),
    ("meal", "placki ziemniaczane", "", "wheat dairy"),
    ("meal", "pączki", "wheat sugar dairy", ""),
    ("meal", "gulyás leves", "", "wheat"),
    ("meal", "chicken paprikash w/ nokedli", "wheat dairy", ""),
    ("meal", "lángos w/ sour cream & cheese", "wheat dairy", ""),
    ("meal", "dobos torte slice", "wheat dairy sugar", ""),
    ("meal", "smørrebrød with pickled herring", "dairy sugar", "wheat"),  # why: buttered rye; herring marinade is sugared
    ("meal", "gravlax w/ hovmästarsås + potatoes", "sugar", ""),
    ("meal", "swedish meatballs, cream gravy, lingonberry jam, mash", "dairy sugar", "wheat"),
    ("meal", "kanelbulle + filter coffee", "wheat sugar dairy", ""),
    ("meal", "Currywurst mit Pommes", "sugar", "soy corn wheat"),
    ("meal", "Käsespätzle", "wheat dairy", ""),
    ("meal", "Brezel mit Obatzda", "wheat dairy", ""),
    ("meal", "Schnitzel Wiener Art mit Kartoffelsalat", "wheat", "dairy sugar soy"),
    ("meal", "Weißbier + Weißwurst + süßer Senf", "wheat sugar", ""),  # why: wheat beer; sweet mustard
    ("meal", "croque monsieur", "wheat dairy", ""),
    ("meal", "ratatouille", "", ""),
    ("meal", "moules frites", "", "dairy soy corn"),
    ("meal", "crème brûlée", "dairy sugar", ""),
    ("meal", "paella de marisco", "", ""),
    ("meal", "gazpacho", "", "wheat"),
    ("meal", "tortilla española", "", ""),  # why: Spanish potato-egg omelette, not a flour/corn tortilla
    ("meal", "patatas bravas", "", "soy corn sugar wheat"),
    # ---- drinks, beer, sweets, traps ----
    ("meal", "pint of guinness", "", "wheat"),  # why: barley stout; wheat not named
    ("meal", "2 bud lights", "", "wheat corn"),
    ("meal", "hefeweizen", "wheat", ""),
    ("meal", "blue moon w/ orange slice", "wheat", ""),  # why: Belgian-style wheat ale
    ("meal", "corona + lime", "", "wheat corn"),
    ("meal", "a pint of lager at the pub", "", "wheat corn"),
    ("meal", "glass of red wine", "", ""),
    ("meal", "gin & tonic", "sugar", "corn wheat"),  # why: tonic water is sweetened
    ("meal", "rum & coke", "sugar", "corn"),
    ("meal", "pepsi max", "", "corn"),  # why: zero sugar; caramel colour
    ("meal", "diet coke + rice crackers", "", "soy corn"),
    ("meal", "kombucha", "", "sugar"),
    ("meal", "cream soda", "sugar", "corn"),  # why: a soda, not dairy
    ("meal", "sugarcane juice w/ lime", "sugar", ""),
    ("meal", "coconut water", "", ""),
    ("meal", "piña colada", "sugar", "dairy"),  # why: cream of coconut is sweetened
    ("meal", "cream of coconut in my smoothie", "sugar", ""),  # why: sweetened coconut product, not dairy
    ("meal", "apple butter on rice cakes", "", "sugar corn"),  # why: apple butter is not dairy
    ("meal", "strawberries + mango + grapes", "", ""),
    ("meal", "2 medjool dates + almonds", "", ""),
    ("meal", "corn salad (lamb's lettuce) w/ walnuts & olive oil", "", ""),  # why: corn salad is mâche, a leaf
    ("meal", "salad w/ edible cornflowers & nasturtiums", "", ""),  # why: cornflower is a flower
    ("meal", "sweetbreads w/ capers", "", "dairy wheat"),  # why: sweetbreads are thymus, not bread or sweet
    ("meal", "shortbread x2 + tea", "wheat dairy sugar", ""),
    ("meal", "cornbread muffin", "corn wheat dairy sugar", ""),
    ("meal", "gingerbread man", "wheat sugar", "dairy"),
    ("meal", "banana bread slice", "wheat sugar", "dairy"),
    ("meal", "carrot cake w/ cream cheese frosting", "wheat sugar dairy", ""),
    ("meal", "cheesecake", "dairy sugar", "wheat"),
    ("meal", "rice krispie treat", "sugar", "dairy wheat corn"),
    ("meal", "cinema popcorn w/ butter topping", "corn", "dairy sugar soy"),  # why: cinema 'butter topping' is often flavoured soybean oil
    ("meal", "air-popped popcorn, salt", "corn", ""),
    ("meal", "tortilla chips + guac", "corn", "soy"),
    ("meal", "steamed corn on the cob, no butter", "corn", ""),
    ("meal", "dairy free ice cream (oatly), 2 scoops", "sugar", "wheat corn"),
    ("meal", "mango sorbet", "sugar", "corn"),
    ("meal", "2 squares 85% dark chocolate", "sugar", "dairy soy"),
    ("meal", "sugar-free jelly", "", "corn"),
    ("meal", "stevia sweetened iced tea", "", ""),
    ("meal", "monk fruit sweetened coconut yoghurt", "", ""),
    ("meal", "corn-free, dairy-free muffin from the GF bakery", "sugar", "soy"),
    ("meal", "bulgur pilaf", "wheat", "dairy"),
    ("meal", "semolina pudding", "wheat dairy sugar", ""),
    ("meal", "couscous royale", "wheat", ""),
    ("meal", "affogato", "dairy sugar", "corn"),
    ("meal", "plain basmati rice + grilled cod", "", ""),
    ("meal", "tacos de pescado en tortilla de maíz, sin queso", "corn", "soy wheat"),  # why: sin queso = no cheese; fish often battered
    ("meal", "green curry, no dairy, jasmine rice", "", "sugar soy"),
    ("meal", "tostada con jamón + flat white w/ oat milk", "wheat", ""),
    ("meal", "Brötchen mit Käse und ein oat cappuccino", "wheat dairy", ""),
    ("meal", "gluten-free pizza, pepperoni", "dairy", "corn sugar soy"),
    ("meal", "corn tortilla tacos w/ black beans, no cheese", "corn", ""),
    ("meal", "boiled new potatoes w/ dill", "", ""),
    # ======== LABELS ========
    # ---- plant-based milks, cheeses, meat substitutes (with product name / claim lines) ----
    ("label", "Oat Milk Barista Edition, unsweetened. Ingredients: oat base (water, oats), rapeseed oil, dipotassium phosphate, calcium carbonate, sea salt, vitamins (D2, riboflavin, B12).", "", "wheat"),  # why: name says milk, but it is oat; oats only possible wheat
    ("label", "Silk Original Soymilk. Ingredients: soymilk (filtered water, soybeans), cane sugar, vitamin and mineral blend (calcium carbonate, vitamin A palmitate, vitamin D2, riboflavin, vitamin B12), sea salt, natural flavor, gellan gum, ascorbic acid. Contains: soy.", "soy sugar", "corn"),
    ("label", "Almond Breeze Unsweetened Vanilla Almondmilk. Ingredients: almondmilk (filtered water, almonds), calcium carbonate, natural flavors, sea salt, potassium citrate, sunflower lecithin, gellan gum, vitamin A acetate, vitamin D2, d-alpha-tocopherol. Contains: almonds.", "", "corn soy"),  # why: sunflower lecithin is not soy
    ("label", "Alpro Soya Original. Ingredients: water, hulled soya beans (5.9%), sugar, acidity regulator (potassium phosphates), calcium (calcium carbonate), sea salt, stabiliser (gellan gum), vitamins (riboflavin (B2), B12, D2).", "soy sugar", ""),
    ("label", "Rice Dream Original Organic Rice Drink. Ingredients: filtered water, organic brown rice, expeller pressed high oleic safflower oil and/or sunflower oil, sea salt.", "", ""),
    ("label", "Violife Original Block, dairy free cheese alternative. Ingredients: water, coconut oil (23%), modified starch, starch, sea salt, flavourings (vegan), olive extract, colour: beta-carotene, vitamin B12.", "", "wheat corn"),  # why: unqualified starch
    ("label", "Daiya Cheddar Style Shreds. Dairy free, soy free, gluten free. Ingredients: filtered water, tapioca starch, expeller pressed coconut oil, expeller pressed canola and/or safflower oil, natural flavors, pea protein isolate, salt, potato starch, tricalcium phosphate, lactic acid (vegan), konjac gum, yeast extract, xanthan gum, annatto color.", "", "corn"),
    ("label", "Beyond Burger, plant-based patties. Ingredients: water, pea protein*, expeller-pressed canola oil, refined coconut oil, rice protein, natural flavors, dried yeast, cocoa butter, methylcellulose, and less than 2% of potato starch, salt, potassium chloride, beet juice color, apple extract, pomegranate concentrate, sunflower lecithin, vinegar, lemon juice concentrate, vitamins and minerals. *Peas are legumes.", "", "corn sugar"),  # why: cocoa butter is not dairy
    ("label", "Impossible Burger. Ingredients: water, soy protein concentrate, coconut oil, sunflower oil, natural flavors, 2% or less of: potato protein, methylcellulose, yeast extract, cultured dextrose, food starch-modified, soy leghemoglobin, salt, mixed tocopherols (antioxidant), soy protein isolate, zinc gluconate, vitamins. Contains: soy.", "soy sugar", "corn wheat"),  # why: dextrose is named
    ("label", "Quorn Vegetarian Mince. Ingredients: mycoprotein (93%), rehydrated free range egg white, firming agents: calcium chloride, calcium acetate.", "", ""),  # why: egg white is not dairy
    ("label", "Hickory Smoked Plant-Based Deli Slices. Ingredients: water, vital wheat gluten, tofu (water, soybeans, magnesium chloride), expeller pressed canola oil, natural flavors, sea salt, cane sugar, konjac, carrageenan, potato starch, smoke flavor.", "wheat soy sugar", ""),
    ("label", "Coffee-mate The Original, non-dairy creamer. Ingredients: corn syrup solids, hydrogenated vegetable oil (coconut and/or palm kernel and/or soybean), less than 2% of sodium caseinate (a milk derivative)**, mono- and diglycerides, dipotassium phosphate, sodium aluminosilicate, artificial flavor, annatto color. **Not a source of lactose.", "corn sugar dairy", "soy"),  # why: 'non-dairy' but caseinate is milk protein
    ("label", "Tofutti Better Than Cream Cheese, dairy free. Ingredients: water, soybean oil, isolated soy protein, maltodextrin, tofu, sugar, salt, carob bean gum, guar gum, vegetable mono and diglycerides, lactic acid (non-dairy).", "soy sugar", "corn"),
    ("label", "Vegan Parmesan Alternative. Ingredients: cashews, nutritional yeast, sea salt, garlic powder.", "", ""),
    ("label", "Flora Plant Butter, unsalted. Ingredients: plant oils (rapeseed, palm, sunflower), water, faba bean preparation, natural flavouring, vitamins A and D.", "", ""),  # why: 'butter' in the name of a plant spread
    ("label", "Earth Balance Soy Free Buttery Spread. Ingredients: natural oil blend (palm fruit, canola, safflower, flax and olive oils), water, salt, contains less than 2% of natural flavor, pea protein, sunflower lecithin, lactic acid (non-dairy), naturally extracted annatto color.", "", "corn"),
    ("label", "Coconutmilk Yogurt Alternative, unsweetened plain. Ingredients: organic coconut milk (filtered water, organic coconut cream), pea protein, contains 2% or less of: pectin, live cultures, locust bean gum, guar gum, organic vanilla extract.", "", ""),
    ("label", "Plant-Based Nuggets. Ingredients: water, soy protein concentrate, wheat flour, vegetable oil (canola), methylcellulose, corn starch, salt, onion powder, yeast extract, spices.", "soy wheat corn", ""),
    ("label", "Soy-Free Plant Chicken Pieces. Ingredients: pea protein, water, sunflower oil, wheat gluten, natural flavour, salt.", "wheat", ""),
    ("label", "Organic Tempeh. Ingredients: organic soybeans, water, vinegar, tempeh culture.", "soy", ""),
    ("label", "Chickpea Tempeh, soy-free. Ingredients: chickpeas, water, apple cider vinegar, tempeh starter.", "", ""),
    ("label", "Firm Tofu. Ingredients: water, soybeans, nigari (magnesium chloride).", "soy", ""),
    ("label", "Shelled Edamame, frozen. Ingredients: edamame (green soybeans).", "soy", ""),
    ("label", "Seitan, traditional style. Ingredients: vital wheat gluten, water, tamari (water, soybeans, salt), ginger, kombu.", "wheat soy", ""),
    ("label", "Hellmann's Vegan Mayo. Ingredients: water, rapeseed oil (24%), modified starch, spirit vinegar, sugar, salt, lemon juice concentrate, mustard flour, thickeners (guar gum, xanthan gum), natural flavouring, antioxidant (calcium disodium EDTA), paprika extract.", "sugar", "wheat corn"),
    ("label", "Vegan Basil Pesto, dairy free. Ingredients: basil (38%), sunflower oil, cashew nuts, extra virgin olive oil, nutritional yeast, salt, garlic, lemon juice.", "", ""),
    ("label", "Vegan Protein, Chocolate. Ingredients: pea protein isolate, brown rice protein, cocoa powder, natural flavours, guar gum, stevia leaf extract, sea salt.", "", ""),
    ("label", "Oatly Frozen Oat Dessert, Chocolate. Ingredients: oat base (water, oats), sugar, coconut oil, fat-reduced cocoa powder, rapeseed oil, glucose syrup, pea protein, salt, emulsifier (sunflower lecithin), stabilisers (locust bean gum, guar gum).", "sugar", "wheat corn"),
    ("label", "Alnatura Hafer Drink ungesüßt, laktosefrei. Zutaten: Wasser, Hafer* (11%), Sonnenblumenöl*, Meersalz. *aus biologischem Anbau.", "", "wheat"),
    ("label", "Boisson soja sans sucres. Ingrédients : eau, fèves de soja décortiquées (8%), correcteur d'acidité (phosphates de potassium), carbonate de calcium, stabilisant (gomme gellane), sel de mer, vitamines.", "soy", ""),
    ("label", "Yogurt di soia bianco, senza zuccheri aggiunti. Ingredienti: acqua, soia decorticata (10%), amido di mais, carbonato di calcio, fermenti lattici vivi (S. thermophilus, L. bulgaricus).", "soy corn", ""),  # why: fermenti lattici are cultures, not milk
    # ---- US supermarket ----
    ("label", "Heinz Tomato Ketchup. Ingredients: tomato concentrate from red ripe tomatoes, distilled vinegar, high fructose corn syrup, corn syrup, salt, spice, onion powder, natural flavoring.", "corn sugar", ""),
    ("label", "Coca-Cola Classic. Ingredients: carbonated water, high fructose corn syrup, caramel color, phosphoric acid, natural flavors, caffeine.", "corn sugar", ""),
    ("label", "Coca-Cola Zero Sugar. Ingredients: carbonated water, caramel color, phosphoric acid, aspartame, potassium benzoate (to protect taste), natural flavors, potassium citrate, acesulfame potassium, caffeine.", "", "corn"),  # why: zero sugar claim; sweeteners are not sugar
    ("label", "Cheerios. Ingredients: whole grain oats, corn starch, sugar, salt, tripotassium phosphate, vitamin E (mixed tocopherols) added to preserve freshness.", "corn sugar", "wheat soy"),
    ("label", "Kellogg's Corn Flakes. Ingredients: milled corn, sugar, malt flavor, contains 2% or less of salt, iron, niacinamide, vitamin B6, vitamin B2, vitamin B1, folic acid, vitamin D, vitamin B12. BHT for freshness.", "corn sugar", "wheat"),  # why: malt flavor is barley
    ("label", "Doritos Nacho Cheese. Ingredients: corn, vegetable oil (corn, canola, and/or sunflower oil), maltodextrin (made from corn), salt, cheddar cheese (milk, cheese cultures, salt, enzymes), whey, monosodium glutamate, buttermilk, romano cheese, whey protein concentrate, onion powder, corn flour, natural and artificial flavor, dextrose, tomato powder, lactose, spices, artificial color, lactic acid, citric acid, sugar, garlic powder, skim milk.", "corn dairy sugar", ""),
    ("label", "Oreo Chocolate Sandwich Cookies. Ingredients: unbleached enriched flour (wheat flour, niacin, reduced iron, thiamine mononitrate, riboflavin, folic acid), sugar, palm and/or canola oil, cocoa (processed with alkali), high fructose corn syrup, leavening (baking soda and/or calcium phosphate), cornstarch, salt, soy lecithin, chocolate, artificial flavor. Contains: wheat, soy. May contain: milk.", "wheat sugar corn soy", "dairy"),
    ("label", "Reese's Peanut Butter Cups. Ingredients: milk chocolate (sugar, cocoa butter, chocolate, nonfat milk, milk fat, lactose, lecithin (soy), PGPR), peanuts, sugar, dextrose, salt, TBHQ and citric acid.", "dairy sugar soy", "corn"),
    ("label", "Skippy Creamy Peanut Butter. Ingredients: roasted peanuts, sugar, hydrogenated vegetable oils (cottonseed, soybean and rapeseed) to prevent separation, salt.", "sugar soy", ""),
    ("label", "Natural Peanut Butter, creamy. Ingredients: peanuts, contains 1% or less of salt.", "", ""),
    ("label", "Philadelphia Original Cream Cheese. Ingredients: pasteurized milk and cream, salt, carob bean gum, cheese culture.", "dairy", ""),
    ("label", "Kraft Macaroni & Cheese Dinner. Ingredients: enriched macaroni (wheat flour, durum flour, niacin, ferrous sulfate, thiamin mononitrate, riboflavin, folic acid), cheese sauce mix (whey, milk fat, milk protein concentrate, salt, sodium triphosphate, contains less than 2% of citric acid, lactic acid, sodium phosphate, calcium phosphate, paprika, turmeric, annatto, enzymes, cheese culture).", "wheat dairy", "corn"),
    ("label", "Chocolate Chip Energy Bar. Ingredients: organic brown rice syrup, organic rolled oats, soy protein isolate, organic cane syrup, organic roasted soybeans, unsweetened chocolate, organic soy flour, organic date paste, cocoa butter, organic soy lecithin, natural flavors, sea salt. Made in a facility that also processes wheat, milk, peanuts and tree nuts.", "sugar soy", "wheat dairy"),
    ("label", "Wonder Classic White Bread. Ingredients: enriched wheat flour (flour, barley malt, niacin, iron, thiamine mononitrate, riboflavin, folic acid), water, high fructose corn syrup, contains 2% or less of: yeast, salt, soybean oil, calcium sulfate, vinegar, monoglycerides, soy lecithin, wheat gluten, calcium propionate. Contains: wheat, soy.", "wheat corn sugar soy", ""),
    ("label", "Mission Flour Tortillas, soft taco. Ingredients: enriched bleached flour (wheat flour, niacin, reduced iron, thiamine mononitrate, riboflavin, folic acid), water, vegetable shortening (interesterified soybean oil, hydrogenated soybean oil and/or palm oil), contains 2% or less of: salt, sugar, leavening (sodium bicarbonate, sodium aluminum sulfate, corn starch, monocalcium phosphate), distilled monoglycerides, enzymes, wheat starch, calcium propionate, fumaric acid.", "wheat soy sugar corn", ""),
    ("label", "Mission White Corn Tortillas. Ingredients: corn masa flour, water, contains 2% or less of: cellulose gum, propionic acid, benzoic acid, phosphoric acid, dextrose, guar gum, amylase.", "corn sugar", ""),
    ("label", "Gatorade Thirst Quencher, Lemon-Lime. Ingredients: water, sugar, dextrose, citric acid, salt, sodium citrate, monopotassium phosphate, gum arabic, natural flavor, glycerol ester of rosin, yellow 5.", "sugar", "corn"),
    ("label", "Snickers. Ingredients: milk chocolate (sugar, cocoa butter, chocolate, skim milk, lactose, milkfat, soy lecithin, artificial flavor), peanuts, corn syrup, sugar, palm oil, skim milk, lactose, salt, egg whites, chocolate, artificial flavor.", "dairy sugar soy corn", ""),
    ("label", "Cheez-It Original. Ingredients: enriched flour (wheat flour, niacin, reduced iron, thiamin mononitrate, riboflavin, folic acid), vegetable oil (high oleic soybean, palm, and palm kernel oil with TBHQ for freshness), cheese made with skim milk (skim milk, whey protein, salt, cheese cultures, enzymes, annatto extract color), contains 2% or less of salt, paprika, yeast, paprika extract color, soy lecithin. Contains: wheat, milk, soy.", "wheat soy dairy", ""),
    ("label", "Lay's Classic Potato Chips. Ingredients: potatoes, vegetable oil (sunflower, corn, and/or canola oil), salt.", "", "corn"),  # why: and/or oil blend
    ("label", "Hellmann's Real Mayonnaise. Ingredients: soybean oil, water, whole eggs and egg yolks, vinegar, salt, sugar, lemon juice concentrate, natural flavors, calcium disodium EDTA.", "soy sugar", "corn"),
    ("label", "Kikkoman Soy Sauce. Ingredients: water, wheat, soybeans, salt, sodium benzoate: less than 1/10 of 1% as a preservative.", "wheat soy", ""),
    ("label", "Tamari, gluten free, 100% soy. Ingredients: water, organic soybeans, salt, organic alcohol (to preserve freshness).", "soy", ""),
    ("label", "Coconut Aminos, soy-free seasoning sauce. Ingredients: organic coconut tree sap aged and blended with sun-dried sea salt.", "", ""),  # why: soy-free alternative to soy sauce
    ("label", "Liquid Aminos, all purpose seasoning. Ingredients: vegetable protein from non-GMO soybeans and purified water.", "soy", ""),
    ("label", "Sriracha Hot Chili Sauce. Ingredients: chili, sugar, salt, garlic, distilled vinegar, potassium sorbate, sodium bisulfite, xanthan gum.", "sugar", "corn"),
    ("label", "Worcestershire Sauce. Ingredients: distilled white vinegar, molasses, sugar, water, salt, onions, anchovies, garlic, cloves, tamarind extract, natural flavorings, chili pepper extract.", "sugar", "corn"),
    ("label", "Sweet Baby Ray's Barbecue Sauce. Ingredients: high fructose corn syrup, distilled vinegar, tomato paste, modified food starch, contains less than 2% of salt, pineapple juice concentrate, natural smoke flavor, spice, caramel color, sodium benzoate, molasses, corn syrup, garlic, sugar, tamarind, natural flavor.", "corn sugar", "wheat"),
    ("label", "Dark Chocolate Nuts & Sea Salt Bar. Ingredients: almonds, peanuts, chicory root fiber, honey, palm kernel oil, sugar, glucose syrup, rice flour, unsweetened chocolate, sea salt, cocoa powder, soy lecithin, natural flavor. Contains: almonds, peanuts, soy. May contain: milk.", "sugar soy", "corn dairy"),
    ("label", "Chocolate Sea Salt Protein Bar. Ingredients: egg whites, dates, cashews, almonds, chocolate, cocoa, sea salt, natural flavors. Contains: egg, cashews, almonds.", "", "sugar"),  # why: dates are whole fruit; egg is not dairy
    ("label", "Swiss Miss Milk Chocolate Hot Cocoa Mix. Ingredients: sugar, corn syrup, modified whey, cocoa (processed with alkali), hydrogenated coconut oil, nonfat milk, less than 2% of salt, dipotassium phosphate, carrageenan, mono- and diglycerides, artificial flavor.", "sugar corn dairy", ""),
    ("label", "Whey Protein, Vanilla Ice Cream. Ingredients: whey protein concentrate (milk), whey protein isolate (milk), natural flavors, xanthan gum, sucralose, soy lecithin.", "dairy soy", "corn"),
    ("label", "Marshmallows. Ingredients: corn syrup, sugar, modified corn starch, water, dextrose, gelatin, tetrasodium pyrophosphate, natural and artificial flavor, blue 1.", "corn sugar", ""),
    ("label", "Chunk Light Tuna in Water. Ingredients: light tuna, water, vegetable broth, salt, pyrophosphate. Contains: fish, soy.", "soy", ""),  # why: Contains line names soy
    ("label", "Tuna in spring water. Ingredients: tuna (70%), spring water, salt.", "", ""),
    ("label", "Extra Crispy Fast Food Fries. Ingredients: potatoes, vegetable oil (soybean, canola, cottonseed and/or sunflower), modified food starch, rice flour, dextrin, salt, leavening, xanthan gum, dextrose, annatto extract, sodium acid pyrophosphate.", "sugar", "soy corn wheat"),
    ("label", "Onion Soup & Dip Mix. Ingredients: onion, salt, corn starch, onion powder, sugar, hydrolyzed soy protein, caramel color, partially hydrogenated soybean oil, natural flavors, disodium inosinate.", "corn sugar soy", ""),
    ("label", "Vanilla Pudding Cups. Ingredients: nonfat milk, water, sugar, modified food starch, vegetable oil (palm), salt, sodium stearoyl lactylate, natural and artificial flavor, annatto.", "dairy sugar", "wheat corn"),
    ("label", "Kraft Singles American. Ingredients: milk, whey, milk protein concentrate, milkfat, sodium citrate, calcium phosphate, salt, lactic acid, sorbic acid as a preservative, annatto and paprika extract (color), enzymes, cheese culture.", "dairy", "corn"),
    ("label", "Plain Bagels. Ingredients: enriched wheat flour, water, sugar, yeast, salt, malted barley flour, calcium propionate. Contains: wheat. May contain: milk, sesame, soy.", "wheat sugar", "dairy soy"),
    ("label", "Pure Maple Syrup, Grade A Amber Color. Ingredients: 100% pure maple syrup.", "", "sugar"),  # why: natural sweetener: possible
    ("label", "Raw Wildflower Honey. Ingredients: 100% raw honey.", "", "sugar"),
    ("label", "Organic Blue Agave Syrup. Ingredients: organic blue agave syrup.", "sugar", ""),
    ("label", "Blackstrap Molasses, unsulphured. Ingredients: blackstrap molasses.", "sugar", ""),
    ("label", "Date Syrup. Ingredients: 100% dates.", "", "sugar"),
    ("label", "Powdered Sugar. Ingredients: sugar, cornstarch.", "sugar corn", ""),
    ("label", "Corn-Free Powdered Sugar. Ingredients: organic cane sugar, organic tapioca starch.", "sugar", ""),  # why: corn-free claim; tapioca
    ("label", "Zero Calorie Sweetener Packets. Ingredients: dextrose, maltodextrin, sucralose.", "sugar", "corn"),  # why: zero calorie but dextrose is a sugar
    ("label", "Stevia Drops. Ingredients: purified water, stevia leaf extract, grapefruit seed extract.", "", ""),
    ("label", "Monk Fruit Sweetener, Classic. Ingredients: erythritol, monk fruit extract.", "", "corn"),
    ("label", "Sugar Free Vanilla Syrup. Ingredients: purified water, natural flavors, cellulose gum, citric acid, sucralose, sodium benzoate, potassium sorbate, acesulfame potassium.", "", "corn"),
    ("label", "Spearmint Sugarfree Gum. Ingredients: sorbitol, gum base, glycerol, natural and artificial flavoring, mannitol, less than 2% of aspartame, acesulfame K, hydrogenated starch hydrolysate, soy lecithin, BHT.", "soy", "corn"),
    ("label", "Sprite Zero. Ingredients: carbonated water, citric acid, natural flavors, potassium citrate, potassium benzoate, aspartame, acesulfame potassium.", "", "corn"),
    ("label", "Red Bull Energy Drink. Ingredients: carbonated water, sucrose, glucose, citric acid, taurine, sodium bicarbonate, magnesium carbonate, caffeine, niacinamide, calcium pantothenate, pyridoxine HCl, vitamin B12, natural and artificial flavors, colors.", "sugar", "corn"),
    ("label", "Hard Seltzer, Black Cherry. Ingredients: carbonated water, alcohol from fermented cane sugar, natural flavor, citric acid, sodium citrate.", "", "sugar corn"),
    ("label", "Synergy Raw Kombucha, Trilogy. Ingredients: kombucha (organic black tea, organic green tea, kombucha culture, organic cane sugar), organic raspberry juice, organic lemon juice, organic ginger juice.", "sugar", ""),
    ("label", "Orange Juice, no added sugar, not from concentrate. Ingredients: 100% pure squeezed orange juice.", "", ""),
    ("label", "Strawberry Fruit Spread, no added sugar. Ingredients: strawberries, grape juice concentrate, fruit pectin, lemon juice concentrate.", "", "sugar"),  # why: juice concentrate is a hidden sweetener
    ("label", "Dried Mango Slices, unsweetened. Ingredients: mango.", "", ""),
    ("label", "Dried Cranberries. Ingredients: cranberries, sugar, sunflower oil.", "sugar", ""),
    ("label", "Cocoa Powder, unsweetened. Ingredients: cocoa powder (processed with alkali).", "", ""),
    ("label", "Raw Cacao Butter, unrefined. Ingredients: 100% cocoa butter.", "", ""),  # why: cocoa butter is not dairy
    ("label", "Butter Beans in water. Ingredients: butter beans, water, salt.", "", ""),
    ("label", "Corned Beef. Ingredients: beef, salt, sugar, preservative: sodium nitrite.", "sugar", ""),  # why: corned is not corn
    ("label", "Coconut Milk, unsweetened. Ingredients: coconut extract, water, guar gum.", "", ""),
    ("label", "Coconut Cream. Ingredients: coconut extract (90%), water.", "", ""),
    ("label", "Cream of Coconut. Ingredients: cane sugar, coconut, water, polysorbate 60, sorbitan monostearate, salt, locust bean gum, guar gum, citric acid.", "sugar", "corn"),  # why: not dairy, but sweetened
    ("label", "Cream of Tartar. Ingredients: potassium bitartrate.", "", ""),
    ("label", "Double-Acting Baking Powder. Ingredients: cornstarch, sodium bicarbonate, sodium aluminum sulfate, monocalcium phosphate.", "corn", ""),
    ("label", "Organic Baking Powder, corn-free. Ingredients: sodium bicarbonate, cream of tartar, arrowroot starch.", "", ""),
    ("label", "Free Range Large Eggs, 12 pack. Ingredients: eggs.", "", ""),
    ("label", "Basmati Rice. Ingredients: basmati rice.", "", ""),
    ("label", "Glutinous Rice. Ingredients: glutinous rice.", "", ""),  # why: glutinous = sticky, no gluten
    # ---- UK ----
    ("label", "Heinz Tomato Ketchup. Ingredients: tomatoes (148g per 100g tomato ketchup), spirit vinegar, sugar, salt, spice and herb extracts (contain celery), spice.", "sugar", "corn wheat"),
    ("label", "Heinz Tomato Ketchup, 50% less sugar & salt, no added sugar version. Ingredients: tomatoes (206g per 100g), spirit vinegar, salt, sweetener (steviol glycosides), spice and herb extracts (contain celery), spice.", "", "corn wheat"),
    ("label", "Heinz Beanz in tomato sauce. Ingredients: beans (51%), tomatoes (34%), water, sugar, spirit vinegar, modified cornflour, salt, spice extracts, herb extract.", "sugar corn", "wheat"),
    ("label", "Walkers Cheese & Onion Crisps. Ingredients: potatoes, vegetable oils (sunflower, rapeseed, in varying proportions), cheese & onion seasoning (dried milk whey, dried onion, salt, cheese powder (from milk), dextrose, yeast extract, flavouring, potassium chloride, dried garlic, colours (annatto, paprika extract), acid (citric acid)).", "dairy sugar", "corn wheat"),
    ("label", "Walkers Salt & Vinegar Crisps. Ingredients: potatoes, vegetable oils (sunflower, rapeseed), salt & vinegar seasoning (flavouring (contains barley malt vinegar extract), lactose (from milk), salt, acids (citric acid, malic acid), potassium chloride).", "dairy", "wheat corn sugar"),  # why: lactose names milk; barley malt vinegar possible wheat
    ("label", "Pringles Original. Ingredients: dried potatoes, vegetable oils (sunflower, corn) in varying proportions, rice flour, wheat starch, corn flour, emulsifier (E471), maltodextrin, salt, colour (annatto).", "corn wheat", "sugar"),
    ("label", "Marmite Yeast Extract. Ingredients: yeast extract (contains barley, wheat, oats, rye), salt, vegetable juice concentrate, vitamins (thiamin, riboflavin, niacin, folic acid, vitamin B12), celery.", "wheat", ""),
    ("label", "Weetabix Original. Ingredients: wholegrain wheat (95%), malted barley extract, sugar, salt, niacin, iron, riboflavin (B2), thiamin (B1), folic acid.", "wheat sugar", ""),
    ("label", "Toastie Thick Sliced White Bread. Ingredients: wheat flour (with calcium, iron, niacin, thiamin), water, yeast, soya flour, salt, preservative: calcium propionate, vegetable oils and fats (rapeseed, palm), emulsifiers: E471, E472e, flour treatment agent: ascorbic acid.", "wheat soy", "corn"),
    ("label", "McVitie's Digestives The Original. Ingredients: wheat flour (with calcium, iron, niacin, thiamin), vegetable oil (palm), wholemeal wheat flour (16%), sugar, glucose-fructose syrup, raising agents (sodium bicarbonate, malic acid, ammonium bicarbonate), salt.", "wheat sugar", "corn"),
    ("label", "Cadbury Dairy Milk. Ingredients: milk, sugar, cocoa butter, cocoa mass, vegetable fats (palm, shea), emulsifier (E442), flavourings. Milk solids 20% minimum.", "dairy sugar", ""),
    ("label", "Branston Original Pickle. Ingredients: vegetables in variable proportions (carrot, rutabaga, onions, cauliflower, gherkins), sugar, barley malt vinegar, tomato paste, dates, salt, apple pulp, modified maize starch, spices, colour (sulphite ammonia caramel), onion powder, concentrated lemon juice, spice extracts.", "sugar corn", "wheat"),
    ("label", "Jacob's Cream Crackers. Ingredients: wheat flour (with calcium, iron, niacin, thiamin), vegetable oil (palm), salt, yeast, raising agent: ammonium bicarbonate, flour treatment agent: sodium metabisulphite.", "wheat", ""),  # why: 'cream' in the name only
    ("label", "Cornish Pasty. Ingredients: wheat flour, beef (20%), potato, swede, onion, water, vegetable fat (palm, rapeseed), salt, black pepper.", "wheat", ""),  # why: Cornish is a place, not corn
    ("label", "Peppercorn Sauce. Ingredients: water, double cream (milk), brandy, green peppercorns (4%), modified maize starch, beef stock, sugar, salt.", "dairy corn sugar", ""),
    ("label", "Butternut Squash Soup. Ingredients: water, butternut squash (30%), onion, cream (milk), carrot, butter (milk), cornflour, salt, black pepper.", "dairy corn", ""),
    ("label", "Butternut Squash & Coconut Soup, dairy free, vegan. Ingredients: water, butternut squash (35%), coconut milk (coconut extract, water), onion, ginger, rapeseed oil, salt, turmeric.", "", ""),
    ("label", "Sweet Potato Crisps. Ingredients: sweet potato, sunflower oil, sea salt.", "", ""),
    ("label", "Sugar Snap Peas, frozen. Ingredients: sugar snap peas.", "", ""),
    ("label", "Straight Cut Oven Chips. Ingredients: potatoes (94%), sunflower oil.", "", ""),
    ("label", "Bird's Custard Powder. Ingredients: cornflour, salt, flavouring, colour (annatto norbixin).", "corn", ""),  # why: the powder itself holds no milk
    ("label", "Gravy Granules for Meat. Ingredients: potato starch, maltodextrin, salt, palm oil, wheat flour, colour (ammonia caramel), flavourings, emulsifier (soya lecithin).", "wheat soy", "corn sugar"),
    ("label", "Chicken Stock Cubes. Ingredients: salt, flavour enhancers (monosodium glutamate, disodium inosinate), palm fat, potato starch, chicken fat, sugar, yeast extract, dried chicken, flavourings, turmeric, parsley. May contain: celery, wheat, milk, egg.", "sugar", "wheat dairy"),
    ("label", "Icing Sugar. Ingredients: sugar, anti-caking agent (tricalcium phosphate).", "sugar", ""),
    ("label", "Cornflour. Ingredients: maize starch.", "corn", ""),
    ("label", "Self Raising Flour. Ingredients: wheat flour, raising agents (monocalcium phosphate, sodium bicarbonate).", "wheat", ""),
    ("label", "Malt Vinegar. Ingredients: malt vinegar (from barley).", "", "wheat"),
    ("label", "Chicken Nuggets in crispy breadcrumb. Ingredients: chicken (55%), wheat flour, water, rapeseed oil, wheat starch, salt, maize flour, yeast, spices, dextrose.", "wheat corn sugar", ""),
    ("label", "Pork Sausages. Ingredients: pork (85%), water, rice flour, salt, seasoning (dextrose (from wheat), spices, herbs), preservative: sodium metabisulphite, antioxidant: ascorbic acid.", "wheat sugar", "corn"),  # why: source given in parenthesis decides
    ("label", "Pitta Bread. Ingredients: wheat flour, water, yeast, salt, sugar, rapeseed oil.", "wheat sugar", ""),
    ("label", "Lotus Biscoff, the original caramelised biscuit. Ingredients: wheat flour, sugar, vegetable oils (palm oil, rapeseed oil), candy sugar syrup, raising agent (sodium hydrogen carbonate), soya flour, salt, cinnamon.", "wheat sugar soy", ""),
    ("label", "Salted Caramel Sauce. Ingredients: sugar, double cream (milk), butter (milk), glucose syrup, sea salt.", "sugar dairy", "corn wheat"),
    # ---- German ----
    ("label", "Haribo Goldbären. Zutaten: Glukosesirup, Zucker, Gelatine, Dextrose, Säuerungsmittel: Citronensäure, Fruchtsaft aus Fruchtsaftkonzentrat: Apfel, Erdbeere, Himbeere, Orange, Zitrone, Ananas; Frucht- und Pflanzenkonzentrate, Aroma, Überzugsmittel: Bienenwachs, Carnaubawachs.", "sugar", "corn wheat"),
    ("label", "Ritter Sport Alpenmilch. Zutaten: Zucker, Kakaobutter, Vollmilchpulver, Kakaomasse, Magermilchpulver, Lactose, Butterreinfett, Emulgator Lecithine (Soja), natürliches Vanillearoma. Kann Spuren von Haselnüssen und Gluten enthalten.", "sugar dairy soy", "wheat"),
    ("label", "Maggi Würze. Zutaten: Wasser, Speisesalz, Weizenprotein hydrolysiert, Geschmacksverstärker (Mononatriumglutamat, Dinatriuminosinat), Zucker, Aroma (mit Weizen), Säuerungsmittel Milchsäure.", "wheat sugar", "corn"),  # why: Milchsäure = lactic acid, not dairy
    ("label", "Ristorante Pizza Mozzarella. Zutaten: Weizenmehl, Tomaten, Mozzarella (20%), Wasser, Tomatenmark, Pflanzenöl (Raps, Sonnenblume), Hefe, Speisesalz, Zucker, Kräuter, Gewürze.", "wheat dairy sugar", ""),
    ("label", "Knoppers Milch-Haselnuss-Schnitte. Zutaten: Zucker, Weizenmehl, Palmfett, Vollmilchpulver, Haselnüsse (9,2%), Magermilchpulver, Kakaobutter, Süßmolkenpulver, Kakaomasse, Weizenstärke, Emulgator Lecithine (Soja), Butterreinfett, Speisesalz, Backtriebmittel Natriumcarbonat, Aroma.", "sugar wheat dairy soy", ""),
    ("label", "Schoko Hafer-Müsli. Zutaten: Haferflocken (59%), Zucker, Schokolade (12%) (Zucker, Kakaomasse, Kakaobutter, Emulgator Lecithine (Soja)), Hafer-Crisps (Hafervollkornmehl, Zucker, Gerstenmalzextrakt), Palmfett. Kann Spuren von Milch enthalten.", "sugar soy", "wheat dairy"),
    ("label", "Dinkel-Vollkornbrot. Zutaten: Dinkelvollkornmehl (85%), Wasser, Sonnenblumenkerne, Hefe, Meersalz.", "wheat", ""),  # why: Dinkel = spelt
    ("label", "Eierspätzle. Zutaten: Hartweizengrieß, Eier (25%), Wasser.", "wheat", ""),
    ("label", "Hefeweissbier naturtrüb. Zutaten: Wasser, Weizenmalz, Gerstenmalz, Hopfen, Hefe.", "wheat", ""),
    ("label", "Pilsener. Zutaten: Wasser, Gerstenmalz, Hopfen, Hopfenextrakt.", "", "wheat"),
    ("label", "Fruchtjoghurt Erdbeere. Zutaten: Joghurt (Milch), Erdbeerzubereitung (15%) (Erdbeeren, Zucker, Glukose-Fruktose-Sirup, modifizierte Maisstärke, Aroma), Zucker.", "dairy sugar corn", "wheat"),
    ("label", "Wiener Würstchen. Zutaten: Schweinefleisch, Speck, Trinkwasser, Nitritpökelsalz, Gewürze, Dextrose, Stabilisator: Diphosphate, Antioxidationsmittel: Ascorbinsäure, Rauch.", "sugar", "corn wheat"),
    ("label", "Laugenbrezel. Zutaten: Weizenmehl, Wasser, Margarine (Palmfett, Rapsöl, Wasser, Emulgator: Mono- und Diglyceride von Speisefettsäuren), Hefe, Speisesalz, Gerstenmalzmehl, Natronlauge.", "wheat", ""),
    ("label", "Roggenmischbrot. Zutaten: Roggenmehl, Wasser, Weizenmehl, Sauerteig (Roggenmehl, Wasser), Speisesalz, Hefe. Kann Spuren von Sesam und Soja enthalten.", "wheat", "soy"),
    ("label", "Zutaten: Weizen\u00admehl, Wasser, Hefe, Salz.", "wheat", ""),  # why: soft hyphen inside Weizenmehl
    ("label", "Sahnejoghurt mild, 10% Fett. Zutaten: Joghurt, Sahne.", "dairy", ""),
    ("label", "Quark Magerstufe. Zutaten: Magermilch, Milchsäurebakterienkulturen, Lab.", "dairy", ""),
    ("label", "Vegane Bratwurst, sojafrei. Zutaten: Wasser, Erbsenprotein (18%), Rapsöl, Kartoffelstärke, Gewürze, Speisesalz, Verdickungsmittel: Methylcellulose, Zwiebel, Rauch.", "", ""),
    # ---- French ----
    ("label", "Nutella. Ingrédients : sucre, huile de palme, noisettes 13%, lait écrémé en poudre 8,7%, cacao maigre 7,4%, émulsifiant : lécithines [soja], vanilline.", "sugar dairy soy", ""),
    ("label", "Confiture extra Fraises. Ingrédients : fraises, sucre de canne, sucre, jus de citron concentré, gélifiant : pectine de fruits. Préparé avec 50 g de fruits pour 100 g.", "sugar", ""),
    ("label", "American Sandwich, pain de mie complet. Ingrédients : farine de blé, eau, sucre, huile de colza, levure, gluten de blé, sel, émulsifiants : mono- et diglycérides d'acides gras, conservateur : propionate de calcium, farine de fève, agent de traitement de la farine : acide ascorbique. Peut contenir des traces de lait, soja, sésame.", "wheat sugar", "dairy soy corn"),
    ("label", "Fromage fondu en portions. Ingrédients : fromages, eau, beurre, lait écrémé en poudre, protéines de lait, sels de fonte : polyphosphates, citrates de calcium, diphosphates.", "dairy", "corn"),
    ("label", "Petit Beurre. Ingrédients : farine de blé 75%, sucre, beurre pâtissier 13,6% (lait), lait écrémé en poudre, sel, poudres à lever, acidifiant : acide citrique. Peut contenir des traces d'œuf, sésame, soja.", "wheat sugar dairy", "soy corn"),
    ("label", "Biscuits sans gluten au chocolat. Ingrédients : farine de riz, sucre, huile de tournesol, amidon de maïs, chocolat noir 15% (pâte de cacao, sucre, beurre de cacao, émulsifiant : lécithine de tournesol), œufs, poudre à lever.", "sugar corn", ""),  # why: beurre de cacao is cocoa butter
    ("label", "Galette de sarrasin bretonne. Ingrédients : farine de blé noir 95%, eau, sel.", "", ""),  # why: blé noir = buckwheat
    ("label", "Bière blonde. Ingrédients : eau, malt d'orge, maïs, sirop de glucose, houblon.", "corn sugar", "wheat"),
    ("label", "Croissants pur beurre x6. Ingrédients : farine de blé, beurre concentré 25% (lait), eau, sucre, levure, œufs, sel, gluten de blé, lait écrémé en poudre.", "wheat dairy sugar", ""),
    ("label", "Crackers emmental. Ingrédients : farine de blé, emmental 20% (lait), huile de tournesol, lactosérum en poudre (lait), sel, poudre à lever.", "wheat dairy", ""),
    ("label", "Polenta instantanée. Ingrédients : semoule de maïs précuite.", "corn", ""),  # why: semoule de maïs is corn, not wheat semolina
    ("label", "Couscous moyen. Ingrédients : semoule de blé dur.", "wheat", ""),
    ("label", "Pain d'épices au miel. Ingrédients : farine de seigle, miel 30%, sucre, sirop de glucose-fructose, poudres à lever, épices, arôme. Peut contenir des traces de blé, lait.", "sugar", "wheat dairy corn"),
    ("label", "Crème fraîche épaisse. Ingrédients : crème de lait pasteurisée, ferments lactiques.", "dairy", ""),
    ("label", "Haricots verts extra-fins. Ingrédients : haricots verts, eau, sel.", "", ""),
    # ---- Spanish / Mexican ----
    ("label", "Pan de molde blanco sin corteza. Ingredientes: harina de trigo, agua, azúcar, aceite de girasol, levadura, gluten de trigo, sal, vinagre, conservador (propionato cálcico), emulgentes (mono- y diglicéridos de ácidos grasos), harina de soja. Puede contener trazas de leche y sésamo.", "wheat sugar soy", "dairy"),
    ("label", "Cola Cao Original. Ingredientes: azúcar, cacao desgrasado en polvo (18%), cereales malteados y tostados (trigo y cebada), harina de trigo, sales minerales (fosfato cálcico), aroma, vitaminas.", "sugar wheat", ""),
    ("label", "Galletas María. Ingredientes: harina de trigo, azúcar, aceite vegetal (girasol), jarabe de glucosa y fructosa, gasificantes, sal, emulgente (lecitina de soja), aroma. Puede contener trazas de leche y huevo.", "wheat sugar soy", "corn dairy"),
    ("label", "Tostadas de maíz horneadas. Ingredientes: maíz nixtamalizado, aceite vegetal de palma, sal.", "corn", ""),
    ("label", "Harina de maíz nixtamalizada. Ingredientes: maíz de grano entero tratado con cal, niacina, hierro, zinc, ácido fólico.", "corn", ""),
    ("label", "Queso Manchego curado. Ingredientes: leche cruda de oveja, sal, cuajo, fermentos lácticos, conservador: lisozima (proteína de huevo).", "dairy", ""),
    ("label", "Leche semidesnatada sin lactosa. Ingredientes: leche semidesnatada, enzima lactasa.", "dairy", ""),  # why: lactose free is still milk
    ("label", "Horchata de chufa. Ingredientes: agua, chufa (12%), azúcar.", "sugar", ""),
    ("label", "Turrón de Jijona. Ingredientes: almendra tostada (64%), miel, azúcar, clara de huevo.", "sugar", ""),
    ("label", "Chorizo Pamplona. Ingredientes: carne de cerdo, sal, pimentón, dextrosa, proteína de soja, lactosa, ajo, estabilizadores (E-450, E-451), antioxidante (E-301), conservadores (E-252, E-250).", "sugar soy dairy", "corn"),
    ("label", "Cajeta de leche de cabra. Ingredientes: leche de cabra, azúcar, glucosa, bicarbonato de sodio.", "dairy sugar", "corn"),
    ("label", "Salsa picante. Ingredientes: agua, chiles secos, vinagre, sal, especias, benzoato de sodio.", "", "corn"),
    ("label", "Salsa casera. Ingredientes: tomate, cebolla, chile serrano, cilantro, sal.", "", ""),
    ("label", "Chocolate negro 70% sin azúcares añadidos. Ingredientes: pasta de cacao, edulcorante (maltitol), manteca de cacao, emulgente (lecitina de soja), aroma natural de vainilla. Puede contener trazas de leche.", "soy", "dairy corn wheat"),  # why: no added sugar; maltitol from starch
    # ---- Italian ----
    ("label", "Spaghetti n.5. Ingredienti: semola di grano duro, acqua. Può contenere soia e senape.", "wheat", "soy"),
    ("label", "Spaghetti senza glutine. Ingredienti: farina di mais bianco (57%), farina di mais giallo, farina di riso integrale, farina di riso, mono e digliceridi degli acidi grassi.", "corn", ""),
    ("label", "Mozzarella fior di latte. Ingredienti: latte, sale, caglio, fermenti lattici.", "dairy", ""),
    ("label", "Biscotti frollini con panna. Ingredienti: farina di frumento, zucchero, panna (latte) 11%, olio di girasole, burro, uova, amido di frumento, miele, sciroppo di glucosio-fruttosio, agenti lievitanti, sale, aromi. Può contenere soia.", "wheat sugar dairy", "corn soy"),
    ("label", "Farro perlato. Ingredienti: farro dicocco (Triticum dicoccum).", "wheat", ""),
    ("label", "Orzo perlato. Ingredienti: orzo perlato.", "", "wheat"),  # why: Italian orzo = barley grain
    ("label", "Orzo solubile. Ingredienti: orzo tostato solubile 100%.", "", "wheat"),
    ("label", "Grana Padano DOP. Ingredienti: latte, sale, caglio, conservante: lisozima (proteina dell'uovo).", "dairy", ""),
    ("label", "Panettone classico. Ingredienti: farina di frumento, uvetta, burro, zucchero, tuorlo d'uovo, scorze di arancia candite (scorze di arancia, sciroppo di glucosio-fruttosio, zucchero), lievito naturale (frumento), emulsionanti: mono- e digliceridi degli acidi grassi, sale, latte scremato in polvere, aromi.", "wheat dairy sugar", "corn"),
    ("label", "Pesto alla Genovese. Ingredienti: olio di semi di girasole, basilico (30%), Grana Padano DOP (latte, sale, caglio, lisozima da uovo), anacardi, Pecorino Romano DOP (latte di pecora, sale, caglio), fibra vegetale, zucchero, sale, aglio, correttore di acidità: acido lattico.", "dairy sugar", "corn"),
    ("label", "Grissini torinesi. Ingredienti: farina di grano tenero tipo 0, olio extravergine di oliva (8%), lievito, sale, malto d'orzo.", "wheat", ""),
    ("label", "Gnocchi di patate. Ingredienti: patate reidratate (80%), farina di grano tenero, amido di patate, sale, aromi.", "wheat", ""),
    # ---- Dutch ----
    ("label", "Chocoladehagel Melk. Ingrediënten: suiker, cacaomassa, cacaoboter, volle melkpoeder, weipoeder (melk), emulgator (sojalecithine), mager cacaopoeder, vanille-extract.", "sugar dairy soy", ""),
    ("label", "Stroopwafels. Ingrediënten: tarwebloem, glucosestroop, suiker, palmolie, roomboter (melk), invertsuikerstroop, kaneel, rijsmiddel (natriumwaterstofcarbonaat), zout, emulgator (sojalecithine).", "wheat sugar dairy soy", "corn"),
    ("label", "Pindakaas. Ingrediënten: pinda's (90%), plantaardige olie (palm, raapzaad), zout, suiker.", "sugar", ""),
    ("label", "Ontbijtkoek naturel. Ingrediënten: roggemeel, glucose-fructosestroop, suiker, water, specerijen, rijsmiddelen (E500, E503).", "sugar", "wheat corn"),
    ("label", "Jong belegen Goudse kaas 48+. Ingrediënten: melk, zout, zuursel, stremsel, conserveermiddel (E235, E251).", "dairy", ""),
    ("label", "Rijstwafels naturel. Ingrediënten: volkoren rijst, maïs, zout.", "corn", ""),
    ("label", "Speltbrood. Ingrediënten: speltmeel, water, gist, zout, zonnebloempitten.", "wheat", ""),
    ("label", "Kokosdrink ongezoet. Ingrediënten: water, kokosroom (6%), calcium (tricalciumfosfaat), zeezout, stabilisatoren (johannesbroodpitmeel, gellan), vitamines.", "", ""),
    # ---- Japan, Korea, China, SE Asia, India ----
    ("label", "Pocky Chocolate. Ingredients: wheat flour, sugar, cocoa mass, vegetable oil (palm), shortening, whole milk powder, cocoa butter, starch, lactose, salt, malt extract, butter, yeast, emulsifier (soy lecithin), flavour, raising agent.", "wheat sugar dairy soy", "corn"),
    ("label", "Shin Ramyun Noodle Soup. Noodles: wheat flour, potato starch, palm oil, salt, acidity regulators, green tea extract. Soup base: salt, monosodium glutamate, sugar, soy sauce powder (soybean, wheat, salt), red pepper powder, garlic, onion, black pepper, beef bone extract. Flakes: dried cabbage, dried carrot, dried shiitake mushroom.", "wheat sugar soy", "corn"),
    ("label", "Cup Noodles Chicken Flavor. Ingredients: enriched wheat flour, vegetable oil (palm, canola and/or cottonseed oil), salt, soy sauce (water, wheat, soybeans, salt), dehydrated vegetables, hydrolyzed corn protein, sugar, maltodextrin, powdered chicken, monosodium glutamate, dextrose, spices.", "wheat soy sugar corn", ""),
    ("label", "Kewpie Mayonnaise (Japan). Ingredients: edible vegetable oil, egg yolk, brewed vinegar (contains apple), salt, seasoning (amino acids), spices, spice extract. (Contains eggs, apples and soybeans.)", "soy", "corn"),
    ("label", "Calpis Water. Ingredients: water, sugar, high fructose corn syrup, skim milk powder, citric acid, flavor, soybean polysaccharides.", "sugar corn dairy soy", ""),
    ("label", "Tonkatsu Sauce. Ingredients: vegetables and fruits (tomato, apple, prune, lemon, onion), glucose-fructose syrup, sugar, brewed vinegar, salt, starch, spices, yeast extract, caramel colour, thickener (tamarind gum).", "sugar", "corn wheat"),
    ("label", "Yakult Original. Ingredients: water, skimmed milk powder, glucose-fructose syrup, sugar, dextrin, live Lactobacillus casei Shirota.", "dairy sugar", "corn wheat"),
    ("label", "Golden Curry Sauce Mix, medium hot. Ingredients: wheat flour, edible oils (palm oil, rapeseed oil), salt, sugar, curry powder, spices, monosodium glutamate, caramel color, soy sauce powder (soybeans, wheat, salt), apple paste, flavor.", "wheat sugar soy", "corn"),
    ("label", "White Miso Paste. Ingredients: water, soybeans, rice, salt, alcohol.", "soy", ""),
    ("label", "Mugi Miso (barley miso). Ingredients: soybeans, barley, sea salt, koji (aspergillus oryzae), water.", "soy", "wheat"),
    ("label", "Hakubaku Organic Soba. Ingredients: organic wheat flour, organic buckwheat flour, salt.", "wheat", ""),
    ("label", "100% Buckwheat Soba. Ingredients: buckwheat flour, water.", "", ""),
    ("label", "Rice Stick Noodles. Ingredients: rice, water.", "", ""),
    ("label", "Egg Noodles. Ingredients: wheat flour, egg (5%), salt, acidity regulator (potassium carbonate).", "wheat", ""),
    ("label", "Daifuku Mochi, red bean. Ingredients: sweet red bean paste (azuki beans, sugar, maltose), glutinous rice flour, sugar, corn starch.", "sugar corn", ""),
    ("label", "Mochi Ice Cream, Strawberry. Ingredients: ice cream (milk, cream, sugar, strawberries, corn syrup, nonfat milk, stabilizers), rice flour, sugar, water, trehalose, egg whites, corn starch (dusting).", "dairy sugar corn", ""),
    ("label", "Gochujang Hot Pepper Paste. Ingredients: corn syrup, wheat flour, red pepper powder, water, rice, salt, fermented soybean powder, alcohol, onion, garlic.", "corn sugar wheat soy", ""),
    ("label", "Tteokbokki Rice Cakes. Ingredients: rice (98%), salt, alcohol.", "", ""),
    ("label", "Wheat Tteok for Tteokbokki. Ingredients: wheat flour, water, modified tapioca starch, salt, alcohol.", "wheat", ""),
    ("label", "Choco Pie. Ingredients: wheat flour, sugar, corn syrup, cocoa, shortening (palm oil), gelatin, whole milk powder, eggs, glucose, salt, soy lecithin, vanilla flavor.", "wheat sugar corn dairy soy", ""),
    ("label", "Banana Flavored Milk. Ingredients: milk (85%), water, sugar, banana juice concentrate, carrageenan, beta-carotene, flavor.", "dairy sugar", ""),
    ("label", "Kecap Manis, sweet soy sauce. Ingredients: sugar, water, salt, soybeans, wheat, flavour enhancer (E621), preservative (E211).", "sugar soy wheat", ""),
    ("label", "Hoisin Sauce. Ingredients: sugar, water, salted soybean paste (water, soybeans, salt, wheat flour), modified corn starch, sweet potato powder, salt, garlic, chili pepper, spices, caramel color, acetic acid.", "sugar soy wheat corn", ""),
    ("label", "Oyster Sauce. Ingredients: water, sugar, salt, oyster extract, modified corn starch, wheat flour, caramel color, monosodium glutamate.", "sugar corn wheat", ""),
    ("label", "Fish Sauce, first press. Ingredients: anchovy, sea salt.", "", ""),
    ("label", "Fish Sauce. Ingredients: anchovy extract, salt, sugar.", "sugar", ""),
    ("label", "Sweet Chilli Sauce. Ingredients: sugar, water, chilli (12%), garlic, vinegar, salt, thickener (xanthan gum).", "sugar", "corn"),
    ("label", "Rice Vinegar, unseasoned. Ingredients: rice vinegar (water, rice). 4.3% acidity.", "", ""),  # why: rice vinegar is not sugar or corn
    ("label", "Seasoned Rice Vinegar. Ingredients: rice vinegar, sugar, salt.", "sugar", ""),
    ("label", "Parle-G Biscuits. Ingredients: wheat flour (atta), sugar, edible vegetable oil (palm), invert sugar syrup, leavening agents (503(ii), 500(ii)), milk solids, edible common salt, emulsifiers (322 (soy lecithin), 471), dough conditioner (223).", "wheat sugar dairy soy", ""),
    ("label", "Bhujia Sev. Ingredients: gram flour (besan), edible vegetable oil (cottonseed, palmolein), moth bean flour, salt, spices & condiments. May contain traces of milk, wheat, soy.", "", "dairy wheat soy"),
    ("label", "Pasteurised Table Butter. Ingredients: milk fat, common salt, permitted natural colour (annatto).", "dairy", ""),
    ("label", "Pure Cow Ghee. Ingredients: milk fat.", "dairy", ""),
    ("label", "Masala Instant Noodles. Noodles: refined wheat flour (maida), palm oil, iodised salt, wheat gluten, thickeners (508, 412), acidity regulators (501(i), 500(i)), humectant (451(i)). Masala tastemaker: mixed spices, noodle powder (refined wheat flour, starch), sugar, edible vegetable oil (palm), hydrolysed groundnut protein, flavour enhancer (635).", "wheat sugar", "corn"),
    ("label", "Fresh Paneer. Ingredients: milk, citric acid.", "dairy", "corn"),
    ("label", "Whole Wheat Chapati. Ingredients: whole wheat flour (atta), water, salt, sunflower oil.", "wheat", ""),
    ("label", "Ready Dosa Batter. Ingredients: rice, urad dal (black gram), water, salt, fenugreek.", "", ""),
    # ---- Australia, Brazil, Nordic ----
    ("label", "Vegemite. Ingredients: yeast extract (from yeast grown on barley and wheat), salt, mineral salt (508), colour (150c), malt extract (from barley), flavour, niacin, thiamine, riboflavin, folate.", "wheat", "sugar corn"),
    ("label", "Tim Tam Original. Ingredients: sugar, wheat flour, vegetable oil, milk solids, cocoa, golden syrup, cocoa butter, cocoa mass, emulsifiers (soy lecithin, 476), salt, flavour, baking soda.", "sugar wheat dairy soy", ""),
    ("label", "Milo. Ingredients: malt extract (from barley) (46%), milk solids, sugar, cocoa, mineral (calcium carbonate), vitamins, emulsifier (soy lecithin).", "dairy sugar soy", "wheat"),
    ("label", "Corn Thins, Original. Ingredients: wholegrain corn (96%), sunflower oil, salt.", "corn", ""),
    ("label", "Traditional Ginger Beer. Ingredients: carbonated water, cane sugar, ginger, natural flavours, yeast.", "sugar", ""),  # why: a soft drink: 'beer' does not mean barley/wheat
    ("label", "Guaraná Antarctica. Ingredientes: água gaseificada, açúcar, extrato de semente de guaraná, acidulante ácido cítrico, aroma natural, conservador benzoato de sódio, corante caramelo IV.", "sugar", "corn"),
    ("label", "Mistura para pão de queijo. Ingredientes: polvilho azedo, polvilho doce, sal, gordura vegetal, queijo parmesão (leite), leite em pó.", "dairy", "soy"),  # why: polvilho is cassava starch, no wheat
    ("label", "Farofa de mandioca temperada. Ingredientes: farinha de mandioca, gordura vegetal, sal, cebola, alho, bacon.", "", "soy"),
    ("label", "Requeijão cremoso. Ingredientes: leite, creme de leite, sal, fermento lácteo, cloreto de cálcio.", "dairy", ""),
    ("label", "Rye Crispbread. Ingredients: wholegrain rye flour (95%), yeast, salt.", "", "wheat"),
    # ---- sub-ingredients in parentheses; source decides ----
    ("label", "Chili Lime Tortilla Chips. Ingredients: stone-ground corn, sunflower oil, seasoning (salt, dextrose, spices, citric acid, onion powder, lime juice powder), sea salt.", "corn sugar", ""),
    ("label", "Beef Jerky Original. Ingredients: beef, water, sugar, soy sauce (water, soybeans, wheat, salt), dextrose (from corn), salt, natural flavors, vinegar, sodium nitrite.", "sugar soy wheat corn", ""),
    ("label", "Dark Chocolate 70%. Ingredients: cocoa mass, sugar, cocoa butter, emulsifier: lecithin (sunflower), vanilla. May contain milk.", "sugar", "dairy"),
    ("label", "Chocolate Chip Cookies. Ingredients: wheat flour, sugar, chocolate chips (sugar, cocoa mass, cocoa butter, emulsifier: lecithin), palm oil, eggs, raising agents, salt, natural flavouring.", "wheat sugar", "soy dairy"),  # why: unqualified lecithin
    ("label", "Teriyaki Sauce. Ingredients: soy sauce (water, soybeans, wheat, salt), sugar, water, mirin (glucose syrup, rice, alcohol), ginger, garlic, modified corn starch.", "soy wheat sugar corn", ""),
    ("label", "Stir Fry Sauce, gluten free. Ingredients: water, tamari (water, soybeans, salt), cane sugar, rice vinegar, ginger, garlic, tapioca starch, sesame oil.", "soy sugar", ""),
    ("label", "Rye Sourdough Loaf. Ingredients: wholegrain rye flour, water, sourdough (rye flour, water, salt), salt, caraway.", "", "wheat"),
    ("label", "San Francisco Sourdough. Ingredients: wheat flour, water, sourdough (wheat flour, rye flour, water), salt.", "wheat", ""),
    ("label", "Gluten Free White Loaf. Ingredients: water, corn starch, sourdough (rice flour, water), rice flour, rice starch, vegetable fibre (psyllium), soy protein, thickener (hydroxypropyl methylcellulose), dextrose, sunflower oil, sugar beet syrup, yeast, salt, honey.", "corn soy sugar", ""),  # why: the sourdough is rice-based; gluten free
    ("label", "Spicy Rice Crackers. Ingredients: rice, soy sauce (water, soybeans, salt), sugar, chili, sesame.", "soy sugar", ""),  # why: the parenthesis shows a wheat-free soy sauce
    ("label", "BBQ Pork Buns. Ingredients: wheat flour, pork (20%), water, sugar, char siu sauce (sugar, soy sauce (water, soybeans, wheat), hoisin (sugar, soybeans, garlic), red colour), yeast, oyster sauce (oyster extract, salt, modified corn starch), sesame oil.", "wheat sugar soy corn", ""),
    ("label", "Salami Milano. Ingredients: pork, salt, dextrose (from corn), spices, garlic, sodium nitrite, starter culture.", "sugar corn", ""),
    ("label", "Veggie Stock Powder. Ingredients: sea salt, maltodextrin (from potato), yeast extract, onion powder, sunflower oil, turmeric, parsley. Gluten free.", "", "sugar"),  # why: the source is potato, not corn
    ("label", "Fruit Gums. Ingredients: glucose syrup (from wheat), sugar, gelatine, citric acid, flavourings, colours.", "sugar wheat", ""),
    ("label", "Chewy Candy. Ingredients: glucose syrup (from maize), sugar, palm fat, citric acid, flavourings.", "sugar corn", ""),
    ("label", "Frosted Oat Clusters. Ingredients: oats, sugar, rice crisps (rice, sugar, barley malt extract), sunflower oil, honey, salt, natural flavour.", "sugar", "wheat"),
    ("label", "Chicken Bouillon Cubes. Ingredients: salt, hydrolysed vegetable protein (soy, wheat), palm oil, sugar, onion powder, chicken fat, spices.", "soy wheat sugar", ""),
    ("label", "Instant Gravy. Ingredients: potato starch, hydrolysed vegetable protein, salt, vegetable oil, yeast extract, onion powder, caramel.", "sugar", "wheat soy corn"),
    # ---- grains: barley, rye, malt, spelt, farro, semolina, bulgur ----
    ("label", "Bulgur Wheat, coarse. Ingredients: 100% bulgur wheat.", "wheat", ""),
    ("label", "Roasted Freekeh. Ingredients: roasted green durum wheat.", "wheat", ""),
    ("label", "Pearl Barley. Ingredients: pearl barley.", "", "wheat"),
    ("label", "Organic Spelt Penne. Ingredients: organic whole grain spelt flour.", "wheat", ""),
    ("label", "Einkorn Crackers. Ingredients: einkorn flour, olive oil, sea salt, rosemary.", "wheat", ""),
    ("label", "Pearl Couscous. Ingredients: durum wheat semolina, wheat flour.", "wheat", ""),
    ("label", "Chickpea Pasta, rotini. Ingredients: chickpeas, pea protein, tapioca, xanthan gum.", "", "corn"),
    ("label", "1-to-1 Gluten Free Baking Flour. Ingredients: sweet white rice flour, whole grain brown rice flour, potato starch, whole grain sorghum flour, tapioca flour, xanthan gum.", "", "corn"),
    ("label", "Teff Flour. Ingredients: 100% whole grain teff. Processed in a facility that also processes wheat.", "", "wheat"),
    ("label", "Gluten Free Rolled Oats. Ingredients: 100% wholegrain gluten free oats.", "", ""),
    ("label", "Old Fashioned Rolled Oats. Ingredients: 100% whole grain rolled oats.", "", "wheat"),  # why: oats: cross-contact only
    ("label", "Organic Wheatgrass Powder, gluten free. Ingredients: 100% organic wheatgrass (Triticum aestivum) juice powder.", "", "wheat"),
    ("label", "Buckwheat Pancake Mix. Ingredients: buckwheat flour, wheat flour, cane sugar, buttermilk powder, baking powder (sodium acid pyrophosphate, baking soda, corn starch), salt.", "wheat sugar dairy corn", ""),
    ("label", "Muesli, no added sugar. Ingredients: wholegrain oats (60%), raisins (15%), wheat flakes, hazelnuts, dried apple, barley flakes.", "wheat", ""),  # why: dried fruit is whole fruit; claim holds
    ("label", "Gluten Free Oat Bar, no added sugar. Ingredients: gluten free oats, dates (30%), almond butter, coconut oil, cinnamon, sea salt.", "", ""),
    ("label", "Honey Almond Granola, no refined sugar. Ingredients: rolled oats, honey (12%), almonds, sunflower oil, coconut flakes, cinnamon.", "", "wheat sugar"),
    ("label", "Dairy Free Chocolate Granola. Ingredients: oats (55%), maple syrup, coconut oil, dark chocolate chips (cocoa mass, cane sugar, cocoa butter), almonds, sea salt. Made in a facility that handles milk and wheat.", "sugar", "wheat dairy"),
    ("label", "Vegan Hazelnut Spread, dairy free & palm oil free. Ingredients: hazelnuts (45%), coconut sugar, cocoa butter, cocoa powder, rice syrup, sunflower lecithin, vanilla.", "sugar", ""),
    ("label", "Brown Rice Syrup. Ingredients: organic brown rice, water, enzymes.", "sugar", ""),
    # ---- beer ----
    ("label", "Guinness Draught. Ingredients: water, malted barley, roasted barley, flaked barley, hops, yeast.", "", "wheat"),
    ("label", "Light Lager. Ingredients: water, barley malt, corn syrup, yeast, hops and hop extract.", "corn sugar", "wheat"),
    ("label", "Belgian White Wheat Ale. Ingredients: water, barley malt, white wheat, oats, hops, orange peel, coriander, yeast.", "wheat", ""),
    ("label", "Gluten-free Blonde Beer. Ingredients: water, millet, corn, hops, yeast.", "corn", ""),
    ("label", "Milk Stout. Ingredients: water, malted barley, wheat, oats, lactose, hops, yeast.", "wheat dairy", "sugar"),
    ("label", "Mexican Cerveza. Ingredients: water, barley malt, corn, hops, ascorbic acid.", "corn", "wheat"),
    # ---- dairy / misc ----
    ("label", "Fage Total 0% Greek Yogurt. Ingredients: pasteurized skimmed milk, live active yogurt cultures.", "dairy", ""),
    ("label", "Greek Yogurt, Strawberry on the Bottom. Ingredients: cultured nonfat milk, strawberries, cane sugar, water, fruit pectin, locust bean gum, natural flavors, lemon juice concentrate.", "dairy sugar", ""),
    ("label", "Whole Milk, 100% lactose free. Ingredients: grade A milk, lactase enzyme, vitamin D3.", "dairy", ""),
    ("label", "Sabra Classic Hummus. Ingredients: cooked chickpeas, tahini, soybean oil, water, garlic, salt, citric acid, potassium sorbate.", "soy", "corn"),
    ("label", "Herbal Tea, Chamomile & Blue Cornflower. Ingredients: chamomile flowers, lemongrass, cornflower petals (5%).", "", ""),  # why: cornflower is a flower, not cornflour
    ("label", "Fanta Orange. Ingredients: carbonated water, sugar, orange juice from concentrate (3.7%), citric acid, natural orange flavouring, antioxidant (ascorbic acid), preservative (potassium sorbate), sweeteners (acesulfame K, sucralose), plant extract (carrot).", "sugar", "corn"),
    # ---- invisible characters ----
    ("label", "Milk Chocolate Buttons. Ingredients: sugar, who\u00adle milk pow\u00adder, cocoa butter, cocoa mass, emulsifier (soya lecithin).", "sugar dairy soy", ""),  # why: soft hyphens inside words
    ("label", "Sushi Rice Seasoning Kit. Ingredients: rice, wa\u200bter, so\u200by sauce (water, soybeans, salt), sesame.", "soy", ""),  # why: zero-width spaces; soy sauce parenthesis has no wheat
    ("label", "Chocolate Pudding Mix. Ingredients: sugar, corn\u200bstarch, cocoa, salt, carrageenan.", "sugar corn", ""),
    ("label", "Cheddar Cheese Crackers. Ingredients: enriched wheat flour, ched\u200bdar che\u200bese (milk, salt, cultures, enzymes), sunflower oil, salt.", "wheat dairy", ""),
    ("label", "Honey Roasted Peanuts. Ingredients: peanuts, su\u00adgar, honey, salt, modified corn starch, xanthan gum.", "sugar corn", ""),
]
