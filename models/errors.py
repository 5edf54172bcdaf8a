"""The one error shape every 4xx and 5xx answers with, for the OpenAPI document."""

from pydantic import BaseModel


class FieldError(BaseModel):
    field: str
    location: str
    message: str


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str
    fields: list[FieldError]


class ErrorResponse(BaseModel):
    error: ErrorDetail
