package org.oversight.ingest.cyclonedx;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.LifecycleChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.cyclonedx.model.Tool;
import org.cyclonedx.model.component.ModelCard;
import org.cyclonedx.model.component.data.ComponentData;
import org.cyclonedx.model.component.data.DatasetChoice;
import org.cyclonedx.model.component.data.Governance;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRef;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.kit.People;
import org.oversight.ingest.kit.Secrets;

/**
 * Maps the BOMs of one import, all describing one AI system, onto the graph model:
 *
 * <ul>
 * <li>the AI system ({@code metadata.component}) to an {@code AiSystem}, which
 *     {@code USES_MODEL} every model of the BOM and is {@code SUPPLIED_BY} the BOM's supplier and
 *     manufacturer;</li>
 * <li>{@code machine-learning-model} components to {@code Model} nodes with their model card,
 *     {@code SUPPLIED_BY} their supplier and manufacturer, {@code TRAINED_ON} their datasets;</li>
 * <li>{@code data} components and datasets written inline in a model card to {@code Dataset}
 *     nodes;</li>
 * <li>authors with an e-mail address to {@code OWNED_BY} (role TECHNICAL, source CREATOR) edges to
 *     the {@code Human} with that address.</li>
 * </ul>
 *
 * Every other component, service or section becomes a warning.
 */
final class BomMapper {

    private static final Map<String, Object> CREATOR = Map.of("role", "TECHNICAL", "source", "CREATOR");

    private final GraphBatch.Builder batch;
    private final NodeRef aiSystem;
    private final String aiSystemFallbackName;
    private final NodeProperties aiSystemProperties = new NodeProperties();
    private boolean aiSystemDescribed;
    /** The component each model and dataset id was first made from, to warn when two different ones share it. */
    private final Map<String, String> describedAt = new HashMap<>();

    /**
     * @param aiSystemId           the id every BOM of the import is mapped to; null when the BOMs
     *                             name none and the caller gave none: models, datasets and vendors
     *                             are then mapped without an AI system using them
     * @param aiSystemFallbackName the name to give the AI system when no BOM describes it
     */
    BomMapper(GraphBatch.Builder batch, String aiSystemId, String aiSystemFallbackName) {
        this.batch = batch;
        this.aiSystem = aiSystemId == null ? null : new NodeRef(NodeLabel.AI_SYSTEM, aiSystemId);
        this.aiSystemFallbackName = aiSystemFallbackName;
    }

    /** One BOM file's content. */
    void map(ParsedBom parsed) {
        parsed.warnings().forEach(warning -> batch.warn(warning.location(), warning.message()));
        new FileMapping(parsed).map();
    }

    /** Writes the AI system, once every file is mapped. */
    void finish() {
        if (aiSystem == null) {
            if (!aiSystemProperties.isEmpty()) {
                batch.warn("BOM", "the BOM names no AI system, so these BOM details are not stored: "
                        + String.join(", ", aiSystemProperties.toMap().keySet()));
            }
            return;
        }
        if (aiSystemDescribed) {
            batch.node(NodeLabel.AI_SYSTEM, aiSystem.id(), aiSystemProperties.toMap());
            warnRedactions("AiSystem " + aiSystem.id(), aiSystemProperties);
        } else {
            batch.reference(NodeLabel.AI_SYSTEM, aiSystem.id(), Map.of("name", aiSystemFallbackName));
            if (!aiSystemProperties.isEmpty()) {
                batch.warn("AiSystem " + aiSystem.id(), "no BOM has a metadata.component, so the AI system is only "
                        + "referred to and these BOM details are not stored: "
                        + String.join(", ", aiSystemProperties.toMap().keySet()));
            }
        }
    }

    private void warnRedactions(String location, NodeProperties properties) {
        for (String key : properties.redactedProperties()) {
            batch.warn(location, "text in '" + key + "' looked like a secret and was replaced by " + Secrets.REDACTED);
        }
    }

    /** The mapping of one file: its name for locations, and the index of its components by bom-ref. */
    private final class FileMapping {

        private final ImportFile file;
        private final Bom bom;
        private final String specVersion;
        private final OffsetDateTime timestamp;
        private final Map<String, Component> byBomRef = new HashMap<>();
        private final Map<String, String> pathOf = new HashMap<>();

