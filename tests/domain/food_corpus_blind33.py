# ruff: noqa: E501
"""Blind labelled set 33: people on a practitioner-guided anti-inflammatory elimination diet writing journal-style food diaries (plans, refusals, cravings, others' food, shopping, slips, self-corrections) from many countries."""

BLIND33_CASES: list[tuple[str, str, str, str]] = []

# --- US South: Georgia / Alabama / Texas / Louisiana ---
BLIND33_CASES += [
    ("meal", "bfast 2 eggs scrambled in avocado oil, half a baked sweet potato, black coffee", "", ""),
    ("meal", "made shrimp n grits for the fam tonight, I had my shrimp over cauliflower rice. no grits for me 😤", "", ""),  # why: cooked grits for others, did not eat them
    ("meal", "day 6. slipped at sunday dinner, had a bite of mama's cornbread. one bite but it counts", "corn dairy", "wheat sugar"),  # why: southern cornbread is cornmeal + buttermilk; flour and sugar depend on the cook
    ("meal", "sweet tea at the church bbq 🙃 forgot to say unsweet", "sugar", ""),
    ("meal", "pulled pork no bun, collards, vinegar slaw. sauce on the side and I did not touch it", "", "sugar"),  # why: pork rubs and slaw dressing commonly have brown sugar
    ("meal", "craving a krispy kreme so bad rn. did NOT get one. apple w almond butter instead", "", ""),
    ("meal", "lunch leftover gumbo - roux made w rice flour and avocado oil this time, over white rice", "", ""),
    ("meal", "husband got crawfish etouffee w french bread, I just had boiled crawfish, corn on the cob was in the pot but I skipped it", "", ""),  # why: boiled corn in the pot but skipped; others' etouffee
    ("meal", "biscuits n sausage gravy at waffle house w my brother... I know. whole plate", "wheat dairy", "sugar corn soy"),  # why: biscuits/gravy = flour + milk/butter; oils and sugar in mixes uncertain
    ("meal", "tried the coconut milk yogurt from kroger, unsweetened one, w blueberries", "", ""),
    ("meal", "grilled chicken thighs, okra and tomatoes, rice. tasted good, knee pain a 4 today", "", ""),
    ("meal", "plan for reintro next week: dairy first. Dr R says plain whole milk yogurt on day 1", "", ""),  # why: plan only
    ("meal", "BBQ at Rudy's: brisket, pickles, onion. sauce has sugar so skipped, but I'm pretty sure the rub has brown sugar too", "", "sugar"),
    ("meal", "fried catfish - wait no, it was blackened, they said it was dusted in flour first though", "wheat", "corn"),  # why: restaurant says flour dusted; cornmeal dredge common in the South
    ("meal", "pecan pie at thanksgiving. didn't eat it, just photographed it for my sister lol", "", ""),
    ("label", "Cornish Game Hens, 2 ct. Ingredients: Cornish game hen. Contains up to 8% retained water. Product of USA. Keep refrigerated.", "", ""),  # why: cornish hen trap
    ("label", "Duke's Real Mayonnaise. Ingredients: Soybean oil, eggs, water, distilled and cider vinegar, salt, oleoresin paprika, natural flavors, calcium disodium EDTA added to protect flavor. Sugar free!", "soy", ""),
    ("label", "Conecuh Original Smoked Sausage. INGREDIENTS: PORK, WATER, SALT, CORN SYRUP, SPICES, MONOSODIUM GLUTAMATE, SODIUM ERYTHORBATE, SODIUM NITRITE. Gluten free.", "corn sugar", ""),
    ("label", "Blue Runner Creole Cream Style Red Beans. Ingredients: Water, Red Kidney Beans, Onions, Bell Peppers, Garlic, Modified Food Starch, Salt, Soybean Oil, Spices, Xanthan Gum, Natural Flavor.", "soy", "wheat corn"),  # why: modified food starch source unstated; xanthan often corn-derived
]

# --- US Midwest: Minnesota / Ohio / Wisconsin / Iowa ---
BLIND33_CASES += [
    ("meal", "church potluck. brought my own chili (no beans no sugar). did not touch the tater tot hotdish, was so sad", "", ""),
    ("meal", "walleye pan fried in rice flour & olive oil, wild rice, green beans", "", ""),
    ("meal", "cheese curds at the state fair. I know. I KNOW. the fried ones", "dairy", "wheat corn soy"),  # why: battered and deep fried in unspecified oil
    ("meal", "oatmeal w banana and cinnamon, Bob's gluten free oats, water not milk", "", ""),
    ("meal", "kids had mac n cheese for dinner, I had the turkey burger lettuce wrap + roasted carrots", "", ""),
    ("meal", "buttered the kids' toast this AM and licked my thumb 🤦 does that count", "dairy", ""),  # why: small exposure to butter is still an exposure
    ("meal", "skyline chili at work lunch, asked for no spaghetti and no cheese, just the chili over fries", "", "sugar corn soy wheat"),  # why: skyline chili recipe has cocoa/spices and maybe sugar; fries oil; crackers not mentioned
    ("meal", "pork tenderloin, mashed potatoes w ghee", "dairy", ""),  # why: ghee is dairy
    ("meal", "corrected: yesterday I wrote mashed potatoes w butter, it was actually olive oil. yesterday was clean", "", ""),
    ("meal", "sweet corn season and I'm watching everyone eat it on the porch. me: cucumber salad", "", ""),
    ("meal", "bought: rice cakes, almond milk, chicken, spinach, larabars. skipped the ranch aisle", "", ""),  # why: shopping only
    ("meal", "2 larabars (cashew cookie) driving home", "", ""),
    ("meal", "ham sandwich on udi's gluten free bread, yellow mustard", "", "corn soy sugar"),  # why: GF breads often contain sugar/corn starch/soy lecithin; deli ham often cured with sugar
    ("meal", "popcorn at the movies. not even buttered. still corn.", "corn", "soy"),  # why: theater popcorn popped in coconut or soybean oil
    ("label", "Land O Lakes Salted Butter. Ingredients: Sweet Cream, Salt. Contains: Milk.", "dairy", ""),
    ("label", "Simple Mills Almond Flour Crackers Fine Ground Sea Salt. Gluten free • Grain free • Plant-based. INGREDIENTS: Nut & Seed Flour Blend (Almond Flour, Sunflower Seeds, Flax Seeds), Tapioca, Cassava, Organic Sunflower Oil, Sea Salt, Organic Onion, Organic Garlic, Rosemary Extract. CONTAINS: ALMOND.", "", ""),
    ("label", "Old Dutch Ripple Potato Chips. Ingredients: potatoes, vegetable oil (contains one or more of the following: corn, cottonseed, sunflower, canola), salt.", "", "corn"),  # why: oil blend lists corn as one option
    ("label", "Pearson's Salted Nut Roll. INGREDIENTS: PEANUTS, CORN SYRUP, SUGAR, NONFAT MILK, WATER, PARTIALLY HYDROGENATED SOYBEAN OIL, SALT, EGG WHITES, SOY LECITHIN, NATURAL FLAVOR. CONTAINS PEANUTS, MILK, EGG, SOY.", "corn sugar dairy soy", ""),
]

# --- Scotland ---
BLIND33_CASES += [
    ("meal", "porridge wi water an a pinch o salt, like ma granny made it", "", "wheat"),  # why: ordinary porridge oats, cross-contact with wheat possible
    ("meal", "no tattie scones at the cafe for me, just the eggs and black pudding, pure gutted", "", "wheat"),  # why: black pudding usually has oatmeal and sometimes wheat flour/rusk
    ("meal", "haggis neeps n tatties, mashed the neeps wi olive oil no butter, pal had the whisky sauce", "", "wheat"),  # why: some haggis brands add wheat/rusk
    ("meal", "had a can o irn bru at the fitba. ken. day 3 restart", "sugar", ""),
    ("meal", "cullen skink, made it wi oat milk. was braw actually", "", ""),
    ("meal", "smoked salmon, oatcakes (Nairn's gluten free), cucumber", "", "sugar"),  # why: Nairn's GF oatcakes contain some sugar in some lines
    ("meal", "wee one got a tablet from the fete, I did not have any, sniffed the bag like a weirdo", "", ""),
    ("meal", "fish supper fae the chippy. batter an aw. headache tonight 7/10", "wheat", "corn soy"),  # why: beef dripping or veg oil fryer
    ("meal", "stovies wi leftover roast beef, dripping, tatties, onion", "", ""),
    ("meal", "shopping Tesco: Alpro unsweetened almond, rice cakes, lentils, mince. NOT the caramel wafers", "", ""),
    ("label", "Tunnock's Caramel Wafer Biscuit. Ingredients: Sugar, Wheat Flour, Glucose Syrup, Vegetable Oils (Palm, Rapeseed, Coconut), Dried Skimmed Milk, Dried Whey (Milk), Sweetened Condensed Skimmed Milk (Skimmed Milk, Sugar), Cocoa Butter, Cocoa Mass, Raising Agent (Sodium Bicarbonate), Salt, Emulsifier (Soya Lecithin), Flavouring. For allergens see ingredients in bold.", "sugar wheat dairy soy", "corn"),  # why: glucose syrup source unstated
    ("label", "Macsween Vegetarian Haggis. Ingredients: Oatmeal, Water, Onions, Kidney Beans, Lentils, Vegetable Margarine (Palm Oil, Rapeseed Oil, Water, Salt, Emulsifier: Mono- and Diglycerides of Fatty Acids), Black Pepper, Salt, Carrots, Turnip, Mushroom, Spices. May contain traces of wheat, barley, rye.", "", "wheat"),
]

