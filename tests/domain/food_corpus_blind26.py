# ruff: noqa: E501
"""Blind labelled set 26: people mid-way through a practitioner-guided elimination diet, worldwide: label readers, substitutes, meal prep, eating out, reintroduction days, slips, travel, bars, powders, supplements."""

BLIND26_CASES: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------------------
# Maya, Portland OR, USA: lowercase, brands, counts days, reports to "my ND"
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "day 9!! breakfast: 2 eggs scrambled in avocado oil, sauteed spinach, half a roasted sweet potato. black coffee", "", ""),
    ("meal", "the cheap store brand oat milk in my coffee, like 1/4 cup. is that ok?? also a banana", "", "wheat"),  # why: oats not labelled gluten-free, cross-contact only
    ("label", "ALMOND FLOUR TORTILLAS\nGrain Free · Gluten Free · Dairy Free · Non-GMO\nINGREDIENTS: Almond Flour, Tapioca Flour, Water, Psyllium Husk, Sea Salt.\nNutrition Facts 8 servings per container Serving size 1 tortilla (28g)\nCalories 90 Total Fat 4g Sodium 140mg Total Carb 12g Dietary Fiber 2g Total Sugars 0g Incl. 0g Added Sugars Protein 2g\nCONTAINS: ALMONDS. Keep refrigerated.", "", ""),
    ("meal", "lunch at the burrito place: bowl w brown rice, black beans, chicken, pico, guac. NO cheese no sour cream no corn salsa, i asked twice lol", "", ""),
    ("label", "CRUNCH PEANUT BUTTER PROTEIN BAR\n20g PROTEIN | 1g SUGAR*\nINGREDIENTS: PROTEIN BLEND (WHEY PROTEIN ISOLATE, MILK PROTEIN ISOLATE), SOLUBLE CORN FIBER, PEANUTS, ERYTHRITOL, PEANUT BUTTER, WATER, NATURAL FLAVORS, SEA SALT, SUNFLOWER LECITHIN, STEVIA EXTRACT.\nCONTAINS: MILK, PEANUTS.\n*NOT A LOW CALORIE FOOD. SEE NUTRITION INFORMATION FOR FAT CONTENT.", "dairy corn", ""),  # why: sunflower lecithin is not soy; erythritol and stevia are not added sugar
    ("meal", "dairy challenge day 1: 1 cup whole milk w breakfast + a string cheese at 3pm. ND said go big lol", "dairy", ""),
    ("meal", "slipped. coworker bday, had a cupcake 😭 vanilla w buttercream, the grocery store kind", "wheat dairy sugar", "corn soy"),
    ("label", "Crackers — Fine Ground Sea Salt\nIngredients: Nut & Seed Flour Blend (Almonds, Sunflower Seeds, Flax Seeds), Tapioca, Cassava, Organic Onion, Sea Salt, Organic Garlic, Rosemary Extract (for freshness).\nCertified Gluten-Free. Paleo friendly.\nContains: Almonds.\nManufactured in a facility that also processes eggs, tree nuts and coconut.", "", ""),
    ("meal", "dinner: zoodles w ground turkey + the no-sugar-added marinara jar, basil on top", "", ""),
    ("label", "ORGANIC COCONUT AMINOS\nSoy-Free Seasoning Sauce • 73% less sodium than soy sauce*\nIngredients: organic coconut tree sap, sea salt.\n*Soy sauce 960mg vs coconut aminos 270mg per 1 tsp\nGluten free. Non GMO. Vegan.", "", ""),  # why: coconut aminos is the soy-free swap; coconut sap is not an added sugar
    ("meal", "tried the monk fruit sweetener in my tea, the golden one that's mostly erythritol", "", "corn"),  # why: erythritol is usually fermented from corn glucose
    ("label", "FRENCH VANILLA NON-DAIRY CREAMER\nINGREDIENTS: CORN SYRUP SOLIDS, VEGETABLE OIL (COCONUT, PALM KERNEL AND/OR SOYBEAN), SUGAR, SODIUM CASEINATE (A MILK DERIVATIVE)**, LESS THAN 2% OF DIPOTASSIUM PHOSPHATE, MONO- AND DIGLYCERIDES, ARTIFICIAL FLAVOR, SILICON DIOXIDE.\n**NOT A SOURCE OF LACTOSE\nCONTAINS: MILK", "corn sugar dairy", "soy"),  # why: "and/or soybean" oil only maybe present
    ("meal", "movie night, split a small popcorn w my bf, no butter topping. pretty sure it had the yellow salt stuff", "corn", ""),
    ("label", "GINGER LEMON KOMBUCHA\nRaw · Organic · 16 FL OZ\nINGREDIENTS: Organic Kombucha (Filtered Water, Organic Kombucha Culture, Organic Cane Sugar, Organic Green Tea, Organic Black Tea), Organic Ginger Juice, Organic Lemon Juice.\nNutrition Facts Serving size 1 bottle Calories 60 Total Sugars 12g Includes 10g Added Sugars\nContains trace amounts of alcohol.", "sugar", ""),
    ("meal", "meal prep sunday: 6 containers of chicken thighs, roasted butternut squash, broccoli. seasoned w salt, pepper, garlic powder. done for the week 💪", "", ""),
    ("label", "Gluten Free White Sandwich Bread\nINGREDIENTS: WATER, TAPIOCA STARCH, BROWN RICE FLOUR, POTATO STARCH, SUNFLOWER OIL, EGG WHITES,\nEVAPORATED CANE SUGAR, TAPIOCA SYRUP, YEAST, XANTHAN GUM, SALT, CULTURED DEXTROSE,\nCELLULOSE, ENZYMES.\nCONTAINS: EGG\nMade in a dedicated gluten-free facility.", "sugar", "corn"),
    ("meal", "thai place w the girls: pad see ew w tofu... totally forgot about the soy sauce until halfway thru 🤦‍♀️", "wheat soy sugar", ""),
    ("label", "ADULT MULTI GUMMIES\nSupplement Facts Serving Size 2 Gummies Calories 15 Total Carbohydrate 4g Total Sugars 3g Includes 3g Added Sugars\nVitamin A 300mcg, Vitamin C 30mg, Vitamin D3 25mcg, Zinc 2mg\nOther ingredients: Glucose Syrup, Sugar, Water, Pectin, Citric Acid, Natural Flavors, Coconut Oil, Carnauba Wax, Colors (Purple Carrot Concentrate).\nNo gelatin, dairy, gluten.", "sugar", "corn"),
    ("meal", "ND said allulose is fine so i made keto cookies w almond flour, allulose, an egg, butter— wait no i used ghee", "dairy", "corn"),  # why: ghee is dairy; allulose is usually made from corn and isn't counted as added sugar
    ("meal", "pamplemousse la croix + a handful of raw cashews at my desk", "", ""),
]

# ---------------------------------------------------------------------------
# Priya, Bengaluru, India: Hinglish, short bursts, "ma'am" is her practitioner
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "breakfast - 2 ragi dosa with coconut chutney, no ghee this time", "", ""),
    ("meal", "lunch at office canteen: jeera rice, dal tadka, bhindi sabzi. tadka is prob ghee only 😕", "", "dairy"),
    ("label", "MASALA INSTANT NOODLES 70g\nINGREDIENTS: NOODLES: Refined Wheat Flour (Maida), Palm Oil, Iodised Salt, Wheat Gluten, Thickeners (508 & 412), Acidity Regulators (501(i) & 500(i)), Humectant (451(i)).\nMASALA TASTEMAKER: Mixed Spices (23.3%) (Onion, Coriander, Chilli, Turmeric, Garlic, Cumin), Noodle Powder (Refined Wheat Flour, Starch), Sugar, Hydrolysed Groundnut Protein, Iodised Salt, Flavour Enhancer (635), Thickener (508), Mineral.\nCONTAINS WHEAT. MAY CONTAIN MILK, MUSTARD, NUTS AND SOY.\nवेज — शाकाहारी", "wheat sugar", "corn dairy soy"),  # why: unqualified "starch" may be corn; hydrolysed protein here is groundnut, not soy
    ("meal", "chai with almond milk and jaggery. ma'am said jaggery is still sugar na? so counting it", "sugar", ""),  # why: jaggery is unrefined cane sugar
    ("meal", "paneer tikka at cousin's engagement, had like 6 pieces. i know i know", "dairy", ""),
    ("label", "PASTEURISED TABLE BUTTER\nIngredients: Milk Fat, Common Salt, Permitted Natural Colour (Annatto).\nFat 80% min. Net Wt. 100 g\nNutritional Information per 100 g: Energy 722 kcal, Total Fat 80 g, Saturated Fat 51 g, Cholesterol 0.2 g\nStore under refrigeration. 🟢", "dairy", ""),
    ("label", "BESAN LADOO (Sweet) 250g\nIngredients: Bengal Gram Flour (Besan) 45%, Sugar, Ghee, Cashew, Cardamom Powder.\nAllergen: Contains Milk, Tree Nuts.\nBest before 30 days from packing. Store in a cool dry place.", "sugar dairy", ""),
    ("meal", "dinner: moong dal khichdi, 1 spoon coconut oil instead of ghee. 1 roasted papad on side", "", ""),
    ("meal", "went for chicken biryani with team lunch, raita i skipped", "dairy", ""),  # why: biryani is usually marinated in curd and finished with ghee
    ("label", "SOYA CHUNKS — High Protein 52g*\nIngredients: Defatted Soya Flour.\n*per 100 g\nNutrition per 100g: Energy 345 kcal, Protein 52 g, Carbohydrate 33 g, Fat 0.5 g\nSoak in hot water for 5 min before cooking.", "soy", ""),
    ("meal", "2 idli + sambar at the airport with podi, coffee black", "", "sugar"),  # why: Karnataka-style sambar often has a little jaggery
    ("label", "DIGESTIVE High Fibre Biscuits\nINGREDIENTS: Wheat Flour (Atta) (42%), Refined Wheat Flour (Maida), Edible Vegetable Oil (Palm), Sugar, Wheat Bran (6%), Invert Syrup, Raising Agents [503(ii), 500(ii)], Milk Solids, Iodised Salt, Emulsifier (Soya Lecithin), Dough Conditioner (223).\nCONTAINS WHEAT, MILK, SOY.\nNUTRITIONAL INFORMATION (Approx) Per 100 g\nEnergy 483 kcal | Protein 7.2 g | Carbohydrate 69 g | Total Sugars 16 g | Added Sugars 14 g | Fat 20 g", "wheat sugar dairy soy", ""),
    ("meal", "dairy challenge day: 1 bowl dahi with lunch and a glass of masala chaas in evening", "dairy", ""),
    ("label", "100% WHEY — Double Rich Chocolate\nIngredients: Whey Protein Concentrate, Whey Protein Isolate, Cocoa Powder, Natural & Nature Identical Flavouring Substances, Thickener (INS 415), Sweetener (INS 955), Anticaking Agent (INS 551).\nContains Milk. Manufactured in a facility that also processes soy and gluten containing ingredients.\nCONTAINS PERMITTED NATURAL & ARTIFICIAL FLAVOURING SUBSTANCES", "dairy", "corn soy wheat"),  # why: INS 415 is xanthan gum; INS 955 is sucralose, not sugar
    ("meal", "evening snack roasted makhana in olive oil w pink salt and pepper", "", ""),
    ("meal", "pani puri by the roadside, couldnt resist 😅 6 puris only", "wheat sugar", ""),  # why: puris are semolina/maida; the sweet chutney is jaggery or sugar
    ("label", "CORN FLAKES — Original\nIngredients: Corn Grits (89%), Sugar, Malt Extract, Iodised Salt, Vitamins, Minerals.\nContains Barley. May contain traces of wheat.\nPer 30 g serve: Energy 113 kcal, Carbohydrate 25 g of which Sugars 2.4 g", "corn sugar", "wheat"),
    ("meal", "ma'am switched me to stevia drops. filter coffee w oat milk + 2 drops", "", "wheat"),
    ("label", "COW GHEE 500 ml\nIngredients: Milk Fat.\nAgmark Grade. Store in a cool, dry & hygienic place.", "dairy", ""),
    ("meal", "sunday made rajma chawal at home, no cream, tadka in mustard oil", "", ""),
]

