package dev.kfj.local.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Starts step processes and keeps track of them so that a stop kills them all: a child JVM for
 * Java steps, the command itself for host execution, or {@code docker run} / {@code podman run}.
 */
final class Launcher {
    /** A main class of kfj's in-container runtime: what marks a Java step. */
    static final Pattern JAVA_MAIN = Pattern.compile("dev\\.kfj\\.runtime\\.[A-Za-z0-9_.$]*[A-Z][A-Za-z0-9_$]*");
    private static final int RESULT_LIMIT = 256 * 1024;

    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private final Map<String, String> containers = new ConcurrentHashMap<>();
    private volatile Optional<String> engine;
    private final String engineOption;

    Launcher(String engineOption) {
        this.engineOption = engineOption;
    }

    /** How one attempt ended. */
    record Exit(int code, boolean timedOut, boolean killed, String stdout) {
    }

    /** Whether {@code argv} (a template's command and args) runs kfj's Java runtime. */
    static boolean isJavaStep(List<String> argv) {
        return argv.stream().anyMatch(a -> JAVA_MAIN.matcher(a).matches());
    }

    /** The child-JVM command line for a Java step's {@code argv}. */
    static List<String> javaCommand(List<String> argv, List<String> classPath) {
        List<String> out = new ArrayList<>();
        out.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        int main = -1;
        for (int i = 0; i < argv.size(); i++) {
            if (JAVA_MAIN.matcher(argv.get(i)).matches()) {
                main = i;
                break;
            }
        }
        for (int i = 0; i < main; i++) {
            String a = argv.get(i);
            if (a.startsWith("-D") || a.startsWith("-X")) out.add(a);
        }
        out.add("-cp");
        out.add(String.join(java.io.File.pathSeparator, classPath));
        out.addAll(argv.subList(main, argv.size()));
        return out;
    }

    /** The first working container engine: the configured one, else docker, else podman. */
    Optional<String> engine() {
        if (engine == null) {
            List<String> candidates = engineOption.isEmpty() ? List.of("docker", "podman") : List.of(engineOption);
            engine = candidates.stream().filter(Launcher::works).findFirst();
        }
        return engine;
    }

    private static boolean works(String command) {
        try {
            Process p = new ProcessBuilder(command, "info").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs {@code argv} in {@code workDir} with {@code env} added, appending its output to
     * {@code log}, until it exits, {@code deadline} passes or it is killed.
     */
    Exit run(List<String> argv, Path workDir, Map<String, String> env, Path log, Optional<Duration> deadline,
             String containerName) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(workDir.toFile());
        pb.environment().putAll(env);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot start '" + argv.get(0) + "': " + e.getMessage(), e);
        }
        running.add(p);
        if (containerName != null) containers.put(containerName, engine().orElse("docker"));
        StringBuilder stdout = new StringBuilder();
        try (OutputStream logOut = Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            Thread out = pump(p.getInputStream(), logOut, stdout);
            Thread err = pump(p.getErrorStream(), logOut, null);
            p.getOutputStream().close();
            boolean finished;
            if (deadline.isPresent()) {
                finished = p.waitFor(Math.max(1, deadline.get().toMillis()), TimeUnit.MILLISECONDS);
            } else {
                p.waitFor();
                finished = true;
            }
            if (!finished) kill(p, containerName);
            int code = p.waitFor();
            out.join();
            err.join();
            return new Exit(code, !finished, !finished || killed.remove(p), stdout.toString());
        } finally {
            running.remove(p);
            if (containerName != null) containers.remove(containerName);
        }
    }

    private final Set<Process> killed = ConcurrentHashMap.newKeySet();

    /** Kills every running step process (and its children, and its container). */
    void killAll() {
        containers.forEach((name, command) -> {
            try {
                new ProcessBuilder(command, "kill", name).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(10, TimeUnit.SECONDS);
            } catch (IOException e) {
                // the container is gone already
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        for (Process p : List.copyOf(running)) {
            killed.add(p);
            kill(p, null);
        }
    }

    private void kill(Process p, String containerName) {
        if (containerName != null) {
            String command = containers.get(containerName);
            if (command != null) {
                try {
                    new ProcessBuilder(command, "kill", containerName).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(10, TimeUnit.SECONDS);
                } catch (IOException e) {
                    // the container is gone already
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private static Thread pump(InputStream in, OutputStream log, StringBuilder capture) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    synchronized (log) {
                        log.write(buf, 0, n);
                        log.flush();
                    }
                    if (capture != null && capture.length() < RESULT_LIMIT) {
                        capture.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException e) {
                // the process ended or was killed
            }
        }, "kfj-log-pump");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
