package org.oversight.ingest.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreSlugsOfNames() {
        assertThat(Ids.aiSystem("Card Fraud Detection")).isEqualTo("ai:card-fraud-detection");
        assertThat(Ids.model("stable-diffusion")).isEqualTo("model:stable-diffusion");
        assertThat(Ids.model("Llama 3.1 (8B) Instruct")).isEqualTo("model:llama-3-1-8b-instruct");
        assertThat(Ids.dataset("Données clients 2025")).isEqualTo("dataset:donnees-clients-2025");
        assertThat(Ids.vendor("  Acme, Inc.  ")).isEqualTo("vendor:acme-inc");
        assertThat(Ids.slug("模型")).isEqualTo("模型");
        assertThat(Ids.slug("***")).isEmpty();
    }

    @Test
    void theParameterIsAnIdOrAName() {
        assertThat(Ids.aiSystemFromParameter("ai:credit-scoring")).isEqualTo("ai:credit-scoring");
        assertThat(Ids.aiSystemFromParameter("Credit Scoring")).isEqualTo("ai:credit-scoring");
    }
}
