// Query.controls.totalCount: how many there are; run only when asked for.
MATCH (n:Control)
RETURN count(n) AS totalCount
