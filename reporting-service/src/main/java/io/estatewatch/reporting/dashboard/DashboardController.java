package io.estatewatch.reporting.dashboard;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/** The dashboard page for district staff: a static page whose data calls carry the caller's token. */
@RestController
public class DashboardController {

    private final Resource page = new ClassPathResource("static/dashboard/index.html");

    @GetMapping({"/dashboard", "/dashboard/"})
    public ResponseEntity<Resource> dashboard() {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(page);
    }
}
