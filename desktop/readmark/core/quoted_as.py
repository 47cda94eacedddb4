"""Who a wire report quotes through another: "State media quoted Kim as saying …", "“…,” the
Xinhua news agency quoted local official Wu Yong as saying": the one quoted is the speaker, not
the outlet that quotes them (see attribution.py)."""

from __future__ import annotations

import re

# "quoted X as", before "saying" or "telling".
_QUOTED_AS = re.compile(r"\bquoted\s+(?!by\s)([^,.;:“”\"]{1,80}?)\s+as\s*$")


def quoted_person(words: str) -> str:
    """The person `words` (up to a verb of speech) quote through "quoted X as"; "" if none."""
    quoted = _QUOTED_AS.search(words)
    return quoted.group(1) if quoted else ""
