package org.educloud.assessment.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses the XML of a package with everything that could reach outside it or expand without end switched off: no
 * document type declaration is accepted at all (so no entity, internal or external, can be declared, which stops
 * XXE and "billion laughs" before any expansion), no external DTD or schema is fetched, no XInclude. A package's
 * files are read from memory, already bounded by the zip limits.
 */
final class SafeXml {

    /** The document could not be read: what to tell the person (a message key and its arguments). */
    static final class Unreadable extends Exception {
        private final String messageKey;

        Unreadable(String messageKey, Throwable cause) {
            super(messageKey, cause);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private SafeXml() {
    }

    static Document parse(byte[] xml) throws Unreadable {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            // no resolver reaches anything: an entity that slipped through would resolve to nothing
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void warning(SAXParseException e) {
                }
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            String message = String.valueOf(e.getMessage());
            boolean declaration = message.contains("DOCTYPE") || message.contains("entity")
                    || message.contains("ENTITY");
            throw new Unreadable(declaration ? "assessment.exchange.xmlDoctype" : "assessment.exchange.xmlMalformed", e);
        } catch (IOException | ParserConfigurationException | RuntimeException e) {
            throw new Unreadable("assessment.exchange.xmlMalformed", e);
        }
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
