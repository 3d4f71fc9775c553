package io.dslint.rules.api;

import io.dslint.model.DaemonSet;
import io.dslint.model.LabelRequirement;
import io.dslint.model.Located;
import io.dslint.model.ObjectMeta;
import io.dslint.model.PodSpec;
import io.dslint.rules.Findings;
import io.dslint.yaml.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Names and label syntax: metadata.name (DNS-1123 subdomain) or generateName, namespace (DNS-1123
 * label), label keys and values and annotation keys of the DaemonSet and of its pod template,
 * the total annotation size, the selector's keys, values and operators, nodeSelector, and the
 * pod's references by name (priorityClassName, serviceAccountName, hostname, subdomain).
 */
public final class NameValidation extends ApiCheck {
  /** apimachinery's TotalAnnotationSizeLimitB. */
  static final int ANNOTATIONS_MAX_BYTES = 256 * 1024;

  @Override
  public void check(DaemonSet ds, Findings out) {
    ObjectMeta meta = ds.metadata();
    if (meta.name() != null && !meta.name().isEmpty()) {
      String problem = ApiSyntax.dns1123Subdomain(meta.name());
      if (problem != null) {
        out.report(meta.pointer().append("name"), "metadata.name \"%s\" %s", meta.name(), problem);
      }
    } else if (meta.generateName() != null && !meta.generateName().isEmpty()) {
      String g = meta.generateName();
      String masked = g.length() > 1 && g.endsWith("-") ? g.substring(0, g.length() - 1) + "a" : g;
      String problem = ApiSyntax.dns1123Subdomain(masked);
      if (problem != null) {
        out.report(meta.pointer().append("generateName"), "metadata.generateName \"%s\" %s", g, problem);
      }
    } else {
      out.report(meta.pointer().append("name"), "metadata.name is required (or generateName)");
    }
    if (meta.namespace() != null && !meta.namespace().isEmpty()) {
      String problem = ApiSyntax.dns1123Label(meta.namespace());
      if (problem != null) {
        out.report(meta.pointer().append("namespace"), "metadata.namespace \"%s\" %s", meta.namespace(), problem);
      }
    }
    labelsAndAnnotations(meta, "metadata", out);
    labelsAndAnnotations(ds.template().metadata(), "spec.template.metadata", out);

    for (Map.Entry<String, Located<String>> e : ds.selector().matchLabels().entrySet()) {
      Pointer at = ds.selector().pointer().append("matchLabels", e.getKey());
      labelKey(e.getKey(), at, "selector label key", out);
      String problem = ApiSyntax.labelValue(e.getValue().value());
      if (problem != null) {
        out.report(at, "selector label value \"%s\" %s", e.getValue().value(), problem);
      }
    }
    for (LabelRequirement r : ds.selector().matchExpressions()) {
      requirement(r, out);
    }

    PodSpec pod = ds.podSpec();
    for (Map.Entry<String, String> e : pod.nodeSelector().entrySet()) {
      Pointer at = pod.pointer().append("nodeSelector", e.getKey());
      labelKey(e.getKey(), at, "nodeSelector key", out);
      String problem = ApiSyntax.labelValue(e.getValue());
      if (problem != null) {
        out.report(at, "nodeSelector value \"%s\" %s", e.getValue(), problem);
      }
    }
    reference(pod.priorityClassName(), pod.pointer().append("priorityClassName"), "priorityClassName", true, out);
    reference(pod.serviceAccountName(), pod.pointer().append("serviceAccountName"), "serviceAccountName", true, out);
    reference(pod.hostname(), pod.pointer().append("hostname"), "hostname", false, out);
    reference(pod.subdomain(), pod.pointer().append("subdomain"), "subdomain", false, out);
  }

  private static void requirement(LabelRequirement r, Findings out) {
    if (r.key() == null || r.key().isEmpty()) {
      out.report(r.pointer().append("key"), "selector expression needs a key");
    } else {
      labelKey(r.key(), r.pointer().append("key"), "selector expression key", out);
    }
    String op = r.operator();
    if (op == null) {
      return;
    }
    switch (op) {
      case "In", "NotIn" -> {
        if (r.values().isEmpty()) {
          out.report(r.pointer().append("values"), "selector expression with operator %s must have at least one value", op);
        }
        for (int i = 0; i < r.values().size(); i++) {
          String problem = ApiSyntax.labelValue(r.values().get(i));
          if (problem != null) {
            out.report(r.pointer().append("values").append(i), "selector value \"%s\" %s", r.values().get(i), problem);
          }
        }
      }
      case "Exists", "DoesNotExist" -> {
        if (!r.values().isEmpty()) {
          out.report(r.pointer().append("values"), "selector expression with operator %s must have no values", op);
        }
      }
      default -> out.report(r.pointer().append("operator"),
          "selector operator \"%s\" is not one of In, NotIn, Exists, DoesNotExist", op);
    }
  }

  private static void labelsAndAnnotations(ObjectMeta meta, String where, Findings out) {
    for (Map.Entry<String, String> e : meta.labels().entrySet()) {
      Pointer at = meta.pointer().append("labels", e.getKey());
      labelKey(e.getKey(), at, where + ".labels key", out);
      String problem = ApiSyntax.labelValue(e.getValue());
      if (problem != null) {
        out.report(at, "%s.labels value \"%s\" of %s %s", where, e.getValue(), e.getKey(), problem);
      }
    }
    long size = 0;
    for (Map.Entry<String, String> e : meta.annotations().entrySet()) {
      String problem = ApiSyntax.qualifiedName(e.getKey().toLowerCase(java.util.Locale.ROOT));
      if (problem != null) {
        out.report(meta.pointer().append("annotations", e.getKey()), "%s.annotations key \"%s\": %s", where,
            e.getKey(), problem);
      }
      size += e.getKey().getBytes(StandardCharsets.UTF_8).length + e.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    if (size > ANNOTATIONS_MAX_BYTES) {
      out.report(meta.pointer().append("annotations"), "%s.annotations total %d bytes: may not be more than %d",
          where, size, ANNOTATIONS_MAX_BYTES);
    }
  }

  private static void labelKey(String key, Pointer at, String what, Findings out) {
    String problem = ApiSyntax.qualifiedName(key);
    if (problem != null) {
      out.report(at, "%s \"%s\": %s", what, key, problem);
    }
  }

  private static void reference(String value, Pointer at, String field, boolean subdomain, Findings out) {
    if (value == null || value.isEmpty()) {
      return;
    }
    String problem = subdomain ? ApiSyntax.dns1123Subdomain(value) : ApiSyntax.dns1123Label(value);
    if (problem != null) {
      out.report(at, "%s \"%s\" %s", field, value, problem);
    }
  }
}
