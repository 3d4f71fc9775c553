package io.dslint.rules.host;

import io.dslint.model.DaemonSet;
import io.dslint.model.HostPath;
import io.dslint.model.Volume;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/**
 * A hostPath volume with an empty or absent type, mounted or not. Windows named pipes are not
 * reported: no hostPath type describes a pipe. The finding points at hostPath.type, or at
 * hostPath when it has no type key.
 */
public final class HostPathTypeUnset implements Rule {
  @Override
  public String id() {
    return "host-path-type-unset";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Volume v : ds.podSpec().volumes()) {
      HostPath hp = v.hostPath();
      if (hp == null || !hp.typeUnset() || hp.isNamedPipe()) {
        continue;
      }
      out.report(hp.pointer().append("type"), "hostPath volume \"%s\" (%s) has no type: the"
              + " kubelet mounts whatever is there, or an empty directory created in its place,"
              + " without checking; set type Directory, File, Socket, …", v.name(),
          hp.path() == null ? "no path" : hp.path());
    }
  }
}
