"""The command line: parses arguments, calls library functions, turns errors into one line.

Each command lives in its own module and imports the stages it runs inside the command:
importing argostranslate alone takes seconds, which `briefer --help` should not pay.
"""

from __future__ import annotations

import click

from briefer import __version__
from briefer.cli import build, extract, glossary, models, publish, tm, translate
from briefer.cli.common import CONTEXT


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", "-V", prog_name="briefer")
def main() -> None:
    """briefer: briefing notes from Arabic security-cooperation news, fully offline.

    Reads Arabic articles from seeds/, translates them into English and French with the
    terminology glossary and translation memory, extracts the facts of each visit, and
    writes a PDF briefing note per visit and language into out/.
    """


for module in (build, extract, translate, glossary, tm, models):
    main.add_command(module.command)
for command in (publish.publish, publish.verify, publish.keys):
    main.add_command(command)
