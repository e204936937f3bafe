package org.oversight.ingest.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void namesOfSecretPropertiesAreRecognised() {
        assertThat(Secrets.isSecretName("hf_token")).isTrue();
        assertThat(Secrets.isSecretName("apiKey")).isTrue();
        assertThat(Secrets.isSecretName("deploy:api-key")).isTrue();
        assertThat(Secrets.isSecretName("DB_PASSWORD")).isTrue();
        assertThat(Secrets.isSecretName("client.secret")).isTrue();
        assertThat(Secrets.isSecretName("DbPwd")).isTrue();
        assertThat(Secrets.isSecretName("DBPassword")).isTrue();
        assertThat(Secrets.isSecretName("dbpassword")).isTrue();
        assertThat(Secrets.isSecretName("x-client-secret-v2")).isTrue();
        assertThat(Secrets.isSecretName("huggingface:tokenizer")).isFalse();
        assertThat(Secrets.isSecretName("kestrel:cost-centre")).isFalse();
        assertThat(Secrets.isSecretName("key")).isFalse();
    }

    @Test
    void secretsInTextAreRedactedAndCleanTextIsLeftAlone() {
        assertThat(Secrets.redact("use hf_abcdefghijklmnopqrstuvwxyz0123 to pull")).isEqualTo("use [REDACTED] to pull");
        assertThat(Secrets.redact("password: hunter2, user: ada")).isEqualTo("password: [REDACTED], user: ada");
        assertThat(Secrets.redact("Authorization: Bearer abcdefghijklmnop.qrstuv")).isEqualTo("Authorization: [REDACTED]");
        assertThat(Secrets.redact("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"))
                .isEqualTo("[REDACTED]");
        assertThat(Secrets.redact("see https://ada:pw@host.example/x")).isEqualTo("see https://[REDACTED]@host.example/x");
        String clean = "Tokenizer trained on 2 TB; secret sauce is the data.";
        assertThat(Secrets.redact(clean)).isSameAs(clean);
    }

    @Test
    void urlsKeepSchemeHostAndPathOnly() {
        assertThat(Secrets.url("https://ada:pw@models.example/m/1?token=abc#x"))
                .isEqualTo(new Secrets.SafeUrl("https://models.example/m/1", true));
        assertThat(Secrets.url("https://bucket.s3.amazonaws.com/d.csv?X-Amz-Signature=abc"))
                .isEqualTo(new Secrets.SafeUrl("https://bucket.s3.amazonaws.com/d.csv", true));
        assertThat(Secrets.url("https://huggingface.co/org/model?library=transformers"))
                .isEqualTo(new Secrets.SafeUrl("https://huggingface.co/org/model", false));
        assertThat(Secrets.url("s3://bucket/path/")).isEqualTo(new Secrets.SafeUrl("s3://bucket/path/", false));
        assertThat(Secrets.url("not a url?password=x")).isEqualTo(new Secrets.SafeUrl("not a url", true));
    }
}
