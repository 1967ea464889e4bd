package dev.kfj.dsl;

import java.util.Objects;

/** What a step passes to one input: a literal value or a run-time {@link Ref}. */
public sealed interface Binding permits Binding.Literal, Binding.Reference {

    /** A value known when the pipeline is defined. @param value the value, never null */
    record Literal(Object value) implements Binding {
        /** Checks the value. */
        public Literal {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A value known only at run time. @param ref the parameter or step output */
    record Reference(Ref<?> ref) implements Binding {
        /** Checks the ref. */
        public Reference {
            Objects.requireNonNull(ref, "ref");
        }
    }
}
