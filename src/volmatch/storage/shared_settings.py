"""Settings every user of one database shares, as JSON under a key (``app_setting``).

The matching weights live here so that the app and ``volmatch match`` on the same
database rank with the same numbers. A change is audited (the key, never the value).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from volmatch.storage import audit, models
from volmatch.storage.queries import claim_write

_TABLE = models.AppSetting.__table__


def get_setting(session: Session, key: str) -> Any:
    """The stored value, or None when the key was never set (or the table is missing)."""
    raw = session.execute(select(_TABLE.c.value).where(_TABLE.c.key == key)).scalar()
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def set_setting(session: Session, key: str, value: Any) -> None:
    """Store ``value`` (JSON-able) under ``key``; None removes it (back to the default)."""
    claim_write(session)
    row = session.get(models.AppSetting, key)
    user = audit.current_user(session)
    if value is None:
        if row is not None:
            session.execute(delete(_TABLE).where(_TABLE.c.key == key))
            audit.record(session, "setting", [(None, "delete", (key,))])
        return
    text = json.dumps(value, sort_keys=True)
    if row is None:
        session.add(models.AppSetting(key=key, value=text, updated_by=user))
        action = "create"
    else:
        if row.value == text:
            return
        row.value, row.updated_by, row.updated_at = text, user, models.utcnow()
        action = "update"
    session.flush()
    audit.record(session, "setting", [(None, action, (key,))])
