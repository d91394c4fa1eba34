"""Reference data loads through volmatch.paths.resource(), also from a zipped install."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from volmatch import paths
from volmatch.reference import languages
from volmatch.reference.gazetteer import Gazetteer, ResolveStatus, available_cities
from volmatch.reference.languages import LanguageCatalogue
from volmatch.reference.taxonomy import Taxonomy

CHECKOUT = Path(__file__).resolve().parents[2] / "resources"
OWN = ("cities", "languages", "taxonomy")


@pytest.fixture
def zipped_resources(tmp_path, monkeypatch):
    """Only this area's folders, inside a zip archive: no plain file paths to lean on."""
    archive = tmp_path / "volmatch.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for folder in OWN:
            for path in sorted((CHECKOUT / folder).rglob("*")):
                if path.is_file():
                    z.write(path, f"volmatch/resources/{path.relative_to(CHECKOUT)}")
    root = zipfile.Path(archive, "volmatch/resources/")
    monkeypatch.setattr(paths, "resources", lambda: root)
    languages._level_words.cache_clear()
    yield root
    languages._level_words.cache_clear()


def test_everything_loads_from_a_zip(zipped_resources):
    gz = Gazetteer.load("prague")
    assert len(gz.municipal_districts) == 57
    assert gz.resolve("Holesovize").status is ResolveStatus.FUZZY
    assert available_cities() == ("prague",)
    cat = LanguageCatalogue()
    assert cat.parse_skill("ukrajinsky (rodilý)")[0].code == "uk"
    assert Taxonomy.load().name("gardening", "cs") == "zahradničení"


def test_missing_city_is_a_clear_error(zipped_resources):
    with pytest.raises(FileNotFoundError, match="brno"):
        Gazetteer.load("brno")


def test_resources_are_in_the_wheel_config():
    text = (CHECKOUT.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert '"resources" = "volmatch/resources"' in text