        FileMapping(ParsedBom parsed) {
            this.file = parsed.file();
            this.bom = parsed.bom();
            this.specVersion = parsed.specVersion();
            this.timestamp = parsed.timestamp();
        }

        void map() {
            Metadata metadata = bom.getMetadata();
            Component system = metadata == null ? null : metadata.getComponent();
            if (system != null) {
                index(system, "metadata.component");
            }
            forEach(bom.getComponents(), "components", this::index);

            bomDetails(metadata);
            if (metadata != null && aiSystem == null) {
                // what the BOM says of the system it describes has no system to belong to: say so
                List<String> unlinked = new ArrayList<>();
                if (metadata.getSupplier() != null) {
                    unlinked.add("supplier");
                }
                if (metadata.getManufacturer() != null || manufacture(metadata) != null) {
                    unlinked.add("manufacturer");
                }
                if (metadata.getAuthors() != null && !metadata.getAuthors().isEmpty()) {
                    unlinked.add("authors");
                }
                if (!unlinked.isEmpty()) {
                    batch.warn(where("metadata"), "the BOM names no AI system, so its metadata " + String.join(", ", unlinked)
                            + " belong to nothing and are not stored; give the aiSystem parameter to keep them");
                }
            } else if (metadata != null) {
                suppliedBy(aiSystem, metadata.getSupplier(), "metadata.supplier");
                suppliedBy(aiSystem, metadata.getManufacturer(), "metadata.manufacturer");
                suppliedBy(aiSystem, manufacture(metadata), "metadata.manufacture");
                owners(aiSystem, metadata.getAuthors(), null, "metadata.authors", aiSystemProperties);
            }
            if (system != null) {
                describeAiSystem(system);
                walk(system, "metadata.component", true);
            }
            forEach(bom.getComponents(), "components", (component, path) -> walk(component, path, false));
            unmappedSections();
        }

        private void index(Component component, String path) {
            if (component.getBomRef() != null) {
                byBomRef.putIfAbsent(component.getBomRef(), component);
                pathOf.putIfAbsent(component.getBomRef(), path);
            }
            forEach(component.getComponents(), path + ".components", this::index);
        }

        // ---- the AI system

        private void describeAiSystem(Component system) {
            aiSystemDescribed = true;
            NodeProperties ai = aiSystemProperties;
            ai.text("name", system.getName());
            if (system.getType() != null) {
                ai.text("componentType", system.getType().getTypeName());
            }
            componentDetails(system, "metadata.component", ai);
            suppliedBy(aiSystem, system.getSupplier(), "metadata.component.supplier");
            suppliedBy(aiSystem, system.getManufacturer(), "metadata.component.manufacturer");
            owners(aiSystem, system.getAuthors(), author(system), "metadata.component", ai);
        }

        /** Facts about the BOM document itself, kept on the AI system. */
        private void bomDetails(Metadata metadata) {
            NodeProperties ai = aiSystemProperties;
            ai.text("bomSerialNumber", bom.getSerialNumber());
            ai.scalar("bomVersion", bom.getVersion());
            ai.text("bomSpecVersion", specVersion);
            ai.scalar("bomTimestamp", timestamp);
            if (metadata != null && metadata.getLifecycles() != null && metadata.getLifecycles().getLifecycleChoice() != null) {
                for (LifecycleChoice lifecycle : metadata.getLifecycles().getLifecycleChoice()) {
                    ai.append("bomLifecyclePhases", lifecycle.getPhase() != null ? lifecycle.getPhase().getPhaseName()
                            : lifecycle.getName());
                }
            }
            if (metadata != null) {
                tools(metadata, ai);
                ai.text("bomLicense", license(metadata.getLicenses()));
                properties(metadata.getProperties(), "metadata.properties", ai, "bomProperties");
            }
            properties(bom.getProperties(), "properties", ai, "bomProperties");
            externalReferences(bom.getExternalReferences(), "externalReferences", ai);
        }

        @SuppressWarnings("deprecation") // metadata.tools as a list is CycloneDX 1.4 and earlier, still valid in 1.5
        private void tools(Metadata metadata, NodeProperties ai) {
            if (metadata.getTools() != null) {
                for (Tool tool : metadata.getTools()) {
                    ai.append("bomTools", join(" ", tool.getVendor(), tool.getName(), tool.getVersion()));
                }
            }
            if (metadata.getToolChoice() != null) {
                forEach(metadata.getToolChoice().getComponents(), "metadata.tools.components",
                        (tool, path) -> ai.append("bomTools", join(" ", tool.getGroup(), tool.getName(), tool.getVersion())));
                if (metadata.getToolChoice().getServices() != null) {
                    for (Service tool : metadata.getToolChoice().getServices()) {
                        ai.append("bomTools", join(" ", tool.getGroup(), tool.getName(), tool.getVersion()));
                    }
                }
            }
        }

