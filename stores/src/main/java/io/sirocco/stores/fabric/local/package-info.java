/** The in-JVM fabric for tests: members are threads, pushes are ordered word-atomic copies; failure injection. */
package io.sirocco.stores.fabric.local;