# ---------------------------------------------------------------------------
# Lukas, München: German, terse, reads every Zutatenliste, "meine Heilpraktikerin"
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "Frühstück: glutenfreie Haferflocken mit Mandeldrink ungesüßt und Heidelbeeren", "", ""),
    ("label", "Dinkel-Vollkornbrot 500 g\nZutaten: Dinkelvollkornmehl 72 %, Wasser, Sonnenblumenkerne, Sauerteig (Dinkelvollkornmehl, Wasser), Hefe, Speisesalz.\nKann Spuren von Sesam und Soja enthalten.\nDurchschnittliche Nährwerte je 100 g: Energie 1005 kJ / 239 kcal, Fett 4,1 g, Kohlenhydrate 38 g, davon Zucker 1,2 g, Ballaststoffe 7,8 g, Eiweiß 9,6 g, Salz 1,1 g", "wheat", "soy"),  # why: spelt (Dinkel) is a wheat
    ("meal", "Mittag in der Kantine: Schweinebraten mit Knödel und Blaukraut... Knödel sind ja aus Semmeln 🙈", "wheat dairy", "sugar"),  # why: Semmelknödel are bread rolls soaked in milk; Blaukraut is usually sweetened
    ("label", "Fruchtgummi Goldbären-Art 200g\nZutaten: Glukosesirup, Zucker, Gelatine, Dextrose, Fruchtsaft aus Fruchtsaftkonzentrat (Apfel, Erdbeere, Himbeere, Orange, Zitrone, Ananas), Säuerungsmittel: Citronensäure, Aroma, Frucht- und Pflanzenkonzentrate, Überzugsmittel: Bienenwachs weiß und gelb, Carnaubawachs.\n100 g enthalten: 343 kcal, Kohlenhydrate 77 g, davon Zucker 46 g", "sugar", "corn"),
    ("meal", "Abends Tofu-Pfanne mit Kokos-Aminos statt Sojasoße, Brokkoli, Basmatireis", "soy", ""),
    ("label", "Soja-Alternative zu Joghurt Natur\nZutaten: Wasser, geschälte Sojabohnen (10,4 %), Zucker, Calcium (Tricalciumphosphat), Stabilisator (Pektin), Säureregulatoren (Natriumcitrate, Citronensäure), Meersalz, Antioxidationsmittel (Extrakt reich an Tocopherolen), Vitamine (B12, D2), Joghurtkulturen (S. thermophilus, L. bulgaricus).\nLaktosefrei · vegan", "soy sugar", "corn"),
    ("meal", "Weißwurstfrühstück mit den Kollegen: 2 Weißwürste, süßer Senf, eine Brezn. Tag 12 war's dann wohl 😩", "wheat sugar", ""),
    ("label", "Alpenvollmilch Schokolade 100 g\nZutaten: Zucker, Kakaobutter, Vollmilchpulver (18 %), Kakaomasse, Süßmolkenpulver, Butterreinfett, Emulgator Lecithine (Soja), Haselnussmasse, Aroma.\nKakao: 30 % mindestens in der Schokolade. Kann Spuren von anderen Nüssen und Gluten enthalten.", "sugar dairy soy", "wheat"),
    ("meal", "Meal-Prep für die Woche: Hähnchenbrust, Süßkartoffel, Zuckerschoten. Gewürze: Paprika, Pfeffer, Salz", "", ""),
    ("label", "Haferdrink Barista Edition\nZutaten: Wasser, Hafer (10 %), Rapsöl, Säureregulator (Dikaliumphosphat), Calciumcarbonat, Speisesalz.\nKann Spuren von Gluten enthalten.\nNährwerte pro 100 ml: Energie 59 kcal, Fett 3,0 g, Kohlenhydrate 6,6 g, davon Zucker 3,4 g*, Eiweiß 1,0 g\n*natürlich vorkommender Zucker aus Hafer", "", "wheat"),
    ("meal", "Eisdiele mit den Kindern, ich hatte nur ein Zitronensorbet", "sugar", "corn"),  # why: sorbet is sugar plus often glucose syrup
    ("label", "Klare Gemüsebrühe – Instant\nZutaten: Speisesalz, Maltodextrin, Palmfett, Hefeextrakt, Zucker, Gemüse 4,5 % (Karotten, Zwiebeln, Sellerie, Lauch), Gewürze, Petersilie, Kurkuma.\nKann Spuren von Gluten, Milch, Ei und Soja enthalten.", "sugar", "corn wheat dairy soy"),
    ("meal", "Döner ohne Soße, nur Salat... ok doch mit Kräutersoße, ist ja Joghurt 🤷", "wheat dairy", "soy"),
    ("label", "ERYTHRIT – Die kalorienfreie Zuckeralternative\n100 % Erythrit (E 968)\n0 kcal · zahnfreundlich · vegan\nHinweis: Kann bei übermäßigem Verzehr abführend wirken.", "", "corn"),  # why: erythritol is usually fermented from corn; not added sugar
    ("meal", "Radler im Biergarten, eine Halbe", "sugar", "wheat"),  # why: lemonade is sugared; beer malt is barley, sometimes wheat
    ("label", "Veganes Proteinpulver Schoko\nZutaten: Erbsenproteinisolat (60 %), Reisprotein (20 %), fettarmes Kakaopulver (12 %), natürliches Aroma, Verdickungsmittel: Xanthan, Süßungsmittel: Steviolglycoside aus Stevia, Speisesalz.\nGlutenfrei · laktosefrei · ohne Zuckerzusatz", "", "corn"),
    ("meal", "Heilpraktikerin sagt Milch-Provokation ab Montag. Heute noch sauber: Omelett mit Pilzen in Olivenöl, Feldsalat", "", ""),
    ("meal", "Milch-Tag 1: morgens Milchkaffee, mittags Magerquark mit Beeren", "dairy", ""),
    ("label", "Vollkorn-Reiswaffeln mit Zartbitterschokolade\nZutaten: Zartbitterschokolade 55 % (Zucker, Kakaomasse, Kakaobutter, Emulgator: Lecithine (Soja), natürliches Vanillearoma), Vollkornreis 45 %.\nKakao: 50 % mindestens in der Zartbitterschokolade.\nKann Spuren von Milch enthalten.", "sugar soy", "dairy"),
    ("meal", "ICE Bordbistro: Chili sin Carne, hoffte ohne Mais... war Mais drin", "corn", "soy sugar"),
]

# ---------------------------------------------------------------------------
# Sophie, Lyon: French, chatty, naturopathe, ticks off each substitution
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "petit dej : galette 100% sarrasin maison, oeuf, jambon blanc", "", ""),
    ("label", "BISCOTTES Froment\nIngrédients : farine de blé 88 %, sucre, huile de colza, levure, gluten de blé, sel, malt d'orge.\nPeut contenir des traces de lait, soja et sésame.\nValeurs nutritionnelles pour 100 g : énergie 1658 kJ / 393 kcal ; matières grasses 6,2 g ; glucides 72 g dont sucres 6,5 g ; fibres 4 g ; protéines 11 g ; sel 1,2 g", "wheat sugar", "dairy soy"),
    ("meal", "boulangerie : j'ai craqué sur un pain au chocolat 😩 jour 11 foutu", "wheat dairy sugar", "soy"),
    ("label", "Boisson végétale AMANDE sans sucres ajoutés*\nIngrédients : eau, amande 2,3 %, carbonate de calcium, sel marin, stabilisants : gomme de caroube, gomme gellane ; émulsifiant : lécithine de tournesol ; vitamines B2, B12, E, D2.\n*contient des sucres naturellement présents\nSans lactose. Végétalien.", "", ""),
    ("meal", "restau le midi, j'ai demandé le cabillaud sans sauce beurre blanc, légumes vapeur, ils ont été super", "", ""),
    ("label", "Spécialité végétale à la noix de coco, nature\nIngrédients : lait de coco 80 % (extrait de noix de coco, eau), eau, amidon de tapioca, ferments lactiques (non laitiers), vitamine B12.\nSans lactose · sans soja · sans gluten", "", ""),
    ("meal", "raclette chez les beaux-parents... c'est mon jour 'réintroduction lactose' donc ok!! fromage, patates, cornichons, charcuterie", "dairy", "sugar corn"),  # why: cured meats often contain dextrose/sugar; cornichons are gherkins
    ("label", "TAMARI — Sauce soja sans gluten\nIngrédients : eau, soja* 25 %, sel marin, alcool*.\n*issus de l'agriculture biologique\nSans blé. Sans gluten.", "soy", ""),
    ("meal", "apéro : chips nature et un verre de rosé", "", ""),
    ("label", "Pâte à tartiner aux noisettes et au cacao\nIngrédients : sucre, huile de palme, noisettes 13 %, lait écrémé en poudre 8,7 %, cacao maigre 7,4 %, émulsifiants : lécithines [soja], vanilline.\nNutrition pour 100 g : 539 kcal ; glucides 57,5 g dont sucres 56,3 g", "sugar dairy soy", ""),
    ("meal", "aéroport CDG, salade quinoa-légumes grillés + compote pomme sans sucres ajoutés", "", ""),
    ("meal", "j'ai pris un café crème... non attends, c'était avec lait d'avoine", "", "wheat"),
    ("label", "POLENTA express — semoule de maïs précuite\nIngrédients : semoule de maïs 100 %.\nPeut contenir des traces de gluten.\nPréparation : 5 min. Pour 100 g : 350 kcal", "corn", "wheat"),
    ("meal", "dîner : soupe de potimarron, lait de coco, curry et coriandre", "", ""),
    ("label", "BONBONS menthe SANS SUCRES\nIngrédients : édulcorants : isomalt, maltitol, sorbitol ; arôme naturel de menthe ; acidifiant : acide citrique ; colorant : bleu patenté V.\nUne consommation excessive peut avoir des effets laxatifs.", "", "corn"),  # why: sugar alcohols are not added sugar; sorbitol/maltitol are often corn-derived
    ("meal", "Ma naturopathe m'a dit que le sirop d'érable c'est ok en petite quantité, donc 1 c. à café dans mon porridge (flocons d'avoine sans gluten)", "", "sugar"),
    ("label", "Pain de mie SANS GLUTEN\nIngrédients : amidon de maïs, farine de riz, eau, huile de tournesol, fibre végétale (psyllium), levure, sucre, sel, épaississant : gomme xanthane, protéine de pois.\nSans gluten. Conditionné dans un atelier qui utilise de l'œuf.", "corn sugar", ""),
    ("meal", "crêpes pour les enfants, moi j'ai juste goûté la pâte lol ça compte ?", "wheat dairy", "sugar"),
    ("meal", "kebab... non pas kebab, c'était un tacos lyonnais, sauce fromagère, frites dedans", "wheat dairy", "corn soy"),
    ("label", "BARRE PROTÉINÉE goût caramel\nIngrédients : protéines de lait, sirop de glucose-fructose, chocolat au lait 20 % (sucre, beurre de cacao, lait entier en poudre, pâte de cacao, émulsifiant : lécithine de soja, arôme), humectant : glycérol, caramel 8 % (sucre, crème, beurre), huile de palme, sel.\nPeut contenir : gluten, arachides, fruits à coque.", "dairy sugar soy", "corn wheat"),
]

