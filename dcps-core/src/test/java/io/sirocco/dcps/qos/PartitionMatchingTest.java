package io.sirocco.dcps.qos;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.omg.dds.core.policy.Partition;

class PartitionMatchingTest {
    private final SiroccoPolicyFactory f = new SiroccoPolicyFactory(new TestEnvironment());

    private Partition names(String... names) {
        return f.Partition().withName(names);
    }

    private boolean match(Partition writerSide, Partition readerSide) {
        boolean result = QosMatching.partitionsMatch(writerSide, readerSide);
        // Matching is symmetric: which side holds the wildcard does not matter.
        assertTrue(result == QosMatching.partitionsMatch(readerSide, writerSide), "asymmetric result");
        return result;
    }

    @Test
    void twoDefaultPartitionsMatch() {
        assertTrue(match(f.Partition(), f.Partition()));
    }

    @Test
    void anEmptyListIsTheDefaultPartitionNamedByTheEmptyString() {
        assertTrue(match(f.Partition(), names("")));
        assertFalse(match(f.Partition(), names("sensors")));
    }

    @Test
    void equalNamesMatchAndDifferentNamesDoNot() {
        assertTrue(match(names("a", "sensors"), names("sensors")));
        assertFalse(match(names("sensors"), names("Sensors")));
        assertFalse(match(names("a", "b"), names("c", "d")));
    }

    @Test
    void starMatchesAnyRunOfCharacters() {
        assertTrue(match(names("sensor*"), names("sensor")));
        assertTrue(match(names("sensor*"), names("sensor/temperature")));
        assertTrue(match(names("*/temp"), names("room1/temp")));
        assertFalse(match(names("sensor*"), names("actuator")));
        assertTrue(match(names("*"), names("anything")));
        assertTrue(match(names("*"), f.Partition()), "fnmatch: * also matches the empty default name");
    }

    @Test
    void questionMarkMatchesExactlyOneCharacter() {
        assertTrue(match(names("room?"), names("room1")));
        assertFalse(match(names("room?"), names("room")));
        assertFalse(match(names("room?"), names("room12")));
    }

    @Test
    void bracketsMatchOneCharacterOfASetRangeOrNegation() {
        assertTrue(match(names("room[123]"), names("room2")));
        assertFalse(match(names("room[123]"), names("room4")));
        assertTrue(match(names("room[a-c]"), names("roomb")));
        assertFalse(match(names("room[!a-c]"), names("roomb")));
        assertTrue(match(names("room[!a-c]"), names("roomz")));
        assertTrue(match(names("x[]]"), names("x]")));
        assertTrue(match(names("x[a-]"), names("x-")));
    }

    @Test
    void twoWildcardExpressionsMatchOnlyWhenTextuallyEqual() {
        assertTrue(match(names("sensor*"), names("sensor*")));
        assertFalse(match(names("sensor*"), names("sens*")));
        assertFalse(match(names("*"), names("?")));
    }

    @Test
    void regexMetacharactersInNamesAreTakenLiterally() {
        assertFalse(match(names("a.b*"), names("axb")));
        assertTrue(match(names("a.b*"), names("a.bc")));
        assertTrue(match(names("(x|y)+*"), names("(x|y)+z")));
        assertFalse(match(names("(x|y)+*"), names("x")));
        assertTrue(match(names("\\Q*"), names("Qend")), "a backslash quotes Q; it does not start a regex quote");
        assertFalse(match(names("$^*"), names("")));
    }

    @Test
    void backslashEscapesAWildcardCharacter() {
        assertFalse(FnmatchPattern.isWildcard("a\\*"));
        assertTrue(FnmatchPattern.compile("a\\*").matches("a*"));
        assertFalse(FnmatchPattern.compile("a\\*").matches("ab"));
        assertTrue(FnmatchPattern.compile("a\\*b*").matches("a*bc"));
        assertFalse(match(names("a\\*b*"), names("a*bc")), "both are wildcard expressions");
    }

    @Test
    void anUnclosedBracketIsALiteralCharacter() {
        assertFalse(FnmatchPattern.isWildcard("a[b"));
        assertTrue(FnmatchPattern.isWildcard("a[b]"));
        assertTrue(FnmatchPattern.compile("a[b*").matches("a[bcd"));
    }

    @Test
    void longAdversarialNamesAreMatchedQuickly() {
        String name = "a".repeat(5000);
        assertFalse(FnmatchPattern.compile("*a*a*a*a*a*a*a*b").matches(name));
    }
}
