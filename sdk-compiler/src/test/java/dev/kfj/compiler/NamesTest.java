package dev.kfj.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.compiler.internal.Names;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
    @ParameterizedTest
    @CsvSource({
            "loadData, load-data",
            "load_data, load-data",
            "Load Data!, load-data",
            "XMLParser, xml-parser",
            "trainV2, train-v2",
            "--a--b--, a-b",
            "3way, n3way",
            "UPPER, upper",
            "already-fine, already-fine",
            "épée, epee",
    })
    void sanitizesToLowerCaseDns1123Labels(String name, String expected) {
        assertThat(Names.sanitize(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'!!!'", "'___'", "''"})
    void leavesNothingOfNamesWithoutLettersOrDigits(String name) {
        assertThat(Names.sanitize(name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"learning_rate, true", "learning-rate, true", "Rate2, true", "has space, false", "dot.ted, false", "'', false"})
    void checksArgoParameterNames(String name, boolean legal) {
        assertThat(Names.isParameterName(name)).isEqualTo(legal);
    }
}
