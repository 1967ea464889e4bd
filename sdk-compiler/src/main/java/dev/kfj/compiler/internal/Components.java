package dev.kfj.compiler.internal;

import dev.kfj.dsl.Component;
import dev.kfj.dsl.ContainerComponent;

/** Facts about components that the DSL does not need to expose. */
final class Components {
    private Components() {}

    /**
     * Whether two component objects define the same thing (the same name, ports and container),
     * as when a factory method builds the same component twice; such components share one template.
     */
    static boolean sameDefinition(Component a, Component b) {
        if (a == b) return true;
        if (a instanceof ContainerComponent x && b instanceof ContainerComponent y) {
            return x.name().equals(y.name()) && x.description().equals(y.description())
                    && x.image().equals(y.image()) && x.command().equals(y.command())
                    && x.args().equals(y.args()) && x.env().equals(y.env())
                    && x.inputs().equals(y.inputs()) && x.outputs().equals(y.outputs())
                    && x.readsEncodedValues() == y.readsEncodedValues() && x.usesDecodePrelude() == y.usesDecodePrelude();
        }
        if (a instanceof dev.kfj.dsl.PipelineComponent x && b instanceof dev.kfj.dsl.PipelineComponent y) {
            return x.pipeline().sameAs(y.pipeline());
        }
        return false;
    }
}
