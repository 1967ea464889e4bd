package dev.kfj.client.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import javax.net.ssl.SSLParameters;
import com.sun.net.httpserver.HttpsServer;
import javax.net.ssl.SSLContext;
import dev.kfj.client.ClientConfig;
import dev.kfj.client.RetryPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An in-process stand-in for the Argo Server's REST API on 127.0.0.1, following its contract:
 * the paths and bodies of {@code /api/v1/workflows}, {@code workflow-events},
 * {@code workflow-templates}, {@code cron-workflows}, lifecycle actions, lint and logs;
 * google.rpc.Status error bodies; both stream framings (SSE with {@code :} keepalives when
 * {@code Accept: text/event-stream}, newline-delimited JSON otherwise) with {@code error} frames;
 * resource versions a watch can resume from; and {@code Authorization} checked verbatim.
 *
 * <p>Faults: {@link #fail} answers a status with Argo's error body, {@link #hang} never answers,
 * {@link #slow} answers late, {@link #cutWatch} cuts watch connections in the middle of an event.
 * A {@link Script} drives each created workflow through its phases while a client watches.
 *
 * <p>Kept in one file, past the usual size: every endpoint reads and writes one store under one
 * lock, and the file doubles as the readable description of the contract the client is held to.
 */
public final class FakeArgoServer implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern WORKFLOW = Pattern.compile("/api/v1/workflows/([^/]+)/([^/]+)(?:/([a-z]+))?");
    private static final Pattern COLLECTION = Pattern.compile("/api/v1/(workflows|workflow-templates|cron-workflows)/([^/]+)(?:/(lint|submit))?");
    private static final Pattern OBJECT = Pattern.compile("/api/v1/(workflow-templates|cron-workflows)/([^/]+)/([^/]+)");
    private static final Pattern EVENTS = Pattern.compile("/api/v1/workflow-events/([^/]+)");

    /** A request the server received: no headers, so no token. */
    public record Request(String method, String path, String query, String body) {}

    private record Event(long rv, String type, String name, ObjectNode object) {}

    private record Fault(String method, Pattern path, int status, long delayMillis, boolean hang, int[] remaining) {}

    private final HttpServer http;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-argo-server");
        t.setDaemon(true);
        return t;
    });
    private final String token;
    private final boolean secure;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final Map<String, ObjectNode> workflows = new TreeMap<>();
    private final Map<String, ObjectNode> templates = new TreeMap<>();
    private final Map<String, ObjectNode> crons = new TreeMap<>();
    private final Map<String, Deque<Script.Step>> scripts = new LinkedHashMap<>();
    private final List<Event> history = new ArrayList<>();
    private final Deque<Integer> cuts = new ArrayDeque<>();
    private final Deque<ObjectNode> streamErrors = new ArrayDeque<>();
    private final List<String[]> logLines = new CopyOnWriteArrayList<>();
    private Script script = Script.start();
    private Instant clock = Script.EPOCH;
    private long resourceVersion = 100;
    private int generated;
    private int creates;
    private int watchConnections;
    private int stalls;
    private int keepalives;
    private volatile boolean closed;
    private volatile String baseHref = "";

    private FakeArgoServer(String token, SSLContext tls) throws IOException {
        this.token = token;
        this.secure = tls != null;
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls != null) {
            HttpsServer https = HttpsServer.create(loopback, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls) {
                @Override
                public void configure(HttpsParameters parameters) {
                    SSLParameters ssl = tls.getDefaultSSLParameters();
                    ssl.setProtocols(new String[] {"TLSv1.2"});
                    parameters.setSSLParameters(ssl);
                }
            });
            this.http = https;
        } else {
            this.http = HttpServer.create(loopback, 0);
        }
        http.createContext("/", this::handle);
        http.setExecutor(pool);
        http.start();
    }

    /** Starts a server that demands {@code token} verbatim in {@code Authorization}; empty for none. */
    public static FakeArgoServer start(String token) {
        return start(token, null);
    }

    /** Starts a server that serves HTTPS with {@code tls} (or plain HTTP when {@code null}). */
    public static FakeArgoServer start(String token, SSLContext tls) {
        try {
            return new FakeArgoServer(token, tls);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the stand-in server", e);
        }
    }

    /** {@code 127.0.0.1:port}. */
    public String address() {
        return "127.0.0.1:" + http.getAddress().getPort();
    }

    /** A client configuration for this server (HTTPS when it serves TLS): namespace argo, short timeouts, 5 quick attempts. */
    public ClientConfig config() {
        return ClientConfig.of(address()).withSecure(secure).withNamespace("argo").withToken(token)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withRetry(new RetryPolicy(5, Duration.ZERO, Duration.ZERO));
    }

    /** Serves the API under {@code prefix}, e.g. {@code /argo}, as with {@code argo server --base-href}. */
    public FakeArgoServer baseHref(String prefix) {
        baseHref = prefix;
        return this;
    }

    /** What every workflow created from now on goes through while watched. */
    public FakeArgoServer script(Script value) {
        synchronized (lock) {
            script = value;
        }
        return this;
    }

    /** Answers the next {@code times} requests matching method and path regex with {@code status}. */
    public FakeArgoServer fail(String method, String pathRegex, int status, int times) {
        faults.add(new Fault(method, Pattern.compile(pathRegex), status, 0, false, new int[] {times}));
        return this;
    }

    /** Never answers the next {@code times} matching requests (until the server closes). */
    public FakeArgoServer hang(String method, String pathRegex, int times) {
        faults.add(new Fault(method, Pattern.compile(pathRegex), 0, 0, true, new int[] {times}));
        return this;
    }

    /** Answers the next {@code times} matching requests only after {@code delay}. */
    public FakeArgoServer slow(String method, String pathRegex, Duration delay, int times) {
        faults.add(new Fault(method, Pattern.compile(pathRegex), 0, delay.toMillis(), false, new int[] {times}));
        return this;
    }

    /** Cuts the next watch connections, each after that many events, halfway through the next one. */
    public FakeArgoServer cutWatch(int... afterEvents) {
        synchronized (lock) {
            for (int n : afterEvents) {
                cuts.add(n);
            }
        }
        return this;
    }

    /**
     * Ends the next watch connection, after its first event, with an error frame inside the 200
     * response, as grpc-gateway does: {@code {"error":{"grpc_code":..,"http_code":..,"message":..}}}.
     */
    public FakeArgoServer watchError(int grpcCode, int httpCode, String message) {
        ObjectNode frame = JSON.createObjectNode();
        frame.putObject("error").put("grpc_code", grpcCode).put("http_code", httpCode).put("message", message)
                .put("http_status", "");
        synchronized (lock) {
            streamErrors.add(frame);
        }
        return this;
    }

    /** The next {@code times} watch connections send their headers and then nothing at all, not even keepalives. */
    public FakeArgoServer stallWatch(int times) {
        synchronized (lock) {
            stalls += times;
        }
        return this;
    }

    /** A log line every workflow's log stream returns. */
    public FakeArgoServer logLine(String podName, String content) {
        logLines.add(new String[] {podName, content});
        return this;
    }

    /** Every request received so far. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** How many workflows were created (dry runs excluded). */
    public int creates() {
        synchronized (lock) {
            return creates;
        }
    }

    /** How many keepalive lines watch streams sent. */
    public int keepalives() {
        synchronized (lock) {
            return keepalives;
        }
    }

    /** How many watch connections were opened. */
    public int watchConnections() {
        synchronized (lock) {
            return watchConnections;
        }
    }

    /** The stored workflow, or {@code null}. */
    public JsonNode workflow(String name) {
        synchronized (lock) {
            ObjectNode wf = workflows.get(name);
            return wf == null ? null : wf.deepCopy();
        }
    }

    /** The stored WorkflowTemplate, or {@code null}. */
    public JsonNode template(String name) {
        synchronized (lock) {
            return templates.get(name);
        }
    }

    /** The stored CronWorkflow, or {@code null}. */
    public JsonNode cron(String name) {
        synchronized (lock) {
            return crons.get(name);
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        http.stop(0);
        pool.shutdownNow();
    }

    // ---- dispatch ------------------------------------------------------------------------

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getRawPath();
            if (!baseHref.isEmpty()) {
                path = path.startsWith(baseHref + "/") ? path.substring(baseHref.length()) : "/not-under-base-href";
            }
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(method, ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery(), body));
            if (applyFault(ex, method, path)) {
                return;
            }
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (!token.isEmpty() && !token.equals(auth)) {
                error(ex, 401, 16, "token not valid. see https://argo-workflows.readthedocs.io/en/latest/faq/");
                return;
            }
            route(ex, method, path, body.isEmpty() ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(body),
                    query(ex.getRequestURI().getRawQuery()));
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                try {
                    error(ex, 500, 13, "stand-in failure: " + e);
                } catch (IOException | RuntimeException ignored) {
                    // the client is gone
                }
            }
        }
    }

    private boolean applyFault(HttpExchange ex, String method, String path) throws IOException {
        for (Fault fault : faults) {
            if (!fault.method().equals(method) || !fault.path().matcher(path).matches()) {
                continue;
            }
            synchronized (fault) {
                if (fault.remaining()[0] <= 0) {
                    continue;
                }
                fault.remaining()[0]--;
            }
            if (fault.hang()) {
                synchronized (lock) {
                    while (!closed) {
                        try {
                            lock.wait(100);
                        } catch (InterruptedException e) {
                            return true;
                        }
                    }
                }
                return true;
            }
            if (fault.delayMillis() > 0) {
                try {
                    Thread.sleep(fault.delayMillis());
                } catch (InterruptedException e) {
                    return true;
                }
                return false;
            }
            error(ex, fault.status(), grpcOf(fault.status()), messageOf(fault.status()));
            return true;
        }
        return false;
    }

    private void route(HttpExchange ex, String method, String path, ObjectNode body, Map<String, String> q) throws IOException {
        Matcher m;
        if ((m = EVENTS.matcher(path)).matches() && method.equals("GET")) {
            watch(ex, m.group(1), q);
        } else if ((m = COLLECTION.matcher(path)).matches()) {
            collection(ex, method, m.group(1), m.group(2), m.group(3), body, q);
        } else if ((m = OBJECT.matcher(path)).matches()) {
            stored(ex, method, m.group(1).equals("workflow-templates") ? templates : crons,
                    m.group(1).equals("workflow-templates") ? "template" : "cronWorkflow", m.group(3), body);
        } else if ((m = WORKFLOW.matcher(path)).matches()) {
            workflow(ex, method, m.group(2), m.group(3), body);
        } else {
            error(ex, 404, 5, "Not Found");
        }
    }

    private void collection(HttpExchange ex, String method, String kind, String ns, String verb, ObjectNode body,
            Map<String, String> q) throws IOException {
        if (kind.equals("workflows")) {
            if ("lint".equals(verb)) {
                lint(ex, body.path("workflow"));
            } else if ("submit".equals(verb)) {
                submit(ex, ns, body);
            } else if (method.equals("POST")) {
                create(ex, ns, body);
            } else {
                list(ex, workflows, q);
            }
            return;
        }
        Map<String, ObjectNode> store = kind.equals("workflow-templates") ? templates : crons;
        String field = kind.equals("workflow-templates") ? "template" : "cronWorkflow";
        if ("lint".equals(verb)) {
            lint(ex, body.path(field));
        } else if (method.equals("POST")) {
            ObjectNode object = (ObjectNode) body.path(field);
            String name = object.path("metadata").path("name").asString();
            synchronized (lock) {
                if (store.containsKey(name)) {
                    error(ex, 409, 6, kind.replace("-", "") + ".argoproj.io \"" + name + "\" already exists");
                    return;
                }
                stamp(object, ns);
                store.put(name, object);
            }
            send(ex, 200, object);
        } else {
            list(ex, store, q);
        }
    }

    private void stored(HttpExchange ex, String method, Map<String, ObjectNode> store, String field, String name,
            ObjectNode body) throws IOException {
        synchronized (lock) {
            ObjectNode existing = store.get(name);
            if (existing == null) {
                error(ex, 404, 5, field + " \"" + name + "\" not found");
                return;
            }
            switch (method) {
                case "GET" -> send(ex, 200, existing);
                case "DELETE" -> {
                    store.remove(name);
                    send(ex, 200, JSON.createObjectNode());
                }
                case "PUT" -> {
                    ObjectNode update = (ObjectNode) body.path(field);
                    String rv = update.path("metadata").path("resourceVersion").asString();
                    if (!rv.equals(existing.path("metadata").path("resourceVersion").asString())) {
                        error(ex, 409, 10, "Operation cannot be fulfilled on \"" + name
                                + "\": the object has been modified; please apply your changes to the latest version and try again");
                        return;
                    }
                    stamp(update, existing.path("metadata").path("namespace").asString());
                    store.put(name, update);
                    send(ex, 200, update);
                }
                default -> error(ex, 405, 12, "method not allowed");
            }
        }
    }

    // ---- workflows -----------------------------------------------------------------------

    private void create(HttpExchange ex, String ns, ObjectNode body) throws IOException {
        JsonNode requested = body.path("workflow");
        if (!requested.isObject()) {
            error(ex, 400, 3, "workflow body not specified");
            return;
        }
        ObjectNode wf = ((ObjectNode) requested).deepCopy();
        String invalid = validate(wf);
        if (!invalid.isEmpty()) {
            error(ex, 400, 3, invalid);
            return;
        }
        synchronized (lock) {
            ObjectNode metadata = (ObjectNode) wf.path("metadata");
            if (metadata.path("name").asString().isEmpty()) {
                metadata.put("name", metadata.path("generateName").asString() + suffix(++generated));
            }
            String name = metadata.path("name").asString();
            if (body.path("serverDryRun").asBoolean(false)) {
                send(ex, 200, wf);
                return;
            }
            if (workflows.containsKey(name)) {
                error(ex, 409, 6, "workflows.argoproj.io \"" + name + "\" already exists");
                return;
            }
            creates++;
            stamp(wf, ns);
            workflows.put(name, wf);
            scripts.put(name, new ArrayDeque<>(script.steps()));
            record("ADDED", name, wf);
            send(ex, 200, wf);
        }
    }

    private void submit(HttpExchange ex, String ns, ObjectNode body) throws IOException {
        String kind = body.path("resourceKind").asString();
        String name = body.path("resourceName").asString();
        Map<String, ObjectNode> store = kind.equalsIgnoreCase("WorkflowTemplate") ? templates
                : kind.equalsIgnoreCase("CronWorkflow") ? crons : null;
        if (store == null) {
            error(ex, 400, 3, "Resource kind '" + kind + "' is not supported for submitting");
            return;
        }
        ObjectNode wf = JSON.createObjectNode();
        synchronized (lock) {
            if (!store.containsKey(name)) {
                error(ex, 404, 5, kind.toLowerCase() + "s.argoproj.io \"" + name + "\" not found");
                return;
            }
            JsonNode options = body.path("submitOptions");
            wf.put("apiVersion", "argoproj.io/v1alpha1").put("kind", "Workflow");
            wf.putObject("metadata").put("generateName", options.path("generateName").asString(name + "-"));
            ObjectNode spec = wf.putObject("spec");
            spec.put("entrypoint", "main");
            spec.putObject("workflowTemplateRef").put("name", name);
            for (JsonNode p : options.path("parameters")) {
                String[] kv = p.asString().split("=", 2);
                spec.withObject("arguments").withArray("parameters").addObject().put("name", kv[0]).put("value", kv[1]);
            }
        }
        ObjectNode create = JSON.createObjectNode();
        create.set("workflow", wf);
        create(ex, ns, create);
    }

    private void workflow(HttpExchange ex, String method, String name, String verb, ObjectNode body) throws IOException {
        if ("log".equals(verb)) {
            logs(ex, query(ex.getRequestURI().getRawQuery()).getOrDefault("podName", ""));
            return;
        }
        synchronized (lock) {
            ObjectNode wf = workflows.get(name);
            if (wf == null) {
                error(ex, 404, 5, "workflows.argoproj.io \"" + name + "\" not found");
                return;
            }
            if (verb == null && method.equals("GET")) {
                send(ex, 200, wf);
                return;
            }
            if (verb == null && method.equals("DELETE")) {
                workflows.remove(name);
                record("DELETED", name, wf);
                send(ex, 200, JSON.createObjectNode());
                return;
            }
            ObjectNode status = wf.withObject("status");
            boolean completed = status.hasNonNull("finishedAt");
            switch (verb == null ? "" : verb) {
                case "terminate", "stop" -> {
                    if (completed) {
                        error(ex, 500, 2, "cannot shutdown a completed workflow");
                        return;
                    }
                    String strategy = verb.equals("stop") ? "Stop" : "Terminate";
                    wf.withObject("spec").put("shutdown", strategy);
                    status.put("phase", "Failed").put("finishedAt", tick().toString())
                            .put("message", "Stopped with strategy '" + strategy + "'");
                    scripts.remove(name);
                }
                case "suspend" -> wf.withObject("spec").put("suspend", true);
                case "resume" -> wf.withObject("spec").remove("suspend");
                case "retry" -> {
                    String phase = status.path("phase").asString();
                    if (!phase.equals("Failed") && !phase.equals("Error")) {
                        error(ex, 500, 2, "workflow must be Failed/Error to retry");
                        return;
                    }
                    status.put("phase", "Running").putNull("finishedAt");
                }
                case "resubmit" -> {
                    ObjectNode copy = JSON.createObjectNode();
                    copy.put("apiVersion", "argoproj.io/v1alpha1").put("kind", "Workflow");
                    copy.putObject("metadata").put("generateName", name + "-").putObject("labels")
                            .put("workflows.argoproj.io/resubmitted-from-workflow", name);
                    copy.set("spec", wf.path("spec").deepCopy());
                    ObjectNode create = JSON.createObjectNode();
                    create.set("workflow", copy);
                    create(ex, wf.path("metadata").path("namespace").asString(), create);
                    return;
                }
                default -> {
                    error(ex, 404, 5, "Not Found");
                    return;
                }
            }
            record("MODIFIED", name, wf);
            send(ex, 200, wf);
        }
    }

    private void lint(HttpExchange ex, JsonNode manifest) throws IOException {
        String invalid = validate(manifest);
        if (!invalid.isEmpty()) {
            error(ex, 400, 3, invalid);
        } else {
            send(ex, 200, manifest);
        }
    }

    private static String validate(JsonNode manifest) {
        JsonNode spec = manifest.path("kind").asString().equals("CronWorkflow")
                ? manifest.path("spec").path("workflowSpec") : manifest.path("spec");
        if (spec.has("workflowTemplateRef")) {
            return "";
        }
        if (spec.path("templates").isEmpty()) {
            return "spec.templates: Required value";
        }
        String entrypoint = spec.path("entrypoint").asString();
        if (!manifest.path("kind").asString().equals("WorkflowTemplate") && entrypoint.isEmpty()) {
            return "spec.entrypoint is required";
        }
        for (JsonNode template : spec.path("templates")) {
            if (template.path("name").asString().equals(entrypoint) || entrypoint.isEmpty()) {
                return "";
            }
        }
        return "spec.entrypoint template '" + entrypoint + "' not found";
    }

    private void list(HttpExchange ex, Map<String, ObjectNode> store, Map<String, String> q) throws IOException {
        String labels = q.getOrDefault("listOptions.labelSelector", "");
        String fields = q.getOrDefault("listOptions.fieldSelector", "");
        int offset;
        try {
            offset = Integer.parseInt(q.getOrDefault("listOptions.continue", "0"));
        } catch (NumberFormatException e) {
            error(ex, 400, 3, "listOptions.continue must be int");
            return;
        }
        int limit = Integer.parseInt(q.getOrDefault("listOptions.limit", "0"));
        List<ObjectNode> matched = new ArrayList<>();
        synchronized (lock) {
            for (ObjectNode item : store.values()) {
                if (matches(item, labels, fields)) {
                    matched.add(item);
                }
            }
        }
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode metadata = answer.putObject("metadata");
        int end = limit > 0 ? Math.min(matched.size(), offset + limit) : matched.size();
        if (end < matched.size()) {
            metadata.put("continue", Integer.toString(end));
        }
        if (offset < end) {
            var items = answer.putArray("items");
            matched.subList(offset, end).forEach(items::add);
        } else {
            answer.putNull("items");
        }
        send(ex, 200, answer);
    }

    private static boolean matches(JsonNode item, String labels, String fields) {
        for (String requirement : labels.split(",")) {
            if (requirement.isBlank()) {
                continue;
            }
            String[] kv = requirement.split("=", 2);
            JsonNode value = item.path("metadata").path("labels").path(kv[0].strip());
            if (value.isMissingNode() || (kv.length == 2 && !value.asString().equals(kv[1].strip()))) {
                return false;
            }
        }
        for (String requirement : fields.split(",")) {
            if (requirement.startsWith("metadata.name=")
                    && !item.path("metadata").path("name").asString().equals(requirement.substring("metadata.name=".length()))) {
                return false;
            }
        }
        return true;
    }

    // ---- streams -------------------------------------------------------------------------

    private void watch(HttpExchange ex, String ns, Map<String, String> q) throws IOException {
        boolean sse = "text/event-stream".equals(ex.getRequestHeaders().getFirst("Accept"));
        String fields = q.getOrDefault("listOptions.fieldSelector", "");
        String only = fields.startsWith("metadata.name=") ? fields.substring("metadata.name=".length()) : "";
        long from = Long.parseLong(q.getOrDefault("listOptions.resourceVersion", "0"));
        int cut;
        ObjectNode streamError;
        boolean stall;
        List<Event> initial = new ArrayList<>();
        long cursor;
        synchronized (lock) {
            watchConnections++;
            cut = cuts.isEmpty() ? -1 : cuts.poll();
            streamError = streamErrors.poll();
            stall = stalls > 0;
            if (stall) {
                stalls--;
            }
            if (from == 0) {
                for (ObjectNode wf : workflows.values()) {
                    if (only.isEmpty() || only.equals(wf.path("metadata").path("name").asString())) {
                        initial.add(new Event(Long.parseLong(wf.path("metadata").path("resourceVersion").asString()),
                                "ADDED", wf.path("metadata").path("name").asString(), wf.deepCopy()));
                    }
                }
                cursor = resourceVersion;
            } else {
                cursor = from;
            }
        }
        ex.getResponseHeaders().set("Content-Type", sse ? "text/event-stream" : "application/json");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        if (stall) {
            synchronized (lock) {
                while (!closed) {
                    try {
                        lock.wait(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            return;
        }
        int sent = 0;
        Deque<Event> queue = new ArrayDeque<>(initial);
        while (!closed) {
            if (streamError != null && sent == 1) {
                String text = sse ? "data: " + JSON.writeValueAsString(streamError) + " \n\n" : JSON.writeValueAsString(streamError) + "\n";
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return;
            }
            if (queue.isEmpty()) {
                synchronized (lock) {
                    for (Event event : history) {
                        if (event.rv() > cursor && (only.isEmpty() || only.equals(event.name()))) {
                            queue.add(event);
                        }
                    }
                    if (queue.isEmpty() && !advance(only)) {
                        try {
                            lock.wait(50);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
                if (queue.isEmpty()) {
                    if (sse) {
                        out.write(":\n".getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        synchronized (lock) {
                            keepalives++;
                        }
                    }
                    continue;
                }
            }
            Event event = queue.poll();
            cursor = Math.max(cursor, event.rv());
            ObjectNode frame = JSON.createObjectNode();
            frame.putObject("result").put("type", event.type()).set("object", event.object());
            String text = sse ? "data: " + JSON.writeValueAsString(frame) + " \n\n\n" : JSON.writeValueAsString(frame) + "\n";
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (sent == cut) {
                out.write(bytes, 0, bytes.length / 2);
                out.flush();
                return;
            }
            out.write(bytes);
            out.flush();
            sent++;
        }
    }

    /** Applies the next script step of a watched workflow; false when none is left. Holds the lock. */
    private boolean advance(String only) {
        for (Map.Entry<String, Deque<Script.Step>> entry : scripts.entrySet()) {
            String name = entry.getKey();
            if (entry.getValue().isEmpty() || (!only.isEmpty() && !only.equals(name))) {
                continue;
            }
            Script.Step step = entry.getValue().poll();
            ObjectNode wf = workflows.get(name);
            if (wf == null) {
                continue;
            }
            if (step == Script.QUIET) {
                return false;
            }
            if (step == Script.DELETE) {
                workflows.remove(name);
                record("DELETED", name, wf);
            } else {
                step.accept(wf, tick());
                record("MODIFIED", name, wf);
            }
            return true;
        }
        return false;
    }

    private void logs(HttpExchange ex, String podName) throws IOException {
        boolean sse = "text/event-stream".equals(ex.getRequestHeaders().getFirst("Accept"));
        ex.getResponseHeaders().set("Content-Type", sse ? "text/event-stream" : "application/json");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        for (String[] line : logLines) {
            if (!podName.isEmpty() && !podName.equals(line[0])) {
                continue;
            }
            ObjectNode frame = JSON.createObjectNode();
            frame.putObject("result").put("podName", line[0]).put("content", line[1]);
            String text = sse ? "data: " + JSON.writeValueAsString(frame) + " \n\n\n" : JSON.writeValueAsString(frame) + "\n";
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    // ---- helpers -------------------------------------------------------------------------

    private void record(String type, String name, ObjectNode wf) {
        wf.withObject("metadata").put("resourceVersion", Long.toString(++resourceVersion));
        history.add(new Event(resourceVersion, type, name, wf.deepCopy()));
        lock.notifyAll();
    }

    private void stamp(ObjectNode object, String ns) {
        ObjectNode metadata = object.withObject("metadata");
        metadata.put("namespace", ns);
        if (!metadata.has("uid")) {
            metadata.put("uid", "00000000-0000-0000-0000-" + String.format("%012d", resourceVersion + 1));
            metadata.put("creationTimestamp", clock.toString());
        }
        metadata.put("resourceVersion", Long.toString(++resourceVersion));
    }

    private Instant tick() {
        clock = clock.plusSeconds(1);
        return clock;
    }

    private static String suffix(int n) {
        String alphabet = "bcdfghjklmnpqrstvwxz";
        StringBuilder out = new StringBuilder();
        int value = n;
        for (int i = 0; i < 5; i++) {
            out.append(alphabet.charAt(value % alphabet.length()));
            value /= alphabet.length();
        }
        return out.reverse().toString();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return out;
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.getResponseHeaders().set("Grpc-Metadata-Argo-Version", "v4.1.2");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private static void error(HttpExchange ex, int status, int grpc, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("code", grpc).put("message", message);
        send(ex, status, body);
    }

    private static int grpcOf(int status) {
        return switch (status) {
            case 400 -> 3;
            case 401 -> 16;
            case 403 -> 7;
            case 404 -> 5;
            case 409 -> 6;
            case 429 -> 8;
            case 503 -> 14;
            default -> 13;
        };
    }

    private static String messageOf(int status) {
        return switch (status) {
            case 401 -> "token not valid. see https://argo-workflows.readthedocs.io/en/latest/faq/";
            case 403 -> "workflows.argoproj.io is forbidden: User \"system:serviceaccount:argo:ci\" cannot create"
                    + " resource \"workflows\" in API group \"argoproj.io\" in the namespace \"argo\"";
            case 404 -> "not found";
            case 409 -> "already exists";
            case 429 -> "rate limit exceeded";
            case 503 -> "the server is currently unable to handle the request";
            default -> "internal error";
        };
    }
}
