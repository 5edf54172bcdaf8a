# ruff: noqa: E501
"""Blind labelled set 32: an app's worldwide everyday users (English-speaking, European, Asian, Latin American, African, Middle Eastern) logging meals fast on a phone, plus pasted supermarket labels."""

BLIND32_CASES: list[tuple[str, str, str, str]] = []

# --- English-speaking countries: breakfasts ---
BLIND32_CASES += [
    ("meal", "2 eggs scrambled w butter, wholemeal toast, black coffee", "wheat dairy", "sugar"),  # why: sliced wholemeal bread usually has a little sugar
    ("meal", "oatmeal w blueberries + drizzle of maple syrup, almond milk", "", "sugar"),  # why: maple is a natural sweetener (possible); plain oats are not wheat
    ("meal", "bowl of cheerios w 2% milk", "dairy sugar", "corn"),  # why: Cheerios list sugar; corn starch is in the US recipe
    ("meal", "weetbix x2 w milk and a bit of honey", "wheat dairy sugar", ""),  # why: Weet-Bix contains raw sugar; honey then adds nothing new
    ("meal", "frosted flakes w lactose free milk", "corn sugar dairy", ""),  # why: lactose-free milk is still cow's milk
    ("meal", "vegemite on toast and a cuppa w milk", "wheat dairy", "sugar"),
    ("meal", "smashed avo on sourdough w feta + poached egg", "wheat dairy", ""),
    ("meal", "bagel w lox and cream cheese, capers", "wheat dairy", "sugar"),
    ("meal", "crumpets x2 w butter", "wheat dairy", "sugar"),
    ("meal", "just water and a banana, running late", "", ""),
    ("meal", "greek yogurt plain, walnuts, honey drizzle", "dairy", "sugar"),  # why: honey = natural sweetener, possible
    ("meal", "smoothie: frozen berries, spinach, soy milk, chia", "soy", "sugar"),  # why: soy milk is often sweetened
    ("meal", "had a cappuccino w regular milk... no wait it was oat milk. + blueberry muffin", "wheat sugar", "dairy soy"),  # why: corrected to oat milk; muffins usually have butter/milk and may have soy oil
    ("meal", "bacon egg n cheese on a roll from the bodega", "wheat dairy", ""),
    ("meal", "eggs benny at brunch w hashbrowns", "wheat dairy", "soy corn"),  # why: English muffin + hollandaise butter; hash browns fried in vegetable oil
    ("meal", "tofu scramble w spinach on rye toast", "soy", "wheat"),  # why: most rye breads are part wheat flour
    ("meal", "buckwheat pancakes w butter and maple syrup", "dairy", "wheat sugar"),  # why: buckwheat isn't wheat, but pancake mixes usually add wheat flour
    ("meal", "gluten free toast w butter and strawberry jam", "dairy sugar", "corn"),  # why: GF bread usually relies on corn/tapioca starch
    ("meal", "acai bowl w granola, banana and honey", "sugar", "wheat"),  # why: acai packs and granola are sweetened; some granolas contain wheat
    ("meal", "protein shake, 1 scoop whey w water + banana", "dairy", "soy"),  # why: whey powders commonly add soy lecithin
    ("meal", "coffee w coffee-mate original x2", "corn sugar", "dairy soy"),  # why: corn syrup solids; 'non-dairy' creamer has caseinate and soybean oil
    ("meal", "tim hortons double double and a honey cruller", "wheat dairy sugar", "soy corn"),
    ("meal", "mcmuffin w egg and a hash brown, orange juice", "wheat dairy", "soy corn sugar"),  # why: muffin may have sugar/soy; hash brown fried in blend
    ("meal", "2 boiled eggs, cucumber + carrot sticks", "", ""),
    ("meal", "kombucha and a handful of almonds", "", "sugar"),  # why: kombucha is brewed with sugar, some remains
    ("meal", "nothin for brekkie just a flat white", "dairy", ""),
    ("meal", "chai latte w almond milk from the cafe", "sugar", ""),  # why: cafe chai is a sweetened concentrate; almond milk isn't dairy
    ("meal", "rice cakes w avocado + everything bagel seasoning", "", ""),  # why: the seasoning is seeds, garlic, onion, salt - no bagel
]

# --- English-speaking countries: lunches, snacks, dinners, takeaway ---
BLIND32_CASES += [
    ("meal", "big mac, medium fries, diet coke", "wheat dairy sugar", "soy corn"),  # why: bun and sauce contain sugar; oils may be soy/corn; diet coke has no sugar
    ("meal", "subway 6in turkey on italian herbs & cheese bread, no cheese inside, lettuce tomato mustard", "wheat dairy", "sugar soy"),  # why: that bread is topped with cheese even if no slice was added
    ("meal", "greggs sausage roll + flat white", "wheat dairy", ""),
    ("meal", "tesco meal deal: chicken & bacon sarnie, walkers salt n vinegar, ribena", "wheat sugar", "dairy soy"),  # why: sandwich mayo/bread may have milk or soya
    ("meal", "pret chicken caesar wrap", "wheat dairy", ""),
    ("meal", "ham sandwich on white, no butter just mustard", "wheat", "sugar"),
    ("meal", "salad w grilled chicken, olive oil + lemon, no croutons", "", ""),
    ("meal", "apple w peanut butter", "", "sugar"),  # why: peanut butter is not dairy; many brands add sugar
    ("meal", "chipotle bowl: white rice, black beans, chicken, fresh tomato salsa, corn salsa, cheese, sour cream", "corn dairy", ""),
    ("meal", "2 al pastor tacos from the truck, corn tortillas, pineapple onion cilantro", "corn", ""),
    ("meal", "costco california roll + the lil soy sauce packet", "soy wheat", "sugar"),  # why: sushi rice is seasoned with sugar; imitation crab may have sugar
    ("meal", "chicken tikka masala + garlic naan, deliveroo", "wheat dairy", "sugar"),
    ("meal", "full english: 2 bacon, 2 sausages, egg, beans, black pudding, fried bread", "wheat sugar", "soy corn"),  # why: baked beans have sugar; sausage rusk and fried bread are wheat
    ("meal", "cadbury dairy milk bar from the servo", "dairy sugar", ""),
    ("meal", "poke bowl: salmon, edamame, seaweed salad, sushi rice, spicy mayo, ponzu", "soy", "wheat sugar corn"),  # why: ponzu is soy-sauce based; seaweed salad/sushi rice are sweetened
    ("meal", "kraft dinner lol", "wheat dairy", ""),
    ("meal", "starbucks venti caramel macchiato w oat milk", "sugar", "dairy corn"),  # why: oat milk swap, but the caramel drizzle is made with butter and cream
    ("meal", "leftover spag bol w parmesan", "wheat dairy", "sugar"),
    ("meal", "ham n cheese toastie", "wheat dairy", ""),
    ("meal", "kfc 2pc original, mash + gravy, coleslaw, pepsi", "wheat sugar", "dairy soy corn"),
    ("meal", "grilled fish, steamed broccoli, brown rice, lemon", "", ""),
    ("meal", "roast cornish hen w rosemary potatoes", "", ""),  # why: cornish hen is a chicken, not corn
    ("meal", "butternut squash soup (veg stock, no cream) + a rice cake", "", ""),
    ("meal", "corned beef hash w a fried egg", "", ""),  # why: corned beef is salt-cured beef, not corn
    ("meal", "large popcorn w butter topping and a cherry icee", "corn sugar", "dairy soy"),  # why: cinema 'butter' is usually flavoured soybean oil
    ("meal", "chick fil a 8ct nuggets, polynesian sauce, lemonade", "wheat sugar", "dairy soy corn"),
    ("meal", "meat pie w sauce at the footy", "wheat sugar", "soy corn"),
    ("meal", "fish n chips, mushy peas, salt n vinegar", "wheat", ""),
    ("meal", "ate half of my kids pb&j, grape jelly on white bread", "wheat sugar", "corn soy"),
    ("meal", "cottage pie w cheese on top + peas", "dairy", "wheat"),  # why: gravy is often thickened with flour
    ("meal", "sunday roast - beef, yorkshire pud, roasties, gravy, carrots", "wheat dairy", "corn"),  # why: Yorkshire pudding batter is flour, egg and milk
    ("meal", "tortilla chips n guac at happy hour + 2 margaritas", "corn sugar", "soy"),
    ("meal", "3 beers and buffalo wings w blue cheese dip", "dairy", "wheat corn soy"),  # why: beer is barley malt, possibly wheat/corn; wings may be floured and fried
    ("meal", "sweet potato fries w sriracha mayo", "sugar", "soy corn"),  # why: sriracha contains sugar; fries often starch-coated and fried in veg oil
    ("meal", "sugar snap peas + hummus", "", ""),  # why: sugar snap peas are a vegetable
    ("meal", "steak, baked potato w sour cream & chives, side caesar", "dairy", "wheat"),
    ("meal", "2 scoops vanilla ice cream", "dairy sugar", "corn"),
    ("meal", "glass of red + couple squares of 85% dark choc", "sugar", "soy dairy"),  # why: even 85% bars have sugar; lecithin and milk traces common
    ("meal", "homemade chili con carne w rice, cheddar on top", "dairy", ""),
    ("meal", "quesadilla - flour tortilla, monterey jack, leftover chicken", "wheat dairy", ""),
    ("meal", "bbq joint: brisket, mac n cheese, cornbread", "corn wheat dairy sugar", ""),
    ("meal", "trader joes mandarin orange chicken + rice", "wheat soy sugar", "corn"),
    ("meal", "red bull + a protein bar", "sugar", "soy dairy"),  # why: protein bars vary; most use milk or soy protein
    ("meal", "gas station hot dog w ketchup, mustard, relish + a slurpee", "wheat sugar", "corn soy"),
    ("meal", "arnold palmer", "sugar", ""),
    ("meal", "dinner was a bunch of veg stir fried in olive oil, no sauce, w quinoa", "", ""),
    ("meal", "shepherds pie", "", "dairy wheat"),  # why: mash usually has milk/butter, gravy often flour
    ("meal", "halloumi + roast veg wrap", "dairy wheat", ""),
    ("meal", "cheese n crackers and grapes", "dairy wheat", ""),
    ("meal", "lamb souvlaki w tzatziki in pita", "wheat dairy", ""),
    ("meal", "panda express orange chicken + chow mein", "wheat soy sugar", "corn"),
    ("meal", "mums lasagne 😍", "wheat dairy", "sugar"),
    ("meal", "froyo w mochi bits and strawberries", "dairy sugar", "corn"),  # why: mochi is dusted with corn starch
    ("meal", "shrimp n grits w cheddar", "corn dairy", ""),
    ("meal", "coke zero + bag of pretzels", "wheat", "corn sugar"),
    ("meal", "burger no bun no cheese, lettuce wrap, mustard only", "", ""),
    ("meal", "my husband had the pizza, i had grilled salmon + salad", "", ""),  # why: someone else ate the pizza
    ("meal", "in n out protein style, no cheese, animal style spread", "sugar", "soy"),  # why: the spread has sweet relish/sugar and soybean oil
    ("meal", "pad thai from the thai place near work", "sugar", "soy wheat"),  # why: pad thai sauce is sweetened; tofu/soy sauce often added
    ("meal", "bubble tea - taro milk tea 50% sugar w pearls", "sugar", "dairy corn"),  # why: milk or non-dairy creamer
    ("meal", "tim tams x3 dont judge", "wheat dairy sugar", "soy"),
    ("meal", "jamaican beef patty + ting", "wheat sugar", "dairy"),  # why: patty pastry often uses butter/margarine; Ting is sweetened
    ("meal", "cuban sandwich from the window", "wheat dairy", "sugar"),
    ("meal", "nz pineapple lumps and a flat white", "sugar dairy", "wheat corn"),  # why: candy likely glucose syrup/flour
]