        @SuppressWarnings("deprecation") // "manufacture" is the CycloneDX 1.5 name of metadata.manufacturer
        private OrganizationalEntity manufacture(Metadata metadata) {
            return metadata.getManufacture();
        }

        // ---- components

        private void walk(Component component, String path, boolean isAiSystem) {
            Component.Type type = component.getType();
            if (type == Component.Type.MACHINE_LEARNING_MODEL) {
                model(component, path);
            } else if (type == Component.Type.DATA) {
                dataset(component, path);
            } else if (!isAiSystem) {
                batch.warn(where(path), "component '" + label(component) + "' of type "
                        + (type == null ? "(none)" : type.getTypeName())
                        + " is not mapped; only machine-learning-model and data components are");
            }
            forEach(component.getComponents(), path + ".components", (child, childPath) -> walk(child, childPath, false));
        }

        private void model(Component component, String path) {
            String id = id(component, path, Ids::model);
            NodeRef model = new NodeRef(NodeLabel.MODEL, id);
            noteDescribed(id, component, path);
            NodeProperties properties = new NodeProperties();
            properties.text("name", component.getName());
            componentDetails(component, path, properties);
            ModelCard card = component.getModelCard();
            ModelCards.describe(card, properties);
            if (card != null) {
                properties(card.getProperties(), path + ".modelCard.properties", properties, "modelCardProperties");
                if (card.getConsiderations() != null && card.getConsiderations().getEnvironmentalConsiderations() != null) {
                    properties(card.getConsiderations().getEnvironmentalConsiderations().getProperties(),
                            path + ".modelCard.considerations.environmentalConsiderations.properties", properties,
                            "modelCardProperties");
                }
            }
            owners(model, component.getAuthors(), author(component), path, properties);
            batch.node(NodeLabel.MODEL, id, properties.toMap());
            warnRedactions(where(path), properties);
            if (aiSystem != null) {
                batch.relationship(RelType.USES_MODEL, aiSystem, model);
            }
            suppliedBy(model, component.getSupplier(), path + ".supplier");
            suppliedBy(model, component.getManufacturer(), path + ".manufacturer");
            if (card != null && card.getModelParameters() != null) {
                List<DatasetChoice> datasets = card.getModelParameters().getDatasets();
                for (int i = 0; datasets != null && i < datasets.size(); i++) {
                    trainedOn(model, datasets.get(i), path + ".modelCard.modelParameters.datasets[" + i + "]");
                }
            }
        }

        private void trainedOn(NodeRef model, DatasetChoice choice, String path) {
            if (choice == null) {
                return;
            }
            if (choice.getRef() != null) {
                Component target = byBomRef.get(choice.getRef());
                if (target == null) {
                    batch.warn(where(path), "dataset reference '" + choice.getRef()
                            + "' names no component of this BOM; no TRAINED_ON link");
                } else if (target.getType() != Component.Type.DATA) {
                    batch.warn(where(path), "dataset reference '" + choice.getRef() + "' names component '"
                            + label(target) + "' of type " + (target.getType() == null ? "(none)" : target.getType().getTypeName())
                            + ", not a data component; no TRAINED_ON link");
                } else {
                    String id = id(target, pathOf.get(choice.getRef()), Ids::dataset);
                    batch.relationship(RelType.TRAINED_ON, model, new NodeRef(NodeLabel.DATASET, id));
                }
            } else if (choice.getComponentData() != null) {
                ComponentData data = choice.getComponentData();
                if (data.getName() == null || Ids.slug(data.getName()).isEmpty()) {
                    batch.warn(where(path), "a dataset written in the model card has no name to identify it; "
                            + "no Dataset node and no TRAINED_ON link");
                    return;
                }
                String id = Ids.dataset(data.getName());
                NodeProperties properties = new NodeProperties();
                properties.text("name", data.getName());
                properties.text("description", data.getDescription());
                properties.text("bomRef", data.getBomRef());
                describeData(List.of(data), path, properties);
                batch.node(NodeLabel.DATASET, id, properties.toMap());
                warnRedactions(where(path), properties);
                batch.relationship(RelType.TRAINED_ON, model, new NodeRef(NodeLabel.DATASET, id));
            }
        }

