package dev.kfj.local.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small evaluator for the expression language Argo uses in {@code {{=…}}} tags, {@code when},
 * hook and retry expressions (a subset of expr-lang): literals, {@code a.b} and {@code a['b']}
 * access, {@code == != < <= > >= =~}, {@code && || !} (and {@code and or not}), {@code + - * / %},
 * {@code ??}, {@code ?:}, {@code in}, and the functions {@code asInt asFloat int float string
 * toJson fromJson jsonpath len lower upper trim}. Anything else is an {@link ExprException} naming it, never a
 * guess.
 *
 * <p>With {@code bareWords}, an unknown name stands for itself as a string, as in govaluate's
 * {@code when} (e.g. {@code heads == heads}).
 */
public final class Expr {
    private final String text;
    private final Map<String, Object> env;
    private final boolean bareWords;
    private final List<String> tokens;
    private int pos;

    private Expr(String text, Map<String, Object> env, boolean bareWords) {
        this.text = text;
        this.env = env;
        this.bareWords = bareWords;
        this.tokens = tokenize(text);
    }

    /** Thrown for an expression that cannot be parsed or evaluated. */
    public static final class ExprException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExprException(String message) {
            super(message);
        }
    }

    /** Evaluates {@code text} over {@code env} (nested maps). */
    public static Object eval(String text, Map<String, Object> env, boolean bareWords) {
        Expr e = new Expr(text, env, bareWords);
        Object v = e.ternary();
        if (e.pos < e.tokens.size()) throw e.error("unexpected '" + e.tokens.get(e.pos) + "'");
        return v;
    }

    /** Evaluates {@code text} and requires a boolean (or the strings {@code true}/{@code false}). */
    public static boolean test(String text, Map<String, Object> env, boolean bareWords) {
        Object v = eval(text, env, bareWords);
        if (v instanceof Boolean b) return b;
        if ("true".equals(v)) return true;
        if ("false".equals(v)) return false;
        throw new ExprException("expression '" + text + "' gave " + Json.write(v) + ", not true or false");
    }

    private ExprException error(String what) {
        return new ExprException("cannot evaluate '" + text + "': " + what);
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    private static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"' || c == '`') {
                StringBuilder b = new StringBuilder().append('\'');
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    if (s.charAt(j) == '\\' && j + 1 < s.length() && c != '`') {
                        char n = s.charAt(++j);
                        if (n == 'u' && j + 4 < s.length()) {
                            b.append((char) Integer.parseInt(s.substring(j + 1, j + 5), 16));
                            j += 4;
                        } else {
                            b.append(switch (n) {
                                case 'n' -> '\n';
                                case 't' -> '\t';
                                case 'r' -> '\r';
                                default -> n;
                            });
                        }
                    } else {
                        b.append(s.charAt(j));
                    }
                    j++;
                }
                if (j >= s.length()) throw new ExprException("cannot evaluate '" + s + "': unterminated string");
                out.add(b.toString());
                i = j + 1;
            } else if (Character.isDigit(c)) {
                java.util.regex.Matcher m = NUMBER.matcher(s).region(i, s.length());
                m.lookingAt();
                out.add(m.group());
                i = m.end();
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_'
                        || s.charAt(j) == '$')) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else {
                String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                if (List.of("==", "!=", "<=", ">=", "&&", "||", "=~", "??").contains(two)) {
                    out.add(two);
                    i += 2;
                } else if ("()[].,!<>+-*/%?:{}".indexOf(c) >= 0) {
                    out.add(String.valueOf(c));
                    i++;
                } else {
                    throw new ExprException("cannot evaluate '" + s + "': unexpected character '" + c + "'");
                }
            }
        }
        return out;
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos) : "";
    }

    private boolean accept(String... options) {
        for (String o : options) {
            if (pos < tokens.size() && tokens.get(pos).equals(o)) {
                pos++;
                return true;
            }
        }
        return false;
    }

    private void expect(String t) {
        if (!accept(t)) throw error("expected '" + t + "' but found '" + peek() + "'");
    }

    private Object ternary() {
        Object c = coalesce();
        if (accept("?")) {
            Object a = ternary();
            expect(":");
            Object b = ternary();
            return truthy(c) ? a : b;
        }
        return c;
    }

    private Object coalesce() {
        Object v = or();
        while (accept("??")) {
            Object r = or();
            if (v == null) v = r;
        }
        return v;
    }

    private Object or() {
        Object v = and();
        while (accept("||", "or")) {
            Object r = and();
            v = truthy(v) || truthy(r);
        }
        return v;
    }

    private Object and() {
        Object v = equality();
        while (accept("&&", "and")) {
            Object r = equality();
            v = truthy(v) && truthy(r);
        }
        return v;
    }

    private Object equality() {
        Object v = relational();
        while (true) {
            if (accept("==")) {
                v = equal(v, relational());
            } else if (accept("!=")) {
                v = !equal(v, relational());
            } else if (accept("=~", "matches")) {
                Object r = relational();
                v = Pattern.compile(str(r)).matcher(str(v)).find();
            } else if (accept("in")) {
                Object r = relational();
                if (r instanceof List<?> l) {
                    Object x = v;
                    v = l.stream().anyMatch(e -> equal(x, e));
                } else if (r instanceof Map<?, ?> m) {
                    v = m.containsKey(str(v));
                } else {
                    throw error("'in' needs a list or a map");
                }
            } else {
                return v;
            }
        }
    }

    private Object relational() {
        Object v = additive();
        while (true) {
            String op = peek();
            if (!List.of("<", "<=", ">", ">=").contains(op)) return v;
            pos++;
            Object r = additive();
            int c = compare(v, r);
            v = switch (op) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        }
    }

    private Object additive() {
        Object v = multiplicative();
        while (true) {
            if (accept("+")) {
                Object r = multiplicative();
                v = v instanceof String || r instanceof String ? str(v) + str(r) : arith('+', v, r);
            } else if (accept("-")) {
                v = arith('-', v, multiplicative());
            } else {
                return v;
            }
        }
    }

    private Object multiplicative() {
        Object v = unary();
        while (true) {
            String op = peek();
            if (!List.of("*", "/", "%").contains(op)) return v;
            pos++;
            v = arith(op.charAt(0), v, unary());
        }
    }

    private Object unary() {
        if (accept("!", "not")) return !truthy(unary());
        if (accept("-")) return arith('-', 0L, unary());
        return postfix();
    }

    private Object postfix() {
        Object v = primary();
        while (true) {
            if (accept(".")) {
                String name = peek();
                pos++;
                v = member(v, name);
            } else if (accept("[")) {
                Object key = ternary();
                expect("]");
                v = key instanceof Number n && v instanceof List<?> l ? index(l, n.intValue()) : member(v, str(key));
            } else {
                return v;
            }
        }
    }

    private static Object index(List<?> l, int i) {
        int k = i < 0 ? l.size() + i : i;
        return k >= 0 && k < l.size() ? l.get(k) : null;
    }

    private Object member(Object v, String name) {
        if (v instanceof Map<?, ?> m) return m.get(name);
        if (v == null) return null;
        if (v instanceof String s && s.startsWith("{")) return member(Json.parse(s), name);
        throw error("'" + name + "' is not a field of " + Json.write(v));
    }

    private Object primary() {
        String t = peek();
        if (t.isEmpty()) throw error("unexpected end");
        pos++;
        if (t.equals("(")) {
            Object v = ternary();
            expect(")");
            return v;
        }
        if (t.equals("[")) {
            List<Object> list = new ArrayList<>();
            if (!accept("]")) {
                do {
                    list.add(ternary());
                } while (accept(","));
                expect("]");
            }
            return list;
        }
        if (t.startsWith("'")) return t.substring(1);
        if (Character.isDigit(t.charAt(0))) {
            return t.contains(".") || t.contains("e") || t.contains("E") ? (Object) Double.parseDouble(t)
                    : (Object) Long.parseLong(t);
        }
        if (t.equals("true")) return true;
        if (t.equals("false")) return false;
        if (t.equals("nil") || t.equals("null")) return null;
        if (Character.isLetter(t.charAt(0)) || t.charAt(0) == '_' || t.charAt(0) == '$') {
            if (peek().equals("(")) return call(t);
            if (env.containsKey(t)) return env.get(t);
            if (bareWords) return t;
            throw error("unknown name '" + t + "'");
        }
        throw error("unexpected '" + t + "'");
    }

    private Object call(String fn) {
        expect("(");
        List<Object> args = new ArrayList<>();
        if (!accept(")")) {
            do {
                args.add(ternary());
            } while (accept(","));
            expect(")");
        }
        Object a = args.isEmpty() ? null : args.get(0);
        return switch (fn) {
            case "asInt", "int" -> a instanceof Number n ? (Object) n.longValue()
                    : (Object) (long) Double.parseDouble(str(a).trim());
            case "asFloat", "float" -> a instanceof Number n ? n.doubleValue() : Double.parseDouble(str(a).trim());
            case "string" -> str(a);
            case "toJson" -> Json.write(a);
            case "fromJson" -> Json.parse(str(a));
            case "len" -> (long) (a instanceof List<?> l ? l.size() : a instanceof Map<?, ?> m ? m.size() : str(a).length());
            case "jsonpath" -> JsonPath.select(a instanceof String js ? Json.parse(js) : a, str(args.size() > 1 ? args.get(1) : "$"));
            case "lower" -> str(a).toLowerCase(java.util.Locale.ROOT);
            case "upper" -> str(a).toUpperCase(java.util.Locale.ROOT);
            case "trim" -> str(a).trim();
            default -> throw error("the function '" + fn + "' is not supported locally");
        };
    }

    static boolean truthy(Object v) {
        if (v instanceof Boolean b) return b;
        if ("true".equals(v)) return true;
        if ("false".equals(v) || v == null) return false;
        throw new ExprException("expected true or false, found " + Json.write(v));
    }

    static String str(Object v) {
        if (v == null) return "";
        if (v instanceof String s) return s;
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) return Json.write(d);
        if (v instanceof Number || v instanceof Boolean) return String.valueOf(v);
        return Json.write(v);
    }

    private static boolean equal(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) return x.doubleValue() == y.doubleValue();
        if (a == null || b == null) return a == b;
        if (a instanceof Boolean && b instanceof String s) return String.valueOf(a).equals(s);
        if (a instanceof String s && b instanceof Boolean) return s.equals(String.valueOf(b));
        return a.equals(b);
    }

    private int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) return Double.compare(x.doubleValue(), y.doubleValue());
        if (a instanceof String x && b instanceof String y) {
            if (bareWords && isNumber(x) && isNumber(y)) return Double.compare(Double.parseDouble(x), Double.parseDouble(y));
            return x.compareTo(y);
        }
        if (bareWords && a != null && b != null && isNumber(str(a)) && isNumber(str(b))) {
            return Double.compare(Double.parseDouble(str(a)), Double.parseDouble(str(b)));
        }
        throw error("cannot compare " + Json.write(a) + " with " + Json.write(b));
    }

    private static boolean isNumber(String s) {
        return NUMBER.matcher(s.startsWith("-") ? s.substring(1) : s).matches();
    }

    private Object arith(char op, Object a, Object b) {
        Object x = numeric(a);
        Object y = numeric(b);
        if (x instanceof Long i && y instanceof Long j && op != '/') {
            return switch (op) {
                case '+' -> i + j;
                case '-' -> i - j;
                case '*' -> i * j;
                default -> i % j;
            };
        }
        double i = ((Number) x).doubleValue();
        double j = ((Number) y).doubleValue();
        return switch (op) {
            case '+' -> i + j;
            case '-' -> i - j;
            case '*' -> i * j;
            case '/' -> i / j;
            default -> i % j;
        };
    }

    private Object numeric(Object v) {
        if (v instanceof Number) return v;
        if (bareWords && v instanceof String s && isNumber(s)) {
            return s.contains(".") ? (Object) Double.parseDouble(s) : (Object) Long.parseLong(s);
        }
        throw error("expected a number, found " + Json.write(v));
    }

    /**
     * Turns flat keys such as {@code inputs.parameters.x} into nested maps an expression can walk.
     * Where a key is both a value and the prefix of other keys, the map wins ({@code inputs.parameters}
     * is walked by name), except for a loop's aggregated {@code …outputs.parameters}, which
     * expressions see as Argo does: the JSON list.
     */
    public static Map<String, Object> nest(Map<String, ?> flat) {
        Map<String, Object> root = new LinkedHashMap<>();
        java.util.Set<Object> made = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        made.add(root);
        for (Map.Entry<String, ?> e : flat.entrySet()) {
            String[] parts = e.getKey().split("\\.");
            Map<String, Object> m = root;
            boolean ok = true;
            for (int i = 0; i < parts.length - 1; i++) {
                Object next = m.get(parts[i]);
                if (!(next instanceof Map) || !made.contains(next)) {
                    String prefix = String.join(".", java.util.Arrays.copyOf(parts, i + 1));
                    if (next != null && prefix.endsWith(".outputs.parameters")) {
                        ok = false;
                        break;
                    }
                    next = new LinkedHashMap<String, Object>();
                    made.add(next);
                    m.put(parts[i], next);
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) next;
                m = child;
            }
            boolean leafWins = e.getKey().endsWith(".outputs.parameters");
            if (ok && (leafWins || !made.contains(m.get(parts[parts.length - 1])))) {
                m.put(parts[parts.length - 1], e.getValue());
            }
        }
        return root;
    }
}