# --- Europe: meals in their own languages, English or mixed ---
BLIND32_CASES += [
    ("meal", "Brötchen mit Butter und Marmelade, Kaffee mit Milch", "wheat dairy sugar", ""),
    ("meal", "currywurst pommes rot-weiß", "sugar", "soy corn"),  # why: curry ketchup is sweetened; mayo and frying oil may be soy
    ("meal", "Döner mit allem und scharf + Ayran", "wheat dairy", ""),
    ("meal", "Müsli mit Haferdrink und Apfel", "", "wheat sugar"),  # why: Müsli mixes often contain wheat flakes and sugar; oat drink isn't dairy
    ("meal", "Käsespätzle mit Röstzwiebeln, so viel käse lol", "wheat dairy", ""),
    ("meal", "Brezel mit Butter am Bahnhof", "wheat dairy", ""),
    ("meal", "schnitzel wiener art mit kartoffelsalat", "wheat", "sugar"),  # why: Swabian potato salad dressings often add sugar
    ("meal", "Linsen mit Spätzle und Saitenwürstle", "wheat", ""),
    ("meal", "Birchermüesli vom Coop", "dairy", "sugar"),
    ("meal", "croissant et café crème", "wheat dairy sugar", ""),
    ("meal", "jambon-beurre + un coca", "wheat dairy sugar", ""),
    ("meal", "salade niçoise, pas de pain merci", "", ""),
    ("meal", "raclette ce soir avec patates, cornichons et charcuterie", "dairy", ""),  # why: cornichons are small pickled cucumbers, not corn
    ("meal", "galette complète (sarrasin, jambon, emmental, oeuf)", "dairy", "wheat"),  # why: buckwheat isn't wheat but some crêperies mix in wheat flour
    ("meal", "crêpe au nutella à la fête foraine", "wheat dairy sugar soy", ""),  # why: Nutella lists soy lecithin
    ("meal", "gaufre de liège et un chocolat chaud", "wheat dairy sugar", "soy"),
    ("meal", "cornetto e cappuccino al bar", "wheat dairy sugar", ""),
    ("meal", "pranzo: pasta al pomodoro e basilico, acqua frizzante", "wheat", ""),
    ("meal", "polenta con funghi e gorgonzola", "corn dairy", ""),
    ("meal", "pizza margherita e una birra", "wheat dairy", "corn"),
    ("meal", "risotto ai funghi porcini", "dairy", ""),  # why: risotto is finished with butter and parmigiano
    ("meal", "gelato pistacchio e nocciola, coppetta piccola", "dairy sugar", ""),
    ("meal", "piadina crudo squacquerone e rucola", "wheat dairy", ""),
    ("meal", "tostada con tomate y aceite + café con leche", "wheat dairy", ""),
    ("meal", "bocadillo de jamón y un café solo", "wheat", ""),
    ("meal", "paella de marisco con la familia", "", ""),
    ("meal", "churros con chocolate 🤤", "wheat dairy sugar", ""),
    ("meal", "tortilla de patatas y ensalada", "", ""),  # why: Spanish tortilla is eggs and potato, no flour or corn
    ("meal", "croquetas de jamón x4", "wheat dairy", ""),
    ("meal", "boterham met hagelslag en een glas melk", "wheat sugar dairy", "soy"),
    ("meal", "stroopwafel bij de koffie (zwart)", "wheat sugar", "dairy corn"),
    ("meal", "kibbeling met knoflooksaus van de markt", "wheat", "dairy soy"),
    ("meal", "pierogi ruskie z cebulką", "wheat dairy", ""),
    ("meal", "żurek z jajkiem i kiełbasą", "", "wheat dairy"),  # why: żurek starter is rye but often with wheat flour; many add cream
    ("meal", "kanapka z serem żółtym i ogórkiem", "wheat dairy", ""),
    ("meal", "knäckebröd med smör och ost", "dairy", "wheat"),  # why: crispbread is rye; some brands add wheat
    ("meal", "kanelbulle och kaffe", "wheat dairy sugar", ""),
    ("meal", "köttbullar med potatismos och lingonsylt", "dairy sugar", "wheat"),
    ("meal", "γιαούρτι με μέλι και καρύδια", "dairy", "sugar"),
    ("meal", "σπανακόπιτα από τον φούρνο", "wheat dairy", ""),
    ("meal", "horiatiki salad, extra feta", "dairy", ""),
    ("meal", "pastel de nata e uma bica", "wheat dairy sugar", ""),
    ("meal", "bacalhau à brás", "", ""),
    ("meal", "гречка с котлетой", "", "wheat dairy"),  # why: buckwheat isn't wheat; котлеты usually contain milk-soaked bread
    ("meal", "борщ со сметаной и бородинский хлеб", "dairy", "wheat sugar"),  # why: Borodinsky is rye plus wheat flour and molasses
    ("meal", "сырники со сметаной", "dairy wheat sugar", ""),
    ("meal", "simit ve şekerli çay", "wheat sugar", ""),
    ("meal", "menemen ve ekmek", "wheat", ""),
    ("meal", "mercimek çorbası", "", "dairy wheat"),
    ("meal", "guláš s knedlíky a pivo", "wheat", "dairy"),
    ("meal", "lángos tejföllel és sajttal", "wheat dairy", ""),
    ("meal", "Bratwurst im Brötchen mit Senf", "wheat", "corn"),  # why: sausages may contain dextrose
    ("meal", "Apfelschorle und ne Handvoll Nüsse", "", "sugar"),  # why: just apple juice + water; juice sugar is possible at most
    ("meal", "ate a bao from the christmas market in vienna, dunno the filling", "wheat", "soy sugar"),
    ("meal", "irish stew and soda bread w kerrygold", "wheat dairy", ""),
    ("meal", "ovnsbakt laks med poteter og brokkoli", "", ""),
    ("meal", "smørrebrød med leverpostej og rødbeder", "wheat", "dairy sugar"),  # why: rye bread is often part wheat; pickled beets sweetened; leverpostej has milk
    ("meal", "kebab pizza 🇸🇪", "wheat dairy", "sugar"),
    ("meal", "Caffè latte mit Hafermilch, kein Zucker", "", ""),
    ("meal", "Flammkuchen elsässer art", "wheat dairy", ""),
    ("meal", "moules frites et une bière blanche", "wheat", "dairy soy corn"),  # why: witbier is brewed with wheat; mussels often cooked in butter
    ("meal", "fondue moitié-moitié avec du pain", "dairy wheat", ""),
    ("meal", "porridge w oat milk + banana, no sugar", "", ""),
    ("meal", "cevapi sa lepinjom i kajmakom", "wheat dairy", ""),
]

# --- Asia ---
BLIND32_CASES += [
    ("meal", "朝ごはん: 納豆ご飯と味噌汁", "soy", "wheat sugar"),  # why: natto tare has soy sauce and sugar; some miso has barley
    ("meal", "コンビニのおにぎり（ツナマヨ）とお茶", "", "soy sugar"),
    ("meal", "tonkotsu ramen + gyoza", "wheat", "soy sugar"),
    ("meal", "吉野家 牛丼並盛", "soy wheat sugar", ""),
    ("meal", "天ぷらそば", "wheat soy", "sugar"),  # why: most soba has wheat; tempura batter is wheat; tsuyu is soy sauce + mirin/sugar
    ("meal", "カツカレー大盛り", "wheat", "dairy sugar soy"),  # why: curry roux blocks often contain milk and sugar
    ("meal", "matcha latte w oat milk, no syrup", "", ""),
    ("meal", "melon pan from family mart", "wheat sugar", "dairy soy"),
    ("meal", "焼き魚定食 (鮭, ご飯, 漬物, 味噌汁)", "soy", "sugar"),
    ("meal", "김치찌개 (두부 넣음) 이랑 밥", "soy", "sugar wheat"),
    ("meal", "떡볶이랑 순대", "sugar soy", "wheat corn"),  # why: gochujang is made with soybean and sweetened; often wheat and corn syrup
    ("meal", "bibimbap w gochujang", "soy", "wheat sugar corn"),
    ("meal", "편의점 삼각김밥이랑 바나나우유", "dairy sugar", "soy"),
    ("meal", "chimaek night - yangnyeom chicken + beer", "wheat sugar", "soy corn"),
    ("meal", "早餐: 豆浆油条", "soy wheat", "sugar"),
    ("meal", "小笼包 x6", "wheat", "soy sugar"),
    ("meal", "麻婆豆腐+米饭", "soy", "wheat corn sugar"),  # why: doubanjiang has wheat flour; sauce is usually thickened with corn starch
    ("meal", "番茄炒蛋盖饭", "", "sugar corn"),
    ("meal", "珍珠奶茶 半糖少冰", "sugar", "dairy corn"),
    ("meal", "HK milk tea + 菠蘿包", "wheat dairy sugar", ""),
    ("meal", "dim sum: har gow, siu mai, char siu bao, egg tarts", "wheat sugar", "dairy soy corn"),
    ("meal", "煎饼果子 加个蛋", "wheat", "soy sugar"),
    ("meal", "nasi lemak w sambal, ikan bilis, egg, kacang", "", "sugar"),
    ("meal", "roti canai + teh tarik", "wheat dairy sugar", ""),  # why: teh tarik is made with condensed milk
    ("meal", "indomie goreng 2 bungkus + telur", "wheat soy sugar", "corn"),
    ("meal", "nasi goreng kampung", "", "soy wheat sugar"),
    ("meal", "pho bo tai, no hoisin", "", "sugar"),  # why: pho broth is often seasoned with rock sugar
    ("meal", "banh mi thit nguoi", "wheat", "soy sugar"),
    ("meal", "cà phê sữa đá", "dairy sugar", ""),  # why: made with sweetened condensed milk
    ("meal", "som tam + khao niao + gai yang", "sugar", "soy wheat"),
    ("meal", "mango sticky rice", "sugar", ""),  # why: coconut cream sauce is sweetened; no dairy
    ("meal", "7-11 ham cheese toastie (thailand)", "wheat dairy", "sugar"),
    ("meal", "tapsilog for breakfast", "", "soy wheat sugar"),  # why: tapa marinades vary, commonly soy sauce and sugar
    ("meal", "jollibee chickenjoy w rice + jolly spaghetti", "wheat sugar dairy", "soy corn"),
    ("meal", "2 aloo parathas with curd and achaar", "wheat dairy", ""),
    ("meal", "masala dosa, sambar, coconut chutney", "", ""),
    ("meal", "chai with 2 parle-g", "dairy sugar wheat", ""),
    ("meal", "rajma chawal", "", "dairy"),
    ("meal", "paneer butter masala + butter naan from swiggy", "dairy wheat", "sugar"),
    ("meal", "poha w peanuts and sev", "", "sugar"),  # why: sev is chickpea flour; poha often gets a pinch of sugar
    ("meal", "vada pav from the stall", "wheat", "sugar"),
    ("meal", "idli x4 w chutney", "", ""),
    ("meal", "biryani from paradise, raita on side", "dairy", ""),
    ("meal", "maggi masala noodles", "wheat", "sugar corn"),
    ("meal", "sweet lassi", "dairy sugar", ""),
    ("meal", "gulab jamun x2 after dinner", "dairy sugar", "wheat"),
    ("meal", "dal chawal w ghee", "dairy", ""),  # why: ghee is dairy
    ("meal", "moong dal chilla w mint chutney", "", ""),
    ("meal", "kothu roti (sri lanka)", "wheat", "soy"),
    ("meal", "sushi set from the conveyor, no soy sauce, just wasabi", "", "sugar"),  # why: sushi rice vinegar is sweetened; no soy sauce used
    ("meal", "tamago sando from lawson", "wheat", "dairy sugar soy"),
    ("meal", "edamame and a highball", "soy", ""),
    ("meal", "hot pot - beef, tofu, veg, sesame sauce dip", "soy", "wheat sugar"),
    ("meal", "kaya toast w soft boiled eggs + kopi", "wheat sugar", "dairy"),  # why: kaya is coconut jam with sugar; kopi often with condensed milk
    ("meal", "laksa", "", "soy sugar"),
    ("meal", "hainanese chicken rice, extra chilli + dark soy", "soy wheat", "sugar"),
    ("meal", "bánh xèo", "", "sugar"),  # why: rice flour and turmeric crepe; nuoc cham is sweetened
    ("meal", "plain congee w century egg", "", ""),
    ("meal", "bakso + es teh manis", "sugar", "wheat corn"),  # why: meatballs use tapioca or wheat/corn starch
    ("meal", "thai iced tea", "sugar dairy", ""),
    ("meal", "korean corn dog w sugar coating + ketchup", "wheat sugar", "corn dairy soy"),  # why: batter is mostly wheat flour, some use cornmeal; often has mozzarella inside
]

