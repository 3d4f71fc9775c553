package io.dslint.bench;

import io.dslint.engine.FileResult;
import io.dslint.engine.LintConfig;
import io.dslint.engine.Linter;
import io.dslint.model.DaemonSet;
import io.dslint.model.ModelBuilder;
import io.dslint.report.ReportContext;
import io.dslint.report.Reporter;
import io.dslint.report.Reporters;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;
import io.dslint.rules.RuleOptions;
import io.dslint.schema.SchemaOptions;
import io.dslint.schema.SchemaStore;
import io.dslint.schema.SchemaValidator;
import io.dslint.source.InputSource;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.YamlDocument;
import io.dslint.yaml.YamlLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Per-document cost of each pipeline stage, on 64 generated node-agent documents (the same
 * corpus generator as the whole-process benchmarks). Run with {@code bin/bench jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {
  private static final int DOCUMENTS = 64;

  private final List<String> texts = new ArrayList<>();
  private final List<YamlDocument> documents = new ArrayList<>();
  private final List<DaemonSet> daemonSets = new ArrayList<>();
  private List<Rule> rules;
  private SchemaStore.Loaded schema;
  private LintConfig config;
  private FileResult result;
  private String stream;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    CorpusGenerator generator = new CorpusGenerator(7);
    YamlLoader loader = new YamlLoader();
    StringBuilder all = new StringBuilder();
    while (daemonSets.size() < DOCUMENTS) {
      String text = generator.document(texts.size());
      YamlDocument doc = loader.load(text, 0, 1, List.of(text.split("\n")));
      MapNode root = (MapNode) doc.root();
      if (!"DaemonSet".equals(root.string("kind"))) {
        continue;
      }
      texts.add(text);
      documents.add(doc);
      daemonSets.add(ModelBuilder.daemonSet(ModelBuilder.object(root, Pointer.ROOT)));
      all.append("---\n").append(text);
    }
    stream = all.toString();
    config = LintConfig.defaults();
    rules = config.rules();
    String version = RuleOptions.NEWEST_KUBERNETES_VERSION;
    schema = new SchemaStore(new SchemaOptions(version, true, List.of())).find("apps/v1", "DaemonSet");
    result = lintStream(1);
  }

  private int nextIndex() {
    next = (next + 1) % DOCUMENTS;
    return next;
  }

  /** YAML text to our node tree (SnakeYAML compose plus conversion), one document. */
  @Benchmark
  public YamlDocument load() throws Exception {
    String text = texts.get(nextIndex());
    return new YamlLoader().load(text, 0, 1, List.of());
  }

  /** Node tree to the typed DaemonSet model, one document. */
  @Benchmark
  public DaemonSet model() {
    MapNode root = (MapNode) documents.get(nextIndex()).root();
    return ModelBuilder.daemonSet(ModelBuilder.object(root, Pointer.ROOT));
  }

  /** Strict schema validation of one DaemonSet (schema compiled once, as in a run). */
  @Benchmark
  public Object schemaValidation() {
    return SchemaValidator.validate(schema, (MapNode) documents.get(nextIndex()).root(), Pointer.ROOT);
  }

  /** Every default rule on one DaemonSet, findings to a no-op sink. */
  @Benchmark
  public void rules(Blackhole bh) {
    DaemonSet ds = daemonSets.get(nextIndex());
    Findings sink = (pointer, message, properties) -> bh.consume(message);
    for (Rule r : rules) {
      r.check(ds, sink);
    }
  }

  /** SARIF for the findings of 64 documents, divided by 64 in the report. */
  @Benchmark
  public int reportSarif64() throws IOException {
    StringWriter out = new StringWriter();
    Reporter r = Reporters.create("sarif", new ReportContext(out, config.catalog(), config.enabledRuleIds(),
        "bench", false, false, false));
    r.begin();
    r.file(result);
    r.end(new io.dslint.engine.RunSummary());
    return out.getBuffer().length();
  }

  /** The whole pipeline (split, load, schema, rules) over 64 documents on one thread. */
  @Benchmark
  public FileResult pipeline64() throws IOException {
    return lintStream(1);
  }

  private FileResult lintStream(int threads) {
    return new Linter(config, threads).lint(InputSource.stdin(
        new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8))));
  }
}
