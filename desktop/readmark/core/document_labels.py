"""Labels for whole documents: what kind of information a document is. The default codebook
is the News Literacy Project's "InfoZones"; a library may edit its own (a setting), and a
document keeps the name of its label."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from readmark.core.commands import Batch, ChangeSetting, Command, LabelDocument

# The library's document labels, in order, as JSON; absent while they are the default.
DOCUMENT_LABELS_SETTING = "document_labels"
DEFAULT_COLOUR = "#8A8580"


@dataclass(frozen=True, slots=True)
class DocumentLabel:
    name: str
    description: str
    colour: str = DEFAULT_COLOUR  # "#RRGGBB", shown beside the document in the library list

    @property
    def label(self) -> str:
        return label_shown(self.name)


# Colours from the Okabe-Ito palette, which colour-blind readers tell apart.
INFOZONES: tuple[DocumentLabel, ...] = (
    DocumentLabel(
        "news", "Reports what happened, verified by a journalist and sourced.", "#0072B2"
    ),
    DocumentLabel("opinion", "Argues a point of view: commentary, editorials, reviews.", "#E69F00"),
    DocumentLabel(
        "entertainment", "Made to amuse or engage: satire, celebrity, gossip.", "#CC79A7"
    ),
    DocumentLabel(
        "advertising", "Made to sell a product or service, paid for by its maker.", "#009E73"
    ),
    DocumentLabel(
        "propaganda", "Made to persuade by manipulating, often with emotion or lies.", "#D55E00"
    ),
    DocumentLabel(
        "raw information", "Unfiltered and unverified: posts, documents, raw footage.", "#56B4E9"
    ),
)


def label_shown(name: str) -> str:
    """A document's label as the library list shows it: "Raw information" for "raw
    information", "" for none."""
    return name[:1].upper() + name[1:]


def encode_labels(labels: Iterable[DocumentLabel]) -> str:
    return json.dumps(
        [{"name": x.name, "description": x.description, "colour": x.colour} for x in labels],
        ensure_ascii=False,
    )


def decode_labels(text: str | None) -> tuple[DocumentLabel, ...]:
    """The labels a setting holds; InfoZones where there is none or it cannot be read (a
    damaged setting must not cost the user their documents' labels, which stay stored)."""
    try:
        listed = json.loads(text) if text is not None else None
    except ValueError:
        listed = None
    if not isinstance(listed, list):
        return INFOZONES
    labels: dict[str, DocumentLabel] = {}
    for entry in listed:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            continue
        name = entry["name"].strip()
        description, colour = entry.get("description"), entry.get("colour")
        if name and label_key(name) not in labels:
            labels[label_key(name)] = DocumentLabel(
                name,
                description if isinstance(description, str) else "",
                colour if isinstance(colour, str) and colour else DEFAULT_COLOUR,
            )
    return tuple(labels.values())


def label_key(name: str) -> str:
    """Two labels whose names differ only by case or spaces around are the same label."""
    return name.strip().casefold()


def codebook_change(
    labels: Iterable[DocumentLabel],
    relabelled: Mapping[str, str],
    documents: Iterable[tuple[int, str]],
) -> Command:
    """The command that makes `labels` the library's document labels and relabels the
    documents (id, label) whose label `relabelled` maps to another name (a rename, or a
    removal: "" takes it off); undone, it puts each document's label back as it was."""
    setting = ChangeSetting(DOCUMENT_LABELS_SETTING, encode_labels(labels))
    moves = [
        LabelDocument(document_id, relabelled[label])
        for document_id, label in documents
        if label in relabelled and relabelled[label] != label
    ]
    return Batch((setting, *moves))
