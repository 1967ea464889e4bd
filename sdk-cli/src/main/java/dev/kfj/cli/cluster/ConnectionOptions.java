package dev.kfj.cli.cluster;

import dev.kfj.client.ArgoClient;
import dev.kfj.client.ArgoClientException;
import dev.kfj.client.ClientConfig;
import dev.kfj.client.ErrorKind;
import dev.kfj.client.kube.KubeArgoClient;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How commands reach the cluster: the {@code argo} CLI's flags, each overriding its
 * {@code ARGO_*} variable, plus {@code --kube} for the Kubernetes API path. The token is read
 * only from {@code ARGO_TOKEN}, so it never shows in a process list or in shell history.
 */
public final class ConnectionOptions {
    @Option(names = {"-s", "--argo-server"}, paramLabel = "HOST:PORT",
            description = "Argo Server to talk to (default: $ARGO_SERVER).")
    String server;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
            description = "Namespace (default: $ARGO_NAMESPACE, else the kubeconfig context's with --kube, else 'default').")
    String namespace;

    @Option(names = "--secure", arity = "0..1", paramLabel = "BOOL", fallbackValue = "true",
            description = "Use TLS (default: true unless ARGO_SECURE=false).")
    Boolean secure;

    @Option(names = {"-k", "--insecure-skip-verify"}, arity = "0..1", paramLabel = "BOOL", fallbackValue = "true",
            description = "Do not verify the server's TLS certificate (default: $ARGO_INSECURE_SKIP_VERIFY, else false).")
    Boolean insecureSkipVerify;

    @Option(names = "--argo-http1", arity = "0..1", paramLabel = "BOOL", fallbackValue = "true",
            description = "Use HTTP/1.1 only (default: $ARGO_HTTP1, else false).")
    Boolean http1;

    @Option(names = "--argo-base-href", paramLabel = "PATH",
            description = "Path prefix the Argo Server is served under (default: $ARGO_BASE_HREF).")
    String baseHref;

    @Option(names = "--kube",
            description = "Talk to the Kubernetes API directly (kubeconfig or in-cluster credentials) instead of an Argo Server.")
    boolean kube;

    @Option(names = "--context", paramLabel = "NAME", description = "kubeconfig context for --kube (default: the current one).")
    String context;

    /** The Argo Server configuration: the environment, overridden by flags. */
    public ClientConfig config() {
        Map<String, String> env = Environment.variables();
        ClientConfig config = ClientConfig.fromEnvironment(env);
        if (server != null) {
            config = config.withServer(server);
        }
        if (namespace != null) {
            config = config.withNamespace(namespace);
        }
        if (secure != null) {
            config = config.withSecure(secure);
        }
        if (insecureSkipVerify != null) {
            config = config.withInsecureSkipVerify(insecureSkipVerify);
        }
        if (http1 != null) {
            config = config.withHttp1(http1);
        }
        if (baseHref != null) {
            config = config.withBaseHref(baseHref);
        }
        return config;
    }

    /** Whether a cluster is configured: an Argo Server by flag or environment, or {@code --kube}. */
    public boolean configured() {
        return kube || config().hasServer();
    }

    /** Whether commands go to the Kubernetes API rather than an Argo Server. */
    public boolean kube() {
        return kube;
    }

    /**
     * A client for the configured cluster.
     *
     * @throws ArgoClientException of kind {@link ErrorKind#CONFIG} when none is configured
     */
    public ArgoClient connect() {
        if (kube) {
            String ns = namespace != null ? namespace : Environment.variables().getOrDefault("ARGO_NAMESPACE", "");
            return KubeArgoClient.connect(context == null ? "" : context, ns);
        }
        ClientConfig config = config();
        if (!config.hasServer()) {
            throw new ArgoClientException(ErrorKind.CONFIG, 0,
                    "no cluster configured: set ARGO_SERVER (host:port) or pass --argo-server, or pass --kube;"
                            + " see docs/cluster.md");
        }
        return ArgoClient.connect(config);
    }
}
