package io.sirocco.idl.gen;

import io.sirocco.idl.model.ArrayType;
import io.sirocco.idl.model.Field;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.model.PrimitiveType;
import io.sirocco.idl.model.SequenceType;
import io.sirocco.idl.model.StringType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code org.omg.dds.type} annotations of a generated field. They let reflective code (content
 * filters, Sirocco's reflective codec, user tools) see what Java types lose: keys, optional members,
 * explicit member ids, unsigned and wide characters, bounds and array dimensions. Shapes the
 * annotations cannot express (a sequence of bounded strings, say) are left to the generated codec.
 */
final class MemberAnnotations {
    private static final String P = "org.omg.dds.type.";
    private static final String KIND = P + "TypeKind.";

    private MemberAnnotations() {
    }

    /** The annotation lines for {@code f}; {@code previousId} is the id of the member before it (-1 for none). */
    static List<String> of(Field f, int previousId, boolean mutable) {
        List<String> out = new ArrayList<>();
        if (f.key()) {
            out.add("@" + P + "Key");
        }
        if (f.optional()) {
            out.add("@" + P + "Optional");
        }
        if (f.id() != previousId + 1) {
            out.add("@" + P + "ID(" + f.id() + ")");
        }
        if (f.mustUnderstand() && mutable) {
            out.add("@" + P + "MustUnderstand");
        }
        String serializeAs = serializeAs(f.type());
        if (serializeAs != null) {
            out.add(serializeAs);
        }
        return out;
    }

    private static String serializeAs(IdlType t) {
        return switch (t) {
            case PrimitiveType p -> {
                String k = primitiveKind(p);
                yield k == null ? null : "@" + P + "SerializeAs(" + KIND + k + ")";
            }
            case StringType s -> {
                if (!s.wide() && !s.isBounded()) {
                    yield null;
                }
                yield annotation("STRING_TYPE", s.isBounded() ? List.of(s.bound()) : List.of(),
                        s.wide() ? "CHAR_32_TYPE" : null);
            }
            case SequenceType s -> {
                String element = elementKind(s.element());
                if ("".equals(element)) {
                    yield null;
                }
                if (!s.isBounded() && element == null) {
                    yield null;
                }
                yield annotation("SEQUENCE_TYPE", s.isBounded() ? List.of(s.bound()) : List.of(), element);
            }
            case ArrayType a -> {
                String element = elementKind(a.element());
                yield "".equals(element) ? null : annotation("ARRAY_TYPE", a.dimensions(), element);
            }
            default -> null;
        };
    }

    private static String annotation(String kind, List<Integer> bounds, String elementKind) {
        StringBuilder sb = new StringBuilder("@" + P + "SerializeAs(value = " + KIND + kind);
        if (!bounds.isEmpty()) {
            sb.append(", bound = ");
            String list = bounds.stream().map(String::valueOf).collect(Collectors.joining(", "));
            sb.append(bounds.size() == 1 ? list : "{" + list + "}");
        }
        if (elementKind != null) {
            sb.append(", collectionElementKind = ").append(KIND).append(elementKind);
        }
        return sb.append(')').toString();
    }

    /** The element kind to declare: null when none is needed, "" when not expressible. */
    private static String elementKind(IdlType element) {
        return switch (element) {
            case PrimitiveType p -> primitiveKind(p);
            case StringType s -> s.wide() || s.isBounded() ? "" : null;
            case SequenceType s -> "";
            case ArrayType a -> "";
            default -> null;
        };
    }

    private static String primitiveKind(PrimitiveType p) {
        return switch (p) {
            case WCHAR -> "CHAR_32_TYPE";
            case UINT16 -> "UINT_16_TYPE";
            case UINT32 -> "UINT_32_TYPE";
            case UINT64 -> "UINT_64_TYPE";
            default -> null;
        };
    }
}
