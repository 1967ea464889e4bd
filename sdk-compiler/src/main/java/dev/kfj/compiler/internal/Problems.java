package dev.kfj.compiler.internal;

import dev.kfj.compiler.Diagnostic;
import dev.kfj.compiler.ErrorCode;
import dev.kfj.dsl.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics so that every problem is reported at once. */
public final class Problems {
    private final List<Diagnostic> all = new ArrayList<>();

    /** Records an error. */
    public void error(ErrorCode code, SourceLocation at, String message, String hint) {
        all.add(Diagnostic.error(code, at, message, hint));
    }

    /** Records an error with one related note. */
    public void error(ErrorCode code, SourceLocation at, String message, SourceLocation noteAt, String note, String hint) {
        all.add(new Diagnostic(Diagnostic.Severity.ERROR, code, at, message,
                List.of(new Diagnostic.Note(noteAt, note)), hint));
    }

    /** Records a warning. */
    public void warning(ErrorCode code, SourceLocation at, String message, String hint) {
        all.add(new Diagnostic(Diagnostic.Severity.WARNING, code, at, message, List.of(), hint));
    }

    /** Whether any error was recorded. */
    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    /** Everything recorded, in order. */
    public List<Diagnostic> all() {
        return List.copyOf(all);
    }
}
