# ruff: noqa: E501
"""Blind labelled set 25: a worldwide user base outside the English-speaking countries, typing in mixed English and their own languages and scripts, plus pasted local labels."""

BLIND25_CASES: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------------------
# Lupita, Ciudad de México: Spanish/Spanglish, lowercase, "jaja", tiendita snacks, abuela's cooking
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "desayuné chilaquiles verdes con crema y queso fresco + cafecito de olla", "corn dairy sugar", "soy"),  # why: café de olla is sweetened with piloncillo; fried tortilla chips -> oil unknown
    ("meal", "tacos al pastor en la esquina, 5 con piña y salsa, tortillas de maíz obvio", "corn", ""),
    ("meal", "quesadillas de flor de calabaza SIN queso (si existen en cdmx jaja) en tortilla de harina", "wheat", ""),
    ("meal", "pozole rojo de mi abuela con maíz pozolero, rábano, lechuga, orégano y tostadas", "corn", ""),
    ("meal", "un gansito y una coca en la tiendita, día de perros 😩", "wheat dairy sugar", "soy corn"),
    ("meal", "tamales de rajas con queso y un atole de vainilla pa la candelaria", "corn dairy sugar", ""),
    ("meal", "guajolota lol torta de tamal, bolillo + tamal verde", "wheat corn", "sugar"),
    ("meal", "agua de jamaica sin azúcar, me la hice yo", "", ""),
    ("meal", "esquite en vaso con mayo, queso cotija, chile y limón", "corn dairy", "soy sugar"),
    ("meal", "pan de muerto con chocolate caliente de leche 🕯️ día de muertos", "wheat dairy sugar", "soy corn"),
    ("meal", "chocolate de metate oaxaqueño hecho con agua, NO leche esta vez", "sugar", ""),  # why: Oaxacan table chocolate is cacao ground with sugar (plus almond/cinnamon); no milk
    ("meal", "tlayuda con asiento, frijoles y quesillo en el mercado", "corn dairy", ""),
    ("meal", "sopita de fideo con caldo de pollo en polvo como la hace mi mamá", "wheat", "corn soy sugar"),  # why: bouillon powder usually has maltodextrin/sugar/HVP
    ("label", "Papas fritas sabor adobadas 45 g. Ingredientes: papa, aceite vegetal, condimento adobado (sal, maltodextrina, azúcar, chile, ajo en polvo, glutamato monosódico, ácido cítrico, proteína vegetal hidrolizada de soya). Contiene: soya. Puede contener trigo y leche.", "soy sugar", "corn wheat dairy"),
    ("label", "EXCESO AZÚCARES / EXCESO CALORÍAS. Galletas tipo María. Ingredientes: harina de trigo enriquecida, azúcar, aceite vegetal de palma, jarabe de maíz de alta fructosa, sal, bicarbonato de sodio, lecitina de soya, vainillina. Contiene: trigo, soya. Puede contener leche.", "wheat sugar corn soy", "dairy"),
    ("label", "Tostadas horneadas. Ingredientes: maíz nixtamalizado, aceite de cártamo, sal, cal. Sin gluten. Sin sellos.", "corn", ""),
    ("label", "Yogurt bebible sabor fresa 250 g. Ingredientes: leche descremada, azúcar, fresa, almidón modificado, fructosa, colorante carmín, cultivos lácticos. EXCESO AZÚCARES. Contiene leche.", "dairy sugar", "corn wheat"),
    ("label", "Salsa picante botanera. Ingredientes: agua, chiles secos, vinagre, sal, especias, benzoato de sodio (conservador).", "", ""),
    ("label", "Chocolate de mesa en tableta. Ingredientes: azúcar, cacao, manteca de cacao, canela, lecitina de soya, saborizante artificial. Contiene soya.", "sugar soy", ""),  # why: manteca de cacao is cocoa butter, not dairy
]

# ---------------------------------------------------------------------------
# Thiago, São Paulo: Brazilian Portuguese, "kkkk", vc/tb/c/, padaria and festa junina
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "pão de queijo 3 unid + cafezinho c açúcar", "dairy sugar", ""),  # why: pão de queijo is polvilho (cassava starch) + cheese, no wheat
    ("meal", "feijoada completa no sábado, com farofa, couve, laranja e arroz", "", "dairy"),  # why: farofa is often toasted in butter
    ("meal", "tapioca de coco com leite condensado 🤤", "dairy sugar", ""),
    ("meal", "coxinha e guaraná antarctica na padaria", "wheat sugar", "dairy corn soy"),
    ("meal", "misto quente e suco de laranja natural", "wheat dairy", "sugar soy"),
    ("meal", "pastel de feira de carne + caldo de cana", "wheat sugar", "soy corn"),  # why: caldo de cana is cane juice; pastel fried in (usually soy) oil
    ("meal", "brigadeiro na festa da minha sobrinha, comi uns 6 kkk", "dairy sugar", "soy"),
    ("meal", "arroz, feijão, bife acebolado e salada. comida de casa msm", "", "soy"),  # why: Brazilian home cooking uses óleo de soja by default
    ("meal", "pamonha doce na festa junina + quentão", "corn sugar", "dairy"),
    ("meal", "canjica branca com leite, leite condensado e amendoim", "corn dairy sugar", ""),
    ("meal", "açaí puro sem açúcar, ops, na vdd era o de pote com xarope de guaraná", "sugar", ""),
    ("meal", "x-tudo na lanchonete depois do jogo, c/ batata frita e coca", "wheat dairy sugar", "corn soy"),
    ("meal", "rodízio de sushi c shoyu, uns 20 peças, incluindo hot roll", "soy wheat sugar", "dairy corn"),  # why: sushi rice is seasoned with sugar; hot rolls often have cream cheese
    ("label", "BISCOITO RECHEADO SABOR CHOCOLATE. INGREDIENTES: farinha de trigo enriquecida com ferro e ácido fólico, açúcar, gordura vegetal, cacau em pó, amido, açúcar invertido, sal, fermentos químicos, emulsificante lecitina de soja, aromatizante. ALÉRGICOS: CONTÉM TRIGO E SOJA. PODE CONTER LEITE. CONTÉM GLÚTEN.", "wheat sugar soy", "dairy corn"),
    ("label", "Requeijão cremoso 200 g. Ingredientes: leite pasteurizado, creme de leite, cloreto de sódio, fermento lácteo, estabilizante polifosfato de sódio. ALÉRGICOS: CONTÉM LEITE E DERIVADOS. CONTÉM LACTOSE. NÃO CONTÉM GLÚTEN.", "dairy", ""),
    ("label", "Farofa pronta temperada. Ingredientes: farinha de mandioca torrada, gordura vegetal, sal, cebola, alho, realçador de sabor glutamato monossódico, corante natural de urucum. NÃO CONTÉM GLÚTEN. ALÉRGICOS: PODE CONTER SOJA.", "", "soy corn"),
    ("label", "Fubá mimoso. Ingredientes: milho degerminado enriquecido com ferro e ácido fólico. NÃO CONTÉM GLÚTEN.", "corn", ""),
    ("label", "Leite condensado 395 g. Ingredientes: leite integral, açúcar e lactose. ALÉRGICOS: CONTÉM LEITE E DERIVADOS. CONTÉM LACTOSE. NÃO CONTÉM GLÚTEN.", "dairy sugar", ""),
    ("label", "Bebida à base de soja sabor original, zero lactose. Ingredientes: água, extrato de soja, açúcar, maltodextrina, fosfato tricálcico, estabilizante goma gelana, aroma idêntico ao natural. ALÉRGICOS: CONTÉM SOJA. PODE CONTER LEITE.", "soy sugar", "corn dairy"),
    ("label", "Pão de forma integral. Ingredientes: farinha de trigo integral, farinha de trigo enriquecida com ferro e ácido fólico, água, açúcar mascavo, glúten, fibra de aveia, óleo de soja, sal, fermento biológico, conservador propionato de cálcio, emulsificante estearoil-2-lactil lactato de sódio. ALÉRGICOS: CONTÉM TRIGO, AVEIA E SOJA. PODE CONTER LEITE. CONTÉM GLÚTEN.", "wheat sugar soy", "dairy"),  # why: stearoyl lactylate is from lactic acid, not milk
]

