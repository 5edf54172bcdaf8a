# ruff: noqa: E501
"""Blind labelled set 30: an app's everyday user base in Western/Central Europe and North America (commuters, retirees, teens, night-shift nurses, athletes, vegetarians, family cooks) typing quick multilingual diary lines, plus pasted supermarket labels."""

BLIND30_CASES: list[tuple[str, str, str, str]] = []

# --- commuters: train station, desk, drive-thru ---
BLIND30_CASES += [
    ("meal", "grabbed a butter croissant at the station + flat white", "wheat dairy sugar", ""),  # why: croissant dough has butter and a little sugar; flat white is milk
    ("meal", "Pret ham & cheese baguette on the 7:42, black americano", "wheat dairy", "sugar"),  # why: chain baguettes / mustard mayo may carry sugar
    ("meal", "Laugenbrezel vom Bäcker am Bahnsteig, ohne Butter", "wheat", ""),  # why: plain pretzel, butter explicitly not on it
    ("meal", "Butterbrezel und ein Cappuccino to go", "wheat dairy", ""),
    ("meal", "tim hortons double double and a honey dip", "wheat dairy sugar", "soy"),  # why: double double = cream + sugar; doughnut fried in shortening / has soy in mix
    ("meal", "starbucks venti iced vanilla latte w oat milk, nothing to eat", "sugar", ""),  # why: vanilla syrup is sugar; oat milk replaces dairy
    ("meal", "egg mcmuffin hash brown and a black coffee in the car", "wheat dairy", "corn soy sugar"),  # why: English muffin, American cheese, butter; hash brown fryer oil / dextrose
    ("meal", "desk lunch: leftover rice & lentil dal, some cucumber", "", "dairy"),  # why: dal is often finished with ghee or butter
    ("meal", "Leberkässemmel mit süßem Senf, schnell am Kiosk", "wheat sugar", "dairy corn"),  # why: Leberkäse has no cheese; süßer Senf is sweetened; the loaf can contain milk protein / dextrose
    ("meal", "chicken caesar wrap from the boots meal deal + walkers + diet coke", "wheat dairy", "corn soy sugar"),  # why: tortilla wrap, parmesan dressing; crisps fried in sunflower/rapeseed but dressing oil unknown; diet coke caramel colour
    ("meal", "just water and an apple on the train, skipped breakfast", "", ""),
    ("meal", "sushi box from the station kiosk, salmon nigiri and california rolls, used the soy sauce packet", "soy wheat sugar", "corn"),  # why: sushi rice seasoned with sugar; california roll surimi has starch
    ("meal", "same sushi box but i didnt touch the soy sauce this time", "sugar", "corn wheat"),  # why: surimi/crab sticks often contain wheat starch, sugar in rice
    ("meal", "bagel w/ cream cheese lox capers", "wheat dairy", "sugar"),  # why: bagels usually have malt or sugar
    ("meal", "two Mini-Salamis and a Apfelschorle in the S-Bahn", "", "sugar corn"),  # why: snack salami usually has dextrose
    ("meal", "grabbed kale salad w quinoa chickpeas lemon tahini from sweetgreen", "", ""),
    ("meal", "Hafer-Cappuccino und ein Stück Bananenbrot", "wheat sugar", "dairy"),  # why: banana bread recipes often use butter
    ("meal", "vending machine kitkat 4 finger, regret", "wheat dairy sugar", "soy"),
    ("meal", "Subway 6 inch Italian BMT on italian herbs & cheese, no cheese inside, mayo", "wheat dairy", "sugar soy corn"),  # why: the bread itself is topped with cheese; sub bread contains sugar; mayo oil
    ("meal", "matcha latte oatly, no sweetener", "", ""),
    ("meal", "Coffee w/ a splash of half and half & a plain rice cake", "dairy", ""),
    ("meal", "commute snack: handful of almonds, pear", "", ""),
    ("meal", "blueberry muffin from costa and a latte", "wheat dairy sugar", "soy corn"),
    ("meal", "2x spinach & feta börek from the turkish bakery near the office", "wheat dairy", ""),
    ("meal", "Pho from the place by work, added hoisin & sriracha", "soy sugar", "wheat"),  # why: hoisin is soy + sugar, many brands also wheat; rice noodles themselves fine
    ("meal", "bahn mi with pork, pickled carrots, mayo, maggi", "wheat sugar", "soy"),  # why: baguette; pickles sugared; Maggi seasoning contains wheat (and often soy)
    ("meal", "Döner mit allem, scharf", "wheat dairy", "sugar"),  # why: bread + yogurt/herb sauce; sauces often sweetened
    ("meal", "Dürüm ohne Soße, nur Salat und Fleisch", "wheat", ""),  # why: yufka wrap is wheat; sauce declined
]

# --- retirees: slow breakfasts, café visits, church lunches ---
BLIND30_CASES += [
    ("meal", "porridge with water, a few raisins and cinnamon. cup of tea no milk", "", ""),  # why: plain oats, not wheat; raisins are whole fruit
    ("meal", "porridge made with milk and golden syrup like always", "dairy sugar", ""),
    ("meal", "Kaffee und Kuchen bei meiner Schwester: Käsekuchen, 2 Stück", "wheat dairy sugar", ""),
    ("meal", "soft boiled egg with buttered toast soldiers", "wheat dairy", "sugar"),  # why: sliced bread often contains sugar
    ("meal", "fish pie at the garden centre, peas", "dairy wheat", ""),  # why: white sauce is butter+flour+milk
    ("meal", "tinned tomato soup heinz & a cheese scone", "wheat dairy sugar", "corn"),  # why: heinz tomato soup has sugar and cornflour
    ("meal", "rice pudding from a tin, ambrosia", "dairy sugar", ""),
    ("meal", "roast chicken, roast potatoes, carrots, gravy from granules, yorkshire pudding", "wheat dairy", "corn sugar soy"),  # why: yorkshire = flour+milk; granules contain maltodextrin/wheat, some soy
    ("meal", "Roast chicken potatoes carrots, made gravy from the pan juices only no flour", "", ""),
    ("meal", "Bratwurst mit Sauerkraut und Kartoffelpüree", "dairy", "sugar corn"),  # why: mash with milk/butter; sausages sometimes have dextrose
    ("meal", "at the club: a glass of sherry and some cheddar with oatcakes", "dairy", "wheat"),  # why: oatcakes often include wheat flour
    ("meal", "my neighbour brought me her cornish pasty, had half", "wheat", "dairy"),  # why: 'cornish' is not corn; pastry can be made with butter
    ("meal", "steamed cod, parsley potatoes, green beans, a small glass of white wine", "", ""),
    ("meal", "Werther's Original x3 while watching tv", "sugar dairy", ""),
    ("meal", "prune juice small glass, slice of rye bread with cottage cheese", "dairy", "wheat"),  # why: most rye bread still contains some wheat flour
    ("meal", "senior lunch at church: chicken à la king over rice, jello for dessert", "dairy wheat sugar", "corn"),  # why: cream sauce thickened with flour; jello is sugar
    ("meal", "Apfel, eine Scheibe Knäckebrot Wasa Roggen mit Frischkäse", "dairy", ""),  # why: Wasa rye crispbread is rye only; cream cheese is dairy
    ("meal", "Ovomaltine warm vor dem Schlafen", "dairy sugar", "wheat"),  # why: made with milk; Ovomaltine has sugar and barley malt extract
    ("meal", "Kartoffelsuppe selbst gemacht mit Würstchen, keine Sahne diesmal", "", "corn sugar"),  # why: sausage may contain dextrose
    ("meal", "had buttercup squash soup at home, just onion stock and nutmeg", "", ""),  # why: buttercup squash is a vegetable
    ("meal", "tea and two digestives, dunked", "wheat sugar", "dairy"),  # why: McVitie's digestives use palm oil; some brands butter
    ("meal", "corned beef hash with a fried egg, HP sauce", "sugar", "corn"),  # why: corned beef isn't corn; HP has molasses/sugar
    ("meal", "Grießbrei mit Zimt und Zucker, mit Milch gekocht", "wheat dairy sugar", ""),  # why: Grieß = wheat semolina
]

# --- teenagers: after school, gaming nights, parties ---
BLIND30_CASES += [
    ("meal", "takis + monster after school lol", "corn sugar", "soy"),  # why: Takis are corn masa chips fried in vegetable oil; Monster regular is sugar
    ("meal", "mcdonalds: 20 nuggets large fries sprite", "wheat sugar", "corn soy dairy"),  # why: nugget batter wheat; sprite sugar/hfcs; fryer oil blend; US fries flavouring has milk derivatives
    ("meal", "mc: big mac menu aber mit cola zero", "wheat dairy sugar", "soy corn"),  # why: bun + big mac sauce sugar, cheese slice; fries oil; cola zero caramel colour
    ("meal", "cereal at 11pm. frosted flakes w milk", "corn sugar dairy", "wheat"),  # why: malt flavouring from barley
    ("meal", "ramen noodles the instant kind w the flavor packet", "wheat", "soy sugar corn"),  # why: noodles are wheat; packet often soy + hydrolysed protein/maltodextrin
    ("meal", "popcorn at the cinema, the big bucket with butter topping", "corn", "dairy soy"),  # why: 'butter topping' is often soybean oil based, sometimes real butter
    ("meal", "pizza party, like 4 slices pepperoni", "wheat dairy", "sugar"),
    ("meal", "bubble tea brown sugar milk tea w boba", "sugar dairy", "corn"),  # why: fresh milk or a creamer that itself has caseinate; creamers also carry corn syrup solids
    ("meal", "pringles sour cream & onion half a can", "wheat dairy", "corn sugar"),  # why: Pringles contain wheat starch, milk powder; maltodextrin/dextrose
    ("meal", "haribo goldbären ganze tüte 🙈", "sugar", "corn wheat"),  # why: glucose syrup source may be corn or wheat
    ("meal", "toast with nutella before school", "wheat sugar dairy soy", ""),  # why: Nutella has skimmed milk powder and soy lecithin
    ("meal", "nothing til lunch then a chicken shawarma wrap w garlic sauce", "wheat", "dairy"),  # why: toum is often dairy-free but many shops add yogurt/mayo
    ("meal", "dorritos cool ranch & mountain dew, gaming", "corn dairy sugar", "soy"),
    ("meal", "made cup noodles but put in an egg and some spinach", "wheat", "soy corn sugar"),
    ("meal", "tacos at my friend's, hard shells, ground beef, cheese, salsa", "corn dairy", "sugar wheat"),  # why: taco seasoning mixes often include flour/sugar
    ("meal", "smoothie bowl acai w banana granola", "", "sugar wheat"),  # why: acai packets often sweetened; granola usually sweetened and may contain wheat
    ("meal", "ice cream sandwich from the freezer", "wheat dairy sugar", "corn soy"),
    ("meal", "ok i lied earlier it wasnt a salad it was a cheeseburger", "wheat dairy", "sugar"),  # why: correction — the burger is what was eaten
    ("meal", "Red Bull sugarfree before the exam + banana", "", "corn"),  # why: sugarfree; acidity regulators may be corn-derived
    ("meal", "chips and guac at the party, the tortilla chips", "corn", ""),
    ("meal", "kebab box fries meat garlic mayo chilli sauce", "", "sugar soy corn dairy"),  # why: no bread; sauces sweet, mayo oil, garlic sauce may include yogurt
    ("meal", "Lays paprika + Capri-Sun", "sugar", "corn"),  # why: capri-sun orange contains sugar; crisp paprika seasoning minor
    ("meal", "oreos dipped in oat milk (dairy free lol)", "wheat sugar", "soy corn dairy"),  # why: Oreos are dairy-free by recipe but may contain milk by cross-contact; soy lecithin in many markets
    ("meal", "had a gluten free pizza at the place near school, cheese and mushrooms", "dairy", "corn sugar"),  # why: GF bases often rely on corn starch; cheese stays
    ("meal", "poutine at la banquise at 2am", "dairy", "wheat corn soy"),  # why: curds; gravy thickened with flour/starch, fries oil
    ("meal", "nachos w melted cheese dip from the gas station", "corn dairy", "soy"),
    ("meal", "sweet potato fries w sea salt, homemade in the air fryer with olive oil", "", ""),  # why: sweet potato isn't sugar
    ("meal", "jolly ranchers x5 and a slushie", "sugar corn", ""),  # why: US candy / slush syrup both corn syrup
]

