"""FHIR R5 resources as plain dicts: a collection Bundle a practitioner's tools can read.

LOINC codes are used only where the code means what we measure: 72514-3 (pain severity 0-10 numeric rating)
and 93832-4 (sleep duration). Every other 0-10 scale uses this project's own code system rather than
borrowing an instrument code (PROMIS, GAD-7) for a score that is not that instrument.

Every patient resource has a UUID derived from the patient and the item, so exporting the same data again
gives the same ids and two patients' bundles never overwrite each other in one FHIR server; entries are
addressed as `urn:uuid:` and refer to the patient the same way. Days are the patient's local dates, written
as FHIR dates with the IANA zone (the timezone extension, on the elements whose context allows it).
"""

import uuid
from collections.abc import Mapping

from domain.export.fhir_definitions import (
    CERTAINTY_SYSTEM,
    FLAG_EXTENSION,
    GROUP_LABELS,
    GROUP_SYSTEM,
    LOINC_CODES,
    SCALE_SYSTEM,
    SYSTEM,
    TECHNIQUE_SYSTEM,
    definitions,
    direction,
)
from domain.groups import GROUPS
from domain.massage import CATALOGUE
from domain.scales import BY_NAME, SCALES

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
TIMEZONE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/timezone"
KNEE_SITES = {"left": ("82169009", "Structure of left knee region"),
              "right": ("6757004", "Structure of right knee region"),
              "both": ("72696002", "Knee region structure")}
ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, SYSTEM)
DIET = "Anti-inflammatory elimination diet"


def resource_id(patient_id: str, resource_type: str, key: str) -> str:
    """The same UUID for the same item of the same patient on every export; another patient's never match."""
    return str(uuid.uuid5(ID_NAMESPACE, f"{patient_id}/{resource_type}/{key}"))


def _zone(timezone: str) -> dict:
    return {"extension": [{"url": TIMEZONE_EXTENSION, "valueCode": timezone}]}


def patient(patient_id: str, timezone: str) -> dict:
    """The patient; the zone goes on its Meta, one of the contexts the timezone extension allows."""
    return {"resourceType": "Patient", "id": patient_id, "meta": _zone(timezone), "active": True}


def _subject(patient_id: str) -> dict:
    return {"reference": f"urn:uuid:{patient_id}"}


def _scale_code(name: str) -> dict:
    if name in LOINC_CODES:
        code, display = LOINC_CODES[name]
        return {"coding": [{"system": LOINC, "code": code, "display": display}], "text": BY_NAME[name].label}
    return {"coding": [{"system": SCALE_SYSTEM, "code": name, "display": BY_NAME[name].label}],
            "text": BY_NAME[name].label}


def observations(entry: Mapping, patient_id: str, timezone: str) -> list[dict]:
    """One Observation per recorded score of a day's entry, dated with the local date."""
    resources = []
    for scale in SCALES:
        value = entry.get(scale.name)
        if value is None:
            continue
        quantity = ({"value": value, "unit": "h", "system": UCUM, "code": "h"} if scale.unit == "hours"
                    else {"value": value, "unit": "score", "system": UCUM, "code": "{score}"})
        resource = {
            "resourceType": "Observation",
            "id": resource_id(patient_id, "Observation", f"{entry['date']}/{scale.name}"), "status": "final",
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                      "code": "survey"}]}],
            "code": _scale_code(scale.name), "subject": _subject(patient_id),
            "effectiveDateTime": str(entry["date"]), "_effectiveDateTime": _zone(timezone),
            "valueQuantity": quantity,
        }
        if scale.unit != "hours":
            resource["note"] = [{"text": f"Self-reported, 0-10; {direction(scale.higher_is_better)}"}]
        resources.append(resource)
    return resources


def _flag(flag: Mapping) -> dict:
    return {"url": FLAG_EXTENSION, "extension": [
        {"url": "group", "valueCoding": {"system": GROUP_SYSTEM, "code": flag["group"],
                                         "display": GROUP_LABELS[flag["group"]]}},
        {"url": "certainty", "valueCoding": {"system": CERTAINTY_SYSTEM, "code": flag["certainty"]}},
        *({"url": name, "valueString": value} for name, value in (
            ("term", flag["term"]), ("matched", flag["spans"][0]["matched"] if flag["spans"] else None),
            ("reason", flag["reason"])) if value),
    ]}


def nutrition_intake(meal: Mapping, patient_id: str) -> dict:
    """A meal, with each excluded-group flag as an extension on the consumed item."""
    notes = [{"text": f"Effective groups: definite {', '.join(meal['definite']) or 'none'}; "
                      f"possible {', '.join(meal['possible']) or 'none'}"}]
    if meal["overrides"]["dismissed"] or meal["overrides"]["added"]:
        dismissed = ", ".join(meal["overrides"]["dismissed"]) or "none"
        added = ", ".join(meal["overrides"]["added"]) or "none"
        notes.append({"text": f"Corrected by the patient: dismissed {dismissed}; added {added}"})
    if meal.get("notes"):
        notes.append({"text": meal["notes"]})
    item: dict = {"type": {"text": meal.get("meal_type") or "meal"},
                  "nutritionProduct": {"concept": {"text": meal["description"]}}}
    if meal["flags"]:
        item["extension"] = [_flag(f) for f in meal["flags"]]
    return {"resourceType": "NutritionIntake", "id": resource_id(patient_id, "NutritionIntake", meal["id"]),
            "status": "completed", "subject": _subject(patient_id), "occurrenceDateTime": meal["eaten_at"],
            "consumedItem": [item], "note": notes}


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
    resource = {"resourceType": "Procedure", "id": resource_id(patient_id, "Procedure", session["id"]),
                "status": "completed",
                "code": {"coding": [{"system": TECHNIQUE_SYSTEM, "code": session["technique"], "display": label}],
                         "text": f"Knee self-massage: {label}"},
                "subject": _subject(patient_id), "occurrenceDateTime": session["performed_at"],
                "bodySite": [{"coding": [{"system": SNOMED, "code": code, "display": display}]}],
                "performer": [{"actor": _subject(patient_id)}]}
    if notes:
        resource["note"] = notes
    return resource


def nutrition_order(start_date: str, recorded_at: str, patient_id: str, timezone: str) -> dict:
    """The elimination the patient set: an oral diet from the start date that excludes the five groups.

    `dateTime` is when the start was recorded; the diet itself runs from the local start date.
    """
    excluded = ", ".join(GROUP_LABELS[g].lower() for g in GROUPS)
    return {"resourceType": "NutritionOrder", "id": resource_id(patient_id, "NutritionOrder", "elimination"),
            "status": "active", "intent": "plan", "subject": _subject(patient_id), "dateTime": recorded_at,
            "excludeFoodModifier": [{"coding": [{"system": GROUP_SYSTEM, "code": g, "display": GROUP_LABELS[g]}],
                                     "text": GROUP_LABELS[g]} for g in GROUPS],
            "oralDiet": {"type": [{"text": DIET}],
                         "schedule": {"timing": [{"repeat": {"boundsPeriod": {
                             "start": start_date, "_start": _zone(timezone)}}}]},
                         "instruction": f"Exclude completely, from {start_date}: {excluded}. Keep all five out "
                                        "for at least two weeks, then reintroduce one group at a time."}}


def entry(resource: Mapping) -> dict:
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}


def definition_entries() -> list[dict]:
    """Definitions are addressed by their canonical URL: the same entry in every patient's bundle."""
    return [{"fullUrl": resource["url"], "resource": resource} for resource in definitions()]
