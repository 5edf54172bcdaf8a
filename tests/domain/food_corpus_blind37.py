# ruff: noqa: E501
"""Blind labelled set 37: an ordinary worldwide food-diary user base (Mexico to South Africa) logging everyday meals fast, in English, their own language and script, or mixed."""

BLIND37_CASES: list[tuple[str, str, str, str]] = []

# --- Mexico: street food, home cooking, breakfasts ---
BLIND37_CASES += [
    ("meal", "3 tacos al pastor con piña y salsa verde, tortillas de maíz", "corn", ""),
    ("meal", "tacos de canasta x4 de chicharron y papa", "corn", ""),  # why: canasta tortillas are corn; the oil/lard bath is not soy/corn-specific enough to warn on
    ("meal", "quesadilla de flor de calabaza CON queso oaxaca (aqui en cdmx si piden con queso jaja)", "corn dairy", ""),
    ("meal", "chilaquiles rojos con crema, queso fresco y huevo estrellado", "corn dairy", "soy"),  # why: totopos fried in unknown oil; corn already definite
    ("meal", "torta de milanesa con aguacate y frijoles", "wheat", "corn soy"),  # why: bolillo + breaded cutlet; milanesa is fried in unknown oil
    ("meal", "pozole rojo, con rabanito, lechuga y tostadas", "corn", ""),
    ("meal", "tamal verde y un atole de chocolate p desayunar", "corn sugar", "dairy"),  # why: atole de chocolate is sweetened, often made with milk
    ("meal", "guajolota (torta de tamal) y champurrado", "corn wheat sugar", "dairy"),
    ("meal", "elote con mayo, queso cotija y chile piquin", "corn dairy", "soy"),  # why: mayonnaise is usually soybean oil
    ("meal", "esquites en vaso sin mayonesa, solo limon chile y sal", "corn", ""),
    ("meal", "sopa de fideo y arroz rojo, comida en casa de mi abuela", "wheat", ""),
    ("meal", "coca de vidrio 355ml", "sugar", ""),
    ("meal", "un gansito y un boing de mango en la tiendita", "wheat dairy sugar", "corn soy"),
    ("meal", "huevos a la mexicana con tortillas de harina (norteño, ni modo)", "wheat", ""),
    ("meal", "mole poblano con pollo y arroz", "sugar", "wheat corn"),  # why: mole has chocolate/sugar; bread, galletas or tortilla as thickener varies by recipe
    ("meal", "ceviche de camarón con tostadas y salsa valentina", "corn", ""),
    ("meal", "pan dulce: una concha y un cafe de olla", "wheat sugar", "dairy"),  # why: conchas usually have butter or milk; café de olla has piloncillo
    ("meal", "birria de res en consomé, 4 tacos dorados con queso", "corn dairy", "soy"),
    ("meal", "aguachile verde, nada mas, sin tostadas", "", ""),
    ("meal", "agua de jamaica sin azúcar que hice yo", "", ""),
    ("meal", "agua de horchata grande del puesto", "sugar", "dairy"),  # why: street horchata is sweetened; many add milk or condensed milk
    ("meal", "hot cakes con mantequilla y miel de maple", "wheat dairy", "sugar"),  # why: 'miel de maple' in Mexico is often flavoured syrup, at least maple = possible
    ("meal", "sincronizada de jamon y queso con tortilla de harina", "wheat dairy", ""),
    ("meal", "nopales asados con queso panela y frijoles de la olla", "dairy", ""),
    ("meal", "michelada con clamato", "", "wheat corn sugar"),  # why: beer (barley malt, often corn adjunct) plus Clamato which has sugar/MSG
]

# --- Brazil ---
BLIND37_CASES += [
    ("meal", "pão na chapa com manteiga e café com leite", "wheat dairy", "sugar"),
    ("meal", "PF: arroz, feijão, bife acebolado, salada e farofa", "", "dairy"),  # why: farofa is commonly toasted in butter
    ("meal", "feijoada completa com couve, laranja e torresmo", "", ""),
    ("meal", "3 pão de queijo e um cafezinho", "dairy", "sugar"),  # why: cafezinho in Brazil is usually pre-sweetened
    ("meal", "coxinha de frango com catupiry na padaria", "wheat dairy", "corn soy"),
    ("meal", "pastel de carne na feira + caldo de cana", "wheat sugar", "soy corn"),  # why: caldo de cana is sugarcane juice (cane juice = sugar); pastel fried, oil usually soy
    ("meal", "açaí na tigela com granola e leite ninho", "sugar dairy", "wheat"),  # why: bowl açaí is sweetened with guaraná syrup; granola may contain wheat
    ("meal", "açaí puro sem açúcar com banana, sem granola", "", ""),
    ("meal", "brigadeiro (comi 4 no aniversário)", "dairy sugar", ""),
    ("meal", "tapioca com coco e queijo coalho", "dairy", ""),
    ("meal", "guaraná antarctica lata", "sugar", ""),
    ("meal", "moqueca baiana com arroz e pirão", "", ""),
    ("meal", "churrasco: picanha, linguiça, pão de alho e vinagrete", "wheat", "dairy"),  # why: pão de alho spread is usually butter/cream cheese based
    ("meal", "x-tudo do trailer da esquina", "wheat dairy", "soy sugar"),  # why: bun, cheese; mayo/ketchup and burger patties
    ("meal", "misto quente e suco de laranja natural", "wheat dairy", ""),
    ("meal", "cuscuz nordestino com ovo e manteiga", "corn dairy", ""),  # why: Northeastern cuscuz is made of flocão (maize flakes)
    ("meal", "bolo de fubá da vó com café", "corn wheat sugar", "dairy"),
    ("meal", "strogonoff de frango com arroz e batata palha", "dairy", "wheat soy corn sugar"),  # why: creme de leite; often ketchup/flour; batata palha fried in unknown oil
    ("meal", "pamonha doce e curau", "corn sugar", "dairy"),
    ("meal", "acarajé com vatapá e camarão", "wheat", "dairy"),  # why: vatapá is thickened with bread; fried in dendê (palm) so no oil warning
    ("meal", "pudim de leite condensado", "dairy sugar", ""),
    ("meal", "caipirinha de limão", "sugar", ""),
    ("meal", "yakisoba da feira", "wheat soy", "sugar"),
    ("meal", "biscoito de polvilho 1 pacote", "", "dairy"),  # why: polvilho biscuits are cassava starch; some recipes add milk
    ("meal", "mate gelado com limão na praia (o de galão)", "sugar", ""),
]

# --- Argentina ---
BLIND37_CASES += [
    ("meal", "asado: vacío, chorizo y morcilla con chimi y ensalada mixta", "", ""),
    ("meal", "choripán con chimichurri", "wheat", ""),
    ("meal", "2 medialunas de manteca y un cortado", "wheat dairy sugar", ""),
    ("meal", "mate amargo toda la mañana", "", ""),
    ("meal", "mate con azucar y unas facturas", "wheat sugar", "dairy"),
    ("meal", "milanesa napolitana con puré", "wheat dairy", "corn soy"),
    ("meal", "empanadas de carne cortada a cuchillo x3, al horno", "wheat", ""),
    ("meal", "provoleta a la parrilla con oregano", "dairy", ""),
    ("meal", "alfajor de maicena", "wheat corn dairy sugar", ""),
    ("meal", "pizza de muzza en banchero, 2 porciones + fainá", "wheat dairy", "sugar"),  # why: fainá is chickpea flour; pizza dough often has a little sugar
    ("meal", "locro el 25 de mayo", "corn", ""),
    ("meal", "fernet con coca", "sugar", ""),
    ("meal", "humita en chala", "corn", "dairy"),
    ("meal", "sanguchitos de miga de jamón y queso x6", "wheat dairy", "soy"),
    ("meal", "bife de chorizo con papas fritas en la parrilla del barrio", "", "soy corn"),
    ("meal", "helado de dulce de leche granizado 1/4", "dairy sugar", ""),
    ("meal", "chipa x 5 en la ruta", "dairy", ""),
]

