# ruff: noqa: E501
"""Blind labelled set 20: people in Latin America, South and East Asia, the Middle East, Africa and Eastern Europe typing meals in English or their own language, and local packaged-food labels as printed."""

BLIND20_CASES: list[tuple[str, str, str, str]] = []

# ---------------------------------------------------------------------------
# Lucía, Ciudad de México: lowercase Spanish, no accents, some English, pastes Mexican labels with the black warning seals
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "desayuno: chilaquiles verdes con crema y queso fresco, cafe de olla", "dairy corn sugar", "soy"),  # why: totopos fried in unspecified oil; cafe de olla is sweetened with piloncillo
    ("meal", "tacos al pastor x4 con pina, cebolla y cilantro, tortillas de maiz", "corn", ""),
    ("meal", "quesadillas de flor de calabaza SIN queso (si, existe en cdmx jaja) tortilla de maiz", "corn", ""),
    ("meal", "pozole rojo con tostadas y un poco de crema", "dairy corn", "soy"),  # why: tostadas are usually fried in vegetable oil
    ("meal", "torta de milanesa con frijoles, aguacate y mayonesa", "wheat", "corn soy sugar"),  # why: bolillo and breading are wheat; mayo oil and sugar unknown
    ("meal", "tamal de rajas con queso y un atole de chocolate", "dairy corn sugar", "soy"),  # why: atole is masa, milk, sugar; table chocolate may have soy lecithin
    ("meal", "cena: sopa de fideo y arroz rojo, con caldo de pollo knorr", "wheat", "corn sugar"),  # why: fideo is wheat pasta; bouillon powder usually has corn starch and sugar
    ("meal", "elote con mayonesa, queso cotija y chile piquin 🌽", "dairy corn", "soy sugar"),
    ("meal", "agua de jamaica (le puse poquita azucar) y unos cacahuates japoneses", "wheat soy sugar", "corn"),  # why: cacahuates japoneses have a wheat-flour and soy-sauce shell
    ("meal", "enfrijoladas con queso fresco... ah no, al final sin queso porque se me acabo", "corn", ""),
    ("label", "PAN BLANCO Bimbo. Ingredientes: harina de trigo enriquecida, agua, azúcar, levadura, aceite vegetal, gluten de trigo, sal, emulsificantes (estearoil lactilato de sodio), conservador (propionato de calcio), lecitina de soya. Contiene: trigo, soya. Puede contener leche.", "wheat soy sugar", "dairy corn"),
    ("label", "Gansito Marinela. Pastelito relleno de fresa y crema con cubierta sabor chocolate. EXCESO CALORÍAS. EXCESO AZÚCARES. EXCESO GRASAS SATURADAS. Ingredientes: azúcar, harina de trigo, grasa vegetal, jarabe de maíz de alta fructosa, huevo, cocoa, leche descremada en polvo, mermelada de fresa, suero de leche, almidón modificado, lecitina de soya, sal, bicarbonato de sodio, saborizantes artificiales. Contiene: trigo, huevo, leche, soya.", "wheat dairy corn soy sugar", ""),
    ("label", "SABRITAS Original. Papas fritas sabor natural. Ingredientes: papas, aceite vegetal (girasol y/o maíz y/o soya) y sal.", "", "corn soy"),
    ("label", "MASECA. Harina de maíz nixtamalizado para tortillas. Ingredientes: maíz nixtamalizado, cal. Libre de gluten.", "corn", ""),
    ("label", "Leche Lala Entera. Ingredientes: leche entera de vaca, vitamina A y vitamina D3. Contiene leche.", "dairy", ""),
    ("label", "Jumex Néctar de Mango. EXCESO AZÚCARES. Ingredientes: agua, pulpa de mango, azúcar, ácido cítrico, ácido ascórbico.", "sugar", "corn"),
    ("label", "Salsa Picante Valentina. Ingredientes: agua, chiles secos, vinagre, sal, especias, benzoato de sodio.", "", ""),
    ("label", "Chocolate para mesa Abuelita. EXCESO AZÚCARES. EXCESO GRASAS SATURADAS. Ingredientes: azúcar, licor de cacao, aceite vegetal, manteca de cacao, lecitina de soya, PGPR, saborizante artificial. Contiene: soya. Puede contener leche.", "soy sugar", "dairy corn"),  # why: manteca de cacao is cocoa butter, not dairy
    ("label", "Tortillinas Tía Rosa. Tortillas de harina de trigo. Ingredientes: harina de trigo enriquecida, agua, manteca vegetal, azúcar, sal, polvo para hornear (pirofosfato ácido de sodio, bicarbonato de sodio, almidón de maíz), propionato de calcio. Contiene: trigo.", "wheat corn sugar", "soy"),
    ("label", "Cajeta Quemada Coronado. Ingredientes: leche de cabra, azúcar, glucosa, bicarbonato de sodio. Contiene leche.", "dairy sugar", "wheat corn"),  # why: goat milk is dairy; glucosa source not stated
]

# ---------------------------------------------------------------------------
# Thiago, São Paulo: Portuguese, abbreviations, kkkk; pastes Brazilian labels with ALÉRGICOS lines
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "almoço: arroz, feijão, bife acebolado e salada. nada de mais kkk", "", ""),
    ("meal", "pão de queijo 3 unid + café preto sem açúcar", "dairy", ""),  # why: pão de queijo is polvilho (cassava starch), not wheat
    ("meal", "cuscuz nordestino com ovo e manteiga", "dairy corn", ""),  # why: cuscuz nordestino is flocão de milho, not wheat couscous
    ("meal", "tapioca com coco e leite condensado", "dairy sugar", ""),
    ("meal", "coxinha e um guaraná antarctica", "wheat sugar", "dairy corn soy"),  # why: coxinha dough is wheat, often with butter or catupiry, fried in soy oil
    ("meal", "pamonha doce de milho verde", "corn sugar", "dairy"),
    ("meal", "feijoada completa com farofa, couve e laranja", "", "dairy"),  # why: farofa is often toasted in butter
    ("meal", "2 brigadeiros na festa da firma", "dairy sugar", "soy"),  # why: condensed milk and butter; chocolate sprinkles may have soy lecithin
    ("meal", "açaí na tigela com granola e banana, sem leite em pó", "sugar", "wheat"),  # why: bowl açaí is sweetened with guaraná syrup; granola may have wheat flakes
    ("meal", "pastel de feira de carne + caldo de cana", "wheat sugar", "corn soy"),
    ("label", "BISCOITO MAIZENA Vitarella. INGREDIENTES: farinha de trigo enriquecida com ferro e ácido fólico, açúcar, gordura vegetal, amido de milho, açúcar invertido, sal, fermentos químicos, emulsificante lecitina de soja, aromatizante. ALÉRGICOS: CONTÉM TRIGO E DERIVADOS DE SOJA. PODE CONTER LEITE. CONTÉM GLÚTEN.", "wheat corn soy sugar", "dairy"),
    ("label", "Requeijão Cremoso Catupiry. INGREDIENTES: leite pasteurizado, creme de leite, sal, fermento lácteo, cloreto de cálcio. ALÉRGICOS: CONTÉM LEITE E DERIVADOS. CONTÉM LACTOSE. NÃO CONTÉM GLÚTEN.", "dairy", ""),
    ("label", "NESCAU Achocolatado em pó. ALTO EM AÇÚCAR ADICIONADO. INGREDIENTES: açúcar, cacau em pó, maltodextrina, minerais, emulsificante lecitina de soja, vitaminas, aromatizante. ALÉRGICOS: CONTÉM DERIVADOS DE SOJA. PODE CONTER LEITE. NÃO CONTÉM GLÚTEN.", "soy sugar", "dairy corn"),
    ("label", "FAROFA DE MANDIOCA TEMPERADA Yoki. INGREDIENTES: farinha de mandioca, gordura vegetal, sal, cebola, alho, corante urucum, realçador de sabor glutamato monossódico. NÃO CONTÉM GLÚTEN.", "", "corn soy"),
    ("label", "FLOCÃO DE MILHO para cuscuz. INGREDIENTES: milho flocado enriquecido com ferro e ácido fólico. NÃO CONTÉM GLÚTEN.", "corn", ""),
    ("label", "LEITE DE COCO Sococo. INGREDIENTES: extrato de coco, água, espessantes goma guar e goma xantana, conservador metabissulfito de sódio. NÃO CONTÉM GLÚTEN.", "", "corn"),
    ("label", "MIOJO Lámen sabor galinha caipira. MASSA: farinha de trigo fortificada com ferro e ácido fólico, gordura vegetal de palma, sal, regulador de acidez carbonato de potássio. TEMPERO: sal, realçador de sabor glutamato monossódico, açúcar, amido, cebola, gordura de frango, alho, aromatizantes, pimenta, corante caramelo III. ALÉRGICOS: CONTÉM TRIGO E DERIVADOS DE SOJA. PODE CONTER LEITE E OVO. CONTÉM GLÚTEN.", "wheat soy sugar", "dairy corn"),
    ("label", "GUARANÁ ANTARCTICA ZERO AÇÚCAR. INGREDIENTES: água gaseificada, extrato de semente de guaraná, acidulante ácido cítrico, aromatizante natural, conservadores benzoato de sódio e sorbato de potássio, edulcorantes aspartame e acessulfame de potássio, corante caramelo IV. FENILCETONÚRICOS: CONTÉM FENILALANINA. NÃO CONTÉM GLÚTEN.", "", "corn"),
    ("label", "PÃO DE QUEIJO Forno de Minas. INGREDIENTES: polvilho azedo, ovos, queijo minas, queijo parmesão, leite, óleo de soja, sal. ALÉRGICOS: CONTÉM OVO, LEITE E SOJA. NÃO CONTÉM GLÚTEN.", "dairy soy", ""),
    ("label", "PAÇOQUITA. INGREDIENTES: amendoim torrado e moído, açúcar, farinha de mandioca, sal. ALÉRGICOS: CONTÉM AMENDOIM. PODE CONTER LEITE, TRIGO E SOJA.", "sugar", "wheat dairy soy"),
]

# ---------------------------------------------------------------------------
# Valentina, Santiago de Chile (grew up in Buenos Aires): chilenismos, labels with ALTO EN octagons
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "once: marraqueta con palta y té con leche sin azúcar", "wheat dairy", ""),
    ("meal", "pastel de choclo de mi abuela, con azúcar arriba como debe ser", "corn sugar", "dairy"),  # why: pastelera is often made with milk or butter
    ("meal", "mote con huesillo en el cerro san cristóbal 🍑", "wheat sugar", ""),  # why: Chilean mote is husked wheat; the juice is sugar or chancaca syrup
    ("meal", "porotos granados con choclo y zapallo, sin longaniza", "corn", ""),
    ("meal", "completo italiano (tomate, palta, mayo)", "wheat", "corn soy sugar"),
    ("meal", "sopaipillas pasadas con chancaca", "wheat sugar", "dairy corn soy"),  # why: fried dough, sometimes with butter; chancaca is raw cane sugar
    ("meal", "asado: vacío, chorizo, provoleta y chimichurri", "dairy", ""),
    ("meal", "medialunas de manteca x2 y un cortado", "wheat dairy sugar", ""),  # why: Argentine manteca is butter; medialunas are glazed with syrup
    ("meal", "empanadas de pino al horno", "wheat", ""),
    ("meal", "mate amargo toda la tarde y unas tostadas con dulce de leche", "wheat dairy sugar", ""),
    ("label", "Galletas Tritón sabor vainilla McKay. ALTO EN AZÚCARES. ALTO EN GRASAS SATURADAS. ALTO EN CALORÍAS. Ingredientes: harina de trigo, azúcar, grasa vegetal (palma), jarabe de glucosa, almidón de maíz, suero de leche en polvo, sal, leudantes, emulsionante (lecitina de soya), aromatizantes. Contiene gluten, leche y soya. Puede contener trazas de maní.", "wheat dairy corn soy sugar", ""),
    ("label", "Manjar Colún. ALTO EN AZÚCARES. Ingredientes: leche entera, azúcar, jarabe de glucosa, almidón modificado, bicarbonato de sodio, sorbato de potasio. Contiene leche.", "dairy sugar", "wheat corn"),
    ("label", "Sahne-Nuss chocolate de leche con almendras. ALTO EN AZÚCARES. ALTO EN GRASAS SATURADAS. ALTO EN CALORÍAS. Ingredientes: azúcar, leche entera en polvo, manteca de cacao, almendras, pasta de cacao, suero de leche en polvo, emulsionante (lecitina de soya), aromatizante. Contiene: leche, almendras, soya. Puede contener trigo y maní.", "dairy soy sugar", "wheat"),
    ("label", "Harina Selecta sin polvos de hornear. Harina de trigo enriquecida con hierro, tiamina, riboflavina, niacina y ácido fólico. Contiene gluten.", "wheat", ""),
    ("label", "Yogur Soprole Protein+ sin azúcar añadida. Ingredientes: leche descremada, proteína de leche, almidón modificado, cultivos lácticos, edulcorante (sucralosa), saborizante. Contiene leche.", "dairy", "wheat corn"),
    ("label", "Alfajor Havanna de dulce de leche bañado en chocolate. Ingredientes: dulce de leche (leche, azúcar, glucosa), harina de trigo, chocolate (azúcar, pasta de cacao, manteca de cacao, lecitina de soja), azúcar, manteca, huevo, miel, almidón de maíz, polvo de hornear. Contiene: leche, trigo, huevo, soja. Puede contener maní y frutos secos.", "wheat dairy corn soy sugar", ""),
    ("label", "Yerba Mate Taragüí con palo. Ingredientes: yerba mate elaborada con palo. Sin TACC.", "", ""),
    ("label", "Mayonesa Hellmann's. Ingredientes: aceite de girasol, agua, yema de huevo, vinagre, sal, azúcar, jugo de limón, espesante (goma xántica), secuestrante EDTA, saborizante. Sin TACC.", "sugar", "corn"),
    ("label", "Pan de molde Ideal Integral. Ingredientes: harina de trigo integral, agua, harina de trigo, gluten, azúcar, levadura, aceite vegetal, sal, harina de soya, emulsionantes (E481), propionato de calcio. Contiene gluten y soya. Puede contener leche y sésamo.", "wheat soy sugar", "dairy corn"),
    ("label", "Super 8 Nestlé barquillo bañado en chocolate. ALTO EN AZÚCARES. ALTO EN GRASAS SATURADAS. ALTO EN CALORÍAS. Ingredientes: azúcar, harina de trigo, grasa vegetal, leche en polvo, cacao, suero de leche, lecitina de soya, sal, bicarbonato de sodio, vainillina. Contiene: gluten, leche, soya.", "wheat dairy soy sugar", "corn"),  # why: unspecified vegetable fat
]

