package io.dslint.peer;

import io.dslint.model.DaemonSet;
import io.dslint.model.ModelBuilder;
import io.dslint.rules.Rule;
import io.dslint.rules.RuleOptions;
import io.dslint.rules.RuleRegistry;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.SourceMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares dslint's rules with the labelled fixtures of peer linters (polaris, kube-linter,
 * checkov) in the shared corpus, and writes docs/peer-comparison.md. Run it with
 * {@code bin/peer-compare}; see {@link PeerMappings} for which peer check maps to which rule
 * and why the known disagreements are what they are.
 */
public final class PeerCompare {
  /** One labelled case: a file (polaris, checkov) or one object of a file (kube-linter). */
  record Case(PeerMappings.Mapping mapping, String path, Integer document, String object,
      String expected) {
    String key() {
      return mapping.peer() + " " + mapping.check() + " " + path + (document == null ? "" : "#" + document);
    }

    String where() {
      return "`" + path + "`" + (document == null ? "" : " doc " + document + (object == null ? "" : " (" + object + ")"));
    }
  }

  /** Our verdict on a case: whether a mapped rule fired, the evidence, and whether we could tell. */
  record Verdict(boolean fires, String evidence, String skipped) {}

  /** PEER_COMPARE_VERBOSE=1 prints every case and verdict to stderr. */
  private static final boolean VERBOSE = System.getenv("PEER_COMPARE_VERBOSE") != null;

  private final Path corpus;
  private final Map<String, Rule> rules = new LinkedHashMap<>();
  private final Map<Path, List<Workloads.Workload>> files = new HashMap<>();

  PeerCompare(Path corpus) {
    this.corpus = corpus;
    for (Rule r : RuleRegistry.builtinRules(RuleOptions.defaults())) {
      rules.put(r.id(), r);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: PeerCompare CORPUS_DIR OUTPUT.md");
      System.exit(2);
    }
    Path corpus = Path.of(args[0]);
    for (String peer : PeerMappings.PEERS) {
      if (!Files.isRegularFile(corpus.resolve(peer).resolve("INDEX.tsv"))) {
        System.err.println("peer-compare: " + corpus.resolve(peer) + "/INDEX.tsv not found; nothing written");
        System.exit(2);
      }
    }
    String md = new PeerCompare(corpus).report();
    Files.writeString(Path.of(args[1]), md, StandardCharsets.UTF_8);
    System.err.println("peer-compare: wrote " + args[1]);
  }

  // ---------------------------------------------------------------------------------------------

