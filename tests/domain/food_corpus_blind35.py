# ruff: noqa: E501
"""Blind labelled set 35: clients of one practitioner on a wheat/dairy/corn/soy/sugar elimination diet with a reintroduction plan, logging meals, plans, declined offers and pasted labels from many countries."""

BLIND35_CASES: list[tuple[str, str, str, str]] = []

# --- Aoife, Dublin, Ireland ---
BLIND35_CASES += [
    ("meal", "day 4 brekkie: porridge made w water, blueberries, tiny drizzle of honey. tea black 😩 miss milk so much", "", "wheat sugar"),  # why: ordinary oats carry wheat cross-contact; honey is a natural sweetener
    ("meal", "Sunday roast at mams, had the beef, roast spuds (she did them in beef dripping not butter, I asked), carrots, parsnips. skipped the gravy cos its bisto. Dad had the apple tart and cream", "", ""),  # why: dripping is beef fat; gravy skipped; dad's tart not hers
    ("meal", "lunch: tesco chicken salad bowl, the one with sweetcorn in it, picked most of it out. no dressing", "corn", ""),  # why: picking most out still leaves corn eaten
    ("meal", "work canteen had fish n chips friday, I got the grilled hake w plain boiled potatoes & peas instead. no batter no butter", "", ""),
    ("meal", "reintro plan from Niamh (practitioner): dairy first on day 15, then 3 clean days, wheat on day 19. counting down to a proper cuppa with milk", "", ""),
    ("meal", "DAIRY CHALLENGE DAY 🥛 glass of full fat milk at 10, cheddar on plain rice cakes at lunch, natural yogurt after dinner. will score symptoms tmrw", "dairy", ""),
    ("meal", "ugh slip. had 2 custard creams at the office before I even copped what I was doing", "wheat sugar", "dairy corn"),  # why: custard creams typically carry whey powder and glucose syrup
    ("meal", "wedding in Kilkenny sat - rang the hotel, they're doing me salmon with veg. not having the cake obviously. or the bread basket", "", ""),
    ("label", "Odlums Gluten Free Porridge Oats 1kg. Ingredients: 100% Gluten Free Oats. Suitable for coeliacs. Produced in a facility that also handles milk. Store in a cool dry place.", "", "dairy"),  # why: facility line is a may-contain warning; certified GF oats clear wheat
    ("label", "TAYTO Cheese & Onion 6 pack. Ingredients: Potatoes, Vegetable Oil, Cheese & Onion Flavour [Dried Onion, Salt, Whey Powder (Milk), Cheese Powder (Milk), Dextrose, Flavour Enhancers (Monosodium Glutamate, Sodium 5'-Ribonucleotides), Dried Yeast, Colour (Paprika Extract)]. Allergy advice: for allergens see ingredients in bold.", "dairy sugar", "corn soy"),
]

# --- Callum, Glasgow, Scotland ---
BLIND35_CASES += [
    ("meal", "fry up but nae tattie scone nae black pudding, jist 2 eggs, bacon, mushrooms, grilled tomato an a spoon of heinz beans", "sugar", "corn"),  # why: tinned beans have sugar and usually modified cornflour
    ("meal", "irn bru craving is unreal the day. didnae buy one. sparkling water wi lime", "", ""),
    ("meal", "burns supper at the club. skipped the haggis (oatmeal, suet, who knows what else), had neeps n tatties mashed, glass of water", "", "dairy"),  # why: mashed neeps and tatties usually have butter
    ("meal", "porridge wi salt only, proper scottish way. flahavans", "", "wheat"),
    ("meal", "dinner: venison steak, roasted beetroot, kale in olive oil. no sauce", "", ""),
    ("meal", "wee man had fish fingers n beans for his tea, I had the... no actually I just had a baked potato wi tuna an olive oil", "", ""),
    ("meal", "day 11 - heids clear, skin less angry. treated myself: ribeye, rocket, roast peppers", "", ""),
    ("label", "Tunnock's Caramel Wafer Biscuits. INGREDIENTS: Sugar, Wheat Flour, Vegetable Fat (Palm, Palm Kernel), Glucose Syrup, Sweetened Condensed Milk (Whole Milk, Sugar), Cocoa Mass, Dried Whey (Milk), Cocoa Butter, Dried Skimmed Milk, Dried Whole Milk, Soya Lecithin, Salt, Raising Agent (Sodium Bicarbonate), Flavouring. May contain traces of nuts.", "wheat dairy soy sugar", "corn"),
    ("label", "WALKERS Pure Butter Shortbread Fingers. Ingredients: Wheat Flour, Butter (Milk) (33%), Sugar, Salt. For allergens, see ingredients in bold. Baked in Aberlour, Scotland.", "wheat dairy sugar", ""),
]

# --- Sophie, Manchester, England ---
BLIND35_CASES += [
    ("meal", "pret: chicken & avocado salad box, asked for no dressing... they'd already put it on. oh well", "", "sugar"),  # why: shop dressings often contain sugar
    ("meal", "nandos w the lads, half chicken lemon & herb, spicy rice, corn on the cob came on the side but I gave it to Dan", "", "sugar"),  # why: corn given away; marinades and basting often sweetened
    ("meal", "made the kids spag bol w normal pasta and parmesan, mine over courgetti, no cheese, sauce from scratch", "", ""),
    ("meal", "office birthday, declined the colin the caterpillar, had my own grapes 🍇", "", ""),
    ("meal", "WHEAT CHALLENGE day 19: 2 slices hovis wholemeal toast w smashed avocado, then a bowl of plain pasta w olive oil & garlic for tea", "wheat", "soy"),  # why: UK supermarket loaves commonly include soya flour
    ("meal", "Sunday: roast chicken, roast potatoes in goose fat, broccoli, mum made me a separate plate so no yorkshire pud", "", ""),
    ("meal", "school bake sale, bought 6 brownies for Ella's class, didn't touch them. I'm basically a saint", "", ""),
    ("label", "Alpro Soya Original. Ingredients: Water, hulled soya beans (8%), sugar, acidity regulator (potassium phosphates), calcium (calcium carbonate), sea salt, stabiliser (gellan gum), vitamins (riboflavin (B2), B12, D2). 100% plant based. Dairy free. Naturally lactose free.", "soy sugar", ""),
    ("label", "Oatly Oat Drink Barista Edition 1L. Ingredients: Oat base (water, oats 10%), rapeseed oil, acidity regulator (dipotassium phosphate), minerals (calcium carbonate, tricalcium phosphate, sodium iodide), salt, vitamins (D2, riboflavin, B12). Contains gluten.", "", "wheat"),  # why: oats labelled 'contains gluten' are not certified free of wheat cross-contact
]

# --- Jess, Columbus Ohio, US ---
BLIND35_CASES += [
    ("meal", "chipotle bowl: white rice, black beans, chicken, fajita veggies, pico, guac. SKIPPED corn salsa, cheese, sour cream 💪", "", ""),
    ("meal", "starbucks grande iced coffee w oatmilk, no classic", "", ""),
    ("meal", "thanksgiving planning: im bringing roasted sweet potatoes w olive oil + rosemary so I have something safe. moms doing green bean casserole and cornbread stuffing, not touching either", "", ""),
    ("meal", "2 eggs scrambled in butter... wait no, ghee. same thing right? ugh ghee is dairy isn't it", "dairy", ""),
    ("meal", "church potluck after service: deviled eggs (mayo - is that soy?) and some fruit salad", "", "soy sugar"),  # why: US mayo is usually soybean oil with sugar; potluck fruit salads are often sweetened
    ("meal", "coworkers ordered dominos, I ate my leftover salmon + quinoa at my desk. it smelled incredible, I'm not ok", "", ""),
    ("meal", "corned beef hash at the diner for brunch, eggs over easy, no toast", "", "sugar"),  # why: corned beef is not corn; cure and diner hash can carry sugar
    ("meal", "hubby got a Big Mac, I got a side salad and the grilled chicken I brought from home. McD's for him only", "", ""),
    ("label", "DORITOS Nacho Cheese Flavored Tortilla Chips. INGREDIENTS: Corn, Vegetable Oil (Corn, Canola, and/or Sunflower Oil), Maltodextrin (Made from Corn), Salt, Cheddar Cheese (Milk, Cheese Cultures, Salt, Enzymes), Whey, Monosodium Glutamate, Buttermilk, Romano Cheese (Part-Skim Cow's Milk, Cheese Cultures, Salt, Enzymes), Whey Protein Concentrate, Onion Powder, Corn Flour, Natural and Artificial Flavor, Dextrose, Tomato Powder, Lactose, Spices, Artificial Color (Yellow 6, Yellow 5, Red 40), Lactic Acid, Citric Acid, Sugar, Garlic Powder, Skim Milk, Red and Green Bell Pepper Powder, Disodium Inosinate, and Disodium Guanylate. CONTAINS MILK INGREDIENTS.", "corn dairy sugar", ""),
    ("label", "SKIPPY Creamy Peanut Butter 16.3 oz. INGREDIENTS: ROASTED PEANUTS, SUGAR, HYDROGENATED VEGETABLE OILS (COTTONSEED, SOYBEAN AND RAPESEED) TO PREVENT SEPARATION, SALT. Nutrition Facts Serving size 2 Tbsp (32g) Calories 190 Total Fat 16g Total Sugars 3g Incl. 2g Added Sugars Protein 7g", "sugar soy", ""),  # why: peanut butter is not dairy; label names soybean oil and sugar
]

