package io.estatewatch.gateway.support;

import io.estatewatch.gateway.route.Service;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.EnumMap;
import java.util.Map;

/** One {@link StubBackend} per service, for the whole test JVM, so that the test contexts that use them are shared. */
public final class StubServices {

    private static final Map<Service, StubBackend> STUBS = new EnumMap<>(Service.class);

    static {
        for (Service service : Service.values()) {
            STUBS.put(service, StubBackend.start(service.serviceName()));
        }
    }

    private StubServices() {
    }

    public static StubBackend of(Service service) {
        return STUBS.get(service);
    }

    /** Points every service's address at its stub. */
    public static void register(DynamicPropertyRegistry registry) {
        register(registry, Map.of());
    }

    /** Points every service's address at its stub, or at the stub {@code own} gives it. */
    public static void register(DynamicPropertyRegistry registry, Map<Service, StubBackend> own) {
        STUBS.forEach((service, stub) -> registry.add("estatewatch.gateway.services." + service.serviceName() + ".uri",
                () -> own.getOrDefault(service, stub).uri().toString()));
    }

    public static void forgetAll() {
        STUBS.values().forEach(StubBackend::forget);
    }
}