        private void dataset(Component component, String path) {
            String id = id(component, path, Ids::dataset);
            noteDescribed(id, component, path);
            NodeProperties properties = new NodeProperties();
            properties.text("name", component.getName());
            componentDetails(component, path, properties);
            describeData(component.getData(), path + ".data", properties);
            ownersAsText(component.getAuthors(), author(component), properties);
            batch.node(NodeLabel.DATASET, id, properties.toMap());
            warnRedactions(where(path), properties);
        }

        /** What the data entries of a data component (or an inline dataset) say; their contents are not copied. */
        private void describeData(List<ComponentData> entries, String path, NodeProperties properties) {
            if (entries == null) {
                return;
            }
            List<String> types = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<String> classifications = new ArrayList<>();
            List<String> sensitiveData = new ArrayList<>();
            for (ComponentData data : entries) {
                if (data == null) {
                    continue;
                }
                if (data.getType() != null) {
                    types.add(data.getType().getTypeName());
                }
                names.add(data.getName());
                if (!properties.has("description")) {
                    properties.text("description", data.getDescription());
                }
                classifications.add(data.getClassification());
                if (data.getSensitiveData() != null) {
                    sensitiveData.addAll(data.getSensitiveData());
                }
                if (data.getContents() != null && data.getContents().getUrl() != null) {
                    url(properties, data.getContents().getUrl(), path + ".contents.url");
                }
                if (data.getGovernance() != null) {
                    Governance governance = data.getGovernance();
                    governanceParties(properties, "owner", governance.getOwners());
                    governanceParties(properties, "steward", governance.getStewards());
                    governanceParties(properties, "custodian", governance.getCustodians());
                }
            }
            properties.text("dataType", join(", ", distinct(types)));
            if (!names.contains(properties.toMap().get("name"))) {
                properties.text("dataName", join(", ", distinct(names)));
            }
            properties.text("classification", join(", ", distinct(classifications)));
            properties.texts("sensitiveData", sensitiveData);
        }

        private void governanceParties(NodeProperties properties, String role,
                                       List<Governance.DataGovernanceResponsibleParty> parties) {
            if (parties == null) {
                return;
            }
            for (Governance.DataGovernanceResponsibleParty party : parties) {
                String who = party.getOrganization() != null ? party.getOrganization().getName()
                        : party.getContact() != null ? contact(party.getContact()) : null;
                if (who != null) {
                    properties.append("dataGovernance", role + ": " + who);
                }
            }
        }

        /** The details every component shares, for an AI system, a model or a dataset. */
        @SuppressWarnings("deprecation") // component.author: a CycloneDX 1.5 field, deprecated in 1.6
        private void componentDetails(Component component, String path, NodeProperties properties) {
            properties.text("version", component.getVersion());
            properties.text("description", component.getDescription());
            properties.text("group", component.getGroup());
            properties.text("bomRef", component.getBomRef());
            properties.text("purl", component.getPurl());
            properties.text("cpe", component.getCpe());
            properties.text("publisher", component.getPublisher());
            if (component.getSupplier() != null) {
                properties.text("supplier", component.getSupplier().getName());
            }
            if (component.getManufacturer() != null) {
                properties.text("manufacturer", component.getManufacturer().getName());
            }
            properties.text("license", license(component.getLicenses()));
            properties.text("copyright", component.getCopyright());
            if (component.getHashes() != null) {
                for (Hash hash : component.getHashes()) {
                    properties.append("hashes", hash.getAlgorithm() + ":" + hash.getValue());
                }
            }
            if (component.getTags() != null) {
                properties.texts("tags", component.getTags().getTags());
            }
            if (component.getPedigree() != null && component.getPedigree().getAncestors() != null) {
                forEach(component.getPedigree().getAncestors().getComponents(), path + ".pedigree.ancestors",
                        (ancestor, ancestorPath) -> properties.append("ancestors", label(ancestor)));
            }
            externalReferences(component.getExternalReferences(), path + ".externalReferences", properties);
            properties(component.getProperties(), path + ".properties", properties, "bomProperties");
        }

