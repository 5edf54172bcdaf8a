# ruff: noqa: E501
"""Blind labelled set 17: twenty people from twenty less-covered countries on every continent, typing in their own language or English, plus their local supermarket labels."""

BLIND17_CASES: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------------------
# Catalina "Cata" Muñoz, Santiago (Ñuñoa), Chile: Chilean Spanish, lower case, q/xq, po, emoji
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "desayuno: huevos revueltos con palta y tomate, té sin azúcar", "", ""),
    ("meal", "almuerzo en la pega: porotos granados pero sin choclo 🙌 le pedí a la tía", "", ""),  # why: porotos granados normally carry choclo (corn); she asked without
    ("meal", "once: marraqueta con palta y té... sé q no debía 😩", "wheat", ""),
    ("meal", "un completo italiano en el persa, lo siento", "wheat", "corn soy sugar"),  # why: bun; mayo and vienesa can carry soy oil, dextrose, starch
    ("meal", "pastel de choclo de mi abuela 😍 le puso azúcar arriba como siempre", "corn sugar", "dairy"),  # why: choclo = corn; pastelera often made with milk/butter
    ("meal", "humitas con ensalada de tomate", "corn", "dairy sugar"),  # why: some humitas add butter/milk or sugar
    ("meal", "cazuela de vacuno con papa, zapallo y... sí, el trozo de choclo 🌽", "corn", ""),
    ("meal", "sopaipillas pasadas con chancaca 😭 día de lluvia po", "wheat sugar", "dairy"),  # why: chancaca is cane sugar loaf; dough sometimes with butter
    ("meal", "mote con huesillo en el cerro santa lucía, hacía un calor terrible", "wheat sugar", ""),  # why: mote is husked wheat; syrup is sugar/chancaca
    ("meal", "ceviche de reineta con cebolla morada y cilantro, pura lima", "", ""),
    ("meal", "salmón al horno con papas cocidas y ensalada chilena", "", ""),
    ("meal", "tallarines de arroz con pollo salteado y tamari (el sin trigo, revisé)", "soy", ""),
    ("meal", "leche de almendras con avena sin gluten y plátano", "", ""),
    ("meal", "un cortado en la cafetería de la u", "dairy", ""),
    ("meal", "empanada de pino de horno 🇨🇱 18 de septiembre, no podía no", "wheat", "dairy"),  # why: some masas use milk or butter
    ("meal", "charquicán con huevo frito", "", "corn"),  # why: charquicán often has choclo
    ("meal", "porotos con riendas", "wheat", ""),  # why: the riendas are spaghetti
    ("meal", "almuerzo: reineta a la plancha, arroz graneado y ensalada de tomate. once: nada jaja", "", ""),
    ("meal", "me tomé una bilz 🙈", "sugar", "corn"),
    ("meal", "corrijo lo de ayer: no era completo, era un choripán en marraqueta", "wheat", "corn soy"),  # why: chorizo may hold dextrose/soy protein
    ("meal", "palta reina con atún y mayo casera (huevo y aceite de oliva)", "", ""),
    ("meal", "una cucharada de manjar 😶", "dairy sugar", ""),
    ("label", "Leche Semidescremada Colun 1 L. Ingredientes: leche semidescremada, vitaminas A y D3.", "dairy", ""),
    ("label", "Yoghurt Batido Frutilla Soprole 155 g. ALTO EN AZÚCARES. Ingredientes: leche semidescremada, azúcar, preparado de frutilla (frutilla, azúcar, almidón modificado, saborizante, colorante carmín), cultivos lácticos. Contiene leche.", "dairy sugar", "wheat corn"),
    ("label", "Marraqueta Lider 10 un. Ingredientes: harina de trigo, agua, sal, levadura, mejorador (enzimas, ácido ascórbico). Contiene gluten.", "wheat", ""),
    ("label", "Harina Tostada 1 kg. Ingredientes: trigo tostado molido 100%. Contiene gluten.", "wheat", ""),
    ("label", "Mayonesa Hellmann's 375 g. Ingredientes: aceite vegetal (soya), agua, huevo, vinagre, azúcar, sal, jugo de limón, espesante (goma xántica), antioxidante (EDTA cálcico disódico), saborizante. Contiene huevo y soya.", "soy sugar", "corn"),
    ("label", "Bebida Vegetal Almendra Sin Azúcar Jumbo 1 L. Ingredientes: agua, almendras (2,5%), fosfato tricálcico, sal, estabilizante (goma gellan), lecitina de girasol. Sin lactosa. Sin azúcar añadida.", "", ""),  # why: sunflower lecithin is not soy
    ("label", "Galletas Tritón Vainilla McKay. ALTO EN AZÚCARES. ALTO EN GRASAS SATURADAS. Ingredientes: harina de trigo, azúcar, grasa vegetal, cacao, jarabe de maíz de alta fructosa, suero de leche en polvo, sal, leudantes, emulsionante (lecitina de soya), saborizante artificial. Contiene gluten, leche, soya.", "wheat sugar corn dairy soy", ""),
    ("label", "Manjar Nestlé 400 g. ALTO EN AZÚCARES. Ingredientes: leche entera, azúcar, glucosa, bicarbonato de sodio, vainillina. Contiene leche.", "dairy sugar", "corn"),
    ("label", "Mote de Trigo Carozzi 400 g. Ingredientes: trigo pelado 100%.", "wheat", ""),
    ("label", "Chips de Maíz Tika Sal de Mar 110 g. Ingredientes: maíz, aceite de girasol alto oleico, sal de mar. Libre de gluten. Puede contener trazas de soya.", "corn", "soy"),
    ("label", "Quínoa Real Orgánica 500 g. Ingredientes: quínoa 100%. Libre de gluten.", "", ""),
]

# ---------------------------------------------------------------------------
# José Gregorio "Goyo" Pérez, Valencia, Venezuela: chamo/vale/burda, some ALL CAPS, 🇻🇪
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "arepa con perico y aguacate 🫓", "corn", ""),  # why: arepa is precooked corn flour
    ("meal", "arepa reina pepiada, la mayonesa era de la casa", "corn", "soy sugar"),
    ("meal", "pabellón criollo completo: caraotas, carne mechada, arroz y tajadas", "", "sugar corn soy"),  # why: caraotas often sweetened with papelón; tajadas fried in oil (corn oil is common)
    ("meal", "cachapa con queso de mano, no me arrepiento chamo", "corn dairy", "sugar"),  # why: cachapa = fresh corn batter, sugar usually added
    ("meal", "tequeños en la fiesta de mi prima, como 6 😬", "wheat dairy", "corn soy"),
    ("meal", "guayoyo sin azúcar", "", ""),
    ("meal", "papelón con limón bien frío", "sugar", ""),  # why: papelón is unrefined cane sugar
    ("meal", "pescado frito con tostones en choroní 🏖️", "", "wheat corn soy"),  # why: fish may be floured; frying oil
    ("meal", "hallaca de mi mamá 🎄 una nada más", "corn", "sugar"),  # why: masa is corn; guiso often has papelón/sugar
    ("meal", "ensalada de pollo con aguacate y limón, almuerzo", "", ""),
    ("meal", "una malta polar 🙈", "sugar", "wheat corn"),
    ("meal", "empanada de carne mechada en la playa", "corn", "soy"),  # why: Venezuelan empanadas are corn dough, fried
    ("meal", "arroz con pollo y ensalada de aguacate, nada raro", "", ""),
    ("meal", "chicha venezolana de la calle, bien fría", "dairy sugar", ""),  # why: rice drink with milk/condensed milk and sugar
    ("meal", "cena: yuca sancochada con queso blanco rallado", "dairy", ""),
    ("meal", "CORRECCIÓN: ayer no era arepa de harina pan, era arepa de yuca, sin maíz", "", "dairy"),  # why: some arepas de yuca add cheese/butter
    ("meal", "cachitos de jamón en la panadería 🥐", "wheat sugar", "dairy corn soy"),
    ("meal", "mango verde con sal y limón 🥭", "", ""),
    ("meal", "asado negro con puré de papas (mi suegra le pone papelón al asado y mantequilla al puré)", "sugar dairy", ""),
    ("meal", "cafecito con leche de avena 🌱", "", "wheat"),  # why: ordinary oats, cross-contact
    ("label", "Harina P.A.N. Harina de Maíz Blanco Precocida 1 kg. Ingredientes: maíz blanco desgerminado, precocido y enriquecido (hierro, niacina, tiamina, riboflavina, ácido fólico). Libre de gluten.", "corn", ""),
    ("label", "Maltín Polar 355 ml. Ingredientes: agua, malta de cebada, jarabe de azúcar, maíz, lúpulo, color caramelo. Bebida no alcohólica.", "sugar corn", ""),
    ("label", "Queso Blanco Duro Llanero 500 g. Ingredientes: leche de vaca pasteurizada, sal, cuajo, cloruro de calcio.", "dairy", ""),
    ("label", "Cocosette Nestlé. Ingredientes: harina de trigo enriquecida, azúcar, coco rallado (20%), grasa vegetal, jarabe de glucosa, sal, bicarbonato de sodio, lecitina de soya, aroma. Contiene: trigo, soya. Puede contener leche.", "wheat sugar soy", "corn dairy"),
    ("label", "Toddy Chocolate en Polvo 400 g. Ingredientes: azúcar, cacao en polvo, maltodextrina, leche en polvo descremada, sal, lecitina de soya, vainillina. Contiene leche y soya.", "sugar dairy soy", "corn"),
    ("label", "Mazeite Aceite de Maíz 100% Puro 1 L. Ingredientes: aceite de maíz refinado.", "corn", ""),
    ("label", "Caraotas Negras Pantera 500 g. Ingredientes: caraotas negras. Producto natural, puede contener piedrecillas.", "", ""),
    ("label", "Diablitos Underwood 115 g. Ingredientes: jamón cocido, grasa de cerdo, agua, sal, almidón, proteína de soya, especias, nitrito de sodio. Contiene soya.", "soy", "wheat corn"),
    ("label", "Pirulín Nestlé. Ingredientes: harina de trigo, azúcar, cacao, manteca vegetal, leche descremada en polvo, lecitina de soya, sal. Contiene trigo, leche y soya.", "wheat sugar dairy soy", ""),
    ("label", "Salsa de Tomate Pampero 397 g. Ingredientes: pasta de tomate, azúcar, vinagre, sal, almidón modificado de maíz, cebolla, especias, benzoato de sodio.", "sugar corn", ""),
]

