package dev.kfj.client;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach an Argo Server, read the same way as the {@code argo} CLI reads it.
 *
 * <p>{@link #fromEnvironment(Map)} reads {@code ARGO_SERVER}, {@code ARGO_TOKEN},
 * {@code ARGO_NAMESPACE}, {@code ARGO_SECURE}, {@code ARGO_INSECURE_SKIP_VERIFY},
 * {@code ARGO_HTTP1} and {@code ARGO_BASE_HREF}; command-line flags then override single values
 * through the {@code withX} methods. The token is sent verbatim as the {@code Authorization}
 * header and never appears in {@link #toString()}.
 *
 * @param server {@code host:port} of the Argo Server, e.g. {@code localhost:2746}; a leading
 *     {@code http://} or {@code https://} also sets {@code secure}. Empty when none is configured.
 * @param baseHref path prefix the server is mounted under, e.g. {@code /argo}; default empty
 * @param namespace namespace for namespaced calls; default {@code default}
 * @param secure whether to use HTTPS; default true, false only when {@code ARGO_SECURE=false}
 * @param insecureSkipVerify whether to skip TLS certificate verification; default false
 * @param http1 whether to insist on HTTP/1.1 (otherwise HTTP/2 is offered); default false
 * @param token the whole {@code Authorization} value ({@code Bearer ...} or {@code Basic ...}),
 *     empty to send none
 * @param connectTimeout how long to wait for a connection; default 10 s
 * @param requestTimeout how long to wait for a unary answer or a stream's headers; default 30 s
 * @param streamIdleTimeout how long a stream may stay silent before it is reopened; default 60 s
 *     (the server sends a keepalive every 15 s)
 * @param retry retries for idempotent calls; default {@link RetryPolicy#defaults()}
 */
public record ClientConfig(
        String server,
        String baseHref,
        String namespace,
        boolean secure,
        boolean insecureSkipVerify,
        boolean http1,
        String token,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration streamIdleTimeout,
        RetryPolicy retry) {

    /** Normalises absent values. */
    public ClientConfig {
        server = Objects.requireNonNullElse(server, "").trim();
        baseHref = Objects.requireNonNullElse(baseHref, "").trim();
        namespace = Objects.requireNonNullElse(namespace, "").trim();
        if (namespace.isEmpty()) {
            namespace = "default";
        }
        token = Objects.requireNonNullElse(token, "").trim();
        connectTimeout = Objects.requireNonNullElse(connectTimeout, Duration.ofSeconds(10));
        requestTimeout = Objects.requireNonNullElse(requestTimeout, Duration.ofSeconds(30));
        streamIdleTimeout = Objects.requireNonNullElse(streamIdleTimeout, Duration.ofSeconds(60));
        retry = Objects.requireNonNullElse(retry, RetryPolicy.defaults());
    }

    /** Reads the {@code ARGO_*} variables from {@code env}, e.g. {@code System.getenv()}. */
    public static ClientConfig fromEnvironment(Map<String, String> env) {
        return new ClientConfig(
                env.getOrDefault("ARGO_SERVER", ""),
                env.getOrDefault("ARGO_BASE_HREF", ""),
                env.getOrDefault("ARGO_NAMESPACE", ""),
                !"false".equals(env.getOrDefault("ARGO_SECURE", "")),
                "true".equals(env.getOrDefault("ARGO_INSECURE_SKIP_VERIFY", "")),
                "true".equals(env.getOrDefault("ARGO_HTTP1", "")),
                env.getOrDefault("ARGO_TOKEN", ""),
                null, null, null, null);
    }

    /** A configuration for {@code server} with every other value at its default. */
    public static ClientConfig of(String server) {
        return new ClientConfig(server, "", "", true, false, false, "", null, null, null, null);
    }

    /** Whether an Argo Server is configured. */
    public boolean hasServer() {
        return !server.isEmpty();
    }

    /** The URI every API path is resolved against, ending in {@code /}. */
    public URI baseUri() {
        String hostPort = server;
        String scheme = secure ? "https" : "http";
        if (hostPort.startsWith("https://")) {
            scheme = "https";
            hostPort = hostPort.substring("https://".length());
        } else if (hostPort.startsWith("http://")) {
            scheme = "http";
            hostPort = hostPort.substring("http://".length());
        }
        while (hostPort.endsWith("/")) {
            hostPort = hostPort.substring(0, hostPort.length() - 1);
        }
        String prefix = baseHref;
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (!prefix.isEmpty() && !prefix.startsWith("/")) {
            prefix = "/" + prefix;
        }
        return URI.create(scheme + "://" + hostPort + prefix + "/");
    }

    /** A copy with another server. */
    public ClientConfig withServer(String value) {
        return new ClientConfig(value, baseHref, namespace, secure, insecureSkipVerify, http1, token,
                connectTimeout, requestTimeout, streamIdleTimeout, retry);
    }

    /** A copy with another base href. */
    public ClientConfig withBaseHref(String value) {
        return new ClientConfig(server, value, namespace, secure, insecureSkipVerify, http1, token,
                connectTimeout, requestTimeout, streamIdleTimeout, retry);
    }

    /** A copy with another namespace. */
    public ClientConfig withNamespace(String value) {
        return new ClientConfig(server, baseHref, value, secure, insecureSkipVerify, http1, token,
                connectTimeout, requestTimeout, streamIdleTimeout, retry);
    }

    /** A copy with HTTPS on or off. */
    public ClientConfig withSecure(boolean value) {
        return new ClientConfig(server, baseHref, namespace, value, insecureSkipVerify, http1, token,
                connectTimeout, requestTimeout, streamIdleTimeout, retry);
    }

    /** A copy that skips, or does not skip, TLS verification. */
    public ClientConfig withInsecureSkipVerify(boolean value) {
        return new ClientConfig(server, baseHref, namespace, secure, value, http1, token,
                connectTimeout, requestTimeout, streamIdleTimeout, retry);
    }

    /** A copy that insists on HTTP/1.1, or not. */
    public ClientConfig withHttp1(boolean value) {
        return new ClientConfig(server, baseHref, namespace, secure, insecureSkipVerify, value, token,
                connectTimeout, requestTimeout, streamIdleTimeout, retry);
    }

    /** A copy with another {@code Authorization} value. */
    public ClientConfig withToken(String value) {
        return new ClientConfig(server, baseHref, namespace, secure, insecureSkipVerify, http1, value,
                connectTimeout, requestTimeout, streamIdleTimeout, retry);
    }

    /** A copy with other timeouts. */
    public ClientConfig withTimeouts(Duration connect, Duration request, Duration streamIdle) {
        return new ClientConfig(server, baseHref, namespace, secure, insecureSkipVerify, http1, token,
                connect, request, streamIdle, retry);
    }

    /** A copy with another retry policy. */
    public ClientConfig withRetry(RetryPolicy value) {
        return new ClientConfig(server, baseHref, namespace, secure, insecureSkipVerify, http1, token,
                connectTimeout, requestTimeout, streamIdleTimeout, value);
    }

    /** Every value except the token, which shows only whether one is set. */
    @Override
    public String toString() {
        return "ClientConfig[server=" + server + ", baseHref=" + baseHref + ", namespace=" + namespace
                + ", secure=" + secure + ", insecureSkipVerify=" + insecureSkipVerify + ", http1=" + http1
                + ", token=" + (token.isEmpty() ? "<none>" : "<redacted>")
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", streamIdleTimeout=" + streamIdleTimeout + ", retry=" + retry + "]";
    }
}
