package io.dslint.model;

/** Where a container sits in the pod, which decides which rules apply to it. */
public enum ContainerKind {
  /** An initContainer that runs to completion before the others start. */
  INIT,
  /** An initContainer with restartPolicy: Always: a native sidecar that runs alongside. */
  SIDECAR,
  REGULAR,
  EPHEMERAL;

  public boolean isLongRunning() {
    return this == SIDECAR || this == REGULAR;
  }

  /** The spec field that lists this kind, for messages. */
  public String describe() {
    return switch (this) {
      case INIT -> "init container";
      case SIDECAR -> "sidecar container";
      case REGULAR -> "container";
      case EPHEMERAL -> "ephemeral container";
    };
  }
}
