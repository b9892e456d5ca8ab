package io.estatewatch.reporting.projection;

import org.springframework.stereotype.Component;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Lets the live fold and a rebuild's final switch exclude each other: the fold folds each record under the shared
 * lock; the rebuild takes the exclusive lock to read the topics to their ends and switch generations while no record
 * is being folded. Records the live consumer folds after the switch were already folded by the rebuild, in order, so
 * they change nothing.
 */
@Component
public class FoldGate {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    public <T> T folding(Supplier<T> fold) {
        lock.readLock().lock();
        try {
            return fold.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    public void exclusively(Runnable action) {
        lock.writeLock().lock();
        try {
            action.run();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
