"""FHIR R5 resources as plain dicts: a collection Bundle a practitioner's tools can read.

LOINC codes are used only where the code means what we measure: 72514-3 (pain severity 0-10 numeric rating)
and 93832-4 (sleep duration). Every other 0-10 scale uses this project's own code system rather than
borrowing an instrument code (PROMIS, GAD-7) for a score that is not that instrument.
"""

from collections.abc import Mapping

from domain.groups import GROUPS
from domain.massage import CATALOGUE
from domain.scales import BY_NAME, SCALES

SYSTEM = "https://diet-tracker.example.org/fhir"
SCALE_SYSTEM = f"{SYSTEM}/CodeSystem/symptom-scale"
GROUP_SYSTEM = f"{SYSTEM}/CodeSystem/excluded-food-group"
TECHNIQUE_SYSTEM = f"{SYSTEM}/CodeSystem/knee-self-massage"
FLAG_EXTENSION = f"{SYSTEM}/StructureDefinition/food-group-flag"
LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
LOINC_CODES = {"pain": ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"),
               "sleep_hours": ("93832-4", "Sleep duration")}
KNEE_SITES = {"left": ("82169009", "Structure of left knee region"),
              "right": ("6757004", "Structure of right knee region"),
              "both": ("72696002", "Knee region structure")}
GROUP_LABELS = {"wheat": "Wheat", "dairy": "Dairy (milk products)", "corn": "Corn (maize)", "soy": "Soy",
                "sugar": "Processed (added) sugar"}


def patient(patient_id: str, timezone: str) -> dict:
    return {"resourceType": "Patient", "id": patient_id, "active": True,
            "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/timezone", "valueCode": timezone}]}


def _direction(higher_is_better: bool) -> str:
    return "higher is better" if higher_is_better else "higher is worse"


def _subject(patient_id: str) -> dict:
    return {"reference": f"Patient/{patient_id}"}


def _scale_code(name: str) -> dict:
    if name in LOINC_CODES:
        code, display = LOINC_CODES[name]
        return {"coding": [{"system": LOINC, "code": code, "display": display}], "text": BY_NAME[name].label}
    return {"coding": [{"system": SCALE_SYSTEM, "code": name, "display": BY_NAME[name].label}],
            "text": BY_NAME[name].label}


def observations(entry: Mapping, patient_id: str) -> list[dict]:
    """One Observation per recorded score of a day's entry."""
    resources = []
    for scale in SCALES:
        value = entry.get(scale.name)
        if value is None:
            continue
        quantity = ({"value": value, "unit": "h", "system": UCUM, "code": "h"} if scale.unit == "hours"
                    else {"value": value, "unit": "score", "system": UCUM, "code": "{score}"})
        resources.append({
            "resourceType": "Observation", "id": f"symptom-{entry['date']}-{scale.name}".replace("_", "-"),
            "status": "final",
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                      "code": "survey"}]}],
            "code": _scale_code(scale.name), "subject": _subject(patient_id), "effectiveDateTime": str(entry["date"]),
            "valueQuantity": quantity,
            "note": [{"text": f"Self-reported, 0-10; {_direction(scale.higher_is_better)}"}]
            if scale.unit != "hours" else [],
        })
    return [{k: v for k, v in r.items() if v != []} for r in resources]


def nutrition_intake(meal: Mapping, patient_id: str) -> dict:
    """A meal, with each excluded-group flag as an extension on the consumed item."""
    flags = [{"url": FLAG_EXTENSION, "extension": [
        {"url": "group", "valueCoding": {"system": GROUP_SYSTEM, "code": f["group"]}},
        {"url": "certainty", "valueCode": f["certainty"]},
        {"url": "term", "valueString": f["term"]},
        {"url": "matched", "valueString": f["spans"][0]["matched"]},
        {"url": "reason", "valueString": f["reason"]},
    ]} for f in meal["flags"]]
    notes = [{"text": f"Effective groups: definite {', '.join(meal['definite']) or 'none'}; "
                      f"possible {', '.join(meal['possible']) or 'none'}"}]
    if meal["overrides"]["dismissed"] or meal["overrides"]["added"]:
        dismissed = ", ".join(meal["overrides"]["dismissed"]) or "none"
        added = ", ".join(meal["overrides"]["added"]) or "none"
        notes.append({"text": f"Corrected by the patient: dismissed {dismissed}; added {added}"})
    if meal.get("notes"):
        notes.append({"text": meal["notes"]})
    item = {"type": {"text": meal.get("meal_type") or "meal"},
            "nutritionProduct": {"concept": {"text": meal["description"]}}}
    if flags:
        item["extension"] = flags
    return {"resourceType": "NutritionIntake", "id": f"meal-{meal['id']}", "status": "completed",
            "subject": _subject(patient_id), "occurrenceDateTime": meal["eaten_at"], "consumedItem": [item],
            "note": notes}


def procedure(session: Mapping, patient_id: str) -> dict:
    """A knee self-massage session."""
    label = next(t.label for t in CATALOGUE if t.name == session["technique"])
    code, display = KNEE_SITES[session["knee"]]
    notes = []
    if session.get("points"):
        notes.append({"text": "Points: " + ", ".join(session["points"])})
    if session.get("rounds") is not None:
        notes.append({"text": f"Rounds: {session['rounds']} (nine pats front and back, nine to the sides)"})
    if session.get("pain_before") is not None or session.get("pain_after") is not None:
        before, after = session.get("pain_before"), session.get("pain_after")
        notes.append({"text": f"Knee pain before {before}, after {after} (0-10)"})
    resource = {"resourceType": "Procedure", "id": f"massage-{session['id']}", "status": "completed",
                "code": {"coding": [{"system": TECHNIQUE_SYSTEM, "code": session["technique"], "display": label}],
                         "text": f"Knee self-massage: {label}"},
                "subject": _subject(patient_id), "occurrenceDateTime": session["performed_at"],
                "bodySite": [{"coding": [{"system": SNOMED, "code": code, "display": display}]}],
                "performer": [{"actor": _subject(patient_id)}]}
    if notes:
        resource["note"] = notes
    return resource


def nutrition_order(start_date: str | None, patient_id: str) -> dict:
    """The elimination: the five groups excluded from the diet."""
    order = {"resourceType": "NutritionOrder", "id": "elimination", "status": "active", "intent": "plan",
             "subject": _subject(patient_id),
             "excludeFoodModifier": [{"coding": [{"system": GROUP_SYSTEM, "code": g, "display": GROUP_LABELS[g]}],
                                      "text": GROUP_LABELS[g]} for g in GROUPS],
             "note": [{"text": "Anti-inflammatory elimination diet: all five groups removed completely for at "
                               "least two weeks, then reintroduced one at a time."}]}
    if start_date:
        order["dateTime"] = f"{start_date}T00:00:00Z"
    return order


def entry(resource: Mapping) -> dict:
    return {"fullUrl": f"{SYSTEM}/{resource['resourceType']}/{resource['id']}", "resource": resource}
