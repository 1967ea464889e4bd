package dev.kfj.runtime.internal;

import dev.kfj.dsl.step.JavaStepComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed arguments of {@code StepMain}.
 *
 * @param className the binary name of the class declaring the step
 * @param method the step method's name
 * @param inputs {@code --in} pairs, in order
 * @param outputs {@code --out} paths by output name, in order
 * @param metadata {@code --metadata} paths by artifact output name, in order
 */
public record StepArgs(String className, String method, List<Map.Entry<String, String>> inputs,
                       Map<String, String> outputs, Map<String, String> metadata) {

    /** Parses {@code args}; throws a usage {@link StepFailure} naming what is wrong. */
    public static StepArgs parse(String[] args) {
        if (args.length == 0) {
            throw StepFailure.usage("missing the step to run; usage: StepMain <class>#<method>"
                    + " [--in NAME=VALUE]... [--out NAME=PATH]... [--metadata NAME=PATH]...");
        }
        String target = args[0];
        int hash = target.indexOf('#');
        if (hash <= 0 || hash == target.length() - 1) {
            throw StepFailure.usage("the step must be given as <class>#<method>, not '" + target + "'");
        }
        List<Map.Entry<String, String>> inputs = new ArrayList<>();
        Map<String, String> outputs = new LinkedHashMap<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) throw StepFailure.usage("option " + option + " needs a NAME=VALUE after it");
            String pair = args[i + 1];
            int eq = pair.indexOf('=');
            if (eq <= 0) throw StepFailure.usage("expected NAME=VALUE after " + option + ", got '" + pair + "'");
            String name = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            switch (option) {
                case JavaStepComponent.IN -> inputs.add(Map.entry(name, value));
                case JavaStepComponent.OUT -> putOnce(outputs, option, name, value);
                case JavaStepComponent.METADATA -> putOnce(metadata, option, name, value);
                default -> throw StepFailure.usage("unknown option '" + option + "'; expected "
                        + JavaStepComponent.IN + ", " + JavaStepComponent.OUT + " or " + JavaStepComponent.METADATA);
            }
        }
        return new StepArgs(target.substring(0, hash), target.substring(hash + 1), List.copyOf(inputs),
                outputs, metadata);
    }

    private static void putOnce(Map<String, String> map, String option, String name, String value) {
        if (map.putIfAbsent(name, value) != null) {
            throw StepFailure.usage(option + " " + name + " is given twice");
        }
    }
}
