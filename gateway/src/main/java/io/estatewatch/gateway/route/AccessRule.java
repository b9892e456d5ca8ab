package io.estatewatch.gateway.route;

import org.springframework.http.HttpMethod;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of the role × route matrix: requests with one of {@code methods} to a path matching one of
 * {@code patterns} (Spring {@code PathPattern} syntax) are let through to {@code audience}. The first rule that
 * matches a request decides it; a request no rule matches is refused.
 */
public record AccessRule(Set<HttpMethod> methods, List<String> patterns, Audience audience) {

    /** Reading: GET and HEAD. */
    public static final Set<HttpMethod> READ = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    /** Changing: everything that may carry a body or change state. */
    public static final Set<HttpMethod> WRITE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    /** Any method a client may use. */
    public static final Set<HttpMethod> ANY = union(READ, WRITE);

    public AccessRule {
        if (methods.isEmpty() || patterns.isEmpty()) {
            throw new IllegalArgumentException("A rule needs methods and patterns");
        }
        methods = Set.copyOf(methods);
        patterns = List.copyOf(patterns);
    }

    public static AccessRule read(Audience audience, String... patterns) {
        return new AccessRule(READ, List.of(patterns), audience);
    }

    public static AccessRule write(Audience audience, String... patterns) {
        return new AccessRule(WRITE, List.of(patterns), audience);
    }

    public static AccessRule post(Audience audience, String... patterns) {
        return new AccessRule(Set.of(HttpMethod.POST), List.of(patterns), audience);
    }

    public static AccessRule any(Audience audience, String... patterns) {
        return new AccessRule(ANY, List.of(patterns), audience);
    }

    private static Set<HttpMethod> union(Set<HttpMethod> a, Set<HttpMethod> b) {
        Set<HttpMethod> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
