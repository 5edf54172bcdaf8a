# ruff: noqa: E501
"""Blind labelled set 9: ordinary weeks logged by people in North America, UK/Ireland, Australia/NZ and South Africa."""

BLIND9_CASES: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------- Jen, suburban Ohio, mom of three, lowercase, kids' food
BLIND9_CASES += [
    ("meal", "breakfast: scrambled eggs w spinach + black coffee", "", ""),
    ("meal", "finished the kids leftover mac n cheese 🙈 the blue box kind", "wheat dairy", "corn"),  # why: Kraft cheese sauce mix has citric/lactic acids
    ("meal", "lunch - big salad w grilled chicken, cucumber, cherry tomatoes, olive oil and lemon", "", ""),
    ("meal", "crockpot pot roast w carrots + potatoes, used a packet of lipton onion soup mix 😬", "", "wheat corn soy sugar"),  # why: soup mix has cornstarch, sugar, soybean oil, possibly hydrolysed protein
    ("meal", "apple slices with jif pb", "sugar", "soy"),  # why: Jif lists sugar and molasses; hydrogenated oils include soybean
    ("meal", "apple slices w natural pb (just peanuts + salt)", "", ""),
    ("meal", "handful of goldfish while packing lunches lol", "wheat dairy", "soy sugar"),
    ("meal", "chick fil a grilled nuggets and a fruit cup. no sauce!", "", "corn soy sugar"),  # why: grilled nugget marinade/seasoning
    ("meal", "cfa 8ct nuggets + waffle fries w polynesian sauce, long day", "wheat sugar", "dairy corn soy"),  # why: breading is flour with milk wash; polynesian is a sweet sauce
    ("meal", "ate a kind bar in the target parking lot (dark chocolate nuts & sea salt)", "sugar", "dairy corn soy"),
    ("meal", "tacos w ground turkey, lettuce, pico, avocado on corn tortillas. skipped cheese + sour cream", "corn", ""),
    ("meal", "leftover taco meat in lettuce cups, no tortillas today", "", "wheat corn sugar"),  # why: taco seasoning packets often have starch/maltodextrin/sugar
    ("meal", "coffee w a splash of coffee mate french vanilla", "sugar", "dairy corn soy"),  # why: non-dairy creamer: caseinate possible, soybean oil
    ("meal", "oops that was the sugar free coffee mate not the regular one", "", "dairy corn soy"),
    ("meal", "dinner sheet pan salmon, roasted broccoli and sweet potato", "", ""),
    ("meal", "pizza friday 🍕 2 slices of papa johns pepperoni", "wheat dairy", "corn soy sugar"),
    ("meal", "string cheese + grapes", "dairy", ""),
    ("meal", "banana + a spoon of almond butter, black coffee", "", ""),
    ("meal", "kroger rotisserie chicken and a bagged caesar salad kit (skipped the croutons)", "dairy", "wheat corn soy sugar"),  # why: kit dressing + parmesan; rotisserie seasoning may have starch/dextrose
    ("meal", "kids bday party: a slice of costco sheet cake and a capri sun", "wheat sugar", "dairy corn soy"),
    ("meal", "oatmeal w blueberries and cinnamon, made w water", "", "wheat"),  # why: oats, cross-contact only
    ("meal", "half a turkey sandwich on whole wheat + baby carrots w hummus", "wheat", "corn soy sugar"),
    ("meal", "movie popcorn w the kids, no butter topping", "corn", ""),
    ("meal", "uncrustable (pb&j) eaten standing over the sink, dont judge", "wheat sugar", "corn soy"),
    ("meal", "dinner was chicken stir fry w broccoli + snap peas, used coconut aminos instead of soy sauce, cauli rice", "", ""),
]

# ---------------------------------------------------------------- Marcus, Atlanta, Southern cooking, typos
BLIND9_CASES += [
    ("meal", "grits w butter and 2 eggs over easy, turkey sausage", "dairy corn", "sugar"),
    ("meal", "waffle house after church. all star w hashbrowns scattered smothered covered", "wheat dairy", "corn soy sugar"),  # why: waffle + toast; covered = cheese
    ("meal", "collard greens w smoked turkey, black eyed peas, and a square of cornbread my aunt made", "corn", "wheat dairy sugar"),  # why: southern cornbread recipes vary (flour, buttermilk, sugar)
    ("meal", "popeyes 3pc spicy w red beans n rice + biscuit", "wheat", "dairy corn soy sugar"),
    ("meal", "meal prep: baked chicken thighs, brown rice, steamed green beans", "", ""),
    ("meal", "meal prep agian same thing lol chkn rice green beans", "", ""),
    ("meal", "sweet tea w lunch, i kno i kno", "sugar", ""),
    ("meal", "unsweet tea w lemon at lunch today, proud of myself", "", ""),
    ("meal", "shrimp n grits at this spot downtown, they def put cheese in the grits", "dairy corn", "wheat sugar"),  # why: sauce often has flour roux and bacon
    ("meal", "protein shake - premier protein chocolate", "dairy", "corn soy"),  # why: milk protein concentrate; lecithin/maltodextrin possible
    ("meal", "2 boiled eggs n a apple", "", ""),
    ("meal", "smothered pork chops w gravy, rice, cabbage", "wheat", "dairy corn"),  # why: smothered = flour-dredged with roux gravy
    ("meal", "sunday dinner: grandmas baked mac n cheese, candied yams, turkey", "wheat dairy sugar", ""),
    ("meal", "chik fil a spicy deluxe no cheese + unsweet tea", "wheat", "dairy corn soy sugar"),
    ("meal", "peach cobbler from the church potluck", "wheat sugar", "dairy"),
    ("meal", "wings from the wing spot, lemon pepper wet + fries", "", "wheat dairy corn soy"),  # why: 'wet' is usually butter; fryer oil; wings may be dusted
    ("meal", "corned beef hash w eggs, the canned kind lol", "", "corn sugar"),  # why: corned beef is not corn; canned hash may have dextrose/sugar
    ("meal", "black coffee then a fruit cup and almonds at my desk", "", ""),
    ("meal", "gas station honey bun 😩", "wheat sugar", "dairy corn soy"),
    ("meal", "catfish fried in cornmeal, coleslaw, hush puppies", "corn", "wheat dairy soy sugar"),
    ("meal", "grilled chicken salad no croutons, ranch on the side", "dairy", "corn soy sugar"),  # why: ranch is buttermilk-based, soybean oil
    ("meal", "jiffy cornbread w the chili tonight", "wheat corn sugar", "dairy"),  # why: Jiffy mix is flour, cornmeal, sugar; made with milk
    ("meal", "turkey burger no bun, sweet potato fries, water", "", "corn soy"),
    ("meal", "hot wings plain, celery, no blue cheese. and a coke zero", "", "corn"),  # why: caramel colour/citric acid in cola
]

# ---------------------------------------------------------------- Priya, New Jersey, Gujarati home cooking, office snacks
BLIND9_CASES += [
    ("meal", "chai w whole milk + a little sugar, 2 thepla from my moms batch", "wheat dairy sugar", ""),
    ("meal", "chai but w oat milk and no sugar today. 2 khakhra", "wheat", ""),  # why: khakhra is wheat flour
    ("meal", "office bagel friday... half an everything bagel w cream cheese", "wheat dairy", "sugar"),
    ("meal", "dal, rice, bhindi sabzi, cucumber raita", "dairy", "sugar"),  # why: raita is yogurt; gujarati dal often has jaggery
    ("meal", "gujarati kadhi (yogurt + besan) and khichdi w ghee", "dairy", "sugar"),
    ("meal", "trader joes everything but the bagel almonds at my desk", "", ""),
    ("meal", "trader joe's mandarin orange chicken + steamed rice 🙃", "wheat sugar", "corn soy"),
    ("meal", "pani puri at a friends place, like 12 of them lol", "wheat", "sugar"),  # why: puri is semolina/wheat; sweet chutney
    ("meal", "khaman dhokla for snack w green chutney", "", "dairy sugar"),
    ("meal", "catered lunch: chipotle bowl brown rice, black beans, fajita veg, chicken, salsa, guac. no cheese no sour cream", "", ""),
    ("meal", "3 mini kit kats from the reception bowl", "wheat dairy sugar", "soy"),
    ("meal", "paneer tikka masala + 1 garlic naan from the place on oak tree rd", "wheat dairy", "sugar"),
    ("meal", "upma w veggies and black coffee", "wheat", "dairy"),  # why: upma is sooji/semolina; ghee possible
    ("meal", "poha w peanuts + lemon, no sugar this time", "", ""),
    ("meal", "navratri dinner: undhiyu, puri, shrikhand", "wheat dairy sugar", ""),
    ("meal", "handvo slice and masala chaas", "dairy", "sugar"),  # why: chaas is buttermilk
    ("meal", "la croix pamplemousse and a handful of cashews", "", ""),
    ("meal", "moong dal chilla w spinach, no ghee, cooked in avocado oil", "", ""),
    ("meal", "bhel puri from the mandir stall", "", "wheat sugar"),  # why: sev is besan but puri bits are wheat; tamarind-jaggery chutney
    ("meal", "masala dosa + sambar + coconut chutney", "", "dairy sugar"),  # why: dosa is rice/urad; ghee on dosa and jaggery in sambar possible
]

# ---------------------------------------------------------------- Carlos, Houston, Tex-Mex family, Spanglish
BLIND9_CASES += [
    ("meal", "desayuno: huevos a la mexicana con tortillas de maiz y cafe negro", "corn", ""),
    ("meal", "breakfast tacos from the taqueria, potato egg n cheese on flour tortillas x2", "wheat dairy", "soy"),
    ("meal", "whataburger #1 w cheese, fries, dr pepper", "wheat dairy corn sugar", "soy"),  # why: US Dr Pepper is sweetened with HFCS
    ("meal", "frijoles charros, arroz rojo, carne asada, pico, tortillas de maíz", "corn", "sugar"),  # why: arroz rojo often uses tomato bouillon (sugar, starch)
    ("meal", "pan dulce w mi abuela, una concha y cafecito con leche", "wheat dairy sugar", ""),
    ("meal", "menudo sunday morning w hominy, oregano, lime and tortillas de harina", "wheat corn", ""),
    ("meal", "3 tamales de puerco on christmas eve", "corn", "soy"),  # why: masa is corn; some use shortening instead of lard
    ("meal", "elote en vaso w mayo, cotija and tajin", "dairy corn", "soy sugar"),
    ("meal", "agua de jamaica homemade w a little piloncillo", "sugar", ""),  # why: piloncillo is unrefined cane sugar
    ("meal", "agua de jamaica sin azúcar, solo stevia", "", ""),
    ("meal", "caldo de res w corn on the cob, carrots, calabacita, papas", "corn", ""),
    ("meal", "HEB pre-marinated fajita chicken + grilled onions n peppers, no tortilla", "", "wheat corn soy sugar"),
    ("meal", "pozole rojo con rábano y repollo", "corn", ""),
    ("meal", "chilaquiles verdes con crema y queso fresco, huevo arriba", "dairy corn", ""),
    ("meal", "gorditas de chicharrón prensado x2", "corn", ""),
    ("meal", "sopa de fideo like my mom makes", "wheat", "corn sugar"),  # why: fideo is wheat vermicelli; tomato bouillon
    ("meal", "coffee w a lot of la lechera, dont tell my wife", "dairy sugar", ""),  # why: sweetened condensed milk
    ("meal", "oops that was the coconut condensed milk, not la lechera", "sugar", ""),
    ("meal", "tres leches slice at the office party", "wheat dairy sugar", ""),
    ("meal", "grilled shrimp, black beans, rice, avocado, salsa verde. clean day 💪", "", ""),
]

# ---------------------------------------------------------------- Jae, Los Angeles, Korean-American, Konglish
BLIND9_CASES += [
    ("meal", "kimchi jjigae w tofu + rice and banchan", "soy", "wheat corn sugar"),  # why: gochujang/kimchi seasoning may hold wheat, corn syrup, sugar
    ("meal", "bibimbap at the ktown food court, extra gochujang", "", "wheat corn soy sugar"),  # why: commercial gochujang: corn syrup, wheat, soybean
    ("meal", "tteokbokki from the truck w fishcake", "sugar", "wheat corn soy"),  # why: fish cake usually has wheat flour
    ("meal", "samgyeopsal kbbq night, lettuce wraps, ssamjang, soju", "soy", "wheat corn sugar"),  # why: ssamjang is doenjang (soybean) + gochujang
    ("meal", "shin ramyun at 1am w an egg. regret", "wheat soy", "corn sugar"),
    ("meal", "binggrae banana milk from h mart", "dairy sugar", ""),
    ("meal", "galbi my umma made + rice + kongnamul", "soy", "wheat sugar"),  # why: galbi marinade is soy sauce based; kongnamul = soybean sprouts
    ("meal", "mul naengmyeon, so good on a hot day", "", "wheat sugar"),  # why: naengmyeon noodles are buckwheat with wheat/starch; broth often sweetened
    ("meal", "soondubu jjigae, medium spicy", "soy", ""),
    ("meal", "kimbap from the market for lunch", "", "wheat corn soy sugar"),  # why: danmuji, fish cake, crab stick
    ("meal", "just hard boiled eggs and an asian pear for lunch", "", ""),
    ("meal", "japchae at church lunch", "soy", "wheat sugar"),
    ("meal", "injeolmi bingsu w my gf", "dairy soy sugar", ""),  # why: milk ice + condensed milk; injeolmi is coated in roasted soybean powder
    ("meal", "samgyetang - whole chicken soup w rice, ginseng, jujube, garlic", "", ""),
    ("meal", "costco food court hot dog + soda", "wheat sugar", "corn soy"),
    ("meal", "iced americano + a choco pie", "wheat sugar", "dairy corn soy"),
    ("meal", "kimchi fried rice w spam and a fried egg", "sugar", "wheat soy"),  # why: Spam lists sugar; soy sauce possible in the rice
    ("meal", "doenjang jjigae, rice, spinach namul", "soy", ""),
    ("meal", "korean fried chicken half n half (yangnyeom + plain)", "wheat sugar", "corn soy"),
]

# ---------------------------------------------------------------- Keisha, Brooklyn, Jamaican family
BLIND9_CASES += [
    ("meal", "ackee and saltfish w fried dumplings and callaloo", "wheat", ""),
    ("meal", "same but boiled green bananas instead of dumplings today", "", ""),
    ("meal", "beef patty in coco bread from the bakery on flatbush", "wheat", "dairy soy sugar"),
    ("meal", "curry goat, rice and peas, steamed cabbage", "", ""),  # why: rice and peas uses coconut milk (not dairy)
    ("meal", "jerk chicken from the drum on the ave + 2 festival", "wheat corn sugar", "soy"),  # why: festival is cornmeal + flour + sugar
    ("meal", "oxtail, rice n peas, fried plantain", "", "wheat sugar"),  # why: browning is burnt sugar; flour sometimes thickens gravy
    ("meal", "sorrel w ginger from my aunt (she puts mad sugar)", "sugar", ""),
    ("meal", "hard dough bread toast w butter and mint tea", "wheat dairy", "sugar"),
    ("meal", "cornmeal porridge w condensed milk and nutmeg", "dairy corn sugar", ""),
    ("meal", "peanut punch from the jamaican store", "dairy sugar", ""),
    ("meal", "steamed fish w okra and excelsior water crackers", "wheat", ""),
    ("meal", "brown stew chicken w white rice", "", "wheat sugar"),
    ("meal", "escovitch fish + bammy", "", "wheat sugar"),  # why: bammy is cassava; fish may be flour-dusted, pickle may be sweetened
    ("meal", "kale salad w chickpeas, cucumber, lemon tahini dressing at work", "", ""),
    ("meal", "a ting w lunch", "sugar", "corn"),
    ("meal", "oops not ting, it was sparkling water w grapefruit", "", ""),
    ("meal", "stew peas w pigs tail and spinners", "wheat", ""),  # why: spinners are flour dumplings
    ("meal", "fruit salad - mango, pineapple, papaya, lime", "", ""),
    ("meal", "saltfish fritters x3 from the caribbean spot", "wheat", "soy corn"),
]

# ---------------------------------------------------------------- Tyler, Seattle, college student
BLIND9_CASES += [
    ("meal", "red bull + 2 costco muffins at 2am studying", "wheat sugar", "dairy corn soy"),
    ("meal", "chipotle burrito: chicken, white rice, pinto, corn salsa, cheese, sour cream", "wheat dairy corn", ""),
    ("meal", "top ramen chicken + sriracha", "wheat sugar", "corn soy"),  # why: sriracha has sugar; seasoning has hydrolysed proteins
    ("meal", "dining hall: grilled chicken, rice, steamed veg. boring but clean", "", ""),
    ("meal", "dining hall again, same as yesterday but w a side of fries", "", "corn soy"),
    ("meal", "pho on the ave, no hoisin, extra basil", "", "sugar"),  # why: broth often has rock sugar
    ("meal", "costco rotisserie chicken eaten straight from the container", "", "corn sugar"),
    ("meal", "monster ultra zero sugar", "", "corn"),
    ("meal", "pb&j on daves killer bread", "wheat sugar", ""),
    ("meal", "fred meyer sushi california roll", "", "wheat corn soy sugar"),  # why: crab stick has wheat starch + sugar; sushi rice vinegar has sugar
    ("meal", "2 eggs, avocado toast on sourdough, cold brew black", "wheat", ""),
    ("meal", "el monterey beef n bean burrito microwaved", "wheat", "corn soy"),
    ("meal", "dominos medium pepperoni w ranch lol game night", "wheat dairy", "corn soy sugar"),
    ("meal", "quest bar cookies n cream", "dairy corn", "soy"),  # why: milk/whey protein isolates, soluble corn fiber
    ("meal", "teriyaki chicken plate from the teriyaki shop (seattle thing)", "soy sugar", "wheat"),
    ("meal", "apple, string cheese, beef jerky", "dairy", "wheat corn soy sugar"),
    ("meal", "ate nothing til 3 then a banana and peanuts", "", ""),
]

