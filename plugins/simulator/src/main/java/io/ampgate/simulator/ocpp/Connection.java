package io.ampgate.simulator.ocpp;

import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * One WebSocket connection of a simulator. Sends go out one at a time and in order (the JDK's
 * WebSocket refuses a send while the previous one is pending); texts that arrive in parts are
 * put together; reading can be paused, which also holds back the JDK's automatic pongs.
 */
final class Connection implements WebSocket.Listener {

    private final Consumer<String> textReceived;
    private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final Object demandLock = new Object();
    private volatile WebSocket socket;
    private CompletableFuture<Void> lastSend = CompletableFuture.completedFuture(null);
    private boolean paused;
    private boolean demandOwed;
    private String held;

    /** A connection that passes each whole text it receives to {@code textReceived}. */
    Connection(Consumer<String> textReceived) {
        this.textReceived = textReceived;
    }

    /**
     * Opens the connection. The stage fails with a {@link HandshakeRefusedException} when the
     * server refuses the upgrade, else with the JDK's exception (an {@link java.io.IOException}
     * mostly).
     */
    CompletableFuture<Connection> open(WebSocket.Builder builder, URI uri, String identity) {
        CompletableFuture<Connection> opened = new CompletableFuture<>();
        CompletableFuture<WebSocket> built;
        try {
            built = builder.buildAsync(uri, this);
        } catch (RuntimeException e) {
            built = CompletableFuture.failedFuture(e);
        }
        built.whenComplete((webSocket, failure) -> {
            if (failure == null) {
                socket = webSocket;
                opened.complete(this);
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            closed.complete(new CloseStatus(CloseStatus.ABNORMAL, "not opened: " + cause));
            opened.completeExceptionally(cause instanceof WebSocketHandshakeException refused
                    ? new HandshakeRefusedException(identity, refused) : cause);
        });
        return opened;
    }

    /** The subprotocol the server accepted, "" for none (or before the handshake). */
    String subprotocol() {
        WebSocket webSocket = socket;
        return webSocket == null ? "" : webSocket.getSubprotocol();
    }

    /** Completes when the connection has ended, however it ended. */
    CompletableFuture<CloseStatus> closed() {
        return closed;
    }

    synchronized CompletableFuture<Void> send(String text) {
        lastSend = lastSend.handle((ignored, failure) -> null)
                .thenCompose(ignored -> socket.sendText(text, true))
                .thenApply(ignored -> null);
        return lastSend;
    }

    /** Sends a close frame after the pending sends; {@link #closed()} follows the server's answer. */
    synchronized void close(int code, String reason) {
        lastSend = lastSend.handle((ignored, failure) -> null)
                .thenCompose(ignored -> socket.sendClose(code, reason))
                .thenApply(ignored -> null);
    }

    /** Whether the handshake is done and the connection has not ended. */
    boolean isOpen() {
        return socket != null && !closed.isDone();
    }

    /** Drops the TCP connection without a close frame. */
    void abort() {
        WebSocket webSocket = socket;
        if (webSocket != null) {
            webSocket.abort();
        }
        closed.complete(new CloseStatus(CloseStatus.ABNORMAL, "aborted by the simulator"));
    }

    void pauseReading() {
        synchronized (demandLock) {
            paused = true;
        }
    }

    /** Passes on the text held while paused, if any, and reads on. */
    void resumeReading() {
        String text;
        synchronized (demandLock) {
            paused = false;
            if (!demandOwed) {
                return;
            }
            demandOwed = false;
            text = held;
            held = null;
        }
        if (text != null) {
            textReceived.accept(text);
        }
        socket.request(1);
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (!last) {
            webSocket.request(1);
            return null;
        }
        String text = partial.toString();
        partial.setLength(0);
        synchronized (demandLock) {
            if (paused) {
                // the demand of one message cannot be taken back: hold it, read no further
                held = text;
                demandOwed = true;
                return null;
            }
        }
        textReceived.accept(text);
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        demandNext(webSocket);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        demandNext(webSocket);
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        demandNext(webSocket);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new CloseStatus(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(new CloseStatus(CloseStatus.ABNORMAL, String.valueOf(error)));
    }

    private void demandNext(WebSocket webSocket) {
        synchronized (demandLock) {
            if (paused) {
                demandOwed = true;
                return;
            }
        }
        webSocket.request(1);
    }
}
