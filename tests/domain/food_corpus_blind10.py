# ruff: noqa: E501
"""Blind set 10: meals and local-language packaged labels from non-English-speaking countries for the five-group flagger."""

# Each case: (kind, text, definite, possible). Groups: wheat dairy corn soy sugar.
BLIND10_CASES: list[tuple[str, str, str, str]] = []

# --- Mariana, Ciudad de México: lowercase Spanish/Spanglish, street food, supermarket brands ---
BLIND10_CASES += [
    ("meal", "desayuno: chilaquiles verdes con pollo y crema, cafe de olla", "corn dairy sugar", "soy"),  # why: cafe de olla is brewed with piloncillo; totopos fried in unknown oil
    ("meal", "tacos al pastor x4 de la esquina con piña cebolla y cilantro, salsa verde", "corn", ""),
    ("meal", "quesadillas de flor de calabaza (tortilla de maíz, con queso oaxaca)", "corn dairy", ""),
    ("meal", "comida: caldo de pollo casero con arroz y verduras, 3 tortillas de maiz", "corn", ""),
    ("meal", "cena 2 tamales verdes y un atole de vainilla", "corn sugar", "dairy"),  # why: atole is masa + sugar, made with milk or water
    ("meal", "un elote con mayo, queso y chile piquín en el parque", "corn dairy", "soy sugar"),
    ("meal", "pozole rojo con tostadas y crema", "corn dairy", "soy"),
    ("meal", "huevos rancheros sin frijoles, tortilla de maiz, salsa roja", "corn", ""),
    ("meal", "agua de jamaica sin azúcar y una torta de milanesa", "wheat", "dairy soy sugar"),
    ("meal", "oops la torta era de jamon no milanesa, con queso panela", "wheat dairy", "corn soy sugar"),  # why: deli ham often has dextrose/soy protein
    ("meal", "pan dulce: una concha y cafe con leche", "wheat sugar dairy", ""),
    ("meal", "sopa de fideo (con knorr tomate) y frijoles de la olla", "wheat", "corn sugar"),
    ("meal", "ensalada de nopales con jitomate, cebolla y queso fresco", "dairy", ""),
    ("meal", "guacamole con totopos mientras veia el partido", "corn", "soy"),
    ("meal", "mole poblano con arroz rojo en casa de mi suegra", "sugar", "wheat corn"),  # why: mole has sweetened chocolate, thickened with bread and/or tortilla
    ("meal", "licuado de platano con leche de almendra, sin azucar", "", ""),
    ("meal", "enfrijoladas con queso y cebolla", "corn dairy", ""),
    ("meal", "taquitos de cochinita pibil con cebolla morada", "corn", ""),
    ("meal", "nada de tortilla hoy!! solo pechuga asada, nopales y arroz blanco", "", ""),
    ("meal", "same as yesterday pero sin el queso: pechuga asada, nopales, arroz y 2 tortillas", "corn", ""),
    ("label", "Bimbo Pan Blanco Grande. Ingredientes: harina de trigo enriquecida, agua, azúcar, levadura, aceite vegetal, gluten de trigo, sal, emulsificantes (mono y diglicéridos, estearoil lactilato de sodio), vinagre, conservador (propionato de calcio). Contiene: trigo. Puede contener: soya y leche.", "wheat sugar", "corn soy dairy"),
    ("label", "Maseca Harina de Maíz Nixtamalizado. Ingredientes: maíz nixtamalizado, cal. Libre de gluten.", "corn", ""),
    ("label", "Tortillinas Tía Rosa, tortillas de harina de trigo. Ingredientes: harina de trigo, agua, grasa vegetal, azúcar, sal, polvo para hornear (bicarbonato de sodio, pirofosfato ácido de sodio), propionato de sodio. Contiene trigo.", "wheat sugar", "corn soy"),
    ("label", "Gansito Marinela. Pastelito relleno sabor fresa y crema cubierto sabor chocolate. Ingredientes: azúcar, harina de trigo, jarabe de glucosa, grasa vegetal, huevo, agua, cocoa, jarabe de maíz de alta fructosa, suero de leche, leche descremada en polvo, almidón de maíz, mermelada de fresa, sal, lecitina de soya, sorbato de potasio, saborizantes. Contiene: trigo, huevo, leche, soya.", "wheat sugar dairy corn soy", ""),
    ("label", "Salsa Valentina Etiqueta Amarilla. Ingredientes: agua, chiles secos, vinagre, sal, especias, benzoato de sodio como conservador.", "", ""),
    ("label", "Leche Lala Entera ultrapasteurizada. Ingredientes: leche de vaca entera, vitamina A, vitamina D.", "dairy", ""),
    ("label", "Galletas Marías Gamesa. Ingredientes: harina de trigo, azúcar, grasa vegetal, jarabe de maíz, sal, bicarbonato de sodio, bicarbonato de amonio, lecitina de soya, saborizante artificial. Contiene: trigo, soya.", "wheat sugar corn soy", ""),
    ("label", "Totopos de maíz amarillo horneados, sin sal añadida. Ingredientes: maíz nixtamalizado, aceite de girasol.", "corn", ""),
    ("label", "Coca-Cola Sin Azúcar. Ingredientes: agua carbonatada, color caramelo clase IV, ácido fosfórico, aspartame, acesulfame de potasio, benzoato de sodio, cafeína, saborizantes naturales. Fenilcetonúricos: contiene fenilalanina.", "", "corn"),  # why: sugar-free; caramel colour is a possible corn source
    ("label", "Mazapán De la Rosa. Ingredientes: cacahuate, azúcar, saborizante artificial. Contiene cacahuate.", "sugar", ""),
    ("label", "Frijoles Refritos Bayos La Costeña. Ingredientes: frijol bayo cocido, agua, manteca vegetal, sal, chile.", "", "corn soy"),
    ("label", "Tajín Clásico Sazonador en polvo. Ingredientes: chiles secos molidos, sal, ácido cítrico, limón deshidratado, dióxido de silicio.", "", "corn"),
    ("label", "Pan tostado integral Bimbo. Ingredientes: harina de trigo integral, harina de trigo, azúcar, salvado de trigo, aceite vegetal, levadura, sal, harina de soya, gluten de trigo, conservador. Contiene trigo y soya.", "wheat sugar soy", "corn"),
]

# --- Santiago, Medellín/Bogotá: Colombian Spanish, chat style ---
BLIND10_CASES += [
    ("meal", "arepa con quesito y chocolate caliente al desayuno", "corn dairy sugar", ""),
    ("meal", "calentado paisa: frijoles, arroz, huevo frito y arepa, sin chicharron", "corn", ""),
    ("meal", "bandeja paisa pero sin la arepa x q estoy en la dieta jajaja", "", "corn soy"),  # why: chorizo and fried items in unknown oil
    ("meal", "ajiaco santafereño con pollo, alcaparras y crema de leche, la mazorca adentro", "corn dairy", ""),
    ("meal", "un tinto y un pandebono en la panaderia", "dairy", "corn sugar"),  # why: pandebono = cassava/corn starch + cheese; tinto often sweetened
    ("meal", "sancocho de gallina con yuca papa y platano", "", "corn"),
    ("meal", "3 empanadas de masa de maiz con aji", "corn", "soy"),
    ("meal", "jugo de lulo en agua sin azucar + arroz con pollo", "", "corn"),
    ("meal", "almuerzo ejecutivo: sopa de verduras, arroz, carne asada, ensalada y limonada", "", "sugar"),
    ("meal", "2 buñuelos en la novena de aguinaldos", "dairy corn", "sugar soy"),  # why: buñuelo colombiano = queso costeño + fécula de maíz
    ("meal", "patacones con hogao y guacamole", "", "corn soy"),
    ("meal", "una avena alpina de la tienda", "dairy sugar", "wheat corn"),
    ("meal", "changua con huevo y cebolla larga, pan tostado al lado", "dairy wheat", ""),
    ("meal", "obleas con arequipe y queso en la calle", "wheat dairy sugar", ""),
    ("meal", "solo fruta hoy en la mañana: papaya, mango y banano", "", ""),
    ("meal", "pescado frito con arroz de coco y patacon en cartagena", "", "wheat corn soy sugar"),
    ("meal", "caldo de costilla y arepa sin sal, tinto sin azucar", "corn", ""),
    ("meal", "pechuga a la plancha con ensalada y aguacate, agua", "", ""),
    ("label", "Alpina Avena Original. Ingredientes: leche entera, agua, azúcar, avena en hojuelas, almidón modificado, canela, estabilizante (goma gellan), sabor idéntico al natural a canela.", "dairy sugar", "wheat corn"),
    ("label", "Chocolate Corona Clavos y Canela. Ingredientes: azúcar, cacao, clavos de olor, canela, emulsificante (lecitina de soya).", "sugar soy", ""),
    ("label", "Harina P.A.N. Blanca. Harina de maíz blanco precocida. Ingredientes: maíz blanco desgerminado, niacina, hierro, tiamina, riboflavina, ácido fólico.", "corn", ""),
    ("label", "Ponqué Ramo Tradicional. Ingredientes: azúcar, harina de trigo fortificada, huevo, margarina (aceites vegetales, agua, sal, lecitina de soya), leche en polvo, polvo para hornear, sal, sabor artificial a vainilla. Contiene: trigo, huevo, leche, soya.", "sugar wheat dairy soy", "corn"),
    ("label", "Arequipe Alpina. Ingredientes: leche entera, azúcar, bicarbonato de sodio.", "dairy sugar", ""),
    ("label", "Postobón Manzana. Ingredientes: agua carbonatada, azúcar, ácido cítrico, sabor artificial a manzana, benzoato de sodio, color caramelo.", "sugar", "corn"),
    ("label", "Papas Margarita Limón. Ingredientes: papa, aceite vegetal de palma, sal, sabor a limón (maltodextrina, ácido cítrico, sal, azúcar, aroma).", "sugar", "corn"),
    ("label", "Galletas Festival Fresa. Ingredientes: harina de trigo, azúcar, aceite de palma, relleno sabor a fresa (azúcar, grasa vegetal, almidón de maíz, colorante rojo 40), jarabe de maíz, lecitina de soya, sal, bicarbonato. Puede contener leche.", "wheat sugar corn soy", "dairy"),
    ("label", "Atún Van Camp's lomitos en agua. Ingredientes: atún, agua, sal.", "", ""),
    ("label", "Queso Campesino Colanta. Ingredientes: leche pasteurizada, cuajo, cloruro de calcio, sal.", "dairy", ""),
    ("label", "Bocadillo Veleño en hoja de bijao. Ingredientes: pulpa de guayaba, azúcar.", "sugar", ""),
    ("label", "Maizena Fécula de Maíz. Ingredientes: almidón de maíz.", "corn", ""),
]

# --- Lucía, Lima: English mixed with Peruvian Spanish ---
BLIND10_CASES += [
    ("meal", "ceviche de pescado with camote and choclo, extra leche de tigre", "corn", ""),  # why: leche de tigre is the citrus marinade, not milk; camote is sweet potato
    ("meal", "lomo saltado con arroz y papas fritas", "soy wheat", "corn"),
    ("meal", "ají de gallina at my mom's", "dairy wheat", ""),  # why: thickened with milk-soaked bread, evaporated milk and cheese
    ("meal", "causa limeña de pollo (papa amarilla, ají, mayo, palta)", "", "soy sugar"),
    ("meal", "chicha morada homemade, just a little sugar", "corn sugar", ""),
    ("meal", "papa a la huancaína as starter", "dairy", "wheat"),
    ("meal", "anticuchos de corazón with choclo and papa", "corn", ""),
    ("meal", "chifa night: arroz chaufa de pollo", "soy wheat", "corn"),
    ("meal", "pan con chicharrón for breakfast, camote frito and salsa criolla", "wheat", ""),
    ("meal", "quinoa con leche de almendras y canela, no sugar", "", ""),
    ("meal", "inca kola zero with lunch (sorry!) and tallarines verdes", "wheat dairy", ""),
    ("meal", "picarones con miel de chancaca in Miraflores", "wheat sugar", "corn soy"),
    ("meal", "tiradito de lenguado, no corn please", "", ""),
    ("meal", "juane: arroz, pollo, huevo y aceituna en hoja de bijao", "", ""),
    ("meal", "seco de res con frejoles y arroz", "", "wheat corn"),  # why: often braised with beer or chicha de jora
    ("meal", "suspiro a la limeña, just a few spoons", "dairy sugar", ""),
    ("meal", "pollo a la brasa 1/4 with salad only, no fries, no cremas", "", "soy wheat"),  # why: marinade often includes soy sauce
    ("label", "Gloria Leche Evaporada Entera. Ingredientes: leche fresca entera, estabilizantes (carragenina, fosfato disódico), vitaminas A y D.", "dairy", ""),
    ("label", "Inca Kola. Ingredientes: agua carbonatada, azúcar, acidulante (ácido cítrico), saborizante, colorante amarillo (tartrazina), conservante (benzoato de sodio).", "sugar", "corn"),
    ("label", "Galletas Soda Field. Ingredientes: harina de trigo fortificada, manteca vegetal, sal, levadura, bicarbonato de sodio, extracto de malta. Contiene gluten. Puede contener trazas de leche y soya.", "wheat", "corn soy dairy"),
    ("label", "Sublime Clásico. Chocolate con leche y maní. Ingredientes: azúcar, maní, manteca de cacao, leche entera en polvo, pasta de cacao, lactosuero en polvo, emulsionante (lecitina de soya), vainillina.", "sugar dairy soy", ""),  # why: manteca de cacao is cocoa butter (not dairy) but milk powder is listed
    ("label", "Pasta de ají amarillo Wong. Ingredientes: ají amarillo, agua, aceite vegetal, sal, ácido cítrico.", "", "corn soy"),
    ("label", "Quinua Perlada Costeño. Ingredientes: quinua.", "", ""),
    ("label", "Mayonesa Alacena. Ingredientes: aceite vegetal de soya, agua, huevo, vinagre, azúcar, sal, almidón modificado, jugo de limón, mostaza, EDTA cálcico disódico.", "soy sugar", "wheat corn"),
    ("label", "Panetón D'Onofrio. Ingredientes: harina de trigo, azúcar, fruta confitada (papaya, azúcar, jarabe de glucosa, ácido cítrico), pasas, margarina, huevo, leche en polvo, mantequilla, levadura, emulsificantes (mono y diglicéridos, lecitina de soya), sal, saborizantes.", "wheat sugar dairy soy", "corn"),
    ("label", "Maíz Morado seco para chicha. Producto: mazorcas de maíz morado. 100% natural.", "corn", ""),
    ("label", "Sillao Kikko, salsa de soya. Ingredientes: agua, frijol de soya, trigo, sal, colorante caramelo, benzoato de sodio.", "soy wheat", "corn"),
]

