package io.estatewatch.events;

import io.estatewatch.events.EventCatalogue.EventDescriptor;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Writes {@code docs/events.md} from the {@link EventCatalogue}; a test fails when the committed file is stale. */
public final class EventCatalogueDocument {

    private EventCatalogueDocument() {
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Event catalogue\n\n")
                .append("Generated from `platform/events` (`EventCatalogue`); do not edit by hand. Regenerate with\n")
                .append("`./mvnw -pl platform/events test -Dcatalogue.update=true`.\n\n")
                .append("Every event is a CloudEvent 1.0 in Kafka binary mode: attributes in `ce_*` headers (`ce_id`, `ce_type`,\n")
                .append("`ce_source` = the emitting service, `ce_subject` = the key, `ce_time` = `occurredAt`, `ce_sequence` = the\n")
                .append("aggregate's event number), the record as JSON in the value. Topics keep events forever. Every event carries\n")
                .append("`districtId` and `occurredAt` (when the fact happened; earlier than publication for back-entered records).\n")
                .append("No event carries a name or a phone number in the clear.\n\n");
        out.append("| type | topic | key | meaning |\n|---|---|---|---|\n");
        for (EventDescriptor d : EventCatalogue.all()) {
            out.append("| [`").append(d.type()).append("`](#").append(d.name().toLowerCase()).append(") | `")
                    .append(d.topic().topicName()).append("` | `").append(d.key()).append("` | ")
                    .append(d.meaning()).append(" |\n");
        }
        for (EventDescriptor d : EventCatalogue.all()) {
            out.append("\n## ").append(d.name()).append("\n\n")
                    .append("`").append(d.type()).append("` (version ").append(d.version()).append(") on `")
                    .append(d.topic().topicName()).append("`, key `").append(d.key()).append("`. ")
                    .append(d.meaning()).append("\n\n| field | type |\n|---|---|\n");
            for (RecordComponent field : d.fields()) {
                out.append("| `").append(field.getName()).append("` | ").append(describe(field)).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String describe(RecordComponent field) {
        Class<?> raw = field.getType();
        if (raw.isEnum()) {
            return "`" + raw.getSimpleName() + "`: " + Arrays.stream(raw.getEnumConstants())
                    .map(c -> "`" + ((Enum<?>) c).name() + "`" + (c instanceof Labelled l ? " " + l.labelZh() : ""))
                    .collect(Collectors.joining(", "));
        }
        Type generic = field.getGenericType();
        if (generic instanceof ParameterizedType p) {
            return "`" + raw.getSimpleName() + "<" + Arrays.stream(p.getActualTypeArguments())
                    .map(t -> ((Class<?>) t).getSimpleName()).collect(Collectors.joining(", ")) + ">`";
        }
        return "`" + raw.getSimpleName() + "`";
    }
}
