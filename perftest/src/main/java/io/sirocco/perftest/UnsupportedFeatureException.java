package io.sirocco.perftest;

/** An option that is part of the interface but that no Sirocco module implements yet. */
public final class UnsupportedFeatureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFeatureException(String message) {
        super(message);
    }
}
