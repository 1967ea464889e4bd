package dev.kfj.processor.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Decides how a Java type travels through a pipeline, mirroring {@code DataType.of} at compile time. */
public final class Kinds {
    /** The types kfj carries, for messages. */
    public static final String SUPPORTED = "String, int, long, double, float, boolean (or their boxes), an enum,"
            + " List<E> or Map<String, V> of those or of records, or an Artifact type such as Dataset or Model";

    static final ClassName DATA_TYPE = ClassName.get("dev.kfj.dsl", "DataType");
    private static final String ARTIFACT = "dev.kfj.dsl.artifact.Artifact";

    private final Types types;
    private final Elements elements;

    /** Kinds for the compilation these utilities belong to. */
    public Kinds(Types types, Elements elements) {
        this.types = types;
        this.elements = elements;
    }

    /** The kind of {@code type}, or empty when kfj cannot carry it. */
    public Optional<StepModel.Kind> of(TypeMirror type) {
        switch (type.getKind()) {
            case INT: return scalar(TypeName.INT, "java.lang.Integer", CodeBlock.of("$T.INT", DATA_TYPE));
            case LONG: return scalar(TypeName.LONG, "java.lang.Long", CodeBlock.of("$T.LONG", DATA_TYPE));
            case DOUBLE: return scalar(TypeName.DOUBLE, "java.lang.Double", CodeBlock.of("$T.DOUBLE", DATA_TYPE));
            case FLOAT: return scalar(TypeName.FLOAT, "java.lang.Float", CodeBlock.of("$T.of($T.class)", DATA_TYPE, Float.class));
            case BOOLEAN: return scalar(TypeName.BOOLEAN, "java.lang.Boolean", CodeBlock.of("$T.BOOLEAN", DATA_TYPE));
            case DECLARED: return declared((DeclaredType) type);
            default: return Optional.empty();
        }
    }

    /** Whether {@code type} is an artifact type. */
    public boolean isArtifact(TypeMirror type) {
        TypeElement artifact = elements.getTypeElement(ARTIFACT);
        return artifact != null && type.getKind() == TypeKind.DECLARED
                && types.isAssignable(types.erasure(type), types.erasure(artifact.asType()));
    }

    /** Whether artifact class {@code type} has a public constructor taking one {@code java.nio.file.Path}. */
    public boolean hasPathConstructor(TypeMirror type) {
        TypeElement element = (TypeElement) types.asElement(type);
        if (element.getModifiers().contains(Modifier.ABSTRACT)) return false;
        for (ExecutableElement c : ElementFilter.constructorsIn(element.getEnclosedElements())) {
            if (c.getModifiers().contains(Modifier.PUBLIC) && c.getParameters().size() == 1
                    && c.getParameters().get(0).asType().toString().equals("java.nio.file.Path")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code type} is a record. */
    public boolean isRecord(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && types.asElement(type).getKind() == ElementKind.RECORD;
    }

    private Optional<StepModel.Kind> declared(DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        ClassName cls = ClassName.get(element);
        switch (name) {
            case "java.lang.String": return simple(cls, CodeBlock.of("$T.STRING", DATA_TYPE));
            case "java.lang.Integer": return simple(cls, CodeBlock.of("$T.INT", DATA_TYPE));
            case "java.lang.Long": return simple(cls, CodeBlock.of("$T.LONG", DATA_TYPE));
            case "java.lang.Double": return simple(cls, CodeBlock.of("$T.DOUBLE", DATA_TYPE));
            case "java.lang.Float": return simple(cls, CodeBlock.of("$T.of($T.class)", DATA_TYPE, cls));
            case "java.lang.Boolean": return simple(cls, CodeBlock.of("$T.BOOLEAN", DATA_TYPE));
            case "java.util.List": return collection(type, cls, 0, "listOf");
            case "java.util.Map": return collection(type, cls, 1, "mapOf");
            default: break;
        }
        if (element.getKind() == ElementKind.ENUM) {
            return simple(cls, CodeBlock.of("$T.of($T.class)", DATA_TYPE, cls));
        }
        if (isArtifact(type)) {
            return Optional.of(new StepModel.Kind(cls, cls, CodeBlock.of("$T.artifact($T.class)", DATA_TYPE, cls), true));
        }
        return Optional.empty();
    }

    private Optional<StepModel.Kind> collection(DeclaredType type, ClassName raw, int element, String factory) {
        List<? extends TypeMirror> args = type.getTypeArguments();
        if (args.isEmpty()) return Optional.empty();
        if (factory.equals("mapOf") && !args.get(0).toString().equals("java.lang.String")) return Optional.empty();
        TypeMirror arg = args.get(element);
        if (arg.getKind() != TypeKind.DECLARED || !((DeclaredType) arg).getTypeArguments().isEmpty()) {
            return Optional.empty();
        }
        TypeElement argElement = (TypeElement) ((DeclaredType) arg).asElement();
        if (!isElementType(argElement)) return Optional.empty();
        ClassName argClass = ClassName.get(argElement);
        TypeName full = factory.equals("listOf")
                ? ParameterizedTypeName.get(raw, argClass)
                : ParameterizedTypeName.get(raw, ClassName.get(String.class), argClass);
        return Optional.of(new StepModel.Kind(full, full, CodeBlock.of("$T.$L($T.class)", DATA_TYPE, factory, argClass), false));
    }

    /** Elements of lists and values of maps: text, boxed numbers and booleans, enums and records. */
    private static boolean isElementType(TypeElement element) {
        String name = element.getQualifiedName().toString();
        return List.of("java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
                        "java.lang.Float", "java.lang.Boolean", "java.lang.Object").contains(name)
                || element.getKind() == ElementKind.ENUM || element.getKind() == ElementKind.RECORD;
    }

    private static Optional<StepModel.Kind> scalar(TypeName primitive, String box, CodeBlock dataType) {
        return Optional.of(new StepModel.Kind(ClassName.bestGuess(box), primitive, dataType, false));
    }

    private static Optional<StepModel.Kind> simple(ClassName cls, CodeBlock dataType) {
        return Optional.of(new StepModel.Kind(cls, cls, dataType, false));
    }
}
