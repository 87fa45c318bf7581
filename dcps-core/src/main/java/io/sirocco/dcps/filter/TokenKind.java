package io.sirocco.dcps.filter;

/** The kinds of lexical token in a filter expression. */
enum TokenKind {
    LEFT_PAREN,
    RIGHT_PAREN,
    /** A comparison operator; the token value is the {@link RelOp}. */
    OPERATOR,
    AND,
    OR,
    NOT,
    BETWEEN,
    LIKE,
    TRUE,
    FALSE,
    /** Value: {@code Long}. */
    INTEGER,
    /** Value: {@code Double}. */
    FLOAT,
    /** Value: the unquoted {@code String}. */
    STRING,
    /** Value: the {@code Integer} parameter number. */
    PARAMETER,
    /** Value: the {@code List<PathSegment>} of the field path. */
    FIELD,
    END
}
