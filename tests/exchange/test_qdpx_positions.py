"""Projects written by other tools, with Windows line ends and characters beyond U+FFFF, whose
positions count as each tool counts them: every passage is read at its own words."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import quoteattr

from hypothesis import given, settings
from hypothesis import strategies as st

from readmark.core.refi_qda_import import read_qdpx

CODE = "AAAAAAAA-0000-0000-0000-000000000001"


def project(origin: str, raw: str, start: int, end: int, name: str | None) -> bytes:
    """A .qdpx from `origin` with one source (its file holding `raw`) and one coded selection."""
    named = "" if name is None else f" name={quoteattr(name)}"
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Study" origin={quoteattr(origin)}>
  <CodeBook><Codes><Code guid="{CODE}" name="theme" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="BBBBBBBB-0000-0000-0000-000000000001" name="Interview"
        plainTextPath="internal://BBBBBBBB-0000-0000-0000-000000000001.txt">
      <PlainTextSelection guid="CCCCCCCC-0000-0000-0000-000000000001"{named}
          startPosition="{start}" endPosition="{end}">
        <Coding guid="DDDDDDDD-0000-0000-0000-000000000001"><CodeRef targetGUID="{CODE}"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>"""
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr("sources/BBBBBBBB-0000-0000-0000-000000000001.txt", raw.encode())
    return stream.getvalue()


def read_one(data: bytes) -> tuple[int, int, str]:
    [annotation] = read_qdpx(data).annotations
    return annotation.start, annotation.end, annotation.exact


# What each tool writes for the passage text[start:end] of a text whose file has "\r\n" ends.
def as_the_standard_counts(text: str, position: int) -> int:
    return position + text.count("\n", 0, position)  # each "\r" is a code point of the file


def as_atlas_counts(text: str, position: int) -> int:
    return position  # "\r\n" is one character


def as_nvivo_counts(text: str, position: int) -> int:
    raw = text[:position].replace("\n", "\r\n")
    return len(raw.encode("utf-16-le")) // 2


TOOLS = {
    "MAXQDA 2022": as_the_standard_counts,
    "ATLAS.ti 23": as_atlas_counts,
    "NVivo 14": as_nvivo_counts,
}

paragraph = st.text(alphabet="ab é🎉ß", min_size=1, max_size=12)


@st.composite
def texts_and_passages(draw: st.DrawFn) -> tuple[str, int, int]:
    text = "\n".join(draw(st.lists(paragraph, min_size=1, max_size=6)))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return text, start, end


@settings(max_examples=150)
@given(
    texts_and_passages(),
    st.sampled_from(sorted(TOOLS)),
    st.sampled_from(["whole", "shortened", "none"]),
)
def test_each_tools_counting_finds_the_passage(
    case: tuple[str, int, int], origin: str, naming: str
) -> None:
    text, start, end = case
    passage = text[start:end]
    name = {
        "whole": passage.replace("\n", "\r\n"),
        "shortened": passage[:3] + "...",
        "none": None,
    }[naming]
    count = TOOLS[origin]
    data = project(origin, text.replace("\n", "\r\n"), count(text, start), count(text, end), name)
    assert read_one(data) == (start, end, passage)


def test_atlas_ti_counts_a_windows_line_end_as_one_character() -> None:
    text = "Title\n\nFirst answer.\nThe second answer 🎉 here.\n"
    start = text.index("The second")
    end = start + len("The second answer")
    data = project("ATLAS.ti 9.1", text.replace("\n", "\r\n"), start, end, None)
    assert read_one(data) == (start, end, "The second answer")


def test_a_tool_of_unknown_counting_is_placed_by_the_words_it_names() -> None:
    """Positions in UTF-16 units from a tool that does not say it is NVivo: the name decides."""
    text = "Q1 🎉🎉🎉\nAnswer: yes, quite sure.\nQ2 🎉\nAnswer: no."
    start = text.index("quite sure")
    end = start + len("quite sure")
    raw = text.replace("\n", "\r\n")
    given_ = as_nvivo_counts(text, start), as_nvivo_counts(text, end)
    assert read_one(project("SomeTool 1.0", raw, *given_, "quite sure")) == (
        start,
        end,
        "quite sure",
    )


def test_words_that_no_counting_fits_are_found_nearest_the_given_place() -> None:
    text = "no. Then no again, and later no once more."
    later = text.index("no once")
    # Off by four (a tool counting a header Readmark never sees): the nearest "no once" wins.
    data = project("SomeTool 1.0", text, later + 4, later + 11, "no once")
    assert read_one(data) == (later, later + 7, "no once")


def test_a_name_that_is_not_the_words_leaves_the_positions_as_given() -> None:
    text = "Some interview text with words."
    data = project("MAXQDA 2022", text, 5, 14, "Segment 1")
    assert read_one(data) == (5, 14, "interview")
