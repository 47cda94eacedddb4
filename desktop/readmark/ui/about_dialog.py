"""The About box: version, what Readmark is, where its data lives, and the libraries it bundles."""

from __future__ import annotations

import html
import platform
from importlib.metadata import PackageNotFoundError, metadata, version
from pathlib import Path

from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from readmark.paths import resource_path
from readmark.ui.screen_fit import fitted, grow_to_wrapped_text
from readmark.ui.translation import tr

# (shown name, distribution name for importlib.metadata, licence). The licences are those of the
# versions Readmark is built with; metadata spells them too inconsistently to read them from it.
LIBRARIES = (
    ("PySide6 (Qt for Python)", "PySide6-Essentials", "LGPL-3.0"),
    ("Shiboken6", "shiboken6", "LGPL-3.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("charset-normalizer", "charset-normalizer", "MIT"),
    ("markdown-it-py", "markdown-it-py", "MIT"),
    ("mdurl", "mdurl", "MIT"),
    ("pysbd", "pysbd", "MIT"),
    # Only two of its lexicons are shipped and read: Pattern's en-sentiment.xml (PDDL) and
    # Brill's parts of speech, en-lexicon.txt (MIT).
    (
        "TextBlob (subjectivity and part-of-speech lexicons)",
        "textblob",
        "MIT; lexicons PDDL-1.0, MIT",
    ),
    # Their French and German lexicons, read for suggested opinions (core/stance_lexicons.py).
    ("textblob-fr", "textblob-fr", "MIT; lexicons PDDL-1.0, LGPL-LR"),
    ("textblob-de", "textblob-de", "MIT; lexicon Apache-2.0"),
    ("trafilatura", "trafilatura", "Apache-2.0"),
    ("htmldate", "htmldate", "Apache-2.0"),
    ("courlan", "courlan", "Apache-2.0"),
    ("jusText", "jusText", "BSD-2-Clause"),
    ("lxml", "lxml", "BSD-3-Clause"),
    ("lxml_html_clean", "lxml_html_clean", "BSD-3-Clause"),
    ("XlsxWriter", "XlsxWriter", "BSD-2-Clause"),
    ("Babel", "babel", "BSD-3-Clause"),
    ("tld", "tld", "MPL-1.1 OR GPL-2.0-only OR LGPL-2.1-or-later"),
    ("dateparser", "dateparser", "BSD-3-Clause"),
    ("python-dateutil", "python-dateutil", "Apache-2.0 OR BSD-3-Clause"),
    ("regex", "regex", "Apache-2.0 AND CNRI-Python"),
    ("tzlocal", "tzlocal", "MIT"),
    ("pytz", "pytz", "MIT"),
    ("certifi", "certifi", "MPL-2.0"),
    ("urllib3", "urllib3", "MIT"),
)


def _installed_version(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:  # a frozen app built without that package's metadata
        return "unknown"


def readmark_licence() -> str:
    """Readmark's own licence, as pyproject.toml declares it (through the package metadata)."""
    try:
        fields = metadata("readmark")
    except PackageNotFoundError:
        return "GPL-3.0-or-later"
    declared = (fields.get_all("License-Expression") or []) + (fields.get_all("License") or [])
    return declared[0] if declared else "GPL-3.0-or-later"


def bundled_libraries() -> list[tuple[str, str, str]]:
    """(name, version, licence) of Python, Qt and each library Readmark runs on."""
    rows = [
        ("Python", platform.python_version(), "PSF-2.0"),
        ("Qt", qVersion(), "LGPL-3.0"),
    ]
    rows += [(name, _installed_version(dist), licence) for name, dist, licence in LIBRARIES]
    return rows


class AboutDialog(QDialog):
    def __init__(self, app_version: str, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About Readmark"))
        top = self._build_heading(app_version)
        folder = QLabel(
            tr("Your library and its backups are in<br><b>{folder}</b>").format(
                folder=html.escape(str(data_folder))
            ),
            self,
        )
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        self.libraries = self._build_library_table()
        qt_source = QLabel(
            tr(
                'Qt and PySide6 are used under the LGPL-3.0; their source is at <a href="'
                'https://code.qt.io">code.qt.io</a>.'
            ),
            self,
        )
        qt_source.setOpenExternalLinks(True)
        qt_source.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(folder)
        layout.addWidget(self.libraries, 1)
        layout.addWidget(qt_source)
        layout.addWidget(buttons)
        self.resize(fitted(QSize(520, 540), self))
        grow_to_wrapped_text(self)

    def _build_heading(self, app_version: str) -> QHBoxLayout:
        """The icon beside the name and version, what Readmark is, and its licence."""
        icon = QLabel(self)
        svg = resource_path("resources", "icons", "readmark.svg")
        icon.setPixmap(QIcon(str(svg)).pixmap(QSize(64, 64), self.devicePixelRatioF()))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.title = QLabel(f"<h2>Readmark {app_version}</h2>", self)
        summary = QLabel(
            tr(
                "Read articles offline, tag their passages as claim, opinion, caption or quote, "
                "and export them to a spreadsheet; nothing leaves your computer."
            ),
            self,
        )
        summary.setWordWrap(True)
        licence = QLabel(
            tr("Readmark is free software under the {licence}.").format(licence=readmark_licence()),
            self,
        )
        heading = QVBoxLayout()
        for label in (self.title, summary, licence):
            heading.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)
        return top

    def _build_library_table(self) -> QTableWidget:
        """Each bundled library's version and licence, read-only."""
        libraries = QTableWidget(0, 3, self)
        libraries.setAccessibleName(tr("Bundled libraries"))
        libraries.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        libraries.setHorizontalHeaderLabels([tr("Library"), tr("Version"), tr("Licence")])
        libraries.verticalHeader().hide()
        libraries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        libraries.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        libraries.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row, cells in enumerate(bundled_libraries()):
            libraries.insertRow(row)
            for column, text in enumerate(cells):
                libraries.setItem(row, column, QTableWidgetItem(text))
        header = libraries.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return libraries
