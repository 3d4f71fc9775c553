package io.dslint.bench;

import io.dslint.engine.LintConfig;
import io.dslint.model.DaemonSet;
import io.dslint.model.ModelBuilder;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.YamlDocument;
import io.dslint.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost of each rule per DaemonSet: what adding a rule costs a run. Every rule checks 64
 * generated DaemonSets (the finding-rich corpus and the clean one) in turns, 20 rounds after 10
 * rounds of warm-up, in one JVM; the table gives each rule's median microseconds per DaemonSet.
 * Run with {@code bin/bench rules}, which uses the launcher's JIT flags.
 */
public final class RuleCost {
  private static final int DOCUMENTS = 64;
  private static final int WARMUP = 10;
  private static final int ROUNDS = 20;

  private RuleCost() {}

  public static void main(String[] args) throws Exception {
    List<Rule> rules = LintConfig.defaults().rules();
    Map<String, double[]> generated = measure(rules, daemonSets(false));
    Map<String, double[]> clean = measure(rules, daemonSets(true));
    System.out.println("| rule | generated corpus, us per DaemonSet | clean corpus, us per DaemonSet |");
    System.out.println("|---|---|---|");
    double totalGenerated = 0;
    double totalClean = 0;
    for (String id : generated.keySet()) {
      double g = median(generated.get(id));
      double c = median(clean.get(id));
      totalGenerated += g;
      totalClean += c;
      System.out.printf("| %s | %.2f | %.2f |%n", id, g, c);
    }
    System.out.printf("| all %d rules | %.1f | %.1f |%n", rules.size(), totalGenerated, totalClean);
  }

  private static List<DaemonSet> daemonSets(boolean clean) throws Exception {
    CorpusGenerator generator = new CorpusGenerator(7);
    YamlLoader loader = new YamlLoader();
    List<DaemonSet> out = new ArrayList<>();
    for (int i = 0; out.size() < DOCUMENTS; i++) {
      String text = clean ? generator.cleanDocument(i) : generator.document(i);
      YamlDocument doc = loader.load(text, 0, 1, List.of());
      MapNode root = (MapNode) doc.root();
      if ("DaemonSet".equals(root.string("kind"))) {
        out.add(ModelBuilder.daemonSet(ModelBuilder.object(root, Pointer.ROOT)));
      }
    }
    return out;
  }

  /** Per rule id (several classes may share one), microseconds per DaemonSet in each round. */
  private static Map<String, double[]> measure(List<Rule> rules, List<DaemonSet> daemonSets) {
    Map<String, double[]> out = new LinkedHashMap<>();
    long[] reported = new long[1];
    Findings findings = (pointer, message, properties) -> reported[0]++;
    for (int round = 0; round < WARMUP + ROUNDS; round++) {
      Map<String, Long> nanos = new LinkedHashMap<>();
      for (Rule rule : rules) {
        long start = System.nanoTime();
        for (DaemonSet ds : daemonSets) {
          rule.check(ds, findings);
        }
        nanos.merge(rule.id(), System.nanoTime() - start, Long::sum);
      }
      if (round >= WARMUP) {
        int r = round - WARMUP;
        nanos.forEach((id, n) -> out.computeIfAbsent(id, k -> new double[ROUNDS])[r] = n / 1000.0 / daemonSets.size());
      }
    }
    // Counting the findings also keeps the JIT from dropping the checks as unused.
    System.err.printf("%.1f findings per DaemonSet%n", reported[0] / (double) (WARMUP + ROUNDS) / daemonSets.size());
    return out;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return (sorted[sorted.length / 2] + sorted[(sorted.length - 1) / 2]) / 2;
  }
}