# ---------------------------------------------------------------------------
# Kenji, Osaka: Japanese and English mixed, photographs labels then OCRs them
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "朝ごはん: 納豆ごはん、味噌汁、卵焼き…習慣でいつもの朝食にしちゃった😓", "soy", "sugar wheat"),  # why: natto sauce packet is soy sauce+sugar; tamagoyaki usually sweetened
    ("meal", "lunch 十割そば ざる, didn't use the tsuyu, ate it with salt + wasabi (real grated)", "", ""),  # why: juwari soba is 100% buckwheat
    ("label", "名称：干しそば\n原材料名：小麦粉（国内製造）、そば粉、食塩\n内容量：200g（2人前）\n賞味期限：枠外右下に記載\nアレルゲン：小麦・そば\n栄養成分表示（100gあたり）エネルギー 344kcal たんぱく質 10.5g 脂質 2.0g 炭水化物 71.0g 食塩相当量 2.2g", "wheat", ""),
    ("label", "たまりしょうゆ\n原材料名：大豆（国産）、食塩、小麦\n内容量：500ml\n本品製造工場では乳成分を含む製品を生産しています。", "soy wheat", "dairy"),  # why: this tamari lists wheat
    ("meal", "konbini onigiri ツナマヨ, and green tea", "", "soy wheat corn"),  # why: konbini tuna-mayo usually declares wheat and soy; mayo is vegetable oil
    ("label", "ホエイプロテイン ココア味 1kg\n原材料名：乳清たんぱく（外国製造）、ココアパウダー、デキストリン／乳化剤（大豆由来）、香料、甘味料（アスパルテーム・L-フェニルアラニン化合物、スクラロース）、増粘剤（キサンタン）、ビタミンC、ビタミンB6\n（一部に乳成分・大豆を含む）", "dairy soy", "corn"),
    ("meal", "izakaya w coworkers. edamame, yakitori shio (asked for salt not tare), hiyayakko without the soy sauce, 1 highball", "soy", ""),
    ("label", "しょうゆせんべい\n原材料名：うるち米（国産）、しょうゆ（小麦・大豆を含む）、砂糖、みりん、でん粉／調味料（アミノ酸等）、カラメル色素\n栄養成分表示 1袋（2枚）あたり エネルギー 78kcal", "wheat soy sugar", "corn"),
    ("meal", "dinner home: salmon 'teriyaki' but coconut aminos + a little honey instead of soy sauce and mirin", "", "sugar"),
    ("label", "無調整豆乳 1000ml\n原材料名：大豆（カナダ産）（遺伝子組換えでない）\n大豆固形分 8%以上\n栄養成分（200mlあたり）エネルギー 120kcal たんぱく質 9.4g 脂質 6.6g 炭水化物 5.6g", "soy", ""),
    ("meal", "shinkansen ekiben, 幕の内弁当, ate most of it except the pickles", "soy wheat sugar", "corn"),  # why: simmered items and tamagoyaki use soy sauce, sugar, mirin; fried piece in oil
    ("meal", "kombu dashi miso soup... wait miso is soy, dammit. 2 sips then stopped", "soy", ""),
    ("label", "スポーツドリンク 500ml\n原材料名：砂糖（国内製造）、果糖ぶどう糖液糖、果汁、食塩／酸味料、香料、塩化K、乳酸Ca、調味料（アミノ酸）、塩化Mg、酸化防止剤（ビタミンC）\n栄養成分表示 100mlあたり エネルギー 25kcal 炭水化物 6.2g", "sugar", "corn"),  # why: 果糖ぶどう糖液糖 is HFCS, usually from corn starch
    ("meal", "vending machine canned coffee ブラック無糖, the one with 'sugar free' on it", "", ""),
    ("label", "カレールウ 中辛\n原材料名：食用油脂（牛脂豚脂混合油、パーム油）、小麦粉、食塩、砂糖、カレー粉、でんぷん、ローストオニオンパウダー、脱脂粉乳、ソテーカレーペースト、デキストリン／調味料（アミノ酸等）、カラメル色素、乳化剤、酸味料、香料\n（一部に小麦・乳成分・牛肉・大豆・豚肉・りんごを含む）", "wheat sugar dairy soy", "corn"),
    ("meal", "ramen slip 🍜 tonkotsu, friend's last night in Osaka so I went", "wheat", "soy sugar"),
    ("meal", "practitioner said soy reintro week. tofu steak for dinner, natto at breakfast 2x today", "soy", "wheat sugar"),
    ("label", "マルチビタミン 90粒\n原材料名：デキストリン（国内製造）、でん粉／セルロース、V.C、ステアリン酸Ca、ナイアシン、V.E、パントテン酸Ca、V.B1、V.B2、V.B6、V.A、葉酸、V.D、V.B12\n1日3粒を目安に水またはお湯とともにお召し上がりください。", "", "corn"),
    ("meal", "one slice of 羊羹 from the omiyage box at work, only remembered after", "sugar", ""),
    ("meal", "homemade gyoza but rice paper wrappers, pork cabbage ginger, dipped in rice vinegar + chili oil", "", ""),
]

# ---------------------------------------------------------------------------
# Ana, São Paulo: Portuguese, informal, "a nutri" is her practitioner
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "café da manhã: tapioca com ovo e queijo... sem queijo!! só ovo e tomate", "", ""),
    ("meal", "pão de queijo na padaria, 3 unidades 😬", "dairy", ""),  # why: tapioca starch dough, no wheat, but cheese and milk
    ("label", "BEBIDA VEGETAL DE COCO 1L\nIngredientes: água, polpa de coco (12%), açúcar, sal, estabilizantes goma gelana e goma xantana, emulsificante lecitina de girassol.\nNÃO CONTÉM GLÚTEN.\nALÉRGICOS: PODE CONTER LEITE.\nINFORMAÇÃO NUTRICIONAL Porção de 200 ml (1 copo)\nValor energético 68 kcal | Carboidratos 7,2 g | Açúcares totais 6,0 g | Açúcares adicionados 5,6 g", "sugar", "corn dairy"),
    ("meal", "almoço: arroz, feijão, frango grelhado, salada e farofa", "", "dairy"),  # why: farofa is often toasted in butter
    ("label", "BISCOITO RECHEADO SABOR CHOCOLATE 130g\nINGREDIENTES: farinha de trigo enriquecida com ferro e ácido fólico, açúcar, gordura vegetal, amido, cacau em pó, açúcar invertido, sal, fermentos químicos bicarbonato de amônio e bicarbonato de sódio, emulsificante lecitina de soja, aromatizante.\nALÉRGICOS: CONTÉM TRIGO, SOJA E DERIVADOS DE LEITE.\nCONTÉM GLÚTEN.\nALTO EM AÇÚCAR ADICIONADO · ALTO EM GORDURA SATURADA", "wheat sugar soy dairy", "corn"),
    ("meal", "açaí na tigela com granola e leite condensado 🤤 deslize do dia", "sugar dairy", "wheat"),
    ("label", "PÃO DE FORMA SEM GLÚTEN E SEM LACTOSE\nIngredientes: água, fécula de mandioca, farinha de arroz, ovos, óleo de soja, açúcar, fermento biológico, sal, goma xantana, psyllium, conservador propionato de cálcio.\nNÃO CONTÉM GLÚTEN.\nALÉRGICOS: CONTÉM OVO E DERIVADOS DE SOJA.", "soy sugar", "corn"),
    ("meal", "churrascaria c/ a família: picanha, linguiça, coração, vinagrete, mandioca frita. dispensei o pão de alho", "", "soy corn sugar"),  # why: fried in vegetable (usually soybean) oil; sausage may contain sugar
    ("meal", "suco de laranja natural, sem açúcar, pedi pro garçom", "", ""),
    ("label", "WHEY PROTEIN CONCENTRADO — SABOR BAUNILHA 900g\nIngredientes: proteína concentrada do soro do leite, aromatizante, espessante goma xantana, edulcorante sucralose, emulsificante lecitina de soja.\nALÉRGICOS: CONTÉM LEITE E DERIVADOS DE SOJA.\nCONTÉM LACTOSE. NÃO CONTÉM GLÚTEN.", "dairy soy", "corn"),
    ("meal", "dia de teste do milho (a nutri pediu): pamonha no café e milho cozido no almoço", "corn", "sugar dairy"),
    ("label", "TEMPERO PRONTO COMPLETO 300g\nIngredientes: sal, realçador de sabor glutamato monossódico, alho, cebola, amido de milho, açúcar, salsa, pimenta-do-reino, corante natural urucum, corante caramelo IV.\nALÉRGICOS: PODE CONTER TRIGO.\nCONTÉM GLÚTEN.", "corn sugar", "wheat"),
    ("meal", "viagem pra Floripa, parada na estrada: uma coxinha 🙈", "wheat", "dairy soy"),
    ("label", "CHOCOLATE 70% CACAU\nIngredientes: massa de cacau, açúcar, manteiga de cacau, emulsificante lecitina de soja, aroma natural de baunilha.\nALÉRGICOS: CONTÉM DERIVADOS DE SOJA. PODE CONTER LEITE E AVELÃ.\nNÃO CONTÉM GLÚTEN.", "sugar soy", "dairy"),
    ("meal", "cafezinho com adoçante de stevia e um pedaço de bolo de mandioca da vó", "sugar", "dairy"),
    ("label", "REFRIGERANTE DE GUARANÁ 2L\nIngredientes: água gaseificada, açúcar, extrato de semente de guaraná, acidulante ácido cítrico, aromatizante, conservador benzoato de sódio, corante caramelo IV.\nNÃO CONTÉM GLÚTEN.", "sugar", "corn"),
    ("meal", "fui no japonês e pedi tamari sem glúten... não tinham, então comi sashimi puro com wasabi e gengibre", "", "corn sugar"),  # why: wasabi paste and pickled ginger usually contain sorbitol/starch and sugar
    ("meal", "jantar: omelete com espinafre, batata doce e abacate", "", ""),
    ("label", "GRANOLA TRADICIONAL 800g\nIngredientes: aveia em flocos, açúcar mascavo, flocos de milho, mel, uvas-passas, castanha-do-pará, óleo de girassol.\nALÉRGICOS: CONTÉM AVEIA E CASTANHA-DO-PARÁ. PODE CONTER TRIGO, LEITE E SOJA.\nCONTÉM GLÚTEN.", "sugar corn", "wheat dairy soy"),
    ("meal", "esqueci de anotar ontem: pipoca de panela no jantar, feita com óleo de coco", "corn", ""),
]

