"""The first schema: organizations, opportunities, volunteers, placements.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the types used at this revision: later model changes must not alter history.
_TS = sa.DateTime(timezone=True)


def _fk(child: str, column: str, parent: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{parent}.id"], ondelete=ondelete, name=f"fk_{child}_{column}_{parent}"
    )


def upgrade() -> None:
    op.create_table(
        "organization",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("name_key", sa.String(300), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("phone", sa.String(64), nullable=False),
        sa.Column("website", sa.String(2048), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_organization"),
        sa.UniqueConstraint("name_key", name="uq_organization_name_key"),
    )
    op.create_table(
        "opportunity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(200), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source_lang", sa.String(8), nullable=False),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("district_text", sa.String(500), nullable=False),
        sa.Column("address", sa.String(500), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("commitment", sa.String(16), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("schedule", sa.String(500), nullable=False),
        sa.Column("schedule_mask", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("min_age", sa.SmallInteger(), nullable=True),
        sa.Column("contact_email", sa.String(320), nullable=False),
        sa.Column("contact_phone", sa.String(64), nullable=False),
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_opportunity"),
        sa.UniqueConstraint("external_id", name="uq_opportunity_external_id"),
        _fk("opportunity", "organization_id", "organization", "SET NULL"),
        sa.CheckConstraint(
            "scope IN ('districts', 'citywide', 'remote')", name=op.f("ck_opportunity_scope")
        ),
        sa.CheckConstraint(
            "commitment IN ('one-off', 'regular', 'long-term')",
            name=op.f("ck_opportunity_commitment"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'published', 'archived')", name=op.f("ck_opportunity_status")
        ),
    )
    op.create_index("ix_opportunity_organization_id", "opportunity", ["organization_id"])
    op.create_index("ix_opportunity_status", "opportunity", ["status"])
    op.create_index("ix_opportunity_valid_until", "opportunity", ["valid_until"])

    op.create_table(
        "opportunity_translation",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("opportunity_id", "lang", name="pk_opportunity_translation"),
        _fk("opportunity_translation", "opportunity_id", "opportunity", "CASCADE"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "opportunity_district",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("district", sa.String(100), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.PrimaryKeyConstraint("opportunity_id", "district", name="pk_opportunity_district"),
        _fk("opportunity_district", "opportunity_id", "opportunity", "CASCADE"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_opportunity_district_district", "opportunity_district", ["district"])
    op.create_table(
        "opportunity_language",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("min_level", sa.SmallInteger(), nullable=True),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.PrimaryKeyConstraint("opportunity_id", "code", name="pk_opportunity_language"),
        _fk("opportunity_language", "opportunity_id", "opportunity", "CASCADE"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "opportunity_interest",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(100), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.PrimaryKeyConstraint("opportunity_id", "tag", name="pk_opportunity_interest"),
        _fk("opportunity_interest", "opportunity_id", "opportunity", "CASCADE"),
        sqlite_with_rowid=False,
    )

    op.create_table(
        "volunteer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(200), nullable=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("phone", sa.String(64), nullable=False),
        sa.Column("district", sa.String(100), nullable=True),
        sa.Column("district_text", sa.String(500), nullable=False),
        sa.Column("interests_text", sa.Text(), nullable=False),
        sa.Column("availability", sa.String(500), nullable=False),
        sa.Column("availability_mask", sa.Integer(), nullable=False),
        sa.Column("available_from", sa.Date(), nullable=True),
        sa.Column("available_until", sa.Date(), nullable=True),
        sa.Column("birth_year", sa.SmallInteger(), nullable=True),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_scope", sa.String(500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_volunteer"),
        sa.UniqueConstraint("external_id", name="uq_volunteer_external_id"),
    )
    op.create_index("ix_volunteer_email", "volunteer", ["email"])
    op.create_index("ix_volunteer_district", "volunteer", ["district"])
    op.create_table(
        "volunteer_language",
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=True),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.PrimaryKeyConstraint("volunteer_id", "code", name="pk_volunteer_language"),
        _fk("volunteer_language", "volunteer_id", "volunteer", "CASCADE"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "volunteer_travel_district",
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("district", sa.String(100), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.PrimaryKeyConstraint("volunteer_id", "district", name="pk_volunteer_travel_district"),
        _fk("volunteer_travel_district", "volunteer_id", "volunteer", "CASCADE"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "volunteer_interest",
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(100), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.PrimaryKeyConstraint("volunteer_id", "tag", name="pk_volunteer_interest"),
        _fk("volunteer_interest", "volunteer_id", "volunteer", "CASCADE"),
        sqlite_with_rowid=False,
    )

    op.create_table(
        "placement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_placement"),
        sa.UniqueConstraint("volunteer_id", "opportunity_id", name="uq_placement_pair"),
        _fk("placement", "volunteer_id", "volunteer", "CASCADE"),
        _fk("placement", "opportunity_id", "opportunity", "CASCADE"),
        sa.CheckConstraint(
            "state IN ('suggested', 'contacted', 'placed', 'declined')",
            name=op.f("ck_placement_state"),
        ),
    )
    op.create_index("ix_placement_volunteer_id", "placement", ["volunteer_id"])
    op.create_index("ix_placement_opportunity_id", "placement", ["opportunity_id"])


def downgrade() -> None:
    for table in (
        "placement",
        "volunteer_interest",
        "volunteer_travel_district",
        "volunteer_language",
        "volunteer",
        "opportunity_interest",
        "opportunity_language",
        "opportunity_district",
        "opportunity_translation",
        "opportunity",
        "organization",
    ):
        op.drop_table(table)