# --- Marcus, Austin Texas, US ---
BLIND35_CASES += [
    ("meal", "brisket at the bbq joint, no sauce, pickles + collards. pretty sure the rub has brown sugar tho", "", "sugar"),
    ("meal", "breakfast taco but i asked for it in a lettuce wrap lol. eggs potato chorizo", "", ""),
    ("meal", "day 3 and the headache is brutal. caffeine withdrawal or sugar withdrawal idk. dinner: grilled chicken, black beans from dry, rice", "", ""),
    ("meal", "my daughter's quinceañera prep — bought 200 tamales and a tres leches for the party. I'm eating my own food that night, chicken + salad", "", ""),
    ("meal", "broke down at the gas station and got a Dr Pepper. drank the whole thing 😞", "sugar corn", ""),  # why: US Dr Pepper is sweetened with high fructose corn syrup
    ("label", "Siete Almond Flour Tortillas. INGREDIENTS: Almond Flour, Tapioca Flour, Water, Psyllium Husk, Cassava Flour, Sea Salt. Grain free, Gluten free, Dairy free, Non-GMO. Manufactured in a facility that processes tree nuts and eggs.", "", ""),
    ("label", "Tostitos Original Restaurant Style Tortilla Chips. INGREDIENTS: CORN, VEGETABLE OIL (CORN, CANOLA, SUNFLOWER, AND/OR SOYBEAN OIL), SALT.", "corn", "soy"),
]

# --- Marie, Montréal, Canada ---
BLIND35_CASES += [
    ("meal", "déjeuner: gruau à l'eau avec un filet de sirop d'érable 🍁 juste un peu", "", "wheat sugar"),  # why: maple syrup is a natural sweetener; oats may carry wheat
    ("meal", "cabane à sucre avec la famille 😅 j'ai pris les oeufs à la coque et les patates bouillies, pas de fèves au lard, pas de tire, pas d'oreilles de crisse", "", ""),
    ("meal", "Tim's: steeped tea, black. Dev got a double double and a boston cream, j'ai juste regardé 😭", "", ""),
    ("meal", "poutine craving SO bad. made 'poutine' at home: roasted potatoes + mushroom gravy thickened with arrowroot, no curds", "", ""),
    ("meal", "jour 17 défi maïs: 3 tortillas de maïs Maseca avec poulet et salsa maison", "corn", ""),
    ("meal", "souper chez belle-maman: tourtière. j'ai mangé la garniture sans la croûte", "", "wheat"),  # why: filling sat in a flour crust and tourtière fillings are often bound with breadcrumbs
    ("label", "Kraft Dinner Original Macaroni & Cheese / Macaroni et fromage. Ingredients: Enriched Pasta (Wheat Flour, Niacin, Iron, Thiamine Mononitrate, Riboflavin, Folic Acid), Cheese Sauce Mix (Modified Milk Ingredients, Whey, Salt, Sodium Phosphate, Calcium Phosphate, Citric Acid, Lactic Acid, Colour). Contains: Wheat, Milk.", "wheat dairy", "corn"),  # why: citric acid is a listed hedge for corn
]

# --- Dev, Toronto, Canada ---
BLIND35_CASES += [
    ("meal", "lunch from the shawarma place: chicken plate, rice, salad, garlic sauce, hot sauce. no pita", "", "soy dairy"),  # why: toum at chains often uses soybean oil; shawarma chicken is often marinated in yogurt
    ("meal", "wife made butter chicken for the kids, I had the chicken tikka before it went into the sauce + cauliflower rice", "", "dairy"),  # why: tikka marinade is usually yogurt
    ("meal", "hockey rink snack bar: nothing safe so I ate an apple from my bag", "", ""),
    ("meal", "cottage weekend. steak, grilled corn for everyone — I skipped the corn, had zucchini instead", "", ""),
]

# --- Ananya, Mumbai, India ---
BLIND35_CASES += [
    ("meal", "breakfast poha with peanuts n curry leaves in groundnut oil, no sugar this time. mom usually adds a pinch 🙄", "", ""),
    ("meal", "lunch: dal chawal, bhindi sabzi. no roti 😢 ghee nahi dala", "", ""),
    ("meal", "aaj office mein samosa aaya, maine nahi khaya. sirf chai piya... wait chai mein doodh tha. oops", "dairy", "sugar"),  # why: office chai is nearly always sweetened
    ("meal", "dinner rajma chawal + raita", "dairy", ""),
    ("meal", "Diwali week 😩 mithai everywhere. didn't touch the kaju katli, gave the whole box to the neighbours", "", ""),
    ("meal", "रात का खाना: मूंग दाल की खिचड़ी, बिना घी के, और भुनी हुई लौकी", "", ""),
    ("meal", "cousin's sangeet last night — only ate the tandoori paneer tikka... wait paneer IS dairy. dammit. also a bit of dal makhani", "dairy", ""),
    ("label", "Haldiram's Aloo Bhujia 400g. Ingredients: Potato (40%), Tepary Beans Flour, Edible Vegetable Oil (Cotton Seed, Corn & Palmolein Oil), Gram Flour, Spices & Condiments, Salt, Acidity Regulator (INS 330). Contains: Moth Bean. May contain traces of Milk, Wheat, Nuts and Mustard.", "corn", "wheat dairy"),
    ("label", "AMUL PURE GHEE. Made from fresh cream. Ingredients: Milk Fat. Net Qty 1 L. Best before 12 months from packing.", "dairy", ""),
]

# --- Rohit, Delhi, India ---
BLIND35_CASES += [
    ("meal", "gym meal: 200g chicken breast, brown rice, kheera. skipped whey, using my pea protein now with water", "", ""),
    ("meal", "Mom made aloo paratha for everyone. Maine sirf aloo ki sabzi khayi bina paratha ke, with curd... no not curd, just pickle", "", ""),
    ("meal", "shaadi mein gaya tha, buffet pe sab kuch maida ya paneer. ate tandoori fish, salad and jeera rice", "", "dairy"),  # why: tandoori marinades usually contain yogurt
    ("meal", "chole bhature khaya. slip. full slip. no regrets (some regrets)", "wheat", "dairy sugar"),  # why: bhature dough often has yogurt and sugar
    ("label", "Parle-G Original Gluco Biscuits. Ingredients: Wheat Flour (Atta) (68%), Sugar, Edible Vegetable Oil (Palm), Invert Sugar Syrup, Leavening Agents [503(ii), 500(ii)], Milk Solids, Iodised Salt, Emulsifiers [322(i) Soy Lecithin, 471], Dough Conditioner (223). Contains Wheat, Milk and Soy.", "wheat sugar dairy soy", ""),
]

# --- Suman, Kathmandu, Nepal ---
BLIND35_CASES += [
    ("meal", "Dal bhat tarkari, achar. Same as every day haha, this diet is easy for me", "", ""),
    ("meal", "momo party at friend's flat, I had only the jhol achar with some boiled potatoes, not the momo (maida)", "", "soy"),  # why: jhol achar is often made with roasted soybeans
    ("meal", "बिहान: चिउरा र दही", "dairy", ""),
    ("meal", "Dashain tika — family had sel roti, I ate only goat curry and rice", "", ""),
    ("meal", "chiya with soy milk now instead of dudh. no chini", "soy", ""),
    ("meal", "craving chatamari… rice flour is ok right? made it with rice flour, egg, minced chicken, no cheese", "", ""),
    ("label", "Wai Wai Instant Noodles Chicken Flavour. Ingredients: Noodles: Wheat Flour, Palm Oil, Salt, Sugar, Flavour Enhancer (INS 621). Seasoning: Salt, Sugar, Chilli Powder, Soya Sauce Powder, Spices, Chicken Flavour, Dehydrated Vegetables. Contains wheat, soy.", "wheat sugar soy", ""),
]

# --- Maricel, Quezon City, Philippines ---
BLIND35_CASES += [
    ("meal", "breakfast: sinangag, itlog, tuyo. walang longganisa kasi may asukal yun", "", ""),
    ("meal", "lunch sa canteen: chicken adobo w rice. forgot na may toyo 🤦‍♀️", "soy wheat", "sugar"),
    ("meal", "sinigang na baboy for dinner, hindi Knorr mix, fresh sampalok talaga", "", ""),
    ("meal", "Jollibee with the kids, they had Chickenjoy and spaghetti, ako tubig lang talaga. inggit much", "", ""),
    ("meal", "halo-halo craving pero hindi. mangga na lang ako", "", ""),
    ("meal", "fiesta sa probinsya, declined the lechon sauce and leche flan, lechon skin lang tsaka ensaladang talong", "", ""),
    ("meal", "Day 16 SOY challenge: tokwa't baboy — tofu + pork with vinegar-toyo dip", "soy wheat", ""),  # why: the soy sauce dip brings wheat into a soy challenge
    ("label", "Lucky Me! Pancit Canton Chilimansi Flavor. INGREDIENTS: Noodles: wheat flour, palm oil, salt, iodized salt, sodium carbonate. Seasoning: sugar, salt, monosodium glutamate, soy sauce (soybean, wheat, salt), chili powder, calamansi powder, garlic, onion. Contains wheat and soy. May contain milk and egg.", "wheat soy sugar", "dairy"),
    ("label", "Datu Puti Soy Sauce 1L. Ingredients: Water, Salt, Hydrolyzed Soy Protein, Caramel Color, Sodium Benzoate as preservative.", "soy", "wheat corn"),  # why: no wheat listed but Filipino soy sauces often include it; caramel colour is a corn hedge
]

