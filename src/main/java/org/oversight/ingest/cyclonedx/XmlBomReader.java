package org.oversight.ingest.cyclonedx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;

import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * CycloneDX XML: the document is read once with StAX (well-formed, no DTD, a CycloneDX root) and
 * rewritten into the shape the CycloneDX library's XML mapping can read (see
 * {@link LibraryXmlRewriter}), checked against the CycloneDX XSD of its version, and then read by
 * the library.
 */
final class XmlBomReader {

    private static final Map<Version, Schema> SCHEMAS = new ConcurrentHashMap<>();

    ParsedBom read(ImportFile file, byte[] bytes) {
        LibraryXmlRewriter.Result rewritten;
        try {
            rewritten = LibraryXmlRewriter.rewrite(file, bytes);
        } catch (XMLStreamException e) {
            throw notWellFormed(file, e.getLocation(), e.getMessage(), e);
        } catch (RuntimeException e) {
            // StAX parsers report some errors lazily, wrapped in a runtime exception.
            if (e.getCause() instanceof XMLStreamException cause) {
                throw notWellFormed(file, cause.getLocation(), cause.getMessage(), e);
            }
            throw e;
        }
        Version version = BomFileReader.supportedVersion(file, "line 1", "xmlns", rewritten.specVersion());
        validate(file, bytes, version);
        Bom bom = parseWithLibrary(file, rewritten.document());
        if (rewritten.metadataComponent() != null) {
            List<org.cyclonedx.model.Component> side = parseWithLibrary(file, rewritten.metadataComponent()).getComponents();
            if (side == null || side.size() != 1) {
                throw new ImportException(file.name(), null, "metadata.component",
                        "the CycloneDX library cannot read the metadata component");
            }
            if (bom.getMetadata() == null) {
                bom.setMetadata(new org.cyclonedx.model.Metadata());
            }
            bom.getMetadata().setComponent(side.getFirst());
        }
        BomFileReader.checkComponents(file, rewritten.componentNames(), bom);
        return new ParsedBom(file, bom, rewritten.specVersion(), "XML",
                ParsedBom.timestamp(bom, rewritten.timestampGiven()), rewritten.warnings());
    }

    private static ImportException notWellFormed(ImportFile file, Location location, String message, Exception e) {
        String text = message == null ? "" : message;
        int at = text.indexOf("\n at [");
        text = at < 0 ? text : text.substring(0, at);
        text = text.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "").strip();
        String where = location == null || location.getLineNumber() < 0 ? null
                : "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
        return new ImportException(file.name(), where, null, "not well-formed XML: " + text, e);
    }

    private static void validate(ImportFile file, byte[] bytes, Version version) {
        List<SAXParseException> errors = new ArrayList<>();
        try {
            Validator validator = schema(version).newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // Warnings do not make a BOM invalid.
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e);
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    errors.add(e);
                    throw e;
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            if (!errors.contains(e)) {
                errors.add(e);
            }
        } catch (SAXException | IOException | RuntimeException e) {
            throw new ImportException(file.name(), null, null, "cannot be checked against the CycloneDX "
                    + version.getVersionString() + " XML schema: " + e.getMessage(), e);
        }
        if (!errors.isEmpty()) {
            SAXParseException first = errors.getFirst();
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
            throw new ImportException(file.name(), "line " + first.getLineNumber() + ", column " + first.getColumnNumber(),
                    null, "does not follow the CycloneDX " + version.getVersionString() + " XML schema: "
                    + first.getMessage() + more, first);
        }
    }

    private static Schema schema(Version version) throws SAXException {
        Schema schema = SCHEMAS.get(version);
        if (schema == null) {
            schema = LibraryXsd.schema(version);
            SCHEMAS.put(version, schema);
        }
        return schema;
    }

    private static Bom parseWithLibrary(ImportFile file, byte[] document) {
        try {
            return new org.cyclonedx.parsers.XmlParser().parse(document);
        } catch (ParseException | RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String message = cause instanceof com.fasterxml.jackson.core.JsonProcessingException jackson
                    ? jackson.getOriginalMessage() : cause.getMessage();
            throw new ImportException(file.name(), null, null, "the CycloneDX library cannot read it: " + message, e);
        }
    }
}