# ---------------------------------------------------------------------------
# Martina, Buenos Aires: rioplatense Spanish, voseo, "re", mate all day, asado Sundays
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "mate amargo toda la mañana + 2 medialunas de manteca", "wheat dairy sugar", ""),
    ("meal", "asado del domingo: vacío, chori, morcilla y ensalada mixta", "", ""),
    ("meal", "choripán con chimichurri en la costanera", "wheat", ""),
    ("meal", "empanadas tucumanas de carne cortada a cuchillo, me comí 4", "wheat", ""),
    ("meal", "alfajor de dulce de leche bañado en chocolate, día de mierda che", "wheat dairy sugar", "soy corn"),
    ("meal", "milanesa napolitana con puré, la de mi vieja", "wheat dairy", "sugar"),
    ("meal", "fugazzeta rellena en la pizzería de corrientes 🍕", "wheat dairy", "sugar"),
    ("meal", "mate cocido con leche de almendras, sin azúcar", "", ""),
    ("meal", "locro para el 25 de mayo con chorizo colorado y zapallo", "corn", ""),
    ("meal", "humita en chala que trajo mi tía de salta", "corn", "dairy sugar"),
    ("meal", "fernet con coca, 3 o 4 no me acuerdo 🙃", "sugar", "corn"),
    ("meal", "provoleta a la parrilla con orégano y ají molido", "dairy", ""),
    ("meal", "polenta con tuco y queso rallado", "corn dairy", "sugar"),
    ("meal", "trajeron facturas a la oficina, yo no comí ninguna, solo mate", "", ""),
    ("label", "Dulce de leche clásico 400 g. Ingredientes: leche entera, azúcar, glucosa, bicarbonato de sodio, aromatizante vainillina. Contiene leche. SIN TACC.", "dairy sugar", "corn"),
    ("label", "Galletitas de agua. Ingredientes: harina de trigo enriquecida (Ley 25.630), grasa vacuna, sal, extracto de malta, levadura, bicarbonato de amonio. Contiene trigo y cebada. Puede contener soja y leche.", "wheat", "soy dairy sugar"),
    ("label", "Yerba mate compuesta con hierbas serranas. Ingredientes: yerba mate, peperina, menta, boldo. SIN TACC.", "", ""),
    ("label", "Polenta instantánea. Ingredientes: sémola de maíz precocida. Puede contener trazas de gluten.", "corn", "wheat"),
    ("label", "Tapas para empanadas criollas x12. Ingredientes: harina de trigo tipo 000, agua, margarina (aceites vegetales, agua, sal, emulsionantes mono y diglicéridos de ácidos grasos, lecitina de soja), sal, propionato de calcio. Contiene gluten. Contiene soja.", "wheat soy", "corn"),
]

# ---------------------------------------------------------------------------
# Pablo, Sevilla: Spanish, "tío", "xd", bar breakfasts, tapas, menú del día
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "tostada con tomate y aceite y un café con leche en el bar", "wheat dairy", ""),
    ("meal", "tortilla de patatas de mi madre, con cebolla obviamente", "", ""),
    ("meal", "bocata de calamares en la plaza mayor xd", "wheat", ""),
    ("meal", "churros con chocolate a las 6 de la mañana volviendo de fiesta", "wheat dairy sugar", "corn soy"),  # why: chocolate a la taza is thickened with cornstarch
    ("meal", "paella valenciana en la playa con los primos", "", ""),
    ("meal", "salmorejo con jamón y huevo picado", "wheat", ""),
    ("meal", "gazpacho de brick, luego miro la etiqueta", "", "wheat sugar"),
    ("meal", "roscón de reyes con nata el día 6 tío", "wheat dairy sugar", ""),
    ("meal", "pulpo a la gallega y pimientos de padrón", "", ""),
    ("meal", "dos cañas y unas bravas con alioli", "", "wheat corn soy"),  # why: beer is barley malt, may include wheat/corn adjuncts; bar alioli is often mayonnaise
    ("meal", "croquetas de jamón caseras de la abuela", "wheat dairy", ""),
    ("meal", "horchata de chufa con fartons en valencia", "wheat sugar", "dairy"),  # why: horchata is tiger nut, not milk
    ("meal", "crema catalana de postre en el menú del día, el pan no lo toqué", "dairy sugar", "corn"),
    ("label", "Turrón de Jijona. Ingredientes: almendra 64%, miel, azúcar, clara de huevo. Puede contener trazas de cacahuete, leche y otros frutos de cáscara.", "sugar", "dairy"),
    ("label", "Pan de molde sin corteza. Ingredientes: harina de trigo, agua, azúcar, aceite de girasol, levadura, gluten de trigo, sal, emulgentes (E-471, E-481), conservador (E-282), harina de soja. Contiene: trigo, soja. Puede contener trazas de leche y sésamo.", "wheat sugar soy", "dairy"),
    ("label", "Chorizo cular extra. Ingredientes: magro de cerdo, tocino, pimentón, sal, ajo, dextrosa, lactosa, proteína de soja, conservadores (E-250, E-252). Contiene: leche, soja.", "dairy soy sugar", "corn"),
    ("label", "Bebida de avena sin azúcares añadidos. Ingredientes: agua, avena (14%), aceite de girasol, sal. Contiene azúcares naturalmente presentes. Puede contener trazas de gluten.", "", "wheat"),
    ("label", "Gazpacho andaluz. Ingredientes: tomate (78%), pimiento, pepino, aceite de oliva virgen extra (3%), cebolla, vinagre de vino, sal, ajo, pan (harina de trigo, agua, sal, levadura). Contiene: gluten.", "wheat", ""),
    ("label", "Magdalenas. Ingredientes: harina de trigo, azúcar, aceite de girasol, huevo, jarabe de glucosa-fructosa, leche desnatada en polvo, gasificantes (E-450i, E-500ii), sal, aroma. Contiene gluten, huevo y leche. Puede contener trazas de soja y frutos de cáscara.", "wheat sugar dairy", "corn soy"),
]

# ---------------------------------------------------------------------------
# Camille, Lyon: French, few capitals, brasserie and bouchon food, a bit of English
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "petit dej: tartine beurre confiture + café noir", "wheat dairy sugar", ""),
    ("meal", "croque-monsieur à la brasserie avec une salade verte", "wheat dairy", ""),
    ("meal", "galette complète au sarrasin (jambon oeuf fromage) + bolée de cidre", "dairy", "wheat sugar"),  # why: buckwheat is not wheat, but crêperies often add wheat flour; cidre doux may be sweetened
    ("meal", "quiche lorraine maison, pâte brisée achetée", "wheat dairy", ""),
    ("meal", "raclette entre potes 🧀🧀 patates, charcuterie, cornichons", "dairy", ""),  # why: cornichons are gherkins, not corn
    ("meal", "couscous royal chez mes beaux-parents", "wheat", ""),
    ("meal", "kebab frites sauce blanche à 2h du mat", "wheat", "dairy soy corn sugar"),
    ("meal", "une part de galette des rois frangipane, j'ai eu la fève 👑", "wheat dairy sugar", ""),
    ("meal", "ratatouille et riz, rien d'autre", "", ""),
    ("meal", "pain au chocolat, non attends c'était une chocolatine 😅 pareil", "wheat dairy sugar", "soy"),
    ("meal", "soupe à l'oignon gratinée au bouchon", "wheat dairy", ""),
    ("meal", "crêpes de la chandeleur au sucre et au citron", "wheat dairy sugar", ""),
    ("meal", "salade niçoise, sans pain", "", ""),
    ("label", "Pâte à tartiner aux noisettes et au cacao. Ingrédients : sucre, huile de palme, noisettes 13%, lait écrémé en poudre 8,7%, cacao maigre 7,4%, émulsifiant : lécithines (soja), vanilline. Peut contenir des traces d'autres fruits à coque.", "sugar dairy soy", ""),
    ("label", "Chips nature. Ingrédients : pommes de terre, huile de tournesol (35%), sel. Fabriqué dans un atelier qui utilise du gluten, du lait et de la moutarde. Peut contenir des traces de gluten et de lait.", "", "wheat dairy"),
    ("label", "Biscuits petit beurre. Ingrédients : farine de blé 68%, sucre, beurre pâtissier 13,6%, lait écrémé en poudre, sel, poudres à lever (carbonates de sodium et d'ammonium), acidifiant : acide citrique. Peut contenir des traces d'œufs, de soja et de fruits à coque.", "wheat sugar dairy", "corn soy"),
    ("label", "Polenta précuite. Ingrédients : semoule de maïs précuite. Sans gluten. Peut contenir des traces de soja.", "corn", "soy"),
    ("label", "Spécialité au lait de coco, sans lactose, nature. Ingrédients : lait de coco 92% (extrait de noix de coco, eau), amidon de tapioca, fécule de pomme de terre, ferments, sucre de canne 2%. Peut contenir des traces de lait.", "sugar", "dairy"),  # why: coconut milk is not dairy
    ("label", "Saucisson sec pur porc. Ingrédients : viande de porc, sel, lactose, dextrose, saccharose, épices, poivre en grains, ferments, conservateurs : nitrate de potassium, nitrite de sodium. Contient : lait.", "dairy sugar", "corn"),  # why: poivre en grains = peppercorn, not corn
]

