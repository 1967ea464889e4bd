package dev.kfj.dsl;

/**
 * Where in the user's source a pipeline element was declared: the file name as the JVM records
 * it ({@code DiamondPipeline.java}), the line, and the declaring class.
 *
 * <p>Diagnostics print it javac-style, {@code DiamondPipeline.java:31}. {@link #UNKNOWN} stands
 * for elements built without a Java call site (for example loaded from YAML).
 *
 * @param file the source file name, or {@code "<unknown>"}
 * @param line the 1-based line, or 0 when unknown
 * @param className the binary name of the declaring class, or {@code ""}
 */
public record SourceLocation(String file, int line, String className) {
    /** A location for elements that have no Java call site. */
    public static final SourceLocation UNKNOWN = new SourceLocation("<unknown>", 0, "");

    /** Validates the parts; {@code file} and {@code className} must not be null. */
    public SourceLocation {
        java.util.Objects.requireNonNull(file, "file");
        java.util.Objects.requireNonNull(className, "className");
    }

    /** Whether this location points at a real line. */
    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return isKnown() ? file + ":" + line : file;
    }
}
