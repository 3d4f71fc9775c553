package io.dslint.engine;

import io.dslint.source.InputError;
import java.util.List;

/**
 * What linting one input gave: findings in line order, input errors, and counts of what was
 * seen (documents with content; Kubernetes objects; DaemonSets among them; documents that are
 * not Kubernetes objects).
 */
public record FileResult(String file, List<Finding> findings, List<InputError> errors, int documents,
    int objects, int daemonSets, int nonKubernetesDocuments) {

  public static FileResult unreadable(InputError error) {
    return new FileResult(error.file(), List.of(), List.of(error), 0, 0, 0, 0);
  }
}
