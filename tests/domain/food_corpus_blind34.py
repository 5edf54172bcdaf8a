# ruff: noqa: E501
"""Blind labelled set 34: food-diary users on a five-group elimination diet (no wheat, dairy, corn, soy, processed sugar) with a dietitian's reintroduction plan, writing from 30 countries in English, their own language and script, or mixed."""

BLIND34_CASES: list[tuple[str, str, str, str]] = []

# --- Canada (English): Toronto office worker, week 3 then dairy reintro ---
BLIND34_CASES += [
    ("meal", "bfast 2 eggs scrambled in olive oil, half an avocado, sauteed spinach w garlic", "", ""),
    ("meal", "lunch: leftover roast chicken, baked sweet potato, steamed broccoli + lemon", "", ""),
    ("meal", "week 3 plan - mon to fri chicken/fish + veg, SAT = dairy challenge (1 cup milk am, 1 cup pm), then 3 clean days", "", ""),  # why: a plan, nothing eaten
    ("meal", "DAIRY CHALLENGE day 1: 1 cup 2% milk with breakfast, 3/4 cup plain greek yogurt at lunch. bloated by 3pm, 6/10", "dairy", ""),
    ("meal", "timmies run w the team, everyone got timbits, i got a black coffee and nothing else", "", ""),  # why: declined the timbits
    ("meal", "salmon w a maple glaze (1 tbsp real maple syrup), wild rice, asparagus", "", "sugar"),  # why: maple syrup is a natural sweetener, possible only
    ("meal", "hockey game, the poutine smelled unreal but i got the bunless burger + fries. fries from the arena fryer", "", "corn soy"),  # why: fryer oil unknown; poutine not eaten
    ("meal", "dinner turkey chili, no beans no corn, just ground turkey, peppers, tomatoes, cumin", "", ""),
    ("meal", "prepped tmrw's lunch: quinoa bowls w chickpeas + roasted squash x3. ate a spoon of the quinoa tasting it lol", "", ""),  # why: quinoa and chickpeas are clean; the prep itself is not eaten
    ("meal", "snack apple + 2 tbsp natural peanut butter (just peanuts + salt)", "", ""),  # why: peanut butter is not dairy
    ("label", "PC Blue Menu Sesame Rice Crackers. GLUTEN FREE. Ingredients: Rice, Sesame Seeds, Tamari Soy Sauce (Water, Soybeans, Salt), Cane Sugar, Sea Salt. Contains: Soy, Sesame. Nutrition Facts per 16 crackers (30 g) Calories 120", "soy sugar", ""),  # why: gluten-free claim covers the tamari
    ("label", "Silk Unsweetened Almond Beverage / Boisson aux amandes non sucrée. Ingredients: Filtered water, almonds, calcium carbonate, sea salt, gellan gum, sunflower lecithin, vitamin A palmitate, vitamin D2, zinc gluconate. Dairy free. Soy free.", "", ""),
    ("label", "Dempster's Signature 12 Grain Bread. INGREDIENTS: Whole wheat flour, water, wheat flour, grain blend (cracked wheat, oat flakes, rye, flax, millet, barley, triticale, spelt, corn grits, brown rice, buckwheat, quinoa), sugar, wheat gluten, yeast, vegetable oil (canola and/or soybean), salt, cultured wheat flour, vinegar, soy lecithin. MAY CONTAIN: SESAME, MILK.", "wheat sugar corn soy", "dairy"),  # why: corn grits listed; oil may be soybean but soy lecithin already definite
]

# --- Canada (francais): Montreal, wheat reintroduction ---
BLIND34_CASES += [
    ("meal", "déj: gruau sans gluten, lait d'amande, bleuets, cannelle", "", ""),
    ("meal", "dîner salade de lentilles, concombre, persil, huile d'olive pis citron", "", ""),
    ("meal", "réintro du blé DEMAIN: 2 tranches de pain de blé entier le matin + spaghetti le soir. j'ai déjà acheté le pain", "", ""),  # why: plan and purchase only
    ("meal", "réintro blé jour 1 : 2 toasts pain de blé entier (huile d'olive, pas de beurre) + spaghetti sauce tomate maison", "wheat", "sugar"),  # why: store whole wheat bread usually has sugar or molasses
    ("meal", "souper chez ma belle-mère, pâté chinois. j'ai gratté le blé d'inde, mangé la viande et les patates pilées", "", "dairy corn"),  # why: mash usually has butter/milk; corn layer scraped off, contact likely
    ("meal", "cabane à sucre avec la job: juste des oeufs brouillés... non attends, j'ai pris du jambon à l'érable aussi 🙈 pas de tire, pas d'oreilles de crisse", "", "sugar dairy"),  # why: maple-glazed ham; cabane eggs often scrambled with milk/butter
    ("meal", "souper: saumon, riz basmati, haricots verts", "", ""),
    ("meal", "envie folle d'une poutine en sortant du bar... mangé des bâtonnets de carotte chez nous à la place", "", ""),
    ("meal", "collation : 1 banane pis une poignée de noix de cajou", "", ""),
    ("label", "Gâteries sans gluten Kinnikinnick — Biscuits à l'érable. Ingrédients : farine de riz blanc, sucre, margarine (huile de palme, huile de canola, eau, sel, lécithine de soja), fécule de tapioca, sirop d'érable, amidon de maïs, oeufs, bicarbonate de soude, gomme de xanthane. Sans gluten. Sans produits laitiers. Peut contenir : soja, oeufs.", "sugar soy corn", ""),  # why: sugar and maple both present; corn starch definite, so xanthan adds nothing
    ("label", "Sirop d'érable pur du Québec, catégorie A, doré, goût délicat. Ingrédient : 100 % sirop d'érable pur. 540 mL", "", "sugar"),  # why: natural sweetener, possible per domain
]

# --- US: Ohio nurse on corn reintro, family in the mix ---
BLIND34_CASES += [
    ("meal", "chipotle bowl: brown rice, chicken, fajita veggies, pico, guac, romaine. NO corn salsa, no cheese, no sour cream, no chips", "", ""),
    ("meal", "coworker brought krispy kreme for shift change. said no thx, had an apple + almonds at the nurses station", "", ""),
    ("meal", "corn challenge day 1!! 2 corn tortillas w fried eggs for breakfast, 1 cup sweet corn w dinner", "corn", ""),
    ("meal", "corn challenge day 2: popcorn, air popped, like 3 cups, sea salt only. headache came back around 9pm", "corn", ""),
    ("meal", "hubby got mac n cheese and a coke, kids got chicken tenders, i had the grilled salmon + side salad w oil & vinegar", "", ""),  # why: others' orders not eaten
    ("meal", "thanksgiving: turkey, roasted brussels, mashed sweet potato (mom made them w coconut oil not butter). skipped stuffing, rolls, pie, green bean casserole", "", "dairy"),  # why: holiday turkey is commonly butter-basted
    ("meal", "dinner: grilled steak, baked potato plain, steamed green beans", "", ""),
    ("meal", "breakfast smoothie frozen berries, spinach, unsweetened coconut milk, scoop of collagen", "", ""),
    ("meal", "costco haul: kerrygold (for AFTER), la croix, chicken thighs, frozen cauliflower rice", "", ""),  # why: purchases only
    ("meal", "OOPS — the 'dairy free' ranch I had on my salad last night, just read the bottle, it has buttermilk?? no, wait, it says 'non-dairy', egg + oil + vinegar + sugar", "sugar", "corn soy"),  # why: correction clears dairy; the oil in ranch is usually soybean or canola, sugar listed
    ("label", "KIND Dark Chocolate Nuts & Sea Salt. Ingredients: Almonds, Peanuts, Chicory Root Fiber, Honey, Palm Kernel Oil, Sugar, Glucose Syrup, Rice Flour, Unsweetened Chocolate, Sea Salt, Cocoa Powder, Soy Lecithin, Natural Flavor. Gluten free. Contains peanuts, almonds, soy. Nutrition Facts 1 bar (40g) Calories 180 Total Sugars 5g", "sugar soy", "corn dairy"),  # why: glucose syrup may be corn-derived; natural flavor in chocolate could be dairy
    ("label", "Mission Street Tacos Corn Tortillas. INGREDIENTS: CORN MASA FLOUR, WATER, CONTAINS 2% OR LESS OF: CELLULOSE GUM, PROPIONIC ACID, BENZOIC ACID, PHOSPHORIC ACID, DEXTROSE, GUAR GUM, AMYLASE. Gluten Free.", "corn sugar", ""),  # why: dextrose is an added sugar
    ("label", "Coffee mate Original Powder Non-Dairy Creamer. INGREDIENTS: CORN SYRUP SOLIDS, HYDROGENATED VEGETABLE OIL (COCONUT OR PALM KERNEL AND/OR SOYBEAN), SODIUM CASEINATE (A MILK DERIVATIVE)**, LESS THAN 2% OF MONO- AND DIGLYCERIDES, DIPOTASSIUM PHOSPHATE, ARTIFICIAL FLAVOR. **NOT A SOURCE OF LACTOSE. CONTAINS: MILK", "corn sugar dairy", "soy"),  # why: non-dairy creamer with caseinate is dairy; oil may be soybean
    ("label", "Siete Almond Flour Tortillas — Grain Free. Ingredients: Almond Flour, Tapioca Flour, Water, Psyllium Husk, Sea Salt, Xanthan Gum. Dairy free, soy free, corn free, gluten free.", "", ""),  # why: corn-free claim covers the xanthan source
]

