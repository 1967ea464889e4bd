package dev.kfj.local.internal;

import dev.kfj.argo.Artifact;
import dev.kfj.argo.Parameter;
import dev.kfj.argo.Template;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a step's command line. Java steps (kfj's runtime entry point) and host execution see
 * files of this machine: every path the template declares (inputs, outputs, emptyDir mounts) is
 * replaced by a path under the node's directory, both in {@code {{…path}}} variables and where it
 * is spelled literally. A container engine sees the declared paths, mounted from those files.
 */
final class Invocations {
    static final String SCRIPT_PATH = "/argo/staging/script";

    private Invocations() {}

    static StepRunner.Invocation prepare(Engine engine, Template t, Engine.Given given, Node node, Path dir,
                                         Map<String, Object> scope) throws IOException {
        Path staging = dir.resolve("outputs");
        List<String> raw = StepRunner.rawArgv(t);
        boolean java = Launcher.isJavaStep(raw);
        boolean onHost = java || engine.options.hostExecution();
        if (!onHost && engine.launcher.engine().isEmpty()) throw new IllegalStateException(noEngine(t));
        Map<String, Path> paths = new LinkedHashMap<>();
        List<String[]> mounts = new ArrayList<>();
        // inputs
        if (t.inputs() != null) {
            for (Artifact a : t.inputs().artifacts()) {
                Path src = given.artifacts().get(a.name());
                if (src == null) continue;
                Path local = dir.resolve("inputs").resolve(a.name());
                if (!Files.exists(local)) RunFiles.copy(src, local);
                String declared = a.path() != null ? a.path() : "/tmp/kfj/inputs/" + a.name();
                paths.put(declared, local);
                mounts.add(new String[] {local.toString(), declared});
                scope.put("inputs.artifacts." + a.name() + ".path", onHost ? local.toString() : declared);
            }
        }
        // emptyDir volumes (the only kind that gets this far)
        for (VolumeMount m : StepRunner.mountsOf(t)) {
            Path local = staging.resolve("volumes").resolve(RunFiles.safe(m.getName()));
            Files.createDirectories(local);
            paths.put(m.getMountPath(), local);
            mounts.add(new String[] {local.toString(), m.getMountPath()});
        }
        // outputs
        int extra = 0;
        if (t.outputs() != null) {
            for (Parameter p : t.outputs().parameters()) {
                if (p.valueFrom() == null || p.valueFrom().path() == null) continue;
                String declared = p.valueFrom().path();
                Path local = onHost ? staging.resolve("parameters").resolve(p.name()) : mountFor(declared, paths, mounts, staging, extra++);
                paths.put(declared, local);
                scope.put("outputs.parameters." + p.name() + ".path", onHost ? local.toString() : declared);
            }
            for (Artifact a : t.outputs().artifacts()) {
                if (a.path() == null) continue;
                Path local = onHost ? staging.resolve("artifacts").resolve(a.name()) : mountFor(a.path(), paths, mounts, staging, extra++);
                paths.put(a.path(), local);
                scope.put("outputs.artifacts." + a.name() + ".path", onHost ? local.toString() : a.path());
            }
        }
        List<String> argv = new ArrayList<>();
        raw.forEach(a -> argv.add(Templating.substitute(a, scope)));
        Replacer replacer = new Replacer(paths);
        if (t.script() != null) {
            Path script = dir.resolve("script");
            String source = Templating.substitute(t.script().source(), scope);
            Files.writeString(script, onHost ? replacer.apply(source) : source, StandardCharsets.UTF_8);
            int at = t.script().command().size();
            argv.add(at, onHost ? script.toString() : SCRIPT_PATH);
            mounts.add(new String[] {script.toString(), SCRIPT_PATH});
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar e : StepRunner.envOf(t)) env.put(e.getName(), e.getValue() == null ? "" : Templating.substitute(e.getValue(), scope));
        if (onHost) {
            argv.replaceAll(replacer::apply);
            env.replaceAll((k, v) -> replacer.apply(v));
            if (java) {
                if (engine.options.classPath().isEmpty()) {
                    throw new IllegalStateException("Java step '" + node.name + "' needs the pipeline's class path");
                }
                return new StepRunner.Invocation(Launcher.javaCommand(argv, engine.options.classPath()), env, paths, null);
            }
            if (argv.isEmpty()) {
                throw new IllegalStateException("step '" + node.name + "' has no command; on this machine it needs one"
                        + " (its image's entrypoint is not known here)");
            }
            return new StepRunner.Invocation(argv, env, paths, null);
        }
        String engineCommand = engine.launcher.engine().orElseThrow();
        String name = ("kfj-" + engine.runId + "-" + RunFiles.safe(node.id) + "-" + node.attempts)
                .replaceAll("[^a-zA-Z0-9_.-]", "-");
        List<String> cmd = new ArrayList<>(List.of(engineCommand, "run", "--rm", "--name", name));
        for (String[] m : mounts) {
            cmd.add("-v");
            cmd.add(m[0] + ":" + m[1]);
        }
        env.forEach((k, v) -> {
            cmd.add("-e");
            cmd.add(k + "=" + v);
        });
        String image = t.container() != null ? t.container().getImage() : t.script().image();
        String workingDir = t.container() != null ? t.container().getWorkingDir() : t.script().workingDir();
        if (workingDir != null) {
            cmd.add("-w");
            cmd.add(workingDir);
        }
        int commandSize = t.container() != null ? t.container().getCommand().size() : t.script().command().size();
        if (commandSize > 0) {
            cmd.add("--entrypoint");
            cmd.add(argv.get(0));
        }
        cmd.add(image);
        cmd.addAll(commandSize > 0 ? argv.subList(1, argv.size()) : argv);
        return new StepRunner.Invocation(cmd, Map.of(), paths, name);
    }

