"""Codebook files: what Readmark writes, it reads back; what it cannot read, it says why."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ElementTree

import pytest

from readmark.core.codebook import CodebookError, CodeEntry, read_qdc, write_qdc
from readmark.core.model import Tag

TAGS = [
    Tag(1, "claim", "#0072B2", "1", 0, "A statement of fact that can be checked"),
    Tag(2, "opinion", "#E69F00", "2", 1),
    Tag(5, "statistical claim", "#56B4E9", "", 2, "Numbers & <percentages>", parent_id=1),
]


def test_a_written_codebook_reads_back_with_groups_and_descriptions() -> None:
    stream = io.BytesIO()
    write_qdc(TAGS, stream)
    root = ElementTree.fromstring(stream.getvalue())
    assert root.tag == "{urn:QDA-XML:codebook:1.0}CodeBook"
    assert read_qdc(stream.getvalue()) == [
        CodeEntry("claim", "#0072B2", "A statement of fact that can be checked", None),
        CodeEntry("statistical claim", "#56B4E9", "Numbers & <percentages>", "claim"),
        CodeEntry("opinion", "#E69F00", "", None),
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"not xml at all", "not XML"),
        (b"<Project xmlns='urn:QDA-XML:project:1.0'/>", "no CodeBook"),
        (b"<CodeBook xmlns='urn:QDA-XML:codebook:1.0'><Codes/></CodeBook>", "no codes"),
    ],
)
def test_files_that_are_not_codebooks_say_why(data: bytes, reason: str) -> None:
    with pytest.raises(CodebookError, match=reason):
        read_qdc(data)


def test_codes_nested_deeper_join_their_top_level_group() -> None:
    data = (
        b"<CodeBook xmlns='urn:QDA-XML:codebook:1.0'><Codes>"
        b"<Code name='A' color='#112233'><Code name='B'><Code name='C' color='bad'/></Code></Code>"
        b"</Codes></CodeBook>"
    )
    assert [(e.name, e.parent, e.colour) for e in read_qdc(data)] == [
        ("A", None, "#112233"),
        ("B", "A", "#999999"),
        ("C", "A", "#999999"),
    ]


def test_a_category_stays_a_group_wherever_it_stands() -> None:
    """NVivo and QualCoder write categories (isCodable="false") inside codes: each is a group,
    its codes in it, not a tag inside its top-level ancestor's group."""
    data = (
        b"<CodeBook xmlns='urn:QDA-XML:codebook:1.0'><Codes>"
        b"<Code name='Themes' isCodable='true'>"
        b"<Code name='Economy' isCodable='false'><Code name='jobs'/><Code name='prices'/></Code>"
        b"<Code name='health'/></Code>"
        b"</Codes></CodeBook>"
    )
    assert [(e.name, e.parent) for e in read_qdc(data)] == [
        ("Themes", None),
        ("Economy", None),
        ("jobs", "Economy"),
        ("prices", "Economy"),
        ("health", "Themes"),
    ]


@pytest.mark.parametrize(
    ("written", "read"),
    [("#abc", "#AABBCC"), ("#0072b2", "#0072B2"), (" #F0a ", "#FF00AA"), ("#abcd", "#999999")],
)
def test_three_digit_colours_are_colours(written: str, read: str) -> None:
    data = (
        "<CodeBook xmlns='urn:QDA-XML:codebook:1.0'><Codes>"
        f"<Code name='A' color='{written}'/></Codes></CodeBook>"
    ).encode()
    assert [e.colour for e in read_qdc(data)] == [read]
