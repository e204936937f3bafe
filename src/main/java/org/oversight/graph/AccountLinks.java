package org.oversight.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one rule by which a person's account belongs to a person: a {@code HumanAccount} belongs
 * ({@code BELONGS_TO}) to the {@code Human} whose id is the account's e-mail or user principal
 * name, lower-cased, which the writer keeps on the account as {@code personKey} (indexed). The
 * links this rule makes are {@code importSource: 'resolved'}.
 *
 * <p>An explicit step with its own reconciliation, run after every import ({@link GraphWriter})
 * and after a steward adds a human: the accounts an import wrote lose a resolved link to a human
 * their e-mail no longer names, then link to the one it names; the humans an import or a steward
 * added find their unlinked accounts. Each works by index seeks from the ids given, so the
 * hundreds of imports of a large enterprise never scan every account.
 */
@Component
public class AccountLinks {

    /** What one step changed. */
    public record Changes(long linked, long removed) {
    }

    private static final String PLAN_ONCE = "CYPHER replan=skip\n";

    private static final String LINK = """
            MERGE (a)-[r:BELONGS_TO]->(h)
            ON CREATE SET r.firstSeen = $now, r.lastSeen = $now, r.importSource = 'resolved', r.lastRunId = $runId
            RETURN count(r) AS changed
            """;

    /** Resolved links of these accounts to a human their e-mail no longer names (or that they no longer name at all). */
    static final String UNLINK_MOVED_ACCOUNTS = PLAN_ONCE + """
            UNWIND $ids AS id
            MATCH (a:Identity {id: id}) USING INDEX SEEK a:Identity(id)
            MATCH (a)-[r:BELONGS_TO {importSource: 'resolved'}]->(h:Human)
            WHERE a.personKey IS NULL OR h.id <> a.personKey
            DELETE r
            RETURN count(*) AS changed
            """;

    /** Links the unlinked accounts among these ids to their humans. No {@code personKey IS NOT NULL}: it makes a scan. */
    static final String LINK_ACCOUNTS = PLAN_ONCE + """
            UNWIND $ids AS id
            MATCH (a:Identity {id: id}) USING INDEX SEEK a:Identity(id)
            WHERE a:HumanAccount AND NOT (a)-[:BELONGS_TO]->(:Human)
            MATCH (h:Human {id: a.personKey}) USING INDEX SEEK h:Human(id)
            """ + LINK;

    /** Links the unlinked accounts of these humans, whichever import brought them. */
    static final String LINK_HUMANS = PLAN_ONCE + """
            UNWIND $ids AS id
            MATCH (h:Human {id: id}) USING INDEX SEEK h:Human(id)
            MATCH (a:HumanAccount {personKey: id}) USING INDEX SEEK a:HumanAccount(personKey)
            WHERE NOT (a)-[:BELONGS_TO]->(:Human)
            """ + LINK;

    private final CypherClient cypher;
    private final Parts parts;
    private final int rowsPerTransaction;

    AccountLinks(CypherClient cypher, Parts parts,
            @Value("${oversight.import.rows-per-transaction:10000}") int rowsPerTransaction) {
        this.cypher = cypher;
        this.parts = parts;
        this.rowsPerTransaction = rowsPerTransaction;
    }

    /**
     * Reconciles, then links, the accounts an import described.
     *
     * @param context {@code now} and the {@code runId} of the import (null for a steward's write)
     */
    public Changes ofAccounts(List<String> accounts, Map<String, Object> context) {
        long removed = run(UNLINK_MOVED_ACCOUNTS, accounts, context);
        long linked = run(LINK_ACCOUNTS, accounts, context);
        return new Changes(linked, removed);
    }

    /** Links the unlinked accounts of humans an import or a steward added. */
    public Changes ofHumans(List<String> humans, Map<String, Object> context) {
        return new Changes(run(LINK_HUMANS, humans, context), 0);
    }

    private long run(String statement, List<String> ids, Map<String, Object> context) {
        long changed = 0;
        for (List<String> chunk : GraphWriter.chunks(ids, rowsPerTransaction)) {
            Map<String, Object> parameters = new LinkedHashMap<>(context);
            parameters.put("ids", chunk);
            parameters.putIfAbsent("runId", null);
            changed += parts.inTransaction(() -> cypher.first(statement, parameters,
                    record -> record.get("changed").asLong()).orElse(0L));
        }
        return changed;
    }
}
