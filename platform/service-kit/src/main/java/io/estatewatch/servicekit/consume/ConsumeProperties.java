package io.estatewatch.servicekit.consume;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How a consumer waits for a store that cannot be reached ({@link StoreOutageBackOff}).
 *
 * @param outageRetryInitial the wait before a record that failed because the store is away is tried again
 * @param outageRetryMax     the longest wait between two tries; the wait doubles up to it and the tries never end
 */
@ConfigurationProperties("estatewatch.consume")
public record ConsumeProperties(
        @DefaultValue("1s") Duration outageRetryInitial,
        @DefaultValue("30s") Duration outageRetryMax) {
}
