"""The pages core writes (issue 28, part 1): a report, a worksheet, an answer sheet, a
student's feedback, a class's results, the reasons given with suggestions and the undo menu's
words come out in the language chosen, their numbers and dates as it writes them; every word
of them that is not the reader's data is in the catalogues, translated in all three."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from factories import make_article, new_annotation
from readmark.core import commands as do
from readmark.core.class_results import (
    ClassResults,
    Table,
    class_results,
    table_rows,
    write_results_xlsx,
)
from readmark.core.command_words import describe
from readmark.core.exercise import Exercise, ExerciseTag, Passage, Work, check, for_student
from readmark.core.exercise_feedback import feedback_page
from readmark.core.exercise_sheets import answer_sheet_page, worksheet_page
from readmark.core.model import Document, Tag, TagSpec
from readmark.core.report import render_report
from readmark.core.suggestion_learning import Tally
from readmark.core.suggestions import REASON_KINDS, shown_reason, suggest
from readmark.core.text import split_blocks
from readmark.ui.confusion_view import ConfusionView
from readmark.ui.exercise_dialogs import ClassResultsDialog
from readmark.ui.main_window import MainWindow
from readmark.ui.translation import counted, install_translators, remove_translators, tr

from .test_translations import HOW, TRANSLATED, catalogue, in_catalogue, words_of

MADE = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)  # the 14th in every time zone
TITLE = "Reef survey"
TEXT = (
    f"{TITLE}\n\nThe reef lost 40 % of its coral in 2024. Divers counted the damage.\n\n"
    "Officials said the survey was thorough. The council should act now."
)
TAGS = (
    ExerciseTag("claim", "#0072B2", "1", "A statement of fact"),
    ExerciseTag("opinion", "#CC79A7", "2", "A view"),
)
INSTRUCTIONS = "Tag every claim."
REMOVED = "A sentence since removed."  # a passage no longer in the text


def passage(tag: str, words: str) -> Passage:
    start = TEXT.index(words)
    return Passage(tag, start, start + len(words), words)


KEY = (
    passage("claim", "The reef lost 40 % of its coral in 2024."),
    passage("claim", "Divers counted the damage."),
    passage("opinion", "The council should act now."),
)
# A student who found the first claim, half of the second, and took a claim for an opinion.
WORK = [
    passage("claim", "The reef lost 40 % of its coral in 2024."),
    passage("claim", "Divers counted"),
    passage("opinion", "Officials said the survey was thorough."),
]


def exercise() -> Exercise:
    return Exercise("x", INSTRUCTIONS, make_article(TEXT, TITLE), TAGS, KEY, True)


def results() -> ClassResults:
    """A class of two: Ana gave a reason with a passage not in the key; Ben called the key's
    opinion a claim, for its named source."""
    reasoned = [*WORK[:2], replace(WORK[2], reason="named source")]
    mistaken = replace(KEY[2], tag="claim", reason="named source")
    ana = Work("x", "", "Ana", "", tuple(reasoned))
    return class_results(exercise(), [ana, Work("x", "", "Ben", "", (mistaken,))])


def report() -> str:
    document = Document(1, TITLE, "survey.txt", TEXT, "hash", MADE, 0)
    tags = [Tag(1, "claim", "#0072B2", "1", 1, "A statement of fact")]
    found = new_annotation(1, 1, 0, 0, TEXT)
    start = TEXT.index("Divers")
    tagged = replace(found, start=start, end=start + 26, exact=TEXT[start : start + 26])
    lost = replace(found, id=found.id + "-lost", exact=REMOVED, orphaned=True)
    unknown = replace(tagged, id=found.id + "-unknown", tag_id=9, note="Check with the divers.")
    return render_report([(document, [tagged, lost, unknown])], tags, MADE)


def feedback() -> str:
    document = Document(1, TITLE, "survey.txt", TEXT, "hash", MADE, 0)
    return feedback_page(document, check(KEY, WORK, [t.name for t in TAGS]), MADE)


def worksheet() -> str:
    return worksheet_page(for_student(exercise()), MADE)


def answer_sheet() -> str:
    return answer_sheet_page(exercise(), MADE)


PAGES = {"report": report, "worksheet": worksheet, "answer sheet": answer_sheet}
PAGES["feedback"] = feedback


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translators = install_translators("fr")
    yield
    remove_translators(translators)


def shown_date(language: str) -> str:
    """How the language writes the moment the pages were made, as the backups list dates it."""
    made = QDateTime.fromSecsSinceEpoch(int(MADE.timestamp()))
    return QLocale(language).toString(made, QLocale.FormatType.ShortFormat)


def plain(page: str) -> str:
    """The page's text as a reader sees it: no markup, entities read, spaces made one."""
    return " ".join(TextPieces.of(page))


