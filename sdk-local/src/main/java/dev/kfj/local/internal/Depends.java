package dev.kfj.local.internal;

import dev.kfj.local.Phase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A DAG task's {@code depends} expression: operands {@code task} or {@code task.Result}, with
 * {@code && || !} and parentheses. A bare {@code task} means
 * {@code task.Succeeded || task.Skipped || task.Daemoned}.
 */
public final class Depends {
    private static final Set<String> RESULTS = Set.of("Succeeded", "Failed", "Errored", "Skipped", "Omitted",
            "Daemoned", "AnySucceeded", "AllFailed");

    private final String text;
    private final List<String> tokens = new ArrayList<>();
    private int pos;

    private Depends(String text) {
        this.text = text;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == '!') {
                tokens.add(String.valueOf(c));
                i++;
            } else if (text.startsWith("&&", i) || text.startsWith("||", i)) {
                tokens.add(text.substring(i, i + 2));
                i += 2;
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.') {
                int j = i;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || "-_.".indexOf(text.charAt(j)) >= 0)) {
                    j++;
                }
                tokens.add(text.substring(i, j));
                i = j;
            } else {
                throw new IllegalArgumentException("depends '" + text + "': unexpected character '" + c + "'");
            }
        }
    }

    /** The task names {@code depends} refers to, in order of appearance. */
    public static Set<String> names(String depends) {
        Set<String> names = new LinkedHashSet<>();
        for (String t : new Depends(depends).tokens) {
            if (!List.of("(", ")", "!", "&&", "||").contains(t)) names.add(operandTask(t));
        }
        return names;
    }

    /** The names of tasks whose failure {@code depends} handles ({@code .Failed}, {@code .Errored}, {@code .AllFailed}). */
    public static Set<String> handledFailures(String depends) {
        Set<String> names = new LinkedHashSet<>();
        for (String t : new Depends(depends).tokens) {
            if (t.endsWith(".Failed") || t.endsWith(".Errored") || t.endsWith(".AllFailed")) names.add(operandTask(t));
        }
        return names;
    }

    private static String operandTask(String t) {
        int dot = t.lastIndexOf('.');
        return dot > 0 && RESULTS.contains(t.substring(dot + 1)) ? t.substring(0, dot) : t;
    }

    /** A finished task as {@code depends} sees it. */
    public record Outcome(Phase phase, List<Phase> children) {
    }

    /** Evaluates {@code depends} with each named task's outcome. */
    public static boolean evaluate(String depends, Function<String, Outcome> outcome) {
        Depends d = new Depends(depends);
        boolean v = d.or(outcome);
        if (d.pos != d.tokens.size()) throw new IllegalArgumentException("depends '" + depends + "': unexpected '"
                + d.tokens.get(d.pos) + "'");
        return v;
    }

    private boolean or(Function<String, Outcome> o) {
        boolean v = and(o);
        while (pos < tokens.size() && tokens.get(pos).equals("||")) {
            pos++;
            boolean r = and(o);
            v = v || r;
        }
        return v;
    }

    private boolean and(Function<String, Outcome> o) {
        boolean v = unary(o);
        while (pos < tokens.size() && tokens.get(pos).equals("&&")) {
            pos++;
            boolean r = unary(o);
            v = v && r;
        }
        return v;
    }

    private boolean unary(Function<String, Outcome> o) {
        if (pos >= tokens.size()) throw new IllegalArgumentException("depends '" + text + "': unexpected end");
        String t = tokens.get(pos++);
        if (t.equals("!")) return !unary(o);
        if (t.equals("(")) {
            boolean v = or(o);
            if (pos >= tokens.size() || !tokens.get(pos).equals(")")) {
                throw new IllegalArgumentException("depends '" + text + "': missing ')'");
            }
            pos++;
            return v;
        }
        String task = operandTask(t);
        String result = task.equals(t) ? "" : t.substring(task.length() + 1);
        Outcome out = o.apply(task);
        Phase p = out.phase();
        return switch (result) {
            case "" -> p == Phase.SUCCEEDED || p == Phase.SKIPPED;
            case "Succeeded" -> p == Phase.SUCCEEDED;
            case "Failed" -> p == Phase.FAILED;
            case "Errored" -> p == Phase.ERROR;
            case "Skipped" -> p == Phase.SKIPPED;
            case "Omitted" -> p == Phase.OMITTED;
            case "Daemoned" -> false;
            case "AnySucceeded" -> out.children().contains(Phase.SUCCEEDED);
            case "AllFailed" -> !out.children().isEmpty() && out.children().stream().allMatch(c -> c == Phase.FAILED);
            default -> throw new IllegalArgumentException("depends '" + text + "': unknown result '" + result + "'");
        };
    }

    /** The {@code depends} equivalent of a {@code dependencies} list, honouring {@code continueOn}. */
    public static String fromDependencies(List<String> deps, Map<String, dev.kfj.argo.ContinueOn> continueOn) {
        List<String> parts = new ArrayList<>();
        for (String d : deps) {
            dev.kfj.argo.ContinueOn c = continueOn.get(d);
            StringBuilder b = new StringBuilder("(").append(d).append(".Succeeded || ").append(d).append(".Skipped");
            if (c != null && Boolean.TRUE.equals(c.failed())) b.append(" || ").append(d).append(".Failed");
            if (c != null && Boolean.TRUE.equals(c.error())) b.append(" || ").append(d).append(".Errored");
            parts.add(b.append(")").toString());
        }
        return String.join(" && ", parts);
    }
}
