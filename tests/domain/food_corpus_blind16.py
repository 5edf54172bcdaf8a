# ruff: noqa: E501
"""Blind labelled set 16: people in Asia, the Middle East, Africa and Oceania posting meals in English, their own scripts and transliteration, plus local and imported supermarket labels (incl. bilingual)."""

BLIND16_CASES: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------------------
# Priya, Bengaluru: lower case, Hinglish, abbreviations (bf, lnch, dinr), Big Bazaar labels
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "bf 2 idli + sambar + coconut chutney", "", "sugar"),  # why: Karnataka-style sambar often gets a lump of jaggery
    ("meal", "filter coffee w/ milk no sugar", "dairy", ""),
    ("meal", "lnch curd rice n lemon pickle", "dairy", ""),
    ("meal", "masala dosa at ctr malleshwaram 😋", "", "dairy sugar"),  # why: CTR-style dosas are roasted in butter; batter often gets a pinch of sugar for browning
    ("meal", "dinr 2 chapati, beans palya, dal", "wheat", "dairy"),  # why: chapati is atta; often brushed with ghee
    ("meal", "ragi mudde with bassaru", "", ""),  # why: ragi is finger millet
    ("meal", "sugarcane juice frm the cart 🥵 it was so hot", "sugar", ""),  # why: cane juice is sugar
    ("meal", "custard apple after lunch", "", ""),  # why: sitaphal is a fruit, no custard or milk
    ("meal", "slipped. office bday, 1 slice black forest cake", "wheat dairy sugar", "corn soy"),  # why: bakery whipped toppings are often veg-oil/sorbitol based
    ("meal", "ven pongal w ghee n pepper", "dairy", ""),
    ("meal", "bisi bele bath at home, tempered in coconut oil, no ghee", "", "sugar"),  # why: bisi bele bath usually gets jaggery
    ("meal", "corn cup at cubbon park lol forgot corn is out", "corn", "dairy"),  # why: street sweetcorn cups usually get a dab of butter
    ("meal", "oops i meant the corn was yesterday. today only puffed rice bhel no sev", "sugar", "wheat"),  # why: bhel gets sweet tamarind-jaggery chutney; papdi bits are often mixed in
    ("meal", "nandini majjige 1 packet", "dairy", ""),  # why: majjige = spiced buttermilk
    ("meal", "lnch: meals at brahmins — rice, rasam, kootu, poriyal, payasam (skipped payasam)", "", "dairy sugar"),  # why: ghee is usually poured on the rice; rasam sometimes has jaggery
    ("meal", "pesarattu with ginger chutney", "", ""),  # why: green moong dosa
    ("meal", "2 parle-g with chai 🙈", "wheat dairy sugar", ""),
    ("meal", "had makki ki roti + sarson ka saag at the punjabi dhaba, big blob of white butter", "corn dairy", "wheat"),  # why: makki roti dough is often mixed with some atta
    ("meal", "today: bf poha, lnch rice rasam beans, dinr 2 jowar roti + palya", "", "sugar"),  # why: poha often gets a pinch of sugar; jowar is sorghum
    ("meal", "sooji upma 🙄 amma made it", "wheat", "dairy"),  # why: sooji/rava is wheat semolina; often a spoon of ghee
    ("meal", "dal tadka w hing and jeera rice", "", "wheat dairy"),  # why: compounded hing is usually cut with wheat flour; tadka often in ghee
    ("label", "Tasty Treat Classic Salted Potato Chips. Ingredients: Potato, Edible Vegetable Oil (Palmolein), Iodised Salt. Allergen Information: Made in a facility that also processes Wheat, Milk and Soya.", "", "wheat dairy soy"),
    ("label", "Britannia Good Day Cashew Cookies. Ingredients: Refined Wheat Flour (Maida), Sugar, Edible Vegetable Oil (Palm), Cashew (6%), Butter (2.5%), Invert Sugar Syrup, Milk Solids, Raising Agents [503(ii), 500(ii)], Iodised Salt, Emulsifiers [322(i), 471], Artificial Flavouring Substances (Butter, Milk). CONTAINS WHEAT, MILK, NUTS.", "wheat dairy sugar", "soy"),  # why: 322 lecithin source not given
    ("label", "Amul Pure Ghee. Ingredients: Milk Fat. 100% Veg.", "dairy", ""),
    ("label", "Fresh & Pure Jowar Atta (Sorghum Flour) 1 kg. Ingredients: Jowar (100%). Processed in a plant that also handles Wheat.", "", "wheat"),
    ("label", "MAGGI 2-Minute Noodles Masala. Ingredients: Noodles: Refined Wheat Flour (Maida), Palm Oil, Iodised Salt, Wheat Gluten, Thickeners (508, 412), Acidity Regulators (501(i), 500(i)), Humectant (451(i)). Masala TASTEMAKER: Mixed Spices (27.3%), Noodle Powder (Refined Wheat Flour, Palm Oil, Salt), Sugar, Hydrolysed Groundnut Protein, Corn Starch, Onion Powder, Garlic Powder, Flavour Enhancer (635), Acidity Regulator (330). CONTAINS WHEAT. MAY CONTAIN MILK, MUSTARD, SOY, OATS.", "wheat sugar corn", "dairy soy"),
    ("label", "Haldiram's Aloo Bhujia. Ingredients: Potato (40%), Edible Vegetable Oil (Cotton Seed, Corn & Palmolein Oil), Gram Pulse Flour, Moth Bean Flour, Salt, Spices & Condiments, Citric Acid. May contain traces of Milk, Wheat, Nuts, Soy.", "corn", "dairy wheat soy"),  # why: corn oil named
    ("label", "Sugar Free Gold Pellets. Ingredients: Lactose, Aspartame (18 mg per pellet), Croscarmellose Sodium, Colloidal Silicon Dioxide, Magnesium Stearate. Contains Phenylalanine.", "dairy", ""),  # why: lactose carrier is milk-derived; aspartame is not sugar
    ("label", "Kissan Fresh Tomato Ketchup. Ingredients: Water, Tomato Paste (28%), Sugar, Iodised Salt, Acidity Regulator (260), Stabilizers (1422, 415), Preservative (211), Onion Powder, Garlic Powder, Spices.", "sugar", "wheat corn"),  # why: 1422 modified starch source not stated; 415 xanthan
    ("label", "Nutrela Soya Chunks. Ingredients: Defatted Soya Flour. ALLERGEN: CONTAINS SOY.", "soy", ""),
    ("label", "टाटा संपन्न बेसन. सामग्री: चना दाल (100%). एलर्जी जानकारी: इसमें गेहूं के अंश हो सकते हैं।", "", "wheat"),  # why: gram flour; "may have traces of wheat"
]

# ---------------------------------------------------------------------------
# Ayesha, Lahore: Roman Urdu mixed with English, some Urdu script on labels
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "nashta: 2 anday, aloo ki bhujia, aur chai bina cheeni", "dairy", ""),  # why: doodh patti chai has milk
    ("meal", "aaj lunch mein daal chawal, salad, raita", "dairy", ""),
    ("meal", "nihari with naan at waris 😍 couldnt resist", "wheat", "dairy sugar"),  # why: nihari is thickened with atta; often finished with desi ghee; naan dough sometimes has milk/sugar
    ("meal", "chicken karahi cooked in olive oil, no cream, with 1 roti", "wheat", ""),
    ("meal", "Rooh Afza doodh soda iftar pe 🙈", "dairy sugar", ""),
    ("meal", "iftar: khajoor, pakoray, fruit chaat", "", "corn soy sugar"),  # why: pakoray fried in unknown oil; fruit chaat often sprinkled with sugar
    ("meal", "chapli kabab from the peshawari guy on MM Alam road", "", "corn wheat"),  # why: chapli kebabs are bound with maize flour, some with wheat flour
    ("meal", "haleem", "wheat", "dairy"),  # why: haleem is wheat/barley and lentils, topped with ghee
    ("meal", "saag w makai ki roti, sirf oil use kiya makhan nahi", "corn", "wheat"),  # why: makki roti is often mixed with atta
    ("meal", "sehri: paratha + omelette + chai", "wheat dairy", "sugar"),
    ("meal", "khichri with dahi", "dairy", ""),
    ("meal", "bhindi gosht aur 2 chapati", "wheat", "dairy"),
    ("meal", "lassi namkeen", "dairy", ""),
    ("meal", "gol gappay khaye, imli wala pani", "wheat", "sugar"),  # why: shells are suji/maida; imli pani often sweetened
    ("meal", "daal mash, rice, kheera. clean day alhamdulillah", "", ""),
    ("meal", "kheer at nani's, 1 bowl", "dairy sugar", ""),
    ("meal", "shami kabab (chana daal + qeema), fried in desi ghee", "dairy", ""),
    ("meal", "Tapal Danedar chai w/ Nurpur milk, 1 tsp shahad instead of cheeni", "dairy", "sugar"),  # why: honey is a natural sweetener, flagged possible
    ("meal", "student biryani takeaway", "dairy", "corn soy"),  # why: biryani marinade has dahi; restaurant oil unknown
    ("meal", "subah: anday, aloo paratha. dopehar: kuch nahi. raat: daal chawal", "wheat dairy", ""),  # why: paratha is wheat cooked in ghee
    ("label", "Shan Bombay Biryani Masala. Ingredients: Salt, Red Chilli, Dried Plum, Coriander, Cumin, Potato Flakes, Black Pepper, Ginger, Turmeric, Cinnamon, Garlic, Cardamom, Clove, Bay Leaf, Nutmeg, Citric Acid, Mace. Allergen: Produced in a facility that handles Wheat, Milk, Mustard, Sesame.", "", "wheat dairy corn"),
    ("label", "Nurpur Butter Salted. Ingredients: Pasteurized Cream, Salt.", "dairy", ""),
    ("label", "Peek Freans Sooper Egg & Milk Cookies. Ingredients: Wheat Flour, Sugar, Vegetable Ghee, Milk Powder (2%), Egg (1.5%), Invert Syrup, Leavening Agents (503, 500), Salt, Emulsifier (Soya Lecithin), Artificial Flavours. Contains: Wheat, Milk, Egg, Soy.", "wheat sugar dairy soy", "corn"),  # why: vegetable ghee oil source not stated
    ("label", "نیشنل ٹماٹو کیچپ. اجزاء: ٹماٹر پیسٹ، چینی، سرکہ، نمک، مکئی کا نشاستہ، مصالحہ جات۔", "sugar corn", ""),  # why: مکئی کا نشاستہ = corn starch
    ("label", "Olper's Full Cream Milk UHT. Ingredients: Cow & Buffalo Milk, Vitamins A & D.", "dairy", ""),
    ("label", "Hamdard Rooh Afza. Ingredients: Sugar, Water, Herbal Extracts & Distillates (Khurfa, Kasni, Grapes, Orange, Pineapple, Carrot, Spinach, Rose, Kewra, Lotus, Lily), Citric Acid, Sodium Benzoate, Permitted Colour (122).", "sugar", "corn"),
    ("label", "Mitchell's Mango Jam. Ingredients: Mango Pulp, Sugar, Liquid Glucose, Pectin, Citric Acid, Permitted Colour (110).", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Tanvir, Dhaka: Banglish ("khaisi") and Bangla script, short posts
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "panta bhat, alu bhorta, kacha morich, shorsher tel", "", ""),
    ("meal", "ilish shorshe diye, gorom bhat 🐟", "", "dairy"),  # why: some cooks add doi to shorshe ilish
    ("meal", "সকালে রুটি আর ডিম ভাজি", "wheat", ""),  # why: ruti is atta
    ("meal", "dupure khichuri with beef bhuna, ghee diye", "dairy", ""),
    ("meal", "mishti doi 1 cup from Bogra 😋 cheat", "dairy sugar", ""),
    ("meal", "fuchka at dhanmondi lake", "wheat", "sugar"),  # why: fuchka shells are atta/suji; tetul pani often sweetened
    ("meal", "raate dal, bhat, lau chingri, begun bhaja", "", ""),
    ("meal", "cha with condensed milk, tong er dokan", "dairy sugar", ""),
    ("meal", "আজকে কাচ্চি বিরিয়ানি খাইসি, সুলতান'স ডাইন", "dairy", ""),  # why: kacchi is marinated in doi and cooked with ghee
    ("meal", "borhani with the kacchi", "dairy", "sugar"),  # why: yogurt drink, often sweetened
    ("meal", "shutki bhorta r bhat", "", ""),
    ("meal", "bhapa pitha with khejur gur", "sugar", ""),  # why: date-palm jaggery is added sugar
    ("meal", "chotpoti", "", "sugar wheat"),  # why: sweet-sour tetul water; crushed fuchka on top
    ("meal", "muri makha with chanachur", "", "corn soy wheat"),  # why: chanachur is fried (often soybean oil); some mixes have flour bits
    ("meal", "dinner: bhat, rui macher jhol, dal", "", ""),
    ("meal", "singara 2 ta + cha (milk sugar)", "wheat dairy sugar", "corn soy"),
    ("meal", "roshogolla 1 ta at biye", "dairy sugar", ""),
    ("meal", "bhutta pora from the street 🌽", "corn", ""),
    ("label", "Teer Soybean Oil (Fortified). Ingredients: Refined Soybean Oil, Vitamin A.", "soy", ""),
    ("label", "প্রাণ চানাচুর হট. উপাদান: বেসন, মসুর ডাল, চীনাবাদাম, সয়াবিন তেল, লবণ, মরিচ গুঁড়া, মসলা।", "soy", ""),  # why: সয়াবিন তেল = soybean oil
    ("label", "Olympic Energy Plus Biscuits. Ingredients: Wheat Flour, Sugar, Palm Oil, Glucose, Milk Powder, Salt, Leavening (500ii, 503ii), Emulsifier (322), Flavour (Milk). Contains Wheat, Milk.", "wheat sugar dairy", "corn soy"),
    ("label", "Aarong Dairy Mango Flavoured Milk. Ingredients: Cow Milk, Sugar, Mango Pulp, Stabilizer (407), Flavour (Mango), Colour (110).", "dairy sugar", ""),
    ("label", "Radhuni Turmeric Powder. Ingredients: Turmeric (100%).", "", ""),
    ("label", "PRAN Litchi Drink. Ingredients: Water, Sugar, Litchi Juice Concentrate (10%), Citric Acid, Stabilizer (466), Flavour, Sodium Benzoate.", "sugar", "corn"),
    ("label", "ফ্রেশ আটা. উপাদান: গম (১০০%)।", "wheat", ""),
]

