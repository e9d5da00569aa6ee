"""The country of the agency or national daily whose report an article is."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.extract.wire import wire_country
from briefer.ingest import load_rules, read_article


@pytest.mark.parametrize(
    ("lines", "country"),
    [
        # a national daily, by its outlet line
        (("أخبار الخليج", "ولي العهد يستقبل وزير الداخلية المغربي", "استقبل ولي العهد …"), "BH"),
        # an agency whose name holds a daily's ("الشرق") is the agency
        (
            ("وكالة أنباء الشرق الأوسط", "وزير الداخلية يستقبل حموشي", "استقبل وزير الداخلية …"),
            "EG",
        ),
        # a daily named in a dateline's words is no sign: "الشرق" there is the East
        (("حموشي في جولة", "الرباط - الشرق والغرب", "يبدأ حموشي جولة."), None),
        # Chad's agency, by its outlet line
        (("الوكالة التشادية للصحافة والنشر", "المدير العام يبحث في الرباط", "أجرى …"), "TD"),
        # an agency in a dateline is
        (("حموشي في الدوحة", "الدوحة - قنا", "استقبل مدير عام الأمن العام حموشي."), "QA"),
    ],
)
def test_the_country_whose_press_the_article_is(
    tmp_path: Path, lines: tuple[str, ...], country: str | None
) -> None:
    path = tmp_path / "article.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    article = read_article(path, load_rules(None))
    assert wire_country(article) == country