# --- Latin America ---
BLIND32_CASES += [
    ("meal", "chilaquiles verdes con crema y queso, café de olla", "corn dairy sugar", ""),  # why: café de olla is sweetened with piloncillo
    ("meal", "tamal de rajas con queso y un atole", "corn dairy sugar", ""),
    ("meal", "torta de milanesa", "wheat", "dairy"),
    ("meal", "elote con mayo, queso cotija y chile", "corn dairy", "soy"),
    ("meal", "un gansito y un boing de mango", "wheat sugar", "dairy soy corn"),
    ("meal", "pão de queijo e cafezinho", "dairy", "sugar"),  # why: pão de queijo is tapioca starch, not wheat; cafezinho usually sweetened
    ("meal", "arroz, feijão, bife e farofa", "", "dairy"),  # why: farofa is cassava flour, often toasted in butter
    ("meal", "açaí na tigela com granola e leite condensado", "sugar dairy", "wheat"),
    ("meal", "coxinha e um guaraná", "wheat sugar", "dairy soy corn"),
    ("meal", "tapioca com queijo coalho", "dairy", ""),
    ("meal", "medialunas x2 y café con leche", "wheat dairy sugar", ""),
    ("meal", "empanadas de carne x3", "wheat", ""),
    ("meal", "mate amargo toda la mañana", "", ""),
    ("meal", "milanesa napolitana con puré", "wheat dairy", ""),
    ("meal", "arepa con queso y chocolate caliente", "corn dairy sugar", ""),
    ("meal", "bandeja paisa completa", "corn", ""),  # why: comes with an arepa
    ("meal", "ceviche con camote y cancha", "corn", ""),
    ("meal", "lomo saltado", "soy wheat", ""),
    ("meal", "ají de gallina", "dairy wheat", ""),  # why: sauce uses evaporated milk and bread
    ("meal", "completo italiano", "wheat", "soy sugar"),
    ("meal", "cachapa con queso de mano", "corn dairy", "sugar"),
    ("meal", "pozole rojo con tostadas", "corn", ""),
    ("meal", "quesadilla de huitlacoche en tortilla de maíz SIN queso", "corn", ""),  # why: huitlacoche is corn smut and the tortilla is corn
    ("meal", "pupusas revueltas con curtido", "corn dairy", ""),
    ("meal", "gallo pinto con huevo y natilla", "dairy", "sugar"),  # why: natilla is sour cream; gallo pinto is usually seasoned with sweetened Salsa Lizano
]

# --- Africa and the Middle East ---
BLIND32_CASES += [
    ("meal", "jollof rice, fried plantain and chicken", "", ""),
    ("meal", "eba and egusi soup", "", ""),
    ("meal", "puff puff x5 from the roadside", "wheat sugar", "soy corn"),
    ("meal", "chapati na maharagwe", "wheat", ""),
    ("meal", "ugali, sukuma wiki na nyama choma", "corn", ""),
    ("meal", "pap and wors w chakalaka", "corn", ""),
    ("meal", "quarter mutton bunny chow", "wheat", ""),
    ("meal", "2 buttermilk rusks dunked in rooibos", "wheat sugar dairy", ""),
    ("meal", "injera with shiro and misir wot", "", "wheat dairy"),  # why: injera is teff but often mixed with wheat/barley; niter kibbeh is butter
    ("meal", "msemen with honey and mint tea", "wheat sugar", "dairy"),  # why: Moroccan mint tea is heavily sugared
    ("meal", "koshari from the corner shop", "wheat", ""),
    ("meal", "ful medames with baladi bread", "wheat", ""),
    ("meal", "hummus, falafel, pita, pickles", "wheat", ""),
    ("meal", "chicken shawarma wrap w toum and fries", "wheat", "dairy soy corn"),
    ("meal", "manakish zaatar + labneh", "wheat dairy", ""),
    ("meal", "kabsa dajaj w laban", "dairy", ""),
    ("meal", "dates and arabic coffee after iftar", "", ""),
    ("meal", "tahdig with ghormeh sabzi", "", "dairy"),
    ("meal", "shakshuka + challah", "wheat sugar", ""),
    ("meal", "kunafa nabulsiyeh", "wheat dairy sugar", ""),
    ("meal", "suya and a cold malta guinness", "sugar", "soy corn"),  # why: malt drinks are sweetened with sugar/glucose syrup
    ("meal", "mandazi x2 + chai", "wheat sugar dairy", ""),
    ("meal", "grilled tilapia and banku", "corn", ""),  # why: banku is fermented corn and cassava dough
    ("meal", "fattoush, no pita chips", "", ""),
    ("meal", "lahmacun ve ayran", "wheat dairy", ""),
]

