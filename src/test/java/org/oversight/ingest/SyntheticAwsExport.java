package org.oversight.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An AWS authorization-details export of any size, in the real format, for tests that need a large
 * import: roles with owner tags, an inline policy each, and one shared customer policy. Deterministic.
 */
public final class SyntheticAwsExport {

    private SyntheticAwsExport() {
    }

    public static Path write(Path file, String account, int roles) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"UserDetailList\": [], \"GroupDetailList\": [], \"RoleDetailList\": [\n");
            for (int i = 0; i < roles; i++) {
                String name = "synthetic-role-" + String.format("%06d", i);
                out.write((i == 0 ? "" : ",\n") + """
                        {"Path": "/app/", "RoleName": "%1$s", "RoleId": "AROA%2$016d", "Arn": "arn:aws:iam::%3$s:role/app/%1$s",
                         "CreateDate": "2025-01-10T10:00:00Z",
                         "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                           "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
                         "InstanceProfileList": [],
                         "RolePolicyList": [{"PolicyName": "inline-%1$s", "PolicyDocument": {"Version": "2012-10-17",
                           "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::bucket-%2$d/*"}]}}],
                         "AttachedManagedPolicies": [{"PolicyName": "SharedReader", "PolicyArn": "arn:aws:iam::%3$s:policy/SharedReader"}],
                         "Tags": [{"Key": "owner", "Value": "owner-%4$d@synthetic.example"}, {"Key": "team", "Value": "Team %5$d"}],
                         "RoleLastUsed": {"LastUsedDate": "2026-11-01T10:00:00Z", "Region": "eu-west-1"}}"""
                        .formatted(name, i, account, i % 500, i % 40));
            }
            out.write("\n], \"Policies\": [{\"PolicyName\": \"SharedReader\", \"PolicyId\": \"ANPASHAREDREADER00001\","
                    + " \"Arn\": \"arn:aws:iam::" + account + ":policy/SharedReader\", \"Path\": \"/\", \"DefaultVersionId\": \"v1\","
                    + " \"AttachmentCount\": " + roles + ", \"IsAttachable\": true, \"PolicyVersionList\": [{\"Document\":"
                    + " {\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:List*\","
                    + " \"Resource\": \"*\"}]}, \"VersionId\": \"v1\", \"IsDefaultVersion\": true}]}]}\n");
        }
        return file;
    }
}