# --- night-shift nurses: break room, vending, 3am ---
BLIND30_CASES += [
    ("meal", "3am break: vending machine peanut m&ms + coffee with the powdered creamer", "sugar dairy soy", "corn"),  # why: M&Ms have milk chocolate, soy lecithin; powdered creamer usually corn syrup solids + caseinate
    ("meal", "Coffee-mate French vanilla in my coffee x3 tonight", "corn sugar", "dairy"),  # why: non-dairy creamer: corn syrup solids, sugar, sodium caseinate
    ("meal", "night shift snack: cheese string, cherry tomatoes, cucumber", "dairy", ""),
    ("meal", "someone brought krispy kreme for the unit. had 2 glazed", "wheat sugar dairy soy", "corn"),
    ("meal", "heated up my meal prep: chicken thigh, jasmine rice, broccoli, a little tamari (gluten free)", "soy", ""),  # why: tamari is soy; labelled GF so no wheat
    ("meal", "patient family left cookies, I only had the coffee", "", ""),  # why: black coffee only, cookies not eaten
    ("meal", "hospital cafeteria mac n cheese + side salad ranch", "wheat dairy", "soy sugar corn"),
    ("meal", "post shift 8am: big bowl of greek yogurt plain with berries and walnuts", "dairy", ""),
    ("meal", "Spätdienst vorbei, Tiefkühlpizza Salami um 23 Uhr", "wheat dairy", "sugar corn"),  # why: frozen pizza dough often dextrose/sugar
    ("meal", "energy drink (celsius) and a protein bar, one of the quest ones", "dairy", "soy corn"),  # why: Quest bars use milk protein isolate; sweeteners erythritol/sucralose, soluble corn fiber
    ("meal", "just tea and a banana, too nauseous to eat", "", ""),
    ("meal", "ate the teddy grahams from the peds supply closet, a handful", "wheat sugar", "soy"),
    ("meal", "Nachtschicht: Müsliriegel und Apfel, dann Rührei am Morgen mit Butter", "dairy sugar", "wheat"),  # why: cereal bars usually sweetened, often wheat flakes
    ("meal", "hot chocolate from the machine on ward 5", "sugar dairy", "corn soy"),  # why: vending cocoa: sugar, milk powder or glucose syrup/veg fat
    ("meal", "ordered in: pad thai from the thai place, shared w the team", "sugar", "soy wheat"),  # why: pad thai sauce is sugar + tamarind + fish sauce; many places add soy sauce
    ("meal", "leftover lasagne from my mom", "wheat dairy", "sugar"),
    ("meal", "salt & vinegar crisps + a can of irn bru", "sugar", ""),
    ("meal", "8 hrs in and only had a cup of soup from the packet (chicken noodle)", "wheat", "corn sugar soy"),  # why: packet soup: wheat noodles, maltodextrin/glucose, flavour enhancers
    ("meal", "skipped the birthday cake at handover, had carrots & hummus", "", ""),
    ("meal", "caramel macchiato w soy milk bc I'm avoiding dairy", "soy sugar", "dairy"),  # why: caramel drizzle contains butter/cream
    ("meal", "Tuc Kekse und ein Caprisonne im Pausenraum", "wheat sugar", ""),
    ("meal", "ate a tuna sandwich from the m&s shop, malted brown bread", "wheat", "sugar soy"),  # why: malted bread has malt/sugar; mayo oil
]

# --- athletes: runners, cyclists, lifters, team sports ---
BLIND30_CASES += [
    ("meal", "pre-run: 2 rice cakes w banana + pinch of salt", "", ""),
    ("meal", "long ride fuel: 3 SiS gels + 1 clif bar", "sugar", "corn soy"),  # why: gels are maltodextrin; Clif bars are cane syrup + soy protein typically
    ("meal", "post-lift shake: 2 scoops whey, water, frozen banana", "dairy", "soy"),  # why: many whey blends use soy lecithin as instantiser
    ("meal", "shake w vegan pea protein & almond milk, nothing else", "", ""),
    ("meal", "chicken breast 200g, basmati 150g, broccoli, olive oil. same as yesterday", "", ""),
    ("meal", "overnight oats w skyr, chia, blueberries, a drizzle of maple syrup", "dairy", "sugar"),  # why: maple syrup is a natural sweetener, flagged possible
    ("meal", "Gatorade orange 500ml during the match", "sugar", "corn"),
    ("meal", "halftime orange slices and water", "", ""),
    ("meal", "carb loading: big plate of spaghetti w tomato sauce, parmesan on top", "wheat dairy", "sugar"),
    ("meal", "same pasta but I used the chickpea pasta (banza) and no cheese", "", "sugar"),  # why: chickpea pasta is wheat-free; jarred sauce may be sweetened
    ("meal", "Magerquark mit Leinöl und Kartoffeln", "dairy", ""),
    ("meal", "after parkrun: bacon roll with brown sauce and a tea", "wheat sugar", "dairy"),  # why: bread roll; brown sauce sugar; tea may have milk
    ("meal", "6 egg whites, spinach, sweet potato hash, black coffee", "", ""),
    ("meal", "Protein pudding (Ehrmann high protein) vanilla", "dairy", "corn"),  # why: milk-based; sweeteners, starch thickener
    ("meal", "beet juice shot + 2 medjool dates before the 10k", "", ""),
    ("meal", "recovery chocolate milk 500ml", "dairy sugar", ""),
    ("meal", "tuna poke bowl, rice, edamame, mango, ponzu", "soy", "wheat sugar"),  # why: edamame is soy; ponzu usually contains soy sauce
    ("meal", "poke bowl again but asked for no edamame and no sauce, just lemon", "", "sugar"),  # why: poke rice sometimes seasoned like sushi rice
    ("meal", "a handful of haribo on the bike at km 80", "sugar", "corn"),
    ("meal", "steak, baked potato w sour cream, asparagus", "dairy", ""),
    ("meal", "Isostar Riegel und ein Weizenbier alkoholfrei nach dem Marathon", "wheat sugar", "corn soy dairy"),  # why: Weizenbier is wheat beer; energy bars glucose syrup, often milk/soy
    ("meal", "salmon, quinoa, roasted buttercup squash & kale", "", ""),
    ("meal", "bcaa drink mango flavour sugar free", "", "corn"),  # why: sucralose drinks often carry citric acid/maltodextrin
    ("meal", "2 slices ezekiel bread with almond butter and honey", "wheat soy", "sugar"),  # why: Ezekiel 4:9 is sprouted wheat + spelt + soybeans; honey flagged possible
    ("meal", "creatine in water, then turkey & swiss on rye", "dairy", "wheat"),  # why: deli rye is usually mixed with wheat flour
    ("meal", "lentil pasta + pesto (jar) + cherry toms", "dairy", ""),  # why: jarred pesto contains cheese
    ("meal", "ate 4 corn cobs at the BBQ w butter lol and grilled chicken", "corn dairy", "sugar"),  # why: BBQ chicken marinades often sweet
    ("meal", "hydration tablets in water (nuun)", "", "corn"),  # why: dextrose in nuun sport in some markets
]

# --- vegetarians and vegans ---
BLIND30_CASES += [
    ("meal", "tofu scramble w turmeric, spinach & toast", "soy wheat", "sugar"),
    ("meal", "tempeh bacon in a lettuce wrap, no bread", "soy", "sugar wheat"),  # why: tempeh bacon marinade usually maple/soy sauce; wheat possible via soy sauce
    ("meal", "seitan kebab from the vegan place", "wheat", "soy dairy sugar"),  # why: seitan is wheat gluten, often seasoned with soy sauce; sauce may be vegan or not
    ("meal", "Impossible burger at the pub, vegan cheese, sweet potato fries", "soy wheat", "sugar corn"),  # why: Impossible patty is soy protein; bun; vegan cheese is coconut oil + starch
    ("meal", "beyond burger at home, no bun, lettuce and mustard", "", ""),  # why: Beyond patty is pea protein, no soy/wheat
    ("meal", "dal makhani from the indian takeaway + garlic naan", "dairy wheat", "sugar"),  # why: makhani = butter+cream; naan is wheat with yogurt/ghee
    ("meal", "chana masala home made, basmati, no ghee used (oil)", "", ""),
    ("meal", "Falafel-Teller mit Hummus, Salat, ohne Brot", "", "wheat"),  # why: falafel mixes sometimes bind with flour
    ("meal", "Quorn nuggets and oven chips", "wheat", "dairy"),  # why: Quorn breaded products: wheat breading; some lines still use milk
    ("meal", "vegan mac n cheese with cashew sauce & nutritional yeast, GF pasta (rice)", "", ""),
    ("meal", "paneer tikka wrap", "dairy wheat", "sugar"),
    ("meal", "miso soup & edamame, then vegetable gyoza", "soy wheat", "sugar"),  # why: gyoza wrappers are wheat; dipping sauce soy sauce
    ("meal", "buddha bowl: brown rice, roasted chickpeas, avocado, tahini, pickled cabbage", "", "sugar"),  # why: quick pickles usually sugared
    ("meal", "greek salad w feta, olives, some pita", "dairy wheat", ""),
    ("meal", "Gemüsecurry mit Kokosmilch und Reis", "", ""),  # why: coconut milk isn't dairy; curry paste varies but usually no group
    ("meal", "oatly barista in my coffee and a slice of vegan banana bread (cafe)", "wheat sugar", "soy"),  # why: vegan bakes often use margarine with soy or soy milk
    ("meal", "jackfruit pulled 'pork' burger with bbq sauce & slaw", "wheat sugar", "soy"),  # why: bun, BBQ sauce sugar; vegan slaw mayo sometimes soy based
    ("meal", "vegetarian chilli w kidney beans, sweetcorn, sour cream", "corn dairy", ""),
    ("meal", "stuffed peppers w rice, feta and pine nuts", "dairy", ""),
    ("meal", "greggs vegan sausage roll on the way home", "wheat", "soy"),  # why: puff pastry is wheat; filling is mycoprotein, vegan pastry fats/fillings can include soya
    ("meal", "smoked tofu on rye crispbread w cucumber", "soy", ""),
    ("meal", "butternut squash risotto made with vegan butter & no parmesan", "", "soy"),  # why: vegan butters are often soy-oil or soy-lecithin based
    ("meal", "cauliflower steak, chimichurri, roasted potatoes", "", ""),
    ("meal", "lentil soup from the can (Amy's)", "", ""),
]

# --- people cooking for families ---
BLIND30_CASES += [
    ("meal", "kids had fish fingers, I had the same w peas & ketchup", "wheat sugar", "corn"),  # why: breadcrumb coating; ketchup sugar
    ("meal", "spag bol for everyone, I skipped the pasta and had mine on courgetti", "", "sugar"),  # why: sauce only; tomato sauces often get a pinch of sugar
    ("meal", "sunday pancakes w maple syrup & bacon", "wheat dairy", "sugar"),  # why: pancake batter flour+milk; maple syrup natural sweetener
    ("meal", "made cornbread for the chili night, had a big square", "corn wheat dairy sugar", ""),
    ("meal", "taco tuesday: soft flour tortillas, chicken, pico, guac", "wheat", ""),
    ("meal", "taco tuesday again but I had mine in corn tortillas", "corn", ""),
    ("meal", "Kinderteller übrig gegessen: Nudeln mit Tomatensoße", "wheat", "sugar"),
    ("meal", "chicken noodle soup homemade w egg noodles", "wheat", ""),
    ("meal", "birthday party: slice of the colin the caterpillar cake + haribo", "wheat dairy sugar soy", "corn"),
    ("meal", "shepherd's pie w mashed potato topping (butter & milk) + frozen peas", "dairy", "wheat"),  # why: filling often thickened with flour or gravy mix
    ("meal", "school packed lunch leftovers: half a PB&J on white", "wheat sugar", "soy"),  # why: jelly is sugar; peanut butter isn't dairy
    ("meal", "mac n cheese from the blue box w the kids", "wheat dairy", ""),
    ("meal", "Kraft Dinner but I just ate the hot dog beside it", "", "corn sugar"),  # why: hot dogs often have corn syrup/dextrose; no bun mentioned
    ("meal", "we had chicken stir fry with soy sauce, rice, broccoli, cornstarch slurry for the sauce", "soy wheat corn", "sugar"),
    ("meal", "same stir fry but used coconut aminos, no cornflour", "", "sugar"),  # why: coconut aminos are sugar-based sauce — possible; no soy
    ("meal", "enchiladas w red sauce & cheese, corn tortillas", "corn dairy", ""),
    ("meal", "grilled cheese & tomato soup, classic", "wheat dairy", "sugar"),
    ("meal", "sheet pan salmon, potatoes, green beans, lemon. kids ate it too!", "", ""),
    ("meal", "made a quiche lorraine, had a slice with salad", "wheat dairy", ""),
    ("meal", "Schnitzel Wiener Art mit Pommes, für alle", "wheat", "corn soy"),  # why: breaded in flour/egg/crumbs; fries oil unknown
    ("meal", "snack: the kids' goldfish crackers, handful", "wheat dairy", ""),
    ("meal", "peanut butter & banana on rice cakes", "", ""),  # why: peanut butter isn't dairy
    ("meal", "Pfannkuchen mit Apfelmus (selbst gemacht ohne Zucker)", "wheat dairy", ""),  # why: applesauce made without sugar
    ("meal", "sloppy joes on potato rolls", "wheat sugar", "corn"),  # why: sauce w/ ketchup/brown sugar
    ("meal", "popcorn movie night, made on the stove in coconut oil w salt", "corn", ""),
    ("meal", "cornish hen roasted w rosemary, wild rice", "", ""),  # why: cornish hen is a chicken
    ("meal", "hot dogs at the game w mustard and a bun", "wheat", "corn sugar"),
    ("meal", "tuna casserole w cream of mushroom soup & crushed crackers on top", "wheat dairy", "soy corn"),  # why: condensed soups have flour, cream; often soy protein / modified starch
]