# ---------------------------------------------------------------- Hannah, Minneapolis, Lutheran potlucks, Scandinavian roots
BLIND9_CASES += [
    ("meal", "tater tot hotdish at the church potluck", "wheat dairy", "corn soy sugar"),  # why: condensed cream soup (flour, cream); tots often have dextrose
    ("meal", "lefse w butter and sugar at grandma's", "wheat dairy sugar", ""),
    ("meal", "swedish meatballs w lingonberry jam and mashed potatoes", "wheat dairy sugar", ""),
    ("meal", "ikea meatballs, same thing basically lol", "wheat dairy", "sugar"),
    ("meal", "wild rice soup from lunds & byerlys", "dairy", "wheat"),
    ("meal", "egg bake w ham and peppers, no cheese this time", "", "wheat dairy corn sugar"),
    ("meal", "juicy lucy at matts bar", "wheat dairy", "soy sugar"),
    ("meal", "walleye sandwich at the lake w tartar sauce", "wheat", "soy sugar"),
    ("meal", "pickled herring on wasa rye crispbread", "sugar", "wheat"),  # why: pickled herring brine is sweetened; some Wasa lines contain wheat
    ("meal", "coffee w half and half and a krumkake at the bake sale", "wheat dairy sugar", ""),
    ("meal", "baked salmon, roasted beets parsnips carrots, fresh dill", "", ""),
    ("meal", "scotcheroos at the bake sale (2)", "corn sugar", "wheat dairy soy"),  # why: rice krispies + corn syrup; butterscotch chips may have milk
    ("meal", "cabbage rolls w rice and ground beef in tomato sauce", "", "sugar"),
    ("meal", "rommegrot at syttende mai", "wheat dairy sugar", ""),
    ("meal", "state fair: pronto pup, cheese curds, sweet marthas cookies", "wheat dairy sugar", "corn soy"),
    ("meal", "acorn squash stuffed w wild rice and cranberries (unsweetened)", "", ""),
]

# ---------------------------------------------------------------- Linh, Vancouver, Vietnamese-Canadian
BLIND9_CASES += [
    ("meal", "phở tái from the spot on kingsway, extra bean sprouts, no hoisin no sriracha", "", "sugar"),
    ("meal", "bánh mì thịt nguội from the bakery on fraser", "wheat", "dairy corn soy sugar"),  # why: cold cuts, pate, butter/mayo, Maggi seasoning
    ("meal", "bún chả giò, ate all the nước chấm", "sugar", "wheat corn soy"),  # why: nuoc cham always has sugar; spring roll wrappers may be wheat
    ("meal", "cơm tấm sườn nướng + pickled carrots", "", "sugar"),
    ("meal", "tim hortons double double and a honey cruller", "wheat dairy sugar", "corn soy"),  # why: double double = 2 cream 2 sugar
    ("meal", "timmies steeped tea w milk, no sugar", "dairy", ""),
    ("meal", "gỏi cuốn w peanut hoisin dip", "", "wheat soy sugar"),
    ("meal", "canh chua cá and rice", "", "sugar"),
    ("meal", "cà phê sữa đá", "dairy sugar", ""),  # why: sweetened condensed milk
    ("meal", "T&T bakery pineapple bun", "wheat sugar", "dairy corn soy"),
    ("meal", "congee w century egg and youtiao", "wheat", ""),
    ("meal", "thịt kho trứng w rice", "sugar", ""),  # why: caramel (nuoc mau) base
    ("meal", "salmon poke bowl, no sauce, just lemon + avocado", "", ""),
    ("meal", "bò kho w bánh mì for dipping", "wheat", "sugar"),
    ("meal", "sugar cane juice from the night market", "sugar", ""),  # why: cane juice counts as sugar
    ("meal", "chè ba màu 🤤", "sugar", ""),  # why: coconut milk is not dairy
    ("meal", "rice + rau muống xào tỏi", "", "sugar"),
    ("meal", "hủ tiếu nam vang", "", "wheat soy sugar"),
]

# ---------------------------------------------------------------- Émilie, Montréal, writes in French
BLIND9_CASES += [
    ("meal", "déjeuner : gruau avec du lait d'amande non sucré et des bleuets", "", "wheat"),
    ("meal", "dîner : grosse poutine chez Ashton 😅", "dairy", "wheat corn soy"),  # why: curds; gravy thickeners; fryer oil
    ("meal", "souper : pâté chinois de ma mère", "corn", "dairy sugar"),  # why: layer of creamed corn (blé d'Inde en crème); mash with milk/butter
    ("meal", "épluchette de blé d'Inde avec beurre et sel", "dairy corn", ""),  # why: blé d'Inde = corn, not wheat
    ("meal", "pain aux raisins et café au lait à la Première Moisson", "wheat dairy sugar", ""),
    ("meal", "tourtière aux fêtes avec du ketchup aux fruits", "wheat sugar", "dairy"),
    ("meal", "pouding chômeur à la cabane à sucre", "wheat dairy sugar", ""),
    ("meal", "cabane à sucre : oreilles de crisse, fèves au lard, omelette, tire sur la neige", "sugar", "wheat dairy"),  # why: beans with molasses/brown sugar; tire is maple
    ("meal", "salade de quinoa, pois chiches, concombre, vinaigrette maison huile d'olive citron", "", ""),
    ("meal", "bagel St-Viateur sésame, fromage à la crème, saumon fumé", "wheat dairy", "sugar"),  # why: bagels boiled in honey water
    ("meal", "smoked meat chez Schwartz's sur pain de seigle, cornichon, un cola", "sugar", "wheat corn"),  # why: deli rye is mostly wheat flour
    ("meal", "oups, c'était un Coke diète, pas un cola normal", "", "corn"),
    ("meal", "yogourt grec nature avec des petits fruits", "dairy", ""),
    ("meal", "croissant au beurre et un allongé", "wheat dairy", "sugar"),
    ("meal", "soupe aux pois jaunes avec un jarret de jambon", "", "sugar"),
    ("meal", "cretons sur rôties", "wheat", "soy sugar"),
    ("meal", "sandwich jambon-fromage du dépanneur et une liqueur aux fraises", "wheat dairy sugar", "corn soy"),
    ("meal", "tofu mariné grillé, riz brun, brocoli, sauce tamari", "soy", "wheat"),  # why: tamari is usually but not always wheat-free
    ("meal", "un petit sac de chips au ketchup", "sugar", "corn"),
    ("meal", "beigne au miel chez Tim", "wheat sugar", "dairy soy"),
    ("meal", "bol de fruits, amandes, thé vert sans sucre", "", ""),
    ("meal", "omelette aux champignons et épinards, sans fromage, café noir", "", ""),
]

# ---------------------------------------------------------------- Dave, Toronto, office worker, abbreviations
BLIND9_CASES += [
    ("meal", "bfast: peameal bacon sando from st lawrence mkt", "wheat corn", "sugar"),  # why: peameal bacon is rolled in cornmeal
    ("meal", "lunch - swiss chalet quarter chkn dinner w fries + chalet sauce", "", "wheat corn soy sugar"),
    ("meal", "pc blue menu greek yogurt plain 0%", "dairy", ""),
    ("meal", "2 birthday cake timbits from the office box", "wheat sugar", "dairy corn soy"),
    ("meal", "food court sushi in the PATH: salmon nigiri x6 + miso soup", "soy", "sugar"),
    ("meal", "butter chicken roti from gandhi", "wheat dairy", "sugar"),
    ("meal", "pad thai from pai, asked for less sweet", "sugar", "soy"),
    ("meal", "nanaimo bar at the coffee mtg", "wheat dairy sugar", ""),
    ("meal", "butter tart 😬", "wheat dairy sugar", "corn"),
    ("meal", "chkn shawarma plate no garlic sauce no pita - rice, salad, hummus, pickled turnips", "", "dairy"),  # why: marinades often yogurt-based
    ("meal", "blk coffee, apple, handful almonds. mtg hell day", "", ""),
    ("meal", "a caesar on the patio + 1lb wings", "sugar", "wheat corn soy"),  # why: Clamato has glucose-fructose; Worcestershire; wings fryer
    ("meal", "pc frozen 4 cheese pizza w a side salad", "wheat dairy", "corn soy sugar"),
    ("meal", "ketchup chips + a coffee crisp from the vending machine, 3pm slump", "wheat dairy sugar", "corn soy"),
    ("meal", "oops meant kitkat not coffee crisp, same diff", "wheat dairy sugar", "soy"),
    ("meal", "home: grilled steak, baked potato w olive oil + chives, asparagus", "", ""),
    ("meal", "beavertail w cinnamon sugar at winterlude", "wheat sugar", "dairy"),
    ("meal", "KD w cut up hot dogs, cottage weekend", "wheat dairy", "corn soy sugar"),
]

# ---------------------------------------------------------------- Ahmed, Calgary, Lebanese-Syrian home cooking
BLIND9_CASES += [
    ("meal", "manakish za'atar from the lebanese bakery + mint tea", "wheat", "sugar"),
    ("meal", "ful medames w olive oil, lemon, cumin and pita", "wheat", ""),
    ("meal", "fattoush + chicken shish tawook plate", "wheat", "dairy sugar"),  # why: fried pita in fattoush; yogurt marinade; pomegranate molasses
    ("meal", "mujaddara w yogurt on top", "dairy", ""),
    ("meal", "mujaddara again, no yogurt today, w salad", "", ""),
    ("meal", "knafeh after friday prayer", "wheat dairy sugar", ""),
    ("meal", "2 pieces baklava w arabic coffee", "wheat sugar", "dairy"),
    ("meal", "maqluba at my mother in law's", "", ""),
    ("meal", "stuffed grape leaves, hummus, carrot sticks", "", ""),
    ("meal", "shawarma wrap w toum and pickles, fries inside", "wheat", "corn soy"),
    ("meal", "labneh w olive oil, cucumber, za'atar. no bread", "dairy", ""),
    ("meal", "shorbat adas w lemon", "", ""),
    ("meal", "ma'amoul date cookies w tea", "wheat", "dairy sugar"),
    ("meal", "fried kibbeh x4", "wheat", ""),  # why: bulgur shell
    ("meal", "big bowl of tabbouleh", "wheat", ""),  # why: bulgur
    ("meal", "tabbouleh but made w quinoa instead of bulgur", "", ""),
    ("meal", "grilled halloumi w watermelon + mint", "dairy", ""),
    ("meal", "chicken and rice + a diet pepsi", "", "corn"),
]

# ---------------------------------------------------------------- Siobhan, Dublin
BLIND9_CASES += [
    ("meal", "full irish at the cafe: 2 rashers, 2 sausages, black + white pudding, fried egg, beans, toast", "wheat sugar", "dairy corn soy"),  # why: beans in sweetened sauce; puddings have oats/barley
    ("meal", "brown soda bread w kerrygold and a cup of barrys", "wheat dairy", ""),
    ("meal", "chicken fillet roll from the centra deli, spicy, w cheese and coleslaw", "wheat dairy", "corn soy sugar"),
    ("meal", "tayto sandwich, dont @ me", "wheat dairy", "corn soy sugar"),  # why: cheese & onion Tayto has milk; buttered bread
    ("meal", "spice bag from the chipper friday night", "wheat", "corn soy sugar"),
    ("meal", "coddle at me nans", "", "wheat corn soy sugar"),  # why: irish sausages usually have rusk
    ("meal", "porridge w berries and a drizzle of honey", "", "wheat sugar"),  # why: honey is a natural sweetener: possible
    ("meal", "salmon, new potatoes w butter, green beans", "dairy", ""),
    ("meal", "toasted barmbrack w butter, halloween", "wheat dairy sugar", ""),
    ("meal", "club orange w lunch", "sugar", ""),
    ("meal", "jacobs mikado x3 w the tea", "wheat sugar", "corn soy"),
    ("meal", "dunnes chicken caesar wrap", "wheat dairy", "soy sugar"),
    ("meal", "sunday roast chicken, roasties, carrots, parsnips, bisto", "", "wheat corn sugar"),
    ("meal", "leftover roast chicken salad w boiled egg + olive oil", "", ""),
    ("meal", "supermacs quarter pounder and taco chips", "wheat dairy", "corn soy sugar"),  # why: taco chips are topped with cheese
    ("meal", "a few squares of dairy milk after dinner. ugh", "dairy sugar", ""),
    ("meal", "oops, it was the vegan cadbury plant bar not the regular dairy milk", "sugar", ""),
    ("meal", "boiled bacon and cabbage w parsley sauce", "wheat dairy", "sugar"),  # why: parsley sauce is a flour-butter-milk roux
]

# ---------------------------------------------------------------- Gareth, Cardiff, office, Greggs and meal deals
BLIND9_CASES += [
    ("meal", "greggs sausage roll and a latte on the way in", "wheat dairy", "corn soy sugar"),
    ("meal", "greggs vegan sausage roll this time", "wheat", "soy"),
    ("meal", "meal deal: tesco chicken & bacon sarnie, walkers cheese & onion, diet coke", "wheat dairy", "corn soy sugar"),
    ("meal", "boots meal deal - falafel wrap, popchips, water", "wheat", "soy sugar"),
    ("meal", "cawl w crusty bread, mam's recipe", "wheat", ""),
    ("meal", "cawl again, no bread, had seconds tho", "", ""),
    ("meal", "2 welsh cakes fresh off the bakestone", "wheat dairy sugar", ""),
    ("meal", "bara brith w butter and a cuppa", "wheat dairy sugar", ""),
    ("meal", "welsh rarebit for tea", "wheat dairy", "sugar"),  # why: Worcestershire sauce has sugar/molasses
    ("meal", "greggs steak bake, sorry", "wheat", "dairy corn soy"),
    ("meal", "cheeky nandos: 1/2 chicken medium, spicy rice, corn on the cob", "corn", "sugar"),
    ("meal", "chicken tikka masala from the indian on city rd, pilau rice, poppadoms", "dairy", "sugar"),  # why: poppadoms are lentil flour
    ("meal", "homemade leek and potato soup w a veg stock cube", "", "wheat corn soy sugar"),
    ("meal", "heinz beans on toast", "wheat corn sugar", "soy"),  # why: Heinz Beanz sauce: sugar, modified cornflour
    ("meal", "2 pints of brains and a bag of scampi fries at the pub", "wheat", "corn soy sugar"),  # why: beer malt; scampi fries are wheat-based
    ("meal", "gym day. chicken breast, jacket potato, broccoli", "", ""),
    ("meal", "pret superbowl salad, no dressing", "", ""),
    ("meal", "jacket potato w tuna mayo and sweetcorn from the canteen", "corn", "soy sugar"),
]

# ---------------------------------------------------------------- Fiona, Glasgow, Scots spelling
BLIND9_CASES += [
    ("meal", "square sausage roll n a can of irn bru. hangover cure", "wheat sugar", "corn soy"),  # why: regular Irn-Bru still has sugar
    ("meal", "tattie scones fried in butter wi a fried egg", "wheat dairy", ""),
    ("meal", "haggis neeps n tatties, burns night", "", "wheat dairy"),  # why: haggis is oatmeal-based; mash with butter
    ("meal", "macaroni pie fae the baker", "wheat dairy", ""),
    ("meal", "scotch pie at the fitba", "wheat", "corn soy"),
    ("meal", "porridge made wi water n salt, the proper way", "", "wheat"),
    ("meal", "cullen skink at a wee cafe in the west end", "dairy", ""),
    ("meal", "tablet fae ma gran 😍", "dairy sugar", ""),
    ("meal", "tunnocks teacake wi a cuppa", "wheat dairy sugar", "corn soy"),
    ("meal", "chippy tea - fish supper wi salt n sauce", "wheat", "corn soy sugar"),
    ("meal", "irn bru xtra, nae sugar", "", "corn"),
    ("meal", "empire biscuit fae greggs", "wheat dairy sugar", ""),
    ("meal", "work: lentil soup n a cheese n branston pickle sandwich on white", "wheat dairy sugar", "corn soy"),
    ("meal", "deep fried mars bar for a laugh", "wheat dairy sugar", "corn soy"),
    ("meal", "salmon wi roast veg n quinoa, being good", "", ""),
    ("meal", "stovies wi oatcakes", "", "wheat"),
    ("meal", "two glasses of buckfast, dinnae judge", "", "sugar"),
]

# ---------------------------------------------------------------- Aisha, Birmingham, Pakistani-British, halal
BLIND9_CASES += [
    ("meal", "paratha w egg and chai (full fat milk, 2 sugar)", "wheat dairy sugar", ""),
    ("meal", "chicken karahi at the balti triangle w 2 roti", "wheat", "dairy"),
    ("meal", "daal chawal n salad at home", "", "dairy"),  # why: ghee tarka likely
    ("meal", "nihari w naan", "wheat", "dairy"),
    ("meal", "haleem my khala made", "wheat", "dairy"),  # why: haleem is cooked with wheat/barley
    ("meal", "iftar: pakoras, fruit chaat, dates, rooh afza milk", "dairy sugar", ""),  # why: pakoras are gram flour
    ("meal", "2 samosas from the sweet centre + jalebi", "wheat sugar", "dairy"),
    ("meal", "chicken biryani w raita", "dairy", ""),
    ("meal", "shami kebab w mint chutney", "", "dairy"),
    ("meal", "aloo gobi + chapati made w atta", "wheat", ""),
    ("meal", "lamb chops from the grill house, chips, naan, garlic mayo", "wheat", "dairy corn soy sugar"),
    ("meal", "kheer at eid", "dairy sugar", ""),
    ("meal", "sheer khurma on eid morning", "wheat dairy sugar", ""),  # why: wheat vermicelli in sweet milk
    ("meal", "asda chicken salad box", "", "soy sugar"),
    ("meal", "salted lassi w lunch", "dairy", ""),
    ("meal", "green tea no sugar + 2 marie biscuits", "wheat sugar", ""),
    ("meal", "chana chaat w imli chutney", "", "sugar"),
    ("meal", "chicken tikka boneless, salad, no naan, no sauce", "", "dairy"),  # why: tikka marinade usually yogurt
]

# ---------------------------------------------------------------- Tomasz, London, Polish, mixes Polish and English
BLIND9_CASES += [
    ("meal", "śniadanie: jajecznica na maśle, chleb żytni, pomidor", "dairy", "wheat"),  # why: rye bread often contains some wheat flour
    ("meal", "pierogi ruskie from lidl fried w onion", "wheat dairy", ""),  # why: ruskie filling is potato + twarog
    ("meal", "żurek z jajkiem i kiełbasą", "", "wheat dairy corn soy sugar"),
    ("meal", "bigos + chleb", "wheat", "corn soy sugar"),
    ("meal", "kefir and a banana after gym", "dairy", ""),
    ("meal", "kanapka z twarogiem, rzodkiewką i szczypiorkiem", "wheat dairy", ""),
    ("meal", "rosół z makaronem, sunday at mamas", "wheat", ""),
    ("meal", "rosół but w potatoes instead of makaron", "", ""),
    ("meal", "schabowy z ziemniakami i mizerią", "wheat dairy", ""),  # why: breaded cutlet; mizeria is cucumber in sour cream
    ("meal", "placki ziemniaczane z cukrem", "sugar", "wheat"),
    ("meal", "prince polo z żabki", "wheat sugar", "dairy soy"),
    ("meal", "gołąbki w sosie pomidorowym", "", "wheat dairy sugar"),
    ("meal", "3 pączki na tłusty czwartek 😅", "wheat sugar", "dairy"),
    ("meal", "barszcz czerwony z uszkami na wigilię", "wheat", "sugar"),
    ("meal", "pret porridge w honey", "", "wheat dairy sugar"),
    ("meal", "2 tyskie at the pub + bar nuts", "", "wheat corn sugar"),
    ("meal", "kasza gryczana z gulaszem", "", "wheat"),  # why: buckwheat is not wheat; goulash may be flour-thickened
    ("meal", "naleśniki z serem", "wheat dairy", "sugar"),
    ("meal", "tesco meal deal sushi + water", "", "wheat corn soy sugar"),
    ("meal", "kompot z truskawek (mama doesnt add sugar)", "", ""),
]

