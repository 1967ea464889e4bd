package dev.kfj.dsl.step;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Settings shared by the {@link JavaStep} methods of one class; a step's own annotation wins over
 * these. Everything here can be changed again when a pipeline uses the steps, with the generated
 * stub's {@code withImage} and {@code withLauncher}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StepDefaults {

    /** The image holding the class and its dependencies (see {@code docs/step-image.md}); default none. */
    String image() default "";

    /**
     * The command that starts kfj's step runtime in the image; empty (the default) means
     * {@link Launcher#DEFAULT_COMMAND}, which suits images built with Jib.
     */
    String[] launcher() default {};

    /** CPU request for every step of the class, such as {@code "500m"}; default none. */
    String cpu() default "";

    /** Memory request for every step of the class, such as {@code "1Gi"}; default none. */
    String memory() default "";

    /** Retries for every step of the class; default -1: none. */
    int retries() default -1;
}
