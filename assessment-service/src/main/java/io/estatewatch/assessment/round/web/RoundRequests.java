package io.estatewatch.assessment.round.web;

import io.estatewatch.assessment.checklist.domain.ItemMark;
import io.estatewatch.assessment.checklist.domain.Photo;
import io.estatewatch.assessment.shared.Times;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** Bodies of the round endpoints. */
public final class RoundRequests {

    private RoundRequests() {
    }

    @Schema(description = "A round over the listed estates, or over every estate of the streets when none are listed")
    public record OpenRound(
            @Schema(example = "2022-Q1") @NotBlank @Size(max = 60) String name,
            @Schema(description = "A checklist version id (civilised-city-v1) or code (its latest version); "
                    + "the default checklist when absent", example = "civilised-city-v1") @Size(max = 60) String checklistVersion,
            @Schema(description = "When the round opened; now when absent") OffsetDateTime openedAt,
            @Schema(description = "When scoring is planned to end") OffsetDateTime closesAt,
            @Size(max = 2000) List<@NotBlank String> estateIds,
            @Schema(description = "The scope: urban streets and the towns around them") @Size(max = 200) List<@NotBlank String> streets,
            @Size(max = 100) List<@NotBlank String> inspectors,
            @Schema(description = "Below this total an estate is exposed; the configured one (60) when absent", example = "60")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal threshold) {
    }

    @Schema(description = "An estate's scores: each item by score or by deductions; items not listed keep their maximum")
    public record ScoreEstate(
            @NotBlank String estateId,
            @NotNull @Size(max = 200) @Valid List<Item> items,
            @Schema(description = "When the estate was inspected; now when absent") OffsetDateTime at,
            @Schema(description = "The media note if it is exposed; the configured one when absent") @Size(max = 1000) String mediaNote,
            @Schema(description = "The rectification deadline if it falls below the threshold; 15 days after `at` when absent")
            OffsetDateTime rectificationDueAt,
            @Schema(description = "When the interview is to be held if it falls below the threshold; 7 days after `at` when absent")
            OffsetDateTime interviewAt) {
    }

    public record Item(@Schema(example = "SAN-01") @NotBlank String code,
                       @Schema(description = "0 to the item's maximum; give this or deductions", example = "8.5") BigDecimal score,
                       @Size(max = 50) @Valid List<Deduction> deductions,
                       @Size(max = 2000) String note,
                       @Size(max = 50) @Valid List<PhotoMeta> photos) {

        ItemMark toDomain() {
            return new ItemMark(code, score,
                    deductions == null ? List.of() : deductions.stream().map(Deduction::toDomain).toList(), note,
                    photos == null ? List.of() : photos.stream().map(PhotoMeta::toDomain).toList());
        }
    }

    public record Deduction(@Schema(example = "LITTER") @NotBlank String rule,
                            @Schema(description = "How often the fault was found; 1 when absent") @Min(1) Integer count) {

        ItemMark.Deduction toDomain() {
            return new ItemMark.Deduction(rule, count == null ? 1 : count);
        }
    }

    @Schema(description = "What is known of a photo; the image itself is stored elsewhere")
    public record PhotoMeta(@NotBlank @Size(max = 200) String name, @Size(max = 100) String contentType,
                            @PositiveOrZero Long sizeBytes, OffsetDateTime takenAt, @Size(max = 1000) String uri) {

        Photo toDomain() {
            return new Photo(name, contentType, sizeBytes, Times.instant(takenAt), uri);
        }
    }

    public record Publish(@Schema(description = "When the results were made public; now when absent") OffsetDateTime at) {
    }
}
