# ruff: noqa: E501  (kept byte for byte as its author wrote it, before the engine had seen it)
"""Fresh labelled cases written blind (without seeing the engine) to measure generalisation."""

FRESH_CASES: list[tuple[str, str, str, str]] = [
    # kind, text, definite groups (space-separated), possible groups (space-separated)

    # ------------------------------------------------------------------ meals
    ("meal", "bagel w/ lox + schmear", "wheat dairy", ""),  # schmear = cream cheese
    ("meal", "butter chicken + garlic naan", "wheat dairy", "sugar"),  # restaurant makhani sauce is often sweetened
    ("meal", "2 chapati w/ chana masala", "wheat", "dairy"),  # chapati = wheat; ghee is common in the masala
    ("meal", "palak paneer and jeera rice", "dairy", ""),
    ("meal", "masala dosa w/ sambar + coconut chutney", "", "dairy"),  # dosa is rice/urad dal; ghee often brushed on
    ("meal", "cucumber raita on the side", "dairy", ""),
    ("meal", "mango lassi", "dairy", "sugar"),  # usually sweetened, not always
    ("meal", "injera w/ misir wot", "", "wheat dairy"),  # injera often teff blended w/ wheat/barley; niter kibbeh butter
    ("meal", "chicken enchiladas verdes, corn tortillas, queso fresco", "corn dairy", ""),
    ("meal", "carne asada tacos on flour tortillas", "wheat", ""),
    ("meal", "tortilla chips + guac", "corn", "soy"),  # frying oil often soybean
    ("meal", "elote from the street cart", "corn dairy", ""),  # mayo + cotija/crema
    ("meal", "pork tamales x2", "corn", ""),  # masa
    ("meal", "chicken tempura udon", "wheat", "soy sugar"),  # udon + batter wheat; broth usually soy sauce + mirin
    ("meal", "cold soba w/ dipping sauce", "wheat soy", "sugar"),  # tsuyu = soy sauce (wheat); soba usually part wheat
    ("meal", "miso soup and edamame", "soy", ""),
    ("meal", "6 pork gyoza", "wheat", "soy"),  # wheat wrappers; filling/dip usually soy sauce
    ("meal", "chicken katsu curry", "wheat", "soy sugar dairy corn"),  # panko + roux flour; roux often has sugar/milk/starch
    ("meal", "salmon sashimi w/ tamari", "soy", "wheat"),  # some tamari brands still contain a little wheat
    ("meal", "bibimbap w/ gochujang", "", "wheat soy sugar corn"),  # commercial gochujang: wheat, soybean, corn syrup
    ("meal", "kimchi jjigae w/ tofu + rice", "soy", "sugar wheat"),
    ("meal", "chow mein from the chinese takeaway", "wheat soy", "sugar"),  # egg noodles + soy sauce
    ("meal", "peking duck pancakes w/ hoisin", "wheat soy sugar", "corn"),  # hoisin = sugar + soybean paste
    ("meal", "xiao long bao", "wheat", "soy sugar"),
    ("meal", "thai green curry w/ tofu, jasmine rice", "soy", "sugar"),  # coconut milk is not dairy; palm sugar common
    ("meal", "pad see ew w/ chicken", "wheat soy", "sugar"),  # dark/sweet soy sauce (brewed w/ wheat); rice noodles
    ("meal", "pho ga, extra herbs, no hoisin", "", "sugar"),  # rice noodles; broth sometimes rock sugar
    ("meal", "banh mi thit nuong", "wheat", "soy sugar"),  # baguette; marinade + pickles
    ("meal", "falafel wrap w/ hummus + tahini in pita", "wheat", "soy"),
    ("meal", "tabbouleh w/ grilled halloumi", "wheat dairy", ""),  # bulgur
    ("meal", "chicken shawarma plate w/ toum and rice", "", "dairy"),  # toum is garlic/oil; marinade often yogurt
    ("meal", "shakshuka w/ feta + pita", "wheat dairy", ""),
    ("meal", "gnocchi in brown butter + sage", "wheat dairy", ""),
    ("meal", "mushroom risotto w/ parmesan", "dairy", ""),
    ("meal", "creamy polenta w/ ragu", "corn", "dairy sugar"),
    ("meal", "2 arancini", "wheat dairy", ""),  # breadcrumbs + mozzarella/parmesan
    ("meal", "croque monsieur", "wheat dairy", ""),
    ("meal", "french onion soup w/ gruyere crouton", "wheat dairy", ""),
    ("meal", "beef bourguignon + mashed potatoes", "dairy", "wheat"),  # mash = butter/milk; stew often floured
    ("meal", "potato pierogi w/ sour cream", "wheat dairy", ""),
    ("meal", "blini w/ smetana + red caviar", "wheat dairy", ""),  # blini batter = wheat flour + milk
    ("meal", "glass of kefir after the gym", "dairy", ""),
    ("meal", "pounded yam fufu + egusi soup", "", ""),
    ("meal", "jollof rice w/ grilled chicken", "", ""),
    ("meal", "jerk chicken, rice and peas", "", "soy sugar wheat"),  # many jerk marinades use soy sauce + brown sugar
    ("meal", "doubles from the trini spot", "wheat", ""),  # bara = fried wheat flatbread
    ("meal", "jamaican beef patty", "wheat", "dairy"),
    ("meal", "roast beef, yorkshire pud + gravy", "wheat dairy", ""),  # yorkshire batter = flour, egg, milk
    ("meal", "fish n chips w/ mushy peas", "wheat", ""),  # battered fish
    ("meal", "full english w/ toast and beans", "wheat sugar", "dairy"),  # toast, rusk in sausages; baked beans sugar
    ("meal", "pao de queijo x4", "dairy", ""),  # tapioca + cheese, no wheat
    ("meal", "feijoada w/ farofa and rice", "", "dairy"),  # farofa often toasted in butter
    ("meal", "acai bowl w/ granola + honey", "", "sugar wheat"),  # honey/granola sweetened; oats cross-contact
    ("meal", "big mac + large fries + coke", "wheat dairy sugar", "corn soy"),
    ("meal", "oreo mcflurry", "dairy sugar wheat", "corn soy"),
    ("meal", "kfc 8pc bucket", "wheat", "dairy soy corn"),  # flour breading; milk/egg wash, MSG, frying oil
    ("meal", "subway footlong turkey on 9-grain wheat", "wheat", "sugar soy"),
    ("meal", "bowl of cheerios w/ oatly", "sugar", "wheat corn"),  # cheerios contain sugar; corn starch (US) / wheat (UK); oats
    ("meal", "2 weetabix w/ cold milk", "wheat dairy sugar", ""),
    ("meal", "kraft mac n cheese", "wheat dairy", ""),
    ("meal", "strawberry pop tart", "wheat sugar", "corn soy"),
    ("meal", "ritz crackers + cheddar", "wheat dairy sugar", "soy corn"),
    ("meal", "snickers from the vending machine", "dairy sugar", "corn soy"),
    ("meal", "handful of haribo", "sugar", "corn"),  # glucose syrup, dextrose
    ("meal", "can of red bull", "sugar", "corn"),
    ("meal", "pringles original, half a tube", "wheat corn", "soy"),  # wheat starch + corn/maize flour
    ("meal", "doritos cool ranch", "corn dairy", "sugar soy"),  # buttermilk/cheese seasoning
    ("meal", "nutella on toast", "wheat dairy sugar", "soy"),  # skimmed milk powder; soya lecithin
    ("meal", "kit kat chunky", "wheat dairy sugar", "soy"),
    ("meal", "marmite on rice cakes", "", "wheat"),  # yeast extract from barley etc.
    ("meal", "vegemite toast", "wheat", "corn"),  # toast; caramel colour
    ("meal", "scrambled eggs w/ heinz ketchup", "sugar", "corn"),  # eggs are not dairy
    ("meal", "oat flat white", "", "wheat"),  # oat milk, no dairy; oats cross-contact
    ("meal", "almond milk cappuccino", "", "sugar"),  # barista almond milks are usually sweetened
    ("meal", "large soy latte", "soy", "sugar"),  # soy milk not dairy; barista soy usually sweetened
    ("meal", "iced vanilla oat latte", "sugar", "wheat"),  # vanilla syrup
    ("meal", "caramel macchiato", "dairy sugar", ""),
    ("meal", "alpro soya on granola", "soy", "wheat sugar"),
    ("meal", "impossible burger lettuce wrap, no bun", "soy", "corn sugar"),  # soy protein + leghemoglobin; dextrose, mod starch
    ("meal", "beyond burger on a brioche bun", "wheat dairy sugar", ""),  # patty is pea protein; brioche = butter, sugar
    ("meal", "glass of silk almondmilk", "", "sugar"),  # original contains cane sugar
    ("meal", "ripple pea milk in my smoothie", "", "sugar"),
    ("meal", "grilled chese sandwich", "wheat dairy", ""),
    ("meal", "cup of milkk before bed", "dairy", ""),
    ("meal", "bred and buter", "wheat dairy", ""),
    ("meal", "greek yogart w/ blueberries", "dairy", ""),
    ("meal", "coffee w/ 2 suger", "sugar", ""),
    ("meal", "tofuu scramble w/ spinach", "soy", ""),
    ("meal", "cornn chips and salsa", "corn", "soy"),
    ("meal", "2 slices pizzza", "wheat dairy", "sugar"),
    ("meal", "spagetti bolognese", "wheat", "dairy sugar"),
    ("meal", "cheeseburgr and fries", "wheat dairy", "sugar soy corn"),
    ("meal", "pancaks w/ syrup", "wheat", "dairy sugar corn"),  # syrup may be maple (possible) or corn syrup
    ("meal", "brocoli w/ chedar", "dairy", ""),
    ("meal", "chocolat milk", "dairy sugar", ""),
    ("meal", "tuna sandwhich", "wheat", "soy"),  # mayo usually soybean oil
    ("meal", "tortila wrap w/ chicken", "wheat", ""),  # a wrap = flour tortilla
    ("meal", "mi\u200blk tea w/ boba", "dairy sugar", ""),  # zero-width space inside milk
    ("meal", "but\u00adter toast", "wheat dairy", ""),  # soft hyphen inside butter
    ("meal", "corn\u00adbread w/ chili", "corn wheat dairy sugar", ""),
    ("meal", "to\u200bfu pad thai", "soy", "sugar wheat"),
    ("meal", "slice of cheese\u00adcake", "dairy sugar wheat", ""),
    ("meal", "su\u200bgar cookies", "sugar wheat", "dairy"),
    ("meal", "yo\u00adgurt parfait", "dairy", "sugar wheat"),
    ("meal", "caesar salad, hold the croutons", "dairy", ""),  # parmesan in the dressing/shavings
    ("meal", "chicken tacos on corn tortillas, no cheese", "corn", ""),
    ("meal", "black coffee, no sugar", "", ""),
    ("meal", "sugar free red bull", "", "corn"),  # citric acid etc.; no sugar
    ("meal", "gluten-free pasta w/ marinara", "", "wheat corn sugar"),  # gf pasta often corn/rice; jarred sauce sweetened
    ("meal", "salmon poke bowl without soy sauce", "", "sugar"),  # sushi rice is seasoned with sugar
    ("meal", "veg curry made w/ coconut oil, no ghee, no cream", "", ""),
    ("meal", "dairy-free hot chocolate w/ oat milk", "sugar", "wheat"),
    ("meal", "teriyaki chicken bowl", "soy wheat sugar", ""),
    ("meal", "pumpkin spice latte", "dairy sugar", ""),
    ("meal", "pepperoni pizza + garlic knots", "wheat dairy", "sugar corn"),
    ("meal", "egg noodles w/ stir-fried veg", "wheat", "soy"),
    ("meal", "eggs benedict", "wheat dairy", ""),  # english muffin; hollandaise = butter
    ("meal", "buttermilk fried chicken + waffles", "wheat dairy", "sugar"),
    ("meal", "ghee roast dosa", "dairy", ""),
    ("meal", "corn tortilla quesadilla w/ oaxaca cheese", "corn dairy", ""),
    ("meal", "bowl of porridge w/ honey", "", "wheat dairy sugar"),  # oats; often made w/ milk; honey possible
    ("meal", "hefeweizen at the beer garden", "wheat", ""),
    ("meal", "2 pints of lager", "", "wheat corn"),  # barley malt; corn adjunct common
    ("meal", "guinness + pork pie", "wheat", ""),  # pie pastry = wheat
    ("meal", "chips w/ malt vinegar", "", "wheat"),  # malt vinegar from barley
    ("meal", "horlicks w/ hot milk", "wheat dairy sugar", ""),  # horlicks contains wheat flour, whey, sugar
    ("meal", "seitan stir fry", "wheat", "soy sugar"),
    ("meal", "spelt porridge", "wheat", "dairy"),
    ("meal", "farro salad w/ roasted veg", "wheat", ""),
    ("meal", "couscous w/ chickpeas + harissa", "wheat", ""),
    ("meal", "curry laksa w/ tofu puffs", "soy", "wheat sugar"),  # yellow noodles often wheat
    ("meal", "nasi goreng w/ kecap manis", "soy sugar", "wheat"),  # kecap manis = soybeans + palm sugar, some w/ wheat
    ("meal", "tonkotsu ramen", "wheat", "soy"),
    ("meal", "okonomiyaki", "wheat", "soy sugar"),  # batter flour; okonomi sauce sweet
    ("meal", "churros con chocolate", "wheat sugar", "dairy"),
    ("meal", "dulce de leche on toast", "wheat dairy sugar", ""),
    ("meal", "poutine", "dairy", "wheat corn"),  # cheese curds; gravy thickened; fry oil
    ("meal", "meat pie w/ tomato sauce", "wheat sugar", "corn"),  # aussie tomato sauce is sweetened
    ("meal", "pavlova w/ cream + passionfruit", "dairy sugar", "corn"),  # meringue; cornflour often added
    ("meal", "3 tim tams", "wheat dairy sugar", "soy"),
    ("meal", "haggis neeps and tatties", "", "wheat dairy"),  # oatmeal in haggis; tatties mashed w/ butter
    ("meal", "shepherds pie", "dairy", "wheat"),  # mash w/ butter; gravy/worcestershire
    ("meal", "hot dog w/ mustard + relish", "wheat sugar", "corn"),  # bun; sweet relish; franks often corn syrup
    ("meal", "corn dog at the fair", "corn wheat", "sugar"),  # cornmeal + flour batter
    ("meal", "shrimp n grits w/ butter", "corn dairy", ""),
    ("meal", "pozole rojo", "corn", ""),  # hominy
    ("meal", "natto w/ the little sauce packet", "soy", "wheat sugar"),  # packet = soy sauce + sugar
    ("meal", "tempeh blt", "soy wheat", ""),

    # ------------------------------------------------------------------ labels
    ("label", "Oatly Oat Drink Whole. Ingredients: Oat base (water, oats 10%), rapeseed oil, acidity regulator (dipotassium phosphate), calcium carbonate, iodised salt, vitamins (D2, riboflavin, B12).", "", "wheat"),  # oats: cross-contact
    ("label", "Silk Unsweetened Almondmilk. Dairy-free, soy-free. INGREDIENTS: ALMONDMILK (FILTERED WATER, ALMONDS), CALCIUM CARBONATE, SEA SALT, SUNFLOWER LECITHIN, GELLAN GUM, NATURAL FLAVOR, VITAMIN A PALMITATE, VITAMIN D2, D-ALPHA-TOCOPHEROL.", "", ""),  # lecithin is qualified (sunflower)
    ("label", "Alpro Soya Original. Ingredients: Water, hulled soya beans (8.7%), sugar, acidity regulator (potassium phosphates), calcium (calcium carbonate), sea salt, stabiliser (gellan gum), vitamins (riboflavin (B2), B12, D2).", "soy sugar", ""),
    ("label", "Alpro Soya No Sugars, plant-based drink. Ingredients: Water, hulled soya beans (9.1%), calcium (calcium carbonate), acidity regulator (potassium phosphates), stabiliser (gellan gum), sea salt, vitamins (B2, B12, D2).", "soy", ""),
    ("label", "Beyond Burger plant-based patties. Ingredients: Water, Pea Protein, Expeller-Pressed Canola Oil, Refined Coconut Oil, Rice Protein, Natural Flavors, Dried Yeast, Cocoa Butter, Methylcellulose, and less than 1% of Potato Starch, Salt, Potassium Chloride, Beet Juice Color, Apple Extract, Sunflower Lecithin. No soy, no gluten.", "", ""),
    ("label", "Impossible Burger. Ingredients: Water, Soy Protein Concentrate, Coconut Oil, Sunflower Oil, Natural Flavors, 2% or less of: Potato Protein, Methylcellulose, Yeast Extract, Cultured Dextrose, Food Starch-Modified, Soy Leghemoglobin, Salt, Mixed Tocopherols, Soy Protein Isolate, Vitamin B12. CONTAINS: SOY.", "soy", "wheat corn sugar"),  # cultured dextrose is a preservative; unqualified food starch
    ("label", "Violife Original Flavour Block, vegan alternative to cheese. Dairy free, soya free, gluten free. Ingredients: Water, Coconut Oil (23%), Modified Starch, Starch, Sea Salt, Vegan Flavourings, Olive Extract, Colour: Beta-Carotene, Vitamin B12.", "", "corn"),  # unqualified starch, but gluten-free claim rules out wheat
    ("label", "Daiya Cheddar Style Shreds. Dairy-free, gluten-free, soy-free. Ingredients: Filtered Water, Tapioca Flour, Coconut Oil, Expeller Pressed Canola and/or Safflower Oil, Pea Protein, Natural Flavors, Salt, Tricalcium Phosphate, Lactic Acid (Vegan), Yeast Extract, Annatto Color.", "", ""),  # lactic acid is not dairy
    ("label", "Ripple Original Plant-Based Milk. Dairy free, nut free, soy free. Ingredients: Water, Pea Protein, Cane Sugar, Sunflower Oil, contains less than 0.5% of: Tricalcium Phosphate, Dipotassium Phosphate, Natural Flavor, Sea Salt, Sunflower Lecithin, Vitamin A Palmitate, Vitamin D2, DHA Algal Oil, Guar Gum, Gellan Gum.", "sugar", ""),
    ("label", "OREO Chocolate Sandwich Cookies. INGREDIENTS: UNBLEACHED ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), SUGAR, PALM AND/OR CANOLA OIL, COCOA (PROCESSED WITH ALKALI), HIGH FRUCTOSE CORN SYRUP, LEAVENING (BAKING SODA AND/OR CALCIUM PHOSPHATE), CORNSTARCH, SALT, SOY LECITHIN, VANILLIN, CHOCOLATE. CONTAINS: WHEAT, SOY.", "wheat sugar corn soy", "dairy"),  # Oreo labels warn of milk cross-contact
    ("label", "Cheerios, gluten free. Ingredients: Whole Grain Oats, Corn Starch, Sugar, Salt, Tripotassium Phosphate. Vitamin E (mixed tocopherols) added to preserve freshness.", "corn sugar", ""),  # gluten-free claim covers the oats
    ("label", "Weetabix Original. Ingredients: Wholegrain Wheat (95%), Malted Barley Extract, Sugar, Salt, Niacin, Iron, Riboflavin (B2), Thiamin (B1), Folic Acid. Allergy advice: for allergens, see ingredients in bold.", "wheat sugar", ""),
    ("label", "Kellogg's Corn Flakes. Ingredients: Maize (88%), Sugar, Barley Malt Flavouring, Salt, Niacin, Iron, Vitamin B6, Riboflavin (B2), Thiamin (B1), Folic Acid, Vitamin D, Vitamin B12.", "corn sugar", "wheat"),  # barley malt
    ("label", "Rice Krispies. Ingredients: Rice (89%), Sugar, Salt, Barley Malt Flavouring, Vitamins and Minerals.", "sugar", "wheat"),
    ("label", "Nutella hazelnut spread with cocoa. Ingredients: Sugar, Palm Oil, Hazelnuts (13%), Skimmed Milk Powder (8.7%), Fat-Reduced Cocoa (7.4%), Emulsifier: Lecithins (Soya), Vanillin.", "sugar dairy soy", ""),
    ("label", "KitKat 4 Finger milk chocolate wafer. Ingredients: Sugar, Wheat Flour, Cocoa Butter, Skimmed Milk Powder, Cocoa Mass, Vegetable Fats (Palm, Shea, Sal, Illipe, Mango Kernel), Lactose and Proteins from Whey (from Milk), Whey Powder Product (from Milk), Butterfat (from Milk), Emulsifier (Sunflower Lecithin), Raising Agent (Sodium Bicarbonate), Salt, Natural Flavouring.", "wheat dairy sugar", ""),
    ("label", "SNICKERS. INGREDIENTS: MILK CHOCOLATE (SUGAR, COCOA BUTTER, CHOCOLATE, SKIM MILK, LACTOSE, MILKFAT, SOY LECITHIN, ARTIFICIAL FLAVOR), PEANUTS, CORN SYRUP, SUGAR, PALM OIL, SKIM MILK, LACTOSE, SALT, EGG WHITES, CHOCOLATE, ARTIFICIAL FLAVOR. CONTAINS: PEANUTS, MILK, SOY, EGG.", "dairy sugar corn soy", ""),
    ("label", "HARIBO Goldbears. Ingredients: Glucose Syrup, Sugar, Gelatine, Dextrose, Acids: Citric Acid, Malic Acid; Fruit and Plant Concentrates: Apple, Aronia, Blackcurrant, Carrot, Elderberry, Grape, Hibiscus, Kiwi, Lemon, Mango, Orange, Passion Fruit, Safflower, Spirulina; Flavouring, Glazing Agents: Beeswax, Carnauba Wax.", "sugar", "corn dairy"),  # glucose syrup; flavouring in a sweet
    ("label", "Coca-Cola Zero Sugar. Ingredients: Carbonated Water, Colour (Caramel E150d), Phosphoric Acid, Sweeteners (Aspartame, Acesulfame K), Natural Flavourings including Caffeine, Acidity Regulator (Sodium Citrates). Contains a source of Phenylalanine.", "", "corn"),  # caramel colour is not added sugar
    ("label", "Red Bull Energy Drink. Ingredients: Water, Sucrose, Glucose, Acidity Regulators (Sodium Citrates, Magnesium Carbonate), Carbon Dioxide, Acid (Citric Acid), Taurine (0.4%), Caffeine (0.03%), Vitamins (Niacin, Pantothenic Acid, B6, B12), Flavourings, Colours (Caramel, Riboflavin).", "sugar", "corn"),
    ("label", "Pringles Original. Ingredients: Dehydrated Potatoes, Vegetable Oils (Sunflower, Corn, in varying proportions), Rice Flour, Wheat Starch, Maize Flour, Emulsifier (E471), Salt, Colour (Annatto). Allergy advice: contains wheat.", "wheat corn", ""),  # oils are named: no soy
    ("label", "DORITOS Nacho Cheese Flavored Tortilla Chips. INGREDIENTS: Corn, Vegetable Oil (Corn, Canola, and/or Sunflower Oil), Maltodextrin (Made from Corn), Salt, Cheddar Cheese (Milk, Cheese Cultures, Salt, Enzymes), Whey, Monosodium Glutamate, Buttermilk, Romano Cheese (Part-Skim Cow's Milk, Cheese Cultures, Salt, Enzymes), Onion Powder, Corn Flour, Natural and Artificial Flavor, Dextrose, Tomato Powder, Lactose, Spices, Artificial Color (Yellow 6, Yellow 5, Red 40), Lactic Acid, Citric Acid, Sugar, Garlic Powder. CONTAINS MILK INGREDIENTS.", "corn dairy sugar", ""),  # oils named, no soy
    ("label", "Heinz Tomato Ketchup (US). INGREDIENTS: TOMATO CONCENTRATE FROM RED RIPE TOMATOES, DISTILLED VINEGAR, HIGH FRUCTOSE CORN SYRUP, CORN SYRUP, SALT, SPICE, ONION POWDER, NATURAL FLAVORING.", "sugar corn", ""),
    ("label", "Heinz Tomato Ketchup (UK). Ingredients: Tomatoes (148g per 100g Tomato Ketchup), Spirit Vinegar, Sugar, Salt, Spice and Herb Extracts (contain Celery), Spice.", "sugar", "corn"),  # spirit vinegar may be corn-derived
    ("label", "Marmite Yeast Extract. Ingredients: Yeast Extract (contains Barley, Wheat, Oats, Rye), Salt, Vegetable Juice Concentrate, Vitamins (Thiamin, Riboflavin, Niacin, Folic Acid, B12), Spice Extracts, Celery Extract.", "wheat", ""),  # this label names wheat explicitly
    ("label", "VEGEMITE. Ingredients: Yeast Extract (from Barley, Wheat), Salt, Mineral Salt (508), Malt Extract (from Barley), Colour (150c), Flavour Enhancers (635), Natural Colour (Caramel I), Vitamins (Thiamine, Riboflavin, Niacin, Folate). Contains gluten.", "wheat", "corn sugar"),  # caramel colour; malt extract
    ("label", "Kraft Macaroni & Cheese Dinner Original. INGREDIENTS: ENRICHED MACARONI PRODUCT (WHEAT FLOUR, DURUM FLOUR, NIACIN, FERROUS SULFATE [IRON], THIAMIN MONONITRATE [VITAMIN B1], RIBOFLAVIN [VITAMIN B2], FOLIC ACID); CHEESE SAUCE MIX (WHEY, MILKFAT, MILK PROTEIN CONCENTRATE, SALT, SODIUM TRIPHOSPHATE, CONTAINS LESS THAN 2% OF CITRIC ACID, LACTIC ACID, SODIUM PHOSPHATE, CALCIUM PHOSPHATE, PAPRIKA, TURMERIC, AND ANNATTO (COLOR), ENZYMES, CHEESE CULTURE). CONTAINS: WHEAT, MILK.", "wheat dairy", "corn"),  # citric acid
    ("label", "Pop-Tarts Frosted Strawberry. INGREDIENTS: ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, VITAMIN B1, VITAMIN B2, FOLIC ACID), CORN SYRUP, HIGH FRUCTOSE CORN SYRUP, DEXTROSE, SOYBEAN AND PALM OIL (WITH TBHQ FOR FRESHNESS), SUGAR, BLEACHED WHEAT FLOUR, CONTAINS 2% OR LESS OF WHEAT STARCH, SALT, DRIED STRAWBERRIES, DRIED PEARS, DRIED APPLES, LEAVENING, CITRIC ACID, GELATIN, MODIFIED WHEAT STARCH, YELLOW CORN FLOUR, CARAMEL COLOR, XANTHAN GUM, SOY LECITHIN, RED 40. CONTAINS WHEAT AND SOY INGREDIENTS.", "wheat corn soy sugar", ""),
    ("label", "RITZ Original Crackers. INGREDIENTS: UNBLEACHED ENRICHED FLOUR (WHEAT FLOUR, NIACIN, REDUCED IRON, THIAMINE MONONITRATE, RIBOFLAVIN, FOLIC ACID), SOYBEAN OIL, SUGAR, CANOLA OIL, PALM OIL, SALT, LEAVENING (CALCIUM PHOSPHATE AND/OR BAKING SODA), HIGH FRUCTOSE CORN SYRUP, SOY LECITHIN, NATURAL FLAVOR. CONTAINS: WHEAT, SOY.", "wheat soy sugar corn", ""),
    ("label", "Jacob's Cream Crackers. Ingredients: Wheat Flour (with Calcium, Iron, Niacin, Thiamin), Vegetable Oil (Palm), Salt, Raising Agent (Ammonium Hydrogen Carbonate), Yeast. May contain: milk, sesame.", "wheat", "dairy"),  # no cream in cream crackers; may-contain only
    ("label", "San-J Tamari Gluten Free Soy Sauce. Ingredients: Water, Organic Soybeans, Salt, Organic Alcohol (to preserve freshness).", "soy", ""),
    ("label", "Kikkoman Naturally Brewed Soy Sauce. Ingredients: water, wheat, soybeans, salt, sodium benzoate: less than 1/10 of 1% as a preservative.", "soy wheat", ""),
    ("label", "Lee Kum Kee Hoisin Sauce. Ingredients: Sugar, Water, Fermented Soybean Paste (Water, Salt, Soybeans, Wheat Flour), Modified Corn Starch, Salt, Sweet Potato Powder, Sesame Paste, Garlic, Chili Pepper, Spices, Caramel Color, Acetic Acid. Contains: soy, wheat, sesame.", "sugar soy wheat corn", ""),
    ("label", "Hikari Organic White Miso. Ingredients: organic soybeans, water, organic rice, salt, alcohol.", "soy", ""),
    ("label", "Clearspring Organic Barley Miso (mugi miso). Ingredients: soya beans, barley, sea salt, water, koji culture (Aspergillus oryzae).", "soy", "wheat"),  # barley: possible wheat at least
    ("label", "Gochujang hot pepper paste. Ingredients: corn syrup, wheat flour, red pepper powder (12%), water, rice, salt, fermented soybean powder, alcohol, onion, garlic, koji (wheat, soybean).", "corn sugar wheat soy", ""),
    ("label", "Lea & Perrins Worcestershire Sauce. Ingredients: Malt Vinegar (from Barley), Spirit Vinegar, Molasses, Sugar, Salt, Anchovies (Fish), Tamarind Extract, Onions, Garlic, Spice, Flavouring.", "sugar", "wheat corn"),  # malt vinegar; spirit vinegar source unknown
    ("label", "Bakery sourdough loaf. Ingredients: sourdough (wheat flour, water, salt), water, wholemeal rye flour, sea salt. Allergens: wheat, rye (gluten).", "wheat", ""),
    ("label", "Ryvita Original Crispbread, high fibre. Ingredients: Wholegrain Rye Flour (97%), Salt. May contain: wheat, barley, oats, sesame.", "", "wheat"),
    ("label", "Genius Gluten Free Seeded Brown Bread. Ingredients: Water, Tapioca Starch, Rice Flour, Potato Starch, Seed Mix (Brown Linseed, Millet, Sunflower Seeds, Golden Linseed) (8%), Rapeseed Oil, Psyllium Husk Powder, Egg White, Dried Yeast, Thickener: Hydroxypropyl Methylcellulose, Sugar, Salt, Sugar Beet Fibre, Molasses, Preservative: Calcium Propionate.", "sugar", ""),  # all starches qualified; no wheat
    ("label", "Gluten free white sliced loaf, suitable for coeliacs. Ingredients: water, wheat starch (gluten free), rice flour, sunflower oil, yeast, thickener (hydroxypropyl methylcellulose), salt, dextrose. Contains: wheat (gluten removed).", "wheat sugar", "corn"),  # Codex wheat starch is still wheat
    ("label", "Scottish rough oatcakes. Ingredients: wholegrain oats (84%), sustainable palm fruit oil, sea salt, raising agent: sodium bicarbonate. May contain: wheat, milk.", "", "wheat dairy"),
    ("label", "Maple Pecan Crunch Granola. Ingredients: whole grain rolled oats, cane sugar, sunflower oil, pecans (8%), maple syrup, crisp rice (rice flour, sugar, salt), honey, sea salt, natural flavor. Contains: pecans. May contain: wheat, milk, soy.", "sugar", "wheat dairy soy"),
    ("label", "FAGE Total 0% Greek Strained Yoghurt. Ingredients: Pasteurised skimmed milk, live active yoghurt cultures (L. bulgaricus, S. thermophilus).", "dairy", ""),
    ("label", "Strawberry Yogurt 4 x 125g. Ingredients: Yogurt (Milk), Strawberries (10%), Sugar, Modified Maize Starch, Concentrated Lemon Juice, Flavouring, Colour: Carmine.", "dairy sugar corn", ""),  # maize starch is qualified: no wheat
    ("label", "Kids' Strawberry Fromage Frais, no added sugar. Ingredients: Fromage frais (milk), apple juice concentrate, strawberry puree (6%), calcium phosphate, natural flavouring.", "dairy", "sugar"),  # juice concentrate
    ("label", "The Coconut Collaborative Natural Coconut Yog, dairy free. Ingredients: Coconut Cream (98%), Tapioca Starch, Live Vegan Cultures.", "", ""),
    ("label", "Ben & Jerry's Chocolate Fudge Brownie. INGREDIENTS: CREAM, SKIM MILK, LIQUID SUGAR (SUGAR, WATER), WATER, SUGAR, WHEAT FLOUR, COCOA (PROCESSED WITH ALKALI), EGGS, BUTTER (CREAM, SALT), COCOA, EGG YOLKS, SOYBEAN OIL, GUAR GUM, VANILLA EXTRACT, SALT, SOY LECITHIN, CARRAGEENAN.", "dairy sugar wheat soy", ""),
    ("label", "Oatly Chocolate Frozen Oat Dessert, dairy free. Ingredients: Oat base (water, oats), sugar, coconut fat, rapeseed oil, glucose, fat-reduced cocoa powder (3%), emulsifier (sunflower lecithin), stabilisers (guar gum, locust bean gum), salt.", "sugar", "wheat corn"),  # oats; glucose may be corn-derived
    ("label", "Coffee mate Original Powdered Creamer. INGREDIENTS: CORN SYRUP SOLIDS, HYDROGENATED VEGETABLE OIL (COCONUT AND/OR PALM KERNEL AND/OR SOYBEAN), SODIUM CASEINATE (A MILK DERIVATIVE)**, MONO- AND DIGLYCERIDES, DIPOTASSIUM PHOSPHATE, ARTIFICIAL FLAVOR, ANNATTO COLOR. **NOT A SOURCE OF LACTOSE.", "corn sugar dairy", "soy"),  # non-dairy creamer with caseinate
    ("label", "Domino Confectioners Powdered Sugar 10-X. Ingredients: sugar, cornstarch.", "sugar corn", ""),
    ("label", "Tate & Lyle Icing Sugar. Ingredients: Sugar, Anti-caking Agent (Tricalcium Phosphate).", "sugar", ""),
    ("label", "Dr. Oetker Baking Powder. Ingredients: Raising Agents (Disodium Diphosphate, Sodium Hydrogen Carbonate), Maize Starch.", "corn", ""),
    ("label", "Brown & Polson Cornflour. Ingredients: Maize Starch.", "corn", ""),  # UK cornflour = cornstarch
    ("label", "Bob's Red Mill Medium Grind Cornmeal. Ingredients: Whole grain corn. Manufactured in a facility that also uses tree nuts, soy and wheat.", "corn", "soy wheat"),
    ("label", "Instant Polenta, ready in 1 minute. Ingredients: precooked maize meal.", "corn", ""),
    ("label", "MASECA Instant Corn Masa Flour. Ingredients: Corn treated with lime, traces of lime. Gluten free.", "corn", ""),
    ("label", "Mission White Corn Tortillas. Ingredients: Corn Masa Flour, Water, Contains 2% or less of: Cellulose Gum, Propionic Acid, Benzoic Acid, Phosphoric Acid, Guar Gum, Amylase.", "corn", ""),
    ("label", "Old El Paso Regular Flour Tortillas. Ingredients: Wheat Flour (with Calcium, Iron, Niacin, Thiamin), Water, Palm Oil, Humectant (Glycerol), Raising Agents (Disodium Diphosphate, Sodium Carbonates), Acid (Citric Acid), Sugar, Salt, Preservative (Calcium Propionate).", "wheat sugar", "corn"),
    ("label", "Barilla Spaghetti n.5. Ingredients: durum wheat semolina, water. May contain traces of soy.", "wheat", "soy"),
    ("label", "Amoy Medium Egg Noodles. Ingredients: Wheat Flour, Egg (8%), Salt, Acidity Regulator (Potassium Carbonate).", "wheat", ""),
    ("label", "Soba noodles. Ingredients: wheat flour, buckwheat flour (30%), salt.", "wheat", ""),
    ("label", "Frozen Sanuki Udon, 5 portions. Ingredients: wheat flour, water, salt, modified tapioca starch, acidity regulator (lactic acid).", "wheat", ""),
    ("label", "Spelt & Honey Sourdough, wheat free. Ingredients: spelt flour (94%), water, honey, sea salt, yeast.", "wheat", "sugar"),  # spelt IS wheat despite the claim; honey possible sugar
    ("label", "Moroccan Spiced Cous Cous. Ingredients: Couscous (Durum Wheat Semolina) (88%), Dried Onion, Salt, Sugar, Yeast Extract, Sunflower Oil, Spices (Cumin, Coriander, Cinnamon), Parsley.", "wheat sugar", ""),
    ("label", "Coarse Bulgur Wheat 500g. Ingredients: 100% bulgur wheat.", "wheat", ""),
    ("label", "Marinated Seitan Pieces. Ingredients: vital wheat gluten, water, tamari (water, soybeans, salt), garlic, ginger, kombu.", "wheat soy", ""),
    ("label", "Cauldron Original Organic Tofu. Ingredients: Water, Soya Beans (43%), Firming Agent: Calcium Sulphate.", "soy", ""),
    ("label", "Organic Tempeh. Ingredients: soybeans, water, brown rice, apple cider vinegar, tempeh culture.", "soy", ""),
    ("label", "Frozen Shelled Edamame Beans. Ingredients: soybeans (100%).", "soy", ""),
    ("label", "Soya Mince (TVP). Ingredients: Defatted soya flour.", "soy", ""),
    ("label", "Garden Veggie Patties. INGREDIENTS: COOKED BROWN RICE, ONIONS, ROLLED OATS, HYDROLYZED VEGETABLE PROTEIN, CORN STARCH, CARROTS, CHEESE (PASTEURIZED MILK, CHEESE CULTURES, SALT, ENZYMES), EGG WHITES, GARLIC, SPICES. CONTAINS: MILK, EGG.", "dairy corn", "wheat soy"),  # oats + HVP
    ("label", "Crisco Pure Vegetable Oil. Ingredients: Soybean Oil.", "soy", ""),
    ("label", "Tesco Vegetable Oil 1L. Ingredients: Rapeseed Oil.", "", ""),  # vegetable oil that is named
    ("label", "Walkers Ready Salted Crisps. Ingredients: Potatoes, Vegetable Oils (Sunflower, Rapeseed, in varying proportions), Salt (1.4%).", "", ""),
    ("label", "Mission Tortilla Triangles. Ingredients: Ground white corn, vegetable oil (contains one or more of the following: corn, soybean, sunflower, canola), salt, trace of lime.", "corn", "soy"),  # 'one or more of' soybean
    ("label", "SkinnyPop Original Popcorn. Dairy free, gluten free. Ingredients: Popcorn, Sunflower Oil, Salt.", "corn", ""),
    ("label", "Microwave Butter Popcorn. INGREDIENTS: POPCORN, PALM OIL, SALT, NATURAL AND ARTIFICIAL FLAVOR, COLOR (ANNATTO, TURMERIC), TBHQ. CONTAINS: MILK.", "corn dairy", ""),
    ("label", "Karo Light Corn Syrup with Real Vanilla. Ingredients: Corn Syrup, Salt, Vanilla.", "corn sugar", ""),
    ("label", "Pure Canadian Maple Syrup, Grade A Amber Rich Taste. Ingredients: 100% pure maple syrup.", "", "sugar"),
    ("label", "Raw Manuka Honey MGO 263+. Ingredients: 100% New Zealand manuka honey.", "", "sugar"),
    ("label", "Mrs. Butterworth's Original Syrup. INGREDIENTS: CORN SYRUP, HIGH FRUCTOSE CORN SYRUP, WATER, CELLULOSE GUM, SALT, NATURAL AND ARTIFICIAL FLAVORS, CARAMEL COLOR, SODIUM HEXAMETAPHOSPHATE, SORBIC ACID, CITRIC ACID.", "corn sugar", "dairy"),  # natural flavors in a sweet; no butter
    ("label", "Organic Blue Agave Nectar, light. Ingredients: organic blue agave syrup.", "sugar", ""),
    ("label", "Organic Coconut Sugar. Ingredients: 100% coconut blossom nectar sugar.", "sugar", ""),
    ("label", "RXBAR Chocolate Sea Salt. Ingredients: Dates, Egg Whites, Cashews, Almonds, Chocolate, Cocoa, Sea Salt, Natural Flavors. Contains: egg, almonds, cashews. May contain peanuts, soy, milk.", "", "sugar dairy soy"),  # 'chocolate' may be sweetened; may-contain
    ("label", "Larabar Cashew Cookie fruit & nut bar. Ingredients: cashews, dates.", "", ""),
    ("label", "Quest Protein Bar Chocolate Chip Cookie Dough. INGREDIENTS: PROTEIN BLEND (MILK PROTEIN ISOLATE, WHEY PROTEIN ISOLATE), SOLUBLE CORN FIBER, ALMONDS, ERYTHRITOL, WATER, COCOA BUTTER, NATURAL FLAVORS, SEA SALT, SUCRALOSE, STEVIOL GLYCOSIDES. CONTAINS MILK AND ALMONDS.", "dairy corn", ""),  # erythritol/sucralose/stevia are not sugar
    ("label", "Extra Spearmint Sugarfree Gum. Ingredients: Sweeteners (Sorbitol, Maltitol, Mannitol, Aspartame, Acesulfame K), Gum Base, Humectant (Glycerol), Flavourings, Thickener (Gum Arabic), Emulsifier (Soya Lecithin), Glazing Agent (Carnauba Wax), Colour (E171). Sugar free.", "soy", "corn dairy"),  # sorbitol; flavourings in confectionery
    ("label", "Hartley's No Added Sugar Strawberry Jelly Pot. Ingredients: Water, Gelling Agents (Carrageenan, Locust Bean Gum), Acidity Regulators (Adipic Acid, Sodium Citrates, Potassium Citrate), Sweeteners (Aspartame, Acesulfame K), Flavouring, Colour (Anthocyanins).", "", "dairy"),  # flavouring in a sweet dessert: possible only
    ("label", "Tropicana Orange Juice with Bits, not from concentrate, no added sugar. Ingredients: 100% pressed oranges.", "", "sugar"),  # juice is 'free sugar' to some dietitians
    ("label", "Robinsons Orange Squash No Added Sugar. Ingredients: Water, Orange Fruit from Concentrate (14%), Citric Acid, Acidity Regulator (Sodium Citrate), Sweeteners (Sucralose, Acesulfame K), Preservatives (Potassium Sorbate, Sodium Metabisulphite), Natural Orange Flavouring, Stabiliser (Cellulose Gum), Colour (Carotenes).", "", "sugar corn"),  # concentrate; citric acid
    ("label", "Alpro Almond Original. Ingredients: Water, Sugar, Almond (2.3%), Calcium (Tricalcium Phosphate), Sea Salt, Stabilisers (Locust Bean Gum, Gellan Gum), Emulsifier (Lecithins (Sunflower)), Vitamins (Riboflavin, B12, E, D2).", "sugar", ""),
    ("label", "Rice Dream Original Rice Drink. Ingredients: Filtered Water, Brown Rice (Partially Milled), Expeller Pressed Canola Oil and/or Safflower Oil and/or Sunflower Oil, Tricalcium Phosphate, Sea Salt, Vitamin A Palmitate, Vitamin D2, Vitamin B12.", "", ""),
    ("label", "Silk Original Soymilk, dairy free. INGREDIENTS: SOYMILK (FILTERED WATER, SOYBEANS), CANE SUGAR, VITAMIN AND MINERAL BLEND (CALCIUM CARBONATE, VITAMIN A PALMITATE, VITAMIN D2, RIBOFLAVIN [B2], VITAMIN B12), SEA SALT, NATURAL FLAVOR, GELLAN GUM, ASCORBIC ACID. CONTAINS: SOY.", "soy sugar", ""),
    ("label", "Thai Kitchen Organic Unsweetened Coconut Milk. Ingredients: Organic coconut, water, guar gum.", "", ""),
    ("label", "Carnation Evaporated Milk. Ingredients: Milk, Dipotassium Phosphate, Carrageenan, Vitamin D3.", "dairy", ""),
    ("label", "Sweetened Condensed Milk 397g. Ingredients: whole milk, sugar.", "dairy sugar", ""),
    ("label", "Pure Cow Ghee, lactose free, casein free. Ingredients: Clarified butter (milk).", "dairy", ""),  # still dairy
    ("label", "LACTAID 2% Reduced Fat Milk, 100% lactose free. INGREDIENTS: REDUCED FAT MILK, LACTASE ENZYME, VITAMIN A PALMITATE, VITAMIN D3.", "dairy", ""),
    ("label", "Biotiful Original Kefir. Ingredients: Pasteurised cows' milk, live kefir cultures.", "dairy", ""),
    ("label", "Fresh Paneer 200g. Ingredients: Pasteurised whole milk, acidity regulator (citric acid).", "dairy", "corn"),
    ("label", "Kerrygold Pure Irish Butter. Ingredients: Pasteurized Cream, Salt.", "dairy", ""),
    ("label", "Flora Original Spread, 100% plant-based, dairy free. Ingredients: Plant Oils in varying proportions (Sunflower, Rapeseed, Linseed, Palm), Water, Salt (1.3%), Faba Bean Preparation, Emulsifier (Sunflower Lecithin), Natural Flavouring, Vitamins A and D, Colour (Carotenes).", "", ""),
    ("label", "Earth Balance Original Buttery Spread, dairy free. Ingredients: Natural Oil Blend (Palm Fruit, Canola, Soybean, Flax and Olive Oils), Water, contains less than 2% of Salt, Natural Flavor, Pea Protein, Sunflower Lecithin, Lactic Acid (non-dairy), Naturally Extracted Annatto Color.", "soy", ""),  # soybean oil named
    ("label", "Cathedral City Mature Cheddar. Ingredients: Cheddar cheese (milk).", "dairy", ""),
    ("label", "Parmigiano Reggiano DOP, aged 24 months. Ingredients: milk, salt, rennet.", "dairy", ""),
    ("label", "Sacla Classic Basil Pesto. Ingredients: Basil (38%), Sunflower Seed Oil, Grana Padano Cheese (contains Milk, Egg Lysozyme) (9%), Cashew Nuts, Extra Virgin Olive Oil, Glucose, Salt, Pine Kernels, Acidity Regulator: Lactic Acid, Garlic.", "dairy sugar", "corn"),  # glucose
    ("label", "Vegan Basil Pesto, dairy free. Ingredients: basil (40%), sunflower oil, cashew nuts, nutritional yeast, lemon juice, garlic, salt.", "", ""),
    ("label", "Sabra Classic Hummus. Ingredients: Cooked Chickpeas, Tahini (Ground Sesame), Soybean Oil, Garlic, Salt, Citric Acid, Potassium Sorbate.", "soy", "corn"),
    ("label", "Falafel mix, just add water. Ingredients: ground dried chickpeas, wheat flour, dried onion, parsley, salt, cumin, coriander, raising agent (sodium bicarbonate).", "wheat", ""),
    ("label", "White Pitta Breads x6. Ingredients: Wheat Flour (with Calcium, Iron, Niacin, Thiamin), Water, Yeast, Salt, Sugar, Vegetable Oil.", "wheat sugar", "corn soy"),  # unqualified vegetable oil
    ("label", "Garlic & Coriander Naan Breads. Ingredients: Wheat Flour, Water, Yogurt (Milk), Rapeseed Oil, Sugar, Garlic (3%), Coriander, Salt, Raising Agents (Disodium Diphosphate, Sodium Bicarbonate), Yeast, Butter (Milk).", "wheat dairy sugar", ""),
    ("label", "Wholemeal Chapatis x8. Ingredients: Wholemeal Wheat Flour, Water, Sunflower Oil, Salt.", "wheat", ""),
    ("label", "iD Fresh Idli & Dosa Batter. Ingredients: rice, urad dal (black gram), fenugreek seeds, salt, water. No preservatives.", "", ""),
    ("label", "Traditional Injera (4 pieces). Ingredients: teff flour, barley flour, water, yeast.", "", "wheat"),  # barley
    ("label", "100% Teff Injera, gluten free. Ingredients: teff flour, water, salt.", "", ""),
    ("label", "Tempura Batter Mix. Ingredients: wheat flour, corn starch, raising agents (sodium bicarbonate, sodium acid pyrophosphate), dried egg yolk.", "wheat corn", ""),
    ("label", "Kikkoman Panko Japanese Style Bread Crumbs. Ingredients: Wheat Flour, Dextrose, Yeast, Salt.", "wheat sugar", "corn"),
    ("label", "Chicken & Vegetable Gyoza, 20 pieces. Ingredients: wrapper (wheat flour, water, tapioca starch, salt), chicken (30%), cabbage, onion, soy sauce (water, soybeans, wheat, salt), sesame oil, sugar, ginger, garlic, white pepper.", "wheat soy sugar", ""),
    ("label", "Instant Ramen, Chicken Flavour. Ingredients: Noodles (wheat flour, palm oil, salt, soy sauce (water, soybeans, wheat, salt), acidity regulators, thickener (guar gum)), Soup Base (salt, maltodextrin, sugar, hydrolysed soy protein, chicken powder, onion powder, garlic powder, colour (caramel), flavour enhancers). Contains: wheat, soy.", "wheat soy sugar", "corn"),  # maltodextrin, caramel
    ("label", "Japanese Curry Sauce Mix, medium hot. Ingredients: wheat flour, palm oil, salt, sugar, curry powder, starch, skimmed milk powder, onion powder, soy sauce powder (soybeans, wheat, salt), spices, colour (caramel), flavour enhancer (E621). Contains: wheat, milk, soy.", "wheat dairy soy sugar", "corn"),  # starch, caramel
    ("label", "Kikkoman Teriyaki Marinade & Sauce. Ingredients: Soy Sauce (Water, Wheat, Soybeans, Salt), Wine, Sugar, Water, Vinegar, Salt, Spices, Onion Powder, Succinic Acid, Garlic Powder, Sodium Benzoate.", "soy wheat sugar", "corn"),  # vinegar source
    ("label", "Mae Ploy Sweet Chilli Sauce. Ingredients: sugar, water, red chilli (12%), garlic, salt, vinegar.", "sugar", "corn"),
    ("label", "Red Boat 40N Premium Fish Sauce. Ingredients: anchovy, sea salt.", "", ""),
    ("label", "Lee Kum Kee Premium Oyster Sauce. Ingredients: Oyster Extractives (Oyster, Water, Salt), Sugar, Salt, Modified Corn Starch, Wheat Flour, Caramel Color.", "sugar corn wheat", ""),
    ("label", "Knorr Chicken Stock Cubes. Ingredients: Salt, Palm Fat, Flavour Enhancers (Monosodium Glutamate, Disodium Inosinate), Sugar, Potato Starch, Chicken Fat (4%), Yeast Extract, Dried Chicken (1%), Maltodextrin, Flavouring, Colour (Plain Caramel), Dried Parsley. May contain: celery, wheat, milk, egg, mustard.", "sugar", "corn wheat dairy"),
    ("label", "Chicken Flavor Bouillon Cubes. INGREDIENTS: SALT, MONOSODIUM GLUTAMATE, HYDROLYZED VEGETABLE PROTEIN, PALM OIL, CORN SYRUP SOLIDS, CHICKEN FAT, ONION POWDER, TURMERIC, DISODIUM GUANYLATE.", "corn sugar", "wheat soy"),  # HVP
    ("label", "Bisto Best Beef Gravy Granules. Ingredients: Potato Starch, Maltodextrin, Salt, Colour (E150c), Palm Oil, Flavourings (contain Wheat, Barley), Emulsifier (Soya Lecithin), Beef Extract.", "wheat soy", "corn sugar"),
    ("label", "Erdinger Weissbier. Ingredients: Water, Wheat Malt, Barley Malt, Hops, Yeast.", "wheat", ""),
    ("label", "Budweiser Lager Beer, 5% ABV. Ingredients: Water, Barley Malt, Rice, Hops.", "", "wheat"),
    ("label", "Guinness Draught Stout. Ingredients: Water, Malted Barley, Roasted Barley, Flaked Barley, Hops, Yeast.", "", "wheat"),
    ("label", "Sarson's Malt Vinegar. Ingredients: Malt Vinegar (from Barley).", "", "wheat"),
    ("label", "Horlicks Original Malted Drink. Ingredients: Malted Barley (41%), Wheat Flour (30%), Dried Whey (Milk), Dried Skimmed Milk, Sugar, Palm Oil, Calcium Carbonate, Salt, Vitamins and Minerals.", "wheat dairy sugar", ""),
    ("label", "Ovaltine Classic Malt. INGREDIENTS: BARLEY MALT EXTRACT, SUGAR, WHEY (FROM MILK), DEXTROSE, MAGNESIUM CARBONATE, CALCIUM PHOSPHATE, CARAMEL COLOR, SALT, SOY LECITHIN, VITAMINS. CONTAINS: MILK, SOY, BARLEY.", "sugar dairy soy", "wheat corn"),
    ("label", "Green & Black's Organic 85% Dark Chocolate. Ingredients: Cocoa Mass, Cocoa Butter, Raw Cane Sugar, Vanilla Extract. Cocoa solids 85% minimum. May contain milk.", "sugar", "dairy"),
    ("label", "Raw Cacao Powder, organic. Ingredients: 100% raw cacao.", "", ""),
    ("label", "Cadbury Dairy Milk. Ingredients: Milk, Sugar, Cocoa Butter, Cocoa Mass, Vegetable Fats (Palm, Shea), Emulsifier (E442), Flavourings. Milk Solids 20% minimum.", "dairy sugar", ""),  # E442 is not soy
    ("label", "White Chocolate Buttons. Ingredients: Sugar, Cocoa Butter, Whole Mi\u00adlk Powder, Emulsifier: Soya Lecithin, Natural Vanilla Flavouring.", "sugar dairy soy", ""),  # soft hyphen inside milk
    ("label", "Nougat de Montelimar. Ingredients: honey, sugar, almonds (28%), glucose syrup, pistachios, egg white, wafer paper (potato starch, water, sunflower oil).", "sugar", "corn dairy"),  # nougat: possible dairy; glucose syrup
    ("label", "Brach's Classic Candy Corn. Ingredients: Sugar, Corn Syrup, Confectioner's Glaze, Salt, Dextrose, Gelatin, Sesame Oil, Artificial Flavor, Honey, Yellow 6, Yellow 5, Red 3.", "sugar corn", ""),
    ("label", "Jet-Puffed Marshmallows. INGREDIENTS: CORN SYRUP, SUGAR, DEXTROSE, MODIFIED CORNSTARCH, WATER, CONTAINS LESS THAN 2% OF GELATIN, TETRASODIUM PYROPHOSPHATE, NATURAL AND ARTIFICIAL FLAVOR, BLUE 1.", "sugar corn", "dairy"),  # natural flavor in a sweet
    ("label", "Lotus Biscoff Original Caramelised Biscuits. Ingredients: Wheat Flour, Sugar, Vegetable Oils (Palm, Rapeseed), Candy Sugar Syrup, Raising Agent (Sodium Hydrogen Carbonate), Soya Flour, Salt, Cinnamon.", "wheat sugar soy", ""),
    ("label", "McVitie's Digestives The Original. Ingredients: Wheat Flour (39%), Vegetable Oil (Palm), Wholemeal Wheat Flour (21%), Sugar, Glucose-Fructose Syrup, Raising Agents (Sodium Bicarbonate, Malic Acid), Salt. May contain milk.", "wheat sugar", "corn dairy"),
    ("label", "Walkers Pure Butter Shortbread Fingers. Ingredients: Wheat Flour, Butter (Milk) (33%), Sugar, Salt.", "wheat dairy sugar", ""),
    ("label", "Anzac Biscuits, baked in Australia. Ingredients: Rolled Oats (29%), Wheat Flour, Sugar, Golden Syrup, Butter (Milk), Desiccated Coconut, Bicarbonate of Soda. Contains: gluten (wheat, oats), milk.", "wheat dairy sugar", ""),
    ("label", "Honey Nut Cheerios (Canada). Ingredients: Whole grain oats, sugar, oat bran, modified corn starch, honey, golden syrup, salt, tripotassium phosphate, canola oil, natural almond flavour, vitamin E.", "sugar corn", "wheat dairy"),  # oats not labelled gluten-free; flavour in a sweet cereal
    ("label", "Arnott's Tim Tam Original. Ingredients: Sugar, Vegetable Oil, Wheat Flour, Milk Solids, Cocoa, Golden Syrup, Cocoa Mass, Emulsifiers (Soy Lecithin, 476), Salt, Flavour, Baking Soda. Contains: wheat, milk, soy.", "wheat dairy sugar soy", "corn"),  # unqualified vegetable oil
    ("label", "Traditional Rolled Oats 750g. Ingredients: Wholegrain Rolled Oats (100%). Contains gluten.", "", "wheat"),
    ("label", "Kettle Cooked Potato Chips, Sea Salt & Vinegar. Ingredients: potatoes, canola oil, seasoning (maltodextrin [corn], sea salt, sodium diacetate, citric acid, malic acid).", "corn", "sugar"),  # maltodextrin named as corn
    ("label", "Walkers Salt & Vinegar Crisps. Ingredients: Potatoes, Vegetable Oils (Sunflower, Rapeseed, in varying proportions), Salt & Vinegar Seasoning (Flavouring, Salt, Lactose (from Milk), Acid (Citric Acid, Malic Acid), Dextrose, Potassium Chloride).", "dairy sugar", "corn"),
    ("label", "Sweet Baby Ray's Original Barbecue Sauce. Ingredients: High Fructose Corn Syrup, Distilled Vinegar, Tomato Paste, Modified Food Starch, Contains less than 2% of Salt, Pineapple Juice Concentrate, Natural Smoke Flavor, Spices, Caramel Color, Sodium Benzoate, Molasses, Corn Syrup, Garlic, Sugar, Tamarind, Natural Flavor.", "sugar corn", "wheat"),  # modified food starch
    ("label", "Hellmann's Real Mayonnaise. INGREDIENTS: SOYBEAN OIL, WATER, WHOLE EGGS AND EGG YOLKS, VINEGAR, SALT, SUGAR, LEMON JUICE CONCENTRATE, CALCIUM DISODIUM EDTA, NATURAL FLAVORS. CONTAINS: EGG.", "soy sugar", "corn"),
    ("label", "Fat Free Honey Mustard Dressing. Ingredients: water, honey, sugar, mustard (vinegar, mustard seed, salt), distilled vinegar, modified food starch, salt, xanthan gum, natural flavor.", "sugar", "wheat corn"),
    ("label", "Hidden Valley Original Ranch Dressing. INGREDIENTS: VEGETABLE OIL (SOYBEAN AND/OR CANOLA), WATER, EGG YOLK, SUGAR, SALT, CULTURED NONFAT BUTTERMILK, NATURAL FLAVORS (SOY), LESS THAN 1% OF: SPICES, DRIED GARLIC, DRIED ONION, VINEGAR, PHOSPHORIC ACID, XANTHAN GUM, MODIFIED FOOD STARCH, MONOSODIUM GLUTAMATE, ARTIFICIAL FLAVORS, DISODIUM PHOSPHATE, SORBIC ACID. CONTAINS: EGG, MILK, SOY.", "dairy sugar soy", "corn wheat"),
    ("label", "Wonder Classic White Bread. INGREDIENTS: ENRICHED WHEAT FLOUR (FLOUR, BARLEY MALT, FERROUS SULFATE, NIACIN, THIAMIN MONONITRATE, RIBOFLAVIN, FOLIC ACID), WATER, SUGAR, CONTAINS 2% OR LESS OF: YEAST, SOYBEAN OIL, SALT, WHEAT GLUTEN, CALCIUM PROPIONATE, MONOGLYCERIDES, SOY LECITHIN. CONTAINS: WHEAT, SOY.", "wheat sugar soy", ""),
    ("label", "New York Style Plain Bagels, 6 pack. Ingredients: enriched unbleached flour (wheat flour, malted barley flour, niacin, reduced iron, thiamine mononitrate, riboflavin, folic acid), water, sugar, salt, yeast, malt syrup.", "wheat sugar", ""),
    ("label", "JIFFY Corn Muffin Mix. INGREDIENTS: WHEAT FLOUR, DEGERMINATED YELLOW CORN MEAL, SUGAR, ANIMAL SHORTENING (LARD, HYDROGENATED LARD, BHT, CITRIC ACID), CONTAINS 2% OR LESS OF: BAKING SODA, SODIUM ACID PYROPHOSPHATE, SALT, MONOCALCIUM PHOSPHATE, NIACIN, REDUCED IRON. CONTAINS: WHEAT. MAY CONTAIN: MILK, SOY, EGG.", "wheat corn sugar", "dairy soy"),
    ("label", "Birds Eye 10 Cod Fish Fingers. Ingredients: Cod (58%), Breadcrumb Coating (Wheat Flour, Water, Salt, Yeast, Paprika, Turmeric), Rapeseed Oil, Wheat Flour, Potato Starch, Salt.", "wheat", ""),
    ("label", "Chicken McNuggets (US). Ingredients: White Boneless Chicken, Water, Vegetable Oil (Canola Oil, Corn Oil, Soybean Oil, Hydrogenated Soybean Oil), Enriched Flour (Bleached Wheat Flour, Niacin, Reduced Iron, Thiamine Mononitrate, Riboflavin, Folic Acid), Bleached Wheat Flour, Yellow Corn Flour, Vegetable Starch (Modified Corn, Wheat, Rice, Pea, Corn), Salt, Leavening, Spices, Yeast Extract, Lemon Juice Solids, Dextrose, Natural Flavors. CONTAINS: WHEAT.", "wheat corn soy sugar", ""),
    ("label", "World Famous Fries (US). Ingredients: Potatoes, Vegetable Oil (Canola Oil, Corn Oil, Soybean Oil, Hydrogenated Soybean Oil, Natural Beef Flavor [Wheat and Milk Derivatives]), Dextrose, Sodium Acid Pyrophosphate (Maintain Color), Salt. CONTAINS: WHEAT, MILK.", "wheat dairy corn soy sugar", ""),
    ("label", "Bonsoy Soy Milk. Ingredients: Water, Whole Organic Soybeans (min 13%), Tapioca Syrup, Raw Cane Sugar, Kombu, Calcium Carbonate, Sea Salt.", "soy sugar", ""),  # tapioca syrup: not corn
    ("label", "Dempster's Original 100% Whole Wheat Bread. Ingredients: Whole wheat flour, water, sugar/glucose-fructose, yeast, wheat gluten, vegetable oil (canola and/or soybean), salt, vinegar, calcium propionate. Contains: wheat, soy. May contain: sesame seeds.", "wheat sugar soy", "corn"),  # Canadian glucose-fructose
    ("label", "Kraft Dinner Original Macaroni & Cheese (Canada). Ingredients: Enriched wheat flour, cheese sauce mix (modified milk ingredients, salt, sodium phosphate, calcium phosphate, colour, lactic acid). Contains: wheat, milk.", "wheat dairy", ""),
    ("label", "Bird's Original Custard Powder. Ingredients: Cornflour, Salt, Flavouring, Colour (Annatto Norbixin).", "corn", ""),  # custard powder contains no milk
    ("label", "Jell-O Vanilla Instant Pudding & Pie Filling. INGREDIENTS: SUGAR, MODIFIED CORNSTARCH, CONTAINS LESS THAN 2% OF DISODIUM PHOSPHATE, TETRASODIUM PYROPHOSPHATE, SALT, ARTIFICIAL FLAVOR, MONO- AND DIGLYCERIDES, YELLOW 5, YELLOW 6, BHA.", "sugar corn", ""),
    ("label", "Campbell's Condensed Cream of Mushroom Soup. INGREDIENTS: WATER, MUSHROOMS, VEGETABLE OIL (CORN, CANOLA, AND/OR SOYBEAN), MODIFIED FOOD STARCH, WHEAT FLOUR, CREAM, CONTAINS LESS THAN 2% OF: SALT, DRIED WHEY, SOY PROTEIN CONCENTRATE, MONOSODIUM GLUTAMATE, YEAST EXTRACT, SPICE EXTRACT, DEHYDRATED GARLIC. CONTAINS: WHEAT, MILK, SOY.", "wheat dairy soy", "corn"),
    ("label", "Gatorade Thirst Quencher Lemon-Lime. INGREDIENTS: WATER, SUGAR, DEXTROSE, CITRIC ACID, SALT, SODIUM CITRATE, MONOPOTASSIUM PHOSPHATE, GUM ARABIC, NATURAL FLAVOR, GLYCEROL ESTER OF ROSIN, YELLOW 5.", "sugar", "corn"),
    ("label", "Coca-Cola Classic. INGREDIENTS: CARBONATED WATER, HIGH FRUCTOSE CORN SYRUP, CARAMEL COLOR, PHOSPHORIC ACID, NATURAL FLAVORS, CAFFEINE.", "sugar corn", ""),
    ("label", "GT's Synergy Raw Kombucha, Trilogy. Ingredients: raw kombucha, cold-pressed raspberry juice, lemon juice, ginger juice.", "", "sugar"),  # fermented with sugar; residual
    ("label", "Fever-Tree Premium Indian Tonic Water. Ingredients: Spring Water, Cane Sugar, Citric Acid, Natural Flavours, Natural Quinine.", "sugar", "corn"),
    ("label", "Wholesome Organic Powdered Sugar, corn free. Ingredients: organic cane sugar, organic tapioca starch.", "sugar", ""),
    ("label", "Fruit Snacks, Mixed Berry. INGREDIENTS: FRUIT PUREE (GRAPE, PEACH, ORANGE, STRAWBERRY, RASPBERRY), CORN SYRUP, SUGAR, MODIFIED CORN STARCH, GELATIN, CITRIC ACID, LACTIC ACID, NATURAL FLAVORS, ASCORBIC ACID, SODIUM CITRATE, CARNAUBA WAX, ANNATTO, TURMERIC.", "sugar corn", "dairy"),
    ("label", "Alphonso Mango Sorbet, dairy free. Ingredients: water, sugar, mango puree (35%), dextrose, lemon juice, stabiliser (locust bean gum).", "sugar", "corn"),
    ("label", "Gluten Free Wraps x6. Ingredients: Water, Tapioca Starch, Potato Starch, Rice Flour, Sunflower Oil, Psyllium Husk, Modified Starch, Humectant (Glycerol), Salt, Sugar, Raising Agents.", "sugar", "corn"),  # modified starch unqualified; GF claim rules out wheat
    ("label", "Uncle Ben's Ready Rice Long Grain. Ingredients: steamed long grain parboiled rice (97%), sunflower oil, salt.", "", ""),
    ("label", "Australian Kids' Yoghurt Pouch. Ingredients: Milk, Milk Solids, Sugar, Strawberry (6%), Thickener (1442), Gelatine, Live Cultures. Contains: milk.", "dairy sugar", "corn wheat"),  # 1442 = hydroxypropyl distarch phosphate, source unstated
    ("label", "Chocolate chip cookies. Ingredients: Wheat flour, chocolate chips (sugar, cocoa mass, cocoa butter, emulsifier (322)), brown sugar, butter, egg, invert sugar syrup, raising agent (500), salt. Contains: wheat, milk, egg.", "wheat sugar dairy", "soy"),  # 322 = lecithin, unqualified

    # ------------------------------------------------------------------ traps
    ("trap", "steak w/ cracked black peppercorns + side salad", "", ""),
    ("trap", "ribeye w/ green peppercorn sauce", "dairy", ""),  # the sauce is cream-based; peppercorn is not corn
    ("trap", "corned beef and cabbage", "", ""),
    ("trap", "corned beef hash w/ a fried egg", "", ""),
    ("trap", "roast cornish hen w/ lemon + thyme", "", ""),
    ("trap", "baked acorn squash w/ olive oil and sage", "", ""),
    ("trap", "unicorn frappuccino", "dairy sugar", ""),  # not corn
    ("trap", "cornichons w/ cold roast chicken", "", ""),
    ("trap", "popcorn chicken", "wheat", "dairy soy"),  # breaded chicken; no popcorn in it
    ("trap", "buckwheat galette w/ ham and egg", "", "dairy"),  # galette de sarrasin; often cooked in butter
    ("trap", "kasha w/ mushrooms and onions", "", ""),  # buckwheat groats
    ("trap", "100% buckwheat juwari soba w/ gluten-free tamari", "soy", ""),
    ("trap", "roasted butternut squash soup made w/ coconut milk", "", ""),
    ("trap", "butter bean stew w/ tomato + spinach", "", ""),
    ("trap", "butterhead lettuce salad, lemon vinaigrette", "", ""),
    ("trap", "butter lettuce cups w/ grilled chicken", "", ""),
    ("trap", "Raw Cacao Bar. Ingredients: cacao mass, cocoa butter, coconut sugar, sea salt. Dairy free.", "sugar", ""),
    ("trap", "celery sticks w/ almond butter", "", ""),
    ("trap", "apple butter on rice cakes", "", "sugar"),  # apple butter is often sweetened; no dairy
    ("trap", "Pip & Nut Smooth Peanut Butter. Ingredients: Roasted Peanuts (99%), Sea Salt.", "", ""),
    ("trap", "Jif Creamy Peanut Butter. Ingredients: Roasted Peanuts and Sugar, contains 2% or less of: Molasses, Fully Hydrogenated Vegetable Oils (Rapeseed and Soybean), Mono and Diglycerides, Salt.", "sugar soy", ""),  # no dairy
    ("trap", "whipped coconut cream w/ strawberries", "", ""),
    ("trap", "homemade almond milk chia pudding", "", ""),
    ("trap", "milk thistle tea before bed", "", ""),
    ("trap", "sugar snap peas w/ sesame and garlic", "", ""),
    ("trap", "sugar-free jello cup", "", "corn"),  # no sugar; maltodextrin/adipic acid type base
    ("trap", "diet coke w/ lunch", "", "corn"),  # caramel colour
    ("trap", "sweet potato mash w/ olive oil", "", ""),
    ("trap", "unsweetened iced tea", "", ""),
    ("trap", "latte w/ unsweetened almond milk", "", ""),  # no cow's milk
    ("trap", "cauliflower rice w/ black beans + pico de gallo", "", ""),
    ("trap", "zucchini noodles w/ pesto", "dairy", ""),  # no wheat; pesto has parmesan
    ("trap", "spaghetti squash w/ garlic + olive oil", "", ""),
    ("trap", "rice noodle soup w/ chicken and bok choy", "", ""),
    ("trap", "rice paper rolls w/ prawns + nuoc cham", "sugar", ""),  # nuoc cham = fish sauce, lime, sugar; no wheat
    ("trap", "gluten-free toast w/ avocado", "", "wheat"),  # gf bread can use wheat starch; not definite
    ("trap", "dairy-free cheese pizza", "wheat", "sugar corn soy"),  # crust is wheat; vegan cheese starch/oils
    ("trap", "corn-free, gluten-free blueberry muffin", "sugar", "dairy"),
    ("trap", "coconut yogurt w/ kiwi", "", ""),
    ("trap", "cashew cream cheese on a rice cake", "", ""),
    ("trap", "egg cream from the diner", "dairy sugar", ""),  # milk + seltzer + chocolate syrup; no egg
    ("trap", "cream soda", "sugar", "corn"),  # no cream
    ("trap", "cream crackers w/ smoked mackerel", "wheat", ""),  # no cream in cream crackers
    ("trap", "milkfish sinigang w/ rice", "", ""),  # milkfish is a fish
    ("trap", "sweetbreads pan-fried in olive oil", "", ""),  # thymus; no bread, no sugar
    ("trap", "roasted breadfruit w/ saltfish", "", ""),
    ("trap", "fresh custard apple", "", ""),
    ("trap", "honeydew melon + prosciutto", "", ""),
    ("trap", "honeycrisp apple slices", "", ""),
    ("trap", "mango sticky rice", "sugar", ""),  # coconut milk, sugar; glutinous rice has no gluten
    ("trap", "glutinous rice balls in ginger syrup", "sugar", ""),
    ("trap", "lactose-free milk in my coffee", "dairy", ""),  # lactose-free is still dairy
    ("trap", "scrambled eggs cooked in olive oil", "", ""),
    ("trap", "vegan butter on sourdough", "wheat", "soy corn"),  # vegan spreads often contain soybean oil
    ("trap", "bread and butter pickles", "sugar", ""),  # sweet pickles; no bread or butter
    ("trap", "buckwheat honey in hot water w/ lemon", "", "sugar"),
    ("trap", "manhattan clam chowder", "", "wheat"),  # tomato-based, no cream; sometimes flour-thickened
    ("trap", "roasted sugar pumpkin soup w/ coconut milk", "", ""),
    ("trap", "steak w/ caramelized onions done in olive oil", "", ""),
    ("trap", "rice milk w/ a banana", "", ""),
    ("trap", "Cream of Tartar. Ingredients: potassium bitartrate.", "", ""),
    ("trap", "Featherweight Baking Powder, corn free, gluten free. Ingredients: monocalcium phosphate, potato starch, potassium bicarbonate.", "", ""),
    ("trap", "Princes Corned Beef. Ingredients: Beef, Salt, Preservative (Sodium Nitrite).", "", ""),
    ("trap", "Butter Beans in Water. Ingredients: Butter Beans, Water, Firming Agent (Calcium Chloride).", "", ""),
    ("trap", "Dairy-free M*lk Chocolate Bar. Ingredients: cane sugar, cocoa butter, rice powder, cocoa mass, tiger nut flour, emulsifier (sunflower lecithin), vanilla. Dairy free.", "sugar", ""),
    ("trap", "Lotus Biscoff Smooth Spread. Ingredients: Caramelised Biscuits (58%) (Wheat Flour, Sugar, Vegetable Oils (Palm, Rapeseed), Candy Sugar Syrup, Raising Agent (Sodium Hydrogen Carbonate), Soya Flour, Salt, Cinnamon), Rapeseed Oil, Sugar, Emulsifier (Soya Lecithin), Acid (Citric Acid).", "wheat sugar soy", "corn"),  # 'cookie butter' with no butter
    ("trap", "Colman's Peppercorn Sauce Mix. Ingredients: Maltodextrin, Potato Starch, Cream Powder (Milk), Palm Fat, Black Peppercorns (4.6%), Salt, Onion Powder, Sugar, Flavourings (contain Milk), Yeast Extract, Colour (Plain Caramel).", "dairy sugar", "corn"),  # maltodextrin/caramel: possible corn only
    ("trap", "Rice Noodles for Pad Thai. Ingredients: rice flour (95%), water, tapioca starch.", "", ""),
    ("trap", "Sauerkraut. Ingredients: white cabbage, salt. Naturally fermented (lactic acid).", "", ""),
    ("trap", "Oatly Oat Drink (US), certified gluten-free. Ingredients: Oatbase (Water, Oats), Low Erucic Acid Rapeseed Oil, Dipotassium Phosphate, Calcium Carbonate, Tricalcium Phosphate, Sea Salt, Dicalcium Phosphate, Riboflavin, Vitamin A, Vitamin D2, Vitamin B12.", "", ""),  # GF oats
    ("trap", "Sorghum gluten-free beer. Ingredients: water, sorghum, rice, hops, yeast.", "", ""),
    ("trap", "rice krispie treat", "sugar dairy", "wheat corn"),  # marshmallow + butter; malt flavouring
    ("trap", "Sugar Free Syrup, Maple Flavour. Ingredients: water, sorbitol, cellulose gum, natural and artificial flavour, salt, sucralose, potassium sorbate, caramel colour.", "", "corn dairy"),  # sorbitol/caramel; flavour in a sweet
    ("trap", "butterfly pea flower tea", "", ""),
    ("trap", "corn-fed chicken breast, roasted", "", ""),  # fed on corn, contains none
    ("trap", "cauliflower cheese", "dairy", "wheat"),  # no pasta, but a cheese sauce, usually flour-thickened
    ("trap", "cheesy kale chips w/ nutritional yeast", "", ""),
    ("trap", "corn chowder made w/ coconut milk, no cream", "corn", ""),
    ("trap", "nachos w/ cashew queso", "corn", "soy"),  # chips = corn; queso is cashew
    ("trap", "shirataki noodles in chicken broth", "", ""),
    ("trap", "tapioca pudding w/ coconut milk + maple", "", "sugar"),
    ("trap", "shredded sweetheart cabbage w/ lime + olive oil", "", ""),
    ("trap", "cashew milk flat white", "", "sugar"),  # barista nut milks often sweetened
    ("trap", "chicken stir fry w/ coconut aminos, soy-free", "", "sugar"),  # coconut sap
    ("trap", "cream of wheat w/ brown sugar", "wheat sugar", "dairy"),  # farina; no cream in it, often cooked in milk
    ("trap", "cream of rice cereal made w/ water", "", ""),
    ("trap", "reese's peanut butter cups", "dairy sugar", "soy corn"),  # milk chocolate shell
    ("trap", "burmese chickpea tofu salad", "", ""),  # shan tofu is chickpea flour, not soy
    ("trap", "Siete Sea Salt Grain Free Tortilla Chips, corn free. Ingredients: Cassava Flour, Avocado Oil, Coconut Flour, Sea Salt.", "", ""),
    ("trap", "Banza Chickpea Penne, gluten free. Ingredients: Chickpeas, Tapioca, Pea Protein, Xanthan Gum.", "", "corn"),  # xanthan
    ("trap", "Red Lentil Fusilli, gluten free. Ingredients: red lentil flour (100%).", "", ""),
    ("trap", "Wheat-free Rye Bread. Ingredients: wholegrain rye flour, water, rye sourdough (rye flour, water), salt, caraway seeds.", "", "wheat"),  # rye: possible wheat at least
    ("trap", "Heinz Tomato Ketchup No Sugar Added. Ingredients: Tomato Concentrate from Red Ripe Tomatoes, Distilled Vinegar, Salt, less than 2% of: Spice, Onion Powder, Natural Flavoring, Sucralose.", "", "corn"),
    ("trap", "Unsweetened Apple Sauce, no added sugar. Ingredients: apples, water, ascorbic acid.", "", ""),
    ("trap", "Enjoy Life Semi-Sweet Mini Chocolate Chips, dairy free, soy free. Ingredients: cane sugar, unsweetened chocolate, cocoa butter.", "sugar", ""),
    ("trap", "Lily's Extra Dark Chocolate 70%, no sugar added. Ingredients: unsweetened chocolate, erythritol, cocoa butter, inulin, stevia extract, sunflower lecithin, vanilla extract.", "", ""),
]
