package dev.kfj.cli.cluster;

import dev.kfj.cli.ExitCodes;
import dev.kfj.cli.internal.UserError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Repeated {@code NAME=VALUE} options, such as {@code -p} and {@code -l}, as an ordered map. */
final class KeyValues {
    private KeyValues() {}

    /** The pairs in order, a later one replacing an earlier one; a value without {@code =} is a usage error. */
    static Map<String, String> parse(List<String> values, String option) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String value : values) {
            int eq = value.indexOf('=');
            if (eq <= 0) {
                throw new UserError(ExitCodes.USAGE, "error: " + option + " expects NAME=VALUE, found '" + value + "'");
            }
            out.put(value.substring(0, eq), value.substring(eq + 1));
        }
        return out;
    }
}
