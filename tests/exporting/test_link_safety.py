"""Links published on the city site lead where they read: no invisible characters, look-alike
hosts shown in punycode, mail links without extra headers."""

from __future__ import annotations

import pytest

from volmatch.exporting.safety import mailto, safe_url
from volmatch.importing.values import parse_url


@pytest.mark.parametrize(
    "url",
    [
        "https://pr\u202eaha.eu",  # right-to-left override
        "https://p\u200braha.eu/x",  # zero-width space
        "https://praha.eu/\u2066x",  # bidi isolate
        "javascript:alert(1)",
        "https://user:pw@praha.eu",
        "https://praha.eu:99999/",
        "mailto:a@b.cz%0ABcc:x@y.cz",
    ],
)
def test_links_that_read_differently_from_where_they_lead_are_dropped(url):
    assert safe_url(url) == ""


def test_a_look_alike_host_is_published_in_punycode():
    assert safe_url("https://\u0440aypal.com/login") == "https://xn--aypal-uye.com/login"
    assert safe_url("https://praha.eu/a?b=1#c") == "https://praha.eu/a?b=1#c"


@pytest.mark.parametrize(
    "url", ["mailto:info@spolek.cz?bcc=all@x.cz", "mailto:info@spolek.cz?subject=x&body=y"]
)
def test_mailto_keeps_only_the_address(url):
    assert safe_url(url) == "mailto:info@spolek.cz"


def test_mailto_of_a_cell_with_headers_is_refused():
    assert mailto("info@spolek.cz\nBcc: all@x.cz") == ""
    assert mailto("info@spolek.cz") == "mailto:info@spolek.cz"


def test_import_refuses_invisible_characters_in_a_link():
    value, issue = parse_url("https://pr\u202eaha.eu", "url", 2)
    assert value == "" and issue is not None
    assert "\u202e" not in issue.describe()
