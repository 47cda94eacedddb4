"""The interface in the reader's language: Qt Linguist catalogues (resources/translations/
readmark_LANG.ts, compiled to .qm), loaded at start for the language chosen under View >
Language, else the system's; Qt's own catalogue comes too, for its standard buttons and dialogs.

Every visible string goes through tr() (one context, the empty one pyside6-lupdate gives a
plain tr() call, for the whole interface, so that a translator sees each phrase once), or
QT_TRANSLATE_NOOP("", …) where it sits in a table until shown. `pyside6-lupdate` collects
them into the .ts files and `pyside6-lrelease` compiles those (scripts/translations.py does
both). Dates and numbers follow the language's QLocale, made the default one here. The
texts core writes (reports, worksheets, feedback) are translated through core/texts.py, to
which install_translators hands QCoreApplication.translate and QLocale.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from readmark.core import texts
from readmark.core.texts import LANGUAGES
from readmark.paths import LANGUAGE_SETTING, resource_path, settings_path

CONTEXT = ""  # where pyside6-lupdate files a plain tr() call
_SETTING = "/".join(LANGUAGE_SETTING)
_CATALOGUES = ("resources", "translations")


def tr(text: object, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface's language (itself when no catalogue translates it); an object,
    as QT_TRANSLATE_NOOP's stubs type what it marks."""
    return QCoreApplication.translate(CONTEXT, str(text), disambiguation, n)


def counted(translated: str, n: int) -> str:
    """A count's text, as tr(text, "", n) gives it (%n made `n`, in the language's plural form
    for `n`), with the English source's plural mark "(s)" (Qt's convention) resolved where no
    catalogue stands in: "%n disagreement(s)" reads "1 disagreement", "2 disagreements"."""
    return translated.replace("(s)", "" if n == 1 else "s")


def _settings() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def chosen_language() -> str:
    """The language chosen under View > Language; "" to follow the system."""
    value = _settings().value(_SETTING, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def choose_language(language: str) -> None:
    """Remembers the interface language ("" for the system's); it applies at the next start."""
    settings = _settings()
    settings.setValue(_SETTING, language if language in LANGUAGES else "")
    settings.sync()


def interface_language(choice: str = "") -> str:
    """The language the interface shows: the reader's choice, else the first of the system's
    languages that Readmark speaks, else English."""
    if choice in LANGUAGES:
        return choice
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def _number(value: float, decimals: int) -> str:
    # float(): given an int, PySide picks QLocale.toString(int), which takes no format.
    return QLocale().toString(float(value), "f", decimals)


def _date_time(moment: datetime) -> str:
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


# Core's texts as the interface's: its catalogues, the default QLocale's numbers and dates.
CORE_IN_QT = texts.Language(
    translate=lambda text, disambiguation, n: QCoreApplication.translate(
        CONTEXT, text, disambiguation, n
    ),
    number=_number,
    date_time=_date_time,
)


def install_translators(language: str) -> list[QTranslator]:
    """Loads Readmark's catalogue and Qt's for `language` into the running application and
    makes its locale the default one (dates and numbers), for the texts core writes too;
    returns the translators, which must outlive the windows they translate (the application
    holds them as its children)."""
    app = QCoreApplication.instance()
    assert app is not None, "install_translators needs the application made first"
    texts.speak(replace(CORE_IN_QT, code=language))
    if language != interface_language():  # an English choice keeps the system's en-GB dates
        QLocale.setDefault(QLocale(language))
    if language == "en":
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(f"readmark_{language}", str(resource_path(*_CATALOGUES))):
        installed.append(ours)
    qt = QTranslator(app)
    qt_catalogues = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_catalogues):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def translate_application() -> list[QTranslator]:
    """Installs the catalogues of the language chosen, else the system's (at start)."""
    return install_translators(interface_language(chosen_language()))


def remove_translators(translators: list[QTranslator]) -> None:
    app = QCoreApplication.instance()
    for translator in translators:
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
    texts.speak(texts.ENGLISH)
