package io.estatewatch.complaint;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * The district this service takes complaints for.
 *
 * @param district {@code estatewatch.district.id}: put into every event's {@code districtId}
 * @param zone     {@code estatewatch.zone}: where working days begin and end, and the offset times are shown with
 */
@ConfigurationProperties("estatewatch")
public record DistrictSettings(@DefaultValue District district, @DefaultValue("Asia/Shanghai") ZoneId zone) {

    public record District(@DefaultValue("district-1") String id) {
    }

    public String districtId() {
        return district.id();
    }
}
