package dev.kfj.argo.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoldenTest {

    @Test
    void resolvesGoldensInTheSourceTree() {
        assertThat(Golden.root().toString().replace('\\', '/')).endsWith("sdk-compiler/src/test/resources/golden");
    }

    @Test
    void showsAUnifiedDiffOnMismatch() throws java.io.IOException {
        if (Golden.blessing()) {
            return;
        }
        String golden = java.nio.file.Files.readString(Golden.root().resolve("argo/hello-world.yaml"));
        String actual = golden.replace("archive-strategy: \"false\"", "archive-strategy: \"true\"");
        assertThatThrownBy(() -> Golden.assertMatches("argo/hello-world.yaml", actual))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("re-bless with -Dkfj.bless=true")
                .hasMessageContaining("@@ -3,7 +3,7 @@\n")
                .hasMessageContaining("-    workflows.argoproj.io/archive-strategy: \"false\"\n"
                        + "+    workflows.argoproj.io/archive-strategy: \"true\"\n");
    }

    @Test
    void failsClearlyWhenTheGoldenIsMissing() {
        if (Golden.blessing()) {
            return;
        }
        assertThatThrownBy(() -> Golden.assertMatches("argo/does-not-exist.yaml", "x\n"))
                .hasMessageContaining("does not exist; create it with -Dkfj.bless=true");
    }

    @Test
    void diffsWithContextAndLineNumbers() {
        String diff = LineDiff.unified(
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"),
                List.of("a", "b", "c", "d", "E", "f", "g", "h", "i"),
                2);
        assertThat(diff).isEqualTo("@@ -3,5 +3,5 @@\n c\n d\n-e\n+E\n f\n g\n");
    }
}
