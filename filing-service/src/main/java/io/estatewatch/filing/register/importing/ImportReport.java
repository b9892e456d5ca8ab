package io.estatewatch.filing.register.importing;

import io.estatewatch.servicekit.error.FieldProblem;

import java.util.List;

/**
 * What an import did, row by row: each row of the sheet was REGISTERED, UPDATED, UNCHANGED (importing the same file
 * again changes nothing) or REJECTED with its problems.
 *
 * @param ignoredColumns headings of the sheet that no field reads
 */
public record ImportReport(int rows, int registered, int updated, int unchanged, int rejected,
                           List<String> ignoredColumns, List<RowResult> results) {

    public enum Outcome { REGISTERED, UPDATED, UNCHANGED, REJECTED }

    /**
     * @param row      the row's number as the spreadsheet shows it (the header is row 1)
     * @param id       the company or estate the row registered or matched
     * @param problems why the row was rejected: invalid fields
     * @param detail   why the row was rejected, when it is not about one field (a conflict with the register)
     */
    public record RowResult(int row, Outcome outcome, String id, String name, List<FieldProblem> problems,
                            String detail) {
    }

    static ImportReport of(List<String> ignoredColumns, List<RowResult> results) {
        return new ImportReport(results.size(), count(results, Outcome.REGISTERED), count(results, Outcome.UPDATED),
                count(results, Outcome.UNCHANGED), count(results, Outcome.REJECTED), ignoredColumns, results);
    }

    private static int count(List<RowResult> results, Outcome outcome) {
        return (int) results.stream().filter(result -> result.outcome() == outcome).count();
    }
}