# --- Martín, Buenos Aires: rioplatense Spanish, voseo, mate ---
BLIND10_CASES += [
    ("meal", "mate amargo toda la mañana y dos medialunas de manteca", "wheat dairy sugar", ""),
    ("meal", "asado del domingo: vacío, chorizo y morcilla, ensalada mixta y chimichurri", "", "corn soy wheat"),  # why: sausages may carry fillers; morcilla sometimes has bread
    ("meal", "milanesa napolitana con puré", "wheat dairy", ""),
    ("meal", "3 empanadas de carne al horno", "wheat", ""),
    ("meal", "fainá sola, sin pizza arriba", "", ""),  # why: fainá is chickpea flour
    ("meal", "provoleta con orégano y una copa de malbec", "dairy", ""),
    ("meal", "ñoquis del 29 con tuco", "wheat", "dairy sugar"),
    ("meal", "un alfajor havanna de dulce de leche, no me pude resistir", "wheat dairy sugar", ""),
    ("meal", "tostado de jamón y queso en pan de miga y un cortado", "wheat dairy", "corn soy sugar"),
    ("meal", "locro del 25 de mayo", "corn", "soy"),
    ("meal", "ensalada de rúcula, tomate y palta con aceite de oliva y limón", "", ""),
    ("meal", "flan casero con dulce de leche", "dairy sugar", ""),
    ("meal", "humita en chala en salta", "corn", "dairy sugar"),
    ("meal", "choripán con chimi en la costanera", "wheat", "corn soy"),
    ("meal", "mate cocido con leche descremada y 2 tostadas de pan integral con queso crema light", "dairy wheat", ""),
    ("meal", "pollo al horno con papas y batata", "", ""),
    ("meal", "bife de chorizo con ensalada criolla", "", ""),  # why: bife de chorizo is a sirloin steak, not sausage
    ("label", "Dulce de Leche La Serenísima Clásico. Ingredientes: leche entera, azúcar, jarabe de glucosa, bicarbonato de sodio, aromatizante (vainillina). Sin TACC.", "dairy sugar", "corn"),
    ("label", "Galletitas Criollitas. Ingredientes: harina de trigo enriquecida, grasa vacuna, extracto de malta, sal, azúcar, levadura, bicarbonato de sodio. Contiene gluten.", "wheat sugar", ""),
    ("label", "Yerba Mate Taragüí con palo. Ingredientes: yerba mate elaborada con palo.", "", ""),
    ("label", "Alfajor Jorgito Negro. Ingredientes: dulce de leche (leche, azúcar, jarabe de glucosa, bicarbonato), harina de trigo enriquecida, azúcar, baño de repostería sabor chocolate (azúcar, grasa vegetal, cacao, leche en polvo, lecitina de soja), jarabe de maíz de alta fructosa, huevo, sal, leudantes. Contiene gluten.", "wheat dairy sugar soy corn", ""),
    ("label", "Queso Crema Casancrem Clásico. Ingredientes: leche entera, crema, sal, fermentos lácticos, espesantes (goma guar, goma garrofín). Sin TACC.", "dairy", ""),
    ("label", "Fideos Matarazzo Tallarín. Ingredientes: sémola de trigo candeal, hierro, ácido fólico.", "wheat", ""),
    ("label", "Mayonesa Hellmann's Clásica. Ingredientes: aceite de girasol, agua, huevo, vinagre, azúcar, sal, jugo de limón, almidón modificado, mostaza, secuestrante EDTA cálcico disódico.", "sugar", "wheat corn"),
    ("label", "Tapas para empanadas La Salteña Hojaldre. Ingredientes: harina de trigo enriquecida, agua, margarina (grasa vegetal, agua, sal, emulsionante lecitina de soja), sal, alcohol etílico, conservante sorbato de potasio.", "wheat soy", "corn"),
    ("label", "Premezcla Sin TACC para pizza Dimax. Ingredientes: almidón de maíz, harina de arroz, fécula de mandioca, leche en polvo, goma xántica, sal. Libre de gluten.", "corn dairy", ""),
    ("label", "Aceite de girasol Natura. 100% aceite de girasol refinado.", "", ""),
]

# --- Carmen, Sevilla: Spanish, tapas, Mercadona/Hacendado ---
BLIND10_CASES += [
    ("meal", "tostada con tomate y aceite de oliva, café con leche", "wheat dairy", ""),
    ("meal", "tortilla de patatas, ensalada y pan", "wheat", ""),
    ("meal", "tortilla de patatas sin cebolla y ensalada, hoy sin pan", "", ""),  # why: Spanish tortilla is egg and potato, not a flour tortilla
    ("meal", "gazpacho casero (lo hago sin pan) y unas lonchas de jamón ibérico", "", ""),
    ("meal", "salmorejo con huevo duro y taquitos de jamón", "wheat", ""),  # why: salmorejo is bread-thickened
    ("meal", "paella de marisco en la playa con una clara", "", "wheat sugar"),  # why: una clara = shandy, beer (malt) with sweet lemon soda
    ("meal", "churros con chocolate en la chocolatería de siempre", "wheat sugar", "dairy corn soy"),
    ("meal", "croquetas de jamón (6) de tapa y una caña", "wheat dairy", ""),
    ("meal", "espinacas con garbanzos", "", "wheat"),  # why: traditionally thickened with fried bread
    ("meal", "pescaíto frito en Cádiz, boquerones y cazón en adobo", "wheat", ""),
    ("meal", "pisto manchego con huevo frito", "", "sugar"),
    ("meal", "cola cao con leche de avena", "sugar wheat", ""),  # why: Cola Cao contains wheat and malted barley flour; oat milk is not dairy
    ("meal", "lentejas con chorizo de mi abuela", "", "dairy corn soy sugar"),  # why: Spanish chorizo often has lactose, dextrose, soy protein
    ("meal", "yogur griego natural con nueces y miel", "dairy", "sugar"),
    ("meal", "bocadillo de calamares en la plaza mayor", "wheat", ""),
    ("meal", "pulpo a la gallega con cachelos", "", ""),
    ("meal", "huevos rotos con patatas y jamón", "", ""),
    ("meal", "horchata de chufa bien fresquita en valencia", "sugar", ""),
    ("meal", "ensalada de tomate con ventresca y cebolleta", "", ""),
    ("meal", "me corrijo: el café de esta mañana fue con leche sin lactosa, no con bebida de almendra", "dairy", ""),  # why: lactose-free milk is still dairy
    ("label", "Cola Cao Original. Ingredientes: azúcar, cacao desgrasado soluble (18%), harina de trigo y de cebada malteada, sales minerales (carbonato cálcico, fosfato de magnesio), sal, aroma de vainilla. Contiene gluten.", "sugar wheat", ""),
    ("label", "Pan de molde Bimbo Sin Corteza. Ingredientes: harina de trigo, agua, azúcar, aceite de girasol, levadura, gluten de trigo, sal, harina de soja, vinagre, emulgentes (E-471, E-481), conservador (E-282). Puede contener trazas de sésamo.", "wheat sugar soy", ""),
    ("label", "Chorizo Pamplona ElPozo. Ingredientes: magro y tocino de cerdo, sal, pimentón, dextrosa, lactosa, proteína de soja, ajo, antioxidantes (E-316, E-301), conservadores (E-252, E-250), colorante (E-120).", "sugar dairy soy", "corn"),
    ("label", "Galletas María Fontaneda. Ingredientes: harina de trigo, azúcar, aceite de girasol, jarabe de glucosa y fructosa, gasificantes, sal, emulgente (lecitina de soja), aroma. Puede contener trazas de leche y huevo.", "wheat sugar soy", "corn dairy"),
    ("label", "Gazpacho Alvalle Original. Ingredientes: tomate (82%), pimiento, pepino, aceite de oliva virgen extra (3%), cebolla, vinagre de vino, sal, ajo. Sin gluten.", "", ""),
    ("label", "Nocilla Original. Ingredientes: azúcar, aceites vegetales (girasol, palma), avellanas (13%), leche desnatada en polvo, cacao desgrasado, suero de leche en polvo, emulgente (lecitina de soja), aroma.", "sugar dairy soy", ""),
    ("label", "Bebida de avena Hacendado sin azúcares añadidos. Ingredientes: agua, avena (10%), aceite de girasol, sal, estabilizante (goma gellan). Contiene azúcares naturalmente presentes. Puede contener trazas de gluten.", "", "wheat"),
    ("label", "Turrón de Jijona Delaviuda. Ingredientes: almendra tostada (64%), miel (10%), azúcar, clara de huevo.", "sugar", ""),
    ("label", "Aceitunas rellenas de anchoa La Española. Ingredientes: aceitunas, pasta de anchoa (anchoa, sal, espesante: alginato sódico, goma guar), agua, sal, acidulante (ácido cítrico), antioxidante (ácido ascórbico).", "", "corn"),
    ("label", "Patatas fritas Lay's Campesinas. Ingredientes: patatas, aceite de girasol, sazonador (dextrosa, sal, cebolla en polvo, ajo en polvo, potenciador del sabor glutamato monosódico, lactosa, aromas, pimentón).", "sugar dairy", "corn"),
    ("label", "Harina de trigo de fuerza Hacendado. Ingredientes: harina de trigo. Contiene gluten.", "wheat", ""),
    ("label", "Tortitas de maíz Hacendado. Ingredientes: maíz (98%), sal. Puede contener trazas de sésamo.", "corn", ""),
]

# --- João, Porto/Lisboa: European Portuguese ---
BLIND10_CASES += [
    ("meal", "pequeno-almoço: pão com manteiga e um galão", "wheat dairy", ""),
    ("meal", "bacalhau à brás com azeitonas pretas", "", ""),
    ("meal", "caldo verde e uma fatia de broa de milho", "corn", "wheat"),  # why: broa is cornmeal usually mixed with wheat or rye flour
    ("meal", "pastel de nata e uma bica", "wheat dairy sugar", ""),
    ("meal", "francesinha no porto com batatas fritas", "wheat dairy", "corn soy sugar"),
    ("meal", "sardinhas assadas com salada de pimentos e batata cozida", "", ""),
    ("meal", "arroz de pato com chouriço", "", "corn soy"),
    ("meal", "bifana no pão com mostarda", "wheat", ""),
    ("meal", "sopa de legumes e fruta (pera rocha)", "", ""),
    ("meal", "polvo à lagareiro com batatas a murro", "", ""),
    ("meal", "tosta mista e sumo de laranja natural", "wheat dairy", ""),
    ("meal", "cozido à portuguesa mas sem a farinheira", "", "corn soy"),  # why: farinheira (wheat) removed; other enchidos may have fillers
    ("meal", "iogurte grego natural com morangos", "dairy", ""),
    ("meal", "bolo de arroz e meia de leite no café", "wheat sugar dairy", ""),  # why: bolo de arroz is mostly wheat flour despite the name
    ("meal", "grelhada mista de peixe, arroz branco e salada", "", ""),
    ("label", "Pão de Forma Integral Continente. Ingredientes: farinha de trigo integral (45%), água, farinha de trigo, glúten de trigo, açúcar, óleo de girassol, levedura, sal, emulsionante (E472e), conservante (E282). Contém glúten.", "wheat sugar", ""),
    ("label", "Leite Mimosa Meio Gordo UHT. Ingredientes: leite de vaca meio gordo.", "dairy", ""),
    ("label", "Bolacha Maria Vieira. Ingredientes: farinha de trigo, açúcar, gordura vegetal (palma), xarope de glucose-frutose, levedantes (carbonatos de amónio e sódio), sal, emulsionante (lecitina de soja), aroma. Pode conter vestígios de leite.", "wheat sugar soy", "corn dairy"),
    ("label", "Bebida de soja Alpro Original. Ingredientes: água, soja descascada (8,7%), açúcar, carbonato de cálcio, regulador de acidez (fosfatos de potássio), sal marinho, estabilizante (goma gelana), vitaminas (B2, B12, D2).", "soy sugar", ""),
    ("label", "Atum Bom Petisco em azeite. Ingredientes: atum, azeite, sal.", "", ""),
    ("label", "Salsichas tipo Frankfurt Nobre. Ingredientes: carne de aves, água, gordura de porco, amido, proteína de soja, sal, dextrose, especiarias, estabilizantes (E450, E451), antioxidante (E316), conservante (E250), aromas.", "soy sugar", "wheat corn"),
    ("label", "Compal Essencial Laranja. 100% laranja. Sem açúcares adicionados.", "", ""),
    ("label", "Broa de Avintes. Ingredientes: farinha de milho, farinha de centeio, água, sal, fermento.", "corn", "wheat"),  # why: rye is not a tracked group; rye flour may carry wheat
    ("label", "Queijo Flamengo fatiado Continente. Ingredientes: leite pasteurizado de vaca, sal, fermentos lácticos, coalho, estabilizante (cloreto de cálcio), corante (anato).", "dairy", ""),
]

