package io.dslint.engine;

import io.dslint.source.InputError;
import java.util.List;

/**
 * What linting one input gave: findings in line order, input errors, counts of what was seen
 * (documents with content; Kubernetes objects; DaemonSets among them; documents that are not
 * Kubernetes objects), and, when Pod Security is evaluated, each DaemonSet's verdict in
 * document order.
 */
public record FileResult(String file, List<Finding> findings, List<InputError> errors, int documents,
    int objects, int daemonSets, int nonKubernetesDocuments, List<PodSecurityResult> podSecurity) {

  public FileResult(String file, List<Finding> findings, List<InputError> errors, int documents,
      int objects, int daemonSets, int nonKubernetesDocuments) {
    this(file, findings, errors, documents, objects, daemonSets, nonKubernetesDocuments, List.of());
  }

  public static FileResult unreadable(InputError error) {
    return new FileResult(error.file(), List.of(), List.of(error), 0, 0, 0, 0);
  }
}
