package io.sirocco.dds.qos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dds.testenv.RecordingServiceEnvironment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.RequestedOffered;

/** Sirocco's Consistency and Acceleration policies behave like the standard immutable policies. */
class ExtensionPoliciesTest {
    private final ServiceEnvironment env = new RecordingServiceEnvironment();

    @Test
    void consistencyFactoriesGiveTheirKind() {
        assertEquals(ConsistencyKind.ATOMIC, Consistency.atomic(env).getKind());
        assertEquals(ConsistencyKind.EVENTUAL, Consistency.eventual(env).getKind());
        assertEquals(ConsistencyKind.ATOMIC, Consistency.of(env, ConsistencyKind.ATOMIC).getKind());
        assertSame(env, Consistency.atomic(env).getEnvironment());
    }

    @Test
    void consistencyIsImmutable() {
        Consistency eventual = Consistency.eventual(env);
        Consistency atomic = eventual.withAtomic();
        assertEquals(ConsistencyKind.EVENTUAL, eventual.getKind());
        assertEquals(ConsistencyKind.ATOMIC, atomic.getKind());
        assertEquals(ConsistencyKind.EVENTUAL, atomic.withEventual().getKind());
        assertEquals(Consistency.atomic(env), atomic);
        assertEquals(Consistency.atomic(env).hashCode(), atomic.hashCode());
        assertNotEquals(eventual, atomic);
    }

    @Test
    void anAtomicWriterServesAtomicAndEventualReadersButAnEventualWriterOnlyEventualOnes() {
        Consistency atomic = Consistency.atomic(env);
        Consistency eventual = Consistency.eventual(env);
        assertTrue(atomic.satisfies(atomic));
        assertTrue(atomic.satisfies(eventual));
        assertTrue(eventual.satisfies(eventual));
        assertFalse(eventual.satisfies(atomic));
        // The PSM's generic requested/offered contract agrees.
        RequestedOffered<Consistency> offered = eventual;
        assertTrue(offered.requestedOfferedContract().compareTo(atomic) < 0);
        assertTrue(atomic.requestedOfferedContract().compareTo(eventual) >= 0);
    }

    @Test
    void consistencyAppliesToTopicsWritersAndReaders() {
        QosPolicy policy = Consistency.atomic(env);
        assertTrue(policy instanceof QosPolicy.ForTopic);
        assertTrue(policy instanceof QosPolicy.ForDataWriter);
        assertTrue(policy instanceof QosPolicy.ForDataReader);
        assertFalse(policy instanceof QosPolicy.ForPublisher);
    }

    @Test
    void accelerationIsALocalChoiceWithThreeKinds() {
        Acceleration none = Acceleration.none(env);
        Acceleration preferred = Acceleration.of(env, AccelerationKind.PREFERRED);
        assertEquals(AccelerationKind.NONE, none.getKind());
        assertFalse(none.isAccelerated());
        assertTrue(preferred.isAccelerated());
        assertEquals(AccelerationKind.REQUIRED, preferred.withKind(AccelerationKind.REQUIRED).getKind());
        assertEquals(AccelerationKind.PREFERRED, preferred.getKind());
        assertFalse(RequestedOffered.class.isAssignableFrom(Acceleration.class), "acceleration is not matched between endpoints");
        assertTrue(none instanceof QosPolicy.ForTopic && none instanceof QosPolicy.ForDataWriter
                && none instanceof QosPolicy.ForDataReader);
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        assertEquals("env must not be null",
                assertThrows(IllegalArgumentException.class, () -> Consistency.atomic(null)).getMessage());
        assertEquals("kind must not be null",
                assertThrows(IllegalArgumentException.class, () -> Consistency.of(env, null)).getMessage());
        assertEquals("kind must not be null", assertThrows(IllegalArgumentException.class,
                () -> Acceleration.none(env).withKind(null)).getMessage());
        assertEquals("requested must not be null", assertThrows(IllegalArgumentException.class,
                () -> Consistency.atomic(env).satisfies(null)).getMessage());
    }

    @Test
    void policiesSerializeWithTheirKind() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(Consistency.atomic(env));
            out.writeObject(Acceleration.of(env, AccelerationKind.REQUIRED));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(ConsistencyKind.ATOMIC, ((Consistency) in.readObject()).getKind());
            assertEquals(AccelerationKind.REQUIRED, ((Acceleration) in.readObject()).getKind());
        }
    }
}