# ---------------------------------------------------------------------------
# Carlos, Medellín (Venezuelan-born): Spanglish, "parce", "pues", no capitals
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "arepa con queso y mantequilla + chocolate santafereño con queso", "dairy corn sugar", ""),
    ("meal", "bandeja paisa full parce: frijoles, arroz, chicharron, huevo, chorizo, arepa, tajada de maduro, aguacate", "corn", "soy"),  # why: maduro and egg fried in unspecified oil
    ("meal", "ajiaco santafereño con crema de leche, alcaparras y mazorca", "dairy corn", ""),
    ("meal", "un tinto y un pandebono", "dairy", "corn sugar"),  # why: many pandebono recipes add masarepa and a little sugar
    ("meal", "buñuelos y natilla de navidad (ya se, ya se)", "dairy corn sugar", "soy"),  # why: buñuelos use cornstarch and cheese; natilla is milk, panela, maicena
    ("meal", "cachapa con queso de mano", "dairy corn sugar", ""),
    ("meal", "pabellon criollo, sin tajadas pues", "", "sugar"),  # why: caraotas are often sweetened with a bit of papelón
    ("meal", "empanada de pabellon (harina PAN) frita", "corn", "soy"),
    ("meal", "lulada y unas obleas con arequipe", "wheat dairy sugar", ""),
    ("meal", "sancocho de gallina with yuca, papa, mazorca and cilantro", "corn", ""),
    ("label", "HARINA P.A.N. Harina de maíz blanco precocida. Ingredientes: maíz blanco desgerminado, niacina, hierro, tiamina, riboflavina, ácido fólico. Sin gluten.", "corn", ""),
    ("label", "Chocolatina Jet. Ingredientes: azúcar, leche entera en polvo, manteca de cacao, licor de cacao, lactosuero, emulsificante (lecitina de soya, PGPR), vainillina. Contiene leche y soya. Puede contener trazas de maní.", "dairy soy sugar", ""),
    ("label", "Colombiana gaseosa sabor a kola champaña. Ingredientes: agua carbonatada, azúcar, color caramelo clase IV, ácido cítrico, benzoato de sodio, saborizante artificial.", "sugar", "corn"),
    ("label", "Galletas Festival sabor fresa. Ingredientes: harina de trigo fortificada, azúcar, grasa vegetal de palma, almidón de maíz, jarabe de maíz, sal, leudantes, lecitina de soya, saborizante artificial, colorante rojo 40. Contiene gluten y soya. Puede contener leche.", "wheat corn soy sugar", "dairy"),
    ("label", "Arequipe Alpina. Ingredientes: leche entera, azúcar, almidón de maíz, bicarbonato de sodio, sorbato de potasio. Contiene leche.", "dairy corn sugar", ""),
    ("label", "Pony Malta. Ingredientes: agua, azúcar, extracto de malta de cebada, cebada, color caramelo, lúpulo, dióxido de carbono.", "sugar", "wheat corn"),
    ("label", "Arepas Doña Paisa tela. Ingredientes: maíz blanco, agua, sal, sorbato de potasio. Libre de gluten.", "corn", ""),
    ("label", "Queso Campesino Colanta. Ingredientes: leche pasteurizada, cloruro de calcio, cuajo, sal, cultivos lácticos.", "dairy", ""),
    ("label", "Salchichas Zenú. Ingredientes: carne de cerdo, carne de pollo, agua, almidón de yuca, proteína de soya, sal, azúcar, fosfatos de sodio, humo líquido, eritorbato de sodio, nitrito de sodio. Contiene soya.", "soy sugar", ""),  # why: yuca starch is cassava, not wheat or corn
    ("label", "Bon Yurt Zucaritas. Yogur: leche entera, azúcar, leche en polvo, almidón modificado, cultivos lácticos. Cereal: hojuelas de maíz azucaradas (maíz, azúcar, sal, extracto de malta). Contiene leche. Puede contener trigo.", "dairy corn sugar", "wheat"),
]

# ---------------------------------------------------------------------------
# Rosa, Lima (family in Guatemala): proper Spanish with accents, loves chifa, pastes Peruvian labels
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "Ceviche clásico con camote, choclo y cancha", "corn", ""),
    ("meal", "Papa a la huancaína de entrada", "wheat dairy", "corn soy"),  # why: the sauce is queso fresco and evaporated milk thickened with soda crackers
    ("meal", "Lomo saltado con papas fritas y arroz", "wheat soy", "corn"),  # why: stir-fried with soy sauce; fries in unspecified oil
    ("meal", "Ají de gallina con arroz y aceituna", "wheat dairy", "corn soy"),  # why: the sauce is bread soaked in milk plus parmesan
    ("meal", "Desayuno: pan con chicharrón y un emoliente caliente", "wheat sugar", ""),
    ("meal", "Chicha morada casera SIN azúcar, solo piña y canela", "corn", ""),
    ("meal", "Picarones con miel de chancaca 🤤", "wheat sugar", "corn soy"),  # why: miel de chancaca is cane-sugar syrup, not honey
    ("meal", "Arroz chaufa de pollo pero con tamari sin gluten", "soy", "corn"),
    ("meal", "Mote con queso (el de Cusco, no el chileno)", "dairy corn", ""),  # why: Andean mote is boiled corn
    ("meal", "Incaparina con leche y canela, endulzada con panela", "dairy corn soy sugar", ""),  # why: Incaparina is corn and soy flour
    ("label", "Inca Kola. ALTO EN AZÚCAR. Ingredientes: agua carbonatada, azúcar, ácido cítrico, saborizante, benzoato de sodio, colorante amarillo (tartrazina).", "sugar", "corn"),
    ("label", "Galletas Soda Field. Ingredientes: harina de trigo fortificada, manteca vegetal, sal, levadura, azúcar invertido, bicarbonato de sodio, emulsionante (lecitina de soya). Contiene: gluten, soya. Puede contener leche.", "wheat soy sugar", "dairy corn"),
    ("label", "Leche Gloria Evaporada Entera. Ingredientes: leche fresca, estabilizantes (fosfato disódico, carragenina), vitaminas A y D. Contiene leche.", "dairy", ""),
    ("label", "Sublime Clásico chocolate con maní. ALTO EN AZÚCAR. ALTO EN GRASAS SATURADAS. Ingredientes: azúcar, maní, leche en polvo, manteca de cacao, pasta de cacao, grasa vegetal, lactosa, lecitina de soya, vainillina. Contiene: leche, maní, soya. Puede contener trigo.", "dairy soy sugar", "wheat corn"),
    ("label", "Cancha Serrana. Maíz tostado salado. Ingredientes: maíz chulpe, aceite vegetal, sal.", "corn", "soy"),
    ("label", "Mayonesa Alacena. Ingredientes: aceite vegetal de soya, agua, huevo, vinagre, azúcar, sal, almidón modificado, jugo de limón, goma xantana, EDTA. Contiene: huevo, soya.", "soy sugar", "wheat corn"),
    ("label", "Sillao Kikko. Ingredientes: agua, frijol de soya, sal, trigo, color caramelo, benzoato de sodio.", "wheat soy", "corn"),
    ("label", "Panetón D'Onofrio. Ingredientes: harina de trigo, frutas confitadas (papaya, azúcar, jarabe de glucosa, ácido cítrico), azúcar, pasas, mantequilla, huevo, leche en polvo, levadura, emulsionante (lecitina de soya), sal, saborizante. Contiene: trigo, huevo, leche, soya.", "wheat dairy soy sugar", "corn"),
    ("label", "Quinua Perlada Costeño. Ingredientes: 100% quinua. Libre de gluten.", "", ""),
    ("label", "Refresco en polvo sabor chicha morada. Ingredientes: azúcar, ácido cítrico, maltodextrina, extracto de maíz morado, saborizante, colorante caramelo.", "corn sugar", ""),
]