# --- français ---
BLIND30_CASES += [
    ("meal", "tartine beurre confiture + café crème au comptoir", "wheat dairy sugar", ""),
    ("meal", "pain au chocolat et un jus d'orange pressé", "wheat dairy sugar", "soy"),  # why: chocolate sticks usually contain soy lecithin
    ("meal", "salade verte, mais pas de pain ni de fromage", "", ""),  # why: French 'mais' = 'but', not maïs; bread and cheese refused
    ("meal", "salade composée avec maïs, thon, tomates, vinaigrette maison", "corn", ""),
    ("meal", "croque-monsieur à la cantine + yaourt nature", "wheat dairy", ""),
    ("meal", "galette complète (jambon œuf fromage) à la crêperie, cidre brut", "dairy", "wheat"),  # why: galette is buckwheat, but many crêperies add some wheat flour; butter + emmental
    ("meal", "crêpe au sucre au goûter", "wheat dairy sugar", ""),
    ("meal", "steak frites sauce béarnaise", "dairy", "soy corn"),  # why: béarnaise = butter + egg; fries oil unknown
    ("meal", "ratatouille et riz, un verre de rouge", "", ""),
    ("meal", "kebab galette frites sauce blanche", "wheat dairy", "soy corn"),  # why: galette here is a wheat flatbread; sauce blanche yogurt/mayo
    ("meal", "quiche aux poireaux maison, salade", "wheat dairy", ""),
    ("meal", "cantine: hachis parmentier, fromage blanc, compote", "dairy", "sugar"),  # why: purée with milk/butter; compote may be sweetened
    ("meal", "un Kinder Bueno au distributeur 🍫", "wheat dairy sugar soy", ""),
    ("meal", "tartiflette au ski, énorme portion", "dairy", ""),
    ("meal", "soupe de légumes maison sans crème, une pomme", "", ""),
    ("meal", "couscous royal chez le marocain", "wheat", ""),  # why: couscous grain is durum semolina
    ("meal", "bol de lait d'amande avec du muesli sans sucre ajouté", "", "wheat"),  # why: muesli often mixes wheat flakes with oats
    ("meal", "raclette entre amis, pommes de terre, cornichons", "dairy", ""),  # why: cornichons are gherkins, not corn
]

# --- español ---
BLIND30_CASES += [
    ("meal", "tostada con tomate y aceite, café con leche", "wheat dairy", ""),
    ("meal", "tortilla española y ensalada, nada más", "", ""),  # why: potato-egg omelette, not a corn/flour tortilla
    ("meal", "churros con chocolate a las 7am después de la fiesta", "wheat sugar dairy", "soy"),  # why: thick hot chocolate made with milk; churros fried dough
    ("meal", "bocadillo de jamón serrano en el tren", "wheat", ""),
    ("meal", "menú del día: lentejas, merluza a la plancha, flan de postre", "dairy sugar", ""),
    ("meal", "salmorejo con huevo y jamón", "wheat", ""),  # why: salmorejo is thickened with bread
    ("meal", "gazpacho de brick", "", "wheat sugar"),  # why: some cartons have bread, some sugar
    ("meal", "paella de marisco en la playa", "", ""),
    ("meal", "croquetas de jamón x6 de tapa", "wheat dairy", ""),  # why: béchamel + breadcrumbs
    ("meal", "arepa de queso venezolana", "corn dairy", ""),
    ("meal", "tacos al pastor, tortillas de maíz, piña", "corn", "sugar"),  # why: adobo marinades sometimes sweetened
    ("meal", "Cola Cao con leche de avena", "sugar", "wheat"),  # why: Cola Cao is cocoa + sugar + malted cereal; oat milk isn't dairy
    ("meal", "yogur griego con miel, nueces", "dairy", "sugar"),
    ("meal", "pan sin gluten con aguacate", "", "corn soy"),  # why: GF breads are usually corn/rice starch; some use soy flour
    ("meal", "patatas bravas y una caña", "", "wheat corn soy"),  # why: beer (caña) brewed with malt; bravas sauce may use flour; frying oil
]

# --- italiano ---
BLIND30_CASES += [
    ("meal", "cornetto alla crema e cappuccino al bar", "wheat dairy sugar", ""),  # why: cornetto is an Italian croissant, not corn
    ("meal", "cornetto vuoto e caffè espresso", "wheat dairy sugar", ""),
    ("meal", "pasta al pomodoro fatta in casa, basilico, niente parmigiano", "wheat", ""),
    ("meal", "risotto ai funghi porcini", "dairy", ""),  # why: risotto is finished with butter and parmesan
    ("meal", "polenta con spezzatino", "corn", "dairy"),  # why: polenta often enriched with butter/cheese
    ("meal", "piadina crudo e squacquerone", "wheat dairy", ""),
    ("meal", "pizza margherita da asporto", "wheat dairy", ""),
    ("meal", "gelato fior di latte e pistacchio, coppetta", "dairy sugar", ""),
    ("meal", "farinata di ceci a Genova, buonissima", "", ""),  # why: chickpea flour only
    ("meal", "insalata con mais e tonno, pane integrale", "corn wheat", ""),
    ("meal", "arancini al ragù x2", "wheat", "dairy"),  # why: breadcrumb coating; filling often has cheese/butter
    ("meal", "caffè macchiato + biscotti Mulino Bianco", "wheat dairy sugar", ""),
    ("meal", "spritz e patatine all'aperitivo", "sugar", ""),  # why: Aperol/Campari are sweetened
    ("meal", "tiramisù della nonna", "wheat dairy sugar", ""),
]

# --- nederlands ---
BLIND30_CASES += [
    ("meal", "boterham met pindakaas en een glas karnemelk", "wheat dairy", "sugar"),  # why: pindakaas is peanut butter (no cheese); karnemelk is buttermilk; bread often has sugar
    ("meal", "twee boterhammen met hagelslag 🤷", "wheat sugar", "dairy soy"),  # why: melk hagelslag has milk; butter usually under it
    ("meal", "stroopwafel bij de koffie", "wheat sugar dairy", ""),
    ("meal", "bitterballen en een biertje in de kroeg", "wheat dairy", "soy corn"),
    ("meal", "frikandel speciaal bij de snackbar", "sugar", "wheat soy corn"),  # why: frikandellen commonly contain breadcrumb and soy protein; curry ketchup sugar
    ("meal", "erwtensoep met rookworst, zelfgemaakt", "", "sugar corn"),
    ("meal", "boekweitpannenkoek met spek, zonder stroop", "", "wheat dairy"),  # why: buckwheat isn't wheat, but many mixes blend in wheat and use milk
    ("meal", "kaas broodje jong belegen op het werk", "wheat dairy", ""),
    ("meal", "kibbeling met knoflooksaus op de markt", "wheat", "soy corn dairy"),  # why: battered fish; fryer oil; garlic sauce mayo or yogurt
    ("meal", "havermout met water en appel, geen suiker", "", ""),
    ("meal", "leverkaas op brood", "wheat", "dairy sugar"),  # why: leverkaas has no cheese but can contain milk protein / dextrose
]

# --- polski ---
BLIND30_CASES += [
    ("meal", "pierogi ruskie z cebulką, 10 sztuk", "wheat dairy", ""),  # why: twaróg in the filling
    ("meal", "kanapka z twarożkiem i rzodkiewką, herbata", "wheat dairy", ""),
    ("meal", "żurek z jajkiem i kiełbasą na obiad", "", "wheat dairy"),  # why: żurek is rye sour, but zakwas mixes and cream vary
    ("meal", "kasza gryczana z sosem grzybowym (bez śmietany)", "", "wheat"),  # why: buckwheat; mushroom sauce may be thickened with flour
    ("meal", "zapiekanka z pieczarkami i serem, z keczupem", "wheat dairy sugar", ""),
    ("meal", "pączek z różą w tłusty czwartek", "wheat dairy sugar", ""),
    ("meal", "kefir i banan po treningu", "dairy", ""),
    ("meal", "kotlet schabowy, ziemniaki, mizeria", "wheat", "dairy"),  # why: breaded cutlet; mizeria often dressed with sour cream
    ("meal", "sałatka z kukurydzą i majonezem", "corn", "soy sugar"),  # why: kukurydza = corn
    ("meal", "barszcz czerwony z uszkami na wigilię", "wheat", "sugar"),  # why: uszka are wheat dumplings
    ("meal", "tylko woda i jabłko, dziś post", "", ""),
]

# --- svenska ---
BLIND30_CASES += [
    ("meal", "kanelbulle och kaffe med mjölk på fikat", "wheat dairy sugar", ""),
    ("meal", "köttbullar med gräddsås, potatis och lingonsylt", "wheat dairy sugar", "soy"),  # why: meatballs with breadcrumbs; gräddsås is often seasoned with soy
    ("meal", "havregrynsgröt med havremjölk och lingon", "", ""),
    ("meal", "filmjölk med flingor", "dairy", "sugar wheat corn"),  # why: breakfast flakes vary (corn/wheat, sweetened)
    ("meal", "knäckebröd med smör och ost", "dairy", "wheat"),  # why: many knäckebröd are rye-only, some add wheat
    ("meal", "lösgodis på fredag, ca 200g", "sugar", "corn dairy soy"),
    ("meal", "prinsesstårta på jobbet, en bit", "wheat dairy sugar", "corn"),  # why: marzipan + cream + sponge; custard often with corn starch
    ("meal", "laxfilé med dillpotatis, mjölkfri", "", ""),
]

# --- mixed-language / code switching ---
BLIND30_CASES += [
    ("meal", "Frühstück: Vollkornbrot mit Avocado, dann ein flat white mit Hafermilch", "", "wheat"),  # why: German Vollkornbrot may be pure rye or mixed with wheat; oat milk not dairy
    ("meal", "lunch = leftover pad see ew, le reste d'hier", "wheat soy sugar", ""),  # why: pad see ew uses dark + light soy sauce and sugar
    ("meal", "una birra e due fette di pizza, then nothing", "wheat dairy", "corn sugar"),  # why: beer malt adjuncts (corn in many lagers); pizza dough sugar varies
    ("meal", "café con leche but wait it was actually soja, la leche de soja", "soy", ""),  # why: correction to soy milk
    ("meal", "broodje gezond aber ohne Käse", "wheat", "sugar soy"),  # why: cheese removed; mayo/sauce often on it
    ("meal", "obiad w kantynie: pasta carbonara", "wheat", "dairy"),  # why: canteen carbonara is often made with cream, authentic with pecorino
    ("meal", "smörgås med leverpastej + gurka, then a coke", "wheat sugar", "dairy corn"),  # why: smör (butter) usually on the bread; leverpastej often has milk
    ("meal", "tea w/ milk, 2 sugars, und ein Butterkeks", "dairy sugar wheat", ""),
]

