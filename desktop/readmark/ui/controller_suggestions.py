"""The controller's part for suggested passages: those shown for the open document, and the
reader's accepting or turning them down, each one undo step with what the suggester learned
from it (LibraryController._push_decision)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from readmark.core.anchoring import anchor_selection, anchored_annotation
from readmark.core.command_words import describe
from readmark.core.commands import AddAnnotation, Batch
from readmark.core.fields import SPEAKER, with_value
from readmark.core.suggestion_learning import Tally, cue_of, decode, encode, recorded
from readmark.store.schema import LEARNED_KEY
from readmark.ui.controller_host import ControllerPart
from readmark.ui.suggestion_decisions import Learning
from readmark.ui.translation import counted, tr

if TYPE_CHECKING:
    from readmark.core.suggestions import Suggestion

SUGGESTION_ORIGIN = "suggestion"
Store = Callable[[str], None]  # stores what the suggester learned, given as encoded


@dataclass(frozen=True)
class ShownSuggestion:
    """A suggested passage, with its tag resolved to one of the library's tags."""

    tag_id: int
    start: int
    end: int
    exact: str
    reason: str
    speaker: str
    cue: str = ""  # the kind of evidence, which the reader's decisions teach (suggestion_learning)


@dataclass(frozen=True)
class Found:
    """A document's suggestions as the suggester found them, before the library's decisions
    on them are applied (SuggestionsPart.shown_suggestions)."""

    document_id: int
    suggestions: tuple[Suggestion, ...]


class SuggestionsPart(ControllerPart):
    def suggestions(self) -> list[ShownSuggestion]:
        """Suggested passages of the open document, less those already tagged or turned down."""
        work = self.suggestion_work()
        return [] if work is None else self.shown_suggestions(work())

    def suggestion_work(self) -> Callable[[], Found] | None:
        """The suggester's work for the open document, for any thread: it holds the document's
        text and blocks and reads nothing of the library, whose connection is the window's
        (which may be inside a batch meanwhile). None: no document is open."""
        document = self.document
        if document is None:
            return None
        document_id, text, blocks = document.id, document.text, list(document.blocks)

        def work() -> Found:
            # Loaded when first asked for: compiling its patterns is 14 ms of opening the window.
            from readmark.core.suggestions import suggest

            return Found(document_id, tuple(suggest(text, blocks)))

        return work

    def shown_suggestions(self, found: Found) -> list[ShownSuggestion]:
        """Those of `found` to show, less those tagged or turned down, as the library holds them
        now (read here, on the window's thread: decisions taken while the work ran count)."""
        from readmark.core.suggestions import shown_reason

        document = self.document
        if document is None or document.id != found.document_id:
            return []  # another document opened meanwhile
        by_name = {t.name: t.id for t in self.tags}
        tallies = self.learned()
        rejected = self._repository.rejected_suggestions(document.id)
        existing = [(a.tag_id, a.start, a.end) for a in self._repository.annotations(document.id)]
        shown = []
        for s in found.suggestions:
            tag_id = by_name.get(s.tag)
            if tag_id is None or (tag_id, s.start, s.end) in rejected:
                continue  # that tag is gone from the codebook, or the reader said no
            if any(
                t == tag_id and _overlap(start, end, s.start, s.end) for t, start, end in existing
            ):
                continue
            cue = cue_of(s.tag, s.reason)
            tally = tallies.get(cue, Tally())
            if tally.held_back:
                continue  # the reader keeps turning this kind down
            reason = shown_reason(s.reason)
            reason = f"{reason} · {tally.note()}" if tally.note() else reason
            shown.append(ShownSuggestion(tag_id, s.start, s.end, s.exact, reason, s.speaker, cue))
        return shown

    def learned(self) -> dict[str, Tally]:
        """What the reader's decisions taught the suggester: a tally for each cue."""
        return decode(self._repository.setting(LEARNED_KEY))

    def forget_learned(self) -> None:
        """Clears what the suggester learned: every kind of suggestion comes back."""
        self._repository.set_setting(LEARNED_KEY, encode({}))

    def _learning(
        self, suggestions: list[ShownSuggestion], kept: bool, decide: Store, take_back: Store
    ) -> Learning:
        """What the suggester knows before a decision and after it, as stored by `decide` (and
        put back by `take_back`)."""
        before = encode(self.learned())
        cues = [s.cue for s in suggestions if s.cue]
        after = encode(recorded(self.learned(), cues, kept)) if cues else before
        return Learning(before, after, decide, take_back)

    def accept_suggestions(
        self, suggestions: list[ShownSuggestion], tag_id: int | None = None
    ) -> None:
        """Makes annotations of suggestions (as their own tag, or `tag_id`), in one step."""
        if self.document is None or not suggestions:
            return
        self.show_own_work()
        now = datetime.now(UTC)
        text = self.document.text
        coder = self.coder
        commands = []
        for s in suggestions:
            anchor = anchor_selection(text, s.start, s.end)
            if anchor is None:
                continue
            # The speaker goes to the tag's speaker field where it has one, else to the note.
            tag = tag_id or s.tag_id
            into_field = bool(s.speaker) and any(f.name == SPEAKER for f in self.tag(tag).fields)
            commands.append(
                AddAnnotation(
                    replace(
                        anchored_annotation(
                            anchor,
                            self.document.id,
                            tag,
                            coder,
                            now,
                            note=f"speaker: {s.speaker}" if s.speaker and not into_field else "",
                        ),
                        origin=SUGGESTION_ORIGIN,
                        field_values=with_value((), SPEAKER, s.speaker) if into_field else (),
                    )
                )
            )
        if commands:
            batch = Batch(tuple(commands))

            def learn(value: str) -> None:
                self._repository.set_setting(LEARNED_KEY, value)

            names = {t.id: t.name for t in self.tags}
            learning = self._learning(suggestions, True, learn, learn)
            self._push_decision(describe(batch, names), learning, batch)

    def reject_suggestions(self, suggestions: list[ShownSuggestion]) -> None:
        """Turns suggestions down, in one undo step with what the suggester learns from it."""
        if self.document is None or not suggestions:
            return
        document_id = self.document.id
        spans = [(s.tag_id, s.start, s.end) for s in suggestions]

        def reject(value: str, rejected: bool = True) -> None:
            setting = (LEARNED_KEY, value)
            self._repository.reject_suggestions(document_id, spans, setting, rejected=rejected)

        learning = self._learning(
            suggestions, False, reject, lambda value: reject(value, rejected=False)
        )
        count = len(spans)
        rejected = counted(tr("Reject %n suggestion(s)", "", count), count)
        self._push_decision(rejected, learning, None)


def _overlap(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether two passages share at least half of the shorter one."""
    shared = min(end, other_end) - max(start, other_start)
    return shared * 2 >= min(end - start, other_end - other_start)
