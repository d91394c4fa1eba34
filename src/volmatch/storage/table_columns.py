"""The desktop table's columns of every live listing, in one query on any backend.

:mod:`volmatch.storage.fastread` is the shortcut for a SQLite file at the schema head
before SQLAlchemy is loaded; this is the normal path, and both give the same columns
(:data:`volmatch.storage.fastread.OPPORTUNITY_FIELDS`, children as comma-joined text).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from volmatch.storage import models
from volmatch.storage.fastread import columns_of
from volmatch.storage.queries import live

_OPP = models.Opportunity.__table__
_ORG = models.Organization.__table__


def _joined_children(model: Any, column: str) -> Any:
    table = model.__table__
    return (
        select(func.aggregate_strings(table.c[column], ","))
        .where(table.c.opportunity_id == _OPP.c.id)
        .scalar_subquery()
    )


def opportunity_table_columns(db: Any, ids: Any = None) -> dict[str, list[Any]]:
    """One list per field of every listing not in the trash (or of those of ``ids`` that
    are not), in id order."""
    stmt = (
        select(
            _OPP.c.id,
            _OPP.c.title,
            _ORG.c.name,
            _OPP.c.status,
            _OPP.c.valid_until,
            _OPP.c.district_text,
            _joined_children(models.OpportunityDistrict, "district"),
            _joined_children(models.OpportunityLanguage, "code"),
            _joined_children(models.OpportunityInterest, "tag"),
        )
        .select_from(_OPP.outerjoin(_ORG, _OPP.c.organization_id == _ORG.c.id))
        .where(live(_OPP))  # listings in the trash are not shown
        .order_by(_OPP.c.id)
    )
    if ids is not None:
        stmt = stmt.where(_OPP.c.id.in_(sorted(ids)))
    with db.engine.connect() as connection:
        result = connection.execution_options(stream_results=True).execute(stmt)
        return columns_of(result.all())
