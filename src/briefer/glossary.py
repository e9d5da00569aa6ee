"""The terminology glossary: entries read from YAML, Arabic-aware matching, French phrasing.

Glossary forms and article text are folded the same way (hamza on alef, final ya and ta
marbuta, diacritics, tatweel), split into words, and looked up in a word trie keyed on the
first word without its proclitics, so matching stays linear in the length of the text.
Country names come from CLDR through Babel; the YAML files add press variants only.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache, cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from briefer.arabic.fold import fold, fold_string
from briefer.arabic.text import MappedText
from briefer.arabic.words import Token, readings, spacing_variants, strip_article, tokens
from briefer.errors import GlossaryError
from briefer.resources import data_table

log = logging.getLogger(__name__)

DATA = Path(__file__).parent / "data"
LANGS = ("en", "fr")
CLDR_FILE = Path("<CLDR>")
"""Entry.file of country entries that come from CLDR alone."""
FORMS = ("first", "later", "full", "short", "acronym")
WORD = re.compile(r"\w+")


# --------------------------------------------------------------------------- data model


@dataclass(frozen=True)
class Rendering:
    """One language's rendering of an entry."""

    full: str
    short: str | None = None
    acronym: str | None = None
    gender: str | None = None
    """French grammatical gender, "f" or "m"; None in English."""
    article: bool = False
    """The name takes a definite article in running text ("la Direction", "l'Espagne")."""
    elided: bool = False
    """French: the article elides to l' before the full form."""
    feminine: str | None = None
    """Adjectives (demonyms): the French feminine form, e.g. "espagnole"."""
    plural: bool = False
    """French: the name is plural ("les Émirats arabes unis")."""

    @property
    def first_mention(self) -> str:
        """The full form with the acronym in brackets, when there is one."""
        if self.acronym and self.acronym != self.full:
            return f"{self.full} ({self.acronym})"
        return self.full

    @property
    def later_mention(self) -> str:
        """The acronym, else the short form, else the full form."""
        return self.acronym or self.short or self.full

    @property
    def forms(self) -> tuple[str, ...]:
        """Every accepted written form, first mention first, without repeats."""
        seen = (self.first_mention, self.full, self.short, self.acronym)
        return tuple(dict.fromkeys(f for f in seen if f))


@dataclass(frozen=True)
class Title:
    """A post held by a person, with an optional period of validity."""

    en: str
    fr: str
    valid_from: date | None = None
    valid_to: date | None = None

    def covers(self, day: date) -> bool:
        """True when the post was held on day."""
        after = self.valid_from is None or self.valid_from <= day
        before = self.valid_to is None or day <= self.valid_to
        return after and before


@dataclass(frozen=True)
class Entry:
    """One glossary entry: every Arabic form of a name and its renderings."""

    id: str
    kind: str
    arabic: tuple[str, ...]
    en: Rendering
    fr: Rendering
    country: str | None = None
    titles: tuple[Title, ...] = ()
    note: str | None = None
    source: str | None = None
    file: Path = field(default=CLDR_FILE, compare=False)
    line: int = field(default=0, compare=False)

    def rendering(self, lang: str) -> Rendering:
        """The rendering in "en" or "fr"."""
        if lang not in LANGS:
            raise KeyError(f"no rendering in {lang!r}; the glossary holds {', '.join(LANGS)}")
        return self.en if lang == "en" else self.fr

    def title_at(self, day: date | None, lang: str) -> str | None:
        """The title held on day (the latest-starting one if several), or the current one."""
        if day is None:
            held = [t for t in self.titles if t.valid_to is None]
        else:
            held = [t for t in self.titles if t.covers(day)]
        if not held:
            return None
        latest = max(held, key=lambda t: t.valid_from or date.min)
        return latest.en if lang == "en" else latest.fr


