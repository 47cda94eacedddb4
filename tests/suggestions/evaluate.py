"""Precision, recall and speaker accuracy of the suggester on the hand-tagged set in eval/.

Run `python -m tests.suggestions.evaluate` for the table. Each article in eval/ is a text file and
a JSON file beside it: its outlet, kind, source and licence, which part it belongs to ("tuning":
rules may be shaped on it; "held-out": no rule is; "fresh": English articles added when probes
written for the rules were found to name the people and events of held-out articles, so that one
part has surely never been seen), and its passages tagged by hand following
RULES.md, each [tag, exact words] or, for a quote, [tag, exact words, speaker], where the speaker
lists the names a reader would accept, separated by "|". An article in another language than
English says so ("language": "fr", "de", "es"); those are scored apart, in tables of their own. An
article whose passages were tagged for some tags only names them ("tagged": ["quote"]); it is
scored on those.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from readmark.core.importing import read_article
from readmark.core.suggestions import suggest

from .quality import TAGS, Score, _matches

EVAL = Path(__file__).parent / "eval"
PARTS = ("tuning", "held-out", "fresh")
LANGUAGES = ("fr", "de", "es")
_TITLES = re.compile(r"^(?:the|a|an|mr|mrs|ms|dr|prof|sen|sir|president|general)\.?\s+", re.I)


@dataclass
class Result:
    scores: dict[str, Score] = field(default_factory=lambda: {tag: Score() for tag in TAGS})
    speakers_right: int = 0
    quotes: int = 0
    wrong_speakers: list[str] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.quotes if self.quotes else 1.0


def _plain(name: str) -> str:
    name = re.sub(r"[’']s\b", "", name.strip().lower())
    while _TITLES.match(name):
        name = _TITLES.sub("", name, count=1)
    return " ".join(name.split())


def speaker_right(suggested: str, accepted: str) -> bool:
    """Whether the suggested speaker names one of the accepted ones ("Hayashi" for "Yoshimasa
    Hayashi", "Mr Kelly" for "Mark Kelly|Kelly")."""
    said = _plain(suggested)
    if not said:
        return False
    for name in accepted.split("|"):
        name = _plain(name)
        if said == name or name.endswith(" " + said) or said.endswith(" " + name):
            return True
    return False


def articles(part: str | None, language: str = "en") -> list[dict[str, object]]:
    """The articles of a part (every part for None) in a language."""
    found = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EVAL.glob("*.json"))]
    return [a for a in found if part in (None, a["part"]) and a.get("language", "en") == language]


def evaluate(part: str | None, language: str = "en") -> Result:
    result = Result()
    for article in articles(part, language):
        document = read_article(EVAL / str(article["file"]))
        text = document.text
        expected = []
        for entry in article["passages"]:  # type: ignore[attr-defined]
            start = text.index(entry[1])
            expected.append((entry[0], start, start + len(entry[1]), *entry[2:]))
        found = suggest(text, list(document.blocks))
        proposed = [(s.tag, s.start, s.end) for s in found]
        for tag in article.get("tagged", TAGS):  # type: ignore[attr-defined]
            mine = [p for p in proposed if p[0] == tag]
            theirs = [g[:3] for g in expected if g[0] == tag]
            score = result.scores[tag]
            score.suggested += len(mine)
            score.tagged += len(theirs)
            score.correct += sum(any(_matches(p, g) for g in theirs) for p in mine)
            score.found += sum(any(_matches(p, g) for p in mine) for g in theirs)
        for gold in (g for g in expected if g[0] == "quote"):
            result.quotes += 1
            said = [
                s.speaker
                for s in found
                if s.tag == "quote" and _matches((s.tag, s.start, s.end), gold[:3])
            ]
            if any(speaker_right(who, gold[3]) for who in said):
                result.speakers_right += 1
            else:
                quoted = text[gold[1] : gold[2]][:50]
                result.wrong_speakers.append(f"{article['file']}: {quoted!r} -> {said} ({gold[3]})")
    return result


def table(results: dict[str, Result]) -> str:
    lines = [
        "| part | tag | hand-tagged | suggested | precision | recall |",
        "|---|---|---|---|---|---|",
    ]
    for part, result in results.items():
        for tag, s in result.scores.items():
            lines.append(
                f"| {part} | {tag} | {s.tagged} | {s.suggested} | {s.precision:.2f} | "
                f"{s.recall:.2f} |"
            )
    lines.append("")
    for part, result in results.items():
        lines.append(
            f"Speaker right ({part}): {result.speakers_right} of {result.quotes} quotes "
            f"({result.speaker_accuracy:.0%})"
        )
    return "\n".join(lines)


def language_table(results: dict[tuple[str, str], Result]) -> str:
    """Quotes and their speakers per language and part."""
    lines = [
        "| language | part | articles | quotes hand-tagged | suggested | precision | recall "
        "| speaker right |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for (language, part), result in results.items():
        s = result.scores["quote"]
        lines.append(
            f"| {language} | {part} | {len(articles(part, language))} | {s.tagged} | "
            f"{s.suggested} | {s.precision:.2f} | {s.recall:.2f} | "
            f"{result.speakers_right} of {result.quotes} |"
        )
    return "\n".join(lines)


def language_stance_table(results: dict[tuple[str, str], Result]) -> str:
    """Claims and opinions per language and part, on the articles tagged for them."""
    lines = [
        "| language | part | tag | hand-tagged | suggested | precision | recall |",
        "|---|---|---|---|---|---|---|",
    ]
    for (language, part), result in results.items():
        for tag in ("claim", "opinion"):
            s = result.scores[tag]
            if s.tagged:
                precision = f"{s.precision:.2f}" if s.suggested else "–"  # none to judge
                lines.append(
                    f"| {language} | {part} | {tag} | {s.tagged} | {s.suggested} | "
                    f"{precision} | {s.recall:.2f} |"
                )
    return "\n".join(lines)


def language_results() -> dict[tuple[str, str], Result]:
    return {
        (language, part): evaluate(part, language)
        for language in LANGUAGES
        for part in PARTS
        if articles(part, language)
    }


def main() -> None:
    results = {part: evaluate(part) for part in PARTS if articles(part)}
    print(table(results))
    print()
    languages = language_results()
    print(language_table(languages))
    print()
    print(language_stance_table(languages))
    # Only the tuning part's misses are shown: reading the held-out ones would tune rules to them.
    for line in results["tuning"].wrong_speakers:
        print(f"  speaker missed (tuning) {line}")


if __name__ == "__main__":
    main()