# ---------------------------------------------------------------- Ngozi, Manchester, Nigerian
BLIND9_CASES += [
    ("meal", "jollof rice n chicken w fried plantain", "", "wheat corn soy sugar"),  # why: stock cubes; frying oil
    ("meal", "egusi soup w pounded yam", "", "corn sugar"),
    ("meal", "egusi w semo today", "wheat", "corn sugar"),  # why: semovita is durum wheat semolina
    ("meal", "egusi w eba", "", "corn sugar"),  # why: eba is garri (cassava)
    ("meal", "indomie w egg and sausage, student days vibes", "wheat", "corn soy sugar"),
    ("meal", "akara and pap w milk and sugar", "dairy sugar", "corn"),  # why: pap/ogi is usually maize but can be millet/sorghum
    ("meal", "puff puff at the party x5 lol", "wheat sugar", ""),
    ("meal", "suya from the spot in moss side", "", "corn sugar"),
    ("meal", "moi moi w jollof", "", "corn sugar"),
    ("meal", "chin chin and a malt", "wheat sugar", "dairy corn"),
    ("meal", "goat meat pepper soup", "", "corn sugar"),
    ("meal", "boiled yam and egg sauce", "", "corn sugar"),
    ("meal", "meat pie from the african shop", "wheat", "dairy"),
    ("meal", "ewa agoyin and dodo", "", ""),
    ("meal", "tea w peak milk and sugar", "dairy sugar", ""),
    ("meal", "fruit salad + greek yogurt at work", "dairy", ""),
    ("meal", "amala, ewedu and gbegiri", "", "corn sugar"),
]

# ---------------------------------------------------------------- Chloe, Bristol, vegan
BLIND9_CASES += [
    ("meal", "oat flat white + a vegan croissant", "wheat", "soy sugar"),
    ("meal", "tofu scramble w spinach + turmeric on sourdough", "wheat soy", ""),
    ("meal", "tofu scramble again, no toast, w roast tomatoes", "soy", ""),
    ("meal", "buddha bowl: quinoa, roast squash, chickpeas, tahini, kale", "", ""),
    ("meal", "honest burgers plant burger w vegan cheese on vegan brioche", "wheat", "corn soy sugar"),
    ("meal", "lentil dahl w coconut milk and brown rice", "", ""),
    ("meal", "alpro soya plain yog w granola", "soy", "wheat sugar"),
    ("meal", "veggie percy pigs on the train home", "sugar", "corn"),
    ("meal", "wagamama yasai katsu curry", "wheat", "corn soy sugar"),
    ("meal", "waitrose falafel, houmous and crudités", "", "wheat"),
    ("meal", "linda mccartney sausage roll + ketchup", "wheat sugar", "soy"),
    ("meal", "oatly barista in my tea x3 today", "", "wheat"),
    ("meal", "smoothie: banana, spinach, frozen mango, pea protein, unsweetened almond milk", "", ""),
    ("meal", "pho w tofu at the vietnamese on stokes croft", "soy", "sugar"),
    ("meal", "nakd cocoa orange bar", "", ""),  # why: dates, cashews, raisins, cocoa only
    ("meal", "harbourside street food: jerk jackfruit, rice n peas, slaw", "", "soy sugar"),
    ("meal", "tempeh bacon BLT on wholemeal", "wheat soy", "sugar"),
    ("meal", "4 squares of 85% dark chocolate", "sugar", "dairy soy"),
]

# ---------------------------------------------------------------- Kylie, Brisbane, Aussie slang
BLIND9_CASES += [
    ("meal", "brekkie: vegemite on toast w butter + a flat white", "wheat dairy", "corn soy sugar"),  # why: Vegemite yeast extract is from barley and wheat
    ("meal", "smashed avo on sourdough w feta and a poached egg", "wheat dairy", ""),
    ("meal", "maccas brekkie: bacon n egg mcmuffin + hash brown", "wheat dairy", "corn soy sugar"),
    ("meal", "bunnings sausage sizzle w onions n tomato sauce", "wheat sugar", "corn soy"),
    ("meal", "servo meat pie w sauce on the way to work", "wheat sugar", "corn soy"),
    ("meal", "2 tim tams w a cuppa 😋", "wheat dairy sugar", "soy"),
    ("meal", "weet-bix w milk and banana", "wheat dairy sugar", ""),  # why: Weet-Bix contains raw sugar
    ("meal", "weet-bix w oat milk today", "wheat sugar", ""),
    ("meal", "barra n chips from the fish n chip shop w lemon", "wheat", "corn soy"),
    ("meal", "grilled barra, salad, sweet potato wedges - cooked at home", "", ""),
    ("meal", "half a box of bbq shapes watching the footy", "wheat sugar", "dairy corn soy"),
    ("meal", "chicken parma at the pub w chips n salad", "wheat dairy", "corn soy sugar"),
    ("meal", "poke bowl from the uni food court, sesame soy dressing", "wheat soy", "sugar"),
    ("meal", "lamington at smoko", "wheat sugar", "dairy"),
    ("meal", "pav w cream and passionfruit at xmas", "dairy sugar", "wheat corn"),  # why: pav uses cornflour; Aussie 'cornflour' can be wheaten
    ("meal", "golden gaytime on a hot arvo", "wheat dairy sugar", "corn soy"),
    ("meal", "bundy ginger beer", "sugar", ""),
    ("meal", "prawns, oysters and mango for xmas lunch", "", ""),
    ("meal", "thai green curry takeaway w jasmine rice", "", "sugar"),  # why: coconut milk is not dairy; palm sugar likely
    ("meal", "chicken schnitty wrap from the bakery", "wheat", "dairy soy sugar"),
]

# ---------------------------------------------------------------- Nick, Melbourne, Greek-Australian, coffee snob
BLIND9_CASES += [
    ("meal", "a magic w full cream at the local", "dairy", ""),
    ("meal", "long black + spanakopita from the greek deli", "wheat dairy", ""),
    ("meal", "lamb yiros w tzatziki, chips inside, the works", "wheat dairy", "corn soy"),
    ("meal", "souvlaki plate no pita - lamb, greek salad, tzatziki, lemon potatoes", "dairy", ""),
    ("meal", "same plate again but skipped the feta and the tzatziki", "", ""),
    ("meal", "yiayia's pastitsio", "wheat dairy", ""),
    ("meal", "loukoumades at the greek fest on lonsdale st", "wheat", "sugar"),  # why: honey syrup, often cut with sugar
    ("meal", "fasolada + crusty bread", "wheat", ""),
    ("meal", "grilled octopus, horta w lemon + olive oil", "", ""),
    ("meal", "galaktoboureko x1 (ok x2)", "wheat dairy sugar", ""),
    ("meal", "koulourakia w my coffee", "wheat dairy sugar", ""),
    ("meal", "avgolemono soup", "", ""),
    ("meal", "freddo espresso, no sugar", "", ""),
    ("meal", "freddo cappuccino sketo", "dairy", ""),  # why: sketo = no sugar
    ("meal", "pho in footscray for lunch", "", "sugar"),
    ("meal", "dolmades from a tin (yiayia would be ashamed)", "", "corn"),
    ("meal", "moussaka w a glass of red", "wheat dairy", ""),
    ("meal", "easter sunday: lamb on the spit, tzatziki, salad, red eggs, tsoureki", "wheat dairy sugar", ""),
]

# ---------------------------------------------------------------- Mei, Sydney, Chinese-Australian
BLIND9_CASES += [
    ("meal", "yum cha in haymarket: har gow, siu mai, char siu bao, egg tarts", "wheat sugar", "dairy corn soy"),
    ("meal", "plain congee w pork and century egg", "", ""),
    ("meal", "hot pot night w the mala broth", "", "wheat corn soy sugar"),  # why: mala base has doubanjiang, fermented beans, sugar
    ("meal", "brown sugar milk tea, 50% sugar", "dairy sugar", "corn"),
    ("meal", "bubble tea w fresh milk, 0% sugar, no pearls", "dairy", ""),
    ("meal", "mum's steamed fish w ginger, shallot and soy sauce, rice, gai lan", "wheat soy", ""),
    ("meal", "mapo tofu takeaway", "soy", "wheat corn sugar"),
    ("meal", "10 xiao long bao at din tai fung", "wheat", "soy sugar"),
    ("meal", "dan dan noodles", "wheat", "soy sugar"),
    ("meal", "tomato and egg stir fry w rice", "", "sugar"),
    ("meal", "3 white rabbit candies from the office jar", "dairy sugar", "corn"),
    ("meal", "cheung fun w soy sauce", "wheat soy", ""),
    ("meal", "boba run again lol taro milk tea 30%", "dairy sugar", "corn"),
    ("meal", "steamboat, plain chicken broth, veg, tofu, prawns, no sauces", "soy", ""),
    ("meal", "roast duck on rice from the bbq shop", "", "wheat soy sugar"),  # why: maltose glaze and soy/hoisin marinade
    ("meal", "woolies salad bowl and an apple", "", "soy sugar"),
    ("meal", "buckwheat soba, cold, w just a squeeze of lime", "", "wheat"),  # why: most soba blends in wheat flour
]

# ---------------------------------------------------------------- Aroha, Auckland, Māori, Kiwi
BLIND9_CASES += [
    ("meal", "hāngī at the marae - pork, chicken, kūmara, potato, pumpkin and stuffing", "wheat", "dairy"),
    ("meal", "boil-up w pork bones, pūhā, potatoes n doughboys", "wheat", ""),
    ("meal", "rēwena bread w butter", "wheat dairy", "sugar"),
    ("meal", "fush n chups from the local, snapper, and an L&P", "wheat sugar", "corn soy"),
    ("meal", "mince n cheese pie from the dairy", "wheat dairy", "corn soy"),
    ("meal", "bacon n egg pie from the dairy", "wheat", "dairy corn sugar"),  # why: 'the dairy' is a corner shop
    ("meal", "pineapple lumps on the drive home", "dairy sugar", "wheat corn"),
    ("meal", "kūmara chips baked in the oven w rosemary", "", ""),
    ("meal", "kaimoana: kina and pāua fritters", "wheat", "dairy"),
    ("meal", "weet-bix n trim milk", "wheat dairy sugar", ""),
    ("meal", "kiwi onion dip w ready salted chips", "dairy", "wheat corn soy sugar"),  # why: reduced cream + onion soup mix
    ("meal", "hokey pokey ice cream in a cone", "wheat dairy sugar", "corn"),
    ("meal", "a row of whittaker's dark ghana", "sugar", "dairy soy"),
    ("meal", "a feed of crayfish w melted butter", "dairy", ""),
    ("meal", "steak, eggs and salad after touch", "", ""),
    ("meal", "sausage sizzle at the school gala, bread + sauce", "wheat sugar", "corn soy"),
]

# ---------------------------------------------------------------- Sione, Auckland, Tongan family
BLIND9_CASES += [
    ("meal", "lu pulu after church - taro leaves, corned beef, coconut cream, onion", "", "sugar"),  # why: corned beef is not corn; tinned corned beef may have sugar
    ("meal", "pisupo w boiled taro", "", "sugar"),
    ("meal", "keke 'isite x3", "wheat sugar", ""),
    ("meal", "sapasui at the wedding", "soy", "wheat sugar"),
    ("meal", "'ota 'ika - raw fish in coconut cream and lime", "", ""),
    ("meal", "panikeke w my tea", "wheat sugar", ""),
    ("meal", "chop suey w rice, taro and pork", "soy", "wheat sugar"),
    ("meal", "'otai - watermelon, coconut, a bit of sugar", "sugar", ""),
    ("meal", "keke pua'a from the tongan bakery", "wheat sugar", "soy"),
    ("meal", "mutton flaps on the bbq w cassava", "", ""),
    ("meal", "umu pork and kumala, no stuffing", "", ""),
    ("meal", "KFC 3pc and a large coke", "wheat sugar", "corn soy"),
    ("meal", "faikakai", "sugar", ""),  # why: taro in caramelised coconut sauce
    ("meal", "green bananas and tinned fish in tomato sauce", "", "sugar"),
]

# ---------------------------------------------------------------- Sarah, Perth, mum packing lunchboxes
BLIND9_CASES += [
    ("meal", "ate the crusts off the kids vegemite n cheese sangas", "wheat dairy", "soy sugar"),
    ("meal", "rice cakes w avo, salt n pepper", "", ""),
    ("meal", "sakata seaweed rice crackers at school pickup", "", "wheat soy sugar"),
    ("meal", "cheese stick, apple and a few cruskits", "wheat dairy", ""),
    ("meal", "a le snak (stole it from the lunchbox)", "wheat dairy", ""),
    ("meal", "fairy bread at a 6th bday party", "wheat sugar", "dairy"),
    ("meal", "zooper dooper after swimming", "sugar", "corn"),
    ("meal", "spag bol for tea, the kids fave", "wheat", "dairy sugar"),
    ("meal", "spag bol but i had mine on zucchini noodles", "", "sugar"),
    ("meal", "roast lamb, roast veg and gravox gravy", "", "wheat corn"),
    ("meal", "sushi train w the kids, salmon avo rolls", "", "soy sugar"),
    ("meal", "uncle tobys muesli bar", "sugar", "wheat corn soy"),
    ("meal", "homemade anzac biscuits", "wheat dairy sugar", ""),  # why: plain flour, butter, golden syrup
    ("meal", "frozen mango + cocobella coconut yoghurt", "", ""),
    ("meal", "taco night w the old el paso kit", "corn", "wheat sugar"),
    ("meal", "choc chip cookie from the servo 🙄", "wheat sugar", "dairy soy"),
    ("meal", "bacon and eggs, grilled tomato, no toast", "", "corn sugar"),
]

# ---------------------------------------------------------------- Thandi, Johannesburg
BLIND9_CASES += [
    ("meal", "pap n wors at the braai w chakalaka", "corn", "wheat soy sugar"),  # why: boerewors may hold cereal filler; chakalaka often uses baked beans
    ("meal", "morvite for breakfast w milk", "dairy sugar", "wheat corn"),
    ("meal", "mabele porridge, no sugar, w amasi", "dairy", ""),  # why: mabele is sorghum; amasi is fermented milk
    ("meal", "umngqusho - samp and beans", "corn", ""),  # why: samp is crushed dried maize
    ("meal", "kota from the spot in soweto: polony, chips, atchar, cheese, russian, egg", "wheat dairy", "corn soy sugar"),
    ("meal", "nandos quarter chicken lemon & herb w spicy rice", "", "sugar"),
    ("meal", "steers wacky wednesday burger, chips, coke", "wheat sugar", "dairy corn soy"),
    ("meal", "vetkoek w mince", "wheat", ""),
    ("meal", "mogodu w pap", "corn", ""),
    ("meal", "woolies rotisserie chicken + salad at home", "", "corn sugar"),
    ("meal", "simba chutney chips, small packet", "sugar", "dairy corn"),
    ("meal", "cremora in my coffee, 2 sugars", "sugar", "dairy corn soy"),  # why: non-dairy creamer: caseinate and glucose syrup possible
    ("meal", "rooibos w a spoon of honey", "", "sugar"),
    ("meal", "walkie talkies from the street braai", "", "sugar"),
    ("meal", "2 magwinya w polony", "wheat", "corn soy"),
    ("meal", "morogo and pap w tomato gravy", "corn", "sugar"),
    ("meal", "banana mahewu from the shop", "corn sugar", ""),  # why: fermented maize drink, flavoured versions sweetened
    ("meal", "oats w milk, 1 sugar", "dairy sugar", "wheat"),
    ("meal", "grilled hake, roast butternut, green beans", "", ""),
]

# ---------------------------------------------------------------- Pieter, Cape Town, Afrikaans and English
BLIND9_CASES += [
    ("meal", "braai: lamsjops, boerewors, braaibroodjies en 'n bier", "wheat dairy", "corn soy sugar"),  # why: braaibroodjies = cheese/tomato/onion toasties, often with chutney
    ("meal", "ouma beskuit by my koffie", "wheat sugar", "dairy"),
    ("meal", "biltong, a whole packet, watching the rugby", "", "sugar"),
    ("meal", "droëwors in die kar", "", ""),
    ("meal", "bobotie met geelrys", "wheat dairy sugar", ""),  # why: milk-soaked bread, egg-milk topping; geelrys has sugar
    ("meal", "melktert at the church bazaar", "wheat dairy sugar", ""),
    ("meal", "2 koeksisters", "wheat sugar", ""),
    ("meal", "snoek op die kole met appelkooskonfyt glaze, patats", "sugar", ""),  # why: patats are sweet potatoes
    ("meal", "beef potjiekos op die vuur", "", "wheat corn soy sugar"),  # why: often made with packet soup/stock
    ("meal", "pannekoek met kaneelsuiker", "wheat dairy sugar", ""),
    ("meal", "mieliepap met melk en suiker", "dairy corn sugar", ""),
    ("meal", "stywe pap en sous by die braai", "corn", "sugar"),
    ("meal", "steak gatsby from the corner café, shared", "wheat", "dairy corn soy sugar"),
    ("meal", "slaptjips met asyn", "", "corn soy"),
    ("meal", "'n castle lite en 'n paar grondboontjies", "", "wheat corn sugar"),
    ("meal", "ontbyt: eiers, spek, tamatie in die pan. geen brood nie", "", "corn sugar"),
    ("meal", "vrugteslaai met bulgarian yoghurt", "dairy", ""),
    ("meal", "oops dit was woolies dairy-free yoghurt, nie die gewone nie", "", "soy sugar"),
    ("meal", "malva poeding met vla", "wheat dairy sugar", ""),
    ("meal", "kreef op die braai met knoffelbotter", "dairy", ""),
]

