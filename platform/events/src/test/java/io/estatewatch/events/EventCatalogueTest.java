package io.estatewatch.events;

import io.estatewatch.events.EventCatalogue.EventDescriptor;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.events.complaint.ComplaintReceived;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCatalogueTest {

    private static final Pattern TYPE = Pattern.compile("estatewatch\\.[a-z]+(\\.[a-z-]+)+\\.v[1-9][0-9]*");
    private static final Path DOCUMENT = Path.of("../../docs/events.md");

    @Test
    void everyTypeIsVersionedNamedInThePastTenseAndUnique() {
        Set<String> types = new HashSet<>();
        for (EventDescriptor d : EventCatalogue.all()) {
            assertThat(d.type()).as(d.name()).matches(TYPE);
            assertThat(types.add(d.type())).as("duplicate type %s", d.type()).isTrue();
            assertThat(d.name()).as("no Event suffix").doesNotEndWith("Event");
            assertThat(d.type()).as("type names the topic's context")
                    .startsWith("estatewatch." + d.topic().name().toLowerCase() + ".");
            assertThat(d.javaType().getPackageName()).endsWith("." + d.topic().name().toLowerCase());
        }
        assertThat(EventCatalogue.all()).hasSizeGreaterThanOrEqualTo(39);
    }

    @Test
    void everyEventCarriesItsDistrictTimeAndKey() {
        for (EventDescriptor d : EventCatalogue.all()) {
            Set<String> fields = new HashSet<>(d.fields().stream().map(f -> f.getName()).toList());
            assertThat(fields).as(d.name()).contains("districtId", "occurredAt", d.key());
        }
    }

    @Test
    void noEventCarriesPersonalDataInTheClear() {
        Set<String> personal = Set.of("phone", "phoneNumber", "complainant", "complainantName", "contactName", "contactPhone");
        for (EventDescriptor d : EventCatalogue.all()) {
            assertThat(d.fields()).as(d.name()).noneMatch(f -> personal.contains(f.getName()));
        }
    }

    @Test
    void theAggregateIdIsTheValueOfTheKeyComponent() {
        var event = new ComplaintReceived("d1", "c-1", "TS-1", Channel.MAYOR_HOTLINE, "12345-1", ComplaintCategory.PARKING,
                "e-1", "Street", "138****1234", "hash", null, null, null, Instant.parse("2022-03-01T01:30:00Z"));
        assertThat(event.aggregateId()).isEqualTo("c-1");
        assertThat(EventCatalogue.forEvent(event).type()).isEqualTo("estatewatch.complaint.received.v1");
        assertThat(EventCatalogue.forType("estatewatch.complaint.received.v1")).map(EventDescriptor::javaType)
                .contains(ComplaintReceived.class);
    }

    @Test
    void aClassOutsideTheCatalogueIsRefused() {
        assertThatThrownBy(() -> EventCatalogue.forClass(String.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyEventRoundTripsThroughJson() throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        var event = new ComplaintReceived("d1", "c-1", "TS-1", Channel.MAYOR_HOTLINE, "12345-1", ComplaintCategory.PARKING,
                "e-1", "Street", "138****1234", "hash", null, null, null, Instant.parse("2022-03-01T01:30:00Z"));
        String json = mapper.writeValueAsString(event);
        assertThat(json).doesNotContain("aggregateId");
        assertThat(mapper.readValue(json, ComplaintReceived.class)).isEqualTo(event);
    }

    @Test
    void everyCodeHasAChineseLabel() {
        for (EventDescriptor d : EventCatalogue.all()) {
            d.fields().stream().map(f -> f.getType()).filter(Class::isEnum).forEach(e ->
                    Arrays.stream(e.getEnumConstants()).forEach(c ->
                            assertThat(((Labelled) c).labelZh()).as(c.toString()).isNotBlank()));
        }
    }

    /** The committed catalogue must equal the generated one; {@code -Dcatalogue.update=true} rewrites it. */
    @Test
    void theCommittedCatalogueIsCurrent() throws IOException {
        String generated = EventCatalogueDocument.markdown();
        if (Boolean.getBoolean("catalogue.update")) {
            Files.createDirectories(DOCUMENT.getParent());
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertThat(DOCUMENT).as("docs/events.md exists").exists();
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/events.md is stale: run ./mvnw -pl platform/events test -Dcatalogue.update=true")
                .isEqualTo(generated);
    }
}