# --- Beatriz, São Paulo: Brazilian Portuguese with some English ---
BLIND10_CASES += [
    ("meal", "cafe da manha: pao frances na chapa com manteiga e cafe com leite", "wheat dairy", ""),
    ("meal", "pão de queijo (3) e cafezinho sem açúcar", "dairy", ""),  # why: pão de queijo is cassava starch and cheese, no wheat
    ("meal", "almoço PF: arroz, feijão, bife acebolado, farofa e salada", "", "dairy corn soy"),
    ("meal", "feijoada completa no sábado com couve, laranja e farofa", "", "dairy corn soy"),
    ("meal", "açaí na tigela with granola and banana", "", "wheat sugar"),
    ("meal", "tapioca com queijo coalho e coco ralado", "dairy", ""),
    ("meal", "coxinha de frango na padaria", "wheat", "dairy corn soy"),
    ("meal", "2 brigadeiros no aniversário da firma", "dairy sugar", ""),
    ("meal", "pastel de feira de carne + caldo de cana", "wheat sugar", "corn soy"),
    ("meal", "moqueca baiana com arroz branco", "", ""),  # why: coconut milk and dendê, no dairy
    ("meal", "guaraná antarctica zero e um misto quente", "wheat dairy", "corn soy sugar"),
    ("meal", "salada de frutas sem leite condensado", "", ""),
    ("meal", "pamonha doce na estrada", "corn sugar", "dairy"),
    ("meal", "cuscuz nordestino com ovo e manteiga", "corn dairy", ""),  # why: cuscuz nordestino is steamed corn flakes, not wheat couscous
    ("meal", "escondidinho de carne seca com aipim", "", "dairy"),
    ("meal", "picanha, vinagrete e mandioca frita", "", "corn soy"),
    ("meal", "vitamina de abacate com leite e açúcar", "dairy sugar", ""),
    ("meal", "strogonoff de frango com arroz e batata palha", "dairy", "soy corn sugar"),
    ("meal", "peixe grelhado, arroz integral, brócolis e suco de maracujá sem açúcar", "", ""),
    ("label", "Leite Condensado Moça Nestlé. Ingredientes: leite integral, açúcar e lactose. ALÉRGICOS: CONTÉM LEITE E DERIVADOS. CONTÉM LACTOSE. NÃO CONTÉM GLÚTEN.", "dairy sugar", ""),
    ("label", "Biscoito Recheado Trakinas Chocolate. Ingredientes: farinha de trigo enriquecida com ferro e ácido fólico, açúcar, gordura vegetal, amido, cacau em pó, açúcar invertido, sal, fermentos químicos, emulsificante lecitina de soja, aromatizantes. ALÉRGICOS: CONTÉM TRIGO E SOJA. PODE CONTER LEITE. CONTÉM GLÚTEN.", "wheat sugar soy", "dairy corn"),
    ("label", "Requeijão Cremoso Catupiry Original. Ingredientes: leite, creme de leite, massa coalhada, sal, cloreto de cálcio, fermento lácteo. CONTÉM LACTOSE. NÃO CONTÉM GLÚTEN.", "dairy", ""),
    ("label", "Guaraná Antarctica. Ingredientes: água gaseificada, açúcar, extrato de semente de guaraná, acidulante ácido cítrico, aromatizante, conservadores benzoato de sódio e sorbato de potássio, corante caramelo IV.", "sugar", "corn"),
    ("label", "Farofa Pronta Yoki Tradicional. Ingredientes: farinha de mandioca torrada, gordura vegetal, sal, cebola, alho, realçador de sabor glutamato monossódico, corante natural urucum, aromatizantes. NÃO CONTÉM GLÚTEN.", "", "corn soy"),
    ("label", "Mistura para Pão de Queijo Yoki. Ingredientes: fécula de mandioca, polvilho azedo, queijo em pó, sal, gordura vegetal, estabilizante goma xantana. ALÉRGICOS: CONTÉM LEITE E DERIVADOS. NÃO CONTÉM GLÚTEN.", "dairy", "corn soy"),
    ("label", "Flocão de Milho Sinhá. Ingredientes: milho, ferro e ácido fólico. NÃO CONTÉM GLÚTEN.", "corn", ""),
    ("label", "Toddynho. Ingredientes: leite semidesnatado, açúcar, cacau em pó, estabilizantes carragena e fosfato dissódico, aromatizante, vitaminas, emulsificante lecitina de soja. CONTÉM LACTOSE.", "dairy sugar soy", ""),
    ("label", "Macarrão Instantâneo Nissin Miojo Galinha Caipira. Ingredientes: farinha de trigo enriquecida com ferro e ácido fólico, gordura vegetal de palma, sal, estabilizantes. Tempero: sal, realçador de sabor glutamato monossódico, açúcar, amido, gordura de frango, cebola, alho, proteína vegetal hidrolisada de soja e milho, corante caramelo. ALÉRGICOS: CONTÉM TRIGO, SOJA E DERIVADOS DE LEITE. CONTÉM GLÚTEN.", "wheat sugar soy corn dairy", ""),
    ("label", "Goma de Tapioca hidratada Da Terrinha. Ingredientes: fécula de mandioca hidratada. NÃO CONTÉM GLÚTEN.", "", ""),
    ("label", "Bisnaguinha Seven Boys. Ingredientes: farinha de trigo enriquecida, açúcar, gordura vegetal, açúcar invertido, ovo, leite em pó, sal, fermento biológico, emulsificantes (lecitina de soja, polisorbato 80), conservador propionato de cálcio. ALÉRGICOS: CONTÉM TRIGO, OVO, LEITE E SOJA.", "wheat sugar dairy soy", "corn"),
]

# --- Camille, Lyon: French, some English ---
BLIND10_CASES += [
    ("meal", "p'tit déj: tartine de pain de campagne, beurre demi-sel et confiture, café noir", "wheat dairy sugar", ""),
    ("meal", "croissant et café crème au comptoir", "wheat dairy", "sugar"),
    ("meal", "galette complète à la crêperie (blé noir, oeuf, jambon, emmental)", "dairy", "wheat"),  # why: blé noir = buckwheat, not wheat, but crêperies may cut the batter with wheat flour
    ("meal", "galette 100% sarrasin, oeuf et champignons, sans fromage, cuite à l'huile", "", ""),
    ("meal", "quiche lorraine et salade verte", "wheat dairy", ""),
    ("meal", "ratatouille et riz basmati", "", ""),
    ("meal", "steak frites sauce au poivre vert", "dairy", ""),  # why: peppercorn sauce is cream-based; poivre is not corn
    ("meal", "salade niçoise sans pain", "", ""),
    ("meal", "croque-monsieur à la brasserie", "wheat dairy", ""),
    ("meal", "soupe à l'oignon gratinée", "wheat dairy", ""),
    ("meal", "yaourt nature et une pomme", "dairy", ""),
    ("meal", "poulet rôti, haricots verts, pommes de terre vapeur", "", ""),
    ("meal", "pain au chocolat... oups j'ai craqué", "wheat dairy sugar", ""),
    ("meal", "tartiflette au ski avec les copains", "dairy", ""),
    ("meal", "taboulé libanais maison (boulgour, persil, tomate, menthe)", "wheat", ""),
    ("meal", "couscous royal chez Mourad", "wheat", "corn soy"),
    ("meal", "moules marinières sans frites", "", "dairy"),
    ("meal", "café au lait d'avoine et une banane", "", ""),
    ("meal", "confit de canard et pommes sarladaises", "", ""),
    ("meal", "crème brûlée en dessert, tant pis", "dairy sugar", ""),
    ("meal", "soupe de légumes maison sans crème, et une clémentine", "", ""),
    ("label", "Nutella. Ingrédients: sucre, huile de palme, noisettes 13%, cacao maigre 7,4%, lait écrémé en poudre 6,6%, lactosérum en poudre, émulsifiants: lécithines [soja], vanilline.", "sugar dairy soy", ""),
    ("label", "LU Le Petit Beurre. Ingrédients: farine de blé 68%, sucre, beurre pâtissier 13,6%, lait écrémé en poudre, sel, poudres à lever (carbonates d'ammonium et de sodium, acide citrique), arôme. Peut contenir œuf, soja et sésame.", "wheat sugar dairy", "corn soy"),
    ("label", "Galettes de blé noir bretonnes. Ingrédients: farine de sarrasin 98%, eau, sel de Guérande. Fabriqué dans un atelier utilisant du gluten.", "", "wheat"),  # why: sarrasin/blé noir is buckwheat
    ("label", "Harrys Pain de Mie 100% Mie Nature. Ingrédients: farine de blé, eau, sucre, huile de colza, levure, gluten de blé, sel, conservateur: propionate de calcium, émulsifiant: mono- et diglycérides d'acides gras, farine de fève, agent de traitement de la farine: acide ascorbique.", "wheat sugar", ""),
    ("label", "Activia Nature. Ingrédients: lait entier, lait écrémé concentré ou en poudre, ferments lactiques (dont Bifidobacterium).", "dairy", ""),
    ("label", "Bonne Maman Confiture Fraises. Ingrédients: fraises, sucre de canne, sucre, jus concentré de citron, gélifiant: pectines de fruits.", "sugar", ""),
    ("label", "Président Beurre Doux. Ingrédients: crème pasteurisée (lait).", "dairy", ""),
    ("label", "Alpro Soja Nature Sans Sucres. Ingrédients: eau, fèves de soja décortiquées (8%), correcteur d'acidité (citrates de potassium), carbonate de calcium, sel de mer, stabilisant (gomme gellane), vitamines (riboflavine, B12, D2).", "soy", ""),
    ("label", "Knorr Bouillon Cube Volaille. Ingrédients: sel, graisse de palme, exhausteurs de goût (glutamate monosodique, inosinate disodique), amidon de maïs, sucre, arômes (contient blé), graisse de poulet, extrait de levure, curcuma, persil. Peut contenir: céleri, lait, œuf, moutarde.", "corn sugar wheat", "dairy"),
    ("label", "Blédina Petit Pot Légumes du Soleil, dès 6 mois. Ingrédients: légumes 90% (carottes, tomates, courgettes, aubergines), eau, huile de colza, amidon de maïs.", "corn", ""),
    ("label", "Haribo Tagada Pink. Ingrédients: sirop de glucose, sucre, dextrose, gélatine, acidifiant: acide citrique, arômes, colorants: anthocyanes, extrait de paprika.", "sugar", "corn"),
    ("label", "Comté AOP 12 mois. Ingrédients: lait cru de vache, sel, présure, ferments lactiques.", "dairy", ""),
    ("label", "Tofu nature bio Bjorg. Ingrédients: eau, graines de soja* 41%, agent de coagulation: chlorure de magnésium. *bio.", "soy", ""),
]

# --- Giulia, Bologna/Napoli: Italian with English ---
BLIND10_CASES += [
    ("meal", "colazione: cornetto alla crema e cappuccino al bar", "wheat dairy sugar", ""),
    ("meal", "pranzo: spaghetti aglio olio e peperoncino", "wheat", ""),
    ("meal", "risotto ai funghi porcini", "", "dairy"),  # why: usually finished with butter and parmigiano
    ("meal", "pizza margherita da Sorbillo, tutta", "wheat dairy", ""),
    ("meal", "polenta con funghi e salsiccia", "corn", "dairy sugar"),
    ("meal", "insalata caprese con basilico e olio", "dairy", ""),
    ("meal", "pasta e fagioli della nonna", "wheat", ""),
    ("meal", "farinata di ceci a Genova, calda calda", "", ""),
    ("meal", "pizzoccheri valtellinesi", "wheat dairy", ""),  # why: buckwheat + wheat flour pasta, with butter and casera
    ("meal", "espresso e un bicchiere di acqua frizzante", "", ""),
    ("meal", "panna cotta ai frutti di bosco", "dairy sugar", ""),
    ("meal", "tiramisù della nonna, one small piece", "dairy sugar wheat", ""),
    ("meal", "2 arancini al ragù in stazione a Palermo", "wheat", "dairy corn soy"),
    ("meal", "insalata di farro con pomodorini e feta", "wheat dairy", ""),
    ("meal", "gnocchi di patate al pomodoro, senza parmigiano", "wheat", ""),
    ("meal", "bresaola, rucola e scaglie di grana", "dairy", ""),
    ("meal", "orata al forno con patate e zucchine", "", ""),
    ("meal", "gelato al pistacchio dopo cena", "dairy sugar", ""),
    ("meal", "spremuta d'arancia e yogurt di soia", "soy", "sugar"),
    ("meal", "ribollita toscana", "wheat", ""),
    ("meal", "pasta di riso con pesto senza formaggio (lo faccio io)", "", ""),
    ("label", "Barilla Spaghetti n.5. Ingredienti: semola di grano duro, acqua. Può contenere soia e senape.", "wheat", "soy"),
    ("label", "Mulino Bianco Macine. Ingredienti: farina di frumento, zucchero, olio di semi di girasole, panna (latte) 8%, uova fresche, amido di frumento, latte scremato in polvere, agenti lievitanti (carbonato acido d'ammonio, carbonato acido di sodio), sale, aroma. Può contenere soia.", "wheat sugar dairy", "soy"),
    ("label", "Galbani Mozzarella Santa Lucia. Ingredienti: latte, sale, caglio, correttore di acidità: acido citrico.", "dairy", "corn"),
    ("label", "Nutella Ferrero. Ingredienti: zucchero, olio di palma, nocciole (13%), latte scremato in polvere (8,7%), cacao magro (7,4%), emulsionanti: lecitine [soia], vanillina.", "sugar dairy soy", ""),
    ("label", "Polenta Valsugana Istantanea. Ingredienti: farina di mais precotta. Senza glutine.", "corn", ""),
    ("label", "Pasta di grano saraceno integrale Felicia. Ingredienti: farina integrale di grano saraceno. Senza glutine.", "", ""),  # why: grano saraceno = buckwheat
    ("label", "Pan di Stelle Mulino Bianco. Ingredienti: farina di frumento, zucchero, olio di girasole, cacao magro in polvere, farina di frumento integrale, miele, nocciole, latte scremato in polvere, sale, agenti lievitanti, aroma naturale di vaniglia. Può contenere soia e uova.", "wheat sugar dairy", "soy"),
    ("label", "Passata di pomodoro Mutti. Ingredienti: pomodoro, sale.", "", ""),
    ("label", "Pavesini. Ingredienti: farina di frumento, zucchero, uova, sciroppo di glucosio-fruttosio, agenti lievitanti, latte scremato in polvere, aromi, sale. Può contenere soia.", "wheat sugar dairy", "corn soy"),
    ("label", "Prosciutto cotto Rovagnati Gran Biscotto. Ingredienti: coscia di suino, sale, destrosio, aromi naturali, antiossidante: ascorbato di sodio, conservante: nitrito di sodio. Senza glutine. Senza lattosio.", "sugar", "corn"),
    ("label", "Grana Padano DOP. Ingredienti: latte, sale, caglio, conservante: lisozima da uovo.", "dairy", ""),
    ("label", "Bevanda di riso bio Isola Bio. Ingredienti: acqua, riso* (17%), olio di semi di girasole*, sale marino. *biologico. Senza zuccheri aggiunti. Contiene naturalmente zuccheri.", "", ""),
    ("label", "Grissini torinesi Rubatà. Ingredienti: farina di grano tenero tipo 0, acqua, olio extravergine di oliva 6%, lievito, sale, malto d'orzo.", "wheat", ""),
]

