package dev.kfj.compiler;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a pipeline has errors; carries every problem found, errors first. */
public final class CompilationException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    /** An exception carrying {@code diagnostics}, at least one of which is an error. */
    public CompilationException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every problem found, in the order found. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Only the errors. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
