package io.dslint.engine;

import io.dslint.source.InputError;
import java.util.List;

/**
 * What linting one input gave: findings in line order, input errors, the Kubernetes objects
 * linted (in order), counts of what was seen (documents with content; DaemonSets among the
 * objects; documents that are not Kubernetes objects), and, when Pod Security is evaluated,
 * each DaemonSet's verdict in document order.
 */
public record FileResult(String file, List<Finding> findings, List<InputError> errors,
    List<ObjectRef> objectRefs, int documents, int daemonSets, int nonKubernetesDocuments,
    List<PodSecurityResult> podSecurity) {

  public static FileResult unreadable(InputError error) {
    return new FileResult(error.file(), List.of(), List.of(error), List.of(), 0, 0, 0, List.of());
  }

  public int objects() {
    return objectRefs.size();
  }
}
