package io.estatewatch.complaint.personaldata;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service does not start without its personal-data keys: it would have no way to store a complainant. */
@Configuration(proxyBeanMethods = false)
public class PersonalDataConfiguration {

    @Bean
    PersonalDataProtection personalDataProtection(PersonalDataSettings settings) {
        return new PersonalDataProtection(settings.keyId(),
                PersonalDataProtection.decodeKey(settings.encryptionKey(), "estatewatch.complaint.pii.encryption-key"),
                PersonalDataProtection.decodeKey(settings.hashKey(), "estatewatch.complaint.pii.hash-key"));
    }
}
