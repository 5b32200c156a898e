"""The Convention and the Conference named without their titles, and the Convention named inside
a longer name.

A text about UNCAC calls it ``the Convention``/``la Convention``/``本公约``/``هذه الاتفاقية`` and
its Conference ``la Conférence``/``المؤتمر``; in any other text these words may mean another
treaty or meeting, so they are linked only in a text that names the Convention or the Conference
by title (the dictionary linker found ``uncac`` or ``body/cosp``); ``the Conference`` and ``the
Working Group`` only in a text that names that body by title, and ``the Group`` (``le Groupe``,
``الفريق``) only where the last group named before it is the Implementation Review Group. The Convention's title inside
the Conference's full name (``Conference of the States Parties to the United Nations Convention
against Corruption``) is a mention of the Convention too, which the linker's longest-match rule
hides; short titles the authority lacks (``Конвенции ООН против коррупции``) come from
:mod:`ingest.lexicon`. The press names the Conference by its parties before such a title in words
the reference data lacks (``Conference of the Parties to the UN Convention …``): the Conference too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from functools import cache, lru_cache

from arkg.graph.ids import CONVENTION
from arkg.ingest.lexicon import words
from arkg.ingest.linker import CONVENTION_KEY, LinkHit, another_convention
from arkg.ingest.scan import keyed

CONFERENCE = "body/cosp"
WORKING_GROUP = "body/wg-ar"
REVIEW_GROUP = "body/irg"


#: Each kind of anaphor and the entity it names.
#: (the UN's conference before the bare one: the longer form, at the same place, is tried first)
_KINDS = {
    "un_conference": CONFERENCE, "convention_anaphora": CONVENTION, "conference_anaphora": CONFERENCE,
    "working_group_anaphora": WORKING_GROUP, "review_group_anaphora": REVIEW_GROUP,
}


@cache
def _noun(kind: str) -> re.Pattern[str]:
    return re.compile("|".join(words(kind)))


def _last_named(kind: str, text: str, links: list[LinkHit], firsts: list[int], pos: int) -> str | None:
    """The id of the last name holding a noun of ``kind`` before ``pos`` (``the Group`` stands for it): an
    Implementation Review Group report's ``the Group``, not the Egmont Group's or a regional group's."""
    for i in range(bisect_left(firsts, pos) - 1, -1, -1):
        lk = links[i]
        if lk.end <= pos and _noun(kind).search(text, lk.start, lk.end):
            return lk.id
    return None


@cache
def _anaphors() -> re.Pattern[str]:
    """The lexicon's anaphors, one named group per kind (one scan of the text for all). A sentence
    may capitalise the first letter (``The Working Group``); nothing else changes case (``la
    conférence de presse`` is not the Conference)."""
    groups = []
    firsts: set[str] = set()  #: the letters an anaphor may start with: a look-ahead the scan skips by
    for kind in _KINDS:
        forms = [f"[{w[0]}{w[0].swapcase()}]{w[1:]}" if w[0].isalpha() else w for w in words(kind)]
        groups.append(f"(?P<{kind}>{'|'.join(forms)})")
        for w in words(kind):
            first = w.split(")", 1)[1][0] if w.startswith("(?<=") else w[0]
            firsts.update((first.lower(), first.upper()))
    starts = "".join(re.escape(c) for c in sorted(firsts))
    return re.compile(rf"(?=[{starts}])(?<!\w)(?:{'|'.join(groups)})(?!\w)")


_ALEF = re.compile("[اأإآ]")


@cache
def _titles() -> re.Pattern[str]:
    """The Convention's titles: the authority's names of it (long enough to be titles; their words
    may run together, as in text taken from a PDF) and the lexicon's short titles."""
    from arkg.ingest.authority import authority

    names = {a.text for a in authority().aliases if a.id == CONVENTION and len(a.text) >= 12}
    # words may run together in text taken from a PDF («NATIONS UNIESCONTRE LA CORRUPTION»); Arabic writes an
    # alef with or without its hamza («إتفاقية الأمم المتحدة», «الامم»)
    # (or a hyphen join them: «la convention des Nations-Unies contre la corruption»)
    spelled = [_ALEF.sub("[اأإآ]", re.escape(n).replace(r"\ ", r"[\s-]*"))
               for n in sorted(names, key=len, reverse=True)]
    return keyed(re.compile(rf"(?:{'|'.join(spelled + words('convention_titles'))})", re.IGNORECASE))


