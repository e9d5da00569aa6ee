"""briefer: offline briefing notes from Arabic security-cooperation news."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("briefer")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
