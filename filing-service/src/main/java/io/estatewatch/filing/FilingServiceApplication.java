package io.estatewatch.filing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FilingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(FilingServiceApplication.class, args);
    }
}
