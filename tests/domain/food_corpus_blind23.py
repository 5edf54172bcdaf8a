# ruff: noqa: E501
"""Blind labelled set 23: home cooks, bakers, batch cooks and parents from many countries typing what went into their dishes, plus labels of the staples they buy."""

BLIND23_CASES: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------------------
# Maggie, Columbus Ohio; holiday baker and mom of two, lowercase run-ons
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "made the christmas sugar cookies w the girls, butter flour sugar eggs vanilla, royal icing on top", "wheat dairy sugar", "corn"),  # why: US powdered sugar for royal icing contains cornstarch
    ("meal", "swapped the butter for coconut oil and used almond flour + maple syrup in the cookies this time, no sugar", "", "sugar"),
    ("meal", "dinner: roast turkey, mashed potatoes (made w olive oil and chicken broth not milk), green beans, cranberry sauce from the can", "corn sugar", ""),  # why: canned jellied cranberry sauce is sweetened with HFCS and corn syrup
    ("meal", "green bean casserole the classic way with cream of mushroom soup and the french fried onions on top", "wheat dairy", "corn soy sugar"),
    ("meal", "pumpkin pie w a store bought crust, canned pumpkin, evaporated milk, brown sugar, cinnamon, eggs", "wheat dairy sugar", ""),
    ("meal", "kids had air popped popcorn w olive oil and salt and apple slices while we watched elf", "corn", ""),
    ("meal", "sweet potato casserole but no marshmallows and no brown sugar this yr, just pecans + a little butter", "dairy", ""),
    ("meal", "we did cornish hens for new years w rosemary and lemon, roasted brussels in avocado oil", "", ""),
    ("meal", "peppermint bark: melted white chocolate and crushed candy canes", "dairy sugar corn", "soy"),  # why: candy canes are sugar and corn syrup; white chocolate often has soy lecithin
    ("meal", "breakfast casserole for xmas morning - eggs, sausage, cubed bread, milk, sharp cheddar", "wheat dairy", "sugar"),
    ("meal", "made cornbread from scratch - cornmeal, flour, buttermilk, eggs, a lil honey", "corn wheat dairy", "sugar"),
    ("label", "Pillsbury Original Crescent Rolls. Ingredients: Enriched Flour Bleached (Wheat Flour, Niacin, Reduced Iron, Thiamine Mononitrate, Riboflavin, Folic Acid), Water, Palm and Soybean Oil, Sugar, Baking Powder (Baking Soda, Sodium Aluminum Phosphate), Contains 2% or less of: Dextrose, Hydrogenated Soybean Oil, Salt, Monoglycerides, Xanthan Gum, Yellow 5, Red 40. Contains: Wheat.", "wheat soy sugar", "corn"),
    ("label", "Swanson Chicken Broth. Ingredients: Chicken Stock, Contains Less Than 2% of: Salt, Natural Flavoring, Yeast Extract, Chicken Fat, Dextrose, Carrots, Cabbage, Celery, Onions, Parsley.", "sugar", "corn"),
    ("label", "Libby's 100% Pure Pumpkin. Ingredients: Pumpkin.", "", ""),
    ("label", "Carnation Evaporated Milk. Ingredients: Milk, Dipotassium Phosphate, Carrageenan, Vitamin D3. Contains: Milk.", "dairy", ""),
    ("label", "McCormick Pumpkin Pie Spice. Ingredients: Cinnamon, Ginger, Nutmeg, Allspice, and Sulfiting Agents.", "", ""),
    ("label", "Bob's Red Mill Gluten Free 1-to-1 Baking Flour. Ingredients: Sweet White Rice Flour, Whole Grain Brown Rice Flour, Potato Starch, Whole Grain Sorghum Flour, Tapioca Flour, Xanthan Gum. Manufactured in a facility that also uses tree nuts and soy.", "", "corn soy"),
    ("label", "Ocean Spray Jellied Cranberry Sauce. Ingredients: Cranberries, High Fructose Corn Syrup, Water, Corn Syrup.", "corn sugar", ""),
]

# ---------------------------------------------------------------------------
# Priya, Pune; cooks for a joint family and packs dabbas, Hinglish
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "made aloo paratha for the dabba, atta dough, potato masala inside, roasted with ghee", "wheat dairy", ""),
    ("meal", "jowar roti + bhindi sabzi, no ghee today only groundnut oil", "", ""),
    ("meal", "dal tadka, tadka in ghee with jeera and hing, with plain rice", "dairy", "wheat"),  # why: compounded hing usually contains wheat flour
    ("meal", "kanda poha for nashta with peanuts, curry leaves, little sugar and lemon", "sugar", ""),
    ("meal", "besan chilla with onion and green chilli, dahi on the side", "dairy", ""),
    ("meal", "diwali prep: besan ladoo - besan, ghee, powdered sugar, elaichi", "dairy sugar", ""),
    ("meal", "kids wanted maggi 🙄 made masala maggi with peas and carrot", "wheat", "sugar"),
    ("meal", "used ragi atta instead of maida in the cheela and jaggery instead of sugar in the kheer... ok kheer had full cream milk obviously", "dairy sugar", ""),  # why: jaggery is unrefined cane sugar, still added sugar
    ("meal", "masala chai with milk and 1 spoon sugar, 2 marie biscuits", "dairy sugar wheat", ""),
    ("meal", "upma made with rava, veggies, coconut oil tadka, no ghee", "wheat", ""),  # why: rava/sooji is semolina
    ("label", "Aashirvaad Shudh Chakki Atta. Ingredients: Whole Wheat. Allergen Information: Contains Wheat (Gluten).", "wheat", ""),
    ("label", "MDH Chana Masala. Ingredients: Coriander, Dried Mango, Cumin, Salt, Black Pepper, Chilli, Fenugreek Leaves, Pomegranate Seeds, Ginger, Cloves, Nutmeg, Mace, Bay Leaves, Asafoetida, Cassia, Cardamom, Caraway.", "", "wheat"),  # why: asafoetida in spice blends is compounded with wheat flour unless stated
    ("label", "Haldiram's Aloo Bhujia. Ingredients: Potato (40%), Edible Vegetable Oil (Cotton Seed, Corn and Palmolein Oil), Tepary Beans Flour, Gram Flour, Salt, Spices and Condiments, Citric Acid.", "corn", ""),
    ("label", "Amul Butter Pasteurised. Ingredients: Milk Fat, Common Salt, Permitted Natural Colour (Annatto).", "dairy", ""),
    ("label", "Britannia 100% Whole Wheat Bread. Ingredients: Whole Wheat Flour (Atta) (62%), Water, Yeast, Sugar, Wheat Gluten, Edible Vegetable Oil (Palmolein), Iodised Salt, Preservative (282), Emulsifiers (471, 481(i)), Acidity Regulator (260), Improver (1100). May contain traces of Milk, Soy and Sesame.", "wheat sugar", "dairy soy"),
    ("label", "Patanjali Cow's Ghee. Ingredients: Cow Milk Fat.", "dairy", ""),
    ("label", "Maggi 2-Minute Noodles Masala. Noodles: Wheat Flour (Atta), Palm Oil, Iodised Salt, Wheat Gluten, Thickeners (508, 412), Acidity Regulators (501(i), 500(i)), Humectant (451(i)). Masala Tastemaker: Mixed Spices (29.1%), Noodle Powder (Wheat Flour, Salt, Wheat Gluten), Hydrolysed Groundnut Protein, Sugar, Edible Starch, Onion Powder, Palm Oil, Garlic Powder, Acidity Regulator (330), Flavour Enhancer (635), Thickener (508). Contains Wheat. May contain Milk, Mustard, Nuts and Soy.", "wheat sugar", "corn dairy soy"),
]

