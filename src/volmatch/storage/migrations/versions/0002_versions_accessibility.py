"""Optimistic locking versions, the accessibility note and indexes for search and the dashboard.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_VERSIONED = ("organization", "opportunity", "volunteer", "placement")
_INDEXES = (
    ("ix_opportunity_updated_at", "opportunity", "updated_at"),
    ("ix_opportunity_language_code", "opportunity_language", "code"),
    ("ix_opportunity_interest_tag", "opportunity_interest", "tag"),
    ("ix_volunteer_language_code", "volunteer_language", "code"),
)


def upgrade() -> None:
    # Existing rows start at version 1; the server default fills them in one statement.
    for table in _VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    with op.batch_alter_table("opportunity") as batch:
        batch.add_column(sa.Column("accessibility", sa.Text(), server_default="", nullable=False))
    for name, table, column in _INDEXES:
        op.create_index(name, table, [column])


def downgrade() -> None:
    for name, table, _column in _INDEXES:
        op.drop_index(name, table_name=table)
    with op.batch_alter_table("opportunity") as batch:
        batch.drop_column("accessibility")
    for table in _VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
