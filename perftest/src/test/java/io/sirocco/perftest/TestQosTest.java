package io.sirocco.perftest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import io.sirocco.dds.qos.ConsistencyKind;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.ServiceEnvironment;

/** Sirocco's own options become QoS on the test topics' endpoints. */
class TestQosTest {
    private static final ServiceEnvironment ENV = ServiceEnvironment.createInstance(TestQosTest.class.getClassLoader());

    private static TestQos qos(String... args) {
        return new TestQos(ENV, CommandLineParser.parse(args));
    }

    @Test
    void sharedMemoryTransportAsksForAccelerationOnTheTestTopicsOnly() {
        TestQos q = qos("-pub", "-transport", "shmem");
        assertEquals(AccelerationKind.REQUIRED, q.throughputWriter().get(Acceleration.class).getKind());
        assertEquals(AccelerationKind.REQUIRED, q.throughputReader().get(Acceleration.class).getKind());
        assertEquals(AccelerationKind.REQUIRED, q.latencyWriter().get(Acceleration.class).getKind());
        assertEquals(AccelerationKind.REQUIRED, q.latencyReader().get(Acceleration.class).getKind());
        assertEquals(AccelerationKind.NONE, q.announcementWriter().get(Acceleration.class).getKind());
    }

    @Test
    void atomicConsistencyGoesOnTheTestTopics() {
        TestQos q = qos("-sub", "-consistency", "ATOMIC");
        assertEquals(ConsistencyKind.ATOMIC, q.throughputReader().get(Consistency.class).getKind());
        assertEquals(ConsistencyKind.ATOMIC, q.latencyWriter().get(Consistency.class).getKind());
        assertEquals(AccelerationKind.NONE, q.throughputWriter().get(Acceleration.class).getKind());
    }

    @Test
    void theDefaultsAskForNeither() {
        TestQos q = qos("-pub");
        assertEquals(ConsistencyKind.EVENTUAL, q.throughputWriter().get(Consistency.class).getKind());
        assertEquals(AccelerationKind.NONE, q.latencyReader().get(Acceleration.class).getKind());
    }
}
