package io.estatewatch.assessment.shared;

import io.estatewatch.servicekit.security.Caller;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The criteria of a listing: the caller's scope and the filters given; absent filters filter nothing. */
public final class Filter {

    private final List<Criteria> all = new ArrayList<>();

    private Filter() {
    }

    /** Records of the estates the caller may see ({@link EstateScope}). */
    public static Filter scopedTo(Caller caller) {
        return new Filter().and(EstateScope.of(caller));
    }

    /** Records of the estates the caller may see, for documents that keep the estate under {@code prefix}. */
    public static Filter scopedTo(Caller caller, String prefix) {
        return new Filter().and(EstateScope.of(caller, prefix));
    }

    public static Filter none() {
        return new Filter();
    }

    public Filter eq(String field, Object value) {
        return value == null ? this : and(Criteria.where(field).is(value));
    }

    /** {@code from} ≤ field &lt; {@code to}, either end open when null. */
    public Filter between(String field, Instant from, Instant to) {
        if (from != null) {
            and(Criteria.where(field).gte(from));
        }
        if (to != null) {
            and(Criteria.where(field).lt(to));
        }
        return this;
    }

    /** {@code from} ≤ field ≤ {@code to}, either end open when null. */
    public Filter within(String field, Object from, Object to) {
        if (from != null) {
            and(Criteria.where(field).gte(from));
        }
        if (to != null) {
            and(Criteria.where(field).lte(to));
        }
        return this;
    }

    public Filter and(Criteria criteria) {
        all.add(criteria);
        return this;
    }

    public Criteria criteria() {
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }
}
