"""The extraction pipeline: one document's text in, its mentions, relations and graph records out.

``extract`` is what the build, ``arkg extract`` and the explorer call. It reads the layout
(:mod:`ingest.layout`), finds numbered citations (:mod:`ingest.patterns`) and names
(:mod:`ingest.linker`) block by block, settles the document's own identity (symbol, session,
date, kind) and derives relations (:mod:`ingest.relations`). Every offset indexes the text as
read, so every quote is ``text[start:end]``.

Identity rules (:mod:`ingest.identity`): the symbol printed on the document wins, on a line of its
own or in a run-together masthead; failing that, the symbol in a UN download's file name, or by UN
convention the provisional agenda of a meeting of a body in year Y is ``{series}/Y/1`` (both
``symbol_inferred``). A text with no symbol is identified by its content. The own symbol is not a
citation: no mention of the document itself is kept.
The session is the body's session whose dates hold the date in the header, or else the body's
session in the symbol's year. A document's date is the one it prints for itself; the dates of its
meeting ("24 and 25 August 2017, Vienna") are the session's, so without its own date it has none.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from arkg.graph import ids
from arkg.graph.records import Batch, DocumentInfo, Edge, Evidence, Node
from arkg.graph.scripts import RANGES, SCRIPTS
from arkg.ingest import anaphora, groups, identity, unlinked
from arkg.ingest import relations as rel
from arkg.ingest.acts import BlockText, actor_nodes, read_acts
from arkg.ingest.authority import authority, meeting_days
from arkg.ingest.events import venue
from arkg.ingest.layout import Block, Layout, analyse
from arkg.ingest.layout import discusses as layout_discusses
from arkg.ingest.linker import UN_OFFICES, Linker, LinkHit, linker, resolve
from arkg.ingest.numerals import int_to_roman
from arkg.ingest.patterns import GA_OLD_LAST, SESSION_BODIES, Context, DateHit, Hit, find_all, find_dates
from arkg.ingest.spans import Spans
from arkg.ingest.symbols import is_press_release

#: Symbol series of each body's documents.
SERIES = {"wg-ar": "CAC/COSP/WG.2", "irg": "CAC/COSP/IRG", "cosp": "CAC/COSP"}
_SERIES_YEAR = re.compile(r"^(.*?/(\d{4}))(?:/|$)")
_STOPWORDS = {
    "en": {"the", "of", "and", "to", "on", "which", "its", "was", "were", "that"},
    "fr": {"les", "des", "du", "et", "une", "sur", "le", "aux", "a", "été"},
    "es": {"los", "las", "del", "el", "y", "una", "por", "que", "su", "sobre"},
}


@dataclass(slots=True)
class Mention:
    id: str | None
    type: str
    text: str
    start: int
    end: int
    paragraph: str


@dataclass(slots=True)
class ParagraphInfo:
    number: str
    start: int
    end: int
    section: str
    agenda: str = ""
    role: str = ""


@dataclass(slots=True)
class Extraction:
    document: DocumentInfo
    mentions: list[Mention]
    relations: list[rel.Relation]
    paragraphs: list[ParagraphInfo]
    text: str
    agenda: dict[str, dict[str, str]] = field(default_factory=dict)  #: AgendaItem id → props
    dates: list[tuple[int, int, str, str]] = field(default_factory=list)
    #: (id, label, properties) of nodes the relations need: mandates, the actors that speak or are asked
    nodes: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)

    @property
    def language(self) -> str:
        return self.document.language

    def paragraph_id(self, number: str) -> str:
        return ids.paragraph(self.document.id, number)

    def to_json(self) -> dict[str, Any]:
        """The ``arkg extract --format json`` shape (spec/cli.md)."""
        return {
            "document": self.document.to_json(),
            "mentions": [
                {"id": m.id, "type": m.type, "text": m.text, "start": m.start, "end": m.end, "paragraph": m.paragraph}
                for m in self.mentions
            ],
            "relations": [
                {"source": r.source, "type": r.type, "target": r.target, "evidence": r.evidence.to_json()}
                | ({"props": dict(r.props)} if r.props else {})
                for r in self.relations
            ],
        }

    def to_batch(self) -> Batch:
        """Nodes and edges of this document for the stores; every edge carries its evidence."""
        doc, lang = self.document, self.language
        batch = Batch()
        node_props: dict[str, Any] = {
            "symbol": doc.symbol,
            "date": doc.date or None,  # unknown unless printed
            "languages": [lang],
            "kind": doc.kind,
            "symbol_inferred": doc.symbol_inferred,
            "content_hash": hashlib.sha1(self.text.encode("utf-8")).hexdigest(),
        }
        if doc.title:
            node_props[f"title_{lang}"] = doc.title
        batch.nodes.append(Node(doc.id, "Document", {"id": doc.id, **node_props}))
        for p in self.paragraphs:
            pid = self.paragraph_id(p.number)
            batch.nodes.append(
                Node(
                    pid,
                    "Paragraph",
                    {
                        "id": pid,
                        "document": doc.id,
                        "number": p.number,
                        f"text_{lang}": self.text[p.start : p.end],
                        "section": p.section,
                    },
                )
            )
        for item_id, props in self.agenda.items():
            batch.nodes.append(Node(item_id, "AgendaItem", {"id": item_id, **props}))
        cited = {m.id for m in self.mentions if m.type == "Document" and m.id and m.id != doc.id}
        for doc_id in sorted(cited):  # a cited document may be unknown to the authority: give it a node
            batch.nodes.append(Node(doc_id, "Document", {"id": doc_id, "symbol": doc_id.removeprefix("document/")}))
        numbered = {m.id: m.type for m in self.mentions if m.id and m.type in ("Session", "Resolution")}
        for entity_id, label in sorted(numbered.items()):  # a GA session or resolution the authority lacks
            spelled = numbered_props(entity_id)
            if spelled is not None and authority().node(entity_id) is None:
                batch.nodes.append(Node(entity_id, label, spelled))
        described = {m.id for m in self.mentions if m.type == "Event" and m.id and authority().node(m.id) is None}
        for event_id in sorted(described):  # a meeting the text describes (events.py, rule 3)
            batch.nodes.append(Node(event_id, "Event", {"id": event_id}))
        for m in self.mentions:
            if m.id is None:
                mid = ids.mention(self.paragraph_id(m.paragraph), m.start, m.end)
                batch.nodes.append(
                    Node(
                        mid,
                        "Mention",
                        {
                            "id": mid,
                            "type": m.type,
                            "text": m.text,
                            "document": doc.id,
                            "paragraph": m.paragraph,
                            "start": m.start,
                            "end": m.end,
                            "language": lang,
                        },
                    )
                )
        batch.nodes.extend(Node(id_, label, props) for id_, label, props in self.nodes)
        for r in self.relations:
            evidence = replace(r.evidence, document=doc.id, language=lang)
            batch.edges.append(Edge(r.source, r.type, r.target, dict(r.props), evidence))
        return batch


#: Characters counted for each script (Latin: the letters below U+0250).
_SCRIPTS = {
    **SCRIPTS,
    "latin": re.compile("[" + re.escape("".join(ch for ch in map(chr, range(0x250)) if ch.isalpha())) + "]"),
}


#: Any character of the scripts that show a language (one scan finds whether a text has none).
_SHOWING = re.compile("[" + "".join(RANGES.values()) + "]")
_LATIN_LETTER = _SCRIPTS["latin"]


def detect_language(text: str) -> str:
    """By script share (Han → zh, Cyrillic → ru, Arabic → ar); Latin by stop-word counts. Each
    distinct character is classified once, weighted by how often it occurs. A text with no Han,
    Cyrillic or Arabic character (a Latin-script text: one fast scan tells) needs no counts: Latin
    wins if it has a Latin letter, else the first script ties at zero, as ``max`` picks it; nor does
    a text that one script dominates (:func:`_majority`)."""
    shown = _SHOWING.search(text)
    best: str | None
    if shown is None:
        best = "latin" if _LATIN_LETTER.search(text) else next(iter(_SCRIPTS))
    elif (best := _majority(text, shown.group())) is None:  # counted, character by character
        frequency = Counter(text)
        distinct = "".join(frequency)
        counts = {lang: sum(frequency[ch] for ch in rx.findall(distinct)) for lang, rx in _SCRIPTS.items()}
        best = max(counts, key=lambda k: counts[k])
    if best != "latin":
        return best
    words = Counter(_STOPWORD.findall(text.lower()))  # counted once, looked up per stop word
    scores = {lang: sum(words[w] for w in stops) for lang, stops in _STOPWORDS.items()}
    return max(scores, key=lambda k: scores[k])


#: A stop word standing as a whole word (a whole run of ``[a-zà-ÿ]``): only these are counted, not
#: every word of the text.
_STOPWORD = re.compile(
    "(?<![a-zà-ÿ])(?:" + "|".join(sorted({w for ws in _STOPWORDS.values() for w in ws})) + ")(?![a-zà-ÿ])"
)
#: Runs of each script's characters (a script's count is the length of its runs).
_RUNS = {lang: re.compile(f"[{chars}]+") for lang, chars in RANGES.items()}


def _majority(text: str, first: str) -> str | None:
    """The script of ``first`` (a character of a script that shows a language) when it holds more
    of ``text``'s characters than all others together: then it has the most, whatever the others
    count, and no character need be classified. None when it does not."""
    lang = next(lang for lang, rx in SCRIPTS.items() if rx.match(first))
    count = sum(map(len, _RUNS[lang].findall(text)))
    return lang if count > len(text) - count else None


class _Run:
    """The state of one extraction (kept out of module globals so calls are independent).

    Patterns and the linker run once over one view of the whole document (blocks separated by
    :data:`ingest.layout.BLOCK_SEP`), not once per block; their hits are then dealt to blocks.
    """

    def __init__(self, text: str, name: str, language: str | None) -> None:
        self.text, self.name = text, name
        self.auth = authority()
        self.layout: Layout = analyse(text)
        self.hint = identity.file_name_hint(name) if name else identity.NameHint()
        self.language = language or identity.masthead_language(text) or self.hint.language or detect_language(text)
        self.own_span = self.layout.own_symbol_span
        self.view = self.layout.document_view()
        self.views = self.view.blocks() if self.layout.blocks else []
        self.starts = [v.base for v in self.views]
        self.date_hits = find_dates(self.view.text, self.starts)
        self.block_dates = _by_block(self.date_hits, self.starts)
        links = groups.find(self.view.text, anaphora.find(self.view.text, linker().find(self.view.text)))
        self.links = _by_block(links, self.starts)
        #: Bodies named in the text, for the patterns that tell whose session a number is.
        self.bodies = [(lk.start, lk.end, lk.id.removeprefix("body/")) for lk in links if lk.label == "Body" and lk.id]
        #: Places named, and the city a name shared with its State may be (``Panama (2013)``): a
        #: session held there makes it the venue, which :func:`resolve` then chooses.
        self.places = [(lk.start, lk.end, lk.id) for lk in links if lk.label == "Place" and lk.id] + [
            (lk.start, lk.end, c) for lk in links if lk.id is None for c in lk.candidates if c.startswith("place/")]
        self.networks = [(lk.start, lk.end) for lk in links if lk.label == "Network"]
        #: (not the UN and UNODC, which serve the Convention's bodies: their sessions are no meetings of theirs)
        self.organizations = [(lk.start, lk.end) for lk in links if lk.label in ("Organization", "Initiative")
                              and lk.id not in UN_OFFICES]
        self.about_uncac = any(lk.id in groups.ABOUT_UNCAC for lk in links)

    def session_by_date(self, first: str, last: str, body: str | None) -> str | None:
        bodies = [body] if body else ["wg-ar", "cosp", "irg"]
        if len(first) != 10:
            return None
        for b in bodies:
            for s in self.auth.sessions(b):
                if any(first[:10] <= end and last[:10] >= start for start, end in meeting_days(s)):
                    return s.id
        return None

    def session_in(self, month: str, body: str) -> str | None:
        """The body's one session that met in ``month`` (``YYYY-MM``), or None (none, or several)."""
        found = {s.id for s in self.auth.sessions(body)
                 if any(start[:7] <= month <= end[:7] for start, end in meeting_days(s))}
        return found.pop() if len(found) == 1 else None

    def session_at(self, place: str, year: str, body: str) -> str | None:
        """The body's session held at ``place`` in ``year`` (``YYYY``, or ``YYYY-MM`` for a month it met in; one
        only), or None. Without a year, the one session any body held at ``place`` (Atlanta), if it is the body's:
        not Vienna or Doha."""
        held = self.auth.targets("HELD_IN")
        found = [
            (s.id, b)
            for b in ((body,) if year else SESSION_BODIES)
            for s in self.auth.sessions(b)
            if held.get(s.id) == place and any(str(s.props.get(day, "")).startswith(year)
                                               for day in ("start_date", "end_date"))
        ]
        return found[0][0] if len(found) == 1 and found[0][1] == body else None

    def identity(self) -> tuple[DocumentInfo, str]:
        """The document's identity and metadata, and the body whose document it is ("" if unknown)."""
        layout = self.layout
        header = [i for i, b in enumerate(layout.blocks) if b.role == "header" or i < 3]
        body = self._body(header)
        header_dates: list[DateHit] = []
        for i in header:
            header_dates.extend(d for d in self.block_dates[i] if len(d.first) == 10)
        symbol, inferred = layout.own_symbol, False
        if symbol is None and (masthead := identity.masthead_symbol(self.text)):
            symbol, self.own_span = masthead.symbol, (masthead.start, masthead.end)
            # a run-together masthead is one long block: its dates are the masthead's, not those cited after it
            header_dates = [d for d in header_dates if self.view.origin(d.start) < masthead.reach]
        if symbol is None and self.hint.symbol:
            symbol, inferred = self.hint.symbol, True
        if symbol:  # the symbol's series names the body better than the masthead, which names the Conference first
            body = next((b for b, series in SERIES.items() if symbol.startswith(series + "/")), None) or body
        session = None
        if body:  # the masthead's dates: the document's own, then the meeting's (``Vienna, 6 and 7 June 2018``)
            session = next(filter(None, (self.session_by_date(d.first, d.last, body) for d in header_dates)), None)
        if session is None and symbol and body:
            year = _SERIES_YEAR.match(symbol)
            if year:
                in_year = [
                    s for s in self.auth.sessions(body) if str(s.props.get("start_date", "")).startswith(year.group(2))
                ]
                session = in_year[0].id if in_year else None
        if symbol is None and layout.is_agenda and body and header_dates:
            symbol, inferred = f"{SERIES[body]}/{header_dates[0].first[:4]}/1", True
        doc_id = ids.document(symbol) if symbol else identity.text_id(self.text)
        known = self.auth.node(doc_id)
        date = next((d.first for d in header_dates if not self._meeting_dates(d, session)), "")
        kind = "agenda" if layout.is_agenda else str((known.props.get("kind") if known else "") or "")
        if not kind and not symbol:
            kind = identity.text_kind(self.text)
        if not kind:
            kind = ("press release" if is_press_release(symbol or "") else "draft report" if "/L." in (symbol or "")
                    else "resolution" if "/RES/" in (symbol or "") else "report" if layout.numbered else "UN document")
        title = str(known.props.get(f"title_{self.language}", "")) if known else ""
        if not title:
            title = self._title(header)
        return DocumentInfo(doc_id, symbol or "", self.language, title, date, session or "", kind, inferred), body or ""

    def _meeting_dates(self, hit: DateHit, session: str | None) -> bool:
        """A header date that spans the session's days ("24 and 25 August 2017, Vienna") is the
        meeting's, not the document's: a document's date stays unknown unless printed as its own."""
        node = self.auth.node(session) if session else None
        days = (node.props.get("start_date"), node.props.get("end_date")) if node else None
        return hit.first != hit.last or days == (hit.first, hit.last)

    def _body(self, header: list[int]) -> str | None:
        for i in header:
            for hit in self.links[i]:
                if hit.label == "Body" and hit.id:
                    return hit.id.removeprefix("body/")
        return None

    def _title(self, header: list[int]) -> str:
        for i in header:
            view = self.views[i].text.strip()
            if not view or self.block_dates[i]:
                continue
            hits = self.links[i]
            if hits and hits[0].end - hits[0].start >= len(view) - 1:
                continue  # the body's name
            return view
        return ""

    # -- mentions -------------------------------------------------------------------------------

    def mentions(self, ctx: Context, own: set[str]) -> tuple[list[Mention], list[tuple[Block, list[Mention]]]]:
        """Mentions per block; the document's own symbol (``own``: the ids it stands for) is not one."""
        view = self.view
        hits, _ = find_all(view.text, ctx, starts=self.starts, dates=self.date_hits)
        per_block: list[tuple[Block, list[Hit], list[LinkHit]]] = []
        unambiguous: set[str] = set()
        for block, block_hits, links in zip(self.layout.blocks, _by_block(hits, self.starts), self.links, strict=True):
            symbol_spans = [(h.start, h.end) for h in block_hits if h.label in ("Document", "Resolution")]
            covered = Spans(symbol_spans)
            links = [lk for lk in links if not covered.overlaps(lk.start, lk.end)]
            unambiguous.update(lk.id for lk in links if lk.id)
            per_block.append((block, block_hits, links))
        # the venues of the sessions and events the document cites settle a name a country shares
        held = self.auth.targets("HELD_IN")
        cited = [h.id for h in hits] + [lk.id for b in self.links for lk in b if lk.id]
        venues = frozenset(held[i] for i in cited if i in held)
        located = self.auth.targets("LOCATED_IN")
        spans = view.source_spans([(d.start, d.end) for d in self.date_hits])
        self.dates = [(*span, d.first, d.last) for d, span in zip(self.date_hits, spans, strict=True)]
        taken = sorted([(h.start, h.end) for h in hits] + [(lk.start, lk.end) for b in self.links for lk in b])
        names = _by_block(
            [LinkHit(s, e, label, None, ()) for s, e, label in unlinked.find(view.text, taken)], self.starts
        )
        out: list[Mention] = []
        grouped: list[tuple[Block, list[Mention]]] = []
        for (block, block_hits, links), block_names in zip(per_block, names, strict=True):
            spotted: list[tuple[int, int, str, str | None]] = [(n.start, n.end, n.label, None) for n in block_names]
            spotted += [(h.start, h.end, h.label, self._known(h)) for h in block_hits]
            spotted += [(lk.start, lk.end, lk.label, lk.id) for lk in resolve(links, unambiguous, located, venues)]
            found = self._mentions(spotted)
            found = [m for m in found if m.id not in own and not self._at_own_symbol(m)]
            for m in found:
                m.paragraph = block.number
            found.sort(key=lambda m: (m.start, m.end))
            out.extend(found)
            grouped.append((block, found))
        return out, grouped

    def _at_own_symbol(self, m: Mention) -> bool:
        return self.own_span is not None and m.start < self.own_span[1] and self.own_span[0] < m.end

    def _mentions(self, spotted: list[tuple[int, int, str, str | None]]) -> list[Mention]:
        """Mentions of (view start, view end, label, id), in source offsets."""
        spans = self.view.source_spans([(start, end) for start, end, _, _ in spotted])
        text = self.text
        return [
            Mention(id_, label, text[s:e], s, e, "") for (_, _, label, id_), (s, e) in zip(spotted, spans, strict=True)
        ]

    def _known(self, hit: Hit) -> str | None:
        if hit.label in ("Document", "AgendaItem"):  # ids derived from the printed symbol / the session
            return hit.id
        if self.auth.node(hit.id) is not None:
            return hit.id
        return hit.id if hit.label in ("Session", "Resolution") and self._numbered(hit.id) else None

    def _numbered(self, entity_id: str) -> bool:
        """A session or resolution the authority does not list but whose number makes its id: any
        General Assembly session or resolution, and a resolution of a Conference session that the
        authority knows (the Conference adopts a dozen or so per session; only some are listed)."""
        props = numbered_props(entity_id)
        if props is None:
            return False
        if props["body"] == "ga":
            return True
        if "session" not in props:  # a Conference session the authority does not list is not made up
            return False
        session = ids.session(props["body"], props["session"])
        return props["number"] <= _MAX_RESOLUTIONS and self.auth.node(session) is not None