# ---------------------------------------------------------------------------
# Giulia, Napoli: Italian with a bit of napoletano, bar breakfasts, nonna's Sunday cooking
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "cornetto e cappuccino al bar sotto casa ☕🥐", "wheat dairy sugar", ""),
    ("meal", "na margherita intera da sorbillo 🍕", "wheat dairy", ""),
    ("meal", "spaghetti alle vongole, mammà li fa troppo buoni", "wheat", ""),
    ("meal", "parmigiana di melanzane della domenica", "dairy", "wheat"),  # why: in Naples the aubergines are often floured and egged before frying
    ("meal", "risotto ai funghi porcini mantecato con burro e parmigiano", "dairy", ""),
    ("meal", "polenta taragna con formaggio in baita in valtellina", "corn dairy", ""),  # why: taragna is cornmeal + buckwheat, no wheat
    ("meal", "sfogliatella riccia e nu cafè", "wheat dairy sugar", ""),
    ("meal", "pasta e fagioli, senza formaggio sopra stavolta", "wheat", ""),
    ("meal", "due arancini al ragù in stazione", "wheat", "dairy"),
    ("meal", "gelato pistacchio e fior di latte, cono piccolo", "dairy sugar wheat", ""),
    ("meal", "aperol spritz e patatine all'aperitivo", "sugar", ""),
    ("meal", "panettone a natale, due fette + spumante", "wheat dairy sugar", ""),
    ("meal", "insalata caprese e una fetta di pane di altamura", "dairy wheat", ""),
    ("label", "Grissini torinesi. Ingredienti: farina di grano tenero tipo 0, olio extravergine di oliva 8%, lievito di birra, sale, malto d'orzo. Può contenere tracce di sesamo e soia.", "wheat", "soy"),
    ("label", "Pasta di semola di grano duro, formato rigatoni. Ingredienti: semola di grano duro, acqua. Può contenere tracce di soia e senape.", "wheat", "soy"),
    ("label", "Pesto alla genovese. Ingredienti: basilico genovese DOP 36%, olio di semi di girasole, formaggi (Parmigiano Reggiano DOP, Pecorino Romano DOP), anacardi, olio extravergine di oliva, sale, pinoli, aglio, correttore di acidità: acido lattico, zucchero. Contiene latte e anacardi.", "dairy sugar", ""),
    ("label", "Frollini senza glutine. Ingredienti: amido di mais, farina di riso, zucchero, burro, uova, amido di patata, latte scremato in polvere, agenti lievitanti, addensante: gomma di xantano, aromi. Senza glutine. Può contenere tracce di soia.", "corn sugar dairy", "soy"),
    ("label", "Mozzarella di bufala campana DOP. Ingredienti: latte di bufala, sale, caglio, siero innesto naturale.", "dairy", ""),
    ("label", "Cioccolato fondente 85%. Ingredienti: pasta di cacao, burro di cacao, zucchero, estratto di vaniglia. Cacao minimo 85%. Può contenere latte, nocciole e soia.", "sugar", "dairy soy"),
]

# ---------------------------------------------------------------------------
# Lukas, Berlin: German, some English, Imbiss and Späti food, Oma on Sundays
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "Frühstück: 2 Brötchen mit Butter und Marmelade, Kaffee schwarz", "wheat dairy sugar", ""),
    ("meal", "Currywurst mit Pommes am Imbiss", "sugar", "corn soy dairy wheat"),  # why: curry ketchup is sugared; sausages often contain milk protein, starch or dextrose
    ("meal", "Döner mit allem und scharf, Kräutersoße", "wheat dairy", "soy corn sugar"),  # why: 'mit allem' includes the yogurt-based sauces
    ("meal", "Spargel mit Kartoffeln und Sauce Hollandaise aus dem Päckchen 🙈", "dairy", "wheat corn sugar soy"),
    ("meal", "Käsespätzle mit Röstzwiebeln", "wheat dairy", ""),
    ("meal", "Buchweizenpfannkuchen mit Apfelmus, ohne Zucker", "", "wheat dairy"),  # why: buckwheat is not wheat, but batters often mix flours and use milk
    ("meal", "Glühwein auf dem Weihnachtsmarkt + Lebkuchen", "sugar wheat", "soy"),
    ("meal", "zwei Maß auf der Wiesn und ne riesige Brezn", "wheat", ""),
    ("meal", "Weißwurst mit süßem Senf, Weißbier dazu", "sugar wheat", ""),  # why: Weißbier is a wheat beer
    ("meal", "Hafermilch Latte, also keine Kuhmilch", "", "wheat"),  # why: oats themselves are not wheat; cross-contact only
    ("meal", "Schwarzwälder Kirschtorte bei Oma 🎂", "wheat dairy sugar", ""),
    ("meal", "Linsensuppe mit Wiener Würstchen", "", "sugar corn"),
    ("meal", "Maultaschen in der Brühe, schwäbisch halt", "wheat", ""),
    ("label", "Vollmilchschokolade. Zutaten: Zucker, Kakaobutter, Vollmilchpulver, Kakaomasse, Süßmolkenpulver, Butterreinfett, Emulgator Lecithine (Soja), Aroma. Kakao: 30% mindestens. Kann Spuren von Haselnüssen, Gluten und Erdnüssen enthalten.", "sugar dairy soy", "wheat"),
    ("label", "Roggenmischbrot. Zutaten: Roggenmehl, Weizenmehl, Wasser, Natursauerteig (Roggenmehl, Wasser), Speisesalz, Hefe. Kann Spuren von Soja und Sesam enthalten.", "wheat", "soy"),
    ("label", "Tofu Natur, Bio. Zutaten: Wasser, Sojabohnen* (48%), Gerinnungsmittel: Nigari. *aus kontrolliert biologischem Anbau. Nährwerte pro 100 g: Energie 520 kJ / 125 kcal, Fett 7,5 g, Kohlenhydrate 1,0 g, davon Zucker 0,5 g, Eiweiß 13 g.", "soy", ""),
    ("label", "Fruchtgummi Bären. Zutaten: Glukosesirup, Zucker, Gelatine, Dextrose, Säuerungsmittel: Citronensäure, Fruchtsaftkonzentrat (Apfel, Erdbeere, Himbeere), Überzugsmittel: Bienenwachs, Carnaubawachs.", "sugar", "corn"),
    ("label", "Kartoffelchips Paprika. Zutaten: Kartoffeln, Sonnenblumenöl, Paprikagewürzzubereitung (Zucker, Salz, Paprikapulver, Dextrose, Zwiebelpulver, Hefeextrakt, Raucharoma, Säuerungsmittel: Citronensäure). Kann Spuren von Milch, Gluten und Sellerie enthalten.", "sugar", "corn dairy wheat"),
    ("label", "Frischkäse Natur, Doppelrahmstufe. Zutaten: Frischkäse, Speisesalz, Verdickungsmittel: Johannisbrotkernmehl.", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Kasia, Kraków: Polish, diacritics often dropped, mum's cooking, Tłusty Czwartek slip
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "pierogi ruskie z cebulka, mamy 🥟", "wheat dairy", ""),
    ("meal", "zurek z jajkiem i biala kielbasa na wielkanoc", "", "wheat dairy"),  # why: żurek starter is rye, but it is often thickened with wheat flour and finished with cream
    ("meal", "bigos i dwie kromki chleba zytniego", "", "wheat sugar"),  # why: commercial rye breads usually contain some wheat flour
    ("meal", "paczki na tlusty czwartek, zjadlam 4 😭", "wheat dairy sugar", ""),
    ("meal", "kefir i ogorek kiszony na kaca", "dairy", ""),
    ("meal", "zapiekanka z pieczarkami i serem, ketchup na wierzch", "wheat dairy sugar", "corn"),
    ("meal", "placki ziemniaczane ze smietana", "dairy", "wheat"),
    ("meal", "gołąbki w sosie pomidorowym u babci", "", "sugar wheat dairy"),
    ("meal", "kasza gryczana z sosem grzybowym", "", "dairy wheat"),  # why: kasza gryczana is buckwheat, not wheat
    ("meal", "rosół z makaronem, niedziela jak zawsze", "wheat", ""),
    ("meal", "herbata z cytryna i lyzeczka miodu", "", "sugar"),  # why: honey is a natural sweetener -> possible
    ("meal", "sernik od teściowej, nie mogłam odmówić", "dairy sugar", "wheat corn"),
    ("meal", "oscypek z zurawina na krupowkach", "dairy sugar", ""),
    ("label", "Kabanosy wieprzowe. Składniki: mięso wieprzowe, sól, przyprawy, glukoza, białko sojowe, ekstrakty przypraw, przeciwutleniacz (askorbinian sodu), substancja konserwująca (azotyn sodu). Może zawierać gorczycę, seler i mleko.", "sugar soy", "corn dairy"),
    ("label", "Krówki mleczne. Składniki: cukier, mleko zagęszczone słodzone (mleko, cukier), syrop glukozowy, masło, tłuszcz roślinny palmowy, aromat. Może zawierać orzechy.", "sugar dairy", "corn"),
    ("label", "Chleb bezglutenowy jasny. Składniki: woda, skrobia kukurydziana, mąka ryżowa, skrobia ziemniaczana, olej rzepakowy, błonnik jabłkowy, zagęstnik: guma ksantanowa, drożdże, cukier, sól. Produkt bezglutenowy.", "corn sugar", ""),
    ("label", "Twaróg półtłusty. Składniki: mleko pasteryzowane, kultury bakterii fermentacji mlekowej.", "dairy", ""),
    ("label", "Ketchup łagodny. Składniki: koncentrat pomidorowy (185 g pomidorów na 100 g produktu), woda, cukier, ocet spirytusowy, skrobia modyfikowana, sól, przyprawy. Bez konserwantów.", "sugar", "corn wheat"),
    ("label", "Wafle ryżowe naturalne. Składniki: ryż brązowy (99%), sól. Może zawierać: gluten, soję, sezam.", "", "wheat soy"),
]

