"""A web address to an article: the page is fetched once and read as a saved page is."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import replace
from email.message import Message
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from readmark import __version__
from readmark.core.importing import (
    MAX_FILE_BYTES,
    UnreadableFileError,
    article_from_bytes,
    html_article,
    reader_for,
)
from readmark.core.model import Article
from readmark.core.texts import tr

# Long enough for a slow news site; a user waiting longer would rather be told.
TIMEOUT_SECONDS = 30
_CHUNK_BYTES = 256 * 1024
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def read_address(address: str) -> Article:
    """The article at a web address, fetched once (the page only: nothing it links to, no
    picture, no script); UnreadableFileError, with the reason, if there is none to read."""
    address = address.strip()
    parts = urlsplit(address)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise UnreadableFileError(
            tr("is not a web address (it should begin with https://)"), address
        )
    request = urllib.request.Request(address, headers={"User-Agent": f"Readmark/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            data = _read_capped(response, address)
            final = response.geturl()
            headers: Message = response.headers
    except urllib.error.HTTPError as error:
        answered = tr("could not be fetched: the site answered {code} {reason}")
        raise UnreadableFileError(
            answered.format(code=error.code, reason=error.reason), address
        ) from None
    except (urllib.error.URLError, OSError) as error:
        raise UnreadableFileError(_unreachable(error, parts.hostname), address) from None
    content_type = headers.get_content_type()
    name = PurePosixPath(urlsplit(final).path).name or parts.hostname
    if content_type in _HTML_TYPES:
        article = html_article(data, final, name)
    elif content_type == "text/plain":
        article = article_from_bytes(data, final, name)
    elif (read := reader_for(name)) is not None:  # a book or document put on the web
        article = read(data, final, PurePosixPath(name).stem)
    else:
        unread = tr("is not a web page or document it can read ({type})")
        raise UnreadableFileError(unread.format(type=content_type), address)
    # The address is kept as the page's own when it names none, and lets a later import of
    # the same address be recognised as a newer version.
    return replace(
        article, url=article.url or final, source=article.url or final, file_path=address
    )


def _read_capped(response: object, address: str) -> bytes:
    chunks, total = [], 0
    while chunk := response.read(_CHUNK_BYTES):  # type: ignore[attr-defined]
        total += len(chunk)
        if total > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            too_large = tr("is too large to open (over {limit} MB)").format(limit=limit)
            raise UnreadableFileError(too_large, address)
        chunks.append(chunk)
    return b"".join(chunks)


def _unreachable(error: Exception, host: str) -> str:
    reason = getattr(error, "reason", error)
    if isinstance(reason, socket.gaierror):
        return tr(
            "could not be fetched: {host} could not be found. Check the address, or whether "
            "this computer is online"
        ).format(host=host)
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return tr("could not be fetched: {host} did not answer within {seconds} seconds").format(
            host=host, seconds=TIMEOUT_SECONDS
        )
    if isinstance(reason, ConnectionRefusedError):
        return tr("could not be fetched: {host} refused the connection").format(host=host)
    detail = str(getattr(reason, "strerror", None) or reason).rstrip(".")
    return tr("could not be fetched ({detail}): check whether this computer is online").format(
        detail=detail
    )
