package io.sirocco.stores.fabric;

/** A fabric could not be opened or used: the message says which resource and why. */
public final class FabricException extends Exception {
    private static final long serialVersionUID = 1L;

    public FabricException(String message) {
        super(message);
    }

    public FabricException(String message, Throwable cause) {
        super(message, cause);
    }
}
