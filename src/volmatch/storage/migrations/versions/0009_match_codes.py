"""The tags and words the matcher stores per record become numbers against a table of
terms (``match_term``), so that a cold start reads arrays instead of splitting names.

``opportunity_match.tags`` ("433|tag|tag|~word") becomes ``tag_codes``: one little-endian
int32 per tag, term id * 16 + factor digit. ``volunteer_match.hits``
("tag,tag\\t71.4\\t0|~word\\t0\\t2") becomes ``hit_codes``: per hit or word a 16-byte
record (term id int32, phrase no. int32, score or phrase length float64). Existing
rows are converted here (the same values, no deriving again).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from __future__ import annotations

import struct
import sys
from array import array
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ITEM, _PART, _TAGS, _KW = "|", "\t", ",", "~"
_BATCH = 5000


def upgrade() -> None:
    op.create_table(
        "match_term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_match_term"),
        sa.UniqueConstraint("name", name="uq_match_term_name"),
    )
    op.add_column("opportunity_match", sa.Column("tag_codes", sa.LargeBinary(), nullable=True))
    op.add_column("volunteer_match", sa.Column("hit_codes", sa.LargeBinary(), nullable=True))
    conn = op.get_bind()
    _convert(conn, "opportunity_match", "opportunity_id", "tags", "tag_codes", _listing)
    _convert(conn, "volunteer_match", "volunteer_id", "hits", "hit_codes", _volunteer)
    with op.batch_alter_table("opportunity_match") as batch:
        batch.drop_column("tags")
    with op.batch_alter_table("volunteer_match") as batch:
        batch.drop_column("hits")


def _listing(text: str) -> list[tuple[str, int, float]]:
    digits, *names = text.split(_ITEM) if text else [""]
    return [(name, int(d), 0.0) for name, d in zip(names, digits, strict=True)]


def _volunteer(text: str) -> list[tuple[str, int, float]]:
    out: list[tuple[str, int, float]] = []
    words: list[tuple[str, int, float]] = []
    for item in text.split(_ITEM) if text else []:
        first, a, b = item.split(_PART)
        if first.startswith(_KW):
            words.append((first, int(a), float(b)))  # phrase no., phrase length
        else:
            out += [(t, int(b), float(a)) for t in first.split(_TAGS)]  # score, phrase no.
    return out + words


def _pack(kind: str, items: list[tuple[str, int, float]], ids: dict[str, int]) -> bytes:
    if kind == "tags":
        codes = array("i", [ids[name] << 4 | digit for name, digit, _ in items])
        if sys.byteorder != "little":
            codes.byteswap()
        return codes.tobytes()
    flat = [x for name, p, v in items for x in (ids[name], p, v)]
    return struct.pack("<" + "iid" * len(items), *flat)


def _convert(conn, table: str, key: str, old: str, new: str, parse) -> None:
    rows = conn.execute(sa.text(f"SELECT {key}, {old} FROM {table}")).fetchall()
    parsed = [(rid, parse(text or "")) for rid, text in rows]
    names = sorted({name for _, items in parsed for name, _, _ in items})
    known = dict(
        (name, tid) for tid, name in conn.execute(sa.text("SELECT id, name FROM match_term"))
    )
    missing = [{"name": n} for n in names if n not in known]
    if missing:
        conn.execute(sa.text("INSERT INTO match_term (name) VALUES (:name)"), missing)
    ids = {name: tid for tid, name in conn.execute(sa.text("SELECT id, name FROM match_term"))}
    update = sa.text(f"UPDATE {table} SET {new} = :codes WHERE {key} = :rid").bindparams(
        sa.bindparam("codes", type_=sa.LargeBinary())
    )
    for start in range(0, len(parsed), _BATCH):
        batch = parsed[start : start + _BATCH]
        conn.execute(update, [{"rid": rid, "codes": _pack(old, it, ids)} for rid, it in batch])


def downgrade() -> None:
    # the text columns come back empty: the next read derives everything again
    with op.batch_alter_table("volunteer_match") as batch:
        batch.add_column(sa.Column("hits", sa.Text(), server_default="", nullable=False))
        batch.drop_column("hit_codes")
    with op.batch_alter_table("opportunity_match") as batch:
        batch.add_column(sa.Column("tags", sa.Text(), server_default="", nullable=False))
        batch.drop_column("tag_codes")
    op.drop_table("match_term")
    op.execute("DELETE FROM derived_state")
