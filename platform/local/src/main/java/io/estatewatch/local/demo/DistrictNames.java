package io.estatewatch.local.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The names a district of this province uses: streets and towns, communities, estates, companies, people. */
final class DistrictNames {

    private static final List<String> URBAN_STREETS = List.of(
            "城关街道", "东城街道", "西城街道", "南湖街道", "北苑街道", "新华街道", "文昌街道", "江滨街道", "解放街道",
            "人民街道", "长安街道", "凤凰街道");
    private static final List<String> TOWNS = List.of(
            "青山镇", "白沙镇", "柳河乡", "石桥镇", "龙泉镇", "桃花乡", "双溪镇", "梅林镇");
    private static final List<String> COMMUNITY_WORDS = List.of(
            "学府", "和平", "建设", "光明", "春晖", "东风", "胜利", "向阳", "红旗", "文化", "友谊", "金桥", "育才",
            "振兴", "翠竹", "桂花", "荷花", "丰收", "幸福", "明月", "新城", "康宁", "安澜", "锦绣");
    private static final List<String> ROADS = List.of(
            "人民路", "解放路", "建设路", "中山路", "文化路", "长江路", "黄河路", "新华路", "胜利路", "和平路", "青年路",
            "光明路", "府前路", "东风路", "滨江路", "学院路", "环城北路", "环城南路", "朝阳路", "迎宾大道");
    private static final List<String> ESTATE_WORDS = List.of(
            "锦华", "阳光", "翠湖", "金桂", "银杏", "紫荆", "碧水", "丽景", "东方", "世纪", "明珠", "和平", "幸福",
            "春江", "御景", "滨江", "桃源", "梧桐", "清风", "绿城", "香樟", "海棠", "星河", "君悦", "龙湖", "凤凰",
            "天和", "瑞祥", "嘉禾", "福泽", "康乐", "金色", "碧桂", "山水", "云栖", "望江", "书香", "兰亭", "水岸",
            "湖畔", "金域", "华城", "盛世", "怡景", "丰泽", "润和", "馨安", "新月", "玉兰", "秀水");
    private static final List<String> OLD_ESTATE_WORDS = List.of(
            "纺织厂", "供电局", "粮食局", "教师", "机械厂", "化肥厂", "水泥厂", "卫校", "税务", "邮电", "棉纺",
            "农机", "食品公司", "运输公司", "建工", "制药厂");
    private static final List<String> OLD_SUFFIXES = List.of("宿舍区", "小区", "新村", "生活区");
    private static final List<String> NEW_SUFFIXES = List.of(
            "花园", "苑", "家园", "华庭", "名邸", "公寓", "府", "雅居", "小区", "新城", "佳园");
    private static final List<String> COMPANY_WORDS = List.of(
            "恒信", "嘉园", "万安", "金盾", "华鑫", "安居", "宏达", "锦程", "顺和", "康居", "佳和", "瑞丰", "盛世",
            "新天地", "美佳", "福满", "鑫源", "居安", "和美", "东升", "永安", "天成", "德信", "博雅", "中环", "优家",
            "惠民", "泰和", "祥和", "兴业", "润泽", "长青", "明德", "久安", "立信", "广厦");
    private static final List<String> DEVELOPER_WORDS = List.of(
            "城建", "华远", "金地", "宏图", "恒基", "通达", "天润", "中联", "汇景", "永盛", "昌隆", "海纳");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华平刚桂玉兰霞建国红梅亮鹏辉斌宇浩凯晨欣怡婷雪琳慧晶新春海波云峰志东";

    private DistrictNames() {
    }

    static List<String> urbanStreets(Random random, int count) {
        return pick(random, URBAN_STREETS, count);
    }

    static List<String> towns(Random random, int count) {
        return pick(random, TOWNS, count);
    }

    static List<String> communities(Random random, int count) {
        return pick(random, COMMUNITY_WORDS, count).stream().map(word -> word + "社区").toList();
    }

    static String road(Random random) {
        return ROADS.get(random.nextInt(ROADS.size()));
    }

    /** An estate name not in {@code taken} (which it joins): a works' housing for old estates, a brand name else. */
    static String estate(Random random, boolean old, Set<String> taken) {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            String name = old && random.nextInt(3) > 0
                    ? OLD_ESTATE_WORDS.get(random.nextInt(OLD_ESTATE_WORDS.size()))
                            + OLD_SUFFIXES.get(random.nextInt(OLD_SUFFIXES.size()))
                    : ESTATE_WORDS.get(random.nextInt(ESTATE_WORDS.size()))
                            + (old ? OLD_SUFFIXES : NEW_SUFFIXES).get(random.nextInt((old ? OLD_SUFFIXES : NEW_SUFFIXES).size()));
            if (taken.add(name)) {
                return name;
            }
        }
        for (int n = 2; ; n++) {
            String name = ESTATE_WORDS.get(random.nextInt(ESTATE_WORDS.size())) + n + "期";
            if (taken.add(name)) {
                return name;
            }
        }
    }

    static String company(Random random, Set<String> taken) {
        for (int n = 0; ; n++) {
            String word = COMPANY_WORDS.get(random.nextInt(COMPANY_WORDS.size()));
            String name = word + (n > 200 ? String.valueOf(n) : "") + (random.nextInt(3) == 0 ? "物业管理有限公司" : "物业服务有限公司");
            if (taken.add(word + (n > 200 ? String.valueOf(n) : ""))) {
                return name;
            }
        }
    }

    static String developer(Random random) {
        return DEVELOPER_WORDS.get(random.nextInt(DEVELOPER_WORDS.size()))
                + (random.nextBoolean() ? "房地产开发有限公司" : "置业有限公司");
    }

    static String person(Random random) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(4) == 0 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** A mainland mobile number not in {@code taken} (which it joins). */
    static String mobile(Random random, Set<String> taken) {
        String[] prefixes = {"130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158",
                "159", "177", "180", "181", "186", "187", "188", "189", "199"};
        while (true) {
            String number = prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
            if (taken.add(number)) {
                return number;
            }
        }
    }

    private static List<String> pick(Random random, List<String> pool, int count) {
        if (count > pool.size()) {
            throw new IllegalArgumentException("only " + pool.size() + " names for " + count);
        }
        List<String> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, count));
    }
}