# --- Labels: US, Canada ---
BLIND32_CASES += [
    ("label", "Wonder Classic White Bread 20oz. INGREDIENTS: ENRICHED WHEAT FLOUR [FLOUR, BARLEY MALT, NIACIN, REDUCED IRON, THIAMINE MONONITRATE (VITAMIN B1), RIBOFLAVIN (VITAMIN B2), FOLIC ACID], WATER, HIGH FRUCTOSE CORN SYRUP, CONTAINS 2% OR LESS OF: SOYBEAN OIL, SALT, YEAST, CALCIUM SULFATE, MONOCALCIUM PHOSPHATE, DATEM, SOY LECITHIN, CALCIUM PROPIONATE (PRESERVATIVE). CONTAINS: WHEAT, SOY. MAY CONTAIN MILK.", "wheat corn sugar soy", "dairy"),
    ("label", "OREO Chocolate Sandwich Cookies  Nutrition Facts Serving size 3 cookies (34g) Calories 160 Total Fat 7g Sat Fat 2g Sodium 135mg Total Carb 25g Total Sugars 14g Incl. 13g Added Sugars Protein 1g INGREDIENTS: UNBLEACHED ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), SUGAR, PALM AND/OR CANOLA OIL, COCOA (PROCESSED WITH ALKALI), HIGH FRUCTOSE CORN SYRUP, LEAVENING (BAKING SODA AND/OR CALCIUM PHOSPHATE), CORNSTARCH, SALT, SOY LECITHIN, VANILLIN, CHOCOLATE. CONTAINS: WHEAT, SOY. MAY CONTAIN MILK.", "wheat sugar corn soy", "dairy"),
    ("label", "Heinz Tomato Ketchup 32 OZ  INGREDIENTS: TOMATO CONCENTRATE FROM RED RIPE TOMATOES, DISTILLED VINEGAR, HIGH FRUCTOSE CORN SYRUP, CORN SYRUP, SALT, SPICE, ONION POWDER, NATURAL FLAVORING.", "sugar corn", ""),
    ("label", "Chobani Greek Yogurt Plain Non-Fat 32oz  Only natural ingredients  Nutrition Facts serving 3/4 cup (170g) Calories 90 Total Fat 0g Total Carb 6g Total Sugars 4g Includes 0g Added Sugars Protein 16g  INGREDIENTS: CULTURED NONFAT MILK. CONTAINS LIVE AND ACTIVE CULTURES: S. THERMOPHILUS, L. BULGARICUS, L. ACIDOPHILUS, BIFIDUS AND L. CASEI. CONTAINS: MILK", "dairy", ""),  # why: the 4g sugars are the milk's own lactose, no added sugar
    ("label", "DORITOS Nacho Cheese Flavored Tortilla Chips  INGREDIENTS: CORN, VEGETABLE OIL (CORN, CANOLA, AND/OR SUNFLOWER OIL), MALTODEXTRIN (MADE FROM CORN), SALT, CHEDDAR CHEESE (MILK, CHEESE CULTURES, SALT, ENZYMES), WHEY, MONOSODIUM GLUTAMATE, BUTTERMILK, ROMANO CHEESE (PART-SKIM COW'S MILK, CHEESE CULTURES, SALT, ENZYMES), WHEY PROTEIN CONCENTRATE, ONION POWDER, CORN FLOUR, NATURAL AND ARTIFICIAL FLAVOR, DEXTROSE, TOMATO POWDER, LACTOSE, SPICES, ARTIFICIAL COLOR (YELLOW 6, YELLOW 5, RED 40), LACTIC ACID, CITRIC ACID, SUGAR, GARLIC POWDER, SKIM MILK, RED AND GREEN BELL PEPPER POWDER, DISODIUM INOSINATE, AND DISODIUM GUANYLATE. CONTAINS MILK INGREDIENTS.", "corn dairy sugar", ""),
    ("label", "Coca-Cola Classic 12 FL OZ (355 mL)  CARBONATED WATER, HIGH FRUCTOSE CORN SYRUP, CARAMEL COLOR, PHOSPHORIC ACID, NATURAL FLAVORS, CAFFEINE.  Calories 140  Total Sugars 39g Incl. 39g Added Sugars", "sugar corn", ""),
    ("label", "Hellmann's Real Mayonnaise  Ingredients: Soybean Oil, Water, Whole Eggs and Egg Yolks, Vinegar, Salt, Sugar, Lemon Juice Concentrate, Natural Flavors, Calcium Disodium EDTA (Used to Protect Quality). CONTAINS: EGG", "soy sugar", ""),  # why: soybean oil is named as the oil; lemon juice concentrate is acid, not sweetener
    ("label", "Silk Original Soymilk  Dairy free, gluten free  INGREDIENTS: SOYMILK (FILTERED WATER, SOYBEANS), CANE SUGAR, CONTAINS 2% OR LESS OF: VITAMINS & MINERALS (CALCIUM CARBONATE, VITAMIN A PALMITATE, VITAMIN D2, RIBOFLAVIN [B2], VITAMIN B12), SEA SALT, GELLAN GUM, NATURAL FLAVOR. CONTAINS: SOY", "soy sugar", ""),
    ("label", "Nasoya Organic Firm Tofu  Ingredients: Water, Organic Soybeans, Calcium Sulfate, Magnesium Chloride (Nigari). Contains: Soy. Keep refrigerated. Once opened cover with fresh water and use within 3 days.", "soy", ""),
    ("label", "San-J Tamari Gluten Free Soy Sauce  Brewed with 100% soy, no wheat  INGREDIENTS: WATER, SOYBEANS, SALT, ALCOHOL (TO PRESERVE FRESHNESS). CONTAINS: SOY. Certified Gluten-Free by GFCO", "soy", ""),  # why: wheat-free tamari, soy only
    ("label", "Kikkoman Naturally Brewed Soy Sauce 10 fl oz  Ingredients: water, wheat, soybeans, salt, sodium benzoate: less than 1/10 of 1% as a preservative. Contains: wheat, soy", "soy wheat", ""),
    ("label", "Nature Valley Crunchy Granola Bars Oats 'n Honey  12 bars  INGREDIENTS: Whole Grain Oats, Sugar, Canola Oil, Rice Flour, Honey, Salt, Brown Sugar Syrup, Soy Lecithin, Baking Soda, Natural Flavor. CONTAINS SOY INGREDIENTS. MAY CONTAIN PEANUT, ALMOND AND PECAN INGREDIENTS.", "sugar soy", ""),
    ("label", "LAY'S Classic Potato Chips  INGREDIENTS: POTATOES, VEGETABLE OIL (SUNFLOWER, CORN, AND/OR CANOLA OIL), SALT.  No artificial flavors  Gluten free", "", "corn"),  # why: corn oil is one of the and/or options
    ("label", "Skippy Creamy Peanut Butter  INGREDIENTS: ROASTED PEANUTS, SUGAR, HYDROGENATED VEGETABLE OIL (COTTONSEED, SOYBEAN AND RAPESEED OIL) TO PREVENT SEPARATION, SALT. ALLERGY INFORMATION: CONTAINS PEANUTS", "sugar soy", ""),
    ("label", "Smucker's Natural Creamy Peanut Butter  Stir before use  INGREDIENTS: PEANUTS, CONTAINS 1% OR LESS OF SALT.  Total sugars 2g  Includes 0g added sugars", "", ""),  # why: peanut butter is not dairy and this one is unsweetened
    ("label", "Kraft Singles American  PASTEURIZED PREPARED CHEESE PRODUCT  INGREDIENTS: CHEESE (MILK, CHEESE CULTURE, SALT, ENZYMES), WHEY, MILK PROTEIN CONCENTRATE, MILK, SODIUM CITRATE, CONTAINS LESS THAN 2% OF CALCIUM PHOSPHATE, SALT, LACTIC ACID, SORBIC ACID AS A PRESERVATIVE, MILKFAT, APOCAROTENAL, ANNATTO, VITAMIN D3, ENZYMES, CHEESE CULTURE.", "dairy", ""),
    ("label", "Mission Flour Tortillas Soft Taco  INGREDIENTS: ENRICHED BLEACHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), WATER, VEGETABLE SHORTENING (INTERESTERIFIED SOYBEAN OIL, HYDROGENATED SOYBEAN OIL AND/OR PALM OIL), CONTAINS 2% OR LESS OF: SALT, LEAVENING (SODIUM BICARBONATE, SODIUM ALUMINUM SULFATE, CORNSTARCH, MONOCALCIUM PHOSPHATE), SUGAR, DISTILLED MONOGLYCERIDES, ENZYMES, WHEAT STARCH, CALCIUM PROPIONATE, SORBIC ACID, FUMARIC ACID, CELLULOSE GUM. CONTAINS: WHEAT", "wheat soy sugar corn", ""),
    ("label", "Mission Yellow Corn Tortillas  Gluten Free  INGREDIENTS: CORN MASA FLOUR (PROCESSED WITH LIME), WATER, CONTAINS 2% OR LESS OF: CELLULOSE GUM, PROPIONIC ACID AND BENZOIC ACID (TO MAINTAIN FRESHNESS), PHOSPHORIC ACID, DEXTROSE, GUAR GUM, AMYLASE.", "corn sugar", ""),
    ("label", "Yoplait Original Strawberry Low Fat Yogurt 6oz  INGREDIENTS: CULTURED GRADE A LOW FAT MILK, SUGAR, STRAWBERRIES, MODIFIED CORN STARCH, CONTAINS 1% OR LESS OF: NATURAL FLAVOR, PECTIN, COLORED WITH CARMINE, VITAMIN A ACETATE, VITAMIN D3.", "dairy sugar corn", ""),
    ("label", "Beyond Burger plant-based patties  No GMOs, no soy, no gluten  INGREDIENTS: WATER, PEA PROTEIN*, EXPELLER-PRESSED CANOLA OIL, REFINED COCONUT OIL, RICE PROTEIN, NATURAL FLAVORS, DRIED YEAST, COCOA BUTTER, METHYLCELLULOSE, AND LESS THAN 1% OF POTATO STARCH, SALT, POTASSIUM CHLORIDE, BEET JUICE COLOR, APPLE EXTRACT, POMEGRANATE CONCENTRATE, SUNFLOWER LECITHIN, VINEGAR, LEMON JUICE CONCENTRATE, VITAMINS AND MINERALS. *PEAS ARE LEGUMES. PEOPLE WITH SEVERE ALLERGIES TO LEGUMES LIKE PEANUTS SHOULD BE CAUTIOUS", "", ""),  # why: cocoa butter is not dairy; sunflower lecithin is not soy
    ("label", "IMPOSSIBLE Burger  Made from plants  INGREDIENTS: WATER, SOY PROTEIN CONCENTRATE, COCONUT OIL, SUNFLOWER OIL, NATURAL FLAVORS, 2% OR LESS OF: POTATO PROTEIN, METHYLCELLULOSE, YEAST EXTRACT, CULTURED DEXTROSE, FOOD STARCH MODIFIED, SOY LEGHEMOGLOBIN, SALT, MIXED TOCOPHEROLS (ANTIOXIDANT), SOY PROTEIN ISOLATE, VITAMINS AND MINERALS. CONTAINS: SOY", "soy", "corn wheat sugar"),  # why: cultured dextrose is a preservative, trace sugar; modified starch source unnamed
    ("label", "Campbell's Condensed Chicken Noodle Soup  INGREDIENTS: CHICKEN STOCK, ENRICHED EGG NOODLES (WHEAT FLOUR, EGGS, NIACIN, FERROUS SULFATE, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), CHICKEN MEAT, WATER, CONTAINS LESS THAN 2% OF: SALT, CHICKEN FAT, MODIFIED FOOD STARCH, MONOSODIUM GLUTAMATE, HYDROLYZED CORN PROTEIN, VEGETABLE OIL, SOY PROTEIN ISOLATE, SODIUM PHOSPHATE, DEHYDRATED GARLIC, BETA CAROTENE FOR COLOR, CHICKEN FLAVOR. CONTAINS: WHEAT, EGG, SOY", "wheat soy corn", ""),  # why: hydrolyzed corn protein names corn outright
    ("label", "Cheez-It Original baked snack crackers made with 100% real cheese  INGREDIENTS: ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, VITAMIN B1 [THIAMIN MONONITRATE], VITAMIN B2 [RIBOFLAVIN], FOLIC ACID), VEGETABLE OIL (HIGH OLEIC SOYBEAN, PALM, AND PALM KERNEL OIL WITH TBHQ FOR FRESHNESS), CHEESE MADE WITH SKIM MILK (SKIM MILK, WHEY PROTEIN, SALT, CHEESE CULTURES, ANNATTO EXTRACT FOR COLOR, ENZYMES), CONTAINS 2% OR LESS OF SALT, PAPRIKA, YEAST, PAPRIKA EXTRACT COLOR, SOY LECITHIN. CONTAINS WHEAT, MILK, SOY INGREDIENTS.", "wheat soy dairy", ""),
    ("label", "Pringles Original  INGREDIENTS: DRIED POTATOES, VEGETABLE OIL (CORN, COTTONSEED, HIGH OLEIC SOYBEAN, AND/OR SUNFLOWER OIL), DEGERMINATED YELLOW CORN FLOUR, CORNSTARCH, RICE FLOUR, MALTODEXTRIN, MONO- AND DIGLYCERIDES, SALT, WHEAT STARCH. CONTAINS WHEAT INGREDIENTS.", "corn wheat", "soy"),  # why: soybean oil is only one of the and/or options
    ("label", "Gatorade Thirst Quencher Fruit Punch 20 FL OZ  WATER, SUGAR, DEXTROSE, CITRIC ACID, SALT, SODIUM CITRATE, MONOPOTASSIUM PHOSPHATE, MODIFIED FOOD STARCH, NATURAL FLAVOR, RED 40, GLYCEROL ESTER OF ROSIN, CARAMEL COLOR.", "sugar", "corn wheat"),
    ("label", "Thai Kitchen Coconut Milk Unsweetened  Ingredients: Coconut extract, water, guar gum.  Dairy-free, gluten-free  Shake well", "", ""),
    ("label", "Blue Diamond Almond Breeze Unsweetened Original  INGREDIENTS: ALMONDMILK (FILTERED WATER, ALMONDS), CALCIUM CARBONATE, SEA SALT, POTASSIUM CITRATE, SUNFLOWER LECITHIN, GELLAN GUM, VITAMIN A PALMITATE, VITAMIN D2, D-ALPHA-TOCOPHEROL (NATURAL VITAMIN E). CONTAINS: ALMONDS. Dairy free Soy free Lactose free", "", ""),
    ("label", "Trident Sugar Free Gum Original Flavor 14pc  INGREDIENTS: SORBITOL, GUM BASE, MANNITOL, LESS THAN 2% OF: NATURAL AND ARTIFICIAL FLAVORING, GLYCERIN, ACESULFAME POTASSIUM, ASPARTAME, SOY LECITHIN, SUCRALOSE, BHT (TO MAINTAIN FRESHNESS). PHENYLKETONURICS: CONTAINS PHENYLALANINE.", "soy", "corn"),  # why: sugar free; soy lecithin named; sorbitol may be from corn
    ("label", "Diet Coke 12 fl oz can  CARBONATED WATER, CARAMEL COLOR, ASPARTAME, PHOSPHORIC ACID, POTASSIUM BENZOATE (TO PROTECT TASTE), NATURAL FLAVORS, CITRIC ACID, CAFFEINE. PHENYLKETONURICS: CONTAINS PHENYLALANINE  0 calories", "", "corn"),
    ("label", "Honey Nut Cheerios  Heart healthy*  INGREDIENTS: Whole Grain Oats, Sugar, Oat Bran, Corn Starch, Honey, Brown Sugar Syrup, Salt, Tripotassium Phosphate, Canola and/or Rice Bran Oil, Natural Almond Flavor. Vitamin E (mixed tocopherols) Added to Preserve Freshness. Gluten free", "sugar corn", ""),
    ("label", "Eggo Homestyle Waffles  INGREDIENTS: ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, VITAMIN B1, VITAMIN B2, FOLIC ACID), WATER, VEGETABLE OIL (SOYBEAN, PALM), EGGS, SUGAR, LEAVENING (BAKING SODA, SODIUM ALUMINUM PHOSPHATE, MONOCALCIUM PHOSPHATE), CONTAINS 2% OR LESS OF SALT, WHEY, SOY LECITHIN. CONTAINS WHEAT, EGG, MILK AND SOY INGREDIENTS.", "wheat soy sugar dairy", ""),
    ("label", "SKITTLES Original Bite Size Candies  INGREDIENTS: SUGAR, CORN SYRUP, HYDROGENATED PALM KERNEL OIL; LESS THAN 2% OF: CITRIC ACID, TAPIOCA DEXTRIN, MODIFIED CORN STARCH, NATURAL AND ARTIFICIAL FLAVORS, COLORING (INCLUDES RED 40 LAKE, TITANIUM DIOXIDE...), SODIUM CITRATE, CARNAUBA WAX.", "sugar corn", ""),
    ("label", "SNICKERS 1.86oz  INGREDIENTS: MILK CHOCOLATE (SUGAR, COCOA BUTTER, CHOCOLATE, SKIM MILK, LACTOSE, MILKFAT, SOY LECITHIN, ARTIFICIAL FLAVOR), PEANUTS, CORN SYRUP, SUGAR, PALM OIL, SKIM MILK, LACTOSE, SALT, EGG WHITES, ARTIFICIAL FLAVOR. CONTAINS: PEANUTS, MILK, SOY, EGG", "dairy sugar soy corn", ""),
    ("label", "Premier Protein Chocolate Shake 11 fl oz  30g protein 1g sugar  INGREDIENTS: WATER, MILK PROTEIN CONCENTRATE, CALCIUM CASEINATE, LESS THAN 1% OF: COCOA PROCESSED WITH ALKALI, NATURAL AND ARTIFICIAL FLAVORS, CANOLA OIL, SOY LECITHIN, CELLULOSE GEL, CELLULOSE GUM, CARRAGEENAN, SUCRALOSE, ACESULFAME POTASSIUM, VITAMIN & MINERAL BLEND. CONTAINS MILK AND SOY", "dairy soy", ""),  # why: sweetened with sucralose, no sugar
    ("label", "Green Giant Whole Kernel Sweet Corn  No salt added  Ingredients: Corn, Water.", "corn", ""),
    ("label", "Sun-Maid California Sun-Dried Raisins  Ingredients: Raisins. 100% natural, no sugar added", "", ""),
    ("label", "Pepperidge Farm Goldfish Cheddar  Baked with real cheese  INGREDIENTS: ENRICHED WHEAT FLOUR (FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), CHEDDAR CHEESE ([CULTURED MILK, SALT, ENZYMES], ANNATTO), VEGETABLE OILS (CANOLA, SUNFLOWER AND/OR SOYBEAN), SALT, CONTAINS 2% OR LESS OF: YEAST, SUGAR, AUTOLYZED YEAST EXTRACT, SPICES, CELERY, ONION POWDER, MONOGLYCERIDES. CONTAINS: WHEAT, MILK", "wheat dairy sugar", "soy"),
    ("label", "Kraft Smooth Peanut Butter (Canada) 1kg  INGREDIENTS: SELECTED PEANUTS, HYDROGENATED VEGETABLE OIL, SUGAR, SALT, MONO- AND DIGLYCERIDES. CONTAINS: PEANUTS. Product of Canada", "sugar", "soy corn"),
    ("label", "Coffee mate Original Powder  non-dairy creamer  INGREDIENTS: CORN SYRUP SOLIDS, HYDROGENATED VEGETABLE OIL (COCONUT AND/OR PALM KERNEL AND/OR SOYBEAN), AND LESS THAN 2% OF SODIUM CASEINATE (A MILK DERIVATIVE)**, MONO- AND DIGLYCERIDES, DIPOTASSIUM PHOSPHATE, SODIUM ALUMINOSILICATE, ARTIFICIAL FLAVOR, ANNATTO COLOR. **NOT A SOURCE OF LACTOSE", "corn sugar dairy", "soy"),  # why: 'non-dairy' but sodium caseinate is a milk protein
    ("label", "Clover Sonoma whole milk half gallon  Ingredients: organic grade A milk, vitamin D3. Sugars 12g per cup", "dairy", ""),
    ("label", "Earth Balance Soy Free Buttery Spread  Dairy free  Gluten free  Ingredients: Natural Oil Blend (Palm Fruit, Canola, Safflower, Flaxseed and Olive Oils), Water, Contains Less Than 2% of Salt, Natural Flavor, Pea Protein, Sunflower Lecithin, Lactic Acid (non-dairy), Annatto Color.", "", ""),
    ("label", "Coconut Secret Coconut Aminos soy-free seasoning sauce  Ingredients: organic coconut tree sap aged and blended with sun-dried sea salt. Gluten free Soy free", "", "sugar"),  # why: coconut sap is a natural sweetener, flag as possible
    ("label", "Thomas' Plain Bagels 6ct  INGREDIENTS: ENRICHED WHEAT FLOUR (FLOUR, MALTED BARLEY FLOUR, NIACIN, IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), WATER, SUGAR, YEAST, CONTAINS 2% OR LESS OF: WHEAT GLUTEN, SALT, CORNMEAL, CALCIUM PROPIONATE, SORBIC ACID, SOYBEAN OIL. CONTAINS: WHEAT MAY CONTAIN SESAME, MILK", "wheat sugar corn soy", "dairy"),
]