# ---------------------------------------------------------------------------
# Diego, Ciudad de México: Spanish, quick, "la nutrióloga", honest about slips
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "desayuno: huevos a la mexicana con tortillas de maíz 🌽 (sí ya sé, el maíz está fuera… fue costumbre)", "corn", ""),
    ("meal", "tacos al pastor en la esquina, 5, con piña y salsa roja", "corn", ""),
    ("label", "TORTILLAS DE HARINA 10 pzas\nIngredientes: harina de trigo fortificada, agua, manteca vegetal (aceite de palma), sal, polvo para hornear (bicarbonato de sodio, fosfato de aluminio y sodio, almidón de maíz), propionato de calcio, goma xantana.\nCONTIENE: TRIGO (GLUTEN).\nInformación nutrimental por porción (40 g): Contenido energético 125 kcal, Proteínas 3.2 g, Grasas 3.5 g, Hidratos de carbono 20 g, Azúcares 0.6 g", "wheat corn", ""),
    ("meal", "la nutrióloga me dijo que el agua de jamaica está ok si es sin azúcar, la hice en casa con stevia", "", ""),
    ("label", "[EXCESO AZÚCARES] [EXCESO CALORÍAS]\nREFRESCO SABOR COLA 600 ml\nIngredientes: agua carbonatada, azúcar, color caramelo clase IV, ácido fosfórico, cafeína, saborizantes naturales.\nCONTIENE CAFEÍNA, NO RECOMENDABLE EN NIÑOS.", "sugar", "corn"),
    ("meal", "comida corrida: sopa de fideo, arroz rojo, bistec con nopales y agua de horchata", "wheat sugar", "dairy"),
    ("label", "BEBIDA DE ALMENDRA SABOR VAINILLA\nIngredientes: agua, almendra (2%), azúcar, carbonato de calcio, sal, goma gellan, lecitina de girasol, saborizante natural de vainilla, vitaminas A y D.\nCONTIENE ALMENDRA.\n[EXCESO AZÚCARES]", "sugar", ""),
    ("meal", "quesadillas sin queso 😂 en la fonda, o sea tortilla azul con champiñones y epazote", "corn", ""),
    ("label", "BARRA DE PROTEÍNA CHOCOLATE CRUJIENTE 60 g\nIngredientes: aislado de proteína de soya, jarabe de maltitol, cobertura sabor chocolate (azúcar, grasa vegetal de palmiste, cocoa, lecitina de soya), almendras, fibra soluble de maíz, glicerina, crisp de arroz (harina de arroz, azúcar, sal), saborizantes.\nContiene soya y almendra. Puede contener leche, trigo y cacahuate.", "soy sugar corn", "dairy wheat"),
    ("meal", "cena: caldo de pollo casero con verduras y arroz, salsa verde de molcajete", "", ""),
    ("meal", "volé a Monterrey, en el avión solo café negro y una bolsita de cacahuates japoneses", "wheat soy", "sugar corn"),  # why: the crunchy shell is wheat flour and starch, seasoned with soy sauce
    ("label", "SALSA PICANTE CLÁSICA 150 ml\nIngredientes: agua, chiles, sal, vinagre, especias, goma xantana, benzoato de sodio (conservador).\nSin azúcar añadida.", "", "corn"),
    ("meal", "carne asada con la familia, guacamole, frijoles charros, cebollitas. sin tortillas y nada de cerveza, orgulloso", "", ""),
    ("label", "CEREAL DE AVENA CON MIEL 500 g\nIngredientes: avena integral, azúcar, jarabe de maíz de alta fructosa, miel (2%), sal, fosfato tricálcico, vitaminas y minerales.\nContiene gluten (avena). Puede contener trigo y soya.\n[EXCESO AZÚCARES]", "sugar corn", "wheat soy"),
    ("meal", "día de reintroducción de trigo: una concha con mi café de olla", "wheat sugar", "dairy"),  # why: café de olla is sweetened with piloncillo
    ("label", "TOSTADAS HORNEADAS\nIngredientes: maíz nixtamalizado, aceite vegetal, sal, cal.\nHechas en México.", "corn", "soy"),
    ("meal", "elote?? no no, esquite en vaso, con mayo, queso y chile. en la feria", "corn dairy", "soy sugar"),
    ("label", "VITAMINA D3 1000 UI — gotas 30 ml\nIngredientes: aceite de oliva extra virgen, colecalciferol (vitamina D3).\nSin gluten, sin lactosa, sin azúcar.", "", ""),
    ("meal", "mezcal con naranja y sal de gusano, 2 copitas", "", ""),
    ("meal", "pozole rojo en casa de mi tía, sin tostadas pero con rábano y orégano", "corn", ""),  # why: pozole is hominy
]

# ---------------------------------------------------------------------------
# Chloe, Sydney: Aussie slang, gym, naturopath, café orders
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "brekkie: gf toast w smashed avo + poached eggs at the cafe. asked them to hold the feta", "", "corn sugar"),  # why: gluten-free breads often use maize starch and sugar; label unseen
    ("label", "WPI PROTEIN — Natural Vanilla\nIngredients: Whey Protein Isolate (Milk) (97%), Natural Flavour, Sweetener (Stevia Leaf Extract), Emulsifier (Soy Lecithin).\nContains Milk and Soy.\nNUTRITION INFORMATION Servings per package: 33 Serving size: 30 g\nAvg Qty per serving: Energy 465 kJ, Protein 27.1 g, Fat 0.3 g, Carbohydrate 0.6 g, Sugars 0.5 g", "dairy soy", ""),
    ("meal", "flat white w bonsoy", "soy", "sugar"),  # why: soy milk; cafe soy milks are often sweetened with a syrup
    ("label", "Yeast Spread 220g\nIngredients: Yeast Extract (from yeast grown on Barley and Wheat), Salt, Mineral Salt (508), Colour (Caramel III), Malt Extract (from Barley), Flavour, Niacin, Thiamine, Riboflavin, Folate.\nContains Gluten.\nMade in Australia from at least 90% Australian ingredients.", "wheat", "corn"),
    ("meal", "sushi train for lunch: salmon nigiri x4, a bowl of edamame, used the little fish of tamari", "soy sugar", "wheat"),  # why: sushi rice is seasoned with sugar; tamari may contain some wheat
    ("label", "Chewy Choc Chip Muesli Bars 6 x 31g\nIngredients: Rolled Oats (40%), Glucose Syrup, Sugar, Sultanas, Vegetable Oil (Canola), Rice Crisps (Rice, Sugar, Salt), Choc Chips (6%) (Sugar, Cocoa Mass, Cocoa Butter, Emulsifier (Soy Lecithin)), Honey, Humectant (Glycerol), Salt.\nCONTAINS SOY. MAY CONTAIN GLUTEN, MILK AND PEANUTS.", "sugar soy", "corn wheat dairy"),
    ("meal", "meal prepped 5 lunches: quinoa, roast pumpkin, chickpeas, rocket, tahini-lemon dressing", "", ""),
    ("meal", "big night 🍾 3 vodka sodas then a kebab at 2am. regret", "wheat", "dairy sugar soy"),
    ("label", "Coconut Yoghurt Natural 500g\nIngredients: Coconut Cream (85%), Water, Tapioca Starch, Live Vegan Cultures.\nNo Added Sugar · Dairy Free · Gluten Free · Vegan", "", ""),
    ("meal", "dairy reintro tmrw so last clean dinner tonight: barra w lemon + steamed greens", "", ""),
    ("label", "Almond Milk Unsweetened 1L\nIngredients: Filtered Water, Almonds (2.5%), Calcium (Tricalcium Phosphate), Emulsifier (Sunflower Lecithin), Thickeners (Gellan, Xanthan), Sea Salt, Vitamins (E, B12, D).\nNo Added Sugar.\nMay contain traces of other tree nuts.", "", "corn"),
    ("meal", "dairy day 2: greek yog w berries for brekkie and a cheeky full cream latte", "dairy", ""),
    ("label", "ENERGY DRINK 500mL\nIngredients: Carbonated Water, Sugar, Acidity Regulators (330, 331), Taurine (0.4%), Flavours, Caffeine (0.03%), Colour (150d), Inositol, Vitamins (Niacin, B6, B2, B12).\nContains Caffeine. Not recommended for children, pregnant or lactating women.", "sugar", "corn"),  # why: 330 citric acid, 150d caramel colour
    ("meal", "thai green curry takeaway w jasmine rice", "sugar", "soy"),  # why: green curry is seasoned with palm sugar; coconut milk is not dairy
    ("label", "Gluten Free Spirals 500g\nIngredients: Maize Flour (60%), Rice Flour (39%), Emulsifier (471).\nGluten Free.\nCook 8-10 minutes.", "corn", "soy"),
    ("meal", "road trip servo stop: salt & vinegar chips and a coke zero", "", "corn"),
    ("meal", "naturopath put me on collagen + magnesium powder, pineapple flavour, mixed in water", "", "corn"),  # why: flavoured powders usually have citric acid
    ("meal", "brunch: chia pudding w coconut milk + a drizzle of maple", "", "sugar"),
    ("label", "CHOCOLATE COATED BISCUITS 200g\nIngredients: Sugar, Wheat Flour, Vegetable Oil, Cocoa Butter, Milk Solids, Golden Syrup, Cocoa, Cocoa Mass, Emulsifiers (Soy Lecithin, 476), Salt, Raising Agent (500), Flavour.\nContains Wheat, Milk, Soy.", "wheat sugar dairy soy", "corn"),
    ("meal", "bunnings snag 🌭 white bread, onion, tomato sauce. ok that's a slip", "wheat sugar", "soy corn"),
]

# ---------------------------------------------------------------------------
# Tom, Manchester: UK English, dry humour, dietitian at the NHS clinic
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "brew w oat m*lk and 2 sweeteners, the little white tablets from the office drawer", "", "wheat dairy"),  # why: many UK sweetener tablets use lactose as a carrier
    ("label", "CHICKEN & BACON SANDWICH\nINGREDIENTS: Malted Wheat Bread (Wheat Flour (Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin), Water, Malted Wheat Flakes, Wheat Bran, Wheat Protein, Malted Barley Flour, Salt, Yeast, Spirit Vinegar, Emulsifiers (Mono- and Di-Acetyl Tartaric Esters of Mono- and Di-Glycerides of Fatty Acids), Rapeseed Oil, Flour Treatment Agent (Ascorbic Acid)), Cooked Chicken Breast (22%), Mayonnaise (Water, Rapeseed Oil, Cornflour, Pasteurised Free Range Egg Yolk, Spirit Vinegar, Sugar, Salt, Lemon Juice Concentrate), Smoked Bacon (Pork, Salt, Sugar, Preservatives (Sodium Nitrite, Potassium Nitrate)), Tomato, Lettuce.\nFor allergens, including cereals containing gluten, see ingredients in bold.\nAlso, not suitable for customers with an allergy to sesame due to manufacturing methods.", "wheat corn sugar", ""),  # why: UK cornflour is cornstarch
    ("meal", "chippy tea: fish n chips, mushy peas, no curry sauce, no bread n butter", "wheat", ""),
    ("label", "FREE FROM Digestive Biscuits 200g\nIngredients: Gluten Free Oat Flour (30%), Palm Fat, Sugar, Maize Starch, Rice Flour, Potato Starch, Golden Syrup, Raising Agents (Sodium Bicarbonate, Ammonium Bicarbonate), Salt, Thickener (Xanthan Gum).\nFree From Gluten, Wheat and Milk.\nNutrition per biscuit (12.5g): Energy 263kJ / 63kcal, Fat 3.0g, of which saturates 1.4g, Carbohydrate 8.4g, of which sugars 2.4g", "sugar corn", ""),
    ("meal", "sunday roast at the in-laws: beef, roasties, carrots, gravy from granules 🙃, NO yorkshire pud", "wheat", "corn sugar"),  # why: gravy granules typically list wheat flour, maltodextrin and caramel colour
    ("label", "INDIAN TONIC WATER 200ml\nIngredients: Carbonated Water, Sugar, Citric Acid, Quinine, Natural Flavouring.\nNutrition per 100ml: Energy 138kJ / 33kcal, Carbohydrate 8.1g, of which sugars 8.1g", "sugar", "corn"),
    ("meal", "pint of guinness at the match. just the one. ok two", "", "wheat"),  # why: barley malt, no wheat listed; malt is a possible source
    ("meal", "protein shake after gym: vanilla whey + water + a spoon of peanut butter (just peanuts & salt)", "dairy", "soy corn"),
    ("label", "BAKED BEANZ in Tomato Sauce 415g\nIngredients: Beans (51%), Tomatoes (34%), Water, Sugar, Spirit Vinegar, Modified Cornflour, Salt, Spice Extracts, Herb Extract.\nNutrition per half can: Energy 164kcal, Carbohydrate 26.6g, of which sugars 9.8g\nSuitable for vegetarians.", "sugar corn", ""),
    ("meal", "meal prep: big batch of chilli, turkey mince, kidney beans, chopped toms, a stock cube, with rice", "", "wheat corn sugar"),  # why: stock cubes often contain wheat flour, maltodextrin, sugar
    ("label", "Ready Salted Crisps 6 x 25g\nIngredients: Potatoes, Sunflower Oil (24%), Salt.\nSuitable for vegetarians and vegans. Gluten free.", "", ""),
    ("meal", "motorway services, nearly got a meal deal — nope, just a bag of salted cashews and an apple", "", ""),
    ("label", "MILK CHOCOLATE BAR 45g\nIngredients: Sugar, Cocoa Butter, Skimmed Milk Powder, Cocoa Mass, Vegetable Fats (Palm, Shea), Emulsifiers (E442, E476), Flavourings.\nMilk Chocolate contains Milk Solids 20% minimum, Cocoa Solids 25% minimum.\nMay contain nuts, wheat.", "sugar dairy", "wheat"),  # why: E442 and E476 are not soy lecithin
    ("meal", "gluten challenge day per my dietitian: 2 slices of sourdough toast w butter— hold on, butter's still out. swapped to olive oil", "wheat", ""),
    ("label", "WORCESTERSHIRE SAUCE 150ml\nIngredients: Malt Vinegar (from Barley), Spirit Vinegar, Molasses, Sugar, Salt, Anchovies (Fish), Tamarind Extract, Onions, Garlic, Spice, Flavouring.\nAllergy advice: for allergens see ingredients in bold.", "sugar", "wheat"),
    ("meal", "curry house: chicken tikka masala, pilau rice, poppadoms, told them no naan", "dairy", "sugar"),
    ("label", "SOYA DRINK Sweetened 1L\nIngredients: Water, Hulled Soya Beans (6.5%), Sugar, Calcium (Calcium Carbonate), Acidity Regulator (Potassium Phosphates), Stabiliser (Gellan Gum), Sea Salt, Vitamins (B2, B12, D2).\nUHT. Shake well.", "soy sugar", ""),
    ("meal", "had a bite of my lad's fish finger butty. one bite. logging it anyway", "wheat", "dairy sugar"),
    ("label", "Vitamin D3 1000IU 90 Softgels\nIngredients: Sunflower Oil, Capsule Shell (Bovine Gelatine, Glycerol), Cholecalciferol.\nFree from: gluten, wheat, lactose, soya, artificial colours.", "", ""),
    ("meal", "full english minus toast & beans: eggs, bacon, mushrooms, grilled tomato, black pudding", "", "wheat sugar"),  # why: black pudding is oat/barley-based, sometimes with wheat rusk; bacon cure may have sugar
]

