import java.io.File;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks the native-image configuration Quarkus generated into the runner jar of target/*-native-image-source-jar.
 *
 * JSON types are derived from the product's classes in that jar, never listed by hand: every record in a
 * method signature of a class or interface annotated with jakarta.ws.rs.Path (the resources and the Klaviyo REST
 * client), every record in the package of a resource (bodies it builds into a Response), every record carrying a
 * Jackson annotation (bodies built or read elsewhere), and, transitively, every record among their components.
 * Each must be registered for reflection with its constructors, methods and fields, or have a serializer or
 * deserializer Quarkus generated, which needs no reflection. Each resource the product ships must be registered,
 * except application.properties, which Quarkus reads at build time into generated classes.
 *
 * Usage: java -cp "lib/*" NativeConfigCheck.java runner.jar reflect-config.json resource-config.json
 */
public class NativeConfigCheck {

    private static final String PRODUCT = "io/botactions/klaviyo/";
    private static final String GENERATED_SERIALIZER = "$quarkusjacksonserializer";
    private static final String GENERATED_DESERIALIZER = "$quarkusjacksondeserializer";
    private static final String BUILD_TIME_CONFIG = "application.properties";

    public static void main(String[] args) throws Exception {
        Path runner = Path.of(args[0]);
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> reflection = new HashMap<>();
        for (JsonNode entry : json.readTree(Files.readString(Path.of(args[1])))) {
            reflection.put(entry.path("name").asText(), entry);
        }
        List<Pattern> resources = new ArrayList<>();
        for (JsonNode include : json.readTree(Files.readString(Path.of(args[2]))).path("resources").path("includes")) {
            resources.add(Pattern.compile(include.path("pattern").asText()));
        }

        List<String> entries;
        try (JarFile jar = new JarFile(runner.toFile())) {
            entries = jar.stream().map(ZipEntry::getName).toList();
        }
        Set<String> jarEntries = new TreeSet<>(entries);
        List<String> failures = new ArrayList<>();

        try (URLClassLoader loader = new URLClassLoader(classPath(runner), NativeConfigCheck.class.getClassLoader())) {
            List<Class<?>> product = new ArrayList<>();
            for (String entry : entries) {
                if (entry.startsWith(PRODUCT) && entry.endsWith(".class")) {
                    product.add(Class.forName(entry.replace('/', '.').replaceAll("\\.class$", ""), false, loader));
                }
            }
            Map<String, String> jsonTypes = jsonTypes(product);
            if (jsonTypes.isEmpty()) {
                failures.add("no JSON type found among " + product.size() + " product classes: the scan is broken");
            }
            for (var type : jsonTypes.entrySet()) {
                String name = type.getKey();
                String path = name.replace('.', '/');
                String coverage;
                if (registered(reflection.get(name))) {
                    coverage = "registered for reflection";
                } else if (jarEntries.contains(path + GENERATED_SERIALIZER + ".class")
                        || jarEntries.contains(path + GENERATED_DESERIALIZER + ".class")) {
                    coverage = "generated Jackson serializer/deserializer, no reflection needed";
                } else {
                    coverage = "MISSING: neither registered for reflection nor given a generated serializer";
                    failures.add(name + " (" + type.getValue() + ") is not native-safe");
                }
                System.out.printf("  %-66s %-48s %s%n", name, type.getValue(), coverage);
            }
        }

        for (String entry : entries) {
            boolean productResource = !entry.endsWith("/") && !entry.endsWith(".class") && !entry.startsWith("META-INF/");
            if (!productResource) {
                continue;
            }
            String coverage;
            if (entry.equals(BUILD_TIME_CONFIG)) {
                coverage = "read at build time into generated config classes";
            } else if (resources.stream().anyMatch(pattern -> pattern.matcher(entry).matches())) {
                coverage = "registered resource";
            } else {
                coverage = "MISSING from resource-config.json";
                failures.add("resource " + entry + " is not registered");
            }
            System.out.printf("  %-66s %-48s %s%n", entry, "resource", coverage);
        }

        if (!failures.isEmpty()) {
            failures.forEach(failure -> System.err.println("native-check: " + failure));
            System.exit(1);
        }
    }

