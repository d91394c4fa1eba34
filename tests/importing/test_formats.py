"""Encodings, delimiters, XLSX, ODS and the volmatch JSON export as import sources."""

import datetime as dt

import openpyxl
import pytest
from import_helpers import opportunity_row, volunteer_row, write_ods

from volmatch.domain import Commitment, LanguageNeed, Level, Opportunity, Scope, Status, Translation
from volmatch.errors import Problem
from volmatch.importing import import_file, read_canonical_csv
from volmatch.importing.importer import read_file
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'formats.sqlite3'}")
    yield database
    database.dispose()


def _csv_bytes(rows: list[dict[str, str]], delimiter: str) -> str:
    header = list(rows[0])
    lines = [delimiter.join(header)]
    lines += [
        delimiter.join(f'"{r[c]}"' if delimiter in r[c] else r[c] for c in header) for r in rows
    ]
    return "\r\n".join(lines) + "\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1250"])
@pytest.mark.parametrize("delimiter", [",", ";"])
def test_each_encoding_and_delimiter(tmp_path, encoding, delimiter):
    rows = [
        volunteer_row(external_id="VOL-1", name="Šárka Žižková", district="Žižkov, Libeň"),
        volunteer_row(external_id="VOL-2", name="Jiří Řehoř", languages="čeština B1; ukrajinsky"),
    ]
    path = tmp_path / "v.csv"
    path.write_bytes(_csv_bytes(rows, delimiter).encode(encoding))
    result = read_canonical_csv(path, "volunteers")
    assert result.errors == []
    assert [r.name for r in result.records] == ["Šárka Žižková", "Jiří Řehoř"]
    assert result.records[0].travel_districts == ("Praha 8",)
    assert {s.code for s in result.records[1].languages} == {"cs", "uk"}


def test_xlsx_with_numbers_as_floats_and_real_dates(tmp_path):
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(["ID", "Název", "Organizace", "Městská část", "Začátek", "Počet dobrovolníků"])
    sheet.append([101.0, "Úklid parku", "Spolek Letná", "Praha 7", dt.datetime(2026, 4, 18), 12.0])
    path = tmp_path / "nabidky.xlsx"
    wb.save(path)
    result = read_file(path, "opportunities")
    assert result.errors == []
    (record,) = result.records
    assert (record.external_id, record.capacity, record.start_date) == (
        "101",
        12,
        dt.date(2026, 4, 18),
    )
    assert record.districts == ("Praha 7",)


def test_ods_from_libreoffice(tmp_path):
    path = write_ods(
        tmp_path / "nabidky.ods",
        [
            ["external_id", "Název příležitosti", "Organizace", "Kde", "Datum od"],
            ["OPP-9", "Doučování češtiny", "Centrum Libeň", "Libeň", dt.date(2026, 5, 1)],
        ],
    )
    result = read_file(path, "opportunities")
    assert result.errors == []
    (record,) = result.records
    assert (record.title, record.start_date) == ("Doučování češtiny", dt.date(2026, 5, 1))
    assert record.districts == ("Praha 8",)


def test_a_broken_spreadsheet_is_one_clear_error(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip at all")
    result = read_file(path, "opportunities")
    assert [i.problem for i in result.errors] == [Problem.FILE_UNREADABLE]
    assert "Excel or LibreOffice" in result.errors[0].expected


def _published(**kw) -> Opportunity:
    base = dict(
        title="Sousedská slavnost",
        organization="Komunitní centrum Holešovice",
        description="Pomoc s přípravou <b>stánků</b>.",
        external_id="OPP-1",
        translations={"en": Translation("Neighbourhood party", "Help with stalls.")},
        districts=("Praha 7",),
        district_text="Holešovice",
        address="Dělnická 12",
        latitude=50.1,
        longitude=14.44,
        languages=(LanguageNeed("uk", Level.B1, True), LanguageNeed("en")),
        interests=("festivals",),
        commitment=Commitment.ONE_OFF,
        start_date=dt.date(2030, 5, 15),
        end_date=dt.date(2030, 5, 15),
        schedule="so dopoledne",
        schedule_mask=1 << 15,
        capacity=15,
        min_age=15,
        accessibility="bezbariérový vstup",
        contact_email="info@example.org",
        contact_phone="+420 555 000 111",
        url="https://example.org/slavnost",
        status=Status.PUBLISHED,
        valid_until=dt.date(2030, 6, 1),
        notes="interní poznámka",
    )
    base.update(kw)
    return Opportunity(**base)


def test_json_export_round_trip_keeps_every_public_field(db, tmp_path):
    from volmatch.exporting import export

    records = [
        _published(),
        _published(external_id="OPP-2", title="Online doučování", scope=Scope.REMOTE,
                   districts=(), district_text="online", translations={}),
    ]  # fmt: skip
    export(records, "json", tmp_path / "out", now=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    report = import_file(db, tmp_path / "out" / "listings.json", "opportunities")
    assert (report.errors, report.created) == ([], 2)
    with db.session() as s:
        back = {r.external_id: r for r in repo.load_opportunities(s)}
    public = [f for f in Opportunity.__dataclass_fields__ if f not in
              ("id", "notes", "created_at", "updated_at", "version")]  # fmt: skip
    for original in records:
        stored = back[original.external_id]
        for name in public:
            assert getattr(stored, name) == getattr(original, name), name
        assert stored.notes == ""  # internal notes are never exported, so never come back


def test_json_that_is_not_a_volmatch_export_is_refused(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"items": []}', encoding="utf-8")
    result = read_file(path, "opportunities")
    assert [i.problem for i in result.errors] == [Problem.FILE_UNREADABLE]
    assert "listings.json" in result.errors[0].expected


def test_csv_file_with_a_canonical_row_still_reads(csv_file):
    result = read_file(csv_file([opportunity_row()]), "opportunities")
    assert result.errors == [] and len(result.records) == 1