_TITLE_BEFORE, _TITLE_AFTER = 30, 90  #: how far a title reaches before and after its key word


@lru_cache(maxsize=4096)
def _title_in_name(name: str) -> tuple[int, int] | None:
    """Where the Convention's title stands inside a body's name, if it does."""
    m = _titles().search(name)
    return (m.start(), m.end()) if m else None


def _title_spans(text: str, links: list[LinkHit], firsts: list[int], longest: int) -> list[tuple[int, int]]:
    """Titles of the Convention around each key word that the dictionary has not already linked
    as the Convention; inside a Body's name, within that name. ``links`` are sorted; ``firsts``
    are their starts and ``longest`` the longest's length."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for key in CONVENTION_KEY.finditer(text):
        at = key.start()
        if at < pos:
            continue
        lo, hi = at - _TITLE_BEFORE, key.end() + _TITLE_AFTER
        i = bisect_right(firsts, at) - 1
        while i >= 0 and firsts[i] >= at - longest:
            lk = links[i]
            if lk.end > at and lk.label in ("Convention", "Body"):
                lo, hi = (hi, hi) if lk.label == "Convention" else (lk.start, lk.end)
                break
            i -= 1
        else:
            lk = None
        if lk is not None and lk.label == "Body":  # a Body's name: the same names recur, look once
            inner = _title_in_name(text[lk.start : lk.end])
            if inner is not None and lk.start + inner[0] <= at < lk.start + inner[1]:
                spans.append((lk.start + inner[0], lk.start + inner[1]))
                pos = lk.start + inner[1]
            continue
        for m in _titles().finditer(text, max(pos, lo), hi):
            if m.start() <= at < m.end():
                spans.append((m.start(), m.end()))
                pos = m.end()
                break
    return spans


def find(text: str, links: list[LinkHit]) -> list[LinkHit]:
    """``links`` (sorted, as the linker gives them) with the Convention's and the Conference's
    mentions the dictionary did not give added, in text order. A title of the Convention replaces
    the shorter names inside it (``ООН`` in ``Конвенция ООН против коррупции``, ``Mérida`` in
    ``Convención de Mérida``) and stands inside a Body's name (the Conference's full name holds
    the Convention's title)."""
    firsts = [lk.start for lk in links]
    longest = max((lk.end - lk.start for lk in links), default=0)
    dropped: set[int] = set()  #: positions in ``links`` of names a title replaced
    added: list[LinkHit] = []
    taken: list[tuple[int, int]] = []  #: spans of ``added``, sorted (they never overlap)

    def add(start: int, end: int, label: str, id_: str, title: bool = False) -> None:
        at = bisect_left(taken, (start, start))
        if any(s < end and start < e for s, e in taken[max(0, at - 1) : at + 1]):
            return
        lo, hi = bisect_left(firsts, start - longest), bisect_left(firsts, end)
        clash = [i for i in range(lo, hi) if i not in dropped and start < links[i].end]
        inside = [i for i in clash if start <= links[i].start and links[i].end <= end]
        around = [i for i in clash if links[i].label == "Body" and links[i].start <= start and end <= links[i].end]
        if clash and not (title and len(inside) + len(around) == len(clash) and not (set(inside) & set(around))):
            return
        dropped.update(inside)
        insort(taken, (start, end))
        added.append(LinkHit(start, end, label, id_, (id_,)))

    for start, end in _title_spans(text, links, firsts, longest):
        if not another_convention(text, start, end):
            add(start, end, "Convention", CONVENTION, title=True)
    named = {lk.id for lk in links} | {h.id for h in added}
    # «the Convention» in a text about it; «the Conference», «the Working Group», «the Group» in a text
    # naming it by title
    allowed = {kind for kind, id_ in _KINDS.items() if id_ in named}
    if CONFERENCE in named:
        allowed.add("convention_anaphora")
    if CONVENTION in named:  # «la Conférence de l'ONU» in a text about the Convention
        allowed.add("un_conference")
    # English capitalises the Conference it means in a text about the Convention (``the agenda of the
    # Conference``); other languages' anaphors need the Conference named by title, or a session's word before them
    capitalised = CONFERENCE not in named and any(
        lk.id == CONVENTION and not _anaphors().fullmatch(text, lk.start, lk.end) for lk in [*links, *added]
    )
    if allowed or capitalised:
        for m in _anaphors().finditer(text):
            kind = m.lastgroup or ""
            english = capitalised and kind == "conference_anaphora" and (
                m.group().endswith(" Conference") or _AFTER_A_SESSION.search(text, max(0, m.start() - 30), m.start()))
            if (kind in allowed or english) and not another_convention(text, m.start(), m.end()):
                id_ = _KINDS[kind]
                if id_ == REVIEW_GROUP and _last_named("group_nouns", text, links, firsts, m.start()) != REVIEW_GROUP:
                    continue
                if id_ == CONFERENCE and not _the_conferences(_last_named("conference_nouns", text, links, firsts,
                                                                          m.start())):
                    continue
                # (the UN's name inside «Конференции ООН» is the Conference's, as a title's inner names are)
                label = "Convention" if id_ == CONVENTION else "Body"
                add(m.start(), m.end(), label, id_, title=kind == "un_conference")
    kept = sorted([lk for i, lk in enumerate(links) if i not in dropped] + added, key=lambda lk: (lk.start, lk.end))
    return sorted(kept + _conference_of_parties(text, kept), key=lambda lk: (lk.start, lk.end))


