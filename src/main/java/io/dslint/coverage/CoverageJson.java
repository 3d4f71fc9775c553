package io.dslint.coverage;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.model.Quantity;
import io.dslint.report.JsonOutput;
import io.dslint.source.InputError;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The json output: the requirement, the nodes as read, per DaemonSet a verdict for every node
 * with its reasons (each with the DaemonSet field to change and its line) and notes, then
 * findings, errors and summary exactly as lint's json format writes them.
 */
public final class CoverageJson {
  private final Writer out;
  private final String version;

  public CoverageJson(Writer out, String version) {
    this.out = out;
    this.version = version;
  }

  // Public: JsonOutput writes records by reflection from another package.
  public record NodeJson(String name, String file, int line, Map<String, String> labels, List<TaintJson> taints,
      boolean unschedulable, Map<String, String> conditions, Map<String, String> allocatable) {}

  public record TaintJson(String key, String value, String effect, String origin) {}

  public record DaemonSetJson(String apiVersion, String kind, String namespace, String name, String file, int line,
      int document, Map<String, String> requests, long runsOn, List<VerdictJson> nodes, List<String> notes) {}

  public record VerdictJson(String node, String verdict, boolean selected, boolean required, List<ReasonJson> reasons,
      List<String> notes) {}

  public record ReasonJson(String check, String verdict, String message, String pointer, int line) {}

  public void write(CoverageReport report) throws IOException {
    JsonGenerator g = JsonOutput.generator(out);
    g.writeStartObject();
    g.writeStringField("version", version);
    g.writeStringField("mustCover", report.config().mustCover().text());
    g.writeFieldName("nodes");
    List<NodeJson> nodes = new ArrayList<>();
    for (KubeNode n : report.nodes()) {
      nodes.add(node(n));
    }
    JsonOutput.write(g, nodes);
    g.writeFieldName("daemonSets");
    List<DaemonSetJson> sets = new ArrayList<>();
    for (DaemonSetCoverage ds : report.daemonSets()) {
      sets.add(daemonSet(ds, report.config()));
    }
    JsonOutput.write(g, sets);
    g.writeArrayFieldStart("findings");
    List<InputError> errors = new ArrayList<>();
    for (FileResult f : report.files()) {
      for (Finding finding : f.findings()) {
        JsonOutput.finding(g, finding);
      }
      errors.addAll(f.errors());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("errors");
    for (InputError e : errors) {
      JsonOutput.error(g, e);
    }
    g.writeEndArray();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("nodes", report.nodes().size());
    summary.putAll(JsonOutput.summary(report.summary()));
    g.writeFieldName("summary");
    JsonOutput.write(g, summary);
    g.writeEndObject();
    g.flush();
    out.write("\n");
    out.flush();
  }

  private static NodeJson node(KubeNode n) {
    List<TaintJson> taints = new ArrayList<>();
    n.taints().forEach(t -> taints.add(new TaintJson(t.key(), t.value().isEmpty() ? null : t.value(), t.effect(),
        t.origin())));
    Map<String, String> conditions = new LinkedHashMap<>();
    n.conditions().forEach(c -> conditions.put(c.type(), c.status()));
    return new NodeJson(n.name(), n.file(), n.line(), n.labels(), taints, n.unschedulable(), conditions,
        n.allocatable() == null ? null : strings(n.allocatable()));
  }

  private static DaemonSetJson daemonSet(DaemonSetCoverage ds, CoverageConfig config) {
    List<VerdictJson> verdicts = new ArrayList<>();
    for (NodeVerdict v : ds.nodes()) {
      List<ReasonJson> reasons = new ArrayList<>();
      for (Reason r : v.reasons()) {
        reasons.add(new ReasonJson(r.check(), r.verdict().id(), r.message(), r.pointer().toString(),
            ds.document().sourceMap().resolve(r.pointer()).startLine()));
      }
      verdicts.add(new VerdictJson(v.node().name(), v.verdict().id(), v.selected(),
          config.mustCover().requires(v.node(), v.selected()), reasons, v.notes()));
    }
    return new DaemonSetJson(ds.object().apiVersion(), ds.object().kind(), ds.object().namespace(),
        ds.object().name(), ds.file(), ds.line(), ds.object().document(), strings(ds.requests().amounts()),
        ds.runningCount(), verdicts, ds.notes());
  }

  private static Map<String, String> strings(Map<String, Quantity> quantities) {
    Map<String, String> out = new LinkedHashMap<>();
    quantities.forEach((k, v) -> out.put(k, v.toString()));
    return out;
  }
}
