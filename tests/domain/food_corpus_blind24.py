# ruff: noqa: E501
"""Blind labelled set 24: everyday US/UK/Canada/Australia/Ireland users (parents, office and shift workers, students, chains, own brands, meal kits, takeaway) plus pasted packaged-food labels."""

BLIND24_CASES: list[tuple[str, str, str, str]] = []

# --- US busy parent (Ohio suburbs, two kids, Costco + drive-thrus) ---
BLIND24_CASES += [
    ("meal", "kids had mac n cheese from the blue box, i had a bowl too lol", "wheat dairy", ""),
    ("meal", "chick fil a 8ct nuggets + waffle fries, no sauce", "wheat", "dairy sugar"),  # why: CFA breading lists milk and sugar, but the person can't see that; peanut/canola oil, not soy/corn
    ("meal", "sheet pan chicken thighs w/ sweet potatoes and broccoli, olive oil salt pepper", "", ""),
    ("meal", "starbucks grande iced caramel macchiato w oat milk", "sugar", "dairy corn"),  # why: oat milk swaps the milk, but caramel drizzle is made with butter/cream and corn syrup
    ("meal", "cheerios w 2% milk and a banana", "corn sugar dairy", ""),  # why: plain Cheerios = oats, corn starch, sugar; labelled gluten free, so no wheat
    ("meal", "costco rotisserie chicken + one of those bagged caesar salad kits", "wheat dairy", "sugar corn soy"),  # why: croutons + parmesan; dressing usually soybean oil; rotisserie brine has sugar/dextrose/starch
    ("meal", "skipped breakfast, coffee black x3", "", ""),
    ("meal", "taco tuesday!! old el paso hard shells, ground beef w the seasoning packet, shredded cheddar, sour cream, salsa", "corn dairy", "sugar wheat"),  # why: seasoning packets carry maltodextrin/sugar and sometimes flour
    ("meal", "made the kids pancakes from bisquick, i just had eggs and bacon", "", "sugar"),  # why: pancakes were the kids'; bacon cure usually has sugar
    ("meal", "panera broccoli cheddar soup in a bread bowl", "wheat dairy", "corn"),
    ("meal", "chipotle bowl - brown rice, black beans, chicken, fajita veg, mild salsa, guac. NO cheese no sour cream", "", ""),
    ("meal", "chipotle burrito w corn salsa cheese and lettuce", "wheat corn dairy", ""),
    ("meal", "handful of goldfish while making dinner", "wheat dairy", "sugar soy"),
    ("meal", "spaghetti w ragu and the frozen texas toast garlic bread", "wheat", "sugar dairy soy"),  # why: jarred sauce usually has sugar and soybean oil; frozen garlic toast varies butter vs soybean oil spread
    ("meal", "la croix (pamplemousse) and some grapes", "", ""),
    ("meal", "halloween candy raid: 2 reese's cups, a kitkat and a handful of candy corn 🎃", "wheat dairy sugar corn", "soy"),  # why: kitkat wafer = wheat; candy corn = corn syrup; soy lecithin in both bars but not certain for all sizes
    ("meal", "leftover lasagna", "wheat dairy", "sugar"),
    ("meal", "homemade chili (beef, kidney beans, canned tomatoes, chili powder) + cornbread from the jiffy box", "corn wheat sugar", "dairy"),  # why: Jiffy mix is flour + cornmeal + sugar; the milk is added at home, so likely but not certain
    ("meal", "sons bday, 2 slices of costco sheet cake 🎂 no regrets", "wheat dairy sugar", "soy corn"),
    ("meal", "smoothie: frozen berries, spinach, almond milk, scoop orgain vanilla", "", "sugar"),  # why: almond milk unspecified, original versions have cane sugar
    ("meal", "ballpark frank on a bun w ketchup + mustard at the soccer game", "wheat sugar", "corn"),
    ("meal", "mcdonalds drive thru - 10pc nugget, small fry, diet coke. kids got happy meals", "wheat", "corn soy sugar dairy"),  # why: US nuggets use corn flour + dextrose, fried in canola/corn/soy blend; US fries' beef flavour has milk derivatives
    ("meal", "turkey + swiss on sourdough, apple", "wheat dairy", "sugar"),  # why: deli turkey usually has sugar/dextrose
    ("meal", "barilla gluten free penne w jarred pesto and grilled chicken", "corn dairy", ""),  # why: Barilla GF pasta is corn + rice flour; jarred pesto has parmesan
    ("meal", "oatmeal w brown sugar and raisins, coffee w half and half", "sugar dairy", "wheat"),  # why: regular oats, cross-contact only
    ("meal", "ate half a poptart the kid left... no wait it was a nutri grain bar, strawberry", "wheat sugar", "corn soy"),
    ("meal", "crockpot pulled pork w sweet baby rays on hawaiian rolls", "wheat sugar corn", "dairy soy"),  # why: Sweet Baby Ray's leads with HFCS; Hawaiian rolls usually have butter/milk
    ("meal", "trader joes mandarin orange chicken + their frozen veggie fried rice", "wheat soy sugar", "corn"),
    ("meal", "premier protein shake (chocolate) till 3, then a side salad w ranch", "dairy", "soy sugar"),
    ("meal", "dunkin iced coffee w oat milk + caramel swirl", "dairy sugar", "corn"),  # why: Dunkin 'swirls' are made with sweetened condensed milk, unlike the unsweetened 'shots'
    ("meal", "grilled cheese on white bread w kraft singles + tomato soup (campbells)", "wheat dairy sugar", "corn soy"),  # why: Campbell's tomato soup has HFCS in the US
    ("meal", "popcorn at the kids movie, medium, asked for no butter topping", "corn", "soy"),  # why: theatre popcorn popped in coconut or soybean oil blend
    ("meal", "egg white bites from starbucks + black cold brew", "dairy", "corn"),  # why: sous vide bites have cheese and rice starch/corn starch
    ("meal", "chicken noodle soup from scratch, egg noodles, carrots celery", "wheat", ""),
    ("meal", "the kids left over dino nuggets and i had like 5 w honey mustard", "wheat", "sugar soy corn"),
]

# --- UK office worker (London, meal deals, Pret, Greggs) ---
BLIND24_CASES += [
    ("meal", "tesco meal deal: chicken & bacon sarnie, walkers ready salted, diet coke", "wheat", "sugar soy corn"),  # why: mayo/bacon sugar; UK sliced bread often has soya flour; caramel colour/citric acid in cola
    ("meal", "pret flat white + almond croissant", "dairy wheat sugar", ""),
    ("meal", "greggs sausage roll and a steak bake, don't judge me", "wheat", "dairy soy"),
    ("meal", "leftover dal and rice from last night, tempered with ghee", "dairy", ""),
    ("meal", "costa medium oat latte", "", ""),
    ("meal", "2 chocolate digestives at the 3pm meeting (mcvities)", "wheat dairy sugar", "soy corn"),
    ("meal", "wasabi chicken katsu curry", "wheat", "soy sugar"),
    ("meal", "m&s percy pigs, like ten of them 🐷", "sugar", "corn"),
    ("meal", "jacket potato w beans and cheese from the canteen", "dairy sugar", "corn"),
    ("meal", "nandos quarter chicken (medium), spicy rice, corn on the cob", "corn", "sugar"),
    ("meal", "skipped the office pizza, had my own salad: rocket, tomato, feta, olives, balsamic", "dairy", ""),
    ("meal", "friday drinks: 3 pints of guinness + a bag of scampi fries", "wheat", "sugar"),  # why: Guinness is barley-based; scampi fries are wheat flour
    ("meal", "pret bircher muesli pot at my desk", "dairy", "wheat sugar"),
    ("meal", "marmite on toast w butter", "wheat dairy", ""),
    ("meal", "grenade bar, white chocolate cookie flavour, after the gym", "dairy", "wheat soy sugar"),
    ("meal", "itsu chicken gyoza + a miso soup", "wheat soy", "sugar"),
    ("meal", "leon chicken box w aioli and the baked fries", "", "soy sugar dairy"),  # why: aioli is egg+oil, may be soy-based oil; glaze may have sugar
    ("meal", "sainsburys taste the difference lasagne for one, heated in microwave", "wheat dairy", "sugar"),
    ("meal", "hobnobs x3 with a brew (semi skimmed)", "wheat sugar dairy", ""),  # why: HobNobs = oats + wheat flour + sugar + golden syrup
    ("meal", "wagamama yaki soba", "wheat soy", "sugar"),
    ("meal", "only had a banana and a black americano before the 11am, so hungry", "", ""),
    ("meal", "sushi from the tesco fridge, salmon nigiri + cucumber maki, didn't use the soy sauce sachet", "sugar", ""),  # why: sushi rice is seasoned with sugar; soy sachet explicitly not used
    ("meal", "heinz cream of tomato soup + a warburtons crumpet", "wheat dairy sugar", "corn soy"),  # why: UK Heinz cream of tomato has cream + sugar and cornflour; crumpets sometimes soya
    ("meal", "pho from the vietnamese place on the high st, no hoisin", "", "sugar"),
    ("meal", "ginsters cornish pasty from the train station", "wheat", "dairy soy"),  # why: 'cornish' is the place, not maize
    ("meal", "dinner: salmon fillet, new potatoes w butter, peas", "dairy", ""),
    ("meal", "bowl of kellogg's cornflakes w semi skimmed", "corn dairy sugar", "wheat"),  # why: Corn Flakes = maize, sugar, barley malt flavouring (malt: wheat only possible)
    ("meal", "yorkshire puddings (aunt bessies) with the roast", "wheat dairy", ""),
    ("meal", "a twirl and a can of irn bru at the vending machine", "dairy sugar", "soy corn"),
    ("meal", "tofu pad thai from deliveroo", "soy", "wheat sugar"),  # why: tofu certain; pad thai sauce = tamarind, fish sauce, palm sugar, sometimes soy sauce
]

# --- Canadian student (Toronto / Montreal, residence caf, Tims, cheap groceries) ---
BLIND24_CASES += [
    ("meal", "tims double double and a honey cruller", "dairy sugar wheat", "soy"),
    ("meal", "KD w cut up hot dogs. student life", "wheat dairy", "corn sugar"),
    ("meal", "poutine at la banquise at 2am 🍟", "dairy", "wheat corn"),  # why: curds certain; poutine gravy thickened with flour or cornstarch
    ("meal", "caf had butter chicken w naan", "dairy wheat", "sugar"),
    ("meal", "shin ramyun + an egg cracked in", "wheat soy", "sugar"),
    ("meal", "subway 6in italian bmt on 9 grain wheat, provolone, mayo, lettuce tomato", "wheat dairy", "sugar soy corn"),
    ("meal", "sugar shack trip!! pancakes drowned in maple syrup, maple taffy on snow 🍁", "wheat", "sugar dairy"),  # why: maple syrup/taffy are natural sweeteners (possible); batter may have milk and sugar
    ("meal", "black coffee + a clementine during my exam", "", ""),
    ("meal", "mary browns 2pc chicken and taters", "wheat", "soy corn"),
    ("meal", "ketchup chips and a coke zero", "sugar", "corn"),  # why: ketchup chip seasoning has sugar/dextrose; cola caramel colour
    ("meal", "stir fry w firm tofu, bok choy, rice and san-j tamari (the gluten free one)", "soy", ""),
    ("meal", "a&w teen burger, onion rings, root beer", "wheat dairy sugar", "corn soy"),
    ("meal", "nanaimo bar from the bakery on commercial dr", "wheat dairy sugar", "corn"),  # why: the middle layer is usually custard powder (cornflour)
    ("meal", "beavertail w cinnamon sugar at the canal", "wheat sugar", "dairy"),
    ("meal", "2 pizza pops (pepperoni) from the microwave", "wheat dairy", "sugar soy"),
    ("meal", "st-viateur sesame bagel w cream cheese", "wheat dairy", "sugar"),  # why: Montreal bagels are boiled in honey water
    ("meal", "tourtière at my grandma's for reveillon", "wheat", "dairy"),
    ("meal", "harvey's original burger, no cheese, w fries", "wheat", "sugar soy corn"),
    ("meal", "PC blue menu greek yogurt (plain 0%) w blueberries", "dairy", ""),
    ("meal", "sushi pizza at the place on bloor", "sugar", "soy wheat"),  # why: seasoned sushi rice has sugar; usually drizzled with eel sauce/soy, not certain
    ("meal", "i thought the caf pad thai was safe but it had soy sauce in it apparently", "soy wheat", "sugar"),
    ("meal", "eggs + spinach + avocado, that's it", "", ""),
    ("meal", "timbits 10 pack shared w roommate, i had maybe 4", "wheat sugar", "dairy soy"),
    ("meal", "mr noodles chicken, didnt use the flavour packet just hot sauce", "wheat", ""),
]

