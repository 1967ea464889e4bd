package dev.kfj.compiler.internal;

import dev.kfj.compiler.ErrorCode;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.PipelineComponent;
import dev.kfj.dsl.Settings;
import dev.kfj.dsl.SourceLocation;
import dev.kfj.dsl.TemplateRefComponent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Argo template per component and distinct effective settings (the pipeline's defaults under
 * the step's own): steps with equal settings share a template, the first variant keeps the
 * component's name and later ones get {@code -2}, {@code -3}, ...
 */
final class Variants {
    private final Pipeline pipeline;
    private final Problems problems;
    private final Map<Plan.PlannedTemplate, List<Plan.PlannedTemplate>> variants = new IdentityHashMap<>();
    private final List<Plan.PlannedTemplate> used = new ArrayList<>();

    Variants(Pipeline pipeline, Problems problems) {
        this.pipeline = pipeline;
        this.problems = problems;
    }

    /** The template a step of {@code component} with settings {@code own} runs. */
    Plan.PlannedTemplate of(Plan.PlannedTemplate base, Component component, Settings own, SourceLocation at) {
        if (base == null) return null;
        Settings settings;
        if (component instanceof TemplateRefComponent || component instanceof PipelineComponent) {
            if (!own.isEmpty()) {
                problems.error(ErrorCode.INVALID_SETTING, at, "settings " + own + " cannot apply to " + component
                        + ": it runs no pod of its own", "set them on the steps inside it");
            }
            settings = Settings.none();
        } else {
            settings = pipeline.defaults().overriddenBy(own);
        }
        List<Plan.PlannedTemplate> known = variants.computeIfAbsent(base, b -> new ArrayList<>());
        for (Plan.PlannedTemplate t : known) {
            if (t.settings().equals(settings)) return t;
        }
        if (settings.cache().isPresent() && component.inputs().stream().anyMatch(i -> i.type().isArtifact())) {
            problems.warning(ErrorCode.CACHE_IGNORES_ARTIFACTS, at, component + " is cached, but its cache key covers"
                    + " only parameter inputs, not the contents of its artifact inputs",
                    "cache only steps whose artifacts are fixed by their parameters, or pass a version parameter");
        }
        String name = known.isEmpty() ? base.name() : base.name() + "-" + (known.size() + 1);
        Plan.PlannedTemplate planned = new Plan.PlannedTemplate(name, component, settings);
        known.add(planned);
        used.add(planned);
        return planned;
    }

    /** Every template in first-use order. */
    List<Plan.PlannedTemplate> used() {
        return List.copyOf(used);
    }
}
