package io.sirocco.dcps.type.pojo;

import io.sirocco.dcps.type.TypeExtensibility;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.omg.dds.type.Extensibility;
import org.omg.dds.type.ID;
import org.omg.dds.type.Key;
import org.omg.dds.type.MustUnderstand;
import org.omg.dds.type.Optional;
import org.omg.dds.type.UnionDiscriminator;
import org.omg.dds.type.UnionMember;

/**
 * Builds the {@link StructCodec} of a class by reflection, once per class (cached in a
 * {@link ClassValue}, so classes stay unloadable).
 *
 * <p>Rules, checked here and reported as {@link UnsupportedTypeException}:
 * <ul>
 *   <li>a concrete, non-enum, non-record class, top-level or static nested, outside the JDK, with a
 *       no-argument constructor of any visibility;</li>
 *   <li>members are the non-static, non-transient, non-synthetic fields of any visibility,
 *       superclass fields first, each class's fields in declaration order; none may be final;</li>
 *   <li>member ids: {@link ID} where given, else one more than the previous member's (the first is
 *       0), as IDL's default {@code @autoid(SEQUENTIAL)}; ids must be unique and fit 28 bits;</li>
 *   <li>{@link Optional} members must have a reference type (use {@code Integer}, not {@code int}),
 *       and cannot be {@link Key}s; unions are not supported;</li>
 *   <li>extensibility from {@link Extensibility} (inherited), FINAL when absent;</li>
 *   <li>nested classes follow the same rules; a class that contains itself, directly or not, is
 *       rejected (its default instance would be infinite).</li>
 * </ul>
 */
final class StructBuilder {
    /** Set {@code -Dsirocco.type.generatedAccess=false} to use VarHandles instead of generated classes. */
    static final boolean GENERATE = !"false".equalsIgnoreCase(System.getProperty("sirocco.type.generatedAccess"));

    private static final ThreadLocal<ArrayDeque<Class<?>>> IN_PROGRESS = ThreadLocal.withInitial(ArrayDeque::new);
    private static final ClassValue<StructCodec> CACHE = new ClassValue<>() {
        @Override
        protected StructCodec computeValue(Class<?> type) {
            return new StructBuilder(GENERATE, true).build(type);
        }
    };
    private static final String[] JDK_PACKAGES = {"java.", "javax.", "jdk.", "sun.", "com.sun."};

    private final boolean generate;
    private final boolean cached;

    private StructBuilder(boolean generate, boolean cached) {
        this.generate = generate;
        this.cached = cached;
    }

    /** The shared codec of {@code type}. */
    static StructCodec codecFor(Class<?> type) {
        return guarded(type, () -> CACHE.get(type));
    }

    /** A private, uncached codec, with generated access or not (tests compare both paths). */
    static StructCodec uncached(Class<?> type, boolean generate) {
        StructBuilder b = new StructBuilder(generate, false);
        return guarded(type, () -> b.build(type));
    }

    private static StructCodec guarded(Class<?> type, java.util.function.Supplier<StructCodec> body) {
        ArrayDeque<Class<?>> stack = IN_PROGRESS.get();
        if (stack.contains(type)) {
            throw new UnsupportedTypeException("recursive type: " + type.getName() + " contains itself via "
                    + stack.stream().map(Class::getSimpleName).collect(Collectors.joining(" <- ")));
        }
        stack.push(type);
        try {
            return body.get();
        } finally {
            stack.pop();
        }
    }

    private StructCodec nested(Class<?> type) {
        if (cached) {
            return codecFor(type);
        }
        return guarded(type, () -> build(type));
    }