# ---------------------------------------------------------------------------
# Tomás, Mexico City; Spanglish, cooks his abuela's recipes on weekends
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "tacos al pastor, tortillas de maíz, piña, cebolla y cilantro", "corn", ""),
    ("meal", "chilaquiles verdes con crema y queso fresco y un huevo estrellado", "corn dairy", ""),
    ("meal", "pozole rojo (maíz pozolero, puerco, guajillo), con rábanos y orégano, sin tostadas", "corn", ""),
    ("meal", "quesadillas con tortilla de harina y queso oaxaca", "wheat dairy", ""),
    ("meal", "tortilla española for the fiesta, papas, huevos, cebolla y aceite de oliva", "", ""),
    ("meal", "mole poblano de mi abuela - chiles, chocolate abuelita, bolillo to thicken, ajonjolí, azúcar", "wheat sugar soy", ""),  # why: Abuelita tablets contain soy lecithin and soy oil
    ("meal", "arroz rojo con Knorr caldo de pollo y jitomate", "corn sugar", "wheat"),  # why: Knorr caldo de pollo lists corn starch and sugar
    ("meal", "elote con mayonesa, queso cotija, chile piquín y limón", "corn dairy", "soy"),
    ("meal", "sopes con frijoles, lechuga y salsa verde - sin crema para mí", "corn", ""),
    ("meal", "conchas de la panadería con café de olla", "wheat sugar dairy", ""),
    ("meal", "tamales de rajas con queso, masa con manteca", "corn dairy", ""),
    ("label", "Maseca Harina de Maíz Nixtamalizada. Ingredientes: maíz nixtamalizado, cal. Libre de gluten.", "corn", ""),
    ("label", "Bimbo Pan Blanco. Ingredientes: harina de trigo enriquecida, agua, azúcar, levadura, aceite vegetal, sal, gluten de trigo, emulsificantes (mono y diglicéridos, estearoil lactilato de sodio), conservador (propionato de calcio), vinagre. Contiene: trigo. Puede contener: leche, soya.", "wheat sugar", "corn soy dairy"),
    ("label", "La Costeña Chiles Chipotles Adobados. Ingredientes: chiles chipotles, agua, pasta de tomate, cebolla, vinagre, azúcar, sal, aceite vegetal, especias.", "sugar", "corn soy"),
    ("label", "Abuelita Chocolate para Mesa. Ingredientes: azúcar, chocolate, aceites vegetales (palma, soya), lecitina de soya, sabor artificial.", "sugar soy", ""),
    ("label", "Valentina Salsa Picante. Ingredientes: agua, chiles secos, vinagre, sal, especias, benzoato de sodio.", "", ""),
    ("label", "Tostadas Sanissimo Horneadas. Ingredientes: maíz, cal, aceite de girasol, sal. Puede contener trazas de trigo y soya.", "corn", "wheat soy"),
]

# ---------------------------------------------------------------------------
# Hannah, Leeds; British baker and Sunday-roast cook, chatty
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "sunday roast: chicken, roasties in goose fat, yorkshire puds, gravy from bisto granules", "wheat dairy", "corn sugar soy"),
    ("meal", "victoria sponge for mum's birthday - self raising flour, caster sugar, butter, eggs, raspberry jam and buttercream", "wheat sugar dairy", ""),
    ("meal", "used a cornflour slurry to thicken the beef stew, carrots and swede", "corn", ""),
    ("meal", "heinz beans on wholemeal toast, no butter", "wheat sugar", "corn"),  # why: Heinz beans contain sugar and modified cornflour
    ("meal", "treacle tart for bonfire night - golden syrup, breadcrumbs, lemon zest, butter shortcrust", "wheat sugar dairy", ""),
    ("meal", "batch cooked chilli for the freezer - mince, kidney beans, chopped toms, oxo cube, a square of dark choc", "wheat sugar", "corn soy dairy"),  # why: OXO beef cubes list wheat flour and sugar
    ("meal", "jacket potato with tuna mayo and sweetcorn", "corn", "sugar"),
    ("meal", "apple crumble, topping was gf oats, ground almonds, butter and a bit of demerara, coconut yoghurt instead of custard", "dairy sugar", ""),
    ("meal", "flapjacks for the lunchboxes: gf oats, butter, golden syrup, light brown sugar", "dairy sugar", ""),
    ("meal", "butternut squash soup, made with veg stock I made myself, no cream", "", ""),
    ("label", "Bisto Chicken Gravy Granules. Ingredients: Potato Starch, Maltodextrin, Salt, Palm Oil, Wheat Flour, Flavourings, Sugar, Colour (Ammonia Caramel), Emulsifier (Soya Lecithin), Flavour Enhancer (Disodium Guanylate), Chicken Fat.", "wheat sugar soy", "corn"),
    ("label", "Tate & Lyle Golden Syrup. Ingredients: Partially Inverted Refiners Syrup.", "sugar", ""),
    ("label", "McDougalls Plain Flour. Ingredients: Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin.", "wheat", ""),
    ("label", "Heinz Baked Beanz in Tomato Sauce. Ingredients: Beans (51%), Tomatoes (34%), Water, Sugar, Spirit Vinegar, Modified Cornflour, Salt, Spice Extracts, Herb Extract.", "sugar corn", ""),
    ("label", "Warburtons Medium White. Ingredients: Wheat Flour (with Calcium, Iron, Niacin (B3) and Thiamin (B1)), Water, Yeast, Salt, Soya Flour, Preservative: Calcium Propionate, Emulsifiers: E471, E472e, Rapeseed Oil, Flour Treatment Agent: Ascorbic Acid. Allergy advice: for allergens see ingredients in bold.", "wheat soy", ""),
    ("label", "Alpro Almond Unsweetened. Ingredients: Water, Almond (2.3%), Calcium (Tri-calcium Phosphate), Sea Salt, Stabilisers (Locust Bean Gum, Gellan Gum), Emulsifier (Sunflower Lecithin), Vitamins (Riboflavin, B12, E, D2). May contain traces of other nuts.", "", ""),
    ("label", "OXO 12 Beef Stock Cubes. Ingredients: Wheat Flour (with Calcium, Iron, Niacin, Thiamin), Salt, Yeast Extract, Flavour Enhancer (Monosodium Glutamate), Colour (Ammonia Caramel), Sugar, Beef Fat, Onion Powder, Flavourings.", "wheat sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Kenji, Osaka; short, tidy entries, cooks Japanese home food
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "Miso soup with tofu and wakame, rice, grilled salmon.", "soy", ""),
    ("meal", "Homemade teriyaki chicken: soy sauce, mirin, sake, sugar.", "soy wheat sugar", ""),
    ("meal", "Zaru soba, juwari (100% buckwheat). Dipping sauce was gluten-free tamari and dashi only.", "soy", ""),
    ("meal", "Okonomiyaki: cabbage, flour, egg, pork belly, Otafuku sauce and Kewpie.", "wheat sugar soy", "corn"),  # why: Kewpie is soybean oil mayo; Otafuku sauce has soy sauce and sugar
    ("meal", "Onigiri with umeboshi and nori, cold barley tea.", "", ""),
    ("meal", "Nikujaga: beef, potato, onion, shirataki, soy sauce, sugar, mirin.", "soy wheat sugar", ""),
    ("meal", "Tonkatsu with panko, shredded cabbage, tonkatsu sauce.", "wheat sugar", "soy corn"),
    ("meal", "Kids' bento: tamagoyaki (egg, dashi, a little sugar), edamame, rice ball.", "soy sugar", ""),
    ("meal", "Natto on rice with green onion and karashi. Did not use the sauce packet.", "soy", ""),
    ("meal", "Curry rice from S&B Golden Curry roux, with carrots and potato.", "wheat sugar", "soy dairy"),
    ("meal", "Correction: the soba yesterday was hachiwari, 20% wheat flour.", "wheat", ""),
    ("label", "Kikkoman Soy Sauce. Ingredients: Water, Soybeans, Wheat, Salt, Sodium Benzoate (less than 1/10 of 1% as a preservative).", "soy wheat", ""),
    ("label", "Kikkoman Gluten-Free Tamari Soy Sauce. Ingredients: Water, Soybeans, Salt, Sugar, Vinegar. Gluten free.", "soy sugar", ""),
    ("label", "Marukome Miso Awase. Ingredients: Water, Soybeans, Rice, Salt, Alcohol.", "soy", ""),
    ("label", "Hakubaku Organic Udon. Ingredients: Organic Wheat Flour, Water, Sea Salt.", "wheat", ""),
    ("label", "Kewpie Mayonnaise. Ingredients: Vegetable Oil (Soybean, Canola), Egg Yolk, Vinegar, Salt, Monosodium Glutamate, Spice, Spice Extract, Natural Flavor.", "soy", ""),
    ("label", "Kikkoman Aji-Mirin Sweet Cooking Rice Seasoning. Ingredients: Water, Rice, Corn Syrup, Alcohol, Salt.", "corn sugar", ""),
    ("label", "Shirakiku Panko Bread Crumbs. Ingredients: Wheat Flour, Sugar, Yeast, Salt, Soybean Oil. Contains: Wheat, Soybean.", "wheat sugar soy", ""),
]

