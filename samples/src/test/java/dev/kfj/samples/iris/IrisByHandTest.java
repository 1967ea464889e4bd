package dev.kfj.samples.iris;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.Artifact;
import dev.kfj.argo.DAGTask;
import dev.kfj.argo.Parameter;
import dev.kfj.argo.Template;
import dev.kfj.argo.Workflow;
import dev.kfj.argo.yaml.ArgoYaml;
import dev.kfj.compiler.PipelineCompiler;
import dev.kfj.dsl.step.Launcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the compiled Iris workflow by hand, as Argo would: for each task, in order, the container's
 * command and args are taken from the YAML, Argo's variables are replaced with paths under a local
 * folder, and the step runtime runs in a separate JVM (the launcher's class path replaced by this
 * test's). Every declared output must appear.
 */
class IrisByHandTest {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{([^}]+)}}");

    @TempDir
    Path dir;

    private final Map<String, String> parameterOutputs = new HashMap<>();
    private final Map<String, Path> artifactOutputs = new HashMap<>();

    @Test
    void everyTaskRunsFromItsCompiledCommandAndWritesEveryDeclaredOutput() throws Exception {
        Workflow workflow = ArgoYaml.read(PipelineCompiler.compile(new IrisPipeline().define()).yaml(), Workflow.class);
        Map<String, String> workflowParameters = new HashMap<>();
        for (Parameter p : workflow.spec().arguments().parameters()) workflowParameters.put(p.name(), p.value());
        Map<String, Template> templates = new HashMap<>();
        for (Template t : workflow.spec().templates()) templates.put(t.name(), t);

        List<String> ran = new ArrayList<>();
        for (DAGTask task : templates.get(workflow.spec().entrypoint()).dag().tasks()) {
            run(task, templates.get(task.template()), workflowParameters);
            ran.add(task.name());
        }

        assertThat(ran).containsExactly("load", "validate", "split", "train", "evaluate", "deploy");
        assertThat(Double.parseDouble(parameterOutputs.get("evaluate.accuracy"))).isGreaterThan(0.9);
        assertThat(parameterOutputs.get("train.model_metadata")).contains("\"framework\":\"tribuo\"");
        assertThat(Files.readString(artifactOutputs.get("evaluate.metrics"))).contains("\"confusion_matrix\"");
        assertThat(artifactOutputs.get("deploy.deployed").resolve("model.tribuo")).isRegularFile();
        assertThat(artifactOutputs.get("deploy.deployed").resolve("model-card.json")).isRegularFile();
    }

    private void run(DAGTask task, Template template, Map<String, String> workflowParameters) throws Exception {
        Path base = dir.resolve(task.name());
        Map<String, String> variables = new HashMap<>();
        for (Parameter p : task.arguments() == null ? List.<Parameter>of() : task.arguments().parameters()) {
            variables.put("inputs.parameters." + p.name(), substitute(p.value(), Map.of(), workflowParameters));
        }
        for (Artifact a : task.arguments() == null ? List.<Artifact>of() : task.arguments().artifacts()) {
            Matcher m = Pattern.compile("\\{\\{tasks\\.([^.]+)\\.outputs\\.artifacts\\.([^}]+)}}").matcher(a.from());
            assertThat(m.matches()).as(a.from()).isTrue();
            variables.put("inputs.artifacts." + a.name() + ".path", artifactOutputs.get(m.group(1) + "." + m.group(2)).toString());
        }
        Map<String, Path> outputs = new HashMap<>();
        if (template.outputs() != null) {
            for (Parameter p : template.outputs().parameters()) {
                Path path = base.resolve("outputs").resolve(p.name());
                outputs.put(p.name(), path);
                variables.put("outputs.parameters." + p.name() + ".path", path.toString());
            }
            for (Artifact a : template.outputs().artifacts()) {
                Path path = base.resolve("outputs").resolve(a.name());
                outputs.put(a.name(), path);
                variables.put("outputs.artifacts." + a.name() + ".path", path.toString());
            }
        }
        List<String> command = new ArrayList<>(localLauncher(template.container().getCommand()));
        for (String arg : template.container().getArgs()) command.add(substitute(arg, variables, workflowParameters));

        Files.createDirectories(base);
        Process process = new ProcessBuilder(command).directory(base.toFile())
                .redirectOutput(base.resolve("stdout.txt").toFile())
                .redirectError(base.resolve("stderr.txt").toFile())
                .start();
        int code = process.waitFor();
        assertThat(code).as("%s exit code; stderr:%n%s", task.name(),
                Files.readString(base.resolve("stderr.txt"), StandardCharsets.UTF_8)).isZero();

        for (Map.Entry<String, Path> out : outputs.entrySet()) {
            assertThat(out.getValue()).as("output %s of %s", out.getKey(), task.name()).exists();
            boolean parameter = template.outputs().parameters().stream().anyMatch(p -> p.name().equals(out.getKey()));
            if (parameter) {
                parameterOutputs.put(task.name() + "." + out.getKey(), Files.readString(out.getValue(), StandardCharsets.UTF_8));
            } else {
                artifactOutputs.put(task.name() + "." + out.getKey(), out.getValue());
            }
        }
    }

    /** The launcher command with this JVM and this test's class path in place of the image's. */
    private static List<String> localLauncher(List<String> command) {
        assertThat(command).isEqualTo(Launcher.DEFAULT_COMMAND);
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Launcher.MAIN_CLASS);
    }

    private String substitute(String text, Map<String, String> variables, Map<String, String> workflowParameters) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.startsWith("workflow.parameters.")) {
                value = workflowParameters.get(name.substring("workflow.parameters.".length()));
            } else if (name.startsWith("tasks.")) {
                String[] parts = name.split("\\.");
                value = parameterOutputs.get(parts[1] + "." + parts[4]);
            } else {
                value = variables.get(name);
            }
            assertThat(value).as("value of {{%s}}", name).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

}
