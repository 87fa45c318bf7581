package io.sirocco.dcps.qos.xml;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A thin layer over the JDK's StAX reader for recursive-descent parsing of profile documents. It
 * keeps what an error message needs — the path from the root and the line and column of the current
 * element — and turns every StAX failure into a {@link QosXmlException} with that location.
 *
 * <p>Elements are read with {@link #forEachChild}, {@link #text()} and {@link #skip()}; a child
 * handler that returns without reading its element has it skipped. Text between elements must be
 * blank, comments and processing instructions are ignored, and elements must be in one of the
 * accepted namespaces (or in none): profile files are namespace-agnostic.
 */
final class XmlCursor implements AutoCloseable {
    /** A handler of one child element; the cursor is positioned at the child's start tag. */
    @FunctionalInterface
    interface ChildHandler {
        void accept(XmlCursor child);
    }

    private final String source;
    private final XMLStreamReader reader;
    private final List<String> namespaces;
    private final ArrayDeque<String> path = new ArrayDeque<>();
    private final ArrayDeque<SourceLocation> locations = new ArrayDeque<>();
    private int depth;
    private SourceLocation here;

    private XmlCursor(String source, XMLStreamReader reader, List<String> namespaces) {
        this.source = source;
        this.reader = reader;
        this.namespaces = namespaces;
        this.here = SourceLocation.of(source);
    }

    /** A factory per document: StAX does not promise that factories are safe to share between threads. */
    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // Profile files configure QoS; they have no business pulling in DTDs or external entities.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /**
     * A cursor on the root element of the document in {@code in}.
     *
     * @param source the name of the document in messages (a path, URI or resource name)
     * @param namespaces the namespaces elements may be in, besides none
     */
    static XmlCursor open(String source, InputStream in, List<String> namespaces) {
        XmlCursor cursor;
        try {
            cursor = new XmlCursor(source, newFactory().createXMLStreamReader(in), namespaces);
        } catch (XMLStreamException e) {
            throw malformed(SourceLocation.of(source), e);
        }
        while (cursor.advance() != XMLStreamConstants.START_ELEMENT) {
            if (cursor.reader.getEventType() == XMLStreamConstants.END_DOCUMENT) {
                throw SourceLocation.of(source).error("the document has no root element; expected <dds> or "
                        + "<qos_library>");
            }
        }
        cursor.enter();
        return cursor;
    }

    /** The local name of the current element. */
    String name() {
        return reader.getLocalName();
    }

    /** Where the current element starts. */
    SourceLocation location() {
        return here;
    }

    /** The value of the un-namespaced attribute {@code name} of the current element, trimmed; null if absent. */
    String attribute(String name) {
        String value = reader.getAttributeValue(null, name);
        return value == null ? null : value.strip();
    }

    /**
     * Fails on any un-namespaced attribute of the current element that is not one of {@code allowed}.
     * Attributes in a namespace ({@code xsi:schemaLocation}) belong to other vocabularies and are
     * ignored.
     */
    void allowAttributes(String... allowed) {
        List<String> names = Arrays.asList(allowed);
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i);
            String name = reader.getAttributeLocalName(i);
            if ((namespace == null || namespace.isEmpty()) && !names.contains(name)) {
                throw error("unknown attribute " + name + "=\"" + reader.getAttributeValue(i) + "\"; expected "
                        + (names.isEmpty() ? "no attributes" : "one of: " + String.join(", ", names)));
            }
        }
    }

    /** Calls {@code handler} for every child element of the current element, then leaves it. */
    void forEachChild(ChildHandler handler) {
        int own = depth;
        while (true) {
            int event = advance();
            if (event == XMLStreamConstants.START_ELEMENT) {
                enter();
                handler.accept(this);
                while (depth > own) {
                    advance();
                }
                leave();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            } else if (isText(event) && !reader.isWhiteSpace()) {
                throw error("unexpected text \"" + abbreviate(reader.getText().strip()) + "\"; expected only "
                        + "child elements here");
            }
        }
    }

    /** The text of the current element, trimmed, leaving the element; fails if it has child elements. */
    String text() {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = advance();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return text.toString().strip();
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                throw error("unexpected element <" + reader.getLocalName() + ">; expected a value");
            } else if (isText(event)) {
                text.append(reader.getText());
            }
        }
    }

    /** Leaves the current element without looking at its content. */
    void skip() {
        int own = depth;
        while (depth >= own) {
            advance();
        }
    }

    /** An error located at the current element. */
    QosXmlException error(String problem) {
        return here.error(problem);
    }

    /** An error for an unknown current element, listing what may appear instead. */
    QosXmlException unknownElement(Iterable<String> expected) {
        StringBuilder names = new StringBuilder();
        Iterator<String> it = expected.iterator();
        while (it.hasNext()) {
            names.append('<').append(it.next()).append('>');
            if (it.hasNext()) {
                names.append(", ");
            }
        }
        return error("unknown element <" + name() + ">; expected " + (names.isEmpty() ? "no child elements"
                : "one of: " + names));
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Nothing was left to read; the input stream is closed by its owner.
        }
    }

    private int advance() {
        int event;
        try {
            event = reader.next();
        } catch (XMLStreamException e) {
            throw malformed(new SourceLocation(source, -1, -1, String.join("/", path)), e);
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
        }
        return event;
    }

    /** Called at a start tag: checks the namespace and extends the path. */
    private void enter() {
        String segment = reader.getLocalName();
        String name = reader.getAttributeValue(null, "name");
        if (name == null) {
            name = reader.getAttributeValue(null, "profile_name");
        }
        if (name != null) {
            segment += "[@name='" + name.strip() + "']";
        }
        path.addLast(segment);
        Location at = reader.getLocation();
        here = new SourceLocation(source, at.getLineNumber(), at.getColumnNumber(), String.join("/", path));
        locations.addLast(here);
        String namespace = reader.getNamespaceURI();
        if (namespace != null && !namespace.isEmpty() && !namespaces.contains(namespace)) {
            throw error("element <" + reader.getLocalName() + "> is in namespace \"" + namespace
                    + "\"; expected no namespace or one of: " + String.join(", ", namespaces));
        }
    }

    private void leave() {
        path.removeLast();
        locations.removeLast();
        here = locations.isEmpty() ? SourceLocation.of(source) : locations.getLast();
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** A StAX failure as a located error, keeping the parser's own explanation and dropping its prefix. */
    private static QosXmlException malformed(SourceLocation where, XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        Location location = e.getLocation();
        SourceLocation located = location == null ? where
                : new SourceLocation(where.source(), location.getLineNumber(), location.getColumnNumber(),
                        where.path());
        return new QosXmlException(located, "malformed XML: " + message.strip(), e);
    }
}
