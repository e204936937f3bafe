package org.oversight.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void operatorsInIdsAreMatchedLiterally() {
        assertThat(SearchText.toLucene("arn:aws:iam::1:role/ci-deploy"))
                .isEqualTo("arn\\:aws\\:iam\\:\\:1\\:role\\/ci\\-deploy");
        assertThat(SearchText.toLucene("(ada) AND [x]")).isEqualTo("\\(ada\\) AND \\[x\\]");
    }

    @Test
    void aTrailingStarSearchesPrefixes() {
        assertThat(SearchText.toLucene("kyc*  agent")).isEqualTo("kyc* agent");
    }

    @Test
    void wordsWithoutLettersOrDigitsAreDropped() {
        assertThat(SearchText.toLucene(" * ~ ")).isEmpty();
        assertThat(SearchText.toLucene(null)).isEmpty();
    }
}
