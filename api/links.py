"""Absolute links the service hands out (share links, calendar feeds): built from PUBLIC_URL, never the request.

A request's Host header is the client's to choose (`Host: attacker.example`), so it never builds a link. With
PUBLIC_URL unset a link is the path alone, relative to wherever the client reached the service.
"""

from api.config import Settings


def public_link(settings: Settings, path: str) -> str:
    """`path` under PUBLIC_URL, or `path` itself when PUBLIC_URL is unset."""
    return f"{settings.public_url}{path}" if settings.public_url else path
