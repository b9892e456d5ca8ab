package io.estatewatch.servicekit.store;

import com.mongodb.MongoServerUnavailableException;
import io.estatewatch.servicekit.error.Causes;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;

import java.util.List;

/**
 * The failures that mean MongoDB or Kafka cannot be reached now but may be soon: a restart, an election, a network
 * blip. A request that meets one is answered 503 with {@code Retry-After}; a consumer that meets one waits and tries
 * the same records again, and never dead-letters them for it.
 */
public final class Outage {

    /** The exception types that say so, whether Spring translated the driver's exception or not. */
    public static final List<Class<? extends Exception>> EXCEPTIONS = List.of(
            DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class,
            QueryTimeoutException.class,
            MongoTimeoutException.class,
            MongoSocketException.class,
            MongoServerUnavailableException.class,
            RetriableException.class);

    private Outage() {
    }

    /** Whether this exception itself, leaving its causes aside, is one. */
    public static boolean is(Throwable exception) {
        return EXCEPTIONS.stream().anyMatch(type -> type.isInstance(exception));
    }

    /** Whether the failure or any of its causes is one: frameworks wrap the store's exception in theirs. */
    public static boolean anywhereIn(Throwable failure) {
        return Causes.any(failure, Outage::is);
    }
}
