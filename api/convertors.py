"""Path convertors, registered on import (before the routes that use them are built)."""

from starlette.convertors import Convertor, register_url_convertor


class IsoDate(Convertor[str]):
    """Path segments shaped like YYYY-MM-DD, so /v1/symptoms/scales never reaches the {date} routes."""

    regex = r"\d{4}-\d{2}-\d{2}"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("isodate", IsoDate())
