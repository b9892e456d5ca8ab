package io.estatewatch.filing.review.web;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.review.domain.FilingDetails;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a filing's {@code details} object as the record of its type. A field of the wrong JSON type, an unknown code
 * or an unknown field is answered like any unreadable body (400 malformed-body), its path starting with
 * {@code details}; the rules of the content are the domain's.
 */
@Component
public class DetailsReader {

    private final JsonMapper json;

    public DetailsReader(JsonMapper json) {
        this.json = json;
    }

    public FilingDetails read(FilingType type, JsonNode details) {
        if (details == null || details.isNull() || details.isMissingNode()) {
            throw InvalidInputException.of("details", "is required");
        }
        if (!details.isObject()) {
            throw InvalidInputException.of("details", "must be an object with the " + type + " details");
        }
        try {
            return json.readerFor(FilingDetails.classOf(type))
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(details);
        } catch (JacksonException unreadable) {
            throw new HttpMessageNotReadableException("The " + type + " details could not be read",
                    unreadable.prependPath(details, "details"), null);
        }
    }
}
