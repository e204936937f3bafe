package org.oversight.ingest.cyclonedx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

import org.oversight.graph.ImportWarning;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;

/**
 * Reads a CycloneDX XML document once and writes it again in the shape the XML mapping of the
 * CycloneDX Java library (12.2) reads correctly. The library fails on, or silently drops, several
 * ML-BOM constructs that follow the XSD; each rule below answers one of them, and a test compares
 * what the XML and the JSON form of the same BOM yield:
 *
 * <ul>
 * <li>the metadata component is read by the library through a tree that loses XML list wrappers
 *     (its authors and model card fail), so it is written to a second document as an ordinary
 *     component;</li>
 * <li>{@code component/authors/author} is read only when the items are named {@code authors};</li>
 * <li>{@code modelParameters/datasets/ref} is read only inside a {@code dataset} element;</li>
 * <li>{@code sensitiveData} items are read only inside one {@code sensitiveData} wrapper;</li>
 * <li>data governance parties are read only when named {@code owners}, {@code stewards},
 *     {@code custodians}, and a person only as {@code contact} (the XSD says {@code individual});</li>
 * <li>the external reference type {@code model-card} is known to the library as {@code model_card}.</li>
 * </ul>
 *
 * <p>Elements and attributes of other namespaces (XSD extension points) are left out with a
 * warning, since the library cannot map them. A DOCTYPE is refused: a BOM needs none, and no
 * entity is ever expanded.
 */
final class LibraryXmlRewriter {

    static final String NAMESPACE_PREFIX = "http://cyclonedx.org/schema/bom/";

    private static final Set<String> GOVERNANCE_PARTIES = Set.of("owner", "steward", "custodian");
    private static final XMLInputFactory INPUT = inputFactory();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /**
     * @param document          the rewritten BOM, without its metadata component
     * @param metadataComponent a BOM whose only component is the metadata component, or null
     * @param specVersion       the version named by the root element's namespace
     * @param componentNames    names of the components the importer walks, in its order
     * @param timestampGiven    whether the document has a metadata timestamp
     */
    record Result(byte[] document, byte[] metadataComponent, String specVersion, List<String> componentNames,
                  boolean timestampGiven, List<ImportWarning> warnings) {
    }

    /** One open element. */
    private static final class Frame {
        final Frame parent;
        final String name;            // local name, or null outside the CycloneDX namespace
        final XMLEventWriter out;     // where the element is written, or null when it is left out
        final String writtenName;
        final boolean walkedComponent;
        boolean wrappedInDataset;
        boolean sensitiveDataItem;
        List<String> sensitiveData;   // items gathered from the children of a data element
        StringBuilder text;           // text kept while the element is open

        Frame(Frame parent, String name, XMLEventWriter out, String writtenName, boolean walkedComponent) {
            this.parent = parent;
            this.name = name;
            this.out = out;
            this.writtenName = writtenName;
            this.walkedComponent = walkedComponent;
        }

        boolean isRoot() {
            return parent == null;
        }
    }

    /** One per rewrite: an event factory keeps state (its location) and is not shared between threads. */
    private final XMLEventFactory events = XMLEventFactory.newFactory();
    private final ImportFile file;
    private final List<String> componentNames = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final ByteArrayOutputStream documentBytes = new ByteArrayOutputStream();
    private ByteArrayOutputStream metadataComponentBytes;
    private XMLEventWriter document;
    private XMLEventWriter metadataComponent;
    private Frame current;
    private String namespace;
    private boolean timestampGiven;

    private LibraryXmlRewriter(ImportFile file) {
        this.file = file;
    }

    static Result rewrite(ImportFile file, byte[] bytes) throws XMLStreamException {
        return new LibraryXmlRewriter(file).run(bytes);
    }

