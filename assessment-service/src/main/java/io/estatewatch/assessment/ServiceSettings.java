package io.estatewatch.assessment;

import io.estatewatch.events.assessment.SupplyUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The district this service supervises and the rules of its supervision work.
 *
 * @param district   {@code estatewatch.district.id}: put into every event's {@code districtId}
 * @param zone       {@code estatewatch.zone}: the zone of the district's days; times in responses carry its offset
 * @param assessment {@code estatewatch.assessment.*}
 */
@ConfigurationProperties("estatewatch")
public record ServiceSettings(@DefaultValue District district,
                              @DefaultValue("Asia/Shanghai") ZoneId zone,
                              @DefaultValue Assessment assessment) {

    public record District(@DefaultValue("district-1") String id) {
    }

    public String districtId() {
        return district.id();
    }

    /**
     * @param exposureThreshold  an estate scoring below this is exposed, its company summoned and a rectification
     *                           ordered; a round may set its own when it opens
     * @param mediaNote          the media note of an exposure when the scorer gives none
     * @param rectificationPeriod how long a company has to rectify the failed items of an order
     * @param interviewAfter     how long after the scoring the interview (约谈) is scheduled
     * @param extensionAfterFailure the new deadline of an order a re-inspection failed, counted from the re-inspection
     * @param followUpRetry      how often follow-ups (orders, interviews) left unissued by a crash are issued again
     * @param defaultChecklist   the checklist a round uses when it names none; seeded at start-up
     * @param disorderTypes      the disorder types (十乱) cases may be opened for: code → Chinese label
     * @param supplyItems        the epidemic supplies of the ledger: code → label and counting unit
     */
    public record Assessment(@DefaultValue("60") BigDecimal exposureThreshold,
                             @DefaultValue("考评得分低于60分，在区融媒体中心予以曝光，物业服务企业负责人公开表态整改") String mediaNote,
                             @DefaultValue("15d") Duration rectificationPeriod,
                             @DefaultValue("7d") Duration interviewAfter,
                             @DefaultValue("15d") Duration extensionAfterFailure,
                             @DefaultValue("10s") Duration followUpRetry,
                             @DefaultValue("civilised-city") String defaultChecklist,
                             Map<String, String> disorderTypes,
                             Map<String, SupplyItem> supplyItems) {

        public Assessment {
            disorderTypes = disorderTypes == null || disorderTypes.isEmpty() ? TEN_DISORDERS
                    : Collections.unmodifiableMap(new LinkedHashMap<>(disorderTypes));
            supplyItems = supplyItems == null || supplyItems.isEmpty() ? SUPPLIES
                    : Collections.unmodifiableMap(new LinkedHashMap<>(supplyItems));
        }
    }

    /** An item of the supplies ledger: its label and the unit it is counted in. */
    public record SupplyItem(String label, SupplyUnit unit) {
    }

    /** The ten disorders (十乱) of the reference district. */
    public static final Map<String, String> TEN_DISORDERS = ordered(
            "PARKING", "车辆乱停乱放",
            "CORRIDOR_CLUTTER", "楼道乱堆乱放",
            "ILLEGAL_CONSTRUCTION", "乱搭乱建",
            "POSTERS_GRAFFITI", "乱贴乱画",
            "LITTERING", "乱扔乱倒",
            "FLYING_WIRES", "乱拉乱接（飞线充电）",
            "STREET_STALLS", "乱摆摊点",
            "HANGING_LAUNDRY", "乱挂乱晒",
            "GREEN_ENCROACHMENT", "毁绿占绿",
            "LIVESTOCK", "乱养禽畜");

    /** The supplies of the reference half-year: masks by the piece, disinfectant by the jin, gloves by the pair. */
    public static final Map<String, SupplyItem> SUPPLIES;

    static {
        Map<String, SupplyItem> supplies = new LinkedHashMap<>();
        supplies.put("MASK", new SupplyItem("口罩", SupplyUnit.PIECE));
        supplies.put("DISINFECTANT", new SupplyItem("消毒液", SupplyUnit.JIN));
        supplies.put("GLOVES", new SupplyItem("防护手套", SupplyUnit.PAIR));
        SUPPLIES = Collections.unmodifiableMap(supplies);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
