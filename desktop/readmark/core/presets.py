"""Codebook presets a teacher can pick: sets of tags with their definitions and sources.

Picking one adds the tags the codebook lacks (matched by name, ignoring case) and changes
nothing else: tags already there keep their colour, key and description, and no passage moves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from readmark.core.model import DEFAULT_TAGS, Tag, TagSpec, free_keys
from readmark.core.texts import tr

# Okabe-Ito colours, distinguishable with the common forms of colour blindness.
ORANGE, SKY, GREEN, YELLOW, BLUE, VERMILION, PURPLE, GREY = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#999999",
)


@dataclass(frozen=True)
class PresetTag:
    name: str
    colour: str
    description: str


@dataclass(frozen=True)
class Preset:
    name: str
    summary: str  # what a teacher would use it for
    source: str  # where the definitions come from, as a reader would cite it
    tags: tuple[PresetTag, ...]


PRESETS: tuple[Preset, ...] = (
    Preset(
        "Readmark's four tags",
        "What a passage of news is: a checkable claim, an opinion, a caption or a quote.",
        "Readmark's default codebook.",
        tuple(PresetTag(t.name, t.colour, t.description) for t in DEFAULT_TAGS),
    ),
    Preset(
        "Fact or opinion (Pew Research Center)",
        "Tell factual statements from opinions, whether or not the facts are right.",
        "Mitchell, Gottfried, Barthel & Sumida (2018), “Distinguishing Between Factual and "
        "Opinion Statements in the News”, Pew Research Center.",
        (
            PresetTag(
                "factual statement",
                BLUE,
                "Can be proved or disproved by objective evidence, whether it is accurate or not.",
            ),
            PresetTag(
                "opinion statement",
                ORANGE,
                "Expresses the beliefs and values of whoever made it; objective evidence can "
                "neither prove nor disprove it.",
            ),
        ),
    ),
    Preset(
        "SIFT checklist",
        "Mark where each of the four moves of checking is needed.",
        "Caulfield (2019), “SIFT (The Four Moves)”, Hapgood.",
        (
            PresetTag(
                "stop",
                VERMILION,
                "Stop: a passage that stirs a strong reaction or that you are about to share; "
                "pause before going on.",
            ),
            PresetTag(
                "investigate the source",
                SKY,
                "Investigate the source: who is behind this, and what do they stand to gain?",
            ),
            PresetTag(
                "find better coverage",
                GREEN,
                "Find better coverage: a claim to look for in trusted reporting, to see "
                "whether others confirm it.",
            ),
            PresetTag(
                "trace claims",
                PURPLE,
                "Trace claims, quotes and media to the original context they came from.",
            ),
        ),
    ),
    Preset(
        "Seven types of mis- and disinformation (First Draft)",
        "Name the kind of misleading content, from satire to fabrication.",
        "Wardle (2017), “Fake news. It's complicated.”, First Draft.",
        (
            PresetTag(
                "satire or parody",
                YELLOW,
                "No intention to cause harm, but it has the potential to fool.",
            ),
            PresetTag(
                "misleading content",
                ORANGE,
                "Information used misleadingly to frame an issue or a person.",
            ),
            PresetTag("imposter content", SKY, "A genuine source is impersonated."),
            PresetTag(
                "fabricated content",
                VERMILION,
                "New content that is entirely false, made to deceive and do harm.",
            ),
            PresetTag(
                "false connection",
                GREEN,
                "Headlines, visuals or captions do not support the content.",
            ),
            PresetTag(
                "false context",
                BLUE,
                "Genuine content shared with false information about its context.",
            ),
            PresetTag(
                "manipulated content",
                PURPLE,
                "Genuine information or imagery altered to deceive.",
            ),
        ),
    ),
)


@dataclass(frozen=True)
class PresetAdditions:
    """What picking a preset would do to a codebook."""

    added: tuple[TagSpec, ...]  # the preset's tags the codebook lacks, with free keys
    present: tuple[str, ...]  # the preset's tags it has already, left as they are


def preset_additions(preset: Preset, existing: Sequence[Tag]) -> PresetAdditions:
    """The tags to add for `preset`: those whose name (ignoring case) is not in `existing`."""
    names = {tag.name.casefold() for tag in existing}
    keys = free_keys(existing)
    added, present = [], []
    for tag in preset.tags:
        if tag.name.casefold() in names:
            present.append(tag.name)
            continue
        key = keys.pop(0) if keys else ""
        added.append(TagSpec(tag.name, tag.colour, key, tag.description))
    return PresetAdditions(tuple(added), tuple(present))


def additions_text(preset: Preset, additions: PresetAdditions) -> str:
    """What picking the preset did, in a sentence or two for the user."""
    if not additions.added:
        return tr("The codebook already has every tag of “{preset}”; nothing was changed.").format(
            preset=preset.name
        )
    count = len(additions.added)
    text = tr("Added %n tag(s) from “{preset}”: {tags}.", "", count).format(
        preset=preset.name, tags=", ".join(spec.name for spec in additions.added)
    )
    if additions.present:
        left = tr("Already there and left as they were: {tags}.")
        text += " " + left.format(tags=", ".join(additions.present))
    return text + " " + tr("No tag or passage was removed.")
