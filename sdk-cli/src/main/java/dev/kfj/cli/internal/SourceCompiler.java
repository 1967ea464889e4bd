package dev.kfj.cli.internal;

import dev.kfj.cli.ExitCodes;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a pipeline's Java sources in-process with the JDK's javac. */
public final class SourceCompiler {
    private static final String STEP_PROCESSOR = "dev.kfj.processor.StepProcessor";

    private SourceCompiler() {}

    /**
     * Compiles {@code sources} into {@code outputDir}.
     *
     * @param sourcePath directories searched for other sources the files refer to
     * @param classPath jars and directories the sources compile against
     * @throws UserError with javac's messages when compilation fails
     */
    public static void compile(List<Path> sources, List<Path> sourcePath, List<String> classPath, Path outputDir,
                               Path workingDir) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new UserError(ExitCodes.USAGE, "error: compiling a .java file needs a JDK, but this Java runtime has no"
                    + " compiler; run kfj with a JDK or pass --classpath with compiled classes");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Files.createDirectories(outputDir);
            List<String> options = new ArrayList<>(List.of(
                    "-d", outputDir.toString(), "-encoding", "UTF-8", "-parameters", "-nowarn",
                    "-implicit:class", "--release", "17"));
            options.addAll(processorOptions(outputDir));
            if (!classPath.isEmpty()) {
                options.add("-classpath");
                options.add(String.join(java.io.File.pathSeparator, classPath));
            }
            if (!sourcePath.isEmpty()) {
                options.add("-sourcepath");
                options.add(sourcePath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
            }
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            StringWriter javacOut = new StringWriter();
            boolean ok = javac.getTask(javacOut, files, diagnostics, options, null, units).call();
            if (!ok) {
                throw new UserError(ExitCodes.INVALID_PIPELINE, format(diagnostics, workingDir));
            }
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "error: cannot compile " + sources.get(0) + ": " + e.getMessage());
        }
    }

    /**
     * kfj's step processor, when it is on kfj's class path, so that Java steps get their typed
     * stubs; no other annotation processor runs.
     */
    private static List<String> processorOptions(Path outputDir) throws IOException {
        if (SourceCompiler.class.getClassLoader().getResource(STEP_PROCESSOR.replace('.', '/') + ".class") == null) {
            return List.of("-proc:none");
        }
        Path generated = Files.createDirectories(outputDir.resolve("kfj-generated-sources"));
        return List.of("-processor", STEP_PROCESSOR, "-s", generated.toString());
    }

    private static String format(DiagnosticCollector<JavaFileObject> diagnostics, Path workingDir) {
        List<String> lines = new ArrayList<>();
        int errors = 0;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) continue;
            errors++;
            String file = d.getSource() == null ? "<javac>" : relative(Path.of(d.getSource().toUri()), workingDir);
            lines.add(file + ":" + d.getLineNumber() + ": error: " + d.getMessage(Locale.ROOT));
        }
        lines.add(errors + (errors == 1 ? " error" : " errors"));
        return String.join("\n", lines);
    }

    /** {@code path} relative to {@code base} when it lies below it, else absolute. */
    public static String relative(Path path, Path base) {
        Path abs = path.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        return abs.startsWith(b) ? b.relativize(abs).toString() : abs.toString();
    }

    /** The {@code .java} files directly in {@code dir}, sorted by name. */
    public static List<Path> javaFilesIn(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