# ---------------------------------------------------------------------------
# Priya, Bengaluru: Indian English with Hindi and Kannada words, pastes FSSAI-style labels
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "breakfast 2 idli with coconut chutney and sambar", "", ""),
    ("meal", "rava dosa at CTR with extra benne", "wheat dairy", ""),  # why: rava is semolina; benne is butter
    ("meal", "ragi mudde and soppu saaru, no ghee today", "", ""),  # why: ragi is finger millet
    ("meal", "filter coffee with milk, 1 spoon sugar", "dairy sugar", ""),
    ("meal", "lunch: 2 phulka (atta), dal tadka, bhindi sabzi, curd", "wheat dairy", ""),
    ("meal", "besan chilla with green chutney", "", ""),  # why: besan is chickpea flour
    ("meal", "masala maggi with extra veggies 😅", "wheat sugar", "corn soy"),  # why: Maggi noodles are wheat; the tastemaker has sugar, starch, hydrolysed protein
    ("meal", "makki ki roti with sarson ka saag and white butter", "dairy corn", ""),
    ("meal", "evening: 4 Parle-G with chai", "wheat dairy sugar", ""),
    ("meal", "bisi bele bath made with oil instead of ghee", "", "corn soy"),  # why: unspecified oil
    ("label", "Parle-G Original Gluco Biscuits. Ingredients: Wheat Flour (Atta) (68%), Sugar, Edible Vegetable Oil (Palm), Invert Sugar Syrup, Raising Agents [503(ii), 500(ii)], Milk Solids, Iodised Salt, Emulsifiers [322, 471], Dough Conditioner (223). Contains: Wheat, Milk. May contain Soy.", "wheat dairy sugar", "soy"),  # why: emulsifier 322 is lecithin of unstated source
    ("label", "MAGGI 2-Minute Masala Noodles. Noodles: Refined Wheat Flour (Maida), Palm Oil, Iodised Salt, Wheat Gluten, Thickeners (508, 412), Acidity Regulators (501(i), 500(i)), Humectant (451(i)). Masala Tastemaker: Mixed Spices, Noodle Powder (Refined Wheat Flour, Palm Oil), Sugar, Iodised Salt, Hydrolysed Groundnut Protein, Corn Starch, Flavour Enhancer (635), Acidity Regulator (330). Contains Wheat. May contain Milk, Mustard, Nuts, Soy.", "wheat corn sugar", "dairy soy"),  # why: hydrolysed protein is named as groundnut
    ("label", "Amul Butter Pasteurised. Ingredients: Butter, Common Salt. Contains Milk.", "dairy", ""),
    ("label", "Aashirvaad Shudh Chakki Atta. Ingredients: Whole Wheat. 100% Atta, 0% Maida.", "wheat", ""),
    ("label", "Haldiram's Aloo Bhujia. Ingredients: Potato (40%), Tepary Bean Flour (Moth), Edible Vegetable Oil (Cotton Seed, Corn & Palmolein Oil), Gram Pulse Flour, Iodised Salt, Spices & Condiments. May contain traces of Milk, Wheat.", "corn", "wheat dairy"),  # why: the oil blend names corn
    ("label", "Kissan Fresh Tomato Ketchup. Ingredients: Water, Tomato Paste (28%), Sugar, Iodised Salt, Acidity Regulator (260), Preservative (211), Stabilizer (415), Dehydrated Onion, Spices & Condiments.", "sugar", "corn"),  # why: 415 is xanthan gum
    ("label", "MTR Rava Idli Mix. Ingredients: Semolina (Rava) (64%), Rice Flakes, Edible Vegetable Oil (Refined Rice Bran Oil), Bengal Gram Dal, Iodised Salt, Cashew, Raising Agent (500(ii)), Curry Leaves, Spices, Acidity Regulator (330). Contains Wheat, Cashew.", "wheat", "corn"),
    ("label", "Cadbury Dairy Milk. Ingredients: Sugar, Milk Solids (20%), Cocoa Butter, Cocoa Solids, Emulsifiers (442, 476), Artificial Flavouring Substances (Vanilla). Contains Milk. May contain Wheat, Nuts and Soy.", "dairy sugar", "wheat soy"),
    ("label", "Saffola Oats Classic Masala. Ingredients: Rolled Oats (77%), Dehydrated Vegetables, Maltodextrin, Salt, Spices, Sugar, Corn Starch, Flavour Enhancers (627, 631), Palm Oil, Acidity Regulator (330). Contains Oats. May contain Wheat, Milk, Soy.", "corn sugar", "wheat dairy soy"),
    ("label", "Epigamia Greek Yogurt Natural, No Added Sugar. Ingredients: Pasteurised Toned Milk, Milk Solids, Active Live Cultures. Contains Milk.", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Ayesha, Lahore: Roman Urdu, lots of "yaar", mixes English; pastes Pakistani labels (English/Urdu)
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "subah halwa puri aur chanay khaye yaar, nashta tha sunday ka", "wheat dairy sugar", "corn soy"),  # why: suji halwa is semolina, ghee, sugar; puri fried in unspecified oil
    ("meal", "lunch mein aloo gosht aur 2 chapati", "wheat", ""),
    ("meal", "chai with doodh patti, no cheeni (trying!)", "dairy", ""),
    ("meal", "chicken karahi with naan from the tandoor", "wheat", "dairy sugar"),  # why: tandoor naan is often made with yogurt or milk and a little sugar
    ("meal", "daal chawal with achaar, kuch nahi aur", "", ""),
    ("meal", "lassi meethi, ek glass", "dairy sugar", ""),
    ("meal", "iftari: pakoray, samosay, fruit chaat aur Rooh Afza", "wheat sugar", "corn soy"),  # why: samosa pastry is maida; all fried in unspecified oil; Rooh Afza is syrup
    ("meal", "makai ka bhutta with lemon and namak on the beach", "corn", ""),
    ("meal", "gajar ka halwa, ammi ne banaya with khoya", "dairy sugar", ""),
    ("meal", "nihari with kulcha, maghz nahi liya", "wheat", ""),  # why: nihari gravy is thickened with atta
    ("label", "Tapal Danedar Black Tea. Ingredients: 100% Black Tea.", "", ""),
    ("label", "Olper's Full Cream Milk UHT. Ingredients: Cow Milk, Stabilizer (E339). Contains Milk.", "dairy", ""),
    ("label", "Peek Freans Sooper Egg & Milk Cookies. Ingredients: Wheat Flour, Sugar, Vegetable Ghee, Eggs, Invert Syrup, Milk Powder, Leavening Agents (E500, E503), Salt, Emulsifier (Soya Lecithin E322), Artificial Flavours. Contains Wheat, Egg, Milk, Soy.", "wheat dairy soy sugar", "corn"),  # why: vegetable ghee is hydrogenated oil, not dairy; source oil unstated
    ("label", "Shan Biryani Masala. Ingredients: Salt, Red Chilli, Coriander, Cumin, Ginger, Garlic, Black Pepper, Cardamom, Dried Plums, Citric Acid, Cinnamon, Clove, Papaya, Bay Leaf, Nutmeg, Mace, Soy Oil (as carrier). May contain Wheat, Mustard.", "soy", "wheat corn"),
    ("label", "Nurpur Salted Butter. Ingredients: Pasteurized Cream, Salt. Contains Milk.", "dairy", ""),
    ("label", "National Tomato Ketchup. Ingredients: Tomato Paste, Sugar, Vinegar, Salt, Modified Starch (E1422), Onion, Spices, Preservative (E211).", "sugar", "wheat corn"),
    ("label", "Kurkure Masala Munch. Ingredients: Rice Meal, Edible Vegetable Oil (Palmolein), Corn Meal, Gram Meal, Spices & Condiments, Salt, Sugar, Tomato Powder, Citric Acid, Flavour Enhancer (627, 631), Milk Solids. Contains Milk.", "dairy corn sugar", ""),
    ("label", "Rooh Afza Sharbat. Ingredients: Sugar, Water, Herbal Extracts, Fruit Juices (Orange, Pineapple), Flavouring, Colour (E122), Preservative (E211).", "sugar", ""),
    ("label", "Knorr Chicken Noodles (Pakistan). Noodles: Wheat Flour, Palm Oil, Salt, Thickener (E412), Acidity Regulator (E501). Masala: Salt, Sugar, Maltodextrin, Chicken Powder, Spices, Flavour Enhancer (E621), Hydrolysed Vegetable Protein, Garlic, Corn Starch. Contains Wheat. May contain Milk, Soy, Egg.", "wheat corn sugar", "dairy soy"),
    ("label", "Shezan Mango Drink. Ingredients: Water, Sugar, Mango Pulp (18%), Citric Acid, Stabilizer (E466), Vitamin C, Colour (E110), Flavour.", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Rahim, Dhaka: Banglish (Bengali in Latin letters) and some Bengali script; Bangladeshi labels bilingual
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "shokale panta bhat ar alu bhorta with sorishar tel", "", ""),  # why: sorishar tel is mustard oil
    ("meal", "dupure bhat, ilish macher jhol, dal", "", ""),
    ("meal", "bikel e cha (dudh cha, chini chara) ar muri", "dairy", ""),
    ("meal", "luchi ar alur dom on pohela boishakh", "wheat", "corn soy"),  # why: luchi is maida, deep-fried in unspecified oil
    ("meal", "mishti doi one small bowl 😋", "dairy sugar", ""),
    ("meal", "kacchi biryani from Sultan's Dine", "dairy", "sugar"),  # why: kacchi uses yogurt marinade and ghee; some add sugar
    ("meal", "ভাত, ডাল আর মুরগির মাংস", "", ""),
    ("meal", "পরোটা আর ডিম ভাজি", "wheat", "dairy corn soy"),  # why: parota is atta or maida fried in ghee or oil
    ("meal", "rosogolla 2 ta from the wedding", "dairy sugar", ""),  # why: chhana in sugar syrup
    ("meal", "khichuri with beef bhuna, rainy day", "", "dairy"),  # why: khichuri is often finished with ghee
    ("label", "Pran Mango Fruit Drink / প্রাণ ম্যাংগো ফ্রুট ড্রিংক. Ingredients: Water, Sugar, Mango Pulp, Acidity Regulator (INS 330), Stabilizer (INS 466), Ascorbic Acid, Permitted Colour (INS 110), Mango Flavour.", "sugar", "corn"),
    ("label", "Olympic Energy Plus Biscuit. Ingredients: Wheat Flour, Sugar, Palm Oil, Glucose, Milk Powder, Invert Syrup, Salt, Raising Agent (INS 500ii, 503ii), Emulsifier (Soya Lecithin), Flavour (Milk, Vanilla). Contains Wheat, Milk, Soy.", "wheat dairy soy sugar", "corn"),
    ("label", "Radhuni Turmeric Powder / রাঁধুনী হলুদ গুঁড়া. Ingredients: 100% Turmeric.", "", ""),
    ("label", "Aarong Dairy Pasteurized Liquid Milk / পাস্তুরিত তরল দুধ. Ingredients: Cow milk (Fat 3.5%).", "dairy", ""),
    ("label", "Mr. Noodles Magic Masala. Noodles: Wheat Flour, Palm Oil, Salt, Guar Gum. Masala: Salt, Sugar, Spices, Flavour Enhancer (INS 621), Soy Sauce Powder (Soybean, Wheat), Dehydrated Vegetables. Contains Wheat, Soy.", "wheat soy sugar", ""),
    ("label", "Teer Soybean Oil / তীর সয়াবিন তেল. Refined soybean oil fortified with Vitamin A.", "soy", ""),
    ("label", "Ruchi Chanachur Hot. Ingredients: Gram Flour, Peanut, Lentil, Rice Flakes, Edible Vegetable Oil, Salt, Spices, Citric Acid. May contain traces of wheat.", "", "wheat corn soy"),
    ("label", "Igloo Vanilla Ice Cream / ইগলু ভ্যানিলা আইসক্রিম. Ingredients: Milk, Sugar, Milk Solids, Vegetable Fat, Liquid Glucose, Stabilizers (INS 412, 407), Emulsifier (INS 471), Vanilla Flavour. Contains Milk.", "dairy sugar", "wheat corn soy"),
    ("label", "Bashundhara Atta (Whole Wheat). Ingredients: 100% Whole Wheat Flour.", "wheat", ""),
    ("label", "Danish Condensed Filled Milk. Ingredients: Sugar, Skimmed Milk Powder, Palm Oil, Lactose, Water. Contains Milk.", "dairy sugar", ""),
]

# ---------------------------------------------------------------------------
# Nilmini, Colombo: Sri Lankan English with Sinhala words, very short messages
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "kiribath with lunu miris", "", ""),  # why: milk rice is made with coconut milk
    ("meal", "string hoppers, pol sambol, kiri hodi", "", ""),  # why: rice flour; kiri hodi is coconut milk gravy
    ("meal", "egg hopper x2", "", "sugar"),  # why: hopper batter sometimes has a pinch of sugar
    ("meal", "kottu roti chicken", "wheat", "corn soy"),  # why: godamba roti is maida; fried on the griddle in unspecified oil, often with soy sauce
    ("meal", "rice and curry, parippu, mallum, fish ambul thiyal", "", ""),
    ("meal", "plain tea with sugar and a slice of butter cake", "wheat dairy sugar", ""),
    ("meal", "kokis and kavum for avurudu", "sugar", "wheat corn soy"),  # why: kavum is rice flour and treacle; some recipes add wheat flour; deep-fried
    ("meal", "watalappan (made with kithul jaggery)", "sugar", ""),  # why: coconut milk custard; kithul jaggery is a palm sugar
    ("meal", "pittu with coconut milk and katta sambol", "", ""),
    ("meal", "Milo packet after gym", "dairy sugar", "wheat"),  # why: ready-to-drink Milo is milk, sugar, malt extract
    ("label", "Anchor Full Cream Milk Powder. Ingredients: Full cream milk solids, Soy lecithin (emulsifier), Vitamins A and D. Contains Milk and Soy.", "dairy soy", ""),
    ("label", "Munchee Super Cream Cracker. Ingredients: Wheat Flour, Vegetable Oil (Palm), Sugar, Salt, Yeast, Malt Extract, Raising Agents (500ii, 503ii), Emulsifier (Soy Lecithin 322). Contains Wheat, Soy. May contain Milk.", "wheat soy sugar", "dairy"),
    ("label", "Elephant House Cream Soda. Ingredients: Carbonated Water, Sugar, Acidity Regulator (330), Flavouring, Preservative (211), Colour (150d).", "sugar", "corn"),
    ("label", "Maliban Chocolate Puff. Ingredients: Wheat Flour, Sugar, Vegetable Fat, Cocoa Powder, Glucose Syrup, Milk Powder, Salt, Leavening Agents, Emulsifier (Lecithin), Flavour. Contains Wheat, Milk. May contain Soy, Egg.", "wheat dairy sugar", "corn soy"),
    ("label", "Maggi Coconut Milk Powder. Ingredients: Coconut Milk Solids (60%), Maltodextrin, Sodium Caseinate, Stabiliser (340ii), Anti-caking agent (551). Contains Milk.", "dairy", "corn"),  # why: caseinate is a milk protein even in coconut milk powder
    ("label", "Kithul Treacle 100% Pure. Ingredients: Kithul palm sap, boiled.", "sugar", ""),  # why: treacle is concentrated sugar syrup
    ("label", "Prima Kottu Mee Instant Noodles. Noodles: Wheat Flour, Palm Oil, Salt, Stabilizer (451). Seasoning: Salt, Sugar, Spices, Flavour Enhancer (621), Soy Sauce Powder, Chilli. Contains Wheat, Soy.", "wheat soy sugar", ""),
    ("label", "Astra Margarine. Ingredients: Vegetable Oils and Fats (Palm), Water, Salt, Emulsifiers (471, Soy Lecithin), Milk Solids, Preservative (202), Flavour, Colour (160a), Vitamins A and D. Contains Milk, Soy.", "dairy soy", ""),
    ("label", "Harischandra Rice Flour (Red Raw). Ingredients: 100% red rice flour. Gluten free.", "", ""),
    ("label", "Wijaya Chilli Powder. Ingredients: 100% Dried Red Chilli.", "", ""),
]

