# ruff: noqa: E501
"""Blind labelled set 28: a worldwide mix of home cooks, street-food eaters and market shoppers (South/Southeast/East Asia, Middle East, Africa, Latin America, Eastern Europe, Nordics) typing in English, their own script or mixed, plus pasted local packaged-food labels."""

BLIND28_CASES: list[tuple[str, str, str, str]] = []

# --- South Asia: home cooks and street food (India, Pakistan, Bangladesh, Sri Lanka, Nepal) ---
BLIND28_CASES += [
    ("meal", "2 roti with aloo sabzi and dahi", "wheat dairy", ""),
    ("meal", "breakfast idli sambar coconut chutney, no ghee on top today", "", "wheat"),  # why: sambar usually has hing, and compounded asafoetida is cut with wheat flour; ghee refused
    ("meal", "masala dosa from the stall near station + filter coffee", "dairy", "sugar"),  # why: south Indian filter coffee is made with milk and usually sweetened; dosa batter is rice+urad
    ("meal", "aaj lunch me rajma chawal tha, thoda sa achaar", "", ""),
    ("meal", "butter naan n paneer tikka masala from the dhaba 😋", "wheat dairy", "sugar"),  # why: restaurant gravies and naan dough often get sugar
    ("meal", "plain naan with dal tadka", "wheat", "dairy sugar"),  # why: naan dough usually has yogurt or milk and often sugar; tadka may be ghee
    ("meal", "chai x3 today 🙈 with sugar ofc", "dairy sugar", ""),
    ("meal", "2 cups chai, one with jaggery instead of sugar", "dairy sugar", ""),  # why: jaggery is still concentrated cane sugar
    ("meal", "black tea no milk no sugar and 2 marie biscuits", "wheat sugar", "dairy corn soy"),  # why: Marie biscuits are wheat flour and sugar; many list milk solids, invert syrup from corn, and vegetable oil
    ("meal", "poha with peanuts and sev on top, lemon squeezed", "", "wheat"),  # why: sev is gram flour but street sev often has hing/wheat; poha itself is flattened rice
    ("meal", "pani puri 6 plates lol ok 2 plates", "wheat", "sugar"),  # why: puri shells are semolina/maida; sweet chutney has jaggery or sugar
    ("meal", "chicken biryani from Paradise + raita", "dairy", ""),  # why: raita is yogurt; biryani adds ghee but that is dairy anyway
    ("meal", "veg biryani at home, I made it with oil not ghee and no yogurt marinade, salan on side", "", ""),
    ("meal", "गाजर का हलवा खाया, दादी ने बनाया था घी और खोया वाला", "dairy sugar", ""),
    ("meal", "नाश्ते में आलू पराठा मक्खन के साथ और एक गिलास लस्सी", "wheat dairy", "sugar"),  # why: lassi may be sweet or salted
    ("meal", "makki di roti te sarson da saag, upar makhan", "corn dairy", "wheat"),  # why: makki roti is maize flour but is often bound with some atta
    ("meal", "jalebi and rabri at the mela 🎉", "wheat dairy sugar", ""),
    ("meal", "gulab jamun 2 pcs after dinner", "wheat dairy sugar", ""),
    ("meal", "sambar rice and curd rice, pappadam", "dairy", "wheat"),  # why: hing in sambar; pappadam is urad flour
    ("meal", "vada pav + fried green chilli", "wheat", "sugar"),  # why: pav is wheat bread, often sweetened; besan vada has no group
    ("meal", "pav bhaji with extra butter, the amul one", "wheat dairy", "sugar"),
    ("meal", "egg bhurji with 2 slices of bread, toasted dry", "wheat", "sugar"),  # why: packaged Indian sandwich bread almost always has sugar
    ("meal", "kheer for Eid, made with coconut milk this time instead of milk, still added sugar", "sugar", ""),  # why: coconut milk is not dairy
    ("meal", "sheer khurma at aunty's place", "wheat dairy sugar", ""),  # why: vermicelli (seviyan) is wheat; milk, ghee, sugar
    ("meal", "nihari with 2 khameeri roti", "wheat", "dairy sugar"),  # why: khameeri roti often has milk/yogurt and sugar; nihari gravy thickened with atta as well
    ("meal", "halwa puri chanay sunday breakfast lahore style", "wheat sugar", "dairy"),  # why: suji halwa uses ghee, usually desi ghee but sometimes vanaspati
    ("meal", "dal bhat tarkari, nepali thali, no ghee they used mustard oil", "", ""),
    ("meal", "momo 10 pcs buff with achar", "wheat", "soy"),  # why: momo wrappers are maida; some fillings get soy sauce
    ("meal", "kottu roti from the kade, chicken", "wheat", "soy sugar"),  # why: godamba roti is wheat; kottu often gets soy sauce and ketchup
    ("meal", "string hoppers, pol sambol and kiri hodi", "", ""),  # why: rice flour, coconut; kiri hodi is coconut milk gravy
    ("meal", "rasgulla 3 and mishti doi", "dairy sugar", ""),
    ("meal", "upma (rava) with coconut chutney", "wheat", "dairy"),  # why: rava/suji is wheat semolina; some cooks finish with ghee
    ("meal", "pongal (ven pongal) with lots of ghee and cashew", "dairy", ""),
    ("meal", "bhel puri, no sev pls, extra onion", "", "wheat sugar"),  # why: puffed rice; papdi are wheat and tamarind-date chutney has jaggery
    ("meal", "samosa 2 with imli chutney", "wheat sugar", ""),
    ("meal", "dhokla from the farsan shop", "sugar", ""),  # why: khaman dhokla tempering water has sugar
    ("meal", "thepla with chhundo for the train", "wheat sugar", "dairy"),  # why: chhundo is mango preserve in sugar; thepla dough sometimes has yogurt
    ("meal", "chole bhature, bhature made with maida + curd", "wheat dairy", ""),
    ("meal", "tandoori chicken and green salad. skipped naan", "dairy", ""),  # why: tandoori marinade is yogurt; naan skipped
    ("meal", "paneer bhurji with bajra roti", "dairy", ""),
    ("meal", "sabudana khichdi for vrat", "", "dairy sugar"),  # why: often cooked in ghee with a pinch of sugar
    ("meal", "only fruits today - papaya banana guava 🍌", "", ""),
    ("meal", "maggi 2 packets masala", "wheat", "sugar corn soy"),  # why: Maggi noodles are wheat; tastemaker contains sugar, starch, hydrolysed protein
    ("meal", "cold coffee from cafe coffee day", "dairy sugar", ""),
    ("meal", "mango lassi no sugar, mango was sweet enough", "dairy", ""),
    ("meal", "falooda at the juhu stall", "dairy sugar", "wheat corn"),  # why: rose syrup, ice cream, milk; falooda sev may be cornflour or wheat
    ("meal", "hyderabadi haleem iftar", "wheat", "dairy"),  # why: haleem is wheat with meat; often finished with ghee
    ("meal", "pakoras for iftar + rooh afza milk", "dairy sugar", ""),  # why: besan pakora no group; rooh afza milk is milk and syrup
    ("meal", "aloo tikki chaat with dahi and saunth", "dairy sugar", ""),
    ("meal", "modak for ganpati, ukadiche (rice flour, coconut, gul)", "sugar", "dairy"),  # why: gul is jaggery; steamed modak often gets ghee
    ("meal", "soan papdi from the diwali box", "wheat dairy sugar", ""),
    ("meal", "appam with stew", "", "sugar"),  # why: appam batter usually gets sugar; stew is coconut milk
    ("meal", "kerala parotta 2 and beef fry", "wheat", "dairy"),  # why: maida layers; some cooks brush with ghee, most use oil
    ("meal", "bun maska and irani chai at the cafe", "wheat dairy sugar", ""),
]

