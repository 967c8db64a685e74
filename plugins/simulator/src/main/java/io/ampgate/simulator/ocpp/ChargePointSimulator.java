package io.ampgate.simulator.ocpp;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One simulated OCPP 1.6-J charge point. Build it with {@link #builder}, {@link #connect()} it to
 * a central system, send what stations send ({@link #call} or a convenience such as
 * {@link #bootNotification}), and let it answer the central system's CALLs: by default as a
 * well-behaved station would (see {@link StationState}), or as {@link #onCall} and
 * {@link #handle} say.
 *
 * <p>Sending is asynchronous: each CALL gives a {@link CompletableFuture} of its {@link Answer},
 * which fails with a {@link TimeoutException} after the call timeout. As OCPP-J asks, one CALL is
 * outstanding at a time and the next waits for its answer, unless {@link #concurrentCalls} is on.
 * Everything received is logged (bounded): tests wait for a text or a CALL with a deadline, using a
 * mark taken before they act.
 *
 * <p>Thread-safe. A simulator can connect again after its connection ended; its state stays.
 */
public final class ChargePointSimulator {

    private final String identity;
    private final URI uri;
    private final Settings settings;
    private final HttpClient client;
    private final StationState state;
    private final ReceivedLog<String> texts;
    private final ReceivedLog<ReceivedCall> calls;
    private final OutgoingCalls outgoing;
    private final DefaultAnswers defaults;
    private final IncomingCalls incoming;
    private final Repeater repeater;
    private final AtomicReference<ScheduledFuture<?>> heartbeats = new AtomicReference<>();
    private volatile Connection connection;
    /** Completes when the connection has ended and calls and repeats are cleared away. */
    private volatile CompletableFuture<CloseStatus> ended;

    ChargePointSimulator(Settings settings) {
        this.identity = settings.identity();
        this.uri = stationUri(settings.baseUri(), identity);
        this.settings = settings;
        this.client = settings.httpClient();
        this.state = new StationState(settings.connectors());
        this.texts = new ReceivedLog<>(settings.logCapacity());
        this.calls = new ReceivedLog<>(settings.logCapacity());
        this.outgoing = new OutgoingCalls(this::send);
        this.outgoing.concurrent(settings.concurrentCalls());
        this.defaults = new DefaultAnswers(this, settings.remoteTransactions());
        this.incoming = new IncomingCalls(defaults, calls, this::send);
        this.repeater = new Repeater(settings.schedulerOrShared(), this::isOpen);
    }

    /**
     * A builder for the station {@code identity} of the central system at {@code baseUri}; the
     * station connects to the base URI followed by its URL-encoded identity.
     */
    public static SimulatorBuilder builder(String identity, URI baseUri) {
        return new SimulatorBuilder(identity, baseUri);
    }

    /** The base URI followed by the URL-encoded identity, with a '/' between them. */
    static URI stationUri(URI baseUri, String identity) {
        String base = baseUri.toString();
        String encoded = URLEncoder.encode(identity, StandardCharsets.UTF_8).replace("+", "%20");
        return URI.create(base + (base.endsWith("/") ? "" : "/") + encoded);
    }

    public String identity() {
        return identity;
    }

    /** The URI the station connects to. */
    public URI uri() {
        return uri;
    }

    /** What the station remembers; the default answers keep it. */
    public StationState state() {
        return state;
    }

    // ---- connection

    /**
     * Connects. The future fails with a {@link HandshakeRefusedException} (with the HTTP status)
     * when the central system refuses the handshake, with an {@link IOException} when it cannot
     * be reached within the connect timeout, and with an {@link IllegalStateException} when this
     * simulator is connected already.
     *
     * @throws IllegalArgumentException when a header of the builder is one the JDK sets itself
     */
    public CompletableFuture<ChargePointSimulator> connectAsync() {
        WebSocket.Builder builder = client.newWebSocketBuilder().connectTimeout(settings.connectTimeout());
        List<String> offered = settings.subprotocols();
        if (!offered.isEmpty()) {
            builder.subprotocols(offered.getFirst(), offered.subList(1, offered.size()).toArray(String[]::new));
        }
        settings.headers().forEach(builder::header);
        Connection next = new Connection(this::received);
        synchronized (this) {
            if (connection != null && !ended.isDone()) {
                return CompletableFuture.failedFuture(new IllegalStateException(identity + " is connected"));
            }
            connection = next;
            ended = next.closed().whenComplete((status, failure) -> {
                repeater.cancelAll();
                outgoing.failAll(new IOException(identity + " disconnected: " + status));
            });
        }
        return next.open(builder, uri, identity).thenApply(opened -> this);
    }

    /**
     * Connects and waits for it: see {@link #connectAsync()} for what fails.
     *
     * @throws IOException when the handshake is refused or the central system cannot be reached
     */
    public ChargePointSimulator connect() throws IOException, InterruptedException {
        try {
            return connectAsync().get(settings.connectTimeout().plusSeconds(1).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (TimeoutException e) {
            throw new IOException(identity + " not connected within " + settings.connectTimeout(), e);
        }
    }

    /** Whether the connection is open. */
    public boolean isOpen() {
        Connection current = connection;
        return current != null && current.isOpen();
    }

    /** The subprotocol the central system accepted; empty when it accepted none. */
    public Optional<String> subprotocol() {
        return Optional.of(current().subprotocol()).filter(protocol -> !protocol.isEmpty());
    }

    /**
     * Completes when the current (or last) connection has ended, with its close code and reason
     * (1006 when it ended without a close frame); by then the CALLs still waiting have failed and
     * repeated messages have stopped.
     */
    public CompletableFuture<CloseStatus> closed() {
        current();
        return ended.copy();
    }

    /** Closes with 1000 (normal closure); completes as {@link #closed()} does. */
    public CompletableFuture<CloseStatus> close() {
        return close(1000, "");
    }

    /** Closes with {@code code} and {@code reason} after what is being sent. */
    public CompletableFuture<CloseStatus> close(int code, String reason) {
        Connection current = connection;
        if (current == null) {
            return CompletableFuture.completedFuture(new CloseStatus(1000, "never connected"));
        }
        current.close(code, reason);
        return ended.copy();
    }

    /** Drops the connection without a close frame, as a station that loses power does. */
    public void abort() {
        Connection current = connection;
        if (current != null) {
            current.abort();
        }
    }

    /**
     * Stops reading, as a hung station does: the central system's CALLs stay unanswered and its
     * pings get no pong. The JDK has already asked for one more message, which it still reads
     * (a text is then held back until {@link #resumeReading()}; a ping is still answered).
     */
    public void pauseReading() {
        current().pauseReading();
    }

    /** Reads again after {@link #pauseReading()}. */
    public void resumeReading() {
        current().resumeReading();
    }

    // ---- CALLs of the station

    /** Sends a CALL with a new message id; the answer, or a timeout after the call timeout. */
    public CompletableFuture<Answer> call(String action, JsonNode payload) {
        return call(action, payload, settings.callTimeout());
    }

    /** Sends a CALL with a new message id and its own timeout. */
    public CompletableFuture<Answer> call(String action, JsonNode payload, Duration timeout) {
        return outgoing.call(outgoing.nextMessageId(), action, payload, timeout);
    }

    /** Sends a CALL with the message id given, for example one used before. */
    public CompletableFuture<Answer> callWithId(String messageId, String action, JsonNode payload) {
        return outgoing.call(messageId, action, payload, settings.callTimeout());
    }

    /**
     * Whether CALLs go out at once instead of one at a time; on breaks the OCPP-J rule on purpose.
     */
    public ChargePointSimulator concurrentCalls(boolean concurrent) {
        outgoing.concurrent(concurrent);
        return this;
    }

    /**
     * Sends a text as it is, outside the CALL queue: for frames a station should not send.
     * Take {@link #textMark()} before, then wait for the answer with {@link #awaitText}.
     */
    public CompletableFuture<Void> sendRaw(String text) {
        return send(text);
    }

    // ---- what stations send; each records what it changes in the state

    /** A BootNotification with the builder's vendor and model. */
    public CompletableFuture<Answer> bootNotification() {
        return bootNotification(settings.vendor(), settings.model());
    }

    public CompletableFuture<Answer> bootNotification(String vendor, String model) {
        return call("BootNotification", Payloads.bootNotification(vendor, model));
    }

    public CompletableFuture<Answer> heartbeat() {
        return call("Heartbeat", Payloads.heartbeat());
    }

    /** A StatusNotification, stamped now; see {@link Payloads#statusNotification}. */
    public CompletableFuture<Answer> statusNotification(int connector, String status, String errorCode) {
        state.status(connector, status);
        return call("StatusNotification", Payloads.statusNotification(connector, status, errorCode, now()));
    }

    public CompletableFuture<Answer> authorize(String idTag) {
        return call("Authorize", Payloads.authorize(idTag));
    }

    /** A StartTransaction; the transaction id answered is kept as the connector's transaction. */
    public CompletableFuture<Answer> startTransaction(int connector, String idTag, long meterStartWh,
            Instant timestamp) {
        state.energyWh(connector, meterStartWh);
        return call("StartTransaction", Payloads.startTransaction(connector, idTag, meterStartWh, timestamp))
                .thenApply(answer -> {
                    if (answer instanceof Answer.Result result && result.payload().path("transactionId").isInt()) {
                        state.transactionStarted(connector, result.payload().get("transactionId").asInt());
                    }
                    return answer;
                });
    }

    /** A StopTransaction ({@code reason} and {@code idTag} optional); a result ends the transaction. */
    public CompletableFuture<Answer> stopTransaction(int transactionId, long meterStopWh, Instant timestamp,
            String reason, String idTag) {
        state.connectorOf(transactionId).ifPresent(connector -> state.energyWh(connector, meterStopWh));
        return call("StopTransaction",
                Payloads.stopTransaction(transactionId, meterStopWh, timestamp, reason, idTag))
                .thenApply(answer -> {
                    if (answer instanceof Answer.Result) {
                        state.transactionStopped(transactionId);
                    }
                    return answer;
                });
    }

    /** MeterValues stamped now ({@code transactionId} optional); see {@link Payloads#meterValues}. */
    public CompletableFuture<Answer> meterValues(int connector, Integer transactionId, double energyWh,
            double powerW, double... currentA) {
        state.energyWh(connector, energyWh);
        return call("MeterValues",
                Payloads.meterValues(connector, transactionId, now(), energyWh, powerW, currentA));
    }

    /** A DataTransfer; {@code messageId} and {@code data} are optional. */
    public CompletableFuture<Answer> dataTransfer(String vendorId, String messageId, String data) {
        return call("DataTransfer", Payloads.dataTransfer(vendorId, messageId, data));
    }

    public CompletableFuture<Answer> diagnosticsStatusNotification(String status) {
        return call("DiagnosticsStatusNotification", Payloads.diagnosticsStatusNotification(status));
    }

    public CompletableFuture<Answer> firmwareStatusNotification(String status) {
        return call("FirmwareStatusNotification", Payloads.firmwareStatusNotification(status));
    }

    // ---- CALLs of the central system

    /** Answers {@code action} with a CALLRESULT whose payload {@code result} makes from the request's. */
    public ChargePointSimulator onCall(String action, Function<JsonNode, JsonNode> result) {
        return handle(action, call -> Optional.of(Answer.result(result.apply(call.payload()))));
    }

    /** Answers {@code action} as {@code handler} says: a result, an error, or nothing. */
    public ChargePointSimulator handle(String action, CallHandler handler) {
        incoming.handle(action, Objects.requireNonNull(handler, "handler"));
        return this;
    }

    /** Answers {@code action} with a CALLERROR. */
    public ChargePointSimulator answerWithError(String action, String code, String description) {
        return handle(action, call -> Optional.of(Answer.error(code, description)));
    }

    /** Leaves {@code action} unanswered, so the central system times out. */
    public ChargePointSimulator dontAnswer(String action) {
        return handle(action, call -> Optional.empty());
    }

    /** Answers {@code action} as a well-behaved station does again. */
    public ChargePointSimulator answerByDefault(String action) {
        incoming.answerByDefault(action);
        return this;
    }

    /**
     * The answer a well-behaved station gives to {@code call}, with the change it makes to the
     * {@link #state()}, but without what follows it (TriggerMessage's message, remote transactions):
     * for a handler that decides some cases itself and leaves the others to the default.
     */
    public Answer defaultAnswer(ReceivedCall call) {
        return defaults.answer(call);
    }

    /**
     * Calls {@code listener} after each answer to a CALL of the central system has been queued
     * (default or handler's; not when none is sent), on the connection's reading thread: what it
     * sends goes out after the answer. Like a handler, it must be quick and must not wait for an
     * answer to a CALL of this station; a listener that throws is ignored.
     */
    public ChargePointSimulator onAnswered(BiConsumer<ReceivedCall, Answer> listener) {
        incoming.onAnswered(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    // ---- what was received

    /** The texts received and kept (the last {@link SimulatorBuilder#logCapacity}), oldest first. */
    public List<String> receivedTexts() {
        return texts.snapshot();
    }

    /** The number of texts received so far: a mark to wait for later texts. */
    public long textMark() {
        return texts.mark();
    }

    /** The first text received after {@code mark}, waiting until the timeout. */
    public String awaitText(long mark, Duration timeout) throws TimeoutException, InterruptedException {
        return awaitText(mark, text -> true, timeout);
    }

    /** The first text received after {@code mark} that matches, waiting until the timeout. */
    public String awaitText(long mark, Predicate<? super String> matching, Duration timeout)
            throws TimeoutException, InterruptedException {
        return texts.await(mark, matching, timeout, "text");
    }

    /** The first text kept whose message id is {@code messageId}, waiting until the timeout. */
    public String awaitFrame(String messageId, Duration timeout) throws TimeoutException, InterruptedException {
        return awaitFrame(0, messageId, timeout);
    }

    /** The first text after {@code mark} whose message id is {@code messageId}. */
    public String awaitFrame(long mark, String messageId, Duration timeout)
            throws TimeoutException, InterruptedException {
        return texts.await(mark, text -> Frames.messageId(text).filter(messageId::equals).isPresent(),
                timeout, "frame with id " + messageId);
    }

    /** The central system's CALLs received and kept, oldest first. */
    public List<ReceivedCall> receivedCalls() {
        return calls.snapshot();
    }

    /** The number of CALLs received so far: a mark to wait for later ones. */
    public long callMark() {
        return calls.mark();
    }

    /** The first CALL of {@code action} kept, waiting until the timeout. */
    public ReceivedCall awaitCall(String action, Duration timeout) throws TimeoutException, InterruptedException {
        return awaitCall(0, action, timeout);
    }

    /** The first CALL of {@code action} received after {@code mark}, waiting until the timeout. */
    public ReceivedCall awaitCall(long mark, String action, Duration timeout)
            throws TimeoutException, InterruptedException {
        return calls.await(mark, call -> call.action().equals(action), timeout, action + " CALL");
    }

    // ---- repeated messages

    /** Sends a Heartbeat every {@code interval} while connected, replacing earlier heartbeats. */
    public ChargePointSimulator startHeartbeats(Duration interval) {
        ScheduledFuture<?> previous = heartbeats.getAndSet(repeat(interval, this::heartbeat));
        if (previous != null) {
            previous.cancel(false);
        }
        return this;
    }

    public ChargePointSimulator stopHeartbeats() {
        ScheduledFuture<?> previous = heartbeats.getAndSet(null);
        if (previous != null) {
            previous.cancel(false);
        }
        return this;
    }

    /**
     * Runs {@code action} every {@code period} while connected, skipping a turn while its previous
     * stage is still running. It ends with the connection, or when cancelled.
     */
    public ScheduledFuture<?> repeat(Duration period, Supplier<? extends CompletionStage<?>> action) {
        return repeater.repeat(period, action);
    }

    // ---- internals

    Instant now() {
        return settings.clock().instant();
    }

    private Connection current() {
        Connection current = connection;
        if (current == null) {
            throw new IllegalStateException(identity + " never connected");
        }
        return current;
    }

    private CompletableFuture<Void> send(String text) {
        Connection current = connection;
        if (current == null || !current.isOpen()) {
            return CompletableFuture.failedFuture(new IOException(identity + " is not connected"));
        }
        return current.send(text);
    }

    private void received(String text) {
        texts.add(text);
        switch (Frames.parse(text)) {
            case Frames.CallFrame frame -> incoming.received(frame.call());
            case Frames.AnswerFrame frame -> outgoing.answered(frame.messageId(), frame.answer());
            case Frames.Unreadable unreadable -> {
                // kept in the text log for the test to read
            }
        }
    }
}
