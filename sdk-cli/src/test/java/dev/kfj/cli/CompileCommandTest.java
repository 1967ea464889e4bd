package dev.kfj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfj compile} run in-process: exit codes, output, messages, and no file on error. */
class CompileCommandTest {
    private static final Path REPO = Path.of(System.getProperty("kfj.repo.root", ".."));

    @TempDir
    static Path cache;

    @TempDir
    Path work;

    @BeforeAll
    static void isolateTheClassCache() {
        System.setProperty("kfj.cache.dir", cache.toString());
    }

    private Path fixture(String name) throws IOException {
        Path file = work.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private Path sample(String folder, String file) throws IOException {
        Path dir = Files.createDirectories(work.resolve(folder));
        return Files.copy(REPO.resolve("samples").resolve(folder).resolve(file), dir.resolve(file));
    }

    private static String golden(String folder) throws IOException {
        return Files.readString(REPO.resolve("samples").resolve(folder).resolve(folder + ".yaml"), StandardCharsets.UTF_8);
    }

    @Test
    void compilesAJavaFileToTheSamplesYaml() throws IOException {
        Path source = sample("hello-world", "HelloWorldPipeline.java");

        Cli.Result r = Cli.run("compile", source.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).isEqualTo(golden("hello-world"));
    }

    @Test
    void compilesTheSameFileAgainFromTheClassCache() throws IOException {
        Path source = sample("diamond", "DiamondPipeline.java");
        Cli.Result first = Cli.run("compile", source.toString());
        long cached;
        try (var dirs = Files.list(cache.resolve("classes"))) {
            cached = dirs.count();
        }

        Cli.Result second = Cli.run("compile", source.toString());

        assertThat(second.exitCode()).isEqualTo(0);
        assertThat(second.out()).isEqualTo(first.out()).isEqualTo(golden("diamond"));
        try (var dirs = Files.list(cache.resolve("classes"))) {
            assertThat(dirs.count()).isEqualTo(cached);
        }
    }

    @Test
    void writesTheOutputFileWhenAsked() throws IOException {
        Path source = sample("hello-world", "HelloWorldPipeline.java");
        Path out = work.resolve("hello.yaml");

        Cli.Result r = Cli.run("compile", source.toString(), "-o", out.toString());

        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(golden("hello-world"));
    }

    @Test
    void compilesACompiledClassFromAClassPath() {
        Cli.Result r = Cli.run("compile", "--classpath", "target/test-classes", "dev.kfj.cli.fixtures.TinyPipeline");

        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).startsWith("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  generateName: tiny-\n");
    }

