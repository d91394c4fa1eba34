from pathlib import Path

from PySide6.QtCore import QByteArray

from volmatch.gui.settings import Settings
from volmatch.paths import config_dir


def test_values_round_trip_through_an_ini_file(qapp):
    settings = Settings()
    assert Path(settings.path).parent == config_dir()
    assert settings.language == "" and settings.current_page == 0 and settings.demo_offered is False
    settings.language = "cs"
    settings.current_page = 2
    settings.demo_offered = True
    settings.geometry = QByteArray(b"\x01\x02")
    settings.set_layout("opportunities", QByteArray(b"abc"))
    settings.publish_folder = "/tmp/site"
    settings.sync()
    again = Settings()
    assert again.language == "cs"
    assert again.current_page == 2
    assert again.demo_offered is True
    assert bytes(again.geometry) == b"\x01\x02"
    assert bytes(again.layout("opportunities")) == b"abc"
    assert again.publish_folder == "/tmp/site"
    assert "[ui]" in Path(settings.path).read_text()


def test_broken_values_fall_back_to_defaults(qapp):
    path = config_dir() / "volmatch.ini"
    path.write_text("[window]\npage=not-a-number\n[matching]\nhide_full=lots\n")
    settings = Settings()
    assert settings.current_page == 0
    assert settings.hide_full_listings is False