# --- India ---
BLIND37_CASES += [
    ("meal", "2 roti, dal, bhindi sabzi, home food", "wheat", ""),
    ("meal", "masala chai with 2 parle g", "dairy wheat sugar", ""),
    ("meal", "chai without sugar, just adrak wali", "dairy", ""),
    ("meal", "idli sambar and coconut chutney x3 idli", "", ""),
    ("meal", "masala dosa at udupi hotel, ghee roast", "dairy", ""),
    ("meal", "poha with peanuts and sev, nimbu", "", "soy corn"),  # why: sev is gram flour fried in unknown oil
    ("meal", "rava upma for nashta", "wheat", ""),
    ("meal", "aloo paratha with white butter and dahi", "wheat dairy", ""),
    ("meal", "paneer butter masala + 2 butter naan from dhaba", "wheat dairy", "sugar"),  # why: restaurant makhani gravies usually get sugar or honey
    ("meal", "chole bhature", "wheat", "dairy soy corn"),  # why: bhature dough often has curd; deep fried
    ("meal", "vada pav x2 with green chutney", "wheat", "soy corn"),
    ("meal", "pani puri 6 plates lol just kidding 1 plate", "wheat", "soy corn"),
    ("meal", "pav bhaji extra butter", "wheat dairy", ""),
    ("meal", "chicken biryani from behrouz", "", "dairy"),  # why: biryani marinade usually has curd and often ghee
    ("meal", "curd rice with pickle", "dairy", ""),
    ("meal", "makki di roti te sarson da saag, makkhan upar se", "corn dairy", ""),
    ("meal", "bhutta with nimbu masala", "corn", ""),
    ("meal", "gulab jamun 2 after lunch", "dairy wheat sugar", ""),
    ("meal", "jalebi with rabdi sunday morning", "wheat sugar dairy", ""),
    ("meal", "khaman dhokla", "", "sugar"),  # why: khaman batter and tempering water normally get sugar
    ("meal", "maggi 2 minute noodles masala", "wheat", "sugar corn"),
    ("meal", "thums up 600ml", "sugar", ""),
    ("meal", "sweet lassi big glass at amritsar", "dairy sugar", ""),
    ("meal", "chaas / buttermilk masala", "dairy", ""),
    ("meal", "dal makhani, jeera rice", "dairy", ""),
    ("meal", "samosa 2 with imli chutney", "wheat sugar", "soy corn"),  # why: sweet tamarind chutney has jaggery/sugar
    ("meal", "besan chilla with mint chutney, made in mustard oil", "", ""),
    ("meal", "filter coffee", "dairy", "sugar"),
    ("meal", "khichdi with ghee and papad", "dairy", ""),
    ("meal", "veg momos steamed with red chutney", "wheat", ""),
    ("meal", "kheer made with jaggery instead of sugar", "dairy sugar", ""),  # why: jaggery is still an added cane sugar
    ("meal", "appam with vegetable stew (coconut milk)", "", ""),
    ("meal", "mysore pak 1 piece", "dairy sugar", ""),
]

# --- Pakistan ---
BLIND37_CASES += [
    ("meal", "halwa puri chanay sunday nashta", "wheat sugar", "dairy soy corn"),  # why: suji halwa is made with ghee usually; puri deep fried
    ("meal", "nihari with naan and ginger", "wheat", "dairy"),  # why: nihari gravy is thickened with atta; often finished in ghee
    ("meal", "chicken karahi at a dhaba, 2 roti", "wheat", "dairy"),  # why: many karahi recipes finish with butter/cream or yogurt
    ("meal", "daal chawal with achar", "", ""),
    ("meal", "seekh kabab paratha roll with imli chutney", "wheat sugar", "dairy"),
    ("meal", "doodh patti", "dairy", "sugar"),
    ("meal", "gol gappay at the mall, imli pani", "wheat sugar", "soy corn"),
    ("meal", "haleem with fried onions and lemon", "wheat", "dairy"),  # why: haleem has whole wheat; ghee often
    ("meal", "chicken tikka and raita, no roti today", "dairy", ""),
    ("meal", "pakoray in iftar + rooh afza sharbat", "sugar", "soy corn"),
    ("meal", "bun kabab with chutney and egg", "wheat", "sugar"),
    ("meal", "saag with makai ki roti", "corn", "dairy"),
    ("meal", "kheer with pista", "dairy sugar", ""),
    ("meal", "lassi namkeen", "dairy", ""),
    ("meal", "zinger burger from KFC pk", "wheat", "corn soy sugar dairy"),  # why: breading and mayo-based sauce; bun usually has sugar and milk
    ("meal", "pulao with shami kabab (shami made with chana dal, no bread)", "", ""),
]

# --- Bangladesh ---
BLIND37_CASES += [
    ("meal", "bhat, dal, ilish maach bhaja in mustard oil", "", ""),
    ("meal", "ভাত, ডাল আর আলু ভর্তা", "", ""),
    ("meal", "panta bhat with peyaj morich, boishakh", "", ""),
    ("meal", "fuchka 1 plate from dhanmondi", "wheat", "soy corn"),  # why: fuchka shells are semolina/flour, fried
    ("meal", "singara ar cha", "wheat", "dairy sugar soy corn"),  # why: plain "cha" is usually sweet milk tea but could be rong cha; singara deep fried
    ("meal", "rong cha with lemon, chini chara", "", ""),
    ("meal", "morog polao at a biye", "dairy", "sugar"),  # why: wedding polao is cooked in ghee; some add sugar and milk
    ("meal", "kacchi biryani from sultan's dine", "dairy", ""),  # why: kacchi marinade has yogurt and ghee
    ("meal", "mishti doi 1 cup", "dairy sugar", ""),
    ("meal", "roshogolla x3", "dairy sugar", ""),
    ("meal", "bhapa pitha with khejur gur", "sugar", ""),  # why: date-palm jaggery is an added sugar
    ("meal", "khichuri and beef bhuna on a rainy day", "", "dairy"),
    ("meal", "paratha, dim bhaji, dal — breakfast at tong", "wheat", "soy corn"),
    ("meal", "chotpoti with tetul", "", "sugar"),  # why: tamarind water is usually sweetened
    ("meal", "jhal muri", "", ""),
]

# --- China ---
BLIND37_CASES += [
    ("meal", "煎饼果子一套 加蛋", "wheat soy sugar", "corn"),  # why: sweet bean sauce (flour + soy), wheat/mung batter, fried youtiao or cracker
    ("meal", "豆浆油条", "soy wheat", "sugar corn"),  # why: street doujiang is often sweetened; youtiao fried in unknown oil
    ("meal", "无糖豆浆 + 茶叶蛋", "soy", ""),  # why: tea eggs are braised in soy sauce
    ("meal", "小笼包 6个 with vinegar and ginger", "wheat", "soy sugar"),  # why: filling usually seasoned with soy sauce and a little sugar
    ("meal", "白粥配榨菜", "", ""),
    ("meal", "兰州拉面 牛肉面 一碗", "wheat", ""),
    ("meal", "麻婆豆腐 米饭", "soy", "wheat"),  # why: doubanjiang commonly contains wheat flour
    ("meal", "宫保鸡丁外卖", "soy wheat sugar", "corn"),  # why: soy sauce and sugar in the sauce; cornstarch velveting common
    ("meal", "番茄炒蛋 自己做的 加了一点糖", "sugar", ""),
    ("meal", "奶茶 半糖 珍珠", "dairy sugar", ""),  # why: half sugar is still sugar; logged as milk tea
    ("meal", "hotpot haidilao, mostly lamb, tofu, mushrooms, sesame sauce dip", "soy", "wheat sugar"),
    ("meal", "蛋炒饭 no soy sauce", "", ""),
    ("meal", "肠粉 with soy sauce", "soy wheat", "sugar"),
    ("meal", "烤红薯 from a street cart", "", ""),
    ("meal", "糖葫芦", "sugar", ""),
    ("meal", "羊肉串 x10 + 青岛啤酒", "", "wheat"),  # why: beer is barley malt; malt flagged as possible wheat
    ("meal", "螺蛳粉", "soy", ""),  # why: rice noodles; fried tofu skin is a standard topping
    ("meal", "月饼 蛋黄莲蓉 一个", "wheat sugar", ""),
    ("meal", "凉皮 和 肉夹馍", "wheat", "soy sugar"),
    ("meal", "鸡蛋羹 steamed egg, few drops of light soy", "soy wheat", ""),
    ("meal", "清蒸鱼 米饭 青菜", "soy wheat", "sugar"),  # why: steamed fish is dressed with seasoned soy sauce
    ("meal", "char siu rice from the roast shop", "sugar soy", "wheat"),  # why: char siu glaze is sugar/honey/maltose + hoisin/soy
]

