"""The operations of the app's OpenAPI document, with their path parameters filled in, for tests that walk
every route (so a new route is covered without anyone remembering to add it)."""

import re
import uuid
from collections.abc import Iterator

SAMPLES = {"date": "2026-02-01", "scale": "pain", "token": "t" * 43}


def operations_documenting(openapi: dict, status: int) -> Iterator[tuple[str, str, str]]:
    """(method, path template, concrete URL) of each operation whose documented responses include `status`."""
    for path, operations in openapi["paths"].items():
        for method, operation in operations.items():
            if str(status) not in operation["responses"]:
                continue
            url = re.sub(r"{(\w+)}", lambda m: SAMPLES.get(m.group(1), str(uuid.uuid4())), path)
            yield method.upper(), path, url
