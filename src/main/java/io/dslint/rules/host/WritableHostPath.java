package io.dslint.rules.host;

import io.dslint.model.ContainerMount;
import io.dslint.model.DaemonSet;
import io.dslint.model.HostPath;
import io.dslint.model.Volume;
import io.dslint.model.VolumeMount;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/**
 * A hostPath volume mounted without readOnly: true, once per such mount (any container, init
 * and ephemeral ones included). A volume no container mounts is not reported, nor a Windows
 * named pipe (not a file system: readOnly means nothing there). The finding points at the
 * mount's readOnly key, or at the mount when it has none.
 */
public final class WritableHostPath implements Rule {
  @Override
  public String id() {
    return "writable-host-path";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Volume v : ds.podSpec().volumes()) {
      HostPath hp = v.hostPath();
      if (hp == null || hp.isNamedPipe()) {
        continue;
      }
      for (ContainerMount cm : ds.podSpec().mountsOf(v.name())) {
        VolumeMount m = cm.mount();
        if (m.readOnly()) {
          continue;
        }
        String sub = m.subPath() == null || m.subPath().isEmpty() ? "" : " (subPath " + m.subPath() + ")";
        out.report(m.pointer().append("readOnly"), "%s mounts hostPath %s%s writable at %s: it can"
                + " change the node's files there; add readOnly: true unless it must write",
            cm.container().describe(), hp.path(), sub, m.mountPath());
      }
    }
  }
}
