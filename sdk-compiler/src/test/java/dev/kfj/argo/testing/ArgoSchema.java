package dev.kfj.argo.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Validates Argo documents against Argo's strict JSON schema ({@code schema.strict.json}: unknown
 * keys rejected), for tests.
 *
 * <p>The schema directory comes from the system property {@value #DIR_PROPERTY} (set by the
 * parent pom for every module's tests). When it is missing, the calling test is aborted (reported
 * as skipped) with "Argo schema not found at &lt;path&gt;: schema validation skipped". The
 * schema is loaded once per JVM. Documents of kind {@code Workflow}, {@code WorkflowTemplate},
 * {@code ClusterWorkflowTemplate} and {@code CronWorkflow} are checked against their
 * definition {@code io.argoproj.workflow.v1alpha1.<kind>}.
 *
 * <pre>{@code
 * ArgoSchema.assertValid(ArgoYaml.write(workflow));        // YAML or JSON text
 * List<String> problems = ArgoSchema.violations(yamlText); // "$.spec.foo: ..." lines
 * }</pre>
 */
public final class ArgoSchema {

    /** The system property naming the directory holding {@code schema.strict.json}. */
    public static final String DIR_PROPERTY = "kfj.argo.schema.dir";

    /** The kinds this helper validates. */
    public static final List<String> KINDS =
            List.of("Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow");

    private static final String PREFIX = "io.argoproj.workflow.v1alpha1.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private ArgoSchema() {}

    /** @return the strict schema file, whether or not it exists */
    public static Path schemaFile() {
        String dir = System.getProperty(DIR_PROPERTY, "../shared/argo");
        return Path.of(dir).toAbsolutePath().normalize().resolve("schema.strict.json");
    }

    /**
     * Validates one YAML or JSON document (choosing the definition from its {@code kind}).
     *
     * @return every violation as {@code <JSON path>: <message>}, sorted; empty when valid
     */
    public static List<String> violations(String document) {
        JsonNode node = parse(document);
        String kind = node.path("kind").asText("");
        if (!KINDS.contains(kind)) {
            return List.of("$.kind: expected one of " + KINDS + " but was '" + kind + "'");
        }
        Set<ValidationMessage> messages = Loaded.schemas().get(kind).validate(node);
        List<String> result = new ArrayList<>();
        for (ValidationMessage m : messages) {
            result.add(m.getInstanceLocation() + ": " + m.getMessage());
        }
        result.sort(null);
        return List.copyOf(result);
    }

    /**
     * Asserts a YAML or JSON document is valid.
     *
     * @throws AssertionError listing every violation with its JSON path
     */
    public static void assertValid(String document) {
        List<String> problems = violations(document);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " schema violation(s):\n  " + String.join("\n  ", problems)
                    + "\nin document:\n" + document);
        }
    }

    private static JsonNode parse(String document) {
        try {
            String json = YAML.readTree(document).toString();
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads and compiles the schema on first use; aborts the caller when it is missing. */
    private static final class Loaded {
        private static volatile Map<String, JsonSchema> schemas;
        private static volatile boolean warned;

        static Map<String, JsonSchema> schemas() {
            Map<String, JsonSchema> s = schemas;
            if (s != null) {
                return s;
            }
            Path file = schemaFile();
            if (!Files.isRegularFile(file)) {
                String reason = "Argo schema not found at " + file.getParent() + ": schema validation skipped";
                if (!warned) {
                    warned = true;
                    System.err.println("WARNING: " + reason); // once per test JVM, so the build log shows it
                }
                Assumptions.abort(reason);
            }
            synchronized (Loaded.class) {
                if (schemas == null) {
                    schemas = load(file);
                }
                return schemas;
            }
        }

        private static Map<String, JsonSchema> load(Path file) {
            try {
                JsonNode root = JSON.readTree(file.toFile());
                JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                        .pathType(PathType.JSON_PATH)
                        .build();
                Map<String, JsonSchema> byKind = new LinkedHashMap<>();
                for (String kind : KINDS) {
                    ObjectNode one = ((ObjectNode) root).deepCopy();
                    one.remove("$id");
                    one.remove("oneOf");
                    one.put("$ref", "#/definitions/" + PREFIX + kind);
                    JsonSchema schema = factory.getSchema(one, config);
                    schema.initializeValidators();
                    byKind.put(kind, schema);
                }
                return Map.copyOf(byKind);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