# --- Wales ---
BLIND33_CASES += [
    ("meal", "cawl tonight, lamb, leeks, swede, carrots. no bread on the side, felt virtuous", "", ""),
    ("meal", "Mam made welsh cakes for the grandkids. I made the tea. didn't have one, honest", "", ""),
    ("meal", "brecwast: wyau wedi'u berwi a tomatos. dim tost", "", ""),  # why: Welsh: boiled eggs and tomatoes, no toast
    ("meal", "laverbread and cockles fried in bacon fat, bacon on the side", "", "sugar"),  # why: bacon cures often include sugar
    ("meal", "welsh rarebit at the pub, totally forgot, ate half before I realised 🙈", "wheat dairy", ""),
    ("meal", "bara brith in the shop window in Conwy, walked past. had a banana", "", ""),
    ("meal", "te a llaeth ceirch — tea with oat milk, two cups", "", ""),
    ("meal", "roast chicken dinner, roasties in goose fat, no yorkshire, gravy made with cornflour", "corn", ""),  # why: UK cornflour is corn starch
    ("label", "Tregroes Waffles. Ingredients: Wheat Flour, Butter (Milk), Sugar, Golden Syrup (Invert Sugar Syrup), Free Range Egg, Salt. Made in Wales.", "wheat dairy sugar", ""),
    ("label", "Halen Môn Pure Sea Salt Flakes. Ingredients: Sea salt. Halen y Môr Pur.", "", ""),
]

# --- South Africa ---
BLIND33_CASES += [
    ("meal", "braai last night, lamb chops and boerewors, chakalaka, skipped the pap 💪", "", "wheat"),  # why: commercial boerewors may contain cereal filler
    ("meal", "sommer had pap and wors for lunch at the site, ja I know", "corn", "wheat"),
    ("meal", "biltong 2 handfuls, lekker. the spice mix has sugar I checked after", "sugar", ""),
    ("meal", "oupa brought koeksisters, everyone ate. I had rooibos, no sugar", "", ""),
    ("meal", "ontbyt: eiers en avokado op rystkoekies", "", ""),  # why: Afrikaans, eggs and avo on rice cakes
    ("meal", "made bobotie for the kids, with bread soaked in milk. I had the mince separately before the bread went in", "", "sugar"),  # why: bobotie mince usually has chutney/apricot jam before assembling
    ("meal", "Woolies rotisserie chicken, butternut roasted, spinach", "", "sugar"),  # why: rotisserie glazes often contain sugar
    ("meal", "Nando's quarter chicken lemon & herb, side of spicy rice and a coke zero", "", "sugar wheat soy"),  # why: chain marinades/rice seasoning vary
    ("label", "Ouma Rusks Buttermilk. Ingredients: Wheat Flour, Sugar, Vegetable Fat, Buttermilk Powder (Milk), Raising Agents, Salt, Flavouring. Allergens: Contains Wheat (Gluten), Milk. May contain Soya.", "wheat sugar dairy", "soy"),
    ("label", "Iwisa Super Maize Meal. Ingredients: Maize meal, vitamins A, B1, B2, B3, B6, folic acid, iron, zinc.", "corn", ""),
    ("label", "Mrs Ball's Original Chutney. Ingredients: Sugar, Water, Spirit Vinegar, Dried Peaches (Preservative: Sulphur Dioxide), Dried Apricots, Modified Maize Starch, Salt, Colourant (Caramel), Spices.", "sugar corn", ""),
]

# --- Jamaica ---
BLIND33_CASES += [
    ("meal", "ackee an saltfish, boil dumpling - NO wait, roast breadfruit, me nah eat dumpling this week", "", ""),  # why: correction; breadfruit not wheat
    ("meal", "mi did nyam two festival at di beach, dem sweet an good but mi belly bad now", "corn wheat sugar", ""),
    ("meal", "curry goat, rice and peas, steam cabbage", "", ""),
    ("meal", "Grace coconut water from the box after gym", "", "sugar"),  # why: some boxed coconut waters have added sugar
    ("meal", "pickney dem eat cornmeal porridge wid condensed milk, mi just have callaloo an boil green banana", "", ""),
    ("meal", "beef patty from Juici, ate it in the car 😩 day 9 down the drain", "wheat", "dairy sugar soy corn"),  # why: patty pastry often uses margarine/shortening
    ("meal", "escovitch fish wid bammy, no festival", "", "sugar"),  # why: escovitch pickle usually has a bit of sugar
    ("meal", "sorrel at Christmas... I just smelled it", "", ""),
    ("meal", "jerk chicken from the drum man, no sauce on top", "", "sugar soy"),  # why: jerk marinades often include brown sugar and soy sauce
    ("label", "Excelsior Water Crackers. Ingredients: Wheat Flour, Vegetable Shortening (Palm Oil), Salt, Yeast, Sodium Bicarbonate. Contains: Wheat. Made in Jamaica.", "wheat", ""),
    ("label", "Walkerswood Traditional Jamaican Jerk Seasoning, Hot & Spicy. Ingredients: Scallions, Scotch Bonnet Peppers, Salt, Black Pepper, Allspice, Sugar, Cane Vinegar, Thyme, Nutmeg.", "sugar", ""),
]

# --- Trinidad ---
BLIND33_CASES += [
    ("meal", "doubles by the savannah, just one, slight pepper. sorry doc 😅", "wheat", ""),  # why: bara is flour
    ("meal", "pelau for the lime, I cook it but I eat callaloo and rice separate", "", ""),  # why: cooked pelau (browned sugar) for others
    ("meal", "stew chicken, the chicken brown in sugar the traditional way, rice, lentil peas", "sugar", ""),
    ("meal", "bake and shark at Maracas - no bake, just the shark in a lettuce leaf, tamarind and garlic sauce", "", "wheat sugar"),  # why: shark is often dredged in flour; tamarind sauce usually sweetened
    ("meal", "coconut bake my tantie make, it have flour for sure", "wheat", "sugar dairy"),
    ("meal", "aloo pie, mango chow on the side. the chow was just mango, lime, pepper, shadon beni", "wheat", ""),
    ("meal", "provision - dasheen, eddoes, sweet potato - with saltfish buljol", "", ""),
    ("meal", "mauby real strong today. bought the bark to make it sugarless at home, haven't yet", "", ""),  # why: plan only, nothing drunk
    ("label", "Chief Brand Products Curry Powder. Ingredients: Coriander, Turmeric, Cumin, Fenugreek, Mustard, Garlic, Salt, Pepper, Anise, Cloves. Product of Trinidad & Tobago.", "", ""),
    ("label", "Kiss Cakes Cherry Cup Cake. Ingredients: Enriched Wheat Flour, Sugar, Soybean Oil, Eggs, Corn Syrup, Whey, Artificial Colour, Leavening, Salt, Flavour. Contains Wheat, Egg, Milk, Soy.", "wheat sugar soy corn dairy", ""),
]

# --- Ghana ---
BLIND33_CASES += [
    ("meal", "light soup with goat and fufu (cassava + plantain, pounded at home)", "", ""),
    ("meal", "banku and tilapia with pepper at the chop bar, banku is corn dough so that's a slip", "corn", ""),
    ("meal", "waakye this morning, gari, egg, wele. I told the madam no spaghetti, no shito", "", "corn soy"),  # why: waakye sellers often fry in vegetable oil
    ("meal", "my sister brought kelewele, I ate plenty 🙈 plantain so it's fine right", "", "corn soy"),  # why: ripe plantain fried in unspecified oil
    ("meal", "jollof party at office, ate mine with grilled chicken, the rice had maggi and tin tomato", "", "wheat corn soy sugar"),  # why: stock cubes often contain wheat/corn starch/sugar, vegetable oil
    ("meal", "kenkey and fried fish with shito... I forgot kenkey is corn 😩", "corn", "soy"),
    ("meal", "I didn't eat the Milo they served. just hot water with ginger and lemon", "", ""),
    ("meal", "palava sauce, boiled yam", "", ""),
    ("label", "Maggi Star Seasoning Cube. Ingredients: Salt, Flavour Enhancers (Monosodium Glutamate), Palm Fat, Wheat Flour, Sugar, Corn Starch, Onion Powder, Spices, Colour (Caramel). Contains Wheat. May contain Soy, Celery.", "wheat sugar corn", "soy"),
    ("label", "Frytol Vegetable Cooking Oil. 100% Pure Vegetable Oil. Cholesterol Free. Ingredients: Refined palm olein. Made in Ghana.", "", ""),  # why: ingredient list says palm only, not soy/corn
]

