package io.dslint.engine;

import io.dslint.model.DaemonSet;
import io.dslint.model.KubeObject;
import io.dslint.model.Located;
import io.dslint.model.ModelBuilder;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;
import io.dslint.rules.RuleRegistry;
import io.dslint.source.InputError;
import io.dslint.source.InputSource;
import io.dslint.yaml.DuplicateKey;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Node;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.Range;
import io.dslint.yaml.ScalarNode;
import io.dslint.yaml.SourceMap;
import io.dslint.yaml.YamlDocument;
import io.dslint.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lints one input: reads it document by document, loads each, finds the Kubernetes objects in
 * it (List items included), runs the rules on DaemonSets and collects findings in line order.
 * Never throws for bad input: every problem becomes a finding or an {@link InputError}.
 */
public final class Linter {
  private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::line)
      .thenComparingInt(Finding::column)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::message);

  /** Receives each DaemonSet as it is read, with its document (for commands beyond lint). */
  public interface DaemonSetListener {
    void daemonSet(DaemonSet ds, YamlDocument doc, ObjectRef object);
  }

  private final LintConfig config;
  private final DaemonSetListener listener;
  private final YamlLoader loader = new YamlLoader();

  public Linter(LintConfig config) {
    this(config, (ds, doc, object) -> { });
  }

  public Linter(LintConfig config, DaemonSetListener listener) {
    this.config = config;
    this.listener = listener;
  }

  public FileResult lint(InputSource source) {
    FileState state = new FileState(source.displayName());
    state.documents = SourceDocuments.read(source, loader, new SourceDocuments.Visitor() {
      @Override
      public void document(YamlDocument doc) {
        lintDocument(state, doc);
      }

      @Override
      public void error(int document, InputError error, String sourceLine) {
        state.error(document, error, sourceLine);
      }
    });
    state.findings.sort(ORDER);
    return new FileResult(state.file, List.copyOf(state.findings), List.copyOf(state.errors),
        List.copyOf(state.objects), state.documents, state.daemonSets, state.nonKubernetes);
  }

  private void lintDocument(FileState state, YamlDocument doc) {
    int index = doc.index();
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
    sink.object = new ObjectRef(object.apiVersion(), object.kind(), object.metadata().namespace(),
        object.metadata().name(), index);
    sink.state.objects.add(sink.object);
    if (!"DaemonSet".equals(object.kind())) {
      return;
    }
    sink.state.daemonSets++;
    DaemonSet ds = ModelBuilder.daemonSet(object);
    listener.daemonSet(ds, sink.doc, sink.object);
    for (Rule rule : config.rules()) {
      sink.ruleId = rule.id();
      rule.check(ds, sink);
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
    final List<ObjectRef> objects = new ArrayList<>();
    int documents;
    int daemonSets;
    int nonKubernetes;

    FileState(String file) {
      this.file = file;
    }

    /**
     * An input that cannot be loaded: an input error, and (when it has a position) a yaml-syntax
     * finding at its place.
     */
    void error(int document, InputError e, String sourceLine) {
      errors.add(e);
      if (e.line() > 0 && config.isEnabled(RuleRegistry.YAML_SYNTAX)) {
        findings.add(new Finding(RuleRegistry.YAML_SYNTAX, config.severity(RuleRegistry.YAML_SYNTAX),
            e.message(), file, Range.point(e.line(), e.column()), Pointer.ROOT, ObjectRef.document(document),
            sourceLine, Map.of()));
      }
    }
  }

  /** The findings sink for one document: resolves pointers to ranges, applies severities. */
  private final class DocumentSink implements Findings {
    final FileState state;
    final YamlDocument doc;
    final SourceMap sourceMap;
    String ruleId;
    ObjectRef object;

    DocumentSink(FileState state, YamlDocument doc) {
      this.state = state;
      this.doc = doc;
      this.sourceMap = doc.sourceMap();
    }

    @Override
    public void add(Pointer pointer, String message, Map<String, String> properties) {
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
