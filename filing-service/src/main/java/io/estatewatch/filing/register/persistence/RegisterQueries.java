package io.estatewatch.filing.register.persistence;

import io.estatewatch.events.register.ServiceGrade;
import io.estatewatch.filing.store.Pages;
import io.estatewatch.filing.store.Scope;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds companies and estates: by natural key, and the paged, filtered, scoped listings. */
@Component
public class RegisterQueries {

    private static final Sort BY_STREET_AND_NAME = Sort.by("street", "name", "_id");
    private static final Sort BY_NAME = Sort.by("name", "_id");

    private final MongoTemplate mongo;

    public RegisterQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The unique indexes that keep the register's natural keys (a credit code once, a name once per street) and the
     * indexes of the listings; existing ones are left alone.
     */
    public void ensureIndexes() {
        var companies = mongo.indexOps(CompanyDocument.class);
        companies.createIndex(new Index().on("districtId", Sort.Direction.ASC).on("creditCode", Sort.Direction.ASC)
                .unique().named("credit_code_once"));
        var estates = mongo.indexOps(EstateDocument.class);
        estates.createIndex(new Index().on("districtId", Sort.Direction.ASC).on("street", Sort.Direction.ASC)
                .on("name", Sort.Direction.ASC).unique().named("name_once_per_street"));
        estates.createIndex(new Index().on("companyId", Sort.Direction.ASC));
    }

    public Optional<CompanyDocument> companyByCreditCode(String districtId, String creditCode) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("districtId").is(districtId)
                .and("creditCode").is(creditCode)), CompanyDocument.class));
    }

    public Optional<EstateDocument> estateByName(String districtId, String street, String name) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("districtId").is(districtId)
                .and("street").is(street).and("name").is(name)), EstateDocument.class));
    }

    public boolean companyExists(String districtId, String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id).and("districtId").is(districtId)),
                CompanyDocument.class);
    }

    /** The ids of the estates in any of {@code streets}. */
    public Set<String> estateIdsIn(String districtId, Collection<String> streets) {
        Query query = Query.query(Criteria.where("districtId").is(districtId).and("street").in(streets));
        query.fields().include("_id");
        return mongo.find(query, Document.class, EstateDocument.COLLECTION).stream()
                .map(doc -> doc.get("_id").toString()).collect(Collectors.toSet());
    }

    /** What an estate listing asks for; null fields do not filter. */
    public record EstateFilter(String districtId, String street, String companyId, ServiceGrade grade,
                               Boolean unmanaged, String name) {
    }

    /** Estates by street and name. */
    public Page<EstateDocument> estates(EstateFilter filter, Scope scope, Pageable page) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("districtId").is(filter.districtId()));
        if (filter.street() != null) {
            all.add(Criteria.where("street").is(filter.street()));
        }
        if (filter.companyId() != null) {
            all.add(Criteria.where("companyId").is(filter.companyId()));
        }
        if (filter.grade() != null) {
            all.add(Criteria.where("serviceGrade").is(filter.grade()));
        }
        if (filter.unmanaged() != null) {
            all.add(filter.unmanaged() ? Criteria.where("companyId").is(null) : Criteria.where("companyId").ne(null));
        }
        if (filter.name() != null) {
            Pattern contains = Pattern.compile(Pattern.quote(filter.name()));
            all.add(new Criteria().orOperator(Criteria.where("name").regex(contains),
                    Criteria.where("aliases").regex(contains)));
        }
        all.add(scope.criteria());
        return Pages.find(mongo, EstateDocument.class, all, BY_STREET_AND_NAME, page);
    }

    /** Companies by name; {@code name} finds those whose name contains it. */
    public Page<CompanyDocument> companies(String districtId, String name, String onlyId, Pageable page) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("districtId").is(districtId));
        if (name != null) {
            all.add(Criteria.where("name").regex(Pattern.compile(Pattern.quote(name))));
        }
        if (onlyId != null) {
            all.add(Criteria.where("_id").is(onlyId));
        }
        return Pages.find(mongo, CompanyDocument.class, all, BY_NAME, page);
    }
}
