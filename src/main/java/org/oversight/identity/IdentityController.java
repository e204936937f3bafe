package org.oversight.identity;

import static org.oversight.api.Related.Direction.IN;
import static org.oversight.api.Related.Direction.OUT;
import static org.oversight.graph.CypherClient.parameters;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.oversight.api.Connection;
import org.oversight.api.PageRequest;
import org.oversight.api.Pages;
import org.oversight.api.Related;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.RelType;
import org.oversight.model.Agent;
import org.oversight.model.Credential;
import org.oversight.model.Group;
import org.oversight.model.Human;
import org.oversight.model.Identity;
import org.oversight.model.Ownership;
import org.oversight.model.Policy;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Identities, their credentials, groups and policies. */
@Controller
class IdentityController {

    record IdentityFilter(String provider, String kind, Boolean ownerless, String status, Boolean external) {
    }

    record CredentialFilter(String kind, String status) {
    }

    private final Pages pages;
    private final Related related;
    private final Clock clock;

    IdentityController(Pages pages, Related related, Clock clock) {
        this.pages = pages;
        this.related = related;
        this.clock = clock;
    }

    @QueryMapping
    Connection<Identity> identities(@Argument Integer first, @Argument String after, @Argument IdentityFilter filter, DataFetchingFieldSelectionSet selection) {
        IdentityFilter f = filter == null ? new IdentityFilter(null, null, null, null, false) : filter;
        return pages.fetch("queries/identities", PageRequest.of(first, after, selection), parameters("provider", f.provider(),
                "kind", f.kind(), "ownerless", f.ownerless(), "status", f.status(), "external", f.external()),
                Identity.class);
    }

    @QueryMapping
    Connection<Credential> credentials(@Argument Integer first, @Argument String after,
            @Argument CredentialFilter filter, DataFetchingFieldSelectionSet selection) {
        CredentialFilter f = filter == null ? new CredentialFilter(null, null) : filter;
        return pages.fetch("queries/credentials", PageRequest.of(first, after, selection),
                parameters("kind", f.kind(), "status", f.status(), "now", now()), Credential.class);
    }

    /** Derived when read: an expiry that has passed since the import counts (see {@link Credential#statusAt}). */
    @SchemaMapping(typeName = "Credential", field = "status")
    String credentialStatus(Credential credential) {
        return credential.statusAt(now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    @BatchMapping(typeName = "Identity")
    Map<Identity, List<Ownership>> owners(List<Identity> identities) {
        return related.owners(identities, NodeLabel.IDENTITY);
    }

    @BatchMapping(typeName = "Identity")
    Map<Identity, List<Credential>> credentials(List<Identity> identities) {
        return related.many(identities, NodeLabel.IDENTITY, RelType.HAS_CREDENTIAL, OUT, Credential.class);
    }

    @BatchMapping(typeName = "Identity")
    Map<Identity, List<Group>> groups(List<Identity> identities) {
        return related.many(identities, NodeLabel.IDENTITY, RelType.MEMBER_OF, OUT, Group.class);
    }

    @BatchMapping(typeName = "Identity")
    Map<Identity, List<Policy>> policies(List<Identity> identities) {
        return related.many(identities, NodeLabel.IDENTITY, RelType.HAS_POLICY, OUT, Policy.class);
    }

    @BatchMapping(typeName = "Identity")
    Map<Identity, List<Identity>> canAssume(List<Identity> identities) {
        return related.many(identities, NodeLabel.IDENTITY, RelType.CAN_ASSUME, OUT, Identity.class);
    }

    @BatchMapping(typeName = "Identity")
    Map<Identity, Human> human(List<Identity> identities) {
        return related.one(identities, NodeLabel.IDENTITY, RelType.BELONGS_TO, OUT, Human.class);
    }

    @BatchMapping(typeName = "Identity")
    Map<Identity, List<Agent>> agents(List<Identity> identities) {
        return related.many(identities, NodeLabel.IDENTITY, RelType.ACTS_AS, IN, Agent.class);
    }

    @BatchMapping(typeName = "Credential")
    Map<Credential, Identity> identity(List<Credential> credentials) {
        return related.one(credentials, NodeLabel.CREDENTIAL, RelType.HAS_CREDENTIAL, IN, Identity.class);
    }

    @BatchMapping(typeName = "Credential", field = "owners")
    Map<Credential, List<Ownership>> credentialOwners(List<Credential> credentials) {
        return related.owners(credentials, NodeLabel.CREDENTIAL);
    }

    @BatchMapping(typeName = "Group", field = "policies")
    Map<Group, List<Policy>> groupPolicies(List<Group> groups) {
        return related.many(groups, NodeLabel.GROUP, RelType.HAS_POLICY, OUT, Policy.class);
    }
}
