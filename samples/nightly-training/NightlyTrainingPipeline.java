package dev.kfj.samples.nightly;

import dev.kfj.dsl.Component;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.PipelineDefinition;
import dev.kfj.dsl.Schedule;
import dev.kfj.dsl.Step;
import dev.kfj.dsl.artifact.Dataset;

/**
 * Continuous training: compiled with {@code kfj compile --kind cron-workflow}, it retrains every
 * night in Paris time, never two runs at once, reusing templates stored in the cluster as
 * WorkflowTemplates ({@code templateRef}).
 */
public final class NightlyTrainingPipeline implements PipelineDefinition {
    static final Input<String> SOURCE = Input.string("source");
    static final Input<Dataset> DATA = Input.artifact("data", Dataset.class);
    static final Output<Dataset> SNAPSHOT = Output.artifact("snapshot", Dataset.class);

    static final Component EXTRACT = Component.templateRef("extract", "data-library", "extract")
            .inputs(SOURCE).outputs(SNAPSHOT).build();
    static final Component RETRAIN = Component.templateRef("retrain", "ml-library", "retrain").clusterScope()
            .inputs(DATA).build();

    @Override
    public Pipeline define() {
        Pipeline.Builder p = Pipeline.builder("nightly-training").description("Retrains the model every night.")
                .schedule(Schedule.cron("0 2 * * *").inZone("Europe/Paris").concurrency(Schedule.Concurrency.FORBID));
        Param<String> source = p.param(Params.string("source").withDefault("s3://data/events/latest"));
        Step extract = p.step(EXTRACT.with(SOURCE, source));
        p.step(RETRAIN.with(DATA, extract.output(SNAPSHOT)));
        return p.build();
    }
}
