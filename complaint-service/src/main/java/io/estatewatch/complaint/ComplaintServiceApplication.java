package io.estatewatch.complaint;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Complaint intake from hotline systems and staff, routing, the mediation lifecycle, deadlines, duplicates and the
 * Open311 GeoReport v2 endpoint.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ComplaintServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ComplaintServiceApplication.class, args);
    }
}
