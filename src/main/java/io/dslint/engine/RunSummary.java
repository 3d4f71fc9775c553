package io.dslint.engine;

import io.dslint.rules.Severity;
import io.dslint.rules.pss.PssLevel;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;

/**
 * Totals over a run, accumulated in input order as results arrive. Findings counts are of active
 * findings only; suppressed and baseline-matched ones are counted apart and never reach the
 * exit code.
 */
public final class RunSummary {
  private int files;
  private int documents;
  private int objects;
  private int daemonSets;
  private int nonKubernetesDocuments;
  private int errors;
  private int suppressed;
  private int baselined;
  private final BitSet configSuppressionsUsed = new BitSet();
  private final Map<Severity, Integer> findings = new EnumMap<>(Severity.class);
  private final Map<PssLevel, Integer> podSecurity = new EnumMap<>(PssLevel.class);

  public RunSummary() {
    for (Severity s : Severity.values()) {
      findings.put(s, 0);
    }
    for (PssLevel l : PssLevel.values()) {
      podSecurity.put(l, 0);
    }
  }

  /** A whole input's result. */
  public void add(FileResult r) {
    addFile();
    addPart(r);
  }

  /** One more input; its results follow as parts. */
  public void addFile() {
    files++;
  }

  /** A part of the current input's result (see {@link ResultListener}). */
  public void addPart(FileResult r) {
    documents += r.documents();
    objects += r.objects();
    daemonSets += r.daemonSets();
    nonKubernetesDocuments += r.nonKubernetesDocuments();
    errors += r.errors().size();
    for (Finding f : r.findings()) {
      if (f.active()) {
        findings.merge(f.severity(), 1, Integer::sum);
      } else if (f.suppression().baseline()) {
        baselined++;
      } else {
        suppressed++;
      }
    }
    configSuppressionsUsed.or(r.configSuppressionsUsed());
    for (PodSecurityResult p : r.podSecurity()) {
      podSecurity.merge(p.verdict().level(), 1, Integer::sum);
    }
  }

  /** How many DaemonSets got {@code level} as the strictest Pod Security level they satisfy. */
  public int podSecurity(PssLevel level) {
    return podSecurity.get(level);
  }

  /** How many DaemonSets got a Pod Security verdict. */
  public int podSecurityVerdicts() {
    return podSecurity.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int files() {
    return files;
  }

  public int documents() {
    return documents;
  }

  public int objects() {
    return objects;
  }

  public int daemonSets() {
    return daemonSets;
  }

  public int nonKubernetesDocuments() {
    return nonKubernetesDocuments;
  }

  public int errors() {
    return errors;
  }

  /** Findings silenced by a comment, annotation or configured suppression. */
  public int suppressed() {
    return suppressed;
  }

  /** Findings that match the baseline given with --baseline. */
  public int baselined() {
    return baselined;
  }

  /** Whether the configuration's suppression with this index silenced any finding of the run. */
  public boolean configSuppressionUsed(int index) {
    return configSuppressionsUsed.get(index);
  }

  public int findings(Severity s) {
    return findings.get(s);
  }

  public int totalFindings() {
    return findings.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Whether any finding is at or above the threshold (null threshold: never). */
  public boolean anyAtLeast(Severity threshold) {
    if (threshold == null) {
      return false;
    }
    for (Severity s : Severity.values()) {
      if (s.atLeast(threshold) && findings.get(s) > 0) {
        return true;
      }
    }
    return false;
  }
}
