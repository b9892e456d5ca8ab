package io.estatewatch.servicekit.web;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@code mongo} health indicator (and so the {@code mongo} member of the readiness group): a {@code ping} on the
 * service's database.
 *
 * <p>Boot 4.0's own indicator sends {@code hello} to every database; mongo-java-server 1.47 (the store of local mode
 * and of tests) answers that with CommandNotFound as soon as a database exists, which would hold every service out
 * of readiness. {@code ping} is answered by MongoDB and by mongo-java-server alike.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public MongoPingHealthIndicator(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.executeCommand("{ ping: 1 }");
        builder.up().withDetail("database", mongo.getDb().getName());
    }
}
