package dev.kfj.processor.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * What the processor knows about the steps of one class, ready to write as a stub.
 *
 * @param holder the class declaring the steps
 * @param stub the generated class
 * @param image the class-wide default image, or {@code ""}
 * @param launcher the class-wide launcher command; empty for the default
 * @param steps the steps, in source order
 */
public record StepModel(ClassName holder, ClassName stub, String image, List<String> launcher, List<Method> steps) {

    /** Copies the lists. */
    public StepModel {
        launcher = List.copyOf(launcher);
        steps = List.copyOf(steps);
    }

    /**
     * One step method.
     *
     * @param method the Java method's name
     * @param name the step's name
     * @param description from the method's javadoc, or {@code ""}
     * @param image this step's image, or {@code ""} for the class default
     * @param cpu the CPU request, or {@code ""}
     * @param memory the memory request, or {@code ""}
     * @param retries the retry limit, or -1
     * @param inputs one per parameter, in order
     * @param outputs the outputs, in order (without metadata outputs)
     */
    public record Method(String method, String name, String description, String image, String cpu, String memory,
                         int retries, List<Port> inputs, List<Port> outputs) {
        /** Copies the lists. */
        public Method {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
        }
    }

    /**
     * One input or output.
     *
     * @param name the port's name
     * @param description from javadoc, or {@code ""}
     * @param kind how the value travels
     */
    public record Port(String name, String description, Kind kind) {}

    /**
     * The Java and kfj types of a port.
     *
     * @param type the boxed Java type, the {@code T} of {@code Input<T>}
     * @param literalType the type a literal argument is declared with (primitive when the method's is)
     * @param dataType an expression of type {@code DataType<T>}
     * @param artifact whether the value travels as an Argo artifact
     */
    public record Kind(TypeName type, TypeName literalType, CodeBlock dataType, boolean artifact) {}
}
