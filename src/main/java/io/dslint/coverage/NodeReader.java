package io.dslint.coverage;

import io.dslint.engine.SourceDocuments;
import io.dslint.model.Quantity;
import io.dslint.source.InputError;
import io.dslint.source.InputSource;
import io.dslint.yaml.DuplicateKey;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Node;
import io.dslint.yaml.Range;
import io.dslint.yaml.ScalarNode;
import io.dslint.yaml.SeqNode;
import io.dslint.yaml.YamlDocument;
import io.dslint.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads node files, through the same loader as manifests (positions, size and alias limits,
 * tag refusal). A document may be a v1 Node, a List or NodeList of Nodes ({@code kubectl get
 * nodes -o yaml}), or an inventory of nodes that do not exist yet:
 * <pre>
 * apiVersion: dslint.io/v1alpha1 # optional, not checked
 * kind: NodeInventory            # or a document with only a top-level "nodes:" list
 * nodes:
 *   - name: gpu-1
 *     os: linux                  # default linux; sets the kubernetes.io/os label
 *     arch: arm64                # default amd64; sets kubernetes.io/arch
 *     labels: {node-role.kubernetes.io/worker: ""}
 *     taints: ["nvidia.com/gpu=present:NoSchedule"]   # or {key, value, effect} mappings
 *     allocatable: {cpu: 8, memory: 32Gi, pods: 110, nvidia.com/gpu: 1}
 *     unschedulable: false       # cordoned
 *     conditions: {Ready: "True", DiskPressure: "False"}
 * </pre>
 * The fields that coverage uses are read strictly: a wrong type, an unknown inventory field, a
 * taint without effect or an invalid quantity is an error at its line, and a node name defined
 * twice is an error. Other fields of Node objects (status.images …) are ignored.
 */
public final class NodeReader {
  /** The nodes read, in input order, and every problem found. */
  public record Result(List<KubeNode> nodes, List<InputError> errors) {}

  private static final Set<String> INVENTORY_FIELDS =
      Set.of("name", "labels", "taints", "allocatable", "unschedulable", "conditions", "os", "arch");
  private static final Set<String> CONDITION_STATUSES = Set.of("True", "False", "Unknown");

  private final YamlLoader loader = new YamlLoader();
  private final List<KubeNode> nodes = new ArrayList<>();
  private final List<InputError> errors = new ArrayList<>();
  private final Map<String, KubeNode> byName = new HashMap<>();

  /** A problem at a place in a node file. */
  private static final class Bad extends Exception {
    final Range range;

    Bad(Range range, String message) {
      super(message, null, false, false);
      this.range = range;
    }
  }

  public static Result read(List<InputSource> sources) {
    NodeReader reader = new NodeReader();
    for (InputSource source : sources) {
      reader.readSource(source);
    }
    return new Result(List.copyOf(reader.nodes), List.copyOf(reader.errors));
  }

  private void readSource(InputSource source) {
    String file = source.displayName();
    SourceDocuments.read(source, loader, new SourceDocuments.Visitor() {
      @Override
      public void document(YamlDocument doc) {
        readDocument(file, doc);
      }

      @Override
      public void error(int document, InputError error, String sourceLine) {
        errors.add(error);
      }
    });
  }

  private void readDocument(String file, YamlDocument doc) {
    for (DuplicateKey d : doc.duplicateKeys()) {
      error(file, d.range(), "duplicate key \"" + d.key() + "\" (first at line " + d.first().startLine() + ")");
    }
    if (!(doc.root() instanceof MapNode root)) {
      error(file, doc.root().range(), "a node file holds Node objects, a List of them, or a NodeInventory;"
          + " this document is not a mapping");
      return;
    }
    String kind = root.string("kind");
    try {
      if (kind == null && root.has("kind")) {
        throw new Bad(valueRange(root, "kind"), "\"kind\" must be a string");
      }
      if ("Node".equals(kind)) {
        add(file, nodeObject(file, root), start(root));
      } else if ("List".equals(kind) || "NodeList".equals(kind)) {
        readList(file, root);
      } else if ("NodeInventory".equals(kind) || (kind == null && root.has("nodes"))) {
        readInventory(file, root);
      } else {
        throw new Bad(kind == null ? root.range() : valueRange(root, "kind"), (kind == null
            ? "not a node document: no kind, and no \"nodes\" list" : "kind " + kind + " is not a node kind")
            + " (expected a Node, a List or NodeList of Nodes as kubectl get nodes -o yaml prints,"
            + " or a NodeInventory)");
      }
    } catch (Bad e) {
      error(file, e.range, e.getMessage());
    }
  }

  private void readList(String file, MapNode list) throws Bad {
    for (Node item : seq(list, "items", false)) {
      try {
        MapNode m = map(item, "a list item");
        String kind = m.string("kind");
        if (kind != null && !kind.equals("Node")) {
          throw new Bad(valueRange(m, "kind"), "list item is a " + kind + ", not a Node");
        }
        add(file, nodeObject(file, m), start(m));
      } catch (Bad e) {
        error(file, e.range, e.getMessage());
      }
    }
  }

