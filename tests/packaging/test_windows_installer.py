"""The Inno Setup script cannot be compiled here: parse it and check what a roll-out relies on."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path, PureWindowsPath

from volmatch import paths

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "volmatch.iss"
SPEC = ROOT / "packaging" / "volmatch.spec"


def parse_iss(text: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """(#define values, section name -> its non-comment lines)."""
    defines = dict(re.findall(r'^#define\s+(\w+)\s+"([^"]*)"', text, re.MULTILINE))
    sections: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            assert current not in sections, f"section [{current}] twice"
            sections[current] = []
        else:
            assert current is not None, f"text before the first section: {line}"
            sections[current].append(line)
    return defines, sections


def entry(line: str) -> dict[str, str]:
    """An entry line such as `Name: "x"; Filename: "{app}\\a.exe"; Tasks: t` as a dict."""
    fields = {}
    for part in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
        key, value = part
        value = value.strip()
        if value.startswith('"') and value.endswith('"'):
            value = value[1:-1].replace('""', '"')
        fields[key] = value
    return fields


def expand(value: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], value)


def script():
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), (
        "ISCC reads non-ASCII text correctly only with a UTF-8 BOM"
    )
    return parse_iss(raw.decode("utf-8-sig"))


def test_sections_and_setup_keys():
    _defines, sections = script()
    for name in ("Setup", "Languages", "Tasks", "Files", "Icons", "Registry", "INI", "Run", "Code"):
        assert name in sections, name
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    for key in (
        "AppId",
        "AppName",
        "AppVersion",
        "DefaultDirName",
        "OutputBaseFilename",
        "SetupIconFile",
    ):
        assert setup.get(key), key
    # Per-user without admin rights, with the choice of an all-users install.
    assert setup["PrivilegesRequired"] == "lowest"
    assert "dialog" in setup["PrivilegesRequiredOverridesAllowed"]
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup["ChangesAssociations"] == "yes"
    # Files the script points at exist (the bundle itself is built first).
    for key in ("SetupIconFile", "LicenseFile"):
        assert (ISS.parent / PureWindowsPath(setup[key]).as_posix()).resolve().is_file(), setup[key]


def test_version_matches_pyproject():
    defines, _sections = script()
    with (ROOT / "pyproject.toml").open("rb") as f:
        project = tomllib.load(f)["project"]
    assert defines["AppVersion"] == project["version"]
    assert defines["AppName"] == project["name"]


def test_start_menu_entry_starts_the_windowed_executable():
    defines, sections = script()
    icons = [entry(line) for line in sections["Icons"]]
    start_menu = [i for i in icons if i["Name"].startswith("{autoprograms}")]
    assert len(start_menu) == 1
    assert expand(start_menu[0]["Filename"], defines) == "{app}\\volmatch-gui.exe"
    # The spec builds that executable on Windows.
    assert 'f"{NAME}-gui", console=False' in SPEC.read_text()
    files = [entry(line) for line in sections["Files"]]
    assert expand(files[0]["Source"], defines) == "..\\..\\dist\\volmatch\\*"


def test_volmatch_files_open_in_the_app():
    defines, sections = script()
    registry = [entry(line) for line in sections["Registry"]]
    assert all(r["Root"] == "HKA" for r in registry)  # per-user or machine-wide, as installed
    extension = [r for r in registry if r["Subkey"] == "Software\\Classes\\.volmatch"]
    assert extension and extension[0]["ValueData"] == "volmatch.exchange"
    command = [r for r in registry if r["Subkey"].endswith("shell\\open\\command")]
    assert expand(command[0]["ValueData"], defines) == '"{app}\\volmatch-gui.exe" "%1"'


def test_database_url_is_written_where_the_app_reads_it():
    _defines, sections = script()
    ini = [entry(line) for line in sections["INI"]]
    assert len(ini) == 1
    assert ini[0]["Filename"] == "{app}\\" + paths.SITE_INI
    assert (ini[0]["Section"], ini[0]["Key"]) == ("database", "url")
    code = "\n".join(sections["Code"])
    # The wizard page and the functions the [INI] entry calls.
    assert "CreateInputQueryPage" in code
    assert f"function {ini[0]['String'][len('{code:') : -1]}(Param: String): String;" in code
    assert f"function {ini[0]['Check']}: Boolean;" in code
    assert "{param:DBURL|}" in code


def test_every_custom_message_exists_in_every_language():
    _defines, sections = script()
    languages = {entry(line)["Name"] for line in sections["Languages"]}
    assert languages == {"cs", "en", "uk"}
    messages: dict[str, set[str]] = {}
    for line in sections["CustomMessages"]:
        key, _value = line.split("=", 1)
        language, name = key.split(".", 1)
        messages.setdefault(name, set()).add(language)
    text = ISS.read_text(encoding="utf-8-sig")
    used = set(re.findall(r"\{cm:(\w+)\}", text)) | set(
        re.findall(r"CustomMessage\('(\w+)'\)", text)
    )
    inno_builtin = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}
    for name in used - inno_builtin:
        assert messages.get(name) == languages, name