  List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    for (String peer : PeerMappings.PEERS) {
      List<String> lines = Files.readAllLines(corpus.resolve(peer).resolve("INDEX.tsv"), StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).split("\t", -1));
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size() && i < cells.length; i++) {
          row.put(header.get(i), cells[i]);
        }
        PeerMappings.Mapping m = PeerMappings.mapping(peer, row.get("check_id"));
        if (m == null) {
          continue;
        }
        String doc = row.get("doc_index");
        out.add(new Case(m, row.get("path"), doc == null ? null : Integer.valueOf(doc),
            row.get("name"), row.get("expected")));
      }
    }
    return out;
  }

  Verdict verdict(Case c) throws IOException {
    Path file = corpus.resolve(c.mapping().peer()).resolve(c.path());
    List<Workloads.Workload> workloads = files.get(file);
    if (workloads == null) {
      workloads = Workloads.read(file);
      files.put(file, workloads);
    }
    List<Rule> active = new ArrayList<>();
    for (String id : c.mapping().rules()) {
      if (rules.containsKey(id)) {
        active.add(rules.get(id));
      }
    }
    if (active.isEmpty()) {
      return new Verdict(false, "", "rule not in this build");
    }
    boolean anyObject = false;
    for (Workloads.Workload w : workloads) {
      if (c.document() != null && w.document() != c.document()) {
        continue;
      }
      if (c.object() != null && !c.object().isEmpty() && w.name() != null && !c.object().equals(w.name())) {
        return new Verdict(false, "", "document " + c.document() + " is " + w.name() + ", not " + c.object());
      }
      if ("DeploymentConfig".equals(w.kind())) {
        return new Verdict(false, "", "OpenShift DeploymentConfig (out of scope)");
      }
      if (w.daemonSet() == null) {
        continue;
      }
      anyObject = true;
      DaemonSet ds = ModelBuilder.daemonSet(ModelBuilder.object(w.daemonSet(), Pointer.ROOT));
      SourceMap map = new SourceMap(w.daemonSet());
      List<String> found = new ArrayList<>();
      for (Rule r : active) {
        r.check(ds, (pointer, message, props) -> found.add(r.id() + " line "
            + map.resolve(pointer).startLine() + ": " + message));
      }
      if (!found.isEmpty()) {
        return new Verdict(true, w.kind() + " " + w.name() + ": " + found.get(0), null);
      }
    }
    if (!anyObject && c.document() != null) {
      return new Verdict(false, "", "no workload object at this document");
    }
    return new Verdict(false, anyObject ? "" : "no workload object in the file", null);
  }

  // ---------------------------------------------------------------------------------------------

  /** Per mapping: counts. */
  private static final class Tally {
    int agree;
    int peerFailOnly;
    int peerPassOnly;
    int skipped;
    String skipReason;
    int unlabelled;

    int labelled() {
      return agree + peerFailOnly + peerPassOnly;
    }
  }

  String report() throws IOException {
    List<Case> cases = cases();
    Map<PeerMappings.Mapping, Tally> tallies = new LinkedHashMap<>();
    for (PeerMappings.Mapping m : PeerMappings.MAPPINGS) {
      tallies.put(m, new Tally());
    }
    List<String[]> disagreements = new ArrayList<>();
    Map<String, Integer> classCounts = new TreeMap<>();
    for (Case c : cases) {
      Tally t = tallies.get(c.mapping());
      boolean peerFails = c.expected().equals("fail");
      if (!peerFails && !c.expected().equals("pass")) {
        t.unlabelled++;
        continue;
      }
      Verdict v = verdict(c);
      if (VERBOSE) {
        System.err.printf("%-70s %-4s %s%n", c.key(), c.expected(), v.skipped() != null ? "skipped: " + v.skipped()
            : v.fires() ? "fires: " + v.evidence() : "silent " + v.evidence());
      }
      if (v.skipped() != null) {
        t.skipped++;
        t.skipReason = v.skipped();
        continue;
      }
      if (v.fires() == peerFails) {
        t.agree++;
        continue;
      }
      if (peerFails) {
        t.peerFailOnly++;
      } else {
        t.peerPassOnly++;
      }
      PeerMappings.Explanation e = PeerMappings.explain(c.key());
      String cls = e == null ? "unexplained" : e.kind();
      classCounts.merge(cls, 1, Integer::sum);
      disagreements.add(new String[] {c.mapping().peer(), c.mapping().check(),
          String.join(", ", c.mapping().rules()), c.where(), peerFails ? "fail" : "pass",
          v.fires() ? "fires: " + v.evidence() : "silent" + (v.evidence().isEmpty() ? "" : " (" + v.evidence() + ")"),
          cls, e == null ? "" : e.text()});
    }

    StringBuilder sb = new StringBuilder();
    sb.append("# dslint compared with polaris, kube-linter and checkov\n\n");
    sb.append("<!-- Generated by bin/peer-compare from the shared corpus; do not edit by hand.\n");
    sb.append("     Regenerate: bin/peer-compare [CORPUS_DIR]   (default ../shared/corpus)\n");
    sb.append("     Mappings and disagreement explanations: src/test/java/io/dslint/peer/PeerMappings.java -->\n\n");
    sb.append(PeerMappings.METHOD).append('\n');

    sb.append("## Summary\n\n");
    sb.append("| peer | mapped checks | labelled cases | agree | disagree | agreement | not evaluated |\n");
    sb.append("|---|---|---|---|---|---|---|\n");
    int allAgree = 0;
    int allLabelled = 0;
    for (String peer : PeerMappings.PEERS) {
      int checks = 0;
      int agree = 0;
      int labelled = 0;
      int skipped = 0;
      for (Map.Entry<PeerMappings.Mapping, Tally> e : tallies.entrySet()) {
        if (e.getKey().peer().equals(peer)) {
          checks++;
          agree += e.getValue().agree;
          labelled += e.getValue().labelled();
          skipped += e.getValue().skipped;
        }
      }
      allAgree += agree;
      allLabelled += labelled;
      sb.append("| ").append(peer).append(" | ").append(checks).append(" | ").append(labelled).append(" | ")
          .append(agree).append(" | ").append(labelled - agree).append(" | ").append(percent(agree, labelled))
          .append(" | ").append(skipped).append(" |\n");
    }
    sb.append("| **all** | ").append(PeerMappings.MAPPINGS.size()).append(" | ").append(allLabelled)
        .append(" | ").append(allAgree).append(" | ").append(allLabelled - allAgree).append(" | ")
        .append(percent(allAgree, allLabelled)).append(" | |\n\n");
    sb.append("Disagreements by class: ");
    List<String> parts = new ArrayList<>();
    classCounts.forEach((k, v) -> parts.add(k + " " + v));
    sb.append(parts.isEmpty() ? "none" : String.join(", ", parts)).append(".\n\n");

    sb.append("## Per check\n\n");
    sb.append("| peer | check | dslint rule | labelled | agree | peer fails, dslint silent | peer passes, dslint fires | agreement | note |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|\n");
    for (Map.Entry<PeerMappings.Mapping, Tally> e : tallies.entrySet()) {
      PeerMappings.Mapping m = e.getKey();
      Tally t = e.getValue();
      String note = m.note();
      if (t.skipped > 0) {
        note = (note.isEmpty() ? "" : note + "; ") + t.skipped + " case(s) not evaluated: " + t.skipReason;
      }
      if (t.unlabelled > 0) {
        note = (note.isEmpty() ? "" : note + "; ") + t.unlabelled + " unlabelled case(s) skipped";
      }
      sb.append("| ").append(m.peer()).append(" | ").append(m.check()).append(" | ")
          .append(String.join(", ", m.rules())).append(" | ").append(t.labelled()).append(" | ")
          .append(t.agree).append(" | ").append(t.peerFailOnly).append(" | ").append(t.peerPassOnly)
          .append(" | ").append(t.labelled() == 0 ? "n/a" : percent(t.agree, t.labelled())).append(" | ")
          .append(cell(note)).append(" |\n");
    }

    sb.append("\n## Disagreements\n\n");
    sb.append("Classes: **deliberate** (dslint's definition differs on purpose; the rule doc says how), ")
        .append("**peer-scope** (also deliberate: the peer's check asks something else than the mapped rule), ")
        .append("**wrapping** (an artefact of lifting a non-DaemonSet object into a DaemonSet), ")
        .append("**bug** (dslint is wrong; to fix), **unexplained** (new since the last review: look at it).\n\n");
    if (disagreements.isEmpty()) {
      sb.append("None.\n");
    } else {
      sb.append("| peer | check | dslint rule | case | peer | dslint | class | why |\n");
      sb.append("|---|---|---|---|---|---|---|---|\n");
      for (String[] d : disagreements) {
        sb.append('|');
        for (String cellText : d) {
          sb.append(' ').append(cell(cellText)).append(" |");
        }
        sb.append('\n');
      }
    }
    sb.append("\n## Peer checks not mapped\n\n");
    for (String line : PeerMappings.UNMAPPED) {
      sb.append("- ").append(line).append('\n');
    }
    return sb.toString();
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
  }

  private static String cell(String text) {
    String t = text.replace("|", "\\|").replace("\n", " ");
    return t.length() > 300 ? t.substring(0, 297) + "..." : t;
  }
}