# ---------------------------------------------------------------------------
# Doña Rosa Xocop, Quetzaltenango (Xela), Guatemala: no accents, chapín slang, long WhatsApp-style lines
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "desayuno chapin: huevos, frijoles volteados, platano frito y 2 tortillas", "corn", "soy"),  # why: tortillas; frying oil
    ("meal", "lo mismo de ayer pero sin tortilla y sin el platano", "", "corn soy"),  # why: eggs and refried beans still fried in unknown oil
    ("meal", "kakik de chompipe con arroz, receta de mi suegra de coban", "", "corn"),  # why: some thicken the broth with masa
    ("meal", "pepian de pollo con arroz y dos chuchitos", "corn", "wheat sugar"),  # why: chuchitos are corn; pepian sometimes thickened with bread
    ("meal", "un shuco frente al parque central con guacamol, repollo y mostaza 🌭", "wheat", "corn soy sugar"),
    ("meal", "atol de elote en la feria de xela", "corn sugar", "dairy"),
    ("meal", "pollo campero con papas y una coca 🙈 mis hijos querian", "wheat sugar", "corn soy dairy"),
    ("meal", "caldo de res con guisquil, elote y yuca", "corn", ""),  # why: elote = corn on the cob; guisquil is chayote
    ("meal", "mosh con leche y canela, sin azucar", "dairy", "wheat"),  # why: regular oats, cross-contact
    ("meal", "rellenitos de platano, solo uno!!", "sugar", "corn soy"),  # why: sweet beans with sugar and chocolate, fried
    ("meal", "tamal colorado del sabado 🫔", "corn", "wheat sugar"),  # why: recado sometimes thickened with bread, a little sugar/chocolate
    ("meal", "hilachas con arroz, le pregunte a mi comadre y dice que espesa con masa", "corn", ""),
    ("meal", "frijoles parados con chipilin y aguacate", "", ""),
    ("meal", "ensalada de rabano y pepino con limon y sal, cena ligera", "", ""),
    ("meal", "cafe de olla sin panela, bien chilero", "", ""),
    ("meal", "unas tortrix de limon 😬", "corn", "soy"),
    ("meal", "tostadas con guacamol y salsa", "corn", "soy"),
    ("meal", "perdon lo de las tostadas era con frijol no con guacamol, igual", "corn", "soy"),
    ("meal", "pescado blanco a la plancha con arroz blanco y verduras al vapor, en el lago", "", ""),
    ("meal", "licuado de banano con leche 🍌", "dairy", "sugar"),  # why: licuados are usually sweetened
    ("meal", "chiles rellenos de la tia, con tortillas", "corn", "wheat soy"),  # why: egg batter sometimes floured, fried
    ("label", "Incaparina Original 450 g. Ingredientes: harina de maíz, harina de soya, carbonato de calcio, vitaminas y minerales. Contiene soya.", "corn soy", ""),
    ("label", "Frijoles Volteados Ducal 400 g. Ingredientes: frijol negro, agua, aceite vegetal, cebolla, sal.", "", "corn soy"),
    ("label", "Tortrix Limón 30 g. Ingredientes: maíz, aceite vegetal (palma), sal, saborizante artificial de limón (maltodextrina, ácido cítrico, glutamato monosódico). Puede contener trazas de trigo y leche.", "corn", "wheat dairy"),
    ("label", "Crema Pura Foremost 500 ml. Ingredientes: crema de leche, sal, cultivos lácticos.", "dairy", ""),
    ("label", "Tortillas de Maíz Maseca. Ingredientes: maíz nixtamalizado, agua, cal, goma guar, conservadores (propionato de calcio, sorbato de potasio), ácido fumárico.", "corn", ""),
    ("label", "Pan Bimbo Blanco Grande. Ingredientes: harina de trigo enriquecida, agua, azúcar, levadura, aceite vegetal de soya, sal, gluten de trigo, emulsificantes (monoglicéridos, estearoil lactilato de sodio), conservador (propionato de calcio), vinagre. Contiene: trigo, soya. Puede contener leche y ajonjolí.", "wheat sugar soy", "dairy"),
    ("label", "Salsa Naturas Ranchera 106 g. Ingredientes: tomate, agua, chile, cebolla, azúcar, sal, almidón modificado, ajo, especias, ácido cítrico.", "sugar", "wheat corn"),
    ("label", "Café Incasa Soluble 200 g. Ingredientes: café 100%.", "", ""),
    ("label", "Chocolate de Cobán en tableta para taza. Ingredientes: cacao, azúcar, canela.", "sugar", ""),
    ("label", "Leche de Coco Kara 200 ml. Ingredientes: extracto de coco, agua. Sin lácteos.", "", ""),
]

# ---------------------------------------------------------------------------
# Yanelis Rodríguez, Centro Habana, Cuba: drops s's, asere, jaja, no accents
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "congri con yuca con mojo y ensalada de tomate, almuerzo normal", "", "soy"),  # why: sofrito and mojo with unknown (often soy) oil
    ("meal", "un cafecito con espumita 😋", "sugar", ""),  # why: espumita is coffee whipped with sugar
    ("meal", "cafe sin azucar, que trabajo me costo asere", "", ""),
    ("meal", "ropa vieja con arroz blanco y platano maduro frito", "", "soy"),
    ("meal", "me comi un pan con croqueta de la bodega 🙄", "wheat", "dairy soy"),  # why: croquetas with bechamel, often soy-extended
    ("meal", "picadillo de soya de la libreta con arroz", "soy", ""),
    ("meal", "tostones con mojo", "", "soy"),
    ("meal", "flan de calabaza en el cumple de mi tia", "dairy sugar", ""),
    ("meal", "guarapo en la esquina, hacia un calor...", "sugar", ""),  # why: sugarcane juice
    ("meal", "batido de mamey con leche y azucar 🥤", "dairy sugar", ""),
    ("meal", "ajiaco criollo del domingo, con maiz y malanga", "corn", ""),
    ("meal", "pescado en escabeche con arroz", "", "wheat soy"),  # why: fish usually floured and fried first
    ("meal", "tamal en cazuela 🌽", "corn", ""),
    ("meal", "pan cubano tostado con mantequilla y cafe con leche, desayuno con mi abuelo 😅", "wheat dairy", "sugar"),
    ("meal", "frijoles negros dormidos con arroz y aguacate", "", "sugar"),  # why: Cuban black beans often get a pinch of sugar
    ("meal", "un yogur de soya de la bodega", "soy", "sugar"),
    ("meal", "Tukola 🥤 no pude resistirme", "sugar", "corn"),
    ("meal", "masas de cerdo fritas con yuca", "", "soy"),
    ("meal", "pizza cubana de la paladar, con queso y jamon", "wheat dairy", "corn soy sugar"),
    ("meal", "ensalada de aguacate, tomate y pepino, y boniato hervido", "", ""),  # why: boniato is sweet potato
    ("meal", "dulce de guayaba con queso blanco 🙈", "sugar dairy", ""),
    ("label", "Café Cubita Molido 250 g. Ingredientes: café arábica tostado y molido 100%.", "", ""),
    ("label", "Leche en Polvo Entera 1 kg. Ingredientes: leche entera en polvo, vitaminas A y D. Contiene leche.", "dairy", ""),
    ("label", "Refresco Tukola 355 ml. Ingredientes: agua carbonatada, azúcar, color caramelo, ácido fosfórico, cafeína, saborizantes naturales. Producto de Cuba.", "sugar", "corn"),
    ("label", "Galletas de Sal. Ingredientes: harina de trigo, manteca vegetal, sal, levadura, bicarbonato de sodio. Contiene gluten.", "wheat", "corn soy"),
    ("label", "Mayonesa Bravo 250 g. Ingredientes: aceite de soya, agua, yema de huevo, vinagre, azúcar, sal, almidón modificado, ácido cítrico, sorbato de potasio.", "soy sugar", "wheat corn"),
    ("label", "Refresco Jupiña 355 ml. Ingredientes: agua carbonatada, azúcar, saborizante de piña, ácido cítrico, benzoato de sodio, colorante tartrazina.", "sugar", "corn"),
    ("label", "Pasta de Guayaba Conchita 600 g. Ingredientes: pulpa de guayaba, azúcar, pectina, ácido cítrico.", "sugar", "corn"),
    ("label", "Helado Coppelia Fresa. Ingredientes: leche, azúcar, crema, leche en polvo, estabilizante, colorante, aroma de fresa.", "dairy sugar", ""),
    ("label", "Harina de Maíz Fina 1 kg. Ingredientes: maíz molido.", "corn", ""),
    ("label", "Pan de Molde Integral (importado). Ingredientes: harina integral de trigo, agua, azúcar moreno, gluten de trigo, aceite de girasol, sal, levadura, harina de soja, emulgente E471, conservante E282. Contiene gluten y soja.", "wheat sugar soy", ""),
]

