# ruff: noqa: E501
"""Blind labelled set 15: Europeans (UK/IE, FR, DACH, IT, ES, PT, NL/BE, Nordics, PL, GR, TR, UA) posting in their own languages, plus European supermarket labels."""

BLIND15_CASES: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------------------
# Siobhan, Dublin: all lower case, Irish slang, Tesco/Dunnes/Centra, quick posts
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("meal", "porridge w blueberries and a bit of honey, barrys tea black", "", "wheat sugar"),  # why: ordinary oats may carry wheat cross-contact; honey is a natural sweetener
    ("meal", "chicken fillet roll from the centra deli, butter, no mayo", "wheat dairy", "corn soy sugar"),  # why: breaded fillet in a roll; fryer oil and breading extras unknown
    ("meal", "2 boiled eggs and a banana. grand", "", ""),
    ("meal", "full irish at my mams - rashers, sausages, black n white pudding, beans, brown bread w butter", "wheat dairy sugar", "corn"),  # why: Irish sausages have rusk, puddings often flour, beans in sweetened sauce, brown soda bread with buttermilk + butter; cure dextrose possible
    ("meal", "salmon, baby potatoes and broccoli, olive oil. clean day!!", "", ""),
    ("meal", "ah lads. spice bag from the chipper 🙈", "wheat", "corn soy sugar"),  # why: coated chicken; spice mix often sugared; fryer oil
    ("meal", "taytos cheese and onion, just one bag", "dairy", "corn sugar"),  # why: seasoning has whey/cheese; dextrose common in seasoning
    ("meal", "smoothie: spinach, banana, frozen mango, almond milk (unsweetened)", "", ""),
    ("meal", "coffee w oat milk from insomnia", "", "wheat"),  # why: oat drink, oats may carry wheat cross-contact
    ("meal", "lunch was a tesco meal deal 😬 chicken & bacon sandwich, walkers ready salted, diet coke", "wheat", "soy corn sugar"),  # why: UK sandwich bread often has soya flour; bacon cure sugar; diet coke caramel colour; ready salted is just potato/oil/salt
    ("meal", "dinner: beef stew w carrots parsnips spuds. i didnt thicken it w flour this time, used nothing", "", ""),
    ("meal", "guinness x2 at the match", "", "wheat"),  # why: malted-barley beer; malt may mean wheat
    ("meal", "supermacs snack box 🙃", "wheat", "dairy corn soy sugar"),  # why: breaded fried chicken and chips; coating/fryer unknown
    ("meal", "rice cakes w peanut butter and banana", "", "sugar"),  # why: peanut butter is not dairy; many brands add sugar
    ("meal", "overnight oats w coconut yog and chia", "", "wheat"),  # why: coconut yogurt is not dairy; oats cross-contact
    ("meal", "brown bread w smoked salmon. it was gluten free bread from dunnes, checked", "", "corn sugar"),  # why: GF breads usually use maize starch and sugar
    ("meal", "scone w jam and cream at the garden centre 😭 worth it tho", "wheat dairy sugar", ""),
    ("meal", "omelette (3 eggs, peppers, onion, spinach) cooked in olive oil", "", ""),
    ("meal", "tea w milk", "dairy", ""),
    ("meal", "roast chicken, roasties in duck fat, carrots, gravy from bisto granules", "", "wheat corn soy sugar"),  # why: gravy granules typically hold wheat flour, maltodextrin, caramel colour, sugar, sometimes soya lecithin
    ("meal", "apple and a handful of almonds", "", ""),
    ("meal", "bday cake in work, small slice", "wheat dairy sugar", "corn soy"),
    ("meal", "chicken curry from the chinese, boiled rice", "wheat sugar", "corn soy"),  # why: Irish chinese-takeaway curry sauce is a flour roux with sugar
    ("meal", "breakfast: 2 poached eggs on buckwheat pancakes i made myself (just buckwheat flour, egg, water)", "", ""),  # why: buckwheat is not wheat
    ("meal", "soda bread and butter w veg soup at the cafe", "wheat dairy", "corn soy"),  # why: cafe soup stock cube may hold maltodextrin / hydrolysed vegetable protein
    ("meal", "nothing much today. coffee black, apple, then a big salad w chicken, avocado, balsamic", "", "corn"),  # why: cheap balsamic often contains caramel colour
    ("meal", "correction on the salad - there was feta on it too, forgot", "dairy", ""),
    ("meal", "magners w ice 🍏", "sugar", "corn"),  # why: commercial cider with added sugar / glucose syrup
    ("meal", "lamb chops, mash made w olive oil not butter, peas", "", ""),
    ("meal", "kinda slipped. 2 mikados and a cuppa w milk", "wheat dairy sugar", "corn"),  # why: Mikado biscuits: flour, sugar, marshmallow (glucose syrup), jam; milk in tea
]

# ---------------------------------------------------------------------------
# Gareth, Manchester: abbreviations (w/, tbh, cba), chains (Greggs, Nando's, Wagamama, Spoons), gym meal prep
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("meal", "brekkie: 3 scrambled eggs w/ spinach, cooked in butter tbh", "dairy", ""),
    ("meal", "greggs sausage roll. dont judge me", "wheat", "dairy corn sugar"),  # why: pastry + rusk; sausage meat may have dextrose
    ("meal", "nandos 1/4 chicken lemon & herb, spicy rice, corn on the cob", "corn", "dairy sugar"),  # why: corn on the cob may be buttered; marinade/rice seasoning may hold sugar
    ("meal", "pret chicken avo salad, no dressing", "", ""),
    ("meal", "costa flat white w/ oat", "", "wheat"),  # why: oat drink instead of milk
    ("meal", "wagamama chicken katsu curry 😍", "wheat sugar", "corn soy"),  # why: panko crumb; katsu sauce is sweetened
    ("meal", "yaki soba w/ tamari instead of soy sauce, asked for rice noodles not the egg noodles", "soy", "sugar"),  # why: tamari is soy; sauce may be sweetened
    ("meal", "chicken breast, brown rice, broccoli. meal prep day 1/5", "", ""),
    ("meal", "meal prep 2/5 same again lol", "", ""),
    ("meal", "protein shake - myprotein impact whey, water", "dairy", "soy"),  # why: whey; flavoured versions usually have soy lecithin
    ("meal", "spoons fish & chips & mushy peas + a pint of carling", "wheat", "corn soy sugar"),  # why: batter; fryer oil; mushy peas often sugared; lager
    ("meal", "leon lentil & chickpea bowl w/ brown rice, no sauce", "", ""),
    ("meal", "jacket potato w/ tuna (mixed w/ olive oil not mayo) + side salad", "", ""),
    ("meal", "beans on toast, cba to cook", "wheat sugar", "corn soy dairy"),  # why: UK beans: sugar + often modified cornflour; bread may have soya flour; toast usually buttered
    ("meal", "2 x weetabix w/ semi skimmed", "wheat dairy sugar", ""),  # why: Weetabix contains sugar and malted barley
    ("meal", "slice of coworkers birthday cake again smh", "wheat dairy sugar", "corn soy"),
    ("meal", "tesco finest steak, sweet potato wedges, green beans, all in olive oil", "", ""),  # why: sweet potato is not sugar
    ("meal", "curry night: chicken tikka masala from the indian + pilau rice + garlic naan", "wheat dairy", "corn soy sugar"),  # why: naan; masala sauce with cream/butter, often sugar; restaurant oil
    ("meal", "oops not garlic naan, had a chapati. still wheat innit", "wheat", "dairy"),  # why: chapati may be brushed with ghee
    ("meal", "apple, pear, and a babybel", "dairy", ""),
    ("meal", "2 pints of peroni", "corn", "wheat"),  # why: Peroni is brewed with maize
    ("meal", "lush sunday roast: beef, yorkshire pud, roasties, gravy, cauli cheese", "wheat dairy", "corn soy sugar"),  # why: yorkshire pudding batter, cheese sauce; gravy hidden sources
    ("meal", "black coffee, then fasted till 1", "", ""),
    ("meal", "kfc zinger box meal. i was hungover", "wheat", "dairy corn soy sugar"),  # why: breaded fillet in bun; sides/drink vary
    ("meal", "tuna steak, quinoa, roasted veg, balsamic glaze", "", "corn sugar"),  # why: glazes are thickened/sweetened reductions
    ("meal", "popcorn at the cinema, sweet n salty 🍿", "corn sugar", "dairy"),
    ("meal", "homemade chilli con carne, rice, no sour cream or cheese this time", "", ""),
    ("meal", "fage 0% w berries", "dairy", ""),
    ("meal", "prawn stir fry w/ coconut aminos, veg, rice", "", ""),  # why: coconut aminos are not soy
    ("meal", "ended the day w/ a dairy milk bar 🤦", "dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Camille, Lyon: French with franglais, accents mostly kept, emoji, bouchon and boulangerie food
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("meal", "petit dej: café noir + 2 oeufs au plat, avocat", "", ""),
    ("meal", "croissant au beurre à la boulangerie... craquage 🥐", "wheat dairy sugar", ""),
    ("meal", "midi: salade niçoise maison, huile d'olive, pas de pain", "", ""),
    ("meal", "galette complète à la crêperie (jambon, oeuf, emmental)", "dairy", "wheat corn sugar"),  # why: galette = buckwheat (blé noir is not wheat) but many crêperies add wheat flour; ham cure may hold dextrose
    ("meal", "une crêpe au sucre en dessert 🙈", "wheat dairy sugar", ""),
    ("meal", "quenelle de brochet sauce Nantua, typique lyonnais", "wheat dairy", ""),  # why: quenelle panade of flour, butter, milk; Nantua is a cream/butter sauce
    ("meal", "soir: poulet rôti, haricots verts, riz", "", ""),
    ("meal", "yaourt nature au lait de brebis", "dairy", ""),  # why: sheep milk is still dairy
    ("meal", "lait d'amande sans sucres (Bjorg) dans mon porridge", "", "wheat corn"),  # why: oats cross-contact; Bjorg almond drink uses xanthan gum
    ("meal", "baguette tradition + rillettes à l'apéro", "wheat", ""),
    ("meal", "verre de vin rouge, côtes du rhône", "", ""),
    ("meal", "ratatouille de ma grand-mère, tout à l'huile d'olive", "", ""),
    ("meal", "cordon bleu + frites au resto U 😩", "wheat dairy", "corn soy sugar"),  # why: breaded, cheese-filled; industrial product + fryer
    ("meal", "saucisson sec, cornichons, un peu de comté", "dairy", "corn sugar"),  # why: cornichons are gherkins, not corn; saucisson often has lactose/dextrose/sucrose
    ("meal", "tartine pain sans gluten + purée d'amande", "", "corn sugar"),  # why: GF bread usually maize starch + sugar
    ("meal", "déj au japonais: sashimi saumon + bol de riz nature, j'ai pris du tamari au lieu de la sauce soja", "soy", ""),  # why: tamari is soy; plain steamed rice
    ("meal", "sushi x12 et soupe miso", "soy sugar", "wheat"),  # why: sushi rice is seasoned with sugar; miso; dipping soy sauce likely
    ("meal", "Oatly barista dans mon café", "", "wheat"),
    ("meal", "steak tartare, salade verte, pas de frites", "", "sugar"),  # why: Worcestershire/ketchup often in the seasoning
    ("meal", "tarte tatin au dessert, j'ai pas résisté", "wheat dairy sugar", ""),
    ("meal", "pois gourmands sautés + poulet + quinoa", "", ""),  # why: pois gourmands = snow/snap peas, not sugar
    ("meal", "brunch: pancakes, sirop d'érable, bacon", "wheat dairy sugar", "corn"),  # why: pancake batter; bacon cure
    ("meal", "soupe de potiron maison, sans crème", "", ""),
    ("meal", "Perrier citron", "", ""),
    ("meal", "gratin dauphinois avec le rôti de porc", "dairy", ""),
    ("meal", "chips nature (Lay's) + un coca zéro", "", "corn"),  # why: plain crisps are potato/oil/salt; cola zero has caramel colour, no sugar
    ("meal", "fondue savoyarde entre potes 🧀🧀", "dairy wheat", "corn"),  # why: bread cubes; fondue often bound with Maïzena
    ("meal", "taboulé libanais (persil, un peu de boulgour)", "wheat", ""),  # why: bulgur is wheat
    ("meal", "polenta crémeuse au parmesan", "corn dairy", ""),
    ("meal", "madeleine avec le thé", "wheat dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Lukas, München: German, often ae/oe/ue instead of umlauts, some English, Bavarian food
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("meal", "Frühstück: Rührei mit Schnittlauch, in Butter", "dairy", ""),
    ("meal", "weisswurst mit brezn und suessem senf, typisch bayrisch halt", "wheat sugar", "dairy"),  # why: Brezn; sweet mustard is sugared; some Weisswurst recipes add milk
    ("meal", "Vollkornbrot mit Avocado", "", "wheat"),  # why: Vollkorn = wholegrain, no corn; German wholegrain bread is often rye with some wheat
    ("meal", "Mittag: Leberkässemmel vom Metzger", "wheat", "dairy corn sugar"),  # why: Leberkäse has no cheese; Semmel is wheat; may contain dextrose or milk protein
    ("meal", "Salat mit Hähnchen, Olivenöl, Zitrone", "", ""),
    ("meal", "Schweinebraten mit Semmelknödel und Dunkelbier-Soße", "wheat dairy", "corn sugar"),  # why: Semmelknödel = bread + milk; sauce with beer, often Soßenbinder (maize starch)
    ("meal", "Spezi 🥤", "sugar", "corn"),  # why: cola-orange soda; caramel colour
    ("meal", "Maß Helles auf der Wiesn 🍺", "", "wheat"),  # why: barley-malt beer
    ("meal", "ein halbes Hendl dazu", "", "dairy"),  # why: Wiesn Hendl often brushed with butter
    ("meal", "Zuckerschoten mit Reis und Lachs", "", ""),  # why: Zuckerschoten = sugar snap peas
    ("meal", "Kaesespaetzle bei Oma 🤤", "wheat dairy", ""),
    ("meal", "Haferflocken mit Mandeldrink ungesüßt und Beeren", "", "wheat"),
    ("meal", "Müsliriegel von dm, hatte hunger", "sugar", "wheat corn soy"),
    ("meal", "Currywurst Pommes Mayo, sorry not sorry", "sugar", "wheat corn soy dairy"),  # why: curry ketchup is sugared; sausage may have milk protein/starch; mayo and fryer oil
    ("meal", "Kaffee schwarz", "", ""),
    ("meal", "Cappu mit Hafermilch", "", "wheat"),
    ("meal", "Abendbrot: Roggenbrot mit Butter und Bergkäse", "dairy", "wheat"),  # why: rye bread usually has some wheat
    ("meal", "Maiswaffeln mit Erdnussmus", "corn", ""),  # why: Erdnussmus is peanut butter, not dairy
    ("meal", "Gemüsepfanne mit Tofu und Kokosaminos statt Sojasoße", "soy", ""),  # why: tofu is soy; coconut aminos replace soy sauce
    ("meal", "Apfelstrudel mit Vanillesoße 😬", "wheat dairy sugar", "corn"),  # why: vanilla sauce usually thickened with maize starch
    ("meal", "Buchweizenpfannkuchen, nur Buchweizenmehl, Ei, Wasser", "", ""),  # why: Buchweizen is not wheat
    ("meal", "Wiener Schnitzel (vom Kalb) mit Kartoffelsalat", "wheat", "dairy sugar"),  # why: breadcrumbs; often fried in clarified butter; Bavarian potato salad dressing often has sugar
    ("meal", "Radler", "sugar", "wheat"),  # why: beer + sweetened lemonade
    ("meal", "Döner mit alles, scharf", "wheat dairy", "soy corn sugar"),  # why: bread + yogurt sauces; döner meat may contain milk powder / soy
    ("meal", "Obst: Apfel, Birne, paar Trauben", "", ""),
    ("meal", "Kartoffelsuppe (ohne Sahne, mit Gemüsebrühe) mit Wienerle", "", "corn sugar"),  # why: Wiener often contain dextrose; broth powder maltodextrin
    ("meal", "Steak mit grünem Pfefferkorn, ohne Soße, Salat", "", ""),  # why: peppercorn is not corn
    ("meal", "correction: war doch Sahnesoße zum steak, vergessen", "dairy", ""),
    ("meal", "Lebkuchen vom Christkindlmarkt", "wheat sugar", "soy"),  # why: sugar/honey dough on wheat wafer (Oblate)
    ("meal", "Glühwein dazu", "sugar", ""),
]

# ---------------------------------------------------------------------------
# Nina, Zürich: Swiss German dialect words (Zmorge, Zmittag, Chäs), some French and English, precise
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("meal", "Birchermüesli vom Migros Take-away", "dairy", "wheat sugar"),  # why: Bircher with yogurt/cream; oats; often sweetened
    ("meal", "Zmorge: Zopf mit Butter und Konfi 😅", "wheat dairy sugar", ""),
    ("meal", "Rösti mit Spiegelei, in Bratbutter", "dairy", ""),
    ("meal", "Zmittag: Salat mit Quinoa, Kichererbsen, Olivenöl", "", ""),
    ("meal", "raclette am Abend, nur Kartoffeln, Chäs, Cornichons", "dairy", "sugar"),  # why: cornichons are gherkins; Swiss pickles often have sugar in the brine
    ("meal", "Rivella rot", "dairy sugar", ""),  # why: Rivella is made with milk serum (whey) and sugar
    ("meal", "Ovomaltine-Schoggidrink", "dairy sugar", "wheat"),  # why: barley malt extract
    ("meal", "Kafi crème, ohni Rahm", "", ""),  # why: a Swiss café crème is just a coffee; no cream taken
    ("meal", "Fondue moitié-moitié chez des amis, avec du pain", "dairy wheat", "corn"),
    ("meal", "Älplermagronen 🙈", "wheat dairy", "sugar"),  # why: macaroni, cheese, cream; served with apple sauce that may be sweetened
    ("meal", "Zürcher Geschnetzeltes mit Reis statt Rösti", "dairy", "wheat"),  # why: cream sauce; meat often dusted with flour
    ("meal", "Luxemburgerli 2 Stk (Sprüngli)", "sugar dairy", ""),  # why: almond meringue shells with buttercream filling
    ("meal", "Basler Läckerli", "wheat sugar", ""),
    ("meal", "Nüsslisalat mit Ei und French Dressing vom Restaurant", "", "dairy soy sugar"),  # why: Swiss French dressing is creamy, mayo/milk based, often sweetened
    ("meal", "Capuns, wie in Graubünden", "wheat dairy", ""),  # why: Spätzli dough in chard leaves, cooked in milk/cream broth with cheese
    ("meal", "Engadiner Nusstorte", "wheat dairy sugar", ""),
    ("meal", "Apfel und ein paar Mandeln", "", ""),
    ("meal", "Cervelat vom Grill mit Senf", "", "corn sugar"),  # why: Cervelat may contain dextrose
    ("meal", "quinoa bowl, tofu, edamame, sesame", "soy", ""),
    ("meal", "Thé froid (Migros Ice Tea Lemon)", "sugar", "corn"),
    ("meal", "Pain paillasse + houmous", "wheat", ""),
    ("meal", "Polenta mit Rindsragout", "corn", "wheat dairy"),  # why: polenta often finished with butter; ragout meat floured
    ("meal", "Vermicelles 😍", "sugar dairy", ""),  # why: sweetened chestnut purée with cream/meringue
    ("meal", "Tee mit Honig", "", "sugar"),
    ("meal", "Correction: d Vermicelles waren ohne Rahm und ohne Meringue", "sugar", "dairy"),  # why: the purée itself is sugared and may contain butter
]

