"""The one search box: names and aliases, references, paragraph text, dates and venues, in six languages.

What a researcher types is read four ways, and every reading that finds something contributes:

- a **reference** (``第五十六条``, ``Art. 56``, ``resolution 6/2``) is read by the extractor's own
  patterns and resolves to a canonical id; the results are that entity and what refers to it
  in the graph (paragraphs that mention it, documents that cite it, agenda items about it) —
  the same results whatever the language the reference was typed in;
- a **name** or alias in any UN language, through :class:`graph.search.NameIndex`;
- **paragraph text**: a substring of any paragraph in any language (``口译服务``,
  ``interpretation``). FalkorDB's full-text index treats a run of Chinese characters as one
  token, so it cannot find a word inside a Chinese sentence. The store is asked instead with
  ``CONTAINS`` over the per-language text properties, case-folded, with a row limit and the
  configured time limit: a substring is a substring in every script, no second copy of the
  texts is kept in the explorer's memory, and a linear scan of paragraph texts (tens of
  thousands in a large corpus) takes milliseconds in the store;
- a **date** (``2017``, ``August 2017``, ``2017年8月``, ``2017-08``, month names in the six
  languages from CLDR through Babel) finds sessions, events, documents and resolutions of that
  year or month; a **venue** (a place or country found by name) adds what was held there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from arkg.graph.model import LANGUAGES, model
from arkg.graph.search import NameIndex, to_simplified
from arkg.graph.stores.base import Store

#: Relationships through which a paragraph, document or agenda item refers to an entity.
REFERRING = ("MENTIONS", "CITES", "CONCERNS")
_TEXT_KEYS = tuple(f"text_{lang}" for lang in LANGUAGES)
REFERRERS = (
    "MATCH (x:Entity)-[r]->(e:Entity) WHERE e.id IN $ids AND type(r) IN $types "
    "RETURN DISTINCT x.id AS id, labels(x) AS labels, r.quote AS quote, r.language AS language, "
    + ", ".join(f"x.{key} AS {key}" for key in _TEXT_KEYS) + " LIMIT $limit"
)
PARAGRAPHS = (
    "MATCH (p:Paragraph) WHERE any(needle IN $needles WHERE "
    + " OR ".join(f"toLower(coalesce(p.{key}, '')) CONTAINS needle" for key in _TEXT_KEYS)
    + ") RETURN p.id AS id, " + ", ".join(f"p.{key} AS {key}" for key in _TEXT_KEYS)
    + " ORDER BY p.id LIMIT $limit"
)
DATED = (
    "MATCH (n:Entity) WHERE (n:Session OR n:Event OR n:Document OR n:Resolution) "
    "AND (toString(coalesce(n.start_date, n.date, '')) STARTS WITH $prefix "
    "OR ($year IS NOT NULL AND n.year = $year AND coalesce(n.start_date, n.date) IS NULL)) "
    "RETURN n.id AS id, labels(n) AS labels, toString(coalesce(n.start_date, n.date, n.year)) AS date "
    "ORDER BY date, id LIMIT $limit"
)
HELD_AT = (
    "MATCH (n:Entity)-[:HELD_IN]->(p:Entity) WHERE p.id IN $places "
    "RETURN n.id AS id, labels(n) AS labels, toString(coalesce(n.start_date, n.date, '')) AS date "
    "ORDER BY date, id LIMIT $limit"
)
#: Characters of context on each side of a text match.
CONTEXT = 60
_YEAR = r"(19\d\d|20\d\d)"


@dataclass(frozen=True, slots=True)
class Found:
    """One result: ``how`` it was found (reference, refers, name, text, date, venue) and a snippet to show.

    ``snippet`` is ``(before, match, after)`` for a text match, else ``("", text, "")``.
    """

    id: str
    label: str
    how: str
    snippet: tuple[str, str, str] = ("", "", "")
    language: str = ""


@cache
def _month_words() -> dict[str, int]:
    """Month names and abbreviations in the six UN languages (CLDR via Babel), case-folded → month number."""
    from babel.dates import get_month_names

    words: dict[str, int] = {}
    for lang in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context=context, locale=lang).items():
                    words.setdefault(name.casefold().rstrip("."), number)
    return words


def date_prefix(query: str) -> str | None:
    """``2017`` → ``"2017"``; ``August 2017``, ``2017年8月``, ``2017-08``, ``08/2017`` → ``"2017-08"``; else None."""
    text = unicodedata.normalize("NFKC", query).strip().casefold()
    if match := re.fullmatch(_YEAR + r"\s*年?", text):
        return match.group(1)
    if match := re.fullmatch(_YEAR + r"\s*(?:年|-|/|\.)\s*(\d{1,2})\s*月?", text):
        year, month = match.group(1), int(match.group(2))
    elif match := re.fullmatch(r"(\d{1,2})\s*[/.-]\s*" + _YEAR, text):
        year, month = match.group(2), int(match.group(1))
    else:
        words = [w.rstrip(".,") for w in text.split()]
        years = [w for w in words if re.fullmatch(_YEAR, w)]
        months = [_month_words()[w] for w in words if w in _month_words()]
        if len(words) != 2 or len(years) != 1 or len(months) != 1:
            return None
        year, month = years[0], months[0]
    return f"{year}-{month:02d}" if 1 <= month <= 12 else None


def needles(query: str) -> list[str]:
    """The forms of a query looked for in paragraph text: as typed and in simplified Chinese, case-folded."""
    text = unicodedata.normalize("NFKC", query).strip()
    return list(dict.fromkeys(form.lower() for form in (text, to_simplified(text)) if form))


def snippet(text: str, needle: str) -> tuple[str, str, str] | None:
    """``text`` around the first case-insensitive occurrence of ``needle``, as (before, match, after)."""
    at = text.lower().find(needle)
    if at < 0:
        return None
    end = at + len(needle)
    before = text[max(0, at - CONTEXT):at]
    after = text[end:end + CONTEXT]
    return (("…" if at > CONTEXT else "") + before, text[at:end], after + ("…" if end + CONTEXT < len(text) else ""))


def _label(labels: Iterable[str]) -> str:
    known = model().labels
    return next((lb for lb in labels if lb in known), "")


def find(store: Store, index: NameIndex, query: str, limit: int = 50, timeout_ms: int | None = None) -> list[Found]:
    """Everything the query finds, best first (see the module docstring); at most ``limit`` per reading."""
    query = query.strip()
    if not query:
        return []
    found: dict[str, Found] = {}

    def add(item: Found) -> None:
        found.setdefault(item.id, item)

    references = index.resolve(query)
    for id_ in references:
        entry = index.get(id_)
        add(Found(id_, entry.label if entry else "", "reference"))
    if references:  # what refers to it, whatever the language of the reference typed
        rows = store.read(REFERRERS, {"ids": references, "types": list(REFERRING), "limit": limit},
                          timeout_ms=timeout_ms).rows
        for row in rows:
            quote, language = str(row["quote"] or ""), str(row["language"] or "")
            around = snippet(str(row.get(f"text_{language}") or ""), quote.lower()) if quote else None
            add(Found(row["id"], _label(row["labels"]), "refers", around or ("", quote, ""), language))
        return list(found.values())
    hits = index.search(query, limit=limit)
    for hit in hits:
        add(Found(hit.id, hit.label, "name", ("", hit.matched, "")))
    forms = needles(query)
    if forms and len(query) >= 2:
        rows = store.read(PARAGRAPHS, {"needles": forms, "limit": limit}, timeout_ms=timeout_ms).rows
        for row in rows:
            for key in _TEXT_KEYS:
                text = str(row.get(key) or "")
                piece = next((s for s in (snippet(text, f) for f in forms) if s), None) if text else None
                if piece:
                    add(Found(row["id"], "Paragraph", "text", piece, key.removeprefix("text_")))
                    break
    prefix = date_prefix(query)
    if prefix:
        year = int(prefix[:4]) if len(prefix) == 4 else None
        for row in store.read(DATED, {"prefix": prefix, "year": year, "limit": limit}, timeout_ms=timeout_ms).rows:
            add(Found(row["id"], _label(row["labels"]), "date", ("", str(row["date"] or ""), "")))
    places = [h.id for h in hits if h.label in ("Place", "Country") and h.rank <= 2]
    if places:
        for row in store.read(HELD_AT, {"places": places, "limit": limit}, timeout_ms=timeout_ms).rows:
            add(Found(row["id"], _label(row["labels"]), "venue", ("", str(row["date"] or ""), "")))
    return list(found.values())