# --- South Asia: pasted packaged labels ---
BLIND28_CASES += [
    ("label", "PARLE-G Original Gluco Biscuits\nIngredients: Wheat Flour (Atta) (68%), Sugar, Edible Vegetable Oil (Palm), Invert Sugar Syrup, Leavening Agents [503(ii), 500(ii)], Milk Solids, Iodised Salt, Emulsifiers [322(i), 471], Dough Conditioner (223).\nContains Wheat, Milk. May contain traces of Soy.", "wheat dairy sugar", "soy"),  # why: 322(i) is lecithin of unnamed source; plus trace warning
    ("label", "Britannia Good Day Cashew Cookies\nINGREDIENTS: Refined Wheat Flour (Maida), Sugar, Edible Vegetable Oil (Palm), Cashew Nuts (5.4%), Butter (2.5%), Invert Sugar Syrup, Milk Solids, Raising Agents, Salt, Emulsifiers (Soya Lecithin), Artificial Flavour (Butter).\nALLERGEN ADVICE: Contains Wheat, Milk, Soy & Cashew.", "wheat dairy soy sugar", ""),
    ("label", "MAGGI 2-Minute Noodles Masala\nNoodles: Refined Wheat Flour (Maida), Palm Oil, Iodised Salt, Wheat Gluten, Thickeners (508 & 412), Acidity Regulators (501(i) & 500(i)) and Humectant (451(i)).\nMasala TASTEMAKER: Mixed Spices (27.1%), Noodle Powder (Refined Wheat Flour, Palm Oil...), Hydrolysed Groundnut Protein, Sugar, Starch, Iodised Salt, Palm Oil, Onion Powder, Garlic Powder, Flavour Enhancer (635), Thickener (508), Acidity Regulator (330), Wheat Gluten, Colour (150d)\nContains Wheat. May contain Milk, Mustard, Oats and Soy.", "wheat sugar", "corn dairy soy"),  # why: starch, 330 citric acid, 150d caramel colour are possible corn; may-contain milk and soy
    ("label", "Amul Pure Ghee 1 L\nIngredients: Milk Fat.\nStore in cool dry place.", "dairy", ""),
    ("label", "Haldiram's Aloo Bhujia\nIngredients: Potato (38%), Edible Vegetable Oil (Cottonseed, Corn & Palmolein Oil), Gram Pulse Flour, Moth Bean Flour, Iodised Salt, Spices & Condiments, Citric Acid, Black Salt.", "corn", ""),  # why: corn oil is named; citric acid hedge already covered by definite corn
    ("label", "MTR Ready to Eat Paneer Butter Masala\nIngredients: Water, Paneer (18%), Tomato, Butter (6%), Onion, Cream, Cashew, Refined Sunflower Oil, Salt, Sugar, Spices, Ginger, Garlic, Kasuri Methi.\nContains Milk and Cashew.", "dairy sugar", ""),
    ("label", "Patanjali Atta Noodles\nIngredients: Whole Wheat Flour (Atta) 65%, Refined Wheat Flour, Palm Oil, Salt, Guar Gum.\nTastemaker: Spices, Salt, Sugar, Dehydrated vegetables, Corn Starch, Hydrolysed Vegetable Protein (Soy), Flavour Enhancers.", "wheat sugar corn soy", ""),
    ("label", "Bikano Soan Papdi\nIngredients: Sugar, Refined Wheat Flour (Maida), Gram Flour (Besan), Ghee (Milk Fat), Vanaspati, Cardamom, Pistachio.\nContains: Wheat, Milk, Nuts.", "wheat dairy sugar", ""),
    ("label", "Kissan Fresh Tomato Ketchup\nIngredients: Tomato Paste (28%), Sugar, Water, Iodised Salt, Acidity Regulator (260), Preservative (211), Spices & Condiments, Onion Powder, Garlic Powder, Thickener (1422).\nNo onion no garlic variant available.", "sugar", "wheat corn"),  # why: 1422 is modified starch of unnamed source
    ("label", "Mother Dairy Mishti Doi 85g\nIngredients: Toned Milk, Sugar, Milk Solids, Active cultures.", "dairy sugar", ""),
    ("label", "Everest Compounded Hing Powder\nIngredients: Edible Starch (Wheat Flour), Edible Gum (Gum Arabic), Asafoetida (Hing) 20%.", "wheat", ""),
    ("label", "LG Bandhani Hing - 100% pure asafoetida lumps, gluten free (rice flour base)\nIngredients: Asafoetida, Rice Flour, Gum Arabic.", "", ""),
    ("label", "Paper Boat Aamras\nIngredients: Water, Alphonso Mango Pulp (30%), Sugar, Acidity Regulator (330), Antioxidant (300).\nNo added preservatives!", "sugar", "corn"),  # why: 330 citric acid
    ("label", "Sunfeast Dark Fantasy Choco Fills\nINGREDIENTS: Refined wheat flour (Maida), Choco filling (34%) [Sugar, Refined palm oil, Cocoa solids, Milk solids, Emulsifier (Soya lecithin)], Sugar, Refined palm oil, Invert syrup, Liquid glucose, Cocoa solids (3.5%), Leavening agents, Salt, Emulsifiers (471, 322).\nCONTAINS WHEAT, MILK, SOY", "wheat dairy soy sugar", "corn"),  # why: liquid glucose is usually corn-derived in India
    ("label", "Lijjat Papad - Punjabi Masala\nIngredients: Urad Dal Flour, Edible Common Salt, Black Pepper, Papad Khar, Asafoetida, Edible Oil.", "", "wheat"),  # why: asafoetida in papad is compounded hing, usually with wheat flour
    ("label", "Nestle Everyday Dairy Whitener\nIngredients: Milk Solids, Sugar.\n*Not recommended for infants.", "dairy sugar", ""),
    ("label", "Haldiram's Rasgulla tin 1kg\nIngredients: Sugar, Water, Chhena (Milk solids) 35%, Refined wheat flour (Maida), Permitted class II preservatives.", "wheat dairy sugar", ""),
    ("label", "Amul Masti Spiced Buttermilk 200ml\nIngredients: Water, Milk solids, Common salt, Green chilli, Ginger, Curry leaves, Coriander leaves, Asafoetida, Cumin, Stabiliser (INS 412).", "dairy", "wheat"),  # why: asafoetida
    ("label", "Shan Biryani Masala\nIngredients: Salt, Red Chilli, Coriander, Cumin, Garlic, Ginger, Dried Plum, Black Pepper, Bay leaves, Citric acid, Nutmeg, Mace.", "", "corn"),  # why: citric acid
    ("label", "National Foods Ketchup (Pakistan)\nIngredients: Water, Sugar, Tomato Paste, Vinegar, Modified Corn Starch, Salt, Stabiliser (Xanthan Gum), Onion, Garlic, Spices.", "sugar corn", ""),
    ("label", "Ahmed Mango Pickle\nIngredients: Raw Mango, Edible Oil (Canola), Salt, Red Chilli, Fenugreek, Nigella, Turmeric, Acetic Acid.", "", ""),
    ("label", "Maliban Chocolate Puff (Sri Lanka)\nIngredients: Wheat Flour, Sugar, Vegetable Fat (Palm), Cocoa Powder, Glucose Syrup, Milk Powder, Salt, Emulsifier (Soy Lecithin), Raising Agents, Flavours.\nContains: Gluten, Milk, Soy", "wheat dairy soy sugar", "corn"),
    ("label", "Wai Wai Instant Noodles Chicken Flavour (Nepal)\nNoodles: Wheat Flour, Palm Oil, Salt, Sugar, Soya Sauce Powder.\nSeasoning: Salt, Spices, Chicken Powder, Flavour Enhancer (E621), Chilli oil.\nIngredients contain wheat and soy.", "wheat sugar soy", ""),
    ("label", "Bru Instant Coffee\nIngredients: Coffee (70%), Chicory (30%).", "", ""),
    ("label", "Aashirvaad Select Sharbati Atta 5kg\n100% Whole Wheat Atta. Zero Maida.", "wheat", ""),
    ("label", "Nutrela Soya Chunks\nIngredients: Defatted Soy Flour. High Protein 52g/100g.", "soy", ""),
]

# --- Southeast Asia: street food, hawker centres, family meals (TH, VN, ID, MY, SG, PH) ---
BLIND28_CASES += [
    ("meal", "pad thai gai from the cart, extra lime, no tofu", "sugar", "soy"),  # why: palm sugar in the sauce; tofu refused but the sauce can carry soy/seasoning sauce
    ("meal", "ผัดกะเพราหมูสับไข่ดาว ข้าวสวย", "sugar soy wheat", ""),  # why: pad krapow uses oyster sauce, soy sauce and sugar
    ("meal", "som tam thai + sticky rice + gai yang", "sugar", "soy"),  # why: palm sugar in som tam; gai yang marinade often has soy sauce
    ("meal", "mango sticky rice 🥭 coconut cream on top", "sugar", ""),  # why: coconut cream is not dairy; rice sweetened with sugar
    ("meal", "cha yen thai iced tea large", "dairy sugar", ""),
    ("meal", "tom yum goong nam sai (clear), rice", "", "sugar"),  # why: clear tom yum usually gets a little sugar; creamy version would use evaporated milk
    ("meal", "khao man gai w/ the dark sauce", "soy wheat sugar", ""),  # why: the sauce is taochiew (fermented soybean), soy sauce, sugar
    ("meal", "jok moo with egg, youtiao on the side", "wheat", "soy"),  # why: patongko is wheat; jok often seasoned with soy/seasoning sauce
    ("meal", "phở bò tái, thêm tương đen với tương ớt", "sugar soy", "wheat corn"),  # why: hoisin (tương đen) is soy + sugar, may have wheat; sriracha-style sauce has sugar
    ("meal", "pho ga, plain broth, no hoisin no sriracha", "", "sugar"),  # why: pho broth is often seasoned with rock sugar
    ("meal", "bánh mì thịt nguội từ xe đẩy", "wheat", "soy sugar dairy"),  # why: baguette; mayo (soy oil), do chua pickles (sugar), Maggi seasoning, pâté sometimes with butter
    ("meal", "bun cha hanoi style", "sugar", ""),  # why: nuoc cham dipping sauce and grilled pork marinade are sugared; rice vermicelli
    ("meal", "cà phê sữa đá ☕", "dairy sugar", ""),  # why: sweetened condensed milk
    ("meal", "ca phe den khong duong, black no sugar", "", ""),
    ("meal", "gỏi cuốn 4 cuốn chấm tương đậu phộng", "soy sugar", "wheat"),  # why: the peanut dip is hoisin-based
    ("meal", "nasi goreng kampung with telur ceplok & kerupuk", "soy sugar", "wheat"),  # why: kecap manis; kerupuk udang often contains tapioca, some wheat
    ("meal", "nasi uduk + ayam goreng + sambal, no kerupuk", "", "sugar"),  # why: sambal often has gula merah
    ("meal", "sate ayam 10 tusuk bumbu kacang", "soy sugar", "wheat"),  # why: peanut sauce with kecap manis and gula jawa
    ("meal", "gado-gado lontong, sama tahu tempe", "soy sugar", "wheat"),  # why: tofu and tempeh are soy; peanut dressing has palm sugar and kecap
    ("meal", "mie ayam bakso pinggir jalan", "wheat soy", "sugar corn"),  # why: wheat noodles, soy sauce topping; bakso uses tapioca, sometimes corn starch
    ("meal", "indomie goreng 2 bungkus pake telor, begadang 😴", "wheat soy sugar", "corn"),
    ("meal", "bubur ayam jakarta, pakai cakwe dan kecap asin", "wheat soy", ""),  # why: cakwe is fried wheat dough; kecap asin is salty soy sauce
    ("meal", "martabak manis coklat keju kacang 🤤", "wheat dairy sugar", ""),  # why: wheat batter, margarine/butter, condensed milk, cheese
    ("meal", "es teh manis sama pisang goreng", "sugar wheat", ""),  # why: pisang goreng batter is tepung terigu
    ("meal", "rendang with nasi putih for lebaran, + ketupat", "", ""),
    ("meal", "nasi lemak bungkus from the auntie", "sugar", ""),  # why: sambal in nasi lemak is cooked with sugar
    ("meal", "roti canai kosong 2 + teh tarik kurang manis", "wheat dairy sugar", ""),  # why: teh tarik uses condensed milk; 'less sweet' still sweet
    ("meal", "char kway teow at hawker centre, with cockles", "soy wheat sugar", ""),  # why: dark and light soy sauce, sweet sauce
    ("meal", "chicken rice SG style chili and dark soy", "soy wheat", "sugar"),
    ("meal", "kaya toast set w soft boiled eggs and kopi o", "wheat sugar", "dairy"),  # why: kopi O is black coffee with sugar; kaya is coconut and sugar; butter slab often added
    ("meal", "kopi c kosong", "dairy", ""),  # why: kopi C is evaporated milk; kosong means no sugar
    ("meal", "adobong manok with rice, lola's recipe", "soy wheat", "sugar"),  # why: Filipino soy sauce is brewed with wheat
    ("meal", "sinigang na baboy + rice, sinigang mix packet", "", "sugar corn"),  # why: the mix packet has sugar and flavour carriers
    ("meal", "pancit canton for lola's birthday 🎂 long life", "wheat soy", "sugar"),
    ("meal", "halo-halo with leche flan and ube ice cream", "dairy sugar", ""),
    ("meal", "taho from the manong in the morning", "soy sugar", ""),  # why: silken tofu with arnibal syrup
    ("meal", "pandesal 4 pcs with kesong puti", "wheat dairy sugar", ""),  # why: pandesal dough is sweetened
    ("meal", "lechon for fiesta, with mang tomas", "sugar", "wheat"),  # why: Mang Tomas sauce has sugar and breadcrumbs
    ("meal", "balut 2 and a beer", "", "wheat corn"),  # why: beer is barley malt (often alongside wheat) and PH lagers commonly use maize grits as adjunct
    ("meal", "turon from the vendor", "wheat sugar", ""),  # why: lumpia wrapper is wheat; caramelised brown sugar
    ("meal", "nothing but ketupat & coconut water, fasting", "", ""),
]

