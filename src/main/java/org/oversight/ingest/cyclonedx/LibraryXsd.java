package org.oversight.ingest.cyclonedx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.Schema;

import org.cyclonedx.CycloneDxSchema;
import org.cyclonedx.Version;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The CycloneDX XSD of a version as the CycloneDX Java library bundles it, with the corrections
 * the specification made to the model card after the library's copy was taken, so that BOMs
 * following the specification are not refused. The library 12.2 bundles the 1.5 and 1.6 XSDs as
 * first published, in which:
 *
 * <ul>
 * <li>{@code modelCard/considerations} allows one {@code user}, {@code useCase},
 *     {@code technicalLimitation} and {@code performanceTradeoff} where the JSON schema has arrays
 *     (CycloneDX/specification#737, fixed by #744 in 1.6.2 and its 1.5 counterpart);</li>
 * <li>{@code modelCard} has no {@code properties}, which the JSON schema has
 *     (CycloneDX/specification#726, fixed by #743 in the same release).</li>
 * </ul>
 *
 * The specification's own valid machine-learning examples in XML use both. The corrections are
 * applied to the library's XSD text and the schema is built with the library's own
 * {@link CycloneDxSchema#getXmlSchema(InputStream...)}, so that everything else stays the
 * library's. A correction already present is left as it is; once the library bundles the
 * corrected XSDs (a test watches for it), this class can go and
 * {@link CycloneDxSchema#getXmlSchema(Version)} be used again.
 */
final class LibraryXsd {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    /** The considerations lists the first XSDs cap at one item: list element, then item element. */
    private static final Map<String, String> CONSIDERATION_LISTS = Map.of("users", "user", "useCases", "useCase",
            "technicalLimitations", "technicalLimitation", "performanceTradeoffs", "performanceTradeoff");

    private LibraryXsd() {
    }

    /** The corrected schema of a version, built by the library from its own SPDX XSD and the corrected BOM XSD. */
    static Schema schema(Version version) throws SAXException {
        byte[] corrected = corrected(version);
        try (InputStream spdx = resource("spdx.xsd")) {
            return new org.cyclonedx.parsers.XmlParser().getXmlSchema(spdx, new ByteArrayInputStream(corrected));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CycloneDX library's spdx.xsd", e);
        }
    }

    /** The library's bom-1.x.xsd with the corrections applied. */
    static byte[] corrected(Version version) {
        String name = "bom-" + version.getVersionString() + ".xsd";
        Document xsd;
        try (InputStream in = resource(name)) {
            xsd = parser().newDocumentBuilder().parse(in);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot read the CycloneDX library's " + name, e);
        }
        Element modelCard = child(xsd.getDocumentElement(), "complexType", "modelCardType", name);
        Element sequence = child(modelCard, "sequence", null, name);
        Element considerations = child(child(child(sequence, "element", "considerations", name), "complexType", null, name),
                "sequence", null, name);
        CONSIDERATION_LISTS.forEach((list, item) -> {
            Element itemElement = child(child(child(child(considerations, "element", list, name), "complexType", null, name),
                    "sequence", null, name), "element", item, name);
            itemElement.setAttribute("maxOccurs", "unbounded");
        });
        if (optionalChild(sequence, "element", "properties") == null) {
            String prefix = xsd.getDocumentElement().lookupPrefix(xsd.getDocumentElement().getAttribute("targetNamespace"));
            Element properties = xsd.createElementNS(XS, sequence.getPrefix() == null ? "element" : sequence.getPrefix() + ":element");
            properties.setAttribute("name", "properties");
            properties.setAttribute("type", (prefix == null ? "" : prefix + ":") + "propertiesType");
            properties.setAttribute("minOccurs", "0");
            properties.setAttribute("maxOccurs", "1");
            sequence.appendChild(properties);
        }
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            factory.newTransformer().transform(new DOMSource(xsd), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the corrected " + name, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = CycloneDxSchema.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the CycloneDX library has no " + name);
        }
        return in;
    }

    private static DocumentBuilderFactory parser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** The one XSD child {@code xs:<kind>} (with that name attribute, when given); the library's XSD must have it. */
    private static Element child(Element parent, String kind, String name, String xsd) {
        Element found = optionalChild(parent, kind, name);
        if (found == null) {
            throw new IllegalStateException("the CycloneDX library's " + xsd + " has changed: no xs:" + kind
                    + (name == null ? "" : " named " + name) + " in the xs:" + parent.getLocalName()
                    + (parent.hasAttribute("name") ? " " + parent.getAttribute("name") : "") + " of the model card");
        }
        return found;
    }

    private static Element optionalChild(Element parent, String kind, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && XS.equals(element.getNamespaceURI()) && kind.equals(element.getLocalName())
                    && (name == null || name.equals(element.getAttribute("name")))) {
                found.add(element);
            }
        }
        return found.size() == 1 ? found.getFirst() : null;
    }
}
