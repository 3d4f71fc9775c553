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
import io.dslint.schema.RemovedApis;
import io.dslint.schema.SchemaStore;
import io.dslint.schema.SchemaValidator;
import io.dslint.rules.custom.CustomRule;
import io.dslint.source.DocumentText;
import io.dslint.source.InputError;
import io.dslint.source.InputSource;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

  /** Receives each DaemonSet as it is read, with its document (for commands beyond lint). */
  public interface DaemonSetListener {
    void daemonSet(DaemonSet ds, YamlDocument doc, ObjectRef object);
  }

  /** Rules whose findings are dropped where schema validation already reported the same field. */
  private static final Set<String> AFTER_SCHEMA = Set.of(RuleRegistry.API_VALIDATION, RuleRegistry.SELECTOR_MISMATCH);

  private final LintConfig config;
  private final DaemonSetListener listener;
  private final YamlLoader loader = new YamlLoader();
  private final int threads;
  private final PolicyVersion podSecurityVersion;
  private final PolicyVersion clusterVersion;
  private final SchemaStore schemas;
  /** Objects seen in this run by identity; used only on the delivering thread, in input order. */
  private final Map<String, String> identities = new HashMap<>();

  /** A linter that uses every available processor. */
  public Linter(LintConfig config) {
    this(config, Runtime.getRuntime().availableProcessors());
  }

  /** A one-thread linter that tells {@code listener} about each DaemonSet (coverage uses it). */
  public Linter(LintConfig config, DaemonSetListener listener) {
    this(config, 1, listener);
  }

  public Linter(LintConfig config, int threads) {
    this(config, threads, (ds, doc, object) -> { });
  }

  /** {@code listener} is called from the linting threads; it must be thread-safe when threads > 1. */
  public Linter(LintConfig config, int threads, DaemonSetListener listener) {
    this.config = config;
    this.listener = listener;
    this.threads = Math.max(1, threads);
    boolean pss = config.evaluatesPodSecurity();
    this.podSecurityVersion = pss ? PodSecurityRule.policyVersion(config.options()) : null;
    this.clusterVersion = pss ? PodSecurityRule.clusterVersion(config.options()) : null;
    this.schemas = SchemaStore.forOptions(config.schemaOptions());
  }

  /**
   * Lints the expansion of the user's paths: first a result for each path that could not be
   * used, then each source in order. Documents are linted in parallel (on up to
   * {@code threads} threads) while files are read one after the other; results reach
   * {@code listener} in input order, document by document as soon as they are final, and are the
   * same as a sequential run's, byte for byte. At most a bounded number of documents is in
   * flight and delivered findings are not kept, so memory does not grow with the input.
   */
  public RunSummary lintAll(SourceExpander.Expansion expansion, ResultListener listener) throws IOException {
    RunSummary summary = new RunSummary();
    for (InputError e : expansion.errors()) {
      summary.addFile();
      listener.beginFile(e.file());
      FileResult r = FileResult.unreadable(e);
      summary.addPart(r);
      listener.results(r);
      listener.endFile(e.file());
    }
    Baseline.Matcher baseline = config.baseline() == null ? null
        : config.baseline().matcher(expansion.sources().stream().map(InputSource::displayName).toList());
    try (DocumentPipeline pipeline = new DocumentPipeline(threads, new Delivery(listener, baseline, summary))) {
      for (InputSource source : expansion.sources()) {
        pipeline.startFile(source.displayName());
        readDocuments(source, pipeline);
        pipeline.endFile();
      }
    }
    return summary;
  }

  /**
   * Lints as {@link #lintAll(SourceExpander.Expansion, ResultListener)} does, but hands each
   * input over whole: for callers that want a file's findings together and can afford to hold
   * them (tests, single files).
   */
  public RunSummary lintAll(SourceExpander.Expansion expansion, FileResultConsumer consumer) throws IOException {
    return lintAll(expansion, new Collector(consumer));
  }

  /** Receives whole files in input order. */
  @FunctionalInterface
  public interface FileResultConsumer {
    void accept(FileResult result) throws IOException;
  }

  /** Lints one input on the calling thread (a baseline, if any, applies as in a run of this input). */
  public FileResult lint(InputSource source) {
    FileResult[] out = new FileResult[1];
    Baseline.Matcher baseline = config.baseline() == null ? null
        : config.baseline().matcher(List.of(source.displayName()));
    Delivery delivery = new Delivery(new Collector(r -> out[0] = r), baseline, new RunSummary());
    try (DocumentPipeline pipeline = new DocumentPipeline(1, delivery)) {
      pipeline.startFile(source.displayName());
      readDocuments(source, pipeline);
      pipeline.endFile();
    } catch (IOException e) {
      throw new IllegalStateException("in-memory consumer cannot fail", e);
    }
    return out[0];
  }

  /** Joins the parts of each file and hands the file over when it ends. */
  private static final class Collector implements ResultListener {
    private final FileResultConsumer consumer;
    private FileResult file;

    Collector(FileResultConsumer consumer) {
      this.consumer = consumer;
    }

    @Override
    public void beginFile(String name) {
      file = new FileResult(name, List.of(), List.of(), List.of(), 0, 0, 0, List.of());
    }

    @Override
    public void results(FileResult part) {
      file = file.concat(part);
    }

    @Override
    public void endFile(String name) throws IOException {
      FileResult done = file;
      file = null;
      consumer.accept(done);
    }
  }

  /**
   * Turns the pipeline's document results into final parts, on the reading thread in input
   * order: decides duplicate objects, sorts, applies the baseline, counts, and passes each part
   * on. A document's findings all lie at or after the document's first line, so when document
   * {@code k} arrives, every held finding before the line where document {@code k + 1} may start
   * is final and leaves at once. A finding at or after that line (a syntax error reported just
   * past a document's last line, say) waits until no later finding can sort before it.
   */
  private final class Delivery implements DocumentPipeline.Delivery {
    private final ResultListener listener;
    private final Baseline.Matcher baseline;
    private final RunSummary summary;
    private String file;
    /** Findings of the current file not yet final, in order; almost always empty. */
    private List<Finding> held = new ArrayList<>();

    Delivery(ResultListener listener, Baseline.Matcher baseline, RunSummary summary) {
      this.listener = listener;
      this.baseline = baseline;
      this.summary = summary;
    }

    @Override
    public void startFile(String name) throws IOException {
      file = name;
      held = new ArrayList<>();
      summary.addFile();
      listener.beginFile(name);
    }

    @Override
    public void document(FileState part) throws IOException {
      claimIdentities(part);
      part.findings.sort(ORDER);
      if (held.isEmpty()) {
        held = part.findings;
      } else {
        held.addAll(part.findings); // a stable sort keeps earlier documents first among equals
        held.sort(ORDER);
      }
      int ready = 0;
      while (ready < held.size() && held.get(ready).line() < part.nextLine) {
        ready++;
      }
      List<Finding> now = ready == held.size() ? held : new ArrayList<>(held.subList(0, ready));
      held = ready == held.size() ? new ArrayList<>() : new ArrayList<>(held.subList(ready, held.size()));
      pass(part.toResult(now));
    }

    @Override
    public void endFile() throws IOException {
      if (!held.isEmpty()) {
        FileState rest = new FileState(file);
        pass(rest.toResult(held));
        held = new ArrayList<>();
      }
      listener.endFile(file);
    }

    private void pass(FileResult part) throws IOException {
      FileResult result = baseline == null ? part : baseline.apply(part);
      summary.addPart(result);
      listener.results(result);
    }
  }

  /**
   * Splits one input into documents on this thread and hands each to the pipeline, which loads
   * and lints it; a reading problem ends the input. Output failures surface as IOException.
   */
  private void readDocuments(InputSource source, DocumentPipeline pipeline) throws IOException {
    String file = source.displayName();
    try {
      SourceDocuments.readTexts(source, new SourceDocuments.TextVisitor() {
        @Override
        public void text(DocumentText text, int index) {
          try {
            pipeline.submit(() -> lintText(file, text, index));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void error(int document, InputError error) {
          FileState failed = new FileState(file);
          failed.error(document, error, "");
          try {
            pipeline.addFileError(failed);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Loads and lints one document: the unit of work that runs in parallel. */
  private FileState lintText(String file, DocumentText text, int index) {
    FileState part = new FileState(file);
    part.documents = 1;
    // Later documents start after this one's lines (an oversized document keeps none).
    part.nextLine = text.firstLine() + Math.max(1, text.lines().size());
    SourceDocuments.load(file, text, index, loader, new SourceDocuments.Visitor() {
      @Override
      public void document(YamlDocument doc) {
        lintDocument(part, doc);
      }

      @Override
      public void error(int document, InputError error, String sourceLine) {
        part.error(document, error, sourceLine);
      }
    });
    return part;
  }

  private void lintDocument(FileState state, YamlDocument doc) {
    int index = doc.index();
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
    sink.schemaViolations.clear();
    sink.rule = null;
    checkIdentity(sink, object);
    RemovedApis.Removal removal = RemovedApis.find(object.apiVersion(), object.kind(),
        config.schemaOptions().kubernetesVersion());
    if (removal != null) {
      sink.ruleId = RuleRegistry.API_REMOVED;
      sink.report(object.pointer().append("apiVersion"), removedMessage(removal));
      // Nothing else applies: the API server refuses the object before looking at it.
      applySuppressions(sink, object, null, start);
      return;
    }
    validateSchema(sink, object);
    for (CustomRule rule : config.customRules()) {
      if (rule.appliesTo(object.kind())) {
        sink.rule = null;
        sink.ruleId = rule.id();
        rule.check(object, sink);
      }
    }
    if (!"DaemonSet".equals(object.kind())) {
      applySuppressions(sink, object, null, start);
      return;
    }
    sink.state.daemonSets++;
    DaemonSet ds = ModelBuilder.daemonSet(object);
    listener.daemonSet(ds, sink.doc, sink.object);
    for (Rule rule : config.rules()) {
      sink.rule = rule;
      sink.ruleId = rule.id();
      rule.check(ds, sink);
    }
    sink.rule = null;
    applySuppressions(sink, object, ds.podSpec(), start);
    if (podSecurityVersion != null && ds.template().present()) {
      Pointer at = object.metadata().name() != null ? object.pointer().append("metadata", "name") : object.pointer();
      sink.state.podSecurity.add(new PodSecurityResult(sink.object, sink.state.file, sink.sourceMap.resolve(at),
          PodSecurity.verdict(ds.template(), podSecurityVersion, clusterVersion)));
    }
  }

  /** Marks the object's findings (from {@code start} on) that a suppression covers. */
  private static void applySuppressions(DocumentSink sink, KubeObject object, io.dslint.model.PodSpec podSpec,
      int start) {
    if (sink.suppressor != null) {
      sink.suppressor.applyToObject(object, sink.object, podSpec, sink.state.findings, start);
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
  /**
   * Records the object's identity (group, kind, namespace, name). Whether it repeats one seen
   * before is decided when the file is delivered, in input order (see {@link #claimIdentities}),
   * so that "the later one" is the same whatever thread linted which document.
   */
  private void checkIdentity(DocumentSink sink, KubeObject object) {
    String name = object.metadata().name();
    if (name == null || name.isEmpty() || object.kind() == null || !config.isEnabled(RuleRegistry.DUPLICATE_OBJECT)) {
      return;
    }
    String group = object.apiVersion() == null || !object.apiVersion().contains("/") ? ""
        : object.apiVersion().substring(0, object.apiVersion().indexOf('/'));
    boolean clusterScoped = ObjectScope.isClusterScoped(group, object.kind());
    String namespace = clusterScoped || object.metadata().namespace() == null ? "" : object.metadata().namespace();
    Pointer at = object.pointer().append("metadata", "name");
    Range range = sink.sourceMap.resolve(at);
    sink.state.identities.add(new IdentityClaim(group + "/" + object.kind() + "/" + namespace + "/" + name,
        object.kind() + " " + (namespace.isEmpty() ? "" : namespace + "/") + name, at, range,
        sink.object, sink.doc.line(range.startLine()), sink.origin));
  }

  /** An object's identity and where it is defined, waiting for the in-order duplicate check. */
  private record IdentityClaim(String key, String label, Pointer pointer, Range range, ObjectRef object,
      String sourceLine, String origin) {}

  /** The duplicate-object check, run per document on the delivering thread, in input order. */
  private void claimIdentities(FileState state) {
    for (IdentityClaim c : state.identities) {
      String here = state.file + ":" + c.range().startLine();
      String first = identities.putIfAbsent(c.key(), here);
      if (first != null) {
        state.findings.add(new Finding(RuleRegistry.DUPLICATE_OBJECT, config.severity(RuleRegistry.DUPLICATE_OBJECT),
            c.label() + " is defined twice in this run (first at " + first
                + "): applying both, the later one silently replaces the earlier",
            state.file, c.range(), c.pointer(), c.object(), c.sourceLine(), Map.of(), c.origin()));
      }
    }
    state.identities.clear();
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

  /** Findings, errors and counts of one document of an input (or of the error that ended it). */
  final class FileState {
    final String file;
    final List<Finding> findings = new ArrayList<>();
    final List<InputError> errors = new ArrayList<>();
    final List<ObjectRef> objects = new ArrayList<>();
    final List<PodSecurityResult> podSecurity = new ArrayList<>();
    final List<IdentityClaim> identities = new ArrayList<>();
    /** Which of the configuration's suppressions silenced a finding here. */
    final BitSet configUsed = new BitSet();
    int documents;
    int daemonSets;
    int nonKubernetes;
    /** The first line where a later part of the file may report: none before the file ends. */
    int nextLine = Integer.MAX_VALUE;

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

    /** This part's result with {@code ready} as its findings (sorted, final). */
    FileResult toResult(List<Finding> ready) {
      return new FileResult(file, List.copyOf(ready), List.copyOf(errors), List.copyOf(objects),
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
    /** Where schema validation reported the current object; later API checks stay quiet there. */
    final List<Pointer> schemaViolations = new ArrayList<>();
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
