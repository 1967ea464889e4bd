package dev.kfj.cli.cluster;

import dev.kfj.cli.ExitCodes;
import dev.kfj.client.ArgoClient;
import dev.kfj.client.ArgoClientException;
import dev.kfj.client.ListOptions;
import dev.kfj.client.WorkflowList;
import dev.kfj.client.WorkflowStatus;
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
import tools.jackson.databind.node.ArrayNode;

/** {@code kfj list}: the runs in a namespace. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List runs in the namespace.")
public final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR", description = "Label selector, e.g. team=ml.")
    String labelSelector;

    @Option(names = "--field-selector", paramLabel = "SELECTOR",
            description = "Field selector: metadata.name=..., spec.startedAt>RFC3339, ...")
    String fieldSelector;

    @Option(names = "--chunk-size", paramLabel = "N", defaultValue = "0",
            description = "Fetch N at a time (default: the server's choice).")
    int chunkSize;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), wide, json, yaml or name.")
    String output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<WorkflowStatus> all = new ArrayList<>();
        try (ArgoClient client = connection.connect()) {
            ListOptions options = new ListOptions(labelSelector, fieldSelector, chunkSize, "");
            WorkflowList page = client.list(options);
            all.addAll(page.items());
            while (page.next().isPresent()) {
                page = client.list(options.withContinue(page.continueToken()));
                all.addAll(page.items());
            }
        } catch (ArgoClientException e) {
            throw Failures.of(e);
        }
        switch (output) {
            case "name" -> all.forEach(w -> out.println(w.name()));
            case "json", "yaml" -> {
                ArrayNode items = Json.MAPPER.createArrayNode();
                for (WorkflowStatus w : all) {
                    items.addObject().put("name", w.name()).put("namespace", w.namespace())
                            .put("phase", w.phase().toString()).put("startedAt", Render.time(w.startedAt()))
                            .put("finishedAt", Render.time(w.finishedAt())).put("progress", w.progress())
                            .put("message", w.message());
                }
                out.println(output.equals("json") ? Json.pretty(items) : Json.yaml(items).stripTrailing());
            }
            default -> {
                boolean wide = output.equals("wide");
                List<List<String>> rows = new ArrayList<>();
                rows.add(wide ? List.of("NAME", "PHASE", "STARTED", "FINISHED", "PROGRESS", "MESSAGE")
                        : List.of("NAME", "PHASE", "STARTED", "PROGRESS"));
                for (WorkflowStatus w : all) {
                    rows.add(wide ? List.of(w.name(), w.phase().toString(), Render.time(w.startedAt()),
                            Render.time(w.finishedAt()), w.progress(), w.message())
                            : List.of(w.name(), w.phase().toString(), Render.time(w.startedAt()), w.progress()));
                }
                if (all.isEmpty()) {
                    out.println("No workflows found.");
                } else {
                    Render.table(rows).forEach(out::println);
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
