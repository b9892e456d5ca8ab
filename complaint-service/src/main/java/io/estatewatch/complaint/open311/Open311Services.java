package io.estatewatch.complaint.open311;

import io.estatewatch.events.complaint.ComplaintCategory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GeoReport services: one per complaint category, named in Chinese (zh-CN), with one optional attribute, the
 * register's estate id.
 */
final class Open311Services {

    static final String GROUP = "物业管理";
    static final String ESTATE_ATTRIBUTE = "estate_id";

    private Open311Services() {
    }

    static ComplaintCategory category(String serviceCode) {
        for (ComplaintCategory category : ComplaintCategory.values()) {
            if (category.name().equals(serviceCode)) {
                return category;
            }
        }
        return null;
    }

    static List<Object> list() {
        List<Object> services = new ArrayList<>();
        for (ComplaintCategory category : ComplaintCategory.values()) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service_code", category.name());
            service.put("service_name", category.labelZh());
            service.put("description", category.labelZh() + "（" + category.labelEn() + "）：物业小区内的" + category.labelZh()
                    + "问题，由区房产管理中心转小区物业服务企业或街道办理。");
            service.put("metadata", true);
            service.put("type", "realtime");
            service.put("keywords", category.labelZh() + ", " + category.labelEn().toLowerCase(java.util.Locale.ROOT)
                    + ", 物业, 投诉");
            service.put("group", GROUP);
            services.add(service);
        }
        return services;
    }

    static Map<String, Object> definition(ComplaintCategory category, Open311Format format) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", true);
        attribute.put("code", ESTATE_ATTRIBUTE);
        attribute.put("datatype", "string");
        attribute.put("required", false);
        attribute.put("datatype_description", "小区编号（房产管理中心登记的小区 ID）；不知道可不填，并在 address_string 中写明小区名称");
        attribute.put("order", 1);
        attribute.put("description", "物业小区编号 (estate id in the district's register)");
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category.name());
        definition.put("attributes", format.nested("attribute", List.of(attribute)));
        return definition;
    }
}