# ---------------------------------------------------------------- Fatima, Durban / Cape Malay family
BLIND9_CASES += [
    ("meal", "mutton bunny chow from the spot on grey street", "wheat", "dairy"),
    ("meal", "breyani w dhal and sambals", "", "dairy"),
    ("meal", "4 samoosas at iftar", "wheat", "corn soy"),
    ("meal", "chilli bites", "", "corn soy"),  # why: dhaltjies are chickpea flour; frying oil
    ("meal", "roti and potato curry", "wheat", "dairy"),
    ("meal", "falooda at the tea room", "dairy sugar", "wheat corn"),
    ("meal", "cape malay chicken curry w rice and blatjang", "sugar", ""),
    ("meal", "cape malay koesisters sunday morning", "wheat sugar", "dairy"),
    ("meal", "akhni w salad", "", "dairy"),
    ("meal", "sugar bean curry w rice", "", ""),  # why: sugar beans are a legume
    ("meal", "pineapple w chilli salt from the beach vendor", "", ""),
    ("meal", "boeber on the 15th of ramadaan", "wheat dairy sugar", ""),
    ("meal", "date and nut balls i made, no sugar added", "", ""),
    ("meal", "mince samoosa and a coke", "wheat sugar", "corn"),
    ("meal", "fish breyani", "", "dairy"),
]

# ================================================================ LABELS: United States (incl. Hispanic and Korean aisles)
BLIND9_CASES += [
    ("label", "Kraft Macaroni & Cheese Dinner Original. Ingredients: Enriched Macaroni Product (Wheat Flour, Durum Flour, Niacin, Ferrous Sulfate [Iron], Thiamin Mononitrate [Vitamin B1], Riboflavin [Vitamin B2], Folic Acid); Cheese Sauce Mix (Whey, Milkfat, Milk Protein Concentrate, Salt, Sodium Triphosphate, Contains Less than 2% of Citric Acid, Lactic Acid, Sodium Phosphate, Calcium Phosphate, Paprika, Turmeric, and Annatto [Color], Enzymes, Cheese Culture). Contains: Wheat, Milk.", "wheat dairy", "corn"),
    ("label", "Cheerios. Gluten Free. Ingredients: Whole Grain Oats, Corn Starch, Sugar, Salt, Tripotassium Phosphate. Vitamin E (mixed tocopherols) Added to Preserve Freshness.", "corn sugar", ""),
    ("label", "Honey Nut Cheerios. Ingredients: Whole Grain Oats, Sugar, Oat Bran, Corn Starch, Honey, Brown Sugar Syrup, Salt, Tripotassium Phosphate, Canola and/or Rice Bran Oil, Natural Almond Flavor. Vitamin E (mixed tocopherols) Added to Preserve Freshness.", "corn sugar", "wheat"),
    ("label", "Pepperidge Farm Goldfish Colors Cheddar Crackers. Ingredients: Made with smiles and enriched wheat flour (flour, niacin, reduced iron, thiamine mononitrate, riboflavin, folic acid), cheddar cheese ([cultured milk, salt, enzymes], annatto), vegetable oils (canola, sunflower and/or soybean), contains 2% or less of: salt, colors (beet juice concentrate, huito juice concentrate, watermelon juice concentrate, turmeric, paprika), yeast, sugar, autolyzed yeast extract, leavening (baking soda, monocalcium phosphate), onion powder. Contains: Wheat, Milk.", "wheat dairy sugar", "soy"),
    ("label", "Doritos Nacho Cheese Flavored Tortilla Chips. Ingredients: Corn, Vegetable Oil (Corn, Canola, and/or Sunflower Oil), Maltodextrin (Made from Corn), Salt, Cheddar Cheese (Milk, Cheese Cultures, Salt, Enzymes), Whey, Monosodium Glutamate, Buttermilk, Romano Cheese (Part-Skim Cow's Milk, Cheese Cultures, Salt, Enzymes), Whey Protein Concentrate, Onion Powder, Corn Flour, Natural and Artificial Flavor, Dextrose, Tomato Powder, Lactose, Spices, Artificial Color (Yellow 6, Yellow 5, Red 40), Lactic Acid, Citric Acid, Sugar, Garlic Powder, Skim Milk, Red and Green Bell Pepper Powder, Disodium Inosinate, Disodium Guanylate. Contains milk ingredients.", "dairy corn sugar", ""),
    ("label", "Lay's Classic Potato Chips. Ingredients: Potatoes, Vegetable Oil (Sunflower, Corn, and/or Canola Oil), and Salt. No MSG. Gluten free.", "", "corn"),  # why: 'and/or' oil blend may or may not be corn
    ("label", "OREO Chocolate Sandwich Cookies. Ingredients: Unbleached Enriched Flour (Wheat Flour, Niacin, Reduced Iron, Thiamine Mononitrate {Vitamin B1}, Riboflavin {Vitamin B2}, Folic Acid), Sugar, Palm and/or Canola Oil, Cocoa (Processed with Alkali), High Fructose Corn Syrup, Leavening (Baking Soda and/or Calcium Phosphate), Cornstarch, Salt, Soy Lecithin, Vanillin, Artificial Flavor, Chocolate. Contains: Wheat, Soy. May contain Milk.", "wheat corn soy sugar", "dairy"),
    ("label", "Nature Valley Crunchy Granola Bars Oats 'n Honey. Ingredients: Whole Grain Oats, Sugar, Canola Oil, Rice Flour, Honey, Salt, Brown Sugar Syrup, Baking Soda, Soy Lecithin, Natural Flavor. Contains Soy Ingredients.", "soy sugar", "wheat"),  # why: oats without gluten-free claim
    ("label", "Heinz Tomato Ketchup. Ingredients: Tomato Concentrate from Red Ripe Tomatoes, Distilled Vinegar, High Fructose Corn Syrup, Corn Syrup, Salt, Spice, Onion Powder, Natural Flavoring.", "corn sugar", ""),
    ("label", "Heinz Tomato Ketchup No Sugar Added. Ingredients: Tomato Concentrate from Red Ripe Tomatoes, Distilled Vinegar, Salt, Less than 2% of: Natural Flavoring, Onion Powder, Spice, Sucralose. Not a low calorie food.", "", ""),
    ("label", "Jif Creamy Peanut Butter. Made from roasted peanuts and sugar, contains 2% or less of: molasses, fully hydrogenated vegetable oils (rapeseed and soybean), mono and diglycerides, salt.", "soy sugar", ""),
    ("label", "Smucker's Natural Creamy Peanut Butter. Ingredients: Peanuts, contains 1% or less of Salt. Stir Well.", "", ""),
    ("label", "Nutella Hazelnut Spread with Cocoa. Ingredients: Sugar, Palm Oil, Hazelnuts, Skim Milk, Cocoa, Soy Lecithin as emulsifier, Vanillin: an artificial flavor. Contains: Hazelnuts, Milk, Soy.", "dairy soy sugar", ""),
    ("label", "Nestlé Coffee mate The Original Powder Coffee Creamer. Lactose Free. Non-Dairy. Ingredients: Corn Syrup Solids, Hydrogenated Vegetable Oil (Coconut and/or Palm Kernel and/or Soybean), Less than 2% of Sodium Caseinate (a Milk Derivative)**, Mono- and Diglycerides, Dipotassium Phosphate, Sodium Aluminosilicate, Artificial Flavor, Annatto Color. **Not a source of lactose.", "dairy corn sugar", "soy"),  # why: 'non-dairy' yet caseinate named
    ("label", "Kellogg's Eggo Homestyle Waffles. Ingredients: Enriched flour (wheat flour, niacin, reduced iron, vitamin B1 [thiamin mononitrate], vitamin B2 [riboflavin], folic acid), water, vegetable oil (soybean, palm), eggs, sugar, leavening (baking soda, sodium aluminum phosphate, monocalcium phosphate), contains 2% or less of salt, whey, soy lecithin. Contains wheat, egg, milk, soy ingredients.", "wheat dairy soy sugar", ""),
    ("label", "Pop-Tarts Frosted Strawberry. Ingredients: Enriched flour (wheat flour, niacin, reduced iron, vitamin B1, vitamin B2, folic acid), corn syrup, high fructose corn syrup, dextrose, soybean and palm oil (with TBHQ for freshness), sugar, bleached wheat flour, contains 2% or less of wheat starch, salt, dried strawberries, dried pears, dried apples, leavening, citric acid, gelatin, modified wheat starch, xanthan gum, soy lecithin, caramel color, red 40, yellow 6, blue 1. Contains wheat, soy.", "wheat corn soy sugar", ""),
    ("label", "Annie's Organic Cheddar Bunnies Baked Snack Crackers. Ingredients: Organic wheat flour, organic expeller pressed sunflower oil, cheddar cheese (cultured pasteurized milk, salt, non-animal enzymes), salt, organic onion powder, organic paprika, baking soda, monocalcium phosphate, natural flavor. Contains: Wheat, Milk.", "wheat dairy", ""),
    ("label", "Siete Sea Salt Grain Free Tortilla Chips. Grain Free. Dairy Free. Non-GMO. Ingredients: Cassava Flour, Avocado Oil, Coconut Flour, Sea Salt.", "", ""),  # why: 'tortilla chips' but no corn
    ("label", "Simple Mills Fine Ground Sea Salt Almond Flour Crackers. Gluten free, grain free. Ingredients: Almond Flour Blend (Almonds, Sunflower Seeds, Flax Seeds), Tapioca, Organic Onion, Sea Salt, Organic Garlic, Rosemary Extract (for freshness).", "", ""),
    ("label", "RXBAR Chocolate Sea Salt. 3 Egg Whites, 6 Almonds, 4 Cashews, 2 Dates, No B.S. No added sugar. Ingredients: Dates, Egg Whites, Cashews, Almonds, Chocolate, Cocoa, Sea Salt, Natural Flavors. Contains: Egg, Almond, Cashew.", "", "dairy"),  # why: natural flavors in a sweet bar
    ("label", "LaCroix Sparkling Water Pamplemousse. Calorie free, sweetener free, sodium free. Ingredients: Carbonated Water, Natural Flavor.", "", ""),
    ("label", "Gatorade Thirst Quencher Lemon-Lime. Ingredients: Water, Sugar, Dextrose, Citric Acid, Salt, Sodium Citrate, Monopotassium Phosphate, Modified Food Starch, Natural Flavor, Glycerol Ester of Rosin, Yellow 5.", "sugar", "wheat corn"),
    ("label", "Coca-Cola Classic. Ingredients: Carbonated Water, High Fructose Corn Syrup, Caramel Color, Phosphoric Acid, Natural Flavors, Caffeine.", "corn sugar", ""),
    ("label", "Diet Coke. Ingredients: Carbonated Water, Caramel Color, Aspartame, Phosphoric Acid, Potassium Benzoate (to Protect Taste), Natural Flavors, Citric Acid, Caffeine. Phenylketonurics: Contains Phenylalanine.", "", "corn"),
    ("label", "Smucker's Strawberry Jam. Ingredients: Strawberries, High Fructose Corn Syrup, Corn Syrup, Sugar, Fruit Pectin, Citric Acid.", "corn sugar", ""),
    ("label", "Polaner All Fruit Strawberry Spreadable Fruit. No sugar added. Ingredients: Fruit Syrup (Grape, Pear and Pineapple Juice Concentrates), Strawberries, Fruit Pectin, Lemon Juice Concentrate, Natural Flavor.", "", "sugar"),  # why: juice concentrates as sweetener
    ("label", "KIND Dark Chocolate Nuts & Sea Salt. Ingredients: Almonds, Peanuts, Chicory Root Fiber, Honey, Palm Kernel Oil, Sugar, Glucose Syrup, Rice Flour, Unsweetened Chocolate, Sea Salt, Cocoa Powder, Soy Lecithin, Milk Powder, Natural Flavor. Contains Milk, Peanuts, Almonds, Soy.", "dairy soy sugar", "corn"),
    ("label", "Premier Protein Chocolate Shake. 30g protein, 1g sugar. Ingredients: Water, Milk Protein Concentrate, Calcium Caseinate, Less than 1% of: Cocoa Powder (Processed with Alkali), Natural and Artificial Flavors, Potassium Citrate, Magnesium Phosphate, Cellulose Gel, Cellulose Gum, Carrageenan, Sucralose, Acesulfame Potassium. Contains: Milk.", "dairy", ""),
    ("label", "Quest Protein Bar Cookies & Cream. Ingredients: Protein Blend (Milk Protein Isolate, Whey Protein Isolate), Soluble Corn Fiber, Almonds, Erythritol, Water, Cocoa Butter, Unsweetened Chocolate, Natural Flavors, Sea Salt, Cocoa (processed with alkali), Sucralose. Contains: Milk, Almonds.", "dairy corn", ""),
    ("label", "Hidden Valley The Original Ranch Dressing. Ingredients: Vegetable Oil (Soybean and/or Canola), Water, Egg Yolk, Sugar, Salt, Cultured Nonfat Buttermilk, Natural Flavors (Soy), Less than 1% of: Spices, Dried Garlic, Dried Onion, Vinegar, Phosphoric Acid, Xanthan Gum, Modified Food Starch, Monosodium Glutamate, Artificial Flavors, Disodium Phosphate, Sorbic Acid and Calcium Disodium EDTA as Preservatives, Disodium Inosinate, Disodium Guanylate. Contains: Egg, Milk, Soy.", "dairy soy sugar", "wheat corn"),
    ("label", "Hellmann's Real Mayonnaise. Ingredients: Soybean Oil, Water, Whole Eggs and Egg Yolks, Vinegar, Salt, Sugar, Lemon Juice Concentrate, Calcium Disodium EDTA (Used to Protect Quality), Natural Flavors. Contains: Egg.", "soy sugar", ""),
    ("label", "Wonder Classic White Bread. Ingredients: Enriched Wheat Flour [Flour, Barley Malt, Ferrous Sulfate (Iron), B Vitamins (Niacin, Thiamine Mononitrate (B1), Riboflavin (B2), Folic Acid)], Water, High Fructose Corn Syrup, Contains 2% or Less of: Yeast, Soybean Oil, Salt, Calcium Sulfate, Sodium Stearoyl Lactylate, Monoglycerides, Calcium Propionate, Wheat Gluten, Soy Lecithin. Contains: Wheat, Soy.", "wheat corn soy sugar", ""),
    ("label", "Dave's Killer Bread 21 Whole Grains and Seeds. Organic. Ingredients: Organic whole wheat (organic whole wheat flour, organic cracked whole wheat), water, organic cane sugar, organic 21 whole grains and seeds mix (organic whole flax seeds, organic sunflower seeds, organic rolled oats, organic triticale, organic pumpkin seeds, organic millet, organic corn meal, organic brown rice, organic sesame seeds, organic amaranth, organic quinoa), organic wheat gluten, organic oat fiber, salt, organic cultured wheat flour, yeast, organic vinegar.", "wheat corn sugar", ""),
    ("label", "Mission Flour Tortillas Soft Taco. Ingredients: Enriched Bleached Flour (Wheat Flour, Niacin, Reduced Iron, Thiamine Mononitrate, Riboflavin, Folic Acid), Water, Vegetable Shortening (Interesterified Soybean Oil, Hydrogenated Soybean Oil and/or Palm Oil), Contains 2% or less of: Salt, Leavening (Sodium Bicarbonate, Sodium Aluminum Sulfate, Corn Starch, Monocalcium Phosphate, and/or Sodium Acid Pyrophosphate, Calcium Sulfate), Distilled Monoglycerides, Enzymes, Wheat Starch, Calcium Propionate, Sorbic Acid, Fumaric Acid, Sugar. Contains: Wheat.", "wheat corn soy sugar", ""),
    ("label", "Mission White Corn Tortillas. Gluten Free. Ingredients: Corn Masa Flour (Corn Treated With Lime), Water, Contains 2% or less of: Cellulose Gum, Propionic Acid, Benzoic Acid, Phosphoric Acid, Dextrose, Guar Gum, Amylase.", "corn sugar", ""),
    ("label", "MASECA Harina de Maíz Instantánea / Instant Corn Masa Flour. Ingredientes: Harina de maíz nixtamalizado, cal. Ingredients: Corn flour treated with lime, traces of lime. Sin gluten / Gluten free.", "corn", ""),
    ("label", "Takis Fuego Hot Chili Pepper & Lime Rolled Tortilla Chips. Ingredients: Corn Masa Flour (Processed with Lime), Vegetable Oil (Palm, Soybean and/or Canola Oil), Seasoning (Maltodextrin, Salt, Citric Acid, Sugar, Monosodium Glutamate, Hydrolyzed Soy Protein, Onion Powder, Yeast Extract, Red 40 Lake, Yellow 6 Lake, Yellow 5 Lake, Sodium Bicarbonate). Contains: Soy.", "corn soy sugar", ""),
    ("label", "Sazón GOYA con Culantro y Achiote / with Coriander & Annatto. Ingredientes: Sal, glutamato monosódico, ajo, comino, cilantro, achiote, fécula de maíz, rojo 40, amarillo 5. Ingredients: Salt, monosodium glutamate, garlic, cumin, coriander, annatto, corn starch, red 40, yellow 5.", "corn", ""),
    ("label", "Jarritos Mandarin Soda. Natural flavor. Ingredients: Carbonated Water, Sugar, Citric Acid, Natural Flavor, Sodium Benzoate (Preservative), Yellow #6.", "sugar", "corn"),
    ("label", "Gansito Marinela. Pastelito relleno sabor fresa con cobertura sabor chocolate. Ingredientes: Harina de trigo, azúcar, jarabe de maíz de alta fructosa, cobertura sabor chocolate (azúcar, grasa vegetal, cocoa, leche descremada en polvo, lecitina de soya), relleno sabor fresa (jarabe de glucosa, azúcar, pulpa de fresa, ácido cítrico), huevo, crema sabor leche (azúcar, grasa vegetal, suero de leche), sal, polvo para hornear. Contiene: trigo, huevo, leche, soya.", "wheat dairy corn soy sugar", ""),
    ("label", "Chocolate Abuelita Tablillas. Ingredientes: Azúcar, chocolate, aceites vegetales (palma, palmiste), lecitina de soya, polirricinoleato de poliglicerol, sabor artificial. Puede contener leche.", "soy sugar", "dairy"),
    ("label", "Cholula Original Hot Sauce. Ingredients: Water, Peppers (Arbol and Piquin), Salt, Vinegar, Garlic Powder, Spices, Xanthan Gum.", "", "corn"),
    ("label", "Nissin Cup Noodles Chicken Flavor. Ingredients: Enriched Wheat Flour (Wheat Flour, Niacin, Reduced Iron, Thiamine Mononitrate, Riboflavin, Folic Acid), Vegetable Oil (Contains One or More of the Following: Canola, Cottonseed, Palm), Dehydrated Vegetables (Carrot, Corn, Peas, Onion), Salt, Contains Less than 2% of: Soy Sauce (Water, Wheat, Soybeans, Salt), Sugar, Monosodium Glutamate, Hydrolyzed Corn Protein, Chicken Powder, Potassium Carbonate, Dextrose, Spices. Contains: Wheat, Soy.", "wheat corn soy sugar", ""),
    ("label", "Lunchables Turkey & Cheddar Cracker Stackers. Ingredients: Crackers: Enriched Flour (Wheat Flour, Niacin, Reduced Iron, Thiamine Mononitrate, Riboflavin, Folic Acid), Soybean Oil, Sugar, Partially Hydrogenated Cottonseed Oil, Salt, Leavening, High Fructose Corn Syrup, Soy Lecithin. Cooked Smoked Turkey Breast: Turkey Breast, Water, Contains Less than 2% of Modified Corn Starch, Salt, Sugar, Potassium Lactate, Sodium Phosphates, Sodium Diacetate, Sodium Erythorbate, Sodium Nitrite. Cheddar Cheese: Pasteurized Milk, Cheese Culture, Salt, Enzymes, Annatto. Contains: Wheat, Milk, Soy.", "wheat dairy corn soy sugar", ""),
    ("label", "Smucker's Uncrustables Peanut Butter & Grape Jelly Sandwich. Ingredients: Bread (Whole Wheat Flour, Enriched Wheat Flour, Water, Sugar, Yeast, Soybean Oil, Wheat Gluten, Contains 2% or Less of: Salt, Dough Conditioners, Soy Lecithin), Peanut Butter (Peanuts, Dextrose, Hydrogenated Vegetable Oil [Cottonseed, Rapeseed, Soybean], Salt, Molasses), Grape Jelly (High Fructose Corn Syrup, Corn Syrup, Grape Juice Concentrate, Fruit Pectin, Citric Acid). Contains: Wheat, Peanut, Soy.", "wheat corn soy sugar", ""),
    ("label", "Trader Joe's Mandarin Orange Chicken. Ingredients: Chicken, Batter (Water, Wheat Flour, Corn Starch, Modified Corn Starch, Salt, Leavening), Canola Oil, Sauce (Sugar, Water, Soy Sauce [Water, Wheat, Soybeans, Salt], Rice Vinegar, Orange Peel, Modified Corn Starch, Ginger, Garlic, Chili). Contains Wheat, Soy.", "wheat corn soy sugar", ""),
    ("label", "Chobani Non-Fat Plain Greek Yogurt. Only natural ingredients. Ingredients: Cultured Nonfat Milk. Contains live and active cultures. Contains: Milk.", "dairy", ""),
    ("label", "Yoplait Original Strawberry Low Fat Yogurt. Ingredients: Cultured Grade A Low Fat Milk, Sugar, Strawberries, Modified Corn Starch, Contains 1% or Less of: Corn Starch, Natural Flavor, Pectin, Red 40, Vitamin A Acetate, Vitamin D3.", "dairy corn sugar", ""),
    ("label", "Silk Unsweetened Almondmilk. Dairy Free, Soy Free, Gluten Free. Ingredients: Almondmilk (Filtered Water, Almonds), Calcium Carbonate, Sea Salt, Locust Bean Gum, Potassium Citrate, Gellan Gum, Sunflower Lecithin, Vitamin A Palmitate, Vitamin D2, D-Alpha-Tocopherol (Natural Vitamin E).", "", ""),
    ("label", "Silk Original Soymilk. Ingredients: Soymilk (Filtered Water, Soybeans), Cane Sugar, Contains 2% or less of: Calcium Carbonate, Sea Salt, Natural Flavor, Gellan Gum, Vitamin A Palmitate, Vitamin D2, Riboflavin, Vitamin B12. Contains: Soy.", "soy sugar", ""),
    ("label", "Kroger Deli Shaved Oven Roasted Turkey Breast. Ingredients: Turkey Breast, Water, Contains 2% or less of Salt, Dextrose, Modified Food Starch, Sodium Phosphate, Carrageenan, Sodium Erythorbate, Sodium Nitrite.", "sugar", "wheat corn"),
    ("label", "Oscar Mayer Naturally Hardwood Smoked Bacon. Ingredients: Bacon Cured with Water, Salt, Sugar, Sodium Phosphates, Sodium Ascorbate, Sodium Nitrite.", "sugar", ""),
    ("label", "Applegate Naturals No Sugar Uncured Bacon. Ingredients: Pork, Water, Sea Salt, Celery Powder. Whole30 Approved.", "", ""),
    ("label", "Bush's Original Baked Beans. Ingredients: Prepared White Beans, Water, Sugar, Bacon, Brown Sugar, Contains 2% or less of: Salt, Corn Starch, Onions, Spices, Caramel Color, Natural Flavor, Garlic.", "corn sugar", ""),
    ("label", "Campbell's Condensed Cream of Mushroom Soup. Ingredients: Water, Mushrooms, Vegetable Oil (Corn, Cottonseed, Canola, and/or Soybean), Modified Food Starch, Wheat Flour, Contains Less than 2% of: Cream (Milk), Salt, Dried Whey (Milk), Monosodium Glutamate, Soy Protein Concentrate, Yeast Extract, Dehydrated Garlic, Spice Extract. Contains: Wheat, Milk, Soy.", "wheat dairy soy", "corn"),
    ("label", "JIFFY Corn Muffin Mix. Ingredients: Wheat Flour, Degerminated Yellow Corn Meal, Sugar, Animal Shortening (Lard, Hydrogenated Lard, BHT), Contains 2% or less of each: Baking Soda, Sodium Acid Pyrophosphate, Salt, Monocalcium Phosphate, Niacin, Reduced Iron, Thiamine Mononitrate, Riboflavin, Folic Acid. Contains: Wheat. May contain milk, egg, soy.", "wheat corn sugar", "dairy soy"),
    ("label", "Cheez-It Original Baked Snack Crackers. Ingredients: Enriched Flour (Wheat Flour, Niacin, Reduced Iron, Vitamin B1, Vitamin B2, Folic Acid), Vegetable Oil (High Oleic Soybean, Palm, and Palm Kernel Oil with TBHQ for Freshness), Cheese Made with Skim Milk (Skim Milk, Whey Protein, Salt, Cheese Cultures, Enzymes, Annatto Extract Color), Contains 2% or Less of Salt, Paprika, Yeast, Paprika Extract Color, Soy Lecithin. Contains: Wheat, Milk, Soy.", "wheat dairy soy", ""),
    ("label", "SkinnyPop Original Popcorn. Dairy free, gluten free, non-GMO. Ingredients: Popcorn, Sunflower Oil, and Salt.", "corn", ""),
    ("label", "Daiya Cheddar Style Shreds. Dairy free, gluten free, soy free. Ingredients: Filtered Water, Tapioca Starch, Coconut Oil, Expeller Pressed Canola and/or Safflower Oil, Natural Flavors (Vegan Sources), Pea Protein, Salt, Tricalcium Phosphate, Lactic Acid (Vegan), Konjac Gum, Yeast Extract, Annatto Color.", "", ""),
    ("label", "Hershey's Milk Chocolate Bar. Ingredients: Sugar, Milk, Chocolate, Cocoa Butter, Lactose, Milk Fat, Soy Lecithin, PGPR, Emulsifier, Natural Flavor. Contains: Milk, Soy.", "dairy soy sugar", ""),
    ("label", "Reese's Peanut Butter Cups. Ingredients: Milk Chocolate (Sugar, Cocoa Butter, Chocolate, Nonfat Milk, Milk Fat, Lactose, Soy Lecithin, PGPR), Peanuts, Sugar, Dextrose, Salt, TBHQ and Citric Acid to Maintain Freshness.", "dairy soy sugar", "corn"),
    ("label", "Skittles Original Bite Size Candies. Ingredients: Sugar, Corn Syrup, Hydrogenated Palm Kernel Oil, Citric Acid, Tapioca Dextrin, Modified Corn Starch, Natural and Artificial Flavors, Colors (Titanium Dioxide, Red 40 Lake, Yellow 5 Lake, Yellow 6 Lake, Blue 2 Lake, Blue 1), Sodium Citrate, Carnauba Wax.", "corn sugar", ""),
    ("label", "Annie's Organic Honey Bunny Grahams. Ingredients: Organic Wheat Flour, Organic Cane Sugar, Organic Expeller Pressed Sunflower Oil, Organic Whole Wheat Flour, Organic Honey, Organic Molasses, Baking Soda, Salt, Natural Flavor. Contains: Wheat.", "wheat sugar", ""),
    ("label", "Rao's Homemade Marinara Sauce. No sugar added. Ingredients: Italian Whole Peeled Tomatoes, Olive Oil, Onions, Salt, Garlic, Basil, Black Pepper, Oregano.", "", ""),
    ("label", "Prego Traditional Italian Sauce. Ingredients: Tomato Puree (Water, Tomato Paste), Diced Tomatoes in Tomato Juice, Sugar, Less than 2% of: Canola Oil, Salt, Dehydrated Onions, Spices, Garlic Powder, Citric Acid, Natural Flavoring.", "sugar", "corn"),
    ("label", "Kraft Singles American Pasteurized Prepared Cheese Product. Ingredients: Milk, Whey, Milk Protein Concentrate, Milkfat, Sodium Citrate, Contains Less than 2% of Calcium Phosphate, Salt, Lactic Acid, Sorbic Acid as a Preservative, Apocarotenal (Color), Annatto (Color), Enzymes, Cheese Culture, Vitamin D3. Contains: Milk.", "dairy", ""),
    ("label", "Epic Bison Bacon Cranberry Bar. Ingredients: Bison, Uncured Bacon (Pork, Water, Sea Salt, Celery Powder), Dried Cranberries (Cranberries, Sugar, Sunflower Oil), Sea Salt, Spices.", "sugar", ""),  # why: dried cranberries are sweetened
]

