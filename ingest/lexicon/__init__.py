"""Per-language words of UN drafting that numbered citations are made of, as data.

One module per language (``en``, ``fr``, ``es``, ``ru``, ``ar``, ``zh``) holds a :class:`Lexicon`:
ordinal words in every gender, case and number (generated with ``num2words`` where it knows the
language, plus the forms it lacks), range and list connectors, the nouns for session, meeting,
article, chapter, resolution and paragraph, and the words that name a *different* body or thing a
session number may belong to (a committee, a plenary, a review cycle). :mod:`ingest.patterns`
builds its expressions from the union of all six, so adding a form is a change to this data, not
to a regular expression.

Noun entries are regular-expression fragments (an inflected noun is a stem and its endings);
ordinal entries are literal word forms, looked up case-insensitively.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Lexicon:
    """The words one language cites numbered things with (fragments are regex, ordinals literal)."""

    code: str
    ordinals: dict[str, int]  #: word form (lower case) → value
    ordinal_suffixes: tuple[str, ...] = ()  #: what follows a digit to make an ordinal (``11th``, ``9-й``)
    session: tuple[str, ...] = ()  #: the noun a body's numbered session is called by
    meeting: tuple[str, ...] = ()  #: the noun for a subsidiary body's numbered meeting
    article: tuple[str, ...] = ()
    chapter: tuple[str, ...] = ()
    resolution: tuple[str, ...] = ()
    paragraph: tuple[str, ...] = ()
    range: tuple[str, ...] = ()  #: between the two ends of a range (``to``, ``по``, ``إلى``)
    range_open: tuple[str, ...] = ()  #: before the first end (``from``, ``с``, ``من``)
    list: tuple[str, ...] = ()  #: between members of a list (``and``, ``и``, ``و``)
    of: tuple[str, ...] = ()  #: between a session noun and the body it belongs to (``of the``)
    #: What a session or meeting may belong to that is not a body with numbered sessions in the
    #: authority: its number is then not a Session id (``the Ad Hoc Committee``, ``plenary``, a
    #: review cycle).
    other_holders: tuple[str, ...] = ()
    #: A determiner before an ordinal whose noun is left out in a list (``la troisième``).
    determiners: tuple[str, ...] = ()
    #: Words that may follow such an elided ordinal (a venue or verb, not a noun of its own).
    elided_follow: tuple[str, ...] = ()
    #: The Convention named without its title, in a text about it (``the Convention``, ``本公约``).
    convention_anaphora: tuple[str, ...] = ()
    #: The Conference named without its title, in a text about it (``la Conférence``).
    conference_anaphora: tuple[str, ...] = ()
    #: Head nouns of an organization's name that arkg may not know (``Agency``, ``委员会``).
    organization_heads: tuple[str, ...] = ()


LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")


@cache
def lexicons() -> tuple[Lexicon, ...]:
    """All six lexicons (imported once)."""
    from importlib import import_module

    return tuple(import_module(f"ingest.lexicon.{code}").LEXICON for code in LANGUAGES)


def words(kind: str) -> list[str]:
    """Every language's fragments of one kind, longest first (so an alternation prefers them)."""
    found = {w for lex in lexicons() for w in getattr(lex, kind)}
    return sorted(found, key=lambda w: (-len(w), w))


def alternation(kind: str) -> str:
    """One non-capturing alternation of every language's fragments of ``kind``."""
    return "(?:" + "|".join(words(kind)) + ")"


def literal_alternation(forms: list[str]) -> str:
    """Literal word forms as one alternation, longest first; a space may be any run of spaces."""
    ordered = sorted(set(forms), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


@cache
def ordinal_forms() -> dict[str, int]:
    """Every ordinal word form of every language (lower case, NFKC) → its value."""
    out: dict[str, int] = {}
    for lex in lexicons():
        for form, value in lex.ordinals.items():
            out.setdefault(unicodedata.normalize("NFKC", form).lower(), value)
    return out


def ordinal_suffixes() -> str:
    """What may follow digits to make them an ordinal, in any language, as one alternation."""
    return alternation("ordinal_suffixes")


def trie_pattern(forms: list[str]) -> str:
    """Literal word forms as one regex shaped like a trie (``fir(?:st|teenth)``), which the regex
    engine scans far faster than a flat alternation of thousands of words. A space in a form
    matches any run of whitespace; longer continuations are tried first."""
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + build(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)
