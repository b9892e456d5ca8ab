package io.estatewatch.assessment.checklist.persistence;

import io.estatewatch.assessment.checklist.domain.Checklist;
import io.estatewatch.assessment.checklist.domain.ChecklistSection;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** A checklist version as stored; its id is {@code code-vN}, so two editors cannot both write version N. */
@Document("checklists")
public record ChecklistDocument(@Id String id, String code, int version, String title, List<ChecklistSection> sections,
                                Instant createdAt) {

    public static ChecklistDocument of(Checklist checklist) {
        return new ChecklistDocument(checklist.id(), checklist.code(), checklist.version(), checklist.title(),
                checklist.sections(), checklist.createdAt());
    }

    public Checklist toDomain() {
        return new Checklist(code, version, title, sections, createdAt);
    }
}
