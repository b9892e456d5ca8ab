package io.estatewatch.complaint.open311;

import io.estatewatch.events.complaint.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Instant;
import java.util.Map;

/**
 * {@code estatewatch.complaint.open311.*}: the GeoReport v2 endpoint.
 *
 * @param jurisdictionId the jurisdiction this endpoint serves (requests naming another are refused)
 * @param apiKeys        api_key → the channel the requests posted with it come in on (e.g. CITIZEN_FORUM); keys come
 *                       from the environment or a Secret in production
 * @param contact        discovery's contact text
 * @param keyService     discovery's key_service text: how to get an api_key
 * @param changeset      when the service list last changed (discovery and clients cache by it)
 * @param maxRequests    the most requests one GET requests answers (the spec suggests 1000)
 * @param defaultDays    without dates or ids, GET requests covers this many days back (the spec suggests 90)
 */
@ConfigurationProperties("estatewatch.complaint.open311")
public record Open311Settings(@DefaultValue("district-1") String jurisdictionId,
                              @DefaultValue Map<String, Channel> apiKeys,
                              @DefaultValue("区房产管理中心物业管理股") String contact,
                              @DefaultValue("api_key 由区房产管理中心物业管理股发放") String keyService,
                              @DefaultValue("2026-11-01T00:00:00Z") Instant changeset,
                              @DefaultValue("1000") int maxRequests,
                              @DefaultValue("90") int defaultDays) {

    @Override
    public String toString() {
        return "Open311Settings[jurisdictionId=" + jurisdictionId + ", apiKeys=" + apiKeys.size() + " keys]";
    }
}