def test_a_report_made_in_french_reads_in_french(french: None) -> None:
    assert '<html lang="fr">' in report()  # a screen reader's voice reads it in French
    assert 'claim</span>\xa0: <span class="passage">«\xa0Divers' in report()  # not broken
    shown = plain(report())
    assert f"Rapport Readmark, {shown_date('fr')}" in shown
    assert shown_date("fr").startswith("14/03/2026")
    assert "claim 2 passages — A statement of fact" in shown  # the legend: a tag is data
    assert "Passages et notes" in shown
    assert "claim : « Divers counted the damage. »" in shown.replace("\xa0", " ")
    assert "(introuvable dans cette version du texte)" in shown
    assert "(une étiquette qui n’est plus dans la grille de codage)" in shown
    assert "Passages and notes" not in shown and "report" not in shown


def test_a_worksheet_and_its_answer_sheet_made_in_french_read_in_french(french: None) -> None:
    sheet = plain(worksheet()).replace("\xa0", " ")
    assert f"Fiche d’exercice, {shown_date('fr')}" in sheet
    assert re.search(r"Nom : _{20,}\s+Classe : _{10,}\s+Date : _{10,}", sheet)
    assert "Consignes Tag every claim." in sheet  # the teacher's words stay as written
    assert "Étiquettes claim A statement of fact" in sheet
    assert "No passages" not in sheet and "Instructions" not in sheet
    answers = plain(answer_sheet())
    assert f"Corrigé, {shown_date('fr')}" in answers
    assert "claim 2 passages — A statement of fact" in answers


def test_feedback_made_in_french_reads_in_french_its_scores_as_french_writes_them(
    french: None,
) -> None:
    shown = plain(feedback()).replace("\xa0", " ")
    assert f"Vérifié le {shown_date('fr')}" in shown
    assert shown.index("Votre score") < shown.index("Vos passages") < shown.index("Dans l’article")
    # claim: 1 + ½ of 2 key passages, one of the student's passages with the wrong tag.
    assert "claim 75 % 1,5 sur 2 passages du corrigé 0 manqué 0 absent" in shown
    assert "opinion 0 % 0 sur 1 passage du corrigé 1 manqué 1 absent du corrigé" in shown
    assert "Toutes les étiquettes" in shown
    assert "au moins 80 % des caractères" in shown  # the rules, with the thresholds
    assert "✓ correspond au corrigé" in shown and "○ manqué" in shown
    assert "Vous l’avez étiqueté « claim »." in shown
    assert "Le corrigé l’étiquette « opinion »." in shown
    assert "Your" not in shown and "key" not in shown


def test_german_writes_half_points_with_a_comma(qapp: QApplication) -> None:
    translators = install_translators("de")
    try:
        shown = plain(feedback()).replace("\xa0", " ")
    finally:
        remove_translators(translators)
    assert "claim 75 % 1,5 von 2 Passagen der Lösung 0 verfehlt" in shown
    assert f"Geprüft am {shown_date('de')}" in shown


@pytest.mark.parametrize("page", PAGES)
def test_every_word_a_page_writes_is_in_the_catalogues_translated(page: str) -> None:
    """The English page's text, less what is the reader's data (the article, its tags, the
    teacher's instructions, counts and dates), is made of the catalogues' sources."""
    made = PAGES[page]()
    assert '<html lang="en">' in made
    data = [TEXT, INSTRUCTIONS, "survey.txt test", "Check with the divers.", REMOVED]
    data += [f"{t.name} {t.description}" for t in TAGS]
    pieces = [
        piece.lstrip("✓½✗○ ")
        for text in TextPieces.of(made)
        # the meta line's parts; a count and a tag's description; a line to write on
        for piece in re.split(r" [·—] |\s*_{3,}\s*", text)
        if not is_data(piece, data)
    ]
    for language in TRANSLATED:
        # Sources of words only: "{coder}: {version}" would pass any text with a colon.
        translations = {s: t for s, t in catalogue(language).items() if words_of(s)}
        missing = [p for p in pieces if not sentences_in(p, translations)]
        assert not missing, f"{page}, {language}: not in the catalogue ({HOW}): {missing}"


