package io.sirocco.stores.dcps;

import io.sirocco.dcps.spi.DataPath;
import io.sirocco.dcps.spi.DataPathProvider;
import io.sirocco.dcps.spi.ParticipantContext;

/**
 * Puts the group engine beneath DCPS: every participant gets a {@link GroupPath}, which claims the
 * ATOMIC and accelerated endpoints; none for the participant the engine makes for its own
 * membership topic, and none at all with {@code sirocco.groupEngine=false} (then such endpoints
 * take the ordinary paths, as in a process without this module).
 */
public final class GroupPathProvider implements DataPathProvider {

    @Override
    public String name() {
        return "group";
    }

    @Override
    public DataPath open(ParticipantContext participant) {
        if (GroupDomain.CREATING.get() || !io.sirocco.dcps.core.Setting.of("groupEngine").bool(true)) {
            return null;
        }
        return new GroupPath(participant, GroupSettings.fromEnvironment());
    }
}
