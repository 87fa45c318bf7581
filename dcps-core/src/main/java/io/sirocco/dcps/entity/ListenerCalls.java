package io.sirocco.dcps.entity;

/** How Sirocco treats exceptions thrown by application listeners: logged, never propagated. */
public final class ListenerCalls {
    private static final System.Logger LOG = System.getLogger("io.sirocco.dcps.listener");

    private ListenerCalls() {
    }

    /** Logs an exception thrown by a listener callback. */
    public static void failed(String callback, Throwable error) {
        LOG.log(System.Logger.Level.WARNING, "listener " + callback + " threw; Sirocco carries on", error);
    }
}
