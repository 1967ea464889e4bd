package dev.kfj.dsl;

import java.util.List;
import java.util.Objects;

/**
 * When a pipeline compiled as a CronWorkflow runs ({@code kfj compile --kind cron-workflow}).
 *
 * <pre>{@code
 * p.schedule(Schedule.cron("0 3 * * *").inZone("Europe/Paris").concurrency(Schedule.Concurrency.FORBID));
 * }</pre>
 *
 * @param crons one or more cron expressions (five fields)
 * @param timeZone an IANA time zone such as {@code Europe/Paris}, or {@code ""} for the controller's
 * @param concurrency what to do when a run is due while the previous one still runs; default ALLOW
 * @param startingDeadlineSeconds how late a missed run may still start, or 0 for Argo's default
 */
public record Schedule(List<String> crons, String timeZone, Concurrency concurrency, long startingDeadlineSeconds) {

    /** Argo's concurrency policies. */
    public enum Concurrency {
        /** Start the new run alongside the old one. */
        ALLOW("Allow"),
        /** Skip the new run. */
        FORBID("Forbid"),
        /** Stop the old run and start the new one. */
        REPLACE("Replace");

        private final String argo;

        Concurrency(String argo) {
            this.argo = argo;
        }

        /** Argo's spelling. */
        public String argo() {
            return argo;
        }
    }

    /** Checks the parts. */
    public Schedule {
        crons = List.copyOf(crons);
        if (crons.isEmpty()) throw new IllegalArgumentException("a schedule needs at least one cron expression");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(concurrency, "concurrency");
    }

    /** Runs on each of these cron expressions, e.g. {@code "0 3 * * *"}. */
    public static Schedule cron(String... crons) {
        return new Schedule(List.of(crons), "", Concurrency.ALLOW, 0);
    }

    /** A copy in time zone {@code zone}. */
    public Schedule inZone(String zone) {
        return new Schedule(crons, zone, concurrency, startingDeadlineSeconds);
    }

    /** A copy with this concurrency policy. */
    public Schedule concurrency(Concurrency policy) {
        return new Schedule(crons, timeZone, policy, startingDeadlineSeconds);
    }

    /** A copy whose missed runs may start up to {@code seconds} late. */
    public Schedule startingDeadline(long seconds) {
        return new Schedule(crons, timeZone, concurrency, seconds);
    }
}
