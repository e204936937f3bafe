import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generates a synthetic enterprise ("Northwind Holdings") in the real export formats Oversight's
 * importers read, for the benchmark (bench/Bench.java). Standalone, JDK 25, no dependencies:
 *
 *   java bench/Generate.java <identities> <outDir> [seed] [reference-date]
 *
 * seed defaults to 42; reference-date ("now" for every date written: 2026-12-01 or
 * 2026-12-01T00:00:00Z) defaults to today, 00:00 UTC. The same arguments give byte-identical output.
 *
 * Output under outDir:
 *   hr/people.csv                         hr-csv: every person (leavers and suspended included)
 *   aws/<account>/authz.json              aws-iam: aws iam get-account-authorization-details
 *   aws/<account>/credential-report.csv   aws-iam: the IAM credential report (decoded CSV)
 *   entra/<tenant>/applications.json      entra: GET /applications?$expand=owners
 *   entra/<tenant>/servicePrincipals.json entra: GET /servicePrincipals?$expand=owners
 *   entra/<tenant>/appRoleAssignedTo.json entra: GET /servicePrincipals/{Microsoft Graph}/appRoleAssignedTo
 *   cyclonedx/<system>.json               cyclonedx: one CycloneDX 1.6 ML-BOM per AI system
 *   ownership/ownership.csv               ownership-csv: declared ownership (stewards' list)
 *   manifest.tsv                          the imports to run, in order (written last)
 *   summary.txt                           totals and the findings to expect
 *
 * Shape: people = max(50, identities / 45), teams of about 8 with leads, a manager tree of depth
 * 4 to 6, about 4% leavers and 0.5% suspended; identities about 60% AWS (at most 4,000 per account,
 * 20% users, 80% roles) and 40% Entra (at most 50,000 per tenant); about 1.5 credentials per
 * identity; owners on about 80-85%, about 10% orphans, about 3% declared; about 40% of AWS
 * identities dormant; one AI system per 2,000 identities (at least 3). Files are streamed: memory
 * does not grow with the number of identities (only people and one account's role names are kept).
 */
public class Generate {

    static final String COMPANY = "Northwind Holdings";
    static final String DOMAIN = "northwind.example";
    static final long DAY = 86_400L;
    static final int AWS_MAX_PER_ACCOUNT = 4_000;
    static final int AWS_AVERAGE_PER_ACCOUNT = 2_500;
    static final int ENTRA_MAX_PER_TENANT = 50_000;
    static final int ENTRA_AVERAGE_PER_TENANT = 40_000;
    /** 2299-12-31, the end date of secrets made to never expire. */
    static final long NEVER = LocalDate.of(2299, 12, 31).toEpochDay() * DAY;
    static final String MICROSOFT_TENANT = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";
    static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";

    static long now;
    static long seed;
    static Path out;

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: java bench/Generate.java <identities> <outDir> [seed] [reference-date]");
            System.exit(2);
        }
        int identities = Integer.parseInt(args[0].replace("_", ""));
        if (identities < 100) {
            throw new IllegalArgumentException("at least 100 identities");
        }
        out = Path.of(args[1]);
        seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        now = args.length > 3 ? parseReference(args[3])
                : LocalDate.now(ZoneOffset.UTC).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        long started = System.nanoTime();
        clean();
        new Generate(identities).run();
        System.out.printf(Locale.ROOT, "generated %,d identities in %s in %.1f s%n", identities, out,
                (System.nanoTime() - started) / 1e9);
    }

    static long parseReference(String text) {
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toEpochSecond(ZoneOffset.UTC)
                : OffsetDateTime.parse(text).toEpochSecond();
    }

    /** Removes what an earlier run wrote (only the generator's own paths). */
    static void clean() throws IOException {
        for (String name : List.of("manifest.tsv", "summary.txt", "hr", "aws", "entra", "ownership", "cyclonedx")) {
            Path path = out.resolve(name);
            if (Files.exists(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
        Files.createDirectories(out);
    }

    // ================================================================ random numbers

    /** SplitMix64: fast, deterministic, independent streams per seed. */
    static final class Rng {
        private long state;

        Rng(long... keys) {
            long s = 0x9E3779B97F4A7C15L;
            for (long key : keys) {
                s = mix(s ^ key) + 0x632BE59BD9B4E019L;
            }
            state = s;
        }

        long nextLong() {
            state += 0x9E3779B97F4A7C15L;
            return mix(state);
        }

        static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        double nextDouble() {
            return (nextLong() >>> 11) * 0x1.0p-53;
        }

        int nextInt(int bound) {
            return (int) ((nextLong() >>> 33) % bound);
        }

        /** Uniform in [from, to]. */
        long between(long from, long to) {
            return to <= from ? from : from + Math.floorMod(nextLong(), to - from + 1);
        }

        boolean chance(double p) {
            return nextDouble() < p;
        }

        <T> T pick(T[] values) {
            return values[nextInt(values.length)];
        }

        <T> T pick(List<T> values) {
            return values.get(nextInt(values.size()));
        }

        double gaussian() {
            double u = Math.max(1e-12, nextDouble());
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * nextDouble());
        }

        /** A GUID as Entra writes them (version 4 layout). */
        String guid() {
            return guid(nextLong(), nextLong());
        }

        static String guid(long hi, long lo) {
            hi = (hi & ~0xF000L) | 0x4000L;
            lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            char[] c = new char[36];
            int p = 0;
            for (int i = 0; i < 16; i++) {
                if (i == 8 || i == 12) {
                    c[p++] = '-';
                }
                c[p++] = HEX[(int) (hi >>> (60 - 4 * i)) & 15];
            }
            c[p++] = '-';
            for (int i = 0; i < 16; i++) {
                if (i == 4) {
                    c[p++] = '-';
                }
                c[p++] = HEX[(int) (lo >>> (60 - 4 * i)) & 15];
            }
            return new String(c);
        }

        static final char[] UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
        static final char[] BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
        static final char[] HEX = "0123456789abcdef".toCharArray();

        String chars(char[] alphabet, int length) {
            char[] c = new char[length];
            for (int i = 0; i < length; i++) {
                c[i] = alphabet[nextInt(alphabet.length)];
            }
            return new String(c);
        }
    }

    // ================================================================ text helpers

    /** ISO-8601 UTC, as the AWS CLI prints it ({@code +00:00}) or as Graph does ({@code Z}). */
    static void iso(StringBuilder sb, long t, boolean zulu) {
        long days = Math.floorDiv(t, DAY);
        int secs = (int) Math.floorMod(t, DAY);
        LocalDate d = LocalDate.ofEpochDay(days);
        int y = d.getYear();
        sb.append(y);
        sb.append('-');
        two(sb, d.getMonthValue());
        sb.append('-');
        two(sb, d.getDayOfMonth());
        sb.append('T');
        two(sb, secs / 3600);
        sb.append(':');
        two(sb, secs / 60 % 60);
        sb.append(':');
        two(sb, secs % 60);
        sb.append(zulu ? "Z" : "+00:00");
    }

    static String iso(long t, boolean zulu) {
        StringBuilder sb = new StringBuilder(25);
        iso(sb, t, zulu);
        return sb.toString();
    }

    static String date(long t) {
        return LocalDate.ofEpochDay(Math.floorDiv(t, DAY)).toString();
    }

    static void two(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }

    /** A JSON string literal. */
    static StringBuilder q(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }

    /** {@code "key":"value"} (with a leading comma unless first). */
    static StringBuilder kv(StringBuilder sb, String key, String value) {
        q(sb, key).append(':');
        return value == null ? sb.append("null") : q(sb, value);
    }

    static StringBuilder kt(StringBuilder sb, String key, long time, boolean zulu) {
        q(sb, key).append(":\"");
        iso(sb, time, zulu);
        return sb.append('"');
    }

    static StringBuilder strings(StringBuilder sb, List<String> values) {
        sb.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            q(sb, values.get(i));
        }
        return sb.append(']');
    }

    /** A CSV cell (RFC 4180). */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    static String slug(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    static BufferedWriter writer(Path path) {
        try {
            Files.createDirectories(path.getParent());
            return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Writer w, CharSequence text) {
        try {
            w.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void close(Writer w) {
        try {
            w.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ================================================================ vocabulary

    static final String[] FIRST = {"Amara", "Jonas", "Priya", "Tomas", "Lena", "Mei", "Grace", "Oskar", "Samuel", "Anna",
            "Henrik", "Sofia", "Lucas", "Emma", "Noah", "Olivia", "Liam", "Ava", "Mateo", "Isla", "Elias", "Chloe",
            "Arjun", "Zara", "Kenji", "Yuki", "Fatima", "Omar", "Aisha", "Diego", "Lucia", "Marco", "Giulia", "Pierre",
            "Camille", "Hugo", "Ines", "Jakub", "Zofia", "Mikael", "Astrid", "Finn", "Freya", "Ravi", "Ananya", "Chen",
            "Wei", "Min-jun", "Seo-yeon", "Tariq", "Leila", "Kwame", "Ama", "Tunde", "Ngozi", "Sipho", "Thandi",
            "Mateus", "Beatriz", "Rafael", "Camila", "Ethan", "Mia", "Jack", "Ruby", "Oliver", "Harper", "Daniel",
            "Nora", "David", "Sara", "Paul", "Julia", "Peter", "Eva", "Martin", "Clara", "Andrei", "Ioana", "Nikos",
            "Eleni", "Mehmet", "Elif", "Ivan", "Olga", "Tom", "Hannah", "Ben", "Laura", "Max", "Lea", "Felix",
            "Marie", "Leon", "Nina", "Adam", "Maya", "Sam", "Rosa", "Joel", "Alba"};
    static final String[] LAST = {"Okafor", "Berg", "Natarajan", "Ruiz", "Fischer", "Chen", "Holm", "Nilsson", "Osei",
            "Kowalska", "Aalto", "Rossi", "Martin", "Dubois", "Schmidt", "Muller", "Garcia", "Lopez", "Silva",
            "Santos", "Kim", "Park", "Lee", "Tanaka", "Sato", "Suzuki", "Singh", "Patel", "Sharma", "Gupta", "Khan",
            "Ali", "Hassan", "Ibrahim", "Mensah", "Adeyemi", "Nkosi", "Dlamini", "Johansson", "Andersson", "Larsen",
            "Jensen", "Hansen", "Virtanen", "Korhonen", "Novak", "Horvat", "Kovacs", "Nagy", "Popescu", "Ionescu",
            "Papadopoulos", "Yilmaz", "Kaya", "Ivanov", "Petrov", "Smith", "Jones", "Brown", "Taylor", "Wilson",
            "Evans", "Walker", "Wright", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Clarke",
            "Murphy", "Kelly", "Byrne", "Walsh", "OBrien", "Ryan", "Nguyen", "Tran", "Le", "Pham", "Wong", "Lim",
            "Tan", "Ng", "Cohen", "Levi", "Mizrahi", "Moreau", "Laurent", "Bernard", "Richter", "Wagner", "Becker",
            "Hoffmann", "Vos", "Jansen", "DeVries", "Peeters", "Claes", "Costa", "Ferreira"};
    static final String[] DEPARTMENTS = {"Technology", "Data and Analytics", "Finance", "Operations", "Risk and Compliance",
            "Customer Service", "Marketing", "Sales", "People", "Legal", "Security", "Product"};
    static final String[] DOMAINS = {"Payments", "Ledger", "Claims", "Billing", "Checkout", "Catalog", "Search",
            "Recommendations", "Fraud", "Onboarding", "Notifications", "Reporting", "Analytics", "Data Lake",
            "Integration", "CRM", "Inventory", "Pricing", "Underwriting", "Treasury", "Settlement", "Reconciliation",
            "Identity", "Gateway", "Mobile", "Web", "Content", "Support", "Messaging", "Logistics", "Orders",
            "Loyalty", "Partners", "Observability", "Cloud", "Network", "Workplace", "Compliance", "Forecasting",
            "Machine Learning"};
    static final String[] FUNCTIONS = {"Platform", "Engineering", "Services", "Operations", "Insights", "Delivery",
            "Reliability", "Automation", "Experience", "Infrastructure", "Quality", "Architecture", "Enablement",
            "Security", "Data", "Apps", "Core", "Tooling", "Growth", "Intelligence"};
    static final String[] IC_TITLES = {"Software Engineer", "Senior Software Engineer", "Site Reliability Engineer",
            "Data Engineer", "Data Scientist", "ML Engineer", "Platform Engineer", "Security Engineer", "Analyst",
            "Business Analyst", "Product Owner", "QA Engineer", "Cloud Engineer", "DevOps Engineer", "Architect",
            "Specialist", "Consultant", "Operations Engineer"};
    static final String[] APPS = {"payments", "ledger", "claims", "billing", "checkout", "catalog", "search", "recs",
            "fraud", "kyc", "onboarding", "notify", "reporting", "analytics", "datalake", "etl", "ingest", "crm",
            "hr-portal", "inventory", "pricing", "quotes", "underwriting", "risk", "treasury", "settlement", "recon",
            "audit", "identity", "auth", "gateway", "mobile-api", "web", "cms", "media", "support", "chat", "email",
            "sms", "scheduler", "batch", "ml-training", "ml-inference", "feature-store", "warehouse", "logistics",
            "shipping", "orders", "cart", "loyalty", "rewards", "partner-api", "webhooks", "exports", "backup",
            "monitoring", "logging", "scanner", "vuln-mgmt", "cost-reports"};
    static final String[] COMPONENTS = {"api", "worker", "consumer", "producer", "sync", "exporter", "importer",
            "processor", "scheduler", "handler", "migrator", "indexer", "reader", "writer", "cron", "stream",
            "loader", "notifier"};
    static final String[] PURPOSES = {"exec", "task", "runtime", "deploy", "access", "read", "write", "ops", "job",
            "service"};
    static final String[] ENVS = {"prod", "prod", "prod", "staging", "dev", "test", "sandbox", "shared-services",
            "security", "logging", "data", "network"};
    static final String[] REGIONS = {"us-east-1", "eu-west-1", "eu-central-1", "us-west-2", "ap-southeast-2",
            "eu-north-1"};
    static final String[] SERVICES = {"s3", "sts", "dynamodb", "ec2", "lambda", "sqs", "sns", "kms", "secretsmanager",
            "logs", "ecr", "cloudwatch"};
    static final String[][] SERVICE_LINKED = {
            {"AWSServiceRoleForSupport", "support.amazonaws.com"},
            {"AWSServiceRoleForTrustedAdvisor", "trustedadvisor.amazonaws.com"},
            {"AWSServiceRoleForOrganizations", "organizations.amazonaws.com"},
            {"AWSServiceRoleForSSO", "sso.amazonaws.com"},
            {"AWSServiceRoleForAutoScaling", "autoscaling.amazonaws.com"},
            {"AWSServiceRoleForElasticLoadBalancing", "elasticloadbalancing.amazonaws.com"},
            {"AWSServiceRoleForECS", "ecs.amazonaws.com"},
            {"AWSServiceRoleForRDS", "rds.amazonaws.com"},
            {"AWSServiceRoleForAmazonEKS", "eks.amazonaws.com"},
            {"AWSServiceRoleForAmazonEKSNodegroup", "eks-nodegroup.amazonaws.com"},
            {"AWSServiceRoleForCloudTrail", "cloudtrail.amazonaws.com"},
            {"AWSServiceRoleForConfig", "config.amazonaws.com"},
            {"AWSServiceRoleForAmazonGuardDuty", "guardduty.amazonaws.com"},
            {"AWSServiceRoleForSecurityHub", "securityhub.amazonaws.com"},
            {"AWSServiceRoleForAccessAnalyzer", "access-analyzer.amazonaws.com"},
            {"AWSServiceRoleForAmazonSSM", "ssm.amazonaws.com"},
            {"AWSServiceRoleForAPIGateway", "ops.apigateway.amazonaws.com"},
            {"AWSServiceRoleForAmazonElasticFileSystem", "elasticfilesystem.amazonaws.com"},
            {"AWSServiceRoleForElastiCache", "elasticache.amazonaws.com"},
            {"AWSServiceRoleForAmazonOpenSearchService", "opensearchservice.amazonaws.com"},
            {"AWSServiceRoleForGlobalAccelerator", "globalaccelerator.amazonaws.com"},
            {"AWSServiceRoleForCloudWatchEvents", "events.amazonaws.com"},
            {"AWSServiceRoleForApplicationAutoScaling_DynamoDBTable", "dynamodb.application-autoscaling.amazonaws.com"},
            {"AWSServiceRoleForBackup", "backup.amazonaws.com"},
            {"AWSServiceRoleForRedshift", "redshift.amazonaws.com"},
            {"AWSServiceRoleForAmazonMacie", "macie.amazonaws.com"},
            {"AWSServiceRoleForAmazonInspector2", "inspector2.amazonaws.com"},
            {"AWSServiceRoleForResourceExplorer", "resource-explorer-2.amazonaws.com"},
            {"AWSServiceRoleForCloudFormationStackSetsOrgMember", "member.org.stacksets.cloudformation.amazonaws.com"},
            {"AWSServiceRoleForAmazonSageMakerNotebooks", "sagemaker.amazonaws.com"},
            {"AWSServiceRoleForKafka", "kafka.amazonaws.com"},
            {"AWSServiceRoleForLakeFormationDataAccess", "lakeformation.amazonaws.com"},
            {"AWSServiceRoleForVPCTransitGateway", "transitgateway.amazonaws.com"},
            {"AWSServiceRoleForEC2Spot", "spot.amazonaws.com"},
            {"AWSServiceRoleForEMRCleanup", "elasticmapreduce.amazonaws.com"}};
    static final String[] SSO_PERMISSION_SETS = {"AdministratorAccess", "PowerUserAccess", "ReadOnlyAccess",
            "DeveloperAccess", "BillingAccess", "SecurityAudit", "DataEngineer", "SupportUser"};

    /** AWS-managed policies: name, path, PolicyId, document. */
    static final String[][] AWS_POLICIES = {
            {"AdministratorAccess", "/", "ANPAIWMBCKSKIEE64ZLYK",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}"},
            {"PowerUserAccess", "/", "ANPAJYRXTHIB4FOVS3ZXS",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":[\"iam:*\",\"organizations:*\",\"account:*\"],\"Resource\":\"*\"},{\"Effect\":\"Allow\",\"Action\":[\"iam:CreateServiceLinkedRole\",\"iam:DeleteServiceLinkedRole\",\"iam:ListRoles\",\"organizations:DescribeOrganization\",\"account:ListRegions\",\"account:GetAccountInformation\"],\"Resource\":\"*\"}]}"},
            {"ReadOnlyAccess", "/", "ANPAILL3HVNFSB6DCOWYQ",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"ReadOnlyActions\",\"Effect\":\"Allow\",\"Action\":[\"ec2:Describe*\",\"s3:Get*\",\"s3:List*\",\"iam:Get*\",\"iam:List*\",\"lambda:Get*\",\"lambda:List*\",\"dynamodb:Describe*\",\"dynamodb:List*\",\"rds:Describe*\",\"cloudwatch:Get*\",\"cloudwatch:List*\",\"logs:Describe*\",\"logs:Get*\"],\"Resource\":\"*\"}]}"},
            {"AWSLambdaBasicExecutionRole", "/service-role/", "ANPAJNCQGXC42545SKXIK",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"logs:CreateLogGroup\",\"logs:CreateLogStream\",\"logs:PutLogEvents\"],\"Resource\":\"*\"}]}"},
            {"AmazonECSTaskExecutionRolePolicy", "/service-role/", "ANPAJG4T4G4PV56DE72PY",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"ecr:GetAuthorizationToken\",\"ecr:BatchCheckLayerAvailability\",\"ecr:GetDownloadUrlForLayer\",\"ecr:BatchGetImage\",\"logs:CreateLogStream\",\"logs:PutLogEvents\"],\"Resource\":\"*\"}]}"},
            {"AmazonSSMManagedInstanceCore", "/", "ANPAIXSHM2BNB2D3AXXRU",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"ssm:DescribeAssociation\",\"ssm:GetDocument\",\"ssm:UpdateInstanceInformation\",\"ssmmessages:CreateControlChannel\",\"ssmmessages:OpenDataChannel\",\"ec2messages:GetMessages\"],\"Resource\":\"*\"}]}"},
            {"AmazonS3ReadOnlyAccess", "/", "ANPAIZTJ4DXE7G6AGAE6M",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:Get*\",\"s3:List*\",\"s3-object-lambda:Get*\",\"s3-object-lambda:List*\"],\"Resource\":\"*\"}]}"},
            {"CloudWatchAgentServerPolicy", "/", "ANPAIGOPKN7KRDAKTLG4I",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"cloudwatch:PutMetricData\",\"ec2:DescribeVolumes\",\"ec2:DescribeTags\",\"logs:PutLogEvents\",\"logs:CreateLogStream\"],\"Resource\":\"*\"}]}"},
            {"Billing", "/job-function/", "ANPAIFTHXT6FFMIRT7ZEA",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"aws-portal:*Billing\",\"aws-portal:*Usage\",\"aws-portal:*PaymentMethods\",\"budgets:ViewBudget\",\"budgets:ModifyBudget\",\"ce:Get*\"],\"Resource\":\"*\"}]}"},
            {"AmazonEC2ContainerRegistryReadOnly", "/", "ANPAIFYZPA37OOHVIH7KQ",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"ecr:GetAuthorizationToken\",\"ecr:BatchCheckLayerAvailability\",\"ecr:GetDownloadUrlForLayer\",\"ecr:DescribeRepositories\",\"ecr:ListImages\",\"ecr:BatchGetImage\"],\"Resource\":\"*\"}]}"}};
    static final int ADMIN = 0, POWER_USER = 1, READ_ONLY = 2, LAMBDA_BASIC = 3, ECS_TASK = 4, SSM_CORE = 5,
            S3_READ = 6, CW_AGENT = 7, BILLING = 8, ECR_READ = 9;

    /** Microsoft Graph application permissions: value, app role id, high risk. */
    static final String[][] GRAPH_ROLES = {
            {"User.Read.All", "df021288-bdef-4463-88db-98f22de89214", "false"},
            {"Group.Read.All", "5b567255-7703-4780-807c-7be8301ae99b", "false"},
            {"Directory.Read.All", "7ab1d382-f21e-4acd-a863-ba3e13f7da61", "false"},
            {"Mail.Send", "b633e1c5-b582-4048-a93e-9f11b44c7e96", "false"},
            {"Sites.Read.All", "332a536c-c7ef-4017-ab91-336970924f0d", "false"},
            {"Files.Read.All", "01d4889c-1287-42c6-ac1f-5d1e02578ef6", "false"},
            {"Calendars.Read", "798ee544-9d2d-430c-a058-570e29e34338", "false"},
            {"AuditLog.Read.All", "b0afded3-3588-46d8-8b3d-9842eff778da", "false"},
            {"Directory.ReadWrite.All", "19dbc75e-c2e2-444c-a770-ec69d8559fc7", "true"},
            {"Application.ReadWrite.All", "1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9", "true"},
            {"RoleManagement.ReadWrite.Directory", "9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8", "true"},
            {"User.ReadWrite.All", "741f803b-c850-494e-b5df-cde7c675a1ca", "true"},
            {"Group.ReadWrite.All", "62a82d76-70ea-41e2-9197-370581804d09", "true"},
            {"AppRoleAssignment.ReadWrite.All", "06b708a9-e830-4db3-a914-8e69da51d44f", "true"}};
    static final int GRAPH_LOW_RISK = 8;

    static final String[][] FIRST_PARTY = {
            {"Office 365 Exchange Online", "00000002-0000-0ff1-ce00-000000000000"},
            {"Office 365 SharePoint Online", "00000003-0000-0ff1-ce00-000000000000"},
            {"Azure Key Vault", "cfa8b339-82a2-471a-a3c9-0fc0be7a4093"},
            {"Windows Azure Service Management API", "797f4846-ba00-4fd7-ba43-dac1f8f63013"},
            {"Microsoft Teams", "cc15fd57-2c6c-4117-a88c-83b1d56b4bbe"},
            {"Azure Portal", "c44b4083-3bb0-49c1-b47d-974e53cbdf3c"},
            {"Office 365 Management APIs", "c5393580-f805-4401-95e8-94b7a6ef2fc2"},
            {"Power BI Service", "00000009-0000-0000-c000-000000000000"},
            {"Microsoft Intune", "0000000a-0000-0000-c000-000000000000"},
            {"Azure DevOps", "499b84ac-1321-427f-aa17-267ca6975798"},
            {"Dynamics CRM Online", "00000007-0000-0000-c000-000000000000"}};
    static final String[] MS_PRODUCTS = {"Azure", "Office 365", "Dynamics 365", "Intune", "Teams", "Power Platform",
            "Defender", "Purview", "Exchange", "SharePoint", "OneDrive", "Entra", "Viva", "Windows"};
    static final String[] MS_PARTS = {"Portal", "API", "Service", "Connector", "Sync", "Analytics", "Scheduler",
            "Gateway", "Insights", "Provisioning", "Notifications", "Compliance", "Reporting", "Backend"};
    static final String[] AZURE_RESOURCES = {"Microsoft.Web/sites", "Microsoft.Compute/virtualMachines",
            "Microsoft.Logic/workflows", "Microsoft.DataFactory/factories", "Microsoft.Automation/automationAccounts",
            "Microsoft.ContainerInstance/containerGroups", "Microsoft.Synapse/workspaces"};

    // ================================================================ the enterprise

    final int identities;
    final int awsTotal;
    final int entraTotal;

    // people
    int people;
    String[] email;
    String[] name;
    String[] title;
    int[] manager;
    int[] team;
    int[] dept;
    int[] depth;
    byte[] status; // 0 ACTIVE, 1 LEAVER, 2 SUSPENDED
    long[] leftAt;
    boolean[] owns;
    static final byte ACTIVE = 0, LEAVER = 1, SUSPENDED = 2;

    // teams
    final List<String> teamNames = new ArrayList<>();
    final List<Integer> lineTeams = new ArrayList<>();
    final List<List<Integer>> lineTeamsByDept = new ArrayList<>();
    int[][] members;
    boolean[] teamActive;
    boolean[] teamAllLeft;
    int maxDepth;

    // output
    final List<String> manifest = new ArrayList<>();
    BufferedWriter ownership;
    final Rng ownershipRng;

    // totals
    long awsIdentities, awsRoles, awsUsers, awsHumanUsers, awsRoots, awsServiceLinked, entraIdentities,
            entraApplications, entraServicePrincipals, entraManagedIdentities, entraFirstParty, accounts, tenants;
    final Map<String, Long> credentials = new LinkedHashMap<>();
    long expiredSecrets, ownable, providerOwned, declaredOnly, orphans, vendor, ownerLeft, suspendedOnly, dormant,
            dormantAws, privileged, privilegedOrphans, dormantPrivileged, declaredRows, awsOwnerTagged, entraOwned, teamOwned;
    long aiSystems, models, datasets, aiOwned, aiOwnerLeft;
    final Set<String> modelNames = new HashSet<>();

    Generate(int identities) {
        this.identities = identities;
        this.awsTotal = (int) Math.round(identities * 0.6);
        this.entraTotal = identities - awsTotal;
        this.ownershipRng = new Rng(seed, 7);
        for (String kind : List.of("ACCESS_KEY", "PASSWORD", "CERTIFICATE", "CLIENT_SECRET")) {
            credentials.put(kind, 0L);
        }
    }

    void run() {
        buildPeople();
        writePeople();
        ownership = writer(out.resolve("ownership/ownership.csv"));
        write(ownership, "subject,owner,role,confidence,since,attested_by,attested_at\n");
        manifest.add("hr-csv\thr/people.csv\tdirectory=workday&snapshot=true\t0");
        generateAws();
        generateEntra();
        generateAiSystems();
        close(ownership);
        manifest.add("ownership-csv\townership/ownership.csv\tscope=stewards&snapshot=true\t0");
        writeSummary();
        StringBuilder sb = new StringBuilder("source\tfiles\tparameters\tidentities\n");
        for (String line : manifest) {
            sb.append(line).append('\n');
        }
        try {
            Files.writeString(out.resolve("manifest.tsv"), sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ================================================================ people and teams

    void buildPeople() {
        Rng rng = new Rng(seed, 1);
        people = Math.max(50, identities / 45);
        int departments = (int) Math.max(3, Math.min(DEPARTMENTS.length, Math.round(Math.sqrt(people) / 5)));
        // line teams of a lead and about 7 people; levels of managers above them up to the department heads
        int lines = Math.max(2, Math.round(people / 8f));
        List<Integer> levels = null;
        for (int iteration = 0; iteration < 4; iteration++) {
            levels = new ArrayList<>();
            int count = lines;
            while ((count + 7) / 8 > departments) {
                count = (count + 7) / 8;
                levels.add(count);
            }
            levels.add(departments);
            int managers = 1 + levels.stream().mapToInt(Integer::intValue).sum();
            lines = Math.max(2, Math.round((people - managers) / 8f));
        }
        int managers = 1 + levels.stream().mapToInt(Integer::intValue).sum();
        int ics = people - lines - managers;
        if (ics < lines) {
            throw new IllegalStateException("too few people for the org chart");
        }
        email = new String[people];
        name = new String[people];
        title = new String[people];
        manager = new int[people];
        team = new int[people];
        dept = new int[people];
        depth = new int[people];
        status = new byte[people];
        leftAt = new long[people];
        owns = new boolean[people];

        // index 0 is the CEO; then the levels from the top (department heads) down; then leads; then the rest
        int next = 0;
        manager[0] = -1;
        dept[0] = -1;
        depth[0] = 1;
        title[0] = "Chief Executive Officer";
        next++;
        int executive = addTeam("Executive Leadership");
        team[0] = executive;
        int[] parents = {0};
        String[] unitOf = new String[people];
        unitOf[0] = "Executive";
        Map<String, Integer> leadershipTeams = new HashMap<>();
        Map<Integer, Integer> unitCounter = new HashMap<>();
        for (int level = levels.size() - 1; level >= 0; level--) {
            int count = levels.get(level);
            int[] current = new int[count];
            for (int i = 0; i < count; i++) {
                int p = next++;
                current[i] = p;
                int parent = parents[(int) ((long) i * parents.length / count)];
                manager[p] = parent;
                depth[p] = depth[parent] + 1;
                if (parent == 0) {
                    dept[p] = i % departments;
                    unitOf[p] = DEPARTMENTS[dept[p]] + (i >= departments ? " " + (i / departments + 1) : "");
                    title[p] = "VP, " + DEPARTMENTS[dept[p]];
                    team[p] = executive;
                } else {
                    dept[p] = dept[parent];
                    int n = unitCounter.merge(dept[p], 1, Integer::sum);
                    unitOf[p] = DEPARTMENTS[dept[p]] + " Area " + n;
                    title[p] = level == 0 ? "Director" : "Senior Director";
                    team[p] = leadershipTeams.computeIfAbsent(unitOf[parent] + " Leadership", this::addTeam);
                }
            }
            parents = current;
        }
        for (int d = 0; d < departments; d++) {
            lineTeamsByDept.add(new ArrayList<>());
        }
        // line teams: unique names from domain x function
        List<String> combos = new ArrayList<>();
        for (String domain : DOMAINS) {
            for (String function : FUNCTIONS) {
                combos.add(domain + " " + function);
            }
        }
        shuffle(combos, rng);
        int[] leads = new int[lines];
        for (int i = 0; i < lines; i++) {
            int p = next++;
            leads[i] = p;
            int parent = parents[(int) ((long) i * parents.length / lines)];
            manager[p] = parent;
            depth[p] = depth[parent] + 1;
            dept[p] = dept[parent];
            String teamName = combos.get(i % combos.size()) + (i >= combos.size() ? " " + (i / combos.size() + 1) : "");
            int t = addTeam(teamName);
            lineTeams.add(t);
            lineTeamsByDept.get(dept[p]).add(t);
            team[p] = t;
            title[p] = rng.chance(0.5) ? "Engineering Manager" : "Team Lead";
        }
        // the rest: about 7 per team, sizes varying from 4 to 10
        double[] weights = new double[lines];
        double total = 0;
        for (int i = 0; i < lines; i++) {
            weights[i] = 0.55 + 0.9 * rng.nextDouble();
            total += weights[i];
        }
        int assigned = 0;
        double cumulative = 0;
        for (int i = 0; i < lines; i++) {
            cumulative += weights[i];
            int upTo = i == lines - 1 ? ics : (int) Math.round(ics * cumulative / total);
            for (; assigned < upTo; assigned++) {
                int p = next++;
                manager[p] = leads[i];
                depth[p] = depth[leads[i]] + 1;
                dept[p] = dept[leads[i]];
                team[p] = team[leads[i]];
                title[p] = rng.pick(IC_TITLES);
            }
        }
        if (next != people) {
            throw new IllegalStateException("org chart has " + next + " of " + people + " people");
        }
        // names, e-mails, statuses
        Map<String, Integer> taken = new HashMap<>();
        for (int p = 0; p < people; p++) {
            String first = rng.pick(FIRST);
            String last = rng.pick(LAST);
            name[p] = first + " " + last;
            String local = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
            int n = taken.merge(local, 1, Integer::sum);
            email[p] = local + (n > 1 ? Integer.toString(n) : "") + "@" + DOMAIN;
            maxDepth = Math.max(maxDepth, depth[p]);
            if (p > 0) {
                double r = rng.nextDouble();
                double leaver = depth[p] == maxDepthOf(levels) ? 0.045 : 0.02;
                if (r < leaver) {
                    status[p] = LEAVER;
                    leftAt[p] = now - rng.between(3, 720) * DAY;
                } else if (r < leaver + 0.005) {
                    status[p] = SUSPENDED;
                }
            }
        }
        // team membership and team state
        int teams = teamNames.size();
        int[] sizes = new int[teams];
        for (int p = 0; p < people; p++) {
            sizes[team[p]]++;
        }
        members = new int[teams][];
        for (int t = 0; t < teams; t++) {
            members[t] = new int[sizes[t]];
        }
        int[] fill = new int[teams];
        for (int p = 0; p < people; p++) {
            members[team[p]][fill[team[p]]++] = p;
        }
        teamActive = new boolean[teams];
        teamAllLeft = new boolean[teams];
        for (int t = 0; t < teams; t++) {
            boolean allLeft = members[t].length > 0;
            for (int p : members[t]) {
                teamActive[t] |= status[p] == ACTIVE;
                allLeft &= status[p] == LEAVER;
            }
            teamAllLeft[t] = allLeft;
        }
    }

    static int maxDepthOf(List<Integer> levels) {
        return levels.size() + 3; // CEO, the levels, leads, the rest
    }

    int addTeam(String teamName) {
        teamNames.add(teamName);
        return teamNames.size() - 1;
    }

    static <T> void shuffle(List<T> list, Rng rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

    void writePeople() {
        BufferedWriter w = writer(out.resolve("hr/people.csv"));
        write(w, "email,name,manager_email,team,status,left_date,title,department\n");
        StringBuilder sb = new StringBuilder(200);
        for (int p = 0; p < people; p++) {
            sb.setLength(0);
            sb.append(email[p]).append(',').append(csv(name[p])).append(',')
                    .append(manager[p] < 0 ? "" : email[manager[p]]).append(',').append(csv(teamNames.get(team[p])))
                    .append(',').append(status[p] == ACTIVE ? "ACTIVE" : status[p] == LEAVER ? "LEAVER" : "SUSPENDED")
                    .append(',').append(status[p] == LEAVER ? date(leftAt[p]) : "").append(',').append(csv(title[p]))
                    .append(',').append(p == 0 ? "Executive Office" : csv(DEPARTMENTS[dept[p]])).append('\n');
            write(w, sb);
        }
        close(w);
    }

    /** A person to own something of the given teams: mostly one of their members, sometimes anyone. */
    int ownerFrom(int[] pool, Rng rng) {
        if (rng.chance(0.8)) {
            int[] m = members[pool[rng.nextInt(pool.length)]];
            return m[rng.nextInt(m.length)];
        }
        return rng.nextInt(people);
    }

    int[] teamPool(Rng rng, int count) {
        int d = rng.nextInt(lineTeamsByDept.size());
        List<Integer> candidates = lineTeamsByDept.get(d).isEmpty() ? lineTeams : lineTeamsByDept.get(d);
        if (candidates.size() < count) {
            candidates = lineTeams;
        }
        int[] pool = new int[Math.min(count, candidates.size())];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = candidates.get(rng.nextInt(candidates.size()));
        }
        return pool;
    }

    /** An active person, for declared owners and attestations. */
    int activePerson(Rng rng) {
        for (int i = 0; i < 100; i++) {
            int p = rng.nextInt(people);
            if (status[p] == ACTIVE) {
                return p;
            }
        }
        return 0;
    }

    // ================================================================ ownership bookkeeping

    /** Owner codes: a person p is p, a team t is -(t + 1). */
    final int[] ownerBuffer = new int[8];
    int ownerCount;

    void resetOwners() {
        ownerCount = 0;
    }

    void addOwner(int code) {
        for (int i = 0; i < ownerCount; i++) {
            if (ownerBuffer[i] == code) {
                return;
            }
        }
        ownerBuffer[ownerCount++] = code;
        if (code >= 0) {
            owns[code] = true;
        }
    }

    /** Classifies a non-human identity by its accountable owners as the finding rules do. */
    void settleOwnership(boolean isVendor, boolean isPrivileged) {
        if (isVendor) {
            vendor++;
            return;
        }
        ownable++;
        boolean anyActive = false;
        boolean allLeft = ownerCount > 0;
        for (int i = 0; i < ownerCount; i++) {
            int o = ownerBuffer[i];
            boolean active;
            boolean left;
            if (o >= 0) {
                active = status[o] == ACTIVE;
                left = status[o] == LEAVER;
            } else {
                active = teamActive[-o - 1];
                left = teamAllLeft[-o - 1];
            }
            anyActive |= active;
            allLeft &= left;
        }
        if (ownerCount == 0) {
            orphans++;
            if (isPrivileged) {
                privilegedOrphans++;
            }
        } else if (allLeft) {
            ownerLeft++;
        } else if (!anyActive) {
            suspendedOnly++;
        }
    }

    String ownerId(int code) {
        return code >= 0 ? email[code] : "team:" + slug(teamNames.get(-code - 1));
    }

    /** A declared claim in ownership.csv, made by a steward. */
    void declare(String subject, int owner, Rng rng) {
        long since = now - rng.between(5, 400) * DAY;
        int steward = activePerson(rng);
        long attested = Math.min(now - DAY, since + rng.between(0, 30) * DAY);
        write(ownership, subject + "," + ownerId(owner) + ",ACCOUNTABLE," + (rng.chance(0.7) ? "1" : "0.8") + ","
                + date(since) + "," + email[steward] + "," + date(attested) + "\n");
        declaredRows++;
        addOwner(owner);
    }

    // ================================================================ AWS

    void generateAws() {
        Rng rng = new Rng(seed, 2);
        int count = Math.max(3, (awsTotal + AWS_AVERAGE_PER_ACCOUNT - 1) / AWS_AVERAGE_PER_ACCOUNT);
        count = Math.max(count, (awsTotal + AWS_MAX_PER_ACCOUNT - 1) / AWS_MAX_PER_ACCOUNT);
        int[] sizes = apportion(awsTotal, count, AWS_MAX_PER_ACCOUNT, 0.9, 40, rng);
        Set<String> ids = new HashSet<>();
        String[] accountIds = new String[count];
        for (int i = 0; i < count; i++) {
            String id;
            do {
                id = Long.toString(rng.between(100_000_000_000L, 999_999_999_999L));
            } while (!ids.add(id));
            accountIds[i] = id;
        }
        for (int i = 0; i < count; i++) {
            new AwsAccount(this, i, accountIds, sizes[i]).generate();
            accounts++;
        }
    }

    /**
     * Splits total into count parts of skewed sizes (log-normal weights), none above max nor
     * below min.
     */
    static int[] apportion(int total, int count, int max, double sigma, int min, Rng rng) {
        double[] w = new double[count];
        for (int i = 0; i < count; i++) {
            w[i] = Math.exp(sigma * rng.gaussian());
        }
        int[] sizes = new int[count];
        boolean[] fixed = new boolean[count];
        int remaining = total;
        for (int round = 0; round < count + 1; round++) {
            double sum = 0;
            for (int i = 0; i < count; i++) {
                if (!fixed[i]) {
                    sum += w[i];
                }
            }
            boolean changed = false;
            for (int i = 0; i < count; i++) {
                if (!fixed[i]) {
                    double share = remaining * w[i] / sum;
                    if (share > max) {
                        sizes[i] = max;
                        fixed[i] = true;
                        remaining -= max;
                        changed = true;
                    } else if (share < min) {
                        sizes[i] = min;
                        fixed[i] = true;
                        remaining -= min;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            if (!fixed[i]) {
                sum += w[i];
            }
        }
        int given = 0;
        int last = -1;
        for (int i = 0; i < count; i++) {
            if (!fixed[i]) {
                sizes[i] = (int) Math.floor(remaining * w[i] / sum);
                given += sizes[i];
                last = i;
            }
        }
        // the rounding remainder goes to parts below the cap
        int left = remaining - given;
        for (int i = 0; left > 0; i = (i + 1) % count) {
            if (sizes[i] < max) {
                sizes[i]++;
                left--;
            }
        }
        if (last < 0 && left != 0) {
            throw new IllegalStateException("cannot apportion");
        }
        return sizes;
    }

    /** One AWS account: authz.json and credential-report.csv, written as they are generated. */
    static final class AwsAccount {
        final Generate g;
        final Rng rng;
        final String id;
        final String[] allAccounts;
        final int size;
        final String env;
        final String region;
        final int[] pool;
        final long createdAt;
        final String prefix;
        final Set<String> names = new HashSet<>();
        final List<String> principalArns = new ArrayList<>();
        final int[] awsPolicyUse = new int[AWS_POLICIES.length];
        final List<String> customPolicies = new ArrayList<>();
        final List<String[]> customParts = new ArrayList<>();
        int[] customUse;
        int boundaryUse;
        String boundaryArn;
        BufferedWriter authz;
        BufferedWriter report;
        final StringBuilder sb = new StringBuilder(4096);
        final StringBuilder row = new StringBuilder(512);
        boolean firstRecord;
        int identities;

        AwsAccount(Generate g, int index, String[] allAccounts, int size) {
            this.g = g;
            this.rng = new Rng(seed, 1000 + index);
            this.id = allAccounts[index];
            this.allAccounts = allAccounts;
            this.size = size;
            this.env = index == 0 ? "shared-services" : index == 1 ? "security" : rng.pick(ENVS);
            this.region = rng.pick(REGIONS);
            this.pool = g.teamPool(rng, 4 + rng.nextInt(9));
            this.createdAt = now - rng.between(400, 3000) * DAY;
            this.prefix = "nw-" + env;
        }

        void generate() {
            Path dir = out.resolve("aws").resolve(id);
            authz = writer(dir.resolve("authz.json"));
            report = writer(dir.resolve("credential-report.csv"));
            write(report, String.join(",", REPORT_COLUMNS) + "\n");
            int roles = (int) Math.round((size - 1) * 0.8);
            int users = size - 1 - roles;
            int customCount = Math.min(120, 10 + roles / 40);
            customUse = new int[customCount];
            String[] services = {"s3", "dynamodb", "sqs", "sns", "kms", "secretsmanager", "rds", "events", "kinesis",
                    "ssm"};
            String[] verbs = {"read", "write", "access", "publish", "consume", "ops"};
            for (int i = 0; i < customCount; i++) {
                String policy;
                String app;
                String service;
                do {
                    app = rng.pick(APPS);
                    service = rng.pick(services);
                    policy = app + "-" + (service.equals("secretsmanager") ? "secrets" : service) + "-" + rng.pick(verbs);
                } while (!names.add("policy:" + policy));
                customPolicies.add(policy);
                customParts.add(new String[] {app, service});
            }
            boundaryArn = "arn:aws:iam::" + id + ":policy/" + prefix + "-permissions-boundary";

            root();
            write(authz, "{\"UserDetailList\": [");
            firstRecord = true;
            for (int i = 0; i < users; i++) {
                user();
            }
            write(authz, "\n],\n\"GroupDetailList\": [");
            firstRecord = true;
            groups();
            write(authz, "\n],\n\"RoleDetailList\": [");
            firstRecord = true;
            int serviceLinked = Math.min(SERVICE_LINKED.length, 5 + roles / 120);
            int sso = Math.min(SSO_PERMISSION_SETS.length, 2 + roles / 300);
            for (int i = 0; i < roles; i++) {
                if (i < serviceLinked) {
                    serviceLinkedRole(i);
                } else if (i < serviceLinked + sso) {
                    ssoRole(i - serviceLinked);
                } else {
                    role();
                }
            }
            write(authz, "\n],\n\"Policies\": [");
            firstRecord = true;
            policies();
            write(authz, "\n]\n}\n");
            close(authz);
            close(report);
            g.awsIdentities += identities;
            g.manifest.add("aws-iam\taws/" + id + "/authz.json aws/" + id + "/credential-report.csv\taccount=" + id
                    + "&snapshot=true\t" + identities);
        }

        void record() {
            write(authz, firstRecord ? "\n" : ",\n");
            firstRecord = false;
            write(authz, sb);
        }

        String uniqueName(String base) {
            String candidate = base;
            for (int n = 2; !names.add(candidate); n++) {
                candidate = base + "-" + n;
            }
            return candidate;
        }

        String uniqueId(String prefix) {
            return prefix + rng.chars(Rng.UPPER, 17);
        }

        long createdBetween(long from, long to) {
            return rng.between(Math.max(from, createdAt), to) + rng.between(0, DAY - 1);
        }

        // ---------------------------------------------------------------- credential report

        static final List<String> REPORT_COLUMNS = List.of("user", "arn", "user_creation_time", "password_enabled",
                "password_last_used", "password_last_changed", "password_next_rotation", "mfa_active",
                "access_key_1_active", "access_key_1_last_rotated", "access_key_1_last_used_date",
                "access_key_1_last_used_region", "access_key_1_last_used_service",
                "access_key_2_active", "access_key_2_last_rotated", "access_key_2_last_used_date",
                "access_key_2_last_used_region", "access_key_2_last_used_service",
                "cert_1_active", "cert_1_last_rotated", "cert_2_active", "cert_2_last_rotated");

        /** An access key slot: active, rotated, last used (0 for none). */
        void keyColumns(boolean present, boolean active, long rotated, long used) {
            if (!present) {
                row.append(",false,N/A,N/A,N/A,N/A");
                return;
            }
            row.append(',').append(active).append(',');
            iso(row, rotated, false);
            if (used > 0) {
                row.append(',');
                iso(row, used, false);
                row.append(',').append(rng.chance(0.9) ? region : rng.pick(REGIONS)).append(',')
                        .append(rng.pick(SERVICES));
            } else {
                row.append(",N/A,N/A,N/A");
            }
            g.count("ACCESS_KEY");
        }

        void root() {
            identities++;
            g.awsRoots++;
            row.setLength(0);
            String arn = "arn:aws:iam::" + id + ":root";
            row.append("<root_account>,").append(arn).append(',');
            iso(row, createdAt, false);
            row.append(",not_supported,");
            long lastUsed = 0;
            if (rng.chance(0.6)) {
                lastUsed = rng.between(createdAt, now - 3600);
                iso(row, lastUsed, false);
                g.count("PASSWORD");
            } else {
                row.append("no_information");
            }
            row.append(",not_supported,not_supported,").append(rng.chance(0.92));
            boolean key = rng.chance(0.05);
            long keyUsed = 0;
            if (key) {
                long rotated = rng.between(createdAt, now - 30 * DAY);
                keyUsed = rng.chance(0.5) ? rng.between(rotated, now - DAY) : 0;
                keyColumns(true, true, rotated, keyUsed);
            } else {
                keyColumns(false, false, 0, 0);
            }
            keyColumns(false, false, 0, 0);
            row.append(",false,N/A,false,N/A\n");
            write(report, row);
            g.dormancy(Math.max(lastUsed, keyUsed), createdAt, false, true);
        }

        // ---------------------------------------------------------------- users

        void user() {
            identities++;
            g.awsUsers++;
            boolean human = rng.chance(0.15);
            boolean dormantUser = rng.chance(0.40);
            int person = human ? g.ownerFrom(pool, rng) : -1;
            String userName = human ? uniqueName(g.email[person].substring(0, g.email[person].indexOf('@')))
                    : uniqueName(rng.chance(0.6) ? "svc-" + rng.pick(APPS) + "-" + rng.pick(COMPONENTS)
                            : rng.pick(new String[] {"ci", "legacy", "integration", "backup", "etl", "partner"}) + "-"
                                    + rng.pick(APPS));
            String path = human ? "/" : rng.chance(0.5) ? "/service/" : "/";
            String arn = "arn:aws:iam::" + id + ":user" + path + userName;
            long created = dormantUser ? createdBetween(createdAt, now - 120 * DAY)
                    : createdBetween(createdAt, now - 2 * DAY);
            principalArns.add(arn);

            List<String> groups = new ArrayList<>();
            List<Integer> attached = new ArrayList<>();
            boolean admin;
            if (human) {
                g.awsHumanUsers++;
                double r = rng.nextDouble();
                groups.add(r < 0.10 ? "Admins" : r < 0.7 ? "Developers" : "ReadOnly");
                if (rng.chance(0.03)) {
                    groups.add("Billing");
                }
                admin = groups.contains("Admins");
            } else {
                double r = rng.nextDouble();
                if (r < 0.03) {
                    groups.add("Admins");
                } else if (r < 0.33) {
                    groups.add("Deployers");
                } else if (r < 0.43) {
                    groups.add("ReadOnly");
                }
                admin = groups.contains("Admins");
                if (rng.chance(0.01)) {
                    attached.add(ADMIN);
                    admin = true;
                } else if (rng.chance(0.3)) {
                    attached.add(rng.chance(0.5) ? S3_READ : ECR_READ);
                }
            }
            sb.setLength(0);
            sb.append('{');
            kv(sb, "Path", path).append(',');
            kv(sb, "UserName", userName).append(',');
            kv(sb, "UserId", uniqueId("AIDA")).append(',');
            kv(sb, "Arn", arn).append(',');
            kt(sb, "CreateDate", created, false).append(',');
            sb.append("\"UserPolicyList\":[");
            if (!human && rng.chance(0.15)) {
                inlinePolicy(false);
            }
            sb.append("],\"GroupList\":");
            strings(sb, groups).append(",\"AttachedManagedPolicies\":[");
            attachments(attached, List.of());
            sb.append("],\"Tags\":[");
            g.resetOwners();
            if (human) {
                tag("email", g.email[person]);
                tag("Department", DEPARTMENTS[Math.max(0, g.dept[person])]);
            } else {
                ownerTags(dormantUser, arn);
            }
            sb.append("]}");
            record();
            if (!human) {
                g.settleOwnership(false, admin);
                if (admin) {
                    g.privileged++;
                }
            }

            // the report row
            row.setLength(0);
            row.append(userName).append(',').append(arn).append(',');
            iso(row, created, false);
            long lastUsed = 0;
            long cutoff = now - 91 * DAY;
            if (human) {
                row.append(",true,");
                long used = dormantUser ? (rng.chance(0.8) ? rng.between(created, cutoff) : 0)
                        : rng.between(Math.max(created, now - 60 * DAY), now - 600);
                if (used > 0) {
                    iso(row, used, false);
                } else {
                    row.append("no_information");
                }
                lastUsed = used;
                row.append(',');
                iso(row, rng.between(created, now - 600), false);
                row.append(",N/A,").append(rng.chance(0.75));
                g.count("PASSWORD");
                if (rng.chance(0.35)) {
                    long rotated = rng.between(created, now - 600);
                    long keyUsed = dormantUser ? (rotated < cutoff && rng.chance(0.6) ? rng.between(rotated, cutoff) : 0)
                            : rng.chance(0.7) ? rng.between(Math.max(rotated, now - 80 * DAY), now - 600) : 0;
                    keyColumns(true, true, rotated, keyUsed);
                    lastUsed = Math.max(lastUsed, keyUsed);
                } else {
                    keyColumns(false, false, 0, 0);
                }
                keyColumns(false, false, 0, 0);
                row.append(",false,N/A,false,N/A\n");
            } else {
                row.append(",false,N/A,N/A,N/A,false");
                // key 1: every active service user uses one; dormant ones may have stale or unused keys
                boolean present = !dormantUser || rng.chance(0.85);
                if (present) {
                    long rotated = dormantUser ? rng.between(created, cutoff) : rng.between(created, now - 600);
                    boolean active = !dormantUser || rng.chance(0.75);
                    long used = dormantUser ? (rng.chance(0.7) ? rng.between(rotated, cutoff) : 0)
                            : rng.between(Math.max(rotated, now - 85 * DAY), now - 60);
                    keyColumns(true, active, rotated, used);
                    lastUsed = Math.max(lastUsed, used);
                } else {
                    keyColumns(false, false, 0, 0);
                }
                if (rng.chance(0.30)) {
                    long rotated = dormantUser ? rng.between(created, cutoff) : rng.between(created, now - 600);
                    long used = dormantUser ? (rng.chance(0.5) ? rng.between(rotated, cutoff) : 0)
                            : rng.chance(0.5) ? rng.between(Math.max(rotated, now - 85 * DAY), now - 60) : 0;
                    keyColumns(true, rng.chance(0.7), rotated, used);
                    lastUsed = Math.max(lastUsed, used);
                } else {
                    keyColumns(false, false, 0, 0);
                }
                if (rng.chance(0.03)) {
                    row.append(",true,");
                    iso(row, rng.between(created, now - DAY), false);
                    g.count("CERTIFICATE");
                } else {
                    row.append(",false,N/A");
                }
                row.append(",false,N/A\n");
            }
            write(report, row);
            boolean isDormant = g.dormancy(lastUsed, created, !human && admin, true);
            if (isDormant != dormantUser && !human) {
                // consistent by construction; kept as a check
                throw new IllegalStateException("dormancy of " + arn);
            }
        }

        void groups() {
            String[][] groups = {{"Admins", "0"}, {"Developers", "1"}, {"ReadOnly", "2"}, {"Billing", "8"},
                    {"Deployers", "-1"}};
            for (String[] group : groups) {
                sb.setLength(0);
                sb.append('{');
                kv(sb, "Path", "/").append(',');
                kv(sb, "GroupName", group[0]).append(',');
                kv(sb, "GroupId", uniqueId("AGPA")).append(',');
                kv(sb, "Arn", "arn:aws:iam::" + id + ":group/" + group[0]).append(',');
                kt(sb, "CreateDate", createdAt + rng.between(0, 30) * DAY, false).append(',');
                sb.append("\"GroupPolicyList\":[],\"AttachedManagedPolicies\":[");
                int policy = Integer.parseInt(group[1]);
                if (policy >= 0) {
                    attachments(List.of(policy), List.of());
                } else {
                    attachments(List.of(), List.of(0));
                }
                sb.append("]}");
                record();
            }
        }

        // ---------------------------------------------------------------- roles

        void serviceLinkedRole(int index) {
            identities++;
            g.awsRoles++;
            g.awsServiceLinked++;
            String roleName = SERVICE_LINKED[index][0];
            String service = SERVICE_LINKED[index][1];
            names.add(roleName);
            String path = "/aws-service-role/" + service + "/";
            long created = createdBetween(createdAt, now - 10 * DAY);
            sb.setLength(0);
            sb.append('{');
            roleHead(path, roleName, created);
            trustService(service);
            kv(sb, "Description", "Service-linked role for " + service).append(',');
            sb.append("\"MaxSessionDuration\":3600,\"InstanceProfileList\":[],\"RolePolicyList\":[],");
            sb.append("\"AttachedManagedPolicies\":[{\"PolicyName\":");
            q(sb, roleName.replace("AWSServiceRoleFor", "") + "ServiceRolePolicy").append(",\"PolicyArn\":");
            q(sb, "arn:aws:iam::aws:policy/aws-service-role/" + roleName.replace("AWSServiceRoleFor", "")
                    + "ServiceRolePolicy").append("}],\"Tags\":[],");
            long used = rng.chance(0.7) ? rng.between(Math.max(created, now - 30 * DAY), now - 60) : 0;
            lastUsed(used);
            sb.append('}');
            record();
            g.settleOwnership(true, false);
            g.dormancy(used, created, false, true);
        }

        void ssoRole(int index) {
            identities++;
            g.awsRoles++;
            String set = SSO_PERMISSION_SETS[index];
            String roleName = uniqueName("AWSReservedSSO_" + set + "_" + rng.chars(Rng.HEX, 16));
            String path = "/aws-reserved/sso.amazonaws.com/" + region + "/";
            long created = createdBetween(createdAt, now - 30 * DAY);
            boolean dormantRole = rng.chance(0.4);
            sb.setLength(0);
            sb.append('{');
            roleHead(path, roleName, created);
            sb.append("\"AssumeRolePolicyDocument\":{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                    + "\"Principal\":{\"Federated\":");
            q(sb, "arn:aws:iam::" + id + ":saml-provider/AWSSSO_" + rng.chars(Rng.HEX, 16) + "_DO_NOT_DELETE");
            sb.append("},\"Action\":[\"sts:AssumeRoleWithSAML\",\"sts:TagSession\"],\"Condition\":{\"StringEquals\":"
                    + "{\"SAML:aud\":\"https://signin.aws.amazon.com/saml\"}}}]},");
            sb.append("\"MaxSessionDuration\":43200,\"InstanceProfileList\":[],\"RolePolicyList\":[],");
            sb.append("\"AttachedManagedPolicies\":[");
            int policy = switch (set) {
                case "AdministratorAccess" -> ADMIN;
                case "PowerUserAccess", "DeveloperAccess" -> POWER_USER;
                case "BillingAccess" -> BILLING;
                default -> READ_ONLY;
            };
            attachments(List.of(policy), List.of());
            sb.append("],\"Tags\":[],");
            long used = lastUsedFor(dormantRole, created);
            lastUsed(used);
            sb.append('}');
            record();
            g.resetOwners();
            g.settleOwnership(false, policy == ADMIN);
            if (policy == ADMIN) {
                g.privileged++;
            }
            g.dormancy(used, created, policy == ADMIN, true);
        }

        void role() {
            identities++;
            g.awsRoles++;
            boolean dormantRole = rng.chance(0.40);
            String app = rng.pick(APPS);
            double kind = rng.nextDouble();
            String roleName;
            String path = "/";
            long created = dormantRole ? createdBetween(createdAt, now - 100 * DAY) : createdBetween(createdAt, now - DAY);
            List<Integer> aws = new ArrayList<>();
            List<Integer> custom = new ArrayList<>();
            custom.add(rng.nextInt(customPolicies.size()));
            if (rng.chance(0.3)) {
                custom.add(rng.nextInt(customPolicies.size()));
            }
            boolean admin = false;
            sb.setLength(0);
            sb.append('{');
            String description = null;
            int session = 3600;
            String instanceProfile = null;
            if (kind < 0.33) {
                roleName = uniqueName(app + "-" + rng.pick(COMPONENTS) + "-lambda-" + rng.pick(PURPOSES));
                path = "/service-role/";
                roleHead(path, roleName, created);
                trustService("lambda.amazonaws.com");
                aws.add(LAMBDA_BASIC);
                description = "Execution role of the " + app + " Lambda functions";
            } else if (kind < 0.58) {
                roleName = uniqueName(app + "-" + rng.pick(COMPONENTS) + "-ecs-" + rng.pick(PURPOSES));
                roleHead(path, roleName, created);
                trustService("ecs-tasks.amazonaws.com");
                aws.add(ECS_TASK);
            } else if (kind < 0.68) {
                roleName = uniqueName(app + "-" + rng.pick(COMPONENTS) + "-ec2");
                roleHead(path, roleName, created);
                trustService("ec2.amazonaws.com");
                aws.add(SSM_CORE);
                if (rng.chance(0.5)) {
                    aws.add(CW_AGENT);
                }
                instanceProfile = roleName;
            } else if (kind < 0.78) {
                roleName = uniqueName("github-actions-" + app + "-" + rng.pick(new String[] {"deploy", "plan", "build",
                        "release", "terraform"}));
                roleHead(path, roleName, created);
                sb.append("\"AssumeRolePolicyDocument\":{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Principal\":{\"Federated\":");
                q(sb, "arn:aws:iam::" + id + ":oidc-provider/token.actions.githubusercontent.com");
                sb.append("},\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{\"StringEquals\":"
                        + "{\"token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\"},\"StringLike\":"
                        + "{\"token.actions.githubusercontent.com:sub\":");
                q(sb, "repo:northwind/" + app + ":*");
                sb.append("}}}]},");
                if (rng.chance(0.08)) {
                    aws.add(ADMIN);
                    admin = true;
                }
                description = "Assumed by GitHub Actions workflows of northwind/" + app;
            } else if (kind < 0.86) {
                roleName = uniqueName(rng.pick(new String[] {"cross-account-", "partner-", "audit-", "org-"}) + app
                        + "-" + rng.pick(PURPOSES));
                roleHead(path, roleName, created);
                String other = allAccounts[rng.nextInt(allAccounts.length)];
                sb.append("\"AssumeRolePolicyDocument\":{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Principal\":{\"AWS\":");
                q(sb, "arn:aws:iam::" + other + ":root");
                sb.append("},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":");
                q(sb, rng.chars(Rng.HEX, 24));
                sb.append("}}}]},");
                if (rng.chance(0.5)) {
                    aws.add(READ_ONLY);
                }
                session = 7200;
            } else if (kind < 0.92 && !principalArns.isEmpty()) {
                roleName = uniqueName(app + "-" + rng.pick(PURPOSES) + "-assumable");
                roleHead(path, roleName, created);
                sb.append("\"AssumeRolePolicyDocument\":{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Principal\":{\"AWS\":");
                if (rng.chance(0.5)) {
                    q(sb, rng.pick(principalArns));
                } else {
                    sb.append('[');
                    q(sb, rng.pick(principalArns)).append(',');
                    q(sb, rng.pick(principalArns)).append(']');
                }
                sb.append("},\"Action\":\"sts:AssumeRole\"}]},");
            } else {
                String[] services = {"glue.amazonaws.com", "states.amazonaws.com", "sagemaker.amazonaws.com",
                        "events.amazonaws.com", "firehose.amazonaws.com", "codebuild.amazonaws.com",
                        "scheduler.amazonaws.com", "apigateway.amazonaws.com"};
                String service = rng.pick(services);
                roleName = uniqueName(app + "-" + service.substring(0, service.indexOf('.')) + "-" + rng.pick(PURPOSES));
                path = rng.chance(0.5) ? "/service-role/" : "/";
                roleHead(path, roleName, created);
                trustService(service);
            }
            if (!admin && rng.chance(0.025)) {
                aws.add(ADMIN);
                admin = true;
            }
            if (description != null) {
                kv(sb, "Description", description).append(',');
            }
            sb.append("\"MaxSessionDuration\":").append(session).append(",\"InstanceProfileList\":[");
            if (instanceProfile != null) {
                sb.append('{');
                kv(sb, "Path", "/").append(',');
                kv(sb, "InstanceProfileName", instanceProfile).append(',');
                kv(sb, "InstanceProfileId", uniqueId("AIPA")).append(',');
                kv(sb, "Arn", "arn:aws:iam::" + id + ":instance-profile/" + instanceProfile).append(',');
                kt(sb, "CreateDate", created, false).append('}');
            }
            sb.append("],\"RolePolicyList\":[");
            if (rng.chance(0.2)) {
                boolean inlineAdmin = !admin && rng.chance(0.03);
                inlinePolicy(inlineAdmin);
                admin |= inlineAdmin;
            }
            sb.append("],\"AttachedManagedPolicies\":[");
            attachments(aws, custom);
            sb.append("],");
            if (rng.chance(0.05)) {
                sb.append("\"PermissionsBoundary\":{\"PermissionsBoundaryType\":\"Policy\",\"PermissionsBoundaryArn\":");
                q(sb, boundaryArn).append("},");
                boundaryUse++;
            }
            sb.append("\"Tags\":[");
            g.resetOwners();
            String arn = "arn:aws:iam::" + id + ":role" + path + roleName;
            ownerTags(dormantRole, arn);
            sb.append("],");
            long used = lastUsedFor(dormantRole, created);
            lastUsed(used);
            sb.append('}');
            record();
            principalArns.add(arn);
            g.settleOwnership(false, admin);
            if (admin) {
                g.privileged++;
            }
            boolean isDormant = g.dormancy(used, created, admin, true);
            if (isDormant != dormantRole) {
                throw new IllegalStateException("dormancy of " + arn);
            }
        }

        long lastUsedFor(boolean dormantRole, long created) {
            long cutoff = now - 91 * DAY;
            if (dormantRole) {
                return rng.chance(0.7) && created < cutoff ? rng.between(created, cutoff) : 0;
            }
            long from = Math.max(created, now - 85 * DAY);
            return rng.chance(0.6) ? rng.between(Math.max(from, now - 2 * DAY), now - 60) : rng.between(from, now - 60);
        }

        void roleHead(String path, String roleName, long created) {
            kv(sb, "Path", path).append(',');
            kv(sb, "RoleName", roleName).append(',');
            kv(sb, "RoleId", uniqueId("AROA")).append(',');
            kv(sb, "Arn", "arn:aws:iam::" + id + ":role" + path + roleName).append(',');
            kt(sb, "CreateDate", created, false).append(',');
        }

        void trustService(String service) {
            sb.append("\"AssumeRolePolicyDocument\":{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                    + "\"Principal\":{\"Service\":");
            q(sb, service).append("},\"Action\":\"sts:AssumeRole\"}]},");
        }

        void lastUsed(long used) {
            sb.append("\"RoleLastUsed\":{");
            if (used > 0) {
                kt(sb, "LastUsedDate", used, false).append(',');
                kv(sb, "Region", rng.chance(0.9) ? region : rng.pick(REGIONS));
            }
            sb.append('}');
        }

        void inlinePolicy(boolean admin) {
            sb.append('{');
            if (admin) {
                kv(sb, "PolicyName", "break-glass-admin").append(",\"PolicyDocument\":{\"Version\":\"2012-10-17\","
                        + "\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}");
            } else {
                String app = rng.pick(APPS);
                kv(sb, "PolicyName", "inline-" + app + "-" + rng.pick(PURPOSES)).append(",\"PolicyDocument\":{\"Version\":"
                        + "\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\","
                        + "\"s3:PutObject\"],\"Resource\":");
                q(sb, "arn:aws:s3:::northwind-" + env + "-" + app + "/*");
                sb.append("},{\"Effect\":\"Allow\",\"Action\":\"sqs:SendMessage\",\"Resource\":");
                q(sb, "arn:aws:sqs:" + region + ":" + id + ":" + app + "-events");
                sb.append("}]}");
            }
            sb.append('}');
        }

        void attachments(List<Integer> aws, List<Integer> custom) {
            boolean first = true;
            for (int p : aws) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                awsPolicyUse[p]++;
                sb.append("{\"PolicyName\":");
                q(sb, AWS_POLICIES[p][0]).append(",\"PolicyArn\":");
                q(sb, "arn:aws:iam::aws:policy" + AWS_POLICIES[p][1] + AWS_POLICIES[p][0]).append('}');
            }
            for (int c : custom) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                String policyName = customPolicies.get(c);
                customUse[c]++;
                sb.append("{\"PolicyName\":");
                q(sb, policyName).append(",\"PolicyArn\":");
                q(sb, "arn:aws:iam::" + id + ":policy/" + policyName).append('}');
            }
        }

        void tag(String key, String value) {
            if (sb.charAt(sb.length() - 1) != '[') {
                sb.append(',');
            }
            sb.append("{\"Key\":");
            q(sb, key).append(",\"Value\":");
            q(sb, value).append('}');
        }

        /** Owner, team and other tags of a service user or role; about 10% orphans, 3% declared instead. */
        void ownerTags(boolean dormantOne, String arn) {
            tag("Environment", env);
            double r = rng.nextDouble();
            if (rng.chance(0.6)) {
                tag("ManagedBy", rng.pick(new String[] {"terraform", "terraform", "cloudformation", "cdk", "manual"}));
            }
            if (r < 0.105) {
                if (rng.chance(0.3)) {
                    tag("CreatedBy", "arn:aws:sts::" + id + ":assumed-role/AWSReservedSSO_PowerUserAccess/"
                            + g.email[rng.nextInt(g.people)]);
                }
                return; // an orphan
            }
            tag("CostCenter", "CC-" + (4000 + rng.nextInt(900)));
            if (r < 0.137) {
                g.declaredOnly++;
                int owner = rng.chance(0.25) ? -(pool[rng.nextInt(pool.length)] + 1) : g.activePerson(rng);
                g.declare(arn, owner, g.ownershipRng);
                return;
            }
            g.awsOwnerTagged++;
            g.providerOwned++;
            double kind = rng.nextDouble();
            if (kind < 0.25) {
                int t = pool[rng.nextInt(pool.length)];
                tag(rng.chance(0.7) ? "Team" : "owner-team", g.teamNames.get(t));
                g.addOwner(-(t + 1));
                g.teamOwned++;
            } else {
                int person = g.ownerFrom(pool, rng);
                String key = kind < 0.75 ? "Owner" : kind < 0.88 ? "owner-email" : kind < 0.95 ? "business-owner" : "owned-by";
                tag(key, g.email[person]);
                g.addOwner(person);
                if (rng.chance(0.08)) {
                    int second = g.ownerFrom(pool, rng);
                    tag("Team", g.teamNames.get(g.team[second]));
                    g.addOwner(-(g.team[second] + 1));
                }
            }
            if (rng.chance(0.2)) {
                tag("technical-owner", g.email[g.ownerFrom(pool, rng)]);
            }
            if (rng.chance(0.5)) {
                tag("Application", rng.pick(APPS));
            }
        }

        // ---------------------------------------------------------------- policies

        void policies() {
            for (int p = 0; p < AWS_POLICIES.length; p++) {
                if (awsPolicyUse[p] == 0) {
                    continue;
                }
                String[] policy = AWS_POLICIES[p];
                sb.setLength(0);
                sb.append('{');
                kv(sb, "PolicyName", policy[0]).append(',');
                kv(sb, "PolicyId", policy[2]).append(',');
                kv(sb, "Arn", "arn:aws:iam::aws:policy" + policy[1] + policy[0]).append(',');
                kv(sb, "Path", policy[1]).append(',');
                kv(sb, "DefaultVersionId", "v1").append(',');
                sb.append("\"AttachmentCount\":").append(awsPolicyUse[p]).append(",\"PermissionsBoundaryUsageCount\":0,"
                        + "\"IsAttachable\":true,");
                kt(sb, "CreateDate", 1423248000L + p * 86_400L * 97, false).append(',');
                kt(sb, "UpdateDate", 1423248000L + p * 86_400L * 97, false).append(',');
                sb.append("\"PolicyVersionList\":[{\"Document\":").append(policy[3]).append(",\"VersionId\":\"v1\","
                        + "\"IsDefaultVersion\":true,");
                kt(sb, "CreateDate", 1423248000L + p * 86_400L * 97, false).append("}]}");
                record();
            }
            String[] actions = {"Get", "Put", "List", "Describe", "Delete", "Update", "Send", "Receive", "Publish",
                    "Decrypt", "Encrypt", "Query", "Scan"};
            for (int c = 0; c < customPolicies.size(); c++) {
                policyRecord(customPolicies.get(c), customParts.get(c)[0], customParts.get(c)[1], customUse[c], 0, actions);
            }
            policyRecord(prefix + "-permissions-boundary", null, "*", 0, boundaryUse, actions);
        }

        void policyRecord(String policyName, String app, String service, int attachments, int boundaries,
                String[] actions) {
            String version = "v" + (1 + rng.nextInt(4));
            long created = createdBetween(createdAt, now - 5 * DAY);
            long updated = rng.between(created, now - DAY);
            sb.setLength(0);
            sb.append('{');
            kv(sb, "PolicyName", policyName).append(',');
            kv(sb, "PolicyId", uniqueId("ANPA")).append(',');
            kv(sb, "Arn", "arn:aws:iam::" + id + ":policy/" + policyName).append(',');
            kv(sb, "Path", "/").append(',');
            kv(sb, "DefaultVersionId", version).append(',');
            sb.append("\"AttachmentCount\":").append(attachments).append(",\"PermissionsBoundaryUsageCount\":")
                    .append(boundaries).append(",\"IsAttachable\":true,");
            if (rng.chance(0.3)) {
                kv(sb, "Description", app == null ? "Permissions boundary of " + env + " workloads"
                        : "Access for " + app + " workloads").append(',');
            }
            kt(sb, "CreateDate", created, false).append(',');
            kt(sb, "UpdateDate", updated, false).append(',');
            sb.append("\"PolicyVersionList\":[{\"Document\":{\"Version\":\"2012-10-17\",\"Statement\":[");
            if (service.equals("*")) {
                sb.append("{\"Sid\":\"Boundary\",\"Effect\":\"Allow\",\"Action\":[\"s3:*\",\"dynamodb:*\",\"sqs:*\",\"sns:*\","
                        + "\"logs:*\",\"cloudwatch:*\",\"kms:Decrypt\"],\"Resource\":\"*\"},{\"Sid\":\"NoIam\","
                        + "\"Effect\":\"Deny\",\"Action\":[\"iam:*\",\"organizations:*\"],\"Resource\":\"*\"}");
            } else {
                sb.append("{\"Sid\":\"Access\",\"Effect\":\"Allow\",\"Action\":[");
                int n = 2 + rng.nextInt(4);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    q(sb, service + ":" + actions[(i * 5 + rng.nextInt(actions.length)) % actions.length] + "*");
                }
                sb.append("],\"Resource\":[");
                q(sb, service.equals("s3") ? "arn:aws:s3:::northwind-" + env + "-" + app + "-*"
                        : "arn:aws:" + service + ":" + region + ":" + id + ":" + app + "-*");
                sb.append("]}");
            }
            sb.append("]},\"VersionId\":");
            q(sb, version).append(",\"IsDefaultVersion\":true,");
            kt(sb, "CreateDate", updated, false).append("}]}");
            record();
        }
    }

    /** Counts a credential of a kind. */
    void count(String kind) {
        credentials.merge(kind, 1L, Long::sum);
    }

    /**
     * Counts an AWS identity as dormant when last used, or when never used created, more than 90
     * days ago; returns whether it is. {@code privilegedNhi}: also a dormant privileged finding.
     */
    boolean dormancy(long lastUsed, long created, boolean privilegedNhi, boolean aws) {
        long cutoff = now - 90 * DAY;
        boolean isDormant = lastUsed > 0 ? lastUsed < cutoff : created < cutoff;
        if (isDormant) {
            dormant++;
            if (aws) {
                dormantAws++;
            }
            if (privilegedNhi) {
                dormantPrivileged++;
            }
        }
        return isDormant;
    }

    // ================================================================ Entra

    void generateEntra() {
        Rng rng = new Rng(seed, 3);
        int count = Math.max(2, (entraTotal + ENTRA_AVERAGE_PER_TENANT - 1) / ENTRA_AVERAGE_PER_TENANT);
        count = Math.max(count, (entraTotal + ENTRA_MAX_PER_TENANT - 1) / ENTRA_MAX_PER_TENANT);
        int[] sizes = apportion(entraTotal, count, ENTRA_MAX_PER_TENANT, 0.7, 100, rng);
        // the main tenant is the largest
        Arrays.sort(sizes);
        for (int i = 0; i < count; i++) {
            int size = sizes[count - 1 - i];
            String tenant = rng.guid();
            String domain = i == 0 ? "northwind" : "northwind" + rng.pick(new String[] {"dev", "emea", "apac", "labs",
                    "partners", "test", "acq", "retail", "ops"}) + (i + 1);
            new EntraTenant(this, i, tenant, domain, size).generate();
            tenants++;
        }
    }

    static final class EntraTenant {
        final Generate g;
        final Rng rng;
        final int index;
        final String tenant;
        final String domain;
        final int size;
        final int[] pool;
        final String graphId;
        final String[] userIds;
        BufferedWriter apps;
        BufferedWriter sps;
        BufferedWriter grants;
        boolean firstApp = true;
        boolean firstSp = true;
        boolean firstGrant = true;
        final StringBuilder sb = new StringBuilder(8192);
        final StringBuilder owners = new StringBuilder(1024);
        final List<String> requested = new ArrayList<>();
        int identities;

        EntraTenant(Generate g, int index, String tenant, String domain, int size) {
            this.g = g;
            this.rng = new Rng(seed, 500_000 + index);
            this.index = index;
            this.tenant = tenant;
            this.domain = domain;
            this.size = size;
            this.pool = g.teamPool(rng, 12 + rng.nextInt(20));
            this.graphId = rng.guid();
            this.userIds = new String[g.people];
        }

        String userId(int person) {
            if (userIds[person] == null) {
                Rng r = new Rng(seed, 900_000 + index, person);
                userIds[person] = r.guid();
            }
            return userIds[person];
        }

        void generate() {
            Path dir = out.resolve("entra").resolve(tenant);
            apps = writer(dir.resolve("applications.json"));
            sps = writer(dir.resolve("servicePrincipals.json"));
            grants = writer(dir.resolve("appRoleAssignedTo.json"));
            write(apps, "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#applications(owners())\",\n\"value\":[");
            write(sps, "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#servicePrincipals(owners())\",\n\"value\":[");
            write(grants, "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('" + graphId
                    + "')/appRoleAssignedTo\",\n\"value\":[");
            int firstParty = Math.max(12, (int) Math.round(size * 0.04));
            int managed = (int) Math.round(size * 0.06);
            int rest = size - firstParty - managed;
            int applications = (int) Math.ceil(rest * 0.55);
            int appSps = rest - applications;
            graphServicePrincipal();
            for (int i = 1; i < firstParty; i++) {
                firstPartyServicePrincipal(i);
            }
            // applications, the first appSps of them with their service principal
            for (int i = 0; i < applications; i++) {
                application(i < appSps);
            }
            for (int i = 0; i < managed; i++) {
                managedIdentity();
            }
            write(apps, "\n]}\n");
            write(sps, "\n]}\n");
            write(grants, "\n]}\n");
            close(apps);
            close(sps);
            close(grants);
            g.entraIdentities += identities;
            g.manifest.add("entra\tentra/" + tenant + "/applications.json entra/" + tenant + "/servicePrincipals.json entra/"
                    + tenant + "/appRoleAssignedTo.json\ttenant=" + tenant + "&snapshot=true\t" + identities);
        }

        void app() {
            write(apps, firstApp ? "\n" : ",\n");
            firstApp = false;
            write(apps, sb);
        }

        void sp() {
            write(sps, firstSp ? "\n" : ",\n");
            firstSp = false;
            write(sps, sb);
        }

        void graphServicePrincipal() {
            identities++;
            g.entraServicePrincipals++;
            g.entraFirstParty++;
            sb.setLength(0);
            sb.append('{');
            kv(sb, "id", graphId).append(',');
            kv(sb, "appId", GRAPH_APP_ID).append(',');
            kv(sb, "displayName", "Microsoft Graph").append(',');
            kv(sb, "servicePrincipalType", "Application").append(',');
            kv(sb, "appOwnerOrganizationId", MICROSOFT_TENANT).append(',');
            sb.append("\"accountEnabled\":true,\"appRoleAssignmentRequired\":false,");
            kv(sb, "signInAudience", "AzureADMultipleOrgs").append(',');
            sb.append("\"servicePrincipalNames\":[\"00000003-0000-0000-c000-000000000000/ags.windows.net\","
                    + "\"00000003-0000-0000-c000-000000000000\",\"https://graph.microsoft.com\"],\"appRoles\":[");
            for (int i = 0; i < GRAPH_ROLES.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append("{\"allowedMemberTypes\":[\"Application\"],");
                kv(sb, "description", "Allows the app to use " + GRAPH_ROLES[i][0] + " without a signed-in user.").append(',');
                kv(sb, "displayName", GRAPH_ROLES[i][0]).append(',');
                kv(sb, "id", GRAPH_ROLES[i][1]).append(",\"isEnabled\":true,\"origin\":\"Application\",");
                kv(sb, "value", GRAPH_ROLES[i][0]).append('}');
            }
            sb.append("],\"oauth2PermissionScopes\":[],\"passwordCredentials\":[],\"keyCredentials\":[],\"owners\":[]}");
            sp();
            g.settleOwnership(true, false);
        }

        void firstPartyServicePrincipal(int i) {
            identities++;
            g.entraServicePrincipals++;
            g.entraFirstParty++;
            String displayName;
            String appId;
            if (i - 1 < FIRST_PARTY.length) {
                displayName = FIRST_PARTY[i - 1][0];
                appId = FIRST_PARTY[i - 1][1];
            } else {
                displayName = "Microsoft " + rng.pick(MS_PRODUCTS) + " " + rng.pick(MS_PARTS);
                appId = rng.guid();
            }
            sb.setLength(0);
            sb.append('{');
            kv(sb, "id", rng.guid()).append(',');
            kv(sb, "appId", appId).append(',');
            kv(sb, "displayName", displayName).append(',');
            kv(sb, "servicePrincipalType", "Application").append(',');
            kv(sb, "appOwnerOrganizationId", MICROSOFT_TENANT).append(',');
            sb.append("\"accountEnabled\":true,");
            kv(sb, "signInAudience", "AzureADMultipleOrgs").append(",\"servicePrincipalNames\":[");
            q(sb, appId).append("],\"passwordCredentials\":[],\"keyCredentials\":[],\"owners\":[]}");
            sp();
            g.settleOwnership(true, false);
        }

        void ownerObjects(int count) {
            owners.setLength(0);
            owners.append('[');
            for (int i = 0; i < count; i++) {
                int person = g.ownerFrom(pool, rng);
                if (i > 0) {
                    owners.append(',');
                }
                owners.append("{\"@odata.type\":\"#microsoft.graph.user\",");
                kv(owners, "id", userId(person)).append(',');
                kv(owners, "displayName", g.name[person]).append(',');
                String upn = index == 0 ? g.email[person]
                        : g.email[person].replace('@', '_') + "#EXT#@" + domain + ".onmicrosoft.com";
                kv(owners, "userPrincipalName", upn).append(',');
                kv(owners, "mail", g.email[person]).append('}');
                g.addOwner(person);
            }
            owners.append(']');
        }

        /** Client secrets of an application or service principal, a history of rotations. */
        void secrets(int count, long created, String prefix) {
            sb.append("\"passwordCredentials\":[");
            long start = Math.max(created, now - rng.between(5, 420) * DAY);
            long[] starts = new long[count];
            for (int i = count - 1; i >= 0; i--) {
                starts[i] = start;
                start = Math.max(created, start - rng.between(150, 400) * DAY);
            }
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                long end = rng.chance(0.04) ? NEVER
                        : starts[i] + rng.pick(new Long[] {180L, 365L, 365L, 730L}) * DAY;
                if (end < now) {
                    g.expiredSecrets++;
                }
                sb.append("{\"customKeyIdentifier\":null,");
                kv(sb, "displayName", rng.chance(0.7) ? prefix + "-" + date(starts[i]) : null).append(',');
                kt(sb, "endDateTime", end, true).append(',');
                kv(sb, "hint", rng.chars(Rng.BASE64URL, 3)).append(',');
                kv(sb, "keyId", rng.guid()).append(",\"secretText\":null,");
                kt(sb, "startDateTime", starts[i], true).append('}');
                g.count("CLIENT_SECRET");
            }
            sb.append("],");
        }

        void certificates(int count, long created, String cn, String usage) {
            sb.append("\"keyCredentials\":[");
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                long start = rng.between(created, now - DAY);
                long end = start + rng.pick(new Long[] {365L, 730L, 1095L}) * DAY;
                sb.append('{');
                kv(sb, "customKeyIdentifier", rng.chars(Rng.HEX, 40).toUpperCase(Locale.ROOT)).append(',');
                kv(sb, "displayName", "CN=" + cn).append(',');
                kt(sb, "endDateTime", end, true).append(",\"key\":null,");
                kv(sb, "keyId", rng.guid()).append(',');
                kt(sb, "startDateTime", start, true).append(',');
                kv(sb, "type", "AsymmetricX509Cert").append(',');
                kv(sb, "usage", usage).append('}');
                g.count("CERTIFICATE");
            }
            sb.append("],");
        }

        static final int[] SECRET_COUNTS = {0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6, 7};
        static final int[] APP_CERT_COUNTS = {0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4};

        void application(boolean withServicePrincipal) {
            identities++;
            g.entraApplications++;
            String objectId = rng.guid();
            String appId = rng.guid();
            String app = rng.pick(APPS);
            String env = rng.pick(new String[] {"prod", "prod", "prod", "staging", "dev", "test"});
            String displayName = app + "-" + rng.pick(COMPONENTS) + " (" + env + ")";
            long created = now - rng.between(2, 2600) * DAY - rng.between(0, DAY - 1);
            String audience = rng.chance(0.9) ? "AzureADMyOrg" : "AzureADMultipleOrgs";

            // ownership: the owners of an application and of its service principal are usually the same
            double r = rng.nextDouble();
            int ownerCount = r < 0.055 ? 0 : r < 0.079 ? -1 : 1 + (rng.chance(0.3) ? 1 + rng.nextInt(2) : 0);
            g.resetOwners();
            if (ownerCount > 0) {
                ownerObjects(ownerCount);
            } else {
                owners.setLength(0);
                owners.append("[]");
            }
            String appOwners = owners.toString();
            int[] appOwnerCodes = Arrays.copyOf(g.ownerBuffer, g.ownerCount);

            // requested application permissions on Microsoft Graph
            requested.clear();
            if (rng.chance(0.45)) {
                int n = 1 + rng.nextInt(3);
                for (int i = 0; i < n; i++) {
                    String role = GRAPH_ROLES[rng.nextInt(GRAPH_LOW_RISK)][1];
                    if (!requested.contains(role)) {
                        requested.add(role);
                    }
                }
                if (rng.chance(0.06)) {
                    requested.add(GRAPH_ROLES[GRAPH_LOW_RISK + rng.nextInt(GRAPH_ROLES.length - GRAPH_LOW_RISK)][1]);
                }
            }
            sb.setLength(0);
            sb.append('{');
            kv(sb, "id", objectId).append(',');
            kv(sb, "appId", appId).append(',');
            kv(sb, "displayName", displayName).append(',');
            if (rng.chance(0.4)) {
                kv(sb, "description", "Northwind " + app + " integration, " + env).append(',');
            }
            kt(sb, "createdDateTime", created, true).append(',');
            kv(sb, "signInAudience", audience).append(',');
            kv(sb, "publisherDomain", domain + ".onmicrosoft.com").append(',');
            sb.append("\"identifierUris\":[");
            if (rng.chance(0.3)) {
                q(sb, "api://" + appId);
            }
            sb.append("],\"requiredResourceAccess\":[");
            if (!requested.isEmpty()) {
                sb.append("{\"resourceAppId\":\"").append(GRAPH_APP_ID).append("\",\"resourceAccess\":[");
                for (int i = 0; i < requested.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    sb.append("{\"id\":\"").append(requested.get(i)).append("\",\"type\":\"Role\"}");
                }
                sb.append("]}");
            }
            sb.append("],");
            secrets(SECRET_COUNTS[rng.nextInt(SECRET_COUNTS.length)], created, app);
            certificates(APP_CERT_COUNTS[rng.nextInt(APP_CERT_COUNTS.length)], created, app + "-" + env + "." + DOMAIN,
                    "Verify");
            sb.append("\"owners\":").append(appOwners).append('}');
            app();
            settle(ownerCount, objectId, false);

            if (!withServicePrincipal) {
                return;
            }
            identities++;
            g.entraServicePrincipals++;
            String spId = rng.guid();
            boolean sameOwners = rng.chance(0.85);
            double s = rng.nextDouble();
            int spOwnerCount = sameOwners ? ownerCount : s < 0.055 ? 0 : s < 0.079 ? -1 : 1;
            g.resetOwners();
            String spOwners;
            if (sameOwners) {
                spOwners = appOwners;
                for (int code : appOwnerCodes) {
                    g.addOwner(code);
                }
            } else if (spOwnerCount > 0) {
                ownerObjects(spOwnerCount);
                spOwners = owners.toString();
            } else {
                spOwners = "[]";
            }
            boolean enabled = rng.chance(0.98);
            sb.setLength(0);
            sb.append('{');
            kv(sb, "id", spId).append(',');
            kv(sb, "appId", appId).append(',');
            kv(sb, "displayName", displayName).append(',');
            kv(sb, "servicePrincipalType", "Application").append(',');
            kv(sb, "appOwnerOrganizationId", tenant).append(',');
            sb.append("\"accountEnabled\":").append(enabled).append(",\"appRoleAssignmentRequired\":")
                    .append(rng.chance(0.2)).append(',');
            kv(sb, "signInAudience", audience).append(",\"servicePrincipalNames\":[");
            q(sb, appId).append("],\"tags\":[\"WindowsAzureActiveDirectoryIntegratedApp\"],");
            secrets(rng.chance(0.3) ? 1 + rng.nextInt(3) : 0, created, app + "-sp");
            int certs = rng.chance(0.55) ? 1 + rng.nextInt(3) + (rng.chance(0.3) ? 1 : 0) : 0;
            certificates(certs, created, "Microsoft Azure Federated SSO Certificate", rng.chance(0.5) ? "Verify" : "Sign");
            sb.append("\"owners\":").append(spOwners).append('}');
            sp();
            boolean privileged = false;
            if (!requested.isEmpty() && rng.chance(0.85)) {
                for (String role : requested) {
                    privileged |= grant(spId, displayName, role, created);
                }
            }
            settle(spOwnerCount, "entra:" + spId, privileged);
            if (privileged) {
                g.privileged++;
            }
        }

        /** The ownership of the identity just written: ownerCount -1 is a declared owner. */
        void settle(int ownerCount, String id, boolean privileged) {
            String subject = id.startsWith("entra:") ? id : "entra:" + id;
            if (ownerCount > 0) {
                g.entraOwned++;
                g.providerOwned++;
            } else if (ownerCount < 0) {
                g.declaredOnly++;
                g.declare(subject, rng.chance(0.25) ? -(pool[rng.nextInt(pool.length)] + 1) : g.activePerson(rng),
                        g.ownershipRng);
            }
            g.settleOwnership(false, privileged);
        }

        boolean grant(String principalId, String principalName, String roleId, long after) {
            write(grants, firstGrant ? "\n" : ",\n");
            firstGrant = false;
            StringBuilder a = new StringBuilder(512);
            a.append('{');
            kv(a, "id", rng.chars(Rng.BASE64URL, 43)).append(",\"deletedDateTime\":null,");
            kv(a, "appRoleId", roleId).append(',');
            kt(a, "createdDateTime", rng.between(after, now - 3600), true).append(',');
            kv(a, "principalDisplayName", principalName).append(',');
            kv(a, "principalId", principalId).append(',');
            kv(a, "principalType", "ServicePrincipal").append(',');
            kv(a, "resourceDisplayName", "Microsoft Graph").append(',');
            kv(a, "resourceId", graphId).append('}');
            write(grants, a);
            for (String[] role : GRAPH_ROLES) {
                if (role[1].equals(roleId)) {
                    return Boolean.parseBoolean(role[2]);
                }
            }
            return false;
        }

        void managedIdentity() {
            identities++;
            g.entraServicePrincipals++;
            g.entraManagedIdentities++;
            String spId = rng.guid();
            String appId = rng.guid();
            String resource = rng.pick(AZURE_RESOURCES);
            String resourceName = rng.pick(APPS) + "-" + rng.pick(COMPONENTS) + "-" + rng.chars(Rng.HEX, 4);
            String path = "/subscriptions/" + rng.guid() + "/resourcegroups/rg-" + resourceName.substring(0,
                    resourceName.lastIndexOf('-')) + "/providers/" + resource + "/" + resourceName;
            sb.setLength(0);
            sb.append('{');
            kv(sb, "id", spId).append(',');
            kv(sb, "appId", appId).append(',');
            kv(sb, "displayName", resourceName).append(',');
            kv(sb, "servicePrincipalType", "ManagedIdentity").append(",\"appOwnerOrganizationId\":null,");
            sb.append("\"accountEnabled\":").append(rng.chance(0.98)).append(",\"alternativeNames\":[\"isExplicit=False\",");
            q(sb, path).append("],\"servicePrincipalNames\":[");
            q(sb, appId).append(',');
            q(sb, "https://identity.azure.net/" + rng.chars(Rng.BASE64URL, 43) + "=");
            sb.append("],\"passwordCredentials\":[],\"keyCredentials\":[],\"owners\":[]}");
            sp();
            boolean privileged = false;
            if (rng.chance(0.12)) {
                String role = rng.chance(0.08) ? GRAPH_ROLES[GRAPH_LOW_RISK + rng.nextInt(GRAPH_ROLES.length - GRAPH_LOW_RISK)][1]
                        : GRAPH_ROLES[rng.nextInt(GRAPH_LOW_RISK)][1];
                privileged = grant(spId, resourceName, role, now - 400 * DAY);
            }
            g.resetOwners();
            // managed identities have no owners in Entra: declared, or orphans
            settle(rng.chance(0.15) ? -1 : 0, spId, privileged);
            if (privileged) {
                g.privileged++;
            }
        }
    }

    // ================================================================ AI systems

    static final String[] AI_DOMAINS = {"Claims", "Credit", "Fraud", "Customer", "Pricing", "Churn", "Document",
            "Support", "Marketing", "Risk", "Underwriting", "Collections", "Supply", "Demand", "Talent", "Contract",
            "Payments", "Compliance", "Treasury", "Sales"};
    static final String[] AI_FUNCTIONS = {"Triage", "Scoring", "Detection", "Assistant", "Forecasting",
            "Summarisation", "Classification", "Recommendation", "Extraction", "Copilot", "Routing", "Screening"};
    static final String[][] FOUNDATION_MODELS = {
            {"gpt-4o", "OpenAI", "https://openai.com", "2024-08-06"},
            {"gpt-4o-mini", "OpenAI", "https://openai.com", "2024-07-18"},
            {"claude-sonnet-4", "Anthropic", "https://www.anthropic.com", "20250514"},
            {"llama-3.1-70b-instruct", "Meta", "https://llama.meta.com", "3.1"},
            {"mistral-large", "Mistral AI", "https://mistral.ai", "2411"},
            {"text-embedding-3-large", "OpenAI", "https://openai.com", "3"},
            {"gemini-1.5-pro", "Google", "https://ai.google.dev", "002"}};
    static final String[][] TASKS = {
            {"binary-classification", "supervised", "gradient-boosted trees", "XGBoost, 400 trees of depth 6", "tabular", "probability"},
            {"multi-class-classification", "supervised", "transformer", "DistilBERT fine-tuned", "text", "label"},
            {"regression", "supervised", "gradient-boosted trees", "LightGBM, 600 trees", "tabular", "number"},
            {"anomaly-detection", "unsupervised", "isolation forest", "Isolation forest, 200 estimators", "tabular", "score"},
            {"time-series-forecasting", "supervised", "temporal fusion transformer", "TFT, 4 attention heads", "time series", "forecast"},
            {"text-generation", "self-supervised", "transformer", "decoder-only transformer, fine-tuned with LoRA", "text", "text"}};

    void generateAiSystems() {
        Rng rng = new Rng(seed, 4);
        int count = Math.max(3, identities / 2000);
        Set<String> used = new HashSet<>();
        for (int s = 0; s < count; s++) {
            String systemName;
            int attempt = 0;
            do {
                systemName = rng.pick(AI_DOMAINS) + " " + rng.pick(AI_FUNCTIONS) + (attempt++ > 20 ? " " + (s + 1) : "");
            } while (!used.add(slug(systemName)));
            aiSystem(systemName, rng);
        }
    }

    void aiSystem(String systemName, Rng rng) {
        String slug = slug(systemName);
        aiSystems++;
        int[] aiPool = teamPool(rng, 3);
        int lead = ownerFrom(aiPool, rng);
        int author = ownerFrom(aiPool, rng);
        StringBuilder sb = new StringBuilder(8192);
        sb.append("{\n  \"$schema\": \"http://cyclonedx.org/schema/bom-1.6.schema.json\",\n  \"bomFormat\": \"CycloneDX\",\n"
                + "  \"specVersion\": \"1.6\",\n  ");
        kv(sb, "serialNumber", "urn:uuid:" + rng.guid()).append(",\n  \"version\": ").append(1 + rng.nextInt(6))
                .append(",\n  \"metadata\": {\n    ");
        kt(sb, "timestamp", now - rng.between(1, 180) * DAY - rng.between(0, DAY - 1), true);
        sb.append(",\n    \"lifecycles\": [ { \"phase\": \"").append(rng.chance(0.8) ? "operations" : "pre-build")
                .append("\" } ],\n    \"authors\": [ ");
        person(sb, lead);
        sb.append(" ],\n    \"component\": {\n      ");
        kv(sb, "bom-ref", "app-" + slug).append(",\n      \"type\": \"application\",\n      ");
        kv(sb, "name", systemName).append(",\n      ");
        kv(sb, "version", "2026." + (1 + rng.nextInt(12))).append(",\n      ");
        kv(sb, "description", systemName + " for Northwind Holdings, built on the models below.").append(",\n      \"authors\": [ ");
        person(sb, author);
        sb.append(" ]\n    },\n    \"supplier\": { \"name\": \"").append(COMPANY).append("\", \"url\": [ \"https://")
                .append(DOMAIN).append("\" ] }\n  },\n  \"components\": [");
        int inHouse = 1 + rng.nextInt(3);
        int foundation = rng.chance(0.5) ? 1 : 0;
        int dataCount = 1 + rng.nextInt(3);
        String[] dataRefs = new String[dataCount];
        for (int d = 0; d < dataCount; d++) {
            dataRefs[d] = "data-" + slug + "-" + (d + 1);
        }
        boolean first = true;
        for (int m = 0; m < inHouse; m++) {
            String[] task = rng.pick(TASKS);
            String modelName = slug + "-" + task[0].split("-")[0] + "-" + (m + 1);
            int modelAuthor = ownerFrom(aiPool, rng);
            sb.append(first ? "\n" : ",\n");
            first = false;
            sb.append("    {\n      ");
            kv(sb, "bom-ref", "model-" + modelName).append(",\n      \"type\": \"machine-learning-model\",\n      ");
            kv(sb, "group", "northwind").append(",\n      ");
            kv(sb, "name", modelName).append(",\n      ");
            String version = (1 + rng.nextInt(4)) + "." + rng.nextInt(10) + "." + rng.nextInt(10);
            kv(sb, "version", version).append(",\n      ");
            kv(sb, "description", "In-house " + task[0] + " model of " + systemName + ".").append(",\n      ");
            sb.append("\"supplier\": { \"name\": \"").append(COMPANY).append("\" },\n      \"authors\": [ ");
            person(sb, modelAuthor);
            sb.append(" ],\n      \"licenses\": [ { \"license\": { \"name\": \"Northwind proprietary\" } } ],\n      ");
            kv(sb, "purl", "pkg:generic/northwind/" + modelName + "@" + version).append(",\n      ");
            sb.append("\"hashes\": [ { \"alg\": \"SHA-256\", \"content\": \"").append(rng.chars(Rng.HEX, 64))
                    .append("\" } ],\n      \"modelCard\": {\n        \"modelParameters\": {\n          ");
            sb.append("\"approach\": { \"type\": \"").append(task[1]).append("\" },\n          ");
            kv(sb, "task", task[0]).append(",\n          ");
            kv(sb, "architectureFamily", task[2]).append(",\n          ");
            kv(sb, "modelArchitecture", task[3]).append(",\n          \"datasets\": [ ");
            sb.append("{ \"ref\": \"").append(dataRefs[rng.nextInt(dataCount)]).append("\" } ],\n          ");
            sb.append("\"inputs\": [ { \"format\": \"").append(task[4]).append("\" } ],\n          ");
            sb.append("\"outputs\": [ { \"format\": \"").append(task[5]).append("\" } ]\n        },\n        ");
            sb.append("\"quantitativeAnalysis\": {\n          \"performanceMetrics\": [ { \"type\": \"")
                    .append(task[1].equals("unsupervised") ? "precision at 1%" : "AUC").append("\", \"value\": \"0.")
                    .append(70 + rng.nextInt(29)).append("\", \"slice\": \"holdout ").append(date(now).substring(0, 4))
                    .append("\" } ]\n        },\n        \"considerations\": {\n          ");
            sb.append("\"users\": [ \"").append(rng.pick(DEPARTMENTS)).append(" staff\" ],\n          ");
            sb.append("\"useCases\": [ \"").append(systemName).append("\" ]\n        }\n      }\n    }");
            models++;
            modelNames.add(modelName);
        }
        for (int m = 0; m < foundation; m++) {
            String[] model = rng.pick(FOUNDATION_MODELS);
            sb.append(",\n    {\n      ");
            kv(sb, "bom-ref", "model-" + model[0]).append(",\n      \"type\": \"machine-learning-model\",\n      ");
            kv(sb, "name", model[0]).append(",\n      ");
            kv(sb, "version", model[3]).append(",\n      ");
            sb.append("\"supplier\": { \"name\": \"").append(model[1]).append("\", \"url\": [ \"").append(model[2])
                    .append("\" ] },\n      \"manufacturer\": { \"name\": \"").append(model[1]).append("\" }\n    }");
            models++;
            modelNames.add(model[0]);
        }
        for (int d = 0; d < dataCount; d++) {
            String dataName = slug + "-" + rng.pick(new String[] {"training", "features", "labels", "history",
                    "documents", "transactions"}) + "-" + (d + 1);
            sb.append(",\n    {\n      ");
            kv(sb, "bom-ref", dataRefs[d]).append(",\n      \"type\": \"data\",\n      ");
            kv(sb, "name", dataName).append(",\n      ");
            kv(sb, "version", date(now - rng.between(10, 400) * DAY).substring(0, 7)).append(",\n      ");
            kv(sb, "description", "Dataset of " + systemName + ".").append(",\n      \"data\": [\n        {\n          ");
            sb.append("\"type\": \"dataset\",\n          ");
            kv(sb, "name", dataName).append(",\n          ");
            sb.append("\"contents\": { \"url\": \"s3://northwind-ml-data/").append(dataName).append("/\" },\n          ");
            sb.append("\"classification\": \"").append(rng.pick(new String[] {"confidential", "internal", "restricted"}))
                    .append("\",\n          \"governance\": {\n            \"owners\": [ { \"organization\": { \"name\": \"")
                    .append(COMPANY).append(' ').append(rng.pick(DEPARTMENTS)).append("\" } } ]\n          }\n        }\n      ]\n    }");
            datasets++;
        }
        sb.append("\n  ]\n}\n");
        try {
            Path file = out.resolve("cyclonedx").resolve(slug + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        manifest.add("cyclonedx\tcyclonedx/" + slug + ".json\tsnapshot=true\t0");
        // most AI systems have a declared accountable owner; a BOM names only technical creators
        if (rng.chance(0.85)) {
            int owner = ownerFrom(aiPool, rng);
            aiOwned++;
            if (status[owner] == LEAVER) {
                aiOwnerLeft++;
            }
            long since = now - rng.between(5, 300) * DAY;
            write(ownership, "ai:" + slug + "," + email[owner] + ",ACCOUNTABLE,1," + date(since) + ","
                    + email[activePerson(rng)] + "," + date(Math.min(now - DAY, since + 7 * DAY)) + "\n");
            declaredRows++;
        }
    }

    void person(StringBuilder sb, int p) {
        sb.append("{ ");
        kv(sb, "name", name[p]).append(", ");
        kv(sb, "email", email[p]).append(" }");
    }

    // ================================================================ summary

    void writeSummary() {
        long totalCredentials = credentials.values().stream().mapToLong(Long::longValue).sum();
        long leavers = 0;
        long suspended = 0;
        long leaversOwning = 0;
        for (int p = 0; p < people; p++) {
            leavers += status[p] == LEAVER ? 1 : 0;
            suspended += status[p] == SUSPENDED ? 1 : 0;
            leaversOwning += status[p] == LEAVER && owns[p] ? 1 : 0;
        }
        long total = awsIdentities + entraIdentities;
        StringBuilder s = new StringBuilder();
        s.append("# Synthetic enterprise for the Oversight benchmark (bench/Generate.java)\n");
        line(s, "reference date (now)", iso(now, true));
        line(s, "seed", seed);
        line(s, "identities requested", identities);
        s.append("\n## People\n");
        line(s, "people", people);
        line(s, "teams", teamNames.size() + " (" + lineTeams.size() + " line teams with a lead, "
                + (teamNames.size() - lineTeams.size()) + " leadership teams)");
        line(s, "manager tree depth", maxDepth + " levels");
        line(s, "leavers", leavers + pct(leavers, people));
        line(s, "suspended", suspended + pct(suspended, people));
        s.append("\n## Identities\n");
        line(s, "identities", total);
        line(s, "aws", awsIdentities + pct(awsIdentities, total) + " in " + accounts + " accounts: " + awsRoles
                + " roles (" + awsServiceLinked + " service-linked), " + awsUsers + " users (" + awsHumanUsers
                + " people's console users), " + awsRoots + " root users");
        line(s, "entra", entraIdentities + pct(entraIdentities, total) + " in " + tenants + " tenants: "
                + entraApplications + " applications, " + entraServicePrincipals + " service principals ("
                + entraManagedIdentities + " managed identities, " + entraFirstParty + " Microsoft first-party)");
        line(s, "non-human identities", ownable + vendor + " (" + vendor
                + " vendor-managed: service-linked roles, Microsoft first-party)");
        line(s, "owned by their provider", providerOwned + pct(providerOwned, total) + " (aws owner/team tags "
                + awsOwnerTagged + pct(awsOwnerTagged, awsIdentities) + " of aws, entra owners " + entraOwned
                + pct(entraOwned, entraIdentities) + " of entra; team tags " + teamOwned + ")");
        line(s, "declared owner only", declaredOnly + pct(declaredOnly, total) + " (ownership.csv rows: "
                + declaredRows + ", incl. " + aiOwned + " AI systems)");
        line(s, "orphans (no owner at all)", orphans + pct(orphans, total));
        line(s, "owners who left", ownerLeft + " identities whose every accountable owner is a LEAVER; "
                + leaversOwning + " leavers own something");
        line(s, "owned only by suspended people", suspendedOnly);
        line(s, "privileged non-human", privileged);
        line(s, "dormant (aws, >90 days)", dormantAws + pct(dormantAws, awsIdentities) + " of aws identities");
        s.append("\n## Credentials\n");
        line(s, "credentials", totalCredentials + String.format(Locale.ROOT, " (%.2f per identity)",
                totalCredentials / (double) Math.max(1, total)));
        for (Map.Entry<String, Long> kind : credentials.entrySet()) {
            line(s, "  " + kind.getKey(), kind.getValue());
        }
        line(s, "expired client secrets", expiredSecrets);
        s.append("\n## AI\n");
        line(s, "AI systems", aiSystems);
        line(s, "models", modelNames.size() + " (" + models + " model components in the BOMs; vendor models are shared)");
        line(s, "datasets", datasets);
        line(s, "AI systems with a declared accountable owner", aiOwned + " (" + aiOwnerLeft + " of them a leaver)");
        s.append("\n## Findings to expect (at the reference date)\n");
        line(s, "orphaned-identity", (orphans + suspendedOnly) + " (orphans + owned only by suspended people)");
        line(s, "owner-left", (ownerLeft + aiOwnerLeft) + " (identities + AI systems)");
        line(s, "dormant-privileged-identity", dormantPrivileged);
        line(s, "privileged-identity-without-owner", privilegedOrphans);
        try {
            Files.writeString(out.resolve("summary.txt"), s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void line(StringBuilder s, String key, Object value) {
        s.append(String.format(Locale.ROOT, "%-46s %s%n", key + ":", value));
    }

    static String pct(long part, long whole) {
        return String.format(Locale.ROOT, " (%.1f%%)", 100.0 * part / Math.max(1, whole));
    }
}
