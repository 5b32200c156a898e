"""arkg's own name index: find an entity by any name, alias, title or reference, in any UN language.

FalkorDB's full-text index treats a run of Chinese characters as one token (``资产追回`` inside
``资产追回问题工作组`` is not found), and Neo4j's analysers differ again; so the explorer keeps its
own index, built from the store once and searched in memory. Every name is normalised the same
way as the query (width, case, spaces, punctuation such as 《》“”, common traditional characters),
and typed references (``第五十六条``, ``Art. 56``, ``resolution 6/2``, ``chapter V``) resolve to
their canonical ids, because users type references, not titles.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from arkg.graph.model import LANGUAGES, model
from arkg.graph.stores.base import Store, by_ids
from arkg.ingest.patterns import Context, find_all

#: Node properties that name a thing; ``text`` is an unlinked mention's surface form.
NAME_KEYS: tuple[str, ...] = (
    "name",
    *(f"name_{lang}" for lang in LANGUAGES),
    *(f"title_{lang}" for lang in LANGUAGES),
    "acronym",
    "symbol",
    "text",
)
LIST_KEYS: tuple[str, ...] = ("aliases",)

# Common traditional characters of this domain and their simplified forms (a full converter is not
# worth a dependency: names in UN documents are simplified; users may type either). Each pair: traditional,
# simplified.
_PAIRS = (
    "資资 產产 國国 會会 議议 條条 約约 權权 網网 絡络 機机 構构 組组 織织 際际 聯联 歐欧 亞亚 區区 決决 號号 員员 "
    "關关 實实 與与 為为 來来 說说 對对 開开 發发 問问 題题 經经 濟济 貿贸 務务 書书 記记 時时 間间 門门 長长 動动 "
    "後后 過过 還还 進进 運运 達达 邊边 總总 統统 處处 敗败 貪贪 汙污 錢钱 調调 證证 據据 報报 準准 則则 規规 範范 "
    "檢检 監监 轉转 讓让 歸归 賠赔 償偿 沒没 凍冻 結结 隊队 專专 業业 練练 協协 舉举 辦办 屆届 項项 綱纲 領领 導导 "
    "單单 雙双 內内 邦邦 羅罗 維维 納纳 衛卫 蘭兰 臺台 灣湾 韓韩 們们 這这 個个 "
)
_TO_SIMPLIFIED = str.maketrans({pair[0]: pair[1] for pair in _PAIRS.split()})

#: A resolution typed without its body ("6/2") may belong to another body than the patterns assume.
_RESOLUTION = re.compile(r"^resolution/[^/]+/(\d+)/(\d+)$")


def to_simplified(text: str) -> str:
    """``text`` with the common traditional characters of this domain in their simplified forms."""
    return text.translate(_TO_SIMPLIFIED)


def normalise(text: str) -> str:
    """The comparable form of a name: half-width, case-folded, simplified, without spaces and punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_TO_SIMPLIFIED)
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LNM")


def references(query: str) -> list[str]:
    """Canonical ids of the references that make up the whole query (``第五十六条`` → ``uncac/article/56``).

    The extraction's own patterns read the query, so a reference is understood here exactly as
    in documents; a query with other words around the reference is a name search, not a reference.
    """
    text = unicodedata.normalize("NFKC", query).strip()
    hits, _ = find_all(text, Context())
    ids: list[str] = []
    for hit in hits:
        if not normalise(text[: hit.start] + text[hit.end :]) and hit.id not in ids:
            ids.append(hit.id)
    return ids


@dataclass(frozen=True, slots=True)
class Hit:
    """One entity found: ``rank`` 0 reference, 1 exact name, 2 prefix, 3 substring."""

    id: str
    label: str
    name: str
    matched: str
    rank: int


@dataclass(slots=True)
class Entry:
    id: str
    label: str
    name: str
    names: dict[str, str] = field(default_factory=dict)  #: every naming property as stored
    keys: list[tuple[str, str]] = field(default_factory=list)  #: (normalised, original)

    def display(self, lang: str) -> str:
        """The name in ``lang`` if known, else the stored display name, else the id."""
        return self.names.get(f"name_{lang}") or self.names.get(f"title_{lang}") or self.name or self.id


class NameIndex:
    """Names of every node, normalised, searched by reference, exact name, prefix and substring."""

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        labels = model().labels
        self.entries: dict[str, Entry] = {}
        for row in rows:
            label = next((lb for lb in row.get("labels") or [] if lb in labels), "")
            names = {k: str(row[k]) for k in NAME_KEYS if row.get(k) not in (None, "")}
            surface = [*names.values(), *(str(a) for k in LIST_KEYS for a in row.get(k) or []), row["id"]]
            entry = Entry(row["id"], label, names.get("name") or _first_name(names) or row["id"], names)
            seen: set[str] = set()
            for text in surface:
                key = normalise(text)
                if key and key not in seen:
                    seen.add(key)
                    entry.keys.append((key, text))
            self.entries[entry.id] = entry

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, id_: str) -> Entry | None:
        return self.entries.get(id_)

    def resolve(self, query: str) -> list[str]:
        """Canonical ids of the references typed in ``query`` that exist in the graph."""
        ids: list[str] = []
        for id_ in references(query):
            candidates = [id_]
            numbered = _RESOLUTION.match(id_)
            if numbered:  # "6/2" is the Conference's unless only another body has a 6/2
                suffix = f"/{numbered.group(1)}/{numbered.group(2)}"
                candidates += sorted(i for i in self.entries if i.startswith("resolution/") and i.endswith(suffix))
            ids += [c for c in candidates if c in self.entries and c not in ids][:1]
        return ids

    def search(self, query: str, limit: int = 20, labels: Iterable[str] | None = None) -> list[Hit]:
        """Best matches first: references, then exact > prefix > substring, shorter names first."""
        wanted = set(labels) if labels else None
        hits: dict[str, Hit] = {}
        for id_ in self.resolve(query):
            entry = self.entries[id_]
            hits[id_] = Hit(id_, entry.label, entry.name, query.strip(), 0)
        needle = normalise(query)
        if needle:
            for entry in self.entries.values():
                if entry.id in hits:
                    continue
                best: tuple[int, int, str] | None = None
                for key, text in entry.keys:
                    if key == needle:
                        rank = 1
                    elif key.startswith(needle):
                        rank = 2
                    elif needle in key:
                        rank = 3
                    else:
                        continue
                    if best is None or (rank, len(key)) < best[:2]:
                        best = (rank, len(key), text)
                if best is not None:
                    hits[entry.id] = Hit(entry.id, entry.label, entry.name, best[2], best[0])
        ordered = sorted(
            (h for h in hits.values() if wanted is None or h.label in wanted),
            key=lambda h: (h.rank, len(normalise(h.matched)) if h.rank else 0, len(h.name), h.id),
        )
        return ordered[:limit]


def _first_name(names: dict[str, str]) -> str | None:
    return next((v for k, v in names.items() if k.startswith(("name_", "title_"))), None)


def index_query() -> str:
    """Every named node of ``$ids``; paragraphs are found through what they mention, not by text."""
    columns = ", ".join(f"n.{key} AS {key}" for key in (*NAME_KEYS, *LIST_KEYS))
    return (f"UNWIND $ids AS i MATCH (n:Entity {{id: i}}) WHERE NOT n:Paragraph "
            f"RETURN n.id AS id, labels(n) AS labels, {columns} ORDER BY id")


def build_index(store: Store) -> NameIndex:
    """Read the names of every node from ``store`` (paged) into a :class:`NameIndex`."""
    return NameIndex(by_ids(store, index_query()))
