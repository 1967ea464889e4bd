package dev.kfj.cli.cluster;

import dev.kfj.cli.ExitCodes;
import dev.kfj.client.ArgoClient;
import dev.kfj.client.ArgoClientException;
import dev.kfj.client.ListOptions;
import dev.kfj.client.internal.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code kfj cron list}: the CronWorkflows in a namespace. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List CronWorkflows.")
public final class CronListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR", description = "Label selector.")
    String labelSelector;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), wide, json, yaml or name.")
    String output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<JsonNode> crons;
        try (ArgoClient client = connection.connect()) {
            crons = client.listCron(ListOptions.all().withLabelSelector(labelSelector));
        } catch (ArgoClientException e) {
            throw Failures.of(e);
        }
        boolean wide = output.equals("wide");
        Render.objects(crons, output, "No cron workflows found.",
                wide ? List.of("NAME", "SCHEDULES", "TIMEZONE", "SUSPENDED", "LAST RUN", "ACTIVE")
                        : List.of("NAME", "SCHEDULES", "SUSPENDED", "LAST RUN"),
                c -> {
                    List<String> schedules = new ArrayList<>();
                    c.path("spec").path("schedules").forEach(s -> schedules.add(Json.str(s)));
                    String lastRun = Json.str(c.path("status").path("lastScheduledTime"));
                    String suspended = Boolean.toString(c.path("spec").path("suspend").asBoolean(false));
                    String name = Json.str(c.path("metadata").path("name"));
                    return wide
                            ? List.of(name, String.join(";", schedules), Json.str(c.path("spec").path("timezone")),
                                    suspended, lastRun.isEmpty() ? "-" : lastRun,
                                    Integer.toString(c.path("status").path("active").size()))
                            : List.of(name, String.join(";", schedules), suspended, lastRun.isEmpty() ? "-" : lastRun);
                },
                out);
        return ExitCodes.OK;
    }
}
