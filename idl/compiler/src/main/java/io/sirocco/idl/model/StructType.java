package io.sirocco.idl.model;

import io.sirocco.idl.diag.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An IDL struct. Created when first declared (possibly forward) and completed by {@link #define};
 * until then it may only be used as a sequence element.
 */
public final class StructType extends Declaration implements IdlType {
    private StructType base;
    private Extensibility extensibility = Extensibility.FINAL;
    private List<Field> fields = List.of();
    private boolean defined;
    private boolean extended;
    private boolean hasKeylist;

    public StructType(String name, List<String> modules, SourcePosition position) {
        super(name, modules, position);
    }

    /** Completes a forward-declared or new struct. */
    public void define(StructType base, Extensibility extensibility, List<Field> fields) {
        this.base = base;
        this.extensibility = extensibility;
        this.fields = List.copyOf(fields);
        this.defined = true;
        if (base != null) {
            base.extended = true;
        }
    }

    /** Replaces the members (the resolver marks keys from {@code #pragma keylist}). */
    public void replaceFields(List<Field> newFields, boolean fromKeylist) {
        this.fields = List.copyOf(newFields);
        this.hasKeylist |= fromKeylist;
    }

    public boolean isDefined() {
        return defined;
    }

    /** The base struct, or null. */
    public StructType base() {
        return base;
    }

    /** Whether another struct inherits from this one (its Java class is then not final). */
    public boolean isExtended() {
        return extended;
    }

    /** Whether {@code #pragma keylist} named this struct. */
    public boolean hasKeylist() {
        return hasKeylist;
    }

    public Extensibility extensibility() {
        return extensibility;
    }

    /** The members declared by this struct itself. */
    public List<Field> ownFields() {
        return fields;
    }

    /** All members in serialization order: the base's first. */
    public List<Field> allFields() {
        if (base == null) {
            return fields;
        }
        List<Field> all = new ArrayList<>(base.allFields());
        all.addAll(fields);
        return all;
    }

    /** The key members in declaration order. */
    public List<Field> keys() {
        return allFields().stream().filter(Field::key).toList();
    }

    /** Whether the struct has key members. */
    public boolean isKeyed() {
        return allFields().stream().anyMatch(Field::key);
    }

    /**
     * The members that make the key when this struct is nested inside a key: its own keys, or all its
     * members when it declares none (DDS-XTypes 1.3, 7.6.8).
     */
    public List<Field> nestedKeys() {
        List<Field> keys = keys();
        return keys.isEmpty() ? allFields() : keys;
    }

    /** {@code fields} sorted by member id: the order of the key-hash serialization. */
    public static List<Field> byId(List<Field> fields) {
        return fields.stream().sorted(Comparator.comparingInt(Field::id)).toList();
    }

    @Override
    public String describe() {
        return "struct " + scopedName();
    }
}
