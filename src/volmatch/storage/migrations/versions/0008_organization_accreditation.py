"""Organizations accredited under the volunteer-service act (zákon č. 198/2002 Sb.): a flag
and the accreditation's reference (the ministry's decision), for the certificates.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("organization") as batch:
        batch.add_column(
            sa.Column("accredited", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch.add_column(
            sa.Column("accreditation_ref", sa.String(200), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("organization") as batch:
        batch.drop_column("accreditation_ref")
        batch.drop_column("accredited")
