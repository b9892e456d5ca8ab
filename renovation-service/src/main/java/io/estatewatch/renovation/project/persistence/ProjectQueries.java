package io.estatewatch.renovation.project.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The listings of projects: filtered, scoped to estates, paged. */
@Component
public class ProjectQueries {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("plannedAt"), Sort.Order.asc("_id"));
    private static final Sort MOST_OVERDUE_FIRST = Sort.by(Sort.Order.asc("earliestOpenDueOn"), Sort.Order.asc("_id"));

    private final MongoTemplate mongo;

    public ProjectQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Creates the indexes the listings use; existing ones are left alone. */
    public void ensureIndexes() {
        var indexes = mongo.indexOps(ProjectDocument.class);
        indexes.createIndex(new Index().on("districtId", Sort.Direction.ASC).on("programme", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("estateIds", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("earliestOpenDueOn", Sort.Direction.ASC));
    }

    /**
     * Projects matching the filter, newest plan first.
     *
     * @param estates null for every estate; otherwise only projects renovating one of these
     */
    public Page<ProjectDocument> find(ProjectFilter filter, Collection<String> estates, Pageable page) {
        return page(criteria(filter, estates), page, NEWEST_FIRST);
    }

    /** Projects with a milestone still open after its planned day, as of {@code today}; the longest overdue first. */
    public Page<ProjectDocument> behindSchedule(String districtId, LocalDate today, Collection<String> estates,
                                               Pageable page) {
        List<Criteria> criteria = criteria(new ProjectFilter(districtId, null, null, null, null), estates);
        criteria.add(Criteria.where("earliestOpenDueOn").lt(ProjectDocument.day(today)));
        return page(criteria, page, MOST_OVERDUE_FIRST);
    }

    /** Every project of a programme. */
    public List<ProjectDocument> ofProgramme(String districtId, String programme) {
        return mongo.find(Query.query(Criteria.where("districtId").is(districtId).and("programme").is(programme)),
                ProjectDocument.class);
    }

    private static List<Criteria> criteria(ProjectFilter filter, Collection<String> estates) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("districtId").is(filter.districtId()));
        if (filter.programme() != null) {
            all.add(Criteria.where("programme").is(filter.programme()));
        }
        if (filter.type() != null) {
            all.add(Criteria.where("type").is(filter.type()));
        }
        if (filter.state() != null) {
            all.add(Criteria.where("state").is(filter.state()));
        }
        if (filter.estateId() != null) {
            all.add(Criteria.where("estateIds").is(filter.estateId()));
        }
        if (estates != null) {
            all.add(Criteria.where("estateIds").in(estates));
        }
        return all;
    }

    private Page<ProjectDocument> page(List<Criteria> criteria, Pageable page, Sort sort) {
        Query query = Query.query(new Criteria().andOperator(criteria));
        long total = mongo.count(query, ProjectDocument.class);
        List<ProjectDocument> content = mongo.find(query.with(sort).skip(page.getOffset()).limit(page.getPageSize()),
                ProjectDocument.class);
        return new PageImpl<>(content, page, total);
    }
}
