package io.estatewatch.servicekit.consume.outage;

import io.estatewatch.events.register.PropertyCompanyRegistered;
import io.estatewatch.servicekit.consume.EventEnvelopeReader;
import io.estatewatch.servicekit.consume.ExactFold;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * A consuming service as the register's consumers are built (record mode, {@code max-attempts: 3}, a dead-letter
 * topic), on a store of its own that the test takes away and brings back. It counts companies per district; a company
 * whose name starts with {@value #UNFOLDABLE} asks the store, as any fold does, and then fails for a reason of its own.
 */
@SpringBootApplication
class StoreOutageApplication {

    static final String COUNTERS = "counters";
    static final String UNFOLDABLE = "Unfoldable";

    @Bean
    Consumer<Message<byte[]>> countCompanies(EventEnvelopeReader reader, ExactFold fold, MongoTemplate mongo) {
        return message -> reader.read(message).ifPresent(envelope -> {
            if (envelope.event() instanceof PropertyCompanyRegistered registered) {
                if (registered.name().startsWith(UNFOLDABLE)) {
                    mongo.exists(Query.query(Criteria.where("_id").is(registered.districtId())), COUNTERS);
                    throw new IllegalStateException("company " + registered.companyId() + " cannot be folded");
                }
                fold.apply(COUNTERS, registered.districtId(), envelope, new Update().inc("companies", 1));
            }
        });
    }
}
