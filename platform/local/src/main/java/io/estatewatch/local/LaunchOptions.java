package io.estatewatch.local;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * What the person at the keyboard asked for. Every setting has a flag and a system property
 * ({@code -Destatewatch.kafka.port=19092}); a flag wins over the property.
 */
public record LaunchOptions(
        boolean reset,
        boolean services,
        Optional<String> externalKafka,
        Optional<String> externalMongo,
        int kafkaPort,
        int controllerPort,
        int mongoPort,
        Duration readyTimeout,
        int gatewayPort,
        boolean demo,
        boolean help) {

    public static final String USAGE = """
            Usage: estatewatch [flags]
                   estatewatch demo [flags]   load the demo district into the running platform (demo --help)
              --reset                  wipe .estatewatch/ (broker log, store, logs) before starting
              --no-services            start only the broker and the store
              --kafka=host:port[,...]  use this Kafka cluster instead of starting a broker
              --mongo=mongodb://...    use this MongoDB instead of starting the store
              --kafka-port=9092        port of the local broker            (-Destatewatch.kafka.port)
              --controller-port=9093   port of the local KRaft controller  (-Destatewatch.controller.port)
              --mongo-port=27017       port of the local store             (-Destatewatch.mongo.port)
              --timeout=120            seconds to wait for the services to be ready (-Destatewatch.timeout)
              --gateway-port=8080      port of the gateway; the five services take the next five (-Destatewatch.gateway.port)
              --no-demo                do not load the demo district into an empty platform (-Destatewatch.demo=false)
              --build                  (script only) rebuild the jars before starting
              --help                   this text
            """;

    private static final Pattern KAFKA_ADDRESSES = Pattern.compile("[^\\s,:/]+:\\d{1,5}(,[^\\s,:/]+:\\d{1,5})*");

    public static LaunchOptions parse(String[] args, Properties system) {
        boolean reset = false;
        boolean services = true;
        boolean help = false;
        String kafka = system.getProperty("estatewatch.kafka");
        String mongo = system.getProperty("estatewatch.mongo");
        int kafkaPort = port("estatewatch.kafka.port", system.getProperty("estatewatch.kafka.port", "9092"));
        int controllerPort = port("estatewatch.controller.port", system.getProperty("estatewatch.controller.port", "9093"));
        int mongoPort = port("estatewatch.mongo.port", system.getProperty("estatewatch.mongo.port", "27017"));
        int timeoutSeconds = positive("estatewatch.timeout", system.getProperty("estatewatch.timeout", "120"));
        int gatewayPort = port("estatewatch.gateway.port", system.getProperty("estatewatch.gateway.port", "8080"));
        boolean demo = !"false".equalsIgnoreCase(system.getProperty("estatewatch.demo", "true"));

        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--reset" -> reset = noValue(name, value);
                case "--no-services" -> services = !noValue(name, value);
                case "--help", "-h" -> help = true;
                case "--kafka" -> kafka = required(name, value);
                case "--mongo" -> mongo = required(name, value);
                case "--kafka-port" -> kafkaPort = port(name, required(name, value));
                case "--controller-port" -> controllerPort = port(name, required(name, value));
                case "--mongo-port" -> mongoPort = port(name, required(name, value));
                case "--timeout" -> timeoutSeconds = positive(name, required(name, value));
                case "--gateway-port" -> gatewayPort = port(name, required(name, value));
                case "--no-demo" -> demo = !noValue(name, value);
                case "--build" -> throw new IllegalArgumentException(
                        "--build is a flag of the ./estatewatch script, not of the jar");
                default -> throw new IllegalArgumentException("unknown flag: " + arg);
            }
        }
        if (kafka != null && !KAFKA_ADDRESSES.matcher(kafka).matches()) {
            throw new IllegalArgumentException("--kafka wants host:port[,host:port...], got: " + kafka);
        }
        if (mongo != null && !(mongo.startsWith("mongodb://") || mongo.startsWith("mongodb+srv://"))) {
            throw new IllegalArgumentException("--mongo wants a mongodb:// or mongodb+srv:// URI, got: " + mongo);
        }
        if (kafka == null && kafkaPort == controllerPort) {
            throw new IllegalArgumentException("the broker and the controller need different ports, both are " + kafkaPort);
        }
        if (gatewayPort > 65535 - Service.LINEUP.size() + 1) {
            throw new IllegalArgumentException("--gateway-port leaves no room for the five services after it: " + gatewayPort);
        }
        return new LaunchOptions(reset, services, Optional.ofNullable(kafka), Optional.ofNullable(mongo),
                kafkaPort, controllerPort, mongoPort, Duration.ofSeconds(timeoutSeconds), gatewayPort, demo, help);
    }

    private static boolean noValue(String name, String value) {
        if (value != null) {
            throw new IllegalArgumentException(name + " takes no value");
        }
        return true;
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a value: " + name + "=...");
        }
        return value.trim();
    }

    private static int port(String name, String value) {
        int port = number(name, value);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be a port between 1 and 65535, got: " + value);
        }
        return port;
    }

    private static int positive(String name, String value) {
        int number = number(name, value);
        if (number < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got: " + value);
        }
        return number;
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got: " + value);
        }
    }
}
