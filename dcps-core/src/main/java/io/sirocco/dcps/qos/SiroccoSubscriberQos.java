package io.sirocco.dcps.qos;

import java.util.LinkedHashMap;
import java.util.List;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.GroupData;
import org.omg.dds.core.policy.Partition;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.QosPolicy.ForSubscriber;
import org.omg.dds.sub.SubscriberQos;

/** Sirocco's immutable {@link SubscriberQos}: presentation, partitions, group data and entity factory. */
public final class SiroccoSubscriberQos extends PolicyMapQos<ForSubscriber, SiroccoSubscriberQos>
        implements SubscriberQos {
    private static final long serialVersionUID = 1L;

    private SiroccoSubscriberQos(ServiceEnvironment environment,
            LinkedHashMap<Class<? extends ForSubscriber>, ForSubscriber> policies) {
        super(environment, ForSubscriber.class, policies);
    }

    /**
     * The DDS default: {@code INSTANCE} presentation without coherent or ordered access, the default
     * partition, empty group data, created entities enabled automatically.
     */
    public static SiroccoSubscriberQos defaults(ServiceEnvironment env) {
        SiroccoPolicyFactory f = new SiroccoPolicyFactory(env);
        return new SiroccoSubscriberQos(env, mapOf(List.<ForSubscriber>of(
                f.Presentation(), f.Partition(), f.GroupData(), f.EntityFactory())));
    }

    @Override
    SiroccoSubscriberQos copyWith(LinkedHashMap<Class<? extends ForSubscriber>, ForSubscriber> policies) {
        return new SiroccoSubscriberQos(getEnvironment(), policies);
    }

    @Override
    String qosName() {
        return "SubscriberQos";
    }

    @Override
    public Presentation getPresentation() {
        return policy(Presentation.class);
    }

    @Override
    public Partition getPartition() {
        return policy(Partition.class);
    }

    @Override
    public GroupData getGroupData() {
        return policy(GroupData.class);
    }

    @Override
    public EntityFactory getEntityFactory() {
        return policy(EntityFactory.class);
    }
}
