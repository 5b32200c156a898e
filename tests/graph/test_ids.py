"""graph/ids.py builds every id from the class's arkg:idTemplate in schema.ttl (issue 20)."""

from __future__ import annotations

import pytest

from arkg.graph import ids
from arkg.graph.model import ModelError, model
from arkg.graph.records import Node


@pytest.mark.parametrize(
    ("label", "built"),
    [
        ("Chapter", ids.chapter(3)),
        ("Article", ids.article(14)),
        ("Session", ids.session("irg", 9)),
        ("Resolution", ids.resolution("cosp", 8, 9)),
        ("Document", ids.document("CAC/COSP/IRG/2019/4")),
        ("Paragraph", ids.paragraph("document/CAC/COSP/IRG/2019/4", "12")),
        ("AgendaItem", ids.agenda_item("session/irg/9", "2a")),
        ("Mention", ids.mention("document/CAC/COSP/IRG/2019/4/para/12", 40, 52)),
        ("Mandate", ids.mandate("document/CAC/COSP/IRG/2019/4/para/12", 40, 90)),
        ("Build", ids.build("0123456789abcdef")),
        ("Country", ids.make("Country", iso3="KEN")),
        ("Event", ids.make("Event", place="nairobi", year_month="2019-05")),
    ],
)
def test_every_built_id_is_the_id_of_its_label(label: str, built: str) -> None:
    model().check_node(Node(built, label))
    assert model().label_for_id(built) == label


def test_the_convention_s_constant_id_is_its_template() -> None:
    """``ids.CONVENTION`` is spelled in code for speed; the schema's template stays the declaration."""
    assert ids.make("Convention") == ids.CONVENTION
    model().check_node(Node(ids.CONVENTION, "Convention"))


def test_an_id_template_names_the_parts_it_needs() -> None:
    with pytest.raises(KeyError):
        ids.make("Session", number=3)


def test_the_convention_s_article_and_chapter_numbers_are_bounded_by_the_model() -> None:
    """71 articles and 8 chapters are stated once, in schema.ttl; an id beyond them is malformed."""
    assert model().number_range("Article") == range(1, 72)
    assert model().number_range("Chapter") == range(1, 9)
    with pytest.raises(ModelError, match="out of"):
        model().check_node(Node(ids.article(72), "Article"))
    assert model().label_for_id(ids.chapter(9)) is None


def test_the_model_gives_datatypes_and_cardinalities_per_label() -> None:
    m = model()
    assert m.node_type("Resolution").datatype("asset_recovery") == "boolean"
    assert m.node_type("Place").datatype("latitude") == "double"
    assert m.node_type("Session").datatype("start_date") == "date"
    assert m.node_type("Chapter").properties["number"].max_count == 1
    assert set(m.node_type("Build").required) == {"started", "ended", "software"}


def test_content_hashes_are_declared_as_build_bookkeeping() -> None:
    """The explorer and arkg check read ``content_hashes``; it is in the model, kept out of the RDF literals."""
    prop = model().properties["content_hashes"]
    assert prop.multi_valued and prop.internal


def test_label_groups_come_from_the_model() -> None:
    assert model().numbered_labels == {"Article", "Chapter", "Session", "Resolution", "Document"}
    assert model().text_labels == {"Paragraph", "Mention"}


def _template_prefixes() -> dict[str, str]:
    """The literal head of every class's id template (``document/``, ``uncac/article/``, ``place/`` …)."""
    m = model()
    heads = {label: m.node_type(label).id_template.partition("{")[0] for label in m.labels}
    return {head: label for label, head in heads.items() if head.endswith("/")}


def _spelled_ids(source: str) -> list[tuple[int, str]]:
    """Where ``source`` builds a string that starts with an id template's literal head: an f-string,
    or a concatenation, whose first piece is that head."""
    import ast

    prefixes = _template_prefixes()
    found = []
    for node in ast.walk(ast.parse(source)):
        head: ast.expr | None = None
        if isinstance(node, ast.JoinedStr) and node.values:
            head = node.values[0]
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            head = node.left
        if isinstance(head, ast.Constant) and isinstance(head.value, str):
            hits = [p for p in prefixes if head.value.startswith(p)]
            if hits and (isinstance(node, ast.BinOp) or len(node.values) > 1):  # type: ignore[union-attr]
                found.append((node.lineno, prefixes[hits[0]]))
    return found


def test_spelling_an_id_is_caught() -> None:
    assert _spelled_ids('x = f"document/{symbol}"\ny = "place/" + slug\nz = f"documents/{n}"') == [
        (1, "Document"), (2, "Place")
    ]


def test_no_id_template_is_spelled_outside_graph_ids() -> None:
    """Every id is built by graph/ids.py from schema.ttl: a template spelled out anywhere else in the
    product (``f"document/{symbol}"``) would drift from the schema unseen (issue 20)."""
    from pathlib import Path

    root = Path(ids.__file__).resolve().parent.parent
    offenders = []
    for package in ("graph", "ingest", "pipeline", "explorer", "cli", "queries", "bench"):
        for path in sorted((root / package).rglob("*.py")):
            if path.name == "ids.py" and path.parent.name == "graph":
                continue
            offenders += [f"{path.relative_to(root)}:{line} ({label})"
                          for line, label in _spelled_ids(path.read_text(encoding="utf-8"))]
    assert not offenders, offenders


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("CAC/COSP/IRG/I/3/1/ADD.19", "document/CAC/COSP/IRG/I/3/1/Add.19"),
        ("CAC/COSP/2021/CRP.1/REV.1", "document/CAC/COSP/2021/CRP.1/Rev.1"),
        ("A/58/422/CORR.1", "document/A/58/422/Corr.1"),
        ("CAC/COSP/WG.2/2017/L.1/Add.1", "document/CAC/COSP/WG.2/2017/L.1/Add.1"),
    ],
)
def test_a_symbol_printed_in_capitals_is_the_symbol_as_the_un_prints_it(printed: str, expected: str) -> None:
    """A file name or a heading in capitals (``ADD.19``) names the document whose symbol the UN prints ``Add.19``
    (identifiers.md: ``Add.1``, ``CRP``, ``L.1``); one id, whichever the text shows first."""
    assert ids.document(printed) == expected
