package io.estatewatch.reporting.projection;

import io.estatewatch.servicekit.error.Causes;
import io.estatewatch.servicekit.store.Outage;
import org.springframework.dao.TransientDataAccessException;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Folds a batch whole and, when that fails for a reason that may be one event's, again one event at a time (those
 * folded already change nothing), so that the event whose own fold fails is found. The live consumer names it to the
 * container, which dead-letters it; the rebuild skips and counts it. A store that cannot be reached is no event's
 * fault: that failure is thrown as it is, for the whole batch or for one event.
 */
public final class PoisonSearch {

    private PoisonSearch() {
    }

    /**
     * Folds {@code batch} with {@code fold}; each event that fails alone goes to {@code poison} with its failure, in
     * order, the events after it still folded unless {@code poison} throws.
     */
    public static <T> void fold(List<T> batch, Consumer<List<T>> fold, BiConsumer<T, RuntimeException> poison) {
        try {
            fold.accept(batch);
        } catch (RuntimeException failed) {
            if (batch.isEmpty() || storeUnreachable(failed)) {
                throw failed;
            }
            if (batch.size() == 1) {
                poison.accept(batch.get(0), failed);
                return;
            }
            for (T one : batch) {
                try {
                    fold.accept(List.of(one));
                } catch (RuntimeException alone) {
                    if (storeUnreachable(alone)) {
                        throw alone;
                    }
                    poison.accept(one, alone);
                }
            }
        }
    }

    /** Whether the failure is the store's absence or a passing fault of it rather than anything in the events. */
    public static boolean storeUnreachable(Throwable failure) {
        return Causes.any(failure, cause -> Outage.is(cause) || cause instanceof TransientDataAccessException);
    }
}
