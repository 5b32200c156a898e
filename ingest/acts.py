"""What a document does: the mandates it states and the positions its speakers take.

A *mandate* is a performative verb with an addressee ("缔约国会议第 6/2 号决议请秘书处…",
"requests the Secretariat to…"). Its issuer is what the sentence names before the verb, in this
order: the resolutions (or a resolution anaphor, 该决议 → the last resolution named), else the
meeting, else the sentence's first party — a body that opens its clause (its subject, not a body
the sentence only speaks of; a Working Group that continues to speak after "its tenth meeting
requested" is still that meeting), or a speaker, which makes the sentence a speaker's
recommendation rather than a mandate — else the document itself, if it is a UN document (a news
report's "called upon States" has a subject the reader does not know, not an issuer). Establishing a
body for a purpose ("established the Working Group to advise …") mandates it; establishing it alone
does not. A list introduced by
"the following functions" gives one mandate per lettered item; "the Secretariat's efforts to
implement the mandates in resolutions 6/1 and 6/4" states a mandate of the actor under each
resolution, and, with a reporting verb, that the actor REPORTS_ON it.

A *position* is a stance cue (PROPOSES, SUPPORTS, OPPOSES, DEFERS, WELCOMES, RECOMMENDS) with a
speaker before it in the same sentence (or right after it, verb first: "ورحب عدة متكلمين"): a kind
of speaker and its quantity ("几名发言者" → speakers, several), or a pronoun ("他", "该名发言者")
standing for the speaker named last. A mandate verb said by a speaker is a RECOMMENDS; so is a
speaker's must/should (必须, 应), at most once a sentence.
Its target is the proposal an anaphor names ("这一提议" → what the last PROPOSES was about), else
the entities the clause names after the cue, else (for stances on a proposal) the last proposal,
else the paragraph itself. Cues inside a mandate's task ("吁请各国支持…") belong to the task.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from arkg.graph import ids
from arkg.ingest.drafting import Token, actors, lexicon
from arkg.ingest.layout import TextView
from arkg.ingest.relations import Relation, evidence

SPEAKERS = frozenset({"actor/speakers", "actor/delegations", "actor/representatives", "org/unodc-secretariat"})
SECRETARIAT = "org/unodc-secretariat"
_ADDRESSEES = frozenset({"Body", "Organization", "Country", "Network", "Initiative"})
_TARGETS = frozenset({"Topic", "Organization", "Initiative", "Network", "Event", "Publication", "Document",
                      "Resolution", "Article", "Chapter", "Convention", "Body", "Country"})
#: Stances that, naming nothing, are about the proposal on the table.
_PROPOSAL_STANCES = frozenset({"OPPOSES", "DEFERS"})
#: Languages whose drafting puts the verb before its subject ("يطلب المؤتمر إلى الأمانة").
_VERB_FIRST = frozenset({"ar"})
_WORD = re.compile(r"\s*\w+\s")
#: Punctuation that ends a clause: an issuer must open its clause.
_CLAUSE_END = frozenset(",，;；:：")
_LIST_ITEM = re.compile(r"^\s*[(（]([a-z])[)）]\s*")
#: How far (characters) a post-verbal subject or speaker may stand from its verb (verb-first drafting).
_GAP = 3
#: Mandate verbs that, said by a speaker, recommend even with no addressee ("urged closer cooperation").
_CALLS = frozenset({"urges", "calls-upon", "encourages", "recommends"})
#: Token kinds that state a mandate (their addressee follows).
_MANDATE_VERBS = frozenset({"verb", "establish"})
#: Token kinds that may be a speaker's cue (:meth:`_Reader.positions`).
_CUES = frozenset({"position", "verb", "modal"})
#: Quantities that say how many speakers; "one"/"another" are one speaker.
_ONE = frozenset({"one", "another"})


@dataclass(slots=True)
class Party:
    """A speaker, addressee or issuer found in a sentence (source offsets)."""

    id: str
    label: str
    start: int
    end: int
    quantity: str = ""


@dataclass(slots=True)
class BlockText:
    """One block as the act reader needs it."""

    number: str
    paragraph_id: str
    start: int
    end: int
    view: TextView
    mentions: list[Any]  #: ingest.extract.Mention of this block, source offsets
    sentences: list[tuple[int, int]]  #: :func:`ingest.relations.sentences` of the block


@dataclass(slots=True)
class Acts:
    relations: list[Relation] = field(default_factory=list)
    mandates: dict[str, dict[str, Any]] = field(default_factory=dict)  #: Mandate id → properties
    actors: set[str] = field(default_factory=set)


class _Reader:
    def __init__(self, text: str, language: str, document: str, voiced: bool) -> None:
        self.text, self.language, self.document, self.voiced = text, language, document, voiced
        self.acts = Acts()
        self.last_resolution: str | None = None
        self.bodies: list[str] = []  #: bodies named so far, in reading order
        self.last_proposal: list[str] = []
        #: (start, end) of the mandates the block being read states: a cue inside one is its task's
        self.block_tasks: list[tuple[int, int]] = []

    # -- parties ---------------------------------------------------------------------------------

    def parties(self, block: BlockText, tokens: list[Token]) -> list[Party]:
        """Actors (with their quantity), pronouns and linked entities of a block, left to right."""
        linked = [m for m in block.mentions if m.id]
        out = [Party(m.id, m.type, m.start, m.end) for m in linked]
        inside_a_mention = _Overlaps([(m.start, m.end) for m in linked])
        for i, tok in enumerate(tokens):
            kind = tok.kind  # one kind a token: the tests below exclude each other
            if kind == "pronoun":
                out.append(Party("", "Pronoun", tok.start, tok.end))
            elif kind == "body-anaphor" and not inside_a_mention(tok.start, tok.end):
                named = self.bodies + [m.id for m in linked if m.type == "Body" and m.end <= tok.start]
                body = next((b for b in reversed(named) if b.startswith(tok.value)), None)
                if body is not None:  # "the Working Group", once its full title was given
                    out.append(Party(body, "Body", tok.start, tok.end))
            if kind != "actor" or inside_a_mention(tok.start, tok.end):
                continue
            party = Party(tok.value, "Actor", tok.start, tok.end)
            before = tokens[i - 1] if i else None
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if before and before.kind == "quantity" and self._adjacent(before.end, tok.start):
                party.start, party.quantity = before.start, before.value
            elif after and after.kind == "quantity-after" and self._adjacent(tok.end, after.start):
                party.end, party.quantity = after.end, after.value
            out.append(party)
        out.sort(key=lambda p: (p.start, -p.end))
        return out

    def _adjacent(self, end: int, start: int) -> bool:
        return start >= end and not self.text[end:start].strip()

    # -- one block -------------------------------------------------------------------------------

    def read(self, blocks: list[BlockText], view: TextView) -> Acts:
        listing: tuple[BlockText, list[Party], list[Party]] | None = None
        # the document's view tokenized once (no phrase crosses a block separator), dealt to blocks
        every = lexicon().tokens(self.language, view)
        every_starts = [t.start for t in every]
        for block in blocks:
            self.block_tasks = []
            tokens = every[bisect_left(every_starts, block.start):bisect_left(every_starts, block.end)]
            parties = self.parties(block, tokens)
            item = _LIST_ITEM.match(block.view.text)
            if listing and item:
                self.listed(block, item.end(), *listing)
                continue
            listing = None
            last_speaker: Party | None = None
            last_issuer: str | None = None
            # both lists run left to right: a sentence's share is a slice (a block may be one long line)
            token_starts, party_starts = [t.start for t in tokens], [p.start for p in parties]
            for s, e in block.sentences:
                toks = tokens[bisect_left(token_starts, s):bisect_left(token_starts, e)]
                here = parties[bisect_left(party_starts, s):bisect_left(party_starts, e)]
                # each reader acts on tokens of its own kinds only: a sentence without them is skipped
                kinds = {t.kind for t in toks}
                if "list" in kinds:
                    intro = self.list_intro(toks, here)
                    listing = (block, *intro) if intro else listing
                if not kinds.isdisjoint(_MANDATE_VERBS):
                    last_issuer = self.mandates(block, s, e, toks, here, last_issuer)
                if kinds.isdisjoint(_CUES):  # no cue: only the speaker named last carries over
                    last_speaker = self.named_speaker(here, last_speaker)
                else:
                    last_speaker = self.positions(block, s, e, toks, here, last_speaker)
                if "implement" in kinds:
                    self.implemented(block, toks, here)
                for p in here:
                    if p.label == "Resolution":
                        self.last_resolution = p.id
            self.bodies.extend(m.id for m in block.mentions if m.id and m.type == "Body")
        return self.acts

    # -- mandates --------------------------------------------------------------------------------

    def addressees(self, after: int, tokens: list[Token], parties: list[Party]) -> list[Party]:
        """The addressees that follow a verb: fillers skipped, joined by connectors."""
        out: list[Party] = []
        pos = after
        while True:
            bare = self._skip(pos, tokens, ())
            pos = self._skip(pos, tokens, ("filler", "purpose"))
            # a name may take its article with it ("que el Grupo de Trabajo": "el Grupo de Trabajo" is one mention)
            party = next((p for p in parties if bare <= p.start <= pos < p.end and self._addressable(p)), None)
            if party is None:
                return out
            out.append(party)
            nxt = self._skip(party.end, tokens, ())
            conn = next((t for t in tokens if t.start == nxt and t.kind == "connector"), None)
            if conn is None:
                return out
            pos = conn.end

    @staticmethod
    def _addressable(p: Party) -> bool:
        return (p.label == "Actor" and p.id not in SPEAKERS - {SECRETARIAT}) or p.label in _ADDRESSEES

    def _skip(self, pos: int, tokens: list[Token], kinds: tuple[str, ...]) -> int:
        """``pos`` moved past white space and tokens of ``kinds`` (at most a few characters apart)."""
        while True:
            start = pos
            while pos < len(self.text) and self.text[pos].isspace():
                pos += 1
            tok = next((t for t in tokens if t.start == pos and t.kind in kinds), None)
            if tok is not None:
                pos = tok.end
            if pos == start:
                return pos

    def mandates(self, block: BlockText, s: int, e: int, tokens: list[Token], parties: list[Party],
                 last_issuer: str | None) -> str | None:
        for tok in tokens:
            if tok.kind not in _MANDATE_VERBS:
                continue
            # an Arabic-style subject between verb and addressee: "يطلب المؤتمر إلى الأمانة"
            addressees = self.addressees(tok.end, tokens, parties)
            after = [p for p in parties if p.start >= tok.end]
            skip = next((p for p in after[:1] if p.label == "Body" and p.start - tok.end <= _GAP), None)
            if skip is not None:
                later = self.addressees(skip.end, tokens, parties)
                addressees, skip = (later, skip) if later else (addressees, None)
            if not addressees and self.language in _VERB_FIRST:  # an unlinked subject word: "يطلب المؤتمر إلى"
                word = _WORD.match(self.text, tok.end)
                if word and any(t.kind == "filler" and t.start == word.end() for t in tokens):
                    addressees = self.addressees(word.end(), tokens, parties)
            if not addressees or (tok.kind == "establish" and not self.purpose_after(addressees[-1].end, tokens)):
                continue  # "established the Working Group." gives it no task
            before = [p for p in parties if p.end <= tok.start] + ([skip] if skip else [])
            issuers, speaker = self.issuers(before, tokens, s, tok.start, last_issuer)
            if speaker is not None:
                continue  # a speaker's recommendation: read by positions()
            for issuer in issuers:
                for addressee in addressees:
                    self.mandate(block, issuer, tok, addressee, tok.start, addressees[-1].end, e)
            last_issuer = issuers[0][0] if issuers else last_issuer
        return last_issuer

    def issuers(self, before: list[Party], tokens: list[Token], s: int, verb: int,
                last_issuer: str | None) -> tuple[list[tuple[str, int, int]], Party | None]:
        """The issuers of a verb at ``verb`` (id, evidence span), or the speaker who says it."""
        resolutions = [(p.id, p.start, p.end) for p in before if p.label == "Resolution"]
        for tok in tokens:
            if tok.kind == "resolution-anaphor" and tok.end <= verb and self.last_resolution:
                resolutions.append((self.last_resolution, tok.start, tok.end))
        if resolutions:
            return resolutions, None
        sessions = [p for p in before if p.label == "Session"]
        if sessions:
            return [(sessions[-1].id, sessions[-1].start, sessions[-1].end)], None
        first = next((p for p in before if p.id in SPEAKERS or p.label == "Pronoun"
                      or (p.label == "Body" and (p.start >= verb or self.heads_clause(p, s, tokens)))), None)
        if first is not None and first.label != "Body":
            return [], first
        if first is not None:
            body = first.id.removeprefix(ids.make("Body", code=""))
            issuer = last_issuer if last_issuer and last_issuer.startswith(ids.session(body, "")) else first.id
            return [(issuer, first.start, first.end)], None
        return ([(self.document, s, verb)] if self.voiced else []), None

    def purpose_after(self, end: int, tokens: list[Token]) -> bool:
        """Whether a purpose ("to", "para", "pour") follows an addressee ending at ``end``."""
        pos = self._skip(end, tokens, ())
        return any(t.kind == "purpose" and t.start == pos for t in tokens)

    def heads_clause(self, party: Party, s: int, tokens: list[Token]) -> bool:
        """Whether ``party`` is the subject of its clause: nothing but fillers, numbers and punctuation
        between it and the clause's start ("At its tenth meeting, the Working Group requested"), so
        that a body the sentence only speaks of ("He praised the General Assembly's session and
        called upon States") does not become the issuer."""
        start = max([s, *(i + 1 for i in range(s, party.start) if self.text[i] in _CLAUSE_END)])
        gap = list(self.text[start:party.start])
        for tok in tokens:
            if tok.kind == "filler" and start <= tok.start and tok.end <= party.start:
                gap[tok.start - start:tok.end - start] = " " * (tok.end - tok.start)
        return not any(c.isalpha() for c in gap)

    def mandate(self, block: BlockText, issuer: tuple[str, int, int], verb: Token, addressee: Party,
                start: int, task_start: int, end: int, named_in: BlockText | None = None) -> None:
        """One Mandate node with its three edges; ``named_in`` is the block that names issuer and
        addressee when it is not the one stating the task (a lettered list's introduction)."""
        base = ids.mandate(block.paragraph_id, start, end)
        mid, k = base, 1
        while mid in self.acts.mandates:
            k += 1
            mid = f"{base}-{k}"
        task = self.text[task_start:end].strip()
        self.acts.mandates[mid] = {
            "id": mid, "verb": verb.value, f"text_{self.language}": re.sub(r"\s+", "" if self.language == "zh" else " ",
                                                                         task),
            "document": self.document, "paragraph": block.number, "start": start, "end": end,
        }
        self._edge(issuer[0], "ISSUES", mid, named_in or block, issuer[1], issuer[2])
        self._edge(mid, "ADDRESSED_TO", addressee.id, named_in or block, addressee.start, addressee.end)
        self._edge(block.paragraph_id, "STATES", mid, block, start, end)
        self.block_tasks.append((start, end))
        if addressee.label == "Actor":
            self.acts.actors.add(addressee.id)

    def list_intro(self, tokens: list[Token], parties: list[Party]) -> tuple[list[Party], list[Party]] | None:
        """"Resolution 1/4 gives the Working Group the following functions:" → (issuers, addressees)."""
        cue = next((t for t in tokens if t.kind == "list"), None)
        if cue is None:
            return None
        issuers = [p for p in parties if p.label == "Resolution" and p.end <= cue.start]
        noun = next((t for t in tokens if t.kind == "mandate-noun" and t.end <= cue.start), None)
        limit = noun.start if noun else cue.start
        bodies = [p for p in parties if p.label in _ADDRESSEES and p.end <= limit]
        return (issuers, bodies[-1:]) if issuers and bodies else None

    def listed(self, block: BlockText, marker_end: int, intro: BlockText, issuers: list[Party],
               addressees: list[Party]) -> None:
        start, _ = block.view.source_span(marker_end, marker_end + 1)
        verb = Token("verb", "mandates", start, start)
        for issuer in issuers:
            for addressee in addressees:
                self.mandate(block, (issuer.id, issuer.start, issuer.end), verb, addressee, start, start, block.end,
                             named_in=intro)

    def implemented(self, block: BlockText, tokens: list[Token], parties: list[Party]) -> None:
        """"秘书处为履行第 6/1 号和第 6/4 号决议所载任务授权" → the Secretariat's mandates under each."""
        for tok in tokens:
            if tok.kind != "implement":
                continue
            noun = next((t for t in tokens if t.kind == "mandate-noun" and t.start >= tok.end), None)
            if noun is None:
                continue
            between = [p for p in parties if p.label == "Resolution" and tok.end <= p.start < noun.start]
            after = [p for p in parties if p.label == "Resolution" and noun.end <= p.start <= noun.end + 40]
            resolutions = between or after
            actor = [p for p in parties if p.label == "Actor" and p.end <= tok.start]
            if not resolutions or not actor:
                continue
            verb = Token("verb", "mandates", tok.start, noun.end)
            first = next((p for p in parties if p.id in SPEAKERS), None)
            reporter = first is not None and first.id == SECRETARIAT and first.end <= tok.start
            reports = reporter and any(t.kind in ("report", "position") for t in tokens)
            for r in resolutions:
                self.mandate(block, (r.id, r.start, r.end), verb, actor[-1], tok.start, tok.start, noun.end)
                if reports:
                    self._edge(SECRETARIAT, "REPORTS_ON", r.id, block, tok.start, noun.end)
                    self.acts.actors.add(SECRETARIAT)

    # -- positions -------------------------------------------------------------------------------

    def positions(self, block: BlockText, s: int, e: int, tokens: list[Token], parties: list[Party],
                  last_speaker: Party | None) -> Party | None:
        tasks = [(start, end) for start, end in self.block_tasks if s <= start < e]
        names = [(p.start, p.end) for p in parties if p.label not in ("Actor", "Pronoun")]
        cues: list[tuple[Token, str]] = []
        inside = [*tasks, *names]  # a cue in a task or in a name ("…（包括支持可持续发展）国际专家会议") is not one
        for tok in tokens:
            if tok.kind not in ("position", "verb"):
                continue  # no cue: not worth the search below
            if any(a < tok.start < b for a, b in inside) or any(a == tok.start for a, b in tasks):
                continue
            if tok.kind == "position":
                cues.append((tok, tok.value))
            elif tok.kind == "verb" and (tok.value in _CALLS or self.addressees(tok.end, tokens, parties)):
                cues.append((tok, "RECOMMENDS"))  # "一名发言者呼吁加强合作", "one speaker urged States to …"
        modal = next((t for t in tokens if t.kind == "modal" and not any(a <= t.start < b for a, b in tasks)), None)
        if modal is not None and not any(kind == "RECOMMENDS" for _, kind in cues):
            cues.append((modal, "RECOMMENDS"))
            cues.sort(key=lambda c: c[0].start)
        clause_start = None
        for i, (cue, kind) in enumerate(cues):
            speaker = self.speaker([p for p in parties if s <= p.end <= cue.start], last_speaker, modal=cue is modal,
                                   s=s, tokens=tokens)
            if speaker is None:  # verb first (Arabic): "ورحب عدة متكلمين"
                speaker = next((p for p in parties if p.id in SPEAKERS and 0 <= p.start - cue.end <= _GAP), None)
            if speaker is None:
                continue
            last_speaker = speaker
            start = min(max(speaker.start, s), cue.start) if clause_start is None else cue.start
            end = cues[i + 1][0].start if i + 1 < len(cues) else e
            clause_start = start
            targets = self.targets(kind, cue, end, tokens, parties) or [block.paragraph_id]
            if kind == "PROPOSES":
                self.last_proposal = [t for t in targets if t != block.paragraph_id] or [block.paragraph_id]
            props: dict[str, Any] = {"quantity": speaker.quantity} if speaker.quantity else {}
            if speaker.quantity in _ONE:
                props["count"] = 1
            for target in targets:
                self._edge(speaker.id, kind, target, block, start, end, props)
            if speaker.label == "Actor":
                self.acts.actors.add(speaker.id)
        return self.named_speaker(parties, last_speaker)

    @staticmethod
    def named_speaker(parties: list[Party], last_speaker: Party | None) -> Party | None:
        """The speaker a sentence passes to the next: the last it names, else the one it was given."""
        return next((p for p in reversed(parties) if p.id in SPEAKERS and p.quantity != "same"), last_speaker)

    def speaker(self, before: list[Party], last: Party | None, modal: bool, s: int,
                tokens: list[Token]) -> Party | None:
        """The speaker of a cue: the nearest kind of speaker or pronoun before it (a body that opens
        its clause, for an explicit cue, when no speaker is named)."""
        for i in range(len(before) - 1, -1, -1):
            p = before[i]
            if p.id in SPEAKERS and p.quantity != "same":
                return p
            if p.label == "Pronoun" or p.id in SPEAKERS:  # he, 该名发言者: the speaker named last
                earlier = next((q for q in reversed(before[:i]) if q.id in SPEAKERS and q.quantity != "same"), None)
                return earlier or last or (p if p.id in SPEAKERS else None)
        if modal:
            return None
        body = next((p for p in reversed(before) if p.label == "Body" and self.heads_clause(p, s, tokens)), None)
        if body is not None and not any(p.label == "Resolution" for p in before):
            return body
        return None

    def targets(self, kind: str, cue: Token, end: int, tokens: list[Token], parties: list[Party]) -> list[str]:
        if any(t.kind == "proposal-anaphor" and cue.start - 30 <= t.start < end for t in tokens) and self.last_proposal:
            return list(self.last_proposal)
        named = list(dict.fromkeys(p.id for p in parties if cue.end <= p.start < end and p.label in _TARGETS))
        if kind == "PROPOSES":
            return [p.id for p in parties if cue.end <= p.start < end and p.label == "Topic"][:1]
        if kind in _PROPOSAL_STANCES and self.last_proposal:
            known = [t for t in named if t in self.last_proposal]
            return known or list(self.last_proposal)
        return named

    def _edge(self, source: str, type_: str, target: str, block: BlockText, start: int, end: int,
              props: dict[str, Any] | None = None) -> None:
        self.acts.relations.append(
            Relation(source, type_, target, evidence(self.text, block.number, start, end), dict(props or {}))
        )


def read_acts(text: str, language: str, document: str, blocks: list[BlockText], view: TextView, *,
              voiced: bool) -> Acts:
    """Mandates, positions and reports of one document's blocks (in reading order; ``view``: the
    document's view, :meth:`ingest.layout.Layout.document_view`). ``voiced``: the document is a UN
    document (it has a symbol) and may ask in its own voice ("Encourages States parties to …" in an
    agenda's annotations); a news report or web page never issues a mandate."""
    return _Reader(text, language, document, voiced).read(blocks, view)


def actor_nodes(ids: set[str]) -> list[tuple[str, str, dict[str, Any]]]:
    """(id, label, properties) of the actors named, for the graph."""
    known = actors()
    out = []
    for id_ in sorted(ids):
        a = known.get(id_)
        if a is not None:
            names = {f"name_{lang}": n for lang, n in a.names.items()}
            out.append((a.id, a.label, {"id": a.id, "name": a.names.get("en", ""), **names}))
    return out


class _Overlaps:
    """Whether a span overlaps any of fixed spans, in logarithmic time (a block may hold thousands)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        self.furthest = list(accumulate((end for _, end in spans), max))  #: max end among the first i + 1

    def __call__(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, end)  # the spans starting before this one ends
        return before > 0 and self.furthest[before - 1] > start