# --- India: Hinglish ---
BLIND33_CASES += [
    ("meal", "subah poha khaya, with peanuts and curry patta. no sugar on top like mom does", "", ""),
    ("meal", "lunch mein rajma chawal, ghar ka. bina ghee ke", "", ""),
    ("meal", "mummy ne aloo paratha banaya sabke liye, maine sirf aloo sabzi khayi chawal ke saath. paratha dekha bas", "", ""),
    ("meal", "office mein samosa aaya tha, ek kha liya yaar 😭 day 11 reset", "wheat", "corn soy"),  # why: maida pastry, fried in refined oil
    ("meal", "dahi rice with pickle. wait dahi is dairy na? haan. slip.", "dairy", ""),
    ("meal", "masala chai with oat milk, no cheeni. first time, ok ok", "", ""),
    ("meal", "jeera rice + dal tadka, dal mein thoda ghee tha restaurant wala", "dairy", ""),
    ("meal", "makki di roti sarson da saag at dhaba, makhan nahi liya but roti makki ki hai toh corn hai", "corn", "dairy"),  # why: saag at dhabas often finished with butter/cream
    ("meal", "gajar ka halwa bana ghar pe, smelled amazing, nahi khaya", "", ""),
    ("meal", "besan chilla with mint chutney for dinner", "", ""),
    ("meal", "swiggy se chicken biryani + raita. raita nahi khaya, biryani poori", "", "dairy"),  # why: restaurant biryani usually marinated in yogurt and finished with ghee
    ("label", "Haldiram's Aloo Bhujia. Ingredients: Potato (40%), Edible Vegetable Oil (Cottonseed, Corn, Palmolein), Tepary Bean Flour, Gram Pulse Flour, Salt, Spices & Condiments, Citric Acid. Contains: Pulses. May contain traces of Milk, Nuts, Wheat and Soy.", "corn", "dairy wheat soy"),
    ("label", "Amul Pure Ghee. Ingredients: Milk Fat. Packed on: 12/03/24. Best before 9 months.", "dairy", ""),
    ("label", "Aashirvaad Shudh Chakki Atta. 100% MP Sharbati Wheat. 0% Maida. Ingredients: Whole Wheat Flour.", "wheat", ""),
]

# --- India: Tamil ---
BLIND33_CASES += [
    ("meal", "kaalai 3 idli, sambar, coconut chutney. no podi ghee today", "", ""),
    ("meal", "மதியம் சாதம், ரசம், கீரை பொரியல், அப்பளம்", "", ""),  # why: rice, rasam, greens, appalam (urad dal papad)
    ("meal", "amma made sakkarai pongal for festival, jaggery and ghee — had a small cup, couldnt say no", "sugar dairy", ""),
    ("meal", "rava dosa at Saravana Bhavan, forgot rava is sooji 😑", "wheat", "dairy"),  # why: rava = semolina; restaurant dosa often uses ghee
    ("meal", "தயிர் சாதம் சாப்பிடவில்லை, கூட்டு பொரியல் மட்டும்", "", ""),  # why: did not eat curd rice
    ("meal", "filter coffee with almond milk 2x, wife had hers with palum sakkaraiyum", "", ""),
    ("meal", "chettinad chicken, ragi kali. ragi is ok right? millet. yes", "", ""),
    ("meal", "parotta and salna from the road side kadai. salna only, parotta went to my son", "", "corn soy"),  # why: salna gravy cooked in refined oil
    ("label", "MTR Rava Idli Mix. Ingredients: Semolina (Wheat) (60%), Curd Powder (Milk Solids), Refined Sunflower Oil, Bengal Gram Dal, Salt, Cashew, Green Chillies, Raising Agents (500(ii)), Curry Leaves, Mustard, Coriander. Allergen: Contains Wheat, Milk, Nuts.", "wheat dairy", ""),
    ("label", "Aachi Sambar Powder. Ingredients: Coriander, Chilli, Bengal Gram, Toor Dal, Cumin, Pepper, Fenugreek, Turmeric, Curry Leaves, Asafoetida (Wheat Flour, Gum Arabic, Asafoetida). Contains Wheat.", "wheat", ""),  # why: compounded hing uses wheat flour
]

# --- India: Bengali (Kolkata) ---
BLIND33_CASES += [
    ("meal", "bhaat, masoor dal, aloo posto, maacher jhol", "", ""),
    ("meal", "সকালে মুড়ি আর শসা, চা চিনি ছাড়া", "", ""),  # why: puffed rice, cucumber, tea without sugar
    ("meal", "rosogolla at mashi's place, 2 pcs. couldn't refuse her", "dairy sugar", ""),
    ("meal", "luchi alur dom breakfast with the family", "wheat", ""),
    ("meal", "mishti doi bought for baba, I didn't have any", "", ""),
    ("meal", "shorshe ilish, bhaat", "", ""),
    ("meal", "dinner: ruti + begun bhaja. ruti is atta so 🙁", "wheat", ""),
    ("meal", "chicken kosha from the para shop, with rice. they use a lot of dalda i think", "", "dairy sugar"),  # why: kosha often has yogurt marinade and a pinch of sugar
    ("label", "Ganesh Chanachur. Ingredients: Gram Flour, Edible Vegetable Oil (Palmolein), Peanut, Lentil, Rice Flakes, Salt, Sugar, Spices, Citric Acid. Contains Peanut. Manufactured in a facility that also processes Wheat and Milk products.", "sugar", "wheat dairy corn"),  # why: citric acid often corn-derived
]

# --- Sri Lanka ---
BLIND33_CASES += [
    ("meal", "string hoppers, pol sambol, dhal curry", "", ""),
    ("meal", "kiribath for avurudu, coconut milk rice, with lunu miris", "", ""),
    ("meal", "kottu roti from the place near office. the whole thing. gave up today", "wheat", "corn soy"),  # why: godamba roti + fried in vegetable oil
    ("meal", "උදේට කිරිබත් සහ කට්ට සම්බෝල", "", ""),  # why: kiribath (coconut milk) and katta sambol
    ("meal", "fish ambul thiyal, red rice, gotukola mallung", "", ""),
    ("meal", "watalappan in the fridge for amma's guests - jaggery, coconut milk, eggs. didn't touch", "", ""),
    ("meal", "tea with kithul jaggery, small piece", "sugar", ""),  # why: kithul jaggery is an added sugar
    ("meal", "egg hoppers x2, seeni sambol on top", "sugar", ""),  # why: seeni sambol is sweetened onion relish
    ("label", "Maliban Cream Cracker. Ingredients: Wheat Flour, Vegetable Fat, Sugar, Salt, Yeast, Raising Agent (503(ii)), Emulsifier (Soy Lecithin), Flour Treatment Agent. Contains Gluten, Soy.", "wheat sugar soy", ""),
]

# --- Bangladesh ---
BLIND33_CASES += [
    ("meal", "panta bhat with shutki bhorta and onion", "", ""),
    ("meal", "খিচুড়ি আর ডিম ভাজি, বৃষ্টির দিন", "", ""),  # why: khichuri and fried egg
    ("meal", "Iftar: chola, piyaju, beguni - beguni is besan only I asked", "", "corn soy"),  # why: fried in soybean oil, standard in BD
    ("meal", "jilapi at iftar, had one, sugar obviously", "sugar wheat", ""),
    ("meal", "beef bhuna, polao - polao used ghee I'm sure", "dairy", ""),
    ("meal", "lal shak, dal, rice, rui fish curry", "", ""),
    ("meal", "borhani at the biye, only looked at it, had water", "", ""),
    ("label", "Teer Soybean Oil. Fortified with Vitamin A. Ingredients: Refined Soybean Oil, Vitamin A. Net 5 L.", "soy", ""),
    ("label", "Pran Potato Crackers. Ingredients: Potato Starch, Wheat Flour, Palm Oil, Sugar, Salt, Flavour Enhancer (E621), Milk Powder, Spices. Contains Wheat, Milk.", "wheat sugar dairy", ""),
]

# --- Philippines ---
BLIND33_CASES += [
    ("meal", "tapsilog for bfast. tapa has soy sauce and sugar diba. yes. slip", "soy wheat sugar", ""),
    ("meal", "sinigang na baboy, kanin", "", ""),
    ("meal", "ginawa ko yung adobo gamit coconut aminos instead of toyo, sarap pa rin", "", ""),
    ("meal", "pancit canton at the bday, didn't eat, stuck to the inihaw na liempo", "", "soy sugar"),  # why: liempo marinade is usually soy sauce + sugar + banana ketchup
    ("meal", "tinolang manok, rice, papaya", "", ""),
    ("meal", "jollibee chickenjoy with my pamangkin. no gravy but the breading...", "wheat", "corn soy"),
    ("meal", "taho from manong, kids love it. I bought 3, I had none", "", ""),
    ("meal", "kare-kare with bagoong. grandma uses peanut butter, brand lady's choice so probably sugar", "", "sugar"),  # why: peanut butter trap; commercial PB often sweetened
    ("meal", "halo-halo... nope, saw it, walked away. buko juice instead, fresh", "", ""),
    ("meal", "pandesal with kesong puti. ok ok reintro week dairy, sige", "wheat dairy", "sugar"),  # why: pandesal usually contains sugar
    ("label", "Datu Puti Soy Sauce (Toyo). Ingredients: Water, Salt, Hydrolyzed Soy Protein, Caramel Color, Sodium Benzoate.", "soy", "corn"),  # why: caramel colour possibly corn-derived
    ("label", "UFC Banana Catsup Original. Ingredients: Water, Sugar, Banana, Modified Starch, Vinegar, Salt, Onion, Garlic, Spices, Artificial Colors (FD&C Red 40).", "sugar", "corn wheat"),
]

