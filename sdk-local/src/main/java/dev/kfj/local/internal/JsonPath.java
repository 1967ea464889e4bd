package dev.kfj.local.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSONPath subset Argo expressions use with {@code jsonpath(json, path)}: {@code $},
 * {@code .name}, {@code ['name']}, {@code [n]} and the wildcard {@code [*]} / {@code .*}. A path
 * with a wildcard gives a list; any other construct is an error naming the path.
 */
final class JsonPath {
    private JsonPath() {}

    static Object select(Object root, String path) {
        String p = path.trim();
        if (!p.startsWith("$")) throw new Expr.ExprException("jsonpath '" + path + "' must start with $");
        List<Object> current = new ArrayList<>(List.of(root == null ? List.of() : root));
        boolean many = false;
        int i = 1;
        while (i < p.length()) {
            char c = p.charAt(i);
            String key;
            if (c == '.') {
                int j = i + 1;
                while (j < p.length() && p.charAt(j) != '.' && p.charAt(j) != '[') j++;
                key = p.substring(i + 1, j);
                i = j;
            } else if (c == '[') {
                int j = p.indexOf(']', i);
                if (j < 0) throw new Expr.ExprException("jsonpath '" + path + "': missing ']'");
                key = p.substring(i + 1, j).trim();
                if (key.startsWith("'") && key.endsWith("'") || key.startsWith("\"") && key.endsWith("\"")) {
                    key = "." + key.substring(1, key.length() - 1);
                }
                i = j + 1;
            } else {
                throw new Expr.ExprException("jsonpath '" + path + "': unexpected '" + c + "'");
            }
            List<Object> next = new ArrayList<>();
            for (Object o : current) {
                if (key.equals("*")) {
                    many = true;
                    if (o instanceof List<?> l) next.addAll(l);
                    else if (o instanceof Map<?, ?> m) next.addAll(m.values());
                } else if (key.matches("-?\\d+") && o instanceof List<?> l) {
                    int k = Integer.parseInt(key);
                    if (k < 0) k += l.size();
                    if (k >= 0 && k < l.size()) next.add(l.get(k));
                } else if (o instanceof Map<?, ?> m) {
                    String name = key.startsWith(".") ? key.substring(1) : key;
                    if (m.containsKey(name)) next.add(m.get(name));
                } else if (!key.matches("-?\\d+") && !(o instanceof Map)) {
                    throw new Expr.ExprException("jsonpath '" + path + "': '" + key + "' is not supported locally");
                }
            }
            current = next;
        }
        if (many) return current;
        return current.isEmpty() ? null : current.get(0);
    }
}
