package dev.kfj.argo;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * How and when a cron workflow starts workflows.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.CronWorkflowSpec}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param schedules cron schedules (required, at least one)
 * @param timezone the time zone, such as {@code Europe/Paris}
 * @param concurrencyPolicy Allow, Forbid or Replace
 * @param startingDeadlineSeconds how late a missed run may start
 * @param successfulJobsHistoryLimit successful workflows kept
 * @param failedJobsHistoryLimit failed workflows kept
 * @param suspend whether scheduling is paused
 * @param when an expression deciding whether to run
 * @param workflowMetadata metadata of created workflows
 * @param workflowSpec the spec of created workflows (required)
 */
public record CronWorkflowSpec(
        List<String> schedules,
        String timezone,
        String concurrencyPolicy,
        Long startingDeadlineSeconds,
        Integer successfulJobsHistoryLimit,
        Integer failedJobsHistoryLimit,
        Boolean suspend,
        String when,
        ObjectMeta workflowMetadata,
        WorkflowSpec workflowSpec) {

    /** Normalises absent collections to empty, immutable ones; maps get a stable order. */
    public CronWorkflowSpec {
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.schedules = schedules;
        b.timezone = timezone;
        b.concurrencyPolicy = concurrencyPolicy;
        b.startingDeadlineSeconds = startingDeadlineSeconds;
        b.successfulJobsHistoryLimit = successfulJobsHistoryLimit;
        b.failedJobsHistoryLimit = failedJobsHistoryLimit;
        b.suspend = suspend;
        b.when = when;
        b.workflowMetadata = workflowMetadata;
        b.workflowSpec = workflowSpec;
        return b;
    }

    /** Mutable builder for {@link CronWorkflowSpec}; every setter returns {@code this}. */
    public static final class Builder {
        private List<String> schedules;
        private String timezone;
        private String concurrencyPolicy;
        private Long startingDeadlineSeconds;
        private Integer successfulJobsHistoryLimit;
        private Integer failedJobsHistoryLimit;
        private Boolean suspend;
        private String when;
        private ObjectMeta workflowMetadata;
        private WorkflowSpec workflowSpec;

        private Builder() {}

        /** Sets {@code schedules}: cron schedules (required, at least one). @return this builder */
        public Builder schedules(List<String> schedules) {
            this.schedules = schedules;
            return this;
        }

        /** Sets {@code timezone}: the time zone, such as {@code Europe/Paris}. @return this builder */
        public Builder timezone(String timezone) {
            this.timezone = timezone;
            return this;
        }

        /** Sets {@code concurrencyPolicy}: Allow, Forbid or Replace. @return this builder */
        public Builder concurrencyPolicy(String concurrencyPolicy) {
            this.concurrencyPolicy = concurrencyPolicy;
            return this;
        }

        /**
         * Sets {@code startingDeadlineSeconds}: how late a missed run may start.
         *
         * @return this builder
         */
        public Builder startingDeadlineSeconds(Long startingDeadlineSeconds) {
            this.startingDeadlineSeconds = startingDeadlineSeconds;
            return this;
        }

        /** Sets {@code successfulJobsHistoryLimit}: successful workflows kept. @return this builder */
        public Builder successfulJobsHistoryLimit(Integer successfulJobsHistoryLimit) {
            this.successfulJobsHistoryLimit = successfulJobsHistoryLimit;
            return this;
        }

        /** Sets {@code failedJobsHistoryLimit}: failed workflows kept. @return this builder */
        public Builder failedJobsHistoryLimit(Integer failedJobsHistoryLimit) {
            this.failedJobsHistoryLimit = failedJobsHistoryLimit;
            return this;
        }

        /** Sets {@code suspend}: whether scheduling is paused. @return this builder */
        public Builder suspend(Boolean suspend) {
            this.suspend = suspend;
            return this;
        }

        /** Sets {@code when}: an expression deciding whether to run. @return this builder */
        public Builder when(String when) {
            this.when = when;
            return this;
        }

        /** Sets {@code workflowMetadata}: metadata of created workflows. @return this builder */
        public Builder workflowMetadata(ObjectMeta workflowMetadata) {
            this.workflowMetadata = workflowMetadata;
            return this;
        }

        /** Sets {@code workflowSpec}: the spec of created workflows (required). @return this builder */
        public Builder workflowSpec(WorkflowSpec workflowSpec) {
            this.workflowSpec = workflowSpec;
            return this;
        }

        /** @return the built {@link CronWorkflowSpec} */
        public CronWorkflowSpec build() {
            return new CronWorkflowSpec(
                    schedules,
                    timezone,
                    concurrencyPolicy,
                    startingDeadlineSeconds,
                    successfulJobsHistoryLimit,
                    failedJobsHistoryLimit,
                    suspend,
                    when,
                    workflowMetadata,
                    workflowSpec);
        }
    }
}
