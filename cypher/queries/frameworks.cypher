// Query.frameworks: every framework with how many requirements it has. Parameters: none.
MATCH (f:Framework)
RETURN f, COUNT { (r:Requirement {framework: f.id}) } AS requirements
ORDER BY f.id
