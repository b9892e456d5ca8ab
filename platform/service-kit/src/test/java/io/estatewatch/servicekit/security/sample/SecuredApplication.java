package io.estatewatch.servicekit.security.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest secured service: one controller that shows who called and refuses some of them. */
@SpringBootApplication
public class SecuredApplication {
}
