"""Comfort while reading: find in the article, jumping between annotations, text size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from readmark.ui.article_view import MEASURE_EM, ArticleView
from readmark.ui.colours import DARK
from readmark.ui.library_search import LibrarySearchDialog
from readmark.ui.main_window import MIN_READER_WIDTH, MainWindow

from .conftest import OpenWindow, select_text


def test_ctrl_f_finds_every_match_and_steps_through_them(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keySequence(window, QKeySequence.StandardKey.Find)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "kremlin")
    text = window.controller.document.text
    total = text.lower().count("kremlin")
    assert bar.count.text() == f"1 of {total}"
    assert len(window.view.extraSelections()) == total
    assert window.view.textCursor().selectedText().lower() == "kremlin"
    first = window.view.selected_span()

    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == f"2 of {total}"
    assert window.view.selected_span()[0] > first[0]
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.selected_span() == first

    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.view.extraSelections() == []


def test_find_says_when_nothing_matches(qtbot: QtBot, window: MainWindow) -> None:
    window.find_bar.open_bar()
    qtbot.keyClicks(window.find_bar.field, "zebra crossing")
    assert window.find_bar.count.text() == "No matches"


def test_straight_quotes_typed_find_curly_ones(qtbot: QtBot, window: MainWindow) -> None:
    window.find_bar.open_bar()
    qtbot.keyClicks(window.find_bar.field, "city's air")
    assert window.view.textCursor().selectedText() == "city’s air"


def test_n_and_p_walk_the_annotations_and_alt_digit_finds_one_tag(
    qtbot: QtBot, window: MainWindow
) -> None:
    for phrase, key in (
        ("Such an attack", Qt.Key.Key_1),
        ("So, is this really", Qt.Key.Key_2),
        ("The dust is still settling", Qt.Key.Key_1),
    ):
        select_text(window, phrase)
        qtbot.keyClick(window.view, key)
    window.view.select_span(0, 0)
    window.view.setFocus()

    qtbot.keyClick(window.view, Qt.Key.Key_N)
    assert window.view.textCursor().selectedText() == "Such an attack"
    qtbot.keyClick(window.view, Qt.Key.Key_N)
    assert window.view.textCursor().selectedText() == "So, is this really"
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    assert window.view.textCursor().selectedText() == "Such an attack"
    qtbot.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # next claim
    assert window.view.textCursor().selectedText() == "The dust is still settling"
    current = window.panel.table.currentIndex()
    assert current.siblingAtColumn(1).data() == "The dust is still settling"


def test_text_size_changes_with_ctrl_plus_minus_and_is_remembered(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    normal = window.view.font().pointSizeF()
    qtbot.keySequence(window, QKeySequence.StandardKey.ZoomIn)
    qtbot.keySequence(window, QKeySequence.StandardKey.ZoomIn)
    assert window.view.font().pointSizeF() == normal + 2
    window.close()
    again = open_window()
    assert again.view.font().pointSizeF() == normal + 2
    qtbot.keySequence(again, "Ctrl+0")
    assert again.view.font().pointSizeF() == normal


class ViewportResizes(QObject):
    """Counts the reader's viewport resizes: each lays the whole text out anew."""

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self.count = 0
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        self.count += event.type() == QEvent.Type.Resize
        return False


