package io.dslint.model;

/**
 * The security settings a container actually runs with: for the fields a pod securityContext
 * also has, the container's value if set, else the pod's (Kubernetes' inheritance rule). Each
 * value carries the pointer of the field that set it; null means set nowhere.
 */
public record EffectiveSecurity(
    Located<Boolean> runAsNonRoot,
    Located<Long> runAsUser,
    Located<Long> runAsGroup,
    Located<Profile> seccompProfile,
    Located<Profile> appArmorProfile,
    Located<SeLinuxOptions> seLinuxOptions,
    Located<Boolean> windowsHostProcess,
    Located<String> windowsUserName) {}