    /** The JSON types and why each is one. */
    private static Map<String, String> jsonTypes(List<Class<?>> product) {
        Map<String, String> found = new TreeMap<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        for (Class<?> type : product) {
            if (type.isRecord() && Arrays.stream(type.getDeclaredAnnotations())
                    .anyMatch(annotation -> annotation.annotationType().getName().startsWith("com.fasterxml.jackson."))) {
                add(found, pending, type, "Jackson-annotated record");
            }
            if (type.isAnnotationPresent(jakarta.ws.rs.Path.class) && !restClient(type)) {
                // a resource's package also holds the bodies it builds into a Response, out of Quarkus' sight
                for (Class<?> sibling : product) {
                    if (sibling.isRecord() && sibling.getPackageName().equals(type.getPackageName())) {
                        add(found, pending, sibling, "record beside " + type.getSimpleName());
                    }
                }
            }
            if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                for (Method method : type.getDeclaredMethods()) {
                    List<Type> signature = new ArrayList<>(List.of(method.getGenericParameterTypes()));
                    signature.add(method.getGenericReturnType());
                    for (Type part : signature) {
                        for (Class<?> record : records(part)) {
                            add(found, pending, record, "in " + type.getSimpleName() + " signatures");
                        }
                    }
                }
            }
        }
        while (!pending.isEmpty()) {
            Class<?> record = pending.pop();
            for (RecordComponent component : record.getRecordComponents()) {
                for (Class<?> nested : records(component.getGenericType())) {
                    add(found, pending, nested, "component of " + record.getSimpleName());
                }
            }
        }
        return found;
    }

    /** A REST client interface, or the class Quarkus generates to implement one. */
    private static boolean restClient(Class<?> type) {
        List<Class<?>> declarers = new ArrayList<>(List.of(type.getInterfaces()));
        declarers.add(type);
        return declarers.stream().flatMap(declarer -> Arrays.stream(declarer.getDeclaredAnnotations()))
                .anyMatch(annotation -> annotation.annotationType().getSimpleName().equals("RegisterRestClient"));
    }

    private static void add(Map<String, String> found, Deque<Class<?>> pending, Class<?> type, String reason) {
        if (found.putIfAbsent(type.getName(), reason) == null) {
            pending.push(type);
        }
    }

    /** The product records a generic type mentions, such as Profile in List&lt;Profile&gt;. */
    private static List<Class<?>> records(Type type) {
        List<Class<?>> records = new ArrayList<>();
        if (type instanceof Class<?> plain) {
            Class<?> element = plain.isArray() ? plain.getComponentType() : plain;
            if (element.isRecord() && element.getName().replace('.', '/').startsWith(PRODUCT)) {
                records.add(element);
            }
        } else if (type instanceof ParameterizedType parameterized) {
            records.addAll(records(parameterized.getRawType()));
            for (Type argument : parameterized.getActualTypeArguments()) {
                records.addAll(records(argument));
            }
        } else if (type instanceof GenericArrayType array) {
            records.addAll(records(array.getGenericComponentType()));
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                records.addAll(records(bound));
            }
        }
        return records;
    }

    /** Jackson binds a record through its canonical constructor and accessors, and reads annotations on fields. */
    private static boolean registered(JsonNode entry) {
        return entry != null
                && (entry.path("allDeclaredConstructors").asBoolean() || entry.path("allPublicConstructors").asBoolean())
                && (entry.path("allDeclaredMethods").asBoolean() || entry.path("allPublicMethods").asBoolean())
                && (entry.path("allDeclaredFields").asBoolean() || entry.path("allPublicFields").asBoolean());
    }

    private static URL[] classPath(Path runner) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(runner.toUri().toURL());
        File[] libraries = runner.resolveSibling("lib").toFile().listFiles((dir, name) -> name.endsWith(".jar"));
        for (File library : libraries == null ? new File[0] : libraries) {
            urls.add(library.toURI().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}