# ---------------------------------------------------------------------------
# Sigrún Helgadóttir, Reykjavík, Iceland: Icelandic with þ/ð, slips into English, short
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "hafragrautur með bláberjum, glútenlausir hafrar, vatn", "", ""),
    ("meal", "plokkfiskur hjá mömmu með rúgbrauði 😬", "wheat dairy sugar", ""),  # why: bechamel with flour/butter/milk; rúgbrauð has wheat flour and syrup
    ("meal", "skyr hreint með bláberjum", "dairy", ""),
    ("meal", "ein með öllu á Bæjarins Beztu 🌭 sorry", "wheat sugar", "corn soy"),  # why: bun, ketchup, sweet pylsusinnep; remoulade and sausage
    ("meal", "grilled lamb chops, roasted potatoes and salad, no sauce", "", ""),
    ("meal", "kjötsúpa, hún var með hrísgrjónum", "", ""),
    ("meal", "harðfiskur með smjöri 🐟🧈", "dairy", ""),
    ("meal", "harðfiskur án smjörs í þetta sinn", "", ""),
    ("meal", "saltfiskur, soðnar kartöflur og rófur", "", ""),
    ("meal", "kleina með kaffinu í vinnunni 🙈", "wheat sugar dairy", "corn soy"),
    ("meal", "pönnukökur með sykri hjá ömmu", "wheat dairy sugar", ""),
    ("meal", "lax á pönnu í kókosolíu, hrísgrjón og spergilkál", "", ""),
    ("meal", "Appelsín 🍊", "sugar", "corn"),
    ("meal", "Malt og appelsín um jólin 🎄", "sugar", "wheat corn"),
    ("meal", "hangikjöt með uppstúf og grænum baunum, jóladagur", "wheat dairy", "sugar"),  # why: uppstúfur is white sauce; tinned peas often sweetened
    ("meal", "þorskur í raspi – forgot it was breaded ugh", "wheat", "dairy"),
    ("meal", "kaffi með haframjólk frá Oatly", "", "wheat"),
    ("meal", "lakkrís úr Nóa, bara smá", "wheat sugar", "corn"),  # why: licorice is made with wheat flour and syrup
    ("meal", "fiskisúpa á veitingastað við höfnina", "", "dairy wheat"),  # why: harbour fish soups are usually creamy, flour-thickened
    ("meal", "lambalæri, brúnaðar kartöflur og rauðkál", "sugar dairy", "wheat"),  # why: caramelised potatoes = sugar and butter; sauce may have flour
    ("label", "Skyr Hreint MS 500 g. Innihald: undanrenna, skyrgerlar, ostahleypir.", "dairy", ""),
    ("label", "KEA Skyr Vanillu 200 g. Innihald: undanrenna, rjómi, sykur (7%), vanillubragðefni, sterkja, skyrgerlar. Inniheldur mjólk.", "dairy sugar", "wheat corn"),
    ("label", "Rúgbrauð Myllan. Innihald: rúgmjöl (45%), hveiti, vatn, sykur, síróp, súrmjólk, lyftiduft, salt.", "wheat sugar dairy", ""),  # why: hveiti = wheat flour
    ("label", "Nóa Síríus Rjómasúkkulaði 100 g. Innihald: sykur, kakósmjör, nýmjólkurduft, kakómassi, mysuduft, ýruefni (sojalesitín), bragðefni. Getur innihaldið snefil af hnetum og glúteni.", "sugar dairy soy", "wheat"),
    ("label", "SS Pylsur 10 stk. Innihald: lambakjöt, svínakjöt, vatn, kartöflumjöl, sojaprótein, salt, krydd, þrúgusykur, bindiefni (E450), þráavarnarefni (E300), rotvarnarefni (E250). Inniheldur soja.", "soy sugar", "corn"),  # why: þrúgusykur = dextrose
    ("label", "Kristall Sítrónu 500 ml. Innihald: kolsýrt vatn, náttúruleg sítrónubragðefni. Án sykurs.", "", ""),
    ("label", "SS Pylsusinnep. Innihald: vatn, sykur, sinnepsfræ, edik, hveiti, salt, krydd, litarefni (E150a). Inniheldur sinnep, glúten.", "sugar wheat", "corn"),
    ("label", "Oatly Haframjólk Barista 1 L. Innihald: vatn, hafrar 10%, repjuolía, kalsíumkarbónat, salt. Getur innihaldið glúten.", "", "wheat"),
    ("label", "Íslenskt Smjör, saltað 500 g. Innihald: rjómi, salt.", "dairy", ""),
    ("label", "Ömmubakstur Flatkökur. Innihald: rúgmjöl, heilhveiti, hveiti, vatn, salt.", "wheat", ""),
]

# ---------------------------------------------------------------------------
# Andrei Popescu, Cluj-Napoca, Romania: Romanian without diacritics, gym English, "ba", "mersi"
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "mamaliga cu branza si smantana la bunica 😅", "corn dairy", ""),
    ("meal", "mamaliga cu peste prajit si mujdei, fara branza", "corn", "wheat"),  # why: fish is often dusted in flour before frying
    ("meal", "sarmale cu mamaliga, fara smantana", "corn", ""),
    ("meal", "ciorba de burta la restaurant, cu smantana si ardei iute", "dairy", ""),
    ("meal", "mici cu mustar si o bere 🍺 la meci", "", "wheat soy sugar corn"),  # why: commercial mici often have soy/dextrose; mustard sugar; beer malt
    ("meal", "salata de vinete pe rosii, fara paine", "", ""),
    ("meal", "covrig cu sare de la Luca 🥨", "wheat", ""),
    ("meal", "piept de pui la gratar, cartofi natur si salata de varza", "", ""),
    ("meal", "zacusca pe felii de castravete, hack 😎", "", "sugar"),  # why: some zacusca has added sugar
    ("meal", "cozonac de Paste de la mama 🙈 o felie", "wheat dairy sugar", ""),
    ("meal", "papanasi cu smantana si dulceata, iesire cu prietenii", "wheat dairy sugar", ""),
    ("meal", "ciorba de perisoare cu bors", "", ""),
    ("meal", "iaurt grecesc cu nuci si miere", "dairy", "sugar"),  # why: honey
    ("meal", "omleta cu ciuperci si ceapa in ulei de masline", "", ""),
    ("meal", "shaorma cu de toate 😬 ba", "wheat sugar", "dairy soy corn"),  # why: lipie bread; 'with everything' includes ketchup and garlic/mayo sauce
    ("meal", "fasole batuta cu ceapa calita", "", ""),
    ("meal", "tochitura cu mamaliga si ou", "corn", "dairy"),  # why: usually served with telemea on top
    ("meal", "protein shake dupa sala cu lapte de migdale", "", "dairy soy sugar"),  # why: protein powder unnamed, usually whey
    ("meal", "pardon, shake-ul era cu proteina de mazare, fara zahar, am verificat eticheta", "", ""),
    ("meal", "pastrav la gratar si legume", "", ""),
    ("label", "Telemea de vaca Napolact 400 g. Ingrediente: lapte de vaca pasteurizat, sare, cheag, clorura de calciu, culturi lactice. Contine lapte.", "dairy", ""),
    ("label", "Zacusca de vinete Raureni 300 g. Ingrediente: vinete coapte (40%), ardei gras, ceapa, ulei de floarea-soarelui, pasta de tomate, sare, zahar, condimente.", "sugar", ""),
    ("label", "Malai extra Boromir 1 kg. Ingrediente: porumb 100%. Poate contine urme de gluten.", "corn", "wheat"),
    ("label", "Biscuiti Eugenia Dobrogea. Ingrediente: faina de grau, zahar, grasime vegetala de palmier, cacao, sirop de glucoza-fructoza, zer praf, emulgatori: lecitina de soia, E471; sare, afanatori, arome. Contine gluten, lapte, soia.", "wheat sugar dairy soy", "corn"),
    ("label", "Mustar Tecuci 300 g. Ingrediente: apa, seminte de mustar, otet, zahar, sare, turmeric, amidon modificat.", "sugar", "wheat corn"),
    ("label", "Mici Cris-Tim 400 g. Ingrediente: carne de vita (40%), carne de porc, apa, sare, condimente, bicarbonat de sodiu, proteina din soia, dextroza, fibre vegetale, antioxidant E301. Contine soia.", "soy sugar", "corn"),
    ("label", "Alpro Bautura de ovaz fara zahar 1 L. Ingrediente: apa, ovaz (10%), ulei de floarea-soarelui, fosfati de calciu, sare, vitamine. Poate contine urme de gluten.", "", "wheat"),
    ("label", "Baton de ciocolata cu crema de rom. Ingrediente: zahar, grasime vegetala (palmier), cacao, lapte praf, emulgator lecitina de soia, aroma de rom. Contine lapte, soia.", "sugar dairy soy", ""),
    ("label", "Paine feliata Vel Pitar 500 g. Ingrediente: faina de grau, apa, drojdie, sare, gluten, ulei de floarea-soarelui, zahar, faina de soia, emulgator E471, conservant E282. Contine gluten, soia. Poate contine lapte, susan.", "wheat sugar soy", "dairy"),
    ("label", "Apa minerala Borsec 1,5 L. Apa minerala naturala carbogazoasa.", "", ""),
]

# ---------------------------------------------------------------------------
# Kovács Eszter, Budapest, Hungary: Hungarian with accents, long chatty posts, "na jó"
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "reggeli: tükörtojás és lecsó (paprika, paradicsom, hagyma), kenyér nélkül", "", ""),
    ("meal", "gulyásleves a menzán, volt benne csipetke, nem szedtem ki 🤷‍♀️", "wheat", ""),  # why: csipetke = pinched flour dumplings
    ("meal", "paprikás csirke galuska nélkül, rizzsel, de a szósz tejfölös volt", "dairy", "wheat"),  # why: sauce often thickened with flour
    ("meal", "sajtos-tejfölös lángos a Balatonon, nyár van na 🌞", "wheat dairy", ""),
    ("meal", "töltött káposzta tejföl nélkül", "", "wheat"),  # why: often finished with a flour roux
    ("meal", "egy pöttyös túró rudi 🙈", "dairy sugar", "soy"),
    ("meal", "halászlé Baján, kenyérrel", "wheat", ""),
    ("meal", "tökfőzelék a kifőzdében", "wheat dairy", "sugar"),  # why: főzelék is thickened with flour roux and sour cream
    ("meal", "grillezett csirkemell, párolt zöldség, semmi szósz", "", ""),
    ("meal", "kürtőskalács a karácsonyi vásáron 🎄", "wheat sugar dairy", ""),
    ("meal", "két tepertős pogácsa", "wheat", "dairy"),
    ("meal", "kukoricás saláta ebédre, tudom tudom", "corn", ""),  # why: kukorica = corn
    ("meal", "ma szinte tiszta voltam: zabkása mandulatejjel, ebédre pörkölt rizzsel, vacsorára uborkasaláta. ja és egy kocka 70%-os étcsoki", "sugar", "wheat dairy soy"),  # why: dark chocolate has sugar, maybe milk/lecithin; ordinary oats; cucumber salad often sweetened (sugar already definite)
    ("meal", "rakott krumpli, volt benne kolbász meg tejföl", "dairy", "corn soy"),
    ("meal", "túrós csusza szalonnával", "wheat dairy", ""),
    ("meal", "szilvás gombóc a nagymamánál", "wheat sugar", "dairy"),  # why: breadcrumbs toasted in butter or oil, cinnamon sugar
    ("meal", "egy fröccs (fehérbor + szóda)", "", ""),
    ("meal", "Szentkirályi ásványvíz és egy alma", "", ""),
    ("meal", "rántott hús krumplipürével a családi ebéden", "wheat dairy", ""),
    ("meal", "javítás: a rántott hús gluténmentes morzsával volt, anyu figyelt rám ❤️ a püré viszont vajas-tejes", "dairy", ""),
    ("label", "Pöttyös Túró Rudi Natúr 30 g. Összetevők: túró (61%), étcsokoládé bevonat (cukor, kakaómassza, kakaóvaj, emulgeálószer: szójalecitin, aroma), cukor, tejföl, vaj. Tejet és szóját tartalmaz.", "dairy sugar soy", ""),
    ("label", "Pick Téliszalámi. Összetevők: sertéshús, sertészsír, étkezési só, fűszerek, szőlőcukor, antioxidáns (nátrium-aszkorbát), tartósítószer (nátrium-nitrit).", "sugar", "corn"),  # why: szőlőcukor = dextrose
    ("label", "Győri Édes Kekszek. Összetevők: búzaliszt, cukor, növényi zsír (pálma), glükóz-fruktóz szirup, sovány tejpor, sütőpor, só, aroma. Tartalmazhat szóját, tojást.", "wheat sugar dairy", "corn soy"),
    ("label", "Bonduelle Csemegekukorica 340 g. Összetevők: csemegekukorica, víz, cukor, só.", "corn sugar", ""),
    ("label", "Sport Szelet 31 g. Összetevők: cukor, kakaó, növényi zsír, kekszmorzsa (búzaliszt, cukor), rum aroma, sovány tejpor, emulgeálószer (szójalecitin). Tartalmaz: glutén, tej, szója.", "sugar wheat dairy soy", ""),
    ("label", "Tesco Zabital cukormentes 1 L. Összetevők: víz, zab (12%), napraforgóolaj, só. Gluténmentes zabból készült.", "", ""),
    ("label", "Szegedi őrölt pirospaprika, édes 100 g. Összetevők: 100% fűszerpaprika.", "", ""),  # why: 'édes' means mild/sweet paprika, no sugar
    ("label", "Mizo Tejföl 20% 330 g. Összetevők: pasztőrözött tej, tejszín, tejsavó kultúra.", "dairy", ""),
    ("label", "Pilóta Keksz 180 g. Összetevők: búzaliszt, cukor, növényi olaj (napraforgó), kakaópor, szárított tojás, szőlőcukor, kukoricakeményítő, szalalkáli. Nyomokban tejet és szóját tartalmazhat.", "wheat sugar corn", "dairy soy"),
    ("label", "Univer Erős Pista 100 g. Összetevők: darált csípős paprika (95%), só.", "", ""),
]

