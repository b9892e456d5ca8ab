package io.estatewatch.complaint.open311;

/** An answer of the GeoReport v2 error list: {@code [{"code": 404, "description": "…"}]} with that HTTP status. */
public class Open311Exception extends RuntimeException {

    private final int code;

    public Open311Exception(int code, String description) {
        super(description);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
