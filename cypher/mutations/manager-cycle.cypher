// Whether making $manager the manager of $id would close a reporting loop.
// Parameters: $id, $manager.
RETURN $id = $manager OR EXISTS {
  MATCH (:Human {id: $manager})-[:REPORTS_TO]->{1,50}(:Human {id: $id})
} AS cycle
