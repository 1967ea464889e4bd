package dev.kfj.dsl.step;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that kfj's processor generated from {@link JavaStep} methods. Source locations of
 * pipeline elements skip such classes, so that diagnostics point at the pipeline code that used the
 * stub rather than at generated code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface GeneratedStub {
    /** The class whose {@code @JavaStep} methods the stub was generated from. */
    Class<?> value();
}
