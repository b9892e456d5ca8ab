package io.estatewatch.renovation.programme.persistence;

import io.estatewatch.renovation.programme.domain.Programme;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A programme as stored: one per district and code. */
@Document("programmes")
public class ProgrammeDocument {

    /** {@code <districtId>:<code>}, so that the code is unique per district. */
    @Id
    private String id;
    private String districtId;
    private String code;
    private String title;
    private Instant registeredAt;

    public static String idOf(String districtId, String code) {
        return districtId + ":" + code;
    }

    public static ProgrammeDocument of(Programme programme) {
        ProgrammeDocument doc = new ProgrammeDocument();
        doc.id = idOf(programme.districtId(), programme.code());
        doc.districtId = programme.districtId();
        doc.code = programme.code();
        doc.title = programme.title();
        doc.registeredAt = programme.registeredAt();
        return doc;
    }

    public Programme toDomain() {
        return new Programme(districtId, code, title, registeredAt);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getDistrictId() {
        return districtId;
    }

    public void setDistrictId(String districtId) {
        this.districtId = districtId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public void setRegisteredAt(Instant registeredAt) {
        this.registeredAt = registeredAt;
    }
}
