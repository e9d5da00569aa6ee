"""Ingestion: read article files, detect their encoding, normalise, and segment them.

An article is a regular file of at most max_article_bytes (data/ingest.yaml; a project's
ingest.yaml may raise or lower it) whose sentences are at most max_sentence_chars long; a FIFO,
a device, a directory, an oversized file or damaged text is refused with the reason, before
anything slow reads it.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from briefer.arabic.text import MappedText, count_arabic_letters, is_arabic_letter, normalize
from briefer.documents import Article, Block, DroppedLine, Paragraph, Sentence
from briefer.errors import BuildError, IngestError, skip_failures
from briefer.files import FileRefused, read_regular
from briefer.resources import data_table

SENTENCE_END = re.compile(r"[.!?\u061f\u061b]+[\"')\]]*(?=\s|$)")
HEADLINE_REACH = 2
"""A headline may run to this many times a heading's words (heading_max_words)."""
LABEL_WORDS = 3
"""Words a line read as the headline has at most when it is only a name ("Rue20", "كود")."""
HEADING_END = re.compile(r"[.!?\u061f\u061b:]$|[.!?\u061f\u061b][\"')\]]+$")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Rules:
    """Furniture and outlet patterns, abbreviations and heading length, from data files."""

    furniture: tuple[tuple[str, re.Pattern[str]], ...]
    outlets: tuple[re.Pattern[str], ...]
    abbreviations: frozenset[str]
    heading_max_words: int
    datelines: tuple[re.Pattern[str], ...] = ()
    """Lines that give where and when a piece was filed: kept, but never the headline."""
    sections: frozenset[str] = frozenset()
    """Site section names: dropped among the first lines, never the outlet or headline."""
    max_article_bytes: int = 524_288
    """A larger file is refused, unread (translation and rendering time grow with it)."""
    max_sentence_chars: int = 2_000
    """An article with a longer sentence (a missing full stop, not prose) is refused."""
    link_lists: frozenset[str] = frozenset()
    """Furniture that heads a list of links ("مقالات ذات صلة"): the headline-like lines after
    it are other articles' headlines, dropped with it."""


LIMITS = ("heading_max_words", "max_article_bytes", "max_sentence_chars")


@dataclass(frozen=True)
class IngestResult:
    """The articles read, and the files skipped with the reason."""

    articles: tuple[Article, ...]
    failures: tuple[IngestError, ...]


def load_rules(extra: Path | None = None) -> Rules:
    """The built-in ingestion rules, extended by a project file when it exists."""
    data = [(Path("briefer/data/ingest.yaml"), data_table("ingest"))]
    if extra is not None and extra.exists():
        data.append((extra, _read_rules_file(extra)))
    furniture: list[tuple[str, re.Pattern[str]]] = []
    outlets: list[re.Pattern[str]] = []
    datelines: list[re.Pattern[str]] = []
    abbreviations: set[str] = set()
    sections: set[str] = set()
    link_lists: set[str] = set()
    limits = {"heading_max_words": 16}
    for path, block in data:
        furniture += [
            (name, _compile(p, path)) for name, p in (block.get("furniture") or {}).items()
        ]
        outlets += [_compile(p, path) for p in block.get("outlets") or []]
        datelines += [_compile(p, path) for p in block.get("datelines") or []]
        abbreviations |= set(block.get("abbreviations") or [])
        sections |= {str(s) for s in block.get("sections") or []}
        link_lists |= {str(s) for s in block.get("link_lists") or []}
        limits.update({k: _positive(block, k, path) for k in LIMITS if k in block})
    outlets += _outlet_names()
    return Rules(
        tuple(furniture),
        tuple(outlets),
        frozenset(abbreviations),
        datelines=tuple(datelines),
        sections=frozenset(sections),
        link_lists=frozenset(link_lists),
        **limits,
    )


def _outlet_names() -> list[re.Pattern[str]]:
    """A line that is an outlet of data/outlets.yaml, alone, with its acronym in brackets
    ("وكالة الأنباء اليمنية (سبأ)") or with " - byline" after it."""
    names = sorted(_outlet_forms(), key=lambda name: (-len(name), name))
    alternatives = "|".join(re.escape(n) for n in names)
    acronym = r"(?:\s*\([^()]{1,16}\))?"
    byline = r"(?:\s*[–—-]\s*(?P<byline>.+))?"
    bare = rf"^(?P<outlet>{alternatives}){acronym}{byline}$"
    # A wire's credit on a line of its own: "(إفي)", "/العمانية/".
    credit = rf"^[(/](?P<outlet>{alternatives})[)/]$"
    return [re.compile(bare), re.compile(credit)]


