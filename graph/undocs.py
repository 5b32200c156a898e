"""A UN document's address on undocs.org, the UN's resolver of document symbols (one rule for every layer).

``https://undocs.org/{symbol}`` opens the document (in English), ``https://undocs.org/{lang}/{symbol}``
the version in one official language, named by its ISO 639-1 code — Chinese is ``zh``, as in the
UN's own link builder and in current citations (e.g. ``https://undocs.org/zh/A/RES/2758(XXVI)``).
Documents of 2017 print ``http://undocs.org/ch/…`` (the seeds' own links): an older form, not used
here. The explorer's links and the RDF export's ``eli:is_exemplified_by`` both come from here.
"""

from __future__ import annotations

from arkg.graph.model import LANGUAGES

UNDOCS = "https://undocs.org/"


def undocs_url(symbol: str, language: str | None = None) -> str:
    """The document ``symbol`` on undocs.org, in ``language`` if it is an official language's code.

    Any other language (or none) gives the document's own address: undocs.org holds only the six.
    """
    if not symbol:
        raise ValueError("a document without a symbol has no address on undocs.org")
    return f"{UNDOCS}{language}/{symbol}" if language in LANGUAGES else UNDOCS + symbol