# --- Japan ---
BLIND37_CASES += [
    ("meal", "醤油ラーメン 一蘭じゃなくて近所の店", "wheat soy", "sugar"),
    ("meal", "tonkotsu ramen ichiran + kaedama", "wheat", "soy sugar"),  # why: tare is soy based in most shops
    ("meal", "コンビニおにぎり 鮭と梅", "", ""),
    ("meal", "onigiri ツナマヨ", "", "soy sugar"),  # why: tuna-mayo filling; Japanese mayo is soy/rapeseed oil, seasoned
    ("meal", "納豆ご飯 タレ付き", "soy", "wheat sugar"),  # why: the sachet sauce is soy sauce and sugar/syrup based
    ("meal", "味噌汁と焼き魚と白ご飯", "soy", ""),
    ("meal", "conveyor belt sushi 10 plates, dipped in soy sauce", "soy wheat sugar", ""),  # why: sushi rice is seasoned with sugared vinegar
    ("meal", "sashimi only, no soy sauce, just salt and wasabi", "", ""),
    ("meal", "カツカレー 大盛り", "wheat", "dairy corn soy sugar"),  # why: panko + flour roux; commercial roux often has milk, sugar; fried
    ("meal", "牛丼 並 すき家", "soy wheat sugar", ""),
    ("meal", "天ぷらそば", "wheat soy", "sugar"),  # why: most soba is part wheat; tsuyu is soy + mirin/sugar
    ("meal", "十割そば ざる, no tsuyu, salt only", "", ""),  # why: 100% buckwheat soba, no wheat
    ("meal", "抹茶ラテ スタバ", "dairy sugar", ""),
    ("meal", "たまごサンド ファミマ", "wheat", "dairy soy sugar"),
    ("meal", "唐揚げ定食", "wheat soy", "corn"),  # why: karaage marinated in soy; coated in wheat flour/potato starch
    ("meal", "お好み焼き 豚玉", "wheat sugar", "soy"),  # why: okonomi sauce is sweet; batter is flour
    ("meal", "たこ焼き 8個", "wheat sugar", ""),
    ("meal", "焼き鳥 塩で 5本 + ハイボール", "", ""),  # why: salt yakitori, not tare; distilled whisky and soda
    ("meal", "玉子焼き, bento side", "", "sugar soy"),  # why: Japanese tamagoyaki is usually sweetened
    ("meal", "ポッキー 1袋", "wheat sugar dairy", "soy"),
    ("meal", "edamame and a highball at izakaya", "soy", ""),
    ("meal", "kitsune udon", "wheat soy sugar", ""),  # why: sweet-simmered fried tofu and soy dashi
    ("meal", "melon pan from lawson", "wheat sugar dairy", ""),
]

# --- Korea ---
BLIND37_CASES += [
    ("meal", "비빔밥 with gochujang and a fried egg", "soy sugar", "wheat corn"),  # why: commercial gochujang: soybean, rice syrup/corn syrup, often wheat
    ("meal", "김치찌개 and rice", "", "soy sugar"),  # why: stew is often seasoned with a little gochujang or soy
    ("meal", "불고기 백반", "soy wheat sugar", ""),
    ("meal", "떡볶이 with 어묵", "sugar soy", "wheat"),  # why: fish cakes have wheat flour; some tteok is wheat
    ("meal", "김밥 한 줄 편의점", "", "sugar wheat"),  # why: pickled radish is sugared; ham/crab stick carry starch
    ("meal", "신라면 + 김치", "wheat", "soy corn sugar"),
    ("meal", "치맥 - yangnyeom chicken and a cass", "wheat sugar", "corn soy"),  # why: yangnyeom sauce is sweet, often with corn syrup; beer
    ("meal", "삼겹살 구이, 쌈장, 상추", "soy", "wheat sugar"),
    ("meal", "된장찌개 with tofu", "soy", ""),
    ("meal", "바나나맛 우유", "dairy sugar", ""),
    ("meal", "soju 1 bottle chamisul", "", "sugar"),  # why: commercial soju contains sweeteners (fructose/stevia)
    ("meal", "냉면 물냉", "", "wheat sugar"),  # why: naengmyeon noodles are buckwheat + starch, often with wheat; broth sweetened
    ("meal", "호떡 from a street stall", "wheat sugar", "soy corn"),
    ("meal", "붕어빵 팥", "wheat sugar", "dairy"),
    ("meal", "갈비탕", "soy", ""),
    ("meal", "계란말이 and kimchi, no rice", "", ""),
    ("meal", "jjajangmyeon delivery", "wheat soy sugar", ""),
    ("meal", "kimchi fried rice w/ spam", "sugar", "soy"),  # why: Spam lists sugar; often seasoned with gochujang or soy sauce
]

# --- Vietnam ---
BLIND37_CASES += [
    ("meal", "phở bò tái, thêm tương đen và tương ớt", "soy sugar", ""),  # why: hoisin (tương đen) is soy + sugar
    ("meal", "pho ga no hoisin, just lime and chili", "", "sugar"),  # why: many pho broths get rock sugar
    ("meal", "bánh mì thịt nguội pate", "wheat", "soy sugar dairy"),  # why: Maggi/soy seasoning, sweet pickles, pâté often has butter or milk
    ("meal", "cà phê sữa đá", "dairy sugar", ""),
    ("meal", "ca phe den khong duong", "", ""),
    ("meal", "bún chả Hà Nội", "sugar", ""),  # why: nước chấm and the pork marinade both take sugar
    ("meal", "cơm tấm sườn bì chả", "sugar", "soy"),
    ("meal", "gỏi cuốn x4 with peanut hoisin dip", "soy sugar", ""),
    ("meal", "bánh xèo", "", "soy corn sugar"),  # why: rice/turmeric batter fried; dipping fish sauce is sweetened
    ("meal", "chè ba màu", "sugar", ""),
    ("meal", "xôi gấc sáng nay", "", "sugar"),
    ("meal", "trà sữa trân châu, 70% đường", "dairy sugar", ""),
    ("meal", "hủ tiếu nam vang", "", "sugar soy"),
    ("meal", "mì xào bò", "wheat soy", "sugar"),
]

# --- Thailand ---
BLIND37_CASES += [
    ("meal", "pad thai goong from a cart", "sugar", "soy"),  # why: palm sugar in the sauce; tofu usually added
    ("meal", "ผัดกะเพราหมูสับ ไข่ดาว", "soy sugar", "wheat"),  # why: thin soy and oyster sauce (often wheat) + sugar
    ("meal", "som tam thai", "sugar", ""),
    ("meal", "ส้มตำปูปลาร้า ไม่ใส่น้ำตาล", "", ""),
    ("meal", "green curry chicken with rice", "", "sugar"),  # why: coconut milk is not dairy; palm sugar common
    ("meal", "khao man gai", "soy", "sugar wheat"),  # why: the dipping sauce is tao jiew (fermented soybean), sweetened
    ("meal", "mango sticky rice", "sugar", ""),
    ("meal", "cha yen thai iced tea", "dairy sugar", ""),
    ("meal", "tom yum goong nam khon", "", "dairy"),  # why: creamy version uses evaporated milk or coconut milk
    ("meal", "moo ping x5 with sticky rice", "sugar", "soy"),
    ("meal", "ข้าวผัดปู", "", "soy sugar"),
    ("meal", "7-11 toastie ham cheese", "wheat dairy", "sugar soy"),
    ("meal", "boat noodles x4 bowls", "soy", "sugar wheat"),
    ("meal", "khao soi gai", "wheat", "sugar soy"),  # why: egg noodles; curry usually seasoned with palm sugar and soy
    ("meal", "fresh coconut water straight from the coconut", "", ""),
]

