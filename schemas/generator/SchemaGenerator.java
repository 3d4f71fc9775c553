// Generates dslint's embedded Kubernetes JSON schemas (kubeconform "standalone-strict" layout)
// from the model classes of the official Kubernetes Java client, io.kubernetes:client-java-api.
//
// Run by the Maven build (exec-maven-plugin, generate-resources) as a single-file program:
//   java schemas/generator/SchemaGenerator.java --versions schemas/versions.tsv \
//        --kinds schemas/kinds.tsv --jars target/schema-gen/jars --out target/generated-resources/schemas
// Only the JDK is needed to run it: each client release is loaded in its own class loader (with
// gson and swagger-annotations beside it, so that field annotations resolve) and read by
// reflection. Nothing of the client ends up in the product: only the JSON written here.
//
// What a schema says, per field of a model class:
//   - property name: gson's @SerializedName, else the field name;
//   - required: the static openapiRequiredFields set (client >= 20), else swagger's
//     @ApiModelProperty(required = true) (client <= 19);
//   - type: from the Java field type (String, Integer int32, Long int64, Boolean, Double,
//     OffsetDateTime date-time, byte[] byte, List, Map, model classes); IntOrString accepts an
//     integer or a string and Quantity a number or a string (as the API server's decoders do);
//     a plain Object (RawExtension, JSON) accepts anything, except managedFields' fieldsV1, an object;
//   - optional fields, array items and map values also accept null (JSON decoding reads null as
//     the zero value); required fields do not;
//   - every object is closed (additionalProperties: false): the strict flavour. dslint derives the
//     non-strict one at load time by dropping those, so only one flavour is stored;
//   - nothing under a top-level "status" is required: a manifest may carry a partial status.
// Recursive types (CustomResourceDefinition's JSONSchemaProps) refer to a local definition.
//
// The output is skipped when a stamp over the inputs (this file, the two tables, the jar names
// and sizes) is unchanged, so an up-to-date build pays only for starting this program.

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

public final class SchemaGenerator {
  static final String MODELS = "io.kubernetes.client.openapi.models.";
  static final String PREFIX = "dslint/schemas/";

  record VersionRow(String kubernetes, String client, String marker) {}

  record KindRow(String apiVersion, String kind, String className) {
    /** kubeconform's file name: kind, first part of the group, version, lower case. */
    String fileName() {
      String[] gv = apiVersion.split("/");
      String suffix = gv.length == 1 ? "-" + gv[0] : "-" + gv[0].split("\\.")[0] + "-" + gv[1];
      return (kind + suffix).toLowerCase(java.util.Locale.ROOT) + ".json";
    }

    String group() {
      int slash = apiVersion.indexOf('/');
      return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    String version() {
      return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i], args[i + 1]);
    }
    Path versionsFile = Path.of(require(opts, "--versions"));
    Path kindsFile = Path.of(require(opts, "--kinds"));
    Path jars = Path.of(require(opts, "--jars"));
    Path out = Path.of(require(opts, "--out"));
    Path self = Path.of(require(opts, "--self"));

    List<VersionRow> versions = new ArrayList<>();
    for (String[] row : table(versionsFile, 3)) {
      versions.add(new VersionRow(row[0], row[1], row[2]));
    }
    List<KindRow> kinds = new ArrayList<>();
    for (String[] row : table(kindsFile, 3)) {
      kinds.add(new KindRow(row[0], row[1], row[2]));
    }

    List<Path> shared = new ArrayList<>();
    try (Stream<Path> s = Files.list(jars)) {
      s.filter(p -> p.getFileName().toString().endsWith(".jar"))
          .filter(p -> !p.getFileName().toString().startsWith("client-java-api-"))
          .sorted().forEach(shared::add);
    }
    List<Path> inputs = new ArrayList<>(List.of(self, versionsFile, kindsFile));
    inputs.addAll(shared);
    for (VersionRow v : versions) {
      Path jar = clientJar(jars, v);
      if (!Files.isRegularFile(jar)) {
        fail("missing " + jar + ": add io.kubernetes:client-java-api:" + v.client()
            + " to the schema-gen artifact list in pom.xml");
      }
      inputs.add(jar);
    }
    String stamp = stamp(inputs);
    Path stampFile = out.resolve(PREFIX + ".stamp");
    if (Files.isRegularFile(stampFile) && Files.readString(stampFile).equals(stamp)) {
      System.out.println("[schemas] up to date (" + versions.size() + " Kubernetes versions)");
      return;
    }

