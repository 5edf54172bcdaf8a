"""Pure domain logic: no FastAPI, SQLModel or SQLAlchemy imports (tests/domain/test_purity.py holds us to it)."""
