"""Building an entry from the values written for it, every problem named with its line and fix."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from briefer.glossary.countries import cldr_entry, country_codes
from briefer.glossary.entries import (
    LANGS,
    PROVISIONAL,
    REVIEW_STATUSES,
    Entry,
    Problem,
    Rendering,
    Title,
)
from briefer.glossary.match import form_keys
from briefer.glossary.phrase import vowel_initial
from briefer.glossary.rules import rules

RENDERING_KEYS = ("full", "short", "acronym", "gender", "article", "elided", "feminine", "plural")
ENTRY_KEYS = (
    "id",
    "kind",
    "country",
    "arabic",
    "en",
    "fr",
    "titles",
    "note",
    "source",
    "review",
    "checked",
)
TITLE_KEYS = ("en", "fr", "from", "to")
ID_PATTERN = re.compile(r"^[a-z]+\.[A-Za-z0-9][A-Za-z0-9._-]*$")


@dataclass(frozen=True)
class RawEntry:
    """An entry's values as written (YAML file, CSV row, TBX entry), with the line of each key
    and Arabic form."""

    path: Path
    line: int
    values: Mapping[str, Any]
    lines: Mapping[str, int]
    form_lines: tuple[int, ...]


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
        bad("id", f"bad id {entry_id!r}", "use a prefix, a dot and a name, e.g. 'org.dgsn'")
    for key in v:
        if key not in ENTRY_KEYS:
            bad(key, f"unknown key {key!r}", f"use only: {', '.join(ENTRY_KEYS)}")
    kind = v.get("kind")
    kinds = rules().kinds
    if not isinstance(kind, str) or kind not in kinds:
        bad(
            "kind",
            _kind_problem(kind),
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
    for key in ("note", "source", "checked"):
        if v.get(key) is not None and not isinstance(v[key], str):
            bad(key, f"'{key}' is not text", f"quote the {key}")
    review = _review(v, bad)
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
        review=review,
        checked=v.get("checked"),
        file=raw.path,
        line=raw.line,
    )


def _review(v: Mapping[str, Any], bad: Any) -> str:
    """approved (the default) or provisional; a provisional entry says what it still lacks."""
    status = v.get("review", "approved")
    if status not in REVIEW_STATUSES:
        bad(
            "review",
            f"unknown review status {status!r}",
            f"write 'review: approved' or 'review: {PROVISIONAL}'",
        )
        return "approved"
    if status == PROVISIONAL and not (isinstance(v.get("checked"), str) and v["checked"].strip()):
        bad(
            "review",
            "a provisional entry does not say what it was checked against",
            "add 'checked: ...' naming the source used and what is still to confirm",
        )
    return str(status)


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
            f"bad country code {code!r}",
            "use an ISO 3166-1 alpha-2 code in capitals, e.g. MA, ES, TR, AE",
        )
        return None
    if kind == "country" and entry_id != f"country.{code}":
        bad("id", f"a country entry's id must be 'country.{code}'", f"rename it country.{code}")
    return code


def _kind_problem(kind: object) -> str:
    if kind is None or kind == "":
        return "entry has no kind"
    return f"unknown kind {kind!r}" if isinstance(kind, str) else "'kind' is not text"


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
    for form, line in zip(forms, form_lines(raw, len(forms)), strict=True):
        if not form_keys(form):
            bad(
                "arabic",
                f"Arabic form '{form}' has no letters",
                "write the name in Arabic letters",
                line,
            )
    return tuple(f.strip() for f in forms)


def form_lines(raw: RawEntry, count: int) -> tuple[int, ...]:
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
