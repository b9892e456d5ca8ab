package io.estatewatch.renovation.estate;

import io.estatewatch.events.register.EstateRegistered;
import io.estatewatch.events.register.EstateUpdated;
import io.estatewatch.servicekit.consume.EventEnvelopeReader;
import io.estatewatch.servicekit.consume.ExactFold;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Folds the register's estate entries into {@code estates}: id, name and street, each event once. */
@Configuration(proxyBeanMethods = false)
public class RegisterEventsFold {

    @Bean
    Consumer<Message<byte[]>> registerEvents(EventEnvelopeReader reader, ExactFold fold) {
        return message -> reader.read(message).ifPresent(envelope -> {
            if (envelope.event() instanceof EstateRegistered registered) {
                fold.apply(EstateStreets.COLLECTION, registered.estateId(), envelope,
                        entry(registered.districtId(), registered.name(), registered.street()));
            } else if (envelope.event() instanceof EstateUpdated updated) {
                fold.apply(EstateStreets.COLLECTION, updated.estateId(), envelope,
                        entry(updated.districtId(), updated.name(), updated.street()));
            }
        });
    }

    private static Update entry(String districtId, String name, String street) {
        return new Update().set("districtId", districtId).set("name", name).set("street", street);
    }
}
