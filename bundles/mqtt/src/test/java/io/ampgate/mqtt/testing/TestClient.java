package io.ampgate.mqtt.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** Another client of the broker, e.g. the building-management system: publishes and records. */
public final class TestClient implements AutoCloseable {

    /** A message the client received. */
    public record Received(String topic, String text, boolean retained) {}

    private final MqttClient client;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public TestClient(String url, String id) throws MqttException {
        client = new MqttClient(url, id, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        client.connect(options);
    }

    /** Subscribes and records what arrives, retained messages included. */
    public TestClient subscribe(String filter) throws MqttException {
        client.subscribe(filter, 1, (topic, message) -> received.add(new Received(topic,
                new String(message.getPayload(), StandardCharsets.UTF_8), message.isRetained())));
        return this;
    }

    public void publish(String topic, String text) throws MqttException {
        client.publish(topic, text.getBytes(StandardCharsets.UTF_8), 1, false);
    }

    /** What arrived on the topic so far, oldest first. */
    public List<String> texts(String topic) {
        return received.stream().filter(r -> r.topic().equals(topic)).map(Received::text).toList();
    }

    public String last(String topic) {
        List<String> texts = texts(topic);
        return texts.isEmpty() ? null : texts.get(texts.size() - 1);
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }
}
