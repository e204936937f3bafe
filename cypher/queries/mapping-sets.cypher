// The mapping sets, for the provenance of crosswalk links. Parameters: none.
MATCH (m:MappingSet) RETURN m ORDER BY m.id