    private static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private Result run(byte[] bytes) throws XMLStreamException {
        document = OUTPUT.createXMLEventWriter(documentBytes, "UTF-8");
        document.add(events.createStartDocument("UTF-8", "1.0"));
        XMLEventReader reader = INPUT.createXMLEventReader(new ByteArrayInputStream(bytes));
        try {
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                switch (event.getEventType()) {
                    case XMLStreamConstants.DTD -> throw new ImportException(file.name(), line(event), null,
                            "holds a DOCTYPE declaration; a CycloneDX BOM needs none, and none is read");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new ImportException(file.name(), line(event), null,
                            "refers to an entity; a CycloneDX BOM needs none, and none is expanded");
                    case XMLStreamConstants.START_ELEMENT -> start(event.asStartElement());
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            text(event.asCharacters().getData());
                    default -> {
                        // comments, processing instructions, start and end of the document
                    }
                }
            }
        } finally {
            reader.close();
        }
        if (namespace == null) {
            throw new ImportException(file.name(), null, null, "holds no XML element; expected a CycloneDX BOM");
        }
        return new Result(documentBytes.toByteArray(),
                metadataComponentBytes == null ? null : metadataComponentBytes.toByteArray(),
                namespace.substring(NAMESPACE_PREFIX.length()), componentNames, timestampGiven, warnings);
    }

    private void start(StartElement element) throws XMLStreamException {
        QName name = element.getName();
        if (current == null) {
            startRoot(element);
            return;
        }
        Frame parent = current;
        if (!namespace.equals(name.getNamespaceURI())) {
            if (parent.out != null) {
                warnings.add(new ImportWarning(file.name() + ": " + line(element), "element {" + name.getNamespaceURI()
                        + "}" + name.getLocalPart() + " is not part of CycloneDX and was not read"));
            }
            current = new Frame(parent, null, null, null, false);
            return;
        }
        String local = name.getLocalPart();
        boolean walked = "component".equals(local) && (
                "components".equals(parent.name) && parent.parent != null && (parent.parent.isRoot() || parent.parent.walkedComponent)
                        || "metadata".equals(parent.name) && parent.parent != null && parent.parent.isRoot());
        XMLEventWriter out = parent.out;
        String written = local;
        boolean sensitiveDataItem = false;
        boolean wrapInDataset = false;
        if (out != null) {
            if ("component".equals(local) && "metadata".equals(parent.name) && parent.parent.isRoot()) {
                out = openMetadataComponentDocument();
            } else if ("sensitiveData".equals(local) && ("data".equals(parent.name) || "dataset".equals(parent.name))) {
                out = null;
                sensitiveDataItem = true;
            } else if ("author".equals(local) && "authors".equals(parent.name) && parent.parent != null
                    && "component".equals(parent.parent.name)) {
                written = "authors";
            } else if (GOVERNANCE_PARTIES.contains(local) && (local + "s").equals(parent.name)) {
                written = local + "s";
            } else if ("individual".equals(local) && GOVERNANCE_PARTIES.contains(parent.name)) {
                written = "contact";
            } else if ("ref".equals(local) && "datasets".equals(parent.name)) {
                wrapInDataset = true;
            }
        }
        if ("timestamp".equals(local) && "metadata".equals(parent.name) && parent.parent.isRoot()) {
            timestampGiven = true;
        }
        Frame frame = new Frame(parent, local, out, written, walked);
        frame.sensitiveDataItem = sensitiveDataItem;
        frame.wrappedInDataset = wrapInDataset;
        if (sensitiveDataItem || "name".equals(local) && parent.walkedComponent) {
            frame.text = new StringBuilder();
        }
        if (out != null) {
            if (wrapInDataset) {
                out.add(startElement("dataset", List.of(), false));
            }
            out.add(startElement(written, attributes(element), false));
        }
        current = frame;
    }

    private void startRoot(StartElement element) throws XMLStreamException {
        QName name = element.getName();
        if (!"bom".equals(name.getLocalPart()) || !name.getNamespaceURI().startsWith(NAMESPACE_PREFIX)) {
            String found = name.getNamespaceURI().isEmpty() ? "<" + name.getLocalPart() + "> in no namespace"
                    : "<" + name.getLocalPart() + "> in namespace " + name.getNamespaceURI();
            throw new ImportException(file.name(), line(element), null, "is XML but not a CycloneDX BOM: the root element is "
                    + found + "; expected <bom> in " + NAMESPACE_PREFIX + "1.5 or 1.6");
        }
        namespace = name.getNamespaceURI();
        document.add(startElement("bom", attributes(element), true));
        current = new Frame(null, "bom", document, "bom", false);
    }

    private XMLEventWriter openMetadataComponentDocument() throws XMLStreamException {
        metadataComponentBytes = new ByteArrayOutputStream();
        metadataComponent = OUTPUT.createXMLEventWriter(metadataComponentBytes, "UTF-8");
        metadataComponent.add(events.createStartDocument("UTF-8", "1.0"));
        metadataComponent.add(startElement("bom", List.of(events.createAttribute("version", "1")), true));
        metadataComponent.add(startElement("components", List.of(), false));
        return metadataComponent;
    }

    private void end() throws XMLStreamException {
        Frame frame = current;
        current = frame.parent;
        if (frame.text != null) {
            String text = frame.text.toString().strip();
            if (frame.sensitiveDataItem) {
                if (frame.parent.sensitiveData == null) {
                    frame.parent.sensitiveData = new ArrayList<>();
                }
                frame.parent.sensitiveData.add(text);
            } else {
                componentNames.add(text);
            }
        }
        if (frame.out == null) {
            return;
        }
        if (frame.sensitiveData != null) {
            frame.out.add(startElement("sensitiveData", List.of(), false));
            for (String item : frame.sensitiveData) {
                frame.out.add(startElement("sensitiveData", List.of(), false));
                frame.out.add(events.createCharacters(item));
                frame.out.add(events.createEndElement("", namespace, "sensitiveData"));
            }
            frame.out.add(events.createEndElement("", namespace, "sensitiveData"));
        }
        frame.out.add(events.createEndElement("", namespace, frame.writtenName));
        if (frame.wrappedInDataset) {
            frame.out.add(events.createEndElement("", namespace, "dataset"));
        }
        if (frame.out == metadataComponent && frame.parent.out != metadataComponent) {
            metadataComponent.add(events.createEndElement("", namespace, "components"));
            metadataComponent.add(events.createEndElement("", namespace, "bom"));
            metadataComponent.add(events.createEndDocument());
            metadataComponent.close();
        }
        if (frame.isRoot()) {
            document.add(events.createEndDocument());
            document.close();
        }
    }

    private void text(String data) throws XMLStreamException {
        if (current == null) {
            return;
        }
        if (current.text != null) {
            current.text.append(data);
        }
        if (current.out != null) {
            current.out.add(events.createCharacters(data));
        }
    }

    /** Every element is written in the default namespace, declared on the root. */
    private StartElement startElement(String local, List<Attribute> attributes, boolean declareNamespace) {
        Iterator<javax.xml.stream.events.Namespace> namespaces = declareNamespace
                ? List.of(events.createNamespace(namespace)).iterator() : null;
        return events.createStartElement("", namespace, local, attributes.iterator(), namespaces);
    }

    /** CycloneDX attributes are unqualified; qualified ones (extensions, xsi:) are left out. */
    private List<Attribute> attributes(StartElement element) {
        List<Attribute> kept = new ArrayList<>();
        for (Iterator<Attribute> it = element.getAttributes(); it.hasNext(); ) {
            Attribute attribute = it.next();
            QName name = attribute.getName();
            if (name.getNamespaceURI() == null || name.getNamespaceURI().isEmpty()) {
                String value = attribute.getValue();
                if ("reference".equals(element.getName().getLocalPart()) && "type".equals(name.getLocalPart())
                        && "model-card".equals(value)) {
                    value = "model_card";
                }
                kept.add(events.createAttribute(name.getLocalPart(), value));
            } else if (!XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(name.getNamespaceURI())
                    && !XMLConstants.XML_NS_URI.equals(name.getNamespaceURI())) {
                warnings.add(new ImportWarning(file.name() + ": " + line(element), "attribute {" + name.getNamespaceURI()
                        + "}" + name.getLocalPart() + " is not part of CycloneDX and was not read"));
            }
        }
        return kept;
    }

    private static String line(XMLEvent event) {
        return event.getLocation() == null ? "line ?" : "line " + event.getLocation().getLineNumber();
    }
}
