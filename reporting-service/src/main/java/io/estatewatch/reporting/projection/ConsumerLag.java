package io.estatewatch.reporting.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The consumer lag of every projection as a gauge, {@code estatewatch.reporting.projection.lag} tagged with the
 * projection and the topic feeding it: the records of that topic published but not yet committed by the group
 * {@code reporting-service}. Refreshed from the broker every few seconds (committed offsets against end offsets).
 */
@Component
public class ConsumerLag implements DisposableBean {

    public static final String METER = "estatewatch.reporting.projection.lag";
    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);

    private final String bootstrapServers;
    private final String group;
    private final Map<String, Double> lagByTopic = new ConcurrentHashMap<>();
    private volatile Admin admin;

    public ConsumerLag(MeterRegistry registry,
                       @Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
                       @Value("${spring.cloud.stream.bindings.reportingEvents-in-0.group:reporting-service}")
                       String group) {
        this.bootstrapServers = bootstrapServers;
        this.group = group;
        for (Projection projection : Projection.values()) {
            String topic = projection.topic().topicName();
            Gauge.builder(METER, lagByTopic, lags -> lags.getOrDefault(topic, Double.NaN))
                    .tag("projection", projection.baseName()).tag("topic", topic)
                    .description("Records of the topic feeding this projection not yet folded")
                    .register(registry);
        }
    }

    /** The latest lag per topic; empty until the first refresh answered. */
    public Map<String, Double> lagByTopic() {
        return Map.copyOf(lagByTopic);
    }

    @Scheduled(initialDelayString = "${estatewatch.reporting.lag-refresh:10s}",
            fixedDelayString = "${estatewatch.reporting.lag-refresh:10s}")
    public void refresh() {
        try {
            Admin client = admin();
            List<String> topics = Projection.topics();
            Set<String> existing = client.listTopics().names().get(5, TimeUnit.SECONDS);
            List<String> present = topics.stream().filter(existing::contains).toList();
            if (present.isEmpty()) {
                return;
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicDescription description : client.describeTopics(present).allTopicNames()
                    .get(5, TimeUnit.SECONDS).values()) {
                description.partitions().forEach(p ->
                        latest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = client.listOffsets(latest).all()
                    .get(5, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            Map<String, Double> lags = new HashMap<>();
            ends.forEach((partition, end) -> {
                OffsetAndMetadata done = committed.get(partition);
                long lag = end.offset() - (done == null ? 0 : done.offset());
                lags.merge(partition.topic(), (double) Math.max(0, lag), Double::sum);
            });
            lagByTopic.putAll(lags);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.debug("Could not read the consumer lag: {}", e.toString());
        }
    }

    private Admin admin() {
        Admin client = admin;
        if (client == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000));
                }
                client = admin;
            }
        }
        return client;
    }

    @Override
    public void destroy() {
        Admin client = admin;
        if (client != null) {
            client.close(java.time.Duration.ofSeconds(2));
        }
    }
}
