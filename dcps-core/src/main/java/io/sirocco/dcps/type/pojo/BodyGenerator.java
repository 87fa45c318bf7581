package io.sirocco.dcps.type.pojo;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;
import static java.lang.constant.ConstantDescs.INIT_NAME;

import io.sirocco.dcps.type.TypeExtensibility;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Generates the {@link StructBody} of a mapped class: for each member, in declaration order,
 * <pre>
 *   write:  out.writeInt(((Owner) o).count);             primitives
 *           out.writeString(((Owner) o).name[, bound]);   narrow strings
 *           types[i].write(((Owner) o).other, out);        everything else
 *   read:   o.count = in.readInt();  o.name = in.readString(o.name[, bound]);
 *           o.other = (T) types[i].read(in, o.other);
 *   readUpTo additionally checks, before each member, whether the DHEADER end is reached and, if so,
 *   calls defaultsFrom(o, i) and returns.
 * </pre>
 * The class is a hidden nestmate of the mapped class, so private fields are plain field accesses.
 * Returns {@code null} when the type does not qualify (MUTABLE, optional members, a superclass field
 * it cannot reach directly) or the JVM refuses the class; the interpreter in {@link StructCodec} then
 * does the work.
 */
final class BodyGenerator {
    private static final System.Logger LOG = System.getLogger(BodyGenerator.class.getName());
    private static final ClassDesc CD_BODY = ClassDesc.of(StructBody.class.getName());
    private static final ClassDesc CD_VALUE_TYPE = ClassDesc.of(ValueType.class.getName());
    private static final ClassDesc CD_VALUE_TYPES = CD_VALUE_TYPE.arrayType();
    private static final ClassDesc CD_OUT = ClassDesc.of(CdrOutput.class.getName());
    private static final ClassDesc CD_IN = ClassDesc.of(CdrInput.class.getName());
    private static final String[] WRITE = {"writeBoolean", "writeByte", "writeShort", "writeChar8", "writeWchar",
        "writeInt", "writeLong", "writeFloat", "writeDouble"};
    private static final String[] READ = {"readBoolean", "readByte", "readShort", "readChar8", "readWchar",
        "readInt", "readLong", "readFloat", "readDouble"};
    private static final ClassDesc[] PRIMITIVE = {
        ClassDesc.ofDescriptor("Z"), ClassDesc.ofDescriptor("B"), ClassDesc.ofDescriptor("S"),
        ClassDesc.ofDescriptor("C"), ClassDesc.ofDescriptor("C"), ClassDesc.ofDescriptor("I"),
        ClassDesc.ofDescriptor("J"), ClassDesc.ofDescriptor("F"), ClassDesc.ofDescriptor("D")
    };

    private BodyGenerator() {
    }

