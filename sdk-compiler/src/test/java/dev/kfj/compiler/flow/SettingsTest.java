package dev.kfj.compiler.flow;

import static dev.kfj.compiler.flow.Flows.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.Template;
import dev.kfj.argo.Workflow;
import dev.kfj.compiler.CompiledPipeline;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Mount;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Retry;
import dev.kfj.dsl.Settings;
import dev.kfj.dsl.Step;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SettingsTest {

    static Pipeline operations() {
        Pipeline.Builder p = Pipeline.builder("operations")
                .defaults(Settings.none().imagePullPolicy("IfNotPresent").label("team", "ml"))
                .timeout(Duration.ofHours(6))
                .ttl(Duration.ofDays(1))
                .podGc("OnPodSuccess")
                .parallelism(8)
                .serviceAccount("pipeline-runner")
                .imagePullSecret("registry-creds")
                .volumeClaim("workspace", "10Gi", "ReadWriteOnce")
                .priority(5)
                .mutex("nightly-training")
                .podSpecPatch("{\"terminationGracePeriodSeconds\": 5}");
        Step prep = p.step("prep", MAKE_DATA.call().configure(Settings.none()
                .mount(Mount.runClaim("workspace", "/workspace"))
                .mount(Mount.emptyDir("scratch", "/scratch"))
                .cpu("500m", "1").memory("1Gi", "2Gi").ephemeralStorage("5Gi", "")));
        p.step("train", USE_DATA.with(DATA, prep.output(DATASET)).with(TEXT, "go").configure(Settings.none()
                .retry(Retry.times(3).on(Retry.Policy.ALWAYS).backoff(Duration.ofSeconds(10), 2, Duration.ofMinutes(5))
                        .within(Duration.ofHours(1)).when("asInt(lastRetry.exitCode) != 2"))
                .timeout(Duration.ofMinutes(90))
                .gpus(1)
                .nodeSelector("cloud.google.com/gke-accelerator", "nvidia-tesla-t4")
                .toleration(new TolerationBuilder().withKey("nvidia.com/gpu").withOperator("Exists")
                        .withEffect("NoSchedule").build())
                .priorityClass("high")
                .serviceAccount("trainer")
                .env("MODE", "full")
                .envFromSecret("HF_TOKEN", "hub", "token")
                .envFromConfigMap("REGION", "settings", "region")
                .mount(Mount.secret("gcp-key", "/secrets/gcp"))
                .mount(Mount.configMap("train-config", "/etc/train"))
                .mount(Mount.claim("datasets", "/datasets").asReadOnly())
                .annotation("example.com/owner", "ml-platform")
                .displayName("Train the model")
                .mutex("gpu-node")
                .semaphore("kfj-limits", "trainers")
                .podSpecPatch("{\"containers\":[{\"name\":\"main\",\"securityContext\":{\"runAsNonRoot\":true}}]}")
                .templateField("activeDeadlineSeconds", 7200)));
        p.step("cached", SQUARE_IT.with(N, 4).configure(Settings.none().cache(Duration.ofHours(24), "kfj-cache")));
        p.step("plain", SQUARE_IT.with(N, 5));
        return p.build();
    }

    @Test
    void compilesOperationalSettingsAndRunOptions() {
        CompiledPipeline compiled = golden("operations.yaml", operations());
        Workflow wf = (Workflow) compiled.resource();
        Map<String, Template> byName = wf.spec().templates().stream()
                .collect(Collectors.toMap(Template::name, t -> t));
        assertThat(byName).containsKeys("square", "square-2");
        Template cached = byName.get("square-2").memoize() != null ? byName.get("square-2") : byName.get("square");
        assertThat(cached.memoize().key())
                .isEqualTo(cached.name() + "-{{=sprig.sha256sum(toJson([inputs.parameters['n']]))}}");
        assertThat(cached.memoize().maxAge()).isEqualTo("24h");
        Template train = byName.get("use-data");
        assertThat(train.retryStrategy().retryPolicy()).isEqualTo("Always");
        assertThat(train.retryStrategy().backoff().duration()).isEqualTo("10s");
        assertThat(train.timeout()).isEqualTo("1h30m");
        assertThat(train.activeDeadlineSeconds().getIntVal()).isEqualTo(7200);
        assertThat(train.container().getResources().getLimits()).containsKey("nvidia.com/gpu");
        assertThat(wf.spec().activeDeadlineSeconds()).isEqualTo(21600L);
        assertThat(wf.spec().volumeClaimTemplates()).hasSize(1);
    }

    @Test
    void rejectsSettingsOnATemplateReference() {
        Component ref = Component.templateRef("shared", "library", "echo").inputs(TEXT).build();
        Pipeline.Builder p = Pipeline.builder("refs");
        p.step(ref.with(TEXT, "x").configure(Settings.none().gpus(1)));
        assertError(p.build(), "KFJ-214", "cannot apply to template reference 'library/echo'");
    }

    @Test
    void rejectsUnknownRawTemplateFields() {
        Pipeline.Builder p = Pipeline.builder("raw");
        p.step(ECHO.with(TEXT, "x").configure(Settings.none().templateField("noSuchField", 1)));
        assertError(p.build(), "KFJ-214", "are not valid Argo template fields");
    }
}