# ---------------------------------------------------------------------------
# Ji-woo, Seoul; office worker who cooks on weekends, ㅋㅋ and lowercase
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "kimchi jjigae w pork belly, tofu, old kimchi, only gochugaru no gochujang ㅋㅋ", "soy", "sugar"),
    ("meal", "bibimbap at home: rice, spinach, sukju (mung bean sprouts), carrot, fried egg, gochujang, sesame oil", "soy sugar", "wheat corn"),
    ("meal", "tteokbokki from the pojangmacha near work", "wheat soy sugar", "corn"),  # why: fish cakes have wheat flour, gochujang has soy, sauce has sugar/corn syrup
    ("meal", "japchae - sweet potato glass noodles, spinach, beef, soy sauce, sugar, sesame oil", "soy wheat sugar", ""),
    ("meal", "made hotteok w the kids: dough w flour, milk, yeast, filled w brown sugar cinnamon and peanuts", "wheat dairy sugar", ""),
    ("meal", "boiled pork w garlic and onion only, salted shrimp on the side", "", ""),
    ("meal", "patbingsu with sweet red beans and condensed milk", "dairy sugar", ""),
    ("meal", "gyeran-mari (rolled omelette) w scallion and carrot, rice", "", ""),
    ("meal", "corn cheese at the bar lol (sweetcorn, mayo, mozzarella)", "corn dairy", "soy sugar"),
    ("label", "CJ Haechandle Gochujang Hot Pepper Paste. Ingredients: Corn Syrup, Wheat Flour, Red Pepper Powder, Water, Rice, Salt, Fermented Soybean Powder, Alcohol, Garlic, Onion, Yeast Powder. Contains: Wheat, Soybean.", "corn sugar wheat soy", ""),
    ("label", "Sempio Doenjang Soybean Paste. Ingredients: Soybean, Salt, Wheat Flour, Water, Seed Malt. Contains: Soybean, Wheat.", "soy wheat", ""),
    ("label", "Ottogi Jin Ramen Spicy. Noodles: Wheat Flour, Palm Oil, Potato Starch, Modified Potato Starch, Salt, Soy Sauce (Soybean, Wheat). Soup base: Salt, Sugar, Red Pepper Powder, Soy Sauce Powder, Beef Bone Extract, Garlic, Onion, Black Pepper. Contains: Wheat, Soybean, Beef. Produced in a facility that also processes milk, egg, shrimp.", "wheat soy sugar", "dairy"),
    ("label", "Bibigo Mandu Pork & Vegetable Dumplings. Ingredients: Pork, Wheat Flour, Cabbage, Onion, Tofu (Soybean, Water), Glass Noodles (Sweet Potato Starch), Green Onion, Textured Soy Protein, Sugar, Soy Sauce (Water, Soybean, Wheat, Salt), Sesame Oil, Salt, Garlic, Black Pepper. Contains: Wheat, Soybean.", "wheat soy sugar", ""),
    ("label", "Ottogi Sesame Oil. Ingredients: Sesame Seed 100%.", "", ""),
]

# ---------------------------------------------------------------------------
# Lucia, Bologna; makes fresh pasta, mixes Italian and English
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "tagliatelle al ragù, pasta fresca fatta in casa con farina 00 e uova, parmigiano sopra", "wheat dairy", ""),
    ("meal", "risotto alla milanese ma senza burro e senza parmigiano, solo olio d'oliva e zafferano", "", ""),
    ("meal", "polenta morbida con funghi trifolati (olio, aglio, prezzemolo)", "corn", ""),
    ("meal", "pizza margherita dalla pizzeria sotto casa", "wheat dairy", "sugar"),
    ("meal", "Natale: tortellini in brodo di cappone", "wheat dairy", ""),  # why: tortellini filling has parmigiano
    ("meal", "gnocchi di patate (with flour and egg) burro e salvia", "wheat dairy", ""),
    ("meal", "panna cotta con frutti di bosco", "dairy sugar", ""),
    ("meal", "tiramisù: savoiardi, mascarpone, uova, zucchero, caffè, cacao", "wheat dairy sugar", ""),
    ("meal", "farinata di ceci - chickpea flour, water, olive oil, rosemary", "", ""),
    ("meal", "carbonara, guanciale, pecorino, eggs, but I used rice pasta", "dairy", ""),
    ("label", "Barilla Spaghetti n.5. Ingredienti: semola di grano duro, acqua. Può contenere soia.", "wheat", "soy"),
    ("label", "Molino Caputo Farina Tipo 00 Pizzeria. Ingredienti: farina di grano tenero tipo 00.", "wheat", ""),
    ("label", "Mulino Bianco Macine. Ingredienti: farina di frumento, zucchero, panna (latte) 12%, burro, uova, amido di mais, miele, agenti lievitanti (carbonato acido di ammonio, carbonato acido di sodio), sale. Può contenere soia.", "wheat sugar dairy corn", "soy"),
    ("label", "Parmigiano Reggiano DOP. Ingredienti: latte, sale, caglio.", "dairy", ""),
    ("label", "Nutella. Ingredienti: zucchero, olio di palma, nocciole 13%, cacao magro 7.4%, latte scremato in polvere 6.6%, siero di latte in polvere, emulsionanti: lecitine (soia), vanillina.", "sugar dairy soy", ""),
    ("label", "Polenta Valsugana Istantanea. Ingredienti: farina di mais precotta. Senza glutine.", "corn", ""),
    ("label", "Mutti Passata di Pomodoro. Ingredienti: pomodoro, sale.", "", ""),
]

# ---------------------------------------------------------------------------
# Sven, Stockholm; dad who batch cooks, dry English with Swedish dish names
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "Knäckebröd, Wasa Husman (just rye), with butter and a slice of Västerbotten", "dairy", ""),
    ("meal", "köttbullar with lingonberry jam, boiled potatoes and cream sauce", "wheat dairy sugar", ""),  # why: meatballs are bound with breadcrumbs
    ("meal", "Janssons frestelse at julbord: potatoes, onions, ansjovis, cream, breadcrumbs on top", "wheat dairy", "sugar"),  # why: Swedish ansjovis sprats are cured with sugar
    ("meal", "gravlax (cured with salt, sugar and dill) with hovmästarsås", "sugar", ""),
    ("meal", "kanelbullar for kanelbullens dag", "wheat dairy sugar", ""),
    ("meal", "Thursday ärtsoppa with pork, then pannkakor with jam and whipped cream", "wheat dairy sugar", ""),
    ("meal", "fish gratin with Oatly iMat instead of cream, potatoes, dill, no cheese", "", ""),
    ("meal", "batch of 8 portions: chicken, rice, broccoli, rapeseed oil, salt", "", ""),
    ("meal", "semla on fettisdagen, cardamom bun, almond paste, whipped cream", "wheat dairy sugar", ""),
    ("label", "Wasa Husman Knäckebröd. Ingredienser: fullkornsrågmjöl, jäst, salt.", "", ""),
    ("label", "Felix Lingonsylt. Ingredienser: lingon, socker, vatten, förtjockningsmedel (pektin).", "sugar", ""),
    ("label", "Abba Ansjovis. Ingredienser: skarpsill, vatten, salt, socker, kryddor, sandelträ, konserveringsmedel (natriumbensoat).", "sugar", ""),
    ("label", "Pågen Lingongrova. Ingredienser: vetemjöl, vatten, rågmjöl, sirap, vetekli, lingon 3%, jäst, rapsolja, salt, kornmaltmjöl.", "wheat sugar", ""),
    ("label", "Kalles Kaviar Original. Ingredients: Cod Roe (55%), Sugar, Rapeseed Oil, Salt, Potato Flakes, Tomato Puree, Onion Powder, Preservatives (E211, E202), Spices, Antioxidant (E304).", "sugar", ""),
    ("label", "Kungsörnen Vetemjöl. Ingredienser: vetemjöl.", "wheat", ""),
]

# ---------------------------------------------------------------------------
# Amara, Lagos; cooks for a big household and parties, Nigerian English
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "egusi soup with pounded yam, no seasoning cube, just crayfish and salt", "", ""),
    ("meal", "akara and pap (ogi) for breakfast, pap with peak milk and sugar", "corn dairy sugar", ""),  # why: ogi is fermented maize
    ("meal", "chin chin for christmas - flour, sugar, butter, milk, nutmeg, fried", "wheat sugar dairy", ""),
    ("meal", "agege bread with akara this morning", "wheat sugar", ""),
    ("meal", "tuwo masara with miyan kuka", "corn", ""),  # why: tuwo masara is maize swallow
    ("meal", "swapped the agege bread for boiled yam and egg sauce, egg sauce fried in groundnut oil", "", ""),
    ("meal", "zobo drink, i didnt add sugar, used pineapple peel and ginger", "", ""),
    ("meal", "puff puff for my son's birthday, flour yeast sugar, fried in vegetable oil", "wheat sugar", "corn soy"),
    ("label", "Golden Penny Semovita. Ingredients: Wheat Semolina, Vitamins & Minerals.", "wheat", ""),
    ("label", "Peak Evaporated Milk. Ingredients: Whole Milk, Stabiliser (E339), Vitamins A and D.", "dairy", ""),
    ("label", "Knorr Chicken Seasoning Cube. Ingredients: Salt, Flavour Enhancers (E621, E627, E631), Palm Fat, Maize Starch, Sugar, Chicken Fat, Flavourings, Onion Powder, Spices, Colour (E150c). May contain Wheat, Milk, Soy, Celery.", "corn sugar", "wheat dairy soy"),
    ("label", "Indomie Instant Noodles Chicken Flavour. Noodles: Wheat Flour, Vegetable Oil (Palm Olein), Salt, Tapioca Starch, Acidity Regulators, Thickener (Guar Gum). Seasoning: Salt, Sugar, Flavour Enhancer (621), Onion Powder, Garlic Powder, Pepper. Seasoning Oil: Vegetable Oil, Onion. May contain soy.", "wheat sugar", "soy corn"),
    ("label", "Cowbell Chocolate Milk Drink. Ingredients: Sugar, Milk Powder, Cocoa Powder, Maltodextrin, Vegetable Fat, Salt, Flavour.", "sugar dairy", "corn soy"),
    ("label", "Mama Gold Premium Rice. Ingredients: Long grain parboiled rice.", "", ""),
]

