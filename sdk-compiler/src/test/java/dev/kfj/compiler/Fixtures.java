package dev.kfj.compiler;

import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.artifact.Dataset;
import dev.kfj.dsl.artifact.Model;

/** Components shared by the compiler tests. */
final class Fixtures {
    static final Input<String> TEXT = Input.string("text");
    static final Output<String> ECHOED = Output.string("echoed");
    static final Component ECHO = Component.container("echo")
            .image("busybox:1.36")
            .inputs(TEXT)
            .outputs(ECHOED)
            .command("sh", "-c")
            .args(Arg.concat("echo ", TEXT, " | tee ", ECHOED))
            .build();

    static final Input<Dataset> DATA = Input.artifact("data", Dataset.class);
    static final Output<Dataset> CLEAN = Output.artifact("clean", Dataset.class);
    static final Output<Model> MODEL = Output.artifact("model", Model.class);
    static final Component PREPARE = Component.container("prepare")
            .image("python:3.12-slim")
            .inputs(DATA)
            .outputs(CLEAN)
            .command("cp", DATA, CLEAN)
            .build();
    static final Component FIT = Component.container("fit")
            .image("python:3.12-slim")
            .inputs(DATA)
            .outputs(MODEL)
            .command("python", "-m", "fit", DATA, MODEL)
            .build();
    static final Output<Dataset> RAW = Output.artifact("raw", Dataset.class);
    static final Component FETCH = Component.container("fetch")
            .image("curlimages/curl:8.10.1")
            .inputs(TEXT)
            .outputs(RAW)
            .command("curl", "-o", RAW, TEXT)
            .build();

    private Fixtures() {}

    /** The line of the caller: put it on the same line as the call whose location a test asserts. */
    static int here() {
        return StackWalker.getInstance().walk(s -> s.skip(1).findFirst().orElseThrow().getLineNumber());
    }
}
