package io.sirocco.conformance.dcps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.ParticipantBuiltinTopicData;
import org.omg.dds.topic.PublicationBuiltinTopicData;
import org.omg.dds.topic.SubscriptionBuiltinTopicData;
import org.omg.dds.topic.TopicBuiltinTopicData;

/** Reading a participant's built-in topic readers the way an application does: through the OMG API. */
final class BuiltinReaders {
    private final Subscriber builtin;

    BuiltinReaders(DomainParticipant participant) {
        this.builtin = participant.getBuiltinSubscriber();
    }

    DataReader<ParticipantBuiltinTopicData> participants() {
        return builtin.lookupDataReader("DCPSParticipant");
    }

    DataReader<TopicBuiltinTopicData> topics() {
        return builtin.lookupDataReader("DCPSTopic");
    }

    DataReader<PublicationBuiltinTopicData> publications() {
        return builtin.lookupDataReader("DCPSPublication");
    }

    DataReader<SubscriptionBuiltinTopicData> subscriptions() {
        return builtin.lookupDataReader("DCPSSubscription");
    }

    /** Copies of the valid samples of ALIVE instances (read, so they stay in the reader). */
    <T> List<Sample<T>> alive(DataReader<T> reader) {
        Subscriber.DataState state = builtin.createDataState().withAnySampleState().withAnyViewState()
                .with(InstanceState.ALIVE);
        List<Sample<T>> samples = reader.read(new ArrayList<>(), reader.select().dataState(state));
        samples.removeIf(s -> s.getData() == null);
        return samples;
    }

    /** Copies of every sample the reader holds, in any state. */
    <T> List<Sample<T>> all(DataReader<T> reader) {
        return reader.read(new ArrayList<>());
    }

    /** The data of the ALIVE instance whose sample passes {@code test}, if any. */
    <T> Optional<Sample<T>> aliveWhere(DataReader<T> reader, Predicate<T> test) {
        return alive(reader).stream().filter(s -> test.test(s.getData())).findFirst();
    }

    /** The latest instance state of the instance {@code handle} of {@code reader}, if it has samples. */
    <T> Optional<InstanceState> stateOf(DataReader<T> reader, InstanceHandle handle) {
        InstanceState state = null;
        for (Sample<T> sample : all(reader)) {
            if (sample.getInstanceHandle().equals(handle)) {
                state = sample.getInstanceState();
            }
        }
        return Optional.ofNullable(state);
    }
}