# ---------------------------------------------------------------------------
# Tomáš Novák, Brno, Czechia: Czech without diacritics, terse, beer lover
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "snidane: vajicka a rajce", "", ""),
    ("meal", "svickova s knedlikem v hospode, nedal jsem si brusinky ani slehacku 😅", "wheat dairy", "sugar"),  # why: cream sauce and bread dumplings with milk; sauce often sweetened
    ("meal", "smazak s hranolkama a tatarkou 🧀", "wheat dairy", "corn soy sugar"),  # why: breaded fried cheese; tartar sauce, frying oil
    ("meal", "pivo, dve plzne 🍺", "", ""),  # why: Pilsner Urquell is barley malt, water, hops
    ("meal", "psenicne pivo v pivovaru Pegas", "wheat", ""),  # why: wheat beer
    ("meal", "gulas s knedlikem", "wheat", "dairy"),
    ("meal", "gulas bez knedliku, s chlebem ne, jen brambory", "", "wheat"),  # why: goulash often thickened with flour
    ("meal", "bramboraky od babicky, 3 ks", "wheat", "dairy"),
    ("meal", "kure na paprice s ryzi", "dairy", "wheat"),
    ("meal", "rizek s bramborovym salatem, vanoce 🎄", "wheat", "soy sugar"),  # why: potato salad with mayonnaise
    ("meal", "kofola z cepu", "sugar", "corn"),
    ("meal", "trdelnik na Karlove moste, turisticka past a ja v ni 🙄", "wheat sugar", "dairy"),
    ("meal", "salat z rajcat, okurky, cibule a olivovy olej, k tomu pecene kure", "", ""),
    ("meal", "chlebicky na oslave 2 ks", "wheat", "dairy soy sugar"),
    ("meal", "drstkova polevka", "", "wheat"),  # why: usually thickened with roux
    ("meal", "tatranka liskova 🙈", "wheat sugar dairy soy", ""),
    ("meal", "hovezi vyvar s jatrovymi knedlicky", "wheat", ""),  # why: liver dumplings contain breadcrumbs
    ("meal", "vepro knedlo zelo", "wheat", "sugar dairy"),  # why: dumplings; zeli is usually sweet-sour
    ("meal", "ovesna kase s vodou a boruvkami, bezlepkove vlocky", "", ""),
    ("meal", "pstruh na masle s bramborem", "dairy", ""),
    ("meal", "Becherovka jeden panak", "sugar", ""),
    ("label", "Kofola Original 2 l. Složení: voda, cukr, glukózo-fruktózový sirup, oxid uhličitý, barvivo E150d, kyselina fosforečná, přírodní aroma (extrakt z bylin), kofein.", "sugar", "corn"),
    ("label", "Hořické trubičky 100 g. Složení: pšeničná mouka, cukr, rostlinný tuk, vaječná směs, sušené odstředěné mléko, sůl, škrob. Obsahuje lepek, vejce, mléko.", "wheat sugar dairy", "corn"),
    ("label", "Opavia Tatranky Lískooříškové 47 g. Složení: pšeničná mouka, cukr, rostlinné tuky (palmový, kokosový), lískové ořechy 6%, sušená syrovátka, kakao, emulgátor (sójový lecitin), sůl, aroma. Může obsahovat mléko.", "wheat sugar dairy soy", ""),  # why: syrovátka = whey
    ("label", "Pilsner Urquell 0,5 l. Složení: voda, ječný slad, chmel.", "", ""),
    ("label", "Hellmann's Tatarská omáčka 250 ml. Složení: řepkový olej, voda, okurky, cukr, vaječný žloutek, ocet, modifikovaný kukuřičný škrob, sůl, zahušťovadlo (xanthan), aroma. Obsahuje vejce, hořčici.", "sugar corn", ""),
    ("label", "Madeta Tvaroh měkký 250 g. Složení: mléko, mlékařská kultura.", "dairy", ""),
    ("label", "Knedlík houskový 500 g. Složení: pšeničná mouka, voda, pečivo (pšeničná mouka, voda, sůl, droždí), sušené mléko, vejce, sůl, kypřicí látka. Obsahuje lepek, mléko, vejce.", "wheat dairy", ""),
    ("label", "Emco Kukuřičné lupínky bez přidaného cukru 375 g. Složení: kukuřičná krupice (99%), sůl, ječný sladový extrakt.", "corn", ""),
    ("label", "Rama Classic 400 g. Složení: rostlinné oleje (řepkový, palmový, slunečnicový), voda, sůl, emulgátor (slunečnicový lecitin), kyselina citronová, vitamíny A a D, aroma. Bez mléka.", "", "corn"),
    ("label", "Kand Hořčice plnotučná 300 g. Složení: voda, hořčičné semínko, ocet, cukr, sůl, koření.", "sugar", ""),
]

# ---------------------------------------------------------------------------
# Nino Beridze, Tbilisi, Georgia: Georgian script, Latin translit ("vchame"), and English
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "საუზმე: კვერცხი, პომიდორი, კიტრი და ცოტა სულგუნი", "dairy", ""),  # why: sulguni is cheese
    ("meal", "ხინკალი 10 ცალი 🙈 ქორწილში", "wheat", ""),
    ("meal", "lobio qotanshi mchadit", "corn", ""),  # why: mchadi is cornmeal flatbread
    ("meal", "ხაჭაპური აჭარული, ვიცი ვიცი", "wheat dairy", ""),
    ("meal", "მწვადი და ახალი სალათი ნიგვზით", "", ""),
    ("meal", "badrijani nigvzit da pkhali, supra-ze vikavi", "", ""),
    ("meal", "ჩურჩხელა ბაზრიდან", "wheat", "sugar"),  # why: grape must thickened with wheat flour; sugar sometimes added
    ("meal", "elarji for lunch, ghomi with sulguni", "corn dairy", ""),  # why: ghomi is corn porridge
    ("meal", "tkemali with chicken tabaka", "", "sugar dairy"),  # why: bottled tkemali can be sweetened; tabaka often fried in butter
    ("meal", "ჩაი შაქრის გარეშე და ვაშლი", "", ""),
    ("meal", "მაწონი თაფლით", "dairy", "sugar"),  # why: honey
    ("meal", "shoti puri with cheese, no excuses", "wheat dairy", ""),
    ("meal", "satsivi at grandma's, new year 🎄", "", ""),
    ("meal", "ajapsandali with mchadi", "corn", ""),
    ("meal", "ლობიანი ერთი ნაჭერი", "wheat", "dairy"),  # why: bean bread, often brushed with butter
    ("meal", "Lagidze water tarkhun 💚", "sugar", ""),  # why: made with sugar syrup
    ("meal", "borjomi and grilled kalmakhi (trout) with pomegranate", "", ""),
    ("meal", "ჩაქაფული ტყემლით, პურის გარეშე", "", "sugar"),
    ("meal", "gozinaki 2 pieces, it's new year", "", "sugar"),  # why: walnuts with honey; some add sugar
    ("meal", "ოჯახური კარტოფილით, რესტორანში", "", ""),
    ("label", "ბორჯომი / Borjomi Natural Mineral Water 0.5 L. Ingredients: natural mineral water.", "", ""),
    ("label", "ლაღიძის წყალი ტარხუნა / Lagidze Water Tarragon. შემადგენლობა: წყალი, შაქარი, ტარხუნის ექსტრაქტი, ლიმონმჟავა, ნახშირორჟანგი. Ingredients: water, sugar, tarragon extract, citric acid, carbon dioxide.", "sugar", "corn"),
    ("label", "Tkemali Red Plum Sauce. Ingredients: plum puree, garlic, salt, sugar, red pepper, coriander, dill, pennyroyal (ombalo).", "sugar", ""),
    ("label", "სულგუნი / Sulguni Cheese. შემადგენლობა: ძროხის რძე, მარილი, ფერმენტი. Ingredients: cow's milk, salt, rennet.", "dairy", ""),
    ("label", "მაწონი / Matsoni Natural 3.2%. Ingredients: milk, matsoni starter culture.", "dairy", ""),
    ("label", "Churchkhela Kakhuri with walnuts. Ingredients: grape juice, walnuts, wheat flour, sugar. May contain traces of hazelnut.", "wheat sugar", ""),
    ("label", "სიმინდის ფქვილი / Imeretian Corn Flour for mchadi 1 kg. Ingredients: 100% maize flour.", "corn", ""),
    ("label", "Adjika Georgian hot. Ingredients: red pepper, garlic, salt, coriander, blue fenugreek, dill. No sugar added.", "", ""),
    ("label", "Frozen Imeruli Khachapuri. Ingredients: wheat flour, Imeretian cheese (milk, salt, rennet), water, butter, yeast, sugar, salt, egg. Contains gluten, milk, egg.", "wheat dairy sugar", ""),
    ("label", "Gozinaki. Ingredients: walnuts 70%, honey 30%.", "", "sugar"),  # why: honey only, a natural sweetener
]