@dataclass(frozen=True)
class Match:
    """One glossary entry found in a text; offsets are into the string given to match()."""

    entry: Entry
    start: int
    """Start of the span, proclitics included."""
    end: int
    term_start: int
    """Where the term proper starts, after the proclitics."""
    prefix: str
    """The proclitic letters consumed, e.g. "ول", "بال", "لل", or ""."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the glossary files, with where it is and how to fix it."""

    path: Path
    line: int | None
    entry_id: str | None
    what: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        who = f" [{self.entry_id}]" if self.entry_id else ""
        return f"{where}:{who} {self.what}; {self.fix}"


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rules:
    """The kinds and phrasing rules read from data/glossary.yaml."""

    kinds: Mapping[str, Mapping[str, bool]]
    elision_initials: str
    eliding_words: frozenset[str]
    contractions: Mapping[str, Mapping[str, str]]
    country_locative: str
    digest: str
    """SHA-256 of data/glossary.yaml, fold and proclitics included: part of the version."""


@cache
def rules() -> Rules:
    """The glossary rules shipped with briefer (read once per process)."""
    raw = (DATA / "glossary.yaml").read_bytes()
    data = yaml.safe_load(raw)
    fr = data["french"]
    return Rules(
        kinds=data["kinds"],
        elision_initials=fr["elision_initials"],
        eliding_words=frozenset(fr["eliding_words"]),
        contractions=fr["contractions"],
        country_locative=fr["country_locative"],
        digest=hashlib.sha256(raw).hexdigest(),
    )


@cache
def form_keys(form: str) -> tuple[tuple[bool, tuple[str, ...]], ...]:
    """The lookup keys of an Arabic form: (takes the article, words with the first one bare)."""
    words = tuple(t.text for t in tokens(fold_string(form)))
    if not words:
        return ()
    return tuple(dict.fromkeys(strip_article(v) for v in spacing_variants(words)))


# --------------------------------------------------------------------------- matching


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entry: Entry | None = None


class Glossary:
    """Every entry by id, and the index that finds them in Arabic text."""

    def __init__(self, entries: Mapping[str, Entry]):
        self.entries: Mapping[str, Entry] = MappingProxyType(dict(sorted(entries.items())))
        self._bare: dict[str, _Node] = {}
        self._articled: dict[str, _Node] = {}
        for entry in self.entries.values():
            for form in entry.arabic:
                for articled, words in form_keys(form):
                    self._insert(self._articled if articled else self._bare, words, entry)

    def _insert(self, table: dict[str, _Node], words: tuple[str, ...], entry: Entry) -> None:
        node = table.setdefault(words[0], _Node())
        for w in words[1:]:
            node = node.children.setdefault(w, _Node())
        if node.entry is None:
            node.entry = entry

    @cached_property
    def version(self) -> str:
        """Content hash of the whole glossary and of the matching rules."""
        h = hashlib.sha256(rules().digest.encode())
        for entry_id in self.entries:
            h.update(f"{entry_id}={self.entry_version(entry_id)}\n".encode())
        return h.hexdigest()

    def entry_version(self, entry_id: str) -> str:
        """Content hash of one entry (file and line excluded)."""
        return _entry_hash(self.get(entry_id))

    def get(self, entry_id: str) -> Entry:
        """The entry with this id; KeyError if there is none."""
        return self.entries[entry_id]

    def country(self, code: str) -> Entry:
        """The country entry for an ISO 3166-1 alpha-2 code; KeyError if unknown."""
        return self.entries[f"country.{code.upper()}"]

    def by_kind(self, kind: str) -> tuple[Entry, ...]:
        """Every entry of one kind, by id."""
        return tuple(e for e in self.entries.values() if e.kind == kind)

    def match(self, text: str) -> list[Match]:
        """Non-overlapping entries found in text, longest first, sorted by start."""
        mapped = fold(text)
        words = tokens(mapped.text)
        hits = [hit for i in range(len(words)) if (hit := self._longest_at(words, i))]
        # Longest spans claim their words first; shorter ones fill the gaps.
        hits.sort(key=_Hit.rank, reverse=True)
        taken: set[int] = set()
        chosen = []
        for hit in hits:
            span = set(range(hit.first, hit.last + 1))
            if not span & taken:
                taken |= span
                chosen.append(hit)
        return sorted((h.to_match(mapped, words) for h in chosen), key=lambda m: m.start)

    def _longest_at(self, words: list[Token], i: int) -> _Hit | None:
        """The longest entry starting at word i, under any reading of its proclitics."""
        best: _Hit | None = None
        for prefix, stem, articled in readings(words[i].text):
            for table in (self._articled,) if articled else (self._bare, self._articled):
                node = table.get(stem)
                found = _walk(node, words, i) if node else None
                if found is None:
                    continue
                entry, last = found
                size = words[last].end - words[i].at(len(prefix))
                hit = _Hit(entry, i, last, size, prefix)
                if best is None or hit.reading() > best.reading():
                    best = hit
        return best


