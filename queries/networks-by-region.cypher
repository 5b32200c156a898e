// title: Practitioner networks by region
// question: Which asset-recovery practitioner networks exist in each region, when were they founded, who hosts them, and how often do the documents mention them?
// param: region: str = '' -- part of the region name, any case (empty: every region)
// example: arkg query networks-by-region --param region=asia
MATCH (n:Network)
WHERE $region = '' OR toLower(coalesce(n.region, '')) CONTAINS toLower($region)
OPTIONAL MATCH (n)-[:HOSTED_BY]->(host:Entity)
WITH n, host
ORDER BY host.name
WITH n, collect(DISTINCT host.name) AS hosted_by
RETURN n.region AS region, n.founded_year AS founded_year, n.id AS network, n.acronym AS acronym,
       n.name AS name, n.secretariat AS secretariat, hosted_by,
       size([(p:Paragraph)-[:MENTIONS]->(n) | p.id]) AS mentions
ORDER BY region, founded_year, network
