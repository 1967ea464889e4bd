package dev.kfj.samples.training;

import dev.kfj.dsl.Component;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.PipelineDefinition;
import dev.kfj.dsl.Step;
import dev.kfj.dsl.artifact.Dataset;
import dev.kfj.dsl.artifact.Metrics;
import dev.kfj.dsl.artifact.Model;

/**
 * A Kubeflow-style training pipeline made of container steps: extract a CSV data set, validate
 * it, split it, train a classifier, evaluate it, and deploy it when it is accurate enough.
 *
 * <p>Parameters (learning rate, epochs, split fraction, threshold) travel as Argo parameters;
 * the data, the model and the metrics travel as artifacts.
 */
public final class ContainerTrainingPipeline implements PipelineDefinition {
    static final String PYTHON = "python:3.12-slim";
    static final String SKLEARN = "pip install --quiet --no-cache-dir scikit-learn==1.5.2 && python -c \"$0\" \"$@\"";

    // extract-data
    static final Input<String> SOURCE_URL = Input.string("source_url").withDescription("Where the CSV is published");
    static final Output<Dataset> RAW = Output.artifact("raw", Dataset.class).withDescription("The CSV as downloaded");

    static final Component EXTRACT = Component.container("extract-data")
            .description("Downloads the CSV data set.")
            .image("curlimages/curl:8.10.1")
            .inputs(SOURCE_URL)
            .outputs(RAW)
            .command("curl", "--fail", "--silent", "--show-error", "--location", "--retry", "3")
            .args("--output", RAW, SOURCE_URL)
            .build();

    // validate-data
    static final Input<Dataset> DATA = Input.artifact("data", Dataset.class);
    static final Output<Integer> ROWS = Output.integer("rows").withDescription("Rows that passed validation");

    static final Component VALIDATE = Component.container("validate-data")
            .description("Checks the header, the column count and that every feature is a number.")
            .image(PYTHON)
            .inputs(DATA)
            .outputs(ROWS)
            .command("python", "-c", """
                    import csv, sys
                    data, rows_out = sys.argv[1], sys.argv[2]
                    with open(data, newline="") as f:
                        reader = csv.reader(f)
                        header = next(reader)
                        rows = [r for r in reader if r]
                    if len(header) < 2:
                        sys.exit(f"expected features and a label, got header {header}")
                    for i, row in enumerate(rows, start=2):
                        if len(row) != len(header):
                            sys.exit(f"line {i}: {len(row)} columns, expected {len(header)}")
                        for value in row[:-1]:
                            float(value)
                    print(f"{len(rows)} valid rows, columns {header}")
                    open(rows_out, "w").write(str(len(rows)))
                    """)
            .args(DATA, ROWS)
            .build();

    // split-data
    static final Input<Double> TEST_FRACTION = Input.number("test_fraction").withDefault(0.2);
    static final Output<Dataset> TRAIN_SET = Output.artifact("train", Dataset.class);
    static final Output<Dataset> TEST_SET = Output.artifact("test", Dataset.class);

    static final Component SPLIT = Component.container("split-data")
            .description("Shuffles the rows with a fixed seed and splits them into training and test sets.")
            .image(PYTHON)
            .inputs(DATA, TEST_FRACTION)
            .outputs(TRAIN_SET, TEST_SET)
            .command("python", "-c", """
                    import random, sys
                    data, fraction, train_out, test_out = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4]
                    lines = open(data).read().splitlines()
                    header, rows = lines[0], [l for l in lines[1:] if l]
                    random.Random(42).shuffle(rows)
                    cut = int(len(rows) * (1 - fraction))
                    for path, part in ((train_out, rows[:cut]), (test_out, rows[cut:])):
                        with open(path, "w") as f:
                            f.write("\\n".join([header] + part) + "\\n")
                    print(f"train {cut} rows, test {len(rows) - cut} rows")
                    """)
            .args(DATA, TEST_FRACTION, TRAIN_SET, TEST_SET)
            .build();

    // train-model
    static final Input<Dataset> TRAIN_DATA = Input.artifact("train", Dataset.class);
    static final Input<Integer> EPOCHS = Input.integer("epochs");
    static final Input<Double> LEARNING_RATE = Input.number("learning_rate");
    static final Output<Model> MODEL = Output.artifact("model", Model.class);

    static final Component TRAIN = Component.container("train-model")
            .description("Fits a logistic-regression classifier with scikit-learn and pickles it.")
            .image(PYTHON)
            .inputs(TRAIN_DATA, EPOCHS, LEARNING_RATE)
            .outputs(MODEL)
            .command("sh", "-c", SKLEARN, """
                    import pickle, sys
                    import numpy as np
                    from sklearn.linear_model import SGDClassifier
                    train, epochs, rate, model_out = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
                    table = np.genfromtxt(train, delimiter=",", skip_header=1, dtype=str)
                    x, y = table[:, :-1].astype(float), table[:, -1]
                    model = SGDClassifier(loss="log_loss", max_iter=epochs, eta0=rate,
                                          learning_rate="constant", random_state=0)
                    model.fit(x, y)
                    pickle.dump(model, open(model_out, "wb"))
                    print(f"trained on {len(y)} rows, classes {list(model.classes_)}")
                    """)
            .args(TRAIN_DATA, EPOCHS, LEARNING_RATE, MODEL)
            .build();

