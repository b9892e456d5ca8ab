package io.estatewatch.complaint.duplicate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** {@code estatewatch.complaint.duplicates.window}: how far apart two receipts may be to count as one case (7 days). */
@ConfigurationProperties("estatewatch.complaint.duplicates")
public record DuplicateSettings(@DefaultValue("7d") Duration window) {
}
