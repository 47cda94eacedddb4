"""The repository's bulk reads (a document's annotations, the export rows): every field, in
reading order, the same whatever way they are read."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, event

from factories import make_article, new_annotation, utc_text
from readmark.core.model import Annotation, utc_moment
from readmark.services.documents import import_files
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository

FIRST = "Headline one\n\nA first paragraph about 😀 budgets.\n\nA second paragraph, quoted."
SECOND = "Headline two\n\nAnother article entirely.\n\nIts closing words."


def add(repository: LibraryRepository, annotation: Annotation, **changes: object) -> Annotation:
    return repository.add_annotation(replace(annotation, **changes))


def test_a_documents_annotations_come_whole_in_reading_order(
    repository: LibraryRepository,
) -> None:
    document, _ = repository.add_article(make_article(FIRST))
    claim, opinion = (t.id for t in repository.tags()[:2])
    start = FIRST.index("A first")
    early = datetime(2024, 5, 1, 8, 30, tzinfo=UTC)
    base = new_annotation(document.id, claim, start, start + 7, FIRST)
    later_twin = add(repository, base, id="b" * 32, created_at=early + timedelta(hours=1))
    twin = add(repository, base, id="a" * 32, created_at=early, updated_at=early)
    enclosing = add(
        repository,
        new_annotation(document.id, opinion, start, start + 20, FIRST),
        note="ça va ✓",
        origin="suggestion",
        orphaned=True,
    )
    second = FIRST.index("A second")
    last = add(repository, new_annotation(document.id, claim, second, second + 8, FIRST))

    read = repository.annotations(document.id)

    assert read == [enclosing, twin, later_twin, last]  # start, longer first, older first
    assert all(a.created_at.tzinfo is not None and a.updated_at.tzinfo for a in read)
    assert read[0].orphaned is True and read[1].orphaned is False
    assert read[1].created_at == early

    shown = repository.annotations(document.id, as_shown=True)
    # An orphan keeps its words: they are no longer in the text. A window shows no times of
    # change: one moment stands for both.
    assert shown == [
        replace(
            a,
            prefix="",
            suffix="",
            exact=a.exact if a.orphaned else "",
            updated_at=a.created_at,
        )
        for a in read
    ]
    assert all(a.updated_at is a.created_at for a in shown)


def test_export_rows_follow_the_library_order_with_blocks_and_paragraphs(
    repository: LibraryRepository,
) -> None:
    first, _ = repository.add_article(make_article(FIRST, title="One"))
    second, _ = repository.add_article(make_article(SECOND, title="Two"))
    claim, quote = repository.tags()[0].id, repository.tags()[3].id
    words = SECOND.index("closing")
    repository.add_annotation(new_annotation(second.id, quote, words, words + 7, SECOND))
    late = FIRST.index("quoted")
    repository.add_annotation(new_annotation(first.id, claim, late, late + 6, FIRST))
    early = FIRST.index("about")
    repository.add_annotation(new_annotation(first.id, quote, early, early + 15, FIRST))
    repository.add_annotation(new_annotation(first.id, claim, early, early + 7, FIRST))

    rows = list(repository.export_rows())

    assert [(r.document_title, r.passage) for r in rows] == [
        ("One", "about 😀 budgets"),
        ("One", "about 😀"),
        ("One", "quoted"),
        ("Two", "closing"),
    ]
    assert [(r.tag, r.paragraph, r.block) for r in rows] == [
        ("quote", 1, "paragraph"),
        ("claim", 1, "paragraph"),
        ("claim", 2, "paragraph"),
        ("quote", 2, "paragraph"),
    ]
    assert [r.passage for r in repository.export_rows(second.id)] == ["closing"]
    assert all(utc_moment(r.created_utc).tzinfo is UTC for r in rows)


def test_an_export_row_carries_each_fact_in_its_own_field(repository: LibraryRepository) -> None:
    article = replace(
        make_article(FIRST, title="One", source="paper.example"),
        author="A. Writer",
        published="2024-05-01",
        site="The Paper",
        url="https://paper.example/one",
    )
    document, _ = repository.add_article(article)
    opinion = repository.tags()[1]
    start = FIRST.index("second")
    created = datetime(2024, 5, 2, 8, 30, tzinfo=UTC)
    annotation = add(
        repository,
        new_annotation(document.id, opinion.id, start, start + 16, FIRST),
        note="check",
        created_at=created,
        updated_at=created + timedelta(hours=1),
        orphaned=True,
        origin="import",
        coder="Ben",
    )

    [row] = repository.export_rows()

    assert (row.document_id, row.document_title, row.document_source) == (
        document.id,
        "One",
        "paper.example",
    )
    assert (row.tag, row.passage, row.note, row.start, row.end) == (
        "opinion",
        "second paragraph",
        "check",
        annotation.start,
        annotation.end,
    )
    assert (row.paragraph, row.block) == (2, "paragraph")
    # As the store wrote them, and what utc_text makes of the moments.
    assert (row.created_utc, row.updated_utc) == (
        utc_text(created),
        utc_text(created + timedelta(hours=1)),
    )
    assert (row.author, row.published, row.site, row.url) == (
        "A. Writer",
        "2024-05-01",
        "The Paper",
        "https://paper.example/one",
    )
    assert (row.orphaned, row.origin, row.coder) == (True, "import", "Ben")


def test_a_document_already_held_lends_its_text_instead_of_reading_it_again(
    isolated_paths: Path,
) -> None:
    # The window shows the first look's copy of the article while the library opens: for a
    # book, reading the same megabytes again would hold them twice.
    engine = open_library(isolated_paths)
    repository = LibraryRepository(engine)
    document, _ = repository.add_article(make_article(FIRST))
    other, _ = repository.add_article(make_article(SECOND))
    held = replace(document, text="".join(list(FIRST)))  # equal, but its own object
    statements: list[str] = []

    def record(_connection: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    lent = repository.document(document.id, held)
    assert lent == document and lent.text is held.text
    assert statements and not [s for s in statements if re.search(r"documents\.text\b", s)]
    # A copy of another document, or of an older version of this one, lends nothing.
    assert repository.document(other.id, held).text == SECOND
    stale = replace(held, text="An older version.", content_hash="0" * 64)
    assert repository.document(document.id, stale).text == FIRST
    repository.dispose()


def plans_of_document_reads(engine: Engine, run: Callable[[], object]) -> list[list[str]]:
    """The query plan steps of each statement that `run` sends to the documents table."""
    executed: list[tuple[str, object]] = []

    def record(
        _connection: object, _cursor: object, statement: str, parameters: object, *_: object
    ) -> None:
        executed.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    with engine.connect() as connection:
        return [
            [step[-1] for step in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {s}", p)]
            for s, p in executed
            if "FROM documents" in s
        ]


def test_the_library_list_is_read_without_the_documents_texts(isolated_paths: Path) -> None:
    # From the table, the columns stored after a text are reached through its overflow pages:
    # a list of books would read them all. Its own index holds what the list shows.
    engine = open_library(isolated_paths)
    repository = LibraryRepository(engine)
    repository.add_article(make_article(FIRST))
    repository.add_article(make_article(SECOND))
    listed: list[object] = []

    [steps] = plans_of_document_reads(engine, lambda: listed.extend(repository.documents()))

    assert len(listed) == 2
    assert any("documents USING COVERING INDEX ix_documents_listed" in s for s in steps), steps
    repository.dispose()


def test_an_import_finds_documents_without_reading_the_library_through(
    isolated_paths: Path, tmp_path: Path
) -> None:
    # An import asks for the document with the same file, address or text; a scan of the
    # documents table reads every text on the way, and grows with the library.
    engine = open_library(isolated_paths)
    repository = LibraryRepository(engine)
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(FIRST, encoding="utf-8")
    import_files(repository, [first])
    second.write_text(SECOND, encoding="utf-8")
    first.write_text(FIRST + "\n\nA paragraph added later.", encoding="utf-8")

    def imports() -> None:
        outcomes = import_files(repository, [first, second])
        assert [o.previous is not None for o in outcomes] == [True, False]
        assert repository.document_from_url("https://example.org/a#part") is None

    plans = plans_of_document_reads(engine, imports)

    assert len(plans) >= 5
    assert not [steps for steps in plans if any(s.startswith("SCAN") for s in steps)], plans
    repository.dispose()
