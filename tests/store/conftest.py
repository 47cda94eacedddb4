"""A fresh library for each store test."""

from __future__ import annotations

from pathlib import Path

import pytest

from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository


@pytest.fixture
def repository(isolated_paths: Path) -> LibraryRepository:
    return LibraryRepository(open_library(isolated_paths))
