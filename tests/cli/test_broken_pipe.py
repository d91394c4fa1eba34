"""Output piped into a reader that stops early (``volmatch list | head -1``)."""

from __future__ import annotations

import subprocess
import sys


def test_a_reader_closing_the_pipe_early_is_no_error(tmp_path):
    env = {"VOLMATCH_DATA_DIR": str(tmp_path / "data"), "VOLMATCH_CONFIG_DIR": str(tmp_path)}
    env["PATH"] = "/usr/bin:/bin"
    db = f"sqlite:///{tmp_path / 'v.sqlite3'}"
    volmatch = [sys.executable, "-m", "volmatch", "--db", db]
    subprocess.run([*volmatch, "demo", "--scale", "400"], env=env, check=True, capture_output=True)
    listing = subprocess.Popen(
        [*volmatch, "list", "opportunities"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert listing.stdout.readline()
    listing.stdout.close()  # as `head -1` does
    stderr = listing.stderr.read().decode()
    assert listing.wait(timeout=60) == 0, stderr
    assert "Traceback" not in stderr
