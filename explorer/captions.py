"""What a node is called on screen: a short caption by type, its full name, its colour.

One function, :func:`caption`, gives every node the label a researcher would write in a note
(``Art. 56``, ``Ch. V``, ``6/2``, ``COSP 6``, ``WG-AR 11``, a document's symbol, a network's
acronym, a country's name in the interface language), so a graph can be read without clicking
node by node. Colours come from one palette, Kelly's 22 colours of maximum contrast, one per
type, so no two types look alike and a type keeps its colour on every page.

Paragraph numbers are shown as printed: a report's ``12`` is ``¶12``; its section headings
(``s3``) show their printed section; blocks the document does not number (``h1``, and every
block of an agenda, whose numbers are only positions) get no number: an agenda's rows are named
by the item they fall under (``Item 4(a)``), other blocks by their first words on a graph node.
"""

from __future__ import annotations

import re
from typing import Any

from arkg.explorer.i18n import caption_template, lang
from arkg.graph.model import model

#: Kelly's colours of maximum contrast (K. L. Kelly, "Twenty-two colors of maximum contrast", 1965), minus
#: white and black, one per node type; types added to the schema later take the spare ones in order.
TYPE_COLOURS: dict[str, str] = {
    "Convention": "#654522", "Chapter": "#0067A5", "Article": "#A1CAF1", "Body": "#604E97",
    "Session": "#F38400", "Resolution": "#BE0032", "Document": "#848482", "AgendaItem": "#F3C300",
    "Paragraph": "#C2B280", "Network": "#008856", "Organization": "#875692", "Initiative": "#8DB600",
    "Event": "#F99379", "Publication": "#882D17", "Country": "#E68FAC", "Place": "#DCD300",
    "Topic": "#B3446C", "Mention": "#2B3D26",
}
_SPARE = ("#F6A600", "#E25822", "#A5ABB6")
#: Longest caption drawn inside a node before it is cut with an ellipsis.
LONGEST = 18
#: A document symbol longer than this is drawn by its last parts (they tell documents of one series apart).
SYMBOL = 10
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def type_colour(label: str) -> str:
    """The colour of a node type; a type the palette does not know yet gets a spare colour, stable by name."""
    if label in TYPE_COLOURS:
        return TYPE_COLOURS[label]
    others = sorted(model().labels - TYPE_COLOURS.keys())
    return _SPARE[others.index(label) % len(_SPARE)] if label in others else _SPARE[-1]


