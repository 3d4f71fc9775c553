package io.dslint.peer;

import io.dslint.source.DocumentSplitter;
import io.dslint.source.DocumentText;
import io.dslint.source.LineReader;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Node;
import io.dslint.yaml.Range;
import io.dslint.yaml.ScalarNode;
import io.dslint.yaml.SeqNode;
import io.dslint.yaml.YamlDocument;
import io.dslint.yaml.YamlLoader;
import io.dslint.yaml.YamlSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Reads a manifest the way dslint does (document by document, our loader) and presents every
 * workload in it as a DaemonSet: a DaemonSet as it is; a Pod, Deployment, StatefulSet,
 * ReplicaSet, ReplicationController, Job, CronJob or DeploymentConfig with its pod template
 * moved into a synthetic DaemonSet. The synthetic tree reuses the original nodes, so every
 * existing field keeps its file position and findings map back to the original lines; fields
 * the wrapper adds sit at the object's first line.
 */
final class Workloads {
  /** Kinds whose pod template is at spec.template. */
  private static final Set<String> TEMPLATED = Set.of("DaemonSet", "Deployment", "StatefulSet",
      "ReplicaSet", "ReplicationController", "Job", "DeploymentConfig");

  /** One object of a file: its document index, kind, name, and the DaemonSet view (or null). */
  record Workload(int document, String kind, String name, MapNode daemonSet) {}

  private Workloads() {}

  static List<Workload> read(Path file) throws IOException {
    List<Workload> out = new ArrayList<>();
    YamlLoader loader = new YamlLoader();
    try (InputStream in = Files.newInputStream(file); LineReader reader = new LineReader(in)) {
      DocumentSplitter splitter = new DocumentSplitter(reader, YamlLoader.MAX_DOCUMENT_CHARS);
      DocumentText text;
      int index = 0;
      while ((text = splitter.next()) != null) {
        int doc = index++;
        YamlDocument loaded;
        try {
          loaded = loader.load(text.text(), doc, text.firstLine(), text.lines());
        } catch (YamlSyntaxException e) {
          continue;
        }
        if (loaded == null || !(loaded.root() instanceof MapNode root)) {
          continue;
        }
        if ("List".equals(root.string("kind")) && root.get("items") instanceof SeqNode items) {
          for (Node item : items.items()) {
            if (item instanceof MapNode m) {
              out.add(workload(doc, m));
            }
          }
        } else {
          out.add(workload(doc, root));
        }
      }
    }
    return out;
  }

  private static Workload workload(int doc, MapNode obj) {
    String kind = obj.string("kind");
    String name = obj.get("metadata") instanceof MapNode meta ? meta.string("name") : null;
    return new Workload(doc, kind, name, asDaemonSet(obj));
  }

  /** The object as a DaemonSet, or null when it has no pod template. */
  static MapNode asDaemonSet(MapNode obj) {
    String kind = obj.string("kind");
    if (kind == null) {
      return null;
    }
    if (kind.equals("DaemonSet")) {
      return obj;
    }
    Range at = start(obj);
    MapNode spec = obj.get("spec") instanceof MapNode m ? m : null;
    LinkedHashMap<String, MapNode.Entry> dsSpec = new LinkedHashMap<>();
    if (kind.equals("Pod")) {
      LinkedHashMap<String, MapNode.Entry> template = new LinkedHashMap<>();
      MapNode.Entry meta = obj.entry("metadata");
      if (meta != null) {
        template.put("metadata", meta);
      }
      if (obj.entry("spec") != null) {
        template.put("spec", obj.entry("spec"));
      }
      // The pod's own labels select it, as a controller's selector would.
      if (meta != null && meta.value() instanceof MapNode m && m.entry("labels") != null) {
        LinkedHashMap<String, MapNode.Entry> selector = new LinkedHashMap<>();
        selector.put("matchLabels", m.entry("labels"));
        dsSpec.put("selector", synthetic("selector", at, new MapNode(at, selector)));
      }
      dsSpec.put("template", synthetic("template", at, new MapNode(at, template)));
    } else if (kind.equals("CronJob")) {
      MapNode.Entry template = path(spec, "jobTemplate", "spec", "template");
      if (template == null) {
        return null;
      }
      dsSpec.put("template", template);
    } else if (TEMPLATED.contains(kind)) {
      if (spec == null) {
        spec = new MapNode(at, new LinkedHashMap<>()); // metadata-only object: still a workload
      }
      copy(spec, "selector", dsSpec, "selector");
      copy(spec, "template", dsSpec, "template");
      copy(spec, "minReadySeconds", dsSpec, "minReadySeconds");
      // A Deployment's strategy is the closest thing to a DaemonSet's updateStrategy.
      copy(spec, "strategy", dsSpec, "updateStrategy");
    } else {
      return null;
    }
    LinkedHashMap<String, MapNode.Entry> root = new LinkedHashMap<>();
    root.put("apiVersion", synthetic("apiVersion", at, new ScalarNode(at, "apps/v1", "apps/v1", false)));
    root.put("kind", synthetic("kind", at, new ScalarNode(at, "DaemonSet", "DaemonSet", false)));
    if (obj.entry("metadata") != null) {
      root.put("metadata", obj.entry("metadata"));
    }
    MapNode.Entry specEntry = obj.entry("spec");
    root.put("spec", new MapNode.Entry("spec", specEntry != null ? specEntry.keyRange() : at, new MapNode(at, dsSpec)));
    return new MapNode(obj.range(), root);
  }

  private static void copy(MapNode from, String key, LinkedHashMap<String, MapNode.Entry> to, String as) {
    MapNode.Entry e = from.entry(key);
    if (e != null) {
      to.put(as, new MapNode.Entry(as, e.keyRange(), e.value()));
    }
  }

  private static MapNode.Entry path(MapNode node, String... keys) {
    MapNode.Entry e = null;
    Node n = node;
    for (String k : keys) {
      if (!(n instanceof MapNode m) || m.entry(k) == null) {
        return null;
      }
      e = m.entry(k);
      n = e.value();
    }
    return e;
  }

  private static MapNode.Entry synthetic(String key, Range at, Node value) {
    return new MapNode.Entry(key, at, value);
  }

  private static Range start(MapNode obj) {
    Range r = obj.range();
    return new Range(r.startLine(), r.startColumn(), r.startLine(), r.startColumn() + 1);
  }
}
