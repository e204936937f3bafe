// Full-text search over names, ids and e-mail addresses of everything an analyst looks for.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Human|Team|Identity|Credential|Group|Policy|AiSystem|Agent|Model|Dataset|Vendor|Control|Evidence|Risk|Requirement|Framework)
ON EACH [n.id, n.name, n.email, n.title, n.description];
