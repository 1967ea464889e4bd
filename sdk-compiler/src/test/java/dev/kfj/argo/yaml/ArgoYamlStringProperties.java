package dev.kfj.argo.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.Parameter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class ArgoYamlStringProperties {

    @Property(tries = 300)
    void anyPrintableStringReadsBackUnchanged(
            @ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '~') @Chars({'\n', '\t', 'é', '✓'})
                    String value) {
        Parameter p = Parameter.builder()
                .name("p")
                .value(value)
                .enumValues(List.of(value))
                .build();
        String yaml = ArgoYaml.write(p);
        assertThat(ArgoYaml.read(yaml, Parameter.class)).isEqualTo(p);
        assertThat(ArgoYaml.write(ArgoYaml.read(yaml, Parameter.class))).isEqualTo(yaml);
    }

    @Property(tries = 200)
    void numberLikeAndKeywordLikeStringsStayStrings(
            @ForAll
                    @StringLength(min = 1, max = 8)
                    @Chars({'0', '1', '9', '.', '-', '+', 'e', 'x', '_', ':', 'o', 'n', 'y', 'Y', 'N', '~'})
                    String value) {
        String yaml = ArgoYaml.write(Parameter.builder().name("p").value(value).build());
        assertThat(ArgoYaml.read(yaml, Parameter.class).value()).isEqualTo(value);
    }
}
