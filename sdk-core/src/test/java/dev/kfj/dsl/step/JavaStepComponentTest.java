package dev.kfj.dsl.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.dsl.Arg;
import dev.kfj.dsl.ContainerComponent;
import dev.kfj.dsl.DataType;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Retry;
import dev.kfj.dsl.Settings;
import dev.kfj.dsl.artifact.Dataset;
import dev.kfj.dsl.artifact.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaStepComponentTest {
    static final Input<Dataset> DATA = Input.artifact("data", Dataset.class);
    static final Input<Integer> EPOCHS = Input.integer("epochs");
    static final Output<Model> MODEL = Output.artifact("model", Model.class);

    @Test
    void runsTheLauncherWithTheTargetAndOnePairPerPort() {
        ContainerComponent c = (ContainerComponent) JavaStepComponent.of("train", "Trains.", "com.example.Steps#train",
                Launcher.of("example.com/steps:1"), List.of(DATA, EPOCHS), List.of(MODEL));

        assertThat(c.image()).isEqualTo("example.com/steps:1");
        assertThat(c.command()).isEqualTo(Arg.list("java", "-cp", "/app/resources:/app/classes:/app/libs/*",
                "dev.kfj.runtime.StepMain"));
        Output<?> metadata = JavaStepComponent.metadataOf(MODEL);
        assertThat(c.args()).isEqualTo(List.of(Arg.of("com.example.Steps#train"),
                Arg.of("--in"), Arg.concat("data=", DATA), Arg.of("--in"), Arg.concat("epochs=", EPOCHS),
                Arg.of("--out"), Arg.concat("model=", MODEL),
                Arg.of("--metadata"), Arg.concat("model=", metadata)));
        assertThat(c.outputs()).containsExactly(MODEL, metadata);
        assertThat(metadata.name()).isEqualTo("model_metadata");
        assertThat(metadata.type()).isEqualTo(DataType.mapOf(Object.class));
        assertThat(c.readsEncodedValues()).isTrue();
    }

    @Test
    void turnsAnnotationSettingsIntoStepSettings() {
        assertThat(JavaStepComponent.settings("", "", -1)).isEqualTo(Settings.none());
        assertThat(JavaStepComponent.settings("500m", "1Gi", 2))
                .isEqualTo(Settings.none().cpu("500m", "").memory("1Gi", "").retry(Retry.times(2)));
    }

    @Test
    void launcherDefaultsToJibsLayoutAndKeepsItsCommandWhenTheImageChanges() {
        Launcher custom = new Launcher("a:1", List.of("java", "-cp", "/opt/steps.jar", Launcher.MAIN_CLASS));

        assertThat(new Launcher("a:1", List.of()).command()).isEqualTo(Launcher.DEFAULT_COMMAND);
        assertThat(custom.withImage("b:2")).isEqualTo(new Launcher("b:2", custom.command()));
    }
}
