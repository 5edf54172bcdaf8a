"""`python -m api.serve`: validate settings, apply migrations, run uvicorn."""

import sys

import uvicorn
from pydantic import ValidationError

from api.config import get_settings
from api.migrate import upgrade


def main() -> int:
    try:
        settings = get_settings()
    except ValidationError as exc:
        print("diet-tracker: invalid settings:", file=sys.stderr)
        for err in exc.errors():
            name = ".".join(str(p) for p in err["loc"]).upper() or "settings"
            print(f"  {name}: {err['msg']}", file=sys.stderr)
        return 2
    if settings.migrate_on_start:
        upgrade(settings.database_url)
    # Our own request log (api/logs.py) replaces uvicorn's access log: structured, with the request id.
    # Behind trusted proxies the client address (sign-in throttling keys on it) comes from X-Forwarded-For.
    trusted = settings.forwarded_allow_ips
    uvicorn.run("api.main:create_app", factory=True, host=settings.host, port=settings.port,
                log_level=settings.log_level, server_header=False, access_log=False,
                proxy_headers=trusted is not None, forwarded_allow_ips=trusted)
    return 0


if __name__ == "__main__":
    sys.exit(main())
