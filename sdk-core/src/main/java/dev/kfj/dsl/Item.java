package dev.kfj.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The current item of a loop, inside the loop's body: pass it to step inputs like any other
 * {@link Ref}. For items that are records or maps, {@link #field(String, Class)} reads one field.
 *
 * <pre>{@code
 * p.loop(configs).forEach((s, item) ->
 *         s.step(TRAIN.with(LR, item.field("lr", Double.class))));
 * }</pre>
 *
 * @param <T> the Java type of the item (or field)
 */
public final class Item<T> implements Ref<T> {
    private final Group loop;
    private final List<String> path;
    private final DataType<T> type;

    Item(Group loop, List<String> path, DataType<T> type) {
        this.loop = Objects.requireNonNull(loop, "loop");
        this.path = List.copyOf(path);
        this.type = type;
    }

    /** A field of the item (a record component or map key); nested fields chain. */
    public <F> Item<F> field(String name, Class<F> type) {
        List<String> longer = new ArrayList<>(path);
        longer.add(Objects.requireNonNull(name, "name"));
        return new Item<>(loop, longer, DataType.of(type));
    }

    /** A list-valued field of the item. */
    public <E> Item<List<E>> listField(String name, Class<E> element) {
        List<String> longer = new ArrayList<>(path);
        longer.add(Objects.requireNonNull(name, "name"));
        return new Item<>(loop, longer, DataType.listOf(element));
    }

    /** The loop this item belongs to. */
    public Group loop() {
        return loop;
    }

    /** The field path from the item, empty for the item itself. */
    public List<String> path() {
        return path;
    }

    /** The item's type, when known (loops over a typed list or typed fields). */
    public java.util.Optional<DataType<T>> declaredType() {
        return java.util.Optional.ofNullable(type);
    }

    @Override
    public String describe() {
        return path.isEmpty() ? "the loop item" : "field '" + String.join(".", path) + "' of the loop item";
    }

    @Override
    public String toString() {
        return describe();
    }
}