# --- Dewi, Yogyakarta, Indonesia ---
BLIND35_CASES += [
    ("meal", "Sarapan: nasi uduk, telur balado, tempe goreng", "soy", ""),
    ("meal", "makan siang gado-gado tanpa kerupuk, tanpa kecap", "soy sugar", ""),  # why: gado-gado has tofu/tempeh and the peanut sauce has palm sugar
    ("meal", "kecap manis craving parah. bikin ayam bakar pake madu aja", "", "sugar"),
    ("meal", "Lebaran: opor ayam sama ketupat aja, nggak nastar nggak kastengel", "", ""),
    ("meal", "order ojol buat kantor: martabak manis buat semua, aku pecel lele", "", "sugar"),  # why: sambal for pecel lele usually has some sugar
    ("label", "Indomie Mi Goreng Original. Komposisi: Mi: tepung terigu, minyak nabati (mengandung antioksidan TBHQ), garam, pengatur keasaman. Bumbu: kecap manis (gula, air, garam, kedelai, gandum), gula, garam, penguat rasa mononatrium glutamat, bawang putih. Minyak bumbu: minyak nabati, bawang merah. Mengandung gandum dan kedelai.", "wheat soy sugar", ""),
    ("label", "Kecap Manis ABC 600ml. Komposisi: gula kelapa, air, garam, kedelai hitam, tepung terigu, pengawet natrium benzoat. Mengandung kedelai dan gandum.", "sugar soy wheat", ""),
]

# --- Linh, Hà Nội, Vietnam ---
BLIND35_CASES += [
    ("meal", "phở bò ở quán đầu ngõ, không hoisin, không tương đen, chỉ chanh ớt", "", "sugar"),  # why: shop phở broth usually has rock sugar
    ("meal", "bún chả with nước chấm, nhiều rau", "sugar", ""),  # why: nước chấm and the pork marinade contain sugar
    ("meal", "gỏi cuốn, chấm tương đậu phộng", "soy sugar", "wheat"),  # why: the peanut dip is hoisin-based
    ("meal", "Tết: mẹ làm bánh chưng, I had a slice. just sticky rice, mung bean, pork right?", "", ""),
    ("meal", "cà phê sữa đá craving... ordered cà phê đen không đường instead", "", ""),
    ("meal", "mua bánh mì cho chồng, còn mình ăn cơm gạo lứt với cá kho... wait cá kho có đường và nước màu", "sugar", ""),  # why: cá kho is braised with sugar and caramel
    ("label", "Mì Hảo Hảo Tôm Chua Cay. Thành phần: Vắt mì: bột mì, dầu thực vật, tinh bột khoai mì, muối. Gói súp: muối, đường, chất điều vị (621), bột tôm, nước tương, ớt, tỏi. Chứa lúa mì, đậu nành, tôm.", "wheat sugar soy", "corn"),  # why: unnamed vegetable oil
    ("label", "Sữa đậu nành Fami Canxi. Thành phần: nước, đậu nành hạt (14%), đường tinh luyện, canxi carbonat, chất ổn định, muối.", "soy sugar", ""),
]

# --- Haruka, Osaka, Japan ---
BLIND35_CASES += [
    ("meal", "朝ごはん：ご飯、焼き鮭、味噌汁", "soy", ""),
    ("meal", "ランチはざる蕎麦。。十割じゃないかも、二八なら小麦入ってる。つゆもつけちゃった", "wheat soy sugar", ""),  # why: soba dipping sauce is soy sauce, mirin and sugar; soy sauce brings wheat
    ("meal", "conveyor sushi w my team, brought my own San-J tamari (the wheat free one), no regular shoyu", "soy sugar", ""),  # why: sushi rice is seasoned with sugar; tamari is soy
    ("meal", "coworker brought Tokyo Banana omiyage, declined politely. 'daietto chuu desu' lol", "", ""),
    ("meal", "息子のお弁当に甘い卵焼き作った。自分のは砂糖なしで", "", ""),
    ("meal", "やばい、間違えてカフェオレ飲んだ。自販機の", "dairy", "sugar"),  # why: vending machine café au lait is usually sweetened
    ("meal", "day 12: knees less stiff. did XIYAN + kneading 5 min. 夕飯：鶏の塩焼き、大根の煮物（醤油なし、塩と昆布だけ）", "", ""),
    ("label", "名称：ポテトチップス 原材料名：じゃがいも（国産）（遺伝子組換えでない）、植物油、食塩／調味料（アミノ酸） 内容量：60g 栄養成分表示（1袋当たり）エネルギー 336kcal たんぱく質 3.1g 脂質 21.6g 炭水化物 32.4g 食塩相当量 0.5g", "", "corn soy"),  # why: unnamed vegetable oil
    ("label", "キッコーマン こいくちしょうゆ 原材料名：脱脂加工大豆（国内製造）、小麦、食塩、大豆／アルコール", "soy wheat", ""),
    ("label", "カルピス 原材料名：砂糖（国内製造）、脱脂粉乳、乳酸菌飲料／酸味料、香料、安定剤（大豆多糖類） 乳成分・大豆を含む", "sugar dairy soy", ""),
]

# --- Ji-woo, Seoul, Korea ---
BLIND35_CASES += [
    ("meal", "아침: 현미밥, 김치, 계란후라이", "", "sugar"),  # why: commercial kimchi often contains sugar
    ("meal", "점심 회사 구내식당 된장찌개랑 밥", "soy", "wheat"),  # why: commercial doenjang often includes wheat flour
    ("meal", "회식 - everyone had samgyeopsal + soju, I had the pork in lettuce w garlic, skipped ssamjang & soju", "", ""),
    ("meal", "tteokbokki craving 🥲 rice cakes are fine but gochujang = wheat + corn syrup so no", "", ""),
    ("meal", "Chuseok: had 2 songpyeon at in-laws before remembering the filling is sesame + sugar 😞", "sugar", ""),
    ("meal", "아이들 소풍 김밥 쌌어요. 저는 남은 밥이랑 단무지만 먹었어요", "", "sugar"),  # why: pickled radish is usually sweetened
    ("meal", "비빔밥 without gochujang, just sesame oil + salt, at home", "", ""),
    ("label", "해찬들 태양초 고추장 원재료명: 물엿(옥수수:외국산), 고춧가루(중국산), 정제소금, 밀쌀(미국산), 밀가루(밀:미국산), 대두, 주정, 메주분말, 종국. 대두, 밀 함유", "corn sugar wheat soy", ""),
    ("label", "농심 신라면 원재료명: 면: 소맥분(밀:미국산,호주산), 감자전분, 팜유, 변성전분, 정제염, 면류첨가알칼리제. 스프: 정제염, 설탕, 간장분말(대두, 밀), 고춧가루, 마늘. 밀, 대두, 우유, 쇠고기 함유", "wheat soy sugar dairy", "corn"),  # why: label lists milk among contains; modified starch is a corn hedge
    ("label", "베지밀 B 두유 원재료명: 두유액(대두고형분 7%, 캐나다산), 정제수, 설탕, 혼합제제, 탄산칼슘, 정제소금. 대두 함유", "soy sugar", ""),
]

# --- Wei, Chengdu, China ---
BLIND35_CASES += [
    ("meal", "早餐：小米粥，水煮蛋，凉拌黄瓜（只放了盐和醋）", "", ""),
    ("meal", "午饭同事点了麻辣烫，我自己带了饭：白米饭+清蒸鱼，没放酱油", "", ""),
    ("meal", "晚上家宴，妈妈做了红烧肉，我吃了好几块。。", "soy wheat sugar", ""),
    ("meal", "春节不吃饺子太难了。我吃了萝卜炖排骨，米饭", "", ""),
    ("meal", "女儿的生日蛋糕是我买的，我一口没吃 🎂", "", ""),
    ("meal", "dad's homemade soy milk at breakfast, had a cup before remembering 豆浆 = soy lol", "soy", "sugar"),  # why: doujiang is often sweetened at the table
    ("meal", "麦片 — wait I checked, it's 燕麦 not 小麦. oatmeal with water", "", "wheat"),
    ("label", "老干妈 风味豆豉油制辣椒 配料：菜籽油、辣椒、豆豉、味精、白砂糖、食用盐、花椒、食品添加剂（谷氨酸钠）。净含量280克", "soy sugar", ""),
    ("label", "旺旺雪饼 配料：大米、白砂糖、棕榈油、淀粉、食用盐、单,双甘油脂肪酸酯、食用香精。致敏物质提示：本生产线同时加工含有乳制品、大豆的产品", "sugar", "corn wheat dairy soy"),  # why: unqualified starch; shared line warning
]

# --- Oyunaa, Ulaanbaatar, Mongolia ---
BLIND35_CASES += [
    ("meal", "өглөө: сүүтэй цай, хонины мах чанасан", "dairy", ""),
    ("meal", "Tsagaan Sar at grandma's — skipped the buuz (flour dough), had boiled mutton and the rice with raisins", "", "sugar dairy"),  # why: the festive rice is often made with sugar and butter
    ("meal", "grandma offered aaruul, politely said no 🙏", "", ""),
    ("meal", "lunch: no khuushuur for me. boiled beef with potatoes, salt only", "", ""),
    ("meal", "husband ordered pizza at Pizza Hut Ulaanbaatar with the kids, I had a salad with lemon", "", ""),
    ("label", "Coca-Cola 0.5L. Найрлага: ус, элсэн чихэр, өнгө оруулагч (карамель E150d), хүчиллэг тохируулагч (фосфорын хүчил), байгалийн амтлагч (кофеин агуулсан).", "sugar", "corn"),
]

# --- Aigerim, Almaty, Kazakhstan ---
BLIND35_CASES += [
    ("meal", "бешбармак у тёти — съела только мясо и сорпу, тесто не трогала", "", "wheat"),  # why: the broth has the noodle sheets cooked in it
    ("meal", "баурсаки на тое — отказалась. пила чай, тоже без молока", "", ""),
    ("meal", "кымыз попробовала один глоток, неудобно было отказать", "dairy", ""),
    ("meal", "плов с бараниной, морковь, рис, на хлопковом масле", "", ""),
    ("meal", "day 14!! two full weeks clean. reintro plan: wheat first because that's what I miss most", "", ""),
    ("label", "Шоколад Рахат Казахстанский горький 70%. Состав: какао тертое, сахар, какао-масло, эмульгатор лецитин соевый, ароматизатор ванилин. Может содержать следы молока и орехов.", "sugar soy", "dairy"),  # why: cocoa butter is not dairy
    ("label", "Айран Фудмастер 2%. Состав: молоко нормализованное, вода питьевая, соль, закваска.", "dairy", ""),
]

