"""Help → User guide: bundled pages in Czech, English and Ukrainian, opened once."""

from PySide6.QtCore import QLocale

from volmatch.gui.dialogs.guide import LANGUAGES, guide_html, guide_language


def test_every_guide_walks_through_the_same_daily_tasks():
    anchors = None
    for lang in LANGUAGES:
        html = guide_html(lang)
        found = [part.split('"')[0] for part in html.split('<h2 id="')[1:]]
        assert len(found) == 7, lang
        anchors = anchors or found
        for anchor in found:
            assert f'href="#{anchor}"' in html, (lang, anchor)
    assert "Import" in guide_html("en") and "F5" in guide_html("cs")


def test_the_guide_follows_the_interface_language():
    assert guide_language(QLocale("cs_CZ")) == "cs"
    assert guide_language(QLocale("uk_UA")) == "uk"
    assert guide_language(QLocale("de_DE")) == "en"


def test_help_opens_the_guide_once(qtbot, make_window):
    window = make_window()
    assert window.act_guide.shortcut().toString() == "F1"
    window.act_guide.trigger()
    guide = window._guide
    assert guide.isVisible()
    assert "Import" in guide.browser.toPlainText()
    window.act_guide.trigger()
    assert window._guide is guide  # raised, not a second window
    guide.browser.scrollToAnchor("import")
    guide.close()
