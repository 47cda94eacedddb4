"""Importing text files: encodings, line ends, titles and the files that cannot be read."""

from __future__ import annotations

import codecs
import os
import random
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from readmark.core import importing
from readmark.core.importing import (
    UnreadableFileError,
    article_from_bytes,
    content_hash,
    decode_text,
    normalise_text,
    read_article,
    title_from_text,
)

FRENCH = (
    "L’été dernier, nous sommes allés à la campagne chez ma grand-mère. « C’est ici que j’ai "
    "passé toute mon enfance », m’a-t-elle dit en souriant, pendant que nous préparions le "
    "déjeuner. Les pièces étaient fraîches, les fenêtres ouvertes sur le jardin où poussaient "
    "des tomates, des courgettes et quelques fleurs déjà fanées."
)
GERMAN = (
    "Der Bürgermeister erklärte am Donnerstag, dass die Straßen nach dem Hochwasser „so schnell "
    "wie möglich“ wieder geöffnet werden sollen. Viele Anwohner äußerten sich enttäuscht über die "
    "Verzögerungen; ein älterer Herr sagte: „Wir warten schon seit über drei Wochen.“ Die Schäden "
    "werden auf mehrere Millionen Euro geschätzt."
)
PORTUGUESE = (
    "O presidente da câmara anunciou ontem à noite que as ruas serão reabertas “o mais "
    "rapidamente possível”. Os moradores estão desiludidos com os atrasos; um senhor idoso disse: "
    "“Estamos à espera há mais de três semanas.” Os danos em edifícios e pontes são estimados em "
    "vários milhões de euros."
)
POLISH = (
    "Wczoraj wieczorem burmistrz ogłosił, że ulice zostaną ponownie otwarte „tak szybko, jak to "
    "możliwe”. Mieszkańcy są jednak rozczarowani opóźnieniami; starszy pan powiedział: „Czekamy "
    "już ponad trzy tygodnie, a nikt nam nie pomógł”. Szkody szacuje się na kilka milionów złotych."
)
RUSSIAN = (
    "Вчера вечером мэр объявил, что улицы будут снова открыты «как можно скорее». Жители "
    "разочарованы задержками; пожилой мужчина сказал: «Мы ждём уже больше трёх недель». Ущерб "
    "зданиям и мостам оценивается в несколько миллионов рублей."
)
# German without the curly quotes, which Latin-1 lacks.
GERMAN_LATIN1 = GERMAN.replace("„", '"').replace("“", '"')

# Text with the characters normalisation is about, mixed into anything else.
MESSY_TEXT = st.text(
    st.one_of(
        st.sampled_from(" \t\r\n\x00\x01\x0b\x0c\x1f\x85\u2028\u2029\ufeff\ud800\udfff\xa0"),
        st.characters(),
    )
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# Encodings


def test_utf8_file_without_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "été.txt", f"Vacances\n\n{FRENCH}\n".encode())
    article = read_article(path)
    assert article.title == "Vacances"
    assert article.text == f"Vacances\n\n{FRENCH}"
    assert article.source == str(path.resolve())
    assert article.content_hash == content_hash(article.text)


def test_utf8_file_with_bom_loses_the_mark(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", codecs.BOM_UTF8 + FRENCH.encode())
    assert read_article(path).text == FRENCH


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_with_bom(tmp_path: Path, codec: str) -> None:
    text = f"{GERMAN}\n\n漢字 and 🎉"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert read_article(write(tmp_path, "a.txt", data)).text == text


def test_utf16_file_without_bom_is_recognised(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", f"{GERMAN}\n\n{FRENCH}".encode("utf-16-le"))
    assert read_article(path).text == f"{GERMAN}\n\n{FRENCH}"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (FRENCH, "cp1252"),
        (GERMAN, "cp1252"),
        (PORTUGUESE, "cp1252"),
        (GERMAN_LATIN1, "latin-1"),
        (POLISH, "cp1250"),
        (RUSSIAN, "cp1251"),
    ],
)
def test_legacy_encodings_are_detected(tmp_path: Path, text: str, encoding: str) -> None:
    assert read_article(write(tmp_path, "a.txt", text.encode(encoding))).text == text


def test_legacy_encoding_is_detected_when_its_first_accent_comes_late() -> None:
    # The only non-ASCII bytes lie far beyond the first pages.
    text = "A plain English line of no interest at all.\n" * 20_000 + FRENCH
    assert decode_text(text.encode("cp1252")) == text


def test_windows_line_ends_become_line_feeds(tmp_path: Path) -> None:
    data = b"Title\r\n\r\nFirst line\r\nsecond line  \r\n\r\n\r\n\r\nLast paragraph\r\n"
    article = read_article(write(tmp_path, "a.txt", data))
    assert article.text == "Title\n\nFirst line\nsecond line\n\nLast paragraph"
    assert article.title == "Title"


def test_same_text_with_other_line_ends_has_the_same_hash() -> None:
    windows = article_from_bytes(f"A\r\n\r\n{FRENCH}\r\n".encode(), "a.txt", "a")
    unix = article_from_bytes(f"A\n\n{FRENCH}\n".encode("utf-16"), "b.txt", "b")
    assert windows.content_hash == unix.content_hash


# Files that are not articles


