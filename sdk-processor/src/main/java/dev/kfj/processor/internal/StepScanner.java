package dev.kfj.processor.internal;

import com.palantir.javapoet.ClassName;
import dev.kfj.dsl.step.JavaStep;
import dev.kfj.dsl.step.StepDefaults;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Reads the {@link JavaStep} methods of one class into a {@link StepModel}, reporting every problem
 * on the element it concerns; returns nothing when there was one.
 */
public final class StepScanner {
    /** The prefix of every generated stub class. */
    public static final String STUB_PREFIX = "Kfj";
    /** Names of the stub's own methods, which a step method may not take. */
    static final Set<String> RESERVED = Set.of("create", "withImage", "withLauncher", "launcher");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9_]*");
    private static final Pattern OUTPUT_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");

    private final Kinds kinds;
    private final Elements elements;
    private final Messager messager;
    private boolean failed;

    /** A scanner reporting to {@code messager}. */
    public StepScanner(Kinds kinds, Elements elements, Messager messager) {
        this.kinds = kinds;
        this.elements = elements;
        this.messager = messager;
    }

    /** The model of {@code holder}'s steps ({@code methods}, in source order), or empty after reporting errors. */
    public Optional<StepModel> scan(TypeElement holder, List<ExecutableElement> methods) {
        failed = false;
        checkAccessible(holder);
        StepDefaults defaults = holder.getAnnotation(StepDefaults.class);
        List<StepModel.Method> steps = new ArrayList<>();
        Map<String, ExecutableElement> byMethod = new HashMap<>();
        Map<String, ExecutableElement> byStep = new HashMap<>();
        for (ExecutableElement method : methods) {
            JavaStep step = method.getAnnotation(JavaStep.class);
            String methodName = method.getSimpleName().toString();
            String stepName = step.name().isEmpty() ? methodName : step.name();
            if (byMethod.putIfAbsent(methodName, method) != null) {
                error(method, ProcessorCode.DUPLICATE_STEP, "step method '" + methodName + "' is overloaded;"
                        + " give each step method of " + holder.getSimpleName() + " its own name");
                continue;
            }
            if (byStep.putIfAbsent(stepName.toLowerCase(java.util.Locale.ROOT), method) != null) {
                error(method, ProcessorCode.DUPLICATE_STEP, "step name '" + stepName + "' is used by two methods of "
                        + holder.getSimpleName());
                continue;
            }
            scanMethod(method, step, defaults, stepName).ifPresent(steps::add);
        }
        if (failed) return Optional.empty();
        ClassName holderName = ClassName.get(holder);
        ClassName stub = ClassName.get(holderName.packageName(), STUB_PREFIX + String.join("_", holderName.simpleNames()));
        return Optional.of(new StepModel(holderName, stub, defaults == null ? "" : defaults.image(),
                defaults == null ? List.of() : List.of(defaults.launcher()), steps));
    }

    private void checkAccessible(TypeElement holder) {
        for (Element e = holder; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (t.getModifiers().contains(Modifier.PRIVATE) || t.getNestingKind() == NestingKind.LOCAL
                    || t.getNestingKind() == NestingKind.ANONYMOUS
                    || (t.getNestingKind() == NestingKind.MEMBER && !t.getModifiers().contains(Modifier.STATIC)
                        && t.getKind() == ElementKind.CLASS)) {
                error(holder, ProcessorCode.INACCESSIBLE_CLASS, "class " + holder.getSimpleName()
                        + " declares steps but the generated stub cannot reach it; make it (and every class around it)"
                        + " a top-level or static nested class that is not private");
                return;
            }
        }
    }

    private Optional<StepModel.Method> scanMethod(ExecutableElement method, JavaStep step, StepDefaults defaults,
                                                  String stepName) {
        boolean ok = true;
        String methodName = method.getSimpleName().toString();
        if (!method.getModifiers().contains(Modifier.STATIC) || method.getModifiers().contains(Modifier.PRIVATE)) {
            error(method, ProcessorCode.NOT_STATIC, "step method '" + methodName + "' must be static and not private");
            ok = false;
        }
        if (!method.getTypeParameters().isEmpty()) {
            error(method, ProcessorCode.GENERIC_STEP, "step method '" + methodName
                    + "' declares type parameters; a step's types must be known when the pipeline is compiled");
            ok = false;
        }
        if (RESERVED.contains(methodName)) {
            error(method, ProcessorCode.NAME_CLASH, "step method '" + methodName + "' has a name the generated stub"
                    + " uses itself (" + String.join(", ", RESERVED.stream().sorted().toList()) + "); rename the method");
            ok = false;
        }
        if (!NAME.matcher(stepName).matches()) {
            error(method, ProcessorCode.INVALID_NAME, "step name '" + stepName
                    + "' must start with a letter and contain only letters, digits, '-' and '_'");
            ok = false;
        }
        Javadoc doc = Javadoc.parse(elements.getDocComment(method));
        List<StepModel.Port> inputs = new ArrayList<>();
        for (VariableElement param : method.getParameters()) {
            String name = param.getSimpleName().toString();
            Optional<StepModel.Kind> kind = kinds.of(param.asType());
            if (kind.isEmpty()) {
                error(param, ProcessorCode.UNSUPPORTED_INPUT, "parameter '" + name + "' of step '" + stepName
                        + "' has type " + param.asType() + ", which kfj cannot carry; use " + Kinds.SUPPORTED);
                ok = false;
                continue;
            }
            if (kind.get().artifact() && !kinds.hasPathConstructor(param.asType())) {
                error(param, ProcessorCode.NO_PATH_CONSTRUCTOR, "parameter '" + name + "' of step '" + stepName
                        + "' has artifact type " + param.asType() + ", which needs a public constructor taking a"
                        + " java.nio.file.Path so the step runtime can create it");
                ok = false;
                continue;
            }
            inputs.add(new StepModel.Port(name, doc.param(name), kind.get()));
        }
        List<StepModel.Port> outputs = new ArrayList<>();
        ok &= outputs(method, step, stepName, doc, outputs);
        if (!ok) return Optional.empty();
        return Optional.of(new StepModel.Method(methodName, stepName, doc.text(), step.image(),
                step.cpu().isEmpty() && defaults != null ? defaults.cpu() : step.cpu(),
                step.memory().isEmpty() && defaults != null ? defaults.memory() : step.memory(),
                step.retries() < 0 && defaults != null ? defaults.retries() : step.retries(),
                inputs, outputs));
    }

    private boolean outputs(ExecutableElement method, JavaStep step, String stepName, Javadoc doc,
                            List<StepModel.Port> outputs) {
        TypeMirror returns = method.getReturnType();
        if (returns.getKind() == TypeKind.VOID) return true;
        if (kinds.isRecord(returns)) {
            TypeElement record = (TypeElement) ((javax.lang.model.type.DeclaredType) returns).asElement();
            Javadoc recordDoc = Javadoc.parse(elements.getDocComment(record));
            boolean ok = true;
            for (RecordComponentElement c : ElementFilter.recordComponentsIn(record.getEnclosedElements())) {
                Optional<StepModel.Kind> kind = kinds.of(c.asType());
                String name = c.getSimpleName().toString();
                if (kind.isEmpty()) {
                    error(method, ProcessorCode.UNSUPPORTED_OUTPUT, "step '" + stepName + "' returns record "
                            + record.getSimpleName() + " whose component '" + name + "' has type " + c.asType()
                            + ", which kfj cannot carry; use " + Kinds.SUPPORTED);
                    ok = false;
                    continue;
                }
                outputs.add(new StepModel.Port(name, recordDoc.param(name), kind.get()));
            }
            return ok && uniqueOutputs(method, stepName, outputs);
        }
        Optional<StepModel.Kind> kind = kinds.of(returns);
        if (kind.isEmpty()) {
            error(method, ProcessorCode.UNSUPPORTED_OUTPUT, "step '" + stepName + "' returns " + returns
                    + ", which kfj cannot carry; return " + Kinds.SUPPORTED + ", a record of those, or void");
            return false;
        }
        if (!OUTPUT_NAME.matcher(step.output()).matches() || javax.lang.model.SourceVersion.isKeyword(step.output())) {
            error(method, ProcessorCode.INVALID_NAME, "output name '" + step.output()
                    + "' must be a Java identifier made of letters, digits and '_'");
            return false;
        }
        outputs.add(new StepModel.Port(step.output(), doc.returns(), kind.get()));
        return true;
    }

    private boolean uniqueOutputs(ExecutableElement method, String stepName, List<StepModel.Port> outputs) {
        Set<String> names = new HashSet<>();
        for (StepModel.Port out : outputs) names.add(out.name());
        for (StepModel.Port out : outputs) {
            String meta = out.name() + dev.kfj.dsl.step.JavaStepComponent.METADATA_SUFFIX;
            if (out.kind().artifact() && names.contains(meta)) {
                error(method, ProcessorCode.NAME_CLASH, "step '" + stepName + "' has an output '" + meta
                        + "', the name kfj gives the metadata of artifact output '" + out.name() + "'; rename it");
                return false;
            }
        }
        return true;
    }

    private void error(Element element, ProcessorCode code, String message) {
        failed = true;
        messager.printMessage(Diagnostic.Kind.ERROR, code.format(message), element);
    }
}