def test_the_text_column_holds_its_width_as_the_reader_narrows_a_little(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A dock a pixel or two wider (the panel's toggles filled in) takes it from the margins:
    the lines keep their length and the text is not laid out again."""
    view = window.view
    column = view.viewport().width()
    assert view.viewportMargins().left() > 2  # the reader is wider than its column
    resizes = ViewportResizes(view)
    view.resize(view.width() - 2, view.height())
    view.resize(view.width() + 1, view.height())
    assert view.viewport().width() == column
    assert resizes.count == 0


def test_a_larger_text_gets_a_wider_column(qtbot: QtBot, window: MainWindow) -> None:
    """Lines are as many ems long at every text size, where the reader has the room."""
    view = window.view
    window.resize(1900, window.height())
    qtbot.waitUntil(lambda: view.viewportMargins().left() > 100)
    em = view.fontMetrics().horizontalAdvance("M")
    before = view.viewport().width()
    qtbot.keySequence(window, QKeySequence.StandardKey.ZoomIn)
    qtbot.keySequence(window, QKeySequence.StandardKey.ZoomIn)
    grown = view.fontMetrics().horizontalAdvance("M")
    assert grown > em
    assert view.viewport().width() - before >= (grown - em) * MEASURE_EM - 2


def test_the_overview_strip_marks_highlights_and_jumps_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    text = window.controller.document.text
    late = "Victory Day military parade"
    select_text(window, late)
    qtbot.keyClick(window.view, Qt.Key.Key_4)
    strip = window.overview
    marks = strip.marks()
    quote = next(t.colour for t in window.controller.tags if t.name == "quote")
    row = int(text.index(late) / len(text) * (strip.height() - 2))
    assert set(marks.values()) == {quote}
    assert min(marks) == row and max(marks) <= row + 4  # a short passage: a short mark

    window.view.scroll_to(0)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=strip.rect().center())
    assert window.view.reading_position() > len(text) * 0.3


def test_the_strip_shows_a_change_of_the_highlights(qtbot: QtBot, window: MainWindow) -> None:
    """What the strip paints, not only what it counts: it keeps its drawing between changes."""
    from PySide6.QtGui import QColor

    text = window.controller.document.text
    late = "Victory Day military parade"
    strip = window.overview
    colours = {t.name: QColor(t.colour) for t in window.controller.tags}

    def painted() -> QColor:
        """The strip's colour where the passage is, at the strip's height now."""
        row = 1 + int(text.index(late) / len(text) * (strip.height() - 2))
        return strip.grab().toImage().pixelColor(strip.width() // 2, row)

    select_text(window, late)  # in view: the strip shades where the reader is
    empty = painted()
    qtbot.keyClick(window.view, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: painted() == colours["quote"])
    [annotation] = window.panel.model.annotations
    window.controller.retag(
        [annotation], next(t.id for t in window.controller.tags if t.name == "claim")
    )
    qtbot.waitUntil(lambda: painted() == colours["claim"])
    window.controller.delete([window.panel.model.annotations[0]])
    qtbot.waitUntil(lambda: painted() == empty)


def test_dark_theme_darkens_the_paper_keeps_highlights_and_is_remembered(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    from PySide6.QtGui import QColor, QPalette

    from readmark.ui.colours import DARK, LIGHT, tint

    from .conftest import format_at

    def strip_ground(window: MainWindow) -> QColor:  # beside the scroll bar, below the view
        picture = window.overview.grab().toImage()
        return picture.pixelColor(0, picture.height() - 2)

    window = open_window()
    start, _ = select_text(window, "Such an attack")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    claim = next(t.colour for t in window.controller.tags if t.name == "claim")
    assert format_at(window, start).background().color() == tint(claim, 1, LIGHT)
    assert strip_ground(window).lightness() > 200

    window.commands.menus.comfort.theme_actions["dark"].trigger()
    paper = window.view.palette().color(QPalette.ColorRole.Base)
    ink = window.view.palette().color(QPalette.ColorRole.Text)
    assert paper == DARK.paper and ink.lightness() > 200
    highlight = format_at(window, start).background().color()
    assert (
        highlight == tint(claim, 1, DARK) and highlight.lightness() < 100
    )  # light text stays legible
    assert strip_ground(window).lightness() < 80  # the strip beside the paper darkens too
    window.close()
    again = open_window()
    assert again.commands.menus.comfort.theme_actions["dark"].isChecked()
    assert again.view.palette().color(QPalette.ColorRole.Base) == DARK.paper
    assert strip_ground(again).lightness() < 80


def test_search_the_library_in_texts_and_notes_and_open_a_result(
    qtbot: QtBot, window: MainWindow, tmp_path
) -> None:
    other = tmp_path / "bridge.txt"
    other.write_text("Bridge news\n\nThe Kremlin was not mentioned here.", encoding="utf-8")
    select_text(window, "Such an attack")
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    window.controller.set_note(window.panel.model.annotation(0), "Ask about the kremlin angle")
    window.files.import_paths([other])

    qtbot.keySequence(window, "Ctrl+Shift+F")
    dialog = window.findChild(LibrarySearchDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.field, "kremlin")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.searching())  # results come in between paints

    rows = [
        (dialog.results.item(r, 0).text(), dialog.results.item(r, 1).text())
        for r in range(dialog.results.rowCount())
    ]
    sample = window.documents.index(0).data()
    in_sample = window.controller.documents()[0]
    assert rows.count((sample, "text")) >= 5
    assert ("Bridge news", "text") in rows and (sample, "note") in rows
    assert dialog.summary.text() == f"{len(rows)} places found"
    assert in_sample.id == 1

    note_row = rows.index((sample, "note"))
    dialog.table.selectRow(note_row)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert window.windowTitle().startswith("Recent attacks")
    assert window.view.textCursor().selectedText() == "Such an attack"


def test_summary_counts_per_tag_and_document_with_a_chart(
    qtbot: QtBot, window: MainWindow, tmp_path
) -> None:
    for phrase, key in (
        ("Such an attack", Qt.Key.Key_1),
        ("So, is this really", Qt.Key.Key_1),
        ("The dust is still settling", Qt.Key.Key_4),
    ):
        select_text(window, phrase)
        qtbot.keyClick(window.view, key)
    other = tmp_path / "bridge.txt"
    other.write_text("Bridge\n\nThe mayor spoke.", encoding="utf-8")
    window.files.import_paths([other])
    select_text(window, "The mayor spoke.")
    qtbot.keyClick(window.view, Qt.Key.Key_2)

    qtbot.keySequence(window, "Ctrl+I")
    from readmark.ui.summary_dialog import SummaryDialog

    [dialog] = window.findChildren(SummaryDialog)
    model = dialog.model
    table = [
        [model.item(r, c).text() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert table[0][1:] == ["2", "0", "0", "1", "3"]  # sample: claim, opinion, caption, quote, all
    assert table[1] == ["Bridge", "0", "1", "0", "0", "1"]
    assert table[2] == ["All documents", "2", "1", "0", "1", "4"]
    image = dialog.chart.grab().toImage()
    colours = {image.pixelColor(x, 10).name() for x in range(image.width())}
    claim, quote = (t.colour.lower() for t in window.controller.tags[::3])
    assert claim in colours and quote in colours  # the sample's bar shows its tags' colours


def test_a_chosen_reading_font_is_used_and_remembered(open_window: OpenWindow) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QFontDialog

    window = open_window()

    def choose_in_dialog() -> None:  # Qt's own dialog, as the reader sees it
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFontDialog):
            QTimer.singleShot(20, choose_in_dialog)
            return
        dialog.setCurrentFont(QFont("DejaVu Sans", 15))
        dialog.accept()

    QTimer.singleShot(0, choose_in_dialog)
    window.commands.menus.comfort.choose_reading_font()
    assert window.view.font().families()[0] == "DejaVu Sans"
    assert window.view.font().pointSizeF() == 15
    window.close()
    again = open_window()
    assert again.view.font().families()[0] == "DejaVu Sans"
    assert again.view.font().pointSizeF() == 15


def test_the_system_theme_follows_the_desktops_colours(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    from PySide6.QtGui import QColor, QGuiApplication, QPalette
    from PySide6.QtWidgets import QApplication

    from readmark.ui.colours import LIGHT

    def paper(window: MainWindow) -> QColor:
        return window.view.palette().color(QPalette.ColorRole.Base)

    light = QGuiApplication.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    window = open_window()
    try:
        window.commands.menus.comfort.theme_actions["system"].trigger()
        assert paper(window) == LIGHT.paper  # the offscreen desktop is light
        QApplication.setPalette(dark)  # the desktop turns dark...
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        qtbot.waitUntil(lambda: paper(window) == DARK.paper)  # ...and the article with it
        window.close()
        again = open_window()  # and opens dark, while the desktop is
        assert again.commands.menus.comfort.theme_actions["system"].isChecked()
        assert paper(again) == DARK.paper
    finally:
        QApplication.setPalette(light)


def test_on_a_smaller_screen_the_docks_give_way_to_the_article(open_window: OpenWindow) -> None:
    window = open_window()
    screen = window.screen().availableGeometry()
    larger = screen.size() + QSize(640, 360)
    window.resize(larger)  # laid out on a larger monitor, then closed...
    assert window.width() == larger.width()
    window.close()
    window = open_window()  # ...and opened on this screen
    assert window.centralWidget().width() >= MIN_READER_WIDTH
    assert window.library_dock.isVisible() and window.panel_dock.isVisible()
    assert window.width() <= screen.width()  # nothing off the edge of the screen


def test_found_words_stay_readable_in_the_dark_theme(qtbot: QtBot, window: MainWindow) -> None:
    view = window.view
    view.apply_theme(DARK)
    window.find_bar.open_bar()
    qtbot.keyClicks(window.find_bar.field, "Putin")  # the title's is the current match
    text = view.text
    start = text.index("Putin", text.index("Vladimir"))  # the next, marked in yellow
    cursor = view.textCursor()
    cursor.setPosition(view.qt_position(start))
    left = view.cursorRect(cursor)
    cursor.setPosition(view.qt_position(start + len("Putin")))
    word = left.united(view.cursorRect(cursor)).adjusted(1, 1, -1, -1)
    assert view.viewport().rect().contains(word)

    picture = view.viewport().grab().toImage()
    colours = [
        picture.pixelColor(x, y)
        for x in range(word.left(), word.right())
        for y in range(word.top(), word.bottom())
    ]
    marked = sum(1 for c in colours if c.lightness() > 150 and c.saturation() > 100)
    ink = sum(1 for c in colours if c.lightness() < 90)
    assert marked > len(colours) // 3  # the yellow mark
    assert ink > len(colours) // 20  # and dark letters on it
