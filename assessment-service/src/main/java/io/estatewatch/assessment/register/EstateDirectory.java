package io.estatewatch.assessment.register;

import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.servicekit.security.Caller;
import io.estatewatch.servicekit.security.Role;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The district's estates and property companies, folded from the register's events by {@link RegisterEventsFold}.
 * The service never asks the filing-service: an estate it has not heard of yet does not exist here.
 */
@Component
public class EstateDirectory {

    static final String ESTATES = "estates";
    static final String COMPANIES = "companies";

    private final MongoTemplate mongo;
    private final String districtId;

    public EstateDirectory(MongoTemplate mongo, ServiceSettings settings) {
        this.mongo = mongo;
        this.districtId = settings.districtId();
    }

    public Optional<Estate> find(String estateId) {
        if (estateId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(inDistrict(Criteria.where("_id").is(estateId)), Document.class, ESTATES))
                .map(EstateDirectory::estate);
    }

    /** The known ones among {@code estateIds}, by id. */
    public Map<String, Estate> findAll(Collection<String> estateIds) {
        Map<String, Estate> found = new LinkedHashMap<>();
        mongo.find(inDistrict(Criteria.where("_id").in(estateIds)), Document.class, ESTATES)
                .forEach(doc -> found.put(doc.getString("_id"), estate(doc)));
        return found;
    }

    /** Every estate of the streets (every estate of the district when {@code streets} is null), by street and name. */
    public List<Estate> inStreets(Collection<String> streets) {
        Criteria criteria = streets == null ? new Criteria() : Criteria.where("street").in(streets);
        Query query = inDistrict(criteria).with(Sort.by("street", "name", "_id"));
        return mongo.find(query, Document.class, ESTATES).stream().map(EstateDirectory::estate).toList();
    }

    /** The estates whose records the caller may see: all, its streets', or its company's; by street and name. */
    public List<Estate> visibleTo(Caller caller) {
        if (caller.seesAllStreets()) {
            return inStreets(null);
        }
        Criteria criteria = caller.role() == Role.COMPANY_USER ? Criteria.where("companyId").is(caller.companyId())
                : caller.role() == Role.STREET_OFFICER ? Criteria.where("street").in(caller.streets())
                : Criteria.where("_id").exists(false);
        return mongo.find(inDistrict(criteria).with(Sort.by("street", "name", "_id")), Document.class, ESTATES).stream()
                .map(EstateDirectory::estate).toList();
    }

    public boolean companyExists(String companyId) {
        return companyId != null
                && mongo.exists(inDistrict(Criteria.where("_id").is(companyId)), COMPANIES);
    }

    /** Company names by id, for the companies known among {@code companyIds}. */
    public Map<String, String> companyNames(Collection<String> companyIds) {
        Map<String, String> names = new LinkedHashMap<>();
        mongo.find(inDistrict(Criteria.where("_id").in(companyIds)), Document.class, COMPANIES)
                .forEach(doc -> names.put(doc.getString("_id"), doc.getString("name")));
        return names;
    }

    private Query inDistrict(Criteria criteria) {
        return Query.query(new Criteria().andOperator(criteria, Criteria.where("districtId").is(districtId)));
    }

    private static Estate estate(Document doc) {
        return new Estate(doc.getString("_id"), doc.getString("name"), doc.getString("street"),
                doc.getString("community"), doc.getString("companyId"));
    }
}
