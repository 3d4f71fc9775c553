package io.dslint.rules.api;

import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.model.EnvFromSource;
import io.dslint.model.EnvVar;
import io.dslint.rules.Findings;
import io.dslint.yaml.Pointer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * env and envFrom: a variable needs a valid name (relaxed in Kubernetes 1.32 to printable ASCII
 * without '='); a non-empty value excludes valueFrom; valueFrom names exactly one source, a
 * supported fieldRef.fieldPath or resourceFieldRef.resource, and a valid key for a ConfigMap or
 * Secret; envFrom names exactly one of configMapRef and secretRef, with a valid prefix.
 * Duplicate names are accepted by the API server (the last one wins; kubectl warns), so they are
 * not reported here.
 */
public final class EnvValidation extends ApiCheck {
  private static final List<String> SOURCES = List.of("fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef");
  private static final Set<String> FIELD_PATHS = Set.of("metadata.name", "metadata.namespace", "metadata.uid",
      "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs");
  private static final Pattern SUBSCRIPTED_FIELD = Pattern.compile("metadata\\.(labels|annotations)\\['[^']+'\\]");
  private static final Set<String> RESOURCE_FIELDS = Set.of("limits.cpu", "limits.memory", "limits.ephemeral-storage",
      "requests.cpu", "requests.memory", "requests.ephemeral-storage");

  private final int minor;

  public EnvValidation(String kubernetesVersion) {
    this.minor = ApiSyntax.minor(kubernetesVersion);
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().allContainers()) {
      for (EnvVar e : c.env()) {
        variable(c, e, out);
      }
      for (EnvFromSource f : c.envFrom()) {
        if (f.prefix() != null && !f.prefix().isEmpty()) {
          String problem = ApiSyntax.envVarName(f.prefix(), minor);
          if (problem != null) {
            out.report(f.pointer().append("prefix"), "%s: envFrom prefix \"%s\" %s", c.describe(), f.prefix(), problem);
          }
        }
        if (f.sources().isEmpty()) {
          out.report(f.pointer(), "%s: envFrom must name one of configMapRef or secretRef", c.describe());
        } else if (f.sources().size() > 1) {
          out.report(f.pointer().append(f.sources().get(1)), "%s: envFrom may not name more than one source"
              + " (has %s)", c.describe(), String.join(", ", f.sources()));
        }
      }
    }
  }

  private void variable(Container c, EnvVar e, Findings out) {
    String label = e.name() == null ? "an env variable" : "env " + e.name();
    if (e.name() == null || e.name().isEmpty()) {
      out.report(e.pointer().append("name"), "%s: an env variable needs a name", c.describe());
    } else {
      String problem = ApiSyntax.envVarName(e.name(), minor);
      if (problem != null) {
        out.report(e.pointer().append("name"), "%s: env name \"%s\" %s", c.describe(), e.name(), problem);
      }
    }
    if (!e.hasValueFrom()) {
      return;
    }
    Pointer from = e.pointer().append("valueFrom");
    List<String> sources = e.valueFrom().keySet().stream().filter(SOURCES::contains).toList();
    if (e.value() != null && !e.value().isEmpty()) {
      out.report(from, "%s: valueFrom may not be set when value is not empty", c.describe() + " " + label);
      return;
    }
    if (sources.isEmpty()) {
      if (e.valueFrom().isEmpty()) {
        out.report(from, "%s %s: valueFrom must name one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef",
            c.describe(), label);
      }
      return;
    }
    if (sources.size() > 1) {
      out.report(from.append(sources.get(1)), "%s %s: valueFrom may not name more than one source (has %s)",
          c.describe(), label, String.join(", ", sources));
      return;
    }
    String source = sources.get(0);
    Map<String, String> fields = e.valueFrom().get(source);
    Pointer at = from.append(source);
    switch (source) {
      case "fieldRef" -> {
        String path = fields.get("fieldPath");
        if (path == null || path.isEmpty()) {
          out.report(at.append("fieldPath"), "%s %s: fieldRef.fieldPath is required", c.describe(), label);
        } else if (!FIELD_PATHS.contains(path) && !SUBSCRIPTED_FIELD.matcher(path).matches()) {
          out.report(at.append("fieldPath"), "%s %s: fieldRef.fieldPath \"%s\" is not supported (metadata.name,"
              + " metadata.namespace, metadata.uid, metadata.labels['KEY'], metadata.annotations['KEY'],"
              + " spec.nodeName, spec.serviceAccountName, status.hostIP(s), status.podIP(s))", c.describe(), label, path);
        }
      }
      case "resourceFieldRef" -> {
        String resource = fields.get("resource");
        if (resource == null || resource.isEmpty()) {
          out.report(at.append("resource"), "%s %s: resourceFieldRef.resource is required", c.describe(), label);
        } else if (!RESOURCE_FIELDS.contains(resource) && !resource.startsWith("limits.hugepages-")
            && !resource.startsWith("requests.hugepages-")) {
          out.report(at.append("resource"), "%s %s: resourceFieldRef.resource \"%s\" is not one of %s",
              c.describe(), label, resource, String.join(", ", new java.util.TreeSet<>(RESOURCE_FIELDS)));
        }
      }
      default -> {
        String key = fields.get("key");
        if (key == null || key.isEmpty()) {
          out.report(at.append("key"), "%s %s: %s.key is required", c.describe(), label, source);
        } else {
          String problem = ApiSyntax.configMapKey(key);
          if (problem != null) {
            out.report(at.append("key"), "%s %s: %s.key \"%s\" %s", c.describe(), label, source, key, problem);
          }
        }
      }
    }
  }
}
