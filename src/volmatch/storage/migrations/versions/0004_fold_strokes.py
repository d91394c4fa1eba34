"""Organisation name keys folded again: letters with a stroke now lose it ("Đ" -> "d").

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Data only. A key that would now equal another organisation's key is left as it was,
so two organisations are never merged behind anybody's back; the coordinator can
merge them by hand.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from volmatch.text import fold

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ORG = sa.table(
    "organization",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("name_key", sa.String),
)


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.select(_ORG.c.id, _ORG.c.name, _ORG.c.name_key)).all()
    taken = {key for _, _, key in rows}
    for org_id, name, key in rows:
        new = fold(name)
        if new != key and new not in taken:
            conn.execute(sa.update(_ORG).where(_ORG.c.id == org_id).values(name_key=new))
            taken.discard(key)
            taken.add(new)


def downgrade() -> None:
    pass  # the new keys are as good for the previous revision: it only compares them
