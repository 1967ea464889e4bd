package dev.kfj.processor;

import dev.kfj.dsl.step.JavaStep;
import dev.kfj.processor.internal.Kinds;
import dev.kfj.processor.internal.ProcessorCode;
import dev.kfj.processor.internal.StepModel;
import dev.kfj.processor.internal.StepScanner;
import dev.kfj.processor.internal.StubWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates a typed stub class, {@code Kfj<Class>}, beside every class with
 * {@link JavaStep @JavaStep} methods (see {@code docs/java-steps.md}).
 *
 * <p>Problems are reported as javac errors on the exact element, tagged with stable
 * {@code KFJ-5xx} codes documented in {@code docs/errors.md}; the processor reports every problem
 * it finds and never throws. Register nothing: it is found through {@code META-INF/services}.
 */
public final class StepProcessor extends AbstractProcessor {

    /** Created by javac. */
    public StepProcessor() {}

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(JavaStep.class.getCanonicalName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            generate(round);
        } catch (RuntimeException | LinkageError e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    ProcessorCode.INTERNAL.format("kfj's step processor failed: " + e
                            + "; please report this with the class that triggered it"));
        }
        return false;
    }

    private void generate(RoundEnvironment round) {
        Map<TypeElement, List<ExecutableElement>> byClass = new LinkedHashMap<>();
        List<Element> annotated = new ArrayList<>(round.getElementsAnnotatedWith(JavaStep.class));
        for (Element element : annotated) {
            if (element.getKind() != ElementKind.METHOD) continue; // javac rejects other targets itself
            TypeElement holder = (TypeElement) element.getEnclosingElement();
            byClass.computeIfAbsent(holder, k -> new ArrayList<>()).add((ExecutableElement) element);
        }
        List<TypeElement> holders = new ArrayList<>(byClass.keySet());
        holders.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
        Kinds kinds = new Kinds(processingEnv.getTypeUtils(), processingEnv.getElementUtils());
        StepScanner scanner = new StepScanner(kinds, processingEnv.getElementUtils(), processingEnv.getMessager());
        for (TypeElement holder : holders) {
            List<ExecutableElement> methods = sourceOrder(holder, byClass.get(holder));
            Optional<StepModel> model = scanner.scan(holder, methods);
            if (model.isEmpty()) continue;
            try {
                StubWriter.write(model.get(), holder).writeTo(processingEnv.getFiler());
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        ProcessorCode.INTERNAL.format("cannot write " + model.get().stub() + ": " + e.getMessage()), holder);
            }
        }
    }

    private static List<ExecutableElement> sourceOrder(TypeElement holder, List<ExecutableElement> methods) {
        List<ExecutableElement> ordered = new ArrayList<>();
        for (Element e : holder.getEnclosedElements()) {
            if (methods.contains(e)) ordered.add((ExecutableElement) e);
        }
        return ordered;
    }
}
