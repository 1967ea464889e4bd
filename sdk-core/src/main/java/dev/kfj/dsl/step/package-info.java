/**
 * Java steps: plain static methods that run in a container through kfj's step runtime.
 *
 * <p>Key types: {@link dev.kfj.dsl.step.JavaStep} (marks a method),
 * {@link dev.kfj.dsl.step.StepDefaults} (class-wide settings), {@link dev.kfj.dsl.step.GeneratedStub}
 * (marks generated stubs), {@link dev.kfj.dsl.step.Launcher}
 * (image and launcher command) and {@link dev.kfj.dsl.step.JavaStepComponent} (the component a
 * step becomes, and the argument contract with {@code dev.kfj.runtime.StepMain}). kfj's
 * annotation processor turns each annotated class into typed stubs; see {@code docs/java-steps.md}.
 */
package dev.kfj.dsl.step;
