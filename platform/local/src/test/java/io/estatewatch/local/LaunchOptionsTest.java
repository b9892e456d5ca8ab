package io.estatewatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void withoutFlagsEverythingRunsLocallyOnTheUsualPorts() {
        LaunchOptions options = LaunchOptions.parse(new String[0], new Properties());

        assertThat(options.reset()).isFalse();
        assertThat(options.services()).isTrue();
        assertThat(options.externalKafka()).isEmpty();
        assertThat(options.externalMongo()).isEmpty();
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.controllerPort()).isEqualTo(9093);
        assertThat(options.mongoPort()).isEqualTo(27017);
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(options.gatewayPort()).isEqualTo(8080);
        assertThat(options.demo()).as("an empty platform gets the demo district").isTrue();
        assertThat(options.help()).isFalse();
    }

    @Test
    void theDemoCanBeLeftOutByFlagOrProperty() {
        assertThat(parse("--no-demo").demo()).isFalse();
        Properties system = new Properties();
        system.setProperty("estatewatch.demo", "false");
        assertThat(LaunchOptions.parse(new String[0], system).demo()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--no-demo=1")).withMessageContaining("no value");
    }

    @Test
    void theServicesFollowTheGatewaysPort() {
        LaunchOptions options = parse("--gateway-port=18080");

        assertThat(Service.lineup(options.gatewayPort())).extracting(Service::port)
                .containsExactly(18080, 18081, 18082, 18083, 18084, 18085);
        assertThat(Service.lineup(8080)).isEqualTo(Service.LINEUP);
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--gateway-port=65533"))
                .withMessageContaining("five services");
    }

    @Test
    void resetAndNoServicesAreSwitches() {
        LaunchOptions options = parse("--reset", "--no-services");

        assertThat(options.reset()).isTrue();
        assertThat(options.services()).isFalse();
    }

    @Test
    void aSwitchTakesNoValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--reset=yes")).withMessageContaining("--reset");
    }

    @Test
    void externalClustersAreOneSettingEach() {
        LaunchOptions options = parse("--kafka=kafka-0.prod:9092,kafka-1.prod:9092",
                "--mongo=mongodb://app:secret@mongo-0.prod:27017/?replicaSet=rs0");

        assertThat(options.externalKafka()).contains("kafka-0.prod:9092,kafka-1.prod:9092");
        assertThat(options.externalMongo()).contains("mongodb://app:secret@mongo-0.prod:27017/?replicaSet=rs0");
    }

    @Test
    void portsAndTimeoutComeFromFlagsOrSystemProperties() {
        Properties system = new Properties();
        system.setProperty("estatewatch.kafka.port", "19092");
        system.setProperty("estatewatch.mongo.port", "27018");
        system.setProperty("estatewatch.timeout", "30");

        LaunchOptions options = LaunchOptions.parse(new String[] {"--mongo-port=37017", "--controller-port=19093"}, system);

        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.controllerPort()).isEqualTo(19093);
        assertThat(options.mongoPort()).as("a flag wins over the property").isEqualTo(37017);
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void externalClustersCanBeNamedBySystemProperties() {
        Properties system = new Properties();
        system.setProperty("estatewatch.kafka", "broker:9092");
        system.setProperty("estatewatch.mongo", "mongodb://store:27017");

        LaunchOptions options = LaunchOptions.parse(new String[0], system);

        assertThat(options.externalKafka()).contains("broker:9092");
        assertThat(options.externalMongo()).contains("mongodb://store:27017");
    }

    @Test
    void malformedValuesAreRefusedWithTheReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--kafka=localhost"))
                .withMessageContaining("host:port");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--kafka="))
                .withMessageContaining("needs a value");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--mongo=localhost:27017"))
                .withMessageContaining("mongodb://");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--kafka-port=70000"))
                .withMessageContaining("between 1 and 65535");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--mongo-port=abc"))
                .withMessageContaining("must be a number");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--timeout=0"))
                .withMessageContaining("at least 1");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--kafka-port=9093"))
                .withMessageContaining("different ports");
    }

    @Test
    void unknownFlagsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--rest")).withMessage("unknown flag: --rest");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--build")).withMessageContaining("script");
    }

    @Test
    void helpIsAskedForWithEitherSpelling() {
        assertThat(parse("--help").help()).isTrue();
        assertThat(parse("-h").help()).isTrue();
        assertThat(LaunchOptions.USAGE).contains("--reset", "--no-services", "--kafka=", "--mongo=", "--no-demo",
                "--gateway-port=", "estatewatch demo");
    }

    private static LaunchOptions parse(String... args) {
        return LaunchOptions.parse(args, new Properties());
    }
}
