"""Audit trail, trash (soft delete) and placements that outlive an erased volunteer.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TRASHED = ("opportunity", "volunteer")
_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("user", sa.String(200), nullable=False),
        sa.Column("at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
        sa.CheckConstraint(
            "action IN ('create', 'update', 'delete', 'restore', 'purge', 'erase')",
            name=op.f("ck_audit_log_action"),
        ),
    )
    op.create_index("ix_audit_log_entity", "audit_log", ["entity", "entity_id"])
    for table in _TRASHED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("deleted_at", _TS, nullable=True))
        op.create_index(f"ix_{table}_deleted_at", table, ["deleted_at"])
    # Batch mode on SQLite copies the table; foreign keys are off while migrations run.
    with op.batch_alter_table("placement") as batch:
        batch.alter_column("volunteer_id", existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    # Anonymous placements (of erased volunteers) cannot go back under NOT NULL.
    op.execute("DELETE FROM placement WHERE volunteer_id IS NULL")
    with op.batch_alter_table("placement") as batch:
        batch.alter_column("volunteer_id", existing_type=sa.Integer(), nullable=False)
    for table in _TRASHED:
        op.drop_index(f"ix_{table}_deleted_at", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("deleted_at")
    op.drop_index("ix_audit_log_entity", table_name="audit_log")
    op.drop_table("audit_log")