# ---------------------------------------------------------------- LABELS: Korean aisle (H Mart), Korean and English
BLIND9_CASES += [
    ("label", "농심 신라면 Shin Ramyun. 원재료명: 면: 소맥분(밀:미국산,호주산), 감자전분(외국산), 팜유(말레이시아산), 변성전분, 정제염, 면류첨가알칼리제(산도조절제), 혼합제제(산도조절제), 녹차풍미유. 스프: 정제염, 간장분말(대두, 밀), 설탕, 고춧가루, 쇠고기추출물분말, 마늘, 양파, 버섯, 표고버섯. 밀, 대두, 우유, 쇠고기 함유.", "wheat dairy soy sugar", "corn"),  # why: 변성전분 (modified starch) source unstated; 우유 = milk in allergen line
    ("label", "CJ 해찬들 태양초 고추장. 원재료명: 물엿(옥수수), 고춧가루(중국산), 소맥분(밀), 정제소금, 쌀(국산), 대두, 주정, 효모분말, 종국. 밀, 대두 함유.", "wheat corn soy sugar", ""),  # why: 물엿(옥수수) = corn syrup
    ("label", "빙그레 바나나맛 우유 Banana Flavored Milk. 원재료명: 원유 85%, 정제수, 설탕, 바나나농축과즙 1%, 카로틴, 천연향료, 유화제, 안정제. 우유 함유.", "dairy sugar", ""),
    ("label", "오리온 초코파이 情. 원재료명: 밀가루(밀:미국산), 설탕, 물엿, 쇼트닝(팜유), 코코아매스, 전란액, 유청분말(우유), 마가린, 코코아분말, 젤라틴, 대두레시틴, 산도조절제, 합성향료. 밀, 우유, 대두, 계란, 돼지고기 함유.", "wheat dairy soy sugar", "corn"),
    ("label", "종가 포기김치 Jongga Napa Cabbage Kimchi. 원재료명: 배추(국산), 무, 고춧가루, 마늘, 양파, 찹쌀풀, 정제소금, 멸치액젓, 설탕, 생강, 새우젓. 새우 함유.", "sugar", ""),
    ("label", "풀무원 국산콩 두부 단단한 부침용. 원재료명: 대두(국산) 99.9%, 정제수, 응고제(염화마그네슘). 대두 함유.", "soy", ""),
    ("label", "bibigo Pork & Vegetable Mandu. Ingredients: Filling: Pork, Cabbage, Onion, Textured Soy Protein, Green Onion, Soy Sauce (Water, Soybean, Wheat, Salt), Sugar, Sesame Oil, Garlic, Black Pepper. Wrapper: Wheat Flour, Water, Soybean Oil, Modified Tapioca Starch, Salt. Contains: Wheat, Soy.", "wheat soy sugar", ""),
    ("label", "Yakult Probiotic Drink. Ingredients: Water, Sugar, Skim Milk Powder, Glucose, Natural Flavors, Live Lactobacillus casei Shirota. Contains: Milk.", "dairy sugar", "corn"),
    ("label", "샘표 양조간장 501. 원재료명: 정제수, 탈지대두(인도산), 소맥(밀), 천일염, 과당, 효모추출물. 대두, 밀 함유.", "wheat soy sugar", ""),
    ("label", "오뚜기 참기름 Ottogi Sesame Oil. 원재료명: 참깨 100%.", "", ""),
]

# ---------------------------------------------------------------- LABELS: Canada (bilingual English/French, Québec French)
BLIND9_CASES += [
    ("label", "Kraft Dinner Original Macaroni & Cheese / Macaroni et fromage. Ingredients: Enriched wheat flour, cheese sauce mix (modified milk ingredients, salt, sodium phosphates, citric acid, lactic acid, colour, cheese culture, enzymes). Ingrédients : Farine de blé enrichie, mélange pour sauce au fromage (substances laitières modifiées, sel, phosphates de sodium, acide citrique, acide lactique, colorant, culture de fromage, enzymes). Contains: Wheat, Milk. Contient : Blé, Lait.", "wheat dairy", "corn"),
    ("label", "Lay's Ketchup Flavour Potato Chips / Croustilles saveur de ketchup. Ingredients: Potatoes, vegetable oil (sunflower, canola and/or corn), ketchup seasoning (sugar, dextrose, salt, tomato powder, citric acid, onion powder, natural flavour, paprika extract, beet powder, garlic powder). Ingrédients : Pommes de terre, huile végétale (tournesol, canola et/ou maïs), assaisonnement ketchup (sucre, dextrose, sel, poudre de tomate, acide citrique, poudre d'oignon, arôme naturel, extrait de paprika, poudre de betterave, poudre d'ail).", "sugar", "corn"),
    ("label", "Nestlé Coffee Crisp. Ingredients: Sugar, modified milk ingredients, wheat flour, cocoa butter, hydrogenated vegetable oil (palm kernel), cocoa mass, coffee, lactose, soy lecithin, baking soda, salt, artificial flavour. Ingrédients : Sucre, substances laitières modifiées, farine de blé, beurre de cacao, huile végétale hydrogénée (palmiste), pâte de cacao, café, lactose, lécithine de soja, bicarbonate de sodium, sel, arôme artificiel. Contains: Milk, Wheat, Soy.", "wheat dairy soy sugar", ""),
    ("label", "President's Choice The Decadent Chocolate Chip Cookies. Ingredients: Enriched wheat flour, chocolate chips (sugar, unsweetened chocolate, cocoa butter, dextrose, milk ingredients, soy lecithin, natural flavour), sugar, butter, brown sugar, vegetable oil shortening (palm, modified palm), invert sugar, eggs, baking soda, salt, natural flavour. Contains: Wheat, Milk, Egg, Soy. May contain: Peanuts, Tree Nuts.", "wheat dairy soy sugar", "corn"),
    ("label", "Vachon Jos Louis. Gâteaux fourrés à la crème enrobés de chocolat. Ingrédients : Sucre, farine de blé enrichie, huile de palme modifiée, eau, sirop de maïs, œufs, cacao, substances laitières modifiées, amidon de maïs modifié, sel, lécithine de soja, bicarbonate de sodium, arôme artificiel, sorbate de potassium. Contient : Blé, Œuf, Lait, Soja. Ingredients: Sugar, enriched wheat flour, modified palm oil, water, corn syrup, eggs, cocoa, modified milk ingredients, modified corn starch, salt, soy lecithin.", "wheat dairy corn soy sugar", ""),
    ("label", "Sirop d'érable pur 100 % / 100% Pure Maple Syrup. Produit du Québec. Catégorie A, doré, goût délicat / Grade A Golden, Delicate Taste. Ingrédients : sirop d'érable. Ingredients: maple syrup.", "", "sugar"),  # why: maple is a natural sweetener: possible
    ("label", "Fromagerie Saint-Guillaume Fromage cheddar en grains frais du jour / Fresh cheddar cheese curds. Ingrédients : lait pasteurisé, substances laitières modifiées, culture bactérienne, sel, chlorure de calcium, présure. Ingredients: pasteurized milk, modified milk ingredients, bacterial culture, salt, calcium chloride, rennet.", "dairy", ""),
    ("label", "Clark Fèves au lard à la mélasse / Baked Beans with Pork and Molasses. Ingredients: Water, navy beans, molasses, sugar, pork, modified corn starch, salt, mustard, spices, onion powder. Ingrédients : Eau, haricots blancs, mélasse, sucre, porc, amidon de maïs modifié, sel, moutarde, épices, poudre d'oignon.", "corn sugar", ""),
    ("label", "Tourtière traditionnelle du Québec, 1 kg. Ingrédients : Croûte : farine de blé enrichie, shortening (huile de palme, huile de canola), eau, sel, sucre. Garniture : porc, bœuf, eau, oignons, chapelure (farine de blé, sucre, levure, sel), flocons de pommes de terre, sel, épices, ail. Contient : Blé.", "wheat sugar", ""),
    ("label", "Liberté Méditerranée Yogourt nature 6 % M.G. Ingrédients : Lait, crème, substances laitières modifiées, culture bactérienne active. Ingredients: Milk, cream, modified milk ingredients, active bacterial culture.", "dairy", ""),
    ("label", "Natrel Lactose Free 2% Milk / Lait sans lactose 2 %. Ingredients: Partly skimmed milk, lactase enzyme, vitamin A palmitate, vitamin D3. Ingrédients : Lait partiellement écrémé, enzyme lactase, palmitate de vitamine A, vitamine D3.", "dairy", ""),  # why: lactose-free milk is still dairy
    ("label", "Maple Leaf Top Dogs Original Wieners / Saucisses fumées. Ingredients: Pork, water, mechanically separated chicken, modified milk ingredients, salt, glucose solids, sodium phosphate, spices, sodium erythorbate, garlic powder, sodium nitrite, smoke. Contains: Milk.", "dairy sugar", "corn"),
    ("label", "President's Choice Memories of Kobe Korean BBQ Sauce. Ingredients: Sugar, water, soy sauce (water, soybeans, wheat, salt), pear purée, garlic, sesame oil, onion, modified corn starch, rice vinegar, ginger, xanthan gum, spices. Contains: Soy, Wheat, Sesame.", "wheat corn soy sugar", ""),
    ("label", "Tim Hortons Original Blend Ground Coffee / Café moulu mélange original. Ingredients: 100% Arabica coffee. Ingrédients : Café 100 % arabica.", "", ""),
    ("label", "Kraft Smooth Peanut Butter / Beurre d'arachide crémeux. Ingredients: Peanuts, hydrogenated vegetable oil, icing sugar (contains corn starch), salt. Ingrédients : Arachides, huile végétale hydrogénée, sucre à glacer (contient de l'amidon de maïs), sel.", "corn sugar", "soy"),
    ("label", "Quaker Harvest Crunch Original Granola. Ingrédients : Flocons d'avoine entiers, sucre, huile de canola, noix de coco, amandes, miel, sel, lécithine de soja, arôme naturel. Ingredients: Whole grain rolled oats, sugar, canola oil, coconut, almonds, honey, salt, soy lecithin, natural flavour.", "soy sugar", "wheat"),
    ("label", "Catelli Gluten Free Spaghetti / Spaghetti sans gluten. Ingredients: Brown rice flour, white corn flour, quinoa flour, amaranth flour. Ingrédients : Farine de riz brun, farine de maïs blanc, farine de quinoa, farine d'amarante. Gluten free / Sans gluten.", "corn", ""),
    ("label", "Catelli Healthy Harvest Whole Wheat Spaghetti. Ingredients: Whole durum wheat semolina. Ingrédients : Semoule de blé dur entier. Contains: Wheat.", "wheat", ""),
    ("label", "Mott's Clamato Original Tomato Cocktail. Ingredients: Water, tomato paste, glucose-fructose, salt, monosodium glutamate, citric acid, dried clam broth, onion powder, spices, garlic powder, colour. Ingrédients : Eau, pâte de tomate, glucose-fructose, sel, glutamate monosodique, acide citrique, bouillon de palourdes déshydraté, poudre d'oignon, épices, poudre d'ail, colorant.", "sugar", "corn"),
    ("label", "President's Choice Blue Menu 0% Plain Greek Yogurt. Ingredients: Skim milk, milk protein concentrate, bacterial cultures. Ingrédients : Lait écrémé, concentré de protéines laitières, cultures bactériennes.", "dairy", ""),
    ("label", "Dare Real Fruit Gummies Tropical. Ingredients: Glucose, sugar, fruit purées (pineapple, mango, passion fruit), modified corn starch, gelatin, citric acid, natural flavours, colours. Ingrédients : Glucose, sucre, purées de fruits, amidon de maïs modifié, gélatine, acide citrique.", "corn sugar", ""),
    ("label", "St-Viateur Bagel sésame, sac de 6. Ingrédients : farine, eau, miel, œufs, levure, sel, malt, graines de sésame. Ingredients: flour, water, honey, eggs, yeast, salt, malt, sesame seeds.", "wheat", "sugar"),  # why: unqualified flour is wheat; honey is possible
    ("label", "Cretons à l'ancienne. Ingrédients : porc, eau, oignons, chapelure (farine de blé, sel, levure), sel, épices, ail, clou de girofle. Contient : Blé.", "wheat", ""),
    ("label", "Gay Lea Spreadable Butter with Canola Oil / Beurre tartinable. Ingredients: Butter (cream, salt), canola oil. Ingrédients : Beurre (crème, sel), huile de canola.", "dairy", ""),
    ("label", "Becel Original Margarine. Ingredients: Canola and sunflower oils, modified palm and palm kernel oils, water, salt, whey powder, vegetable monoglycerides, soy lecithin, potassium sorbate, lactic acid, artificial flavour, colour, vitamin A palmitate, vitamin D3. Contains: Milk, Soy.", "dairy soy", ""),
    ("label", "Becel Plant-Based Vegan Margarine / Margarine végétalienne. Dairy-free. Ingredients: Canola and sunflower oils, modified palm and palm kernel oils, water, salt, vegetable monoglycerides, sunflower lecithin, potassium sorbate, lactic acid, natural flavour, colour (beta-carotene), vitamin A palmitate, vitamin D2.", "", ""),
    ("label", "Kawartha Dairy Moose Tracks Ice Cream. Ingredients: Milk ingredients, sugar, glucose-fructose, fudge (sugar, glucose, water, cocoa, modified milk ingredients, salt), peanut butter cups (milk chocolate [sugar, cocoa butter, milk ingredients, unsweetened chocolate, soy lecithin], peanuts, dextrose), stabilizer (locust bean gum, guar gum, carrageenan), natural flavour. Contains: Milk, Peanuts, Soy.", "dairy soy sugar", "corn"),
]