def test_binary_file_is_rejected_with_a_clear_message(tmp_path: Path) -> None:
    noise = random.Random(0).randbytes(4096)
    path = write(tmp_path, "picture.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise)
    with pytest.raises(UnreadableFileError) as caught:
        read_article(path)
    assert str(caught.value) == "“picture.png” is not a text file: it looks like binary data."


def test_text_with_nul_bytes_and_no_utf16_bom_counts_as_binary() -> None:
    with pytest.raises(UnreadableFileError, match="binary data"):
        article_from_bytes(b"Some text\x00\x00\x00\x01 and a header", "/tmp/x.dat", "x")


@pytest.mark.parametrize("data", [b"", b" \r\n\t\r\n  ", codecs.BOM_UTF8])
def test_empty_file_is_rejected(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(UnreadableFileError) as caught:
        read_article(write(tmp_path, "empty.txt", data))
    assert str(caught.value) == "“empty.txt” is empty."


def test_directory_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(UnreadableFileError) as caught:
        read_article(tmp_path / "folder")
    assert str(caught.value) == "“folder” is a folder, not a file."


def test_missing_file_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError) as caught:
        read_article(tmp_path / "missing.txt")
    assert str(caught.value) == "“missing.txt” could not be found."


def test_unreadable_file_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulated: the tests may run as root, who can read anything.
    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(UnreadableFileError) as caught:
        read_article(write(tmp_path, "a.txt", b"text"))
    assert str(caught.value) == "“a.txt” could not be read: permission denied."


def test_path_with_a_nul_character_is_rejected() -> None:
    with pytest.raises(UnreadableFileError) as caught:
        read_article(Path("bad\x00name.txt"))
    assert str(caught.value) == "“bad\x00name.txt” could not be read: its name is not valid."


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_rejected_rather_than_read_forever(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(UnreadableFileError, match="“pipe” is not a regular file"):
        read_article(tmp_path / "pipe")


def test_oversize_file_is_rejected_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "MAX_FILE_BYTES", 1024)
    path = write(tmp_path, "big.txt", b"x" * 3000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read an oversize file"))
    with pytest.raises(UnreadableFileError) as caught:
        read_article(path)
    assert str(caught.value) == "“big.txt” is too large to open (3 KB; the limit is 1 KB)."


def test_size_just_over_the_limit_never_reads_as_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "MAX_FILE_BYTES", 2 * 1024 * 1024)
    path = write(tmp_path, "big.txt", b"x" * (2 * 1024 * 1024 + 1))
    with pytest.raises(UnreadableFileError, match=r"\(3 MB; the limit is 2 MB\)"):
        read_article(path)


# Titles and sources


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Headline\n\nBody text.", "Headline"),
        ("Headline\n\n\nBody text.", "Headline"),
        ("\n\n  Headline  \n \nBody text.", "Headline"),
        ("Headline only", "fallback"),
        ("Headline\n\n", "fallback"),
        ("Two lines\nin the first paragraph\n\nBody text.", "fallback"),
        ("x" * 200 + "\n\nBody text.", "x" * 200),
        ("x" * 201 + "\n\nBody text.", "fallback"),
        ("", "fallback"),
    ],
)
def test_title_from_text(text: str, title: str) -> None:
    assert title_from_text(text, "fallback") == title


def test_file_without_a_title_line_is_named_after_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "notes on rivers.txt", f"{FRENCH}\n\n{GERMAN}".encode())
    assert read_article(path).title == "notes on rivers"


def test_source_is_the_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "a.txt", b"Some text")
    monkeypatch.chdir(tmp_path)
    assert read_article(Path("a.txt")).source == str((tmp_path / "a.txt").resolve())


# Normalisation


def test_normalise_text_cleans_what_readers_cannot_see() -> None:
    raw = "\ufeff  Title\u2028\x0c\x00Body\x07 text\ud800 \t\r\n\r\n\r\n\r\nEnd\x85more\n\n"
    assert normalise_text(raw) == "Title\n\nBody text\n\nEnd\nmore"


@given(MESSY_TEXT)
def test_normalise_text_is_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(MESSY_TEXT)
def test_normalised_text_has_no_cr_nul_surrogate_or_blank_runs(text: str) -> None:
    result = normalise_text(text)
    assert "\r" not in result
    assert "\x00" not in result
    assert not any("\ud800" <= ch <= "\udfff" for ch in result)
    assert "\n\n\n" not in result
    assert result == result.strip()


def expect_article(data: bytes, text: str) -> None:
    """article_from_bytes gives the normal form of `text`, or says the file is empty."""
    expected = normalise_text(text)
    if expected:
        assert article_from_bytes(data, "/docs/a.txt", "a").text == expected
    else:
        with pytest.raises(UnreadableFileError, match="is empty"):
            article_from_bytes(data, "/docs/a.txt", "a")


# NUL bytes without a UTF-16/32 mark mean binary, so NUL is left out here.
@given(st.text(st.characters(codec="utf-8", exclude_characters="\x00")))
def test_any_utf8_text_imports_as_its_normal_form(text: str) -> None:
    expect_article(text.encode("utf-8"), text)


@pytest.mark.parametrize(
    ("codec", "bom"), [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)]
)
@given(text=st.text())
def test_any_utf16_text_with_bom_imports_as_its_normal_form(
    codec: str, bom: bytes, text: str
) -> None:
    # FF FE 00 00 is the UTF-32 LE mark: UTF-16 LE text opening with NUL is truly ambiguous.
    assume(not (codec == "utf-16-le" and text.startswith("\x00")))
    expect_article(bom + text.encode(codec), text)


def test_a_short_windows_1252_french_text_is_not_read_as_central_european() -> None:
    text = "Troisième\n\nL’été dernier, les élèves ont étudié la presse régionale et ses façons."
    assert decode_text(text.encode("cp1252")) == text
