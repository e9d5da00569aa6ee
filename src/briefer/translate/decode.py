"""Decoding with CTranslate2: packages loaded once, sentences split at clause boundaries,
length-sorted batches, and placeholders the model lost forced back or repaired.

The batch is the unit of work: the segments sorted by length and cut into batch_size groups
(plan_batches), each decoded, retried and repaired on its own (decode_batch). What a batch
gives depends on its segments only, so batches may run in any order, at once on several
CTranslate2 replicas (Settings.workers: inter_threads, one intra thread each) or on other
machines (briefer.cluster), and the output is the same bytes. The translator itself loads on
the first batch: a build whose sentences all come from the cache never loads it.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from briefer.errors import ModelError
from briefer.translate import packages
from briefer.translate.protect import CANONICAL, CLOSE, OPEN, placeholder, tidy
from briefer.translate.settings import Settings, rules

log = logging.getLogger(__name__)


@dataclass
class LoadedModel:
    """An installed package: its tokenizer and placeholder form now, its translator when used."""

    info: packages.InstalledModel
    sp: Any
    placeholder: str
    pattern: re.Pattern[str]
    settings: Settings
    decodes: int = 0
    """Segments decoded by this process (retries included)."""
    _translator: Any = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def translator(self) -> Any:
        """The CTranslate2 translator, loaded on first use (once, whatever the threads)."""
        with self._lock:
            if self._translator is None:
                self._translator = _translator(self.info, self.settings)
            return self._translator

    @property
    def loaded(self) -> bool:
        """Whether the translator was loaded."""
        return self._translator is not None

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
    """The package of a pair, once per process (its translator on first use), or None."""
    info = packages.find(from_code, to_code, settings.packages)
    return None if info is None else model_of(info, settings)


def model_of(info: packages.InstalledModel, settings: Settings) -> LoadedModel:
    """The package at info, once per process and threading."""
    key = (str(info.path), info.version, settings.threads, settings.workers, settings.compute_type)
    if key not in _LOADED:
        _LOADED[key] = _load(info, settings)
    return _LOADED[key]


def _load(info: packages.InstalledModel, settings: Settings) -> LoadedModel:
    import sentencepiece

    try:
        sp = sentencepiece.SentencePieceProcessor(model_file=str(info.sentencepiece))
    except (RuntimeError, OSError, ValueError) as exc:
        raise _unloadable(info, exc) from exc
    form = choose_placeholder(sp)
    return LoadedModel(info, sp, form, _placeholder_pattern(form), settings)


def _translator(info: packages.InstalledModel, settings: Settings) -> Any:
    import ctranslate2

    try:
        translator = ctranslate2.Translator(
            str(info.model_dir),
            device="cpu",
            compute_type=settings.compute_type,
            inter_threads=settings.workers,
            intra_threads=settings.threads or 1,
        )
    except (RuntimeError, OSError, ValueError) as exc:
        raise _unloadable(info, exc) from exc
    log.info(
        "loaded %s->%s %s (%d replica(s))",
        info.from_code,
        info.to_code,
        info.version,
        settings.workers,
    )
    return translator


def _unloadable(info: packages.InstalledModel, exc: Exception) -> ModelError:
    return ModelError(
        f"cannot load the {info.from_code}->{info.to_code} package ({exc}); "
        f"reinstall it: {packages.install_command(info.from_code, info.to_code)}",
        info.path,
    )


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


Batch = Sequence[Segment]
BatchRunner = Callable[[LoadedModel, Sequence[Batch], Settings], Iterable[list["Decoded"]]]
"""Decodes batches (here, in threads, on a cluster); results in batch order."""


def plan_batches(
    model: LoadedModel, segments: Sequence[Segment], settings: Settings
) -> list[list[int]]:
    """The segments' indices sorted by length (in tokens) and cut into batches."""
    lengths = [len(model.encode(s.text)) for s in segments]
    order = sorted(range(len(segments)), key=lambda i: lengths[i])
    return [order[i : i + settings.batch_size] for i in range(0, len(order), settings.batch_size)]


def decode_segments(
    model: LoadedModel,
    segments: Sequence[Segment],
    settings: Settings,
    runner: BatchRunner | None = None,
) -> list[Decoded]:
    """Translate segments in length-sorted batches; check and repair their placeholders."""
    if not segments:
        return []
    batches = plan_batches(model, segments, settings)
    done = (runner or run_batches)(model, [[segments[i] for i in b] for b in batches], settings)
    out: dict[int, Decoded] = {}
    for batch, decoded in zip(batches, done, strict=True):
        out.update(zip(batch, decoded, strict=True))
    return [out[i] for i in range(len(segments))]


def run_batches(
    model: LoadedModel, batches: Sequence[Batch], settings: Settings
) -> Iterable[list[Decoded]]:
    """Decode batches here, as many at once as the translator has replicas."""
    if settings.workers <= 1 or len(batches) <= 1:
        return [decode_batch(model, b, settings) for b in batches]
    with ThreadPoolExecutor(settings.workers) as pool:
        return list(pool.map(lambda b: decode_batch(model, b, settings), batches))


def decode_batch(model: LoadedModel, segments: Batch, settings: Settings) -> list[Decoded]:
    """One batch: decoded, re-decoded where cut short, placeholders forced back or repaired."""
    tokens = [model.encode(s.text) for s in segments]
    limit = math.ceil(max(map(len, tokens)) * settings.length_ratio) + settings.length_margin
    decoded = _decode_growing(model, tokens, limit, settings)
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
    return Decoded(tidy(" ".join(words)), tuple(sorted(set(repaired))), decoded.problems)


def _plain_count(words: Sequence[str], end: int) -> int:
    """How many of words[:end] hold no placeholder."""
    return sum(1 for w in words[:end] if not CANONICAL.search(w))


def _word_share(words: Sequence[str], mark: str) -> float:
    """The share of plain words that come before mark in the source."""
    at = next(i for i, w in enumerate(words) if mark in w)
    return _plain_count(words, at) / max(_plain_count(words, len(words)), 1)
