"""What the reader's decisions teach the suggester, across the library: local, explained, undone
by forgetting.

Each suggestion comes from one kind of evidence, its cue ("opinion · hedge", "claim · figure").
Accepting or rejecting a suggestion counts for its cue. A cue the reader has turned down at
least HOLD_AFTER times, and at least three times as often as kept, is held back in every
document; any other cue with a record says so in its reason ("you kept 4 of 5 like this").
Forgetting clears the record and brings every cue back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from readmark.core.texts import tr

HOLD_AFTER = 3  # rejections before a cue can be held back


@dataclass(frozen=True)
class Tally:
    kept: int = 0
    rejected: int = 0

    @property
    def held_back(self) -> bool:
        return self.rejected >= HOLD_AFTER and self.rejected >= 3 * self.kept

    def note(self) -> str:
        """The record in words, for a suggestion's reason ("" when there is none)."""
        decided = self.kept + self.rejected
        kept = tr("you kept {kept} of {decided} like this")
        return kept.format(kept=self.kept, decided=decided) if decided else ""


def cue_of(tag: str, reason: str) -> str:
    """The kind of evidence behind a suggestion: its tag and its reason's name for the evidence,
    without the words it matched ("opinion · hedge" for "hedge: 'may'")."""
    kind = reason.split(":", 1)[0].split(";", 1)[0].split("(", 1)[0].strip()
    return f"{tag} · {kind}"


def recorded(tallies: dict[str, Tally], cues: list[str], kept: bool) -> dict[str, Tally]:
    """The tallies after the reader kept (or rejected) one suggestion of each of `cues`."""
    updated = dict(tallies)
    for cue in cues:
        tally = updated.get(cue, Tally())
        updated[cue] = Tally(tally.kept + kept, tally.rejected + (not kept))
    return updated


def encode(tallies: dict[str, Tally]) -> str:
    return json.dumps({cue: [t.kept, t.rejected] for cue, t in sorted(tallies.items())})


def decode(text: str | None) -> dict[str, Tally]:
    """Tallies from their stored form; an unreadable record counts as none (nothing is lost
    that matters: the suggester only starts learning again)."""
    try:
        stored = json.loads(text or "{}")
        return {str(cue): Tally(int(counts[0]), int(counts[1])) for cue, counts in stored.items()}
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return {}
