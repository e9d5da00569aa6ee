"""briefer: offline briefing notes from Arabic security-cooperation news.

The stages, in the order pipeline.build() runs them (each package's docstring maps its modules):

- ingest: article files read, normalised and segmented into documents.Article.
- translate/: the glossary-enforced translation of every article (documents.Translation).
- extract/: the facts of each article (extract.facts.Facts), grouped into visits (Visit).
- render/: a note per visit and language, digests and an index, written as PDF, HTML, JSON.

Beside them: arabic/ (reading Arabic text), glossary/ (the terminology), cli/ (the commands),
config, errors, files (atomic writes), resources (the data files shipped in data/).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("briefer")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