        // ---- vendors and owners

        private void suppliedBy(NodeRef supplied, OrganizationalEntity entity, String path) {
            if (entity == null) {
                return;
            }
            String name = entity.getName() == null ? null : entity.getName().strip();
            if (name == null || Ids.slug(name).isEmpty()) {
                batch.warn(where(path), "an organisation without a name is not mapped to a vendor"
                        + (entity.getUrls() == null || entity.getUrls().isEmpty() ? "" : " (" + entity.getUrls().size() + " URL(s))"));
                return;
            }
            String id = Ids.vendor(name);
            NodeProperties vendor = new NodeProperties();
            vendor.text("name", name);
            if (entity.getUrls() != null) {
                for (String url : entity.getUrls()) {
                    url(vendor, url, path + ".url");
                }
            }
            if (entity.getContacts() != null) {
                entity.getContacts().forEach(contact -> vendor.append("contacts", contact(contact)));
            }
            batch.node(NodeLabel.VENDOR, id, vendor.toMap());
            warnRedactions(where(path), vendor);
            batch.relationship(RelType.SUPPLIED_BY, supplied, new NodeRef(NodeLabel.VENDOR, id));
        }

        /**
         * Authors as the {@code authors} property, and those with an e-mail address as owners:
         * the people who made the thing are its technical contacts.
         */
        private void owners(NodeRef owned, List<OrganizationalContact> contacts, String authorText, String path,
                            NodeProperties properties) {
            if (contacts != null) {
                for (OrganizationalContact contact : contacts) {
                    if (contact == null) {
                        continue;
                    }
                    properties.append("authors", contact(contact));
                    String email = contact.getEmail() == null ? null : contact.getEmail().strip();
                    if (email == null || email.isEmpty()) {
                        continue;
                    }
                    if (People.isEmail(email)) {
                        owner(owned, email, contact.getName());
                    } else {
                        batch.warn(where(path), "author '" + contact(contact) + "' has no usable e-mail address; "
                                + "not linked as an owner");
                    }
                }
            }
            if (authorText != null && !authorText.isBlank()) {
                properties.append("authors", authorText);
                for (String email : People.emailsIn(authorText)) {
                    owner(owned, email, null);
                }
            }
        }

        /** Datasets take no owners in the model; their authors are kept as text. */
        private void ownersAsText(List<OrganizationalContact> contacts, String authorText, NodeProperties properties) {
            if (contacts != null) {
                contacts.stream().filter(Objects::nonNull).forEach(contact -> properties.append("authors", contact(contact)));
            }
            properties.append("authors", authorText);
        }

        private void owner(NodeRef owned, String email, String name) {
            String id = People.humanId(email);
            Map<String, Object> stub = new LinkedHashMap<>();
            stub.put("email", id);
            if (name != null && !name.isBlank()) {
                stub.put("name", name.strip());
            }
            batch.reference(NodeLabel.HUMAN, id, stub);
            batch.relationship(RelType.OWNED_BY, owned, new NodeRef(NodeLabel.HUMAN, id), CREATOR);
        }

        // ---- what is not mapped

        private void unmappedSections() {
            forEach(bom.getServices(), "services", (service, path) -> batch.warn(where(path), "service '"
                    + join("@", service.getName(), service.getVersion()) + "' is not mapped; services are not part of the graph model"));
            count(bom.getDependencies(), "dependencies", "the AI system is linked to each of its models directly");
            count(bom.getCompositions(), "compositions", null);
            count(bom.getVulnerabilities(), "vulnerabilities", null);
            count(bom.getAnnotations(), "annotations", null);
            count(bom.getFormulation(), "formulation", null);
            if (bom.getDeclarations() != null) {
                batch.warn(where("declarations"), "attestation declarations are not mapped");
            }
            if (bom.getDefinitions() != null) {
                batch.warn(where("definitions"), "definitions are not mapped");
            }
            if (bom.getSignature() != null) {
                batch.warn(where("signature"), "the BOM's signature is neither verified nor stored");
            }
        }

        private void count(List<?> entries, String section, String why) {
            if (entries != null && !entries.isEmpty()) {
                batch.warn(where(section), entries.size() + " entr" + (entries.size() == 1 ? "y is" : "ies are")
                        + " not mapped" + (why == null ? "" : "; " + why));
            }
        }

        // ---- helpers