# ---------------------------------------------------------------------------
# Emre, İstanbul: Turkish, some English, kahvaltı, street food, bayram sweets
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "kahvaltı: beyaz peynir, zeytin, domates, simit ve çay (2 şeker)", "dairy wheat sugar", ""),
    ("meal", "menemen + ekmek banmak lazım 😄", "wheat", ""),
    ("meal", "iskender kebap, tereyağı ve yoğurt bol", "wheat dairy", ""),
    ("meal", "lahmacun 2 tane ve ayran", "wheat dairy", ""),
    ("meal", "mercimek çorbası, limon sıktım", "", "dairy wheat"),
    ("meal", "fıstıklı baklava, bayramda teyzemde ✨", "wheat dairy sugar", ""),
    ("meal", "balık ekmek eminönünde", "wheat", ""),
    ("meal", "mantı yoğurtlu sarımsaklı, tereyağlı sos", "wheat dairy", ""),
    ("meal", "sade türk kahvesi, yanında lokum", "sugar", "corn"),  # why: modern lokum is usually set with corn starch
    ("meal", "kumpir: tereyağı, kaşar, mısır, sosis, turşu", "dairy corn", "soy sugar"),
    ("meal", "annemin fırın sütlacı", "dairy sugar", "corn"),
    ("meal", "kokoreç yarım ekmek, gece 3", "wheat", ""),
    ("meal", "salep kışın vapurda, tarçınlı", "dairy sugar", "corn"),
    ("label", "Fermente sucuk. İçindekiler: dana eti, dana yağı, tuz, sarımsak, baharat, dekstroz, antioksidan (sodyum askorbat), koruyucu (sodyum nitrit). Alerjen uyarısı: Süt ve soya içerebilir.", "sugar", "corn dairy soy"),
    ("label", "Sütlü bisküvi. İçindekiler: buğday unu, şeker, bitkisel yağ (palm), glikoz şurubu, süt tozu, kabartıcılar (amonyum bikarbonat, sodyum bikarbonat), tuz, emülgatör (soya lesitini), aroma verici. Alerjen: Buğday (gluten), süt ve soya içerir. Fındık içerebilir.", "wheat sugar dairy soy", "corn"),
    ("label", "Sade tahin helvası. İçindekiler: tahin (%50), şeker, glikoz şurubu, çöven ekstraktı. Süt ve fındık içerebilir.", "sugar", "corn dairy"),
    ("label", "Ayran. İçindekiler: yoğurt (pastörize inek sütü, yoğurt kültürü), içme suyu, tuz.", "dairy", ""),
    ("label", "Pilavlık bulgur. İçindekiler: durum buğdayı. Gluten içerir.", "wheat", ""),
    ("label", "Mısır cipsi, peynir aromalı. İçindekiler: mısır, ayçiçek yağı, peynir aroması (peyniraltı suyu tozu, tuz, maltodekstrin, şeker, peynir tozu, aroma vericiler), tuz. Gluten ve soya içerebilir.", "corn dairy sugar", "wheat soy"),
]

# ---------------------------------------------------------------------------
# Nour, Cairo: Arabic script, Franco-Arabic (3arabizi) and English mixed, Ramadan and street food
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "فطار: فول مدمس وطعمية وعيش بلدي", "wheat", "soy corn"),
    ("meal", "koshary men abou tarek 😍 with extra da2a w shatta", "wheat", ""),
    ("meal", "شاي بلبن وسكر معلقتين", "dairy sugar", ""),
    ("meal", "feteer meshaltet with 3asal w 2eshta", "wheat dairy", "sugar"),  # why: honey (3asal) is a natural sweetener -> possible
    ("meal", "محشي ورق عنب وكوسة من ماما", "", ""),
    ("meal", "molokhia w ferakh w ruz", "", "wheat"),  # why: Egyptian rice is often cooked with vermicelli (roz bel she3reya)
    ("meal", "كنافة بالمانجا في رمضان", "wheat dairy sugar", ""),
    ("meal", "sobia w tamr hindi after iftar", "dairy sugar", ""),
    ("meal", "hawawshi from the street, very oily", "wheat", "soy corn"),
    ("meal", "qatayef b el mekassarat, mama made them", "wheat sugar", "dairy"),
    ("meal", "شاورما فراخ سوري بالتومية", "wheat", "soy corn dairy"),
    ("meal", "om ali, no wait kan roz bel laban mesh om ali", "dairy sugar", "corn"),
    ("meal", "la2 mesh feteer, kan 3eish shami bas w gebna roumi", "wheat dairy", ""),
    ("label", "جبنة بيضاء فيتا. المكونات: حليب بقري مبستر، ملح، منفحة، كلوريد الكالسيوم. يحتوي على: حليب.", "dairy", ""),
    ("label", "بسكويت بالشوكولاتة. المكونات: دقيق قمح، سكر، زيت نباتي (نخيل)، كاكاو، شراب جلوكوز، حليب مجفف، ملح، مستحلب (ليسيثين الصويا)، منكهات. يحتوي على: قمح، حليب، صويا. قد يحتوي على آثار من البندق.", "wheat sugar dairy soy", "corn"),
    ("label", "حلاوة طحينية سادة. المكونات: طحينة سمسم، سكر، جلوكوز، مستخلص عرق الحلاوة، فانيلين. قد يحتوي على فول سوداني.", "sugar", "corn"),
    ("label", "كرواسون محشو بكريمة الشوكولاتة. المكونات: دقيق قمح، كريمة شوكولاتة (سكر، زيت نباتي، كاكاو، شرش لبن مجفف، ليسيثين صويا)، سكر، زبدة نباتية، خميرة، ملح، مواد حافظة. يحتوي على: جلوتين، حليب، صويا، بيض.", "wheat sugar dairy soy", "corn"),
    ("label", "فول مدمس معلب. المكونات: فول، ماء، ملح، حمض الستريك.", "", "corn"),
    ("label", "Rice pudding / أرز باللبن. Ingredients: milk, sugar, rice, corn starch, vanilla. المكونات: حليب، سكر، أرز، نشا الذرة، فانيليا. Contains milk / يحتوي على حليب.", "dairy sugar corn", ""),
]

