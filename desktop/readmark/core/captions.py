"""Picture captions in an article's text: the blocks a copied page keeps from its pictures.

A caption is told by what marks it, never by being short (a heading, a byline or a pull quote is
short too): the importer's block kind; a label or a picture's credit ("Photo:", "(AP Photo/…)",
"Image credit: NASA", "(… via AP, Pool)"), or a credit line alone ("Submitted photo"); where the
people pictured stand ("(L)", "Putin, left,"); the kind of picture it is ("Portrait of …", "A
screenshot of …"), in a sentence with no verb of its own; a photo agency's date line closing the
caption's first sentence (", Sunday, March 20, 2022."), or a described picture's date line
closing the block; or a block that repeats the one before it, as pages repeat their captions. A
byline is none, even with its date under it, nor is a quotation the page repeats as a pull quote.
"""

from __future__ import annotations

import re

from readmark.core.duplicates import near_duplicates
from readmark.core.quotation_marks import QUOTED
from readmark.core.text import Block

_PICTURED = re.compile(
    # A label with a capital, opening the caption or following its sentence, a bracket or its
    # date, never a word: "Photo: …", "Photograph: X/Reuters", "… on Monday. Picture: PA",
    # "(Photo: Facebook/…)", "… October 2024 Photo: RNZ", "Main image: …" (not "The Big
    # Picture: …", "set out below:", "his image: …", "two minutes left:").
    r"(?-i:(?<![\w’'])(?<![A-Za-z,;:] )(?:FILE |File )?"
    r"(?:(?:Top|Main|Featured|Cover|Header|Lead) (?:[Pp]hoto|[Ii]mage|[Pp]icture)s?|"
    r"(?:Pictured|Photo|Image|Photograph|Picture|Illustration|Graphic|Credit)s?|Above|Below|Left|"
    r"Right|PICTURED|PHOTOS?|IMAGES?)\s?:)|"
    r"^(?:Screenshot|Photo|Photograph|Image|Picture|Illustration) (?:of|from|by|taken|shared|"
    r"posted|provided|released|published|used|via|courtesy)\b|"
    # … or a citizen media site's leave to use the picture: "Photo by X, used with permission."
    r"\bused with (?:the )?(?:author's |owner's |photographer's )?permission\.?\s*$|"
    # … or a picture's credit, as agencies and photo libraries give it: "(AP Photo/Ruth Adler)",
    # "REUTERS/Paul Vernet", "Photo by Ana Lima via Flickr", "Image from Flickr"; or the
    # agencies' mark of a picture from their files, "FILE - …".
    r"\((?:AP |AFP |EPA )?Photo/[^)]{2,60}\)|"
    r"(?-i:\b(?:REUTERS|AFP|EPA)/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)|"
    r"\b(?:Photo|Photograph|Image|Picture) (?:by|via|courtesy of|credit)\b|"
    r"\b(?:Photo|Image) from (?:Flickr|Wikimedia|Wikipedia|Pixabay|Unsplash)\b|"
    r"(?-i:^FILE\s?[-–—]\s)|"
    # … or the page's words to the reader about the picture: "Click to enlarge", "hide caption".
    r"\bClick (?:to enlarge|on the (?:picture|image|photo) for a larger (?:image|picture|version))|"
    r"\b(?:hide|toggle) caption\b",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]{2,6}|\.)?"
