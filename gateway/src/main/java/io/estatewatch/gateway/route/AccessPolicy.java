package io.estatewatch.gateway.route;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;
import java.util.Optional;

/** The role × route matrix, compiled: which {@link AccessRule} decides a request. Thread-safe. */
public final class AccessPolicy {

    private final List<Compiled> rules;

    public AccessPolicy(List<AccessRule> rules) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        this.rules = rules.stream()
                .map(rule -> new Compiled(rule, rule.patterns().stream().map(parser::parse).toList()))
                .toList();
    }

    /** The first rule that matches, or empty when none does (and the request is refused). */
    public Optional<AccessRule> ruleFor(HttpMethod method, String path) {
        return ruleFor(method, PathContainer.parsePath(path));
    }

    /** The first rule that matches a request's path (as the route predicates see it), or empty. */
    public Optional<AccessRule> ruleFor(HttpMethod method, PathContainer container) {
        for (Compiled compiled : rules) {
            if (compiled.rule().methods().contains(method)
                    && compiled.patterns().stream().anyMatch(pattern -> pattern.matches(container))) {
                return Optional.of(compiled.rule());
            }
        }
        return Optional.empty();
    }

    public List<AccessRule> rules() {
        return rules.stream().map(Compiled::rule).toList();
    }

    private record Compiled(AccessRule rule, List<PathPattern> patterns) {
    }
}
