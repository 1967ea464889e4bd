package dev.kfj.argo;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built Argo objects shared by the writer tests. */
public final class Fixtures {

    private Fixtures() {}

    static ObjectMeta meta(String name) {
        return new ObjectMetaBuilder().withName(name).build();
    }

    /** Argo's hello-world: one container template. */
    public static Workflow helloWorld() {
        Container whalesay = new ContainerBuilder()
                .withImage("busybox")
                .withCommand("echo")
                .withArgs("hello world")
                .build();
        return Workflow.of(
                new ObjectMetaBuilder()
                        .withGenerateName("hello-world-")
                        .addToLabels("workflows.argoproj.io/archive-strategy", "false")
                        .build(),
                WorkflowSpec.builder()
                        .entrypoint("main")
                        .templates(List.of(Template.builder()
                                .name("main")
                                .container(whalesay)
                                .build()))
                        .build());
    }

    /** A DAG passing an artifact and a parameter between two script tasks. */
    public static Workflow dagWithArtifacts() {
        Template produce = Template.builder()
                .name("produce")
                .inputs(new Inputs(
                        List.of(Parameter.builder()
                                .name("rows")
                                .defaultValue("10")
                                .build()),
                        List.of()))
                .outputs(new Outputs(
                        List.of(Parameter.builder()
                                .name("count")
                                .valueFrom(
                                        ValueFrom.builder().path("/tmp/count").build())
                                .build()),
                        List.of(Artifact.builder()
                                .name("data")
                                .path("/tmp/data.csv")
                                .archive(ArchiveStrategy.noArchive())
                                .build()),
                        null,
                        null))
                .script(ScriptTemplate.builder()
                        .image("python:3.12")
                        .command(List.of("python"))
                        .source("import sys\nrows = int('{{inputs.parameters.rows}}')\n"
                                + "open('/tmp/data.csv', 'w').write('x\\n' * rows)\n"
                                + "open('/tmp/count', 'w').write(str(rows))\n")
                        .build())
                .build();
        Template consume = Template.builder()
                .name("consume")
                .inputs(new Inputs(
                        List.of(Parameter.builder().name("count").build()),
                        List.of(Artifact.builder()
                                .name("data")
                                .path("/in/data.csv")
                                .build())))
                .container(new ContainerBuilder()
                        .withImage("busybox")
                        .withCommand("sh", "-c")
                        .withArgs("wc -l /in/data.csv && echo {{inputs.parameters.count}}")
                        .build())
                .build();
        DAGTask a = DAGTask.builder()
                .name("produce")
                .template("produce")
                .arguments(new Arguments(
                        List.of(Parameter.builder()
                                .name("rows")
                                .value("{{workflow.parameters.rows}}")
                                .build()),
                        List.of()))
                .build();
        DAGTask b = DAGTask.builder()
                .name("consume")
                .template("consume")
                .depends("produce")
                .arguments(new Arguments(
                        List.of(Parameter.builder()
                                .name("count")
                                .value("{{tasks.produce.outputs.parameters.count}}")
                                .build()),
                        List.of(Artifact.builder()
                                .name("data")
                                .from("{{tasks.produce.outputs.artifacts.data}}")
                                .build())))
                .build();
        Template main = Template.builder()
                .name("main")
                .dag(new DAGTemplate(null, List.of(a, b), null))
                .build();
        return Workflow.of(
                new ObjectMetaBuilder()
                        .withGenerateName("dag-")
                        .withNamespace("ml")
                        .build(),
                WorkflowSpec.builder()
                        .entrypoint("main")
                        .arguments(new Arguments(
                                List.of(Parameter.builder()
                                        .name("rows")
                                        .value("100")
                                        .enumValues(List.of("10", "100"))
                                        .description("how many rows")
                                        .build()),
                                List.of()))
                        .serviceAccountName("argo-runner")
                        .ttlStrategy(new TTLStrategy(3600, null, null))
                        .podGC(new PodGC("OnPodSuccess", null, null))
                        .templates(List.of(main, produce, consume))
                        .build());
    }

    /** A nightly cron workflow. */
    public static CronWorkflow nightly() {
        return CronWorkflow.of(
                meta("nightly-train"),
                CronWorkflowSpec.builder()
                        .schedules(List.of("0 2 * * *", "30 14 * * 1-5"))
                        .timezone("Europe/Paris")
                        .concurrencyPolicy("Forbid")
                        .startingDeadlineSeconds(120L)
                        .successfulJobsHistoryLimit(3)
                        .failedJobsHistoryLimit(1)
                        .suspend(false)
                        .workflowMetadata(new ObjectMetaBuilder()
                                .addToLabels("team", "ml")
                                .build())
                        .workflowSpec(WorkflowSpec.builder()
                                .workflowTemplateRef(new WorkflowTemplateRef("train", null))
                                .arguments(new Arguments(
                                        List.of(Parameter.builder()
                                                .name("epochs")
                                                .value("5")
                                                .build()),
                                        List.of()))
                                .build())
                        .build());
    }

