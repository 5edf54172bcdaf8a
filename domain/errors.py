"""Errors the domain and services raise; each carries the HTTP status the API answers with."""

from dataclasses import dataclass


@dataclass
class FieldProblem:
    field: str
    message: str
    location: str = "body"


def field_of(loc: tuple) -> tuple[str, str]:
    """A validation error's location as the field it names and where it was sent: ("body", "meals", 17, "id")."""
    location = str(loc[0]) if loc else "body"
    # A union's member is named in the location ("list[...]", "function-after[...]"); no field name has brackets.
    parts = [str(p) for p in loc[1:] if not (isinstance(p, str) and "[" in p)]
    return ".".join(parts) or location, location


class TrackerError(Exception):
    status_code = 400
    code = "bad_request"

    def __init__(self, message: str, *, fields: list[FieldProblem] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields or []


class NotFound(TrackerError):
    status_code = 404
    code = "not_found"


class Conflict(TrackerError):
    status_code = 409
    code = "conflict"


class Unauthorized(TrackerError):
    status_code = 401
    code = "unauthorized"


class InvalidInput(TrackerError):
    status_code = 422
    code = "validation_error"

    @classmethod
    def for_field(cls, name: str, message: str, location: str = "body") -> "InvalidInput":
        return cls(f"{name}: {message}", fields=[FieldProblem(name, message, location)])


class Unavailable(TrackerError):
    status_code = 503
    code = "unavailable"

    def __init__(self, message: str, *, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after



class PreconditionFailed(TrackerError):
    status_code = 412
    code = "precondition_failed"


class TooManyRequests(TrackerError):
    status_code = 429
    code = "too_many_requests"

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Forbidden(TrackerError):
    status_code = 403
    code = "forbidden"