# ---------------------------------------------------------------------------
# Bishal, Kathmandu: Nepali English, lowercase, momo obsessed
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "buff momo 10 pcs with jhol achar", "wheat", ""),
    ("meal", "dal bhat tarkari, refill twice", "", ""),
    ("meal", "sel roti for tihar and milk tea", "dairy sugar", "corn soy"),  # why: sel roti is rice flour and sugar fried in oil or ghee
    ("meal", "thukpa with veg, little soy sauce", "wheat soy", ""),
    ("meal", "chatamari (rice crepe) with egg and keema", "", ""),
    ("meal", "dhido made of makai flour with gundruk", "corn", ""),  # why: makai is maize
    ("meal", "juju dhau from bhaktapur", "dairy sugar", ""),  # why: sweetened set yogurt
    ("meal", "wai wai noodles eaten dry from packet lol", "wheat soy sugar", "corn"),
    ("meal", "buckwheat (phapar) roti with honey", "", "sugar"),  # why: buckwheat is not wheat; honey counts as possible sugar
    ("meal", "chiura with aloo achar and yak cheese", "dairy", ""),
    ("label", "Wai Wai Chicken Flavoured Instant Noodles. Noodles: Wheat Flour, Palm Oil, Salt, Sugar, Soy Sauce (Soybean, Wheat), Guar Gum. Seasoning: Salt, Chilli, Sugar, Flavour Enhancer (E621), Chicken Flavour. Contains Wheat, Soy.", "wheat soy sugar", ""),
    ("label", "DDC Pasteurised Milk. Ingredients: Standardised cow and buffalo milk.", "dairy", ""),
    ("label", "Real Juice Mango. Ingredients: Water, Mango Pulp, Sugar, Acidity Regulator (330), Stabiliser (440), Antioxidant (300).", "sugar", "corn"),
    ("label", "Himalayan Yak Churpi (hard cheese). Ingredients: Yak milk, cow milk, salt, lime juice.", "dairy", ""),
    ("label", "Gorkha Basmati Rice. Ingredients: 100% Basmati Rice.", "", ""),
    ("label", "Current Noodles Hot & Spicy. Noodles: Wheat Flour, Palm Oil, Tapioca Starch, Salt. Masala: Salt, Sugar, Chilli, Garlic, Flavour Enhancer (E627, E631), Hydrolyzed Vegetable Protein, Caramel (E150c). Contains Wheat.", "wheat sugar", "corn soy"),
    ("label", "Sujal Ghee Pure Cow. Ingredients: 100% cow milk fat.", "dairy", ""),
    ("label", "Nebico Choco Fun Biscuits. Ingredients: Wheat Flour, Sugar, Hydrogenated Vegetable Oil, Cocoa Powder, Corn Starch, Liquid Glucose, Milk Solids, Leavening Agents, Emulsifier (E322), Salt, Artificial Chocolate Flavour. Contains Wheat, Milk.", "wheat dairy corn sugar", "soy"),
    ("label", "Himalayan Java Coffee Beans, Medium Roast. 100% Arabica.", "", ""),
    ("label", "Coca-Cola (Nepal). Ingredients: Carbonated Water, Sugar, Colour (Caramel E150d), Acidity Regulator (E338), Natural Flavours, Caffeine.", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Mei, Shanghai: writes in Chinese, sometimes pinyin or English; pastes Chinese labels (配料表, 致敏物质)
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "早饭：豆浆一杯，油条一根", "wheat soy", "corn"),  # why: youtiao is wheat dough fried in unspecified oil
    ("meal", "小笼包6个，蘸醋", "wheat", "soy sugar"),  # why: the filling is usually seasoned with soy sauce and sugar
    ("meal", "午饭 番茄炒蛋 + 米饭，没放糖", "", "corn soy"),  # why: stir-fried in unspecified oil
    ("meal", "荞麦面 凉拌 加了一点酱油", "wheat soy", ""),  # why: buckwheat is not wheat, but soy sauce is brewed with wheat
    ("meal", "牛油果吐司，无黄油", "wheat", "sugar"),  # why: 牛油果 is avocado; toast bread may contain sugar
    ("meal", "红烧肉 with rice, mom's recipe", "wheat soy sugar", ""),  # why: braised in soy sauce and rock sugar
    ("meal", "麻婆豆腐 盖饭", "wheat soy", "corn"),  # why: tofu plus doubanjiang (broad bean and wheat flour); thickened with starch
    ("meal", "奶茶 少糖 加珍珠", "dairy sugar", ""),  # why: less sugar is still sugar; tapioca pearls are cassava
    ("meal", "玉米排骨汤", "corn", ""),
    ("meal", "燕麦粥 用椰奶煮的", "", "wheat"),  # why: oats may carry wheat cross-contact; coconut milk is not dairy
    ("label", "产品名称：奥利奥原味夹心饼干。配料：小麦粉、白砂糖、植物油、低脂可可粉、玉米淀粉、食用葡萄糖、碳酸氢钠、食用盐、大豆磷脂、香兰素。致敏物质提示：含有小麦、大豆制品。此生产线也加工含有乳制品的产品。", "wheat corn soy sugar", "dairy"),
    ("label", "蒙牛纯牛奶。配料：生牛乳。", "dairy", ""),
    ("label", "康师傅红烧牛肉面。面饼：小麦粉、棕榈油、淀粉、食用盐、酱油、白砂糖。调味包：食用盐、味精、白砂糖、牛肉粉、酱油粉（含小麦、大豆）、辣椒、焦糖色。致敏物质：含有小麦、大豆。", "wheat soy sugar", "corn"),
    ("label", "老干妈风味豆豉油制辣椒。配料：菜籽油、辣椒、豆豉、食用盐、味精、白砂糖、花椒。", "soy sugar", ""),  # why: 豆豉 is fermented black soybean; rapeseed oil is not corn or soy
    ("label", "金龙鱼玉米油。配料：玉米油。", "corn", ""),
    ("label", "旺旺雪饼。配料：大米、棕榈油、白砂糖、食用葡萄糖、淀粉、乳粉、食用盐、单,双甘油脂肪酸酯。含有乳制品。", "dairy sugar", "wheat corn"),  # why: rice crackers; unqualified starch
    ("label", "李锦记旧庄特级蚝油。配料：水、白砂糖、食用盐、蚝汁、谷氨酸钠、羟丙基二淀粉磷酸酯、小麦粉、焦糖色。含有小麦。", "wheat sugar", "corn"),  # why: modified starch and caramel colour
    ("label", "伊利安慕希希腊风味酸奶 原味。配料：生牛乳、白砂糖、乳清蛋白粉、食品添加剂（果胶、琼脂）、保加利亚乳杆菌、嗜热链球菌。", "dairy sugar", ""),
    ("label", "德芙丝滑牛奶巧克力。配料：白砂糖、全脂乳粉、可可脂、可可液块、脱脂乳粉、乳糖、乳脂、大豆磷脂、食用香精。含有乳制品、大豆制品，可能含有小麦、花生。", "dairy soy sugar", "wheat"),
    ("label", "元气森林苏打气泡水 白桃味 0糖0卡。配料：水、赤藓糖醇、食品添加剂（二氧化碳、柠檬酸、柠檬酸钠、三氯蔗糖）、食用香精。", "", "corn"),  # why: erythritol and sucralose are not sugar; citric acid possible corn
]

# ---------------------------------------------------------------------------
# Kenji, Osaka: Japanese with some English, kaomoji; pastes Japanese labels (原材料名, 一部に…を含む)
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "朝：納豆ごはんと味噌汁 (´・ω・`)", "soy", "wheat sugar"),  # why: natto tare is soy sauce with sugar; miso may contain barley or wheat
    ("meal", "ざるそば 大盛り", "wheat soy sugar", ""),  # why: most soba is 20-30% wheat; tsuyu is soy sauce, mirin, sugar
    ("meal", "十割そば with just salt, no tsuyu", "", ""),  # why: juwari soba is 100% buckwheat
    ("meal", "たこ焼き8個 ソースとマヨ", "wheat sugar", "corn soy"),  # why: wheat batter; okonomi sauce is sugared; mayo oil unknown
    ("meal", "コンビニのおにぎり 鮭", "", "sugar"),  # why: convenience-store rice may have seasoning with sugar
    ("meal", "lunch: 天ぷらうどん", "wheat soy", "corn sugar"),  # why: udon and batter are wheat; dashi broth has soy sauce and mirin
    ("meal", "牛丼 並盛 (すき家)", "wheat soy sugar", ""),
    ("meal", "麦茶いっぱい飲んだ", "", ""),  # why: barley tea, not wheat
    ("meal", "豆腐とわかめのサラダ、ドレッシングなし", "soy", ""),
    ("meal", "カフェラテ (オーツミルクに変更)", "", ""),  # why: swapped to oat milk, so no dairy
    ("label", "カップヌードル。原材料名：油揚げめん（小麦粉、植物油脂、食塩、チキンエキス、ポークエキス、しょうゆ、たん白加水分解物）、かやく（味付豚ミンチ、えび、卵、ねぎ）、スープ（糖類、粉末しょうゆ、食塩、香辛料、たん白加水分解物、香味調味料、ポークエキス）／加工でん粉、調味料（アミノ酸等）、炭酸Ca、カラメル色素、かんすい、乳化剤、増粘多糖類、酸化防止剤（ビタミンE）、カロチノイド色素、ビタミンB2、ビタミンB1、酸味料、香料、（一部に小麦・卵・乳成分・えび・大豆・鶏肉・豚肉・ゼラチンを含む）", "wheat dairy soy sugar", "corn"),
    ("label", "明治ブルガリアヨーグルト LB81 プレーン。原材料名：生乳、乳製品。", "dairy", ""),
    ("label", "キッコーマン特選丸大豆しょうゆ。原材料名：大豆（遺伝子組換えでない）、小麦、食塩。", "wheat soy", ""),
    ("label", "ポッキーチョコレート。原材料名：小麦粉、砂糖、カカオマス、植物油脂、全粉乳、ショートニング、モルトエキス、でん粉、イースト、食塩、ココアバター／乳化剤、香料、膨脹剤、アナトー色素、調味料（無機塩）、（一部に小麦・乳成分・大豆を含む）", "wheat dairy soy sugar", "corn"),
    ("label", "午後の紅茶 ミルクティー。原材料名：牛乳、砂糖、紅茶、全粉乳、脱脂粉乳、デキストリン、食塩／香料、乳化剤、ビタミンC。（一部に乳成分を含む）", "dairy sugar", "corn"),  # why: dextrin source unstated
    ("label", "コカ・コーラ。原材料名：糖類（果糖ぶどう糖液糖、砂糖）／炭酸、カラメル色素、酸味料、香料、カフェイン", "corn sugar", ""),  # why: fructose-glucose syrup in Japan is corn-derived HFCS
    ("label", "十割そば 乾麺。原材料名：そば粉（国内製造）。本品製造工場では小麦を含む製品を製造しています。", "", "wheat"),
    ("label", "米粉パン。原材料名：米粉、砂糖、米油、イースト、食塩、サイリウム。小麦・乳・卵不使用。", "sugar", ""),
    ("label", "ハウス バーモントカレー 甘口。原材料名：食用油脂（牛脂豚脂混合油、パーム油）、小麦粉、砂糖、でんぷん、食塩、カレー粉、りんごペースト、はちみつ、脱脂粉乳、ソテーカレールウ、チーズ、ガーリックパウダー、ココナッツミルクパウダー、粉末しょうゆ／調味料（アミノ酸等）、カラメル色素、乳化剤、酸味料、香料、（一部に小麦・乳成分・大豆・りんごを含む）", "wheat dairy soy sugar", "corn"),
    ("label", "ごま油 純正。原材料名：食用ごま油。", "", ""),
]

