package io.estatewatch.complaint.open311;

import io.estatewatch.events.complaint.ComplaintCategory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2): discovery, services, service definitions, and service
 * requests, each in {@code .json} and {@code .xml}. Public: reads need no credentials; posting a request needs an
 * {@code api_key}. Errors are the spec's error lists with its status codes.
 */
@RestController
@RequestMapping("/open311/v2")
@Tag(name = "Open311 GeoReport v2", description = "The public door for citizens' apps: the complaint categories as "
        + "services, requests in and their public status out; JSON or XML by the path's extension")
public class Open311Controller {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    private final Open311Service open311;
    private final Open311Settings settings;

    public Open311Controller(Open311Service open311, Open311Settings settings) {
        this.open311 = open311;
        this.settings = settings;
    }

    @GetMapping("/discovery.{format}")
    @Operation(summary = "Service discovery", description = "Where this endpoint is and which formats it speaks.")
    public ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
        Open311Format as = Open311Format.of(format);
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", ServletUriComponentsBuilder.fromContextPath(request).path("/open311/v2").toUriString());
        endpoint.put("changeset", DateTimeFormatter.ISO_INSTANT.format(settings.changeset()));
        endpoint.put("type", "production");
        endpoint.put("formats", as.nested("format", List.of("text/xml", "application/json")));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", DateTimeFormatter.ISO_INSTANT.format(settings.changeset()));
        discovery.put("contact", settings.contact());
        discovery.put("key_service", settings.keyService());
        discovery.put("endpoints", as.nested("endpoint", List.of(endpoint)));
        return as.write(200, "discovery", null, discovery);
    }

    @GetMapping("/services.{format}")
    @Operation(summary = "Service list", description = "The complaint categories, with their zh-CN names.")
    public ResponseEntity<String> services(@PathVariable String format,
                                           @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        Open311Format as = Open311Format.of(format);
        open311.requireJurisdiction(jurisdictionId);
        return as.write(200, "services", "service", Open311Services.list());
    }

    @GetMapping("/services/{serviceCode}.{format}")
    @Operation(summary = "Service definition", description = "The attributes a request of the service may carry: "
            + "attribute[estate_id], the register's estate id.")
    public ResponseEntity<String> definition(@PathVariable String serviceCode, @PathVariable String format,
                                             @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        Open311Format as = Open311Format.of(format);
        open311.requireJurisdiction(jurisdictionId);
        ComplaintCategory category = open311.service(serviceCode);
        return as.write(200, "service_definition", null, Open311Services.definition(category, as));
    }

    @PostMapping(path = "/requests.{format}")
    @Operation(summary = "Create a service request", description = "Form-encoded, with api_key. A location is required "
            + "(address_string naming the estate, address_id or attribute[estate_id] = the estate id, or lat and long). "
            + "The request becomes a complaint on the api_key's channel.")
    public ResponseEntity<String> create(@PathVariable String format, HttpServletRequest request,
                                         @Parameter(description = "Issued by the district") @RequestParam(name = "api_key", required = false) String apiKey,
                                         @RequestParam(name = "service_code", required = false) String serviceCode,
                                         @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId,
                                         @RequestParam(name = "lat", required = false) String lat,
                                         @RequestParam(name = "long", required = false) String lon,
                                         @RequestParam(name = "address_string", required = false) String addressString,
                                         @RequestParam(name = "address_id", required = false) String addressId,
                                         @RequestParam(name = "first_name", required = false) String firstName,
                                         @RequestParam(name = "last_name", required = false) String lastName,
                                         @RequestParam(name = "phone", required = false) String phone,
                                         @RequestParam(name = "description", required = false) String description) {
        Open311Format as = Open311Format.of(format);
        Map<String, Object> created = open311.create(new Open311Service.NewRequest(apiKey, jurisdictionId, serviceCode,
                lat, lon, addressString, addressId, request.getParameter("attribute[" + Open311Services.ESTATE_ATTRIBUTE + "]"),
                firstName, lastName, phone, description));
        return as.write(201, "service_requests", "request", List.of(created));
    }

    @GetMapping("/requests.{format}")
    @Operation(summary = "Service requests", description = "By service_request_id (comma-separated), or by "
            + "service_code, start_date, end_date (w3 date-times) and status (open, closed); without either, the last 90 "
            + "days; at most 1000, newest first.")
    public ResponseEntity<String> requests(@PathVariable String format,
                                           @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId,
                                           @RequestParam(name = "service_request_id", required = false) String ids,
                                           @RequestParam(name = "service_code", required = false) String serviceCode,
                                           @RequestParam(name = "start_date", required = false) String startDate,
                                           @RequestParam(name = "end_date", required = false) String endDate,
                                           @RequestParam(name = "status", required = false) String status) {
        Open311Format as = Open311Format.of(format);
        open311.requireJurisdiction(jurisdictionId);
        return as.write(200, "service_requests", "request", open311.find(ids, serviceCode, startDate, endDate, status));
    }

    @GetMapping("/requests/{id}.{format}")
    @Operation(summary = "One service request", description = "Its public status, as a list of one.")
    public ResponseEntity<String> request(@PathVariable String id, @PathVariable String format,
                                          @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        Open311Format as = Open311Format.of(format);
        open311.requireJurisdiction(jurisdictionId);
        return as.write(200, "service_requests", "request", List.of(open311.one(id)));
    }
}