# ---------------------------------------------------------------- LABELS: Asian and Middle Eastern grocers in Canada (Vietnamese, Chinese, Japanese, Arabic)
BLIND9_CASES += [
    ("label", "Three Ladies Brand Bánh Tráng / Spring Roll Rice Paper. Thành phần: Bột gạo, bột năng, muối, nước. Ingredients: Rice flour, tapioca starch, salt, water.", "", ""),
    ("label", "Three Crabs Brand Nước Mắm / Fish Sauce. Ingredients: Anchovy extract, water, salt, fructose, hydrolyzed vegetable protein. Thành phần: Nước cốt cá cơm, nước, muối, đường fructose, đạm thực vật thủy phân.", "sugar", "wheat soy"),  # why: HVP source unstated
    ("label", "Red Boat 40°N Premium Fish Sauce / Nước mắm nhĩ. Thành phần: Cá cơm, muối biển. Ingredients: Black anchovy, sea salt. No added MSG, no preservatives.", "", ""),
    ("label", "Huy Fong Foods Sriracha Hot Chili Sauce. Ingredients: Chili, sugar, salt, garlic, distilled vinegar, potassium sorbate, sodium bisulfite as preservatives, and xanthan gum.", "sugar", "corn"),
    ("label", "Maggi Seasoning Sauce / Sauce d'assaisonnement. Ingredients: Water, wheat protein, salt, sugar, wheat flour, flavour, acetic acid, caramel colour. Ingrédients : Eau, protéines de blé, sel, sucre, farine de blé, arôme, acide acétique, colorant caramel. Contains: Wheat.", "wheat sugar", "corn"),
    ("label", "Trung Nguyên G7 Cà phê hòa tan 3in1. Thành phần: Đường, bột kem (siro glucose, dầu thực vật hydro hóa, natri caseinat, chất ổn định), cà phê hòa tan, hương liệu. Ingredients: Sugar, creamer (glucose syrup, hydrogenated vegetable oil, sodium caseinate, stabilizer), instant coffee, flavour.", "dairy sugar", "corn soy"),
    ("label", "李錦記 舊庄特級蠔油 Lee Kum Kee Premium Oyster Sauce. 配料: 蠔汁(水、蠔、鹽)、糖、鹽、改性玉米澱粉、小麥粉、焦糖色。Ingredients: Oyster extracts (water, oysters, salt), sugar, salt, modified corn starch, wheat flour, caramel colour. Contains: Wheat, Shellfish.", "wheat corn sugar", ""),
    ("label", "キユーピー マヨネーズ Kewpie Mayonnaise. 原材料名: 食用植物油脂(国内製造)、卵黄、醸造酢(りんごを含む)、食塩、調味料(アミノ酸)、香辛料、香辛料抽出物 / (一部に卵・大豆・りんごを含む)", "soy", "corn"),  # why: allergen line names 大豆 (soy); 醸造酢 and amino-acid seasoning may be corn-derived
    ("label", "グリコ ポッキーチョコレート Glico Pocky Chocolate. 原材料名: 小麦粉(国内製造)、砂糖、カカオマス、植物油脂、全粉乳、ショートニング、乳糖、小麦でん粉、でん粉、食塩、ココアバター、モルトエキス、イースト / 乳化剤(大豆由来)、香料、膨脹剤、アナトー色素、調味料(無機塩)、(一部に乳成分・小麦・大豆を含む)", "wheat dairy soy sugar", "corn"),
    ("label", "حلاوة طحينية سادة Al Wadi Al Akhdar Plain Halawa. المكونات: طحينة (سمسم) ٥٠٪، سكر، جلوكوز، مستخلص عرق الحلاوة، فانيلين. Ingredients: Tahini (sesame) 50%, sugar, glucose, soapwort root extract, vanillin. May contain traces of nuts.", "sugar", "corn"),
    ("label", "طحينة ١٠٠٪ سمسم Al Kanater Tahini. المكونات: بذور السمسم المقشورة المحمصة. Ingredients: 100% hulled roasted sesame seeds.", "", ""),
    ("label", "معمول بالتمر Ghandour Maamoul with Dates. المكونات: سميد القمح، تمر ٣٠٪، سمن نباتي (زيت نخيل)، سكر، ماء الورد، ماء الزهر، خميرة. Ingredients: Wheat semolina, dates 30%, vegetable ghee (palm oil), sugar, rose water, orange blossom water, yeast. Contains: Wheat.", "wheat sugar", ""),  # why: 'vegetable ghee' here is palm oil, not dairy
    ("label", "Baladna Labneh / لبنة. Ingredients: Pasteurized cow's milk, salt, live cultures. المكونات: حليب بقر مبستر، ملح، بادئ حي.", "dairy", ""),
    ("label", "Mama Thai Instant Rice Vermicelli Clear Soup (Bihun). Ingredients: Rice vermicelli (rice flour 80%, tapioca starch, water), seasoning (salt, sugar, garlic, MSG, soy sauce powder [soybean, wheat], pepper, dried shallot). Contains: Soy, Wheat.", "wheat soy sugar", ""),
]

# ---------------------------------------------------------------- LABELS: UK and Ireland (incl. Welsh bilingual)
BLIND9_CASES += [
    ("label", "Warburtons Toastie Thick Sliced White Bread 800g. Ingredients: Wheat Flour (Wheat Flour, Calcium Carbonate, Iron, Niacin (B3), Thiamin (B1)), Water, Yeast, Salt, Vegetable Oils (Rapeseed and Palm), Soya Flour, Preservative: Calcium Propionate, Emulsifiers: E471, E472e, Flour Treatment Agent: Ascorbic Acid (Vitamin C). Allergy Advice: For allergens, including cereals containing gluten, see ingredients in bold.", "wheat soy", ""),
    ("label", "Hovis Wholemeal Medium Sliced Bread. Ingredients: Wholemeal Wheat Flour, Water, Wheat Protein, Yeast, Vegetable Oils (Rapeseed, Sustainable Palm), Salt, Soya Flour, Spirit Vinegar, Emulsifier: E472e, Flour Treatment Agent: Ascorbic Acid.", "wheat soy", ""),
    ("label", "McVitie's The Original Digestive. Ingredients: Wheat Flour (with Calcium, Iron, Niacin, Thiamin), Vegetable Oil (Palm), Wholemeal Wheat Flour (16%), Sugar, Glucose-Fructose Syrup, Raising Agents (Sodium Bicarbonate, Malic Acid, Ammonium Bicarbonate), Salt. May contain Milk.", "wheat sugar", "dairy corn"),  # why: glucose-fructose syrup may be maize- or wheat-derived
    ("label", "McVitie's Milk Chocolate Digestives. Ingredients: Wheat Flour (with Calcium, Iron, Niacin, Thiamin), Milk Chocolate (30%) (Sugar, Cocoa Butter, Cocoa Mass, Dried Whole Milk, Dried Skimmed Milk, Butter Oil (Milk), Emulsifier (Soya Lecithin), Natural Flavouring), Vegetable Oil (Palm), Wholemeal Wheat Flour, Sugar, Glucose-Fructose Syrup, Raising Agents (Sodium Bicarbonate, Malic Acid, Ammonium Bicarbonate), Salt.", "wheat dairy soy sugar", "corn"),
    ("label", "Walkers Ready Salted Crisps. Ingredients: Potatoes, Sunflower Oil (24%), Salt.", "", ""),
    ("label", "Walkers Cheese & Onion Crisps. Ingredients: Potatoes, Vegetable Oils (Sunflower, Rapeseed, in varying proportions), Cheese & Onion Seasoning (Dried Milk Whey, Salt, Dried Onion, Dried Cheese (from Milk), Yeast Extract, Potassium Chloride, Dried Garlic, Colour (Annatto), Acid (Citric Acid), Flavouring).", "dairy", "corn"),
    ("label", "Tayto Cheese & Onion Flavour Potato Crisps. Made in Ireland. Ingredients: Potatoes, Vegetable Oil (Sunflower, Rapeseed), Cheese & Onion Flavour (Dried Onion, Whey Powder (Milk), Salt, Lactose (Milk), Flavour Enhancers (Monosodium Glutamate, Sodium 5'-Ribonucleotide), Cheese Powder (Milk), Dextrose, Flavourings, Colours (Annatto, Paprika Extract), Acidity Regulator (Citric Acid)).", "dairy sugar", "corn"),
    ("label", "Monster Munch Pickled Onion Flavour Baked Corn Snacks. Ingredients: Maize, Rapeseed Oil, Pickled Onion Flavour (Flavour Enhancers (Monosodium Glutamate, Disodium 5'-Ribonucleotides), Onion Powder, Sugar, Salt, Acid (Citric Acid), Flavouring, Potassium Chloride), Salt.", "corn sugar", ""),
    ("label", "IRN-BRU. Ingredients: Carbonated Water, Sugar, Acid (Citric Acid), Flavourings (including Caffeine), Preservative (Potassium Sorbate), Sweeteners (Aspartame, Acesulfame K), Colours (Sunset Yellow, Ponceau 4R), Ammonium Ferric Citrate, Quinine. Contains a source of Phenylalanine.", "sugar", "corn"),
    ("label", "IRN-BRU XTRA. No sugar. Ingredients: Carbonated Water, Acid (Citric Acid), Flavourings (including Caffeine), Sweeteners (Aspartame, Acesulfame K), Preservative (Potassium Sorbate), Colours (Sunset Yellow, Ponceau 4R), Ammonium Ferric Citrate, Quinine.", "", "corn"),
    ("label", "Tunnock's Caramel Wafer Biscuits. Ingredients: Sugar, Wheat Flour, Glucose Syrup, Vegetable Oil (Palm), Sweetened Condensed Milk (Whole Milk, Sugar), Whey Powder (Milk), Cocoa Mass, Dried Whole Milk, Cocoa Butter, Dried Skimmed Milk, Invert Sugar Syrup, Emulsifier (Soya Lecithin), Raising Agent (Sodium Bicarbonate), Salt, Flavouring.", "wheat dairy soy sugar", "corn"),
    ("label", "Heinz Cream of Tomato Soup. Ingredients: Tomatoes (84%), Water, Rapeseed Oil, Sugar, Modified Cornflour, Wheat Flour, Milk Proteins, Salt, Cream (Milk), Spice Extracts, Herb Extract, Citric Acid.", "wheat dairy corn sugar", ""),  # why: UK cornflour = maize starch
    ("label", "Heinz Beanz in a rich tomato sauce. Ingredients: Beans (51%), Tomatoes (34%), Water, Sugar, Spirit Vinegar, Modified Cornflour, Salt, Spice Extracts, Herb Extract.", "corn sugar", ""),
    ("label", "Heinz Beanz No Added Sugar. Ingredients: Beans (52%), Tomatoes (34%), Water, Modified Cornflour, Spirit Vinegar, Salt, Spice Extracts, Sweetener (Steviol Glycosides), Herb Extract.", "corn", ""),
    ("label", "Bisto Gravy Granules for Meat. Ingredients: Potato Starch, Maltodextrin, Salt, Palm Oil, Colour (Ammonia Caramel), Flavourings (contain Wheat, Barley), Flavour Enhancers (Monosodium Glutamate, Disodium Inosinate), Emulsifier (Soya Lecithin).", "wheat soy", "corn"),
    ("label", "OXO Beef Stock Cubes. Ingredients: Wheat Flour (with added Calcium, Iron, Niacin, Thiamin), Salt, Flavour Enhancer (Monosodium Glutamate), Cornflour, Yeast Extract, Colour (Ammonia Caramel), Sugar, Beef Fat, Dried Beef Stock, Onion Powder, Flavourings, Dried Beef, Pepper Extract.", "wheat corn sugar", ""),
    ("label", "Kallo Organic Vegetable Stock Cubes. Gluten free. No added MSG. Suitable for vegans. Ingredients: Sea Salt, Palm Fat*, Rice Flour*, Yeast Extract, Dried Vegetables* (Onion*, Carrot*, Celery*), Parsley*, Turmeric*, Lovage*, Nutmeg*. *Organic. Allergy advice: contains celery.", "", ""),
    ("label", "Quorn Mince 300g. Meat free. Ingredients: Mycoprotein (93%), Rehydrated Free Range Egg White, Firming Agents: Calcium Chloride, Calcium Acetate; Barley Malt Extract. Allergy Advice: Contains Egg, Barley (Gluten).", "", "wheat"),  # why: barley malt, not wheat itself
    ("label", "Oatly Oat Drink Barista Edition. Ingredients: Oat base (water, oats 10%), rapeseed oil, acidity regulator (dipotassium phosphate), calcium carbonate, iodised salt, vitamins (D2, riboflavin, B12). Contains gluten from oats.", "", "wheat"),
    ("label", "Alpro Soya Original Drink. Ingredients: Water, hulled soya beans (5.9%), sugar, calcium (tri-calcium phosphate), acidity regulator (potassium phosphates), sea salt, stabiliser (gellan gum), vitamins (riboflavin (B2), B12, D2).", "soy sugar", ""),
    ("label", "Alpro Almond No Sugars. Unsweetened. Ingredients: Water, almond (2.3%), calcium (tri-calcium phosphate), sea salt, stabilisers (locust bean gum, gellan gum), emulsifier (lecithins (sunflower)), vitamins (riboflavin (B2), B12, E, D2).", "", ""),
    ("label", "Müller Corner Strawberry Yogurt. Ingredients: Yogurt (Milk), Strawberry Preparation (21%) (Strawberries, Sugar, Glucose-Fructose Syrup, Water, Modified Maize Starch, Concentrated Black Carrot Juice, Flavouring, Acidity Regulator: Sodium Citrate), Sugar, Milk Protein Concentrate.", "dairy corn sugar", ""),
    ("label", "Yorkshire Tea 80 Tea Bags. Ingredients: Black tea.", "", ""),
    ("label", "Cadbury Dairy Milk. Ingredients: Milk, Sugar, Cocoa Butter, Cocoa Mass, Vegetable Fats (Palm, Shea), Emulsifier (E442), Flavourings. Milk Chocolate contains Milk Solids 20% minimum.", "dairy sugar", ""),
    ("label", "M&S Percy Pig Fruit Gums. Ingredients: Glucose Syrup, Sugar, Gelling Agent: Gelatine (Pork), Acid: Citric Acid, Fruit Juices from Concentrate (Pear, Grape, Raspberry, Strawberry), Flavourings, Fruit and Vegetable Concentrates (Blackcurrant, Carrot), Glazing Agent: Carnauba Wax.", "sugar", "corn"),
    ("label", "Kellogg's Corn Flakes. Ingredients: Maize (88%), Sugar, Barley Malt Flavouring, Salt, Niacin, Iron, Vitamin B6, Riboflavin (B2), Thiamin (B1), Folic Acid, Vitamin D, Vitamin B12.", "corn sugar", "wheat"),
    ("label", "Weetabix Original. Ingredients: Wholegrain Wheat (95%), Malted Barley Extract, Sugar, Salt, Niacin, Iron, Riboflavin (B2), Thiamin (B1), Folic Acid.", "wheat sugar", ""),
    ("label", "Scott's Porage Oats Original. Ingredients: 100% Wholegrain Rolled Oats. Allergy advice: may contain wheat and barley.", "", "wheat"),
    ("label", "Tesco Free From White Sliced Bread. Gluten free. Ingredients: Water, Tapioca Starch, Rice Flour, Potato Starch, Rapeseed Oil, Psyllium Husk Powder, Maize Starch, Yeast, Sugar, Humectant (Glycerol), Dried Egg White, Salt, Thickener (Xanthan Gum), Preservative (Calcium Propionate).", "corn sugar", ""),
    ("label", "Birds Eye 10 Omega 3 Fish Fingers. Ingredients: Alaska Pollock (58%), Breadcrumb Coating [Wheat Flour, Water, Salt, Yeast, Paprika, Turmeric], Sunflower Oil, Potato Starch, Salt.", "wheat", ""),
    ("label", "Ambrosia Devon Custard. Ingredients: Skimmed Milk, Buttermilk, Sugar, Cream (Milk) (2.5%), Modified Starch, Palm Oil, Colours (Curcumin, Annatto).", "dairy sugar", "wheat corn"),  # why: 'modified starch' source unstated
    ("label", "Branston Original Pickle. Ingredients: Vegetables in variable proportions (62%) (Carrot, Rutabaga, Onion, Cauliflower, Gherkin), Sugar, Barley Malt Vinegar, Tomato Paste, Modified Maize Starch, Date Paste (Dates, Rice Flour), Salt, Apple Pulp, Spices, Colour (Sulphite Ammonia Caramel), Concentrated Lemon Juice, Onion Powder, Garlic Extract, Spice Extracts.", "corn sugar", "wheat"),
    ("label", "HP Sauce The Original. Ingredients: Tomatoes, Malt Vinegar (from Barley), Spirit Vinegar, Molasses, Sugar, Dates, Cornflour, Tamarind, Salt, Spices, Rye Flour, Flavouring.", "corn sugar", "wheat"),  # why: rye is not wheat; barley malt vinegar
    ("label", "Jacob's Cream Crackers. Ingredients: Wheat Flour (with added Calcium, Iron, Niacin, Thiamin), Vegetable Oil (Palm), Salt, Raising Agent (Ammonium Bicarbonate), Yeast. May contain Milk, Sesame.", "wheat", "dairy"),
    ("label", "Ryvita Dark Rye Crispbread. High fibre. Suitable for vegans. Ingredients: Wholegrain Rye Flour (97%), Salt. May contain: Sesame.", "", ""),  # why: rye is not wheat
    ("label", "Pringles Original. Ingredients: Dried Potatoes, Vegetable Oils (Sunflower, Corn, in varying proportions), Rice Flour, Wheat Starch, Maltodextrin, Emulsifier (E471), Salt, Colour (Annatto Norbixin).", "wheat corn", ""),
    ("label", "Kerrygold Pure Irish Butter Salted. Ingredients: Butter (Milk), Salt.", "dairy", ""),
    ("label", "Clonakilty Traditional Irish Blackpudding. Ingredients: Pork Fat, Water, Oatmeal (17%), Pork Blood, Onions, Barley, Salt, Spices, Natural Casing. Allergens: Oats, Barley.", "", "wheat"),
    ("label", "Denny Gold Medal Irish Pork Sausages. Ingredients: Irish Pork (70%), Water, Rusk (Wheat Flour, Salt, Raising Agent: Ammonium Bicarbonate), Potato Starch, Salt, Dextrose, Spices, Stabiliser: Diphosphates, Preservative: Sodium Metabisulphite, Antioxidant: Ascorbic Acid, Herbs, Beef Collagen Casing.", "wheat sugar", "corn"),
    ("label", "Brennans Family Pan White Bread. Ingredients: Wheat Flour, Water, Yeast, Salt, Soya Flour, Vegetable Fat (Palm, Rapeseed), Emulsifiers (E471, E472e), Flour Treatment Agent (Ascorbic Acid), Preservative (Calcium Propionate).", "wheat soy", ""),
    ("label", "Barry's Gold Blend Tea. 80 tea bags. Ingredients: Black tea.", "", ""),
    ("label", "Dunnes Stores Simply Better Irish Brown Soda Bread. Ingredients: Wholemeal Wheat Flour (45%), Buttermilk (22%) (Milk), Wheat Flour, Wheat Bran, Oat Flakes, Treacle, Raising Agent (Sodium Bicarbonate), Salt.", "wheat dairy sugar", ""),
    ("label", "Club Orange Sparkling Orange Drink. Ingredients: Carbonated Water, Sugar, Orange Juice from Concentrate (8%), Orange Pulp, Acid (Citric Acid), Preservative (Potassium Sorbate), Stabiliser (Gum Arabic), Antioxidant (Ascorbic Acid), Natural Flavouring, Colour (Carotenes).", "sugar", "corn"),
    ("label", "Welsh Cakes / Picau ar y Maen. Cynhwysion: Blawd gwenith, menyn (llaeth), siwgr, cyrens (13%), wy, powdr codi, halen. Ingredients: Wheat flour, butter (milk), sugar, currants (13%), egg, raising agent, salt.", "wheat dairy sugar", ""),
    ("label", "Halen Môn Pure Sea Salt / Halen Môr Pur. Cynhwysion: Halen môr. Ingredients: Sea salt.", "", ""),
    ("label", "Greggs Sausage Roll (in-store information). Ingredients: Fortified Wheat Flour (Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin), Water, Pork (21%), Palm Oil, Rapeseed Oil, Rusk (Wheat Flour, Salt, Raising Agent), Salt, Dextrose, Yeast Extract, Onion Powder, Spices, Herbs, Milk Proteins.", "wheat dairy sugar", "corn"),
    ("label", "Tesco Finest Mature Cheddar Cheese. Ingredients: Cheddar Cheese (Milk).", "dairy", ""),
    ("label", "Nairn's Rough Oatcakes. Wheat free. Ingredients: Wholegrain Oats (84%), Sustainable Palm Fruit Oil, Sea Salt, Raising Agent (Sodium Bicarbonate). May contain barley, wheat and rye.", "", "wheat"),
    ("label", "Rowntree's Fruit Pastilles. Ingredients: Sugar, Glucose Syrup, Modified Starch, Acid (Citric Acid), Fruit Juices from Concentrate (Apple, Lemon, Orange, Strawberry, Blackcurrant, Lime), Acidity Regulator (Sodium Citrate), Flavourings, Colours. Vegan.", "sugar", "wheat corn"),
]

