"""What the matcher derives per listing and per volunteer, stored beside the records,
and each listing's folded search text (``volmatch list --search``).

The tables start empty: the first matching after the upgrade derives every row once
(with progress) and stores it, as it does whenever the reference data change.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "opportunity_match",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("districts", sa.Text(), nullable=False),
        sa.Column("open", sa.Boolean(), nullable=False),
        sa.Column("needs", sa.Text(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("search", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name="fk_opportunity_match_opportunity_id_opportunity",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("opportunity_id", name="pk_opportunity_match"),
    )
    op.create_table(
        "volunteer_match",
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("home", sa.String(100), nullable=True),
        sa.Column("travel", sa.Text(), nullable=False),
        sa.Column("levels", sa.Text(), nullable=False),
        sa.Column("hits", sa.Text(), nullable=False),
        sa.Column("wanted", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteer.id"],
            name="fk_volunteer_match_volunteer_id_volunteer",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("volunteer_id", name="pk_volunteer_match"),
    )
    op.create_table(
        "derived_state",
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_derived_state"),
    )


def downgrade() -> None:
    op.drop_table("derived_state")
    op.drop_table("volunteer_match")
    op.drop_table("opportunity_match")