    /** Whether {@code type} or any of its fields carries an annotation of {@code org.omg.dds.type}. */
    static boolean hasDdsAnnotations(Class<?> type) {
        for (Annotation a : type.getAnnotations()) {
            if (isDds(a)) {
                return true;
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                for (Annotation a : f.getAnnotations()) {
                    if (isDds(a)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isDds(Annotation a) {
        return a.annotationType().getPackageName().equals("org.omg.dds.type");
    }

    /** Why {@code type} cannot be a struct at all (shape only, fields not inspected), or {@code null}. */
    static String shapeProblem(Class<?> type) {
        int mod = type.getModifiers();
        if (type.isPrimitive() || type.isArray()) {
            return type.getName() + " is not a class";
        }
        if (type.isInterface() || type.isAnnotation() || Modifier.isAbstract(mod)) {
            return type.getName() + " is an interface or abstract class";
        }
        if (type.isEnum() || type.isRecord()) {
            return type.getName() + " is an enum or record (no settable fields)";
        }
        if (type.isHidden() || type.isAnonymousClass() || type.isLocalClass()) {
            return type.getName() + " is a hidden, anonymous or local class";
        }
        if (type.isMemberClass() && !Modifier.isStatic(mod)) {
            return type.getName() + " is an inner (non-static) class";
        }
        if (isJdk(type)) {
            return type.getName() + " belongs to the JDK";
        }
        try {
            type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            return type.getName() + " has no no-argument constructor";
        }
        if (!type.getModule().isOpen(type.getPackageName(), StructBuilder.class.getModule())) {
            return "package " + type.getPackageName() + " is not open to Sirocco";
        }
        return null;
    }

    private static boolean isJdk(Class<?> type) {
        String name = type.getName();
        for (String p : JDK_PACKAGES) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private StructCodec build(Class<?> type) {
        String problem = shapeProblem(type);
        if (problem != null) {
            throw new UnsupportedTypeException(problem);
        }
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            if (c != type && isJdk(c)) {
                throw new UnsupportedTypeException(type.getName() + " extends the JDK class " + c.getName());
            }
            hierarchy.addFirst(c);
        }
        Map<Class<?>, List<Field>> fieldsByClass = new LinkedHashMap<>();
        for (Class<?> c : hierarchy) {
            List<Field> fields = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()) {
                    continue;
                }
                if (f.isAnnotationPresent(UnionDiscriminator.class) || f.isAnnotationPresent(UnionMember.class)) {
                    throw new UnsupportedTypeException(c.getName() + "." + f.getName() + ": unions are not supported");
                }
                if (Modifier.isFinal(mod)) {
                    throw new UnsupportedTypeException(c.getName() + "." + f.getName() + " is final");
                }
                fields.add(f);
            }
            fieldsByClass.put(c, fields);
        }
        Map<Class<?>, FieldAccess> accessByClass = new LinkedHashMap<>();
        for (Map.Entry<Class<?>, List<Field>> e : fieldsByClass.entrySet()) {
            accessByClass.put(e.getKey(), access(e.getKey(), e.getValue(), e.getKey() == type));
        }
        TypeMapper mapper = new TypeMapper(this::nested);
        List<Member> members = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        long nextId = 0;
        for (Map.Entry<Class<?>, List<Field>> e : fieldsByClass.entrySet()) {
            int[] slots = new int[FieldAccess.STORAGE_KINDS];
            FieldAccess access = accessByClass.get(e.getKey());
            for (Field f : e.getValue()) {
                int slot = slots[FieldAccess.storageOf(f.getType())]++;
                String where = e.getKey().getName() + "." + f.getName();
                ID idAnnotation = f.getAnnotation(ID.class);
                long id = idAnnotation != null ? idAnnotation.value() : nextId;
                if (id < 0 || id > 0x0FFF_FFFF) {
                    throw new InvalidTypeAnnotationException(where + ": member id " + id + " does not fit 28 bits");
                }
                if (!ids.add((int) id)) {
                    throw new InvalidTypeAnnotationException(where + ": member id " + id + " is used twice");
                }
                nextId = id + 1;
                Key key = f.getAnnotation(Key.class);
                Optional opt = f.getAnnotation(Optional.class);
                MustUnderstand mu = f.getAnnotation(MustUnderstand.class);
                boolean isKey = key != null && key.value();
                boolean isOptional = opt != null && opt.value();
                if (isOptional && f.getType().isPrimitive()) {
                    throw new InvalidTypeAnnotationException(where + " is @Optional but primitive: use the boxed type");
                }
                if (isOptional && isKey) {
                    throw new InvalidTypeAnnotationException(where + ": a key member cannot be @Optional");
                }
                int kind = TypeMapper.primitiveKind(f);
                ValueType vt = kind == Kinds.OBJECT ? mapper.valueType(f) : null;
                // Key members are always must-understand (XTypes 1.3 7.2.2.4.4.4.8); Cyclone DDS sets the flag on
                // their EMHEADERs and parameter headers, and so do the IDL-generated codecs.
                members.add(new Member(f, members.size(), (int) id, kind, vt, access, slot, isKey, isOptional,
                        (mu != null && mu.value()) || isKey));
            }
        }
        Extensibility ext = type.getAnnotation(Extensibility.class);
        TypeExtensibility extensibility = ext == null ? TypeExtensibility.FINAL : switch (ext.value()) {
            case FINAL_EXTENSIBILITY -> TypeExtensibility.FINAL;
            case EXTENSIBLE_EXTENSIBILITY -> TypeExtensibility.APPENDABLE;
            case MUTABLE_EXTENSIBILITY -> TypeExtensibility.MUTABLE;
        };
        Member[] memberArray = members.toArray(Member[]::new);
        StructBody body = generate ? BodyGenerator.generate(type, extensibility, memberArray) : null;
        return new StructCodec(type, extensibility, memberArray, accessByClass.get(type), body);
    }

    private FieldAccess access(Class<?> owner, List<Field> fields, boolean withConstructor) {
        FieldAccess generated = generate ? AccessGenerator.generate(owner, fields, withConstructor) : null;
        if (generated != null) {
            return generated;
        }
        try {
            return new VarHandleAccess(owner, fields, withConstructor);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new UnsupportedTypeException("cannot access the fields of " + owner.getName() + ": " + e);
        }
    }
}
