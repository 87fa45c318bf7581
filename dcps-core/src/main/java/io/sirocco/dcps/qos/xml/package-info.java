/**
 * QoS profiles from XML: Sirocco's {@code QosProvider}
 * ({@link io.sirocco.dcps.qos.xml.XmlQosProvider}), registered through
 * {@link io.sirocco.dcps.qos.xml.XmlQosProviderFactory}, and the writer that turns QoS back into XML
 * ({@link io.sirocco.dcps.qos.xml.QosXmlWriter}).
 *
 * <p><b>Dialects.</b> OMG DDS-XML 1.0 QoS libraries ({@code <dds>} or a bare {@code <qos_library>}),
 * RTI's additions ({@code <base_name><element>} composition, {@code topic_filter} lists,
 * {@code is_default_participant_factory_profile}, comma-separated octets), OpenDDS' library-less
 * {@code <qos_profile>}s under {@code <dds>}, Cyclone DDS 11's named entity QoS
 * ({@code Lib::Profile::Name}, {@code <domainparticipant_qos>}, base64 octets) and, as an import,
 * Fast DDS {@code <profiles>}. Elements may be in {@code http://www.omg.org/spec/DDS-XML},
 * {@code http://www.omg.org/dds}, {@code http://www.omg.org/dds/} or in no namespace.
 *
 * <p><b>Policies.</b> Every standard policy, with DDS-XML's element names and {@code _QOS}
 * enumerations; durations as {@code <sec>}/{@code <nanosec>} with {@code DURATION_INFINITE_SEC},
 * {@code DURATION_INFINITE_NSEC}, {@code DURATION_ZERO_SEC}, {@code DURATION_ZERO_NSEC} and
 * {@code DURATION_INFINITY}; counts with {@code LENGTH_UNLIMITED}; sequences as {@code <element>}s.
 * Sirocco's extensions apply to topic, writer and reader QoS:
 * {@code <consistency><kind>EVENTUAL_CONSISTENCY_QOS|ATOMIC_CONSISTENCY_QOS</kind></consistency>} and
 * {@code <acceleration><kind>NONE_ACCELERATION_QOS|PREFERRED_ACCELERATION_QOS|REQUIRED_ACCELERATION_QOS</kind>}
 * {@code </acceleration>}
 * (the bare {@code EVENTUAL}, {@code ATOMIC}, {@code NONE}, {@code PREFERRED}, {@code REQUIRED} are
 * accepted too).
 *
 * <p><b>Errors.</b> Malformed XML, unknown elements and attributes, bad values, unknown bases and
 * cycles fail with a {@link io.sirocco.dcps.qos.xml.QosXmlException} whose message is
 * {@code source:line:column: element/path: problem; expected ...}. Parsing uses the JDK's StAX reader
 * with DTDs and external entities off.
 */
package io.sirocco.dcps.qos.xml;