# ---------------------------------------------------------------------------
# Dilani, Colombo: long rambling full sentences, mentions Amma
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "Morning was kiribath with lunu miris, Amma made it with fresh coconut milk, and a plain tea no milk no sugar, very good start I think", "", ""),
    ("meal", "lunch rice and curry from the canteen - dhal, beetroot, mallum, fish ambul thiyal. didn't take the papadam", "", ""),
    ("meal", "string hoppers (red rice) with pol sambol and kiri hodi for dinner", "", ""),  # why: kiri hodi is coconut milk gravy, not dairy
    ("meal", "Egg hoppers x2 from the hopper lady, she puts a pinch of sugar in the batter she told me", "sugar", ""),
    ("meal", "kottu roti chicken from Pilawoos 🙈 I know I know", "wheat", "corn soy"),  # why: godamba roti is wheat; griddle oil and a splash of soy sauce are common
    ("meal", "watalappan at the wedding, small piece, it's jaggery and coconut milk right, so just the sugar part", "sugar", ""),
    ("meal", "Milo packet at 4pm, the kids had one so i had one too", "dairy sugar", "wheat"),  # why: malt extract
    ("meal", "polos curry (young jackfruit) and red rice, cooked in coconut oil. also gotukola sambol", "", ""),
    ("meal", "breadfruit curry (del) for lunch with dhal", "", ""),  # why: breadfruit is a fruit
    ("meal", "Elephant House cream soda with dinner", "sugar", ""),  # why: cream soda has no cream
    ("meal", "lamprais from the Dutch Burgher Union, the one wrapped in banana leaf", "dairy sugar wheat", "corn soy"),  # why: rice cooked in ghee/butter, breaded frikkadels, sweet seeni sambol
    ("meal", "Short eats at the office meeting - one fish bun and one patty, sorry", "wheat", "dairy sugar corn soy"),
    ("meal", "pol roti with katta sambol, made with just flour coconut and water - wait no amma used kurakkan flour today not wheat", "", ""),  # why: corrected to finger millet flour
    ("meal", "king coconut water straight from the nut", "", ""),
    ("meal", "Dinner - rice, chicken curry (Amma's, with coconut milk, no Maggi cube), tempered potatoes", "", ""),
    ("meal", "I had two Maliban cream crackers with my tea and tea was plain", "wheat", "corn soy sugar"),  # why: cream crackers contain no cream
    ("meal", "Took a break from everything today, had only a papaya in the morning, then rice with parippu and mukunuwenna mallung at lunch and some leftover kiribath at night with nothing on it", "", ""),
    ("label", "Maliban Cream Crackers. Ingredients: Wheat Flour, Vegetable Fat (Palm), Sugar, Salt, Yeast, Raising Agent (500ii), Flour Improver (223). Contains Wheat. May contain Milk, Soy.", "wheat sugar", "dairy soy"),
    ("label", "Kithul Treacle (Pure). Ingredients: Kithul Palm Sap (100%).", "sugar", ""),  # why: treacle is a concentrated sugar
    ("label", "Kotmale Set Yoghurt. Ingredients: Fresh Cow's Milk, Sugar, Milk Powder, Stabilizer (Gelatin), Yoghurt Culture.", "dairy sugar", ""),
    ("label", "MD Seeni Sambol. Ingredients: Onion (60%), Vegetable Oil, Sugar, Maldive Fish, Chilli, Salt, Tamarind, Curry Leaves, Citric Acid.", "sugar", "corn soy"),
    ("label", "Elephant House Ginger Beer. Ingredients: Carbonated Water, Sugar, Ginger Extract, Acidity Regulator (Citric Acid), Preservative (211), Colour (150d).", "sugar", "corn"),
    ("label", "Prima Kottu Mee. Ingredients: Noodles: Wheat Flour, Palm Oil, Tapioca Starch, Salt, Stabilizer (452), Guar Gum (412). Seasoning: Salt, Sugar, Flavour Enhancer (621), Chilli Powder, Soy Sauce Powder (Soybean, Wheat, Salt), Maltodextrin, Spices. Contains Wheat, Soy.", "wheat sugar soy", "corn"),
]

# ---------------------------------------------------------------------------
# Wei Lin, Shanghai: Chinese characters, pinyin, bits of English
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "早饭：白粥，榨菜，一个咸鸭蛋", "", "sugar"),  # why: packaged zhacai usually has sugar
    ("meal", "zao can: doujiang + youtiao 😅", "soy wheat", "sugar corn"),  # why: doujiang is soy milk, often sweetened; youtiao is fried wheat dough
    ("meal", "午饭 番茄炒蛋 米饭", "", "sugar corn"),  # why: Shanghai-style tomato egg usually gets sugar, sometimes a starch slurry
    ("meal", "小笼包 8个 at 佳家汤包", "wheat", "soy sugar"),  # why: wheat wrappers; filling seasoned with soy sauce and sugar
    ("meal", "四喜烤麸 at grandma's, i thought it was tofu but it's kaofu", "wheat soy sugar", ""),  # why: kaofu is wheat gluten, braised in soy sauce and sugar
    ("meal", "清蒸鲈鱼，蒸蛋，青菜，米饭 ✅", "soy wheat", "sugar"),  # why: steamed fish is finished with steamed-fish soy sauce
    ("meal", "清蒸鲈鱼 again but I only put ginger scallion and hot oil, no soy sauce at all", "", ""),
    ("meal", "hot pot w/ friends: beef, lamb, tofu skin, napa, enoki. dip was sesame paste only", "soy", "wheat sugar"),  # why: tofu skin is soy; broth base (doubanjiang, rock sugar) unknown
    ("meal", "麻婆豆腐 盖饭", "soy", "wheat corn sugar"),  # why: doubanjiang usually has wheat flour; starch slurry
    ("meal", "喜茶 多肉葡萄 no cheese foam, 三分糖", "sugar", ""),  # why: 30% sugar is still sugar
    ("meal", "珍珠奶茶 全糖 oops", "sugar", "dairy corn"),  # why: milk tea often uses non-dairy creamer (glucose syrup, caseinate)
    ("meal", "dinner: 糖醋排骨, 米饭, 炒豆苗", "sugar soy wheat", "corn"),  # why: sweet-sour ribs use sugar and soy sauce; pea shoots are fine
    ("meal", "煎饼果子 from the stall near the metro", "wheat soy sugar", "corn"),  # why: sweet bean sauce and crispy wheat cracker; batter may contain corn flour
    ("meal", "凉皮", "wheat", "sugar soy"),  # why: liangpi is usually washed wheat starch
    ("meal", "豆浆 no sugar, homemade", "soy", ""),
    ("meal", "lunch was 阳春面. plain noodle soup, lard, scallion, soy sauce", "wheat soy", ""),
    ("meal", "月饼 1/4 of a 蛋黄莲蓉 one, mid-autumn can't say no", "wheat sugar", "corn soy"),
    ("meal", "玉米排骨汤 and rice", "corn", ""),
    ("meal", "baozi x2 菜包 + 小米粥", "wheat", "sugar"),  # why: bao dough usually has a little sugar; millet congee is fine
    ("meal", "老干妈 on plain rice, that's it, tired", "soy sugar", ""),  # why: fermented soybeans and sugar in the chili crisp
    ("meal", "糯米鸡 at dim sum, and 虾饺", "soy wheat", "sugar corn"),  # why: glutinous rice has no gluten, but the filling uses soy/oyster sauce and har gow skins are wheat starch
    ("meal", "西兰花炒虾仁 with just salt, garlic, 花生油. 米饭.", "", ""),
    ("label", "海天 金标生抽. 配料：水，非转基因黄豆，小麦粉，食用盐，白砂糖，谷氨酸钠，酵母抽提物，焦糖色，苯甲酸钠。", "soy wheat sugar", "corn"),
    ("label", "老干妈 风味豆豉油制辣椒. 配料：菜籽油，辣椒，豆豉，食用盐，味精，白砂糖，花椒。", "soy sugar", ""),  # why: 豆豉 = fermented soybeans
    ("label", "奥利奥 原味夹心饼干. 配料：小麦粉，白砂糖，植物油，可可粉（4%），果葡糖浆，玉米淀粉，食用盐，膨松剂，大豆磷脂，食用香精。致敏物质提示：含有小麦及其制品、大豆及其制品，可能含有乳制品。", "wheat sugar corn soy", "dairy"),
    ("label", "伊利 纯牛奶. 配料：生牛乳。", "dairy", ""),
    ("label", "康师傅 红烧牛肉面. 面饼配料：小麦粉，棕榈油，淀粉，食用盐，谷朊粉。调味包配料：食用盐，白砂糖，酱油粉（含大豆、小麦），麦芽糊精，香辛料。", "wheat sugar soy", "corn"),  # why: unspecified 淀粉 and maltodextrin
    ("label", "维他 柠檬茶. 配料：水，白砂糖，红茶，柠檬汁，柠檬酸，维生素C。", "sugar", "corn"),
    ("label", "荞麦挂面. 配料：小麦粉，荞麦粉（30%），食用盐。", "wheat", ""),  # why: buckwheat noodles that are mostly wheat
    ("label", "OATLY 噢麦力 咖啡大师燕麦奶. 配料：水，燕麦（10%），低芥酸菜籽油，磷酸氢二钾，碳酸钙，磷酸三钙，食用盐。致敏信息：可能含有麸质。", "", "wheat"),
]

