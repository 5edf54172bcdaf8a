# ruff: noqa: E501
"""Fifth blind set: labelled cases written without seeing the engine, to measure generalisation."""

BLIND5_CASES: list[tuple[str, str, str, str]] = [
    # kind, text, definite groups (space-separated), possible groups (space-separated)
    # ---------------- meals: West African / Ethiopian ----------------
    ("meal", "jollof rice w fried plantain and chicken", "", "wheat corn soy sugar"),  # why: stock cubes (wheat flour, maize starch, sugar, hydrolysed soya) + veg oil for plantain
    ("meal", "banku and grilled tilapia with pepper sauce", "corn", ""),  # why: banku is fermented corn + cassava dough
    ("meal", "kenkey w fried fish n shito", "corn", "soy sugar wheat"),  # why: kenkey = fermented maize; shito uses veg oil and often stock cube
    ("meal", "egusi soup and pounded yam", "", "wheat corn soy sugar"),  # why: seasoning cubes
    ("meal", "puff puff x5 from the party", "wheat sugar", "corn soy"),
    ("meal", "chin chin small bag", "wheat sugar", "dairy corn soy"),  # why: often milk/butter or margarine; fried
    ("meal", "akara and pap for breakfast", "corn", "soy"),  # why: pap/ogi/akamu is fermented maize; akara fried in veg oil
    ("meal", "ogi w evaporated milk and sugar", "corn dairy sugar", ""),
    ("meal", "moi moi 2 wraps", "", "wheat corn soy sugar"),  # why: stock cube + veg oil
    ("meal", "nigerian meat pie from the bakery", "wheat", "dairy soy corn sugar"),  # why: margarine/butter pastry
    ("meal", "agege bread with butter and tea", "wheat sugar dairy", ""),
    ("meal", "suya beef skewers w onions", "", "wheat corn soy sugar"),  # why: yaji spice often has stock cube; peanut itself not a group
    ("meal", "waakye w gari, spaghetti, egg, shito", "wheat", "soy sugar corn"),  # why: waakye plate includes spaghetti
    ("meal", "kelewele from the street stall", "", "corn soy"),  # why: plantain fried in veg oil
    ("meal", "injera w misir wat and gomen", "", "wheat dairy"),  # why: US injera often teff + wheat/barley; wat may use niter kibbeh
    ("meal", "doro wat + injera, extra ayib", "dairy", "wheat"),  # why: ayib is fresh cheese
    ("meal", "ethiopian coffee ceremony, 3 small cups w sugar", "sugar", ""),
    ("meal", "kitfo with mitmita and kocho", "dairy", ""),  # why: kitfo is dressed with niter kibbeh (spiced butter)
    ("meal", "shiro tegabino & injera (100% teff)", "", ""),  # why: 100% teff injera, shiro is chickpea/oil
    ("meal", "fufu + light soup (goat)", "", "wheat corn soy sugar"),
    # ---------------- meals: Filipino ----------------
    ("meal", "chicken adobo with rice", "soy wheat", "sugar"),
    ("meal", "sinigang na baboy (used knorr mix)", "", "sugar corn"),  # why: sinigang mix has sugar, MSG, maltodextrin-type fillers
    ("meal", "lumpia shanghai 6 pcs w sweet chili", "wheat sugar", "corn soy"),
    ("meal", "pancit canton merienda", "wheat soy", "sugar corn"),
    ("meal", "lechon kawali with mang tomas", "wheat sugar", "corn soy"),  # why: Mang Tomas contains bread crumbs and sugar; deep fried pork
    ("meal", "tocilog", "sugar", "soy corn"),  # why: tocino is sugar-cured; garlic rice in oil
    ("meal", "halo halo w ube and leche flan", "dairy sugar", "corn"),  # why: often sweet corn kernels
    ("meal", "2 ensaymada from goldilocks", "wheat dairy sugar", ""),
    ("meal", "pandesal x4 w coffee 3in1", "wheat sugar", "dairy corn soy"),  # why: 3-in-1 has sugar, non-dairy creamer (caseinate, glucose syrup, veg oil)
    ("meal", "kare kare w bagoong", "", "sugar"),  # why: sauteed shrimp paste often sweetened
    ("meal", "jollibee 1pc chickenjoy w jolly spaghetti", "wheat dairy sugar", "corn soy"),  # why: sweet spaghetti with hotdog and cheese; fried chicken
    ("meal", "bangus sisig + rice", "", "soy wheat dairy"),  # why: sisig often soy sauce, mayo or butter; bangus itself is milkfish, not milk
    ("meal", "cassava cake slice from tita", "dairy sugar", ""),  # why: condensed milk + sugar, no wheat
    ("meal", "taho from the vendor", "soy sugar", ""),  # why: silken tofu with arnibal syrup
    # ---------------- meals: Vietnamese / Thai ----------------
    ("meal", "pho tai w hoisin and sriracha", "sugar soy", "wheat corn"),  # why: hoisin = sugar, soybeans, often wheat flour and modified starch
    ("meal", "pho ga, no sauces", "", "sugar"),  # why: broth often has rock sugar
    ("meal", "banh mi thit nguoi", "wheat sugar", "soy dairy corn"),  # why: pickled carrots sugar; Maggi seasoning; pate may have butter; mayo oil
    ("meal", "bun cha hanoi", "sugar", "soy"),
    ("meal", "goi cuon (2) with peanut hoisin dip", "soy sugar", "wheat corn"),
    ("meal", "com tam suon bi cha", "sugar", "soy corn"),
    ("meal", "ca phe sua da", "dairy sugar", ""),  # why: sweetened condensed milk
    ("meal", "banh xeo w nuoc cham", "sugar", "corn soy"),
    ("meal", "pad thai w chicken", "sugar", "soy"),  # why: palm sugar in sauce; tofu/soy often added
    ("meal", "green curry chicken + jasmine rice", "", "sugar"),
    ("meal", "pad kra pao moo sap kai dao", "soy wheat", "sugar corn"),  # why: soy/oyster sauce; fried egg in veg oil
    ("meal", "mango sticky rice", "sugar", ""),
    ("meal", "thai iced tea large", "dairy sugar", "corn"),
    ("meal", "som tam thai", "sugar", ""),  # why: palm sugar in dressing
    ("meal", "massaman curry w roti", "wheat", "dairy sugar"),  # why: roti is wheat, ghee/margarine; palm sugar
    ("meal", "khao man gai", "soy wheat", "sugar"),  # why: sauce is fermented soybean paste with soy sauce
    # ---------------- meals: Korean / Japanese ----------------
    ("meal", "dolsot bibimbap w gochujang", "sugar", "soy wheat corn"),  # why: gochujang contains rice/corn syrup, often wheat, soybean
    ("meal", "bulgogi + rice + kimchi", "soy wheat sugar", ""),
    ("meal", "tteokbokki w fish cake", "sugar", "wheat corn soy"),
    ("meal", "yangnyeom chicken half n half", "wheat sugar", "corn soy"),
    ("meal", "japchae (sweet potato noodles)", "soy wheat sugar", ""),  # why: dangmyeon is sweet potato starch, not wheat; sauce is soy sauce + sugar
    ("meal", "kimbap roll from the convenience store", "sugar", "wheat soy corn"),  # why: danmuji pickled radish is sweetened; ham/fishcake
    ("meal", "budae jjigae for 2", "wheat dairy sugar", "soy corn"),  # why: ramyeon, american cheese, baked beans, spam/hot dogs
    ("meal", "soondubu jjigae", "soy", "sugar"),
    ("meal", "tonkotsu ramen w chashu", "wheat soy", "sugar"),
    ("meal", "salmon nigiri x6 w soy sauce", "sugar soy wheat", ""),  # why: sushi rice is seasoned with sugar
    ("meal", "sashimi platter, tamari on the side", "soy", "wheat"),  # why: tamari is usually but not always wheat-free
    ("meal", "miso soup and edamame", "soy", "wheat"),  # why: barley (mugi) miso possible
    ("meal", "tonkatsu set w cabbage", "wheat sugar", "corn soy"),  # why: panko, tonkatsu sauce
    ("meal", "onigiri tuna mayo from 7-11 japan", "", "soy corn sugar"),
    ("meal", "okonomiyaki w kewpie", "wheat sugar", "soy corn"),
    ("meal", "mochi ice cream x3", "dairy sugar", "corn"),  # why: dusted with cornstarch
    ("meal", "zaru soba", "wheat soy", "sugar"),  # why: most soba is cut with wheat; tsuyu is soy sauce + mirin
    ("meal", "juwari soba 100% buckwheat, just salt", "", ""),  # why: buckwheat is not wheat
    ("meal", "gyudon from yoshinoya", "soy wheat sugar", ""),
    ("meal", "katsu curry", "wheat", "dairy sugar corn soy"),  # why: curry roux = wheat flour + fat + sugar, some contain milk
    ("meal", "gyoza 8pc pan fried", "wheat soy", "corn"),
    ("meal", "kitsune udon", "wheat soy sugar", ""),  # why: sweetened fried tofu in soy dashi
    # ---------------- meals: Chinese regional ----------------
    ("meal", "mapo tofu + rice", "soy", "wheat corn sugar"),  # why: doubanjiang often contains wheat flour; starch slurry
    ("meal", "har gow, siu mai, char siu bao", "wheat sugar", "soy corn"),  # why: har gow wrapper is wheat starch; bao is sweet
    ("meal", "cheung fun w sweet soy", "soy wheat sugar", ""),
    ("meal", "xiaolongbao 10", "wheat", "soy sugar"),
    ("meal", "peking duck w pancakes and hoisin", "wheat soy sugar", "corn"),
    ("meal", "lanzhou hand pulled beef noodles", "wheat", ""),
    ("meal", "dan dan mian", "wheat soy", "sugar"),
    ("meal", "kung pao chicken takeout", "soy wheat", "sugar corn"),
    ("meal", "congee w youtiao", "wheat", "corn soy"),  # why: fried dough stick
    ("meal", "jianbing guozi from the cart", "wheat sugar", "soy corn"),
    ("meal", "2 hk egg tarts", "wheat dairy sugar", ""),
    ("meal", "hk milk tea w condensed milk", "dairy sugar", ""),
    ("meal", "brown sugar boba milk tea 50% sweet", "sugar", "dairy corn"),  # why: many shops use non-dairy creamer or fructose syrup
    ("meal", "sichuan hot pot, sesame oil dip only", "", "soy wheat sugar"),  # why: hot pot base includes doubanjiang, rock sugar
    ("meal", "cantonese steamed fish w soy & scallion", "soy wheat", "sugar"),
    ("meal", "mooncake lotus paste 1/4", "wheat sugar", "corn"),  # why: golden syrup / invert syrup
    # ---------------- meals: South Asian ----------------
    ("meal", "masala dosa w sambar and coconut chutney", "", "dairy wheat"),  # why: often ghee on dosa; compounded hing in sambar is cut with wheat flour
    ("meal", "ghee roast dosa", "dairy", "wheat"),
    ("meal", "idli vada sambar", "", "wheat corn soy"),  # why: vada deep fried; hing
    ("meal", "chole bhature", "wheat", "dairy corn soy"),
    ("meal", "butter chicken + garlic naan", "dairy wheat", "sugar"),
    ("meal", "palak paneer w jeera rice", "dairy", ""),
    ("meal", "dal tadka & 2 rotis", "wheat", "dairy"),
    ("meal", "vada pav x2", "wheat", "sugar corn soy"),
    ("meal", "pani puri 2 plates", "wheat sugar", "corn soy"),  # why: puris wheat/semolina; sweet tamarind-jaggery chutney
    ("meal", "hyderabadi chicken dum biryani w raita", "dairy", ""),
    ("meal", "appam with veg stew", "", "sugar"),
    ("meal", "puttu kadala curry", "", ""),
    ("meal", "khaman dhokla", "sugar", "dairy"),
    ("meal", "methi thepla with chhundo", "wheat sugar", "dairy"),  # why: chhundo is sugared mango pickle
    ("meal", "pav bhaji extra butter", "wheat dairy", "sugar"),
    ("meal", "2 gulab jamun", "dairy wheat sugar", ""),
    ("meal", "jalebi 100g", "wheat sugar", "corn soy dairy"),  # why: fried in ghee or oil
    ("meal", "masala chai", "dairy sugar", ""),
    ("meal", "mango lassi", "dairy", "sugar"),
    ("meal", "rasgulla x2", "dairy sugar", ""),
    ("meal", "kottu roti chicken", "wheat", "soy"),
    ("meal", "string hoppers + pol sambol + dhal", "", ""),
    ("meal", "lamprais from the dutch burgher place", "wheat sugar", "dairy"),  # why: frikkadels in breadcrumbs, seeni sambol sweet, ghee rice
    ("meal", "wattalappam", "sugar", ""),  # why: jaggery + coconut milk + eggs
    ("meal", "hoppers w egg and lunu miris", "", "sugar"),
    # ---------------- meals: Malaysian / Indonesian ----------------
    ("meal", "nasi lemak ayam goreng", "sugar", "corn soy"),  # why: sambal is sweetened; fried chicken
    ("meal", "roti canai w dhal", "wheat", "dairy"),  # why: ghee or margarine
    ("meal", "char kway teow", "soy wheat sugar", ""),  # why: dark+light soy, sweet lap cheong
    ("meal", "curry laksa", "wheat soy", "sugar"),  # why: yellow egg noodles and tofu puffs
    ("meal", "teh tarik kurang manis", "dairy sugar", ""),  # why: less sweet still uses condensed milk
    ("meal", "milo dinosaur", "dairy sugar", "wheat"),  # why: Milo contains barley malt extract
    ("meal", "chicken satay 10 sticks + kuah kacang", "sugar", "soy wheat"),
    ("meal", "nasi goreng kampung w kecap manis", "soy wheat sugar", ""),
    ("meal", "gado gado w krupuk", "soy sugar", "wheat corn"),  # why: tofu+tempeh, palm sugar peanut sauce
    ("meal", "beef rendang + white rice", "", "sugar"),
    ("meal", "martabak manis coklat keju", "wheat dairy sugar", "soy corn"),
    ("meal", "bakso sapi w mie kuning", "wheat", "soy corn sugar"),
    ("meal", "es teh manis", "sugar", ""),
    ("meal", "tempeh goreng + sambal terasi", "soy", "sugar corn"),
    ("meal", "indomie goreng + telor", "wheat soy sugar", "corn"),  # why: kecap manis sachet
    ("meal", "kaya toast set w soft boiled eggs", "wheat sugar dairy", ""),  # why: kaya jam + slab of butter
    # ---------------- meals: Latin American ----------------
    ("meal", "ceviche w choclo and camote", "corn", ""),  # why: choclo is Andean corn; camote is sweet potato
    ("meal", "lomo saltado", "soy wheat", "corn sugar"),  # why: soy sauce in the stir fry, fries
    ("meal", "aji de gallina", "wheat dairy", ""),  # why: thickened with bread/crackers and evaporated milk
    ("meal", "papa a la huancaina", "dairy", "wheat"),  # why: queso fresco + evaporated milk, often saltines
    ("meal", "anticuchos de corazon w papas", "", ""),
    ("meal", "chicha morada glass", "corn sugar", ""),
    ("meal", "inca kola 500ml", "sugar", "corn"),
    ("meal", "1/4 pollo a la brasa w fries and aji", "", "soy wheat corn sugar"),  # why: marinade often has soy sauce; fries
    ("meal", "alfajores de maicena x2", "corn wheat dairy sugar", ""),  # why: maicena = cornstarch; dulce de leche
    ("meal", "picarones con miel de chancaca", "wheat sugar", "corn soy"),
    ("meal", "feijoada completa w farofa and couve", "", "dairy sugar"),  # why: farofa often toasted in butter; cured meats
    ("meal", "pao de queijo 6", "dairy", ""),  # why: tapioca flour, no wheat
    ("meal", "coxinha de frango c/ catupiry", "wheat dairy", "corn soy"),
    ("meal", "brigadeiro x4", "dairy sugar", "corn"),
    ("meal", "acai bowl w granola + banana", "", "sugar wheat"),  # why: acai base often sweetened; granola oats
    ("meal", "guarana antarctica lata", "sugar", ""),
    ("meal", "caipirinha", "sugar", ""),
    ("meal", "pastel de queijo na feira", "wheat dairy", "corn soy"),
    ("meal", "tlayuda oaxaqueña con tasajo", "corn dairy", ""),  # why: big corn tortilla with quesillo
    ("meal", "mole poblano w chicken + rice", "sugar", "wheat corn"),  # why: chocolate; bread or tortilla thickener
    ("meal", "cochinita pibil tacos x3", "corn", ""),
    ("meal", "tacos al pastor 5 w piña", "corn", ""),
    ("meal", "tamales de rajas con queso", "corn dairy", ""),
    ("meal", "pozole rojo", "corn", ""),  # why: hominy
    ("meal", "elote preparado", "corn dairy", "soy"),  # why: mayo + cotija
    ("meal", "chilaquiles verdes w crema & queso fresco", "corn dairy", "soy"),
    ("meal", "quesabirria tacos + consomé", "corn dairy", ""),
    ("meal", "burrito de machaca", "wheat", ""),  # why: northern Mexican, flour tortilla
    ("meal", "horchata grande", "sugar", "dairy"),
    ("meal", "churros con chocolate", "wheat sugar dairy", "corn soy"),  # why: Spanish-style chocolate thickened with starch
    ("meal", "tres leches cake", "wheat dairy sugar", ""),
    ("meal", "agua de jamaica", "sugar", ""),
    ("meal", "concha + cafe de olla", "wheat sugar", "dairy"),  # why: cafe de olla uses piloncillo
    ("meal", "torta ahogada", "wheat", ""),
    ("meal", "arepa reina pepiada", "corn", "soy"),  # why: mayo in the filling
    ("meal", "pupusas revueltas w curtido", "corn dairy", ""),
    ("meal", "empanadas salteñas (2)", "wheat", "dairy sugar"),
    ("meal", "chipa paraguaya", "dairy", "corn"),  # why: cassava starch + cheese; some recipes add corn flour
    # ---------------- meals: Caribbean ----------------
    ("meal", "jerk chicken, rice n peas, festival", "corn wheat sugar", "soy"),  # why: festival = cornmeal+flour+sugar; jerk marinade often soy sauce
    ("meal", "jamaican beef patty", "wheat", "dairy soy corn"),
    ("meal", "ackee & saltfish w fried dumplings", "wheat", "corn soy"),
    ("meal", "doubles slight pepper", "wheat", "corn soy sugar"),
    ("meal", "curry goat w dhalpuri roti", "wheat", ""),
    ("meal", "cuban sandwich", "wheat dairy", "sugar"),
    ("meal", "mofongo con chicharron", "", "corn soy dairy"),
    ("meal", "griot w pikliz + bannann peze", "", "corn soy"),
    ("meal", "sorrel drink xmas", "sugar", ""),
    ("meal", "bake and shark w tamarind sauce", "wheat sugar", "corn soy"),
    ("meal", "roasted breadfruit w butter", "dairy", ""),  # why: breadfruit is not wheat
    # ---------------- meals: Middle East / Persian / Turkish / Georgian ----------------
    ("meal", "falafel wrap w tahini + pickles", "wheat", "corn soy"),
    ("meal", "manakish zaatar", "wheat", ""),
    ("meal", "manousheh akkawi", "wheat dairy", ""),
    ("meal", "tabbouleh and hummus", "wheat", ""),  # why: bulgur
    ("meal", "fattoush", "wheat", "sugar corn soy"),  # why: fried pita; pomegranate molasses sometimes sugared
    ("meal", "kibbeh nayeh", "wheat", ""),
    ("meal", "chicken shawarma plate w toum", "", "corn soy wheat dairy"),  # why: toum uses neutral oil; pita usually on the plate
    ("meal", "knafeh nabulsieh", "wheat dairy sugar", ""),
    ("meal", "baklava 2 pieces", "wheat sugar", "dairy"),
    ("meal", "labneh w olive oil + zaatar, no bread", "dairy", ""),
    ("meal", "ghormeh sabzi w tahdig", "", "dairy"),
    ("meal", "chelo kabab koobideh w butter on the rice", "dairy", ""),
    ("meal", "zereshk polo ba morgh", "sugar", "dairy"),
    ("meal", "fesenjan", "", "sugar"),
    ("meal", "ash reshteh w kashk", "wheat dairy", ""),
    ("meal", "doogh", "dairy", ""),
    ("meal", "sholeh zard", "sugar", "dairy"),
    ("meal", "menemen", "", "dairy"),  # why: often cooked in butter
    ("meal", "simit w ayran", "wheat dairy", "sugar"),  # why: dipped in grape molasses (fruit concentrate)
    ("meal", "lahmacun 2", "wheat", ""),
    ("meal", "iskender kebap", "wheat dairy", ""),
    ("meal", "mantı w garlic yogurt", "wheat dairy", ""),
    ("meal", "künefe", "wheat dairy sugar", ""),
    ("meal", "lokum a few pieces", "sugar", "corn wheat"),  # why: starch usually corn, sometimes wheat
    ("meal", "turkish tea 4 glasses, 2 sugar cubes each", "sugar", ""),
    ("meal", "su böreği", "wheat dairy", ""),
    ("meal", "khachapuri adjaruli", "wheat dairy", ""),
    ("meal", "khinkali x8", "wheat", ""),
    ("meal", "pkhali and lobio", "", ""),
    ("meal", "churchkhela", "", "wheat corn sugar"),  # why: grape must thickened with wheat or corn flour, sometimes sugared
    ("meal", "badrijani nigvzit + glass of saperavi", "", ""),
    # ---------------- meals: European regional ----------------
    ("meal", "pierogi ruskie w fried onion", "wheat dairy", ""),  # why: twaróg in the filling
    ("meal", "żurek z jajkiem", "", "wheat corn sugar"),  # why: sour rye starter; kielbasa
    ("meal", "bigos", "", "sugar corn"),
    ("meal", "placki ziemniaczane ze śmietaną", "dairy", "wheat"),
    ("meal", "pączek z różą", "wheat dairy sugar", ""),
    ("meal", "kompot z truskawek", "sugar", ""),
    ("meal", "barszcz z uszkami", "wheat", "sugar"),
    ("meal", "sernik krakowski", "dairy wheat sugar", ""),
    ("meal", "borscht w smetana", "dairy", "sugar"),
    ("meal", "pelmeni 15 w sour cream", "wheat dairy", ""),
    ("meal", "blini w red caviar + smetana", "wheat dairy", "sugar"),
    ("meal", "syrniki w jam", "dairy wheat sugar", ""),
    ("meal", "olivier salad", "", "soy corn dairy sugar wheat"),  # why: mayo oil; doktorskaya sausage has milk powder and starch
    ("meal", "kvass 0.5", "sugar", "wheat"),
    ("meal", "grechka w butter", "dairy", ""),  # why: buckwheat is not wheat
    ("meal", "moussaka", "wheat dairy", ""),  # why: bechamel
    ("meal", "spanakopita", "wheat dairy", ""),
    ("meal", "souvlaki pita w tzatziki", "wheat dairy", "corn soy"),  # why: fries inside
    ("meal", "horiatiki", "dairy", ""),
    ("meal", "gemista", "", ""),
    ("meal", "loukoumades", "wheat", "sugar corn soy"),  # why: honey syrup natural sweetener
    ("meal", "frappe metrio me gala", "sugar dairy", ""),
    ("meal", "freddo espresso sketo", "", ""),
    ("meal", "galaktoboureko", "wheat dairy sugar", ""),
    ("meal", "tortilla española", "", ""),  # why: egg-and-potato omelette, not a corn or flour tortilla
    ("meal", "paella valenciana", "", ""),
    ("meal", "patatas bravas + alioli", "", "corn soy wheat sugar"),
    ("meal", "croquetas de jamón x6", "wheat dairy", "corn soy"),
    ("meal", "jamón ibérico y manchego", "dairy", ""),
    ("meal", "pan con tomate", "wheat", ""),
    ("meal", "crema catalana", "dairy sugar", "corn"),
    ("meal", "sangria jug", "sugar", ""),
    ("meal", "arancini al ragù", "wheat dairy", "corn soy"),
    ("meal", "pasta alla norma", "wheat dairy", ""),
    ("meal", "cacio e pepe", "wheat dairy", ""),
    ("meal", "canederli in brodo", "wheat dairy", ""),
    ("meal", "polenta w gorgonzola", "corn dairy", ""),
    ("meal", "risotto alla milanese", "dairy", ""),
    ("meal", "focaccia genovese", "wheat", ""),
    ("meal", "trofie al pesto", "wheat dairy", ""),
    ("meal", "piadina squacquerone e rucola", "wheat dairy", ""),
    ("meal", "orecchiette con cime di rapa", "wheat", ""),
    ("meal", "cannoli siciliani x2", "wheat dairy sugar", ""),
    ("meal", "tiramisu", "dairy sugar wheat", ""),
    ("meal", "gelato pistacchio 2 scoops", "dairy sugar", "corn"),
    ("meal", "aperol spritz", "sugar", ""),
    ("meal", "smørrebrød w pickled herring", "sugar", "wheat"),  # why: rugbrød rye, often some wheat
    ("meal", "swedish meatballs w lingonberry + mash", "wheat dairy sugar", ""),
    ("meal", "kanelbulle and a coffee", "wheat dairy sugar", ""),
    ("meal", "gravlax w hovmästarsås", "sugar", ""),  # why: cured with sugar; mustard-dill sauce sweet
    ("meal", "karjalanpiirakka w egg butter", "dairy", "wheat"),
    ("meal", "brunost on knäckebröd", "dairy", "wheat"),  # why: rye crispbread; brunost sugars are from whey
    ("meal", "lefse w butter and sugar", "wheat dairy sugar", ""),
    ("meal", "semla", "wheat dairy sugar", ""),
    ("meal", "full english", "wheat sugar", "dairy corn"),  # why: sausages have rusk, beans sweetened, black pudding oats/barley
    ("meal", "currywurst mit pommes", "sugar", "corn soy wheat"),
    ("meal", "schnitzel wiener art + kartoffelsalat", "wheat", "sugar corn soy dairy"),
    ("meal", "croque monsieur", "wheat dairy", ""),
    ("meal", "galette complète (sarrasin)", "dairy", "wheat"),  # why: buckwheat galette, ham-egg-cheese; many crêperies add some wheat flour
    ("meal", "moules frites", "", "corn soy dairy"),
    # ---------------- meals: chains and fast food ----------------
    ("meal", "big mac meal w medium fries and coke", "wheat dairy sugar", "corn soy"),
    ("meal", "mcd fries large", "", "corn soy wheat dairy sugar"),  # why: US fries: veg oil blend, natural beef flavour (wheat, milk), dextrose
    ("meal", "filet o fish", "wheat dairy", "corn soy sugar"),
    ("meal", "egg mcmuffin + hash brown", "wheat dairy", "corn soy sugar"),
    ("meal", "oreo mcflurry", "dairy sugar wheat", "corn soy"),
    ("meal", "whopper no cheese", "wheat sugar", "corn soy"),
    ("meal", "frosty small chocolate", "dairy sugar", "corn"),
    ("meal", "crunchwrap supreme", "wheat corn dairy", "soy sugar"),  # why: flour tortilla + tostada shell + nacho cheese/sour cream
    ("meal", "chipotle bowl: white rice, pinto, barbacoa, corn salsa, cheese", "corn dairy", ""),
    ("meal", "chipotle chips & guac", "corn", ""),
    ("meal", "footlong italian bmt on italian herbs and cheese", "wheat dairy", "sugar soy corn"),
    ("meal", "popeyes spicy chicken sandwich", "wheat sugar", "dairy corn soy"),
    ("meal", "in n out double double animal style", "wheat dairy sugar", "corn soy"),
    ("meal", "chick fil a 8ct nuggets + cfa sauce", "wheat dairy sugar", "soy corn"),  # why: milk wash + coater with sugar; sauce sweet
    ("meal", "chick-fil-a grilled nuggets, no sauce", "", "soy corn sugar"),
    ("meal", "panda express orange chicken + chow mein", "wheat soy sugar", "corn"),
    ("meal", "kfc original recipe 2pc + mashed potato & gravy", "wheat", "dairy corn soy sugar"),
    ("meal", "kfc popcorn chicken", "wheat", "dairy corn soy"),  # why: popcorn is a shape name; corn only via frying oil
    ("meal", "greggs sausage roll", "wheat", "dairy soy corn"),
    ("meal", "greggs vegan sausage roll", "wheat", "soy corn"),
    ("meal", "nandos 1/4 chicken, peri chips, macho peas", "", "corn soy sugar dairy"),
    ("meal", "wagamama chicken katsu curry", "wheat", "soy sugar corn"),
    ("meal", "pret tuna baguette", "wheat", "soy"),
    ("meal", "tim hortons double double + 10 timbits", "dairy sugar wheat", "corn soy"),
    ("meal", "poutine classique", "dairy", "wheat corn soy"),  # why: curds; gravy thickener, fries
    ("meal", "aussie meat pie w tomato sauce", "wheat sugar", "dairy corn soy"),
    ("meal", "vegemite toast w butter", "wheat dairy", "sugar"),
    ("meal", "2 tim tams", "wheat dairy sugar", "soy"),
    ("meal", "hungry jacks whopper jr", "wheat sugar", "soy corn"),
    ("meal", "mcaloo tikki burger", "wheat", "sugar soy corn"),
    ("meal", "coco ichibanya pork curry lvl 3", "wheat", "dairy sugar corn soy"),
    ("meal", "mos burger teriyaki", "wheat soy sugar", "corn"),
    ("meal", "dominos pepperoni medium hand tossed", "wheat dairy", "sugar soy corn"),  # why: dough contains sugar/soybean oil; cornmeal on the pan
    ("meal", "pizza hut stuffed crust", "wheat dairy", "sugar soy corn"),
    ("meal", "dunkin boston kreme", "wheat dairy sugar", "soy corn"),
    ("meal", "krispy kreme original glazed x2", "wheat sugar dairy", "soy corn"),
    ("meal", "auntie annes pretzel w cheese dip", "wheat dairy", "sugar corn soy"),
    ("meal", "five guys little cheeseburger", "wheat dairy", "sugar"),
    ("meal", "shake shack shackburger", "wheat dairy", "sugar soy corn"),  # why: potato bun, shack sauce
    ("meal", "sweetgreen harvest bowl", "dairy", "sugar"),  # why: goat cheese; balsamic vinaigrette
    ("meal", "culvers butterburger + concrete mixer", "wheat dairy sugar", "corn soy"),
    ("meal", "ikea meatballs 15 w lingonberry", "wheat dairy sugar", ""),
    ("meal", "jollibee peach mango pie", "wheat sugar", "corn soy"),
    ("meal", "mang inasal paa w unli rice", "", "soy sugar dairy"),  # why: chicken oil (margarine-based) on rice, soy/annatto marinade
    ("meal", "lotteria shrimp burger", "wheat", "sugar soy corn dairy"),
    ("meal", "7-eleven big bite hot dog", "wheat", "corn soy sugar dairy"),
    # ---------------- meals: coffee shop ----------------
    ("meal", "grande oat milk latte", "", "wheat"),
    ("meal", "venti iced caramel macchiato", "dairy sugar", "corn"),
    ("meal", "flat white", "dairy", ""),
    ("meal", "americano black", "", ""),
    ("meal", "cold brew w vanilla sweet cream", "dairy sugar", "corn"),
    ("meal", "psl w whip", "dairy sugar", "corn"),
    ("meal", "soy chai latte", "soy sugar", ""),
    ("meal", "dunkin medium iced coffee cream & sugar", "dairy sugar", ""),
    ("meal", "matcha latte almond milk unsweetened", "", "sugar"),  # why: cafe matcha powders are often pre-sweetened
    ("meal", "cortado", "dairy", ""),
    ("meal", "espresso tonic", "sugar", "corn"),
    ("meal", "mocha w coconut milk", "sugar", "dairy corn"),
    ("meal", "hot choc w marshmallows", "dairy sugar", "corn"),
    ("meal", "affogato", "dairy sugar", "corn"),
    ("meal", "java chip frappuccino", "dairy sugar", "wheat corn soy"),
    ("meal", "tall blonde roast w splash of half and half", "dairy", ""),
    ("meal", "long black + almond croissant", "wheat dairy sugar", ""),
    ("meal", "doppio", "", ""),
    ("meal", "iced shaken espresso brown sugar oatmilk", "sugar", "wheat"),
    ("meal", "london fog", "dairy sugar", ""),  # why: earl grey with vanilla syrup and steamed milk
    ("meal", "golden milk w oat milk + honey", "", "wheat sugar"),
    ("meal", "cafe au lait", "dairy", ""),
    ("meal", "pour over ethiopia yirgacheffe", "", ""),
    ("meal", "starbucks spinach feta wrap", "wheat dairy", "soy corn"),
    ("meal", "blueberry muffin from the cafe", "wheat sugar", "dairy soy corn"),
    ("meal", "banana bread slice + flat white", "wheat sugar dairy", ""),
    # ---------------- meals: drinks ----------------
    ("meal", "2 pints of guinness", "", "wheat"),
    ("meal", "hefeweizen", "wheat", ""),
    ("meal", "corona w lime", "corn", "wheat"),  # why: brewed with barley malt and corn
    ("meal", "3 bud lights", "", "wheat corn"),  # why: barley malt; cheap adjunct lagers
    ("meal", "glass of red wine", "", ""),
    ("meal", "vodka soda lime", "", "wheat corn"),  # why: vodka may be distilled from wheat or corn
    ("meal", "bourbon neat", "corn", "wheat"),  # why: bourbon mash is at least 51% corn
    ("meal", "rum and coke", "sugar", "corn"),
    ("meal", "g&t", "sugar", "corn wheat"),  # why: tonic is sugared; gin is a grain spirit
    ("meal", "diet coke", "", "corn"),  # why: caramel colour, citric acid; aspartame not sugar
    ("meal", "coke zero 330", "", "corn"),
    ("meal", "sprite", "sugar", "corn"),
    ("meal", "mexican coke glass bottle", "sugar", "corn"),
    ("meal", "red bull sugarfree", "", "corn"),
    ("meal", "red bull", "sugar", "corn"),
    ("meal", "gatorade cool blue", "sugar", "corn"),
    ("meal", "kombucha ginger", "", "sugar"),
    ("meal", "la croix pamplemousse", "", ""),
    ("meal", "irn bru", "sugar", "corn"),
    ("meal", "margarita on the rocks", "sugar", ""),
    ("meal", "tequila blanco 100% agave shot", "", ""),  # why: agave spirit is not agave syrup
    ("meal", "baileys on ice", "dairy sugar", "wheat"),  # why: Irish whiskey base
    ("meal", "mojito", "sugar", ""),
    ("meal", "white claw black cherry", "sugar", ""),
    ("meal", "cider pint", "", "sugar"),
    ("meal", "sake carafe", "", ""),
    ("meal", "chamisul soju 1 bottle", "", "sugar"),  # why: soju often has fructose/stevia added
    ("meal", "makgeolli", "", "wheat sugar"),  # why: nuruk starter is often wheat; often sweetened
    ("meal", "negroni", "sugar", "wheat corn"),
    ("meal", "sparkling water", "", ""),
    ("meal", "ginger beer (jamaican)", "sugar", "corn"),
    ("meal", "root beer float", "dairy sugar", "corn"),
    ("meal", "milkshake vanilla", "dairy sugar", "corn"),
    ("meal", "oj fresh squeezed", "", ""),
    ("meal", "coconut water", "", ""),
    ("meal", "yakult", "dairy sugar", ""),
    ("meal", "calpico", "dairy sugar", ""),
    ("meal", "ramune", "sugar", "corn"),
    ("meal", "sweet tea large from bojangles", "sugar", ""),
    ("meal", "unsweetened iced tea", "", ""),
    ("meal", "lemonade", "sugar", ""),
    ("meal", "snapple peach", "sugar", "corn"),
    ("meal", "v8", "", ""),
    ("meal", "glass of soy milk", "soy", "sugar"),
    ("meal", "glass of oat milk", "", "wheat"),
    ("meal", "almond milk in cereal? no - just a glass, unsweetened", "", ""),
    ("meal", "rice milk", "", "sugar"),
    ("meal", "kefir 250ml", "dairy", ""),
    ("meal", "chocolate milk", "dairy sugar", "corn"),
    ("meal", "horchata de chufa", "sugar", ""),  # why: tiger nut drink, no dairy
    ("meal", "hot water w lemon and honey", "", "sugar"),
    ("meal", "jägerbomb x2", "sugar", "corn"),
    ("meal", "espresso martini", "sugar", "wheat corn"),  # why: coffee liqueur is sugared; vodka base grain
    ("meal", "pina colada", "sugar", "dairy"),  # why: cream of coconut is sweetened; some bars add cream
    # ---------------- meals: multi-item diary entries ----------------
    ("meal", "bfast: 2 eggs + avocado; lunch: pho ga; dinner: grilled salmon, rice, bok choy", "", "sugar"),
    ("meal", "lunch: chicken caesar salad; dinner: spag bol; snack: kitkat", "wheat dairy sugar", "soy corn"),
    ("meal", "b: oatmeal w blueberries. l: turkey sandwich. d: stir fry w tofu", "wheat soy", "sugar corn"),
    ("meal", "breakfast - greek yogurt + honey. lunch - quinoa bowl. dinner - steak & sweet potato", "dairy", "sugar"),  # why: honey natural sweetener; sweet potato trap
    ("meal", "today: smoothie (banana, spinach, almond milk), leftover dal w rice, 2 dark choc squares", "sugar", "dairy soy wheat"),
    ("meal", "lunch was a bagel w cream cheese, dinner tacos (corn tortillas) w beef + salsa", "wheat dairy corn", "sugar"),
    ("meal", "11pm: cup noodles. 1am: another cup noodles 😩", "wheat", "soy corn dairy sugar"),
    ("meal", "had: rice, fried egg, kimchi. later: 2 soju. then: convenience store ramyun", "wheat", "sugar soy corn"),
    ("meal", "morning: black coffee / noon: sushi (salmon avocado roll) / night: miso ramen", "sugar soy wheat", ""),
    ("meal", "brunch: eggs benedict + mimosa; dinner: poke bowl w shoyu", "wheat dairy soy", "sugar corn"),
    ("meal", "b - skipped. l - subway veggie delite on 9-grain wheat. d - apple + pb", "wheat", "sugar soy"),
    ("meal", "dinner: roast chicken, roast potatoes, carrots, gravy (bisto)", "", "wheat corn sugar"),  # why: Bisto gravy granules: potato starch, maltodextrin, wheat flour
    ("meal", "snacks today: popcorn, pretzels, 1 string cheese", "corn wheat dairy", "sugar"),
    ("meal", "lunch - leftover lasagna. dinner - salad w balsamic, olive oil", "wheat dairy", "sugar"),
    ("meal", "ate at my mom's: arroz con pollo, maduros, flan", "dairy sugar", "corn soy"),  # why: flan has milk + caramel; maduros fried
    ("meal", "b: congee; l: banh mi; d: bun bo hue", "wheat sugar", "soy dairy corn"),
    ("meal", "dinner was grilled fish w lemon, steamed broccoli, baked potato (no butter)", "", ""),
    ("meal", "only had water and a banana today, and a plain rice cake", "", ""),
    ("meal", "lunch: leftover plain chicken breast + white rice + cucumber", "", ""),
    ("meal", "dinner: bunless burger, side salad oil+vinegar, sparkling water", "", ""),
    # ---------------- meals: corrections and negation ----------------
    ("meal", "cheeseburger - actually no cheese, and no bun (lettuce wrap)", "", "sugar"),  # why: condiments unknown
    ("meal", "pad thai, no peanuts, extra lime", "sugar", "soy"),
    ("meal", "latte - wait it was an oat latte", "", "wheat"),
    ("meal", "burrito bowl no cheese no sour cream", "", "corn"),  # why: Chipotle-style bowls usually hold corn salsa or chips
    ("meal", "tacos (corn tortillas), no cheese, no crema", "corn", ""),
    ("meal", "caesar salad no croutons no dressing, just lemon", "dairy", ""),  # why: parmesan still on it
    ("meal", "sushi, NO soy sauce", "sugar", ""),
    ("meal", "black coffee, no sugar, no milk", "", ""),
    ("meal", "gf pasta w marinara", "", "sugar corn"),  # why: gluten-free pasta often corn/rice; jarred marinara sugar
    ("meal", "salad with dressing on the side, didn't use it", "", ""),
    ("meal", "pizza but I took the cheese off", "wheat", "dairy sugar"),  # why: residue remains
    ("meal", "stir fry with coconut aminos instead of soy sauce", "", "sugar"),
    ("meal", "omelette cooked in olive oil not butter, spinach, mushrooms", "", ""),
    ("meal", "smoothie — strawberry, banana, water. no yogurt this time", "", ""),
    ("meal", "iced tea unsweetened (I asked twice)", "", ""),
    ("meal", "dairy free ben & jerry's non-dairy cookie dough", "wheat sugar", "soy corn"),
    ("meal", "fried rice without soy sauce, just salt", "", "corn soy"),
    ("meal", "had toast... gluten free bread tho", "", "corn soy sugar dairy"),  # why: GF breads commonly use corn starch, sugar, milk powder or soy
    ("meal", "correction: yesterday's 'milk' was almond milk", "", ""),
    ("meal", "sorry, meant 2 slices not 3. white bread w butter", "wheat dairy", "sugar"),
    # ---------------- meals: typos, caps, emoji, abbreviations ----------------
    ("meal", "CHKN TENDIES + HONEY MUSTARD", "wheat", "sugar corn soy dairy"),
    ("meal", "mac n chese", "wheat dairy", ""),
    ("meal", "peanutbutter&jelly on whitebread", "wheat sugar", "soy corn"),
    ("meal", "🍕🍕🍕 + 🍺", "wheat dairy", "sugar"),  # why: pizza emoji; beer emoji adds possible wheat (already definite)
    ("meal", "🍣 and 🍵", "sugar", "soy wheat"),
    ("meal", "☕ w oatmilk", "", "wheat"),
    ("meal", "brkfst burito w egg chz potato", "wheat dairy", "corn soy"),
    ("meal", "grld chkn w brwn rice n brocoli", "", ""),
    ("meal", "yoghurt w musli", "dairy", "wheat sugar"),
    ("meal", "spagetti carbonara", "wheat dairy", ""),
    ("meal", "lasgna", "wheat dairy", "sugar"),
    ("meal", "expresso + croisant", "wheat dairy", "sugar"),
    ("meal", "ICE CREAM SANDWICH", "wheat dairy sugar", "corn soy"),
    ("meal", "pb toast", "wheat", "sugar soy"),
    ("meal", "pbj", "wheat sugar", "soy corn"),
    ("meal", "ramen+egg+spamx2", "wheat sugar", "soy corn"),
    ("meal", "tofuscramble w spinach", "soy", ""),
    ("meal", "cornflakeswithmilk", "corn dairy sugar", "wheat"),  # why: cornflakes contain malt flavouring
    ("meal", "fish&chips&mushypeas", "wheat", "corn soy sugar"),
    ("meal", "GREEK YOGURT PLAIN 0% + BERRIES", "dairy", ""),
    ("meal", "grilled cheeze sammich", "wheat dairy", "sugar"),
    ("meal", "mlik tea", "dairy", "sugar"),
    ("meal", "tost w buter", "wheat dairy", "sugar"),
    ("meal", "2 eggs scrambled w chedar", "dairy", ""),
    ("meal", "bbq ribs w cornbread 🤤", "corn wheat sugar dairy", ""),
    ("meal", "quinoa salad w feta, cucumber, lemon 🥗", "dairy", ""),
    ("meal", "late nite: doritos + mtn dew", "corn sugar", "dairy soy wheat"),  # why: nacho cheese Doritos contain cheese and whey; may contain wheat
    ("meal", "zzz... just a glass of warm milk", "dairy", ""),
    ("meal", "chilli con carne w rice", "", "sugar"),
    ("meal", "halal cart chicken over rice w white sauce + hot sauce", "", "dairy soy corn sugar"),  # why: white sauce is mayo-based, sometimes yogurt
    ("meal", "apple cinnamon oats (gf oats), water, no sweetener", "", ""),
    ("meal", "banana", "", ""),
    ("meal", "nothing but 3 cups of coffee w cream", "dairy", ""),
    ("meal", "mcdo burger steak + rice (ph)", "", "wheat soy corn sugar dairy"),
    ("meal", "pan dulce y champurrado", "wheat sugar corn", "dairy"),  # why: champurrado is thickened with masa
    ("meal", "croissant au beurre", "wheat dairy", "sugar"),
    ("meal", "bircher muesli", "dairy", "wheat sugar"),
    ("meal", "shakshuka w pita", "wheat", "sugar"),
    ("meal", "egg fried rice takeaway", "", "soy wheat corn"),
    ("meal", "prawn crackers", "", "wheat corn soy sugar"),
    ("meal", "chips n salsa", "corn", "soy sugar"),
    # ---------------- meals: supermarket brands and more diary entries ----------------
    ("meal", "bowl of cheerios w 2% milk", "dairy corn sugar", "wheat"),  # why: whole grain oats + corn starch + sugar
    ("meal", "2 slices dave's killer bread w skippy", "wheat sugar", "soy"),
    ("meal", "heinz beans on toast", "wheat sugar", "corn"),  # why: beans sauce thickened with cornflour
    ("meal", "weetabix x2 w semi skimmed", "wheat dairy sugar", ""),  # why: wheat + barley malt + sugar
    ("meal", "kraft dinner", "wheat dairy", "corn"),
    ("meal", "nutella on a rice cake", "sugar dairy soy", ""),
    ("meal", "oreos x4 dunked in oat milk", "wheat sugar soy corn", ""),
    ("meal", "hot pocket pepperoni", "wheat dairy", "soy corn sugar"),
    ("meal", "lean cuisine chicken alfredo", "wheat dairy", "corn soy sugar"),
    ("meal", "2 eggo waffles w aunt jemima", "wheat corn sugar", "soy dairy"),  # why: pancake syrup = corn syrup
    ("meal", "cup of yoplait strawberry", "dairy sugar", "corn"),
    ("meal", "activia vanilla", "dairy sugar", "corn"),
    ("meal", "babybel x2", "dairy", ""),
    ("meal", "tesco meal deal: chicken club sandwich, walkers ready salted, coke zero", "wheat", "dairy soy sugar corn"),
    ("meal", "m&s percy pigs half bag", "sugar", "corn"),  # why: glucose syrup, gelatin
    ("meal", "haribo goldbears", "sugar", "corn"),
    ("meal", "cadbury dairy milk 1 row", "dairy sugar", "soy"),
    ("meal", "lotus biscoff x3", "wheat sugar", "soy"),
    ("meal", "pringles original stack", "wheat corn", "soy"),  # why: dried potatoes + wheat starch + maltodextrin + corn flour
    ("meal", "takis fuego small bag", "corn sugar", "soy wheat"),
    ("meal", "clif bar choc chip", "sugar soy", "wheat dairy"),  # why: brown rice syrup, soy protein, oats
    ("meal", "quest bar", "dairy corn", "soy"),  # why: soluble corn fibre; sweetened with erythritol/sucralose
    ("meal", "kind bar dark choc nuts", "sugar soy", "dairy corn"),  # why: glucose syrup, honey, soy lecithin
    ("meal", "rxbar", "", ""),  # why: dates, egg whites, nuts - no added sugar
    ("meal", "maggi 2 minute noodles masala", "wheat", "corn soy sugar dairy"),
    ("meal", "lucky me pancit canton x2 lol", "wheat soy sugar", "corn"),
    ("meal", "shin ramyun + cheese slice", "wheat dairy soy", "corn sugar"),
    ("meal", "samyang buldak carbonara", "wheat dairy sugar soy", "corn"),
    ("meal", "bibigo mandu 6", "wheat soy", "sugar corn"),
    ("meal", "trader joes mandarin orange chicken", "wheat sugar soy", "corn"),
    ("meal", "costco hot dog + soda", "wheat sugar", "corn soy"),
    ("meal", "costco rotisserie chicken", "", "corn sugar wheat"),  # why: injected with a solution containing sugar, dextrose, modified starch
    ("meal", "aldi fish fingers x6 + peas", "wheat", ""),
    ("meal", "ben & jerry's half baked, like half a pint", "dairy sugar wheat", "corn soy"),
    ("meal", "magnum classic", "dairy sugar", "corn soy"),
    ("meal", "mochi donut from the mall", "wheat sugar", "dairy corn soy"),
    ("meal", "lunch: chipotle sofritas bowl; dinner: homemade chicken soup (no noodles)", "soy", ""),
    ("meal", "b: nothing. l: leftover pad see ew. d: 2 slices cold pizza. dessert: 3 oreos", "wheat soy sugar dairy", "corn"),
    ("meal", "fasting till 3, then a big plate of injera w shiro + tibs", "", "wheat dairy"),
    ("meal", "date night: burrata, cacio e pepe, tiramisu + 2 glasses of barolo", "dairy wheat sugar", ""),
    ("meal", "iftar: dates, lentil soup, chicken kabsa, kunafa", "wheat dairy sugar", ""),
    ("meal", "sunday roast: beef, yorkshire puds, roasties, gravy, peas", "wheat dairy", "corn sugar"),  # why: yorkshire pudding = flour, milk, eggs
    ("meal", "dim sum brunch: turnip cake, har gow, egg tarts, chrysanthemum tea", "wheat dairy sugar", "soy corn"),
    ("meal", "kids leftovers: chicken nuggets (3) and some mac n cheese", "wheat dairy", "corn soy sugar"),
    ("meal", "work potluck: lumpia, pancit, leche flan, ube cake", "wheat soy sugar dairy", "corn"),
    ("meal", "hospital cafeteria: turkey sandwich, apple, milk carton", "wheat dairy", "sugar soy"),
    ("meal", "airport: pret ham & cheese croissant + flat white", "wheat dairy", "sugar"),
    ("meal", "2am drunk: kebab w garlic sauce and chilli sauce, chips", "wheat", "dairy sugar corn soy"),
    ("meal", "woke up, black coffee, then chia pudding w coconut milk + maple", "", "sugar"),
    ("meal", "post-gym: whey shake w water + banana", "dairy", "sugar corn soy"),  # why: flavoured whey often has sweeteners, maltodextrin, lecithin
    # ---------------- labels: supermarket staples (English) ----------------
    ("label", "Classic White Sandwich Bread. Ingredients: enriched wheat flour, water, sugar, yeast, soybean oil, salt, calcium propionate, monoglycerides, soy lecithin.", "wheat sugar soy", ""),
    ("label", "Sourdough Loaf. Ingredients: wheat flour, water, salt.", "wheat", ""),
    ("label", "Seeded Rye Bread. Ingredients: rye flour, water, sunflower seeds, sesame seeds, salt, yeast.", "", "wheat"),
    ("label", "Corn Tortillas. Ingredients: ground corn treated with lime, water, cellulose gum, propionic acid.", "corn", ""),
    ("label", "Flour Tortillas. Ingredients: enriched bleached wheat flour, water, vegetable shortening (interesterified soybean oil, hydrogenated soybean oil), baking powder, salt, sugar.", "wheat soy sugar", "corn"),  # why: baking powder usually contains cornstarch
    ("label", "Tortilla Chips, Sea Salt. Ingredients: whole grain corn, vegetable oil (corn, canola and/or sunflower oil), sea salt.", "corn", ""),  # why: the oil list is qualified
    ("label", "Pretzel Twists. Ingredients: enriched wheat flour, salt, corn syrup, canola oil, yeast, baking soda.", "wheat sugar corn", ""),
    ("label", "Saltine Crackers. Ingredients: enriched flour, soybean oil, salt, baking soda, yeast. Contains: wheat.", "wheat soy", ""),
    ("label", "Graham Crackers. Ingredients: unbleached enriched flour, whole grain wheat flour, sugar, soybean and/or canola oil, honey, leavening, salt, soy lecithin.", "wheat sugar soy", "corn"),
    ("label", "Original Rice Cakes, Lightly Salted. Ingredients: whole grain brown rice, salt.", "", ""),
    ("label", "Plain Bagels. Ingredients: enriched wheat flour, water, sugar, yeast, salt, barley malt syrup, cornmeal (for dusting).", "wheat sugar corn", ""),
    ("label", "English Muffins. Ingredients: enriched flour, water, farina, yeast, corn meal, sugar, salt, vinegar, calcium propionate, soy lecithin.", "wheat corn sugar soy", ""),
    ("label", "Pita Bread. Ingredients: wheat flour, water, yeast, salt, sugar, canola oil.", "wheat sugar", ""),
    ("label", "Naan, Garlic. Ingredients: wheat flour, water, yogurt (milk), vegetable oil, sugar, garlic, salt, baking powder, yeast.", "wheat dairy sugar", "corn soy"),
    ("label", "Breadcrumbs, Panko Style. Ingredients: wheat flour, dextrose, yeast, salt, rapeseed oil.", "wheat sugar", "corn"),
    ("label", "Dried Spaghetti. Ingredients: durum wheat semolina, water.", "wheat", ""),
    ("label", "Egg Noodles. Ingredients: wheat flour, egg (6%), salt.", "wheat", ""),
    ("label", "Rice Vermicelli. Ingredients: rice flour, water.", "", ""),
    ("label", "Gnocchi di Patate. Ingredients: rehydrated potato flakes 70%, wheat flour, potato starch, salt, lactic acid, nutmeg.", "wheat", ""),
    ("label", "Couscous. Ingredients: durum wheat semolina.", "wheat", ""),
    ("label", "Pearl Barley. Ingredients: pearl barley.", "", "wheat"),
    ("label", "Rolled Oats. Ingredients: 100% whole grain rolled oats.", "", "wheat"),
    ("label", "Certified Gluten-Free Rolled Oats. Ingredients: gluten-free whole grain oats.", "", ""),
    ("label", "Yellow Cornmeal, Stone Ground. Ingredients: whole grain yellow corn.", "corn", ""),
    ("label", "Polenta. Ingredients: maize semolina.", "corn", ""),
    ("label", "Cornflour. Ingredients: maize starch.", "corn", ""),
    ("label", "Self-Raising Flour. Ingredients: wheat flour, raising agents (monocalcium phosphate, sodium bicarbonate), calcium carbonate, iron, niacin, thiamin.", "wheat", ""),
    ("label", "Buckwheat Flour. Ingredients: 100% buckwheat. Packed in a facility that also handles wheat.", "", "wheat"),  # why: facility statement = possible cross-contact
    ("label", "Spelt Flour, Wholegrain. Ingredients: wholegrain spelt flour.", "wheat", ""),
    ("label", "Almond Flour, Blanched. Ingredients: blanched almonds.", "", ""),
    ("label", "Whole Milk. Ingredients: milk, vitamin D3.", "dairy", ""),
    ("label", "Lactose-Free 2% Milk. Ingredients: reduced fat milk, lactase enzyme, vitamin A palmitate, vitamin D3.", "dairy", ""),
    ("label", "Salted Butter. Ingredients: cream (milk), salt.", "dairy", ""),
    ("label", "Ghee, Grass-Fed. Ingredients: clarified butter.", "dairy", ""),
    ("label", "Plain Greek Yogurt 0%. Ingredients: cultured pasteurized nonfat milk, live active cultures.", "dairy", ""),
    ("label", "Strawberry Yogurt. Ingredients: cultured grade A low fat milk, sugar, strawberries, modified corn starch, natural flavors, pectin, carmine.", "dairy sugar corn", ""),
    ("label", "Vanilla Skyr. Ingredients: skimmed milk, cane sugar, vanilla bean, live cultures.", "dairy sugar", ""),
    ("label", "Cheddar Cheese, Sharp. Ingredients: pasteurized milk, cheese culture, salt, enzymes, annatto.", "dairy", ""),
    ("label", "Shredded Mozzarella. Ingredients: low-moisture part-skim mozzarella cheese (pasteurized milk, cheese cultures, salt, enzymes), potato starch, powdered cellulose, natamycin.", "dairy", ""),
    ("label", "American Cheese Singles. Ingredients: milk, water, milk protein concentrate, sodium citrate, whey, milkfat, calcium phosphate, salt, sorbic acid, annatto, apocarotenal, enzymes, cheese culture, soy lecithin.", "dairy soy", ""),
    ("label", "Cream Cheese Spread. Ingredients: pasteurized milk and cream, whey protein concentrate, salt, carob bean gum, xanthan gum, cheese culture.", "dairy", "corn"),
    ("label", "Paneer. Ingredients: pasteurised milk, citric acid.", "dairy", "corn"),
    ("label", "Sour Cream. Ingredients: cultured cream.", "dairy", ""),
    ("label", "Non-Dairy Coffee Creamer, Original. Ingredients: corn syrup solids, hydrogenated vegetable oil (coconut and/or palm kernel and/or soybean), sodium caseinate (a milk derivative), mono- and diglycerides, dipotassium phosphate, artificial flavor, annatto color.", "corn sugar dairy", "soy"),  # why: corn syrup solids; caseinate is dairy despite the name; soybean listed as and/or
    ("label", "Oat Drink Barista Edition. Ingredients: water, oats 10%, rapeseed oil, dipotassium phosphate, calcium carbonate, salt.", "", "wheat"),
    ("label", "Unsweetened Almond Milk. Ingredients: almondmilk (filtered water, almonds), calcium carbonate, sea salt, locust bean gum, gellan gum, potassium citrate, sunflower lecithin.", "", ""),
    ("label", "Original Soymilk. Ingredients: organic soymilk (filtered water, whole organic soybeans), organic cane sugar, sea salt, carrageenan, natural flavor.", "soy sugar", ""),
    ("label", "Coconut Milk, Canned. Ingredients: coconut extract 80%, water, guar gum.", "", ""),
    ("label", "Firm Tofu. Ingredients: water, soybeans, calcium sulfate, magnesium chloride.", "soy", ""),
    ("label", "Tempeh, Organic. Ingredients: organic soybeans, water, organic brown rice, vinegar, tempeh culture.", "soy", ""),
    ("label", "White Miso Paste. Ingredients: water, soybeans, rice, salt, alcohol.", "soy", ""),
    ("label", "Soy Sauce, Naturally Brewed. Ingredients: water, wheat, soybeans, salt, sodium benzoate.", "soy wheat", ""),
    ("label", "Tamari, Gluten Free. Ingredients: water, soybeans, salt, alcohol.", "soy", ""),
    ("label", "Liquid Aminos. Ingredients: vegetable protein from non-GMO soybeans, purified water.", "soy", ""),
    ("label", "Coconut Aminos. Ingredients: organic coconut tree sap, sea salt.", "", "sugar"),  # why: sap concentrate, like a natural sweetener; no soy
    ("label", "Oyster Sauce. Ingredients: water, sugar, salt, oyster extract, modified corn starch, wheat flour, caramel color, monosodium glutamate.", "sugar corn wheat", ""),
    ("label", "Hoisin Sauce. Ingredients: sugar, water, fermented soybean paste (water, soybeans, salt, wheat flour), sweet potato, modified corn starch, salt, garlic, chili, spices.", "sugar soy wheat corn", ""),
    ("label", "Sriracha Hot Chili Sauce. Ingredients: chili, sugar, salt, garlic, distilled vinegar, potassium sorbate, sodium bisulfite, xanthan gum.", "sugar", "corn"),
    ("label", "Fish Sauce. Ingredients: anchovy, salt, sugar.", "sugar", ""),
    ("label", "Gochujang. Ingredients: corn syrup, red pepper powder, water, rice, wheat flour, salt, fermented soybean powder, alcohol, onion, garlic.", "corn sugar wheat soy", ""),
    ("label", "Teriyaki Marinade. Ingredients: soy sauce (water, wheat, soybeans, salt), sugar, wine, vinegar, onion powder, xanthan gum, spices.", "soy wheat sugar", "corn"),
    ("label", "Tomato Ketchup. Ingredients: tomato concentrate, distilled vinegar, high fructose corn syrup, corn syrup, salt, spice, onion powder, natural flavoring.", "sugar corn", ""),
    ("label", "Tomato Ketchup, No Sugar Added. Ingredients: tomato concentrate, distilled vinegar, salt, natural flavoring, sucralose.", "", ""),  # why: sucralose is not sugar
    ("label", "Yellow Mustard. Ingredients: distilled vinegar, water, mustard seed, salt, turmeric, paprika, spice, natural flavors, garlic powder.", "", ""),
    ("label", "Real Mayonnaise. Ingredients: soybean oil, water, whole eggs and egg yolks, vinegar, salt, sugar, lemon juice concentrate, calcium disodium EDTA, natural flavors.", "soy sugar", ""),
    ("label", "Avocado Oil Mayo. Ingredients: avocado oil, organic eggs, organic egg yolks, organic vinegar, sea salt, rosemary extract.", "", ""),
    ("label", "Ranch Dressing. Ingredients: soybean oil, water, buttermilk, sugar, salt, egg yolk, garlic, monosodium glutamate, distilled vinegar, onion, xanthan gum, modified food starch, spices.", "soy dairy sugar", "corn wheat"),
    ("label", "Balsamic Vinaigrette. Ingredients: water, canola oil, balsamic vinegar, sugar, extra virgin olive oil, salt, garlic, xanthan gum, caramel color.", "sugar", "corn"),
    ("label", "BBQ Sauce, Original. Ingredients: high fructose corn syrup, tomato paste, modified food starch, molasses, vinegar, salt, natural smoke flavor, mustard flour, garlic powder, caramel color, sodium benzoate.", "sugar corn", "wheat"),
    ("label", "Worcestershire Sauce. Ingredients: distilled white vinegar, molasses, water, sugar, onions, anchovies, salt, garlic, cloves, tamarind extract, natural flavorings, chili pepper extract.", "sugar", ""),
    ("label", "Marinara Pasta Sauce. Ingredients: tomato puree, diced tomatoes, olive oil, onions, salt, garlic, basil, black pepper.", "", ""),  # why: pasta sauce contains no pasta
    ("label", "Tomato Basil Pasta Sauce. Ingredients: tomatoes, tomato paste, sugar, soybean oil, salt, dried onions, spices, basil, garlic, citric acid.", "sugar soy", "corn"),
    ("label", "Pesto alla Genovese. Ingredients: basil 40%, sunflower oil, cashew nuts, grana padano cheese (milk, salt, rennet, egg lysozyme), pecorino romano (sheep milk), extra virgin olive oil, pine nuts, salt, sugar, acidity regulator: lactic acid.", "dairy sugar", ""),
    ("label", "Chicken Stock Cubes. Ingredients: salt, flavour enhancers (monosodium glutamate, disodium inosinate), maize starch, palm fat, sugar, chicken fat, hydrolysed vegetable protein, colour (ammonia caramel), onion powder, spices.", "corn sugar", "wheat soy"),
    ("label", "Beef Bouillon Powder. Ingredients: salt, wheat flour, maltodextrin, palm oil, yeast extract, beef extract, onion, caramel colour, lactose (milk).", "wheat dairy", "corn"),
    ("label", "Gravy Granules. Ingredients: potato starch, maltodextrin, palm oil, wheat flour, salt, colour (ammonia caramel), flavour enhancers, onion powder, emulsifier (soya lecithin).", "wheat soy", "corn"),
    ("label", "Chicken Noodle Soup, Condensed. Ingredients: chicken stock, enriched egg noodles (wheat flour, egg), chicken meat, water, vegetable oil, salt, modified food starch, monosodium glutamate, chicken fat, dehydrated onion, soy protein isolate, beta carotene.", "wheat soy", "corn"),
    ("label", "Cream of Mushroom Soup. Ingredients: water, mushrooms, vegetable oil (corn, canola and/or soybean), modified food starch, wheat flour, cream (milk), salt, soy protein concentrate, yeast extract, spice extract, dehydrated garlic.", "wheat dairy soy", "corn"),
    ("label", "Baked Beans in Tomato Sauce. Ingredients: beans 51%, tomatoes 34%, water, sugar, spirit vinegar, modified cornflour, salt, spice extracts, herb extract.", "sugar corn", ""),
    ("label", "Sweetcorn in Water. Ingredients: sweetcorn, water.", "corn", ""),
    ("label", "Cream Style Corn. Ingredients: corn, water, sugar, modified food starch, salt.", "corn sugar", "wheat"),  # why: cream-style has no cream
    ("label", "Peanut Butter, Creamy. Ingredients: roasted peanuts, sugar, hydrogenated vegetable oils (cottonseed, soybean and rapeseed) to prevent separation, salt.", "sugar soy", ""),
    ("label", "Natural Peanut Butter. Ingredients: peanuts, salt.", "", ""),
    ("label", "Hazelnut Spread with Cocoa. Ingredients: sugar, palm oil, hazelnuts 13%, skimmed milk powder 8.7%, fat-reduced cocoa 7.4%, emulsifier: lecithins (soya), vanillin.", "sugar dairy soy", ""),
    ("label", "Strawberry Jam. Ingredients: strawberries, sugar, fruit pectin, citric acid.", "sugar", "corn"),
    ("label", "Raw Honey. Ingredients: 100% raw honey.", "", "sugar"),
    ("label", "Pure Maple Syrup, Grade A Amber.", "", "sugar"),
    ("label", "Pancake Syrup. Ingredients: corn syrup, high fructose corn syrup, water, cellulose gum, caramel color, salt, natural and artificial flavor, sodium benzoate.", "corn sugar", ""),
    ("label", "Agave Nectar, Light. Ingredients: organic blue agave syrup.", "sugar", ""),
    ("label", "Brown Rice Syrup. Ingredients: organic brown rice, water, enzymes.", "sugar", ""),
    ("label", "Golden Syrup. Ingredients: partially inverted refiners syrup.", "sugar", ""),
    ("label", "Blackstrap Molasses. Ingredients: unsulphured blackstrap molasses.", "sugar", ""),
    ("label", "Date Syrup. Ingredients: 100% dates.", "", "sugar"),
    ("label", "Coconut Sugar. Ingredients: organic coconut palm sugar.", "sugar", ""),
    ("label", "Icing Sugar. Ingredients: sugar, anti-caking agent: tricalcium phosphate.", "sugar", ""),
    ("label", "Powdered Sugar. Ingredients: sugar, cornstarch.", "sugar corn", ""),
    ("label", "Baking Powder, Double Acting. Ingredients: cornstarch, sodium bicarbonate, sodium aluminum sulfate, monocalcium phosphate.", "corn", ""),
    ("label", "Cream of Tartar. Ingredients: potassium bitartrate.", "", ""),
    ("label", "Instant Dry Yeast. Ingredients: yeast, sorbitan monostearate, ascorbic acid.", "", "corn"),  # why: sorbitan esters are made from sorbitol
    # ---------------- labels: snacks, sweets, cereals, ready meals ----------------
    ("label", "Milk Chocolate Bar. Ingredients: sugar, cocoa butter, whole milk powder, cocoa mass, emulsifier (soya lecithin), flavouring. Milk chocolate contains milk solids 30% minimum.", "sugar dairy soy", ""),
    ("label", "Dark Chocolate 85% Cocoa. Ingredients: cocoa mass, cocoa butter, demerara sugar, vanilla. May contain milk.", "sugar", "dairy"),  # why: cocoa butter is not dairy
    ("label", "Chocolate Sandwich Cookies. Ingredients: unbleached enriched flour, sugar, palm and/or canola oil, cocoa (processed with alkali), high fructose corn syrup, leavening (baking soda and/or calcium phosphate), salt, soy lecithin, chocolate, artificial flavor.", "wheat sugar corn soy", ""),
    ("label", "Digestive Biscuits. Ingredients: wheat flour (45%), vegetable oil (palm), wholemeal wheat flour (17%), sugar, glucose-fructose syrup, raising agents (sodium bicarbonate, malic acid, ammonium bicarbonate), salt.", "wheat sugar", "corn"),
    ("label", "Shortbread Fingers. Ingredients: wheat flour, butter (milk) 29%, sugar, salt.", "wheat dairy sugar", ""),
    ("label", "Jacob's-style Cream Crackers. Ingredients: wheat flour, vegetable oil (palm), salt, raising agent (ammonium bicarbonate), yeast.", "wheat", ""),  # why: "cream" crackers contain no cream
    ("label", "Oat Bar, Honey & Almond. Ingredients: whole grain oats, sugar, canola oil, rice flour, honey, salt, brown sugar syrup, soy lecithin, baking soda, natural flavor, almonds.", "sugar soy", "wheat"),
    ("label", "Protein Bar, Chocolate Chip Cookie Dough. Ingredients: protein blend (milk protein isolate, whey protein isolate), soluble corn fiber, almonds, water, erythritol, unsweetened chocolate, cocoa butter, natural flavors, sea salt, sucralose.", "dairy corn", ""),  # why: no sugar listed; erythritol/sucralose are not sugar
    ("label", "Granola, Maple Pecan. Ingredients: whole grain oats, cane sugar, sunflower oil, pecans, maple syrup, rice crisps (rice flour, sugar, salt), honey, salt, natural flavor.", "sugar", "wheat"),
    ("label", "Corn Flakes. Ingredients: milled corn, sugar, malt flavor, contains 2% or less of salt, iron, niacinamide, vitamin B6.", "corn sugar", "wheat"),
    ("label", "Frosted Wheat Squares. Ingredients: whole grain wheat, sugar, gelatin, BHT for freshness.", "wheat sugar", ""),
    ("label", "Toasted Oat Rings. Ingredients: whole grain oats, corn starch, sugar, salt, tripotassium phosphate.", "corn sugar", "wheat"),
    ("label", "Puffed Rice Cereal. Ingredients: rice, sugar, salt, malt flavor.", "sugar", "wheat"),
    ("label", "Instant Oatmeal, Apple Cinnamon. Ingredients: whole grain rolled oats, sugar, dehydrated apples, natural flavor, cinnamon, salt, calcium carbonate, guar gum, citric acid.", "sugar", "wheat corn"),
    ("label", "Potato Chips, Classic. Ingredients: potatoes, vegetable oil (sunflower, corn and/or canola oil), salt.", "", "corn"),  # why: and/or list, corn may not be used
    ("label", "Kettle Chips, Sea Salt & Vinegar. Ingredients: potatoes, sunflower oil, sea salt, rice flour, dextrose, vinegar powder (maltodextrin, vinegar), citric acid.", "sugar", "corn"),
    ("label", "Cheese Puffs. Ingredients: enriched corn meal, vegetable oil (corn, canola and/or sunflower oil), whey, cheddar cheese (milk, cheese cultures, salt, enzymes), maltodextrin (made from corn), salt, buttermilk, natural flavor, monosodium glutamate, lactic acid, citric acid, artificial color.", "corn dairy", ""),
    ("label", "Microwave Popcorn, Butter. Ingredients: whole grain popping corn, palm oil, salt, natural flavor, color (annatto), TBHQ. Contains: milk.", "corn dairy", ""),
    ("label", "Gummy Bears. Ingredients: glucose syrup, sugar, gelatin, dextrose, citric acid, flavouring, fruit and plant concentrates, beeswax, carnauba wax.", "sugar", "corn"),
    ("label", "Sour Worms. Ingredients: sugar, corn syrup, modified corn starch, tartaric acid, citric acid, sodium lactate, artificial flavors, red 40, yellow 5, blue 1.", "sugar corn", ""),
    ("label", "Licorice Twists, Strawberry. Ingredients: corn syrup, wheat flour, sugar, cornstarch, palm oil, salt, artificial flavor, glycerin, citric acid, potassium sorbate, red 40, soy lecithin.", "corn wheat sugar soy", ""),
    ("label", "Marshmallows. Ingredients: corn syrup, sugar, modified cornstarch, water, dextrose, gelatin, tetrasodium pyrophosphate, natural and artificial flavor, blue 1.", "corn sugar", ""),
    ("label", "Sugar-Free Chewing Gum, Spearmint. Ingredients: sorbitol, gum base, glycerol, natural and artificial flavors, mannitol, aspartame, acesulfame K, soy lecithin, BHT.", "soy", "corn"),  # why: sugar-free; sorbitol possible corn
    ("label", "Nougat Bar. Ingredients: sugar, glucose syrup, almonds 20%, honey 8%, egg white, wafer paper (potato starch, sunflower oil), natural flavour.", "sugar", "corn dairy"),  # why: natural flavour in sweets can be dairy
    ("label", "Caramel Sauce. Ingredients: sweetened condensed milk (milk, sugar), glucose syrup, butter (milk), salt, stabiliser: pectin.", "dairy sugar", "corn"),
    ("label", "Vanilla Ice Cream. Ingredients: cream, skim milk, sugar, egg yolks, vanilla extract.", "dairy sugar", ""),
    ("label", "Dairy-Free Frozen Dessert, Chocolate. Ingredients: coconut cream, cane sugar, cocoa, tapioca syrup, sea salt, guar gum. Made in a facility that processes milk.", "sugar", "dairy"),
    ("label", "Frozen Pepperoni Pizza. Ingredients: crust (enriched flour, water, soybean oil, yeast, sugar, salt, dough conditioner), mozzarella cheese (pasteurized milk, cultures, salt, enzymes), pepperoni (pork, beef, salt, spices, dextrose, lactic acid starter culture, oleoresin of paprika, sodium nitrite), tomato paste, water, spices.", "wheat soy sugar dairy", "corn"),
    ("label", "Chicken Nuggets, Frozen. Ingredients: chicken breast with rib meat, water, wheat flour, modified corn starch, vegetable oil (canola, soybean), salt, yellow corn flour, dextrose, spices, leavening, garlic powder.", "wheat corn soy sugar", ""),
    ("label", "Fish Fingers. Ingredients: Alaska pollock 58%, breadcrumb (wheat flour, water, yeast, salt), rapeseed oil, water, potato starch, wheat flour, salt.", "wheat", ""),
    ("label", "Frozen Chips, Straight Cut. Ingredients: potatoes (94%), sunflower oil.", "", ""),
    ("label", "Hash Browns. Ingredients: potato, vegetable oil, potato flakes, salt, corn flour, dextrose, black pepper.", "corn sugar", "soy"),
    ("label", "Macaroni & Cheese Dinner. Ingredients: enriched macaroni (wheat flour, niacin, iron, thiamin, riboflavin, folic acid), cheese sauce mix (whey, milkfat, milk protein concentrate, salt, sodium triphosphate, citric acid, lactic acid, sodium phosphate, calcium phosphate, paprika, turmeric, annatto, enzymes, cheese culture).", "wheat dairy", "corn"),
    ("label", "Instant Ramen, Chicken Flavour. Noodles: wheat flour, palm oil, tapioca starch, salt, soy sauce (water, soybeans, wheat, salt), acidity regulators. Seasoning: salt, sugar, monosodium glutamate, dextrose, chicken powder, garlic powder, hydrolysed vegetable protein, spices.", "wheat soy sugar", "corn"),
    ("label", "Cup Noodles Seafood. Ingredients: noodles (wheat flour, palm oil, salt, soy sauce), dried cabbage, imitation crab (fish, wheat starch, egg white, sugar), squid, soup base (lactose, milk powder, salt, sugar, pork extract, corn starch).", "wheat soy sugar dairy corn", ""),
    ("label", "Frozen Vegetable Lasagne. Ingredients: cooked pasta (durum wheat semolina, water, egg), milk, tomato, courgette, cheddar cheese (milk), spinach, onion, modified maize starch, butter, wheat flour, salt, sugar.", "wheat dairy corn sugar", ""),
    ("label", "Chicken Tikka Masala Ready Meal. Ingredients: cooked rice, chicken (20%), tomato, onion, single cream (milk), yogurt (milk), rapeseed oil, ginger, garlic, sugar, cornflour, spices, salt.", "dairy sugar corn", ""),
    ("label", "Vegetable Spring Rolls. Ingredients: wheat flour, cabbage, carrot, onion, vermicelli (mung bean starch, water), soybean oil, sugar, salt, soy sauce (soybeans, wheat, salt), garlic, white pepper.", "wheat soy sugar", ""),
    ("label", "Beef Jerky, Original. Ingredients: beef, water, sugar, soy sauce (water, wheat, soybeans, salt), salt, less than 2% of flavorings, brown sugar, vinegar, coriander, onion powder, garlic powder, sodium nitrite.", "sugar soy wheat", ""),
    ("label", "Pork Sausages. Ingredients: pork (85%), water, rusk (wheat flour, salt), potato starch, salt, dextrose, spices, preservative: sodium metabisulphite, antioxidant: ascorbic acid.", "wheat sugar", "corn"),
    ("label", "Corned Beef, Canned. Ingredients: cooked beef, salt, sugar, sodium nitrite.", "sugar", ""),  # why: 'corned' means salt-cured; sugar is listed
    ("label", "Hot Dogs, Beef Franks. Ingredients: beef, water, contains less than 2% of: salt, corn syrup, dextrose, potassium lactate, sodium phosphate, sodium diacetate, sodium erythorbate, sodium nitrite, paprika, spices, garlic powder.", "corn sugar", ""),
    ("label", "Smoked Turkey Breast, Deli. Ingredients: turkey breast, water, contains 2% or less of salt, cane sugar, sodium phosphate, carrageenan, natural flavor.", "sugar", ""),
    ("label", "Luncheon Meat. Ingredients: pork with ham, salt, water, potato starch, sugar, sodium nitrite.", "sugar", ""),
    ("label", "Hummus, Classic. Ingredients: cooked chickpeas, tahini, canola oil, water, garlic, salt, citric acid, potassium sorbate.", "", "corn"),
    ("label", "Falafel Mix. Ingredients: dried chickpeas, dried broad beans, onion, garlic, parsley, cumin, coriander, salt, bicarbonate of soda.", "", ""),
    ("label", "Frozen Edamame in Pods. Ingredients: soybeans, sea salt.", "soy", ""),
    ("label", "Veggie Burger. Ingredients: water, textured wheat protein, coconut oil, potato protein, natural flavors, methylcellulose, yeast extract, salt, soy protein isolate, cultured dextrose, food starch modified, garlic powder.", "wheat soy", "sugar corn"),  # why: cultured dextrose is a preservative ferment; modified starch
    ("label", "Plant-Based Burger. Ingredients: water, pea protein, expeller-pressed canola oil, refined coconut oil, rice protein, natural flavors, dried yeast, cocoa butter, methylcellulose, potato starch, apple extract, salt, pomegranate fruit powder, beet juice extract.", "", ""),
    ("label", "Seitan Strips. Ingredients: vital wheat gluten, water, tamari (water, soybeans, salt), garlic, onion, spices.", "wheat soy", ""),
    ("label", "TVP Mince. Ingredients: defatted soy flour.", "soy", ""),
    ("label", "Sauerkraut. Ingredients: cabbage, salt.", "", ""),
    ("label", "Kimchi, Napa Cabbage. Ingredients: napa cabbage, radish, red pepper powder, garlic, green onion, fish sauce (anchovy, salt), ginger, sugar, glutinous rice flour.", "sugar", ""),
    ("label", "Bread & Butter Pickles. Ingredients: cucumbers, sugar, distilled vinegar, water, salt, onions, calcium chloride, spices, turmeric.", "sugar", ""),  # why: no bread or butter in them
    ("label", "Dill Pickle Spears. Ingredients: cucumbers, water, vinegar, salt, calcium chloride, natural flavors, polysorbate 80, yellow 5.", "", ""),
    ("label", "Salsa, Medium. Ingredients: tomatoes, onions, jalapeño peppers, vinegar, salt, garlic, cilantro.", "", ""),
    ("label", "Refried Beans, Traditional. Ingredients: cooked pinto beans, water, lard, salt.", "", ""),
    ("label", "Taco Seasoning Mix. Ingredients: chili pepper, maltodextrin, salt, corn starch, onion, paprika, spices, sugar, garlic, citric acid, natural flavor.", "corn sugar", ""),
    ("label", "Curry Roux Blocks, Medium Hot. Ingredients: wheat flour, edible oils and fats (palm oil, lard), salt, sugar, curry powder, starch, onion powder, flavor enhancers, caramel color, spices, milk powder. Contains: wheat, milk, soy.", "wheat sugar dairy soy", "corn"),
    ("label", "Sweetened Condensed Milk. Ingredients: milk, sugar.", "dairy sugar", ""),
    ("label", "Evaporated Milk. Ingredients: milk, dipotassium phosphate, carrageenan, vitamin D3.", "dairy", ""),
    ("label", "Hot Cocoa Mix. Ingredients: sugar, corn syrup solids, modified whey, cocoa processed with alkali, hydrogenated coconut oil, nonfat milk, less than 2% of salt, dipotassium phosphate, mono- and diglycerides, carrageenan, artificial flavor.", "sugar corn dairy", ""),
    ("label", "Chocolate Malted Drink Powder. Ingredients: barley malt extract, skimmed milk powder, sugar, cocoa powder, palm oil, minerals, vitamins. Contains barley and milk.", "dairy sugar", "wheat"),
    ("label", "Cola, 330ml can. Ingredients: carbonated water, sugar, colour (caramel E150d), phosphoric acid, natural flavourings including caffeine.", "sugar", "corn"),
    ("label", "Diet Lemonade. Ingredients: carbonated water, citric acid, natural lemon flavouring, sweeteners (aspartame, acesulfame K), preservative (potassium sorbate).", "", "corn"),
    ("label", "Orange Juice, Not From Concentrate. Ingredients: 100% pressed orange juice.", "", ""),
    ("label", "Apple Juice Drink. Ingredients: water, apple juice from concentrate (20%), sugar, citric acid, vitamin C.", "sugar", "corn"),
    ("label", "Fruit Snacks, Mixed Berry. Ingredients: fruit puree (pears, strawberries), corn syrup, sugar, modified corn starch, fruit juice from concentrate, citric acid, natural flavors, pectin, ascorbic acid, carnauba wax.", "corn sugar", ""),
    ("label", "Energy Drink. Ingredients: carbonated water, sucrose, glucose, citric acid, taurine, sodium citrate, colour (caramel), caffeine, niacinamide, flavourings.", "sugar", "corn"),
    ("label", "Sports Drink Powder, Lemon-Lime. Ingredients: sucrose, dextrose, citric acid, sodium citrate, monopotassium phosphate, natural flavor, yellow 5.", "sugar", "corn"),
    ("label", "Oat Milk Chocolate Drink. Ingredients: oat base (water, oats), sugar, cocoa, rapeseed oil, calcium carbonate, salt.", "sugar", "wheat"),
    ("label", "Instant Coffee 3-in-1. Ingredients: sugar, non-dairy creamer (glucose syrup, hydrogenated palm kernel oil, sodium caseinate, stabiliser, emulsifier), instant coffee 12%.", "sugar dairy", "corn soy"),  # why: caseinate; unqualified emulsifier could be soy lecithin
    ("label", "Wholewheat Pita Chips. Ingredients: whole wheat flour, sunflower oil, sea salt, yeast, cane sugar.", "wheat sugar", ""),
    ("label", "Trail Mix. Ingredients: peanuts, raisins, M&M-style candies (sugar, chocolate, skim milk, cocoa butter, lactose, milkfat, corn starch, corn syrup, dextrin, coloring, gum acacia), almonds, cashews.", "sugar dairy corn", ""),
    ("label", "Mixed Nuts, Roasted & Salted. Ingredients: cashews, almonds, hazelnuts, peanut oil, sea salt.", "", ""),
    ("label", "Dried Mango Slices. Ingredients: mango, sugar, sodium metabisulfite.", "sugar", ""),
    ("label", "Unsweetened Dried Apricots. Ingredients: apricots.", "", ""),
    ("label", "Medjool Dates.", "", ""),
    ("label", "Rice Crackers, Seaweed. Ingredients: rice, soy sauce (soybean, wheat, salt), sugar, seaweed, corn starch.", "soy wheat sugar corn", ""),
    ("label", "Nori Snack Sheets. Ingredients: seaweed, sesame oil, salt.", "", ""),
    # ---------------- labels: other languages ----------------
    ("label", "Butterkekse. Zutaten: Weizenmehl, Zucker, Butter 10%, Magermilchpulver, Glukosesirup, Salz, Backtriebmittel Natriumcarbonate, Säuerungsmittel Citronensäure. Kann Spuren von Soja enthalten.", "wheat sugar dairy", "corn soy"),
    ("label", "Dinkel-Vollkornbrot. Zutaten: Dinkelvollkornmehl, Wasser, Sonnenblumenkerne, Hefe, Meersalz.", "wheat", ""),  # why: Dinkel = spelt
    ("label", "Roggenknäcke. Zutaten: Roggenvollkornmehl, Wasser, Salz.", "", "wheat"),
    ("label", "Vollmilchschokolade. Zutaten: Zucker, Kakaobutter, Vollmilchpulver, Kakaomasse, Süßmolkenpulver, Butterreinfett, Emulgator Lecithine (Soja), Vanilleextrakt.", "sugar dairy soy", ""),
    ("label", "Haferdrink Natur. Zutaten: Wasser, Hafer 11%, Sonnenblumenöl, Meersalz. Ohne Zuckerzusatz.", "", "wheat"),
    ("label", "Gummibärchen. Zutaten: Glukosesirup, Zucker, Gelatine, Dextrose, Säuerungsmittel: Citronensäure, Fruchtsaftkonzentrat, Aromen, Überzugsmittel: Bienenwachs.", "sugar", "corn"),
    ("label", "Maisstärke. Zutaten: 100% Maisstärke.", "corn", ""),
    ("label", "Currysauce. Zutaten: Tomatenmark, Zucker, Branntweinessig, modifizierte Stärke, Salz, Currypulver, Gewürze.", "sugar", "wheat corn"),
    ("label", "Buchweizen geschält. Zutaten: Buchweizen.", "", ""),  # why: Buchweizen = buckwheat
    ("label", "Pain de mie complet. Ingrédients : farine de blé complète, eau, sucre, huile de colza, gluten de blé, levure, sel, émulsifiant : lécithine de soja.", "wheat sugar soy", ""),
    ("label", "Biscuits au beurre. Ingrédients : farine de blé 65%, sucre, beurre pâtissier 13,6%, lait écrémé en poudre, sel, poudre à lever. Peut contenir des traces d'œuf et de soja.", "wheat sugar dairy", "soy corn"),
    ("label", "Crêpes de sarrasin. Ingrédients : farine de sarrasin 40%, eau, œufs, sel. Traces éventuelles de blé et de lait.", "", "wheat dairy"),
    ("label", "Yaourt nature au lait entier. Ingrédients : lait entier, ferments lactiques.", "dairy", ""),
    ("label", "Sirop d'érable pur, catégorie A.", "", "sugar"),
    ("label", "Boisson au soja nature. Ingrédients : eau, graines de soja décortiquées 8%, sel marin. Sans sucres ajoutés.", "soy", ""),
    ("label", "Chips de maïs. Ingrédients : maïs, huile de tournesol, sel.", "corn", ""),
    ("label", "Pâte à tartiner. Ingrédients : sucre, huile de palme, noisettes 13%, cacao maigre 7,4%, lait écrémé en poudre 6,6%, lactosérum en poudre, émulsifiants : lécithines [soja], vanilline.", "sugar dairy soy", ""),
    ("label", "Galletas María. Ingredientes: harina de trigo, azúcar, aceite de girasol, jarabe de glucosa-fructosa, gasificantes, sal, emulgente (lecitina de soja). Puede contener trazas de leche.", "wheat sugar soy", "corn dairy"),
    ("label", "Tortillas de maíz nixtamalizado. Ingredientes: maíz, agua, cal.", "corn", ""),
    ("label", "Dulce de leche. Ingredientes: leche entera, azúcar, jarabe de glucosa, bicarbonato de sodio.", "dairy sugar", "corn"),
    ("label", "Chocolate para taza. Ingredientes: azúcar, pasta de cacao, harina de arroz, manteca de cacao, canela. Sin gluten.", "sugar", ""),
    ("label", "Bebida de arroz. Ingredientes: agua, arroz 14%, aceite de girasol, sal.", "", ""),
    ("label", "Horchata de chufa. Ingredientes: agua, chufa 12%, azúcar.", "sugar", ""),
    ("label", "Salsa de soja. Ingredientes: agua, soja, trigo, sal.", "soy wheat", ""),
    ("label", "Grissini. Ingredienti: farina di grano tenero tipo 0, olio extravergine di oliva 8%, lievito, sale, malto d'orzo.", "wheat", "sugar"),  # why: barley malt carries maltose
    ("label", "Savoiardi. Ingredienti: farina di frumento, zucchero, uova 29%, sciroppo di glucosio-fruttosio, agenti lievitanti, aromi.", "wheat sugar", "corn"),
    ("label", "Polenta istantanea. Ingredienti: farina di mais.", "corn", ""),
    ("label", "Mozzarella di bufala campana DOP. Ingredienti: latte di bufala, sale, caglio, siero innesto naturale.", "dairy", ""),
    ("label", "Pasta di semola di grano duro. Ingredienti: semola di grano duro, acqua.", "wheat", ""),
    ("label", "Tarwebloem bolletjes. Ingrediënten: tarwebloem, water, gist, zout, suiker, sojameel, emulgator (E471), meelverbeteraar (E300).", "wheat sugar soy", ""),
    ("label", "Stroopwafels. Ingrediënten: tarwebloem, glucosestroop, suiker, boter, palmolie, bruine basterdsuiker, kaneel, zout, rijsmiddel.", "wheat sugar dairy", "corn"),
    ("label", "Pindakaas. Ingrediënten: pinda's 97%, zout, suiker.", "sugar", ""),  # why: peanut butter is not dairy
    ("label", "Chleb żytni razowy. Składniki: mąka żytnia razowa, woda, sól, zakwas.", "", "wheat"),
    ("label", "Pierogi ruskie. Składniki: mąka pszenna, ziemniaki, ser twarogowy (mleko), cebula, olej rzepakowy, sól, pieprz.", "wheat dairy", ""),
    ("label", "Kasza gryczana prażona. Składniki: gryka.", "", ""),
    ("label", "Krówki. Składniki: cukier, mleko pełne, syrop glukozowy, masło, aromat.", "sugar dairy", "corn"),
    ("label", "Pão de forma. Ingredientes: farinha de trigo enriquecida com ferro e ácido fólico, água, açúcar, gordura vegetal, sal, glúten, conservador propionato de cálcio. CONTÉM GLÚTEN. ALÉRGICOS: CONTÉM TRIGO. PODE CONTER SOJA.", "wheat sugar", "soy corn"),
    ("label", "Requeijão cremoso. Ingredientes: leite, creme de leite, sal, fermento lácteo.", "dairy", ""),
    ("label", "Goiabada. Ingredientes: goiaba, açúcar, pectina, ácido cítrico.", "sugar", "corn"),
    ("label", "Knäckebröd. Ingredienser: fullkornsrågmjöl, vatten, salt, jäst.", "", "wheat"),
    ("label", "Havregryn. Ingredienser: havre. Kan innehålla spår av vete och korn.", "", "wheat"),
    ("label", "Kanelbullar frysta. Ingredienser: vetemjöl, socker, smör, mjölk, jäst, kanel, kardemumma.", "wheat sugar dairy", ""),
    ("label", "Simit. İçindekiler: buğday unu, su, üzüm pekmezi, susam, maya, tuz.", "wheat", "sugar"),  # why: grape molasses = fruit concentrate
    ("label", "Lokum. İçindekiler: şeker, su, mısır nişastası, gül suyu, sitrik asit.", "sugar corn", ""),
    ("label", "Kecap manis. Komposisi: gula merah, air, kedelai, garam, gandum.", "sugar soy wheat", ""),
    ("label", "Mie instan goreng. Komposisi: tepung terigu, minyak nabati, garam, kecap (kedelai, gandum), gula, penyedap rasa.", "wheat soy sugar", "corn"),
    ("label", "Bánh quy bơ. Thành phần: bột mì, đường, bơ, sữa bột, trứng.", "wheat sugar dairy", ""),
    ("label", "Nước tương. Thành phần: nước, đậu nành, muối, đường, chất điều vị.", "soy sugar", ""),
    ("label", "原材料名：小麦粉、砂糖、ショートニング、全粉乳、食塩、乳化剤（大豆由来）", "wheat sugar dairy soy", "corn"),  # why: shortening unqualified
    ("label", "原材料名：米（国産）、食塩", "", ""),
    ("label", "配料：小麦粉、白砂糖、大豆油、鸡蛋、玉米淀粉、食用盐", "wheat sugar soy corn", ""),
    ("label", "配料：糯米、红豆、白砂糖、麦芽糖", "sugar", ""),
    ("label", "Состав: мука пшеничная, сахар, масло сливочное, молоко сухое, яйцо, разрыхлитель, соль.", "wheat sugar dairy", "corn"),
    ("label", "Гречка ядрица. Состав: крупа гречневая.", "", ""),
    ("label", "원재료명: 밀가루, 설탕, 물엿, 쇼트닝, 탈지분유, 대두레시틴", "wheat sugar dairy soy", "corn"),  # why: mullyeot is starch syrup
    ("label", "المكونات: دقيق القمح، سكر، زيت نباتي، حليب مجفف، ملح", "wheat sugar dairy", "corn soy"),
    # ---------------- labels: claims, nested ingredients, Contains / May contain ----------------
    ("label", "Gluten Free Bread, White. Ingredients: water, tapioca starch, brown rice flour, potato starch, canola oil, egg whites, sugar, tapioca syrup, yeast, xanthan gum, salt, cultured corn syrup solids.", "sugar corn", ""),
    ("label", "Gluten-Free Pasta Fusilli. Ingredients: corn flour, rice flour, mono and diglycerides.", "corn", ""),
    ("label", "Gluten Free Chocolate Chip Cookies. Ingredients: chocolate chips (sugar, chocolate liquor, cocoa butter, soy lecithin, vanilla), rice flour, butter (cream, salt), brown sugar, eggs, tapioca starch, baking soda. May contain tree nuts.", "sugar soy dairy", ""),
    ("label", "Dairy Free Cheddar Style Slices. Ingredients: filtered water, coconut oil, potato starch, corn starch, salt, natural flavour, olive extract, beta carotene.", "corn", ""),
    ("label", "Vegan Butter. Ingredients: palm fruit oil, canola oil, soybean oil, flax oil, olive oil, salt, natural flavor, sunflower lecithin, lactic acid, annatto. Dairy free.", "soy", ""),
    ("label", "Sugar Free Syrup, Maple Flavour. Ingredients: water, sorbitol, cellulose gum, natural and artificial flavor, salt, sucralose, caramel color, sodium benzoate.", "", "corn"),
    ("label", "No Added Sugar Muesli. Ingredients: oat flakes 55%, raisins 15%, wheat flakes, hazelnuts, dried apple, almonds.", "wheat", ""),  # why: raisins are whole fruit, claim holds
    ("label", "No Added Sugar Apple Sauce. Ingredients: apples, water, ascorbic acid.", "", ""),
    ("label", "Unsweetened Cocoa Powder. Ingredients: cocoa processed with alkali.", "", ""),
    ("label", "Keto Chocolate Bar. Ingredients: erythritol, cocoa butter, unsweetened chocolate, inulin, milk protein isolate, soy lecithin, stevia extract, vanilla. Sugar free.", "dairy soy", "corn"),  # why: erythritol is fermented from corn glucose
    ("label", "Lactose Free Cheddar. Ingredients: pasteurized milk, salt, cultures, enzymes.", "dairy", ""),  # why: lactose-free is still dairy
    ("label", "Chicken Tenders, Breaded. Ingredients: chicken, water, breading (wheat flour, salt, spices, dextrose, yeast), batter (water, wheat flour, modified corn starch, salt, whey), vegetable oil. Contains: wheat, milk.", "wheat dairy corn sugar", "soy"),
    ("label", "Beef Lasagne. Ingredients: pasta (durum wheat semolina, egg), béchamel sauce (milk, butter, wheat flour, nutmeg), beef ragù (beef, tomato, onion, carrot, red wine, olive oil, salt).", "wheat dairy", ""),
    ("label", "Chocolate Chip Cookies. Ingredients: enriched flour (wheat flour, niacin, reduced iron, thiamine mononitrate, riboflavin, folic acid), semisweet chocolate chips (sugar, chocolate, cocoa butter, dextrose, soy lecithin), sugar, soybean oil, brown sugar, high fructose corn syrup, leavening, salt, natural flavor. Contains: wheat, soy. May contain milk.", "wheat sugar soy corn", "dairy"),
    ("label", "Teriyaki Chicken Bowl. Ingredients: cooked white rice, teriyaki chicken (chicken, teriyaki sauce [water, soy sauce (water, soybeans, wheat, salt), sugar, mirin, modified tapioca starch, garlic]), broccoli, carrots.", "soy wheat sugar", ""),
    ("label", "Spicy Tuna Roll. Ingredients: seasoned rice (rice, rice vinegar, sugar, salt), tuna, spicy mayonnaise (soybean oil, egg yolk, chili sauce, vinegar), nori, sesame seeds.", "sugar soy", ""),
    ("label", "Caesar Salad Kit. Salad: romaine lettuce. Dressing: soybean oil, water, parmesan cheese (milk), egg yolk, anchovy, garlic, salt, lemon juice concentrate. Croutons: wheat flour, canola oil, garlic, salt, yeast. Contains: milk, egg, wheat, fish.", "soy dairy wheat", "sugar"),  # why: lemon juice concentrate
    ("label", "Breakfast Burrito, Frozen. Ingredients: flour tortilla (enriched wheat flour, water, vegetable shortening [soybean and/or palm oil], salt, baking powder), scrambled eggs, pork sausage (pork, salt, spices, sugar), cheddar cheese (milk), potatoes.", "wheat dairy sugar", "soy corn"),
    ("label", "Hot Sauce, Louisiana. Ingredients: aged peppers, vinegar, salt.", "", ""),
    ("label", "Protein Shake, Vanilla. Ingredients: filtered water, milk protein concentrate, less than 1% of: natural flavors, cellulose gel, potassium citrate, cellulose gum, carrageenan, sucralose, acesulfame potassium. Contains: milk.", "dairy", ""),
    ("label", "Plant Protein Powder. Ingredients: pea protein, brown rice protein, natural flavors, xanthan gum, stevia leaf extract. Produced in a facility that also processes milk, soy and wheat.", "", "corn dairy soy wheat"),
    ("label", "Seasoning Mix, Fajita. Ingredients: salt, spices, sugar, dehydrated garlic, hydrolyzed soy protein, corn maltodextrin, paprika, citric acid.", "sugar soy corn", ""),
    ("label", "Vegetable Broth, Low Sodium. Ingredients: water, carrots, celery, onions, sea salt, natural flavors, garlic. Contains no allergens.", "", ""),
    ("label", "Crispy Onions. Ingredients: onions, palm oil, wheat flour, salt.", "wheat", ""),
    ("label", "Coconut Water, No Added Sugar. Ingredients: 100% coconut water.", "", ""),
    ("label", "Rice Pudding. Ingredients: whole milk, rice, sugar, cream, vanilla.", "dairy sugar", ""),
    ("label", "Frozen Waffles. Ingredients: enriched flour, water, vegetable oil (soybean, palm), eggs, sugar, leavening (sodium acid pyrophosphate, baking soda, monocalcium phosphate), whey, salt, soy lecithin.", "wheat soy sugar dairy", ""),
    ("label", "Cheese Crackers. Ingredients: enriched flour, vegetable oil, cheese made with skim milk, salt, paprika, yeast, soy lecithin. Contains wheat, milk, soy.", "wheat dairy soy", "corn"),
    ("label", "Wasabi Peas. Ingredients: green peas, modified corn starch, sugar, rice flour, salt, horseradish, canola oil, wasabi, soy sauce (soybeans, wheat, salt).", "corn sugar soy wheat", ""),
    ("label", "Oatcakes, Rough. Ingredients: wholegrain oats 86%, sustainable palm fruit oil, sea salt, raising agent: sodium bicarbonate. May contain wheat, barley and rye.", "", "wheat"),
    ("label", "Sunflower Seed Butter. Ingredients: roasted sunflower seeds, sugar, salt, mono-diglycerides. Made in a dedicated peanut-free and tree-nut-free facility.", "sugar", ""),
    ("label", "Frozen Berry Mix. Ingredients: strawberries, blueberries, raspberries, blackberries.", "", ""),
    ("label", "Chia Seeds, Organic.", "", ""),
    ("label", "Sugar Snap Peas, Fresh. Product of Guatemala.", "", ""),
    ("label", "Sweet Potato Fries, Frozen. Ingredients: sweet potatoes, canola oil, modified potato starch, rice flour, salt, dextrose.", "sugar", "corn"),  # why: dextrose listed; sweet potato itself is not sugar
    # ---------------- traps: words that look like a group but are not ----------------
    ("meal", "grilled milkfish (bangus) w tomato onion salad", "", ""),  # why: milkfish is a fish
    ("meal", "milk thistle tea before bed", "", ""),
    ("meal", "honeydew melon cubes", "", ""),  # why: a melon, no honey
    ("meal", "honeycrisp apple", "", ""),
    ("meal", "butter beans on a baked potato w olive oil", "", ""),  # why: butter beans are lima beans
    ("meal", "butterhead lettuce salad w lemon + olive oil", "", ""),
    ("meal", "butterfly pea flower tea, no sweetener", "", ""),
    ("meal", "roast buttercup squash", "", ""),
    ("meal", "butternut squash soup (coconut milk, no cream)", "", ""),
    ("meal", "grilled butterfish + steamed rice", "", ""),
    ("meal", "apple butter on a rice cake", "", "sugar"),  # why: apple butter is cooked apples, often sweetened; not dairy
    ("meal", "cashew butter w celery sticks", "", ""),
    ("meal", "almond butter + banana", "", ""),
    ("meal", "corn salad (mâche) w walnuts and olive oil", "", ""),  # why: corn salad is lamb's lettuce
    ("meal", "cornflower tea", "", ""),
    ("meal", "roast corn-fed chicken w potatoes", "", ""),  # why: what the chicken ate is not in the dish
    ("meal", "roast cornish hen w thyme", "", ""),
    ("meal", "stuffed acorn squash w quinoa", "", ""),
    ("meal", "steak au poivre - just crushed peppercorns, olive oil, no sauce", "", ""),
    ("meal", "unicorn shaped watermelon slices for the kids party lol", "", ""),
    ("meal", "Capricorn birthday dinner: grilled lamb + roast veg", "", ""),
    ("meal", "corned beef hash (homemade, no ketchup)", "", "sugar"),  # why: corned = salt-cured (cures often include sugar); not corn
    ("meal", "popcorn ceiling guy came, I had grilled salmon + rice", "", ""),
    ("meal", "sweetbreads w capers", "", ""),  # why: thymus, no sugar or bread
    ("meal", "sweet potato mash w cinnamon", "", ""),
    ("meal", "sugar snap peas & hummus", "", ""),
    ("meal", "sugar apple (atis) from the market", "", ""),
    ("meal", "blood sugar was 5.4 after lunch (grilled chicken + salad)", "", ""),
    ("meal", "roasted sugar pumpkin w sage", "", ""),
    ("meal", "sugarloaf pineapple slices", "", ""),
    ("meal", "roasted breadfruit", "", ""),
    ("meal", "jackfruit curry w coconut milk + rice", "", ""),
    ("meal", "plain rice cakes x2", "", ""),
    ("meal", "buckwheat pancakes (100% buckwheat, water, egg, cooked in olive oil)", "", ""),
    ("meal", "kasha varnishkes - wait no, just the kasha, no noodles", "", ""),  # why: correction removes the bow-tie pasta
    ("meal", "soba? no — it was 100% buckwheat kake? no, just plain buckwheat groats", "", ""),
    ("meal", "cream of tartar in my homemade playdough, didn't eat any", "", ""),
    ("meal", "head cheese on a lettuce leaf", "", ""),  # why: head cheese is a meat jelly
    ("meal", "coconut cream whipped w vanilla", "", ""),
    ("meal", "cream of coconut in my pina colada (no cream)", "sugar", ""),  # why: cream of coconut is sugared coconut
    ("meal", "salad cream on chips", "sugar", "corn soy"),  # why: salad cream has no dairy (vinegar, oil, sugar, egg, cornflour); chip oil
    ("meal", "cream soda", "sugar", "corn"),  # why: no cream in it
    ("meal", "bowl of cream of wheat made w water", "wheat", ""),  # why: farina, no cream
    ("meal", "egg cream (nyc)", "dairy sugar", "corn"),  # why: no egg and no cream, but milk + chocolate syrup
    ("meal", "cocoa butter chocolate? no - I mean raw cacao nibs, a handful", "", ""),
    ("meal", "shan tofu salad", "", ""),  # why: Burmese tofu is chickpea flour, not soy
    ("meal", "goma dofu w wasabi, no sauce", "", ""),  # why: sesame tofu set with kudzu
    ("meal", "annin tofu for dessert", "dairy sugar", ""),  # why: almond jelly made with milk and sugar, no soy
    ("meal", "peanut butter celery, natural pb (just peanuts)", "", ""),
    ("meal", "tiger nut horchata homemade, dates only", "", "sugar"),  # why: dates as sweetener
    ("meal", "rice noodles w lime and herbs", "", ""),
    ("meal", "glass noodle salad (mung bean) w lime, fish sauce", "", "sugar"),
    ("meal", "mochi (plain, no filling, just rice)", "", ""),
    ("meal", "idiyappam w coconut milk", "", ""),  # why: rice string hoppers
    ("meal", "black bean soup (turtle beans)", "", ""),  # why: black turtle beans are not fermented soy black beans
    ("meal", "steamed fish w black bean sauce", "soy", "wheat sugar corn"),  # why: fermented black soybeans
    ("meal", "ice cream bean (inga) fruit", "", ""),
    ("meal", "sugar-free jello cup", "", "corn"),  # why: aspartame/maltodextrin; sugar claim holds
    ("meal", "zero sugar monster", "", "corn"),
    ("meal", "cheese plant repotted then ate leftover plain rice + egg", "", ""),
    ("meal", "kiwi, mango, papaya", "", ""),
    ("meal", "wheatgrass in the name only: 'Wheatgrass Café' green salad (olive oil, lemon)", "", ""),
    ("label", "Buckwheat Soba, 100%. Ingredients: buckwheat flour, water. Produced in a dedicated gluten-free facility.", "", ""),
    ("label", "Cocoa Butter, Food Grade. Ingredients: 100% pure cocoa butter.", "", ""),
    ("label", "Peppercorn Medley. Ingredients: black peppercorns, white peppercorns, green peppercorns, pink peppercorns.", "", ""),
    ("label", "Corned Beef Brisket, Uncooked. Ingredients: beef brisket, water, salt, sodium phosphate, sodium erythorbate, sodium nitrite. Spice packet: black pepper, coriander, mustard seed, bay leaf.", "", ""),
    ("label", "Cream of Tartar, 100g.", "", ""),
    ("label", "Coconut Cream. Ingredients: coconut extract, water.", "", ""),
    ("label", "Shea Butter Lip Balm - not for consumption. Ingredients: shea butter, beeswax, coconut oil.", "", ""),
    ("label", "Rice Flour, Glutinous. Ingredients: 100% glutinous rice.", "", ""),  # why: glutinous means sticky, not gluten
    ("label", "Sweet Potato Glass Noodles (Dangmyeon). Ingredients: sweet potato starch, water.", "", ""),
    ("label", "Almond Tofu Dessert Mix. Ingredients: sugar, whole milk powder, almond flavour, agar.", "sugar dairy", ""),  # why: annin "tofu" is not soy
    ("label", "Sugar Free Mints. Ingredients: sorbitol, magnesium stearate, natural flavor, sucralose.", "", "corn"),
    ("label", "Butterscotch Candies. Ingredients: sugar, corn syrup, butter (cream, salt), salt, artificial flavor.", "sugar corn dairy", ""),  # why: reverse trap: butterscotch really has butter
    ("label", "Corn Salad (Lamb's Lettuce), washed and ready to eat.", "", ""),
    ("label", "Unsweetened Coconut Flakes. Ingredients: coconut.", "", ""),
    ("label", "Sweetcorn-Free Vegetable Medley. Ingredients: peas, carrots, green beans.", "", ""),
    ("label", "Soy-Free Coconut Aminos Teriyaki. Ingredients: coconut aminos (coconut sap, sea salt), coconut sugar, water, garlic, ginger, tapioca starch.", "sugar", ""),
    ("label", "Wheat-Free Rye Crispbread. Ingredients: wholegrain rye flour, water, salt. May contain wheat.", "", "wheat"),  # why: rye is not wheat but 'may contain' wins
    ("label", "Dairy-Free Milk Chocolate Style Bar. Ingredients: sugar, cocoa butter, rice syrup powder, cocoa mass, rice flour, emulsifier: sunflower lecithin. May contain milk.", "sugar", "dairy"),
    ("label", "Butter Lettuce, Living, with roots.", "", ""),
    ("label", "Milk Thistle Seed Capsules. Ingredients: milk thistle seed extract, rice flour, vegetable cellulose capsule.", "", ""),
]