@dataclass(frozen=True)
class _Hit:
    """An entry found at words[first..last], the term proper being size folded characters."""

    entry: Entry
    first: int
    last: int
    size: int
    prefix: str

    def reading(self) -> tuple[int, int, int]:
        """Among readings of one word: longest, then the fewest proclitics."""
        return (self.last, self.size, -len(self.prefix))

    def rank(self) -> tuple[int, int, int]:
        """Among hits of a text: most words, then most characters, then the earliest."""
        return (self.last - self.first, self.size, -self.first)

    def to_match(self, mapped: MappedText, words: list[Token]) -> Match:
        """The hit as offsets into the text given to match()."""
        start, end = mapped.source_span(words[self.first].start, words[self.last].end)
        term_start = mapped.origin[words[self.first].at(len(self.prefix))]
        return Match(self.entry, start, end, term_start, self.prefix)


def _walk(node: _Node, words: list[Token], i: int) -> tuple[Entry, int] | None:
    """Follow the trie along words[i+1:], returning the deepest entry and its last word."""
    best = (node.entry, i) if node.entry else None
    j = i + 1
    while j < len(words) and words[j].glued and words[j].text in node.children:
        node = node.children[words[j].text]
        if node.entry is not None:
            best = (node.entry, j)
        j += 1
    return best


@cache
def _entry_hash(entry: Entry) -> str:
    data = asdict(entry)
    data.pop("file")
    data.pop("line")
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


# --------------------------------------------------------------------------- phrasing


def phrase(entry: Entry, lang: str, form: str = "first", preposition: str | None = None) -> str:
    """The entry as written in running text, with its article and a contracted preposition."""
    r = entry.rendering(lang)
    text = surface(r, form)
    if lang == "fr":
        return _french(entry, r, text, form, preposition)
    words = [preposition] if preposition else []
    if r.article:
        words.append("the")
    return " ".join([*words, text])


def surface(r: Rendering, form: str) -> str:
    """The written form asked for: first, later, full, short or acronym."""
    if form not in FORMS:
        raise ValueError(f"unknown form {form!r}; use one of {', '.join(FORMS)}")
    picks = {
        "first": r.first_mention,
        "later": r.later_mention,
        "full": r.full,
        "short": r.short or r.full,
        "acronym": r.acronym or r.later_mention,
    }
    return picks[form]


def compose(role: Entry, organisation: Entry, lang: str, form: str = "full") -> str:
    """A title built from a role and an organisation: "Director General of the Spanish …"."""
    head = role.rendering(lang).full
    return f"{head} {phrase(organisation, lang, form, 'of' if lang == 'en' else 'de')}"


def _french(entry: Entry, r: Rendering, text: str, form: str, prep: str | None) -> str:
    rl = rules()
    if not r.article:
        if prep is None:
            return text
        if prep in rl.eliding_words and vowel_initial(text):
            return f"{prep[:-1]}'{text}"
        return f"{prep} {text}"
    elided = r.elided if form in ("first", "full") else vowel_initial(text)
    article = "les" if r.plural else "l'" if elided else "la" if r.gender == "f" else "le"
    if prep == "à" and _territory(entry) and article in ("la", "l'"):
        return f"{rl.country_locative} {text}"
    contracted = rl.contractions.get(prep or "", {}).get(article)
    if contracted:
        return f"{contracted} {text}"
    head = f"{article}{text}" if article == "l'" else f"{article} {text}"
    return f"{prep} {head}" if prep else head


def _territory(entry: Entry) -> bool:
    """Countries and regions, which take "en" rather than "à la": "en Espagne", "en Afrique"."""
    return entry.kind == "country" or (entry.kind == "place" and entry.country is None)


