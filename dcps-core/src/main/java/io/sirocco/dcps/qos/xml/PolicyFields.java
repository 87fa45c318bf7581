package io.sirocco.dcps.qos.xml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.omg.dds.core.policy.QosPolicy;

/**
 * The fields of one policy element: each field reader turns its child element into a change of the
 * policy. Reading the element gives one change made of the changes of the fields present, in order;
 * an unknown field is an error listing the known ones, and a field given twice is an error.
 *
 * @param <P> the policy interface the changes work on
 */
final class PolicyFields<P extends QosPolicy> {
    private final Class<P> type;
    private final Map<String, Function<XmlCursor, UnaryOperator<P>>> readers = new LinkedHashMap<>();

    PolicyFields(Class<P> type) {
        this.type = type;
    }

    /** A field read by {@code reader}. */
    PolicyFields<P> add(String field, Function<XmlCursor, UnaryOperator<P>> reader) {
        readers.put(field, reader);
        return this;
    }

    /** A field whose value is checked with {@code check} and then has no effect. */
    PolicyFields<P> ignore(String field, Function<XmlCursor, ?> check) {
        return add(field, c -> {
            check.apply(c);
            return UnaryOperator.identity();
        });
    }

    /** Reads the policy element at the cursor, leaving it. */
    UnaryOperator<QosPolicy> read(XmlCursor cursor) {
        List<UnaryOperator<P>> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        cursor.forEachChild(child -> {
            Function<XmlCursor, UnaryOperator<P>> reader = readers.get(child.name());
            if (reader == null) {
                throw child.unknownElement(readers.keySet());
            }
            if (!seen.add(child.name())) {
                throw child.error("<" + child.name() + "> is given twice");
            }
            child.allowAttributes();
            changes.add(reader.apply(child));
        });
        return policy -> {
            P changed = type.cast(policy);
            for (UnaryOperator<P> change : changes) {
                changed = change.apply(changed);
            }
            return changed;
        };
    }
}
