package io.sirocco.dcps.qos.xml;

import java.util.ArrayList;
import java.util.List;
import org.omg.dds.core.ServiceEnvironment;

/**
 * The profile documents one environment knows: the default profile files (loaded on first need) and
 * every document opened with {@code QosProvider.newQosProvider}. {@code Entity.setQos(library,
 * profile)} looks names up in all of them, the most recently opened document first and the default
 * files last, so that a library can be loaded from the class path and then used by name; a document
 * may also name, in its {@code base_name}s, profiles of documents known before it. Re-opening a
 * document replaces its earlier copy.
 *
 * <p>Only the default files' {@code is_default_qos} profile becomes the environment's default QoS.
 */
final class ProfileRegistry {
    private final DefaultProfileFiles defaultFiles;
    private List<QosDocument> defaults;
    private final List<QosDocument> opened = new ArrayList<>();

    ProfileRegistry(DefaultProfileFiles defaultFiles) {
        this.defaultFiles = defaultFiles;
    }

    /**
     * A provider for the document at {@code uri}, whose own profile is {@code profileName} or, when that
     * is null or empty, the document's {@code is_default_qos} profile.
     */
    synchronized XmlQosProvider open(ServiceEnvironment environment, String uri, String profileName) {
        List<QosDocument> known = known();
        QosDocument document = ProfileSource.load(uri);
        List<QosDocument> scope = new ArrayList<>();
        scope.add(document);
        for (QosDocument other : known) {
            if (!other.source().equals(document.source())) {
                scope.add(other);
            }
        }
        ProfileResolver resolver = new ProfileResolver(scope);
        resolver.validate(document);
        QosProfile defaultProfile = marked(List.of(document), false);
        QosProfile factoryProfile = marked(List.of(document), true);
        QosProfile profile = defaultProfile;
        if (profileName != null && !profileName.isBlank()) {
            profile = resolver.profile(profileName, null,
                    problem -> new IllegalArgumentException("profile " + problem));
            if (profile == null) {
                throw new IllegalArgumentException("profile \"" + profileName + "\" is not a qos_profile of \""
                        + document.source() + "\" nor of a document opened before; known profiles: "
                        + String.join(", ", resolver.profileIds()));
            }
            factoryProfile = null;
        }
        opened.removeIf(other -> other.source().equals(document.source()));
        opened.add(document);
        return new XmlQosProvider(environment, resolver, profile, factoryProfile);
    }

    /**
     * The provider behind {@code Entity.setQos(library, profile)} and the environment's default QoS:
     * every known document, with the default files' {@code is_default_qos} profile as its own; null when
     * no document is known at all.
     */
    synchronized XmlQosProvider defaultProvider(ServiceEnvironment environment) {
        List<QosDocument> scope = known();
        if (scope.isEmpty()) {
            return null;
        }
        List<QosDocument> defaultDocuments = defaults();
        return new XmlQosProvider(environment, new ProfileResolver(scope), marked(defaultDocuments, false),
                marked(defaultDocuments, true));
    }

    /** Opened documents, newest first, then the default files. */
    private List<QosDocument> known() {
        List<QosDocument> scope = new ArrayList<>(opened.reversed());
        scope.addAll(defaults());
        return scope;
    }

    private List<QosDocument> defaults() {
        if (defaults == null) {
            List<QosDocument> documents = new ArrayList<>();
            for (String location : defaultFiles.locations()) {
                QosDocument document;
                try {
                    document = ProfileSource.load(location);
                } catch (QosXmlException e) {
                    throw e;
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("the default QoS profile file \"" + location + "\" (from "
                            + defaultFiles.origin() + ") cannot be used: " + e.getMessage(), e);
                }
                List<QosDocument> scope = new ArrayList<>();
                scope.add(document);
                scope.addAll(documents);
                new ProfileResolver(scope).validate(document);
                documents.add(document);
            }
            marked(documents, false);
            marked(documents, true);
            defaults = List.copyOf(documents);
        }
        return defaults;
    }

    /** The one profile marked as default (or factory default) in {@code documents}, or null. */
    private static QosProfile marked(List<QosDocument> documents, boolean factory) {
        QosProfile found = null;
        for (QosDocument document : documents) {
            for (QosProfile profile : document.profiles()) {
                if (factory ? profile.isFactoryDefault() : profile.isDefault()) {
                    if (found != null) {
                        throw profile.location().error((factory ? "is_default_participant_factory_profile"
                                : "is_default_qos") + " is already set on profile \"" + found.id() + "\" at "
                                + found.location() + "; only one profile can be the default");
                    }
                    found = profile;
                }
            }
        }
        return found;
    }
}
