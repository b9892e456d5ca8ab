package io.estatewatch.servicekit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DataSizeUnit;
import org.springframework.util.unit.DataSize;
import org.springframework.util.unit.DataUnit;

import java.time.Duration;

/** {@code estatewatch.web.*}: the knobs of the web conventions. */
@ConfigurationProperties("estatewatch.web")
public class WebConventionsProperties {

    /** Largest request body accepted; larger ones get a 413 problem. A plain number is bytes ("1048576", "2MB"). */
    @DataSizeUnit(DataUnit.BYTES)
    private DataSize maxBodyBytes = DataSize.ofMegabytes(1);

    /** {@code Retry-After} sent with a 503 when MongoDB or Kafka cannot be reached. */
    private Duration unavailableRetryAfter = Duration.ofSeconds(5);

    private final Idempotency idempotency = new Idempotency();

    public DataSize getMaxBodyBytes() {
        return maxBodyBytes;
    }

    public void setMaxBodyBytes(DataSize maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    public Duration getUnavailableRetryAfter() {
        return unavailableRetryAfter;
    }

    public void setUnavailableRetryAfter(Duration unavailableRetryAfter) {
        this.unavailableRetryAfter = unavailableRetryAfter;
    }

    public Idempotency getIdempotency() {
        return idempotency;
    }

    public static class Idempotency {

        /** Whether {@code Idempotency-Key} is honoured (needs a MongoTemplate). */
        private boolean enabled = true;

        /** How long a stored response is replayed (TTL index on {@code createdAt}). */
        private Duration ttl = Duration.ofHours(24);

        /** After this long, a first request that neither completed nor failed is presumed dead and may be taken over. */
        private Duration inProgressTimeout = Duration.ofMinutes(5);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getTtl() {
            return ttl;
        }

        public void setTtl(Duration ttl) {
            this.ttl = ttl;
        }

        public Duration getInProgressTimeout() {
            return inProgressTimeout;
        }

        public void setInProgressTimeout(Duration inProgressTimeout) {
            this.inProgressTimeout = inProgressTimeout;
        }
    }
}
