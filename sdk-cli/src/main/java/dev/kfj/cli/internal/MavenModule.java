package dev.kfj.cli.internal;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Maven module a source file lives in: its compiled classes and its dependencies go on the
 * class path of a pipeline compiled from that file. The dependency list is asked of Maven once and
 * kept in {@code target/kfj/classpath.txt} until the module's {@code pom.xml} changes.
 *
 * @param root the directory holding {@code pom.xml}
 */
public record MavenModule(Path root) {

    /** The module containing {@code file}: the nearest directory above it with a {@code pom.xml}. */
    public static Optional<MavenModule> containing(Path file) {
        for (Path dir = file.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml"))) return Optional.of(new MavenModule(dir));
        }
        return Optional.empty();
    }

    /** {@code src/main/java} of this module, if it exists. */
    public Optional<Path> sourceRoot() {
        Path src = root.resolve("src/main/java");
        return Files.isDirectory(src) ? Optional.of(src) : Optional.empty();
    }

    /**
     * The module's class path: {@code target/classes} and its runtime dependencies. When Maven
     * cannot tell, a warning goes to {@code err} and only the module's own classes are used.
     */
    public List<String> classPath(PrintWriter err) {
        List<String> entries = new ArrayList<>();
        Path classes = root.resolve("target/classes");
        if (Files.isDirectory(classes)) entries.add(classes.toString());
        entries.addAll(dependencies(err));
        return entries;
    }

    private List<String> dependencies(PrintWriter err) {
        Path cache = root.resolve("target/kfj/classpath.txt");
        try {
            String pomHash = Hashing.sha256(Files.readAllBytes(root.resolve("pom.xml")));
            if (Files.isRegularFile(cache)) {
                List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).equals(pomHash)) {
                    return split(lines.size() > 1 ? lines.get(1) : "");
                }
            }
            Optional<String> resolved = resolve(true).or(() -> resolve(false));
            if (resolved.isEmpty()) {
                err.println("warning: could not ask Maven for the dependencies of " + root
                        + "; compiling with kfj's own classes only");
                return List.of();
            }
            Files.createDirectories(cache.getParent());
            Path tmp = Files.createTempFile(cache.getParent(), "classpath", ".tmp");
            Files.writeString(tmp, pomHash + "\n" + resolved.get() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return split(resolved.get());
        } catch (IOException e) {
            err.println("warning: cannot read the dependencies of " + root + ": " + e.getMessage());
            return List.of();
        }
    }

    private Optional<String> resolve(boolean offline) {
        try {
            Path out = Files.createTempFile("kfj-classpath", ".txt");
            try {
                List<String> command = new ArrayList<>(List.of("mvn", "-q", "-B"));
                if (offline) command.add("-o");
                command.addAll(List.of("dependency:build-classpath", "-Dmdep.includeScope=runtime",
                        "-Dmdep.outputFile=" + out));
                Process process = new ProcessBuilder(command).directory(root.toFile())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    return Optional.empty();
                }
                if (process.exitValue() != 0) return Optional.empty();
                return Optional.of(Files.readString(out, StandardCharsets.UTF_8).trim());
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static List<String> split(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) entries.add(entry.trim());
        }
        return entries;
    }
}
