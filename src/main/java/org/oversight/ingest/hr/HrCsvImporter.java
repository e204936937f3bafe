package org.oversight.ingest.hr;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
import org.oversight.ingest.kit.Dates;
import org.oversight.ingest.kit.People;
import org.springframework.stereotype.Component;

/**
 * Source {@code hr-csv}: a CSV export of the HR system, one person per row, with their manager
 * and team. Each row becomes a {@code Human}; the manager a {@code REPORTS_TO}, the team a
 * {@code MEMBER_OF} to a referenced {@code Team}.
 */
@Component
class HrCsvImporter implements Importer {

    static final String DIRECTORY = "directory";

    static final String EMAIL = "email";
    static final String NAME = "name";
    static final String MANAGER_EMAIL = "manager_email";
    static final String TEAM = "team";
    static final String STATUS = "status";
    static final String LEFT_DATE = "left_date";
    static final String TITLE = "title";
    static final String DEPARTMENT = "department";

    private static final List<String> REQUIRED_COLUMNS = List.of(EMAIL, NAME);
    private static final Set<String> KNOWN_COLUMNS = Set.of(EMAIL, NAME, MANAGER_EMAIL, TEAM, STATUS, LEFT_DATE, TITLE,
            DEPARTMENT);
    private static final List<String> STATUSES = PropertyDomains.allowed(NodeLabel.HUMAN, "status");

    @Override
    public String source() {
        return "hr-csv";
    }

    @Override
    public String description() {
        return "HR export as CSV (email, name, manager_email, team, status, left_date, title, department): "
                + "people, their managers and teams";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of(DIRECTORY, "name of the HR system or directory the file comes from; the scope of a snapshot");
    }

    @Override
    public void read(List<ImportFile> files, ImportOptions options, GraphBatch.Builder batch) {
        batch.scope(options.parameter(DIRECTORY));
        if (options.snapshot()) {
            batch.snapshot(List.of(NodeLabel.HUMAN, NodeLabel.TEAM), List.of(RelType.MEMBER_OF, RelType.REPORTS_TO));
        }
        // The first place each person appeared, so a duplicate names both lines.
        Map<String, String> firstSeenAt = new HashMap<>();
        for (ImportFile file : files) {
            int[] rows = {0};
            Csv.read(file, REQUIRED_COLUMNS, (fileName, row) -> {
                if (rows[0]++ == 0) {
                    warnAboutUnknownColumns(fileName, row, batch);
                }
                readPerson(fileName, row, firstSeenAt, batch);
            });
            if (rows[0] == 0) {
                batch.warn(file.name(), "holds a header but no people");
            }
        }
    }

    private static void warnAboutUnknownColumns(String fileName, Csv.Row row, GraphBatch.Builder batch) {
        Set<String> unknown = new TreeSet<>(row.values().keySet());
        unknown.removeAll(KNOWN_COLUMNS);
        if (!unknown.isEmpty()) {
            batch.warn(fileName + ", header", "columns " + unknown + " are not read; the importer reads "
                    + new TreeSet<>(KNOWN_COLUMNS));
        }
    }

    private static void readPerson(String fileName, Csv.Row row, Map<String, String> firstSeenAt,
                                   GraphBatch.Builder batch) {
        String email = row.get(EMAIL);
        if (email == null) {
            throw new ImportException(fileName, row.location(), EMAIL, "is empty; every person needs an e-mail address");
        }
        if (!People.isEmail(email)) {
            throw new ImportException(fileName, row.location(), EMAIL, "'" + email + "' is not an e-mail address");
        }
        String id = People.humanId(email);
        String where = fileName + ", " + row.location();
        String previous = firstSeenAt.putIfAbsent(id, where);
        if (previous != null) {
            throw new ImportException(fileName, row.location(), EMAIL, "'" + id + "' is already the person of "
                    + previous + "; each person appears once");
        }
        String name = row.get(NAME);
        if (name == null) {
            throw new ImportException(fileName, row.location(), NAME, "is empty");
        }
        String status = status(fileName, row);
        OffsetDateTime leftAt = leftAt(fileName, row, status);

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", name);
        properties.put("email", id);
        properties.put("status", status);
        if (leftAt != null) {
            properties.put("leftAt", leftAt);
        } else if (!status.equals("LEAVER")) {
            // Explicitly null for everyone still here, so a rehired person loses an earlier leaving date.
            // A leaver without a date keeps whatever date the graph already has.
            properties.put("leftAt", null);
        }
        putIfPresent(properties, "title", row.get(TITLE));
        putIfPresent(properties, "department", row.get(DEPARTMENT));
        batch.node(NodeLabel.HUMAN, id, properties);
        NodeRef person = new NodeRef(NodeLabel.HUMAN, id);

        String managerEmail = row.get(MANAGER_EMAIL);
        if (managerEmail != null) {
            if (!People.isEmail(managerEmail)) {
                throw new ImportException(fileName, row.location(), MANAGER_EMAIL, "'" + managerEmail
                        + "' is not an e-mail address");
            }
            String managerId = People.humanId(managerEmail);
            if (managerId.equals(id)) {
                throw new ImportException(fileName, row.location(), MANAGER_EMAIL, "names the person themself");
            }
            // A reference: a manager described later in the file (or by another source) keeps their own data.
            batch.reference(NodeLabel.HUMAN, managerId, Map.of("email", managerId));
            batch.relationship(RelType.REPORTS_TO, person, new NodeRef(NodeLabel.HUMAN, managerId));
        }

        String team = row.get(TEAM);
        if (team != null) {
            String teamId = People.teamId(team);
            if (teamId == null) {
                throw new ImportException(fileName, row.location(), TEAM, "'" + team
                        + "' has no letters or digits to make a team id of");
            }
            batch.reference(NodeLabel.TEAM, teamId, Map.of("name", team));
            batch.relationship(RelType.MEMBER_OF, person, new NodeRef(NodeLabel.TEAM, teamId));
        }
    }

    private static String status(String fileName, Csv.Row row) {
        String value = row.get(STATUS);
        if (value == null) {
            return "ACTIVE";
        }
        String status = value.toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(status)) {
            throw new ImportException(fileName, row.location(), STATUS, "'" + value + "' is not one of " + STATUSES);
        }
        return status;
    }

    private static OffsetDateTime leftAt(String fileName, Csv.Row row, String status) {
        String value = row.get(LEFT_DATE);
        if (value == null) {
            return null;
        }
        if (!status.equals("LEAVER")) {
            throw new ImportException(fileName, row.location(), LEFT_DATE, "'" + value
                    + "' is given but the status is " + status + "; only a LEAVER has a leaving date");
        }
        try {
            return Dates.parse(value);
        } catch (DateTimeParseException e) {
            throw new ImportException(fileName, row.location(), LEFT_DATE, "'" + value
                    + "' is not an ISO date (2025-03-31) or date-time (2025-03-31T17:00:00Z)");
        }
    }

    private static void putIfPresent(Map<String, Object> properties, String key, String value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
