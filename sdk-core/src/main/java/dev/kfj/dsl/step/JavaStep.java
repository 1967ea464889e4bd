package dev.kfj.dsl.step;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method as a pipeline step that runs as plain Java inside a container.
 *
 * <p>The method's signature is the step's contract: each parameter is an input, the return value
 * is the output, a returned record gives one output per record component, and {@code void} gives
 * none. {@code String}, {@code int}, {@code long}, {@code double}, {@code float}, {@code boolean}
 * (and their boxes), enums, {@code List<E>} and {@code Map<String, V>} travel as Argo parameters;
 * {@link dev.kfj.dsl.artifact.Artifact} types ({@code Dataset}, {@code Model}, {@code Metrics}, ...
 * and your subclasses) travel as Argo artifacts. The method's javadoc becomes the step's
 * description, its {@code @param} tags the inputs' descriptions and its {@code @return} tag the
 * output's.
 *
 * <pre>{@code
 * @StepDefaults(image = "registry.example.com/iris-steps:1.0")
 * public final class IrisSteps {
 *     /** Trains a classifier. @param data the training rows @return the model *\/
 *     @JavaStep
 *     public static Model train(Dataset data, int epochs) { ... }
 * }
 * }</pre>
 *
 * <p>kfj's annotation processor generates {@code KfjIrisSteps} beside the class, whose methods
 * take one typed {@link dev.kfj.dsl.Ref} (or literal) per input and return a
 * {@link dev.kfj.dsl.Call}; javac rejects a {@code Model} wired into a {@code Dataset} input and a
 * call that leaves an input out. Inside the container, {@code dev.kfj.runtime.StepMain} calls the
 * very same method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface JavaStep {

    /** The step's name; default: the method's name (its Argo template name is derived from it). */
    String name() default "";

    /**
     * The name of the output when the method returns a single value; default {@code "output"}.
     * Ignored for {@code void} methods and for records, whose component names are the outputs.
     */
    String output() default "output";

    /** The container image for this step; default: {@link StepDefaults#image()} of the class. */
    String image() default "";

    /** CPU request, such as {@code "500m"}; default: {@link StepDefaults#cpu()}, else none. */
    String cpu() default "";

    /** Memory request, such as {@code "1Gi"}; default: {@link StepDefaults#memory()}, else none. */
    String memory() default "";

    /** How many times to retry a failed attempt; default -1: {@link StepDefaults#retries()}, else none. */
    int retries() default -1;
}
