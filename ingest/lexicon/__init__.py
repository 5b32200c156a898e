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

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from arkg.graph.model import LANGUAGES


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
    #: The General Assembly named between ``resolution`` and its number (``резолюции Генеральной
    #: Ассамблеи 60/251``): the number is then the Assembly's resolution.
    assembly_between: tuple[str, ...] = ()
    #: The Conference named between ``resolution`` and its number (``قرار مؤتمر الدول الأطراف في الاتفاقية 6/1``):
    #: the number is the Conference's resolution, and the Conference a mention of its own.
    conference_between: tuple[str, ...] = ()
    decision: tuple[str, ...] = ()  #: a body's decision (numbered like a resolution, but not one)
    paragraph: tuple[str, ...] = ()
    range: tuple[str, ...] = ()  #: between the two ends of a range (``to``, ``по``, ``إلى``)
    range_open: tuple[str, ...] = ()  #: before the first end (``from``, ``с``, ``من``)
    list: tuple[str, ...] = ()  #: between members of a list (``and``, ``и``, ``و``)
    glued: tuple[str, ...] = ()  #: list connectors written onto the next word (Arabic ``و``)
    of: tuple[str, ...] = ()  #: between a session noun and the body it belongs to (``of the``)
    #: What a session or meeting may belong to that is not a body with numbered sessions in the
    #: authority: its number is then not a Session id (``the Ad Hoc Committee``, ``plenary``, a
    #: review cycle).
    other_holders: tuple[str, ...] = ()
    #: Words right after a session citation that make it something other than a body's session
    #: (``plenary``, ``of the review cycle``, ``لآلية الاستعراض``).
    other_qualifiers: tuple[str, ...] = ()
    #: Instruments other than the Convention whose articles are cited (``Penal Code``, ``UNTOC``).
    other_instruments: tuple[str, ...] = ()
    #: A draft the Convention's negotiators numbered its articles in (``the draft convention``, ``the draft text``):
    #: an article "of" it, in the clause that cites it, is the draft's, not the Convention's.
    drafts: tuple[str, ...] = ()
    #: Conventions other than this one, by title (``UNTOC``, the Council of Europe's ``Criminal Law
    #: Convention on Corruption``): instruments too, and a text that names one and nothing of the
    #: Convention cites that convention's articles and chapters, not the Convention's.
    other_conventions: tuple[str, ...] = ()
    #: A determiner before an ordinal whose noun is left out in a list (``la troisième``).
    determiners: tuple[str, ...] = ()
    #: Words that may follow such an elided ordinal (a venue or verb, not a noun of its own).
    elided_follow: tuple[str, ...] = ()
    #: The Convention named without its title, in a text about it (``the Convention``, ``本公约``).
    convention_anaphora: tuple[str, ...] = ()
    #: The Convention's short titles, not in the authority's names (``Конвенция ООН против коррупции``).
    convention_titles: tuple[str, ...] = ()
    #: The Conference named without its title, in a text about it (``la Conférence``).
    conference_anaphora: tuple[str, ...] = ()
    #: The Conference named as the United Nations' conference, in a text that names the Convention (``На
    #: заседании Конференции ООН``, ``the UN Conference``), unless a topic of another follows (``on Trade``).
    un_conference: tuple[str, ...] = ()
    #: The Conference named by its parties, or as the Convention's own conference, right before the Convention's name,
    #: in the words the press uses for it (``Conference of the Parties to the``, ``Конференции стран-участниц``, ``the
    #: biennial conference of the``): the Conference only where the Convention named next is UNCAC.
    conference_of_parties: tuple[str, ...] = ()
    #: The Working Group on Asset Recovery named without its title, in a text that names it.
    working_group_anaphora: tuple[str, ...] = ()
    #: The Implementation Review Group named without its title (``the Group``, ``le Groupe``), in a
    #: text that names it, where the last group named before it is that body.
    review_group_anaphora: tuple[str, ...] = ()
    #: The noun a group's name holds (``Group``, ``Группа``, ``فريق``): what ``the Group`` may stand for.
    group_nouns: tuple[str, ...] = ()
    #: The Convention's intergovernmental groups named together by a plural noun (``the working groups``,
    #: ``les groupes de travail``, ``مجموعات عمل``): each mandate named after it and one of ``mandate_joins``
    #: (``the working groups for the review of implementation … and recovery of assets``) is that group's.
    working_groups: tuple[str, ...] = ()
    #: What joins a group's noun to its mandate (``on``, ``for``, ``chargés de``, ``المعنية``).
    mandate_joins: tuple[str, ...] = ()
    #: The mandates the groups are named by: the Working Group on Asset Recovery's (``recovery of assets``,
    #: ``recouvrement des avoirs``) and the Implementation Review Group's (``review of implementation``).
    asset_recovery_mandate: tuple[str, ...] = ()
    review_mandate: tuple[str, ...] = ()
    #: The noun a conference's name holds (``Conference``, ``مؤتمر``): after another conference named by it (the
    #: signing conference of Mérida), ``the Conference`` is that one, not the Conference of the States Parties.
    conference_nouns: tuple[str, ...] = ()
    #: Words that make a place's name part of the name of a text or process (``Declaration of
    #: Marrakech``, ``Lausanne Guidelines``): before the place, and after it.
    place_in_name_before: tuple[str, ...] = ()
    place_in_name_after: tuple[str, ...] = ()
    #: Head nouns of an organization's name that arkg may not know (``Agency``, ``委员会``).
    organization_heads: tuple[str, ...] = ()
    #: Nouns of a State's organs, sides and citizens: a UN language's adjective next to one names the State,
    #: not the language (``the Chinese delegation``, ``la délégation française``, ``китайская сторона``,
    #: ``el ciudadano chino``).
    #: ``state_nouns_after``: where the adjective comes first (English, Russian); ``state_nouns_before``:
    #: where it follows the noun (French, Spanish).
    state_nouns_after: tuple[str, ...] = ()
    state_nouns_before: tuple[str, ...] = ()
    #: The word for a State's capital city, with what joins it to the State's name or adjective, written
    #: before the State (``la capital de``, ``capitale``, ``столице``, ``العاصمة``) or after it (``'s capital``,
    #: ``столице``, ``首都``): the phrase names the capital (``la capital panameña``, ``巴拿马首都``).
    capital_before: tuple[str, ...] = ()
    capital_after: tuple[str, ...] = ()
    #: The word for a capital after a State's adjective where it may also mean money: the phrase names
    #: the city only after one of ``capital_determiners`` (``the Chinese capital``, not ``Chinese capital
    #: flowed in``).
    capital_after_adjective: tuple[str, ...] = ()
    capital_determiners: tuple[str, ...] = ()


