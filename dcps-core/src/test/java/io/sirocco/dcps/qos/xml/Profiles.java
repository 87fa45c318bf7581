package io.sirocco.dcps.qos.xml;

import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.omg.dds.core.QosProvider;
import org.omg.dds.core.ServiceEnvironment;

/** Test helpers: a fresh environment and providers opened through the OMG API. */
final class Profiles {
    private Profiles() {
    }

    /** A fresh environment: it has its own registry of opened documents. */
    static SiroccoServiceEnvironment environment() {
        return new SiroccoServiceEnvironment();
    }

    /** The provider of the corpus document {@code name} (under qos-xml/), through the OMG entry point. */
    static XmlQosProvider open(ServiceEnvironment env, String name, String profile) {
        return (XmlQosProvider) QosProvider.newQosProvider("qos-xml/" + name, profile, env);
    }

    /** The text of the class-path resource {@code name}. */
    static String resource(String name) {
        try (InputStream in = Profiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
