package io.estatewatch.complaint.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Complaint bodies shaped like the reference half-year's, each with a ticket number of its own. */
public final class Complaints {

    private Complaints() {
    }

    public static String ticket() {
        return "12345-2022-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A 12345 complaint about parking at {@code estateId}, received on 1 March 2022. */
    public static Map<String, Object> about(String estateId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "MAYOR_HOTLINE");
        body.put("externalId", ticket());
        body.put("receivedAt", "2022-03-01T09:30:00+08:00");
        body.put("estateId", estateId);
        body.put("category", "PARKING");
        body.put("description", "小区内车辆乱停乱放，堵塞消防通道，物业不管。");
        body.put("complainant", Map.of("name", "张三", "phone", "13812345678"));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }
}
