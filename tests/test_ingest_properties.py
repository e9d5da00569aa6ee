"""Ingestion, for any text of Arabic letters, marks, punctuation, spaces and line ends: the
file is read into an Article whose every sentence maps back to its span of the file, or it is
refused with an IngestError, never another exception."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from briefer.arabic.text import normalize
from briefer.documents import Article
from briefer.errors import IngestError
from briefer.ingest import Rules, load_rules, read_article
from support import PROPERTIES

LETTERS = "".join(chr(c) for c in range(0x0621, 0x064B) if chr(c) != "\u0640")
MARKS = "\u064b\u064e\u064f\u0650\u0651\u0652\u0654\u0670\u0640"
"""Diacritics, a hamza above (composed with its letter), and tatweel: dropped or folded."""
PUNCTUATION = ".!?\u061f\u061b\u060c:-\"'()«»\u201c\u201d"
SPACES = " \t\u00a0\u200f\u202e"
"""Spaces, a no-break space, and invisible bidi marks: normalisation drops or maps them."""
LINE_ENDS = ["\n", "\n\n", "\r\n"]

word = st.builds(
    str.__add__, st.sampled_from(LETTERS), st.text(st.sampled_from(LETTERS + MARKS), max_size=7)
)
"""A word starts with a letter: a mark after a space would belong to the space's cluster."""
separator = st.one_of(
    st.text(st.sampled_from(SPACES), min_size=1, max_size=2),
    st.text(st.sampled_from(PUNCTUATION), min_size=1, max_size=2).map(lambda p: p + " "),
    st.sampled_from(LINE_ENDS),
)
article_text = st.lists(st.tuples(word, separator), max_size=60).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)
counter = itertools.count()


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("articles")


def check_offsets(article: Article) -> None:
    """Every sentence is its span of Article.text, and the normalised span of the file."""
    previous_end = 0
    for index, sentence in enumerate(article.sentences):
        assert sentence.index == index
        assert sentence.text == article.text[sentence.start : sentence.end]
        assert sentence.text.strip() == sentence.text != ""
        source = article.original[sentence.source_start : sentence.source_end]
        assert normalize(source).text == sentence.text
        assert previous_end <= sentence.source_start < sentence.source_end
        previous_end = sentence.source_end


@PROPERTIES
@given(text=article_text, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256"]))
def test_any_arabic_text_is_read_with_its_offsets_or_refused(
    rules: Rules, folder: Path, text: str, encoding: str
) -> None:
    path = folder / f"a{next(counter)}.txt"
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        raw = text.encode("utf-8")  # cp1256 lacks some marks and spaces
    path.write_bytes(raw)
    try:
        article = read_article(path, rules)
    except IngestError as exc:
        assert "\n" not in str(exc)
        event(f"refused: {exc.reason.split(';')[0][:40]}")
        return
    event("read")
    assert article.original == raw.decode(article.encoding.replace("utf-8", "utf-8-sig"))
    check_offsets(article)
