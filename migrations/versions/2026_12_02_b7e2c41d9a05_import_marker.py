"""import_marker: an import whose rows are moving in, so an interrupted one is cleared by sending it again

Revision ID: b7e2c41d9a05
Revises: c4f1e2a9b7d3
Create Date: 2026-12-02 03:10:00

On SQLite an import's rows go in over several short write transactions, so that other users' writes are not
held up; the user row says one is under way (the rows' created_at), and clears it with the last.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'b7e2c41d9a05'
down_revision: str | None = 'c4f1e2a9b7d3'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('import_started_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_column('import_started_at')