# --- traps, corrections, negations ---
BLIND30_CASES += [
    ("meal", "steak au poivre w green peppercorn sauce (the cream one)", "dairy", ""),  # why: peppercorn isn't corn; the sauce is cream
    ("meal", "salad w sugar snap peas, radish, olive oil", "", ""),
    ("meal", "had a latte. no wait, it was an oat flat white, no syrup", "", ""),
    ("meal", "toast - gluten free (schär) with butter and jam", "dairy sugar", "corn soy"),  # why: GF bread: corn/rice starch, sometimes soy protein; butter + jam
    ("meal", "husband had the cheesecake, I had the fruit plate", "", ""),
    ("meal", "ordered pizza, picked the toppings off and didn't eat the base. so basically just ham and peppers lol", "", "dairy"),  # why: toppings picked off a cheese pizza still carry cheese residue
    ("meal", "Buchweizenpfannkuchen, nur Buchweizenmehl, Wasser, Salz", "", ""),  # why: Buchweizen is buckwheat, not Weizen
    ("meal", "Erdnussbutter auf Apfelscheiben", "", ""),  # why: peanut butter
    ("meal", "cocoa butter body lotion got in my mouth lmao. anyway had rice and chicken", "", ""),
    ("meal", "apple butter on a rice cake", "", "sugar"),  # why: apple butter isn't dairy but is often sweetened
    ("meal", "chocolate almond milk (silk) w my cereal — cheerios", "sugar corn", ""),  # why: chocolate almond milk is sweetened; Cheerios contain modified corn starch + sugar
    ("meal", "sugar free jello cup", "", "corn"),  # why: maltodextrin/ adipic acid; sugar free claim holds
    ("meal", "no bread, no cheese, no sauce — just the burger patty & pickles", "", "sugar"),  # why: pickles often sweetened (bread & butter style)
    ("meal", "unsweetened soy yoghurt (alpro) with kiwi", "soy", ""),
    ("meal", "1 corn thin with avocado", "corn", ""),
    ("meal", "Maisgrieß-Polenta mit Tomatensoße, ohne Parmesan", "corn", ""),
    ("meal", "drank coconut water and ate some cashews", "", ""),
]

# --- labels: UK supermarkets ---
BLIND30_CASES += [
    ("label", "Tesco Finest All Butter Croissants 4 pack. INGREDIENTS: Wheat Flour (Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin), Butter (Milk) (26%), Water, Sugar, Yeast, Salt, Wheat Gluten, Flour Treatment Agent (Ascorbic Acid). Glaze: Pasteurised Egg. Allergy Advice: For allergens, including cereals containing gluten, see ingredients in bold. May contain sesame and soya. Typical values per croissant (60g): Energy 1040kJ / 249kcal, Fat 14.2g, of which saturates 8.9g, Carbohydrate 25.1g, of which sugars 4.0g, Protein 4.9g, Salt 0.48g", "wheat dairy sugar", "soy"),
    ("label", "Warburtons Toastie White Bread 800g. Ingredients: Wheat Flour [with Calcium, Iron, Niacin (B3) and Thiamin (B1)], Water, Yeast, Salt, Soya Flour, Preservative: Calcium Propionate (added to inhibit mould growth), Vegetable Oils and Fats (Rapeseed and Sustainable Palm), Emulsifiers: E471, E472e, Flour Treatment Agent: Ascorbic Acid (Vitamin C). Allergy Advice: for allergens, see ingredients in bold. Per slice (40g): energy 390kJ 93kcal, fat 0.8g, sat 0.2g, carbs 17.6g, sugars 1.3g, fibre 1.1g, protein 3.6g, salt 0.39g", "wheat soy", ""),  # why: no sugar in ingredients; the 1.3g sugars are from the flour
    ("label", "Heinz Tomato Ketchup 460g - Grown not made. Tomatoes (148g per 100g Tomato Ketchup), Spirit Vinegar, Sugar, Salt, Spice and Herb Extracts (contain Celery), Spice. Nutrition per 100g: Energy 432kJ/102kcal Fat 0.1g Carbohydrate 23.2g of which sugars 22.8g Protein 1.2g Salt 1.8g", "sugar", ""),  # why: UK recipe is sugar, not HFCS
    ("label", "Heinz 50% Less Sugar & Salt Tomato Ketchup. Ingredients: Tomatoes (174g per 100g Tomato Ketchup), Spirit Vinegar, Sugar, Salt, Spice and Herb Extracts (contain Celery), Sweetener - Steviol Glycosides. Contains naturally occurring sugars.", "sugar", ""),  # why: 'less sugar' still lists sugar
    ("label", "McVitie's Milk Chocolate Digestives. Ingredients: Wheat Flour (37%) [Wheat Flour, Calcium, Iron, Niacin, Thiamin], Milk Chocolate (30%) [Sugar, Cocoa Butter, Cocoa Mass, Dried Skimmed Milk, Dried Whey (Milk), Butter Oil (Milk), Vegetable Fat (Palm, Shea), Emulsifiers (Soya Lecithin, E476), Natural Flavouring], Vegetable Oil (Palm), Wholemeal Wheat Flour (10%), Sugar, Glucose-Fructose Syrup, Raising Agents (Sodium Bicarbonate, Malic Acid, Ammonium Bicarbonate), Salt. Allergy advice: see ingredients in bold. May contain oats.", "wheat dairy sugar soy", "corn"),  # why: glucose-fructose syrup source may be corn
    ("label", "Walkers Ready Salted Crisps 6 x 25g. Ingredients: Potatoes, Sunflower Oil (24%), Salt. Nutrition per 25g bag: 548kJ 131kcal, fat 8.0g, sat 0.7g, carb 12.6g, sugars 0.1g, fibre 1.1g, protein 1.6g, salt 0.35g. Gluten free. Suitable for vegetarians and vegans.", "", ""),
    ("label", "Walkers Cheese & Onion 6pk. Potatoes, Vegetable Oils (Sunflower, Rapeseed, in varying proportions), Cheese & Onion Seasoning [Dried Milk Whey, Dried Onion, Salt, Dried Cheese (from Milk), Dextrose, Dried Yeast, Flavouring (contains Milk), Potassium Chloride, Colours (Annatto, Paprika Extract), Acid (Citric Acid)]. ALLERGY ADVICE: For allergens, see ingredients in bold.", "dairy sugar", "corn"),  # why: dextrose is sugar; dextrose/citric acid source possibly corn
    ("label", "Cathedral City Mature Cheddar 350g. Ingredients: Cheddar Cheese (Milk). Allergy Advice: Contains Milk. Suitable for vegetarians. Per 30g: 520kJ 125kcal, fat 10.5g, protein 7.6g, carbs 0.1g, salt 0.5g", "dairy", ""),
    ("label", "Alpro Oat No Sugars Chilled 1L. Ingredients: Water, Oat (10.8%), Chicory Root Fibre, Calcium (Tri-calcium Phosphate), Sea Salt, Stabiliser (Gellan Gum), Vitamins (B2, B12, D2). Dairy free and soya free. May contain traces of nuts (no almonds). Not suitable for people with coeliac disease.", "", ""),  # why: oats are not wheat; soya-free claim holds; coeliac warning is about oats' gluten
    ("label", "Alpro Soya Original 1L. Hulled Soya Beans (8.7%), Water, Sugar, Acidity Regulator (Potassium Phosphates), Calcium (Calcium Carbonate), Stabiliser (Gellan Gum), Sea Salt, Vitamins (Riboflavin (B2), B12, D2). Naturally lactose free.", "soy sugar", ""),
    ("label", "Mr Kipling Exceedingly Good Angel Slices 10 pack. Sugar, Vegetable Oils (Palm, Rapeseed), Wheat Flour (with Calcium, Iron, Niacin, Thiamin), Glucose Syrup, Humectant (Glycerol), Dried Egg White, Emulsifiers (E471, E475, E481, Soya Lecithin), Dextrose, Whey Powder (Milk), Modified Maize Starch, Raising Agents (E450, Sodium Bicarbonate), Skimmed Milk Powder, Salt, Preservative (Potassium Sorbate), Flavouring, Colours (Beetroot Red, Curcumin).", "wheat sugar dairy soy corn", ""),  # why: modified maize starch = corn
    ("label", "Quorn Vegan Pieces 280g. INGREDIENTS: Mycoprotein (86%), Pea Fibre, Potato Protein, Firming Agents: Calcium Chloride, Calcium Acetate. Free from milk and egg. Suitable for vegans. Gluten free.", "", ""),
    ("label", "Quorn Southern Fried Bites. Mycoprotein (52%), Wheat Flour (Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin), Rehydrated Free Range Egg White, Rapeseed Oil, Wheat Starch, Milk Proteins, Salt, Spices, Dextrose, Yeast Extract, Raising Agent: Sodium Bicarbonate, Firming Agents: Calcium Chloride, Calcium Acetate. ALLERGY ADVICE: Contains Wheat, Egg, Milk.", "wheat dairy sugar", "corn"),
    ("label", "Schar Gluten Free White Bread (sliced). Ingredients: water, maize starch, sourdough (rice flour, water), rice flour, vegetable fibres (psyllium, apple), rice syrup, soya protein, sugar beet syrup, millet flour, thickener: hydroxypropyl methylcellulose, yeast, rapeseed oil, salt, buckwheat flour, honey. May contain traces of lupin.", "corn soy sugar", ""),  # why: maize starch, soya protein, rice syrup; gluten free so no wheat
    ("label", "Schär Ciabatta Rustica, gluten free. Ingredients: Corn starch, water, sourdough (rice flour, water), wheat starch, rice flour, sugar, vegetable fibres (psyllium), yeast, sunflower oil, thickener: hydroxypropyl methylcellulose, salt. Contains: wheat starch (gluten-free according to Codex).", "corn wheat sugar", ""),  # why: Codex wheat starch is still wheat even when gluten free
    ("label", "Old El Paso Stand 'N' Stuff Soft Flour Tortillas 8 pack. Wheat Flour (73%) (Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin), Water, Vegetable Oils (Palm, Rapeseed), Humectant (Glycerol), Raising Agents (Diphosphates, Sodium Carbonates), Acidity Regulator (Malic Acid), Sugar, Preservative (Calcium Propionate, Potassium Sorbate), Emulsifier (Mono- and Diglycerides of Fatty Acids), Salt.", "wheat sugar", ""),
    ("label", "Old El Paso Crunchy Taco Shells 12. Corn Flour (98%), Vegetable Oils (Palm and/or Sunflower), Antioxidant (Tocopherols). Gluten free.", "corn", ""),
    ("label", "Müller Corner Strawberry Yogurt 124g. Yogurt (Milk), Strawberry Fruit Preparation (20%) [Sugar, Strawberries (7%), Water, Glucose Syrup, Maize Starch, Acidity Regulators (Citric Acid, Sodium Citrates), Flavourings, Concentrated Black Carrot Juice], Sugar, Whey Protein (Milk), Flavourings.", "dairy sugar corn", ""),  # why: maize starch named; glucose syrup is sugar
    ("label", "Yeo Valley Organic Natural Yoghurt 500g. Organic Whole Milk Yogurt, Live cultures: Bifidobacterium, Lactobacillus Acidophilus, Streptococcus Thermophilus. Nutrition per 100g: energy 343kJ/82kcal fat 4.2g carbohydrate 6.5g of which sugars 6.5g protein 4.6g.", "dairy", ""),  # why: sugars listed are lactose, nothing added
    ("label", "Hovis Granary Wholemeal Bread 800g. Wholemeal Wheat Flour, Water, Malted Wheat Flakes (7%), Wheat Protein, Yeast, Salt, Malted Barley Flour, Soya Flour, Spirit Vinegar, Emulsifiers: E472e, Caramelised Sugar, Vegetable Oil (Rapeseed, Palm), Flour Treatment Agent: Ascorbic Acid. May contain sesame.", "wheat soy sugar", ""),  # why: caramelised sugar is processed sugar
    ("label", "Rowse Pure & Natural Honey Squeezy 340g. 100% pure honey. Blend of EU and non-EU honey. Suitable for vegetarians.", "", "sugar"),  # why: honey is a natural sweetener — flagged possible per the diet notes
    ("label", "Bisto Best Rich Roast Chicken Gravy Granules. Potato Starch, Maltodextrin, Salt, Palm Fat, Chicken Fat (4%), Flavourings (contain Wheat), Onion Powder, Colour (Ammonia Caramel), Sugar, Dried Chicken, Emulsifier (Soya Lecithin), Sage. ALLERGENS: Wheat, Soya.", "wheat soy sugar", "corn"),
    ("label", "Lurpak Lighter Spreadable Slightly Salted 500g. Butter (49%), Water, Vegetable Oil (Rapeseed), Buttermilk, Salt (1.4%), Starch (Modified), Lactic Culture.", "dairy", "corn wheat"),  # why: unqualified modified starch
    ("label", "Flora Plant B+tter Salted. Plant Oils (Shea, Rapeseed, Coconut), Water, Salt (1.5%), Faba Bean Preparation, Emulsifier (Sunflower Lecithin), Natural Flavourings, Colour (Carotenes). 100% Plant Based. Dairy free.", "", ""),  # why: 'butter' spelled out but dairy free, sunflower lecithin
    ("label", "Coca-Cola Original Taste 330ml can. Carbonated Water, Sugar, Colour (Caramel E150d), Acid (Phosphoric Acid), Natural Flavourings including Caffeine. High caffeine content. Not recommended for children or pregnant or breast-feeding women. Per 330ml: 586kJ/139kcal, sugars 35g", "sugar", "corn"),  # why: caramel colour source
    ("label", "Diet Coke 330ml. Carbonated Water, Colour (Caramel E150d), Sweeteners (Aspartame, Acesulfame K), Natural Flavourings including Caffeine, Acids (Phosphoric Acid, Citric Acid), Acidity Regulator (Sodium Citrate). Contains a source of Phenylalanine.", "", "corn"),
    ("label", "Nakd Cocoa Orange Fruit & Nut Bar 35g. Dates (49%), Cashews (31%), Raisins (16%), Cocoa (3%), Natural Orange Flavouring. No added sugar. Wheat, dairy & gluten free. Vegan. May contain traces of peanuts and other nuts.", "", ""),
    ("label", "Ambrosia Devon Custard 400g. Skimmed Milk, Buttermilk, Sugar, Modified Starch, Palm Oil, Whey (Milk), Natural Flavouring, Colours (Curcumin, Annatto Norbixin). Contains milk.", "dairy sugar", "corn wheat"),
]