# --- Labels: UK, Ireland, Australia, New Zealand ---
BLIND32_CASES += [
    ("label", "Heinz Tomato Ketchup 460g  Ingredients: Tomatoes (148g per 100g Tomato Ketchup), Spirit Vinegar, Sugar, Salt, Spice and Herb Extracts (contain Celery), Spice. Suitable for vegetarians & vegans", "sugar", ""),
    ("label", "Heinz Beanz in a rich tomato sauce 415g  INGREDIENTS: Beans (51%), Tomatoes (34%), Water, Sugar, Spirit Vinegar, Modified Cornflour, Salt, Spice Extracts, Herb Extract. Typical values per 1/2 can: Energy 164kcal Fat 0.4g Carbohydrate 25g of which sugars 9.4g Fibre 7.7g Protein 9.6g Salt 1.1g", "sugar corn", ""),
    ("label", "Kellogg's Corn Flakes 500g  Ingredients: Maize (90%), Sugar, Barley Malt Flavouring, Salt, Vitamins (...), Iron. ALLERGY ADVICE: for allergens see ingredients in bold. May contain traces of nuts.", "corn sugar", "wheat"),  # why: barley malt flavouring, possibly wheat per domain
    ("label", "Coca-Cola Original Taste 330ml  Ingredients: Carbonated Water, Sugar, Colour (Caramel E150d), Acid (Phosphoric Acid), Natural Flavourings including Caffeine. HIGH CAFFEINE CONTENT. Per 100ml: Energy 180kJ/42kcal Carbohydrate 10.6g of which sugars 10.6g", "sugar", "corn"),
    ("label", "McVitie's The Original Digestive  Ingredients: Flour (38%) (Wheat Flour, Calcium, Iron, Niacin, Thiamin), Wholemeal Wheat Flour (26%), Vegetable Oil (Palm), Sugar, Partially Inverted Sugar Syrup, Raising Agents (Sodium Bicarbonate, Malic Acid, Ammonium Bicarbonate), Salt. May contain Milk, Oats.", "wheat sugar", "dairy"),
    ("label", "Walkers Cheese & Onion Crisps 6x25g  Ingredients: Potatoes, Vegetable Oils (Sunflower, Rapeseed, in varying proportions), Cheese & Onion Seasoning [Dried Milk Whey, Dried Onion, Salt, Dextrose, Dried Cheese (from Milk), Potassium Chloride, Flavour Enhancer (Monosodium Glutamate), Yeast Extract, Flavourings, Colours (Annatto, Paprika Extract), Acid (Citric Acid)]. ALLERGY ADVICE: contains Milk. Made in a nut free environment.", "dairy sugar", "corn"),
    ("label", "Heinz Cream of Tomato Soup 400g  Ingredients: Tomatoes (84%), Water, Modified Cornflour, Sugar, Rapeseed Oil, Salt, Milk Proteins, Cream (Milk), Spice Extracts, Herb Extract, Citric Acid, Garlic Extract.", "corn sugar dairy", ""),
    ("label", "Marmite Yeast Extract 250g  Love it or hate it  INGREDIENTS: Yeast Extract (contains Barley, Wheat, Oats, Rye), Salt, Vegetable Juice Concentrate, Vitamins (Thiamin, Riboflavin, Niacin, Folic Acid, Vitamin B12), Natural Flavouring (contains Celery).", "wheat", ""),
    ("label", "Warburtons Toastie Thick Sliced White Bread 800g  Ingredients: Wheat Flour [with Calcium, Iron, Niacin (B3) and Thiamin (B1)], Water, Yeast, Salt, Soya Flour, Preservative: E282, Emulsifiers: E471, E472e, Vegetable Oils and Fats (Rapeseed and Palm), Spirit Vinegar, Flour Treatment Agent: Ascorbic Acid (Vitamin C). ALLERGY INFORMATION: For allergens including cereals containing gluten, see ingredients in bold.", "wheat soy", ""),
    ("label", "Schär Gluten Free White Bread Deli Style Sliced  Gluten free  Wheat free  Ingredients: Water, Maize Starch, Sourdough (Rice Flour, Water), Rice Flour, Rice Syrup, Vegetable Fibres (Psyllium, Apple), Sunflower Oil, Yeast, Thickener: Hydroxypropyl Methylcellulose; Salt, Millet Flour, Buckwheat Flour, Honey. May contain traces of soya.", "corn sugar", "soy"),  # why: rice syrup is an added sugar; honey too
    ("label", "Tesco Free From White Sliced Loaf 400g  FREE FROM GLUTEN, WHEAT & MILK  Ingredients: Water, Potato Starch, Tapioca Starch, Rice Flour, Rapeseed Oil, Psyllium Husk Powder, Maize Flour, Sugar, Bamboo Fibre, Yeast, Thickener (Xanthan Gum), Salt, Dried Egg White.", "corn sugar", ""),
    ("label", "Tim Tam Original 200g  Arnott's  INGREDIENTS: CHOCOLATE (45%) [SUGAR, VEGETABLE OIL, MILK SOLIDS, COCOA MASS, COCOA BUTTER, EMULSIFIERS (SOY LECITHIN, 476), FLAVOUR], WHEAT FLOUR, SUGAR, VEGETABLE OIL, GLUCOSE SYRUP, GOLDEN SYRUP, COCOA, SALT, MILK SOLIDS, BAKING POWDER, EMULSIFIER (SOY LECITHIN). CONTAINS WHEAT, MILK AND SOY. MAY CONTAIN PEANUT, TREE NUTS, SESAME.", "wheat dairy sugar soy", "corn"),
    ("label", "VEGEMITE 380g  Australia's favourite spread  INGREDIENTS: YEAST EXTRACT (FROM YEAST GROWN ON BARLEY AND WHEAT), SALT, MINERAL SALT (508), MALT EXTRACT (FROM BARLEY), COLOUR (150c), FLAVOUR ENHANCERS (621, 635), VITAMINS (THIAMINE, RIBOFLAVIN, NIACIN, FOLATE). CONTAINS GLUTEN.", "wheat", "corn"),  # why: colour 150c is caramel colour
    ("label", "Cadbury Dairy Milk 180g (Australia)  A glass and a half of full cream milk in every 200g  INGREDIENTS: SUGAR, MILK SOLIDS (26%), COCOA BUTTER, COCOA MASS, EMULSIFIERS (SOY LECITHIN, 476), FLAVOURS. MILK CHOCOLATE CONTAINS COCOA SOLIDS 26% MINIMUM. CONTAINS MILK AND SOY. MAY CONTAIN WHEAT, PEANUT, TREE NUTS.", "dairy sugar soy", "wheat"),
    ("label", "Whittaker's Creamy Milk 250g  Made in New Zealand  Ingredients: Milk Solids (36%), Sugar, Cocoa Butter, Cocoa Mass, Emulsifier (Soya Lecithin), Flavour. Contains milk and soy. May contain nuts and peanuts. Cocoa solids 33% min.", "dairy sugar soy", ""),
    ("label", "Arnott's Shapes Barbecue 175g  INGREDIENTS: WHEAT FLOUR, VEGETABLE OIL, SEASONING (9%) (RICE FLOUR, SALT, SUGAR, FLAVOUR ENHANCERS (621, 635), MALTODEXTRIN (FROM MAIZE), YEAST EXTRACT, SPICES, ONION, TOMATO POWDER, GARLIC, COLOUR (PAPRIKA OLEORESIN), VEGETABLE OIL, NATURAL FLAVOUR), SALT, BAKING SODA, BARLEY MALT EXTRACT, EMULSIFIER (SOY LECITHIN), YEAST. CONTAINS WHEAT, SOY. MAY CONTAIN MILK, PEANUT, TREE NUTS, SESAME, EGG.", "wheat sugar corn soy", "dairy"),
    ("label", "Uncle Tobys Oats Quick Sachets Golden Syrup 10 x 34g  INGREDIENTS: WHOLEGRAIN ROLLED OATS (70%), SUGAR, GOLDEN SYRUP (6%), MILK SOLIDS, NATURAL FLAVOUR, SALT, MINERAL (CALCIUM CARBONATE). CONTAINS GLUTEN, MILK. MAY CONTAIN TRACES OF WHEAT.", "sugar dairy", "wheat"),  # why: 'contains gluten' here refers to oats; wheat is only a may-contain
    ("label", "Müller Corner Strawberry 124g  Ingredients: Yogurt (Milk), Sugar, Strawberries (10%), Water, Cornflour, Concentrated Lemon Juice, Stabiliser (Pectins), Acidity Regulator (Sodium Citrates), Flavouring, Colour (Carmine).", "dairy sugar corn", ""),
    ("label", "Alpro Plain No Sugars Soya alternative to yogurt 500g  Ingredients: Water, Hulled Soya Beans (10.7%), Calcium (Tri-calcium phosphate), Acidity Regulator (Sodium Citrates, Citric Acid), Stabiliser (Pectins), Vitamins (B12, D2), Yogurt Cultures. Dairy free. Naturally low in sugars.", "soy", "corn"),  # why: citric acid, domain says possible corn
    ("label", "Moo Free Original Bar  dairy free chocolate  FREE FROM DAIRY, GLUTEN & SOYA  Ingredients: Sugar, Cocoa Butter, Rice Powder (21%), Cocoa Mass, Inulin, Emulsifier: Sunflower Lecithin, Natural Vanilla Flavouring. Cocoa solids 37% minimum", "sugar", ""),  # why: cocoa butter is not dairy
    ("label", "Flora Plant B+tter Unsalted  100% plant based, dairy free  Ingredients: Plant Oils (Shea*, Rapeseed, Coconut) (79%), Water, Faba Bean Preparation, Emulsifier (Sunflower Lecithin), Natural Flavouring. *Rainforest Alliance Certified", "", ""),
    ("label", "Lurpak Spreadable Slightly Salted 500g  Ingredients: Butter (69%) (Milk), Rapeseed Oil, Water, Salt (1.2%), Lactic Culture (Milk). Allergy advice: for allergens see bold", "dairy", ""),
    ("label", "Quorn Mince 300g  Meat free, soy free  INGREDIENTS: Mycoprotein (92%), Rehydrated Free Range Egg White, Firming Agents: Calcium Chloride, Calcium Acetate; Barley Malt Extract.", "", "wheat"),  # why: barley malt extract, domain says malt is often with wheat
    ("label", "Brennans Family Pan 800g  Ireland's favourite  Ingredients: Wheat Flour, Water, Yeast, Salt, Vegetable Oil (Rapeseed), Soya Flour, Emulsifiers (E471, E472e), Preservative (Calcium Propionate), Flour Treatment Agent (Ascorbic Acid). May contain traces of sesame.", "wheat soy", ""),
    ("label", "Hovis Granary Wholemeal  Ingredients: Wholemeal Wheat Flour, Water, Malted Wheat Flakes (9%), Wheat Protein, Yeast, Salt, Malted Barley Flour, Spirit Vinegar, Soya Flour, Emulsifier (E472e), Caramelised Sugar, Vegetable Oils (Rapeseed and Sustainable Palm), Flour Treatment Agent. ALLERGENS in bold", "wheat soy sugar", ""),
    ("label", "Knorr Chicken Stock Cubes 8 x 10g  Ingredients: Salt, Potato Starch, Flavour Enhancers (Monosodium Glutamate, Disodium Inosinate), Palm Fat, Flavourings (contain Wheat), Sugar, Chicken Fat (2.5%), Yeast Extract, Dried Chicken, Colour (Plain Caramel), Turmeric, Parsley. May contain Celery, Egg, Milk, Mustard.", "wheat sugar", "corn dairy"),
    ("label", "Haribo Starmix 160g  Ingredients: Glucose Syrup, Sugar, Gelatine, Dextrose, Fruit Juice from Concentrate: Apple, Raspberry, Strawberry, Blackcurrant; Acid: Citric Acid; Fruit and Plant Concentrates: Spirulina, Apple...; Flavouring; Glazing Agents: Beeswax, Carnauba Wax; Elder Extract, Invert Sugar Syrup, Caramelised Sugar Syrup. May contain milk.", "sugar", "corn dairy"),
    ("label", "Tesco Reduced Fat Houmous 200g  INGREDIENTS: Cooked Chickpeas (50%) (Water, Chickpeas), Water, Rapeseed Oil, Tahini (Sesame Seed Paste) (8%), Concentrated Lemon Juice, Garlic Purée, Salt, Preservative (Potassium Sorbate). ALLERGY ADVICE: contains Sesame", "", ""),
    ("label", "Pot Noodle Chicken & Mushroom 90g  INGREDIENTS: Dried Noodles (70%) (Wheat Flour, Palm Oil, Salt), Maltodextrin, Flavourings (contain Milk, Celery), Dried Vegetables (Peas, Sweetcorn, Mushroom), Flavour Enhancers, Salt, Potato Starch, Sugar, Dried Chicken (0.7%), Yeast Extract, Parsley, Turmeric, Dried Glucose Syrup. May contain Egg, Mustard, Soya.", "wheat dairy corn sugar", "soy"),  # why: sweetcorn in the veg names corn outright
    ("label", "Walkers Shortbread Fingers  Pure butter  INGREDIENTS: WHEAT FLOUR, BUTTER (MILK) (31%), SUGAR, SALT. No artificial colours, flavours or preservatives", "wheat dairy sugar", ""),
    ("label", "Oatly Oat Drink Barista Edition 1L  Ingredients: Oat base (water, oats 10%), rapeseed oil, acidity regulator (dipotassium phosphate), minerals (calcium carbonate, tricalcium phosphate, sodium iodide), salt, vitamins (D2, riboflavin, B12). Contains gluten (oats). per 100ml: sugars 3.4g", "", ""),  # why: the sugars come from oat enzymes, not added; oats are not wheat
    ("label", "Weet-Bix 575g Sanitarium  INGREDIENTS: WHOLEGRAIN WHEAT (97%), RAW SUGAR, SALT, BARLEY MALT EXTRACT, VITAMINS (NIACIN, THIAMIN, RIBOFLAVIN, FOLATE), MINERAL (IRON). CONTAINS GLUTEN (WHEAT, BARLEY).", "wheat sugar", ""),
    ("label", "Ingrediants: Fortifed Wheat Flour (Wheat Fl0ur, Calcium Carb0nate, Ir0n, Niacin, Thiamin), Sugar, Palm Oil, Chocolate Chips (12%) [Sugar, Cocoa Mass, Cocoa Butter, Emulsifier (S0ya Lecithin)], Glucose-Fructose Syrup, Raising Agents, Salt, Flavouring. Contains: whcat, soya. May contain: m1lk, egg. Supermarket own brand choc chip cookies 200g", "wheat sugar soy", "dairy corn"),  # why: OCR errors; glucose-fructose syrup may be corn
    ("label", "Kettle Chips Sea Salt & Balsamic Vinegar of Modena  Ingredients: Potatoes, Sunflower Oil, Sea Salt & Balsamic Vinegar of Modena Seasoning [Rice Flour, Sea Salt, Balsamic Vinegar of Modena (Wine Vinegar, Concentrated Grape Must), Sugar, Yeast Extract, Natural Flavouring, Acid (Citric Acid)]. Gluten free", "sugar", "corn"),
    ("label", "Rachel's Organic Greek Style Natural Yogurt 450g  Ingredients: Organic Whole Milk, Organic Cream (Milk), Live Cultures. No added sugar. Per 100g Carbohydrate 4.1g of which sugars 4.1g", "dairy", ""),
    ("label", "Aldi Specially Selected Sourdough 400g  INGREDIENTS: Wheat Flour (with Calcium, Iron, Niacin, Thiamin), Water, Wheat Sourdough (11%) (Fermented Wheat Flour, Water), Rye Flour, Salt.", "wheat", ""),
    ("label", "Bisto Gravy Granules Original 170g  Ingredients: Potato Starch, Maltodextrin, Salt, Palm Oil, Wheat Flour, Colour (Ammonia Caramel), Flavourings (contain Barley), Flavour Enhancers (E621, E635), Emulsifier (Soya Lecithin). For allergens see ingredients in bold", "wheat soy", "corn"),
]