_AGENCY = r"(?:AP|AFP|EPA|Reuters|Getty Images|Bloomberg|Xinhua|Shutterstock|Alamy|PA)"
# A credit closing the block in brackets, naming an agency's picture, a pool or a picture library:
# "(Presidential Press Service via AP, Pool)", "(Paul Vernet/Reuters)", "(Xinhua/Li Ming)",
# "(credit: NASA/JPL via Getty Images)", "(Courtesy of …)"; or after the caption's sentence, a
# photographer and agency without brackets, "… in Lyon. Paul Vernet/Reuters", or the library
# alone, "… Getty Images"; or after a dash, an agency's name alone: "… loggers. — AP". Not
# "(Reuters/Ipsos)", a poll's name.
_CLOSING_CREDIT = re.compile(
    rf"\([^()]{{0,120}}(?:\bvia (?:AP|AFP|Reuters|EPA|Getty Images)\b|\bPool\b|\bGetty Images\b|"
    rf"/{_AGENCY}\b|\b(?:Xinhua|AFP|EPA|dpa)/|\b[Cc]redits?:|\b[Cc]ourtesy\b)[^()]{{0,60}}\)\s*$|"
    rf"[.!?]\s+(?:[A-Z][\w.'’-]*\s?){{1,4}}/\s?{_AGENCY}\.?\s*$|"
    r"[.!?]\s+(?:AFP via )?Getty Images\.?\s*$|"
    r"\s[—–]\s?(?:AP|AFP|Reuters|EPA|Xinhua|Bernama)\s*$",
)
# What the picture is, opening a caption of one sentence with no verb of its own: "Portrait of
# a woman with her eggplants.", "Aerial view of the town …", "A screenshot of …", "Still from a
# video …", "Map showing …" (not "A map of the routes will be posted …").
_PICTURE_KINDS = "|".join(
    [
        "(?:(?:Aerial|Panoramic|General) )?view",
        "Close-up",
        "Detail",
        "(?:Self-)?portrait",
        "Artist['’]s (?:impression|conception|rendering)",
        "Rendering",
        "Illustration",
        "Screenshot",
        "Screen ?grab",
        "Still",
        "Map",
    ]
)
_KIND_OF_PICTURE = re.compile(
    rf"^(?:An? |The )?(?:{_PICTURE_KINDS}) (?:of|from|taken|showing)\b", re.IGNORECASE
)
# Where the main clause ends and a clause of the pictured things' own begins ("… that were …").
_CLAUSE_BREAK = re.compile(r" (?:that|which|who|whom|whose|where|when|while|as|after|before) ")
_OWN_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|won|wins|says|said)\b",
    re.IGNORECASE,
)
# A credit line alone: "Submitted photo", "File photo", "Courtesy of the Smith family".
_CREDIT_LINE = re.compile(
    r"^(?:(?:Submitted|Contributed|File|Staff|Handout) (?:photo|image|picture)s?|"
    r"Courtesy (?:photo|of [A-Z][^.]{1,60}))\.?$",
    re.IGNORECASE,
)
# Where the people pictured stand: "(L)", "(2nd R)", "(left)", "Putin, left, and …", "From left:".
_STANDING = re.compile(
    r"\s\((?:\d(?:st|nd|rd|th) )?[LRC]\)(?=[,;]| and )|\((?:from )?(?:left|right|centre|center)\)|"
    r"\b[A-Z][\w'’-]+, (?:left|right|centre|center|second (?:from )?(?:left|right)),\s|"
    r"(?:^|\.\s)(?:From left|Left to right)(?: to right)?[:,]",
)
# A photo agency's date line closing the caption's first sentence, set after the place with a
# comma and no "on", with or without its weekday: "… outside Dhaka, Bangladesh, Sunday, March 20,
# 2022. Six …", "… in Piraeus, Greece, Oct. 7, 2018." (not "on Tuesday, March 1, 2022.").
_AGENCY_DATE_LINE = re.compile(
    rf"(?:, {_WEEKDAY}|(?<!day)), {_MONTH} \d{{1,2}}, (?:19|20)\d\d\.(?=\s|$)"
)
# A sentence's end before it: a word of two small letters or more, a full stop, a capital.
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][\"”’]? [A-Z]")
# A described picture's date line closing the block, with no full stop: "…, December 17, 2009".
_DATELINE = re.compile(rf"\b{_MONTH}(?:\s\d{{1,2}})?,\s(?:19|20)\d\d\s*$")
# A byline, with or without its date on the next line: "By The Associated Press", "By Jon
# Gambrell and Nasser Karimi, Associated Press".
_BYLINE = re.compile(r"^By [A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|and|of|the))*,?[^\n]{0,60}(?:\n|$)")


def caption_blocks(text: str, blocks: list[Block]) -> list[tuple[Block, str]]:
    """The blocks that are pictures' captions, each with its reason (in English, the article's
    words quoted: "caption line: 'Photo:'")."""
    repeated = set(near_duplicates(text, blocks))
    repeated |= {i - 1 for i in repeated} | {i - 2 for i in repeated if _alike_at(text, blocks, i)}
    found = []
    for index, block in enumerate(blocks):
        if block.kind == "title":
            continue
        if block.kind == "caption":
            found.append((block, "marked as a caption by the importer"))
            continue
        reason = _reason(text[block.start : block.end], index in repeated)
        if reason:
            found.append((block, reason))
    return found


def _reason(words: str, repeated: bool) -> str:
    """Why the block `words` is a caption, or "" when it is none."""
    if _BYLINE.match(words):
        return ""  # a byline's date is no picture's date line
    for pattern in (_PICTURED, _CLOSING_CREDIT, _CREDIT_LINE, _STANDING):
        mark = pattern.search(words)
        if mark:
            return f"caption line: '{mark.group(0).strip()}'"
    picture = _picture_named(words)
    if picture:
        return f"caption line: '{picture}'"
    date_line = _AGENCY_DATE_LINE.search(words)
    if date_line and not _SENTENCE_END.search(words, 0, date_line.start()):
        return f"caption line: '{date_line.group(0).lstrip(', ')}'"
    if _DATELINE.search(words) and _describes(words):
        return "ends with a dateline"
    # A quotation alone, repeated, is a pull quote: the page sets a speaker's words apart.
    pull_quote = QUOTED.fullmatch(words.strip())
    return "repeated in the text, as captions are" if repeated and not pull_quote else ""


def _picture_named(words: str) -> str:
    """The words opening a caption that says what kind of picture it is ("Portrait of"), in one
    sentence whose main clause has no verb of its own; "" for any other block."""
    kind = _KIND_OF_PICTURE.match(words)
    main_clause = _CLAUSE_BREAK.split(words, maxsplit=1)[0]
    if not kind or _OWN_VERB.search(main_clause) or _SENTENCE_END.search(words):
        return ""
    return kind.group(0)


def _describes(words: str) -> bool:
    """A caption's words before its closing dateline, unlike a block that is only the article's
    date ("Tuesday, July 14, 2009")."""
    before = _DATELINE.sub("", words).strip(" ,.-–—")
    return not words.rstrip().endswith(".") and len(re.findall(r"[A-Za-z]{2,}", before)) >= 3


def _alike_at(text: str, blocks: list[Block], index: int) -> bool:
    """Whether block `index` repeats the one two before it (not its neighbour)."""
    if index < 2:
        return False
    folded = [
        text[blocks[i].start : blocks[i].end].replace("’", "'")[:40] for i in (index, index - 2)
    ]
    return folded[0] == folded[1]