# --- Natasha, Saint Petersburg, Russia ---
BLIND35_CASES += [
    ("meal", "Завтрак: гречка с маслом", "dairy", ""),  # why: buckwheat is not wheat; butter is dairy
    ("meal", "гречка с грибами на оливковом масле, без сливочного", "", ""),
    ("meal", "муж ел пельмени со сметаной, я — котлету из индейки (фарш без хлеба, сама делала) и салат", "", ""),
    ("meal", "день рождения на работе, торт Наполеон — нет, спасибо. Съела мандарин 🍊", "", ""),
    ("meal", "выпила квас на даче из бочки, забыла что там солод и сахар", "sugar", "wheat"),  # why: kvass is made from rye bread/malt, often with wheat
    ("meal", "сырники на рисовой муке с кокосовым йогуртом, без творога и без сахара", "", ""),
    ("label", "Майонез Слобода Провансаль 67%. Состав: масло подсолнечное рафинированное дезодорированное, вода, яичный желток, сахар, горчичное масло, соль, регулятор кислотности уксусная кислота, ароматизатор.", "sugar", ""),
    ("label", "Хлеб Бородинский. Состав: мука ржаная обдирная, вода питьевая, мука пшеничная хлебопекарная второго сорта, патока, сахар-песок, солод ржаной, соль поваренная, дрожжи, кориандр.", "wheat sugar", ""),
]

# --- Oksana, Lviv, Ukraine ---
BLIND35_CASES += [
    ("meal", "Борщ мамин, без сметани, з часником. пампушки не їла", "", "sugar"),  # why: many home borscht recipes add a spoon of sugar
    ("meal", "вареники з картоплею — ні, тісто. зробила деруни без борошна, на соняшниковій олії", "", ""),
    ("meal", "Святвечір: кутя — пшениця з маком і медом. з'їла ложку за традицію", "wheat", "sugar"),  # why: kutia is wheat berries; honey is a natural sweetener and sugar is often added
    ("meal", "сало з часником на житньому хлібі", "", "wheat"),  # why: shop rye bread is usually rye-wheat
    ("meal", "діти їли торт на іменинах, я чай з лимоном", "", ""),
    ("label", "Roshen Шоколад Молочний. Склад: цукор, какао-масло, молоко сухе незбиране, какао терте, сироватка суха молочна, емульгатори (лецитин соєвий, Е476), ароматизатор «Ваніль». Може містити горіхи, глютен.", "sugar dairy soy", "wheat"),
]

# --- Kasia, Kraków, Poland ---
BLIND35_CASES += [
    ("meal", "Śniadanie: jajecznica na maśle", "dairy", ""),
    ("meal", "Wigilia: barszcz czysty, karp smażony — był w panierce z mąki, zjadłam bez skórki", "", "wheat"),  # why: flour coating touched the flesh even with the skin removed
    ("meal", "pierogi ruskie zrobiłam dla dzieci, sama nie jadłam nawet jednego", "", ""),
    ("meal", "obiad u teściowej: rosół — dla mnie z ryżem zamiast makaronu", "", ""),
    ("meal", "herbata z cytryną bez cukru i jabłko. tęsknię za pączkami 😭 tłusty czwartek jutro", "", ""),
    ("label", "Prince Polo Classic. Skład: cukier, mąka pszenna, tłuszcz roślinny (palmowy), kakao w proszku o obniżonej zawartości tłuszczu, serwatka w proszku (z mleka), miazga kakaowa, skrobia pszenna, emulgator (lecytyny z soi), sól, substancje spulchniające, aromat. Może zawierać orzechy laskowe.", "sugar wheat dairy soy", ""),
    ("label", "Sok jabłkowy 100% Tymbark. Sok z zagęszczonego soku jabłkowego. Bez dodatku cukru.", "", "sugar"),  # why: made from juice concentrate
]

# --- Rūta, Vilnius, Lithuania ---
BLIND35_CASES += [
    ("meal", "cepelinai at grandma's, had just one, with spirgai but no grietinė", "", ""),  # why: grandma's are grated potato and potato starch with meat
    ("meal", "šaltibarščiai for everyone at lunch — skipped it bc kefir. had hot boiled potatoes with dill", "", ""),
    ("meal", "kepta duona with beer at the bar for the guys, I had a cider... cider probably has sugar tho", "", "sugar"),
    ("meal", "vakarienė: virta vištiena, burokėliai, agurkai", "", ""),
    ("label", "Rūta Juodasis šokoladas 72%. Sudedamosios dalys: kakavos masė, cukrus, kakavos sviestas. Gali būti pieno, riešutų ir glitimo pėdsakų.", "sugar", "dairy wheat"),
    ("label", "Kefyras Rokiškio 2.5% riebumo. Sudedamosios dalys: pasterizuotas pienas, kefyro raugas.", "dairy", ""),
]

# --- Jonas, Munich, Germany ---
BLIND35_CASES += [
    ("meal", "Frühstück: glutenfreie Haferflocken mit ungesüßter Mandelmilch und Beeren", "", ""),
    ("meal", "Kantine: Currywurst mit Pommes – nee, hab den Salatteller genommen, ohne Dressing", "", ""),
    ("meal", "Oktoberfest 🍺 Freunde mit Maß und Brezn, ich mit Weinschorle und halbem Hendl", "", ""),
    ("meal", "Kaffee und Kuchen bei Oma, Kuchen abgelehnt, Kaffee schwarz", "", ""),
    ("meal", "Spargel mit Sauce Hollandaise und Kartoffeln", "dairy", ""),
    ("meal", "Dinkelbrot vom Biobäcker, Dinkel ist ja kein Weizen oder?", "wheat", ""),  # why: spelt is a wheat
    ("label", "Nutella 450g. Zutaten: Zucker, Palmöl, Haselnüsse (13%), fettarmer Kakao (7,4%), Magermilchpulver (8,7%), Emulgator Lecithine (Soja), Vanillin. Glutenfrei.", "sugar dairy soy", ""),
    ("label", "MAGGI Würze 250ml. Zutaten: Wasser, Salz, Geschmacksverstärker (Mononatriumglutamat, Dinatriuminosinat), Weizengluten, Zucker, Aroma, Weizenmehl, Säuerungsmittel Essigsäure. Kann Spuren von Sellerie und Soja enthalten.", "wheat sugar", "soy"),
]

# --- Femke, Utrecht, Netherlands ---
BLIND35_CASES += [
    ("meal", "Ontbijt: boterham met hagelslag — nee grapje, rijstwafel met pindakaas", "", "sugar"),  # why: pindakaas is not dairy; many brands add sugar
    ("meal", "bitterballen op de borrel geweigerd, spa rood besteld", "", ""),
    ("meal", "stamppot boerenkool met rookworst bij mijn moeder", "", "dairy sugar"),  # why: stamppot usually has milk/butter; rookworst often has dextrose
    ("meal", "kids had pannenkoeken, I made myself a boekweit one with only buckwheat flour, water, egg", "", ""),
    ("meal", "verjaardag op kantoor, taart en tompouce overal. ik heb een mandarijn gegeten", "", ""),
    ("label", "Daelmans Stroopwafels. Ingrediënten: tarwebloem, glucose-fructosestroop, suiker, palmvet, boter (melk), invertsuikerstroop, ei, rijsmiddel (natriumcarbonaten), zout, kaneel. Allergie-informatie: zie vetgedrukte ingrediënten. Kan sporen van soja en noten bevatten.", "wheat sugar dairy", "corn soy"),
]

# --- Lotte & Mathieu, Ghent/Liège, Belgium ---
BLIND35_CASES += [
    ("meal", "frieten van de frituur, gebakken in ossewit, geen mayo", "", ""),
    ("meal", "gaufre de Liège offerte par un collègue, j'ai refusé 😤", "", ""),
    ("meal", "moules marinières au vin blanc avec frites, un peu de beurre dans la sauce je pense", "", "dairy soy corn"),  # why: butter suspected; restaurant frites fried in unknown oil
    ("meal", "carbonnade flamande pour la famille (bière + pain d'épices), je n'en ai pas mangé. pour moi pommes de terre nature", "", ""),
    ("label", "Lotus Biscoff / Speculoos. Ingrédients: farine de blé, sucre, huiles végétales (palme, colza), sirop de sucre candi, agent levant (carbonate acide de sodium), farine de soja, sel, cannelle. Peut contenir des traces de lait.", "wheat sugar soy", "dairy"),
]

# --- Claire, Lyon, France ---
BLIND35_CASES += [
    ("meal", "petit-déj: café noir, une banane, c'est tout", "", ""),
    ("meal", "boulangerie en bas de chez moi 😭 acheté une baguette pour mon mari, pas pour moi", "", ""),
    ("meal", "déjeuner à la cantine: poulet rôti, haricots verts au beurre", "dairy", ""),
    ("meal", "raclette chez des amis — j'ai mangé les pommes de terre et la charcuterie, pas de fromage du tout", "", "sugar dairy"),  # why: French charcuterie often lists dextrose/sucre and lactose
    ("meal", "jour 15 réintro lait: yaourt nature le matin, un verre de lait à 16h, comté le soir", "dairy", ""),
    ("meal", "galettes de sarrasin faites maison: farine de sarrasin, eau, sel, oeuf. garniture jambon-oeuf, cuites à l'huile d'olive, sans beurre", "", ""),
    ("label", "Bonne Maman Confiture Fraises 370g. Ingrédients: fraises, sucre de canne, sucre, gélifiant: pectine de fruits, jus de citron concentré. Préparée avec 50g de fruits pour 100g.", "sugar", ""),
]

