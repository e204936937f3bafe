package org.oversight.sample;

import static org.oversight.graph.NodeLabel.*;
import static org.oversight.graph.RelType.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.oversight.catalog.CatalogLoader;
import org.oversight.catalog.CatalogReader;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.PropertyDomains;
import org.oversight.graph.RelType;
import org.oversight.ingest.kit.People;

/**
 * Generates "Kestrel Financial", a fictional mid-size bank, as an Oversight graph bundle in
 * importers/samples/kestrel/*.yaml. Regenerate them from the repository root with
 *
 *   ./mvnw -q test -Dtest=SampleGeneratorTest -Dsample.regenerate=true
 *
 * (or run {@link #main} from an IDE); without the property {@link SampleGeneratorTest} fails while the
 * committed files differ from what this generates.
 * Deterministic: fixed seed, insertion-ordered collections only, so re-runs are byte-identical.
 * Accountability problems are planted on purpose and listed as "# PLANTED" lines at the top of the
 * file that holds them. Before anything is written, the bundle is validated against the schema below
 * and independent detectors re-derive every problem; they must match the planted list exactly, so the
 * list is complete and the healthy baseline really is healthy.
 */
public class SampleGenerator {

    // ================================================================ schema (the only shapes the bundle may use)
    /*
     * Labels, relationship types, the labels each type connects, its key properties and every enumerated value come
     * from the code (NodeLabel, RelType, PropertyDomains), as the bundle reader checks them. What the code leaves open
     * is narrowed here: which properties the sample gives each label, their types, and the id forms of
     * docs/graph-model.md. Property types: str, email, date, bool, int, 1to5, 0to1, hex64, list; "enum" is a property
     * PropertyDomains closes, "provider" one of PropertyDomains.PROVIDERS.
     */
    static final Map<String, Map<String, String>> NODE_PROPS = new LinkedHashMap<>();
    static final Map<String, String> ID_PATTERNS = new HashMap<>();
    static final Map<String, Map<String, String>> REL_PROPS = new LinkedHashMap<>();
    /** Date properties that describe something that already happened. */
    static final Set<String> PAST_ONLY = Set.of("leftAt", "createdAt", "lastUsedAt", "lastRotatedAt", "since",
            "attestedAt", "at", "testedAt", "collectedAt");

    static {
        String identity = "name:str provider:enum kind:enum account:str createdAt:date lastUsedAt:date privileged:bool status:enum description:str";
        String identityId = "arn:aws:iam::\\d{12}:(role|user)/[\\w+=,.@/-]+|entra:[0-9a-f-]{36}"
                + "|k8s:[a-z0-9-]+:[a-z0-9-]+:[a-z0-9-]+|github:app:[a-z0-9-]+";
        nodeLabel(HUMAN, "[a-z0-9.-]+@kestrel\\.example", "name:str email:email status:enum leftAt:date title:str department:str");
        nodeLabel(TEAM, "team:[a-z0-9-]+", "name:str description:str");
        nodeLabel(NON_HUMAN_IDENTITY, identityId, identity);
        nodeLabel(HUMAN_ACCOUNT, identityId, identity);
        nodeLabel(CREDENTIAL, "aws-key:AKIA[A-Z0-9]{16}|entra:[0-9a-f-]{36}:(secret|cert):[0-9a-f-]{36}"
                        + "|entra:[0-9a-f-]{36}:federated:[a-z0-9-]+|k8s:[a-z0-9-]+:[a-z0-9-]+:[a-z0-9-]+:token:[a-z0-9-]+|cred:[a-z0-9-]+",
                "name:str kind:enum createdAt:date expiresAt:date lastRotatedAt:date lastUsedAt:date status:enum");
        nodeLabel(GROUP, "arn:aws:iam::\\d{12}:group/[\\w-]+|entra:[0-9a-f-]{36}", "name:str provider:provider");
        nodeLabel(POLICY, "arn:aws:iam::(aws|\\d{12}):policy/[\\w/-]+|entra:approle:[0-9a-f-]{36}:[0-9a-f-]{36}"
                        + "|k8s:[a-z0-9-]+:clusterrole:[a-z0-9-]+|k8s:[a-z0-9-]+:role:[a-z0-9-]+:[a-z0-9-]+",
                "name:str provider:provider privileged:bool actions:list");
        nodeLabel(AI_SYSTEM, "ai:[a-z0-9-]+", "name:str description:str purpose:str lifecycle:enum euRiskClass:enum role:enum "
                + "euAnnexIIIPoint:enum deployerKind:enum establishedInUnion:bool functions:enum inScope:bool reviewCadenceDays:int");
        nodeLabel(AGENT, "agent:[a-z0-9-]+", "name:str description:str autonomy:enum");
        nodeLabel(MODEL, "model:[a-z0-9-]+", "name:str version:str supplier:str license:str");
        nodeLabel(DATASET, "dataset:[a-z0-9-]+", "name:str description:str license:str");
        nodeLabel(VENDOR, "vendor:[a-z0-9-]+", "name:str url:str");
        nodeLabel(CONTROL, "control:[A-Z]+(-[A-Z]+)*-\\d{2}", "name:str description:str status:enum testedAt:date evidenceCadenceDays:int");
        nodeLabel(EVIDENCE, "evidence:[a-z0-9-]+", "name:str kind:enum uri:str collectedAt:date expiresAt:date sha256:hex64");
        nodeLabel(RISK, "risk:[a-z0-9-]+", "name:str description:str likelihood:1to5 impact:1to5 status:enum");

        Map<RelType, String> relProps = Map.of(OWNED_BY, "role:enum source:enum confidence:0to1 since:date attestedAt:date attestedBy:email",
                APPROVED_BY, "at:date", RelType.SATISFIES, "relationship:enum strength:int", APPLICABILITY, "applicable:bool justification:str");
        Stream.of(MEMBER_OF, REPORTS_TO, LED_BY, BELONGS_TO, OWNED_BY, HAS_CREDENTIAL, HAS_POLICY, CAN_ASSUME, PART_OF, ACTS_AS, ACTS_ON_BEHALF_OF,
                        USES_MODEL, TRAINED_ON, SUPPLIED_BY, OVERSEEN_BY, APPROVED_BY, APPLIES_TO, RelType.SATISFIES, EVIDENCES, AFFECTS, TREATED_BY,
                        APPLICABILITY)
                .sorted().forEach(type -> relType(type, relProps.getOrDefault(type, "")));
    }

    static void nodeLabel(NodeLabel label, String idPattern, String props) {
        ID_PATTERNS.put(label.cypherName(), idPattern);
        NODE_PROPS.put(label.cypherName(), parseProps(label.cypherName(), props, name -> PropertyDomains.allowed(label, name),
                PropertyDomains.nodeDomains().getOrDefault(label.keyLabel(), Map.of()).keySet()));
    }

    static void relType(RelType type, String props) {
        REL_PROPS.put(type.name(), parseProps(type.name(), props, name -> PropertyDomains.allowed(type, name),
                PropertyDomains.relationshipDomains().getOrDefault(type, Map.of()).keySet()));
    }