# ---------------------------------------------------------------------------
# Fatima, Dubai: English with Arabic, Ramadan weeks, delivery apps
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "dairy challenge day!! suhoor: labneh with olive oil + zaatar, with cucumber instead of khubz", "dairy", ""),
    ("label", "معمول بالتمر DATE MAAMOUL 400g\nIngredients: Wheat Flour, Date Paste (30%), Butter Ghee, Sugar, Semolina, Rose Water, Mahlab, Yeast.\nContains: Wheat, Milk.\nيحتوي على: قمح، حليب\nProduct of UAE. Store in a cool dry place.", "wheat dairy sugar", ""),
    ("meal", "iftar: 3 dates, lentil soup, fattoush without the pita chips", "", "sugar"),  # why: pomegranate molasses dressing is often sweetened
    ("meal", "karak chai from the cafeteria 😅 evaporated milk + lots of sugar", "dairy sugar", ""),
    ("label", "TAHINI طحينة 100% Sesame\nIngredients: 100% hulled sesame seeds.\nMay contain traces of peanuts and nuts.", "", ""),
    ("meal", "chicken shawarma, asked for a bowl no bread, garlic sauce on the side", "", "dairy"),  # why: shawarma marinades often have yoghurt
    ("label", "LABAN لبن Fresh Laban 1L\nIngredients: Fresh Cow's Milk, Milk Powder, Cultures, Salt.\nFat 2.5%. Keep refrigerated 2-6°C.", "dairy", ""),
    ("meal", "DXB lounge before the flight: hummus, grilled halloumi (ugh I know) and olives", "dairy", ""),
    ("label", "DATE SYRUP – DIBS دبس التمر 400g\nIngredients: 100% Dates.\nNo added sugar. No preservatives.\nNutrition per 100g: Energy 293 kcal, Carbohydrate 72g, of which sugars 68g", "", "sugar"),  # why: a concentrated date syrup, treated like honey or maple: possible
    ("meal", "mandi rice with lamb, that place cooks everything in ghee for sure", "dairy", ""),
    ("label", "ARABIC BREAD خبز عربي – 6 pcs\nIngredients: Wheat Flour, Water, Yeast, Sugar, Salt, Vegetable Oil, Preservative (Calcium Propionate).\nContains Gluten.\nيحتوي على الجلوتين", "wheat sugar", "corn soy"),
    ("meal", "protein coffee from the gym bar: cold brew + scoop of vegan protein + monk fruit", "", "soy corn"),  # why: unnamed vegan protein may be soy-based
    ("label", "CAMEL MILK CHOCOLATE 70g\nIngredients: Sugar, Cocoa Butter, Camel Milk Powder (20%), Cocoa Mass, Emulsifier (Soy Lecithin), Natural Bourbon Vanilla.\nContains: Milk (camel), Soy.", "sugar dairy soy", ""),  # why: camel milk is still dairy
    ("meal", "luqaimat at my aunt's, 4 with date syrup on top", "wheat sugar", "dairy"),
    ("label", "VITAMIN-ENHANCED WATER Lemon-Lime 500ml\nIngredients: Purified Water, Crystalline Fructose, Cane Sugar, Citric Acid, Natural Flavours, Magnesium Lactate, Calcium Lactate, Potassium Phosphate, Vitamins (C, B3, B5, B6, B12).\nContains 13g sugar per bottle.", "sugar", "corn"),
    ("meal", "grilled hammour with tabbouleh (it's bulgur right?)", "wheat", ""),
    ("meal", "corn challenge day, my practitioner said popcorn + corn on the cob. did both 🍿🌽", "corn", ""),
    ("label", "HALLOUMI CHEESE حلوم 250g\nIngredients: Pasteurised Cow's, Sheep's & Goat's Milk, Salt, Rennet (non-animal), Mint.\nContains: Milk.", "dairy", ""),
    ("meal", "ordered poke on the app: salmon, edamame, mango, sushi rice, with 'gluten free soy sauce'", "soy sugar", ""),  # why: GF soy sauce rules out wheat, not soy; sushi rice is sweetened
    ("meal", "kunafa... at a wedding. i'm only human", "wheat dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Mei, Taipei: Traditional Chinese and English, night markets, practitioner on LINE
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "早餐：豆漿+飯糰... 忘了豆漿是黃豆 😭", "soy wheat sugar", ""),  # why: breakfast-shop soy milk is sweet by default; 飯糰 usually has youtiao and pork floss
    ("label", "無糖豆漿 450ml\n成分：水、非基因改造黃豆\n營養標示 每一份量450毫升 熱量 153大卡 蛋白質 15.3公克 脂肪 7.2公克 碳水化合物 6.8公克 糖 1.8公克\n本產品含有大豆，不適合對其過敏體質者食用。", "soy", ""),
    ("meal", "lunch 便當: 滷雞腿、三樣青菜、白飯", "soy wheat sugar", ""),  # why: 滷 braising is soy sauce with rock sugar
    ("label", "純釀醬油 710ml\n成分：水、非基因改造黃豆、小麥、食鹽、糖、酵母抽出物、甘草萃取物\n過敏原資訊：本產品含有大豆及小麥製品\n釀造期：180天", "soy wheat sugar", ""),
    ("meal", "bubble tea 珍奶 半糖 but with oat milk instead — ok that's definitely a slip", "sugar", "wheat"),
    ("label", "新竹米粉 300g\n成分：在來米、玉米澱粉、水\n保存方式：置於陰涼乾燥處，避免陽光直射", "corn", ""),  # why: many rice vermicelli are cut with corn starch
    ("meal", "hot pot with friends: clear broth, greens, sliced beef, skipped the tofu, sauce only garlic + scallion + black vinegar", "", ""),
    ("label", "乳清蛋白 巧克力口味 2磅\n成分：分離乳清蛋白、濃縮乳清蛋白、可可粉、天然及人工香料、三氯蔗糖、大豆卵磷脂、醋磺內酯鉀\n過敏原：本產品含有牛奶及大豆製品，生產線亦處理含麩質穀物。", "dairy soy", "wheat"),
    ("meal", "night market: 鹽酥雞 small bag 🙈", "soy wheat", "sugar corn"),  # why: marinated in soy sauce; coated in sweet potato starch, fried in vegetable oil
    ("meal", "dinner home: steamed fish w ginger + coconut aminos, 地瓜葉 stir fried with garlic", "", ""),
    ("label", "紅豆麻糬 6入\n成分：糯米、紅豆、麥芽糖、砂糖、玉米澱粉（手粉）、海藻糖\n素食可食（全素）", "sugar corn", ""),
    ("meal", "reintro: wheat day. 牛肉麵 for lunch and 蔥油餅 at night", "wheat soy", "sugar"),  # why: beef noodle broth is soy sauce and doubanjiang
    ("label", "燕麥奶 咖啡師版 1L\n成分：水、燕麥(12%)、葵花油、磷酸二鉀、碳酸鈣、鹽\n本產品生產線有處理含麩質之穀物、大豆、牛奶製品", "", "wheat soy dairy"),
    ("meal", "7-11 茶葉蛋 x2 and 無糖綠茶", "soy wheat", "sugar"),  # why: tea eggs are simmered in soy sauce
    ("label", "蘇打餅乾 量販包\n成分：小麥粉、植物油(棕櫚油)、酵母、食鹽、碳酸氫鈉、麥芽糖、碳酸氫銨\n過敏原資訊：本產品含有小麥，生產線同時處理牛奶、大豆製品", "wheat sugar", "dairy soy"),
    ("meal", "practitioner thinks my skin flare might be the erythritol in my 'sugar free' chocolate, stopping it. had 2 squares today", "", "corn dairy soy"),
    ("meal", "fruit plate after dinner: guava + 蓮霧", "", ""),
    ("label", "蜂蜜檸檬 飲料 590ml\n成分：水、果糖、蜂蜜、檸檬汁、檸檬酸、維生素C\n營養標示 每100毫升 熱量 42大卡 糖 10.3公克", "sugar", "corn"),
    ("meal", "flying to Tokyo, plane meal: only the rice, steamed veg & fruit, left the bread roll and the cake", "", ""),
    ("meal", "咖啡拿鐵 by accident, the barista didn't hear 'almond'", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Olu, Lagos: Nigerian English with pidgin, travels, checks cube and can labels
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "breakfast: boiled yam and egg sauce, cooked with palm oil", "", ""),
    ("meal", "jollof rice at a party + fried plantain + chicken. dem don put seasoning cube for the jollof sure", "", "wheat corn soy sugar"),  # why: bouillon cubes carry starch, hydrolysed protein, sugar
    ("label", "CUSTARD POWDER Vanilla Flavour 300g\nIngredients: Corn Starch, Salt, Flavouring, Colour (Annatto E160b).\nMethod: blend 2 tablespoons with a little milk...\nNAFDAC Reg No. xx-xxxx", "corn", ""),
    ("meal", "garri soaked with groundnut and sugar 🙈 old habit", "sugar", ""),
    ("label", "MALT DRINK Non-Alcoholic 330ml\nIngredients: Water, Barley Malt Extract, Sugar, Glucose Syrup, Carbon Dioxide, Caramel Colour, Hops, Vitamins (B1, B2, B3, B6).\nEnergy per 100ml: 62 kcal", "sugar", "wheat corn"),
    ("meal", "egusi soup with pounded yam and goat meat — i cooked it, only salt and crayfish, no cube", "", ""),
    ("label", "INSTANT NOODLES Chicken Flavour 70g\nNOODLES: Wheat Flour, Palm Olein, Salt, Stabilizer (Sodium Carbonate).\nSEASONING: Salt, Sugar, Monosodium Glutamate, Onion Powder, Chicken Flavour, Hydrolysed Soy Protein, Pepper.\nContains Wheat and Soy.", "wheat sugar soy", ""),
    ("meal", "suya from the spot near my office, with onions and tomatoes", "", ""),
    ("meal", "akara and pap for breakfast, pap with evaporated milk + sugar", "corn dairy sugar", "soy"),  # why: pap (ogi) is fermented maize; akara fried in vegetable oil
    ("label", "EVAPORATED FILLED MILK 160g\nIngredients: Skimmed Milk, Vegetable Fat, Lactose, Stabilisers (E331, E339), Emulsifier (Soy Lecithin), Vitamins A and D3.\nNot suitable as a breast milk substitute.", "dairy soy", "corn"),
    ("meal", "practitioner call today, she said stay off Milo. so i had tea with lemon, no sugar", "", ""),
    ("label", "CABIN BISCUIT 400g\nIngredients: Wheat Flour, Sugar, Vegetable Fat, Milk Powder, Invert Syrup, Salt, Leavening Agents (Sodium Bicarbonate, Ammonium Bicarbonate), Flavour.\nContains: Wheat, Milk. May contain Soy.", "wheat sugar dairy", "soy corn"),
    ("meal", "moi moi wrapped in leaf, with fish and egg inside", "", ""),
    ("meal", "flight to London: chicken + rice, a bread roll I didn't eat, and a Coke (oops)", "sugar", "corn"),
    ("label", "CHIN CHIN Crunchy Snack 250g\nIngredients: Wheat Flour, Sugar, Margarine (Vegetable Oil, Water, Salt, Milk Solids, Emulsifier (Soy Lecithin)), Eggs, Nutmeg.\nContains: Wheat, Milk, Egg, Soy.", "wheat sugar dairy soy", "corn"),
    ("meal", "plantain chips from the hawker, the sweet ripe kind", "", "sugar soy corn"),
    ("label", "ZOBO DRINK Hibiscus 500ml\nIngredients: Water, Hibiscus Calyces, Pineapple, Ginger, Sugar, Citric Acid, Preservative (Sodium Benzoate).", "sugar", "corn"),
    ("meal", "ofada rice and ayamase stew, from my sister's pot", "", ""),
    ("label", "PEANUT BUTTER Smooth 340g\nIngredients: Roasted Groundnuts (90%), Sugar, Hydrogenated Vegetable Oil, Salt.", "sugar", "soy corn"),
    ("meal", "dairy challenge day: fura da nono 😁 a whole calabash", "dairy", "sugar"),
]

