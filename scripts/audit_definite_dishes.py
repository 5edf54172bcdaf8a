# ruff: noqa: E501
"""One-off audit of dishes/products whose groups were definite but vary with the recipe (see commit message).

Each entry demotes the named groups of a term to possible ('?group'), may add a possible group the dish is
often made with instead, and records why. Ingredient words are not touched. Run from the repo root; idempotent.
"""

import json
from pathlib import Path

PATH = Path("domain/data/foods.json")

# Poultry legs are not the ice-cream cone (a trap: nothing to flag).
# Terms that were missing, so a nearby word answered for them ("berliner weisse" read as a Berliner doughnut).
NEW_TERMS = {
    "berliner weisse": ["wheat ?sugar", "a sour wheat beer, often served with sweet syrup"],
    # 'glazed' is sugar, but a honey or maple glaze may be the natural sweetener alone (possible, as honey is)
    "honey glazed": ["?sugar", "a honey glaze may be honey alone (a natural sweetener) or honey with sugar"],
    "maple glazed": ["?sugar", "a maple glaze may be maple syrup alone (a natural sweetener) or with sugar"],
    # cheese sold crumbled is the cheese, not the dessert 'crumble' ("crumbles" reads as its plural)
    "feta crumbles": "dairy", "cheese crumbles": "dairy", "blue cheese crumbles": "dairy", "goat cheese crumbles": "dairy",
}

# Crumbled feta or bacon crumbles are not the dessert; digestive enzymes and digestive upset are not the biscuit.
TRAPS = ["chicken drumstick", "chicken drumsticks", "turkey drumstick", "turkey drumsticks", "duck drumstick", "duck drumsticks",
         "crumbled", "bacon crumbles", "bacon crumble", "sausage crumbles", "beef crumbles",
         "digestive enzyme", "digestive enzymes", "digestive issues", "digestive discomfort", "digestive upset",
         "digestive tea", "digestive bitters", "digestive system", "digestive health"]

# term -> (groups to demote, possible groups to add, reason)
CHANGES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {}


def change(terms: str, demote: str, reason: str, add: str = "") -> None:
    for term in terms.split("|"):
        CHANGES[term] = (tuple(demote.split()), tuple(add.split()), reason)


