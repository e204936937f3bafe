// id: agent-without-owner
// title: Agent with no owner of its own
// severity: HIGH
// breaks: ISO42001:A.3.2, NIST_AI_RMF:GOVERN 2.1, NIST_AI_RMF:GOVERN 3.2, NIST_CSF_2:GV.RR-02
// remediation: Name who answers for the agent's actions (assignOwner), usually the owner of its AI system or the team that runs it.
//
// An agent acts on its own; someone must answer for what it does, not only for the AI system it is
// part of. Fires when the agent has no ownership claim in any role.
MATCH (s:Agent)
WHERE s.staleSince IS NULL AND NOT EXISTS { (s)-[:OWNED_BY]->() }
OPTIONAL MATCH (s)-[:PART_OF]->(system:AiSystem)
RETURN s AS subject,
       'nobody owns the agent itself' + CASE WHEN system IS NULL THEN ', and it belongs to no AI system'
           ELSE ' (it is part of ' + system.id + ')' END AS reason,
       [p = (s)-[:PART_OF]->(:AiSystem) | p] AS path
