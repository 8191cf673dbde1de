package org.greencustoms.elearning.authoring.control;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses an uploaded XML file into elements with their lines. A DOCTYPE is refused outright, so no entity can be
 * declared: neither one that reads a file or a URL (XXE) nor one that expands without end (billion laughs).
 */
final class SecureXml {

    private SecureXml() {
    }

    /** The root element; throws SAXParseException when the file is not well-formed or has a DOCTYPE. */
    static XmlElement parse(String xml) throws SAXParseException {
        TreeBuilder builder = new TreeBuilder();
        try {
            parser().parse(new InputSource(new StringReader(xml)), builder);
        } catch (SAXParseException e) {
            throw e;
        } catch (SAXException | IOException e) {
            throw new SAXParseException(e.getMessage(), null);
        }
        return builder.root;
    }

    private static SAXParser parser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setNamespaceAware(false);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK's SAX parser lacks a security feature", e);
        }
    }

    private static final class TreeBuilder extends DefaultHandler {

        private final Deque<Open> open = new ArrayDeque<>();
        private Locator locator;
        private XmlElement root;

        private record Open(String name, Map<String, String> attributes, List<XmlElement> children,
                StringBuilder text, int line) {
        }

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            this.locator = documentLocator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                values.put(attributes.getQName(i), attributes.getValue(i));
            }
            open.push(new Open(qName, values, new ArrayList<>(), new StringBuilder(),
                    locator == null ? 0 : locator.getLineNumber()));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Open element = open.pop();
            XmlElement closed = new XmlElement(element.name, element.attributes, List.copyOf(element.children),
                    element.text.toString(), element.line);
            if (open.isEmpty()) {
                root = closed;
            } else {
                open.peek().children.add(closed);
            }
        }
    }
}
