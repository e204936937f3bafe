// Query.search: full-text search over names, ids, e-mails, titles and descriptions, best first.
// Parameters: $text (a Lucene query, special characters escaped by the caller), $limit.
CALL db.index.fulltext.queryNodes('entity_search', $text) YIELD node, score
RETURN node, score
ORDER BY score DESC, node.id
LIMIT $limit
