"""Volunteers' personal data: consent, retention review, erasure, access and portability.

```python
from volmatch import privacy
privacy.can_match(volunteer) -> (bool, reason_code)     # "ok" | "no_consent" | "consent_scope"
privacy.can_contact(volunteer) -> (bool, reason_code)
privacy.due_for_review(session, months=24, today=None) -> list[ReviewItem]
privacy.erase_volunteer(session, volunteer_id) -> Erasure | None
privacy.export_person(session, volunteer_id) -> dict | None   # JSON-ready
privacy.render_person(data, lang="en") -> str                 # HTML for the person
```
"""

from __future__ import annotations

import importlib

# Submodules load when a name is first asked for: the matcher needs only consent, and
# access would bring Jinja2 and the storage models into every ``volmatch match``.
_WHERE = {
    "export_person": "access",
    "render_person": "access",
    "can_contact": "consent",
    "can_match": "consent",
    "consent_purposes": "consent",
    "Erasure": "retention",
    "ReviewItem": "retention",
    "due_for_review": "retention",
    "erase_volunteer": "retention",
}


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(importlib.import_module(f"volmatch.privacy.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'volmatch.privacy' has no attribute {name!r}")


__all__ = [
    "Erasure",
    "ReviewItem",
    "can_contact",
    "can_match",
    "consent_purposes",
    "due_for_review",
    "erase_volunteer",
    "export_person",
    "render_person",
]
