package io.sirocco.dcps.qos.xml;

import io.sirocco.dcps.qos.PolicyKeys;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.omg.dds.core.EntityQos;
import org.omg.dds.core.policy.QosPolicy;

/**
 * Writes entity QoS as a DDS-XML profile document that {@link XmlQosProvider} reads back to equal QoS:
 * a {@code <dds>} root in the OMG namespace with one {@code <qos_library>} holding one
 * {@code <qos_profile>}, and in it one element per QoS ({@code <datawriter_qos>}, ...) listing every
 * policy with every field. Useful to capture the QoS an application runs with, or to start a profile
 * file from code.
 */
public final class QosXmlWriter {
    /** The namespace of written documents: the OMG DDS-XML one. */
    public static final String NAMESPACE = "http://www.omg.org/spec/DDS-XML";

    private QosXmlWriter() {
    }

    /**
     * The document holding {@code qos} as profile {@code library::profile}.
     *
     * @throws IllegalArgumentException if a name is blank or holds {@code ::}, two QoS are of the same
     *         kind, or a QoS holds a policy DDS-XML has no element for
     */
    public static String toXml(String library, String profile, EntityQos<?>... qos) {
        if (qos == null) {
            throw new IllegalArgumentException("qos must not be null");
        }
        StringWriter out = new StringWriter();
        write(out, library, profile, Arrays.asList(qos));
        return out.toString();
    }

    /** Writes the document holding {@code qos} as profile {@code library::profile} to {@code out}. */
    public static void write(Writer out, String library, String profile, List<? extends EntityQos<?>> qos) {
        if (out == null) {
            throw new IllegalArgumentException("out must not be null");
        }
        checkName(library, "library");
        checkName(profile, "profile");
        if (qos == null) {
            throw new IllegalArgumentException("qos must not be null");
        }
        Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
        for (int i = 0; i < qos.size(); i++) {
            if (qos.get(i) == null) {
                throw new IllegalArgumentException("qos[" + i + "] must not be null");
            }
            EntityKind kind = EntityKind.of(qos.get(i));
            if (!kinds.add(kind)) {
                throw new IllegalArgumentException("qos[" + i + "] is a second " + kind.element() + "; a profile "
                        + "holds one unnamed QoS of each kind");
            }
        }
        XmlOut xml = XmlOut.to(out);
        xml.root("dds", NAMESPACE);
        xml.start("qos_library");
        xml.attribute("name", library);
        xml.start("qos_profile");
        xml.attribute("name", profile);
        for (EntityQos<?> entityQos : qos) {
            element(entityQos, xml);
        }
        xml.end();
        xml.end();
        xml.end();
        xml.finish();
    }

    private static void element(EntityQos<?> qos, XmlOut xml) {
        xml.start(EntityKind.of(qos).element());
        for (QosPolicy policy : qos.values()) {
            PolicyElement element = PolicyElement.forKey(PolicyKeys.keyOf(policy));
            if (element == null) {
                throw new IllegalArgumentException("qos holds " + policy + ", a policy DDS-XML has no element for");
            }
            PolicyWriters.write(element, policy, xml);
        }
        xml.end();
    }

    private static void checkName(String name, String argument) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(argument + " must not be " + (name == null ? "null" : "blank"));
        }
        if (name.contains("::")) {
            throw new IllegalArgumentException(argument + " \"" + name + "\" must not contain \"::\"");
        }
    }
}
