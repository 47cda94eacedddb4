"""Fields a tag asks of its passages (a claim's verdict, a quote's speaker), and their values.

A tag declares its fields in the codebook; an annotation holds a value for some of them. Values
are text, as the user typed or picked them; a link field holds one address per line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, cast

from readmark.core.texts import tr

FieldKind = Literal["text", "choice", "number", "date", "link"]
FIELD_KINDS: tuple[FieldKind, ...] = ("text", "choice", "number", "date", "link")

# An annotation's values, in the order its tag declares the fields; empty values are left out.
FieldValues = tuple[tuple[str, str], ...]

# A link field may point at another passage of the library: "passage:" and its annotation id.
# Read from files and written by exports; in the app a passage is linked (core.links), not typed.
PASSAGE_LINK = "passage:"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    kind: FieldKind
    choices: tuple[str, ...] = ()  # the values a choice field offers, in order
    description: str = ""


# The defaults. Verdicts as fact-checkers' rating scales have them (PolitiFact, Full Fact);
# check-worthiness as ClaimBuster's three classes (Hassan et al. 2017); media contexts as
# schema.org MediaReview's categories (mediaAuthenticityCategory).
VERDICTS = ("true", "mostly true", "mixed", "mostly false", "false", "unproven")
CHECK_WORTHINESS = ("check-worthy factual", "unimportant factual", "non-factual")
MEDIA_CONTEXTS = (
    "original",
    "decontextualised",
    "edited or cropped",
    "transformed",
    "staged",
    "satire",
)
VERDICT, CHECK_WORTHY, EVIDENCE = "verdict", "check-worthiness", "evidence"
SPEAKER, SPEAKER_ROLE, MEDIA_CONTEXT = "speaker", "speaker's role", "media context"

DEFAULT_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "claim": (
        FieldSpec(VERDICT, "choice", VERDICTS, "What checking found the claim to be."),
        FieldSpec(
            CHECK_WORTHY,
            "choice",
            CHECK_WORTHINESS,
            "Whether the public would care to know if the claim is true (ClaimBuster).",
        ),
        FieldSpec(
            EVIDENCE,
            "link",
            (),
            "Addresses that support or refute it; passages are linked with Add Evidence Passage.",
        ),
    ),
    "quote": (
        FieldSpec(SPEAKER, "text", (), "Who said it."),
        FieldSpec(SPEAKER_ROLE, "text", (), "What the speaker is: minister, witness, expert…"),
    ),
    "caption": (
        FieldSpec(
            MEDIA_CONTEXT,
            "choice",
            MEDIA_CONTEXTS,
            "How the photo or video is presented against where it came from (MediaReview).",
        ),
    ),
}


class FieldError(ValueError):
    """A value a field cannot hold, or field definitions that cannot be read; the message is
    for the user."""


def value_of(values: FieldValues, name: str) -> str:
    """The value of the field `name`, or "" when it has none."""
    return next((value for field, value in values if field == name), "")


def with_value(values: FieldValues, name: str, value: str) -> FieldValues:
    """`values` with the field `name` set to `value` (left out when empty), in its place."""
    value = value.strip()
    changed = [(field, value) if field == name else (field, old) for field, old in values]
    if name not in {field for field, _ in values}:
        changed.append((name, value))
    return tuple((field, text) for field, text in changed if text)


def in_order(values: FieldValues, specs: Sequence[FieldSpec]) -> FieldValues:
    """`values` in the order of the tag's fields, any the tag no longer declares after them."""
    order = {spec.name: index for index, spec in enumerate(specs)}
    return tuple(sorted(values, key=lambda item: order.get(item[0], len(order))))


def checked_value(spec: FieldSpec, value: str) -> str:
    """The value as the field keeps it (trimmed, a number or date in its plain form); raises
    FieldError with the reason where the field cannot hold it."""
    value = value.strip()
    if not value:
        return ""
    if spec.kind == "choice" and spec.choices and value not in spec.choices:
        not_one = tr("{field} is one of {choices}, not “{value}”")
        raise FieldError(
            not_one.format(field=spec.name, choices=", ".join(spec.choices), value=value)
        )
    if spec.kind == "number":
        try:
            number = float(value.replace(",", "."))
        except ValueError:
            not_number = tr("{field} is a number, not “{value}”")
            raise FieldError(not_number.format(field=spec.name, value=value)) from None
        return f"{number:g}" if number == number and abs(number) < 1e15 else value
    if spec.kind == "date":
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            not_date = tr("{field} is a date (YYYY-MM-DD), not “{value}”")
            raise FieldError(not_date.format(field=spec.name, value=value)) from None
    if spec.kind == "link":
        links = value.split()
        wrong = [link for link in links if not is_link(link)]
        if wrong:
            not_links = tr("{field} holds web addresses (http://, https://), not “{value}”")
            raise FieldError(not_links.format(field=spec.name, value=wrong[0]))
        return "\n".join(links)
    return value


_ADDRESS = re.compile(r"https?://\S+", re.IGNORECASE)


def is_link(text: str) -> bool:
    return bool(_ADDRESS.fullmatch(text)) or (
        text.startswith(PASSAGE_LINK) and len(text) > len(PASSAGE_LINK)
    )


def links(value: str) -> list[str]:
    """The addresses and passage links a link field's value holds."""
    return value.split()


