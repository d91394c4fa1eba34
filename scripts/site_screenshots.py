"""Screenshots of the exported demo website in headless Chromium, for docs/screenshots/.

    .venv/bin/python scripts/site_screenshots.py [--out docs/screenshots]

Exports the demo data (with share cards, drawn by Qt offscreen) into a temporary folder and
photographs: a Ukrainian and a Vietnamese listing page on a phone-sized window, the Czech
and Ukrainian listing and index pages on a desktop window, the root page, the Ukrainian
accessibility statement, and copies one share card. Needs /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

PHONE = "390,844"
DESKTOP = "1280,900"
SHOTS = {  # file in docs/screenshots: (page, window)
    "site-uk-listing-phone.png": ("uk/{uk}.html", PHONE),
    "site-vi-listing-phone.png": ("vi/{vi}.html", PHONE),
    "site-uk-accessibility.png": ("uk/accessibility.html", "1280,1100"),
    "site-root.png": ("index.html", DESKTOP),
    "site-cs-1.png": ("cs/1.html", DESKTOP),
    "site-uk-1.png": ("uk/1.html", DESKTOP),
    "site-cs-index.png": ("cs/index.html", DESKTOP),
    "site-uk-index.png": ("uk/index.html", DESKTOP),
}


def shoot(page: Path, png: Path, window: str) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                f"--window-size={window}",
                f"--screenshot={png}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args()
    from volmatch.cards import install
    from volmatch.demo.dataset import demo_records
    from volmatch.exporting import export

    install()
    records, _ = demo_records(numbered=True)
    out = Path(args.out)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        export(records, "all", site, today=dt.date(2025, 1, 1), base_url="https://praha.example/")
        # a listing written in Ukrainian too, and one not translated into Vietnamese
        uk = next(
            p.stem
            for p in sorted((site / "uk").glob("[0-9]*.html"))
            if 'class="fallback"' not in p.read_text(encoding="utf-8")
        )
        vi = next(
            p.stem
            for p in sorted((site / "vi").glob("[0-9]*.html"))
            if 'class="fallback"' in p.read_text(encoding="utf-8")
        )
        for name, (page, window) in SHOTS.items():
            shoot(site / page.format(uk=uk, vi=vi), out / name, window)
        shutil.copyfile(site / "cards" / f"{uk}-uk.png", out / "share-card-uk.png")
    print("written to", out)


if __name__ == "__main__":
    main()