# --- Southeast Asia: pasted packaged labels ---
BLIND28_CASES += [
    ("label", "Indomie Mi Goreng Rasa Original\nKomposisi: Mi: tepung terigu, minyak nabati (minyak sawit, antioksidan TBHQ), pati tapioka, garam, pengatur keasaman, pengental, pewarna tartrazin.\nBumbu: gula, garam, penguat rasa, bawang putih, lada, perisa ayam. Kecap manis: gula, air, garam, kedelai, gandum. Saus cabai. Minyak bumbu. Bawang goreng.\nMengandung gandum dan kedelai.", "wheat sugar soy", ""),
    ("label", "Kecap Manis Bango 220ml\nKomposisi: Gula kelapa, air, kedelai hitam (min 18%), garam.\nTanpa pengawet.", "soy sugar", ""),  # why: this kecap lists no wheat
    ("label", "ABC Kecap Manis\nIngredients: Sugar, water, salt, soybeans, wheat, flavour enhancer (E621), preservative (E211).", "sugar soy wheat", ""),
    ("label", "MAMA Instant Noodles Tom Yum Shrimp Flavour (Creamy)\nNoodles: Wheat flour 72%, palm oil, tapioca starch, salt, sugar.\nSeasoning: salt, sugar, flavour enhancer, chili powder, creamy powder (milk powder, vegetable fat), lemongrass, kaffir lime.\nContains wheat, milk, shrimp. May contain soy, egg.", "wheat sugar dairy", "soy"),
    ("label", "บะหมี่กึ่งสำเร็จรูป ไวไว รสหมูสับ\nส่วนประกอบ: แป้งสาลี 67%, น้ำมันปาล์ม, เกลือ, น้ำตาล, ซีอิ๊วขาว (ถั่วเหลือง, แป้งสาลี), ผงปรุงรส\nมีแป้งสาลีและถั่วเหลือง", "wheat sugar soy", ""),
    ("label", "Healthy Boy Brand Thin Soy Sauce Formula 1\nIngredients: Soybean 39%, Water, Salt, Wheat Flour 6%, Sugar.", "soy wheat sugar", ""),
    ("label", "Squid Brand Fish Sauce\nIngredients: Anchovy fish 70%, salt, sugar.", "sugar", ""),
    ("label", "Tiparos fish sauce 700ml\nIngredients: Anchovy extract, salt, fructose, hydrolyzed vegetable protein.", "sugar", "wheat soy"),
    ("label", "Mae Ploy Sweet Chilli Sauce\nIngredients: Sugar, Water, Red Chilli, Garlic, Salt, Vinegar, Modified Tapioca Starch (E1422), Xanthan Gum.", "sugar", "corn"),  # why: tapioca starch named; xanthan gum possible corn
    ("label", "Lee Kum Kee Premium Oyster Sauce\nIngredients: Oyster Extractives (Oyster, Water, Salt), Sugar, Water, Salt, Modified Corn Starch, Wheat Flour, Colour (E150a).\nContains: Mollusc, Wheat.", "sugar corn wheat", ""),
    ("label", "Oishi Prawn Crackers Spicy (PH)\nIngredients: Wheat flour, vegetable oil (palm olein), tapioca starch, sugar, prawn (6%), salt, chili, flavour enhancers (621, 627, 631), cornstarch.\nAllergens: wheat, crustacean. Manufactured in a facility that also processes soy and milk.", "wheat sugar corn", "soy dairy"),
    ("label", "Skyflakes Crackers\nIngredients: Wheat Flour, Vegetable Shortening (Palm Oil), Sugar, Salt, Malt Extract, Leavening Agents, Yeast, Emulsifier (Soy Lecithin).\nContains Wheat and Soy.", "wheat sugar soy", ""),
    ("label", "Magnolia Chocolait (PH)\nIngredients: Water, Skimmed milk powder, Sugar, Cocoa powder, Vegetable oil, Stabilizers (Carrageenan), Salt.", "dairy sugar", "corn soy"),  # why: unspecified vegetable oil
    ("label", "Milo 3in1 Activ-Go sachet\nIngredients: Sugar, Malt extract (barley), milk powder, vegetable fat (palm), cocoa, glucose syrup, minerals.\nContains barley, milk, may contain soy and wheat.", "sugar dairy", "wheat corn soy"),
    ("label", "Vinamilk Sữa chua ăn có đường\nThành phần: Sữa bò tươi, đường tinh luyện, sữa bột, men Streptococcus thermophilus và Lactobacillus bulgaricus.", "dairy sugar", ""),
    ("label", "Mì Hảo Hảo tôm chua cay\nMì: bột mì, dầu thực vật (dầu cọ), tinh bột khoai mì, muối, đường, nước mắm.\nGói súp: muối, đường, chất điều vị, tôm, ớt, bột tỏi. Có chứa lúa mì, tôm. Có thể chứa đậu nành.", "wheat sugar", "soy"),
    ("label", "Đậu hũ non Vissan - silken tofu\nThành phần: Đậu nành (70%), nước, chất làm đông (glucono delta lactone).", "soy", "corn"),  # why: GDL is made from glucose, typically corn
    ("label", "Chin-su tương ớt\nThành phần: nước, ớt (22%), đường, muối, tỏi, tinh bột biến tính (1422), chất điều vị, acid citric.", "sugar", "wheat corn"),
    ("label", "Nissin Cup Noodles Seafood (Singapore)\nIngredients: Noodles (wheat flour, palm oil, salt, soy sauce, stabiliser), Seasoning (salt, sugar, lactose, hydrolysed soy protein, seafood extract, corn starch), dried cabbage, fish cake (wheat), shrimp.", "wheat soy sugar dairy corn", ""),  # why: lactose is dairy and a sugar listed in the seasoning
    ("label", "Yeo's Soya Bean Drink Less Sugar\nIngredients: Water, Soya Beans (8%), Cane Sugar.", "soy sugar", ""),
    ("label", "Marigold HL Milk 1L\nIngredients: Fresh milk. High calcium low fat.", "dairy", ""),
    ("label", "Tiger Balm -- no wait wrong photo. Gardenia Classic White Bread\nIngredients: wheat flour, water, sugar, yeast, vegetable fat, salt, soy flour, emulsifiers (E471, E481), flour treatment agent (E300), calcium propionate.\nContains: wheat, soy.", "wheat sugar soy", "corn"),  # why: 'vegetable fat' unspecified
    ("label", "Julie's Peanut Butter Sandwich (MY)\nIngredients: Wheat flour, peanut butter filling (sugar, peanut, palm oil, dextrose, salt), vegetable oil (palm), invert syrup, salt, leavening agent, emulsifier (soy lecithin).\nContains wheat, peanut, soy.", "wheat sugar soy", "corn"),  # why: peanut butter is not dairy; dextrose possible corn
    ("label", "Ayam Brand Coconut Milk 400ml\nIngredients: Coconut Extract 60%, Water.\nDairy free, vegan.", "", ""),
    ("label", "Kara Coconut Cream UHT\nIngredients: Coconut Extract, Water, Emulsifier (E435), Stabiliser (E466).", "", ""),
    ("label", "Tempe Murni 'Bu Sri' - tempe kedelai segar\nBahan: kedelai, ragi tempe.\nProduk rumahan.", "soy", ""),
    ("label", "Tao Kae Noi Crispy Seaweed Original\nIngredients: Seaweed 80%, Palm oil, Seasoning (Sugar, Salt, Soy sauce (soybean, wheat), Flavour enhancer).\nContains soy and wheat.", "sugar soy wheat", ""),
    ("label", "Pocky Chocolate (Thailand)\nIngredients: Wheat flour, sugar, vegetable shortening, cocoa mass, whole milk powder, shortening, lactose, cocoa butter, malt extract, salt, emulsifier (soy lecithin), yeast, raising agent.\nContains wheat, milk, soy.", "wheat sugar dairy soy", "corn"),  # why: cocoa butter is not dairy; vegetable shortening unspecified
    ("label", "Nata de coco in syrup (Inaco)\nIngredients: Nata de coco, water, sugar, citric acid, potassium sorbate.", "sugar", "corn"),
]

