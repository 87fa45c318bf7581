package io.sirocco.idl.lex;

/** The kinds of IDL tokens. Keywords are identifiers; the parser tells them apart by text. */
public enum TokenKind {
    /** An identifier or keyword; {@link Token#escaped()} for {@code _name}, which is never a keyword. */
    IDENTIFIER,
    /** An integer literal; the value is a {@link java.math.BigInteger}. */
    INTEGER,
    /** A floating-point literal; the value is a {@link Double}. */
    FLOAT,
    /** A character literal ({@code 'c'} or {@code L'c'}); the value is a {@link Character}. */
    CHAR,
    /** A string literal ({@code "s"} or {@code L"s"}); the value is the decoded {@link String}. */
    STRING,
    /** Punctuation or an operator; the text says which. */
    PUNCT,
    /** A preprocessor line: the text after {@code #}; only the preprocessor sees these. */
    DIRECTIVE,
    /** A {@code #pragma keylist} line that the preprocessor passes on; the text is what follows {@code keylist}. */
    PRAGMA_KEYLIST,
    /** End of input. */
    EOF
}