# Storage: JSON text in one column each, as blocks are.


def specs_json(specs: Iterable[FieldSpec]) -> list[dict[str, object]]:
    """The fields as JSON objects: stored so, and so in a Web Annotation file's tags."""
    return [
        {"name": s.name, "kind": s.kind, "choices": list(s.choices), "description": s.description}
        for s in specs
    ]


def specs_from_json(listed: object) -> tuple[FieldSpec, ...]:
    """The fields of specs_json's list; raises FieldError for anything else."""
    try:
        return tuple(
            FieldSpec(
                str(entry["name"]),
                entry["kind"] if entry["kind"] in FIELD_KINDS else "text",
                tuple(str(choice) for choice in cast(list[object], entry.get("choices", []))),
                str(entry.get("description", "")),
            )
            for entry in cast(list[dict[str, object]], listed)
        )
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise _unreadable(error) from None


def encode_specs(specs: Iterable[FieldSpec]) -> str:
    return json.dumps(specs_json(specs), ensure_ascii=False)


def decode_specs(text: str) -> tuple[FieldSpec, ...]:
    if not text or text == "[]":
        return ()
    try:
        listed = json.loads(text)
    except ValueError as error:
        raise _unreadable(error) from None
    return specs_from_json(listed)


def _unreadable(error: Exception) -> FieldError:
    return FieldError(tr("the tag's fields cannot be read ({error})").format(error=error))


def encode_values(values: FieldValues) -> str:
    return json.dumps(dict(values), ensure_ascii=False) if values else ""


def decode_values(text: str) -> FieldValues:
    if not text:
        return ()
    try:
        found = json.loads(text)
    except ValueError:
        return ()  # written by another program: the passage keeps the rest
    if not isinstance(found, dict):
        return ()
    return tuple((str(name), str(value)) for name, value in found.items() if value)


def field_names(specs_per_tag: Iterable[Sequence[FieldSpec]]) -> list[str]:
    """Every field name the tags declare, each once, in the codebook's order: an export's
    columns."""
    names: dict[str, None] = {}
    for specs in specs_per_tag:
        names.update((spec.name, None) for spec in specs)
    return list(names)


# Formats with no place for fields (a REFI-QDA selection has only a description) carry them
# after the note, under this line, one "name: value" a line.
FIELDS_HEADING = "Fields:"


def described(note: str, values: FieldValues) -> str:
    """The note with the fields' values after it, as a description a person can read too."""
    if not values:
        return note
    lines = "\n".join(f"{name}: {' '.join(value.split())}" for name, value in values)
    return f"{note}\n\n{FIELDS_HEADING}\n{lines}" if note else f"{FIELDS_HEADING}\n{lines}"


def undescribed(description: str) -> tuple[str, FieldValues]:
    """The note and the fields' values of a description `described` wrote; any other text is
    all note."""
    note, heading, lines = description.rpartition(f"{FIELDS_HEADING}\n")
    if not heading or (note and not note.endswith("\n\n")):
        return description, ()
    pairs = [line.partition(": ") for line in lines.split("\n")]
    if not pairs or any(not name or not colon for name, colon, _ in pairs):
        return description, ()
    return note[:-2] if note else "", tuple(
        (n, _lines_of_links(v)) for n, _, v in pairs if v.strip()
    )


def _lines_of_links(value: str) -> str:
    """A value of several links, written on one line, as a link field keeps it: one a line."""
    parts = value.split()
    return "\n".join(parts) if len(parts) > 1 and all(map(is_link, parts)) else value.strip()


# A tag's fields as the codebook editor shows them, one a line:
#   verdict: choice (true, mostly true, false)
#   evidence: link
def fields_text(specs: Sequence[FieldSpec]) -> str:
    return "\n".join(
        f"{spec.name}: {spec.kind}" + (f" ({', '.join(spec.choices)})" if spec.choices else "")
        for spec in specs
    )


_FIELD_LINE = re.compile(r"(?P<name>[^:]+):\s*(?P<kind>\w+)\s*(?:\((?P<choices>.*)\))?\s*")


def parse_fields_text(text: str, known: Sequence[FieldSpec] = ()) -> tuple[FieldSpec, ...]:
    """The fields written one a line as fields_text writes them; a field already `known` by
    name keeps its description. Raises FieldError naming the line that cannot be read."""
    descriptions = {spec.name: spec.description for spec in known}
    specs: list[FieldSpec] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = _FIELD_LINE.fullmatch(line.strip())
        kind = match["kind"].lower() if match else ""
        if match is None or kind not in FIELD_KINDS:
            not_field = tr("line {number} is not “name: kind” with a kind of {kinds}")
            raise FieldError(not_field.format(number=number, kinds=", ".join(FIELD_KINDS)))
        name = match["name"].strip()
        choices = tuple(c.strip() for c in (match["choices"] or "").split(",") if c.strip())
        if kind == "choice" and not choices:
            no_values = tr("line {number}: a choice lists its values, “{name}: choice (a, b)”")
            raise FieldError(no_values.format(number=number, name=name))
        if any(spec.name == name for spec in specs):
            twice = tr("line {number}: there is already a field called “{name}”")
            raise FieldError(twice.format(number=number, name=name))
        specs.append(FieldSpec(name, cast(FieldKind, kind), choices, descriptions.get(name, "")))
    return tuple(specs)
