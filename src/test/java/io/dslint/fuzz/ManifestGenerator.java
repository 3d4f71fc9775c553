package io.dslint.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Structure-aware inputs: one of the base DaemonSets in {@code bases/} (our own fixtures), with a
 * few mutations chosen by the fuzzer (fields set to other types and to values the rules look
 * for, fields removed, added or shared through aliases), written as YAML in a style the fuzzer
 * also chooses. Raw bytes seldom make a DaemonSet; these reach the model builder and the rules.
 */
final class ManifestGenerator {
  static final List<String> BASE_NAMES = List.of("agents.yaml", "hardened.yaml", "log-agent.yaml",
      "windows.yaml", "list.yaml", "pss.yaml");
  private static final List<Object> BASES = loadBases();

  static final String[] FIELDS = {
      "apiVersion", "kind", "metadata", "name", "namespace", "labels", "annotations", "spec",
      "selector", "matchLabels", "template", "updateStrategy", "type", "rollingUpdate", "maxSurge",
      "maxUnavailable", "minReadySeconds", "containers", "initContainers", "ephemeralContainers",
      "restartPolicy", "image", "imagePullPolicy", "securityContext", "privileged",
      "allowPrivilegeEscalation", "capabilities", "add", "drop", "runAsUser", "runAsGroup",
      "runAsNonRoot", "readOnlyRootFilesystem", "seccompProfile", "localhostProfile",
      "appArmorProfile", "seLinuxOptions", "level", "user", "role", "windowsOptions", "hostProcess",
      "runAsUserName", "procMount", "sysctls", "value", "hostNetwork", "hostPID", "hostIPC",
      "hostUsers", "volumes", "hostPath", "path", "volumeMounts", "mountPath", "readOnly", "subPath",
      "mountPropagation", "ports", "hostPort", "containerPort", "hostIP", "protocol", "resources",
      "limits", "requests", "cpu", "memory", "livenessProbe", "readinessProbe", "startupProbe",
      "exec", "command", "httpGet", "tcpSocket", "grpc", "port", "host", "lifecycle", "postStart",
      "preStop", "env", "valueFrom", "secretKeyRef", "tolerations", "key", "operator", "effect",
      "tolerationSeconds", "nodeSelector", "affinity", "nodeAffinity",
      "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms", "matchExpressions",
      "values", "priorityClassName", "os", "dnsPolicy", "serviceAccountName",
      "automountServiceAccountToken", "runtimeClassName", "items", "fsGroup", "<<",
      "kubernetes.io/os", "node-role.kubernetes.io/control-plane", "ignore.dslint.io/host-port"};

  static final Object[] VALUES = {
      "ALL", "all", "SYS_ADMIN", "CAP_SYS_ADMIN", "NET_RAW", "NET_ADMIN", "BPF", "SYS_PTRACE",
      "RuntimeDefault", "Localhost", "Unconfined", "runtime/default", "/", "/var/run/docker.sock",
      "/run/containerd/containerd.sock", "/var/run/../run/docker.sock", "C:\\Windows", "\\\\.\\pipe\\docker_engine",
      "/etc", "/proc", "/var/log", "/dev", "Directory", "DirectoryOrCreate", "Socket", "", " ",
      "latest", "nginx", "nginx:latest", "nginx@sha256:" + "a".repeat(64), "registry:5000/a/b:1.0",
      "UPPER/Case:Tag", "a:b:c", "@", ":", "0", "-1", "65536", "1e9", "100m", "0.5", "1Gi", "1E",
      "1.5Mi", "-1Gi", "NaN", "Infinity", "25%", "200%", "-5%", "OnDelete", "RollingUpdate", "Exists",
      "Equal", "NoSchedule", "NoExecute", "PreferNoSchedule", "node-role.kubernetes.io/master",
      "node-role.kubernetes.io/control-plane", "kubernetes.io/os", "windows", "linux", "In",
      "NotIn", "DoesNotExist", "Default", "Unmasked", "TCP", "UDP", "system-node-critical",
      "ContainerAdministrator", "NT AUTHORITY\\SYSTEM", "kernel.shm_rmid_forced", "net.core.somaxconn",
      "spc_t", "container_t", "password", "AWS_SECRET_ACCESS_KEY", "hunter2", "Always", "Never",
      "localhost/profile", "v1", "apps/v1", "apps/v1beta2", "extensions/v1beta1", "DaemonSet", "List",
      "Pod", "Deployment", "\u0000", "\u001b[31m", "\ud83d\ude00", "\u202e", "a\nb", "%", "::", "a,b",
      "../../etc/passwd", "http://127.0.0.1:9/", Long.MAX_VALUE, Long.MIN_VALUE, 0L, -1L, 1L, 65535L,
      65536L, 1000L, 0.0, -0.0, 1.5, Double.NaN, Double.POSITIVE_INFINITY, true, false, null};

