package dev.kfj.runtime.internal;

import dev.kfj.dsl.DataType;
import dev.kfj.dsl.artifact.Artifact;
import dev.kfj.dsl.internal.ValueCodec;
import dev.kfj.dsl.step.JavaStep;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Calls one step method as {@link StepArgs} describe, then writes its outputs. */
public final class StepRunner {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private StepRunner() {}

    /** Runs the step; every problem is a {@link StepFailure}. */
    public static void run(StepArgs args, ClassLoader loader) {
        Method method = find(args, loader);
        Object[] values = inputs(method, args);
        Object result;
        try {
            method.setAccessible(true);
            result = method.invoke(null, values);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new StepFailure(dev.kfj.runtime.StepMain.STEP_FAILED, args.method() + " failed: "
                    + cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + oneLine(cause.getMessage())),
                    cause, true);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw StepFailure.usage("cannot call " + args.className() + "#" + args.method() + ": " + e.getMessage());
        }
        writeOutputs(method, result, args);
    }

    private static Method find(StepArgs args, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(args.className(), true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw StepFailure.usage("class " + args.className() + " is not on the class path: " + e);
        }
        List<Method> found = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals(args.method()) && Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                .toList();
        if (found.size() > 1) {
            found = found.stream().filter(m -> m.isAnnotationPresent(JavaStep.class)).toList();
        }
        if (found.size() != 1) {
            throw StepFailure.usage(found.isEmpty()
                    ? "class " + args.className() + " has no static method " + args.method()
                    : "class " + args.className() + " has several static methods named " + args.method()
                            + " and not exactly one of them is a @JavaStep");
        }
        return found.get(0);
    }

    private static Object[] inputs(Method method, StepArgs args) {
        Parameter[] params = method.getParameters();
        Type[] types = method.getGenericParameterTypes();
        if (params.length != args.inputs().size()) {
            throw StepFailure.usage(args.method() + " takes " + params.length + " inputs but " + args.inputs().size()
                    + " were given (" + String.join(", ", args.inputs().stream().map(Map.Entry::getKey).toList()) + ")");
        }
        Object[] values = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            Map.Entry<String, String> given = args.inputs().get(i);
            if (params[i].isNamePresent() && !params[i].getName().equals(given.getKey())) {
                throw StepFailure.usage("input " + (i + 1) + " of " + args.method() + " is '" + params[i].getName()
                        + "' but '" + given.getKey() + "' was given");
            }
            values[i] = input(given.getKey(), given.getValue(), params[i].getType(), types[i]);
        }
        return values;
    }

    private static Object input(String name, String text, Class<?> raw, Type type) {
        DataType<?> dataType = Values.typeOf(type);
        if (dataType.isArtifact()) {
            Path path = Path.of(text);
            if (!Files.exists(path)) {
                throw StepFailure.io("input artifact '" + name + "' is missing: " + path + " does not exist", null);
            }
            try {
                return Values.newArtifact(raw, path);
            } catch (ReflectiveOperationException e) {
                throw StepFailure.usage(raw.getName() + " needs a public constructor taking a java.nio.file.Path");
            }
        }
        try {
            return Values.coerce(ValueCodec.decode(text, dataType), raw);
        } catch (IllegalArgumentException e) {
            throw StepFailure.usage("input '" + name + "': " + e.getMessage());
        }
    }

    private static void writeOutputs(Method method, Object result, StepArgs args) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        Map<String, Type> types = new LinkedHashMap<>();
        Class<?> returns = method.getReturnType();
        if (returns == void.class) {
            // no outputs
        } else if (returns.isRecord()) {
            if (result == null) throw stepReturnedNull(args, "its record");
            for (RecordComponent c : returns.getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    outputs.put(c.getName(), c.getAccessor().invoke(result));
                } catch (ReflectiveOperationException e) {
                    throw StepFailure.usage("cannot read record component " + c.getName() + ": " + e);
                }
                types.put(c.getName(), c.getGenericType());
            }
        } else {
            if (args.outputs().size() != 1) {
                throw StepFailure.usage(args.method() + " returns one value but " + args.outputs().size()
                        + " outputs were given");
            }
            String name = args.outputs().keySet().iterator().next();
            outputs.put(name, result);
            types.put(name, method.getGenericReturnType());
        }
        for (String name : args.outputs().keySet()) {
            if (!outputs.containsKey(name)) {
                throw StepFailure.usage(args.method() + " has no output '" + name + "'; it has " + outputs.keySet());
            }
        }
        for (Map.Entry<String, Object> out : outputs.entrySet()) {
            String name = out.getKey();
            String path = args.outputs().get(name);
            if (path == null) continue; // not wired anywhere: the template did not ask for it
            if (out.getValue() == null) throw stepReturnedNull(args, "output '" + name + "'");
            write(name, out.getValue(), types.get(name), Path.of(path), args.metadata().get(name));
        }
    }

    /**
     * Writes one output. Each file or directory is made under a temporary name beside its target
     * and renamed into place, so a step killed midway leaves no half-written output.
     */
    private static void write(String name, Object value, Type type, Path target, String metadataPath) {
        try {
            createParent(target);
            if (value instanceof Artifact artifact) {
                if (!samePath(artifact.path(), target)) {
                    Path tmp = temporarySibling(target);
                    copy(artifact.path(), tmp, name);
                    replace(tmp, target);
                }
                if (metadataPath != null) {
                    writeText(Path.of(metadataPath), JSON.writeValueAsString(artifact.metadata()));
                }
            } else {
                DataType<?> dataType = Values.typeOf(type);
                if (!dataType.isInstance(value) && !(value instanceof List<?>) && !(value instanceof Map<?, ?>)) {
                    throw StepFailure.usage("output '" + name + "' is not a " + dataType.describe());
                }
                writeText(target, ValueCodec.encode(value));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof StepFailure f) throw f;
            throw StepFailure.io("cannot write output '" + name + "' to " + target + ": " + e, e);
        }
    }

    private static void writeText(Path target, String text) throws IOException {
        createParent(target);
        Path tmp = temporarySibling(target);
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        replace(tmp, target);
    }

    private static Path temporarySibling(Path target) {
        Path abs = target.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".kfj-partial");
    }

    private static void replace(Path tmp, Path target) throws IOException {
        if (Files.isDirectory(target)) deleteTree(target);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static boolean samePath(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static void copy(Path source, Path target, String name) throws IOException {
        if (!Files.exists(source)) {
            throw StepFailure.io("output artifact '" + name + "' was returned as " + source
                    + ", which does not exist", null);
        }
        if (Files.exists(target)) deleteTree(target);
        if (!Files.isDirectory(source)) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path from : walk.sorted().toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void createParent(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
    }

    private static StepFailure stepReturnedNull(StepArgs args, String what) {
        return new StepFailure(dev.kfj.runtime.StepMain.STEP_FAILED, args.method() + " returned null for " + what, null, false);
    }

    private static String oneLine(String text) {
        String first = text.strip().lines().findFirst().orElse("");
        return first.length() > 300 ? first.substring(0, 297) + "..." : first;
    }
}
