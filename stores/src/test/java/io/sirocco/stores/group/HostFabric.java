package io.sirocco.stores.group;

import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.FabricProvider;
import io.sirocco.stores.fabric.GroupLayout;
import io.sirocco.stores.fabric.local.LocalFabricProvider;
import java.util.List;

/**
 * The in-JVM fabric restricted to the members of one simulated host, as shared memory is in a real
 * deployment: it reaches only locators of the same host, and each host's members meet on a wire of
 * their own ({@code <group>@<host>}), apart from the far fabric's wire of the same group.
 */
final class HostFabric implements FabricProvider {
    private final String host;
    private final LocalFabricProvider inner = new LocalFabricProvider();

    HostFabric(String host) {
        this.host = host;
    }

    static String nearGroup(String group, String host) {
        return group + "@" + host;
    }

    @Override
    public String name() {
        return "host";
    }

    @Override
    public int preference() {
        return 0;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public String localLocator() {
        return host + "/" + inner.localLocator();
    }

    @Override
    public boolean reaches(String peerLocator) {
        return peerLocator.startsWith(host + "/");
    }

    @Override
    public FabricGroup open(GroupLayout layout) throws FabricException {
        List<String> inners = layout.memberLocators().stream().map(l -> l.substring(l.indexOf('/') + 1)).toList();
        return inner.open(new GroupLayout(nearGroup(layout.group(), host), layout.viewId(), inners, layout.myRank(),
                layout.rowBytes()));
    }
}