# --- Giulia, Bologna, Italy ---
BLIND35_CASES += [
    ("meal", "colazione: niente cornetto. caffè amaro e una mela", "", ""),
    ("meal", "pranzo: risotto ai funghi fatto da me con olio, niente burro, niente parmigiano", "", ""),
    ("meal", "la nonna ha fatto le lasagne per tutti. ho mangiato solo l'insalata e il pollo arrosto", "", ""),
    ("meal", "pizza night w friends: got the margherita senza glutine e senza mozzarella, basically tomato bread lol", "", "wheat corn"),  # why: pizzeria GF bases risk flour cross-contact and are usually corn-starch based
    ("meal", "polenta con funghi dalla zia... oops polenta = mais. slip giorno 8", "corn", "dairy"),  # why: polenta is often finished with butter or parmesan
    ("label", "Barilla Spaghetti n.5. Ingredienti: semola di grano duro, acqua. Può contenere soia e senape.", "wheat", "soy"),
    ("label", "Barilla Spaghetti Senza Glutine. Ingredienti: farina di mais bianco (70%), farina di mais giallo, farina di riso integrale, farina di riso, emulsionante: mono e digliceridi degli acidi grassi. Senza glutine.", "corn", ""),  # why: gluten free but corn-based
]

# --- Lucía, Seville, Spain ---
BLIND35_CASES += [
    ("meal", "Desayuno: tostada de pan sin gluten Schär con tomate y aceite", "", "corn sugar"),  # why: GF breads are commonly corn-starch based with added sugar
    ("meal", "tortilla española de mi madre, solo huevo, patata, cebolla y aceite de oliva", "", ""),
    ("meal", "boda de mi prima: jamón ibérico, gambas a la plancha, solomillo sin salsa... la tarta no", "", ""),
    ("meal", "churros con chocolate para los niños, yo miré y tomé un té", "", ""),
    ("meal", "Roscón de Reyes 😩 mi suegra insistió y comí un trozo pequeño", "wheat dairy sugar", ""),
    ("label", "ColaCao Original. Ingredientes: azúcar, cacao desgrasado soluble (cacao, regulador de acidez carbonato potásico), harina de trigo y cebada malteada, harina de trigo, sal, aroma. Puede contener leche.", "sugar wheat", "dairy"),
]

# --- Inês, Porto, Portugal ---
BLIND35_CASES += [
    ("meal", "pequeno-almoço: papas de aveia com água e canela", "", "wheat"),
    ("meal", "bacalhau com natas em casa da avó — comi só batatas cozidas e um bocado de bacalhau cozido à parte", "", ""),
    ("meal", "pastéis de nata on the office table again. NOT today", "", ""),
    ("meal", "francesinha? nope. sardinhas grelhadas, salada, batata cozida", "", ""),
    ("label", "Bolacha Maria Cuétara. Ingredientes: farinha de trigo, açúcar, óleo de girassol, xarope de glucose-frutose, levedantes (carbonato ácido de amónio, carbonato ácido de sódio), sal, emulsionante (lecitina de soja), aroma. Pode conter leite e ovo.", "wheat sugar soy", "corn dairy"),
]

# --- Thiago, São Paulo, Brazil ---
BLIND35_CASES += [
    ("meal", "café da manhã: tapioca com ovo e queijo coalho", "dairy", ""),
    ("meal", "almoço: arroz, feijão, farofa, bife acebolado", "", "dairy"),  # why: farofa is usually toasted in butter
    ("meal", "pão de queijo na padaria… resisti 💪", "", ""),
    ("meal", "sábado: feijoada com a família, arroz, couve, laranja. sem caipirinha", "", ""),
    ("meal", "festa junina: não comi pamonha nem curau porque é milho... aí comi pipoca salgada. pipoca é milho 🤦", "corn", ""),
    ("label", "Guaraná Antarctica 350ml. Ingredientes: água gaseificada, açúcar, semente de guaraná, acidulante ácido cítrico, aroma natural, conservador benzoato de sódio, corante caramelo IV. NÃO CONTÉM GLÚTEN.", "sugar", "corn"),
    ("label", "Tapioca Da Terrinha Goma Pronta 500g. Ingrediente: fécula de mandioca hidratada. NÃO CONTÉM GLÚTEN.", "", ""),
]

# --- Valentina, Buenos Aires, Argentina ---
BLIND35_CASES += [
    ("meal", "mate amargo toda la mañana 🧉", "", ""),
    ("meal", "asado del domingo: vacío, chorizo, ensalada mixta. morcilla no", "", ""),
    ("meal", "medialunas en la oficina, ni una", "", ""),
    ("meal", "empanadas caseras para los chicos, yo me hice un bife con papas al horno", "", ""),
    ("meal", "alfajor Havanna — SLIP. día de mierda en el trabajo", "wheat dairy sugar", "soy"),  # why: chocolate coating usually carries soy lecithin
    ("label", "Dulce de Leche La Serenísima Clásico. Ingredientes: leche entera, azúcar, jarabe de glucosa, bicarbonato de sodio, aromatizante vainillina. Sin TACC.", "dairy sugar", "corn"),
    ("label", "Maizena Almidón de Maíz 500g. Ingredientes: almidón de maíz. Sin TACC.", "corn", ""),
]

# --- Guadalupe, Puebla, Mexico ---
BLIND35_CASES += [
    ("meal", "desayuno: huevos a la mexicana con tortillas de maíz", "corn", ""),
    ("meal", "Día 6: huevos rancheros SIN tortilla, salsa casera, frijoles de olla", "", ""),
    ("meal", "taquiza en la oficina, yo traje mi tupper de pollo con arroz y nopales", "", ""),
    ("meal", "comida familiar: rechacé la Coca. tomé agua de jamaica... mi tía dijo que le puso azúcar obvio 😑", "sugar", ""),
    ("meal", "mole poblano en la boda. lleva chocolate, pan, tortilla... me lo comí igual 😬", "sugar", "wheat corn"),  # why: mole recipes vary in using bread and tortilla; chocolate brings sugar
    ("label", "MASECA Harina de Maíz Nixtamalizado. Ingredientes: maíz nixtamalizado, trazas de cal. Libre de gluten.", "corn", ""),
    ("label", "Jarritos Mandarina. Ingredientes: agua carbonatada, azúcar, ácido cítrico, saborizante natural, benzoato de sodio, amarillo 6.", "sugar", "corn"),
]

# --- Yamilé, Miami/Havana, Cuba ---
BLIND35_CASES += [
    ("meal", "almuerzo: arroz congrí, yuca con mojo, cerdo asado", "", ""),
    ("meal", "cafecito — con azúcar claro, es cubano... oops", "sugar", ""),
    ("meal", "mis hijos merendaron pan con timba (guayaba y queso), yo no", "", ""),
    ("meal", "flan for abuela's birthday — didn't eat a slice but licked the spoon 🙈", "dairy sugar", ""),  # why: licking the spoon is still eating some
    ("label", "GOYA Adobo All Purpose Seasoning with Pepper. INGREDIENTS: SALT, GARLIC, SPICES (INCLUDING OREGANO, BLACK PEPPER), MONOSODIUM GLUTAMATE, TURMERIC, LESS THAN 2% OF TRICALCIUM PHOSPHATE (PREVENTS CAKING).", "", ""),
]

# --- Nadège, Port-au-Prince, Haiti ---
BLIND35_CASES += [
    ("meal", "Manje midi: diri ak pwa, legim, poul", "", ""),
    ("meal", "griyo ak bannann peze, pikliz", "", ""),
    ("meal", "soup joumou premye janvye — mwen pa manje makawoni ladan l", "", "wheat"),  # why: the pasta cooked in the soup
    ("meal", "akasan craving 😩 mwen pa bwè l", "", ""),
    ("meal", "Papa m bwè kola Couronne, mwen bwè dlo", "", ""),
    ("label", "Couronne Fruit Champagne Soda. Ingredients: Carbonated water, sugar, citric acid, natural and artificial flavor, sodium benzoate (preservative), FD&C Red #40, FD&C Yellow #5.", "sugar", "corn"),
]

# --- Awa, Dakar, Senegal ---
BLIND35_CASES += [
    ("meal", "Thiéboudienne à midi, riz, poisson, légumes — j'ai demandé sans Maggi", "", ""),
    ("meal", "Ataya après le déjeuner, 3 tours, avec du sucre bien sûr", "sugar", ""),
    ("meal", "Tabaski: mouton grillé, oignons. pas de pain", "", ""),
    ("meal", "thiakry au baptême (mil + lait caillé) — j'ai refusé", "", ""),
    ("meal", "mafé ce soir avec Dakatine, riz blanc", "", ""),  # why: peanut paste is not dairy
    ("label", "Lait caillé Dolima Sucré. Ingrédients: lait entier reconstitué, sucre, ferments lactiques.", "dairy sugar", ""),
    ("label", "Jumbo Cube Assaisonnement. Ingrédients: sel, glutamate monosodique, huile de palme, amidon de maïs, sucre, arômes, épices. Contient blé, soja.", "corn sugar wheat soy", ""),
]

