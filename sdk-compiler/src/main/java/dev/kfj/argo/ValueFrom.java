package dev.kfj.argo;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;

/**
 * Where a parameter value comes from.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.ValueFrom}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param path a file path in the container
 * @param defaultValue the fallback value (JSON {@code default})
 * @param parameter a parameter expression
 * @param expression an expr-lang expression
 * @param jsonPath a JSON path over a resource
 * @param jqFilter a jq filter over a resource
 * @param configMapKeyRef a config map key
 * @param supplied supplied at resume time
 * @param event an event expression
 */
public record ValueFrom(
        String path,
        @JsonProperty("default") String defaultValue,
        String parameter,
        String expression,
        String jsonPath,
        String jqFilter,
        ConfigMapKeySelector configMapKeyRef,
        SuppliedValueFrom supplied,
        String event) {

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.path = path;
        b.defaultValue = defaultValue;
        b.parameter = parameter;
        b.expression = expression;
        b.jsonPath = jsonPath;
        b.jqFilter = jqFilter;
        b.configMapKeyRef = configMapKeyRef;
        b.supplied = supplied;
        b.event = event;
        return b;
    }

    /** Mutable builder for {@link ValueFrom}; every setter returns {@code this}. */
    public static final class Builder {
        private String path;
        private String defaultValue;
        private String parameter;
        private String expression;
        private String jsonPath;
        private String jqFilter;
        private ConfigMapKeySelector configMapKeyRef;
        private SuppliedValueFrom supplied;
        private String event;

        private Builder() {}

        /** Sets {@code path}: a file path in the container. @return this builder */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /** Sets {@code defaultValue}: the fallback value. @return this builder */
        public Builder defaultValue(String defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        /** Sets {@code parameter}: a parameter expression. @return this builder */
        public Builder parameter(String parameter) {
            this.parameter = parameter;
            return this;
        }

        /** Sets {@code expression}: an expr-lang expression. @return this builder */
        public Builder expression(String expression) {
            this.expression = expression;
            return this;
        }

        /** Sets {@code jsonPath}: a JSON path over a resource. @return this builder */
        public Builder jsonPath(String jsonPath) {
            this.jsonPath = jsonPath;
            return this;
        }

        /** Sets {@code jqFilter}: a jq filter over a resource. @return this builder */
        public Builder jqFilter(String jqFilter) {
            this.jqFilter = jqFilter;
            return this;
        }

        /** Sets {@code configMapKeyRef}: a config map key. @return this builder */
        public Builder configMapKeyRef(ConfigMapKeySelector configMapKeyRef) {
            this.configMapKeyRef = configMapKeyRef;
            return this;
        }

        /** Sets {@code supplied}: supplied at resume time. @return this builder */
        public Builder supplied(SuppliedValueFrom supplied) {
            this.supplied = supplied;
            return this;
        }

        /** Sets {@code event}: an event expression. @return this builder */
        public Builder event(String event) {
            this.event = event;
            return this;
        }

        /** @return the built {@link ValueFrom} */
        public ValueFrom build() {
            return new ValueFrom(
                    path, defaultValue, parameter, expression, jsonPath, jqFilter, configMapKeyRef, supplied, event);
        }
    }
}