# ---------------------------------------------------------------------------
# Dilnoza Karimova, Tashkent, Uzbekistan: Uzbek Latin with Russian words, some Cyrillic
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "bugun osh qildim, paxta yog'ida, achchiq-chuchuk salat bilan", "", ""),  # why: cottonseed oil is not soy/corn
    ("meal", "non bilan choy 🙈 non juda issiq edi", "wheat", ""),
    ("meal", "somsa 2ta, tandirdan", "wheat", ""),
    ("meal", "lag'mon restoranda, obed", "wheat", "soy"),
    ("meal", "manti qatiq bilan", "wheat dairy", ""),
    ("meal", "shashlik va piyoz, nonsiz", "", ""),
    ("meal", "ko'k choy shakarsiz", "", ""),
    ("meal", "shurpa, go'sht va sabzavot", "", ""),
    ("meal", "chuchvara smetana bilan, yana bir xato 😞", "wheat dairy", ""),
    ("meal", "suzma va ko'katlar, kechki ovqat", "dairy", ""),
    ("meal", "navat bilan choy, kasal edim", "sugar", ""),  # why: navat is crystallised sugar
    ("meal", "kurt, bozordan", "dairy", ""),  # why: dried salted yogurt balls
    ("meal", "dimlama: go'sht, kartoshka, karam, sabzi, pomidor", "", ""),
    ("meal", "Korzinkadan shokolad oldim, 'sugar free' deb yozilgan, tarkibida maltitol va sut kukuni bor", "dairy", "soy"),  # why: sut kukuni = milk powder; maltitol is not sugar
    ("meal", "norin to'yda", "wheat", ""),  # why: thin wheat noodles with horse meat
    ("meal", "mastava, qatiqsiz", "", ""),
    ("meal", "samarqand noni + qaymoq 🤤 nonushta", "wheat dairy", ""),
    ("meal", "Coca-Cola Zero, ishda", "", "corn"),
    ("meal", "tovuq kabob, guruch, pomidor bodring salat", "", ""),
    ("meal", "halva kichkina bo'lak, вкусно", "sugar", "wheat"),  # why: some halva is flour-based
    ("label", "Lazzat Qatiq 2.5% 450 g. Tarkibi: pasterizatsiyalangan sut, achitqi. Состав: молоко пастеризованное, закваска.", "dairy", ""),
    ("label", "Samarqand noni (Korzinka). Tarkibi: bug'doy uni, suv, tuz, xamirturush, sedana. Состав: мука пшеничная, вода, соль, дрожжи, чернушка.", "wheat", ""),
    ("label", "Hydrolife mineral suv 1 L. Tarkibi: tabiiy mineral suv.", "", ""),
    ("label", "Печенье Юбилейное. Состав: мука пшеничная, сахар, маргарин (растительные масла, вода, эмульгатор лецитин соевый), сироп глюкозы, молоко сухое, разрыхлитель, соль, ароматизатор. Может содержать следы орехов.", "wheat sugar soy dairy", "corn"),
    ("label", "Pepsi 1 L. Tarkibi: gazlangan suv, shakar, rang E150d, ortofosfat kislotasi, kofein, tabiiy aromatizatorlar.", "sugar", "corn"),
    ("label", "Paxta yog'i rafinatsiyalangan 1 L. Tarkibi: 100% paxta urug'i yog'i.", "", ""),
    ("label", "Makfa Spagetti 450 g. Состав: мука из твердых сортов пшеницы, вода.", "wheat", ""),
    ("label", "Kurt tuzlangan. Tarkibi: qatiq, tuz.", "dairy", ""),
    ("label", "Heinz Ketchup tomatli. Tarkibi: pomidor pastasi, shakar, sirka, tuz, modifitsirlangan kraxmal, ziravorlar. Состав: томатная паста, сахар, уксус, соль, модифицированный крахмал, специи.", "sugar", "wheat corn"),
    ("label", "Kikkoman Soy Sauce. Ingredients: water, soybeans, wheat, salt. Состав: вода, соевые бобы, пшеница, соль.", "soy wheat", ""),
]

# ---------------------------------------------------------------------------
# Sagar Thapa, Kathmandu/Pokhara, Nepal: romanised Nepali mixed with English, some Devanagari
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "aaja dal bhat tarkari khaye, ghiu chai thiyena 🙏", "", ""),
    ("meal", "dal bhat at hotel in pokhara, dal ma ghiu halya jasto lagyo", "", "dairy"),  # why: he only suspects ghee
    ("meal", "buff momo 10 piece with achar 😋", "wheat", "soy"),
    ("meal", "दूध चिया 2 cup", "dairy sugar", ""),  # why: Nepali milk tea is sweetened as standard
    ("meal", "kalo chiya chini bina", "", ""),
    ("meal", "sel roti tihar ma 🪔 3 ota", "sugar", "dairy"),  # why: rice-flour ring with sugar, often ghee
    ("meal", "phapar ko dhido with gundruk ko jhol", "", ""),  # why: phapar is buckwheat
    ("meal", "makai ko dhido ra kukhura ko masu", "corn", ""),  # why: makai = maize
    ("meal", "chowmein from thela 🙈 veg", "wheat soy", "sugar"),
    ("meal", "thukpa in thamel", "wheat", "soy"),
    ("meal", "chatamari with egg and keema", "", ""),  # why: rice-flour crepe
    ("meal", "yomari punhi 🎉 chaku wala", "sugar", ""),  # why: chaku is cane molasses
    ("meal", "juju dhau bhaktapur ma, chodna sakina", "dairy sugar", ""),
    ("meal", "samay baji: chiura, bara, aalu, bhatmas sadheko", "soy", ""),  # why: bhatmas = soybeans
    ("meal", "wai wai khaye raati, pura packet", "wheat", "soy corn sugar"),
    ("meal", "banana lassi at lakeside", "dairy", "sugar"),
    ("meal", "aloo paratha 2 ota 😬 ghiu sanga", "wheat dairy", ""),
    ("meal", "bhat, saag, aloo tama, chicken curry - ghar ma, tori ko tel", "", ""),  # why: mustard oil
    ("meal", "roti 2 ota ra tarkari, atta ko roti", "wheat", ""),
    ("meal", "Real juice mango khaye, sugar wala raixa", "sugar", ""),
    ("meal", "egg curry with bhat", "", ""),
    ("label", "Wai Wai Chicken Flavoured Instant Noodles 75 g. Ingredients: Noodles: wheat flour, palm oil, salt, sugar, wheat gluten. Seasoning: salt, sugar, monosodium glutamate, chicken powder, onion, garlic, chilli, soy sauce powder (soybean, wheat), maltodextrin. Contains wheat and soy.", "wheat sugar soy", "corn"),
    ("label", "DDC Pasteurized Milk 500 ml. Ingredients: pasteurized milk (fat 3%).", "dairy", ""),
    ("label", "Real Fruit Power Mango 1 L. Ingredients: water, mango pulp (19%), sugar, acidity regulator (330), stabilizer (440), antioxidant (300). Contains added sugar.", "sugar", "corn"),  # why: 330 is citric acid
    ("label", "Nebico Coconut Crunchy Biscuit. Ingredients: wheat flour (maida), sugar, edible vegetable oil (palm), desiccated coconut (6%), invert syrup, milk solids, raising agents (503(ii), 500(ii)), salt, emulsifier (322 (soya)). Contains wheat, milk, soy.", "wheat sugar dairy soy", ""),
    ("label", "Chiura (Beaten Rice) 1 kg. Ingredients: rice 100%.", "", ""),
    ("label", "Roasted Bhatmas snack 100 g. Ingredients: soybean, salt, chilli.", "soy", ""),
    ("label", "फापर को पिठो / Buckwheat Flour, organic 1 kg. Ingredients: 100% buckwheat. Processed in a facility that also mills wheat.", "", "wheat"),  # why: buckwheat is not wheat; shared mill
    ("label", "Himalayan Java Cold Coffee 250 ml. Ingredients: water, coffee extract, milk solids, sugar, stabiliser (E407).", "dairy sugar", ""),
    ("label", "Amul Pure Ghee 1 L. Ingredients: milk fat.", "dairy", ""),
    ("label", "Gorkha Beer 650 ml. Ingredients: water, malt, rice, hops.", "", "wheat"),  # why: unqualified malt
]

# ---------------------------------------------------------------------------
# Ma Thiri, Yangon, Myanmar: English mixed with romanised Burmese and some Burmese script
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "mohinga for breakfast 🍜 with pe kyaw", "", "wheat"),  # why: rice noodles, rice/pea-flour broth; fritter batter may include wheat
    ("meal", "မုန့်ဟင်းခါး no fritter today", "", ""),
    ("meal", "laphet thoke at the tea shop", "", "soy"),  # why: the crunchy bean mix often has fried soybeans
    ("meal", "laphet yay cho seint 🙈", "dairy sugar", ""),  # why: tea with condensed and evaporated milk
    ("meal", "shan khauk swe, asked for no soy sauce", "", ""),
    ("meal", "shan tofu thoke – the chickpea tofu not the soy one", "", "soy wheat"),  # why: Shan tofu is chickpea; dressing may have soy sauce
    ("meal", "ohn no khauk swe for lunch", "wheat", ""),  # why: served with wheat egg noodles
    ("meal", "htamin jin with garlic oil", "", ""),
    ("meal", "chicken curry, rice, balachaung and gourd soup, home", "", "sugar"),  # why: balachaung is often sweetened
    ("meal", "falooda at Nilar Yoe 😬", "dairy sugar", "wheat corn"),  # why: vermicelli may be wheat or cornstarch
    ("meal", "mont lin ma yar at the night market", "", ""),
    ("meal", "သင်္ကြန် time, mont lone yay baw", "sugar", ""),  # why: jaggery inside the rice balls
    ("meal", "grilled fish with green mango salad", "", ""),
    ("meal", "KFC with friends at Junction City 🍗", "wheat", "dairy soy corn sugar"),
    ("meal", "coconut water, fresh from the stall", "", ""),
    ("meal", "one can Myanmar beer", "", "wheat"),
    ("meal", "nan gyi thoke with chicken curry", "", ""),
    ("meal", "shwe yin aye at the stall", "sugar", "wheat dairy"),  # why: some stalls add white bread and condensed milk
    ("meal", "pe byouk with nan bya for breakfast", "wheat", "dairy"),
    ("meal", "kyay oh – soy sauce in the broth I think", "", "soy wheat"),
    ("label", "Premier Coffee Mix 3 in 1. Ingredients: sugar, non-dairy creamer (glucose syrup, hydrogenated vegetable oil, sodium caseinate, stabilizer E340, emulsifier E471, anti-caking agent E551), instant coffee. Contains milk derivative.", "sugar dairy", "corn soy"),  # why: caseinate is milk despite 'non-dairy'
    ("label", "Shwe Pa Laung Laphet (Pickled Tea Leaf). Ingredients: fermented tea leaves, garlic, peanut oil, salt, lime juice, chilli.", "", ""),
    ("label", "Fried Beans Mix for Laphet. Ingredients: fried broad beans, fried split peas, peanuts, fried soybeans, sesame, garlic, palm oil, salt.", "soy", ""),
    ("label", "Alpine Purified Drinking Water 1 L.", "", ""),
    ("label", "Myanmar Beer 330 ml. Ingredients: water, malt, rice, hops.", "", "wheat"),
    ("label", "Balachaung (Dried Shrimp Relish). Ingredients: dried shrimp, garlic, shallot, chilli, peanut oil, salt, sugar, tamarind.", "sugar", ""),
    ("label", "Sweetened Condensed Creamer. Ingredients: sugar, skimmed milk powder, vegetable fat, lactose, stabilizer.", "sugar dairy", "soy corn"),
    ("label", "Dried Shan Rice Noodles 400 g. Ingredients: rice flour, water, tapioca starch.", "", ""),
    ("label", "Chickpea Flour (Pe Hmont) 500 g. Ingredients: 100% chickpea flour.", "", ""),
    ("label", "Oyster Sauce 300 ml. Ingredients: water, sugar, oyster extract, salt, modified corn starch, soy sauce (water, soybean, wheat, salt), caramel colour (E150a), MSG.", "sugar corn soy wheat", ""),
]

