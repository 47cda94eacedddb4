"""Every format comes in through the same door: the size limit, a damaged file's reason, a changed
file as a new version with its annotations moved, and folders of them with progress."""

from __future__ import annotations

import ctypes
import io
from collections.abc import Callable
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest

from factories import make_docx, make_epub, make_odt, new_annotation
from readmark.core import importing
from readmark.services.documents import import_files, update_document
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository

TITLE = "River wall to be repaired"
FIRST = (
    "The council voted on Tuesday to repair the river wall before the winter storms arrive, "
    "after a long summer of letters, meetings and petitions from the harbour trust."
)
SECOND = "Engineers had warned the council eleven times since 2019 that the wall could fail."
CHANGED = "Engineers had warned the whole council eleven times since 2019 that the wall could fail."


def docx(paragraphs: list[str]) -> bytes:
    return make_docx("".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs))


def odt(paragraphs: list[str]) -> bytes:
    return make_odt("".join(f"<text:p>{p}</text:p>" for p in paragraphs))


def epub(paragraphs: list[str]) -> bytes:
    return make_epub(["".join(f"<p>{p}</p>" for p in paragraphs)], title=TITLE)


def html(paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f"<html><head><title>{TITLE}</title></head><body><article>{body}</article></body>"
    return f"<!doctype html>{page}</html>".encode()


def pdf(paragraphs: list[str]) -> bytes:
    """A one-page PDF with each paragraph as a line of 11 pt Helvetica, 30 pt apart."""
    document = pypdfium2.PdfDocument.new()
    page = document.new_page(595, 842)
    for line, text in enumerate(paragraphs):
        shown = pdfium_c.FPDFPageObj_NewTextObj(document.raw, b"Helvetica", 11.0)
        units = ctypes.create_string_buffer((text + "\0").encode("utf-16-le"))
        pdfium_c.FPDFText_SetText(shown, ctypes.cast(units, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
        pdfium_c.FPDFPageObj_Transform(shown, 1, 0, 0, 1, 72, 780 - 30 * line)
        pdfium_c.FPDFPage_InsertObject(page.raw, shown)
    page.gen_content()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


MAKERS: dict[str, Callable[[list[str]], bytes]] = {
    ".docx": docx,
    ".odt": odt,
    ".epub": epub,
    ".pdf": pdf,
    ".html": html,
}
FORMATS = pytest.mark.parametrize("suffix", list(MAKERS))


@pytest.fixture
def repository(tmp_path: Path) -> LibraryRepository:
    return LibraryRepository(open_library(tmp_path / "library.sqlite3"))


def written(folder: Path, suffix: str, second: str = SECOND) -> Path:
    path = folder / f"report{suffix}"
    path.write_bytes(MAKERS[suffix]([TITLE, FIRST, second]))
    return path


@FORMATS
def test_a_changed_file_comes_in_as_a_new_version_with_its_annotation_moved(
    tmp_path: Path, repository: LibraryRepository, suffix: str
) -> None:
    path = written(tmp_path, suffix)
    [first] = import_files(repository, [path])
    assert first.document is not None and first.created, first.error
    text = first.document.text
    start = text.index("since 2019")
    repository.add_annotation(
        new_annotation(first.document.id, repository.tags()[0].id, start, start + 10, text)
    )
    written(tmp_path, suffix, CHANGED)
    [again] = import_files(repository, [path])
    assert again.document is None and again.previous == first.document and again.article
    revision = update_document(repository, again.previous, again.article)
    assert (revision.kept, revision.orphaned) == (1, [])
    [moved] = repository.annotations(first.document.id)
    new_text = repository.document(first.document.id).text
    assert new_text[moved.start : moved.end] == "since 2019"
    assert moved.start == new_text.index("since 2019") == start + len("whole ")


@FORMATS
def test_a_file_over_the_size_limit_is_refused_and_nothing_is_added(
    tmp_path: Path, repository: LibraryRepository, suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = written(tmp_path, suffix)
    monkeypatch.setattr(importing, "MAX_FILE_BYTES", path.stat().st_size - 1)
    [outcome] = import_files(repository, [path])
    assert outcome.error.startswith(f"“report{suffix}” is too large to open (")
    assert repository.documents() == []


@pytest.mark.parametrize(
    ("suffix", "reason"),
    [
        (".docx", "is not a Word document it can read: it is damaged, or another kind of file"),
        (".odt", "is not an OpenDocument text it can read: it is damaged, or another kind of file"),
        (".epub", "is not an EPUB book it can read: it is damaged, or another kind of file"),
        (".pdf", "is not a PDF it can read: it may be damaged"),
    ],
)
def test_a_file_cut_short_is_refused_with_the_reason_and_nothing_is_added(
    tmp_path: Path, repository: LibraryRepository, suffix: str, reason: str
) -> None:
    path = written(tmp_path, suffix)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    [outcome] = import_files(repository, [path])
    assert outcome.error == f"“report{suffix}” {reason}."
    assert repository.documents() == []


def test_a_folder_of_every_format_comes_in_with_progress_file_by_file(
    tmp_path: Path, repository: LibraryRepository
) -> None:
    folder = tmp_path / "cuttings"
    folder.mkdir()
    for number, suffix in enumerate(MAKERS):
        written(folder, suffix, f"{SECOND} Cutting {number}.")
    (folder / "notes.txt").write_text(f"Notes\n\n{FIRST}\n", encoding="utf-8")
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, path: Path) -> bool:
        seen.append((done, total, path.name))
        return True

    outcomes = import_files(repository, [folder], progress)
    assert [o.error for o in outcomes] == [""] * 6
    names = sorted(["notes.txt", *(f"report{suffix}" for suffix in MAKERS)])
    assert seen == [(done, 6, name) for done, name in enumerate(names)]
    assert len(repository.documents()) == 6
