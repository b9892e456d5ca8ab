package io.estatewatch.assessment.checklist.web;

import io.estatewatch.assessment.checklist.domain.ChecklistItem;
import io.estatewatch.assessment.checklist.domain.ChecklistSection;
import io.estatewatch.assessment.checklist.domain.DeductionRule;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** Bodies of the checklist endpoints. */
public final class ChecklistRequests {

    private ChecklistRequests() {
    }

    @Schema(description = "A new checklist: version 1")
    public record NewChecklist(
            @Schema(example = "civilised-city-2023") @NotBlank @Size(max = 40) String code,
            @NotBlank @Size(max = 200) String title,
            @NotEmpty @Valid List<Section> sections) {
    }

    @Schema(description = "The next version of a checklist")
    public record NextVersion(@NotBlank @Size(max = 200) String title, @NotEmpty @Valid List<Section> sections) {
    }

    public record Section(@Schema(example = "SANITATION") @NotBlank @Size(max = 40) String code,
                          @Schema(example = "环境卫生") @NotBlank @Size(max = 200) String title,
                          @NotEmpty @Valid List<Item> items) {

        ChecklistSection toDomain() {
            return new ChecklistSection(code, title, items.stream().map(Item::toDomain).toList());
        }
    }

    public record Item(@Schema(example = "SAN-01") @NotBlank @Size(max = 40) String code,
                       @NotBlank @Size(max = 200) String title,
                       @Schema(example = "10") @NotNull BigDecimal maximum,
                       @Valid List<Rule> deductions) {

        ChecklistItem toDomain() {
            return new ChecklistItem(code, title, maximum,
                    deductions == null ? List.of() : deductions.stream().map(Rule::toDomain).toList());
        }
    }

    public record Rule(@Schema(example = "LITTER") @NotBlank @Size(max = 40) String code,
                       @NotBlank @Size(max = 200) String description,
                       @Schema(example = "0.5") @NotNull BigDecimal points) {

        DeductionRule toDomain() {
            return new DeductionRule(code, description, points);
        }
    }

    static List<ChecklistSection> sections(List<Section> sections) {
        return sections.stream().map(Section::toDomain).toList();
    }
}
