package io.estatewatch.benchmarks.faults;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** A consumer group's position against the end of its topic. */
final class ConsumerGroups {

    private ConsumerGroups() {
    }

    /** Records of {@code topic} the group has not committed yet; -1 while it has committed nothing. */
    static long lag(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames()
                .get(10, TimeUnit.SECONDS).get(topic).partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(partitions).all().get(10, TimeUnit.SECONDS);
        if (committed.isEmpty()) {
            return -1;
        }
        long lag = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResultInfo> end : ends.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            lag += end.getValue().offset() - (at == null ? 0 : at.offset());
        }
        return lag;
    }

    /** Moves an empty group back to offset 0 of every partition: a full replay when it next starts. */
    static void rewind(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> zero = admin.describeTopics(java.util.List.of(topic)).allTopicNames()
                .get(10, TimeUnit.SECONDS).get(topic).partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> new OffsetAndMetadata(0)));
        admin.alterConsumerGroupOffsets(group, zero).all().get(30, TimeUnit.SECONDS);
    }
}
