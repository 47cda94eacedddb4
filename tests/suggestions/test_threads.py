"""Suggestions computed on several threads at once (the window's, a newer request's, an
export's sentences) are each what they would be alone."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from readmark.core.importing import read_article
from readmark.core.suggestions import suggest
from readmark.paths import seed_files


def test_suggestions_on_four_threads_at_once_are_those_computed_alone() -> None:
    article = read_article(seed_files()[0])
    alone = suggest(article.text, list(article.blocks))
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda _: suggest(article.text, list(article.blocks)), range(4)))
    assert together == [alone] * 4
