"""The translation engine: memory first, then CTranslate2 on the installed Argos packages.

Each sentence (briefer's own segmentation) is looked up in the translation memory; the rest
go to the machine in length-sorted batches. Glossary terms are replaced by placeholders the
model copies through, checked and repaired after decoding, then rendered in the target
language (first mention in full, later mentions short, French articles and contractions).
Arabic to French pivots through the English produced for the English note.

What a build has translated before costs nothing: an article whose sentences, glossary,
memory, models and settings are unchanged comes whole from the cache (its fuzzy suggestions
too), so a rebuild neither matches terms nor loads a model nor scores fuzzy matches. The rest
goes to the machine batch by batch (decode.decode_batch), several batches at once
(Settings.workers), or through a runner that sends them to a cluster (briefer.cluster).
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
from briefer.stored import stored_or_none, to_plain
from briefer.translate import packages
from briefer.translate.cache import Cache, article_key, make_key
from briefer.translate.decode import (
    BatchRunner,
    LoadedModel,
    Segment,
    decode_segments,
    model_of,
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
    articles_cached: int = 0
    """Articles (in every language asked) that came whole from the cache."""


class Engine:
    """Translates articles with one glossary, memory and settings; models load once."""

    def __init__(
        self,
        glossary: Glossary,
        memory: Memory,
        settings: Settings | None = None,
        runner: BatchRunner | None = None,
    ):
        self.glossary = glossary
        self.memory = memory
        self.settings = settings or Settings()
        self.cache = Cache(self.settings.cache)
        self.stats = Stats()
        self.runner = runner
        """Where batches are decoded (None: here, decode.run_batches)."""
        self._infos: dict[str, packages.InstalledModel | None] = {}

    def translate(
        self, articles: Sequence[Article], langs: Iterable[str], progress: Progress | None = None
    ) -> dict[tuple[str, str], Translation]:
        """Translate every article into every language, keyed by (article id, lang)."""
        langs = tuple(langs)
        keys = {(a.id, lang): self._article_key(a, lang) for a in articles for lang in langs}
        stored = self.cache.get_many(list(keys.values()))
        out = {
            where: found
            for where, key in keys.items()
            if key in stored and (found := stored_or_none(Translation, stored[key])) is not None
        }
        todo = [a for a in articles if any((a.id, lang) not in out for lang in langs)]
        self.stats.articles_cached += len(articles) - len(todo)
        for where in [(a.id, lang) for a in todo for lang in langs]:
            out.pop(where, None)
        total = len(keys)

        def tick(where: tuple[str, str], translation: Translation) -> None:
            out[where] = translation
            if progress:
                progress(len(out), total)

        if progress:
            progress(len(out), total)
        if todo:
            fresh = self._translate(todo, langs, tick)
            self.cache.put_many({keys[where]: to_plain(t) for where, t in fresh.items()})
        return {(a.id, lang): out[(a.id, lang)] for lang in langs for a in articles}

    def _translate(
        self,
        articles: Sequence[Article],
        langs: tuple[str, ...],
        tick: Callable[[tuple[str, str], Translation], None],
    ) -> dict[tuple[str, str], Translation]:
        """Every article into every language, sentence by sentence."""
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
        fuzzy: dict[str, Any] = {}
        for lang in langs:
            for article in articles:
                done = self._render(article, plans[article.id], lang, results[lang], fuzzy)
                out[(article.id, lang)] = done
                tick((article.id, lang), done)
        self.cache.put_many(fuzzy)
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
        info = self._info(lang)
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
                key = self._key(sentence, plan, lang, info, source)
                cached = _Result.from_cache(self.cache.get(key))
                if cached is not None:
                    self.stats.cached += 1
                    results[where] = cached
                else:
                    pending.setdefault(source, []).append((where, key))
        if pending:
            model = model_of(info, self.settings) if info else None
            self._machine(pending, lang, model, results)
        return results

    def _pivot_source(self, english: _Result, plan: Protected) -> str | None:
        """The English a French hop starts from, its terms as placeholders; None if none."""
        if english.origin is Origin.UNTRANSLATED:
            return None
        if english.origin is Origin.MEMORY:
            return protect_target(english.text, plan.terms, self.glossary, PIVOT)
        return english.text

    def _info(self, lang: str) -> packages.InstalledModel | None:
        """The package of this hop (ar->en, or en->fr for the pivot), None when missing."""
        if lang not in self._infos:
            source = SOURCE if lang == PIVOT else PIVOT
            self._infos[lang] = packages.find(source, lang, self.settings.packages)
        return self._infos[lang]

    def _article_key(self, article: Article, lang: str) -> str:
        """Everything an article's translation into lang depends on, hashed."""
        hops = (self._info(PIVOT), self._info(lang))
        return article_key(
            [(s.index, s.text) for s in article.sentences],
            article.id,
            lang,
            [(m.from_code, m.to_code, m.version) if m else None for m in hops],
            self.glossary.version,
            self.memory.version,
            self.settings,
        )

    def _key(
        self,
        sentence: Sentence,
        plan: Protected,
        lang: str,
        info: packages.InstalledModel | None,
        source: str,
    ) -> str:
        versions = sorted(
            {(t.entry_id, self.glossary.entry_version(t.entry_id)) for t in plan.terms}
        )
        package = (info.from_code, info.to_code, info.version) if info else None
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
        decoded = decode_segments(model, segments, self.settings, self.runner)
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
        fuzzy: dict[str, Any],
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
                suggestions += self._suggestions(sentence, lang, fuzzy)
        machine = any(s.origin is Origin.MACHINE for s in sentences)
        pair = (self._info(PIVOT), self._info(lang)) if machine else ()
        hops = {(m.from_code, m.to_code, m.version) for m in pair if m}
        version = ", ".join(sorted(f"{a}->{b} {v}" for a, b, v in hops))
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

    def _suggestions(self, sentence: Sentence, lang: str, fresh: dict[str, Any]) -> list[str]:
        """The memory's near matches of a sentence, scored once per memory version."""
        threshold = self.settings.fuzzy_threshold
        key = make_key("fuzzy", memory_key(sentence.text), lang, threshold, self.memory.version)
        found = fresh.get(key)
        if found is None:
            found = self.cache.get(key)
        if found is None:
            matches = self.memory.fuzzy(sentence.text, lang, threshold)
            found = fresh[key] = [[m.score, m.target] for m in matches]
        return [f"sentence {sentence.index} ({score:.0%} match): {t}" for score, t in found]


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
    runner: BatchRunner | None = None,
) -> dict[tuple[str, str], Translation]:
    """Translate articles into langs (ar->fr through the English), keyed by (article id, lang)."""
    return Engine(glossary, memory, settings, runner).translate(articles, langs, progress)
