package io.sirocco.dcps.filter;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a field path into a {@link ResolvedField} by reflection, once per bind. Every error points at
 * the path segment that could not be followed.
 */
final class FieldResolver {
    private final Class<?> sampleType;
    private final String expression;

    FieldResolver(Class<?> sampleType, String expression) {
        this.sampleType = sampleType;
        this.expression = expression;
    }

    ResolvedField resolve(FieldOperand field) {
        List<MethodHandle> steps = new ArrayList<>();
        MethodHandle primitiveLeaf = null;
        Class<?> type = sampleType;
        Type generic = sampleType;
        StringBuilder walked = new StringBuilder();
        for (PathSegment segment : field.segments()) {
            String owner = walked.isEmpty() ? sampleType.getSimpleName() : "'" + walked + "'";
            if (primitiveLeaf != null || (!walked.isEmpty() && ValueKind.of(type) != null)) {
                throw error(segment.position(), segment.isIndex() ? "cannot index " + owner : "unknown field '"
                        + segment.name() + "'", owner + " is " + typeName(type) + ", not a structure or sequence");
            }
            if (segment.isIndex()) {
                int index = segment.index();
                if (type.isArray()) {
                    Class<?> component = type.getComponentType();
                    if (component.isPrimitive()) {
                        steps.add(StandardHandles.withinBounds(index));
                        primitiveLeaf = StandardHandles.primitiveElement(type, index);
                    } else {
                        steps.add(StandardHandles.arrayElement(index));
                    }
                    generic = generic instanceof GenericArrayType array ? array.getGenericComponentType() : component;
                    type = component;
                } else if (List.class.isAssignableFrom(type)) {
                    generic = listElementType(generic);
                    type = erasure(generic);
                    if (type == Object.class) {
                        throw error(segment.position(), "cannot tell the element type of " + owner,
                                "declare it with a type argument, such as List<Integer>");
                    }
                    steps.add(StandardHandles.listElement(index));
                } else {
                    throw error(segment.position(), "cannot index " + owner,
                            owner + " is " + typeName(type) + ", not an array or List");
                }
                walked.append('[').append(index).append(']');
            } else {
                MemberAccessor member = member(type, segment, owner);
                if (member.type().isPrimitive()) {
                    primitiveLeaf = member.getter().asType(MethodType.methodType(member.type(), Object.class));
                } else {
                    steps.add(member.getter().asType(StandardHandles.OBJECT_TO_OBJECT));
                }
                type = member.type();
                generic = member.genericType();
                walked.append(walked.isEmpty() ? "" : ".").append(segment.name());
            }
        }
        ValueKind kind = ValueKind.of(type);
        if (kind == null) {
            throw error(field.position(), "field '" + field.text() + "' cannot be compared",
                    "it is " + typeName(type) + "; compare one of its members instead");
        }
        return new ResolvedField(field.text(), field.position(), kind, type, steps.toArray(MethodHandle[]::new),
                primitiveLeaf);
    }

    private MemberAccessor member(Class<?> type, PathSegment segment, String owner) {
        try {
            MemberAccessor member = MemberLookup.find(type, segment.name());
            if (member == null) {
                throw error(segment.position(), "unknown field '" + segment.name() + "'",
                        owner + " has no field, record component or getter of that name");
            }
            return member;
        } catch (IllegalAccessException e) {
            throw error(segment.position(), "inaccessible field '" + segment.name() + "'",
                    "make it public, add a public getter, or open the package of " + type.getName()
                            + " to Sirocco");
        }
    }

    private static Type listElementType(Type listType) {
        if (listType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments().length == 1) {
            return parameterized.getActualTypeArguments()[0];
        }
        return Object.class;
    }

    private static Class<?> erasure(Type type) {
        return switch (type) {
            case Class<?> plain -> plain;
            case ParameterizedType parameterized -> erasure(parameterized.getRawType());
            case WildcardType wildcard -> erasure(wildcard.getUpperBounds()[0]);
            case TypeVariable<?> variable -> erasure(variable.getBounds()[0]);
            case GenericArrayType array -> erasure(array.getGenericComponentType()).arrayType();
            default -> Object.class;
        };
    }

    private static String typeName(Class<?> type) {
        ValueKind kind = ValueKind.of(type);
        if (kind != null) {
            return kind == ValueKind.ENUM ? "an enum " + type.getSimpleName() : kind.description();
        }
        return "of type " + type.getSimpleName();
    }

    private FilterSyntaxException error(int position, String problem, String hint) {
        return FilterSyntaxException.at(expression, position, problem, hint);
    }
}
