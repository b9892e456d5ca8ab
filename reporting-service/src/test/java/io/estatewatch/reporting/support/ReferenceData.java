package io.estatewatch.reporting.support;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference half-year, published once per test context: every event out of order across topics, then every event
 * again (an outbox re-publishing after a crash: same sequence, new {@code ce_id}), and folded before any test reads.
 */
public class ReferenceData {

    private final EventFeed feed;
    private boolean loaded;

    ReferenceData(EventFeed feed) {
        this.feed = feed;
    }

    public synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        List<Published> events = ReferenceHalfYear.events().events();
        List<Published> twice = new ArrayList<>(ReferenceHalfYear.outOfOrderAcrossTopics(events));
        twice.addAll(events);
        feed.publish(twice);
        feed.awaitFolded();
        loaded = true;
    }
}
