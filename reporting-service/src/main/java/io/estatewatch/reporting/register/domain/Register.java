package io.estatewatch.reporting.register.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The estates and companies the register's events named, joined to other facts at read time: a complaint that
 * arrived before its estate's registration finds the estate's street as soon as the registration is folded.
 */
public final class Register {

    private final Map<String, EstateRow> estates;
    private final Map<String, CompanyRow> companies;

    public Register(Collection<EstateRow> estates, Collection<CompanyRow> companies) {
        this.estates = estates.stream().collect(Collectors.toMap(EstateRow::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
        this.companies = companies.stream().collect(Collectors.toMap(CompanyRow::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    public static Register empty() {
        return new Register(java.util.List.of(), java.util.List.of());
    }

    public Optional<EstateRow> estate(String estateId) {
        return estateId == null ? Optional.empty() : Optional.ofNullable(estates.get(estateId));
    }

    public Collection<EstateRow> estates() {
        return estates.values();
    }

    public Collection<CompanyRow> companies() {
        return companies.values();
    }

    /** The estate's street as its entry stood at {@code moment}; empty when the estate is not (yet) known. */
    public Optional<String> streetOf(String estateId, Instant moment) {
        return estate(estateId).flatMap(e -> e.entryAt(moment)).map(EstateRow.Entry::street);
    }

    /** The estate's name as its entry stood at {@code moment}. */
    public Optional<String> estateName(String estateId, Instant moment) {
        return estate(estateId).flatMap(e -> e.entryAt(moment)).map(EstateRow.Entry::name);
    }

    /** The company managing the estate at {@code moment}. */
    public Optional<String> companyOf(String estateId, Instant moment) {
        return estate(estateId).flatMap(e -> e.companyAt(moment));
    }

    public Optional<String> companyName(String companyId) {
        return companyId == null ? Optional.empty()
                : Optional.ofNullable(companies.get(companyId)).map(CompanyRow::name);
    }
}
