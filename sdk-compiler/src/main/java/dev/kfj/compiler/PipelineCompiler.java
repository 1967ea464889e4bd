package dev.kfj.compiler;

import dev.kfj.argo.ArgoObject;
import dev.kfj.argo.ClusterWorkflowTemplate;
import dev.kfj.argo.CronWorkflow;
import dev.kfj.argo.CronWorkflowSpec;
import dev.kfj.argo.Workflow;
import dev.kfj.argo.WorkflowSpec;
import dev.kfj.argo.WorkflowTemplate;
import dev.kfj.argo.yaml.ArgoYaml;
import dev.kfj.compiler.internal.Analyzer;
import dev.kfj.compiler.internal.Limits;
import dev.kfj.compiler.internal.Names;
import dev.kfj.compiler.internal.Plan;
import dev.kfj.compiler.internal.Problems;
import dev.kfj.compiler.internal.WorkflowLowering;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.PipelineComponent;
import java.util.ArrayList;
import java.util.List;
import dev.kfj.dsl.Schedule;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;

/**
 * Compiles a {@link Pipeline} into an Argo object and its YAML.
 *
 * <p>Validation comes first and is complete: names (DNS-1123 after sanitising, unique, within
 * Argo's lengths), the graph (no cycles, no unknown steps, parameters or outputs), every input
 * bound with a value of the right type, no {@code {{} in user text, and Argo's limits. If anything
 * is wrong, {@link CompilationException} carries every problem and nothing is produced.
 *
 * <p>Output is deterministic: the same pipeline gives byte-identical YAML.
 */
public final class PipelineCompiler {
    private PipelineCompiler() {}

    /** Compiles {@code pipeline} into a Workflow. */
    public static CompiledPipeline compile(Pipeline pipeline) throws CompilationException {
        return compile(pipeline, CompileOptions.DEFAULTS);
    }

    /** Compiles {@code pipeline} as {@code options} say. */
    public static CompiledPipeline compile(Pipeline pipeline, CompileOptions options) throws CompilationException {
        Problems problems = new Problems();
        Plan plan = Analyzer.analyze(pipeline, problems);
        if (problems.hasErrors()) throw new CompilationException(problems.all());
        if (options.kind() == CompileOptions.Kind.CRON_WORKFLOW && pipeline.options().schedule().isEmpty()) {
            problems.error(ErrorCode.MISSING_SCHEDULE, pipeline.location(), "pipeline '" + pipeline.name()
                    + "' is compiled as a CronWorkflow but has no schedule",
                    "set one with p.schedule(Schedule.cron(\"0 3 * * *\"))");
        }
        List<Plan> nested = new ArrayList<>();
        if (nest(plan, pipeline, nested, problems)) plan = plan.calledAsStep();
        if (problems.hasErrors()) throw new CompilationException(problems.all());
        WorkflowSpec spec = WorkflowLowering.spec(plan, nested, problems);
        Limits.checkCounts(spec, pipeline.location(), problems);
        if (problems.hasErrors()) throw new CompilationException(problems.all());
        ArgoObject resource = switch (options.kind()) {
            case WORKFLOW -> Workflow.of(WorkflowLowering.metadata(plan, true), spec);
            case WORKFLOW_TEMPLATE -> WorkflowTemplate.of(WorkflowLowering.metadata(plan, false), spec);
            case CLUSTER_WORKFLOW_TEMPLATE -> ClusterWorkflowTemplate.of(WorkflowLowering.metadata(plan, false), spec);
            case CRON_WORKFLOW -> cron(plan, spec, pipeline.options().schedule().orElseThrow(), problems);
        };
        String yaml = ArgoYaml.write(resource);
        Limits.checkSize(yaml, spec, pipeline.location(), problems);
        if (problems.hasErrors()) throw new CompilationException(problems.all());
        return new CompiledPipeline(resource, yaml, problems.all());
    }

    /** Plans every pipeline used as a step, transitively; returns whether {@code root} calls itself. */
    private static boolean nest(Plan root, Pipeline pipeline, List<Plan> nested, Problems problems) {
        boolean recursive = false;
        List<Plan> work = new ArrayList<>(List.of(root));
        for (int i = 0; i < work.size(); i++) {
            for (Plan.PlannedTemplate t : work.get(i).templates()) {
                if (!(t.component() instanceof PipelineComponent pc)) continue;
                Pipeline target = pc.pipeline();
                if (target.sameAs(pipeline)) {
                    recursive = true;
                } else if (work.stream().noneMatch(p -> p.pipeline().sameAs(target))) {
                    Plan sub = Analyzer.analyzeNested(target, problems);
                    if (target.exitHandler().isPresent()) {
                        problems.error(ErrorCode.INVALID_SETTING, target.exitHandlerLocation(), target
                                + " is used as a step, so it cannot have a pipeline-wide exit handler",
                                "guard its steps with exitHandler(...) instead");
                    }
                    work.add(sub);
                    nested.add(sub);
                }
            }
        }
        return recursive;
    }

    private static CronWorkflow cron(Plan plan, WorkflowSpec spec, Schedule schedule, Problems problems) {
        ObjectMeta meta = WorkflowLowering.metadata(plan, false);
        if (plan.workflowName().length() > Names.MAX_CRON_NAME) {
            problems.error(ErrorCode.NAME_TOO_LONG, plan.pipeline().location(), "pipeline name '" + plan.workflowName()
                    + "' is " + plan.workflowName().length() + " characters; Argo allows at most " + Names.MAX_CRON_NAME
                    + " for CronWorkflow names", "shorten the pipeline name to " + Names.MAX_CRON_NAME + " characters or fewer");
        }
        for (String cron : schedule.crons()) {
            if (cron.trim().split("\\s+").length != 5 && !cron.startsWith("@")) {
                problems.error(ErrorCode.INVALID_SETTING, plan.pipeline().location(), "schedule '" + cron
                        + "' is not a cron expression with five fields", "write e.g. \"0 3 * * *\" (minute hour day month weekday)");
            }
        }
        CronWorkflowSpec.Builder b = CronWorkflowSpec.builder()
                .schedules(schedule.crons())
                .concurrencyPolicy(schedule.concurrency().argo())
                .workflowMetadata(new ObjectMetaBuilder().withLabels(meta.getLabels()).build())
                .workflowSpec(spec);
        if (!schedule.timeZone().isEmpty()) b.timezone(schedule.timeZone());
        if (schedule.startingDeadlineSeconds() > 0) b.startingDeadlineSeconds(schedule.startingDeadlineSeconds());
        return CronWorkflow.of(meta, b.build());
    }
}
