"""The city gazetteer: cities found in real Arabic sentences, cues, and the data file's origin."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from briefer.extract import gazetteer
from briefer.resources import PACKAGE

ROOT = Path(__file__).resolve().parents[2]
DATA = PACKAGE / "data"


def cities(text: str) -> list[tuple[str, str, str]]:
    """(span as written, English name, country) of every match read as a city."""
    return [
        (text[m.start : m.end], m.city.en, m.city.country)
        for m in gazetteer.find(text)
        if m.is_city
    ]


@pytest.mark.parametrize(
    ("sentence", "span", "name", "country"),
    [
        ("عقد الاجتماع في العاصمة الأردنية عمّان يوم الأحد", "عمّان", "Amman", "JO"),
        ("توجه الوفد الأمني إلى لاهاي للمشاركة في الاجتماع", "لاهاي", "The Hague", "NL"),
        ("بمقر الإنتربول بمدينة ليون الفرنسية", "ليون", "Lyon", "FR"),
        ("وصل إلى الدوحة مساء أمس", "الدوحة", "Doha", "QA"),
        ("أجرى مباحثات في نواكشوط مع نظيره الموريتاني", "نواكشوط", "Nouakchott", "MR"),
        ("شارك في أشغال الدورة المنعقدة في فيينا", "فيينا", "Vienna", "AT"),
        ("استقبل بالرباط المدير العام", "بالرباط", "Rabat", "MA"),
        ("انطلقت في الرياض أشغال المؤتمر", "الرياض", "Riyadh", "SA"),
        ("زيارة عمل إلى لشبونة", "لشبونة", "Lisbon", "PT"),
        ("باريس تحتضن المعرض الدولي للأمن الداخلي", "باريس", "Paris", "FR"),
        ("حل المدير العام بالدار البيضاء", "بالدار البيضاء", "Casablanca", "MA"),
        ("وصل إلى طرابلس الشام", "طرابلس الشام", "Tripoli", "LB"),
        ("في مدينة صور اللبنانية", "صور", "Tyre", "LB"),
        # towns of the genre next to a capital: a royal residence, intelligence headquarters
        ("بالقصر الملكي بالصخيرات", "بالصخيرات", "Skhirat", "MA"),
        (
            "بمقر المديرية العامة للأمن الداخلي في لوفالوا",
            "لوفالوا",
            "Levallois-Perret",
            "FR",
        ),
        ("في ميناء ليانيونغانغ الصيني", "ليانيونغانغ", "Lianyungang", "CN"),
        ("في مركز المعارض بمدينة فيلبانت", "فيلبانت", "Villepinte", "FR"),
        # a university town of the genre's events, and a spelling with its "ي"
        ("اختتمت اليوم بمدينة بنجرير أشغال الندوة", "بنجرير", "Benguerir", "MA"),
        ("من زيوريخ.. حموشي يقدم الاستعدادات", "زيوريخ", "Zurich", "CH"),
        # a transliterated two-word name written as one word
        ("جورجتاون 17 إبريل 2024 (شينخوا)", "جورجتاون", "Georgetown", "GY"),
        ("وصل الوفد إلى كيبتاون", "كيبتاون", "Cape Town", "ZA"),
        # a capital's spelling without its final "ي", and a city of a capital's metropolis
        ("مبابان - ومع - حل المدير العام", "مبابان", "Mbabane", "SZ"),
        ("احتضنتها مدينة كيزون سيتي الفلبينية", "كيزون سيتي", "Quezon City", "PH"),
        # a port of the cocaine routes, and a federal administrative capital
        ("زار الوزيران ميناء لوهافر", "لوهافر", "Le Havre", "FR"),
        ("بمقر الوزارة في العاصمة الإدارية بوتراجايا", "بوتراجايا", "Putrajaya", "MY"),
        # a spelling GeoNames gives only with Persian's yeh ("باتومی")
        ("حل الوفد بمدينة باتومي الجورجية", "باتومي", "Batumi", "GE"),
        # Venice's Arabic name is also "the rifle": a city word reads it
        ("الذي تحتضنه مدينة البندقية الإيطالية", "البندقية", "Venice", "IT"),
    ],
)
def test_cities_in_sentences(sentence: str, span: str, name: str, country: str) -> None:
    assert cities(sentence) == [(span, name, country)]


@pytest.mark.parametrize(
    "sentence",
    [
        "وقع اتفاقية مع سلطنة عمان",
        "عبور مضيق جبل طارق",
        "في جزر الكناري",
        "ولد في مسقط رأسه",
        "نشرت صور للاجتماع",
        "في صور نشرتها الوكالة",
        "الوضع في قطاع غزة",
        # Common words that would split into a proclitic and a city: "و" + Fada, "ك" + Amol.
        "حل وفداً أمنياً رفيع المستوى",
        "مع تطابق كامل في وجهات النظر",
        # "بولونيا" is Poland in the Maghreb press (and Bologna).
        "ألمانيا، إسبانيا، إيطاليا، بولونيا، روسيا",
        "ضبط البندقية المستعملة في الجريمة",
    ],
)
def test_no_city(sentence: str) -> None:
    assert cities(sentence) == []


def test_country_names_need_a_city_word() -> None:
    (oman,) = gazetteer.find("زار عمان")
    assert (oman.city.en, oman.also_country, oman.needs, oman.is_city) == (
        "Amman",
        "OM",
        "city",
        False,
    )
    (tunis,) = gazetteer.find("في تونس العاصمة")
    assert (tunis.city.en, tunis.is_city) == ("Tunis", True)
    (kuwait,) = gazetteer.find("وصل إلى الكويت")
    assert (kuwait.also_country, kuwait.city.country, kuwait.is_city) == ("KW", "KW", False)


def test_forms_are_arabic_letters() -> None:
    # Persian, Urdu, Kurdish, Pashto and Uyghur spellings were left out by the tool.
    letters = set("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي ")
    assert all(set(form) <= letters for form in gazetteer.gazetteer().forms)
    assert gazetteer.gazetteer().lookup("اسکالدس") is None


def test_french_and_english_names() -> None:
    g = gazetteer.gazetteer()
    assert g.lookup("فيينا") == g.lookup("فيينّا")
    vienna, hague, fez = g.lookup("فيينا"), g.lookup("لاهاي"), g.lookup("فاس")
    assert vienna is not None and hague is not None and fez is not None
    assert (vienna.en, vienna.fr) == ("Vienna", "Vienne")
    assert (hague.en, hague.fr) == ("The Hague", "La Haye")
    assert (fez.en, fez.fr) == ("Fez", "Fès")
    abidjan = g.lookup("أبيدجان")
    assert abidjan is not None and abidjan.fr == abidjan.en == "Abidjan"


def test_small_press_town_is_read_from_cities1000() -> None:
    # Saïdia (9,587 people) is not in GeoNames' cities15000: as a press city, it comes from
    # cities1000; an unlisted town of cities1000 ("تامصلوحت", Tameslouht) does not.
    saidia = gazetteer.gazetteer().lookup("السعيدية")
    assert saidia is not None
    assert (saidia.en, saidia.fr, saidia.country, saidia.population) == (
        "Saidia",
        "Saïdia",
        "MA",
        9587,
    )
    assert cities("احتضنت مدينة السعيدية أشغال الاجتماع") == [("السعيدية", "Saidia", "MA")]
    assert gazetteer.gazetteer().lookup("تامصلوحت") is None


def test_press_city_wins_and_rivals_are_recorded() -> None:
    lyon = gazetteer.gazetteer().lookup("ليون")
    assert lyon is not None and (lyon.en, lyon.country) == ("Lyon", "FR")
    assert lyon.others >= 1 and lyon.rival_population > 0
    tripoli = gazetteer.gazetteer().lookup("طرابلس")
    assert tripoli is not None and (tripoli.country, tripoli.rival_country) == ("LY", "LB")


def test_proclitics() -> None:
    text = "من الرباط والدوحة وبالقاهرة وللرياض ولبيروت"
    found = gazetteer.find(text)
    assert [(m.prefix, m.city.en) for m in found] == [
        ("", "Rabat"),
        ("و", "Doha"),
        ("وب", "Cairo"),
        ("ولل", "Riyadh"),
        ("ول", "Beirut"),
    ]
    assert [text[m.name_start : m.end] for m in found] == [
        "الرباط",
        "الدوحة",
        "القاهرة",
        "لرياض",
        "بيروت",
    ]


def test_fused_article() -> None:
    (m,) = gazetteer.find("زيارة للرباط")
    assert (m.prefix, m.city.en, m.cue) == ("لل", "Rabat", "")


def test_digits_tatweel_and_harakat_keep_offsets() -> None:
    text = "في ٢٠٢٤/٠٣/١٢ زار الربـــاط ثم الرِّياضَ ثم أَبُوظَبْي"
    found = gazetteer.find(text)
    assert [(text[m.start : m.end], m.city.en) for m in found] == [
        ("الربـــاط", "Rabat"),
        ("الرِّياضَ", "Riyadh"),
        ("أَبُوظَبْي", "Abu Dhabi"),
    ]


def test_offsets_round_trip() -> None:
    text = "وصل الوفدُ، أمس، إلى العاصمة الأردنية عمّان قادماً من بيروتَ وبالدار  البيضاء."
    found = gazetteer.find(text)
    assert [m.city.en for m in found] == ["Amman", "Beirut", "Casablanca"]
    for m in found:
        # The name as written, cut out by the offsets, is that very city again.
        assert gazetteer.gazetteer().lookup(text[m.name_start : m.end]) == m.city
        assert text[m.start : m.name_start] == m.prefix


def test_whole_words_and_punctuation() -> None:
    assert cities("باريسي") == []
    # A name's words must be joined by spaces: a comma splits "الدار، البيضاء".
    assert [c[1] for c in cities("الدار، البيضاء")] == []


def test_homograph_cues() -> None:
    (hama,) = gazetteer.find("في حماة")
    assert (hama.needs, hama.cue, hama.is_city) == ("place", "place", True)
    (protectors,) = gazetteer.find("حماة الوطن")
    assert not protectors.is_city


def test_a_body_named_after_its_city_cues_the_city() -> None:
    # The security prefecture of Laayoune, with the article's proclitic on its first word.
    (seat,) = gazetteer.find("بمقر ولاية أمن العيون")
    assert (seat.city.en, seat.cue, seat.is_city) == ("Laayoune", "city", True)
    (prefect,) = gazetteer.find("وحضر اللقاء والي أمن العيون")
    assert prefect.is_city
    # The phrase must stand whole and right before the name.
    assert not gazetteer.find("أمن العيون")[0].is_city
    assert not gazetteer.find("ولاية أمن، العيون")[0].is_city


def test_homograph_list_matches_the_gazetteer() -> None:
    data = yaml.safe_load((DATA / "place_homographs.yaml").read_text(encoding="utf-8"))
    forms = gazetteer.gazetteer().forms
    for section in ("city", "place", "countries"):
        assert set(data[section]) <= set(forms), section
    assert not set(data["dropped"]) & set(forms)


def test_every_press_city_is_in_the_gazetteer() -> None:
    listed = yaml.safe_load((DATA / "places_fr.yaml").read_text(encoding="utf-8"))["cities"]
    ids = {c.geonameid for c in gazetteer.gazetteer().forms.values()}
    assert {int(c["id"]) for c in listed} <= ids


def tool() -> ModuleType:
    """tools/make_gazetteer.py, imported as a module."""
    path = ROOT / "tools" / "make_gazetteer.py"
    spec = importlib.util.spec_from_file_location("make_gazetteer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_data_files_are_what_the_tool_writes(tmp_path: Path) -> None:
    tool().build(tmp_path)
    for name in ("gazetteer.tsv", "capitals.tsv", "towns.tsv", "place_homographs.yaml"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


def test_persian_shapes_of_arabic_letters_are_read_as_arabic() -> None:
    # Persian's yeh and keheh are Arabic's ya and kaf; a letter Arabic lacks leaves the name out.
    assert tool().proper_arabic("باتومی") == "باتومي"
    assert tool().proper_arabic("چیانگ مای") is None


def test_data_file_is_small() -> None:
    assert (DATA / "gazetteer.tsv").stat().st_size < 2_000_000
    # Every GeoNames town of 5,000 people or more, by its Latin name only.
    assert (DATA / "towns.tsv").stat().st_size < 2_000_000


def test_a_foreign_city_written_with_another_final_vowel_is_read_after_a_cue() -> None:
    # GeoNames writes "إدنبره" and "سانتا كروث دي تينيريفه"; the press also ends them in ا or ي.
    (edinburgh,) = gazetteer.find("حل بمدينة إدنبرا")
    assert (edinburgh.city.en, edinburgh.is_city) == ("Edinburgh", True)
    assert not gazetteer.find("إدنبرا")[0].is_city  # one word needs its city word
    (tenerife,) = gazetteer.find("مباحثات مع قائد الحرس المدني بسانتا كروث دي تينيريفي")
    assert (tenerife.city.en, tenerife.is_city) == ("Santa Cruz de Tenerife", True)
    # A short name has no variant: "بمدينة روما" is Rome, "بمدينة روم" nothing.
    assert gazetteer.find("بمدينة روم") == []


def test_albayda_alone_is_casablanca_only_with_a_cue() -> None:
    (city,) = gazetteer.find("حموشي ولوجيي يوقعان بالبيضاء بروتوكولا")
    assert (city.city.en, city.city.country, city.is_city) == ("Casablanca", "MA", True)
    (seat,) = gazetteer.find("بمقر ولاية أمن البيضاء")
    assert seat.is_city
    assert not gazetteer.find("مكافحة حمل الأسلحة البيضاء")[0].is_city