# ---------------------------------------------------------------------------
# Giulia, Bologna: Italian, lots of emoji, bar breakfasts and regional dishes
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("meal", "colazione: cappuccino e cornetto al bar ☕🥐", "wheat dairy sugar", ""),
    ("meal", "pranzo: tagliatelle al ragù 😍", "wheat", "dairy"),  # why: egg pasta; Bolognese ragù often has milk and a grating of parmigiano
    ("meal", "insalata di riso con tonno, olive, sott'aceti", "", "sugar"),  # why: jarred pickled vegetables often sweetened
    ("meal", "spritz aperol 🍊", "sugar", ""),
    ("meal", "tigelle con mortadella e squacquerone", "wheat dairy", "corn sugar"),  # why: mortadella may contain sugar/dextrose
    ("meal", "riso in bianco con olio e parmigiano, stomaco ko", "dairy", ""),
    ("meal", "orata al forno con patate e rosmarino", "", ""),
    ("meal", "farinata di ceci, solo ceci acqua olio sale", "", ""),  # why: chickpea flour, not wheat
    ("meal", "piadina crudo e rucola", "wheat", ""),
    ("meal", "gelato: fiordilatte e pistacchio 🍨", "dairy sugar", ""),
    ("meal", "sorbetto al limone", "sugar", "dairy"),  # why: sorbet is usually milk-free; gelateria cross-contact
    ("meal", "polenta con funghi", "corn", "dairy"),
    ("meal", "caffè macchiato", "dairy", ""),
    ("meal", "pizzoccheri della Valtellina con verze, patate e casera", "wheat dairy", ""),  # why: pizzoccheri dough is buckwheat mixed with wheat flour; butter and cheese
    ("meal", "gallette di riso e avocado", "", ""),
    ("meal", "pizza margherita da asporto 🍕", "wheat dairy", "sugar"),
    ("meal", "pizza con base di cavolfiore, senza mozzarella... dai", "", "wheat dairy corn"),  # why: ready cauliflower bases often bind with cheese and starch/flour
    ("meal", "bresaola, rucola e grana", "dairy", "corn sugar"),  # why: bresaola cure may contain dextrose
    ("meal", "acqua frizzante e un'arancia", "", ""),
    ("meal", "tortellini in brodo, natale 🎄", "wheat dairy", "sugar"),  # why: filling with mortadella (may be sugared) and parmigiano
    ("meal", "biscotti Mulino Bianco a colazione 😔", "wheat sugar", "dairy soy corn"),
    ("meal", "latte di soia nel caffè", "soy", "sugar"),  # why: soy milk is soy, not dairy; often sweetened
    ("meal", "frittata di zucchine", "", "dairy"),  # why: frittata often has parmigiano
    ("meal", "arancino al ragù (Catania)", "wheat dairy", "corn soy"),
    ("meal", "tiramisù della nonna", "wheat dairy sugar", ""),
    ("meal", "pesto alla genovese con trofie", "wheat dairy", ""),
    ("meal", "pesto vegano senza formaggio con pasta di lenticchie rosse (100% lenticchie)", "", ""),
    ("meal", "birra Moretti 🍺", "corn", "wheat"),  # why: Birra Moretti is brewed with maize
    ("meal", "correzione: non era Moretti, era una Weiss", "wheat", ""),
    ("meal", "castagnaccio", "", "sugar"),  # why: chestnut flour cake; traditional is unsweetened but some add sugar
]

# ---------------------------------------------------------------------------
# Javier, Madrid: Spanish without accents, texting abbreviations (q, xq, obvio), tapas
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("meal", "desayuno: tostada con tomate y aceite, cafe solo", "wheat", ""),
    ("meal", "pan sin gluten de mercadona con tomate y jamon iberico", "", "corn sugar"),
    ("meal", "menu del dia: lentejas + merluza a la plancha + fruta", "", "corn sugar"),  # why: lentejas usually stewed with chorizo (dextrose/sugar)
    ("meal", "caña con unas bravas 🍺", "", "wheat corn soy sugar"),  # why: Spanish lager often uses maize; salsa brava may be flour/ketchup based; fryer oil
    ("meal", "tortilla de patatas (sin cebolla obvio)", "", ""),
    ("meal", "croquetas de jamon x4", "wheat dairy", "corn soy"),
    ("meal", "paella de marisco en la playa", "", ""),
    ("meal", "gazpacho en el bar de abajo", "", "wheat"),  # why: traditional gazpacho often includes bread
    ("meal", "churros con chocolate, domingo 🙃", "wheat sugar dairy", "corn soy"),  # why: Spanish hot chocolate is made with milk and often thickened with cornstarch
    ("meal", "xq hay tanto azucar en todo?? yogur natural sin azucar + nueces", "dairy", ""),
    ("meal", "pollo al ajillo con arroz blanco", "", ""),
    ("meal", "bocata de calamares en la plaza mayor", "wheat", "corn soy"),
    ("meal", "jamon serrano y queso manchego de picoteo", "dairy", "corn sugar"),  # why: serrano cure often includes sugar/dextrose
    ("meal", "ceviche sin choclo ni camote, ojo q la leche de tigre no lleva leche", "", ""),  # why: leche de tigre is the lime marinade
    ("meal", "cocido madrileño de la abuela", "wheat", "corn sugar"),  # why: the soup course has fideos; chorizo
    ("meal", "salmorejo con huevo y jamon", "wheat", ""),  # why: salmorejo is thickened with bread
    ("meal", "cola cao con leche 😬", "dairy sugar wheat", ""),  # why: Cola Cao contains wheat flour and malted barley
    ("meal", "tinto de verano", "", "sugar"),  # why: wine + lemon soda, sweetened with sugar or sweeteners
    ("meal", "pimientos de padron + pulpo a la gallega", "", ""),
    ("meal", "fabada asturiana de lata", "", "dairy corn sugar"),  # why: canned chorizo/morcilla may include lactose, dextrose
    ("meal", "turron de jijona navidad", "sugar", ""),
    ("meal", "mejillones al vapor y una copa de albariño", "", ""),
    ("meal", "leche frita de postre (no pude decir q no)", "dairy wheat sugar", "corn"),
    ("meal", "horchata de chufa", "sugar", ""),  # why: tiger nut drink, no milk but sweetened
    ("meal", "bocadillo de tortilla en pan de barra", "wheat", ""),
    ("meal", "entrecot con patatas fritas caseras en aceite de oliva", "", ""),
    ("meal", "cafe con leche de avena", "", "wheat"),
    ("meal", "pincho de tortilla y un zumo de naranja natural", "", ""),
    ("meal", "croissant plancha con mantequilla y mermelada", "wheat dairy sugar", ""),
    ("meal", "rectifico: la tostada de antes era de pan de maiz, no de trigo", "corn", "wheat"),  # why: Spanish pan de maíz usually still includes wheat flour
]

# ---------------------------------------------------------------------------
# Inês, Porto: Portuguese mixed with English, tascas and pastelarias
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("meal", "pequeno almoço: ovos mexidos e abacate, café", "", ""),
    ("meal", "pastel de nata + bica 😋", "wheat dairy sugar", ""),
    ("meal", "francesinha 😅 com batatas fritas", "wheat dairy", "corn soy sugar"),  # why: sauce with beer, often Maizena/ketchup; fryer oil
    ("meal", "bacalhau à brás", "", ""),
    ("meal", "sardinhas assadas com salada e batata cozida", "", ""),
    ("meal", "caldo verde com rodela de chouriço", "", "corn sugar"),  # why: chouriço may contain dextrose
    ("meal", "bifana no pão", "wheat", ""),
    ("meal", "broa de milho com manteiga", "corn dairy", "wheat"),  # why: broa usually mixes maize with rye or wheat flour
    ("meal", "arroz de pato", "", "corn sugar"),  # why: topped with chouriço
    ("meal", "polvo à lagareiro", "", ""),
    ("meal", "caril de grão com leite de coco e arroz", "", ""),  # why: coconut milk is not dairy
    ("meal", "sumo de laranja natural", "", ""),
    ("meal", "bola de berlim na praia 🏖️", "wheat dairy sugar", "corn soy"),
    ("meal", "salada de atum com grão e ovo, azeite", "", ""),
    ("meal", "iogurte grego com mel", "dairy", "sugar"),
    ("meal", "bitoque com arroz e batata frita", "", "dairy corn soy"),  # why: steak often pan-fried with butter; fryer oil
    ("meal", "fatia de pão de ló", "wheat sugar", ""),  # why: eggs, sugar, flour; no butter
    ("meal", "vinho verde 🥂", "", ""),
    ("meal", "tosta mista", "wheat dairy", "corn sugar"),
    ("meal", "bolo de bolacha da minha tia", "wheat dairy sugar", ""),
    ("meal", "amêijoas à bulhão pato", "", ""),
    ("meal", "esparguete de courgette com camarão, sem massa", "", ""),
    ("meal", "had a super bock w the guys", "", "wheat corn"),  # why: lager with malt and unmalted cereals
    ("meal", "correction: the broa from earlier was the sem glúten one from Celeiro", "corn", ""),
    ("meal", "sopa de legumes da avó (sem natas)", "", ""),
]

