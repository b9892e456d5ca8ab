package io.estatewatch.servicekit.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param enabled      whether this service runs a relay
 * @param pollInterval how often the relay wakes up to publish what was saved since
 * @param scanInterval how often it scans every collection for events left pending (after a crash, or by direct updates)
 * @param batchSize    the most documents taken from one collection in one scan
 * @param sendTimeout  how long to wait for the broker's acknowledgement before leaving an event pending
 */
@ConfigurationProperties("estatewatch.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("2s") Duration scanInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("10s") Duration sendTimeout) {
}