#: The ordinal forms ``num2words`` spells, as written by ``python -m arkg.ingest.lexicon`` (reading them
#: is far faster than spelling them in every process; a test keeps the file equal to the library's
#: output).
ORDINALS_FILE = Path(__file__).with_name("ordinals.json")


@cache
def _stored() -> dict[str, dict[str, int]]:
    return json.loads(ORDINALS_FILE.read_text(encoding="utf-8")) if ORDINALS_FILE.is_file() else {}


def ordinals(code: str, generate: Callable[[], dict[str, int]]) -> dict[str, int]:
    """A language's ordinal forms: those stored for it, or else generated now."""
    return _stored().get(code) or generate()


@cache
def lexicons() -> tuple[Lexicon, ...]:
    """All six lexicons (imported once)."""
    from importlib import import_module

    return tuple(import_module(f"{__name__}.{code}").LEXICON for code in LANGUAGES)


def words(kind: str, codes: tuple[str, ...] = LANGUAGES) -> list[str]:
    """The fragments of one kind in the languages ``codes``, longest first (an alternation tries
    them in order, so the longer form wins)."""
    found = {w for lex in lexicons() if lex.code in codes for w in getattr(lex, kind)}
    return sorted(found, key=lambda w: (-len(w), w))


def alternation(kind: str, codes: tuple[str, ...] = LANGUAGES) -> str:
    """One non-capturing alternation of the fragments of ``kind`` in the languages ``codes``."""
    return "(?:" + "|".join(words(kind, codes)) + ")"


