package dev.kfj.argo.yaml.internal;

import java.util.Collection;
import java.util.Map;

/**
 * Property inclusion filter: a value "equal" to this filter is left out. Leaves out {@code null},
 * empty collections and empty maps, and keeps empty strings (Argo tells {@code value: ""} from an
 * absent value).
 */
public final class EmptyValueFilter {

    @Override
    public boolean equals(Object value) {
        return value == null
                || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
