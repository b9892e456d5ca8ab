package io.estatewatch.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spring Boot application's configuration as a module declares it in {@code src/main/resources/application.yaml}
 * (the documents without a profile), read with SnakeYAML and flattened to Boot's dotted property names, with the
 * environment a Kubernetes container or a Compose service gives it laid over it, as Boot's relaxed binding does.
 */
final class SpringConfiguration {

    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([^:}]+)(?::([^}]*))?}$");

    private final Map<String, Object> properties;
    private final Map<String, String> environment;

    private SpringConfiguration(Map<String, Object> properties, Map<String, String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** The module's own configuration; empty when it has no application.yaml yet. */
    static Optional<SpringConfiguration> ofModule(String module) {
        return ofModule(module, List.of());
    }

    /**
     * The module's configuration with profiles active: application.yaml's documents without a profile, then for each
     * profile its documents in application.yaml and its application-&lt;profile&gt;.yaml, later ones winning.
     */
    static Optional<SpringConfiguration> ofModule(String module, List<String> profiles) {
        return Repository.applicationYaml(module).map(yaml -> {
            Map<String, Object> properties = read(yaml, null);
            for (String profile : profiles) {
                properties.putAll(read(yaml, profile));
                Path profileFile = yaml.resolveSibling("application-" + profile + ".yaml");
                if (Files.isRegularFile(profileFile)) {
                    properties.putAll(read(profileFile, null));
                }
            }
            return new SpringConfiguration(properties, Map.of());
        });
    }

    /** The profiles SPRING_PROFILES_ACTIVE names in an environment. */
    static List<String> activeProfiles(Map<String, String> environment) {
        String active = environment.getOrDefault("SPRING_PROFILES_ACTIVE", "");
        return java.util.Arrays.stream(active.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    /** No file: Boot's defaults and whatever environment is laid over it. */
    static SpringConfiguration empty() {
        return new SpringConfiguration(Map.of(), Map.of());
    }

    /** The same configuration as seen with the given environment variables set. */
    SpringConfiguration withEnvironment(Map<String, String> environment) {
        return new SpringConfiguration(properties, Map.copyOf(environment));
    }

    /** A property's value: the environment first, then the file, with ${NAME:default} resolved. */
    Optional<String> get(String property) {
        Optional<String> fromEnvironment = environmentVariable(property).map(environment::get);
        if (fromEnvironment.isPresent()) {
            return fromEnvironment;
        }
        Object value = properties.get(property);
        return value == null ? Optional.empty() : Optional.of(resolve(String.valueOf(value)));
    }

    String get(String property, String defaultValue) {
        return get(property).orElse(defaultValue);
    }

    /**
     * The environment variables the module's file reads through placeholders with no default or an empty one
     * (${NAME:}), by property: what the deployment has to give it.
     */
    Map<String, String> requiredFromEnvironment() {
        Map<String, String> required = new LinkedHashMap<>();
        properties.forEach((name, value) -> {
            Matcher matcher = PLACEHOLDER.matcher(String.valueOf(value).trim());
            if (matcher.matches() && (matcher.group(2) == null || matcher.group(2).isEmpty())
                    && matcher.group(1).matches("[A-Z0-9_]+")) {
                required.put(name, matcher.group(1));
            }
        });
        return required;
    }

    /** Whether the environment sets a property (rather than the module's file). */
    boolean setByEnvironment(String property) {
        return environmentVariable(property).isPresent();
    }

    /** The variable of the environment that sets a property, in Boot's form or its legacy one (dashes as '_'). */
    private Optional<String> environmentVariable(String property) {
        return Stream.of(environmentName(property), property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT))
                .filter(environment::containsKey).findFirst();
    }

    /** Every value of properties whose name ends with the suffix (e.g. "dlq-name"), with their names. */
    Map<String, String> endingWith(String suffix) {
        Map<String, String> found = new LinkedHashMap<>();
        properties.forEach((name, value) -> {
            if (name.equals(suffix) || name.endsWith("." + suffix)) {
                found.put(name, resolve(String.valueOf(value)));
            }
        });
        return found;
    }

    /** The environment variable Boot binds to a property: upper case, dots to underscores, dashes dropped. */
    static String environmentName(String property) {
        return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** Every application*.yaml under src/main/resources of every module, for settings that span modules. */
    static List<Path> allApplicationFiles() {
        try (Stream<Path> files = Files.walk(Repository.root(), 6)) {
            return files.filter(path -> path.getFileName().toString().matches("application(-[\\w-]+)?\\.ya?ml"))
                    .filter(path -> path.toString().replace('\\', '/').contains("/src/main/resources/"))
                    .filter(path -> !path.toString().replace('\\', '/').contains("/target/"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every property of a YAML file, all documents (profiles included), flattened. */
    static Map<String, Object> readAllDocuments(Path yaml) {
        Map<String, Object> flat = new LinkedHashMap<>();
        for (Object document : load(yaml)) {
            flatten("", document, flat);
        }
        return flat;
    }

    /** The documents of a file for one profile (null: those that name none). */
    private static Map<String, Object> read(Path yaml, String profile) {
        Map<String, Object> flat = new LinkedHashMap<>();
        for (Object document : load(yaml)) {
            Map<String, Object> documentProperties = new LinkedHashMap<>();
            flatten("", document, documentProperties);
            Object onProfile = documentProperties.get("spring.config.activate.on-profile");
            if (profile == null ? onProfile == null : profile.equals(String.valueOf(onProfile))) {
                flat.putAll(documentProperties);
            }
        }
        return flat;
    }

    private static List<Object> load(Path yaml) {
        try (Reader reader = Files.newBufferedReader(yaml)) {
            List<Object> documents = new ArrayList<>();
            new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader).forEach(documents::add);
            return documents;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + yaml, e);
        }
    }

    private static void flatten(String prefix, Object value, Map<String, Object> flat) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, item, flat));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), flat);
            }
        } else if (value != null && !prefix.isEmpty()) {
            flat.put(prefix, value);
        }
    }

    /** ${NAME:default} → the default (the manifests' environment is applied by name, not through placeholders). */
    private static String resolve(String value) {
        Matcher matcher = PLACEHOLDER.matcher(value.trim());
        if (matcher.matches()) {
            return matcher.group(2) == null ? "" : matcher.group(2);
        }
        return value;
    }
}
