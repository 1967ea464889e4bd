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
 * Runs the compiled Iris workflow by hand, as Argo would: tasks in order, the container's command
 * and args taken from the YAML with Argo's variables replaced by paths under a local folder, and
 * the step runtime started in a separate JVM (the launcher's class path replaced by this test's).
 * Every declared output must appear. The {@code when} of the deploy branch is evaluated for the one
 * form this pipeline uses: numeric comparisons ({@code >=}, {@code >}, {@code ==}) joined by {@code ||}.
 */
class IrisByHandTest {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{([^}=][^}]*)}}");
    private static final Pattern TASK_PARAMETER = Pattern.compile("tasks\\['([^']+)'\\]\\.outputs\\.parameters\\['([^']+)'\\]");
    private static final Pattern WORKFLOW_PARAMETER = Pattern.compile("workflow\\.parameters\\['([^']+)'\\]");
    private static final Pattern COMPARISON = Pattern.compile("asFloat\\(([^)]+)\\) (>=|>|==) asFloat\\(([^)]+)\\)");

    @TempDir
    Path dir;

    private final Map<String, String> workflowParameters = new HashMap<>();
    private final Map<String, Template> templates = new HashMap<>();
    private final Map<String, String> parameterOutputs = new HashMap<>();
    private final Map<String, Path> artifactOutputs = new HashMap<>();
    private final List<String> ran = new ArrayList<>();

    @Test
    void runsEveryTaskFromItsCompiledCommandAndDeploysAnAccurateModel() throws Exception {
        runWorkflow(Map.of());

        assertThat(ran).containsExactly("load", "validate", "split", "train", "evaluate", "deploy");
        assertThat(Double.parseDouble(parameterOutputs.get("evaluate.accuracy"))).isGreaterThan(0.9);
        assertThat(parameterOutputs.get("train.model_metadata")).contains("\"framework\":\"tribuo\"");
        assertThat(parameterOutputs.get("validate.data_metadata")).isEqualTo(
                "{\"rows\":150,\"species\":{\"setosa\":50,\"versicolor\":50,\"virginica\":50}}");
        assertThat(Files.readString(artifactOutputs.get("evaluate.metrics"))).contains("\"confusion_matrix\"");
        assertThat(artifactOutputs.get("deploy.deployed").resolve("model.tribuo")).isRegularFile();
        assertThat(artifactOutputs.get("deploy.deployed").resolve("model-card.json")).isRegularFile();
    }

    @Test
    void skipsTheDeployStepWhenTheAccuracyMissesTheThreshold() throws Exception {
        runWorkflow(Map.of("threshold", "1.01"));

        assertThat(ran).containsExactly("load", "validate", "split", "train", "evaluate");
        assertThat(artifactOutputs).doesNotContainKey("deploy.deployed");
    }

    private void runWorkflow(Map<String, String> arguments) throws Exception {
        Workflow workflow = ArgoYaml.read(PipelineCompiler.compile(new IrisPipeline().define()).yaml(), Workflow.class);
        for (Parameter p : workflow.spec().arguments().parameters()) workflowParameters.put(p.name(), p.value());
        workflowParameters.putAll(arguments);
        for (Template t : workflow.spec().templates()) templates.put(t.name(), t);
        runDag(templates.get(workflow.spec().entrypoint()), Map.of());
    }

    /** Runs the tasks of a DAG template; {@code inputs} maps {@code inputs.parameters.x} and {@code inputs.artifacts.x}. */
    private void runDag(Template dag, Map<String, String> inputs) throws Exception {
        for (DAGTask task : dag.dag().tasks()) {
            Map<String, String> arguments = new HashMap<>();
            if (task.arguments() != null) {
                for (Parameter p : task.arguments().parameters()) {
                    arguments.put("inputs.parameters." + p.name(), substitute(p.value(), inputs));
                }
                for (Artifact a : task.arguments().artifacts()) {
                    arguments.put("inputs.artifacts." + a.name(), artifact(a.from(), inputs));
                }
            }
            if (task.when() != null && !holds(task.when())) continue;
            Template template = templates.get(task.template());
            if (template.dag() != null) {
                runDag(template, arguments);
            } else {
                runContainer(task.name(), template, arguments);
            }
        }
    }

    private void runContainer(String task, Template template, Map<String, String> arguments) throws Exception {
        Path base = dir.resolve(task);
        Map<String, String> variables = new HashMap<>();
        arguments.forEach((k, v) -> variables.put(k.startsWith("inputs.artifacts.") ? k + ".path" : k, v));
        Map<String, Path> outputs = new HashMap<>();
        for (Parameter p : template.outputs().parameters()) {
            outputs.put(p.name(), base.resolve("outputs").resolve(p.name()));
            variables.put("outputs.parameters." + p.name() + ".path", outputs.get(p.name()).toString());
        }
        for (Artifact a : template.outputs().artifacts()) {
            outputs.put(a.name(), base.resolve("outputs").resolve(a.name()));
            variables.put("outputs.artifacts." + a.name() + ".path", outputs.get(a.name()).toString());
        }
        List<String> command = new ArrayList<>(localLauncher(template.container().getCommand()));
        for (String arg : template.container().getArgs()) command.add(substitute(arg, variables));

        Files.createDirectories(base);
        Process process = new ProcessBuilder(command).directory(base.toFile())
                .redirectOutput(base.resolve("stdout.txt").toFile())
                .redirectError(base.resolve("stderr.txt").toFile())
                .start();
        assertThat(process.waitFor()).as("%s exit code; stderr:%n%s", task,
                Files.readString(base.resolve("stderr.txt"), StandardCharsets.UTF_8)).isZero();
        ran.add(task);

        for (Parameter p : template.outputs().parameters()) {
            assertThat(outputs.get(p.name())).as("output %s of %s", p.name(), task).isRegularFile();
            parameterOutputs.put(task + "." + p.name(), Files.readString(outputs.get(p.name()), StandardCharsets.UTF_8));
        }
        for (Artifact a : template.outputs().artifacts()) {
            assertThat(outputs.get(a.name())).as("output %s of %s", a.name(), task).exists();
            artifactOutputs.put(task + "." + a.name(), outputs.get(a.name()));
        }
    }

    /** The launcher command with this JVM and this test's class path in place of the image's. */
    private static List<String> localLauncher(List<String> command) {
        assertThat(command).isEqualTo(Launcher.DEFAULT_COMMAND);
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Launcher.MAIN_CLASS);
    }

    private String artifact(String from, Map<String, String> inputs) {
        Matcher task = Pattern.compile("\\{\\{tasks\\.([^.]+)\\.outputs\\.artifacts\\.([^}]+)}}").matcher(from);
        if (task.matches()) return artifactOutputs.get(task.group(1) + "." + task.group(2)).toString();
        Matcher input = Pattern.compile("\\{\\{(inputs\\.artifacts\\.[^}]+)}}").matcher(from);
        assertThat(input.matches()).as(from).isTrue();
        return inputs.get(input.group(1));
    }

    private String substitute(String text, Map<String, String> variables) {
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

    /** Evaluates {@code {{=asFloat(a) >= asFloat(b)}}}-style conditions, alone or joined by {@code ||}. */
    private boolean holds(String when) {
        assertThat(when).startsWith("{{=").endsWith("}}");
        String expression = when.substring(3, when.length() - 2);
        boolean any = false;
        for (String term : expression.split(" \\|\\| ")) {
            Matcher m = COMPARISON.matcher(term.strip());
            assertThat(m.matches()).as("a comparison this test can evaluate: %s", term).isTrue();
            double left = value(m.group(1));
            double right = value(m.group(3));
            any |= switch (m.group(2)) {
                case ">=" -> left >= right;
                case ">" -> left > right;
                default -> left == right;
            };
        }
        return any;
    }

    private double value(String operand) {
        Matcher task = TASK_PARAMETER.matcher(operand);
        if (task.matches()) return Double.parseDouble(parameterOutputs.get(task.group(1) + "." + task.group(2)));
        Matcher workflow = WORKFLOW_PARAMETER.matcher(operand);
        assertThat(workflow.matches()).as(operand).isTrue();
        return Double.parseDouble(workflowParameters.get(workflow.group(1)));
    }
}
