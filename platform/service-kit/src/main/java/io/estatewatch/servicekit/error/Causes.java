package io.estatewatch.servicekit.error;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A failure and its causes, outermost first. Frameworks wrap the exception that matters (the store's, a listener's)
 * in several of theirs, so what a failure means is looked for along the chain; the walk stops at a cycle and after
 * {@value #MAX_DEPTH} links.
 */
public final class Causes {

    static final int MAX_DEPTH = 16;

    private Causes() {
    }

    /** {@code failure}, its cause, that one's cause…: empty for {@code null}. */
    public static List<Throwable> of(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && chain.size() < MAX_DEPTH && seen.add(cause);
             cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    /** Whether the failure or any of its causes is such. */
    public static boolean any(Throwable failure, Predicate<? super Throwable> such) {
        return of(failure).stream().anyMatch(such);
    }
}