# ---------------------------------------------------------------------------
# Yuki, Osaka: Japanese script and romaji, convenience stores, 7-Eleven Japan labels
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "朝ごはん：ご飯、味噌汁、焼き鮭、納豆", "soy", "wheat sugar"),  # why: natto tare packet is soy sauce and sugar
    ("meal", "natto without the tare, just karashi", "soy", ""),
    ("meal", "昼：ざるそば", "soy wheat sugar", ""),  # why: tsuyu is soy sauce + mirin/sugar; most soba noodles also contain wheat
    ("meal", "十割そば with only salt and real grated wasabi", "", ""),  # why: juwari = 100% buckwheat
    ("meal", "karaage bento from lawson lol", "wheat soy", "sugar corn"),
    ("meal", "お好み焼き 大阪だから😂 ソースとマヨ多め", "wheat sugar", "soy corn"),
    ("meal", "たこ焼き6個", "wheat", "sugar soy corn"),
    ("meal", "matcha latte with oat milk, no syrup", "", "wheat"),  # why: oat milk, oats may carry wheat
    ("meal", "夕飯：豚の生姜焼き、キャベツ、ご飯、味噌汁", "soy wheat sugar", ""),  # why: shogayaki sauce is soy sauce, mirin, sugar
    ("meal", "湯豆腐 with ponzu", "soy wheat", "sugar"),
    ("meal", "湯豆腐 again, this time only salt + yuzu, no ponzu", "soy", ""),
    ("meal", "コンビニのおにぎり 鮭", "", ""),
    ("meal", "ツナマヨおにぎり", "", "soy corn"),  # why: mayo and tuna are in vegetable oil
    ("meal", "カルピスウォーター 1本", "dairy sugar", "corn"),
    ("meal", "ポカリ after gym", "sugar", "corn"),
    ("meal", "焼き魚定食 at 大戸屋 — サバ、大根おろし、ご飯、ひじき、味噌汁", "soy wheat sugar", ""),  # why: hijiki nimono is simmered in soy sauce and sugar
    ("meal", "わらび餅 with kinako and kuromitsu", "soy sugar", ""),  # why: kinako is roasted soy flour; kuromitsu is brown sugar syrup
    ("meal", "メロンパン半分…", "wheat sugar dairy", "soy"),
    ("meal", "sashimi moriawase, no soy sauce, just a bit of salt and sudachi", "", ""),
    ("meal", "sushi omakase at a little place in Namba, I used the gluten free tamari I brought", "soy sugar", ""),  # why: sushi rice is seasoned with sugar
    ("meal", "一蘭のラーメン", "wheat soy", "sugar"),
    ("meal", "焼き芋 from the truck 🍠", "", ""),  # why: sweet potato
    ("meal", "麦茶 all day", "", ""),  # why: barley tea, not wheat
    ("label", "セブンプレミアム 手巻おにぎり 紅しゃけ. 原材料名：ご飯（国産米）、紅鮭、海苔、食塩／調味料（アミノ酸等）、pH調整剤、酸化防止剤（V.E）、(一部にさけを含む)", "", ""),
    ("label", "セブンイレブン 手巻おにぎり ツナマヨネーズ. 原材料名：ご飯（国産米）、ツナマヨネーズ和え（まぐろ油漬、マヨネーズ、しょうゆ）、海苔、食塩／調味料（アミノ酸等）、増粘剤（キサンタン）、(一部に小麦・卵・大豆を含む)", "wheat soy", "corn"),
    ("label", "セブンプレミアム サラダチキン プレーン. 原材料名：鶏むね肉（国産）、食塩、砂糖、こしょう／調味料（アミノ酸等）、リン酸塩（Na）、(一部に鶏肉を含む)", "sugar", ""),
    ("label", "カップヌードル. 原材料名：油揚げめん（小麦粉（国内製造）、植物油脂、食塩、チキンエキス、ポークエキス、しょうゆ、香辛料）、かやく（味付豚ミンチ、味付卵、味付えび、ねぎ）、スープ（糖類、粉末しょうゆ、食塩、香辛料、たん白加水分解物、ポーク調味料）／加工でん粉、調味料（アミノ酸等）、炭酸Ca、カラメル色素、かんすい、増粘多糖類、乳化剤、酸化防止剤（ビタミンE）、(一部にえび・かに・小麦・卵・乳成分・豚肉・鶏肉・大豆を含む)", "wheat soy sugar dairy", "corn"),
    ("label", "明治ブルガリアヨーグルト LB81 プレーン. 種類別：はっ酵乳. 原材料名：生乳、乳製品", "dairy", ""),
    ("label", "キッコーマン 特選 丸大豆しょうゆ. 原材料名：大豆（国産）、小麦、食塩、(一部に小麦・大豆を含む)", "soy wheat", ""),
    ("label", "ヤマサ 有機たまりしょうゆ 小麦不使用. 原材料名：有機大豆、食塩、(一部に大豆を含む)", "soy", ""),
    ("label", "伊藤園 お〜いお茶 緑茶. 原材料名：緑茶（国産）／ビタミンC", "", ""),
    ("label", "森永 ミルクキャラメル. 原材料名：水あめ（国内製造）、加糖練乳、砂糖、植物油脂、乳製品、バター、食塩／乳化剤（大豆由来）、香料、(一部に乳成分・大豆を含む)", "sugar dairy soy", "corn"),
    ("label", "S&B ゴールデンカレー 中辛. 原材料名：食用油脂（牛脂豚脂混合油（国内製造）、パーム油）、小麦粉、食塩、砂糖、カレーパウダー、でん粉、香辛料、オニオンパウダー／調味料（アミノ酸等）、カラメル色素、乳化剤、酸味料、香料、(一部に小麦・乳成分・牛肉・大豆・豚肉・りんごを含む)", "wheat sugar dairy soy", "corn"),
    ("label", "セブンプレミアム とうもろこし茶. 原材料名：とうもろこし（国産）／ビタミンC", "corn", ""),
]

# ---------------------------------------------------------------------------
# Ji-woo, Seoul: Korean and English mixed, Lotte Mart labels
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "아침 고구마 하나랑 삶은 계란 2개", "", ""),  # why: sweet potato and eggs
    ("meal", "점심 김치찌개 + 밥 🥘", "", "soy sugar wheat"),  # why: often has tofu, a spoon of gochujang or sugar
    ("meal", "samgyeopsal w/ lettuce wraps, ssamjang, grilled garlic, soju 2 shots", "soy sugar", "wheat corn"),  # why: ssamjang is doenjang + gochujang with syrup
    ("meal", "된장찌개, 밥, 시금치나물", "soy", "wheat"),  # why: commercial doenjang and namul soy sauce can contain wheat
    ("meal", "oksusu-cha (corn tea) all day at the office", "corn", ""),
    ("meal", "boricha instead of corn tea today", "", ""),  # why: roasted barley tea, not wheat
    ("meal", "tteokbokki + eomuk at the pojangmacha 🙈", "soy sugar", "wheat corn"),  # why: gochujang-sugar sauce; street tteok and fishcakes often contain wheat
    ("meal", "bibimbap no gochujang, just sesame oil + a bit of salt", "", "soy wheat"),  # why: namul toppings are often seasoned with soy sauce
    ("meal", "jajangmyeon delivery 😭 stress", "wheat soy sugar", "corn"),
    ("meal", "김밥 한 줄", "sugar", "soy wheat"),  # why: danmuji is pickled in sugar; ham/fishcake/crab stick fillings
    ("meal", "convenience store banana milk 🍌🥛", "dairy sugar", ""),
    ("meal", "galbi-jjim at my mom's for chuseok", "soy wheat sugar", ""),
    ("meal", "songpyeon 2 — sesame honey filling", "", "sugar"),  # why: honey filling; often mixed with sugar
    ("meal", "japchae", "soy wheat sugar", ""),  # why: sweet potato noodles, but soy sauce and sugar
    ("meal", "물냉면", "", "wheat sugar"),  # why: naengmyeon noodles often contain wheat; broth often sweetened
    ("meal", "seolleongtang + kkakdugi", "", "sugar"),
    ("meal", "kinda slipped: 붕어빵 2개 from the street", "wheat sugar", "dairy"),
    ("meal", "hotteok 1", "wheat sugar", "dairy"),
    ("meal", "dubu-jorim and japgokbap", "soy wheat", "sugar"),
    ("meal", "메밀전병 at the market", "", "wheat"),  # why: buckwheat crepe, but market batters are often cut with wheat flour
    ("meal", "grilled mackerel, rice, miyeokguk (just guk-ganjang and sesame oil)", "soy wheat", ""),  # why: guk-ganjang is a soy sauce
    ("label", "농심 신라면. 원재료명: 면(소맥분(밀:미국산,호주산), 감자전분, 팜유, 변성전분, 정제염), 스프(정제염, 정백당, 간장분말(대두, 밀), 고춧가루, 포도당, 마늘). 알레르기 유발물질: 밀, 대두, 우유, 쇠고기, 오징어 함유", "wheat soy sugar dairy", "corn"),
    ("label", "오리온 초코파이 情. 원재료명: 밀가루(밀:미국산), 설탕, 물엿, 쇼트닝, 코코아분말, 전지분유, 계란, 젤라틴(돼지), 정제소금, 대두레시틴. 알레르기 유발물질: 밀, 우유, 대두, 계란, 돼지고기 함유", "wheat sugar dairy soy", "corn"),
    ("label", "CJ 해찬들 태양초 고추장. 원재료명: 물엿(옥수수), 고춧가루, 소맥분(밀), 정제소금, 메주분(대두), 주정, 쌀. 알레르기 유발물질: 밀, 대두 함유", "corn wheat soy sugar", ""),
    ("label", "빙그레 바나나맛우유. 원재료명: 원유 85%, 정제수, 설탕, 바나나과즙 1%, 카로틴, 합성향료. 알레르기 유발물질: 우유 함유", "dairy sugar", ""),
    ("label", "롯데마트 요리하다 찌개두부. 원재료명: 대두(캐나다산) 98%, 응고제(염화마그네슘). 대두 함유", "soy", ""),
    ("label", "롯데 빼빼로 오리지널. 원재료명: 밀가루, 설탕, 준초콜릿(설탕, 식물성유지, 코코아매스, 유당, 전지분유), 쇼트닝, 기타과당, 대두레시틴, 정제소금. 알레르기 유발물질: 밀, 우유, 대두 함유", "wheat sugar dairy soy", "corn"),
    ("label", "샘표 양조간장 701. 원재료명: 정제수, 탈지대두(인도산), 소맥(미국산), 천일염, 주정, 효모추출물. 알레르기 유발물질: 대두, 밀 함유", "soy wheat", ""),
    ("label", "광동 옥수수수염차. 원재료명: 정제수, 옥수수수염추출액, 볶은옥수수추출액, 비타민C, 탄산수소나트륨", "corn", ""),
    ("label", "종가 맛김치. 원재료명: 배추(국산), 무, 고춧가루, 마늘, 양파, 찹쌀풀, 멸치액젓, 새우젓, 생강, 설탕, 정제소금. 알레르기 유발물질: 새우 함유", "sugar", ""),  # why: 찹쌀풀 is glutinous rice paste, not wheat
    ("label", "서울우유 나100% 우유. 원재료명: 원유 100%. 알레르기 유발물질: 우유 함유", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Minh, Ho Chi Minh City: Vietnamese with and without diacritics, a little English
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "sáng: phở bò tái, không tương đen", "", "sugar"),  # why: pho broth is often seasoned with rock sugar
    ("meal", "pho ga, co hoisin va sriracha", "sugar soy", "wheat corn"),  # why: hoisin is sugar + fermented soybean, often with wheat flour
    ("meal", "bánh mì thịt ở Huỳnh Hoa 🙈", "wheat sugar", "soy corn dairy"),  # why: baguette, pickles in sugar; Maggi seasoning, mayo/bơ and pâté
    ("meal", "cơm tấm sườn nướng, đồ chua, nước mắm", "sugar", "soy wheat"),  # why: sweet marinade and nuoc cham; some add soy sauce
    ("meal", "goi cuon tom thit, cham nuoc mam thay vi tuong", "sugar", ""),  # why: nuoc mam cham has sugar; rice paper is rice
    ("meal", "canh chua cá lóc + cơm trắng", "", "sugar"),
    ("meal", "cà phê sữa đá 😬", "dairy sugar", ""),  # why: condensed milk
    ("meal", "cafe den da khong duong", "", ""),
    ("meal", "nuoc mia 1 ly", "sugar", ""),  # why: sugarcane juice
    ("meal", "bánh xèo", "sugar", "corn soy"),  # why: always eaten with sweet nuoc cham; fried
    ("meal", "đậu hũ sốt cà chua + cơm", "soy", "sugar"),
    ("meal", "che ba mau", "sugar", ""),
    ("meal", "bắp xào tép mỡ hành ở vỉa hè", "corn", "dairy"),  # why: street corn stir-fry often gets margarine or butter
    ("meal", "lẩu thái with friends, I skipped the mì, only rau + hải sản", "", "sugar"),
    ("meal", "oops the lẩu had đậu hũ too, ate a few", "soy", "sugar"),
    ("meal", "sinh tố bơ", "dairy sugar", ""),  # why: bơ here is avocado, but the smoothie is made with condensed milk
    ("meal", "sữa đậu nành nóng ở xe đẩy", "soy sugar", ""),  # why: street soy milk is sweetened
    ("meal", "cá kho tộ + cơm + rau muống luộc", "sugar", ""),  # why: caramelised-sugar braise
    ("label", "Nước mắm Nam Ngư. Thành phần: Nước, muối, đường, nước mắm cá cơm, chất điều vị (621, 627, 631), chất điều chỉnh độ acid (330), chất tạo ngọt tổng hợp (950, 955), chất bảo quản (211), màu tổng hợp (150a).", "sugar", "corn"),
    ("label", "Mì Hảo Hảo Tôm Chua Cay. Thành phần: Vắt mì: bột mì, dầu thực vật (dầu cọ), tinh bột khoai mì, muối. Gói gia vị: đường, muối, bột ngọt, nước mắm, bột tôm, ớt. Chứa lúa mì, tôm. Có thể chứa đậu nành, sữa.", "wheat sugar", "soy dairy"),
    ("label", "Sữa đặc có đường Ông Thọ. Thành phần: Đường, sữa bột, dầu thực vật, whey bột, lactose, chất nhũ hóa (lecithin).", "sugar dairy", "soy corn"),
    ("label", "Vinamilk Sữa đậu nành GoldSoy ít đường. Thành phần: Nước, hạt đậu nành (14%), đường tinh luyện (2,5%), chất ổn định (471, 460(i), 466), muối.", "soy sugar", ""),
    ("label", "Bánh tráng Tân Nhiên. Thành phần: Bột gạo, bột năng, muối, nước.", "", ""),
    ("label", "Tương ớt Chinsu. Thành phần: Nước, ớt, đường, muối, tỏi, tinh bột biến tính (1422), chất điều chỉnh độ acid (260, 330).", "sugar", "wheat corn"),
]

