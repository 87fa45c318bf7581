package org.omg.dds.core.policy;

/** TODO */
public interface History extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter {

    /** TODO */
    History.Kind getKind();

    /** TODO */
    int getDepth();

    /** TODO */
    History withKind(History.Kind kind);

    /** TODO */
    History withDepth(int value);

    /** TODO */
    History withKeepAll();

    /** TODO */
    History withKeepLast(int value);

    /** TODO */
    public static enum Kind {
        KEEP_LAST,
        KEEP_ALL;

    }
}