# --- labels: US and Canada ---
BLIND30_CASES += [
    ("label", "Nature's Own Honey Wheat Bread 20 oz. INGREDIENTS: WHOLE WHEAT FLOUR, ENRICHED WHEAT FLOUR (FLOUR, BARLEY MALT, NIACIN, IRON, THIAMIN MONONITRATE, RIBOFLAVIN, FOLIC ACID), WATER, SUGAR, WHEAT GLUTEN, HONEY, YEAST, CONTAINS 2% OR LESS OF: SOYBEAN OIL, SALT, MOLASSES, DOUGH CONDITIONERS (CONTAINS ONE OR MORE OF THE FOLLOWING: MONO- AND DIGLYCERIDES, CALCIUM PEROXIDE, DATEM), CULTURED WHEAT FLOUR, VINEGAR, CITRIC ACID, SOY LECITHIN, CALCIUM SULFATE. CONTAINS: WHEAT, SOY.", "wheat sugar soy", "corn"),  # why: citric acid possible corn
    ("label", "Kraft Macaroni & Cheese Dinner Original 7.25 oz. Ingredients: Enriched Macaroni Product (Wheat Flour, Durum Flour, Niacin, Ferrous Sulfate [Iron], Thiamin Mononitrate [Vitamin B1], Riboflavin [Vitamin B2], Folic Acid); Cheese Sauce Mix (Whey, Milkfat, Milk Protein Concentrate, Salt, Sodium Triphosphate, Contains Less Than 2% of Citric Acid, Lactic Acid, Sodium Phosphate, Calcium Phosphate, Paprika, Turmeric, and Annatto (Color), Enzymes, Cheese Culture). CONTAINS: WHEAT, MILK. NO ARTIFICIAL FLAVORS, PRESERVATIVES OR DYES", "wheat dairy", "corn"),
    ("label", "Cheerios - Heart healthy, Gluten Free. INGREDIENTS: Whole Grain Oats, Corn Starch, Sugar, Salt, Tripotassium Phosphate. Vitamin E (mixed tocopherols) Added to Preserve Freshness. Nutrition Facts serving size 1 1/2 cup (39g) Calories 140 Total Fat 2.5g Sodium 190mg Total Carb 29g Dietary Fiber 4g Total Sugars 2g Includes 2g Added Sugars Protein 5g", "corn sugar", ""),  # why: labelled GF so oats' wheat cross-contact is handled
    ("label", "Kellogg's Frosted Flakes. Ingredients: Milled corn, sugar, contains 2% or less of malt flavor, salt. BHT for freshness. Vitamins and Minerals: Iron (ferric phosphate), niacinamide, vitamin B6 (pyridoxine hydrochloride), vitamin B1 (thiamin hydrochloride), vitamin A palmitate, folic acid, vitamin D, vitamin B12.", "corn sugar", "wheat"),  # why: malt flavor is barley, often flagged with wheat
    ("label", "Skippy Creamy Peanut Butter 16.3 oz. INGREDIENTS: ROASTED PEANUTS, SUGAR, HYDROGENATED VEGETABLE OILS (COTTONSEED, SOYBEAN AND RAPESEED) TO PREVENT SEPARATION, SALT. CONTAINS: PEANUTS.", "sugar soy", ""),  # why: peanut butter isn't dairy; soybean oil listed
    ("label", "Smucker's Natural Creamy Peanut Butter. Ingredients: Peanuts, contains 1% or less of Salt. Stir before serving. Refrigerate after opening.", "", ""),
    ("label", "Coffee mate The Original Powder Creamer. INGREDIENTS: CORN SYRUP SOLIDS, HYDROGENATED VEGETABLE OIL (COCONUT AND/OR PALM KERNEL AND/OR SOYBEAN), LESS THAN 2% OF SODIUM CASEINATE (A MILK DERIVATIVE)**, MONO- AND DIGLYCERIDES, DIPOTASSIUM PHOSPHATE, SODIUM ALUMINOSILICATE, ARTIFICIAL FLAVOR, ANNATTO COLOR. **NOT A SOURCE OF LACTOSE. CONTAINS MILK.", "corn sugar dairy", "soy"),  # why: 'non-dairy' creamer with caseinate; soybean oil listed only as and/or
    ("label", "Silk Unsweetened Almond Milk, Dairy-Free, Soy-Free. ALMONDMILK (FILTERED WATER, ALMONDS), CALCIUM CARBONATE, SEA SALT, POTASSIUM CITRATE, SUNFLOWER LECITHIN, GELLAN GUM, VITAMIN A PALMITATE, VITAMIN D2, DL-ALPHA-TOCOPHEROL ACETATE (VITAMIN E). CONTAINS: ALMONDS.", "", ""),
    ("label", "Silk Original Soymilk. SOYMILK (FILTERED WATER, SOYBEANS), CANE SUGAR, CONTAINS 1% OR LESS OF: VITAMIN AND MINERAL BLEND, SEA SALT, NATURAL FLAVOR, GELLAN GUM, ASCORBIC ACID. CONTAINS: SOY.", "soy sugar", ""),
    ("label", "Kikkoman Gluten-Free Tamari Soy Sauce. Ingredients: Water, Soybeans, Salt, Sugar, Alcohol (to preserve freshness). Certified gluten free. Contains: Soy.", "soy sugar", ""),  # why: wheat-free tamari, but this one has sugar
    ("label", "Kikkoman Soy Sauce 15 fl oz - naturally brewed. Water, wheat, soybeans, salt, sodium benzoate: less than 1/10 of 1% as a preservative. CONTAINS: WHEAT, SOY.", "wheat soy", ""),
    ("label", "San-J Tamari Gluten Free Soy Sauce, Reduced Sodium, made with 100% soy, no wheat. INGREDIENTS: WATER, ORGANIC SOYBEANS, SALT, ORGANIC ALCOHOL (TO PRESERVE FRESHNESS). Contains: Soy", "soy", ""),
    ("label", "Mission Super Soft Yellow Corn Tortillas, 30 ct. Corn Masa Flour, Water, Contains 2% or less of: Cellulose Gum, Propionic Acid, Benzoic Acid, Phosphoric Acid (Preservatives), Guar Gum, Amylase. Gluten Free.", "corn", ""),
    ("label", "Mission Carb Balance Flour Tortillas. WATER, MODIFIED WHEAT STARCH, WHEAT PROTEIN ISOLATE, WHEAT GLUTEN, VEGETABLE SHORTENING (INTERESTERIFIED SOYBEAN OIL, HYDROGENATED SOYBEAN OIL AND/OR PALM OIL), CONTAINS 2% OR LESS OF: BAKING SODA, SALT, SODIUM ALUMINUM SULFATE, CORN STARCH, FUMARIC ACID, ENZYMES. CONTAINS: WHEAT.", "wheat soy corn", ""),
    ("label", "Oscar Mayer Classic Uncured Wieners. INGREDIENTS: MECHANICALLY SEPARATED TURKEY, PORK, WATER, CONTAINS LESS THAN 2% OF SALT, CULTURED CELERY JUICE, VINEGAR, SUGAR, FLAVOR, CHERRY POWDER, DRIED CORN SYRUP. No artificial preservatives.", "sugar corn", ""),
    ("label", "Tofurky Plant-Based Deli Slices Hickory Smoked. INGREDIENTS: WATER, VITAL WHEAT GLUTEN, ORGANIC TOFU (WATER, ORGANIC SOYBEANS, MAGNESIUM CHLORIDE, CALCIUM CHLORIDE), EXPELLER PRESSED CANOLA OIL, NATURAL VEGAN FLAVORS, CONTAINS 2% OR LESS OF: CANE SUGAR, SEA SALT, CARRAGEENAN, KONJAC, TAPIOCA STARCH. CONTAINS: WHEAT, SOY.", "wheat soy sugar", ""),
    ("label", "Impossible Burger Plant-Based Ground Beef. Water, Soy Protein Concentrate, Coconut Oil, Sunflower Oil, Natural Flavors, 2% or less of: Potato Protein, Methylcellulose, Yeast Extract, Cultured Dextrose, Food Starch Modified, Soy Leghemoglobin, Salt, Mixed Tocopherols (Antioxidant), Soy Protein Isolate, Vitamins and Minerals. CONTAINS: SOY. Gluten-free.", "soy sugar", "corn"),  # why: cultured dextrose is dextrose; food starch modified but GF, so corn only
    ("label", "Beyond Burger Plant Based Patties 2 ct. Water, Pea Protein*, Expeller-Pressed Canola Oil, Refined Coconut Oil, Rice Protein, Natural Flavors, Dried Yeast, Cocoa Butter, Methylcellulose, and less than 1% of Potato Starch, Salt, Potassium Chloride, Beet Juice Color, Apple Extract, Pomegranate Concentrate, Sunflower Lecithin, Vinegar, Lemon Juice Concentrate, Vitamins and Minerals. *Peas are legumes. No soy or gluten. Dairy free.", "", ""),  # why: cocoa butter isn't dairy
    ("label", "Quest Protein Bar Chocolate Chip Cookie Dough. PROTEIN BLEND (MILK PROTEIN ISOLATE, WHEY PROTEIN ISOLATE), SOLUBLE CORN FIBER, ALMONDS, WATER, ERYTHRITOL, UNSWEETENED CHOCOLATE, CONTAINS LESS THAN 2% OF: COCOA BUTTER, NATURAL FLAVORS, SEA SALT, SUCRALOSE, STEVIA SWEETENER. CONTAINS MILK AND ALMONDS. 1g SUGAR.", "dairy corn", ""),  # why: sweetened with erythritol/sucralose, no sugar
    ("label", "CLIF BAR Crunchy Peanut Butter. ORGANIC BROWN RICE SYRUP, ORGANIC ROLLED OATS, SOY PROTEIN ISOLATE, ORGANIC ROASTED SOYBEANS, ORGANIC PEANUT BUTTER, ORGANIC CANE SUGAR, PEANUTS, ORGANIC SOY FLOUR, RICE FLOUR, ORGANIC DRY ROASTED PEANUTS, ORGANIC OAT FIBER, SEA SALT, NATURAL FLAVORS, BARLEY MALT EXTRACT. CONTAINS PEANUTS AND SOY. MAY CONTAIN TREE NUTS, WHEAT AND MILK.", "sugar soy", "wheat dairy"),
    ("label", "Gatorade Thirst Quencher Fruit Punch 20 FL OZ. WATER, SUGAR, DEXTROSE, CITRIC ACID, SALT, SODIUM CITRATE, MONOPOTASSIUM PHOSPHATE, MODIFIED FOOD STARCH, NATURAL FLAVOR, RED 40, GLYCEROL ESTER OF ROSIN, CARAMEL COLOR.", "sugar", "corn wheat"),  # why: dextrose/citric acid/caramel/modified food starch possibly corn; starch may be wheat
    ("label", "Ben & Jerry's Chocolate Chip Cookie Dough pint. CREAM, SKIM MILK, LIQUID SUGAR (SUGAR, WATER), WATER, WHEAT FLOUR, BROWN SUGAR, SUGAR, EGG YOLKS, CORN SYRUP, BUTTER (CREAM, SALT), COCONUT OIL, SOYBEAN OIL, COCOA (PROCESSED WITH ALKALI), EGGS, MILK FAT, SALT, NATURAL FLAVOR, GUAR GUM, VANILLA EXTRACT, SOY LECITHIN, MOLASSES, CARRAGEENAN. CONTAINS: MILK, EGGS, WHEAT AND SOY.", "dairy sugar wheat corn soy", ""),
    ("label", "Hellmann's Real Mayonnaise 30 oz. SOYBEAN OIL, WATER, WHOLE EGGS AND EGG YOLKS, VINEGAR, SALT, SUGAR, LEMON JUICE CONCENTRATE, CALCIUM DISODIUM EDTA (USED TO PROTECT QUALITY), NATURAL FLAVORS. CONTAINS: EGG.", "soy sugar", ""),
    ("label", "Sweet Baby Ray's Barbecue Sauce Original. INGREDIENTS: HIGH FRUCTOSE CORN SYRUP, DISTILLED VINEGAR, TOMATO PASTE, MODIFIED FOOD STARCH, CONTAINS LESS THAN 2% OF SALT, PINEAPPLE JUICE CONCENTRATE, NATURAL SMOKE FLAVOR, SPICES, CARAMEL COLOR, SODIUM BENZOATE (PRESERVATIVE), MOLASSES, CORN SYRUP, SUGAR, TAMARIND, NATURAL FLAVOR. Gluten Free.", "corn sugar", ""),  # why: GF label so the modified food starch isn't wheat
    ("label", "Goldfish Cheddar Crackers. MADE WITH SMILES AND: ENRICHED WHEAT FLOUR (FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), CHEDDAR CHEESE ([CULTURED MILK, SALT, ENZYMES], ANNATTO), VEGETABLE OILS (CANOLA, SUNFLOWER AND/OR SOYBEAN), SALT, CONTAINS 2% OR LESS OF: YEAST, SUGAR, AUTOLYZED YEAST EXTRACT, ONION POWDER, SPICES, LEAVENING, CELERY. CONTAINS WHEAT, MILK.", "wheat dairy sugar", "soy"),
    ("label", "Lay's Classic Potato Chips. Potatoes, Vegetable Oil (Sunflower, Corn, and/or Canola Oil), and Salt. No artificial flavors. Gluten free.", "", "corn"),  # why: and/or oil list
    ("label", "Tostitos Original Restaurant Style Tortilla Chips. Corn, Vegetable Oil (Corn, Canola, and/or Sunflower Oil), Salt. Gluten free. Made in a facility that also makes products with wheat and milk.", "corn", "wheat dairy"),
    ("label", "Jell-O Sugar Free Strawberry Gelatin Dessert. GELATIN, ADIPIC ACID, CONTAINS LESS THAN 2% OF DISODIUM PHOSPHATE, MALTODEXTRIN (FROM CORN), SODIUM CITRATE, FUMARIC ACID, ASPARTAME, ARTIFICIAL FLAVOR, ACESULFAME POTASSIUM, SALT, RED 40. PHENYLKETONURICS: CONTAINS PHENYLALANINE.", "corn", ""),  # why: maltodextrin stated as from corn; sugar free holds
    ("label", "Tim Hortons Original Blend Fine Grind Coffee 930g. 100% Arabica coffee. Ingredients: roasted ground coffee.", "", ""),
    ("label", "PC Blue Menu Multigrain Bagels, 6 bagels / bagels multigrains. INGREDIENTS: Whole wheat flour, water, enriched wheat flour, multigrain blend (oats, flax seeds, rye flakes, barley, millet, triticale), sugar, wheat gluten, yeast, salt, barley malt syrup, canola oil, vinegar. CONTAINS: WHEAT, BARLEY, OATS. MAY CONTAIN: MILK, SESAME, SOY. / CONTIENT : BLÉ, ORGE, AVOINE. PEUT CONTENIR : LAIT, SÉSAME, SOYA.", "wheat sugar", "dairy soy"),
    ("label", "Ritz Crackers Original. UNBLEACHED ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE {VITAMIN B1}, RIBOFLAVIN {VITAMIN B2}, FOLIC ACID), SOYBEAN OIL, SUGAR, PALM OIL, SALT, LEAVENING (CALCIUM PHOSPHATE, BAKING SODA), HIGH FRUCTOSE CORN SYRUP, SOY LECITHIN. CONTAINS: WHEAT, SOY.", "wheat soy sugar corn", ""),
    ("label", "Enlightened Keto Chocolate Peanut Butter Chip Ice Cream. INGREDIENTS: MILK, CREAM, ALLULOSE, ERYTHRITOL, SOLUBLE CORN FIBER, MILK PROTEIN CONCENTRATE, PEANUT BUTTER CHIPS (PEANUTS, MONK FRUIT, PALM OIL, COCOA BUTTER, SUNFLOWER LECITHIN), COCOA PROCESSED WITH ALKALI, VEGETABLE GLYCERIN, CAROB BEAN GUM, GUAR GUM, SALT. NO SUGAR ADDED. CONTAINS: MILK, PEANUTS. MAY CONTAIN: SOY, WHEAT, EGGS.", "dairy corn", "soy wheat"),  # why: allulose/erythritol aren't processed sugar per label; no-sugar claim holds
]

