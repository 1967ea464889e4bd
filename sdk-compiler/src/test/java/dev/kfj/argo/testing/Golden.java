package dev.kfj.argo.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden-file assertions: compares text byte for byte with a file under the calling module's
 * {@code src/test/resources/golden/}, and rewrites the file instead when the system property
 * {@code kfj.bless} is {@code true} ({@code mvn test -Dkfj.bless=true}).
 *
 * <p>Files are read from and written to the source tree (the module directory is the working
 * directory of Maven's test runs), never {@code target/}, so blessing changes what is committed and
 * the reviewer reads the YAML diff. A mismatch fails with a unified diff, expected lines marked
 * {@code -} and actual lines {@code +}.
 *
 * <pre>{@code
 * Golden.assertMatches("workflows/hello.yaml", ArgoYaml.write(workflow));
 * }</pre>
 */
public final class Golden {

    /** The system property that turns assertions into rewrites. */
    public static final String BLESS_PROPERTY = "kfj.bless";

    private Golden() {}

    /** @return the golden root of the current module: {@code src/test/resources/golden} */
    public static Path root() {
        return Path.of(System.getProperty("user.dir"), "src", "test", "resources", "golden");
    }

    /** @return whether this run rewrites golden files */
    public static boolean blessing() {
        return Boolean.getBoolean(BLESS_PROPERTY);
    }

    /**
     * Asserts {@code actual} equals the golden file at {@code relativePath} (under {@link #root()}),
     * or writes it there when blessing.
     *
     * @throws AssertionError with a readable diff when the texts differ or the file is missing
     */
    public static void assertMatches(String relativePath, String actual) {
        Path file = root().resolve(relativePath).normalize();
        try {
            if (blessing()) {
                Files.createDirectories(file.getParent());
                if (!Files.exists(file)
                        || !Files.readString(file, StandardCharsets.UTF_8).equals(actual)) {
                    Files.writeString(file, actual, StandardCharsets.UTF_8);
                }
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionError(
                        "golden file " + file + " does not exist;" + " create it with -D" + BLESS_PROPERTY + "=true");
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                throw new AssertionError("golden file " + file + " differs (- expected, + actual);"
                        + " re-bless with -D" + BLESS_PROPERTY + "=true\n"
                        + LineDiff.unified(lines(expected), lines(actual), 3));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String text) {
        List<String> lines = text.lines().toList();
        if (!text.isEmpty() && !text.endsWith("\n")) {
            return java.util.stream.Stream.concat(
                            lines.stream(), java.util.stream.Stream.of("\\ no newline at end of file"))
                    .toList();
        }
        return lines;
    }
}
