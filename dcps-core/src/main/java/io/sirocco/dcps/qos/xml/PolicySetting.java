package io.sirocco.dcps.qos.xml;

import java.util.function.UnaryOperator;
import org.omg.dds.core.EntityQos;
import org.omg.dds.core.policy.QosPolicy;

/**
 * One policy element of a profile, as a change to the policy it names: only the fields the element
 * lists change, the others keep the value they had (from Sirocco's default or from a base profile).
 * Settings are independent of any environment, so a parsed document serves every provider.
 *
 * @param element the policy element
 * @param location where the element is, for errors found when the change is applied
 * @param change the new policy given the current one
 */
record PolicySetting(PolicyElement element, SourceLocation location, UnaryOperator<QosPolicy> change) {

    /** {@code qos} with this setting applied to its policy. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    EntityQos<?> applyTo(EntityQos<?> qos) {
        EntityQos raw = qos;
        QosPolicy current = raw.get(element.key());
        if (current == null) {
            throw location.error("a " + element.element() + " policy cannot be set here");
        }
        try {
            return raw.withPolicy(change.apply(current));
        } catch (IllegalArgumentException e) {
            throw new QosXmlException(location, "the value is not accepted: " + e.getMessage(), e);
        }
    }
}
