"""The undo menu's words for an edit command, in the reader's language (core/texts.py)."""

from __future__ import annotations

from typing import assert_never

from readmark.core.commands import (
    AddAnnotation,
    AddAnnotations,
    AddLinks,
    AddTag,
    Batch,
    ChangeSetting,
    Command,
    EditFields,
    EditNote,
    GiveReason,
    ImportCodebook,
    LabelDocument,
    RemoveAnnotation,
    RemoveAnnotations,
    RemoveDocument,
    RemoveLinks,
    RemoveTag,
    RestoreDocument,
    RestoreTag,
    Retag,
    ReviseDocument,
    UpdateTag,
)
from readmark.core.exercise import reason_name
from readmark.core.texts import tr


def describe(command: Command, tag_names: dict[int, str]) -> str:
    """The undo-menu wording for a command."""

    def named(tag_id: int) -> str:
        return tag_names.get(tag_id) or tr("tag")

    match command:
        case Batch(commands):
            return _describe_batch(commands, tag_names)
        case AddAnnotation(annotation):
            return tr("Tag as {tag}").format(tag=named(annotation.tag_id))
        case RemoveAnnotation():
            return tr("Delete annotation")
        case RemoveAnnotations(annotation_ids):
            return tr("Delete %n annotation(s)", "", len(annotation_ids))
        case AddAnnotations(annotations):
            return tr("Add %n annotation(s)", "", len(annotations))
        case RemoveDocument():
            return tr("Remove document")
        case RestoreDocument(document):
            return tr("Restore “{title}”").format(title=document.title)
        case ReviseDocument(article=article):
            return tr("Update “{title}”").format(title=article.title)
        case AddTag(spec):
            return tr("New tag “{tag}”").format(tag=spec.name)
        case UpdateTag(tag):
            return tr("Change tag “{tag}”").format(tag=tag.name)
        case RemoveTag(tag_id, None):
            return tr("Delete tag {tag}").format(tag=tag_names.get(tag_id, "")).rstrip()
        case RemoveTag(_, reassign_to):
            return tr("Merge into {tag}").format(tag=named(reassign_to or 0))
        case RestoreTag(tag):
            return tr("Restore tag “{tag}”").format(tag=tag.name)
        case ImportCodebook():
            return tr("Import codebook")
        case EditFields(field=field):
            return tr("Set {field}").format(field=field) if field else tr("Edit fields")
        case Retag(_, tag_id):
            return tr("Change tag to {tag}").format(tag=named(tag_id))
        case AddLinks():
            return tr("Link passages")
        case RemoveLinks():
            return tr("Remove link")
        case LabelDocument(_, label):
            return (
                tr("Label as {label}").format(label=label) if label else tr("Remove document label")
            )
        case GiveReason(_, reason):
            if not reason:
                return tr("Remove reason")
            return tr("Give reason: {reason}").format(reason=reason_name(reason))
        case EditNote():
            return tr("Edit note")
        case ChangeSetting():
            return tr("Change setting")
        case _:
            assert_never(command)


def _describe_batch(commands: tuple[Command, ...], tag_names: dict[int, str]) -> str:
    if len(commands) == 1:
        return describe(commands[0], tag_names)
    kinds = {type(c) for c in commands}
    if kinds == {RemoveAnnotation}:
        return tr("Delete %n annotation(s)", "", len(commands))
    if kinds == {Retag}:
        return tr("Change tag of %n annotation(s)", "", len(commands))
    if kinds == {UpdateTag}:
        return tr("Reorder tags")
    return tr("%n change(s)", "", len(commands))
