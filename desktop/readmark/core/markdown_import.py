"""Markdown to article blocks: headings, paragraphs, block quotes and lists keep their kind."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from readmark.core.text import BlockKind

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


def markdown_parts(source: str) -> tuple[str, list[tuple[BlockKind, str]]]:
    """The title (the first heading, if the text opens with one) and the body blocks in order."""
    parts: list[tuple[BlockKind, str]] = []
    quote_depth = 0
    list_depth = 0
    list_numbers: list[int | None] = []
    heading = False
    for token in _parser().parse(source):
        match token.type:
            case "blockquote_open":
                quote_depth += 1
            case "blockquote_close":
                quote_depth -= 1
            case "bullet_list_open" | "ordered_list_open":
                list_depth += 1
                start = token.attrGet("start")
                list_numbers.append(int(start or 1) if token.type == "ordered_list_open" else None)
            case "bullet_list_close" | "ordered_list_close":
                list_depth -= 1
                list_numbers.pop()
            case "heading_open":
                heading = True
            case "heading_close":
                heading = False
            case "inline":
                text = _inline_text(token)
                if heading:
                    parts.append(("heading", text))
                elif list_depth:
                    number = list_numbers[-1]
                    if number is not None:
                        text = f"{number}. {text}"
                        list_numbers[-1] = number + 1
                    parts.append(("list_item", text))
                elif quote_depth:
                    parts.append(("quote", text))
                elif _is_lone_image(token):
                    parts.append(("caption", text))
                else:
                    parts.append(("paragraph", text))
            case "fence" | "code_block":
                parts.append(("paragraph", token.content))
    title = ""
    if parts and parts[0][0] == "heading":
        title = parts.pop(0)[1]
    return title, parts


def _inline_text(token: Token) -> str:
    pieces = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            pieces.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            pieces.append(" ")
        elif child.type == "image":
            pieces.append(child.content)  # the alt text: what the picture shows
    return "".join(pieces)


def _is_lone_image(token: Token) -> bool:
    children = [c for c in token.children or [] if c.type != "softbreak"]
    return len(children) == 1 and children[0].type == "image"


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # loaded on the first Markdown file, not at start-up

    return MarkdownIt("commonmark")
