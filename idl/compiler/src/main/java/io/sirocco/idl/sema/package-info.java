/** The semantic pass: scopes, name and type resolution, constant evaluation and the IDL/XTypes rules. */
package io.sirocco.idl.sema;
