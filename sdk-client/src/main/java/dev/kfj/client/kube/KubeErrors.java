package dev.kfj.client.kube;

import dev.kfj.client.ArgoClientException;
import dev.kfj.client.ErrorKind;
import dev.kfj.client.internal.Errors;
import dev.kfj.client.internal.Json;
import io.fabric8.kubernetes.client.KubernetesClientException;

/** Turns fabric8 failures into one-line {@link ArgoClientException}s. */
final class KubeErrors {
    private KubeErrors() {}

    static ArgoClientException of(KubernetesClientException e, String what, String server) {
        int code = e.getCode();
        String reason = e.getStatus() != null && e.getStatus().getMessage() != null
                ? e.getStatus().getMessage() : e.getMessage();
        if (code <= 0) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return new ArgoClientException(ErrorKind.CONNECTION, 0, "cannot " + what + ": cannot reach the Kubernetes API"
                    + (server.isEmpty() ? "" : " at " + server) + ": " + Json.firstLine(root.getMessage() == null
                            ? root.getClass().getSimpleName() : root.getMessage()));
        }
        ErrorKind kind = Errors.kindOfHttp(code);
        String text = switch (kind) {
            case UNAUTHENTICATED -> "the Kubernetes API" + (server.isEmpty() ? "" : " at " + server)
                    + " rejected the credentials (HTTP 401); check the kubeconfig context and its token";
            case FORBIDDEN -> "not allowed to " + what + " (HTTP 403): " + Json.firstLine(reason);
            default -> "cannot " + what + ": " + Json.firstLine(reason) + " (HTTP " + code + ")";
        };
        return new ArgoClientException(kind, code, text);
    }
}
