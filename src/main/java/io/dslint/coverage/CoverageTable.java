package io.dslint.coverage;

import io.dslint.engine.FileResult;
import io.dslint.report.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The readable output: a nodes × DaemonSets table of verdicts, then per DaemonSet every node it
 * does not run on with all its reasons, the notes, and the node-coverage-gap findings as lint's
 * text format shows them (with the source line).
 */
public final class CoverageTable {
  /** Node names shown per group before "and N more" (json lists them all). */
  static final int MAX_NAMES = 20;

  private final Writer out;
  private final Reporter findings;

  /** {@code findings} is lint's text reporter, for the gap findings and input errors. */
  public CoverageTable(Writer out, Reporter findings) {
    this.out = out;
    this.findings = findings;
  }

  public void write(CoverageReport report) throws IOException {
    List<DaemonSetCoverage> sets = report.daemonSets();
    if (sets.isEmpty()) {
      out.write("No DaemonSet in the given manifests; nothing to place on the " + report.nodes().size()
          + " nodes.\n\n");
    } else {
      matrix(report);
      for (DaemonSetCoverage ds : sets) {
        details(ds, report.config());
      }
    }
    findings.begin();
    for (FileResult f : report.files()) {
      findings.file(f);
    }
    findings.end(report.summary());
  }

  private void matrix(CoverageReport report) throws IOException {
    List<DaemonSetCoverage> sets = report.daemonSets();
    List<String> header = new ArrayList<>();
    header.add("NODE");
    sets.forEach(ds -> header.add(ds.name()));
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    boolean anyNote = false;
    for (int n = 0; n < report.nodes().size(); n++) {
      List<String> row = new ArrayList<>();
      row.add(report.nodes().get(n).name());
      for (DaemonSetCoverage ds : sets) {
        NodeVerdict v = ds.nodes().get(n);
        boolean note = v.runs() && !v.notes().isEmpty();
        anyNote |= note;
        row.add(v.verdict().label() + (note ? " *" : ""));
      }
      rows.add(row);
    }
    int[] widths = new int[header.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(i == row.size() - 1 ? row.get(i) : pad(row.get(i), widths[i] + 2));
      }
      out.write(line.toString().stripTrailing() + "\n");
    }
    if (anyNote) {
      out.write("(* runs, with notes below)\n");
    }
    out.write("\n");
  }

  /**
   * Nodes it does not run on, and nodes with notes; nodes with the same verdict, reasons and notes
   * share one entry, so that a large cluster reads as a few groups.
   */
  private void details(DaemonSetCoverage ds, CoverageConfig config) throws IOException {
    out.write("DaemonSet " + ds.name() + " (" + ds.file() + ":" + ds.line() + "): runs on " + ds.runningCount()
        + " of " + ds.nodes().size() + " nodes\n");
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (NodeVerdict v : ds.nodes()) {
      if (v.runs() && v.notes().isEmpty()) {
        continue;
      }
      boolean required = config.mustCover().requires(v.node(), v.selected());
      StringBuilder entry = new StringBuilder(": " + v.verdict().label()
          + (!v.runs() && required ? " (required: " + config.mustCover().describe() + ")" : "") + "\n");
      for (Reason r : v.reasons()) {
        entry.append("    - ").append(r.message()).append('\n');
      }
      for (String note : v.notes()) {
        entry.append("    * ").append(note).append('\n');
      }
      groups.computeIfAbsent(entry.toString(), k -> new ArrayList<>()).add(v.node().name());
    }
    for (Map.Entry<String, List<String>> g : groups.entrySet()) {
      out.write("  " + names(g.getValue()) + g.getKey());
    }
    for (String note : ds.notes()) {
      out.write("  note: " + note + "\n");
    }
    out.write("\n");
  }

  private static String names(List<String> names) {
    if (names.size() <= MAX_NAMES) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, MAX_NAMES)) + " and " + (names.size() - MAX_NAMES) + " more";
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
