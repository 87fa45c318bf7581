package io.sirocco.dcps.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.omg.dds.core.status.DataAvailableStatus;
import org.omg.dds.core.status.DataOnReadersStatus;
import org.omg.dds.core.status.InconsistentTopicStatus;
import org.omg.dds.core.status.LivelinessChangedStatus;
import org.omg.dds.core.status.LivelinessLostStatus;
import org.omg.dds.core.status.OfferedDeadlineMissedStatus;
import org.omg.dds.core.status.OfferedIncompatibleQosStatus;
import org.omg.dds.core.status.PublicationMatchedStatus;
import org.omg.dds.core.status.RequestedDeadlineMissedStatus;
import org.omg.dds.core.status.RequestedIncompatibleQosStatus;
import org.omg.dds.core.status.SampleLostStatus;
import org.omg.dds.core.status.SampleRejectedStatus;
import org.omg.dds.core.status.Status;
import org.omg.dds.core.status.SubscriptionMatchedStatus;

class StatusKindsTest {
    private static void assertRejectsStatuses(Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith("statuses"), e.getMessage());
    }

    @Test
    void allHoldsTheThirteenStatusKindsAndCannotBeModified() {
        assertEquals(Set.of(InconsistentTopicStatus.class, SampleLostStatus.class, SampleRejectedStatus.class,
                LivelinessLostStatus.class, LivelinessChangedStatus.class, OfferedDeadlineMissedStatus.class,
                RequestedDeadlineMissedStatus.class, OfferedIncompatibleQosStatus.class,
                RequestedIncompatibleQosStatus.class, PublicationMatchedStatus.class,
                SubscriptionMatchedStatus.class, DataAvailableStatus.class, DataOnReadersStatus.class),
                StatusKinds.ALL);
        assertThrows(UnsupportedOperationException.class, () -> StatusKinds.ALL.remove(SampleLostStatus.class));
        assertTrue(StatusKinds.NONE.isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> StatusKinds.NONE.add(SampleLostStatus.class));
    }

    @Test
    void ofBuildsAnUnmodifiableSetFromACollectionOrArguments() {
        Set<Class<? extends Status>> kinds = StatusKinds.of(DataAvailableStatus.class, SampleLostStatus.class,
                DataAvailableStatus.class);
        assertEquals(Set.of(DataAvailableStatus.class, SampleLostStatus.class), kinds);
        assertThrows(UnsupportedOperationException.class, () -> kinds.add(SampleRejectedStatus.class));
        List<Class<? extends Status>> list = new ArrayList<>(List.of(PublicationMatchedStatus.class));
        Set<Class<? extends Status>> fromList = StatusKinds.of(list);
        list.add(SampleLostStatus.class);
        assertEquals(Set.of(PublicationMatchedStatus.class), fromList);
        assertEquals(StatusKinds.ALL, StatusKinds.of(StatusKinds.ALL));
        assertEquals(StatusKinds.NONE, StatusKinds.of());
    }

    @Test
    void nullsAndClassesThatAreNotStatusKindsAreRejectedNamingStatuses() {
        assertRejectsStatuses(() -> StatusKinds.of((List<Class<? extends Status>>) null));
        assertRejectsStatuses(() -> StatusKinds.of((Class<? extends Status>[]) null));
        assertRejectsStatuses(() -> StatusKinds.of(Arrays.asList(SampleLostStatus.class, null)));
        assertRejectsStatuses(() -> StatusKinds.of(Status.class));
        assertRejectsStatuses(() -> StatusKinds.of(SampleLostSnapshot.class));
        assertRejectsStatuses(() -> StatusKinds.mask(List.of(Status.class)));
    }

    @Test
    void masksUseTheDdsStatusBitsAndRoundTrip() {
        assertEquals(1, StatusKinds.bit(InconsistentTopicStatus.class));
        assertEquals(1 << 10, StatusKinds.bit(DataAvailableStatus.class));
        assertEquals(1 << 14, StatusKinds.bit(SubscriptionMatchedStatus.class));
        int mask = StatusKinds.mask(List.of(DataAvailableStatus.class, LivelinessLostStatus.class));
        assertEquals((1 << 10) | (1 << 11), mask);
        assertEquals(Set.of(DataAvailableStatus.class, LivelinessLostStatus.class), StatusKinds.fromMask(mask));
        assertEquals(StatusKinds.ALL, StatusKinds.fromMask(-1));
        assertEquals(StatusKinds.NONE, StatusKinds.fromMask(0));
    }
}
