package io.dslint.engine;

import io.dslint.yaml.Range;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A suppression from the configuration file: the rules it silences, for the objects whose kind,
 * namespace and name match the patterns (null: any; an object without that field matches only
 * "any"), optionally only for findings inside the named containers, with the reason the file
 * gives. {@code file} and {@code range} locate it in the configuration file;
 * {@code description} names it in messages ("host-network for DaemonSet kube-system/calico-*").
 */
public record ConfigSuppression(List<String> rules, Pattern kind, Pattern namespace, Pattern name,
    List<Pattern> containers, String reason, String file, Range range, String description) {

  public ConfigSuppression {
    rules = List.copyOf(rules);
    containers = containers == null ? List.of() : List.copyOf(containers);
  }

  /** Whether it silences a finding; {@code container} is the container the finding is in, or null. */
  public boolean matches(Finding f, String container) {
    if (!rules.contains(f.ruleId())) {
      return false;
    }
    ObjectRef o = f.object();
    if (!matches(kind, o.kind()) || !matches(namespace, o.namespace()) || !matches(name, o.name())) {
      return false;
    }
    if (containers.isEmpty()) {
      return true;
    }
    if (container == null) {
      return false;
    }
    for (Pattern p : containers) {
      if (p.matcher(container).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Pattern p, String value) {
    return p == null || (value != null && p.matcher(value).matches());
  }
}
