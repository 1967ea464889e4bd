package dev.kfj.compiler.internal;

/**
 * Where kfj puts files inside a step's container, and the labels it sets. Templates never spell
 * these paths in commands: they use Argo's {@code {{inputs.artifacts.X.path}}}-style variables, so
 * a local engine can substitute paths of its own.
 */
public final class Conventions {
    /** Directory of input artifacts; each lands at {@code <dir>/<input name>}. */
    public static final String INPUTS_DIR = "/tmp/kfj/inputs";
    /** Directory, an emptyDir volume, where steps write outputs; each at {@code <dir>/<output name>}. */
    public static final String OUTPUTS_DIR = "/tmp/kfj/outputs";
    /** Name of the emptyDir volume mounted at {@link #OUTPUTS_DIR}. */
    public static final String OUTPUTS_VOLUME = "kfj-outputs";
    /** Label on every workflow naming the pipeline it was compiled from. */
    public static final String PIPELINE_LABEL = "kfj.dev/pipeline";
    /** Argo's annotation for a workflow's description, shown in its UI. */
    public static final String DESCRIPTION_ANNOTATION = "workflows.argoproj.io/description";

    private Conventions() {}

    /** The path of input artifact {@code name}. */
    public static String inputPath(String name) {
        return INPUTS_DIR + "/" + name;
    }

    /** The path of output {@code name}. */
    public static String outputPath(String name) {
        return OUTPUTS_DIR + "/" + name;
    }
}
