package io.sirocco.dcps.qos.xml;

/**
 * A QoS profile document that cannot be used: malformed XML, an unknown element or attribute, a bad
 * value, an unknown or cyclic base profile. The message always starts with where the problem is,
 * {@code source:line:column}, then the path of the element ({@code
 * dds/qos_library[@name='Lib']/qos_profile[@name='P']/datawriter_qos/reliability/kind}) and what was
 * expected there, so a user can fix the file without a stack trace. The same parts are available
 * separately for tools.
 *
 * <p>It is an {@link IllegalArgumentException} because the document is, in the end, an argument of
 * {@code QosProvider.newQosProvider}.
 */
public final class QosXmlException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String elementPath;
    private final String problem;

    QosXmlException(SourceLocation location, String problem) {
        this(location, problem, null);
    }

    QosXmlException(SourceLocation location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.source = location.source();
        this.line = location.line();
        this.column = location.column();
        this.elementPath = location.path();
        this.problem = problem;
    }

    /** The file, URI or class-path resource the document was read from. */
    public String source() {
        return source;
    }

    /** The line of the offending element, 1-based; -1 when unknown. */
    public int line() {
        return line;
    }

    /** The column of the offending element, 1-based; -1 when unknown. */
    public int column() {
        return column;
    }

    /** The path of the offending element from the document root; empty for the document itself. */
    public String elementPath() {
        return elementPath;
    }

    /** What is wrong and what was expected, without the location. */
    public String problem() {
        return problem;
    }
}
