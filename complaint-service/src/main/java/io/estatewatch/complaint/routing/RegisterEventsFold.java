package io.estatewatch.complaint.routing;

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

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Folds the register's estate events into {@code estates}, each event once ({@link ExactFold}): the entry (name,
 * aliases, street, community, address) and the company managing the estate now; and the companies' names into
 * {@code companies}.
 */
@Configuration(proxyBeanMethods = false)
public class RegisterEventsFold {

    @Bean
    Consumer<Message<byte[]>> registerEvents(EventEnvelopeReader reader, ExactFold fold, MongoTemplate mongo,
                                             EstateDirectory directory, LateRouting lateRouting) {
        return message -> reader.read(message).ifPresent(envelope -> {
            if (apply(envelope, fold, mongo)) {
                directory.changed();
            }
            // Also after a redelivery: a complaint may have arrived between the first delivery and this one.
            if (envelope.event() instanceof EstateRegistered || envelope.event() instanceof EstateUpdated
                    || envelope.event() instanceof EstateManagementAssigned) {
                lateRouting.estateKnown(envelope.subject(), true);
            }
        });
    }

    static boolean apply(EventEnvelope envelope, ExactFold fold, MongoTemplate mongo) {
        String estates = EstateDirectory.COLLECTION;
        if (envelope.event() instanceof EstateRegistered registered) {
            return fold.apply(estates, registered.estateId(), envelope, entry(registered.districtId(), registered.name(),
                    registered.aliases(), registered.street(), registered.community(), registered.address()));
        }
        if (envelope.event() instanceof EstateUpdated updated) {
            return fold.apply(estates, updated.estateId(), envelope, entry(updated.districtId(), updated.name(),
                    updated.aliases(), updated.street(), updated.community(), updated.address()));
        }
        if (envelope.event() instanceof EstateManagementAssigned assigned) {
            return fold.apply(estates, assigned.estateId(), envelope, new Update()
                    .set("companyId", assigned.companyId())
                    .set("managedSince", assigned.occurredAt()));
        }
        if (envelope.event() instanceof PropertyCompanyRegistered company) {
            return fold.apply(EstateDirectory.COMPANIES, company.companyId(), envelope, new Update()
                    .set("districtId", company.districtId())
                    .set("name", company.name()));
        }
        if (envelope.event() instanceof EstateManagementEnded ended) {
            // Only the company that leaves is taken off: a successor put on first stays.
            Document current = mongo.findById(ended.estateId(), Document.class, estates);
            boolean leaving = current != null && Objects.equals(current.getString("companyId"), ended.companyId());
            return fold.apply(estates, ended.estateId(), envelope, leaving
                    ? new Update().unset("companyId").unset("managedSince")
                    : new Update().set("lastEndedCompanyId", ended.companyId()));
        }
        return false;
    }

    private static Update entry(String districtId, String name, List<String> aliases, String street, String community,
                                String address) {
        return new Update()
                .set("districtId", districtId)
                .set("name", name)
                .set("aliases", aliases == null ? List.of() : aliases)
                .set("street", street)
                .set("community", community)
                .set("address", address);
    }
}