# --- Kwame, Accra, Ghana ---
BLIND35_CASES += [
    ("meal", "Breakfast: hausa koko with koose", "", "sugar"),  # why: hausa koko is usually sweetened
    ("meal", "kenkey and fried fish with shito", "corn", ""),
    ("meal", "cousin's wedding: party jollof, chicken, coleslaw skipped", "", "soy corn"),  # why: party jollof is cooked in unnamed vegetable oil
    ("meal", "Sunday: fufu and light soup with goat", "", ""),
    ("meal", "mum sent me to buy sugar bread for the house. I didnt eat any I swear 😂", "", ""),
    ("label", "MILO Activ-Go. Ingredients: Malt extract (barley), milk powder, sugar, cocoa, vegetable oil, minerals, vitamins. Contains milk, barley. May contain wheat and soy.", "dairy sugar", "wheat soy corn"),
]

# --- Chioma, Lagos, Nigeria ---
BLIND35_CASES += [
    ("meal", "breakfast: akara and pap (white corn ogi), no milk no sugar", "corn", ""),
    ("meal", "egusi soup with pounded yam", "", ""),
    ("meal", "owambe Saturday — small chops everywhere. took only suya and asun. no puff-puff, no samosa, no chapman", "", ""),
    ("meal", "made indomie for my kids, I had boiled plantain and egg sauce", "", ""),
    ("meal", "Malta Guinness craving is wild this week", "", ""),
    ("meal", "sneaked chin chin at mum's, just a handful 😬", "wheat sugar", "dairy"),  # why: chin chin dough often has butter or milk
    ("label", "Peak Evaporated Full Cream Milk 160g. Ingredients: Whole milk, stabilizer (disodium phosphate), vitamins A and D.", "dairy", ""),
    ("label", "Golden Penny Semovita. Ingredients: Wheat semolina. Contains gluten.", "wheat", ""),
]

# --- Selam, Addis Ababa, Ethiopia ---
BLIND35_CASES += [
    ("meal", "ቁርስ፡ ፉል ያለ ዳቦ", "", "dairy"),  # why: ful is often finished with niter kibbeh
    ("meal", "injera is teff only right? mom says hers has some wheat flour mixed in 😬 had it with shiro", "wheat", "dairy"),  # why: shiro is often cooked with niter kibbeh
    ("meal", "fasting day (tsom) so everything vegan anyway: misir wot, gomen, 100% teff injera from the bakery", "", ""),
    ("meal", "coffee ceremony at auntie's, skipped the popcorn, coffee with no sugar", "", ""),
    ("meal", "Fasika: doro wat and a bit of kitfo", "dairy", ""),  # why: both are made with niter kibbeh
    ("label", "Bob's Red Mill Teff Flour, Whole Grain. Ingredients: Whole Grain Teff Flour. Gluten Free. Manufactured in a facility that also uses tree nuts and soy.", "", "soy"),
    ("label", "Niter Kibbeh Ethiopian Spiced Butter 12oz. Ingredients: clarified butter (milk), onion, garlic, ginger, besobela, koseret, fenugreek, cardamom, turmeric.", "dairy", ""),
]

# --- Nour, Cairo, Egypt ---
BLIND35_CASES += [
    ("meal", "فطار: فول وطعمية من غير عيش", "", "soy corn"),  # why: street taameya fried in unnamed oil
    ("meal", "koshari for the office — lentils and rice ok but it has macaroni too 😕 skipped it, ate my tuna salad", "", ""),
    ("meal", "Ramadan iftar at my in-laws: molokhia, rice, chicken. no konafa, no qatayef", "", "wheat dairy"),  # why: Egyptian rice is often cooked with vermicelli and molokhia with samna
    ("meal", "baked basbousa for the kids' school party, ate zero pieces 🙏", "", ""),
    ("meal", "عصير قصب من المحل", "sugar", ""),  # why: sugarcane juice is cane juice
    ("label", "Molto Magnum Croissant Chocolate. المكونات: دقيق قمح، سكر، زيت نباتي (نخيل)، شيكولاتة (سكر، كاكاو، مستحلب ليسيثين الصويا)، بيض، خميرة، ملح. قد يحتوي على آثار من الحليب. Ingredients: wheat flour, sugar, vegetable oil (palm), chocolate filling (sugar, cocoa, emulsifier soy lecithin), egg, yeast, salt. May contain traces of milk.", "wheat sugar soy", "dairy"),
]

# --- Zainab, Baghdad, Iraq ---
BLIND35_CASES += [
    ("meal", "breakfast: geymar and date syrup — no. eggs with tomato (makhlama) and cucumber", "", ""),
    ("meal", "masgouf at the riverside place with friends, no bread, lots of salad", "", ""),
    ("meal", "dolma at my aunt's", "", "sugar"),  # why: Iraqi dolma is often sweet-sour with sugar or date syrup
    ("meal", "made 60 klaicha for Eid, ate none 🙏 hands smell like cardamom", "", ""),
    ("meal", "timman with qeema", "", ""),
    ("label", "Al Rabie Pure Date Syrup (Dibis) 400g. Ingredients: 100% dates. No added sugar. No preservatives.", "", "sugar"),  # why: date syrup is a concentrated sweetener like honey
]

# --- Parisa, Tehran, Iran ---
BLIND35_CASES += [
    ("meal", "صبحانه: نان سنگک با پنیر و گردو", "wheat dairy", ""),
    ("meal", "ناهار: چلو کباب، بدون کره روی برنج", "", ""),
    ("meal", "shole zard for nazri — I cooked it and handed it out, didn't eat", "", ""),
    ("meal", "tahdig at my sister's, she makes it with yogurt. had a piece 😬", "dairy", ""),
    ("meal", "دوغ با ناهار", "dairy", ""),
    ("meal", "ghormeh sabzi with rice, no butter on top this time", "", ""),
    ("label", "Minoo Petit Beurre Biscuit. Ingredients: wheat flour, sugar, vegetable oil, invert syrup, milk powder, salt, raising agents, vanillin flavour. May contain soy.", "wheat sugar dairy", "soy corn"),
]

# --- Elif, Istanbul, Turkey ---
BLIND35_CASES += [
    ("meal", "kahvaltı: domates, salatalık, zeytin, haşlanmış yumurta. peynir yok, simit yok 😔", "", ""),
    ("meal", "öğle: mercimek çorbası esnaf lokantasında", "", "dairy wheat"),  # why: lokanta lentil soup often has a butter-flour base
    ("meal", "iş yerinde biri baklava getirmiş, almadım", "", ""),
    ("meal", "adana kebap, lavaş olmadan, közlenmiş biber ile", "", ""),
    ("meal", "ayran içtim, yoğurt olduğunu unuttum 🤦‍♀️", "dairy", ""),
    ("meal", "Bayram: made sütlaç for guests. didn't even taste it", "", ""),
    ("label", "Ülker Çikolatalı Gofret. İçindekiler: şeker, buğday unu, bitkisel yağ (palm), kakao tozu, süt tozu, peynir altı suyu tozu, emülgatör (soya lesitini), tuz, kabartıcı (sodyum bikarbonat), aroma verici (vanilin). Fındık içerebilir.", "sugar wheat dairy soy", ""),
    ("label", "Sütaş Ayran 200ml. İçindekiler: pastörize inek sütü, içme suyu, tuz, yoğurt kültürü.", "dairy", ""),
]

# --- Eleni, Thessaloniki, Greece ---
BLIND35_CASES += [
    ("meal", "πρωινό: γιαούρτι με μέλι", "dairy", "sugar"),
    ("meal", "φασολάδα, ψωμί όχι", "", ""),
    ("meal", "Easter: lamb on the spit, no tsoureki, some magiritsa", "", ""),
    ("meal", "souvlaki pita — ate the meat, left the pita, but the tzatziki was on it", "dairy", "wheat"),  # why: meat sat in the pita
    ("meal", "church fundraiser: spanakopita and koulourakia — said no thanks", "", ""),
    ("label", "Παπαδοπούλου Πτι-Μπερ. Συστατικά: Αλεύρι σίτου, ζάχαρη, φυτικά λιπαρά (φοινικέλαιο), σιρόπι γλυκόζης, βούτυρο (γάλα) 2%, αλάτι, διογκωτικά. Μπορεί να περιέχει ίχνη σόγιας.", "wheat sugar dairy", "corn soy"),
    ("label", "Φέτα ΠΟΠ Δωδώνη. Συστατικά: παστεριωμένο πρόβειο γάλα, κατσικίσιο γάλα, πυτιά, καλλιέργεια, αλάτι.", "dairy", ""),
]

# --- Mia, Melbourne, Australia ---
BLIND35_CASES += [
    ("meal", "vegemite on GF toast. just read vegemite is yeast extract from barley AND wheat. damn", "wheat", "corn"),  # why: vegemite names wheat; GF bread commonly corn starch
    ("meal", "brekky: smashed avo on sourdough at the cafe. forgot to ask for GF 🤦", "wheat", ""),
    ("meal", "Tim Tam craving 😩 but held strong", "", ""),
    ("meal", "bbq arvo at the neighbours, snags in bread for the kids, I had lamb chops n salad", "", ""),
    ("meal", "flat white w almond milk — pretty sure the barista used the same jug as the cow's milk though", "", "dairy"),  # why: shared steaming jug
    ("label", "Arnott's Tim Tam Original. Ingredients: Sugar, Wheat Flour, Vegetable Oils, Glucose Syrup (from Wheat or Corn), Milk Solids, Cocoa, Emulsifiers (Soy Lecithin, 476), Salt, Raising Agent (Baking Soda), Flavour. Contains Wheat, Milk, Soy.", "sugar wheat dairy soy", "corn"),
]

