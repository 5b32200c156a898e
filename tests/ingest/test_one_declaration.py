"""Facts that had drifted apart, now stated once (issue 20), each with the defect it fixes."""

from __future__ import annotations

import re

from arkg.graph.model import LANGUAGES
from arkg.graph.records import Evidence
from arkg.ingest import lexicon
from arkg.ingest.identity import NameHint, file_name_hint
from arkg.ingest.layout import SYMBOL_LINE
from arkg.ingest.patterns import Context, find_symbols
from arkg.ingest.relations import evidence


def test_the_masthead_line_knows_every_symbol_series_the_citations_know() -> None:
    """The layout's symbol line lacked CCPCJ and CND, which the citation patterns read."""
    for symbol in ("CCPCJ/2024/L.3", "CND/2023/CRP.2", "CAC/COSP/2019/4", "CTOC/COP/2020/6"):
        line = SYMBOL_LINE.match(f"  {symbol}  ")
        assert line is not None and line.group(1) == symbol
        assert [h.id for h in find_symbols(f"See {symbol} for details.", Context())] == [f"document/{symbol}"]
    assert SYMBOL_LINE.match("XYZ/2020/1") is None


def test_file_names_read_the_same_series() -> None:
    assert file_name_hint("CCPCJ_2024_L.3_E.pdf") == NameHint("CCPCJ/2024/L.3", "en")
    assert file_name_hint("CND_2023_CRP.2-F.pdf") == NameHint("CND/2023/CRP.2", "fr")


def test_the_lexicons_follow_the_un_language_order() -> None:
    """Two orders had drifted apart: the lexicons' and the model's."""
    assert tuple(lex.code for lex in lexicon.lexicons()) == LANGUAGES


def test_relation_evidence_is_one_record_with_two_serialisations() -> None:
    """Evidence came in three shapes (a dict's ``text``, ``Evidence.text``, a stored ``quote``)."""
    text = "The Conference recalled resolution 7/1 in full."
    start = text.index("resolution")
    ev = evidence(text, "4", start, start + len("resolution 7/1"))
    assert isinstance(ev, Evidence)
    assert ev.to_json() == {"paragraph": "4", "start": start, "end": start + 14, "text": "resolution 7/1"}
    assert ev.as_props()["quote"] == text[ev.start : ev.end]
    assert re.fullmatch(r"resolution \d/\d", ev.text)


def test_the_six_languages_are_listed_in_one_place_only() -> None:
    """The UN order in graph/model.py is the only list of the six languages: the bench, the country and
    the place generators kept their own, and the reference tables' order (ingest/authority) was a
    second list; it is now the model's order with the primary-name language moved to the front."""
    import ast
    from pathlib import Path

    from arkg.bench.phrases import LANGUAGES as CORPUS_ORDER

    root = Path(lexicon.__file__).resolve().parent.parent.parent
    six = set(LANGUAGES)
    lists = []
    for package in ("graph", "ingest", "pipeline", "explorer", "cli", "queries", "bench"):
        for path in sorted((root / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Tuple | ast.List) and {
                    e.value for e in node.elts if isinstance(e, ast.Constant)
                } == six and len(node.elts) == 6:
                    lists.append(f"{path.relative_to(root).as_posix()}:{node.lineno}")
    assert [place.partition(":")[0] for place in lists] == ["graph/model.py"], lists
    from arkg.ingest.authority import LANGS, PRIMARY_LANGUAGE

    assert LANGS[0] == PRIMARY_LANGUAGE and LANGS[1:] == tuple(lang for lang in LANGUAGES if lang != PRIMARY_LANGUAGE)
    # the corpus rotates through the UN order: same languages, same cycle
    start = LANGUAGES.index(CORPUS_ORDER[0])
    assert LANGUAGES[start:] + LANGUAGES[:start] == CORPUS_ORDER