# ---------------------------------------------------------------------------
# Ingrid, Stockholm: Swedish, calm, label-scanner app, "min terapeut"
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "frukost: gröt på glutenfria havregryn, blåbär, kanel, skvätt havredryck", "", "wheat"),  # why: the oat drink isn't the gluten-free one
    ("label", "KNÄCKEBRÖD Råg\nIngredienser: fullkornsrågmjöl 97 %, salt, jäst.\nInnehåller gluten (råg). Kan innehålla spår av sesam.\nNäringsvärde per 100 g: Energi 1400 kJ / 334 kcal, Fett 1,7 g, Kolhydrater 59 g, varav sockerarter 1,5 g, Fiber 20 g, Protein 9 g, Salt 1,0 g", "", "wheat"),  # why: rye is not wheat, but rye mills often handle wheat
    ("meal", "lunch på jobbet: köttbullar med potatismos och lingonsylt... 😬", "wheat dairy sugar", ""),
    ("label", "KAVIAR Original 190 g\nIngredienser: sockersaltad torskrom 56 % (torskrom, socker, salt), socker, rapsolja, salt, potatisflingor, tomatpuré, konserveringsmedel (natriumbensoat, kaliumsorbat), antioxidationsmedel (askorbylpalmitat).\nFörvaras kylt.", "sugar", ""),
    ("meal", "fika: kaffe svart, avstod från kanelbullen 💪", "", ""),
    ("label", "Glutenfritt Ljust Bröd\nIngredienser: vatten, majsstärkelse, rismjöl, rapsolja, sockerbetsfiber, jäst, socker, salt, förtjockningsmedel (E464, E415), psylliumfrö.\nGlutenfri. Laktosfri. Tillverkad i en glutenfri anläggning.", "corn sugar", ""),
    ("meal", "middag: lax i ugnen med dill, kokt potatis och pressgurka (ättika, socker, vatten)", "sugar", ""),
    ("label", "PROTEINBAR Choklad Crisp 55 g\nIngredienser: mjölkproteinkoncentrat, sötningsmedel (maltitol), kakaosmör, sojaproteinisolat, fuktighetsbevarande medel (glycerol), hasselnötter, kakaomassa, helmjölkspulver, emulgeringsmedel (sojalecitin), arom.\nKan innehålla spår av vete och jordnötter.\nÖverdriven konsumtion kan ha laxerande effekt.", "dairy soy", "wheat corn"),
    ("meal", "mjölk-provokation dag 2: filmjölk på morgonen och en ostmacka... nej, ost på riskaka", "dairy", ""),
    ("meal", "tåget till Göteborg: köpte en smoothie mango-passion, bara frukt enligt etiketten", "", ""),
    ("label", "SALTLAKRITS 150 g\nIngredienser: socker, vetemjöl, sirap, lakritsextrakt, salmiak, glukossirap, arom, färgämne (vegetabiliskt kol), ytbehandlingsmedel (bivax).\nInnehåller gluten.", "sugar wheat", "corn"),
    ("meal", "kräftskiva hos grannarna: kräftor och en bit västerbottenpaj, inget knäckebröd", "wheat dairy", ""),
    ("label", "Havrebaserad Glass Vanilj 500 ml\nIngredienser: havrebas (vatten, havre 10 %), socker, kokosolja, glukossirap, rapsolja, vaniljextrakt, stabiliseringsmedel (fruktkärnmjöl, guarkärnmjöl), salt.\nKan innehålla spår av gluten.", "sugar", "corn wheat"),
    ("meal", "tacofredag med barnen, jag tog allt i salladsblad istället för tortilla, men med kryddmixen", "", "wheat corn sugar"),  # why: taco spice mixes often contain flour, maltodextrin, sugar
    ("label", "FISKPINNAR 15 st\nIngredienser: alaska pollock 65 %, panering (vetemjöl, vatten, rapsolja, salt, jäst, paprika, gurkmeja).\nInnehåller fisk och gluten (vete).", "wheat", ""),
    ("meal", "terapeuten sa att xylitol är ok, så tuggummit borde funka? två bitar", "", "corn"),  # why: gum often adds sorbitol/maltitol; not added sugar
    ("meal", "råkade äta en bit av dotterns prinsesstårta på kalaset 🎂", "wheat dairy sugar", ""),
    ("label", "KOKOSMJÖLK 400 ml\nIngredienser: kokosnötsextrakt 60 %, vatten, förtjockningsmedel (guarkärnmjöl).\nFetthalt 17 %.", "", ""),
    ("meal", "sen kväll, bara en kopp rooibos med en tesked honung", "", "sugar"),
    ("label", "VEGOKORV Rökig 240 g\nIngredienser: vatten, ärtprotein (14 %), rapsolja, potatisstärkelse, kryddor, salt, förtjockningsmedel (metylcellulosa), rökarom, dextros.\nVegansk.", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Marco, Milano: Italian, grumbles about giving up pasta, "la dietista"
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "colazione al bar: caffè e... niente cornetto, solo una spremuta d'arancia", "", ""),
    ("label", "SPAGHETTI n.5 — Pasta di semola di grano duro\nIngredienti: semola di grano duro, acqua.\nPuò contenere tracce di soia e senape.\nValori nutrizionali per 100 g: energia 1521 kJ / 359 kcal, grassi 2 g, carboidrati 71 g di cui zuccheri 3,5 g, fibre 3 g, proteine 13 g, sale 0,01 g", "wheat", "soy"),
    ("meal", "pranzo: pasta senza glutine di mais e riso, pomodoro e basilico", "corn", ""),
    ("label", "GRISSINI TORINESI all'olio extravergine\nIngredienti: farina di grano tenero tipo \"0\", olio extravergine di oliva 8%, sale, lievito di birra, malto d'orzo.\nContiene glutine. Può contenere sesamo.", "wheat", ""),
    ("meal", "aperitivo: uno spritz e qualche oliva, patatine no", "sugar", ""),  # why: the bitter aperitif in a spritz is sweetened
    ("label", "BEVANDA DI RISO Bio 1L\nIngredienti: acqua, riso* 17%, olio di semi di girasole*, sale marino.\n*biologico\nNaturalmente dolce. Senza zuccheri aggiunti**. **Contiene naturalmente zuccheri.\nSenza glutine.", "", ""),
    ("meal", "cena dalla nonna: polenta con funghi... ma con burro e parmigiano 🤦", "corn dairy", ""),
    ("label", "PARMIGIANO REGGIANO DOP 24 mesi\nIngredienti: latte, sale, caglio.\nNaturalmente privo di lattosio (lattosio < 0,01 g/100 g).", "dairy", ""),  # why: lactose-free is still dairy
    ("meal", "giorno test glutine (me l'ha detto la dietista): pizza margherita intera 🍕", "wheat dairy", "sugar"),
    ("meal", "autogrill: insalata di riso confezionata + acqua frizzante", "", "dairy sugar corn"),  # why: packaged rice salads usually include würstel, cheese cubes, pickles in sugared brine
    ("label", "CIOCCOLATO FONDENTE 85% cacao\nIngredienti: pasta di cacao, burro di cacao, zucchero, vaniglia in bacche.\nPuò contenere latte e frutta a guscio.\nCacao: 85% minimo.", "sugar", "dairy"),
    ("meal", "vacanza in Sicilia: granita al limone a colazione, niente brioche", "sugar", ""),
    ("label", "PROSCIUTTO COTTO Alta Qualità 100 g\nIngredienti: coscia di suino, sale, destrosio, saccarosio, aromi naturali, antiossidante: ascorbato di sodio; conservante: nitrito di sodio.\nSenza glutine. Senza lattosio. Senza polifosfati aggiunti.", "sugar", "corn"),
    ("meal", "ho chiesto al cameriere il risotto senza burro e senza parmigiano, fatto con olio — dice di sì 🤞", "", "dairy"),  # why: request made, compliance unknown
    ("label", "PIADINA ROMAGNOLA IGP\nIngredienti: farina di grano tenero tipo \"0\", strutto, sale, agenti lievitanti (difosfato disodico, carbonato acido di sodio, amido di mais).\nContiene glutine.", "wheat corn", ""),
    ("meal", "colazione veloce: shake proteico vegano alla vaniglia con latte di mandorla", "", "soy corn sugar"),
    ("label", "BISCOTTI INTEGRALI 350 g\nIngredienti: farina di frumento integrale 60%, zucchero di canna, olio di semi di girasole, agenti lievitanti (carbonato acido d'ammonio, carbonato acido di sodio), sale, aromi.\nPuò contenere latte, uova e soia.", "wheat sugar", "dairy soy"),
    ("meal", "macchiato con latte di soia al bar sotto l'ufficio", "soy", ""),
    ("label", "MOZZARELLA senza lattosio 125 g\nIngredienti: latte, sale, caglio, enzima lattasi.\nLattosio < 0,1 g/100 g.", "dairy", ""),
    ("meal", "un cannolo siciliano al compleanno della zia, non ho resistito", "wheat dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Jess, Toronto: Canadian, bilingual labels, naturopath, busy nurse schedule
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "tims: steeped tea w almond milk no sugar. and a bagel... ugh, no, just the tea", "", ""),
    ("label", "OAT BEVERAGE Original / BOISSON D'AVOINE Originale 1.75 L\nIngredients: Filtered water, gluten-free oats, sunflower oil, calcium carbonate, dipotassium phosphate, sea salt, vitamins (D2, B12, riboflavin).\nIngrédients : eau filtrée, avoine sans gluten, huile de tournesol, carbonate de calcium, phosphate dipotassique, sel de mer, vitamines.\nGLUTEN FREE / SANS GLUTEN", "", ""),
    ("meal", "pho for lunch, rice noodles + rare beef, skipped hoisin & sriracha", "", "sugar"),  # why: pho broth is often seasoned with rock sugar
    ("label", "PURE MAPLE SYRUP / SIROP D'ÉRABLE PUR\nCanada Grade A – Amber, Rich Taste / Catégorie A – Ambré, goût riche\nIngredients: 100% pure maple syrup. / Ingrédients : 100 % sirop d'érable pur.", "", "sugar"),
    ("meal", "shawarma poutine at 1am 😭 after the leafs game", "dairy", "wheat corn soy sugar"),
    ("label", "TAMARI SOY SAUCE / SAUCE SOYA TAMARI\nIngredients: Water, soybeans, salt, alcohol (to preserve freshness).\nIngrédients : eau, fèves de soya, sel, alcool (pour préserver la fraîcheur).\nGluten-free / Sans gluten", "soy", ""),
    ("meal", "naturopath said try allulose, so baked muffins: almond flour, allulose, eggs, coconut oil, blueberries, baking powder", "", "corn"),  # why: baking powder usually has cornstarch; allulose is often corn-derived
    ("label", "GINGER ALE 355 mL\nIngredients: Carbonated water, glucose-fructose, citric acid, natural flavour, sodium benzoate, colour.\nIngrédients : eau gazéifiée, glucose-fructose, acide citrique, arôme naturel, benzoate de sodium, colorant.", "sugar", "corn"),  # why: Canadian glucose-fructose is HFCS, normally from corn
    ("meal", "meal prep: 4 jars overnight chia w coconut milk + vanilla extract + monk fruit drops", "", ""),
    ("meal", "bf made stir fry for me w coconut aminos... but then added the 'vegetarian oyster sauce' 😐", "soy sugar", "wheat corn"),  # why: vegetarian oyster sauce is mushroom with soy sauce, sugar, modified starch
    ("label", "PLANT-BASED PROTEIN Chocolate / PROTÉINE VÉGÉTALE Chocolat\nIngredients: Pea protein, brown rice protein, cocoa, coconut sugar, natural flavours, sea salt, xanthan gum, stevia leaf extract.\nIngrédients : protéine de pois, protéine de riz brun, cacao, sucre de coco, arômes naturels, sel de mer, gomme xanthane, extrait de feuille de stévia.", "sugar", "corn"),
    ("meal", "dairy challenge day 1 🧀 — grilled cheese on gf bread + glass of 2% milk", "dairy", "corn sugar"),
    ("label", "TOMATO KETCHUP / KETCHUP AUX TOMATES 750 mL\nIngredients: Tomato paste, liquid sugar, white vinegar, salt, onion powder, spices.\nIngrédients : pâte de tomates, sucre liquide, vinaigre blanc, sel, poudre d'oignon, épices.", "sugar", ""),
    ("meal", "airport YYZ: cucumber maki from the kiosk, no soy sauce just the ginger", "sugar", ""),  # why: sushi rice and pickled ginger are sweetened
    ("label", "VEGGIE CHIPS Sea Salt / CROUSTILLES DE LÉGUMES\nIngredients: Potatoes, canola oil, sweet potatoes, spinach powder, tomato paste, sea salt, rice flour, beetroot powder.\nIngrédients : pommes de terre, huile de canola, patates douces, poudre d'épinards, pâte de tomates, sel de mer, farine de riz, poudre de betterave.", "", ""),
    ("meal", "oops brunch: eggs benny w hollandaise and home fries", "wheat dairy", ""),
    ("label", "72% DARK CHOCOLATE with Almonds — No Sugar Added\nIngredients: Unsweetened chocolate, erythritol, cocoa butter, almonds, inulin, sunflower lecithin, monk fruit extract.\nMay contain milk. / Peut contenir du lait.", "", "dairy corn"),
    ("meal", "someone brought timbits for the unit. i had zero. proud.", "", ""),
    ("label", "ELECTROLYTE DRINK MIX Lemon-Lime, 10 stick packs\nIngredients: Dextrose, citric acid, sodium citrate, potassium chloride, natural flavour, magnesium lactate, stevia leaf extract.\nNon-GMO. Gluten free.", "sugar", "corn"),
    ("meal", "thanksgiving: turkey, mash made with olive oil for me, roasted brussels, cranberry sauce", "sugar", ""),
]

