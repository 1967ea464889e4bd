package dev.kfj.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.dsl.internal.ValueCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts {@link StepMain} in a separate JVM, as a step's container does, and checks what it writes. */
class StepMainTest {
    private static final String STEPS = FixtureSteps.class.getName();

    @TempDir
    Path dir;

    @Test
    void decodesParametersAndWritesTheResultAsText() throws Exception {
        Run run = run(STEPS + "#scale", "--in", "values=[1.2,2.5]", "--in", "factor=2", "--in", "rounding=UP",
                "--in", "label=x y", "--out", "output=" + dir.resolve("out/output"));

        assertThat(run.exitCode).isZero();
        assertThat(read("out/output")).isEqualTo("[3.0,5.0]");
    }

    @Test
    void passesNumbersAsTheWidthsTheMethodDeclares() throws Exception {
        Run run = run(STEPS + "#add", "--in", "a=2", "--in", "b=40", "--in", "c=1.5", "--out", "output=" + dir.resolve("sum"));

        assertThat(run.exitCode).isZero();
        assertThat(read("sum")).isEqualTo("43");
    }

    @Test
    void decodesArmoredTextExactly() throws Exception {
        String text = "say \"{{hi}}\" & 'bye'\n$HOME ${x} `id` – naïve 日本\n\n";
        Run run = run(STEPS + "#echo", "--in", "text=" + ValueCodec.armor(text), "--out", "output=" + dir.resolve("out"));

        assertThat(run.exitCode).isZero();
        assertThat(ValueCodec.armor(text)).startsWith(ValueCodec.ARMOR_PREFIX);
        assertThat(read("out")).isEqualTo(text);
    }

    @Test
    void copiesAReturnedArtifactAndWritesItsMetadata() throws Exception {
        Files.writeString(dir.resolve("data.csv"), "a\nb\nc\n");
        Run run = run(STEPS + "#countLines", "--in", "data=" + dir.resolve("data.csv"), "--in", "weights={\"a\":7}",
                "--out", "output=" + dir.resolve("out/model"), "--metadata", "output=" + dir.resolve("out/model_metadata"));

        assertThat(run.exitCode).isZero();
        assertThat(read("out/model")).isEqualTo("lines=3 weight=7");
        assertThat(read("out/model_metadata")).isEqualTo("{\"lines\":3,\"framework\":\"none\"}");
    }

    @Test
    void writesEachRecordComponentAndCopiesDirectories() throws Exception {
        Run run = run(STEPS + "#summarize", "--in", "values=[1,2,4,5]",
                "--out", "mean=" + dir.resolve("out/mean"), "--out", "model=" + dir.resolve("out/model"),
                "--metadata", "model=" + dir.resolve("out/model_metadata"));

        assertThat(run.exitCode).isZero();
        assertThat(read("out/mean")).isEqualTo("3.0");
        assertThat(read("out/model/weights.txt")).isEqualTo("[1, 2, 4, 5]");
        assertThat(read("out/model/sub/info.txt")).isEqualTo("n=4");
        assertThat(read("out/model_metadata")).isEqualTo("{}");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("mean", "model", "model_metadata");
        }
    }

    @Test
    void runsAVoidStepWithoutOutputs() throws Exception {
        Run run = run(STEPS + "#nothing", "--in", "flag=true");

        assertThat(run.exitCode).isZero();
        assertThat(run.stderr).isEmpty();
    }

    @Test
    void reportsAThrowingStepOnOneLineAfterItsStackTrace() throws Exception {
        Run run = run(STEPS + "#fail", "--in", "why=boom", "--out", "output=" + dir.resolve("out/output"));

        assertThat(run.exitCode).isEqualTo(StepMain.STEP_FAILED);
        assertThat(run.stderr).contains("at dev.kfj.runtime.FixtureSteps.fail(");
        assertThat(lastLine(run.stderr)).isEqualTo("kfj step: error: fail failed: java.lang.IllegalStateException: boom");
        assertThat(dir.resolve("out/output")).doesNotExist();
    }

    @Test
    void rejectsAValueOfTheWrongTypeAsAUsageError() throws Exception {
        Run run = run(STEPS + "#nothing", "--in", "flag=maybe");

        assertThat(run.exitCode).isEqualTo(StepMain.USAGE);
        assertThat(run.stderr.strip()).isEqualTo("kfj step: error: input 'flag': expected Boolean but got 'maybe'");
    }

    @Test
    void rejectsInputsThatDoNotMatchTheMethod() throws Exception {
        Run run = run(STEPS + "#nothing", "--in", "other=true");

        assertThat(run.exitCode).isEqualTo(StepMain.USAGE);
        assertThat(run.stderr.strip()).isEqualTo("kfj step: error: input 1 of nothing is 'flag' but 'other' was given");
    }

    @Test
    void reportsAMissingInputArtifact() throws Exception {
        Path missing = dir.resolve("missing.csv");
        Run run = run(STEPS + "#countLines", "--in", "data=" + missing, "--in", "weights={}",
                "--out", "output=" + dir.resolve("out/model"));

        assertThat(run.exitCode).isEqualTo(StepMain.IO_FAILED);
        assertThat(lastLine(run.stderr)).isEqualTo("kfj step: error: input artifact 'data' is missing: " + missing
                + " does not exist");
    }

    @Test
    void reportsAnUnknownClass() throws Exception {
        Run run = run("com.example.Nope#x");

        assertThat(run.exitCode).isEqualTo(StepMain.USAGE);
        assertThat(run.stderr).startsWith("kfj step: error: class com.example.Nope is not on the class path");
    }

    private String read(String relative) throws IOException {
        return Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), StepMain.class.getName()));
        command.addAll(List.of(args));
        Path stderr = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .start();
        int code = process.waitFor();
        return new Run(code, Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String stderr) {}
}