# ---------------------------------------------------------------------------
# Daan, Utrecht: Dutch and English mixed mid-sentence, snack bar and borrel food
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("meal", "ontbijt: havermout met blauwe bessen en pindakaas", "", "wheat sugar"),  # why: pindakaas is peanut butter (no cheese); many brands add sugar; oats cross-contact
    ("meal", "boterham met kaas, classic", "wheat dairy", ""),
    ("meal", "broodje kroket van de Febo 🙈", "wheat", "dairy corn soy sugar"),
    ("meal", "hagelslag op brood, I know I know", "wheat sugar", "dairy soy"),  # why: chocolate sprinkles; bread usually buttered
    ("meal", "stamppot boerenkool met rookworst", "dairy", "corn soy sugar"),  # why: mash with milk/butter; rookworst may contain dextrose, soy protein
    ("meal", "salade met geitenkaas en walnoten", "dairy", ""),
    ("meal", "haring met uitjes 🐟", "", ""),
    ("meal", "kibbeling met knoflooksaus", "wheat", "dairy corn soy sugar"),  # why: battered fish; garlic sauce is mayo/yogurt based
    ("meal", "stroopwafel bij de koffie", "wheat sugar", "dairy corn"),
    ("meal", "erwtensoep from my mum, with roggebrood met katenspek", "", "wheat corn sugar"),  # why: Dutch roggebrood is often sweetened with syrup and may contain wheat; smoked meats may have dextrose
    ("meal", "kopje thee, geen suiker", "", ""),
    ("meal", "suikerpeultjes roerbak met kip en rijst, alleen olijfolie en knoflook", "", ""),  # why: suikerpeultjes = sugar snap peas
    ("meal", "poffertjes op de markt met poedersuiker en boter", "wheat dairy sugar", ""),
    ("meal", "oatly in mijn koffie", "", "wheat"),
    ("meal", "bitterballen met mosterd bij de borrel + een biertje", "wheat", "dairy corn soy"),  # why: roux and breadcrumbs; beer malt; fryer oil
    ("meal", "appeltaart met slagroom 🍰", "wheat dairy sugar", ""),
    ("meal", "zalm, broccoli, zoete aardappel", "", ""),
    ("meal", "drop, like half a bag", "wheat sugar", "corn"),  # why: Dutch liquorice uses wheat flour, sugar, glucose syrup
    ("meal", "tosti ham kaas", "wheat dairy", "corn sugar"),
    ("meal", "rijstwafels met hummus", "", ""),
    ("meal", "frikandel speciaal 😬", "wheat sugar", "soy dairy corn"),  # why: frikandel has breadcrumb/starch; curry ketchup is sugared; mayo
    ("meal", "vla 🥄", "dairy sugar", "corn"),
    ("meal", "Unox cup-a-soup tomaat at my desk", "sugar", "wheat corn dairy"),
    ("meal", "boekweitpannenkoek at the pannenkoekenhuis", "dairy", "wheat sugar"),  # why: restaurant buckwheat pancakes are usually mixed with wheat flour and made with milk
    ("meal", "avondeten: linzencurry met kokosmelk en rijst", "", ""),
]

# ---------------------------------------------------------------------------
# Lotte, Gent: Flemish and French in the same post, frituur and Belgian classics
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("meal", "frietjes met stoofvleessaus 😋", "", "wheat corn soy sugar"),  # why: stoofvlees with beer, often brown sugar and bread with mustard; frying fat
    ("meal", "boterham met choco (Nutella)", "wheat sugar dairy soy", ""),  # why: Nutella has milk powder and soy lecithin
    ("meal", "gaufre de Liège au marché", "wheat dairy sugar", ""),
    ("meal", "moules-frites, un classique", "", "dairy corn soy"),  # why: moules marinière often finished with butter/cream; fryer
    ("meal", "waterzooi de poulet", "dairy", "wheat"),  # why: cream and egg yolk; sometimes thickened with flour
    ("meal", "speculoos bij de koffie", "wheat sugar", "dairy soy"),
    ("meal", "een Westmalle tripel 🍺", "", "wheat sugar"),  # why: Belgian tripels are brewed with added sugar
    ("meal", "une Hoegaarden en terrasse", "wheat", ""),  # why: witbier is brewed with wheat
    ("meal", "salade liégeoise (haricots, pommes de terre, lardons)", "", "corn sugar"),
    ("meal", "chicon au gratin 😍", "wheat dairy", "corn sugar"),  # why: béchamel; ham
    ("meal", "steak met pepersaus en sla, geen frieten", "dairy", "wheat"),  # why: cream pepper sauce; packet sauces may hold flour
    ("meal", "appelsap + rijstwafel", "", ""),
    ("meal", "croque monsieur au café", "wheat dairy", "corn sugar"),
    ("meal", "tomate crevettes", "", "soy sugar"),  # why: grey shrimp in mayonnaise
    ("meal", "boulets à la liégeoise met frieten", "wheat sugar", "dairy corn soy"),  # why: meatballs with breadcrumbs in a sirop de Liège sauce
    ("meal", "soja yoghurt (alpro) met granola", "soy sugar", "wheat"),  # why: granola is sweetened; oats
    ("meal", "Ice tea (Lipton) en een appel", "sugar", ""),
    ("meal", "pralines van Leonidas 🎁", "dairy sugar", "wheat soy"),
    ("meal", "vol-au-vent met frietjes", "wheat dairy", "corn soy"),
    ("meal", "correctie: bladerdeeg en frieten laten liggen, alleen de vulling gegeten (kip, balletjes, champignons in roomsaus)", "dairy", "wheat corn"),  # why: filling is usually roux-thickened; meatballs with breadcrumbs
]

# ---------------------------------------------------------------------------
# Astrid, Stockholm: Swedish with English words, fika culture
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("meal", "frukost: filmjölk med müsli och blåbär", "dairy", "wheat sugar"),
    ("meal", "knäckebröd med smör och ost", "dairy", "wheat"),  # why: rye crispbread, some contain wheat
    ("meal", "fika: kanelbulle och kaffe ☕", "wheat dairy sugar", ""),
    ("meal", "köttbullar med potatismos, gräddsås och lingon", "wheat dairy sugar", ""),  # why: breadcrumbs in meatballs; lingonberry jam is sugared
    ("meal", "lax, potatis, sockerärtor", "", ""),  # why: sockerärtor = sugar snap peas
    ("meal", "havredryck i kaffet", "", "wheat"),
    ("meal", "räksmörgås på Espresso House", "wheat dairy", "soy sugar"),
    ("meal", "tacofredag! majstortillas, köttfärs, salsa", "corn", "sugar"),  # why: taco spice mixes usually contain sugar
    ("meal", "oj, glömde: riven ost och gräddfil på tacon", "dairy", ""),
    ("meal", "semla 😍", "wheat dairy sugar", ""),
    ("meal", "gravad lax med hovmästarsås", "sugar", ""),  # why: gravlax is cured with sugar; the sauce is sweet
    ("meal", "sill och nubbe på midsommar", "sugar", "wheat"),  # why: pickled herring brine is sweet; snaps may be grain spirit
    ("meal", "kokt ägg och en apelsin", "", ""),
    ("meal", "prinsesstårta bit", "wheat dairy sugar", "corn"),
    ("meal", "Zoégas bryggkaffe, svart", "", ""),
    ("meal", "salt lakrits, typ en näve", "wheat sugar", "corn"),
    ("meal", "pyttipanna med stekt ägg och rödbetor", "", "dairy sugar"),  # why: pickled beetroot is sweetened; often fried in butter
    ("meal", "kladdkaka med grädde", "wheat dairy sugar", ""),
    ("meal", "ärtsoppa och pannkakor torsdag", "wheat dairy", "sugar"),  # why: pancakes usually with jam
    ("meal", "Oatly iskaffe från ICA", "", "wheat sugar"),
]

# ---------------------------------------------------------------------------
# Aino, Helsinki: Finnish and English, long rambling posts, rye everything
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("meal", "aamupala: ruisleipä + voi + juusto, ja kahvi. tässä maassa ruisleipä on pelkkää ruista joten luulisin ok?", "dairy", "wheat"),  # why: rye bread is not wheat but cross-contact / added wheat possible
    ("meal", "karjalanpiirakka munavoilla", "dairy", "wheat"),  # why: rice porridge with milk, egg butter; crust rye, often with some wheat flour
    ("meal", "lohikeitto", "dairy", ""),
    ("meal", "ok so today was a mess. morning: kaurapuuro with fresh lingonberries, no sugar. lunch at work cafeteria: makaronilaatikko bc that was the only thing. evening: sauna + one lonkero", "wheat dairy sugar", ""),  # why: macaroni casserole with milk and egg; lonkero is a sweetened gin-grapefruit drink
    ("meal", "ruisleipä with avocado and kananmuna", "", "wheat"),
    ("meal", "salmiakki, yksi pussi 🤦", "sugar", "wheat corn"),
    ("meal", "kalakukko at the kauppatori", "", "wheat"),  # why: rye crust, may include wheat
    ("meal", "mämmi pääsiäisenä, kermalla ja sokerilla", "sugar dairy", "wheat"),  # why: rye malt pudding with syrup, served with cream and sugar
    ("meal", "pulla ja kahvi", "wheat dairy sugar", ""),
    ("meal", "muikut tossed in ruisjauho (rye flour) and fried in butter", "dairy", "wheat"),
    ("meal", "porkkanalaatikko jouluna", "dairy sugar", ""),  # why: carrot casserole with milk, syrup, butter
    ("meal", "Valio eila maito kahviin", "dairy", ""),  # why: lactose-free milk is still dairy
    ("meal", "hernekeitto ja pannukakku", "wheat dairy", "sugar"),
    ("meal", "Just salad today, kana, kurkku, tomaatti, oliiviöljy", "", ""),
    ("meal", "Fazer sininen, half a bar", "dairy sugar", "soy"),
    ("meal", "korvapuusti", "wheat dairy sugar", ""),
    ("meal", "tattaripuuro (buckwheat porridge) with oat drink", "", "wheat"),  # why: buckwheat is not wheat; oat drink cross-contact
    ("meal", "Long day. Woke 5am, just black coffee. Work lunch: poronkäristys with perunamuusi and puolukka. Dinner skipped, had some nuts and a banana at 9pm.", "dairy", "sugar"),  # why: käristys fried in butter, mash with milk/butter; lingonberry side often sugared
    ("meal", "oops, the puolukka was sokeroitu (sugared), checked", "sugar", ""),
    ("meal", "Karhu olut saunan jälkeen", "", "wheat"),
]

# ---------------------------------------------------------------------------
# Kasia, Kraków: Polish, usually without diacritics, home cooking and babcia's food
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("meal", "sniadanie: jajecznica na masle ze szczypiorkiem", "dairy", ""),
    ("meal", "pierogi ruskie z cebulka 🥟", "wheat dairy", ""),  # why: wheat dough, twaróg in the filling
    ("meal", "zurek w chlebie, u babci", "wheat", "dairy corn sugar"),  # why: bread bowl; soup often with cream and kiełbasa
    ("meal", "kasza gryczana z kurczakiem i ogorkiem kiszonym", "", ""),  # why: buckwheat groats are not wheat
    ("meal", "rosół z makaronem", "wheat", ""),
    ("meal", "kefir + jablko", "dairy", ""),
    ("meal", "placki ziemniaczane ze smietana", "wheat dairy", ""),
    ("meal", "kielbasa z grilla z musztarda i chlebem", "wheat", "soy corn sugar dairy"),  # why: Polish sausages often contain soy protein, glucose, milk protein; Polish mustard usually sugared
    ("meal", "bigos", "", "corn sugar"),  # why: sausage; some add sugar or honey
    ("meal", "paczek w tlusty czwartek, nie moglam sie powstrzymac", "wheat dairy sugar", ""),
    ("meal", "salatka: pomidor, ogorek, cebula, oliwa", "", ""),
    ("meal", "golabki w sosie pomidorowym", "", "wheat dairy sugar"),  # why: tomato sauce often thickened with flour/cream and sweetened
    ("meal", "mizeria do obiadu (ogorki ze smietana)", "dairy", "sugar"),
    ("meal", "kotlet schabowy z ziemniakami i kapusta zasmazana", "wheat", "dairy sugar"),  # why: breaded cutlet; kapusta zasmażana with flour roux, often sugar
    ("meal", "barszcz czerwony z uszkami, wigilia", "wheat", "sugar"),
    ("meal", "kawa z mlekiem owsianym", "", "wheat"),
    ("meal", "oscypek z zurawina na krupowkach 🧀", "dairy sugar", ""),
    ("meal", "sernik od mamy", "dairy sugar", "wheat corn"),  # why: crust may be flour; pudding powder/starch often used
    ("meal", "ryba po grecku", "wheat", "sugar"),  # why: fish dredged in flour; sweet-sour carrot tomato topping
    ("meal", "nalesniki z serem", "wheat dairy sugar", ""),
    ("meal", "kukurydza z puszki do salatki", "corn", "sugar"),
    ("meal", "groszek cukrowy z patelni + ryz + tofu", "soy", ""),  # why: groszek cukrowy = sugar snap peas
    ("meal", "pomylka: to nie byl groszek cukrowy tylko fasolka szparagowa, nevermind", "", ""),
    ("meal", "piwo zywiec", "", "wheat"),
    ("meal", "chalwa, kawaleczek", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Eleni, Thessaloniki: Greek script and Greeklish, café culture
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("meal", "πρωινό: γιαούρτι με μέλι και καρύδια", "dairy", "sugar"),
    ("meal", "freddo espresso sketo", "", ""),  # why: sketo = no sugar
    ("meal", "freddo cappuccino metrio", "dairy sugar", ""),  # why: metrio = medium sweet
    ("meal", "χωριάτικη σαλάτα με φέτα", "dairy", ""),
    ("meal", "souvlaki pita gyro xoirino me tzatziki", "wheat dairy", "corn soy"),  # why: pita, tzatziki; pita and chips fried in oil
    ("meal", "φασολάδα", "", ""),
    ("meal", "μουσακάς της μαμάς", "wheat dairy", ""),  # why: béchamel
    ("meal", "koulouri thessalonikis", "wheat", "sugar"),
    ("meal", "μπουγάτσα με κρέμα 😬", "wheat dairy sugar", "corn"),  # why: custard often thickened with corn starch
    ("meal", "χόρτα με λεμόνι και λάδι", "", ""),
    ("meal", "γεμιστά", "", "sugar"),  # why: many cooks add a little sugar to the tomato
    ("meal", "ouzo me ktapodi sta karvouna", "", "sugar"),  # why: ouzo may be sweetened
    ("meal", "σπανακόπιτα", "wheat dairy", ""),
    ("meal", "lavraki sta karvouna me xorta", "", ""),
    ("meal", "loukoumades me meli", "wheat", "corn soy sugar"),  # why: honey or syrup; fried dough
    ("meal", "γάλα αμυγδάλου χωρίς ζάχαρη", "", ""),
    ("meal", "ντολμαδάκια", "", ""),
    ("meal", "pastitsio", "wheat dairy", ""),
    ("meal", "τσουρέκι Πάσχα", "wheat dairy sugar", ""),
    ("meal", "frappe me gala kai zachari", "dairy sugar", ""),
    ("meal", "diorthosi: to frappe itan sketo, xoris zachari, me gala", "dairy", ""),
    ("meal", "κριθαρότο με γαρίδες", "wheat", "dairy"),  # why: kritharaki (orzo) is wheat pasta despite the barley name; often finished with butter/cheese
    ("meal", "ελιές και παξιμάδι", "wheat", ""),
    ("meal", "χαλβάς σιμιγδαλένιος", "wheat sugar", ""),  # why: semolina halva
    ("meal", "Loacker gia to kafe", "wheat sugar", "dairy soy"),
]

