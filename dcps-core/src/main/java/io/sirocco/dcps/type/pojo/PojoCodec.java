package io.sirocco.dcps.type.pojo;

import io.sirocco.dcps.type.DataEncoding;
import io.sirocco.dcps.type.KeyHashes;
import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.TypeExtensibility;
import io.sirocco.dcps.type.TypeNames;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import java.util.Arrays;

/**
 * The XCDR codec of a plain Java class, built once by reflection (see {@link StructBuilder} for the
 * mapping rules and {@link TypeMapper} for the field types).
 *
 * <h2>Which classes are mappable</h2>
 * A class is mappable when it has the supported shape (concrete, static, not a record or enum, a
 * no-argument constructor, no final fields) and every field, recursively through nested classes, has a
 * supported type (primitives and their boxes, String, enums, arrays, {@code List}s, other mappable
 * classes); DDS annotations are optional. Mappable classes get this codec; the others ({@code Object},
 * {@code Map} or interface-typed fields, records, JDK classes...) get Kryo, and when such a class
 * carries DDS annotations (it was meant to be an XCDR type) the fall-back is logged as a warning, since
 * only Sirocco peers can read its topics. Annotations that are wrong in themselves ({@code @Optional}
 * on an {@code int}, duplicate {@code @ID}s, an {@code @SerializeAs} that does not fit) are always an
 * error: {@link InvalidTypeAnnotationException}.
 *
 * <h2>Key hash</h2>
 * The key members, in member-id order, nested key structs flattened the same way, serialized as
 * XCDR2 big-endian with no DHEADER/EMHEADER (the key holder is FINAL); zero-padded when the key's
 * maximum serialized size is at most 16 bytes, else MD5 (XTypes 1.3 7.6.8, as Cyclone DDS).
 */
public final class PojoCodec<T> implements TypeCodec<T> {
    private static final System.Logger LOG = System.getLogger(PojoCodec.class.getName());
    private static final ClassValue<PojoCodec<?>> CODECS = new ClassValue<>() {
        @Override
        protected PojoCodec<?> computeValue(Class<?> type) {
            return new PojoCodec<>(type, StructBuilder.codecFor(type));
        }
    };

    private final Class<T> type;
    private final String typeName;
    private final StructCodec root;
    private final boolean md5;

    private PojoCodec(Class<T> type, StructCodec root) {
        this.type = type;
        this.typeName = TypeNames.idlName(type);
        this.root = root;
        this.md5 = root.keyHashEnd(0, root.keyHashOrder) > KeyHashes.SIZE;
    }

    /**
     * The shared codec of {@code type}.
     *
     * @throws UnsupportedTypeException if the class, one of its fields or a nested class cannot be mapped
     * @throws InvalidTypeAnnotationException if the class's DDS annotations are wrong in themselves
     */
    @SuppressWarnings("unchecked")
    public static <T> PojoCodec<T> of(Class<T> type) {
        return (PojoCodec<T>) CODECS.get(type);
    }

    /** A private codec (not shared), with generated field access or VarHandles; for tests and measurements. */
    static <T> PojoCodec<T> uncached(Class<T> type, boolean generatedAccess) {
        return new PojoCodec<>(type, StructBuilder.uncached(type, generatedAccess));
    }

    /**
     * The shared codec of {@code type}, or {@code null} when the class is not mappable (see the class
     * comment).
     *
     * @throws InvalidTypeAnnotationException if the class's DDS annotations are wrong in themselves
     */
    public static <T> PojoCodec<T> tryOf(Class<T> type) {
        String shape = StructBuilder.shapeProblem(type);
        try {
            if (shape != null) {
                throw new UnsupportedTypeException(shape);
            }
            return of(type);
        } catch (UnsupportedTypeException e) {
            if (StructBuilder.hasDdsAnnotations(type)) {
                LOG.log(System.Logger.Level.WARNING, type.getName() + " carries DDS annotations but XCDR cannot "
                        + "represent it (" + e.getMessage() + "); its samples use Kryo, which only Sirocco peers read");
            }
            return null;
        }
    }

    /**
     * Whether {@code type} is mappable (see the class comment).
     *
     * @throws InvalidTypeAnnotationException if the class's DDS annotations are wrong in themselves
     */
    public static boolean isMappable(Class<?> type) {
        return tryOf(type) != null;
    }

    /** Names of the members in declaration order (for diagnostics and tests). */
    public String[] memberNames() {
        return Arrays.stream(root.members).map(m -> m.name).toArray(String[]::new);
    }

    /** Member ids in declaration order. */
    public int[] memberIds() {
        return Arrays.stream(root.members).mapToInt(m -> m.id).toArray();
    }

    /** Whether the key hash is an MD5 digest (the key's maximum size exceeds 16 bytes). */
    @Override
    public boolean keyHashIsDigest() {
        return md5;
    }

    /** Whether field access uses generated classes rather than the VarHandle fallback. */
    public boolean usesGeneratedAccess() {
        return root.members.length == 0 ? StructBuilder.GENERATE : !(root.members[0].access instanceof VarHandleAccess);
    }

    /** Whether whole samples are written and read by a generated {@link StructBody} (FINAL/APPENDABLE, no optionals). */
    public boolean usesGeneratedBody() {
        return root.hasGeneratedBody();
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public DataEncoding encoding() {
        return DataEncoding.XCDR;
    }

    @Override
    public TypeExtensibility extensibility() {
        return root.extensibility;
    }

    @Override
    public boolean isKeyed() {
        return root.keys.length > 0;
    }

    @Override
    public T newSample() {
        return type.cast(root.newInstance());
    }

    @Override
    public void copy(T source, T target) {
        root.copy(source, target, root.members, false);
    }

    @Override
    public void copyKey(T source, T target) {
        root.copy(source, target, root.keys, true);
    }

    @Override
    public int keyHashCode(T sample) {
        return root.hash(sample, root.keys, true);
    }

    @Override
    public boolean keyEquals(T a, T b) {
        return root.equal(a, b, root.keys, true);
    }

    @Override
    public void keyHash(T sample, byte[] target) {
        if (root.keys.length == 0) {
            Arrays.fill(target, 0, KeyHashes.SIZE, (byte) 0);
            return;
        }
        CdrOutput out = KeyHashes.output();
        root.writeKeyHash(sample, root.keyHashOrder, out);
        KeyHashes.finish(out, md5, target);
    }

    @Override
    public void serialize(T sample, CdrOutput out) {
        root.write(sample, root.members, false, out);
    }

    @Override
    public void deserialize(CdrInput in, T target) {
        root.read(in, target, root.members, false);
    }

    /**
     * The serialized key of dispose and unregister messages: the key members in member-id order,
     * nested keys flattened, no DHEADER, EMHEADER or parameter list, in the output's encoding (what
     * Cyclone DDS and the IDL compiler's codecs write; in XCDR2 big-endian it is the key holder of
     * the key hash).
     */
    @Override
    public void serializeKey(T sample, CdrOutput out) {
        root.writeKeyHash(sample, root.keyHashOrder, out);
    }

    @Override
    public void deserializeKey(CdrInput in, T target) {
        root.readKeyHash(in, target, root.keyHashOrder);
    }

    @Override
    public String toString() {
        return "PojoCodec[" + typeName + ", " + root.extensibility + ", members " + Arrays.toString(root.members) + "]";
    }
}
