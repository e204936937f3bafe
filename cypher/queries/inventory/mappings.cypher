// Inventory count of crosswalk links, optionally those touching one framework. Parameters: $framework.
MATCH (a:Requirement)-[m:MAPS_TO]->(b:Requirement)
WHERE $framework IS NULL OR a.framework = $framework OR b.framework = $framework
RETURN count(m) AS count
