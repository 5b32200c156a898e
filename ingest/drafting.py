"""The vocabulary of UN drafting, per language, as data: who speaks, who is asked, and how.

UN resolutions, agendas and meeting reports say what they do with a small, stable set of
performative verbs ("requests the Secretariat to", "请秘书处", "prie le Secrétariat de") and
speaker phrases ("several speakers", "几名发言者", "ряд ораторов"). Those phrases live in
``ingest/lexicon/drafting.csv`` (``lang,kind,phrase,value``), the actors they name in
``ingest/lexicon/actors.csv``; this module turns them into one tokenizer per language.

Token kinds: ``actor`` (a kind of speaker or addressee → its id), ``quantity`` / ``quantity-after``
("一名", "several"; ``-after`` for a quantity printed after its noun, as in Arabic ``متكلم واحد``),
``pronoun`` (he, 他), ``verb`` (a mandate verb → requests, encourages …), ``position`` (a stance cue
→ PROPOSES, SUPPORTS …), ``modal`` (should/must → RECOMMENDS when a speaker says it), ``report``,
``resolution-anaphor`` (该决议), ``body-anaphor`` (a body's short title, "the Working Group" → the
last body named whose id begins with the value, ``body/wg-``), ``proposal-anaphor`` (这一提议),
``list`` ("the following functions"), ``implement`` + ``mandate-noun`` ("implementing the mandates
in resolution …"), ``establish`` ("established" → mandates, only when a purpose follows its
addressee: "established the Working Group to advise"), ``purpose`` (to, para, pour: skipped like a
filler before an addressee), ``connector`` (and, 及), ``filler`` (words between a verb and its
addressee: the, إلى) and
``blocked`` (phrases that contain a cue but are not one: 请求国, 缔约国会议, "requesting States").
Tokens never overlap: at each position the longest phrase wins, so a blocked phrase hides the
cue inside it.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from arkg.ingest.layout import TextView
from arkg.ingest.lexicon import by_first_character

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
KINDS = frozenset({
    "actor", "quantity", "quantity-after", "pronoun", "verb", "position", "modal", "report",
    "resolution-anaphor", "body-anaphor", "proposal-anaphor", "list", "implement", "mandate-noun", "connector",
    "filler", "blocked", "establish", "purpose",
})
#: Scripts written with spaces between words: a phrase must stand on word boundaries there.
_SPACED = {"en", "fr", "es", "ru", "ar"}
#: Russian words change their endings with case and number: a phrase may run on by a few letters.
_RU_RUN_ON = "[а-яё]{0,3}"
#: Arabic conjunctions glued to the next word (وطلب, فيطلب).
_AR_PROCLITIC = "(?:[وف])?"


class LexiconError(ValueError):
    """A row of the drafting lexicon that cannot be used; names the file and line."""


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    value: str
    start: int  #: source offsets
    end: int


@dataclass(frozen=True, slots=True)
class ActorName:
    id: str
    label: str
    names: dict[str, str]


class Lexicon:
    """One compiled alternation per language over every phrase of the drafting lexicon."""

    def __init__(self, rows: list[tuple[str, str, str, str]]) -> None:
        self.entries: dict[str, dict[str, tuple[str, str]]] = {}
        for lang, kind, phrase, value in rows:
            table = self.entries.setdefault(lang, {})
            for form in {phrase, phrase[:1].upper() + phrase[1:]}:
                table.setdefault(form, (kind, value))
        self.patterns = {lang: self._compile(lang, table) for lang, table in self.entries.items()}

    @staticmethod
    def _compile(lang: str, table: dict[str, tuple[str, str]]) -> re.Pattern[str]:
        phrases = by_first_character([re.escape(p) for p in sorted(table, key=len, reverse=True)])
        if lang not in _SPACED:
            return re.compile(f"(?P<p>{phrases})")
        run_on = _RU_RUN_ON if lang == "ru" else ""
        proclitic = _AR_PROCLITIC if lang == "ar" else ""
        return re.compile(rf"(?<!\w){proclitic}(?P<p>{phrases}){run_on}(?!\w)")

    def tokens(self, language: str, view: TextView) -> list[Token]:
        """Tokens of one block's view, in source offsets, left to right, never overlapping."""
        pattern = self.patterns.get(language)
        if pattern is None:
            return []
        table = self.entries[language]
        found = [(table[m.group("p")], (m.start("p"), m.end())) for m in pattern.finditer(view.text)]
        found = [(entry, span) for entry, span in found if entry[0] != "blocked"]
        spans = view.source_spans([span for _, span in found])
        return [Token(kind, value, start, end) for ((kind, value), _), (start, end) in zip(found, spans, strict=True)]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def lexicon() -> Lexicon:
    """The drafting lexicon, read and checked once per process."""
    return read_lexicon(LEXICON_DIR / "drafting.csv")


def read_lexicon(path: Path) -> Lexicon:
    """A drafting lexicon file; a row without language, phrase or a known kind is refused."""
    rows = []
    for line, row in enumerate(_rows(path), start=2):
        lang, kind, phrase = row.get("lang") or "", row.get("kind") or "", row.get("phrase") or ""
        if kind not in KINDS or not lang or not phrase:
            raise LexiconError(f"{path}:{line}: needs lang, a phrase and a kind among {sorted(KINDS)}")
        rows.append((lang, kind, phrase, row.get("value") or ""))
    return Lexicon(rows)


@cache
def actors() -> dict[str, ActorName]:
    """The actors drafting phrases name (the Secretariat, speakers, States parties …) by id."""
    path = LEXICON_DIR / "actors.csv"
    out = {}
    for line, row in enumerate(_rows(path), start=2):
        if not row.get("id") or not row.get("label"):
            raise LexiconError(f"{path}:{line}: an actor needs an id and a label")
        names = {k.removeprefix("name_"): v for k, v in row.items() if k.startswith("name_") and v}
        out[row["id"]] = ActorName(row["id"], row["label"], names)
    return out