# ---------------------------------------------------------------------------
# Fatima, Casablanca; French and English, Friday couscous and Ramadan cooking
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "tajine poulet citron confit et olives, avec du khobz", "wheat", "sugar"),
    ("meal", "couscous du vendredi aux sept légumes", "wheat", "dairy"),  # why: couscous is often steamed/finished with butter or smen
    ("meal", "harira pour le ftour, lentilles, pois chiches, a bit of flour to thicken, dates on the side", "wheat", ""),
    ("meal", "msemen with honey and butter", "wheat dairy", "sugar"),
    ("meal", "chebakia for ramadan - flour, sesame, orange blossom, fried then dipped in honey", "wheat", "sugar"),
    ("meal", "atay b'nana, lots of sugar cubes as usual", "sugar", ""),
    ("meal", "pastilla au poulet with powdered sugar and cinnamon on top", "wheat sugar dairy", ""),
    ("meal", "salade de carottes au cumin et huile d'olive", "", ""),
    ("meal", "sellou for eid: toasted flour, almonds, sesame, butter, powdered sugar", "wheat dairy sugar", ""),
    ("label", "Dari Couscous Moyen. Ingrédients: semoule de blé dur.", "wheat", ""),
    ("label", "La Vache qui rit. Ingrédients: fromages, eau, beurre, protéines de lait, sels de fonte (polyphosphates, citrates de sodium), sel. Contient: lait.", "dairy", ""),
    ("label", "Ducros Ras el Hanout. Ingrédients: coriandre, cumin, gingembre, curcuma, cannelle, poivre noir, piment, cardamome, girofle, noix de muscade. Peut contenir des traces de céleri et moutarde.", "", ""),
    ("label", "Aïcha Confiture d'Abricots. Ingrédients: abricots, sucre, gélifiant: pectine de fruits, acidifiant: acide citrique.", "sugar", "corn"),
    ("label", "Jaouda Lben. Ingrédients: lait écrémé, ferments lactiques.", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Dave, Austin Texas; meal-prep gym guy, terse, abbreviations
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "prep day: 2lb chicken breast, jasmine rice, broccoli, avocado oil", "", ""),
    ("meal", "egg muffins - eggs, spinach, feta", "dairy", ""),
    ("meal", "protein pancakes, kodiak mix + scoop of whey + almond milk", "wheat dairy", ""),
    ("meal", "swapped rice for cauli rice, 'teriyaki' is coconut aminos + garlic + ginger", "", ""),
    ("meal", "brisket w/ salt n pepper rub, white bread + dill pickles on the side", "wheat", "sugar"),
    ("meal", "salmon bowl, quinoa, cucumber, edamame, sesame seeds", "soy", ""),
    ("meal", "cheat meal: whataburger double meat, fries, dr pepper", "wheat sugar corn", "soy"),  # why: US Dr Pepper is sweetened with HFCS
    ("meal", "overnight oats w/ gf oats, chia, almond milk, 1 tbsp maple", "", "sugar"),
    ("meal", "buffalo cauliflower, franks redhot + ghee", "dairy", ""),
    ("meal", "post workout shake: ON whey, banana, PB, water", "dairy soy", ""),  # why: ON Gold Standard contains soy lecithin
    ("meal", "fajitas, corn tortillas, peppers, onions, skirt steak, no sour cream", "corn", ""),
    ("label", "Kodiak Cakes Power Cakes Buttermilk. Ingredients: 100% Whole Grain Wheat Flour, 100% Whole Grain Oat Flour, Wheat Protein Isolate, Buttermilk, Leavening (Sodium Acid Pyrophosphate, Baking Soda), Whey Protein Concentrate, Milk Protein Concentrate, Salt. Contains: Wheat, Milk.", "wheat dairy", ""),
    ("label", "Optimum Nutrition Gold Standard 100% Whey, Double Rich Chocolate. Ingredients: Protein Blend (Whey Protein Isolate, Whey Protein Concentrate, Whey Peptides), Cocoa (Processed with Alkali), Natural and Artificial Flavor, Lecithin, Acesulfame Potassium, Sucralose. Contains: Milk, Soy.", "dairy soy", ""),
    ("label", "RXBAR Chocolate Sea Salt. Ingredients: Dates, Egg Whites, Cashews, Almonds, Chocolate, Cocoa, Sea Salt, Natural Flavors. Contains: Egg, Cashew, Almond. May contain Peanut, Soy, Milk.", "", "soy dairy"),  # why: dates are whole fruit and the chocolate is unsweetened
    ("label", "Siete Almond Flour Tortillas. Ingredients: Almond Flour, Tapioca Flour, Water, Psyllium Husk, Xanthan Gum, Sea Salt, Apple Cider Vinegar. Grain free.", "", "corn"),
    ("label", "Primal Kitchen Avocado Oil Mayo. Ingredients: Avocado Oil, Organic Cage-Free Eggs, Organic Cage-Free Egg Yolks, Organic Vinegar, Salt, Organic Rosemary Extract.", "", ""),
    ("label", "Bragg Liquid Aminos. Ingredients: Vegetable protein from non-GMO soybeans and purified water. Gluten free.", "soy", ""),
    ("label", "Old El Paso Taco Seasoning Mix. Ingredients: Maltodextrin, Salt, Chili Pepper, Potato Starch, Onion Powder, Spice, Sugar, Garlic Powder, Silicon Dioxide, Citric Acid, Natural Flavor.", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Chloe, Melbourne; Aussie mum, brekky and school lunches, emoji
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "vegemite toast w butter for brekky", "wheat dairy", "sugar"),
    ("meal", "weet-bix w milk and banana", "wheat dairy sugar", ""),  # why: Weet-Bix contains raw sugar
    ("meal", "sausage sizzle at bunnings - snag in white bread w tomato sauce and onions", "wheat sugar", ""),
    ("meal", "pavlova for christmas w cream, passionfruit and strawbs", "sugar dairy corn", ""),  # why: a standard pavlova meringue uses cornflour
    ("meal", "anzac biscuits - gf oats, coconut, plain flour, golden syrup, butter, sugar", "wheat dairy sugar", ""),
    ("meal", "fairy bread for the kids party 🧚 white bread, butter, 100s and 1000s", "wheat dairy sugar", "corn"),
    ("meal", "smashed avo on sourdough w feta and dukkah", "wheat dairy", ""),
    ("meal", "made my own bliss balls w dates, almonds, coconut, tahini - no honey", "", ""),
    ("meal", "lamingtons for the school fete", "wheat dairy sugar", ""),
    ("meal", "prawns on the barbie w garlic and olive oil, rice paper rolls", "", ""),
    ("label", "Vegemite. Ingredients: Yeast Extract (from Barley and Wheat), Salt, Mineral Salt (508), Malt Extract (from Barley), Colour (150c), Flavour, Vitamins (Thiamine, Riboflavin, Niacin, Folate).", "wheat", "corn"),
    ("label", "Sanitarium Weet-Bix. Ingredients: Wholegrain Wheat (97%), Raw Sugar, Salt, Barley Malt Extract, Vitamins (Niacin, Thiamin, Riboflavin), Mineral (Iron). Contains Gluten.", "wheat sugar", ""),
    ("label", "Bonsoy Soy Milk. Ingredients: Water, Whole Organic Soybeans (14%), Tapioca Syrup, Job's Tears, Kombu, Calcium Carbonate, Sea Salt.", "soy sugar", ""),  # why: tapioca syrup is an added sugar
    ("label", "Arnott's Tim Tam Original. Ingredients: Sugar, Wheat Flour, Vegetable Oil, Milk Solids, Cocoa Mass, Cocoa Butter, Cocoa, Golden Syrup, Emulsifiers (Soy Lecithin, 476), Salt, Raising Agent (500), Flavour. Contains Wheat, Milk, Soy. May contain Peanut, Tree Nuts.", "sugar wheat dairy soy", "corn"),
    ("label", "Massel Chicken Style Stock Cubes. Ingredients: Salt, Vegetable Extracts, Maltodextrin (from Maize), Vegetable Oil, Sugar, Natural Flavours, Herbs, Spices. Vegan. Gluten free.", "corn sugar", "soy"),
    ("label", "Helga's Traditional White. Ingredients: Wheat Flour, Water, Baker's Yeast, Wheat Gluten, Canola Oil, Iodised Salt, Soy Flour, Vinegar, Emulsifiers (481, 472e), Sugar. Contains Wheat, Soy.", "wheat soy sugar", ""),
    ("label", "Vitasoy Rice Milk Original. Ingredients: Filtered Water, Brown Rice (15%), Sunflower Oil, Sea Salt. Gluten free, no added sugar.", "", ""),
]

