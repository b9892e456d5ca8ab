package io.estatewatch.complaint.open311;

import io.estatewatch.complaint.DistrictSettings;
import io.estatewatch.complaint.Identifiers;
import io.estatewatch.complaint.handling.domain.ComplaintStatus;
import io.estatewatch.complaint.handling.persistence.ComplaintDocument;
import io.estatewatch.complaint.handling.persistence.ComplaintDocument.StepEntry;
import io.estatewatch.complaint.handling.persistence.ComplaintStore;
import io.estatewatch.complaint.intake.IntakeService;
import io.estatewatch.complaint.intake.domain.Submission;
import io.estatewatch.complaint.routing.EstateDirectory;
import io.estatewatch.events.complaint.AssigneeType;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * GeoReport v2 over the complaints: citizens' apps post service requests (complaints) with an api_key and read the
 * public status of any request. The public view carries no complainant data, and phone-like digit runs in descriptions
 * are masked.
 */
@Service
public class Open311Service {

    /** Seven or more digits, with the separators people type: a phone number in a description. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[\\s-]?\\d){6,}");
    private static final List<String> CLOSED = List.of(ComplaintStatus.CLOSED.name(), ComplaintStatus.MERGED.name());

    private final IntakeService intake;
    private final MongoTemplate mongo;
    private final EstateDirectory directory;
    private final Open311Settings settings;
    private final DistrictSettings district;
    private final Clock clock;

    public Open311Service(IntakeService intake, MongoTemplate mongo, EstateDirectory directory, Open311Settings settings,
                          DistrictSettings district, Clock clock) {
        this.intake = intake;
        this.mongo = mongo;
        this.directory = directory;
        this.settings = settings;
        this.district = district;
        this.clock = clock;
    }

    public void requireJurisdiction(String jurisdictionId) {
        if (jurisdictionId != null && !jurisdictionId.isBlank() && !jurisdictionId.equals(settings.jurisdictionId())) {
            throw new Open311Exception(404, "jurisdiction_id '" + jurisdictionId + "' is not served here; this endpoint "
                    + "serves '" + settings.jurisdictionId() + "'.");
        }
    }

    public ComplaintCategory service(String serviceCode) {
        if (serviceCode == null || serviceCode.isBlank()) {
            throw new Open311Exception(400, "service_code is required.");
        }
        ComplaintCategory category = Open311Services.category(serviceCode);
        if (category == null) {
            throw new Open311Exception(404, "service_code '" + serviceCode + "' was not found; GET services lists them.");
        }
        return category;
    }

    /** The POST requests parameters of the spec that this endpoint reads. */
    public record NewRequest(String apiKey, String jurisdictionId, String serviceCode, String lat, String lon,
                             String addressString, String addressId, String estateAttribute, String firstName,
                             String lastName, String phone, String description) {
    }

    /** Takes a service request in as a complaint on the api_key's channel; answers its id and notice. */
    public Map<String, Object> create(NewRequest request) {
        Channel channel = request.apiKey() == null ? null : settings.apiKeys().get(request.apiKey());
        if (channel == null) {
            throw new Open311Exception(403, "Invalid api_key received -- can't proceed with create_request.");
        }
        requireJurisdiction(request.jurisdictionId());
        if (request.serviceCode() == null || request.serviceCode().isBlank()) {
            throw new Open311Exception(400, "service_code is required.");
        }
        if (Open311Services.category(request.serviceCode()) == null) {
            throw new Open311Exception(400, "service_code '" + request.serviceCode() + "' was not found.");
        }
        String address = blankToNull(request.addressString());
        boolean coordinates = request.lat() != null && request.lon() != null;
        if (coordinates) {
            coordinate(request.lat(), "lat", 90);
            coordinate(request.lon(), "long", 180);
        }
        String estateId = blankToNull(request.estateAttribute()) != null ? request.estateAttribute().strip()
                : blankToNull(request.addressId());
        if (address == null && estateId == null && !coordinates) {
            throw new Open311Exception(400, "A location is required: lat and long, address_string or address_id.");
        }
        if (address == null && estateId == null) {
            address = "lat " + request.lat().strip() + ", long " + request.lon().strip();
        }
        String name = (nullToEmpty(request.lastName()) + nullToEmpty(request.firstName())).strip();
        Submission.Raw raw = new Submission.Raw(channel.name(), "open311-" + Identifiers.newId(), null, estateId,
                address, request.serviceCode(), request.description(), name.isEmpty() ? null : name, request.phone());
        IntakeService.Outcome outcome;
        try {
            outcome = intake.receive(Caller.hotlineClient("open311", channel.name()), raw);
        } catch (InvalidInputException invalid) {
            throw new Open311Exception(400, invalid.problems().stream()
                    .map(problem -> open311Field(problem) + " " + problem.message())
                    .collect(Collectors.joining("; ")) + ".");
        }
        ComplaintDocument complaint = outcome.complaint();
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", complaint.getId());
        created.put("service_notice", "已受理，编号 " + complaint.getNumber() + "；将于 "
                + local(complaint.getResponseDueAt()) + " 前响应，" + local(complaint.getResolutionDueAt()) + " 前办结。");
        created.put("account_id", null);
        return created;
    }

