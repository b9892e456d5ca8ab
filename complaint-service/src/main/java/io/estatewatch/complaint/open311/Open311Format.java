package io.estatewatch.complaint.open311;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.XmlWriteFeature;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two formats of GeoReport v2, chosen by the path's extension: {@code .json} and {@code .xml}. Documents are built
 * once as ordered maps and lists; JSON writes a list as an array, XML as a root element with one child per item
 * ({@code <services><service>…</service></services>}), and nested lists the same way ({@code <formats><format>}).
 */
public enum Open311Format {
    JSON(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8)),
    XML(new MediaType(MediaType.TEXT_XML, StandardCharsets.UTF_8));

    private static final XmlMapper XML_MAPPER = XmlMapper.builder()
            .defaultUseWrapper(false)
            .enable(XmlWriteFeature.WRITE_XML_DECLARATION)
            .disable(XmlWriteFeature.WRITE_NULLS_AS_XSI_NIL)
            .build();
    private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    /** The format a path extension names, or an Open311 400. */
    public static Open311Format of(String extension) {
        String name = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> throw new Open311Exception(400, "Format '" + extension + "' is not supported; use .json or .xml.");
        };
    }

    /**
     * Writes {@code body} (maps, lists, strings, numbers, booleans, nulls).
     *
     * @param root     the XML root element
     * @param itemName for a list body, the XML element of each item; and for nested lists, see {@link #items}
     */
    public ResponseEntity<String> write(int status, String root, String itemName, Object body) {
        String text = this == JSON ? JSON_MAPPER.writeValueAsString(body)
                : XML_MAPPER.writer().withRootName(root).writeValueAsString(
                        body instanceof List<?> list ? items(itemName, list) : body);
        return ResponseEntity.status(status).contentType(mediaType).body(text);
    }

    /**
     * A nested list as XML wants it: {@code "formats": {"format": [...]}}; as JSON the same list stays a plain array.
     */
    public Object nested(String itemName, List<?> items) {
        return this == JSON ? items : items(itemName, items);
    }

    private static Map<String, Object> items(String itemName, List<?> items) {
        Map<String, Object> wrapper = new LinkedHashMap<>();
        wrapper.put(itemName, items);
        return wrapper;
    }
}
