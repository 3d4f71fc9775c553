package io.dslint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.BasicDialectRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, loads and compiles the JSON schema of an apiVersion/kind for one run: from the
 * {@code --schema-location} folders first (kubeconform layout: {@code v1.32.2-standalone-strict/
 * daemonset-apps-v1.json}, the same name at the folder's top, or a CRD catalog's
 * {@code <group>/<kind>_<version>.json}), then from the embedded schemas. Only what a run
 * actually meets is loaded, once; nothing is fetched from the network (schemas are stand-alone:
 * their only references are local). Not thread-safe: one per linter.
 */
public final class SchemaStore {
  /** kubeconform's files name this meta-schema id, which does not resolve offline: it is Draft 4. */
  static final String KUBECONFORM_DIALECT = "http://json-schema.org/schema#";
  private static final String EMBEDDED = "/dslint/schemas/";

  /** A schema ready to validate with, and where it came from (for messages). */
  public record Loaded(Schema schema, String source) {}

  /** A schema file that exists but cannot be used. */
  public static final class SchemaLoadException extends Exception {
    public SchemaLoadException(String message) {
      super(message, null, false, false);
    }
  }

  private final SchemaOptions options;
  private final Map<String, Loaded> cache = new HashMap<>();
  private final Map<Path, List<Path>> versionDirs = new HashMap<>();
  private SchemaRegistry registry;

  private static final Map<SchemaOptions, SchemaStore> RUN = new HashMap<>();

  /**
   * The store for these options in this process, created on first use: the CLI asks for it
   * before anything else so that {@link #prefetch} can start while the configuration is built.
   */
  public static synchronized SchemaStore forOptions(SchemaOptions options) {
    return RUN.computeIfAbsent(options, SchemaStore::new);
  }

  public SchemaStore(SchemaOptions options) {
    this.options = options;
  }

  public SchemaOptions options() {
    return options;
  }

  /**
   * The schema of an apiVersion/kind, or null when no location and no embedded schema has it.
   * Synchronized: documents are validated on several threads, and each schema loads once.
   */
  public synchronized Loaded find(String apiVersion, String kind) throws SchemaLoadException {
    String key = apiVersion + " " + kind;
    if (cache.containsKey(key)) {
      return cache.get(key);
    }
    Loaded loaded = load(apiVersion, kind);
    cache.put(key, loaded);
    return loaded;
  }

  /**
   * Starts loading a schema on a background thread. Building the validator for the first schema
   * of a run costs more than everything else in a one-file lint (class initialisation and cold
   * code of the JSON libraries, mostly), so the linter asks for the DaemonSet schema as soon as
   * it starts and reads the input meanwhile; {@link #find} then waits for it (it is
   * synchronized) or finds it cached. A failure here is ignored: find reports it where the
   * object is.
   */
  public void prefetch(String apiVersion, String kind) {
    background("dslint-schema-prefetch", new Work() {
      @Override
      public Object run() throws SchemaLoadException {
        return find(apiVersion, kind);
      }
    });
  }

  /**
   * {@link #prefetch} for the default options, started before anything else of a run: the
   * default options themselves (the embedded versions' index) are read on the background
   * thread. A second thread builds a registry and drops it, only to initialise networknt's
   * classes while the first one reads the schema's JSON: the two steps took about as long as
   * each other, one after the other.
   */
  public static void prefetchDefaults(String apiVersion, String kind) {
    background("dslint-schema-warmup", new Work() {
      @Override
      public Object run() {
        return newRegistry();
      }
    });
    background("dslint-schema-prefetch", new Work() {
      @Override
      public Object run() throws SchemaLoadException {
        return forOptions(SchemaOptions.defaults()).find(apiVersion, kind);
      }
    });
  }

  private interface Work {
    Object run() throws SchemaLoadException;
  }

  /** A named class, not a lambda: the first lambda of a cold JVM links for milliseconds. */
  private static final class Background implements Runnable {
    private final Work work;

    Background(Work work) {
      this.work = work;
    }

    @Override
    public void run() {
      try {
        work.run();
      } catch (SchemaLoadException | RuntimeException e) {
        // reported again by the find that needs it
      }
    }
  }

  private static void background(String name, Work work) {
    Thread t = new Thread(new Background(work), name);
    t.setDaemon(true);
    t.start();
  }

  /** kubeconform's file name: kind, the group's first label, version; lower case. */
  public static String fileName(String apiVersion, String kind) {
    String[] gv = apiVersion.split("/", 2);
    String suffix = gv.length == 1 ? "-" + gv[0] : "-" + gv[0].split("\\.")[0] + "-" + gv[1];
    return (kind + suffix).toLowerCase(Locale.ROOT) + ".json";
  }

