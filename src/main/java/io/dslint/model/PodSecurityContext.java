package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.List;

/** The pod-level securityContext as written; containers inherit part of it. */
public record PodSecurityContext(
    Pointer pointer,
    boolean present,
    Boolean runAsNonRoot,
    Long runAsUser,
    Long runAsGroup,
    Long fsGroup,
    Profile seccompProfile,
    Profile appArmorProfile,
    SeLinuxOptions seLinuxOptions,
    WindowsOptions windowsOptions,
    List<Sysctl> sysctls) {}