def vowel_initial(text: str) -> bool:
    return bool(text) and text[0] in rules().elision_initials


# --------------------------------------------------------------------------- CLDR countries


@dataclass(frozen=True)
class CountryRules:
    """What CLDR does not say about country names: non-countries and their grammar."""

    not_countries: frozenset[str]
    en_article: frozenset[str]
    fr_plural: frozenset[str]
    fr_no_article: frozenset[str]
    fr_masculine: frozenset[str]
    fr_feminine: frozenset[str]


@cache
def country_rules() -> CountryRules:
    """The country grammar shipped in data/countries.yaml."""
    data = data_table("countries")
    return CountryRules(
        not_countries=frozenset(data["not_countries"]),
        en_article=frozenset(data["english"]["article"]),
        fr_plural=frozenset(data["french"]["plural"]),
        fr_no_article=frozenset(data["french"]["no_article"]),
        fr_masculine=frozenset(data["french"]["masculine"]),
        fr_feminine=frozenset(data["french"]["feminine"] or ()),
    )


@cache
def cldr_countries() -> Mapping[str, tuple[str, str, str]]:
    """ISO code -> (Arabic, English, French) country names from CLDR, read once."""
    from babel import Locale

    ar, en, fr = (Locale(lang).territories for lang in ("ar", "en", "fr"))
    skip = country_rules().not_countries
    return MappingProxyType(
        {
            code: (ar[code], en[code], fr[code])
            for code in sorted(ar)
            if len(code) == 2 and code.isalpha() and code not in skip and code in en and code in fr
        }
    )


def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code CLDR names."""
    return frozenset(cldr_countries())


@cache
def cldr_entry(code: str) -> Entry:
    ar, en, fr = cldr_countries()[code]
    cr = country_rules()
    plural = code in cr.fr_plural
    masculine = code in cr.fr_masculine or (
        not fr.split()[0].endswith("e") and code not in cr.fr_feminine
    )
    article = code not in cr.fr_no_article
    return Entry(
        id=f"country.{code}",
        kind="country",
        arabic=(ar,),
        en=Rendering(full=en, article=code in cr.en_article),
        fr=Rendering(
            full=fr,
            gender="m" if masculine else "f",
            article=article,
            elided=article and not plural and vowel_initial(fr),
            plural=plural,
        ),
        country=code,
        source="CLDR",
    )


# --------------------------------------------------------------------------- loading


RENDERING_KEYS = ("full", "short", "acronym", "gender", "article", "elided", "feminine", "plural")
ENTRY_KEYS = ("id", "kind", "country", "arabic", "en", "fr", "titles", "note", "source")
TITLE_KEYS = ("en", "fr", "from", "to")
ID_PATTERN = re.compile(r"^[a-z]+\.[A-Za-z0-9][A-Za-z0-9._-]*$")


# libyaml when present: the pure-Python parser dominates load time otherwise.
LineLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class RawEntry:
    """An entry as written in a YAML file, with the line of each key and Arabic form."""

    path: Path
    line: int
    values: Mapping[str, Any]
    lines: Mapping[str, int]
    form_lines: tuple[int, ...]


def load(directory: Path) -> Glossary:
    """Read and validate the glossary; GlossaryError lists every problem found."""
    entries, problems = read(directory)
    if problems:
        first = problems[0]
        rest = "".join(f"\n  {p}" for p in problems[1:])
        more = f" (and {len(problems) - 1} more problem(s):{rest})" if rest else ""
        who = f"[{first.entry_id}] " if first.entry_id else ""
        raise GlossaryError(f"{who}{first.what}; {first.fix}{more}", first.path, first.line)
    log.debug("glossary: %d entries from %s", len(entries), directory)
    return Glossary(entries)


def check(directory: Path) -> list[Problem]:
    """Every problem in the glossary files; empty when the glossary is valid."""
    return read(directory)[1]


def read(directory: Path) -> tuple[dict[str, Entry], list[Problem]]:
    """The entries of every *.yaml file in directory (CLDR countries merged in) and problems."""
    problems: list[Problem] = []
    if not directory.is_dir():
        problems.append(
            Problem(
                directory,
                None,
                None,
                "glossary directory not found",
                "create it or point the glossary setting at it",
            )
        )
        return {}, problems
    raws: list[RawEntry] = []
    for path in sorted(directory.glob("*.yaml")):
        raws.extend(read_file(path, problems))
    entries = _build(raws, problems)
    lines = {
        (raw.values.get("id"), form.strip()): line
        for raw in raws
        if isinstance(raw.values.get("arabic"), list)
        for form, line in zip(
            raw.values["arabic"], _form_lines(raw, len(raw.values["arabic"])), strict=True
        )
        if isinstance(form, str)
    }
    _check_forms(entries.values(), lines, problems)
    problems.sort(key=lambda p: (str(p.path), p.line or 0))
    return entries, problems


def read_file(path: Path, problems: list[Problem]) -> list[RawEntry]:
    """The raw entries of one YAML file, noting syntax and shape problems."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(path, None, None, f"not UTF-8 ({exc.reason})", "save it as UTF-8"))
        return []
    loader = LineLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problems.append(
            Problem(
                path,
                line,
                None,
                f"not valid YAML: {exc.problem}",
                "fix the syntax there (indentation, quotes, a missing colon)",
            )
        )
        return []
    finally:
        loader.dispose()
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        problems.append(
            Problem(
                path,
                root.start_mark.line + 1,
                None,
                "the file is not a list of entries",
                "start each entry with '- id: ...'",
            )
        )
        return []
    return [raw for node in root.value if (raw := _raw_entry(path, node, loader, problems))]


