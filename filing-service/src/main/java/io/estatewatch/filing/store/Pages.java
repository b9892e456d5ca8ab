package io.estatewatch.filing.store;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.Objects;

/** One page of the documents matching all of some conditions. */
public final class Pages {

    private Pages() {
    }

    public static <D> Page<D> find(MongoTemplate mongo, Class<D> type, List<Criteria> conditions, Sort sort,
                                   Pageable page) {
        List<Criteria> all = conditions.stream().filter(Objects::nonNull).toList();
        Query query = all.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(all));
        long total = mongo.count(query, type);
        List<D> content = mongo.find(query.with(sort).skip(page.getOffset()).limit(page.getPageSize()), type);
        return new PageImpl<>(content, page, total);
    }
}
