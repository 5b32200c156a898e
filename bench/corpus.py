"""A synthetic corpus of UN-style documents, any size, the same for the same seed.

The benchmark needs thousands of documents and the real corpus has two; so this writes documents
with the shape and the citation patterns of real ones (a symbol and distribution date in the
header, the body's name, agenda items, numbered paragraphs citing resolutions, articles, chapters,
meetings, networks and organisations by their names in the document's language). Names come from
the authority data, so extraction links them as it would in a real document.

Documents come in language groups: document ``i`` is the ``LANGUAGES[i % 6]`` version of group
``i // 6``, and the six versions of a group say the same things — as real language versions do.
Every group draws from its own ``random.Random(f"{seed}:{group}")``, so document ``i`` is the same
whatever ``n_docs`` is, and generation streams: nothing is held beyond the current document.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from arkg.bench import phrases
from arkg.bench.phrases import LANGUAGES
from arkg.graph import ids
from arkg.ingest.authority import authority

#: Kinds of sentence and how often they occur.
_WEIGHTS = {"resolution": 5, "article": 4, "organization": 3, "meeting": 2, "date": 1, "filler": 5}
_BODY_SHORT = {
    "cosp": {"zh": "缔约国会议", "en": "Conference", "fr": "Conférence", "es": "Conferencia",
             "ru": "Конференция", "ar": "المؤتمر"},
    "wg-ar": {"zh": "工作组", "en": "Working Group", "fr": "Groupe de travail", "es": "Grupo de Trabajo",
              "ru": "Рабочая группа", "ar": "الفريق العامل"},
}
_VIENNA = {"zh": "维也纳", "en": "Vienna", "fr": "Vienne", "es": "Viena", "ru": "Вена", "ar": "فيينا"}
_CHAPTERS = range(1, 9)
#: Sentences per document: with the header, 3–8 KB of UTF-8 in every language, as real documents.
_SENTENCES = (36, 48)
_ARTICLES = range(1, 72)


@dataclass(frozen=True, slots=True)
class SyntheticDocument:
    """One generated document and the canonical ids its text names (what extraction should find)."""

    name: str
    text: str
    language: str
    symbol: str
    expected: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Session:
    body: str
    number: int
    start: date


@dataclass(frozen=True, slots=True)
class _Sources:
    """What documents may cite, read once from the authority data."""

    sessions: tuple[_Session, ...]
    resolutions: tuple[tuple[str, str], ...]  #: (id, symbol "6/2")
    bodies: dict[str, dict[str, str]]  #: body code → language → full name
    names: dict[str, dict[str, tuple[str, ...]]]  #: entity id → language → surface forms


def _acronym(text: str) -> bool:
    return " " not in text and len(text) <= 12


@cache
def _sources() -> _Sources:
    auth = authority()
    sessions = tuple(
        _Session(n.props["body"], n.props["number"], date.fromisoformat(n.props["start_date"]))
        for n in auth.batch.nodes
        if n.label == "Session" and n.props.get("body") in _BODY_SHORT and n.props.get("start_date")
    )
    resolutions = tuple(
        (n.id, n.props["symbol"]) for n in auth.batch.nodes
        if n.label == "Resolution" and n.props.get("body") == "cosp" and n.props.get("symbol")
    )
    forms: dict[str, dict[str, list[str]]] = {}
    bodies: dict[str, dict[str, str]] = {code: {} for code in _BODY_SHORT}
    for alias in auth.aliases:
        if alias.id.startswith("body/") and alias.lang in LANGUAGES:
            bodies.get(alias.id.removeprefix("body/"), {}).setdefault(alias.lang, alias.text)
        if alias.label not in ("Network", "Organization", "Initiative"):
            continue
        langs = [alias.lang] if alias.lang in LANGUAGES else (LANGUAGES if _acronym(alias.text) else [])
        for lang in langs:
            forms.setdefault(alias.id, {}).setdefault(lang, []).append(alias.text)
    # only entities nameable in every language, so all language versions of a group name the same ones
    names = {
        id_: {lang: tuple(by_lang[lang]) for lang in LANGUAGES}
        for id_, by_lang in sorted(forms.items())
        if all(by_lang.get(lang) for lang in LANGUAGES)
    }
    return _Sources(sessions, resolutions, bodies, names)


@dataclass(frozen=True, slots=True)
class _Plan:
    """What a group of language versions says, independent of language."""

    session: _Session
    symbol: str
    issued: date
    agenda: tuple[int, ...]
    paragraphs: tuple[tuple[tuple[str, int, object], ...], ...]  #: (kind, template index, argument)


def _symbol(group: int, sources: _Sources) -> tuple[_Session, str]:
    """A unique symbol per group: the session's year, and a serial unique within body and year."""
    sessions = sources.sessions
    session = sessions[group % len(sessions)]
    same_year = [s for s in sessions if s.body == session.body and s.start.year == session.start.year]
    serial = (group // len(sessions)) * len(same_year) + same_year.index(session) + 1
    prefix = "CAC/COSP/WG.2" if session.body == "wg-ar" else "CAC/COSP"
    return session, f"{prefix}/{session.start.year}/{serial}"


def _argument(kind: str, rng: random.Random, session: _Session, sources: _Sources) -> object:
    if kind == "resolution":
        count = rng.choice((1, 1, 1, 2, 3))
        return tuple(rng.sample(sources.resolutions, count))
    if kind == "article":
        form = rng.choice(("article", "article", "range", "chapter"))
        if form == "range":
            first = rng.choice(_ARTICLES[:-5])
            return ("range", first, first + rng.randint(2, 5))
        return (form, rng.choice(_CHAPTERS if form == "chapter" else _ARTICLES))
    if kind == "organization":
        return (rng.choice(tuple(sources.names)), rng.random())
    if kind == "meeting":
        return rng.randint(1, session.number)
    if kind == "date":
        return (session.start + timedelta(days=rng.randint(0, 2))).isoformat()
    return rng.randrange(len(phrases.SENTENCES["filler"]["en"]))


def _plan(group: int, seed: int, sources: _Sources) -> _Plan:
    rng = random.Random(f"{seed}:{group}")
    session, symbol = _symbol(group, sources)
    kinds, weights = list(_WEIGHTS), list(_WEIGHTS.values())
    agenda = tuple(sorted(rng.sample(range(len(phrases.AGENDA["en"])), rng.randint(4, 7))))
    paragraphs = []
    sentences_left = rng.randint(*_SENTENCES)
    while sentences_left > 0:
        sentences = []
        count = min(rng.randint(1, 3), sentences_left)
        sentences_left -= count
        for kind in rng.choices(kinds, weights, k=count):
            template = rng.randrange(len(phrases.SENTENCES[kind]["en"]))
            sentences.append((kind, template, _argument(kind, rng, session, sources)))
        paragraphs.append(tuple(sentences))
    issued = session.start - timedelta(days=rng.randint(30, 90))
    return _Plan(session, symbol, issued, agenda, tuple(paragraphs))


def _citation(kind: str, argument: object, lang: str, plan: _Plan, sources: _Sources) -> tuple[str, set[str]]:
    """The sentence's citation in ``lang`` and the ids it names."""
    # each kind's argument has the shape _argument draws for it; isinstance tells the type checker
    if kind == "resolution" and isinstance(argument, tuple):
        resolutions = argument
        return phrases.resolutions_text(lang, [s for _, s in resolutions]), {i for i, _ in resolutions}
    if kind == "article" and isinstance(argument, tuple):
        form, *numbers = argument
        if form == "chapter":
            return phrases.chapter_text(lang, numbers[0]), {ids.chapter(numbers[0])}
        if form == "range":
            first, last = numbers
            return phrases.articles_text(lang, first, last), {ids.article(first), ids.article(last)}
        return phrases.article_text(lang, numbers[0]), {ids.article(numbers[0])}
    if kind == "organization" and isinstance(argument, tuple):
        id_, pick = argument
        forms = sources.names[id_][lang]
        return forms[int(pick * len(forms))], {id_}
    if kind == "meeting" and isinstance(argument, int):
        body = plan.session.body
        return phrases.meeting_text(lang, body, argument), {ids.session(body, argument)}
    if kind == "date" and isinstance(argument, str):
        return phrases.date_text(lang, argument), set()
    return "", set()


def _render(plan: _Plan, lang: str, sources: _Sources) -> tuple[str, set[str]]:
    united, distr, original, agenda_word, annotations = phrases.HEADER[lang]
    body = plan.session.body
    end = plan.session.start + timedelta(days=1)
    lines = [
        united,
        "",
        plan.symbol,
        "",
        distr,
        phrases.date_text(lang, plan.issued.isoformat()),
        "",
        original,
        "",
        sources.bodies[body].get(lang, _BODY_SHORT[body][lang]),
        f"{_VIENNA[lang]}, {phrases.date_text(lang, plan.session.start.isoformat())} – "
        f"{phrases.date_text(lang, end.isoformat())}",
        "",
        f"  {agenda_word}",
        "",
    ]
    lines += [f"{i}. {phrases.AGENDA[lang][item]}" for i, item in enumerate(plan.agenda, 1)]
    lines += ["", f"  {annotations}", ""]
    expected = {ids.document(plan.symbol)}
    for number, paragraph in enumerate(plan.paragraphs, 1):
        sentences = []
        for kind, template, argument in paragraph:
            citation, named = _citation(kind, argument, lang, plan, sources)
            index = argument if kind == "filler" and isinstance(argument, int) else template
            sentence = phrases.SENTENCES[kind][lang][index]
            sentences.append(sentence.format(x=citation, body=_BODY_SHORT[body][lang]))
            expected |= named
        separator = "" if lang == "zh" else " "
        lines += [f"{number}. {separator.join(sentences)}", ""]
    return "\n".join(lines), expected


def generate_documents(n_docs: int, seed: int = 0) -> Iterator[SyntheticDocument]:
    """The first ``n_docs`` documents of the corpus for ``seed``, one at a time."""
    sources = _sources()
    for group in range(-(-n_docs // len(LANGUAGES))):
        plan = _plan(group, seed, sources)
        for offset, language in enumerate(LANGUAGES):
            i = group * len(LANGUAGES) + offset
            if i >= n_docs:
                return
            text, expected = _render(plan, language, sources)
            yield SyntheticDocument(f"{i:06d}_{language}.txt", text, language, plan.symbol, frozenset(expected))


def generate(n_docs: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """``(file name, text)`` pairs: the corpus as files would hold it."""
    for doc in generate_documents(n_docs, seed):
        yield doc.name, doc.text


def write_corpus(folder: Path, n_docs: int, seed: int = 0) -> list[Path]:
    """Write the corpus as UTF-8 text files (the names sort in corpus order); returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(n_docs, seed):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