# --- Philippines ---
BLIND37_CASES += [
    ("meal", "chicken adobo and rice, lola's recipe", "soy wheat", "sugar"),
    ("meal", "tapsilog", "soy wheat sugar", ""),  # why: tapa is marinated in soy sauce and sugar
    ("meal", "longsilog w/ sawsawan", "sugar", ""),  # why: longganisa (hamonado style) is sweet
    ("meal", "jollibee 1pc chickenjoy with jolly spaghetti", "wheat dairy sugar", "corn soy"),  # why: sweet-style spaghetti sauce with cheese; fried chicken breading
    ("meal", "pandesal 3pcs and kape", "wheat sugar", "dairy"),
    ("meal", "sinigang na baboy with kangkong", "", ""),
    ("meal", "sinigang using knorr sinigang mix", "", "sugar corn"),
    ("meal", "lumpiang shanghai x6 with sweet chili", "wheat sugar", "soy corn"),
    ("meal", "pancit canton lucky me kalamansi", "wheat soy sugar", ""),
    ("meal", "halo-halo from chowking", "dairy sugar", ""),
    ("meal", "taho sa umaga", "soy sugar", ""),
    ("meal", "lechon kawali with mang tomas", "sugar wheat", "soy corn"),  # why: Mang Tomas lechon sauce has sugar and breadcrumbs
    ("meal", "isaw and kwek kwek with vinegar", "", "wheat corn soy"),  # why: kwek kwek batter is flour/cornstarch, deep fried
    ("meal", "kare kare with bagoong", "", "sugar"),
    ("meal", "bibingka (malagkit) with salted egg", "sugar", "dairy"),
    ("meal", "turon x2", "wheat sugar", "soy corn"),
    ("meal", "balut 1", "", ""),
]

# --- Indonesia ---
BLIND37_CASES += [
    ("meal", "nasi goreng pake kecap manis dan telur ceplok", "soy sugar", "wheat"),
    ("meal", "sate ayam 10 tusuk bumbu kacang", "sugar soy", ""),
    ("meal", "gado gado", "soy sugar", ""),  # why: tofu + tempeh; peanut sauce with palm sugar
    ("meal", "indomie goreng + telor", "wheat soy sugar", "corn"),
    ("meal", "bakso urat + mie kuning", "wheat", ""),
    ("meal", "tempe goreng dan nasi putih", "soy", ""),  # why: Indonesian frying oil is palm oil, not a corn/soy warning
    ("meal", "rendang padang sama nasi", "", ""),
    ("meal", "martabak manis coklat keju", "wheat dairy sugar", ""),
    ("meal", "es teh manis", "sugar", ""),
    ("meal", "kopi susu gula aren", "dairy sugar", ""),
    ("meal", "nasi uduk + ayam goreng + sambal", "", ""),
    ("meal", "pecel lele", "", "sugar"),  # why: sambal terasi often has gula merah
    ("meal", "bubur ayam kecap asin kerupuk", "soy", "wheat"),
    ("meal", "gorengan: bakwan, tahu isi, pisang goreng", "wheat soy", ""),
    ("meal", "nasi padang: rendang, daun singkong, sambal ijo", "", ""),
]

# --- Turkey ---
BLIND37_CASES += [
    ("meal", "simit ve çay", "wheat", "sugar"),  # why: simit is dipped in grape molasses; tea often taken with sugar
    ("meal", "serpme kahvaltı: beyaz peynir, zeytin, bal, kaymak, yumurta, ekmek", "wheat dairy", "sugar"),  # why: honey = possible
    ("meal", "menemen with bread", "wheat", "dairy"),
    ("meal", "tavuk döner dürüm", "wheat", "dairy"),
    ("meal", "lahmacun x2 ayran", "wheat dairy", ""),
    ("meal", "su böreği", "wheat dairy", ""),
    ("meal", "mercimek çorbası", "", "dairy wheat"),
    ("meal", "iskender", "wheat dairy", ""),
    ("meal", "baklava 3 dilim", "wheat dairy sugar", ""),
    ("meal", "künefe", "wheat dairy sugar", ""),
    ("meal", "lokum with turkish coffee", "sugar", "corn"),  # why: lokum is set with starch, typically cornstarch
    ("meal", "karnıyarık, pilav, cacık", "dairy", "wheat"),  # why: Turkish pilav is often made with şehriye (wheat vermicelli)
    ("meal", "kumpir with cheese, corn, olives", "dairy corn", ""),
    ("meal", "mantı with garlic yogurt", "wheat dairy", ""),
]

# --- Egypt ---
BLIND37_CASES += [
    ("meal", "koshary from abou tarek", "wheat", "soy corn"),  # why: pasta + crispy fried onions
    ("meal", "ful medames with aish baladi", "wheat", ""),
    ("meal", "ta'ameya sandwich", "wheat", "soy corn"),
    ("meal", "feteer meshaltet with honey", "wheat dairy", "sugar"),
    ("meal", "molokhia with rice and chicken", "", "dairy"),  # why: often finished with samna (ghee)
    ("meal", "shai bel na3na3 w sukkar", "sugar", ""),
    ("meal", "basbousa", "wheat sugar dairy", ""),
    ("meal", "om ali", "wheat dairy sugar", ""),
    ("meal", "mahshi kromb", "", ""),
    ("meal", "hawawshi", "wheat", ""),
    ("meal", "sahlab in winter", "dairy sugar", "corn"),
    ("meal", "fiteer w/ cheese, no honey this time", "wheat dairy", ""),
    ("meal", "فول وطعمية وعيش", "wheat", "soy corn"),
]

# --- Nigeria ---
BLIND37_CASES += [
    ("meal", "party jollof rice with fried plantain and chicken", "", ""),
    ("meal", "jollof with 2 maggi cubes, chicken", "", "wheat corn sugar"),  # why: bouillon cubes commonly carry wheat flour, starch, sugar
    ("meal", "eba and egusi soup", "", ""),
    ("meal", "pounded yam and efo riro", "", ""),
    ("meal", "puff puff x6", "wheat sugar", "soy corn"),
    ("meal", "chin chin one small nylon", "wheat sugar", "dairy"),  # why: many chin chin recipes use butter/margarine or milk
    ("meal", "akara and pap (ogi)", "corn", "soy"),  # why: ogi is fermented maize; akara fried in (often soybean/veg) oil
    ("meal", "moi moi and custard", "corn", "sugar dairy"),  # why: custard powder is cornstarch; usually taken with sugar and milk
    ("meal", "suya 500 naira + zobo", "", "sugar"),  # why: bottled zobo is usually sweetened
    ("meal", "indomie with egg and sausage, abeg don't judge", "wheat", "soy corn sugar"),
    ("meal", "agege bread and ewa agoyin", "wheat sugar", ""),
    ("meal", "malta guinness", "sugar", "wheat corn"),  # why: malt drink = barley malt + glucose syrup
    ("meal", "milo with peak milk", "dairy sugar", "wheat"),  # why: Milo contains malted barley
    ("meal", "shawarma (chicken, sausage, mayo, ketchup)", "wheat sugar", "soy corn"),
    ("meal", "boli and groundnut", "", ""),
    ("meal", "coke and meat pie", "sugar wheat", "dairy"),  # why: meat pie pastry is usually made with margarine or butter
]

# --- Kenya ---
BLIND37_CASES += [
    ("meal", "ugali na sukuma wiki", "corn", ""),
    ("meal", "nyama choma, ugali, kachumbari", "corn", ""),
    ("meal", "chapati 2 and ndengu", "wheat", ""),
    ("meal", "chai ya maziwa na mandazi", "dairy wheat", "sugar"),  # why: mandazi normally have sugar; chai usually sweetened
    ("meal", "githeri", "corn", ""),
    ("meal", "pilau ya nyama", "", ""),
    ("meal", "samosa and a soda (fanta orange)", "wheat sugar", "soy corn"),
    ("meal", "smokie pasua with kachumbari", "", "soy wheat corn"),  # why: smokies carry starch, soy protein fillers
    ("meal", "uji wa wimbi with sugar", "sugar", ""),  # why: finger millet porridge; sugar added
    ("meal", "mahamri and chai, coastal style", "wheat", "dairy sugar"),  # why: mahamri use coconut milk, usually sugar; milky chai
    ("meal", "tusker baridi 2", "", "wheat corn"),  # why: barley malt + sugar/maize adjunct common in east african lager
    ("meal", "matoke with beef stew", "", ""),
    ("meal", "sausage, eggs and toast at java", "wheat", "soy dairy"),
]