# ---------------------------------------------------------------------------
# Sokha Chan, Phnom Penh, Cambodia: short English posts with Khmer words and script
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "bai sach chrouk this morning at the corner stall 🐷", "", "soy wheat sugar"),  # why: marinade sometimes has soy sauce/palm sugar; pickles sweetened
    ("meal", "fish amok with steamed rice", "", "sugar"),  # why: usually a little palm sugar
    ("meal", "lok lak at a restaurant", "soy wheat sugar", "corn"),  # why: beef marinated in soy/oyster sauce and sugar
    ("meal", "kuy teav, no sugar added at the table", "", "sugar soy"),  # why: broth may have rock sugar
    ("meal", "num banh chok at the market ☀️", "", ""),
    ("meal", "nom pang pâté 🥖", "wheat", "soy sugar dairy"),
    ("meal", "mango shake with condensed milk", "dairy sugar", ""),
    ("meal", "iced coffee black, no sugar ☕", "", ""),
    ("meal", "kralan from the roadside on the Battambang road", "sugar", ""),  # why: sticky rice, coconut, beans, sugar
    ("meal", "sugarcane juice", "sugar", ""),
    ("meal", "grilled fish with green mango salad and rice", "", "sugar"),
    ("meal", "សម្លម្ជូរ with fish", "", "sugar"),
    ("meal", "fried rice with egg, asked no soy sauce, they used fish sauce", "", "soy corn"),  # why: stall frying oil
    ("meal", "num krok 🥥", "sugar", ""),
    ("meal", "Angkor beer x2 at a wedding", "", "wheat"),
    ("meal", "prahok ktiss with veggies", "sugar", ""),  # why: palm sugar is a standard ingredient
    ("meal", "durian 🤢 but I ate it", "", ""),
    ("meal", "lort cha with egg", "soy wheat", "sugar corn"),  # why: stir-fried with soy sauce
    ("meal", "steamed rice, boiled egg and pickled veg", "", "sugar"),
    ("meal", "បបរ with salted egg", "", ""),  # why: rice porridge
    ("label", "Kampot Pepper Black PGI 100 g. Ingredients: 100% black peppercorns.", "", ""),  # why: peppercorn is not corn
    ("label", "Angkor Beer 330 ml. Ingredients: water, malt, rice, hops.", "", "wheat"),
    ("label", "Palm Sugar 500 g. Ingredients: 100% palm sugar (sugar palm sap).", "sugar", ""),
    ("label", "Kirirom Drinking Water 500 ml. Ingredients: water.", "", ""),
    ("label", "Kampot Fish Sauce. Ingredients: anchovy, salt, sugar.", "sugar", ""),
    ("label", "Healthy Boy Oyster Sauce. Ingredients: oyster extract, sugar, water, salt, modified tapioca starch, soy sauce (soybean, wheat), caramel color.", "sugar soy wheat", "corn"),
    ("label", "Aroy-D Coconut Milk 400 ml. Ingredients: coconut extract 60%, water, emulsifier E435.", "", ""),
    ("label", "Drinking Yogurt Strawberry 180 ml. Ingredients: milk, sugar, strawberry juice concentrate, stabilizer (pectin), lactic culture.", "dairy sugar", ""),
    ("label", "Dried Kuy Teav Rice Noodles 400 g. Ingredients: rice flour, water, corn starch.", "corn", ""),
    ("label", "Roasted Salted Cashews 200 g. Ingredients: cashew nuts, salt, palm oil.", "", ""),
]

# ---------------------------------------------------------------------------
# 林怡君 Lin Yi-chun, Taipei, Taiwan: Traditional Chinese with bits of English
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "早餐：蛋餅+大冰奶 😅", "wheat sugar", "dairy soy corn"),  # why: wheat crepe; breakfast-shop milk tea is sweet, often made with creamer
    ("meal", "無糖豆漿一杯", "soy", ""),
    ("meal", "紅燒牛肉麵", "wheat soy", "sugar"),
    ("meal", "滷肉飯小碗+燙青菜，青菜沒淋肉燥", "soy wheat sugar", ""),  # why: braised in soy sauce and rock sugar
    ("meal", "鹽水雞，只加蔥跟辣椒", "", ""),
    ("meal", "珍奶半糖 🧋 我知道", "sugar", "dairy soy corn"),
    ("meal", "綠茶無糖去冰", "", ""),
    ("meal", "超商茶葉蛋 2 顆", "soy wheat", "sugar"),  # why: eggs simmered in soy sauce
    ("meal", "自助餐：清蒸魚、炒高麗菜、糙米飯", "", "soy corn"),  # why: buffet stir-fry oil
    ("meal", "夜市刈包一個", "wheat soy sugar", ""),  # why: bun, soy-braised pork, sugared peanut powder
    ("meal", "豆花加花生 🙈", "soy sugar", ""),
    ("meal", "鹹酥雞 + 炸地瓜 + 九層塔", "soy wheat", "corn sugar"),
    ("meal", "烤地瓜 from 7-11", "", ""),  # why: plain roasted sweet potato
    ("meal", "玉米濃湯 😩 天氣冷", "corn dairy", "wheat sugar"),
    ("meal", "新竹炒米粉", "", "corn soy wheat"),  # why: many rice vermicelli contain cornstarch; often soy sauce
    ("meal", "火鍋，沒沾沙茶醬，只用蔥蒜醋", "", "soy wheat corn"),  # why: hotpot plates usually hold tofu and fish balls
    ("meal", "午餐便當：排骨飯", "soy wheat", "sugar corn"),
    ("meal", "更正：剛剛那個排骨是滷的不是炸的", "soy wheat", "sugar"),
    ("meal", "芭樂一顆 + 無糖優格", "dairy", ""),
    ("meal", "今天很乾淨：水煮蛋、地瓜、燙地瓜葉（只加鹽和蒜）、清燉雞湯", "", ""),
    ("label", "統一 麥香紅茶 300ml. 成分：水、砂糖、高果糖糖漿、紅茶、香料、焦糖色素、維生素C。", "sugar corn", ""),  # why: 高果糖糖漿 = HFCS
    ("label", "義美 無糖豆漿 400ml. 成分：水、非基因改造黃豆。本產品含有大豆。", "soy", ""),
    ("label", "光泉 鮮乳 936ml. 成分：生乳100%。", "dairy", ""),
    ("label", "金蘭 醬油 590ml. 成分：水、非基改黃豆、小麥、食鹽、砂糖、酵母抽出物。本產品含有大豆、小麥。", "soy wheat sugar", ""),
    ("label", "萬家香 無麩質醬油 (tamari style). 成分：水、非基改黃豆、食鹽、米。不含小麥。", "soy", ""),
    ("label", "乖乖 玉米脆條 奶油椰子口味. 成分：玉米粉、植物油（棕櫚油）、砂糖、奶粉、椰子粉、食鹽、香料。本產品含有牛奶製品。", "corn sugar dairy", ""),
    ("label", "可口可樂 Zero 330ml. 成分：碳酸水、焦糖色素、磷酸、阿斯巴甜、醋磺內酯鉀、香料、咖啡因。", "", "corn"),
    ("label", "新竹炊粉. 成分：在來米、玉米澱粉、水。", "corn", ""),
    ("label", "桂冠 芝麻湯圓. 成分：糯米粉、水、砂糖、黑芝麻、豬油、麥芽糖。", "sugar", ""),
    ("label", "全聯 鮮肉水餃. 成分：麵粉、豬肉、高麗菜、水、蔥、醬油（水、黃豆、小麥、鹽）、麻油、砂糖、鹽、胡椒。本產品含有小麥、大豆。", "wheat soy sugar", ""),
]

