"""The check every paged saved question passes against the text it replaced (issue 22)."""

from __future__ import annotations

from arkg import queries
from arkg.graph.stores import Store


def same_pages(store: Store, name: str, reference: str, parameter: str, values: list[str],
               order: tuple[str, ...]) -> int:
    """A paged question for every value of its anchor: the whole answer holds the reference's rows in the
    reference's order on its keys, the pages joined are the whole answer, the default page its first 500 rows;
    the rows of the widest answer."""
    widest = 0
    for value in values:
        expected = store.read(reference, {parameter: value}, timeout_ms=0).rows
        whole = queries.run(store, name, {parameter: value, "limit": 1_000_000}).rows
        assert sorted(map(repr, whole)) == sorted(map(repr, expected)), value
        assert [[r[k] for k in order] for r in whole] == [[r[k] for k in order] for r in expected]
        size = max(1, len(whole) // 4 + 1)  # pages that end inside the answer, and one past its end
        pages = [queries.run(store, name, {parameter: value, "limit": size, "offset": at}).rows
                 for at in range(0, len(whole) + size, size)]
        assert [row for page in pages for row in page] == whole and pages[-1] == [], value
        assert queries.run(store, name, {parameter: value}).rows == whole[:500]
        widest = max(widest, len(whole))
    return widest
