/** Tokens, the IDL lexer and the preprocessor subset ({@code #include}, {@code #define}, conditionals, {@code #pragma keylist}). */
package io.sirocco.idl.lex;
