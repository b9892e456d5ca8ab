package io.estatewatch.servicekit.security.sample;

import io.estatewatch.servicekit.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

@RestController
class CallerController {

    /** Who called, as the service sees it. */
    @GetMapping("/api/v1/whoami")
    Map<String, Object> whoami(Caller caller) {
        return describe(caller);
    }

    /** A write, to show that no CSRF token is asked for. */
    @PostMapping("/api/v1/notes")
    Map<String, Object> note(Caller caller, @RequestBody String text) {
        Map<String, Object> reply = describe(caller);
        reply.put("text", text);
        return reply;
    }

    /** A scope check in a controller, the way services refuse a caller. */
    @GetMapping("/api/v1/streets/{street}")
    Map<String, Object> street(Caller caller, @PathVariable String street) {
        if (!caller.maySeeStreet(street)) {
            throw new AccessDeniedException("Street " + street + " is outside the caller's streets.");
        }
        return Map.of("street", street);
    }

    /** Spring's own message, which is not shown to clients. */
    @GetMapping("/api/v1/denied")
    Map<String, Object> denied() {
        throw new AccessDeniedException("Access Denied");
    }

    /** On a public path: answered without a token. */
    @GetMapping("/open/ping")
    Map<String, Object> ping() {
        return Map.of("pong", true);
    }

    /** On a public path, but it needs to know the caller. */
    @GetMapping("/open/whoami")
    Map<String, Object> openWhoami(Caller caller) {
        return describe(caller);
    }

    private static Map<String, Object> describe(Caller caller) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("username", caller.username());
        reply.put("role", caller.role().name());
        reply.put("streets", caller.streets().stream().sorted().toList());
        reply.put("companyId", caller.companyId());
        reply.put("channels", caller.channels().stream().sorted().toList());
        return reply;
    }
}
