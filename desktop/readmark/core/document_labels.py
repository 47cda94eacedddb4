"""Labels for whole documents: what kind of information a document is. The default codebook
is the News Literacy Project's "InfoZones"."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DocumentLabel:
    name: str
    description: str

    @property
    def label(self) -> str:
        return label_shown(self.name)


INFOZONES: tuple[DocumentLabel, ...] = (
    DocumentLabel("news", "Reports what happened, verified by a journalist and sourced."),
    DocumentLabel("opinion", "Argues a point of view: commentary, editorials, reviews."),
    DocumentLabel("entertainment", "Made to amuse or engage: satire, celebrity, gossip."),
    DocumentLabel("advertising", "Made to sell a product or service, paid for by its maker."),
    DocumentLabel("propaganda", "Made to persuade by manipulating, often with emotion or lies."),
    DocumentLabel("raw information", "Unfiltered and unverified: posts, documents, raw footage."),
)


def label_shown(name: str) -> str:
    """A document's label as the library list shows it: "Raw information" for "raw
    information", "" for none."""
    return name[:1].upper() + name[1:]