# --- South Africa ---
BLIND37_CASES += [
    ("meal", "pap and boerewors with chakalaka", "corn", "wheat"),  # why: boerewors may contain cereal/rusk filler
    ("meal", "bunny chow quarter mutton", "wheat", ""),
    ("meal", "vetkoek with mince", "wheat", "sugar soy corn"),
    ("meal", "koeksisters x2", "wheat sugar", "dairy"),
    ("meal", "ouma rusks dunked in rooibos", "wheat dairy sugar", ""),
    ("meal", "rooibos tea, no milk no sugar", "", ""),
    ("meal", "bobotie with yellow rice", "wheat dairy sugar", ""),  # why: milk-soaked bread, chutney, sugared yellow rice
    ("meal", "braai: lamb chops, mielie on the coals, salad", "corn", ""),
    ("meal", "kota from the spaza with polony, chips, atchar, cheese", "wheat dairy", "soy corn"),
    ("meal", "amasi and pap", "corn dairy", ""),
    ("meal", "biltong snack 100g", "", "sugar"),  # why: many commercial biltong spice mixes contain brown sugar
    ("meal", "malva pudding and custard", "wheat dairy sugar", "corn"),
    ("meal", "nando's quarter chicken peri-peri, spicy rice, coleslaw", "", "sugar soy"),
    ("meal", "mageu number 1", "corn sugar", ""),
    ("meal", "steers burger and a creme soda", "wheat sugar", "dairy soy"),
]

# --- mixed-language, corrections, swaps and nothing-at-all cases ---
BLIND37_CASES += [
    ("meal", "tacos de pescado… no espera, eran en tortilla de harina, no de maíz", "wheat", "corn soy"),  # why: correction: flour tortilla; fish is battered and fried
    ("meal", "latte with oat milk, no sugar", "", ""),
    ("meal", "cappuccino - wait they made it with regular milk not almond, didn't notice till after", "dairy", ""),
    ("meal", "soy latte venti starbucks + 1 pump vanilla", "soy sugar", ""),
    ("meal", "cafe con leche de coco y stevia", "", ""),
    ("meal", "my sister had the pizza, I just had grilled fish and salad", "", ""),
    ("meal", "ordered ramen but swapped noodles for tofu shirataki, broth was shio", "soy", ""),
    ("meal", "gluten-free pasta (rice and corn) with pesto", "corn", "dairy"),  # why: pesto normally has parmesan
    ("meal", "GF bread toast w/ avocado", "", "corn soy"),  # why: GF breads often use corn starch and soy or egg; label unknown
    ("meal", "tamari (wheat free) on rice with salmon", "soy", ""),
    ("meal", "peanut butter on apple slices", "", "sugar"),  # why: ordinary peanut butter often has added sugar; not dairy
    ("meal", "butternut squash soup with coconut milk", "", ""),
    ("meal", "cornish hen roasted with peppercorns and rosemary", "", ""),
    ("meal", "sugar snap peas stir-fried in olive oil with garlic", "", ""),
    ("meal", "sweet potato baked, plain", "", ""),
    ("meal", "boiled eggs 2 and black coffee", "", ""),
    ("meal", "dal, rice, salad. no roti today", "", ""),
    ("meal", "pad see ew but asked them no soy sauce... they still used dark soy lol", "soy wheat sugar", ""),  # why: the person says it was used anyway; wide rice noodles, sweet dark soy
    ("meal", "arroz con frijoles y huevo, sin tortilla hoy", "", ""),
    ("meal", "arepa con queso y mantequilla", "corn dairy", ""),
    ("meal", "mcdonald's big mac meal with coke zero", "wheat dairy sugar", "soy corn"),  # why: bun sugar, cheese, sauce; fries oil; coke zero is sugar-free
    ("meal", "kfc zinger + pepsi", "wheat sugar", "corn soy dairy"),
    ("meal", "starbucks caramel macchiato grande", "dairy sugar", ""),
    ("meal", "subway 6 inch italian bmt on italian herbs & cheese bread", "wheat dairy sugar", "soy"),  # why: Subway breads list sugar
    ("meal", "buckwheat galette with egg and ham, no cheese", "", ""),
    ("meal", "overnight oats with almond milk and chia", "", "wheat"),  # why: oats cross-contact only
    ("meal", "yogur griego natural sin azúcar con fresas", "dairy", ""),
    ("meal", "dhokla but made sugar-free by my mom, only lemon", "", ""),
    ("meal", "chai, sugar free, but with 2 marie biscuits", "dairy wheat sugar", ""),  # why: the tea is unsweetened but Marie biscuits contain sugar
    ("meal", "corned beef hash with onions (canned)", "", "sugar corn"),  # why: corned beef is not corn; canned corned beef can have sugar/dextrose
    ("meal", "kombucha ginger 330ml", "sugar", ""),
    ("meal", "protein shake whey + water", "dairy", "sugar soy"),
    ("meal", "bubble tea with oat milk, 0 sugar, tapioca pearls", "", "sugar"),  # why: pearls are typically soaked in sugar syrup
    ("meal", "fried rice - no egg no soy sauce, only salt", "", ""),
]

# --- labels: Latin America ---
BLIND37_CASES += [
    ("label", "TOSTADAS SANISSIMO horneadas. Ingredientes: maíz nixtamalizado, aceite vegetal, sal, cal. Sin gluten. Contenido neto 200 g", "corn", "soy"),  # why: "aceite vegetal" of unknown source; corn already definite
    ("label", "Tortillinas TÍA ROSA harina de trigo. Ingredientes: harina de trigo enriquecida, agua, manteca vegetal (palma), azúcar, sal, polvo para hornear (bicarbonato de sodio, pirofosfato ácido de sodio, almidón de maíz), propionato de calcio. CONTIENE: TRIGO. Puede contener leche y soya.", "wheat sugar corn", "dairy soy"),
    ("label", "TAKIS FUEGO. Ingredientes: harina de maíz nixtamalizado, aceite vegetal, sazonador (maltodextrina, sal, azúcar, ácido cítrico, glutamato monosódico, proteína de soya hidrolizada, colorantes rojo 40 y amarillo 6), sal. Contiene soya.", "corn sugar soy", ""),  # why: hydrolysed protein is soy-labelled; oil unknown but corn and soy already definite
    ("label", "Maruchan Sopa Instantánea Sabor Camarón con Limón y Chile. Ingredientes fideo: harina de trigo, aceite vegetal (palma), almidón de papa modificado, sal. Sazonador: sal, glutamato monosódico, azúcar, camarón en polvo, chile en polvo, salsa de soya en polvo (soya, trigo, sal), ajo en polvo, cebolla, limón en polvo (maltodextrina, ácido cítrico). Contiene: trigo, soya, crustáceos.", "wheat sugar soy", "corn"),
    ("label", "Leche condensada LA LECHERA NESTLÉ. Ingredientes: leche entera, azúcar, lactosa. Contenido 387 g. Información nutrimental por 100 g: energía 321 kcal, azúcares 54 g", "dairy sugar", ""),
    ("label", "BIMBO Pan Blanco Grande. Ingredientes: Harina de trigo fortificada, agua, azúcares añadidos (azúcar, jarabe de maíz de alta fructosa), levadura, aceite vegetal, gluten de trigo, sal yodada, emulsificantes (mono y diglicéridos, estearoil lactilato de sodio, lecitina de soya), conservador (propionato de calcio). CONTIENE TRIGO Y SOYA. Puede contener leche, ajonjolí.", "wheat sugar corn soy", "dairy"),
    ("label", "Chocolate de mesa ABUELITA. Ingredientes: azúcar, pasta de cacao, grasa vegetal, lecitina de soya (emulsificante), saborizante artificial. Contiene soya. Puede contener trazas de leche.", "sugar soy", "dairy"),
    ("label", "Salsa Valentina etiqueta amarilla. Ingredientes: agua, chiles secos, vinagre, sal, especias, benzoato de sodio 0.1%.", "", ""),
    ("label", "Biscoito Recheado PASSATEMPO sabor chocolate. INGREDIENTES: farinha de trigo enriquecida com ferro e ácido fólico, açúcar, gordura vegetal, amido, cacau em pó, açúcar invertido, sal, leite em pó integral, fermentos químicos, emulsificante lecitina de soja, aromatizantes. ALÉRGICOS: CONTÉM TRIGO, LEITE E SOJA. PODE CONTER AVEIA, CEVADA, CENTEIO. CONTÉM GLÚTEN.", "wheat sugar dairy soy", "corn"),  # why: unqualified "amido" could be corn (or wheat, already definite)
    ("label", "Requeijão Cremoso Catupiry 200g. Ingredientes: leite pasteurizado, creme de leite, fermento lácteo, cloreto de sódio. NÃO CONTÉM GLÚTEN. ALÉRGICOS: CONTÉM LEITE.", "dairy", ""),
    ("label", "Farofa pronta YOKI tradicional. Ingredientes: farinha de mandioca torrada, gordura vegetal, sal, cebola, alho, corante natural urucum, aromatizante. NÃO CONTÉM GLÚTEN. Pode conter soja e leite.", "", "soy dairy"),  # why: "gordura vegetal" unspecified; soy is already a may-contain
    ("label", "Guaraná Antarctica. Ingredientes: água gaseificada, açúcar, extrato de semente de guaraná, acidulante ácido cítrico, conservador benzoato de sódio, corante caramelo IV, aromatizante natural.", "sugar", "corn"),  # why: citric acid and caramel colour are classic hidden-corn sources
    ("label", "Alfajor Havanna chocolate. Ingredientes: dulce de leche (leche, azúcar, glucosa, bicarbonato de sodio), harina de trigo, cobertura de chocolate (azúcar, manteca de cacao, pasta de cacao, leche entera en polvo, lecitina de soja), azúcar, manteca, huevo, miel, almidón de maíz. CONTIENE GLUTEN, LECHE, HUEVO, SOJA.", "dairy sugar wheat soy corn", ""),
    ("label", "Yerba mate TARAGÜÍ con palo. Ingredientes: yerba mate elaborada con palo. SIN TACC.", "", ""),
    ("label", "Galletitas de arroz GALLO sin sal. Ingredientes: arroz integral, maíz. Libre de gluten - SIN TACC", "corn", ""),
]

