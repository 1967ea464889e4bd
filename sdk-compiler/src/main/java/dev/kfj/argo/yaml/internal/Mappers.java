package dev.kfj.argo.yaml.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The Jackson mappers behind {@link dev.kfj.argo.yaml.ArgoYaml}, each configured once.
 *
 * <p>Strict mappers reject unknown fields everywhere, including inside fabric8 types whose
 * "additional properties" would otherwise swallow them; lenient mappers accept and keep them.
 */
public final class Mappers {

    /** YAML, unknown fields rejected. */
    public static final YAMLMapper YAML_STRICT = yaml(true);
    /** YAML, unknown fields kept (fabric8) or ignored (Argo records). */
    public static final YAMLMapper YAML_LENIENT = yaml(false);
    /** JSON, unknown fields rejected. */
    public static final JsonMapper JSON_STRICT =
            configure(JsonMapper.builder(), true).build();
    /** JSON, unknown fields kept (fabric8) or ignored (Argo records). */
    public static final JsonMapper JSON_LENIENT =
            configure(JsonMapper.builder(), false).build();

    private Mappers() {}

    private static YAMLMapper yaml(boolean strict) {
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .disable(YAMLWriteFeature.SPLIT_LINES)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                .stringQuotingChecker(new Yaml11QuotingChecker())
                .build();
        return configure(YAMLMapper.builder(factory), strict).build();
    }

    private static <M extends tools.jackson.databind.ObjectMapper, B extends MapperBuilder<M, B>> B configure(
            B builder, boolean strict) {
        SimpleModule fabric8 = new SimpleModule("kfj-fabric8")
                .addSerializer(Quantity.class, new QuantitySerde.Writer())
                .addDeserializer(Quantity.class, new QuantitySerde.Reader())
                .addSerializer(IntOrString.class, new IntOrStringSerde.Writer())
                .addDeserializer(IntOrString.class, new IntOrStringSerde.Reader());
        Fabric8KeyOrder.register(builder);
        return builder.addModule(fabric8)
                .annotationIntrospector(new Introspector(strict))
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
                .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(
                        JsonInclude.Include.CUSTOM, JsonInclude.Include.CUSTOM,
                        EmptyValueFilter.class, EmptyValueFilter.class));
    }

    /** In strict mode, turns off fabric8's catch-all setter so unknown fields fail. */
    private static final class Introspector extends JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;
        private final boolean strict;

        Introspector(boolean strict) {
            this.strict = strict;
        }

        @Override
        public Boolean hasAnySetter(MapperConfig<?> config, Annotated a) {
            if (strict
                    && a instanceof AnnotatedMember m
                    && m.getDeclaringClass().getName().startsWith("io.fabric8.")) {
                return Boolean.FALSE;
            }
            return super.hasAnySetter(config, a);
        }
    }
}
