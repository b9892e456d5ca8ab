package io.estatewatch.assessment.register;

import io.estatewatch.events.register.EstateManagementAssigned;
import io.estatewatch.events.register.EstateManagementEnded;
import io.estatewatch.events.register.EstateRegistered;
import io.estatewatch.events.register.EstateUpdated;
import io.estatewatch.events.register.PropertyCompanyRegistered;
import io.estatewatch.servicekit.consume.EventEnvelope;
import io.estatewatch.servicekit.consume.EventEnvelopeReader;
import io.estatewatch.servicekit.consume.ExactFold;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Folds the register's events ({@code estatewatch.register.events}) into the {@link EstateDirectory}: each estate's
 * name, street, community and current company, and each company's name. Every event is applied once, whatever the
 * broker redelivers or a replay repeats.
 */
@Configuration(proxyBeanMethods = false)
public class RegisterEventsFold {

    @Bean
    Consumer<Message<byte[]>> registerEvents(EventEnvelopeReader reader, ExactFold fold, MongoTemplate mongo) {
        return message -> reader.read(message).ifPresent(envelope -> apply(envelope, fold, mongo));
    }

    static void apply(EventEnvelope envelope, ExactFold fold, MongoTemplate mongo) {
        String estates = EstateDirectory.ESTATES;
        Object event = envelope.event();
        if (event instanceof EstateRegistered e) {
            fold.apply(estates, e.estateId(), envelope, entry(e.districtId(), e.name(), e.street(), e.community(), e.address()));
        } else if (event instanceof EstateUpdated e) {
            fold.apply(estates, e.estateId(), envelope, entry(e.districtId(), e.name(), e.street(), e.community(), e.address()));
        } else if (event instanceof EstateManagementAssigned e) {
            fold.apply(estates, e.estateId(), envelope,
                    new Update().set("districtId", e.districtId()).set("companyId", e.companyId()));
        } else if (event instanceof EstateManagementEnded e) {
            // Only the company that is ending leaves: a successor assigned in the meantime stays.
            Document current = mongo.findById(e.estateId(), Document.class, estates);
            boolean ending = current == null || Objects.equals(current.getString("companyId"), e.companyId());
            fold.apply(estates, e.estateId(), envelope, ending ? new Update().unset("companyId") : new Update());
        } else if (event instanceof PropertyCompanyRegistered e) {
            fold.apply(EstateDirectory.COMPANIES, e.companyId(), envelope,
                    new Update().set("districtId", e.districtId()).set("name", e.name()));
        }
        // Other register facts (service grades) do not concern assessments.
    }

    private static Update entry(String districtId, String name, String street, String community, String address) {
        return new Update().set("districtId", districtId).set("name", name).set("street", street)
                .set("community", community).set("address", address);
    }
}
