package io.dslint.engine;

import io.dslint.model.DaemonSet;
import io.dslint.model.KubeObject;
import io.dslint.model.Located;
import io.dslint.model.ModelBuilder;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;
import io.dslint.rules.RuleRegistry;
import io.dslint.schema.RemovedApis;
import io.dslint.schema.SchemaStore;
import io.dslint.schema.SchemaValidator;
import io.dslint.source.DocumentSplitter;
import io.dslint.source.DocumentText;
import io.dslint.source.InputError;
import io.dslint.source.InputException;
import io.dslint.source.InputSource;
import io.dslint.source.LineReader;
import io.dslint.source.SourceExpander;
import io.dslint.yaml.DuplicateKey;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Node;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.Range;
import io.dslint.yaml.ScalarNode;
import io.dslint.yaml.SourceMap;
import io.dslint.yaml.YamlDocument;
import io.dslint.yaml.YamlLoader;
import io.dslint.yaml.YamlSyntaxException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lints inputs one at a time: reads each document by document, loads each, finds the Kubernetes
 * objects in it (List items included), validates every object against its schema, runs the
 * rules on DaemonSets and collects findings in line order. One linter serves a whole run: it
 * caches the schemas it loaded and remembers every object's identity, so that an object defined
 * twice in the run is reported. Never throws for bad input: every problem becomes a finding or
 * an {@link InputError}.
 */
