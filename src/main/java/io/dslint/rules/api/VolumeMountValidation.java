package io.dslint.rules.api;

import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.model.PodSpec;
import io.dslint.model.VolumeMount;
import io.dslint.rules.Findings;
import java.util.HashSet;
import java.util.Set;

/**
 * volumeMounts: each names a declared volume and has a mountPath, unique within the container;
 * subPath and subPathExpr are relative paths without '..' and exclusive of each other;
 * mountPropagation is None, HostToContainer or Bidirectional, the last only for privileged
 * containers.
 */
public final class VolumeMountValidation extends ApiCheck {
  private static final Set<String> PROPAGATION = Set.of("None", "HostToContainer", "Bidirectional");

  @Override
  public void check(DaemonSet ds, Findings out) {
    PodSpec pod = ds.podSpec();
    for (Container c : pod.allContainers()) {
      Set<String> paths = new HashSet<>();
      for (VolumeMount m : c.volumeMounts()) {
        if (m.name() == null || m.name().isEmpty()) {
          out.report(m.pointer().append("name"), "%s: a volumeMount needs the name of a volume", c.describe());
        } else if (pod.volume(m.name()) == null) {
          out.report(m.pointer().append("name"), "%s mounts volume \"%s\", which spec.template.spec.volumes does"
              + " not declare", c.describe(), m.name());
        }
        if (m.mountPath() == null || m.mountPath().isEmpty()) {
          out.report(m.pointer().append("mountPath"), "%s: volumeMount \"%s\" needs a mountPath", c.describe(),
              m.name() == null ? "" : m.name());
        } else if (!paths.add(m.mountPath())) {
          out.report(m.pointer().append("mountPath"), "%s mounts two volumes at %s: mount paths must be unique",
              c.describe(), m.mountPath());
        }
        if (m.subPath() != null && !m.subPath().isEmpty()) {
          localPath(m.subPath(), "subPath", m, c, out);
        }
        if (m.subPathExpr() != null && !m.subPathExpr().isEmpty()) {
          if (m.subPath() != null && !m.subPath().isEmpty()) {
            out.report(m.pointer().append("subPathExpr"), "%s: subPathExpr and subPath are mutually exclusive", c.describe());
          }
          localPath(m.subPathExpr(), "subPathExpr", m, c, out);
        }
        if (m.mountPropagation() != null) {
          if (!PROPAGATION.contains(m.mountPropagation())) {
            out.report(m.pointer().append("mountPropagation"), "%s: mountPropagation \"%s\" is not one of None,"
                + " HostToContainer, Bidirectional", c.describe(), m.mountPropagation());
          } else if (m.mountPropagation().equals("Bidirectional") && !c.securityContext().isPrivileged()) {
            out.report(m.pointer().append("mountPropagation"), "%s: Bidirectional mount propagation is available"
                + " only to privileged containers", c.describe());
          }
        }
      }
    }
  }

  private static void localPath(String path, String field, VolumeMount m, Container c, Findings out) {
    if (path.startsWith("/")) {
      out.report(m.pointer().append(field), "%s: %s \"%s\" must be a relative path", c.describe(), field, path);
    } else if (VolumeValidation.hasBacksteps(path)) {
      out.report(m.pointer().append(field), "%s: %s \"%s\" must not contain '..'", c.describe(), field, path);
    }
  }
}