# --- East Asia: China, Taiwan, Hong Kong, Japan, Korea ---
BLIND28_CASES += [
    ("meal", "早饭:豆浆一杯+油条两根", "soy wheat", "sugar"),  # why: street doujiang is often sweetened
    ("meal", "午饭吃了西红柿炒鸡蛋和米饭,妈妈做的", "", "sugar"),  # why: Chinese home-style tomato egg usually gets a spoon of sugar
    ("meal", "jiaozi 20 pork & cabbage, dipped in black vinegar only", "wheat", ""),  # why: Chinese black vinegar is grain-based (often sorghum/wheat bran) but the wrappers already make wheat definite
    ("meal", "麻婆豆腐 盖饭", "soy", "wheat sugar"),  # why: tofu; doubanjiang usually has wheat flour
    ("meal", "hot pot w/ mala broth, lots of tofu skin and enoki, sesame oil dip", "soy", "wheat sugar"),  # why: broth base has fermented bean paste and rock sugar
    ("meal", "xiaolongbao 1 basket din tai fung", "wheat", "soy sugar"),
    ("meal", "煎饼果子一套 加薄脆", "wheat soy sugar", ""),  # why: batter is mung bean + wheat flour; sweet bean sauce (tianmianjiang) is wheat/soy based with sugar
    ("meal", "月饼两块 中秋节快乐 🥮 蛋黄莲蓉", "wheat sugar", ""),  # why: mooncake crust is wheat flour and golden syrup; lotus paste heavy with sugar
    ("meal", "zongzi savoury, pork and salted egg yolk for dragon boat", "soy wheat", ""),  # why: the rice is marinated in soy sauce
    ("meal", "congee plain with pickled veg and a salted duck egg", "", "sugar soy"),  # why: zhacai pickle often contains sugar and soy sauce
    ("meal", "boba milk tea 50% sugar w pearls", "dairy sugar", ""),  # why: 50% sugar is still sweetened; many shops use non-dairy creamer, but milk tea names milk
    ("meal", "taro milk tea with oat milk, 0% sugar, no pearls", "", "dairy"),  # why: taro powders often contain milk powder/creamer
    ("meal", "pineapple cake 2 from Chia Te", "wheat dairy sugar", ""),
    ("meal", "HK style milk tea and pineapple bun w butter (bolo yau)", "dairy wheat sugar", ""),
    ("meal", "dim sum: har gow, siu mai, char siu bao, cheung fun", "wheat sugar soy", "corn"),  # why: bao is wheat; char siu is sweet; cheung fun sauce is sweet soy; har gow is wheat starch
    ("meal", "egg tarts x2 (dan tat)", "wheat dairy sugar", ""),
    ("meal", "朝ごはん:ご飯、味噌汁、納豆、焼き鮭", "soy", ""),  # why: miso and natto; natto tare contains soy sauce too
    ("meal", "konbini onigiri tuna mayo + umeboshi one", "", "soy sugar"),  # why: Japanese mayo uses vegetable (often soy) oil; tuna is seasoned
    ("meal", "tonkotsu ramen at Ichiran extra noodle", "wheat", "soy sugar"),
    ("meal", "zaru soba, juwari - 100% buckwheat, dipped in mentsuyu", "soy wheat sugar", ""),  # why: buckwheat noodles themselves are not wheat, but mentsuyu is shoyu + mirin/sugar
    ("meal", "soba from the station stand", "wheat soy sugar", ""),  # why: standing-bar soba is mostly wheat-buckwheat blend; broth is soy and sugar
    ("meal", "kare raisu golden curry roux, made at home w/ pork", "wheat sugar", "soy dairy"),
    ("meal", "tempura udon 🍤", "wheat soy sugar", ""),  # why: udon and tempura batter are wheat; broth is soy sauce and mirin
    ("meal", "osechi for oshogatsu - kuromame, datemaki, kamaboko, kazunoko", "soy sugar", "wheat corn"),  # why: black soybeans in syrup, datemaki is sweet; kamaboko may contain starch
    ("meal", "mochi grilled w/ kinako and sugar", "soy sugar", ""),  # why: kinako is roasted soybean flour
    ("meal", "okonomiyaki hiroshima style w otafuku sauce + kewpie", "wheat sugar", "soy corn"),  # why: Otafuku sauce contains sugar and often corn syrup; kewpie uses soy/rapeseed oil
    ("meal", "yakitori shio only, no tare, and a highball", "", "corn"),  # why: Japanese whisky often includes corn-based grain whisky
    ("meal", "edamame and a cold beer at the izakaya", "soy", "wheat corn"),  # why: beer adjunct grains
    ("meal", "sushi set - nigiri 10 pc, gari, a bit of shoyu", "soy wheat sugar", ""),  # why: sushi rice is seasoned with sugar; gari is pickled in sugar
    ("meal", "sashimi, just salt and wasabi, no shoyu", "", ""),
    ("meal", "matcha latte with oat milk", "", "sugar"),  # why: café matcha lattes are often pre-sweetened
    ("meal", "김치찌개 + 밥, 엄마표", "", "sugar soy"),  # why: kimchi often has sugar; the stew may get soy sauce; if tofu added it would be definite
    ("meal", "된장찌개 with tofu and zucchini", "soy", "wheat"),  # why: commercial doenjang often contains wheat flour
    ("meal", "tteokbokki from the pojangmacha + eomuk", "sugar wheat", "corn soy"),  # why: gochujang sauce plus sugar; eomuk fishcake contains wheat flour; mulyeot often corn syrup
    ("meal", "bibimbap with gochujang and a fried egg", "sugar", "wheat corn soy"),  # why: gochujang contains sugar/corn syrup and often wheat
    ("meal", "bulgogi lettuce wraps w ssamjang", "soy wheat sugar", "corn"),
    ("meal", "japchae for chuseok", "soy wheat sugar", ""),  # why: glass noodles are sweet potato starch; dressing is soy sauce and sugar
    ("meal", "songpyeon for chuseok with honey sesame filling", "", "sugar"),  # why: honey is a natural sweetener, flagged possible
    ("meal", "yangnyeom chicken & beer 🍗🍺 chimaek", "wheat sugar", "corn soy"),  # why: batter is wheat; sauce has corn syrup/sugar and soy sauce
    ("meal", "banana milk binggrae", "dairy sugar", ""),
    ("meal", "kimbap triangle from GS25", "", "sugar soy wheat"),  # why: pickled danmuji has sugar; ham/fishcake fillings may contain wheat and soy
    ("meal", "hotteok street one, brown sugar", "wheat sugar", ""),
    ("meal", "mongolian buuz 8 + suutei tsai", "wheat dairy", ""),  # why: buuz wrappers are wheat; suutei tsai is milk tea
]

