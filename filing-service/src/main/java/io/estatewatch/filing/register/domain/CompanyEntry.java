package io.estatewatch.filing.register.domain;

import io.estatewatch.filing.domain.Problems;
import io.estatewatch.servicekit.error.InvalidInputException;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A property-service company's register entry (物业服务企业): name, unified social credit code, contact and notes on
 * its qualification (资质).
 */
public record CompanyEntry(String name, CreditCode creditCode, Contact contact, String qualificationNotes) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,18}[0-9]");

    public CompanyEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(creditCode, "creditCode");
    }

    /** An entry as a client or a spreadsheet row gives it. */
    public record Draft(String name, String creditCode, String contactName, String contactPhone,
                        String qualificationNotes) {
    }

    /**
     * Checks and cleans a draft; a credit code that fails the GB 32100 check is refused saying why.
     *
     * @throws InvalidInputException naming every invalid field
     */
    public static CompanyEntry of(Draft draft) {
        Problems problems = Problems.of();
        CompanyEntry entry = check(draft, problems);
        problems.throwIfAny("The company");
        return entry;
    }

    public static Problems problems(Draft draft) {
        Problems problems = Problems.of();
        check(draft, problems);
        return problems;
    }

    private static CompanyEntry check(Draft draft, Problems problems) {
        String name = problems.text("name", draft.name(), 100);
        CreditCode code = null;
        try {
            code = CreditCode.parse("creditCode", draft.creditCode());
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(problem -> problems.add(problem.field(), problem.message()));
        }
        String contactName = problems.optionalText("contact.name", draft.contactName(), 50);
        String phone = problems.optionalText("contact.phone", draft.contactPhone(), 20);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add("contact.phone", "must be a phone number (digits, spaces and dashes)");
        }
        String notes = problems.optionalText("qualificationNotes", draft.qualificationNotes(), 1_000);
        if (!problems.isEmpty()) {
            return null;
        }
        Contact contact = contactName == null && phone == null ? null : new Contact(contactName, phone);
        return new CompanyEntry(name, code, contact, notes);
    }
}