# --- England: Leeds teacher, soy reintro later ---
BLIND34_CASES += [
    ("meal", "brekkie: GF porridge oats made w water, banana, cinnamon", "", ""),
    ("meal", "sunday roast at nan's. beef, roast potatoes (goose fat), carrots + cabbage steamed. swerved the yorkshires and gravy", "", ""),
    ("meal", "pret w colleagues, I had the chicken & avo salad no dressing, sarah had the tuna baguette and a flat white", "", ""),
    ("meal", "tesco meal deal was calling me. bought walkers ready salted for tmrw's packed lunch, didn't open them", "", ""),
    ("meal", "tea: jacket potato with tuna mayo", "", "soy sugar"),  # why: mayonnaise oil is often soya/rapeseed and may have sugar
    ("meal", "chippy tea with the kids, I had the fish... no actually I didn't, batter's wheat obviously, I had chips + mushy peas", "", "corn soy"),  # why: correction; chip shop oil unknown
    ("meal", "pint? nah. lime and soda at the pub quiz", "", "sugar"),  # why: pub lime cordial is sweetened
    ("meal", "lunch: leftover chilli con carne + rice", "", ""),
    ("meal", "symptoms: skin much calmer this week 3/10, sleep 7, energy 6. knees still stiff", "", ""),
    ("label", "Heinz Beanz. Beans in a rich tomato sauce. Ingredients: Beans (51%), Tomatoes (34%), Water, Sugar, Spirit Vinegar, Modified Cornflour, Salt, Spice Extracts, Herb Extract. 415g. Suitable for vegetarians.", "sugar corn", ""),
    ("label", "Warburtons Gluten Free White Sliced Loaf. Ingredients: Water, Rice Flour, Tapioca Starch, Potato Starch, Rapeseed Oil, Humectant: Vegetable Glycerine, Psyllium Husk Powder, Maize Starch, Egg White Powder, Yeast, Sugar, Thickener: Hydroxypropyl Methyl Cellulose, Salt, Preservative: Calcium Propionate, Fermented Maize Starch. Allergy advice: for allergens see ingredients in bold. Free From: gluten, milk.", "corn sugar", ""),  # why: maize starch is corn
    ("label", "Alpro Soya Original. Ingredients: Water, Hulled Soya Beans (5.9%), Sugar, Acidity Regulator (Potassium Phosphates), Calcium (Calcium Carbonate), Stabiliser (Gellan Gum), Sea Salt, Vitamins (Riboflavin, B12, D2). Dairy free. 1L", "soy sugar", ""),
    ("label", "Nairn's Gluten Free Oat Biscuits - Wholegrain Oats. Ingredients: Wholegrain Oats (78%), Sustainable Palm Fruit Oil, Sugar, Raising Agents (Ammonium Bicarbonate, Sodium Bicarbonate), Sea Salt. Gluten free oats. Produced in a factory that handles milk.", "sugar", "dairy"),
]

# --- Australia: Brisbane tradie's partner, sugar reintro ---
BLIND34_CASES += [
    ("meal", "smashed avo on GF toast at the cafe, no feta, no butter, 2 poached eggs", "", "sugar"),  # why: cafe GF bread commonly has sugar or honey
    ("meal", "vegemite craving is REAL this morning. didn't have any. had eggs", "", ""),
    ("meal", "barbie at Dave's — lamb chops (plain, salt + rosemary), big green salad. skipped the snags and the pav", "", ""),
    ("meal", "sugar challenge tmrw: dietitian says 2 tsp white sugar in tea x3 + a plain sugar cube or two, nothing else new", "", ""),  # why: plan
    ("meal", "sugar challenge day 1 done: 3 cups black tea w 2 tsp sugar each. bit jittery, slept badly 4/10", "sugar", ""),
    ("meal", "dinner: barramundi, roast pumpkin, steamed bok choy", "", ""),
    ("meal", "arvo snack mango + a handful of macadamias", "", ""),
    ("meal", "maccas drive thru for the kids, i had nothing, ate my prepped chicken + rice in the car", "", ""),
    ("meal", "thai takeaway: green curry chicken w jasmine rice", "", "sugar soy"),  # why: takeaway green curry typically has palm sugar, may have soy sauce
    ("label", "Vegemite. Ingredients: Yeast Extract (from Yeast Grown on Barley and Wheat), Salt, Mineral Salt (508), Malt Extract (from Barley), Colours (150c), Vegetable Extract, Niacin, Thiamine, Riboflavin, Folate. Contains gluten. Made in Australia from at least 80% Australian ingredients.", "wheat", "corn"),  # why: yeast grown on wheat, label says contains gluten; caramel colour 150c may be corn-derived
    ("label", "Sanitarium Up&Go Liquid Breakfast Choc Ice. Ingredients: Skim Milk, Water, Cane Sugar, Soy Protein, Maltodextrin (from Maize), Corn Syrup Solids, Cocoa, Inulin, Vegetable Oil (Canola), Fibre (Oat), Thickeners (460, 466, 407), Flavour, Mineral (Calcium Phosphate). Contains milk and soy. May contain gluten.", "dairy sugar soy corn", "wheat"),  # why: 'may contain gluten' covers wheat cross-contact
    ("label", "Well and Good Gluten Free Self Raising Flour. Ingredients: Maize Starch, Tapioca Starch, Rice Flour, Raising Agents (450, 500), Thickener (Guar Gum). Gluten free. Wheat free.", "corn", ""),  # why: maize starch is corn
]

# --- Japan: Osaka office worker, soy reintroduction ---
BLIND34_CASES += [
    ("meal", "朝ごはん：ご飯、焼き鮭、ほうれん草のおひたし（醤油なし、塩とかつお節だけ）", "", ""),
    ("meal", "お昼：会社の弁当は断った。自分で作ったおにぎり2個（梅と鮭）と卵焼き（砂糖なし）", "", ""),
    ("meal", "明日は大豆の再導入日。朝は味噌汁、夜は冷奴の予定。豆腐はもう買ってある", "", ""),  # why: plan and purchase
    ("meal", "大豆チャレンジ1日目：朝 豆腐とわかめの味噌汁、夜 冷奴（生姜とねぎだけ、醤油はかけてない）。お腹は大丈夫", "soy", ""),
    ("meal", "同僚はみんなラーメン食べてた。私は烏龍茶だけ。お腹すいた…", "", ""),
    ("meal", "dinner: 鶏の塩焼き、ご飯、きゅうりの浅漬け", "", ""),
    ("meal", "コンビニでサラダチキン（プレーン）とゆで卵", "", "sugar"),  # why: convenience-store salad chicken seasoning often lists sugar/dextrose
    ("meal", "夜：そば屋さんで十割そば ざる（つゆは少しだけ）", "soy wheat sugar", ""),  # why: juwari soba is all buckwheat, but the dipping tsuyu is soy sauce + mirin/sugar
    ("meal", "eda-mame at the izakaya, ate like 20 pods before remembering soy isn't until next week 😩", "soy", ""),
    ("label", "名称：ぽん酢しょうゆ 原材料名：しょうゆ（本醸造）（大豆・小麦を含む）、かんきつ果汁（ゆず、すだち）、ぶどう糖果糖液糖、醸造酢、かつおぶしエキス、食塩／調味料（アミノ酸等）、酸味料 内容量：360ml", "soy wheat sugar corn", ""),  # why: glucose-fructose syrup (HFCS) is corn in Japan
    ("label", "【有機 生しょうゆ】グルテンフリー 小麦不使用 原材料名：有機大豆（国産）、食塩、酒精 内容量 500ml 保存方法：開栓後は冷蔵庫へ", "soy", ""),  # why: wheat-free tamari-style
    ("label", "明治ブルガリアヨーグルト LB81 プレーン 種類別：発酵乳 無脂乳固形分 9.5% 乳脂肪分 3.0% 原材料名：生乳、乳製品 内容量 400g", "dairy", ""),
]

# --- Korea: Seoul, grad student ---
BLIND34_CASES += [
    ("meal", "아침: 현미밥, 미역국, 계란말이", "", "soy"),  # why: home miyeokguk is usually seasoned with guk-ganjang (soup soy sauce)
    ("meal", "회식 ㅠㅠ 삼겹살 고기만 먹고 상추에 싸서. 쌈장 안 먹음, 소주 대신 물", "", ""),
    ("meal", "배추김치 먹음. dietitian said kimchi is ok but i forgot to ask about the 풀", "", "wheat sugar"),  # why: kimchi paste is often wheat or rice flour porridge, commercial kimchi often has sugar
    ("meal", "떡볶이 냄새 편의점 앞에서... 참았다 👏", "", ""),
    ("meal", "점심: 닭가슴살 샐러드, 올리브오일 + 레몬", "", ""),
    ("meal", "저녁 집밥: 고등어구이, 밥, 시금치나물 (소금, 참기름, 마늘만)", "", ""),
    ("meal", "friend ordered 치킨 반반 and a cola, I had the 치킨무 only lol and water", "sugar", ""),  # why: chicken-mu pickled radish brine is sugar and vinegar
    ("meal", "내일 소스 없이 먹을 도시락 준비: 고구마, 삶은 계란, 브로콜리", "", ""),
    ("label", "순창 고추장 원재료명: 물엿(옥수수), 고춧가루(국산), 밀쌀, 정제소금, 대두, 주정, 종국, 메주분말(대두) 알레르기 유발물질: 대두, 밀 함유", "sugar corn wheat soy", ""),
    ("label", "풀무원 국산콩 두부 부침용 원재료명: 대두(국산) 99.6%, 응고제(염화마그네슘) 대두 함유", "soy", ""),
    ("label", "오뚜기 옛날 당면 원재료명: 고구마전분 100%", "", ""),  # why: sweet potato starch noodles, clean
]