    long start = System.nanoTime();
    deleteTree(out.resolve(PREFIX));
    Map<String, URLClassLoader> loaders = new LinkedHashMap<>();
    StringBuilder index = new StringBuilder();
    index.append("# Generated by schemas/generator/SchemaGenerator.java; do not edit.\n");
    List<String> versionNames = new ArrayList<>();
    long bytes = 0;
    int files = 0;
    VersionRow previous = null;
    for (VersionRow v : versions) {
      List<URL> urls = new ArrayList<>();
      urls.add(clientJar(jars, v).toUri().toURL());
      for (Path p : shared) {
        urls.add(p.toUri().toURL());
      }
      URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      loaders.put(v.kubernetes(), loader);
      if (!hasField(loader, v.marker())) {
        fail("client-java-api " + v.client() + " lacks " + v.marker() + ", the marker of Kubernetes " + v.kubernetes());
      }
      if (previous != null && hasField(loaders.get(previous.kubernetes()), v.marker())) {
        fail("client-java-api " + previous.client() + " (mapped to " + previous.kubernetes() + ") already has "
            + v.marker() + ", the marker of Kubernetes " + v.kubernetes() + ": the version map is wrong");
      }
      Path dir = out.resolve(PREFIX + "v" + v.kubernetes() + "-standalone-strict");
      Files.createDirectories(dir);
      List<String> written = new ArrayList<>();
      for (KindRow k : kinds) {
        Class<?> root;
        try {
          root = Class.forName(MODELS + k.className(), false, loader);
        } catch (ClassNotFoundException e) {
          continue;
        }
        Map<String, Object> schema = new Generator(loader).root(root, k);
        byte[] json = Json.write(schema).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(k.fileName()), json);
        written.add(k.apiVersion() + " " + k.kind());
        bytes += json.length;
        files++;
      }
      versionNames.add(v.kubernetes());
      index.append("client.").append(v.kubernetes()).append('=').append(v.client()).append('\n');
      index.append("kinds.").append(v.kubernetes()).append('=').append(String.join(",", written)).append('\n');
      previous = v;
    }
    for (URLClassLoader l : loaders.values()) {
      l.close();
    }
    index.append("versions=").append(String.join(",", versionNames)).append('\n');
    Files.writeString(out.resolve(PREFIX + "index.properties"), index.toString());
    Files.writeString(stampFile, stamp);
    System.out.printf("[schemas] generated %d files (%d KiB) for Kubernetes %s in %d ms%n", files, bytes >> 10,
        String.join(", ", versionNames), (System.nanoTime() - start) / 1_000_000);
  }

  static Path clientJar(Path jars, VersionRow v) {
    return jars.resolve("client-java-api-" + v.client() + ".jar");
  }

  static String require(Map<String, String> opts, String key) {
    String v = opts.get(key);
    if (v == null) {
      fail("missing option " + key);
    }
    return v;
  }

  static void fail(String message) {
    System.err.println("[schemas] error: " + message);
    System.exit(1);
  }

  static List<String[]> table(Path file, int columns) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.strip().split("\t");
      if (cells.length < columns) {
        fail(file + ": expected " + columns + " tab-separated columns in: " + line);
      }
      rows.add(cells);
    }
    return rows;
  }

  static String stamp(List<Path> inputs) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (Path p : inputs) {
      md.update(p.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      if (p.getFileName().toString().endsWith(".jar")) {
        md.update(Long.toString(Files.size(p)).getBytes(StandardCharsets.UTF_8));
      } else {
        md.update(Files.readAllBytes(p));
      }
    }
    return HexFormat.of().formatHex(md.digest()) + "\n";
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static boolean hasField(ClassLoader loader, String marker) {
    int dot = marker.indexOf('.');
    try {
      Class<?> c = Class.forName(MODELS + marker.substring(0, dot), false, loader);
      String property = marker.substring(dot + 1);
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && Generator.propertyName(f).equals(property)) {
          return true;
        }
      }
      return false;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Walks model classes of one client release. */
  static final class Generator {
    private final ClassLoader loader;
    private final Deque<Class<?>> stack = new ArrayDeque<>();
    private final Set<Class<?>> recursive = new LinkedHashSet<>();

    Generator(ClassLoader loader) {
      this.loader = loader;
    }

    Map<String, Object> root(Class<?> c, KindRow k) {
      Map<String, Object> body = object(c);
      @SuppressWarnings("unchecked")
      Map<String, Object> props = (Map<String, Object>) body.get("properties");
      props.put("apiVersion", map("type", List.of("string", "null"), "enum", List.of(k.apiVersion())));
      props.put("kind", map("type", List.of("string", "null"), "enum", List.of(k.kind())));
      if (props.get("status") instanceof Map<?, ?> status) {
        dropRequired(status);
      }
      Map<String, Object> schema = new LinkedHashMap<>();
      schema.put("$schema", "http://json-schema.org/schema#");
      schema.put("type", "object");
      schema.put("x-kubernetes-group-version-kind",
          List.of(map("group", k.group(), "kind", k.kind(), "version", k.version())));
      schema.put("properties", props);
      if (body.containsKey("required")) {
        schema.put("required", body.get("required"));
      }
      schema.put("additionalProperties", false);
      if (!recursive.isEmpty()) {
        Map<String, Object> defs = new TreeMap<>();
        Set<Class<?>> done = new LinkedHashSet<>();
        while (!done.containsAll(recursive)) {
          for (Class<?> r : new ArrayList<>(recursive)) {
            if (done.add(r)) {
              stack.clear();
              stack.push(r);
              defs.put(r.getSimpleName(), nullable(object(r)));
              stack.clear();
            }
          }
        }
        schema.put("definitions", defs);
      }
      return schema;
    }

    private static void dropRequired(Object node) {
      if (node instanceof Map<?, ?> m) {
        m.remove("required");
        m.values().forEach(Generator::dropRequired);
      } else if (node instanceof Collection<?> c) {
        c.forEach(Generator::dropRequired);
      }
    }

    Map<String, Object> object(Class<?> c) {
      Set<String> required = requiredFields(c);
      Map<String, Object> props = new TreeMap<>();
      stack.push(c);
      try {
        for (Field f : c.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
            continue;
          }
          String name = propertyName(f);
          Map<String, Object> s = type(f.getGenericType(), name);
          props.put(name, required.contains(name) ? s : nullable(s));
        }
      } finally {
        stack.pop();
      }
      Map<String, Object> schema = new LinkedHashMap<>();
      schema.put("type", "object");
      schema.put("properties", props);
      Set<String> req = new TreeSet<>(required);
      req.retainAll(props.keySet());
      if (!req.isEmpty()) {
        schema.put("required", new ArrayList<>(req));
      }
      schema.put("additionalProperties", false);
      return schema;
    }

    Map<String, Object> type(Type t, String field) {
      if (t instanceof ParameterizedType p) {
        Class<?> raw = (Class<?>) p.getRawType();
        Type[] args = p.getActualTypeArguments();
        if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
          return map("type", "array", "items", nullable(type(args[0], field)));
        }
        if (Map.class.isAssignableFrom(raw)) {
          return map("type", "object", "additionalProperties", nullable(type(args[1], field)));
        }
        throw new IllegalStateException("unsupported generic type " + t + " of " + field);
      }
      Class<?> c = (Class<?>) t;
      String name = c.getName();
      switch (name) {
        case "java.lang.String":
          return map("type", "string");
        case "java.lang.Integer":
        case "int":
          return map("type", "integer", "format", "int32");
        case "java.lang.Long":
        case "long":
          return map("type", "integer", "format", "int64");
        case "java.lang.Boolean":
        case "boolean":
          return map("type", "boolean");
        case "java.lang.Double":
        case "double":
          return map("type", "number", "format", "double");
        case "java.lang.Float":
        case "float":
          return map("type", "number", "format", "float");
        case "java.math.BigDecimal":
          return map("type", "number");
        case "java.time.OffsetDateTime":
          return map("type", "string", "format", "date-time");
        case "java.time.LocalDate":
          return map("type", "string", "format", "date");
        case "[B":
          return map("type", "string", "format", "byte");
        case "io.kubernetes.client.custom.IntOrString":
          return map("type", new ArrayList<>(List.of("integer", "string")), "format", "int-or-string");
        case "io.kubernetes.client.custom.Quantity":
          return map("type", new ArrayList<>(List.of("number", "string")), "format", "quantity");
        case "java.lang.Object":
          return field.equals("fieldsV1") ? map("type", "object") : new LinkedHashMap<>();
        default:
          break;
      }
      if (c.isEnum()) {
        return map("type", "string");
      }
      if (!name.startsWith(MODELS)) {
        throw new IllegalStateException("unsupported field type " + name + " of " + field);
      }
      if (stack.contains(c)) {
        recursive.add(c);
        return map("$ref", "#/definitions/" + c.getSimpleName());
      }
      return object(c);
    }

    /** Optional values accept null: the type list gains "null" (a $ref or {} is left alone). */
    static Map<String, Object> nullable(Map<String, Object> s) {
      Object type = s.get("type");
      if (type instanceof String str) {
        s.put("type", new ArrayList<>(List.of(str, "null")));
      } else if (type instanceof List<?> l && !l.contains("null")) {
        List<Object> copy = new ArrayList<>(l);
        copy.add("null");
        s.put("type", copy);
      }
      return s;
    }

    private Set<String> requiredFields(Class<?> c) {
      Set<String> out = new LinkedHashSet<>();
      try {
        Field f = c.getDeclaredField("openapiRequiredFields");
        f.setAccessible(true);
        for (Object o : (Collection<?>) f.get(null)) {
          out.add((String) o);
        }
        return out;
      } catch (NoSuchFieldException e) {
        // client <= 19: swagger annotations
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      for (Field f : c.getDeclaredFields()) {
        Object required = annotationValue(f, "io.swagger.annotations.ApiModelProperty", "required");
        if (Boolean.TRUE.equals(required)) {
          out.add(propertyName(f));
        }
      }
      return out;
    }

    static String propertyName(Field f) {
      Object v = annotationValue(f, "com.google.gson.annotations.SerializedName", "value");
      return v instanceof String s ? s : f.getName();
    }

    private static Object annotationValue(Field f, String type, String method) {
      for (Annotation a : f.getDeclaredAnnotations()) {
        if (a.annotationType().getName().equals(type)) {
          try {
            return a.annotationType().getMethod(method).invoke(a);
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      return null;
    }

    static Map<String, Object> map(Object... kv) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < kv.length; i += 2) {
        m.put((String) kv[i], kv[i + 1]);
      }
      return m;
    }
  }

  /** A compact JSON writer: maps in their order, one object per line at the top level. */
  static final class Json {
    static String write(Object value) {
      StringBuilder sb = new StringBuilder();
      write(sb, value);
      return sb.append('\n').toString();
    }

    private static void write(StringBuilder sb, Object v) {
      if (v instanceof Map<?, ?> m) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (!first) {
            sb.append(',');
          }
          first = false;
          string(sb, (String) e.getKey());
          sb.append(':');
          write(sb, e.getValue());
        }
        sb.append('}');
      } else if (v instanceof Collection<?> c) {
        sb.append('[');
        boolean first = true;
        for (Object o : c) {
          if (!first) {
            sb.append(',');
          }
          first = false;
          write(sb, o);
        }
        sb.append(']');
      } else if (v instanceof String s) {
        string(sb, s);
      } else {
        sb.append(v);
      }
    }

    private static void string(StringBuilder sb, String s) {
      sb.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          default -> {
            if (c < 0x20) {
              sb.append(String.format("\\u%04x", (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      sb.append('"');
    }
  }
}
