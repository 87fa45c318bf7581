/**
 * The resolved IDL model the generator works from: types with typedefs removed, evaluated constants,
 * member ids, keys and extensibility.
 */
package io.sirocco.idl.model;