# --- Taiwan: Taipei, corn reintro done, now dairy ---
BLIND34_CASES += [
    ("meal", "早餐：地瓜粥配燙青菜，沒有加肉鬆", "", ""),
    ("meal", "午餐便當：滷雞腿、炒高麗菜、白飯", "soy wheat sugar", "corn"),  # why: lu braise is soy sauce and rock sugar; stir-fry oil unknown
    ("meal", "同事請喝珍奶，我說不用，自己喝無糖綠茶", "", ""),
    ("meal", "晚餐：清蒸魚、蒜炒地瓜葉、糙米飯", "", "soy"),  # why: Taiwanese steamed fish is usually finished with soy sauce
    ("meal", "夜市逛了一圈只買了芭樂跟蓮霧，雞排跟臭豆腐都沒吃", "", ""),
    ("meal", "乳製品再導入第一天：鮮奶 240ml 早上、無糖優格 一杯 下午。晚上皮膚有點癢", "dairy", ""),
    ("meal", "mom packed 粽子 for me, 放冰箱 for after the diet", "", ""),
    ("label", "品名：紫米饅頭 成分：麵粉、紫米、砂糖、酵母、大豆油、泡打粉 過敏原資訊：本產品含有小麥、大豆 淨重：360公克（6入）", "wheat sugar soy", ""),
    ("label", "品名：無糖豆漿 成分：水、非基改黃豆 本產品含有大豆 營養標示 每份 250毫升 糖 1.8公克", "soy", ""),  # why: unsweetened; sugar shown is natural
    ("label", "義美 玉米濃湯粉 成分：玉米粉、奶粉、玉米粒、砂糖、馬鈴薯澱粉、食鹽、植物油、調味劑（L-麩酸鈉）、洋蔥粉 過敏原：含牛奶", "corn dairy sugar", "soy"),  # why: vegetable oil may be soybean
]

# --- Singapore: hawker regular ---
BLIND34_CASES += [
    ("meal", "sliced fish soup bee hoon, said no evaporated milk... wait uncle forgot and put it in anyway. drank lah", "dairy", ""),
    ("meal", "chicken rice, steamed, told auntie no dark soya sauce, chili on the side didn't take", "", "soy wheat"),  # why: hainanese chicken is usually drizzled with light soy and sesame oil
    ("meal", "kopi o kosong at the kopitiam", "", "sugar"),  # why: nanyang kopi beans are often roasted with sugar
    ("meal", "colleagues went for mala xiang guo, I ate my packed brown rice + steamed chicken + kailan at my desk", "", ""),
    ("meal", "dinner at home: steamed pomfret w ginger, spinach soup, rice", "", ""),
    ("meal", "breakfast kaya toast craving but had 2 soft boiled eggs w pepper only, no soy sauce", "", ""),
    ("meal", "thosai + dhal at the prata shop, friends had roti prata and teh tarik", "", "dairy"),  # why: shop dhal often tempered with ghee
    ("label", "MILO 3in1 Activ-Go. Ingredients: Sugar, Malt Extract (Barley), Non-Dairy Creamer [Glucose Syrup, Vegetable Oil, Sodium Caseinate, Stabilisers (E340, E452), Emulsifiers (E471, E481)], Milk Powder, Cocoa Powder, Vitamins and Minerals. Contains Barley, Milk. May contain traces of soy and wheat.", "sugar dairy", "wheat corn soy"),  # why: malt and the may-contain line; glucose syrup and vegetable oil
    ("label", "Pagoda Brand Light Soy Sauce. Ingredients: Water, Soybeans, Wheat Flour, Salt, Sugar, Preservative (E211). Product of Singapore. 640ml", "soy wheat sugar", ""),
]

# --- Malaysia: KL, Malay and Manglish ---
BLIND34_CASES += [
    ("meal", "nasi lemak bungkus pagi: nasi santan, sambal, ikan bilis, telur rebus, kacang", "", "sugar"),  # why: nasi lemak sambal is normally sweetened; santan is coconut milk
    ("meal", "roti canai dgn colleagues kat mamak, saya order thosai je. teh o kosong", "", ""),
    ("meal", "teh tarik craving sial 😭 minum air kosong je", "", ""),
    ("meal", "makan tengah hari: nasi putih, ayam masak merah, sayur kangkung", "sugar", "corn soy"),  # why: ayam masak merah uses sugar and often ketchup; cooking oil unknown
    ("meal", "dinner: ikan bakar with air asam, ulam, rice", "", "sugar"),  # why: air asam dip sometimes sweetened
    ("meal", "beli kuih for the office potluck esok, i won't eat any", "", ""),
    ("meal", "tosai + sambar lunch... no wait, it was idli not tosai", "", ""),
    ("label", "Maggi Kicap Manis. Bahan-bahan: Gula, Air, Kacang Soya, Garam, Gandum, Perisa. Ingredients: Sugar, Water, Soybean, Salt, Wheat, Flavouring. Mengandungi soya dan gandum.", "sugar soy wheat", ""),
    ("label", "Kara Coconut Cream 100%. Ingredients: Coconut extract, water. No preservatives. Dairy free, lactose free. 200ml", "", ""),  # why: coconut cream is not dairy
]

# --- Pakistan: Lahore, Urdu/English, corn reintro ---
BLIND34_CASES += [
    ("meal", "nashta: paratha aur anda... no wait it wasn't paratha, ammi made makki ki roti for my corn reintro day", "corn", "wheat dairy"),  # why: makki roti is often bound with some atta and finished with ghee/makhan
    ("meal", "dinner chicken karahi in desi ghee, no roti, had it with plain chawal", "dairy", ""),
    ("meal", "shaadi tonight. skipped naan, kheer, gulab jamun. had chicken tikka + salad + raita NAHI li", "", "dairy"),  # why: tikka marinade usually has yogurt
    ("meal", "آج ناشتے میں صرف پپیتا اور ابلا انڈا", "", ""),
    ("meal", "دوپہر: دال چاول، سلاد", "", "dairy"),  # why: home daal is commonly given a ghee tarka
    ("meal", "office mein samosay aaye the, maine nahi khaye. dates kha li 2", "", ""),
    ("meal", "reintro plan from dr sahiba: corn mon, 3 clean days, then dairy fri — lassi + dahi", "", ""),
    ("meal", "cravings: chai with full milk and 2 sugars. had green tea instead", "", ""),
    ("label", "Shan Chicken Tikka BBQ Mix. Ingredients: Salt, Red Chilli, Garlic, Coriander, Cumin, Ginger, Papaya (tenderizer), Food Colour (E129), Citric Acid, Black Pepper, Nutmeg, Mace, Cardamom. May contain traces of wheat, milk and mustard. Net Wt 50g", "", "wheat dairy corn"),  # why: may-contain line; citric acid is often corn-derived
    ("label", "Nurpur Desi Ghee — Pure Cow Ghee. Ingredients: Milk Fat. 1 kg. Keep in a cool dry place.", "dairy", ""),
    ("label", "Shezan Mango Nectar. Ingredients: Water, Mango Pulp (25%), Sugar, Citric Acid, Stabilizer (Pectin), Permitted Colour, Ascorbic Acid. 250ml", "sugar", "corn"),  # why: citric acid is often corn-derived
]

# --- Iran: Tehran / Persian-English ---
BLIND34_CASES += [
    ("meal", "ناهار: چلو کباب کوبیده، گوجه کبابی، بدون کره روی برنج", "", ""),
    ("meal", "mom made tahdig with yogurt in it, I ate the inside rice only... ok fine, I also ate a piece of the tahdig 😅", "dairy", ""),
    ("meal", "doogh on the sofreh, didn't drink it, water + mint", "", ""),
    ("meal", "got sholeh zard from the nazri, froze it for after the reintro", "", ""),
    ("meal", "شام: خورش قرمه سبزی با برنج", "", ""),
    ("meal", "صبحانه: نان بربری با پنیر و گردو... نه ببخشید، نان نخوردم، فقط گردو و خرما و چای", "", ""),  # why: correction removes bread and cheese
    ("meal", "ash reshteh at khaleh's — I know, reshteh is noodles, and kashk on top. slip day 11", "wheat dairy", ""),
    ("meal", "snack: pistachios, a few dried mulberries", "", ""),
    ("label", "ترکیبات: آرد گندم، شکر، روغن نباتی، شیر خشک، نشاسته ذرت، نمک، بیکینگ پودر، وانیل. بیسکویت ساقه طلایی ۱۰۰ گرم", "wheat sugar dairy corn", "soy"),  # why: vegetable oil may be soybean; corn starch already definite
    ("label", "Sahar Khiz Saffron. Pure Persian saffron threads, 1 mithqal (4.6 g). Ingredients: 100% saffron (Crocus sativus).", "", ""),
]

