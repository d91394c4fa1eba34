"""Build the volmatch bundle: ``python packaging/build.py``.

1. creates a clean, temporary virtual environment (nothing else the build machine
   has installed can leak into the bundle),
2. installs volmatch from this checkout (a normal, non-editable install) with the
   ``bundle`` extra, which brings PyInstaller,
3. runs PyInstaller on ``packaging/volmatch.spec`` into ``dist/`` (one folder
   ``dist/volmatch/``; on macOS also ``dist/volmatch.app``),
4. runs the bundled ``volmatch --version`` and, with ``--check``, ``--self-test``.

Needs Python 3.11+ and network access to PyPI (or a configured mirror).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "volmatch.spec"
NAME = "volmatch"


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def clean_env() -> dict[str, str]:
    """The environment minus what would let outside packages into the build."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
    }
    env["PYTHONNOUSERSITE"] = "1"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def run(cmd: list[str | Path], **kwargs) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def executable(dist: Path) -> Path:
    return dist / NAME / (f"{NAME}.exe" if os.name == "nt" else NAME)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, python: str, check: bool) -> Path:
    env = clean_env()
    venv = work / "venv"
    started = time.monotonic()
    run([python, "-m", "venv", venv], env=env)
    py = venv_python(venv)
    run([py, "-m", "pip", "install", "--quiet", f"{ROOT}[bundle]"], env=env, cwd=work)
    installed = time.monotonic()
    run(
        [py, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", dist, "--workpath", work / "pyinstaller", SPEC],
        env=env,
        cwd=work,  # never the checkout, so its src/ cannot shadow the installed package
    )  # fmt: skip
    built = time.monotonic()
    exe = executable(dist)
    run([exe, "--version"], env=env, cwd=work)
    if check:
        run([exe, "--self-test"], env=env, cwd=work)
    size = folder_size(dist / NAME)
    print(
        f"built {exe}: {size / 1e6:.0f} MB; environment {installed - started:.0f} s, "
        f"PyInstaller {built - installed:.0f} s, total {time.monotonic() - started:.0f} s",
        flush=True,
    )
    return exe


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build the volmatch one-folder bundle in a clean venv."
    )
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)"
    )
    parser.add_argument("--work", type=Path, help="keep the build venv and PyInstaller files here")
    parser.add_argument("--python", default=sys.executable, help="the Python to build with (3.11+)")
    parser.add_argument("--check", action="store_true", help="also run the bundle's --self-test")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    if (dist / NAME).exists():
        shutil.rmtree(dist / NAME)
    try:
        if args.work:
            args.work.mkdir(parents=True, exist_ok=True)
            build(dist, args.work.resolve(), args.python, args.check)
        else:
            with tempfile.TemporaryDirectory(prefix="volmatch-build-") as work:
                build(dist, Path(work), args.python, args.check)
    except subprocess.CalledProcessError as exc:
        print(
            f"build.py: failed ({exc.returncode}): {' '.join(map(str, exc.cmd))}", file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
