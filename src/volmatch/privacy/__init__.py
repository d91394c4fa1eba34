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

from volmatch.privacy.access import export_person, render_person
from volmatch.privacy.consent import can_contact, can_match, consent_purposes
from volmatch.privacy.retention import Erasure, ReviewItem, due_for_review, erase_volunteer

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
