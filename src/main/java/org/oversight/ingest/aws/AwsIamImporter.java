package org.oversight.ingest.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.RelType;
import org.oversight.ingest.kit.Fields;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.Importer;
import org.oversight.ingest.Json;
import org.oversight.ingest.Encodings;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Source {@code aws-iam}: AWS accounts' IAM users, roles, groups and policies from
 * {@code aws iam get-account-authorization-details} (one file or several pages), and their
 * credentials from the IAM credential report (the JSON response or the decoded CSV). Files are
 * told apart by their content. The scope is the account id; files that hold several accounts (a
 * merged export) are imported once per account, each its own scope.
 */
@Component
class AwsIamImporter implements Importer {

    static final String SOURCE = "aws-iam";

    private static final Set<String> REPORT_MEMBERS = Set.of("Content", "ReportFormat", "GeneratedTime");
    /** Members of one page of a paginated export; the records are what count. */
    private static final Set<String> PAGINATION_MEMBERS = Set.of("IsTruncated", "Marker", "NextToken");
    /** Authorization details files up to this size are re-read whole to tell an empty export from another file. */
    private static final long SMALL_FILE = 1 << 20;

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String description() {
        return "AWS IAM: get-account-authorization-details JSON (whole or in pages) and the IAM credential report"
                + " (get-credential-report JSON or its CSV), of one account or several (each its own scope)";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("account", "12-digit AWS account id the files describe; needed only when no file names one;"
                + " of files that hold several accounts, the only one to import");
    }

    /** What one file turned out to hold. */
    private static final class FileContent {
        boolean authorizationDetails;
        boolean credentialReport;
        boolean truncatedPage;
    }

    @Override
    public void read(List<ImportFile> files, ImportOptions options, GraphBatch.Builder batch) {
        if (files.isEmpty()) {
            throw new ImportException(null, null, null, "no files to import");
        }
        String parameter = options.parameter("account");
        if (parameter != null && !Arn.isAccountId(parameter)) {
            throw new ImportException(null, null, "account", "'" + parameter + "' is not a 12-digit AWS account id");
        }
        IamInventory inventory = new IamInventory(batch);
        List<FileContent> contents = new ArrayList<>();
        for (ImportFile file : files) {
            contents.add(looksLikeJson(file) ? readJson(file, inventory) : readCsv(file, inventory));
        }
        boolean authorizationDetails = contents.stream().anyMatch(content -> content.authorizationDetails);
        boolean credentialReport = contents.stream().anyMatch(content -> content.credentialReport);
        checkPagesComplete(files, contents, options.snapshot(), batch);

        String names = String.join(", ", files.stream().map(ImportFile::name).toList());
        Set<String> accounts = inventory.accounts();
        String account;
        boolean describesShared = true;
        if (options.scope() != null) {
            // one account of several, as the import service asks for each in turn
            account = options.scope();
            describesShared = account.equals(accounts.iterator().next());
        } else if (parameter != null) {
            if (!accounts.isEmpty() && !accounts.contains(parameter)) {
                throw new ImportException(names, null, "account", "parameter 'account' is " + parameter
                        + ", but the files describe account(s) " + accounts);
            }
            account = parameter;
            if (accounts.size() > 1) {
                batch.warn(names, "the files also describe account(s) " + accounts.stream()
                        .filter(other -> !other.equals(parameter)).toList() + ", not imported as parameter 'account'"
                        + " asks for " + parameter + " only; import without it to import every account");
            }
        } else if (accounts.size() > 1) {
            batch.scopes(accounts);
            return;
        } else if (accounts.isEmpty()) {
            throw new ImportException(names, null, "account",
                    "no file names a 12-digit AWS account id; give it as parameter 'account'");
        } else {
            account = accounts.iterator().next();
        }
        if (accounts.size() > 1) {
            // of files that hold several accounts, a snapshot of one covers only what they hold of it
            authorizationDetails &= inventory.detailsDescribe(account);
            credentialReport &= inventory.reportLists(account);
        }
        inventory.emit(account, authorizationDetails, describesShared);
        batch.scope(account);
        if (options.snapshot()) {
            // only what the files are a full account listing of: a report alone says nothing of roles or groups
            List<NodeLabel> labels = new ArrayList<>();
            List<RelType> types = new ArrayList<>();
            if (authorizationDetails) {
                labels.addAll(List.of(NodeLabel.IDENTITY, NodeLabel.GROUP, NodeLabel.POLICY));
                types.addAll(List.of(RelType.MEMBER_OF, RelType.HAS_POLICY, RelType.CAN_ASSUME, RelType.OWNED_BY));
            }
            if (credentialReport) {
                labels.add(NodeLabel.CREDENTIAL);
                types.add(RelType.HAS_CREDENTIAL);
            }
            batch.snapshot(labels, types);
        }
    }

    /**
     * Pages of a paginated export say IsTruncated (API) or carry a NextToken (CLI) until the last
     * one; if every page does, the last is missing, and a snapshot would wrongly mark what is on it
     * stale.
     */
    private static void checkPagesComplete(List<ImportFile> files, List<FileContent> contents, boolean snapshot,
            GraphBatch.Builder batch) {
        List<String> pages = new ArrayList<>();
        boolean lastPagePresent = false;
        for (int i = 0; i < files.size(); i++) {
            if (contents.get(i).authorizationDetails) {
                pages.add(files.get(i).name());
                lastPagePresent |= !contents.get(i).truncatedPage;
            }
        }
        if (pages.isEmpty() || lastPagePresent) {
            return;
        }
        String problem = "every page of the authorization details says IsTruncated: the last page is missing";
        if (snapshot) {
            throw new ImportException(String.join(", ", pages), null, "IsTruncated",
                    problem + "; import all pages together, or import without snapshot");
        }
        batch.warn(String.join(", ", pages), problem);
    }