# --- Jonas, Berlin/München: German, some English ---
BLIND10_CASES += [
    ("meal", "Frühstück: 2 Brötchen mit Butter und Marmelade, Kaffee schwarz", "wheat dairy sugar", ""),
    ("meal", "Müsli aus Haferflocken, Apfel und Hafermilch, ohne Zucker", "", "wheat"),
    ("meal", "Currywurst mit Pommes rot-weiß am Imbiss", "sugar", "corn soy"),
    ("meal", "Wiener Schnitzel mit Kartoffelsalat", "wheat", "dairy sugar"),
    ("meal", "Käsespätzle mit Röstzwiebeln", "wheat dairy", ""),
    ("meal", "Leberkässemmel mit süßem Senf", "wheat sugar", "dairy corn soy"),
    ("meal", "Sauerbraten mit Rotkohl und Klößen bei Oma", "", "wheat sugar"),
    ("meal", "Brezn mit Obatzda und ein Weißbier", "wheat dairy", ""),  # why: Weißbier is brewed with wheat
    ("meal", "Gemüsepfanne mit Tofu und Reis, bisschen Sojasauce", "soy wheat", ""),
    ("meal", "nur Obst und eine Handvoll Nüsse heute mittag", "", ""),
    ("meal", "Bratkartoffeln mit Spiegelei, in Rapsöl gebraten", "", ""),
    ("meal", "Dinkelbrot mit Avocado und Salz", "wheat", ""),  # why: Dinkel = spelt, a kind of wheat
    ("meal", "Buchweizenpfannkuchen mit Beeren, ohne Mehl, mit Wasser statt Milch", "", ""),
    ("meal", "Döner mit allem und scharf", "wheat dairy", "soy corn"),
    ("meal", "Kartoffelsuppe mit Wienerle", "", "dairy"),
    ("meal", "Magerquark mit Leinöl und Pellkartoffeln", "dairy", ""),
    ("meal", "Rote Grütze mit Vanillesoße", "sugar dairy", "corn"),
    ("meal", "Latte Macchiato mit Hafermilch statt Kuhmilch und ein Croissant", "wheat dairy", "sugar"),  # why: the croissant still has butter
    ("meal", "Matjes mit Pellkartoffeln und grünen Bohnen", "", ""),
    ("meal", "korrektur: das Brot gestern war Roggenvollkorn, kein Weizen", "", "wheat"),
    ("label", "Milka Alpenmilch. Zutaten: Zucker, Kakaobutter, Magermilchpulver, Kakaomasse, Süßmolkenpulver, Butterreinfett, Haselnussmasse, Emulgator (Sojalecithine), Aroma. Kann andere Nüsse und Weizen enthalten.", "sugar dairy soy", "wheat"),
    ("label", "Haribo Goldbären. Zutaten: Glukosesirup, Zucker, Gelatine, Dextrose, Fruchtsaft aus Fruchtsaftkonzentrat, Säuerungsmittel: Citronensäure, Frucht- und Pflanzenkonzentrate, Aroma, Überzugsmittel: Bienenwachs weiß und gelb, Carnaubawachs.", "sugar", "corn"),
    ("label", "Harry Vollkorn Toast. Zutaten: Weizenvollkornmehl (60%), Wasser, Weizenmehl, Zucker, Hefe, Rapsöl, Speisesalz, Sauerteig (Roggenvollkornmehl, Wasser), Weizengluten, Emulgator: Mono- und Diacetylweinsäureester von Mono- und Diglyceriden von Speisefettsäuren, Konservierungsstoff: Calciumpropionat.", "wheat sugar", ""),
    ("label", "Müller Milchreis Klassik. Zutaten: Vollmilch, Reis (9%), Zucker, modifizierte Stärke, Verdickungsmittel: Carrageen.", "dairy sugar", "wheat corn"),
    ("label", "Alnatura Dinkel Vollkorn Spirelli. Zutaten: Dinkelvollkorngrieß*. *aus biologischer Landwirtschaft.", "wheat", ""),
    ("label", "Kölln Blütenzarte Köllnflocken. Zutaten: 100% Vollkorn-Haferflocken. Kann Spuren von Gluten enthalten.", "", "wheat"),
    ("label", "Oatly Haferdrink Barista Edition. Zutaten: Wasser, Hafer 10%, Rapsöl, Säureregulator (Dikaliumphosphat), Calciumcarbonat, Tricalciumphosphat, Speisesalz, Vitamine (D2, Riboflavin, B12).", "", ""),
    ("label", "Rügenwalder Mühle Vegane Mühlen Frikadellen. Zutaten: Wasser, Sojaproteinkonzentrat (14%), Rapsöl, Weizeneiweiß, Zwiebeln, Paniermehl (Weizenmehl, Salz, Hefe), Gewürze, Dextrose, Verdickungsmittel: Methylcellulose, Speisesalz, Aroma.", "soy wheat sugar", "corn"),
    ("label", "Maggi Würze. Zutaten: Wasser, Speisesalz, Weizenprotein hydrolysiert, Aroma, Geschmacksverstärker (Mononatriumglutamat, Dinatriuminosinat), Zucker, Säuerungsmittel Milchsäure.", "wheat sugar", ""),
    ("label", "Ehrmann High Protein Pudding Schoko. Zutaten: Magermilch, Milcheiweißkonzentrat, Kakao, modifizierte Stärke, Verdickungsmittel Carrageen, Süßungsmittel (Sucralose, Acesulfam K), Aroma. Ohne Zuckerzusatz, enthält von Natur aus Zucker.", "dairy", "wheat corn"),
    ("label", "Dr. Oetker Ristorante Pizza Mozzarella. Zutaten: Weizenmehl, Tomatenpüree, Mozzarella (17%), Wasser, Edamer, Rapsöl, Hefe, Zucker, Speisesalz, modifizierte Stärke, Gewürze, Basilikum. Kann Spuren von Soja, Ei und Senf enthalten.", "wheat dairy sugar", "corn soy"),
    ("label", "Seeberger Buchweizen geschält. Zutaten: Buchweizen. Kann Spuren von Weizen enthalten.", "", "wheat"),
    ("label", "Mondamin Speisestärke. Zutaten: Maisstärke.", "corn", ""),
]

# --- Agnieszka, Kraków: Polish ---
BLIND10_CASES += [
    ("meal", "śniadanie: kanapki z chlebem żytnim, masłem i twarożkiem ze szczypiorkiem", "dairy", "wheat"),
    ("meal", "pierogi ruskie (10) z cebulką", "wheat dairy", ""),
    ("meal", "żurek z jajkiem i białą kiełbasą", "", "wheat dairy corn soy"),
    ("meal", "bigos mamy z kawałkiem chleba", "wheat", "corn soy"),
    ("meal", "kasza gryczana z kotletem schabowym i mizerią", "wheat dairy", ""),  # why: buckwheat is fine, but schabowy is breaded and mizeria has sour cream
    ("meal", "kasza gryczana z warzywami na oliwie", "", ""),
    ("meal", "rosół z makaronem w niedzielę", "wheat", ""),
    ("meal", "placki ziemniaczane ze śmietaną", "dairy", "wheat"),
    ("meal", "barszcz czerwony z uszkami na wigilię", "wheat", "sugar"),
    ("meal", "kefir i jabłko", "dairy", ""),
    ("meal", "owsianka na napoju owsianym z borówkami, bez cukru", "", "wheat"),
    ("meal", "gołąbki w sosie pomidorowym", "", "dairy wheat"),
    ("meal", "pączek z różą w tłusty czwartek :(", "wheat sugar", "dairy"),
    ("meal", "kasza jaglana z jabłkiem i cynamonem", "", ""),
    ("meal", "zapiekanka na Kazimierzu z pieczarkami, serem i ketchupem", "wheat dairy sugar", ""),
    ("meal", "ryba po grecku", "wheat", "sugar"),
    ("meal", "kasza manna na mleku dla dziecka i dla mnie", "wheat dairy", ""),  # why: kasza manna is wheat semolina
    ("meal", "sałatka jarzynowa z majonezem kieleckim", "", "corn sugar"),
    ("meal", "pstrąg z grilla, ziemniaki z koperkiem i surówka z marchewki", "", ""),
    ("label", "Ptasie Mleczko Wedel waniliowe. Składniki: cukier, syrop glukozowy, tłuszcz roślinny (palmowy, shea), masa kakaowa, mleko w proszku pełne, tłuszcz kakaowy, kakao o obniżonej zawartości tłuszczu, substancja żelująca (agar), emulgator (lecytyny z soi), białko jaja w proszku, aromat, regulator kwasowości (kwas cytrynowy). Może zawierać orzechy.", "sugar dairy soy", "corn"),
    ("label", "Prince Polo Classic. Składniki: cukier, mąka pszenna, tłuszcz roślinny (palmowy), miazga kakaowa, tłuszcz kakaowy, serwatka w proszku (z mleka), kakao w proszku o obniżonej zawartości tłuszczu, sól, emulgatory (lecytyna sojowa), substancja spulchniająca, aromat.", "sugar wheat dairy soy", ""),
    ("label", "Mleko Łaciate UHT 3,2%. Składniki: mleko.", "dairy", ""),
    ("label", "Twaróg półtłusty Piątnica. Składniki: mleko, kultury bakterii fermentacji mlekowej.", "dairy", ""),
    ("label", "Kasza gryczana prażona Kupiec. Składniki: kasza gryczana prażona 100%. Może zawierać gluten.", "", "wheat"),
    ("label", "Kabanosy wieprzowe Tarczyński. Składniki: mięso wieprzowe, sól, przyprawy, glukoza, ekstrakty przypraw, przeciwutleniacz (askorbinian sodu), substancja konserwująca (azotyn sodu).", "sugar", "corn"),
    ("label", "Chleb żytni razowy na zakwasie z piekarni. Składniki: mąka żytnia razowa, woda, zakwas żytni, sól.", "", "wheat"),  # why: rye is not tracked; bakery cross-contact with wheat
    ("label", "Majonez Kielecki. Składniki: olej rzepakowy, żółtko jaja kurzego (6%), musztarda (woda, gorczyca, ocet, cukier, sól, przyprawy), ocet, sól, cukier, przyprawy.", "sugar", ""),
    ("label", "Kukurydza konserwowa Bonduelle. Składniki: kukurydza, woda, cukier, sól.", "corn sugar", ""),
    ("label", "Kefir Bakoma naturalny. Składniki: mleko, żywe kultury bakterii i drożdży kefirowych.", "dairy", ""),
    ("label", "Kubuś Marchew-Jabłko-Banan. Składniki: przeciery i soki z zagęszczonych soków i przecierów: marchwiowy, jabłkowy, bananowy; witamina C. Bez dodatku cukru.", "", "sugar"),  # why: juice concentrates, no added sugar claimed
    ("label", "Paluszki Lajkonik solone. Składniki: mąka pszenna, olej rzepakowy, sól, drożdże, ekstrakt słodu jęczmiennego, substancja spulchniająca (węglany sodu).", "wheat", ""),
]

# --- Emre, İstanbul: Turkish with English ---
BLIND10_CASES += [
    ("meal", "kahvaltı: beyaz peynir, zeytin, domates, salatalık, haşlanmış yumurta, çay", "dairy", ""),
    ("meal", "simit ve ayran sabah vapurda", "wheat dairy", "sugar"),  # why: simit is dipped in pekmez (grape molasses)
    ("meal", "menemen (sadece yumurta domates biber), ekmeksiz", "", "dairy"),
    ("meal", "mercimek çorbası ve yarım ekmek", "wheat", "dairy"),
    ("meal", "iskender kebap in Bursa finally", "wheat dairy", ""),
    ("meal", "lahmacun x2 with ayran", "wheat dairy", ""),
    ("meal", "karnıyarık ve pilav", "", "wheat dairy"),  # why: Turkish pilav often has şehriye (vermicelli) and butter
    ("meal", "şehriyeli pirinç pilavı ve kuru fasulye", "wheat", "dairy"),
    ("meal", "yoğurtlu sarımsaklı mantı", "wheat dairy", ""),
    ("meal", "bayramda 2 dilim baklava", "wheat dairy sugar", ""),
    ("meal", "şekersiz türk kahvesi ve bir lokum", "sugar", "corn"),
    ("meal", "balık ekmek Eminönü'nde", "wheat", ""),
    ("meal", "çoban salatası ve ızgara köfte", "", "wheat"),
    ("meal", "kısır yaptım, nar ekşili", "wheat", "sugar"),
    ("meal", "zeytinyağlı yaprak sarma", "", "sugar"),
    ("meal", "fırın sütlaç", "dairy sugar", "corn"),
    ("meal", "ıspanaklı peynirli gözleme", "wheat dairy", ""),
    ("meal", "karabuğday salatası, no bread", "", ""),
    ("meal", "kaşarlı sucuklu pide", "wheat dairy", "corn soy sugar"),
    ("meal", "tavuk şiş, bulgur pilavı ve cacık", "wheat dairy", ""),
    ("meal", "ızgara levrek, roka salatası, limon", "", ""),
    ("label", "Ülker Çikolatalı Gofret. İçindekiler: şeker, buğday unu, bitkisel yağ (palm), kakao yağı, yağsız süt tozu, kakao tozu, peynir altı suyu tozu, emülgatör (soya lesitini), tuz, kabartıcı (sodyum bikarbonat), aroma verici. Fındık içerebilir.", "sugar wheat dairy soy", ""),
    ("label", "Eti Burçak. İçindekiler: tam buğday unu (%30), buğday unu, şeker, bitkisel yağ (palm), glikoz şurubu, yulaf ezmesi, kabartıcılar (sodyum bikarbonat, amonyum bikarbonat), tuz, emülgatör (soya lesitini). Süt ve fındık içerebilir.", "wheat sugar soy", "corn dairy"),
    ("label", "Sütaş Ayran. İçindekiler: yoğurt (inek sütü, yoğurt kültürü), içme suyu, tuz.", "dairy", ""),
    ("label", "Pınar Beyaz Peynir. İçindekiler: pastörize inek sütü, tuz, peynir mayası, kalsiyum klorür, peynir kültürü.", "dairy", ""),
    ("label", "Torku Banada Kakaolu Fındık Kreması. İçindekiler: şeker, bitkisel yağ, fındık (%13), yağsız süt tozu, kakao, peynir altı suyu tozu, emülgatör (soya lesitini), aroma verici (vanilin).", "sugar dairy soy", "corn"),
    ("label", "Koska Güllü Lokum. İçindekiler: şeker, su, mısır nişastası, gül aroması, asitlik düzenleyici (sitrik asit), pudra şekeri.", "sugar corn", ""),
    ("label", "Filiz Spagetti Makarna. İçindekiler: durum buğdayı irmiği.", "wheat", ""),
    ("label", "Namet Dana Sucuk. İçindekiler: dana eti, dana yağı, tuz, sarımsak, baharatlar, dekstroz, antioksidan (sodyum askorbat), koruyucu (sodyum nitrit).", "sugar", "corn"),
    ("label", "Tat Domates Salçası. İçindekiler: domates, tuz.", "", ""),
    ("label", "Duru Pilavlık Bulgur. İçindekiler: bulgur (buğday). Gluten içerir.", "wheat", ""),
    ("label", "Glutensiz Karabuğday Unu. İçindekiler: %100 karabuğday.", "", ""),
    ("label", "Uludağ Gazoz. İçindekiler: karbondioksitli su, şeker, asitlik düzenleyici (sitrik asit), doğal limon aroması, koruyucu (sodyum benzoat).", "sugar", "corn"),
    ("label", "Torku Kaymak Tereyağı. İçindekiler: inek sütü kreması.", "dairy", ""),
]

