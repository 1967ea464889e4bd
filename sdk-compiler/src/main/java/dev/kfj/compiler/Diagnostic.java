package dev.kfj.compiler;

import dev.kfj.dsl.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in a pipeline, printed javac-style:
 *
 * <pre>
 * DiamondPipeline.java:31: error: [KFJ-103] duplicate step name 'train'
 * DiamondPipeline.java:24: note: 'train' was first declared here
 *   hint: give one of the steps another name with .named("...")
 * </pre>
 *
 * @param severity error or warning
 * @param code the stable code, documented in {@code docs/errors.md}
 * @param location where the problem is
 * @param message what is wrong, in the user's vocabulary
 * @param notes related places (e.g. the first declaration of a duplicate)
 * @param hint one concrete way to fix it, or {@code ""}
 */
public record Diagnostic(Severity severity, ErrorCode code, SourceLocation location, String message,
                         List<Note> notes, String hint) {

    /** How bad a problem is. */
    public enum Severity {
        /** Compilation fails. */
        ERROR,
        /** Compilation succeeds; the user should look. */
        WARNING
    }

    /** A related place. @param location where @param message what is there */
    public record Note(SourceLocation location, String message) {
        /** Checks the parts. */
        public Note {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Checks the parts and copies the notes. */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        notes = List.copyOf(notes);
        Objects.requireNonNull(hint, "hint");
    }

    /** An error without notes. */
    public static Diagnostic error(ErrorCode code, SourceLocation location, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, location, message, List.of(), hint);
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The javac-style text, several lines, no trailing newline. {@code files} turns the file name
     * the JVM recorded into the path the user knows.
     */
    public String format(java.util.function.Function<SourceLocation, String> files) {
        StringBuilder out = new StringBuilder();
        out.append(files.apply(location)).append(": ")
                .append(severity == Severity.ERROR ? "error" : "warning")
                .append(": [").append(code.code()).append("] ").append(message);
        for (Note note : notes) {
            out.append('\n').append(files.apply(note.location())).append(": note: ").append(note.message());
        }
        if (!hint.isEmpty()) {
            out.append("\n  hint: ").append(hint);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format(SourceLocation::toString);
    }
}
