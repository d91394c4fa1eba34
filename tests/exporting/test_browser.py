"""The exported site in real clients: the W3C Nu checker, axe-core and Chromium itself.

Needs java + vnu.jar, chromium + chromedriver + selenium and axe.min.js; skipped when
one is missing, unless VOLMATCH_REQUIRE_BROWSER=1 (CI), where a missing tool fails.
Tools are found through VOLMATCH_VNU_JAR / VOLMATCH_AXE_JS or the usual npm cache folders.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from volmatch.exporting import export

from .conftest import ORGS

REQUIRED = os.environ.get("VOLMATCH_REQUIRE_BROWSER") == "1"
_NPM_DIRS = [
    Path.home() / ".cache/volmatch-ci-tools/node_modules",
    Path("/work/.cache/vnu/node_modules"),
]


def _find(env: str, relative: str) -> Path | None:
    if os.environ.get(env):
        path = Path(os.environ[env])
        return path if path.is_file() else None
    for base in _NPM_DIRS:
        if (base / relative).is_file():
            return base / relative
    return None


def need(condition: bool, what: str) -> None:
    if condition:
        return
    if REQUIRED:
        pytest.fail(f"{what} is required (VOLMATCH_REQUIRE_BROWSER=1) but missing")
    pytest.skip(f"{what} not installed")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from volmatch.exporting.names import Names

    from .conftest import FakeGazetteer, sample

    real = Names.default()
    names = Names(real.gazetteer or FakeGazetteer(), real.catalogue, real.taxonomy)
    from volmatch.exporting import cards

    out = tmp_path_factory.mktemp("browser") / "site"
    before = cards.renderer()
    try:  # with share cards, so their meta tags are checked too
        from volmatch.cards import install

        install()
    except ImportError:
        pass
    try:
        export(sample(), "all", out, names=names, organizations=ORGS)
    finally:
        cards.register(before)
    return out


def test_nu_checker_finds_no_errors(site, tmp_path):
    jar = _find("VOLMATCH_VNU_JAR", "vnu-jar/build/dist/vnu.jar")
    java = shutil.which("java")
    need(jar is not None and java is not None, "java and vnu.jar")
    pages = tmp_path / "pages"
    shutil.copytree(site, pages, ignore=shutil.ignore_patterns("embed", "feeds", "social"))
    # The CMS fragment is checked inside a minimal page, as the CMS would hold it.
    for fragment in sorted((site / "embed").glob("*.html")):
        (pages / f"embed-{fragment.name}").write_text(
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CMS</title>'
            "</head><body><main>" + fragment.read_text(encoding="utf-8") + "</main></body></html>",
            encoding="utf-8",
        )
    result = subprocess.run(
        [
            java,
            "-jar",
            str(jar),
            "--errors-only",
            "--format",
            "json",
            "--skip-non-html",
            str(pages),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    checked = list(pages.rglob("*.html"))
    assert len(checked) >= 15
    assert messages == [], json.dumps(messages[:5], ensure_ascii=False, indent=1)


@pytest.fixture(scope="module")
def browser():
    chromium = shutil.which("chromium")
    driver_path = shutil.which("chromedriver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        webdriver = None
    need(webdriver is not None and chromium and driver_path, "chromium, chromedriver and selenium")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_script_timeout(60)
    yield driver
    driver.quit()


PAGES = [
    "index.html",
    "cs/index.html",
    "uk/index.html",
    "en/index.html",
    "cs/1.html",
    "uk/1.html",
    "cs/3.html",
    "vi/1.html",  # untranslated: English text on the Vietnamese site
    "uk/2.html",  # written in Czech and Russian only
    "cs/accessibility.html",
    "vi/accessibility.html",
]


@pytest.mark.parametrize("page", PAGES)
def test_axe_finds_no_violations(site, browser, page):
    axe = _find("VOLMATCH_AXE_JS", "axe-core/axe.min.js")
    need(axe is not None, "axe-core (axe.min.js)")
    browser.get((site / page).as_uri())
    browser.execute_script(axe.read_text(encoding="utf-8"))
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document).then(r => done({violations: r.violations.map(v => ({id: v.id,"
        " nodes: v.nodes.map(n => n.target)})), passes: r.passes.length}))"
        ".catch(e => done({error: String(e)}));"
    )
    assert "error" not in result, result
    assert result["passes"] > 10
    assert result["violations"] == [], result["violations"]


def test_filters_work_in_the_browser_and_the_list_is_complete_without_them(site, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    html = (site / "cs/index.html").read_text(encoding="utf-8")
    assert html.count('<li class="card"') == 4  # every listing is there before any script runs
    browser.get((site / "cs/index.html").as_uri())
    assert browser.find_element(By.ID, "filters").is_displayed()  # revealed by the script

    def shown() -> int:
        return len(
            [c for c in browser.find_elements(By.CSS_SELECTOR, "li.card") if c.is_displayed()]
        )

    assert shown() == 4
    Select(browser.find_element(By.ID, "f-l")).select_by_value("ru")
    # the listing that welcomes Russian, and the two that need no particular language
    assert shown() == 3
    assert "3" in browser.find_element(By.ID, "count").text
    Select(browser.find_element(By.ID, "f-l")).select_by_value("cs")
    assert shown() == 3  # requires Czech; and the two open to everyone
    Select(browser.find_element(By.ID, "f-l")).select_by_value("")
    Select(browser.find_element(By.ID, "f-d")).select_by_value("Praha 7")
    assert shown() == 2  # Praha 7 itself and Praha-Troja, which it administers
    Select(browser.find_element(By.ID, "f-d")).select_by_value("*citywide")
    assert shown() == 1
    Select(browser.find_element(By.ID, "f-i")).select_by_value("gardening")
    assert shown() == 0
    assert browser.find_element(By.ID, "none").is_displayed()
    browser.get((site / "cs/index.html").as_uri() + "?i=gardening")
    assert shown() == 1  # a filtered list can be linked


def test_hostile_title_is_shown_not_run(site, browser):
    browser.get((site / "cs/3.html").as_uri())
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0
    from selenium.webdriver.common.by import By

    assert browser.find_element(By.TAG_NAME, "h1").text == "<script>alert(1)</script>"
