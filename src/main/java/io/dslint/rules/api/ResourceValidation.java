package io.dslint.rules.api;

import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.model.Located;
import io.dslint.model.Quantity;
import io.dslint.model.Resources;
import io.dslint.rules.Findings;
import java.util.Map;

/**
 * Container resources: names are standard container resources (cpu, memory, ephemeral-storage,
 * hugepages-&lt;size&gt;) or fully qualified extended resources; quantities parse and are not
 * negative; a request is at most its limit (the server defaults a missing request to the limit
 * first, so only written pairs can conflict); an extended resource is a whole number, needs a
 * limit, and its request equals its limit; hugepages need a cpu or memory request or limit.
 */
public final class ResourceValidation extends ApiCheck {
  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().allContainers()) {
      Resources r = c.resources();
      if (!r.present()) {
        continue;
      }
      boolean cpuOrMemory = false;
      boolean hugePages = false;
      for (String section : new String[] {"limits", "requests"}) {
        Map<String, Located<String>> values = section.equals("limits") ? r.limits() : r.requests();
        for (Map.Entry<String, Located<String>> e : values.entrySet()) {
          String name = e.getKey();
          Located<String> value = e.getValue();
          String problem = resourceName(name);
          if (problem != null) {
            out.report(value.pointer(), "%s: resources.%s name \"%s\" %s", c.describe(), section, name, problem);
            continue;
          }
          cpuOrMemory |= name.equals("cpu") || name.equals("memory");
          hugePages |= name.startsWith("hugepages-");
          Quantity q = Quantity.tryParse(value.value());
          if (q == null) {
            out.report(value.pointer(), "%s: resources.%s.%s \"%s\" is not a quantity (like 500m, 1.5, 128Mi, 1G)",
                c.describe(), section, name, value.value());
            continue;
          }
          if (q.isNegative()) {
            out.report(value.pointer(), "%s: resources.%s.%s %s must be greater than or equal to 0", c.describe(),
                section, name, value.value());
            continue;
          }
          if (isExtended(name) && !q.isInteger()) {
            out.report(value.pointer(), "%s: resources.%s.%s %s must be an integer", c.describe(), section, name,
                value.value());
          }
          if (section.equals("requests")) {
            compare(c, name, value, q, r, out);
          }
        }
      }
      if (hugePages && !cpuOrMemory) {
        out.report(r.pointer(), "%s: hugepages require a cpu or memory request or limit", c.describe());
      }
    }
  }

  private static void compare(Container c, String name, Located<String> request, Quantity q, Resources r, Findings out) {
    Located<String> limitText = r.limits().get(name);
    Quantity limit = limitText == null ? null : Quantity.tryParse(limitText.value());
    if (limitText == null) {
      if (!overcommitAllowed(name)) {
        out.report(request.pointer(), "%s: %s is requested without a limit: a limit must be set for resources"
            + " that cannot be overcommitted", c.describe(), name);
      }
      return;
    }
    if (limit == null) {
      return;
    }
    if (!overcommitAllowed(name) && q.compareTo(limit) != 0) {
      out.report(request.pointer(), "%s: %s request %s must equal its limit %s", c.describe(), name,
          request.value(), limitText.value());
    } else if (q.compareTo(limit) > 0) {
      out.report(request.pointer(), "%s: %s request %s must be less than or equal to the %s limit %s",
          c.describe(), name, request.value(), name, limitText.value());
    }
  }

  /** Null for a valid container resource name, else the problem. */
  static String resourceName(String name) {
    String syntax = ApiSyntax.qualifiedName(name);
    if (syntax != null) {
      return syntax;
    }
    if (!name.contains("/")) {
      return isStandard(name) ? null : "is not a standard container resource (cpu, memory, ephemeral-storage,"
          + " hugepages-<size>); extended resources are fully qualified, like example.com/device";
    }
    if (isNative(name)) {
      return "is in the kubernetes.io domain but is not a container resource";
    }
    if (name.startsWith("requests.")) {
      return "must not have the requests. prefix";
    }
    return null;
  }

  private static boolean isStandard(String name) {
    return name.equals("cpu") || name.equals("memory") || name.equals("ephemeral-storage")
        || (name.startsWith("hugepages-") && Quantity.tryParse(name.substring("hugepages-".length())) != null);
  }

  private static boolean isNative(String name) {
    int slash = name.indexOf('/');
    String domain = slash < 0 ? "" : name.substring(0, slash);
    return slash < 0 || domain.equals("kubernetes.io") || domain.endsWith(".kubernetes.io");
  }

  private static boolean isExtended(String name) {
    return !isNative(name);
  }

  private static boolean overcommitAllowed(String name) {
    return isNative(name) && !name.startsWith("hugepages-");
  }
}
