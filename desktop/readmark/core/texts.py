"""Words core writes for people (reports, worksheets, feedback, class results, the reasons
given with suggestions) in the reader's language, with no Qt here: until a front end installs
a Language, tr() gives the English source and numbers and dates are written as Python writes
them. The Qt layer installs one that asks QCoreApplication.translate and QLocale
(ui/translation.py), so core's strings live in the interface's catalogues: pyside6-lupdate
files a plain tr() or QT_TR_NOOP() call, here as there, under the empty context.

Call tr() when the text is made, never at import: the language is installed after."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

# The languages the interface is translated into, each named in itself.
LANGUAGES = {"en": "English", "fr": "Français", "de": "Deutsch", "es": "Español"}


@dataclass(frozen=True)
class Language:
    translate: Callable[[str, str | None, int], str]  # (text, disambiguation, count)
    number: Callable[[float, int], str]  # (value, decimals): "1234.5" or "1.234,5"
    date_time: Callable[[datetime], str]  # a moment as the reader's locale writes it, short
    code: str = "en"  # the language's ISO 639-1 code, for a page's lang (a screen reader's voice)


def _source(text: str, disambiguation: str | None, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


ENGLISH = Language(
    translate=_source,
    number=lambda value, decimals: f"{value:.{decimals}f}",
    date_time=lambda moment: moment.astimezone().strftime("%Y-%m-%d %H:%M"),
)
_spoken = [ENGLISH]


def speak(language: Language) -> None:
    """Makes `language` the one core writes in, from now on."""
    _spoken[0] = language


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the reader's language; with a count `n`, its %n made `n` in the language's
    plural form, and the English source's plural mark "(s)" resolved ("%n passage(s)")."""
    translated = _spoken[0].translate(text, disambiguation, n)
    return translated.replace("(s)", "" if n == 1 else "s") if n >= 0 else translated


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks `text` for the catalogues where it sits in a table until shown through tr()."""
    return text


def number(value: float, decimals: int = 0) -> str:
    """`value` with `decimals` places, as the reader's locale writes numbers."""
    return _spoken[0].number(value, decimals)


def points(value: float) -> str:
    """A score's points, whole or in halves: "3", "2.5" (or "2,5")."""
    return number(value, 0 if float(value).is_integer() else 1)


def percent(fraction: float) -> str:
    """A share as a whole percentage: "75%" (French, German and Spanish put a space before %)."""
    return tr("{percent}%").format(percent=number(fraction * 100))


def date_time(moment: datetime) -> str:
    return _spoken[0].date_time(moment)


def language_code() -> str:
    """The code of the language core writes in: "en", "fr", "de", "es"."""
    return _spoken[0].code
