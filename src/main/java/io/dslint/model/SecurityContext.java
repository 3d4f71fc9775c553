package io.dslint.model;

import io.dslint.yaml.Pointer;

/** A container securityContext as written; every field null when not set. */
public record SecurityContext(
    Pointer pointer,
    boolean present,
    Boolean privileged,
    Boolean allowPrivilegeEscalation,
    Boolean readOnlyRootFilesystem,
    Boolean runAsNonRoot,
    Long runAsUser,
    Long runAsGroup,
    Capabilities capabilities,
    Profile seccompProfile,
    Profile appArmorProfile,
    SeLinuxOptions seLinuxOptions,
    WindowsOptions windowsOptions,
    String procMount) {

  public boolean isPrivileged() {
    return Boolean.TRUE.equals(privileged);
  }
}