# --- challenge days, symptom notes and look-alike words, across the clinic ---
BLIND35_CASES += [
    ("meal", "Dev: roasted buttercup squash, cornish hen with a peppercorn rub, wild rice. proud of this one", "", ""),
    ("meal", "Jess: acorn squash stuffed w ground turkey + fresh cranberries (no sugar added, just orange zest)", "", ""),
    ("meal", "Mia: butternut pumpkin soup with coconut milk and ginger", "", ""),
    ("meal", "apple butter on rice cakes — the jar from the farmers market, no label", "", "sugar"),  # why: apple butter is not dairy; most recipes add sugar
    ("meal", "Sophie: stir fry w sugar snap peas, chicken, garlic, coconut aminos instead of soy sauce", "", "sugar"),  # why: sugar snap peas are a trap; coconut aminos come from sweet coconut sap
    ("meal", "Aoife: corned beef and cabbage for paddys day, boiled spuds with olive oil", "", "sugar"),  # why: corned beef has no corn; the cure often has sugar
    ("meal", "Marcus: sweet potato fries at the pub w my burger patty, no bun", "", "corn soy"),  # why: fryer oil unnamed and frozen fries often have a starch coating
    ("meal", "Maricel: champorado craving, my son had it for merienda, I just watched", "", ""),
    ("meal", "symptoms: pain 3 headache 1 skin 2 sleep 7 energy 6. dinner was roast chicken, carrots, rice", "", ""),
    ("meal", "woke at 3am again, anxiety 6/10. ate a spoon of the 100% peanuts peanut butter straight from the jar", "", ""),
    ("meal", "wheat challenge day 2: couscous salad for lunch, water crackers (flour, water, salt) in the arvo", "wheat", ""),
    ("meal", "CORN challenge: popcorn popped in coconut oil + salt, then corn on the cob for dinner, no butter", "corn", ""),
    ("meal", "sugar challenge day 🍭 2 tsp sugar in my coffee and a square of milk chocolate — wait milk choc is dairy too, should have had dark. confounded the whole test ugh", "sugar dairy", "soy"),  # why: milk chocolate usually has soy lecithin
    ("meal", "soy challenge: edamame as a snack, tofu scramble with turmeric for dinner", "soy", ""),
    ("meal", "reading the menu for friday's work dinner: risotto (butter, parmesan), steak frites, crème brûlée. plan = ask for steak no butter + side salad", "", ""),
    ("meal", "watched bake off and ate... celery sticks. pathetic", "", ""),
    ("meal", "recipe I wanted to try: cornbread w cassava flour? no it still needs cornmeal + buttermilk. forget it", "", ""),
    ("meal", "mum's 70th at the Italian — pasta for everyone, I had grilled branzino w lemon and a green salad", "", ""),
    ("meal", "teacher gave the class skittles for a quiz, my son brought his home and I ate a handful 🙈", "sugar", "corn"),  # why: skittles are sugar; corn syrup in many markets
    ("meal", "day 9 possible slip: hotel breakfast scrambled eggs tasted creamy, pretty sure they add milk", "", "dairy"),
    ("meal", "partner made pad thai with rice noodles, tamarind, palm sugar and fish sauce. I had mine minus the peanuts", "sugar", ""),
    ("meal", "husband ate my leftover curry so I had eggs on rice instead", "", ""),
    ("meal", "bought Ben & Jerry's for the teenager. stared at it in the freezer. closed the freezer", "", ""),
    ("meal", "cooked for my parents: chicken parm for them, plain grilled chicken and broccoli for me", "", ""),
    ("meal", "practitioner said rice milk is fine, had some in my tea (Rice Dream original)", "", ""),
    ("meal", "kombucha from the work fridge, GT's ginger", "", "sugar"),  # why: brewed with sugar, some remains
    ("meal", "wife's bday at korean bbq, I stuck to the unmarinated pork belly and lettuce", "", ""),
    ("meal", "sushi at home: rice seasoned w rice vinegar only, no sugar, coconut aminos for dipping", "", "sugar"),
    ("meal", "chicken soup from the deli, turned out there were noodles at the bottom, ate around them", "", "wheat"),  # why: broth shared with the noodles
    ("meal", "hospital visiting mum, had one of her sugar free jellies (gelatin, aspartame). think thats fine", "", ""),
    ("meal", "thought the lentil chips were safe but 2nd ingredient is corn flour. had already eaten half the bag", "corn", ""),
    ("meal", "made GF pancakes for my son's class for pancake tuesday (buckwheat flour, banana, egg) and ate one myself", "", ""),
    ("meal", "Suman: Tihar, sel roti for family again. wanted kheer but that's milk. just fruit for me", "", ""),
    ("meal", "Navratri fast: sabudana khichdi with peanuts, mom cooked it in ghee", "dairy", ""),
    ("meal", "Linh: xôi buổi sáng, bà bán rắc đường và dừa lên trên", "sugar", ""),
    ("meal", "es teh manis di warung, lupa bilang tanpa gula 🙃", "sugar", ""),
    ("meal", "Haruka: セブンのおにぎり（鮭）。裏見たら調味料と植物油脂って書いてあった", "", "soy corn"),  # why: unnamed vegetable fat in the rice
    ("meal", "Ji-woo: 할머니 잡채 한 접시 먹었어요. 당면은 괜찮은데 간장이랑 설탕 들어가는 거 까먹음", "soy wheat sugar", ""),
    ("meal", "火锅 — 我用清汤锅底，只蘸了蒜泥和香油", "", ""),
    ("meal", "Oyunaa: 'mongolian bbq' place in the mall (not actually mongolian lol), asked for no sauce but they cook everything on the same grill", "", "soy wheat sugar"),  # why: shared griddle with sauced dishes
    ("meal", "Natasha: блины на масленицу — пекла для всей семьи, сама ни одного", "", ""),
    ("meal", "Kasia: kiełbasa z grilla na działce z musztardą", "", "sugar soy"),  # why: Polish mustard and sausages often contain sugar; sausages may contain soy protein
    ("meal", "Jonas: Weißwurst mit Sauerkraut, den süßen Senf hab ich weggelassen, keine Brezn", "", ""),
    ("meal", "Femke: haring bij de viskraam, met uitjes 🐟", "", ""),
    ("meal", "Lucía: gazpacho casero — sin pan esta vez, solo tomate, pepino, pimiento, ajo, aceite", "", ""),
    ("meal", "Thiago: açaí na tigela, pedi puro sem granola e sem leite condensado", "", "sugar"),  # why: açaí pulp sold for bowls is usually pre-sweetened
    ("meal", "Guadalupe: le compré un elote a mi hija en la feria, yo nada", "", ""),
    ("meal", "Kwame: waakye with gari and stew from the roadside woman", "", "soy corn"),  # why: stew cooked in unnamed vegetable oil
    ("meal", "Chioma: jollof at home with groundnut oil and fresh tomatoes, no Maggi this time", "", ""),
    ("meal", "Selam: tibs at the restaurant, cooked in oil not kibbeh, I asked twice", "", ""),
    ("meal", "Elif: menemen at the café — asked about butter, they said only olive oil", "", ""),
    ("meal", "Mia: footy, hubby had a meat pie, I had hot chips with chicken salt", "", "corn soy sugar"),  # why: fryer oil unnamed; chicken salt usually has maltodextrin and sugar
    ("meal", "Nadège: pate kode at the market smelled so good, fried flour dough, didn't buy", "", ""),
    ("meal", "Nour: feseekh for Sham el-Nessim with onion and lemon, no bread", "", ""),
    ("meal", "Eleni: γεμιστά της μαμάς με ρύζι και ελαιόλαδο", "", ""),
    ("meal", "Aigerim: day 20 post-wheat challenge, headache 7 this morning, knee pain back. logging it. dinner: lamb, rice, carrots", "", ""),
    ("meal", "Callum: gonna make my own oatcakes for the reintro wk, bought gluten free oats and lard. havent made them yet", "", ""),
    ("meal", "Rohit: protein shake this morning — wait, the gym guy gave me his whey by mistake, tasted off. definitely whey", "dairy", "sugar"),  # why: flavoured whey shakes are often sweetened
]

