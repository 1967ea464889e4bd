package dev.kfj.dsl;

import dev.kfj.dsl.internal.Callers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A component that runs a command in a container image.
 *
 * <pre>{@code
 * static final Input<String> NAME = Input.string("name");
 * static final Component SAY = Component.container("say")
 *         .image("alpine:3.20")
 *         .inputs(NAME)
 *         .command("echo")
 *         .args(Arg.concat("hello ", NAME))
 *         .build();
 * }</pre>
 */
public final class ContainerComponent implements Component {
    private final String name;
    private final String description;
    private final String image;
    private final List<Arg> command;
    private final List<Arg> args;
    private final Map<String, Arg> env;
    private final List<Input<?>> inputs;
    private final List<Output<?>> outputs;
    private final SourceLocation location;
    private final boolean decodeValues;
    private final boolean decodesItself;

    /**
     * The POSIX shell prelude of {@link Builder#decodeValues()}: decodes every argument that
     * starts with {@code kfj:b64:} (base64 of the UTF-8 text, trailing newlines kept), then runs
     * the command with the decoded arguments.
     */
    public static final String DECODE_PRELUDE = "n=$#; while [ \"$n\" -gt 0 ]; do a=$1; shift; case $a in kfj:b64:*)"
            + " a=$(printf '%s' \"${a#kfj:b64:}\" | base64 -d; printf x); a=${a%x};; esac;"
            + " set -- \"$@\" \"$a\"; n=$((n-1)); done; exec \"$@\"";

    private ContainerComponent(Builder b, SourceLocation location) {
        this.name = b.name;
        this.description = b.description;
        this.image = b.image;
        this.command = List.copyOf(b.command);
        this.args = List.copyOf(b.args);
        this.env = Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
        this.inputs = List.copyOf(b.inputs);
        this.outputs = List.copyOf(b.outputs);
        this.location = location;
        this.decodeValues = b.decodeValues;
        this.decodesItself = b.decodesItself;
    }

    @Override
    public boolean readsEncodedValues() {
        return decodeValues || decodesItself;
    }

    /** Whether the command runs through {@link #DECODE_PRELUDE} (see {@link Builder#decodeValues()}). */
    public boolean usesDecodePrelude() {
        return decodeValues;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    /** The container image, e.g. {@code python:3.12-slim}; {@code ""} when not set. */
    public String image() {
        return image;
    }

    /** The command (entrypoint); empty means the image's own. */
    public List<Arg> command() {
        return command;
    }

    /** The arguments. */
    public List<Arg> args() {
        return args;
    }

    /** Environment variables, in declaration order. */
    public Map<String, Arg> env() {
        return env;
    }

    @Override
    public List<Input<?>> inputs() {
        return inputs;
    }

    @Override
    public List<Output<?>> outputs() {
        return outputs;
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    @Override
    public String toString() {
        return "container component '" + name + "'";
    }

    /** Builds a {@link ContainerComponent}; {@link #build()} records the caller's source location. */
    public static final class Builder {
        private final String name;
        private String description = "";
        private String image = "";
        private final List<Arg> command = new ArrayList<>();
        private final List<Arg> args = new ArrayList<>();
        private final Map<String, Arg> env = new LinkedHashMap<>();
        private final List<Input<?>> inputs = new ArrayList<>();
        private final List<Output<?>> outputs = new ArrayList<>();
        private boolean decodeValues;
        private boolean decodesItself;

        Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Sets the description. */
        public Builder description(String text) {
            this.description = Objects.requireNonNull(text, "description");
            return this;
        }

        /** Sets the container image. */
        public Builder image(String image) {
            this.image = Objects.requireNonNull(image, "image");
            return this;
        }

        /** Declares inputs, in order. */
        public Builder inputs(Input<?>... inputs) {
            this.inputs.addAll(List.of(inputs));
            return this;
        }

        /** Declares outputs, in order. */
        public Builder outputs(Output<?>... outputs) {
            this.outputs.addAll(List.of(outputs));
            return this;
        }

        /** Sets the command; each piece is one argument (see {@link Arg#of(Object)}). */
        public Builder command(Object... pieces) {
            this.command.clear();
            this.command.addAll(Arg.list(pieces));
            return this;
        }

        /** Appends arguments; each piece is one argument (see {@link Arg#of(Object)}). */
        public Builder args(Object... pieces) {
            this.args.addAll(Arg.list(pieces));
            return this;
        }

        /** Sets an environment variable to a value made of pieces (see {@link Arg#concat(Object...)}). */
        public Builder env(String variable, Object... pieces) {
            this.env.put(Objects.requireNonNull(variable, "variable"), Arg.concat(pieces));
            return this;
        }

        /**
         * Runs the command through {@link #DECODE_PRELUDE} (needs {@code sh} and {@code base64} in the
         * image and an explicit {@link #command}): arguments that are whole input values arrive
         * exactly as written even when they contain {@code {{}, which Argo cannot carry as is.
         */
        public Builder decodeValues() {
            this.decodeValues = true;
            return this;
        }

        /**
         * Declares that the program decodes armored values itself (kfj's Java step runtime does,
         * through {@code ValueCodec.decode}), so values containing {@code {{} may be bound to it.
         */
        public Builder readsEncodedValues() {
            this.decodesItself = true;
            return this;
        }

        /** The component. */
        public ContainerComponent build() {
            return new ContainerComponent(this, Callers.userCallSite());
        }
    }
}