# ---------------------------------------------------------------------------
# Ji-woo, Seoul: Korean with English brand names, ㅋㅋ and ㅠㅠ; pastes Korean labels (알레르기 유발물질)
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "아침: 현미밥, 김치, 계란말이", "", "sugar"),  # why: commercial kimchi often has a little sugar
    ("meal", "점심 떡볶이 (밀떡) + 순대 ㅠㅠ", "wheat soy sugar", "corn"),  # why: milddeok is wheat; gochujang has soybean powder and corn syrup or sugar; sundae has glass noodles
    ("meal", "쌀떡볶이로 먹음, 소스는 고추장", "soy sugar", "wheat corn"),  # why: rice cakes, but gochujang is made with soybean powder and often wheat and corn syrup
    ("meal", "삼겹살 구이 + 쌈, 쌈장", "soy", "wheat sugar"),  # why: ssamjang is doenjang plus gochujang
    ("meal", "된장찌개 with tofu", "soy", "wheat"),
    ("meal", "신라면 1개 + 계란", "wheat soy sugar", "corn"),
    ("meal", "아이스 아메리카노 벤티 ㅋㅋ", "", ""),
    ("meal", "치킨 반반 (양념+후라이드)", "wheat sugar", "corn soy"),  # why: battered in wheat flour; yangnyeom sauce has corn syrup; fried in unspecified oil
    ("meal", "비빔밥 without gochujang, just sesame oil", "", ""),
    ("meal", "붕어빵 3개 팥 들어간거", "wheat sugar", "dairy"),  # why: batter sometimes contains milk
    ("label", "신라면. 원재료명: 면 - 소맥분(밀: 미국산, 호주산), 감자전분, 팜유, 정제염, 난각칼슘. 스프 - 정제염, 정백당, 간장분말, 소고기맛분말, 고춧가루, 마늘, 카라멜색소. 알레르기 유발물질: 밀, 대두, 쇠고기 함유. 이 제품은 우유, 메밀, 땅콩, 계란, 고등어를 사용한 제품과 같은 제조시설에서 제조하고 있습니다.", "wheat soy sugar", "dairy corn"),
    ("label", "서울우유 1등급 우유. 원재료명: 원유 100%. 알레르기 유발물질: 우유 함유.", "dairy", ""),
    ("label", "해찬들 태양초 고추장. 원재료명: 물엿(옥수수), 고춧가루, 정제수, 소맥분(밀), 천일염, 대두, 주정, 쌀. 알레르기 유발물질: 밀, 대두 함유.", "wheat corn soy sugar", ""),  # why: mulyeot (starch syrup) stated as from corn
    ("label", "바나나맛 우유. 원재료명: 원유 85%, 정제수, 설탕, 혼합탈지분유, 바나나농축과즙, 카로틴, 합성향료. 우유 함유.", "dairy sugar", ""),
    ("label", "초코파이 정. 원재료명: 소맥분(밀), 백설탕, 물엿, 쇼트닝, 코코아분말, 전란액, 유청분말, 젤라틴, 대두레시틴, 합성향료. 알레르기 유발물질: 밀, 계란, 우유, 대두, 돼지고기 함유.", "wheat dairy soy sugar", "corn"),  # why: mulyeot source not stated
    ("label", "풀무원 국산콩 두부 부침용. 원재료명: 대두(국산) 99%, 응고제(염화마그네슘).", "soy", ""),
    ("label", "새우깡. 원재료명: 소맥분(밀), 새우, 팜유, 옥수수전분, 백설탕, 정제염, 변성전분. 알레르기 유발물질: 밀, 새우, 대두 함유.", "wheat corn soy sugar", ""),
    ("label", "비비고 포기배추김치. 원재료명: 배추, 무, 고춧가루, 정제수, 마늘, 양파, 멸치액젓, 설탕, 찹쌀풀, 생강, 새우젓. 새우 함유.", "sugar", ""),
    ("label", "오뚜기 옛날 참기름. 원재료명: 참깨 100%.", "", ""),
    ("label", "칠성사이다 제로. 원재료명: 정제수, 탄산가스, 구연산, 향료, 아스파탐, 아세설팜칼륨. 페닐케톤뇨증 환자는 섭취를 제한하십시오.", "", "corn"),
]

# ---------------------------------------------------------------------------
# Linh, Hà Nội: Vietnamese, sometimes without diacritics; pastes Vietnamese labels (Thành phần, Chứa)
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "sáng: phở bò tái, thêm quẩy", "wheat", "corn soy sugar"),  # why: quẩy is fried wheat dough; pho broth often has rock sugar
    ("meal", "bánh mì pate trứng", "wheat", "dairy corn soy sugar"),  # why: baguette plus pâté, butter spread, mayo and Maggi seasoning vary
    ("meal", "ca phe sua da 1 ly", "dairy sugar", ""),  # why: made with sweetened condensed milk
    ("meal", "cà phê đen không đường", "", ""),
    ("meal", "bún chả Hàng Mành", "sugar", "soy"),  # why: the dipping sauce is fish sauce with sugar; pork marinade sometimes has soy sauce
    ("meal", "xôi ngô với hành phi", "corn", "soy"),  # why: ngô is corn; fried shallots in unspecified oil
    ("meal", "bơ dầm sữa đặc 🥑", "dairy sugar", ""),  # why: bơ here is avocado, but sữa đặc is sweetened condensed milk
    ("meal", "đậu phụ sốt cà chua với cơm", "soy", "corn sugar"),
    ("meal", "chè đậu xanh nước cốt dừa", "sugar", ""),  # why: coconut milk is not dairy
    ("meal", "gỏi cuốn tôm thịt, chấm tương đen", "wheat soy sugar", ""),  # why: hoisin is soybean paste with sugar and often wheat
    ("label", "Mì Hảo Hảo tôm chua cay. Thành phần: Vắt mì: bột mì, dầu thực vật (dầu cọ), tinh bột, muối, đường, nước mắm, chất điều vị (621). Gói gia vị: muối, đường, bột ngọt, tôm, ớt, tỏi, hành, chất điều vị (627, 631). Gói dầu: dầu thực vật, ớt, tỏi. Chứa lúa mì. Có thể chứa đậu nành, tôm, cá.", "wheat sugar", "corn soy"),
    ("label", "Sữa tươi tiệt trùng Vinamilk có đường. Thành phần: sữa bò tươi (96%), đường tinh luyện (3,8%), chất ổn định (471, 460(i), 466, 407), vitamin. Chứa sữa.", "dairy sugar", ""),
    ("label", "Nước tương Chin-su tỏi ớt. Thành phần: nước, đường, muối, đậu nành (5%), đạm đậu nành thủy phân, tỏi, ớt, chất điều vị (621), chất bảo quản (211), màu tự nhiên (150c). Chứa đậu nành.", "soy sugar", "corn"),
    ("label", "Nước mắm Nam Ngư. Thành phần: nước, muối, chiết xuất cá cơm, đường, chất điều vị (621, 627, 631), chất bảo quản (211), chất điều chỉnh độ axit (330), màu tự nhiên (150a). Chứa cá.", "sugar", "corn"),
    ("label", "Bánh Chocopie Orion Việt Nam. Thành phần: bột mì, đường, mạch nha, dầu thực vật, trứng, cacao, sữa bột, gelatin, chất nhũ hóa (lecithin đậu nành), muối. Chứa lúa mì, trứng, sữa, đậu nành.", "wheat dairy soy sugar", "corn"),  # why: mạch nha is maltose syrup of unstated source
    ("label", "Bột bắp Tài Ký (tinh bột ngô). Thành phần: 100% tinh bột ngô.", "corn", ""),
    ("label", "Trà xanh Không Độ. Thành phần: nước, đường, trà xanh, chất điều chỉnh độ axit (330), vitamin C, hương chanh tự nhiên.", "sugar", "corn"),
    ("label", "Bơ lạt Anchor (butter unsalted). Thành phần: kem sữa. Chứa sữa.", "dairy", ""),
    ("label", "Bánh đa nem. Thành phần: bột gạo, nước, muối. Không chứa gluten.", "", ""),
    ("label", "Nước cốt dừa Vietcoco. Thành phần: nước cốt dừa 99%, chất ổn định (415, 412). Không đường.", "", "corn"),
]

# ---------------------------------------------------------------------------
# Nong, Bangkok: Thai with English, "555" for laughing; pastes Thai labels (ส่วนประกอบ, ข้อมูลสำหรับผู้แพ้อาหาร)
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "pad thai goong from the street, no peanuts 555", "sugar", "soy"),  # why: tamarind sauce with palm sugar; tofu and soy sauce vary by stall
    ("meal", "ข้าวมันไก่", "soy", "wheat sugar"),  # why: the sauce is fermented soybean (tao jiew) with sugar; sometimes dark soy sauce
    ("meal", "ส้มตำไทย ไม่ใส่น้ำตาล", "", ""),
    ("meal", "khao pad kra pao moo + kai dao", "wheat soy sugar", "corn"),  # why: seasoned with soy sauce, oyster sauce and sugar; fried egg in unspecified oil
    ("meal", "mango sticky rice 🥭", "sugar", ""),  # why: coconut cream and sugar, not dairy
    ("meal", "ต้มยำน้ำข้น", "dairy", "sugar"),  # why: creamy tom yum is usually made with evaporated milk or non-dairy creamer
    ("meal", "cha yen at 7-11", "dairy sugar", ""),
    ("meal", "jok moo with pa tong go", "wheat", "corn soy"),  # why: pa tong go is fried wheat dough; congee often gets soy sauce
    ("meal", "green curry chicken with roti", "wheat", "dairy sugar"),  # why: green curry often has palm sugar; roti is often fried in margarine or butter
    ("meal", "grilled pork neck with jaew, sticky rice", "", "sugar soy"),
    ("label", "มาม่า รสต้มยำกุ้ง (MAMA Tom Yum Shrimp). ส่วนประกอบ: แป้งสาลี 71%, น้ำมันปาล์ม, เกลือ, ซอสถั่วเหลือง. เครื่องปรุง: น้ำตาล, เกลือ, ผงปรุงรส, พริก, กุ้ง, ข่า, ตะไคร้. ข้อมูลสำหรับผู้แพ้อาหาร: มีข้าวสาลี ถั่วเหลือง กุ้ง. อาจมีนม ไข่.", "wheat soy sugar", "dairy"),
    ("label", "นมถั่วเหลืองไวตามิ้ลค์ สูตรดั้งเดิม. ส่วนประกอบ: น้ำ, ถั่วเหลือง 15%, น้ำตาลทราย 7%, น้ำมันรำข้าว, เกลือ. มีถั่วเหลือง.", "soy sugar", ""),
    ("label", "ซอสหอยนางรมแม่ครัว. ส่วนประกอบ: หัวน้ำหอยนางรม 40%, น้ำตาล, เกลือ, แป้งมันสำปะหลังดัดแปร, ผงชูรส, สีคาราเมล. มีหอยนางรม. อาจมีข้าวสาลี ถั่วเหลือง.", "sugar", "wheat corn soy"),  # why: modified tapioca starch is not corn; caramel colour is
    ("label", "ซีอิ๊วขาว ตราเด็กสมบูรณ์ สูตร 1. ส่วนประกอบ: ถั่วเหลือง, น้ำ, เกลือ, แป้งสาลี, น้ำตาล.", "wheat soy sugar", ""),
    ("label", "เลย์ รสโนริสาหร่าย (Lay's Nori Seaweed). ส่วนประกอบ: มันฝรั่ง, น้ำมันปาล์ม, ผงปรุงรสโนริ (น้ำตาล, เกลือ, มอลโตเด็กซ์ตริน, สาหร่าย, ซีอิ๊วผง (ถั่วเหลือง, ข้าวสาลี), ผงชูรส). มีถั่วเหลือง ข้าวสาลี. อาจมีนม.", "wheat soy sugar", "dairy corn"),
    ("label", "โฟร์โมสต์ นมยูเอชที รสจืด. ส่วนประกอบ: นมโคสด 100%. มีนม.", "dairy", ""),
    ("label", "กะทิชาวเกาะ 100%. ส่วนประกอบ: กะทิ 100%.", "", ""),
    ("label", "Coffee-mate ครีมเทียม. ส่วนประกอบ: น้ำเชื่อมกลูโคส, น้ำมันปาล์ม, โซเดียมเคซีเนต, อิมัลซิไฟเออร์ (471, 481), สารควบคุมความเป็นกรด (340ii). มีนม.", "dairy sugar", "wheat corn"),  # why: non-dairy creamer with sodium caseinate
    ("label", "แป้งข้าวโพดตราใบหยก (corn starch). ส่วนประกอบ: แป้งข้าวโพด 100%.", "corn", ""),
    ("label", "น้ำปลาทิพรส. ส่วนประกอบ: ปลากะตัก 70%, เกลือ 28%, น้ำตาล 2%.", "sugar", ""),
]