def _raw_entry(
    path: Path, node: yaml.Node, loader: Any, problems: list[Problem]
) -> RawEntry | None:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        problems.append(
            Problem(
                path,
                line,
                None,
                "an entry is not a mapping",
                "write the entry as 'id: ...', 'kind: ...' lines",
            )
        )
        return None
    values: dict[str, Any] = {}
    lines: dict[str, int] = {}
    form_lines: tuple[int, ...] = ()
    for key_node, value_node in node.value:
        key = str(loader.construct_object(key_node, deep=True))
        if key in values:
            problems.append(
                Problem(
                    path,
                    key_node.start_mark.line + 1,
                    None,
                    f"key '{key}' given twice in one entry",
                    "keep one of them",
                )
            )
        lines[key] = key_node.start_mark.line + 1
        try:
            values[key] = loader.construct_object(value_node, deep=True)
        except (yaml.YAMLError, ValueError) as exc:
            problems.append(
                Problem(
                    path,
                    lines[key],
                    None,
                    f"cannot read '{key}' ({exc})",
                    "fix the value (dates are YYYY-MM-DD)",
                )
            )
        if key == "arabic" and isinstance(value_node, yaml.SequenceNode):
            form_lines = tuple(n.start_mark.line + 1 for n in value_node.value)
    return RawEntry(path, line, values, lines, form_lines)


def _build(raws: list[RawEntry], problems: list[Problem]) -> dict[str, Entry]:
    entries = {f"country.{code}": cldr_entry(code) for code in cldr_countries()}
    seen: dict[str, RawEntry] = {}
    for raw in raws:
        entry = build_entry(raw, problems)
        if entry is None:
            continue
        if entry.id in seen:
            first = seen[entry.id]
            problems.append(
                Problem(
                    raw.path,
                    raw.line,
                    entry.id,
                    f"duplicate id, already used at {first.path}:{first.line}",
                    "rename one entry or merge the two",
                )
            )
            continue
        seen[entry.id] = raw
        entries[entry.id] = entry
    return entries


