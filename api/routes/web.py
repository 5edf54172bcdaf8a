"""The web app's shell and assets (the app itself only calls the public JSON API).

The service worker and the manifest are served from `/` so the worker's scope covers the whole app. The
shell's version is a digest of its files, so every change to them makes browsers install a new worker.
"""

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parent.parent / "static"
router = APIRouter(include_in_schema=False)
static_files = StaticFiles(directory=STATIC)
THEME = "#1f4e79"
MANIFEST = {
    "name": "diet-tracker",
    "short_name": "Diet tracker",
    "description": "Meals against the five groups, daily scores, knee self-massage and trends; works offline.",
    "id": "/",
    "start_url": "/#today",
    "scope": "/",
    "display": "standalone",
    "orientation": "portrait",
    "background_color": "#ffffff",
    "theme_color": THEME,
    "icons": [
        {"src": "/static/icons/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any"},
        {"src": "/static/icons/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any"},
        {"src": "/static/icons/icon-maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
    ],
}


def shell_files() -> list[Path]:
    """Everything the app needs to open with no network: the page, its styles, modules and icons."""
    return [STATIC / "index.html", STATIC / "app.css", *sorted((STATIC / "js").glob("*.js")),
            *sorted((STATIC / "icons").glob("*.png"))]


@lru_cache
def service_worker() -> bytes:
    files = shell_files()
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(index_page())
    digest.update(json.dumps(MANIFEST, sort_keys=True).encode())
    urls = ["/", "/manifest.webmanifest"] + [f"/static/{p.relative_to(STATIC).as_posix()}" for p in files[1:]]
    source = (STATIC / "sw.js").read_text()
    return (source.replace('"__VERSION__"', json.dumps(digest.hexdigest()[:16]))
            .replace('["__SHELL__"]', json.dumps(urls))).encode()


# A static `import ... from "./x.js"` (not a dynamic `import("./x.js")`, which loads a screen when it is shown).
STATIC_IMPORT = re.compile(r'^import\b[^;]*?from "\./([\w-]+\.js)";', re.MULTILINE)


def first_screen_modules() -> list[str]:
    """main.js and every module it imports statically, however deep: what the app runs before its first screen."""
    wanted, seen = ["main.js"], []
    while wanted:
        name = wanted.pop()
        if name in seen:
            continue
        seen.append(name)
        wanted.extend(STATIC_IMPORT.findall((STATIC / "js" / name).read_text()))
    return sorted(seen)


@lru_cache
def index_page() -> bytes:
    """index.html with a modulepreload link per module the first screen needs, so the browser fetches them all at
    once instead of discovering them one import level at a time; the other screens' modules wait until asked."""
    links = "".join(f'\n  <link rel="modulepreload" href="/static/js/{name}">' for name in first_screen_modules())
    return (STATIC / "index.html").read_text().replace("\n  <!-- modulepreload -->", links).encode()


@router.get("/")
def index() -> Response:
    return Response(index_page(), media_type="text/html")


@router.get("/sw.js")
def worker() -> Response:
    return Response(service_worker(), media_type="text/javascript")


@router.get("/manifest.webmanifest")
def manifest() -> Response:
    return Response(json.dumps(MANIFEST), media_type="application/manifest+json")