# --- Labels: continental Europe, own languages ---
BLIND32_CASES += [
    ("label", "Milka Alpenmilch 100g  Zutaten: Zucker, Kakaobutter, Magermilchpulver, Kakaomasse, Süßmolkenpulver, Butterreinfett, Haselnussmasse, Emulgator (Sojalecithine), Aroma. Kakao: 30 % mindestens in der Milchschokolade. Kann Weizen enthalten. Nährwerte je 100 g: Energie 2224 kJ / 532 kcal, Fett 29 g, davon gesättigte Fettsäuren 18 g, Kohlenhydrate 59 g, davon Zucker 58 g, Eiweiß 6,3 g, Salz 0,37 g", "sugar dairy soy", "wheat"),
    ("label", "Harry 1688 Steinofen Vollkornbrot 500g  Zutaten: Vollkornroggenschrot 49%, Wasser, Vollkornweizenmehl 8%, Roggenvollkornsauerteig, Zuckerrübensirup, Jodsalz, Hefe. Kann Spuren von Sesam und Soja enthalten.", "wheat sugar", "soy"),
    ("label", "Dr. Oetker Ristorante Pizza Mozzarella  Zutaten: Weizenmehl, Tomatenmark, Mozzarella 18%, Wasser, Käse, Rapsöl, Hefe, Speisesalz, Zucker, Kräuter, Gewürze, Knoblauch. Kann Spuren von Ei, Fisch, Soja und Senf enthalten. Tiefgefroren bei -18°C lagern.", "wheat dairy sugar", "soy"),
    ("label", "Alpro Soja Drink Original 1L  Zutaten: Wasser, geschälte Sojabohnen (5,9%), Zucker, Säureregulator (Kaliumphosphate), Calcium (Calciumcarbonat), Speisesalz, Stabilisator (Gellan), Vitamine (Riboflavin (B2), B12, E, D2). 100% pflanzlich, laktosefrei", "soy sugar", ""),
    ("label", "Glutenfreies Weißbrot 'Mein Sonnenbrot'  GLUTENFREI  Zutaten: Wasser, Weizenstärke (glutenfrei), Reismehl, Sonnenblumenöl, Zucker, Hefe, Verdickungsmittel: Guarkernmehl, Hydroxypropylmethylcellulose; Speisesalz, Ballaststoffe (Flohsamenschalen). Glutengehalt < 20 mg/kg", "wheat sugar", ""),  # why: gluten-free but the ingredient list names wheat starch, so wheat is eaten
    ("label", "Bonne Maman Confiture Fraises 370g  Ingrédients : fraises, sucre de canne, sucre, jus de citron concentré, gélifiant : pectine de fruits. Préparé avec 50 g de fruits pour 100 g. Teneur totale en sucres 60 g pour 100 g.", "sugar", ""),
    ("label", "Président Camembert 250g  Ingrédients : lait pasteurisé de vache, sel, ferments lactiques et d'affinage, coagulant microbien. Contient : lait. 45% MG sur produit fini", "dairy", ""),
    ("label", "LU Petit Beurre  Ingrédients : farine de blé 70,5%, sucre, beurre pâtissier 13,6% (lait), lait écrémé en poudre 1,3%, sel, poudres à lever (carbonate acide de sodium, carbonate acide d'ammonium), acidifiant (acide citrique). Peut contenir traces d'oeuf et de fruits à coque.", "wheat sugar dairy", "corn"),
    ("label", "Barilla Spaghetti n.5 500g  Ingredienti: semola di grano duro, acqua. Può contenere tracce di soia e senape. Valori nutrizionali per 100 g: Energia 1521 kJ / 359 kcal, Grassi 2 g, Carboidrati 71 g di cui zuccheri 3,5 g, Proteine 12,5 g", "wheat", "soy"),
    ("label", "Barilla Spaghetti Senza Glutine  Ingredienti: farina di mais bianco (62%), farina di mais giallo (29%), farina di riso integrale, farina di riso, emulsionante: mono- e digliceridi degli acidi grassi. Senza glutine. Prodotto in uno stabilimento che utilizza soia.", "corn", "soy"),
    ("label", "Pan di Stelle Mulino Bianco  Ingredienti: farina di frumento, zucchero, olio di palma, cacao magro in polvere 8%, latte scremato in polvere, miele, agenti lievitanti (carbonato acido di ammonio, carbonato acido di sodio), sale, emulsionante: lecitina di soia, aromi, nocciole 0,5%. Decorazione (zucchero, amido di riso). Può contenere uova e altra frutta a guscio.", "wheat sugar dairy soy", ""),
    ("label", "Cola Cao Original 760g  Ingredientes: azúcar, cacao desgrasado soluble (cacao desgrasado, corrector de acidez: carbonato potásico), harina de trigo y cebada malteadas, sal, aroma. Puede contener leche. Contiene gluten.", "sugar wheat", "dairy"),
    ("label", "Bimbo Pan de Molde Sin Corteza  Ingredientes: harina de trigo, agua, azúcar, aceite de girasol, levadura, gluten de trigo, sal, harina de haba, emulgentes (E-471, E-481), conservador (E-282), corrector de acidez (E-262ii), antioxidante (ácido ascórbico). Puede contener trazas de soja, sésamo y leche.", "wheat sugar", "soy dairy"),
    ("label", "De Ruijter Chocoladehagel Puur 390g  Ingrediënten: suiker, cacaomassa, cacaoboter, vetarm cacaopoeder, emulgator (sojalecithine), glansmiddel (arabische gom), aroma. Cacao: min. 32%. Kan melk bevatten.", "sugar soy", "dairy"),
    ("label", "Daelmans Stroopwafels 8st  Ingrediënten: tarwebloem, glucosestroop, suiker, palmvet, boter (melk), kandijsuiker, eieren, melasse, bakpoeder, zout, kaneel. Allergie-informatie: zie vetgedrukte ingrediënten. Kan sporen van noten en soja bevatten.", "wheat sugar dairy", "corn soy"),
    ("label", "Pierogi ruskie mrożone 450g  Składniki: mąka pszenna, woda, ziemniaki (25%), ser twarogowy (12%) (z mleka), cebula, olej rzepakowy, sól, pieprz czarny. Może zawierać: jaja, soję, seler.", "wheat dairy", "soy"),
    ("label", "Kabanosy wieprzowe 100 g  Skład: mięso wieprzowe (156 g mięsa na 100 g produktu), sól, glukoza, przyprawy, ekstrakty przypraw, białko wieprzowe, wzmacniacz smaku (glutaminian monosodowy), przeciwutleniacz (askorbinian sodu), konserwant (azotyn sodu). Produkt może zawierać: gorczycę, seler, soję, mleko.", "sugar", "corn soy dairy"),
    ("label", "Wasa Husman knäckebröd 520g  Ingredienser: fullkornsrågmjöl, salt, jäst. Kan innehålla spår av sesam. Fiberrik. Bäst före: se förpackningen", "", ""),  # why: pure rye crispbread, no wheat listed
    ("label", "FAGE Total 0% Strained Yoghurt 500g  Ingredients: Pasteurised skimmed cows' milk, live yoghurt cultures (L. bulgaricus, S. thermophilus, L. acidophilus, Bifidus, L. casei). Φτιαγμένο στην Ελλάδα", "dairy", ""),
    ("label", "Milbona Skyr Vanille 450g  Zutaten: Magermilch, Zucker 7%, modifizierte Stärke, Bourbon-Vanilleextrakt, Milchsäurebakterienkulturen, Lab. Kühl lagern.", "dairy sugar", "corn wheat"),  # why: unnamed modified starch
    ("label", "Schulstad Rugbrød Solsikke 1kg  Ingredienser: rugkerner, vand, fuldkornsrugmel 22%, solsikkekerner 10%, surdej, hvedemel, sirup, salt, gær, hørfrø. Kan indeholde spor af sesam.", "wheat sugar", ""),
    ("label", "Tatranky oříškové 47g  Složení: pšeničná mouka, cukr, rostlinný tuk (palmový), lískové oříšky 8%, syrovátka v prášku (z mléka), kakaový prášek, emulgátor: sójový lecitin; kypřicí látka, sůl, aroma. Může obsahovat stopy vajec, arašídů.", "wheat sugar dairy soy", ""),
    ("label", "Молоко цельное сгущённое с сахаром ГОСТ 380 г  Состав: молоко цельное, сахар. Массовая доля жира 8,5%. Пищевая ценность на 100 г: белки 7,2 г, жиры 8,5 г, углеводы 56 г", "dairy sugar", ""),
    ("label", "Ülker Çikolatalı Gofret 36 g  İçindekiler: Buğday unu, şeker, bitkisel yağ (palm), kakao tozu (%4), peynir altı suyu tozu, yağsız süt tozu, emülgatör (soya lesitini), kabartıcı (sodyum bikarbonat), tuz, aroma verici. Fındık, yumurta, susam içerebilir.", "wheat sugar dairy soy", ""),
    ("label", "TINE Gudbrandsdalsost brunost 500 g  Ingredienser: Myse, kumelk, fløte, geitmelk. Næringsinnhold per 100 g: Karbohydrat 39 g hvorav sukkerarter 39 g", "dairy", ""),  # why: the sweetness is caramelised whey lactose, nothing added
    ("label", "Ovomaltine Original 500g  Zutaten: Gerstenmalzextrakt 50%, kondensierte Magermilch, fettarmer Kakao, Zucker, Fruktose, Magnesiumphosphat, Calciumphosphat, Rapsöl, Vitamine, Salz, Aroma Vanillin. Enthält Gluten.", "dairy sugar", "wheat"),  # why: gluten here is from barley malt
    ("label", "Danone Activia Nature 4x125g  Ingrédients : lait entier, lait écrémé en poudre, ferments lactiques (dont Bifidobacterium). Sans sucres ajoutés", "dairy", ""),
    ("label", "Bonduelle Maïs doux sans sucres ajoutés 285g  Ingrédients : maïs doux, eau, sel.", "corn", ""),
    ("label", "Lidl Deluxe Panettone Classico 1kg  Ingredienti: farina di frumento, uvetta sultanina 16%, burro (latte) 15%, zucchero, tuorlo d'uovo, scorze d'arancia candite 9% (scorze d'arancia, sciroppo di glucosio-fruttosio, zucchero, correttore di acidità: acido citrico), lievito naturale (frumento), emulsionanti: mono- e digliceridi degli acidi grassi, miele, latte scremato in polvere, sale. Può contenere soia e frutta a guscio.", "wheat dairy sugar", "corn soy"),
    ("label", "Kinder Bueno 43g  Ingredienti: cioccolato al latte 31,5% (zucchero, burro di cacao, pasta di cacao, latte scremato in polvere, latte concentrato anidro, emulsionante: lecitine (soia), vanillina), zucchero, olio di palma, farina di frumento, nocciole 10,8%, latte scremato in polvere, latte intero in polvere, cioccolato, agenti lievitanti, emulsionante: lecitine (soia), sale, vanillina.", "dairy sugar soy wheat", ""),
]

