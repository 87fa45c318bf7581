/**
 * Sirocco's QoS: one immutable class per standard policy ({@code DurabilityPolicy}, ...), the
 * {@link io.sirocco.dcps.qos.SiroccoPolicyFactory} of their defaults, the seven immutable entity QoS
 * classes and their {@link io.sirocco.dcps.qos.QosDefaults}, and the rules entities apply to them:
 * {@link io.sirocco.dcps.qos.QosRules} (consistency, changeability after enable),
 * {@link io.sirocco.dcps.qos.QosMatching} (requested/offered compatibility and partitions) and
 * {@link io.sirocco.dcps.qos.QosCopy} ({@code copyFromTopicQos}).
 *
 * <p>Every value here is immutable and may be shared between threads and entities. Standard policies
 * are stored in a QoS under their OMG interface ({@code Durability.class}), extension policies such
 * as {@code Consistency} under their own class.
 */
package io.sirocco.dcps.qos;
