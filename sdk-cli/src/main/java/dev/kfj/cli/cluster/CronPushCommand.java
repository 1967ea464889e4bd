package dev.kfj.cli.cluster;

import dev.kfj.cli.ExitCodes;
import dev.kfj.cli.PipelineOptions;
import dev.kfj.cli.internal.UserError;
import dev.kfj.client.ArgoClient;
import dev.kfj.client.ArgoClientException;
import dev.kfj.client.internal.Json;
import dev.kfj.compiler.CompileOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kfj cron push}: store a pipeline as a CronWorkflow, creating or updating it. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Run a pipeline on a schedule: compile it to a CronWorkflow (on the pipeline's own Schedule, or"
                + " around its Workflow) or read one from .yaml/.json, then create or update it.",
                "--schedule, --timezone and --concurrency-policy override what the pipeline says."})
public final class CronPushCommand implements Callable<Integer> {
    /** Longest CronWorkflow name Argo accepts. */
    static final int MAX_NAME = 52;

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--schedule", paramLabel = "CRON",
            description = "A cron schedule, e.g. \"0 2 * * *\"; repeat for several. Required unless the pipeline or file has one.")
    List<String> schedules = new ArrayList<>();

    @Option(names = "--timezone", paramLabel = "ZONE", description = "IANA time zone of the schedule, e.g. Europe/Paris.")
    String timezone;

    @Option(names = "--concurrency-policy", paramLabel = "POLICY", description = "Allow, Forbid or Replace.")
    String concurrencyPolicy;

    @Option(names = "--name", paramLabel = "NAME", description = "Store it under this name instead of the pipeline's.")
    String name;

    @Override
    public Integer call() {
        ObjectNode manifest = Sources.load(pipeline, p -> p.options().schedule().isPresent()
                ? CompileOptions.Kind.CRON_WORKFLOW : CompileOptions.Kind.WORKFLOW, false, spec.commandLine().getErr());
        ObjectNode cron = Json.str(manifest.path("kind")).equals("CronWorkflow") ? manifest : wrap(manifest);
        ObjectNode cronSpec = cron.withObject("/spec");
        if (!schedules.isEmpty()) {
            ArrayNode list = cronSpec.putArray("schedules");
            schedules.forEach(list::add);
        }
        if (cronSpec.path("schedules").isEmpty()) {
            throw new UserError(ExitCodes.USAGE, "error: a CronWorkflow needs a schedule: pass --schedule \"0 2 * * *\""
                    + " or give the pipeline one with p.schedule(Schedule.cron(...))");
        }
        if (timezone != null) {
            cronSpec.put("timezone", timezone);
        }
        if (concurrencyPolicy != null) {
            cronSpec.put("concurrencyPolicy", concurrencyPolicy);
        }
        if (name != null) {
            cron.withObject("/metadata").put("name", name);
        }
        String cronName = Json.str(cron.path("metadata").path("name"));
        if (cronName.isEmpty() || cronName.length() > MAX_NAME) {
            throw new UserError(ExitCodes.USAGE, "error: CronWorkflow name '" + cronName + "' must be 1 to " + MAX_NAME
                    + " characters; pass --name");
        }
        try (ArgoClient client = connection.connect()) {
            JsonNode stored = client.applyCron(cron);
            spec.commandLine().getOut().println("CronWorkflow " + Json.str(stored.path("metadata").path("name"))
                    + " pushed to namespace " + client.namespace() + " (schedules: "
                    + String.join(", ", strings(stored.path("spec").path("schedules"))) + ")");
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (ArgoClientException e) {
            throw Failures.of(e);
        } catch (IllegalArgumentException e) {
            throw Failures.invalid(pipeline.argument(), e);
        }
    }

    /** A CronWorkflow around a compiled Workflow: its spec runs on schedule, its labels go on each run. */
    static ObjectNode wrap(ObjectNode workflow) {
        ObjectNode cron = Json.object();
        cron.put("apiVersion", "argoproj.io/v1alpha1");
        cron.put("kind", "CronWorkflow");
        ObjectNode metadata = cron.putObject("metadata");
        JsonNode source = workflow.path("metadata");
        String base = Json.str(source.path("name"));
        if (base.isEmpty()) {
            base = Json.str(source.path("generateName")).replaceAll("-+$", "");
        }
        metadata.put("name", base.length() > MAX_NAME ? base.substring(0, MAX_NAME).replaceAll("-+$", "") : base);
        if (source.has("labels")) {
            metadata.set("labels", source.get("labels").deepCopy());
        }
        ObjectNode spec = cron.putObject("spec");
        spec.putArray("schedules");
        spec.set("workflowSpec", workflow.path("spec").deepCopy());
        if (source.has("labels") || source.has("annotations")) {
            ObjectNode runMetadata = spec.putObject("workflowMetadata");
            if (source.has("labels")) {
                runMetadata.set("labels", source.get("labels").deepCopy());
            }
            if (source.has("annotations")) {
                runMetadata.set("annotations", source.get("annotations").deepCopy());
            }
        }
        return cron;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(Json.str(n)));
        return out;
    }
}