# ---------------------------------------------------------------------------
# Chinedu, Lagos: Nigerian English and Pidgin, owambe parties, roadside food
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "party jollof and fried plantain at owambe, plus small chicken", "", "corn soy sugar wheat"),  # why: seasoning cubes (starch, sugar, HVP) and vegetable oil are standard
    ("meal", "pap (ogi) with akara this morning", "corn", "soy sugar dairy"),  # why: ogi is usually fermented maize; often taken with milk and sugar
    ("meal", "Indomie with egg, my sister cook am, 2 packs", "wheat", "soy sugar corn"),
    ("meal", "eba and egusi soup with assorted meat", "", ""),
    ("meal", "suya from mallam by the junction 🔥", "", ""),
    ("meal", "puff puff and chapman for the party, omo I no fit control", "wheat sugar", "soy corn"),
    ("meal", "moi moi and custard", "corn", "dairy sugar"),  # why: Nigerian custard powder is cornstarch; usually served with milk and sugar
    ("meal", "agege bread and ewa agoyin", "wheat", "sugar dairy"),
    ("meal", "meat pie from the fast food near my office", "wheat", "dairy"),
    ("meal", "boli and groundnut, roadside", "", ""),
    ("meal", "amala, ewedu and gbegiri", "", ""),
    ("meal", "zobo drink, homemade, no sugar, I use pineapple peel", "", ""),
    ("meal", "one cold malt drink after work", "sugar", "corn wheat"),
    ("label", "Custard powder, vanilla flavour. Ingredients: corn starch, salt, colour (annatto), vanilla flavour. NAFDAC Reg. No. A1-0000.", "corn", ""),
    ("label", "Cabin biscuits. Ingredients: wheat flour, sugar, vegetable fat, invert syrup, skimmed milk powder, salt, raising agents (sodium bicarbonate, ammonium bicarbonate), emulsifier (soy lecithin), flavour. Allergen: contains wheat, milk, soya.", "wheat sugar dairy soy", "corn"),
    ("label", "Evaporated milk, full cream. Ingredients: milk, stabiliser (disodium phosphate), vitamins A and D3. Contains: milk.", "dairy", ""),
    ("label", "Seasoning cube, beef flavour. Ingredients: salt, monosodium glutamate, palm fat, sugar, maize starch, hydrolysed vegetable protein, flavourings, colour (caramel E150c), spices. May contain: wheat, soya, celery.", "corn sugar", "wheat soy"),
    ("label", "Garri (white), Ijebu. Ingredients: 100% cassava. Net wt 2 kg.", "", ""),
    ("label", "Non-alcoholic malt drink. Ingredients: water, barley malt, sugar, glucose syrup, hops, caramel colour (E150c), carbon dioxide, vitamins (B1, B2, B6, niacin). Allergen: contains barley (gluten).", "sugar", "wheat corn"),
]

# ---------------------------------------------------------------------------
# Wanjiku, Nairobi: English, Swahili and Sheng mixed, kiosk and matatu-stage food
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "chai na mandazi 2 asubuhi", "dairy sugar wheat", "soy corn"),  # why: Kenyan chai is boiled with milk and sugar
    ("meal", "ugali na sukuma wiki, nyama choma saturday", "corn", ""),
    ("meal", "githeri ya mama, mahindi na maharagwe", "corn", ""),
    ("meal", "chapati mbili na ndengu", "wheat", ""),
    ("meal", "mutura na smokie pale stage 😂", "", "soy corn sugar"),
    ("meal", "pilau ya christmas na kachumbari", "", ""),
    ("meal", "uji wa wimbi with lemon, no sugar leo", "", "corn"),  # why: finger millet, but ready uji flours are often blended with maize
    ("meal", "KFC streetwise 2 na soda", "wheat sugar", "soy corn dairy"),
    ("meal", "mahamri za coconut milk, na chai ya tangawizi bila maziwa", "wheat sugar", ""),  # why: coconut milk is not dairy; tea taken without milk
    ("meal", "matoke stew na avocado", "", ""),
    ("meal", "samosa tatu from the kiosk", "wheat", "soy corn"),
    ("meal", "tusker moja tu, then water", "", "wheat corn sugar"),
    ("meal", "chips mayai (zege) na ketchup mingi", "sugar", "corn soy"),
    ("label", "Maize meal, sifted. Ingredients: 100% white maize, fortified with vitamins and minerals (vitamin A, B1, B2, B3, B6, B12, folic acid, zinc, iron). KEBS certified.", "corn", ""),
    ("label", "Fresh milk, pasteurised, 500 ml. Ingredients: whole cow's milk. Keep refrigerated below 4°C.", "dairy", ""),
    ("label", "Peanut butter, crunchy. Ingredients: roasted peanuts, sugar, salt, hydrogenated vegetable oil, stabiliser. No added preservatives.", "sugar", "soy corn"),  # why: peanut butter is not dairy
    ("label", "Glucose biscuits. Ingredients: wheat flour, sugar, vegetable fat, glucose syrup, milk solids, raising agents (E500, E503), salt, emulsifier (E322 soya), flavours. Contains: gluten, milk, soya.", "wheat sugar dairy soy", "corn"),
    ("label", "Uji mix porridge flour. Ingredients: finger millet, sorghum, maize, soya beans, amaranth. May contain traces of wheat.", "corn soy", "wheat"),
    ("label", "Drinking yoghurt, strawberry, 500 ml. Ingredients: milk, sugar, milk solids, modified starch, strawberry flavour, stabilisers (gelatin, pectin), colour (E120), live cultures. Contains milk.", "dairy sugar", "corn wheat"),
]

# ---------------------------------------------------------------------------
# Priya, Delhi/Bengaluru: Hinglish and Devanagari, mummy's cooking, hostel Maggi, Diwali sweets
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "2 aloo paratha with makhan and dahi, mummy ke haath ka", "wheat dairy", ""),
    ("meal", "masala dosa + filter coffee (with sugar)", "dairy sugar", ""),  # why: dosa batter is rice + urad dal, no wheat; filter coffee is made with milk
    ("meal", "पाव भाजी अमूल बटर वाली", "wheat dairy", "sugar"),
    ("meal", "rajma chawal, ghar pe bana", "", "dairy"),
    ("meal", "pani puri 12 at the thela 😋", "wheat", "sugar soy corn"),
    ("meal", "diwali pe kaju katli aur 2 gulab jamun, bas thoda sa", "dairy sugar", "wheat"),
    ("meal", "maggi 2 minute hostel style with a cheese slice", "wheat dairy", "sugar corn soy"),
    ("meal", "idli sambar with coconut chutney", "", ""),
    ("meal", "paneer butter masala aur butter naan from the dhaba", "dairy wheat", "sugar"),
    ("meal", "masala chai 3 cups today, doodh aur cheeni dono", "dairy sugar", ""),
    ("meal", "poha with sev and peanuts, kanda poha", "", "sugar soy"),  # why: sev is gram flour, not wheat
    ("meal", "makki ki roti aur sarson ka saag, loads of white butter", "corn dairy", ""),
    ("meal", "chhole bhature, bhature were huge 😅", "wheat", "dairy"),
    ("label", "Instant noodles, masala. Ingredients: Noodles: refined wheat flour (maida), palm oil, iodised salt, wheat gluten, thickeners (508, 412), acidity regulators (501(i), 500(i)). Masala tastemaker: mixed spices, noodle powder (refined wheat flour, palm oil), sugar, iodised salt, hydrolysed groundnut protein, flavour enhancer (635), starch, acidity regulator (330). Contains wheat. May contain milk, mustard, nut and soy.", "wheat sugar", "dairy soy corn"),
    ("label", "Pure cow ghee 500 ml. Ingredients: milk fat. शुद्ध देसी घी। FSSAI Lic. No. 10000000000000.", "dairy", ""),
    ("label", "Bikaneri bhujia. Ingredients: moth bean flour, gram flour, edible vegetable oil (palmolein), salt, spices and condiments. May contain traces of wheat, milk and soy.", "", "wheat dairy soy"),
    ("label", "बेसन / Besan (gram flour). Ingredients: 100% chana dal flour.", "", ""),
    ("label", "Digestive biscuits, high fibre. Ingredients: whole wheat flour (atta) 42%, refined wheat flour, edible vegetable oil (palm), sugar, wheat bran, invert syrup, milk solids, raising agents, iodised salt, emulsifier (lecithin of soya origin). Contains wheat, milk and soy.", "wheat sugar dairy soy", ""),
    ("label", "Corn flakes, original. Ingredients: corn grits (93%), sugar, iodised salt, malt extract (barley), vitamins, minerals. Contains barley. May contain wheat, soy and milk.", "corn sugar", "wheat soy dairy"),
]