#: Characters that open a regex construct rather than stand for themselves.
_META = frozenset("\\[](){}.*+?^$|")


def by_first_character(alternatives: list[str], ignorecase: bool = False) -> str:
    """The alternation of ``alternatives`` (regex fragments, tried in the order given) grouped by
    first character (``a(?:gree|sk)|r(?:equest)``): at a position only one group can match, so re
    tries that group's fragments alone, in the same order, not all of them. With ``ignorecase``
    (for a pattern compiled case-insensitively) fragments whose first characters match each other
    in any case form one group. A fragment that opens with a regex construct leaves the
    alternation flat (its first character is not known)."""
    if any(not a or a[0] in _META or a[1:2] in ("?", "*", "+", "{") or "|" in a for a in alternatives):
        return "|".join(alternatives)
    flags = re.IGNORECASE if ignorecase else 0

    def same(a: str, b: str) -> bool:
        return a == b or bool(flags and re.fullmatch(re.escape(a), b, flags))

    groups: dict[str, list[str]] = {}
    for fragment in alternatives:
        first = next((f for f in groups if same(f, fragment[0])), fragment[0])
        groups.setdefault(first, []).append(fragment[1:])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _spaced(word: str) -> bool:
    """A word of an alphabetic script (it stands between spaces), not a mark or a Han character."""
    return any(ch.isalpha() and ord(ch) < 0x2E80 for ch in word)


def connector(kind: str, codes: tuple[str, ...] = LANGUAGES) -> str:
    """Literal connectors of ``kind`` (``range``, ``list``, ``range_open``, ``of``) as a regex that
    includes the spaces around them: a word needs spaces (or the edge of a glued proclitic), a
    punctuation mark may stand without them."""
    forms = words(kind, codes)
    spelled = [re.escape(w).replace(r"\ ", r"\s+") for w in forms if _spaced(w)]
    marks = [re.escape(w) for w in forms if not _spaced(w)]
    parts = []
    if spelled:
        parts.append(rf"\s+(?:{'|'.join(spelled)})\s+")
    if marks:  # a comma may be followed by the list word: «first, second, and third»
        after = rf"(?:(?:{'|'.join(spelled)})\s+)?" if kind == "list" and spelled else ""
        parts.append(rf"\s*(?:{'|'.join(marks)})\s*{after}")
    if kind == "list":
        glued = words("glued", codes)
        if glued:
            parts.append(rf"\s+(?:{'|'.join(map(re.escape, glued))})")
    return "(?:" + "|".join(parts) + ")"


def literal_alternation(forms: list[str]) -> str:
    """Literal word forms as one alternation, longest first; a space may be any run of spaces."""
    ordered = sorted(set(forms), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


@cache
def ordinal_forms(codes: tuple[str, ...] = LANGUAGES) -> dict[str, int]:
    """Every ordinal word form of the languages ``codes`` (lower case, NFKC) → its value."""
    out: dict[str, int] = {}
    for lex in lexicons():
        if lex.code not in codes:
            continue
        for form, value in lex.ordinals.items():
            out.setdefault(unicodedata.normalize("NFKC", form).lower(), value)
    return out


def ordinal_suffixes() -> str:
    """What may follow digits to make them an ordinal, in any language, as one alternation."""
    return alternation("ordinal_suffixes")


#: A character trie: each character leads to the rest; the key "" marks the end of a form.
type Trie = dict[str, Trie]


def trie_pattern(forms: list[str]) -> str:
    """Literal word forms as one regex shaped like a trie (``fir(?:st|teenth)``), which the regex
    engine scans far faster than a flat alternation of thousands of words. A space in a form
    matches any run of whitespace; longer continuations are tried first."""
    trie: Trie = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: Trie) -> str:
        ends = "" in node
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + build(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)
