"""Apply Alembic migrations from code (serve, tests and the CLI share this)."""

from pathlib import Path

from alembic import command
from alembic.config import Config

import migrations

# The migrations ship inside the installed package, so this works from a checkout and from a wheel.
SCRIPT_LOCATION = Path(migrations.__file__).resolve().parent


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["database_url"] = database_url
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)