# ---------------------------------------------------------------- LABELS: UK ethnic aisles (South Asian, Nigerian, Caribbean, Polish)
BLIND9_CASES += [
    ("label", "Patak's Tikka Masala Paste. Ingredients: Water, Rapeseed Oil, Spices (17%) (Coriander, Cumin, Paprika, Turmeric, Fenugreek, Chilli Powder), Salt, Tomato Powder, Garlic, Sugar, Gram Flour, Acid (Acetic Acid), Ginger, Coriander Leaf, Colour (Paprika Extract).", "sugar", ""),  # why: gram flour is chickpea
    ("label", "Haldiram's Aloo Bhujia. Ingredients: Potatoes (34%), Edible Vegetable Oil (Cottonseed, Corn & Palmolein Oil), Tepary Bean Flour, Gram Flour, Salt, Spices & Condiments, Citric Acid.", "corn", ""),
    ("label", "Parle-G Original Gluco Biscuits. Ingredients: Wheat Flour (68%), Sugar, Edible Vegetable Oil (Palm), Invert Sugar Syrup, Leavening Agents (503(ii), 500(ii)), Milk Solids, Salt, Emulsifiers (322(i) Soy Lecithin, 471), Dough Conditioner (223). Contains Wheat, Milk, Soy.", "wheat dairy soy sugar", ""),
    ("label", "Rubicon Mango Still Juice Drink. Ingredients: Water, Mango Pulp (25%), Sugar, Acid (Citric Acid), Antioxidant (Ascorbic Acid).", "sugar", "corn"),
    ("label", "KTC Pure Ghee (Clarified Butter). Ingredients: Butter (Milk).", "dairy", ""),
    ("label", "KTC Vegetable Ghee. Suitable for vegetarians and vegans. Ingredients: Palm Oil, Natural Flavouring, Colour (Beta-Carotene).", "", ""),  # why: vegetable ghee is not dairy
    ("label", "Shan Bombay Biryani Recipe & Seasoning Mix. Ingredients: Salt, Red Chilli, Coriander, Dried Plum, Cumin, Ginger, Turmeric, Black Pepper, Cinnamon, Cardamom, Clove, Bay Leaf, Citric Acid, Garlic, Nutmeg.", "", "corn"),
    ("label", "Indomie Mi Goreng Instant Fried Noodles. Ingredients: Noodles: Wheat Flour, Palm Oil, Tapioca Starch, Salt, Potassium Carbonate, Sodium Carbonate, Guar Gum. Seasoning: Sugar, Salt, Flavour Enhancer (MSG), Garlic Powder, Onion Powder, Pepper. Seasoning Oil: Palm Oil, Shallot. Sweet Soy Sauce: Sugar, Salt, Water, Soybean, Wheat, Sesame. Chilli Sauce: Chilli, Sugar, Salt, Garlic, Onion, Vinegar. Contains Wheat, Soy, Sesame.", "wheat soy sugar", ""),
    ("label", "Maggi Star Seasoning Cube. Ingredients: Salt, Flavour Enhancer (Monosodium Glutamate), Palm Fat, Starch (Maize), Sugar, Flavourings, Onion Powder, Colour (Plain Caramel), Spices.", "corn sugar", ""),
    ("label", "Peak Full Cream Evaporated Milk. Ingredients: Milk, Stabiliser (Disodium Phosphate), Vitamins A and D.", "dairy", ""),
    ("label", "Golden Penny Semovita. Ingredients: Durum Wheat Semolina, Vitamins (A, B1, B2, B3), Iron, Zinc. Contains gluten.", "wheat", ""),
    ("label", "Ola-Ola Poundo Yam Flour. Ingredients: 100% Yam Flour. Gluten free.", "", ""),
    ("label", "Supermalt Original Malt Drink. Non-alcoholic. Ingredients: Water, Barley Malt, Sugar, Glucose Syrup, Colour (Caramel E150c), Hop Extract, Carbon Dioxide, Vitamins (B1, B2, B3, B6).", "sugar", "wheat corn"),
    ("label", "Olu Olu Plantain Chips Salted. Ingredients: Unripe Plantain, Vegetable Oil, Salt.", "", "corn soy"),
    ("label", "Grace Ackee in Brine. Ingredients: Ackee, Water, Salt.", "", ""),
    ("label", "Grace Coconut Milk. Dairy free. Ingredients: Coconut Extract (60%), Water, Stabiliser (Guar Gum).", "", ""),  # why: coconut milk is not dairy
    ("label", "Grace Tropical Rhythms Sorrel Ginger Drink. Ingredients: Water, Sugar, Sorrel Extract, Ginger Extract, Acid (Citric Acid), Preservative (Sodium Benzoate), Natural Flavour, Colour (E129).", "sugar", "corn"),
    ("label", "Walkerswood Traditional Jamaican Jerk Seasoning Hot & Spicy. Ingredients: Escallion (Scallion), Scotch Bonnet Peppers, Salt, Black Pepper, Allspice, Sugar, Nutmeg, Thyme, Citric Acid.", "sugar", "corn"),
    ("label", "Excelsior Water Crackers. Product of Jamaica. Ingredients: Wheat Flour, Vegetable Shortening (Palm), Salt, Yeast, Sodium Bicarbonate.", "wheat", ""),
    ("label", "Pierogi ruskie 450 g. Składniki: mąka pszenna, ziemniaki (25%), ser twarogowy (15%) (z mleka), cebula, olej rzepakowy, sól, pieprz. Zawiera: pszenica, mleko. Może zawierać: jaja.", "wheat dairy", ""),
    ("label", "Bakoma Kefir naturalny 1,5%. Składniki: mleko, żywe kultury bakterii i drożdży kefirowych.", "dairy", ""),
    ("label", "Sokołów Kiełbasa śląska. Składniki: mięso wieprzowe (75%), woda, sól, białko sojowe, skrobia ziemniaczana, glukoza, przyprawy, ekstrakty przypraw, stabilizatory: difosforany, przeciwutleniacz: askorbinian sodu, substancja konserwująca: azotyn sodu. Zawiera: soja.", "soy sugar", "corn"),
    ("label", "Prince Polo Classic. Kruchy wafelek z kremem kakaowym oblany czekoladą. Składniki: cukier, mąka pszenna, tłuszcz roślinny palmowy, kakao w proszku o obniżonej zawartości tłuszczu, serwatka w proszku (z mleka), miazga kakaowa, tłuszcz kakaowy, emulgator: lecytyny (z soi), sól, aromat. Może zawierać orzechy.", "wheat dairy soy sugar", ""),
    ("label", "Krówki Milanowskie. Składniki: cukier, mleko pełne (35%), syrop glukozowy, masło, aromat. Produkt bezglutenowy.", "dairy sugar", "corn"),
    ("label", "Chleb żytni razowy na zakwasie. Składniki: mąka żytnia razowa, woda, zakwas żytni, sól. Może zawierać: pszenicę, sezam.", "", "wheat"),  # why: rye bread with a wheat cross-contact warning
    ("label", "Winiary Barszcz czerwony instant. Składniki: cukier, sól, sproszkowany sok z buraków ćwikłowych (14%), maltodekstryna, kwas: kwas cytrynowy, ekstrakt drożdżowy, aromaty, czosnek.", "sugar", "corn"),
]