    /** GET requests: by ids, or by service codes, dates and status (default: the last 90 days). */
    public List<Object> find(String serviceRequestIds, String serviceCodes, String startDate, String endDate,
                             String status) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("districtId").is(district.districtId()));
        List<String> ids = list(serviceRequestIds);
        if (!ids.isEmpty()) {
            all.add(Criteria.where("_id").in(ids));
        } else {
            Instant start = date(startDate, "start_date");
            Instant end = date(endDate, "end_date");
            if (start == null && end == null) {
                start = clock.instant().minus(Duration.ofDays(settings.defaultDays()));
            }
            if (start != null) {
                all.add(Criteria.where("receivedAt").gte(start));
            }
            if (end != null) {
                all.add(Criteria.where("receivedAt").lte(end));
            }
            List<String> codes = list(serviceCodes);
            for (String code : codes) {
                service(code);
            }
            if (!codes.isEmpty()) {
                all.add(Criteria.where("category").in(codes));
            }
            List<String> statuses = list(status);
            for (String wanted : statuses) {
                if (!wanted.equals("open") && !wanted.equals("closed")) {
                    throw new Open311Exception(400, "status must be open or closed, was '" + wanted + "'.");
                }
            }
            if (statuses.size() == 1) {
                all.add(statuses.contains("open") ? Criteria.where("status").nin(CLOSED) : Criteria.where("status").in(CLOSED));
            }
        }
        Query query = new Query(new Criteria().andOperator(all.toArray(Criteria[]::new)))
                .with(Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.asc("_id")))
                .limit(settings.maxRequests());
        return mongo.find(query, ComplaintDocument.class, ComplaintStore.COLLECTION).stream()
                .map(doc -> (Object) view(doc)).toList();
    }

    public Map<String, Object> one(String id) {
        ComplaintDocument doc = mongo.findById(id, ComplaintDocument.class, ComplaintStore.COLLECTION);
        if (doc == null || !doc.getDistrictId().equals(district.districtId())) {
            throw new Open311Exception(404, "service_request_id '" + id + "' was not found.");
        }
        return view(doc);
    }

    private Map<String, Object> view(ComplaintDocument doc) {
        Map<String, Object> request = new LinkedHashMap<>();
        boolean closed = CLOSED.contains(doc.getStatus().name());
        request.put("service_request_id", doc.getId());
        request.put("status", closed ? "closed" : "open");
        request.put("status_notes", doc.getStatus().labelZh() + (doc.getMergedInto() == null ? "" : "（与其他诉求合并办理）"));
        request.put("service_name", doc.getCategory().labelZh());
        request.put("service_code", doc.getCategory().name());
        request.put("description", masked(doc.getDescription()));
        request.put("agency_responsible", agency(doc));
        request.put("service_notice", "编号 " + doc.getNumber());
        request.put("requested_datetime", local(doc.getReceivedAt()));
        request.put("updated_datetime", local(updated(doc)));
        request.put("expected_datetime", closed ? null : local(doc.getResolutionDueAt()));
        request.put("address", doc.getEstateName() != null ? doc.getEstateName() : doc.getAddress());
        request.put("address_id", doc.getEstateId());
        request.put("zipcode", null);
        request.put("lat", null);
        request.put("long", null);
        request.put("media_url", null);
        return request;
    }

    private String agency(ComplaintDocument doc) {
        if (doc.getAssigneeType() == null) {
            return "区房产管理中心物业管理股";
        }
        return doc.getAssigneeType() == AssigneeType.STREET ? doc.getAssigneeId()
                : directory.companyName(doc.getAssigneeId()).orElse(AssigneeType.COMPANY.labelZh());
    }

    private static Instant updated(ComplaintDocument doc) {
        Instant latest = doc.getReceivedAt();
        for (StepEntry step : doc.getHistory()) {
            if (step.at().isAfter(latest)) {
                latest = step.at();
            }
        }
        return latest;
    }

    /** 13812345678 → 138****5678, 0571-87654321 → 057****4321: what the public view shows of a digit run. */
    static String masked(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = DIGIT_RUN.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String digits = matcher.group().replaceAll("[\\s-]", "");
            matcher.appendReplacement(result, digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private String local(Instant instant) {
        ZoneId zone = district.zone();
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime().toString();
    }

    private static Instant date(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Exception(400, parameter + " must be a w3 date-time such as 2022-03-01T00:00:00+08:00.");
        }
    }

    private static void coordinate(String value, String parameter, double limit) {
        try {
            double number = Double.parseDouble(value.strip());
            if (Double.isNaN(number) || Math.abs(number) > limit) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new Open311Exception(400, parameter + " must be a decimal number within ±" + (int) limit + ".");
        }
    }

    private static String open311Field(FieldProblem problem) {
        return switch (problem.field() == null ? "" : problem.field()) {
            case "complainant.phone" -> "phone";
            case "complainant.name" -> "first_name/last_name";
            case "category" -> "service_code";
            case "estateId" -> "address_id";
            case "address" -> "address_string";
            default -> problem.field();
        };
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
