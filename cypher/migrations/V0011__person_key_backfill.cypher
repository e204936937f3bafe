// personKey (V0010) on the accounts written before the writer kept it.
MATCH (a:HumanAccount) WHERE coalesce(a.email, a.upn) IS NOT NULL
SET a.personKey = toLower(coalesce(a.email, a.upn));
