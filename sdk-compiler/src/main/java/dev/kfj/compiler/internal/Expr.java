package dev.kfj.compiler.internal;

import java.util.List;

/**
 * A run-time value as Argo names it in one DAG's scope, rendered two ways: as a simple template
 * tag ({@code {{tasks.a.outputs.parameters.x}}}) for arguments, or inside an expression tag, where
 * every user-chosen name is indexed ({@code tasks['a'].outputs.parameters['x']}) because the
 * expression language reads {@code -} as minus.
 */
sealed interface Expr permits Expr.Path, Expr.Raw {

    /** The value in a simple tag, e.g. {@code {{inputs.parameters.x}}}. */
    String tag();

    /** The value as an operand of an expression. */
    String expr();

    /**
     * A dotted variable path.
     *
     * @param parts the segments
     * @param names for each segment, whether it is a user-chosen name (indexed in expressions)
     */
    record Path(List<String> parts, List<Boolean> names) implements Expr {
        /** Copies the lists. */
        public Path {
            parts = List.copyOf(parts);
            names = List.copyOf(names);
        }

        static Path of(Object... pieces) {
            List<String> parts = new java.util.ArrayList<>();
            List<Boolean> names = new java.util.ArrayList<>();
            for (Object piece : pieces) {
                if (piece instanceof Name n) {
                    parts.add(n.text());
                    names.add(true);
                } else {
                    parts.add((String) piece);
                    names.add(false);
                }
            }
            return new Path(parts, names);
        }

        @Override
        public String tag() {
            return "{{" + String.join(".", parts) + "}}";
        }

        @Override
        public String expr() {
            StringBuilder out = new StringBuilder(parts.get(0));
            for (int i = 1; i < parts.size(); i++) {
                out.append(names.get(i) ? "['" + parts.get(i) + "']" : "." + parts.get(i));
            }
            return out.toString();
        }
    }

    /** An expression, e.g. a fan-in that picks one field out of a loop's aggregated outputs. @param text the expression */
    record Raw(String text) implements Expr {
        @Override
        public String tag() {
            return "{{=" + text + "}}";
        }

        @Override
        public String expr() {
            return "(" + text + ")";
        }
    }

    /** A user-chosen segment of a {@link Path}. @param text the name */
    record Name(String text) {}

    /** A string literal of the expression language that survives template scanning: no braces, no quotes unescaped. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '{' -> out.append("\\u007b");
                case '}' -> out.append("\\u007d");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