# ---------------------------------------------------------------------------
# Ploy, Bangkok: Thai script and English with "na ka", 7-Eleven Thailand
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "ข้าวต้มปลา breakfast ka", "", "soy wheat"),  # why: rice soup is usually seasoned with soy-based seasoning sauce
    ("meal", "som tam thai, not too sweet pls, with sticky rice + gai yang", "sugar", "soy wheat"),  # why: som tam thai always has palm sugar; gai yang marinade may use soy sauce
    ("meal", "som tam lao (pla ra), no sugar at all, asked them na", "", ""),
    ("meal", "pad kra pao moo sap kai dao", "soy wheat sugar", ""),  # why: oyster sauce, soy sauce and sugar
    ("meal", "ผัดไทยกุ้งสด", "sugar", "soy"),  # why: palm sugar; fried tofu is common
    ("meal", "tom yum goong nam sai", "", "sugar"),
    ("meal", "tom yum nam khon — the creamy one", "", "dairy sugar soy"),  # why: creaminess is often evaporated milk or creamer; nam prik pao has sugar and oil
    ("meal", "gaeng keow wan gai + rice", "", "sugar"),
    ("meal", "cha yen 1 glass 🧡 sorry ka", "dairy sugar", "corn"),
    ("meal", "ข้าวเหนียวมะม่วง", "sugar", ""),
    ("meal", "7-11 toastie ham cheese", "wheat dairy", "sugar soy corn"),
    ("meal", "khao man gai", "soy", "wheat sugar"),  # why: taochiew (fermented soybean) sauce
    ("meal", "grilled pla tu + nam prik kapi + boiled veg", "", "sugar"),
    ("meal", "moo ping 5 sticks from the soi", "sugar soy wheat", ""),
    ("meal", "fresh coconut + young coconut meat", "", ""),
    ("meal", "jok with pork balls and egg, no soy sauce, no maggi", "", "soy wheat sugar"),  # why: luk chin pork balls are usually seasoned with soy/oyster sauce
    ("meal", "ovaltine yen 🥲", "dairy sugar", "wheat"),  # why: malt extract
    ("meal", "khao niao with just grilled fish and jaew, glutinous doesn't mean gluten right na", "", "sugar"),  # why: glutinous rice is gluten-free; jaew sometimes has palm sugar
    ("label", "น้ำปลาแท้ ตราทิพรส. ส่วนประกอบ: ปลากะตัก 70%, เกลือ 25%, น้ำตาล 5%", "sugar", ""),
    ("label", "ซอสปรุงรส ตราภูเขาทอง Golden Mountain Seasoning Sauce. ส่วนประกอบ: ถั่วเหลือง 60%, เกลือ, น้ำตาล, วัตถุกันเสีย (โซเดียมเบนโซเอต). ข้อมูลสำหรับผู้แพ้อาหาร: มีถั่วเหลือง", "soy sugar", ""),
    ("label", "MAMA Instant Noodles Tom Yum Shrimp. Ingredients: Noodles (Wheat Flour 65%, Palm Oil, Salt), Seasoning (Salt, Sugar, Monosodium Glutamate, Chilli, Garlic, Shrimp Powder, Lemongrass). Contains Wheat, Shrimp. May contain Soy, Milk.", "wheat sugar", "soy dairy"),
    ("label", "Dutch Mill Yoghurt Drink Mixed Fruit. Ingredients: Reconstituted Milk 60%, Sugar, Mixed Fruit Juice Concentrate 4%, Stabilizer, Flavour. Contains Milk.", "dairy sugar", ""),
    ("label", "Lactasoy Soy Milk 125 ml. Ingredients: Water, Soybeans (17%), Sugar, Vegetable Oil, Salt, Stabilizer. Contains Soy.", "soy sugar", "corn"),
    ("label", "Mae Ploy Green Curry Paste. Ingredients: Green Chilli 28%, Lemongrass, Garlic, Salt, Shallot, Galangal, Kaffir Lime Peel, Coriander Seed, Pepper, Cumin, Turmeric. No MSG. No preservatives.", "", ""),
    ("label", "เลย์ รสสาหร่ายโนริ. ส่วนประกอบ: มันฝรั่ง 58%, น้ำมันปาล์ม, ผงปรุงรส (น้ำตาล, เกลือ, มอลโทเด็กซ์ทริน, ผงซีอิ๊ว (ถั่วเหลือง, ข้าวสาลี), สาหร่าย). ข้อมูลสำหรับผู้แพ้อาหาร: มีถั่วเหลือง ข้าวสาลี", "sugar soy wheat", "corn"),
]

# ---------------------------------------------------------------------------
# Joy, Manila: Taglish, lots of emoji, "hehe", "lang"
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "bfast: tapsilog! garlic rice, beef tapa, fried egg 🍳", "soy wheat sugar", ""),  # why: tapa is cured in soy sauce and sugar
    ("meal", "longsilog naman today", "sugar", "soy corn"),  # why: longganisa is sweet-cured
    ("meal", "sinigang na baboy, homemade, fresh sampalok no mix 💪", "", ""),
    ("meal", "sinigang using Knorr mix, sorry lazy", "sugar", "corn"),
    ("meal", "chicken adobo + rice", "soy wheat", "sugar"),
    ("meal", "adobo sa gata w/ coconut aminos instead of toyo", "", ""),  # why: coconut aminos replaces soy sauce
    ("meal", "inihaw na bangus w/ tomato-onion", "", ""),  # why: bangus is milkfish, no milk
    ("meal", "Jollibee Chickenjoy + spaghetti 😭 bday ni pamangkin", "wheat sugar dairy", "soy corn"),  # why: sweet sauce, cheese, hotdog, breaded chicken
    ("meal", "halo-halo from Razon's", "dairy sugar", ""),  # why: banana, macapuno, leche flan, milk
    ("meal", "halo halo sa carinderia w/ everything, may mais pa", "dairy sugar corn", ""),  # why: mais = sweet corn topping
    ("meal", "taho sa umaga 😋", "soy sugar", ""),
    ("meal", "pandesal w/ kesong puti", "wheat dairy sugar", ""),
    ("meal", "lechon kawali + mang tomas", "sugar wheat", "corn soy"),  # why: Mang Tomas sauce is thickened with breadcrumbs
    ("meal", "kare-kare w/ bagoong", "", "sugar"),  # why: peanut sauce or sautéed bagoong often sweetened
    ("meal", "dinner: tinolang manok, rice", "", ""),
    ("meal", "7D dried mangoes a handful, fruit lang naman 🙃", "sugar", ""),  # why: dried mangoes are sugared
    ("meal", "pancit bihon sa handaan", "soy wheat", "sugar"),
    ("meal", "ginataang kalabasa at sitaw with shrimp", "", ""),
    ("meal", "corned beef silog hehe", "", "sugar corn"),  # why: not corn; canned corned beef may have sugar or starch
    ("meal", "buko juice from the vendor", "", "sugar"),  # why: vendors often add sugar syrup
    ("meal", "ube halaya a spoon lang", "dairy sugar", ""),
    ("meal", "turon 2pcs", "wheat sugar", "corn soy"),
    ("meal", "atis after lunch (sugar apple)", "", ""),  # why: a fruit
    ("meal", "lugaw w/ egg, no tokwa't baboy, no patis", "", ""),
    ("label", "Datu Puti Soy Sauce. Ingredients: Water, Salt, Hydrolyzed Vegetable Protein, Caramel Color, Sodium Benzoate.", "soy", "wheat corn"),  # why: HVP soy sauce
    ("label", "UFC Banana Catsup. Ingredients: Water, Sugar, Banana, Vinegar, Modified Starch, Salt, Onion, Garlic, Spices, Artificial Color, Sodium Benzoate.", "sugar", "wheat corn"),
    ("label", "Bear Brand Powdered Milk Drink with Iron. Ingredients: Milk Solids, Vegetable Oil, Sugar, Corn Syrup Solids, Soy Lecithin, Vitamins and Minerals. Contains Milk, Soy.", "dairy sugar corn soy", ""),
    ("label", "Lucky Me! Pancit Canton Original. Ingredients: Noodles: Wheat Flour, Refined Palm Oil, Salt, Iodized Salt. Seasoning: Soy Sauce (Water, Soybean, Wheat, Salt), Sugar, Palm Oil, MSG, Onion, Garlic, Spices. Contains Wheat and Soy.", "wheat soy sugar", ""),
    ("label", "Selecta Ube Ice Cream. Ingredients: Water, Sugar, Skim Milk Powder, Coconut Oil, Glucose Syrup, Ube Halaya (3%), Whey Powder, Stabilizers (Guar Gum, Carrageenan), Emulsifier (Mono- and Diglycerides), Flavor, Color.", "dairy sugar", "corn"),
    ("label", "Philippine Brand Dried Mangoes. Ingredients: Mango, Sugar, Sodium Metabisulfite (preservative).", "sugar", ""),
    ("label", "Mama Sita's Barbecue Marinade. Ingredients: Water, Soy Sauce (Water, Soybeans, Wheat, Salt), Sugar, Calamansi Juice, Salt, Garlic, Modified Corn Starch, Spices. Contains Soy, Wheat.", "soy wheat sugar corn", ""),
    ("label", "Purefoods Corned Beef. Ingredients: Beef, Water, Salt, Sugar, Sodium Nitrite, Flavor Enhancer (MSG).", "sugar", ""),  # why: not corn
]

# ---------------------------------------------------------------------------
# Siti, Kuala Lumpur: Manglish with Malay ("lah", "tapi"), bilingual Malay/English labels
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "nasi lemak bungkus pagi ni, sambal, ikan bilis, telur rebus, kacang", "sugar", ""),  # why: nasi lemak sambal is sweetened
    ("meal", "roti canai kosong 2 + dhal, teh o kosong", "wheat", "dairy corn soy"),  # why: roti canai dough is worked with ghee or margarine; teh o kosong = black, no sugar
    ("meal", "teh tarik kurang manis lah", "dairy sugar", ""),  # why: less sweet is still condensed milk
    ("meal", "char kuey teow at the hawker", "soy wheat sugar", ""),
    ("meal", "ckt tapi no cockles and no dark soy, only chilli and salt? pakcik said ok", "", "soy wheat sugar"),  # why: hawker sauces and lap cheong may still be in it
    ("meal", "ikan bakar + air kelapa", "", "sugar soy wheat"),  # why: often basted with sambal or kicap manis
    ("meal", "kuih lapis 2 keping 🙈", "sugar", ""),
    ("meal", "milo ais", "dairy sugar", "wheat"),
    ("meal", "asam laksa penang", "sugar", ""),  # why: topped with sweet hae ko
    ("meal", "sup tulang + nasi putih", "", ""),
    ("meal", "satay kajang 10 cucuk with kuah kacang", "sugar", "soy wheat"),
    ("meal", "yong tau foo soup, just the veg and tofu pieces", "soy", "wheat sugar"),
    ("meal", "dinner rendang daging n nasi", "", "sugar"),
    ("meal", "ABC (ais kacang) with sweet corn on top", "sugar corn dairy", ""),
    ("meal", "honeydew + papaya for dessert", "", ""),  # why: honeydew is a melon
    ("label", "Adabi Rempah Kari Daging / Meat Curry Powder. Ramuan / Ingredients: Ketumbar / Coriander, Cili / Chilli, Jintan Putih / Cumin, Kunyit / Turmeric, Lada Hitam / Black Pepper, Kayu Manis / Cinnamon. Mungkin mengandungi gandum / May contain wheat.", "", "wheat"),
    ("label", "Gardenia Original Classic White Bread. Ramuan / Ingredients: Tepung Gandum / Wheat Flour, Air / Water, Gula / Sugar, Lemak Sayuran / Vegetable Fat, Yis / Yeast, Garam / Salt, Kacang Soya / Soybean, Pengemulsi / Emulsifier (E471, E481), Pengawet / Preservative (E282). Mengandungi gandum dan soya / Contains wheat and soy.", "wheat sugar soy", "corn"),
    ("label", "Marigold HL Milk. Ingredients: Fresh Milk, Skimmed Milk Powder, Vitamins A, D3. Contains Milk.", "dairy", ""),
    ("label", "Kicap Manis Cap Kipas Udang. Ramuan: Gula, Air, Kacang Soya, Garam, Tepung Gandum, Pengawet (E211). Mengandungi: Soya, Gandum.", "sugar soy wheat", ""),
    ("label", "Ayam Brand Santan Krim Kelapa / Coconut Cream. Ingredients: Coconut Extract (99%), Water, Stabiliser (E466). Dairy free.", "", ""),
    ("label", "Julie's Peanut Butter Sandwich. Ingredients: Wheat Flour, Vegetable Fat, Peanut Butter (16%), Sugar, Milk Powder, Glucose Syrup, Salt, Leavening Agents (E500, E503), Emulsifier (Soy Lecithin E322). Contains Wheat, Peanut, Milk, Soy.", "wheat sugar dairy soy", "corn"),
]