# --- labels: South Asia ---
BLIND37_CASES += [
    ("label", "Parle-G Original Gluco Biscuits. Ingredients: Wheat Flour (Atta) (69%), Sugar, Edible Vegetable Oil (Palm), Invert Sugar Syrup, Leavening Agents [503(ii), 500(ii)], Milk Solids, Iodised Salt, Emulsifiers [322 (from soya), 471], Dough Conditioner (223). CONTAINS WHEAT, MILK, SOYA. MAY CONTAIN NUTS.", "wheat sugar dairy soy", ""),
    ("label", "MAGGI 2-Minute Masala Noodles. NOODLES: Refined Wheat Flour (Maida), Palm Oil, Iodised Salt, Wheat Gluten, Thickeners (508 & 412), Acidity Regulators (501(i) & 500(i)), Humectant (451(i)). TASTEMAKER: Mixed Spices (23.5%), Noodle Powder (Refined Wheat Flour, Starch, Iodised Salt, Thickener 508), Sugar, Hydrolysed Groundnut Protein, Flavour Enhancer (635), Starch, Edible Vegetable Oil (Palm), Acidity Regulator (330). Contains Wheat. May contain Milk, Mustard, Soy.", "wheat sugar", "corn dairy soy"),  # why: unqualified starch and 330 (citric acid) could be corn; groundnut protein is not soy
    ("label", "Haldiram's Aloo Bhujia. Ingredients: Potato (40%), Edible Vegetable Oil (Cotton Seed, Corn & Palmolein Oil), Moth Bean Flour, Gram Flour, Salt, Spices & Condiments. Contains: Nuts. Packed in a facility that also handles wheat & milk.", "corn", "wheat dairy"),  # why: corn oil named; shared-facility line = possible
    ("label", "Amul Pure Ghee 1L. Made from cow milk fat. Ingredients: Milk Fat. Fat 99.7%", "dairy", ""),
    ("label", "Britannia Good Day Cashew Cookies. Ingredients: Refined Wheat Flour (Maida), Sugar, Refined Palm Oil, Cashew Nuts (6%), Butter (2.2%), Invert Syrup, Milk Solids, Raising Agents, Salt, Emulsifier (Soya Lecithin), Artificial Flavours (Butter, Vanilla). Contains Wheat, Milk, Soya, Nuts.", "wheat sugar dairy soy", ""),
    ("label", "MTR Rava Idli Mix. Ingredients: Semolina (Rava) 68%, Rice Flakes, Dehydrated Curd, Edible Vegetable Oil, Bengal gram dal, Salt, Cashew, Spices. ALLERGEN: CONTAINS WHEAT, MILK, NUTS.", "wheat dairy", "soy corn"),
    ("label", "Tata Sampann Unpolished Toor Dal 1kg. Ingredients: Toor Dal. No added colours.", "", ""),
    ("label", "Shan Bombay Biryani Masala. Ingredients: Salt, Red Chili, Dried Plum, Coriander, Cumin, Turmeric, Cardamom, Black Pepper, Citric Acid, Garlic, Ginger, Cinnamon, Clove, Bay Leaf, Papain, Canola Oil. Contains no MSG.", "", "corn"),  # why: citric acid is a listed hidden-corn source
    ("label", "Rooh Afza Sharbat. Ingredients: Sugar, Water, Fruit & vegetable juices, herbal distillates, permitted colour, preservative 211, flavours.", "sugar", ""),
    ("label", "Pran Potato Crackers (BD). Ingredients: Potato starch, Wheat flour, Palm oil, Sugar, Salt, Tomato powder, Spices, Flavour enhancer 621, Anticaking agent. Contains wheat.", "wheat sugar", ""),
    ("label", "Kissan Fresh Tomato Ketchup. Ingredients: Water, Tomato Paste (28%), Sugar, Iodised Salt, Acidity Regulator (260), Thickener (1422), Preservative (211), Spices & Condiments, Onion, Garlic.", "sugar", "corn wheat"),  # why: 1422 is a modified starch, source not stated
    ("label", "Nestlé a+ Dahi. Ingredients: Pasteurised Toned Milk, Milk Solids, Active Cultures. No added sugar.", "dairy", ""),
]

