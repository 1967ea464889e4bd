package dev.kfj.samples.iris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kfj.dsl.artifact.Dataset;
import dev.kfj.dsl.artifact.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The Iris steps called as plain Java methods on the real data set. */
class IrisStepsTest {
    @TempDir
    Path dir;

    @Test
    void loadsTheBundledDataSet() {
        Dataset raw = IrisSteps.load(IrisSteps.BUNDLED);

        assertThat(IrisData.lines(raw.path())).hasSize(151)
                .first().isEqualTo("sepal_length,sepal_width,petal_length,petal_width,species");
        assertThat(raw.metadata()).containsEntry("rows", 150).containsEntry("source", "bundled");
    }

    @Test
    void validatesTheRealDataAndCountsEachSpecies() {
        Dataset data = IrisSteps.validate(IrisSteps.load(IrisSteps.BUNDLED));

        assertThat(IrisData.read(data.path())).hasSize(150);
        assertThat(data.metadata()).containsEntry("rows", 150)
                .containsEntry("species", Map.of("setosa", 50, "versicolor", 50, "virginica", 50));
    }

    @Test
    void rejectsAWrongHeader() throws IOException {
        Path csv = write("a,b,c,d,e\n5.1,3.5,1.4,0.2,setosa\n");

        assertThatThrownBy(() -> IrisSteps.validate(new Dataset(csv)))
                .hasMessage("line 1: expected the header sepal_length,sepal_width,petal_length,petal_width,species"
                        + " but found 'a,b,c,d,e'");
    }

    @Test
    void rejectsAMeasurementThatIsNotANumber() throws IOException {
        Path csv = write(String.join(",", IrisData.HEADER) + "\n5.1,3.5,1.4,0.2,setosa\n5.1,wide,1.4,0.2,setosa\n");

        assertThatThrownBy(() -> IrisSteps.validate(new Dataset(csv)))
                .hasMessage("line 3: sepal_width 'wide' is not a number");
    }

    @Test
    void rejectsAnUnknownSpeciesAndNegativeSizes() throws IOException {
        Path unknown = write(String.join(",", IrisData.HEADER) + "\n5.1,3.5,1.4,0.2,rose\n");
        Path negative = write(String.join(",", IrisData.HEADER) + "\n5.1,-3.5,1.4,0.2,setosa\n");

        assertThatThrownBy(() -> IrisSteps.validate(new Dataset(unknown)))
                .hasMessage("line 2: unknown species 'rose'; expected one of [setosa, versicolor, virginica]");
        assertThatThrownBy(() -> IrisSteps.validate(new Dataset(negative)))
                .hasMessage("line 2: sepal_width -3.5 cm is outside (0, 100)");
    }

    @Test
    void splitsEachSpeciesInTheSameShareAndRepeatsWithTheSameSeed() {
        Dataset data = IrisSteps.validate(IrisSteps.load(IrisSteps.BUNDLED));

        IrisSteps.Split split = IrisSteps.split(data, 0.3, 7);
        IrisSteps.Split again = IrisSteps.split(data, 0.3, 7);

        List<IrisData.Row> test = IrisData.read(split.test().path());
        assertThat(IrisData.read(split.train().path())).hasSize(105);
        assertThat(test).hasSize(45);
        assertThat(test.stream().filter(r -> r.species().equals("versicolor")).count()).isEqualTo(15);
        assertThat(IrisData.lines(again.test().path())).isEqualTo(IrisData.lines(split.test().path()));
    }

    @Test
    void trainsAModelThatClassifiesHeldOutFlowersWithAccuracyAboveNinetyPercent() throws IOException {
        IrisSteps.Split split = IrisSteps.split(IrisSteps.validate(IrisSteps.load(IrisSteps.BUNDLED)), 0.3, 7);

        Model model = IrisSteps.train(split.train(), 100, 7);
        IrisSteps.Evaluation evaluation = IrisSteps.evaluate(model, split.test());

        assertThat(evaluation.accuracy()).isGreaterThan(0.9);
        Map<?, ?> metrics = JsonMapper.builder().build().readValue(
                Files.readString(evaluation.metrics().path(), StandardCharsets.UTF_8), Map.class);
        assertThat(metrics.get("accuracy")).isEqualTo(evaluation.accuracy());
        assertThat(metrics.get("test_rows")).isEqualTo(45);
        Map<?, ?> confusion = (Map<?, ?>) metrics.get("confusion_matrix");
        assertThat(confusion.get("labels")).isEqualTo(List.of("setosa", "versicolor", "virginica"));
        List<?> counts = (List<?>) confusion.get("counts");
        int diagonal = 0;
        int total = 0;
        for (int t = 0; t < 3; t++) {
            List<?> row = (List<?>) counts.get(t);
            assertThat(row.stream().mapToInt(v -> (Integer) v).sum()).isEqualTo(15);
            diagonal += (Integer) row.get(t);
            total += 15;
        }
        assertThat((double) diagonal / total).isEqualTo(evaluation.accuracy());
    }

    @Test
    void deploysOnlyAModelThatReachesTheThreshold() throws IOException {
        Path modelFile = write("model bytes");

        Model deployed = IrisSteps.deploy(new Model(modelFile), 0.95, 0.9);

        assertThat(Files.readString(deployed.path().resolve("model.tribuo"))).isEqualTo("model bytes");
        assertThat(Files.readString(deployed.path().resolve("model-card.json"))).contains("\"accuracy\":0.95");
        assertThatThrownBy(() -> IrisSteps.deploy(new Model(modelFile), 0.85, 0.9))
                .hasMessage("accuracy 0.85 is below the threshold 0.9; not deploying");
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "data", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