  private ManifestGenerator() {}

  private static List<Object> loadBases() {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    List<Object> bases = new ArrayList<>();
    for (String name : BASE_NAMES) {
      try (InputStream in = ManifestGenerator.class.getResourceAsStream("bases/" + name)) {
        if (in == null) {
          throw new IllegalStateException("missing fuzz base " + name);
        }
        for (Object doc : yaml.loadAll(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
          if (doc != null) {
            bases.add(doc);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(bases);
  }

  /** One or more documents of YAML text. */
  static String generate(FuzzedDataProvider data) {
    int documents = data.consumeInt(1, 3);
    StringBuilder out = new StringBuilder();
    for (int d = 0; d < documents; d++) {
      if (d > 0 || data.consumeBoolean()) {
        out.append("---\n");
      }
      if (data.consumeBoolean()) {
        out.append("# Source: chart/templates/").append(data.consumeString(12)).append(".yaml\n");
      }
      Object doc = copy(BASES.get(data.consumeInt(0, BASES.size() - 1)));
      int mutations = data.consumeInt(0, 8);
      for (int i = 0; i < mutations && data.remainingBytes() > 0; i++) {
        doc = mutate(doc, data);
      }
      if (data.consumeInt(0, 9) == 0) {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("apiVersion", "v1");
        list.put("kind", "List");
        list.put("items", new ArrayList<>(List.of(doc)));
        doc = list;
      }
      out.append(dump(doc, data));
    }
    return out.toString();
  }

  private static String dump(Object doc, FuzzedDataProvider data) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(data.pickValue(DumperOptions.FlowStyle.values()));
    options.setDefaultScalarStyle(data.pickValue(new DumperOptions.ScalarStyle[] {
        DumperOptions.ScalarStyle.PLAIN, DumperOptions.ScalarStyle.DOUBLE_QUOTED,
        DumperOptions.ScalarStyle.SINGLE_QUOTED, DumperOptions.ScalarStyle.LITERAL}));
    options.setIndent(data.consumeInt(2, 4));
    options.setIndicatorIndent(data.consumeInt(0, options.getIndent() - 1));
    options.setWidth(data.consumeInt(20, 200));
    options.setAllowUnicode(data.consumeBoolean());
    options.setLineBreak(data.consumeBoolean() ? DumperOptions.LineBreak.UNIX : DumperOptions.LineBreak.WIN);
    try {
      return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options).dump(doc);
    } catch (RuntimeException e) {
      // Some combinations of styles and values cannot be written; the plain style always can.
      DumperOptions plain = new DumperOptions();
      return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(plain), plain).dump(doc);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object copy(Object o) {
    if (o instanceof Map<?, ?> m) {
      Map<Object, Object> c = new LinkedHashMap<>();
      m.forEach((k, v) -> c.put(k, copy(v)));
      return c;
    }
    if (o instanceof List<?> l) {
      List<Object> c = new ArrayList<>();
      l.forEach(v -> c.add(copy(v)));
      return c;
    }
    return o;
  }

  /** Applies one mutation somewhere in {@code root}; returns the (possibly new) root. */
  @SuppressWarnings("unchecked")
  private static Object mutate(Object root, FuzzedDataProvider data) {
    // Walk down to a container and one of its slots.
    Object parent = null;
    Object slot = null;
    Object node = root;
    int depth = 0;
    while (depth++ < 12 && (node instanceof Map<?, ?> || node instanceof List<?>) && data.consumeInt(0, 4) > 0) {
      if (node instanceof Map<?, ?> m && !m.isEmpty()) {
        Object key = new ArrayList<>(m.keySet()).get(data.consumeInt(0, m.size() - 1));
        parent = node;
        slot = key;
        node = m.get(key);
      } else if (node instanceof List<?> l && !l.isEmpty()) {
        int i = data.consumeInt(0, l.size() - 1);
        parent = node;
        slot = i;
        node = l.get(i);
      } else {
        break;
      }
    }
    int op = data.consumeInt(0, 11);
    if (op == 5 && node instanceof Map<?, ?> m) { // add a field to a mapping
      ((Map<Object, Object>) m).put(FIELDS[data.consumeInt(0, FIELDS.length - 1)], value(root, data));
      return root;
    }
    if (op == 6 && node instanceof List<?> l) { // add an item to a sequence
      ((List<Object>) l).add(l.isEmpty() || data.consumeBoolean() ? value(root, data) : l.get(data.consumeInt(0, l.size() - 1)));
      return root;
    }
    Object replacement = switch (op) {
      case 0 -> VALUES[data.consumeInt(0, VALUES.length - 1)];
      case 1 -> data.consumeString(40);
      case 2 -> data.consumeBoolean() ? (Object) data.consumeLong() : (Object) data.consumeDouble();
      case 3 -> new LinkedHashMap<>();
      case 4 -> new ArrayList<>();
      case 7 -> new ArrayList<>(java.util.Arrays.asList(node));
      case 8 -> shared(randomSubtree(root, data), parent == null ? root : parent); // an anchor and an alias
      default -> value(root, data);
    };
    if (op == 9 && parent != null) { // remove the slot
      remove(parent, slot);
      return root;
    }
    if (parent == null) {
      return replacement;
    }
    set(parent, slot, replacement);
    return root;
  }

  /**
   * The subtree itself (shared), or a copy where sharing it would make a cycle: when the
   * container it goes into is inside it (subtrees may already be shared, so along any path).
   */
  private static Object shared(Object subtree, Object into) {
    return reaches(subtree, into, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))
        ? copy(subtree) : subtree;
  }

  private static boolean reaches(Object from, Object target, java.util.Set<Object> seen) {
    if (from == target) {
      return true;
    }
    if (!(from instanceof Map<?, ?> || from instanceof List<?>) || !seen.add(from)) {
      return false;
    }
    Iterable<?> children = from instanceof Map<?, ?> m ? m.values() : (List<?>) from;
    for (Object child : children) {
      if (reaches(child, target, seen)) {
        return true;
      }
    }
    return false;
  }

  private static Object value(Object root, FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 4)) {
      case 0 -> data.consumeString(30);
      case 1 -> new LinkedHashMap<>(Map.of(FIELDS[data.consumeInt(0, FIELDS.length - 1)],
          VALUES[data.consumeInt(0, VALUES.length - 2)]));
      case 2 -> new ArrayList<>(List.of(String.valueOf(VALUES[data.consumeInt(0, VALUES.length - 1)])));
      case 3 -> copy(randomSubtree(root, data));
      default -> VALUES[data.consumeInt(0, VALUES.length - 1)];
    };
  }

  private static Object randomSubtree(Object root, FuzzedDataProvider data) {
    Object node = root;
    for (int depth = 0; depth < 8 && data.consumeBoolean(); depth++) {
      if (node instanceof Map<?, ?> m && !m.isEmpty()) {
        node = new ArrayList<>(m.values()).get(data.consumeInt(0, m.size() - 1));
      } else if (node instanceof List<?> l && !l.isEmpty()) {
        node = l.get(data.consumeInt(0, l.size() - 1));
      } else {
        break;
      }
    }
    return node == root ? copy(root) : node;
  }

  @SuppressWarnings("unchecked")
  private static void set(Object parent, Object slot, Object value) {
    if (parent instanceof Map<?, ?> m) {
      ((Map<Object, Object>) m).put(slot, value);
    } else {
      ((List<Object>) parent).set((Integer) slot, value);
    }
  }

  private static void remove(Object parent, Object slot) {
    if (parent instanceof Map<?, ?> m) {
      m.remove(slot);
    } else {
      ((List<?>) parent).remove((int) (Integer) slot);
    }
  }
}