# ---------------------------------------------------------------------------
# Marie, Lyon; French home cook, short lines, some French
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "quiche lorraine: pâte brisée, lardons, crème fraîche, oeufs", "wheat dairy", ""),
    ("meal", "ratatouille à l'huile d'olive, herbes de provence", "", ""),
    ("meal", "galette bretonne 100% sarrasin, complète (oeuf, jambon, emmental)", "dairy", ""),  # why: buckwheat galette; emmental and butter are dairy
    ("meal", "crêpes pour la chandeleur, avec sucre et citron", "wheat dairy sugar", ""),
    ("meal", "bûche de noël au chocolat", "wheat dairy sugar", ""),
    ("meal", "soupe à l'oignon gratinée", "wheat dairy", ""),
    ("meal", "salade niçoise, sans pain", "", ""),
    ("meal", "boeuf bourguignon (une cuillère de farine) et une baguette", "wheat", "dairy"),
    ("meal", "moules marinières, frites", "dairy", ""),
    ("meal", "galette des rois à la frangipane", "wheat dairy sugar", ""),
    ("label", "Maïzena Fleur de Maïs. Ingrédients: amidon de maïs.", "corn", ""),
    ("label", "Harrys Pain de Mie Nature. Ingrédients: farine de blé, eau, sucre, huile de colza, levure, gluten de blé, sel, conservateur: propionate de calcium, émulsifiant: mono- et diglycérides d'acides gras. Peut contenir des traces de lait, soja, sésame.", "wheat sugar", "dairy soy"),
    ("label", "Knorr Bouillon Volaille. Ingrédients: sel, amidon de pomme de terre, exhausteurs de goût (glutamate monosodique, inosinate disodique), graisse de palme, arômes, sucre, graisse de poulet 2%, extrait de levure, persil. Peut contenir: céleri, lait, blé, oeuf, soja.", "sugar", "dairy wheat soy"),
    ("label", "Bonne Maman Confiture Fraises. Ingrédients: fraises, sucre de canne, sucre, jus de citron concentré, gélifiant: pectine de fruits.", "sugar", ""),
    ("label", "Bjorg Boisson Riz Nature. Ingrédients: eau, riz* 16%, huile de tournesol*, sel marin. *bio. Sans sucres ajoutés.", "", ""),
    ("label", "Président Beurre Doux. Ingrédients: crème pasteurisée (lait).", "dairy", ""),
    ("label", "Francine Farine de Blé T45. Ingrédients: farine de blé.", "wheat", ""),
]

# ---------------------------------------------------------------------------
# Anke, Hamburg; German, bakes for Advent, mixes German words in
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "Käsespätzle mit Röstzwiebeln", "wheat dairy", ""),
    ("meal", "Pfannkuchen with homemade Apfelmus, no sugar in the Apfelmus", "wheat dairy", ""),
    ("meal", "Vanillekipferl for Weihnachten - flour, butter, ground almonds, vanilla sugar, powdered sugar", "wheat dairy sugar", ""),
    ("meal", "Rote Grütze mit Vanillesoße", "sugar dairy", "corn"),
    ("meal", "Laugenbrezel with butter from the bakery", "wheat dairy", ""),
    ("meal", "Schwäbischer Kartoffelsalat: potatoes, homemade broth, vinegar, oil, onions, no mayo", "", "corn soy"),
    ("meal", "Stollen for Advent, my Oma's recipe", "wheat dairy sugar", ""),
    ("meal", "Dinkelbrot with Quark and chives", "wheat dairy", ""),  # why: Dinkel is spelt
    ("meal", "Kartoffelpuffer with Apfelmus, fried in rapeseed oil", "", ""),
    ("label", "Dr. Oetker Gustin Speisestärke. Zutaten: Maisstärke.", "corn", ""),
    ("label", "Maggi Würze. Zutaten: Wasser, Salz, Weizenprotein hydrolysiert, Zucker, Aroma, Geschmacksverstärker (Mononatriumglutamat, Dinatriuminosinat), Hefeextrakt, Säuerungsmittel Milchsäure.", "wheat sugar", ""),  # why: Milchsäure is lactic acid, not dairy
    ("label", "Alnatura Dinkel Vollkornmehl. Zutaten: Dinkelvollkornmehl*. *aus ökologischer Landwirtschaft.", "wheat", ""),
    ("label", "Alpro Soja Drink Original. Zutaten: Wasser, geschälte Sojabohnen (8%), Zucker, Calcium (Tricalciumphosphat), Säureregulator (Kaliumphosphate), Meersalz, Stabilisator (Gellan), Aroma, Vitamine (Riboflavin, B12, D2).", "soy sugar", ""),
    ("label", "Knorr Fix für Spaghetti Bolognese. Zutaten: Tomatenpulver (40%), Stärke, Zucker, Speisesalz, Maltodextrin, Zwiebeln, Aroma, Sonnenblumenöl, Knoblauch, Gewürze, Hefeextrakt. Kann Spuren von Gluten, Ei, Milch, Sellerie, Senf enthalten.", "sugar", "wheat corn dairy"),
    ("label", "Lambertz Aachener Printen. Zutaten: Zucker, Weizenmehl, Glukose-Fruktose-Sirup, Honig, Haselnüsse, Roggenmehl, Backtriebmittel, Gewürze, Schokolade (Zucker, Kakaomasse, Kakaobutter, Emulgator: Sojalecithine). Kann Milch enthalten.", "sugar wheat soy", "corn dairy"),
]

# ---------------------------------------------------------------------------
# Linh, Hanoi; Vietnamese home cook, diacritics, some English
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "phở bò at the corner shop, lots of herbs", "", "sugar"),  # why: pho broth is often seasoned with rock sugar
    ("meal", "gỏi cuốn with dipping sauce (hoisin + peanut butter)", "soy sugar wheat", "corn"),
    ("meal", "canh chua cá, tamarind, pineapple, a little sugar, fish sauce", "sugar", ""),
    ("meal", "cơm tấm sườn nướng - pork marinated in fish sauce, sugar, lemongrass, and nước chấm", "sugar", ""),
    ("meal", "chè đậu xanh (mung bean sweet soup) with coconut milk", "sugar", ""),
    ("meal", "Tết: bánh chưng (sticky rice, mung bean, pork belly)", "", ""),
    ("meal", "cà phê sữa đá", "dairy sugar", ""),
    ("meal", "rau muống xào tỏi with a spoon of oyster sauce", "sugar", "wheat corn"),
    ("meal", "đậu phụ sốt cà chua (tofu in tomato sauce)", "soy", "sugar"),
    ("label", "Lee Kum Kee Hoisin Sauce. Ingredients: Sugar, Water, Fermented Soybean Paste (Water, Salt, Soybeans, Wheat Flour), Modified Corn Starch, Sweet Potato Powder, Salt, Garlic, Caramel Color, Chili Pepper, Spices. Contains: Soybeans, Wheat.", "sugar soy wheat corn", ""),
    ("label", "Red Boat 40°N Fish Sauce. Ingredients: Anchovy, Sea Salt.", "", ""),
    ("label", "Bích Chi Rice Vermicelli. Ingredients: Rice, Water.", "", ""),
    ("label", "Maggi Seasoning Sauce. Ingredients: Water, Salt, Hydrolysed Soybean Protein, Sugar, Flavour Enhancer (621), Colour (150c), Acidity Regulator (330). Contains Soy.", "soy sugar", "corn"),
    ("label", "Ông Thọ Sweetened Condensed Creamer. Ingredients: Sugar, Skimmed Milk Powder, Palm Oil, Lactose, Whey Powder, Emulsifier (471), Stabiliser (339(ii)).", "sugar dairy", ""),
    ("label", "Chinsu Chilli Sauce. Ingredients: Water, Chilli (25%), Sugar, Garlic, Salt, Modified Starch (1422), Acidity Regulators (260, 330), Preservatives (211, 202), Colour (124).", "sugar", "corn wheat"),
]