# ---------------------------------------------------------------------------
# Emre, İstanbul: Turkish with full Turkish letters, breakfasts and lokanta food
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("meal", "kahvaltı: beyaz peynir, zeytin, domates, salatalık, 2 haşlanmış yumurta", "dairy", ""),
    ("meal", "simit ve çay", "wheat", "sugar"),  # why: simit dipped in grape molasses; tea taken plain here
    ("meal", "çay şekerli, 3 bardak", "sugar", ""),
    ("meal", "menemen tereyağında", "dairy", ""),
    ("meal", "mercimek çorbası, lokantada", "", "wheat dairy"),  # why: often butter, sometimes a little flour
    ("meal", "lahmacun 2 tane, bol limon", "wheat", ""),
    ("meal", "iskender 😅", "wheat dairy", ""),  # why: pide, yogurt, browned butter
    ("meal", "ayran", "dairy", ""),
    ("meal", "karabuğday salatası", "", ""),  # why: karabuğday = buckwheat, not buğday (wheat)
    ("meal", "bulgur pilavı ve tavuk", "wheat", "dairy"),  # why: bulgur is wheat; pilav often with butter
    ("meal", "kısır", "wheat", "sugar"),  # why: bulgur; nar ekşisi sauces often sweetened
    ("meal", "baklava 3 dilim bayramda", "wheat dairy sugar", ""),
    ("meal", "lokum kahvenin yanında", "sugar corn", ""),  # why: Turkish delight is sugar set with corn starch
    ("meal", "türk kahvesi sade", "", ""),  # why: sade = no sugar
    ("meal", "balık ekmek Eminönü'nde", "wheat", ""),
    ("meal", "ızgara köfte, piyaz", "wheat", ""),  # why: köfte contain bread/breadcrumbs
    ("meal", "haşlanmış mısır sokakta", "corn", ""),  # why: mısır = corn
    ("meal", "bal kabağı çorbası (sade, kremasız)", "", ""),  # why: bal kabağı is pumpkin, no honey
    ("meal", "künefe 🤤", "wheat dairy sugar", ""),
    ("meal", "döner dürüm, acılı", "wheat", "dairy corn soy"),  # why: lavaş; döner meat/sauce may include milk, soy
    ("meal", "kuru fasulye pilav", "", "wheat dairy"),  # why: pilav often with butter and şehriye
    ("meal", "sütlaç", "dairy sugar", "corn"),
    ("meal", "Ülker çikolatalı gofret", "wheat sugar", "dairy soy"),
    ("meal", "mantı yoğurtlu", "wheat dairy", ""),
    ("meal", "düzeltme: dünkü mantı yoğurtsuzdu, sadece tereyağlı sos", "wheat dairy", ""),  # why: no yogurt but the butter sauce is still dairy
]

# ---------------------------------------------------------------------------
# Oksana, Lviv: Ukrainian in Cyrillic, some English, home and holiday food
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("meal", "сніданок: сирники зі сметаною 🥞", "dairy wheat sugar", ""),
    ("meal", "борщ з пампушками", "wheat", "dairy sugar"),  # why: pampushky are wheat buns; borscht often gets sugar and smetana
    ("meal", "борщ, без сметани, без хліба", "", "sugar"),
    ("meal", "гречка з котлетою", "wheat", "dairy"),  # why: buckwheat is fine; kotleta made with bread soaked in milk
    ("meal", "вареники з картоплею і шкварками", "wheat", ""),
    ("meal", "вареники з вишнею", "wheat sugar", ""),
    ("meal", "сало з часником і чорним хлібом", "wheat", "sugar"),  # why: Ukrainian black bread is rye-wheat, often with molasses/malt
    ("meal", "кава з вівсяним молоком", "", "wheat"),
    ("meal", "деруни зі сметаною", "dairy", "wheat"),  # why: potato pancakes, many recipes add flour
    ("meal", "olivier salad at new year, made with homemade mayo", "", "dairy soy corn sugar"),  # why: doctor's sausage often contains milk powder, soy, starch; canned peas often sugared
    ("meal", "квас", "sugar", "wheat"),
    ("meal", "голубці", "", "sugar"),
    ("meal", "чай з медом і лимоном", "", "sugar"),
    ("meal", "котлета по-київськи 😍", "wheat dairy", ""),
    ("meal", "узвар без цукру", "", ""),  # why: dried fruit compote, no sugar added
    ("meal", "кутя на святвечір: пшениця, мак, мед, горіхи", "wheat", "sugar"),  # why: пшениця = wheat berries; honey
    ("meal", "банош з бринзою і грибами", "corn dairy", ""),
    ("meal", "мамалига", "corn", "dairy"),
    ("meal", "оселедець з картоплею і цибулею", "", "sugar"),  # why: herring brine sometimes contains sugar
    ("meal", "морозиво пломбір", "dairy sugar", ""),
    ("meal", "цукерка Roshen, одна", "sugar", "dairy soy"),
    ("meal", "гречаники", "", "wheat"),  # why: buckwheat-meat patties, some add bread
    ("meal", "суп-локшина домашній", "wheat", ""),
    ("meal", "fixing yesterday: the black bread with salo was my homemade 100% rye, no sugar", "", ""),
    ("meal", "узвар, цукор додала 🙈", "sugar", ""),
]