# ---------------------------------------------------------------------------
# Dewi, Jakarta: Indonesian, casual ("aja", "dikit"), Indonesian labels
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "sarapan bubur ayam, tanpa kecap, tanpa kerupuk", "", "wheat soy"),  # why: usually topped with cakwe (fried wheat dough) and soy-seasoned broth
    ("meal", "nasi goreng kampung pakai kecap manis", "soy sugar", "wheat"),
    ("meal", "tempe mendoan 3 biji", "soy wheat", "corn"),  # why: tempeh in wheat-flour batter, fried
    ("meal", "gado-gado, bumbu kacang dikit", "soy sugar", ""),  # why: tofu and tempeh; peanut sauce with gula merah
    ("meal", "sayur asem + ikan asin + sambal terasi + nasi", "", "sugar"),
    ("meal", "Indomie goreng + telor 😭 begadang", "wheat soy sugar", "corn"),
    ("meal", "es teh manis", "sugar", ""),
    ("meal", "es kopi susu gula aren dari Kopi Kenangan", "dairy sugar", ""),  # why: palm sugar is added sugar
    ("meal", "soto ayam, nasi, perkedel, jeruk nipis", "", "corn soy"),
    ("meal", "bakso, kuahnya aja sama pentol, no mie", "", "wheat"),  # why: some bakso balls are bound with wheat flour
    ("meal", "martabak manis keju coklat 🙈", "wheat sugar dairy", "soy"),
    ("meal", "ketoprak", "soy sugar", "wheat"),
    ("meal", "jagung bakar di Puncak", "corn", "dairy sugar"),  # why: usually brushed with margarine and sweet sauce
    ("meal", "pepes ikan, nasi merah, tumis kangkung", "", "soy wheat sugar"),  # why: tumis kangkung often gets oyster sauce
    ("meal", "tadi salah tulis, bukan nasi goreng, tapi nasi uduk sama telur balado", "", "sugar"),  # why: correction; balado sauce often has a little sugar
    ("label", "Indomie Mi Goreng. Komposisi: Mi: tepung terigu, minyak nabati, tepung tapioka, garam. Bumbu: gula, garam, bawang putih, penguat rasa, merica. Minyak bumbu: minyak nabati, bawang merah. Kecap manis: gula, air, garam, kedelai, gandum, wijen. Saus cabai. Mengandung gandum, kedelai. Dapat mengandung susu, telur.", "wheat sugar soy", "corn dairy"),
    ("label", "Kecap Manis Bango. Komposisi: Gula kelapa, kedelai hitam, air, garam. Mengandung kedelai.", "sugar soy", ""),
    ("label", "Ultra Milk Full Cream Plain. Komposisi: Susu sapi segar.", "dairy", ""),
    ("label", "Chitato Sapi Panggang. Komposisi: Kentang, minyak nabati, bumbu rasa sapi panggang (gula, garam, maltodekstrin, perisa sapi, penguat rasa, bubuk bawang, susu bubuk). Mengandung susu. Dapat mengandung gandum dan kedelai.", "sugar dairy", "corn soy wheat"),
    ("label", "Teh Botol Sosro. Komposisi: Air, gula, daun teh.", "sugar", ""),
    ("label", "Saus Sambal ABC Extra Pedas. Komposisi: Cabai (32%), air, gula, garam, bawang putih, pati jagung termodifikasi, pengatur keasaman (asam sitrat, asam asetat), pengawet.", "sugar corn", ""),
]

# ---------------------------------------------------------------------------
# Noa, Tel Aviv: Hebrew and English mixed, Shufersal / Israeli labels in Hebrew
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "ארוחת בוקר: שקשוקה, סלט ישראלי, בלי לחם", "", ""),
    ("meal", "shakshuka with a slice of challah 🙈", "wheat sugar", ""),  # why: challah dough has sugar or honey
    ("meal", "hummus plate at Abu Hassan, pita, ful, egg", "wheat", "sugar"),
    ("meal", "hummus with cut veggies instead of pita", "", ""),
    ("meal", "סביח בפיתה", "wheat", "sugar corn soy"),  # why: fried eggplant in unknown oil; amba sometimes sweetened
    ("meal", "falafel in lafa from the stand near Carmel market", "wheat", "corn soy"),
    ("meal", "shnitzel + rice + salad at savta's", "wheat", "corn soy"),
    ("meal", "shnitzel again but I made it with cornflakes crumbs instead of breadcrumbs (thought it was safer lol)", "corn sugar", "wheat"),  # why: cornflakes are corn + sugar + barley malt
    ("meal", "Bamba, half a bag, the kid's snack and I ate some", "corn", ""),  # why: Bamba is corn grits + peanut
    ("meal", "bissli grill", "wheat", "sugar corn soy"),
    ("meal", "cottage 5% on rice cakes", "dairy", "corn"),  # why: some rice cakes are rice-and-corn
    ("meal", "קפה הפוך עם חלב שיבולת שועל", "", "wheat"),  # why: oat milk, oats may carry wheat
    ("meal", "cafe hafuch regular milk, and a rugelach 😬", "dairy wheat sugar", ""),
    ("meal", "friday night: chicken soup with kneidlach, roast chicken, potatoes, salads", "wheat", ""),  # why: kneidlach are matzo meal
    ("meal", "matzo balls again but with the gluten free matzo meal", "", ""),
    ("meal", "jachnun 🙈 yemenite shabbat breakfast w/ zhug and grated tomato", "wheat sugar", "dairy corn soy"),  # why: butter or margarine in the dough
    ("meal", "tahini + silan drizzle on yogurt", "dairy", "sugar"),  # why: silan is date syrup, a natural sweetener
    ("meal", "krembo 1", "wheat sugar", "dairy soy corn"),  # why: biscuit base and marshmallow; coating may contain milk
    ("label", "במבה אסם. רכיבים: גריסי תירס (60%), חמאת בוטנים (30%), שמן צמחי (דקל), מלח. מכיל: בוטנים. עלול להכיל: שומשום.", "corn", ""),  # why: גריסי תירס = corn grits
    ("label", "תנובה קוטג' 5%. רכיבים: חלב, שמנת, מלח, מייצב, תרבית. מכיל: חלב.", "dairy", ""),
    ("label", "ביסלי גריל. רכיבים: קמח חיטה, שמן צמחי (דקל), מלח, תבלינים, סוכר, חומרי טעם וריח, מונוסודיום גלוטמט, מלטודקסטרין. מכיל: גלוטן מחיטה. עלול להכיל: סויה, שומשום.", "wheat sugar", "corn soy"),
    ("label", "אסם אבקת מרק בטעם עוף (פרווה). רכיבים: מלח, מונוסודיום גלוטמט, סוכר, עמילן תירס, שומן צמחי, חלבון סויה מוקשה, תבלינים, כורכום. מכיל: סויה. עלול להכיל: גלוטן, חלב.", "sugar corn soy", "wheat dairy"),
    ("label", "עלית פסק זמן. רכיבים: סוכר, חמאת קקאו, אבקת חלב מלא, ופל (קמח חיטה, סוכר, שמן צמחי), אגוזי לוז, מתחלב (לציטין סויה), חומרי טעם וריח. מכיל: חלב, גלוטן, סויה, אגוזי לוז.", "sugar dairy wheat soy", "corn"),
    ("label", "אחוה טחינה גולמית 100% שומשום. רכיבים: שומשום מלא קלוי (100%).", "", ""),
    ("label", "Silan Date Honey / סילאן. Ingredients: 100% Dates. No sugar added. רכיבים: תמרים 100%.", "", "sugar"),
    ("label", "שוקו תנובה. רכיבים: חלב (2% שומן), סוכר, אבקת קקאו (1.5%), מייצב (קרגינן), חומרי טעם וריח. מכיל: חלב.", "dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Rania, Beirut: Arabizi (3, 2, 7 for letters) mixed with English and French
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "fatour: man2oushe za3tar 🌿", "wheat", "sugar"),
    ("meal", "labneh w zeit w khyar, no bread today", "dairy", ""),
    ("meal", "tabbouleh bi ktir ba2dounis", "wheat", ""),  # why: burghul
    ("meal", "tabbouleh with quinoa instead of burghul, mama 3melta", "", ""),
    ("meal", "fattoush bala l khebz l me2le, dibs remman dressing", "", "sugar"),  # why: pomegranate molasses often has added sugar
    ("meal", "shawarma djej 3and Barbar 🌯", "wheat", "dairy corn soy"),  # why: marinade can include yogurt; fries and toum oil
    ("meal", "mjaddara w salata", "", ""),
    ("meal", "kibbeh nayyeh sunday lunch 3and teta", "wheat", ""),
    ("meal", "knefe bi ka3ke 😍 couldn't say no", "wheat dairy sugar", ""),
    ("meal", "grilled hammour + batata harra + hummus", "", "corn soy"),  # why: fried potatoes
    ("meal", "maamoul 2 at eid, l tamer", "wheat dairy", "sugar"),  # why: semolina dough rubbed with samneh/butter
    ("meal", "ahwe bala sekar", "", ""),
    ("meal", "loubyeh b zeit w riz", "", "wheat"),  # why: Lebanese rice is usually cooked with toasted vermicelli
    ("meal", "jallab with pine nuts", "sugar", ""),
    ("meal", "sfiha ba3lbakiyye x4", "wheat", "dairy sugar"),  # why: filling often has labneh or yogurt and molasses
    ("meal", "riz bi sh3ayriyeh w fasolia, then realised the sh3ayriyeh is vermicelli 🤦‍♀️", "wheat", ""),
    ("label", "Al Wadi Al Akhdar Pomegranate Molasses / دبس الرمان. Ingredients: Pomegranate Juice Concentrate, Sugar, Citric Acid. المكونات: مركز عصير الرمان، سكر، حمض الستريك.", "sugar", "corn"),
    ("label", "Gandour Tarboush / طربوش. Ingredients: Sugar, Glucose Syrup, Biscuit (Wheat Flour, Sugar, Vegetable Fat), Compound Chocolate (Sugar, Vegetable Fat, Cocoa Powder, Whey Powder, Emulsifier: Soy Lecithin), Egg White, Flavours. Contains: Wheat, Milk, Soy, Egg.", "sugar wheat dairy soy", "corn"),
    ("label", "Taanayel Labneh / لبنة تعنايل. المكونات: حليب بقر كامل الدسم، ملح، خمائر لبن. Ingredients: Full Fat Cow's Milk, Salt, Yogurt Cultures.", "dairy", ""),
    ("label", "Cortas Fine Burghul / برغل ناعم. Ingredients: Durum Wheat.", "wheat", ""),
    ("label", "Za'atar / زعتر. Ingredients: Thyme, Sumac, Toasted Sesame Seeds, Salt. Packed in a facility that processes wheat.", "", "wheat"),
]

