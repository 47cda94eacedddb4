"""Fetching a web address: what a reader is told when it cannot be fetched."""

from __future__ import annotations

import socket

import pytest

from readmark.core.importing import UnreadableFileError
from readmark.services.web_fetch import read_address


def test_offline_the_reader_is_told_to_check_the_connection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    with pytest.raises(UnreadableFileError) as refused:
        read_address("https://news.example/story")
    assert str(refused.value) == (
        "“https://news.example/story” could not be fetched: news.example could not be found. "
        "Check the address, or whether this computer is online."
    )


@pytest.mark.parametrize("address", ["ftp://news.example/story", "file:///etc/passwd", "https://"])
def test_only_web_addresses_are_fetched(address: str) -> None:
    with pytest.raises(UnreadableFileError) as refused:
        read_address(address)
    assert "is not a web address (it should begin with https://)" in str(refused.value)
