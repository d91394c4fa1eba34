"""List each demo listing's interest tags beside its title and description, for review.

    python scripts/audit_demo_tags.py [--all]

A tag is marked "?" when no word of its names and synonyms (cs/en/uk/ru/vi, by stem) occurs
in the listing's texts (Czech and its translations): not necessarily wrong ("integrace
cizinců" is rarely written out), but the first thing to read. Without ``--all`` only listings
with a marked tag are shown. The demo data is in resources/demo/opportunities.csv.
"""

from __future__ import annotations

import re
import sys

from volmatch.demo.dataset import demo_records
from volmatch.reference.taxonomy import default_taxonomy
from volmatch.reference.word_stems import stem
from volmatch.text import fold

_WORD = re.compile(r"\w{3,}")
# words of tag names that say nothing about the activity
_VAGUE = {"pomoc", "help", "support", "podpora", "prace", "work", "aktivity", "activities"}


def _stems(text: str) -> set[str]:
    return {stem(w) or w for w in _WORD.findall(fold(text))} - _VAGUE


def main(show_all: bool) -> int:
    tx = default_taxonomy()
    listings, _ = demo_records()
    for o in listings:
        texts = [o.title, o.description]
        texts += [t for tr in o.translations.values() for t in (tr.title, tr.description)]
        seen = _stems(" ".join(texts))
        marks = []
        for tag_id in o.interests:
            tag = tx.tags[tag_id]
            words = _stems(" ".join((*tag.names.values(), *tag.synonyms)))
            marks.append(("" if words & seen else "?") + tx.name(tag_id, "cs"))
        if show_all or any(m.startswith("?") for m in marks):
            print(f"{o.external_id}  {o.title}\n    {o.description}\n    tags: {', '.join(marks)}")
    return 0


if __name__ == "__main__":
    sys.exit(main("--all" in sys.argv[1:]))
