/**
 * The Sirocco IDL compiler: {@link io.sirocco.idl.IdlCompiler} (library) and
 * {@link io.sirocco.idl.Main} (the {@code sirocco-idl} command line).
 */
package io.sirocco.idl;