# ---------------------------------------------------------------------------
# Hana, Seoul: Korean with English, office worker, convenience stores, practitioner via KakaoTalk
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "아침: 현미밥, 미역국 (국간장 대신 소금으로), 계란말이", "", ""),
    ("label", "고추장 500g\n원재료명: 물엿(옥수수), 고춧가루(중국산), 쌀(국산), 소맥분(밀:미국산), 정제소금, 대두, 주정, 양파, 마늘, 메주분\n알레르기 유발물질: 밀, 대두 함유\n이 제품은 우유, 땅콩을 사용한 제품과 같은 제조시설에서 제조하고 있습니다.", "sugar corn wheat soy", "dairy"),  # why: 물엿 is a glucose syrup, here from corn
    ("meal", "점심 회사 식당: 제육볶음, 밥, 김치, 콩나물국", "wheat soy sugar", "corn"),  # why: gochujang-soy marinade with sugar; 콩나물 are soybean sprouts
    ("meal", "편의점: 삼각김밥 참치마요 😑 and a 바나나우유", "dairy sugar", "soy wheat corn"),
    ("label", "두유 190ml\n원재료명: 대두액(대두:캐나다산 8%), 정제수, 설탕, 올리고당, 검은콩분말, 정제소금, 탄산칼슘\n대두 함유. 이 제품은 우유를 사용한 제품과 같은 제조시설에서 제조하고 있습니다.", "soy sugar", "dairy"),
    ("meal", "dinner home: 된장찌개 with mushrooms instead of tofu... wait doenjang is soy too 🤦‍♀️", "soy", "wheat"),
    ("label", "떡볶이 떡 500g\n원재료명: 쌀(국산) 98%, 정제소금, 주정\n보관방법: 냉장보관", "", ""),
    ("meal", "korean bbq: 삼겹살 plain no marinade, lettuce wraps, garlic, skipped the ssamjang", "", ""),
    ("label", "프로틴 쉐이크 초코 40g\n원재료명: 분리유청단백(우유), 분리대두단백, 코코아분말, 덱스트린, 잔탄검, 수크랄로스, 합성향료, 비타민혼합제제\n우유, 대두 함유", "dairy soy", "corn"),
    ("meal", "칼국수 먹었어... 밀가루 day 아닌데 ㅠㅠ", "wheat", ""),
    ("label", "매실청 1L\n원재료명: 매실(국산) 50%, 백설탕 50%", "sugar", ""),
    ("meal", "cafe: 아아 + a 흑임자 라떼 with oat milk", "sugar", "wheat"),  # why: black sesame latte base is sweetened
    ("label", "옥수수수염차 500ml\n원재료명: 정제수, 옥수수수염추출액(고형분 0.1%), 볶은옥수수추출액, 비타민C, 탄산수소나트륨", "corn", ""),
    ("meal", "reintro dairy day: 치즈 한 장 on rice + 우유 한 잔", "dairy", ""),
    ("label", "조미김 전장 10봉\n원재료명: 김(국산) 80%, 혼합식용유(옥수수유, 참기름), 정제소금", "corn", ""),
    ("meal", "찜질방: 식혜 한 캔 and 맥반석 계란 2개", "sugar", "wheat"),  # why: sikhye is rice fermented with barley malt, plus sugar
    ("label", "비타민C 1000 120정\n원재료명: 비타민C, 결정셀룰로스, 스테아린산마그네슘, 이산화규소, 히드록시프로필메틸셀룰로스\n1일 1회, 1회 1정", "", ""),  # why: no listed corn-derived carrier
    ("meal", "business trip Busan: 돼지국밥 w 새우젓 only, no 다대기, plus 부추무침", "", "sugar"),
    ("label", "제로 콜라 355ml\n원재료명: 정제수, 이산화탄소, 카라멜색소, 인산, 아스파탐, 아세설팜칼륨, 천연향료, 카페인\n페닐알라닌 함유", "", "corn"),
    ("meal", "호떡 from the street stall, couldnt say no, it was snowing ❄️", "wheat sugar", ""),
]

# ---------------------------------------------------------------------------
# Raj, London: consultant, always travelling, pastes from shop websites
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "pret: chicken & avocado salad box. asked for no dressing but it came mixed in already", "", "sugar"),
    ("label", "Vanilla Whey Protein Powder | 1kg\n★★★★☆ (2,143 reviews)\n£29.99  Add to basket\nFree delivery over £30\nIngredients\nWhey Protein Concentrate (Milk) (Emulsifier: Soy Lecithin), Flavouring, Sweetener (Sucralose), Thickener (Xanthan Gum).\nAllergens\nFor allergens, see ingredients in bold. Produced in a factory that also handles egg and gluten.\nNutritional Information  Per 25g serving  Energy 412kJ/98kcal  Protein 20g  Carbohydrate 1.6g  of which sugars 1.4g\nYou may also like...", "dairy soy", "corn wheat"),
    ("meal", "BA flight LHR-JFK, pre-ordered the gluten free meal: chicken, rice, veg, a GF roll and a fruit pot", "", "corn sugar"),
    ("meal", "hotel breakfast NYC: egg white omelette, turkey bacon, fruit. black coffee", "", "sugar"),  # why: turkey bacon cures usually contain sugar
    ("label", "INGRED IENTS: Dates (48%), Cash ew\nNuts (41%), Raisins (11%).\nCont ains Cashews. May also contain\nother nuts, peanuts, ses ame, milk.\nNo added sug ar* *Contains naturally occ urring sugars\nPer bar (35g): Energy 5 88kJ / 140kcal", "", "dairy"),
    ("meal", "client dinner at the steakhouse: ribeye, creamed spinach (couldn't avoid it), fries", "dairy", "corn soy"),
    ("meal", "starbucks venti cold brew w a splash of coconut milk (theirs is sweetened i think)", "", "sugar"),
    ("label", "Rice Cakes — Lightly Salted\nIngredients: Wholegrain Brown Rice (99%), Sea Salt.\nSuitable for vegans. Gluten free.", "", ""),
    ("meal", "nando's: 1/2 chicken medium, spicy rice, macho peas. no garlic bread", "", "sugar"),
    ("label", "ENERGY GEL Orange 60ml\nIngredients: Maltodextrin, Water, Fructose, Acidity Regulators (Citric Acid, Sodium Citrate), Natural Flavouring, Preservatives (Potassium Sorbate, Sodium Benzoate), Sea Salt.\nUse 1 gel every 20-30 minutes of exercise.", "sugar", "corn"),
    ("meal", "mum's dal makhani when i visited Leicester, small bowl. it's full of butter and cream, i know", "dairy", ""),
    ("meal", "practitioner says sugar reintro comes after corn. today corn day: 2 corn tortillas w eggs + a cornbread muffin", "corn wheat dairy sugar", ""),
    ("label", "GF Oat Bar – Golden Syrup\nIngredients: Gluten Free Oats (50%), Golden Syrup, Vegetable Oils (Sunflower, Palm), Brown Sugar, Salt.\nGluten free. Made in a nut-free factory.", "sugar", ""),
    ("meal", "frankfurt airport: a pretzel... 😩 stress eating. a large one", "wheat", ""),
    ("label", "Sparkling Water Passionfruit & Mango | 330ml can\nVegan ✓  Low calorie ✓\nINGREDIENTS: Sparkling Spring Water, Fruit Juices from Concentrate (2%) (Passionfruit, Mango), Natural Flavourings, Acid (Citric Acid).\nNUTRITION per 100ml: Energy 4kJ/1kcal | Fat 0g | Carbohydrate 0.3g | of which sugars 0.3g\nRecycle me ♻", "", "sugar corn"),
    ("meal", "room service club sandwich minus the bread: chicken, bacon, lettuce, tomato. mayo on the side, didn't touch", "", "sugar"),
    ("meal", "dairy day 3 per protocol — skipped it, symptoms still settling from day 1. just water and herbal tea", "", ""),
    ("label", "OMEGA-3 FISH OIL 1000mg 120 softgels\nIngredients: Fish Oil (Anchovy, Sardine), Capsule Shell (Bovine Gelatin, Glycerol), Antioxidant: Mixed Tocopherols (from Soy).\nContains: Fish, Soy.", "soy", ""),  # why: the label names soy as the tocopherol source
    ("meal", "espresso martini at the team leaving do. one. it had kahlua so", "sugar", ""),
    ("meal", "sleeper to Edinburgh, ate my packed lunch: leftover chicken curry (coconut milk base) + rice", "", ""),
]

