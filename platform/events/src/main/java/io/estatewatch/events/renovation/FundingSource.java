package io.estatewatch.events.renovation;

import io.estatewatch.events.Labelled;

/** Where renovation money comes from (资金来源). */
public enum FundingSource implements Labelled {
    CENTRAL_SUBSIDY("中央财政资金奖补"),
    PROVINCIAL_MUNICIPAL("省市级资金"),
    DISTRICT("区级资金"),
    UTILITY_COMPANIES("管线单位出资"),
    RESIDENTS("居民出资"),
    SOCIAL_CAPITAL("社会资本");

    private final String labelZh;

    FundingSource(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
