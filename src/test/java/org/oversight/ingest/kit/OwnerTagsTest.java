package org.oversight.ingest.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oversight.graph.NodeLabel;

class OwnerTagsTest {

    /** AWS tag keys and Kubernetes label keys name owners alike, whatever their case, punctuation or prefix. */
    @ParameterizedTest
    @CsvSource({"Owner, OWNER", "owner-email, OWNER", "OWNER_EMAIL, OWNER", "oversight.io/owner, OWNER",
            "app.kubernetes.io/owner, OWNER", "contact, OWNER", "tech-contact, TECHNICAL_OWNER",
            "example.com/technical-owner, TECHNICAL_OWNER", "Email, EMAIL", "team, TEAM", "oversight.io/team, TEAM",
            "owning-team, TEAM", "app.kubernetes.io/name, OTHER", "cost-center, OTHER", "ownership, OTHER"})
    void keysMeanTheSameInEverySource(String key, OwnerTags.Meaning meaning) {
        assertThat(OwnerTags.meaning(key)).isEqualTo(meaning);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Ada@Example.com|ada@example.com|", "ada@example.com; bob@example.com|ada@example.com,bob@example.com|",
            "ada@example.com, the platform team|ada@example.com|the platform team", "platform team||platform team"})
    void aValueNamesEveryAddressInItAndSaysWhatIsNot(String value, String people, String notAddresses) {
        List<String> refused = new ArrayList<>();
        List<OwnerTags.Owner> owners = OwnerTags.people(value, "ACCOUNTABLE", refused::add);

        assertThat(owners).extracting(OwnerTags.Owner::id)
                .containsExactlyElementsOf(people == null ? List.of() : List.of(people.split(",")));
        assertThat(owners).allSatisfy(owner -> assertThat(owner.label()).isEqualTo(NodeLabel.HUMAN));
        assertThat(refused).containsExactlyElementsOf(notAddresses == null ? List.of() : List.of(notAddresses));
    }
}
