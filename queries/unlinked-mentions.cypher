// title: Unlinked mentions to review
// question: Which references in the documents could not be linked to a known entity, of what kind, and where are they?
// param: document: str = '' -- canonical id of one document (empty: every document)
// param: type: str = '' -- intended node label, e.g. Publication (empty: any)
// param: limit: int = 500 -- number of mentions to return (a page)
// param: offset: int = 0 -- how many to skip first (the next page: offset + limit)
// example: arkg query unlinked-mentions --param type=Publication
// The answer grows with the corpus (7 628 rows at 10 000 synthetic documents), so it comes a page at a time, in an
// order fixed down to the mention's id, so that pages neither overlap nor miss a row. The mentions are read by their
// label: each is written with its paragraph's HAS_MENTION in one load group and deleted with its document's version
// (`arkg db check` finds a version half written), and walking from every paragraph cost twice the sort at 10 000
// documents.
MATCH (m:Mention)
WHERE ($document = '' OR m.document = $document) AND ($type = '' OR m.type = $type)
WITH m
ORDER BY m.type, m.text, m.document, m.start, m.id
SKIP $offset LIMIT $limit
RETURN m.type AS type, m.text AS text, m.document AS document, m.paragraph AS paragraph, m.language AS language,
       m.start AS start, m.end AS end, m.id AS mention
ORDER BY type, text, document, start, mention