# --- labels: Germany / Austria / Switzerland ---
BLIND30_CASES += [
    ("label", "Harry Sammy Sandwich Weizen 500g. Zutaten: Weizenmehl, Wasser, Hefe, Zucker, Rapsöl, Weizengluten, Salz, Emulgatoren (Mono- und Diglyceride von Speisefettsäuren, Mono- und Diacetylweinsäureester von Mono- und Diglyceriden von Speisefettsäuren), Säuerungsmittel Essigsäure, Konservierungsstoff Calciumpropionat, Mehlbehandlungsmittel Ascorbinsäure. Kann Spuren von Sesam, Soja und Milch enthalten. Nährwerte je 100g: Energie 1098 kJ / 260 kcal, Fett 3,5 g, davon gesättigte Fettsäuren 0,4 g, Kohlenhydrate 47 g, davon Zucker 4,9 g, Eiweiß 8,4 g, Salz 1,1 g", "wheat sugar", "soy dairy"),
    ("label", "Mestemacher Roggen-Vollkornbrot 500g. Zutaten: Roggenvollkornschrot 88%, Wasser, Meersalz, Hefe. Ohne Konservierungsstoffe. Nährwerte pro 100g: Brennwert 816kJ/194kcal, Fett 1,0g, Kohlenhydrate 37,0g, davon Zucker 2,9g, Ballaststoffe 8,7g, Eiweiß 4,9g, Salz 1,2g. Kann Spuren von Weizen enthalten.", "", "wheat"),  # why: rye only; may-contain wheat
    ("label", "Ja! Buchweizenmehl 500g. Zutaten: Buchweizen. Glutenfrei. Kann Spuren von Weizen, Roggen, Gerste, Hafer und Soja enthalten.", "", "wheat soy"),  # why: Buchweizen is buckwheat; traces line only
    ("label", "Milka Alpenmilch Schokolade 100g. Zutaten: Zucker, Kakaobutter, Magermilchpulver, Kakaomasse, Süßmolkenpulver (aus Milch), Butterreinfett, Haselnussmasse, Emulgator (Sojalecithine), Aroma. Kakao: 30% mindestens. Kann andere Nüsse und Weizen enthalten.", "sugar dairy soy", "wheat"),
    ("label", "Ritter Sport Kakao-Klasse Die Kräftige 74% 100g. Zutaten: Kakaomasse, Zucker, Kakaobutter, Emulgator: Lecithine (Soja). Kann Spuren von Milch, Nüssen, Gluten enthalten. vegan.", "sugar soy", "dairy wheat"),
    ("label", "Haribo Goldbären 200g. Zutaten: Glukosesirup, Zucker, Gelatine, Dextrose, Fruchtsaft aus Fruchtsaftkonzentrat: Apfel, Erdbeere, Himbeere, Orange, Zitrone, Ananas; Säuerungsmittel: Citronensäure; Frucht- und Pflanzenkonzentrate: Färberdistel, Spirulina, Apfel, Holunderbeere, Orange, schwarze Johannisbeere, Kiwi, Zitrone, Aronia, Mango, Passionsfrucht, Traube; Aroma; Überzugsmittel: Bienenwachs weiß und gelb, Carnaubawachs. Brennwert 1453 kJ.", "sugar", "corn wheat"),  # why: Glukosesirup/Dextrose source unstated (corn or wheat)
    ("label", "Müller Müllermilch Schoko 400ml. Zutaten: Milch (1,5% Fett), Zucker, Magermilchpulver, Kakao (1,2%), modifizierte Stärke, Stabilisator Carrageen. Nährwerte je 100 ml: 74 kcal, Zucker 11,0 g.", "dairy sugar", "corn wheat"),
    ("label", "Ehrmann High Protein Pudding Vanille 200g. Zutaten: Magermilch, Milcheiweiß, modifizierte Stärke (Mais), Süßungsmittel (Acesulfam K, Sucralose), Verdickungsmittel (Carrageen), Aroma, Farbstoff (Carotin). Ohne Zuckerzusatz. Enthält von Natur aus Zucker.", "dairy corn", ""),  # why: no added sugar; corn starch named
    ("label", "Alnatura Hafer Drink Natur 1L, ohne Zuckerzusatz*. Zutaten: Wasser, Hafer* 12%, Sonnenblumenöl*, Meersalz. *aus biologischem Anbau. Enthält von Natur aus Zucker. Kann Spuren von Soja enthalten.", "", "soy"),
    ("label", "Provamel Soja Drink Natur ungesüßt. Zutaten: Wasser, geschälte Sojabohnen* (8%). *aus biologischem Anbau. Ohne Zucker. Laktosefrei.", "soy", ""),
    ("label", "Maggi Würze 250ml. Zutaten: Wasser, Salz, Weizeneiweiß, Geschmacksverstärker (Mononatriumglutamat, Dinatriuminosinat), Zucker, Aroma, Säuerungsmittel (Milchsäure). Enthält: Weizen (Gluten).", "wheat sugar", ""),  # why: Milchsäure is lactic acid, not milk
    ("label", "Knorr Fix für Spaghetti Bolognese. Zutaten: Tomatenpulver (36%), Zucker, Weizenmehl, Salz, Kartoffelstärke, Speisestärke, Zwiebeln, Rapsöl, Hefeextrakt, Gewürze (Paprika, Knoblauch, Oregano, Pfeffer), Aroma, Karottenpulver. Kann Milch, Ei, Sellerie, Senf und Soja enthalten.", "sugar wheat", "corn dairy soy"),  # why: Speisestärke unqualified, often corn
    ("label", "Rügenwalder Mühle Vegane Mühlen Frikadellen. Zutaten: Wasser, Sojaproteinkonzentrat (15%), Rapsöl, Zwiebeln, Paniermehl (Weizenmehl, Salz, Hefe), Weizenstärke, Verdickungsmittel Methylcellulose, Gewürze, Salz, Dextrose, Hefeextrakt. Vegan.", "soy wheat sugar", "corn"),
    ("label", "Bahlsen Leibniz Butterkeks 200g. Zutaten: Weizenmehl, Zucker, Butter 12,5%, Glukosesirup, Magermilchpulver, Salz, Backtriebmittel Natriumcarbonate, Säuerungsmittel Citronensäure. Kann Spuren von Ei, Sesam und Soja enthalten.", "wheat sugar dairy", "corn soy"),
    ("label", "Zott Sahne Joghurt Erdbeere. Joghurt mild (Milch), Sahne, Zucker, Erdbeeren 8%, Glukose-Fructose-Sirup, modifizierte Stärke, Verdickungsmittel Pektin, Aroma, färbendes Lebensmittel Karottenkonzentrat.", "dairy sugar", "corn wheat"),
    ("label", "Lorenz Erdnußlocken Classic. Zutaten: Maisgrieß, Sonnenblumenöl, Erdnüsse 20%, Salz. Kann Spuren von Milch, Weizen, Sellerie und Senf enthalten.", "corn", "dairy wheat"),
    ("label", "Kölln Echte Kernige Haferflocken 500g. Zutaten: Haferflocken (100%). Kann Spuren von Gluten aus Weizen, Gerste, Roggen und Dinkel enthalten.", "", "wheat"),
    ("label", "Seitenbacher Müsli Sport Energy Müsli #508. Zutaten: Haferflocken, Weizenflocken, Rosinen, Bananenchips (Bananen, Kokosfett, Honig), Haselnüsse, Datteln, Apfel, Sonnenblumenkerne. Ohne Zuckerzusatz (enthält von Natur aus Zucker).", "wheat", "sugar"),  # why: honey on banana chips
    ("label", "Almdudler Kräuterlimonade Original 0,5l. Zutaten: Wasser, Zucker, Kohlensäure, Säuerungsmittel Citronensäure, natürliches Alpenkräuteraroma, Farbstoff Zuckerkulör.", "sugar", "corn"),  # why: Zuckerkulör = caramel colour
    ("label", "Paulaner Hefe-Weißbier Naturtrüb 0,5l. Zutaten: Wasser, Weizenmalz, Gerstenmalz, Hopfen, Hefe. Alc. 5,5% vol. Enthält Gluten.", "wheat", ""),
    ("label", "Gut&Günstig Mais extra zart 285g Dose. Zutaten: Mais, Wasser, Zucker, Salz. Abtropfgewicht 285g.", "corn sugar", ""),
    ("label", "Dr. Oetker Ristorante Pizza Mozzarella. Zutaten: Weizenmehl, Tomatenpüree (19%), Mozzarella (18%), Wasser, Edamer (5%), Tomaten, pflanzliches Öl (Raps, Sonnenblume), Zwiebeln, Hefe, Salz, Zucker, Basilikum, Knoblauch, Oregano, Stärke, Gewürze, Aroma. Enthält Weizen, Milch. Kann Spuren von Ei, Soja, Senf enthalten.", "wheat dairy sugar", "soy corn"),
    ("label", "Ja! Zuckerfreie Kaugummis Pfefferminz. Zutaten: Süßungsmittel (Sorbit, Maltit, Xylit, Aspartam, Acesulfam K), Kaumasse, Aroma, Verdickungsmittel Gummi arabicum, Überzugsmittel Carnaubawachs, Emulgator Sojalecithin, Antioxidationsmittel BHA. Kann bei übermäßigem Verzehr abführend wirken. Enthält eine Phenylalaninquelle.", "soy", "corn"),  # why: sugar free; sorbitol possible corn
]

