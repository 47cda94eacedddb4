"""Readmark: read articles offline and code their passages."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("readmark")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