# --- Vietnam ---
BLIND33_CASES += [
    ("meal", "phở bò ở quán đầu hẻm, không quẩy", "", "sugar"),  # why: pho broth often seasoned with rock sugar
    ("meal", "cơm tấm sườn nướng, sườn ướp đường với nước mắm", "sugar", ""),
    ("meal", "bún chả Hà Nội, nước chấm có đường", "sugar", ""),
    ("meal", "gỏi cuốn tôm thịt, skipped the hoisin peanut dip and just used nước mắm chanh - wait that has sugar too", "", "sugar"),  # why: nuoc mam cham usually sweetened
    ("meal", "canh chua cá lóc, cơm trắng", "", "sugar"),
    ("meal", "bánh mì for my husband, I had xôi đậu xanh without the fried shallots", "", ""),
    ("meal", "cà phê sữa đá 🙈 với đồng nghiệp", "dairy sugar", ""),  # why: sweetened condensed milk
    ("meal", "cháo gà, gừng", "", ""),
    ("meal", "đậu hũ sốt cà chua, rau muống xào tỏi", "soy", ""),
    ("label", "Nước mắm Phú Quốc 40°N. Thành phần: Cá cơm, muối. Không chất bảo quản. Không đường.", "", ""),
    ("label", "Mì Hảo Hảo tôm chua cay. Thành phần: Bột mì, dầu shortening, tinh bột khoai mì, muối, đường, bột ngọt, nước mắm, ớt, chất điều vị, hành. Có chứa lúa mì, đậu nành.", "wheat sugar soy", ""),
]

# --- Thailand ---
BLIND33_CASES += [
    ("meal", "khao man gai from the stall, no sauce. the sauce is soy + tao jiew", "", "soy"),  # why: chicken rice is often cooked with a dash of soy or with pandan/garlic oil of unknown type
    ("meal", "ข้าวผัดกระเพราหมู ไข่ดาว", "soy sugar", "wheat"),  # why: krapow uses oyster/soy sauce and sugar
    ("meal", "som tam thai, sticky rice, gai yang. palm sugar in the somtam obviously", "sugar", ""),
    ("meal", "ต้มยำกุ้ง น้ำใส", "", "sugar"),
    ("meal", "mango sticky rice at the market, I bought for my wife only", "", ""),
    ("meal", "gaeng keow wan gai with rice, coconut milk", "", "sugar"),  # why: green curry commonly seasoned with palm sugar
    ("meal", "ordered pad thai no tofu, but it still has the palm sugar and I ate it", "sugar", "soy"),  # why: tamarind sauce sometimes includes soy sauce
    ("meal", "fresh coconut, papaya, lime", "", ""),
    ("label", "Mama Instant Noodles Tom Yum Shrimp Flavour. Ingredients: Noodles (Wheat Flour, Palm Oil, Salt, Sugar, Soy Sauce), Seasoning (Salt, Sugar, MSG, Chili Powder, Garlic), Seasoning Oil. Contains Wheat, Soybean, Shrimp.", "wheat sugar soy", ""),
    ("label", "Healthy Boy Brand Thin Soy Sauce Formula 1. Ingredients: Soybeans 40%, Water, Salt, Wheat Flour, Sugar, Sodium Benzoate.", "soy wheat sugar", ""),
]

# --- Indonesia ---
BLIND33_CASES += [
    ("meal", "nasi uduk, ayam goreng, sambal, timun", "", "corn soy"),  # why: fried chicken in minyak goreng of unknown type
    ("meal", "gado-gado tanpa kerupuk, bumbu kacang ada gula merah", "sugar", ""),
    ("meal", "tempe mendoan buat anak2, saya nggak makan, saya makan sayur asem aja", "", ""),
    ("meal", "soto ayam, nasi, jeruk nipis", "", ""),
    ("meal", "saya makan tahu goreng 3 biji. tahu = kedelai. yah", "soy", "corn"),
    ("meal", "ayam bakar pakai kecap manis, nasi, lalapan", "soy sugar", "wheat"),
    ("meal", "pisang goreng di warung, adonan tepung terigu. udah kepalang", "wheat", "sugar corn soy"),
    ("meal", "rendang daging, nasi putih, daun singkong", "", ""),
    ("label", "Kecap Manis Bango. Komposisi: Gula kelapa, air, kedelai hitam, garam, gandum. Mengandung kedelai dan gandum.", "sugar soy wheat", ""),
    ("label", "Indomie Mi Goreng. Ingredients: Noodle: wheat flour, palm oil, tapioca starch, salt, mineral. Seasoning: sugar, salt, MSG, garlic powder. Seasoning oil. Sweet soy sauce: sugar, water, salt, wheat, soybean. Chili powder. Fried onion. Contains wheat, soy.", "wheat sugar soy", ""),
]

# --- China (Mainland) ---
BLIND33_CASES += [
    ("meal", "早饭：小米粥，煮鸡蛋，拍黄瓜", "", "sugar"),  # why: smashed cucumber dressing sometimes sugared
    ("meal", "中午食堂：米饭，清炒西兰花，番茄炒蛋（放糖了）", "sugar", ""),
    ("meal", "家里包饺子，我没吃，吃了白米饭和蒸鱼（没放酱油）", "", ""),
    ("meal", "麻辣烫，选的豆腐皮、土豆、菠菜 — 豆腐皮是大豆的，破戒了", "soy", "wheat sugar corn"),  # why: malatang broth bases contain many additives
    ("meal", "老公吃了油条豆浆，我喝了白开水吃了个红薯", "", ""),
    ("meal", "红烧肉 with my in-laws, heaps of 冰糖 and 老抽", "sugar soy wheat", ""),
    ("meal", "火锅清汤锅底, 羊肉, 白菜, 冬瓜, 蘸料只用了香油蒜泥", "", ""),
    ("meal", "晚饭：糙米饭，炖排骨，清炒油麦菜", "", ""),
    ("label", "海天 金标生抽 配料：水，非转基因黄豆，小麦粉，食用盐，白砂糖，味精，酵母抽提物，苯甲酸钠。", "soy wheat sugar", ""),
    ("label", "六个核桃 核桃乳 配料：水、核桃仁、白砂糖、食品添加剂（蔗糖脂肪酸酯、单,双甘油脂肪酸酯、碳酸氢钠、黄原胶）。", "sugar", "corn"),  # why: xanthan gum often corn-derived
]

# --- Hong Kong ---
BLIND33_CASES += [
    ("meal", "朝早 茶餐廳 叫咗火腿通粉 唔要，轉咗白粥油炸鬼都唔要 淨係白粥", "", ""),
    ("meal", "yum cha with ma ma. had steamed fish and gai lan, no oyster sauce. skipped all the dim sum 😭", "", ""),
    ("meal", "點心 搞掂：蝦餃 x2 燒賣 x2", "wheat", "soy sugar corn"),  # why: har gow wrapper is wheat starch, siu mai wrapper is wheat flour; fillings usually seasoned with soy sauce, sugar, cornflour
    ("meal", "奶茶 一杯… 淡奶 + 糖，好耐冇飲", "dairy sugar", ""),
    ("meal", "char siu fan from the siu mei shop, char siu = honey + maltose glaze", "sugar", "soy wheat"),  # why: char siu marinade usually includes hoisin/soy
    ("meal", "lunch box: brown rice, steamed chicken with ginger scallion", "", ""),
    ("meal", "老婆食咗菠蘿油, 我淨係望住", "", ""),
    ("label", "李錦記 舊庄特級蠔油 Lee Kum Kee Premium Oyster Sauce. Ingredients: Oyster Extractives (Oysters, Water, Salt), Sugar, Salt, Modified Corn Starch, Wheat Flour, Caramel Color. Contains: Shellfish, Wheat.", "sugar corn wheat", ""),
    ("label", "Vitasoy 維他奶 Original Soya Bean Drink. Ingredients: Water, Soybeans, Sugar, Calcium Phosphate, Emulsifiers (471, 473), Vitamin D2. Contains Soy.", "soy sugar", ""),
]