# --- Turkey: Istanbul, Turkish / English ---
BLIND34_CASES += [
    ("meal", "kahvaltı: haşlanmış yumurta, domates, salatalık, zeytin. peynir YOK, simit YOK", "", ""),
    ("meal", "öğle: lokantada mercimek çorbası, tereyağı var mı bilmiyorum", "", "dairy wheat"),  # why: restaurant lentil soup often has butter and a flour roux
    ("meal", "ofiste simit ve poğaça dağıttılar, almadım", "", ""),
    ("meal", "akşam: ızgara tavuk, pilav, çoban salata", "", "dairy"),  # why: Turkish pilav is usually cooked with butter
    ("meal", "dinner at my in-laws, they made mantı for everyone, i had the cacık-free salad and some etli kuru fasulye", "", "dairy"),  # why: kuru fasulye often cooked with butter
    ("meal", "tomorrow: dairy reintro -> 1 bowl plain süzme yoğurt at breakfast + ayran at lunch", "", ""),
    ("meal", "dairy reintro done: süzme yoğurt + ayran. no reaction so far, sleep 7/10", "dairy", ""),
    ("meal", "lokum at the bayram visit, I said no thank you three times 😂 had Turkish coffee sade", "", ""),
    ("label", "Ülker Çikolatalı Gofret. İçindekiler: Şeker, buğday unu, bitkisel yağ (palm), kakao tozu, yağsız süt tozu, peynir altı suyu tozu, emülgatör (soya lesitini), kabartıcı, tuz, aroma verici. Alerjen uyarısı: Buğday (gluten), süt ve soya içerir. Fındık içerebilir.", "sugar wheat dairy soy", ""),
    ("label", "Tat Domates Salçası. İçindekiler: Domates, tuz. Koruyucu içermez. 830 g", "", ""),
    ("label", "Sütaş Ayran. İçindekiler: İnek sütü, su, tuz, yoğurt kültürü. 300 ml", "dairy", ""),
]

# --- Egypt: Cairo, Arabic / English ---
BLIND34_CASES += [
    ("meal", "fuul for breakfast with olive oil, cumin, lemon. no aish baladi (normally eat it with bread 😭)", "", ""),
    ("meal", "koshari from abou tarek for lunch — pasta + rice + lentils + ta'leya... yes pasta. slip", "wheat", "corn soy"),  # why: fried onion oil unknown
    ("meal", "العشاء: سمك مشوي مع رز وسلطة خضراء", "", ""),
    ("meal", "الفطار: بيض مسلوق وخيار وطماطم، من غير جبنة", "", ""),
    ("meal", "my brother ordered feteer meshaltet with honey and cheese for everyone, I just had tea without sugar", "", ""),
    ("meal", "molokhia with chicken and rice at teta's", "", "dairy"),  # why: molokhia is often finished with samna (ghee)
    ("meal", "bought 1kg of basbousa for the office on thursday, not for me", "", ""),
    ("label", "Juhayna Pure Milk Full Cream. Ingredients: Fresh cow's milk. UHT. 1 litre. المكونات: حليب بقري طازج", "dairy", ""),
    ("label", "Edita Molto Croissant Chocolate. Ingredients: Wheat flour, chocolate filling (sugar, vegetable oil, cocoa, whey powder, soy lecithin), margarine, sugar, eggs, yeast, salt, flavour. Contains: wheat, milk, soy, egg.", "wheat sugar dairy soy", "corn"),  # why: vegetable oil and margarine source unknown
]

# --- Saudi Arabia: Riyadh, Ramadan ---
BLIND34_CASES += [
    ("meal", "iftar: 3 dates, water, lentil soup, no sambousa (wheat wrappers). then grilled chicken", "", "wheat"),  # why: Gulf lentil soup is sometimes thickened with flour
    ("meal", "kabsa at the family gathering, chicken and rice, didn't take the laban", "", "dairy"),  # why: home kabsa is often cooked with samn
    ("meal", "gahwa and dates after maghrib", "", ""),
    ("meal", "suhoor: boiled eggs, cucumber, olives, dates", "", ""),
    ("meal", "السحور: فول وبيض، بدون خبز", "", ""),
    ("meal", "the whole majlis was eating kunafa, I stayed with the fruit platter", "", ""),
    ("meal", "craving vimto so bad, its ramadan without vimto 😩 water only", "", ""),
    ("label", "Vimto Fruit Cordial. Ingredients: Water, Sugar, Fruit Juices from Concentrate (15%) (Grape, Blackcurrant, Raspberry), Citric Acid, Flavourings, Colour (Anthocyanins), Preservative (Sodium Benzoate). Halal. 710ml", "sugar", "corn"),  # why: citric acid may be corn-derived
    ("label", "Almarai Laban Full Fat. Ingredients: Fresh milk, live cultures, salt. Keep refrigerated. 1L", "dairy", ""),
]

# --- Israel: Tel Aviv, Hebrew / English ---
BLIND34_CASES += [
    ("meal", "shakshuka + israeli salad, skipped the pita and the tahini was fine", "", ""),
    ("meal", "ארוחת ערב: שניצל... לא רגע, זה היה שניצל עוף בציפוי קמח שקדים, אפוי בתנור, עם סלט", "", ""),  # why: almond flour breading
    ("meal", "friday dinner at ima's, had the chicken soup without kneidlach and the roast chicken. everyone else had challah", "", ""),
    ("meal", "ארוחת בוקר: ביצה קשה, ירקות, אבוקדו", "", ""),
    ("meal", "kids gave me a bamba, i literally ate one puff before i remembered. one.", "corn", ""),  # why: bamba is a corn puff; one is still exposure
    ("meal", "wheat reintro planned for sunday: pita for lunch and a bowl of ptitim for dinner", "", ""),
    ("meal", "lunch: sabich without the pita, in a bowl, eggplant egg salad amba", "", "sugar"),  # why: some commercial amba contains sugar
    ("label", "Osem Bamba. Ingredients: Corn grits, peanut butter (50%), palm oil, salt. Contains peanuts. May contain sesame.", "corn", ""),  # why: peanut butter trap
    ("label", "Tnuva Cottage 5%. Ingredients: Pasteurized cow's milk, cream, salt, starter cultures, rennet. רכיבים: חלב בקר מפוסטר, שמנת, מלח", "dairy", ""),
]

# --- Kenya: Nairobi, Swahili / English ---
BLIND34_CASES += [
    ("meal", "ugali na sukuma wiki na nyama choma — I know ugali is maize, it's corn reintro day 1 so it counts", "corn", ""),
    ("meal", "office chai is always milk + sugar, skipped it, asked the tea lady for black tea", "", ""),
    ("meal", "mandazi were going round in the meeting, nope", "", ""),
    ("meal", "lunch: githeri (maize and beans) from the kibanda", "corn", "soy"),  # why: kibanda fry oil unknown (often soy blend); maize definite
    ("meal", "dinner: tilapia fry, kachumbari, rice", "", "soy corn"),  # why: fried fish in vendor cooking oil, often soy or corn blend
    ("meal", "chakula cha jioni: viazi vitamu na mayai", "", ""),
    ("meal", "kesho nitapika pilau for the week, bought rice and pilau masala", "", ""),
    ("label", "Jogoo Maize Meal. Sifted maize meal / Unga wa mahindi. Ingredients: Maize, vitamins and minerals (fortified). 2kg", "corn", ""),
    ("label", "Elianto Corn Oil — 100% pure corn oil, cholesterol free. Ingredients: Refined corn oil, antioxidant (TBHQ). 1L", "corn", ""),
    ("label", "Brookside Lala Fermented Milk Natural. Ingredients: Milk, culture. Keep refrigerated 2-6C. 500ml", "dairy", ""),
]

# --- Nigeria: Lagos, English / Pidgin / Yoruba ---
BLIND34_CASES += [
    ("meal", "jollof rice, fried plantain, chicken. mama made it", "", "corn sugar soy"),  # why: jollof usually gets seasoning cubes (corn starch, sugar); plantain fried in veg oil
    ("meal", "pap (ogi) this morning with akara... no be akara, na moi moi", "corn", ""),  # why: ogi is fermented corn; correction, moi moi is beans
    ("meal", "amala and ewedu with gbegiri at the buka", "", ""),
    ("meal", "office party: small chops, puff puff, chapman. I took only the peppered gizzard", "", "sugar"),  # why: peppered gizzard sauce often has seasoning cubes with sugar
    ("meal", "breakfast: boiled yam and egg sauce", "", ""),
    ("meal", "meal prep sunday: egusi soup for the week, no stock cubes this time, just crayfish + salt", "", ""),
    ("meal", "ate the egusi with pounded yam. no cubes so we good", "", ""),
    ("meal", "I dey crave agege bread and tea so bad. nothing eaten o", "", ""),
    ("label", "Maggi Star Seasoning Cube. Ingredients: Salt, Monosodium Glutamate, Vegetable Fat (Palm), Corn Starch, Sugar, Flavourings, Hydrolysed Vegetable Protein, Onion Powder, Colour (Caramel). May contain traces of wheat, soy, milk.", "corn sugar", "wheat soy dairy"),  # why: HVP and may-contain line
    ("label", "Golden Penny Semovita. Ingredients: Wheat semolina, enriched with vitamins A, B1, B2, niacin and iron. 1kg", "wheat", ""),
    ("label", "Peak Evaporated Milk Full Cream. Ingredients: Milk, Stabilizers (E331, E452), Vitamins A and D. 160g", "dairy", ""),
]