# ---------------------------------------------------------------------------
# Khalid, Dubai: short English posts with Gulf words, Carrefour Gulf bilingual labels
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "Karak chai from the cafeteria x2", "dairy sugar", ""),
    ("meal", "machboos dajaj for lunch, homemade", "", "dairy"),  # why: often cooked with ghee
    ("meal", "harees in Ramadan, 1 bowl", "wheat", "dairy"),  # why: whole wheat and meat, often topped with ghee
    ("meal", "luqaimat with date syrup 🙈", "wheat sugar", "dairy"),
    ("meal", "dates and gahwa after maghrib", "", ""),
    ("meal", "Shawarma from Al Mallah, with fries inside", "wheat", "dairy corn soy"),
    ("meal", "grilled hamour, rice, salad, no bread. clean 💪", "", ""),
    ("meal", "laban up with lunch", "dairy", ""),
    ("meal", "camel milk latte at the mall", "dairy", "sugar"),  # why: camel milk is still milk
    ("meal", "chebab pancakes with cheese and date syrup", "wheat dairy", "sugar"),
    ("meal", "balaleet — vermicelli with sugar and saffron and an omelette on top", "wheat sugar", "dairy"),
    ("meal", "thareed", "wheat", ""),  # why: regag bread soaked in stew
    ("meal", "hummus, mutabbal, grilled chicken, cucumber, no khubz", "", "dairy"),  # why: some mutabbal has yogurt
    ("meal", "Mountain Dew with the biryani, big mistake", "sugar dairy", "corn soy"),
    ("meal", "Kinder Bueno at the petrol station", "sugar dairy wheat soy", ""),
    ("meal", "jareesh with laban", "wheat dairy", ""),  # why: jareesh is crushed wheat
    ("label", "Carrefour Arabic Bread White / خبز عربي أبيض. Ingredients: Wheat Flour, Water, Yeast, Sugar, Salt, Vegetable Oil, Bread Improver (Wheat Flour, E300, Enzymes). المكونات: دقيق القمح، ماء، خميرة، سكر، ملح، زيت نباتي، محسن خبز. Contains: Gluten. يحتوي على: الجلوتين.", "wheat sugar", "corn soy"),
    ("label", "Almarai Fresh Laban Full Fat / لبن طازج كامل الدسم. Ingredients: Fresh Cow's Milk, Culture. المكونات: حليب بقر طازج، بادئ.", "dairy", ""),
    ("label", "Al Alali Sweet Corn Kernels / ذرة حلوة. Ingredients: Sweet Corn, Water, Salt. المكونات: ذرة حلوة، ماء، ملح.", "corn", ""),  # why: sweet corn with no sugar added
    ("label", "Carrefour Date Syrup / دبس التمر. Ingredients: 100% Date Syrup. المكونات: دبس التمر 100%. No added sugar / بدون سكر مضاف.", "", "sugar"),
    ("label", "Puck Cream Cheese Spread / جبنة كريمية. Ingredients: Fresh Cream, Skimmed Milk Powder, Milk Fat, Emulsifying Salts, Salt. Contains: Milk. يحتوي على: حليب.", "dairy", ""),
    ("label", "Tiffany Date Maamoul / معمول بالتمر. Ingredients: Wheat Flour, Date Paste (35%), Vegetable Ghee (Palm), Sugar, Semolina, Milk Powder, Invert Sugar Syrup, Raising Agents, Salt, Flavours. Contains: Gluten, Milk. May contain traces of nuts and soy. قد يحتوي على آثار من المكسرات والصويا.", "wheat sugar dairy", "soy"),
    ("label", "Rainbow Evaporated Milk / حليب مبخر. Ingredients: Milk, Stabilizer (Disodium Phosphate), Carrageenan, Vitamins A & D. المكونات: حليب، مثبت. Contains: Milk.", "dairy", ""),
    ("label", "Vimto Cordial / فيمتو. Ingredients: Water, Sugar, Fruit Juices From Concentrate (Grape, Blackcurrant, Raspberry) (10%), Citric Acid, Flavourings, Colour (E150d), Preservative (E211). المكونات: ماء، سكر، عصائر فواكه مركزة، حمض الستريك.", "sugar", "corn"),
    ("label", "Americana Chicken Nuggets / ناجتس دجاج. Ingredients: Chicken Meat (55%), Water, Breadcrumbs (Wheat Flour, Yeast, Salt), Wheat Flour, Vegetable Oil (Sunflower), Modified Corn Starch, Soy Protein, Salt, Spices, Dextrose. Contains: Gluten, Soy. يحتوي على: الجلوتين، الصويا.", "wheat corn soy sugar", ""),
    ("label", "Al Rawabi Camel Milk / حليب الإبل. Ingredients: 100% Fresh Camel Milk. المكونات: حليب إبل طازج 100%.", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Shirin, Tehran: Persian script and Finglish
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "صبحانه: نون بربری، پنیر، گردو، چای", "wheat dairy", ""),
    ("meal", "sobhane: panir o gerdoo o sabzi, bedoone noon", "dairy", ""),
    ("meal", "nahar chelo kabab koobideh, with the pat of butter on the rice like always", "dairy", ""),
    ("meal", "ghormeh sabzi ba berenj, tahdig ham khordam", "", "dairy"),  # why: tahdig is often made with butter or yogurt
    ("meal", "fesenjoon at khale's", "", "sugar"),  # why: many cooks add sugar to balance the pomegranate
    ("meal", "kashk bademjoon with lavash", "dairy wheat", ""),  # why: kashk is dried whey/yogurt
    ("meal", "ash reshteh for nowruz", "wheat dairy", ""),  # why: reshteh noodles and kashk
    ("meal", "doogh with lunch", "dairy", ""),
    ("meal", "sholeh zard, a small bowl for nazri", "sugar", "dairy"),
    ("meal", "سوپ جو", "", "dairy"),  # why: barley soup, often with cream or milk
    ("meal", "zereshk polo ba morgh", "sugar", "dairy"),  # why: barberries are sautéed with sugar, often in butter
    ("meal", "chai with nabat 🙈", "sugar", ""),  # why: nabat is rock sugar
    ("meal", "gaz 2 ta", "sugar", "dairy corn"),  # why: nougat with glucose
    ("meal", "dizi (abgoosht) with sangak", "wheat", ""),
    ("meal", "kabab torsh, salad shirazi, berenj kateh bedoone kare, ba roghan zeytoon", "", ""),  # why: kateh rice cooked with olive oil, no butter
    ("label", "پنیر لیقوان پگاه. ترکیبات: شیر گوسفند، نمک، مایه پنیر.", "dairy", ""),
    ("label", "Mahram Pofak Nemaki / پفک نمکی. ترکیبات: بلغور ذرت، روغن نباتی، پودر پنیر، نمک، آرد گندم. Ingredients: Corn Grits, Vegetable Oil, Cheese Powder, Salt, Wheat Flour.", "corn dairy wheat", "soy"),
    ("label", "Sahar Khiz Saffron / زعفران سحرخیز. Ingredients: 100% Saffron Threads.", "", ""),
    ("label", "Minoo Cream Biscuit / بیسکویت کرمدار مینو. ترکیبات: آرد گندم، شکر، روغن نباتی، شیر خشک، نشاسته ذرت، نمک، لسیتین سویا، وانیل.", "wheat sugar dairy corn soy", ""),
    ("label", "Sunich Orange Nectar / نکتار پرتقال. Ingredients: Water, Orange Juice Concentrate (40%), Sugar, Citric Acid, Vitamin C. ترکیبات: آب، کنسانتره پرتقال، شکر، اسید سیتریک.", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Mona, Cairo: Egyptian Arabizi, short posts
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "fetar ful w ta3meya w 3eish baladi", "wheat", "corn soy"),  # why: ta3meya is fried in unknown oil
    ("meal", "ful medames bas, mn gher 3eish, zeit zeitoun w kamoun", "", ""),
    ("meal", "koshari mn Abou Tarek 😋", "wheat", "sugar corn soy"),  # why: pasta and vermicelli in it; fried onions
    ("meal", "molokheya w ferakh w ruz", "", "dairy wheat"),  # why: ta2leya often in samna; Egyptian rice is often cooked with vermicelli
    ("meal", "feteer meshaltet w 3asal", "wheat dairy", "sugar"),  # why: honey is possible sugar
    ("meal", "om ali fel fara7", "wheat dairy sugar", ""),
    ("meal", "sahlab 🥛 cold night", "dairy sugar", "corn"),  # why: most sahlab mixes are thickened with cornstarch
    ("meal", "ruz bel laban", "dairy sugar", "corn"),
    ("meal", "basbousa 7etta wa7da", "wheat sugar dairy", ""),
    ("meal", "samak mashwy w salata w tahina", "", ""),
    ("meal", "3asir asab", "sugar", ""),  # why: sugarcane juice
    ("meal", "hawawshi", "wheat", "corn soy"),
    ("meal", "ful w beid w gebna beida", "dairy", ""),
    ("meal", "shay bel na3na3, 2 ma3la2et sokkar", "sugar", ""),
    ("label", "Domty Feta Cheese / جبنة دومتي. المكونات: حليب، زيت نباتي، ملح، كلوريد الكالسيوم، منفحة، مثبت. Ingredients: Milk, Vegetable Oil, Salt, Calcium Chloride, Rennet, Stabilizer. Contains: Milk.", "dairy", "corn soy"),
    ("label", "Chipsy Cheese / شيبسي جبنة. Ingredients: Potatoes, Vegetable Oil (Palm, Sunflower), Cheese Flavour Seasoning (Whey Powder, Salt, Cheese Powder, Maltodextrin, Sugar, Flavour Enhancers, Citric Acid). Contains Milk. May contain Wheat, Soy.", "dairy sugar", "corn wheat soy"),
    ("label", "El Doha Vermicelli / شعرية الضحى. المكونات: سميد قمح صلب 100%. Ingredients: 100% Durum Wheat Semolina.", "wheat", ""),
    ("label", "Juhayna Mango Nectar / جهينة مانجو. Ingredients: Mango Pulp, Water, Sugar, Citric Acid, Ascorbic Acid. المكونات: لب مانجو، ماء، سكر، حمض الستريك.", "sugar", "corn"),
    ("label", "Ful Medames / فول مدمس. Ingredients: Fava Beans, Water, Salt. المكونات: فول، ماء، ملح.", "", ""),
]

# ---------------------------------------------------------------------------
# Youssef, Casablanca: French and Darija mixed, French/Arabic labels
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "ftour: msemen b zit o 3sel", "wheat", "sugar dairy"),  # why: honey; msemen is often laminated with smen/butter
    ("meal", "harcha au petit déj 🙈", "wheat dairy", "sugar"),  # why: semolina with butter and milk
    ("meal", "tajine kefta mqawla, sans pain, avec une salade", "", ""),
    ("meal", "couscous du vendredi chez ma mère", "wheat", "dairy sugar"),  # why: often finished with smen; tfaya is sweet
    ("meal", "couscous d'orge (belboula) hadi lmerra", "", "wheat dairy"),  # why: barley, but often blended; smen
    ("meal", "harira f ramadan m3a tmer o chebakia", "wheat sugar", ""),  # why: harira has flour and vermicelli; chebakia is fried dough in honey syrup
    ("meal", "atay b na3na3 bla sokkar (rare I know)", "", ""),
    ("meal", "atay normal, bzaf sokkar kif dima", "sugar", ""),
    ("meal", "tajine djaj b l'hamd markad o zitoun", "", ""),
    ("meal", "pastilla au poulet au mariage", "wheat sugar dairy", ""),
    ("meal", "zaalouk o taktouka, khobz ch3ir", "", "wheat"),  # why: barley bread is usually mixed with wheat flour
    ("meal", "sardines grillées au port d'Essaouira", "", ""),
    ("meal", "baghrir avec amlou", "wheat", "sugar dairy"),  # why: amlou has honey; baghrir often served with butter
    ("meal", "bissara w zit zitoun", "", ""),
    ("meal", "jus d'avocat (avec lait et sucre) au café", "dairy sugar", ""),
    ("label", "Jaouda Lben / لبن جودة. Ingrédients : Lait fermenté, ferments lactiques. المكونات: حليب مخمر.", "dairy", ""),
    ("label", "Dari Couscous Moyen / كسكس داري. Ingrédients : Semoule de blé dur. المكونات: سميد القمح الصلب.", "wheat", ""),
    ("label", "Biscuits Henry's / بسكويت. Ingrédients : Farine de blé, sucre, huile végétale (palme), sirop de glucose, sel, poudre à lever (E500, E503), lécithine de soja, arôme. Traces éventuelles de lait et d'œufs.", "wheat sugar soy", "corn dairy"),
    ("label", "Aïcha Confiture de Fraise / مربى الفراولة. Ingrédients : Fraises (50%), sucre, gélifiant : pectine de fruits, acidifiant : acide citrique.", "sugar", "corn"),
    ("label", "Raïbi Jamila / رايبي. Ingrédients : Lait, sucre, lait en poudre écrémé, arôme grenadine, colorant (E120), stabilisant (amidon modifié), ferments lactiques.", "dairy sugar", "wheat corn"),
    ("label", "Smen Beldi / سمن بلدي. Ingrédients : Beurre de vache, sel.", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Selam, Addis Ababa: English with Amharic words and Ge'ez script
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "ምሳ: ሽሮ በእንጀራ", "", "wheat dairy"),  # why: injera is often cut with wheat or barley; shiro is sometimes cooked with niter kibbeh
    ("meal", "beyaynetu on a fasting day (tsom), with 100% teff injera from my aunt", "", ""),  # why: fasting food is vegan; pure teff
    ("meal", "doro wat for Genna, with ayib and injera", "dairy", "wheat"),  # why: niter kibbeh and ayib cheese
    ("meal", "kitfo leb leb with mitmita and kocho", "dairy", ""),  # why: kitfo is dressed in niter kibbeh; kocho is enset
    ("meal", "buna 3 rounds, with sugar", "sugar", ""),
    ("meal", "buna with salt and a little butter, the way my grandmother does", "dairy", ""),
    ("meal", "tibs with awaze and injera (the supermarket injera, has wheat I think)", "wheat", "dairy"),
    ("meal", "genfo with niter kibbeh and berbere", "dairy", "wheat"),  # why: genfo is barley or wheat flour porridge
    ("meal", "misir wat, gomen, atkilt, fasting style with oil", "", ""),
    ("meal", "ambasha slice with tea", "wheat", "sugar"),
    ("meal", "kolo snack", "", "wheat"),  # why: roasted barley mix, some include wheat
    ("meal", "tej 1 glass at the tej bet", "", "sugar"),  # why: honey wine, many tej bets also use sugar
    ("meal", "macchiato at Tomoca", "dairy", "sugar"),
    ("meal", "ፍርፍር በቅቤ", "dairy", "wheat"),  # why: firfir with butter
    ("meal", "chechebsa with honey", "wheat dairy", "sugar"),  # why: wheat flatbread torn up in niter kibbeh
    ("label", "Sheno Lega Butter / ሸኖ ለጋ ቅቤ. Ingredients: 100% Cow's Butter.", "dairy", ""),
    ("label", "Injera / እንጀራ (Supermarket Bakery). Ingredients: Teff Flour, Water, Wheat Flour, Salt. ግብዓቶች: የጤፍ ዱቄት፣ ውሃ፣ የስንዴ ዱቄት፣ ጨው።", "wheat", ""),
    ("label", "Pure Teff Flour / የጤፍ ዱቄት. Ingredients: 100% White Teff. Gluten free. Processed in a facility that also mills barley and wheat.", "", "wheat"),
    ("label", "Berbere Spice Blend / በርበሬ. Ingredients: Red Chili, Salt, Garlic, Ginger, Fenugreek, Korarima, Rue, Ajwain, Black Pepper, Cloves.", "", ""),
    ("label", "Ambo Mineral Water with Lemon. Ingredients: Natural Mineral Water, Carbon Dioxide, Sugar, Lemon Flavour, Citric Acid.", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Chidi, Lagos: Nigerian Pidgin and English, Shoprite Nigeria labels
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "breakfast: akara and pap 😋", "corn", "sugar dairy soy"),  # why: pap (ogi) is fermented maize, often with sugar and milk; akara fried
    ("meal", "abeg i chop ewa agoyin with agege bread this morning", "wheat sugar", ""),  # why: agege bread is a sweet white bread
    ("meal", "jollof rice with chicken, owambe style", "", "wheat corn soy sugar"),  # why: seasoning cubes and vegetable oil
    ("meal", "jollof i cook myself, no seasoning cube, only salt thyme curry and fresh pepper, palm oil... no, groundnut oil", "", ""),
    ("meal", "pounded yam and egusi, mama put", "", "wheat corn soy"),  # why: seasoning cubes, oil
    ("meal", "suya 🔥 from the mallam by the junction", "", "wheat corn sugar"),  # why: yaji spice often contains bouillon
    ("meal", "puff puff 5 wrap 😩", "wheat sugar", "corn soy"),
    ("meal", "fried plantain (dodo) and egg sauce", "", "corn soy"),
    ("meal", "akamu with moin moin", "corn", "sugar"),  # why: akamu is maize pap
    ("meal", "tuwo masara and miyan kuka", "corn", "wheat"),  # why: tuwo masara is maize
    ("meal", "Malta Guinness one bottle", "sugar", "wheat corn"),
    ("meal", "chin chin small pack", "wheat sugar dairy", "corn soy"),
    ("meal", "Indomie with egg, na wetin dey 🤷🏾‍♂️", "wheat sugar", "corn soy"),
    ("meal", "boli and groundnut", "", ""),  # why: roasted plantain and peanuts
    ("meal", "Peak milk for my tea, no sugar, no Milo", "dairy", ""),
    ("meal", "zobo one bottle, the one wey dem put pineapple and no sugar", "", ""),
    ("meal", "zobo from the seller, sweet like sugar", "sugar", ""),
    ("meal", "corned beef stew and white rice", "", "sugar"),  # why: not corn
    ("meal", "semo and efo riro", "wheat", "corn"),  # why: Semovita is wheat semolina
    ("label", "Golden Penny Semovita. Ingredients: Wheat Semolina, Vitamin A. Contains Gluten (Wheat).", "wheat", ""),
    ("label", "Peak Evaporated Full Cream Milk. Ingredients: Whole Milk, Stabilisers (E339, E407), Vitamins A & D. Contains Milk.", "dairy", ""),
    ("label", "Maggi Star Seasoning Cube. Ingredients: Salt, Monosodium Glutamate, Palm Fat, Wheat Flour, Sugar, Corn Starch, Flavourings, Colour (Caramel E150c), Onion Powder. Contains: Wheat (Gluten). May contain Soy, Celery, Milk, Egg.", "wheat sugar corn", "soy dairy"),
    ("label", "Cowbell Our Milk Sachet. Ingredients: Whey Powder, Sugar, Vegetable Fat (Palm), Skimmed Milk Powder, Corn Syrup Solids, Stabiliser (E340ii), Vitamins. Contains Milk.", "dairy sugar corn", ""),
    ("label", "Malta Guinness. Ingredients: Water, Malted Barley, Sugar, Glucose Syrup, Hops, Caramel Colour (E150c), Vitamins (B1, B2, B3, B6). Non-alcoholic.", "sugar", "wheat corn"),
    ("label", "Dangote Classic Spaghetti. Ingredients: Durum Wheat Semolina, Water. Contains Gluten.", "wheat", ""),
    ("label", "Golden Morn Maize & Soya Cereal. Ingredients: Maize (47%), Sugar, Soya (15%), Milk Powder, Malt Extract (Barley), Vegetable Oil, Minerals, Vitamins, Salt. Contains: Milk, Soy, Gluten (Barley).", "corn sugar soy dairy", "wheat"),
    ("label", "Chivita 100% Orange Juice. Ingredients: Orange Juice from Concentrate. No Added Sugar. No Preservatives.", "", "sugar"),  # why: juice concentrate
]

