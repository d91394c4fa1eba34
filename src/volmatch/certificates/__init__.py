"""Certificates of volunteering for placed volunteers, in Czech and the volunteer's language.

The core words the certificate (:mod:`.content`; texts in
``resources/certificates/texts.json``, sources in the README beside it) from a placement's facts (:mod:`.facts`); the PDF is drawn outside the core
by ``volmatch.certificate_pdf`` with Qt, registered here like the export's share cards.
A certificate carries the volunteer's name, so it is made only when a user asks for it and
is never stored, exported or logged.

```python
from volmatch.certificates import build, certificate_facts, render_pdf
cert = build(certificate_facts(session, placement_id), hours=12)
pdf = render_pdf(cert)   # bytes; needs volmatch.certificate_pdf.install()
```
"""

from __future__ import annotations

from collections.abc import Callable

from volmatch.certificates.content import (
    SECOND_LANGS,
    Certificate,
    Facts,
    Line,
    build,
    certificate_language,
    texts,
)
from volmatch.certificates.facts import CERTIFIABLE, NotCertifiable, certificate_facts

__all__ = [
    "CERTIFIABLE",
    "SECOND_LANGS",
    "Certificate",
    "Facts",
    "Line",
    "NotCertifiable",
    "build",
    "certificate_facts",
    "certificate_language",
    "register",
    "render_pdf",
    "texts",
]

Renderer = Callable[[Certificate], bytes]
_renderer: Renderer | None = None


def register(renderer: Renderer | None) -> None:
    """Use ``renderer`` (Certificate -> PDF bytes) from now on."""
    global _renderer
    _renderer = renderer


def render_pdf(certificate: Certificate) -> bytes:
    """The certificate as an A4 PDF; RuntimeError when no renderer is installed."""
    if _renderer is None:
        raise RuntimeError("no certificate renderer: call volmatch.certificate_pdf.install()")
    return _renderer(certificate)
