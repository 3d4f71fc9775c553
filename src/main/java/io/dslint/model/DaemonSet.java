package io.dslint.model;

import io.dslint.yaml.Pointer;

/** An apps/v1 DaemonSet (or an older apiVersion of one), as far as its fields could be read. */
public record DaemonSet(KubeObject object, Pointer specPointer, LabelSelector selector,
    UpdateStrategy updateStrategy, Long minReadySeconds, PodTemplate template, Long revisionHistoryLimit) {

  public Pointer pointer() {
    return object.pointer();
  }

  public ObjectMeta metadata() {
    return object.metadata();
  }

  public PodSpec podSpec() {
    return template.spec();
  }
}