# --- Layla, Beirut/Amman: Arabizi, Arabic script, English ---
BLIND10_CASES += [
    ("meal", "breakfast: man2oushe za3tar w shai", "wheat", ""),
    ("meal", "man2oushe jebne w kaaset 3aseer", "wheat dairy", "sugar"),
    ("meal", "فول مدمس مع زيت زيتون وخبز", "wheat", ""),
    ("meal", "hummus w falafel sandwich", "wheat", "corn soy"),
    ("meal", "fattoush w tabbouleh", "wheat", "sugar"),  # why: fried pita and bulgur; pomegranate molasses may be sweetened
    ("meal", "labneh w zeit w za3tar ma3 khyar", "dairy", ""),
    ("meal", "مجدرة مع لبن", "dairy", "wheat"),  # why: laban here is yogurt; mujaddara may be made with bulgur
    ("meal", "shawarma djej arabi with toum and pickles", "wheat", "dairy corn soy"),  # why: toum is a garlic-oil emulsion, no dairy
    ("meal", "mansaf 3and teta", "dairy", "wheat"),
    ("meal", "kibbeh bil sayniyeh", "wheat", ""),
    ("meal", "kunafa nabulsieh ba3d el iftar", "wheat dairy sugar", ""),
    ("meal", "تمر وماء على الفطور، بعدين شوربة عدس", "", ""),
    ("meal", "maqluba with chicken and cauliflower, laban on the side", "dairy", ""),
    ("meal", "ka3ek w 3reesheh", "wheat dairy", ""),
    ("meal", "qatayef bil joz with ater", "wheat sugar", "dairy"),
    ("meal", "mloukhiyeh w riz", "", ""),
    ("meal", "grilled hammour w salata, no bread tonight", "", ""),
    ("meal", "ahwe arabieh w 2 tamrat", "", ""),
    ("meal", "سلطة خضار وصدر دجاج مشوي بدون خبز", "", ""),
    ("label", "المراعي لبن طازج كامل الدسم. المكونات: حليب بقري طازج، مزارع بكتيريا اللبن.", "dairy", ""),
    ("label", "خبز عربي أبيض. المكونات: دقيق القمح، ماء، خميرة، سكر، ملح، زيت نباتي، محسن خبز.", "wheat sugar", "corn soy"),
    ("label", "حمص بالطحينة. المكونات: حمص مسلوق، طحينة، ماء، عصير ليمون، ملح، ثوم، حمض الستريك.", "", "corn"),
    ("label", "بسكويت ماري. المكونات: دقيق القمح، سكر، زيت نباتي (نخيل)، شراب الجلوكوز، حليب مجفف خالي الدسم، ملح، مواد رافعة، مستحلب (ليسيثين الصويا)، نكهة فانيليا.", "wheat sugar dairy soy", "corn"),
    ("label", "سمن نباتي. المكونات: زيوت نباتية مهدرجة (نخيل، صويا)، ملح، نكهة الزبدة، بيتا كاروتين.", "soy", "dairy"),  # why: vegetable samn is not dairy; butter flavouring might be
    ("label", "جبنة عكاوي. المكونات: حليب بقر مبستر، ملح، منفحة.", "dairy", ""),
    ("label", "بيبسي. المكونات: مياه مكربنة، سكر، شراب الفركتوز، لون كراميل، حمض الفوسفوريك، كافيين، نكهات طبيعية.", "sugar", "corn"),
    ("label", "معمول بالتمر. المكونات: سميد، دقيق القمح، زبدة، عجينة التمر، سكر، ماء زهر، ماء ورد، مستكة.", "wheat dairy sugar", ""),
    ("label", "دبس الرمان. المكونات: عصير الرمان المركز، سكر، حمض الستريك.", "sugar", "corn"),
    ("label", "طحينة. المكونات: سمسم مقشور 100%.", "", ""),
    ("label", "كورن فليكس. المكونات: ذرة، سكر، ملح، شراب الشعير، فيتامينات ومعادن.", "corn sugar", "wheat"),
]

# --- Ahmed, Cairo: English with Egyptian Arabic dish names ---
BLIND10_CASES += [
    ("meal", "ful and ta3meya sandwich in baladi bread", "wheat", "corn soy"),
    ("meal", "koshary medium from abou tarek", "wheat", "sugar corn soy"),
    ("meal", "feteer meshaltet with honey and mish", "wheat dairy", "sugar"),
    ("meal", "molokhia with rice and grilled chicken", "", "dairy"),
    ("meal", "roz bel laban", "dairy sugar", "corn"),
    ("meal", "hawawshi from the street", "wheat", ""),
    ("meal", "mahshi kromb at my aunt's", "", "dairy"),
    ("meal", "shai bel laban with 2 spoons sugar", "dairy sugar", ""),
    ("meal", "sayadeya fish with rice in Alex", "", ""),
    ("meal", "om ali at grandma's", "wheat dairy sugar", ""),
    ("meal", "konafa bel manga for ramadan", "wheat dairy sugar", ""),
    ("meal", "fattah for eid", "wheat", "dairy"),
    ("meal", "grilled kofta and tahina salad, no bread", "", "wheat"),
    ("meal", "asab (sugarcane juice) from the stand", "sugar", ""),
    ("meal", "baba ghanoug and cucumbers", "", ""),
    ("meal", "indomie chicken with an egg, late night", "wheat", "soy sugar corn"),
    ("label", "Juhayna Full Cream Milk / جهينة حليب كامل الدسم. Ingredients: fresh cow's milk. المكونات: حليب بقري طازج.", "dairy", ""),
    ("label", "Domty Feta Cheese / دومتي جبنة فيتا. Ingredients: water, milk powder, vegetable oil (palm), salt, stabilizers (E412, E407), calcium chloride, rennet, starter culture, preservative (E202).", "dairy", ""),
    ("label", "Almarai 7 Days Croissant Chocolate / كرواسون سفن دايز شوكولاتة. Ingredients: wheat flour, chocolate filling (sugar, vegetable fat, cocoa powder, skimmed milk powder, emulsifier soy lecithin), water, sugar, margarine (palm oil, water, salt, emulsifier), yeast, egg, salt, preservative. Contains: wheat, milk, soy, egg.", "wheat sugar dairy soy", "corn"),
    ("label", "El Rashidi El Mizan Halawa Tahiniya / حلاوة طحينية. المكونات: طحينة، سكر، جلوكوز، مستخلص عرق الحلاوة، فانيليا.", "sugar", "corn"),
    ("label", "Chipsy Cheese / شيبسي جبنة. Ingredients: potatoes, vegetable oil, cheese seasoning (whey powder, cheese powder, salt, maltodextrin, sugar, flavour enhancers E621 E631, citric acid).", "dairy sugar", "corn soy"),
    ("label", "Americana Mixed Vegetables / خضار مشكل مجمد. Ingredients: peas, carrots, sweet corn, green beans.", "corn", ""),
    ("label", "Bisco Misr Kahk / كحك بسكو مصر. المكونات: دقيق القمح، سمن نباتي، سكر بودرة، سمسم، خميرة، ملح، فانيليا.", "wheat sugar", "corn soy"),  # why: samn nabati is vegetable ghee, not dairy
]

# --- Selam, Addis Ababa: English with Amharic words, some Ge'ez script ---
BLIND10_CASES += [
    ("meal", "injera with shiro wat for lunch", "", "dairy wheat"),  # why: teff injera is often cut with wheat/barley; shiro may be finished with kibbeh
    ("meal", "doro wat with injera and ayib, holiday", "dairy", "wheat"),
    ("meal", "beyaynetu on a fasting day (all vegan)", "", "wheat corn soy"),
    ("meal", "kitfo leb leb with kibbeh and mitmita, gomen and ayib", "dairy", ""),
    ("meal", "firfir for breakfast with buna", "", "dairy wheat"),
    ("meal", "chechebsa with honey", "wheat", "dairy sugar"),
    ("meal", "buna with sugar, 3 cups at the ceremony, and some popcorn", "sugar corn", ""),
    ("meal", "ful with dabo and yogurt", "wheat dairy", ""),
    ("meal", "lamb tibs with rosemary and awaze, teff injera", "", "dairy wheat"),
    ("meal", "misir wat and gomen, 100% teff injera from my mother", "", "dairy"),
    ("meal", "genfo with kibbeh and berbere", "dairy", "wheat"),  # why: genfo is barley or wheat porridge
    ("meal", "dabo and shai", "wheat", ""),
    ("meal", "macchiato at Tomoca", "dairy", "sugar"),
    ("meal", "pasta be sugo, Ethiopian style", "wheat", ""),
    ("meal", "ቆሎ kolo snack in the afternoon", "", "wheat"),  # why: roasted barley, often mixed with wheat kernels
    ("meal", "ጥብስ በእንጀራ", "", "dairy wheat"),
    ("meal", "avocado papaya spris juice, no sugar", "", ""),
    ("meal", "የጾም በየዓይነቱ", "", "wheat corn soy"),
    ("label", "Ethiopian White Teff Flour. Ingredients: 100% teff. Processed in a facility that also handles wheat and barley.", "", "wheat"),
    ("label", "ሽሮ ዱቄት Shiro Powder. ይዘት: ሽምብራ፣ ምስር፣ ነጭ ሽንኩርት፣ ዝንጅብል፣ በርበሬ፣ ጨው። Ingredients: chickpeas, lentils, garlic, ginger, berbere spices, salt.", "", ""),
    ("label", "Niter Kibbeh spiced clarified butter. Ingredients: butter (milk), onion, garlic, ginger, besobela, koseret, fenugreek, cardamom.", "dairy", ""),
    ("label", "Mama Pasta Spaghetti. Ingredients: durum wheat semolina, water.", "wheat", ""),
    ("label", "Berbere spice blend. Ingredients: dried chili, salt, garlic, ginger, fenugreek, coriander, korerima, black peppercorns, cloves.", "", ""),
    ("label", "Ambo Natural Mineral Water. Naturally carbonated mineral water.", "", ""),
]

# --- Priya, Bengaluru/Chennai: South Indian, English lowercase ---
BLIND10_CASES += [
    ("meal", "2 idli with sambar and coconut chutney", "", "sugar"),  # why: Karnataka-style sambar often has a bit of jaggery
    ("meal", "masala dosa at CTR with extra benne", "dairy", ""),  # why: benne = butter
    ("meal", "plain dosa roasted in oil, tomato chutney", "", ""),
    ("meal", "curd rice and mango pickle", "dairy", "wheat"),  # why: hing in pickles is often cut with wheat flour
    ("meal", "lemon rice + filter coffee", "dairy", "sugar"),
    ("meal", "ven pongal with ghee and coconut chutney", "dairy", ""),
    ("meal", "rava upma for breakfast", "wheat", ""),
    ("meal", "ragi mudde with bassaru", "", ""),
    ("meal", "2 chapati and beans palya", "wheat", ""),
    ("meal", "rasam rice with appalam", "", "sugar"),
    ("meal", "appam with vegetable stew (coconut milk)", "", "sugar"),
    ("meal", "semiya payasam at the wedding", "dairy sugar wheat", ""),  # why: semiya is wheat vermicelli
    ("meal", "bisi bele bath with boondi", "", "dairy"),
    ("meal", "medu vada 2 with chutney", "", "soy"),
    ("meal", "kerala parotta and salna", "wheat", "dairy"),
    ("meal", "kerala fish curry with matta rice", "", ""),
    ("meal", "egg bhurji, no toast", "", ""),
    ("meal", "neer mor (spiced buttermilk) with curry leaves", "dairy", ""),
    ("meal", "mysore pak 1 piece, diwali", "sugar dairy", ""),
    ("meal", "chana sundal evening snack", "", ""),
    ("label", "Parle-G Original Gluco Biscuits. Ingredients: wheat flour (atta), sugar, edible vegetable oil (palm), invert sugar syrup, leavening agents [503(ii), 500(ii)], milk solids, iodised salt, emulsifiers [322(i), 471, 472e], dough conditioner (223). Contains wheat, milk. May contain soy.", "wheat sugar dairy", "soy"),
    ("label", "Amul Pasteurised Butter. Ingredients: milk fat, common salt, permitted natural colour (annatto).", "dairy", ""),
    ("label", "MTR Rava Idli Mix. Ingredients: semolina (rava) 65%, Bengal gram dal, cashew nut, edible vegetable oil, salt, spices, curry leaves, acidity regulator (citric acid), raising agent (sodium bicarbonate).", "wheat", "corn soy"),
    ("label", "Haldiram's Aloo Bhujia. Ingredients: potato (40%), edible vegetable oil (cottonseed, corn & palmolein oil), tepary bean flour (moth dal), gram flour, salt, spices and condiments, acidity regulator (330).", "corn", ""),
    ("label", "Maggi 2-Minute Noodles Masala. Noodles: refined wheat flour (maida), palm oil, iodised salt, wheat gluten, thickeners (508, 412), acidity regulators (501(i), 500(i)). Masala Tastemaker: mixed spices, hydrolysed groundnut protein, noodle powder (wheat flour), sugar, starch, edible vegetable oil, flavour enhancer (635), iodised salt. Contains wheat. May contain milk, mustard, soy.", "wheat sugar", "corn soy dairy"),
    ("label", "Aashirvaad Shudh Chakki Atta. Ingredients: whole wheat flour.", "wheat", ""),
    ("label", "Britannia Good Day Cashew Cookies. Ingredients: refined wheat flour (maida), sugar, edible vegetable fat (palm), cashew (5%), butter (2%), invert syrup, milk solids, raising agents [503(ii), 500(ii)], iodised salt, emulsifiers (soya lecithin, 471). Contains wheat, milk, soy and cashew.", "wheat sugar dairy soy", ""),
    ("label", "Nandini Good Life Toned Milk UHT. Ingredients: toned milk.", "dairy", ""),
    ("label", "MTR Sambar Powder. Ingredients: coriander, red chilli, Bengal gram, black gram, fenugreek, cumin, black pepper, turmeric, curry leaves, asafoetida (contains wheat flour).", "wheat", ""),
    ("label", "Real Fruit Power Mixed Fruit. Ingredients: water, mixed fruit juice concentrates (apple, orange, pineapple, guava, mango), sugar, acidity regulator (330), stabilizer (440), antioxidant (300).", "sugar", "corn"),
    ("label", "Aachi Ragi Flour. Ingredients: 100% finger millet (ragi).", "", ""),
]