# --- Argentina ---
BLIND33_CASES += [
    ("meal", "asado del domingo: vacío, chorizo, morcilla, ensalada mixta. sin pan", "", "wheat"),  # why: some chorizo/morcilla include bread or flour fillers
    ("meal", "mate amargo toda la mañana 🧉", "", ""),
    ("meal", "medialunas en la oficina, me comí dos. soy un desastre", "wheat dairy sugar", ""),
    ("meal", "bife de chorizo con papas al horno", "", ""),
    ("meal", "mi hija comió alfajores, yo solo la miré con odio jaja", "", ""),
    ("meal", "empanadas de carne x3 de la rotisería", "wheat", "dairy"),  # why: dough uses grasa or sometimes butter
    ("meal", "milanesa de pollo - rebozada con harina de arroz y huevo, hecha en casa, con puré de calabaza", "", ""),
    ("meal", "flan con dulce de leche en lo de la abuela. no pude decir que no", "dairy sugar", ""),
    ("meal", "ensalada de rúcula, tomate, palta y huevo duro", "", ""),
    ("meal", "locro del 25 de mayo, tiene maíz blanco y zapallo, comí un plato", "corn", ""),
    ("meal", "provoleta a la parrilla 🙈 día 1 de reintro lácteos, a propósito", "dairy", ""),
    ("label", "Havanna Alfajor Chocolate. Ingredientes: Dulce de leche (leche, azúcar, glucosa, bicarbonato de sodio), harina de trigo, azúcar, cobertura de chocolate (azúcar, manteca de cacao, pasta de cacao, leche en polvo, emulsionante: lecitina de soja), manteca, huevo, miel. Contiene gluten, leche, soja.", "dairy sugar wheat soy", "corn"),  # why: glucose source unstated
    ("label", "Yerba Mate Playadito con palo. Ingredientes: Yerba mate elaborada con palo. Sin TACC.", "", ""),
]

# --- Colombia ---
BLIND33_CASES += [
    ("meal", "arepa de choclo con quesito en el desayuno, ya sé, maíz y lácteo juntos", "corn dairy", "sugar"),  # why: arepa de choclo often sweetened
    ("meal", "bandeja paisa SIN arepa y sin chicharrón, frijoles, arroz, carne molida, huevo, aguacate", "", ""),
    ("meal", "ajiaco santafereño, le quité la crema y las mazorcas a mi plato", "", ""),  # why: removed cream and corn cobs
    ("meal", "tinto sin azúcar x3 en el trabajo", "", ""),
    ("meal", "pandebono de la panadería, 2. es almidón de yuca... pero tiene queso", "dairy", "corn"),  # why: pandebono recipes sometimes include some masarepa
    ("meal", "sancocho de gallina con yuca, plátano y mazorca — me comí la mazorca 🌽", "corn", ""),
    ("meal", "patacones con hogao", "", "corn soy"),
    ("meal", "jugo de lulo en agua, sin azúcar le pedí, ojalá", "", "sugar"),  # why: requested no sugar at a juice stand; uncertain
    ("meal", "changua para el esposo, yo calentado de arroz y fríjol con huevo", "", ""),
    ("label", "Arepas Doñarepa Mix. Ingredientes: Harina de maíz blanco precocida, sal. Libre de gluten.", "corn", ""),
    ("label", "Postobón Manzana. Ingredientes: Agua carbonatada, azúcar, ácido cítrico, saborizante artificial de manzana, benzoato de sodio, color caramelo.", "sugar", "corn"),
]

# --- Venezuela ---
BLIND33_CASES += [
    ("meal", "arepa reina pepiada con harina PAN, es maíz pues, ni modo día 1 de reintro maíz", "corn", ""),
    ("meal", "pabellón criollo sin tajadas, caraotas, arroz, carne mechada", "", ""),
    ("meal", "mi mamá hizo hallacas, las envolví todas y no me comí ninguna 😭", "", ""),
    ("meal", "cachapa con queso de mano en la carretera... las dos cosas prohibidas", "corn dairy", "sugar"),  # why: cachapa batter usually sweetened
    ("meal", "pescado frito con tostones en la playa", "", "wheat corn soy"),  # why: fish may be floured; frying oil unknown
    ("meal", "tequeños en la fiesta, 4 o 5 creo", "wheat dairy", ""),
    ("meal", "asopado de pollo, cilantro", "", ""),
    ("label", "Harina P.A.N. Harina de Maíz Blanco Precocida. Ingredientes: Maíz blanco desgerminado, enriquecido con: hierro, niacina, tiamina, riboflavina y ácido fólico. Sin gluten.", "corn", ""),
    ("label", "Malta Polar. Ingredientes: Agua, malta de cebada, azúcar, jarabe de maíz, lúpulo, color caramelo.", "sugar corn", "wheat"),  # why: malt drinks may be processed with wheat; barley is not wheat
]

# --- Brazil ---
BLIND33_CASES += [
    ("meal", "café preto, ovo mexido, mamão", "", ""),
    ("meal", "arroz, feijão, bife acebolado e salada", "", ""),
    ("meal", "pão de queijo no lanche da tarde, 3 😬", "dairy", ""),
    ("meal", "tapioca com frango e catupiry - pedi sem catupiry, veio com, tirei o que deu", "dairy", ""),  # why: cheese served and partly scraped off still leaves dairy
    ("meal", "feijoada de sábado, sem farofa, com couve e laranja", "", ""),
    ("meal", "meu marido comeu brigadeiro na festa, eu fiquei no açaí... puro, sem granola e sem xarope", "", ""),
    ("meal", "pamonha na feira — é milho, comi uma inteira, doce", "corn sugar", "dairy"),
    ("meal", "moqueca baiana, azeite de dendê, leite de coco, arroz", "", ""),
    ("meal", "açaí da praia com guaraná e granola 🙃", "sugar", "wheat"),  # why: beach açaí is sweetened with guaraná syrup; granola may have wheat/oats
    ("meal", "comprei: tapioca, leite de coco, castanha, frango. vi o pão integral sem glúten mas tem açúcar, deixei na prateleira", "", ""),
    ("meal", "cuscuz nordestino com ovo, é flocão de milho", "corn", ""),  # why: northeastern cuscuz is corn, not wheat couscous
    ("label", "Biscoito de Polvilho Globo. Ingredientes: polvilho azedo, água, gordura vegetal, sal. Não contém glúten.", "", "soy"),  # why: gordura vegetal often soybean
    ("label", "Leite Condensado Moça Nestlé. Ingredientes: Leite integral, açúcar e lactose. Contém lactose. Alérgicos: contém leite e derivados. Não contém glúten.", "dairy sugar", ""),
    ("label", "Guaraná Antarctica. Ingredientes: água gaseificada, açúcar, extrato de guaraná, acidulante ácido cítrico, aroma natural, conservador benzoato de sódio, corante caramelo IV.", "sugar", "corn"),
]

# --- France ---
BLIND33_CASES += [
    ("meal", "petit déj: café noir, deux œufs à la coque, clémentine", "", ""),
    ("meal", "croissant au comptoir. je n'ai pas résisté, jour 4 recommencé", "wheat dairy sugar", ""),
    ("meal", "déjeuner: steak frites, salade verte, vinaigrette maison", "", "sugar"),  # why: restaurant dressing may include sugar/mustard; fries usually sunflower oil in France
    ("meal", "j'ai préparé une quiche lorraine pour les enfants, moi une omelette aux champignons à l'huile d'olive", "", ""),
    ("meal", "plateau de fromages chez les beaux-parents, j'ai dit non merci, j'ai pris du raisin", "", ""),
    ("meal", "galette bretonne complète - sarrasin, jambon, œuf, emmental. j'ai demandé sans fromage mais il y avait du beurre sur la crêpière", "dairy", "wheat"),  # why: buckwheat galette batter sometimes cut with wheat flour
    ("meal", "ratatouille et riz basmati", "", ""),
    ("meal", "poulet rôti, haricots verts", "", ""),
    ("meal", "bouillabaisse sur le port, sans la rouille et sans les croûtons", "", ""),
    ("meal", "une madeleine avec le café. une seule. Proust aurait compris", "wheat dairy sugar", ""),
    ("label", "Bonne Maman Confiture Fraises. Ingrédients: fraises, sucre de canne, sucre, jus de citron concentré, gélifiant: pectine de fruits. Préparée avec 50 g de fruits pour 100 g.", "sugar", ""),
    ("label", "Gerblé Sans Gluten Galettes de Riz. Ingrédients: riz complet 96%, sel. Sans gluten. Peut contenir des traces de sésame.", "", ""),
    ("label", "Herta Le Bon Paris Jambon Cuit -25% de sel. Ingrédients: jambon de porc, sel, dextrose, bouillon (eau, arômes naturels), arômes naturels, antioxydant: érythorbate de sodium, conservateur: nitrite de sodium. Sans gluten, sans lactose.", "sugar", "corn"),  # why: dextrose usually from corn or wheat in EU
]

# --- Italy ---
BLIND33_CASES += [
    ("meal", "colazione: caffè amaro e una pesca", "", ""),
    ("meal", "pranzo: risotto allo zafferano, fatto con olio, senza burro e senza parmigiano", "", ""),
    ("meal", "ho fatto le lasagne per tutta la famiglia domenica, io ho mangiato solo la bistecca e i carciofi", "", ""),
    ("meal", "pizza margherita con i colleghi, tutta. non ce la facevo più", "wheat dairy", ""),
    ("meal", "polenta con funghi porcini, era la sagra ed ero affamata", "corn", "dairy"),  # why: polenta often finished with butter
    ("meal", "pasta di lenticchie rosse al pomodoro e basilico", "", ""),
    ("meal", "gelato alla nocciola... NO aspetta, era un sorbetto al limone. quindi solo zucchero", "sugar", ""),
    ("meal", "branzino al forno, patate, insalata", "", ""),
    ("meal", "volevo il cornetto al bar, ho preso una spremuta", "", ""),
    ("meal", "caponata della nonna, c'è zucchero nell'agrodolce", "sugar", ""),
    ("label", "Barilla Spaghetti n.5. Ingredienti: semola di grano duro, acqua. Può contenere soia e senape.", "wheat", "soy"),
    ("label", "Mulino Bianco Macine. Ingredienti: farina di frumento, zucchero, burro, panna (latte) 8%, sciroppo di glucosio-fruttosio, amido di mais, uova, agenti lievitanti, sale. Può contenere soia.", "wheat sugar dairy corn", "soy"),
    ("label", "Riso Scotti Bevanda di Riso Classico. Ingredienti: acqua, riso 16%, olio di girasole, sale. Senza zuccheri aggiunti*. *contiene naturalmente zuccheri. Senza lattosio, senza glutine.", "", ""),
]

