package dev.kfj.processor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StubWriterTest {

    @Test
    void turnsPortNamesIntoConstantNames() {
        assertThat(StubWriter.constant("model")).isEqualTo("MODEL");
        assertThat(StubWriter.constant("trainSet")).isEqualTo("TRAIN_SET");
        assertThat(StubWriter.constant("test_fraction")).isEqualTo("TEST_FRACTION");
        assertThat(StubWriter.constant("layer2Weights")).isEqualTo("LAYER2_WEIGHTS");
        assertThat(StubWriter.constant("HTMLReport")).isEqualTo("HTMLREPORT");
    }
}
