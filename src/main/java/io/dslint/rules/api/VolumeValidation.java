package io.dslint.rules.api;

import io.dslint.model.DaemonSet;
import io.dslint.model.HostPath;
import io.dslint.model.Volume;
import io.dslint.rules.Findings;
import java.util.HashSet;
import java.util.Set;

/**
 * Pod volumes: each named with a DNS-1123 label, names unique, exactly one volume source; a
 * hostPath needs a path without '..' and a type from its enum; configMap and secret volumes name
 * what they project; defaultMode is a file mode (0 to 0777).
 */
public final class VolumeValidation extends ApiCheck {
  private static final Set<String> HOST_PATH_TYPES = Set.of("", "DirectoryOrCreate", "Directory", "FileOrCreate",
      "File", "Socket", "CharDevice", "BlockDevice");

  @Override
  public void check(DaemonSet ds, Findings out) {
    Set<String> names = new HashSet<>();
    for (Volume v : ds.podSpec().volumes()) {
      String label = v.name() == null ? "volume" : "volume \"" + v.name() + "\"";
      if (v.name() == null || v.name().isEmpty()) {
        out.report(v.pointer().append("name"), "a volume needs a name");
      } else {
        String problem = ApiSyntax.dns1123Label(v.name());
        if (problem != null) {
          out.report(v.pointer().append("name"), "volume name \"%s\" %s", v.name(), problem);
        } else if (!names.add(v.name())) {
          out.report(v.pointer().append("name"), "volume name \"%s\" is used twice", v.name());
        }
      }
      if (v.sources().isEmpty()) {
        out.report(v.pointer(), "%s must specify a volume type (hostPath, configMap, secret, emptyDir …)", label);
      } else if (v.sources().size() > 1) {
        out.report(v.pointer().append(v.sources().get(1)), "%s may not specify more than one volume type (has %s)",
            label, String.join(", ", v.sources()));
      }
      HostPath hp = v.hostPath();
      if (hp != null) {
        if (hp.path() == null || hp.path().isEmpty()) {
          out.report(hp.pointer().append("path"), "%s: hostPath.path is required", label);
        } else if (hasBacksteps(hp.path())) {
          out.report(hp.pointer().append("path"), "%s: hostPath.path \"%s\" must not contain '..'", label, hp.path());
        }
        if (hp.type() != null && !HOST_PATH_TYPES.contains(hp.type())) {
          out.report(hp.pointer().append("type"), "%s: hostPath.type \"%s\" is not one of DirectoryOrCreate, Directory,"
              + " FileOrCreate, File, Socket, CharDevice, BlockDevice", label, hp.type());
        }
      }
      if (v.referencedName() != null && (v.referencedName().value() == null || v.referencedName().value().isEmpty())) {
        out.report(v.referencedName().pointer(), "%s: %s is required", label,
            v.referencedName().pointer().parent().last() + "." + v.referencedName().pointer().last());
      }
      if (v.defaultMode() != null && (v.defaultMode() < 0 || v.defaultMode() > 0777)) {
        out.report(v.pointer().append(v.sourceType(), "defaultMode"), "%s: defaultMode %d must be a file mode"
            + " between 0 and 0777 (octal) or 511 (decimal)", label, v.defaultMode());
      }
    }
  }

  static boolean hasBacksteps(String path) {
    for (String part : path.split("[/\\\\]")) {
      if (part.equals("..")) {
        return true;
      }
    }
    return false;
  }
}
