package io.estatewatch.assessment.shared;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The page parameters every listing takes ({@code page} from 0, {@code size} 1–{@value #MAX_SIZE}) and paged finds. */
public final class Paging {

    public static final int MAX_SIZE = 100;
    public static final String DEFAULT_SIZE = "20";

    private Paging() {
    }

    public static Pageable of(int page, int size, Sort sort) {
        return PageRequest.of(page, size, sort);
    }

    /** The page the client asked for, in the order the service lists in. */
    public static Pageable of(int page, int size) {
        return PageRequest.of(page, size);
    }

    public static Pageable sorted(Pageable page, Sort sort) {
        return PageRequest.of(page.getPageNumber(), page.getPageSize(), sort);
    }

    /** One page of the documents the query matches, and how many match in all. */
    public static <T> Page<T> find(MongoTemplate mongo, Query query, Pageable page, Class<T> type) {
        long total = mongo.count(query, type);
        return new PageImpl<>(mongo.find(Query.of(query).with(page), type), page, total);
    }
}
