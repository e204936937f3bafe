package org.oversight.ingest.cyclonedx;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Node ids for what a BOM names, after docs/graph-model.md: {@code ai:}, {@code model:},
 * {@code dataset:} and {@code vendor:} followed by the slug of a name. Versions stay out of the
 * ids so that owners and links declared on a model survive its next release.
 */
final class Ids {

    private Ids() {
    }

    /**
     * Lower-case letters and digits of any script, runs of anything else as one '-', accents
     * removed: "Card Fraud Detection" becomes "card-fraud-detection". Empty when the text has no
     * letter or digit.
     */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }

    static String aiSystem(String name) {
        return "ai:" + slug(name);
    }

    /** The {@code aiSystem} parameter: an id as it stands when it starts with "ai:", else a name to slug. */
    static String aiSystemFromParameter(String value) {
        return value.startsWith("ai:") ? value : aiSystem(value);
    }

    static String model(String name) {
        return "model:" + slug(name);
    }

    static String dataset(String name) {
        return "dataset:" + slug(name);
    }

    static String vendor(String name) {
        return "vendor:" + slug(name);
    }
}
