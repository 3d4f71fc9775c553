package io.dslint.rules.pss;

import io.dslint.model.Container;
import io.dslint.model.ObjectMeta;
import io.dslint.model.PodSpec;
import io.dslint.model.PodTemplate;
import io.dslint.yaml.Pointer;
import java.util.List;

/**
 * What a check looks at: a pod template (its metadata carries the legacy AppArmor and seccomp
 * annotations) and the cluster version, for the few behaviours the admission controller changed
 * in place rather than under a new policy version.
 */
record Subject(PodTemplate template, PolicyVersion cluster) {
  PodSpec spec() {
    return template.spec();
  }

  ObjectMeta metadata() {
    return template.metadata();
  }

  /** Init (plain and sidecar), regular and ephemeral containers: the containers PSA visits. */
  List<Container> containers() {
    return template.spec().allContainers();
  }

  /** The pointer of an annotation of the pod template. */
  Pointer annotation(String key) {
    return template.metadata().pointer().append("annotations", key);
  }

  /** spec.os.name is windows: restricted exempts such pods from Linux-only checks (policy 1.25+). */
  boolean isWindows() {
    return "windows".equals(template.spec().osName());
  }

  /** spec.hostUsers is false: the pod runs in a user namespace. */
  boolean inUserNamespace() {
    return Boolean.FALSE.equals(template.spec().hostUsers());
  }
}
