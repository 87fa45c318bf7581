package io.sirocco.idl.model;

import io.sirocco.idl.diag.SourcePosition;
import java.util.List;

/** An IDL union: a discriminator type and cases, each with its labels and one member. */
public final class UnionType extends Declaration implements IdlType {
    private IdlType discriminator;
    private Extensibility extensibility = Extensibility.FINAL;
    private List<Case> cases = List.of();
    private ConstValue initialDiscriminator;
    private ConstValue unusedDiscriminator;
    private boolean defined;

    public UnionType(String name, List<String> modules, SourcePosition position) {
        super(name, modules, position);
    }

    /**
     * One case.
     *
     * @param labels the case labels, converted to the discriminator type (empty for a lone {@code default})
     * @param isDefault whether {@code default:} is among the labels
     * @param index position among the cases
     */
    public record Case(String name, IdlType type, List<ConstValue> labels, boolean isDefault, int index,
            SourcePosition position) {
    }

    /**
     * Completes the union.
     *
     * @param initialDiscriminator the discriminator of a new instance (the discriminator type's default)
     * @param unusedDiscriminator a value no label names, or null when the labels cover every value
     */
    public void define(IdlType discriminator, Extensibility extensibility, List<Case> cases,
            ConstValue initialDiscriminator, ConstValue unusedDiscriminator) {
        this.discriminator = discriminator;
        this.extensibility = extensibility;
        this.cases = List.copyOf(cases);
        this.initialDiscriminator = initialDiscriminator;
        this.unusedDiscriminator = unusedDiscriminator;
        this.defined = true;
    }

    public boolean isDefined() {
        return defined;
    }

    /** A {@link PrimitiveType} (integer, char, wchar, boolean, octet) or an {@link EnumType}. */
    public IdlType discriminator() {
        return discriminator;
    }

    public Extensibility extensibility() {
        return extensibility;
    }

    public List<Case> cases() {
        return cases;
    }

    /** The default case, or null. */
    public Case defaultCase() {
        return cases.stream().filter(Case::isDefault).findFirst().orElse(null);
    }

    /** The discriminator value of a new instance. */
    public ConstValue initialDiscriminator() {
        return initialDiscriminator;
    }

    /** A discriminator value that no label names (selects the default case, or no member), or null. */
    public ConstValue unusedDiscriminator() {
        return unusedDiscriminator;
    }

    /** The case selected by {@code value}, or null. */
    public Case caseFor(ConstValue value) {
        for (Case c : cases) {
            if (c.labels().contains(value)) {
                return c;
            }
        }
        return defaultCase();
    }

    @Override
    public String describe() {
        return "union " + scopedName();
    }
}
