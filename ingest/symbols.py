"""The series UN document symbols start with, declared once for every reader of symbols.

A symbol is recognised by its first element: ``CAC/COSP/…`` (the Conference against Corruption),
``A/…`` (General Assembly), ``E/…`` and ``S/…`` (ECOSOC, Security Council), ``ST/…`` (the
Secretariat), ``CTOC/…`` (the Organized Crime Convention), ``CCPCJ/…`` and ``CND/…`` (the crime and
drug commissions). The masthead line (:mod:`ingest.layout`), the citation patterns
(:mod:`ingest.patterns`) and the file-name reader (:mod:`ingest.identity`) all take it from here.
"""

from __future__ import annotations

#: A regex alternation of the symbol series (non-capturing).
SERIES = r"(?:CAC|A|E|S|ST|CTOC|CCPCJ|CND)"