#: More resolutions than one session of the Conference has adopted: such a number is a misprint.
_MAX_RESOLUTIONS = 25
#: (A General Assembly resolution of its first thirty sessions has a four-digit number: 3514 (XXX).)
_NUMBERED_ID = re.compile(r"^(session|resolution)/(cosp|wg-ar|irg|ga)/([1-9]\d{0,2})(?:/([1-9]\d{0,3}))?$")


def numbered_props(entity_id: str) -> dict[str, Any] | None:
    """The properties a session or resolution id spells out (body, session, number), or None."""
    m = _NUMBERED_ID.match(entity_id)
    if m is None or (m.group(1) == "resolution") != (m.group(4) is not None):
        return None
    kind, body, first, second = m.groups()
    if kind == "session":
        return {"id": entity_id, "body": body, "number": int(first)}
    session, number = int(first), int(second)
    old = body == "ga" and session <= GA_OLD_LAST  # one series, the session in brackets: 3514 (XXX)
    symbol = f"{number} ({int_to_roman(session)})" if old else f"{first}/{second}"
    return {"id": entity_id, "body": body, "session": session, "number": number, "symbol": symbol}


def _by_block[T: (Hit, DateHit, LinkHit)](hits: list[T], starts: list[int]) -> list[list[T]]:
    """Hits of a document view dealt to the blocks they fall in, in their order."""
    out: list[list[T]] = [[] for _ in starts]
    for hit in hits:
        out[bisect_right(starts, hit.start) - 1].append(hit)
    return out


