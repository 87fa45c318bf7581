package io.sirocco.dcps.type.pojo;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;
import static java.lang.constant.ConstantDescs.INIT_NAME;
import static java.lang.constant.ConstantDescs.MTD_void;

import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates, with the JDK's {@code java.lang.classfile} API, a hidden subclass of {@link FieldAccess}
 * for one declaring class, defined as a nestmate of it. For every storage kind that has fields it
 * overrides the getter and setter with
 * <pre>
 *   switch (slot) { case 0: return ((Owner) o).f0; case 1: return ((Owner) o).f1; ... }
 * </pre>
 * so that a codec reaches any field, private or not, with one virtual call and a field load: no
 * reflection, no boxing, no non-constant method handles. Returns {@code null} when the JVM refuses
 * the hidden class (no full-privilege lookup on the owner, or the owner's loader cannot see
 * {@link FieldAccess}); the caller then falls back to {@link VarHandleAccess}.
 */
final class AccessGenerator {
    private static final System.Logger LOG = System.getLogger(AccessGenerator.class.getName());
    private static final ClassDesc CD_FIELD_ACCESS = ClassDesc.of(FieldAccess.class.getName());
    private static final ClassDesc[] STORAGE_DESCS = {
        ClassDesc.ofDescriptor("Z"), ClassDesc.ofDescriptor("B"), ClassDesc.ofDescriptor("S"),
        ClassDesc.ofDescriptor("C"), ClassDesc.ofDescriptor("I"), ClassDesc.ofDescriptor("J"),
        ClassDesc.ofDescriptor("F"), ClassDesc.ofDescriptor("D"), CD_Object
    };
    private static final String[] SUFFIX = {"Boolean", "Byte", "Short", "Char", "Int", "Long", "Float", "Double", "Object"};

    private AccessGenerator() {
    }

    /** A generated accessor for {@code fields} (all declared by {@code owner}), or {@code null}. */
    static FieldAccess generate(Class<?> owner, List<Field> fields, boolean withConstructor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
            if (!lookup.hasFullPrivilegeAccess()) {
                return null;
            }
            boolean ctor = withConstructor && !Modifier.isAbstract(owner.getModifiers()) && hasNoArgConstructor(owner);
            byte[] bytes = bytes(owner, fields, ctor);
            MethodHandles.Lookup hidden = lookup.defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE);
            return (FieldAccess) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.DEBUG, "no generated field access for " + owner.getName()
                    + ", using VarHandles: " + t);
            return null;
        }
    }

    private static boolean hasNoArgConstructor(Class<?> owner) {
        try {
            owner.getDeclaredConstructor();
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static byte[] bytes(Class<?> owner, List<Field> fields, boolean withConstructor) {
        ClassDesc ownerDesc = ClassDesc.of(owner.getName());
        ClassDesc self = ClassDesc.of(owner.getName() + "$$SiroccoAccess");
        List<List<Field>> byKind = new ArrayList<>();
        for (int k = 0; k < FieldAccess.STORAGE_KINDS; k++) {
            byKind.add(new ArrayList<>());
        }
        for (Field f : fields) {
            byKind.get(FieldAccess.storageOf(f.getType())).add(f);
        }
        ClassLoader loader = owner.getClassLoader() != null ? owner.getClassLoader() : ClassLoader.getSystemClassLoader();
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofClassLoading(loader))));
        return cf.build(self, clb -> {
            clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
            clb.withSuperclass(CD_FIELD_ACCESS);
            clb.withMethodBody(INIT_NAME, MTD_void, ClassFile.ACC_PUBLIC,
                    cob -> cob.aload(0).invokespecial(CD_FIELD_ACCESS, INIT_NAME, MTD_void).return_());
            if (withConstructor) {
                clb.withMethodBody("newInstance", MethodTypeDesc.of(CD_Object), ClassFile.ACC_PUBLIC,
                        cob -> cob.new_(ownerDesc).dup().invokespecial(ownerDesc, INIT_NAME, MTD_void).areturn());
            }
            for (int k = 0; k < FieldAccess.STORAGE_KINDS; k++) {
                if (!byKind.get(k).isEmpty()) {
                    getter(clb, ownerDesc, k, byKind.get(k));
                    setter(clb, ownerDesc, k, byKind.get(k));
                }
            }
        });
    }

    private static ClassDesc descOf(Class<?> type) {
        return type.describeConstable().orElseThrow(() -> new IllegalArgumentException("no descriptor for " + type));
    }

    private static void getter(ClassBuilder clb, ClassDesc owner, int kind, List<Field> fields) {
        ClassDesc valueDesc = STORAGE_DESCS[kind];
        TypeKind tk = TypeKind.from(valueDesc);
        clb.withMethodBody("get" + SUFFIX[kind], MethodTypeDesc.of(valueDesc, CD_Object, CD_int), ClassFile.ACC_PUBLIC, cob ->
                dispatch(cob, fields, f -> cob.aload(1).checkcast(owner)
                        .getfield(owner, f.getName(), descOf(f.getType())).return_(tk)));
    }

    private static void setter(ClassBuilder clb, ClassDesc owner, int kind, List<Field> fields) {
        ClassDesc valueDesc = STORAGE_DESCS[kind];
        TypeKind tk = TypeKind.from(valueDesc);
        clb.withMethodBody("set" + SUFFIX[kind], MethodTypeDesc.of(CD_void, CD_Object, CD_int, valueDesc), ClassFile.ACC_PUBLIC, cob ->
                dispatch(cob, fields, f -> {
                    ClassDesc fieldDesc = descOf(f.getType());
                    cob.aload(1).checkcast(owner).loadLocal(tk, 3);
                    if (tk == TypeKind.REFERENCE && !f.getType().equals(Object.class)) {
                        cob.checkcast(fieldDesc);
                    }
                    cob.putfield(owner, f.getName(), fieldDesc).return_();
                }));
    }

    /** Emits {@code switch (slot)} over {@code fields}, each case ending in a return. */
    private static void dispatch(CodeBuilder cob, List<Field> fields, java.util.function.Consumer<Field> body) {
        if (fields.size() == 1) {
            body.accept(fields.getFirst());
            return;
        }
        Label fallback = cob.newLabel();
        List<Label> labels = new ArrayList<>();
        List<SwitchCase> cases = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Label l = cob.newLabel();
            labels.add(l);
            cases.add(SwitchCase.of(i, l));
        }
        cob.iload(2).tableswitch(0, fields.size() - 1, fallback, cases);
        for (int i = 0; i < fields.size(); i++) {
            cob.labelBinding(labels.get(i));
            body.accept(fields.get(i));
        }
        cob.labelBinding(fallback);
        cob.iload(2)
                .invokestatic(CD_FIELD_ACCESS, "noSuchSlot", MethodTypeDesc.of(ClassDesc.of(RuntimeException.class.getName()), CD_int))
                .athrow();
    }
}
