package org.oversight.ingest.cyclonedx;

import java.util.List;
import java.util.Map;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.Importer;
import org.springframework.stereotype.Component;

/**
 * Source {@code cyclonedx}: CycloneDX 1.5 and 1.6 ML-BOMs (AI-BOMs), JSON or XML. One import
 * describes one AI system: its models with their model cards, the datasets they were trained
 * on, suppliers and authors. The scope of a snapshot is the AI system's id, so re-importing one
 * system's BOM never touches another system's models.
 */
@Component
class CycloneDxImporter implements Importer {

    static final String SOURCE = "cyclonedx";
    static final String AI_SYSTEM_PARAMETER = "aiSystem";

    /** What a snapshot of one AI system's BOM covers; the AI system itself is never marked stale by it. */
    static final List<NodeLabel> SNAPSHOT_LABELS = List.of(NodeLabel.MODEL, NodeLabel.DATASET, NodeLabel.VENDOR);
    static final List<RelType> SNAPSHOT_TYPES = List.of(RelType.USES_MODEL, RelType.TRAINED_ON, RelType.SUPPLIED_BY,
            RelType.OWNED_BY);

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String description() {
        return "CycloneDX 1.5/1.6 ML-BOMs (AI-BOMs), JSON or XML: an AI system's models with their model cards, "
                + "training datasets, suppliers and authors";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of(AI_SYSTEM_PARAMETER, "the AI system the BOMs describe, as an id (ai:...) or a name; required "
                + "when a BOM has no metadata.component, and it overrides the id made from metadata.component's name");
    }

    @Override
    public void read(List<ImportFile> files, ImportOptions options, GraphBatch.Builder batch) {
        if (files.isEmpty()) {
            throw new ImportException(null, null, null, "no file to read; send a CycloneDX BOM");
        }
        BomFileReader reader = new BomFileReader();
        List<ParsedBom> boms = files.stream().map(reader::read).toList();

        String parameter = options.parameter(AI_SYSTEM_PARAMETER);
        String aiSystemId = parameter != null ? fromParameter(parameter) : fromBoms(boms);
        if (aiSystemId == null) {
            // a model inventory: the models, datasets and vendors are worth having without a system
            if (options.snapshot()) {
                throw new ImportException(boms.getFirst().file().name(), "metadata", "component", "names no AI system, "
                        + "and a snapshot is of one AI system; give the " + AI_SYSTEM_PARAMETER + " parameter");
            }
            batch.warn(boms.getFirst().file().name(), "the BOM names no AI system (metadata.component is absent): its "
                    + "models, datasets and vendors are imported, used by no AI system; give the " + AI_SYSTEM_PARAMETER
                    + " parameter to link them to one");
        }
        String fallbackName = parameter != null && !parameter.startsWith("ai:") ? parameter
                : aiSystemId == null ? null : aiSystemId.substring("ai:".length());

        batch.scope(aiSystemId);
        if (options.snapshot()) {
            batch.snapshot(SNAPSHOT_LABELS, SNAPSHOT_TYPES);
        }
        BomMapper mapper = new BomMapper(batch, aiSystemId, fallbackName);
        boms.forEach(mapper::map);
        mapper.finish();
    }

    private static String fromParameter(String value) {
        String id = Ids.aiSystemFromParameter(value);
        if (id.length() <= "ai:".length()) {
            throw new ImportException(null, null, AI_SYSTEM_PARAMETER, "'" + value + "' names no AI system; give "
                    + "an id such as ai:credit-scoring or a name such as \"Credit Scoring\"");
        }
        return id;
    }

    /**
     * The AI system named by the metadata component, which must be the same in every file; null
     * when no file names one.
     */
    private static String fromBoms(List<ParsedBom> boms) {
        if (boms.stream().noneMatch(CycloneDxImporter::namesASystem)) {
            return null;
        }
        String id = null;
        String firstFile = null;
        for (ParsedBom parsed : boms) {
            var metadata = parsed.bom().getMetadata();
            var system = metadata == null ? null : metadata.getComponent();
            if (system == null) {
                throw new ImportException(parsed.file().name(), "metadata", "component", "the BOM names no AI system "
                        + "(metadata.component is absent) while another file of the import does; import it on its own, "
                        + "or give the " + AI_SYSTEM_PARAMETER + " parameter");
            }
            if (system.getName() == null || Ids.slug(system.getName()).isEmpty()) {
                throw new ImportException(parsed.file().name(), "metadata.component", "name",
                        "gives no name to make the AI system's id from; give the " + AI_SYSTEM_PARAMETER + " parameter");
            }
            String here = Ids.aiSystem(system.getName());
            if (id == null) {
                id = here;
                firstFile = parsed.file().name();
            } else if (!id.equals(here)) {
                throw new ImportException(parsed.file().name(), "metadata.component", "name", "describes " + here
                        + " but " + firstFile + " describes " + id + "; import one AI system at a time, or give the "
                        + AI_SYSTEM_PARAMETER + " parameter");
            }
        }
        return id;
    }

    private static boolean namesASystem(ParsedBom parsed) {
        return parsed.bom().getMetadata() != null && parsed.bom().getMetadata().getComponent() != null;
    }
}
