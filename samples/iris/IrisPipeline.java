package dev.kfj.samples.iris;

import dev.kfj.dsl.Cond;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.PipelineDefinition;
import dev.kfj.dsl.Ref;
import dev.kfj.dsl.Step;
import dev.kfj.samples.iris.KfjIrisSteps.Evaluate;
import dev.kfj.samples.iris.KfjIrisSteps.Load;
import dev.kfj.samples.iris.KfjIrisSteps.Split;
import dev.kfj.samples.iris.KfjIrisSteps.Train;
import dev.kfj.samples.iris.KfjIrisSteps.Validate;

/**
 * Trains an Iris classifier end to end with Java steps: load the data set shipped with the
 * sample, validate it, split it, train a Tribuo model, evaluate it (accuracy and a confusion
 * matrix) and deploy it only when its accuracy reaches {@code threshold}: otherwise the deploy
 * step is skipped.
 *
 * <p>Every step is a method of {@link IrisSteps}; {@code KfjIrisSteps} is generated from them, so
 * javac checks each connection below.
 */
public final class IrisPipeline implements PipelineDefinition {

    @Override
    public Pipeline define() {
        Pipeline.Builder p = Pipeline.builder("iris")
                .description("Trains, evaluates and deploys an Iris classifier written as Java steps.");
        Param<String> source = p.param(Params.string("source").withDefault(IrisSteps.BUNDLED)
                .withDescription("'bundled' for the data shipped with the sample, else the path of a CSV file"));
        Param<Double> testFraction = p.param(Params.number("test_fraction").withDefault(0.3)
                .withDescription("Share of each species held out for testing"));
        Param<Integer> epochs = p.param(Params.integer("epochs").withDefault(100)
                .withDescription("Passes over the training rows"));
        Param<Integer> seed = p.param(Params.integer("seed").withDefault(7)
                .withDescription("Seed of the split and the trainer"));
        Param<Double> threshold = p.param(Params.number("threshold").withDefault(0.9)
                .withDescription("Least test accuracy for which the model is deployed"));

        KfjIrisSteps steps = KfjIrisSteps.create();
        Step load = p.step(steps.load(source));
        Step validate = p.step(steps.validate(Load.raw(load)));
        Step split = p.step(steps.split(Validate.data(validate), testFraction, seed));
        Step train = p.step(steps.train(Split.train(split), epochs, seed));
        Step evaluate = p.step(steps.evaluate(Train.model(train), Split.test(split)));
        Ref<Double> accuracy = Evaluate.accuracy(evaluate);
        p.when(Cond.ge(accuracy, threshold),
                s -> s.step(steps.deploy(Train.model(train), accuracy, threshold)));
        return p.build();
    }
}