# --- labels: East Asia ---
BLIND37_CASES += [
    ("label", "老干妈 风味豆豉油制辣椒 配料：菜籽油、辣椒、豆豉、白砂糖、食用盐、味精、花椒。净含量280克", "soy sugar", ""),
    ("label", "李锦记 旧庄特级蚝油 Premium Oyster Sauce. 配料：蚝汁（蚝、水、食用盐）、白砂糖、食用盐、谷氨酸钠、焦糖色、小麦粉、玉米淀粉、呈味核苷酸二钠. Ingredients: oyster extracts, sugar, salt, MSG, caramel colour, wheat flour, modified corn starch", "sugar wheat corn", ""),
    ("label", "海天 金标生抽 配料：水、非转基因黄豆、小麦粉、食用盐、白砂糖、谷氨酸钠、酵母抽提物", "soy wheat sugar", ""),
    ("label", "维他奶 原味豆奶 Vitasoy Original Soya Bean Drink. 配料：水、非转基因大豆、白砂糖、食用盐、碳酸钙。Ingredients: water, soybeans, cane sugar, salt, calcium carbonate", "soy sugar", ""),
    ("label", "旺旺雪饼 配料：大米、棕榈油、白砂糖、葡萄糖浆、食用盐、乳粉、食用香精。致敏物质提示：含乳制品。", "sugar dairy", "corn"),  # why: glucose syrup source not stated
    ("label", "奥利奥 OREO 原味夹心饼干 配料：小麦粉、白砂糖、植物油、可可粉、果葡糖浆、淀粉、食用玉米淀粉、膨松剂、食用盐、大豆磷脂、食用香精。过敏原信息：含有小麦、大豆；可能含有乳制品。", "wheat sugar soy corn", "dairy"),  # why: high-fructose syrup plus corn starch listed
    ("label", "日清 カップヌードル 原材料名：油揚げめん（小麦粉（国内製造）、植物油脂、食塩、チキンエキス、ポークエキス、しょうゆ、香辛料）、かやく（味付豚ミンチ、味付卵、味付えび、ねぎ）、スープ（糖類、粉末しょうゆ、食塩、香辛料、たん白加水分解物）／加工でん粉、調味料（アミノ酸等）、炭酸Ca、カラメル色素、かんすい、乳化剤、酸化防止剤（ビタミンE）、増粘多糖類、酸味料、カロチノイド色素、ベニコウジ色素、香辛料抽出物、甘味料（スクラロース）（一部に小麦・卵・乳成分・えび・豚肉・鶏肉・大豆を含む）", "wheat soy sugar dairy", "corn"),  # why: allergen line names wheat, milk, soy; 糖類 = sugars; modified starch, caramel, oil unstated
    ("label", "明治 ミルクチョコレート 原材料名：砂糖、カカオマス、全粉乳、ココアバター、レシチン（大豆由来）、香料", "sugar dairy soy", ""),  # why: cocoa butter is not dairy; whole milk powder is
    ("label", "キッコーマン 丸大豆しょうゆ 原材料名：大豆（遺伝子組換えでない）、小麦、食塩 / アルコール", "soy wheat", ""),
    ("label", "San-J Tamari Gluten Free Soy Sauce, Reduced Sodium. Ingredients: water, organic soybeans, salt, alcohol (to preserve freshness). Wheat free. Certified gluten-free.", "soy", ""),
    ("label", "カルビー ポテトチップス うすしお味 原材料名：じゃがいも（国産）、植物油、食塩／調味料（アミノ酸）", "", "soy corn"),  # why: 植物油 unspecified
    ("label", "Shin Ramyun 신라면. 원재료명: 면 소맥분(밀:미국산,호주산), 감자전분, 팜유, 변성전분, 정제염, 면류첨가알칼리제... 스프 정제염, 정백당, 간장분말(대두, 소맥), 고춧가루, 효모추출물... 밀, 대두, 우유, 쇠고기, 고등어, 토마토 함유. 이 제품은 계란, 게, 새우, 오징어, 돼지고기, 조개류를 사용한 제품과 같은 제조시설에서 제조", "wheat sugar soy dairy", "corn"),  # why: 변성전분 (modified starch) source unstated
    ("label", "CJ 해찬들 태양초 고추장 원재료명: 물엿(옥수수), 고춧가루, 정제수, 쌀, 소맥분(밀), 정제소금, 메주분말(대두), 주정, 종국. 밀, 대두 함유", "corn sugar wheat soy", ""),  # why: 물엿 from corn = corn syrup
    ("label", "빙그레 바나나맛우유 원재료명: 원유 85%, 정제수, 설탕, 바나나농축과즙, 카로틴, 천연향료. 우유 함유", "dairy sugar", ""),
    ("label", "오리온 초코파이 情 원재료명: 밀가루, 설탕, 물엿, 쇼트닝, 코코아분말, 전지분유, 유청분말, 계란, 젤라틴, 대두레시틴, 정제소금... 밀, 우유, 대두, 계란 함유", "wheat sugar dairy soy", "corn"),  # why: 물엿 (starch syrup) usually corn, not stated here
    ("label", "풀무원 국산콩 부침두부 원재료명: 대두(국산), 정제수, 염화마그네슘(응고제)", "soy", ""),
    ("label", "Pepero Almond 아몬드 빼빼로. Ingredients: wheat flour, sugar, almond, cocoa mass, whole milk powder, vegetable fat (palm), cocoa butter, lactose, emulsifier (soy lecithin), salt, yeast. Contains: wheat, milk, soy, almond.", "wheat sugar dairy soy", ""),
    ("label", "Marukome Ryotei no Aji Miso. Ingredients: Soybeans, Rice, Salt, Alcohol, Bonito extract, Kelp extract. Contains: soybean, fish.", "soy", ""),
]

# --- labels: Southeast Asia ---
BLIND37_CASES += [
    ("label", "Indomie Mi Goreng Rasa Original. Komposisi: Mi: tepung terigu, minyak nabati (mengandung antioksidan TBHQ), tepung tapioka, garam, pengatur keasaman, mineral. Bumbu: garam, gula, penguat rasa mononatrium glutamat, bawang putih, merica, perisa ayam. Minyak bumbu: minyak nabati, bawang merah. Kecap manis: gula, air, garam, kedelai, gandum, wijen. Saus cabe. Bawang goreng. Mengandung gandum, kedelai, wijen.", "wheat sugar soy", "corn"),  # why: minyak nabati usually palm in Indonesia but unstated; corn not otherwise present
    ("label", "Kecap Manis BANGO. Komposisi: gula kelapa, kedelai hitam, air, garam. Tanpa pengawet.", "sugar soy", ""),
    ("label", "MAMA Instant Noodles Tom Yum Shrimp Flavour. Ingredients: Noodles 83% (wheat flour, palm oil, tapioca starch, salt, sugar), Seasoning 17% (salt, sugar, MSG, chili, shrimp powder, lemongrass, soy sauce powder (soybean, wheat), lime powder, hydrolyzed vegetable protein). Contains wheat, soy, crustacea.", "wheat sugar soy", ""),  # why: HVP here is already covered by wheat/soy definites
    ("label", "Lucky Me! Pancit Canton Chilimansi. Ingredients: Noodles (wheat flour, palm oil, salt, iodized salt), Seasoning Oil, Seasoning (sugar, salt, soy sauce, MSG, hydrolyzed vegetable protein (soy), chili, calamansi powder, dextrose). Allergen: wheat, soy.", "wheat sugar soy", "corn"),  # why: dextrose source unstated
    ("label", "Mang Tomas All Around Sarsa. Ingredients: water, sugar, bread crumbs, vinegar, salt, pork liver, onion, spices, modified starch.", "sugar wheat", "corn"),
    ("label", "SkyFlakes Crackers. Ingredients: wheat flour, vegetable shortening (palm), sugar, salt, yeast, leavening agents, malt extract, soy lecithin. Contains: wheat, soy.", "wheat sugar soy", ""),
    ("label", "Datu Puti Vinegar. Ingredients: water, acetic acid.", "", ""),
    ("label", "Silver Swan Soy Sauce. Ingredients: water, hydrolyzed soy protein, salt, caramel, sodium benzoate, MSG.", "soy", "corn"),  # why: caramel colour source unstated; the hydrolysed protein is named as soy
    ("label", "Trung Nguyên G7 3in1 Instant Coffee. Thành phần: đường, bột kem (dầu thực vật, glucose syrup, sodium caseinate, chất ổn định...), cà phê hòa tan, muối. Ingredients: sugar, non-dairy creamer (glucose syrup, hydrogenated vegetable oil, sodium caseinate), instant coffee.", "sugar dairy", "corn soy"),  # why: caseinate is milk protein despite 'non-dairy'
    ("label", "Vinamilk Sữa tươi tiệt trùng KHÔNG ĐƯỜNG. Thành phần: 100% sữa bò tươi. Unsweetened fresh milk", "dairy", ""),
    ("label", "Nước mắm Nam Ngư. Thành phần: nước, cá cơm, muối, đường, chất điều vị (621), chất bảo quản (211), chất tạo ngọt (sucralose, acesulfame K), màu caramel", "sugar", "corn"),
    ("label", "Mae Ploy Sweet Chilli Sauce. Ingredients: sugar, water, pickled red chilli 22%, garlic, salt, vinegar, modified tapioca starch.", "sugar", ""),  # why: starch is named as tapioca
    ("label", "Healthy Boy Thin Soy Sauce formula 1 (ซีอิ๊วขาว). ส่วนประกอบ: ถั่วเหลือง 40%, น้ำ, เกลือ, แป้งสาลี 8%, น้ำตาล. Contains soybean and wheat.", "soy wheat sugar", ""),
    ("label", "Aroy-D Coconut Milk 100%. Ingredients: coconut extract 100%. No preservatives, dairy free.", "", ""),
    ("label", "Milo Activ-Go (Malaysia/Indonesia). Ingredients: malt extract (barley), milk powder, sugar, cocoa powder, palm oil, minerals, vitamins. Contains barley (gluten), milk. May contain soy.", "dairy sugar", "wheat soy"),  # why: barley malt; malt flagged possible wheat
    ("label", "Ovaltine Rich Chocolate mix. Ingredients: sugar, malt extract, cocoa, whey, milk. Contains: barley, milk", "sugar dairy", "wheat"),
]

