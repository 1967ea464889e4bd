package dev.kfj.dsl;

import java.util.List;
import java.util.Objects;

/**
 * A condition evaluated when the pipeline runs, for {@link Scope#when(Cond, java.util.function.Consumer)}.
 * Build one from refs and literals:
 *
 * <pre>{@code
 * p.when(Cond.gt(eval.output(ACCURACY), 0.9), s -> s.step(DEPLOY.with(MODEL, train.output(MODEL))))
 *  .orElseWhen(Cond.eq(mode, "force"), s -> s.step(DEPLOY.with(MODEL, train.output(MODEL))))
 *  .orElse(s -> s.step(REPORT.call()));
 * }</pre>
 *
 * <p>Numbers (integers and doubles) compare as numbers, everything else as text; booleans and
 * enums compare by their text form. The compiler emits the condition as an Argo expression tag
 * ({@code {{=...}}}), which Argo evaluates without re-parsing the values it substitutes.
 */
public sealed interface Cond permits Cond.Compare, Cond.All, Cond.Any, Cond.Not {

    /** How two operands compare. */
    enum Op {
        /** Equal. */
        EQ("=="),
        /** Not equal. */
        NE("!="),
        /** Greater than. */
        GT(">"),
        /** Greater than or equal. */
        GE(">="),
        /** Less than. */
        LT("<"),
        /** Less than or equal. */
        LE("<=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        /** The operator as written in an expression, e.g. {@code >=}. */
        public String symbol() {
            return symbol;
        }
    }

    /**
     * One side of a comparison: a run-time {@link Ref} or a literal.
     *
     * @param ref the ref, or null for a literal
     * @param literal the literal, or null for a ref
     */
    record Operand(Ref<?> ref, Object literal) {
        /** Checks that exactly one side is set. */
        public Operand {
            if ((ref == null) == (literal == null)) {
                throw new IllegalArgumentException("an operand is either a ref or a literal");
            }
        }

        static Operand of(Object value) {
            Objects.requireNonNull(value, "operand");
            return value instanceof Ref<?> r ? new Operand(r, null) : new Operand(null, value);
        }
    }

    /** {@code left op right}. @param left the left side @param op the operator @param right the right side */
    record Compare(Operand left, Op op, Operand right) implements Cond {
        /** Checks the parts. */
        public Compare {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(right, "right");
        }
    }

    /** All of the conditions hold. @param conditions at least one */
    record All(List<Cond> conditions) implements Cond {
        /** Copies the list. */
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    /** At least one of the conditions holds. @param conditions at least one */
    record Any(List<Cond> conditions) implements Cond {
        /** Copies the list. */
        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    /** The condition does not hold. @param condition the negated condition */
    record Not(Cond condition) implements Cond {
        /** Checks the part. */
        public Not {
            Objects.requireNonNull(condition, "condition");
        }
    }

    /** {@code ref == value}. */
    static <T> Cond eq(Ref<T> ref, T value) {
        return compare(ref, Op.EQ, value);
    }

    /** {@code a == b}, both known at run time. */
    static <T> Cond eq(Ref<T> a, Ref<? extends T> b) {
        return compare(a, Op.EQ, b);
    }

    /** {@code ref != value}. */
    static <T> Cond ne(Ref<T> ref, T value) {
        return compare(ref, Op.NE, value);
    }

    /** {@code a != b}, both known at run time. */
    static <T> Cond ne(Ref<T> a, Ref<? extends T> b) {
        return compare(a, Op.NE, b);
    }

    /** {@code ref > value}, compared as numbers. */
    static <N extends Number> Cond gt(Ref<N> ref, Number value) {
        return compare(ref, Op.GT, value);
    }

    /** {@code a > b}, compared as numbers. */
    static <N extends Number> Cond gt(Ref<N> a, Ref<? extends Number> b) {
        return compare(a, Op.GT, b);
    }

    /** {@code ref >= value}, compared as numbers. */
    static <N extends Number> Cond ge(Ref<N> ref, Number value) {
        return compare(ref, Op.GE, value);
    }

    /** {@code a >= b}, compared as numbers. */
    static <N extends Number> Cond ge(Ref<N> a, Ref<? extends Number> b) {
        return compare(a, Op.GE, b);
    }

    /** {@code ref < value}, compared as numbers. */
    static <N extends Number> Cond lt(Ref<N> ref, Number value) {
        return compare(ref, Op.LT, value);
    }

    /** {@code a < b}, compared as numbers. */
    static <N extends Number> Cond lt(Ref<N> a, Ref<? extends Number> b) {
        return compare(a, Op.LT, b);
    }

    /** {@code ref <= value}, compared as numbers. */
    static <N extends Number> Cond le(Ref<N> ref, Number value) {
        return compare(ref, Op.LE, value);
    }

    /** {@code a <= b}, compared as numbers. */
    static <N extends Number> Cond le(Ref<N> a, Ref<? extends Number> b) {
        return compare(a, Op.LE, b);
    }

    /** {@code ref} is {@code true}. */
    static Cond isTrue(Ref<Boolean> ref) {
        return compare(ref, Op.EQ, Boolean.TRUE);
    }

    /** All of {@code conditions} hold. */
    static Cond and(Cond... conditions) {
        return new All(List.of(conditions));
    }

    /** At least one of {@code conditions} holds. */
    static Cond or(Cond... conditions) {
        return new Any(List.of(conditions));
    }

    /** {@code condition} does not hold. */
    static Cond not(Cond condition) {
        return new Not(condition);
    }

    private static Cond compare(Object left, Op op, Object right) {
        return new Compare(Operand.of(left), op, Operand.of(right));
    }
}
