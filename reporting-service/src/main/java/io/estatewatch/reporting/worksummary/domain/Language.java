package io.estatewatch.reporting.worksummary.domain;

import io.estatewatch.servicekit.error.InvalidInputException;

import java.util.Locale;

/** The languages a work summary is written in: Simplified Chinese first, English second. */
public enum Language {
    ZH_CN("zh-CN"), EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** {@code zh-CN} (also {@code zh}, {@code zh_cn}) or {@code en}; absent means zh-CN; anything else is a 400. */
    public static Language of(String value) {
        if (value == null || value.isBlank()) {
            return ZH_CN;
        }
        String wanted = value.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "zh-cn", "zh", "zh-hans", "zh-hans-cn" -> ZH_CN;
            case "en", "en-us", "en-gb" -> EN;
            default -> throw InvalidInputException.of("lang", "must be zh-CN or en");
        };
    }
}
