"""Who gets what: clearances, languages, refusals, and the publish log that remembers."""

from __future__ import annotations

import email
from dataclasses import dataclass
from email import policy
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefer.config import LEVELS, Recipient
from briefer.errors import PublishError
from briefer.publish import journal
from briefer.publish.bundle import read_release
from briefer.publish.recipients import Levels, check_share, plan
from briefer.publish.workflow import PublishOptions, publish
from publish_support import load_config


@dataclass(frozen=True)
class Doc:
    lang: str
    classification: str


LEVEL = Levels(LEVELS)
recipients = st.lists(
    st.builds(
        Recipient,
        name=st.just("someone"),
        address=st.integers(0, 10**6).map(lambda n: f"r{n}@example.org"),
        languages=st.lists(st.sampled_from(["en", "fr"]), min_size=1, unique=True).map(tuple),
        clearance=st.sampled_from(LEVELS),
    ),
    max_size=8,
    unique_by=lambda r: r.address,
)
documents = st.lists(
    st.builds(Doc, lang=st.sampled_from(["en", "fr"]), classification=st.sampled_from(LEVELS)),
    max_size=12,
)


@given(recipients, documents)
def test_a_document_goes_exactly_to_those_cleared_for_it_in_its_language(
    people: list[Recipient], docs: list[Doc]
) -> None:
    named = [(f"doc{i}", d) for i, d in enumerate(docs)]
    shares, withheld = plan(named, people, LEVEL)
    for person in people:
        got = shares.get(person.address, [])
        for doc in got:
            assert LEVELS.index(doc.classification) <= LEVELS.index(person.clearance)
            assert doc.lang in person.languages
        entitled = [
            d
            for _, d in named
            if d.lang in person.languages
            and LEVELS.index(d.classification) <= LEVELS.index(person.clearance)
        ]
        assert got == entitled
    for held in withheld:
        assert LEVELS.index(held.classification) > LEVELS.index(held.recipient.clearance)


def test_restricted_is_never_addressed_to_an_unclassified_recipient(publishing: Path) -> None:
    report = publish(load_config(publishing), PublishOptions())
    assert report.release is not None
    addressed = {m.recipient.address for m in report.pending}
    assert addressed == {"desk@example.org", "paris@example.org"}
    assert {(w.recipient.address, w.classification) for w in report.withheld} == {
        ("press@example.org", "RESTRICTED")
    }
    assert len(report.withheld) == 6
    mail = report.release.folder / "mail"
    assert sorted(p.name for p in mail.iterdir()) == [
        "desk@example.org.eml",
        "paris@example.org.eml",
    ]
    manifest = {f.path: f for f in read_release(report.release.folder).files}
    cleared = {"desk@example.org": "RESTRICTED", "paris@example.org": "SECRET"}
    for eml in mail.iterdir():
        message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
        address = eml.name.removesuffix(".eml")
        for part in message.iter_attachments():  # type: ignore[attr-defined]
            stem, lang, _ = str(part.get_filename()).rsplit(".", 2)
            level = manifest[f"{lang}/{stem}.pdf"].classification
            assert LEVELS.index(level) <= LEVELS.index(cleared[address])


def test_an_over_share_is_refused_before_composing() -> None:
    press = Recipient("Press office", "press@example.org", ("en",), "UNCLASSIFIED")
    with pytest.raises(PublishError, match="refusing to send en/a.pdf \\(RESTRICTED\\)"):
        check_share(LEVEL, press, [("en/a.pdf", Doc("en", "RESTRICTED"))])
    with pytest.raises(PublishError, match="asks for en"):
        check_share(LEVEL, press, [("fr/a.pdf", Doc("fr", "UNCLASSIFIED"))])
    check_share(LEVEL, press, [("en/a.pdf", Doc("en", "UNCLASSIFIED"))])


def test_an_unknown_level_on_a_document_is_refused_with_its_name() -> None:
    desk = Recipient("Desk", "desk@example.org", ("en",), "SECRET")
    with pytest.raises(PublishError, match="en/a.pdf: classification 'TOP SECRET' is unknown"):
        plan([("en/a.pdf", Doc("en", "TOP SECRET"))], [desk], LEVEL)


def test_the_log_is_append_only_and_survives_a_torn_last_line(tmp_path: Path) -> None:
    log = journal.Journal(tmp_path / "releases" / journal.LOG_NAME)
    log.append({"event": "addressed", "release": "r1", "recipient": "a@example.org"})
    log.append({"event": "addressed", "release": "r1", "recipient": "b@example.org"})
    log.append({"event": "delivered", "release": "r1", "recipient": "a@example.org"})
    with log.path.open("a") as handle:
        handle.write('{"event": "delivered", "release": "r1", "recipient": "b@exa')
    assert [e["recipient"] for e in journal.pending(log.events())] == ["b@example.org"]
    with log.path.open("a") as handle:
        handle.write("\n{}\n")
    with pytest.raises(PublishError, match="append-only"):
        log.events()