    /** The generated body of {@code owner}, or {@code null} (see the class comment). */
    static StructBody generate(Class<?> owner, TypeExtensibility extensibility, Member[] members) {
        if (extensibility == TypeExtensibility.MUTABLE) {
            return null;
        }
        for (Member m : members) {
            if (m.optional || !directlyAccessible(owner, m.field)) {
                return null;
            }
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
            if (!lookup.hasFullPrivilegeAccess()) {
                return null;
            }
            byte[] bytes = bytes(owner, members);
            MethodHandles.Lookup hidden = lookup.defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE);
            ValueType[] types = new ValueType[members.length];
            for (int i = 0; i < members.length; i++) {
                types[i] = members[i].type;
            }
            return (StructBody) hidden.findConstructor(hidden.lookupClass(),
                    MethodType.methodType(void.class, ValueType[].class)).invoke(types);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.DEBUG, "no generated body for " + owner.getName() + ": " + t);
            return null;
        }
    }

    /** Whether a nestmate of {@code owner} may use {@code field} with plain getfield/putfield. */
    private static boolean directlyAccessible(Class<?> owner, Field field) {
        Class<?> declaring = field.getDeclaringClass();
        if (declaring == owner || declaring.getNestHost() == owner.getNestHost()) {
            return true;
        }
        int mod = field.getModifiers();
        boolean samePackage = declaring.getClassLoader() == owner.getClassLoader()
                && declaring.getPackageName().equals(owner.getPackageName());
        if (Modifier.isPublic(mod) && Modifier.isPublic(declaring.getModifiers())) {
            return true;
        }
        return !Modifier.isPrivate(mod) && samePackage;
    }

    private static ClassDesc desc(Class<?> type) {
        return type.describeConstable().orElseThrow(() -> new IllegalArgumentException("no descriptor for " + type));
    }

    private static byte[] bytes(Class<?> owner, Member[] members) {
        ClassDesc ownerDesc = desc(owner);
        ClassDesc self = ClassDesc.of(owner.getName() + "$$SiroccoBody");
        ClassLoader loader = owner.getClassLoader() != null ? owner.getClassLoader() : ClassLoader.getSystemClassLoader();
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofClassLoading(loader))));
        return cf.build(self, clb -> {
            clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
            clb.withSuperclass(CD_BODY);
            clb.withMethodBody(INIT_NAME, MethodTypeDesc.of(CD_void, CD_VALUE_TYPES), ClassFile.ACC_PUBLIC,
                    cob -> cob.aload(0).aload(1)
                            .invokespecial(CD_BODY, INIT_NAME, MethodTypeDesc.of(CD_void, CD_VALUE_TYPES)).return_());
            clb.withMethodBody("write", MethodTypeDesc.of(CD_void, CD_Object, CD_OUT), ClassFile.ACC_PUBLIC,
                    cob -> write(cob, ownerDesc, members));
            clb.withMethodBody("read", MethodTypeDesc.of(CD_void, CD_IN, CD_Object), ClassFile.ACC_PUBLIC,
                    cob -> read(cob, ownerDesc, members, false));
            clb.withMethodBody("readUpTo", MethodTypeDesc.of(CD_void, CD_IN, CD_Object, CD_int), ClassFile.ACC_PUBLIC,
                    cob -> read(cob, ownerDesc, members, true));
        });
    }

    /** Locals: 0 this, 1 sample, 2 out, 3 sample as Owner. */
    private static void write(CodeBuilder cob, ClassDesc owner, Member[] members) {
        cob.aload(1).checkcast(owner).astore(3);
        for (int i = 0; i < members.length; i++) {
            Member m = members[i];
            ClassDesc declaring = desc(m.field.getDeclaringClass());
            ClassDesc fieldType = desc(m.field.getType());
            if (m.kind != Kinds.OBJECT) {
                cob.aload(2).aload(3).getfield(declaring, m.name, fieldType)
                        .invokevirtual(CD_OUT, WRITE[m.kind], MethodTypeDesc.of(CD_void, PRIMITIVE[m.kind]));
            } else if (m.type instanceof StringType st && !st.isWide()) {
                cob.aload(2).aload(3).getfield(declaring, m.name, fieldType);
                if (st.isBounded()) {
                    cob.loadConstant(st.bound()).invokevirtual(CD_OUT, "writeString", MethodTypeDesc.of(CD_void, CD_String, CD_int));
                } else {
                    cob.invokevirtual(CD_OUT, "writeString", MethodTypeDesc.of(CD_void, CD_String));
                }
            } else {
                cob.aload(0).getfield(CD_BODY, "types", CD_VALUE_TYPES).loadConstant(i).aaload()
                        .aload(3).getfield(declaring, m.name, fieldType).aload(2)
                        .invokevirtual(CD_VALUE_TYPE, "write", MethodTypeDesc.of(CD_void, CD_Object, CD_OUT));
            }
        }
        cob.return_();
    }

    /** Locals: 0 this, 1 in, 2 sample, [3 end], 4 sample as Owner. */
    private static void read(CodeBuilder cob, ClassDesc owner, Member[] members, boolean upTo) {
        int typed = 4;
        cob.aload(2).checkcast(owner).astore(typed);
        Label[] defaults = new Label[members.length];
        for (int i = 0; i < members.length; i++) {
            Member m = members[i];
            ClassDesc declaring = desc(m.field.getDeclaringClass());
            ClassDesc fieldType = desc(m.field.getType());
            if (upTo) {
                defaults[i] = cob.newLabel();
                cob.aload(1).invokevirtual(CD_IN, "position", MethodTypeDesc.of(CD_int)).iload(3).if_icmpge(defaults[i]);
            }
            cob.aload(typed);
            if (m.kind != Kinds.OBJECT) {
                cob.aload(1).invokevirtual(CD_IN, READ[m.kind], MethodTypeDesc.of(PRIMITIVE[m.kind]));
            } else if (m.type instanceof StringType st && !st.isWide()) {
                cob.aload(1).aload(typed).getfield(declaring, m.name, fieldType);
                if (st.isBounded()) {
                    cob.loadConstant(st.bound()).invokevirtual(CD_IN, "readString", MethodTypeDesc.of(CD_String, CD_String, CD_int));
                } else {
                    cob.invokevirtual(CD_IN, "readString", MethodTypeDesc.of(CD_String, CD_String));
                }
            } else {
                cob.aload(0).getfield(CD_BODY, "types", CD_VALUE_TYPES).loadConstant(i).aaload()
                        .aload(1).aload(typed).getfield(declaring, m.name, fieldType)
                        .invokevirtual(CD_VALUE_TYPE, "read", MethodTypeDesc.of(CD_Object, CD_IN, CD_Object));
                if (!fieldType.equals(CD_Object)) {
                    cob.checkcast(fieldType);
                }
            }
            cob.putfield(declaring, m.name, fieldType);
        }
        cob.return_();
        if (upTo) {
            for (int i = 0; i < members.length; i++) {
                cob.labelBinding(defaults[i]);
                cob.aload(0).aload(2).loadConstant(i)
                        .invokevirtual(CD_BODY, "defaultsFrom", MethodTypeDesc.of(CD_void, CD_Object, CD_int))
                        .return_();
            }
        }
    }
}
