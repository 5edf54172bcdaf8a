"""SQLModel tables and request/response schemas, one module per entity.

Importing this package registers every table on SQLModel.metadata (Alembic relies on that).
"""

from models.calendar import CalendarFeed
from models.challenge import Challenge
from models.elimination import Elimination
from models.idempotency import IdempotencyRecord
from models.invitation import Invitation, SignupAttempt
from models.login_failure import LoginFailure
from models.massage import MassageSession
from models.meal import Meal, PersonalTerm
from models.product import Product
from models.share import Share, ShareAccess
from models.symptom import SymptomEntry
from models.token import AuthToken
from models.user import User

__all__ = [
    "AuthToken", "CalendarFeed", "Challenge", "Elimination", "IdempotencyRecord", "Invitation", "LoginFailure",
    "MassageSession", "Meal", "PersonalTerm", "Product", "Share", "ShareAccess", "SignupAttempt", "SymptomEntry",
    "User",
]