def build_entry(raw: RawEntry, problems: list[Problem]) -> Entry | None:
    """Build and validate one entry; None when it is too broken to use."""
    v = raw.values
    before = len(problems)

    def bad(key: str | None, what: str, fix: str, line: int | None = None) -> None:
        line = line or (raw.lines.get(key, raw.line) if key else raw.line)
        problems.append(Problem(raw.path, line, entry_id, what, fix))

    entry_id = v.get("id") if isinstance(v.get("id"), str) else None
    if entry_id is None:
        bad("id", "entry has no id", "add 'id: kind.name', e.g. 'id: org.dgsn'")
    elif not ID_PATTERN.match(entry_id):
        bad("id", f"bad id '{entry_id}'", "use a prefix, a dot and a name, e.g. 'org.dgsn'")
    for key in v:
        if key not in ENTRY_KEYS:
            bad(key, f"unknown key '{key}'", f"use only: {', '.join(ENTRY_KEYS)}")
    kind = v.get("kind")
    kinds = rules().kinds
    if not isinstance(kind, str) or kind not in kinds:
        bad(
            "kind",
            f"unknown kind '{kind}'" if kind else "entry has no kind",
            f"set kind to one of: {', '.join(kinds)}",
        )
    country = _country(v, entry_id, kind, bad)
    if kind == "demonym" and "country" not in v:
        bad(None, "a demonym needs the country it marks", "add 'country: XX' (ISO 3166-1)")
    base = cldr_entry(country) if kind == "country" and country in country_codes() else None
    arabic = _arabic(raw, base is not None, bad)
    en = _rendering(v, "en", kind, base, bad)
    fr = _rendering(v, "fr", kind, base, bad)
    titles = _titles(v, bad)
    for key in ("note", "source"):
        if v.get(key) is not None and not isinstance(v[key], str):
            bad(key, f"'{key}' is not text", f"quote the {key}")
    if len(problems) > before or entry_id is None or en is None or fr is None:
        return None
    return Entry(
        id=entry_id,
        kind=str(kind),
        arabic=tuple(dict.fromkeys((base.arabic if base else ()) + arabic)),
        en=en,
        fr=fr,
        country=country,
        titles=titles,
        note=v.get("note") or (base.note if base else None),
        source=v.get("source") or (base.source if base else None),
        file=raw.path,
        line=raw.line,
    )


def _country(v: Mapping[str, Any], entry_id: str | None, kind: Any, bad: Any) -> str | None:
    code = v.get("country")
    if kind == "country" and code is None and entry_id and entry_id.startswith("country."):
        code = entry_id.split(".", 1)[1]
    if code is None:
        return None
    if code is False:  # YAML 1.1 reads a bare NO (Norway) as false
        bad("country", "country code read as false", "quote Norway's code: country: 'NO'")
        return None
    if not isinstance(code, str) or code.upper() not in country_codes() or code != code.upper():
        bad(
            "country",
            f"bad country code '{code}'",
            "use an ISO 3166-1 alpha-2 code in capitals, e.g. MA, ES, TR, AE",
        )
        return None
    if kind == "country" and entry_id != f"country.{code}":
        bad("id", f"a country entry's id must be 'country.{code}'", f"rename it country.{code}")
    return code


def _arabic(raw: RawEntry, optional: bool, bad: Any) -> tuple[str, ...]:
    forms = raw.values.get("arabic")
    if forms is None:
        if not optional:
            bad("arabic", "entry has no Arabic form", "add 'arabic: [...]' with the press forms")
        return ()
    if isinstance(forms, str):
        forms = [forms]
    if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
        bad("arabic", "'arabic' must be a list of non-empty texts", "write one form per '- ' line")
        return ()
    for form, line in zip(forms, _form_lines(raw, len(forms)), strict=True):
        if not form_keys(form):
            bad(
                "arabic",
                f"Arabic form '{form}' has no letters",
                "write the name in Arabic letters",
                line,
            )
    return tuple(f.strip() for f in forms)


def _form_lines(raw: RawEntry, count: int) -> tuple[int, ...]:
    """The line of each Arabic form (the 'arabic' key's line for a one-line list)."""
    if len(raw.form_lines) == count:
        return raw.form_lines
    return (raw.lines.get("arabic", raw.line),) * count


