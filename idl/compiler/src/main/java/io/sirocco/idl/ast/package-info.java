/** The syntax tree of an IDL file, as the parser builds it: unresolved names and unevaluated expressions. */
package io.sirocco.idl.ast;
