"""Small builders of core records for tests."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from readmark.core.importing import content_hash
from readmark.core.model import Annotation, Article
from readmark.core.text import split_blocks


def make_article(text: str, title: str = "A title", source: str = "test") -> Article:
    return Article(title, text, source, content_hash(text), tuple(split_blocks(text)))


def utc_text(moment: datetime) -> str:
    """An aware moment as a UTC text, "YYYY-MM-DD HH:MM:SS.ffffff" as the store writes it."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def new_annotation(document_id: int, tag_id: int, start: int, end: int, text: str) -> Annotation:
    now = datetime.now(UTC)
    return Annotation(
        id=Annotation.new_id(),
        document_id=document_id,
        tag_id=tag_id,
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - 32) : start],
        suffix=text[end : end + 32],
        note="",
        created_at=now,
        updated_at=now,
    )


def coder_annotation(
    coder: str, start: int, end: int, tag_id: int, document_id: int = 1
) -> Annotation:
    """An annotation by `coder` of characters start..end, for agreement figures (no text)."""
    return replace(
        new_annotation(document_id, tag_id, 0, 1, "x"),
        start=start,
        end=end,
        exact="",
        coder=coder,
    )


def make_epub(
    chapters: list[str],
    title: str = "A Book",
    creator: str = "Ann Author",
    date: str = "2021-03-04",
    extra: dict[str, bytes] | None = None,
    doctype: str = "",
) -> bytes:
    """An EPUB 3 book as e-book tools write it: each chapter's body XHTML in its own file (whose
    name needs escaping), a navigation document first in the spine, and `extra` members; `doctype`
    goes before the package document's root."""
    items = "".join(
        f'<item id="c{n}" href="Text/chapter%20{n}.xhtml" media-type="application/xhtml+xml"/>'
        for n in range(len(chapters))
    )
    spine = "".join(f'<itemref idref="c{n}"/>' for n in range(len(chapters)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container version="1.0" '
            'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
            'full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>",
        )
        book.writestr(
            "OEBPS/content.opf",
            f'<?xml version="1.0"?>{doctype}'
            '<package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>"
            f'<dc:date>{date}</dc:date></metadata><manifest><item id="nav" href="nav.xhtml" '
            f'media-type="application/xhtml+xml" properties="nav"/>{items}</manifest>'
            f'<spine><itemref idref="nav"/>{spine}</spine></package>',
        )
        book.writestr(
            "OEBPS/nav.xhtml",
            '<html xmlns="http://www.w3.org/1999/xhtml"><body><nav epub:type="toc"><ol>'
            "<li>Contents</li></ol></nav></body></html>",
        )
        for n, chapter in enumerate(chapters):
            book.writestr(
                f"OEBPS/Text/chapter {n}.xhtml",
                '<?xml version="1.0" encoding="utf-8"?><html '
                'xmlns="http://www.w3.org/1999/xhtml"><head><title>Chapter</title></head>'
                f"<body>{chapter}</body></html>",
            )
        for name, data in (extra or {}).items():
            book.writestr(name, data)
    return buffer.getvalue()


def make_docx(body: str, styles: str = "", comments: str = "") -> bytes:
    """A Word document with `body` as its <w:body> XML, paragraph `styles` (<w:style> elements)
    and `comments` (<w:comment> elements), laid out as Word writes one."""
    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as document:
        document.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        document.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document {namespace}><w:body>{body}</w:body></w:document>',
        )
        document.writestr("word/styles.xml", f"<w:styles {namespace}>{styles}</w:styles>")
        if comments:
            document.writestr(
                "word/comments.xml", f"<w:comments {namespace}>{comments}</w:comments>"
            )
    return buffer.getvalue()


WORD_STYLES = "".join(
    f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>{extra}</w:style>'
    for style_id, name, extra in (
        ("Heading1", "heading 1", '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>'),
        ("Heading2", "heading 2", '<w:pPr><w:outlineLvl w:val="1"/></w:pPr>'),
        ("MyChapter", "My chapter", '<w:basedOn w:val="Heading1"/>'),
        ("Quote", "Quote", ""),
        ("IntenseQuote", "Intense Quote", ""),
        ("Caption", "caption", ""),
        ("ListBullet", "List Bullet", ""),
        ("Normal", "Normal", ""),
    )
)


def make_odt(body: str, automatic_styles: str = "") -> bytes:
    """An OpenDocument text with `body` as its <office:text> XML and `automatic_styles` (P1,
    P2… as LibreOffice names the styles it derives from named ones), laid out as Writer saves
    one: the mimetype first and stored."""
    namespaces = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as document:
        document.writestr(
            "mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED
        )
        document.writestr(
            "content.xml",
            f'<?xml version="1.0"?><office:document-content {namespaces}>'
            f"<office:automatic-styles>{automatic_styles}</office:automatic-styles>"
            f"<office:body><office:text>{body}</office:text></office:body>"
            "</office:document-content>",
        )
    return buffer.getvalue()


def scanned_pdf(
    source: Path, target: Path, dots_per_inch: int = 150, pages: set[int] | None = None
) -> Path:
    """`source`'s pages as a scanner gives them: each a grey picture, no text layer at all; or
    only the `pages` given (counted from 0) so, the others kept with their text."""
    import pypdfium2

    original = pypdfium2.PdfDocument(source)
    scan = pypdfium2.PdfDocument.new()
    for index in range(len(original)):
        if pages is not None and index not in pages:
            scan.import_pages(original, [index])
            continue
        width, height = original[index].get_size()
        picture = original[index].render(scale=dots_per_inch / 72, grayscale=True)
        page = scan.new_page(width, height)
        image = pypdfium2.PdfImage.new(scan)
        image.set_bitmap(picture)
        image.set_matrix(pypdfium2.PdfMatrix().scale(width, height))
        page.insert_obj(image)
        page.gen_content()
    scan.save(target)
    return target
