package io.estatewatch.assessment.checklist.web;

import io.estatewatch.assessment.checklist.domain.Checklist;
import io.estatewatch.assessment.checklist.domain.ChecklistItem;
import io.estatewatch.assessment.checklist.domain.ChecklistSection;
import io.estatewatch.assessment.checklist.domain.DeductionRule;
import io.estatewatch.assessment.shared.Times;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A checklist version; {@code id} is what a round's {@code checklistVersion} names. */
public record ChecklistResponse(String id, String code, int version, String title, BigDecimal total,
                                OffsetDateTime createdAt, List<Section> sections) {

    public record Section(String code, String title, BigDecimal maximum, List<Item> items) {
    }

    public record Item(String code, String title, BigDecimal maximum, List<DeductionRule> deductions) {
    }

    static ChecklistResponse of(Checklist checklist, ZoneId zone) {
        List<Section> sections = checklist.sections().stream().map(ChecklistResponse::section).toList();
        return new ChecklistResponse(checklist.id(), checklist.code(), checklist.version(), checklist.title(),
                sections.stream().map(Section::maximum).reduce(BigDecimal.ZERO, BigDecimal::add),
                Times.local(checklist.createdAt(), zone), sections);
    }

    private static Section section(ChecklistSection section) {
        return new Section(section.code(), section.title(), section.maximum(),
                section.items().stream().map(ChecklistResponse::item).toList());
    }

    private static Item item(ChecklistItem item) {
        return new Item(item.code(), item.title(), item.maximum(), item.deductions());
    }
}
