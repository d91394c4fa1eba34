import json

import pytest

from volmatch.cli import main
from volmatch.demo import demo_records


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory):
    """One database with the demo data, shared by the read-only list tests."""
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}"
    assert main(["demo", "--db", url]) == 0
    return url


def run_json(capsys, *argv):
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_demo_twice_does_not_duplicate(demo_url, capsys):
    assert main(["demo", "--db", demo_url]) == 0
    out = capsys.readouterr().out
    n = len(demo_records()[0])
    assert f"demo opportunities: 0 created, {n} already stored (left as they are)" in out
    assert len(run_json(capsys, "--db", demo_url, "list", "opportunities", "--json")) == n


def test_demo_scale_adds_generated_rows_once(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 's.sqlite3'}"
    assert main(["demo", "--db", url, "--scale", "300", "--seed", "3"]) == 0
    assert "300 opportunities and 30 volunteers added" in capsys.readouterr().out
    assert main(["demo", "--db", url, "--scale", "300", "--seed", "3"]) == 0
    assert "0 opportunities and 0 volunteers added" in capsys.readouterr().out
    n_opp, n_vol = (len(x) for x in demo_records())
    assert len(run_json(capsys, "--db", url, "list", "opportunities", "--json")) == n_opp + 300
    assert len(run_json(capsys, "--db", url, "list", "volunteers", "--json")) == n_vol + 30


