package io.sirocco.rtps.participant;

import io.sirocco.dcps.core.Guid;
import io.sirocco.rtps.reader.RemoteWriter;
import io.sirocco.rtps.util.GuidTable;
import io.sirocco.rtps.writer.RtpsWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the receive path sends each submessage: a remote writer's DATA, HEARTBEAT and GAP go to the
 * reader states ({@link RemoteWriter}) matched with it; an ACKNACK or NACK_FRAG goes to the local
 * writer it names. Lookups are lock-free and allocation-free; changes copy the tables.
 */
final class Routes {
    private static final RemoteWriter[] NONE = new RemoteWriter[0];

    private volatile GuidTable<RemoteWriter[]> proxies = GuidTable.empty();
    private volatile GuidTable<RtpsWriter> writers = GuidTable.empty();

    /** The reader states of the remote writer with this GUID, or {@code null} when none. */
    RemoteWriter[] proxies(long high, long low) {
        return proxies.get(high, low);
    }

    /** The local writer with this entity id, or {@code null}. */
    RtpsWriter writer(int entityId) {
        return writers.get(0, entityId & 0xffffffffL);
    }

    synchronized void add(RemoteWriter proxy) {
        RemoteWriter[] current = proxies.get(proxy.guid());
        List<RemoteWriter> list = new ArrayList<>(List.of(current == null ? NONE : current));
        list.removeIf(p -> p.reader() == proxy.reader());
        list.add(proxy);
        proxies = proxies.with(proxy.guid(), list.toArray(NONE));
    }

    synchronized void remove(RemoteWriter proxy) {
        RemoteWriter[] current = proxies.get(proxy.guid());
        if (current == null) {
            return;
        }
        List<RemoteWriter> list = new ArrayList<>(List.of(current));
        list.remove(proxy);
        proxies = list.isEmpty() ? proxies.without(proxy.guid()) : proxies.with(proxy.guid(), list.toArray(NONE));
    }

    synchronized void add(RtpsWriter writer) {
        writers = writers.with(Guid.of(0, writer.entityId() & 0xffffffffL), writer);
    }

    synchronized void remove(RtpsWriter writer) {
        writers = writers.without(Guid.of(0, writer.entityId() & 0xffffffffL));
    }
}
