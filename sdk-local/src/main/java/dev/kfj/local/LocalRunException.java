package dev.kfj.local;

import java.util.List;

/**
 * A workflow that cannot run on this machine, or a run that could not start: every problem is
 * reported, each on one line with a stable code ({@code KFJ-7xx}, documented in
 * {@code docs/local-runs.md}), before anything runs.
 */
public final class LocalRunException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** An exception reporting {@code problems}, one line each. */
    public LocalRunException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** An exception reporting one problem. */
    public LocalRunException(String problem) {
        this(List.of(problem));
    }

    /** The problems, one line each, e.g. {@code error: [KFJ-701] template 'x': resource templates cannot run locally}. */
    public List<String> problems() {
        return problems;
    }
}
