package io.sirocco.dcps.filter;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Type;

/**
 * How to read one named member of a class: a getter handle of type {@code (Owner)T} plus the member's
 * erased and generic types (the generic one tells a {@code List}'s element type).
 */
record MemberAccessor(MethodHandle getter, Class<?> type, Type genericType) {
}