# --- East Asia: pasted packaged labels ---
BLIND28_CASES += [
    ("label", "日清カップヌードル\n原材料名:油揚げめん(小麦粉(国内製造)、植物油脂、食塩、チキンエキス、ポークエキス、しょうゆ、ポーク調味料、たん白加水分解物、香辛料)、かやく(味付豚ミンチ、謎肉、味付卵、味付えび、ねぎ)、スープ(糖類、粉末しょうゆ、食塩、香辛料、たん白加水分解物、香味調味料、ポーク調味料、メンマパウダー)\n(一部に小麦・卵・乳成分・えび・豚肉・鶏肉・大豆を含む)", "wheat soy dairy sugar", "corn"),  # why: 糖類 is sugars; allergen line declares milk and soy; 植物油脂 unspecified
    ("label", "明治おいしい牛乳 900ml\n種類別名称:牛乳\n原材料名:生乳100%", "dairy", ""),
    ("label", "キッコーマン 特選丸大豆しょうゆ\n原材料名:大豆(国産)、小麦、食塩\n(一部に小麦・大豆を含む)", "soy wheat", ""),
    ("label", "San-J Tamari Gluten Free Soy Sauce - 100% soy, no wheat\nIngredients: Water, Soybeans, Salt, Alcohol (to preserve freshness).\nCertified Gluten-Free.", "soy", ""),
    ("label", "カルビー ポテトチップス うすしお味\n原材料名:じゃがいも(国産又は米国産)、植物油、食塩/調味料(アミノ酸)\n(一部にじゃがいもを含む)", "", "corn soy"),  # why: 植物油 unspecified vegetable oil
    ("label", "ポカリスエット 500ml\n原材料名:砂糖(国内製造)、果糖ぶどう糖液糖、果汁、食塩/酸味料、香料、塩化K、乳酸Ca、調味料(アミノ酸)、塩化Mg、酸化防止剤(ビタミンC)", "sugar", "corn"),  # why: 果糖ぶどう糖液糖 is isomerised glucose-fructose syrup, usually from corn
    ("label", "森永 ミルクキャラメル\n原材料名:水あめ(国内製造)、加糖練乳、砂糖、植物油脂、乳製品、食塩、バター/乳化剤(大豆由来)、香料\n(一部に乳成分・大豆を含む)", "sugar dairy soy", "corn"),  # why: mizuame is starch syrup, often corn
    ("label", "ハウス バーモントカレー 中辛\n原材料名:食用油脂(牛脂豚脂混合油、パーム油)、小麦粉、砂糖、食塩、カレー粉、でんぷん、りんごペースト、はちみつ、脱脂粉乳、チーズ、ソテーカレールウ...\n(一部に乳成分・小麦・大豆・りんご・ゼラチンを含む)", "wheat sugar dairy soy", "corn"),  # why: でんぷん unspecified starch
    ("label", "マルコメ 料亭の味 味噌\n原材料名:米みそ(大豆(国産)、米、食塩)、かつお節粉末、昆布エキス/酒精\n(一部に大豆を含む)", "soy", ""),
    ("label", "Kewpie Mayonnaise (Japan)\n原材料名:食用植物油脂(国内製造)、卵黄、醸造酢、食塩、香辛料、調味料(アミノ酸)、香辛料抽出物\n(一部に卵・大豆・りんごを含む)", "soy", ""),  # why: allergen line names soy (soybean oil)
    ("label", "农夫山泉 东方树叶 茉莉花茶 0糖0卡\n配料:水、茉莉花茶、维生素C、碳酸氢钠", "", ""),
    ("label", "康师傅红烧牛肉面\n面饼:小麦粉、精炼棕榈油、淀粉、食用盐、白砂糖\n调味包:食用盐、白砂糖、味精、酱油(含大豆、小麦)、香辛料、牛肉粉、麦芽糊精\n含有麸质谷物、大豆及其制品。", "wheat sugar soy", "corn"),  # why: 淀粉 unspecified starch and 麦芽糊精 maltodextrin
    ("label", "老干妈风味豆豉油制辣椒\n配料:菜籽油、辣椒、豆豉、白砂糖、食用盐、味精\n致敏物质提示:含大豆", "soy sugar", ""),
    ("label", "蒙牛纯牛奶 250ml\n配料:生牛乳\n蛋白质≥3.2g/100ml", "dairy", ""),
    ("label", "伊利 安慕希 希腊风味酸奶 原味\n配料:生牛乳、白砂糖、乳清蛋白粉、食品添加剂(羟丙基二淀粉磷酸酯、果胶、琼脂、明胶)、食用香精、保加利亚乳杆菌、嗜热链球菌", "dairy sugar", "corn wheat"),  # why: modified starch of unnamed source
    ("label", "旺旺仙贝\n配料:大米、精炼植物油、白砂糖、淀粉、食用盐、乳粉、葡萄糖浆、麦芽糊精、食品添加剂(单,双甘油脂肪酸酯、碳酸钙)\n致敏信息:含乳制品", "sugar dairy", "corn soy wheat"),  # why: unspecified vegetable oil, starch, glucose syrup, maltodextrin
    ("label", "李锦记 海鲜酱 Hoisin\n配料:白砂糖、水、大豆、改性玉米淀粉、芝麻、食用盐、大蒜、辣椒、小麦粉、焦糖色\n含大豆、小麦、芝麻", "sugar soy corn wheat", ""),
    ("label", "维他奶 原味豆奶 Vitasoy\nIngredients: Water, Soybeans (7.5%), Sugar, Calcium Carbonate, Vitamin D.\nLactose free, dairy free.", "soy sugar", ""),
    ("label", "농심 신라면\n원재료명: 면-소맥분(밀:미국산,호주산), 감자전분, 팜유, 정제염, 난각칼슘, 변성전분, 혼합제제...\n스프-정제염, 정백당, 간장분말, 쇠고기맛분말, 고추맛베이스, 조미양념분말...\n밀, 대두, 쇠고기, 우유, 고등어, 게, 새우, 돼지고기, 오징어, 조개류 함유", "wheat sugar soy dairy", "corn"),  # why: 정백당 is white sugar; allergen line names milk and soy; 변성전분 modified starch
    ("label", "CJ 해찬들 태양초 골드 고추장\n원재료명: 물엿(옥수수), 고춧가루, 밀쌀, 정제소금, 소맥분(밀), 대두, 주정, 쌀\n밀, 대두 함유", "corn sugar wheat soy", ""),  # why: 물엿(옥수수) is corn syrup
    ("label", "빙그레 바나나맛우유\n원재료명: 원유(국산) 85%, 정제수, 설탕, 혼합탈지분유, 바나나농축과즙, 카로틴, 합성향료\n우유 함유", "dairy sugar", ""),
    ("label", "오리온 초코파이 정\n원재료명: 소맥분(밀:미국산), 백설탕, 쇼트닝(팜유), 물엿, 코코아분말, 전란액, 유청분말, 젤라틴, 산도조절제, 유화제...\n밀, 대두, 우유, 계란, 돼지고기 함유", "wheat sugar dairy soy", "corn"),  # why: 물엿 starch syrup is often corn
    ("label", "Pulmuone 100% Korean soy tofu firm 부침용 두부\n원재료명: 대두(국산) 99.6%, 응고제(염화마그네슘)", "soy", ""),
    ("label", "Want Want Hot-Kid Milk (旺仔牛奶)\n配料:水、全脂乳粉、白砂糖、炼乳、食品添加剂(单硬脂酸甘油酯、蔗糖脂肪酸酯、卡拉胶、三聚磷酸钠)", "dairy sugar", ""),
    ("label", "Morinaga Hi-Chew Strawberry\nIngredients: Glucose Syrup, Sugar, Vegetable Oil (Palm Oil), Strawberry Juice Concentrate, Gelatin, Citric Acid, DL-Malic Acid, Sucrose Fatty Acid Ester, Natural Flavor, Red Radish Color.", "sugar", "corn"),
]

# --- Middle East, Turkey, Iran: family meals, Ramadan, street stalls ---
BLIND28_CASES += [
    ("meal", "hummus, falafel and pickles, skipped the pita", "", "wheat"),  # why: street falafel mixes sometimes add flour as a binder
    ("meal", "falafel sandwich in saj bread with tahini", "wheat", ""),
    ("meal", "chicken shawarma wrap from the corner, extra toum", "wheat", "dairy"),  # why: toum is garlic-oil, no dairy; chicken marinade often has yogurt
    ("meal", "فطور: فول مدمس وطعمية وعيش بلدي", "wheat", ""),  # why: aish baladi is wheat bread
    ("meal", "كشري من أبو طارق", "wheat", "sugar"),  # why: pasta and vermicelli; tomato sauce sometimes sweetened
    ("meal", "iftar: dates, lentil soup, fattoush, and qatayef for dessert", "wheat sugar", "dairy"),  # why: fattoush has pita chips; qatayef are wheat pancakes with syrup, often filled with ashta cream
    ("meal", "kunafa nabulsieh w akkawi cheese 🧀", "wheat dairy sugar", ""),
    ("meal", "baklava 3 pieces from the sweet shop in gaziantep", "wheat dairy sugar", ""),  # why: phyllo is wheat, butter/ghee, sugar syrup
    ("meal", "manakish zaatar w olive oil only", "wheat", ""),
    ("meal", "tabbouleh and grilled halloumi", "wheat dairy", ""),  # why: bulgur in tabbouleh
    ("meal", "mujaddara with yogurt cucumber salad", "dairy", ""),
    ("meal", "mansaf for the wedding 🎊 jameed sauce", "dairy", "wheat"),  # why: jameed is dried yogurt; served on shrak bread
    ("meal", "mint lemonade & labneh sandwich", "dairy wheat", "sugar"),  # why: café lemonade almost always sweetened
    ("meal", "arabic coffee and dates at the majlis", "", ""),  # why: qahwa is unsweetened cardamom coffee
    ("meal", "karak chai from the cafeteria, doha", "dairy sugar", ""),  # why: evaporated milk and sugar
    ("meal", "luqaimat at the ramadan tent with date syrup", "wheat sugar", ""),  # why: wheat-flour dumplings; often also a sugar syrup alongside date syrup
    ("meal", "menemen + simit + çay iki şeker", "wheat sugar", "dairy"),  # why: menemen is sometimes cooked in butter; 2 sugar cubes in tea
    ("meal", "kahvaltı: beyaz peynir, zeytin, domates, salatalık, bal-kaymak, ekmek", "dairy wheat", "sugar"),  # why: honey is a natural sweetener
    ("meal", "lahmacun 2 + ayran", "wheat dairy", ""),
    ("meal", "iskender kebab, yoğurtlu, tereyağlı", "wheat dairy", ""),
    ("meal", "kumpir with everything on it lol", "dairy corn", "soy sugar"),  # why: butter and kaşar cheese are standard, sweetcorn a standard topping; mayo/ketchup toppings
    ("meal", "aşure for muharrem, my neighbour brought it", "wheat sugar", ""),  # why: made with whole wheat berries and sugar
    ("meal", "turkish delight 4 pcs rose", "sugar corn", ""),  # why: lokum is sugar set with corn starch
    ("meal", "ghormeh sabzi with tahdig and mast-o-khiar", "dairy", ""),  # why: yogurt side; tahdig often also yogurt/butter
    ("meal", "sholeh zard nazri for muharram", "sugar", "dairy"),  # why: saffron rice pudding with sugar; some add butter
    ("meal", "doogh with kabab koobideh and rice", "dairy", ""),  # why: chelo kabab rice is usually buttered as well
    ("meal", "nowruz sabzi polo ba mahi + kuku sabzi", "", "wheat dairy"),  # why: kuku sometimes has flour; rice often buttered
    ("meal", "sufganiyah at chanukah 2 🍩", "wheat sugar", "dairy"),
    ("meal", "shakshuka + challah", "wheat sugar", ""),  # why: challah is sweetened with sugar or honey
    ("meal", "sabich from the stand in ramat gan", "wheat", "sugar"),  # why: pita; amba sauce is often sweetened
    ("meal", "yemenite jachnun with grated tomato and egg", "wheat", "dairy"),  # why: rolled in margarine or butter
]