# ---------------------------------------------------------------------------
# Batbayar "Bataa" Gantulga, Ulaanbaatar, Mongolia: Mongolian Cyrillic, some English, terse
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "өглөө: сүүтэй цай, борц", "dairy", ""),  # why: salted milk tea, dried meat
    ("meal", "бууз 6 ширхэг 🥟 ээжийнх", "wheat", ""),
    ("meal", "хорхог, хөдөө, зөвхөн мах идсэн", "", ""),
    ("meal", "цуйван оройн хоолонд", "wheat", "soy"),
    ("meal", "хуушуур наадам дээр 3 ширхэг", "wheat", "soy corn"),
    ("meal", "гурилтай шөл", "wheat", ""),
    ("meal", "ааруул хэдэн ширхэг, чихэртэй", "dairy sugar", ""),
    ("meal", "айраг 2 аяга ☀️", "dairy", ""),  # why: fermented mare's milk
    ("meal", "хонины мах, төмс, лууван чанасан", "", ""),
    ("meal", "boodog at a ger camp, only meat lol", "", ""),
    ("meal", "будаатай хуурга", "", "soy wheat"),
    ("meal", "хар цай элсэн чихэргүй", "", ""),
    ("meal", "талх цөцгийн тостой", "wheat dairy", ""),
    ("meal", "банш шөлтэй", "wheat", ""),
    ("meal", "Coca-Cola", "sugar", "corn"),
    ("meal", "өрөмтэй боов, Цагаан сар 🙈", "wheat dairy", "sugar"),
    ("meal", "salad with cucumber and tomato, grilled beef, Modern Nomads", "", ""),
    ("meal", "тараг, чихэргүй", "dairy", ""),
    ("meal", "ээзгий хөдөөнөөс", "dairy", ""),
    ("meal", "kimchi ramyun from CU 🙈", "wheat", "soy sugar corn"),
    ("label", "Сүү ХК Сүү 3.2% 1 л. Орц: үнээний сүү.", "dairy", ""),
    ("label", "Алтан Тариа Атар талх. Орц: улаан буудайн гурил, ус, мөөгөнцөр, давс, элсэн чихэр, ургамлын тос.", "wheat sugar", "soy corn"),
    ("label", "Ааруул чихэртэй 200 г. Орц: ааруул (сүү), элсэн чихэр.", "dairy sugar", ""),
    ("label", "Сүүтэй цайны нунтаг 3 in 1. Орц: хуурай сүү, ногоон цай, давс, мальтодекстрин.", "dairy", "corn"),
    ("label", "Алтан Тариа Дээд гурил 2 кг. Орц: 100% улаан буудайн гурил.", "wheat", ""),
    ("label", "Chinggis Gold Vodka 0.75 л. Орц: ус, үр тарианы спирт (улаан буудай).", "", "wheat"),  # why: wheat-based spirit, distilled
    ("label", "Хөлдөөсөн бууз 1 кг. Орц: улаан буудайн гурил, үхрийн мах, хонины мах, сонгино, ус, давс, хар перец.", "wheat", ""),
    ("label", "Ааруул байгалийн, чихэргүй. Орц: тараг (сүү).", "dairy", ""),
    ("label", "Дорнод рашаан. Байгалийн минерал ус 0.5 л.", "", ""),
    ("label", "Алтан Говь шоколад 90 г. Орц: элсэн чихэр, какао масс, какао тос, хуурай сүү, эмульгатор (шар буурцагны лецитин E322), ванилин.", "sugar dairy soy", ""),
]

# ---------------------------------------------------------------------------
# Awa Diop, Dakar, Senegal: French with Wolof, "jsuis", "tkt", "mdr"
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "thieb bou dien à midi chez tata, avec le Maggi comme d'hab", "", "wheat corn soy sugar"),  # why: stock cubes carry starch, sugar, hydrolysed protein; cooking oil
    ("meal", "thieb sans cube, jai cuisiné moi même à l'huile d'arachide 💪", "", ""),
    ("meal", "yassa poulet avec riz blanc", "", "wheat corn soy sugar"),  # why: usually seasoned with cubes and mustard
    ("meal", "mafé boeuf, riz", "", "wheat corn soy sugar"),  # why: cubes; some peanut pastes are sweetened
    ("meal", "café Touba avec sucre 😅", "sugar", ""),
    ("meal", "ataya 3 verres après le déjeuner", "sugar", ""),  # why: brewed with a lot of sugar
    ("meal", "bissap maison sans sucre, avec un peu de menthe", "", ""),
    ("meal", "thiakry au lait caillé", "dairy sugar", ""),  # why: millet couscous, not wheat; sweetened curd
    ("meal", "pain tapalapa avec niébé le matin", "wheat", ""),
    ("meal", "fataya au poisson, 2", "wheat", "corn soy"),
    ("meal", "poisson braisé avec attiéké, juste citron et piment", "", ""),  # why: attiéké is cassava
    ("meal", "dibi mouton avec oignons et moutarde", "", "sugar"),
    ("meal", "lakh au lait caillé sucré", "dairy sugar", ""),
    ("meal", "ngalakh de Pâques chez les voisins", "sugar", ""),  # why: millet, peanut, baobab, sugar
    ("meal", "jus de bouye avec sucre", "sugar", "dairy"),  # why: often made with milk
    ("meal", "salade de mangue et avocat", "", ""),
    ("meal", "une Gazelle... non pardon c'était une Flag 🍺", "", "wheat"),
    ("meal", "soupou kandja au riz", "", "wheat corn soy sugar"),  # why: usually seasoned with cubes
    ("meal", "pastels au thon", "wheat", "corn soy"),
    ("meal", "yaourt Jaboot à la vanille", "dairy sugar", ""),
    ("label", "Maggi Cube. Ingrédients: sel, exhausteurs de goût (glutamate monosodique, inosinate disodique), graisse de palme, amidon de maïs, sucre, protéines végétales hydrolysées, arômes, oignon, ail. Peut contenir: blé, soja, céleri.", "corn sugar", "wheat soy"),
    ("label", "Huile d'Arachide Niani 1 L. Ingrédients: huile d'arachide raffinée 100%.", "", ""),
    ("label", "Lait caillé sucré 500 g. Ingrédients: lait reconstitué, sucre, ferments lactiques.", "dairy sugar", ""),
    ("label", "Couscous de mil pour thiakry 1 kg. Ingrédients: mil 100%. Sans gluten.", "", ""),
    ("label", "Jus de Bissap 1 L. Ingrédients: eau, sucre, extrait de fleurs d'hibiscus, acide citrique, arôme naturel.", "sugar", "corn"),
    ("label", "Harry's Pain de Mie Nature. Ingrédients: farine de blé, eau, sucre, huile de colza, levure, gluten de blé, sel, vinaigre, émulsifiant (E471), conservateur (propionate de calcium). Traces éventuelles de lait, soja, sésame.", "wheat sugar", "dairy soy"),
    ("label", "Café Touba 250 g. Ingrédients: café, djar (poivre de Guinée).", "", ""),
    ("label", "Biscuits Croustilles Vanille. Ingrédients: farine de blé, sucre, huile végétale, lait en poudre, sel, bicarbonate de sodium, arôme vanille, lécithine.", "wheat sugar dairy", "soy corn"),  # why: unqualified lecithin and vegetable oil
    ("label", "Eau minérale Kirène 1,5 L. Eau minérale naturelle.", "", ""),
    ("label", "Amora Moutarde de Dijon Fine et Forte. Ingrédients: eau, graines de moutarde, vinaigre d'alcool, sel, acidifiant: acide citrique, conservateur: disulfite de potassium.", "", "corn"),
]

# ---------------------------------------------------------------------------
# Kwame "Kojo" Asante, Accra, Ghana: Ghanaian English and pidgin, lower case, "chale", "ei"
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "waakye with shito, gari, wele and egg. no spaghetti this time chale", "", "corn soy sugar wheat"),  # why: shito made with vegetable oil, often with stock cube
    ("meal", "waakye full option with spaghetti 🙈", "wheat", "corn soy sugar"),
    ("meal", "banku and tilapia with pepper", "corn", ""),  # why: banku is fermented corn and cassava dough
    ("meal", "kenkey and fried fish with shito", "corn", "soy sugar wheat"),
    ("meal", "fufu with light soup and goat meat", "", "wheat corn soy sugar"),  # why: light soup usually seasoned with cubes
    ("meal", "red red, beans and plantain both done in palm oil", "", ""),
    ("meal", "jollof at a wedding 🔥", "", "wheat corn soy sugar"),  # why: vegetable oil and stock cubes
    ("meal", "kelewele from the roadside at osu", "", "corn soy"),
    ("meal", "sobolo, homemade no sugar, just ginger and pineapple", "", ""),
    ("meal", "malta guinness 🙈", "sugar corn", ""),  # why: brewed with maize and glucose syrup
    ("meal", "milo with ideal milk", "dairy sugar", "soy corn"),
    ("meal", "hausa koko with koose", "sugar", "dairy corn soy"),  # why: millet porridge sweetened; koose fried in oil
    ("meal", "tom brown porridge for breakfast", "corn", "soy sugar dairy"),  # why: tom brown is roasted maize, often with soya
    ("meal", "fried yam and turkey tail with pepper", "", "corn soy"),
    ("meal", "fan ice vanilla 😩 ei it was hot", "dairy sugar", ""),
    ("meal", "kontomire stew with boiled yam, my wife doesn't use maggi", "", ""),
    ("meal", "boiled plantain and garden egg stew", "", ""),  # why: garden egg is an eggplant
    ("meal", "bofrot x3 and a coke", "wheat sugar", "corn soy dairy"),
    ("meal", "grilled tilapia with banku, actually no, with boiled yam", "", ""),
    ("meal", "ampesi with kontomire and avocado", "", ""),
    ("meal", "nkatie cake from the trotro station", "sugar", ""),  # why: groundnut brittle
    ("label", "Nido Fortified Milk Powder 400 g. Ingredients: whole milk powder, soy lecithin, vitamins (A, D, C). Contains milk, soy.", "dairy soy", ""),
    ("label", "Ideal Evaporated Milk 160 g. Ingredients: milk, stabiliser (E339), vitamin D3.", "dairy", ""),
    ("label", "Malta Guinness 330 ml. Ingredients: water, barley malt, sugar, glucose syrup, maize, hops, caramel colour (E150c), vitamins.", "sugar corn", ""),
    ("label", "MILO Activ-Go 400 g. Ingredients: malt extract (barley), milk solids, sugar, cocoa, vegetable oil, minerals, vitamins. Contains milk and barley.", "dairy sugar", "soy corn"),
    ("label", "Gari White 1 kg. Ingredients: 100% cassava.", "", ""),
    ("label", "Hot Shito Pepper Sauce 250 g. Ingredients: vegetable oil, dried fish, dried shrimps, onion, pepper, ginger, garlic, salt, seasoning cube. Contains fish, shellfish.", "", "corn soy wheat sugar"),
    ("label", "Tom Brown Mix 500 g. Ingredients: roasted maize, roasted soya beans, roasted groundnuts.", "corn soy", ""),
    ("label", "Gino Tomato Paste 70 g. Ingredients: tomato concentrate, water, salt.", "", ""),
    ("label", "FanYogo Strawberry 150 ml. Ingredients: water, milk solids, sugar, strawberry flavour, stabilisers (E412, E466), colour (E129), culture.", "dairy sugar", ""),
    ("label", "Royco Beef Cube. Ingredients: salt, flavour enhancers (E621, E635), wheat flour, palm fat, sugar, maltodextrin, beef fat, onion, spices, caramel (E150d). Contains wheat. May contain soy, celery.", "wheat sugar", "corn soy"),
]