# --- Germany ---
BLIND33_CASES += [
    ("meal", "Frühstück: Rührei mit Schnittlauch, Gurke, schwarzer Kaffee", "", ""),
    ("meal", "Mittag Kantine: Schnitzel mit Pommes. Paniert. Hab nicht nachgedacht.", "wheat", "corn soy"),
    ("meal", "mein Mann hat Käsespätzle gegessen, ich hatte Kartoffelsalat mit Essig-Öl, ohne Mayo", "", "sugar"),  # why: Swabian potato salad often has a pinch of sugar
    ("meal", "Currywurst am Bahnhof, ohne Brötchen, aber die Soße halt", "sugar", "corn wheat"),  # why: currywurst sauce is ketchup-based; sausage may contain fillers
    ("meal", "Linsensuppe mit Möhren und Speck", "", ""),
    ("meal", "Spargel mit neuen Kartoffeln, Hollandaise hab ich weggelassen", "", ""),
    ("meal", "Oma wollte mir Apfelstrudel geben, hab gesagt ich hab schon gegessen. Gelogen 😅", "", ""),
    ("meal", "Brezel vom Bäcker gekauft für die Kinder, ich nix", "", ""),
    ("meal", "Lachs mit Reis und Brokkoli", "", ""),
    ("meal", "Sauerkraut, Kassler, Kartoffelpüree mit Hafermilch", "", ""),
    ("label", "Haribo Goldbären. Zutaten: Glukosesirup, Zucker, Gelatine, Dextrose, Fruchtsaftkonzentrat (Apfel, Erdbeere, Himbeere, Orange, Zitrone, Ananas), Säuerungsmittel: Citronensäure, Fruchtextrakt, Färbende Pflanzenextrakte, Überzugsmittel: Bienenwachs, Carnaubawachs.", "sugar", "corn wheat"),  # why: EU glucose syrup/dextrose may be wheat or corn derived
    ("label", "Alnatura Dinkel Vollkorn Brot. Zutaten: Dinkelvollkornmehl*, Wasser, Sauerteig* (Dinkelvollkornmehl*, Wasser), Meersalz, Hefe*. *aus kontrolliert biologischem Anbau.", "wheat", ""),  # why: spelt counts as wheat
    ("label", "Alpro Soya Drink Ungesüßt. Zutaten: Wasser, geschälte Sojabohnen (8%), Calcium (Tricalciumphosphat), Stabilisator (Gellan), Meersalz, Vitamine (B2, B12, D2). Ohne Zucker.", "soy", ""),
]

# --- Netherlands ---
BLIND33_CASES += [
    ("meal", "ontbijt: havermout (glutenvrij) met water en appel", "", ""),
    ("meal", "boterham met kaas op het werk, automatisch, pas na de derde hap door 🤦‍♀️", "wheat dairy", ""),
    ("meal", "stamppot boerenkool met rookworst, aardappel gestampt met olijfolie", "", "wheat sugar corn"),  # why: rookworst often contains starch, dextrose, glucose
    ("meal", "kibbeling op de markt, met knoflooksaus. Batter dus.", "wheat", "dairy sugar soy"),  # why: knoflooksaus is often yogurt/mayo based
    ("meal", "hutspot met draadjesvlees", "", "wheat"),  # why: draadjesvlees is often dusted with flour before searing
    ("meal", "collega's hadden stroopwafels bij de koffie, ik heb er niet één gepakt", "", ""),
    ("meal", "bami goreng van de toko - wel kecap, dus soja en suiker", "soy sugar wheat", ""),  # why: bami is wheat noodles
    ("meal", "zalm, zoete aardappel, sperziebonen", "", ""),
    ("label", "Calvé Pindakaas. Ingrediënten: 90% pinda's, plantaardige olie (palm, raapzaad), suiker, zout. Kan sporen van sesam bevatten.", "sugar", ""),  # why: peanut butter trap; sugar is listed
    ("label", "De Ruijter Chocoladehagel Puur. Ingrediënten: suiker, cacaomassa, vetarme cacao, emulgator (sojalecithine), natuurlijk vanillearoma. Kan melk bevatten.", "sugar soy", "dairy"),
]

# --- Sweden ---
BLIND33_CASES += [
    ("meal", "frukost: äggröra och avokado på riskakor", "", ""),
    ("meal", "fika med kollegorna, de åt kanelbullar, jag drack svart kaffe och var sur", "", ""),
    ("meal", "köttbullar med potatismos och lingonsylt på IKEA, vet att de har ströbröd och grädde", "wheat dairy sugar", ""),
    ("meal", "lax, dillpotatis, gurksallad", "", "sugar"),  # why: pressgurka dressing is usually sugared
    ("meal", "ärtsoppa på torsdag, hoppade över pannkakan", "", ""),
    ("meal", "sushi lunch, hade med egen glutenfri tamari", "", "sugar"),  # why: sushi rice is seasoned with sugar
    ("meal", "kräftskiva - kräftor, räkor. skippade västerbottenpajen och snapsen", "", ""),
    ("label", "Oatly iKaffe Havredryck. Ingredienser: Vatten, havre 10%, rapsolja, surhetsreglerande medel (dikaliumfosfat), kalciumkarbonat, kalciumfosfat, salt, vitaminer. Kan innehålla spår av gluten. Näringsvärde per 100 ml: Energi 244 kJ/58 kcal, Fett 3,0 g, Kolhydrater 6,6 g, varav sockerarter 4,0 g.", "", "wheat"),  # why: oats, gluten traces warning; sugars are from oat enzyme breakdown, not added
    ("label", "Marabou Mjölkchoklad. Ingredienser: socker, kakaosmör, mjölkpulver, kakaomassa, vasslepulver (mjölk), mjölkfett, emulgeringsmedel (sojalecitin), arom. Kan innehålla nötter och vete.", "sugar dairy soy", "wheat"),
]

# --- Norway ---
BLIND33_CASES += [
    ("meal", "frokost: kokt egg, røkt laks, agurk", "", ""),
    ("meal", "matpakke med knekkebrød - Wasa, rug... og står hvete på pakken", "wheat", ""),
    ("meal", "fårikål for hele gjengen, lammet og kålen og pepperkornene, ingen mel i, spiste mye", "", ""),  # why: peppercorns trap; traditional farikal sometimes thickened with flour, writer says none
    ("meal", "barna fikk brunost på brødskiva, jeg tok leverpostei - oi, den har mel og melk i. rettelse: jeg spiste ikke leverposteien, bare la den på bordet", "", ""),
    ("meal", "pølse i lompe på bensinstasjonen 🙈", "", "wheat dairy sugar corn soy"),  # why: lompe is potato flatbread often with wheat flour; hot dogs contain fillers and milk protein
    ("meal", "torsk med poteter og gulrøtter, smeltet smør ved siden av men ikke for meg", "", ""),
    ("label", "Freia Melkesjokolade. Ingredienser: sukker, kakaosmør, helmelkpulver, kakaomasse, skummetmelkpulver, emulgator (soyalecitin), aroma (vanillin). Kan inneholde spor av nøtter.", "sugar dairy soy", ""),
    ("label", "Mills Majones. Ingredienser: rapsolje (79%), vann, eggeplomme (6%), eddik, salt, sukker, sennepsfrø, konserveringsmiddel (kaliumsorbat), aroma.", "sugar", ""),
]

# --- Finland ---
BLIND33_CASES += [
    ("meal", "aamupala: kananmunia ja kurkkua, musta kahvi", "", ""),
    ("meal", "karjalanpiirakka töissä, ruiskuori mut riisipuuro ja munavoi... eli maitoa", "dairy", "wheat"),  # why: rye crust often mixed with wheat flour; rice porridge filling with milk, egg butter
    ("meal", "lohikeitto, tein sen kaurakermalla", "", ""),
    ("meal", "lapset söivät mämmiä kerman ja sokerin kanssa, minä en", "", ""),
    ("meal", "poronkäristys, perunamuusi oliiviöljyllä, puolukat ilman sokeria", "", ""),
    ("meal", "salmiakkia kaksi kourallista. ei pitäisi.", "sugar wheat", "corn"),  # why: salmiakki usually contains wheat flour and syrup
    ("meal", "saunamakkara grillissä, ehkä kaksi", "", "wheat dairy corn soy sugar"),  # why: Finnish sausages contain starch, milk protein, dextrose, often soy
    ("label", "Fazer Sininen Maitosuklaa. Ainesosat: sokeri, täysmaitojauhe, kaakaovoi, kaakaomassa, kuorittu maitojauhe, emulgointiaine (soijalesitiini), aromit. Saattaa sisältää vehnää ja pähkinää.", "sugar dairy soy", "wheat"),
    ("label", "Vaasan Ruispalat. Ainesosat: täysjyväruisjauho, vesi, suola, hiiva. 100% ruista. Ei lisättyä sokeria.", "", ""),  # why: rye only, not wheat
]

