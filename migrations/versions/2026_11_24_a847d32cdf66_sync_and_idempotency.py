"""sync_and_idempotency

Revision ID: a847d32cdf66
Revises: 6ba04b42d919
Create Date: 2026-11-24 05:36:59.041402
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import models.types

revision: str = 'a847d32cdf66'
down_revision: str | None = '6ba04b42d919'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('idempotency_record',
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('fingerprint', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('response_status', sa.Integer(), nullable=False),
    sa.Column('response_body', sa.JSON(), nullable=True),
    sa.Column('response_headers', sa.JSON(), nullable=False),
    sa.Column('path', sa.String(length=300), nullable=False),
    sa.Column('created_at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'key')
    )
    with op.batch_alter_table('idempotency_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_idempotency_record_expires_at'), ['expires_at'], unique=False)

    with op.batch_alter_table('massage_session', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.BigInteger(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('deleted_at', models.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index('ix_massage_session_user_seq', ['user_id', 'seq'], unique=False)

    with op.batch_alter_table('meal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.BigInteger(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('deleted_at', models.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index('ix_meal_user_seq', ['user_id', 'seq'], unique=False)
        # Tombstones are not exposures: the partial index leaves them out (autogenerate cannot see WHERE changes).
        batch_op.drop_index('ix_meal_user_exposed')
        batch_op.create_index('ix_meal_user_exposed', ['user_id', 'local_date'], unique=False,
                              sqlite_where=sa.text('definite_mask <> 0 AND deleted_at IS NULL'),
                              postgresql_where=sa.text('definite_mask <> 0 AND deleted_at IS NULL'))

    with op.batch_alter_table('symptom_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.BigInteger(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('deleted_at', models.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index('ix_symptom_entry_user_seq', ['user_id', 'seq'], unique=False)

    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('change_seq', sa.BigInteger(), server_default='0', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_column('change_seq')

    with op.batch_alter_table('symptom_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_symptom_entry_user_seq')
        batch_op.drop_column('deleted_at')
        batch_op.drop_column('seq')

    with op.batch_alter_table('meal', schema=None) as batch_op:
        batch_op.drop_index('ix_meal_user_exposed')
        batch_op.create_index('ix_meal_user_exposed', ['user_id', 'local_date'], unique=False,
                              sqlite_where=sa.text('definite_mask <> 0'),
                              postgresql_where=sa.text('definite_mask <> 0'))
        batch_op.drop_index('ix_meal_user_seq')
        batch_op.drop_column('deleted_at')
        batch_op.drop_column('seq')

    with op.batch_alter_table('massage_session', schema=None) as batch_op:
        batch_op.drop_index('ix_massage_session_user_seq')
        batch_op.drop_column('deleted_at')
        batch_op.drop_column('seq')

    with op.batch_alter_table('idempotency_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_idempotency_record_expires_at'))

    op.drop_table('idempotency_record')