  private void readInventory(String file, MapNode inventory) throws Bad {
    if (!inventory.has("nodes")) {
      throw new Bad(inventory.range(), "a NodeInventory needs a \"nodes\" list");
    }
    for (Node item : seq(inventory, "nodes", true)) {
      try {
        MapNode entry = map(item, "an inventory entry");
        add(file, inventoryNode(file, entry), start(entry));
      } catch (Bad e) {
        error(file, e.range, e.getMessage());
      }
    }
  }

  /** A v1 Node object: metadata.name and labels, spec.taints and unschedulable, status. */
  private KubeNode nodeObject(String file, MapNode node) throws Bad {
    MapNode meta = optionalMap(node, "metadata");
    if (meta == null) {
      throw new Bad(start(node), "Node has no metadata");
    }
    String name = requiredString(meta, "name", "Node metadata");
    Map<String, String> labels = labels(optionalMap(meta, "labels"));
    MapNode spec = optionalMap(node, "spec");
    List<Taint> taints = new ArrayList<>();
    boolean unschedulable = false;
    int unschedulableLine = 0;
    if (spec != null) {
      for (Node t : seq(spec, "taints", false)) {
        taints.add(taintMapping(map(t, "a taint")));
      }
      unschedulable = bool(spec, "unschedulable");
      unschedulableLine = spec.has("unschedulable") ? spec.entry("unschedulable").keyRange().startLine() : 0;
    }
    MapNode status = optionalMap(node, "status");
    Map<String, Quantity> allocatable = null;
    List<KubeNode.Condition> conditions = new ArrayList<>();
    if (status != null) {
      allocatable = quantities(optionalMap(status, "allocatable"));
      for (Node c : seq(status, "conditions", false)) {
        MapNode cm = map(c, "a condition");
        conditions.add(condition(requiredString(cm, "type", "a condition"),
            requiredString(cm, "status", "condition"), start(cm)));
      }
    }
    return KubeNode.create(name, file, start(node).startLine(), labels, taints, unschedulable,
        unschedulableLine, conditions, allocatable);
  }

  /** One entry of a NodeInventory. */
  private KubeNode inventoryNode(String file, MapNode entry) throws Bad {
    for (MapNode.Entry e : entry.entries()) {
      if (!INVENTORY_FIELDS.contains(e.key())) {
        throw new Bad(e.keyRange(), "unknown inventory field \"" + e.key() + "\" (use name, labels, taints,"
            + " allocatable, unschedulable, conditions, os, arch)");
      }
    }
    String name = requiredString(entry, "name", "inventory entry");
    Map<String, String> labels = labels(optionalMap(entry, "labels"));
    defaultLabel(entry, labels, "os", KubeNode.OS_LABEL, "linux");
    defaultLabel(entry, labels, "arch", KubeNode.ARCH_LABEL, "amd64");
    labels.putIfAbsent(KubeNode.HOSTNAME_LABEL, name);
    List<Taint> taints = new ArrayList<>();
    for (Node t : seq(entry, "taints", false)) {
      if (t instanceof ScalarNode s && s.value() instanceof String text) {
        try {
          taints.add(Taint.parse(text, s.range().startLine()));
        } catch (IllegalArgumentException e) {
          throw new Bad(s.range(), e.getMessage());
        }
      } else {
        taints.add(taintMapping(map(t, "a taint (\"KEY[=VALUE]:EFFECT\" or {key, value, effect})")));
      }
    }
    List<KubeNode.Condition> conditions = new ArrayList<>();
    MapNode cm = optionalMap(entry, "conditions");
    if (cm != null) {
      for (MapNode.Entry e : cm.entries()) {
        if (!(e.value() instanceof ScalarNode s) || s.value() == null) {
          throw new Bad(e.keyRange(), "condition " + e.key() + " needs a status: True, False or Unknown");
        }
        String status = s.value() instanceof Boolean b ? (b ? "True" : "False") : s.text();
        conditions.add(condition(e.key(), status, e.keyRange()));
      }
    }
    boolean unschedulable = bool(entry, "unschedulable");
    int unschedulableLine = entry.has("unschedulable") ? entry.entry("unschedulable").keyRange().startLine() : 0;
    return KubeNode.create(name, file, start(entry).startLine(), labels, taints, unschedulable,
        unschedulableLine, conditions, quantities(optionalMap(entry, "allocatable")));
  }

  private static void defaultLabel(MapNode entry, Map<String, String> labels, String field, String label,
      String fallback) throws Bad {
    String value = optionalString(entry, field);
    String written = labels.get(label);
    if (value != null && written != null && !value.equals(written)) {
      throw new Bad(valueRange(entry, field), field + ": " + value + " contradicts label " + label + "=" + written);
    }
    labels.putIfAbsent(label, value != null ? value : fallback);
  }

  private static KubeNode.Condition condition(String type, String status, Range at) throws Bad {
    if (!CONDITION_STATUSES.contains(status)) {
      throw new Bad(at, "condition " + type + " has status \"" + status + "\"; use True, False or Unknown");
    }
    return new KubeNode.Condition(type, status, at.startLine());
  }

