package dev.kfj.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One command-line argument (or env value) of a container component, made of literal text and
 * placeholders: an {@link Input} stands for its value (or, for an artifact, its local path) and an
 * {@link Output} for the path the step writes.
 *
 * <pre>{@code
 * .args("--epochs", EPOCHS, Arg.concat("--out=", MODEL))
 * }</pre>
 *
 * @param parts the pieces, in order
 */
public record Arg(List<Part> parts) {

    /** A piece of an argument. */
    public sealed interface Part permits Text, InputValue, OutputPath {}

    /** Literal text. @param text the text */
    public record Text(String text) implements Part {
        /** Checks the text. */
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The value of a parameter input, or the local path of an artifact input. @param input the input */
    public record InputValue(Input<?> input) implements Part {
        /** Checks the input. */
        public InputValue {
            Objects.requireNonNull(input, "input");
        }
    }

    /** The local path where the step writes an output. @param output the output */
    public record OutputPath(Output<?> output) implements Part {
        /** Checks the output. */
        public OutputPath {
            Objects.requireNonNull(output, "output");
        }
    }

    /** Copies the parts. */
    public Arg {
        parts = List.copyOf(parts);
    }

    /** One argument made of several pieces: strings, {@link Input}s and {@link Output}s. */
    public static Arg concat(Object... pieces) {
        List<Part> parts = new ArrayList<>();
        for (Object piece : pieces) {
            parts.addAll(of(piece).parts());
        }
        return new Arg(parts);
    }

    /** An argument from one piece: a string, an {@link Input}, an {@link Output} or an {@code Arg}. */
    public static Arg of(Object piece) {
        if (piece instanceof Arg arg) return arg;
        if (piece instanceof String s) return new Arg(List.of(new Text(s)));
        if (piece instanceof Input<?> in) return new Arg(List.of(new InputValue(in)));
        if (piece instanceof Output<?> out) return new Arg(List.of(new OutputPath(out)));
        if (piece instanceof Number || piece instanceof Boolean || piece instanceof Character) {
            return new Arg(List.of(new Text(String.valueOf(piece))));
        }
        throw new IllegalArgumentException("an argument piece must be a String, Input, Output or Arg, not "
                + (piece == null ? "null" : piece.getClass().getName()));
    }

    /** The arguments for several pieces, one argument each. */
    public static List<Arg> list(Object... pieces) {
        List<Arg> args = new ArrayList<>(pieces.length);
        for (Object piece : pieces) {
            args.add(of(piece));
        }
        return args;
    }
}
