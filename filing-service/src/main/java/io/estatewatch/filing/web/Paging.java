package io.estatewatch.filing.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** The page parameters every listing takes: {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE}. */
public final class Paging {

    public static final int MAX_SIZE = 200;
    public static final String DEFAULT_SIZE = "20";

    private Paging() {
    }

    public static Pageable of(int page, int size) {
        return PageRequest.of(page, size);
    }
}
