package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.List;

/** A container of the pod spec, with its effective (inherited) security settings. */
public record Container(
    Pointer pointer,
    ContainerKind kind,
    String name,
    Image image,
    List<ContainerPort> ports,
    List<EnvVar> env,
    Resources resources,
    Probe livenessProbe,
    Probe readinessProbe,
    Probe startupProbe,
    Lifecycle lifecycle,
    SecurityContext securityContext,
    EffectiveSecurity security,
    List<VolumeMount> volumeMounts,
    String restartPolicy,
    String imagePullPolicy,
    String terminationMessagePolicy,
    List<EnvFromSource> envFrom) {

  /** "container \"agent\"" / "init container \"setup\"" for messages. */
  public String describe() {
    return kind.describe() + " \"" + (name == null ? "<unnamed>" : name) + '"';
  }
}