# --- Australian night-shift nurse (Melbourne, servos, Woolies/Coles, hospital cafe) ---
BLIND24_CASES += [
    ("meal", "night shift fuel: 2 tim tams + cuppa w milk", "wheat dairy sugar", "soy"),
    ("meal", "vegemite toast before bed at 8am", "wheat", ""),
    ("meal", "four'n twenty pie w dead horse from the servo at 3am", "wheat sugar", "soy corn dairy"),  # why: 'dead horse' = tomato sauce
    ("meal", "sushi handrolls from the food court, teriyaki chicken + tuna avo, dunked in soy", "soy wheat sugar", ""),
    ("meal", "maccas brekkie: bacon & egg mcmuffin, hash brown, flat white", "wheat dairy", "sugar"),
    ("meal", "kept it clean today - grilled barra, salad, sweet potato chips i baked at home", "", ""),
    ("meal", "half a box of bbq shapes on my break", "wheat", "sugar corn soy"),
    ("meal", "coles deli chicken schnitty + coleslaw", "wheat", "sugar"),
    ("meal", "big m iced coffee on the drive home", "dairy sugar", ""),
    ("meal", "pad see ew from the thai place across from the hospital", "soy wheat sugar", ""),
    ("meal", "anzac bikkies mum sent me 😭", "wheat dairy sugar", ""),
    ("meal", "smashed avo on sourdough w feta + an oat cap", "wheat dairy", ""),  # why: oat milk cappuccino adds no dairy; feta does
    ("meal", "HSP from uber eats, garlic chilli bbq", "dairy sugar", "wheat soy"),  # why: halal snack pack = chips, doner, cheese, sauces
    ("meal", "2 weet-bix w milk and a drizzle of honey", "wheat dairy sugar", ""),  # why: Weet-Bix contains added sugar, so sugar is definite regardless of the honey
    ("meal", "uncle tobys plain quick oats sachet made w water", "", "wheat"),  # why: oats; cross-contact possible only
    ("meal", "a bag of red frogs from the nurses station", "sugar", "corn"),
    ("meal", "woolies roast chook and a bread roll", "wheat", "sugar"),
    ("meal", "banh mi from the bakery in footscray w pate and pickled carrot", "wheat", "sugar soy"),
    ("meal", "golden gaytime 🍦", "dairy sugar wheat", "soy corn"),  # why: coated in biscuit crumb
    ("meal", "dim sims (steamed) w soy sauce from the fish n chip shop", "wheat soy", "sugar"),
    ("meal", "nothing but a milo made w hot water, no milk", "sugar dairy", "wheat"),  # why: no added milk, but Milo powder itself has milk solids; barley malt only flags wheat as possible
    ("meal", "vego night: tofu larb w lettuce cups, fish sauce, lime, no sugar added", "soy", ""),
    ("meal", "arnott's scotch finger", "wheat sugar", "dairy"),
    ("meal", "a pav for xmas lunch w cream and passionfruit", "sugar dairy", "corn"),  # why: pavlova often uses cornflour
    ("meal", "chicken parma at the pub w chips and salad", "wheat dairy", "sugar soy corn"),  # why: napoli sauce may have sugar; fryer oil
]

# --- Irish parent (Cork, three kids, Centra/SuperValu/Dunnes, chippers) ---
BLIND24_CASES += [
    ("meal", "breakfast roll from the centra - sausages, rashers, egg, white and black pudding, ketchup", "wheat sugar", "dairy soy"),
    ("meal", "tayto cheese & onion sambo w butter on brennans", "wheat dairy", "corn soy"),
    ("meal", "sunday roast: beef, roasties in goose fat, carrots + parsnips, bisto gravy", "", "wheat corn"),  # why: gravy granules use wheat flour or maltodextrin depending on type
    ("meal", "the kids had goujons and chips, i just had the chips and a bit of coleslaw", "", "sugar soy"),
    ("meal", "brown bread i made myself (wholemeal flour, buttermilk, bread soda)", "wheat dairy", ""),
    ("meal", "4 cups of barrys w milk and 2 sugars each, don't tell my GP", "dairy sugar", ""),
    ("meal", "supermacs snack box", "wheat", "soy corn"),
    ("meal", "club orange and a packet of king crisps", "sugar", "corn"),
    ("meal", "coddle for the dinner - sausages, rashers, spuds, onion, knorr cube", "wheat", "corn sugar soy"),  # why: Irish sausages are bound with wheat rusk
    ("meal", "a 99 from the van at the beach 🍦", "dairy sugar wheat", "corn"),  # why: a 99 is soft serve in a wafer cone with a Flake; soft-serve mix often has glucose syrup
    ("meal", "tesco finest chicken kiev + oven chips", "wheat dairy", ""),
    ("meal", "porridge (flahavans) w milk and a spoon of brown sugar", "dairy sugar", "wheat"),
    ("meal", "wait, I said oat milk on the porridge - it was actually regular milk, the oat milk is for himself", "dairy", ""),
    ("meal", "curry chips + spice bag from the chinese", "wheat", "sugar soy corn"),
    ("meal", "mikado biscuits for the kids party, had 3", "wheat sugar", "soy"),  # why: coconut + mallow + jam on a wheat biscuit; no dairy in mikado
    ("meal", "salmon darne, baby potatoes, and broccoli w a knob of kerrygold", "dairy", ""),
    ("meal", "barmbrack toasted w butter", "wheat dairy sugar", ""),
    ("meal", "a cadburys boost and a lucozade on the way home from work", "dairy sugar wheat", "soy corn"),  # why: Boost has biscuit pieces; Lucozade glucose syrup
    ("meal", "chicken fillet roll from the deli counter, no mayo, just cheese and lettuce", "wheat dairy", "soy"),  # why: deli breaded fillet, crumb sometimes has soya
    ("meal", "kids had fish fingers, I had a plain omelette and side salad", "", ""),
]

# --- US college student + gym (dining hall, protein everything, Chipotle, ramen) ---
BLIND24_CASES += [
    ("meal", "dining hall stir fry station, chicken broccoli white rice w teriyaki", "soy wheat sugar", ""),
    ("meal", "cup noodles at 1am 💀", "wheat", "soy sugar corn"),
    ("meal", "4 eggs, 1 cup white rice, 6oz chicken breast, hot sauce. meal prep #3", "", ""),
    ("meal", "optimum nutrition gold standard whey in water", "dairy", "soy"),  # why: ON whey contains soy lecithin in most flavours
    ("meal", "quest bar cookies n cream", "dairy", "corn"),  # why: milk/whey protein isolate; soluble corn fibre in many Quest bars; 'cookie' pieces are protein-based, no wheat
    ("meal", "sweetgreen harvest bowl", "dairy", "sugar"),  # why: goat cheese, balsamic vinaigrette may be sweetened
    ("meal", "celsius + a banana pre workout", "", ""),
    ("meal", "wingstop 10 lemon pepper boneless + fries + ranch", "wheat dairy", "soy corn sugar"),
    ("meal", "2 slices of dominos pepperoni from the floor party", "wheat dairy", "sugar corn"),  # why: dough has sugar; cornmeal on the pan base
    ("meal", "bagel w peanut butter and banana", "wheat", "sugar"),  # why: peanut butter is not dairy; many PB brands add sugar
    ("meal", "fairlife core power 26g chocolate", "dairy sugar", ""),
    ("meal", "late night taco bell: cheesy gordita crunch + baja blast", "wheat corn dairy sugar", "soy"),
    ("meal", "a plain baked potato and steamed broccoli from the salad bar, no butter", "", ""),
    ("meal", "boba: brown sugar milk tea w tapioca pearls, 50% sweet", "sugar", "dairy"),  # why: many shops use non-dairy creamer (often caseinate) or fresh milk
    ("meal", "greek yogurt parfait from the c-store (granola, strawberries)", "dairy sugar", "wheat"),
    ("meal", "panda express orange chicken + chow mein", "wheat soy sugar", "corn"),
    ("meal", "sabra hummus w baby carrots", "", "soy"),  # why: Sabra uses soybean oil in some formulas
    ("meal", "cava bowl: saffron basmati, harissa honey chicken, hummus, pickled onions, no feta", "", "sugar"),  # why: honey is a natural sweetener = possible; feta explicitly left off
    ("meal", "nature valley crunchy oats n honey bar", "sugar", "soy wheat"),
    ("meal", "insomnia cookies, 2 chocolate chunk + a glass of milk", "wheat dairy sugar", "soy"),
]

# --- meal kits (HelloFresh, Gousto, Marley Spoon, Chefs Plate, Dinnerly, Blue Apron) ---
BLIND24_CASES += [
    ("meal", "hellofresh firecracker meatballs w jasmine rice and green beans", "sugar", "wheat soy"),  # why: the sauce is sweet chili; meatballs usually use panko
    ("meal", "gousto chicken katsu w sticky rice and the little sachet of katsu sauce", "wheat", "soy sugar"),
    ("meal", "marley spoon cheesy beef enchiladas (flour tortillas)", "wheat dairy", "corn sugar"),  # why: enchilada sauce often thickened with cornstarch
    ("meal", "blue apron seared steak + miso butter mushrooms + mashed potatoes", "soy dairy", ""),
    ("meal", "hellofresh honey garlic chicken (used half the honey packet), roasted broccoli, rice", "", "sugar soy wheat"),  # why: honey is a natural sweetener = possible; HF honey garlic sauce often includes soy sauce
    ("meal", "gousto veggie chilli w the smoked paprika + cornbread topping", "corn wheat", "dairy sugar"),
    ("meal", "chefs plate butter chicken, swapped the naan for cauliflower rice", "dairy", "sugar"),
    ("meal", "dinnerly tuscan sausage gnocchi in cream sauce", "wheat dairy", ""),  # why: shelf-stable gnocchi is potato + wheat flour
    ("meal", "hellofresh bulgogi pork tacos on flour tortillas w sriracha mayo", "wheat soy sugar", ""),  # why: bulgogi sauce = soy sauce + sugar
    ("meal", "marley spoon shrimp pad thai (used the tamari they sent, label says wheat free)", "soy", "sugar"),
    ("meal", "gousto lamb kofta w flatbreads, tzatziki", "wheat dairy", ""),
    ("meal", "hellofresh crispy parmesan chicken, panko + parm, roasted potatoes", "wheat dairy", ""),
    ("meal", "home chef (from kroger) teriyaki salmon w edamame rice", "soy wheat sugar", ""),
    ("meal", "green chef keto chicken w pesto butter and green beans", "dairy", ""),
    ("meal", "marley spoon: polenta w roasted mushrooms + parmesan", "corn dairy", ""),
    ("meal", "hellofresh sweet potato + black bean tacos on corn tortillas, no cheese (left it off) + lime crema", "corn dairy", ""),  # why: crema = sour cream
    ("meal", "gousto thai green curry w coconut milk and jasmine rice", "", "sugar soy"),  # why: coconut milk is not dairy; curry paste/fish sauce may have sugar
]

