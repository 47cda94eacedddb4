"""An English page's words about itself, which state nothing about the world a reader could check:
where the piece first ran or is republished from, what it is part of, who reported, edited or
photographed it, an editor's note or correction, a disclosure, the sources it names, a pointer to
more reading, an offer of a newsletter; a live page's and a newscast's words about what they bring
and how they run. Read by core/stance.py with the newscast's words about itself it reads."""

from __future__ import annotations

import re

_PIECE = r"(?:article|story|post|piece|interview|report|column|essay|feature|episode|version)"
_FURNITURE = re.compile(
    # "This article is republished from …", "This story was originally published by …", "This
    # post is part of our special coverage …", "This article has been updated …".
    rf"^(?:This|The|An earlier|A version of this)\s+(?:\w+\s+)?{_PIECE}\s+(?:is|was|has been|"
    r"have been|first|originally|appeared|appears)\b"
    # "Reporting by …; Editing by …", "Additional reporting by …", "All photos by the author."
    r"|^(?:Additional\s+)?(?i:Reporting|Writing|Editing|Research|Photos?|Images?|Illustrations?|"
    r"All photos|All images)\s+(?:by|via|from|courtesy)\b"
    # "Jane Doe in Boston contributed to this report.", "Some information for this report came
    # from Reuters.", a copyright line, "Click here to read …".
    r"|\bcontributed (?:reporting )?to this (?:report|story|article)\b"
    r"|^(?:Some )?(?:information|material) (?:for|in) this (?:report|story|article)\b"
    r"|^(?:Copyright|©)\s|\bAll rights reserved\b|\bmay not be (?:published|reproduced),"
    r"|^Click (?:here|on|the)\b"
    # "Here is what we know so far.", "Here's what you need to know."
    r"|^(?:Here[’']s|Here is) what (?:we know|you need to know|we know so far)\b"
    # A labelled line: "Editor's note:", "Correction, March 4:", "Disclosure statement:", "Read
    # more:", "Sources:".
    r"|^(?:Editor[’']s note|Editors[’'] note|Correction|Clarification|Update|Disclosure(?: "
    r"statement)?|Read more|Related|See also|Sources?|Credits?|Note)\b[^:]{0,40}:"
    # "The views expressed … are the author's own."
    r"|^The views (?:expressed|in this)\b"
    # An offer to the reader: "Sign up for our newsletter", "Subscribe to …".
    r"|^(?:Sign up|Subscribe)\b"
    # A live page on what it brings and what readers send it: "We'll be bringing you the latest
    # on …", "We will keep you updated", "A reader has sent us this photo of …".
    r"|^(?:We[’']ll|We will|We[’']re|We are)\s+(?:be\s+)?(?:bringing|bring|keep(?:ing)?)\s+you\b"
    r"|\b(?:sent|shared|posted)\s+(?:us\s+|in\s+)?this\s+(?:photo|picture|video|clip|image)\b"
    # A newscast or a video's words about its running order and its ending: "Here's a look at
    # the stories we're following", "Joining us now from Geneva is …", "Let's go to our
    # correspondent in Seoul", "We'll have more on that later", "That's what's up this week",
    # "For more on these stories, visit …", "These stories and more on the … website".
    r"|^(?:Here[’']s|Here is) (?:a|the|our) (?:look|roundup|rundown|recap)\b"
    r"|^Joining (?:us|me)\b|^Let[’']s (?:go|turn|head|cross) (?:to|over)\b"
    r"|^We[’']ll have more\b|^(?:And )?That[’']s (?:what[’']s up|(?:all|it) (?:for|from))\b"
    r"|^(?:And )?(?:That[’']s|That is|That was) (?:this|today[’']s|tonight[’']s) \w+ (?:at|on|in)\s"
    r"|^For more (?:on|about) (?:this|these|that|those|today[’']s)\b"
    r"|^(?:These|Those) stories and more\b"
    r"|^This (?:has been|was) (?:the )?[A-Z][\w’'-]*(?: [\w’'-]+){0,3} (?:brief|bulletin|"
    r"report|podcast|update)\b",
)


def furniture(sentence: str) -> bool:
    return _FURNITURE.search(sentence) is not None
