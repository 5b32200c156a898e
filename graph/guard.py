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

WRITE_CLAUSES = ("CREATE", "MERGE", "SET", "DELETE", "REMOVE", "DROP", "DETACH", "FOREACH", "ALTER", "GRANT", "DENY",
                 "REVOKE")

#: Everything keywords can hide in: names in backticks, strings, comments — one pass, leftmost first,
#: so a quote inside a comment or a ``//`` inside a string is not mistaken for the other.
_HIDING = re.compile(r"`(?:``|[^`])*`|'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|//[^\n]*|/\*.*?(?:\*/|$)", re.S)
_NAME = r"(?:`(?:``|[^`])*`|[A-Za-z_]\w*)"
_CALL = re.compile(rf"\bCALL\s+({_NAME}(?:\s*\.\s*{_NAME})*)", re.I)
_LOAD_CSV = re.compile(r"\bLOAD\s+CSV\b", re.I)
#: A keyword, not a property (``n.set``), label (``:Create``) or map key (``{merge: 1}``).
_WRITE = re.compile(r"(?<![.:\w$])(" + "|".join(WRITE_CLAUSES) + r")\b(?!\s*:)", re.I)


def _hide(match: re.Match[str]) -> str:
    token = match.group(0)
    if token.startswith("`"):
        return " x "  # a name: it may be called anything
    if token.startswith("/"):
        return " "  # a comment separates tokens and nothing else (LOAD/**/CSV is LOAD CSV)
    return " '' "


def _code_only(cypher: str) -> str:
    """The query without string literals, comments and quoted names, where keywords cannot hide."""
    return _HIDING.sub(_hide, cypher)


def _procedure_name(raw: str) -> str:
    """``db . `idx`.fulltext`` → ``db.idx.fulltext``: the name the server will resolve."""
    parts = re.findall(_NAME, raw)
    return ".".join(p[1:-1].replace("``", "`") if p.startswith("`") else p for p in parts)


def check_read_only(cypher: str) -> None:
    """Refuse what the console must not run; the message says what and why."""
    without_text = _HIDING.sub(lambda m: m.group(0) if m.group(0).startswith("`") else _hide(m), cypher)
    code = _code_only(cypher)
    if not code.strip():
        raise QueryRefused("the query is empty")
    if _LOAD_CSV.search(code):
        raise QueryRefused("LOAD CSV is not allowed in the console: it makes the server fetch files and URLs")
    for match in _CALL.finditer(without_text):
        name = _procedure_name(match.group(1))
        if name.lower() not in ALLOWED_PROCEDURES:
            raise QueryRefused(
                f"procedure {name} is not on the console's allowlist "
                f"({', '.join(sorted(ALLOWED_PROCEDURES))})"
            )
    write = _WRITE.search(code)
    if write:
        raise QueryRefused(f"the console is read-only: {write.group(1).upper()} changes the graph")
