"""Smoke test of the Linux bundle: built from a clean venv, run with a minimal environment.

Takes about a minute (a fresh venv, PyInstaller, the bundled self-test); runs only
when VOLMATCH_TEST_BUNDLE=1, which CI sets.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("VOLMATCH_TEST_BUNDLE") != "1", reason="set VOLMATCH_TEST_BUNDLE=1"
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]

# What any Linux desktop the bundle targets provides itself; everything else comes from the bundle.
SYSTEM_LIBRARIES = re.compile(
    r"^(libc|libm|libdl|libpthread|librt|libresolv|libutil|ld-linux-x86-64|libGL|libGLX|libEGL"
    r"|libGLdispatch|libOpenGL|libxcb)\.so\.\d+$"
)
SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]["version"]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return dist / "volmatch"


def minimal_env(home: Path) -> dict[str, str]:
    """What a coordinator's session has: no venv, no PYTHONPATH, no LD_LIBRARY_PATH, no display."""
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(runtime),
    }


def run_bundle(bundle: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(bundle / "volmatch"), *args],
        cwd=tmp_path,  # not the checkout: nothing can be imported from src/
        env=minimal_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_version(bundle, tmp_path):
    result = run_bundle(bundle, tmp_path, "--version")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"volmatch {version()}"


def test_self_test_renders_the_main_window_offscreen(bundle, tmp_path):
    result = run_bundle(bundle, tmp_path, "--self-test")

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("volmatch self-test: OK (version " + version())
    assert "bundle" in result.stdout  # the frozen app ran, not a Python from outside
    assert not list(tmp_path.glob("**/*.sqlite3"))  # its temporary database was cleaned up


def test_libraries_resolve_inside_the_bundle_or_to_base_system_libraries(bundle):
    internal = bundle / "_internal"
    # The bootloader puts _internal first on the library path, as here.
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(internal)}
    problems = []
    libraries = [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    assert any(p.name.startswith("libQt6Core") for p in libraries)
    for library in libraries:
        out = subprocess.run(["ldd", str(library)], env=env, capture_output=True, text=True).stdout
        for line in out.splitlines():
            match = re.match(r"\s*(\S+) => (.+?) \(0x", line)
            if "not found" in line:
                problems.append(f"{library.relative_to(bundle)}: {line.strip()}")
            elif match:
                name, path = match.groups()
                inside = Path(path).resolve().is_relative_to(internal.resolve())
                base = SYSTEM_LIBRARIES.match(name) and path.startswith(SYSTEM_DIRS)
                if not inside and not base:
                    problems.append(f"{library.relative_to(bundle)}: {name} from {path}")
    assert not problems, "\n".join(problems[:30])


def test_contents_app_data_and_only_the_qt_parts_it_needs(bundle):
    internal = bundle / "_internal"
    qt = internal / "PySide6" / "Qt"
    names = {p.name for p in internal.rglob("*")}

    assert (internal / "volmatch" / "storage" / "migrations" / "env.py").is_file()
    assert list((internal / "volmatch" / "storage" / "migrations" / "versions").glob("*.py"))
    assert (internal / "volmatch" / "resources").is_dir()
    assert (internal / f"volmatch-{version()}.dist-info").is_dir()
    for licence in ("LGPL-3.0.txt", "GPL-3.0.txt", "NOTICE.txt", "THIRD-PARTY.txt"):
        assert (internal / "licenses" / licence).is_file()
    assert "PySide6" in (internal / "licenses" / "THIRD-PARTY.txt").read_text()

    assert {p.name for p in (qt / "translations").glob("*.qm")} >= {"qtbase_cs.qm", "qtbase_uk.qm"}
    assert all(re.search(r"_(cs|en|uk)\.qm$", p.name) for p in (qt / "translations").glob("*.qm"))
    assert {p.name for p in (qt / "plugins" / "platforms").iterdir()} == {
        "libqoffscreen.so",
        "libqminimal.so",
        "libqxcb.so",
    }
    assert not (qt / "plugins" / "platformthemes").exists()
    leaked = [
        n
        for n in names
        if re.match(r"lib(gtk|gdk|atk|cairo|pango|Qt6(WebEngine|Qml|Quick|Wayland))", n)
    ]
    assert not leaked
