package io.estatewatch.benchmarks.trivial;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * The baseline of the intake benchmark: the same Boot 4 webmvc stack, JVM flags and JSON body as a hotline push, and
 * nothing else — no gateway, no security, no store, no events. Profile {@code trivial} switches the rest off.
 */
@SpringBootApplication
@RestController
public class TrivialApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(TrivialApplication.class);
        application.setAdditionalProfiles("trivial");
        application.run(args);
    }

    @PostMapping("/api/v1/echo")
    ResponseEntity<Map<String, Object>> echo(@RequestBody Map<String, Object> body) {
        String id = UUID.randomUUID().toString();
        return ResponseEntity.created(URI.create("/api/v1/echo/" + id))
                .body(Map.of("id", id, "fields", body.size()));
    }

    @GetMapping("/ready")
    Map<String, String> ready() {
        return Map.of("status", "UP");
    }
}