# --- pasted labels from the shopping trips (all clients) ---
BLIND35_CASES += [
    ("label", "Heinz Tomato Ketchup 460g. Ingredients: Tomatoes (148g per 100g Tomato Ketchup), Spirit Vinegar, Sugar, Salt, Spice and Herb Extracts (contain Celery), Spice. Nutrition per 100g: Energy 435kJ/102kcal, Carbohydrate 23.2g of which sugars 22.8g.", "sugar", ""),
    ("label", "HEINZ TOMATO KETCHUP 20 OZ. INGREDIENTS: TOMATO CONCENTRATE FROM RED RIPE TOMATOES, DISTILLED VINEGAR, HIGH FRUCTOSE CORN SYRUP, CORN SYRUP, SALT, SPICE, ONION POWDER, NATURAL FLAVORING.", "corn sugar", ""),
    ("label", "Nestlé COFFEE-MATE Original Powder Non-Dairy Creamer. INGREDIENTS: CORN SYRUP SOLIDS, HYDROGENATED VEGETABLE OIL (COCONUT AND/OR PALM KERNEL AND/OR SOYBEAN), LESS THAN 2% OF SODIUM CASEINATE (A MILK DERIVATIVE)**, MONO- AND DIGLYCERIDES, DIPOTASSIUM PHOSPHATE, ARTIFICIAL FLAVOR, SODIUM ALUMINOSILICATE. **NOT A SOURCE OF LACTOSE", "corn sugar dairy", "soy"),  # why: non-dairy claim contradicted by caseinate
    ("label", "San-J Tamari Gluten Free Soy Sauce. Ingredients: Water, Organic Soybeans, Salt, Organic Alcohol (to preserve freshness). Certified Gluten-Free. Brewed without wheat.", "soy", ""),
    ("label", "Coconut Secret Raw Coconut Aminos. Ingredients: Organic coconut tree sap, naturally aged and blended with sun-dried, mineral-rich sea salt. Soy free, gluten free. 65% less sodium than soy sauce.", "", "sugar"),  # why: coconut sap is a natural sweetener base
    ("label", "Violife Original Flavour Block. Ingredients: Water, Coconut Oil (23%), Modified Starch, Starch, Sea Salt, Flavourings, Olive Extract, Colour: Beta Carotene, Vitamin B12. Dairy free, soya free, gluten free, nut free. Vegan.", "", "corn"),  # why: cheese-style but dairy free; starches unnamed, GF claim rules out wheat
    ("label", "Genius Gluten Free Soft White Sandwich Loaf. Ingredients: Water, Tapioca Starch, Rice Flour, Potato Starch, Rapeseed Oil, Psyllium Husk Powder, Humectant: Vegetable Glycerine, Yeast, Sugar, Maize Starch, Egg White, Stabiliser: Hydroxypropyl Methyl Cellulose, Salt, Preservative: Calcium Propionate. May contain milk.", "sugar corn", "dairy"),
    ("label", "OREO Chocolate Sandwich Cookies. INGREDIENTS: SUGAR, UNBLEACHED ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), PALM AND/OR CANOLA OIL, COCOA (PROCESSED WITH ALKALI), HIGH FRUCTOSE CORN SYRUP, LEAVENING (BAKING SODA AND/OR CALCIUM PHOSPHATE), CORNSTARCH, SALT, SOY LECITHIN, VANILLIN, CHOCOLATE. CONTAINS: WHEAT, SOY. MAY CONTAIN MILK.", "sugar wheat corn soy", "dairy"),
    ("label", "Gatorade Thirst Quencher Lemon-Lime. INGREDIENTS: WATER, SUGAR, DEXTROSE, CITRIC ACID, SALT, SODIUM CITRATE, MONOPOTASSIUM PHOSPHATE, GUM ARABIC, NATURAL FLAVOR, GLYCEROL ESTER OF ROSIN, YELLOW 5.", "sugar", "corn"),
    ("label", "LÄRABAR Cashew Cookie. Ingredients: Cashews, Dates. Gluten free, dairy free, soy free, non-GMO. 2 ingredients.", "", ""),
    ("label", "KIND Dark Chocolate Nuts & Sea Salt. Ingredients: Almonds, Peanuts, Chicory Root Fiber, Honey, Palm Kernel Oil, Sugar, Glucose Syrup, Unsweetened Chocolate, Rice Flour, Sea Salt, Soy Lecithin, Cocoa Powder, Natural Flavor. Allergy: contains peanuts, almonds, soy. Made in a facility that processes milk, sesame.", "sugar soy", "corn dairy"),
    ("label", "Lay's Classic Potato Chips. INGREDIENTS: Potatoes, Vegetable Oil (Sunflower, Corn, and/or Canola Oil), Salt. No artificial flavors. Gluten free.", "", "corn"),
    ("label", "Knorr Chicken Stock Cubes x8. Ingredients: Salt, Flavour Enhancers (Monosodium Glutamate, Disodium Inosinate), Maltodextrin, Palm Fat, Sugar, Chicken Fat (4%), Yeast Extract, Dried Chicken, Flavourings, Turmeric, Parsley. May contain celery, egg, milk, mustard, wheat.", "sugar", "corn dairy wheat"),
    ("label", "Red Boat 40°N Premium Fish Sauce. Ingredients: Anchovy, Sea Salt. Product of Vietnam. No MSG, no preservatives.", "", ""),
    ("label", "Three Crabs Brand Fish Sauce. INGREDIENTS: ANCHOVY EXTRACT, WATER, SALT, FRUCTOSE, HYDROLYZED VEGETABLE PROTEIN.", "sugar", "wheat soy"),
    ("label", "Mae Ploy Sweet Chilli Sauce 730ml. Ingredients: Sugar, Water, Red Chilli (12%), Garlic, Vinegar, Salt, Modified Starch (E1422).", "sugar", "corn wheat"),  # why: unnamed modified starch
    ("label", "Chaokoh Coconut Milk 400ml. Ingredients: Coconut Extract 60%, Water. Contains Coconut. Shake well before use.", "", ""),
    ("label", "Silk Unsweetened Almondmilk Original. INGREDIENTS: ALMONDMILK (FILTERED WATER, ALMONDS), CALCIUM CARBONATE, SEA SALT, LOCUST BEAN GUM, SUNFLOWER LECITHIN, GELLAN GUM, VITAMIN A PALMITATE, VITAMIN D2, D-ALPHA-TOCOPHEROL. DAIRY FREE, SOY FREE.", "", ""),  # why: sunflower lecithin is not soy
    ("label", "The Coconut Collaborative Natural Coconut Yog. Ingredients: Coconut Cream (97%) (Coconut Extract, Water), Tapioca Starch, Live Vegan Cultures. Free from dairy, soya, gluten.", "", ""),
    ("label", "Kettle Chips Lightly Salted 150g. Ingredients: Potatoes, Sunflower Oil, Sea Salt. Gluten free. Suitable for vegans.", "", ""),
    ("label", "Kallo Organic Lightly Salted Rice Cakes. Ingredients: Wholegrain Brown Rice* (99.5%), Sea Salt. *Organic. May contain sesame.", "", ""),
    ("label", "BRAGG Liquid Aminos All Purpose Seasoning. Ingredients: Vegetable protein from non-GMO soybeans and purified water. Gluten free, no preservatives.", "soy", ""),
    ("label", "HARIBO Goldbären. Zutaten: Glukosesirup, Zucker, Gelatine, Dextrose, Fruchtsaft aus Fruchtsaftkonzentrat: Apfel, Erdbeere, Himbeere, Orange, Zitrone, Ananas; Säuerungsmittel: Citronensäure; Fruchtkonzentrate; Überzugsmittel: Bienenwachs, Carnaubawachs.", "sugar", "corn"),
    ("label", "Bimbo Pan Blanco Grande. Ingredientes: harina de trigo enriquecida, agua, azúcar, aceite vegetal de soya, levadura, sal, gluten de trigo, emulsificantes (mono y diglicéridos), conservador (propionato de calcio). Contiene: trigo, soya. Puede contener leche.", "wheat sugar soy", "dairy"),
    ("label", "MTR Rava Idli Mix 500g. Ingredients: Semolina (Wheat) (70%), Bengal Gram Dal, Salt, Edible Vegetable Oil, Cashew, Spices, Raising Agent (INS 500(ii)). Allergen information: contains wheat, cashew. May contain milk.", "wheat", "corn soy dairy"),
    ("label", "グルテンフリー 米粉パン 原材料名：米粉（国産）、砂糖、植物油脂、イースト、食塩／増粘剤（加工デンプン）、（一部に大豆を含む）", "sugar soy", "corn"),  # why: label says part contains soy
    ("label", "Quorn Mince 300g. Ingredients: Mycoprotein (93%), Rehydrated Free Range Egg White, Firming Agents: Calcium Chloride, Calcium Acetate; Barley Malt Extract. Contains gluten from barley.", "", "wheat"),  # why: malt is a wheat hedge
    ("label", "Beyond Burger Plant-Based Patties. INGREDIENTS: Water, Pea Protein, Expeller-Pressed Canola Oil, Refined Coconut Oil, Rice Protein, Natural Flavors, Dried Yeast, Cocoa Butter, Methylcellulose, Potato Starch, Apple Extract, Salt, Potassium Chloride, Vinegar, Lemon Juice Concentrate, Sunflower Lecithin, Pomegranate Fruit Powder, Beet Juice Extract (for color). No soy, no gluten.", "", ""),
    ("label", "Kite Hill Plain Cream Cheese Alternative. INGREDIENTS: ALMONDMILK (WATER, ALMONDS), COCONUT OIL, SALT, XANTHAN GUM, GUAR GUM, CULTURES. DAIRY FREE.", "", "corn"),
    ("label", "Schär Ciabatta Gluten Free Rolls. Ingredients: Maize Starch, Water, Sourdough (Rice Flour, Water), Rice Flour, Rice Syrup, Psyllium Seed Husk, Sunflower Oil, Vegetable Fibre (Psyllium), Soya Protein, Yeast, Salt, Thickener: Hydroxypropyl Methylcellulose. Free from: gluten, wheat, milk, lactose.", "corn sugar soy", ""),
    ("label", "Kikkoman Gluten Free Soy Sauce (Tamari). Ingredients: Water, Soybeans, Salt, Rice, Vinegar, Sugar. Gluten free.", "soy sugar", ""),
    ("label", "SunButter Natural Sunflower Butter. INGREDIENTS: ROASTED SUNFLOWER SEEDS, SUGAR, SALT, MONO-DIGLYCERIDES. Free of the top 9 allergens. Made in a peanut & tree nut free facility.", "sugar", ""),  # why: 'butter' is a trap, not dairy
    ("label", "Kellogg's Corn Flakes 500g. Ingredients: Maize (89%), Sugar, Barley Malt Flavouring, Salt, Vitamins & Minerals. Allergy advice: contains barley. Nutrition per 30g serving: 113kcal, sugars 2.4g", "corn sugar", "wheat"),
    ("label", "海天 金标生抽 配料表：水，非转基因黄豆，小麦粉，食用盐，白砂糖，谷氨酸钠，酵母抽提物，5'-呈味核苷酸二钠。过敏原信息：含有大豆、小麦", "soy wheat sugar", ""),
    ("label", "ミツカン 本みりんタイプ みりん風調味料 原材料名：水あめ（国内製造）、米・米こうじの醸造調味料、醸造酢／酸味料", "sugar", "corn"),  # why: mizuame is glucose syrup
    ("label", "Pure Maple Syrup Grade A Amber, Product of Québec / Sirop d'érable pur. Ingredients: 100% pure maple syrup.", "", "sugar"),  # why: natural sweetener
]
