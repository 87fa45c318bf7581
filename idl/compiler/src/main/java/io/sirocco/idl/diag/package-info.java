/** Source positions and the error/warning messages of the IDL compiler ({@code file:line:col: message}). */
package io.sirocco.idl.diag;
