package dev.kfj.local.internal;

import java.util.List;
import java.util.Map;

/**
 * Substitutes Argo's {@code {{…}}} tags in a string: simple tags from a flat scope, {@code {{=…}}}
 * expression tags through {@link Expr}. A tag with one of Argo's reserved prefixes that is not in
 * scope is an error, as in Argo; any other unknown tag is left as written.
 */
public final class Templating {
    private static final List<String> RESERVED = List.of("item", "steps.", "inputs.", "outputs.", "pod.",
            "workflow.", "tasks.");

    private Templating() {}

    /** Thrown for a tag that cannot be resolved. */
    public static final class UnresolvedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnresolvedException(String message) {
            super(message);
        }
    }

    /** {@code text} with every tag resolved in {@code scope}. */
    public static String substitute(String text, Map<String, Object> scope) {
        if (text == null || !text.contains("{{")) return text;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int open = text.indexOf("{{", i);
            if (open < 0) {
                out.append(text, i, text.length());
                return out.toString();
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) throw new UnresolvedException("cannot find the end '}}' of a tag in '" + text + "'");
            out.append(text, i, open);
            String tag = text.substring(open + 2, close);
            out.append(resolve(tag, scope));
            i = close + 2;
        }
    }

    private static String resolve(String rawTag, Map<String, Object> scope) {
        String tag = rawTag.trim();
        if (tag.startsWith("=")) {
            Object v;
            try {
                v = Expr.eval(tag.substring(1), Expr.nest(exprScope(scope)), false);
            } catch (Expr.ExprException e) {
                throw new UnresolvedException(e.getMessage());
            }
            if (v == null) throw new UnresolvedException("expression '" + tag.substring(1).trim() + "' gave nil");
            return v instanceof String s ? s : Json.write(v);
        }
        if (scope.containsKey(tag)) return Expr.str(scope.get(tag));
        for (String prefix : RESERVED) {
            if (tag.equals(prefix) || tag.startsWith(prefix.endsWith(".") ? prefix : prefix + ".")) {
                throw new UnresolvedException("failed to resolve {{" + tag + "}}");
            }
        }
        return "{{" + rawTag + "}}";
    }

    private static Map<String, Object> exprScope(Map<String, Object> scope) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        scope.forEach((k, v) -> {
            if (!k.startsWith("item.")) m.put(k, v);
        });
        return m;
    }

    /** Whether {@code text} is exactly one {@code {{=…}}} expression tag. */
    public static boolean isSingleExpression(String text) {
        String t = text.trim();
        return t.startsWith("{{=") && t.endsWith("}}") && t.indexOf("}}") == t.length() - 2;
    }
}
