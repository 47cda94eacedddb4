"""Links between passages: a claim to the passages that support or contradict it, a quote to
the same speaker's other quotes. A link reads "source <kind> target"."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from readmark.core.fields import EVIDENCE, PASSAGE_LINK, FieldValues, links, value_of, with_value

LinkKind = Literal["supports", "contradicts", "same_speaker", "related"]
LINK_KINDS: tuple[LinkKind, ...] = ("supports", "contradicts", "same_speaker", "related")
# How the link reads from its source, and from its target ("is supported by" this passage).
FORWARD_WORDS: dict[LinkKind, str] = {
    "supports": "supports",
    "contradicts": "contradicts",
    "same_speaker": "same speaker as",
    "related": "related to",
}
BACKWARD_WORDS: dict[LinkKind, str] = {
    "supports": "supported by",
    "contradicts": "contradicted by",
    "same_speaker": "same speaker as",
    "related": "related to",
}


@dataclass(frozen=True, slots=True)
class Link:
    source_id: str  # annotation ids
    target_id: str
    kind: LinkKind


@dataclass(frozen=True, slots=True)
class LinkChoice:
    """One way of linking the current passage to another, as the "Link to…" dialog offers
    it: "supports", or "supported by" (the other passage is then the link's source)."""

    kind: LinkKind
    backward: bool

    @property
    def words(self) -> str:
        return (BACKWARD_WORDS if self.backward else FORWARD_WORDS)[self.kind]

    def link(self, current_id: str, other_id: str) -> Link:
        if self.backward:
            return Link(other_id, current_id, self.kind)
        return Link(current_id, other_id, self.kind)


# Symmetric kinds are offered once.
LINK_CHOICES: tuple[LinkChoice, ...] = tuple(
    LinkChoice(kind, backward)
    for kind in LINK_KINDS
    for backward in (False, True)
    if not (backward and FORWARD_WORDS[kind] == BACKWARD_WORDS[kind])
)


@dataclass(frozen=True, slots=True)
class SeenLink:
    """A link as one of its passages sees it: the words from that side, and the other end."""

    link: Link
    words: str
    other_id: str


def seen_from(annotation_id: str, links: Iterable[Link]) -> list[SeenLink]:
    """The links touching a passage, each worded from its side, in LINK_KINDS order."""
    seen = []
    for link in links:
        if link.source_id == annotation_id:
            seen.append(SeenLink(link, FORWARD_WORDS[link.kind], link.target_id))
        elif link.target_id == annotation_id:
            seen.append(SeenLink(link, BACKWARD_WORDS[link.kind], link.source_id))
    seen.sort(key=lambda s: (LINK_KINDS.index(s.link.kind), s.link.source_id != annotation_id))
    return seen


def links_column(annotation_id: str, links: Iterable[Link]) -> str:
    """An export's cell for a passage's links: "supports:ID; supported by:ID", from its side."""
    return "; ".join(f"{s.words}:{s.other_id}" for s in seen_from(annotation_id, links))


def renamed_links(
    passages: Iterable[tuple[str | None, Iterable[tuple[LinkKind, str]]]], ids: Mapping[str, str]
) -> list[Link]:
    """The links a file gives its passages, (their id, [(kind, other's id), ...]), between
    the passages `ids` renames (the file's id to the library's); the others are left out."""
    return [
        Link(ids[source], ids[other], kind)
        for source, links in passages
        if source is not None and source in ids
        for kind, other in links
        if other in ids
    ]


# A claim's evidence among the library's passages: those that support or contradict it, so
# the link is made from the claim's side ("supported by" the other passage).
EVIDENCE_KINDS: tuple[LinkKind, ...] = ("supports", "contradicts")
EVIDENCE_CHOICES: tuple[LinkChoice, ...] = tuple(
    LinkChoice(kind, backward=True) for kind in EVIDENCE_KINDS
)


def evidence_links(annotation_id: str, links: Iterable[Link]) -> list[SeenLink]:
    """The passages that support or contradict a passage, worded from its side."""
    return [
        seen
        for seen in seen_from(annotation_id, links)
        if seen.link.kind in EVIDENCE_KINDS and seen.link.target_id == annotation_id
    ]


@dataclass(frozen=True, slots=True)
class EvidencePassage:
    """A passage linked as a claim's evidence, as an export names it: how it bears on the claim
    (it "supports" it), its words, and the article it stands in."""

    annotation_id: str
    kind: LinkKind
    text: str
    document_title: str
    url: str = ""


def with_evidence_passages(values: FieldValues, evidence: Sequence[EvidencePassage]) -> FieldValues:
    """A claim's field values with its evidence passages after the evidence field's addresses,
    one "passage:<id>" a line, as an export's evidence column lists them."""
    if not evidence:
        return values
    listed = [
        *links(value_of(values, EVIDENCE)),
        *(PASSAGE_LINK + e.annotation_id for e in evidence),
    ]
    return with_value(values, EVIDENCE, "\n".join(dict.fromkeys(listed)))