  private Loaded load(String apiVersion, String kind) throws SchemaLoadException {
    String file = fileName(apiVersion, kind);
    for (Path location : options.locations()) {
      for (Path candidate : candidates(location, apiVersion, kind, file)) {
        if (Files.isRegularFile(candidate)) {
          try (InputStream in = Files.newInputStream(candidate)) {
            return compile(in, candidate.toUri().toString(), candidate.toString());
          } catch (IOException e) {
            throw new SchemaLoadException("cannot read schema " + candidate + ": " + e.getMessage());
          }
        }
      }
    }
    String resource = EMBEDDED + "v" + options.kubernetesVersion() + "-standalone-strict/" + file;
    try (InputStream in = SchemaStore.class.getResourceAsStream(resource)) {
      return in == null ? null : compile(in, "classpath:" + resource.substring(1),
          "embedded Kubernetes " + options.kubernetesVersion() + " schema");
    } catch (IOException e) {
      throw new SchemaLoadException("cannot read embedded schema " + resource + ": " + e.getMessage());
    }
  }

  private List<Path> candidates(Path location, String apiVersion, String kind, String file) {
    List<Path> out = new ArrayList<>();
    for (Path dir : versionDirs.computeIfAbsent(location, this::versionDirs)) {
      out.add(dir.resolve(file));
    }
    out.add(location.resolve(file));
    String[] gv = apiVersion.split("/", 2);
    if (gv.length == 2) {
      out.add(location.resolve(gv[0]).resolve(kind.toLowerCase(Locale.ROOT) + "_" + gv[1] + ".json"));
    }
    return out;
  }

  /**
   * The folders of a kubeconform checkout for this run's version, best first: the wanted flavour
   * (strict or not) before the other, and the newest patch release first.
   */
  private List<Path> versionDirs(Path location) {
    record Dir(Path path, int patch, boolean strict) {}
    List<Dir> dirs = new ArrayList<>();
    String want = options.kubernetesVersion();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(location)) {
      for (Path p : s) {
        Matcher m = VersionDirs.PATTERN.matcher(p.getFileName().toString());
        if (m.matches() && (m.group(1) + "." + m.group(2)).equals(want) && Files.isDirectory(p)) {
          dirs.add(new Dir(p, m.group(3) == null ? -1 : Integer.parseInt(m.group(3)), m.group(4) != null));
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    dirs.sort(Comparator.comparing((Dir d) -> d.strict() != options.strict())
        .thenComparing(Comparator.comparingInt(Dir::patch).reversed()));
    return dirs.stream().map(Dir::path).toList();
  }

  private Loaded compile(InputStream in, String iri, String source) throws SchemaLoadException {
    JsonNode node;
    try {
      byte[] bytes = in.readAllBytes();
      node = SchemaJsonReader.read(bytes);
      if (node == null) {
        node = JsonTree.read(new java.io.ByteArrayInputStream(bytes));
      }
    } catch (IOException e) {
      throw new SchemaLoadException("schema " + source + " is not valid JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
    }
    if (!(node instanceof ObjectNode)) {
      throw new SchemaLoadException("schema " + source + " is not a JSON object");
    }
    if (!options.strict()) {
      relax(node);
    }
    try {
      Schema schema = registry().getSchema(SchemaLocation.of(iri), node);
      schema.initializeValidators();
      return new Loaded(schema, source);
    } catch (RuntimeException e) {
      throw new SchemaLoadException("schema " + source + " cannot be used: " + e.getMessage());
    }
  }

  /** Non-strict: the strict schema without its "additionalProperties": false (kubeconform's relation). */
  static void relax(JsonNode node) {
    if (node instanceof ObjectNode o) {
      JsonNode ap = o.get("additionalProperties");
      if (ap != null && ap.isBoolean() && !ap.booleanValue()) {
        o.remove("additionalProperties");
      }
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      relax(it.next());
    }
  }

  private SchemaRegistry registry() {
    if (registry == null) {
      registry = newRegistry();
    }
    return registry;
  }

  /**
   * kubeconform's version folders; a holder class, so that the expression is compiled only when
   * a run has schema locations (SchemaStore's own initialisation is on the start-up path).
   */
  private static final class VersionDirs {
    static final Pattern PATTERN = Pattern.compile("v(\\d+)\\.(\\d+)(?:\\.(\\d+))?-standalone(-strict)?");
  }

  private static SchemaRegistry newRegistry() {
    Dialect draft4 = Dialects.getDraft4();
    Dialect kubeconform = Dialect.builder(KUBECONFORM_DIALECT, draft4)
        .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword))
        .build();
    Dialect draft4Quiet = Dialect.builder(draft4)
        .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword))
        .build();
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .formatAssertionsEnabled(true)
        .build();
    return SchemaRegistry.withDefaultDialect(draft4Quiet, b -> b
        // Our jackson-core reader: the default one builds an ObjectMapper, whose start-up
        // cost was a large part of a one-file lint.
        .nodeReader(new JsonTreeReader())
        .dialectRegistry(new BasicDialectRegistry(List.of(kubeconform, draft4Quiet)))
        .schemaRegistryConfig(config));
  }

  /** Reads schema documents with {@link JsonTree} (JSON only; YAML schemas are not supported). */
  private static final class JsonTreeReader implements com.networknt.schema.serialization.NodeReader {
    @Override
    public JsonNode readTree(String content, com.networknt.schema.InputFormat format) throws IOException {
      return JsonTree.read(new java.io.ByteArrayInputStream(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Override
    public JsonNode readTree(InputStream in, com.networknt.schema.InputFormat format) throws IOException {
      return JsonTree.read(in);
    }
  }
}
