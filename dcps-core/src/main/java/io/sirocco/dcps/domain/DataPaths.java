package io.sirocco.dcps.domain;

import io.sirocco.dcps.intra.IntraProcessPath;
import io.sirocco.dcps.spi.DataPath;
import io.sirocco.dcps.spi.DataPathProvider;
import io.sirocco.dcps.spi.ParticipantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Opens a participant's paths: intra-process always, then each transport found on the class path. */
final class DataPaths {
    private static final System.Logger LOG = System.getLogger(DataPaths.class.getName());

    private DataPaths() {
    }

    /**
     * {@code sirocco.intraProcess} / {@code SIROCCO_INTRA_PROCESS} (default true). Off, participants
     * of one JVM talk only through the transports, as if they were in different processes, which
     * tests and diagnosis of the wire protocol need.
     */
    static boolean intraProcessEnabled() {
        return io.sirocco.dcps.core.Setting.of("intraProcess").bool(true);
    }

    static List<DataPath> open(ParticipantContext participant) {
        List<DataPath> paths = new ArrayList<>();
        if (intraProcessEnabled()) {
            paths.add(IntraProcessPath.open(participant));
        }
        for (DataPathProvider provider : ServiceLoader.load(DataPathProvider.class, DataPaths.class.getClassLoader())) {
            try {
                DataPath path = provider.open(participant);
                if (path != null) {
                    paths.add(path);
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the " + provider.name() + " transport failed to start for "
                        + "participant " + participant.guid() + "; carrying on without it", e);
            }
        }
        return paths;
    }
}
