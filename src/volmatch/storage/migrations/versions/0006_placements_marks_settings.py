"""Placements that last (ended state, follow-up date, hours, who set the state and when),
coordinators' pins and hides per pair, and settings shared by every user (match weights).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TS = sa.DateTime(timezone=True)
_OLD_STATES = ("suggested", "contacted", "placed", "declined")
_NEW_STATES = (*_OLD_STATES, "ended")


def _any_of(column: str, values: tuple[str, ...]) -> str:
    return " OR ".join(f"{column} = '{value}'" for value in values)


def upgrade() -> None:
    with op.batch_alter_table("placement") as batch:
        batch.add_column(sa.Column("follow_up_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("hours", sa.Float(), nullable=True))
        batch.add_column(sa.Column("changed_by", sa.String(200), server_default="", nullable=False))
        batch.add_column(sa.Column("state_since", _TS, nullable=True))
        batch.drop_constraint(op.f("ck_placement_state"), type_="check")
        batch.create_check_constraint(op.f("ck_placement_state"), _any_of("state", _NEW_STATES))
    op.create_index("ix_placement_follow_up_on", "placement", ["follow_up_on"])
    # The state was set when the row was last written, by whoever created it.
    op.execute("UPDATE placement SET state_since = updated_at, changed_by = created_by")
    op.create_table(
        "match_mark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "volunteer_id",
            sa.Integer(),
            sa.ForeignKey(
                "volunteer.id", ondelete="CASCADE", name="fk_match_mark_volunteer_id_volunteer"
            ),
            nullable=False,
        ),
        sa.Column(
            "opportunity_id",
            sa.Integer(),
            sa.ForeignKey(
                "opportunity.id",
                ondelete="CASCADE",
                name="fk_match_mark_opportunity_id_opportunity",
            ),
            nullable=False,
        ),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_match_mark"),
        sa.UniqueConstraint("volunteer_id", "opportunity_id", name="uq_match_mark_pair"),
        sa.CheckConstraint(_any_of("kind", ("pin", "hide")), name=op.f("ck_match_mark_kind")),
    )
    op.create_index("ix_match_mark_volunteer_id", "match_mark", ["volunteer_id"])
    op.create_index("ix_match_mark_opportunity_id", "match_mark", ["opportunity_id"])
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_app_setting"),
    )


def downgrade() -> None:
    op.drop_table("app_setting")
    op.drop_index("ix_match_mark_opportunity_id", table_name="match_mark")
    op.drop_index("ix_match_mark_volunteer_id", table_name="match_mark")
    op.drop_table("match_mark")
    op.execute("UPDATE placement SET state = 'placed' WHERE state = 'ended'")
    op.drop_index("ix_placement_follow_up_on", table_name="placement")
    with op.batch_alter_table("placement") as batch:
        batch.drop_constraint(op.f("ck_placement_state"), type_="check")
        batch.create_check_constraint(op.f("ck_placement_state"), _any_of("state", _OLD_STATES))
        batch.drop_column("state_since")
        batch.drop_column("changed_by")
        batch.drop_column("hours")
        batch.drop_column("follow_up_on")