# ---------------------------------------------------------------------------
# Ana, São Paulo; mum of a six-year-old, Portuguese food words, casual English
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "pão de queijo (polvilho, queijo minas, ovos, leite)", "dairy", ""),  # why: polvilho is cassava starch
    ("meal", "brigadeiro for my son's party: leite condensado, cacau, manteiga, granulado", "dairy sugar", "corn soy"),
    ("meal", "tapioca com coco e queijo coalho", "dairy", ""),
    ("meal", "cuscuz nordestino (flocão de milho) with egg and butter", "corn dairy", ""),
    ("meal", "pamonha doce from the feira", "corn sugar", "dairy"),
    ("meal", "bolo de fubá for the afternoon coffee", "corn wheat dairy sugar", ""),
    ("meal", "açaí na tigela com granola e banana", "sugar", "wheat"),
    ("meal", "coxinha from the padaria", "wheat dairy", ""),
    ("meal", "moqueca baiana with dendê and leite de coco", "", ""),
    ("meal", "beijinho, but I made it with coconut cream and dates instead of leite condensado", "", ""),
    ("label", "Yoki Polvilho Doce. Ingredientes: fécula de mandioca. Não contém glúten.", "", ""),
    ("label", "Yoki Flocão de Milho. Ingredientes: milho flocado enriquecido com ferro e ácido fólico. Não contém glúten.", "corn", ""),
    ("label", "Leite Moça Leite Condensado. Ingredientes: leite integral, açúcar e lactose. Alérgicos: contém leite e derivados. Contém lactose.", "dairy sugar", ""),
    ("label", "Pullman Pão de Forma Tradicional. Ingredientes: farinha de trigo enriquecida com ferro e ácido fólico, água, açúcar, gordura vegetal, sal, glúten, conservador propionato de cálcio, emulsificantes estearoil-2-lactil lactato de cálcio e mono e diglicerídeos de ácidos graxos. Alérgicos: contém trigo e derivados de soja. Pode conter leite.", "wheat sugar soy", "dairy corn"),
    ("label", "Maggi Caldo de Galinha Tablete. Ingredientes: sal, amido, gordura vegetal, açúcar, realçadores de sabor glutamato monossódico e inosinato dissódico, gordura de galinha, cebola, alho, salsa. Alérgicos: contém derivados de trigo. Pode conter leite e soja.", "sugar wheat", "corn soy dairy"),
]

# ---------------------------------------------------------------------------
# Yael, Tel Aviv; shabbat and holiday cook, Hebrew food words
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "challah for shabbat - flour, eggs, honey, oil, yeast, salt", "wheat", "sugar corn soy"),
    ("meal", "pesach: matzah brei with eggs, fried in butter, cinnamon sugar on top", "wheat dairy sugar", ""),
    ("meal", "shakshuka with pita", "wheat", "sugar"),
    ("meal", "latkes for hanukkah - potatoes, onion, egg, matzo meal, fried in canola", "wheat", ""),
    ("meal", "sabich - pita, fried eggplant, egg, tahini, amba", "wheat", "sugar"),
    ("meal", "rosh hashana: apple slices with honey, and my mother's honey cake", "wheat sugar", ""),
    ("meal", "cholent overnight - beef, potatoes, barley, beans, no kishke", "", ""),
    ("meal", "kids: schnitzel in breadcrumbs, mashed potato with almond milk instead of milk", "wheat", ""),
    ("meal", "malabi with rose syrup", "dairy sugar corn", ""),  # why: malabi is milk thickened with cornstarch
    ("meal", "actually the shakshuka was with gluten free bread not pita", "", "corn"),  # why: GF bread often uses corn starch; check label
    ("label", "Osem Bamba. Ingredients: Corn Grits, Peanuts (50%), Palm Oil, Salt. Contains peanuts. May contain sesame, soy and milk.", "corn", "soy dairy"),
    ("label", "Manischewitz Matzo Meal. Ingredients: Wheat Flour, Water.", "wheat", ""),
    ("label", "Osem Chicken Flavour Consommé Powder (Parve). Ingredients: Salt, Flavour Enhancers (Monosodium Glutamate), Sugar, Potato Starch, Dried Vegetables, Palm Oil, Turmeric, Spices, Flavourings. May contain wheat, soy, celery.", "sugar", "wheat soy"),
    ("label", "Al Arz Tahini. Ingredients: 100% Sesame seeds.", "", ""),
    ("label", "Angel Whole Wheat Pita. Ingredients: Whole Wheat Flour, Water, Yeast, Sugar, Salt, Soybean Oil, Preservative (Calcium Propionate). May contain sesame.", "wheat sugar soy", ""),
]

# ---------------------------------------------------------------------------
# Sarah, Toronto; packs three school lunches, Canadian terms
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "kids lunch: sunbutter & jam sandwich on whole wheat, apple, cheese string", "wheat sugar dairy", ""),
    ("meal", "KD for dinner, added peas", "wheat dairy", "corn"),
    ("meal", "homemade chicken fingers: chicken, crushed cornflakes, egg wash", "corn sugar", "wheat"),  # why: corn flakes have sugar and barley malt
    ("meal", "sunday pancakes with real maple syrup", "wheat dairy", "sugar"),
    ("meal", "butter tarts for the bake sale", "wheat dairy sugar", "corn"),
    ("meal", "nanaimo bars for the teachers", "wheat dairy sugar corn", ""),  # why: graham base, custard-powder (cornstarch) middle, chocolate top
    ("meal", "lunchbox swap: rice cakes instead of crackers, with hummus and cucumber", "", ""),
    ("meal", "thanksgiving stuffing from scratch: sourdough, celery, onion, butter, broth, sage", "wheat dairy", ""),
    ("meal", "kids had freezies 🙄", "sugar", "corn"),
    ("meal", "peameal bacon on a kaiser", "wheat corn", "sugar"),  # why: peameal bacon is rolled in cornmeal; bun may have sugar
    ("label", "Kraft Dinner Original Macaroni & Cheese. Ingredients: Enriched Wheat Flour, Cheese Sauce Mix (Modified Milk Ingredients, Salt, Sodium Phosphate, Citric Acid, Lactic Acid, Colour, Enzymes). Contains: Wheat, Milk.", "wheat dairy", "corn"),
    ("label", "Kellogg's Corn Flakes. Ingredients: Milled Corn, Sugar/Glucose-Fructose, Salt, Malt (Corn Flour, Malted Barley), Vitamins (Thiamine Hydrochloride, Niacinamide, Folic Acid), Minerals (Iron).", "corn sugar", "wheat"),
    ("label", "Dempster's 100% Whole Wheat Bread. Ingredients: Whole Wheat Flour, Water, Sugar, Yeast, Wheat Gluten, Vegetable Oil (Soybean or Canola), Salt, Vinegar, Calcium Propionate, Soy Lecithin. Contains: Wheat, Soy. May contain: Sesame, Milk.", "wheat sugar soy", "dairy"),
    ("label", "SunButter Natural Sunflower Butter. Ingredients: Roasted Sunflower Seeds, Salt.", "", ""),
    ("label", "Sunrise Soya Foods Medium Tofu. Ingredients: Water, Organic Soybeans, Calcium Sulphate.", "soy", ""),
    ("label", "Goldfish Cheddar Crackers. Ingredients: Enriched Wheat Flour, Cheddar Cheese (Milk, Bacterial Culture, Salt, Enzymes), Vegetable Oils (Canola, Sunflower and/or Soybean), Salt, Yeast, Sugar, Autolyzed Yeast Extract, Paprika, Spices, Celery, Onion Powder, Monocalcium Phosphate, Baking Soda. Contains: Wheat, Milk.", "wheat dairy sugar", "soy"),
]

# ---------------------------------------------------------------------------
# Ahmed, Dubai; Gulf and Levantine home cooking, Ramadan and Eid
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "machboos dajaj with loomi and basmati", "", "dairy"),  # why: machboos is often started in ghee
    ("meal", "mansaf at my uncle's: lamb, jameed sauce, rice, shrak bread", "dairy wheat", ""),  # why: jameed is dried yogurt
    ("meal", "luqaimat for iftar drizzled with date syrup", "wheat sugar", "dairy"),
    ("meal", "fattoush with toasted pita and pomegranate molasses dressing", "wheat", "sugar"),  # why: pomegranate molasses is reduced juice, sometimes with added sugar
    ("meal", "umm ali for eid", "wheat dairy sugar", ""),
    ("meal", "kunafa nabulsieh from the sweet shop", "wheat dairy sugar", ""),
    ("meal", "grilled hammour with rice and salad, no bread", "", ""),
    ("meal", "karak chai x2 😬", "dairy sugar", ""),
    ("meal", "dates and laban to break the fast", "dairy", ""),
    ("label", "Al Rawabi Fresh Laban. Ingredients: Fresh Cow's Milk, Culture.", "dairy", ""),
    ("label", "Al Jadeed Arabic Bread. Ingredients: Wheat Flour, Water, Sugar, Yeast, Salt, Vegetable Oil, Preservative (Calcium Propionate). May contain sesame.", "wheat sugar", "corn soy"),
    ("label", "Maggi Chicken Stock Cubes (Halal). Ingredients: Salt, Sugar, Palm Oil, Flavour Enhancers (621, 627, 631), Corn Starch, Chicken Fat, Wheat Flour, Spices, Turmeric. Contains Wheat. May contain Milk, Soy, Egg, Celery.", "sugar corn wheat", "dairy soy"),
    ("label", "Al Wadi Al Akhdar Pomegranate Molasses. Ingredients: Pomegranate Juice Concentrate.", "", "sugar"),
    ("label", "Puck Cream Cheese Spread. Ingredients: Fresh Cheese (Skimmed Milk, Milk Fat), Milk Protein, Salt, Stabilisers (Carob Bean Gum, Guar Gum), Acidity Regulator (Citric Acid).", "dairy", "corn"),
    ("label", "Bayara Freekeh. Ingredients: Roasted Green Wheat.", "wheat", ""),
]