# --- takeaway nights (Deliveroo / Just Eat / Menulog / SkipTheDishes / DoorDash) ---
BLIND24_CASES += [
    ("meal", "chinese takeaway: salt n pepper chips, sweet and sour chicken balls, egg fried rice", "wheat sugar", "soy corn"),  # why: battered balls; UK egg fried rice usually has soy sauce but not always; cornflour in the sauce
    ("meal", "indian from just eat: chicken tikka masala, pilau rice, garlic naan, poppadoms", "dairy wheat", "sugar"),
    ("meal", "doordash: general tso's chicken + vegetable lo mein", "wheat soy sugar", "corn"),
    ("meal", "fish and chips from the chippy w mushy peas and a pickled onion", "wheat", "sugar"),  # why: batter is wheat flour; UK chippies fry in beef dripping or palm
    ("meal", "kebab shop doner on naan w garlic and chilli sauce", "wheat", "dairy soy sugar"),  # why: garlic sauce often yogurt-based; doner meat can contain soya
    ("meal", "skipthedishes sushi platter + miso soup + edamame", "soy sugar", "wheat"),  # why: miso + edamame = soy; miso can contain barley/wheat
    ("meal", "menulog thai: massaman curry w rice", "", "sugar soy"),  # why: massaman has palm sugar; coconut cream is not dairy
    ("meal", "five guys little bacon burger, all the way, cajun fries", "wheat sugar", "dairy"),  # why: 'all the way' includes ketchup; five guys buns contain milk/egg; peanut oil
    ("meal", "pizza hut stuffed crust meat feast, 3 slices", "wheat dairy", "sugar soy"),
    ("meal", "korean fried chicken (yangnyeom) from deliveroo w pickled radish", "wheat sugar", "soy corn"),  # why: gochujang glaze = sugar/corn syrup; batter may be potato/corn starch + flour
    ("meal", "thai red curry w tofu and sticky rice", "soy", "sugar"),
    ("meal", "nandos delivery: wrap w halloumi, peri chips", "wheat dairy", "sugar"),
    ("meal", "uber eats: mcdonalds big mac meal w sprite, swapped fries for a side salad", "wheat dairy sugar", "soy corn"),
    ("meal", "lebanese: chicken shawarma plate, garlic sauce (toum), fattoush, hummus", "wheat", "sugar"),  # why: toum is garlic + oil (not dairy); fattoush has fried pita; pomegranate molasses in dressing
    ("meal", "vietnamese: lemongrass pork vermicelli bowl w nuoc cham, spring rolls", "sugar", "wheat"),  # why: nuoc cham always has sugar; fried rolls may use wheat or rice wrappers
    ("meal", "dominos garlic bread + chicken wings w bbq dip", "wheat sugar", "dairy"),
    ("meal", "ordered a chicken burrito bowl from guzman y gomez, no cheese no sour cream no tortilla chips", "", "corn"),  # why: rice/salsa sometimes contain corn; chips explicitly not eaten
    ("meal", "ramen from ichiran-style place: tonkotsu, thin noodles, soft egg", "wheat soy", ""),
    ("meal", "Chinese: crispy chilli beef + singapore noodles", "sugar", "wheat soy corn"),  # why: crispy beef coated in cornflour/flour, sweet chilli glaze; singapore noodles are rice noodles w curry powder, sometimes soy sauce
    ("meal", "chippy in dublin: smoked cod, chips, garlic mayo, can of 7up", "wheat sugar", "soy"),
]

# --- US shift worker / trucker (night warehouse, gas stations, Waffle House, Sheetz) ---
BLIND24_CASES += [
    ("meal", "waffle house all star special, waffle, scrambled eggs, bacon, hashbrowns smothered + covered", "wheat dairy sugar", "soy corn"),  # why: covered = cheese; waffle batter has sugar/milk
    ("meal", "2 monster ultra (white) during shift", "", "corn"),  # why: zero sugar; citric acid
    ("meal", "sheetz mto chicken quesadilla + a fountain mt dew", "wheat dairy sugar", "corn"),  # why: US Mountain Dew is HFCS
    ("meal", "gas station roller dog w chili + cheese", "wheat dairy", "corn sugar soy"),
    ("meal", "slim jim + sunflower seeds", "corn sugar soy", ""),  # why: Slim Jim original lists corn syrup, dextrose and soy protein concentrate
    ("meal", "honey bun from the vending machine at 4am", "wheat sugar", "soy corn dairy"),
    ("meal", "lunch box: leftover grilled chicken, white rice, black beans i cooked sunday", "", ""),
    ("meal", "wawa hoagie: turkey, provolone, lettuce, onion, oil and vinegar", "wheat dairy", "soy sugar"),
    ("meal", "hard boiled eggs x2 + string cheese", "dairy", ""),
    ("meal", "little debbie oatmeal creme pie, only one i swear", "wheat sugar", "corn soy dairy"),
    ("meal", "cracker barrel: biscuits n gravy w 2 eggs", "wheat dairy", "corn"),
    ("meal", "coffee w coffee mate french vanilla creamer", "sugar", "dairy corn soy"),  # why: 'non-dairy' creamer contains sodium caseinate (milk derivative); corn syrup solids
    ("meal", "beef jerky (jack links original) and a water", "sugar", "soy corn"),  # why: Jack Link's original marinade has sugar and hydrolysed soy protein
    ("meal", "arby's roast beef classic w horsey sauce + curly fries", "wheat", "sugar soy corn dairy"),
    ("meal", "bowl of grits w butter and salt at the diner", "corn dairy", ""),
]

# --- retirees cooking at home (Ontario, Yorkshire, Perth WA) ---
BLIND24_CASES += [
    ("meal", "boiled egg and soldiers, tea with milk", "wheat dairy", ""),
    ("meal", "shepherds pie, made w lamb mince, topped w mash (butter, milk)", "dairy", "wheat"),  # why: the mince gravy is usually thickened with flour
    ("meal", "pea soup w ham hock, no bread", "", ""),
    ("meal", "butter tarts from the church sale", "wheat dairy sugar", "corn"),  # why: Canadian butter tarts often use corn syrup
    ("meal", "kippers, brown toast (hovis), marmalade", "wheat sugar", "soy"),
    ("meal", "fruit cake slice w a wedge of wensleydale", "wheat dairy sugar", ""),
    ("meal", "roast lamb, mint sauce, roasties, peas, carrots, gravy from the pan juices w flour", "wheat", "sugar"),  # why: mint sauce usually sweetened
    ("meal", "stewed rhubarb with custard (birds)", "sugar dairy corn", ""),  # why: Bird's custard powder is cornflour; custard made with milk and sugar
    ("meal", "bran flakes w prunes and semi skimmed", "wheat dairy sugar", ""),
    ("meal", "poached salmon, boiled potatoes w dill, cucumber salad w vinegar", "", ""),
    ("meal", "sausage rolls and a sherry at the bowls club", "wheat", "dairy soy"),
    ("meal", "split pea and bacon soup, bit of cornbread on the side (made w cornmeal and buttermilk, no flour)", "corn dairy", "sugar"),
    ("meal", "scones w jam and clotted cream at the garden centre cafe", "wheat dairy sugar", ""),
    ("meal", "corned beef hash w a fried egg", "", ""),  # why: corned beef is not maize
    ("meal", "minced beef + onion + carrot, thickened w gravy granules, on mash", "", "dairy wheat corn"),  # why: mash usually has butter/milk but not stated
]

# --- strict follower, week 1-2 of the elimination (swaps, negations, corrections, slips) ---
BLIND24_CASES += [
    ("meal", "day 4!! chicken, rice, roasted zucchini w olive oil. no sauce", "", ""),
    ("meal", "asked for the burger lettuce wrapped, no bun no cheese no ketchup, w side salad (oil + lemon)", "", "soy corn"),  # why: restaurant oil on grill/salad may be soybean or corn blend
    ("meal", "schar gluten free bread toasted w avocado", "", "corn soy sugar"),  # why: Schar GF loaves use maize starch, sugar/syrup and sometimes soy
    ("meal", "oatly barista in my coffee - the full fat one", "", ""),
    ("meal", "coconut yogurt (coyo unsweetened) w blueberries", "", ""),
    ("meal", "accidentally had a bite of my husbands garlic bread before I remembered 😩", "wheat", "dairy"),
    ("meal", "salad w balsamic... oh no the dressing was honey balsamic", "", "sugar"),  # why: honey = natural sweetener, flag possible
    ("meal", "cauliflower rice stir fry w coconut aminos instead of soy sauce", "", ""),  # why: coconut aminos is soy-free and wheat-free
    ("meal", "rice cakes w almond butter", "", ""),
    ("meal", "buttercup squash soup I made w veg stock and coconut milk", "", ""),
    ("meal", "roast cornish hen w peppercorn crust and acorn squash", "", ""),
    ("meal", "had the sugar snap peas and hummus, skipped the pita", "", ""),
    ("meal", "chickpea pasta (banza) w marinara (rao's)", "", ""),  # why: Banza = chickpeas, pea protein, tapioca, xanthan gum; Rao's has no added sugar
    ("meal", "steak + baked potato, they brought butter on the side and i didnt touch it", "", ""),
    ("meal", "lunch: tuna (olive oil) on rice crackers, cucumber", "", ""),
    ("meal", "i thought the lara bar was clean but it had chocolate chips - checked, semisweet chips w cane sugar", "sugar", ""),
    ("meal", "just black coffee + water til dinner, then salmon and asparagus", "", ""),
    ("meal", "correction to earlier: it wasnt almond milk it was regular 2% in my cereal (nature's path mesa sunrise)", "dairy corn sugar", ""),  # why: corrected to cow's milk; Mesa Sunrise = corn meal, flax, amaranth, cane sugar
    ("meal", "bone broth + a sweet potato w cinnamon", "", ""),
    ("meal", "popcorn (air popped, just salt)", "corn", ""),
    ("meal", "mum made stew - beef, carrots, potatoes, she said she used cornflour to thicken it not flour", "corn", ""),  # why: UK cornflour = corn starch
    ("meal", "daiya dairy free cheddar shreds on my rice bowl", "", "corn sugar"),  # why: Daiya is soy-free; tapioca/coconut oil base with cane sugar and lactic acid in some versions
    ("meal", "unsweetened apple sauce + walnuts", "", ""),
    ("meal", "went to a wedding... ate the steak and veg but i had 2 glasses of prosecco and a slice of the cake", "wheat dairy sugar", ""),
    ("meal", "stuck to plan but the thai place confirmed the curry paste has shrimp and sugar, no soy", "sugar", ""),
    ("meal", "breakfast: 3 eggs in ghee, spinach, tomato", "dairy", ""),  # why: ghee is a dairy product
    ("meal", "my 'gluten free' brownie from the cafe - def has butter and sugar", "dairy sugar", "corn"),
    ("meal", "cassava flour tortillas (siete) w chicken + salsa verde", "", ""),
    ("meal", "mashed potato w olive oil instead of butter, roast chicken, peas", "", ""),
    ("meal", "maple syrup drizzled on roasted carrots", "", "sugar"),  # why: maple syrup = natural sweetener, possible
    ("meal", "wheat-free soba? turned out the soba was 80/20 buckwheat-wheat per the packet", "wheat", ""),
    ("meal", "100% buckwheat soba (king soba) w tahini dressing", "", ""),
    ("meal", "sunbutter on an apple", "", "sugar"),  # why: SunButter original has added sugar
    ("meal", "hubby had pizza, i had a salad w grilled chicken and lemon", "", ""),
    ("meal", "kombucha (synergy) + handful of pistachios", "", "sugar"),  # why: kombucha is fermented with sugar; some remains
]

