package io.estatewatch.filing.support;

import io.estatewatch.filing.register.domain.CreditCode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Request bodies shaped like the section's own records. */
public final class Bodies {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Bodies() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A credit code of its own that passes the GB 32100 check (91 = an enterprise registered by market regulation). */
    public static String creditCode() {
        StringBuilder prefix = new StringBuilder("91330106");
        while (prefix.length() < 17) {
            prefix.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        for (char check : ALPHABET.toCharArray()) {
            if (CreditCode.problemWith(prefix.toString() + check).isEmpty()) {
                return prefix.toString() + check;
            }
        }
        throw new IllegalStateException("No check character for " + prefix);
    }

    public static Map<String, Object> company(String name, String creditCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("creditCode", creditCode);
        body.put("contact", Map.of("name", "王经理", "phone", "0571-87654321"));
        body.put("qualificationNotes", "一级资质");
        return body;
    }

    public static Map<String, Object> estate(String name, String street) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("aliases", List.of(name + "小区"));
        body.put("street", street);
        body.put("community", "翠苑一区社区");
        body.put("address", "文三路 1 号");
        body.put("households", 1200);
        body.put("floorAreaM2", 98000.5);
        body.put("buildings", 24);
        body.put("builtYear", 1995);
        return body;
    }

    public static Map<String, Object> filing(String type, String estateId, String companyId, String submittedAt,
                                             Map<String, Object> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("estateId", estateId);
        if (companyId != null) {
            body.put("companyId", companyId);
        }
        body.put("submittedAt", submittedAt);
        body.put("details", details);
        return body;
    }

    public static Map<String, Object> preTender(String estateId, String submittedAt) {
        return filing("PRE_TENDER", estateId, null, submittedAt, Map.of("developer", "杭州某置业有限公司",
                "tenderMethod", "INVITED", "invitedBidders", List.of("甲物业", "乙物业", "丙物业"),
                "plannedTenderDate", "2022-03-20"));
    }

    public static Map<String, Object> negotiated(String estateId, String companyId, String submittedAt) {
        return filing("NEGOTIATED_SELECTION", estateId, companyId, submittedAt,
                Map.of("reason", "FEWER_THAN_THREE_BIDDERS", "bidderCount", 2));
    }

    public static Map<String, Object> contract(String estateId, String companyId, String submittedAt,
                                               String termStart, String termEnd) {
        return filing("PRELIMINARY_CONTRACT", estateId, companyId, submittedAt, Map.of("termStart", termStart,
                "termEnd", termEnd, "monthlyFeePerM2", 1.85, "signedOn", termStart));
    }

    public static Map<String, Object> exit(String estateId, String companyId, String submittedAt, boolean handedOver) {
        return filing("PROJECT_EXIT", estateId, companyId, submittedAt, Map.of("exitDate", "2022-06-30",
                "recordsHandedOver", handedOver, "fundsHandedOver", handedOver));
    }

    public static Map<String, Object> grade(String estateId, String grade, String submittedAt) {
        return filing("SERVICE_GRADE", estateId, null, submittedAt, Map.of("requestedGrade", grade,
                "evidence", List.of("服务标准自评报告", "业主满意度测评")));
    }

    public static Map<String, Object> takeover(String estateId, String companyId, String submittedAt) {
        return filing("TAKEOVER_INSPECTION", estateId, companyId, submittedAt, Map.of("inspectionDate", "2022-02-10",
                "itemsChecked", List.of("共用部位", "共用设施设备", "园林绿化"), "defects", List.of("3 号楼外墙渗水"),
                "handoverDate", "2022-02-28"));
    }

    public static Map<String, Object> decision(String decision, String at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("reason", switch (decision) {
            case "APPROVED" -> "材料齐全，予以备案";
            case "REJECTED" -> "不符合备案条件";
            default -> "材料不全，请补正";
        });
        if (decision.equals("RETURNED")) {
            body.put("missingItems", List.of("营业执照副本"));
        }
        if (at != null) {
            body.put("at", at);
        }
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
