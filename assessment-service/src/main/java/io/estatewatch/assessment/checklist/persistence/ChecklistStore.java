package io.estatewatch.assessment.checklist.persistence;

import io.estatewatch.assessment.checklist.domain.Checklist;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checklist versions. Inserted once, never updated. */
@Repository
public class ChecklistStore {

    private final MongoTemplate mongo;

    public ChecklistStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the version exists already */
    public void insert(Checklist checklist) {
        mongo.insert(ChecklistDocument.of(checklist));
    }

    public Optional<Checklist> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ChecklistDocument.class)).map(ChecklistDocument::toDomain);
    }

    public Optional<Checklist> latest(String code) {
        Query query = Query.query(Criteria.where("code").is(code)).with(Sort.by(Sort.Direction.DESC, "version")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, ChecklistDocument.class)).map(ChecklistDocument::toDomain);
    }

    /** The latest version of every checklist, by code. */
    public Collection<Checklist> latestOfEach() {
        Map<String, Checklist> latest = new LinkedHashMap<>();
        List<ChecklistDocument> all = mongo.find(new Query().with(Sort.by("code", "version")), ChecklistDocument.class);
        all.forEach(doc -> latest.put(doc.code(), doc.toDomain()));
        return latest.values();
    }
}
