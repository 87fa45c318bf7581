package io.sirocco.dcps.domain;

import io.sirocco.dcps.spi.DataPath;
import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import io.sirocco.dds.qos.ConsistencyKind;
import java.util.List;
import java.util.Map;

/**
 * What an endpoint's Sirocco policies ask of the paths it gets. Acceleration needs a path that
 * accelerates ({@link DataPath#accelerates}): without one, REQUIRED refuses to enable the endpoint
 * and PREFERRED falls back to the ordinary paths with a warning. ATOMIC consistency needs the group
 * engine (module sirocco-stores), which claims such endpoints when it is on the class path; an
 * ATOMIC endpoint left unclaimed matches as the policy says but delivers with EVENTUAL semantics,
 * and says so in a warning.
 */
final class ExtensionPolicies {
    private static final System.Logger LOG = System.getLogger(ExtensionPolicies.class.getName());

    private ExtensionPolicies() {
    }

    /**
     * Checks an endpoint that no path claimed for itself (so it gets the ordinary paths).
     *
     * @param qos the endpoint's QoS (a writer's or reader's; both are maps from policy class to policy)
     * @param entity how messages name the endpoint
     * @throws UnsupportedOperationException for Acceleration REQUIRED without an accelerating path
     */
    static void checkUnclaimed(List<DataPath> paths, Map<?, ?> qos, String entity) {
        AccelerationKind acceleration = qos.get(Acceleration.class) instanceof Acceleration a ? a.getKind()
                : AccelerationKind.NONE;
        if (acceleration != AccelerationKind.NONE && paths.stream().noneMatch(DataPath::accelerates)) {
            if (acceleration == AccelerationKind.REQUIRED) {
                throw new UnsupportedOperationException("cannot enable the " + entity + ": its Acceleration is "
                        + "REQUIRED but no accelerated path (shared memory, RDMA) is available in this process; "
                        + "use PREFERRED to fall back to the network, or NONE");
            }
            LOG.log(System.Logger.Level.WARNING, "the {0} asks for Acceleration PREFERRED; no accelerated path is "
                    + "available in this process, so it uses the ordinary paths", entity);
        }
        if (qos.get(Consistency.class) instanceof Consistency c && c.getKind() == ConsistencyKind.ATOMIC) {
            LOG.log(System.Logger.Level.WARNING, "the {0} asks for Consistency ATOMIC; it is matched accordingly, "
                    + "but no group engine carries it in this process (sirocco-stores is not on the class path, or "
                    + "sirocco.groupEngine=false), so its samples are delivered with EVENTUAL semantics (no total "
                    + "order across writers)", entity);
        }
    }
}