# --- Middle East / Turkey / Iran: pasted labels ---
BLIND28_CASES += [
    ("label", "المراعي لبن كامل الدسم\nالمكونات: حليب بقري طازج، مزرعة بكتيرية.\nالحجم: 1 لتر", "dairy", ""),
    ("label", "Almarai Croissant Chocolate 7 Days\nIngredients: Wheat Flour, Chocolate Filling (Sugar, Vegetable Oil (Palm), Cocoa, Whey Powder, Emulsifier (Soy Lecithin)), Water, Margarine, Sugar, Yeast, Egg, Salt, Milk Powder.\nContains Wheat, Milk, Soy, Egg.\nالمكونات: دقيق القمح، حشوة شوكولاتة...", "wheat sugar dairy soy", "corn"),  # why: margarine oil unspecified
    ("label", "إندومي نودلز بنكهة الخضار (صنع في مصر)\nالمكونات: دقيق قمح، زيت نخيل، ملح، نشا\nالتوابل: ملح، سكر، محسن نكهة، خضار مجففة، بروتين نباتي مهدرج (صويا)\nيحتوي على القمح والصويا", "wheat sugar soy", "corn"),  # why: نشا unspecified starch
    ("label", "Al Wadi Tahina 100% Sesame\nIngredients: Hulled sesame seeds.", "", ""),
    ("label", "Cortas Pomegranate Molasses\nIngredients: Pomegranate juice concentrate, sugar, citric acid.", "sugar", "corn"),
    ("label", "Ülker Çikolatalı Gofret\nİçindekiler: Buğday unu, şeker, bitkisel yağ (palm), kakao, glukoz şurubu, peynir altı suyu tozu, emülgatör (soya lesitini), tuz, kabartıcı, aroma verici.\nAlerjen: Gluten, süt ve soya içerir. Fındık içerebilir.", "wheat sugar dairy soy", "corn"),  # why: glucose syrup; peynir altı suyu is whey
    ("label", "Eti Burçak Bisküvi\nİçindekiler: Tam buğday unu (%35), buğday unu, şeker, bitkisel yağ (palm, ayçiçek), invert şeker şurubu, yulaf ezmesi, arpa maltı, kabartıcılar, tuz, emülgatör (ayçiçek lesitini).\nGluten içerir. Süt, soya ve fındık içerebilir.", "wheat sugar", "dairy soy"),  # why: sunflower lecithin named; may-contain milk and soy
    ("label", "Sütaş Ayran 300 ml\nİçindekiler: Pastörize inek sütü, su, tuz, yoğurt kültürü.", "dairy", ""),
    ("label", "Tamek Domates Ketçap\nİçindekiler: Domates salçası, şeker, sirke, glukoz-fruktoz şurubu, tuz, modifiye mısır nişastası, baharat.", "sugar corn", ""),  # why: glukoz-fruktoz şurubu and mısır nişastası (corn starch)
    ("label", "Koska Üzüm Pekmezi\nİçindekiler: %100 Üzüm. İlave şeker içermez.", "", "sugar"),  # why: grape molasses with no added sugar is a concentrated fruit sweetener
    ("label", "Pınar Labne\nİçindekiler: Pastörize inek sütü, krema, tuz, starter kültür.", "dairy", ""),
    ("label", "Tnuva Cottage 5%\nרכיבים: חלב, שמנת, מלח, תרבית חיידקים, אנזים מקריש.", "dairy", ""),
    ("label", "אסם במבה - Bamba peanut snack\nרכיבים: תירס (60%), חמאת בוטנים (35%), שמן צמחי (דקל), מלח.\nמכיל בוטנים. עלול להכיל סומסום, חלב, סויה.", "corn", "dairy soy"),  # why: תירס is corn; peanut butter is not dairy; may-contain line
    ("label", "Osem Ptitim Israeli couscous\nIngredients: Wheat flour 100%.", "wheat", ""),
    ("label", "Kaleh Doogh (Iran) دوغ کاله\nترکیبات: ماست، آب، نمک، نعناع.", "dairy", ""),
    ("label", "Puck Cream Cheese Spread\nIngredients: Fresh milk, Butter, Milk Protein, Salt, Emulsifying salts.\nKeep refrigerated.", "dairy", ""),
    ("label", "Maamoul Date by Ghandour\nIngredients: Wheat flour, dates paste (32%), vegetable ghee (palm), semolina, sugar, butter, milk powder, orange blossom water, mahlab.\nContains gluten, milk.", "wheat sugar dairy", ""),  # why: vegetable ghee is palm fat (not dairy), but real butter and milk powder are listed too
]

# --- Africa: West, East, North, South ---
BLIND28_CASES += [
    ("meal", "jollof rice and fried plantain at the owambe 🎉", "", "corn soy sugar"),  # why: party jollof uses seasoning cubes (starch, sugar) and vegetable oil
    ("meal", "pounded yam and egusi, no maggi my mum uses crayfish only, palm oil", "", ""),
    ("meal", "eba with okra soup", "", ""),  # why: eba is garri (cassava)
    ("meal", "puff puff 5 from the roadside woman", "wheat sugar", ""),
    ("meal", "chin chin small bag for xmas", "wheat sugar", "dairy"),  # why: recipes usually add butter/margarine and milk
    ("meal", "suya 🔥 with onions, wrapped in newspaper lol", "", ""),  # why: yaji is peanut, spices, sometimes bouillon; nothing from the five groups definitely
    ("meal", "akara and pap (ogi) for breakfast, sweetened pap with milk and sugar", "corn dairy sugar", ""),  # why: ogi is fermented maize
    ("meal", "agege bread and beans 🍞", "wheat sugar", ""),  # why: agege bread is sweetened white bread
    ("meal", "banku and tilapia with shito", "corn", ""),  # why: banku is fermented corn and cassava dough
    ("meal", "kenkey fante + fried fish + pepper", "corn", ""),
    ("meal", "waakye with gari, spaghetti, wele and egg", "wheat", ""),  # why: the spaghetti side is wheat
    ("meal", "ugali na sukuma wiki na nyama choma", "corn", ""),  # why: ugali is maize meal
    ("meal", "chapati 2 na chai ya maziwa yenye sukari", "wheat dairy sugar", ""),
    ("meal", "mandazi na chai, asubuhi", "wheat sugar", "dairy"),  # why: chai in East Africa is usually milky
    ("meal", "injera with misir wot and shiro, ethiopian restaurant in DC", "", "wheat"),  # why: restaurant injera outside Ethiopia is often teff blended with wheat or barley
    ("meal", "ፍርፍር በቅቤ ቁርስ", "dairy", "wheat"),  # why: firfir with kibbeh (spiced butter); injera may contain wheat
    ("meal", "couscous au poulet et légumes for friday", "wheat", ""),
    ("meal", "harira and chebakia for ftour 🌙", "wheat sugar", ""),  # why: harira is thickened with flour and has vermicelli; chebakia is fried dough in honey/syrup
    ("meal", "atay b nana, 3 glasses, very sweet of course", "sugar", ""),
    ("meal", "msemen with amlou", "wheat", "sugar"),  # why: amlou is argan oil, almonds and honey
    ("meal", "pap and chakalaka + boerewors at the braai", "corn", "wheat"),  # why: boerewors often has cereal filler
    ("meal", "koeksisters 2, my ouma's", "wheat sugar", "dairy"),
    ("meal", "rooibos tea, plain, and a rusk (buttermilk ouma rusk)", "wheat dairy sugar", ""),
    ("meal", "mchemsho + kachumbari, hakuna unga leo", "", ""),  # why: person says no maize meal today
]

# --- Africa: pasted labels ---
BLIND28_CASES += [
    ("label", "Indomie Instant Noodles Chicken Flavour (Nigeria)\nNoodle: Wheat flour, vegetable oil, salt, mineral salts.\nSeasoning: Salt, sugar, flavour enhancer (E621), hydrolysed vegetable protein, onion, garlic, pepper, chicken flavour.\nChilli powder. Contains wheat. Made in a factory that handles soy.", "wheat sugar", "corn soy"),
    ("label", "Maggi Star Seasoning Cube\nIngredients: Salt, palm fat, flavour enhancers (monosodium glutamate, disodium inosinate), corn starch, sugar, wheat flour, spices, onion powder, colour (caramel).\nContains wheat.", "corn sugar wheat", ""),
    ("label", "Gala Sausage Roll\nIngredients: Wheat flour, beef (20%), vegetable fat, water, textured vegetable protein (soy), salt, sugar, spices, milk solids, egg.", "wheat soy sugar dairy", "corn"),
    ("label", "Peak Evaporated Milk (Full Cream) tin\nIngredients: Milk, Vegetable oil... no wait that's the filled one. Peak: Cow's milk, stabiliser (disodium phosphate), vitamins A & D.", "dairy", ""),
    ("label", "Golden Penny Semovita\nIngredients: Wheat semolina, Vitamin A.", "wheat", ""),
    ("label", "Ndovu Maize Meal (Sifted) 2kg\nIngredients: 100% Maize. Fortified with vitamins and minerals.", "corn", ""),
    ("label", "Kenyan Brookside Mala 500ml\nIngredients: Fermented whole milk, cultures.", "dairy", ""),
    ("label", "Ouma Rusks Buttermilk\nIngredients: Wheat flour, sugar, buttermilk powder (8%), vegetable fat, raising agents, salt, preservative.\nContains gluten and milk.", "wheat sugar dairy", "corn soy"),  # why: vegetable fat unspecified
    ("label", "Jungle Oats 1kg - 100% wholegrain oats. Not suitable for coeliacs: may contain traces of wheat.", "", "wheat"),
    ("label", "Simba Chips Mrs H.S. Balls Chutney\nIngredients: Potatoes, vegetable oil, seasoning (sugar, maltodextrin, salt, flavourings, dextrose, citric acid, milk powder (contains lactose), colourant (paprika extract)).\nAllergens: Milk.", "sugar dairy", "corn soy"),
    ("label", "Marie Biscuits Bakers (SA)\nIngredients: Wheat flour, sugar, vegetable fat (palm), invert syrup, skimmed milk powder, salt, raising agents (ammonium bicarbonate, sodium bicarbonate).", "wheat sugar dairy", ""),
    ("label", "Dangote Spaghetti\nIngredients: Durum wheat semolina, water.", "wheat", ""),
]

