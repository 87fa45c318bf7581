package io.sirocco.dcps.type.kryo;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.util.DefaultInstantiatorStrategy;
import com.esotericsoftware.kryo.util.Pool;
import io.sirocco.dcps.type.DataEncoding;
import io.sirocco.dcps.type.KeyHashes;
import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.TypeExtensibility;
import io.sirocco.dcps.type.TypeNames;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.MalformedDataException;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * The codec of any class that XCDR cannot describe: the sample is a Kryo object graph. Only Sirocco
 * peers understand it; such topics are announced with {@link #DATA_REPRESENTATION_ID}.
 *
 * <p>Body layout (after the encapsulation header {@link #ENCAPSULATION_ID}):
 * <pre>
 *   uint32 n      (stream byte order, aligned to 4)   length of what follows
 *   n bytes       Kryo: writeObject(sample) for data; the key fields, one writeObjectOrNull each, for keys
 * </pre>
 * Keys are the fields annotated {@link org.omg.dds.type.Key} (none: keyless). The key hash is always
 * the MD5 of the serialized key (its size is unbounded).
 *
 * <p>Kryo instances are not thread-safe, so each call borrows one from a pool. Deserializing into an
 * existing target reads a new object and moves its fields over ({@link FieldTransfer}); records
 * cannot be updated in place and throw {@link UnsupportedOperationException} there.
 *
 * <p>Kryo is configured without {@code sun.misc.Unsafe} ({@code -Dkryo.unsafe=false} unless the
 * application set the property), so every field it fills is type-checked.
 *
 * <p>Trust: Kryo reads class names from the payload (for fields whose declared type is not final), so
 * a Kryo topic must only be read from trusted peers; and a forged length in the Kryo bytes can make
 * Kryo allocate a large array before failing. Both are inherent to Kryo; use XCDR types across trust
 * boundaries.
 */
public final class KryoCodec<T> implements TypeCodec<T> {
    /**
     * Sirocco's data representation id for Kryo payloads. XTypes assigns 0 (XCDR), 1 (XML) and 2
     * (XCDR2) and defines no vendor range; 0x5301 ('S', 1) is far from the OMG values and positive as
     * the 16-bit {@code DataRepresentationId_t}, so peers that do not know it see an unknown
     * representation and do not match.
     */
    public static final short DATA_REPRESENTATION_ID = 0x5301;

    /** The encapsulation identifier of Kryo payloads (same value; no XCDR identifier uses it). */
    public static final int ENCAPSULATION_ID = 0x5301;

    static {
        // Kryo writes fields through sun.misc.Unsafe unless told otherwise: no type checks, so a corrupt
        // payload could plant a value of the wrong class in a field, and JDK 24+ warns about the calls.
        // Reflection checks every store. Only effective if Kryo was not used before this class loaded.
        if (System.getProperty("kryo.unsafe") == null) {
            System.setProperty("kryo.unsafe", "false");
        }
    }

    private static final int POOL_SIZE = 64;
    private static final byte[] NO_BYTES = new byte[0];

    private static final Pool<Kryo> KRYOS = new Pool<>(true, false, POOL_SIZE) {
        @Override
        protected Kryo create() {
            Kryo kryo = new Kryo();
            kryo.setRegistrationRequired(false);
            kryo.setReferences(true);
            kryo.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
            return kryo;
        }
    };
    private static final Pool<Output> OUTPUTS = new Pool<>(true, false, POOL_SIZE) {
        @Override
        protected Output create() {
            return new Output(256, -1);
        }
    };
    private static final Pool<Input> INPUTS = new Pool<>(true, false, POOL_SIZE) {
        @Override
        protected Input create() {
            return new Input();
        }
    };

    private final Class<T> type;
    private final String typeName;
    private final FieldTransfer fields;
    private final FieldTransfer keyFields;

    private KryoCodec(Class<T> type) {
        this.type = type;
        this.typeName = TypeNames.idlName(type);
        this.fields = FieldTransfer.allFields(type);
        this.keyFields = FieldTransfer.keyFields(type);
    }

    /** A codec for {@code type}; cheap to create (nothing is registered up front). */
    public static <T> KryoCodec<T> of(Class<T> type) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        return new KryoCodec<>(type);
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
        return DataEncoding.KRYO;
    }

    @Override
    public TypeExtensibility extensibility() {
        return TypeExtensibility.FINAL;
    }

    @Override
    public boolean isKeyed() {
        return keyFields.size() > 0;
    }

    @Override
    public int encapsulationId(XcdrVersion version, ByteOrder order) {
        return ENCAPSULATION_ID;
    }

    @Override
    public T newSample() {
        Kryo kryo = KRYOS.obtain();
        try {
            return kryo.newInstance(type);
        } finally {
            KRYOS.free(kryo);
        }
    }

    @Override
    public void copy(T source, T target) {
        Kryo kryo = KRYOS.obtain();
        try {
            fields.transfer(kryo.copy(source), target);
        } finally {
            KRYOS.free(kryo);
        }
    }

    @Override
    public void copyKey(T source, T target) {
        Kryo kryo = KRYOS.obtain();
        try {
            for (int i = 0; i < keyFields.size(); i++) {
                keyFields.set(target, i, kryo.copy(keyFields.get(source, i)));
            }
        } finally {
            KRYOS.free(kryo);
        }
    }

    @Override
    public int keyHashCode(T sample) {
        int h = 17;
        for (int i = 0; i < keyFields.size(); i++) {
            h = 31 * h + Arrays.deepHashCode(new Object[] {keyFields.get(sample, i)});
        }
        return h;
    }

    @Override
    public boolean keyEquals(T a, T b) {
        for (int i = 0; i < keyFields.size(); i++) {
            if (!java.util.Objects.deepEquals(keyFields.get(a, i), keyFields.get(b, i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void keyHash(T sample, byte[] target) {
        if (keyFields.size() == 0) {
            Arrays.fill(target, 0, KeyHashes.SIZE, (byte) 0);
            return;
        }
        if (target.length < KeyHashes.SIZE) {
            throw new IllegalArgumentException("a key hash needs 16 bytes, target has " + target.length);
        }
        Kryo kryo = KRYOS.obtain();
        Output output = OUTPUTS.obtain();
        try {
            output.reset();
            writeKeyFields(kryo, output, sample);
            KeyHashes.md5(output.getBuffer(), 0, output.position(), target);
        } finally {
            OUTPUTS.free(output);
            KRYOS.free(kryo);
        }
    }

    @Override
    public void serialize(T sample, CdrOutput out) {
        Kryo kryo = KRYOS.obtain();
        Output output = OUTPUTS.obtain();
        try {
            output.reset();
            kryo.writeObject(output, sample);
            out.writeInt(output.position());
            out.writeBytes(output.getBuffer(), 0, output.position());
        } finally {
            OUTPUTS.free(output);
            KRYOS.free(kryo);
        }
    }

    @Override
    public void serializeKey(T sample, CdrOutput out) {
        Kryo kryo = KRYOS.obtain();
        Output output = OUTPUTS.obtain();
        try {
            output.reset();
            writeKeyFields(kryo, output, sample);
            out.writeInt(output.position());
            out.writeBytes(output.getBuffer(), 0, output.position());
        } finally {
            OUTPUTS.free(output);
            KRYOS.free(kryo);
        }
    }

    private void writeKeyFields(Kryo kryo, Output output, T sample) {
        for (int i = 0; i < keyFields.size(); i++) {
            kryo.writeClassAndObject(output, keyFields.get(sample, i));
        }
    }

    @Override
    public void deserialize(CdrInput in, T target) {
        T value = read(in, (kryo, input) -> {
            Object v = kryo.readObject(input, type);
            if (!type.isInstance(v)) {
                throw new MalformedDataException("Kryo payload decodes to " + (v == null ? "null" : v.getClass().getName())
                        + ", not " + type.getName(), 0);
            }
            return type.cast(v);
        });
        try {
            fields.transfer(value, target);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new MalformedDataException("Kryo payload of " + type.getName() + " holds a field of the wrong type: "
                    + e.getMessage(), 0, e);
        }
    }

    @Override
    public void deserializeKey(CdrInput in, T target) {
        Object[] values = read(in, (kryo, input) -> {
            Object[] v = new Object[keyFields.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = kryo.readClassAndObject(input);
            }
            return v;
        });
        for (int i = 0; i < values.length; i++) {
            try {
                keyFields.set(target, i, values[i]);
            } catch (IllegalArgumentException | ClassCastException e) {
                throw new MalformedDataException("key field " + i + " has the wrong type: " + e.getMessage(), 0);
            }
        }
    }

    private interface Reader<R> {
        R read(Kryo kryo, Input input);
    }

    private <R> R read(CdrInput in, Reader<R> reader) {
        int at = in.position() - in.start();
        int n = in.readInt();
        if (n < 0 || n > in.remaining()) {
            throw new MalformedDataException("Kryo payload length " + (n & 0xFFFF_FFFFL) + " exceeds the "
                    + in.remaining() + " bytes that remain", at);
        }
        int start = in.position();
        Kryo kryo = KRYOS.obtain();
        Input input = INPUTS.obtain();
        try {
            input.setBuffer(in.buffer(), start, n);
            R value = reader.read(kryo, input);
            in.skip(n);
            return value;
        } catch (MalformedDataException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            kryo.reset();
            throw new MalformedDataException("undecodable Kryo payload of " + type.getName() + ": " + e, at, e);
        } finally {
            input.setBuffer(NO_BYTES);
            INPUTS.free(input);
            KRYOS.free(kryo);
        }
    }

    @Override
    public String toString() {
        return "KryoCodec[" + type.getName() + ", keys " + keyFields + "]";
    }
}
