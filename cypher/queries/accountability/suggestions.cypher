// Query.ownershipSuggestions (and Finding.suggestedOwners, leaver successors): candidates to own each
// subject, one row per reason. Candidates are active humans and teams with active people that are not
// already its counting accountable owners. Reasons: its own other claims (tag, creator, source owner,
// co-owner), the manager and teams of an owner who left, the accountable owners of the AI systems it
// serves, the owners of the identity holding a credential, and the teams owning identities related to
// it (same group, trust either way, same agent, same Kubernetes namespace, named alike in the same account).
// Parameters: $elementIds, $leaving (ids of humans to treat as leavers).
UNWIND $elementIds AS elementId
MATCH (s) WHERE elementId(s) = elementId
CALL (s) {
  MATCH (s)-[r:OWNED_BY]->(c)
  RETURN c, CASE r.source WHEN 'TAG' THEN 'TAG' WHEN 'CREATOR' THEN 'CREATOR' WHEN 'SOURCE_OWNER' THEN 'SOURCE_OWNER'
                 ELSE 'CO_OWNER' END AS kind,
         'holds a ' + r.role + ' claim over it from ' + r.source AS detail, null AS via
  UNION
  MATCH (s)-[:OWNED_BY]->(gone:Human)-[:REPORTS_TO]->(c:Human)
  WHERE gone.status = 'LEAVER' OR gone.id IN $leaving
  RETURN c, 'MANAGER_OF_DEPARTED_OWNER' AS kind, 'manages ' + gone.id + ', an owner who has left' AS detail, gone AS via
  UNION
  MATCH (s)-[:OWNED_BY]->(gone:Human)-[:MEMBER_OF]->(c:Team)
  WHERE gone.status = 'LEAVER' OR gone.id IN $leaving
  RETURN c, 'TEAM_OF_DEPARTED_OWNER' AS kind, gone.id + ', an owner who has left, was a member' AS detail, gone AS via
  UNION
  CALL (s) {
    MATCH (s:Agent)-[:PART_OF]->(a:AiSystem) RETURN a
    UNION MATCH (s:Identity)<-[:ACTS_AS]-(:Agent)-[:PART_OF]->(a:AiSystem) RETURN a
    UNION MATCH (s:Credential)<-[:HAS_CREDENTIAL]-(:Identity)<-[:ACTS_AS]-(:Agent)-[:PART_OF]->(a:AiSystem) RETURN a
    UNION MATCH (s:Model)<-[:USES_MODEL]-(a:AiSystem) RETURN a
    UNION MATCH (s:Model)<-[:USES_MODEL]-(:Agent)-[:PART_OF]->(a:AiSystem) RETURN a
    UNION MATCH (s:Risk)-[:AFFECTS]->(a:AiSystem) RETURN a
    UNION MATCH (s:Control)-[:APPLIES_TO]->(a:AiSystem) RETURN a
  }
  MATCH (a)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->(c)
  RETURN c, 'AI_SYSTEM_OWNER' AS kind, 'is accountable for ' + a.id + ', which it serves' AS detail, a AS via
  UNION
  MATCH (s:Credential)<-[:HAS_CREDENTIAL]-(holder:Identity)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->(c)
  RETURN c, 'IDENTITY_OWNER' AS kind, 'is accountable for ' + holder.id + ', which holds it' AS detail, holder AS via
  UNION
  CALL (s) {
    MATCH (s:Identity)-[:MEMBER_OF]->(:Group)<-[:MEMBER_OF]-(n:Identity) RETURN n, 'in the same group' AS how
    UNION MATCH (s:Identity)-[:CAN_ASSUME]-(n:Identity) RETURN n, 'trusted by or trusting it' AS how
    UNION MATCH (s:Identity)<-[:ACTS_AS]-(:Agent)-[:ACTS_AS]->(n:Identity) WHERE n <> s RETURN n, 'used by the same agent' AS how
    UNION MATCH (s:Credential)<-[:HAS_CREDENTIAL]-(:Identity)-[:CAN_ASSUME]-(n:Identity) RETURN n, 'trusted by or trusting its identity' AS how
    // Kubernetes service accounts of the same namespace (ids are k8s:<cluster>:<namespace>:<name>)
    UNION WITH s, CASE WHEN s:Identity AND s.provider = 'kubernetes' AND size(split(s.id, ':')) = 4
                       THEN reduce(prefix = '', part IN split(s.id, ':')[0..3] | prefix + part + ':') END AS namespace
    WHERE namespace IS NOT NULL
    MATCH (n:Identity) WHERE n.id STARTS WITH namespace AND n <> s
    RETURN n, 'in the same namespace' AS how
    // names that share their first two words in the same account (lambda-crm-reconcile, lambda-crm-sync)
    UNION WITH s, CASE WHEN s:Identity AND size(split(coalesce(s.name, ''), '-')) >= 3
                       THEN split(s.name, '-')[0] + '-' + split(s.name, '-')[1] + '-' END AS stem
    WHERE stem IS NOT NULL AND s.account IS NOT NULL
    MATCH (n:Identity {account: s.account}) WHERE n.name STARTS WITH stem AND n <> s
    RETURN n, 'named alike in the same account' AS how
  }
  MATCH (n)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->(o)
  OPTIONAL MATCH (o:Human)-[:MEMBER_OF]->(team:Team)
  WITH n, how, o, coalesce(team, o) AS c
  WHERE c:Team
  RETURN c, 'TEAM_OF_CO_OWNED' AS kind,
         CASE WHEN o = c THEN 'owns ' + n.id + ', ' + how
              ELSE 'its member ' + o.id + ' owns ' + n.id + ', ' + how END AS detail, n AS via
}
WITH elementId, s, c, kind, detail, via
WHERE ((coalesce(c.status, '') = 'ACTIVE' AND NOT c.id IN $leaving)
       OR EXISTS { (c:Team)-[:LED_BY|MEMBER_OF]-(p:Human {status: 'ACTIVE'}) WHERE NOT p.id IN $leaving })
  AND NOT EXISTS { (s)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->(c) }
RETURN elementId, c, kind, detail, via
