"""The undo menu's words for an edit command."""

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


def describe(command: Command, tag_names: dict[int, str]) -> str:
    """The undo-menu wording for a command."""
    match command:
        case Batch(commands):
            return _describe_batch(commands, tag_names)
        case AddAnnotation(annotation):
            return f"Tag as {tag_names.get(annotation.tag_id, 'tag')}"
        case RemoveAnnotation():
            return "Delete annotation"
        case RemoveAnnotations(annotation_ids):
            return f"Delete {len(annotation_ids)} annotations"
        case AddAnnotations(annotations):
            return f"Add {len(annotations)} annotations"
        case RemoveDocument():
            return "Remove document"
        case RestoreDocument(document):
            return f"Restore “{document.title}”"
        case ReviseDocument(article=article):
            return f"Update “{article.title}”"
        case AddTag(spec):
            return f"New tag “{spec.name}”"
        case UpdateTag(tag):
            return f"Change tag “{tag.name}”"
        case RemoveTag(tag_id, None):
            return f"Delete tag {tag_names.get(tag_id, '')}".rstrip()
        case RemoveTag(_, reassign_to):
            return f"Merge into {tag_names.get(reassign_to or 0, 'tag')}"
        case RestoreTag(tag):
            return f"Restore tag “{tag.name}”"
        case ImportCodebook():
            return "Import codebook"
        case EditFields(field=field):
            return f"Set {field}" if field else "Edit fields"
        case Retag(_, tag_id):
            return f"Change tag to {tag_names.get(tag_id, 'tag')}"
        case AddLinks():
            return "Link passages"
        case RemoveLinks():
            return "Remove link"
        case LabelDocument(_, label):
            return f"Label as {label}" if label else "Remove document label"
        case GiveReason(_, reason):
            return f"Give reason: {reason}" if reason else "Remove reason"
        case EditNote():
            return "Edit note"
        case ChangeSetting():
            return "Change setting"
        case _:
            assert_never(command)


def _describe_batch(commands: tuple[Command, ...], tag_names: dict[int, str]) -> str:
    if len(commands) == 1:
        return describe(commands[0], tag_names)
    kinds = {type(c) for c in commands}
    if kinds == {RemoveAnnotation}:
        return f"Delete {len(commands)} annotations"
    if kinds == {Retag}:
        return f"Change tag of {len(commands)} annotations"
    if kinds == {UpdateTag}:
        return "Reorder tags"
    return f"{len(commands)} changes"
