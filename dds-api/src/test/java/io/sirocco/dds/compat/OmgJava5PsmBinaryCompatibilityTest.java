package io.sirocco.dds.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.ServiceEnvironment;

/**
 * Every public class of the OMG {@code org.omg.dds:java5-psm:1.0} jar exists in dds-api with the
 * same kind, type parameters, supertypes and every public or protected member with the same
 * signature, modifiers, exceptions and constant values; so code compiled against the OMG jar
 * links and runs against Sirocco. Members Sirocco adds (the OpenSplice additions) are allowed.
 *
 * <p>Both sides are loaded in isolated class loaders: the OMG jar (a test-scoped dependency that
 * Surefire keeps off the class path, path given in {@code omg.psm.jar}) and dds-api's classes.
 */
class OmgJava5PsmBinaryCompatibilityTest {

    @Test
    void everyOmgClassAndMemberExistsInDdsApiWithTheSameSignature() throws Exception {
        Path omgJar = Path.of(System.getProperty("omg.psm.jar", "missing"));
        assertTrue(Files.isRegularFile(omgJar), "omg.psm.jar must point at java5-psm-1.0.jar, got " + omgJar);
        Path ours = Path.of(ServiceEnvironment.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        List<String> classNames = classNames(omgJar);
        assertTrue(classNames.size() > 200, "the OMG jar should hold its ~215 classes, found " + classNames.size());

        List<String> differences = new ArrayList<>();
        int comparedMembers = 0;
        try (URLClassLoader omg = isolated(omgJar); URLClassLoader sirocco = isolated(ours)) {
            for (String name : classNames) {
                Class<?> expected = Class.forName(name, false, omg);
                if (!java.lang.reflect.Modifier.isPublic(expected.getModifiers())) {
                    continue;
                }
                Class<?> actual;
                try {
                    actual = Class.forName(name, false, sirocco);
                } catch (ClassNotFoundException e) {
                    differences.add("missing class " + name);
                    continue;
                }
                Map<String, String> want = ApiModel.describe(expected);
                Map<String, String> have = ApiModel.describe(actual);
                for (Map.Entry<String, String> member : want.entrySet()) {
                    comparedMembers++;
                    String mine = have.get(member.getKey());
                    if (mine == null) {
                        differences.add(name + ": missing " + member.getKey() + "\n    OMG:     " + member.getValue());
                    } else if (!mine.equals(member.getValue())) {
                        differences.add(name + ": different " + member.getKey() + "\n    OMG:     "
                                + member.getValue() + "\n    Sirocco: " + mine);
                    }
                }
            }
        }
        assertTrue(comparedMembers > 1000, "compared only " + comparedMembers + " members");
        assertEquals(List.of(), differences, differences.size() + " differences from java5-psm 1.0:\n"
                + String.join("\n", differences));
    }

    @Test
    void theComparisonNoticesAChangedSignature() throws Exception {
        // Guards the test above against comparing nothing: two different classes must differ.
        Map<String, String> a = ApiModel.describe(org.omg.dds.core.Duration.class);
        Map<String, String> b = ApiModel.describe(org.omg.dds.core.Time.class);
        assertFalse(a.equals(b));
        assertTrue(a.get("method add(org.omg.dds.core.Duration)").contains("org.omg.dds.core.Duration add("));
    }

    private static URLClassLoader isolated(Path location) throws IOException {
        return new URLClassLoader(new URL[] {location.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    private static List<String> classNames(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : (Iterable<JarEntry>) file.stream()::iterator) {
                String entryName = entry.getName();
                if (entryName.endsWith(".class") && entryName.startsWith("org/omg/dds/")) {
                    names.add(entryName.substring(0, entryName.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        names.sort(null);
        return names;
    }
}