WIRE_CREDIT = re.compile(r"[(/]\s*(?P<credit>[^()/]{1,30}?)\s*[)/]\.?\s*[–—:-]")
"""A wire item's credit, in brackets or slashes before a dash: "باريس 3 نوفمبر 2025 (أ ف ب) -"."""
CREDIT_REACH = 100
"""Characters of the lead, from its start, in which a wire item writes its credit."""


def wire_credit(paragraphs: Sequence[Paragraph]) -> str | None:
    """The agency a wire item credits at the head of its lead, when it is a listed outlet: a
    wire has no outlet line, and its credit is the only place that names its source. A place
    in brackets before it ("روساريو (الأرجنتين)، 12 فبراير 2026 (إفي) -") is passed over."""
    lead = next((p for p in paragraphs if p.kind is Block.BODY and p.sentences), None)
    if lead is None:
        return None
    head = lead.sentences[0].text[:CREDIT_REACH]
    credits = (m["credit"] for m in WIRE_CREDIT.finditer(head))
    return next((c for c in credits if c in _outlet_forms()), None)


@cache
def _outlet_forms() -> frozenset[str]:
    return frozenset(str(f) for outlet in data_table("outlets")["outlets"] for f in outlet["ar"])


def _positive(block: dict[str, object], key: str, path: Path) -> int:
    value = block[key]
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise BuildError(f"{key} must be a whole number above 0, not {value!r}", path)
    return value


def _read_rules_file(path: Path) -> dict[str, object]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise BuildError(f"not valid YAML: {exc}; fix the syntax", path, line) from exc
    if not isinstance(data, dict):
        raise BuildError("expected a mapping with keys furniture, outlets, abbreviations", path)
    return data


def _compile(pattern: str, path: Path) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise BuildError(
            f"bad pattern {pattern!r}: {exc}; fix the regular expression", path
        ) from exc


def read_articles(seeds: Path, rules: Rules) -> IngestResult:
    """Read every *.txt of the seeds directory in file-name order; bad files are reported."""
    if not seeds.is_dir():
        raise BuildError("seeds directory not found; pass --seeds DIR or create it", seeds)
    return read_paths([seeds], rules)


def read_paths(paths: Sequence[Path], rules: Rules) -> IngestResult:
    """The articles at paths: files, and directories of *.txt read in file-name order.

    The failure rule of every command: an article that cannot be read is logged and returned
    among the failures with the reason, and the others are still read.
    """
    files = [f for p in paths for f in (sorted(p.glob("*.txt")) if p.is_dir() else [p])]
    articles, failures = skip_failures(files, lambda path: read_article(path, rules), IngestError)
    return IngestResult(tuple(articles), tuple(failures))