# --- Rohan, Delhi: Hinglish, some Devanagari ---
BLIND10_CASES += [
    ("meal", "aloo paratha with butter and dahi", "wheat dairy", ""),
    ("meal", "rajma chawal at home", "", "dairy"),
    ("meal", "chole bhature from sita ram", "wheat", "dairy soy"),
    ("meal", "makki di roti te sarson da saag", "corn", "dairy"),  # why: makki = maize; saag usually topped with makhan
    ("meal", "dal makhani + 2 butter naan", "dairy wheat", ""),
    ("meal", "paneer tikka, no naan", "dairy", ""),
    ("meal", "poha with peanuts and sev", "", "sugar"),
    ("meal", "masala chai 2 cups", "dairy sugar", ""),
    ("meal", "gajar ka halwa, winter special", "dairy sugar", ""),
    ("meal", "moong dal chilla with green chutney", "", ""),
    ("meal", "kuttu ki puri during navratri fast", "", "wheat dairy"),  # why: kuttu = buckwheat; packs are often cross-contaminated, fried in ghee
    ("meal", "samak rice khichdi with ghee, vrat wala", "dairy", ""),
    ("meal", "veg momos from lajpat nagar with red chutney", "wheat", "soy"),
    ("meal", "veg hakka noodles, indo chinese", "wheat soy", "corn sugar"),
    ("meal", "gobi manchurian dry", "corn wheat soy", "sugar"),  # why: cornflour + maida batter, soy sauce
    ("meal", "जलेबी और दूध", "wheat sugar dairy", ""),
    ("meal", "bajra roti with gur and ghee", "sugar dairy", ""),  # why: gur = jaggery
    ("meal", "meethi lassi in amritsar", "dairy sugar", ""),
    ("meal", "tandoori chicken with onion and lemon", "dairy", ""),  # why: the marinade is yogurt-based
    ("meal", "oops correction: wo naan nahi tha, tandoori roti thi", "wheat", ""),
    ("meal", "sprouts salad with lemon and chaat masala", "", ""),
    ("label", "अमूल ताज़ा टोन्ड दूध Amul Taaza Toned Milk. सामग्री: टोन्ड दूध।", "dairy", ""),
    ("label", "Haldiram's Soan Papdi. Ingredients: sugar, refined wheat flour (maida), gram flour (besan), vegetable ghee (palmolein), cardamom, pistachio. Contains wheat.", "sugar wheat", ""),  # why: vanaspati/vegetable ghee is not dairy
    ("label", "Patanjali Kuttu Atta (Buckwheat Flour). Ingredients: buckwheat. Packed in a facility that also processes wheat.", "", "wheat"),
    ("label", "Mother Dairy Mishti Doi. Ingredients: toned milk, sugar, milk solids, culture.", "dairy sugar", ""),
    ("label", "Kurkure Masala Munch. Ingredients: rice meal, edible vegetable oil (palmolein), corn meal, gram meal, spices and condiments, salt, sugar, tomato powder, black salt, milk solids, flavour enhancer (627, 631), acidity regulator (330).", "corn sugar dairy", ""),
    ("label", "एवरेस्ट छोले मसाला। सामग्री: धनिया, काली मिर्च, अनारदाना, जीरा, सोंठ, लौंग, दालचीनी, हींग (गेहूं का आटा युक्त), नमक।", "wheat", ""),
    ("label", "Dabur Honey. 100% pure honey.", "", "sugar"),  # why: honey is a natural sweetener, flagged as possible
    ("label", "Veeba Tomato Ketchup. Ingredients: water, sugar, tomato paste (27%), liquid glucose, iodised salt, acidity regulator (260), thickener (1422), preservative (211), spices and condiments.", "sugar", "wheat corn"),
    ("label", "Nutrela Soya Chunks. Ingredients: defatted soya flour.", "soy", ""),
    ("label", "गुड़ Organic Tattva Jaggery. सामग्री: गन्ने का रस।", "sugar", ""),
    ("label", "Mother's Recipe Mango Pickle. Ingredients: mango, mustard oil, salt, red chilli, fenugreek, turmeric, asafoetida, acidity regulator (260).", "", "wheat"),  # why: compounded asafoetida usually contains wheat flour
]

# --- Wei, Shanghai/Chengdu: Chinese and English ---
BLIND10_CASES += [
    ("meal", "早餐：豆浆油条", "soy wheat", "sugar corn"),
    ("meal", "小笼包一笼 + 醋", "wheat", "soy sugar"),
    ("meal", "congee with century egg and pork, no youtiao", "", ""),
    ("meal", "mapo tofu and rice, Chengdu style", "soy", "wheat corn"),  # why: doubanjiang usually has wheat flour; sauce thickened with starch
    ("meal", "番茄炒蛋 米饭", "", "sugar"),
    ("meal", "红烧肉 妈妈做的", "soy wheat sugar", ""),
    ("meal", "清蒸鱼 with ginger scallion, light soy sauce", "soy wheat", ""),
    ("meal", "hot pot, clear broth, lamb, tofu skin, veggies, sesame dip", "soy", "sugar"),
    ("meal", "蒜蓉炒青菜", "", ""),
    ("meal", "蛋炒饭 不放酱油", "", ""),
    ("meal", "猪肉白菜饺子 20个", "wheat", "soy"),
    ("meal", "宫保鸡丁 + rice", "soy wheat sugar", "corn"),
    ("meal", "麻辣烫 with noodles", "", "wheat soy"),
    ("meal", "月饼 one piece for mid-autumn", "wheat sugar", "corn"),
    ("meal", "珍珠奶茶 半糖", "sugar", "dairy corn"),  # why: milk tea often uses non-dairy creamer
    ("meal", "白粥 + 腐乳", "soy", ""),
    ("meal", "烤红薯 from the street vendor", "", ""),
    ("meal", "凉拌黄瓜", "", "soy wheat sugar"),
    ("meal", "蒸蛋羹 with a drop of soy sauce", "soy wheat", ""),
    ("meal", "米线 in chicken broth, no soy sauce", "", ""),
    ("label", "海天 金标生抽。配料：水、非转基因黄豆、小麦粉、食用盐、白砂糖、味精、酵母抽提物、5'-呈味核苷酸二钠、苯甲酸钠。", "soy wheat sugar", ""),
    ("label", "老干妈 风味豆豉油制辣椒。配料：菜籽油、辣椒、豆豉、食用盐、白砂糖、味精、花椒。", "soy sugar", ""),  # why: 豆豉 = fermented black soybeans
    ("label", "康师傅 红烧牛肉面。面饼配料：小麦粉、精炼棕榈油、马铃薯淀粉、食用盐、碳酸钾、瓜尔胶。酱包：牛油、香辛料、食用盐、酱油（水、大豆、小麦、食用盐）、白砂糖、味精、辣椒。粉包：食用盐、味精、白砂糖、麦芽糊精、酵母抽提物。", "wheat soy sugar", "dairy corn"),  # why: 牛油 on mainland labels is beef tallow, but can mean butter
    ("label", "伊利 纯牛奶。配料：生牛乳。", "dairy", ""),
    ("label", "旺旺雪饼。配料：大米、精炼植物油（棕榈油）、白砂糖、淀粉、食用盐、单双甘油脂肪酸酯、食用香精。", "sugar", "wheat corn"),
    ("label", "维他奶 原味豆奶。配料：水、非转基因大豆、白砂糖、碳酸钙、食用香精。", "soy sugar", ""),
    ("label", "大白兔奶糖。配料：淀粉糖浆、白砂糖、全脂乳粉、奶油、食品添加剂（明胶、香兰素）、麦芽糊精、糯米纸（糯米淀粉）。", "sugar dairy", "corn"),
    ("label", "荞麦挂面。配料：小麦粉、荞麦粉（30%）、食用盐、水。", "wheat", ""),  # why: buckwheat noodles that are mostly wheat
    ("label", "五常大米。配料：稻谷。", "", ""),
    ("label", "李锦记 旧庄特级蚝油。配料：蚝汁（蚝、水、食用盐）、白砂糖、食用盐、水、玉米淀粉、小麦粉、谷氨酸钠、焦糖色。", "sugar corn wheat", ""),
    ("label", "金龙鱼 大豆油。配料：大豆。", "soy", ""),
    ("label", "统一 冰红茶。配料：水、白砂糖、果葡糖浆、红茶、浓缩柠檬汁、食品添加剂（柠檬酸、维生素C）。", "sugar", "corn"),
]

# --- Yuki, Tokyo: Japanese and English ---
BLIND10_CASES += [
    ("meal", "朝ごはん: ご飯、納豆、味噌汁、焼き鮭", "soy", "wheat sugar"),  # why: natto sachet tare is soy sauce + sugar
    ("meal", "onigiri (ume) from 7-eleven and green tea", "", "sugar"),
    ("meal", "ざるそば 大盛り", "soy wheat", "sugar"),  # why: most soba has wheat flour and the tsuyu is soy sauce based
    ("meal", "十割そば with salt only, no tsuyu", "", ""),  # why: juwari soba is 100% buckwheat
    ("meal", "tonkotsu ramen at ichiran, kaedama", "wheat", "soy sugar"),
    ("meal", "カツカレー", "wheat", "dairy soy sugar corn"),
    ("meal", "親子丼", "soy wheat", "sugar"),
    ("meal", "sushi omakase, just a little soy sauce", "soy wheat", "sugar"),
    ("meal", "sashimi and edamame with salt", "soy", ""),
    ("meal", "焼き鳥 塩で", "", ""),
    ("meal", "焼き鳥 タレで 5本", "soy wheat sugar", ""),
    ("meal", "matcha latte with oat milk at starbucks", "", "sugar"),
    ("meal", "お好み焼き 大阪で", "wheat sugar", "soy corn"),
    ("meal", "tamagoyaki and miso soup", "soy", "sugar"),
    ("meal", "hiyayakko with ginger, bonito flakes and soy sauce", "soy wheat", ""),
    ("meal", "天ぷら定食", "wheat soy", "sugar"),
    ("meal", "shokupan toast from the bakery, nothing on it", "wheat dairy sugar", ""),  # why: Japanese milk bread is made with milk, butter, sugar
    ("meal", "いちご大福", "sugar", ""),
    ("meal", "saba shioyaki, rice, tsukemono", "", "sugar soy"),
    ("meal", "コンビニのサラダチキン プレーン", "", "sugar soy corn"),
    ("label", "キッコーマン 特選丸大豆しょうゆ。原材料名：大豆（遺伝子組換えでない）、小麦、食塩", "soy wheat", ""),
    ("label", "日清 カップヌードル。原材料名：油揚げめん（小麦粉（国内製造）、植物油脂、食塩、チキンエキス、ポークエキス、しょうゆ、ポーク調味料、たん白加水分解物、香辛料）、かやく（味付豚ミンチ、味付卵、味付えび、ねぎ）、スープ（糖類、粉末しょうゆ、食塩、香辛料、たん白加水分解物、香味調味料、ポーク調味料、メンマパウダー）／加工でん粉、調味料（アミノ酸等）、炭酸Ca、カラメル色素、かんすい、増粘多糖類、乳化剤、酸化防止剤（ビタミンE）、香料、酸味料、くん液、（一部に小麦・卵・乳成分・えび・大豆・鶏肉・豚肉を含む）", "wheat soy dairy sugar", "corn"),
    ("label", "明治ミルクチョコレート。原材料名：砂糖（国内製造）、カカオマス、全粉乳、ココアバター／レシチン、香料、（一部に乳成分・大豆を含む）", "sugar dairy soy", ""),
    ("label", "グリコ ポッキーチョコレート。原材料名：小麦粉（国内製造）、砂糖、カカオマス、植物油脂、全粉乳、ショートニング、乳糖、モルトエキス、でん粉、イースト、食塩、ココアバター／乳化剤、香料、膨脹剤、アナトー色素、調味料（無機塩）、（一部に小麦・乳成分・大豆を含む）", "wheat sugar dairy soy", "corn"),
    ("label", "十割そば（乾麺）。原材料名：そば粉（国内製造）", "", ""),
    ("label", "カルビー ポテトチップス うすしお味。原材料名：じゃがいも（国産又はアメリカ）、植物油、食塩／調味料（アミノ酸）", "", "corn soy"),
    ("label", "おかめ納豆 極小粒ミニ3。原材料名：丸大豆（アメリカ又はカナダ）（分別生産流通管理済み）、納豆菌。添付たれ：しょうゆ（小麦・大豆を含む）、砂糖、果糖ぶどう糖液糖、醸造酢、食塩、かつおぶしエキス、こんぶエキス。添付からし：からし、醸造酢、食塩", "soy wheat sugar", "corn"),
    ("label", "雪印メグミルク 北海道バター。原材料名：生乳（北海道産）、食塩", "dairy", ""),
    ("label", "ハウス バーモントカレー 中辛。原材料名：食用油脂（牛脂豚脂混合油（国内製造）、パーム油）、小麦粉、砂糖、でんぷん、食塩、カレーパウダー、りんごペースト、粉乳、はちみつ、香辛料、ソテー・ド・オニオン、脱脂大豆、チーズ加工品、オニオンパウダー／調味料（アミノ酸等）、カラメル色素、乳化剤、酸味料、香料、（一部に小麦・乳成分・大豆・りんご・ゼラチンを含む）", "wheat sugar dairy soy", "corn"),
    ("label", "伊藤園 お〜いお茶 緑茶。原材料名：緑茶（国産）／ビタミンC", "", ""),
    ("label", "味の素 ほんだし かつおだし。原材料名：風味原料（かつおぶし粉末、かつおエキス）、食塩、砂糖類（砂糖、乳糖）、酵母エキス、酵母エキス発酵調味料／調味料（アミノ酸等）、（一部に乳成分を含む）", "sugar dairy", ""),
    ("label", "キユーピー マヨネーズ。原材料名：食用植物油脂（国内製造）、卵黄、醸造酢、食塩、香辛料、調味料（アミノ酸）、香辛料抽出物、（一部に卵・大豆・りんごを含む）", "soy", "corn"),
]

