"""What user Cypher may do before it reaches a store: read, and call allowlisted procedures.

The server enforces read-only (FalkorDB ``GRAPH.RO_QUERY``, Neo4j read transactions); this
guard adds what a read-only server still allows but arkg must not: ``LOAD CSV`` (it fetches URLs
from the server) and procedures off the allowlist. Write clauses are refused here too, so a
refusal reads the same on every store.
"""

from __future__ import annotations

import re

from arkg.graph.stores.base import QueryRefused

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


#: Limits on a console query's shape, checked before it reaches the store. FalkorDB's parser takes
#: time exponential in bracket nesting (measured on 4.16: ``[`` ×2 per level, ``-(`` ×4 per level,
#: 28 levels of ``[`` ≈ 15 min) and neither its timeout nor its memory cap stops it; ``range()``
#: builds its whole list before any limit applies (``range(1, 1000000000)`` grew the server to 22 GB).
MAX_QUERY_CHARS = 100_000
MAX_NESTING = 8
MAX_LITERAL_CHARS = 100_000
MAX_RANGE_VALUES = 1_000_000
_STRING = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"", re.S)
_RANGE = re.compile(r"\brange\s*\(([^()]*)\)?", re.I)
_INT = re.compile(r"^\s*([+-]?\d+)\s*$")


def _nesting(code: str) -> int:
    depth = deepest = 0
    for char in code:
        if char in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in ")]}":
            depth = max(depth - 1, 0)
    return deepest


def _range_values(arguments: str) -> int | None:
    """How many values ``range(arguments)`` makes, or None when its bounds are not integer literals."""
    numbers = [_INT.match(part) for part in arguments.split(",")]
    if not 2 <= len(numbers) <= 3 or not all(numbers):
        return None
    start, end, *step = (int(m.group(1)) for m in numbers if m)
    step_value = step[0] if step else 1
    if step_value == 0:
        return 0
    return max((end - start) // step_value + 1, 0)


def check_shape(cypher: str) -> None:
    """Refuse a query whose shape alone can exhaust the server, whatever its timeout and memory caps."""
    if len(cypher) > MAX_QUERY_CHARS:
        raise QueryRefused(f"the query is {len(cypher)} characters; the console takes at most {MAX_QUERY_CHARS}")
    longest = max((len(m.group(0)) - 2 for m in _STRING.finditer(cypher)), default=0)
    if longest > MAX_LITERAL_CHARS:
        raise QueryRefused(f"a string literal of {longest} characters; at most {MAX_LITERAL_CHARS} "
                           "(pass long values as parameters)")
    code = _code_only(cypher)
    depth = _nesting(code)
    if depth > MAX_NESTING:
        raise QueryRefused(f"brackets nested {depth} levels deep; the console takes at most {MAX_NESTING} "
                           "(deeper nesting stalls the server's parser)")
    for match in _RANGE.finditer(code):
        values = _range_values(match.group(1)) if match.group(0).endswith(")") else None
        if values is None:
            raise QueryRefused("range() in the console takes integer literals as bounds "
                               f"(range(1, 1000)), at most {MAX_RANGE_VALUES} values")
        if values > MAX_RANGE_VALUES:
            raise QueryRefused(f"range() of {values} values; the console takes at most {MAX_RANGE_VALUES} "
                               "(the server builds the whole list in memory before any limit applies)")


def check_read_only(cypher: str) -> None:
    """Refuse what the console must not run; the message says what and why."""
    check_shape(cypher)
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


_TRAILING_LIMIT = re.compile(r"\bLIMIT\s+(?:\$?\w+)\s*;?\s*$", re.I)
_RETURN = re.compile(r"\bRETURN\b", re.I)
_UNION = re.compile(r"\bUNION\b", re.I)


def with_row_limit(cypher: str, rows: int) -> str:
    """The query with ``LIMIT rows`` appended when it ends in a RETURN without one, so the server
    stops producing rows there instead of the client cutting a result it has received whole.

    Left as is: a query with its own final LIMIT, a UNION (a LIMIT would bind to its last part
    only), and one whose last RETURN is inside a subquery or that returns nothing.
    """
    code = _code_only(cypher).rstrip().rstrip(";")
    returns = list(_RETURN.finditer(code))
    if not returns or _TRAILING_LIMIT.search(code) or _UNION.search(code) or "}" in code[returns[-1].end():]:
        return cypher
    return f"{cypher.rstrip().rstrip(';')}\nLIMIT {rows}"
