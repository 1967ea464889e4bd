package dev.kfj.argo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A named string parameter: an input, output or argument.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.Parameter}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param name the parameter name (required)
 * @param value the literal value, or {@code null}; {@code ""} is kept
 * @param defaultValue the default value, or {@code null} (JSON {@code default})
 * @param valueFrom where the value comes from, or {@code null}
 * @param enumValues allowed values (JSON {@code enum})
 * @param description a description, or {@code null}
 * @param globalName the global output name, or {@code null}
 */
public record Parameter(
        String name,
        String value,
        @JsonProperty("default") String defaultValue,
        ValueFrom valueFrom,
        @JsonProperty("enum") List<String> enumValues,
        String description,
        String globalName) {

    /** Normalises absent collections to empty, immutable ones; maps get a stable order. */
    public Parameter {
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.value = value;
        b.defaultValue = defaultValue;
        b.valueFrom = valueFrom;
        b.enumValues = enumValues;
        b.description = description;
        b.globalName = globalName;
        return b;
    }

    /** Mutable builder for {@link Parameter}; every setter returns {@code this}. */
    public static final class Builder {
        private String name;
        private String value;
        private String defaultValue;
        private ValueFrom valueFrom;
        private List<String> enumValues;
        private String description;
        private String globalName;

        private Builder() {}

        /** Sets {@code name}: the parameter name (required). @return this builder */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code value}: the literal value, or {@code null}; {@code ""} is kept.
         *
         * @return this builder
         */
        public Builder value(String value) {
            this.value = value;
            return this;
        }

        /** Sets {@code defaultValue}: the default value, or {@code null}. @return this builder */
        public Builder defaultValue(String defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        /** Sets {@code valueFrom}: where the value comes from, or {@code null}. @return this builder */
        public Builder valueFrom(ValueFrom valueFrom) {
            this.valueFrom = valueFrom;
            return this;
        }

        /** Sets {@code enumValues}: allowed values. @return this builder */
        public Builder enumValues(List<String> enumValues) {
            this.enumValues = enumValues;
            return this;
        }

        /** Sets {@code description}: a description, or {@code null}. @return this builder */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets {@code globalName}: the global output name, or {@code null}. @return this builder */
        public Builder globalName(String globalName) {
            this.globalName = globalName;
            return this;
        }

        /** @return the built {@link Parameter} */
        public Parameter build() {
            return new Parameter(name, value, defaultValue, valueFrom, enumValues, description, globalName);
        }
    }
}
