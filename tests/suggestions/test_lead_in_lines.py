"""The speaker a paragraph's lead-in hands over to, read from its last line without copying all
the text before it (near-linear in an article's length), is the one that last line names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from readmark.core.lead_ins import lead_in_speaker

# A line, and the speaker it hands over to: named by a short line, by a verb of speech (the
# only kind a spoken paragraph takes), or none.
SPEAKERS = {
    "Ana Reis:": ("Ana Reis", ""),
    "Tom Diaz notes:": ("Tom Diaz", "Tom Diaz"),
    "She said: it rained.": ("", ""),
    "It rained.": ("", ""),
}
lines = st.sampled_from(sorted(SPEAKERS))
# What ends a line: a line break, after whitespace that rstrip() removes.
breaks = st.sampled_from(["\n", "\n\n", " \n", "\t\n", "\u00a0\n", "\u3000\n\n", "\u2028\n"])


@given(st.lists(st.tuples(lines, breaks), max_size=6), st.data())
def test_the_speaker_is_the_one_the_last_line_names(
    paragraphs: list[tuple[str, str]], data: st.DataObject
) -> None:
    pieces = [piece for line_and_break in paragraphs for piece in line_and_break]
    cut = data.draw(st.integers(min_value=0, max_value=len(pieces)))
    text, paragraph_end = "".join(pieces), len("".join(pieces[:cut]))
    lines_before = pieces[:cut:2]  # a line, then its break, then the next line ...
    last_line = lines_before[-1] if lines_before else ""
    named, spoken = SPEAKERS.get(last_line, ("", ""))
    assert lead_in_speaker(text, paragraph_end) == named
    assert lead_in_speaker(text, paragraph_end, spoken=True) == spoken