# ---------------------------------------------------------------------------
# Wei, Guangzhou; Cantonese home cook, precise, some pinyin
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "steamed fish with ginger, scallion and light soy sauce", "soy wheat", ""),
    ("meal", "mapo tofu with pixian doubanjiang and sichuan peppercorn", "soy wheat", ""),  # why: doubanjiang is broad bean and wheat flour; tofu is soy
    ("meal", "char siu from the siu mei shop, with rice", "sugar soy wheat", ""),
    ("meal", "congee with century egg and pork floss", "sugar soy", "wheat"),  # why: pork floss is cooked with sugar and soy sauce
    ("meal", "tomato egg stir fry, pinch of sugar, corn starch slurry", "sugar corn", ""),
    ("meal", "jiaozi for chinese new year: flour wrappers, pork + napa cabbage filling, soy sauce, sesame oil", "wheat soy", ""),
    ("meal", "two lotus seed mooncakes with salted egg yolk", "wheat sugar", ""),
    ("meal", "tang yuan with black sesame filling for dongzhi, in ginger syrup", "sugar", "dairy"),
    ("meal", "egg fried rice in peanut oil, with peas and sweetcorn", "corn", ""),
    ("meal", "rice noodle rolls (cheung fun) with sweet soy sauce", "soy sugar wheat", ""),
    ("label", "Pearl River Bridge Superior Light Soy Sauce. Ingredients: Water, Soybeans, Salt, Wheat Flour, Sugar, Potassium Sorbate. Contains: Soybeans, Wheat.", "soy wheat sugar", ""),
    ("label", "Lee Kum Kee Premium Oyster Sauce. Ingredients: Oyster Extractives (Oysters, Water, Salt), Sugar, Salt, Modified Corn Starch, Wheat Flour, Caramel Color. Contains: Shellfish, Wheat.", "sugar corn wheat", ""),
    ("label", "Pixian Doubanjiang Broad Bean Chili Paste. Ingredients: Chili, Broad Bean, Wheat Flour, Salt.", "wheat", ""),
    ("label", "Wei-Chuan Pork & Chive Dumplings. Ingredients: Wheat Flour, Pork, Chive, Cabbage, Water, Soy Sauce (Water, Soybean, Wheat, Salt), Sesame Oil, Sugar, Salt, Ginger, Modified Tapioca Starch. Contains: Wheat, Soy.", "wheat soy sugar", ""),
    ("label", "Koon Chun Maltose. Ingredients: Maltose.", "sugar", ""),
    ("label", "Pagoda Shaoxing Cooking Wine. Ingredients: Water, Glutinous Rice, Wheat, Salt, Caramel Color.", "wheat", "corn"),
]

# ---------------------------------------------------------------------------
# Zofia, Kraków; Polish holiday cook, Polish dish names, long lists
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "pierogi ruskie (potato + twaróg) with fried onion", "wheat dairy", ""),
    ("meal", "barszcz czerwony na Wigilię z uszkami", "wheat", "sugar"),
    ("meal", "żurek with egg and biała kiełbasa, no cream", "", ""),  # why: żurek starter is rye flour, not wheat
    ("meal", "makowiec for christmas", "wheat dairy sugar", ""),
    ("meal", "placki ziemniaczane z kwaśną śmietaną", "dairy wheat", ""),
    ("meal", "kasza gryczana with mushroom sauce thickened with cornstarch", "corn", ""),
    ("meal", "sernik for easter", "dairy sugar", "wheat"),
    ("meal", "kompot z suszu, no sugar added", "", ""),
    ("meal", "mizeria (cucumber in sour cream) with new potatoes and dill", "dairy", ""),
    ("label", "Basia Mąka Pszenna Tortowa typ 450. Składniki: mąka pszenna.", "wheat", ""),
    ("label", "Winiary Majonez Dekoracyjny. Składniki: olej rzepakowy, woda, żółtka jaj 6%, ocet, musztarda (woda, gorczyca, ocet, cukier, sól, przyprawy), cukier, sól, regulator kwasowości: kwas cytrynowy.", "sugar", "corn"),
    ("label", "Kotlin Ketchup Łagodny. Składniki: koncentrat pomidorowy, cukier, ocet, sól, skrobia modyfikowana, przyprawy.", "sugar", "corn wheat"),
    ("label", "Mlekovita Masło Ekstra. Składniki: śmietanka.", "dairy", ""),
    ("label", "Knorr Rosół z kury. Składniki: sól, substancje wzmacniające smak, tłuszcz palmowy, cukier, ekstrakt drożdżowy, skrobia kukurydziana, tłuszcz z kury, warzywa suszone. Może zawierać gluten, mleko, seler, soję.", "sugar corn", "wheat dairy soy"),
    ("label", "Sante Kasza Gryczana Prażona. Składniki: kasza gryczana. Może zawierać gluten.", "", "wheat"),
]

# ---------------------------------------------------------------------------
# Grace, Manila; Taglish, cooks for family gatherings and noche buena
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "chicken adobo: soy sauce, vinegar, garlic, bay leaf, peppercorns", "soy wheat", ""),
    ("meal", "sinigang na baboy using the knorr sinigang mix", "", "sugar corn"),
    ("meal", "pancit canton for my lola's birthday", "wheat soy", "sugar"),
    ("meal", "leche flan for noche buena", "dairy sugar", ""),
    ("meal", "lumpia shanghai, fried, with sweet chili sauce", "wheat sugar", "soy"),
    ("meal", "champorado with evap and a bit of tuyo", "sugar dairy", ""),
    ("meal", "pandesal with kesong puti for merienda", "wheat sugar dairy", ""),
    ("meal", "turon - saba, langka, brown sugar in lumpia wrapper", "wheat sugar", ""),
    ("meal", "halo-halo sa kanto", "dairy sugar", "corn"),
    ("meal", "spam fried rice w garlic and egg", "sugar", ""),  # why: Spam lists sugar
    ("meal", "kare-kare with bagoong, sauce is ground peanuts and toasted rice, no peanut butter", "", ""),
    ("label", "Datu Puti Vinegar. Ingredients: Water, Cane Vinegar.", "", ""),  # why: cane vinegar is fermented, no sugar left
    ("label", "Silver Swan Soy Sauce. Ingredients: Water, Salt, Hydrolyzed Soy Protein, Caramel Color, Sodium Benzoate.", "soy", "corn"),
    ("label", "Jufran Banana Sauce. Ingredients: Water, Sugar, Banana, Vinegar, Salt, Modified Starch, Spices, Artificial Colour.", "sugar", "corn wheat"),
    ("label", "Lucky Me! Pancit Canton Original. Noodles: Wheat Flour, Palm Oil, Salt, Potassium Carbonate. Seasoning: Soy Sauce (Soybean, Wheat, Salt), Sugar, Salt, Garlic, Onion, Spices. Contains: Wheat, Soy.", "wheat soy sugar", ""),
    ("label", "Alaska Evaporada. Ingredients: Water, Skimmed Milk, Palm Oil, Emulsifier (Soy Lecithin), Vitamins A and D.", "dairy soy", ""),
    ("label", "Mama Sita's Oyster Sauce. Ingredients: Water, Sugar, Oyster Extract, Salt, Modified Cornstarch, Caramel Color, Monosodium Glutamate.", "sugar corn", ""),
]