#: A session's word right before "the Conference" (``la onzième session de la Conférence``, ``sesiones de la
#: Conferencia``, ``сессии Конференции``): in a text about the Convention, in any language, the session's holder is the
#: Conference.
_AFTER_A_SESSION = re.compile(r"(?<!\w)(?:sessions?|sesi(?:ón|on|ones)|сесси[а-я]*)\s+(?:de\s+|of\s+)?$", re.IGNORECASE)


def _the_conferences(last: str | None) -> bool:
    """Whether the last conference named (``last``; None: none is, or its name stayed ambiguous) is the
    Conference or holds its name (a session, a resolution of the Conference)."""
    return last is None or last == CONFERENCE or f"/{CONFERENCE.split('/')[1]}/" in last


@cache
def _parties_before() -> re.Pattern[str]:
    return re.compile(f"(?:{'|'.join(words('conference_of_parties'))})$", re.IGNORECASE)


#: The Conference named by its parties after the Convention's name and a possessive (``UNCAC's Conference of
#: States Parties``): the Conference.
_POSSESSIVE_CONFERENCE = re.compile(r"['’]s?\s+(Conference\s+of\s+(?:the\s+)?States?[\s-]+Parties)(?!\w)")


def _conference_of_parties(text: str, links: list[LinkHit]) -> list[LinkHit]:
    """The Conference named by its parties in the press's words right before the Convention's title
    (``the Conference of the Parties to the UN Convention against Corruption``, ``конференции стран —
    участниц Конвенции ООН против коррупции``) where no name covers it: its span runs to the title's
    end, the title's mention inside it. After the title with a possessive (``UNCAC's Conference of States
    Parties``), the Conference's span is its own words."""
    found = []
    for lk in links:
        if lk.id != CONVENTION or _anaphors().fullmatch(text, lk.start, lk.end):  # a title, not "the Convention"
            continue
        after = _POSSESSIVE_CONFERENCE.match(text, lk.end)
        if after and not any(o.label == "Body" and o.start < after.end(1) and o.end > after.start(1) for o in links):
            found.append(LinkHit(after.start(1), after.end(1), "Body", CONFERENCE, (CONFERENCE,)))
            continue
        before = _parties_before().search(text, max(0, lk.start - 80), lk.start)
        if before and not any(o.label == "Body" and o.start < lk.start and o.end > before.start() for o in links):
            found.append(LinkHit(before.start(), lk.end, "Body", CONFERENCE, (CONFERENCE,)))
    return found
