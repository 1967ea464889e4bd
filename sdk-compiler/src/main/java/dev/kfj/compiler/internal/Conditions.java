package dev.kfj.compiler.internal;

import java.util.stream.Collectors;

/**
 * Renders conditions as Argo expressions (expr-lang): numbers compare through {@code asFloat},
 * text as quoted literals, every user-chosen name indexed.
 */
final class Conditions {
    private Conditions() {}

    static String render(Plan.Condition condition, DagTree tree, DagNode scope) {
        if (condition instanceof Plan.All all) {
            if (all.conditions().isEmpty()) return "true";
            return all.conditions().stream().map(c -> wrap(c, tree, scope)).collect(Collectors.joining(" && "));
        }
        if (condition instanceof Plan.Any any) {
            return any.conditions().stream().map(c -> wrap(c, tree, scope)).collect(Collectors.joining(" || "));
        }
        if (condition instanceof Plan.Not not) {
            return "!(" + render(not.condition(), tree, scope) + ")";
        }
        Plan.Compare cmp = (Plan.Compare) condition;
        return operand(cmp.left(), cmp.numeric(), tree, scope) + " " + cmp.op() + " "
                + operand(cmp.right(), cmp.numeric(), tree, scope);
    }

    private static String wrap(Plan.Condition c, DagTree tree, DagNode scope) {
        String text = render(c, tree, scope);
        return c instanceof Plan.Compare || c instanceof Plan.Not ? text : "(" + text + ")";
    }

    private static String operand(Plan.Value value, boolean numeric, DagTree tree, DagNode scope) {
        if (value instanceof Plan.Literal literal) {
            return numeric ? literal.text() : Expr.quote(literal.text());
        }
        String e = tree.resolve(value, scope).expr();
        return numeric ? "asFloat(" + e + ")" : e;
    }
}
