package io.dslint.engine;

import io.dslint.model.DaemonSet;
import io.dslint.model.KubeObject;
import io.dslint.model.Located;
import io.dslint.model.ModelBuilder;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;
import io.dslint.rules.RuleRegistry;
import io.dslint.rules.pss.PodSecurity;
import io.dslint.rules.pss.PodSecurityRule;
import io.dslint.rules.pss.PolicyVersion;
import io.dslint.rules.custom.CustomRule;
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
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

  private final LintConfig config;
  private final YamlLoader loader = new YamlLoader();
  private final int threads;
  private final PolicyVersion podSecurityVersion;
  private final PolicyVersion clusterVersion;

  /** A linter that uses every available processor. */
  public Linter(LintConfig config) {
    this(config, Runtime.getRuntime().availableProcessors());
  }

  public Linter(LintConfig config, int threads) {
    this.config = config;
    this.threads = Math.max(1, threads);
    boolean pss = config.evaluatesPodSecurity();
    this.podSecurityVersion = pss ? PodSecurityRule.policyVersion(config.options()) : null;
    this.clusterVersion = pss ? PodSecurityRule.clusterVersion(config.options()) : null;
  }

  /**
   * Lints the expansion of the user's paths: first a result for each path that could not be
   * used, then each source in order. Documents are linted in parallel (on up to
   * {@code threads} threads) while files are read one after the other; results reach
   * {@code consumer} in input order and are the same as a sequential run's, byte for byte.
   * At most a bounded number of documents is in flight, so memory does not grow with the input.
   */
  public RunSummary lintAll(SourceExpander.Expansion expansion, FileResultConsumer consumer)
      throws IOException {
    RunSummary summary = new RunSummary();
    for (InputError e : expansion.errors()) {
      FileResult r = FileResult.unreadable(e);
      summary.add(r);
      consumer.accept(r);
    }
    Baseline.Matcher baseline = config.baseline() == null ? null
        : config.baseline().matcher(expansion.sources().stream().map(InputSource::displayName).toList());
    try (DocumentPipeline pipeline = new DocumentPipeline(threads, done -> {
      FileResult result = baseline == null ? done : baseline.apply(done);
      summary.add(result);
      consumer.accept(result);
    })) {
      for (InputSource source : expansion.sources()) {
        pipeline.startFile(new FileState(source.displayName()));
        readDocuments(source, pipeline);
        pipeline.endFile();
      }
    }
    return summary;
  }

  /** Receives results in input order; reporters write them as they come. */
  @FunctionalInterface
  public interface FileResultConsumer {
    void accept(FileResult result) throws IOException;
  }

  /** Lints one input on the calling thread (a baseline, if any, applies as in a run of this input). */
  public FileResult lint(InputSource source) {
    FileResult[] out = new FileResult[1];
    Baseline.Matcher baseline = config.baseline() == null ? null
        : config.baseline().matcher(List.of(source.displayName()));
    try (DocumentPipeline pipeline = new DocumentPipeline(1, r -> out[0] = baseline == null ? r : baseline.apply(r))) {
      pipeline.startFile(new FileState(source.displayName()));
      readDocuments(source, pipeline);
      pipeline.endFile();
    } catch (IOException e) {
      throw new IllegalStateException("in-memory consumer cannot fail", e);
    }
    return out[0];
  }

  /** Splits one input into documents and hands each to the pipeline; reading problems end it. */
  private void readDocuments(InputSource source, DocumentPipeline pipeline) throws IOException {
    String file = source.displayName();
    int documents = 0;
    try (LineReader reader = new LineReader(source.open())) {
      DocumentSplitter splitter = new DocumentSplitter(reader, YamlLoader.MAX_DOCUMENT_CHARS);
      DocumentText text;
      while ((text = splitter.next()) != null) {
        DocumentText document = text;
        int index = documents++;
        pipeline.submit(() -> {
          FileState part = new FileState(file);
          part.documents = 1;
          lintDocument(part, document, index);
          return part;
        });
      }
      if (documents == 0) {
        pipeline.addFileError(error(file, 1, 1, "no YAML documents in file (empty, or only comments and separators)", 0));
      }
    } catch (InputException e) {
      pipeline.addFileError(error(file, e.line(), e.column(), e.getMessage(), Math.max(0, documents - 1)));
    } catch (IOException e) {
      FileState failed = new FileState(file);
      failed.errors.add(InputError.of(file, "cannot read: " + SourceExpander.describe(e)));
      pipeline.addFileError(failed);
    }
  }

  private FileState error(String file, int line, int column, String message, int document) {
    FileState state = new FileState(file);
    state.error(line, column, message, "", document);
    return state;
  }

  private void lintDocument(FileState state, DocumentText text, int index) {
    if (text.oversized()) {
      state.error(text.firstLine(), 1, "document is larger than " + (YamlLoader.MAX_DOCUMENT_CHARS >> 20)
          + " MiB, the most the API server accepts in one request", "", index);
      return;
    }
    YamlDocument doc;
    try {
      doc = loader.load(text.text(), index, text.firstLine(), text.lines());
    } catch (YamlSyntaxException e) {
      int i = e.line() - text.firstLine();
      state.error(e.line(), e.column(), e.getMessage(),
          i >= 0 && i < text.lines().size() ? text.lines().get(i) : "", index);
      return;
    }
    if (doc == null) {
      return;
    }
    DocumentSink sink = new DocumentSink(state, doc);
    if (config.appliesSuppressions()) {
      sink.suppressor = new Suppressor(config, doc, state.file, state.configUsed, sink);
    }
    lintLoaded(state, doc, sink, index);
    if (sink.suppressor != null) {
      sink.suppressor.finish(ObjectRef.document(index), state.findings);
    }
  }

  private void lintLoaded(FileState state, YamlDocument doc, DocumentSink sink, int index) {
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
    int start = sink.state.findings.size();
    boolean checked = false;
    for (CustomRule rule : config.customRules()) {
      if (rule.appliesTo(object.kind())) {
        checked = true;
        sink.rule = null;
        sink.ruleId = rule.id();
        rule.check(object, sink);
      }
    }
    if (!"DaemonSet".equals(object.kind())) {
      if (checked && sink.suppressor != null) {
        sink.suppressor.applyToObject(object, sink.object, null, sink.state.findings, start);
      }
      return;
    }
    sink.state.daemonSets++;
    DaemonSet ds = ModelBuilder.daemonSet(object);
    for (Rule rule : config.rules()) {
      sink.rule = rule;
      sink.ruleId = rule.id();
      rule.check(ds, sink);
    }
    sink.rule = null;
    if (sink.suppressor != null) {
      sink.suppressor.applyToObject(object, sink.object, ds.podSpec(), sink.state.findings, start);
    }
    if (podSecurityVersion != null && ds.template().present()) {
      Pointer at = object.metadata().name() != null ? object.pointer().append("metadata", "name") : object.pointer();
      sink.state.podSecurity.add(new PodSecurityResult(sink.object, sink.state.file, sink.sourceMap.resolve(at),
          PodSecurity.verdict(ds.template(), podSecurityVersion, clusterVersion)));
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

  /** Properties in key order, so that every output lists them the same way in every run. */
  private static Map<String, String> sorted(Map<String, String> properties) {
    return properties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(properties));
  }

  /** Findings, errors and counts of one input, or of one of its documents before merging. */
  final class FileState {
    final String file;
    final List<Finding> findings = new ArrayList<>();
    final List<InputError> errors = new ArrayList<>();
    final List<ObjectRef> objects = new ArrayList<>();
    final List<PodSecurityResult> podSecurity = new ArrayList<>();
    /** Which of the configuration's suppressions silenced a finding here. */
    final BitSet configUsed = new BitSet();
    int documents;
    int daemonSets;
    int nonKubernetes;

    FileState(String file) {
      this.file = file;
    }

    /** An input that cannot be loaded: an input error, and a yaml-syntax finding at its place. */
    void error(int line, int column, String message, String sourceLine, int document) {
      errors.add(new InputError(file, line, column, message));
      if (config.isEnabled(RuleRegistry.YAML_SYNTAX)) {
        findings.add(new Finding(RuleRegistry.YAML_SYNTAX, config.severity(RuleRegistry.YAML_SYNTAX),
            message, file, Range.point(line, column), Pointer.ROOT, ObjectRef.document(document),
            sourceLine, Map.of()));
      }
    }

    /** Appends a later part of the same input (parts arrive in document order). */
    void merge(FileState part) {
      findings.addAll(part.findings);
      errors.addAll(part.errors);
      objects.addAll(part.objects);
      podSecurity.addAll(part.podSecurity);
      configUsed.or(part.configUsed);
      documents += part.documents;
      daemonSets += part.daemonSets;
      nonKubernetes += part.nonKubernetes;
    }

    FileResult toResult() {
      findings.sort(ORDER);
      return new FileResult(file, List.copyOf(findings), List.copyOf(errors), List.copyOf(objects),
          documents, daemonSets, nonKubernetes, List.copyOf(podSecurity), (BitSet) configUsed.clone());
    }
  }

  /**
   * The findings sink for one document: resolves pointers to ranges and values, applies
   * severities; the suppressor (null with --no-suppressions) reports through it too.
   */
  private final class DocumentSink implements Findings, Suppressor.Diagnostics {
    final FileState state;
    final YamlDocument doc;
    final SourceMap sourceMap;
    final String origin;
    Suppressor suppressor;
    Rule rule;
    String ruleId;
    ObjectRef object;

    DocumentSink(FileState state, YamlDocument doc) {
      this.state = state;
      this.doc = doc;
      this.sourceMap = doc.sourceMap();
      this.origin = HelmSource.of(doc.lines());
    }

    @Override
    public void add(Pointer pointer, String message, Map<String, String> properties) {
      reportAt(sourceMap.resolve(pointer), pointer, message, properties);
    }

    void reportAt(Range range, Pointer pointer, String message, Map<String, String> properties) {
      add(ruleId, object, range, pointer, message, properties);
    }

    @Override
    public void report(String id, ObjectRef about, Pointer pointer, Range range, String message) {
      add(id, about, range != null ? range : sourceMap.resolve(pointer), pointer, message, Map.of());
    }

    private void add(String id, ObjectRef about, Range range, Pointer pointer, String message,
        Map<String, String> properties) {
      if (!config.isEnabled(id)) {
        return;
      }
      String value = null;
      if (rule == null || rule.fingerprintsValue()) {
        Node node = sourceMap.find(pointer);
        if (node instanceof ScalarNode s) {
          value = s.value() instanceof String str ? str : String.valueOf(s.value());
        }
      }
      state.findings.add(new Finding(id, config.severity(id), message, state.file, range,
          pointer, about, doc.line(range.startLine()), sorted(properties), origin, value, null));
    }
  }
}