# ---------------------------------------------------------------- LABELS: Australia and New Zealand (incl. Chinese, Greek, Italian, Pacific)
BLIND9_CASES += [
    ("label", "VEGEMITE. Ingredients: Yeast Extract (from Barley and Wheat), Salt, Mineral Salt (508), Colour (150c), Malt Extract (from Barley), Flavour, Vitamins (Thiamine, Riboflavin, Niacin, Folate). Contains Gluten.", "wheat", "corn"),
    ("label", "Sanitarium Weet-Bix. Ingredients: Wholegrain Wheat (97%), Raw Sugar, Salt, Barley Malt Extract, Vitamins (Niacin, Thiamin, Riboflavin, Folate), Mineral (Iron). Contains Gluten.", "wheat sugar", ""),
    ("label", "Arnott's Tim Tam Original. Ingredients: Sugar, Wheat Flour, Vegetable Oil, Milk Solids, Cocoa Butter, Cocoa Mass, Golden Syrup, Cocoa, Emulsifiers (Soy Lecithin, 492), Salt, Baking Soda, Flavour. Contains Wheat, Milk, Soy.", "wheat dairy soy sugar", ""),
    ("label", "Arnott's Shapes BBQ. Ingredients: Wheat Flour, Vegetable Oil, Seasoning (17%) (Maltodextrin (from Maize), Salt, Flavour Enhancers (621, 635), Sugar, Onion, Tomato, Yeast Extract, Spices, Garlic, Colour (Paprika Oleoresin), Smoke Flavour), Salt, Baking Soda. Contains Wheat. May contain Milk, Soy.", "wheat corn sugar", "dairy soy"),
    ("label", "Nestlé MILO. Ingredients: Malt Extract (from Barley) (36%), Milk Solids, Sugar, Cocoa, Minerals (Calcium, Iron), Emulsifier (Soy Lecithin), Vitamins (C, B2, B12, D). Contains Barley, Milk, Soy.", "dairy soy sugar", "wheat"),
    ("label", "Whittaker's Dark Ghana 72% Cocoa. Ingredients: Cocoa Mass, Sugar, Cocoa Butter, Emulsifier (Soy Lecithin), Natural Vanilla Flavour. Cocoa solids 72% minimum. May contain Milk, Peanuts, Tree Nuts, Wheat.", "soy sugar", "wheat dairy"),  # why: cocoa butter is not dairy
    ("label", "Wattie's Baked Beans. Ingredients: Navy Beans (49%), Water, Tomato Paste (12%), Sugar, Modified Maize Starch (1442), Salt, Spices, Flavour.", "corn sugar", ""),
    ("label", "Pams Plain Flour 1.5kg. Ingredients: Wheat Flour. Contains Gluten.", "wheat", ""),
    ("label", "Edmonds Fielders Wheaten Cornflour. Ingredients: Wheat Starch. Contains Gluten (Wheat).", "wheat", ""),  # why: Aus/NZ 'wheaten cornflour' is wheat starch, not corn
    ("label", "Edmonds Fielders 100% Maize Cornflour. Gluten free. Ingredients: Maize Starch.", "corn", ""),
    ("label", "Tip Top The One Wholemeal. Ingredients: Wholemeal Wheat Flour, Water, Baker's Yeast, Wheat Gluten, Canola Oil, Iodised Salt, Vinegar, Soy Flour, Emulsifiers (481, 471), Vitamins (Thiamin, Folic Acid). Contains Wheat, Soy.", "wheat soy", ""),
    ("label", "Bundaberg Ginger Beer. Brewed. Ingredients: Carbonated Water, Cane Sugar, Ginger, Natural Flavours, Yeast, Food Acid (Citric).", "sugar", "corn"),
    ("label", "Uncle Tobys Oats Quick Sachets Original. Ingredients: Wholegrain Rolled Oats (100%). Contains Gluten. May contain Wheat.", "", "wheat"),
    ("label", "Sanitarium So Good Almond Milk Unsweetened. Dairy free. Ingredients: Filtered Water, Almonds (2.5%), Calcium Phosphate, Sea Salt, Thickener (Gellan), Emulsifier (Sunflower Lecithin), Vitamins (E, B2, B12, D).", "", ""),
    ("label", "Four'N Twenty Traditional Meat Pie. Ingredients: Water, Wheat Flour, Beef (25%), Vegetable Oils, Thickeners (1442 from Maize, 1422), Soy Protein, Salt, Sugar, Yeast Extract, Onion, Flavours, Colour (150c), Spices. Contains Wheat, Soy.", "wheat corn soy sugar", ""),
    ("label", "Mainland Tasty Cheese. Ingredients: Cheese (Milk, Salt, Cultures, Enzyme). Contains Milk.", "dairy", ""),
    ("label", "Unibic Anzac Biscuits. Ingredients: Rolled Oats (27%), Wheat Flour, Sugar, Vegetable Oil, Golden Syrup (6%), Desiccated Coconut, Butter (Milk), Raising Agent (500). Contains Gluten, Milk.", "wheat dairy sugar", ""),
    ("label", "L&P Lemon & Paeroa. World famous in New Zealand since ages ago. Ingredients: Carbonated Water, Sugar, Lemon Juice, Food Acid (330), Flavour, Preservative (211).", "sugar", "corn"),
    ("label", "Sanitarium Marmite (NZ). Ingredients: Yeast Extract, Sugar, Salt, Mineral Salt (508), Colour (150c), Corn Thickener (1400), Vegetable Extract, Vitamins (Niacin, Thiamin, Riboflavin, Folate, B12). Contains Gluten.", "corn sugar", "wheat"),
    ("label", "Pascall Pineapple Lumps. Ingredients: Sugar, Glucose Syrup (from Wheat), Milk Chocolate (22%) (Sugar, Cocoa Butter, Milk Solids, Cocoa Mass, Emulsifiers (Soy Lecithin, 476)), Gelatine, Humectant (Glycerol), Flavour, Colour (102). Contains Milk, Soy.", "dairy soy sugar", "wheat"),  # why: wheat-derived glucose syrup, source stated so not corn
    ("label", "Arnott's Cruskits Light. Ingredients: Wheat Flour, Vegetable Oil, Salt, Yeast, Emulsifier (Soy Lecithin). Contains Wheat, Soy.", "wheat soy", ""),
    ("label", "Kraft Le Snak Cheese Dip & Crackers. Ingredients: Crackers (Wheat Flour, Vegetable Oil, Salt, Yeast, Raising Agents), Cheese Dip (Cheese (Milk), Water, Milk Solids, Emulsifying Salts (331, 339), Salt, Food Acid (270), Colours (160b)). Contains Wheat, Milk, Soy.", "wheat dairy soy", ""),
    ("label", "Zooper Dooper Tropical Ice Blocks. Ingredients: Water, Sugar, Food Acid (Citric Acid), Flavours, Colours (102, 110, 122, 133), Preservative (211).", "sugar", "corn"),
    ("label", "Gravox Traditional Gravy Mix. Ingredients: Thickeners (1442 from Maize, 1422), Maltodextrin (from Maize), Salt, Flavour Enhancers (621, 635), Wheat Flour, Colour (150c), Hydrolysed Vegetable Protein (Soy), Vegetable Fat, Onion Powder, Spices. Contains Wheat, Soy.", "wheat corn soy", ""),
    ("label", "Uncle Tobys Chewy Muesli Bars Choc Chip. Ingredients: Cereals (44%) (Rolled Oats, Rice Flour, Wheat Flour), Glucose, Choc Chips (11%) (Sugar, Cocoa Butter, Milk Solids, Cocoa Mass, Emulsifier (Soy Lecithin)), Sugar, Vegetable Oil, Humectant (Glycerol), Invert Sugar, Salt, Emulsifier (Soy Lecithin), Flavour. Contains Wheat, Milk, Soy.", "wheat dairy soy sugar", "corn"),
    ("label", "Old El Paso Taco Spice Mix. Ingredients: Maize Flour, Spices (27%) (Chilli, Cumin, Paprika), Salt, Sugar, Dried Onion, Potato Starch, Dried Garlic, Flavour, Anti-caking Agent (551).", "corn sugar", ""),
    ("label", "Sakata Seaweed Rice Crackers. Ingredients: Rice (83%), Vegetable Oil, Seasoning (Sugar, Soy Sauce Powder (Soybean, Wheat), Salt, Seaweed (1%), Flavour Enhancer (621), Yeast Extract). Contains Soy, Wheat.", "wheat soy sugar", ""),
    ("label", "Cocobella Coconut Yoghurt Natural. Dairy free. Ingredients: Coconut Cream (Coconut Extract, Water), Tapioca Starch, Live Vegan Cultures.", "", ""),
    ("label", "Streets Golden Gaytime. Ingredients: Reconstituted Milk Solids, Sugar, Glucose Syrup, Vegetable Oils, Biscuit Pieces (9%) (Wheat Flour, Sugar, Vegetable Oil, Golden Syrup, Salt, Raising Agent), Cocoa, Emulsifiers (471, Soy Lecithin), Stabilisers (412, 410), Flavours, Colour (160b). Contains Milk, Wheat, Soy.", "wheat dairy soy sugar", "corn"),
    ("label", "Pic's Really Good Peanut Butter Smooth. Ingredients: Hi-oleic peanuts, a little salt. Nothing else.", "", ""),
    ("label", "Bega Crunchy Peanut Butter. Ingredients: Peanuts (85%), Vegetable Oil, Sugar, Salt, Emulsifier (471). Contains Peanuts.", "sugar", "corn soy"),  # why: unqualified vegetable oil
    ("label", "Coles Australian Chicken Breast Crumbed Schnitzel. Ingredients: Chicken Breast (60%), Breadcrumbs (Wheat Flour, Salt, Yeast), Wheat Flour, Canola Oil, Water, Salt, Wheat Gluten, Spices. Contains Wheat.", "wheat", ""),
    ("label", "Macro Organic Firm Tofu. Ingredients: Water, Organic Soybeans (40%), Firming Agent (511). Contains Soy.", "soy", ""),
    ("label", "Kikkoman Gluten Free Tamari Soy Sauce. Ingredients: Water, Soybeans, Salt, Vinegar. Gluten free.", "soy", ""),
    ("label", "老干妈 风味豆豉油制辣椒 Lao Gan Ma Chilli Crisp with Fermented Black Beans. 配料: 菜籽油、辣椒、豆豉、花椒、味精、白砂糖、食用盐。Ingredients: Rapeseed oil, chilli, fermented soybeans, Sichuan pepper, MSG, sugar, salt.", "soy sugar", ""),
    ("label", "維他奶 原味豆奶 Vitasoy Original Soy Milk. 配料: 水、大豆(8.3%)、蔗糖、碳酸鈣、穩定劑。Ingredients: Water, Soybeans (8.3%), Cane Sugar, Calcium Carbonate, Stabiliser.", "soy sugar", ""),
    ("label", "大白兔奶糖 White Rabbit Creamy Candy. 配料: 麦芽糖浆、白砂糖、全脂乳粉、奶油、食品添加剂(明胶)、食用香精。Ingredients: Maltose syrup, sugar, whole milk powder, butter, gelatine, flavour. Edible rice paper wrapping.", "dairy sugar", "corn"),
    ("label", "Haitoglou Halva with Vanilla / Χαλβάς με βανίλια. Συστατικά: Ταχίνι (55%), ζάχαρη, γλυκόζη, βανίλια, εκχύλισμα σαπουνόριζας. Ingredients: Tahini (55%), sugar, glucose, vanilla, soapwort root extract.", "sugar", "corn"),
    ("label", "Antoniou Fillo Pastry. Ingredients: Wheat Flour, Water, Canola Oil, Salt, Vinegar, Corn Starch (for dusting). Contains Gluten.", "wheat corn", ""),
    ("label", "Dodoni Φέτα ΠΟΠ / Feta PDO. Συστατικά: Παστεριωμένο πρόβειο και κατσικίσιο γάλα, αλάτι, πυτιά, καλλιέργειες. Ingredients: Pasteurised sheep's and goat's milk, salt, rennet, cultures.", "dairy", ""),
    ("label", "Barilla Spaghetti n.5. Ingredienti: semola di grano duro, acqua. Ingredients: Durum wheat semolina, water. Può contenere soia / May contain soy.", "wheat", "soy"),
    ("label", "Mutti Passata di Pomodoro. Ingredienti: pomodoro 99,9%, sale. Ingredients: Tomatoes 99.9%, salt.", "", ""),
    ("label", "Palm Corned Beef 326g. Ingredients: Beef, Water, Salt, Sugar, Preservative (250). Product of New Zealand.", "sugar", ""),  # why: corned beef is not corn
    ("label", "Countdown Free Range Eggs Size 7 (12). Ingredients: Free range eggs.", "", ""),
]

# ---------------------------------------------------------------- LABELS: South Africa (English and Afrikaans)
BLIND9_CASES += [
    ("label", "Ouma Rusks Buttermilk / Karringmelk Beskuit. Ingredients: Wheat flour, sugar, vegetable fat, buttermilk powder (milk), raising agents, salt, emulsifier (soya lecithin), preservative. Bestanddele: Koringmeel, suiker, plantaardige vet, karringmelkpoeier (melk), rysmiddels, sout, emulgeerder (sojalesitien), preserveermiddel. Contains: Wheat (gluten), milk, soya. Bevat: Koring (gluten), melk, soja.", "wheat dairy soy sugar", ""),
    ("label", "Iwisa Super Maize Meal 5kg / Super Mieliemeel. Ingredients: Maize meal, vitamins (A, thiamin, riboflavin, niacin, B6, folic acid), minerals (iron, zinc). Bestanddele: Mieliemeel, vitamiene, minerale.", "corn", ""),
    ("label", "Jungle Oats Original. 100% Wholegrain Oats. Ingredients: Wholegrain oats. Allergens: Contains gluten (oats). May contain wheat.", "", "wheat"),
    ("label", "Bokomo Weet-Bix. Ingredients: Wholewheat (96%), sugar, salt, barley malt extract, vitamins and minerals. Contains gluten (wheat, barley).", "wheat sugar", ""),
    ("label", "Mrs Ball's Original Recipe Chutney. Ingredients: Sugar, vinegar, dried peaches (15%), dried apricots (6%), modified maize starch, salt, colourant (caramel), spices, preservative (sodium metabisulphite).", "corn sugar", ""),
    ("label", "KOO Baked Beans in Tomato Sauce / Gebakte bone in tamatiesous. Ingredients: Beans (55%), water, tomato paste, sugar, modified maize starch, salt, spices, onion powder. Bestanddele: Bone (55%), water, tamatiepasta, suiker, gemodifiseerde mieliestysel, sout, speserye, uiepoeier.", "corn sugar", ""),
    ("label", "KOO Chakalaka Mild / Chakalaka Matig. Bestanddele: Groente (wortels, groenrissies, uie), water, tamatiepasta, suiker, sout, gemodifiseerde mieliestysel, speserye, knoffel. Ingredients: Vegetables (carrots, green chillies, onions), water, tomato paste, sugar, salt, modified maize starch, spices, garlic.", "corn sugar", ""),
    ("label", "Freshpak Rooibos Tea. 80 teabags. Ingredients: 100% Rooibos. Naturally caffeine free.", "", ""),
    ("label", "Nando's PERi-PERi Sauce Medium. Ingredients: Water, Chillies (13%), Vinegar, Onion, Lemon Juice Concentrate, Salt, Sunflower Oil, Garlic, Stabiliser (Xanthan Gum), Spices, Herbs, Preservative (Potassium Sorbate), Acid (Citric Acid).", "", "corn sugar"),  # why: lemon juice concentrate counts at most as possible
    ("label", "Bakers Tennis Biscuits Original Coconut. Ingredients: Wheat flour, sugar, vegetable fat (palm), desiccated coconut (11%), golden syrup, invert syrup, raising agents, salt, emulsifier (soya lecithin), flavourant. Contains wheat (gluten), soya.", "wheat soy sugar", ""),
    ("label", "Bakers Marie Biscuits. Ingredients: Wheat flour, sugar, vegetable fat (palm), invert sugar syrup, raising agents, salt, flavourant, milk powder. Contains wheat (gluten), milk.", "wheat dairy sugar", ""),
    ("label", "Simba Mrs H.S. Ball's Chutney Flavoured Potato Chips. Ingredients: Potatoes, vegetable oil, chutney flavour (sugar, salt, maltodextrin, flavour enhancers (MSG, E627, E631), dried onion, spices, acidity regulator (citric acid), colourant (paprika extract), flavouring). Allergens: may contain milk, soya, wheat.", "sugar", "wheat dairy corn soy"),
    ("label", "Simba NikNaks Cheese Flavoured Maize Snacks. Ingredients: Maize, vegetable oil, cheese flavour (whey powder (milk), salt, maltodextrin, cheese powder (milk), flavour enhancers (MSG), colourants (tartrazine, sunset yellow)). Contains milk.", "dairy corn", "soy"),
    ("label", "Ultramel Ready-to-Serve Custard Original. Ingredients: Milk, sugar, modified maize starch, cream, stabiliser, flavourant, colourants (annatto, tartrazine).", "dairy corn sugar", ""),
    ("label", "Woolworths Beef Biltong Sliced / Beesbiltong Gesny. Bestanddele: Beesvleis, sout, asyn, koljander, swartpeper, bruinsuiker. Ingredients: Beef, salt, vinegar, coriander, black pepper, brown sugar.", "sugar", ""),
    ("label", "PEPPADEW Mild Whole Sweet Piquanté Peppers. Ingredients: Piquanté peppers, water, sugar, spirit vinegar, salt, acidity regulator (citric acid), firming agent (calcium chloride).", "sugar", "corn"),
    ("label", "All Gold Tomato Sauce. Ingredients: Tomato paste (30%), sugar, water, spirit vinegar, salt, modified maize starch, spices, onion, preservative (potassium sorbate).", "corn sugar", ""),
    ("label", "Clover Amasi Full Cream. Ingredients: Cultured full cream milk. Bevat: melk.", "dairy", ""),
    ("label", "Mageu No.1 Original. Ingredients: Water, maize meal (10%), sugar, wheat flour, preservative (potassium sorbate), cultures. Contains gluten (wheat).", "wheat corn sugar", ""),
    ("label", "Karan Beef Traditional Boerewors. Bestanddele: Beesvleis, varkvleis, vet, water, speserye (koljander, naeltjies, neutmuskaat), sout, asyn, droë broodkrummels (koringmeel). Ingredients: Beef, pork, fat, water, spices (coriander, cloves, nutmeg), salt, vinegar, toasted breadcrumbs (wheat flour).", "wheat", ""),
    ("label", "Morvite Original Sorghum Instant Porridge. Ingredients: Sorghum meal (mabele), sugar, maize meal, vitamins and minerals.", "corn sugar", ""),
    ("label", "Cremora Original Coffee Creamer. Ingredients: Glucose syrup solids, vegetable fat (palm), sodium caseinate (milk protein), stabilisers (E340, E452), emulsifiers (E471), anti-caking agent (E551), colourant (beta-carotene). Contains milk.", "dairy sugar", "corn"),
    ("label", "Five Roses Tagless Teabags. Ingredients: Black tea.", "", ""),
    ("label", "Chappies Bubble Gum Tutti Frutti. Ingredients: Sugar, gum base, glucose syrup, flavourants, humectant (glycerol), acidity regulator (citric acid), colourants.", "sugar", "corn"),
    ("label", "Woolworths Dairy Free Coconut Yoghurt Plain. Vegan. Ingredients: Coconut cream (coconut, water), water, tapioca starch, live cultures.", "", ""),
    ("label", "Royco Brown Onion Soup / Bruin Uiesop. Ingredients: Wheat flour, maize starch, salt, flavour enhancers (MSG, E635), sugar, onion powder, colourant (caramel), vegetable fat (palm), flavourants. Contains wheat (gluten).", "wheat corn sugar", ""),
    ("label", "Lancewood Plain Double Cream Yoghurt. Ingredients: Milk, cream, live cultures. Bevat: melk. Geen bygevoegde suiker nie / No added sugar.", "dairy", ""),
]

# ---------------------------------------------------------------- Clean days across the cohort (traps: peppercorn, buckwheat, cornish hen, butter beans, unicorn, apple butter)
BLIND9_CASES += [
    ("meal", "grilled chicken w a peppercorn rub, sugar snap peas, baked potato w olive oil", "", ""),  # jen
    ("meal", "butter beans and rice w onion + garlic, cooked in olive oil", "", ""),  # marcus; why: butter beans are lima beans
    ("meal", "roasted buckwheat tea + a steamed sweet potato for snack", "", ""),  # jae; why: buckwheat is not wheat
    ("meal", "roast chicken, acorn squash, green beans, salt + cracked peppercorns", "", ""),  # hannah
    ("meal", "unicorn smoothie bowl lol - just pitaya, banana, unsweetened coconut flakes", "", ""),  # dave
    ("meal", "roasted cornish hen w lemon + rosemary and steamed veg", "", ""),  # siobhan
    ("meal", "chicken karahi i made at home w oil not ghee, rice, salad, no roti", "", ""),  # aisha
    ("meal", "kasza gryczana z jajkiem sadzonym na oliwie i ogórkiem kiszonym", "", ""),  # tomasz
    ("meal", "boli and grilled fish w fresh pepper sauce, no seasoning cubes", "", ""),  # ngozi
    ("meal", "chickpea & butternut curry w coconut milk, brown rice", "", ""),  # chloe
    ("meal", "kangaroo steak, sweet potato mash (no butter), broccolini", "", ""),  # kylie
    ("meal", "grilled sardines, horiatiki minus the feta, olives", "", ""),  # nick
    ("meal", "steamed egg custard (just eggs, water, salt) + bok choy w garlic", "", ""),  # mei
    ("meal", "smoked kahawai w boiled kūmara and watercress salad", "", ""),  # aroha
    ("meal", "grilled chicken, morogo, steamed butternut", "", ""),  # thandi
    ("meal", "snoek op die braai met net suurlemoen en knoffel, groen slaai", "", ""),  # pieter
    ("meal", "grilled prawns w lemon, garlic and chilli, basmati and kachumber salad", "", ""),  # fatima
    ("meal", "rice cakes w apple butter (just apples + cinnamon)", "", ""),  # sarah; why: apple butter has no dairy
]