def extract(source: Any, *, name: str = "", language: str | None = None) -> Extraction:
    """Extract one document (a ``SourceText`` or plain text)."""
    text = source if isinstance(source, str) else source.text
    if not name and not isinstance(source, str) and getattr(source, "path", None):
        name = str(source.path)
    run = _Run(text, name, language)
    document, body = run.identity()
    series = _SERIES_YEAR.match(document.symbol)
    ctx = Context(
        series=series.group(1) if series else "",
        body=body or "wg-ar",
        session=document.session,
        agenda=run.layout.is_agenda,
        session_by_date=run.session_by_date,
        session_at=run.session_at,
        session_in=run.session_in,
        bodies=run.bodies,
        uncac=bool(body) or run.about_uncac,
        places=run.places,
        networks=run.networks,
        organizations=run.organizations,
        council=document.symbol.startswith("A/HRC/RES/"),
    )
    own = identity.own_ids(document.symbol) if document.symbol else {document.id}
    mentions, grouped = run.mentions(ctx, own)
    paragraphs = [ParagraphInfo(b.number, b.start, b.end, b.section, b.agenda, b.role) for b in run.layout.blocks]
    extraction = Extraction(document, mentions, [], paragraphs, text, dates=run.dates)
    extraction.relations = _relations(run, extraction, grouped)
    return extraction