# --- plant-based Aussie (Brisbane uni staff, vegan, Woolies/Aldi) ---
BLIND24_CASES += [
    ("meal", "tofu scramble w turmeric, spinach, sourdough", "soy wheat", ""),
    ("meal", "v2 plant based mince bolognese w spaghetti", "wheat", "soy"),  # why: v2food mince is soy protein based, but 'plant based' mince varies
    ("meal", "soy flat white + a vegan banana bread", "soy wheat sugar", ""),
    ("meal", "tempeh bowl: tempeh, brown rice, kale, tahini", "soy", ""),
    ("meal", "bean and corn nachos (corn chips) w guac, no cheese", "corn", ""),
    ("meal", "so good almond milk (unsweetened) in my chai", "", "sugar"),  # why: chai concentrate/syrup usually sweetened; tea bags are not - unclear
    ("meal", "edamame and a can of kirin", "soy", "wheat"),  # why: beer malt is barley; wheat only possible
    ("meal", "vegan sausage roll from bakery (contains: wheat, soy per the sign)", "wheat soy", ""),
    ("meal", "miso glazed eggplant w rice", "soy sugar", ""),  # why: miso glaze = miso + mirin/sugar
    ("meal", "peanut butter on rice cakes + banana", "", ""),
    ("meal", "coles falafel wrap w hummus and tabouli", "wheat", ""),  # why: wrap and bulgur tabouli are wheat
    ("meal", "made dahl w coconut milk, had with rice, no naan", "", ""),
    ("meal", "vegan magnum almond", "sugar", "corn"),  # why: pea-protein base, glucose syrup; sunflower lecithin, not soy
    ("meal", "bbq'd corn cob with nuttelex", "corn", "soy"),  # why: Nuttelex blends vary; some contain soy
    ("meal", "macro oat milk latte, hold the sugar", "", ""),
]

# --- pasted labels: United States (national brands + Great Value / Kirkland / Trader Joe's) ---
BLIND24_CASES += [
    ("label", "NATURE'S OWN HONEY WHEAT BREAD 20 OZ. No artificial preservatives, colors or flavors. No high fructose corn syrup. INGREDIENTS: UNBLEACHED ENRICHED WHEAT FLOUR [FLOUR, MALTED BARLEY FLOUR, NIACIN, REDUCED IRON, THIAMIN MONONITRATE (VITAMIN B1), RIBOFLAVIN (VITAMIN B2), FOLIC ACID], WATER, WHOLE WHEAT FLOUR, SUGAR, WHEAT GLUTEN, YEAST, HONEY, SOYBEAN OIL, CONTAINS 2% OR LESS OF: SALT, MOLASSES, CULTURED WHEAT FLOUR, VINEGAR, SOY LECITHIN, CALCIUM SULFATE, CITRIC ACID. CONTAINS: WHEAT, SOY.", "wheat sugar soy", "corn"),  # why: 'no HFCS' claim is true but citric acid is a possible corn source
    ("label", "Kraft Macaroni & Cheese Dinner Original 7.25oz\nINGREDIENTS: ENRICHED MACARONI (WHEAT FLOUR, DURUM FLOUR, NIACIN, FERROUS SULFATE [IRON], THIAMIN MONONITRATE [VITAMIN B1], RIBOFLAVIN [VITAMIN B2], FOLIC ACID); CHEESE SAUCE MIX (WHEY, MILKFAT, MILK PROTEIN CONCENTRATE, SALT, SODIUM TRIPOLYPHOSPHATE, CONTAINS LESS THAN 2% OF CITRIC ACID, LACTIC ACID, SODIUM PHOSPHATE, CALCIUM PHOSPHATE, PAPRIKA, TURMERIC, AND ANNATTO (COLOR), ENZYMES, CHEESE CULTURE).\nCONTAINS: WHEAT, MILK.\nNO ARTIFICIAL FLAVORS, PRESERVATIVES OR DYES", "wheat dairy", "corn"),
    ("label", "HEINZ TOMATO KETCHUP 32 OZ - INGREDIENTS: TOMATO CONCENTRATE FROM RED RIPE TOMATOES, DISTILLED VINEGAR, HIGH FRUCTOSE CORN SYRUP, CORN SYRUP, SALT, SPICE, ONION POWDER, NATURAL FLAVORING. Nutrition Facts Serving size 1 Tbsp (17g) Calories 20 Total Sugars 4g Incl. 4g Added Sugars 8%", "sugar corn", ""),
    ("label", "Heinz Simply Tomato Ketchup — no high fructose corn syrup! Ingredients: Tomato concentrate from red ripe tomatoes, sugar, distilled vinegar, salt, onion powder, spice, natural flavoring.", "sugar", ""),
    ("label", "OREO Chocolate Sandwich Cookies Family Size. INGREDIENTS: UNBLEACHED ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE {VITAMIN B1}, RIBOFLAVIN {VITAMIN B2}, FOLIC ACID), SUGAR, PALM AND/OR CANOLA OIL, COCOA (PROCESSED WITH ALKALI), HIGH FRUCTOSE CORN SYRUP, LEAVENING (BAKING SODA AND/OR CALCIUM PHOSPHATE), CORNSTARCH, SALT, SOY LECITHIN, VANILLIN, ARTIFICIAL FLAVOR, CHOCOLATE. CONTAINS: WHEAT, SOY. MAY CONTAIN MILK.", "wheat sugar corn soy", "dairy"),
    ("label", "Silk Unsweetened Almondmilk — Dairy-free, soy-free, gluten-free, carrageenan-free, non-GMO project verified. 30 calories per cup. Ingredients: Almondmilk (Filtered Water, Almonds), Calcium Carbonate, Sea Salt, Potassium Citrate, Sunflower Lecithin, Gellan Gum, Vitamin A Palmitate, Vitamin D2, D-Alpha-Tocopherol (Natural Vitamin E). CONTAINS: ALMONDS", "", ""),
    ("label", "Silk Original Soymilk 64 FL OZ. dairy free. 8g plant protein. INGREDIENTS: SOYMILK (FILTERED WATER, WHOLE SOYBEANS), CANE SUGAR, CALCIUM CARBONATE, SEA SALT, GELLAN GUM, NATURAL FLAVOR, VITAMIN A PALMITATE, VITAMIN D2, RIBOFLAVIN (B2), VITAMIN B12. CONTAINS: SOY", "soy sugar", ""),
    ("label", "TOSTITOS Restaurant Style Tortilla Chips. Made with 3 simple ingredients! INGREDIENTS: CORN, VEGETABLE OIL (CORN, CANOLA, AND/OR SUNFLOWER OIL), SALT.", "corn", ""),
    ("label", "DORITOS NACHO CHEESE FLAVORED TORTILLA CHIPS ingredients: CORN, VEGETABLE OIL (CORN, CANOLA, AND/OR SUNFLOWER OIL), MALTODEXTRIN (MADE FROM CORN), SALT, CHEDDAR CHEESE (MILK, CHEESE CULTURES, SALT, ENZYMES), WHEY, MONOSODIUM GLUTAMATE, BUTTERMILK, ROMANO CHEESE (PART-SKIM COW'S MILK, CHEESE CULTURES, SALT, ENZYMES), WHEY PROTEIN CONCENTRATE, ONION POWDER, CORN FLOUR, NATURAL AND ARTIFICIAL FLAVOR, DEXTROSE, TOMATO POWDER, LACTOSE, SPICES, ARTIFICIAL COLOR (INCLUDING YELLOW 6, YELLOW 5, AND RED 40), LACTIC ACID, CITRIC ACID, SUGAR, GARLIC POWDER, SKIM MILK, RED AND GREEN BELL PEPPER POWDER, DISODIUM INOSINATE, AND DISODIUM GUANYLATE. CONTAINS MILK INGREDIENTS.", "corn dairy sugar", ""),
    ("label", "Great Value Saltine Crackers, Original — 16 oz — INGREDIENTS: ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), SOYBEAN OIL, SALT, CONTAINS 2% OR LESS OF: BAKING SODA, YEAST, MALTED BARLEY FLOUR. CONTAINS: WHEAT.", "wheat soy", ""),
    ("label", "Kirkland Signature Organic Creamy Peanut Butter 2 x 28 oz. Ingredients: Organic Dry Roasted Peanuts, Salt. Stir well. Contains: Peanuts. Processed in a facility that also processes tree nuts.", "", ""),  # why: peanut butter is not dairy
    ("label", "CLIF BAR Chocolate Chip energy bar 2.4oz ... INGREDIENTS: ORGANIC ROLLED OATS, ORGANIC BROWN RICE SYRUP, SOY PROTEIN ISOLATE, ORGANIC CANE SYRUP, ORGANIC ROASTED SOYBEANS, ORGANIC SEMISWEET CHOCOLATE (ORGANIC CANE SUGAR, ORGANIC CHOCOLATE LIQUOR, ORGANIC COCOA BUTTER, ORGANIC SOY LECITHIN, ORGANIC VANILLA EXTRACT), UNSULPHURED MOLASSES, RICE FLOUR, ORGANIC OAT FIBER, ORGANIC SUNFLOWER OIL, NATURAL FLAVORS, SEA SALT, ORGANIC BARLEY MALT EXTRACT, VITAMINS AND MINERALS. CONTAINS SOY. MAY CONTAIN PEANUTS, TREE NUTS, MILK AND WHEAT.", "soy sugar", "dairy wheat"),
    ("label", "COFFEE MATE ORIGINAL POWDERED CREAMER — Lactose free • Non-dairy • Gluten free. INGREDIENTS: CORN SYRUP SOLIDS, HYDROGENATED VEGETABLE OIL (COCONUT AND/OR PALM KERNEL AND/OR SOYBEAN), LESS THAN 2% OF SODIUM CASEINATE (A MILK DERIVATIVE)**, MONO- AND DIGLYCERIDES, DIPOTASSIUM PHOSPHATE, ARTIFICIAL FLAVOR, ANNATTO COLOR. **NOT A SOURCE OF LACTOSE", "corn sugar dairy", "soy"),  # why: 'non-dairy' claim is contradicted by sodium caseinate
    ("label", "Ben & Jerry's Non-Dairy Chocolate Fudge Brownie, certified vegan. INGREDIENTS: ALMOND MILK (WATER, ALMONDS), LIQUID SUGAR (SUGAR, WATER), COCONUT OIL, COCOA (PROCESSED WITH ALKALI), SUGAR, WHEAT FLOUR, CORN SYRUP, SUNFLOWER OIL, PEA PROTEIN, CHOCOLATE LIQUOR, SOY LECITHIN, SALT, VANILLA EXTRACT, BAKING SODA, GUAR GUM, LOCUST BEAN GUM. CONTAINS ALMONDS, WHEAT AND SOY.", "sugar wheat corn soy", ""),
    ("label", "Campbell's Chunky Classic Chicken Noodle Soup 18.6oz. Ingredients: Chicken Stock, Carrots, Cooked White Chicken Meat, Enriched Egg Noodles (Wheat Flour, Egg, Niacin, Ferrous Sulfate, Thiamine Mononitrate, Riboflavin, Folic Acid), Celery, Water, Contains Less Than 2% of: Modified Food Starch, Salt, Chicken Fat, Yeast Extract, Soy Protein Isolate, Sugar, Potassium Chloride, Flavoring, Onion Powder, Sodium Phosphate, Beta Carotene for Color. CONTAINS: WHEAT, EGG, SOY", "wheat soy sugar", "corn"),
    ("label", "Gatorade Thirst Quencher Lemon-Lime 28 fl oz  INGREDIENTS: WATER, SUGAR, DEXTROSE, CITRIC ACID, SALT, SODIUM CITRATE, MONOPOTASSIUM PHOSPHATE, GUM ARABIC, NATURAL FLAVOR, GLYCEROL ESTER OF ROSIN, YELLOW 5.", "sugar", "corn"),
    ("label", "LAY'S Classic Potato Chips — Ingredients: Potatoes, Vegetable Oil (Sunflower, Corn, and/or Canola Oil), and Salt. NO MSG. NO TRANS FAT.", "", "corn"),  # why: corn oil may or may not be in the blend
    ("label", "JELL-O Sugar Free Strawberry Gelatin Dessert 0.3 OZ. INGREDIENTS: GELATIN, ADIPIC ACID, CONTAINS LESS THAN 2% OF DISODIUM PHOSPHATE, SODIUM CITRATE, FUMARIC ACID, ASPARTAME, MALTODEXTRIN (FROM CORN), ARTIFICIAL FLAVOR, ACESULFAME POTASSIUM, SALT, RED 40. PHENYLKETONURICS: CONTAINS PHENYLALANINE.", "corn", ""),  # why: sugar free claim holds; maltodextrin named from corn
    ("label", "Cool Whip Original Whipped Topping 8oz  ingredients: WATER, HYDROGENATED VEGETABLE OIL (COCONUT AND PALM KERNEL OILS), HIGH FRUCTOSE CORN SYRUP, CORN SYRUP, LESS THAN 2% OF SKIM MILK, LIGHT CREAM, SODIUM CASEINATE, NATURAL AND ARTIFICIAL FLAVOR, XANTHAN AND GUAR GUMS, POLYSORBATE 60, SORBITAN MONOSTEARATE, SODIUM POLYPHOSPHATE, BETA CAROTENE (COLOR). CONTAINS: MILK", "corn sugar dairy", ""),
    ("label", "Annie's Organic Bunny Grahams Honey. Made with goodness! Ingredients: Organic wheat flour, organic cane sugar, organic sunflower oil, organic whole wheat flour, organic honey, organic molasses, baking soda, sea salt, organic natural flavor. CONTAINS WHEAT.", "wheat sugar", ""),
    ("label", "Simple Mills Almond Flour Crackers Fine Ground Sea Salt - GRAIN FREE | GLUTEN FREE | NO CORN | NO SOY | PLANT BASED. Ingredients: Nut and seed flour blend (almonds, sunflower seeds, flax seeds), tapioca, cassava, organic sunflower oil, sea salt, organic onion, organic garlic, rosemary extract (for freshness). Contains: Almonds.", "", ""),
    ("label", "KIND Dark Chocolate Nuts & Sea Salt, 1.4oz. INGREDIENTS: ALMONDS, PEANUTS, CHICORY ROOT FIBER, HONEY, PALM KERNEL OIL, SUGAR, GLUCOSE SYRUP, RICE FLOUR, UNSWEETENED CHOCOLATE, SEA SALT, COCOA POWDER, SOY LECITHIN, VANILLA EXTRACT. CONTAINS PEANUTS, ALMONDS AND SOY.", "sugar soy", "corn"),
    ("label", "HERSHEY'S Milk Chocolate Bar 1.55 oz. INGREDIENTS: SUGAR; MILK; CHOCOLATE; COCOA BUTTER; LACTOSE; MILK FAT; SOY LECITHIN; PGPR; EMULSIFIER; VANILLIN, ARTIFICIAL FLAVOR. CONTAINS MILK AND SOY.", "sugar dairy soy", ""),
    ("label", "Chobani Vanilla Greek Yogurt Blended 5.3oz - only natural ingredients, gluten free, 12g protein. Ingredients: Cultured Nonfat Milk, Cane Sugar, Water, Natural Flavors, Fruit Pectin, Vanilla Bean Powder, Lemon Juice Concentrate. Contains: Milk", "dairy sugar", ""),
    ("label", "Tyson Fully Cooked Chicken Nuggets 32oz. Ingredients: Boneless Skinless Chicken Breast With Rib Meat, Water, Contains 2% Or Less Of Salt, Dried Chicken Broth, Natural Flavor. Battered With: Water, Wheat Flour, Modified Food Starch, Salt, Dextrose, Spice, Leavening. Breaded With: Wheat Flour, Salt, Yellow Corn Flour, Dextrose, Spices, Garlic Powder, Onion Powder. Predusted With: Wheat Flour, Salt. Breading Set In Vegetable Oil. CONTAINS: WHEAT", "wheat corn sugar", "soy"),
    ("label", "SPAM Classic 12 oz can — Ingredients: Pork with ham, salt, water, potato starch, sugar, sodium nitrite.", "sugar", ""),
    ("label", "Eggo Homestyle Waffles 10ct Ingredients: Enriched flour (wheat flour, niacin, reduced iron, vitamin B1 [thiamin mononitrate], vitamin B2 [riboflavin], folic acid), water, vegetable oil (soybean, palm and canola oil with TBHQ for freshness), eggs, sugar, contains 2% or less of leavening (baking soda, sodium aluminum phosphate, monocalcium phosphate), salt, whey, soy lecithin. CONTAINS WHEAT, EGG, MILK AND SOY INGREDIENTS.", "wheat sugar soy dairy", ""),
    ("label", "Bragg Liquid Aminos — All purpose seasoning, Gluten Free, Non-GMO. INGREDIENTS: VEGETABLE PROTEIN FROM NON-GMO SOYBEANS AND PURIFIED WATER. Contains: Soy", "soy", ""),
    ("label", "KIKKOMAN Soy Sauce naturally brewed 15 FL OZ. INGREDIENTS: WATER, WHEAT, SOYBEANS, SALT, SODIUM BENZOATE: LESS THAN 1/10 OF 1% AS A PRESERVATIVE. CONTAINS: WHEAT, SOY", "soy wheat", ""),
    ("label", "Kikkoman Gluten-Free Soy Sauce (green cap) ingredients: water, soybeans, salt, rice, sugar. Contains: soy. Certified gluten free by GFCO", "soy sugar", ""),  # why: gluten-free soy sauce made without wheat but with added sugar
    ("label", "Ore-Ida Golden Crinkles French Fries 32 oz - INGREDIENTS: POTATOES, VEGETABLE OIL (CANOLA OIL, SOYBEAN OIL), DEXTROSE, SODIUM ACID PYROPHOSPHATE (TO MAINTAIN NATURAL COLOR).", "soy sugar", "corn"),
    ("label", "NUTELLA Hazelnut Spread with Cocoa 13 oz. INGREDIENTS: SUGAR, PALM OIL, HAZELNUTS, SKIM MILK, COCOA, LECITHIN AS EMULSIFIER (SOY), VANILLIN: AN ARTIFICIAL FLAVOR. CONTAINS: HAZELNUTS, MILK, SOY.", "sugar dairy soy", ""),
    ("label", "Trader Joe's Cauliflower Gnocchi 12 OZ. INGREDIENTS: CAULIFLOWER, CASSAVA FLOUR, POTATO STARCH, EXTRA VIRGIN OLIVE OIL, SEA SALT. gluten free", "", ""),
    ("label", "Trader Joe's Joe-Joe's chocolate vanilla creme cookies: unbleached wheat flour, cane sugar, palm oil, cocoa, invert cane syrup, canola oil, baking soda, salt, natural vanilla flavor, soy lecithin. CONTAINS WHEAT, SOY. MAY CONTAIN MILK, EGG, PEANUTS AND TREE NUTS", "wheat sugar soy", "dairy"),
    ("label", "Blue Diamond Almond Breeze Original (not the unsweetened!!) ingr: almondmilk (filtered water, almonds), cane sugar, calcium carbonate, sea salt, potassium citrate, sunflower lecithin, gellan gum, vit A palmitate, vit D2, d-alpha-tocopherol", "sugar", ""),
    ("label", "Lean Cuisine Favorites Chicken Fettuccini 9.25oz  INGREDIENTS: BLANCHED FETTUCCINI (WATER, DURUM WHEAT SEMOLINA, WHEAT GLUTEN), WATER, COOKED WHITE MEAT CHICKEN (WHITE MEAT CHICKEN, WATER, MODIFIED CORNSTARCH, SOYBEAN OIL, ...), REDUCED FAT MILK, PARMESAN CHEESE (PART-SKIM MILK, CHEESE CULTURES, SALT, ENZYMES), MODIFIED CORNSTARCH, BUTTER, ... SUGAR ... CONTAINS WHEAT, MILK", "wheat corn soy dairy sugar", ""),
]

