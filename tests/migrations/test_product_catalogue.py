"""The product catalogue's migration comes and goes cleanly, on both databases."""

from alembic import command
from sqlalchemy import create_engine, inspect

from api.migrate import alembic_config

REVISION, PREVIOUS = "d478d8472deb", "91b67ae8a365"


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    names = set(inspect(engine).get_table_names())
    engine.dispose()
    return names


def test_downgrade_drops_the_catalogue_and_upgrade_brings_it_back(backend, make_database):
    url = make_database(backend)
    assert "product" in _tables(url)
    command.downgrade(alembic_config(url), PREVIOUS)
    assert "product" not in _tables(url) and "meal" in _tables(url)
    command.upgrade(alembic_config(url), REVISION)
    assert "product" in _tables(url)