# --- labels: France / Belgium / Switzerland (FR) ---
BLIND30_CASES += [
    ("label", "Harrys Pain de Mie 100% Mie Nature. Ingrédients : farine de blé, eau, sucre, huile de colza, levure, gluten de blé, sel, vinaigre, conservateur : propionate de calcium, émulsifiant : mono- et diglycérides d'acides gras. Peut contenir des traces de lait, soja, sésame et œuf.", "wheat sugar", "dairy soy"),
    ("label", "Président Camembert 250g. Lait cru de vache, sel, ferments lactiques, présure, ferments d'affinage. Lait: origine France.", "dairy", ""),
    ("label", "Bonne Maman Confiture Fraises 370g. Ingrédients : fraises, sucre de canne, sucre, jus de citron concentré, gélifiant : pectines de fruits. Préparée avec 50g de fruits pour 100g.", "sugar", ""),
    ("label", "Nutella pot 750g. Ingrédients : sucre, huile de palme, NOISETTES 13%, LAIT écrémé en poudre 8,7%, cacao maigre 7,4%, émulsifiants : lécithines [SOJA], vanilline. Valeurs nutritionnelles pour 100g: énergie 2252kJ/539kcal; matières grasses 30,9g dont acides gras saturés 10,6g; glucides 57,5g dont sucres 56,3g; protéines 6,3g; sel 0,107g.", "sugar dairy soy", ""),
    ("label", "Lu Petit Beurre. Farine de blé 71%, sucre, beurre pâtissier 13,6% (lait), lait écrémé en poudre 1,3%, sel, poudres à lever (carbonates d'ammonium, carbonates de sodium, diphosphates), acidifiant : acide citrique. Peut contenir : œuf, soja, fruits à coque, sésame.", "wheat sugar dairy", "soy corn"),
    ("label", "Cristaline Eau de source. Minéralisation: calcium 71, magnésium 5,5, sodium 11,2. Convient pour la préparation des aliments des nourrissons.", "", ""),
    ("label", "Bjorg Boisson Avoine nature Bio 1L. Ingrédients : eau, avoine* 13%, huile de tournesol*, sel marin. *issu de l'agriculture biologique. Sans lactose, sans soja. Contient du gluten (avoine).", "", ""),  # why: oat gluten isn't wheat
    ("label", "Bonduelle Maïs Doux croquant sans sucres ajoutés 3x140g. Ingrédients : maïs doux, eau, sel. Sans sucres ajoutés*. *Contient des sucres naturellement présents.", "corn", ""),
    ("label", "St Michel Galettes Pur Beurre. Farine de blé 66%, beurre pâtissier 22% (lait), sucre, œufs frais, sel de Guérande, poudre à lever (bicarbonate de sodium). Traces éventuelles de soja et fruits à coque.", "wheat dairy sugar", "soy"),
    ("label", "Herta Le Bon Paris jambon cuit supérieur -25% sel. Ingrédients : jambon de porc, sel, dextrose, bouillon (eau, arômes naturels, carotte, oignon, poireau), antioxydant : érythorbate de sodium, conservateur : nitrite de sodium. Sans polyphosphates.", "sugar", "corn"),  # why: dextrose is sugar; source possibly corn
    ("label", "Sojasun Dessert végétal au soja saveur vanille. Ingrédients : eau, graines de soja décortiquées 7,8%, sucre, amidon de maïs, phosphate tricalcique, arôme naturel, épaississant : carraghénanes, colorant : caroténoïdes. Sans lactose.", "soy sugar corn", ""),
    ("label", "Carte d'Or Sorbet Citron. eau, sucre, sirop de glucose, jus de citron (16%), dextrose, stabilisants (gomme de caroube, gomme de guar), arôme, extrait de citron. Peut contenir : lait.", "sugar", "corn dairy"),
    ("label", "Galettes de riz soufflé Gerblé, sans gluten. Riz complet 98%, graines de sésame, sel. Peut contenir des traces de soja. ", "", "soy"),
    ("label", "Pâte brisée Herta prête à dérouler. Farine de blé 53%, margarine végétale (huiles et graisses végétales non hydrogénées (palme, colza), eau, émulsifiant : mono- et diglycérides d'acides gras, acidifiant : acide citrique), eau, alcool, sel, sucre, correcteur d'acidité : acide citrique. Peut contenir des traces de lait, œuf, soja.", "wheat sugar", "dairy soy corn"),
    ("label", "Monoprix Bio Polenta précuite 500g. Semoule de maïs précuite* 100%. *Ingrédient issu de l'agriculture biologique. Peut contenir des traces de gluten.", "corn", "wheat"),
]

# --- labels: Spain ---
BLIND30_CASES += [
    ("label", "Bimbo Pan de Molde Blanco sin corteza. Ingredientes: harina de trigo, agua, azúcar, aceite de girasol, levadura, gluten de trigo, sal, harina de soja, conservadores (E-282, E-200), emulgentes (E-471, E-481), corrector de acidez (E-260), antioxidante (E-300). Puede contener trazas de sésamo y leche.", "wheat sugar soy", "dairy"),
    ("label", "Cola Cao Original 760g. Ingredientes: azúcar, cacao desgrasado soluble (cacao desgrasado, corrector de acidez: carbonato potásico), harina de trigo y malteada, sales minerales (fosfato cálcico y magnésico), sal, aroma (vainillina). Puede contener trazas de leche.", "sugar wheat", "dairy"),
    ("label", "Hacendado Gazpacho Tradicional 1L. Tomate (80%), pepino, pimiento, aceite de oliva virgen extra (3%), vinagre de vino, ajo, sal. Sin gluten. Sin conservantes.", "", ""),
    ("label", "ColaCao 0% azúcares añadidos. Ingredientes: cacao desgrasado soluble, harina de trigo y malteada, fibra (inulina), edulcorantes (sucralosa, acesulfamo K), maltodextrina, aroma. Contiene gluten. Puede contener leche.", "wheat", "corn dairy"),  # why: no added sugar; maltodextrin possible corn
    ("label", "Danone Actimel Natural 6x100g. Leche desnatada, azúcar, leche entera en polvo, dextrosa, fermentos lácticos (L. casei Danone 10^10), vitaminas B6 y D. Conservar en frío.", "dairy sugar", "corn"),
    ("label", "Tortillas de Maíz Hacendado 8 uds, 100% maíz, sin gluten. Ingredientes: harina de maíz nixtamalizado, agua, sal, conservadores (sorbato potásico, propionato cálcico), espesante (goma xantana), acidulante (ácido cítrico).", "corn", ""),
    ("label", "Tortilla de patatas con cebolla Palacios 600g. Ingredientes: patata (69%), huevo campero pasteurizado (23%), cebolla (6%), aceite de girasol, sal. Sin gluten. Sin lactosa.", "", ""),  # why: Spanish potato tortilla, no corn or wheat
    ("label", "Chocolate a la Taza Valor. Ingredientes: azúcar, pasta de cacao, cacao desgrasado en polvo, almidón de maíz, emulgente (lecitina de soja), aroma. Puede contener trazas de leche, frutos de cáscara y gluten. Preparar con leche.", "sugar corn soy", "dairy wheat"),  # why: 'prepare with milk' is instruction, not content
    ("label", "Alpro Yogur de Soja Natural sin azúcares. Ingredientes: agua, semillas de soja descascarilladas (10,6%), carbonato cálcico, estabilizante (pectinas), regulador de acidez (citratos sódicos, ácido cítrico), aroma natural, sal marina, antioxidantes (tocoferoles, ésteres de ácido ascórbico), vitaminas, cultivos de yogur.", "soy", "corn"),
    ("label", "Churros congelados San Jorge. Harina de trigo, agua, sal, gasificante (bicarbonato sódico). Freír en aceite caliente. Puede contener trazas de soja y leche.", "wheat", "soy dairy"),
]

# --- labels: Italy ---
BLIND30_CASES += [
    ("label", "Barilla Spaghetti n.5 500g. Ingredienti: semola di grano duro, acqua. Può contenere soia e senape. Valori nutrizionali per 100g: energia 1521kJ/359kcal, grassi 2g, carboidrati 71,2g di cui zuccheri 3,5g, fibre 3g, proteine 12,5g, sale 0,013g", "wheat", "soy"),
    ("label", "Barilla Gluten Free Penne Rigate. Ingredienti: farina di mais bianco (54%), farina di mais giallo, farina di riso integrale, farina di riso, acqua, emulsionante: mono e digliceridi degli acidi grassi. Senza glutine.", "corn", ""),
    ("label", "Mulino Bianco Macine 350g. Farina di frumento, zucchero, panna fresca 12%, olio di semi di girasole, sciroppo di glucosio, amido di mais, uova fresche, latte fresco, agenti lievitanti, sale, aromi. Può contenere soia e frutta a guscio.", "wheat sugar dairy corn", "soy"),  # why: frumento = wheat; amido di mais = corn starch
    ("label", "Pan di Stelle Mulino Bianco. Farina di frumento, zucchero, olio di palma, cacao magro (8%), miele 4%, latte scremato in polvere, farina d'orzo maltato, agenti lievitanti, nocciole 1,4%, sale, aroma naturale di vaniglia. Decorazione: zucchero, amido di frumento, burro di cacao. Può contenere soia e uova.", "wheat sugar dairy", "soy"),  # why: burro di cacao is cocoa butter, but milk powder is there anyway
    ("label", "Parmigiano Reggiano DOP stagionato 24 mesi 200g. Ingredienti: latte, sale, caglio. Naturalmente privo di lattosio. Crosta non edibile.", "dairy", ""),  # why: lactose free but still cheese
    ("label", "Mutti Passata di Pomodoro 700g. Ingredienti: pomodoro, sale. 100% pomodoro italiano.", "", ""),
    ("label", "Sacla Pesto alla Genovese Classico 190g. Ingredienti: olio di semi di girasole, basilico (35%), formaggio Grana Padano DOP (latte, sale, caglio, lisozima da uovo), anacardi, formaggio Pecorino Romano DOP, fibra vegetale, sale, zucchero, aglio, regolatore di acidità: acido lattico, antiossidante: acido ascorbico. Può contenere tracce di frutta a guscio.", "dairy sugar", ""),
    ("label", "Grana Padano DOP grattugiato fresco 100g. Latte, sale, caglio, conservante: lisozima (proteina dell'uovo).", "dairy", ""),
    ("label", "Ferrero Kinder Bueno 2 barrette 43g. Ingredienti: cioccolato al latte 31,5% (zucchero, burro di cacao, pasta di cacao, latte scremato in polvere, burro anidro, emulsionante: lecitine (soia), vanillina), zucchero, olio di palma, farina di frumento, nocciole 10,8%, latte scremato in polvere, cioccolato magro in polvere, agenti lievitanti, sale, vanillina.", "dairy sugar soy wheat", ""),
    ("label", "Yomo Yogurt Greco 0% Bianco. Latte scremato, fermenti lattici vivi. Senza zuccheri aggiunti (contiene naturalmente zuccheri del latte).", "dairy", ""),
    ("label", "Valsoia Bontà Gelato alla Vaniglia senza latte. Acqua, zucchero, sciroppo di glucosio, olio di cocco, proteine della soia 1,5%, emulsionante: mono e digliceridi, addensanti: farina di semi di carrube, gomma di guar, aromi. Può contenere latte, nocciole.", "sugar soy", "corn dairy"),  # why: 'senza latte' by recipe, but may-contain milk
]