# --- labels: Turkey, Egypt, Africa, and pasted multinational labels ---
BLIND37_CASES += [
    ("label", "Ülker Çikolatalı Gofret. İçindekiler: şeker, buğday unu, bitkisel yağ (palm), kakao yağı, yağsız kakao, süt tozu, peynir altı suyu tozu, emülgatör (soya lesitini), tuz, aroma verici. Alerjen: buğday, süt, soya içerir. Fındık içerebilir.", "sugar wheat dairy soy", ""),
    ("label", "Eti Burçak Bisküvi. İçindekiler: tam buğday unu (%37), buğday unu, şeker, bitkisel yağ, glukoz şurubu, kabartıcılar, tuz, arpa malt unu. Gluten içerir.", "wheat sugar", "corn soy"),  # why: glucose syrup and unspecified vegetable oil
    ("label", "Sütaş Ayran 300 ml. İçindekiler: pastörize inek sütü, su, tuz, yoğurt kültürü.", "dairy", ""),
    ("label", "Koska Tahin Helvası sade. İçindekiler: tahin (%50), şeker, glukoz şurubu, çöven ekstraktı, vanilin.", "sugar", "corn"),
    ("label", "Juhayna Full Cream Milk 1L. Ingredients: 100% fresh cow's milk. Fat 3%.", "dairy", ""),
    ("label", "Edita Molto Magnum croissant chocolate. Ingredients: wheat flour, chocolate filling (sugar, vegetable oil, cocoa, milk powder, soy lecithin), sugar, margarine, yeast, eggs, salt. Contains gluten, milk, soy, egg.", "wheat sugar dairy soy", "corn"),  # why: vegetable oil/margarine source unstated
    ("label", "Golden Morn Maize & Soya Cereal. Ingredients: whole maize (67%), sugar, soya (10%), milk powder, vitamins & minerals. Contains milk and soya.", "corn sugar soy dairy", ""),
    ("label", "Peak Full Cream Evaporated Milk 160g. Ingredients: milk, vitamins A & D, stabilizer (disodium phosphate).", "dairy", ""),
    ("label", "Cabin Biscuit. Ingredients: wheat flour, sugar, vegetable fat, invert syrup, salt, leavening agents, milk, flavour.", "wheat sugar dairy", "soy corn"),
    ("label", "Mr Chef Seasoning Cube. Ingredients: salt, MSG, palm fat, maize starch, sugar, flavourings, spices, colour (caramel). May contain wheat, soy.", "corn sugar", "wheat soy"),
    ("label", "Jogoo Maize Meal (Sifted). Ingredients: maize, vitamins, minerals (fortified).", "corn", ""),
    ("label", "Ketepa Pride Tea Bags 100s. Ingredients: black tea.", "", ""),
    ("label", "Brookside Lala Plain. Ingredients: fermented whole milk, milk solids. Contains milk.", "dairy", ""),
    ("label", "Weetabix (Kenya). Ingredients: wholegrain wheat 95%, malted barley extract, sugar, salt, niacin, iron, riboflavin, thiamin, folic acid.", "wheat sugar", ""),
    ("label", "Mrs. H.S. Ball's Original Chutney. Ingredients: sugar, water, dried peaches, dried apricots, vinegar, salt, spices, colourant (caramel), preservative.", "sugar", "corn"),
    ("label", "Simba Mrs Ball's Chutney flavoured potato chips. Ingredients: potatoes, vegetable oil, chutney flavour (sugar, salt, maltodextrin, dextrose, flavourings, acidity regulators (citric acid, malic acid), colourant (paprika extract)), antioxidant. Allergens: none. Made in a facility that handles wheat, milk, soya.", "sugar", "corn soy wheat dairy"),
    ("label", "ALL GOLD Tomato Sauce. Ingredients: tomato paste (45%), sugar, water, spirit vinegar, salt, thickener (modified maize starch), spices.", "sugar corn", ""),
    ("label", "Jungle Oats Original. Ingredients: 100% wholegrain oats. May contain traces of gluten (wheat).", "", "wheat"),
    ("label", "Ouma Buttermilk Rusks. Ingredients: wheat flour, sugar, buttermilk powder (6%), vegetable fat, raising agents, salt, preservative. Contains: wheat (gluten), milk.", "wheat sugar dairy", "soy corn"),
    ("label", "NON-DAIRY COFFEE CREAMER Coffee-mate Original. Ingredients: corn syrup solids, hydrogenated vegetable oil (coconut and/or palm kernel and/or soybean), sodium caseinate (a milk derivative), mono- and diglycerides, dipotassium phosphate, artificial flavor. **Not a source of lactose**", "corn sugar dairy", "soy"),  # why: non-dairy claim contradicted by caseinate; soybean oil is one of the options
    ("label", "CHOCOLATE CHIP COOKIES  INGREDlENTS: ENRlCHED FL0UR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE), SUGAR, SEMISWEET CHOCOLATE CHIPS (SUGAR, CHOCOLATE, COCOA BUTTER, DEXTROSE, SOY LECITHIN), SOYBEAN AND PALM OIL, BROWN SUGAR, WHEY, NATURAL FLAVOR, SALT, BAKING SODA. CONTAINS WHEAT, SOY, MILK.", "wheat sugar soy dairy", "corn"),  # why: dextrose source unstated; OCR 'l'/'0' errors
    ("label", "Schär Gluten Free Ciabatta Rolls. Ingredients: water, corn starch, rice flour, sourdough (rice flour, water), psyllium seed husk, sugar, modified cellulose, yeast, vegetable fiber, soy protein, salt. Gluten free. Wheat free. Contains: soy.", "corn sugar soy", ""),
    ("label", "Oatly Oat Drink Barista Edition. Ingredients: oat base (water, oats 10%), rapeseed oil, acidity regulator (dipotassium phosphate), calcium carbonate, iodised salt, vitamins. Dairy free. Vegan. May contain traces of gluten.", "", "wheat"),
    ("label", "Coca-Cola Zero Sugar 330ml. Ingredients: carbonated water, colour (caramel E150d), phosphoric acid, sweeteners (aspartame, acesulfame K), natural flavourings including caffeine, acidity regulator (sodium citrates). No sugar.", "", "corn"),  # why: caramel colour; sugar-free claim holds
    ("label", "Pringles Original. Ingredients: dried potatoes, vegetable oils (sunflower, corn, in varying proportions), rice flour, wheat starch, maltodextrin, emulsifier (E471), salt, dextrose. Contains wheat.", "corn wheat sugar", ""),
    ("label", "Nutella. Ingredients: sugar, palm oil, hazelnuts (13%), skimmed milk powder (8.7%), fat-reduced cocoa (7.4%), emulsifier: lecithins (soya), vanillin. Contains: milk, soy, hazelnuts.", "sugar dairy soy", ""),
    ("label", "Ferrero Rocher. Ingredients: milk chocolate (sugar, cocoa butter, cocoa mass, skimmed milk powder, butterfat, lecithin, vanillin), hazelnuts, sugar, palm oil, wheat flour, whey powder, fat-reduced cocoa, lecithins, raising agent, salt, vanillin.", "dairy sugar wheat", "soy"),  # why: unqualified lecithin
    ("label", "Heinz Baked Beanz. Ingredients: beans (51%), tomatoes (34%), water, sugar, spirit vinegar, modified cornflour, salt, spice extracts, herb extract.", "sugar corn", ""),
    ("label", "Kellogg's Corn Flakes. Ingredients: maize (corn), sugar, barley malt flavouring, salt, niacin, iron. Contains barley.", "corn sugar", "wheat"),
    ("label", "Peanut Butter SMOOTH, 100% peanuts, no added sugar, no palm oil. Ingredients: roasted peanuts, sea salt.", "", ""),
    ("label", "Unicorn Sprinkles Mix. Ingredients: sugar, rice flour, palm oil, corn starch, glazing agent (shellac), colours. Contains no soy.", "sugar corn", ""),  # why: 'unicorn' is not corn, but corn starch is
    ("label", "Cream of Tartar 50g. Ingredients: potassium bitartrate.", "", ""),
]
