package dev.kfj.argo;

import dev.kfj.argo.internal.Maps;
import java.util.List;
import java.util.Map;

/**
 * One node of a DAG template.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.DAGTask}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param name the task name (required)
 * @param template the template to run
 * @param templateRef a template elsewhere
 * @param depends the dependency expression, such as {@code a && b.Succeeded}
 * @param dependencies plain dependencies (prefer {@code depends})
 * @param arguments the arguments
 * @param when a condition
 * @param withItems items to fan out over (JSON values: strings, numbers, booleans, maps, lists)
 * @param withParam a JSON list expression to fan out over
 * @param withSequence a numeric range to fan out over
 * @param continueOn failures dependants may ignore
 * @param hooks lifecycle hooks by event name
 * @param onExit a template run when the task exits
 * @param inline an inline template
 */
public record DAGTask(
        String name,
        String template,
        TemplateRef templateRef,
        String depends,
        List<String> dependencies,
        Arguments arguments,
        String when,
        List<Object> withItems,
        String withParam,
        Sequence withSequence,
        ContinueOn continueOn,
        Map<String, LifecycleHook> hooks,
        String onExit,
        Template inline) {

    /** Normalises absent collections to empty, immutable ones; maps get a stable order. */
    public DAGTask {
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        withItems = Maps.jsonList(withItems);
        hooks = Maps.ordered(hooks);
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.template = template;
        b.templateRef = templateRef;
        b.depends = depends;
        b.dependencies = dependencies;
        b.arguments = arguments;
        b.when = when;
        b.withItems = withItems;
        b.withParam = withParam;
        b.withSequence = withSequence;
        b.continueOn = continueOn;
        b.hooks = hooks;
        b.onExit = onExit;
        b.inline = inline;
        return b;
    }

    /** Mutable builder for {@link DAGTask}; every setter returns {@code this}. */
    public static final class Builder {
        private String name;
        private String template;
        private TemplateRef templateRef;
        private String depends;
        private List<String> dependencies;
        private Arguments arguments;
        private String when;
        private List<Object> withItems;
        private String withParam;
        private Sequence withSequence;
        private ContinueOn continueOn;
        private Map<String, LifecycleHook> hooks;
        private String onExit;
        private Template inline;

        private Builder() {}

        /** Sets {@code name}: the task name (required). @return this builder */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@code template}: the template to run. @return this builder */
        public Builder template(String template) {
            this.template = template;
            return this;
        }

        /** Sets {@code templateRef}: a template elsewhere. @return this builder */
        public Builder templateRef(TemplateRef templateRef) {
            this.templateRef = templateRef;
            return this;
        }

        /**
         * Sets {@code depends}: the dependency expression, such as {@code a && b.Succeeded}.
         *
         * @return this builder
         */
        public Builder depends(String depends) {
            this.depends = depends;
            return this;
        }

        /**
         * Sets {@code dependencies}: plain dependencies (prefer {@code depends}).
         *
         * @return this builder
         */
        public Builder dependencies(List<String> dependencies) {
            this.dependencies = dependencies;
            return this;
        }

        /** Sets {@code arguments}: the arguments. @return this builder */
        public Builder arguments(Arguments arguments) {
            this.arguments = arguments;
            return this;
        }

        /** Sets {@code when}: a condition. @return this builder */
        public Builder when(String when) {
            this.when = when;
            return this;
        }

        /**
         * Sets {@code withItems}: items to fan out over (JSON values: strings, numbers,
         * booleans, maps, lists).
         *
         * @return this builder
         */
        public Builder withItems(List<Object> withItems) {
            this.withItems = withItems;
            return this;
        }

        /** Sets {@code withParam}: a JSON list expression to fan out over. @return this builder */
        public Builder withParam(String withParam) {
            this.withParam = withParam;
            return this;
        }

        /** Sets {@code withSequence}: a numeric range to fan out over. @return this builder */
        public Builder withSequence(Sequence withSequence) {
            this.withSequence = withSequence;
            return this;
        }

        /** Sets {@code continueOn}: failures dependants may ignore. @return this builder */
        public Builder continueOn(ContinueOn continueOn) {
            this.continueOn = continueOn;
            return this;
        }

        /** Sets {@code hooks}: lifecycle hooks by event name. @return this builder */
        public Builder hooks(Map<String, LifecycleHook> hooks) {
            this.hooks = hooks;
            return this;
        }

        /** Sets {@code onExit}: a template run when the task exits. @return this builder */
        public Builder onExit(String onExit) {
            this.onExit = onExit;
            return this;
        }

        /** Sets {@code inline}: an inline template. @return this builder */
        public Builder inline(Template inline) {
            this.inline = inline;
            return this;
        }

        /** @return the built {@link DAGTask} */
        public DAGTask build() {
            return new DAGTask(
                    name,
                    template,
                    templateRef,
                    depends,
                    dependencies,
                    arguments,
                    when,
                    withItems,
                    withParam,
                    withSequence,
                    continueOn,
                    hooks,
                    onExit,
                    inline);
        }
    }
}