# ---------------------------------------------------------------------------
# Emma, Christchurch NZ: CrossFit, big meal-prep days, Kiwi slang
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "prep day: 2kg beef mince w my homemade taco seasoning (cumin paprika oregano salt), cauli rice, 8 containers", "", ""),
    ("label", "NUTRITION INFORMATION\nServings per package: 16\nServing size: 30g\n                Per serve   Per 100g\nEnergy          480kJ       1600kJ\nProtein         24.1g       80.3g\nFat, total      1.2g        4.0g\nCarbohydrate    1.9g        6.3g\n - sugars       1.1g        3.7g\nINGREDIENTS: Whey Protein Concentrate (Milk), Whey Protein Isolate (Milk), Cocoa, Flavour, Thickener (Xanthan Gum), Sweeteners (Sucralose, Acesulfame K), Emulsifier (Sunflower Lecithin).\nALLERGENS: Contains Milk. Made on equipment that also processes Soy, Egg and Gluten.", "dairy", "corn soy wheat"),
    ("meal", "post WOD: banana + whey shake in water", "dairy", "corn soy"),
    ("meal", "flat white w oatly at the café on Riccarton", "", "wheat"),
    ("label", "KŪMARA CHIPS Sea Salt 150g\nIngredients: Kūmara (sweet potato), Sunflower Oil, Sea Salt.\nGluten free. Vegan.", "", ""),
    ("meal", "fish n chips friday at the beach, asked for the fish grilled not battered. chips in canola they said", "", ""),
    ("label", "Hokey Pokey Ice Cream 2L\nIngredients: Cream, Milk Solids, Sugar, Glucose Syrup, Hokey Pokey Pieces (8%) (Sugar, Glucose Syrup, Raising Agent (Sodium Bicarbonate)), Emulsifier (471), Stabilisers (412, 410, 407), Flavour.\nContains Milk.", "dairy sugar", "corn soy"),
    ("meal", "pavlova at xmas lunch, tiny slice, cream + kiwifruit — slip, logging it honestly", "sugar dairy", "corn"),  # why: pavlova is meringue usually set with cornflour
    ("meal", "naturopath wants me logging supplements too: magnesium glycinate caps, vit D drops, zinc", "", ""),
    ("label", "COCONUT WATER 1L\n100% Coconut Water. Not from concentrate.\nNo added sugar. Nothing added.", "", ""),
    ("meal", "mince & cheese pie from the servo. day 13 ruined", "wheat dairy", "corn soy"),
    ("meal", "sugar reintro day: 2 tsp white sugar in coffee + a piece of mum's ginger crunch, ooh that has flour and butter", "sugar wheat dairy", ""),
    ("label", "Electrolyte Tablets — Sugar Free Berry, 20 tabs\nIngredients: Acidity Regulators (Citric Acid, Sodium Bicarbonate), Sorbitol, Potassium Bicarbonate, Sodium Chloride, Magnesium Carbonate, Natural Flavours, Sweetener (Sucralose), Colour (Beetroot Red).\nSugar free.", "", "corn"),
    ("meal", "crossfit comp day: 3 rice cakes w almond butter and honey", "", "sugar"),
    ("meal", "sushi night at a mate's, tuna hand rolls, I brought my own coconut aminos", "sugar", ""),  # why: sushi rice is seasoned with sugar
    ("label", "CHICKEN STOCK Liquid 1L\nIngredients: Chicken Stock (Water, Chicken), Salt, Vegetables (Onion, Carrot, Celery), Yeast Extract, Sugar, Natural Flavour.\nGluten free.", "sugar", ""),
    ("meal", "mum's roast lamb, roast kumara, pumpkin, peas, mint sauce", "sugar", ""),  # why: bottled mint sauce is sugar and vinegar
    ("meal", "slow cooker butter chicken, my version: coconut cream not cream, no ghee, tomato, garam masala", "", ""),
    ("label", "Gluten Free Wraps 6pk\n$5.99\nSKU 449102\nDescription\nSoft & flexible wraps, perfect for lunchboxes!\nIngredients\nWater, Tapioca Starch, Maize Starch, Rice Flour, Vegetable Oil (Canola), Humectant (Glycerol), Thickeners (Xanthan Gum, Hydroxypropyl Methylcellulose), Sugar, Yeast, Salt, Acidity Regulator (Citric Acid), Preservative (Calcium Propionate).\nAllergens\nNone declared.\nReviews (12)", "corn sugar", ""),
    ("meal", "L&P with dinner 🙈 it's a kiwi thing", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Carlos, Madrid: Spanish, social eater, tapas and family meals, "la nutricionista"
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "desayuno: tostada de pan sin gluten con tomate y aceite, café solo", "", "corn sugar"),
    ("label", "CHORIZO CULAR extra\nINGREDIENTES: carne de cerdo, pimentón, sal, ajo, dextrosa, lactosa, proteína de soja, estabilizantes (E-450, E-451), conservadores (E-250, E-252), antioxidante (E-301), colorante (E-120).\nContiene leche y soja.\nSin gluten.\nConsumir preferentemente antes de: ver lateral", "sugar dairy soy", "corn"),
    ("meal", "tapas con los amigos: pimientos de padrón, jamón, 2 croquetas... las croquetas llevan bechamel 🙈", "wheat dairy", ""),
    ("meal", "cocido madrileño en casa de mi madre, sin los fideos de la sopa", "", "sugar"),  # why: chorizo and morcilla in the pot often have dextrose or sugar
    ("label", "HORCHATA DE CHUFA de Valencia 1L\nIngredientes: agua, chufa (12%), azúcar (10%).\nSin gluten. Sin lactosa. Mantener refrigerado.", "sugar", ""),
    ("meal", "pedí la paella sin pan y el alioli aparte, que no lo toqué", "", ""),
    ("label", "BEBIDA DE SOJA sin azúcares añadidos 1L\nIngredientes: agua, semillas de soja descascarilladas (8%), corrector de acidez (fosfatos de potasio), sal marina, estabilizante (goma gellan), vitaminas (B2, B12, D).\nContiene soja.", "soy", ""),
    ("meal", "día de reintroducción de lácteos: yogur natural con nueces y un trozo de manchego", "dairy", ""),
    ("meal", "churros con chocolate de madrugada después de la boda 😅", "wheat sugar dairy", "corn"),  # why: chocolate a la taza is thickened with cornstarch
    ("label", "TURRÓN DE JIJONA Calidad Suprema 200 g\nIngredientes: almendra tostada 64%, miel, azúcar, clara de huevo.\nPuede contener trazas de leche y otros frutos de cáscara.", "sugar", "dairy"),
    ("meal", "menú del día: ensalada mixta, merluza a la plancha y fruta. sin pan", "", ""),
    ("label", "Pan de Molde Integral 100% | 460 g\nAñadir al carrito\nIngredientes:\nharina integral de trigo 51%, agua, harina de trigo, gluten de trigo, azúcar, aceite de girasol, levadura, sal, emulgentes (E-471, E-481), conservador (propionato cálcico), harina de soja.\nPuede contener trazas de sésamo y leche.\nInformación nutricional por 100 g: valor energético 1060 kJ / 252 kcal...", "wheat sugar soy", "dairy"),
    ("meal", "avión a Barcelona: una bolsa de patatas fritas y agua", "", ""),
    ("meal", "gazpacho casero, sin pan (la receta de mi abuela lleva pan, se lo quité)", "", ""),
    ("label", "SIROPE DE AGAVE ecológico 250 ml\nIngredientes: 100% sirope de agave*.\n*de cultivo ecológico\nEndulzante natural.", "sugar", ""),
    ("meal", "dos cañas de cerveza sin gluten en el bar de abajo", "", ""),
    ("meal", "suplementos: colágeno hidrolizado con vitamina C, sobre sabor limón", "", "corn"),  # why: flavoured sachets usually have citric acid
    ("label", "TORTITAS DE MAÍZ 130 g\nIngredientes: maíz (98%), sal.\nSin gluten.", "corn", ""),
    ("meal", "mi mujer hizo tortilla de patatas: huevos, patata, cebolla y aceite de oliva", "", ""),  # why: Spanish tortilla is an omelette, not a corn tortilla
    ("meal", "roscón de reyes 👑 me tocó el haba jaja", "wheat dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Zofia, Warszawa: Polish, family cooking, trains, "dietetyczka"
# ---------------------------------------------------------------------------
BLIND26_CASES += [
    ("meal", "śniadanie: jajecznica na maśle klarowanym... masło klarowane to nabiał, prawda? 😬", "dairy", ""),
    ("label", "CHLEB ŻYTNI RAZOWY 500 g\nSkład: mąka żytnia razowa 60%, woda, zakwas żytni, sól, kminek.\nMoże zawierać pszenicę, soję i sezam.", "", "wheat soy"),  # why: rye is not wheat; wheat only as a may-contain
    ("meal", "obiad: rosół domowy z makaronem ryżowym, marchewka, pietruszka", "", ""),
    ("meal", "pierogi ruskie u babci 🥟 8 sztuk", "wheat dairy", ""),
    ("label", "WAFELKI KAKAOWE\nSkład: cu kier, tłuszcz roślinny (palmowy), mą ka\npszenna, kakao o obniżonej zawartości tłu szczu\n(9%), serwatka w proszku (z mle ka), syrop\nglukozowo-fruktozowy, emulgator (lecytyny z\nsoi), sól, aromat.\nMoże zawierać orzechy laskowe.", "sugar wheat dairy soy", "corn"),
    ("meal", "kawa z napojem owsianym bez glutenu i stewią", "", ""),
    ("label", "KEFIR naturalny 400 g\nSkład: mleko, żywe kultury bakterii i drożdży kefirowych.\nZawartość tłuszczu 2%.", "dairy", ""),
    ("meal", "kolacja: grillowany kurczak, kasza gryczana, mizeria z jogurtem kokosowym", "", ""),
    ("label", "KIEŁBASA ŚLĄSKA\nSkład: mięso wieprzowe 85%, woda, sól, białko sojowe, skrobia ziemniaczana, dekstroza, przyprawy, wzmacniacz smaku (glutaminian monosodowy), stabilizatory (E451, E452), przeciwutleniacz (E316), substancja konserwująca (E250).\nMoże zawierać gorczycę, seler.", "soy sugar", "corn"),
    ("meal", "wigilia: barszcz z uszkami, karp, kapusta z grzybami... uszka to ciasto pszenne, wiem", "wheat", "sugar"),
    ("meal", "dietetyczka kazała zrobić dzień prowokacji kukurydzy: płatki kukurydziane na mleku ryżowym", "corn sugar", "wheat"),  # why: cornflakes usually have sugar and barley malt
    ("label", "MIÓD WIELOKWIATOWY nektarowy 400 g\nSkład: miód wielokwiatowy 100%.\nKraj pochodzenia: Polska", "", "sugar"),
    ("meal", "zapiekanka na dworcu w Krakowie 🙈 z pieczarkami i serem, z keczupem", "wheat dairy sugar", ""),
    ("meal", "pociąg do Gdańska, WARS: żurek, ale w misce a nie w chlebie", "", "wheat dairy"),  # why: żurek bases often add wheat flour and cream
    ("label", "NAPÓJ ENERGETYZUJĄCY 250 ml\nSkład: woda, cukier, glukoza, regulator kwasowości (kwas cytrynowy), dwutlenek węgla, tauryna, aromaty, kofeina, barwnik (E150d), witaminy.\nWysoka zawartość kofeiny.", "sugar", "corn"),
    ("meal", "jabłko i garść migdałów na przekąskę", "", ""),
    ("label", "BATON PROTEINOWY o smaku ciasteczkowym 60 g\nSkład: mieszanka białek (białko mleka, izolat białka serwatkowego), substancja słodząca (maltitol), polidekstroza, masa kakaowa, masło kakaowe, olej palmowy, aromaty, sól, emulgator: lecytyna słonecznikowa.\nMoże zawierać gluten, soję, orzechy.", "dairy", "corn wheat soy"),
    ("meal", "obiad: placki ziemniaczane... z łyżką mąki 😅 i ze śmietaną", "wheat dairy", ""),
    ("meal", "herbata z sokiem malinowym, domowym, z cukrem", "sugar", ""),
    ("meal", "ostatni dzień przed reintrodukcją: sałatka z łososiem, awokado, oliwa, cytryna", "", ""),
]
