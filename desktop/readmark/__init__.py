"""Readmark: read articles offline and code their passages."""

# Kept equal to pyproject.toml's version (tests/test_version.py checks): reading it from the
# installed metadata would cost start-up the import of importlib.metadata.
__version__ = "0.1.0"