# --- Labels: Asia ---
BLIND32_CASES += [
    ("label", "日清 カップヌードル 78g  名称：即席カップめん  原材料名：油揚げめん（小麦粉（国内製造）、植物油脂、食塩、チキンエキス、ポークエキス、しょうゆ、ポーク調味料、たん白加水分解物、香辛料）、スープ（糖類、粉末しょうゆ、豚脂、チキン調味料、ポーク調味料、たん白加水分解物、香辛料、メンマパウダー）、かやく（味付豚ミンチ、味付卵、味付えび、ねぎ）／加工でん粉、調味料（アミノ酸等）、炭酸Ca、カラメル色素、かんすい、増粘多糖類、カロチノイド色素、乳化剤、酸化防止剤（ビタミンE）、香料、くん液、酸味料、甘味料（スクラロース、アセスルファムK）、ビタミンB2、ビタミンB1、（一部に小麦・卵・えび・乳成分・豚肉・鶏肉・大豆・ゼラチンを含む）", "wheat soy sugar dairy", "corn"),  # why: 糖類 = sugars; allergen line names milk and soy; processed starch and caramel colour may be corn
    ("label", "グリコ ポッキーチョコレート  原材料名：小麦粉（国内製造）、砂糖、カカオマス、植物油脂、全粉乳、ショートニング、モルトエキス、でん粉、食塩、ココアバター、イースト／乳化剤、香料、膨脹剤、アナトー色素、調味料（無機塩）、（一部に乳成分・小麦・大豆を含む）", "wheat sugar dairy soy", "corn"),
    ("label", "キッコーマン 特選 丸大豆しょうゆ 750ml  原材料名：大豆（アメリカ又はカナダ）（遺伝子組換えでない）、小麦、食塩  本醸造", "soy wheat", ""),
    ("label", "ヤクルト 65ml×10本  原材料名：ぶどう糖果糖液糖、砂糖、脱脂粉乳、香料  乳酸菌飲料  栄養成分表示1本当たり エネルギー50kcal 炭水化物11.5g", "sugar dairy", "corn"),  # why: HFCS source not stated, usually corn
    ("label", "おかめ納豆 極小粒ミニ3  原材料名：丸大豆（アメリカ又はカナダ）（遺伝子組換えでない）、納豆菌 たれ：果糖ぶどう糖液糖、しょうゆ（小麦・大豆を含む）、醸造酢、食塩、砂糖、かつおぶしエキス、昆布エキス／調味料（アミノ酸等）、アルコール、ビタミンB1 からし：からし、醸造酢、食塩…", "soy wheat sugar", "corn"),
    ("label", "농심 신라면 120g  원재료명: 면-소맥분(밀:호주산, 미국산), 감자전분(독일산), 변성전분, 팜유, 정제염, 면류첨가알칼리제(산도조절제), 혼합제제, 녹차풍미유... 스프-정제염, 정백당, 간장분말, 마늘, 고춧가루, 육수맛분말, 후추, 표고버섯... 대두, 밀, 우유, 쇠고기, 오징어, 새우 함유", "wheat sugar soy dairy", "corn"),
    ("label", "빙그레 바나나맛우유 240ml  원재료명: 원유 85%, 정제수, 설탕, 바나나농축과즙 1%(고형분 20%), 카로틴(착색료), 합성향료(바나나향) 우유 함유", "dairy sugar", ""),
    ("label", "해찬들 태양초 고추장 500g  원재료명: 물엿(외국산), 고춧가루(중국산) 14%, 정제수, 소맥분(밀:미국산), 혼합양념, 메주분(대두), 정제소금, 주정, 종국  대두, 밀 함유", "sugar wheat soy", "corn"),  # why: 물엿 is starch syrup, usually corn
    ("label", "李锦记 旧庄特级蚝油 510g  配料：水、白砂糖、食用盐、蚝汁（蚝、水、食用盐）、谷氨酸钠、羟丙基二淀粉磷酸酯、小麦粉、焦糖色、5'-呈味核苷酸二钠  致敏物质提示：含有小麦、贝类", "sugar wheat", "corn"),
    ("label", "老干妈 风味豆豉油制辣椒 280g  配料：菜籽油、辣椒、豆豉、食用盐、白砂糖、味精、花椒。产品标准号 Q/LGM0001S", "soy sugar", ""),  # why: 豆豉 is fermented black soybean
    ("label", "康师傅 红烧牛肉面  面饼配料：小麦粉、精炼棕榈油、淀粉、食用盐、马铃薯淀粉… 调味粉包：食用盐、白砂糖、味精、香辛料、酱油粉（含大豆、小麦）… 酱包：牛油、植物油、豆瓣酱… 含有麸质谷物、大豆及其制品、乳制品", "wheat sugar soy dairy", "corn"),
    ("label", "伊利 纯牛奶 250mL  配料：生牛乳  蛋白质≥3.2g/100mL  营养成分表 能量 271kJ 碳水化合物 4.8g", "dairy", ""),
    ("label", "義美 古早味豆奶 250ml  成分：水、非基因改造黃豆、砂糖  過敏原資訊：本產品含有大豆", "soy sugar", ""),
    ("label", "MAMA Instant Noodles Tom Yum Shrimp Flavour 60g  Ingredients: Noodles (wheat flour 68%, palm oil, salt, tapioca starch, sugar, soy sauce), Seasoning (salt, sugar, monosodium glutamate, chilli powder, garlic powder, lime powder, shrimp powder), Chilli paste (soybean oil, chilli, garlic, shallot). Contains wheat, soybean, shrimp. Product of Thailand", "wheat sugar soy", ""),
    ("label", "Indomie Mi Goreng Fried Noodles 80g  Noodle: wheat flour, palm oil, tapioca starch, salt, thickener (guar gum). Seasoning powder: salt, sugar, flavour enhancer (621), garlic powder, onion powder, pepper. Seasoning oil: palm oil, onion. Sweet soy sauce: sugar, water, salt, soybean, wheat, sesame. Chilli sauce: chilli, sugar, salt, garlic, onion, vinegar. Fried onion. Contains: wheat, soybean, sesame.", "wheat sugar soy", ""),
    ("label", "Parle-G Gluco Biscuits 250g  Ingredients: Wheat Flour (Atta) (68%), Sugar, Edible Vegetable Oil (Palm), Invert Sugar Syrup, Raising Agents [503(ii), 500(ii)], Milk Solids, Iodised Salt, Emulsifiers [322, 471], Dough Conditioner (223). CONTAINS WHEAT, MILK. MAY CONTAIN SOY.", "wheat sugar dairy", "soy"),  # why: emulsifier 322 is lecithin, source not stated
    ("label", "Amul Pasteurised Butter 500g  Ingredients: Milk Fat, Common Salt, Permitted Natural Colour - Annatto. Utterly Butterly Delicious", "dairy", ""),
    ("label", "Haldiram's Aloo Bhujia 400g  Ingredients: Gram Pulse Flour (Besan) (37%), Edible Vegetable Oil (Cotton Seed, Corn and / or Palmolein Oil), Potatoes (24%), Moth Bean Flour, Iodised Salt, Spices & Condiments, Citric Acid. Contains: gram. May contain traces of milk, wheat.", "", "corn dairy wheat"),  # why: besan is chickpea, not wheat; corn oil is an option
    ("label", "Britannia Good Day Cashew Cookies  INGREDIENTS: Refined Wheat Flour (Maida), Sugar, Edible Vegetable Fat (Palm), Cashew (7%), Butter (2%), Invert Sugar Syrup, Milk Solids, Raising Agents, Iodised Salt, Emulsifiers (Soya Lecithin, Mono & Diglycerides), Artificial Flavours. CONTAINS WHEAT, MILK, NUTS, SOY", "wheat sugar dairy soy", ""),
    ("label", "MTR Rava Idli Mix 500g  Ingredients: Semolina (Wheat) (76%), Bengal Gram Dal, Edible Vegetable Oil (Refined Palmolein), Salt, Cashewnut, Dehydrated Coriander, Mustard, Curry Leaves, Sodium Bicarbonate, Citric Acid. Allergen info: contains wheat, cashew. May contain traces of milk, soy, peanut.", "wheat", "dairy soy corn"),
    ("label", "Nestlé Milo Activ-Go 400g (Malaysia)  Ingredients: Malt extract (barley) 45%, Milk solids, Sugar, Cocoa powder, Vegetable oil (palm), Minerals, Stabiliser (glucose syrup), Vitamins. Contains barley, milk, soy.", "dairy sugar soy", "wheat corn"),
    ("label", "Gardenia Classic White Bread (SG) 600g  Ingredients: Wheat Flour, Water, Sugar, Yeast, Vegetable Oil, Milk Powder, Salt, Emulsifiers (E471, E481), Flour Treatment Agent (E300), Preservative (E282). Allergen: contains gluten, milk. Mav contain traces of soy, sesame", "wheat sugar dairy", "soy corn"),  # why: OCR 'Mav'; unnamed vegetable oil
    ("label", "Vinamilk Sữa Đặc Ông Thọ 380g  Thành phần: đường tinh luyện, nước, sữa bột, chất béo sữa, dầu thực vật, lactose, chất nhũ hóa (lecithin (322)), ...", "sugar dairy", "soy corn"),  # why: unqualified lecithin and vegetable oil
]

