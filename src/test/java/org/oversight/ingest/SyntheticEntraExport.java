package org.oversight.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Microsoft Graph list of service principals of any size, in the real format, for tests that
 * need a large Entra import: each with two client secrets, a certificate and a user who owns it.
 * Deterministic.
 */
public final class SyntheticEntraExport {

    private SyntheticEntraExport() {
    }

    public static Path write(Path file, String tenant, int servicePrincipals) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#servicePrincipals(owners())\", \"value\": [\n");
            for (int i = 0; i < servicePrincipals; i++) {
                out.write((i == 0 ? "" : ",\n") + """
                        {"id": "5b1f0a1e-0000-4000-8000-%1$012d", "appId": "a1b2c3d4-0000-4000-8000-%1$012d",
                         "displayName": "synthetic-app-%1$d", "servicePrincipalType": "Application",
                         "appOwnerOrganizationId": "%2$s", "accountEnabled": true, "signInAudience": "AzureADMyOrg",
                         "servicePrincipalNames": ["a1b2c3d4-0000-4000-8000-%1$012d"], "appRoles": [], "oauth2PermissionScopes": [],
                         "passwordCredentials": [
                          {"displayName": "deploy-%1$d", "endDateTime": "2027-07-10T09:00:00Z", "hint": "Zq8",
                           "keyId": "c0ffee00-0000-4000-8000-%1$012d", "secretText": null, "startDateTime": "2026-01-10T09:00:00Z"},
                          {"displayName": "rotation-%1$d", "endDateTime": "2025-07-10T09:00:00Z", "hint": "Ab1",
                           "keyId": "c0ffee00-0001-4000-8000-%1$012d", "secretText": null, "startDateTime": "2025-01-10T09:00:00Z"}],
                         "keyCredentials": [
                          {"displayName": "CN=synthetic-app-%1$d", "endDateTime": "2027-03-01T00:00:00Z", "key": null,
                           "keyId": "d00dfeed-0000-4000-8000-%1$012d", "startDateTime": "2025-03-01T00:00:00Z",
                           "type": "AsymmetricX509Cert", "usage": "Verify"}],
                         "owners": [{"@odata.type": "#microsoft.graph.user", "id": "0e1d2c3b-0000-4000-8000-%3$012d",
                           "displayName": "Owner %3$d", "userPrincipalName": "owner-%3$d@synthetic.example",
                           "mail": "owner-%3$d@synthetic.example"}]}"""
                        .formatted(i, tenant, i % 1000));
            }
            out.write("\n]}\n");
        }
        return file;
    }
}
