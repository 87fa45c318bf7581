package io.sirocco.dcps.qos.xml;

import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.ConsistencyKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;

/**
 * How the values of one enumerated policy field are written in DDS-XML: the spelling the writer uses
 * for each value and the spellings the parser accepts. Matching is exact (DDS-XML enumerations are
 * case-sensitive), and a bad value is reported with the list of canonical spellings.
 *
 * @param <E> the Java type of the values
 */
final class Spelling<E> {
    static final Spelling<Durability.Kind> DURABILITY = new Spelling<Durability.Kind>()
            .add(Durability.Kind.VOLATILE, "VOLATILE_DURABILITY_QOS")
            .add(Durability.Kind.TRANSIENT_LOCAL, "TRANSIENT_LOCAL_DURABILITY_QOS")
            .add(Durability.Kind.TRANSIENT, "TRANSIENT_DURABILITY_QOS")
            .add(Durability.Kind.PERSISTENT, "PERSISTENT_DURABILITY_QOS");
    static final Spelling<History.Kind> HISTORY = new Spelling<History.Kind>()
            .add(History.Kind.KEEP_LAST, "KEEP_LAST_HISTORY_QOS")
            .add(History.Kind.KEEP_ALL, "KEEP_ALL_HISTORY_QOS");
    static final Spelling<Liveliness.Kind> LIVELINESS = new Spelling<Liveliness.Kind>()
            .add(Liveliness.Kind.AUTOMATIC, "AUTOMATIC_LIVELINESS_QOS")
            .add(Liveliness.Kind.MANUAL_BY_PARTICIPANT, "MANUAL_BY_PARTICIPANT_LIVELINESS_QOS")
            .add(Liveliness.Kind.MANUAL_BY_TOPIC, "MANUAL_BY_TOPIC_LIVELINESS_QOS");
    static final Spelling<Presentation.AccessScopeKind> ACCESS_SCOPE = new Spelling<Presentation.AccessScopeKind>()
            .add(Presentation.AccessScopeKind.INSTANCE, "INSTANCE_PRESENTATION_QOS")
            .add(Presentation.AccessScopeKind.TOPIC, "TOPIC_PRESENTATION_QOS")
            .add(Presentation.AccessScopeKind.GROUP, "GROUP_PRESENTATION_QOS");
    static final Spelling<Reliability.Kind> RELIABILITY = new Spelling<Reliability.Kind>()
            .add(Reliability.Kind.BEST_EFFORT, "BEST_EFFORT_RELIABILITY_QOS")
            .add(Reliability.Kind.RELIABLE, "RELIABLE_RELIABILITY_QOS");
    static final Spelling<Ownership.Kind> OWNERSHIP = new Spelling<Ownership.Kind>()
            .add(Ownership.Kind.SHARED, "SHARED_OWNERSHIP_QOS")
            .add(Ownership.Kind.EXCLUSIVE, "EXCLUSIVE_OWNERSHIP_QOS");
    static final Spelling<DestinationOrder.Kind> DESTINATION_ORDER = new Spelling<DestinationOrder.Kind>()
            .add(DestinationOrder.Kind.BY_RECEPTION_TIMESTAMP, "BY_RECEPTION_TIMESTAMP_DESTINATIONORDER_QOS")
            .add(DestinationOrder.Kind.BY_SOURCE_TIMESTAMP, "BY_SOURCE_TIMESTAMP_DESTINATIONORDER_QOS");
    /**
     * DDS-XTypes names two kinds; the OMG Java API has four. {@code DISALLOW_TYPE_COERCION} is exact type
     * matching and {@code ALLOW_TYPE_COERCION} assignability; the two kinds XTypes has no word for keep
     * their Java names, which the parser also accepts for every kind.
     */
    static final Spelling<TypeConsistencyEnforcement.Kind> TYPE_CONSISTENCY =
            new Spelling<TypeConsistencyEnforcement.Kind>()
            .add(TypeConsistencyEnforcement.Kind.EXACT_TYPE_TYPE_CONSISTENCY, "DISALLOW_TYPE_COERCION",
                    "EXACT_TYPE_TYPE_CONSISTENCY")
            .add(TypeConsistencyEnforcement.Kind.EXACT_NAME_TYPE_CONSISTENCY, "EXACT_NAME_TYPE_CONSISTENCY")
            .add(TypeConsistencyEnforcement.Kind.DECLARED_TYPE_CONSISTENCY, "DECLARED_TYPE_CONSISTENCY")
            .add(TypeConsistencyEnforcement.Kind.ASSIGNABLE_TYPE_CONSISTENCY, "ALLOW_TYPE_COERCION",
                    "ASSIGNABLE_TYPE_CONSISTENCY");
    /** Sirocco's extension, in the {@code _QOS} style of the standard kinds; the bare names are accepted. */
    static final Spelling<ConsistencyKind> CONSISTENCY = new Spelling<ConsistencyKind>()
            .add(ConsistencyKind.EVENTUAL, "EVENTUAL_CONSISTENCY_QOS", "EVENTUAL")
            .add(ConsistencyKind.ATOMIC, "ATOMIC_CONSISTENCY_QOS", "ATOMIC");
    /** Sirocco's extension, in the {@code _QOS} style of the standard kinds; the bare names are accepted. */
    static final Spelling<AccelerationKind> ACCELERATION = new Spelling<AccelerationKind>()
            .add(AccelerationKind.NONE, "NONE_ACCELERATION_QOS", "NONE")
            .add(AccelerationKind.PREFERRED, "PREFERRED_ACCELERATION_QOS", "PREFERRED")
            .add(AccelerationKind.REQUIRED, "REQUIRED_ACCELERATION_QOS", "REQUIRED");
    /** DDS-XTypes' data representation identifiers; other identifiers are written as numbers. */
    static final Spelling<Short> REPRESENTATION = new Spelling<Short>()
            .add((short) 0, "XCDR_DATA_REPRESENTATION", "XCDR1_DATA_REPRESENTATION")
            .add((short) 1, "XML_DATA_REPRESENTATION")
            .add((short) 2, "XCDR2_DATA_REPRESENTATION");

    private final Map<String, E> byWord = new LinkedHashMap<>();
    private final Map<E, String> byValue = new LinkedHashMap<>();

    Spelling() {
    }

    /** Adds {@code value}, written {@code canonical} and also read from {@code aliases}. */
    Spelling<E> add(E value, String canonical, String... aliases) {
        byValue.put(value, canonical);
        byWord.put(canonical, value);
        for (String alias : aliases) {
            byWord.put(alias, value);
        }
        return this;
    }

    /** The value spelled {@code word}, or null. */
    E valueOf(String word) {
        return byWord.get(word);
    }

    /** The canonical spelling of {@code value}, or null when it has none. */
    String wordFor(E value) {
        return byValue.get(value);
    }

    /** The canonical spellings, in declaration order, for messages. */
    List<String> words() {
        return new ArrayList<>(byValue.values());
    }

    /** Reads the text of the cursor's element as one of these values. */
    E read(XmlCursor cursor) {
        String word = cursor.text();
        E value = byWord.get(word);
        if (value == null) {
            throw cursor.error("bad value \"" + word + "\"; expected one of: " + String.join(", ", words()));
        }
        return value;
    }
}