# ---------------------------------------------------------------------------
# Leo, Amsterdam; mostly pastes labels from the supermarket, a few meals
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "poffertjes with butter and poedersuiker", "wheat dairy sugar", ""),
    ("meal", "hagelslag on volkoren brood with real roomboter", "wheat dairy sugar", "soy"),
    ("meal", "erwtensoep (split peas, leek, celeriac, smoked pork hock), no bread", "", ""),
    ("label", "De Ruijter Chocolade Hagelslag Melk. Ingrediënten: suiker, cacaomassa, cacaoboter, volle melkpoeder, cacaopoeder, emulgator (sojalecithine), glansmiddel (arabische gom), aroma (vanilline).", "sugar dairy soy", ""),
    ("label", "Calvé Pindakaas. Ingrediënten: pinda's (90%), plantaardige olie, zout, suiker, dextrose. Kan sporen van noten bevatten.", "sugar", "corn soy"),
    ("label", "Conimex Ketjap Manis. Ingrediënten: suiker, water, sojabonen (8%), zout, tarwe. Bevat: soja, tarwe.", "sugar soy wheat", ""),
    ("label", "Unox Rookworst. Ingrediënten: varkensvlees, spek, zout, dextrose, specerijen, melkeiwit, aroma's, antioxidant (natriumascorbaat), conserveermiddel (natriumnitriet), rook.", "sugar dairy", "corn"),
    ("label", "Alpro Kokosnoot Drink Original. Ingrediënten: water, kokosroom (5,6%), rijst, calcium (tricalciumfosfaat), suiker, zout, stabilisator (gellan), emulgator (sojalecithinen), vitamines (B12, D2).", "sugar soy", ""),
    ("label", "Tony's Chocolonely Puur 70%. Ingrediënten: cacaomassa, rietsuiker, cacaoboter. Kan sporen van melk, noten, gluten, soja en ei bevatten.", "sugar", "dairy wheat soy"),
    ("label", "Verstegen Kipkruiden. Ingrediënten: zout, paprika, knoflook, dextrose, ui, peper, rozemarijn, tijm.", "sugar", "corn"),
    ("label", "Bolletje Roggebrood. Ingrediënten: volkoren rogge (93%), water, suikerstroop, zout, gist. Kan sporen van tarwe bevatten.", "sugar", "wheat"),
    ("label", "AH Kippenbouillon Tabletten. Ingrediënten: zout, maïszetmeel, suiker, palmvet, gistextract, kippenvet 4%, aroma's, ui, kurkuma. Kan selderij, melk en gluten bevatten.", "corn sugar", "dairy wheat"),
    ("label", "Zonnatura Havervlokken Glutenvrij. Ingrediënten: glutenvrije haver.", "", ""),
    ("label", "Lassie Toverrijst Volkoren. Ingrediënten: volkoren rijst.", "", ""),
    ("label", "Hak Bruine Bonen. Ingrediënten: bruine bonen, water, zout.", "", ""),
    ("label", "Remia Fritessaus. Ingrediënten: water, raapzaadolie, suiker, eigeel, brandewijnazijn, gemodificeerd zetmeel, zout, verdikkingsmiddel (guargom, xanthaangom), zuurteregelaar (citroenzuur), mosterdzaad.", "sugar", "corn wheat"),
]

# ---------------------------------------------------------------------------
# Ruth, Johannesburg; South African braai and baking, warm and wordy
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "pap and wors with chakalaka", "corn", ""),  # why: pap is maize meal
    ("meal", "bobotie: mince, curry powder, bread soaked in milk, egg topping, chutney and raisins", "wheat dairy sugar", ""),
    ("meal", "malva pudding with custard", "wheat dairy sugar", "corn"),
    ("meal", "two buttermilk rusks dunked in rooibos, no milk in the tea", "wheat dairy sugar", ""),
    ("meal", "braai: lamb chops, and braaibroodjies (white bread, cheddar, tomato, onion, butter)", "wheat dairy", "sugar"),
    ("meal", "samp and beans", "corn", ""),  # why: samp is crushed dried maize
    ("meal", "koeksisters from the tannie at church", "wheat sugar", "dairy"),
    ("meal", "butternut soup, roasted, with coconut milk instead of cream", "", ""),
    ("meal", "biltong and droëwors for the road trip", "", "sugar"),  # why: many biltong spice mixes include brown sugar
    ("label", "Iwisa Super Maize Meal. Ingredients: Maize Meal, Vitamins and Minerals.", "corn", ""),
    ("label", "Mrs Ball's Original Chutney. Ingredients: Sugar, Water, Dried Peaches, Vinegar, Dried Apricots, Maize Starch, Salt, Colourant (Caramel E150c), Flavourant.", "sugar corn", ""),
    ("label", "Ouma Buttermilk Rusks. Ingredients: Wheat Flour, Sugar, Margarine (Vegetable Fats and Oils, Water, Salt, Emulsifier (Soya Lecithin)), Buttermilk Powder, Raising Agents, Salt. Contains Wheat, Milk, Soya.", "wheat sugar dairy soy", ""),
    ("label", "Robertsons Rajah Mild & Spicy Curry Powder. Ingredients: Spices (Coriander, Turmeric, Cumin, Fenugreek, Chilli), Salt, Wheat Flour, Garlic, Onion.", "wheat", ""),
    ("label", "Knorrox Beef Stock Cubes. Ingredients: Salt, Maize Starch, Flavour Enhancers (MSG, E627, E631), Vegetable Fat, Sugar, Yeast Extract, Colourant (Caramel), Flavourings. Contains: Gluten (Wheat).", "corn sugar wheat", "soy"),
]

# ---------------------------------------------------------------------------
# Jess, Denver; strict on the diet, logs her swaps, upbeat
# ---------------------------------------------------------------------------
BLIND23_CASES += [
    ("meal", "swap night: zucchini noodles w rao's marinara and ground turkey", "", ""),
    ("meal", "banana bread w almond flour, eggs, baking soda, coconut oil, no sugar just ripe bananas", "", ""),
    ("meal", "homemade cauliflower crust (almond flour + egg), topped w tomato, basil, olives, no cheese", "", ""),
    ("meal", "tacos on siete almond tortillas, carnitas, salsa verde", "", "corn"),
    ("meal", "ugh accidentally used regular soy sauce in the stir fry instead of coconut aminos 😩", "soy wheat", ""),
    ("meal", "ok confession: coffee w a splash of half & half", "dairy", ""),
    ("meal", "chia pudding w coconut milk + a drizzle of honey", "", "sugar"),
    ("meal", "sweet potato toast w almond butter and cinnamon", "", ""),
    ("meal", "baked salmon, asparagus, lemon ghee sauce", "dairy", ""),
    ("meal", "made 'cornbread' w almond flour, no corn at all lol, eggs, coconut oil, baking soda", "", ""),
    ("meal", "snacked on sugar snap peas and guac", "", ""),
    ("meal", "tried a 'sugar free' chocolate bar from the coop, it had milk powder tho", "dairy", ""),
    ("meal", "homemade larabars: dates, cashews, cocoa powder", "", ""),
    ("meal", "baked oatmeal w gf oats, applesauce (unsweetened), eggs, baking powder", "", "corn"),  # why: baking powder is usually bulked with cornstarch
    ("label", "Rao's Homemade Marinara Sauce. Ingredients: Italian Whole Peeled Tomatoes, Olive Oil, Onions, Salt, Garlic, Basil, Black Pepper, Oregano.", "", ""),
    ("label", "Coconut Secret Coconut Aminos. Ingredients: Organic Coconut Sap Aged and Blended with Sun Dried Sea Salt.", "", ""),
    ("label", "Simple Mills Almond Flour Crackers, Fine Ground Sea Salt. Ingredients: Nut & Seed Flour Blend (Almonds, Sunflower Seeds, Flax Seeds), Tapioca, Cassava, Organic Sunflower Oil, Sea Salt, Organic Onion, Organic Garlic, Rosemary Extract.", "", ""),
    ("label", "Lily's Dark Chocolate Style Baking Chips. Ingredients: Unsweetened Chocolate, Erythritol, Cocoa Butter, Inulin, Dextrin, Stevia Extract, Soy Lecithin, Natural Flavors. Contains: Soy. Made on equipment that also processes milk. No sugar added.", "soy", "dairy corn"),  # why: dextrin is usually corn-derived
    ("label", "Kettle & Fire Chicken Bone Broth. Ingredients: Water, Organic Chicken Bones, Organic Onions, Organic Carrots, Organic Celery, Sea Salt, Organic Parsley, Organic Thyme.", "", ""),
    ("label", "So Delicious Dairy Free Coconutmilk Unsweetened. Ingredients: Organic Coconutmilk (Filtered Water, Organic Coconut Cream), Calcium Phosphate, Magnesium Phosphate, Sea Salt, Gellan Gum, Guar Gum, Xanthan Gum, Vitamin A Palmitate, Vitamin D2, L-Selenomethionine, Zinc Oxide, Vitamin B12.", "", "corn"),
    ("label", "Clabber Girl Baking Powder. Ingredients: Corn Starch, Sodium Bicarbonate, Sodium Aluminum Sulfate, Monocalcium Phosphate.", "corn", ""),
    ("label", "Frontier Co-op Cream of Tartar. Ingredients: Cream of tartar (potassium bitartrate).", "", ""),
]