        private String id(Component component, String path, Function<String, String> idOf) {
            String name = component.getName();
            if (name == null || Ids.slug(name).isEmpty()) {
                throw new ImportException(file.name(), path, "name", name == null ? "is missing; a component needs a name"
                        : "'" + name + "' has no letter or digit to make an id from");
            }
            return idOf.apply(name);
        }

        /**
         * Two different components of one import (another group or version) that map to one node
         * are merged; say so, since the details given last win.
         */
        private void noteDescribed(String id, Component component, String path) {
            String here = label(component);
            String before = describedAt.putIfAbsent(id, here);
            if (before != null && !before.equals(here)) {
                batch.warn(where(path), "'" + here + "' maps to " + id + ", as does '" + before
                        + "'; they are one node, with the details given last");
            }
        }

        private void properties(List<Property> properties, String path, NodeProperties target, String key) {
            if (properties == null) {
                return;
            }
            for (Property property : properties) {
                if (property == null || property.getName() == null) {
                    continue;
                }
                target.append(key, Secrets.pair("property", property.getName(), property.getValue(),
                        warning -> batch.warn(where(path), warning)));
            }
        }

        private void externalReferences(List<ExternalReference> references, String path, NodeProperties target) {
            if (references == null) {
                return;
            }
            for (ExternalReference reference : references) {
                if (reference == null || reference.getUrl() == null) {
                    continue;
                }
                Secrets.SafeUrl url = Secrets.url(reference.getUrl());
                if (url.credentialsRemoved()) {
                    batch.warn(where(path), "a URL carried credentials; they were not stored");
                }
                // The library names "model-card" "model_card", and has no name for a few newer types.
                String type = reference.getType() == null ? "unrecognised type"
                        : reference.getType().getTypeName().replace('_', '-');
                target.append("externalReferences", type + ": " + url.value());
            }
        }

        private void url(NodeProperties target, String raw, String path) {
            if (raw == null || raw.isBlank()) {
                return;
            }
            Secrets.SafeUrl url = Secrets.url(raw);
            if (url.credentialsRemoved()) {
                batch.warn(where(path), "a URL carried credentials; they were not stored");
            }
            // the first URL is "url"; when there are more, "urls" lists them all
            Object first = target.toMap().get("url");
            if (first == null) {
                target.safe("url", url.value());
            } else if (!first.equals(url.value())) {
                target.append("urls", (String) first);
                target.append("urls", url.value());
            }
        }

        private String where(String path) {
            return file.name() + ": " + path;
        }
    }

    // ---- plain helpers

    @SuppressWarnings("deprecation")
    private static String author(Component component) {
        return component.getAuthor();
    }

    /** "Name <e-mail>", or whichever of the two is given; phone numbers are left out. */
    private static String contact(OrganizationalContact contact) {
        String name = contact.getName() == null || contact.getName().isBlank() ? null : contact.getName().strip();
        String email = contact.getEmail() == null || contact.getEmail().isBlank() ? null : contact.getEmail().strip();
        if (name != null && email != null) {
            return name + " <" + email + ">";
        }
        return name != null ? name : email;
    }

    /** The license expression, or the ids (else names) of the licenses, joined. */
    static String license(LicenseChoice choice) {
        if (choice == null) {
            return null;
        }
        if (choice.getExpression() != null && choice.getExpression().getValue() != null) {
            return choice.getExpression().getValue();
        }
        if (choice.getLicenses() == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (License license : choice.getLicenses()) {
            String name = license.getId() != null ? license.getId() : license.getName();
            if (name != null && !name.isBlank() && !names.contains(name.strip())) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** "group/name@version" as given. */
    private static String label(Component component) {
        String name = component.getName() == null ? "(no name)" : component.getName();
        String qualified = component.getGroup() == null || component.getGroup().isBlank() ? name
                : component.getGroup() + "/" + name;
        return component.getVersion() == null || component.getVersion().isBlank() ? qualified
                : qualified + "@" + component.getVersion();
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part.strip());
            }
        }
        return present.isEmpty() ? null : String.join(separator, present);
    }

    private static <T> void forEach(List<T> items, String path, BiConsumer<T, String> action) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                action.accept(items.get(i), path + "[" + i + "]");
            }
        }
    }

    private static String[] distinct(List<String> values) {
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(value -> !value.isEmpty()).distinct()
                .toArray(String[]::new);
    }
}
