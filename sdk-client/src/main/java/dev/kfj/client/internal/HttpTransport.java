package dev.kfj.client.internal;

import dev.kfj.client.ArgoClientException;
import dev.kfj.client.ClientConfig;
import dev.kfj.client.ErrorKind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Sends requests to the Argo Server with the JDK HTTP client: unary JSON calls with timeouts and
 * bounded retries, and streams read line by line.
 */
public final class HttpTransport {
    private final ClientConfig config;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final String serverLabel;

    /** Pauses between attempts; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        /** Waits {@code duration}. */
        void sleep(Duration duration) throws InterruptedException;
    }

    /** A transport for {@code config}. */
    public HttpTransport(ClientConfig config, Sleeper sleeper) {
        if (!config.hasServer()) {
            throw new ArgoClientException(ErrorKind.CONFIG, 0,
                    "no Argo Server configured: set ARGO_SERVER (host:port) or pass --argo-server");
        }
        this.config = config;
        this.sleeper = sleeper;
        URI base = config.baseUri();
        this.serverLabel = base.getScheme() + "://" + base.getAuthority();
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(config.http1() ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2);
        if (config.insecureSkipVerify()) {
            builder.sslContext(TrustAll.context());
        }
        this.http = builder.build();
    }

    /** {@code scheme://host:port} of the server, for messages. */
    public String serverLabel() {
        return serverLabel;
    }

    /** The configuration. */
    public ClientConfig config() {
        return config;
    }

    /**
     * Sends one JSON call and returns the answer's body.
     *
     * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
     * @param path the API path without a leading slash, e.g. {@code api/v1/workflows/argo}
     * @param query query parameters; empty values are left out
     * @param body the request body, or {@code null} for none
     * @param safety whether the call may be repeated
     * @param what what is attempted, for messages, e.g. {@code get workflow 'x'}
     */
    public JsonNode call(String method, String path, Map<String, String> query, JsonNode body, Safety safety,
            String what) {
        URI uri = uri(path, query);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(config.requestTimeout())
                .header("Accept", "application/json");
        authorize(request);
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest built = request.build();
        int attempts = config.retry().maxAttempts();
        for (int attempt = 1; ; attempt++) {
            ArgoClientException failure;
            boolean retryable;
            try {
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return parseBody(response.body(), what);
                }
                failure = Errors.fromResponse(status, response.body(), what, serverLabel, config.token());
                retryable = status == 429 || (safety == Safety.IDEMPOTENT && status >= 500);
            } catch (IOException e) {
                failure = fromIo(e, what);
                retryable = safety == Safety.IDEMPOTENT || certainlyNotSent(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ArgoClientException(ErrorKind.CONNECTION, 0, "interrupted while trying to " + what);
            }
            if (!retryable || attempt >= attempts) {
                throw failure;
            }
            pause(attempt + 1, what);
        }
    }

    /**
     * Opens a stream and returns once its headers arrived with status 200.
     *
     * @param accept the {@code Accept} header: {@code text/event-stream} for SSE, else NDJSON
     */
    public StreamSession open(String path, Map<String, String> query, String accept, String what) {
        URI uri = uri(path, query);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", accept).GET();
        authorize(request);
        LineQueue lines = new LineQueue();
        CompletableFuture<HttpResponse<Void>> future = http.sendAsync(request.build(), info -> lines);
        HttpResponse<Void> response;
        try {
            response = future.get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            lines.cancel();
            throw new ArgoClientException(ErrorKind.TIMEOUT, 0, "cannot " + what + ": " + serverLabel
                    + " did not answer within " + seconds(config.requestTimeout()));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw fromIo(io, what);
            }
            throw new ArgoClientException(ErrorKind.CONNECTION, 0, Redactor.clean(
                    "cannot " + what + ": " + cause, config.token()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lines.cancel();
            throw new ArgoClientException(ErrorKind.CONNECTION, 0, "interrupted while trying to " + what);
        }
        int status = response.statusCode();
        if (status != 200) {
            String body;
            try {
                body = lines.drain(config.requestTimeout());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                body = "";
            }
            lines.cancel();
            throw Errors.fromResponse(status, body, what, serverLabel, config.token());
        }
        return new StreamSession(lines);
    }

    /** Waits before attempt {@code attempt}. */
    public void pause(int attempt, String what) {
        try {
            sleeper.sleep(config.retry().backoff(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArgoClientException(ErrorKind.CONNECTION, 0, "interrupted while trying to " + what);
        }
    }

    /** The exception for an I/O failure. */
    ArgoClientException fromIo(IOException e, String what) {
        String detail;
        ErrorKind kind = ErrorKind.CONNECTION;
        if (e instanceof HttpConnectTimeoutException) {
            kind = ErrorKind.TIMEOUT;
            detail = "could not connect to " + serverLabel + " within " + seconds(config.connectTimeout());
        } else if (e instanceof HttpTimeoutException) {
            kind = ErrorKind.TIMEOUT;
            detail = serverLabel + " did not answer within " + seconds(config.requestTimeout());
        } else if (e instanceof ConnectException) {
            detail = "cannot connect to " + serverLabel + " (connection refused); is the Argo Server running"
                    + " and ARGO_SERVER right?";
        } else if (e instanceof SSLException) {
            detail = "TLS with " + serverLabel + " failed (" + Json.firstLine(e.getMessage()) + "); for a server"
                    + " without TLS set ARGO_SECURE=false, for a self-signed certificate"
                    + " ARGO_INSECURE_SKIP_VERIFY=true";
        } else {
            detail = "connection to " + serverLabel + " failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : Json.firstLine(e.getMessage()));
        }
        return new ArgoClientException(kind, 0, Redactor.clean("cannot " + what + ": " + detail, config.token()));
    }

    private static boolean certainlyNotSent(IOException e) {
        return e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
    }

    private JsonNode parseBody(String body, String what) {
        if (body == null || body.isBlank()) {
            return Json.object();
        }
        try {
            return Json.parse(body);
        } catch (JacksonException e) {
            throw new ArgoClientException(ErrorKind.SERVER, 200,
                    "cannot " + what + ": the server's answer is not JSON: " + Json.firstLine(e.getOriginalMessage()));
        }
    }

    private void authorize(HttpRequest.Builder request) {
        if (!config.token().isEmpty()) {
            request.header("Authorization", config.token());
        }
    }

    private URI uri(String path, Map<String, String> query) {
        StringBuilder text = new StringBuilder(config.baseUri().toString()).append(path);
        char separator = '?';
        for (Map.Entry<String, String> entry : query.entrySet()) {
            if (entry.getValue() == null || entry.getValue().isEmpty()) {
                continue;
            }
            text.append(separator).append(encode(entry.getKey())).append('=').append(encode(entry.getValue()));
            separator = '&';
        }
        return URI.create(text.toString());
    }

    /** Percent-encodes one path segment or query value. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
