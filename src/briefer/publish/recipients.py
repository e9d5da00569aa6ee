"""Who gets what: a document goes to a recipient cleared for its level and asking for its language.

Levels are ordered lowest first ([publish] levels). A level that is not in the list, on a
document or a recipient, is an error: briefer never guesses where an unknown marking ranks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from briefer.config import Recipient
from briefer.errors import PublishError


class Classified(Protocol):
    """Anything with a language and a classification: a built or a released document."""

    @property
    def lang(self) -> str: ...

    @property
    def classification(self) -> str: ...


@dataclass(frozen=True)
class Levels:
    """The classification levels, lowest first."""

    order: tuple[str, ...]

    def rank(self, level: str, what: str) -> int:
        """Where a level ranks; an unknown level is refused, naming what carries it."""
        try:
            return self.order.index(level)
        except ValueError:
            raise PublishError(
                f"{what}: classification {level!r} is unknown; levels, lowest first: "
                f"{', '.join(self.order)} ([publish] levels in briefer.toml)"
            ) from None

    def cleared(self, recipient: Recipient, level: str, what: str) -> bool:
        """Whether the recipient's clearance reaches the level."""
        return self.rank(recipient.clearance, f"recipient {recipient.address}") >= self.rank(
            level, what
        )


def entitled(levels: Levels, recipient: Recipient, document: Classified, what: str) -> bool:
    """Whether the document may go to the recipient: their language, and cleared for its level."""
    return document.lang in recipient.languages and levels.cleared(
        recipient, document.classification, what
    )


@dataclass(frozen=True)
class Withheld:
    """A document in a recipient's languages that their clearance does not reach."""

    recipient: Recipient
    what: str
    classification: str


D = TypeVar("D", bound=Classified)


def plan(
    documents: Sequence[tuple[str, D]], recipients: Sequence[Recipient], levels: Levels
) -> tuple[dict[str, list[D]], list[Withheld]]:
    """Each recipient's documents (by address), and what their clearance holds back.

    documents are (name, document) pairs; every level is checked before anything is planned.
    """
    for name, document in documents:
        levels.rank(document.classification, name)
    shares: dict[str, list[D]] = {}
    withheld: list[Withheld] = []
    for recipient in recipients:
        for name, document in documents:
            if document.lang not in recipient.languages:
                continue
            if levels.cleared(recipient, document.classification, name):
                shares.setdefault(recipient.address, []).append(document)
            else:
                withheld.append(Withheld(recipient, name, document.classification))
    return shares, withheld


def check_share(
    levels: Levels, recipient: Recipient, documents: Sequence[tuple[str, Classified]]
) -> None:
    """Refuse, before anything is sent, a message holding a document above the clearance."""
    for name, document in documents:
        if document.lang not in recipient.languages:
            raise PublishError(
                f"{name} ({document.lang}) is addressed to {recipient.address}, who asks for "
                f"{', '.join(recipient.languages)}; nothing was sent: publish again to "
                "address the messages afresh"
            )
        if not levels.cleared(recipient, document.classification, name):
            raise PublishError(
                f"refusing to send {name} ({document.classification}) to {recipient.address}, "
                f"cleared for {recipient.clearance}; nothing was sent: check the recipient's "
                "clearance in briefer.toml, then publish again to address the messages afresh"
            )
