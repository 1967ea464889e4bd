package dev.kfj.local;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How a local run executes. Start from {@link #defaults()} and change what you need with the
 * {@code withX} methods.
 *
 * @param home where runs and the cache live: runs under {@code <home>/runs/<run-id>/}, memoized
 *     outputs under {@code <home>/cache/}. Default: {@code $KFJ_HOME}, else {@code .kfj} in the
 *     working directory
 * @param hostExecution whether container steps may run their command directly on this machine
 *     (instead of in their image). Default: false
 * @param parallelism how many steps may run at once; the workflow's own {@code parallelism} can
 *     only lower it. Default: the number of processors, at least 2
 * @param classPath the class path of Java steps' child JVMs (the pipeline's classes, their
 *     dependencies and kfj's runtime). Default: this JVM's class path, which in a unit test holds
 *     the pipeline under test
 * @param caching whether memoized steps may reuse outputs cached by earlier runs. Default: true
 * @param containerEngine the container engine command, e.g. {@code docker} or {@code podman};
 *     empty to use the first of those whose {@code info} command works. Default: empty
 */
public record LocalRunOptions(Path home, boolean hostExecution, int parallelism, List<String> classPath,
                              boolean caching, String containerEngine) {

    /** Checks the parts. */
    public LocalRunOptions {
        Objects.requireNonNull(home, "home");
        if (parallelism < 1) throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        classPath = List.copyOf(classPath);
        Objects.requireNonNull(containerEngine, "containerEngine");
    }

    /** The defaults described on each component. */
    public static LocalRunOptions defaults() {
        String kfjHome = System.getenv("KFJ_HOME");
        Path home = kfjHome == null || kfjHome.isBlank() ? Path.of(".kfj") : Path.of(kfjHome);
        String cp = System.getProperty("java.class.path", "");
        List<String> classPath = cp.isEmpty() ? List.of() : Arrays.asList(cp.split(java.io.File.pathSeparator));
        return new LocalRunOptions(home.toAbsolutePath(), false,
                Math.max(2, Runtime.getRuntime().availableProcessors()), classPath, true, "");
    }

    /** A copy keeping runs and the cache under {@code newHome}. */
    public LocalRunOptions withHome(Path newHome) {
        return new LocalRunOptions(newHome.toAbsolutePath(), hostExecution, parallelism, classPath, caching,
                containerEngine);
    }

    /** A copy that does (or does not) let container steps run their command on this machine. */
    public LocalRunOptions withHostExecution(boolean allowed) {
        return new LocalRunOptions(home, allowed, parallelism, classPath, caching, containerEngine);
    }

    /** A copy running at most {@code steps} steps at once. */
    public LocalRunOptions withParallelism(int steps) {
        return new LocalRunOptions(home, hostExecution, steps, classPath, caching, containerEngine);
    }

    /** A copy whose Java steps run with this class path. */
    public LocalRunOptions withClassPath(List<String> entries) {
        return new LocalRunOptions(home, hostExecution, parallelism, entries, caching, containerEngine);
    }

    /** A copy that does (or does not) reuse cached outputs of memoized steps. */
    public LocalRunOptions withCaching(boolean enabled) {
        return new LocalRunOptions(home, hostExecution, parallelism, classPath, enabled, containerEngine);
    }

    /** A copy using this container engine command ({@code docker}, {@code podman}); empty to detect one. */
    public LocalRunOptions withContainerEngine(String command) {
        return new LocalRunOptions(home, hostExecution, parallelism, classPath, caching, command);
    }

    /** The directory holding every run's directory. */
    public Path runsDirectory() {
        return home.resolve("runs");
    }

    /** The directory holding memoized outputs. */
    public Path cacheDirectory() {
        return home.resolve("cache");
    }
}
