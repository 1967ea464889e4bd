package dev.kfj.local.internal;

import dev.kfj.argo.Sequence;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The items of {@code withItems}, {@code withParam} and {@code withSequence}, and how an item enters scope. */
final class Loops {
    private Loops() {}

    static List<Object> items(TaskSpec ts, Map<String, Object> scope) {
        if (!ts.withItems().isEmpty()) {
            List<Object> out = new ArrayList<>();
            for (Object o : ts.withItems()) out.add(o instanceof String s ? Templating.substitute(s, scope) : o);
            return out;
        }
        if (ts.withParam() != null) {
            String json = Templating.substitute(ts.withParam(), scope);
            Object v;
            try {
                v = Json.parse(json);
            } catch (RuntimeException e) {
                throw new IllegalStateException("withParam of '" + ts.name() + "' is not a JSON list: " + json);
            }
            if (!(v instanceof List<?> l)) throw new IllegalStateException("withParam of '" + ts.name() + "' is not a JSON list: " + json);
            return new ArrayList<>(l);
        }
        Sequence s = ts.withSequence();
        long start = number(s.start(), scope, 0);
        long end;
        if (s.count() != null) {
            end = start + number(s.count(), scope, 0) - 1;
        } else {
            end = number(s.end(), scope, 0);
        }
        List<Object> out = new ArrayList<>();
        long step = end >= start ? 1 : -1;
        for (long i = start; step > 0 ? i <= end : i >= end; i += step) {
            out.add(s.format() == null ? String.valueOf(i) : String.format(s.format().replace("%d", "%d"), i));
        }
        return out;
    }

    private static long number(IntOrString v, Map<String, Object> scope, long fallback) {
        if (v == null) return fallback;
        if (v.getIntVal() != null) return v.getIntVal();
        return Long.parseLong(Templating.substitute(v.getStrVal(), scope).trim());
    }

    /** Puts {@code item} in scope as {@code item} and, for a map, {@code item.<key>}. */
    static void bind(Map<String, Object> scope, Object item) {
        scope.put("item", item);
        if (item instanceof Map<?, ?> m) m.forEach((k, v) -> scope.put("item." + k, v));
    }

    /** The item as Argo shows it in a child's name. */
    static String label(Object item) {
        String s = Expr.str(item);
        return s.length() > 40 ? s.substring(0, 40) : s;
    }
}