# --- pasted labels: United Kingdom (brands + Tesco / Sainsbury's / Aldi / M&S own label) ---
BLIND24_CASES += [
    ("label", "Warburtons Toastie Thick Sliced White Bread 800g. INGREDIENTS: Wheat Flour (with Calcium, Iron, Niacin (B3) and Thiamin (B1)), Water, Yeast, Salt, Soya Flour, Preservative: Calcium Propionate, Emulsifiers: E471, E472e, Vegetable Oil (Rapeseed), Flour Treatment Agent: Ascorbic Acid (Vitamin C). Allergy Advice: For allergens, including cereals containing gluten, see ingredients in bold.", "wheat soy", ""),
    ("label", "Heinz Beanz 415g — Beans (51%), Tomatoes (34%), Water, Sugar, Spirit Vinegar, Modified Cornflour, Salt, Spice Extracts, Herb Extract. Suitable for vegetarians & vegans. 1 of your 5 a day", "sugar corn", ""),
    ("label", "Walkers Prawn Cocktail Flavour Crisps 6x25g. Ingredients: Potatoes, Vegetable Oils (Sunflower, Rapeseed, in varying proportions), Prawn Cocktail Seasoning (Sugar, Dried Onion, Flavourings (contains Milk), Salt, Potassium Chloride, Acid (Citric Acid), Dried Tomato, Dried Garlic, Colour (Paprika Extract), Sweetener (Sucralose)). Contains no prawns!", "sugar dairy", "corn"),
    ("label", "Stockwell & Co. Corn Flakes 500g (tesco) INGREDIENTS: Maize, Sugar, Salt, Barley Malt Extract, Vitamins & Minerals: Iron, Niacin, Vitamin B6, Riboflavin (B2), Thiamin (B1), Folic Acid, Vitamin D, Vitamin B12. ALLERGY ADVICE For allergens, including cereals containing gluten, see ingredients in bold. May contain nuts.", "corn sugar", "wheat"),  # why: barley malt extract, wheat only possible
    ("label", "Cadbury Dairy Milk 110g  Ingredients: Milk, Sugar, Cocoa Butter, Cocoa Mass, Vegetable Fats (Palm, Shea), Emulsifier (E442), Flavourings. Milk Solids 20% minimum. Cocoa Solids 20% minimum. Milk Chocolate contains Vegetable Fats in addition to Cocoa Butter. May contain Nuts, Wheat.", "dairy sugar", "wheat"),
    ("label", "Sainsbury's Deliciously Free From Digestive Biscuits 200g. Gluten free, milk free. INGREDIENTS: Gluten free flour blend (Rice Flour, Maize Starch, Potato Starch, Tapioca Starch), Palm Oil, Sugar, Gluten Free Oat Flour, Invert Sugar Syrup, Raising Agents (Sodium Bicarbonate, Ammonium Bicarbonate), Salt, Thickener (Xanthan Gum).", "corn sugar", ""),
    ("label", "Alpro Soya Original Chilled 1L  - Plant-based, naturally lactose free, source of calcium. Ingredients: Water, hulled soya beans (8%), sugar, calcium (tricalcium phosphate), acidity regulators (potassium phosphates), sea salt, stabiliser (gellan gum), vitamins (riboflavin (B2), B12, D2).", "soy sugar", ""),
    ("label", "OATLY Oat Drink Whole 1L. Ingredients: Oat base (water, oats 10%), rapeseed oil, acidity regulator (dipotassium phosphate), calcium carbonate, calcium phosphates, iodised salt, vitamins (D2, riboflavin, B12). Allergy advice: Contains oats (gluten). Dairy free, soya free.", "", "wheat"),  # why: oats are not wheat; not certified GF so cross-contact only
    ("label", "Hellmann's Real Mayonnaise 400g. Ingredients: Rapeseed Oil (78%), Water, Pasteurised Free Range Egg & Egg Yolk (7.9%), Spirit Vinegar, Salt, Sugar, Lemon Juice Concentrate, Antioxidant (Calcium Disodium EDTA), Flavourings, Paprika Extract.", "sugar", ""),
    ("label", "QUORN Mince 300g  Ingredients: Mycoprotein (92%), Rehydrated Free Range Egg White, Firming Agents: Calcium Chloride, Calcium Acetate, Barley Malt Extract. Allergy advice: contains Egg, Barley (gluten). Meat free, soya free.", "", "wheat"),  # why: barley malt only
    ("label", "Tesco Chicken Tikka Masala & Pilau Rice 450g INGREDIENTS: Cooked Pilau Rice [Water, Basmati Rice, Rapeseed Oil, Cumin Seed, Salt, Colour (Curcumin), Cardamom], Cooked Marinated Chicken (19%) [Chicken Breast, Yogurt (Milk), Cornflour, Ginger Purée, Garlic Purée, Spices, Salt], Tomato Purée, Onion, Single Cream (Milk) (5%), Water, Tomato, Rapeseed Oil, Butter (Milk), Sugar, Ginger Purée, Garlic Purée, Dried Skimmed Milk, Spices, Coriander, Salt, Paprika Extract. ALLERGY ADVICE: see ingredients in bold. May contain: mustard, nuts.", "dairy corn sugar", ""),  # why: UK cornflour = maize starch
    ("label", "Müller Corner Strawberry Yogurt 124g  Yogurt (Milk), Strawberry Preparation (20%) (Sugar, Strawberries, Water, Glucose-Fructose Syrup, Maize Starch, Concentrated Lemon Juice, Flavouring, Colour: Carmine), Sugar, Milk Proteins, Lactose.", "dairy sugar corn", ""),
    ("label", "Jacob's Cream Crackers 200g — the original since 1885. Ingredients: Wheat Flour (with Calcium, Iron, Niacin, Thiamin), Palm Oil, Salt, Raising Agent (Ammonium Hydrogen Carbonate), Yeast. Allergy advice: for allergens see ingredients in bold. May contain milk and soya.", "wheat", "dairy soy"),  # why: 'cream' cracker has no cream
    ("label", "Kallo Organic Lightly Salted Wholegrain Rice Cakes 130g: Wholegrain Brown Rice* (99.3%), Sea Salt. *Organic. Gluten free • Vegan • No added sugar", "", ""),
    ("label", "Blue Dragon Sweet Chilli Dipping Sauce 380g. Ingredients: Sugar, Water, Red Chilli (12%), Garlic, Rice Vinegar, Salt, Modified Maize Starch, Acid (Acetic Acid). Suitable for vegans.", "sugar corn", ""),
    ("label", "Lurpak Spreadable Slightly Salted 500g: Butter (70%) (Cream, Lactic Culture), Rapeseed Oil, Salt (1.2%)", "dairy", ""),
    ("label", "Flora Original 450g - 100% plant-based, dairy free. Ingredients: Plant Oils (Rapeseed, Palm, Sunflower, Linseed), Water, Salt (1.3%), Plant-Based Emulsifier (Sunflower Lecithin), Natural Flavouring, Vitamins A and D.", "", ""),
    ("label", "Pot Noodle Chicken & Mushroom 90g. Ingredients: Dried Noodles (73%) (Wheat Flour, Palm Oil, Salt), Maltodextrin, Flavour Enhancers (Monosodium Glutamate, Disodium Guanylate, Disodium Inosinate), Dried Vegetables (Mushroom, Sweetcorn, Peas), Potato Starch, Salt, Flavourings (contain Wheat, Milk), Sugar, Soy Sauce Powder (Soya Beans, Wheat, Salt), Onion Powder, Yeast Extract, Chicken Fat, Turmeric.", "wheat corn dairy sugar soy", ""),  # why: sweetcorn pieces = corn
    ("label", "Kellogg's Crunchy Nut Corn Flakes 500g   Ingredients: Maize (70%), Sugar, Peanuts (7%), Honey (3%), Barley Malt Flavouring, Salt, Molasses, Iron, Vitamins: Niacin, B6, Riboflavin (B2), Thiamin (B1), Folic Acid, D, B12.", "corn sugar", "wheat"),
    ("label", "Young's Chip Shop 4 Large Battered Cod Fillets 480g. Cod (Gadus morhua) (Fish) (58%), Wheat Flour (with Calcium, Iron, Niacin, Thiamin), Rapeseed Oil, Water, Wheat Starch, Salt, Raising Agents (Diphosphates, Sodium Carbonates), Yeast, Dextrose, Maize Flour, Turmeric. Allergy advice: Fish, Wheat.", "wheat sugar corn", ""),
    ("label", "Ribena Blackcurrant No Added Sugar 850ml squash. Water, Blackcurrant Juice from Concentrate (5%), Acids (Citric Acid, Malic Acid), Acidity Regulator (Sodium Citrate), Vitamin C, Preservatives (Potassium Sorbate, Sodium Bisulphite), Sweeteners (Aspartame, Acesulfame K), Natural Flavouring, Colour (Anthocyanins). Contains naturally occurring sugars. Contains a source of phenylalanine.", "", "corn"),  # why: 'no added sugar' holds - the 5% juice is the fruit itself, not a sweetener; citric acid
    ("label", "Nairn's Gluten Free Oatcakes 213g. Wholegrain Oats (86%), Sustainable Palm Fruit Oil, Sea Salt, Raising Agent: Sodium Bicarbonate. Our gluten free oats are grown and milled in a dedicated gluten free environment. Wheat free, dairy free, no added sugar.", "", ""),
    ("label", "Aldi Specially Selected 6 Pork Sausages w/ Sea Salt + Black Pepper 400g. Pork (97%), Water, Rice Flour, Salt, Dextrose, Black Pepper, Stabiliser: Diphosphates, Preservative: Sodium Metabisulphite, Antioxidant: Ascorbic Acid, Natural Casing (Pork). Gluten free.", "sugar", "corn"),
    ("label", "Tesco Garlic Baguette 2 Pack 170g  INGREDIENTS: Wheat Flour [Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin], Water, Butter (Milk) (12%), Garlic Purée (3%), Yeast, Salt, Parsley, Wheat Gluten, Rapeseed Oil, Flour Treatment Agent (Ascorbic Acid).", "wheat dairy", ""),
    ("label", "Bisto Original Gravy Granules 170g Ingredients: Potato Starch, Maltodextrin, Salt, Palm Oil, Wheat Flour, Colour (Ammonia Caramel), Flavour Enhancers (Monosodium Glutamate, Disodium Inosinate), Emulsifier (Soya Lecithin), Flavourings (contain Barley). Allergy: see bold.", "wheat soy", "corn"),
    ("label", "innocent Strawberries & Bananas Smoothie 750ml — crushed bananas, pressed apples, crushed strawberries, a dash of lemon juice. nothing else. never from concentrate. 1 of your 5 a day. no added sugar*  *contains naturally occurring sugars", "", ""),  # why: whole fruit + pressed juice, claim holds
    ("label", "Tesco Plant Chef 4 Meat Free Burgers 227g. Ingredients: Water, Rehydrated Textured Soya Protein (26%), Rapeseed Oil, Wheat Flour, Onion, Wheat Gluten, Methylcellulose, Salt, Yeast Extract, Dextrose, Black Pepper, Onion Powder, Garlic Powder. Suitable for vegans.", "soy wheat sugar", "corn"),
    ("label", "Mr Kipling 6 Angel Slices. Ingredients: Sugar, Vegetable Oils (Rapeseed, Palm), Wheat Flour (with Calcium, Iron, Niacin, Thiamin), Glucose Syrup, Humectant (Glycerine), Dried Egg White, Emulsifiers (Mono- and Diglycerides of Fatty Acids, Polyglycerol Esters of Fatty Acids, Sodium Stearoyl-2-Lactylate, Soya Lecithin), Whey Powder (Milk), Dextrose, Maize Starch, Raising Agents (Disodium Diphosphate, Sodium Bicarbonate), Salt, Colours (Beetroot Red, Curcumin, Paprika Extract), Flavourings.", "sugar wheat soy dairy corn", ""),
    ("label", "M&S Percy Pig Fruity Gums 170g: Glucose Syrup, Sugar, Gelatine (Pork), Fruit Juices from Concentrate (Grape, Raspberry, Strawberry, Blackcurrant) (5%), Acid: Citric Acid, Colouring Foods: Concentrates of Black Carrot, Radish; Glazing Agent: Carnauba Wax. no artificial colours or flavours", "sugar", "corn"),
    ("label", "Pret Chicken Caesar & Bacon Baguette — ALLERGENS: Cereals containing gluten (Wheat, Barley), Egg, Fish, Milk, Mustard. Ingredients: Baguette (Wheat Flour, Water, Salt, Yeast, Malted Barley Flour...), Chicken (22%), Caesar Dressing (Rapeseed Oil, Water, Hard Italian Cheese (Milk), Pasteurised Egg Yolk, White Wine Vinegar, Anchovy Paste (Fish), Garlic Purée, Dijon Mustard, Sugar, Salt), Smoked Bacon (Pork, Salt, Sugar, Preservatives), Baby Spinach, Italian Hard Cheese (Milk).", "wheat dairy sugar", ""),
    ("label", "Sainsbury's Gluten Free Soy Sauce (tamari style) 150ml — Water, Soya Beans, Salt, Spirit Vinegar. Gluten free. Wheat free. ALLERGY: Soya", "soy", ""),
    ("label", "Graze Barbeque Crunch  ingredients: Chickpeas (29%), Peas (29%), Roasted Corn (23%), Broad Beans, Rapeseed Oil, BBQ Seasoning (Sugar, Salt, Tomato Powder, Smoked Paprika, Onion Powder, Garlic Powder, Yeast Extract), Salt. May also contain milk, soya, sesame, nuts & peanuts.", "corn sugar", "dairy soy"),
    ("label", "Aldi Mamia baby rice cakes apple 40g (7+ months) - rice (93%), apple juice concentrate (6%), thiamin. no added salt or sugar", "", "sugar"),  # why: juice concentrate as the flavour; 'no added sugar' claim arguably contradicted, so flag possible
]