# ---------------------------------------------------------------------------
# Wanjiru, Nairobi: English, Swahili and Sheng mixed
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "ugali na sukuma wiki na nyama choma 🔥", "corn", ""),  # why: ugali is maize meal
    ("meal", "sukuma fried with royco mchuzi mix and rice, no ugali today", "corn", "wheat"),  # why: Mchuzi Mix is maize-flour based
    ("meal", "chapati 2 na ndengu", "wheat", "dairy"),
    ("meal", "chai ya maziwa na sukari + mandazi 🙈", "dairy sugar wheat", ""),
    ("meal", "githeri for lunch, mum's", "corn", ""),  # why: maize and beans
    ("meal", "mukimo and beef stew", "corn", ""),  # why: mukimo has maize kernels mashed in
    ("meal", "pilau at the office, beef, kachumbari", "", ""),
    ("meal", "samaki wa kupaka at the coast with wali wa nazi", "", ""),  # why: coconut sauce and coconut rice
    ("meal", "mahindi choma by the roadside with pilipili and lime", "corn", ""),
    ("meal", "matoke stew, avocado, no chapati", "", ""),
    ("meal", "uji wa wimbi, no sugar", "", "corn"),  # why: uji flours are often blended with maize
    ("meal", "Tusker baridi 2", "", "wheat corn sugar"),
    ("meal", "smokie pasua from the guy kwa kiosk", "", "wheat corn soy sugar"),  # why: processed sausage; sometimes tomato sauce
    ("meal", "nduma na chai bila sukari", "dairy", ""),  # why: Kenyan chai is milky
    ("meal", "KFC streetwise 2 with chips 😭 long day", "wheat", "dairy corn soy"),
    ("label", "Jogoo Maize Meal / Unga wa Mahindi. Ingredients: Sifted Maize Flour, Vitamins and Minerals Premix. Viungo: Unga wa mahindi.", "corn", ""),
    ("label", "Exe Home Baking Flour / Unga wa Ngano. Ingredients: Wheat Flour, Vitamins, Minerals. Viungo: Unga wa ngano.", "wheat", ""),
    ("label", "Brookside Lala Fermented Milk. Ingredients: Pasteurised Whole Milk, Lactic Cultures.", "dairy", ""),
    ("label", "Blue Band Original Spread. Ingredients: Vegetable Oils and Fats (Palm, Palm Kernel, Soybean), Water, Salt, Emulsifiers (Mono- and Diglycerides of Fatty Acids, Soy Lecithin), Preservative (Potassium Sorbate), Whey Powder, Flavour, Colour (Beta Carotene), Vitamins A & D.", "soy dairy", ""),  # why: margarine with whey
    ("label", "Ketepa Pride Tea Bags. Ingredients: 100% Kenyan Black Tea.", "", ""),
    ("label", "Royco Mchuzi Mix Beef. Ingredients: Maize Flour, Salt, Flavour Enhancers (E621, E627, E631), Colour (E150c), Onion Powder, Spices, Beef Flavour, Hydrolysed Vegetable Protein (Soy). Contains Soy.", "corn soy", ""),
    ("label", "Afia Mango Juice Drink. Ingredients: Water, Sugar, Mango Pulp (25%), Citric Acid, Stabiliser (E466), Vitamin C, Flavour.", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Thabo, Johannesburg: South African English with isiZulu words, Shoprite / Pick n Pay
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "pap and wors at the braai, chakalaka on the side 🔥", "corn", "wheat soy sugar"),  # why: boerewors often has rusk or soya; chakalaka often sweetened
    ("meal", "uphuthu with amasi, like gogo used to make", "corn dairy", ""),  # why: crumbly maize porridge with fermented milk
    ("meal", "bunny chow quarter mutton, Durban", "wheat", "dairy"),  # why: curry may be cooked in ghee
    ("meal", "umngqusho (samp and beans) with beef stew", "corn", ""),  # why: samp is stamped maize
    ("meal", "vetkoek with mince, sorry not sorry", "wheat sugar", "corn soy"),
    ("meal", "kota from the spot — quarter loaf, chips, polony, russian, cheese, atchar", "wheat dairy", "sugar corn soy"),
    ("meal", "morning: Jungle Oats with water and a banana", "", "wheat"),  # why: oats may carry wheat
    ("meal", "rooibos no milk no sugar", "", ""),
    ("meal", "mogodu and dombolo", "wheat", "sugar"),  # why: dombolo is steamed wheat bread
    ("meal", "Nik Naks cheese", "corn dairy", "sugar soy"),  # why: maize snack
    ("meal", "grilled hake and sweet potato at Ocean Basket, no sauce", "", ""),
    ("meal", "Stoney ginger beer", "sugar", ""),
    ("meal", "Nando's quarter chicken lemon & herb, spicy rice, coleslaw", "", "sugar corn soy"),  # why: coleslaw dressing usually sweetened, oil-based
    ("meal", "ngidle isitambu nobisi", "corn dairy", ""),  # why: samp with sour milk
    ("label", "Iwisa Super Maize Meal. Ingredients: Degermed Maize Meal, Vitamins and Minerals. Bestanddele: Ontkiemde mieliemeel, vitamiene en minerale.", "corn", ""),
    ("label", "Ouma Rusks Buttermilk. Ingredients: Wheat Flour, Sugar, Vegetable Fat, Buttermilk Powder (4%), Raising Agents, Salt, Emulsifier (Soy Lecithin), Preservative (Calcium Propionate). Allergens: Contains Wheat (Gluten), Milk, Soy.", "wheat sugar dairy soy", "corn"),
    ("label", "Mrs Ball's Original Chutney. Ingredients: Sugar, Water, Spirit Vinegar, Dried Peaches (11%), Dried Apricots (6%), Maize Starch, Salt, Spices, Colourants, Acidity Regulator (Citric Acid).", "sugar corn", ""),
    ("label", "Koo Chakalaka Hot & Spicy. Ingredients: Water, Tomato Paste, Carrots, Green Peppers, Onions, Sugar, Modified Maize Starch, Salt, Chilli, Spices, Vegetable Oil, Garlic.", "sugar corn", "soy"),
    ("label", "Clover Amasi / Maas. Ingredients: Fermented Cows' Milk, Cultures. Bestanddele: Gefermenteerde koeimelk, kulture. Allergens: Milk.", "dairy", ""),
    ("label", "Shoprite Ritebrand Boerewors. Ingredients: Beef (60%), Pork, Pork Fat, Water, Rusk (Wheat Flour, Salt), Spices, Salt, Vinegar, Soya Protein, Preservative (Sodium Metabisulphite). Allergens: Gluten (Wheat), Soy. Allergene: Gluten (Koring), Soja.", "wheat soy", ""),
    ("label", "Jungle Oats. Ingredients: 100% Wholegrain Oats. Allergens: Gluten (Oats). May contain traces of wheat and barley.", "", "wheat"),
    ("label", "Woolworths Lightly Salted Beef Biltong. Ingredients: Beef, Salt, Brown Sugar, Vinegar, Coriander, Black Pepper, Bicarbonate of Soda, Preservative (Potassium Sorbate).", "sugar", ""),
]

# ---------------------------------------------------------------------------
# Annelie, Cape Town: Afrikaans and English, Woolworths SA / Checkers labels
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "ontbyt: twee eiers, spek en tamatie, geen roosterbrood", "", "sugar corn"),  # why: cured bacon often has sugar or dextrose
    ("meal", "beskuit met koffie en melk 🙈 ouma s'n", "wheat sugar dairy", "soy"),
    ("meal", "bobotie met geelrys", "wheat dairy sugar", ""),  # why: milk-soaked bread, chutney/sugar, sweet yellow rice
    ("meal", "snoek op die braai met appelkooskonfyt glaze en roosterkoek", "wheat sugar", "dairy"),
    ("meal", "snoek again but just lemon, salt & olive oil, with a potato salad (homemade, no mayo, olive oil dressing)", "", ""),
    ("meal", "melktert by die kerkbasaar", "dairy wheat sugar corn", ""),  # why: the custard is thickened with Maizena
    ("meal", "koeksister een", "wheat sugar", "dairy"),
    ("meal", "potjiekos met lam en groente", "", "wheat corn"),  # why: often a sachet of soup powder goes in
    ("meal", "rooibos met heuning", "", "sugar"),
    ("meal", "Woolies lamb chops + butternut + green beans", "", ""),  # why: butternut squash
    ("meal", "mieliepap met suiker en melk vir ontbyt, soos vroeër", "corn sugar dairy", ""),
    ("meal", "waterblommetjiebredie", "", ""),
    ("meal", "pampoenkoekies with cinnamon sugar", "wheat sugar", "dairy"),
    ("meal", "koffie met Cremora", "sugar", "dairy corn"),  # why: non-dairy creamer is glucose solids and often caseinate
    ("meal", "botterbone slaai met uie en olyfolie", "", ""),  # why: butter beans, no butter
    ("label", "Woolworths Wholewheat Seed Loaf. Ingredients: Wholewheat Flour (45%), Water, Wheat Flour, Sunflower Seeds (6%), Linseed, Wheat Gluten, Yeast, Sugar, Salt, Soya Flour, Emulsifiers (E471, E481), Preservative (Calcium Propionate). Allergens: Gluten (Wheat), Soya.", "wheat sugar soy", ""),
    ("label", "Koo Apricot Jam / Appelkooskonfyt. Ingredients: Sugar, Apricots (45%), Pectin, Citric Acid. Bestanddele: Suiker, appelkose, pektien, sitroensuur.", "sugar", "corn"),
    ("label", "Ultramel Custard. Ingredients: Milk, Sugar, Cream, Modified Maize Starch, Colourant (Annatto), Flavourant. Bestanddele: Melk, suiker, room, gemodifiseerde mieliestysel. Allergens: Milk.", "dairy sugar corn", ""),
    ("label", "Maizena Cornflour. Ingredients: Maize Starch (100%). Bestanddele: Mieliestysel.", "corn", ""),
    ("label", "Woolworths Unsweetened Almond Milk. Ingredients: Filtered Water, Almonds (2.5%), Calcium Phosphate, Sea Salt, Stabilisers (Gellan Gum, Locust Bean Gum), Sunflower Lecithin. Dairy free. Vegan.", "", ""),
    ("label", "Cremora Original Coffee Creamer. Ingredients: Glucose Syrup Solids, Vegetable Fat (Palm), Sodium Caseinate (Milk Protein), Emulsifier (E471), Stabiliser (E340), Anticaking Agent (E551), Colourant (Beta-carotene). Allergens: Milk. Non-dairy creamer.", "sugar dairy", "corn"),  # why: "non-dairy" creamer with caseinate
]