# ---------------------------------------------------------------------------
# Dewi, Jakarta: Bahasa Indonesia slang (gw, bgt, wkwk); pastes Indonesian labels (Komposisi, Mengandung)
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "nasi goreng abang2 pake kecap manis + telor ceplok", "soy sugar", "wheat corn"),  # why: kecap manis is soy and palm sugar, often with wheat; fried in unspecified oil
    ("meal", "gado-gado lontong, bumbu kacang", "soy sugar", ""),  # why: tofu and tempeh; peanut sauce with gula merah
    ("meal", "indomie goreng 2 bungkus wkwk", "wheat soy sugar", "corn"),
    ("meal", "soto ayam, nasi, kerupuk", "", "wheat corn soy"),  # why: kerupuk is tapioca with some wheat flour, fried in unspecified oil
    ("meal", "tempe mendoan pake sambal kecap", "wheat soy sugar", "corn"),  # why: mendoan batter is wheat flour; fried; kecap manis
    ("meal", "bubur ayam tanpa cakwe", "", "soy"),  # why: toppings usually include soy sauce
    ("meal", "es teh manis bgt", "sugar", ""),
    ("meal", "martabak manis keju coklat 😭", "wheat dairy sugar", "soy"),  # why: wheat pancake with margarine or butter, cheese, condensed milk and chocolate sprinkles
    ("meal", "rendang + nasi padang, no kerupuk", "", ""),
    ("meal", "jagung bakar pedas manis", "corn sugar", "dairy"),  # why: brushed with margarine or butter
    ("label", "Indomie Mi Goreng. Komposisi: Mi: tepung terigu, minyak nabati (minyak sawit), tepung tapioka, garam, pengental. Bumbu: garam, gula, penguat rasa (mononatrium glutamat), bubuk bawang putih, merica. Minyak bumbu: minyak nabati, bawang merah. Kecap manis: gula, air, garam, kedelai, gandum. Saus cabai. Mengandung gandum dan kedelai.", "wheat soy sugar", "corn"),
    ("label", "Kecap Manis Bango. Komposisi: gula kelapa, air, kedelai hitam, garam, gandum. Mengandung kedelai dan gandum.", "wheat soy sugar", ""),
    ("label", "Teh Botol Sosro. Komposisi: air, gula, daun teh melati.", "sugar", ""),
    ("label", "Susu Kental Manis Frisian Flag. Komposisi: gula, susu skim bubuk, minyak nabati, whey bubuk, laktosa, pengemulsi (lesitin kedelai). Mengandung susu dan kedelai.", "dairy soy sugar", "corn"),
    ("label", "Chitato Rasa Sapi Panggang. Komposisi: kentang, minyak nabati, bumbu rasa sapi panggang (gula, garam, maltodekstrin, penguat rasa, bubuk bawang, protein nabati terhidrolisa, perisa sintetik). Dapat mengandung susu, gandum, kedelai.", "sugar", "wheat dairy corn soy"),
    ("label", "Tepung Maizena Honig. Komposisi: pati jagung 100%.", "corn", ""),
    ("label", "Ultra Milk Full Cream Plain. Komposisi: susu sapi segar. Mengandung susu.", "dairy", ""),
    ("label", "Tempe Murni. Komposisi: kedelai, ragi tempe.", "soy", ""),
    ("label", "Kopi Kapal Api Special Mix. Komposisi: gula, kopi bubuk. Tanpa krimer.", "sugar", ""),
    ("label", "Roti Tawar Sari Roti. Komposisi: tepung terigu, air, gula, ragi, margarin (mengandung pengemulsi lesitin kedelai), susu bubuk, garam, pengawet kalsium propionat. Mengandung gandum, susu, kedelai.", "wheat dairy soy sugar", "corn"),  # why: margarine base oil unstated
]

# ---------------------------------------------------------------------------
# Joy, Quezon City: Taglish, "hehe", "ate", lots of caps; pastes Philippine labels
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "tapsilog for breakfast!! (tapa, sinangag, itlog)", "sugar", "soy"),  # why: tapa is cured with sugar and often soy sauce
    ("meal", "pandesal with kesong puti and kape", "wheat dairy sugar", ""),  # why: pandesal is a slightly sweet wheat roll
    ("meal", "chicken adobo ni lola, with rice", "wheat soy", "sugar"),
    ("meal", "sinigang na baboy, no gabi", "", ""),
    ("meal", "Jollibee Chickenjoy with gravy and rice", "wheat", "dairy corn soy"),  # why: breading and gravy are wheat-based; fried in unspecified oil
    ("meal", "taho from manong hehe", "soy sugar", ""),  # why: silken tofu with arnibal (brown sugar syrup)
    ("meal", "halo-halo with ube and leche flan", "dairy sugar", "corn"),  # why: evaporated milk and leche flan; some versions add sweet corn
    ("meal", "champorado w/ tuyo, no evap", "sugar", ""),  # why: rice and cocoa with sugar; milk left out
    ("meal", "pancit canton Lucky Me, extra hot chili", "wheat soy sugar", "corn"),
    ("meal", "buko juice fresh from the coconut", "", ""),
    ("label", "Lucky Me! Pancit Canton Original. Noodles: wheat flour, palm oil, salt, iodized salt, sodium carbonate. Seasoning oil: palm oil, onion. Seasoning sauce: soy sauce (water, soybeans, wheat, salt), sugar, salt. Seasoning powder: salt, sugar, MSG, spices. Contains wheat and soy.", "wheat soy sugar", ""),
    ("label", "Skyflakes Crackers. Ingredients: wheat flour, vegetable shortening (palm oil), sugar, salt, yeast, malt extract, leavening, emulsifier (soy lecithin). Contains wheat, soy. May contain milk.", "wheat soy sugar", "dairy"),
    ("label", "Alaska Evaporada. Ingredients: water, skimmed milk powder, palm oil, stabilizers (sodium phosphates, carrageenan), vitamins. Contains milk.", "dairy", ""),
    ("label", "UFC Banana Catsup. Ingredients: banana, water, sugar, vinegar, salt, modified cornstarch, spices, artificial color, sodium benzoate.", "corn sugar", ""),  # why: banana ketchup is sugared; modified cornstarch is corn
    ("label", "Datu Puti Toyo. Ingredients: water, soybean extract, salt, hydrolyzed vegetable protein, caramel, sodium benzoate.", "soy", "wheat corn"),  # why: HVP and caramel colour
    ("label", "Nova Multigrain Snacks. Ingredients: corn grits, rice, wheat flour, oat flour, vegetable oil, sugar, salt, cheese powder (milk). Contains wheat, milk.", "wheat dairy corn sugar", "soy"),
    ("label", "Purefoods Corned Beef. Ingredients: beef, water, salt, sugar, sodium nitrite.", "sugar", ""),  # why: corned beef is not corn
    ("label", "Ube Halaya Good Shepherd. Ingredients: purple yam, condensed milk, sugar, butter. Contains milk.", "dairy sugar", ""),
    ("label", "Mang Tomas All-Around Sarsa. Ingredients: water, sugar, breadcrumbs (wheat flour, yeast), vinegar, pork liver, salt, spices.", "wheat sugar", ""),
    ("label", "Silver Swan Soy Sauce. Ingredients: water, soybeans, salt, wheat flour, caramel color, sodium benzoate.", "wheat soy", "corn"),
]

# ---------------------------------------------------------------------------
# Omar, Amman (from Cairo): Arabic script and Arabizi with numbers (7, 3), English; pastes bilingual Arabic/English labels
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "فطور: فول مدمس وفلافل مع خبز عربي", "wheat", "corn soy"),  # why: falafel fried in unspecified oil
    ("meal", "manakeesh za3tar with olive oil", "wheat", ""),
    ("meal", "lunch: mansaf with jameed and shrak bread", "wheat dairy", ""),  # why: jameed is dried yogurt; shrak is wheat flatbread
    ("meal", "koshari from abou tarek", "wheat", "corn soy"),  # why: pasta and vermicelli are wheat; fried onions in unspecified oil
    ("meal", "كنافة نابلسية قطعتين", "wheat dairy sugar", ""),  # why: semolina or kataifi, white cheese, ghee and sugar syrup
    ("meal", "fattoush w hummus, no bread chips", "", ""),
    ("meal", "shay bil na3na3 with 2 spoons sugar", "sugar", ""),
    ("meal", "freekeh soup with chicken", "wheat", ""),  # why: freekeh is roasted green wheat
    ("label", "Almarai Full Fat Laban / لبن المراعي كامل الدسم. Ingredients: Fresh cow's milk, milk solids, bacterial culture. المكونات: حليب بقر طازج، مواد صلبة من الحليب، بكتيريا نافعة. Contains milk / يحتوي على الحليب.", "dairy", ""),
    ("label", "Al Wadi Al Akhdar Tahina / طحينة. Ingredients: 100% sesame seeds. المكونات: سمسم مقشور ١٠٠٪.", "", ""),
    ("label", "Halawa Tahinia plain / حلاوة طحينية. Ingredients: Tahina (45%), sugar, glucose syrup, soapwort root extract, citric acid, vanillin. المكونات: طحينة، سكر، شراب الجلوكوز، مستخلص عرق الحلاوة. May contain traces of nuts and milk / قد يحتوي على آثار من المكسرات والحليب.", "sugar", "wheat dairy corn"),
    ("label", "Indomie Chicken Flavour (Egypt) / إندومي بنكهة الدجاج. Ingredients: wheat flour, palm oil, salt, seasoning (salt, sugar, MSG, chicken flavour, garlic, onion, pepper, hydrolysed vegetable protein), vegetable oil. Contains wheat. May contain soy.", "wheat sugar", "corn soy"),
    ("label", "Kiri Cream Cheese Spread / جبنة كيري. Ingredients: fresh cheese, cream, milk proteins, emulsifying salts, salt. المكونات: جبن طازج، قشطة، بروتينات الحليب. Contains milk.", "dairy", ""),
    ("label", "Date Syrup Dibs / دبس التمر. Ingredients: 100% dates. المكونات: تمر ١٠٠٪. No added sugar / بدون سكر مضاف.", "", "sugar"),  # why: concentrated date syrup, like honey: possible
    ("label", "Tiffany Break chocolate wafer / تيفاني بريك. Ingredients: milk chocolate (sugar, cocoa butter, whole milk powder, cocoa mass, emulsifier soy lecithin E322, vanillin), wheat flour, vegetable fat (palm), sugar, cocoa powder, whey powder, salt, raising agent E500. يحتوي على القمح والحليب والصويا.", "wheat dairy soy sugar", ""),
]