# --- pasted labels: Canada (bilingual, PC / No Name / Compliments) ---
BLIND24_CASES += [
    ("label", "PC Blue Menu 12 Grain Bread / Pain aux 12 grains 675 g. INGREDIENTS: WHOLE WHEAT FLOUR, WATER, MULTIGRAIN BLEND (CRACKED WHEAT, RYE, FLAX, OATS, BARLEY, MILLET, CORN MEAL, TRITICALE, BUCKWHEAT, BROWN RICE, SORGHUM, QUINOA), GLUCOSE-FRUCTOSE, WHEAT GLUTEN, YEAST, VEGETABLE OIL (CANOLA AND/OR SOYBEAN), SALT, VINEGAR, CULTURED WHEAT FLOUR. CONTAINS: WHEAT, BARLEY, RYE, OATS, SOY. INGRÉDIENTS : FARINE DE BLÉ ENTIER, EAU, MÉLANGE DE GRAINS...", "wheat corn sugar soy", ""),  # why: glucose-fructose is Canada's name for HFCS; soy in the Contains line
    ("label", "KRAFT DINNER ORIGINAL 200 G / KRAFT DINER ORIGINAL — ingredients: enriched pasta (wheat flour, niacin, iron, thiamine mononitrate, riboflavin, folic acid); cheese sauce mix (modified milk ingredients, salt, sodium phosphates, citric acid, lactic acid, colour (paprika, annatto, turmeric)). CONTAINS: WHEAT, MILK. / CONTIENT : BLÉ, LAIT.", "wheat dairy", "corn"),
    ("label", "Lay's Ketchup Flavour Potato Chips 235g / croustilles saveur ketchup. INGREDIENTS: POTATOES, VEGETABLE OIL (CANOLA, SUNFLOWER, CORN), SUGAR, DEXTROSE, SALT, TOMATO POWDER, CORN MALTODEXTRIN, ONION POWDER, ACETIC ACID, CITRIC ACID, SODIUM DIACETATE, NATURAL FLAVOUR, SPICE, COLOUR (INCLUDING ALLURA RED). INGRÉDIENTS : POMMES DE TERRE, HUILE VÉGÉTALE...", "sugar corn", ""),
    ("label", "Maple Leaf Original Bacon 375 g / Bacon original. Ingredients: pork, water, salt, sugar, sodium phosphate, smoke, sodium erythorbate, sodium nitrite. Ingrédients : porc, eau, sel, sucre, phosphate de sodium, fumée, érythorbate de sodium, nitrite de sodium. Gluten free / sans gluten", "sugar", ""),
    ("label", "Schneiders Red Hots Wieners 450g. INGREDIENTS: MECHANICALLY SEPARATED CHICKEN, PORK, WATER, MODIFIED CORN STARCH, SALT, CORN SYRUP SOLIDS, SOY PROTEIN, SPICES, SODIUM PHOSPHATE, SODIUM ERYTHORBATE, SODIUM NITRITE, SMOKE. CONTAINS: SOY. / CONTIENT : SOYA", "corn sugar soy", ""),
    ("label", "Honey Nut Cheerios / Cheerios miel et noix 430 g — Ingredients: whole grain oats, sugar, oat bran, corn starch, honey, brown sugar syrup, salt, tripotassium phosphate, natural almond flavour, vitamins and minerals, mixed tocopherols. CONTAINS OATS.", "sugar corn", "wheat"),  # why: oats, not labelled gluten free in Canada
    ("label", "Astro Original Balkan Style Yogourt Plain 6% M.F. 650g: milk ingredients, bacterial culture. / ingrédients du lait, culture bactérienne", "dairy", ""),
    ("label", "Christie RITZ Crackers Original 200 g  Ingredients: enriched wheat flour, vegetable oil (canola, modified palm and/or palm kernel), sugar, glucose-fructose, salt, baking soda, ammonium bicarbonate, soy lecithin, barley malt extract, monocalcium phosphate. Contains: wheat, barley, soy. May contain: milk. / Peut contenir : lait", "wheat sugar corn soy", "dairy"),
    ("label", "Clover Leaf Chunk Light Tuna in Water 170g — INGREDIENTS: skipjack tuna, water, vegetable broth (contains soy), salt. CONTAINS: FISH, SOY / CONTIENT : POISSON, SOYA", "soy", ""),  # why: hidden soy in the tuna's broth
    ("label", "Bick's Baby Dills 1L  Cucumbers, water, vinegar, salt, calcium chloride, polysorbate 80, natural flavour, colour (turmeric). Concombres, eau, vinaigre, sel...", "", ""),
    ("label", "Nestlé COFFEE CRISP 50 g. INGREDIENTS: SUGAR, MODIFIED MILK INGREDIENTS, WHEAT FLOUR, COCOA BUTTER, HYDROGENATED PALM KERNEL OIL, COCOA MASS, LACTOSE, COCOA, SOY LECITHIN, SODIUM BICARBONATE, SALT, ARTIFICIAL FLAVOUR. CONTAINS: MILK, WHEAT, SOY. MAY CONTAIN: PEANUTS.", "sugar dairy wheat soy", ""),
    ("label", "Quaker Chewy Chocolate Chip granola bars 8 x 24g. Rolled oats, glucose, crisp rice (rice, sugar, salt, barley malt extract), semi-sweet chocolate chips (sugar, chocolate liquor, cocoa butter, soy lecithin, vanilla extract), brown sugar, invert sugar, glycerin, canola oil, sorbitol, molasses, natural flavour, salt, BHT. CONTAINS: OATS, BARLEY, SOY. MAY CONTAIN: MILK, PEANUTS", "sugar soy", "wheat corn dairy"),
    ("label", "Old Dutch Original Ripple Chips 255 g: Potatoes, Canola Oil, Salt. Gluten free. Pommes de terre, huile de canola, sel", "", ""),
    ("label", "PC Memories of Szechwan Peanut Sauce & Dressing 350ml. Ingredients: water, sugar, peanut butter, soy sauce (water, soybeans, wheat, salt), vinegar, sesame oil, modified corn starch, garlic, chili peppers, xanthan gum. Contains: peanuts, soy, wheat, sesame.", "sugar soy wheat corn", ""),
    ("label", "Becel Original Margarine 907g — INGREDIENTS: CANOLA AND MODIFIED PALM AND PALM KERNEL OILS, WATER, SALT, MODIFIED MILK INGREDIENTS, SOY LECITHIN, VEGETABLE MONOGLYCERIDES, POTASSIUM SORBATE, LACTIC ACID, NATURAL FLAVOUR, COLOUR, VITAMIN A PALMITATE, VITAMIN D3. Contains milk and soy.", "dairy soy", "corn"),  # why: lactic acid may be corn-fermented; small
    ("label", "Sunrise Soya Foods Firm Tofu 454g, non-GMO — water, soybeans, calcium sulphate. eau, fèves de soya, sulfate de calcium", "soy", ""),
    ("label", "Catelli Gluten Free Spaghetti 340 g. Corn flour, brown rice flour, white rice flour, quinoa flour. / farine de maïs, farine de riz brun... Certified gluten free. Produced in a dedicated gluten free facility.", "corn", ""),
    ("label", "Hawkins Cheezies 200g. Ingredients: Corn meal, vegetable oil (canola), aged cheddar cheese (milk, bacterial culture, salt, microbial enzyme), whey, salt, colour. Contains: milk", "corn dairy", ""),
    ("label", "Dare Breton Original crackers 225g: enriched wheat flour, vegetable oil shortening (palm, modified palm), sugar, whole wheat flour, milk ingredients, salt, sodium bicarbonate, ammonium bicarbonate, soy lecithin, natural flavour. CONTAINS: WHEAT, MILK, SOY.", "wheat sugar dairy soy", ""),
    ("label", "No Name Vegetable Oil 3L / Huile végétale — 100% pure soybean oil / huile de soya 100% pure", "soy", ""),  # why: source named on label
    ("label", "Compliments Frozen Peas & Carrots 750 g — green peas, carrots. pois verts, carottes", "", ""),
    ("label", "Tim Hortons Original Blend ground coffee 930 g — 100% arabica coffee.", "", ""),
]

