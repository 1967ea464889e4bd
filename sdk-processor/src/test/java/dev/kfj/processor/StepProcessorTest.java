package dev.kfj.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class StepProcessorTest {
    private static final List<String> STRICT = List.of("-Xlint:all,-processing", "-Werror");
    private static final String SUPPORTED = "String, int, long, double, float, boolean (or their boxes), an enum,"
            + " List<E> or Map<String, V> of those or of records, or an Artifact type such as Dataset or Model";

    @Test
    void generatesTheGoldenStub() throws IOException {
        Compilation compilation = compile(fixture("TrainingSteps"));

        assertThat(compilation).succeededWithoutWarnings();
        JavaFileObject stub = compilation.generatedSourceFile("com.example.KfjTrainingSteps").orElseThrow();
        assertMatchesGolden(stub.getCharContent(true).toString(), "com/example/KfjTrainingSteps.java");
    }

    @Test
    void generatesTheSameStubEveryTime() throws IOException {
        String first = compile(fixture("TrainingSteps")).generatedSourceFile("com.example.KfjTrainingSteps")
                .orElseThrow().getCharContent(true).toString();
        String second = compile(fixture("TrainingSteps")).generatedSourceFile("com.example.KfjTrainingSteps")
                .orElseThrow().getCharContent(true).toString();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void acceptsCorrectWiringOfLiteralsParametersAndOutputs() {
        Compilation compilation = compile(fixture("TrainingSteps"), fixture("GoodWiring"));

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void rejectsAModelWiredIntoADatasetInputNamingBothTypes() {
        JavaFileObject wiring = fixture("WrongWiring");
        Compilation compilation = compile(fixture("TrainingSteps"), wiring);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("dev.kfj.dsl.OutputRef<dev.kfj.dsl.artifact.Model> cannot be converted to"
                        + " dev.kfj.dsl.Ref<? extends dev.kfj.dsl.artifact.Dataset>")
                .inFile(wiring).onLine(13);
    }

    @Test
    void rejectsACallThatLeavesARequiredInputOut() {
        JavaFileObject wiring = fixture("MissingInput");
        Compilation compilation = compile(fixture("TrainingSteps"), wiring);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("no suitable method found for"
                        + " evaluate(dev.kfj.dsl.OutputRef<dev.kfj.dsl.artifact.Model>)")
                .inFile(wiring).onLine(13);
    }

    @Test
    void reportsEveryProblemOnItsElementWithItsCode() {
        JavaFileObject bad = fixture("BadSteps");
        Compilation compilation = compile(bad);

        assertThat(compilation).failed();
        assertThat(errors(compilation)).containsExactly(
                "11: [KFJ-501] step method 'instance' must be static and not private",
                "14: [KFJ-502] parameter 'value' of step 'takesObject' has type java.lang.Object, which kfj cannot"
                        + " carry; use " + SUPPORTED,
                "14: [KFJ-502] parameter 'letter' of step 'takesObject' has type char, which kfj cannot carry; use "
                        + SUPPORTED,
                "17: [KFJ-503] step 'returnsThread' returns java.lang.Thread, which kfj cannot carry; return "
                        + SUPPORTED + ", a record of those, or void",
                "23: [KFJ-504] step method 'same' is overloaded; give each step method of BadSteps its own name",
                "26: [KFJ-507] step method 'generic' declares type parameters; a step's types must be known when the"
                        + " pipeline is compiled",
                "29: [KFJ-506] step name '9lives' must start with a letter and contain only letters, digits, '-' and '_'",
                "32: [KFJ-503] step 'pair' returns record Pair whose component 'left' has type java.lang.Object, which"
                        + " kfj cannot carry; use " + SUPPORTED,
                "35: [KFJ-509] parameter 'any' of step 'abstractInput' has artifact type dev.kfj.dsl.artifact.Artifact,"
                        + " which needs a public constructor taking a java.nio.file.Path so the step runtime can create it",
                "38: [KFJ-508] step method 'create' has a name the generated stub uses itself (create, launcher,"
                        + " withImage, withLauncher); rename the method",
                "41: [KFJ-502] parameter 'threads' of step 'threads' has type java.util.List<java.lang.Thread>, which"
                        + " kfj cannot carry; use " + SUPPORTED);
    }

    @Test
    void rejectsStepsInAClassTheStubCannotReach() {
        JavaFileObject holder = fixture("PrivateHolder");
        Compilation compilation = compile(holder);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[KFJ-505] class Hidden declares steps but the generated stub"
                + " cannot reach it").inFile(holder).onLine(6);
    }

    private static Compilation compile(JavaFileObject... files) {
        return javac().withProcessors(new StepProcessor()).withOptions(STRICT).compile(files);
    }

    private static JavaFileObject fixture(String name) {
        return JavaFileObjects.forResource("fixtures/com/example/" + name + ".java");
    }

    private static List<String> errors(Compilation compilation) {
        return compilation.errors().stream()
                .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .toList();
    }

    private static void assertMatchesGolden(String actual, String name) {
        Path golden = Path.of("src/test/resources/golden").resolve(name);
        try {
            if (Boolean.getBoolean("kfj.bless") || !Files.exists(golden)) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                if (!Boolean.getBoolean("kfj.bless")) {
                    throw new AssertionError("wrote missing golden " + golden + "; check it and run again");
                }
                return;
            }
            assertThat(actual)
                    .as("generated source differs from %s (re-bless with -Dkfj.bless=true)", golden)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
