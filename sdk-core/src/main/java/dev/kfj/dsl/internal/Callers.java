package dev.kfj.dsl.internal;

import dev.kfj.dsl.SourceLocation;
import dev.kfj.dsl.step.GeneratedStub;

/**
 * Finds the user's call site: the first stack frame outside kfj's own DSL packages and outside
 * stubs generated for Java steps ({@link GeneratedStub}).
 */
public final class Callers {
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private Callers() {}

    /** The location of the nearest caller that is not part of kfj itself. */
    public static SourceLocation userCallSite() {
        return WALKER.walk(frames -> frames
                .filter(f -> !isFramework(f.getClassName()) && !f.getDeclaringClass().isAnnotationPresent(GeneratedStub.class))
                .findFirst()
                .map(f -> new SourceLocation(
                        f.getFileName() == null ? "<unknown>" : f.getFileName(),
                        Math.max(f.getLineNumber(), 0),
                        f.getClassName()))
                .orElse(SourceLocation.UNKNOWN));
    }

    private static boolean isFramework(String className) {
        return className.startsWith("dev.kfj.dsl.") || className.startsWith("java.")
                || className.startsWith("jdk.internal.");
    }
}
