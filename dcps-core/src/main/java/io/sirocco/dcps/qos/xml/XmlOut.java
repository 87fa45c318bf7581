package io.sirocco.dcps.qos.xml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's StAX writer with indentation, so that written profiles are as readable as hand-written
 * ones. Escaping is StAX's; a failure of the underlying writer surfaces as an unchecked exception.
 */
final class XmlOut {
    private static final String INDENT = "    ";

    private final XMLStreamWriter writer;
    private int depth;

    private XmlOut(XMLStreamWriter writer) {
        this.writer = writer;
    }

    /** A writer that writes to {@code out}, starting with the XML declaration. */
    static XmlOut to(Writer out) {
        try {
            // A factory per document: StAX does not promise that factories are safe to share between threads.
            XmlOut xml = new XmlOut(XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out));
            xml.writer.writeStartDocument("UTF-8", "1.0");
            return xml;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Opens the root element in the default namespace {@code namespace}. */
    void root(String name, String namespace) {
        try {
            indent();
            writer.setDefaultNamespace(namespace);
            writer.writeStartElement("", name, namespace);
            writer.writeDefaultNamespace(namespace);
            depth++;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Opens an element. */
    void start(String name) {
        try {
            indent();
            writer.writeStartElement(name);
            depth++;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** An attribute of the element just opened. */
    void attribute(String name, String value) {
        try {
            writer.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Closes the innermost open element. */
    void end() {
        try {
            depth--;
            indent();
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** An element holding only {@code text}. */
    void leaf(String name, String text) {
        try {
            indent();
            writer.writeStartElement(name);
            writer.writeCharacters(text);
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Ends the document and flushes. */
    void finish() {
        try {
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void indent() throws XMLStreamException {
        writer.writeCharacters("\n" + INDENT.repeat(depth));
    }

    private static RuntimeException failed(XMLStreamException e) {
        if (e.getCause() instanceof IOException io) {
            return new UncheckedIOException("writing QoS XML failed: " + io.getMessage(), io);
        }
        return new IllegalStateException("writing QoS XML failed: " + e.getMessage(), e);
    }
}