  private static Taint taintMapping(MapNode t) throws Bad {
    String key = requiredString(t, "key", "a taint");
    String value = optionalString(t, "value");
    String effect = requiredString(t, "effect", "taint " + key);
    try {
      return Taint.of(key, value, effect, start(t).startLine(), "taint " + key);
    } catch (IllegalArgumentException e) {
      throw new Bad(start(t), e.getMessage());
    }
  }

  private static Map<String, String> labels(MapNode m) throws Bad {
    Map<String, String> out = new LinkedHashMap<>();
    if (m == null) {
      return out;
    }
    for (MapNode.Entry e : m.entries()) {
      if (!LabelSyntax.isQualifiedName(e.key())) {
        throw new Bad(e.keyRange(), "label key \"" + e.key() + "\" is not valid");
      }
      if (!(e.value() instanceof ScalarNode s)) {
        throw new Bad(e.keyRange(), "label " + e.key() + " must have a string value");
      }
      String value = s.value() == null ? "" : s.value() instanceof String str ? str : s.text();
      if (!LabelSyntax.isValue(value)) {
        throw new Bad(s.range(), "label " + e.key() + ": value \"" + value + "\" is not a valid label value");
      }
      out.put(e.key(), value);
    }
    return out;
  }

  /** A resource list; null when absent. */
  private static Map<String, Quantity> quantities(MapNode m) throws Bad {
    if (m == null) {
      return null;
    }
    Map<String, Quantity> out = new LinkedHashMap<>();
    for (MapNode.Entry e : m.entries()) {
      if (!(e.value() instanceof ScalarNode s) || s.value() == null || s.value() instanceof Boolean) {
        throw new Bad(e.keyRange(), "allocatable " + e.key() + " must be a quantity (e.g. 4, 3500m, 16Gi)");
      }
      Quantity q;
      try {
        q = Quantity.parse(s.value() instanceof String str ? str : s.text());
      } catch (IllegalArgumentException ex) {
        throw new Bad(s.range(), "allocatable " + e.key() + ": " + ex.getMessage());
      }
      if (q.signum() < 0) {
        throw new Bad(s.range(), "allocatable " + e.key() + " is negative");
      }
      out.put(e.key(), q);
    }
    return out;
  }

  private void add(String file, KubeNode node, Range at) {
    KubeNode first = byName.putIfAbsent(node.name(), node);
    if (first != null) {
      error(file, at, "node \"" + node.name() + "\" is defined twice (first at " + first.file() + ":" + first.line()
          + ")");
      return;
    }
    nodes.add(node);
  }

  private void error(String file, Range range, String message) {
    errors.add(new InputError(file, range.startLine(), range.startColumn(), message));
  }

  // Strict typed reads; an absent optional field reads as null / empty.

  private static MapNode map(Node n, String what) throws Bad {
    if (n instanceof MapNode m) {
      return m;
    }
    throw new Bad(n.range(), what + " must be a mapping");
  }

  /** The value of a key, or null when it is absent or written as null. */
  private static Node value(MapNode holder, String key) {
    Node n = holder.get(key);
    return n instanceof ScalarNode s && s.isNull() ? null : n;
  }

  private static MapNode optionalMap(MapNode holder, String key) throws Bad {
    Node n = value(holder, key);
    if (n == null) {
      return null;
    }
    if (n instanceof MapNode m) {
      return m;
    }
    throw new Bad(holder.entry(key).keyRange(), "\"" + key + "\" must be a mapping");
  }

  private static List<Node> seq(MapNode holder, String key, boolean required) throws Bad {
    Node n = value(holder, key);
    if (n == null) {
      if (required) {
        throw new Bad(start(holder), "\"" + key + "\" must be a list");
      }
      return List.of();
    }
    if (n instanceof SeqNode s) {
      return s.items();
    }
    throw new Bad(holder.entry(key).keyRange(), "\"" + key + "\" must be a list");
  }

  private static String optionalString(MapNode holder, String key) throws Bad {
    Node n = value(holder, key);
    if (n == null) {
      return null;
    }
    if (n instanceof ScalarNode s && s.value() instanceof String str) {
      return str;
    }
    throw new Bad(holder.entry(key).keyRange(), "\"" + key + "\" must be a string");
  }

  private static String requiredString(MapNode holder, String key, String what) throws Bad {
    String s = optionalString(holder, key);
    if (s == null || s.isEmpty()) {
      throw new Bad(start(holder), what + " has no " + key);
    }
    return s;
  }

  private static boolean bool(MapNode holder, String key) throws Bad {
    Node n = value(holder, key);
    if (n == null) {
      return false;
    }
    if (n instanceof ScalarNode s && s.value() instanceof Boolean b) {
      return b;
    }
    throw new Bad(holder.entry(key).keyRange(), "\"" + key + "\" must be true or false");
  }

  private static Range valueRange(MapNode holder, String key) {
    return holder.entry(key).value().range();
  }

  /** Where a mapping starts: its first key, as findings about a mapping point there. */
  private static Range start(MapNode m) {
    return m.size() > 0 ? m.entries().iterator().next().keyRange() : m.range();
  }
}