def extract_path(path: Path) -> Extraction:
    """Read a file with :func:`ingest.readers.read_document` and extract it."""
    from arkg.ingest.budget import check_size, time_budget
    from arkg.ingest.readers import read_document

    with time_budget(str(path)):
        source = read_document(path)
        check_size(source.text, str(path))
        return extract(source, name=str(path))


def _relations(run: _Run, ex: Extraction, grouped: list[tuple[Block, list[Mention]]]) -> list[rel.Relation]:
    text, doc = ex.text, ex.document
    doc_id, session = doc.id, doc.session
    out: list[rel.Relation] = []
    append, relation = out.append, rel.Relation  # called for every relation: tens of thousands a corpus
    #: One evidence per span: a mention's MENTIONS and CITES (and more) share it (it is immutable).
    quotes: dict[tuple[str, int, int], Evidence] = {}

    def add(source: str, type_: str, target: str, paragraph: str, start: int, end: int) -> None:
        evidence = quotes.get(key := (paragraph, start, end))
        if evidence is None:
            evidence = quotes[key] = Evidence("", paragraph, start, end, text[start:end])
        append(relation(source, type_, target, evidence))

    layout = run.layout
    # the document and its session
    if session:
        if run.own_span:
            add(doc_id, "PREPARED_FOR", session, "", *run.own_span)
        else:
            header = next(
                (b for b in layout.blocks if b.role == "header" and run.dates and b.start <= run.dates[0][0] < b.end),
                None,
            )
            if header:
                add(doc_id, "PREPARED_FOR", session, header.number, run.dates[0][0], run.dates[0][1])
    # agenda items: nodes, HAS_AGENDA_ITEM, CONCERNS
    blocks = layout.blocks
    if session:
        for key, entry in layout.agenda.items():
            item_id = ids.agenda_item(session, key)
            ex.agenda[item_id] = {"item": key, "number": entry.printed, f"title_{ex.language}": entry.title}
            for index, start, end in entry.spans:
                number = blocks[index].number
                add(session, "HAS_AGENDA_ITEM", item_id, number, start, end)
                for m in grouped[index][1]:
                    if m.id and rel.is_concernable(m.type) and start <= m.start and m.end <= end:
                        add(item_id, "CONCERNS", m.id, number, m.start, m.end)
    sentences = [rel.sentences(text, block.start, block.end) for block, _ in grouped]
    pids = [ex.paragraph_id(block.number) for block, _ in grouped]  # once a block: three loops need them
    items: dict[str, str] = {}  #: a block's agenda key → its AgendaItem id (many blocks share one)
    for (block, found), spans, pid in zip(grouped, sentences, pids, strict=True):
        add(doc_id, "HAS_PARAGRAPH", pid, block.number, block.segments[0][0], block.segments[0][1])
        for m in found:
            if m.id is None:
                mention_id = ids.mention(pid, m.start, m.end)
                add(pid, "HAS_MENTION", mention_id, block.number, m.start, m.end)
                continue
            add(pid, "MENTIONS", m.id, block.number, m.start, m.end)
            if m.type == "AgendaItem":
                key = m.id.rsplit("/", 1)[1]
                printed = re.sub(r"^(\d+)([a-z])$", r"\1(\2)", key)
                ex.agenda.setdefault(m.id, {"item": key, "number": printed})
            if rel.is_citable(m.type) and m.id != doc_id:
                add(doc_id, "CITES", m.id, block.number, m.start, m.end)
            if m.type == "Event" and authority().node(m.id) is None and (place := venue(m.id)):
                add(m.id, "HELD_IN", place, block.number, m.start, m.end)  # a described meeting's venue
            if m.type == "Document" and block.in_docs and block.agenda and session and m.id != doc_id:
                add(m.id, "PREPARED_FOR", ids.agenda_item(session, block.agenda), block.number, m.start, m.end)
        resolutions = [m for m in found if m.type == "Resolution"]
        if resolutions:  # most blocks name none: nothing can recall
            out.extend(rel.recalls(text, block.number, spans, resolutions))
        if not session:
            continue
        item = items.get(block.agenda) or items.setdefault(block.agenda, ids.agenda_item(session, block.agenda))
        if item in ex.agenda and layout_discusses(layout, block):
            add(pid, "DISCUSSED_UNDER", item, block.number, block.segments[0][0], block.segments[0][1])
    for index, (block, _) in enumerate(grouped):
        for start, end, topic in _nested_topics(run, index):
            add(pids[index], "MENTIONS", topic, block.number, start, end)
    texts = [
        BlockText(block.number, pid, block.start, block.end, view, found, spans)
        for (block, found), view, spans, pid in zip(grouped, run.views, sentences, pids, strict=True)
    ]
    # a press release reports what was said, as news does: it asks nothing in its own voice
    voiced = bool(doc.symbol) and doc.kind != "press release"
    acts = read_acts(text, ex.language, doc_id, texts, run.view, voiced=voiced)
    out.extend(acts.relations)
    ex.nodes.extend((mid, "Mandate", {**props, "language": ex.language}) for mid, props in acts.mandates.items())
    ex.nodes.extend(actor_nodes(acts.actors))
    return out


#: Names that may contain a topic phrase: an event, a publication, an initiative named for what it does.
_NAMED_FOR_TOPICS = frozenset({"Event", "Publication", "Initiative", "Network"})


def _nested_topics(run: _Run, index: int) -> list[tuple[int, int, str]]:
    """Topics named inside a block's longer names ("所追回和返还被盗资产的管理和处置…国际专家会议" is
    also about asset disposal): the linker's longest match keeps the name, so the topic is looked
    for again inside it. (start, end, topic id) in source offsets."""
    out = []
    view = run.view.text
    for hit in run.links[index]:
        if hit.label not in _NAMED_FOR_TOPICS or hit.id is None:
            continue
        for start, end, topic in _topics_in(linker(), view[hit.start : hit.end]):
            out.append((*run.view.source_span(hit.start + start, hit.start + end), topic))
    return out


@lru_cache(maxsize=4096)
def _topics_in(names: Linker, name: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, topic id) of the topics ``names`` links inside ``name``: the same names recur
    from document to document (events, publications), so each is searched once per process."""
    return tuple((inner.start, inner.end, inner.id) for inner in names.find(name, only="Topic") if inner.id is not None)