# --- Greece ---
BLIND33_CASES += [
    ("meal", "πρωινό: αυγά μάτια με ντομάτα, καφές σκέτος", "", ""),
    ("meal", "fasolada with lots of olive oil, olives, no bread (hardest part)", "", ""),
    ("meal", "souvlaki merida, no pita no tzatziki, just the pork and chips and horiatiki without feta", "", "corn soy"),  # why: fried potatoes in unknown oil
    ("meal", "η γιαγιά έφτιαξε παστίτσιο για όλους, εγώ έφαγα μόνο χόρτα και ψάρι", "", ""),
    ("meal", "spanakopita at the bakery, whole piece. filo + feta. day 13, so close 😩", "wheat dairy", ""),
    ("meal", "γεμιστά με ρύζι", "", ""),
    ("meal", "greek yogurt with honey - reintro dairy day, yogurt plain but honey is on there too", "dairy", "sugar"),  # why: honey flagged as natural sweetener
    ("meal", "loukoumades smell everywhere at the panigiri. I had grilled octopus", "", ""),
    ("label", "ΦΑΓΕ Total Στραγγιστό Γιαούρτι 2%. Συστατικά: Παστεριωμένο αγελαδινό γάλα, καλλιέργεια γιαουρτιού. FAGE Total Greek Yogurt.", "dairy", ""),
    ("label", "Papadopoulou Caprice Classic Wafer Rolls. Ingredients: Sugar, Wheat Flour, Vegetable Fats (Palm, Coconut), Hazelnut Paste, Cocoa, Whey Powder (Milk), Skimmed Milk Powder, Emulsifier (Soy Lecithin), Salt, Flavourings. May contain traces of other nuts.", "sugar wheat dairy soy", ""),
]

# --- Russia ---
BLIND33_CASES += [
    ("meal", "завтрак: гречка с яйцом и огурцом", "", ""),  # why: buckwheat is not wheat
    ("meal", "борщ без сметаны, и без хлеба, что было очень грустно", "", "sugar"),  # why: borscht often gets a pinch of sugar
    ("meal", "на работе торт на день рождения коллеги, не ела, только чай без сахара", "", ""),
    ("meal", "блины у свекрови... съела три со сметаной. масленица, что поделать", "wheat dairy", "sugar"),
    ("meal", "пельмени для мужа сварила, сама ела куриную грудку с овощами", "", ""),
    ("meal", "селёдка под шубой на празднике — там майонез. небольшая порция", "", "soy sugar"),  # why: Russian mayonnaise often soybean oil, sugar
    ("meal", "шашлык из свинины, лук, помидоры", "", ""),
    ("meal", "квас из бочки, стакан. жарко было 🥵", "sugar", "wheat"),  # why: kvass is rye-based, often with barley/wheat malt
    ("label", "Кукурузные палочки «Кузя». Состав: крупа кукурузная, сахарная пудра, масло растительное, ароматизатор ванилин. Может содержать следы молока и арахиса.", "corn sugar", "dairy soy"),
    ("label", "Творог «Простоквашино» 5%. Состав: молоко нормализованное, закваска, молокосвертывающий ферментный препарат.", "dairy", ""),
]

# --- Lebanon ---
BLIND33_CASES += [
    ("meal", "فطور: لبنة وزعتر وخبز... لا لحظة، زعتر وزيت زيتون مع خيار بس، ما أكلت لبنة", "", ""),  # why: self-correction, no labneh or bread
    ("meal", "tabbouleh, hummus, grilled chicken taouk, skipped the bread basket", "wheat", "dairy"),  # why: tabbouleh contains bulgur; taouk marinade often has yogurt
    ("meal", "mjaddara with fried onions, salad", "", ""),
    ("meal", "man'oushe for the kids, i made it, didn't even taste", "", ""),
    ("meal", "teta made knefeh and I had a small piece, it's cheese and semolina and syrup 🙈", "dairy wheat sugar", ""),
    ("meal", "fattoush without the fried bread, sumac dressing, pomegranate molasses", "", ""),  # why: pomegranate molasses is reduced juice, usually no added sugar
    ("meal", "kibbeh bil sanieh at my aunts, took 2 pieces before remembering burghul", "wheat", ""),
    ("meal", "samke harra, rice", "", ""),
    ("label", "Cortas Tahini. Ingredients: 100% Sesame Seeds. Product of Lebanon.", "", ""),
    ("label", "Gandour Tarboosh Chocolate Covered Marshmallow. Ingredients: Glucose Syrup, Sugar, Wheat Flour, Cocoa Butter, Cocoa Mass, Whole Milk Powder, Vegetable Fat, Egg White, Emulsifier (Soy Lecithin E322), Gelatin, Flavouring (Vanillin).", "sugar wheat dairy soy", "corn"),
]

# --- Morocco ---
BLIND33_CASES += [
    ("meal", "tajine de poulet aux olives et citron confit, sans pain", "", ""),
    ("meal", "atay b naânaa, bla sokkar, première fois, c'est dur", "", ""),  # why: mint tea without sugar
    ("meal", "couscous du vendredi chez ma mère — j'ai mangé seulement les légumes et la viande, pas la semoule", "", ""),
    ("meal", "harira pour le ftour, avec les dattes et chebakia 😬", "wheat sugar", ""),  # why: harira thickened with flour; chebakia fried honey pastry
    ("meal", "msemen au petit-déj avec l'amlou... rechute", "wheat", "sugar dairy"),  # why: amlou often sweetened with honey; msemen sometimes with butter/smen
    ("meal", "sardines grillées, salade marocaine", "", ""),
    ("meal", "حريرة بدون الشعرية ولا الدقيق، درتها بالحمص والعدس", "", ""),  # why: harira made without vermicelli or flour
    ("meal", "pastilla au poulet au mariage. amandes, sucre glace, feuilles de warqa. trop bon", "wheat sugar", "dairy"),  # why: warqa layers usually brushed with butter
    ("label", "Mounir Sardines à l'Huile Végétale. Ingrédients: sardines, huile de soja, sel. Produit du Maroc.", "soy", ""),
    ("label", "Dari Couscous Moyen. Ingrédients: Semoule de blé dur. Contient du gluten.", "wheat", ""),
]

# --- Quick plain logs, many places (mostly no talk) ---
BLIND33_CASES += [
    ("meal", "chicken breast, rice, broccoli", "", ""),
    ("meal", "apple + handful of walnuts", "", ""),
    ("meal", "tuna w avocado, lemon, salt pepper", "", ""),
    ("meal", "2 slices toast w butter and jam", "wheat dairy sugar", ""),
    ("meal", "bowl of cheerios w milk", "dairy sugar", "corn"),  # why: Cheerios are oat-based with sugar; corn starch in some varieties
    ("meal", "coke", "sugar", "corn"),  # why: HFCS in US, sugar elsewhere
    ("meal", "banana", "", ""),
    ("meal", "lentil soup, carrot sticks", "", ""),
    ("meal", "turkey chili w sweet potato", "", ""),
    ("meal", "lamb kofta, cucumber salad, rice", "", ""),
    ("meal", "scrambled tofu w spinach", "soy", ""),
    ("meal", "grilled salmon, asparagus, quinoa", "", ""),
    ("meal", "roti, dal, bhindi", "wheat", ""),
    ("meal", "egg fried rice w soy sauce", "soy wheat", "corn"),  # why: soy sauce definite; frying oil unknown
    ("meal", "pear", "", ""),
    ("meal", "rice noodles, beef, bean sprouts, basil", "", ""),
    ("meal", "granola bar on the bus", "sugar", "wheat soy dairy"),  # why: typical granola bars have sugar/honey, soy lecithin; oats with wheat contact
    ("meal", "baked potato w olive oil, steamed green beans", "", ""),
    ("meal", "corn tortilla tacos w carnitas and salsa", "corn", ""),
    ("meal", "buttercup squash soup w coconut milk", "", ""),  # why: buttercup squash and coconut milk traps
    ("meal", "sugar snap peas and hummus", "", ""),
    ("meal", "corned beef hash w eggs", "", "sugar"),  # why: corned beef trap; cures may include sugar/dextrose
    ("meal", "oat milk latte (oatly barista)", "", "wheat"),  # why: not dairy; oats possibly cross-contaminated
    ("meal", "pho ga", "", "sugar"),
    ("meal", "cheese omelette", "dairy", ""),
    ("meal", "black coffee, 2 boiled eggs", "", ""),
    ("meal", "beef stew w potatoes and carrots", "", "wheat"),  # why: stews are commonly thickened with flour
    ("meal", "mango, lime, chili salt", "", ""),
    ("meal", "plain rice cakes x3 with almond butter", "", ""),
    ("meal", "spag bol", "wheat", "sugar dairy"),
]

