package dev.kfj.argo.yaml.internal;

import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Writes the common shape of an Argo document (block mappings and sequences of single-line ASCII
 * text, whole numbers and booleans) straight to text, byte for byte as the configured Jackson YAML
 * mapper would, at a small fraction of its cost. Anything else (line breaks, tabs, text beyond
 * ASCII, leading or trailing blanks, long keys, nested sequences, other number types) returns
 * empty, and the caller uses the Jackson mapper for the whole document.
 *
 * <p>Each scalar gets the style the mapper would give it: Jackson asks {@link Yaml11QuotingChecker}
 * whether to double-quote; otherwise the text is plain unless YAML's block-context indicators
 * ({@code - }, {@code : }, {@code  #}, a leading {@code [{&*!|>'"%@`,?#} or {@code ---}) forbid
 * it, and then it is single-quoted.
 */
public final class FastYamlWriter {
    private static final Yaml11QuotingChecker QUOTING = new Yaml11QuotingChecker();
    /** Keys at least this long are left to the mapper, which may write them as explicit keys. */
    private static final int MAX_KEY = 100;
    private static final String LEADING_INDICATORS = "#,[]{}&*!|>'\"%@`";

    private final StringBuilder out = new StringBuilder(4096);

    private FastYamlWriter() {}

    /** The YAML of {@code root}, or empty when it has something this writer leaves to Jackson. */
    public static Optional<String> write(JsonNode root) {
        if (!(root instanceof ObjectNode object) || object.isEmpty()) return Optional.empty();
        FastYamlWriter w = new FastYamlWriter();
        return w.mapping(object, 0, false) ? Optional.of(w.out.toString()) : Optional.empty();
    }

    private boolean mapping(ObjectNode node, int indent, boolean inline) {
        boolean first = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!first || !inline) indent(indent);
            first = false;
            String key = e.getKey();
            if (key.length() >= MAX_KEY || !scalar(key, QUOTING.needToQuoteName(key))) return false;
            out.append(':');
            JsonNode value = e.getValue();
            if (value instanceof ObjectNode o && !o.isEmpty()) {
                out.append('\n');
                if (!mapping(o, indent + 2, false)) return false;
            } else if (value instanceof ArrayNode a && !a.isEmpty()) {
                out.append('\n');
                if (!sequence(a, indent + 2)) return false;
            } else {
                out.append(' ');
                if (!value(value)) return false;
                out.append('\n');
            }
        }
        return true;
    }

    private boolean sequence(ArrayNode node, int indent) {
        for (JsonNode item : node) {
            indent(indent);
            out.append("- ");
            if (item instanceof ObjectNode o && !o.isEmpty()) {
                if (!mapping(o, indent + 2, true)) return false;
            } else if (item instanceof ArrayNode a && !a.isEmpty()) {
                return false;
            } else {
                if (!value(item)) return false;
                out.append('\n');
            }
        }
        return true;
    }

    /** A scalar or an empty collection, which YAML writes in flow style. */
    private boolean value(JsonNode node) {
        if (node instanceof StringNode s) {
            String text = s.stringValue();
            return text.isEmpty() ? append("\"\"") : scalar(text, QUOTING.needToQuoteValue(text));
        }
        if (node instanceof IntNode || node instanceof LongNode) return append(node.asString());
        if (node instanceof BooleanNode b) return append(b.booleanValue() ? "true" : "false");
        if (node instanceof NullNode) return append("null");
        if (node instanceof ObjectNode o && o.isEmpty()) return append("{}");
        if (node instanceof ArrayNode a && a.isEmpty()) return append("[]");
        return false;
    }

    /** Text in the style Jackson and the YAML emitter would choose, if it is plain single-line ASCII. */
    private boolean scalar(String text, boolean doubleQuoted) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') return false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) return false;
        }
        if (doubleQuoted) {
            out.append('"');
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') out.append('\\');
                out.append(c);
            }
            out.append('"');
        } else if (blockIndicators(text)) {
            out.append('\'');
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\'') out.append('\'');
                out.append(c);
            }
            out.append('\'');
        } else {
            out.append(text);
        }
        return true;
    }

    /** Whether plain style is impossible in block context for single-line text without blanks at either end. */
    static boolean blockIndicators(String text) {
        if (text.startsWith("---") || text.startsWith("...")) return true;
        int n = text.length();
        boolean precededBySpace = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean followedBySpace = i + 1 >= n || text.charAt(i + 1) == ' ';
            if (i == 0) {
                if (LEADING_INDICATORS.indexOf(c) >= 0) return true;
                if ((c == '?' || c == ':' || c == '-') && followedBySpace) return true;
            } else {
                if (c == ':' && followedBySpace) return true;
                if (c == '#' && precededBySpace) return true;
            }
            precededBySpace = c == ' ';
        }
        return false;
    }

    private void indent(int n) {
        for (int i = 0; i < n; i++) out.append(' ');
    }

    private boolean append(String text) {
        out.append(text);
        return true;
    }
}