# --- pasted labels: Australia (Arnott's, Woolworths / Coles / Aldi own brands, numbers instead of names) ---
BLIND24_CASES += [
    ("label", "Arnott's Tim Tam Original 200g. INGREDIENTS: Sugar, Wheat Flour, Vegetable Oil, Milk Solids, Cocoa, Golden Syrup, Cocoa Butter, Cocoa Mass, Emulsifiers (Soy Lecithin, 476), Salt, Flavour, Baking Powder. CONTAINS WHEAT, MILK AND SOY. MAY CONTAIN PEANUT, TREE NUTS, SESAME.", "sugar wheat dairy soy", "corn"),  # why: unnamed vegetable oil
    ("label", "VEGEMITE 380g. Ingredients: Yeast Extract (from Yeast Grown on Barley and Wheat), Salt, Mineral Salt (508), Malt Extract (from Barley), Colour (Caramel III), Flavour, Vitamins (Thiamine, Riboflavin, Niacin, Folate). CONTAINS GLUTEN.", "wheat", "corn"),
    ("label", "Uncle Tobys Oats Quick Sachets Original 10 pk. Ingredients: Wholegrain rolled oats (100%). Contains gluten. Health Star Rating 5.0", "", "wheat"),  # why: oats only; AU 'contains gluten' refers to oat avenin / cross-contact
    ("label", "Coles Gluten Free White Sandwich Loaf 500g  Ingredients: Water, Tapioca Starch, Maize Starch, Rice Flour, Vegetable Oil (Canola), Psyllium Husk, Egg White, Sugar, Yeast, Thickener (464), Salt, Preservative (282). May be present: soy.", "corn sugar", "soy"),
    ("label", "Kraft Smooth Peanut Butter 375g — Peanuts (85%), Vegetable Oil, Sugar, Salt. Made in Australia from at least 85% Australian ingredients", "sugar", "soy corn"),
    ("label", "Bega So Extra Tasty Cheese Slices 250g: Cheese (Milk, Salt, Cultures, Enzyme), Preservative (200). Contains milk", "dairy", ""),
    ("label", "NESTLE MILO 460g Ingredients: Malt Extract (from Barley) (46%), Milk Solids, Sugar, Cocoa, Minerals (Calcium, Iron, Phosphorus), Emulsifier (Soy Lecithin), Vitamins (C, B2, B3, B6, B12, D). Contains barley and milk. Contains soy.", "dairy sugar soy", "wheat"),  # why: barley malt, wheat only possible
    ("label", "Macro Organic Firm Tofu 350g (woolworths) - Water, Organic Soybeans (43%), Firming Agent (Magnesium Chloride).", "soy", ""),
    ("label", "Smith's Crinkle Cut Original 170g. Ingredients: Potatoes, Vegetable Oil, Salt.", "", "corn soy"),  # why: unnamed vegetable oil
    ("label", "Four'N Twenty Traditional Meat Pie 4 pk 700g. INGREDIENTS: Water, Wheat Flour, Beef (22%), Margarine [Vegetable Fats and Oils, Water, Salt, Emulsifiers (471, Soy Lecithin), Antioxidant (307b from Soy)], Thickener (1422 from Maize), Flavour Enhancer (621), Salt, Hydrolysed Vegetable Protein (Soy), Yeast Extract, Sugar, Colour (150c), Spices. CONTAINS WHEAT, SOY. MAY CONTAIN MILK, EGG, SESAME.", "wheat soy corn sugar", "dairy"),
    ("label", "MasterFoods Tomato Sauce 500mL — Tomatoes (from paste) (77%), Sugar, Food Acid (Acetic), Salt, Mineral Salt (Potassium Chloride), Thickener (1422), Onion, Spices. GLUTEN FREE", "sugar", "corn"),  # why: 1422 is a modified starch of unstated source; 'gluten free' rules out wheat
    ("label", "Sanitarium Up&Go Choc Ice 250mL: Skim Milk, Water, Cane Sugar, Soy Protein, Cereals (Wheat Maltodextrin, Oat Fibre), Inulin, Cocoa, Vegetable Oil (Canola), Maltodextrin (Maize), Mineral (Calcium Phosphate), Thickeners (460, 466, 407), Vitamins, Flavour. Contains milk, soy, wheat.", "dairy sugar soy wheat corn", ""),
    ("label", "Golden Circle Pineapple Juice 1L. Reconstituted pineapple juice, vitamin C. No added sugar. 100% juice", "", ""),  # why: it is juice, not a product sweetened with concentrate; claim holds
    ("label", "Cobs Sea Salt Popcorn 80g  Popping Corn (89%), Sunflower Oil, Sea Salt. Gluten free, wholegrain, 97% fat free? no lol", "corn", ""),
    ("label", "Kellogg's Nutri-Grain 290g Ingredients: Cereals (Wheat Flour 35%, Oat Flour 20%, Corn Flour 8%), Wheat Protein, Sugar, Malt Extract (from Barley), Maltodextrin, Salt, Mineral (Iron), Vitamins (Niacin, B6, B2, B1, Folate), Colour (Paprika Oleoresin), Emulsifier (Soy Lecithin). Contains gluten, soy.", "wheat corn sugar soy", ""),
    ("label", "Bulla Creamy Classics Vanilla 2L — INGREDIENTS: Fresh Cream, Skim Milk, Sugar, Glucose Syrup (Wheat), Milk Solids, Vegetable Gums (412, 410, 407), Emulsifier (471), Natural Vanilla Flavour, Colour (160b). Contains milk, wheat.", "dairy sugar wheat", ""),  # why: wheat-derived glucose syrup is named as wheat on the label
    ("label", "Bundaberg Ginger Beer 375mL. Brewed. Carbonated water, cane sugar, ginger root, lemon juice, yeast, natural flavours, preservative (202). Made from real ginger brewed for 3 days", "sugar", ""),
    ("label", "Woolworths Free From Gluten Choc Chip Cookies 200g. INGREDIENTS: Sugar, Butter (Milk), Rice Flour, Chocolate Chips (14%) (Sugar, Cocoa Mass, Cocoa Butter, Emulsifier (Soy Lecithin), Flavour), Maize Starch, Tapioca Starch, Egg, Raising Agents (500, 450), Thickener (Xanthan Gum), Salt. Contains milk, soy, egg. Gluten free.", "sugar dairy soy corn", ""),
    ("label", "Pauls Zymil Full Cream Milk 2L — 99.9% lactose free. Ingredients: Milk, lactase enzyme.", "dairy", ""),  # why: lactose free is still cow's milk
    ("label", "Sakata Rice Crackers Plain 100g  Ingredients: Rice (86%), Vegetable Oil (Sunflower), Sugar, Salt, Soy Sauce Powder (Soybean, Salt, Maltodextrin (Tapioca)), Flavour Enhancer (621). Gluten free. Contains soy.", "soy sugar", ""),
    ("label", "Continental Cup-a-Soup Chicken Noodle 4pk  Noodles (52%) (Wheat Flour, Salt), Maltodextrin (Maize), Salt, Flavour Enhancers (621, 635), Thickener (1422), Sugar, Vegetable Oil, Chicken Fat, Dehydrated Vegetables (Onion, Carrot, Parsley), Yeast Extract, Chicken, Spices, Colour (Turmeric). CONTAINS: WHEAT. MAY CONTAIN: MILK, EGG, SOY.", "wheat corn sugar", "dairy soy"),
    ("label", "Cadbury Dairy Milk Fruit & Nut 180g (AU) MILK CHOCOLATE (60%) [Sugar, Full Cream Milk Powder, Cocoa Butter, Cocoa Mass, Emulsifiers (Soy Lecithin, 476), Flavours], Sultanas (25%), Peanuts (15%)? no - Almonds (15%), Vegetable Oil. Contains milk, soy, almond. May contain wheat, peanut.", "sugar dairy soy", "wheat corn"),
    ("label", "Aldi Belmont Biscuit Co. Choc Ripple-style 250g: wheat fl0ur, sugar, vegetable oil, c0coa (7%), golden syrup, salt, raising agents (500, 503), emulsifier (soy lecithin). cont4ins: wheat, soy. may contain milk", "wheat sugar soy", "dairy corn"),  # why: OCR'd zeros; unnamed vegetable oil = corn possible (soy already definite)
]

