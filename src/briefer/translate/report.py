"""The QA summary of a translation, as `briefer translate --format json` prints it."""

from __future__ import annotations

from typing import Any

from briefer.documents import TermStatus, Translation


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