    private static Path mountFor(String declared, Map<String, Path> paths, List<String[]> mounts, Path staging, int n)
            throws IOException {
        for (Map.Entry<String, Path> e : paths.entrySet()) {
            if (declared.startsWith(e.getKey() + "/")) return e.getValue().resolve(declared.substring(e.getKey().length() + 1));
        }
        Path parent = Path.of(declared).getParent();
        Path local = staging.resolve("mounts").resolve(String.valueOf(n));
        Files.createDirectories(local);
        mounts.add(new String[] {local.toString(), parent.toString()});
        return local.resolve(Path.of(declared).getFileName().toString());
    }

    /** The message for a container step when no container engine works and host execution is off. */
    static String noEngine(Template t) {
        String image = t.container() != null ? t.container().getImage() : t.script() != null ? t.script().image() : "";
        return "error: [KFJ-720] template '" + t.name() + "' runs image '" + image + "', but no container engine works"
                + " here (docker info and podman info failed); start Docker or Podman, or let its command run on this"
                + " machine with --host";
    }

    /** Replaces declared paths spelled literally, longest first, in one pass. */
    private static final class Replacer {
        private final Pattern pattern;
        private final Map<String, Path> paths;

        Replacer(Map<String, Path> paths) {
            this.paths = paths;
            List<String> keys = new ArrayList<>(paths.keySet());
            keys.sort(Comparator.comparingInt(String::length).reversed());
            this.pattern = keys.isEmpty() ? null
                    : Pattern.compile("(?:" + String.join("|", keys.stream().map(Pattern::quote).toList())
                            + ")(?=$|/|[^A-Za-z0-9._-])");
        }

        String apply(String s) {
            if (pattern == null || s == null) return s;
            Matcher m = pattern.matcher(s);
            StringBuilder b = new StringBuilder();
            while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(paths.get(m.group()).toString()));
            m.appendTail(b);
            return b.toString();
        }
    }
}