# --- Latin America: street food, family tables, fiestas ---
BLIND28_CASES += [
    ("meal", "tacos al pastor 4 con piña y salsa verde, tortilla de maíz", "corn", "sugar"),  # why: pastor adobo sometimes has a little sugar or soda
    ("meal", "quesadillas de harina con queso oaxaca", "wheat dairy", ""),
    ("meal", "elote con mayonesa, queso cotija y chile del puesto", "corn dairy", "soy"),  # why: mayo made with soybean oil
    ("meal", "tamales de rajas + atole de fresa for la candelaria", "corn dairy sugar", ""),  # why: atole is masa with milk and sugar; rajas tamales carry cheese
    ("meal", "chilaquiles verdes con crema y queso, huevo estrellado", "corn dairy", ""),
    ("meal", "pan de muerto y chocolate caliente (con agua) for día de muertos", "wheat dairy sugar", ""),  # why: pan de muerto has butter and milk; chocolate de mesa has sugar
    ("meal", "rosca de reyes slice, got the niño lol 👶", "wheat dairy sugar", ""),
    ("meal", "mole poblano w chicken at the boda", "sugar", "wheat corn"),  # why: mole has chocolate and sugar; thickened with bread or tortilla
    ("meal", "horchata grande del puesto", "sugar", "dairy"),  # why: many stands add milk or condensed milk
    ("meal", "agua de jamaica sin azúcar, solo jamaica", "", ""),
    ("meal", "ceviche peruano con camote y cancha", "corn", ""),  # why: cancha is toasted corn; camote is sweet potato
    ("meal", "lomo saltado con arroz y papas", "soy wheat", ""),  # why: stir-fried with soy sauce
    ("meal", "papa a la huancaína", "dairy wheat", ""),  # why: queso fresco, evaporated milk, thickened with soda crackers
    ("meal", "chicha morada casera con azúcar", "corn sugar", ""),
    ("meal", "arepa con queso y café con leche, bogotá", "corn dairy", "sugar"),
    ("meal", "aguapanela con queso 🧀", "sugar dairy", ""),  # why: panela is unrefined cane sugar
    ("meal", "bandeja paisa completa", "corn", "sugar"),  # why: arepa; frijoles often cooked with a bit of panela/sugar
    ("meal", "cachapa con queso de mano", "corn dairy", "sugar"),
    ("meal", "pão de queijo 5 and a cafezinho", "dairy", "sugar"),  # why: tapioca starch + cheese, no wheat; cafezinho is usually sweetened
    ("meal", "feijoada completa com farofa, couve e laranja", "", ""),  # why: farofa is manioc flour
    ("meal", "coxinha + guaraná antarctica", "wheat sugar", "dairy"),  # why: dough often made with milk
    ("meal", "brigadeiro 3 festa junina 🎉 + pamonha", "dairy sugar corn", ""),
    ("meal", "açaí na tigela com granola e leite ninho", "dairy sugar", "wheat"),  # why: commercial açaí pulp is sweetened; granola often contains oats with wheat cross-contact or wheat flakes
    ("meal", "pastel de feira de carne e caldo de cana", "wheat sugar", ""),  # why: caldo de cana is sugarcane juice
    ("meal", "empanadas salteñas 3 + mate amargo", "wheat", ""),
    ("meal", "asado, chimichurri, ensalada mixta, nada de pan", "", ""),
    ("meal", "alfajor de maicena 2", "corn wheat dairy sugar", ""),  # why: maicena is cornstarch; dulce de leche and butter
    ("meal", "medialunas de manteca x3 y cortado", "wheat dairy sugar", ""),
    ("meal", "completo italiano at the carrito", "wheat", "soy sugar"),  # why: mayo and the bun
    ("meal", "pupusas revueltas + curtido", "corn dairy", ""),
    ("meal", "gallo pinto + natilla + huevo frito", "dairy", "sugar"),  # why: natilla is sour cream; gallo pinto is usually seasoned with Salsa Lizano, which contains sugar
    ("meal", "tres leches slice", "wheat dairy sugar", ""),
]

# --- Latin America: pasted labels ---
BLIND28_CASES += [
    ("label", "Maruchan Sopa Instantánea Sabor Camarón con Limón y Habanero\nIngredientes: Harina de trigo enriquecida, aceite vegetal (palma), sal, fécula de maíz, salsa de soya (agua, soya, trigo, sal).\nSazonador: sal, glutamato monosódico, azúcar, camarón deshidratado, ácido cítrico, maltodextrina...\nContiene: trigo, soya, crustáceos.", "wheat corn soy sugar", ""),
    ("label", "Bimbo Pan Blanco Grande\nIngredientes: Harina de trigo enriquecida, agua, azúcar, levadura, aceite vegetal de soya, sal, gluten de trigo, propionato de calcio, mono y diglicéridos.\nContiene: Trigo, Soya. Puede contener leche, huevo.", "wheat sugar soy", "dairy"),
    ("label", "Tortillas de Maíz 'La Milpa' (tortillería)\nIngredientes: Maíz nixtamalizado, agua, cal.", "corn", ""),
    ("label", "Sabritas Original\nIngredientes: Papa, aceite vegetal, sal yodatada.", "", "corn soy"),
    ("label", "Coca-Cola Sabor Original (México) 600 ml\nIngredientes: Agua carbonatada, azúcar, color caramelo clase IV, ácido fosfórico, saborizantes naturales y cafeína.\nSELLOS: EXCESO AZÚCARES, EXCESO CALORÍAS", "sugar", "corn"),  # why: caramel color possible corn
    ("label", "La Lechera Leche Condensada Azucarada (Nestlé)\nIngredientes: Leche entera, azúcar, lactosa.", "dairy sugar", ""),
    ("label", "Salsa Valentina Etiqueta Amarilla\nIngredientes: agua, chiles, vinagre, sal, especias, benzoato de sodio.", "", ""),
    ("label", "Galletas Marías Gamesa\nIngredientes: harina de trigo, azúcar, grasa vegetal, jarabe de maíz de alta fructosa, sal, bicarbonato, lecitina de soya.\nContiene: trigo y soya.", "wheat sugar corn soy", ""),
    ("label", "Inca Kola 500ml\nIngredientes: agua carbonatada, azúcar, ácido cítrico, benzoato de sodio, saborizante, colorante tartrazina.\nALTO EN AZÚCAR", "sugar", "corn"),
    ("label", "Leite Ninho Integral (Brasil)\nIngredientes: Leite integral, lecitina de soja e vitaminas.\nALÉRGICOS: CONTÉM LEITE E DERIVADOS DE SOJA. CONTÉM LACTOSE.", "dairy soy", ""),
    ("label", "Nissin Miojo Lámen Galinha Caipira\nIngredientes: Farinha de trigo enriquecida, gordura vegetal de palma, sal, estabilizantes.\nTempero: sal, realçadores de sabor, açúcar, amido, gordura vegetal, cebola, alho, proteína vegetal hidrolisada de soja e milho, corante caramelo.\nALÉRGICOS: CONTÉM TRIGO, SOJA E DERIVADOS DE MILHO.", "wheat sugar soy corn", ""),
    ("label", "Dulce de Leche La Serenísima Clásico\nIngredientes: Leche entera, azúcar, glucosa, bicarbonato de sodio, vainillina.\nSIN TACC", "dairy sugar", "corn"),  # why: SIN TACC means gluten-free; glucose syrup possible corn
    ("label", "Harina P.A.N. Maíz Blanco\nHarina de maíz blanco precocida. Sin gluten.", "corn", ""),
    ("label", "Ajinomoto Sazón Tempero Completo (Brasil)\nIngredientes: Sal, alho, cebola, realçador de sabor glutamato monossódico, açúcar, condimento preparado de especiarias, amido, aromatizantes. NÃO CONTÉM GLÚTEN.", "sugar", "corn"),  # why: starch unspecified, but gluten-free claim removes the wheat hedge
    ("label", "Yerba Mate Canarias Serena\nIngredientes: yerba mate, boldo, peperina, menta.", "", ""),
]

# --- Eastern Europe and the Caucasus ---
BLIND28_CASES += [
    ("meal", "борщ со сметаной и кусок бородинского", "dairy wheat sugar", ""),  # why: Borodinsky is rye-wheat with molasses and sugar
    ("meal", "гречка с маслом и котлета", "dairy wheat", ""),  # why: buckwheat is not wheat; kotleta has bread soaked in milk
    ("meal", "buckwheat kasha plain with mushrooms, cooked in water", "", ""),
    ("meal", "пельмени 20 шт со сметаной", "wheat dairy", ""),
    ("meal", "сырники 3 со сгущёнкой на завтрак", "dairy wheat sugar", ""),
    ("meal", "blini on maslenitsa with red caviar and smetana 🥞", "wheat dairy", "sugar"),
    ("meal", "оливье и селёдка под шубой на новый год 🎄", "", "soy sugar dairy"),  # why: mayonnaise (soy oil, sugar); doktorskaya sausage can contain milk
    ("meal", "kvas from the barrel on the street, big cup", "sugar", "wheat"),  # why: kvass is rye bread + sugar; many include wheat/barley malt
    ("meal", "pierogi ruskie z cebulką", "wheat dairy", ""),  # why: twaróg in the filling
    ("meal", "żurek na Wielkanoc z jajkiem i białą kiełbasą", "", "wheat"),  # why: żur starter is rye, often some wheat flour
    ("meal", "pączek na tłusty czwartek x2", "wheat dairy sugar", ""),
    ("meal", "varenyky z vyshnyamy, z tsukrom", "wheat sugar", ""),
    ("meal", "holubtsi and salo with rye bread, no wait no bread today", "", "sugar"),  # why: correction removes bread; tomato sauce often sweetened
    ("meal", "svíčková na smetaně s knedlíkem", "dairy wheat", "sugar"),
    ("meal", "lángos with garlic, sour cream, cheese at the Balaton", "wheat dairy", ""),
    ("meal", "mămăligă cu brânză și smântână", "corn dairy", ""),
    ("meal", "khachapuri adjaruli + chacha shot", "wheat dairy", ""),
]