def sentences_in(piece: str, translations: dict[str, str]) -> bool:
    """Whether the piece is a source of the catalogue, or two written one after the other."""
    if in_catalogue(piece, translations):
        return True
    ends = [m.end() for m in re.finditer(r"[.;:] ", piece)]
    return any(
        in_catalogue(piece[:end].strip(), translations)
        and in_catalogue(piece[end:].strip(), translations)
        for end in ends
    )


def is_data(piece: str, data: list[str]) -> bool:
    """Whether a piece of page text is the reader's own (or a mark, a number, a date, a line
    to write on) rather than the page's words."""
    words = plain_words(re.sub(r"\[\d+\]", "", piece))
    return not re.search(r"[A-Za-z]{2}", words) or any(words in plain_words(d) for d in data)


def plain_words(text: str) -> str:
    return " ".join(re.findall(r"[A-Za-z]+", text))


class TextPieces(HTMLParser):
    """The text of a page's elements, each run between two tags one piece; the head left out."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []
        self._in_head = False

    @classmethod
    def of(cls, page: str) -> list[str]:
        parser = cls()
        parser.feed(page)
        return parser.pieces

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_head = self._in_head or tag == "head"

    def handle_endtag(self, tag: str) -> None:
        self._in_head = self._in_head and tag != "head"

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if text and not self._in_head:
            self.pieces.append(text)


def test_class_results_made_in_french_are_headed_in_french(french: None) -> None:
    header, _ = table_rows(results(), "passages")
    assert header == [
        *("numéro", "étiquette", "passage", "début", "fin", "trouvé", "correspond"),
        *("en partie", "manqué", "étiqueté claim", "étiqueté opinion"),
    ]
    header, _ = table_rows(results(), "students")
    assert header[:4] == ["élève", "score", "score claim", "score opinion"]
    header, rows = table_rows(results(), "confusion")
    header = [h.replace("\xa0", " ") for h in header]
    assert header[:4] == [
        "étiquette du corrigé",
        "étiquette donnée",
        "réponses",
        "raison : chiffre",
    ]
    assert "raison : source nommée" in header
    assert rows[-1][:3] == ["opinion", "(aucune)", 1]
    book = io.BytesIO()
    write_results_xlsx(results(), book)
    names = openpyxl.load_workbook(io.BytesIO(book.getvalue())).sheetnames
    assert names == ["Élèves", "Passages du corrigé", "Affirmation ou opinion"]


@pytest.mark.parametrize("table", ["passages", "students", "confusion"])
def test_every_heading_of_class_results_is_in_the_catalogues_translated(table: Table) -> None:
    header, _ = table_rows(results(), table)
    for language in TRANSLATED:
        translations = {s: t for s, t in catalogue(language).items() if words_of(s)}
        missing = [h for h in header if not in_catalogue(h, translations)]
        assert not missing, f"{table}, {language}: not in the catalogue ({HOW}): {missing}"


def test_the_reasons_given_with_suggestions_read_in_french(french: None) -> None:
    shown = {
        reason: shown_reason(reason).replace("\xa0", " ")
        for reason in (
            "hedge: 'may'",
            "direct speech in quotation marks; speaker: Ana Ruiz",
            "evaluative: 'dire', 'grim' (subjectivity lexicon)",
            "repeated in the text, as captions are",
        )
    }
    assert list(shown.values()) == [
        "précaution de langage : 'may'",  # the article's words as they are
        "discours direct entre guillemets ; locuteur : Ana Ruiz",
        "évaluatif : 'dire', 'grim' (lexique de subjectivité)",
        "répété dans le texte, comme le sont les légendes",
    ]
    assert Tally(4, 1).note() == "vous en avez gardé 4 sur 5 de ce genre"


def test_every_kind_of_evidence_a_reason_names_is_translated() -> None:
    """Over the articles the suggestions are measured on, each kind of evidence a reason names
    (before its colon) is one shown_reason translates, with its three translations."""
    articles = Path(__file__).parents[1] / "suggestions"
    kinds = set()
    for path in [*articles.glob("articles/*"), *articles.glob("eval/*.txt")]:
        text = path.read_text(encoding="utf-8")
        for suggestion in suggest(text, split_blocks(text)):
            for part in suggestion.reason.split("; "):
                kind, _, evidence = part.partition(": ")
                kinds |= {kind, *re.findall(r" \(([a-z ]+)\)$", evidence)}
    assert len(kinds) >= 15, kinds  # quotes, captions, claims and opinions all seen
    assert kinds <= REASON_KINDS, f"not translated by shown_reason: {kinds - REASON_KINDS}"
    for language in TRANSLATED:
        translations = catalogue(language)
        assert not [k for k in REASON_KINDS if not translations.get(k)], language


def test_the_class_results_dialog_reads_in_french(french: None, qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ClassResultsDialog(results(), TITLE, {}, parent)
    summary = dialog.findChildren(QLabel)[0].text().replace("\xa0", " ")
    assert summary.startswith("2 élèves. Un passage correspond quand")
    assert "au moins 80 % des caractères" in summary and "passages de l’élève" in summary
    confusion = dialog.findChild(ConfusionView)
    assert confusion is not None
    model = confusion.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["étiqueté\nclaim", "étiqueté\nopinion", "laissé\nsans étiquette"]
    assert model.headerData(0, Qt.Orientation.Vertical) == "claim du corrigé"
    assert (
        model.item(1, 2).toolTip()
        == "1 réponse : un passage opinion du corrigé laissé sans étiquette"
    )
    reasons = confusion.reasons.text().replace("\xa0", " ")
    assert "Les raisons données avec les erreurs :" in reasons
    assert "<b>opinion étiqueté claim</b> (1 réponse) : source nommée 1" in reasons


def undoable_commands() -> list[do.Command]:
    """One command of each kind whose words the undo menu shows, and the batches it names."""
    annotation = new_annotation(1, 1, 0, 6, TEXT)
    tag = Tag(1, "claim", "#0072B2", "1", 1)
    article = make_article(TEXT, TITLE)
    document = Document(1, TITLE, "survey.txt", TEXT, "hash", MADE, 0)
    return [
        do.AddAnnotation(annotation),
        do.RemoveAnnotation("a"),
        do.AddAnnotations((annotation, annotation)),
        do.RemoveAnnotations(("a", "b")),
        do.Retag("a", 2),
        do.EditNote("a", "note"),
        do.EditFields("a", {}, "verdict"),
        do.EditFields("a", {}),
        do.RemoveDocument(1),
        do.RestoreDocument(document, ()),
        do.ReviseDocument(1, article, article),
        do.AddTag(TagSpec("statistic", "#56B4E9", "5")),
        do.UpdateTag(tag),
        do.RemoveTag(1, None),
        do.RemoveTag(1, 2),
        do.RestoreTag(tag, (), ()),
        do.ImportCodebook((), ()),
        do.AddLinks(()),
        do.RemoveLinks(()),
        do.LabelDocument(1, "news"),
        do.LabelDocument(1, ""),
        do.GiveReason("a", "hedge"),
        do.GiveReason("a", ""),
        do.ChangeSetting("key", "value"),
        do.Batch((do.RemoveAnnotation("a"), do.RemoveAnnotation("b"))),
        do.Batch((do.Retag("a", 1), do.Retag("b", 1))),
        do.Batch((do.UpdateTag(tag), do.UpdateTag(tag))),
        do.Batch((do.EditNote("a", ""), do.Retag("b", 1))),
    ]


def test_the_undo_menu_names_each_change_in_french(french: None) -> None:
    names = {1: "claim", 2: "opinion"}
    said = [describe(command, names) for command in undoable_commands()]
    assert said[:5] == [
        "Étiqueter comme claim",
        "Supprimer l’annotation",
        "Ajouter 2 annotations",
        "Supprimer 2 annotations",
        "Changer l’étiquette en opinion",
    ]
    assert "Donner la raison : précaution de langage" in said
    assert said[-1] == "2 modifications"


def test_every_word_of_the_undo_menu_is_in_the_catalogues_translated() -> None:
    said = [describe(command, {1: "claim", 2: "opinion"}) for command in undoable_commands()]
    data = [TITLE, "claim", "opinion", "statistic", "verdict", "news", "hedge"]
    for language in TRANSLATED:
        translations = {s: t for s, t in catalogue(language).items() if words_of(s)}
        missing = [s for s in said if not in_catalogue(s, translations) and s not in data]
        assert not missing, f"{language}: not in the catalogue ({HOW}): {missing}"


def test_the_undo_step_of_rejected_suggestions_counts_in_french(french: None) -> None:
    # The words LibraryController.reject_suggestions gives the undo step.
    assert counted(tr("Reject %n suggestion(s)", "", 1), 1) == "Rejeter 1 suggestion"
    assert counted(tr("Reject %n suggestion(s)", "", 3), 3) == "Rejeter 3 suggestions"


@pytest.mark.usefixtures("french")
def test_the_note_after_a_sync_is_in_the_readers_language() -> None:
    from readmark.store.team_sync import SyncResult
    from readmark.team_commands import describe as described_sync

    told = described_sync(SyncResult(sent=1, received=3, waiting=2, not_sent=0), joined=True)
    assert told == (
        "Équipe rejointe et synchronisée. Envoi : 1 modification ; réception : 3 modifications. "
        "En attente de codes qu’un responsable n’a pas encore ajoutés au livre de codes de "
        "l’équipe : 2 modifications."
    )


@pytest.mark.usefixtures("french")
def test_the_teams_word_in_the_status_bar_is_in_the_readers_language() -> None:
    from readmark.ui.team_actions import status_text, synced_ago
    from readmark.ui.team_worker import SyncOutcome

    now = datetime(2026, 12, 6, 1, 30, tzinfo=UTC)
    assert status_text(SyncOutcome(None, "…", True, 2), None)[0] == (
        "Hors ligne : 2 modifications en attente"
    )
    assert status_text(None, None) == ("Pas encore synchronisé", "")
    assert synced_ago(now.replace(day=3), now) == "Synchronisé il y a 3 jours"
    assert synced_ago(now.replace(hour=0, minute=29), now) == "Synchronisé il y a 1 h"


def test_file_types_tooltips_and_refusals_are_in_the_readers_language(
    french: None, window: MainWindow
) -> None:
    from readmark.ui.annotation_model import CODER_COLUMN
    from readmark.ui.codebook_dialog import TagEditor
    from readmark.ui.file_dialogs import file_types

    from .test_coders import colleague_tags

    assert file_types((tr("CSV for spreadsheets"), "*.csv"), any_file=True) == (
        "CSV pour tableurs (*.csv);;Tous les fichiers (*)"
    )
    colleague_tags(window, "partisans began raiding Russia’s borders", "Benedita")
    coder = window.panel.model.index(0, CODER_COLUMN)
    assert coder.data(Qt.ItemDataRole.ToolTipRole) == "Étiqueté par Benedita"
    editor = TagEditor(window.controller.tags, None, window.commands.command_keys(), window)
    editor.name.setText("Claim")
    assert editor.problem() == "Il existe déjà une étiquette nommée « Claim »."
    from readmark.ui.export_dialog import ExportDialog

    formats = ExportDialog(window).format
    assert [formats.itemText(i) for i in (0, 4)] == [
        "CSV pour tableurs (.csv)",
        "Rapport en page web (.html)",
    ]


@pytest.mark.usefixtures("french")
def test_what_a_preset_added_and_coder_agreement_say_it_in_the_readers_language(
    qtbot: QtBot,
) -> None:
    from readmark.core.presets import PRESETS, additions_text, preset_additions
    from readmark.ui.agreement_dialog import AgreementDialog

    chosen = next(p for p in PRESETS if p.name.startswith("Fact or opinion"))
    told = additions_text(chosen, preset_additions(chosen, []))
    assert told.startswith("2 étiquettes ajoutées depuis « Fact or opinion")
    assert told.endswith("Aucune étiquette ni aucun passage n’a été retiré.")
    dialog = AgreementDialog(None, [], [], [], ["Ana"], None)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "Choisissez au moins deux codeurs à comparer."


@pytest.mark.usefixtures("french")
def test_a_team_out_of_reach_is_offline_in_the_readers_language_too(
    isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Offline was told by the English words of the refusal: in French it read as a failure.
    from readmark.store import team_sync
    from readmark.ui.team_worker import run_sync

    from .test_team_status import server_out_of_reach

    monkeypatch.setattr(team_sync, "sync", server_out_of_reach)
    outcome = run_sync(isolated_paths)
    assert outcome.offline and outcome.error.startswith("Impossible de joindre")


@pytest.mark.usefixtures("french")
def test_a_whole_number_is_written_the_languages_way() -> None:
    from readmark.core import texts

    assert texts.number(12345) == "12\u202f345"
