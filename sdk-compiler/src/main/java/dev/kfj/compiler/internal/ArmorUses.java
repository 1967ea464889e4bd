package dev.kfj.compiler.internal;

import dev.kfj.dsl.Component;
import dev.kfj.dsl.Group;
import dev.kfj.dsl.Item;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.internal.ValueCodec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values that contain {@code {{} travel armored (base64), so every program that reads them must
 * decode them: records who reads each parameter and each loop's items, and rejects armored
 * defaults and items read by a program that cannot decode them.
 */
final class ArmorUses {
    private final Map<String, List<Boolean>> params = new java.util.HashMap<>();
    private final Map<Group, List<Boolean>> loops = new IdentityHashMap<>();

    /** {@code consumer} (null for a condition or loop source) reads {@code param}. */
    void param(Param<?> param, Component consumer) {
        params.computeIfAbsent(param.name(), k -> new ArrayList<>()).add(decodes(consumer));
    }

    /** {@code consumer} (null for a condition) reads the item of {@code item}'s loop. */
    void item(Item<?> item, Component consumer) {
        loops.computeIfAbsent(item.loop(), k -> new ArrayList<>()).add(decodes(consumer));
    }

    private static boolean decodes(Component consumer) {
        return consumer != null && consumer.readsEncodedValues();
    }

    void check(Pipeline pipeline, Problems problems) {
        for (Param<?> param : pipeline.params()) {
            Object v = param.spec().defaultValue().orElse(null);
            if (v == null || !ValueCodec.needsArmor(ValueCodec.encode(v))) continue;
            if (params.getOrDefault(param.name(), List.of()).contains(false)) {
                TextCheck.reject(problems, param.location(), "the default of parameter '" + param.name()
                        + "', read by a step that cannot decode it,", ValueCodec.encode(v));
            }
        }
        for (Group group : pipeline.groups()) {
            List<?> items = group.literalItems().orElse(null);
            if (items == null || !Armor.needed(items)) continue;
            if (loops.getOrDefault(group, List.of()).contains(false)) {
                TextCheck.reject(problems, group.location(), "an item of the loop, read by a step that cannot decode it,",
                        Armor.firstNeeding(items));
            }
        }
    }
}
