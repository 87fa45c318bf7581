package io.sirocco.dcps.builtin;

/** A built-in topic sample: keyed by the GUID of the entity it describes. */
public interface BuiltinSample {

    /** The sample's key, mutable for codecs. */
    BuiltinKey key();
}