    /** JSON starts with '{' or '[' after any byte order mark, blank or (UTF-16) zero byte. */
    private static boolean looksLikeJson(ImportFile file) {
        int first = Encodings.firstNonBlank(file);
        if (first == -1 && file.size() < 4096) {
            throw new ImportException(file.name(), null, null, "is empty");
        }
        return first == '{' || first == '[';
    }

    private static FileContent readJson(ImportFile file, IamInventory inventory) {
        FileContent content = new FileContent();
        AuthorizationDetailsReader details = new AuthorizationDetailsReader(inventory);
        Map<String, JsonNode> reportMembers = new LinkedHashMap<>();
        Set<String> unread = new LinkedHashSet<>();
        Json.streamObject(file, (name, node) -> {
            int bracket = name.indexOf('[');
            String member = bracket < 0 ? name : name.substring(0, bracket);
            Place place = new Place(file.name(), name);
            if (AuthorizationDetailsReader.LISTS.contains(member)) {
                if (bracket < 0 && !node.isNull()) {
                    throw place.error(null, "must be a list of records, not " + Fields.describe(node));
                }
                if (bracket >= 0) {
                    inventory.readingDetails();
                    details.record(member, node, place);
                }
                content.authorizationDetails = true;
            } else if (REPORT_MEMBERS.contains(member) && bracket < 0) {
                reportMembers.put(member, node);
            } else if (member.equals("IsTruncated") && bracket < 0) {
                if (!node.isBoolean()) {
                    throw place.error(null, "must be true or false, not " + Fields.describe(node));
                }
                content.truncatedPage |= node.booleanValue();
            } else if (member.equals("NextToken") && bracket < 0) {
                // the CLI's --max-items pages carry NextToken until the last one
                content.truncatedPage |= node.isString() && !node.stringValue().isBlank();
            } else if (!PAGINATION_MEMBERS.contains(member)) {
                unread.add(member);
            }
        });
        if (!content.authorizationDetails && reportMembers.isEmpty() && file.size() <= SMALL_FILE) {
            // empty lists hand over no records: an account's export may still be one
            JsonNode root = Json.readTree(file);
            content.authorizationDetails = AuthorizationDetailsReader.LISTS.stream()
                    .anyMatch(list -> root.path(list).isArray());
        }
        if (!reportMembers.isEmpty()) {
            inventory.readingReport();
            readReportResponse(file, reportMembers, inventory);
            content.credentialReport = true;
        }
        if (!content.authorizationDetails && !content.credentialReport) {
            throw new ImportException(file.name(), null, null, "is not an AWS IAM export: expected the JSON of"
                    + " get-account-authorization-details (UserDetailList, RoleDetailList, GroupDetailList, Policies)"
                    + " or of get-credential-report (Content), but its members are " + unread);
        }
        for (String member : unread) {
            inventory.warn(new Place(file.name(), member), "top-level member '" + member + "' is not read");
        }
        return content;
    }

    /** The get-credential-report response: the CSV in Content, base64-encoded as the CLI prints it, or plain. */
    private static void readReportResponse(ImportFile file, Map<String, JsonNode> members, IamInventory inventory) {
        Place place = new Place(file.name(), null);
        JsonNode response = Json.MAPPER.createObjectNode().setAll(members);
        String format = place.text(response, "ReportFormat");
        if (format != null && !format.equalsIgnoreCase("text/csv")) {
            throw place.error("ReportFormat", "'" + format + "' is not text/csv, the only report format read");
        }
        place.time(response, "GeneratedTime");
        String text = place.requiredText(response, "Content");
        String csv;
        if (text.regionMatches(true, 0, "user,", 0, 5)) {
            csv = text;
        } else {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(text.replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                throw place.error("Content", "is neither base64 nor CSV text: " + e.getMessage());
            }
            csv = decode(bytes, StandardCharsets.UTF_8, place);
        }
        List<String> header = header(csv);
        if (!CredentialReportReader.isReportHeader(header)) {
            throw place.error("Content", "does not hold a credential report: its header is " + header
                    + ", expected user,arn,...");
        }
        Path spool = null;
        try {
            spool = Files.createTempFile("aws-iam-credential-report", ".csv");
            Files.writeString(spool, csv, StandardCharsets.UTF_8);
            new CredentialReportReader(inventory).read(new ImportFile(file.name(), spool), file.name(), "Content, ",
                    header);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot spool the credential report of " + file.name(), e);
        } finally {
            if (spool != null) {
                spool.toFile().delete();
            }
        }
    }

    private static FileContent readCsv(ImportFile file, IamInventory inventory) {
        List<String> header = header(Encodings.firstLine(file));
        if (!CredentialReportReader.isReportHeader(header)) {
            throw new ImportException(file.name(), "line 1", null, "is not an AWS IAM export: neither JSON nor a"
                    + " credential report CSV, whose header starts with user,arn");
        }
        inventory.readingReport();
        new CredentialReportReader(inventory).read(file, file.name(), "", header);
        FileContent content = new FileContent();
        content.credentialReport = true;
        return content;
    }

    /** Column names of a CSV's first line, as {@link org.oversight.ingest.Csv} names them. */
    private static List<String> header(String text) {
        String line = text.startsWith("\uFEFF") || text.startsWith("\uFFFE") ? text.substring(1) : text;
        int end = line.indexOf('\n');
        line = end < 0 ? line : line.substring(0, end);
        return Arrays.stream(line.split(",", -1))
                .map(column -> column.strip().replace("\"", "").toLowerCase(Locale.ROOT))
                .toList();
    }

    private static String decode(byte[] bytes, Charset charset, Place place) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw place.error("Content", "does not decode to UTF-8 text");
        }
    }
}