    /**
     * "name:type ..." as a map, in the order of the bundle; "enum" becomes the allowed values joined by '|'. The sample
     * gives a property the model closes only as "enum", so the generator cannot hold a vocabulary of its own.
     */
    static Map<String, String> parseProps(String owner, String spec, Function<String, List<String>> domain, Set<String> closed) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String p : spec.trim().split("\\s+")) {
            if (p.isEmpty()) continue;
            String name = p.substring(0, p.indexOf(':')), type = p.substring(p.indexOf(':') + 1);
            if (type.equals("enum") != closed.contains(name))
                throw new IllegalStateException(owner + "." + name + ": the model " + (closed.contains(name) ? "closes" : "does not close")
                        + " its values, so it is " + (closed.contains(name) ? "" : "not ") + "\"enum\"");
            m.put(name, switch (type) {
                case "enum" -> String.join("|", domain.apply(name));
                case "provider" -> String.join("|", PropertyDomains.PROVIDERS);
                default -> type;
            });
        }
        return m;
    }

    // ================================================================ graph model
    /** A date relative to the day the sample is loaded; negative days lie in the past. Never absolute, so the sample does not age. */
    record When(int days) {
        @Override public String toString() { return days < 0 ? "now-" + (-days) + "d" : "now+" + days + "d"; }
        boolean past() { return days < 0; }
        int ago() { return -days; }
    }

    static final class Node {
        final String file, label, id;
        final Map<String, Object> props = new LinkedHashMap<>();
        String team;          // owning team while generating; never written
        boolean generated;    // bulk-generated (eligible for random planting) rather than hand-named
        Node(String file, String label, String id) { this.file = file; this.label = label; this.id = id; }
        Node with(String k, Object v) { if (v == null) props.remove(k); else props.put(k, v); return this; }
        String str(String k) { return (String) props.get(k); }
        When when(String k) { return (When) props.get(k); }
        String key() { return label + ":" + id; }
    }

    record Rel(String file, String type, String from, String to, Map<String, Object> props) {}

    record Planted(String file, String kind, List<String> ids, String why) {}

    static final List<String> FILES = List.of("people.yaml", "identities.yaml", "ai.yaml", "governance.yaml");
    static final String DOMAIN = "@kestrel.example";

    final Random rnd = new Random(20250917L);
    final List<Node> nodes = new ArrayList<>();
    final Map<String, Node> byKey = new HashMap<>();
    final List<Rel> rels = new ArrayList<>();
    final List<Planted> planted = new ArrayList<>();
    final Map<String, Node> named = new LinkedHashMap<>();   // handles for hand-named identities other files refer to
    String file;                                             // file currently being generated

    /** The command that writes the sample, for messages. */
    static final String COMMAND = "./mvnw -q test -Dtest=SampleGeneratorTest -Dsample.regenerate=true";

    /** Writes the sample into {@code <repository root>/importers/samples/kestrel}; the root is the only argument (default: here). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "");
        if (!Files.isDirectory(root.resolve("importers/samples")))
            throw new IllegalStateException("not the repository root: " + root.toAbsolutePath() + "; run " + COMMAND);
        SampleGenerator g = generated(root);
        g.write(root.resolve(SampleFiles.FOLDER));
    }

    /** The sample, generated, validated and checked against its planted problems; catalogs are read under {@code root}. */
    static SampleGenerator generated(Path root) {
        SampleGenerator g = new SampleGenerator(root);
        g.people();
        g.identities();
        g.ai();
        g.governance();
        g.validate();
        g.checkPlanted();
        return g;
    }

    SampleGenerator(Path root) {
        this.catalog = loadCatalog(root.resolve("importers/catalogs"));
    }

    // ================================================================ small helpers
    Node node(String label, String id) {
        Node n = new Node(file, label, id);
        nodes.add(n);
        byKey.putIfAbsent(n.key(), n);   // duplicates are reported by validate()
        return n;
    }

    Node get(String key) {
        Node n = byKey.get(key);
        if (n == null) throw new IllegalStateException("unknown node " + key);
        return n;
    }

    Node human(String local) { return get("Human:" + local + DOMAIN); }
    Node team(String handle) { return Objects.requireNonNull(teams.get(handle), handle); }
    /** "team:<handle>" or a person's e-mail local part. */
    Node owner(String ref) { return ref.startsWith("team:") ? team(ref.substring("team:".length())) : human(ref); }
    List<Node> ofLabel(String label) { return nodes.stream().filter(n -> n.label.equals(label)).toList(); }
    boolean isLeaver(Node n) { return n != null && n.label.equals("Human") && "LEAVER".equals(n.str("status")); }

    /** Endpoints are given as nodes or "Label:id" keys; keys are resolved only by validate(), like the real loader. */
    Rel rel(String type, Object from, Object to, Object... kv) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) if (kv[i + 1] != null) props.put((String) kv[i], kv[i + 1]);
        Rel r = new Rel(file, type, keyOf(from), keyOf(to), props);
        rels.add(r);
        return r;
    }

    static String keyOf(Object o) { return o instanceof Node n ? n.key() : (String) o; }

    void plant(String kind, String why, Node... about) {
        // Entra ids are opaque uuids, so the reason names the identity
        String name = Arrays.stream(about).filter(n -> n.label.equals("NonHumanIdentity") && n.id.startsWith("entra:"))
                .map(n -> n.str("name") + ": ").findFirst().orElse("");
        planted.add(new Planted(file, kind, Arrays.stream(about).map(n -> n.id).toList(), name + why));
    }

    int between(int lo, int hi) { return lo + rnd.nextInt(hi - lo + 1); }
    boolean chance(double p) { return rnd.nextDouble() < p; }
    <T> T pick(List<T> xs) { return xs.get(rnd.nextInt(xs.size())); }
    <T> T pick(T[] xs) { return xs[rnd.nextInt(xs.length)]; }
    static When ago(int days) { return new When(-Math.max(1, days)); }
    static When inDays(int days) { return new When(days == 0 ? 1 : days); }

    String chars(String alphabet, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        return sb.toString();
    }

    String hex(int n) { return chars("0123456789abcdef", n); }

    String uuid() {
        String h = hex(32);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-" + pick(new String[]{"8", "9", "a", "b"})
                + h.substring(17, 20) + "-" + h.substring(20);
    }

    static List<String[]> table(String text) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            String[] cells = t.split("\\|", -1);
            for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
            rows.add(cells);
        }
        return rows;
    }

    /** OWNED_BY with provenance; confidence follows how trustworthy the source usually is. */
    Rel owns(Node thing, Node owner, String role, String source, int sinceDaysAgo) {
        double confidence = switch (source) {
            case "DECLARED" -> 1.0;
            case "SOURCE_OWNER" -> 0.95;
            case "TAG" -> 0.9;
            case "HR" -> 0.8;
            case "CREATOR" -> 0.7;
            default -> pick(new Double[]{0.5, 0.6, 0.7});
        };
        boolean declared = source.equals("DECLARED");
        String attester = owner.label.equals("Human") ? owner.id : leads.get(owner.id).id;
        return rel("OWNED_BY", thing, owner, "role", role, "source", source, "confidence", confidence, "since", ago(sinceDaysAgo),
                "attestedAt", declared ? ago(between(1, Math.min(180, Math.max(1, sinceDaysAgo)))) : null,
                "attestedBy", declared ? attester : null);
    }

    /**
     * Owners of healthy AI systems and agents re-attest within the review cadence, with 10 days to spare: an attestation
     * drawn older than that is mapped into the cadence without another draw.
     */
    static void attestWithin(Rel claim, int cadence) {
        When a = (When) claim.props().get("attestedAt");
        int limit = cadence - 10;
        if (a != null && a.ago() > limit) claim.props().put("attestedAt", ago(1 + (a.ago() - 1) % limit));
    }

    // ================================================================ people.yaml
    /** handle (used in the tables below) | name, whose slug is the team's id | description */
    static final String[][] TEAMS = {
            {"executive", "Executive", "Executive leadership team"},
            {"platform", "Platform", "Cloud accounts, CI/CD, Kubernetes clusters and shared infrastructure"},
            {"ml-platform", "ML Platform", "Model training, serving and feature store infrastructure"},
            {"data-science", "Data Science", "Credit, fraud and customer analytics models"},
            {"risk-compliance", "Risk & Compliance", "Model risk management, KYC/AML and regulatory compliance"},
            {"security", "Security", "Security operations, identity and access management"},
            {"customer-ops", "Customer Ops", "Customer support, contact centre and servicing"},
            {"finance-eng", "Finance Engineering", "Payments, ledger, treasury and statement systems"},
            {"marketing", "Marketing", "Digital marketing and campaigns"}};

    /** The first person listed for a team leads it. Status "LEAVER n" = left n days ago. All names are invented. */
    static final String PEOPLE = """
            # team          | name               | title                                | reports to        | status
            executive       | Ada Okafor         | Chief Executive Officer              | -                 |
            executive       | Tomas Lindqvist    | Chief Technology Officer             | ada.okafor        |
            executive       | Priya Raghunathan  | Chief Risk Officer                   | ada.okafor        |
            executive       | Marcus Feld        | Chief Information Security Officer   | ada.okafor        |
            executive       | Elena Moravec      | Chief Operating Officer              | ada.okafor        |
            executive       | Jonah Whitcombe    | Chief Financial Officer              | ada.okafor        |
            executive       | Sofia Castellano   | Chief Marketing Officer              | ada.okafor        |
            platform        | Henrik Aalto       | Head of Platform Engineering         | tomas.lindqvist   |
            platform        | Amara Nwosu        | Staff Platform Engineer              | henrik.aalto      |
            platform        | Gareth Pennington  | Senior Cloud Engineer                | amara.nwosu       | LEAVER 95
            platform        | Lucia Ferraro      | Site Reliability Engineer            | amara.nwosu       |
            platform        | Kenji Takahashi    | DevOps Engineer                      | henrik.aalto      |
            platform        | Freya Lund         | Kubernetes Platform Engineer         | henrik.aalto      |
            platform        | Omar Haddad        | Cloud Engineer                       | amara.nwosu       |
            ml-platform     | Nadia Karimi       | Head of ML Platform                  | tomas.lindqvist   |
            ml-platform     | Chloe Marchetti    | ML Engineer                          | nadia.karimi      | LEAVER 70
            ml-platform     | Viktor Hallberg    | MLOps Engineer                       | nadia.karimi      |
            ml-platform     | Aisha Bello        | ML Engineer                          | nadia.karimi      |
            ml-platform     | Patrick Doyle      | Senior MLOps Engineer                | nadia.karimi      |
            data-science    | Oluwaseun Adeyemi  | Head of Data Science                 | tomas.lindqvist   |
            data-science    | Yusuf Demir        | Lead Data Scientist, Fraud           | oluwaseun.adeyemi | LEAVER 40
            data-science    | Hannah Kowalski    | Senior Data Scientist, Credit        | oluwaseun.adeyemi |
            data-science    | Ravi Menon         | Data Scientist                       | hannah.kowalski   |
            data-science    | Julia Brandt       | Data Scientist                       | oluwaseun.adeyemi |
            data-science    | Tobias Engel       | Machine Learning Scientist           | hannah.kowalski   |
            risk-compliance | Grace Whitfield    | Head of Model Risk and Compliance    | priya.raghunathan |
            risk-compliance | Samuel Osei        | Model Risk Analyst                   | grace.whitfield   |
            risk-compliance | Leila Farahani     | KYC Operations Lead                  | grace.whitfield   |
            risk-compliance | Martin Novak       | AML Compliance Analyst               | leila.farahani    |
            risk-compliance | Beatriz Santos     | Credit Risk Analyst                  | grace.whitfield   |
            risk-compliance | Daniel Fischer     | AI Governance Officer                | grace.whitfield   |
            security        | Ines Duarte        | Head of Security Operations          | marcus.feld       |
            security        | Arjun Patel        | IAM Engineer                         | ines.duarte       |
            security        | Nora Lindgren      | Security Engineer                    | ines.duarte       |
            security        | Felix Wagner       | Cloud Security Engineer              | ines.duarte       |
            security        | Zainab Hussain     | Security Analyst                     | nora.lindgren     |
            customer-ops    | Callum Reid        | Head of Customer Operations          | elena.moravec     |
            customer-ops    | Bram de Vries      | Support Specialist                   | callum.reid       | SUSPENDED
            customer-ops    | Sienna Clarke      | Customer Support Team Lead           | callum.reid       |
            customer-ops    | Mateo Alvarez      | Fraud Operations Analyst             | callum.reid       |
            customer-ops    | Yara Mansour       | Complaints Manager                   | callum.reid       |
            finance-eng     | Mei-Lin Zhou       | Head of Finance Engineering          | jonah.whitcombe   |
            finance-eng     | Connor Walsh       | Senior Payments Engineer             | mei-lin.zhou      |
            finance-eng     | Fatima Rahman      | Ledger Engineer                      | mei-lin.zhou      |
            finance-eng     | Pieter Janssen     | Treasury Systems Engineer            | connor.walsh      |
            finance-eng     | Ana Ribeiro        | Payments Engineer                    | connor.walsh      |
            finance-eng     | Lukas Meyer        | Reconciliation Engineer              | connor.walsh      |
            marketing       | Rafael Ortega      | Head of Digital Marketing            | sofia.castellano  |
            marketing       | Emily Hartmann     | Content Marketing Manager            | rafael.ortega     |
            marketing       | Kwame Asante       | Marketing Technologist               | rafael.ortega     |
            """;

    final Map<String, Node> teams = new LinkedHashMap<>();   // handle -> team
    final Map<String, Node> leads = new LinkedHashMap<>();   // team id -> lead

    void people() {
        file = "people.yaml";
        Map<String, String> teamNames = new HashMap<>();
        for (String[] t : TEAMS) {
            teams.put(t[0], node("Team", People.teamId(t[1])).with("name", t[1]).with("description", t[2]));
            teamNames.put(t[0], t[1]);
        }
        for (String[] row : table(PEOPLE)) {
            String email = row[1].toLowerCase().replace(' ', '.') + DOMAIN;
            String[] status = row[4].isEmpty() ? new String[]{"ACTIVE"} : row[4].split(" ");
            Node h = node("Human", email).with("name", row[1]).with("email", email).with("status", status[0])
                    .with("leftAt", status[0].equals("LEAVER") ? ago(Integer.parseInt(status[1])) : null)
                    .with("title", row[2]).with("department", teamNames.get(row[0]));
            h.team = row[0];
            rel("MEMBER_OF", h, team(row[0]));
            if (!row[3].equals("-")) rel("REPORTS_TO", h, "Human:" + row[3] + DOMAIN);
            leads.putIfAbsent(team(row[0]).id, h);
        }
        leads.forEach((teamId, lead) -> rel("LED_BY", "Team:" + teamId, lead));
    }

    /** Only ACTIVE people are picked as owners, so every ownership problem in the sample is a planted one. */
    List<Node> activeHumans(String team) {
        return ofLabel("Human").stream().filter(h -> team.equals(h.team) && h.str("status").equals("ACTIVE")).toList();
    }

    // ================================================================ identities.yaml
    static final String PROD = "111122223333", STAGING = "444455556666", SHARED = "777788889999";
    static final String TENANT = "7d2c4e1a-5b8f-4c3d-9e6a-1f0b2c3d4e5f";
    static final String[] CLUSTERS = {"prod-eu-1", "prod-us-1"};

    /** Business domain -> owning team and Kubernetes namespace; generated names use these so ownership is plausible. */
    static final String[][] DOMAINS = {
            {"payments", "finance-eng", "payments-prod"}, {"ledger", "finance-eng", "ledger-prod"},
            {"treasury", "finance-eng", "ledger-prod"}, {"statements", "finance-eng", "payments-prod"},
            {"cards", "finance-eng", "payments-prod"}, {"loans", "finance-eng", "ledger-prod"},
            {"fraud", "data-science", "risk-prod"}, {"credit", "data-science", "risk-prod"},
            {"features", "ml-platform", "ml-serving"}, {"inference", "ml-platform", "ml-serving"},
            {"training", "ml-platform", "ml-serving"}, {"kyc", "risk-compliance", "kyc-prod"},
            {"aml", "risk-compliance", "kyc-prod"}, {"regreporting", "risk-compliance", "data-pipelines"},
            {"platform", "platform", "platform-system"}, {"observability", "platform", "monitoring"},
            {"backup", "platform", "platform-system"}, {"secops", "security", "security"},
            {"audit", "security", "security"}, {"crm", "customer-ops", "customer-prod"},
            {"notifications", "customer-ops", "customer-prod"}, {"support", "customer-ops", "customer-prod"},
            {"campaigns", "marketing", "customer-prod"}, {"cms", "marketing", "customer-prod"}};
    static final String[] VERBS = {"reconcile", "ingest", "export", "notify", "sync", "archive", "validate", "enrich",
            "dispatch", "cleanup", "aggregate", "publish"};
    static final String[] SERVICES = {"api", "worker", "consumer", "scheduler", "gateway", "processor", "exporter", "sync"};

    void identities() {
        file = "identities.yaml";
        awsIdentities();
        entraIdentities();
        kubernetesIdentities();
        githubIdentities();
        humanAccounts();
        policiesAndGroups();
        roleTrust();
        derivePrivilege();
        credentials();
        Set<Node> handled = plantIdentityProblems();
        for (Node n : ofLabel("NonHumanIdentity")) if (!handled.contains(n)) claimOwnership(n);
    }

    /** Hand-named identities are active and in use; bulk ones get varied age, usage and status via vary(). */
    Node identity(String label, String id, String name, String provider, String kind, String account, String team, String description) {
        Node n = node(label, id).with("name", name).with("provider", provider).with("kind", kind).with("account", account)
                .with("createdAt", ago(between(200, 1095))).with("lastUsedAt", ago(between(1, 7))).with("privileged", false)
                .with("status", "ACTIVE").with("description", description);
        n.team = team;
        return n;
    }

    Node vary(Node n) {
        if (n == null) return null;
        int created = between(3, 1095);
        double r = rnd.nextDouble();
        int used = r < 0.70 ? between(1, 14) : r < 0.85 ? between(15, 180) : r < 0.95 ? between(181, 700) : -1;
        double s = rnd.nextDouble();
        n.generated = true;
        return n.with("createdAt", ago(created)).with("lastUsedAt", used < 0 ? null : ago(Math.min(used, created)))
                .with("status", s < 0.05 ? "DISABLED" : s < 0.07 ? "DELETED" : "ACTIVE");
    }

    Node named(String handle, Node n) { named.put(handle, n); return n; }

    long count(String provider) { return ofLabel("NonHumanIdentity").stream().filter(n -> n.str("provider").equals(provider)).count(); }

    Node aws(String account, String type, String path, String name, String team, String description) {
        String id = "arn:aws:iam::" + account + ":" + type + "/" + path + name;
        if (byKey.containsKey("NonHumanIdentity:" + id)) return null;
        return identity("NonHumanIdentity", id, name, "aws", type.equals("role") ? "IAM_ROLE" : "IAM_USER", account, team, description);
    }

    void awsIdentities() {
        Map<String, String> alias = Map.of(PROD, "prod", STAGING, "staging", SHARED, "shared");
        for (String a : List.of(PROD, STAGING, SHARED)) {
            named("org-access-" + alias.get(a), aws(a, "role", "", "OrganizationAccountAccessRole", "platform", "Administrator role created by AWS Organizations for account bootstrap"));
            named("terraform-apply-" + alias.get(a), aws(a, "role", "", "terraform-apply", "platform", "Applies reviewed Terraform plans from the infrastructure pipeline"));
            named("security-audit-" + alias.get(a), aws(a, "role", "", "security-audit", "security", "Read-only audit role assumed by the security scanner"));
        }
        named("ci-deploy-prod", aws(PROD, "role", "", "ci-deploy", "platform", "Deploys application releases from CI into production"));
        named("ci-deploy-staging", aws(STAGING, "role", "", "ci-deploy", "platform", "Deploys application releases from CI into staging"));
        named("github-actions-oidc", aws(SHARED, "role", "ci/", "github-actions-oidc", "platform", "Entry role for GitHub Actions via OIDC federation"));
        named("terraform-runner", aws(SHARED, "role", "ci/", "terraform-runner", "platform", "Runs Terraform plans for all accounts"));
        named("secops-scanner", aws(SHARED, "role", "security/", "secops-scanner", "security", "Runs the cloud security posture scanner"));
        named("data-platform-airflow", aws(SHARED, "role", "app/", "data-platform-airflow", "ml-platform", "Airflow workers orchestrating data pipelines"));
        named("break-glass-admin", aws(PROD, "role", "", "break-glass-admin", "security", "Emergency administrator access; every use raises an alarm"));
        named("iam-key-rotator", aws(PROD, "role", "service-role/", "iam-key-rotator", "security", "Rotates IAM access keys of service users"));
        named("lambda-payments-reconcile", aws(PROD, "role", "service-role/", "lambda-payments-reconcile", "finance-eng", "Reconciles card settlements against the ledger nightly"));
        // identities the AI agents act as
        named("sagemaker-credit-features", aws(PROD, "role", "service-role/", "sagemaker-credit-features", "data-science", "Builds credit scoring features in SageMaker pipelines"));
        named("ecs-kyc-sanctions-screener", aws(PROD, "role", "app/", "ecs-kyc-sanctions-screener", "risk-compliance", "Sanctions screening service task role"));
        named("lambda-fraud-alert-triage", aws(PROD, "role", "service-role/", "lambda-fraud-alert-triage", "data-science", "Triages fraud alerts and drafts analyst notes"));
        named("ecs-support-refund-helper", aws(PROD, "role", "app/", "ecs-support-refund-helper", "customer-ops", "Prepares refund proposals for support agents"));
        named("ecs-campaigns-copywriter", aws(STAGING, "role", "app/", "ecs-campaigns-copywriter", "marketing", "Generates campaign copy drafts"));
        // planted: privileged but nobody owns them
        named("temp-admin-migration", aws(PROD, "role", "", "temp-admin-migration", "platform", "Temporary admin role left over from the data centre migration"));
        named("svc-legacy-admin-automation", aws(STAGING, "user", "", "svc-legacy-admin-automation", "platform", "Legacy automation user with administrator access"));
        // planted: holders of problem credentials
        named("svc-legacy-ftp-sync", aws(PROD, "user", "", "svc-legacy-ftp-sync", "finance-eng", "Pushes statement files to the print partner over SFTP"));
        named("svc-regreporting-export", aws(SHARED, "user", "", "svc-regreporting-export", "risk-compliance", "Exports regulatory reports to the supervisor portal"));
        named("svc-cards-partner-api", aws(PROD, "user", "", "svc-cards-partner-api", "finance-eng", "Calls the card processor partner API"));

        // bulk workload roles; production holds most of them
        String[] accounts = {PROD, PROD, PROD, STAGING, STAGING, SHARED};
        while (count("aws") < 255) {
            String[] d = pick(DOMAINS);
            String verb = pick(VERBS), svc = pick(SERVICES), acct = pick(accounts);
            switch (rnd.nextInt(8)) {
                case 0, 1 -> vary(aws(acct, "role", "service-role/", "lambda-" + d[0] + "-" + verb, d[1], "Lambda execution role for " + d[0] + " " + verb));
                case 2, 3 -> vary(aws(acct, "role", "app/", "ecs-" + d[0] + "-" + svc, d[1], "ECS task role for the " + d[0] + " " + svc));
                case 4 -> vary(aws(acct, "role", "service-role/", "glue-" + d[0] + "-" + verb, d[1], "Glue job role for " + d[0] + " " + verb));
                case 5 -> vary(aws(acct, "role", "service-role/", "stepfn-" + d[0] + "-" + verb, d[1], "Step Functions role for " + d[0] + " " + verb));
                case 6 -> vary(aws(acct, "role", "ci/", "ci-deploy-" + d[0] + "-" + svc, d[1], "Pipeline deploy role for the " + d[0] + " " + svc));
                default -> vary(aws(acct, "role", "access/", d[0] + "-" + svc + "-readonly", d[1], "Read-only support access to the " + d[0] + " " + svc));
            }
        }
        // service IAM users: the long-lived access-key population
        String[] purposes = {"sftp", "export", "integration", "batch", "reporting", "smtp", "partner-api"};
        while (count("aws") < 300) {
            String[] d = pick(DOMAINS);
            String p = pick(purposes);
            vary(aws(pick(accounts), "user", "", "svc-" + d[0] + "-" + p, d[1], "Service user for " + d[0] + " " + p));
        }
    }

    final Set<String> entraNames = new HashSet<>();

    Node entra(String name, String kind, String team, String description) {
        if (!entraNames.add(name)) return null;
        return identity("NonHumanIdentity", "entra:" + uuid(), name, "entra", kind, TENANT, team, description);
    }

    void entraIdentities() {
        String[][] fixed = {
                {"sp-ledger-sync", "SERVICE_PRINCIPAL", "finance-eng", "Synchronises ledger balances to the data warehouse"},
                {"sp-entra-provisioning", "SERVICE_PRINCIPAL", "security", "Provisions users and groups from the HR system"},
                {"sp-identity-governance-sync", "SERVICE_PRINCIPAL", "security", "Synchronises access packages and access reviews"},
                {"sp-kyc-docreview", "SERVICE_PRINCIPAL", "risk-compliance", "Papyrus Vision document review service in the Kestrel tenant"},
                {"sp-support-ticket-router", "SERVICE_PRINCIPAL", "customer-ops", "Routes incoming support tickets to queues"},
                {"sp-tenant-migration-legacy", "SERVICE_PRINCIPAL", "security", "Left over from the tenant consolidation project"},
                {"app-code-assistant-gateway", "APPLICATION", "ml-platform", "Gateway between IDE plugins and the code assistant vendor"},
                {"app-treasury-sync", "APPLICATION", "finance-eng", "Pulls treasury positions from the bank portal"},
                {"app-swift-gateway", "APPLICATION", "finance-eng", "Authenticates to the payment messaging gateway"},
                {"app-payments-hub", "APPLICATION", "finance-eng", "Payments hub API registration"},
                {"app-crm-connector", "APPLICATION", "customer-ops", "Connects the CRM to customer master data"},
                {"app-statements-portal", "APPLICATION", "finance-eng", "Customer statements portal"},
                {"app-legacy-fax-gateway", "APPLICATION", "customer-ops", "Inbound fax to ticket bridge"},
                {"app-loans-portal", "APPLICATION", "finance-eng", "Loan servicing portal"}};
        for (String[] f : fixed) named(f[0], entra(f[0], f[1], f[2], f[3]));
        String[] appKinds = {"api", "portal", "sync", "connector", "automation", "webhook", "reporting", "integration"};
        String[] miKinds = {"func", "aks", "vm", "logicapp", "datafactory", "automation"};
        while (count("entra") < 70) { String[] d = pick(DOMAINS); String k = pick(appKinds); vary(entra("app-" + d[0] + "-" + k, "APPLICATION", d[1], "App registration for " + d[0] + " " + k)); }
        while (count("entra") < 140) { String[] d = pick(DOMAINS); String k = pick(appKinds); vary(entra("sp-" + d[0] + "-" + k, "SERVICE_PRINCIPAL", d[1], "Service principal for " + d[0] + " " + k)); }
        while (count("entra") < 180) { String[] d = pick(DOMAINS); String k = pick(miKinds); vary(entra("mi-" + d[0] + "-" + k, "MANAGED_IDENTITY", d[1], "Managed identity of the " + d[0] + " " + k)); }
    }

    Node k8s(String cluster, String ns, String sa, String team, String description) {
        String id = "k8s:" + cluster + ":" + ns + ":" + sa;
        if (byKey.containsKey("NonHumanIdentity:" + id)) return null;
        return identity("NonHumanIdentity", id, sa, "kubernetes", "SERVICE_ACCOUNT", cluster, team, description);
    }

    void kubernetesIdentities() {
        for (String c : CLUSTERS) {
            String region = c.substring(5, 7);
            named("fraud-scorer-" + region, k8s(c, "risk-prod", "fraud-scorer", "data-science", "Real-time card fraud scoring service"));
            named("argocd-" + region, k8s(c, "argocd", "argocd-application-controller", "platform", "GitOps controller that applies all workloads"));
            k8s(c, "monitoring", "prometheus", "platform", "Metrics scraper");
            k8s(c, "platform-system", "external-secrets", "platform", "Syncs secrets from the vault into the cluster");
        }
        named("credit-explainer", k8s("prod-eu-1", "risk-prod", "credit-explainer", "data-science", "Generates reason codes and explanations for credit decisions"));
        named("support-assistant", k8s("prod-eu-1", "customer-prod", "support-assistant", "customer-ops", "Customer support chat assistant backend"));
        named("legacy-deployer", k8s("prod-us-1", "kube-system", "legacy-deployer", "platform", "Pre-GitOps deployment account, cluster-admin"));
        named("ledger-exporter", k8s("prod-us-1", "ledger-prod", "ledger-exporter", "finance-eng", "Exports ledger snapshots"));
        String[] suffixes = {"api", "worker", "scorer", "consumer", "sync", "cron", "exporter", "gateway", "publisher", "controller"};
        while (count("kubernetes") < 120) {
            String[] d = pick(DOMAINS);
            String s = pick(suffixes);
            vary(k8s(pick(CLUSTERS), d[2], d[0] + "-" + s, d[1], "Workload " + d[0] + " " + s));
        }
    }

    void githubIdentities() {
        String[][] apps = {
                {"kestrel-ci-runner", "APPLICATION", "platform", "Runs CI workflows and requests OIDC tokens"},
                {"kestrel-release-bot", "BOT", "platform", "Tags releases and writes changelogs"},
                {"kestrel-terraform-bot", "BOT", "platform", "Comments Terraform plans on pull requests"},
                {"kestrel-docs-publisher", "APPLICATION", "platform", "Publishes internal documentation"},
                {"kestrel-code-review-bot", "APPLICATION", "ml-platform", "AI code review comments on pull requests"},
                {"kestrel-pr-writer", "APPLICATION", "ml-platform", "Drafts pull request descriptions"},
                {"kestrel-backport-bot", "BOT", "platform", "Backports fixes to release branches"}};
        for (String[] a : apps)
            named(a[0], identity("NonHumanIdentity", "github:app:" + a[0], a[0], "github", a[1], "kestrel-financial", a[2], a[3]));
    }

    /** People's own logins; they are accounted for through BELONGS_TO, not OWNED_BY. */
    void humanAccounts() {
        for (String p : List.of("henrik.aalto", "amara.nwosu", "kenji.takahashi", "ines.duarte", "arjun.patel", "felix.wagner")) {
            Node a = named("iam:" + p, identity("HumanAccount", "arn:aws:iam::" + PROD + ":user/" + p, p, "aws", "IAM_USER", PROD, null,
                    "Personal IAM user kept from before single sign-on"));
            rel("BELONGS_TO", a, human(p));
        }
        for (String p : List.of("ines.duarte", "arjun.patel", "nora.lindgren", "henrik.aalto", "freya.lund", "callum.reid")) {
            Node a = named("adm:" + p, identity("HumanAccount", "entra:" + uuid(), "adm-" + p + DOMAIN, "entra", "USER_ACCOUNT", TENANT, null,
                    "Separate administrator account"));
            rel("BELONGS_TO", a, human(p));
        }
    }

    static final String POLICIES = """
            # id                                                              | privileged | actions
            arn:aws:iam::aws:policy/AdministratorAccess                       | true  | *
            arn:aws:iam::aws:policy/PowerUserAccess                           | true  | ec2:* s3:* lambda:* dynamodb:* sqs:*
            arn:aws:iam::aws:policy/IAMFullAccess                             | true  | iam:*
            arn:aws:iam::aws:policy/ReadOnlyAccess                            | false | ec2:Describe* s3:Get* s3:List* iam:Get* iam:List*
            arn:aws:iam::aws:policy/SecurityAudit                             | false | iam:GenerateCredentialReport iam:Get* iam:List* cloudtrail:DescribeTrails
            arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess                    | false | s3:GetObject s3:ListBucket
            arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole  | false | logs:CreateLogGroup logs:CreateLogStream logs:PutLogEvents
            arn:aws:iam::aws:policy/AmazonSageMakerFullAccess                 | false | sagemaker:* s3:GetObject s3:PutObject
            arn:aws:iam::111122223333:policy/payments-ledger-rw               | false | dynamodb:GetItem dynamodb:PutItem dynamodb:Query
            arn:aws:iam::111122223333:policy/statements-s3-export             | false | s3:PutObject s3:GetObject
            arn:aws:iam::111122223333:policy/kms-decrypt-app-keys             | false | kms:Decrypt
            arn:aws:iam::111122223333:policy/ses-send-notifications           | false | ses:SendEmail ses:SendRawEmail
            arn:aws:iam::111122223333:policy/secrets-read-app                 | false | secretsmanager:GetSecretValue
            arn:aws:iam::777788889999:policy/ci-deploy-cross-account          | false | sts:AssumeRole
            arn:aws:iam::777788889999:policy/data-lake-read                   | false | s3:GetObject s3:ListBucket glue:GetTable glue:GetPartitions
            graph:RoleManagement.ReadWrite.Directory                          | true  | RoleManagement.ReadWrite.Directory
            graph:Application.ReadWrite.All                                   | true  | Application.ReadWrite.All
            graph:Directory.ReadWrite.All                                     | true  | Directory.ReadWrite.All
            graph:User.Read.All                                               | false | User.Read.All
            graph:Mail.Send                                                   | false | Mail.Send
            graph:Group.Read.All                                              | false | Group.Read.All
            graph:Sites.Read.All                                              | false | Sites.Read.All
            graph:Files.Read.All                                              | false | Files.Read.All
            """;

    /** Object id of the Microsoft Graph service principal in Kestrel's tenant: the resource of the Graph app roles. */
    static final String GRAPH_RESOURCE = "3f8a1c2e-6b4d-4e9f-8a7b-2c1d0e9f8a6b";
    /** Microsoft Graph application permissions (app roles) by value, with Microsoft's app role ids. */
    static final Map<String, String> GRAPH_APP_ROLES = Map.of(
            "RoleManagement.ReadWrite.Directory", "9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8",
            "Application.ReadWrite.All", "1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9",
            "Directory.ReadWrite.All", "19dbc75e-c2e2-444c-a770-ec69d8559fc7",
            "User.Read.All", "df021288-bdef-4463-88db-98f22de89214",
            "Mail.Send", "b633e1c5-b582-4048-a93e-9f11b44c7e96",
            "Group.Read.All", "5b567255-7703-4780-807c-7be8301ae99b",
            "Sites.Read.All", "332a536c-c7ef-4017-ab91-336970924f0d",
            "Files.Read.All", "01d4889c-1287-42c6-ac1f-5d1e02578ef6");

    /** A Policy id as the Entra importer writes it for an app role assignment: entra:approle:<resource id>:<app role id>. */
    /** The id of a row of the tables above: an ARN as it is, graph:<permission> as its app role. */
    static String policyId(String row) {
        return row.startsWith("graph:") ? graphRole(row.substring("graph:".length())) : row;
    }

    static String graphRole(String permission) {
        return "entra:approle:" + GRAPH_RESOURCE + ":" + Objects.requireNonNull(GRAPH_APP_ROLES.get(permission), permission);
    }

    /** Kubernetes roles the sample grants: name -> privileged, actions. Policies are per cluster (and per namespace for a Role). */
    static final Map<String, String[]> K8S_ROLES = Map.of(
            "cluster-admin", new String[]{"true", "*"},
            "view", new String[]{"false", "get list watch"},
            "configmap-reader", new String[]{"false", "configmaps:get configmaps:list"});

    /**
     * "Policy:<id>" of a ClusterRole (k8s:<cluster>:clusterrole:<name>) or, for a namespaced Role, of the role in the
     * service account's namespace (k8s:<cluster>:role:<namespace>:<name>), as the Kubernetes importer keys them.
     */
    String k8sPolicy(Node serviceAccount, boolean clusterRole, String name) {
        String cluster = serviceAccount.str("account"), namespace = serviceAccount.id.split(":")[2];
        String id = "k8s:" + cluster + (clusterRole ? ":clusterrole:" : ":role:" + namespace + ":") + name;
        if (!byKey.containsKey("Policy:" + id))
            node("Policy", id).with("name", name).with("provider", "kubernetes").with("privileged", Boolean.parseBoolean(K8S_ROLES.get(name)[0]))
                    .with("actions", List.of(K8S_ROLES.get(name)[1].split(" ")));
        return "Policy:" + id;
    }

    static final String GROUPS = """
            # AWS account or "entra" | name               | policy
            111122223333             | Admins             | arn:aws:iam::aws:policy/AdministratorAccess
            111122223333             | Developers         | arn:aws:iam::aws:policy/PowerUserAccess
            111122223333             | ReadOnly           | arn:aws:iam::aws:policy/ReadOnlyAccess
            111122223333             | sftp-users         | arn:aws:iam::111122223333:policy/statements-s3-export
            444455556666             | svc-batch-users    | arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
            777788889999             | ci-users           | arn:aws:iam::777788889999:policy/ci-deploy-cross-account
            777788889999             | reporting-users    | arn:aws:iam::777788889999:policy/data-lake-read
            entra                    | grp-cloud-admins   | graph:RoleManagement.ReadWrite.Directory
            entra                    | grp-app-automation | graph:User.Read.All
            entra                    | grp-graph-readers  | graph:User.Read.All
            entra                    | grp-mail-senders   | graph:Mail.Send
            entra                    | grp-sites-readers  | graph:Sites.Read.All
            entra                    | grp-finance-apps   | graph:Files.Read.All
            entra                    | grp-ml-workloads   | graph:Files.Read.All
            entra                    | grp-aks-deployers  | graph:Group.Read.All
            """;

    static final String ADMIN = "Policy:arn:aws:iam::aws:policy/AdministratorAccess";

    void policiesAndGroups() {
        for (String[] p : table(POLICIES)) {
            boolean graph = p[0].startsWith("graph:");
            String name = graph ? p[0].substring("graph:".length()) : p[0].substring(p[0].lastIndexOf('/') + 1);
            node("Policy", policyId(p[0])).with("name", name).with("provider", graph ? "entra" : "aws").with("privileged", Boolean.parseBoolean(p[1]))
                    .with("actions", List.of(p[2].split(" ")));
        }
        Map<String, Node> groups = new LinkedHashMap<>();
        for (String[] g : table(GROUPS)) {
            boolean entra = g[0].equals("entra");
            Node group = node("Group", entra ? "entra:" + uuid() : "arn:aws:iam::" + g[0] + ":group/" + g[1]).with("name", g[1]).with("provider", entra ? "entra" : "aws");
            group.team = g[0];   // account, so AWS users only join groups of their own account
            groups.put(g[1], group);
            rel("HAS_POLICY", group, "Policy:" + policyId(g[2]));
        }
        // people's accounts: a few administrators, the rest read-only
        for (String[] m : new String[][]{{"iam:henrik.aalto", "Admins"}, {"iam:ines.duarte", "Admins"}, {"iam:amara.nwosu", "Developers"},
                {"iam:kenji.takahashi", "Developers"}, {"iam:arjun.patel", "ReadOnly"}, {"iam:felix.wagner", "ReadOnly"},
                {"adm:ines.duarte", "grp-cloud-admins"}, {"adm:arjun.patel", "grp-cloud-admins"}, {"adm:nora.lindgren", "grp-graph-readers"},
                {"adm:henrik.aalto", "grp-aks-deployers"}, {"adm:freya.lund", "grp-aks-deployers"}, {"adm:callum.reid", "grp-mail-senders"}})
            rel("MEMBER_OF", named.get(m[0]), groups.get(m[1]));

        // hand-picked privileged grants; everything generated below gets only non-privileged policies
        for (String h : List.of("org-access-prod", "org-access-staging", "org-access-shared", "terraform-apply-prod", "terraform-apply-staging",
                "terraform-apply-shared", "break-glass-admin", "temp-admin-migration", "svc-legacy-admin-automation"))
            rel("HAS_POLICY", named.get(h), ADMIN);
        for (String h : List.of("ci-deploy-prod", "ci-deploy-staging")) rel("HAS_POLICY", named.get(h), "Policy:arn:aws:iam::aws:policy/PowerUserAccess");
        rel("HAS_POLICY", named.get("iam-key-rotator"), "Policy:arn:aws:iam::aws:policy/IAMFullAccess");
        for (String h : List.of("sp-entra-provisioning", "sp-tenant-migration-legacy")) rel("HAS_POLICY", named.get(h), "Policy:" + graphRole("Directory.ReadWrite.All"));
        rel("HAS_POLICY", named.get("sp-identity-governance-sync"), "Policy:" + graphRole("Application.ReadWrite.All"));
        for (String h : List.of("argocd-eu", "argocd-us", "legacy-deployer")) rel("HAS_POLICY", named.get(h), k8sPolicy(named.get(h), true, "cluster-admin"));
        for (String a : List.of("prod", "staging", "shared")) {
            rel("HAS_POLICY", named.get("security-audit-" + a), "Policy:arn:aws:iam::aws:policy/SecurityAudit");
            rel("HAS_POLICY", named.get("security-audit-" + a), "Policy:arn:aws:iam::aws:policy/ReadOnlyAccess");
        }
        for (String h : List.of("github-actions-oidc", "terraform-runner", "secops-scanner"))
            rel("HAS_POLICY", named.get(h), "Policy:arn:aws:iam::777788889999:policy/ci-deploy-cross-account");
        rel("HAS_POLICY", named.get("data-platform-airflow"), "Policy:arn:aws:iam::777788889999:policy/data-lake-read");

        Set<Node> handPicked = new HashSet<>(named.values());
        List<String> entraPerms = Stream.of("User.Read.All", "Mail.Send", "Sites.Read.All", "Files.Read.All").map(p -> "Policy:" + graphRole(p)).toList();
        List<Node> entraGroups = groups.values().stream().filter(g -> g.str("provider").equals("entra") && !g.str("name").equals("grp-cloud-admins")).toList();
        for (Node n : ofLabel("NonHumanIdentity")) {
            if (handPicked.contains(n) && rels.stream().anyMatch(r -> r.type().equals("HAS_POLICY") && r.from().equals(n.key()))) continue;
            String kind = n.str("kind");
            switch (n.str("provider")) {
                case "aws" -> {
                    String acct = n.str("account");
                    List<String> pool = new ArrayList<>(ofLabel("Policy").stream().filter(p -> p.id.startsWith("arn:aws:iam::" + acct + ":")).map(Node::key).toList());
                    pool.add("Policy:arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
                    Set<String> chosen = new LinkedHashSet<>();
                    if (n.str("name").startsWith("lambda-")) chosen.add("Policy:arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
                    if (n.str("name").endsWith("-readonly")) chosen.add("Policy:arn:aws:iam::aws:policy/ReadOnlyAccess");
                    if (n.str("name").startsWith("sagemaker-")) chosen.add("Policy:arn:aws:iam::aws:policy/AmazonSageMakerFullAccess");
                    int extra = between(1, 2);
                    for (int i = 0; i < extra; i++) chosen.add(pick(pool));
                    chosen.forEach(p -> rel("HAS_POLICY", n, p));
                    List<Node> own = groups.values().stream().filter(g -> acct.equals(g.team) && !Set.of("Admins", "Developers", "ReadOnly").contains(g.str("name"))).toList();
                    if (kind.equals("IAM_USER") && !own.isEmpty() && chance(0.7)) rel("MEMBER_OF", n, pick(own));
                }
                case "entra" -> {
                    if (kind.equals("APPLICATION")) break;   // permissions are granted to the service principal, not the app object
                    Set<String> chosen = new LinkedHashSet<>();
                    int k = between(1, 2);
                    for (int i = 0; i < k; i++) chosen.add(pick(entraPerms));
                    chosen.forEach(p -> rel("HAS_POLICY", n, p));
                    if (chance(0.35)) rel("MEMBER_OF", n, pick(entraGroups));
                }
                case "kubernetes" -> {
                    double r = rnd.nextDouble();
                    if (r < 0.6) rel("HAS_POLICY", n, k8sPolicy(n, false, "configmap-reader"));
                    else if (r < 0.9) rel("HAS_POLICY", n, k8sPolicy(n, true, "view"));
                }
                default -> { }
            }
        }
    }

    /** Cross-account trust between AWS roles: CI and scanners hop from the shared account into workload accounts. */
    void roleTrust() {
        for (String[] t : new String[][]{{"github-actions-oidc", "ci-deploy-prod"}, {"github-actions-oidc", "ci-deploy-staging"},
                {"terraform-runner", "terraform-apply-prod"}, {"terraform-runner", "terraform-apply-staging"}, {"terraform-runner", "terraform-apply-shared"},
                {"secops-scanner", "security-audit-prod"}, {"secops-scanner", "security-audit-staging"}, {"secops-scanner", "security-audit-shared"},
                {"iam:henrik.aalto", "break-glass-admin"}, {"iam:ines.duarte", "break-glass-admin"}, {"iam:amara.nwosu", "org-access-staging"}})
            rel("CAN_ASSUME", named.get(t[0]), named.get(t[1]));
        List<Node> prodRoles = ofLabel("NonHumanIdentity").stream().filter(n -> n.generated && n.str("account").equals(PROD) && n.str("kind").equals("IAM_ROLE")).toList();
        List<Node> deployRoles = prodRoles.stream().filter(n -> n.str("name").startsWith("ci-deploy-")).limit(4).toList();
        deployRoles.forEach(d -> rel("CAN_ASSUME", named.get("ci-deploy-prod"), d));
        List<Node> glue = prodRoles.stream().filter(n -> n.str("name").startsWith("glue-")).limit(2).toList();
        glue.forEach(g -> rel("CAN_ASSUME", named.get("data-platform-airflow"), g));
        List<Node> ecs = prodRoles.stream().filter(n -> n.str("name").startsWith("ecs-")).limit(3).toList();
        List<Node> readonly = prodRoles.stream().filter(n -> n.str("name").endsWith("-readonly")).limit(3).toList();
        for (int i = 0; i < Math.min(ecs.size(), readonly.size()); i++) rel("CAN_ASSUME", ecs.get(i), readonly.get(i));
    }

    /** privileged = a privileged policy directly or through a group. */
    void derivePrivilege() {
        Set<String> priv = ofLabel("Policy").stream().filter(p -> (Boolean) p.props.get("privileged")).map(Node::key).collect(Collectors.toSet());
        Set<String> privGroups = rels.stream().filter(r -> r.type().equals("HAS_POLICY") && r.from().startsWith("Group:") && priv.contains(r.to())).map(Rel::from).collect(Collectors.toSet());
        for (Rel r : rels)
            if ((r.type().equals("HAS_POLICY") && priv.contains(r.to())) || (r.type().equals("MEMBER_OF") && privGroups.contains(r.to())))
                if (byKey.get(r.from()).label.endsWith("Account") || byKey.get(r.from()).label.equals("NonHumanIdentity")) byKey.get(r.from()).with("privileged", true);
    }

    /**
     * Adds a credential; keeps the holder consistent (created before its credential, used at least as recently).
     * expires: signed days from now or null (never); rotated/used: days ago or null.
     */
    Node credential(Node holder, String id, String name, String kind, String status, int created, Integer expires, Integer rotated, Integer used) {
        Node c = node("Credential", id).with("name", name).with("kind", kind).with("createdAt", ago(created))
                .with("expiresAt", expires == null ? null : inDays(expires)).with("lastRotatedAt", rotated == null ? null : ago(rotated))
                .with("lastUsedAt", used == null ? null : ago(used)).with("status", status);
        rel("HAS_CREDENTIAL", holder, c);
        if (holder.when("createdAt").ago() < created) holder.with("createdAt", ago(created + between(1, 30)));
        When last = holder.when("lastUsedAt");
        if (used != null && "ACTIVE".equals(status) && (last == null || last.ago() > used)) holder.with("lastUsedAt", ago(used));
        return c;
    }

    /**
     * A credential that passes every hygiene rule: rotated within 85 days (stale after 90), expiring in the future where
     * it can expire, used within the last 45 days. The ages are drawn exactly as they always were, so the rest of the
     * sample does not shift; a drawn age beyond 85 days becomes a rotation within 85 days, derived without another draw.
     */
    Node healthy(Node holder, String id, String name, String kind) {
        int created;
        Integer life = null, rotated = null;
        switch (kind) {
            case "CLIENT_SECRET", "CERTIFICATE" -> {
                life = kind.equals("CLIENT_SECRET") ? pick(new Integer[]{90, 180, 365}) : pick(new Integer[]{365, 730});
                created = between(5, Math.min(330, life - 10));
            }
            case "TOKEN", "API_KEY", "PASSWORD" -> {
                created = between(20, 900);
                if (created > 300) rotated = between(5, 300);
            }
            default -> created = between(5, 330);
        }
        int drawn = rotated != null ? rotated : created;
        int used = between(1, Math.min(drawn, 45));
        if (!kind.equals("FEDERATED") && drawn > 85) rotated = 5 + (drawn - 5) % 81;   // federated credentials hold no secret to rotate
        int fresh = rotated != null ? rotated : created;
        Integer expires = switch (kind) {   // the lifetime counts from the last rotation
            case "CLIENT_SECRET", "CERTIFICATE" -> life - fresh;
            case "TOKEN" -> 90 - fresh;
            case "API_KEY" -> 365 - fresh;
            default -> null;
        };
        return credential(holder, id, name, kind, "ACTIVE", created, expires, rotated, Math.min(used, fresh));
    }

    String accessKeyId() { return "aws-key:AKIA" + chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16); }
    static String appId(Node app) { return app.id.substring("entra:".length()); }

    void credentials() {
        List<Node> active = new ArrayList<>(ofLabel("NonHumanIdentity").stream().filter(n -> n.str("status").equals("ACTIVE")).toList());
        active.addAll(ofLabel("HumanAccount"));
        for (Node n : active) {
            String name = n.str("name");
            switch (n.str("kind")) {
                case "IAM_USER" -> {
                    healthy(n, accessKeyId(), name + " access key", "ACCESS_KEY");
                    if (chance(0.25)) {   // the previous key, deactivated at the last rotation
                        int created = between(400, 900);
                        credential(n, accessKeyId(), name + " previous access key", "ACCESS_KEY", "INACTIVE", created, null, null, between(200, created));
                    }
                }
                case "APPLICATION" -> {
                    if (!n.str("provider").equals("entra")) break;
                    if (chance(0.8)) healthy(n, "entra:" + appId(n) + ":secret:" + uuid(), name + " client secret", "CLIENT_SECRET");
                    if (chance(0.3)) healthy(n, "entra:" + appId(n) + ":cert:" + uuid(), name + " certificate", "CERTIFICATE");
                    if (chance(0.3)) healthy(n, "entra:" + appId(n) + ":federated:" + pick(new String[]{"github-actions-main", "aks-prod-eu-1", "aks-prod-us-1", "gitlab-deploy"}),
                            name + " federated credential", "FEDERATED");
                    if (chance(0.2)) {   // an old secret that ran out and was replaced
                        int created = between(400, 700);
                        credential(n, "entra:" + appId(n) + ":secret:" + uuid(), name + " old client secret", "CLIENT_SECRET", "EXPIRED", created, 365 - created, null, between(created - 360, created - 10));
                    }
                }
                case "SERVICE_ACCOUNT" -> {
                    String token = n.id + ":token:" + name + "-token-" + chars("abcdefghijklmnopqrstuvwxyz0123456789", 5);
                    if (chance(0.5)) healthy(n, token, name + " legacy token", "TOKEN");
                    else if (chance(0.1)) credential(n, token, name + " legacy token", "TOKEN", "REVOKED", between(200, 900), null, null, between(100, 190));
                }
                default -> {
                    if (n.str("provider").equals("github")) healthy(n, "cred:github-app-" + name + "-private-key", name + " app private key", "CERTIFICATE");
                }
            }
        }
        // third-party API keys used by the AI workloads, owned by whoever created them
        String[][] apiKeys = {{"acme-models-support", "support-assistant", "sienna.clarke"}, {"acme-models-marketing", "ecs-campaigns-copywriter", "kwame.asante"},
                {"acme-models-fraud-triage", "lambda-fraud-alert-triage", "julia.brandt"}, {"codewright-gateway", "app-code-assistant-gateway", "aisha.bello"}};
        for (String[] k : apiKeys) {
            Node c = healthy(named.get(k[1]), "cred:" + k[0] + "-api-key", k[0] + " API key", "API_KEY");
            owns(c, human(k[2]), "RESPONSIBLE", "CREATOR", c.when("createdAt").ago());
        }
        healthy(named.get("svc-legacy-ftp-sync"), "cred:svc-legacy-ftp-sync-sftp-password", "SFTP partner password", "PASSWORD");
        healthy(named.get("kestrel-ci-runner"), "cred:kestrel-ci-runner-deploy-key", "Deploy key for infrastructure repository", "SSH_KEY");
        plantCredentialProblems();
    }

    void plantCredentialProblems() {
        Node c;
        c = credential(named.get("svc-legacy-ftp-sync"), accessKeyId(), "svc-legacy-ftp-sync access key", "ACCESS_KEY", "ACTIVE", 1020, null, null, 2);
        plant("stale-credential", "access key created 1020 days ago, never rotated, used daily", c, named.get("svc-legacy-ftp-sync"));
        c = credential(named.get("iam:henrik.aalto"), accessKeyId(), "henrik.aalto legacy access key", "ACCESS_KEY", "ACTIVE", 640, null, null, 4);
        plant("stale-credential", "a person's IAM user key, 640 days old", c, named.get("iam:henrik.aalto"));
        c = credential(named.get("svc-regreporting-export"), accessKeyId(), "svc-regreporting-export access key", "ACCESS_KEY", "ACTIVE", 480, null, null, 9);
        plant("stale-credential", "access key 480 days old", c, named.get("svc-regreporting-export"));
        Node scorer = named.get("fraud-scorer-eu");
        c = credential(scorer, scorer.id + ":token:fraud-scorer-token-k7x2q", "fraud-scorer legacy token", "TOKEN", "ACTIVE", 800, null, null, 1);
        plant("stale-credential", "long-lived service account token, 800 days old, used by the fraud scoring agent", c, scorer);
        plant("non-expiring-secret", "long-lived service account token issued with no expiry date", c, scorer);
        Node hub = named.get("app-payments-hub");
        c = credential(hub, "entra:" + appId(hub) + ":cert:" + uuid(), "app-payments-hub certificate", "CERTIFICATE", "ACTIVE", 500, 230, null, 3);
        plant("stale-credential", "two-year certificate issued 500 days ago, not rotated", c, hub);
        c = credential(named.get("sp-kyc-docreview"), "cred:papyrus-vision-api-key", "Papyrus Vision API key", "API_KEY", "ACTIVE", 420, null, null, 1);
        plant("stale-credential", "vendor API key 420 days old, never rotated", c, named.get("sp-kyc-docreview"));
        plant("non-expiring-secret", "vendor API key issued with no expiry date", c, named.get("sp-kyc-docreview"));

        for (Object[] s : new Object[][]{{"app-crm-connector", 60, 3}, {"app-statements-portal", 30, 1}, {"app-legacy-fax-gateway", 700, 20}}) {
            Node app = named.get((String) s[0]);
            c = credential(app, "entra:" + appId(app) + ":secret:" + uuid(), s[0] + " client secret (no expiry)", "CLIENT_SECRET", "ACTIVE", (Integer) s[1], null, null, (Integer) s[2]);
            plant("non-expiring-secret", "client secret created " + s[1] + " days ago with no expiry date", c, app);
            if ((Integer) s[1] > 90) plant("stale-credential", "the same never-expiring secret is also " + s[1] + " days old", c, app);
        }

        Node treasury = named.get("app-treasury-sync"), swift = named.get("app-swift-gateway");
        c = credential(treasury, "entra:" + appId(treasury) + ":secret:" + uuid(), "app-treasury-sync client secret", "CLIENT_SECRET", "ACTIVE", 72, -12, null, 13);
        plant("expired-active-credential", "60-day client secret expired 12 days ago but still ACTIVE", c, treasury);
        c = credential(swift, "entra:" + appId(swift) + ":cert:" + uuid(), "app-swift-gateway certificate", "CERTIFICATE", "ACTIVE", 300, -30, null, 31);
        plant("expired-active-credential", "certificate expired 30 days ago but still ACTIVE", c, swift);
        plant("stale-credential", "certificate issued 300 days ago, never rotated", c, swift);
        c = credential(named.get("ecs-kyc-sanctions-screener"), "cred:watchlist-analytics-api-key", "Watchlist Analytics API key", "API_KEY", "ACTIVE", 65, -5, null, 6);
        plant("expired-active-credential", "60-day vendor API key expired 5 days ago, still ACTIVE", c, named.get("ecs-kyc-sanctions-screener"));

        c = credential(named.get("svc-cards-partner-api"), accessKeyId(), "svc-cards-partner-api access key", "ACCESS_KEY", "ACTIVE", 330, null, null, 240);
        plant("unused-credential", "ACTIVE access key last used 240 days ago", c, named.get("svc-cards-partner-api"));
        plant("stale-credential", "access key 330 days old, never rotated", c, named.get("svc-cards-partner-api"));
        Node loans = named.get("app-loans-portal");
        c = credential(loans, "entra:" + appId(loans) + ":secret:" + uuid(), "app-loans-portal client secret", "CLIENT_SECRET", "ACTIVE", 250, 115, null, 210);
        plant("unused-credential", "ACTIVE client secret last used 210 days ago", c, loans);
        plant("stale-credential", "client secret issued 250 days ago, never rotated", c, loans);
        Node exporter = named.get("ledger-exporter");
        c = credential(exporter, exporter.id + ":token:ledger-exporter-token-m3p9w", "ledger-exporter legacy token", "TOKEN", "ACTIVE", 260, null, null, null);
        plant("unused-credential", "ACTIVE token created 260 days ago and never used", c, exporter);
        plant("stale-credential", "token issued 260 days ago, never rotated", c, exporter);
        plant("non-expiring-secret", "legacy service account token with no expiry date", c, exporter);
    }

    /** Plants the identity ownership problems; returns the identities whose ownership is already decided. */
    Set<Node> plantIdentityProblems() {
        Set<Node> handled = new LinkedHashSet<>();
        for (String h : List.of("temp-admin-migration", "svc-legacy-admin-automation", "sp-tenant-migration-legacy", "legacy-deployer")) {
            Node n = named.get(h);
            handled.add(n);
            plant("orphaned-identity", "privileged and nobody owns it", n);
            plant("privileged-identity-without-owner", "administrator-level access with no OWNED_BY", n);
        }
        // privileged and dormant: administrator access nobody has used for months
        for (Object[] d : new Object[][]{
                {"temp-admin-migration", 200, "administrator role last used 200 days ago, when the data centre migration ended"},
                {"sp-tenant-migration-legacy", 310, "holds Directory.ReadWrite.All and was last used 310 days ago"},
                {"org-access-shared", 150, "AdministratorAccess role last used 150 days ago"}}) {
            Node n = named.get((String) d[0]);
            int days = (Integer) d[1];
            n.with("lastUsedAt", ago(days));
            if (n.when("createdAt").ago() < days + 30) n.with("createdAt", ago(days + 30));
            plant("dormant-privileged-identity", (String) d[2], n);
        }
        handled.add(named.get("kestrel-backport-bot"));
        plant("orphaned-identity", "GitHub bot installed by an unknown admin, no declared owner", named.get("kestrel-backport-bot"));
        Map<String, String> whyOrphan = Map.of("aws", "no owner tag and no declared owner", "entra", "app has no owners in Entra and none declared",
                "kubernetes", "no owner label, no declared owner and its namespace has no team annotation");
        for (Object[] quota : new Object[][]{{"aws", 8}, {"entra", 7}, {"kubernetes", 5}}) {
            for (Node n : eligible((String) quota[0], null, handled).subList(0, (Integer) quota[1])) {
                handled.add(n);
                plant("orphaned-identity", whyOrphan.get((String) quota[0]), n);
            }
        }
        // accountable owner has left the company
        leaverOwned(List.of(named.get("fraud-scorer-eu")), human("yusuf.demir"), "TAG", handled);
        leaverOwned(eligible("aws", "platform", handled).subList(0, 4), human("gareth.pennington"), "TAG", handled);
        leaverOwned(eligible("kubernetes", "ml-platform", handled).subList(0, 2), human("chloe.marchetti"), "TAG", handled);
        leaverOwned(eligible("entra", "data-science", handled).subList(0, 1), human("yusuf.demir"), "SOURCE_OWNER", handled);
        // the owner tag and the declared owner disagree
        List<Node> conflicts = new ArrayList<>(List.of(named.get("lambda-payments-reconcile")));
        conflicts.addAll(eligible("aws", null, handled).subList(0, 2));
        for (Node n : conflicts) {
            Node tagged = n == named.get("lambda-payments-reconcile") ? human("connor.walsh") : pick(activeHumans(n.team));
            Node declared = n == named.get("lambda-payments-reconcile") ? human("henrik.aalto")
                    : pick(ofLabel("Human").stream().filter(h -> h.str("status").equals("ACTIVE") && !h.team.equals("executive") && !h.team.equals(n.team)).toList());
            int created = n.when("createdAt").ago();
            owns(n, tagged, "ACCOUNTABLE", "TAG", between(1, created));
            owns(n, declared, "ACCOUNTABLE", "DECLARED", between(1, created));
            handled.add(n);
            plant("conflicting-ownership", "owner tag says " + tagged.id + ", declared owner is " + declared.id, n, tagged, declared);
        }
        return handled;
    }

    /** Active, bulk-generated, unprivileged identities not yet used for planting, in a seeded random order. */
    List<Node> eligible(String provider, String team, Set<Node> handled) {
        List<Node> pool = new ArrayList<>(ofLabel("NonHumanIdentity").stream().filter(n -> n.generated && !handled.contains(n)
                && n.str("provider").equals(provider) && n.str("status").equals("ACTIVE") && !(Boolean) n.props.get("privileged")
                && (team == null || team.equals(n.team))).toList());
        Collections.shuffle(pool, rnd);
        return pool;
    }

    void leaverOwned(List<Node> identities, Node leaver, String source, Set<Node> handled) {
        int left = leaver.when("leftAt").ago();
        for (Node n : identities) {
            if (n.when("createdAt").ago() < left + 60) n.with("createdAt", ago(left + between(60, 400)));
            owns(n, leaver, "ACCOUNTABLE", source, between(left + 10, n.when("createdAt").ago()));
            if (chance(0.4)) owns(n, team(n.team), "TECHNICAL", "INFERRED", between(1, left));
            handled.add(n);
            plant("owner-left", "only ACCOUNTABLE owner " + leaver.id + " left " + left + " days ago", n, leaver);
        }
    }

    /** Ownership as discovered per provider: AWS tags, Entra app owners, k8s namespace mapping, declared, HR, creator. */
    void claimOwnership(Node n) {
        int created = n.when("createdAt").ago();
        double r = rnd.nextDouble();
        String source = switch (n.str("provider")) {
            case "aws" -> r < 0.7 ? "TAG" : r < 0.85 ? "DECLARED" : r < 0.93 ? "CREATOR" : "HR";
            case "entra" -> r < 0.7 ? "SOURCE_OWNER" : r < 0.85 ? "DECLARED" : r < 0.93 ? "CREATOR" : "HR";
            case "kubernetes" -> r < 0.55 ? "INFERRED" : r < 0.85 ? "TAG" : "DECLARED";
            default -> "DECLARED";
        };
        if (source.equals("INFERRED") || n.str("provider").equals("github")) {   // namespace / repository maps to an accountable team
            owns(n, team(n.team), "ACCOUNTABLE", source, between(1, created));
            return;
        }
        Node owner = source.equals("HR") ? leads.get(team(n.team).id) : pick(activeHumans(n.team));
        owns(n, owner, "ACCOUNTABLE", source, between(1, created));
        if (chance(0.15)) owns(n, owner, "ACCOUNTABLE", source.equals("DECLARED") ? "CREATOR" : "DECLARED", between(1, created));  // agreeing second claim
        else if (chance(0.1)) owns(n, team(n.team), "TECHNICAL", "INFERRED", between(1, created));
    }

    // ================================================================ ai.yaml
    static final String VENDORS = """
            acme-models             | Acme Models Inc.         | https://acme-models.example
            papyrus-vision          | Papyrus Vision Ltd.      | https://papyrus-vision.example
            watchlist-analytics     | Watchlist Analytics GmbH | https://watchlist-analytics.example
            codewright-labs         | Codewright Labs          | https://codewright.example
            open-weights-collective | Open Weights Collective  | https://openweights.example
            helpdesk-ai             | Helpdesk AI Co.          | https://helpdesk-ai.example
            """;
    static final String DATASETS = """
            # slug                     | name                              | license                    | description
            loan-performance           | Loan performance history          | Internal                   | Repayment outcomes of retail loans, pseudonymised
            bureau-attributes          | Credit bureau attributes          | Licensed from credit bureau | Bureau attributes licensed for credit modelling
            card-transactions-labelled | Labelled card transactions        | Internal                   | Card transactions with confirmed fraud labels
            kyc-document-samples       | KYC document samples              | Internal                   | Redacted identity documents used for fine-tuning extraction
            support-transcripts        | Support chat transcripts          | Internal                   | Customer chat transcripts with personal data removed
            """;
    static final String MODELS = """
            # slug            | name                        | version | vendor (- = in-house)   | license                      | trained on                          | owner
            credit-gbm        | Credit PD gradient boosting | 4.2.0   | -                       | Proprietary                  | loan-performance bureau-attributes  | hannah.kowalski
            fraud-graph-net   | Fraud graph network         | 2.1.3   | -                       | Proprietary                  | card-transactions-labelled          | julia.brandt
            docvision-ocr     | DocVision OCR               | 3.0     | papyrus-vision          | Commercial licence           | kyc-document-samples                | team:ml-platform
            sanctions-matcher | Sanctions name matcher      | 1.8     | watchlist-analytics     | Commercial licence           | -                                   | team:ml-platform
            aurora-llm-70b    | Aurora LLM 70B              | 3.1     | acme-models             | Acme Models Enterprise Terms | -                                   | team:ml-platform
            aurora-llm-8b     | Aurora LLM 8B Instruct      | 3.1     | acme-models             | Acme Models Enterprise Terms | -                                   | team:ml-platform
            codewright-2      | Codewright 2                | 2.0     | codewright-labs         | Commercial licence           | -                                   | team:ml-platform
            kestrel-embed     | Kestrel embed small         | 1.1     | open-weights-collective | Apache-2.0                   | support-transcripts                 | aisha.bello
            """;
    static final String AGENTS = """
            # slug                    | name                      | system                      | autonomy   | acts as                    | on behalf of    | model            | owner           | description
            credit-feature-builder    | Credit feature builder    | credit-scoring              | AUTONOMOUS | sagemaker-credit-features  | -               | credit-gbm       | hannah.kowalski | Recomputes applicant features before scoring
            credit-decision-explainer | Credit decision explainer | credit-scoring              | ASSISTIVE  | credit-explainer           | beatriz.santos  | aurora-llm-8b    | hannah.kowalski | Drafts adverse-action explanations for analysts
            kyc-document-extractor    | KYC document extractor    | kyc-document-review         | AUTONOMOUS | sp-kyc-docreview           | -               | docvision-ocr    | leila.farahani  | Extracts fields from identity documents
            kyc-sanctions-screener    | Sanctions screener        | kyc-document-review         | SUPERVISED | ecs-kyc-sanctions-screener | -               | sanctions-matcher | martin.novak   | Screens applicants against sanctions lists
            kyc-case-summarizer       | KYC case summarizer       | kyc-document-review         | ASSISTIVE  | -                          | leila.farahani  | aurora-llm-70b   | leila.farahani  | Summarises onboarding cases for reviewers
            fraud-transaction-scorer  | Fraud transaction scorer  | fraud-detection             | AUTONOMOUS | fraud-scorer-eu            | -               | fraud-graph-net  | yusuf.demir     | Scores card transactions and blocks high-risk ones
            fraud-alert-triage        | Fraud alert triage        | fraud-detection             | SUPERVISED | lambda-fraud-alert-triage  | mateo.alvarez   | aurora-llm-8b    | julia.brandt    | Groups and prioritises fraud alerts
            support-chat-assistant    | Support chat assistant    | customer-support-assistant  | SUPERVISED | support-assistant          | -               | aurora-llm-70b   | sienna.clarke   | Answers customer questions in the app chat
            support-ticket-router     | Support ticket router     | customer-support-assistant  | AUTONOMOUS | sp-support-ticket-router   | -               | kestrel-embed    | sienna.clarke   | Classifies and routes support tickets
            support-refund-helper     | Refund helper             | customer-support-assistant  | SUPERVISED | ecs-support-refund-helper  | callum.reid     | aurora-llm-8b    | callum.reid     | Proposes goodwill refunds for approval
            code-review-bot           | Code review bot           | code-assistant              | ASSISTIVE  | kestrel-code-review-bot    | -               | codewright-2     | amara.nwosu     | Comments on pull requests
            code-assistant-ide        | IDE coding agent          | code-assistant              | ASSISTIVE  | app-code-assistant-gateway | chloe.marchetti | codewright-2     | freya.lund      | Edits code in a developer's IDE session
            pr-description-writer     | PR description writer     | code-assistant              | ASSISTIVE  | kestrel-pr-writer          | -               | codewright-2     | -               | Drafts pull request descriptions
            campaign-copywriter       | Campaign copywriter       | marketing-content-generator | SUPERVISED | ecs-campaigns-copywriter   | emily.hartmann  | aurora-llm-70b   | emily.hartmann  | Drafts campaign copy for review
            social-post-scheduler     | Social post scheduler     | marketing-content-generator | AUTONOMOUS | -                          | -               | aurora-llm-8b    | kwame.asante    | Writes and schedules social media posts
            """;

    void ai() {
        file = "ai.yaml";
        for (String[] v : table(VENDORS)) node("Vendor", "vendor:" + v[0]).with("name", v[1]).with("url", v[2]);
        for (String[] d : table(DATASETS)) node("Dataset", "dataset:" + d[0]).with("name", d[1]).with("description", d[3]).with("license", d[2]);
        for (String[] m : table(MODELS)) {
            boolean inHouse = m[3].equals("-");
            Node model = node("Model", "model:" + m[0]).with("name", m[1]).with("version", m[2])
                    .with("supplier", inHouse ? "Kestrel Financial (in-house)" : get("Vendor:vendor:" + m[3]).str("name")).with("license", m[4]);
            if (!inHouse) rel("SUPPLIED_BY", model, "Vendor:vendor:" + m[3]);
            if (!m[5].equals("-")) for (String ds : m[5].split(" ")) rel("TRAINED_ON", model, "Dataset:dataset:" + ds);
            owns(model, owner(m[6]), m[6].startsWith("team:") ? "RESPONSIBLE" : "ACCOUNTABLE", "DECLARED", between(100, 500));
        }
        aiSystems();
        agents();
    }

    Node aiSystem(String slug, String name, String lifecycle, String risk, String role, int cadence, String description, String purpose, String... models) {
        Node s = node("AiSystem", "ai:" + slug).with("name", name).with("description", description).with("purpose", purpose)
                .with("lifecycle", lifecycle).with("euRiskClass", risk).with("role", role).with("inScope", true).with("reviewCadenceDays", cadence);
        for (String m : models) rel("USES_MODEL", s, "Model:model:" + m);
        return s;
    }

    void aiSystems() {
        Node credit = aiSystem("credit-scoring", "Retail credit scoring", "PRODUCTION", "HIGH", "PROVIDER", 90,
                "Scores retail loan and credit card applications for probability of default",
                "Creditworthiness assessment of natural persons (EU AI Act Annex III)", "credit-gbm", "aurora-llm-8b")
                .with("euAnnexIIIPoint", "5(b)").with("deployerKind", "PRIVATE").with("establishedInUnion", true)
                .with("functions", List.of("CONSEQUENTIAL_DECISION"));
        owns(credit, human("oluwaseun.adeyemi"), "ACCOUNTABLE", "DECLARED", 700).props().put("attestedAt", ago(122));
        owns(credit, team("data-science"), "RESPONSIBLE", "DECLARED", 700);
        rel("OVERSEEN_BY", credit, human("beatriz.santos"));
        rel("OVERSEEN_BY", credit, human("samuel.osei"));
        rel("APPROVED_BY", credit, human("priya.raghunathan"), "at", ago(420));
        plant("attestation-overdue", "ACCOUNTABLE owner oluwaseun.adeyemi@kestrel.example last attested 122 days ago; review cadence is 90 days",
                credit, human("oluwaseun.adeyemi"));

        Node kyc = aiSystem("kyc-document-review", "KYC document review", "PRODUCTION", "HIGH", "DEPLOYER", 90,
                "Extracts and verifies identity documents and screens applicants during onboarding",
                "Identity verification and sanctions screening of new customers", "docvision-ocr", "sanctions-matcher", "aurora-llm-70b")
                .with("deployerKind", "PRIVATE").with("functions", List.of("CONSEQUENTIAL_DECISION"));
        rel("SUPPLIED_BY", kyc, "Vendor:vendor:papyrus-vision");
        attestWithin(owns(kyc, human("grace.whitfield"), "ACCOUNTABLE", "DECLARED", 400), 90);
        rel("APPROVED_BY", kyc, human("priya.raghunathan"), "at", ago(300));
        plant("high-risk-without-oversight", "HIGH risk class, in production, no OVERSEEN_BY human", kyc);

        Node fraud = aiSystem("fraud-detection", "Card fraud detection", "PRODUCTION", "MINIMAL", "PROVIDER", 180,
                "Scores card transactions in real time and blocks likely fraud",
                "Detection of fraudulent card payments", "fraud-graph-net", "aurora-llm-8b")
                .with("establishedInUnion", true).with("functions", List.of());
        owns(fraud, human("yusuf.demir"), "ACCOUNTABLE", "DECLARED", 700);
        owns(fraud, team("data-science"), "TECHNICAL", "INFERRED", 300);
        rel("OVERSEEN_BY", fraud, human("mateo.alvarez"));
        rel("APPROVED_BY", fraud, human("priya.raghunathan"), "at", ago(650));
        plant("owner-left", "only ACCOUNTABLE owner yusuf.demir@kestrel.example left 40 days ago", fraud, human("yusuf.demir"));

        Node support = aiSystem("customer-support-assistant", "Customer support assistant", "PRODUCTION", "LIMITED", "DEPLOYER", 180,
                "Chat assistant answering customer questions in the mobile app, with hand-off to staff",
                "Customer service", "aurora-llm-70b", "kestrel-embed")
                .with("deployerKind", "PRIVATE").with("functions", List.of("INTERACTS_WITH_PEOPLE"));
        rel("SUPPLIED_BY", support, "Vendor:vendor:helpdesk-ai");
        attestWithin(owns(support, human("elena.moravec"), "ACCOUNTABLE", "DECLARED", 250), 180);
        owns(support, team("customer-ops"), "RESPONSIBLE", "DECLARED", 250);
        rel("OVERSEEN_BY", support, human("sienna.clarke"));
        rel("APPROVED_BY", support, human("elena.moravec"), "at", ago(150));
        plant("self-approved-ai-system", "APPROVED_BY its own ACCOUNTABLE owner elena.moravec@kestrel.example", support, human("elena.moravec"));

        Node code = aiSystem("code-assistant", "Internal code assistant", "PRODUCTION", "MINIMAL", "DEPLOYER", 365,
                "Code completion, review comments and pull request drafting for engineers",
                "Developer productivity", "codewright-2")
                .with("deployerKind", "PRIVATE").with("functions", List.of("WORKPLACE_USE"));
        rel("SUPPLIED_BY", code, "Vendor:vendor:codewright-labs");
        owns(code, team("platform"), "RESPONSIBLE", "INFERRED", 200);
        rel("OVERSEEN_BY", code, human("henrik.aalto"));
        rel("APPROVED_BY", code, human("marcus.feld"), "at", ago(240));
        plant("ai-system-without-accountable-owner", "only a RESPONSIBLE team claim inferred from repositories; no ACCOUNTABLE owner", code);

        Node marketing = aiSystem("marketing-content-generator", "Marketing content generator", "VALIDATION", "LIMITED", "DEPLOYER", 180,
                "Generates campaign and social media copy from briefs; pilot with the marketing team",
                "Marketing content creation", "aurora-llm-70b", "aurora-llm-8b")
                .with("deployerKind", "PRIVATE").with("functions", List.of("SYNTHETIC_CONTENT"));
        rel("SUPPLIED_BY", marketing, "Vendor:vendor:acme-models");
        attestWithin(owns(marketing, human("sofia.castellano"), "ACCOUNTABLE", "DECLARED", 60), 180);
        owns(marketing, team("marketing"), "RESPONSIBLE", "DECLARED", 60);
        rel("OVERSEEN_BY", marketing, human("rafael.ortega"));
        rel("OVERSEEN_BY", marketing, human("daniel.fischer"));
        rel("APPROVED_BY", marketing, human("daniel.fischer"), "at", ago(25));
    }

    void agents() {
        for (String[] a : table(AGENTS)) {
            Node agent = node("Agent", "agent:" + a[0]).with("name", a[1]).with("description", a[8]).with("autonomy", a[3]);
            rel("PART_OF", agent, "AiSystem:ai:" + a[2]);
            rel("USES_MODEL", agent, "Model:model:" + a[6]);
            if (a[4].equals("-")) plant("agent-without-identity", "no ACTS_AS identity: runs under whatever credentials its host has", agent);
            else rel("ACTS_AS", agent, named.get(a[4]));
            if (!a[5].equals("-")) {
                rel("ACTS_ON_BEHALF_OF", agent, human(a[5]));
                if (isLeaver(human(a[5]))) plant("agent-on-behalf-of-leaver", "acts on behalf of " + human(a[5]).id + ", who has left", agent, human(a[5]));
            }
            if (a[7].equals("-")) {
                plant("agent-without-owner", "no OWNED_BY at all", agent);
                continue;
            }
            Rel claim = owns(agent, human(a[7]), "ACCOUNTABLE", "DECLARED", between(60, 500));
            int cadence = (Integer) get("AiSystem:ai:" + a[2]).props.get("reviewCadenceDays");
            if (a[0].equals("credit-feature-builder")) {
                claim.props().put("attestedAt", ago(146));
                plant("attestation-overdue", "ACCOUNTABLE owner " + human(a[7]).id + " last attested 146 days ago; its AI system ai:" + a[2]
                        + " is reviewed every " + cadence + " days", agent, human(a[7]));
            } else attestWithin(claim, cadence);
            if (isLeaver(human(a[7]))) plant("owner-left", "only ACCOUNTABLE owner " + human(a[7]).id + " has left", agent, human(a[7]));
            if (a[3].equals("AUTONOMOUS")) owns(agent, team("ml-platform"), "TECHNICAL", "INFERRED", between(30, 300));
        }
    }

    // ================================================================ governance.yaml
    static final String CONTROLS = """
            # ref      | status          | cadence | evidence          | owner             | name                                                | description
            AI-GOV-01  | IMPLEMENTED     | 90  | AUDIT_LOG         | daniel.fischer    | AI system inventory maintained                      | Every AI system and agent is registered with owner, purpose and risk class
            AI-GOV-02  | IMPLEMENTED     | 180 | IMPACT_ASSESSMENT | daniel.fischer    | EU AI Act risk classification                       | Each AI system is classified under the EU AI Act before development
            AI-GOV-03  | IMPLEMENTED     | 90  | AUDIT_LOG         | grace.whitfield   | Accountable owner for every AI system               | A named accountable person owns each AI system
            AI-GOV-04  | IMPLEMENTED     | 180 | CHANGE_RECORD     | priya.raghunathan | Pre-deployment approval by the AI governance board  | No AI system enters production without recorded approval
            AI-GOV-05  | IMPLEMENTED     | 90  | POLICY            | grace.whitfield   | Human oversight procedure for high-risk AI          | Named overseers can intervene in and override high-risk AI outputs
            AI-GOV-06  | IMPLEMENTED     | 180 | AUDIT_LOG         | daniel.fischer    | Periodic AI system review                           | AI systems are re-reviewed at their review cadence
            AI-GOV-07  | IMPLEMENTED     | 180 | MODEL_CARD        | team:data-science | Model cards for production models                   | Production models have a current model card
            AI-GOV-08  | IMPLEMENTED     | 365 | IMPACT_ASSESSMENT | grace.whitfield   | Fundamental rights impact assessment                | A FRIA is completed for high-risk AI deployments
            AI-GOV-09  | IMPLEMENTED     | 365 | POLICY            | daniel.fischer    | Third-party AI supplier due diligence               | AI vendors are assessed before contract and annually
            AI-GOV-10  | IMPLEMENTED     | 180 | TEST_REPORT       | sienna.clarke     | Transparency notice for AI interactions             | Customers are told when they interact with an AI system
            AI-GOV-11  | IMPLEMENTED     | 90  | DECISION_LOG      | hannah.kowalski   | Decision logging for automated credit decisions     | Inputs, score and reason codes are logged for each credit decision
            AI-GOV-12  | PLANNED         | 90  | POLICY            | daniel.fischer    | Serious AI incident reporting                       | Serious incidents are reported to the authority within the legal deadline
            AI-DATA-01 | IMPLEMENTED     | 180 | AUDIT_LOG         | team:ml-platform  | Training data provenance recorded                   | Training datasets are registered with source and licence
            AI-DATA-02 | IMPLEMENTED     | 180 | TEST_REPORT       | hannah.kowalski   | Bias and fairness testing before release            | Models affecting customers pass fairness tests before each release
            AI-DATA-03 | IMPLEMENTED     | 365 | POLICY            | grace.whitfield   | Personal data minimisation in training sets         | Training sets exclude personal data not needed for the purpose
            AI-MON-01  | IMPLEMENTED     | 90  | TEST_REPORT       | team:ml-platform  | Model performance and drift monitoring              | Production models are monitored for drift with alert thresholds
            AI-MON-02  | IMPLEMENTED     | 90  | AUDIT_LOG         | patrick.doyle     | Agent action audit logging                          | Every agent action is logged with the identity it acted as
            AI-MON-03  | PLANNED         | 90  | TEST_REPORT       | nadia.karimi      | Agent autonomy limits and kill switch               | Autonomous agents have rate limits and a tested kill switch
            AI-SEC-01  | NOT_IMPLEMENTED | 180 | TEST_REPORT       | nora.lindgren     | Prompt injection testing for LLM applications       | LLM applications are red-teamed for prompt injection before release
            AI-SEC-02  | IMPLEMENTED     | 90  | TEST_REPORT       | sienna.clarke     | Output filtering for generated customer content     | Generated customer-facing text passes safety and advice filters
            IAM-01     | IMPLEMENTED     | 90  | AUDIT_LOG         | arjun.patel       | Leaver process transfers ownership                  | Ownership of identities and AI systems is reassigned when an owner leaves
            IAM-02     | IMPLEMENTED     | 90  | AUDIT_LOG         | arjun.patel       | Every non-human identity has an accountable owner   | Roles, service principals and service accounts carry an owner
            IAM-03     | IMPLEMENTED     | 90  | AUDIT_LOG         | ines.duarte       | Quarterly access review for service accounts        | Owners recertify service account access every quarter
            IAM-04     | IMPLEMENTED     | 90  | AUDIT_LOG         | felix.wagner      | Access keys rotated within 365 days                 | Long-lived cloud access keys are rotated at least yearly
            IAM-05     | IMPLEMENTED     | 180 | POLICY            | arjun.patel       | Client secrets expire within 12 months              | Entra client secrets are issued with a lifetime of at most a year
            IAM-06     | IMPLEMENTED     | 90  | CHANGE_RECORD     | ines.duarte       | Privileged roles restricted and approved            | Administrator access is granted only through an approved change
            IAM-07     | IMPLEMENTED     | 90  | AUDIT_LOG         | team:security     | Dormant identities disabled                         | Identities unused for 90 days are disabled
            IAM-08     | IMPLEMENTED     | 90  | AUDIT_LOG         | nora.lindgren     | Break-glass access monitored                        | Use of break-glass roles raises an alert and is reviewed
            IAM-09     | PLANNED         | 180 | POLICY            | team:platform     | Workload identity federation instead of secrets     | Pipelines use federated credentials instead of stored secrets
            IAM-10     | NOT_IMPLEMENTED | 90  | TEST_REPORT       | freya.lund        | Short-lived Kubernetes service account tokens       | Legacy long-lived service account tokens are removed
            IAM-11     | IMPLEMENTED     | 90  | AUDIT_LOG         | arjun.patel       | MFA for administrator accounts                      | Human admin accounts require phishing-resistant MFA
            IAM-12     | IMPLEMENTED     | 180 | POLICY            | daniel.fischer    | Segregation of duties for approvals                 | Approvers of AI systems and access must not be their owners
            SEC-01     | IMPLEMENTED     | 180 | AUDIT_LOG         | felix.wagner      | Secrets stored only in approved vaults              | Credentials live in the secrets vault, never in code or tickets
            SEC-02     | IMPLEMENTED     | 90  | AUDIT_LOG         | zainab.hussain    | Privileged activity logging                         | Cloud and directory audit logs are retained and monitored
            SEC-03     | IMPLEMENTED     | 90  | TEST_REPORT       | nora.lindgren     | Vulnerability scanning of ML serving images         | Model serving images are scanned before deployment
            CHG-01     | IMPLEMENTED     | 90  | CHANGE_RECORD     | patrick.doyle     | Change approval for model releases                  | Model releases go through change management with a rollback plan
            CHG-02     | IMPLEMENTED     | 90  | CHANGE_RECORD     | team:platform     | Infrastructure changes through reviewed pipelines   | Production infrastructure changes only via reviewed CI pipelines
            RISK-01    | IMPLEMENTED     | 90  | AUDIT_LOG         | samuel.osei       | AI risk register maintained                         | AI risks are recorded with owner, rating and treatment
            RISK-02    | IMPLEMENTED     | 180 | POLICY            | priya.raghunathan | Risk acceptance signed off by the CRO               | Accepted AI risks carry the Chief Risk Officer's sign-off
            RES-01     | IMPLEMENTED     | 180 | TEST_REPORT       | nadia.karimi      | Model rollback procedure tested                     | Rollback to the previous model version is rehearsed
            """;
    static final String APPLIES = """
            AI-GOV-05  | ai:credit-scoring ai:kyc-document-review
            AI-GOV-08  | ai:credit-scoring ai:kyc-document-review
            AI-GOV-11  | ai:credit-scoring
            AI-GOV-10  | ai:customer-support-assistant ai:marketing-content-generator
            AI-SEC-01  | ai:customer-support-assistant ai:marketing-content-generator
            AI-SEC-02  | ai:customer-support-assistant agent:support-chat-assistant
            AI-DATA-02 | ai:credit-scoring ai:fraud-detection
            AI-MON-01  | ai:credit-scoring ai:fraud-detection
            AI-MON-02  | agent:fraud-transaction-scorer agent:support-ticket-router agent:kyc-document-extractor agent:social-post-scheduler
            AI-MON-03  | agent:fraud-transaction-scorer agent:credit-feature-builder agent:social-post-scheduler
            IAM-06     | nhi:org-access-prod nhi:terraform-apply-prod nhi:break-glass-admin
            IAM-08     | nhi:break-glass-admin
            IAM-10     | nhi:fraud-scorer-eu nhi:fraud-scorer-us
            """;
    /** How each control meets framework requirements (ids from importers/catalogs/): requirement=RELATIONSHIP/strength. */
    static final String SATISFIES = """
            AI-GOV-01  | ISO42001:A.4.2=INTERSECTS_WITH/6 NIST_AI_RMF:GOVERN 1.6=EQUAL/9 NIST_CSF_2:ID.AM-08=INTERSECTS_WITH/5
            AI-GOV-02  | EU_AI_ACT:Art.6=INTERSECTS_WITH/6 ISO42001:A.5.2=INTERSECTS_WITH/5
            AI-GOV-03  | ISO42001:A.3.2=EQUAL/8 ISO42001:5.3=SUBSET_OF/6 NIST_AI_RMF:GOVERN 2.1=EQUAL/8 NIST_CSF_2:GV.RR-02=INTERSECTS_WITH/6
            AI-GOV-04  | ISO42001:A.6.2.5=SUPERSET_OF/7
            AI-GOV-05  | EU_AI_ACT:Art.14(1)=EQUAL/8 EU_AI_ACT:Art.14(4)=INTERSECTS_WITH/6 EU_AI_ACT:Art.26(2)=EQUAL/8 ISO42001:A.9.2=INTERSECTS_WITH/5 NIST_AI_RMF:GOVERN 3.2=EQUAL/7
            AI-GOV-06  | ISO42001:9.1=INTERSECTS_WITH/5 ISO42001:A.6.2.6=INTERSECTS_WITH/5
            AI-GOV-07  | ISO42001:A.6.2.7=EQUAL/8 ISO42001:A.8.2=INTERSECTS_WITH/6 EU_AI_ACT:Art.11(1)=INTERSECTS_WITH/5 EU_AI_ACT:Art.13(3)=SUBSET_OF/5
            AI-GOV-08  | EU_AI_ACT:Art.27(1)=EQUAL/9 ISO42001:A.5.2=SUPERSET_OF/7 ISO42001:A.5.3=EQUAL/8 ISO42001:A.5.4=SUPERSET_OF/7 NIST_AI_RMF:MAP 5.1=INTERSECTS_WITH/6
            AI-GOV-09  | ISO42001:A.10.3=EQUAL/8 NIST_CSF_2:GV.SC-06=INTERSECTS_WITH/7 NIST_AI_RMF:GOVERN 6.1=INTERSECTS_WITH/6
            AI-GOV-10  | EU_AI_ACT:Art.50(1)=EQUAL/8 EU_AI_ACT:Art.26(11)=INTERSECTS_WITH/5 ISO42001:A.8.2=INTERSECTS_WITH/5
            AI-GOV-11  | EU_AI_ACT:Art.12(1)=EQUAL/8 EU_AI_ACT:Art.12(2)=SUPERSET_OF/7 EU_AI_ACT:Art.26(6)=SUBSET_OF/5 ISO42001:A.6.2.8=EQUAL/8
            AI-GOV-12  | EU_AI_ACT:Art.73(1)=EQUAL/8 ISO42001:A.8.4=INTERSECTS_WITH/6
            AI-DATA-01 | ISO42001:A.7.5=EQUAL/8 ISO42001:A.7.3=INTERSECTS_WITH/5 EU_AI_ACT:Art.10(2)=INTERSECTS_WITH/5
            AI-DATA-02 | ISO42001:A.7.4=INTERSECTS_WITH/6 EU_AI_ACT:Art.10(2)=INTERSECTS_WITH/6 NIST_AI_RMF:MEASURE 2.11=EQUAL/8
            AI-DATA-03 | ISO42001:A.7.6=INTERSECTS_WITH/5 NIST_CSF_2:PR.DS-01=INTERSECTS_WITH/4
            AI-MON-01  | ISO42001:A.6.2.6=EQUAL/8 EU_AI_ACT:Art.72(1)=INTERSECTS_WITH/6 NIST_AI_RMF:MEASURE 2.4=EQUAL/8 NIST_AI_RMF:MANAGE 4.1=INTERSECTS_WITH/6
            AI-MON-02  | ISO42001:A.6.2.8=INTERSECTS_WITH/6 NIST_CSF_2:PR.PS-04=INTERSECTS_WITH/6
            AI-MON-03  | EU_AI_ACT:Art.14(4)=INTERSECTS_WITH/6
            AI-SEC-01  | EU_AI_ACT:Art.15(5)=INTERSECTS_WITH/6 NIST_AI_RMF:MEASURE 2.7=INTERSECTS_WITH/6
            AI-SEC-02  | NIST_AI_RMF:MEASURE 2.6=INTERSECTS_WITH/5
            IAM-01     | NIST_CSF_2:PR.AA-05=INTERSECTS_WITH/5 ISO42001:A.3.2=INTERSECTS_WITH/4
            IAM-02     | NIST_CSF_2:GV.RR-02=INTERSECTS_WITH/6 NIST_CSF_2:PR.AA-01=INTERSECTS_WITH/6
            IAM-03     | NIST_CSF_2:PR.AA-05=EQUAL/7
            IAM-04     | NIST_CSF_2:PR.AA-01=SUBSET_OF/5
            IAM-05     | NIST_CSF_2:PR.AA-01=SUBSET_OF/4
            IAM-06     | NIST_CSF_2:PR.AA-05=INTERSECTS_WITH/6
            IAM-11     | NIST_CSF_2:PR.AA-03=EQUAL/8
            IAM-12     | NIST_CSF_2:PR.AA-05=INTERSECTS_WITH/5 ISO42001:5.3=INTERSECTS_WITH/4
            SEC-01     | NIST_CSF_2:PR.DS-01=INTERSECTS_WITH/6
            SEC-02     | NIST_CSF_2:PR.PS-04=EQUAL/8 NIST_CSF_2:DE.CM-09=INTERSECTS_WITH/6
            SEC-03     | NIST_CSF_2:ID.RA-01=INTERSECTS_WITH/6 EU_AI_ACT:Art.15(5)=INTERSECTS_WITH/4
            CHG-01     | ISO42001:A.6.2.5=INTERSECTS_WITH/6 ISO42001:8.1=INTERSECTS_WITH/5 NIST_CSF_2:PR.PS-01=INTERSECTS_WITH/5
            CHG-02     | NIST_CSF_2:PR.PS-01=INTERSECTS_WITH/5
            RISK-01    | ISO42001:6.1.2=EQUAL/8 ISO42001:8.2=EQUAL/8 EU_AI_ACT:Art.9(1)=SUBSET_OF/6 NIST_CSF_2:GV.RM-01=INTERSECTS_WITH/5 NIST_CSF_2:ID.RA-05=INTERSECTS_WITH/6
            RISK-02    | ISO42001:6.1.3=INTERSECTS_WITH/6 ISO42001:8.3=INTERSECTS_WITH/6 NIST_AI_RMF:MANAGE 1.4=INTERSECTS_WITH/6
            RES-01     | ISO42001:A.6.2.6=INTERSECTS_WITH/4 NIST_CSF_2:RC.RP-01=INTERSECTS_WITH/5 EU_AI_ACT:Art.15(4)=INTERSECTS_WITH/4
            """;
    /** Recorded applicability decisions: scope (a framework = organisation-wide, or an AI system) | requirement | justification. */
    static final String NOT_APPLICABLE = """
            Framework:ISO42001    | ISO42001:A.10.4 | Kestrel supplies no AI systems to business customers; its AI serves its own operations and retail customers
            AiSystem:ai:code-assistant | ISO42001:A.7.3 | The code assistant is a vendor service; Kestrel acquires no training data for it
            """;
    static final String RISKS = """
            # slug                     | L | I | status   | owner             | affects                                                | treated by           | name                                        | description
            credit-model-bias          | 3 | 5 | TREATED  | priya.raghunathan | credit-scoring                                         | AI-DATA-02 AI-GOV-08 | Discriminatory credit decisions             | Model bias leads to unlawful discrimination against protected groups
            kyc-wrongful-rejection     | 3 | 4 | OPEN     | grace.whitfield   | kyc-document-review                                    | AI-GOV-05            | Wrongful KYC rejections                     | Extraction or matching errors reject legitimate applicants without human review
            support-incorrect-advice   | 4 | 3 | TREATED  | callum.reid       | customer-support-assistant                             | AI-SEC-02 AI-GOV-10  | Incorrect guidance from the assistant       | The assistant states wrong fees, rates or eligibility to customers
            prompt-injection-data-leak | 3 | 4 | OPEN     | marcus.feld       | customer-support-assistant marketing-content-generator | AI-SEC-01            | Prompt injection exposes customer data      | Crafted input makes an LLM application reveal data or misuse its tools
            agent-excessive-privilege  | 3 | 5 | OPEN     | ines.duarte       | fraud-detection credit-scoring                         | -                    | Agents act with over-privileged identities  | Autonomous agents run as identities with far more access than they need
            code-assistant-secret-leak | 2 | 3 | ACCEPTED | henrik.aalto      | code-assistant                                         | SEC-01               | Secrets sent to the code assistant vendor   | Source code containing secrets is sent to the vendor for completion
            marketing-copyright        | 3 | 2 | OPEN     | sofia.castellano  | marketing-content-generator                            | -                    | Generated content infringes copyright       | Generated copy or images reproduce protected third-party material
            """;
    static final Map<String, String> EVIDENCE_TITLES = Map.of("AUDIT_LOG", "Audit log extract", "MODEL_CARD", "Model card",
            "DECISION_LOG", "Decision log sample", "CHANGE_RECORD", "Change record", "TEST_REPORT", "Test report",
            "POLICY", "Policy document", "IMPACT_ASSESSMENT", "Impact assessment");

    void governance() {
        file = "governance.yaml";
        Set<String> onlyExpired = Set.of("IAM-03", "AI-DATA-02");   // planted: the last review or test was never repeated
        for (String[] c : table(CONTROLS)) {
            String ref = c[0], status = c[1];
            int cadence = Integer.parseInt(c[2]);
            boolean stale = onlyExpired.contains(ref);
            When tested = switch (status) {
                case "IMPLEMENTED" -> ago(stale ? cadence + between(20, 60) : between(5, 80));
                case "NOT_IMPLEMENTED" -> ago(between(20, 90));
                default -> null;
            };
            Node ctl = node("Control", "control:" + ref).with("name", c[5]).with("description", c[6]).with("status", status)
                    .with("testedAt", tested).with("evidenceCadenceDays", cadence);
            owns(ctl, owner(c[4]), c[4].startsWith("team:") ? "RESPONSIBLE" : "ACCOUNTABLE", "DECLARED", between(200, 700));
            if (!status.equals("IMPLEMENTED")) continue;
            if (stale) {
                evidence(ctl, c[3], 1, cadence + between(20, 60), cadence);
                evidence(ctl, c[3], 2, 2 * cadence + between(20, 60), cadence);
                plant("control-only-expired-evidence", "all evidence is past its expiry; the last cycle was never collected", ctl);
            } else {
                evidence(ctl, c[3], 1, between(3, cadence - 10), cadence);
                if (chance(0.75)) evidence(ctl, c[3], 2, cadence + between(10, 90), cadence);   // previous cycle, expired
            }
        }
        for (String[] a : table(APPLIES))
            for (String t : a[1].split(" "))
                rel("APPLIES_TO", "Control:control:" + a[0], t.startsWith("nhi:") ? named.get(t.substring(4))
                        : (t.startsWith("ai:") ? "AiSystem:" : "Agent:") + t);
        for (String[] c : table(SATISFIES))
            for (String link : c[1].split(" (?=[A-Z_0-9]+:)")) {
                String requirement = link.substring(0, link.lastIndexOf('='));
                String[] how = link.substring(link.lastIndexOf('=') + 1).split("/");
                rel("SATISFIES", "Control:control:" + c[0], "Requirement:" + requirement,
                        "relationship", how[0], "strength", Integer.parseInt(how[1]));
            }
        for (String[] a : table(NOT_APPLICABLE))
            rel("APPLICABILITY", a[0], "Requirement:" + a[1], "applicable", false, "justification", a[2]);
        for (String[] r : table(RISKS)) {
            Node risk = node("Risk", "risk:" + r[0]).with("name", r[7]).with("description", r[8])
                    .with("likelihood", Integer.parseInt(r[1])).with("impact", Integer.parseInt(r[2])).with("status", r[3]);
            owns(risk, human(r[4]), "ACCOUNTABLE", "DECLARED", between(60, 400));
            for (String s : r[5].split(" ")) rel("AFFECTS", risk, "AiSystem:ai:" + s);
            List<String> treatments = r[6].equals("-") ? List.of() : List.of(r[6].split(" "));
            for (String t : treatments) rel("TREATED_BY", risk, "Control:control:" + t);
            List<String> implemented = treatments.stream().filter(t -> get("Control:control:" + t).str("status").equals("IMPLEMENTED")).toList();
            if (implemented.isEmpty() && !Set.of("ACCEPTED", "CLOSED").contains(r[3]))
                plant("untreated-risk", treatments.isEmpty() ? r[3] + " risk with no TREATED_BY control"
                        : r[3] + " risk treated only by " + String.join(", ", treatments) + ", which is not implemented", risk);
        }
    }

    /** Evidence is valid for one cadence after collection. */
    void evidence(Node control, String kind, int n, int collectedDaysAgo, int cadence) {
        String ref = control.id.substring("control:".length()).toLowerCase();
        boolean log = kind.equals("AUDIT_LOG") || kind.equals("DECISION_LOG");
        Node e = node("Evidence", "evidence:" + ref + "-" + n)
                .with("name", EVIDENCE_TITLES.get(kind) + ": " + control.str("name") + " #" + n).with("kind", kind)
                .with("uri", log ? "s3://kestrel-grc-evidence/" + ref + "/" + n + ".jsonl.gz" : "https://docs.kestrel.example/grc/" + ref + "/evidence-" + n + ".pdf")
                .with("collectedAt", ago(collectedDaysAgo)).with("expiresAt", inDays(cadence - collectedDaysAgo)).with("sha256", hex(64));
        rel("EVIDENCES", e, control);
    }

    // ================================================================ validation (fail loudly)
    void validate() {
        List<String> errors = new ArrayList<>();
        Map<String, Set<String>> ids = new HashMap<>();
        for (Node n : nodes) {
            if (!NODE_PROPS.containsKey(n.label)) { errors.add("unknown label " + n.label); continue; }
            if (!ids.computeIfAbsent(n.label, l -> new HashSet<>()).add(n.id)) errors.add("duplicate id " + n.key());
            if (!n.id.matches(ID_PATTERNS.get(n.label))) errors.add("bad id " + n.key());
            checkProps(n.key(), n.props, NODE_PROPS.get(n.label), errors);
            When created = n.when("createdAt");
            for (String k : List.of("lastUsedAt", "lastRotatedAt"))
                if (created != null && n.when(k) != null && n.when(k).ago() > created.ago()) errors.add(n.key() + " " + k + " before createdAt");
        }
        for (Node t : ofLabel("Team")) if (!t.id.equals(People.teamId(t.str("name")))) errors.add(t.key() + " id is not the slug of its name");
        for (Node h : ofLabel("Human")) {
            if (!h.id.equals(People.humanId(h.str("email")))) errors.add(h.key() + " id is not its email");
            if (h.str("status").equals("LEAVER") != (h.props.get("leftAt") != null)) errors.add(h.key() + " leftAt must be set exactly for LEAVERs");
        }
        Set<String> ownedBy = new HashSet<>();
        for (Rel r : rels) {
            String where = r.type() + " " + r.from() + " -> " + r.to();
            Node from = byKey.getOrDefault(r.from(), catalogNode(r.from())), to = byKey.getOrDefault(r.to(), catalogNode(r.to()));
            if (!REL_PROPS.containsKey(r.type())) { errors.add("unknown relationship " + where); continue; }
            if (from == null || to == null) { errors.add("dangling endpoint " + where); continue; }
            RelType type = RelType.valueOf(r.type());
            if (!type.connects(NodeLabel.fromCypherName(from.label).orElseThrow(), NodeLabel.fromCypherName(to.label).orElseThrow()))
                errors.add("labels not allowed for " + where);
            for (String key : type.keyProperties()) if (r.props().get(key) == null) errors.add(where + ": key property " + key + " missing");
            checkProps(where, r.props(), REL_PROPS.get(r.type()), errors);
            if (r.type().equals("OWNED_BY") && !ownedBy.add(r.from() + "|" + r.to() + "|" + r.props().get("source") + "|" + r.props().get("role")))
                errors.add("duplicate OWNED_BY (same source and role) " + where);
        }
        // structure: a single manager tree, every team led by a member, every account and credential has exactly one holder
        Map<String, List<String>> managers = outgoing("REPORTS_TO");
        List<Node> humans = ofLabel("Human");
        long roots = humans.stream().filter(h -> !managers.containsKey(h.key())).count();
        if (roots != 1) errors.add("expected exactly one person without a manager, found " + roots);
        for (Node h : humans) {
            if (managers.getOrDefault(h.key(), List.of()).size() > 1) errors.add(h.key() + " reports to several managers");
            Set<String> seen = new HashSet<>();
            for (String k = h.key(); managers.containsKey(k); k = managers.get(k).get(0))
                if (!seen.add(k)) { errors.add("REPORTS_TO cycle through " + k); break; }
        }
        Map<String, List<String>> ledBy = outgoing("LED_BY"), memberOf = outgoing("MEMBER_OF");
        for (Node t : ofLabel("Team")) {
            List<String> l = ledBy.getOrDefault(t.key(), List.of());
            if (l.size() != 1 || !memberOf.getOrDefault(l.get(0), List.of()).contains(t.key())) errors.add(t.key() + " must be LED_BY exactly one member");
        }
        Map<String, List<String>> belongs = outgoing("BELONGS_TO");
        for (Node a : ofLabel("HumanAccount")) if (belongs.getOrDefault(a.key(), List.of()).size() != 1) errors.add(a.key() + " must BELONG_TO one human");
        Map<String, Long> holders = rels.stream().filter(r -> r.type().equals("HAS_CREDENTIAL")).collect(Collectors.groupingBy(Rel::to, Collectors.counting()));
        for (Node c : ofLabel("Credential")) if (holders.getOrDefault(c.key(), 0L) != 1) errors.add(c.key() + " must have exactly one holder");
        if (!errors.isEmpty()) fail("bundle validation failed", errors);
    }

    Map<String, List<String>> outgoing(String type) {
        Map<String, List<String>> m = new HashMap<>();
        for (Rel r : rels) if (r.type().equals(type)) m.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r.to());
        return m;
    }

    /** "Label:id" of the frameworks and requirements of the shipped catalogs, which the sample's controls link to. */
    final Set<String> catalog;

    /** Read as the server reads them at start-up, by {@link CatalogReader}. */
    static Set<String> loadCatalog(Path folder) {
        GraphBatch.Builder batch = GraphBatch.builder(CatalogLoader.CATALOG_SOURCE);
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList())
                try (InputStream in = Files.newInputStream(file)) { CatalogReader.read(file.getFileName().toString(), in, batch); }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalogs in " + folder, e);
        }
        return batch.build().nodes().stream().map(n -> n.label().cypherName() + ":" + n.id()).collect(Collectors.toSet());
    }

    /** A stand-in for a catalog node, so links to it are checked like links inside the sample. */
    Node catalogNode(String key) {
        return catalog.contains(key) ? new Node("importers/catalogs", key.substring(0, key.indexOf(':')),
                key.substring(key.indexOf(':') + 1)) : null;
    }

    static void checkProps(String where, Map<String, Object> props, Map<String, String> schema, List<String> errors) {
        props.forEach((k, v) -> {
            String type = schema.get(k);
            boolean ok = type != null && switch (type) {
                case "str" -> v instanceof String s && !s.isBlank() && !s.matches("now[+-]\\d+d");
                case "email" -> v instanceof String s && s.matches("[a-z0-9.-]+@kestrel\\.example");
                case "date" -> v instanceof When w && (!PAST_ONLY.contains(k) || w.past());
                case "bool" -> v instanceof Boolean;
                case "int" -> v instanceof Integer i && i > 0;
                case "1to5" -> v instanceof Integer i && i >= 1 && i <= 5;
                case "0to1" -> v instanceof Double d && d >= 0 && d <= 1;
                case "hex64" -> v instanceof String s && s.matches("[0-9a-f]{64}");
                case "list" -> v instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(x -> x instanceof String);
                default -> v instanceof String s ? List.of(type.split("\\|")).contains(s)   // enum, or a list of its values
                        : v instanceof List<?> l && List.of(type.split("\\|")).containsAll(l);
            };
            if (!ok) errors.add(where + ": bad property " + k + "=" + v);
        });
    }

    static void fail(String what, List<String> errors) {
        throw new IllegalStateException(what + " (" + errors.size() + " problems):\n  "
                + String.join("\n  ", errors.subList(0, Math.min(50, errors.size()))));
    }

    // ================================================================ independent re-detection of every planted problem
    /** Thresholds of the rule engine; "older than N days" means strictly more than N days ago. */
    static final int DORMANT_DAYS = 90, STALE_DAYS = 90, UNUSED_DAYS = 90;
    /** Microsoft's own tenants: service principals of first-party apps are managed by the vendor. */
    static final Set<String> VENDOR_TENANTS = Set.of("f8cdef31-a31e-4b4a-93e4-5f571e91255a", "72f988bf-86f1-41af-91ab-2d7cd011db47");
    /** Dates exactly at a threshold: the rule engine evaluates after load, so these would flip; the sample must have none. */
    final List<String> borderline = new ArrayList<>();

    boolean olderThan(Node subject, String what, When w, int days) {
        if (w.ago() == days) borderline.add(subject.key() + ": " + what + " is exactly " + days + " days ago");
        return w.ago() > days;
    }

    Map<String, Set<String>> detect() {
        Map<String, List<Rel>> out = new HashMap<>(), in = new HashMap<>();
        for (Rel r : rels) {
            out.computeIfAbsent(r.from() + "|" + r.type(), k -> new ArrayList<>()).add(r);
            in.computeIfAbsent(r.to() + "|" + r.type(), k -> new ArrayList<>()).add(r);
        }
        java.util.function.BiFunction<Node, String, List<Node>> targets = (n, t) ->
                out.getOrDefault(n.key() + "|" + t, List.of()).stream().map(r -> byKey.get(r.to())).toList();
        // a team's people: its leads and its human members
        java.util.function.Function<Node, List<Node>> leadsOf = team -> targets.apply(team, "LED_BY");
        java.util.function.Function<Node, List<Node>> people = team -> {
            List<Node> p = new ArrayList<>(leadsOf.apply(team));
            in.getOrDefault(team.key() + "|MEMBER_OF", List.of()).stream().map(r -> byKey.get(r.from()))
                    .filter(h -> h.label.equals("Human") && !p.contains(h)).forEach(p::add);
            return p;
        };
        java.util.function.Predicate<Node> active = h -> h.label.equals("Human") && "ACTIVE".equals(h.str("status"));
        java.util.function.Predicate<Node> counts = o -> o.label.equals("Human") ? active.test(o)
                : o.label.equals("Team") && people.apply(o).stream().anyMatch(active);
        java.util.function.Predicate<Node> departed = o -> o.label.equals("Human") ? isLeaver(o)
                : o.label.equals("Team") && !people.apply(o).isEmpty() && people.apply(o).stream().allMatch(this::isLeaver);
        // two claims agree when they name the same owner, or a team and a person who leads it or is a member of it
        java.util.function.BiPredicate<Node, Node> agree = (a, b) -> a == b
                || (a.label.equals("Team") && b.label.equals("Human") && people.apply(a).contains(b))
                || (b.label.equals("Team") && a.label.equals("Human") && people.apply(b).contains(a));

        Map<String, Set<String>> found = new TreeMap<>();
        for (Node n : nodes) {
            java.util.function.Function<String, List<Rel>> outs = t -> out.getOrDefault(n.key() + "|" + t, List.of());
            java.util.function.Consumer<String> hit = kind -> found.computeIfAbsent(kind, k -> new TreeSet<>()).add(n.id);
            List<Rel> owners = outs.apply("OWNED_BY");
            List<Rel> accountableClaims = owners.stream().filter(r -> "ACCOUNTABLE".equals(r.props().get("role"))).toList();
            List<Node> accountable = accountableClaims.stream().map(r -> byKey.get(r.to())).distinct().toList();
            boolean ownerLeft = !accountable.isEmpty() && accountable.stream().allMatch(departed);
            boolean ownerCounts = accountable.stream().anyMatch(counts);
            String status = n.str("status");
            boolean ownable = switch (n.label) {
                case "NonHumanIdentity", "HumanAccount" -> !"DELETED".equals(status);
                case "Credential" -> "ACTIVE".equals(status);
                case "AiSystem" -> !"RETIRED".equals(n.str("lifecycle"));
                case "Risk" -> !"CLOSED".equals(status);
                case "Agent", "Model", "Control" -> true;
                default -> false;
            };
            if (ownable && ownerLeft) hit.accept("owner-left");
            if (ownable) {
                boolean conflict = false;
                for (int i = 0; i < accountableClaims.size() && !conflict; i++)
                    for (int j = i + 1; j < accountableClaims.size() && !conflict; j++) {
                        Rel a = accountableClaims.get(i), b = accountableClaims.get(j);
                        conflict = !Objects.equals(a.props().get("source"), b.props().get("source"))
                                && !agree.test(byKey.get(a.to()), byKey.get(b.to()));
                    }
                if (conflict) hit.accept("conflicting-ownership");
            }
            // attestation-overdue: the subject's review cadence comes from its AI system (an agent's is the system it is PART_OF)
            List<Node> systems = n.label.equals("AiSystem") ? List.of(n) : n.label.equals("Agent") ? targets.apply(n, "PART_OF") : List.of();
            for (Node system : systems) {
                Object cadence = system.props.get("reviewCadenceDays");
                if (cadence == null || "RETIRED".equals(system.str("lifecycle"))) continue;
                for (Rel claim : accountableClaims) {
                    if (!counts.test(byKey.get(claim.to()))) continue;
                    When last = claim.props().get("attestedAt") != null ? (When) claim.props().get("attestedAt") : (When) claim.props().get("since");
                    if (last != null && olderThan(n, "attestation by " + claim.to(), last, (Integer) cadence)) hit.accept("attestation-overdue");
                }
            }
            switch (n.label) {
                case "NonHumanIdentity" -> {
                    boolean vendorManaged = (n.str("provider").equals("aws") && n.str("kind").equals("IAM_ROLE") && Boolean.TRUE.equals(n.props.get("serviceLinked")))
                            || (n.str("provider").equals("entra") && n.str("kind").equals("SERVICE_PRINCIPAL") && n.props.get("appOwnerOrganizationId") instanceof String org && VENDOR_TENANTS.contains(org));
                    boolean privileged = Boolean.TRUE.equals(n.props.get("privileged"));
                    if (status.equals("DELETED") || vendorManaged) break;
                    if (!ownerCounts && !ownerLeft) hit.accept("orphaned-identity");
                    if (privileged && owners.isEmpty()) hit.accept("privileged-identity-without-owner");
                    if (privileged && status.equals("ACTIVE")) {
                        When used = n.when("lastUsedAt");
                        if (used != null ? olderThan(n, "lastUsedAt", used, DORMANT_DAYS) : olderThan(n, "createdAt", n.when("createdAt"), DORMANT_DAYS))
                            hit.accept("dormant-privileged-identity");
                    }
                }
                case "Credential" -> {
                    if (!status.equals("ACTIVE")) break;
                    String kind = n.str("kind");
                    When rotated = n.when("lastRotatedAt") != null ? n.when("lastRotatedAt") : n.when("createdAt");
                    if (!kind.equals("FEDERATED") && !kind.equals("PASSWORD") && olderThan(n, "last rotation", rotated, STALE_DAYS)) hit.accept("stale-credential");
                    if (Set.of("CLIENT_SECRET", "API_KEY", "TOKEN").contains(kind) && n.when("expiresAt") == null) hit.accept("non-expiring-secret");
                    if (n.when("expiresAt") != null && n.when("expiresAt").past()) hit.accept("expired-active-credential");
                    When used = n.when("lastUsedAt") != null ? n.when("lastUsedAt") : n.when("createdAt");
                    if (!kind.equals("FEDERATED") && olderThan(n, "last use", used, UNUSED_DAYS)) hit.accept("unused-credential");
                }
                case "Agent" -> {
                    if (owners.isEmpty()) hit.accept("agent-without-owner");
                    if (outs.apply("ACTS_AS").isEmpty()) hit.accept("agent-without-identity");
                    if (targets.apply(n, "ACTS_ON_BEHALF_OF").stream().anyMatch(this::isLeaver)) hit.accept("agent-on-behalf-of-leaver");
                }
                case "AiSystem" -> {
                    if (!n.str("lifecycle").equals("RETIRED") && !ownerCounts && !ownerLeft) hit.accept("ai-system-without-accountable-owner");
                    if ("HIGH".equals(n.str("euRiskClass")) && "PRODUCTION".equals(n.str("lifecycle"))
                            && targets.apply(n, "OVERSEEN_BY").stream().noneMatch(active)) hit.accept("high-risk-without-oversight");
                    Set<Node> selves = new HashSet<>();
                    for (Node o : accountable) {
                        if (o.label.equals("Human")) selves.add(o);
                        else if (o.label.equals("Team")) selves.addAll(leadsOf.apply(o));
                    }
                    if (targets.apply(n, "APPROVED_BY").stream().anyMatch(selves::contains)) hit.accept("self-approved-ai-system");
                }
                case "Risk" -> {
                    if (!status.equals("ACCEPTED") && !status.equals("CLOSED")
                            && targets.apply(n, "TREATED_BY").stream().noneMatch(c -> "IMPLEMENTED".equals(c.str("status")))) hit.accept("untreated-risk");
                }
                case "Control" -> {
                    List<Node> ev = in.getOrDefault(n.key() + "|EVIDENCES", List.of()).stream().map(r -> byKey.get(r.from())).toList();
                    if (status.equals("IMPLEMENTED") && !ev.isEmpty() && ev.stream().allMatch(e -> e.when("expiresAt") != null && e.when("expiresAt").past()))
                        hit.accept("control-only-expired-evidence");
                }
                default -> { }
            }
        }
        // stale-in-source cannot occur in a loaded sample: the writer clears staleSince on load
        return found;
    }

    void checkPlanted() {
        Map<String, Set<String>> expected = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (Planted p : planted)
            if (!expected.computeIfAbsent(p.kind(), k -> new TreeSet<>()).add(p.ids().get(0))) errors.add(p.kind() + ": planted twice: " + p.ids().get(0));
        Map<String, Set<String>> found = detect();
        Set<String> kinds = new TreeSet<>(expected.keySet());
        kinds.addAll(found.keySet());
        for (String k : kinds) {
            Set<String> e = expected.getOrDefault(k, Set.of()), f = found.getOrDefault(k, Set.of());
            for (String id : f) if (!e.contains(id)) errors.add(k + ": detected but not listed as planted: " + id);
            for (String id : e) if (!f.contains(id)) errors.add(k + ": planted but not detected: " + id);
        }
        if (kinds.size() != 18) errors.add("expected 18 problem kinds, got " + kinds.size() + " " + kinds);
        errors.addAll(borderline);
        if (!errors.isEmpty()) fail("planted problems do not match the data", errors);
    }

    // ================================================================ output
    static final Map<String, String> FILE_TOPICS = Map.of(
            "people.yaml", "People, teams, reporting lines and team leads.",
            "identities.yaml", "Non-human identities, people's accounts, credentials, groups, policies, trust and identity ownership.",
            "ai.yaml", "AI systems, agents, models, datasets, vendors, their ownership, oversight and approvals.",
            "governance.yaml", "Controls, evidence and risks.");

    /** The files of the sample: name to content, in load order. */
    Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String f : FILES) {
            StringBuilder sb = new StringBuilder();
            sb.append("# Oversight graph bundle: Kestrel Financial, a FICTIONAL bank (kestrel.example). No real people or systems.\n")
                    .append("# ").append(FILE_TOPICS.get(f)).append('\n')
                    .append("# Generated by src/test/java/org/oversight/sample/SampleGenerator.java; edit the generator, not this file,\n")
                    .append("# and regenerate: ").append(COMMAND).append('\n')
                    .append("# All files of the folder load in one transaction. Dates count from the day of loading (now-<N>d / now+<N>d);\n")
                    .append("# the sample loader gives today, an import through the bundle source needs relativeTo=<yyyy-MM-dd>.\n");
            List<Planted> here = planted.stream().filter(p -> p.file().equals(f)).toList();
            if (!here.isEmpty()) sb.append("#\n# Accountability problems planted on purpose (one per line):\n");
            for (Planted p : here) sb.append("# PLANTED ").append(p.kind()).append(": ").append(String.join(", ", p.ids())).append(" - ").append(p.why()).append('\n');
            sb.append("\nnodes:\n");
            for (String label : NODE_PROPS.keySet()) {
                List<Node> ns = nodes.stream().filter(n -> n.file.equals(f) && n.label.equals(label)).toList();
                if (ns.isEmpty()) continue;
                sb.append("  ").append(label).append(":\n");
                for (Node n : ns) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", n.id);
                    m.putAll(n.props);
                    sb.append("    - ").append(flow(m)).append('\n');
                }
            }
            sb.append("\nrelationships:\n");
            for (String type : REL_PROPS.keySet()) {
                List<Rel> rs = rels.stream().filter(r -> r.file().equals(f) && r.type().equals(type)).toList();
                if (rs.isEmpty()) continue;
                sb.append("  ").append(type).append(":\n");
                for (Rel r : rs) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("from", r.from());
                    m.put("to", r.to());
                    m.putAll(r.props());
                    sb.append("    - ").append(flow(m)).append('\n');
                }
            }
            files.put(f, sb.toString());
        }
        return files;
    }

    /** Replaces the *.yaml files of {@code dir} with the sample's and prints what it holds. */
    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "*.yaml")) { for (Path p : old) Files.delete(p); }
        System.out.println("Wrote " + dir + ":");
        for (Map.Entry<String, String> f : files().entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            System.out.printf("  %-16s %6d lines%n", f.getKey(), f.getValue().chars().filter(ch -> ch == '\n').count());
        }
        System.out.println("Nodes:");
        for (String label : NODE_PROPS.keySet()) System.out.printf("  %-18s %5d%n", label, nodes.stream().filter(n -> n.label.equals(label)).count());
        System.out.println("Relationships:");
        for (String type : REL_PROPS.keySet()) System.out.printf("  %-18s %5d%n", type, rels.stream().filter(r -> r.type().equals(type)).count());
        System.out.println("Planted problems: " + planted.size() + " lines, all re-detected");
    }

    static String flow(Map<String, Object> m) {
        return m.entrySet().stream().map(e -> e.getKey() + ": " + scalar(e.getValue())).collect(Collectors.joining(", ", "{", "}"));
    }

    static final Set<String> YAML_WORDS = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null", "~");

    /** Plain YAML only when unambiguous; anything with colons, commas, quotes or number/boolean look-alikes is double-quoted. */
    static String scalar(Object v) {
        if (v instanceof List<?> l) return l.stream().map(SampleGenerator::scalar).collect(Collectors.joining(", ", "[", "]"));
        if (!(v instanceof String s)) return v.toString();   // When, Integer, Double, Boolean
        boolean plain = s.matches("[A-Za-z][A-Za-z0-9 ._@/()+-]*") && !s.endsWith(" ") && !YAML_WORDS.contains(s.toLowerCase());
        return plain ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
