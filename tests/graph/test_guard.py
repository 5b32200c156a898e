"""The console guard: refuses writes, LOAD CSV and procedures off the allowlist, wherever they hide."""

from __future__ import annotations

import pytest

from arkg.graph.guard import check_read_only
from arkg.graph.stores.base import QueryRefused

REFUSED = {
    "CREATE (n:Entity {id: 'x'})": "CREATE",
    "cReAtE (n)": "CREATE",
    "MERGE (n:Entity {id: 'x'})": "MERGE",
    "MATCH (n) SET n.name = 'x'": "SET",
    "MATCH (n) DELETE n": "DELETE",
    "MATCH (n) DETACH DELETE n": "DETACH",
    "MATCH (n) REMOVE n.name": "REMOVE",
    "DROP INDEX ON :Entity(id)": "DROP",
    "FOREACH (x IN [1] | CREATE (:Entity))": "FOREACH",
    "CALL { CREATE (n) } RETURN 1": "CREATE",
    "RETURN 'a' /* comment */ SET n.x = 1": "SET",
    "MATCH (n) // harmless?\nDELETE n": "DELETE",
    "MATCH (n)\tDETACH\n\nDELETE n": "DETACH",
    "CALL db.idx.fulltext.createNodeIndex('Entity', 'name')": "db.idx.fulltext.createNodeIndex",
    "CALL db.idx.fulltext.drop('Entity')": "db.idx.fulltext.drop",
    "CALL `db`.`idx`.fulltext.drop('Entity')": "db.idx.fulltext.drop",
    "CALL db . idx . fulltext . drop('Entity')": "db.idx.fulltext.drop",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})": "apoc.periodic.iterate",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line": "LOAD CSV",
    "load csv from 'https://example.org/x.csv' AS line RETURN line": "LOAD CSV",
    "LOAD/**/CSV FROM 'file:///etc/passwd' AS line RETURN line": "LOAD CSV",
    "   ": "empty",
    "// only a comment": "empty",
}

ALLOWED = [
    "RETURN 'CREATE' AS word",
    'RETURN "MATCH (n) DETACH DELETE n" AS text',
    "RETURN 'it\\'s a SET' AS text",
    "MATCH (n:`CREATE`) RETURN n",
    "MATCH (n) RETURN n.set AS s, n.created AS c, n.delete AS d",
    "RETURN {merge: 1, create: 2} AS m",
    "MATCH (n) // DELETE n\nRETURN n",
    "MATCH (n) /* SET n.x = 1 */ RETURN n",
    "MATCH (n) WHERE n.name = \"x\\\" SET n.y = 1 //\" RETURN n",
    "RETURN '`' AS tick, 1 AS start, 2 AS end",
    "CALL db.labels()",
    "CALL db.relationshipTypes()",
    "MATCH (n) RETURN n.id AS id ORDER BY id LIMIT 5",
]


@pytest.mark.parametrize("cypher, named", REFUSED.items())
def test_refused_with_a_message_naming_what(cypher: str, named: str) -> None:
    with pytest.raises(QueryRefused) as err:
        check_read_only(cypher)
    assert named in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("cypher", ALLOWED)
def test_reads_and_keywords_inside_text_are_allowed(cypher: str) -> None:
    check_read_only(cypher)
