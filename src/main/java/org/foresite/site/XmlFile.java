package org.foresite.site;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document written with the JDK's streaming writer (StAX), which escapes text and attribute values; one
 * element per line so the files read well and diff well. Characters XML 1.0 forbids never reach it.
 */
final class XmlFile {
    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;

    /** A document whose root element is {@code root} in the default namespace {@code namespace}. */
    XmlFile(String root, String namespace) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(namespace);
            xml.writeStartElement(namespace, root);
            xml.writeDefaultNamespace(namespace);
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element with attributes given as name, value pairs (a null value leaves the attribute out). */
    XmlFile open(String name, String... attributes) {
        try {
            xml.writeStartElement(name);
            attributes(attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlFile close() {
        try {
            xml.writeEndElement();
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element holding text. */
    XmlFile element(String name, String value, String... attributes) {
        try {
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(clean(value));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An empty element with attributes. */
    XmlFile empty(String name, String... attributes) {
        try {
            xml.writeEmptyElement(name);
            attributes(attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Ends the line: the elements of one line are written, the next begin on a new line. */
    XmlFile line() {
        try {
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Closes the root element and the document. */
    String finish() {
        try {
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
            }
        }
    }

    /** The text without the characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF). */
    static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                    || cp >= 0x10000) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
