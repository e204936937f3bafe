package org.oversight.api;

import org.oversight.graph.GraphDigest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code graphDigest}: a stable hash of what the graph holds, to compare two imports of the same file. */
@Controller
class DigestController {

    private final GraphDigest digest;

    DigestController(GraphDigest digest) {
        this.digest = digest;
    }

    @QueryMapping
    GraphDigest.Digest graphDigest(@Argument String scope) {
        return digest.of(scope);
    }
}