# --- Ji-woo, Seoul: Korean and English ---
BLIND10_CASES += [
    ("meal", "아침: 밥, 김치찌개, 계란말이", "", "soy sugar"),
    ("meal", "bibimbap w/ gochujang", "soy", "sugar wheat corn"),  # why: gochujang = fermented soybean + rice/wheat + rice or corn syrup
    ("meal", "삼겹살 with lettuce, garlic and ssamjang", "soy", "wheat sugar corn"),
    ("meal", "떡볶이 from the pojangmacha", "sugar soy", "wheat corn"),
    ("meal", "김밥 한 줄", "", "wheat sugar soy"),  # why: fish cake, ham and sweet pickled radish
    ("meal", "순두부찌개", "soy", ""),
    ("meal", "bulgogi with rice", "soy wheat sugar", ""),
    ("meal", "물냉면 여름이니까", "", "wheat sugar"),
    ("meal", "짜장면 배달", "wheat soy sugar", "corn"),
    ("meal", "치맥! fried chicken and beer", "wheat", "corn soy"),
    ("meal", "samgyetang at tosokchon", "", ""),
    ("meal", "미역국 생일날", "soy", "wheat"),
    ("meal", "japchae at chuseok", "soy wheat sugar", ""),
    ("meal", "고등어구이, 밥, 김치", "", "sugar"),
    ("meal", "바나나맛 우유 하나", "dairy sugar", ""),
    ("meal", "hotteok from the street", "wheat sugar", "dairy"),
    ("meal", "iced americano and nothing else lol", "", ""),
    ("meal", "두부부침 with soy sauce dip", "soy wheat", ""),
    ("meal", "갈비찜 명절", "soy wheat sugar", ""),
    ("meal", "kimchi fried rice with egg and spam", "sugar", "soy wheat"),  # why: Spam contains sugar
    ("meal", "현미밥, 나물 세 가지 (참기름, 소금만), 계란후라이", "", ""),
    ("label", "농심 신라면. 원재료명: 면: 소맥분(밀:미국산, 호주산), 팜유, 감자전분, 변성전분, 정제염, 난각칼슘, 면류첨가알칼리제, 녹차풍미액. 스프: 정제염, 정백당, 간장분말, 소고기분말, 고춧가루, 후추분말, 표고버섯, 마늘, 대파. 밀, 대두, 우유, 쇠고기 함유.", "wheat sugar soy dairy", "corn"),
    ("label", "오리온 초코파이 정. 원재료명: 밀가루(밀:미국산), 백설탕, 물엿, 쇼트닝, 코코아매스, 전란액, 유청분말, 정제소금, 코코아분말, 젤라틴(돼지), 혼합제제(대두레시틴), 기타과당. 밀, 우유, 대두, 계란, 돼지고기 함유.", "wheat sugar dairy soy", "corn"),
    ("label", "서울우유 나100%. 원재료명: 원유 100%(국산).", "dairy", ""),
    ("label", "해찬들 태양초 고추장. 원재료명: 물엿(옥수수), 고춧가루, 쌀, 정제소금, 밀쌀, 대두, 주정, 메주분말(대두), 소맥분.", "sugar corn soy wheat", ""),
    ("label", "풀무원 국산콩 부침두부. 원재료명: 대두(국산), 정제수, 응고제(염화마그네슘).", "soy", ""),
    ("label", "빙그레 바나나맛우유. 원재료명: 원유(국산) 85%, 정제수, 설탕, 바나나과즙, 카로틴, 합성향료.", "dairy sugar", ""),
    ("label", "샘표 양조간장 501. 원재료명: 정제수, 탈지대두, 소맥, 천일염, 과당, 효모추출물, 주정.", "soy wheat sugar", ""),
    ("label", "CJ 비비고 왕교자. 원재료명: 돼지고기, 양배추, 밀가루, 두부, 대파, 양파, 부추, 간장, 설탕, 참기름, 마늘, 생강. 밀, 대두, 돼지고기, 쇠고기 함유.", "wheat soy sugar", ""),
    ("label", "종가집 포기김치. 원재료명: 배추, 무, 고춧가루, 마늘, 양파, 멸치액젓, 새우젓, 생강, 찹쌀풀, 정제소금, 설탕.", "sugar", ""),
    ("label", "냉동 메밀소바. 원재료명: 밀가루(밀: 호주산), 메밀가루 20%, 전분, 정제염. 쯔유: 간장(대두, 밀), 설탕, 가다랑어포추출물, 물엿.", "wheat soy sugar", "corn"),
    ("label", "롯데 빼빼로 오리지널. 원재료명: 밀가루, 설탕, 준초콜릿(설탕, 코코아매스, 식물성유지, 전지분유, 대두레시틴), 쇼트닝, 정제소금, 탄산수소나트륨. 밀, 우유, 대두 함유.", "wheat sugar dairy soy", ""),
    ("label", "제주 삼다수 먹는샘물. 수원지: 제주특별자치도.", "", ""),
]

# --- Linh, Hà Nội/Sài Gòn: Vietnamese with and without diacritics ---
BLIND10_CASES += [
    ("meal", "sáng: phở bò tái, thêm chanh ớt", "", "sugar"),  # why: pho broth often seasoned with rock sugar
    ("meal", "pho ga, khong hoisin, khong tuong ot", "", "sugar"),
    ("meal", "bánh mì thịt nguội ở đầu ngõ", "wheat", "dairy soy sugar corn"),
    ("meal", "bún chả Hà Nội", "sugar", ""),  # why: the nuoc cham dipping sauce is made with sugar
    ("meal", "cơm tấm sườn bì chả", "sugar", "soy"),
    ("meal", "gỏi cuốn tôm thịt chấm tương đậu phộng", "soy sugar", "wheat"),
    ("meal", "cà phê sữa đá", "dairy sugar", ""),
    ("meal", "ca phe den khong duong", "", ""),
    ("meal", "sinh tố bơ", "", "dairy sugar"),  # why: bơ here is avocado, but the smoothie is usually made with condensed milk
    ("meal", "xôi gấc", "", "sugar"),
    ("meal", "canh chua cá lóc và cơm trắng", "", "sugar"),
    ("meal", "bún bò Huế", "", "sugar"),
    ("meal", "đậu hũ sốt cà chua", "soy", "sugar"),
    ("meal", "bánh xèo miền tây", "sugar", "corn soy"),
    ("meal", "chè ba màu", "sugar", ""),
    ("meal", "mì xào bò", "wheat", "soy sugar"),
    ("meal", "rau muống xào tỏi và cá kho tộ", "sugar", ""),  # why: cá kho is braised in caramelised sugar
    ("meal", "sữa chua Vinamilk có đường", "dairy sugar", ""),
    ("meal", "cháo gà buổi tối", "", ""),
    ("meal", "just mango and dragonfruit today", "", ""),
    ("label", "Mì Hảo Hảo Tôm Chua Cay. Thành phần: Vắt mì: bột mì, dầu thực vật (dầu cọ), tinh bột khoai mì, muối, đường, nước mắm. Gói súp: muối, đường, chất điều vị (621, 627, 631), bột tôm, hành, ớt, tỏi. Có chứa lúa mì, đậu nành, tôm.", "wheat sugar soy", ""),
    ("label", "Sữa Đặc Có Đường Ông Thọ. Thành phần: đường, sữa bột, dầu thực vật, whey bột, lactose, chất nhũ hóa (lecithin), vitamin A, D3.", "sugar dairy", "corn soy"),
    ("label", "Vinamilk Sữa Tươi Tiệt Trùng Không Đường. Thành phần: 100% sữa bò tươi.", "dairy", ""),
    ("label", "Nước mắm Nam Ngư. Thành phần: nước, muối, đường, nước mắm cá cơm, chất điều vị (621), chất tạo ngọt (sorbitol, aspartame), chất bảo quản (natri benzoat), màu caramel.", "sugar", "corn"),
    ("label", "Nước tương Maggi đậm đặc. Thành phần: nước, đạm đậu nành thủy phân, muối, đường, chất điều vị (621, 631, 627), màu caramel, chất bảo quản.", "soy sugar", "corn wheat"),
    ("label", "Bánh tráng cuốn Tây Ninh. Thành phần: bột gạo, bột năng, muối, nước.", "", ""),
    ("label", "Sữa đậu nành Fami nguyên chất. Thành phần: nước, hạt đậu nành (15%), đường, chất ổn định (460, 466).", "soy sugar", ""),
    ("label", "Bún gạo khô Safoco. Thành phần: gạo, nước.", "", ""),
    ("label", "Bánh Chocopie Orion Việt Nam. Thành phần: bột mì, đường, mạch nha (từ bắp), shortening, ca cao, trứng, sữa bột, gelatin, chất nhũ hóa (lecithin đậu nành), muối.", "wheat sugar dairy soy corn", ""),
    ("label", "Cà phê hòa tan G7 3in1. Thành phần: đường, bột kem không sữa (siro glucose, dầu thực vật, natri caseinat), cà phê hòa tan, muối.", "sugar dairy", "corn soy"),  # why: non-dairy creamer still lists caseinate
]

# --- Nok, Bangkok: Thai and English ---
BLIND10_CASES += [
    ("meal", "ข้าวมันไก่ ร้านประจำ", "soy", "wheat sugar"),  # why: khao man gai is served with tao jiew (fermented soybean) sauce
    ("meal", "pad thai goong, no tofu", "sugar", "soy"),  # why: pad thai sauce is tamarind, fish sauce and palm sugar
    ("meal", "som tam thai with sticky rice", "sugar", ""),
    ("meal", "ผัดกะเพราหมูสับ ไข่ดาว", "soy", "wheat sugar corn"),
    ("meal", "green curry chicken with rice (coconut milk)", "", "sugar"),
    ("meal", "tom yum goong nam khon", "", "dairy sugar soy"),  # why: creamy version may use evaporated milk; nam prik pao has sugar and soybean oil
    ("meal", "tom yum nam sai, clear one", "", "sugar"),
    ("meal", "mango sticky rice from the cart", "sugar", ""),
    ("meal", "cha yen 1 glass", "dairy sugar", ""),
    ("meal", "moo ping 3 sticks + sticky rice", "soy sugar", "wheat"),
    ("meal", "khao tom for breakfast", "", ""),
    ("meal", "pla pao (salt-crusted grilled fish) with nam jim seafood", "", "sugar"),
    ("meal", "jok moo with egg", "", "soy wheat"),
    ("meal", "khao pad kai, fried rice with chicken", "", "soy wheat sugar"),
    ("meal", "7-11 toastie ham and cheese", "wheat dairy", "sugar soy corn"),
    ("meal", "fresh coconut water and pineapple", "", ""),
    ("meal", "massaman curry with potatoes", "", "sugar"),
    ("meal", "larb moo, no msg", "", "sugar"),
    ("meal", "pad see ew", "soy sugar", "wheat"),
    ("label", "มาม่า รสหมูสับ. ส่วนประกอบ: เส้นบะหมี่ (แป้งสาลี 65%, น้ำมันปาล์ม, เกลือ, สารควบคุมความเป็นกรด), เครื่องปรุง (เกลือ, น้ำตาล, ผงชูรส, ซีอิ๊วผง (ถั่วเหลือง, ข้าวสาลี), กระเทียม, พริกไทย, ต้นหอม). มีข้าวสาลีและถั่วเหลือง.", "wheat sugar soy", ""),
    ("label", "แลคตาซอย นมถั่วเหลือง ยูเอชที. ส่วนประกอบ: น้ำ, ถั่วเหลือง 13%, น้ำตาลทราย 5%, น้ำมันปาล์ม, ไตรแคลเซียมฟอสเฟต, เกลือ.", "soy sugar", ""),  # why: despite the name, it is soy milk, no dairy listed
    ("label", "เถ้าแก่น้อย สาหร่ายทอด รสคลาสสิก. ส่วนประกอบ: สาหร่าย 64%, น้ำมันปาล์ม 25%, เครื่องปรุงรส (น้ำตาล, เกลือ, ผงชูรส, ซีอิ๊วผง (ถั่วเหลือง, ข้าวสาลี)).", "sugar soy wheat", ""),
    ("label", "นมโคแท้ 100% ไทย-เดนมาร์ค รสจืด. ส่วนประกอบ: นมโคสด 100%.", "dairy", ""),
    ("label", "ซอสพริกศรีราชาพานิช. ส่วนประกอบ: พริก 55%, น้ำตาล, กระเทียม, น้ำส้มสายชู, เกลือ, แป้งมันสำปะหลังดัดแปร.", "sugar", ""),
    ("label", "กะทิ ชาวเกาะ 100%. ส่วนประกอบ: กะทิ 100%.", "", ""),
    ("label", "น้ำปลาแท้ ตราทิพรส. ส่วนประกอบ: ปลากะตัก 70%, เกลือ 27%, น้ำตาล 3%.", "sugar", ""),
    ("label", "ซีอิ๊วขาว ตราเด็กสมบูรณ์ สูตร 1. ส่วนประกอบ: ถั่วเหลือง, เกลือ, น้ำ, แป้งสาลี, น้ำตาล.", "soy wheat sugar", ""),
    ("label", "คนอร์ คัพโจ๊ก รสหมู. ส่วนประกอบ: ข้าวหอมมะลิอบแห้ง 78%, แป้งมันสำปะหลัง, เกลือ, น้ำตาล, ผงชูรส, หมูอบแห้ง, ซีอิ๊วผง (มีถั่วเหลือง ข้าวสาลี), น้ำมันปาล์ม, กระเทียม, พริกไทย.", "sugar soy wheat", ""),
    ("label", "เอส โคล่า. ส่วนประกอบ: น้ำ, น้ำตาล, สีคาราเมล, กรดฟอสฟอริก, คาเฟอีน, กลิ่นธรรมชาติ.", "sugar", "corn"),
]

# --- Dewi, Jakarta: Indonesian slang and English ---
BLIND10_CASES += [
    ("meal", "nasi goreng kampung pake telor ceplok", "", "soy sugar wheat"),
    ("meal", "nasi goreng pake kecap manis banyak", "soy sugar", "wheat"),
    ("meal", "gado-gado sama kerupuk", "soy", "sugar wheat"),  # why: tofu and tempeh; peanut sauce usually has palm sugar
    ("meal", "tempe goreng + sambal terasi + nasi putih", "soy", "corn sugar"),
    ("meal", "sate ayam 10 tusuk bumbu kacang", "soy sugar", "wheat"),
    ("meal", "rendang sapi sama nasi padang", "", ""),
    ("meal", "bakso sapi kuah", "", "wheat soy"),
    ("meal", "mie ayam deket kantor", "wheat soy", "sugar"),
    ("meal", "soto ayam sama lontong", "", ""),
    ("meal", "es teh manis", "sugar", ""),
    ("meal", "kopi susu gula aren kekinian", "dairy sugar", ""),
    ("meal", "martabak manis coklat keju", "wheat sugar dairy", ""),
    ("meal", "pisang goreng 3", "wheat", "sugar corn soy"),
    ("meal", "ayam bakar + lalapan + sambal", "", "soy sugar"),
    ("meal", "tahu isi 2 biji", "soy wheat", ""),
    ("meal", "bubur ayam pagi, tanpa kerupuk, tanpa kecap", "", ""),
    ("meal", "sayur asem + ikan asin + nasi", "", "sugar"),
    ("meal", "indomie goreng double jam 2 pagi", "wheat soy sugar", ""),
    ("meal", "jus alpukat pake susu coklat", "dairy sugar", ""),
    ("meal", "pepes ikan sama nasi merah", "", ""),
    ("label", "Indomie Mi Goreng. Komposisi: Mi: tepung terigu, minyak nabati (kelapa sawit), tepung tapioka, garam, pengatur keasaman. Bumbu: garam, gula, penguat rasa, bawang putih, merica. Kecap manis (gula, air, garam, kedelai, gandum). Minyak bumbu, saus cabe, bawang goreng. Mengandung gandum, kedelai. Dapat mengandung susu dan telur.", "wheat sugar soy", "dairy"),
    ("label", "Kecap Manis Bango. Komposisi: gula kelapa, air, kedelai hitam, garam.", "sugar soy", ""),
    ("label", "Teh Botol Sosro Original. Komposisi: air, gula, daun teh.", "sugar", ""),
    ("label", "Susu Kental Manis Frisian Flag. Komposisi: gula, susu skim bubuk, minyak nabati, laktosa, whey bubuk, pengemulsi lesitin, vitamin.", "sugar dairy", "corn soy"),
    ("label", "Tempe Kedelai Murni. Komposisi: kedelai, ragi tempe.", "soy", ""),
    ("label", "Chitato Rasa Sapi Panggang. Komposisi: kentang, minyak nabati, bumbu rasa sapi panggang (maltodekstrin, gula, garam, penguat rasa, bubuk kecap (kedelai, gandum), bawang putih bubuk, perisa). Mengandung gandum, kedelai, susu.", "wheat sugar soy dairy", "corn"),
    ("label", "Santan Kara. Komposisi: ekstrak kelapa (95%), air, pengemulsi (monodigliserida).", "", ""),
    ("label", "Sari Roti Roti Tawar Spesial. Komposisi: tepung terigu, air, gula, ragi, mentega putih, garam, susu bubuk, pengemulsi (lesitin kedelai), pengawet (kalsium propionat). Mengandung gandum, susu, kedelai.", "wheat sugar dairy soy", "corn"),
    ("label", "Tepung Maizena Honig. Komposisi: pati jagung.", "corn", ""),
    ("label", "Sambal Asli ABC. Komposisi: cabai (37%), air, gula, garam, pati jagung termodifikasi, bawang putih, pengatur keasaman (asam sitrat), pengawet natrium benzoat.", "sugar corn", ""),
]