# --- Ethiopia: Addis / diaspora in DC, Amharic / English ---
BLIND34_CASES += [
    ("meal", "injera with shiro and gomen for lunch", "", "wheat dairy"),  # why: restaurant injera is often teff mixed with wheat; shiro may have niter kibbeh
    ("meal", "ምሳ: ሽሮ ወጥ በእንጀራ (የጾም ቀን)", "", "wheat"),  # why: fasting day so no butter, but injera may contain wheat
    ("meal", "made my own 100% teff injera at home this week, had it with misir wot (oil, no kibbeh)", "", ""),
    ("meal", "coffee ceremony at auntie's, had the buna without sugar, passed on the popcorn and the dabo", "", ""),
    ("meal", "doro wat at the wedding, with ayib on the side... I skipped the ayib but doro wat has niter kibbeh doesn't it", "dairy", "wheat"),  # why: doro wat is cooked in spiced butter; injera at wedding likely
    ("meal", "kitfo craving, it's made with kibbeh, not until dairy week", "", ""),
    ("meal", "dinner: beyaynetu platter, all vegan, teff injera (asked — restaurant says 100% teff)", "", ""),
    ("label", "Teff Flour — Brown. Ingredients: 100% whole grain teff. Naturally gluten free. Packed in a facility that also processes wheat.", "", "wheat"),
    ("label", "Berbere Spice Blend. Ingredients: Chili peppers, salt, garlic, ginger, basil, korarima, rue, ajwain, fenugreek, cloves, cinnamon. 8oz", "", ""),
]

# --- Mexico: CDMX, Spanish / English ---
BLIND34_CASES += [
    ("meal", "desayuno: huevos a la mexicana con tortillas de maíz (día de reto de maíz!)", "corn", ""),
    ("meal", "taquiza en la ofi, comí solo la carne asada sin tortilla y nopales. no tomé refresco", "", ""),
    ("meal", "mañana reto de trigo: voy a comer un bolillo en el desayuno y pasta en la cena", "", ""),
    ("meal", "comida: caldo de pollo con arroz y verduras", "", ""),
    ("meal", "cena: tamales de rajas con queso... no espera, me comí solo uno de rajas, el de queso se lo di a mi hermana", "corn", "dairy"),  # why: rajas tamal masa and filling often include cheese or cream; masa may have lard not butter
    ("meal", "antojo de pan dulce tremendo. compré conchas para mis hijos", "", ""),
    ("meal", "pozole rojo en casa de mi tía, sin tostadas", "corn", ""),  # why: pozole is hominy
    ("meal", "agua de jamaica en la fonda", "sugar", ""),  # why: fonda agua fresca is sugared
    ("meal", "cena: pescado a la talla, arroz rojo, ensalada", "", "corn soy"),  # why: Mexican red rice fried in vegetable oil, consomé powder possible
    ("label", "Maseca Harina de Maíz Nixtamalizado. Ingredientes: Maíz nixtamalizado, cal. Libre de gluten. 1 kg", "corn", ""),
    ("label", "Bimbo Pan Blanco. Ingredientes: Harina de trigo enriquecida, agua, azúcares añadidos (jarabe de maíz de alta fructosa), levadura, gluten de trigo, aceite vegetal, sal, emulsificantes (mono y diglicéridos, estearoil lactilato de sodio), conservador, leche en polvo descremada, harina de soya. Contiene: trigo, leche, soya.", "wheat sugar corn dairy soy", ""),
    ("label", "Valentina Salsa Picante. Ingredientes: agua, chiles secos, vinagre, sal, especias, benzoato de sodio. 370 ml", "", ""),
]

# --- Peru: Lima, Spanish / English ---
BLIND34_CASES += [
    ("meal", "ceviche con camote, el choclo y la cancha los dejé a un lado", "", ""),
    ("meal", "lomo saltado en el menú de la esquina: con sillao, papas fritas y arroz", "soy wheat", "corn"),  # why: sillao is soy sauce; fry oil unknown
    ("meal", "cumpleaños de mi sobrino: no tomé inca kola, tomé chicha morada... que es de maíz morado, ay", "corn sugar", ""),  # why: chicha morada is purple corn and sugar
    ("meal", "almuerzo: pollo a la brasa sin papas, ensalada sin crema", "", "soy wheat"),  # why: pollo a la brasa marinade often includes soy sauce
    ("meal", "desayuno: quinua con manzana y canela, sin leche ni azúcar", "", ""),
    ("meal", "mis amigos pidieron anticuchos y picarones, yo solo un anticucho de corazón", "", ""),
    ("meal", "cena: arroz con pollo (el de mi mamá tiene culantro, cerveza negra y arvejas)", "", "wheat corn sugar"),  # why: dark beer is barley malt, Peruvian lagers often use corn adjunct and caramel or sugar
    ("label", "Inca Kola. Ingredientes: agua carbonatada, azúcar, acidulante (ácido cítrico), saborizante, colorante amarillo tartrazina, conservante (benzoato de sodio). 500 ml", "sugar", "corn"),  # why: citric acid
    ("label", "Alicorp Sillao Kikko. Ingredientes: agua, soya, trigo, sal, colorante caramelo, benzoato de sodio. Contiene soya y trigo.", "soy wheat", "corn"),  # why: caramel colour may be corn-derived
]

# --- Chile: Santiago ---
BLIND34_CASES += [
    ("meal", "once: palta con huevo, sin pan, todos comían marraqueta", "", ""),
    ("meal", "antojo de completo en la calle. no comí nada, llegué a la casa", "", ""),
    ("meal", "pastel de choclo donde mi abuela, comí un plato chico (es día de reto de maíz igual)", "corn", "sugar dairy"),  # why: often sugar sprinkled on top; pastelera may have milk or butter
    ("meal", "almuerzo: cazuela de vacuno con zapallo y papas... el choclo lo saqué", "", "corn"),  # why: corn cooked in the broth
    ("meal", "asado del 18: carne y ensalada chilena, no empanadas ni chicha", "", ""),
    ("meal", "desayuno: avena sin gluten con leche de coco", "", ""),
    ("label", "Manjar Nestlé. Ingredientes: Leche entera, azúcar, glucosa, bicarbonato de sodio. Contiene leche. ALTO EN AZÚCARES. ALTO EN CALORÍAS.", "dairy sugar", "corn"),  # why: glucose syrup may be corn-derived
    ("label", "Mote con huesillo listo para beber. Ingredientes: Agua, azúcar, huesillo (durazno deshidratado), mote de trigo, acidulante ácido cítrico. ALTO EN AZÚCARES.", "sugar wheat", "corn"),  # why: mote is wheat
]

# --- Spain: Madrid ---
BLIND34_CASES += [
    ("meal", "desayuno: tostada de pan sin gluten con tomate y aceite de oliva", "", "sugar"),  # why: GF sliced bread in Spain usually lists sugar or dextrose
    ("meal", "tortilla de patatas en el bar, los compis pidieron croquetas y cañas", "", ""),
    ("meal", "paella de marisco el domingo en casa de mis padres", "", ""),
    ("meal", "comida: lentejas con verduras y chorizo", "", "corn sugar"),  # why: supermarket chorizo often has dextrose, sugar or corn-derived additives
    ("meal", "cena: merluza a la plancha con pimientos, sin alioli", "", ""),
    ("meal", "mañana reto de lácteos: vaso de leche y un yogur natural. hoy compré los dos", "", ""),
    ("meal", "día del reto de lácteos: leche entera 250ml desayuno, yogur natural merienda. granos en la cara por la noche", "dairy", ""),
    ("meal", "churros con chocolate en san ginés para mis primos, yo solo un café solo", "", ""),
    ("label", "Schär Pan Blanco Sin Gluten. Ingredientes: almidón de maíz, agua, masa madre (harina de arroz, agua), harina de arroz, proteína de soja, jarabe de glucosa, fibras vegetales, aceite de girasol, azúcar, levadura, espesante: goma xantana, sal. Sin gluten. Sin lactosa. Sin trigo.", "corn soy sugar", ""),
    ("label", "Cola Cao Original. Ingredientes: azúcar, cacao desgrasado soluble 18%, harina de trigo y malteada de cereales (trigo, cebada), sales minerales, aroma, emulgente (lecitina de soja). Contiene gluten y soja. Puede contener trazas de leche.", "sugar wheat soy", "dairy"),
]

