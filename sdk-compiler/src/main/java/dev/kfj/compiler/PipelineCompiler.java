package dev.kfj.compiler;

import dev.kfj.argo.ArgoObject;
import dev.kfj.argo.Workflow;
import dev.kfj.argo.WorkflowSpec;
import dev.kfj.argo.WorkflowTemplate;
import dev.kfj.argo.yaml.ArgoYaml;
import dev.kfj.compiler.internal.Analyzer;
import dev.kfj.compiler.internal.Limits;
import dev.kfj.compiler.internal.Plan;
import dev.kfj.compiler.internal.Problems;
import dev.kfj.compiler.internal.WorkflowLowering;
import dev.kfj.dsl.Pipeline;

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
        WorkflowSpec spec = WorkflowLowering.spec(plan);
        Limits.checkCounts(spec, pipeline.location(), problems);
        if (problems.hasErrors()) throw new CompilationException(problems.all());
        ArgoObject resource = switch (options.kind()) {
            case WORKFLOW -> Workflow.of(WorkflowLowering.metadata(plan, true), spec);
            case WORKFLOW_TEMPLATE -> WorkflowTemplate.of(WorkflowLowering.metadata(plan, false), spec);
        };
        String yaml = ArgoYaml.write(resource);
        Limits.checkSize(yaml, spec, pipeline.location(), problems);
        if (problems.hasErrors()) throw new CompilationException(problems.all());
        return new CompiledPipeline(resource, yaml, problems.all());
    }
}
