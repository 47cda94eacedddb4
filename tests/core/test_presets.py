"""Codebook presets: their tags as the sources define them, and what picking one adds."""

from __future__ import annotations

from readmark.core.model import Tag
from readmark.core.presets import PRESETS, additions_text, preset_additions

CLAIM = Tag(1, "claim", "#0072B2", "1", 0)
OPINION = Tag(2, "Opinion Statement", "#E69F00", "3", 1, "Our own words for it")


def preset(name: str):
    return next(p for p in PRESETS if p.name.startswith(name))


def test_the_presets_hold_the_sources_categories() -> None:
    names = {p.name: [t.name for t in p.tags] for p in PRESETS}
    assert names["Readmark's four tags"] == ["claim", "opinion", "caption", "quote"]
    assert names["SIFT checklist"] == [
        "stop",
        "investigate the source",
        "find better coverage",
        "trace claims",
    ]
    assert names["Seven types of mis- and disinformation (First Draft)"] == [
        "satire or parody",
        "misleading content",
        "imposter content",
        "fabricated content",
        "false connection",
        "false context",
        "manipulated content",
    ]
    factual = preset("Fact or opinion").tags[0]
    assert factual.description.startswith(
        "Can be proved or disproved by objective evidence, whether it is accurate or not"
    )
    for p in PRESETS:
        assert p.source and p.summary
        assert all(t.description and t.colour.startswith("#") for t in p.tags)


def test_a_preset_adds_only_the_missing_tags_with_free_keys() -> None:
    chosen = preset("Fact or opinion")
    additions = preset_additions(chosen, [CLAIM, OPINION])
    assert [(s.name, s.shortcut) for s in additions.added] == [("factual statement", "2")]
    assert additions.present == ("opinion statement",)  # matched ignoring case, left alone
    assert additions_text(chosen, additions) == (
        "Added 1 tag from “Fact or opinion (Pew Research Center)”: factual statement. "
        "Already there and left as they were: opinion statement. No tag or passage was removed."
    )


def test_past_nine_keys_new_tags_come_without_one() -> None:
    taken = [Tag(n, f"tag {n}", "#000000", str(n), n) for n in range(1, 8)]
    added = preset_additions(preset("Seven types"), taken).added
    assert [s.shortcut for s in added] == ["8", "9", "", "", "", "", ""]
