package dev.kfj.client;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The example of {@code docs/client.md}: submits a compiled workflow file to the Argo Server the
 * {@code ARGO_*} variables name, prints each step transition, and exits 0 only on Succeeded.
 */
public final class SubmitAndFollow {
    private SubmitAndFollow() {}

    public static void main(String[] args) throws IOException {
        String yaml = Files.readString(Path.of(args[0]));
        ClientConfig config = ClientConfig.fromEnvironment(System.getenv());
        System.exit(run(config, yaml, System.out));
    }

    static int run(ClientConfig config, String yaml, PrintStream out) {
        try (ArgoClient argo = ArgoClient.connect(config)) {
            WorkflowStatus created = argo.create(yaml, SubmitOptions.defaults().withParameter("epochs", "5"));
            out.println("submitted " + created.name());
            RunTracker tracker = new RunTracker();
            WorkflowStatus done = argo.await(created.name(), event -> {
                for (NodeTransition t : tracker.update(event.status())) {
                    out.println(t.node().displayName() + " " + t.to());
                }
            });
            out.println(done.name() + " " + done.phase());
            return done.phase() == Phase.SUCCEEDED ? 0 : 1;
        } catch (ArgoClientException e) {
            out.println(e.diagnostic());
            return 4;
        }
    }
}