# ---------------------------------------------------------------------------
# UK and Ireland supermarket labels (Tesco, Sainsbury's, Aldi UK, Lidl UK): allergens in CAPITALS as printed for bold
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("label", "Tesco Wholemeal Bread 800g. INGREDIENTS: Wholemeal WHEAT Flour, Water, Yeast, Salt, SOYA Flour, Spirit Vinegar, Rapeseed Oil, Emulsifier (Mono- and Di-Acetyl Tartaric Acid Esters of Mono- and Di-Glycerides of Fatty Acids), Flour Treatment Agent (Ascorbic Acid). Allergy Advice: For allergens, including cereals containing gluten, see ingredients in bold.", "wheat soy", ""),
    ("label", "Sainsbury's Baked Beans in Tomato Sauce 400g. Ingredients: Haricot Beans (49%), Tomatoes (34%), Water, Sugar, Modified Maize Starch, Salt, Spirit Vinegar, Spice Extracts, Herb Extract.", "sugar corn", ""),
    ("label", "Tesco Free From White Bread. Ingredients: Water, Tapioca Starch, Rice Flour, Potato Starch, Psyllium Husk Powder, Rapeseed Oil, Maize Starch, Sugar, Yeast, Humectant (Glycerol), Thickener (Hydroxypropyl Methyl Cellulose), Salt, Dried EGG White. Free from gluten and milk.", "corn sugar", ""),
    ("label", "Walkers Cheese & Onion Crisps 6 x 25g. Ingredients: Potatoes, Vegetable Oils (Sunflower, Rapeseed, in varying proportions), Cheese & Onion Seasoning (Dried MILK Whey, Dried Onion, Salt, Dried Cheese (from MILK), Dextrose, Potassium Chloride, Yeast Extract, Flavouring (contains MILK), Dried Garlic, Colours (Annatto, Paprika Extract), Acid (Citric Acid)).", "dairy sugar", "corn"),  # why: oils are named (no soy/corn); dextrose and citric acid may be maize-derived
    ("label", "Sainsbury's Ready Salted Crisps 6 pack. Ingredients: Potatoes, Sunflower Oil, Salt.", "", ""),
    ("label", "Heinz Tomato Ketchup 460g. Ingredients: Tomatoes (148g per 100g Tomato Ketchup), Spirit Vinegar, Sugar, Salt, Spice and Herb Extracts (contain Celery), Spice.", "sugar", ""),
    ("label", "Tesco 8 British Pork Sausages. INGREDIENTS: Pork (70%), Water, Rusk (WHEAT Flour (WHEAT Flour, Calcium Carbonate, Iron, Niacin, Thiamin), Salt, Raising Agent (Ammonium Carbonate)), Salt, Seasoning (Spices, Dextrose, Herbs, Spice Extracts), Stabiliser (Diphosphates), Preservative (Sodium Metabisulphite), Antioxidant (Ascorbic Acid), Pork Casings.", "wheat sugar", "corn"),
    ("label", "Sainsbury's Unsmoked Back Bacon Rashers. Ingredients: Pork (87%), Water, Salt, Preservatives (Sodium Nitrite, Potassium Nitrate), Antioxidant (Sodium Ascorbate).", "", ""),
    ("label", "Tesco Greek Style Natural Yogurt 500g. Ingredients: Yogurt (MILK).", "dairy", ""),
    ("label", "Alpro Soya Original Chilled 1L. Ingredients: Water, Hulled SOYA beans (8.7%), Sugar, Acidity regulator (Potassium phosphates), Calcium (Calcium carbonate), Sea salt, Stabiliser (Gellan gum), Vitamins (Riboflavin (B2), B12, D2).", "soy sugar", ""),
    ("label", "Oatly Oat Drink Barista Edition 1L. Ingredients: Oat base (Water, OATS 10%), Rapeseed oil, Acidity regulator (Dipotassium phosphate), Minerals (Calcium carbonate, Tricalcium phosphate), Iodised salt, Vitamins (D2, Riboflavin, B12). Contains: Oats (gluten).", "", "wheat"),  # why: oats are not wheat, cross-contact at most
    ("label", "Heinz Cream of Tomato Soup 400g. Ingredients: Tomatoes (84%), Water, Rapeseed Oil, Sugar, Modified Cornflour, Salt, Dried Skimmed MILK, MILK Proteins, Cream (MILK), Spice Extracts, Herb Extract, Citric Acid.", "sugar corn dairy", ""),
    ("label", "McVitie's Digestives The Original. Ingredients: Flour (WHEAT Flour, Calcium, Iron, Niacin, Thiamin), Vegetable Oil (Palm), Wholemeal WHEAT Flour (16%), Sugar, Glucose-Fructose Syrup, Raising Agents (Sodium Bicarbonate, Malic Acid, Ammonium Bicarbonate), Salt.", "wheat sugar", "corn"),  # why: glucose-fructose syrup may be from maize
    ("label", "Tesco Classic Houmous 200g. Ingredients: Cooked Chickpeas (Water, Chickpeas), Rapeseed Oil, Water, Tahini Paste (SESAME Seeds) (9%), Garlic Purée, Concentrated Lemon Juice, Salt, Preservative (Potassium Sorbate).", "", ""),
    ("label", "Tesco Sweet Chilli Sauce 270ml. Ingredients: Sugar, Water, Red Chilli (8%), Garlic Purée, Spirit Vinegar, Cornflour, Salt, Stabiliser (Xanthan Gum).", "sugar corn", ""),  # why: UK cornflour is maize starch
    ("label", "Sainsbury's Chicken Tikka Masala with Pilau Rice 400g. INGREDIENTS: Cooked Pilau Rice (Water, Basmati Rice, Rapeseed Oil, Cumin Seeds, Colour (Curcumin)), Chicken Breast (20%), Onion, Tomato, Double Cream (MILK), Yogurt (MILK), Butter (MILK), Rapeseed Oil, Sugar, Ginger Purée, Garlic Purée, Cornflour, Spices, Salt, Coriander, Ghee (MILK).", "dairy sugar corn", ""),
    ("label", "Cadbury Dairy Milk 110g. Ingredients: Milk, Sugar, Cocoa Butter, Cocoa Mass, Vegetable Fats (Palm, Shea), Emulsifier (E442), Flavourings. Milk Solids 20% minimum. Cocoa Solids 20% minimum. Milk chocolate contains vegetable fats in addition to cocoa butter.", "dairy sugar", ""),  # why: E442 is ammonium phosphatide, not soy lecithin
    ("label", "Tesco Reduced Sugar Strawberry Jam 340g. Ingredients: Sugar, Strawberries, Water, Gelling Agent (Pectin), Citric Acid, Acidity Regulator (Sodium Citrates). Prepared with 50g of fruit per 100g. Total sugar content 35g per 100g.", "sugar", "corn"),  # why: reduced sugar still has added sugar
    ("label", "Tesco Coconut Milk 400ml. Ingredients: Coconut Extract (70%), Water, Stabiliser (Guar Gum).", "", ""),
    ("label", "Kikkoman Naturally Brewed Soy Sauce 150ml. Ingredients: Water, SOYBEANS, WHEAT, Salt.", "soy wheat", ""),
    ("label", "Clearspring Organic Tamari Gluten Free Soya Sauce. Ingredients: Water, whole SOYA beans* (30%), sea salt, alcohol* (to preserve freshness). *Organic. Gluten free.", "soy", ""),
    ("label", "Tesco Corn Flakes 500g. Ingredients: Maize (91%), Sugar, Barley Malt Extract, Salt, Niacin, Iron, Vitamin B6, Riboflavin, Thiamin, Folic Acid, Vitamin D, Vitamin B12.", "corn sugar", "wheat"),  # why: barley malt extract
    ("label", "Tesco Golden Syrup Porridge Sachets 10 x 36g. Ingredients: Rolled OATS (79%), Sugar, Golden Syrup Flakes (Golden Syrup, Sugar, Rice Flour), Flavouring. May contain WHEAT, BARLEY and MILK.", "sugar", "wheat dairy"),
    ("label", "Princes Corned Beef 340g. Ingredients: Beef (97%), Salt, Sugar, Preservative (Sodium Nitrite). Produced in Brazil.", "sugar", ""),  # why: corned beef has no corn; sugar is in the cure
    ("label", "Sainsbury's Butter Beans in Water 400g. Ingredients: Butter Beans, Water, Firming Agent (Calcium Chloride).", "", ""),  # why: butter beans are lima beans, no dairy
    ("label", "Tesco Butternut Squash Soup 600g. Ingredients: Water, Butternut Squash (29%), Onion, Carrot, Single Cream (MILK) (3%), Rapeseed Oil, Cornflour, Sugar, Garlic Purée, Salt, Ginger Purée, Black Pepper, Nutmeg.", "dairy corn sugar", ""),  # why: the cream, not the butternut, is the dairy
    ("label", "Aldi Specially Selected 85% Dark Chocolate 100g. Ingredients: Cocoa Mass, Cocoa Butter, Fat-Reduced Cocoa Powder, Demerara Sugar, Vanilla Extract. Cocoa Solids: 85% minimum. May contain MILK, HAZELNUTS, ALMONDS.", "sugar", "dairy"),  # why: cocoa butter is not dairy
    ("label", "Tesco Chicken Gravy Granules 200g. Ingredients: Potato Starch, Maltodextrin, Palm Oil, Salt, WHEAT Flour, Flavourings, Sugar, Colour (Ammonia Caramel), Flavour Enhancers (Monosodium Glutamate, Disodium Inosinate), Emulsifier (SOYA Lecithin), Chicken Fat, Onion Powder, Black Pepper.", "wheat sugar soy", "corn"),
    ("label", "Tesco Sunflower Spread 500g. Ingredients: Vegetable Oils in varying proportions (Sunflower Oil (25%), Rapeseed Oil, Palm Oil), Water, Buttermilk (MILK) (5%), Salt (1.3%), Emulsifier (Mono- and Di-Glycerides of Fatty Acids), Preservative (Potassium Sorbate), Flavouring, Colour (Carotenes), Vitamin A, Vitamin D.", "dairy", ""),  # why: plant spread but contains buttermilk; oils are named
    ("label", "Sainsbury's Free From Grated Mature Cheddar Alternative 200g. Ingredients: Water, Coconut Oil (23%), Modified Potato Starch, Potato Starch, Salt, Flavourings, Olive Extract, Colour (Beta Carotene), Vitamin B12. Suitable for vegans.", "", ""),  # why: starch sources named as potato
    ("label", "Tesco Brown Soda Bread (Ireland). Ingredients: Wholemeal WHEAT Flour (40%), Buttermilk (MILK) (30%), WHEAT Flour, Water, Sugar, Raising Agent (Sodium Bicarbonate), Salt.", "wheat dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# French supermarket labels (Carrefour, Lidl France): « Ingrédients : », allergens in CAPITALES, « Peut contenir »
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("label", "Carrefour Classic' Pain de mie complet 500 g. Ingrédients : farine de BLÉ complète 45 %, eau, farine de BLÉ, sucre, huile de colza, levure, gluten de BLÉ, sel, conservateur : propionate de calcium, émulsifiant : lécithine de tournesol. Peut contenir des traces de SOJA et de SÉSAME.", "wheat sugar", "soy"),
    ("label", "Carrefour Galettes de blé noir (sarrasin) x6. Ingrédients : farine de sarrasin 98 %, sel. Fabriqué dans un atelier qui utilise du BLÉ, des ŒUFS et du LAIT.", "", "wheat dairy"),  # why: blé noir is buckwheat, not wheat; shared workshop
    ("label", "Carrefour Crêpes de froment sucrées x12. Ingrédients : farine de BLÉ, LAIT entier 30 %, ŒUFS frais, sucre, beurre (LAIT), huile de colza, sel, arôme naturel de vanille.", "wheat dairy sugar", ""),
    ("label", "Carrefour Extra Cornichons extra-fins 370 g. Ingrédients : cornichons, vinaigre d'alcool, eau, sel, oignons, graines de MOUTARDE, aromates. Contient des sulfites.", "", ""),  # why: cornichons are gherkins, not corn
    ("label", "Lidl Milbona Yaourt nature au lait entier 4 x 125 g. Ingrédients : LAIT entier, ferments lactiques.", "dairy", ""),
    ("label", "Bjorg Lait d'amande sans sucres 1 L. Ingrédients : eau, amande 2,3 %, carbonate de calcium, émulsifiant : lécithine de tournesol, stabilisant : gomme xanthane, sel de mer. Sans sucres*. *Contient des sucres naturellement présents.", "", "corn"),  # why: xanthan gum often fermented on maize glucose; sunflower lecithin is not soy
    ("label", "Carrefour Beurre de cacahuète crunchy 340 g. Ingrédients : cacahuètes grillées 92 %, huile de palme, sucre, sel.", "sugar", ""),  # why: peanut 'butter' has no dairy
    ("label", "Carrefour Bio Beurre doux 250 g. Ingrédients : crème pasteurisée (LAIT) issue de l'agriculture biologique, ferments lactiques.", "dairy", ""),
    ("label", "Lidl Chêne d'Argent Jambon supérieur 4 tranches. Ingrédients : jambon de porc, sel, dextrose, bouillon (eau, arômes naturels), conservateur : nitrite de sodium, antioxydant : ascorbate de sodium.", "sugar", "corn"),
    ("label", "Carrefour Pâte à tartiner noisettes et cacao 750 g. Ingrédients : sucre, huile de tournesol, NOISETTES 13 %, LAIT écrémé en poudre 8,7 %, cacao maigre 7,4 %, émulsifiant : lécithines (SOJA), arôme : vanilline.", "sugar dairy soy", ""),
    ("label", "Maïzena Fleur de maïs 400 g. Ingrédients : amidon de maïs.", "corn", ""),
    ("label", "Carrefour Sauce soja salée 250 ml. Ingrédients : eau, SOJA 14 %, BLÉ, sel, sucre.", "soy wheat sugar", ""),
    ("label", "Bonne Maman Madeleines longues x7. Ingrédients : farine de BLÉ, ŒUFS frais 25 %, sucre, beurre pâtissier (LAIT) 21 %, sirop de glucose-fructose, poudres à lever : diphosphates, carbonates de sodium, sel.", "wheat dairy sugar", "corn"),
    ("label", "Carrefour Sensation Ketchup 560 g. Ingrédients : tomates 148 g pour 100 g de ketchup, sucre, vinaigre d'alcool, amidon modifié de maïs, sel, épices.", "sugar corn", ""),
    ("label", "Carrefour Vinaigrette balsamique 500 ml. Ingrédients : huile de colza 39 %, eau, vinaigre balsamique de Modène IGP 14 % (vinaigre de vin, moût de raisin concentré, colorant : caramel ordinaire E150d), sucre, MOUTARDE de Dijon, sel, épaississant : gomme xanthane.", "sugar", "corn"),
    ("label", "Lidl Fin Carré Chocolat noir 70 % cacao 100 g. Ingrédients : pâte de cacao, sucre, beurre de cacao, émulsifiant : lécithine de SOJA, arôme naturel de vanille. Cacao : 70 % minimum. Peut contenir des traces de LAIT et de fruits à coque.", "sugar soy", "dairy"),  # why: beurre de cacao is not dairy; traces warning
    ("label", "Carrefour Bio Galettes de riz nappées chocolat au lait. Ingrédients : riz complet 55 %, chocolat au lait 45 % (sucre de canne, beurre de cacao, LAIT entier en poudre, pâte de cacao, émulsifiant : lécithine de SOJA).", "sugar dairy soy", ""),
    ("label", "Coca-Cola Zéro Sucres 33 cl. Ingrédients : eau gazéifiée, colorant : caramel E150d, acidifiants : acide phosphorique et citrate de sodium, édulcorants : aspartame et acésulfame-K, arômes naturels (extraits végétaux), caféine. Contient une source de phénylalanine.", "", "corn"),  # why: no sugar; caramel colour may be maize-derived
    ("label", "Carrefour Lait de coco 400 ml. Ingrédients : extrait de noix de coco 60 %, eau, épaississant : gomme de guar.", "", ""),
    ("label", "Carrefour Velouté de potimarron 1 L. Ingrédients : eau, potimarron 30 %, pommes de terre, oignons, crème fraîche (LAIT) 3 %, huile de tournesol, amidon de maïs, sel, sucre, poivre.", "dairy corn sugar", ""),
    ("label", "Carrefour Pois chiches au naturel 400 g. Ingrédients : pois chiches réhydratés, eau, sel.", "", ""),
    ("label", "Lidl Saucisson sec pur porc 250 g. Ingrédients : viande de porc, sel, LACTOSE, dextrose, saccharose, épices, ferments, conservateurs : nitrite de sodium, nitrate de potassium. Boyau naturel.", "dairy sugar", "corn"),
    ("label", "Carrefour Petits pois et carottes extra-fins 800 g. Ingrédients : petits pois 66 %, carottes 21 %, eau, sucre, sel, arômes.", "sugar", ""),
    ("label", "Carrefour Bio Tofu nature 2 x 200 g. Ingrédients : eau, graines de SOJA* 48 %, agent coagulant : chlorure de magnésium (nigari). *Issus de l'agriculture biologique.", "soy", ""),
    ("label", "Teisseire Sirop de grenadine 60 cl. Ingrédients : sucre, eau, sirop de glucose-fructose, jus de fruits rouges à base de concentré 2 %, acidifiant : acide citrique, colorant : anthocyanes.", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# German and Austrian supermarket labels (Edeka, Rewe, Aldi, Lidl, Spar, Billa): Zutaten, Allergene in GROSSBUCHSTABEN
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("label", "EDEKA Vollkornbrot 500 g. Zutaten: ROGGENvollkornschrot 55 %, Wasser, WEIZENvollkornmehl 10 %, Sonnenblumenkerne, Zuckerrübensirup, Jodsalz, Hefe. Kann Spuren von SESAM und SOJA enthalten.", "wheat sugar", "soy"),  # why: 'Vollkorn' means wholegrain, no corn
    ("label", "REWE Beste Wahl Buchweizenmehl 500 g. Zutaten: 100 % Buchweizen. Kann Spuren von GLUTEN enthalten.", "", "wheat"),  # why: buckwheat is not wheat; gluten traces
    ("label", "ja! Maiswaffeln 120 g. Zutaten: Mais 99 %, Meersalz.", "corn", ""),
    ("label", "Lidl Pilos Fettarme H-Milch 1,5 % Fett 1 l. Zutaten: MILCH.", "dairy", ""),
    ("label", "Alnatura Hafer Drink 1 l. Zutaten: Wasser, HAFER* 12 %, Sonnenblumenöl*, Meersalz. *aus biologischer Landwirtschaft. Enthält Gluten.", "", "wheat"),  # why: gluten here comes from oats
    ("label", "Aldi Süd Zuckerschoten tiefgefroren 300 g. Zutaten: Zuckerschoten.", "", ""),  # why: Zuckerschoten = sugar snap peas
    ("label", "EDEKA Süßer Senf 250 ml. Zutaten: Wasser, SENFsaat 20 %, Zucker, Branntweinessig, Salz, Gewürze.", "sugar", ""),
    ("label", "Ritter Sport Alpenmilch 100 g. Zutaten: Zucker, Kakaobutter, VOLLMILCHPULVER, Kakaomasse, MAGERMILCHPULVER, LAKTOSE, Butterreinfett, Emulgator Lecithine (SOJA), Aroma. Kakao: 30 % mindestens.", "sugar dairy soy", ""),
    ("label", "Lidl Sondey Butterkeks 200 g. Zutaten: WEIZENmehl, Zucker, BUTTER 10 %, Glukose-Fruktose-Sirup, MAGERMILCHPULVER, Salz, Backtriebmittel (Natriumhydrogencarbonat, Ammoniumhydrogencarbonat), Säuerungsmittel Citronensäure.", "wheat sugar dairy", "corn"),
    ("label", "REWE Bio + vegan Tofu Würstchen 200 g. Zutaten: Tofu* 70 % (Wasser, SOJAbohnen*, Gerinnungsmittel Nigari), Rapsöl*, Speisesalz, Gewürze*, Verdickungsmittel Guarkernmehl, Stärke*, Rauch.", "soy", "wheat corn"),  # why: 'Stärke' without source
    ("label", "Spar Leberkäse zum Selberbacken 500 g. Zutaten: Schweinefleisch 45 %, Rindfleisch 15 %, Speck, Trinkwasser, Nitritpökelsalz (Speisesalz, Konservierungsstoff Natriumnitrit), Gewürze, Dextrose, Stabilisator Diphosphate, Antioxidationsmittel Natriumascorbat.", "sugar", "corn"),  # why: Leberkäse contains no cheese
    ("label", "Knorr Fix für Spaghetti Bolognese 38 g. Zutaten: Tomatenpulver 30 %, Zucker, Stärke, Speisesalz, Zwiebeln, Maltodextrin, Gewürze, Rapsöl, Hefeextrakt, Paprika, Knoblauch. Kann Spuren von Gluten, Milch, Ei und Sellerie enthalten.", "sugar", "wheat corn dairy"),
    ("label", "Aldi Nord Goldähren Mehrkornbrötchen 6 Stück. Zutaten: WEIZENmehl, Wasser, Saatenmischung 14 % (Leinsamen, Sonnenblumenkerne, SESAM), ROGGENmehl, HAFERflocken, Hefe, Jodsalz, GERSTENmalzmehl, Rapsöl.", "wheat", ""),  # why: 'Mehrkorn' = multigrain, no corn in the list
    ("label", "Spar Kornspitz 4 Stück. Zutaten: WEIZENmehl, Wasser, ROGGENmehl, SOJAschrot, Leinsamen, SESAM, Sonnenblumenkerne, Hefe, Speisesalz, GERSTENmalzmehl, Kümmel.", "wheat soy", ""),  # why: Korn is grain, not corn
    ("label", "Haribo Goldbären 200 g. Zutaten: Glukosesirup, Zucker, Gelatine, Dextrose, Fruchtsaft aus Fruchtsaftkonzentrat (Apfel, Erdbeere, Himbeere, Orange, Zitrone, Ananas), Säuerungsmittel Citronensäure, Frucht- und Pflanzenkonzentrate (Färberdistel, Spirulina, Apfel, Holunder, Orange, Schwarze Johannisbeere, Kiwi, Zitrone, Mango, Passionsfrucht, Aronia, Süßkartoffel), Aroma, Überzugsmittel (Bienenwachs weiß und gelb, Carnaubawachs).", "sugar", "corn dairy"),  # why: glucose syrup/dextrose may be maize-based; flavouring in sweets may hide milk
    ("label", "Lidl Milbona Skyr Natur 450 g. Zutaten: entrahmte MILCH, Milchsäurekulturen, mikrobielles Lab.", "dairy", ""),
    ("label", "Dr. Oetker Original Pudding Vanille-Geschmack 3 Beutel. Zutaten: Maisstärke, Salz, Aroma, Farbstoff Carotine.", "corn", ""),
    ("label", "EDEKA Bio Dinkel Spaghetti 500 g. Zutaten: DINKELgrieß* (DINKELweizen). *aus kontrolliert ökologischem Anbau.", "wheat", ""),  # why: spelt is a wheat
    ("label", "REWE Beste Wahl Kartoffelsalat mit Gurke 500 g. Zutaten: Kartoffeln 68 %, Gurken 10 %, Zwiebeln, Rapsöl, Wasser, Branntweinessig, Zucker, EIGELB, Speisesalz, modifizierte Stärke, SENFsaat, Verdickungsmittel Xanthan, Säuerungsmittel Citronensäure.", "sugar", "wheat corn"),
    ("label", "Aldi Süd Milsani Fruchtjoghurt Erdbeere 150 g. Zutaten: Joghurt mild (MILCH), Zucker, Erdbeeren 8 %, Glukose-Fruktose-Sirup, modifizierte Maisstärke, Aroma, Rote-Bete-Saftkonzentrat.", "dairy sugar corn", ""),
    ("label", "Alpro Sojadrink Ungesüßt 1 l. Zutaten: Wasser, geschälte SOJAbohnen (8 %), Calcium (Tricalciumphosphat), Säureregulator (Kaliumphosphate), Stabilisator (Gellan), Meersalz, Vitamine (Riboflavin, B12, D2).", "soy", ""),
    ("label", "Kühne Gewürzgurken 670 g. Zutaten: Gurken, Branntweinessig, Zucker, Zwiebeln, Speisesalz, SENFsaat, Gewürze, Aroma.", "sugar", ""),
    ("label", "Manner Original Neapolitaner Schnitten 75 g (Österreich). Zutaten: Zucker, Kokosfett, WEIZENmehl, HASELNÜSSE 12 %, Kakao, WEIZENstärke, SOJAmehl, Backtriebmittel Natriumhydrogencarbonat, Emulgator Lecithine (SOJA), Speisesalz, Zimt, Vanilleschote. Kann Spuren von MILCH enthalten.", "wheat sugar soy", "dairy"),
    ("label", "REWE Frikadellen 6 Stück. Zutaten: Schweinefleisch 55 %, Zwiebeln, Paniermehl (WEIZENmehl, Speisesalz, Hefe), EI, Trinkwasser, Speisesalz, Gewürze, Dextrose, MILCHEIWEIß.", "wheat dairy sugar", "corn"),
    ("label", "Knorr Gemüse Bouillon 8 Würfel. Zutaten: Speisesalz, Maltodextrin, Palmfett, Hefeextrakt, Zucker, Gemüse 3 % (Karotten, Pastinaken, Zwiebeln, Lauch), Aroma, Kurkuma. Kann Spuren von SELLERIE, GLUTEN, MILCH und EI enthalten.", "sugar", "wheat corn dairy"),
    ("label", "Lindt Excellence 85 % Kakao 100 g. Zutaten: Kakaomasse, fettarmer Kakao, Kakaobutter, brauner Rohrzucker, Bourbon-Vanilleschoten. Kann MILCH enthalten.", "sugar", "dairy"),
    ("label", "Alnatura Seitan Natur 200 g. Zutaten: WEIZENeiweiß* 40 %, Wasser, SOJAsoße* (Wasser, SOJAbohnen*, WEIZEN*, Meersalz), Ingwer*, Kombu-Alge*. *aus biologischer Landwirtschaft.", "wheat soy", ""),
    ("label", "ja! Cornflakes 500 g. Zutaten: Mais 96 %, Zucker, Salz, GERSTENmalzextrakt.", "corn sugar", "wheat"),
    ("label", "EDEKA Erdnussbutter Creamy 350 g. Zutaten: geröstete ERDNÜSSE 100 %.", "", ""),  # why: peanut butter, no dairy, no sugar
    ("label", "Billa Clever Kaiserschmarrn tiefgekühlt 400 g. Zutaten: WEIZENmehl, VOLLMILCH, Vollei, Zucker, BUTTER 5 %, Rosinen, Staubzucker, Speisesalz.", "wheat dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Swiss labels (Migros and Swiss brands): three-language labels de / fr / it
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("label", "Migros M-Classic Birchermüesli 500 g. Zutaten: Joghurt (MILCH), HAFERflocken 15 %, Äpfel, Zucker, Haselnüsse, Rahm (MILCH), Zitronensaft. / Ingrédients: yogourt (LAIT), flocons d'AVOINE 15 %, pommes, sucre, noisettes, crème (LAIT), jus de citron. / Ingredienti: yogurt (LATTE), fiocchi d'AVENA 15 %, mele, zucchero, nocciole, panna (LATTE), succo di limone.", "dairy sugar", "wheat"),
    ("label", "Migros Bio Polenta Bramata 500 g. Zutaten: Maisgriess*. / Ingrédients: semoule de maïs*. / Ingredienti: semola di mais*. *aus biologischer Landwirtschaft / biologique / biologico. Kann Spuren von Gluten enthalten / Peut contenir des traces de gluten / Può contenere tracce di glutine.", "corn", "wheat"),
    ("label", "Rivella Rot 50 cl. Zutaten: Wasser, Milchserum (MILCH) 35 %, Zucker, Kohlensäure, Säuerungsmittel (L-Milchsäure), Kräuter- und Fruchtextrakte, Aroma. / Ingrédients: eau, lactosérum (LAIT) 35 %, sucre, gaz carbonique, acidifiant (acide L-lactique), extraits de plantes et de fruits, arôme.", "dairy sugar", ""),  # why: the soft drink is made with milk serum
    ("label", "Ovomaltine Pulver 500 g. Zutaten: GERSTENmalzextrakt, kondensierte MAGERMILCH, kondensierte MOLKE, fettarmer Kakao, Zucker, Fruktose, Magnesiumphosphat, Calciumphosphat, Rapsöl, Vitamine, Kochsalz. / Ingrédients: extrait de malt d'ORGE, LAIT écrémé condensé, LACTOSÉRUM condensé, cacao maigre, sucre, fructose...", "dairy sugar", "wheat"),  # why: barley malt
    ("label", "Migros Zopf 500 g / Tresse / Treccia. Zutaten: WEIZENmehl, VOLLMILCH, BUTTER 10 %, EI, Hefe, Speisesalz, Zucker. / Ingrédients: farine de BLÉ, LAIT entier, BEURRE 10 %, ŒUF, levure, sel, sucre. / Ingredienti: farina di FRUMENTO, LATTE intero, BURRO 10 %, UOVO, lievito, sale, zucchero.", "wheat dairy sugar", ""),
    ("label", "Migros Tofu nature 250 g / Tofu nature / Tofu al naturale. Zutaten: Wasser, SOJAbohnen* 39 %, Gerinnungsmittel (Nigari). / Ingrédients: eau, fèves de SOJA* 39 %, coagulant (nigari). / Ingredienti: acqua, semi di SOIA* 39 %, coagulante (nigari).", "soy", ""),
    ("label", "M-Classic Maisstärke / Amidon de maïs / Amido di mais 250 g. Zutaten: Maisstärke 100 %. / Ingrédients: amidon de maïs 100 %. / Ingredienti: amido di mais 100 %.", "corn", ""),
    ("label", "Migros Aha! Glutenfreies Brot / Pain sans gluten / Pane senza glutine 400 g. Zutaten: Wasser, Maisstärke, Reismehl, Sauerteig (Reismehl, Wasser), pflanzliche Fasern (Psyllium), Rapsöl, Zucker, Hefe, Speisesalz, Verdickungsmittel (Hydroxypropylmethylcellulose). Glutenfrei / sans gluten / senza glutine.", "corn sugar", ""),
    ("label", "Migros Cervelat 2 Stück / Cervelas / Cervelat. Zutaten: Rindfleisch, Schweinespeck, Schweineschwarte, Trinkwasser, Speisesalz, LAKTOSE, Dextrose, Gewürze, Stabilisator (E450), Antioxidationsmittel (E301), Konservierungsmittel (E250). / Ingrédients: viande de bœuf, lard de porc, couenne, eau, sel, LACTOSE, dextrose, épices...", "dairy sugar", "corn"),
    ("label", "Frey Milch Extra 100 g (Migros). Zutaten: Zucker, VOLLMILCHPULVER, Kakaobutter, Kakaomasse, Emulgator (SOJAlecithin), Vanille. / Ingrédients: sucre, LAIT entier en poudre, beurre de cacao, masse de cacao, émulsifiant (lécithine de SOJA), vanille. / Ingredienti: zucchero, LATTE intero in polvere, burro di cacao, massa di cacao, emulsionante (lecitina di SOIA), vaniglia.", "sugar dairy soy", ""),
    ("label", "Migros Bio Haferdrink / Boisson à l'avoine / Bevanda all'avena 1 l. Zutaten: Wasser, HAFER* 14 %, Sonnenblumenöl*, Meersalz. Enthält Gluten / contient du gluten / contiene glutine.", "", "wheat"),  # why: gluten from oats
    ("label", "Migros Raclette Käse Scheiben / Fromage à raclette en tranches / Formaggio da raclette a fette 400 g. Zutaten: pasteurisierte MILCH, Speisesalz, Milchsäurebakterien, Lab. / Ingrédients: LAIT pasteurisé, sel, ferments lactiques, présure.", "dairy", ""),
    ("label", "M-Budget Ice Tea Lemon 1,5 l / Thé froid citron / Tè freddo limone. Zutaten: Wasser, Zucker 7 %, Schwarztee-Extrakt, Säuerungsmittel (Citronensäure), Zitronensaft aus Konzentrat 0,1 %, Aroma. / Ingrédients: eau, sucre 7 %, extrait de thé noir, acidifiant (acide citrique)...", "sugar", "corn"),
    ("label", "Migros Cornichons 350 g / Cornichons / Cetriolini. Zutaten: Gurken, Weinessig, Wasser, Zucker, Speisesalz, Zwiebeln, Senfkörner, Gewürze. / Ingrédients: concombres, vinaigre de vin, eau, sucre, sel, oignons, graines de moutarde, épices. / Ingredienti: cetriolini, aceto di vino, acqua, zucchero, sale, cipolle, semi di senape, spezie.", "sugar", ""),  # why: not corn, but the brine is sugared
    ("label", "Migros Basler Läckerli / Leckerli bâlois / Leckerli di Basilea 300 g. Zutaten: Zucker, WEIZENmehl, Honig 15 %, Orangeat, Zitronat, MANDELN, HASELNÜSSE, Kirsch, Gewürze, Backtriebmittel. / Ingrédients: sucre, farine de BLÉ, miel 15 %, écorces d'orange confites...", "sugar wheat", ""),
    ("label", "Migros V-Love Pflanzenjoghurt Kokos / Yogourt végétal coco / Yogurt vegetale cocco 150 g. Zutaten: Kokosmilch 90 % (Kokosnussextrakt, Wasser), modifizierte Stärke (Mais), Verdickungsmittel (Pektin), vegane Kulturen. Vegan.", "corn", ""),  # why: coconut is not dairy; starch source is maize
    ("label", "Migros Bio Dinkel Knäckebrot / Pain croustillant à l'épeautre / Pane croccante di farro 200 g. Zutaten: DINKELvollkornmehl* 90 %, SESAM*, Speisesalz, Hefe*. / Ingrédients: farine complète d'ÉPEAUTRE*...", "wheat", ""),
    ("label", "M-Classic Sojasauce / Sauce soja / Salsa di soia 250 ml. Zutaten: Wasser, SOJAbohnen, WEIZEN, Speisesalz, Alkohol. / Ingrédients: eau, fèves de SOJA, BLÉ, sel, alcool. / Ingredienti: acqua, semi di SOIA, FRUMENTO, sale, alcol.", "soy wheat", ""),
    ("label", "Migros Vermicelles / Vermicelles / Vermicelles 500 g. Zutaten: Kastanien 45 %, Zucker, Rahm (MILCH), Glukosesirup, Kirsch, BUTTER, Vanillearoma. / Ingrédients: marrons 45 %, sucre, crème (LAIT), sirop de glucose, kirsch, BEURRE, arôme de vanille.", "sugar dairy", "corn"),
    ("label", "Migros Farmer Crunchy Honey / Farmer Crunchy Miel / Farmer Crunchy Miele 10 Riegel. Zutaten: HAFERflocken 38 %, Glukosesirup, WEIZENcrisps (WEIZENmehl, Zucker, GERSTENmalzextrakt), Zucker, Honig 5 %, Palmfett, Speisesalz, Emulgator (SOJAlecithin).", "wheat sugar soy", "corn"),
]

# ---------------------------------------------------------------------------
# Spanish, Italian and Portuguese labels (Mercadona/Hacendado, Lidl, Carrefour, Continente, Pingo Doce)
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("label", "Hacendado Pan de molde sin gluten 400 g. Ingredientes: agua, almidón de maíz, harina de arroz, aceite de girasol, fibra vegetal (psyllium), azúcar, levadura, sal, espesante (E-464), conservador (E-282). Sin gluten.", "corn sugar", ""),
    ("label", "Hacendado Chorizo extra cular 250 g. Ingredientes: carne de cerdo, pimentón, sal, LACTOSA, PROTEÍNA DE LECHE, dextrosa, ajo, azúcar, antioxidante (E-301), conservadores (E-252, E-250), colorante (E-120).", "dairy sugar", "corn"),
    ("label", "Hacendado Bebida de soja sin azúcares añadidos 1 L. Ingredientes: agua, haba de SOJA (8 %), corrector de acidez (fosfato dipotásico), estabilizante (goma gellan), sal, vitaminas (B2, B12, D2), calcio. Contiene azúcares naturalmente presentes.", "soy", ""),
    ("label", "Hacendado Salsa de soja 150 ml. Ingredientes: agua, SOJA, TRIGO, sal, alcohol.", "soy wheat", ""),
    ("label", "Cola Cao Original 760 g. Ingredientes: azúcar, cacao desgrasado soluble 18 % (cacao, agente alcalinizante carbonato potásico), harina de TRIGO y CEBADA malteada, sal.", "sugar wheat", ""),
    ("label", "Hacendado Turrón de Jijona calidad suprema 300 g. Ingredientes: almendra tostada 64 %, miel 15 %, azúcar, jarabe de glucosa, clara de huevo. Puede contener trazas de cacahuete, leche y soja.", "sugar", "corn dairy soy"),
    ("label", "Hacendado Maíz dulce en conserva 3 x 140 g. Ingredientes: maíz dulce, agua, sal, azúcar.", "corn sugar", ""),
    ("label", "Hacendado Gazpacho tradicional 1 L. Ingredientes: tomate (79 %), pepino, pimiento, aceite de oliva virgen extra (3 %), cebolla, vinagre de vino, sal, ajo. Sin gluten.", "", ""),
    ("label", "Hacendado Jamón serrano bodega lonchas 100 g. Ingredientes: jamón de cerdo, sal, azúcar, dextrosa, conservadores (E-252, E-250), antioxidante (E-301).", "sugar", "corn"),
    ("label", "Chufi Horchata de chufa 1 L. Ingredientes: agua, chufa (12 %), azúcar. Sin lactosa. Sin gluten.", "sugar", ""),  # why: tiger-nut drink, no milk
    ("label", "Hacendado Mayonesa 450 ml. Ingredientes: aceite de girasol (77 %), agua, yema de HUEVO (6 %), vinagre, sal, azúcar, zumo de limón, espesante (goma xantana), conservador (sorbato potásico).", "sugar", "corn"),
    ("label", "Hacendado Leche sin lactosa semidesnatada 1 L. Ingredientes: LECHE semidesnatada, enzima lactasa.", "dairy", ""),  # why: lactose-free milk is still dairy
    ("label", "Lidl Italiamo Pizzoccheri della Valtellina IGP 500 g. Ingredienti: farina di grano saraceno 40 %, semola di grano duro, farina di FRUMENTO tipo 0. Può contenere tracce di uova e soia.", "wheat", "soy"),  # why: buckwheat is not wheat, but durum semolina and wheat flour are
    ("label", "Barilla Spaghetti n.5 500 g. Ingredienti: semola di grano duro, acqua. Può contenere soia e senape.", "wheat", "soy"),
    ("label", "Carrefour Pesto alla Genovese 190 g. Ingredienti: olio di semi di girasole, basilico 30 %, anacardi, Grana Padano DOP 6 % (LATTE, sale, caglio, conservante: lisozima da UOVO), Pecorino Romano DOP (LATTE di pecora, sale, caglio), sale, zucchero, aglio, pinoli, correttore di acidità: acido lattico.", "dairy sugar", ""),
    ("label", "Carrefour Passata di pomodoro 700 g. Ingredienti: pomodoro 99,5 %, sale.", "", ""),
    ("label", "Ferrero Nutella 450 g. Ingredienti: zucchero, olio di palma, nocciole (13 %), LATTE scremato in polvere (8,7 %), cacao magro (7,4 %), emulsionanti: lecitine (SOIA), vanillina.", "sugar dairy soy", ""),
    ("label", "Mulino Bianco Pan di Stelle 350 g. Ingredienti: farina di FRUMENTO 58 %, zucchero, olio di semi di girasole, cacao magro 7 %, NOCCIOLE 4,5 %, miele, LATTE scremato in polvere, agenti lievitanti, sale, aromi. Stelline: zucchero, amido di riso, addensante: gomma arabica. Può contenere SOIA.", "wheat sugar dairy", "soy"),
    ("label", "Lidl Italiamo Farina di ceci 500 g. Ingredienti: farina di ceci 100 %. Può contenere tracce di glutine.", "", "wheat"),
    ("label", "Carrefour Mortadella Bologna IGP 150 g. Ingredienti: carne suina, sale, zucchero, spezie, aromi naturali, antiossidante: ascorbato di sodio, conservante: nitrito di sodio. Senza glutine. Senza fonti di lattosio.", "sugar", ""),
    ("label", "Carrefour Bio Bevanda di riso 1 L. Ingredienti: acqua, riso* 17 %, olio di semi di girasole*, sale marino. Senza zuccheri aggiunti. Contiene naturalmente zuccheri.", "", ""),  # why: the sweetness is from the rice itself
    ("label", "Mister Day Cornetti all'albicocca x6. Ingredienti: farina di FRUMENTO, confettura di albicocca 20 % (sciroppo di glucosio-fruttosio, purea di albicocca, zucchero, gelificante: pectina, correttore di acidità: acido citrico), BURRO, zucchero, UOVA, lievito, sale, emulsionanti: mono- e digliceridi degli acidi grassi, lecitina di SOIA.", "wheat dairy sugar soy", "corn"),
    ("label", "Continente Broa de Milho 500 g. Ingredientes: farinha de milho (50 %), farinha de centeio, farinha de TRIGO, água, sal, fermento.", "corn wheat", ""),
    ("label", "Pingo Doce Bebida de Aveia 1 L. Ingredientes: água, AVEIA (10 %), óleo de girassol, sal marinho. Contém glúten (aveia).", "", "wheat"),
    ("label", "Continente Chouriço de carne 200 g. Ingredientes: carne de porco, gordura de porco, sal, pimentão, alho, vinho, dextrose, LEITE em pó, proteína de SOJA, antioxidante (E316), conservante (E250).", "sugar dairy soy", "corn"),
    ("label", "Lidl Pastéis de nata ultracongelados x12. Ingredientes: massa folhada (farinha de TRIGO, margarina vegetal (óleos vegetais de palma e colza, água, sal)), LEITE, açúcar, gema de OVO, NATAS (LEITE), amido de milho, aroma.", "wheat dairy sugar corn", ""),
    ("label", "Compal Néctar de Pêssego 1 L. Ingredientes: água, polpa de pêssego (50 %), açúcar, acidificante: ácido cítrico, antioxidante: ácido ascórbico.", "sugar", "corn"),
    ("label", "Continente Leite de coco 400 ml. Ingredientes: extrato de coco (75 %), água, espessante (goma guar).", "", ""),  # why: coconut 'milk' is not dairy
    ("label", "Pingo Doce Atum em azeite 3 x 80 g. Ingredientes: atum, azeite (30 %), sal.", "", ""),
    ("label", "Continente Bolacha Maria 800 g. Ingredientes: farinha de TRIGO, açúcar, óleo de palma, xarope de glucose, agentes levedantes (carbonatos de sódio e amónio), sal, emulsionante (lecitina de SOJA), aroma. Pode conter LEITE e OVO.", "wheat sugar soy", "corn dairy"),
]

# ---------------------------------------------------------------------------
# Dutch and Belgian labels (Albert Heijn, Delhaize, Carrefour Belgique): Ingrediënten, bilingual NL / FR packs
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("label", "AH Pindakaas 600 g. Ingrediënten: pinda's 90 %, plantaardige olie (palm), suiker, zout. Allergie-informatie: bevat PINDA.", "sugar", ""),  # why: pindakaas is peanut butter, no cheese
    ("label", "AH Volkoren brood heel 800 g. Ingrediënten: volkorenmeel (TARWE), water, gist, TARWEgluten, zout, SOJAmeel, emulgator (E472e), meelverbeteraar (E300).", "wheat soy", ""),
    ("label", "AH Hagelslag puur 400 g. Ingrediënten: suiker, cacaomassa, cacaoboter, vetarm cacaopoeder, emulgator (SOJAlecithine), glansmiddel (Arabische gom), aroma. Kan MELK bevatten.", "sugar soy", "dairy"),
    ("label", "AH Stroopwafels 10 stuks. Ingrediënten: TARWEbloem, suiker, glucose-fructosestroop, palmvet, BOTER (MELK), invertsuikerstroop, EI, zout, rijsmiddel (natriumwaterstofcarbonaat), kaneel.", "wheat sugar dairy", "corn"),
    ("label", "AH Suikersnaps 150 g. Ingrediënten: suikersnaps. Herkomst: Kenia.", "", ""),  # why: sugar snap peas
    ("label", "AH Boekweitmeel 500 g. Ingrediënten: boekweit. Kan sporen van GLUTEN bevatten.", "", "wheat"),
    ("label", "Unox Gelderse Rookworst 275 g. Ingrediënten: varkensvlees 85 %, water, zout, SOJAeiwit, dextrose, specerijen, rookaroma, stabilisator (E450), antioxidant (E301), conserveermiddel (E250).", "soy sugar", "corn"),
    ("label", "AH Vanillevla 1 L. Ingrediënten: volle MELK, suiker, gemodificeerd maïszetmeel, aroma, kleurstof (bètacaroteen).", "dairy sugar corn", ""),
    ("label", "AH Muntdrop 250 g. Ingrediënten: suiker, TARWEbloem, glucosestroop, zoethoutextract, gemodificeerd zetmeel, salmiak, pepermuntolie, plantaardige olie (kokos), glansmiddel (bijenwas).", "sugar wheat", "corn"),
    ("label", "AH Ketjap manis 250 ml. Ingrediënten: suiker, water, SOJAbonen, TARWE, zout.", "soy wheat sugar", ""),
    ("label", "Conimex Boemboe Nasi Goreng 95 g. Ingrediënten: ui, plantaardige olie (raapzaad), suiker, knoflook, zout, sojasaus (water, SOJAbonen, TARWE, zout), garnalenpasta (SCHAALDIEREN), specerijen, gemodificeerd maïszetmeel.", "sugar soy wheat corn", ""),
    ("label", "AH Rundvleeskroketten 4 stuks. Ingrediënten: water, rundvlees 15 %, TARWEbloem, paneermeel (TARWEbloem, gist, zout), zonnebloemolie, BOTER (MELK), gemodificeerd zetmeel, zout, runderbouillon, specerijen.", "wheat dairy", "corn"),
    ("label", "AH Goudse kaas jong belegen 48+ plakken. Ingrediënten: gepasteuriseerde MELK, zout, zuursel, stremsel, conserveermiddel (E251), kleurstof (E160b).", "dairy", ""),
    ("label", "AH Rijstwafels naturel 130 g. Ingrediënten: volkoren rijst 99 %, zeezout.", "", ""),
    ("label", "AH Hummus naturel 200 g. Ingrediënten: kikkererwten 55 %, water, sesampasta (SESAM), raapzaadolie, citroensap, zout, knoflook, conserveermiddel (kaliumsorbaat).", "", ""),
    ("label", "Lotus Biscoff / Speculoos 250 g. Ingrediënten: TARWEbloem, suiker, plantaardige oliën (palm, koolzaad), kandijsuikersiroop, rijsmiddel (natriumwaterstofcarbonaat), SOJAmeel, zout, kaneel. / Ingrédients: farine de BLÉ, sucre, huiles végétales (palme, colza), sirop de sucre candi, poudre à lever, farine de SOJA, sel, cannelle.", "wheat sugar soy", ""),
    ("label", "Delhaize Gaufres de Liège / Luikse wafels x8. Ingrédients / Ingrediënten: farine de BLÉ / TARWEbloem, sucre perlé / parelsuiker 25 %, BEURRE / BOTER (LAIT / MELK) 18 %, ŒUFS / EIEREN, levure / gist, sel / zout, arôme / aroma.", "wheat sugar dairy", ""),
    ("label", "Carrefour Sirop de Liège / Luikse siroop 450 g. Ingrédients / Ingrediënten: poires / peren, pommes / appels, sucre / suiker, dattes / dadels.", "sugar", ""),
    ("label", "Carrefour Classic Margarine / Margarine 500 g. Ingrédients: huiles et graisses végétales (colza, palme, tournesol) 70 %, eau, LACTOSÉRUM en poudre, sel, émulsifiant: lécithine de SOJA, arôme, vitamines A et D. / Ingrediënten: plantaardige oliën en vetten, water, WEIpoeder, zout, emulgator: SOJAlecithine, aroma, vitamine A en D.", "dairy soy", ""),  # why: margarine with whey powder
    ("label", "Alpro Mild & Creamy Nature 500 g (BE/NL/FR). Ingrediënten: water, gepelde SOJAbonen (8 %), suiker, calcium (tricalciumfosfaat), stabilisatoren (pectine, gellan), zuurteregelaars, zeezout, aroma's, yoghurtculturen (S. thermophilus, L. bulgaricus). / Ingrédients: eau, fèves de SOJA décortiquées, sucre...", "soy sugar", ""),
    ("label", "Côte d'Or Chocolat Noir 70 % / Pure chocolade 100 g. Ingrédients / Ingrediënten: pâte de cacao / cacaomassa, sucre / suiker, beurre de cacao / cacaoboter, émulsifiant / emulgator (lécithine de SOJA / SOJAlecithine), arôme / aroma. Peut contenir LAIT / Kan MELK bevatten.", "sugar soy", "dairy"),
    ("label", "Delhaize Mayonnaise aux œufs / Eiermayonaise 500 ml. Ingrédients / Ingrediënten: huile de colza / koolzaadolie 75 %, jaune d'ŒUF / EIgeel 7 %, vinaigre / azijn, MOUTARDE / MOSTERD, sel / zout, sucre / suiker, épices / kruiden.", "sugar", ""),
    ("label", "Jupiler 25 cl. Ingrédients / Ingrediënten: eau / water, malt d'ORGE / GERSTEmout, maïs, houblon / hop.", "corn", "wheat"),  # why: brewed with maize; barley malt
    ("label", "Hoegaarden Witbier / Bière blanche 33 cl. Ingrediënten / Ingrédients: water / eau, GERSTEmout / malt d'ORGE, TARWE / FROMENT, hop / houblon, koriander / coriandre, sinaasappelschil / écorce d'orange.", "wheat", ""),
    ("label", "Carrefour Vlaamse stoverij / Carbonnade flamande 400 g. Ingrediënten: rundvlees 45 %, bier (water, GERSTEmout, glucosestroop, hop), ui, suiker, gemodificeerd maïszetmeel, TARWEbloem, MOSTERD, zout, specerijen. / Ingrédients: viande de bœuf 45 %, bière, oignons, sucre, amidon de maïs modifié, farine de BLÉ, MOUTARDE, sel, épices.", "wheat sugar corn", ""),
]

