package dev.kfj.dsl.step;

import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.ContainerComponent;
import dev.kfj.dsl.DataType;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Retry;
import dev.kfj.dsl.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the component of a {@link JavaStep} method: a container component whose command is the
 * {@link Launcher}'s and whose arguments tell {@code dev.kfj.runtime.StepMain} which method to
 * call and where each input and output is. Generated stubs call {@link #of}; you rarely need to.
 *
 * <p>The arguments, one word each after the launcher command:
 * <pre>
 * com.example.IrisSteps#train           the class and method to call
 * --in data={{inputs.artifacts.data.path}}         one per parameter, in order:
 * --in epochs={{inputs.parameters.epochs}}          a value, or the path of an artifact
 * --out model={{outputs.artifacts.model.path}}      one per output: where to write it
 * --metadata model={{outputs.parameters.model_metadata.path}}   one per artifact output
 * </pre>
 * ({@code --in} and its value are two words.) Paths appear only as Argo variables, so an engine
 * running the workflow elsewhere substitutes paths of its own.
 *
 * <p>The runtime decodes armored values (see {@code ValueCodec.armor}), so any text may be bound
 * to a Java step's inputs.
 *
 * <p>Every artifact output {@code X} comes with a parameter output {@code X_metadata} (see
 * {@link #metadataOf(Output)}): the artifact's metadata as a JSON object.
 */
public final class JavaStepComponent {
    /** The option naming one input. */
    public static final String IN = "--in";
    /** The option naming one output. */
    public static final String OUT = "--out";
    /** The option naming where the metadata of one artifact output goes. */
    public static final String METADATA = "--metadata";
    /** The suffix of the parameter output carrying an artifact output's metadata. */
    public static final String METADATA_SUFFIX = "_metadata";

    private JavaStepComponent() {}

    /**
     * The component of one step.
     *
     * @param name the step's name
     * @param description the step's description, or {@code ""}
     * @param target {@code <binary class name>#<method>}
     * @param launcher the image and launcher command
     * @param inputs one per method parameter, in order
     * @param outputs the method's outputs, without the metadata outputs (added here)
     */
    public static Component of(String name, String description, String target, Launcher launcher,
                               List<Input<?>> inputs, List<Output<?>> outputs) {
        Objects.requireNonNull(target, "target");
        List<Output<?>> allOutputs = new ArrayList<>(outputs);
        List<Object> args = new ArrayList<>();
        args.add(target);
        for (Input<?> in : inputs) {
            args.add(IN);
            args.add(Arg.concat(in.name() + "=", in));
        }
        for (Output<?> out : outputs) {
            args.add(OUT);
            args.add(Arg.concat(out.name() + "=", out));
        }
        for (Output<?> out : outputs) {
            if (!out.type().isArtifact()) continue;
            Output<Map<String, Object>> meta = metadataOf(out);
            allOutputs.add(meta);
            args.add(METADATA);
            args.add(Arg.concat(out.name() + "=", meta));
        }
        ContainerComponent.Builder b = Component.container(name)
                .description(description)
                .image(launcher.image())
                .inputs(inputs.toArray(Input<?>[]::new))
                .outputs(allOutputs.toArray(Output<?>[]::new))
                .command(launcher.command().toArray())
                .args(args.toArray())
                .readsEncodedValues();
        return b.build();
    }

    /**
     * The operational settings a step's annotations ask for: a CPU and a memory request
     * ({@code ""} for none) and a retry limit (0 or less for none).
     */
    public static Settings settings(String cpu, String memory, int retries) {
        Settings settings = Settings.none();
        if (!cpu.isEmpty()) settings = settings.cpu(cpu, "");
        if (!memory.isEmpty()) settings = settings.memory(memory, "");
        if (retries > 0) settings = settings.retry(Retry.times(retries));
        return settings;
    }

    /** The parameter output carrying the metadata of artifact output {@code artifact}. */
    public static Output<Map<String, Object>> metadataOf(Output<?> artifact) {
        return Output.of(artifact.name() + METADATA_SUFFIX, DataType.mapOf(Object.class))
                .withDescription("Metadata of " + artifact.name() + ", a JSON object.");
    }
}
