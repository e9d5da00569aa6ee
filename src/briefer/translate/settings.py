"""How the engine translates (Settings) and its word lists (Rules, data/translate.yaml)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefer.resources import data_table


@dataclass(frozen=True)
class Settings:
    """How the engine translates; the defaults suit a laptop CPU."""

    beam_size: int = 2
    threads: int = 0
    """CTranslate2 intra-op threads per batch (0: one; see workers)."""
    workers: int = 1
    """Batches decoded at once: CTranslate2 replicas (inter_threads), a core each."""
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