# ---------------------------------------------------------------------------
# Nordic, Polish, Greek, Turkish and Ukrainian labels (ICA, Lidl, Biedronka, AB Vassilopoulos, Migros Türkiye, Silpo)
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("label", "ICA Gravad lax skivad 200 g. Ingredienser: lax 95 %, socker, salt, dill, vitpeppar.", "sugar", ""),
    ("label", "Wasa Husman knäckebröd 520 g. Ingredienser: fullkornsrågmjöl 100 %, jäst, salt. Kan innehålla spår av VETE och SESAM. / Ingredienser (NO): sammalt rugmel, gjær, salt.", "", "wheat"),
    ("label", "Marabou Mjölkchoklad 200 g. Ingredienser: socker, kakaosmör, MJÖLKPULVER, kakaomassa, VASSLEPULVER (MJÖLK), emulgeringsmedel (SOJALECITIN), arom. / Ingredienser (DK): sukker, kakaosmør, MÆLKEPULVER, kakaomasse, VALLEPULVER (MÆLK), emulgator (SOJALECITHIN), aroma.", "sugar dairy soy", ""),
    ("label", "Arla Laktosfri Mellanmjölk 1,5 % / Laktosefri Letmælk 1 l. Ingredienser: MJÖLK, enzym (laktas). / Ingredienser: MÆLK, enzym (laktase).", "dairy", ""),
    ("label", "Kalles Kaviar original 300 g. Ingredienser: sockrad och saltad torskrom (FISK) 56 %, socker, rapsolja, salt, tomatpuré, potatisflingor, konserveringsmedel (natriumbensoat, kaliumsorbat), kryddextrakt, antioxidationsmedel (askorbylpalmitat).", "sugar", ""),
    ("label", "Lidl Bovete / Boghvede / Bokhvete / Tattari 500 g. Ingredienser / Ingredienser / Ainesosat: bovete / boghvede / bokhvete / tattari 100 %. Kan innehålla spår av gluten / Kan indeholde spor af gluten / Kan inneholde spor av gluten / Voi sisältää gluteenia.", "", "wheat"),  # why: buckwheat in four languages, not wheat; gluten traces
    ("label", "Fazer Salmiakki 180 g. Ainesosat: sokeri, glukoosisiirappi, VEHNÄjauho, salmiakki (ammoniumkloridi) 7 %, lakritsiuute, kasviöljy (kookos), väri (kasvihiili). / Ingredienser: socker, glukossirap, VETEmjöl, salmiak 7 %, lakritsextrakt, vegetabiliskt fett (kokos), färgämne (vegetabiliskt kol).", "sugar wheat", "corn"),
    ("label", "TINE Gudbrandsdalsost G35 500 g. Ingredienser: MYSE, fløte (MELK), kumelk, geitmelk.", "dairy", ""),  # why: brown cheese is caramelised whey; no added sugar listed
    ("label", "Pilos Kefir naturalny 400 g (Lidl Polska). Składniki: MLEKO, żywe kultury bakterii i drożdży kefirowych.", "dairy", ""),
    ("label", "Cenos Kasza gryczana prażona 4 x 100 g. Składniki: kasza gryczana prażona 100 %. Produkt może zawierać GLUTEN.", "", "wheat"),
    ("label", "Sokołów Kiełbasa śląska 500 g. Składniki: mięso wieprzowe 82 %, woda, sól, białko SOJOWE, skrobia ziemniaczana, glukoza, przyprawy, stabilizatory (E451, E450), przeciwutleniacz (E316), substancja konserwująca (E250).", "soy sugar", "corn"),  # why: glucose may be maize-derived; potato starch is named
    ("label", "Kamis Musztarda sarepska 185 g. Składniki: woda, GORCZYCA 23 %, ocet spirytusowy, cukier, sól, przyprawy.", "sugar", ""),
    ("label", "Lidl Polska Pierogi ruskie 400 g. Składniki: ciasto 55 % (mąka PSZENNA, woda, olej rzepakowy, sól), farsz 45 % (ziemniaki, ser twarogowy (MLEKO), cebula smażona, olej rzepakowy, sól, pieprz).", "wheat dairy", ""),
    ("label", "E. Wedel Ptasie Mleczko waniliowe 380 g. Składniki: czekolada deserowa 32 % (cukier, miazga kakaowa, tłuszcz kakaowy, emulgator: lecytyny (z SOI), aromat), cukier, syrop glukozowy, tłuszcz roślinny (palmowy), MASŁO, MLEKO w proszku odtłuszczone, BIAŁKO JAJA w proszku, substancja żelująca (agar), aromat.", "sugar soy dairy", "corn"),
    ("label", "Bonduelle Kukurydza złocista 340 g. Składniki: kukurydza, woda, sól, cukier.", "corn sugar", ""),
    ("label", "ΦΑΓΕ Total Στραγγιστό γιαούρτι 2 % 500 g. Συστατικά: παστεριωμένο αγελαδινό ΓΑΛΑ, καλλιέργεια γιαουρτιού. / Ingredients: pasteurised cow's MILK, live yoghurt cultures.", "dairy", ""),
    ("label", "ΑΒ Βασιλόπουλος Κριθαράκι μέτριο 500 g. Συστατικά: σιμιγδάλι από σκληρό ΣΙΤΑΡΙ. Μπορεί να περιέχει ίχνη ΑΥΓΟΥ.", "wheat", ""),  # why: kritharaki is durum wheat pasta despite the barley name
    ("label", "Παπαδοπούλου Παξιμάδια κριθαρένια 400 g. Συστατικά: αλεύρι ΚΡΙΘΑΡΙΟΥ 70 %, αλεύρι ΣΙΤΑΡΙΟΥ, ηλιέλαιο, αλάτι, μαγιά, ζάχαρη.", "wheat sugar", ""),
    ("label", "Haitoglou Χαλβάς Μακεδονικός με κακάο 400 g. Συστατικά: ταχίνι (ΣΟΥΣΑΜΙ) 50 %, ζάχαρη, γλυκόζη, κακάο 2 %, εκχύλισμα ρίζας σαπουνόχορτου, βανιλίνη.", "sugar", "corn"),
    ("label", "Lidl Hellas Eridanous Σπανακόπιτα κατεψυγμένη 850 g. Συστατικά: φύλλο (αλεύρι ΣΙΤΑΡΙΟΥ, νερό, ηλιέλαιο, αλάτι), σπανάκι 35 %, τυρί φέτα ΠΟΠ (ΓΑΛΑ) 12 %, κρεμμύδι, άνηθος, ηλιέλαιο, αλάτι.", "wheat dairy", ""),
    ("label", "Migros (Türkiye) Tam Buğday Ekmeği 500 g. İçindekiler: tam buğday unu (%60), buğday unu, su, maya, tuz, şeker. Alerjen: GLUTEN (buğday) içerir. SUSAM içerebilir.", "wheat sugar", ""),
    ("label", "Koska Üzüm Pekmezi 800 g. İçindekiler: %100 üzüm. Şeker ilavesizdir.", "", "sugar"),  # why: grape molasses is boiled-down fruit juice, a natural sweetener like a juice concentrate
    ("label", "Ülker Çikolatalı Gofret 36 g. İçindekiler: buğday unu, şeker, bitkisel yağ (palm), kakao tozu (%6), yağsız süt tozu, peynir altı suyu tozu, emülgatör (soya lesitini), tuz, kabartıcı (sodyum bikarbonat), aroma verici. Alerjen: GLUTEN, SÜT, SOYA içerir. FINDIK içerebilir.", "wheat sugar dairy soy", ""),
    ("label", "Koska Sade Lokum 500 g. İçindekiler: şeker, su, mısır nişastası, sitrik asit. Fındık ve Antep fıstığı içerebilir.", "sugar corn", ""),
    ("label", "Sütaş Ayran 1 L. İçindekiler: inek sütü, içme suyu, tuz, yoğurt kültürü. Alerjen: SÜT.", "dairy", ""),
    ("label", "Сільпо Гречка ядриця 1 кг. Склад: крупа гречана ядриця 100 %. Може містити сліди ГЛЮТЕНУ.", "", "wheat"),
    ("label", "Roshen Торт «Київський» 450 г. Склад: цукор, білок яєчний, ядро горіха кеш'ю, масло вершкове (МОЛОКО), молоко згущене з цукром (МОЛОКО, цукор), борошно пшеничне, какао-порошок, ароматизатор. Може містити арахіс, сою.", "sugar dairy wheat", "soy"),
    ("label", "Ковбаса варена «Лікарська» 500 г. Склад: свинина, яловичина, вода питна, яйця курячі, молоко сухе знежирене, білок соєвий, крохмаль, сіль, цукор, спеції, стабілізатор (E450), фіксатор кольору нітрит натрію.", "dairy soy sugar", "wheat corn"),  # why: 'крохмаль' (starch) without a source
    ("label", "Майонез «Щедро» Провансаль 67 % 350 г. Склад: олія соняшникова рафінована, вода, жовток яєчний, цукор, сіль, оцет, гірчичний порошок, загущувач (ксантанова камедь), консервант (сорбат калію).", "sugar", "corn"),
    ("label", "Квас «Тарас» хлібний 1 л. Склад: вода підготовлена, цукор, сусло квасне (солод ячмінний, борошно житнє), діоксид вуглецю, колір (карамельний E150), дріжджі.", "sugar", "wheat corn"),  # why: malt; caramel colour
]

