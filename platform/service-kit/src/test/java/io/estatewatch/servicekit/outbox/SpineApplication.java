package io.estatewatch.servicekit.outbox;

import io.estatewatch.events.register.PropertyCompanyRegistered;
import io.estatewatch.servicekit.consume.EventEnvelopeReader;
import io.estatewatch.servicekit.consume.ExactFold;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** The smallest service there is: one aggregate that emits an event, one fold that counts it. */
@SpringBootApplication
class SpineApplication {

    static final String COUNTERS = "counters";

    @Bean
    Consumer<Message<byte[]>> countCompanies(EventEnvelopeReader reader, ExactFold fold) {
        return message -> reader.read(message).ifPresent(envelope -> {
            if (envelope.event() instanceof PropertyCompanyRegistered registered) {
                fold.apply(COUNTERS, registered.districtId(), envelope, new Update().inc("companies", 1));
            }
        });
    }

    @Document("companies")
    static class Company extends OutboxDocument {

        @Id
        String id;
        String name;

        Company(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }
}
