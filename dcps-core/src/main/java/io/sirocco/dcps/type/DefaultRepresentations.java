package io.sirocco.dcps.type;

import io.sirocco.dcps.qos.RepresentationRule;
import org.omg.dds.core.policy.DataRepresentation;

/**
 * The data representations an endpoint really uses when its QoS names none, which is what it
 * announces and what matching compares. As in Cyclone DDS, a writer of a final type writes XCDR1
 * (readers of older implementations understand nothing else) and a writer of an appendable or
 * mutable type writes XCDR2; a reader accepts both, since every Sirocco codec decodes both.
 */
public final class DefaultRepresentations {
    private DefaultRepresentations() {
    }

    /** The writer's effective policy: {@code declared} unless empty, else the type's default. */
    public static DataRepresentation forWriter(DataRepresentation declared, TypeCodec<?> codec) {
        if (!declared.getValue().isEmpty()) {
            return declared;
        }
        return declared.withValue(codec.extensibility() == TypeExtensibility.FINAL
                ? RepresentationRule.XCDR : RepresentationRule.XCDR2);
    }

    /** The reader's effective policy: {@code declared} unless empty, else XCDR1 and XCDR2. */
    public static DataRepresentation forReader(DataRepresentation declared) {
        if (!declared.getValue().isEmpty()) {
            return declared;
        }
        return declared.withValue(RepresentationRule.XCDR, RepresentationRule.XCDR2);
    }
}
