package io.dslint.engine;

import io.dslint.source.InputError;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What linting one input gave, or a consecutive part of it (see {@link ResultListener}): findings
 * in line order (suppressed ones included, marked), input
 * errors, the Kubernetes objects linted (in order), counts of what was seen (documents with
 * content; DaemonSets among the objects; documents that are not Kubernetes objects), when Pod
 * Security is evaluated each DaemonSet's verdict in document order, and which of the
 * configuration's suppressions (by index) silenced a finding here.
 */
public record FileResult(String file, List<Finding> findings, List<InputError> errors,
    List<ObjectRef> objectRefs, int documents, int daemonSets, int nonKubernetesDocuments,
    List<PodSecurityResult> podSecurity, BitSet configSuppressionsUsed) {

  public FileResult(String file, List<Finding> findings, List<InputError> errors,
      List<ObjectRef> objectRefs, int documents, int daemonSets, int nonKubernetesDocuments,
      List<PodSecurityResult> podSecurity) {
    this(file, findings, errors, objectRefs, documents, daemonSets, nonKubernetesDocuments, podSecurity,
        new BitSet());
  }

  public static FileResult unreadable(InputError error) {
    return new FileResult(error.file(), List.of(), List.of(error), List.of(), 0, 0, 0, List.of());
  }

  public int objects() {
    return objectRefs.size();
  }

  /** The findings that count: neither suppressed nor in the baseline. */
  public List<Finding> activeFindings() {
    return findings.stream().filter(Finding::active).toList();
  }

  /** The same result with other findings (same order expected). */
  public FileResult withFindings(List<Finding> replaced) {
    return new FileResult(file, List.copyOf(replaced), errors, objectRefs, documents, daemonSets,
        nonKubernetesDocuments, podSecurity, configSuppressionsUsed);
  }

  /** This result followed by a later part of the same input: the result of both together. */
  public FileResult concat(FileResult next) {
    BitSet used = (BitSet) configSuppressionsUsed.clone();
    used.or(next.configSuppressionsUsed);
    return new FileResult(file, joined(findings, next.findings), joined(errors, next.errors),
        joined(objectRefs, next.objectRefs), documents + next.documents, daemonSets + next.daemonSets,
        nonKubernetesDocuments + next.nonKubernetesDocuments, joined(podSecurity, next.podSecurity), used);
  }

  private static <T> List<T> joined(List<T> a, List<T> b) {
    if (b.isEmpty()) {
      return a;
    }
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