def roman(number: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out += letters * count
    return out


def node_label(node: dict[str, Any]) -> str:
    """The node's type label among its labels (every node also carries ``Entity``)."""
    known = model().labels
    return next((lb for lb in node.get("labels") or [] if lb in known), "")


def paragraph_mark(props: dict[str, Any], agenda: bool = False) -> str:
    """A paragraph's number as printed (``¶12``), its section heading (``§ III``), or that it has none."""
    number = str(props.get("number") or "")
    if number.isdigit() and not agenda:
        return caption_template("paragraph").format(n=number)
    if number.startswith("s") and props.get("section"):
        return caption_template("section").format(n=props["section"])
    if agenda and props.get("section"):  # an agenda's rows are known by the item they fall under
        return caption_template("item").format(n=props["section"])
    return caption_template("unnumbered")


def _paragraph_caption(props: dict[str, Any], agenda: bool) -> str:
    """On a graph node, a block without a number or item is named by its first words."""
    mark = paragraph_mark(props, agenda)
    if mark != caption_template("unnumbered"):
        return mark
    text = next((str(v).strip() for k, v in sorted(props.items()) if k.startswith("text_") and v), "")
    return text or mark


def _symbol_caption(symbol: str) -> str:
    """A long symbol keeps its distinctive end: ``CAC/COSP/WG.2/2017/L.1/Add.1`` → ``L.1/Add.1``."""
    parts = symbol.split("/")
    while len(parts) > 2 and len("/".join(parts)) > SYMBOL:
        parts = parts[1:]
    return "/".join(parts)


def paragraph_order(number: object) -> tuple[int, int, str]:
    """Sort key of a paragraph number: printed numbers numerically (2 before 10), then headings, then the rest."""
    text = str(number or "")
    digits = re.fullmatch(r"([sh]?)(\d+)", text)
    if not digits:
        return (3, 0, text)
    return ({"": 1, "s": 0, "h": 2}[digits.group(1)], int(digits.group(2)), text)


def _number(props: dict[str, Any]) -> int | None:
    value = props.get("number")
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _agendas(given: frozenset[str] | None) -> frozenset[str]:
    """The documents that are agendas: as given, else the graph's (none when no graph is at hand)."""
    if given is not None:
        return given
    from streamlit import runtime

    if not runtime.exists():  # outside the app (a unit test, a script): no graph, so no agenda is known
        return frozenset()
    from arkg.explorer import state

    return state.agenda_documents()


def caption(node: dict[str, Any], agenda_documents: frozenset[str] | None = None, short: bool = True) -> str:
    """The short caption of a node by its type, in the interface language (see the module docstring).

    ``short`` is for drawing inside a node: long texts cut, long symbols by their last parts; in
    lists (``short=False``) a symbol is whole.
    """
    label, props = node_label(node), node.get("properties") or {}
    id_ = str(node.get("id") or props.get("id") or "")
    number = _number(props)
    text: str | None = None
    if label == "Article" and number is not None:
        text = caption_template("article").format(n=number, roman=roman(number))
    elif label == "Chapter" and number is not None:
        text = caption_template("chapter").format(n=number, roman=roman(number))
    elif label == "Convention":
        text = caption_template("convention")
    elif label == "Session" and props.get("body") and props.get("number") is not None:
        text = f"{str(props['body']).upper()} {props['number']}"
    elif label == "Resolution" and props.get("symbol"):
        symbol = str(props["symbol"])
        text = caption_template("general_assembly").format(symbol=symbol) if props.get("body") == "ga" else symbol
    elif label == "Document":
        symbol = str(props.get("symbol") or id_.removeprefix("document/"))
        text = _symbol_caption(symbol) if short else symbol
    elif label == "AgendaItem":
        text = caption_template("item").format(n=props.get("number") or props.get("item") or "?")
    elif label == "Paragraph":
        text = _paragraph_caption(props, agenda=str(props.get("document")) in _agendas(agenda_documents))
    elif label == "Body":
        text = str(props.get("acronym") or id_.removeprefix("body/").upper())
    elif label in ("Network", "Organization", "Initiative", "Publication") and props.get("acronym"):
        text = str(props["acronym"])
    elif label == "Mention":
        text = str(props.get("text") or "?")
    text = text or localized(props) or entity_name(props)
    return shorten(text) if short else text


def shorten(text: str, limit: int = LONGEST) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def localized(props: dict[str, Any]) -> str | None:
    """The node's own name or title in the interface language, if the data has one."""
    code = lang()
    value = props.get(f"name_{code}") or props.get(f"title_{code}")
    return str(value) if value else None


def entity_name(props: dict[str, Any]) -> str:
    """A node's full name in the interface language, falling back to its display name, then its id."""
    if props.get("document") and props.get("number") is not None and not props.get("name"):  # a paragraph
        agenda = str(props["document"]) in _agendas(None)
        return f"{str(props['document']).removeprefix('document/')} {paragraph_mark(props, agenda)}"
    if props.get("body") and props.get("number") is not None and not props.get("name"):  # a session
        return f"{str(props['body']).upper()} {props['number']}" + (f" ({props['start_date'][:4]})"
                                                                    if props.get("start_date") else "")
    return str(
        localized(props) or props.get("name")
        or next((props[k] for k in sorted(props) if k.startswith(("name_", "title_")) and props[k]), None)
        or props.get("text") or props.get("symbol") or props.get("id") or "?"
    )


def listing(node: dict[str, Any]) -> str:
    """A node in a list or a link: its caption (a symbol whole) and its full name, once if they are the same."""
    short, name = caption(node, short=False), entity_name(node.get("properties") or {"id": node.get("id")})
    return short if not name or name.startswith(short) else f"{short} — {name}"
