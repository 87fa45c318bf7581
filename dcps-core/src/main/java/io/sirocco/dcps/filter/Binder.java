package io.sirocco.dcps.filter;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a parsed expression for one sample type: resolves every field once, checks operand types
 * and operators, converts literals, and leaves a {@link PendingNode} wherever a parameter is compared.
 */
final class Binder {
    private final String expression;
    private final FieldResolver resolver;
    private final Map<FieldOperand, ResolvedField> resolved = new IdentityHashMap<>();

    Binder(Class<?> sampleType, String expression) {
        this.expression = expression;
        this.resolver = new FieldResolver(sampleType, expression);
    }

    Node bind(Condition condition) {
        return switch (condition) {
            case AndCondition and -> new AndNode(and.operands().stream().map(this::bind).toArray(Node[]::new));
            case OrCondition or -> new OrNode(or.operands().stream().map(this::bind).toArray(Node[]::new));
            case NotCondition not -> new NotNode(bind(not.operand()));
            case ComparisonPredicate comparison -> comparison(comparison.left(), comparison.operator(),
                    comparison.right(), comparison.operatorPosition());
            case BetweenPredicate between -> between(between);
        };
    }

    /** {@code x BETWEEN a AND b} is {@code x >= a AND x <= b}; the negation is {@code x < a OR x > b}. */
    private Node between(BetweenPredicate between) {
        FieldOperand field = between.field();
        if (resolve(field).kind() == ValueKind.BOOLEAN) {
            throw FilterSyntaxException.at(expression, field.position(), "BETWEEN cannot order booleans",
                    "'" + field.text() + "' is a boolean; use = or <>");
        }
        boolean negated = between.negated();
        Node low = comparison(field, negated ? RelOp.LT : RelOp.GE, between.low(), field.position());
        Node high = comparison(field, negated ? RelOp.GT : RelOp.LE, between.high(), field.position());
        return negated ? new OrNode(low, high) : new AndNode(low, high);
    }

    private Node comparison(Operand leftOperand, RelOp op, Operand rightOperand, int operatorPosition) {
        Term left = term(leftOperand, rightOperand);
        Term right = term(rightOperand, leftOperand);
        if (left instanceof EnumTerm && right instanceof EnumTerm) {
            left = new FieldTerm(resolve((FieldOperand) leftOperand));
        }
        if (op.isLike()) {
            return like(left, right, op == RelOp.NOT_LIKE);
        }
        if (left instanceof FieldTerm a && right instanceof FieldTerm b) {
            checkOrdering(a.field(), op, operatorPosition);
            return Comparisons.fields(a.field(), op, b.field(), expression);
        }
        boolean fieldFirst = left instanceof FieldTerm;
        ResolvedField field = ((FieldTerm) (fieldFirst ? left : right)).field();
        Term other = fieldFirst ? right : left;
        RelOp effective = fieldFirst ? op : op.flip();
        checkOrdering(field, op, operatorPosition);
        return switch (other) {
            case LiteralTerm literal -> Comparisons.withConstant(field, effective,
                    ConstantConverter.fromLiteral(field, literal.literal(), expression));
            case EnumTerm name -> Comparisons.withConstant(field, effective,
                    ConstantConverter.enumConstant(field, name.name(), name.position(), expression));
            case ParameterTerm parameter -> new PendingNode(parameters -> Comparisons.withConstant(field, effective,
                    ConstantConverter.fromParameter(field, parameter.parameter(), parameters, expression)));
            case FieldTerm unexpected -> throw new IllegalStateException("two fields handled above");
        };
    }

    private void checkOrdering(ResolvedField field, RelOp op, int operatorPosition) {
        if (field.kind() == ValueKind.BOOLEAN && !op.isEquality()) {
            throw FilterSyntaxException.at(expression, operatorPosition,
                    "operator '" + op.symbol() + "' cannot order booleans",
                    "'" + field.path() + "' is a boolean; use = or <>");
        }
    }

    private Node like(Term text, Term pattern, boolean negated) {
        TextSource textSource = text instanceof ParameterTerm ? null : likeSource(text);
        TextSource patternSource = pattern instanceof ParameterTerm ? null : likeSource(pattern);
        if (textSource != null && patternSource != null) {
            return new LikeNode(textSource, patternSource, negated);
        }
        return new PendingNode(parameters -> new LikeNode(
                textSource != null ? textSource : parameterText(text, parameters),
                patternSource != null ? patternSource : parameterText(pattern, parameters),
                negated));
    }

    private TextSource likeSource(Term term) {
        return switch (term) {
            case FieldTerm field -> Comparisons.likeText(field.field(), expression);
            case EnumTerm name -> TextSource.constant(name.name());
            case LiteralTerm literal -> {
                if (!(literal.literal().value() instanceof String text)) {
                    throw FilterSyntaxException.at(expression, literal.literal().position(), "type mismatch",
                            "LIKE compares text, not " + literal.literal().describe());
                }
                yield TextSource.constant(text);
            }
            case ParameterTerm parameter -> throw new IllegalStateException("parameters are bound later");
        };
    }

    private TextSource parameterText(Term term, List<String> parameters) {
        ParameterOperand parameter = ((ParameterTerm) term).parameter();
        return TextSource.constant(ConstantConverter.textParameter(parameter, parameters, expression));
    }

    /**
     * Classifies an operand. A lone identifier opposite an enum field is taken as one of the enum's
     * constants when it names one exactly, or ignoring case when it is not also a field of the sample.
     */
    private Term term(Operand operand, Operand other) {
        return switch (operand) {
            case ParameterOperand parameter -> new ParameterTerm(parameter);
            case LiteralOperand literal -> new LiteralTerm(literal);
            case FieldOperand field -> {
                if (field.isSimpleName() && other instanceof FieldOperand otherField) {
                    ResolvedField opposite = tryResolve(otherField);
                    if (opposite != null && opposite.kind() == ValueKind.ENUM) {
                        Enum<?> constant = opposite.enumCodes().find(field.text());
                        if (constant != null && (constant.name().equals(field.text()) || tryResolve(field) == null)) {
                            yield new EnumTerm(field.text(), field.position());
                        }
                    }
                }
                yield new FieldTerm(resolve(field));
            }
        };
    }

    private ResolvedField resolve(FieldOperand field) {
        return resolved.computeIfAbsent(field, resolver::resolve);
    }

    private ResolvedField tryResolve(FieldOperand field) {
        try {
            return resolve(field);
        } catch (FilterSyntaxException unresolvable) {
            return null;
        }
    }

    private sealed interface Term permits FieldTerm, LiteralTerm, ParameterTerm, EnumTerm {
    }

    private record FieldTerm(ResolvedField field) implements Term {
    }

    private record LiteralTerm(LiteralOperand literal) implements Term {
    }

    private record ParameterTerm(ParameterOperand parameter) implements Term {
    }

    private record EnumTerm(String name, int position) implements Term {
    }
}
