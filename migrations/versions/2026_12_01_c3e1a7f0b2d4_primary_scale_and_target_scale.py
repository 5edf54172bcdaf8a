"""primary_scale on the user, target_scale on each challenge

Revision ID: c3e1a7f0b2d4
Revises: 91b67ae8a365
Create Date: 2026-12-01 22:45:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = 'c3e1a7f0b2d4'
down_revision: str | None = 'd478d8472deb'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('primary_scale', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True))
    # Challenges made before targets existed were judged on every scale; pain is the documented default.
    with op.batch_alter_table('challenge', schema=None) as batch_op:
        batch_op.add_column(sa.Column('target_scale', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False,
                                      server_default='pain'))


def downgrade() -> None:
    with op.batch_alter_table('challenge', schema=None) as batch_op:
        batch_op.drop_column('target_scale')
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_column('primary_scale')
