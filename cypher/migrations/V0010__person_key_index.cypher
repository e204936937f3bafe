// A person's account belongs to the human whose id is its e-mail or UPN, lower-cased. The writer
// keeps that key on every HumanAccount as personKey; indexed, a new human finds its accounts by a
// seek instead of every import that creates a human scanning all accounts.
CREATE INDEX human_account_person_key IF NOT EXISTS FOR (n:HumanAccount) ON (n.personKey);
