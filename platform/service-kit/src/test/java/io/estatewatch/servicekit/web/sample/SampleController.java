package io.estatewatch.servicekit.web.sample;

import com.mongodb.MongoTimeoutException;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.web.CorrelationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

@RestController
@RequestMapping("/api/v1/samples")
public class SampleController {

    /** Side effects of {@code POST /api/v1/samples}: one per request that reached the handler. */
    public static final AtomicInteger created = new AtomicInteger();
    public static final AtomicInteger flakyCalls = new AtomicInteger();

    /** {@code POST /api/v1/samples/slow} signals here when it has started, then waits for {@link #release}. */
    public static volatile CountDownLatch started = new CountDownLatch(1);
    public static volatile CompletableFuture<Void> release = new CompletableFuture<>();

    public enum Category { PARKING, NOISE, HYGIENE }

    public record Contact(@NotBlank String name, @Pattern(regexp = "1\\d{10}", message = "must be an 11-digit mobile number") String phone) {
    }

    public record SampleRequest(@NotBlank @Size(max = 40) String name,
                                @NotNull @Min(1) @Max(100000) Integer households,
                                @NotNull Category category,
                                @Valid Contact contact,
                                OffsetDateTime receivedAt,
                                List<String> tags) {
    }

    public record Sample(String id, String name, int sequence, String correlationId) {
    }

    @PostMapping
    public ResponseEntity<Sample> create(@Valid @RequestBody SampleRequest request) {
        int sequence = created.incrementAndGet();
        Sample sample = new Sample("s-" + sequence, request.name(), sequence, CorrelationId.current().orElse(null));
        return ResponseEntity.created(URI.create("/api/v1/samples/" + sample.id())).body(sample);
    }

    @PostMapping("/slow")
    public ResponseEntity<Sample> slow(@RequestBody SampleRequest request) throws Exception {
        int sequence = created.incrementAndGet();
        started.countDown();
        release.get(30, TimeUnit.SECONDS);
        return ResponseEntity.status(201).body(new Sample("s-" + sequence, request.name(), sequence, null));
    }

    /** Answers how many characters arrived, and whether they came chunked. */
    @PostMapping("/echo")
    public Map<String, Object> echo(@RequestBody String body,
                                    @RequestHeader(name = "Transfer-Encoding", defaultValue = "") String transferEncoding) {
        return Map.of("length", body.length(), "transferEncoding", transferEncoding);
    }

    /** Answers the size of the uploaded part {@code file}. */
    @PostMapping(path = "/attachments", consumes = "multipart/form-data")
    public Map<String, Object> attach(@RequestParam("file") MultipartFile file) {
        return Map.of("size", file.getSize());
    }

    /** The same, reading JSON. */
    @PostMapping("/echo-json")
    public Map<String, Object> echoJson(@RequestBody Map<String, Object> body) {
        return Map.of("fields", body.size());
    }

    /** Fails on every odd call: the first attempt of a client is a 500, its retry succeeds. */
    @PostMapping("/flaky")
    public ResponseEntity<Sample> flaky(@RequestBody SampleRequest request) {
        if (flakyCalls.incrementAndGet() % 2 == 1) {
            throw new IllegalStateException("transient secret failure");
        }
        int sequence = created.incrementAndGet();
        return ResponseEntity.status(201).body(new Sample("s-" + sequence, request.name(), sequence, null));
    }

    @PutMapping("/{id}")
    public Sample replace(@PathVariable String id, @RequestBody SampleRequest request) {
        return new Sample(id, request.name(), created.incrementAndGet(), null);
    }

    @GetMapping("/{id}")
    public Sample find(@PathVariable String id) {
        throw ResourceNotFoundException.of("Sample", id);
    }

    @GetMapping
    public List<Sample> list(@RequestParam String street, @RequestParam(defaultValue = "0") int page,
                             @RequestParam(required = false) Category category) {
        return List.of();
    }

    @GetMapping("/bounded")
    public List<Sample> bounded(@RequestParam @Min(0) int page, @RequestParam @Max(100) int size) {
        return List.of();
    }

    @PostMapping("/{id}/close")
    public Sample close(@PathVariable String id) {
        throw new ConflictException("Sample '" + id + "' is already closed.", Map.of("currentState", "CLOSED"));
    }

    /** A form post, as GeoReport clients send. */
    @PostMapping(path = "/forms", consumes = "application/x-www-form-urlencoded")
    public Map<String, Object> form(@RequestParam String name) {
        return Map.of("name", name);
    }

    @PostMapping("/ranges")
    public Sample ranges() {
        throw new InvalidInputException("The period ends before it starts.",
                List.of(new FieldProblem("to", "must not be before from"), new FieldProblem("from", "must not be after to")));
    }

    @PostMapping("/duplicate")
    public Sample duplicate() {
        throw new DuplicateKeyException("E11000 duplicate key error collection: samples index: phone_1 dup key: { phone: \"13800001234\" }");
    }

    @PostMapping("/stale")
    public Sample stale() {
        throw new OptimisticLockingFailureException("Version 3 of sample s-1 secret was changed");
    }

    @GetMapping("/mongo-down")
    public Sample mongoDown() {
        throw new DataAccessResourceFailureException("Timed out after 30000 ms while waiting for mongo-secret:27017",
                new MongoTimeoutException("Timed out after 30000 ms while waiting for mongo-secret:27017"));
    }

    @GetMapping("/mongo-driver-down")
    public Sample mongoDriverDown() {
        throw new MongoTimeoutException("Timed out while waiting for a server that matches ReadPreference{primary} mongo-secret");
    }

    @GetMapping("/kafka-down")
    public Sample kafkaDown() {
        throw new IllegalStateException("send failed",
                new org.apache.kafka.common.errors.TimeoutException("Topic estatewatch.secret not present in metadata after 60000 ms."));
    }

    @GetMapping("/failure")
    public Sample failure() {
        throw new IllegalStateException("internal secret: password=hunter2 at io.estatewatch.Secret");
    }
}