# --- Labels: Latin America ---
BLIND32_CASES += [
    ("label", "Bimbo Pan Blanco Grande 680g (México)  Ingredientes: harina de trigo enriquecida, agua, azúcar, aceite vegetal, levadura, gluten de trigo, sal, emulsificantes (mono y diglicéridos, estearoil lactilato de sodio), propionato de calcio, ácido sórbico. CONTIENE: TRIGO (GLUTEN). PUEDE CONTENER: SOYA, LECHE, AJONJOLÍ. SELLO: EXCESO SODIO", "wheat sugar", "soy dairy corn"),
    ("label", "MASECA Harina de Maíz Nixtamalizado 1kg  Ingredientes: Maíz nixtamalizado, antioxidante: ácido fumárico. Consérvese en lugar fresco y seco. Libre de gluten", "corn", ""),
    ("label", "La Costeña Frijoles Bayos Refritos 580g  Ingredientes: frijoles bayos, agua, manteca vegetal, sal.", "", "soy corn"),  # why: vegetable shortening, oil source not stated
    ("label", "Takis Fuego  Ingredientes: harina de maíz nixtamalizado, aceite vegetal, sazonador [maltodextrina, sal, azúcar, glutamato monosódico, ácido cítrico, proteína de soya hidrolizada, color artificial (rojo 40 laca), especias], sal. CONTIENE: SOYA. PUEDE CONTENER: TRIGO, LECHE. EXCESO SODIO  EXCESO GRASAS SATURADAS", "corn sugar soy", "wheat dairy"),
    ("label", "Nescau 2.0 achocolatado em pó 370g  Ingredientes: açúcar, cacau em pó, maltodextrina, extrato de malte, minerais, emulsificante lecitina de soja, vitaminas, sal, aromatizante. ALÉRGICOS: CONTÉM DERIVADOS DE SOJA E CEVADA. PODE CONTER LEITE. CONTÉM GLÚTEN.", "sugar soy", "corn wheat dairy"),
    ("label", "Leite Moça Leite Condensado 395g  Ingredientes: leite integral, açúcar e lactose. ALÉRGICOS: CONTÉM LEITE E DERIVADOS. CONTÉM LACTOSE. NÃO CONTÉM GLÚTEN.", "dairy sugar", ""),
    ("label", "Yoki Pipoca para Micro-ondas Sabor Manteiga 100g  Ingredientes: milho de pipoca, gordura vegetal de palma, sal, aromatizante, corante natural urucum. ALÉRGICOS: PODE CONTER LEITE. NÃO CONTÉM GLÚTEN.", "corn", "dairy"),  # why: 'manteiga' is only the flavour name; palm fat named
    ("label", "La Serenísima Dulce de Leche Clásico 400g  Ingredientes: leche entera, azúcar, glucosa, bicarbonato de sodio, aromatizante (vainillina). Sin TACC", "dairy sugar", "corn"),
    ("label", "Colombina Bon Bon Bum fresa  Ingredientes: azúcar, jarabe de glucosa, acidulante (ácido cítrico), saborizante artificial, colorante rojo 40. Contiene chicle: base de goma, azúcar...", "sugar", "corn"),
    ("label", "Inca Kola 500ml  Ingredientes: agua carbonatada, azúcar, acidulante (ácido cítrico), saborizante, benzoato de sodio, colorante amarillo 5 (tartrazina). ALTO EN AZÚCAR", "sugar", "corn"),
    ("label", "Havanna Alfajor Chocolate  Ingredientes: dulce de leche (leche, azúcar, glucosa), cobertura sabor chocolate (azúcar, grasa vegetal, cacao, leche en polvo, emulsionante lecitina de soja), harina de trigo, azúcar, miel, almidón de maíz, huevo, manteca. Contiene gluten, leche, soja, huevo.", "dairy sugar soy wheat corn", ""),
    ("label", "Gansito Marinela  Ingredientes: azúcar, harina de trigo, grasa vegetal, jalea de fresa (jarabe de maíz de alta fructosa, fresa), cobertura sabor chocolate, crema pastelera (leche descremada, ...), huevo, cocoa, jarabe de maíz, sal, emulsificantes, (lecitina de soya). CONTIENE: TRIGO, LECHE, HUEVO, SOYA. EXCESO CALORÍAS, AZÚCARES, GRASAS SATURADAS", "sugar wheat corn dairy soy", ""),
]

# --- Labels: Africa and the Middle East ---
BLIND32_CASES += [
    ("label", "المكونات: دقيق القمح، سكر، زيت نباتي (نخيل)، حليب مجفف خالي الدسم، ملح، مستحلب (ليسيثين الصويا)، عامل رفع، منكهات. يحتوي على: قمح، حليب، صويا. قد يحتوي على آثار من المكسرات. بسكويت شاي 100 جرام", "wheat sugar dairy soy", ""),
    ("label", "Almarai Laban Full Fat 1L  Ingredients: Fresh Cow's Milk, Milk Powder, Stabilizer, Culture. Keep refrigerated 1-4°C  لبن كامل الدسم", "dairy", ""),
    ("label", "Al Wadi Tahini 100% sesame  Ingredients: Sesame seeds. طحينة", "", ""),
    ("label", "Osem Bamba Peanut Snack 80g  Ingredients: Peanuts (50%), Corn Grits, Palm Oil, Salt, Vitamins (Niacin, Thiamin, Folic Acid, Vitamin E), Iron. Contains peanuts. May contain sesame, soy, milk. במבה", "corn", "soy dairy"),
    ("label", "Nestlé Golden Morn Maize & Soya Cereal 900g (Nigeria)  Ingredients: Maize (corn) 50%, Sugar, Soya beans, Skimmed Milk Powder, Palm Olein, Minerals, Iodised Salt, Vitamins. Contains soy and milk.", "corn sugar soy dairy", ""),
    ("label", "Peak Evaporated Full Cream Milk 160g  Ingredients: Milk, Vitamins (A, D3), Stabilisers (Disodium Phosphate, Trisodium Citrate, Carrageenan). FrieslandCampina WAMCO Nigeria", "dairy", ""),
    ("label", "Ouma Buttermilk Rusks 500g  Ingredients: Wheat Flour, Sugar, Vegetable Fat, Buttermilk Powder (6%), Raising Agents, Salt, Emulsifier (Soya Lecithin), Preservative. ALLERGENS: WHEAT, GLUTEN, MILK, SOYA.", "wheat sugar dairy soy", "corn"),  # why: unnamed vegetable fat
    ("label", "Jungle Oats 1kg  100% wholegrain oats  Ingredients: Rolled Oats. Source of fibre. Made in a facility that handles wheat", "", "wheat"),  # why: shared-facility line treated like a may-contain
    ("label", "Jogoo Maize Meal 2kg  Fortified  Ingredients: Maize, Vitamins and Minerals premix. Unga wa Mahindi", "corn", ""),
    ("label", "Indomie Chicken Flavour Noodles (Nigeria) 70g  Ingredients: Noodles: wheat flour, vegetable oil, salt, stabilizer. Seasoning: salt, monosodium glutamate, sugar, dehydrated vegetables, spices, chicken flavour, hydrolysed vegetable protein. Chilli powder.", "wheat sugar", "soy corn"),
    ("label", "Ülker Halley 300g  İçindekiler: Bisküvi (buğday unu, şeker, bitkisel yağ, glikoz şurubu), marshmallow (glikoz şurubu, şeker, jelatin), sütlü çikolata kaplama (şeker, kakao yağı, süt tozu, emülgatör soya lesitini). Buğday, süt ve soya içerir. Fındık içerebilir.", "wheat sugar dairy soy", "corn"),
    ("label", "Dates 'Medjool' Al Barakah 500g  Ingredients: 100% Medjool dates. No added sugar. Product of Palestine", "", ""),
]
