"""Fields per tag: declared in the codebook, valued per passage, undoable, kept by upgrades."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from factories import make_article, new_annotation
from readmark.core.command_apply import apply
from readmark.core.command_words import describe
from readmark.core.commands import EditFields, UpdateTag
from readmark.core.fields import (
    CHECK_WORTHINESS,
    MEDIA_CONTEXTS,
    VERDICTS,
    FieldSpec,
    with_value,
)
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository

TEXT = "Headline\n\nThe minister said the plan will work. Critics disagree."
FIXTURES = Path(__file__).parent / "fixtures"


def fields_by_tag(repository: LibraryRepository) -> dict[str, list[tuple[str, str, tuple]]]:
    return {
        tag.name: [(f.name, f.kind, f.choices) for f in tag.fields] for tag in repository.tags()
    }


DEFAULTS = {
    "claim": [
        ("verdict", "choice", VERDICTS),
        ("check-worthiness", "choice", CHECK_WORTHINESS),
        ("evidence", "link", ()),
    ],
    "opinion": [],
    "caption": [("media context", "choice", MEDIA_CONTEXTS)],
    "quote": [("speaker", "text", ()), ("speaker's role", "text", ())],
}


def test_a_new_library_gives_the_default_tags_their_fields(repository: LibraryRepository) -> None:
    assert fields_by_tag(repository) == DEFAULTS
    assert VERDICTS == ("true", "mostly true", "mixed", "mostly false", "false", "unproven")


def test_an_upgraded_library_gives_its_default_tags_their_fields(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    shutil.copy(FIXTURES / "library-v6.sqlite3", library)
    repository = LibraryRepository(open_library(library))
    assert fields_by_tag(repository) == DEFAULTS
    assert all(a.field_values == () for a in repository.annotations(1))


def test_setting_a_field_is_stored_undone_and_redone(repository: LibraryRepository) -> None:
    document, _ = repository.add_article(make_article(TEXT))
    claim = repository.tags()[0]
    annotation = new_annotation(document.id, claim.id, 10, 30, TEXT)
    repository.add_annotation(annotation)

    values = with_value((), "verdict", "mostly false")
    applied = apply(EditFields(annotation.id, values, "verdict"), repository)
    [stored] = repository.annotations(document.id)
    assert stored.field_values == (("verdict", "mostly false"),)
    assert [c.annotation.field_values for c in applied.changes] == [values]
    assert describe(applied.inverse, {}) == "Set verdict"

    redo = apply(applied.inverse, repository).inverse
    assert repository.annotations(document.id)[0].field_values == ()
    apply(redo, repository)
    assert repository.annotations(document.id)[0].field_values == values
    # The export reads them too, and a reopened library keeps them.
    assert [row.field_values for row in repository.export_rows()] == [values]


def test_a_tags_fields_are_changed_in_the_codebook_undoably(
    repository: LibraryRepository,
) -> None:
    opinion = repository.tags()[1]
    strength = FieldSpec("strength", "number", description="1 to 5")
    applied = apply(UpdateTag(replace(opinion, fields=(strength,))), repository)
    assert repository.tags()[1].fields == (strength,)
    apply(applied.inverse, repository)
    assert repository.tags()[1].fields == ()