# --- Marites, Quezon City: Taglish ---
BLIND10_CASES += [
    ("meal", "tapsilog for breakfast", "soy sugar", "wheat"),  # why: tapa is cured in soy sauce and sugar
    ("meal", "longsilog ulit hehe", "sugar", "corn soy"),
    ("meal", "chicken adobo with rice", "soy wheat", "sugar"),
    ("meal", "sinigang na baboy (sinigang mix lang)", "", "sugar corn"),
    ("meal", "pandesal 3 pcs with kape", "wheat sugar", "dairy"),
    ("meal", "jollibee chickenjoy with rice and gravy", "wheat", "soy corn dairy"),
    ("meal", "pancit canton for my bday", "wheat soy", "sugar"),
    ("meal", "kare-kare with bagoong", "", "sugar"),
    ("meal", "lumpiang shanghai with sweet chili sauce", "wheat sugar", "soy corn"),
    ("meal", "halo-halo sa chowking", "dairy sugar", "corn"),  # why: usually has sweet corn kernels among the toppings
    ("meal", "sisig (no mayo) + rice + san mig light", "", "soy wheat"),
    ("meal", "champorado with evap", "sugar dairy", ""),
    ("meal", "taho sa umaga", "soy sugar", ""),
    ("meal", "spaghetti filipino style sa party", "wheat sugar dairy", "corn soy"),
    ("meal", "inihaw na bangus with tomato and onion", "", ""),
    ("meal", "turon 2 pcs", "wheat sugar", ""),
    ("meal", "fresh buko juice", "", ""),
    ("meal", "ginataang kalabasa at sitaw with rice", "", ""),  # why: gata is coconut milk
    ("meal", "bibingka at simbang gabi", "sugar dairy", ""),
    ("label", "Lucky Me! Pancit Canton Original. Ingredients: Noodles: wheat flour, palm oil, salt, iodized salt, acidity regulators. Seasoning: soy sauce (water, soybeans, wheat, salt), sugar, salt, vegetable oil, flavor enhancer (MSG), onion, garlic, chili. Contains wheat and soy.", "wheat soy sugar", "corn"),
    ("label", "Silver Swan Soy Sauce. Ingredients: water, soybeans, salt, wheat flour, caramel color, sodium benzoate.", "soy wheat", "corn"),
    ("label", "Datu Puti Vinegar. Ingredients: water, acetic acid.", "", ""),
    ("label", "UFC Banana Catsup. Ingredients: water, sugar, banana, vinegar, modified starch, iodized salt, spices, onion, garlic, color, sodium benzoate.", "sugar", "wheat corn"),
    ("label", "SkyFlakes Crackers. Ingredients: wheat flour, vegetable shortening, sugar, salt, yeast, leavening agents, malt extract. Contains wheat. May contain milk and soy.", "wheat sugar", "corn soy dairy"),
    ("label", "Alaska Evaporada Filled Milk. Ingredients: water, skimmed milk powder, vegetable oil (palm, coconut), emulsifier, stabilizer, vitamins A and D.", "dairy", ""),
    ("label", "Purefoods Tender Juicy Hotdog. Ingredients: pork, chicken, water, textured soy protein, starch, sugar, salt, dextrose, spices, carrageenan, sodium nitrite, color. Contains soy.", "soy sugar", "wheat corn"),
    ("label", "Mama Sita's Sinigang sa Sampalok Mix. Ingredients: tamarind powder, iodized salt, onion powder, sugar, MSG, citric acid.", "sugar", "corn"),
    ("label", "Boy Bawang Cornick Garlic. Ingredients: corn, vegetable oil, garlic, salt, flavor enhancer (MSG).", "corn", "soy"),
    ("label", "Bear Brand Swak Pack Powdered Milk Drink. Ingredients: skimmed milk powder, vegetable oil, sugar, minerals, vitamins, emulsifier (soy lecithin).", "dairy sugar soy", "corn"),
]

# --- Chiamaka, Lagos: Nigerian English and Pidgin ---
BLIND10_CASES += [
    ("meal", "jollof rice and chicken for owambe", "", "corn soy wheat sugar"),  # why: vegetable oil and seasoning cubes
    ("meal", "amala, ewedu and gbegiri with assorted meat", "", "corn soy"),
    ("meal", "I chop eba with egusi soup today", "", "corn soy"),
    ("meal", "pap (akamu) and akara this morning", "corn", "dairy sugar soy"),  # why: pap is fermented maize; often taken with milk and sugar
    ("meal", "agege bread and ewa agoyin", "wheat", "sugar"),
    ("meal", "indomie and egg, with sardine", "wheat", "soy sugar corn"),
    ("meal", "suya for night, wrapped in newspaper lol", "", "corn soy wheat"),
    ("meal", "puff puff (5) for the party", "wheat sugar", "corn soy"),
    ("meal", "moi moi and custard", "corn", "dairy sugar"),  # why: Nigerian custard powder is cornflour, usually made up with milk and sugar
    ("meal", "dodo and beans", "", "corn soy"),
    ("meal", "goat meat pepper soup", "", ""),
    ("meal", "ofada rice with ayamase", "", "corn soy"),
    ("meal", "chin chin from my aunty", "wheat sugar", "dairy"),
    ("meal", "golden morn with peak milk", "corn soy sugar dairy", ""),
    ("meal", "maltina with lunch", "sugar", "wheat corn"),
    ("meal", "boiled yam and garden egg sauce", "", ""),
    ("meal", "zobo drink homemade no sugar, just pineapple and ginger", "", ""),
    ("meal", "meat pie from mr biggs", "wheat", "dairy soy corn"),
    ("meal", "tuwo shinkafa and miyan kuka", "", ""),
    ("meal", "gala sausage roll and la casera", "wheat sugar", "soy corn"),
    ("label", "Golden Morn Maize & Soya Cereal. Ingredients: maize (54%), sugar, soya (11%), skimmed milk powder, palm olein, minerals, salt, vitamins. Contains soya and milk. May contain gluten.", "corn sugar soy dairy", "wheat"),
    ("label", "Peak Full Cream Evaporated Milk. Ingredients: milk, stabiliser (disodium phosphate), vitamins A and D3.", "dairy", ""),
    ("label", "Maggi Star Seasoning Cube. Ingredients: salt, flavour enhancer (monosodium glutamate), palm fat, starch (maize), sugar, wheat flour, flavourings, spices, colour (plain caramel).", "corn sugar wheat", ""),
    ("label", "Indomie Instant Noodles Chicken Flavour. Noodles: wheat flour, palm olein, salt, stabilizer, thickener (guar gum). Seasoning: salt, MSG, sugar, chicken powder, onion powder, garlic powder, pepper. Seasoning oil: palm olein, onion. Chili powder. Contains wheat. May contain soya.", "wheat sugar", "soy"),
    ("label", "Cabin Biscuit. Ingredients: wheat flour, sugar, vegetable fat, salt, leavening agents (ammonium and sodium bicarbonate), flavour. May contain milk.", "wheat sugar", "corn soy dairy"),
    ("label", "Milo Activ-Go Chocolate Malt Drink. Ingredients: malt extract (barley), milk solids, sugar, cocoa, vegetable fat, minerals, vitamins. Contains barley and milk.", "dairy sugar", "wheat corn soy"),
    ("label", "Honeywell Semolina. Ingredients: wheat semolina.", "wheat", ""),
    ("label", "Dangote Refined Granulated Sugar. 100% cane sugar.", "sugar", ""),
    ("label", "Gino Tomato Paste. Ingredients: tomato concentrate, water, salt.", "", ""),
    ("label", "Hollandia Yoghurt Strawberry. Ingredients: milk, sugar, strawberry flavour, stabilizers (modified starch, gelatine), yoghurt culture, colour (E129).", "dairy sugar", "wheat corn"),
    ("label", "Nasco Corn Flakes. Ingredients: maize grits, sugar, salt, malt extract, vitamins, minerals.", "corn sugar", "wheat"),
]

# --- Extra local labels picked up by the same people on later shopping trips ---
BLIND10_CASES += [
    ("label", "Tostadas Charras de maíz. Ingredientes: maíz nixtamalizado, aceite vegetal, sal.", "corn", "soy"),
    ("label", "Jumex Néctar de Mango. Ingredientes: agua, pulpa de mango, azúcar, ácido cítrico, ácido ascórbico.", "sugar", "corn"),
    ("label", "Sazón Goya con Culantro y Achiote. Ingredientes: sal, glutamato monosódico, ajo, comino, cilantro, achiote, tartrazina, rojo 40.", "", ""),
    ("label", "Amendoim Japonês Dori. Ingredientes: amendoim, farinha de trigo enriquecida, amido modificado, açúcar, sal, molho de soja (água, soja, sal, corante caramelo), realçador de sabor glutamato monossódico. ALÉRGICOS: CONTÉM AMENDOIM, TRIGO E SOJA.", "wheat sugar soy", "corn"),
    ("label", "Sucre de canne roux Daddy. Ingrédients: sucre de canne roux.", "sugar", ""),
    ("label", "Cassoulet William Saurin. Ingrédients: haricots blancs 48%, eau, saucisses de Toulouse 11% (viande de porc, sel, dextrose, épices), viande de porc confite, concentré de tomate, graisse de canard, amidon modifié de maïs, sel, arômes.", "sugar corn", ""),
    ("label", "Ringo Pavesi Vaniglia. Ingredienti: farina di frumento, zucchero, olio di palma, farina integrale di frumento, sciroppo di glucosio, latte scremato in polvere, agenti lievitanti, sale, emulsionante lecitina di soia, aromi.", "wheat sugar dairy soy", "corn"),
    ("label", "Knorr Fix für Spaghetti Bolognese. Zutaten: Tomatenpulver (41%), Zucker, Maisstärke, Speisesalz, Weizenmehl, Zwiebeln, Gewürze, Rapsöl, Hefeextrakt, Aroma. Kann Milch, Sellerie und Senf enthalten.", "sugar corn wheat", "dairy"),
    ("label", "Alpro Kokosnussdrink ohne Zucker. Zutaten: Wasser, Kokosnusscreme (5,8%), Reis, Calcium (Tricalciumphosphat), Meersalz, Stabilisatoren (Johannisbrotkernmehl, Gellan), Emulgator (Sonnenblumenlecithin), Vitamine.", "", ""),  # why: coconut drink, sunflower lecithin, no added sugar
    ("label", "Flips orzechowe chrupki kukurydziane. Składniki: kasza kukurydziana, orzeszki ziemne (20%), olej palmowy, sól.", "corn", ""),
    ("label", "Kasza manna błyskawiczna Melvit. Składniki: kasza manna z pszenicy.", "wheat", ""),
    ("label", "Pınar Labne. İçindekiler: inek sütü, krema, tuz, peynir kültürü.", "dairy", ""),
    ("label", "Tadım Kavrulmuş Sarı Leblebi. İçindekiler: nohut.", "", ""),
    ("label", "ليز رقائق البطاطس بنكهة الملح. المكونات: بطاطس، زيت نباتي (ذرة، نخيل)، ملح.", "corn", ""),
    ("label", "تمر مجدول فاخر. المكونات: تمر 100٪.", "", ""),
    ("label", "Haldiram's Rasgulla. Ingredients: chhena (milk solids), sugar, water, cardamom.", "dairy sugar", ""),
    ("label", "五香豆腐干。配料：大豆、水、食用盐、白砂糖、酱油（含小麦）、香辛料、凝固剂（氯化镁）。", "soy sugar wheat", ""),
    ("label", "维他 柠檬茶。配料：水、白砂糖、红茶、浓缩柠檬汁、柠檬酸、维生素C。", "sugar", "corn"),
    ("label", "森永ミルクキャラメル。原材料名：水あめ（国内製造）、加糖練乳、砂糖、植物油脂、バター、食塩、乳たんぱく／乳化剤（大豆由来）、香料", "sugar dairy soy", "corn"),
    ("label", "ミツカン 味ぽん。原材料名：しょうゆ（本醸造）、果糖ぶどう糖液糖、醸造酢、かんきつ果汁、食塩、かつおぶしエキス、こんぶエキス、（一部に小麦・大豆を含む）", "soy wheat sugar", "corn"),
    ("label", "CJ 햇반 백미밥. 원재료명: 쌀(국산) 99.9%, 정제수, 산도조절제.", "", ""),
    ("label", "동원 양반김 들기름. 원재료명: 김, 참기름, 옥수수유, 정제소금.", "corn", ""),  # why: corn oil is listed
    ("label", "Bánh phồng tôm Sa Giang. Thành phần: bột khoai mì, tôm, đường, muối, bột ngọt, tiêu, tỏi.", "sugar", ""),
    ("label", "นมข้นหวาน ตรามะลิ. ส่วนประกอบ: น้ำตาล, นมผงขาดมันเนย, น้ำมันปาล์ม, แลคโตส, วิตามิน.", "sugar dairy", ""),
    ("label", "Kacang Atom Garuda. Komposisi: kacang tanah, tepung terigu, tepung tapioka, gula, garam, minyak nabati, bawang putih, penguat rasa.", "wheat sugar", "corn soy"),
    ("label", "Eden Cheese Original. Ingredients: water, cheddar cheese, coconut oil, skimmed milk powder, emulsifying salts, iodized salt, acidulant (lactic acid), color (annatto).", "dairy", ""),
    ("label", "Golden Penny Spaghetti. Ingredients: durum wheat semolina, water. Contains wheat (gluten).", "wheat", ""),
]
