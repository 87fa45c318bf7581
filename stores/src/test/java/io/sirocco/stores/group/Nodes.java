package io.sirocco.stores.group;

import io.sirocco.stores.fabric.FabricProvider;
import io.sirocco.stores.fabric.local.LocalFabric;
import io.sirocco.stores.fabric.local.LocalFabricProvider;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Processes of one group on the local fabric whose membership grows and shrinks: the first ones
 * open view 1, newcomers join later views. Each message carries {@code [origin][counter]}, where the
 * origin is the process's number here (ranks change across views; origins do not), and recorders
 * keep {@code origin << 32 | counter} with the view it was delivered in.
 */
final class Nodes implements AutoCloseable {

    static final int MAX_ORIGINS = 8;
    private static final AtomicInteger GROUPS = new AtomicInteger();

    final String group = "mc-" + GROUPS.incrementAndGet();
    final GroupConfig config;
    final List<Node> all = new CopyOnWriteArrayList<>();
    private final List<Thread> senders = new ArrayList<>();
    private final List<Throwable> senderErrors = new CopyOnWriteArrayList<>();

    /** One process: its provider (hence locator), group once started, recorder and views. */
    static final class Node {
        final int origin;
        final FabricProvider provider = new LocalFabricProvider();
        final String locator = provider.localLocator();
        final Cluster.Recorder recorder = new Cluster.Recorder(MAX_ORIGINS, null);
        final List<GroupView> views = new CopyOnWriteArrayList<>();
        volatile MulticastGroup group;
        volatile int sent;
        volatile Boolean leftGracefully;

        Node(int origin) {
            this.origin = origin;
        }

        ViewListener listener() {
            return view -> {
                views.add(view);
                recorder.viewId = view.viewId();
            };
        }

        /** Messages delivered here in views before {@code vid}. */
        int deliveredBefore(long vid) {
            long n = 0;
            for (long v = 1; v < vid; v++) {
                n += recorder.deliveredIn(v);
            }
            return (int) n;
        }
    }

    Nodes(int n, GroupConfig config) throws Exception {
        this.config = config;
        List<String> locators = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            Node node = newcomer();
            locators.add(node.locator);
        }
        for (int r = 0; r < n; r++) {
            Node node = all.get(r);
            node.group = MulticastGroup.open(node.provider, group, 1, locators, r, config, node.recorder,
                    node.listener());
        }
    }

    Node node(int origin) {
        return all.get(origin);
    }

    /** A process that is not a member yet. */
    Node newcomer() {
        Node node = new Node(all.size());
        all.add(node);
        return node;
    }

    /** What discovery would do: tells every started, running process that {@code joiner} wants in. */
    void announce(Node joiner) {
        for (Node n : all) {
            if (n.group != null && n.group.isRunning() && n != joiner) {
                n.group.requestJoin(joiner.locator);
            }
        }
    }

    /** Waits until {@code member} installed a view with {@code joiner} in it, and starts the joiner there. */
    GroupView join(Node member, Node joiner) throws Exception {
        Cluster.await("a view with origin " + joiner.origin, () -> viewWith(member, joiner) != null);
        GroupView v = viewWith(member, joiner);
        joiner.group = MulticastGroup.join(joiner.provider, group, v.viewId(), v.memberLocators(),
                v.rankOf(joiner.locator), config, joiner.recorder, joiner.listener());
        return v;
    }

    private static GroupView viewWith(Node member, Node joiner) {
        for (GroupView v : member.views) {
            if (v.rankOf(joiner.locator) >= 0) {
                return v;
            }
        }
        return null;
    }

    LocalFabric wire(long viewId) {
        return LocalFabric.find(group, viewId);
    }

    /** Sends {@code count} more messages from {@code node} on a thread; then leaves if asked. */
    void startSending(Node node, int count, boolean thenLeave) {
        senders.add(Thread.ofPlatform().name("send-" + group + "-" + node.origin).start(() -> {
            try {
                int end = node.sent + count;
                for (int i = node.sent; i < end; i++) {
                    sendOne(node, i);
                    node.sent = i + 1;
                }
                if (thenLeave) {
                    node.leftGracefully = node.group.leave();
                }
            } catch (IllegalStateException e) {
                if (node.group.isRunning()) {
                    senderErrors.add(e); // a running group must never refuse its sender
                }
            } catch (Throwable t) {
                senderErrors.add(t);
            }
        }));
    }

    static void sendOne(Node node, int counter) {
        var slot = node.group.claim();
        slot.payload().set(ValueLayout.JAVA_INT_UNALIGNED, 0, node.origin);
        slot.payload().set(ValueLayout.JAVA_INT_UNALIGNED, 4, counter);
        node.group.commit(slot, 8);
    }

    void joinSenders() throws InterruptedException {
        for (Thread t : senders) {
            if (!t.join(java.time.Duration.ofNanos(Cluster.WAIT_NANOS))) {
                throw new AssertionError("sender " + t.getName() + " still blocked");
            }
        }
        senders.clear();
        if (!senderErrors.isEmpty()) {
            throw new AssertionError("sender failed", senderErrors.get(0));
        }
    }

    /** Waits until {@code node} delivered at least {@code count} messages of {@code origin}. */
    static void awaitFrom(Node node, int origin, int count) throws InterruptedException {
        Cluster.await("origin " + node.origin + " delivers " + count + " from " + origin + " (has "
                + node.recorder.from(origin) + ")", () -> {
                    if (!node.group.isRunning()) {
                        throw new AssertionError("origin " + node.origin + " stopped", node.group.failure());
                    }
                    return node.recorder.from(origin) >= count;
                });
    }

    @Override
    public void close() {
        for (Node n : all) {
            if (n.group != null) {
                n.group.close();
            }
        }
    }
}
