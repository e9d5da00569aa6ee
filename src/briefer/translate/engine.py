"""The translation engine: memory first, then CTranslate2 on the installed Argos packages.

Each sentence (briefer's own segmentation) is looked up in the translation memory; the rest
go to the machine in length-sorted batches. Glossary terms are replaced by placeholders the
model copies through, checked and repaired after decoding, then rendered in the target
language (first mention in full, later mentions short, French articles and contractions).
Arabic to French pivots through the English produced for the English note.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

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
from briefer.glossary.match import Glossary
from briefer.glossary.qa import rendered_form, titles_of
from briefer.translate import packages
from briefer.translate.cache import Cache, make_key
from briefer.translate.decode import (
    LoadedModel,
    Segment,
    decode_segments,
    load_model,
    split_clauses,
)
from briefer.translate.memory import Memory
from briefer.translate.memory import key as memory_key
from briefer.translate.protect import (
    CANONICAL,
    Mentions,
    Protected,
    Term,
    expected,
    protect,
    protect_target,
    restore,
)
from briefer.translate.settings import Settings

log = logging.getLogger(__name__)

SOURCE = "ar"
PIVOT = "en"
Progress = Callable[[int, int], None]


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

    @classmethod
    def from_cache(cls, data: Any) -> _Result | None:
        """A cached result, or None when there is none or it is not a result (a miss)."""
        if data is None:
            return None
        try:
            result = cls.from_json(data)
        except (KeyError, TypeError, ValueError):
            return None
        shaped = (
            isinstance(result.text, str)
            and all(isinstance(n, int) for n in result.repaired)
            and all(isinstance(p, str) for p in result.problems)
        )
        return result if shaped else None


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
                cached = _Result.from_cache(self.cache.get(key))
                if cached is not None:
                    self.stats.cached += 1
                    results[where] = cached
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
        versions = sorted(
            {(t.entry_id, self.glossary.entry_version(t.entry_id)) for t in plan.terms}
        )
        package = (model.info.from_code, model.info.to_code, model.info.version) if model else None
        return make_key(
            memory_key(sentence.text),
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
                f"{packages.install_command(source, lang)}; or pass --allow-untranslated",
                self.settings.packages or packages.packages_dir(),
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
            # An untranslated sentence has no rendering to check: its terms did not fail, the
            # translation did, and the note and build summary say so.
            checks = [
                self._check(sentence, t, lang, text, mentions, titles)
                for t in (plan.terms if text else ())
            ]
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
        return TermCheck(entry.id, sentence.index, present or expected(entry, lang, form), status)

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
