// Query.crosswalk: requirement pairs of two frameworks joined by up to $maxDepth crosswalk links,
// each link walked in either direction (the stored direction is kept so the inverse can be derived).
// Parameters: $from, $to (framework ids), $maxDepth (1 to 3).
MATCH path = (a:Requirement {framework: $from})-[:MAPS_TO*1..3]-(b:Requirement {framework: $to})
WHERE length(path) <= $maxDepth
  AND all(i IN range(0, size(nodes(path)) - 2) WHERE NOT nodes(path)[i] IN nodes(path)[i + 1..])
RETURN a, b, [link IN relationships(path) | {from: startNode(link).id, to: endNode(link).id, link: properties(link)}] AS links
ORDER BY a.position, b.position
