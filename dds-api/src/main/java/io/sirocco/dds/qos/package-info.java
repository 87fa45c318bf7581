/**
 * Sirocco's QoS policy extensions, used through the standard {@code withPolicy}/{@code get} API of
 * {@code TopicQos}, {@code DataWriterQos} and {@code DataReaderQos}:
 * {@link io.sirocco.dds.qos.Consistency} (EVENTUAL | ATOMIC, requested/offered) and
 * {@link io.sirocco.dds.qos.Acceleration} (NONE | PREFERRED | REQUIRED, a local choice).
 * Default QoS values carry {@code EVENTUAL} and {@code NONE}.
 */
package io.sirocco.dds.qos;