    /** A workflow template with a steps body, retries, memoization and synchronization. */
    public static WorkflowTemplate trainTemplate() {
        Template step = Template.builder()
                .name("fit")
                .inputs(new Inputs(List.of(Parameter.builder().name("epochs").build()), List.of()))
                .container(new ContainerBuilder()
                        .withImage("ghcr.io/kfj/train:1.0")
                        .withArgs("--epochs", "{{inputs.parameters.epochs}}")
                        .build())
                .retryStrategy(new RetryStrategy(
                        new IntOrString(2), "OnError", new Backoff("10s", new IntOrString(2), "5m", null), null))
                .memoize(new Memoize(
                        "fit-{{inputs.parameters.epochs}}", new Cache(new LocalObjectReference("kfj-cache")), "24h"))
                .synchronization(new Synchronization(List.of(new Mutex("train", null, null)), List.of()))
                .timeout("1h")
                .build();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("epochs", 1);
        item.put("tag", "yes");
        WorkflowStep fan = WorkflowStep.builder()
                .name("fit-all")
                .template("fit")
                .arguments(new Arguments(
                        List.of(Parameter.builder()
                                .name("epochs")
                                .value("{{item.epochs}}")
                                .build()),
                        List.of()))
                .withItems(List.of(item, Map.of("epochs", 2, "tag", "no")))
                .continueOn(new ContinueOn(null, true))
                .build();
        WorkflowStep report = WorkflowStep.builder()
                .name("report")
                .templateRef(new TemplateRef("reporting", "report", true))
                .when("{{workflow.status}} == Succeeded")
                .build();
        Template main = Template.builder()
                .name("main")
                .steps(List.of(List.of(fan), List.of(report)))
                .build();
        return WorkflowTemplate.of(
                meta("train"),
                WorkflowSpec.builder()
                        .entrypoint("main")
                        .arguments(new Arguments(
                                List.of(Parameter.builder()
                                        .name("epochs")
                                        .value("3")
                                        .build()),
                                List.of()))
                        .onExit("cleanup")
                        .templates(List.of(
                                main,
                                step,
                                Template.builder()
                                        .name("cleanup")
                                        .suspend(new SuspendTemplate("0s"))
                                        .build()))
                        .build());
    }

    /** A workflow exercising fabric8 types: resources, env, volumes, tolerations, claims. */
    public static Workflow kubernetesResources() {
        Container c = new ContainerBuilder()
                .withName("main")
                .withImage("ghcr.io/kfj/gpu:2.1")
                .withImagePullPolicy("IfNotPresent")
                .addNewEnv()
                .withName("MODE")
                .withValue("on")
                .endEnv()
                .addNewEnv()
                .withName("POD")
                .withNewValueFrom()
                .withNewFieldRef()
                .withFieldPath("metadata.name")
                .endFieldRef()
                .endValueFrom()
                .endEnv()
                .withNewResources()
                .addToRequests("cpu", new Quantity("500m"))
                .addToRequests("memory", new Quantity("1Gi"))
                .addToLimits("nvidia.com/gpu", new Quantity("1"))
                .endResources()
                .addNewVolumeMount()
                .withName("work")
                .withMountPath("/work")
                .endVolumeMount()
                .addNewVolumeMount()
                .withName("scratch")
                .withMountPath("/scratch")
                .endVolumeMount()
                .build();
        return Workflow.of(
                new ObjectMetaBuilder().withGenerateName("gpu-").build(),
                WorkflowSpec.builder()
                        .entrypoint("main")
                        .nodeSelector(Map.of("accelerator", "a100"))
                        .tolerations(List.of(new TolerationBuilder()
                                .withKey("nvidia.com/gpu")
                                .withOperator("Exists")
                                .withEffect("NoSchedule")
                                .build()))
                        .imagePullSecrets(List.of(new LocalObjectReference("registry")))
                        .volumeClaimTemplates(List.of(new PersistentVolumeClaimBuilder()
                                .withNewMetadata()
                                .withName("work")
                                .endMetadata()
                                .withNewSpec()
                                .withAccessModes("ReadWriteOnce")
                                .withNewResources()
                                .addToRequests("storage", new Quantity("10Gi"))
                                .endResources()
                                .endSpec()
                                .build()))
                        .volumes(List.of(new VolumeBuilder()
                                .withName("scratch")
                                .withNewEmptyDir()
                                .endEmptyDir()
                                .build()))
                        .templates(List.of(Template.builder()
                                .name("main")
                                .container(c)
                                .activeDeadlineSeconds(new IntOrString(600))
                                .metadata(new Metadata(Map.of("kfj.dev/step", "main"), Map.of()))
                                .build()))
                        .build());
    }
}
