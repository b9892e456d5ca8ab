package io.estatewatch.benchmarks.jmh;

import io.estatewatch.benchmarks.fold.ComplaintLoad;
import io.estatewatch.benchmarks.rig.Topics;
import io.estatewatch.events.complaint.ComplaintReceived;
import io.estatewatch.servicekit.consume.EventEnvelope;
import io.estatewatch.servicekit.consume.EventEnvelopeReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.util.concurrent.TimeUnit;

/**
 * The hot path of every fold, reading a delivered record into an envelope (headers, contract lookup, the event
 * record from JSON), beside its floor: Jackson reading the same bytes into the same record and nothing else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EnvelopeReadBenchmark {

    private final JsonMapper json = JsonMapper.builder().build();
    private EventEnvelopeReader reader;
    private Message<byte[]> message;
    private byte[] data;

    @Setup
    public void prepare() {
        reader = new EventEnvelopeReader(json);
        ComplaintLoad.Event event = ComplaintLoad.received("district-1", "c-1", "MAYOR_HOTLINE", "PARKING");
        var record = event.record("benchmark");
        ConsumerRecord<String, byte[]> consumed = new ConsumerRecord<>(record.topic(), 0, 42L, record.key(), record.value());
        record.headers().forEach(h -> consumed.headers().add(h));
        message = Topics.message(consumed);
        data = event.data();
    }

    @Benchmark
    public EventEnvelope envelopeReader() {
        return reader.read(message).orElseThrow();
    }

    @Benchmark
    public ComplaintReceived jacksonAlone() {
        return json.readValue(data, ComplaintReceived.class);
    }
}
