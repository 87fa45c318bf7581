package io.sirocco.dcps.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the DDS filter grammar. One method per precedence level gives
 * {@code NOT} over {@code AND} over {@code OR}; every error names the offending token, its offset and
 * what would have been acceptable there.
 */
final class Parser {
    private static final String OPERAND = "a field name, literal or %n parameter";
    private static final String CONDITION = "a field name, literal, %n parameter, NOT or '('";
    /**
     * Deepest nesting of parentheses and NOTs accepted. Expressions may arrive from remote readers
     * during discovery, so recursion is bounded rather than left to the thread's stack size.
     */
    static final int MAX_DEPTH = 200;

    private final String text;
    private final Lexer lexer;
    private Token current;
    private int depth;

    private Parser(String text) {
        this.text = text;
        this.lexer = new Lexer(text);
        this.current = lexer.next();
    }

    /** Parses a non-blank expression. */
    static Condition parse(String text) {
        Parser parser = new Parser(text);
        Condition condition = parser.or();
        Token token = parser.peek();
        if (token.kind() == TokenKind.RIGHT_PAREN) {
            throw parser.error(token, "unexpected ')'", "there is no '(' for it to close");
        }
        if (token.kind() != TokenKind.END) {
            throw parser.unexpected(token, "AND, OR or the end of the expression");
        }
        return condition;
    }

    private Condition or() {
        List<Condition> operands = new ArrayList<>();
        operands.add(and());
        while (peek().kind() == TokenKind.OR) {
            advance();
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new OrCondition(operands);
    }

    private Condition and() {
        List<Condition> operands = new ArrayList<>();
        operands.add(not());
        while (peek().kind() == TokenKind.AND) {
            advance();
            operands.add(not());
        }
        return operands.size() == 1 ? operands.get(0) : new AndCondition(operands);
    }

    private Condition not() {
        Token token = peek();
        if (token.kind() == TokenKind.NOT) {
            advance();
            enter(token);
            Condition negated = new NotCondition(not());
            depth--;
            return negated;
        }
        return primary();
    }

    private Condition primary() {
        Token token = peek();
        if (token.kind() != TokenKind.LEFT_PAREN) {
            if (!startsOperand(token)) {
                throw unexpected(token, CONDITION);
            }
            return predicate();
        }
        advance();
        enter(token);
        Condition inner = or();
        depth--;
        Token close = peek();
        if (close.kind() == TokenKind.END) {
            throw error(token, "unbalanced parentheses", "the '(' is never closed");
        }
        if (close.kind() != TokenKind.RIGHT_PAREN) {
            throw unexpected(close, "AND, OR or ')'");
        }
        advance();
        return inner;
    }

    private Condition predicate() {
        Operand left = operand();
        Token token = peek();
        switch (token.kind()) {
            case OPERATOR, LIKE -> {
                advance();
                RelOp op = token.kind() == TokenKind.LIKE ? RelOp.LIKE : (RelOp) token.value();
                return comparison(left, op, token.position());
            }
            case BETWEEN -> {
                advance();
                return between(left, false, token);
            }
            case NOT -> {
                advance();
                Token after = peek();
                if (after.kind() == TokenKind.LIKE) {
                    advance();
                    return comparison(left, RelOp.NOT_LIKE, token.position());
                }
                if (after.kind() == TokenKind.BETWEEN) {
                    advance();
                    return between(left, true, token);
                }
                throw unexpected(after, "LIKE or BETWEEN after NOT");
            }
            default -> throw unexpected(token, "a comparison operator (=, <>, !=, <, <=, >, >=), LIKE or BETWEEN");
        }
    }

    private Condition comparison(Operand left, RelOp op, int operatorPosition) {
        Operand right = operand();
        if (!(left instanceof FieldOperand) && !(right instanceof FieldOperand)) {
            throw FilterSyntaxException.at(text, left.position(), "comparison without a field",
                    "at least one side of '" + op.symbol() + "' must be a field name");
        }
        return new ComparisonPredicate(left, op, right, operatorPosition);
    }

    private Condition between(Operand subject, boolean negated, Token keyword) {
        if (!(subject instanceof FieldOperand field)) {
            throw FilterSyntaxException.at(text, subject.position(), "BETWEEN without a field",
                    "the left side of " + (negated ? "NOT BETWEEN" : "BETWEEN") + " must be a field name");
        }
        Operand low = operand();
        Token and = peek();
        if (and.kind() != TokenKind.AND) {
            throw unexpected(and, "AND between the bounds of the BETWEEN at position " + keyword.position());
        }
        advance();
        Operand high = operand();
        return new BetweenPredicate(field, negated, low, high);
    }

    private Operand operand() {
        Token token = peek();
        if (!startsOperand(token)) {
            throw unexpected(token, OPERAND);
        }
        advance();
        return switch (token.kind()) {
            case FIELD -> {
                @SuppressWarnings("unchecked")
                List<PathSegment> segments = (List<PathSegment>) token.value();
                yield new FieldOperand(token.text(), segments, token.position());
            }
            case PARAMETER -> new ParameterOperand((Integer) token.value(), token.position());
            case TRUE -> new LiteralOperand(TokenKind.TRUE, Boolean.TRUE, token.text(), token.position());
            case FALSE -> new LiteralOperand(TokenKind.FALSE, Boolean.FALSE, token.text(), token.position());
            default -> new LiteralOperand(token.kind(), token.value(), token.text(), token.position());
        };
    }

    private static boolean startsOperand(Token token) {
        return switch (token.kind()) {
            case FIELD, PARAMETER, INTEGER, FLOAT, STRING, TRUE, FALSE -> true;
            default -> false;
        };
    }

    private void enter(Token token) {
        if (++depth > MAX_DEPTH) {
            throw error(token, "expression nested too deeply", "at most " + MAX_DEPTH
                    + " levels of parentheses and NOT are allowed");
        }
    }

    private Token peek() {
        return current;
    }

    private void advance() {
        current = lexer.next();
    }

    private FilterSyntaxException unexpected(Token token, String expected) {
        return error(token, "unexpected " + token.describe(), "expected " + expected);
    }

    private FilterSyntaxException error(Token token, String problem, String hint) {
        return FilterSyntaxException.at(text, token.position(), problem, hint);
    }
}