# ---------------------------------------------------------------------------
# Ahmed, Lahore: Roman Urdu with some Urdu script, nashta, halwai, Eid
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "nihari with 2 khamiri roti, sunday ka nashta", "wheat", "dairy"),
    ("meal", "halwa puri chanay, lassi meethi", "wheat sugar dairy", ""),
    ("meal", "چکن بریانی اور رائتہ", "dairy", ""),
    ("meal", "doodh patti 2 cup, cheeni kam", "dairy sugar", ""),
    ("meal", "bun kabab from the thela, with chutney aur anda", "wheat", "sugar soy corn"),
    ("meal", "haleem, extra tarka aur lemon", "wheat", "dairy"),  # why: haleem is cooked with whole wheat/barley
    ("meal", "gol gappay, imli wala pani", "wheat", "sugar"),
    ("meal", "daal chawal achar ke saath", "", ""),
    ("meal", "garam garam jalebi from the halwai", "wheat sugar", "dairy soy corn"),
    ("meal", "seekh kabab, no naan tonight 🙅", "", ""),
    ("meal", "sheer khurma on eid 🌙", "wheat dairy sugar", ""),
    ("meal", "pakoray with ketchup in baarish", "sugar", "soy corn"),  # why: pakoras are gram flour, not wheat
    ("meal", "chana chaat, dahi aur saunth wali", "dairy sugar", ""),  # why: saunth chutney is made with sugar or gur
    ("label", "Rusk (papay). Ingredients: wheat flour, sugar, vegetable ghee, milk powder, yeast, salt, bread improver. Contains gluten and milk.", "wheat sugar dairy", "soy corn"),
    ("label", "Banaspati vegetable ghee. Ingredients: hydrogenated vegetable oils (palm, soybean), vitamin A, vitamin D. بناسپتی گھی", "soy", ""),
    ("label", "UHT milk 1 litre. Ingredients: fresh cow and buffalo milk. Contains milk. دودھ", "dairy", ""),
    ("label", "Nimco mix. Ingredients: gram flour, rice flakes, peanuts, lentils, cooking oil, salt, spices, citric acid, sugar. May contain wheat.", "sugar", "corn soy wheat"),
    ("label", "Sheer khurma mix. Ingredients: vermicelli (wheat flour), milk powder, sugar, dry fruits (almonds, pistachios), cardamom. Contains wheat, milk and tree nuts.", "wheat dairy sugar", ""),
    ("label", "Tomato ketchup. اجزاء: ٹماٹر کا پیسٹ، چینی، سرکہ، نمک، نشاستہ، مصالحہ جات۔ Ingredients: tomato paste, sugar, vinegar, salt, starch, spices.", "sugar", "wheat corn"),
]

# ---------------------------------------------------------------------------
# Rumana, Dhaka: Bangla script and Banglish, tong-er cha, weddings, Ramadan iftar
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "সকালে পরোটা আর ডিম ভাজি", "wheat", "dairy soy"),
    ("meal", "bhat, dal, alu bhorta, ilish maach bhaja", "", ""),
    ("meal", "fuchka from dhanmondi lake, tok beshi", "wheat", "sugar soy"),
    ("meal", "biye barite kacchi biryani, borhani ar firni", "dairy sugar", ""),
    ("meal", "cha with condensed milk, tong-er dokan theke", "dairy sugar", ""),
    ("meal", "singara 2 ta ar ekta puri office e", "wheat", "soy"),
    ("meal", "poush sankranti te bhapa pitha with khejur gur", "sugar", ""),  # why: rice-flour pitha, no wheat; khejur gur is date-palm jaggery (a concentrated sugar)
    ("meal", "mishti doi ar 2 ta roshogolla 🤤", "dairy sugar", ""),
    ("meal", "brishtir dine khichuri ar beef bhuna", "", "dairy"),
    ("meal", "iftar e haleem, piyaju, beguni", "wheat", "soy"),
    ("meal", "jhalmuri with chanachur", "", "soy sugar"),
    ("meal", "no sugar lal cha, ada diye", "", ""),
    ("meal", "chotpoti at TSC, with egg and tok", "", "sugar"),
    ("label", "চানাচুর। উপাদান: বেসন, মসুর ডাল, বাদাম, সয়াবিন তেল, লবণ, মশলা, চিনি। এতে গ্লুটেন থাকতে পারে।", "soy sugar", "wheat"),
    ("label", "Sweetened condensed filled milk. Ingredients: sugar, skimmed milk powder, vegetable fat (palm), lactose, emulsifier (soya lecithin). Contains milk and soy.", "sugar dairy soy", ""),
    ("label", "Lachcha semai. Ingredients: wheat flour, vegetable ghee (palm), salt. Contains gluten.", "wheat", ""),
    ("label", "মুড়ি / Muri (puffed rice). Ingredients: rice, salt.", "", ""),
    ("label", "Fortified soybean oil 5 L. Ingredients: refined soybean oil, vitamin A. সয়াবিন তেল", "soy", ""),
    ("label", "টোস্ট বিস্কুট। উপাদান: ময়দা, চিনি, সয়াবিন তেল, ডালডা, দুধের গুঁড়া, ইস্ট, লবণ, এলাচ। Ingredients: wheat flour, sugar, soybean oil, hydrogenated vegetable fat, milk powder, yeast, salt, cardamom.", "wheat sugar soy dairy", "corn"),
]

# ---------------------------------------------------------------------------
# Minh, Hà Nội / Sài Gòn: Vietnamese with and without diacritics, street stalls, late-night mì tôm
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "phở bò tái ở quán đầu ngõ", "", "sugar"),  # why: pho broth is often seasoned with rock sugar
    ("meal", "banh mi thit voi pate, sang nay", "wheat", "soy sugar dairy"),
    ("meal", "cà phê sữa đá ☕ 2 ly", "dairy sugar", ""),
    ("meal", "bún chả hà nội trưa nay", "sugar", ""),  # why: the grilled pork marinade and the dipping sauce both contain sugar
    ("meal", "com tam suon bi cha", "sugar", "soy"),
    ("meal", "gỏi cuốn chấm tương đen", "soy sugar", "wheat corn"),
    ("meal", "chè ba màu ở chợ, nước cốt dừa", "sugar", ""),  # why: coconut cream, not dairy
    ("meal", "bánh xèo miền tây", "", "sugar wheat"),
    ("meal", "bia hơi với lạc rang", "", "wheat corn"),
    ("meal", "hôm nay ăn chay: đậu hũ sốt cà chua", "soy", "sugar"),
    ("meal", "mì tôm lúc 12h đêm 😩", "wheat", "soy sugar corn"),
    ("meal", "trà sữa trân châu, 50% đường", "sugar", "dairy corn"),  # why: milk tea is often made with non-dairy creamer
    ("meal", "bánh trung thu nhân đậu xanh, tết trung thu", "wheat sugar", ""),
    ("label", "Nước tương (xì dầu). Thành phần: nước, đậu nành, muối, đường, lúa mì, chất điều vị (621), chất bảo quản (211), màu caramen (150c). Chứa đậu nành, lúa mì.", "soy wheat sugar", "corn"),
    ("label", "Sữa đặc có đường. Thành phần: đường, sữa bột gầy, chất béo thực vật, lactose, chất nhũ hóa (lecithin đậu nành). Sản phẩm chứa sữa và đậu nành.", "sugar dairy soy", ""),
    ("label", "Bánh phở khô. Thành phần: gạo, nước, bột sắn. Không chứa gluten.", "", ""),
    ("label", "Nước mắm cá cơm. Thành phần: cá cơm, muối, đường, chất điều vị (621, 627, 631).", "sugar", ""),
    ("label", "Bánh quy bơ. Thành phần: bột mì, bơ (20%), đường, trứng, sữa bột, muối, hương vani tổng hợp. Có thể chứa đậu nành và các loại hạt.", "wheat dairy sugar", "soy"),
    ("label", "Sữa đậu nành không đường. Thành phần: nước, đậu nành (12%), chất ổn định (418), muối.", "soy", ""),
]

