"""The [signing], [publish], [mail] and [[recipients]] tables of briefer.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer import config
from briefer.errors import ConfigError

FULL = """\
[briefer]
classification = "RESTRICTED"

[signing]
key = "keys/org.p12"
passphrase_env = "ORG_KEY"
timestamp_url = "https://tsa.example.org/"
trusted_roots = ["keys/org.crt"]

[publish]
levels = ["PUBLIC", "INTERNAL", "RESTRICTED"]
organisation = "Briefing unit"
base_url = "https://intranet.example.org/notes/"

[mail]
from = "Briefing unit <briefs@example.org>"
host = "smtp.example.org"
port = 2525
starttls = false

[[recipients]]
name = "Desk officer"
address = "desk@example.org"
languages = ["en", "fr"]
clearance = "RESTRICTED"
"""


def load(tmp_path: Path, text: str) -> config.Config:
    path = tmp_path / "briefer.toml"
    path.write_text(text, encoding="utf-8")
    return config.load(path)


def test_every_table_is_read_with_its_types(tmp_path: Path) -> None:
    loaded = load(tmp_path, FULL)
    assert loaded.classification == "RESTRICTED"
    assert loaded.signing.key == Path("keys/org.p12")
    assert loaded.signing.trusted_roots == (Path("keys/org.crt"),)
    assert loaded.signing.timestamp_url == "https://tsa.example.org/"
    assert loaded.publish.levels == ("PUBLIC", "INTERNAL", "RESTRICTED")
    assert loaded.mail.sender == "Briefing unit <briefs@example.org>"
    assert (loaded.mail.port, loaded.mail.starttls) == (2525, False)
    assert loaded.recipients == (
        config.Recipient("Desk officer", "desk@example.org", ("en", "fr"), "RESTRICTED"),
    )


def test_defaults_when_the_tables_are_absent_and_flat_configs_still_load(tmp_path: Path) -> None:
    loaded = load(tmp_path, 'seeds = "articles"\n')
    assert loaded.seeds == Path("articles")
    assert loaded.signing == config.SigningConfig()
    assert loaded.publish.levels == config.LEVELS
    assert loaded.mail.starttls is True and loaded.recipients == ()


def test_every_bad_field_is_named_with_its_table_in_one_error(tmp_path: Path) -> None:
    text = """\
[signing]
key = 3
colour = "red"
[mail]
port = 70000
starttls = "yes"
[[recipients]]
name = "Press office"
address = "Press <press@example.org>"
languages = ["de"]
clearance = "SECERT"
[[recipients]]
name = "Embassy"
"""
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, text)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(tmp_path / "briefer.toml"))
    for expected in (
        "[signing] key: expected a string, got 3",
        "[signing]: unknown key(s) colour",
        "[mail] port: 70000 is not from 1 to 65535",
        "[mail] starttls: expected true or false",
        "[[recipients]] #1 (Press office) address",
        "[[recipients]] #1 (Press office) languages",
        "[[recipients]] #1 (Press office) clearance: 'SECERT' is not a level",
        "[[recipients]] #2 (Embassy): missing address, languages, clearance",
    ):
        assert expected in message


def test_a_recipient_listed_twice_is_refused(tmp_path: Path) -> None:
    one = '[[recipients]]\nname = "A"\naddress = "a@example.org"\nlanguages = ["en"]\nclearance = "SECRET"\n'
    with pytest.raises(ConfigError, match="a@example.org is listed twice"):
        load(tmp_path, one + one.replace('"A"', '"B"'))


def test_clearance_is_checked_against_the_configured_levels(tmp_path: Path) -> None:
    text = '[publish]\nlevels = ["OPEN", "CLOSED"]\n[[recipients]]\nname = "A"\naddress = "a@example.org"\nlanguages = ["en"]\nclearance = "SECRET"\n'
    with pytest.raises(ConfigError, match="levels, lowest first: OPEN, CLOSED"):
        load(tmp_path, text)
