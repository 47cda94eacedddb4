"""The command line in the reader's language, as the window speaks it: the one chosen under
View > Language, else the system's. Its words, and those core and the services write, come from
the window's catalogues through Qt (ui/translation.py); an English command line that the
settings file or the locale variables tell apart loads no Qt at all."""

from __future__ import annotations

import argparse
import configparser
import contextlib
import os
import re
import string
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from readmark.core.texts import LANGUAGES, QT_TR_NOOP, language_code, tr
from readmark.paths import LANGUAGE_SETTING, settings_path

# The POSIX locale variables, in the order gettext reads them.
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
# Qt's application, held while the command runs: the catalogues live as long as it does.
_held: list[object] = []
# argparse's explanations of a mistake as it words them (Python 3.11), each field standing for
# what it fills in; the specific before the general ("invalid int value" before "invalid
# {type} value", "expected one argument" before "expected {count} argument").
_ARGPARSE_MESSAGES = (
    QT_TR_NOOP("argument {argument}: {message}"),
    QT_TR_NOOP("the following arguments are required: {arguments}"),
    QT_TR_NOOP("one of the arguments {arguments} is required"),
    QT_TR_NOOP("unrecognized arguments: {arguments}"),
    QT_TR_NOOP("ambiguous option: {option} could match {matches}"),
    QT_TR_NOOP("not allowed with argument {argument}"),
    QT_TR_NOOP("ignored explicit argument {value}"),
    QT_TR_NOOP("expected one argument"),
    QT_TR_NOOP("expected at most one argument"),
    QT_TR_NOOP("expected at least one argument"),
    QT_TR_NOOP("expected {count} argument"),
    QT_TR_NOOP("expected {count} arguments"),
    QT_TR_NOOP("invalid int value: {value}"),
    QT_TR_NOOP("invalid float value: {value}"),
    QT_TR_NOOP("invalid {type} value: {value}"),
    QT_TR_NOOP("invalid choice: {value} (choose from {choices})"),
    QT_TR_NOOP("can't open '{filename}': {error}"),
)


def readers_language() -> str:
    """ "en", "fr", "de" or "es": the choice made under View > Language, else the first locale
    variable set ("fr_FR.UTF-8"; "C" and languages Readmark lacks read as English), else, where
    none is set (Windows, macOS), the system's languages as Qt reads them."""
    settings = configparser.ConfigParser(interpolation=None)
    # A settings file the window would ignore too leaves the choice to the system.
    with contextlib.suppress(configparser.Error, UnicodeDecodeError):
        settings.read(settings_path(), encoding="utf-8")
    section, key = LANGUAGE_SETTING
    chosen = settings.get(section, key, fallback="")
    if chosen in LANGUAGES:
        return chosen
    for name in _LOCALE_VARIABLES:
        if value := os.environ.get(name):
            code = value.split(":")[0].split(".")[0].split("_")[0].lower()
            return code if code in LANGUAGES else "en"
    from readmark.ui.translation import interface_language  # loads QtCore

    return interface_language()


def speak(language: str) -> None:
    """Makes the command line, and what core and the services write, speak `language` from now
    on; English, when spoken already, loads nothing."""
    if language == language_code() and not _held:
        return  # English, as core speaks until told otherwise
    qt_application()
    from readmark.ui.translation import install_translators

    install_translators(language)


def qt_application() -> object:
    """Qt's application for the command line, made once, with no screen: QtGui's, since a
    report printed to PDF needs it (and it reads catalogues as QtCore's does)."""
    if not _held:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtGui import QGuiApplication

        _held.append(QGuiApplication.instance() or QGuiApplication(sys.argv[:1]))
    return _held[0]


class _HelpFormatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, tr("usage: ") if prefix is None else prefix)


def _explained(message: str) -> str:
    """argparse's explanation of a mistake in the reader's language: the English template it
    was made from is found and the reader's written with the same fields. An argument's
    explanation ("argument --format: invalid choice: ...") is translated within. Any other
    text (ours, already translated, or one another Python words otherwise) is left as is."""
    for template in _ARGPARSE_MESSAGES:
        if found := re.fullmatch(_pattern(template), message, re.DOTALL):
            fields = found.groupdict()
            if "message" in fields:
                fields["message"] = _explained(fields["message"])
            return tr(template).format(**fields)
    return message


def _pattern(template: str) -> str:
    """`template` as a regular expression, each of its fields a group matching what argparse
    wrote there ("'xlsxx'", "FILE, --out")."""
    return "".join(
        re.escape(literal) + (f"(?P<{field}>.+?)" if field else "")
        for literal, field, _, _ in string.Formatter().parse(template)
    )


class TranslatedParser(argparse.ArgumentParser):
    """An argument parser whose words are in the reader's language: its own (the usage line,
    its headings, the help option and the error line) and its explanation of a mistake ("the
    following arguments are required: FILE"). argparse formats that explanation itself, some
    of it inside _parse_known_args, which cannot be overridden in part, before error() is
    given it: so error() finds the template it came from and writes the reader's
    (_explained()). Its subparsers are of its kind."""

    def __init__(self, *, add_help: bool = True, **options: Any) -> None:
        options.setdefault("formatter_class", _HelpFormatter)
        super().__init__(add_help=False, **options)
        # argparse names the two default groups itself: their headings are set here.
        self._positionals.title = tr("positional arguments")
        self._optionals.title = tr("options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=tr("show this help message and exit"),
            )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        said = tr("{program}: error: {message}").format(
            program=self.prog, message=_explained(message)
        )
        self.exit(2, said + "\n")
