package io.sirocco.dcps.qos.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.omg.dds.core.ServiceEnvironment;

/**
 * The corpus of broken documents under qos-xml/bad: each file says, in an {@code <!-- expect: ... -->}
 * comment, the exact message opening it must fail with (source:line:column, element path, problem
 * and what was expected).
 */
class BadDocumentsTest {
    private static final Pattern EXPECT = Pattern.compile("<!-- expect: (.*?) -->", Pattern.DOTALL);

    static List<String> badDocuments() {
        return List.of("malformed.xml", "unknown-element.xml", "unknown-field.xml", "bad-enum.xml", "bad-number.xml",
                "bad-nanosec.xml", "unknown-base.xml", "cycle.xml", "element-cycle.xml", "wrong-kind-policy.xml",
                "unknown-root.xml", "foreign-namespace.xml", "duplicate-profile.xml", "missing-name.xml",
                "two-defaults.xml", "bad-octets.xml", "unknown-attribute.xml", "duplicate-policy.xml",
                "stray-text.xml", "bad-boolean.xml", "duplicate-unnamed.xml", "bad-extension.xml",
                "rti-builtin-base.xml", "fastdds-partition.xml", "library-qos-without-name.xml", "empty.xml",
                "external-entity.xml");
    }

    @ParameterizedTest
    @MethodSource("badDocuments")
    void failsWithTheExpectedMessage(String file) {
        String name = "qos-xml/bad/" + file;
        Matcher expect = EXPECT.matcher(Profiles.resource(name));
        assertTrue(expect.find(), name + " has no expect comment");
        String expected = expect.group(1).replaceAll("\\s*\\n\\s*", " ").strip();
        ServiceEnvironment env = Profiles.environment();
        QosXmlException e = assertThrows(QosXmlException.class, () -> Profiles.open(env, "bad/" + file, null));
        assertEquals(expected, e.getMessage());
        assertTrue(e.getMessage().startsWith(e.source() + ":"), "the message starts with the source");
        assertEquals(name, e.source());
        assertTrue(e.getMessage().endsWith(e.problem()), "the message ends with the problem");
    }
}