# ---------------------------------------------------------------------------
# Zeynep, İstanbul: Turkish, informal, drops dotted letters sometimes; pastes Turkish labels (İçindekiler, Alerjen)
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "kahvalti: beyaz peynir, zeytin, domates, simit ve cay", "wheat dairy", "sugar"),  # why: simit is dipped in grape molasses
    ("meal", "menemen with sucuk, tereyagında", "dairy", ""),  # why: cooked in butter
    ("meal", "öğle: mercimek çorbası ve pilav", "", "dairy"),  # why: lentil soup is often finished with butter
    ("meal", "mısır haşlama sokakta 🌽", "corn", ""),  # why: here mısır means corn, not Egypt
    ("meal", "iskender kebap, yogurtlu", "wheat dairy", ""),  # why: on pide bread with yogurt and browned butter
    ("meal", "baklava 2 dilim, antep fıstıklı", "wheat dairy sugar", ""),
    ("meal", "ayran ve lahmacun", "wheat dairy", ""),
    ("meal", "karnıyarık ve bulgur pilavı", "wheat", ""),  # why: bulgur is wheat
    ("label", "Ülker Çikolatalı Gofret. İçindekiler: şeker, buğday unu, bitkisel yağ (palm), kakao yağı, yağsız süt tozu, kakao kitlesi, peynir altı suyu tozu, emülgatör (soya lesitini), tuz, kabartıcı (sodyum bikarbonat), aroma verici (vanilin). Alerjen uyarısı: Buğday (gluten), süt ve soya içerir. Eser miktarda fındık içerebilir.", "wheat dairy soy sugar", ""),
    ("label", "Sütaş Tam Yağlı Süt. İçindekiler: inek sütü. Süt içerir.", "dairy", ""),
    ("label", "Tamek Domates Ketçap. İçindekiler: domates salçası, şeker, glukoz şurubu, sirke, tuz, modifiye mısır nişastası, baharat, koruyucu (potasyum sorbat).", "corn sugar", "wheat"),
    ("label", "Eti Burçak Bisküvi. İçindekiler: tam buğday unu (%38), şeker, bitkisel yağ (palm), buğday unu, glukoz-fruktoz şurubu, yulaf ezmesi, kabartıcılar, tuz, emülgatör (ayçiçek lesitini). Buğday ve yulaf içerir. Süt ve soya içerebilir.", "wheat sugar", "dairy corn soy"),  # why: sunflower lecithin is not soy
    ("label", "Koska Üzüm Pekmezi. İçindekiler: %100 üzüm. Şeker ilavesizdir.", "", "sugar"),  # why: grape molasses with nothing added: possible, like honey
    ("label", "Kellogg's Mısır Gevreği (Corn Flakes). İçindekiler: mısır irmiği (%88), şeker, arpa malt özü, tuz, vitaminler, demir. Gluten içerebilir.", "corn sugar", "wheat"),
    ("label", "Pınar Labne. İçindekiler: pastörize inek sütü, krema, tuz, peynir mayası. Süt içerir.", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Noa, Tel Aviv: Hebrew and English, quick messages; pastes Israeli labels (רכיבים, מכיל, עלול להכיל)
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "shakshuka and a slice of challah", "wheat sugar", ""),  # why: challah is a sweetened egg bread
    ("meal", "סביח בפיתה", "wheat", "corn soy"),  # why: fried eggplant in unspecified oil; amba and tahini are fine
    ("meal", "bamba, like half a bag, don't judge", "corn", ""),  # why: Bamba is corn puffs with peanut
    ("meal", "בורקס גבינה מהמאפייה", "wheat dairy", ""),
    ("meal", "schnitzel with mashed potatoes, parve version", "wheat", "corn soy"),  # why: parve means no dairy; breadcrumbs and frying oil
    ("meal", "hummus plate with pita and a hard egg", "wheat", ""),
    ("meal", "קפה הפוך עם חלב שקדים", "", ""),  # why: almond milk replaces the dairy
    ("label", "במבה אסם. רכיבים: גריסי תירס (60%), חמאת בוטנים (35%), שמן צמחי (דקל), מלח. מכיל: בוטנים. עלול להכיל: שומשום, חלב.", "corn", "dairy"),  # why: peanut butter is not dairy
    ("label", "ביסלי גריל. רכיבים: קמח חיטה, שמן צמחי (דקל), תבלין גריל (מלח, סוכר, אבקת בצל, מלטודקסטרין, אבקת עגבניות, חומר טעם וריח), מלח. מכיל: חיטה, גלוטן. עלול להכיל: סויה, שומשום.", "wheat sugar", "corn soy"),
    ("label", "קוטג' תנובה 5%. רכיבים: חלב, שמנת, מלח, תרבית. מכיל: חלב.", "dairy", ""),
    ("label", "Elite Para milk chocolate / שוקולד חלב פרה עלית. רכיבים: סוכר, אבקת חלב מלא, חמאת קקאו, משקה קקאו, מתחלב (לציטין סויה), חומר טעם וריח. מכיל: חלב, סויה. עלול להכיל: אגוזים, גלוטן.", "dairy soy sugar", "wheat"),
    ("label", "Tahini Har Bracha / טחינה גולמית הר ברכה. רכיבים: 100% שומשום מלא.", "", ""),
    ("label", "פתיתים אסם (Israeli couscous). רכיבים: קמח חיטה, עמילן, שמן צמחי. מכיל: חיטה, גלוטן.", "wheat", "corn soy"),
    ("label", "Osem Consommé soup powder parve / אבקת מרק בטעם עוף פרווה. רכיבים: מלח, מונוסודיום גלוטמט, סוכר, עמילן תירס, שמן צמחי (דקל), חלבון צמחי מוקשה (סויה), תבלינים, צבע (כורכום). מכיל: סויה. עלול להכיל: גלוטן, סלרי.", "corn soy sugar", "wheat"),
    ("label", "Prigat Orange Nectar / פריגת תפוזים. רכיבים: מים, מיץ תפוזים מרוכז (50%), סוכר, חומצת מאכל (חומצת לימון), ויטמין C.", "sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Sara, Tehran: Finglish (Persian in Latin letters) and Persian script; pastes Iranian labels (ترکیبات)
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "sobhane: nan barbari, panir, gerdoo, chai shirin", "wheat dairy sugar", ""),
    ("meal", "ghormeh sabzi ba polo va tahdig", "", "dairy"),  # why: tahdig is often made with yogurt or butter
    ("meal", "ash reshteh ba kashk", "wheat dairy", ""),  # why: reshteh are wheat noodles; kashk is dried whey
    ("meal", "kabab koobideh, berenj, gojeh, doogh", "dairy", ""),
    ("meal", "زرشک پلو با مرغ", "", "dairy sugar"),  # why: barberries are fried with sugar and often butter
    ("meal", "sholeh zard nazri", "sugar", ""),  # why: rice pudding with saffron and sugar, no milk
    ("meal", "fesenjoon with pomegranate molasses, no sugar added", "", "sugar"),  # why: pomegranate molasses can be sweetened
    ("label", "Pegah Doogh / دوغ پگاه. ترکیبات: ماست، آب، نمک، نعناع. Contains milk.", "dairy", ""),
    ("label", "Minoo Cream Biscuit / بیسکویت کرمدار مینو. ترکیبات: آرد گندم، شکر، روغن نباتی، شیر خشک، نشاسته ذرت، لسیتین سویا، نمک، بیکینگ پودر، وانیل.", "wheat dairy corn soy sugar", ""),
    ("label", "Zarrin Noon Lavash / نان لواش. ترکیبات: آرد گندم، آب، نمک، خمیرمایه.", "wheat", ""),
    ("label", "Chee Toz cheese puffs / چی توز پفک. ترکیبات: بلغور ذرت، روغن نباتی، پودر پنیر، نمک، ادویه. حاوی شیر.", "dairy corn", "soy"),
    ("label", "Kalleh butter / کره پاستوریزه کاله. ترکیبات: خامه پاستوریزه شیر گاو.", "dairy", ""),
    ("label", "Zam Zam Cola / زمزم کولا. ترکیبات: آب کربناته، شکر، رنگ کارامل، اسید فسفریک، کافئین، اسانس.", "sugar", "corn"),
    ("label", "Gaz Isfahan / گز اصفهان. ترکیبات: شکر، گلوکز، پسته، سفیده تخم مرغ، گلاب، انگبین.", "sugar", "wheat corn"),  # why: glucose of unstated source
    ("label", "Mahram Soy Sauce / سس سویا. ترکیبات: آب، سویا، گندم، نمک، شکر، رنگ کارامل.", "wheat soy sugar", "corn"),
]

# ---------------------------------------------------------------------------
# Chidi, Lagos: Nigerian English and Pidgin ("I chop", "abeg"); pastes Nigerian labels (NAFDAC-registered)
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "I chop jollof rice with fried plantain and chicken for party", "", "wheat corn soy sugar"),  # why: vegetable oil and seasoning cubes (starch, sugar, HVP) vary
    ("meal", "eba and egusi soup this afternoon", "", ""),  # why: eba is garri (cassava); egusi is melon seed in palm oil
    ("meal", "pap (ogi) with akara for breakfast abeg", "corn", "soy"),  # why: ogi is fermented maize; akara fried in unspecified oil
    ("meal", "pounded yam and efo riro", "", ""),
    ("meal", "moi moi with boiled egg, made with palm oil", "", ""),
    ("meal", "2 packs Indomie with egg, late night", "wheat sugar", "corn soy"),
    ("meal", "puff puff and chin chin at owambe 😂", "wheat sugar", "dairy corn soy"),  # why: chin chin usually has butter or milk; both deep-fried
    ("meal", "agege bread and Lipton with Peak milk and 3 cubes sugar", "wheat dairy sugar", ""),  # why: agege bread is sweetened
    ("label", "Indomie Instant Noodles Chicken Flavour (Nigeria). Ingredients: Noodles: wheat flour, vegetable oil (palm olein), salt, stabilizers. Seasoning: salt, MSG, sugar, chicken flavour, onion powder, garlic, pepper, spices. Contains wheat. NAFDAC Reg. No.", "wheat sugar", ""),
    ("label", "Peak Full Cream Evaporated Milk. Ingredients: whole milk, stabilizers (E331, E339), vitamins A and D3. Contains milk.", "dairy", ""),
    ("label", "Golden Morn Maize & Soya Cereal. Ingredients: maize (50%), soya flour (20%), sugar, skimmed milk powder, malt extract, vegetable oil, salt, minerals, vitamins. Contains soya, milk, barley. May contain wheat.", "dairy corn soy sugar", "wheat"),
    ("label", "Maltina Classic. Ingredients: water, barley malt, sugar, maize, caramel colour, hops, carbon dioxide.", "corn sugar", "wheat"),
    ("label", "Knorr Chicken Cubes (Nigeria). Ingredients: salt, flavour enhancer (MSG), palm fat, maize starch, sugar, chicken fat, flavourings, garlic, onion, spices, colour (caramel E150c). May contain wheat, milk, soy, celery.", "corn sugar", "wheat dairy soy"),
    ("label", "Gala Sausage Roll. Ingredients: wheat flour, meat (beef), vegetable fat, water, soya protein, rusk (wheat), salt, sugar, spices, preservative (E223). Contains wheat, soya.", "wheat soy sugar", "corn"),
    ("label", "Yam flour (Elubo) for amala. Ingredients: 100% dried yam.", "", ""),
]

# ---------------------------------------------------------------------------
# Wanjiru, Nairobi: Kenyan English with Swahili and Sheng; pastes Kenyan labels
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "ugali na sukuma wiki na nyama kidogo", "corn", ""),  # why: ugali is maize meal
    ("meal", "chai ya maziwa na mandazi mbili", "wheat dairy sugar", "corn soy"),  # why: mandazi is sweet wheat dough, deep-fried
    ("meal", "githeri for lunch, hakuna nyama", "corn", ""),  # why: githeri is maize and beans
    ("meal", "chapati na ndengu", "wheat", "corn soy"),  # why: chapati cooked in unspecified oil
    ("meal", "nyama choma + kachumbari + Tusker 😅", "", "wheat corn sugar"),  # why: Kenyan lagers are brewed from barley with added sugar or maize adjunct
    ("meal", "matoke stew with rice", "", ""),
    ("meal", "mukimo ya Mum (viazi, mahindi, njahi, pumpkin leaves)", "corn", ""),  # why: mahindi is maize
    ("meal", "uji wa wimbi with lemon, no sugar", "", ""),  # why: finger millet porridge
    ("label", "Jogoo Maize Meal Fortified. Ingredients: white maize, vitamins and minerals premix.", "corn", ""),
    ("label", "Brookside Whole Milk. Ingredients: fresh whole cow's milk. Contains milk.", "dairy", ""),
    ("label", "Blue Band Original. Ingredients: vegetable oils (palm, sunflower), water, salt, emulsifiers (mono- and diglycerides, sunflower lecithin), preservative (potassium sorbate), vitamins A and D, colour (beta-carotene), flavouring. Contains no milk.", "", ""),  # why: margarine with named oils and sunflower lecithin
    ("label", "Festive White Bread. Ingredients: wheat flour, water, sugar, yeast, vegetable fat, salt, soya flour, emulsifier (E471), preservative (calcium propionate). Contains wheat, soya.", "wheat soy sugar", "corn"),
    ("label", "Kenylon Tropical Heat Crisps Salted. Ingredients: potatoes, vegetable oil, salt.", "", "corn soy"),
    ("label", "Ketepa Pride Tea Bags. 100% Kenyan black tea.", "", ""),
    ("label", "Exe All Purpose Home Baking Flour. Ingredients: wheat flour, vitamins and minerals.", "wheat", ""),
]

