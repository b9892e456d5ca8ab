package io.estatewatch.filing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The estate and property-company register, and the six regulatory filings (备案与审批) whose approval changes it.
 */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(FilingSettings.class)
public class FilingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(FilingServiceApplication.class, args);
    }
}