# ---------------------------------------------------------------------------
# Pan-European Lidl and Aldi packs printed in many languages at once (GB/IE, DE/AT, FR/BE, NL, ...)
# ---------------------------------------------------------------------------
BLIND15_CASES += [
    ("label", "Crownfield Choco Shells 375 g (Lidl). GB: Ingredients: Wholegrain WHEAT flour (35 %), sugar, maize flour, rice flour, fat-reduced cocoa powder (5 %), glucose syrup, sunflower oil, salt, emulsifier (sunflower lecithin). DE: Zutaten: WEIZENvollkornmehl (35 %), Zucker, Maismehl, Reismehl, fettarmes Kakaopulver (5 %), Glukosesirup, Sonnenblumenöl, Speisesalz, Emulgator (Sonnenblumenlecithin).", "wheat sugar corn", ""),
    ("label", "Moser Roth Edel-Bitter 85 % / Dark Chocolate 85 % / Chocolat noir 85 % (Aldi) 125 g. Ingredients: cocoa mass, fat-reduced cocoa powder, sugar, cocoa butter, emulsifier: lecithins (SOYA). Zutaten: Kakaomasse, fettarmes Kakaopulver, Zucker, Kakaobutter, Emulgator: Lecithine (SOJA). May contain MILK / Kann MILCH enthalten / Peut contenir du LAIT.", "sugar soy", "dairy"),
    ("label", "Vemondo Tofu Natural / Tofu Natur / Tofu nature / Tofu naturel 2 x 180 g (Lidl). Ingredients: water, SOYA beans (47 %), coagulant: magnesium chloride. Zutaten: Wasser, SOJAbohnen (47 %), Festigungsmittel: Magnesiumchlorid. Ingrédients: eau, graines de SOJA (47 %), coagulant: chlorure de magnésium.", "soy", ""),
    ("label", "Harvest Morn Porridge Oats / Haferflocken / Flocons d'avoine 1 kg (Aldi). Ingredients: 100 % OATS. Zutaten: 100 % HAFER. Ingrédients: 100 % AVOINE. May contain WHEAT / Kann WEIZEN enthalten / Peut contenir du BLÉ.", "", "wheat"),
    ("label", "Vemondo Almond Drink Original / Mandeldrink / Boisson à l'amande / Amandeldrank 1 L (Lidl). Ingredients: water, ALMONDS (2 %), sugar, calcium (tricalcium phosphate), sea salt, stabilisers (locust bean gum, gellan gum), emulsifier (lecithins (sunflower)), vitamins. Zutaten: Wasser, MANDELN (2 %), Zucker, Calcium...", "sugar", ""),  # why: 'Original' plant drinks are sweetened; lecithin is sunflower
    ("label", "Milbona Greek Style Yogurt / Joghurt nach griechischer Art / Yaourt à la grecque 500 g (Lidl). Ingredients: yogurt (MILK), cream (MILK), MILK protein. Zutaten: Joghurt (MILCH), Sahne (MILCH), MILCHeiweiß.", "dairy", ""),
    ("label", "Snackrite Sweet & Salty Popcorn / Süß-salziges Popcorn / Pop-corn sucré-salé 100 g (Aldi). Ingredients: maize (71 %), sugar (19 %), sunflower oil, salt. Zutaten: Mais (71 %), Zucker (19 %), Sonnenblumenöl, Salz.", "corn sugar", ""),
    ("label", "Chef Select Chicken Nuggets / Hähnchen-Nuggets / Nuggets de poulet 450 g (Lidl). Ingredients: chicken (55 %), WHEAT flour, water, sunflower oil, WHEAT starch, modified maize starch, salt, dextrose, spices, yeast extract, raising agents (diphosphates, sodium carbonates). Zutaten: Hähnchenfleisch (55 %), WEIZENmehl, Wasser, Sonnenblumenöl, WEIZENstärke, modifizierte Maisstärke, Salz, Dextrose...", "wheat corn sugar", ""),
    ("label", "Asia Green Garden Sweet Chili Sauce / Süß-scharfe Chilisauce / Sauce chili douce 200 ml (Aldi). Ingredients: sugar (50 %), water, chili (10 %), garlic, vinegar, salt, modified starch, thickener: xanthan gum. Zutaten: Zucker (50 %), Wasser, Chili (10 %), Knoblauch, Essig, Salz, modifizierte Stärke, Verdickungsmittel: Xanthan.", "sugar", "wheat corn"),  # why: modified starch without a source
    ("label", "Deluxe Christstollen / Stollen 750 g (Lidl). Ingredients: WHEAT flour, raisins (25 %), BUTTER (20 %), sugar, candied orange peel (orange peel, glucose-fructose syrup, sugar, acid: citric acid), ALMONDS, water, yeast, icing sugar, lemon peel, salt. Zutaten: WEIZENmehl, Rosinen (25 %), BUTTER (20 %), Zucker, Orangeat... May contain other NUTS and SOYA / Kann andere SCHALENFRÜCHTE und SOJA enthalten.", "wheat dairy sugar", "corn soy"),
    ("label", "Alesto Salted Peanuts / Erdnüsse geröstet und gesalzen / Cacahuètes grillées salées 500 g (Lidl). Ingredients: PEANUTS (95 %), sunflower oil, salt. May contain other NUTS, SESAME and MILK / Kann andere SCHALENFRÜCHTE, SESAM und MILCH enthalten.", "", "dairy"),
    ("label", "Favorina Marzipankartoffeln / Marzipan Potatoes / Pommes de terre en massepain 200 g (Lidl). Zutaten: MANDELN (50 %), Zucker, Invertzuckersirup, Kakaopulver, Glukosesirup. Ingredients: ALMONDS (50 %), sugar, invert sugar syrup, cocoa powder, glucose syrup.", "sugar", "corn"),  # why: marzipan 'potatoes' are not potatoes
    ("label", "Goldähren Gluten Free Wraps / Glutenfreie Wraps / Wraps sans gluten 4 x 40 g (Aldi). Ingredients: water, maize starch, rice flour, rapeseed oil, psyllium husk, glucose syrup, humectant: glycerol, salt, raising agent: sodium bicarbonate, acid: citric acid. Gluten free / Glutenfrei / Sans gluten.", "corn sugar", ""),
    ("label", "Vitasia Tamari Gluten Free Soy Sauce / Tamari glutenfreie Sojasauce / Sauce soja tamari sans gluten 150 ml (Lidl). Ingredients: water, SOYBEANS (23 %), salt, sugar, alcohol. Zutaten: Wasser, SOJAbohnen (23 %), Salz, Zucker, Alkohol.", "soy sugar", ""),
    ("label", "Vemondo Vegan Block / Pflanzlicher Block / Bloc végétal 250 g (Lidl). Ingredients: vegetable fats and oils (palm, coconut, rapeseed, sunflower) (80 %), water, salt (1.2 %), emulsifier (sunflower lecithin), natural flavouring, colour (carotenes). Dairy free / Milchfrei / Sans lait. 100 % vegan.", "", ""),  # why: butter substitute; oils and lecithin are named
    ("label", "Nature's Pick Sugar Snap Peas / Zuckerschoten / Pois gourmands 150 g (Aldi). Ingredients: sugar snap peas. Produce of Kenya.", "", ""),
]