public final class Linter {
  private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::line)
      .thenComparingInt(Finding::column)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::message);

  /** Rules whose findings are dropped where schema validation already reported the same field. */
  private static final Set<String> AFTER_SCHEMA = Set.of(RuleRegistry.API_VALIDATION, RuleRegistry.SELECTOR_MISMATCH);

  private final LintConfig config;
  private final YamlLoader loader = new YamlLoader();
  private final SchemaStore schemas;
  private final Map<String, String> identities = new HashMap<>();

  public Linter(LintConfig config) {
    this.config = config;
    this.schemas = new SchemaStore(config.schemaOptions());
  }

  public FileResult lint(InputSource source) {
    FileState state = new FileState(source.displayName());
    try (LineReader reader = new LineReader(source.open())) {
      DocumentSplitter splitter = new DocumentSplitter(reader, YamlLoader.MAX_DOCUMENT_CHARS);
      DocumentText text;
      while ((text = splitter.next()) != null) {
        lintDocument(state, text, state.documents++);
      }
      if (state.documents == 0) {
        state.error(1, 1, "no YAML documents in file (empty, or only comments and separators)", "");
      }
    } catch (InputException e) {
      state.error(e.line(), e.column(), e.getMessage(), "");
    } catch (IOException e) {
      state.errors.add(InputError.of(source.displayName(), "cannot read: " + SourceExpander.describe(e)));
    }
    state.findings.sort(ORDER);
    return new FileResult(state.file, List.copyOf(state.findings), List.copyOf(state.errors),
        state.documents, state.objects, state.daemonSets, state.nonKubernetes);
  }

  private void lintDocument(FileState state, DocumentText text, int index) {
    if (text.oversized()) {
      state.error(text.firstLine(), 1, "document is larger than " + (YamlLoader.MAX_DOCUMENT_CHARS >> 20)
          + " MiB, the most the API server accepts in one request", "");
      return;
    }
    YamlDocument doc;
    try {
      doc = loader.load(text.text(), index, text.firstLine(), text.lines());
    } catch (YamlSyntaxException e) {
      int i = e.line() - text.firstLine();
      state.error(e.line(), e.column(), e.getMessage(),
          i >= 0 && i < text.lines().size() ? text.lines().get(i) : "");
      return;
    }
    if (doc == null) {
      return;
    }
    DocumentSink sink = new DocumentSink(state, doc);
    reportDuplicates(sink, doc);
    if (!(doc.root() instanceof MapNode root) || !looksLikeObject(root)) {
      state.nonKubernetes++;
      return;
    }
    sink.object = ObjectRef.document(index);
    if (!checkTypeFields(sink, root, Pointer.ROOT)) {
      return;
    }
    KubeObject object = ModelBuilder.object(root, Pointer.ROOT);
    if ("List".equals(object.kind()) && root.has("items")) {
      for (Located<MapNode> item : ModelBuilder.listItems(root, Pointer.ROOT)) {
        sink.object = ObjectRef.document(index);
        if (checkTypeFields(sink, item.value(), item.pointer())) {
          lintObject(sink, ModelBuilder.object(item.value(), item.pointer()), index);
        }
      }
      return;
    }
    lintObject(sink, object, index);
  }

  private void lintObject(DocumentSink sink, KubeObject object, int index) {
    sink.state.objects++;
    sink.object = new ObjectRef(object.apiVersion(), object.kind(), object.metadata().namespace(),
        object.metadata().name(), index);
    sink.schemaViolations.clear();
    checkIdentity(sink, object);
    RemovedApis.Removal removal = RemovedApis.find(object.apiVersion(), object.kind(),
        config.schemaOptions().kubernetesVersion());
    if (removal != null) {
      sink.ruleId = RuleRegistry.API_REMOVED;
      sink.report(object.pointer().append("apiVersion"), removedMessage(removal));
      // Nothing else applies: the API server refuses the object before looking at it.
      return;
    }
    validateSchema(sink, object);
    if (!"DaemonSet".equals(object.kind())) {
      return;
    }
    sink.state.daemonSets++;
    DaemonSet ds = ModelBuilder.daemonSet(object);
    for (Rule rule : config.rules()) {
      sink.ruleId = rule.id();
      rule.check(ds, sink);
    }
  }

  private String removedMessage(RemovedApis.Removal r) {
    String target = config.schemaOptions().kubernetesVersion();
    StringBuilder sb = new StringBuilder();
    sb.append(r.apiVersion()).append(' ').append(r.kind()).append(" is not served by Kubernetes ").append(target)
        .append(" (removed in 1.").append(r.removedInMinor()).append(')');
    if (r.replacement() != null) {
      sb.append(": use ").append(r.replacement());
    }
    if (r.note() != null) {
      sb.append(r.replacement() != null ? " (" + r.note() + ")" : ": " + r.note());
    }
    return sb.toString();
  }

  /** Schema validation of any object whose schema is embedded or in a --schema-location. */
  private void validateSchema(DocumentSink sink, KubeObject object) {
    if (!config.isEnabled(RuleRegistry.SCHEMA_VIOLATION) && !config.isEnabled(RuleRegistry.UNKNOWN_KIND)
        && !config.isEnabled(RuleRegistry.API_VALIDATION)) {
      return;
    }
    SchemaStore.Loaded schema;
    try {
      schema = schemas.find(object.apiVersion(), object.kind());
    } catch (SchemaStore.SchemaLoadException e) {
      Range r = sink.sourceMap.resolve(object.pointer().append("apiVersion"));
      sink.state.errors.add(new InputError(sink.state.file, r.startLine(), r.startColumn(), e.getMessage()));
      return;
    }
    if (schema == null) {
      sink.ruleId = RuleRegistry.UNKNOWN_KIND;
      sink.report(object.pointer().append("kind"), "no schema for " + object.apiVersion() + " " + object.kind()
          + " in Kubernetes " + config.schemaOptions().kubernetesVersion()
          + (config.schemaOptions().locations().isEmpty() ? "" : " or the --schema-location folders")
          + ": not validated (custom resources need their schema in a --schema-location folder)");
      return;
    }
    List<SchemaValidator.Violation> violations;
    try {
      violations = SchemaValidator.validate(schema, object.node(), object.pointer());
    } catch (RuntimeException e) {
      // A --schema-location schema the validator cannot evaluate: the user's input, not our fault.
      Range r = sink.sourceMap.resolve(object.pointer().append("apiVersion"));
      sink.state.errors.add(new InputError(sink.state.file, r.startLine(), r.startColumn(),
          "cannot validate against " + schema.source() + ": " + e.getMessage()));
      return;
    }
    sink.ruleId = RuleRegistry.SCHEMA_VIOLATION;
    for (SchemaValidator.Violation v : violations) {
      sink.schemaViolations.add(v.pointer());
      sink.report(v.pointer(), v.message());
    }
  }

  /**
   * The same object (group, kind, namespace, name) twice in one run: the later definition replaces
   * the earlier one at apply time, which is never what the author meant.
   */
  private void checkIdentity(DocumentSink sink, KubeObject object) {
    String name = object.metadata().name();
    if (name == null || name.isEmpty() || object.kind() == null) {
      return;
    }
    String group = object.apiVersion() == null || !object.apiVersion().contains("/") ? ""
        : object.apiVersion().substring(0, object.apiVersion().indexOf('/'));
    boolean clusterScoped = ObjectScope.isClusterScoped(group, object.kind());
    String namespace = clusterScoped || object.metadata().namespace() == null ? "" : object.metadata().namespace();
    String key = group + "/" + object.kind() + "/" + namespace + "/" + name;
    Pointer at = object.pointer().append("metadata", "name");
    Range range = sink.sourceMap.resolve(at);
    String here = sink.state.file + ":" + range.startLine();
    String first = identities.putIfAbsent(key, here);
    if (first != null) {
      sink.ruleId = RuleRegistry.DUPLICATE_OBJECT;
      String label = object.kind() + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
      sink.report(at, label + " is defined twice in this run (first at " + first
          + "): applying both, the later one silently replaces the earlier");
    }
  }

  /** A mapping is meant as a Kubernetes object when it has apiVersion or kind. */
  private static boolean looksLikeObject(MapNode root) {
    return root.has("apiVersion") || root.has("kind");
  }

  /** apiVersion and kind must both be non-empty strings; reports and returns false otherwise. */
  private boolean checkTypeFields(DocumentSink sink, MapNode node, Pointer at) {
    boolean ok = true;
    for (String field : new String[] {"apiVersion", "kind"}) {
      Node value = node.get(field);
      String problem = null;
      if (value == null) {
        problem = "missing required field \"" + field + "\"";
      } else if (!(value instanceof ScalarNode s) || !(s.value() instanceof String str) || str.isEmpty()) {
        problem = "\"" + field + "\" must be a non-empty string, got "
            + (value instanceof ScalarNode s ? s.typeName() + " " + s.text() : "a collection");
      }
      if (problem != null) {
        ok = false;
        sink.ruleId = RuleRegistry.SCHEMA_VIOLATION;
        sink.report(value == null ? at : at.append(field), problem);
      }
    }
    return ok;
  }

  private static void reportDuplicates(DocumentSink sink, YamlDocument doc) {
    Set<Range> seen = new HashSet<>();
    sink.object = ObjectRef.document(doc.index());
    sink.ruleId = RuleRegistry.YAML_DUPLICATE_KEY;
    for (DuplicateKey d : doc.duplicateKeys()) {
      if (seen.add(d.range())) {
        sink.reportAt(d.range(), d.pointer(), String.format("duplicate key \"%s\" (first at line %d):"
            + " the API server rejects duplicate fields", d.key(), d.first().startLine()), Map.of());
      }
    }
  }

  /** Per-input accumulation. */
  private final class FileState {
    final String file;
    final List<Finding> findings = new ArrayList<>();
    final List<InputError> errors = new ArrayList<>();
    int documents;
    int objects;
    int daemonSets;
    int nonKubernetes;

    FileState(String file) {
      this.file = file;
    }

    /** An input that cannot be loaded: an input error, and a yaml-syntax finding at its place. */
    void error(int line, int column, String message, String sourceLine) {
      errors.add(new InputError(file, line, column, message));
      if (config.isEnabled(RuleRegistry.YAML_SYNTAX)) {
        findings.add(new Finding(RuleRegistry.YAML_SYNTAX, config.severity(RuleRegistry.YAML_SYNTAX),
            message, file, Range.point(line, column), Pointer.ROOT, ObjectRef.document(Math.max(0, documents - 1)),
            sourceLine, Map.of()));
      }
    }
  }

  /** The findings sink for one document: resolves pointers to ranges, applies severities. */
  private final class DocumentSink implements Findings {
    final FileState state;
    final YamlDocument doc;
    final SourceMap sourceMap;
    /** Where schema validation reported the current object; later API checks stay quiet there. */
    final List<Pointer> schemaViolations = new ArrayList<>();
    String ruleId;
    ObjectRef object;

    DocumentSink(FileState state, YamlDocument doc) {
      this.state = state;
      this.doc = doc;
      this.sourceMap = doc.sourceMap();
    }

    @Override
    public void add(Pointer pointer, String message, Map<String, String> properties) {
      if (AFTER_SCHEMA.contains(ruleId)) {
        for (Pointer v : schemaViolations) {
          if (pointer.startsWith(v)) {
            return;
          }
        }
      }
      reportAt(sourceMap.resolve(pointer), pointer, message, properties);
    }

    void reportAt(Range range, Pointer pointer, String message, Map<String, String> properties) {
      if (!config.isEnabled(ruleId)) {
        return;
      }
      state.findings.add(new Finding(ruleId, config.severity(ruleId), message, state.file, range,
          pointer, object, doc.line(range.startLine()), Map.copyOf(properties)));
    }
  }
}