# ---------------------------------------------------------------------------
# Emma, Melbourne: Aussie slang (brekkie, arvo, bikkie), Woolworths / Coles labels
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "brekkie: smashed avo on sourdough w/ poached eggs and feta", "wheat dairy", ""),
    ("meal", "smashed avo on GF toast, no feta this time 🥑", "", "corn soy sugar"),  # why: GF breads usually have maize starch, sugar, soy flour
    ("meal", "flat white w/ oat", "", "wheat"),  # why: oat milk, oats may carry wheat
    ("meal", "Vegemite on toast with butter, arvo snack", "wheat dairy", "sugar soy corn"),
    ("meal", "sausage sizzle at bunnings 🌭 with onions + tomato sauce", "wheat sugar", "soy corn"),
    ("meal", "meat pie at the footy, didn't eat the pastry just the filling lol", "", "wheat corn soy sugar"),  # why: pie gravy is thickened with flour or starch
    ("meal", "barra + salad + lemon at the pub, asked for no butter", "", ""),
    ("meal", "chicken parma w chips 🙃", "wheat dairy", "sugar corn soy"),
    ("meal", "pavlova at xmas w/ cream and passionfruit", "sugar dairy", "corn wheat"),  # why: pav has cornflour, which in Australia may be maize or wheaten
    ("meal", "tim tam 2 (ok 4)", "wheat sugar dairy soy", ""),
    ("meal", "Weet-Bix with almond milk + banana", "wheat sugar", ""),
    ("meal", "Uncle Tobys rolled oats, water, blueberries, cinnamon", "", "wheat"),
    ("meal", "poke bowl at uni, salmon, edamame, brown rice, no sauce", "soy", ""),  # why: edamame
    ("meal", "Thai takeaway: pad see ew", "soy wheat sugar", ""),
    ("meal", "spag bol with San Remo GF pasta (corn & rice)", "corn", "sugar"),
    ("meal", "kombucha (the no sugar one)", "", ""),
    ("meal", "lamington at the bake sale", "wheat sugar dairy", "corn soy"),
    ("meal", "anzac bikkie 1", "wheat sugar dairy", ""),  # why: flour, golden syrup, butter
    ("meal", "dim sims from the fish n chip shop, steamed, with soy sauce", "wheat soy", "sugar corn"),
    ("meal", "potato cakes and flake", "wheat", "corn soy"),  # why: both battered; flake is shark
    ("meal", "kangaroo steak, sweet potato mash w/ olive oil, broccolini. clean 🙌", "", ""),
    ("meal", "oops — the mash had a knob of butter, housemate made it", "dairy", ""),
    ("meal", "corn-fed chicken breast roasted with a peppercorn crust, butternut and sugar snaps", "", ""),  # why: corn-fed, peppercorn, butternut, sugar snaps are all traps
    ("meal", "steak with peppercorn sauce at the pub", "dairy", ""),  # why: peppercorn sauce is cream-based
    ("meal", "prawn stir fry, bok choy, sugar snaps, coconut aminos + ginger, in coconut oil", "", ""),
    ("label", "Vegemite. Ingredients: Yeast Extract (from Yeast Grown on Barley and Wheat), Salt, Mineral Salt (508), Malt Extract (from Barley), Colour (150c), Flavour, Niacin, Thiamine, Riboflavin, Folate. Contains: Gluten.", "wheat", "corn"),
    ("label", "Arnott's Tim Tam Original. Ingredients: Sugar, Wheat Flour, Vegetable Oil, Milk Solids, Cocoa Mass, Glucose Syrup (from Wheat), Cocoa, Golden Syrup, Salt, Emulsifiers (Soy Lecithin, 476), Flavour, Baking Soda. Contains: Wheat, Milk, Soy. May be present: Peanut, Tree Nuts, Egg, Sesame.", "sugar wheat dairy soy", "corn"),
    ("label", "Sanitarium Weet-Bix. Ingredients: Wholegrain Wheat (97%), Raw Sugar, Salt, Barley Malt Extract, Vitamins (Niacin, Thiamin, Riboflavin, Folate), Mineral (Iron). Contains: Wheat, Barley.", "wheat sugar", ""),
    ("label", "Macro Organic Tamari Wheat Free. Ingredients: Water, Organic Soybeans (18%), Sea Salt, Organic Spirit (Alcohol). Contains: Soy. Gluten Free.", "soy", ""),
    ("label", "Coles Gluten Free White Bread. Ingredients: Water, Tapioca Starch, Maize Starch, Rice Flour, Vegetable Oil (Canola), Egg White Powder, Sugar, Thickeners (464, 412), Yeast, Psyllium Husk, Salt, Soy Flour, Emulsifier (471), Mineral (Calcium Carbonate). Contains: Egg, Soy. Gluten Free.", "corn sugar soy", ""),
    ("label", "Kikkoman Naturally Brewed Soy Sauce. Ingredients: Water, Soybeans, Wheat, Salt. Contains: Soy, Wheat.", "soy wheat", ""),
    ("label", "White Wings Wheaten Cornflour. Ingredients: Wheat Starch. Contains: Gluten (Wheat).", "wheat", ""),  # why: "wheaten cornflour" is wheat, not corn
    ("label", "Coles Cornflour 100% Maize. Ingredients: Maize Starch (100%). Gluten Free.", "corn", ""),
    ("label", "Heinz Big Red Tomato Sauce. Ingredients: Tomatoes (172g per 100g), Sugar, Vinegar, Salt, Thickener (1422), Onion, Spices.", "sugar", "wheat corn"),
    ("label", "Bega Tasty Cheese Slices. Ingredients: Cheese (Milk, Salt, Cultures, Enzyme), Water, Emulsifying Salts (331, 339), Milk Solids, Salt, Natural Colours (160b, 160c). Contains: Milk.", "dairy", ""),
    ("label", "Oatly Oat Milk Barista Edition. Ingredients: Oat Base (Water, Oats 10%), Rapeseed Oil, Acidity Regulator (Dipotassium Phosphate), Minerals (Calcium Carbonate, Tricalcium Phosphate, Sodium Chloride). Contains: Gluten (Oats). May be present: Wheat.", "", "wheat"),
    ("label", "Woolworths Thin Beef Sausages Gluten Free. Ingredients: Beef (75%), Water, Rice Flour, Salt, Thickener (1401), Dextrose (Maize), Spices, Mineral Salts (450, 451), Preservative (223), Antioxidant (316), Natural Colour (120).", "sugar corn", ""),
    ("label", "Coles Dark Chocolate 70% Cocoa. Ingredients: Cocoa Mass, Sugar, Cocoa Butter, Emulsifier (Soy Lecithin), Natural Flavour (Vanilla). Contains: Soy. May be present: Milk, Tree Nuts.", "sugar soy", "dairy"),
]

# ---------------------------------------------------------------------------
# Aroha, Auckland: NZ English with te reo words (kai, whānau), Countdown labels
# ---------------------------------------------------------------------------
BLIND16_CASES += [
    ("meal", "kai for breakfast: eggs on Vogel's toast", "wheat", "soy sugar dairy"),  # why: mixed-grain bread; butter likely
    ("meal", "hāngī at the marae 🔥 pork, chicken, kūmara, pumpkin and the stuffing", "wheat", "dairy sugar"),  # why: stuffing is bread-based; kūmara is a sweet potato
    ("meal", "hāngī again, skipped the stuffing this time, just meat and kūmara", "", ""),
    ("meal", "fish n chips on the beach, battered snapper", "wheat", "corn soy"),
    ("meal", "grilled tarakihi + salad, swapped chips for kūmara wedges", "", "corn soy"),  # why: wedges may be fried in unknown oil
    ("meal", "pāua fritter", "wheat", "dairy"),
    ("meal", "rēwena bread with butter from my nan", "wheat dairy sugar", ""),  # why: the potato starter is fed with sugar
    ("meal", "boil up (pork bones, watercress, potatoes, doughboys)", "wheat", ""),  # why: doughboys are flour dumplings
    ("meal", "hokey pokey ice cream cone 🍦 summer", "dairy sugar wheat", "corn"),
    ("meal", "L&P", "sugar", ""),
    ("meal", "mince and cheese pie from the dairy", "wheat dairy", "sugar corn soy"),  # why: "the dairy" is the corner shop, but the pie has cheese
    ("meal", "got a flat white from the dairy — wait, no, the dairy doesn't do coffee, it was a long black from the cafe next door", "", ""),  # why: correction to black coffee
    ("meal", "Afghan biscuit", "wheat sugar dairy corn", ""),  # why: Afghans are made with cornflakes
    ("meal", "pineapple lumps lol", "sugar", "dairy corn soy"),
    ("meal", "crayfish on the BBQ with garlic butter", "dairy", ""),
    ("meal", "feijoas straight off the tree", "", ""),
    ("meal", "Whittaker's 72% dark ghana, 2 squares", "sugar", "soy dairy"),
    ("meal", "sweetcorn fritters for lunch", "corn wheat", "dairy"),
    ("meal", "kūmara chips and tomato sauce", "sugar", "corn soy"),
    ("meal", "mussels steamed in white wine and garlic, no bread", "", ""),
    ("meal", "whānau bbq: lamb chops, salad, corn on the cob (I skipped the corn), potato salad", "", "sugar soy corn"),  # why: skipped the corn; potato salad mayo may be sweetened, oil-based
    ("label", "Sanitarium Marmite. Ingredients: Yeast Extract, Sugar, Salt, Mineral Salt (508), Colour (150c), Vegetable Extract, Vitamins (Niacin, Thiamin, Riboflavin, Folate, B12). Contains: Gluten (Barley, Wheat).", "sugar wheat", "corn"),
    ("label", "Countdown Hokey Pokey Ice Cream 2L. Ingredients: Reconstituted Milk, Cream, Sugar, Hokey Pokey Pieces (6%) (Sugar, Glucose Syrup, Raising Agent (500)), Glucose Syrup, Milk Solids, Emulsifier (471), Stabilisers (412, 407, 410). Contains: Milk.", "dairy sugar", "corn"),
    ("label", "Pascall Pineapple Lumps. Ingredients: Sugar, Glucose Syrup (Wheat), Milk Chocolate Coating (Sugar, Cocoa Butter, Milk Solids, Cocoa Mass, Emulsifiers (Soy Lecithin, 476)), Pineapple Flavoured Centre (Sugar, Glucose Syrup, Gelatine, Flavour, Colour (102)). Contains: Milk, Soy, Wheat.", "sugar wheat dairy soy", ""),
    ("label", "Anchor Blue Top Milk. Ingredients: Fresh Milk.", "dairy", ""),
    ("label", "Edmonds Self Raising Flour. Ingredients: Wheat Flour, Raising Agents (450, 500). Contains: Gluten (Wheat).", "wheat", ""),
    ("label", "Countdown Frozen Sweetcorn Kernels. Ingredients: Sweetcorn (100%). Product of New Zealand.", "corn", ""),
    ("label", "Ceres Organics Coconut Aminos. Ingredients: Organic Coconut Sap, Sea Salt. Soy Free. Gluten Free.", "", ""),
    ("label", "Wattie's Tomato Sauce. Ingredients: Tomatoes (Tomato Paste), Sugar, Vinegar, Salt, Thickener (Maize Starch), Onion, Spices. Gluten Free.", "sugar corn", ""),
    ("label", "Lewis Road Creamery Chocolate Milk. Ingredients: Whole Milk (88%), Cream, Sugar, Whittaker's Chocolate (Sugar, Cocoa Mass, Cocoa Butter, Milk Solids, Soy Lecithin, Vanilla). Contains: Milk, Soy.", "dairy sugar soy", ""),
    ("label", "Countdown Free From Gluten Rice Crackers Original. Ingredients: Rice Flour, Potato Starch, Sunflower Oil, Sugar, Salt, Cocoa Butter, Emulsifier (Sunflower Lecithin). Gluten Free. Dairy Free.", "sugar", ""),  # why: cocoa butter is not dairy
]