# ---------------------------------------------------------------------------
# Thandi, Johannesburg: South African English, slang (lekker, shame, eish); pastes SA labels
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "pap and wors with chakalaka at the braai", "corn", "wheat soy"),  # why: pap is maize meal; boerewors may contain rusk or soy
    ("meal", "mealies on the braai, lekker with salt", "corn", ""),  # why: mealies are corn
    ("meal", "vetkoek with mince, eish too many", "wheat", "corn soy sugar"),  # why: fried dough, often with a little sugar
    ("meal", "rooibos tea black, no sugar", "", ""),
    ("meal", "bunny chow quarter mutton in Durban", "wheat", ""),
    ("meal", "amasi with uphuthu", "dairy corn", ""),  # why: amasi is fermented milk; uphuthu is crumbly maize porridge
    ("meal", "2 Ouma rusks dunked in coffee with milk", "wheat dairy sugar", ""),  # why: buttermilk rusks
    ("meal", "koeksisters for tea, shame they're so good", "wheat sugar", "dairy corn soy"),
    ("label", "Ouma Buttermilk Rusks. Ingredients: wheat flour, sugar, vegetable fat, buttermilk powder (milk), raising agents, salt, egg powder, emulsifier (soya lecithin), preservative (potassium sorbate). Allergens: contains wheat (gluten), milk, egg, soya.", "wheat dairy soy sugar", "corn"),
    ("label", "Iwisa Super Maize Meal. Ingredients: maize meal, vitamins and minerals.", "corn", ""),
    ("label", "Simba Chips Mrs Ball's Chutney. Ingredients: potatoes, vegetable oil, flavouring (sugar, maltodextrin, salt, flavour enhancers (MSG), dextrose, acidity regulator (citric acid), dried vegetables, natural and nature-identical flavourings, colourant (paprika extract)). Allergens: may contain milk, soya, wheat.", "sugar", "wheat dairy corn soy"),
    ("label", "Mrs Ball's Original Chutney. Ingredients: sugar, water, brown vinegar, dried peaches, dried apricots, modified maize starch, salt, colourant (caramel), preservative (sodium metabisulphite).", "corn sugar", ""),
    ("label", "Clover Amasi Maas. Ingredients: fermented full cream milk. Contains milk.", "dairy", ""),
    ("label", "Jungle Oats. Ingredients: 100% wholegrain oats. May contain traces of wheat.", "", "wheat"),
    ("label", "Bakers Tennis Biscuits. Ingredients: wheat flour, sugar, vegetable fat (palm), desiccated coconut, invert syrup, golden syrup, salt, raising agents, emulsifier (soya lecithin), flavouring. Allergens: contains wheat (gluten), soya. May contain milk.", "wheat soy sugar", "dairy"),
]

# ---------------------------------------------------------------------------
# Selam, Addis Ababa: English with Amharic words, fasting-day notes
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "injera with shiro, fasting day (tsom) so no dairy", "", "wheat"),  # why: Addis injera is often teff mixed with wheat or barley
    ("meal", "100% teff injera from home with misir wot", "", ""),
    ("meal", "kitfo with ayib and gomen", "dairy", ""),  # why: kitfo is dressed in niter kibbeh (spiced butter); ayib is fresh cheese
    ("meal", "doro wat for Fasika with injera", "dairy", "wheat"),  # why: doro wat is cooked in niter kibbeh
    ("meal", "macchiato at Tomoca", "dairy", "sugar"),
    ("meal", "firfir for breakfast with berbere and oil", "", "wheat corn soy"),  # why: shredded injera; unspecified oil
    ("meal", "dabo kolo snack, a handful", "wheat", "sugar"),  # why: dabo kolo is small fried or baked wheat dough bites
    ("label", "Ambo Mineral Water. Natural sparkling mineral water.", "", ""),
    ("label", "Family Pasta Spaghetti (Ethiopia). Ingredients: durum wheat semolina, water.", "wheat", ""),
    ("label", "Lame Dairy Yogurt Strawberry. Ingredients: pasteurised milk, sugar, strawberry preparation (strawberry, sugar, modified starch, colour), milk powder, cultures. Contains milk.", "dairy sugar", "wheat corn"),
    ("label", "Addis Teff Flour. Ingredients: 100% white teff. Gluten free.", "", ""),
    ("label", "Mama Mia Spaghetti Sauce. Ingredients: tomato paste, water, sugar, salt, modified corn starch, onion, garlic, basil, citric acid.", "corn sugar", ""),
    ("label", "Berbere spice blend. Ingredients: chilli, fenugreek, garlic, ginger, cardamom, coriander, salt.", "", ""),
    ("label", "Shola Biscuits. Ingredients: wheat flour, sugar, vegetable shortening, milk powder, glucose, salt, sodium bicarbonate, vanilla. Contains wheat, milk.", "wheat dairy sugar", "corn soy"),
    ("label", "Niter Kibbeh ready-made. Ingredients: clarified butter, onion, garlic, ginger, spices.", "dairy", ""),
]

# ---------------------------------------------------------------------------
# Olga, Moscow: Russian, translit sometimes, strict about her own mistakes; pastes Russian labels (Состав)
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "завтрак: гречка с маслом и яйцо", "dairy", ""),  # why: гречка is buckwheat; масло with kasha means butter
    ("meal", "гречка с подсолнечным маслом, без сливочного", "", ""),  # why: sunflower oil, butter explicitly not used
    ("meal", "сырники со сметаной и вареньем", "wheat dairy sugar", ""),
    ("meal", "borsch so smetanoi i chorny hleb", "dairy", "wheat sugar"),  # why: Borodinsky-type black bread is rye, often with some wheat flour and molasses
    ("meal", "пельмени сибирские 15 штук", "wheat", ""),
    ("meal", "салат оливье, мама сделала с майонезом", "", "corn soy sugar"),  # why: kolbasa or chicken, peas, potato; mayo
    ("meal", "квас из бочки стакан", "sugar", "wheat"),  # why: kvass is rye and barley malt with sugar
    ("label", "Сгущённое молоко цельное с сахаром. Состав: молоко цельное, сахар. ГОСТ 31688-2012.", "dairy sugar", ""),
    ("label", "Кукурузные палочки сладкие. Состав: крупа кукурузная, сахарная пудра, масло растительное, соль, ароматизатор «Ваниль».", "corn sugar", "soy"),  # why: unspecified vegetable oil; corn already definite
    ("label", "Майонез Провансаль Слобода. Состав: масло подсолнечное рафинированное, вода, яичный желток, сахар, уксус, соль, горчичное масло, регулятор кислотности лимонная кислота. Содержит яйцо, горчицу.", "sugar", "corn"),
    ("label", "Творог Простоквашино 5%. Состав: молоко нормализованное, закваска. Содержит молоко.", "dairy", ""),
    ("label", "Хлеб Бородинский. Состав: мука ржаная обдирная, мука пшеничная второго сорта, вода, патока, сахар, солод ржаной, кориандр, соль, дрожжи. Может содержать следы кунжута.", "wheat sugar", ""),
    ("label", "Шоколад Алёнка молочный. Состав: сахар, масло какао, какао тёртое, молоко сухое цельное, эквивалент масла какао, эмульгаторы (лецитин соевый, Е476), ароматизатор «Ванилин». Может содержать следы пшеницы, орехов.", "dairy soy sugar", "wheat"),
    ("label", "Крупа гречневая ядрица. Состав: гречиха. Без глютена.", "", ""),
]

# ---------------------------------------------------------------------------
# Kasia, Kraków (works in Kyiv half the year): Polish and Ukrainian, careful; pastes Polish and Ukrainian labels
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "pierogi ruskie z cebulką, 8 sztuk", "wheat dairy", ""),  # why: ruskie filling is potato and twaróg
    ("meal", "żurek z jajkiem i kiełbasą", "wheat", "dairy"),  # why: sour starter is rye but soup is often thickened with flour and cream
    ("meal", "вареники з картоплею та салом", "wheat", ""),  # why: сало is pork fat, not dairy
    ("meal", "owsianka na mleku owsianym z jagodami", "", "wheat"),  # why: oat milk; oats possible cross-contact
    ("meal", "kanapka: chleb żytni 100%, masło, szynka", "dairy", ""),  # why: pure rye bread, not wheat; masło is butter
    ("meal", "mamałyga... sorry, Romanian friend made mămăligă with brânză and smântână", "dairy corn", ""),
    ("meal", "sernik na urodziny, mały kawałek", "wheat dairy sugar", ""),
    ("label", "Prince Polo Classic. Składniki: cukier, mąka pszenna, tłuszcz roślinny (palmowy), kakao w proszku, serwatka w proszku (z mleka), mleko odtłuszczone w proszku, emulgator (lecytyny z soi), sól, aromat. Może zawierać orzechy laskowe.", "wheat dairy soy sugar", ""),
    ("label", "Łaciate Mleko UHT 3,2%. Składniki: mleko.", "dairy", ""),
    ("label", "Kukurydza konserwowa Bonduelle. Składniki: kukurydza, woda, sól, cukier.", "corn sugar", ""),
    ("label", "Sos sojowy Kikkoman bezglutenowy (Gluten Free Soy Sauce). Składniki: woda, soja, sól, cukier. Bez glutenu.", "soy sugar", ""),
    ("label", "Пряники Житомирські. Склад: борошно пшеничне, цукор, патока, маргарин (олії рослинні, вода, емульгатор лецитин соєвий), мед, яєчний меланж, розпушувачі, ароматизатор. Може містити сліди молока та горіхів.", "wheat soy sugar", "dairy corn"),  # why: патока (treacle/starch syrup) source unstated
    ("label", "Йогурт Галичина класичний 2,2%. Склад: молоко нормалізоване, закваска. Містить молоко.", "dairy", ""),
    ("label", "Kisiel truskawkowy Dr. Oetker. Składniki: cukier, skrobia ziemniaczana, kwas cytrynowy, aromat, koncentrat z marchwi i czarnej porzeczki.", "sugar", "corn"),  # why: potato starch is not wheat or corn
]

# ---------------------------------------------------------------------------
# Ioana, Cluj-Napoca: Romanian with some Hungarian; pastes Romanian, Hungarian and Czech labels
# ---------------------------------------------------------------------------
BLIND20_CASES += [
    ("meal", "mămăligă cu brânză și smântână, ca la bunica", "dairy corn", ""),
    ("meal", "sarmale cu mămăliguță și ardei iute", "corn", ""),
    ("meal", "ciorbă de burtă cu smântână și un colț de pâine", "wheat dairy", ""),
    ("meal", "papanași cu dulceață și smântână", "wheat dairy sugar", "corn soy"),  # why: fried cheese doughnuts
    ("meal", "lángos tejföllel és sajttal a strandon", "wheat dairy", "corn soy"),
    ("meal", "mici cu muștar și pâine, fără bere", "wheat", "sugar"),  # why: bread may have sugar; mustard may be sweetened
    ("meal", "cozonac de Crăciun, o felie", "wheat dairy sugar", ""),
    ("label", "Eugenia Original. Ingrediente: făină de grâu, zahăr, grăsime vegetală (palmier), cacao, sirop de glucoză-fructoză, lapte praf degresat, sare, agenți de afânare, emulsifiant (lecitină din soia), arome. Conține gluten, lapte, soia. Poate conține urme de ou.", "wheat dairy soy sugar", "corn"),
    ("label", "Mălai extra Titan. Ingrediente: 100% porumb. Fără gluten.", "corn", ""),
    ("label", "Telemea de vacă Hochland. Ingrediente: lapte de vacă pasteurizat, sare, cheag, culturi lactice. Conține lapte.", "dairy", ""),
    ("label", "Túró Rudi Pöttyös. Összetevők: túró (tejből), kakaós étbevonó (cukor, kakaómassza, kakaóvaj, emulgeálószer: szójalecitin), cukor, vaj. Tejet és szóját tartalmaz.", "dairy soy sugar", ""),
    ("label", "Pilóta Keksz. Összetevők: búzaliszt, cukor, növényi zsír (pálma), invertcukorszirup, sovány tejpor, só, szalalkáli, aroma. Nyomokban tartalmazhat tojást és szóját.", "wheat dairy sugar", "soy"),
    ("label", "Horalky Sedita arašídové. Složení: pšeničná mouka, rostlinný tuk (palmový), cukr, arašídy (12 %), kukuřičný škrob, sušená syrovátka (z mléka), sůl, emulgátor (sójový lecitin), kypřicí látka. Může obsahovat stopy lískových ořechů.", "wheat dairy corn soy sugar", ""),
    ("label", "Kukuřičné plátky bez cukru Bonavita. Složení: kukuřičná krupice (98 %), sůl. Bez přidaného cukru. Může obsahovat lepek.", "corn", "wheat"),
]
