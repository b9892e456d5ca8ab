package io.estatewatch.filing.review.persistence;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.review.domain.FilingDetails;
import org.bson.Document;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a filing's details as a nested document written by the service's JSON mapper: days stay ISO dates
 * ({@code 2022-03-01}) that no zone shifts, and the stored form is the API's.
 */
@Component
public class DetailsCodec {

    private final JsonMapper json;

    public DetailsCodec(JsonMapper json) {
        this.json = json;
    }

    Document write(FilingDetails details) {
        return Document.parse(json.writeValueAsString(details));
    }

    FilingDetails read(FilingType type, Document stored) {
        return json.readValue(stored.toJson(), FilingDetails.classOf(type));
    }
}
