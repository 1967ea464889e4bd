package dev.kfj.samples.operations;

import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Mount;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.PipelineDefinition;
import dev.kfj.dsl.Retry;
import dev.kfj.dsl.Settings;
import dev.kfj.dsl.Step;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import java.time.Duration;

/**
 * Operational settings: pipeline-wide defaults and run options, then per-step retries, timeouts,
 * resources and a GPU, scheduling, environment from secrets and config maps, volumes (a claim per
 * run, an existing claim, a secret as files), pod metadata, caching and locks.
 */
public final class OperationsPipeline implements PipelineDefinition {
    static final Input<Integer> EPOCHS = Input.integer("epochs");
    static final Output<String> VERSION = Output.string("version");

    static final Component PREPARE = Component.container("prepare").image("busybox:1.36")
            .command("sh", "-c").args("date > /workspace/prepared-at").build();
    static final Component TRAIN = Component.container("train").image("pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime")
            .inputs(EPOCHS).outputs(VERSION).command("sh", "-c")
            .args(Arg.concat("python /etc/train/train.py --epochs ", EPOCHS, " && echo -n v1 > ", VERSION)).build();

    @Override
    public Pipeline define() {
        Pipeline.Builder p = Pipeline.builder("operations").description("Retries, resources, scheduling, volumes and caching.")
                .defaults(Settings.none().imagePullPolicy("IfNotPresent").label("team", "ml")
                        .cpu("250m", "1").memory("256Mi", "1Gi"))
                .timeout(Duration.ofHours(12))
                .ttl(Duration.ofDays(2))
                .podGc("OnPodSuccess")
                .parallelism(10)
                .serviceAccount("pipeline-runner")
                .imagePullSecret("registry-credentials")
                .volumeClaim("workspace", "20Gi", "ReadWriteOnce");
        Step prepare = p.step(PREPARE.call().configure(Settings.none()
                .mount(Mount.runClaim("workspace", "/workspace"))
                .retry(Retry.times(2))));
        p.step(TRAIN.with(EPOCHS, 10).after(prepare).configure(Settings.none()
                .cpu("4", "8").memory("16Gi", "16Gi").ephemeralStorage("20Gi", "").gpus(1)
                .nodeSelector("cloud.google.com/gke-accelerator", "nvidia-tesla-t4")
                .toleration(new TolerationBuilder().withKey("nvidia.com/gpu").withOperator("Exists").withEffect("NoSchedule").build())
                .priorityClass("training")
                .retry(Retry.times(3).on(Retry.Policy.ALWAYS).backoff(Duration.ofSeconds(30), 2, Duration.ofMinutes(10)))
                .timeout(Duration.ofHours(4))
                .envFromSecret("WANDB_API_KEY", "wandb", "api-key")
                .envFromConfigMap("REGION", "cluster-settings", "region")
                .mount(Mount.runClaim("workspace", "/workspace"))
                .mount(Mount.claim("datasets", "/datasets").asReadOnly())
                .mount(Mount.configMap("train-script", "/etc/train"))
                .annotation("example.com/cost-center", "research")
                .displayName("Train on one GPU")
                .cache(Duration.ofDays(7), "kfj-cache")
                .semaphore("kfj-limits", "gpu-trainings")));
        return p.build();
    }
}
