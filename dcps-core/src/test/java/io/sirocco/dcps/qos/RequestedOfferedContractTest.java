package io.sirocco.dcps.qos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.policy.DataRepresentation;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.LatencyBudget;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.RequestedOffered;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;

/**
 * {@code offered.requestedOfferedContract().compareTo(requested) >= 0} must hold exactly when the
 * offer satisfies the request, for every pair of sample values of each requested/offered policy.
 */
class RequestedOfferedContractTest {
    private final SiroccoPolicyFactory f = new SiroccoPolicyFactory(new TestEnvironment());

    private static <P extends RequestedOffered<P>> void assertContractAgrees(List<P> values,
            BiPredicate<P, P> satisfies) {
        for (P offered : values) {
            for (P requested : values) {
                boolean expected = satisfies.test(offered, requested);
                assertEquals(expected, offered.requestedOfferedContract().compareTo(requested) >= 0,
                        () -> offered + " offered against " + requested + " requested");
            }
            assertEquals(0, offered.requestedOfferedContract().compareTo(offered), () -> offered + " against itself");
        }
    }

    @Test
    void durabilityContractOrdersKinds() {
        List<Durability> values = List.of(f.Durability(), f.Durability().withTransientLocal(),
                f.Durability().withTransient(), f.Durability().withPersistent());
        assertContractAgrees(values, QosMatching::satisfies);
        assertTrue(values.get(3).compareTo(values.get(0)) > 0);
    }

    @Test
    void reliabilityContractIgnoresTheBlockingTime() {
        List<Reliability> values = List.of(f.Reliability(), f.Reliability().withReliable(),
                f.Reliability().withReliable().withMaxBlockingTime(5, TimeUnit.SECONDS),
                f.Reliability().withMaxBlockingTime(0, TimeUnit.SECONDS));
        assertContractAgrees(values, QosMatching::satisfies);
    }

    @Test
    void destinationOrderContractOrdersKinds() {
        assertContractAgrees(List.of(f.DestinationOrder(), f.DestinationOrder().withSourceTimestamp()),
                QosMatching::satisfies);
    }

    @Test
    void deadlineAndLatencyBudgetContractsFavourShorterDurations() {
        assertContractAgrees(List.of(f.Deadline(), f.Deadline().withPeriod(1, TimeUnit.SECONDS),
                f.Deadline().withPeriod(10, TimeUnit.MILLISECONDS)), QosMatching::satisfies);
        assertContractAgrees(List.of(f.LatencyBudget(), f.LatencyBudget().withDuration(1, TimeUnit.SECONDS),
                f.LatencyBudget().withDuration(3, TimeUnit.MILLISECONDS)), QosMatching::satisfies);
        assertTrue(f.Deadline().withPeriod(1, TimeUnit.SECONDS).compareTo(f.Deadline()) > 0, "shorter is stronger");
    }

    @Test
    void livelinessContractNeedsBothKindAndLease() {
        List<Liveliness> values = new ArrayList<>();
        for (Liveliness.Kind kind : Liveliness.Kind.values()) {
            values.add(f.Liveliness().withKind(kind));
            values.add(f.Liveliness().withKind(kind).withLeaseDuration(1, TimeUnit.SECONDS));
            values.add(f.Liveliness().withKind(kind).withLeaseDuration(5, TimeUnit.SECONDS));
        }
        assertContractAgrees(values, QosMatching::satisfies);
    }

    @Test
    void presentationContractNeedsScopeAndEveryRequestedFlag() {
        List<Presentation> values = new ArrayList<>();
        for (Presentation.AccessScopeKind scope : Presentation.AccessScopeKind.values()) {
            for (boolean coherent : new boolean[] {false, true}) {
                for (boolean ordered : new boolean[] {false, true}) {
                    values.add(f.Presentation().withAccessScope(scope).withCoherentAccess(coherent)
                            .withOrderedAccess(ordered));
                }
            }
        }
        assertContractAgrees(values, QosMatching::satisfies);
    }

    @Test
    void ownershipContractIsEquality() {
        assertContractAgrees(List.of(f.Ownership(), f.Ownership().withExclusive()), QosMatching::satisfies);
    }

    @Test
    void dataRepresentationContractIsMembershipOfTheWritersFirstChoice() {
        List<DataRepresentation> values = List.of(f.Representation(), f.Representation().withValue((short) 0),
                f.Representation().withValue((short) 2), f.Representation().withValue((short) 2, (short) 0),
                f.Representation().withValue((short) 0, (short) 2));
        assertContractAgrees(values, QosMatching::satisfies);
    }

    @Test
    void typeConsistencyNeverBlocksAMatch() {
        List<TypeConsistencyEnforcement> values = new ArrayList<>();
        for (TypeConsistencyEnforcement.Kind kind : TypeConsistencyEnforcement.Kind.values()) {
            values.add(f.TypeConsistency().withKind(kind));
        }
        assertContractAgrees(values, (offered, requested) -> true);
    }
}