    @Test
    void producesAWorkflowTemplateOnRequest() throws IOException {
        Path source = sample("hello-world", "HelloWorldPipeline.java");

        Cli.Result r = Cli.run("compile", "--kind", "workflow-template", source.toString());

        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).contains("kind: WorkflowTemplate\n").contains("  name: hello-world\n");
    }

    @Test
    void reportsEveryProblemWithItsLocationAndWritesNoFile() throws IOException {
        Path source = fixture("BrokenPipeline.java");
        Path out = work.resolve("broken.yaml");

        Cli.Result r = Cli.run("compile", source.toString(), "-o", out.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_PIPELINE);
        assertThat(r.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(Files.list(work)).extracting(p -> p.getFileName().toString()).containsExactly("BrokenPipeline.java");
        String f = source.toString();
        assertThat(r.err()).isEqualTo(String.join("\n",
                f + ":25: error: [KFJ-102] pipeline name 'a-pipeline-name-that-goes-on-and-on-well-past-the-limit-argo-sets'"
                        + " is 65 characters; Argo allows at most 63 for workflow names",
                "  hint: shorten the pipeline name to 63 characters or fewer",
                f + ":29: error: [KFJ-103] duplicate step name 'train'",
                f + ":27: note: 'train' was first declared here",
                "  hint: give one of the steps another name with .named(\"...\")",
                f + ":28: error: [KFJ-204] type mismatch: input 'data' of step 'evaluate' expects Dataset,"
                        + " but output 'model' of step 'train' is Model",
                "  hint: bind a value of type Dataset",
                f + ":26: error: [KFJ-201] dependency cycle: load -> train -> evaluate -> load",
                "  hint: remove one of these dependencies so the steps can run in an order",
                "4 errors", ""));
    }

    @Test
    void keepsAnExistingOutputFileWhenCompilationFails() throws IOException {
        Path source = fixture("BrokenPipeline.java");
        Path out = Files.writeString(work.resolve("keep.yaml"), "previous content\n");

        Cli.Result r = Cli.run("compile", source.toString(), "-o", out.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_PIPELINE);
        assertThat(Files.readString(out)).isEqualTo("previous content\n");
    }

    @Test
    void reportsJavacErrorsNamingBothTypes() throws IOException {
        Path source = fixture("Miswired.java");

        Cli.Result r = Cli.run("compile", source.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_PIPELINE);
        assertThat(r.err()).startsWith(source + ":23: error: ")
                .contains("Model").contains("Dataset").endsWith("1 error\n");
    }

    @Test
    void reportsAFailingDefinitionAtTheUsersLine() throws IOException {
        Path source = fixture("Throwing.java");

        Cli.Result r = Cli.run("compile", source.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_PIPELINE);
        assertThat(r.err()).isEqualTo(source + ":10: error: defining the pipeline failed:"
                + " IllegalStateException: no data set configured\n");
    }

    @Test
    void explainsAFileWithoutAPipeline() throws IOException {
        Path source = fixture("NotAPipeline.java");

        Cli.Result r = Cli.run("compile", source.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_PIPELINE);
        assertThat(r.err()).startsWith("error: " + source + ": no class implements dev.kfj.dsl.PipelineDefinition");
    }

    @Test
    void rejectsAMissingFileAsAUsageError() {
        Cli.Result r = Cli.run("compile", "no/such/Pipeline.java");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("error: file not found: no/such/Pipeline.java\n");
    }

    @Test
    void rejectsUnknownOptionsAndKinds() throws IOException {
        assertThat(Cli.run("compile", "--frobnicate", "x.java").exitCode()).isEqualTo(ExitCodes.USAGE);
        Cli.Result kind = Cli.run("compile", "--kind", "pod", sample("hello-world", "HelloWorldPipeline.java").toString());
        assertThat(kind.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(kind.err()).isEqualTo("error: unknown --kind 'pod'; expected workflow, workflow-template,"
                + " cluster-workflow-template or cron-workflow\n");
    }

    @Test
    void helpListsTheExitCodes() {
        Cli.Result r = Cli.run("compile", "--help");

        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).contains("Usage: kfj compile").contains("Exit codes:").contains("3  invalid pipeline");
    }

    @Test
    void printsItsVersion() {
        Cli.Result r = Cli.run("--version");

        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).startsWith("kfj ");
    }

    @Test
    void withoutACommandPrintsUsageAndFails() {
        Cli.Result r = Cli.run();

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Missing command");
    }

    @Test
    void refusesToWriteOverThePipelinesSource() throws IOException {
        Path source = sample("hello-world", "HelloWorldPipeline.java");
        String before = Files.readString(source);

        Cli.Result r = Cli.run("compile", source.toString(), "-o", source.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("error: refusing to write the YAML over the pipeline's source " + source + "\n");
        assertThat(Files.readString(source)).isEqualTo(before);
    }

    @Test
    void writesThroughSymbolicLinksAndKeepsPermissions() throws IOException {
        Path source = sample("hello-world", "HelloWorldPipeline.java");
        Path real = Files.writeString(work.resolve("real.yaml"), "old\n");
        Files.setPosixFilePermissions(real, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        Path link = Files.createSymbolicLink(work.resolve("link.yaml"), real.getFileName());
        Path fresh = work.resolve("fresh.yaml");

        assertThat(Cli.run("compile", source.toString(), "-o", link.toString()).exitCode()).isEqualTo(0);
        assertThat(Cli.run("compile", source.toString(), "-o", fresh.toString()).exitCode()).isEqualTo(0);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo(golden("hello-world"));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
                .isEqualTo("rw-rw-r--");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void rejectsAnOutputThatIsADirectory() throws IOException {
        Path source = sample("hello-world", "HelloWorldPipeline.java");
        Path dir = Files.createDirectories(work.resolve("out"));

        Cli.Result r = Cli.run("compile", source.toString(), "-o", dir.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("error: cannot write " + dir + ": it is a directory\n");
    }

    @Test
    void explainsAFileThatDeclaresNoClassOfItsName() throws IOException {
        Path source = Files.writeString(work.resolve("Empty.java"), "// nothing here yet\n");

        Cli.Result r = Cli.run("compile", source.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_PIPELINE);
        assertThat(r.err()).startsWith(source + ": error: no class Empty is declared in this file\n");
    }

    @Test
    void namesTheClassPathWhenAClassIsNotOnIt() {
        Cli.Result r = Cli.run("compile", "--classpath", "target/test-classes", "dev.kfj.cli.fixtures.Nope");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("error: class dev.kfj.cli.fixtures.Nope not found on class path target/test-classes\n");
    }

    @Test
    void usageErrorsSayWhatIsWrongAndWhereHelpIs() {
        Cli.Result r = Cli.run("compile", "--frobnicate", "x.java");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("error: Unknown option: '--frobnicate'\nTry 'kfj compile --help' for usage.\n");
    }

    @Test
    void compilesThePipelineOfTheGettingStartedPage() throws IOException {
        String page = Files.readString(REPO.resolve("docs/getting-started.md"), StandardCharsets.UTF_8);
        int start = page.indexOf("```java\n") + "```java\n".length();
        String code = page.substring(start, page.indexOf("```", start));
        Path source = Files.writeString(Files.createDirectories(work.resolve("my-pipeline")).resolve("GreetPipeline.java"), code);

        Cli.Result r = Cli.run("compile", source.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).contains("generateName: greeting-");
    }
}