# --- labels: Netherlands / Belgium (NL) ---
BLIND30_CASES += [
    ("label", "AH Volkoren Tijgerbol. Ingrediënten: volkoren TARWEmeel, water, TARWEbloem, rijstmeel, TARWEgluten, gist, zout, palmvet, suiker, emulgator (E472e), meelverbeteraar (E300). Kan bevatten: sesam, soja, melk.", "wheat sugar", "soy dairy"),
    ("label", "Calvé Pindakaas 350g. Ingrediënten: geroosterde pinda's (90%), plantaardige olie (palm), zout, suiker. Kan sporen van noten bevatten.", "sugar", ""),  # why: pindakaas = peanut butter, no cheese
    ("label", "De Ruijter Chocoladehagel Melk. Ingrediënten: suiker, cacaoboter, volle MELKpoeder, cacaomassa, mager cacaopoeder, emulgator (SOJAlecithine), vanillearoma. Melkchocolade: cacao 32% min.", "sugar dairy soy", ""),
    ("label", "Daelmans Karamel Stroopwafels 8 stuks. Ingrediënten: TARWEbloem, glucosestroop, suiker, BOTER (MELK), palmolie, kandijsiroop, EI, invertsuikerstroop, rijsmiddel (natriumcarbonaat), zout, kaneel, emulgator (SOJAlecithine), aroma. Kan NOTEN bevatten.", "wheat sugar dairy soy", "corn"),
    ("label", "Campina Karnemelk 1L. Ingrediënten: karnemelk. Voor vet: 0,3 g per 100ml.", "dairy", ""),
    ("label", "Mora Frikandellen 10 stuks. Ingrediënten: separatorvlees (kip, varken), water, paneermeel (TARWEbloem, water, gist, zout), runderbloedplasma, SOJAeiwit, zout, dextrose, specerijen, smaakversterker (E621), aroma, stabilisator (E451). Kan MELK en SELDERIJ bevatten.", "wheat soy sugar", "dairy corn"),
    ("label", "Becel Original margarine 250g - 100% plantaardig, zachte roomboterachtige smaak. Ingrediënten: plantaardige oliën (lijnzaad, zonnebloem, raap, palm), water, zout (0,15%), emulgator (zonnebloemlecithine), conserveermiddel (kaliumsorbaat), voedingszuur (citroenzuur), natuurlijk aroma, vitamine A en D. Zuivelvrij.", "", "corn"),  # why: 'roomboter' only in the flavour claim; dairy free, sunflower lecithin; citric acid possible corn
    ("label", "Peijnenburg Ontbijtkoek Zero suiker toegevoegd. Ingrediënten: ROGGEmeel, water, inuline, zoetstof (maltitol), specerijen, rijsmiddelen (E500, E503), TARWEbloem. Bevat van nature aanwezige suikers. Kan sporen van MELK bevatten.", "wheat", "corn dairy"),  # why: no added sugar but some wheat flour; maltitol possible corn
    ("label", "Alpro Kokosnoot drink zonder suikers. Water, kokosnootcrème (6%), rijst, calcium (tri-calciumfosfaat), zeezout, stabilisatoren (johannesbroodpitmeel, gellan), emulgator (zonnebloemlecithine), vitamines (B2, B12, D2). Zuivelvrij. Sojavrij.", "", ""),
]

# --- labels: Poland ---
BLIND30_CASES += [
    ("label", "Chleb pszenno-żytni krojony 500g. Składniki: mąka pszenna, mąka żytnia, woda, zakwas żytni, drożdże, sól, słód jęczmienny. Może zawierać sezam, soję i mleko.", "wheat", "soy dairy"),
    ("label", "Piątnica Twarożek Wiejski półtłusty 200g. Składniki: mleko, kultury bakterii fermentacji mlekowej. Produkt naturalny, bez dodatku cukru.", "dairy", ""),
    ("label", "Prince Polo Classic 35g. Składniki: cukier, mąka pszenna, tłuszcz roślinny palmowy, kakao w proszku o obniżonej zawartości tłuszczu, serwatka w proszku (z mleka), mleko w proszku pełne, skrobia pszenna, emulgatory (lecytyny z soi), sól, aromat. Może zawierać orzeszki ziemne i inne orzechy.", "sugar wheat dairy soy", ""),
    ("label", "Krakus Kukurydza konserwowa słodka 400g. Składniki: kukurydza, woda, sól, cukier.", "corn sugar", ""),
    ("label", "Kabanosy wieprzowe Tarczyński Exclusive. Składniki: mięso wieprzowe (138g mięsa na 100g produktu), sól, przyprawy, glukoza, ekstrakty przypraw, przeciwutleniacz (askorbinian sodu), substancja konserwująca (azotyn sodu). Bez glutenu. Bez laktozy.", "sugar", "corn"),  # why: glukoza is glucose; source possibly corn
    ("label", "Wedel Ptasie Mleczko Waniliowe 380g. Składniki: cukier, syrop glukozowy, tłuszcz roślinny (palmowy), mleko w proszku pełne, kakao, masa kakaowa, masło (z mleka), białko jaja w proszku, substancja żelująca (agar), emulgator (lecytyny z soi), aromat. Może zawierać orzechy, gluten.", "sugar dairy soy", "corn wheat"),  # why: 'bird's milk' does contain milk here
    ("label", "Kefir naturalny Bakoma 1,5% 400g. Składniki: mleko, żywe kultury bakterii kefirowych. Wartość odżywcza w 100g: energia 180kJ/43kcal, węglowodany 4,5g w tym cukry 4,5g.", "dairy", ""),
    ("label", "Kasza gryczana palona Melvit 4x100g. Składniki: kasza gryczana prażona 100%. Może zawierać: gluten, soję, sezam.", "", "wheat soy"),
    ("label", "Pierogi ruskie mrożone Virtu 450g. Składniki: ciasto (mąka pszenna, woda, olej rzepakowy, sól), farsz (ziemniaki, ser twarogowy (z mleka) 20%, cebula smażona, olej rzepakowy, sól, pieprz). Może zawierać jaja, seler, soję.", "wheat dairy", "soy"),
]

# --- labels: Sweden ---
BLIND30_CASES += [
    ("label", "Wasa Husman Knäckebröd 520g. Ingredienser: fullkornsrågmjöl, jäst, salt. Fullkorn 100%. Kan innehålla spår av sesamfrö och vete.", "", "wheat"),
    ("label", "Pågen Lingongrova 500g. Ingredienser: vetemjöl, vatten, rågmjöl, lingon 4,6%, sirap, vetekli, jäst, rapsolja, salt, kornmaltmjöl. Kan innehålla spår av sesam.", "wheat sugar", ""),  # why: sirap = sugar syrup
    ("label", "Arla Ko Filmjölk 3% 1L. Ingredienser: pastöriserad MJÖLK, mesofil syrningskultur. Näringsvärde per 100g: energi 230kJ/56kcal, kolhydrater 4,0g varav sockerarter 4,0g.", "dairy", ""),
    ("label", "Oatly Havredryck iKaffe 1L. Vatten, havre 10%, rapsolja, surhetsreglerande medel (dikaliumfosfat), kalciumkarbonat, trikalciumfosfat, salt, vitaminer (D2, riboflavin, B12). Mjölkfri. Sojafri.", "", ""),
    ("label", "Marabou Mjölkchoklad 200g. Ingredienser: socker, kakaosmör, SKUMMJÖLKSPULVER, kakaomassa, VASSLEPULVER (MJÖLK), MJÖLKFETT, emulgeringsmedel (SOJALECITIN, E476), arom. Kan innehålla hasselnöt, mandel och VETE.", "sugar dairy soy", "wheat"),
    ("label", "Felix Ketchup 1kg. Tomater (160g/100g), socker, ättika, modifierad stärkelse, salt, kryddor. Glutenfri.", "sugar", "corn"),  # why: modified starch, but gluten free so not wheat
    ("label", "Bregott Normalsaltat 75% 600g. Ingredienser: smör (grädde, syrningskultur) 60%, rapsolja, salt 1,2%.", "dairy", ""),
]

# --- labels: OCR-garbled, multilingual packs, discount-store imports ---
BLIND30_CASES += [
    ("label", "lNGREDlENTS: wheat f1our, sugar, vegetab1e oil (palm, rapeseed), g1ucose syrup, rnilk powder, whey powder (rni1k), sa1t, raising agents (E500, E503), emu1sifier (soya 1ecithin), f1avouring. ALLERGY ADVlCE: contains whea t, rni1k, soya. rnay contain nuts.", "wheat sugar dairy soy", "corn"),  # why: OCR reads rn as m and 1 as l
    ("label", "Lidl Crownfield Corn Flakes 500g / Cornflakes / Pétales de maïs. Ingredients: maize (92%), sugar, salt, barley malt extract, vitamins & minerals. Zutaten: Mais, Zucker, Salz, Gerstenmalzextrakt. May contain milk, nuts and soya.", "corn sugar", "wheat dairy soy"),
    ("label", "Aldi Snack Day Beef Jerky Teriyaki 25g. Ingredients: beef (150g per 100g product), sugar, soy sauce (water, soybeans, wheat, salt), salt, yeast extract, dextrose, spices, garlic powder, rice vinegar, antioxidant (sodium ascorbate), preservative (sodium nitrite). Allergens: soy, wheat.", "sugar soy wheat", "corn"),
    ("label", "Kinder Schoko-Bons / Kinder Choco-Bons. Zutaten / Ingrédients: Milchschokolade 42% (Zucker, Vollmilchpulver, Kakaobutter, Kakaomasse, Emulgator Lecithine (Soja), Vanillin), Zucker, Magermilchpulver, Pflanzenfett (Palm), Haselnüsse 6,5%, Weizenmehl, Butterreinfett, Emulgator Lecithine (Soja), Backtriebmittel, Vanillin. Kann Spuren anderer Nüsse enthalten. Peut contenir d'autres fruits à coque.", "dairy sugar soy wheat", ""),
    ("label", "PRODUCT OF POLAND — Honey Biscuits / Pierniki w czekoladzie. Ingredients: wheat flour, chocolate coating 30% (sugar, cocoa mass, cocoa butter, emulsifier: lecithin, flavouring), sugar, artificial honey, glucose-fructose syrup, rye flour, raising agents, spices. May contain milk, eggs, nuts, sesame, soy.", "wheat sugar", "soy dairy corn"),  # why: unqualified lecithin = possible soy; dark coating may have milk traces; sztuczny miód is invert sugar
    ("label", "Hei! Soy-free Tofu-style 'Chickpea Tofu' (Burmese style) 250g. Ingredients: water, chickpea flour (25%), salt, turmeric. Free from soy, gluten and dairy. Vegan.", "", ""),  # why: 'tofu' in the name but no soy
    ("label", "Bertolli Garlic Cream Cook-in Sauce — Ingredients: water, cream (milk) 18%, modified maize starch, garlic puree 5%, sunflower oil, salt, sugar, onion powder, hydrolysed vegetable protein, parsley, acidity regulator: lactic acid, natural flavouring. Allergens: milk.", "dairy corn sugar", "wheat soy"),  # why: HVP source unspecified
    ("label", "Erythritol sweetener 'Sukrin' / Sukrin Gold. Ingredients: erythritol, stevia extract (steviol glycosides), malt extract (barley). Zero calories. Sugar free. Kan innehålla spår av gluten.", "", "wheat"),  # why: barley malt + traces line; no processed sugar
    ("label", "Tesco Free From Digestive Biscuits. Ingredients: Gluten Free Oat Flour (30%), Palm Oil, Demerara Sugar, Maize Starch, Rice Flour, Tapioca Starch, Inulin, Partially Inverted Sugar Syrup, Raising Agents (Sodium Bicarbonate, Ammonium Bicarbonate), Salt, Xanthan Gum. Free from gluten, wheat and milk. Not suitable for those with an allergy to oats.", "sugar corn", ""),  # why: 'free from wheat and milk' is consistent with the ingredients
    ("label", "Oreo Original 154g (EU). Wheat flour, sugar, palm oil, rapeseed oil, fat-reduced cocoa powder 4.5%, wheat starch, glucose-fructose syrup, raising agents (potassium carbonates, ammonium carbonates, sodium carbonates), salt, emulsifiers (soya lecithin, sunflower lecithin), flavouring (vanillin). May contain milk.", "wheat sugar soy", "corn dairy"),
]
