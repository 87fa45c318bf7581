package io.sirocco.rtps.wire;

/** The inline QoS parameters Sirocco understands; others with the must-understand bit drop their submessage. */
final class InlineQos {
    private InlineQos() {
    }

    static boolean understood(int pid) {
        int plain = pid & ~ParameterIds.MUST_UNDERSTAND;
        return plain == ParameterIds.KEY_HASH || plain == ParameterIds.STATUS_INFO
                || plain == ParameterIds.COHERENT_SET || plain == ParameterIds.PAD;
    }
}
