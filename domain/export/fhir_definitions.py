"""The definitions behind the FHIR export's own codes and extension, shipped in every bundle.

A validator (or a practitioner's FHIR server) meets codes from this project's code systems and one extension
of ours; without their CodeSystem and StructureDefinition resources they would be defined nowhere. Their
canonical URLs double as the entries' fullUrl, so every patient's bundle carries the same definitions.
"""

from domain.groups import GROUPS
from domain.massage import CATALOGUE
from domain.scales import SCALES

SYSTEM = "https://diet-tracker.example.org/fhir"
SCALE_SYSTEM = f"{SYSTEM}/CodeSystem/symptom-scale"
GROUP_SYSTEM = f"{SYSTEM}/CodeSystem/excluded-food-group"
TECHNIQUE_SYSTEM = f"{SYSTEM}/CodeSystem/knee-self-massage"
CERTAINTY_SYSTEM = f"{SYSTEM}/CodeSystem/flag-certainty"
FLAG_EXTENSION = f"{SYSTEM}/StructureDefinition/food-group-flag"
FHIR_VERSION = "5.0.0"
PUBLISHER = "diet-tracker"
# Scales with a LOINC code that means what we measure; the others are coded in SCALE_SYSTEM.
LOINC_CODES = {"pain": ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"),
               "sleep_hours": ("93832-4", "Sleep duration")}
GROUP_LABELS = {"wheat": "Wheat", "dairy": "Dairy (milk products)", "corn": "Corn (maize)", "soy": "Soy",
                "sugar": "Processed (added) sugar"}
CERTAINTIES = {"definite": "The text names a food of the group.",
               "possible": "The text names a likely hidden source of the group (a label would have to say which)."}


def direction(higher_is_better: bool) -> str:
    return "higher is better" if higher_is_better else "higher is worse"


def _code_system(url: str, name: str, title: str, description: str, concepts: list[dict]) -> dict:
    return {"resourceType": "CodeSystem", "id": url.rsplit("/", 1)[1], "url": url, "name": name, "title": title,
            "status": "active", "experimental": False, "publisher": PUBLISHER, "description": description,
            "caseSensitive": True, "content": "complete", "count": len(concepts), "concept": concepts}


def code_systems() -> list[dict]:
    scales = [{"code": s.name, "display": s.label, "definition": f"{s.description} Self-reported, "
               f"0-10; {direction(s.higher_is_better)}."} for s in SCALES if s.name not in LOINC_CODES]
    groups = [{"code": g, "display": GROUP_LABELS[g],
               "definition": f"{GROUP_LABELS[g]}, one of the five groups the elimination diet removes."}
              for g in GROUPS]
    techniques = [{"code": t.name, "display": t.label, "definition": t.what_it_does} for t in CATALOGUE]
    certainties = [{"code": code, "display": code.capitalize(), "definition": text}
                   for code, text in CERTAINTIES.items()]
    return [
        _code_system(SCALE_SYSTEM, "SymptomScale", "Daily symptom scales",
                     "Self-reported daily scores that no LOINC code describes as measured here.", scales),
        _code_system(GROUP_SYSTEM, "ExcludedFoodGroup", "Excluded food groups",
                     "The five food groups an anti-inflammatory elimination diet removes.", groups),
        _code_system(TECHNIQUE_SYSTEM, "KneeSelfMassage", "Knee self-massage techniques",
                     "The four knee self-massage techniques the patient logs.", techniques),
        _code_system(CERTAINTY_SYSTEM, "FlagCertainty", "Food-group flag certainty",
                     "How sure a food-group flag on a meal is.", certainties),
    ]


def _slice(name: str, value_type: str, short: str, minimum: int, extra: dict | None = None) -> list[dict]:
    base = f"Extension.extension:{name}"
    return [
        {"id": base, "path": "Extension.extension", "sliceName": name, "short": short, "min": minimum, "max": "1"},
        {"id": f"{base}.extension", "path": "Extension.extension.extension", "max": "0"},
        {"id": f"{base}.url", "path": "Extension.extension.url", "fixedUri": name},
        {"id": f"{base}.value[x]", "path": "Extension.extension.value[x]", "min": 1,
         "type": [{"code": value_type}], **(extra or {})},
    ]


def flag_extension() -> dict:
    """The food-group flag on a meal's consumed item: which group, how sure, and the words that raised it."""
    elements = [
        {"id": "Extension", "path": "Extension", "short": "A food-group flag raised on a meal",
         "definition": "One excluded food group found in the meal's description or ingredients, with the term "
                       "that matched and why."},
        {"id": "Extension.extension", "path": "Extension.extension", "min": 2,
         "slicing": {"discriminator": [{"type": "value", "path": "url"}], "rules": "closed"}},
        *_slice("group", "Coding", "The excluded food group", 1, {"patternCoding": {"system": GROUP_SYSTEM}}),
        *_slice("certainty", "Coding", "definite or possible", 1, {"patternCoding": {"system": CERTAINTY_SYSTEM}}),
        *_slice("term", "string", "The food term that belongs to the group", 0),
        *_slice("matched", "string", "The words of the meal that matched", 0),
        *_slice("reason", "string", "Why the term belongs to the group", 0),
        {"id": "Extension.url", "path": "Extension.url", "fixedUri": FLAG_EXTENSION},
        {"id": "Extension.value[x]", "path": "Extension.value[x]", "max": "0"},
    ]
    return {"resourceType": "StructureDefinition", "id": FLAG_EXTENSION.rsplit("/", 1)[1], "url": FLAG_EXTENSION,
            "name": "FoodGroupFlag", "title": "Food-group flag", "status": "active", "experimental": False,
            "publisher": PUBLISHER, "description": flag_extension.__doc__, "fhirVersion": FHIR_VERSION,
            "kind": "complex-type", "abstract": False,
            "context": [{"type": "element", "expression": "NutritionIntake.consumedItem"}],
            "type": "Extension", "baseDefinition": "http://hl7.org/fhir/StructureDefinition/Extension",
            "derivation": "constraint", "differential": {"element": elements}}


def definitions() -> list[dict]:
    return [*code_systems(), flag_extension()]
