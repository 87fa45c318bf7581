/** The IDL parser: tokens to the syntax tree of {@code io.sirocco.idl.ast}. */
package io.sirocco.idl.parse;
