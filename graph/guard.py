"""What user Cypher may do before it reaches a store: read, and call allowlisted procedures.

The server enforces read-only (FalkorDB ``GRAPH.RO_QUERY``, Neo4j read transactions); this
guard adds what a read-only server still allows but arkg must not: ``LOAD CSV`` (it fetches URLs
from the server) and procedures off the allowlist. Write clauses are refused here too, so a
refusal reads the same on every store.
"""

from __future__ import annotations

import re

from graph.stores.base import QueryRefused

#: Read-only procedures a console user may call, on FalkorDB and Neo4j alike.
ALLOWED_PROCEDURES = frozenset(
    {
        "db.labels",
        "db.relationshiptypes",
        "db.propertykeys",
        "db.indexes",
        "db.constraints",
        "db.schema.visualization",
        "dbms.components",
    }
)

WRITE_CLAUSES = ("CREATE", "MERGE", "SET", "DELETE", "REMOVE", "DROP", "DETACH", "FOREACH")

_LITERALS = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|//[^\n]*|/\*.*?\*/", re.S)
_BACKTICKS = re.compile(r"`[^`]*`")
_CALL = re.compile(r"\bCALL\s+([A-Za-z_][\w.]*)", re.I)
_LOAD_CSV = re.compile(r"\bLOAD\s+CSV\b", re.I)
_WRITE = re.compile(r"\b(" + "|".join(WRITE_CLAUSES) + r")\b", re.I)


def _code_only(cypher: str) -> str:
    """The query without string literals, comments and quoted names, where keywords cannot hide."""
    return _BACKTICKS.sub(" x ", _LITERALS.sub(" '' ", cypher))


def check_read_only(cypher: str) -> None:
    """Refuse what the console must not run; the message says what and why."""
    code = _code_only(cypher)
    if not code.strip():
        raise QueryRefused("the query is empty")
    if _LOAD_CSV.search(code):
        raise QueryRefused("LOAD CSV is not allowed in the console: it makes the server fetch files and URLs")
    for match in _CALL.finditer(code):
        name = match.group(1).lower()
        if name not in ALLOWED_PROCEDURES:
            raise QueryRefused(
                f"procedure {match.group(1)} is not on the console's allowlist "
                f"({', '.join(sorted(ALLOWED_PROCEDURES))})"
            )
    write = _WRITE.search(code)
    if write:
        raise QueryRefused(f"the console is read-only: {write.group(1).upper()} changes the graph")
