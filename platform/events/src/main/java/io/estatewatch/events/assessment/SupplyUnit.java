package io.estatewatch.events.assessment;

import io.estatewatch.events.Labelled;

/** Units of the epidemic-supplies ledger. */
public enum SupplyUnit implements Labelled {
    PIECE("只"),
    JIN("斤"),
    PAIR("双");

    private final String labelZh;

    SupplyUnit(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