def _rendering(
    v: Mapping[str, Any], lang: str, kind: Any, base: Entry | None, bad: Any
) -> Rendering | None:
    name = "English" if lang == "en" else "French"
    given = v.get(lang)
    if isinstance(given, str):
        given = {"full": given}
    if given is None and base is not None:
        return base.rendering(lang)
    if (
        not isinstance(given, dict)
        or not isinstance(given.get("full"), str)
        or not given["full"].strip()
    ):
        bad(
            lang if lang in v else None,
            f"no {name} rendering",
            f"add '{lang}: {{full: ...}}' (or '{lang}: text') with the {name} name",
        )
        return None
    unknown = [k for k in given if k not in RENDERING_KEYS]
    if unknown:
        bad(
            lang,
            f"unknown {name} rendering key(s) {', '.join(unknown)}",
            f"use only: {', '.join(RENDERING_KEYS)}",
        )
        return None
    values = dict(asdict(base.rendering(lang))) if base else {}
    values.update(given)
    if values.get("gender") not in (None, "f", "m"):
        bad(
            lang,
            f"gender must be f or m, not {values['gender']!r}",
            "write 'gender: f' or 'gender: m'",
        )
        return None
    defaults = rules().kinds.get(kind, {}) if isinstance(kind, str) else {}
    values.setdefault("article", bool(defaults.get(lang, False)))
    if lang == "fr" and values["article"] and not values.get("plural") and not values.get("gender"):
        bad(
            lang,
            "French rendering takes an article but has no gender",
            "add 'gender: f' or 'gender: m' (la/le), or 'article: false'",
        )
        return None
    if "elided" not in given:
        values["elided"] = lang == "fr" and values["article"] and vowel_initial(values["full"])
    wrong = [k for k in RENDERING_KEYS if not _typed(k, values.get(k))]
    if wrong:
        bad(
            lang,
            f"{name} rendering: {', '.join(wrong)} has the wrong type",
            "write text for full/short/acronym/feminine and true/false for article/elided/plural",
        )
        return None
    return Rendering(
        full=values["full"],
        short=values.get("short"),
        acronym=values.get("acronym"),
        gender=values.get("gender"),
        article=values["article"],
        elided=values["elided"],
        feminine=values.get("feminine"),
        plural=bool(values.get("plural", False)),
    )


def _typed(key: str, value: Any) -> bool:
    if key in ("article", "elided", "plural"):
        return value is None or isinstance(value, bool)
    return value is None or isinstance(value, str)


def _titles(v: Mapping[str, Any], bad: Any) -> tuple[Title, ...]:
    items = v.get("titles") or []
    if not isinstance(items, list):
        bad("titles", "'titles' must be a list", "write one title per '- en: ...' item")
        return ()
    out = []
    for item in items:
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in LANGS):
            bad(
                "titles",
                "a title needs 'en' and 'fr' texts",
                "add both, e.g. 'en: Director General'",
            )
            continue
        extra = [k for k in item if k not in TITLE_KEYS]
        dates = [item.get("from"), item.get("to")]
        if extra or not all(d is None or isinstance(d, date) for d in dates):
            bad(
                "titles",
                "a title takes only en, fr, from, to (dates as YYYY-MM-DD)",
                "fix the title's keys and dates",
            )
            continue
        out.append(Title(item["en"], item["fr"], item.get("from"), item.get("to")))
    return tuple(out)


def _check_forms(
    entries: Iterable[Entry], lines: Mapping[tuple[Any, str], int], problems: list[Problem]
) -> None:
    """Report an Arabic form (after folding) claimed by two entries."""
    owner: dict[tuple[bool, tuple[str, ...]], tuple[Entry, str]] = {}
    for entry in sorted(entries, key=lambda e: (e.file != CLDR_FILE, str(e.file), e.line)):
        for form in entry.arabic:
            for key in form_keys(form):
                other = owner.setdefault(key, (entry, form))
                if other[0].id != entry.id:
                    at = lines.get((other[0].id, other[1]), other[0].line)
                    where = "CLDR" if other[0].file == CLDR_FILE else f"{other[0].file}:{at}"
                    problems.append(
                        Problem(
                            entry.file,
                            lines.get((entry.id, form), entry.line),
                            entry.id,
                            f"Arabic form '{form}' is also a form of {other[0].id} "
                            f"('{other[1]}', {where})",
                            "keep the form in one entry only",
                        )
                    )
                    break