# --- Portugal: Lisbon / Porto ---
BLIND34_CASES += [
    ("meal", "pequeno-almoço: ovos mexidos e meia papaia", "", ""),
    ("meal", "bacalhau à brás em casa", "", "corn soy"),  # why: batata palha fried in vegetable oil
    ("meal", "pastel de nata no café com os colegas... não comi, só uma bica", "", ""),
    ("meal", "almoço: caldo verde e frango grelhado com arroz", "", ""),
    ("meal", "jantar: francesinha... não, foi a minha mulher. eu comi bitoque sem ovo? não, com ovo, sem molho, com arroz e salada", "", ""),  # why: correction; the francesinha was the wife's
    ("meal", "compras para a semana: broa para os miúdos, arroz, grão, peixe", "", ""),
    ("meal", "broa de milho at the festa, corn week so yes, 2 slices", "corn", "wheat"),  # why: broa is cornmeal usually mixed with wheat or rye flour
    ("label", "Broa de Milho Tradicional. Ingredientes: farinha de milho (45%), farinha de trigo, farinha de centeio, água, sal, fermento. Contém glúten.", "corn wheat", ""),
    ("label", "Mimosa Leite Meio Gordo UHT. Ingredientes: leite de vaca meio gordo. 1L", "dairy", ""),
]

# --- Poland: Krakow ---
BLIND34_CASES += [
    ("meal", "obiad: rosół z makaronem... nie, bez makaronu, z ryżem", "", ""),
    ("meal", "pierogi ruskie u babci, zjadłam tylko surówkę z marchewki", "", ""),
    ("meal", "śniadanie: jajecznica na oleju rzepakowym, pomidor, szczypiorek", "", ""),
    ("meal", "kolacja: pieczony łosoś i ziemniaki z koperkiem", "", ""),
    ("meal", "wigilia: barszcz bez uszek, karp smażony w mące... cholera, w mące. zjadłam kawałek", "wheat", ""),
    ("meal", "ochota na pączka w tłusty czwartek 😭 nie zjadłam", "", ""),
    ("meal", "bigos from the jar at lunch, didn't read the label first", "", "sugar wheat"),  # why: jarred bigos often has sugar and sometimes flour
    ("label", "Skład: mąka pszenna, cukier, tłuszcz roślinny (palmowy), kakao w proszku o obniżonej zawartości tłuszczu 4%, syrop glukozowo-fruktozowy, serwatka w proszku (z mleka), sól, substancje spulchniające, emulgator (lecytyny sojowe). Może zawierać orzechy. Herbatniki kakaowe 200 g", "wheat sugar dairy soy", "corn"),  # why: glucose-fructose syrup may be corn (or wheat) derived
    ("label", "Krakowski Kredens Ogórki kiszone. Skład: ogórki, woda, sól, czosnek, koper, chrzan. Bez cukru, bez octu.", "", ""),
]

# --- Czechia: Brno ---
BLIND34_CASES += [
    ("meal", "svíčková u tchyně, knedlíky jsem vynechala, jen maso a omáčka", "dairy", "sugar wheat"),  # why: svíčková sauce is finished with cream, often sugar, sometimes flour
    ("meal", "snídaně: vejce natvrdo, paprika, okurka", "", ""),
    ("meal", "oběd: kuřecí prsa, brambory, zelenina na páře", "", ""),
    ("meal", "kolegové šli na pivo a smažák, já šla domů a dala si polévku", "", ""),
    ("meal", "cravings: trdelník at the christmas market. walked past.", "", ""),
    ("meal", "zítra peču na oslavu bábovku pro ostatní, já si dám ovoce", "", ""),
    ("label", "Složení: pšeničná mouka, cukr, rostlinný tuk (palmový), sušené odstředěné mléko, vejce, kypřicí látky, sůl, aroma. Může obsahovat stopy sóji a ořechů. Piškoty 120 g", "wheat sugar dairy", "soy"),
    ("label", "Kunín Zakysaná smetana 15%. Složení: smetana, mlékařská kultura. 200 g", "dairy", ""),
]

# --- Hungary: Budapest ---
BLIND34_CASES += [
    ("meal", "gulyásleves, kenyér nélkül", "", "wheat"),  # why: gulyás often has csipetke noodles or a little flour
    ("meal", "lángos at the market, everyone had one with tejföl, I didn't", "", ""),
    ("meal", "ebéd: paprikás csirke rizzsel, tejföl nélkül... ok, a mama tett bele tejfölt a szószba", "dairy", "wheat"),  # why: paprikás sauce often thickened with flour mixed into the sour cream
    ("meal", "reggeli: tükörtojás, paradicsom, zöldpaprika", "", ""),
    ("meal", "vacsora: lecsó kolbász nélkül", "", ""),
    ("label", "Pick Téliszalámi. Összetevők: sertéshús, sertészsír, étkezési só, fűszerek, dextróz, antioxidáns (nátrium-aszkorbát), tartósítószer (nátrium-nitrit). Gluténmentes.", "sugar", "corn"),  # why: dextrose is added sugar, often corn-derived
]

# --- Romania: Cluj ---
BLIND34_CASES += [
    ("meal", "sarmale cu mămăligă, fără smântână", "corn", ""),  # why: mamaliga is cornmeal
    ("meal", "mic dejun: ouă fierte, roșii, castraveți", "", ""),
    ("meal", "ciorbă de perișoare la cantină", "", "wheat"),  # why: meatballs may have flour or bread
    ("meal", "colegii au comandat pizza, eu am mâncat salata mea adusă de acasă", "", ""),
    ("meal", "poftă de cozonac de la bunica... nu am mâncat", "", ""),
    ("label", "Napolact Brânză telemea de vacă. Ingrediente: lapte de vacă pasteurizat, sare, cheag, culturi lactice, clorură de calciu. 350 g", "dairy", ""),
    ("label", "Mălai extra pentru mămăligă. Ingrediente: porumb 100%. Poate conține urme de gluten.", "corn", "wheat"),
]

# --- Ukraine: Kyiv / Lviv ---
BLIND34_CASES += [
    ("meal", "борщ без сметани, з пампушками... ні, без пампушок", "", ""),
    ("meal", "вареники з картоплею у мами, 6 штук", "wheat", "dairy"),  # why: varenyky dough is wheat; often served with butter or smetana
    ("meal", "сніданок: гречка з овочами і яйцем", "", ""),  # why: buckwheat is not wheat
    ("meal", "на роботі день народження, всі їли торт наполеон, я ні", "", ""),
    ("meal", "вечеря: запечена курка, салат з огірків і помідорів з олією", "", ""),
    ("meal", "дуже хочу сирники. купила сир на вихідні для дітей", "", ""),
    ("label", "Склад: борошно пшеничне вищого ґатунку, цукор, маргарин (олія соняшникова, жир пальмовий, вода, емульгатор лецитин соєвий), яйця, сіль, розпушувач. Печиво 'Марія'. Може містити сліди молока.", "wheat sugar soy", "dairy"),
]

# --- Denmark: Aarhus ---
BLIND34_CASES += [
    ("meal", "smørrebrød at the office lunch, ate the toppings off (marinated herring, egg) and left the rugbrød", "sugar", "wheat"),  # why: pickled herring marinade is sugary; toppings sat on rye bread that usually contains wheat
    ("meal", "frikadeller og kartofler, ingen sovs", "", "wheat dairy"),  # why: frikadeller usually contain flour or breadcrumbs and milk
    ("meal", "morgenmad: æg og avocado", "", ""),
    ("meal", "frokost: laks, kartofler og grøn salat", "", ""),
    ("meal", "julefrokost — skipped risalamande, æbleskiver, snaps. ate flæskesteg and red cabbage", "", "sugar"),  # why: Danish rødkål is normally cooked with sugar
    ("label", "Lurpak Smør Saltet. Ingredienser: Smør (fløde), salt. 250 g", "dairy", ""),
    ("label", "Kohberg Rugbrød. Ingredienser: Vand, rugmel, knækket rug, hvedemel, solsikkekerner, hørfrø, salt, gær, surdej (rugmel, vand), maltmel (byg). Kan indeholde spor af sesam.", "wheat", ""),  # why: hvedemel is wheat flour
]

# --- Switzerland: Zurich / Geneva, German / French ---
BLIND34_CASES += [
    ("meal", "raclette evening with friends, had potatoes and cornichons only, no cheese", "", ""),  # why: cornichons are gherkins, not corn
    ("meal", "Zmorge: Birchermüesli mit Hafermilch, Apfel, Haselnüsse (glutenfreie Haferflocken)", "", ""),
    ("meal", "Zmittag: Rösti mit Spiegelei", "", "dairy"),  # why: rösti is commonly fried in butter
    ("meal", "fondue moitié-moitié chez des amis, j'ai mangé les pommes de terre à côté, pas trempées", "", ""),
    ("meal", "Znacht: Poulet, Reis, Rüebli", "", ""),
    ("meal", "bought a Toblerone at the airport for my sister, didn't open it", "", ""),
    ("label", "Zweifel Paprika Chips. Zutaten: Kartoffeln, Sonnenblumenöl, Paprikagewürz (Zucker, Salz, Paprika, Dextrose, Zwiebelpulver, Knoblauchpulver, Hefeextrakt, Raucharoma). Kann Spuren von Milch enthalten.", "sugar", "corn dairy"),  # why: dextrose may be corn-derived
    ("label", "Ovomaltine. Zutaten: Gerstenmalzextrakt, kondensierte Magermilch, kondensiertes Molkenprodukt, fettarmer Kakao, Zucker, Fruktose, Magnesiumphosphat, Rapsöl, Vitamine. Enthält Gluten.", "dairy sugar", "wheat"),  # why: barley malt and 'contains gluten' - wheat possible
]

