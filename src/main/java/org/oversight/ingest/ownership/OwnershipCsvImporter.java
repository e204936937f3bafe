package org.oversight.ingest.ownership;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.oversight.ingest.kit.Dates;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRef;
import org.oversight.graph.PropertyDomains;
import org.oversight.graph.RelType;
import org.oversight.ingest.Csv;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.Importer;
import org.oversight.ingest.kit.People;
import org.springframework.stereotype.Component;

/**
 * Source {@code ownership-csv}: declared ownership, one claim per row, how stewards fix orphans
 * in bulk. Claims are OWNED_BY edges with source DECLARED; subjects and owners must already be in
 * the graph (a claim about something unknown is reported, not invented).
 */
@Component
class OwnershipCsvImporter implements Importer {

    static final List<String> REQUIRED = List.of("subject", "owner");

    private static final Map<String, NodeLabel> SUBJECT_TYPES = Map.of(
            "identity", NodeLabel.IDENTITY, "credential", NodeLabel.CREDENTIAL, "aisystem", NodeLabel.AI_SYSTEM,
            "agent", NodeLabel.AGENT, "model", NodeLabel.MODEL, "control", NodeLabel.CONTROL, "risk", NodeLabel.RISK);

    @Override
    public String source() {
        return "ownership-csv";
    }

    @Override
    public String description() {
        return "Declared ownership as CSV: subject, owner (e-mail or team), role";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("scope", "name of the ownership list (e.g. the team keeping it), for snapshots");
    }

    @Override
    public void read(List<ImportFile> files, ImportOptions options, GraphBatch.Builder batch) {
        batch.scope(options.parameter("scope"));
        if (options.snapshot()) {
            batch.snapshot(List.of(), List.of(RelType.OWNED_BY));
        }
        Map<String, String> seen = new HashMap<>();
        for (ImportFile file : files) {
            Csv.read(file, REQUIRED, (name, row) -> {
                NodeRef subject = subject(name, row);
                NodeRef owner = owner(name, row);
                String role = enumValue(name, row, "role", "ACCOUNTABLE");
                String claim = subject + " " + owner + " " + role;
                String earlier = seen.putIfAbsent(claim, row.location());
                if (earlier != null) {
                    throw new ImportException(name, row.location(), "subject", "repeats the claim of " + earlier);
                }
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("role", role);
                properties.put("source", "DECLARED");
                properties.put("confidence", confidence(name, row));
                properties.put("since", date(name, row, "since").orElse(null));
                properties.put("attestedBy", row.get("attested_by"));
                // an attestation keeps the date the file gives, never the time of the import
                properties.put("attestedAt", date(name, row, "attested_at").orElse(null));
                if (row.get("attested_by") != null && row.get("attested_at") == null) {
                    batch.warn(name + ", " + row.location(), "attested_by without attested_at: the attestation is kept "
                            + "without a date, so reviews count from 'since' or the first import; add attested_at");
                }
                properties.values().removeIf(java.util.Objects::isNull);
                batch.relationship(RelType.OWNED_BY, subject, owner, properties);
            });
        }
    }

    /** The subject's kind from the {@code subject_type} column, else from the id's convention. */
    private static NodeRef subject(String file, Csv.Row row) {
        String id = row.get("subject");
        if (id == null) {
            throw new ImportException(file, row.location(), "subject", "is empty");
        }
        String type = row.get("subject_type");
        NodeLabel label = type != null
                ? Optional.ofNullable(SUBJECT_TYPES.get(type.toLowerCase(Locale.ROOT).replace("_", ""))).orElseThrow(() ->
                        new ImportException(file, row.location(), "subject_type", "'" + type + "' is not one of "
                                + List.of("Identity", "Credential", "AiSystem", "Agent", "Model", "Control", "Risk")))
                : SubjectIds.labelOf(id).orElseThrow(() -> new ImportException(file, row.location(), "subject_type",
                        "cannot tell what '" + id + "' is from its id; add a subject_type column"));
        return new NodeRef(label, id);
    }

    private static NodeRef owner(String file, Csv.Row row) {
        String owner = row.get("owner");
        if (owner == null) {
            throw new ImportException(file, row.location(), "owner", "is empty");
        }
        if (owner.startsWith("team:")) {
            // the same team id as its HR row, SCIM group or tags give it: "team:Zürich Ops" is team:zurich-ops
            String team = People.teamId(owner.substring("team:".length()));
            if (team == null) {
                throw new ImportException(file, row.location(), "owner", "'" + owner + "' names no team");
            }
            return new NodeRef(NodeLabel.TEAM, team);
        }
        if (owner.contains("@")) {
            if (!People.isEmail(owner)) {
                throw new ImportException(file, row.location(), "owner", "'" + owner + "' is not an e-mail address");
            }
            return new NodeRef(NodeLabel.HUMAN, People.humanId(owner));
        }
        throw new ImportException(file, row.location(), "owner",
                "'" + owner + "' is neither an e-mail address nor a team id (team:<name>)");
    }

    private static String enumValue(String file, Csv.Row row, String column, String fallback) {
        String value = row.get(column);
        if (value == null) {
            return fallback;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        List<String> allowed = PropertyDomains.allowed(RelType.OWNED_BY, column);
        if (!allowed.contains(upper)) {
            throw new ImportException(file, row.location(), column, "'" + value + "' is not one of " + allowed);
        }
        return upper;
    }

    private static Double confidence(String file, Csv.Row row) {
        String value = row.get("confidence");
        if (value == null) {
            return 1.0;
        }
        try {
            double confidence = Double.parseDouble(value);
            if (confidence >= 0 && confidence <= 1) {
                return confidence;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ImportException(file, row.location(), "confidence", "'" + value + "' is not a number from 0 to 1");
    }

    private static Optional<OffsetDateTime> date(String file, Csv.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Dates.parse(value));
        } catch (DateTimeParseException e) {
            throw new ImportException(file, row.location(), column, "'" + value + "' is not a date (yyyy-mm-dd)");
        }
    }
}
