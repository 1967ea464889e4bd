package dev.kfj.processor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JavadocTest {

    @Test
    void splitsTheTextFromParamAndReturnTagsOnOneLineEach() {
        Javadoc doc = Javadoc.parse("""
                 Trains a model on {@code data}
                 with <em>care</em>.<p>Then saves it.

                 @param data the training
                     rows, see {@link Other#rows}
                 @param epochs passes
                 @return the {@code Model}
                 @throws IllegalStateException never
                """);

        assertThat(doc.text()).isEqualTo("Trains a model on data with care. Then saves it.");
        assertThat(doc.params()).isEqualTo(Map.of("data", "the training rows, see Other#rows", "epochs", "passes"));
        assertThat(doc.returns()).isEqualTo("the Model");
    }

    @Test
    void givesEmptyTextsForAMissingComment() {
        Javadoc doc = Javadoc.parse(null);

        assertThat(doc.text()).isEmpty();
        assertThat(doc.param("x")).isEmpty();
        assertThat(doc.returns()).isEmpty();
    }
}