# --- Canada / US second weeks: plain logs and traps ---
BLIND34_CASES += [
    ("meal", "roast cornish hen w lemon + thyme, mashed cauliflower w olive oil", "", ""),  # why: cornish hen is not corn
    ("meal", "buttercup squash soup, homemade, coconut milk + ginger", "", ""),  # why: buttercup squash and coconut milk are traps
    ("meal", "stir fry w coconut aminos instead of soy sauce, chicken, snap peas, peppers, rice", "", ""),  # why: coconut aminos replace soy sauce
    ("meal", "lunch: sugar snap peas + hummus + rice cakes", "", ""),  # why: plain rice cakes, sugar snap peas trap
    ("meal", "steak w peppercorn crust, roasted acorn squash, arugula", "", ""),
    ("meal", "st paddy's at the pub — everyone had corned beef sandwiches + guinness, i had the corned beef no bread w cabbage + potatoes", "", "sugar"),  # why: corned beef is not corn, but the brine/cure often has sugar
    ("meal", "breakfast: chia pudding w almond milk, raspberries", "", ""),
    ("meal", "dinner: shrimp tacos in lettuce cups, mango salsa", "", ""),
    ("meal", "pho at the vietnamese place, rice noodles, beef, basil, no hoisin no sriracha", "", "sugar"),  # why: pho broth usually has rock sugar
    ("meal", "sushi night: sashimi + rice, brought my own coconut aminos, skipped the soy sauce", "", "sugar"),  # why: sushi rice is seasoned with sugar and vinegar
    ("meal", "my gf ordered the brownie sundae, I had two bites. two. ok three", "wheat dairy sugar", "soy"),  # why: brownie (flour, sugar) with ice cream; soy lecithin in chocolate is common
    ("meal", "breakfast sausage patties (costco, checked: pork, salt, spices, no sugar) + hashbrowns cooked in avocado oil", "", ""),
    ("meal", "symptoms day 14: headache 1, pain 3, digestion 2, anxiety 4, slept 8h", "", ""),
    ("meal", "meal prep for tomorrow's dairy day: measured out 1 cup milk + 1 slice cheddar, in the fridge", "", ""),  # why: prep for later
    ("meal", "dairy day: the milk + cheddar from yesterday's prep, and a splash of cream in coffee", "dairy", ""),
    ("meal", "menu at the steakhouse says the salmon comes w a honey-soy glaze, asked for it plain grilled, lemon only", "", ""),
    ("label", "Applegate Naturals Uncured Turkey Hot Dog. Ingredients: Turkey, Water, Contains 2% or less of: Salt, Celery Powder, Cane Sugar, Paprika, Spices, Onion Powder. Gluten free, casein free.", "sugar", ""),
    ("label", "Primal Kitchen Avocado Oil Mayo. Ingredients: Avocado Oil, Organic Cage-Free Eggs, Organic Cage-Free Egg Yolks, Water, Organic Distilled Vinegar, Salt, Organic Rosemary Extract. Soy free, dairy free, no added sugar, gluten free.", "", ""),
    ("label", "Bragg Liquid Aminos. All Purpose Seasoning. Ingredients: Vegetable protein from non-GMO soybeans and purified water. Gluten free. No preservatives.", "soy", ""),
    ("label", "Lily's Dark Chocolate Baking Chips 55% Cocoa. No sugar added. Ingredients: Unsweetened Chocolate, Erythritol, Inulin, Cane Sugar, Cocoa Butter, Soy Lecithin, Stevia Extract, Vanilla. Contains Soy. May contain milk.", "sugar soy", "dairy"),  # why: 'no sugar added' contradicted by cane sugar in the list; cocoa butter is not dairy
    ("label", "Smucker's Natural Creamy Peanut Butter. Ingredients: Peanuts, contains 1% or less of Salt. Stir before using.", "", ""),
    ("label", "Musselman's Apple Butter. Ingredients: Apples, High Fructose Corn Syrup, Corn Syrup, Cider Vinegar, Cinnamon, Cloves, Spices.", "sugar corn", ""),  # why: apple butter has no dairy, but HFCS
    ("label", "Clabber Girl Cream of Tartar. Ingredients: Potassium bitartrate. 1.87 oz", "", ""),  # why: cream of tartar is not dairy
    ("label", "Nature's Path Mesa Sunrise Flakes. Ingredients: Organic corn meal, organic flax, organic brown rice flour, organic evaporated cane sugar, organic amaranth, organic quinoa, organic buckwheat flour, sea salt. Gluten free.", "corn sugar", ""),
]

# --- England / Australia second week ---
BLIND34_CASES += [
    ("meal", "butternut squash risotto made w chicken stock, no parmesan, no butter, olive oil", "", "corn sugar"),  # why: stock cubes commonly carry maltodextrin/dextrose/sugar; if homemade none
    ("meal", "full english at the caff - eggs, bacon, mushrooms, tomato. no toast no beans no sausage", "", "corn soy"),  # why: fried in the caff's veg oil
    ("meal", "tea: cottage pie, mash made w olive oil, topped w grated... no, I left the cheese off mine", "", ""),
    ("meal", "lunch: prawn salad, boiled egg, cucumber", "", ""),
    ("meal", "nando's — quarter chicken lemon & herb, spicy rice, corn on the cob swapped for macho peas", "", "sugar soy corn"),  # why: peri-peri basting contains sugar and oil; spicy rice may have sweetcorn in it
    ("meal", "aussie brekky: eggs, bacon, grilled tomato, mushrooms, hash brown from the servo", "", "wheat corn soy"),  # why: servo hash browns often have wheat flour or dextrose and are fried in veg oil
    ("meal", "brisbane ekka - strawberry sundae is the tradition, i bought one for mum and held it while she ate lol", "", ""),
    ("meal", "dinner: snapper, sweet potato chips baked, salad", "", ""),
    ("label", "Kallo Organic Chicken Stock Cubes. Ingredients: Sea Salt, Potato Starch, Sustainable Palm Oil, Chicken Fat (5%), Yeast Extract, Dried Chicken (3%), Onion Powder, Turmeric, Garlic, Parsley, Lovage Extract, Black Pepper, Celery Seed. Gluten free. No added sugar. Lactose free.", "", ""),
    ("label", "McVitie's Digestives The Original. Ingredients: Wheat Flour (41%) (Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin), Vegetable Oil (Palm), Wholemeal Wheat Flour (21%), Sugar, Glucose-Fructose Syrup, Raising Agents (Sodium Bicarbonate, Malic Acid, Ammonium Bicarbonate), Salt. May Contain Milk.", "wheat sugar", "corn dairy"),  # why: glucose-fructose syrup may be corn or wheat derived
    ("label", "Arnott's Tim Tam Original. Ingredients: Sugar, vegetable oil, wheat flour, cocoa butter, whole milk powder, cocoa mass, invert syrup, cocoa, golden syrup, emulsifiers (soy lecithin, 476), salt, leavening, flavour. Contains: wheat, milk, soy.", "sugar wheat dairy soy", "corn"),  # why: vegetable oil source unknown
    ("label", "Bundaberg Ginger Beer. Ingredients: Carbonated water, cane sugar, ginger root, lemon juice, natural flavours, yeast. Brewed. 375ml", "sugar", ""),
]

# --- East Asia second week ---
BLIND34_CASES += [
    ("meal", "朝：納豆ごはん（タレとからしは使わない）、味噌汁なし", "soy", ""),  # why: natto is soy even without the sauce packet
    ("meal", "夜ご飯：豚の生姜焼き（自分で作った、醤油の代わりに塩麹）、キャベツ千切り、ご飯", "", ""),
    ("meal", "お昼 社食のカレーは避けた。焼き魚定食、ご飯、お漬物", "", "sugar soy"),  # why: canteen tsukemono and the fish glaze may have sugar or soy
    ("meal", "점심: 순두부찌개 (연두부, 바지락, 계란)", "soy", "wheat"),  # why: soft tofu is soy; base may use soy sauce
    ("meal", "저녁: 백숙 (닭, 마늘, 대추, 찹쌀)", "", ""),
    ("meal", "早餐 蛋餅 ... 不對，是蘿蔔糕？也不是，是水煮蛋跟香蕉", "", ""),
    ("meal", "晚餐：番茄蛋花湯、白飯、燙地瓜葉（只加蒜頭跟鹽）", "", ""),
    ("meal", "dinner at hotpot, ordered the clear chicken broth, ate lamb, napa, mushrooms, no dipping sauce (沙茶醬 skip)", "", ""),
    ("label", "キッコーマン 特選丸大豆しょうゆ 原材料名：大豆（国産）、小麦、食塩 内容量 750ml", "soy wheat", ""),
    ("label", "Yamasa Tamari Soy Sauce. Ingredients: water, soybeans, salt, wheat, alcohol. Contains: soy, wheat.", "soy wheat", ""),  # why: this tamari does list wheat
    ("label", "CJ 비비고 왕교자 원재료명: 돼지고기, 양배추, 밀가루(밀:미국산), 두부(대두), 부추, 대파, 양파, 간장(대두, 밀), 설탕, 옥수수전분, 대두유. 알레르기: 돼지고기, 밀, 대두, 쇠고기 함유", "wheat soy sugar corn", ""),
    ("label", "光泉 鮮乳坊 全脂鮮乳 成分：生乳 100% 容量 936ml", "dairy", ""),
]

