// Ownership suggestions look for identities named alike in the same account (lambda-crm-reconcile,
// lambda-crm-sync): equality on the account, a prefix of the name.
CREATE INDEX identity_account_name IF NOT EXISTS FOR (n:Identity) ON (n.account, n.name);
