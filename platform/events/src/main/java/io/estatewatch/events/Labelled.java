package io.estatewatch.events;

/** A domain code with the Chinese label the UI, the reports and the API's {@code label} fields show. */
public interface Labelled {

    String name();

    String labelZh();

    /** The English label; defaults to the code in sentence case. */
    default String labelEn() {
        String words = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
