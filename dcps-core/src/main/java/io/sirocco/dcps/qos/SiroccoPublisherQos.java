package io.sirocco.dcps.qos;

import java.util.LinkedHashMap;
import java.util.List;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.GroupData;
import org.omg.dds.core.policy.Partition;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.QosPolicy.ForPublisher;
import org.omg.dds.pub.PublisherQos;

/** Sirocco's immutable {@link PublisherQos}: presentation, partitions, group data and entity factory. */
public final class SiroccoPublisherQos extends PolicyMapQos<ForPublisher, SiroccoPublisherQos>
        implements PublisherQos {
    private static final long serialVersionUID = 1L;

    private SiroccoPublisherQos(ServiceEnvironment environment,
            LinkedHashMap<Class<? extends ForPublisher>, ForPublisher> policies) {
        super(environment, ForPublisher.class, policies);
    }

    /**
     * The DDS default: {@code INSTANCE} presentation without coherent or ordered access, the default
     * partition, empty group data, created entities enabled automatically.
     */
    public static SiroccoPublisherQos defaults(ServiceEnvironment env) {
        SiroccoPolicyFactory f = new SiroccoPolicyFactory(env);
        return new SiroccoPublisherQos(env, mapOf(List.<ForPublisher>of(
                f.Presentation(), f.Partition(), f.GroupData(), f.EntityFactory())));
    }

    @Override
    SiroccoPublisherQos copyWith(LinkedHashMap<Class<? extends ForPublisher>, ForPublisher> policies) {
        return new SiroccoPublisherQos(getEnvironment(), policies);
    }

    @Override
    String qosName() {
        return "PublisherQos";
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
