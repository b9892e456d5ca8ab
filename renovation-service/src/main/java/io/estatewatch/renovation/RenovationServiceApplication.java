package io.estatewatch.renovation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Old-estate renovation (老旧小区改造): programmes, projects, their funding and milestones. */
@SpringBootApplication
@EnableConfigurationProperties(DistrictSettings.class)
public class RenovationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RenovationServiceApplication.class, args);
    }
}