change("yakitori", "soy sugar", "often salted (shio) rather than glazed with soy and sugar tare")
change("beef noodle soup", "wheat soy", "pho is rice noodles; Lanzhou-style clear broth has no soy sauce")
change("borek|börek|böreği|boregi", "dairy", "often filled with meat or spinach and brushed with oil; cheese and butter vary")
change("manti", "dairy", "Central Asian manti are often served without yogurt or sour cream")
change("sherbet|sherbert", "dairy", "British sherbet is a fizzy sugar powder without milk; American sherbet has milk")
change("milk tea|hong kong milk tea", "sugar", "often drunk unsweetened or sweetened to taste")
change("pan de bono|pandebono", "corn", "many recipes use only cassava starch and cheese, without corn flour")
change("malawach|jachnun", "dairy", "often made with margarine or oil rather than butter")
change("brunost|geitost|mysost", "sugar", "its sweetness is caramelised whey lactose; traditionally no sugar is added")
change("messmör", "sugar", "its sweetness is whey lactose; only some brands add sugar")
change("adobo", "wheat", "Filipino soy sauces are often hydrolysed soy without wheat; Mexican adobo has no soy sauce at all")
change("mousse", "sugar", "savoury mousses (salmon, liver, mushroom) have no sugar")
change("tarator", "dairy", "the Levantine tarator is a tahini sauce without yogurt; the Bulgarian soup has yogurt")
change("antipasto|antipasti|antipasto platter", "dairy", "often just cured meats, olives and vegetables; cheese varies")
change("empanada|empanadas", "wheat", "Colombian and Venezuelan empanadas are made with corn masa, not wheat", add="corn")
change("scampi", "wheat", "British scampi is breaded; American shrimp scampi is garlic butter without flour", add="dairy")
change("migas", "corn", "Spanish migas are fried bread; Tex-Mex migas use corn tortilla", add="wheat")
change("flautas", "corn", "flautas are rolled in corn or flour tortillas", add="wheat")
change("korean fried chicken", "sugar", "plain fried (huraideu) chicken is unsauced; yangnyeom and soy-garlic glazes are sweet")
change("coleslaw", "sugar", "many coleslaws are dressed with mayonnaise or vinegar without added sugar")
change("kaviar", "sugar", "German 'Kaviar' is fish roe; only Swedish tube kaviar has added sugar")
change("puff pastry", "dairy", "many ready-made puff pastries (Jus-Rol, Pepperidge Farm) use vegetable fat; all-butter is one kind")
change("mousse au chocolat", "dairy", "the classic French recipe is only chocolate and eggs; butter or cream varies")
change("mushroom risotto", "dairy", "usually finished with butter and parmesan, but not always (as for 'risotto')")
change("lemon chicken", "sugar wheat", "the takeaway dish is battered in a sweet sauce; roast or grilled lemon chicken has neither")
change("mexican pizza", "corn", "made on fried flour tortillas (Taco Bell) or corn tortillas at home")
# brand names that are also everyday words: the brand's groups only possible
change("drumstick", "dairy sugar wheat", "a Drumstick is an ice-cream cone, but a drumstick is more often a chicken leg or the moringa pod")
change("munchies", "dairy sugar wheat", "Munchies are a chocolate sweet, but 'the munchies' is hunger")
change("double decker", "dairy sugar wheat", "a Double Decker is a chocolate bar, but double-decker sandwiches, burgers and tacos are common")
change("danish", "wheat dairy sugar", "'Danish' is also the adjective (Danish rye bread, Danish bacon, Danish salmon); 'danish pastry' stays definite")
change("yorkie", "wheat", "a Yorkie is a milk-chocolate bar (no wheat) or, loosely, a Yorkshire pudding (no sugar)", add="sugar soy")
change("twister", "sugar", "the Twister ice lolly is sweet, but Twister fries and wraps are savoury")
# spellings and plurals that disagreed with their twin: the twin's possible wins, for the same reason
change("lamingtons", "dairy", "some are made with an oil sponge and cocoa-and-water icing without milk or butter")
change("goreng pisang", "sugar", "the batter is often unsweetened (as for 'pisang goreng')")
change("suji halwa", "dairy", "ghee is usual but some make it with oil (as for 'sooji halwa')")
change("birchermuesli", "dairy", "oats are sometimes soaked in juice only (as for 'bircher muesli')")
change("zhajiangmian", "sugar", "sugar in the sauce varies (as for 'zha jiang mian')")
change("trdelník", "dairy", "the dough is often made without milk or butter (as for 'trdelnik')")
change("vanilla lattes|hazelnut lattes", "sugar", "may be made with sugar-free syrup or unsweetened (as for the singular)")


def spec_of(value) -> tuple[str, str | None]:
    return (value[0], value[1]) if isinstance(value, list) else (value, None)


def main() -> None:
    d = json.loads(PATH.read_text(encoding="utf-8"))
    terms = d["terms"]
    for term, (demote, add, reason) in CHANGES.items():
        spec, old_reason = spec_of(terms[term])
        groups = spec.split()
        for g in demote:
            if g in groups:
                groups[groups.index(g)] = "?" + g
            else:
                assert "?" + g in groups, (term, g, spec)
        for g in add:
            if g not in groups and "?" + g not in groups:
                groups.append("?" + g)
        new_reason = old_reason if old_reason and reason in old_reason else (
            f"{old_reason}; {reason}" if old_reason else reason)
        terms[term] = [" ".join(groups), new_reason]
        print(f"{term}: {spec!r} -> {' '.join(groups)!r}")
    for term, value in NEW_TERMS.items():
        terms.setdefault(term, value)
    for trap in TRAPS:
        if trap not in d["traps"]:
            d["traps"].append(trap)
    PATH.write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