# --- Eastern Europe: pasted labels ---
BLIND28_CASES += [
    ("label", "Доширак со вкусом говядины\nСостав: лапша: мука пшеничная высшего сорта, масло пальмовое, крахмал картофельный, соль, загустители...\nПриправа: соль, усилители вкуса, сахар, мальтодекстрин, соус соевый (соевые бобы, пшеница), ароматизатор.\nМожет содержать следы молока и сельдерея.", "wheat sugar soy", "corn dairy"),
    ("label", "Сметана Простоквашино 20%\nСостав: нормализованные сливки, закваска.", "dairy", ""),
    ("label", "Юбилейное печенье традиционное\nСостав: мука пшеничная, сахар, жир кондитерский, инвертный сироп, молоко сухое, соль, разрыхлители, эмульгатор (лецитин соевый), ароматизатор.", "wheat sugar dairy soy", "corn"),  # why: kanditerskii fat unspecified vegetable fat
    ("label", "Майонез Провансаль Слобода 67%\nСостав: масло подсолнечное рафинированное, вода, желток яичный, сахар, соль, горчичный порошок, уксусная кислота.", "sugar", ""),  # why: sunflower oil named, no soy
    ("label", "Квас Очаковский\nСостав: вода, сахар, сусло квасное (солод ржаной, солод ячменный), диоксид углерода.", "sugar", "wheat"),  # why: barley malt is a possible wheat flag
    ("label", "Prince Polo Classic\nSkładniki: cukier, tłuszcz roślinny (palmowy), mąka pszenna, kakao, serwatka w proszku (z mleka), skrobia pszenna, emulgator (lecytyna sojowa), sól.\nMoże zawierać orzeszki.", "sugar wheat dairy soy", ""),
    ("label", "Kefir Piątnica\nSkładniki: mleko, żywe kultury bakterii.", "dairy", ""),
    ("label", "Roshen Шоколадні цукерки Київ Вечірній\nСклад: цукор, какао-маса, масло какао, патока крохмальна, жир рослинний, згущене молоко, емульгатор лецитин соєвий.", "sugar dairy soy", "corn"),  # why: starch treacle (patoka) is glucose syrup, often corn; масло какао is cocoa butter, not dairy
    ("label", "Hellmann's Vegan (PL) - bez jaj, bez mleka\nSkładniki: olej rzepakowy, woda, ocet, cukier, skrobia modyfikowana, sól, sok z cytryny.", "sugar", "corn wheat"),
]

# --- Nordics: home baking, holidays, everyday ---
BLIND28_CASES += [
    ("meal", "kanelbulle och kaffe med mjölk, fika 🙂", "wheat dairy sugar", ""),
    ("meal", "semla on fettisdagen 😍", "wheat dairy sugar", ""),
    ("meal", "köttbullar, potatismos, gräddsås, lingon", "wheat dairy sugar", ""),  # why: breadcrumbs, milk/cream, lingonberry jam
    ("meal", "julbord: sill, gravlax, janssons, prinskorv, rödkål", "sugar dairy", "wheat"),  # why: pickled herring, gravlax and red cabbage use sugar; Jansson's has cream; prinskorv may contain wheat
    ("meal", "knäckebröd (Wasa Husman, only rye) with smör and ost", "dairy", ""),  # why: rye only, no wheat
    ("meal", "havregrynsgröt with havremjölk and lingon, no sugar", "", "wheat sugar"),  # why: oats may carry wheat cross-contact; lingonberries usually served as sweetened rårörda lingon
    ("meal", "rugbrød med leverpostej og rødbeder, smørrebrød at work", "wheat sugar", "dairy"),  # why: Danish rugbrød usually includes some wheat; pickled beets are sugared; leverpostej often has milk
    ("meal", "æbleskiver with powdered sugar and jam", "wheat dairy sugar", ""),
    ("meal", "brunost on a slice of kneippbrød", "dairy wheat", ""),
    ("meal", "pinnekjøtt for christmas, kålrabistappe, no sauce", "", "dairy"),  # why: kohlrabi mash usually has butter or cream
    ("meal", "lefse with butter, sugar and cinnamon", "wheat dairy sugar", ""),
    ("meal", "karjalanpiirakka munavoin kanssa", "dairy", "wheat"),  # why: rice porridge in milk and egg butter; crust is rye with some wheat
    ("meal", "ruisleipä and kalakukko", "", "wheat"),  # why: the kukko crust is rye but may include wheat
    ("meal", "mämmi with cream and sugar, easter 🐣", "dairy sugar", "wheat"),  # why: mämmi is rye flour and malt with molasses
    ("meal", "pylsur með öllu at bæjarins beztu", "wheat sugar", "dairy soy"),  # why: bun, ketchup and sweet pylsusinnep are definite; Icelandic pylsur contain milk powder in many recipes and remúlaði is oil-based
    ("meal", "skyr with blueberries, plain, no sugar", "dairy", ""),
    ("meal", "plokkfiskur with rúgbrauð", "dairy", "wheat sugar"),  # why: fish mash with butter/milk; Icelandic rúgbrauð is sweet rye bread
]

# --- Nordics: pasted labels ---
BLIND28_CASES += [
    ("label", "Kalles Kaviar Original 190g\nIngredienser: Sockersaltad rökt torskrom (58%) (torskrom, socker, salt), rapsolja, socker, potatisflingor, salt, tomatpuré, lökpulver.", "sugar", ""),
    ("label", "Oatly iMat Fraiche — havrebaserad, fri från mjölk\nIngredienser: Havrebas (vatten, havre 10%), rapsolja, modifierad stärkelse, ...\nKan innehålla spår av gluten.", "", "wheat corn"),  # why: modified starch and gluten traces
    ("label", "Arla Mellanmjölk 1,5%\nIngredienser: Mjölk.", "dairy", ""),
    ("label", "Fazer Salmiakki\nAinesosat: sokeri, vehnäjauho, glukoosisiirappi, salmiakki (4%), lakritsiuute, suola, väri (E153), aromi.\nSisältää gluteenia.", "sugar wheat", "corn"),
    ("label", "Oululainen Reissumies ruisleipä\nAinesosat: täysjyväruisjauho, vesi, ruisjauho, vehnäjauho, vehnägluteeni, suola, hiiva.", "wheat", ""),
    ("label", "Valio Oddlygood vaniljakaura - kauravälipala\nAinesosat: kaurapohja (vesi, kaura), sokeri, rypsiöljy, maissitärkkelys, vanilja. Maidoton, laktoositon.", "sugar corn", ""),  # why: maidoton means dairy-free; maissitärkkelys is corn starch
    ("label", "TINE Gudbrandsdalsost (brunost)\nIngredienser: Myse, fløte, geitmelk, helmelk.", "dairy", ""),
    ("label", "Freia Melkesjokolade\nIngredienser: sukker, kakaosmør, helmelkpulver, kakaomasse, skummetmelkpulver, emulgator (soyalecitin), aroma.\nKan inneholde hasselnøtter og hvete.", "sugar dairy soy", "wheat"),
    ("label", "Anthon Berg Marcipanbrød\nIngredienser: Sukker, mandler (28%), glukosesirup, kakaomasse, kakaosmør, invertsukkersirup, emulgator (sojalecithin), vanilje.", "sugar soy", "corn"),  # why: kakaosmør is cocoa butter, not dairy
    ("label", "Pågen Gifflar Kanel\nIngredienser: Vetemjöl, vatten, socker, margarin (palm- och rapsolja), kanel, jäst, vetegluten, salt, emulgeringsmedel (E471, E481), mjölkpulver.", "wheat sugar dairy", ""),
]

# --- Corrections, negations and look-alike traps from across the set ---
BLIND28_CASES += [
    ("meal", "grilled cornish hen with peppercorn rub and acorn squash", "", ""),
    ("meal", "corned beef hash, homemade with potato and onion", "", ""),
    ("meal", "ordered the naan but my brother ate it, I just had the dal and rice", "", ""),
    ("meal", "gluten free pasta (rice & corn) with pesto", "corn dairy", ""),  # why: pesto contains parmesan
    ("meal", "sugar snap peas stir fry with garlic and salt, coconut aminos not soy sauce", "", "sugar"),  # why: coconut aminos is soy- and wheat-free but made from coconut sap, a natural sweetener base; sugar snap peas are a trap
    ("meal", "iced latte— sorry, it was with almond milk, and unsweetened", "", ""),
    ("meal", "butternut squash soup with coconut milk, no cream", "", ""),
    ("meal", "pho with extra bean sprouts, I skipped everything else 👍", "", "sugar"),
    ("meal", "fruit plate: rambutan, mangosteen, dragon fruit", "", ""),
    ("meal", "dal makhani – wait, I meant plain moong dal, no makhan", "", ""),
    ("label", "Big Tree Farms Organic Coconut Aminos\nIngredients: Organic coconut sap aged and blended with sun-dried sea salt.\nSoy-free, gluten-free.", "", "sugar"),  # why: coconut sap is a natural sweetener base
    ("label", "Schär Gluten Free Ciabatta\nIngredients: Water, corn starch, rice flour, sourdough (rice flour, water), buckwheat flour, vegetable fibres (psyllium), rice syrup, yeast, sunflower oil, salt.\nGluten free, wheat free, lactose free.", "corn sugar", ""),  # why: rice syrup is an added sugar
]
