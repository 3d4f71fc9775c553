package io.dslint.model;

import io.dslint.yaml.Pointer;

/**
 * spec.updateStrategy. {@code type} is as written (null when absent: the server defaults it to
 * RollingUpdate); the rolling-update numbers are null when not written.
 */
public record UpdateStrategy(Pointer pointer, boolean present, String type,
    IntOrString maxUnavailable, IntOrString maxSurge, boolean rollingUpdatePresent) {

  public String effectiveType() {
    return type == null ? "RollingUpdate" : type;
  }
}
