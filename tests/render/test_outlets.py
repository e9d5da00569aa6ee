"""The outlet a note prints: the Latin name of the data, or the Arabic with a marked spelling."""

from __future__ import annotations

from briefer.render.outlets import outlet_name


def test_a_known_outlet_prints_its_latin_name() -> None:
    assert str(outlet_name("تيلي ناظور")) == "Tele Nador"
    assert str(outlet_name("هسبريس")) == "Hespress"
    assert str(outlet_name("وكالة المغرب العربي للأنباء")) == "Maghreb Arabe Presse (MAP)"
    assert outlet_name("هبة بريس").verified
    assert str(outlet_name("أدي")) == "Agence Djiboutienne d'Information (ADI)"


def test_a_latin_outlet_is_printed_as_written() -> None:
    assert str(outlet_name("Morocco World News")) == "Morocco World News"
    assert outlet_name("Morocco World News").verified


def test_an_unknown_outlet_keeps_its_arabic_with_a_marked_romanization() -> None:
    name = outlet_name("هومبريس")
    assert not name.verified and name.arabic == "هومبريس"
    assert name.latin and name.latin.isascii()
    # Latin first, the Arabic isolated so it cannot reorder the line around it
    assert str(name) == f"{name.latin}† (\u2068هومبريس\u2069)"