def read_article(path: Path, rules: Rules) -> Article:
    """Read one article file into an Article, or raise IngestError saying why not."""
    raw = read_limited(path, rules.max_article_bytes)
    original, encoding = decode(raw, path)
    mapped = normalize(original)
    outlet, byline, paragraphs, dropped = _structure(mapped, rules, path)
    _check_sentences(paragraphs, rules, path)
    outlet = outlet or wire_credit(paragraphs)
    return Article(
        id=path.stem,
        path=path,
        checksum=hashlib.sha256(raw).hexdigest(),
        encoding=encoding,
        original=original,
        text=mapped.text,
        origin=mapped.origin,
        outlet=outlet,
        byline=byline,
        paragraphs=paragraphs,
        dropped=dropped,
    )


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most limit bytes; anything else is an IngestError
    (a FIFO named x.txt or a link to /dev/zero is refused at once, see files.read_regular)."""
    try:
        return read_regular(path, limit)
    except FileRefused as exc:
        reason = str(exc)
        if reason.startswith("too large"):
            reason += (
                "; an article is a few kilobytes: check the file, or raise "
                "max_article_bytes in ingest.yaml"
            )
        elif reason.startswith("not a regular file"):
            reason += "; articles are plain text files, remove it from the articles"
        raise IngestError(reason, path) from exc


def decode(raw: bytes, path: Path) -> tuple[str, str]:
    """Decode the raw bytes: UTF-8 (BOM or not), UTF-16 with BOM, or Windows-1256."""
    if not raw:
        raise IngestError("the file is empty; remove it or fill it with the article text", path)
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return _strict(raw, encoding, path), encoding.replace("-sig", "")
    if b"\x00" in raw:
        raise IngestError(
            "binary file (NUL bytes), or UTF-16 without a byte-order mark; "
            "save the article as UTF-8 text",
            path,
        )
    try:
        text, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _mostly_utf8(raw):
            line = raw.count(b"\n", 0, exc.start) + 1
            raise IngestError(
                f"damaged UTF-8: byte {exc.start} is not valid UTF-8 in a file "
                "that otherwise is; repair that line, or fetch and save the article again",
                path,
                line,
            ) from exc
        text, encoding = _windows_1256(raw, path), "cp1256"
    _check_text(text, path)
    return text, encoding


def _mostly_utf8(raw: bytes) -> bool:
    """Whether most non-ASCII bytes form valid UTF-8 sequences: UTF-8 with a damaged byte.

    Windows-1256 Arabic scores about 0.02 (its letters seldom form valid sequences); UTF-8
    with a bad byte about 1.0. Such a file read as Windows-1256 would be mojibake.
    """
    non_ascii = sum(1 for b in raw if b >= 0x80)
    if not non_ascii:
        return False
    valid = len(raw.decode("utf-8", errors="ignore").encode("utf-8")) - (len(raw) - non_ascii)
    return valid / non_ascii > 0.5


def _strict(raw: bytes, encoding: str, path: Path) -> str:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise IngestError(
            f"starts with a {encoding} byte-order mark but is not valid {encoding} "
            f"at byte {exc.start}; re-save the article as UTF-8",
            path,
        ) from exc
    _check_text(text, path)
    return text


def _windows_1256(raw: bytes, path: Path) -> str:
    """Accept Windows-1256 only when the decoded letters are mostly Arabic, never by default."""
    try:
        text = raw.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    letters = [c for c in text if c.isalpha()]
    arabic = sum(is_arabic_letter(c) for c in letters)
    if not letters or arabic / len(letters) < 0.6 or CONTROL.search(text):
        raise IngestError(
            "not UTF-8, UTF-16 or Windows-1256 Arabic text (encoding not recognised); "
            "re-save the article as UTF-8",
            path,
        )
    return text


def _check_text(text: str, path: Path) -> None:
    if not text.strip():
        raise IngestError("the file holds only whitespace; remove it or add the article text", path)
    if len(CONTROL.findall(text)) > max(2, len(text) // 100):
        raise IngestError("binary file (control characters), not an article; remove it", path)
    if count_arabic_letters(text) == 0:
        raise IngestError("no Arabic text found; briefer reads Arabic articles only", path)


@dataclass(frozen=True)
class _Line:
    number: int
    start: int
    end: int
    text: str


def _line_numbers(text: str) -> Iterator[_Line]:
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped:
            start = offset + len(line) - len(line.lstrip())
            yield _Line(number, start, start + len(stripped), stripped)
        offset += len(line) + 1


def _structure(
    mapped: MappedText, rules: Rules, path: Path
) -> tuple[str | None, str | None, tuple[Paragraph, ...], tuple[DroppedLine, ...]]:
    outlet: str | None = None
    byline: str | None = None
    dropped: list[DroppedLine] = []
    blocks: list[tuple[Block, _Line]] = []
    in_header = True  # only headline and datelines so far
    headline_due = True
    labels_only = True  # every line kept so far is a name too short for a headline
    links: str | None = None  # the link list being read, by its furniture name
    for line in _line_numbers(mapped.text):
        rule = _furniture(line.text, rules)
        if rule is None and links and _kind(line.text, rules, first=False) is Block.HEADING:
            rule = links  # "- حموشي يستقبل …": another article's headline
        links = rule if rule in rules.link_lists or (links and rule == links) else None
        if rule:
            dropped.append(DroppedLine(line.number, line.text, rule))
            continue
        if headline_due and line.text in rules.sections:
            dropped.append(DroppedLine(line.number, line.text, "section"))
            continue
        found = _outlet(line.text, rules) if in_header and outlet is None else None
        if found:
            outlet, byline = found
            dated = _dated_byline(line, byline, rules)
            if dated is None:
                continue
            # "هسبريس - الأحد 4 ماي 2025": the "byline" is the publication line; keep it.
            byline, line = None, dated
        # A dateline ("الرباط - ومع - الثلاثاء 4 نونبر 2025") is kept as a heading: the
        # headline is the first line after it.
        dateline = in_header and any(p.fullmatch(line.text) for p in rules.datelines)
        # "Rue20" or "الرئيسية | سياسة" read as the headline, a section's name after it: the
        # headline itself, on the next line, may run as long as a headline does.
        after_labels = bool(blocks) and labels_only
        kind = Block.HEADING if dateline else _kind(line.text, rules, headline_due, after_labels)
        labels_only = labels_only and not dateline and _label(line.text)
        blocks.append((kind, line))
        headline_due = headline_due and dateline
        in_header = in_header and (dateline or kind is Block.HEADLINE)
    if not any(kind is not Block.HEADLINE for kind, _ in blocks):
        raise IngestError("no article text after removing page furniture and outlet lines", path)
    paragraphs = _paragraphs(mapped, blocks, rules)
    return outlet, byline, paragraphs, tuple(dropped)


def _check_sentences(paragraphs: Sequence[Paragraph], rules: Rules, path: Path) -> None:
    limit = rules.max_sentence_chars
    for paragraph in paragraphs:
        for sentence in paragraph.sentences:
            if len(sentence.text) > limit:
                raise IngestError(
                    f"sentence {sentence.index} is {len(sentence.text):,} characters long, the "
                    f"limit is {limit:,}: not prose (full stops missing?); split it, or raise "
                    "max_sentence_chars in ingest.yaml",
                    path,
                )


def _furniture(line: str, rules: Rules) -> str | None:
    for name, pattern in rules.furniture:
        if pattern.fullmatch(line):
            return name
    return None


def _dated_byline(line: _Line, byline: str | None, rules: Rules) -> _Line | None:
    """The part of an outlet line after the dash, when it is a date line, not an author."""
    if byline is None or not any(p.fullmatch(byline) for p in rules.datelines):
        return None
    start = line.end - len(byline)
    return _Line(line.number, start, line.end, byline)


def _outlet(line: str, rules: Rules) -> tuple[str, str | None] | None:
    for pattern in rules.outlets:
        match = pattern.fullmatch(line)
        if match:
            groups = match.groupdict()
            return groups.get("outlet") or line, groups.get("byline")
    return None


def _label(line: str) -> bool:
    """A line too short to be a headline: an outlet's or a section's name."""
    return len(line.split()) <= LABEL_WORDS


def _kind(line: str, rules: Rules, first: bool, after_label: bool = False) -> Block:
    # The first line is the headline when it does not end as a sentence does, even when it
    # runs longer than a heading ("حموشي في بافاريا.. اتفاق تعاون مرتقب … تحت المجهر").
    reach = rules.heading_max_words * (HEADLINE_REACH if first or after_label else 1)
    heading = len(line.split()) <= reach and not HEADING_END.search(line)
    if not heading:
        return Block.BODY
    return Block.HEADLINE if first else Block.HEADING


def _paragraphs(
    mapped: MappedText, blocks: list[tuple[Block, _Line]], rules: Rules
) -> tuple[Paragraph, ...]:
    paragraphs: list[Paragraph] = []
    index = 0
    for number, (kind, line) in enumerate(blocks):
        sentences = []
        for start, end in split_sentences(line.text, rules):
            a, b = line.start + start, line.start + end
            src = mapped.source_span(a, b)
            sentences.append(Sentence(index, mapped.text[a:b], a, b, src[0], src[1], number))
            index += 1
        paragraphs.append(Paragraph(number, kind, tuple(sentences)))
    return tuple(paragraphs)


def split_sentences(text: str, rules: Rules) -> list[tuple[int, int]]:
    """Spans of the sentences of one paragraph: split after . ! ? ؟ ؛ unless an abbreviation."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        if _is_abbreviation(text, match, rules):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return [_strip(text, a, b) for a, b in spans if text[a:b].strip()]


def _is_abbreviation(text: str, match: re.Match[str], rules: Rules) -> bool:
    if match.group() != ".":
        return False
    word = text[: match.end()].rsplit(None, 1)[-1]
    return word in rules.abbreviations or (len(word) == 2 and word[0].isalpha())


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    return start + len(chunk) - len(chunk.lstrip()), end - len(chunk) + len(chunk.rstrip())
