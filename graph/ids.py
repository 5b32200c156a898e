"""Every canonical id arkg writes, built from the ``arkg:idTemplate`` of its class in ``schema.ttl``.

The id contract (shared ``spec/identifiers.md``) is declared once, in the schema; the extractor,
the reference-data loader and the build call these functions instead of spelling templates out,
so that a change of template is one edit and an id that no longer fits its class's ``sh:pattern``
fails the model check where it is made.
"""

from __future__ import annotations

from functools import cache

from arkg.graph.model import model

__all__ = [
    "CONVENTION", "agenda_item", "article", "build", "chapter", "document", "make", "mandate", "mention", "paragraph",
    "resolution", "session", "symbol_as_printed",
]


#: The Convention's id. Its class's template has no parts, so the id is a constant; the extractor compares
#: links with it often enough that a call per comparison would show (a test keeps it equal to the template).
CONVENTION = "uncac"


@cache
def _template(label: str) -> str:
    return model().node_type(label).id_template


def make(label: str, **parts: object) -> str:
    """The id of a ``label`` node from its parts (the names in the class's template)."""
    return _template(label).format(**parts)


def chapter(number: int) -> str:
    return _template("Chapter").format(number=number)


def article(number: int) -> str:
    return _template("Article").format(number=number)


def session(body: str, number: int | str) -> str:
    return _template("Session").format(body=body, number=number)


def resolution(body: str, session: int | str, number: int | str) -> str:
    return _template("Resolution").format(body=body, session=session, number=number)


#: The UN prints a symbol's addendum, revision and corrigendum parts so (``Add.1``, ``Rev.2``, ``Corr.1``);
#: file names and headings in capitals (``CAC/COSP/IRG/I/3/1/ADD.19``) name the same document.
_PART_CASE = {"ADD": "Add", "REV": "Rev", "CORR": "Corr"}


def symbol_as_printed(symbol: str) -> str:
    """``symbol`` with its parts cased as the UN prints them (``…/ADD.19`` → ``…/Add.19``)."""
    parts = (part.partition(".") for part in symbol.split("/"))
    return "/".join(_PART_CASE.get(head, head) + dot + tail for head, dot, tail in parts)


def document(symbol: str) -> str:
    """A document's id: its symbol as the UN prints it (identifiers.md)."""
    return _template("Document").format(symbol=symbol_as_printed(symbol))


def paragraph(document: str, number: str) -> str:
    """The id of paragraph ``number`` of the document whose id is ``document``."""
    return _template("Paragraph").format(document=document, number=number)


def agenda_item(session: str, item: str) -> str:
    """The id of item ``item`` (``4b``) on the agenda of the session whose id is ``session``."""
    return _template("AgendaItem").format(session=session, item=item)


def mention(paragraph: str, start: int, end: int) -> str:
    """An unlinked mention's id: its paragraph's id and its offsets in the document text."""
    return _template("Mention").format(paragraph=paragraph, start=start, end=end)


def mandate(paragraph: str, start: int, end: int) -> str:
    """A mandate's id: its paragraph's id and the offsets of its statement (a second mandate over the
    same span adds ``-2``, ``-3`` …, which the class's pattern allows)."""
    return _template("Mandate").format(paragraph=paragraph, start=start, end=end)


def build(digest: str) -> str:
    return _template("Build").format(digest=digest)