# ---------------------------------------------------------------------------
# Ploy, Bangkok: Thai script and Thai-English, "555", 7-Eleven and street stalls
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "ข้าวผัดกะเพราหมูสับ ไข่ดาว 🍳", "soy sugar", "wheat corn"),  # why: kra pao is seasoned with soy/oyster sauce and sugar
    ("meal", "som tam thai, said no sugar na ka but they put anyway 555", "sugar", ""),
    ("meal", "pad thai from the street, with shrimp", "sugar", "soy"),
    ("meal", "ชาเย็น 1 แก้ว หวานปกติ", "dairy sugar", ""),
    ("meal", "khao man gai at pratunam", "soy sugar", "wheat"),
    ("meal", "mango sticky rice 🥭 coconut milk on top", "sugar", ""),
    ("meal", "tom yum goong nam khon", "", "dairy sugar"),  # why: the creamy version uses evaporated milk or creamer
    ("meal", "moo ping 5 sticks + sticky rice, 7am", "sugar", "soy"),
    ("meal", "7-11 toastie ham cheese 🧀", "wheat dairy", "sugar soy"),
    ("meal", "jok moo with pa tong go", "wheat", "soy"),
    ("meal", "green curry with rice, made at home", "", "sugar"),
    ("meal", "leo 2 can + moo krob", "", "wheat corn soy"),
    ("meal", "ข้าวเหนียวหมูทอด", "", "sugar soy"),
    ("label", "ซอสหอยนางรม. ส่วนประกอบ: น้ำ, น้ำตาล, หัวเชื้อหอยนางรม 16%, เกลือ, แป้งข้าวโพดดัดแปร, ซีอิ๊ว (ถั่วเหลือง, แป้งสาลี), วัตถุปรุงแต่งรสอาหาร (โมโนโซเดียมกลูตาเมต), สีคาราเมล. ข้อมูลสำหรับผู้แพ้อาหาร: มีหอย ถั่วเหลือง ข้าวสาลี", "sugar corn soy wheat", ""),
    ("label", "Coconut milk UHT. ส่วนประกอบ: กะทิ 100%. Ingredients: coconut extract 100%. Dairy free.", "", ""),
    ("label", "ขนมปังแซนด์วิช. ส่วนประกอบ: แป้งสาลี, น้ำ, น้ำตาล, เนยขาว, นมผง, ยีสต์, เกลือ, อิมัลซิไฟเออร์ (เลซิตินจากถั่วเหลือง). ข้อมูลสำหรับผู้แพ้อาหาร: มีข้าวสาลี นม ถั่วเหลือง", "wheat sugar dairy soy", "corn"),
    ("label", "Instant noodles tom yum shrimp flavour. Ingredients: noodles (wheat flour 70%, palm oil, tapioca starch, salt), seasoning powder (sugar, salt, chili, flavour enhancer, dried shrimp, garlic), chili oil (palm oil, chili, soybean oil). Contains wheat, shrimp, soybean. May contain milk.", "wheat sugar soy", "dairy"),
    ("label", "Fish sauce. Ingredients: anchovy extract 70%, salt, sugar. น้ำปลาแท้", "sugar", ""),
    ("label", "ชาไทย Thai tea mix. ส่วนประกอบ: ใบชา, สีผสมอาหาร (ซันเซ็ตเยลโลว์). Serving suggestion: add sweetened condensed milk and ice.", "", ""),  # why: only a serving suggestion; the product itself is tea + colour
]

# ---------------------------------------------------------------------------
# Dimas, Jakarta: Bahasa gaul + English, "wkwk", warung and kopi chains, Lebaran
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "nasi goreng pake kecap manis & telor ceplok", "soy sugar", "wheat"),
    ("meal", "indomie goreng 2 bungkus + telur wkwk", "wheat soy sugar", "corn"),
    ("meal", "bakso di depan kantor, pake mie kuning", "wheat", "soy sugar"),
    ("meal", "sate ayam bumbu kacang, lontong", "sugar soy", "wheat"),  # why: satay is finished with kecap manis
    ("meal", "gado-gado tanpa kerupuk", "soy sugar", ""),  # why: gado-gado has tofu and tempeh, peanut sauce sweetened with gula merah
    ("meal", "tempe mendoan + cabe rawit", "soy wheat", ""),
    ("meal", "es teh manis jumbo", "sugar", ""),
    ("meal", "martabak manis keju coklat 😍", "wheat dairy sugar", "soy"),
    ("meal", "rendang padang, nasi, daun singkong", "", ""),
    ("meal", "kopi susu gula aren dari kedai kopi", "dairy sugar", ""),
    ("meal", "ketupat opor ayam pas lebaran", "", ""),
    ("meal", "bubur ayam, kerupuk, kecap asin", "soy wheat", ""),
    ("meal", "jus alpukat tanpa gula, ga pake susu coklat", "", ""),
    ("label", "Kecap manis. Komposisi: gula kelapa, air, kedelai hitam, garam, gandum. Mengandung kedelai dan gandum.", "sugar soy wheat", ""),
    ("label", "Mi instan goreng. Komposisi: Mi: tepung terigu, minyak nabati (antioksidan TBHQ), tepung tapioka, garam, pengatur keasaman, pengemulsi. Bumbu: garam, gula, penguat rasa, bawang putih, lada. Kecap manis: gula, air, garam, kedelai, gandum. Mengandung gandum, kedelai. Dapat mengandung susu.", "wheat sugar soy", "dairy corn"),
    ("label", "Tempe. Komposisi: kedelai, ragi tempe.", "soy", ""),
    ("label", "Kerupuk udang. Komposisi: tepung tapioka, udang (15%), gula, garam, bawang putih, penguat rasa (mononatrium glutamat). Dapat mengandung gandum.", "sugar", "wheat"),
    ("label", "Susu UHT cokelat. Komposisi: susu sapi segar, gula, bubuk kakao, penstabil nabati (karagenan), perisa cokelat. Mengandung susu.", "dairy sugar", ""),
    ("label", "Kental manis. Komposisi: gula, air, susu bubuk skim, minyak nabati, whey bubuk, laktosa, pengemulsi lesitin kedelai.", "sugar dairy soy", "corn"),
]

# ---------------------------------------------------------------------------
# Joy, Quezon City: Taglish, "po", "haha", silog breakfasts, fiestas, fast food
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "tapsilog for breakfast, garlic rice and egg", "soy sugar", "wheat"),
    ("meal", "chickenjoy with jolly spaghetti and coke 😂", "wheat dairy sugar", "soy corn"),  # why: sweet spaghetti topped with cheese
    ("meal", "adobong manok ni lola", "soy wheat", ""),
    ("meal", "sinigang na baboy, walang MSG", "", ""),
    ("meal", "taho sa umaga kay manong", "soy sugar", ""),
    ("meal", "pandesal 4 pcs with kesong puti", "wheat dairy", "sugar"),
    ("meal", "halo-halo! ube, leche flan, evap, shaved ice", "dairy sugar", "corn"),
    ("meal", "lechon at the fiesta tapos lechon sauce", "sugar wheat", ""),  # why: lechon sauce is liver, sugar and breadcrumbs
    ("meal", "pancit canton for my bday 🎂 and a slice of mocha cake", "wheat soy dairy sugar", ""),
    ("meal", "balut 1 lang haha", "", ""),
    ("meal", "kwek-kwek and fishball with the sweet sauce", "wheat sugar", "corn soy"),
    ("meal", "champorado with tuyo, rainy day", "sugar", "dairy"),
    ("meal", "turon with langka sa kanto", "wheat sugar", ""),
    ("label", "Corned beef. Ingredients: beef, water, salt, sugar, hydrolyzed vegetable protein (soy), sodium nitrite. Contains soy.", "sugar soy", ""),  # why: corned beef is not corn
    ("label", "Banana ketchup. Ingredients: water, sugar, banana, vinegar, modified corn starch, salt, spices, color (FD&C Red No. 40), sodium benzoate as preservative.", "sugar corn", ""),
    ("label", "Evaporated filled milk. Ingredients: water, skimmed milk powder, vegetable oil (coconut, palm), emulsifier (soy lecithin), vitamins A and D. Contains milk and soy.", "dairy soy", ""),
    ("label", "Ube halaya. Ingredients: purple yam, condensed milk (milk, sugar), sugar, butter, ube flavor, color. Contains milk.", "dairy sugar", ""),
    ("label", "Dried mangoes from Cebu. Ingredients: mangoes, sugar, sodium metabisulfite.", "sugar", ""),
    ("label", "Chicharon, spicy vinegar flavor. Ingredients: pork skin, salt, vinegar powder (maltodextrin, vinegar), spices, monosodium glutamate. Gluten free.", "", "corn"),
]

