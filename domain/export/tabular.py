"""CSV rows for meals, symptoms and massage (RFC 4180, ISO dates, flags as columns)."""

import csv
import io
from collections.abc import Iterable, Iterator, Mapping

from domain.groups import GROUPS
from domain.scales import SCALES

MEAL_COLUMNS = ["id", "eaten_at", "local_date", "meal_type", "description", "ingredients", *GROUPS, "excluded",
                "dismissed", "added", "flags", "notes"]
SYMPTOM_COLUMNS = ["date", *(s.name for s in SCALES), "notes"]
MASSAGE_COLUMNS = ["id", "routine_id", "performed_at", "local_date", "technique", "knee", "duration_seconds", "points",
                   "rounds", "pain_before", "pain_after", "notes"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Neutralise spreadsheet formulas in free text (OWASP CSV injection); numbers pass untouched."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def meal_row(meal: Mapping) -> list:
    definite, possible = set(meal["definite"]), set(meal["possible"])
    flag_text = "; ".join(f"{f['spans'][0]['matched']} -> {f['group']} ({f['certainty']})"
                          + (f" x{f['count']}" if f["count"] > 1 else "") for f in meal["flags"])
    return [meal["id"], meal["eaten_at"], meal["local_date"], meal["meal_type"] or "", safe_cell(meal["description"]),
            safe_cell(" | ".join(meal["ingredients"])),
            *("definite" if g in definite else "possible" if g in possible else "" for g in GROUPS),
            "true" if definite else "false", " ".join(meal["overrides"]["dismissed"]),
            " ".join(meal["overrides"]["added"]), safe_cell(flag_text), safe_cell(meal["notes"] or "")]


def symptom_row(entry: Mapping) -> list:
    return [entry["date"], *("" if entry.get(s.name) is None else entry[s.name] for s in SCALES),
            safe_cell(entry.get("notes") or "")]


def massage_row(row: Mapping) -> list:
    return [row["id"], row["routine_id"] or "", row["performed_at"], row["local_date"], row["technique"], row["knee"],
            row["duration_seconds"], " ".join(row["points"]), "" if row["rounds"] is None else row["rounds"],
            "" if row["pain_before"] is None else row["pain_before"],
            "" if row["pain_after"] is None else row["pain_after"], safe_cell(row["notes"] or "")]


def csv_lines(header: list[str], rows: Iterable[list]) -> Iterator[str]:
    """The header, then one RFC 4180 line per row (CRLF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    yield buffer.getvalue()
    for row in rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(row)
        yield buffer.getvalue()