# --- pasted labels: Ireland (Irish brands, Dunnes / SuperValu / Tesco Ireland own label) ---
BLIND24_CASES += [
    ("label", "Brennans Today's Bread Family Pan 800g. Ingredients: Wheat Flour (Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin), Water, Yeast, Salt, Soya Flour, Emulsifiers (E471, E472e), Preservative (Calcium Propionate), Vegetable Oil (Rapeseed), Flour Treatment Agent (Ascorbic Acid). Baked fresh in Ireland", "wheat soy", ""),
    ("label", "TAYTO Cheese & Onion 6 pack. INGREDIENTS: Potatoes, Sunflower Oil, Cheese & Onion Flavour [Dried Onion, Whey Powder (Milk), Salt, Cheese Powder (Milk), Dextrose, Flavour Enhancers: Monosodium Glutamate, Sodium 5'-Ribonucleotides; Colours: Annatto, Paprika Extract; Flavourings, Acid: Citric Acid]. Mr Tayto says hello!", "dairy sugar", "corn"),
    ("label", "Denny Gold Medal Pork Sausages 454g. Pork (70%), Water, Rusk (Wheat Flour (Calcium Carbonate, Iron, Niacin, Thiamin), Salt, Raising Agent: Ammonium Bicarbonate), Seasoning (Salt, Dextrose, Spices, Stabiliser: Diphosphates, Preservative: Sodium Metabisulphite, Antioxidant: Ascorbic Acid), Pea Fibre, Beef Collagen Casing. Allergens in bold.", "wheat sugar", "corn"),
    ("label", "Kerrygold Softer Irish butter 454g — Butter (70%), Rapeseed Oil, Salt. Made with milk from grass-fed cows", "dairy", ""),
    ("label", "Jacob's Mikado 150g (Ireland) Ingredients: Wheat Flour (Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin), Sugar, Glucose Syrup, Raspberry Flavoured Jam (10%) [Glucose-Fructose Syrup, Sugar, Raspberry Purée, Gelling Agent (Pectin), Acid (Citric Acid), Acidity Regulator (Sodium Citrates), Flavouring, Colour (Anthocyanins)], Desiccated Coconut (8%), Palm Oil, Dried Egg White, Gelling Agent (Agar), Salt, Raising Agents. May contain milk.", "wheat sugar", "corn dairy"),
    ("label", "Clonakilty Traditional Blackpudding 280g - Beef Fat, Oatmeal (Oats), Onions, Water, Beef Blood, Wheat Flour, Salt, Spices, Natural Casing. Allergens in bold. Since 1880s", "wheat", ""),
    ("label", "Odlums Cream Plain Flour 2kg. Ingredients: Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin. Contains gluten. Great for sauces, gravies and pastry", "wheat", ""),  # why: 'cream flour' is a fine flour, no cream
    ("label", "Dunnes Stores Simply Better Irish Wildflower Honey 340g - 100% pure Irish honey. Product of Ireland.", "", "sugar"),  # why: honey is a natural sweetener = possible
    ("label", "Cadbury Moro 50g (made in Ireland) INGREDIENTS: Sugar, Glucose Syrup, Milk, Vegetable Fats (Palm, Shea), Cocoa Butter, Cocoa Mass, Skimmed Milk Powder, Whey Permeate Powder (from Milk), Barley Malt Extract, Emulsifier (E442), Salt, Flavourings. May contain nuts.", "sugar dairy", "corn wheat"),
    ("label", "Chef Curry Sauce 490g (chipper style) Ingredients: Water, Sugar, Modified Maize Starch, Wheat Flour, Curry Powder (8%) (Coriander, Turmeric, Cumin, Fenugreek, Chilli, Ginger, Black Pepper), Salt, Onion Powder, Colour (Plain Caramel), Apple Purée, Rapeseed Oil, Acid (Acetic Acid).", "sugar corn wheat", ""),
    ("label", "Tesco Wholemeal Brown Soda Bread 450g (baked in Ireland). Wholemeal Wheat Flour (45%), Buttermilk (Milk) (35%), Wheat Flour, Wheat Bran, Sugar, Raising Agents (Sodium Bicarbonate, Disodium Diphosphate), Salt, Rapeseed Oil.", "wheat dairy sugar", ""),
    ("label", "Goodfella's Stonebaked Thin Pepperoni Pizza 332g. Wheat Flour (Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin), Tomato Purée, Mozzarella Cheese (Milk) (18%), Water, Pepperoni (7%) (Pork, Salt, Dextrose, Spices, Garlic Powder, Antioxidant: Sodium Ascorbate, Extract of Rosemary, Preservative: Sodium Nitrite), Rapeseed Oil, Yeast, Sugar, Salt, Modified Maize Starch, Oregano, Basil.", "wheat dairy sugar corn", ""),
    ("label", "Ballymaloe Original Relish 310g — Tomatoes, Sugar, Onions, Vinegar, Sultanas (Sultanas, Sunflower Oil), Salt, Mustard Seeds, Spices. Gluten free. Made in Cork since 1990", "sugar", ""),
    ("label", "Glenisk Organic Natural Yogurt 500g. Organic Whole Milk, Live Cultures. No added sugar", "dairy", ""),
    ("label", "SuperValu Free From Chocolate Brownie Bites 180g. Gluten free. Dairy free. Ingredients: Sugar, Vegetable Oils (Rapeseed, Palm), Rice Flour, Fat Reduced Cocoa Powder (7%), Potato Starch, Dark Chocolate (5%) (Cocoa Mass, Sugar, Emulsifier: Soya Lecithin), Maize Starch, Egg White Powder, Humectant: Glycerol, Raising Agents, Xanthan Gum, Salt. May contain traces of milk.", "sugar soy corn", "dairy"),  # why: 'dairy free' claim, but a 'may contain milk' line - flag possible
]

# --- pasted labels: meal-kit sachets and takeaway packaging ---
BLIND24_CASES += [
    ("label", "HelloFresh Sweet Chili Sauce 2 oz — Ingredients: Sugar, Water, Red Chili Pepper, Garlic, Distilled Vinegar, Modified Corn Starch, Salt, Xanthan Gum. Packed in a facility that also handles milk, eggs, wheat, soy, fish, shellfish, tree nuts, peanuts and sesame.", "sugar corn", "dairy wheat soy"),  # why: shared-facility line treated as 'may contain'
    ("label", "Gousto katsu paste sachet 40g: Rapeseed Oil, Water, Onion, Curry Powder (Coriander, Turmeric, Cumin, Fenugreek, Chilli), Sugar, Soy Sauce (Water, Soya Beans, Wheat, Salt), Garlic, Ginger, Cornflour, Salt. Allergens: Soya, Wheat. Made in a kitchen that handles: Milk, Egg, Sesame, Mustard, Celery.", "sugar soy wheat corn", "dairy"),
    ("label", "Marley Spoon Beef Stock Concentrate 19g: Beef stock (water, beef bones), salt, yeast extract, sugar, tomato paste, xanthan gum, natural flavour. gluten free", "sugar", "corn"),
    ("label", "Blue Apron tamari packet - Tamari (Water, Soybeans, Salt, Alcohol). Wheat free. Contains: Soy", "soy", ""),
    ("label", "Deliveroo allergen sheet - Wagamama chicken katsu curry: contains cereals containing gluten (wheat), soya, celery, sesame. may contain milk, egg.", "wheat soy", "dairy sugar"),  # why: katsu sauce is usually sweetened
    ("label", "Just Eat allergen info — Kebab King doner meat (lamb & beef): lamb, beef, breadcrumbs (wheat), soya protein, salt, spices, dextrose, vegetable oil. Contains: wheat, soya. Garlic sauce: contains milk, egg.", "wheat soy sugar", "corn dairy"),  # why: the pasted sheet also lists the garlic sauce (milk), which may or may not have been eaten
    ("label", "Chefs Plate Teriyaki Sauce 60ml. INGREDIENTS: WATER, SOY SAUCE (WATER, SOYBEANS, WHEAT, SALT), SUGAR, MIRIN (GLUCOSE-FRUCTOSE, WATER, RICE, ALCOHOL), GARLIC, GINGER, MODIFIED CORN STARCH. CONTAINS: SOY, WHEAT.", "soy wheat sugar corn", ""),
]
