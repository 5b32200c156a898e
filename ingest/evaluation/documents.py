"""Document-level scoring: the ids arkg links in each text against the ids a careful reader annotated.

A set is laid out as ``corpus/NAME.txt`` + ``gold/NAME.json`` (the dev set's format, see
``devset/README.md``). For each text, the set of canonical ids per entity type that extraction links
is compared with the gold's ``entities``; true positives, false positives and misses are summed per
type and per language. The rules are those of the dev set's own ``score.py``, run in-process:

- the text's own symbol (gold ``symbol``) is not a mention of itself;
- organizations and initiatives with no id in the identifier contract are annotated in the gold as
  free text ("Other"), so any other ``org/``/``initiative/`` id a system links is left out of the
  score (neither right nor wrong), as are paragraph and agenda-item ids;
- micro-F1 counts the six UN languages; traditional Chinese (``zh-Hant``) is reported apart, as a
  stretch.

Mentions extraction found with a type but no id (a named thing arkg does not know yet) are counted
on their own line: they are what a curator would add to the reference data.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from arkg.graph import ids
from arkg.ingest.evaluate import Score
from arkg.ingest.extract import extract_path
from arkg.ingest.readers import ReadError

DEVSET = Path(__file__).resolve().parent / "devset"
#: 1715 real texts in a hundred and thirty-four batches, each annotated by reading before the extractor first ran on it
#: (its README).
HOLDOUT = Path(__file__).resolve().parent / "holdout"

PREFIX = [("uncac/article/", "Article"), ("uncac/chapter/", "Chapter"), ("document/", "Document"),
          ("resolution/", "Resolution"), ("network/", "Network"), ("org/", "Organization"),
          ("initiative/", "Initiative"), ("event/", "Event"), ("country/", "Country"),
          ("place/", "Place"), ("session/", "Session"), ("body/", "Body")]
SCORED = {label for _, label in PREFIX} | {"Convention"}
#: The organizations and initiatives the identifier contract names; others are neutral (see above).
CONTRACT_ORGS = {"org/unodc", "org/world-bank", "org/star", "org/icar", "org/basel-institute", "org/oecd",
                 "org/oecd-global-forum-tax", "org/interpol", "org/fatf", "org/gafilat", "org/egmont-group", "org/eu",
                 "initiative/lausanne-process", "initiative/gfar", "initiative/arab-forum-ar"}
#: Languages reported but not counted in micro-F1.
STRETCH = {"zh-Hant"}


def is_document_set(path: Path) -> bool:
    return (path / "corpus").is_dir() and (path / "gold").is_dir()


def neutral(id_: str) -> bool:
    return id_.startswith(("org/", "initiative/")) and id_ not in CONTRACT_ORGS


def kind(id_: str) -> str | None:
    """The scored type of an id, or None for an id this scoring leaves out."""
    if neutral(id_) or "/para/" in id_ or "/agenda/" in id_:
        return None
    if id_ == ids.CONVENTION:
        return "Convention"
    return next((label for prefix, label in PREFIX if id_.startswith(prefix)), None)


def _score_json(s: Score) -> dict[str, Any]:
    return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
            "tp": s.tp, "fp": s.fp, "fn": s.fn}


@dataclass(slots=True)
class SetReport:
    """Scores of one set, per type, per language and overall, with every miss and spurious id."""

    path: Path
    documents: int = 0
    by_type: dict[str, Score] = field(default_factory=dict)
    by_language: dict[str, Score] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    unlinked: Counter[str] = field(default_factory=Counter)
    identity: list[dict[str, Any]] = field(default_factory=list)  #: texts with a UN symbol: found as it?

    def total(self, include_stretch: bool = False) -> Score:
        """Micro average over the six UN languages (or over every language)."""
        scores = [s for lang, s in self.by_language.items() if include_stretch or lang not in STRETCH]
        return Score(sum(s.tp for s in scores), sum(s.fp for s in scores), sum(s.fn for s in scores))

    def to_json(self) -> dict[str, Any]:
        return {
            "set": str(self.path),
            "documents": self.documents,
            "micro": _score_json(self.total()),
            "all_languages": _score_json(self.total(include_stretch=True)),
            "by_type": {t: _score_json(s) for t, s in sorted(self.by_type.items())},
            "by_language": {lang: _score_json(s) for lang, s in sorted(self.by_language.items())},
            "unlinked": {"total": sum(self.unlinked.values()), "by_type": dict(sorted(self.unlinked.items()))},
            "identity": self.identity,
            "misses": self.misses,
            "spurious": self.spurious,
            "failed": self.failed,
        }


def evaluate_set(set_dir: Path = DEVSET) -> SetReport:
    """Extract every text of the set (in this process) and score it against its gold."""
    report = SetReport(Path(set_dir))
    for gold_file in sorted((Path(set_dir) / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        path = Path(set_dir) / "corpus" / gold["file"]
        report.documents += 1
        try:
            extraction = extract_path(path)
        except (ReadError, OSError) as exc:
            report.failed.append(f"{path.name}: {exc}")
            mentions = []
        else:
            mentions = extraction.mentions
            if gold.get("symbol"):
                found = extraction.document.id
                report.identity.append({"file": path.name, "symbol": gold["symbol"], "id": found,
                                        "ok": found == ids.document(gold["symbol"])})
        own = ids.document(gold["symbol"]) if gold.get("symbol") else None
        got: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            if m.id is None:
                report.unlinked[m.type] += 1
            elif m.id != own and kind(m.id):
                got[kind(m.id)].add(m.id)  # type: ignore[index]
        want = {t: {i for i in ids if not neutral(i)} for t, ids in gold["entities"].items() if t in SCORED}
        language = report.by_language.setdefault(gold.get("language", "?"), Score())
        for t in sorted(SCORED):
            a, b = got.get(t, set()), want.get(t, set())
            score = report.by_type.setdefault(t, Score())
            for s in (score, language):
                s.tp += len(a & b)
                s.fp += len(a - b)
                s.fn += len(b - a)
            report.misses += [f"{path.name}: missed {x}" for x in sorted(b - a)]
            report.spurious += [f"{path.name}: spurious {x}" for x in sorted(a - b)]
    report.by_type = {t: s for t, s in report.by_type.items() if s.tp + s.fp + s.fn}
    return report


def format_report(report: SetReport, details: bool = False) -> str:
    """The tables by type and by language, the totals, unlinked mentions; misses with ``details``."""
    head = f"{'':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"

    def row(label: str, s: Score) -> str:
        return f"{label:<14}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:6d}{s.fp:6d}{s.fn:6d}"

    lines = [f"document-level ids, {report.documents} texts in {report.path}", "", "type" + head[4:]]
    lines += [row(t, s) for t, s in sorted(report.by_type.items())]
    lines += ["", "language" + head[8:]]
    lines += [row(lang + (" *" if lang in STRETCH else ""), s) for lang, s in sorted(report.by_language.items())]
    micro, every = report.total(), report.total(include_stretch=True)
    lines += ["", f"micro-F1={micro.f1:.3f} P={micro.precision:.3f} R={micro.recall:.3f} (six UN languages; "
              f"* not counted) — with every language F1={every.f1:.3f}"]
    found = sum(1 for i in report.identity if i["ok"])
    lines.append(f"own symbol recognised in {found} of {len(report.identity)} texts that have one")
    by_type = ", ".join(f"{t} {n}" for t, n in sorted(report.unlinked.items()))
    lines.append(f"unlinked mentions (a type, no id): {sum(report.unlinked.values())}" + (f" ({by_type})" if by_type
                                                                                          else ""))
    if report.failed:
        lines += ["", *(f"failed: {f}" for f in report.failed)]
    if details:
        lines += ["", *(f"identity: {i['file']}: {i['symbol']} read as {i['id']}" for i in report.identity
                        if not i["ok"]), *report.misses, *report.spurious]
    return "\n".join(lines)