# --- More pasted labels people checked ---
BLIND33_CASES += [
    ("label", "San-J Organic Tamari Gluten Free Soy Sauce. Ingredients: Water, Organic Soybeans, Salt, Organic Alcohol (to preserve freshness). Certified Gluten-Free. Brewed without wheat.", "soy", ""),
    ("label", "Coconut Secret Coconut Aminos Original. Soy-Free Seasoning Sauce. Ingredients: Organic Coconut Tree Sap Aged and Blended with Sun-Dried Sea Salt. 90 mg sodium per tsp.", "", "sugar"),  # why: coconut sap is a natural sweetener base, contains sugars
    ("label", "Coffee-mate The Original Non-Dairy Creamer. INGREDIENTS: CORN SYRUP SOLIDS, HYDROGENATED VEGETABLE OIL (COCONUT AND/OR PALM KERNEL AND/OR SOYBEAN), AND LESS THAN 2% OF SODIUM CASEINATE (A MILK DERIVATIVE)**, MONO- AND DIGLYCERIDES, DIPOTASSIUM PHOSPHATE, ARTIFICIAL FLAVOR, ANNATTO COLOR. **NOT A SOURCE OF LACTOSE.", "corn sugar dairy", "soy"),  # why: 'non-dairy' but caseinate is dairy
    ("label", "Heinz Tomato Ketchup. INGREDIENTS: TOMATO CONCENTRATE FROM RED RIPE TOMATOES, DISTILLED VINEGAR, HIGH FRUCTOSE CORN SYRUP, CORN SYRUP, SALT, SPICE, ONION POWDER, NATURAL FLAVORING.", "corn sugar", ""),
    ("label", "Primal Kitchen Organic Unsweetened Ketchup. Ingredients: Organic Tomato Concentrate, Organic Balsamic Vinegar, Less than 2% of: Salt, Organic Onion Powder, Organic Garlic Powder, Organic Spices. No sugar added. Whole30 Approved.", "", ""),
    ("label", "Schär Gluten Free Artisan Baker White Bread. Ingredients: Water, Corn Starch, Sourdough (Rice Flour, Water), Rice Flour, Rice Starch, Psyllium Husk, Modified Cellulose, Sugar, Yeast, Vegetable Fiber (Bamboo), Sunflower Oil, Salt, Honey. Gluten free, wheat free, lactose free.", "corn sugar", ""),
    ("label", "Canyon Bakehouse Mountain White Gluten Free Bread. INGREDIENTS: WATER, WHOLE GRAIN BLEND (BROWN RICE FLOUR, WHOLE GRAIN SORGHUM FLOUR, WHOLE GRAIN MILLET FLOUR, GLUTEN-FREE WHOLE GRAIN OAT FLOUR), TAPIOCA STARCH, POTATO STARCH, EGG WHITES, EVAPORATED CANE JUICE, XANTHAN GUM, YEAST, SALT, APPLE CIDER VINEGAR, CULTURED BROWN RICE FLOUR. Dairy free, nut free, soy free.", "sugar", "corn"),
    ("label", "Daiya Cheddar Style Shreds. Dairy-free, gluten-free, soy-free. Ingredients: Filtered Water, Tapioca Starch, Coconut Oil, Expeller Pressed Canola and/or Safflower Oil, Vegan Natural Flavors, Pea Protein, Salt, Tricalcium Phosphate, Lactic Acid (Vegan), Konjac Gum, Xanthan Gum, Yeast Extract, Annatto, Turmeric.", "", "corn"),  # why: xanthan gum possibly corn-derived; dairy-free claim holds
    ("label", "Follow Your Heart Soy-Free Vegenaise. Ingredients: Expeller-Pressed Canola Oil, Filtered Water, Pea Protein, Apple Cider Vinegar, Lemon Juice Concentrate, Sea Salt, Mustard Flour, Garlic Powder, Lemon Oil. Soy free, egg free, dairy free.", "", ""),
    ("label", "Smucker's Natural Creamy Peanut Butter. Ingredients: Peanuts, contains 1% or less of Salt. Stir well.", "", ""),  # why: peanut butter trap
    ("label", "Musselman's Apple Butter. Ingredients: Apples, High Fructose Corn Syrup, Corn Syrup, Cider Vinegar, Spice.", "corn sugar", ""),  # why: apple butter is not dairy, but has HFCS
    ("label", "McCormick Cream of Tartar. Ingredients: Cream of Tartar (Potassium Bitartrate).", "", ""),
    ("label", "Trident Sugar Free Gum Original. Ingredients: Sorbitol, Gum Base, Glycerin, Mannitol, Natural and Artificial Flavoring, Xylitol, less than 2% of Hydrogenated Starch Hydrolysate, Aspartame, Acesulfame Potassium, Soy Lecithin, BHT. Phenylketonurics: contains phenylalanine.", "soy", "corn"),  # why: sugar-free, but sorbitol/HSH often corn-derived
    ("label", "KIND Dark Chocolate Nuts & Sea Salt. Ingredients: Almonds, Peanuts, Chicory Root Fiber, Honey, Palm Kernel Oil, Sugar, Glucose Syrup, Cocoa Powder, Rice Flour, Sea Salt, Soy Lecithin, Natural Flavor, Milk. Contains: Almonds, Peanuts, Milk, Soy.", "sugar soy dairy", "corn"),
    ("label", "Thai Kitchen Organic Unsweetened Coconut Milk. Ingredients: Organic Coconut, Water, Guar Gum. Gluten free, dairy free.", "", ""),
    ("label", "Silk Unsweet Almondmilk. Ingredients: Almondmilk (Filtered Water, Almonds), Calcium Carbonate, Sea Salt, Potassium Citrate, Sunflower Lecithin, Gellan Gum, Vitamin A Palmitate, Vitamin D2, D-Alpha-Tocopherol. Dairy Free • Soy Free • Gluten Free.", "", ""),
    ("label", "Nutrition Facts  Serving size 1 cup (55g)  Calories 210 ... INGREDIENTS: WHOLE GRAIN CORN, SUGAR, CORN SYRUP, CORN MEAL, SALT, HONEY, CARAMEL COLOR, BHT FOR FRESHNESS. VITAMINS AND MINERALS: ...  CONTAINS: (nothing listed)", "corn sugar", ""),
    ("label", "Kraft Original Mac & Cheese Dinner. INGREDIENTS: ENRICHED MACARONI (WHEAT FLOUR, DURUM FLOUR, NIACIN, FERROUS SULFATE, THIAMIN MONONITRATE, RIBOFLAVIN, FOLIC ACID); CHEESE SAUCE MIX (WHEY, MILKFAT, MILK PROTEIN CONCENTRATE, SALT, SODIUM TRIPOLYPHOSPHATE, CONTAINS LESS THAN 2% OF CITRIC ACID, LACTIC ACID, SODIUM PHOSPHATE, CALCIUM PHOSPHATE, PAPRIKA, TURMERIC, ANNATTO, ENZYMES, CHEESE CULTURE). CONTAINS: WHEAT, MILK.", "wheat dairy", "corn"),  # why: citric acid is a listed possible corn source
    ("label", "Bob's Red Mill Gluten Free 1-to-1 Baking Flour. Ingredients: Sweet White Rice Flour, Whole Grain Brown Rice Flour, Potato Starch, Whole Grain Sorghum Flour, Tapioca Flour, Xanthan Gum. Manufactured in a facility that also uses tree nuts and soy.", "", "corn soy"),
    ("label", "Lay's Classic Potato Chips. Ingredients: Potatoes, Vegetable Oil (Sunflower, Corn, and/or Canola Oil), and Salt. No artificial flavors.", "", "corn"),
    ("label", "Tostitos Original Restaurant Style Tortilla Chips. INGREDIENTS: CORN, VEGETABLE OIL (CORN, CANOLA, AND/OR SUNFLOWER OIL), SALT.", "corn", ""),
    ("label", "Kikkoman Soy Sauce. Ingredients: Water, Wheat, Soybeans, Salt, Sodium Benzoate: less than 1/10 of 1% as a preservative.", "soy wheat", ""),
    ("label", "Vegetable Bouillon Cubes 'Knorr'. Ingredients: Salt, Hydrolyzed Vegetable Protein, Maltodextrin, Palm Oil, Onion Powder, Sugar, Caramel Color, Spices, Dehydrated Parsley, Disodium Inosinate. C0NTAINS: S0Y, WHEAT.", "sugar soy wheat", "corn"),  # why: allergen line (OCR zeros) names soy and wheat as the HVP source; maltodextrin/caramel colour possibly corn
    ("label", "Organic Sweet Potato Puree. Ingredients: organic sweet potatoes. Nothing else. Unsweetened. Non-GMO.", "", ""),
    ("label", "Libby's Corned Beef. Ingredients: Cooked Corned Beef, Salt, Sugar, Sodium Nitrite. Product of Brazil.", "sugar", ""),  # why: corned beef is not corn; sugar is in the cure
]
