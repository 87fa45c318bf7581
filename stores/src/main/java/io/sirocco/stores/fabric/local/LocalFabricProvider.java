package io.sirocco.stores.fabric.local;

import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.FabricProvider;
import io.sirocco.stores.fabric.GroupLayout;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-JVM fabric ("local"): members are threads of this JVM, rows are plain off-heap memory.
 * For tests; it is registered with {@link java.util.ServiceLoader} only in this module's test
 * resources, so production never picks it, and has the lowest preference anyway.
 */
public final class LocalFabricProvider implements FabricProvider {

    public static final String NAME = "local";
    private static final String JVM = NAME + ':' + ProcessHandle.current().pid() + ':'
            + ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(0L) + ':';
    private static final AtomicLong NEXT = new AtomicLong();

    private final String locator = JVM + NEXT.incrementAndGet();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int preference() {
        return Integer.MIN_VALUE;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public String localLocator() {
        return locator;
    }

    @Override
    public boolean reaches(String peerLocator) {
        return peerLocator != null && peerLocator.startsWith(JVM);
    }

    @Override
    public FabricGroup open(GroupLayout layout) throws FabricException {
        for (String peer : layout.memberLocators()) {
            if (!reaches(peer)) {
                throw new FabricException("local fabric: member " + peer + " of group " + layout.group()
                        + " is not in this JVM");
            }
        }
        return new LocalFabricGroup(layout, LocalFabric.attach(layout.group(), layout.viewId(),
                layout.members(), layout.rowBytes()));
    }
}
