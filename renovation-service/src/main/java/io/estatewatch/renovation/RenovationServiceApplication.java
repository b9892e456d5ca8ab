package io.estatewatch.renovation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RenovationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RenovationServiceApplication.class, args);
    }
}
