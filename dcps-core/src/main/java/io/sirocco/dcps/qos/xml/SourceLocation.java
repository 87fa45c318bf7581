package io.sirocco.dcps.qos.xml;

/**
 * Where an element of a profile document is: the source it was read from, its line and column and its
 * path from the root. Kept with every parsed element and setting so that errors found later (an
 * unknown base profile, a cycle, a value a policy rejects) still point into the file.
 */
record SourceLocation(String source, int line, int column, String path) {

    /** A location for the document as a whole, before any element was read. */
    static SourceLocation of(String source) {
        return new SourceLocation(source, -1, -1, "");
    }

    /** An error at this location. */
    QosXmlException error(String problem) {
        return new QosXmlException(this, problem);
    }

    /** {@code source:line:column: path}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        if (!path.isEmpty()) {
            text.append(": ").append(path);
        }
        return text.toString();
    }
}