# ---------------------------------------------------------------------------
# Li Wei, Shanghai/Chengdu: Chinese characters, pinyin and English mixed, festivals and delivery
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "早餐：豆浆油条", "soy wheat", "sugar corn"),
    ("meal", "xiaolongbao 一笼 at 南翔, vinegar dip", "wheat", "soy sugar"),
    ("meal", "麻婆豆腐配米饭，很辣", "soy", "wheat corn"),  # why: doubanjiang usually contains wheat flour; thickened with starch
    ("meal", "hot pot 火锅 with friends: beef, tofu skin, noodles, 麻酱 dip", "soy wheat", "sugar"),
    ("meal", "蛋炒饭，没放酱油", "", ""),
    ("meal", "五仁月饼 中秋节 吃了半个", "wheat sugar", ""),
    ("meal", "奶茶 from 喜茶, 少糖", "dairy sugar", ""),
    ("meal", "rou jia mo 肉夹馍 on the xi'an trip", "wheat", "soy sugar"),
    ("meal", "糖醋里脊 for dinner", "sugar", "wheat corn"),
    ("meal", "小米粥 and 咸菜", "", "soy sugar"),
    ("meal", "饺子 for 春节, pork and cabbage, 醋 only no 酱油", "wheat", "soy"),
    ("meal", "烤玉米 on the street, brushed with sauce", "corn", "sugar soy"),
    ("meal", "bubble tea? no, 其实 was 杨枝甘露", "sugar", "dairy"),  # why: mango pomelo sago is coconut milk, often with evaporated milk
    ("label", "生抽酱油。配料：水、非转基因大豆、小麦、食用盐、白砂糖、酵母抽提物、谷氨酸钠。", "soy wheat sugar", ""),
    ("label", "风味豆豉油辣椒。配料：菜籽油、辣椒、豆豉、食用盐、味精、白砂糖、花椒。致敏物质提示：含有大豆制品。", "soy sugar", ""),  # why: 花椒 is Sichuan peppercorn
    ("label", "速冻汤圆（黑芝麻）。配料：糯米粉、白砂糖、黑芝麻、猪油、麦芽糖浆、玉米淀粉。", "sugar corn", ""),
    ("label", "纯牛奶。配料：生牛乳。营养成分表：每100mL 能量 272kJ，蛋白质 3.2g，脂肪 3.8g，碳水化合物 4.8g，钠 60mg。", "dairy", ""),
    ("label", "苏打饼干。配料：小麦粉、植物油、食用盐、酵母、碳酸氢钠、大豆磷脂。致敏物质提示：含有麸质谷物、大豆。可能含有乳制品。", "wheat soy", "dairy corn"),
    ("label", "无糖绿茶饮料。配料：水、绿茶、维生素C。0糖0脂0卡。", "", ""),
]

# ---------------------------------------------------------------------------
# Yuki, Tokyo: Japanese with romaji and English, konbini, izakaya, matsuri
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "朝ごはん: ご飯、味噌汁、納豆、焼き鮭", "soy", "wheat sugar"),  # why: the natto tare packet is soy sauce + sugar
    ("meal", "konbini onigiri ツナマヨ x2 and お茶", "", "soy sugar corn"),
    ("meal", "豚骨ラーメン、替え玉した 🍜", "wheat", "soy sugar"),
    ("meal", "立ち食いそば ざるそば", "wheat soy sugar", ""),  # why: stand-up soba is mostly wheat flour; tsuyu is soy sauce + mirin/sugar
    ("meal", "十割そば、塩で食べた", "", ""),  # why: 100% buckwheat with salt only
    ("meal", "カレーライス (箱のルウ)", "wheat sugar", "dairy soy corn"),
    ("meal", "たこ焼き at the 夏祭り 🎆", "wheat sugar", "soy corn"),
    ("meal", "抹茶ラテ from the coffee chain, oat milk に変更", "sugar", "wheat"),  # why: matcha latte powder is pre-sweetened; oat milk not dairy
    ("meal", "焼き鳥 タレ and 生ビール", "soy wheat sugar", "corn"),
    ("meal", "広島風お好み焼き そば入り", "wheat sugar", "soy corn"),
    ("meal", "お正月のお餅、きなこと砂糖で", "soy sugar", ""),  # why: kinako is roasted soybean flour
    ("meal", "izakaya: 枝豆 and 冷奴", "soy", ""),
    ("meal", "誕生日にショートケーキ 🍓", "wheat dairy sugar", ""),
    ("label", "名称：チョコレート菓子。原材料名：砂糖、小麦粉、カカオマス、全粉乳、植物油脂、ショートニング、ココアバター、乳糖、食塩／乳化剤（大豆由来）、膨脹剤、香料。アレルゲン：小麦・乳成分・大豆を含む", "sugar wheat dairy soy", "corn"),
    ("label", "名称：こいくちしょうゆ（本醸造）。原材料名：脱脂加工大豆（国内製造）、小麦、食塩／アルコール", "soy wheat", ""),
    ("label", "名称：ポテトチップス。原材料名：じゃがいも（国産）、植物油、食塩／調味料（アミノ酸）", "", "corn soy"),
    ("label", "名称：絹ごし豆腐。原材料名：丸大豆（遺伝子組換えでない）／凝固剤（塩化マグネシウム（にがり））", "soy", ""),
    ("label", "名称：米菓。原材料名：うるち米（国産）、しょうゆ（大豆・小麦を含む）、砂糖、みりん、でん粉／調味料（アミノ酸等）、カラメル色素", "soy wheat sugar", "corn"),
    ("label", "名称：乳酸菌飲料。原材料名：ぶどう糖果糖液糖、砂糖、脱脂粉乳／香料、安定剤（大豆多糖類）", "sugar dairy soy corn", ""),  # why: ぶどう糖果糖液糖 is high-fructose (corn) syrup
]

# ---------------------------------------------------------------------------
# Jiwoo, Seoul: Korean with English, "ㅋㅋ", 분식, delivery, 회식
# ---------------------------------------------------------------------------
BLIND25_CASES += [
    ("meal", "아침에 김치찌개랑 밥", "", "soy sugar"),
    ("meal", "떡볶이 + 순대 at 분식집 ㅋㅋ", "sugar", "wheat corn soy"),  # why: gochujang sauce is sweetened; many tteok are wheat (밀떡)
    ("meal", "치맥 🍗🍺 양념치킨 반반", "wheat sugar", "corn soy"),
    ("meal", "bibimbap with gochujang and 계란후라이", "sugar", "wheat corn soy"),
    ("meal", "된장찌개 두부 넣고", "soy", ""),
    ("meal", "삼겹살 with 쌈장, 상추", "soy", "sugar wheat"),
    ("meal", "jajangmyeon 짜장면 delivery 😋", "wheat soy sugar", "corn"),
    ("meal", "붕어빵 3개 street", "wheat sugar", "dairy"),
    ("meal", "아이스 아메리카노 only, 아무것도 안 넣음", "", ""),
    ("meal", "신라면 with 치즈 한 장", "wheat dairy", "soy sugar corn"),
    ("meal", "물냉면 at 을밀대", "", "wheat sugar"),  # why: naengmyeon noodles are buckwheat/starch but often contain wheat
    ("meal", "추석에 송편, 깨 filling", "sugar", ""),
    ("meal", "바나나맛 우유 하나", "dairy sugar", ""),
    ("meal", "회식: 소주 + 파전 with 간장", "wheat soy", "sugar"),
    ("label", "고추장. 원재료명: 물엿(옥수수), 고춧가루, 소맥분(밀), 정제소금, 메주분(대두), 주정, 쌀, 마늘. 밀, 대두 함유", "corn sugar wheat soy", ""),
    ("label", "두유 (무가당). 원재료명: 정제수, 대두(국산) 14%, 천일염. 대두 함유", "soy", ""),
    ("label", "조미김. 원재료명: 김(국산) 85%, 옥수수유, 참기름, 정제소금.", "corn", ""),  # why: corn oil is a corn product
    ("label", "초코파이. 원재료명: 밀가루(밀), 백설탕, 물엿, 쇼트닝(팜유), 코코아분말, 전지분유, 젤라틴, 유화제(대두레시틴), 합성향료. 밀, 우유, 대두, 돼지고기 함유. 이 제품은 땅콩, 계란을 사용한 제품과 같은 제조시설에서 제조하고 있습니다.", "wheat sugar dairy soy", "corn"),
    ("label", "막걸리. 원재료명: 정제수, 쌀(국내산), 소맥분(밀), 아스파탐, 국. 밀 함유", "wheat", ""),  # why: aspartame is not sugar
    ("label", "사골곰탕 (레토르트). 원재료명: 사골추출물(소뼈) 99%, 정제소금, 효모추출물. 쇠고기 함유", "", ""),
]
