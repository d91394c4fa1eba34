"""Linux desktop integration: .desktop entry, AppStream metainfo, MIME type and icons."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = ROOT / "resources" / "linux"
ICONS = ROOT / "resources" / "icons" / "app"
APP_ID = "cz.praha.volmatch"


def project() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]


def tool(name: str) -> str:
    """The path of a desktop-integration checker, or skip (fail when CI requires the tools)."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("VOLMATCH_REQUIRE_DESKTOP_TOOLS") == "1":
            pytest.fail(f"{name} is required (VOLMATCH_REQUIRE_DESKTOP_TOOLS=1) but not installed")
        pytest.skip(f"{name} not installed (Debian: desktop-file-utils / appstream)")
    return path


DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_is_valid():
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_is_valid():
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Errors and warnings fail; only informational hints may remain.
    assert not [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]


def test_metainfo_names_the_desktop_file_and_the_current_release():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == project()["license"]
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == project()["version"]
    assert root.find("content_rating") is not None
    assert root.findtext("provides/mediatype") == "application/x-volmatch"


def test_desktop_entry_opens_the_app_and_its_files():
    entry = desktop_entry()
    assert entry["Exec"].split()[0] == "volmatch"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    mime_type = ET.parse(MIME).getroot()[0]
    assert entry["MimeType"].rstrip(";") == mime_type.get("type")
    glob = mime_type.find("{http://www.freedesktop.org/standards/shared-mime-info}glob")
    assert glob is not None and glob.get("pattern") == "*.volmatch"


def test_png_icons_have_their_sizes():
    for size in PNG_SIZES:
        data = (ICONS / f"volmatch-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (size, size)


def test_svg_icon_is_square_xml():
    root = ET.parse(ICONS / "volmatch.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("width") == root.get("height")


def test_ico_holds_windows_sizes():
    data = (ICONS / "volmatch.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, _h, _c, _r, _planes, _bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes


def test_icns_is_a_complete_container():
    data = (ICONS / "volmatch.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
