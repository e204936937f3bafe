// Evidence of controls, for the Statement of Applicability. Parameters: $ids (control ids).
UNWIND $ids AS id
MATCH (e:Evidence)-[:EVIDENCES]->(:Control {id: id})
RETURN id, e ORDER BY id, e.collectedAt DESC