def test_demo_usage_errors_exit_2(capsys):
    for argv in (["demo", "--scale", "-1"], ["demo", "--scale", "many"]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2


def test_search_ignores_case_and_diacritics(demo_url, capsys):
    found = run_json(
        capsys, "--db", demo_url, "list", "opportunities", "--search", "zizkov", "--json"
    )
    assert found and all("Žižkov" in r["organization"] for r in found)
    assert run_json(
        capsys, "--db", demo_url, "list", "opportunities", "--search", "ŽIŽKOV POLÉVKY", "--json"
    ) == [r for r in found if "polévk" in r["title"]]
    assert main(["--db", demo_url, "list", "volunteers", "--search", "nguyen"]) == 0
    assert "Nguyễn Thị Lan" in capsys.readouterr().out


def test_opportunity_json_shape(demo_url, capsys):
    records = run_json(capsys, "--db", demo_url, "list", "opportunities", "--json")
    by_ext = {r["external_id"]: r for r in records}
    first = by_ext["OPP-001"]
    assert isinstance(first["id"], int)
    assert first["districts"] == [
        {"municipal": "Praha 7", "administrative": "Praha 7", "area": None}
    ]
    assert first["languages"][0] == {"code": "cs", "level": "B1", "required": True}
    assert {"code": "uk", "level": None, "required": False} in first["languages"]
    holesovice = by_ext["OPP-002"]
    assert holesovice["district_text"] == "Holešovice"
    assert holesovice["districts"] == [
        {"municipal": "Praha 7", "administrative": "Praha 7", "area": "Holešovice"}
    ]
    libus = next(r for r in records if r["district_text"] == "Libuš")
    assert libus["districts"] == [
        {"municipal": "Praha-Libuš", "administrative": "Praha 12", "area": "Libuš"}
    ]
    remote = next(r for r in records if r["scope"] == "remote")
    assert remote["districts"] == []


def test_volunteer_json_shape(demo_url, capsys):
    people = run_json(capsys, "--db", demo_url, "list", "volunteers", "--json")
    olena = next(p for p in people if p["external_id"] == "VOL-001")
    assert olena["district"] == {
        "municipal": "Praha 7",
        "administrative": "Praha 7",
        "area": "Holešovice",
    }
    assert olena["languages"][:2] == [
        {"code": "uk", "level": "native"},
        {"code": "cs", "level": "B1"},
    ]
    assert olena["email"] == "olena.kovalenko@example.org"


def test_organizations(demo_url, capsys):
    orgs = run_json(capsys, "--db", demo_url, "list", "organizations", "--json")
    assert len(orgs) >= 15
    assert sum(o["opportunities"] for o in orgs) == len(demo_records()[0])
    assert (
        main(["--db", demo_url, "list", "organizations", "--search", "no such organization"]) == 0
    )
    assert capsys.readouterr().out.startswith("no organizations")


def test_text_listing_has_a_line_per_record_with_its_districts(demo_url, capsys):
    records = run_json(capsys, "--db", demo_url, "list", "opportunities", "--json")
    assert main(["--db", demo_url, "list", "opportunities"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(records)
    first = next(line for line in lines if " OPP-001 " in line)
    assert first.rstrip().endswith("(Praha 7)")


def test_the_plain_listing_reads_the_file_directly_with_the_same_lines(tmp_path, capsys):
    from volmatch.cli import list_cmd
    from volmatch.storage import repository as repo
    from volmatch.storage.database import open_database

    url = f"sqlite:///{tmp_path / 'fast.sqlite3'}"
    assert main(["demo", "--db", url]) == 0
    db = open_database(url)
    with db.session(write=True) as s:
        assert repo.delete_opportunity(s, 3)  # in the trash: listed by neither path
    with db.session() as s:
        slow = list_cmd._opportunity_lines(list_cmd._session_sql(s))
        some = list_cmd._opportunity_lines(list_cmd._session_sql(s), [1, 2, 3, 5])
    db.dispose()
    fast = list_cmd.fast_opportunity_lines(url)
    assert fast == slow and len(fast) == len(demo_records()[0]) - 1
    assert not any(line.split()[0] == "3" for line in fast)
    assert [line.split()[0] for line in some] == ["1", "2", "5"]
    assert any("Praha" in line for line in fast)
    capsys.readouterr()
    assert main(["--db", url, "list", "opportunities"]) == 0
    assert capsys.readouterr().out.splitlines() == fast
    # Another schema (or another database) is not read directly: the normal path decides.
    with __import__("sqlite3").connect(tmp_path / "fast.sqlite3") as con:
        con.execute("UPDATE alembic_version SET version_num = '0001'")
    assert list_cmd.fast_opportunity_lines(url) is None
    assert list_cmd.fast_opportunity_lines("postgresql+psycopg://nobody@localhost/x") is None


@pytest.mark.parametrize(
    "search", ["zahrada", "praha 13", "zizkov", "doucovani deti", "nic-takoveho"]
)
def test_a_search_read_directly_finds_what_the_normal_path_finds(demo_url, search, capsys):
    from volmatch.cli import list_cmd
    from volmatch.storage.database import open_database
    from volmatch.text import fold

    words = fold(search).split()
    fast = list_cmd.fast_opportunity_lines(demo_url, words)
    db = open_database(demo_url)
    try:
        _, slow = list_cmd.search_opportunities(db, words, as_json=False)
    finally:
        db.dispose()
    assert fast == slow
    capsys.readouterr()
    assert main(["--db", demo_url, "list", "opportunities", "--search", search]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == (fast or [f"no opportunities matching '{search}'"])


def test_volunteers_listed_directly_read_as_the_repository_rows_do(demo_url, capsys):
    from volmatch.cli import list_cmd
    from volmatch.storage import repository as repo
    from volmatch.storage.database import open_database

    db = open_database(demo_url)
    try:
        with db.session() as s:
            expected = [
                f"{r.id:>6}  {r.external_id or '-':<12} {r.name} <{r.email}> "
                f"({r.district or '?'}; {r.languages})"
                for r in repo.volunteer_rows(s)
            ]
            through_sqlalchemy = list_cmd._volunteer_lines(list_cmd._session_sql(s))
    finally:
        db.dispose()
    assert any(":B1" in line for line in expected)
    assert list_cmd.fast_volunteer_lines(demo_url) == expected == through_sqlalchemy
    capsys.readouterr()
    assert main(["--db", demo_url, "list", "volunteers"]) == 0
    assert capsys.readouterr().out.splitlines() == expected