# --- Southeast / South Asia second week ---
BLIND34_CASES += [
    ("meal", "yong tau foo soup base, no sauce, tofu pieces + fishball + greens", "soy", "wheat corn"),  # why: fishballs and fried tofu puffs may have flour or starch fillers
    ("meal", "dinner: steamed chicken breast, kangkung belacan, brown rice", "", "sugar"),  # why: belacan stir-fries often add sugar
    ("meal", "nasi padang bungkus: rendang, sayur lodeh, rice", "", "sugar"),  # why: rendang commonly has gula melaka
    ("meal", "lunch: haleem from the dhaba", "wheat", "dairy"),  # why: haleem is cooked with wheat grains; often finished with ghee
    ("meal", "aloo gobi sabzi + basmati, home made with mustard oil", "", ""),
    ("meal", "chana chaat at office, no dahi no sev no chutney", "", ""),
    ("label", "Adabi Rempah Kari Ayam & Daging. Bahan-bahan: Ketumbar, jintan manis, jintan putih, cili, kunyit, lada hitam, halia, kayu manis, bunga cengkih, buah pelaga. Tiada bahan pengawet. Halal.", "", ""),
    ("label", "National Garam Masala. Ingredients: Coriander, Black Pepper, Cumin, Cassia, Black Cardamom, Cloves, Bay Leaf. Packed in a facility that handles wheat and mustard.", "", "wheat"),
    ("label", "Nestle Everyday Milk Powder. Ingredients: Milk solids, vegetable oil (palm olein, soybean), sugar, emulsifier (soy lecithin), vitamins. Contains milk and soy.", "dairy sugar soy", ""),
]

# --- Middle East / Africa second week ---
BLIND34_CASES += [
    ("meal", "kuku sabzi with eggs and herbs, salad shirazi", "", "wheat"),  # why: many kuku sabzi recipes add a spoon of flour
    ("meal", "menemen, no bread, with black olives", "", ""),
    ("meal", "öğle yemeği: zeytinyağlı taze fasulye ve pilav", "", "dairy"),  # why: pilav usually made with butter
    ("meal", "ful medames again + tahina salad + falafel (ta'ameya)", "", "corn soy"),  # why: ta'ameya is fava based but deep-fried in vegetable oil
    ("meal", "mandi rice with lamb at the restaurant, no sauce", "", "dairy"),  # why: mandi rice often cooked with samn
    ("meal", "hummus, grilled chicken, fattoush without the fried bread", "", ""),
    ("meal", "dinner: nyama ya kuku choma, ugali... nope, no ugali tonight, rice instead", "", ""),
    ("meal", "breakfast: sweet potatoes and arrowroots with black tea", "", ""),
    ("meal", "ofada rice and ayamase stew", "", "corn sugar"),  # why: ayamase usually seasoned with stock cubes
    ("meal", "suya from the mallam — I know the yaji has groundnut and sometimes cubes", "", "corn sugar"),  # why: suya spice often includes seasoning cubes
    ("meal", "ethiopian breakfast: kinche... it's cracked wheat? no — this was made with oats by mom, no butter", "", "wheat"),  # why: correction to oats; oat cross-contact possible
    ("meal", "buna and kolo at the coffee ceremony, i only had the buna", "", ""),  # why: kolo (roasted barley) declined
    ("label", "Cortas Tahini. Ingredients: 100% sesame seeds. 454g. Product of Lebanon.", "", ""),
    ("label", "Osem Ptitim Israeli Couscous. Ingredients: Wheat flour, palm oil. Contains: wheat (gluten). May contain: soy, sesame, eggs.", "wheat", "soy"),
    ("label", "Al Wadi Pomegranate Molasses. Ingredients: Pomegranate juice concentrate, sugar, citric acid. دبس رمان", "sugar", "corn"),  # why: citric acid
    ("label", "Indomie Mi Goreng Instant Noodles. Noodles: wheat flour, vegetable oil (antioxidant TBHQ), tapioca starch, salt. Seasoning: salt, sugar, flavour enhancer 621, garlic powder. Seasoning oil: vegetable oil, onion. Sweet soy sauce: sugar, water, soybean, salt, wheat. Chilli sauce. Contains wheat, soy.", "wheat sugar soy", "corn"),  # why: vegetable oil
    ("label", "Kericho Gold Pure Kenya Tea. Ingredients: 100% black tea. 100 tea bags.", "", ""),
]

# --- Latin America second week ---
BLIND34_CASES += [
    ("meal", "desayuno: chilaquiles... no, fue mi esposo. yo comí papaya con limón y dos huevos estrellados", "", ""),
    ("meal", "comida: enfrijoladas con tortilla de maíz, sin crema ni queso", "corn", ""),
    ("meal", "cena: sopa de lima con tiras de tortilla, día de maíz", "corn", ""),
    ("meal", "almuerzo: ají de gallina donde mi suegra", "dairy wheat", ""),  # why: ají de gallina is thickened with bread soaked in evaporated milk and usually has cheese
    ("meal", "cena: sudado de pescado con yuca", "", ""),
    ("meal", "porotos granados con zapallo y choclo", "corn", ""),  # why: this dish includes corn
    ("meal", "almuerzo: charquicán con huevo frito", "", "corn"),  # why: some versions add choclo
    ("label", "Gloria Leche Evaporada Entera. Ingredientes: leche fresca entera, estabilizante (fosfato disódico), vitaminas A y D. 400 g", "dairy", ""),
    ("label", "Coca-Cola Sin Azúcar. Ingredientes: agua carbonatada, colorante (caramelo IV), acidulante (ácido fosfórico), edulcorantes (aspartamo, acesulfame K), saborizantes naturales, conservante (benzoato de sodio), cafeína.", "", "corn"),  # why: sugar-free; caramel colour may be corn-derived
    ("label", "Doritos Nacho. Ingredientes: maíz, aceite vegetal (maíz, canola y/o girasol), sazonador nacho (maltodextrina, sal, queso cheddar (leche, cultivos, sal, enzimas), suero de leche, glutamato monosódico, cebolla en polvo, dextrosa, ácido cítrico), sal.", "corn dairy sugar", ""),
]

# --- Europe second week ---
BLIND34_CASES += [
    ("meal", "almuerzo: gazpacho y pollo asado", "", ""),
    ("meal", "cena en el restaurante: secreto ibérico, pimientos de padrón, los demás pidieron pan con alioli", "", ""),
    ("meal", "sardinhas assadas com batata cozida e salada", "", ""),
    ("meal", "polędwiczki wieprzowe z grilla, kasza gryczana, mizeria bez śmietany", "", ""),  # why: buckwheat groats are not wheat
    ("meal", "guláš s rýží místo knedlíků", "", "wheat"),  # why: Czech guláš is often thickened with flour
    ("meal", "halászlé a Balatonnál", "", ""),
    ("meal", "ciorbă de burtă... nu, ciorbă de legume, fără smântână", "", ""),
    ("meal", "сніданок: вівсянка на воді з яблуком", "", "wheat"),  # why: regular oats, cross-contact possible
    ("meal", "aftensmad: torsk, nye kartofler, ærter", "", ""),
    ("meal", "Älplermagronen at the hut for everyone, I had soup — Gerstensuppe — which has cream in it I think", "", "dairy wheat"),  # why: Bündner Gerstensuppe usually has cream; barley soup can use flour
    ("meal", "symptoms: sleep 8/10, woke rested 7, pain 2, skin clear. day 16", "", ""),
    ("label", "Hochdorf Swiss Milk Vollmilch UHT. Zutaten: Vollmilch. 1 l", "dairy", ""),
    ("label", "Lindt Excellence 85% Cacao. Zutaten: Kakaomasse, Kakaobutter, fettarmer Kakao, Rohrzucker, Bourbon-Vanille. Kann Milch enthalten.", "sugar", "dairy"),  # why: cocoa butter is not dairy
    ("label", "Lay's Solone. Składniki: ziemniaki, olej słonecznikowy, sól. Bez glutenu.", "", ""),
    ("label", "Dr. Oetker Vanilkový cukr. Složení: cukr, vanilin. 20 g", "sugar", ""),
    ("label", "Heinz Ketchup. Ingredients: Tomatoes (148g per 100g Tomato Ketchup), Spirit Vinegar, Sugar, Salt, Spice and Herb Extracts (contain Celery), Spice. 460g", "sugar", ""),
]
