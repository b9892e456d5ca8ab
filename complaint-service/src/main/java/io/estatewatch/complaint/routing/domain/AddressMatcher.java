package io.estatewatch.complaint.routing.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the estate a citizen's free-text address speaks of (“XX路XX小区3幢” → XX小区): the estate whose name, one
 * of whose aliases, or whose register address occurs in the text. The longest occurrence wins (“阳光花园二期” over
 * “阳光花园”); two different estates with an equally long occurrence are ambiguous, and the complaint goes to triage.
 */
public final class AddressMatcher {

    /** Shorter names (“一区”) occur by chance in too many addresses to mean anything. */
    static final int MIN_LENGTH = 2;

    private AddressMatcher() {
    }

    public static Optional<Estate> match(String address, Collection<Estate> estates) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String text = normalise(address);
        int best = 0;
        List<Estate> bestEstates = new ArrayList<>();
        for (Estate estate : estates) {
            int length = longestOccurrence(text, estate);
            if (length == 0 || length < best) {
                continue;
            }
            if (length > best) {
                best = length;
                bestEstates.clear();
            }
            if (!bestEstates.contains(estate)) {
                bestEstates.add(estate);
            }
        }
        return bestEstates.size() == 1 ? Optional.of(bestEstates.get(0)) : Optional.empty();
    }

    private static int longestOccurrence(String text, Estate estate) {
        int longest = 0;
        List<String> names = new ArrayList<>(estate.aliases());
        names.add(estate.name());
        names.add(estate.address());
        for (String name : names) {
            if (name == null) {
                continue;
            }
            String normalised = normalise(name);
            if (normalised.length() >= MIN_LENGTH && normalised.length() > longest && text.contains(normalised)) {
                longest = normalised.length();
            }
        }
        return longest;
    }

    /** Full-width forms folded to their ordinary ones, lower case, without spaces and punctuation. */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