# ---------------------------------------------------------------------------
# Neema Mwakyusa, Dar es Salaam, Tanzania: Swahili with English, emoji
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "leo nimekula ugali na samaki wa kupaka", "corn", ""),  # why: ugali is maize flour
    ("meal", "wali na maharage ya nazi", "", ""),
    ("meal", "chipsi mayai kwa mama ntilie 🙈", "", "corn soy"),
    ("meal", "chipsi mayai na kachumbari na tomato sauce", "sugar", "corn soy"),
    ("meal", "chai ya maziwa na sukari, na mandazi mawili", "dairy sugar wheat", ""),
    ("meal", "chai ya rangi bila sukari", "", ""),
    ("meal", "pilau ya nyama, harusi ya binamu", "", ""),
    ("meal", "mishkaki na ndizi choma 🔥", "", ""),
    ("meal", "chapati 2 na maharage", "wheat", ""),
    ("meal", "uji wa ulezi bila sukari", "", ""),  # why: finger millet porridge
    ("meal", "uji wa mahindi na sukari, asubuhi", "corn sugar", ""),
    ("meal", "nyama choma na ugali, kachumbari", "corn", ""),
    ("meal", "sambusa za nyama 3", "wheat", "corn soy"),
    ("meal", "mchemsho wa kuku", "", ""),
    ("meal", "azam juice ya embe 🥭", "sugar", "corn"),
    ("meal", "pweza wa kupaka na muhogo", "", ""),
    ("meal", "urojo Forodhani, Zanzibar 😋", "", "wheat corn soy"),  # why: gram or wheat-flour thickened broth with fried bhajia and crisps
    ("meal", "biriani ya kuku, kuna mtindi ndani", "dairy", ""),
    ("meal", "fanta passion 🙈", "sugar", "corn"),
    ("meal", "samaki wa kukaanga na ndizi, mafuta ya alizeti", "", ""),  # why: sunflower oil
    ("meal", "vitumbua na chai ya tangawizi (bila sukari)", "sugar", ""),  # why: vitumbua batter is sweetened
    ("label", "Azam Unga wa Sembe 2 kg. Viambato: mahindi 100%. Ingredients: 100% maize.", "corn", ""),
    ("label", "Azam Home Baking Flour 2 kg. Ingredients: wheat flour, vitamins and minerals.", "wheat", ""),
    ("label", "Azam Mango Juice 1 L. Viambato: maji, sukari, juisi ya embe (15%), asidi ya citric (E330), ladha. Ingredients: water, sugar, mango pulp, citric acid, flavour.", "sugar", "corn"),
    ("label", "Tanga Fresh Mtindi 500 ml. Ingredients: fresh cow's milk, culture.", "dairy", ""),
    ("label", "Korie Sunflower Oil 1 L. Ingredients: 100% refined sunflower oil.", "", ""),
    ("label", "Azam Vanilla Ice Cream 1 L. Ingredients: water, sugar, milk solids, vegetable fat, glucose syrup, emulsifier (E471), stabiliser (E412), vanilla flavour, colour.", "dairy sugar", "corn soy"),
    ("label", "Royco Mchuzi Mix Beef 200 g. Ingredients: maize starch, salt, flavour enhancer (MSG), wheat flour, sugar, beef flavour, onion, colours (E150c, paprika extract). Contains wheat.", "corn wheat sugar", ""),
    ("label", "Simba Pilau Masala 100 g. Ingredients: cumin, cardamom, cinnamon, black pepper, cloves.", "", ""),
    ("label", "Unga wa Lishe Soya 1 kg. Viambato: mahindi, soya, ulezi, mtama. Ingredients: maize, soya, finger millet, sorghum.", "corn soy", ""),
    ("label", "Kilimanjaro Drinking Water 1.5 L. Maji safi ya kunywa.", "", ""),
]

# ---------------------------------------------------------------------------
# Fanja Rakotomalala, Antananarivo, Madagascar: Malagasy mixed with French
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "vary sy ravitoto sy henakisoa, sakafo atoandro", "", ""),  # why: rice, cassava leaves, pork
    ("meal", "romazava sy vary 🍚", "", ""),
    ("meal", "mofo gasy 3 sy kafe, maraina", "sugar", ""),  # why: sweetened rice-flour cakes
    ("meal", "kafe tsy misy siramamy", "", ""),
    ("meal", "mofo akondro à la gare 🙈", "wheat sugar", "corn soy"),
    ("meal", "koba ravina d'Ambalavao", "sugar", ""),  # why: peanuts, rice flour, banana, sugar
    ("meal", "ranovola après le repas", "", ""),  # why: toasted-rice water
    ("meal", "sambos 4 au resto chinois", "wheat", "corn soy"),
    ("meal", "salade composée avec mayonnaise, au mariage", "", "soy sugar"),
    ("meal", "akoho sy voanio avec du riz", "", ""),
    ("meal", "trondro frit, vary, laoka anana", "", "corn soy"),
    ("meal", "katsaka nendasina au bord de la route", "corn", ""),  # why: katsaka = maize
    ("meal", "vary sosoa sy kitoza", "", ""),
    ("meal", "mokary 5 au marché", "", "sugar"),  # why: sold both sweet and savoury
    ("meal", "yaourt Socolait nature non sucré", "dairy", ""),
    ("meal", "une THB le weekend", "corn", ""),  # why: brewed with maize
    ("meal", "mine sao chez le chinois", "wheat soy", "sugar corn"),
    ("meal", "zébu grillé, frites et salade, hôtel à Antsirabe", "", "corn soy"),
    ("meal", "vomanga bouillie avec du thé sans sucre", "", ""),  # why: sweet potato
    ("meal", "pardon pour le mine sao, c'était du vary mitsangana sans sauce soja", "", "corn soy"),
    ("label", "Socolait Yaourt Nature. Ingrédients: lait entier, lait en poudre, ferments lactiques.", "dairy", ""),
    ("label", "Socolait Yaourt Aromatisé Vanille. Ingrédients: lait, sucre, lait en poudre, amidon modifié, arôme vanille, ferments lactiques.", "dairy sugar", "wheat corn"),
    ("label", "Huile Végétale Tiko 1 L. Ingrédients: huile végétale raffinée.", "", "soy corn"),
    ("label", "Riz Makalioka 5 kg. Ingrédients: riz blanc 100%.", "", ""),
    ("label", "Biscuits Chocolat. Ingrédients: farine de blé, sucre, huile végétale (palme), cacao en poudre 5%, lait écrémé en poudre, sel, poudre à lever, lécithine de soja, arôme.", "wheat sugar dairy soy", ""),
    ("label", "THB Three Horses Beer 65 cl. Ingrédients: eau, malt d'orge, maïs, houblon.", "corn", ""),
    ("label", "Vanille de Madagascar Bourbon, 3 gousses. Ingrédients: gousses de vanille 100%.", "", ""),
    ("label", "Sirop de Vanille. Ingrédients: sucre, eau, extrait naturel de vanille de Madagascar.", "sugar", ""),
    ("label", "Socolait Lait Concentré Sucré. Ingrédients: lait entier, sucre.", "dairy sugar", ""),
    ("label", "Chocolaterie Robert Chocolat Noir 70%. Ingrédients: fèves de cacao de Madagascar, sucre, beurre de cacao. Peut contenir des traces de lait.", "sugar", "dairy"),  # why: cocoa butter is not dairy
]

# ---------------------------------------------------------------------------
# Losana Ravuvu, Suva, Fiji: Fiji English with iTaukei words (bula, vinaka, io)
# ---------------------------------------------------------------------------
BLIND17_CASES += [
    ("meal", "lovo sunday 🙌 pork, dalo, palusami and cassava", "", ""),
    ("meal", "palusami with corned beef, the tinned kind", "", "sugar"),  # why: corned beef is not corn; tinned ones often list sugar
    ("meal", "kokoda for lunch at the market", "", ""),
    ("meal", "roti and chicken curry from the canteen", "wheat", "dairy"),
    ("meal", "dhal soup with rice at home", "", "dairy"),  # why: tadka may be ghee
    ("meal", "tavioka boiled, fish in lolo", "", ""),
    ("meal", "kava session last night, 10 bilos lol", "", ""),
    ("meal", "maggi noodles with tinned fish 🙈", "wheat", "soy corn sugar"),
    ("meal", "2 cabin biscuits with butter", "wheat dairy", ""),
    ("meal", "rourou with dalo", "", ""),
    ("meal", "bhajia and a coke at the bus stand", "sugar", "corn soy"),
    ("meal", "fiji bitter x3 🍺 rugby on", "", "wheat"),
    ("meal", "tea with milk and sugar, then bread and jam", "dairy sugar wheat", ""),
    ("meal", "ota salad with lolo and tomato", "", ""),
    ("meal", "vakalolo (cassava pudding) at the village", "sugar", ""),
    ("meal", "ika vakalolo with rice, vinaka", "", ""),
    ("meal", "pineapple and pawpaw, plus a young coconut", "", ""),
    ("meal", "chop suey at a chinese restaurant in Nadi", "soy wheat", "sugar corn"),
    ("meal", "oops not the chop suey, I had the steamed fish with ginger and rice, chop suey was my husband's 😂", "soy wheat", "sugar"),  # why: Cantonese steamed fish is dressed with soy sauce
    ("meal", "babakau at the village", "wheat sugar", "dairy"),  # why: Fijian fried flour pancakes
    ("label", "FMF Cabin Bread Crackers. Ingredients: wheat flour, vegetable oil (palm), salt, yeast, raising agent (500). Contains gluten.", "wheat", ""),
    ("label", "Rewa Full Cream Milk 1 L. Ingredients: fresh whole milk.", "dairy", ""),
    ("label", "Rewa Butter Salted 500 g. Ingredients: cream, salt.", "dairy", ""),
    ("label", "Punja's Self Raising Flour 1 kg. Ingredients: wheat flour, raising agents (450, 500), calcium carbonate. Contains gluten.", "wheat", ""),
    ("label", "Maggi 2 Minute Noodles Chicken. Ingredients: noodles (wheat flour, palm oil, salt, mineral salts (451, 500), thickener (412)), flavour sachet (salt, sugar, flavour enhancers (621, 627, 631), maltodextrin, hydrolysed vegetable protein (soy), chicken fat, onion powder, corn starch). Contains wheat, soy.", "wheat sugar soy corn", ""),
    ("label", "Palm Corned Beef 326 g. Ingredients: beef, salt, sugar, sodium nitrite. Product of New Zealand.", "sugar", ""),  # why: corned beef is not corn
    ("label", "Fiji Water 500 ml. Natural artesian water.", "", ""),
    ("label", "Kara Coconut Cream 400 ml. Ingredients: coconut extract, water, stabiliser (guar gum).", "", ""),
    ("label", "Pacific Crown Tomato Sauce 600 ml. Ingredients: tomatoes (40%), sugar, water, vinegar, salt, modified maize starch (1422), onion, spices, preservative (211).", "sugar corn", ""),
    ("label", "FSC Raw Sugar 1 kg. Ingredients: raw cane sugar. Product of Fiji.", "sugar", ""),
]
