/** The {@code sirocco-idl:generate} Maven goal. */
package io.sirocco.idl.maven;
