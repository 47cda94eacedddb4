"""Library operations shared by the command line and the window: import, export, first start."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from readmark.core.csv_export import write_csv
from readmark.core.importing import ARTICLE_SUFFIXES, UnreadableFileError, read_article
from readmark.core.model import Document
from readmark.paths import seed_files
from readmark.store.repository import LibraryRepository

SEEDED_KEY = "seeded"


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one file: the document it added or matched, or why it was refused."""

    path: Path
    document: Document | None = None
    created: bool = False
    error: str = ""


# Called before each file with (files done, files in all, the next file); False stops the import.
Progress = Callable[[int, int, Path], bool]


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """The files to import: files as given, and the article files inside folders (recursively,
    skipping hidden ones), in name order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.suffix.lower() in ARTICLE_SUFFIXES
                    and p.is_file()
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            files.append(path)
    return files


def import_files(
    repository: LibraryRepository, paths: Iterable[Path], progress: Progress | None = None
) -> list[ImportOutcome]:
    files = expand_paths(paths)
    outcomes = []
    for done, path in enumerate(files):
        if progress is not None and not progress(done, len(files), path):
            break
        try:
            article = read_article(path)
        except UnreadableFileError as error:
            outcomes.append(ImportOutcome(path, error=str(error)))
            continue
        document, created = repository.add_article(article)
        outcomes.append(ImportOutcome(path, document, created))
    return outcomes


def summarise(outcomes: list[ImportOutcome]) -> str:
    """One sentence a person reads after an import: what was added, found, and refused."""
    added = sum(o.created for o in outcomes)
    known = sum(o.document is not None and not o.created for o in outcomes)
    refused = sum(o.document is None for o in outcomes)
    parts = [f"Added {added} article{'' if added == 1 else 's'}"]
    if known:
        parts.append(f"{known} already in your library (opened, not copied)")
    if refused:
        parts.append(f"{refused} not imported")
    return "; ".join(parts) + "."


def seed_first_start(repository: LibraryRepository) -> Document | None:
    """On a library's first start, adds the sample articles; returns the first of them."""
    if repository.setting(SEEDED_KEY) is not None:
        return None
    first = None
    for path in seed_files():
        article = read_article(path)
        # The bundled copy's path means nothing to a user (and is temporary in a frozen app).
        source = article.source if article.source != article.file_path else "Readmark sample"
        article = replace(article, source=source, file_path="")
        document, _ = repository.add_article(article)
        first = first or document
    repository.set_setting(SEEDED_KEY, "1")
    return first


def export_csv(repository: LibraryRepository, path: Path, document_id: int | None = None) -> int:
    """Writes the annotations (one document's, or all) to `path`; returns how many.

    The file appears whole or not at all: it is written beside the target, then renamed.
    """
    partial = path.with_name(f".{path.name}.part")
    try:
        with partial.open("w", encoding="utf-8", newline="") as stream:
            count = write_csv(repository.export_rows(document_id), stream)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count
