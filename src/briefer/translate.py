"""The translation engine: memory first, then CTranslate2 on the installed Argos packages.

Each sentence (briefer's own segmentation) is looked up in the translation memory; the rest
go to the machine in length-sorted batches. Glossary terms are replaced by placeholders the
model copies through, checked and repaired after decoding, then rendered in the target
language (first mention in full, later mentions short, French articles and contractions).
Arabic to French pivots through the English produced for the English note.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefer import models
from briefer.cache import Cache, make_key
from briefer.documents import (
    Article,
    Origin,
    Sentence,
    TermCheck,
    TermStatus,
    TranslatedSentence,
    Translation,
)
from briefer.errors import ModelError
from briefer.glossary.phrase import phrase
from briefer.glossary.qa import rendered_form, titles_of
from briefer.resources import data_table

if TYPE_CHECKING:
    from briefer.glossary.entries import Entry
    from briefer.glossary.match import Glossary
    from briefer.memory import Memory

log = logging.getLogger(__name__)

SOURCE = "ar"
PIVOT = "en"
# Canonical placeholder inside briefer (private-use brackets); each package gets its own
# surface form, chosen by probing its SentencePiece vocabulary.
OPEN, CLOSE = "\ue000", "\ue001"
CANONICAL = re.compile(f"{OPEN}(\\d+){CLOSE}")
SPACES = re.compile(r"\s+")
# Only marks no language spaces before: French writes "Ankara : la visite", keep that.
SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,،؛)\]])")
SPACE_AFTER_OPEN = re.compile(r"([(\[])\s+")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Settings:
    """How the engine translates; the defaults suit a laptop CPU."""

    beam_size: int = 2
    threads: int = 0
    """CTranslate2 intra-op threads (0: let CTranslate2 decide)."""
    batch_size: int = 32
    compute_type: str = "default"
    max_source_tokens: int = 120
    """Sentences longer than this (in SentencePiece tokens) are split at clause boundaries."""
    length_ratio: float = 2.0
    length_margin: int = 16
    """max_decoding_length = ceil(source tokens * length_ratio) + length_margin."""
    length_retries: int = 2
    """How often a hypothesis that hit the length limit is re-decoded with twice the limit."""
    fuzzy_threshold: float = 0.75
    allow_untranslated: bool = False
    cache: Path | None = None
    """Directory of the on-disk cache (None: this process only)."""
    packages: Path | None = None
    """Directory of the Argos packages (None: argostranslate's, ARGOS_PACKAGES_DIR honoured)."""


@dataclass(frozen=True)
class Rules:
    """The engine's word lists, from briefer/data/translate.yaml."""

    placeholders: tuple[str, ...]
    max_terms: int
    clause_marks: tuple[str, ...]
    clause_words: tuple[str, ...]
    proclitics: frozenset[str]
    article: str
    absorb: Mapping[str, Mapping[str, str | None]]


@lru_cache(maxsize=1)
def rules() -> Rules:
    """Load the engine's data file once."""
    data = data_table("translate")
    return Rules(
        tuple(data["placeholders"]),
        int(data["max_terms"]),
        tuple(data["clause_marks"]),
        tuple(data["clause_words"]),
        frozenset(data["proclitic_letters"]),
        data["definite_article"],
        data["absorb"],
    )


# --------------------------------------------------------------------------- models


@dataclass
class LoadedModel:
    """An installed package loaded for decoding: translator, tokenizer, placeholder form."""

    info: models.InstalledModel
    translator: Any
    sp: Any
    placeholder: str
    pattern: re.Pattern[str]
    decodes: int = 0
    """Segments decoded by this process (retries included)."""

    def to_model(self, text: str) -> str:
        """Canonical placeholders -> this package's surface form."""
        return CANONICAL.sub(lambda m: self.placeholder.format(n=m.group(1)), text)

    def from_model(self, text: str) -> str:
        """This package's placeholders (spacing tolerated) -> canonical ones."""
        return self.pattern.sub(lambda m: f"{OPEN}{m.group(1)}{CLOSE}", text)

    def encode(self, text: str) -> list[str]:
        """SentencePiece pieces of a canonical text."""
        return list(self.sp.encode(self.to_model(text), out_type=str))

    def decode(self, pieces: Sequence[str]) -> str:
        """Canonical text of output pieces."""
        return self.from_model(self.sp.decode(list(pieces)))


_LOADED: dict[tuple[Any, ...], LoadedModel] = {}


def load_model(from_code: str, to_code: str, settings: Settings) -> LoadedModel | None:
    """The package of a pair loaded once per process, or None when it is not installed."""
    info = models.find(from_code, to_code, settings.packages)
    if info is None:
        return None
    key = (str(info.path), info.version, settings.threads, settings.compute_type)
    if key not in _LOADED:
        _LOADED[key] = _load(info, settings)
    return _LOADED[key]


def _load(info: models.InstalledModel, settings: Settings) -> LoadedModel:
    import ctranslate2
    import sentencepiece

    try:
        translator = ctranslate2.Translator(
            str(info.model_dir),
            device="cpu",
            compute_type=settings.compute_type,
            inter_threads=1,
            intra_threads=settings.threads,
        )
        sp = sentencepiece.SentencePieceProcessor(model_file=str(info.sentencepiece))
    except (RuntimeError, OSError, ValueError) as exc:
        raise ModelError(
            f"cannot load the {info.from_code}->{info.to_code} package ({exc}); "
            f"reinstall it: {models.install_command(info.from_code, info.to_code)}",
            info.path,
        ) from exc
    form = choose_placeholder(sp)
    log.info("loaded %s->%s %s (placeholder %s)", info.from_code, info.to_code, info.version, form)
    return LoadedModel(info, translator, sp, form, _placeholder_pattern(form))


def choose_placeholder(sp: Any, forms: Sequence[str] | None = None) -> str:
    """The first placeholder form every number of which survives the SentencePiece model."""
    candidates = list(forms or rules().placeholders)
    for form in candidates:
        if all(_survives(sp, form.format(n=n)) for n in range(1, rules().max_terms + 1)):
            return form
    log.warning(
        "no placeholder form survives this vocabulary intact; using %s, and relying "
        "on the repair of dropped terms",
        candidates[-1],
    )
    return candidates[-1]


def _survives(sp: Any, placeholder: str) -> bool:
    probe = f"كلمة {placeholder} word"
    ids = sp.encode(probe)
    return sp.unk_id() not in ids and sp.decode(ids) == probe


def _placeholder_pattern(form: str) -> re.Pattern[str]:
    head, tail = form.split("{n}")
    parts = [re.escape(head.strip()), r"\s*(\d+)\s*", re.escape(tail.strip())]
    return re.compile("".join(parts))


# --------------------------------------------------------------------------- protection


@dataclass(frozen=True)
class Term:
    """A glossary term of a source sentence, replaced by placeholder `number`."""

    number: int
    entry_id: str
    written: str = ""
    """The term as the source writes it (proclitics excluded)."""


@dataclass(frozen=True)
class Protected:
    """A sentence with its glossary terms replaced by canonical placeholders."""

    text: str
    terms: tuple[Term, ...]


def placeholder(number: int) -> str:
    """The canonical placeholder of a term number."""
    return f"{OPEN}{number}{CLOSE}"


def protect(text: str, glossary: Glossary) -> Protected:
    """Replace each glossary match (proclitics kept as a word of their own) by a placeholder."""
    out: list[str] = []
    terms: list[Term] = []
    at = 0
    for match in glossary.match(text)[: rules().max_terms]:
        number = len(terms) + 1
        clitic = _detached_proclitic(match.prefix)
        out.append(text[at : match.start])
        out.append(f"{clitic} {placeholder(number)}" if clitic else placeholder(number))
        terms.append(Term(number, match.entry.id, text[match.term_start : match.end]))
        at = match.end
    out.append(text[at:])
    return Protected("".join(out), tuple(terms))


def _detached_proclitic(prefix: str) -> str:
    """The proclitic letters without the definite article: "بال" -> "ب", "لل" -> "ل"."""
    article = rules().article
    if prefix.endswith(article):
        prefix = prefix[: -len(article)]
    elif prefix.endswith("لل"):
        prefix = prefix[:-1]
    return "".join(c for c in prefix if c in rules().proclitics)


def protect_target(text: str, terms: Sequence[Term], glossary: Glossary, lang: str) -> str:
    """Re-protect the terms in a human translation (longest accepted form first)."""
    for term in terms:
        entry = glossary.get(term.entry_id)
        for form in sorted(set(entry.rendering(lang).forms), key=len, reverse=True):
            pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")
            if form and pattern.search(text):
                text = pattern.sub(placeholder(term.number), text, count=1)
                break
    return text


# --------------------------------------------------------------------------- decoding


@dataclass(frozen=True)
class Segment:
    """One unit of decoding: a sentence or a clause of one, in canonical form."""

    text: str
    numbers: tuple[int, ...]


@dataclass(frozen=True)
class Decoded:
    """The machine's output for one segment, placeholders checked and repaired."""

    text: str
    repaired: tuple[int, ...] = ()
    problems: tuple[str, ...] = ()


def split_clauses(text: str, model: LoadedModel, limit: int) -> list[str]:
    """Split text at clause boundaries until each part has at most limit tokens."""
    if len(model.encode(text)) <= limit:
        return [text]
    cut = _best_cut(text)
    if cut is None:
        return [text]
    head, tail = text[:cut].strip(), text[cut:].strip()
    return split_clauses(head, model, limit) + split_clauses(tail, model, limit)


def _best_cut(text: str) -> int | None:
    """The clause boundary nearest the middle (after a mark, or before a conjunction word)."""
    r = rules()
    cuts = [i + 1 for i, c in enumerate(text) if c in r.clause_marks and text[i + 1 : i + 2] == " "]
    words = "|".join(re.escape(w) for w in r.clause_words)
    cuts += [m.start() + 1 for m in re.finditer(f" (?:{words}) ", text)]
    if not cuts:
        cuts = [m.start() for m in re.finditer(" ", text)]
    cuts = [c for c in cuts if 0 < c < len(text) - 1]
    return min(cuts, key=lambda c: abs(c - len(text) / 2)) if cuts else None


def decode_segments(
    model: LoadedModel, segments: Sequence[Segment], settings: Settings
) -> list[Decoded]:
    """Translate segments in length-sorted batches; check and repair their placeholders."""
    if not segments:
        return []
    tokens = [model.encode(s.text) for s in segments]
    decoded = _translate(model, tokens, settings)
    hyps = [hyp for hyp, _ in decoded]
    problems = [
        ("the translation reached the length limit and may be cut short",) if truncated else ()
        for _, truncated in decoded
    ]
    forced = _force_missing(model, tokens, segments, hyps, settings)
    return [
        _repair(seg, Decoded(model.decode(hyp), tuple(done), probs))
        for seg, hyp, done, probs in zip(segments, hyps, forced, problems, strict=True)
    ]


def _translate(
    model: LoadedModel, tokens: Sequence[list[str]], settings: Settings
) -> list[tuple[list[str], bool]]:
    """Best hypothesis per input and whether it hit the length limit (after retries)."""
    order = sorted(range(len(tokens)), key=lambda i: len(tokens[i]))
    out: dict[int, tuple[list[str], bool]] = {}
    for start in range(0, len(order), settings.batch_size):
        chunk = order[start : start + settings.batch_size]
        longest = max(len(tokens[i]) for i in chunk)
        limit = math.ceil(longest * settings.length_ratio) + settings.length_margin
        for i, result in zip(
            chunk, _decode_growing(model, [tokens[i] for i in chunk], limit, settings), strict=True
        ):
            out[i] = result
    return [out[i] for i in range(len(tokens))]


def _decode_growing(
    model: LoadedModel, batch: list[list[str]], limit: int, settings: Settings
) -> list[tuple[list[str], bool]]:
    """Decode; re-decode with twice the limit what filled it, so nothing is cut silently."""
    hyps = _run(model, batch, limit, settings)
    results = [(h, len(h) >= limit) for h in hyps]
    for _ in range(settings.length_retries):
        cut = [i for i, (_, truncated) in enumerate(results) if truncated]
        if not cut:
            break
        limit *= 2
        log.info("%d hypotheses hit the length limit; re-decoding with %d", len(cut), limit)
        for i, h in zip(cut, _run(model, [batch[i] for i in cut], limit, settings), strict=True):
            results[i] = (h, len(h) >= limit)
    return results


def _run(
    model: LoadedModel,
    batch: list[list[str]],
    limit: int,
    settings: Settings,
    prefixes: list[list[str]] | None = None,
) -> list[list[str]]:
    model.decodes += len(batch)
    results = model.translator.translate_batch(
        batch,
        target_prefix=prefixes,
        beam_size=settings.beam_size,
        num_hypotheses=1,
        max_decoding_length=limit,
        max_batch_size=settings.batch_size,
        replace_unknowns=True,
        length_penalty=0.2,
    )
    return [list(r.hypotheses[0]) for r in results]


def _count(text: str, number: int) -> int:
    return text.count(placeholder(number))


def _aligned_prefix(
    model: LoadedModel, source: list[str], hyp: list[str], number: int
) -> list[str]:
    """Target tokens up to where the missing placeholder aligns, then the placeholder."""
    wanted = model.encode(placeholder(number))
    core = [p for p in wanted if p != "\u2581"] or wanted
    at = next((i for i in range(len(source)) if source[i : i + len(core)] == core), len(source))
    aligned = round(at * len(hyp) / max(len(source), 1))
    return hyp[:aligned] + core


def _missing(model: LoadedModel, segment: Segment, hyp: list[str]) -> list[int]:
    text = model.decode(hyp)
    return [n for n in segment.numbers if _count(text, n) == 0]


def _force_missing(
    model: LoadedModel,
    tokens: Sequence[list[str]],
    segments: Sequence[Segment],
    hyps: list[list[str]],
    settings: Settings,
) -> list[list[int]]:
    """Re-decode segments that lost placeholders, forcing each through target_prefix in turn.

    A retry is kept only when it adds the placeholder and loses none; hyps is updated in
    place. Returns, per segment, the numbers this repaired.
    """
    repaired: list[list[int]] = [[] for _ in segments]
    stuck: set[tuple[int, int]] = set()
    for _ in range(rules().max_terms):
        todo = [
            (i, n)
            for i, seg in enumerate(segments)
            for n in _missing(model, seg, hyps[i])[:1]
            if (i, n) not in stuck
        ]
        if not todo:
            break
        prefixes = [_aligned_prefix(model, tokens[i], hyps[i], n) for i, n in todo]
        batch = [tokens[i] for i, _ in todo]
        limit = (
            max(math.ceil(max(map(len, batch)) * settings.length_ratio), max(map(len, prefixes)))
            + settings.length_margin
        )
        for (i, n), hyp in zip(todo, _run(model, batch, limit, settings, prefixes), strict=True):
            before = set(segments[i].numbers) - set(_missing(model, segments[i], hyps[i]))
            after = set(segments[i].numbers) - set(_missing(model, segments[i], hyp))
            if n in after and before <= after and _count(model.decode(hyp), n) == 1:
                hyps[i] = hyp
                repaired[i].append(n)
            else:
                stuck.add((i, n))
    return repaired


def _repair(segment: Segment, decoded: Decoded) -> Decoded:
    """Re-insert placeholders still missing at their aligned word; drop extra copies."""
    if all(decoded.text.count(placeholder(n)) == 1 for n in segment.numbers):
        return decoded
    # Each placeholder becomes a word of its own, so copies glued together can be counted.
    words = CANONICAL.sub(r" \g<0> ", decoded.text).split()
    repaired = list(decoded.repaired)
    for n in segment.numbers:
        mark = placeholder(n)
        found = [i for i, w in enumerate(words) if mark in w]
        if len(found) == 1:
            continue
        repaired.append(n)
        want = _word_share(segment.text.split(), mark) * _plain_count(words, len(words))
        if not found:
            at = next(
                (i for i in range(len(words) + 1) if _plain_count(words, i) >= round(want)),
                len(words),
            )
            words.insert(at, mark)
            continue
        keep = min(found, key=lambda i: abs(_plain_count(words, i) - want))
        for i in sorted((i for i in found if i != keep), reverse=True):
            words[i] = words[i].replace(mark, "")
    return Decoded(_tidy(" ".join(words)), tuple(sorted(set(repaired))), decoded.problems)


def _plain_count(words: Sequence[str], end: int) -> int:
    """How many of words[:end] hold no placeholder."""
    return sum(1 for w in words[:end] if not CANONICAL.search(w))


def _word_share(words: Sequence[str], mark: str) -> float:
    """The share of plain words that come before mark in the source."""
    at = next(i for i, w in enumerate(words) if mark in w)
    return _plain_count(words, at) / max(_plain_count(words, len(words)), 1)


def _tidy(text: str) -> str:
    text = SPACE_BEFORE_PUNCT.sub(r"\1", SPACES.sub(" ", text))
    return SPACE_AFTER_OPEN.sub(r"\1", text).strip()


# --------------------------------------------------------------------------- rendering


@dataclass
class Mentions:
    """Which entries a document has already named, per language."""

    seen: set[str] = field(default_factory=set)

    def form(self, entry_id: str) -> str:
        first = entry_id not in self.seen
        self.seen.add(entry_id)
        return "first" if first else "later"


def restore(
    text: str, terms: Sequence[Term], glossary: Glossary, lang: str, mentions: Mentions
) -> tuple[str, dict[int, str]]:
    """Replace placeholders by the rendering, with article/contraction; return the renderings."""
    by_number = {t.number: t for t in terms}
    rendered: dict[int, str] = {}
    out = ""
    at = 0
    for m in CANONICAL.finditer(text):
        term = by_number.get(int(m.group(1)))
        before = text[at : m.start()]
        at = m.end()
        if term is None:
            out += before
            continue
        entry = glossary.get(term.entry_id)
        form = mentions.form(entry.id)
        before, preposition = _absorb(before, lang)
        words = phrase(entry, lang, form, preposition)
        if not (out + before).strip(" \"'«("):
            words = words[:1].upper() + words[1:]
        rendered[term.number] = _expected(entry, lang, form)
        out += before + words
    return _tidy(out + text[at:]), rendered


def _absorb(before: str, lang: str) -> tuple[str, str | None]:
    """Drop an article or preposition written just before a term; phrase() writes it."""
    table = rules().absorb.get(lang, {})
    for words in sorted(table, key=len, reverse=True):
        pattern = re.compile(rf"(?i)(^|\s){re.escape(words)}\s*$")
        found = pattern.search(before)
        if found:
            return before[: found.start()] + found.group(1), table[words]
    return before, None


def _expected(entry: Entry, lang: str, form: str) -> str:
    rendering = entry.rendering(lang)
    return rendering.first_mention if form == "first" else rendering.later_mention


# --------------------------------------------------------------------------- engine


@dataclass(frozen=True)
class _Result:
    """One sentence in one language before rendering: canonical text and term states."""

    text: str
    origin: Origin
    repaired: tuple[int, ...] = ()
    problems: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "origin": self.origin.value,
            "repaired": list(self.repaired),
            "problems": list(self.problems),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> _Result:
        return cls(
            data["text"], Origin(data["origin"]), tuple(data["repaired"]), tuple(data["problems"])
        )


@dataclass
class Stats:
    """What the engine did in one run."""

    memory: int = 0
    cached: int = 0
    machine: int = 0
    untranslated: int = 0


class Engine:
    """Translates articles with one glossary, memory and settings; models load once."""

    def __init__(self, glossary: Glossary, memory: Memory, settings: Settings | None = None):
        self.glossary = glossary
        self.memory = memory
        self.settings = settings or Settings()
        self.cache = Cache(self.settings.cache)
        self.stats = Stats()

    def translate(
        self, articles: Sequence[Article], langs: Iterable[str], progress: Progress | None = None
    ) -> dict[tuple[str, str], Translation]:
        """Translate every article into every language, keyed by (article id, lang)."""
        langs = tuple(langs)
        plans = {a.id: [protect(s.text, self.glossary) for s in a.sentences] for a in articles}
        # French alone needs English only for the sentences its memory does not cover.
        needed = (
            None
            if PIVOT in langs
            else {
                (a.id, s.index)
                for a in articles
                for s in a.sentences
                if self.memory.exact(s.text, "fr") is None
            }
        )
        english = self._hop(articles, plans, PIVOT, None, needed) if langs else {}
        results = {PIVOT: english}
        if "fr" in langs:
            results["fr"] = self._hop(articles, plans, "fr", english)
        out: dict[tuple[str, str], Translation] = {}
        total = len(articles) * len(langs)
        for lang in langs:
            for article in articles:
                out[(article.id, lang)] = self._render(
                    article, plans[article.id], lang, results[lang]
                )
                if progress:
                    progress(len(out), total)
        log.info(
            "translated %d sentence(s) by machine, %d from cache, %d from memory, %d untranslated",
            self.stats.machine,
            self.stats.cached,
            self.stats.memory,
            self.stats.untranslated,
        )
        return out

    # -- one hop: every sentence of every article into lang

    def _hop(
        self,
        articles: Sequence[Article],
        plans: Mapping[str, list[Protected]],
        lang: str,
        english: Mapping[tuple[str, int], _Result] | None,
        needed: set[tuple[str, int]] | None = None,
    ) -> dict[tuple[str, int], _Result]:
        """Results for every sentence (or the needed ones): memory, cache, or the machine."""
        model = self._model(lang)
        results: dict[tuple[str, int], _Result] = {}
        pending: dict[str, list[tuple[tuple[str, int], str]]] = {}
        for article in articles:
            for sentence, plan in zip(article.sentences, plans[article.id], strict=True):
                where = (article.id, sentence.index)
                if needed is not None and where not in needed:
                    continue
                human = self.memory.exact(sentence.text, lang)
                if human is not None:
                    self.stats.memory += 1
                    results[where] = _Result(human, Origin.MEMORY)
                    continue
                source = plan.text if english is None else self._pivot_source(english[where], plan)
                if source is None:
                    results[where] = self._untranslated(
                        lang, "the English it pivots through is untranslated"
                    )
                    continue
                key = self._key(sentence, plan, lang, model, source)
                cached = self.cache.get(key)
                if cached is not None:
                    self.stats.cached += 1
                    results[where] = _Result.from_json(cached)
                else:
                    pending.setdefault(source, []).append((where, key))
        if pending:
            self._machine(pending, lang, model, results)
        return results

    def _pivot_source(self, english: _Result, plan: Protected) -> str | None:
        """The English a French hop starts from, its terms as placeholders; None if none."""
        if english.origin is Origin.UNTRANSLATED:
            return None
        if english.origin is Origin.MEMORY:
            return protect_target(english.text, plan.terms, self.glossary, PIVOT)
        return english.text

    def _model(self, lang: str) -> LoadedModel | None:
        """The model of this hop (ar->en, or en->fr for the pivot), None when missing."""
        return load_model(SOURCE if lang == PIVOT else PIVOT, lang, self.settings)

    def _key(
        self, sentence: Sentence, plan: Protected, lang: str, model: LoadedModel | None, source: str
    ) -> str:
        from briefer.memory import key as normal

        versions = sorted(
            {(t.entry_id, self.glossary.entry_version(t.entry_id)) for t in plan.terms}
        )
        package = (model.info.from_code, model.info.to_code, model.info.version) if model else None
        return make_key(
            normal(sentence.text),
            source,
            SOURCE,
            lang,
            package,
            versions,
            self.memory.version,
            self.settings.beam_size,
        )

    def _untranslated(self, lang: str, why: str | None = None) -> _Result:
        self.stats.untranslated += 1
        source = SOURCE if lang == PIVOT else PIVOT
        why = why or f"no {source}->{lang} model and no translation-memory match"
        return _Result("", Origin.UNTRANSLATED, (), (f"untranslated: {why}",))

    def _machine(
        self,
        pending: Mapping[str, list[tuple[tuple[str, int], str]]],
        lang: str,
        model: LoadedModel | None,
        results: dict[tuple[str, int], _Result],
    ) -> None:
        """Decode every pending source once; fill results and the cache."""
        if model is None:
            self._missing_model(pending, lang, results)
            return
        sources = list(pending)
        segments: list[Segment] = []
        spans: list[tuple[int, int]] = []
        for text in sources:
            parts = split_clauses(text, model, self.settings.max_source_tokens)
            spans.append((len(segments), len(segments) + len(parts)))
            segments += [Segment(p, tuple(int(n) for n in CANONICAL.findall(p))) for p in parts]
        decoded = decode_segments(model, segments, self.settings)
        fresh: dict[str, Any] = {}
        for text, (a, b) in zip(sources, spans, strict=True):
            done = decoded[a:b]
            result = _Result(
                " ".join(d.text for d in done),
                Origin.MACHINE,
                tuple(sorted({n for d in done for n in d.repaired})),
                tuple(dict.fromkeys(p for d in done for p in d.problems)),
            )
            for where, key in pending[text]:
                fresh[key] = result.to_json()
                results[where] = result
                self.stats.machine += 1
        self.cache.put_many(fresh)

    def _missing_model(
        self,
        pending: Mapping[str, list[tuple[tuple[str, int], str]]],
        lang: str,
        results: dict[tuple[str, int], _Result],
    ) -> None:
        source = SOURCE if lang == PIVOT else PIVOT
        count = sum(len(v) for v in pending.values())
        if not self.settings.allow_untranslated:
            raise ModelError(
                f"no {source}->{lang} translation model is installed and {count} sentence(s) "
                f"have no translation-memory match; install it: "
                f"{models.install_command(source, lang)}; or pass --allow-untranslated",
                self.settings.packages or models.packages_dir(),
            )
        for where, _ in (w for ws in pending.values() for w in ws):
            results[where] = self._untranslated(lang)

    # -- rendering one article

    def _render(
        self,
        article: Article,
        plans: Sequence[Protected],
        lang: str,
        results: Mapping[tuple[str, int], _Result],
    ) -> Translation:
        mentions = Mentions()
        sentences: list[TranslatedSentence] = []
        checks: list[TermCheck] = []
        suggestions: list[str] = []
        # The article's terms are already matched in its plans: no second pass over the text.
        named = (self.glossary.get(t.entry_id) for plan in plans for t in plan.terms)
        titles = titles_of(named, lang)
        for sentence, plan in zip(article.sentences, plans, strict=True):
            result = results[(article.id, sentence.index)]
            done, terms = self._sentence(sentence, plan, lang, result, mentions, titles)
            sentences.append(done)
            checks += terms
            if result.origin is not Origin.MEMORY:
                suggestions += self._suggestions(sentence, lang)
        machine = any(s.origin is Origin.MACHINE for s in sentences)
        pair = (self._model(PIVOT), self._model(lang)) if machine else ()
        hops = list({id(m): m for m in pair if m}.values())
        version = ", ".join(
            sorted(f"{m.info.from_code}->{m.info.to_code} {m.info.version}" for m in hops)
        )
        return Translation(
            article.id, lang, tuple(sentences), tuple(checks), tuple(suggestions), version or None
        )

    def _sentence(
        self,
        sentence: Sentence,
        plan: Protected,
        lang: str,
        result: _Result,
        mentions: Mentions,
        titles: tuple[str, ...],
    ) -> tuple[TranslatedSentence, list[TermCheck]]:
        if result.origin is not Origin.MACHINE:
            # Approved translations are used as written; untranslated ones stay in Arabic.
            text = result.text if result.origin is Origin.MEMORY else ""
            checks = [self._check(sentence, t, lang, text, mentions, titles) for t in plan.terms]
            problems = list(result.problems) + _failures(checks)
            shown = text or sentence.text
            return (
                TranslatedSentence(
                    sentence.index, sentence.text, shown, result.origin, tuple(problems)
                ),
                checks,
            )
        text, rendered = restore(result.text, plan.terms, self.glossary, lang, mentions)
        checks = []
        for term in plan.terms:
            if term.number in rendered:
                status = (
                    TermStatus.REPAIRED if term.number in result.repaired else TermStatus.APPLIED
                )
                checks.append(
                    TermCheck(term.entry_id, sentence.index, rendered[term.number], status)
                )
            else:
                checks.append(self._check(sentence, term, lang, text, mentions, titles))
        problems = list(result.problems) + _failures(checks)
        return (
            TranslatedSentence(sentence.index, sentence.text, text, result.origin, tuple(problems)),
            checks,
        )

    def _check(
        self,
        sentence: Sentence,
        term: Term,
        lang: str,
        text: str,
        mentions: Mentions,
        titles: tuple[str, ...],
    ) -> TermCheck:
        """A term not placed by a placeholder: accepted if an accepted form is in the text."""
        entry = self.glossary.get(term.entry_id)
        form = mentions.form(entry.id)
        present = (
            rendered_form(text, self.glossary, entry, lang, titles, term.written) if text else None
        )
        status = TermStatus.APPLIED if present else TermStatus.FAILED
        return TermCheck(entry.id, sentence.index, present or _expected(entry, lang, form), status)

    def _suggestions(self, sentence: Sentence, lang: str) -> list[str]:
        matches = self.memory.fuzzy(sentence.text, lang, self.settings.fuzzy_threshold)
        return [f"sentence {sentence.index} ({m.score:.0%} match): {m.target}" for m in matches]


def _failures(checks: Sequence[TermCheck]) -> list[str]:
    return [
        f"{c.entry_id}: rendering {c.rendering!r} missing"
        for c in checks
        if c.status is TermStatus.FAILED
    ]


def translate_articles(
    articles: Sequence[Article],
    langs: Iterable[str],
    glossary: Glossary,
    memory: Memory,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> dict[tuple[str, str], Translation]:
    """Translate articles into langs (ar->fr through the English), keyed by (article id, lang)."""
    return Engine(glossary, memory, settings).translate(articles, langs, progress)


def qa_report(translation: Translation) -> dict[str, Any]:
    """The QA summary of one translation: terms found, rendered, and the problems."""
    problems = [f"sentence {s.index}: {p}" for s in translation.sentences for p in s.problems]
    problems += [
        f"sentence {c.sentence}: {c.entry_id} {c.status.value}: {c.rendering}"
        for c in translation.terms
        if c.status is TermStatus.REPAIRED
    ]
    return {
        "terms_found": len(translation.terms),
        "terms_rendered": sum(c.status is not TermStatus.FAILED for c in translation.terms),
        "problems": problems,
        "terms": [
            {
                "entry": c.entry_id,
                "sentence": c.sentence,
                "rendering": c.rendering,
                "status": c.status.value,
            }
            for c in translation.terms
        ],
        "suggestions": list(translation.suggestions),
    }


def with_settings(settings: Settings, **overrides: Any) -> Settings:
    """Settings with the given fields replaced (None leaves a field unchanged)."""
    return replace(settings, **{k: v for k, v in overrides.items() if v is not None})
