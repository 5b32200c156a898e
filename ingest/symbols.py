"""The series UN document symbols start with, declared once for every reader of symbols.

A symbol is recognised by its first element: ``CAC/COSP/…`` (the Conference against Corruption),
``A/…`` (General Assembly), ``E/…`` and ``S/…`` (ECOSOC, Security Council), ``ST/…`` (the
Secretariat), ``CTOC/…`` (the Organized Crime Convention), ``CCPCJ/…`` and ``CND/…`` (the crime and
drug commissions); and the press releases of the UN's meetings coverage and information services,
which print their own symbol at their head as documents do: ``GA/12017``, ``GA/EF/3060``,
``SG/SM/8977``, ``SC/…``, ``SOC/CP/271``, ``ECOSOC/…``, the legal affairs' and treaty section's ``L/T/4378``,
the French ``AG/EF/435`` and ``CS/…``, and
the Vienna information service's ``UNIS/CP/1167`` (UNODC's and the Conference's releases). The
masthead line (:mod:`ingest.layout`), the citation patterns (:mod:`ingest.patterns`) and the
file-name reader (:mod:`ingest.identity`) all take it from here.
"""

from __future__ import annotations

#: The first elements of documents' symbols, and of press releases' (English, French, Vienna).
DOCUMENT_SERIES = ("CAC", "A", "E", "S", "ST", "CTOC", "CCPCJ", "CND")
PRESS_SERIES = ("GA", "AG", "SG", "SC", "CS", "SOC", "ECOSOC", "UNIS", "L")
#: A regex alternation of the symbol series (non-capturing).
SERIES = f"(?:{'|'.join((*DOCUMENT_SERIES, *PRESS_SERIES))})"
#: What a symbol's last element may add to it: an addendum, a revision, a corrigendum (``/Add.1``).
PARTS = ("Add", "Rev", "Corr")
#: Series cited without their body's prefix, relative to the document's own (``CRP.1``, ``L.2``).
RELATIVE_SERIES = ("CRP", "L", "INF")


def is_press_release(symbol: str) -> bool:
    """A symbol of the press releases' series (``GA/12017``, ``AG/EF/435``, ``UNIS/CP/1167``)."""
    return symbol.partition("/")[0] in PRESS_SERIES
