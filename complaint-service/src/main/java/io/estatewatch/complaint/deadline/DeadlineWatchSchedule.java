package io.estatewatch.complaint.deadline;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;

/**
 * Runs the {@link DeadlineWatch} every {@code estatewatch.complaint.deadlines.scan-interval}, on one replica at a time:
 * ShedLock keeps its lock in MongoDB ({@code shedLock} collection). Off with
 * {@code estatewatch.complaint.deadlines.watch=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "estatewatch.complaint.deadlines", name = "watch", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class DeadlineWatchSchedule {

    /** The lock's name in {@code shedLock}. */
    public static final String LOCK = "complaint-deadline-watch";

    private final DeadlineWatch watch;
    private final Clock clock;

    public DeadlineWatchSchedule(DeadlineWatch watch, Clock clock) {
        this.watch = watch;
        this.clock = clock;
    }

    @Bean
    LockProvider deadlineWatchLockProvider(MongoTemplate mongo) {
        return new MongoLockProvider(mongo.getDb());
    }

    @Scheduled(fixedDelayString = "${estatewatch.complaint.deadlines.scan-interval:60s}",
            initialDelayString = "${estatewatch.complaint.deadlines.scan-interval:60s}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    public void run() {
        watch.run(clock.instant());
    }
}
