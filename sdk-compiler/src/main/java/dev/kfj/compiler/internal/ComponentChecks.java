package dev.kfj.compiler.internal;

import dev.kfj.compiler.ErrorCode;
import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.ContainerComponent;
import dev.kfj.dsl.DataType;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.SourceLocation;
import dev.kfj.dsl.internal.ValueCodec;
import java.util.HashSet;
import java.util.Set;

/** Checks of one component on its own (names, ports, image, command text) and of literal values. */
final class ComponentChecks {
    private ComponentChecks() {}

    static void checkValue(Problems problems, SourceLocation at, String what, DataType<?> type, Object value, boolean armorable) {
        if (!type.isInstance(value)) {
            problems.error(ErrorCode.INVALID_VALUE, at, what + " is " + value.getClass().getSimpleName()
                    + " " + value + ", expected " + type.describe(), "pass a value of type " + type.describe());
            return;
        }
        if (!armorable) TextCheck.check(problems, at, "the " + what, ValueCodec.encode(value));
    }

    static void check(Component component, Problems problems) {
        SourceLocation at = component.location();
        String label = "component '" + component.name() + "'";
        TextCheck.check(problems, at, "the description of " + label, component.description());
        Set<String> ports = new HashSet<>();
        for (Input<?> in : component.inputs()) {
            checkPort(problems, at, label, "input", in.name(), ports);
            TextCheck.check(problems, at, "the description of input '" + in.name() + "'", in.description());
            in.defaultValue().ifPresent(v -> checkValue(problems, at, "default of input '" + in.name() + "' of " + label, in.type(), v,
                    component.readsEncodedValues()));
        }
        for (Output<?> out : component.outputs()) {
            checkPort(problems, at, label, "output", out.name(), ports);
            TextCheck.check(problems, at, "the description of output '" + out.name() + "'", out.description());
        }
        if (component instanceof ContainerComponent c) {
            if (c.usesDecodePrelude() && c.command().isEmpty()) {
                problems.error(ErrorCode.INVALID_SETTING, at, label + " decodes values but has no command",
                        "set the program to run with .command(...); the decoding prelude runs it");
            }
            if (c.image().isBlank()) {
                problems.error(ErrorCode.MISSING_IMAGE, at, label + " has no image", "set one with .image(\"...\")");
            }
            TextCheck.check(problems, at, "the image of " + label, c.image());
            c.command().forEach(arg -> checkArg(problems, c, arg, "command"));
            c.args().forEach(arg -> checkArg(problems, c, arg, "args"));
            c.env().forEach((variable, arg) -> {
                if (!variable.matches("[-._a-zA-Z][-._a-zA-Z0-9]*")) {
                    problems.error(ErrorCode.INVALID_NAME, at, "environment variable name '" + variable + "' of " + label
                            + " is not valid in Kubernetes", "use letters, digits, '_', '-' and '.', not starting with a digit");
                }
                checkArg(problems, c, arg, "env " + variable);
            });
        }
    }

    private static void checkPort(Problems problems, SourceLocation at, String label, String kind, String name, Set<String> seen) {
        if (!Names.isParameterName(name)) {
            problems.error(ErrorCode.INVALID_NAME, at, kind + " name '" + name + "' of " + label
                    + " may only contain letters, digits, '-' and '_'", "rename the " + kind);
        }
        if (!seen.add(name)) {
            problems.error(ErrorCode.DUPLICATE_PORT, at, label + " declares '" + name + "' twice among its inputs and outputs",
                    "give each input and output its own name");
        }
    }

    private static void checkArg(Problems problems, ContainerComponent c, Arg arg, String where) {
        for (Arg.Part part : arg.parts()) {
            if (part instanceof Arg.Text text) {
                TextCheck.check(problems, c.location(), "the " + where + " of component '" + c.name() + "'", text.text());
            } else if (part instanceof Arg.InputValue in && !c.inputs().contains(in.input())) {
                problems.error(ErrorCode.UNDECLARED_PORT, c.location(), "the " + where + " of component '" + c.name()
                        + "' use " + in.input() + ", which the component does not declare",
                        "declare it in the component's .inputs(...)");
            } else if (part instanceof Arg.OutputPath out && !c.outputs().contains(out.output())) {
                problems.error(ErrorCode.UNDECLARED_PORT, c.location(), "the " + where + " of component '" + c.name()
                        + "' use " + out.output() + ", which the component does not declare",
                        "declare it in the component's .outputs(...)");
            }
        }
    }

}