    // evaluate-model
    static final Input<Model> TRAINED = Input.artifact("model", Model.class);
    static final Input<Dataset> TEST_DATA = Input.artifact("test", Dataset.class);
    static final Output<Double> ACCURACY = Output.number("accuracy");
    static final Output<Metrics> METRICS = Output.artifact("metrics", Metrics.class);

    static final Component EVALUATE = Component.container("evaluate-model")
            .description("Scores the model on the test set: accuracy and a confusion matrix.")
            .image(PYTHON)
            .inputs(TRAINED, TEST_DATA)
            .outputs(ACCURACY, METRICS)
            .command("sh", "-c", SKLEARN, """
                    import json, pickle, sys
                    import numpy as np
                    from sklearn.metrics import accuracy_score, confusion_matrix
                    model_in, test, accuracy_out, metrics_out = sys.argv[1:5]
                    model = pickle.load(open(model_in, "rb"))
                    table = np.genfromtxt(test, delimiter=",", skip_header=1, dtype=str)
                    x, y = table[:, :-1].astype(float), table[:, -1]
                    predicted = model.predict(x)
                    accuracy = accuracy_score(y, predicted)
                    labels = list(model.classes_)
                    matrix = confusion_matrix(y, predicted, labels=labels).tolist()
                    json.dump({"accuracy": accuracy, "labels": labels, "confusion_matrix": matrix},
                              open(metrics_out, "w"), indent=2)
                    open(accuracy_out, "w").write(str(accuracy))
                    print(f"accuracy {accuracy:.3f}")
                    """)
            .args(TRAINED, TEST_DATA, ACCURACY, METRICS)
            .build();

    // deploy-model
    static final Input<Model> CANDIDATE = Input.artifact("model", Model.class);
    static final Input<Double> MEASURED = Input.number("accuracy");
    static final Input<Double> THRESHOLD = Input.number("min_accuracy");
    static final Input<String> MODEL_NAME = Input.string("model_name");
    static final Output<String> ENDPOINT = Output.string("endpoint");

    static final Component DEPLOY = Component.container("deploy-model")
            .description("Publishes the model to the serving volume when its accuracy reaches the threshold.")
            .image(PYTHON)
            .inputs(CANDIDATE, MEASURED, THRESHOLD, MODEL_NAME)
            .outputs(ENDPOINT)
            .command("python", "-c", """
                    import shutil, sys
                    model, accuracy, threshold, name, endpoint_out = sys.argv[1:6]
                    if float(accuracy) < float(threshold):
                        print(f"not deploying {name}: accuracy {accuracy} is below {threshold}")
                        open(endpoint_out, "w").write("")
                        sys.exit(0)
                    shutil.copy(model, f"/tmp/{name}.pkl")
                    endpoint = f"http://{name}.models.svc.cluster.local/v1/models/{name}:predict"
                    open(endpoint_out, "w").write(endpoint)
                    print(f"deployed {name} at {endpoint}")
                    """)
            .args(CANDIDATE, MEASURED, THRESHOLD, MODEL_NAME, ENDPOINT)
            .build();

    @Override
    public Pipeline define() {
        Pipeline.Builder p = Pipeline.builder("container-training")
                .description("Extract, validate, split, train, evaluate and deploy a classifier.");
        Param<String> sourceUrl = p.param(Params.string("source_url")
                .withDefault("https://raw.githubusercontent.com/mwaskom/seaborn-data/master/iris.csv")
                .withDescription("CSV with numeric features and the label in the last column"));
        Param<Double> testFraction = p.param(Params.number("test_fraction").withDefault(0.2)
                .withDescription("Share of rows held out for evaluation"));
        Param<Integer> epochs = p.param(Params.integer("epochs").withDefault(50).withDescription("Training passes"));
        Param<Double> learningRate = p.param(Params.number("learning_rate").withDefault(0.01)
                .withDescription("Step size of the optimiser"));
        Param<Double> minAccuracy = p.param(Params.number("min_accuracy").withDefault(0.9)
                .withDescription("Deploy only at or above this test accuracy"));
        Param<String> modelName = p.param(Params.string("model_name").withDefault("iris-classifier"));

        Step extract = p.step(EXTRACT.with(SOURCE_URL, sourceUrl));
        Step validate = p.step(VALIDATE.with(DATA, extract.output(RAW)));
        Step split = p.step(SPLIT.with(DATA, extract.output(RAW)).with(TEST_FRACTION, testFraction).after(validate));
        Step train = p.step(TRAIN.with(TRAIN_DATA, split.output(TRAIN_SET))
                .with(EPOCHS, epochs)
                .with(LEARNING_RATE, learningRate));
        Step evaluate = p.step(EVALUATE.with(TRAINED, train.output(MODEL)).with(TEST_DATA, split.output(TEST_SET)));
        p.step(DEPLOY.with(CANDIDATE, train.output(MODEL))
                .with(MEASURED, evaluate.output(ACCURACY))
                .with(THRESHOLD, minAccuracy)
                .with(MODEL_NAME, modelName));
        return p.build();
    }
}
