package io.sirocco.dcps.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.filter.Fixtures.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LIKE: {@code %} matches any run of characters, {@code _} exactly one, the rest literally. */
class LikeTest {

    @ParameterizedTest(name = "''{0}'' LIKE ''{1}'' is {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "abc | abc | true",
        "abc | ABC | false",
        "abc | ab | false",
        "abc | a% | true",
        "abc | %c | true",
        "abc | %b% | true",
        "abc | %% | true",
        "abc | % | true",
        "\"\" | % | true",
        "\"\" | _ | false",
        "abc | a_c | true",
        "abc | ___ | true",
        "abc | ____ | false",
        "abc | __ | false",
        "abc | _%_ | true",
        "ac | a_%c | false",
        "aXbXc | a%b%c | true",
        "abcabd | %ab_ | true",
        "abcabd | %abc | false",
        "mississippi | %iss%ipp% | true",
        "mississippi | m%ss%pi | true",
        "mississippi | m%ss%pix | false",
        "100% | 100% | true",
        "10 | 10% | true",
        "hello world | hello_world | true",
    })
    void wildcardsMatchAsInSql(String value, String pattern, boolean expected) {
        assertEquals(expected, LikeMatcher.matches(value, pattern));
        Reading sample = Reading.of(0, value);
        assertEquals(expected, Filters.matches(sample, "name LIKE '" + pattern + "'"), "LIKE");
        assertEquals(!expected, Filters.matches(sample, "name NOT LIKE '" + pattern + "'"), "NOT LIKE");
        assertEquals(expected, Filters.matches(sample, "name LIKE %0", pattern), "parameter pattern");
        assertEquals(expected, Filters.matches(sample, "name like %0", "'" + pattern + "'"), "quoted parameter");
    }

    @Test
    void patternsMayComeFromAnotherField() {
        Reading sample = Reading.of(0, "report-2024.txt");
        sample.tags.add("report-%.txt");
        assertTrue(Filters.matches(sample, "name LIKE tags[0]"));
        assertFalse(Filters.matches(sample, "tags[0] LIKE name"));
    }

    @Test
    void aConstantMayBeMatchedAgainstAPatternField() {
        Reading sample = Reading.of(0, "%.txt");
        assertTrue(Filters.matches(sample, "'notes.txt' LIKE name"));
        assertTrue(Filters.matches(sample, "%0 LIKE name", "notes.txt"));
    }

    @Test
    void charsMatchAsOneCharacterStrings() {
        Reading sample = new Reading();
        sample.c = 'x';
        assertTrue(Filters.matches(sample, "c LIKE '_'"));
        assertTrue(Filters.matches(sample, "c LIKE 'x%'"));
        assertFalse(Filters.matches(sample, "c LIKE 'y'"));
    }

    @Test
    void stringBuildersAreMatchedWithoutConversion() {
        Reading sample = new Reading();
        sample.note = new StringBuilder("draft v2");
        assertTrue(Filters.matches(sample, "note LIKE 'draft%'"));
    }
}
