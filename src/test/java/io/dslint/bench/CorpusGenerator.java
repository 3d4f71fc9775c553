package io.dslint.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generates realistic, varied DaemonSet corpora for benchmarks, the same bytes for the same seed:
 * node agents with one to four containers, init containers and native sidecars, host paths,
 * tolerations, probes, resources and security contexts in varying states of completeness, and
 * the objects that travel with them (ServiceAccount, ConfigMap) in multi-document files.
 *
 * <pre>
 * CorpusGenerator stream N FILE          one file with N documents (a rendered chart, kubectl get -o yaml)
 * CorpusGenerator files N DOCS DIR       N files of DOCS documents each
 * CorpusGenerator clean N FILE           one file with N documents that pass every default rule
 * </pre>
 *
 * The "clean" corpus is what a repository that already uses dslint holds: the same variety, but
 * every agent hardened, so a run produces no findings and measures checking, not reporting
 * (CleanCorpusTest keeps it clean).
 */
public final class CorpusGenerator {
  private static final String[] AGENTS = {"fluent-bit", "node-exporter", "cilium-agent", "csi-node",
      "falco", "kube-proxy", "datadog-agent", "nvidia-device-plugin", "calico-node", "log-shipper"};
  private static final String[] HOST_PATHS = {"/var/log", "/var/lib/docker/containers", "/proc", "/sys",
      "/run/containerd/containerd.sock", "/var/lib/kubelet", "/etc/machine-id", "/dev", "/opt/cni/bin",
      "/var/run/agent"};
  private static final String[] REGISTRIES = {"registry.example.com", "quay.io", "ghcr.io", "docker.io",
      "registry.local:5000"};

  private final Random random;

  public CorpusGenerator(long seed) {
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("stream")) {
      new CorpusGenerator(42).stream(Integer.parseInt(args[1]), Path.of(args[2]));
    } else if (args.length >= 3 && args[0].equals("clean")) {
      new CorpusGenerator(42).cleanStream(Integer.parseInt(args[1]), Path.of(args[2]));
    } else if (args.length >= 4 && args[0].equals("files")) {
      new CorpusGenerator(42).files(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
    } else {
      System.err.println("usage: CorpusGenerator stream N FILE | files N DOCS DIR | clean N FILE");
      System.exit(2);
    }
  }

  public void stream(int documents, Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < documents; i++) {
        w.write("---\n");
        w.write(document(i));
      }
    }
  }

  public void cleanStream(int documents, Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < documents; i++) {
        w.write("---\n");
        w.write(cleanDocument(i));
      }
    }
  }

  public void files(int files, int documentsPerFile, Path dir) throws IOException {
    Files.createDirectories(dir);
    int n = 0;
    for (int f = 0; f < files; f++) {
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(String.format("agent-%05d.yaml", f)),
          StandardCharsets.UTF_8)) {
        for (int d = 0; d < documentsPerFile; d++) {
          w.write("---\n");
          w.write(document(n++));
        }
      }
    }
  }

  /** Mostly DaemonSets; one document in eight is a ServiceAccount or ConfigMap. */
  public String document(int i) {
    int kind = random.nextInt(16);
    if (kind == 0) {
      return serviceAccount(i);
    }
    if (kind == 1) {
      StringBuilder sb = new StringBuilder(configMapHead(i));
      for (int l = 0; l < 10 + random.nextInt(30); l++) {
        sb.append("    [section").append(l).append("]\n    key").append(l).append(" = value").append(random.nextInt(1000)).append('\n');
      }
      return sb.toString();
    }
    return daemonSet(i);
  }

  private static String serviceAccount(int i) {
    return "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: agent-" + i + "\n  namespace: kube-system\n";
  }

  /** A ConfigMap up to the first line of its agent.conf block. */
  private static String configMapHead(int i) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: agent-config-" + i
        + "\n  namespace: kube-system\ndata:\n  agent.conf: |\n";
  }

  /**
   * A DaemonSet's metadata, selector, update strategy and pod template metadata, up to the pod
   * spec's first field; {@code clean}: always a namespace and a rolling update strategy.
   */
  private void daemonSetHead(StringBuilder y, String agent, String name, boolean clean) {
    y.append("apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ").append(name).append('\n');
    if (clean || random.nextInt(5) > 0) {
      y.append("  namespace: ").append(random.nextBoolean() ? "kube-system" : "monitoring").append('\n');
    }
    y.append("  labels:\n    app.kubernetes.io/name: ").append(agent).append("\n    app.kubernetes.io/instance: ")
        .append(name).append('\n');
    y.append("spec:\n  selector:\n    matchLabels:\n      app.kubernetes.io/instance: ").append(name).append('\n');
    if (clean || random.nextInt(4) == 0) {
      y.append("  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate:\n      maxUnavailable: ")
          .append(random.nextBoolean() ? "1" : "\"10%\"").append('\n');
    }
    y.append("  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: ").append(agent)
        .append("\n        app.kubernetes.io/instance: ").append(name).append('\n');
    if (random.nextBoolean()) {
      y.append("      annotations:\n        prometheus.io/scrape: \"true\"\n        prometheus.io/port: \"")
          .append(9000 + random.nextInt(999)).append("\"\n");
    }
    y.append("    spec:\n");
  }

  private String daemonSet(int i) {
    String agent = AGENTS[random.nextInt(AGENTS.length)];
    String name = agent + "-" + i;
    StringBuilder y = new StringBuilder();
    daemonSetHead(y, agent, name, false);
    boolean hostNetwork = random.nextInt(4) == 0;
    if (hostNetwork) {
      y.append("      hostNetwork: true\n      dnsPolicy: ClusterFirstWithHostNet\n");
    }
    if (random.nextInt(6) == 0) {
      y.append("      hostPID: true\n");
    }
    if (random.nextBoolean()) {
      y.append("      priorityClassName: system-node-critical\n");
    }
    y.append("      serviceAccountName: ").append(agent).append('\n');
    if (random.nextBoolean()) {
      y.append("      nodeSelector:\n        kubernetes.io/os: linux\n");
    }
    if (random.nextInt(3) > 0) {
      y.append("      tolerations:\n");
      if (random.nextBoolean()) {
        y.append("        - operator: Exists\n");
      } else {
        y.append("        - key: node-role.kubernetes.io/control-plane\n          operator: Exists\n          effect: NoSchedule\n");
        if (random.nextInt(3) == 0) {
          y.append("        - key: node-role.kubernetes.io/master\n          operator: Exists\n          effect: NoSchedule\n");
        }
      }
    }
    if (random.nextBoolean()) {
      y.append("      securityContext:\n        runAsNonRoot: true\n        runAsUser: 65534\n        seccompProfile:\n          type: RuntimeDefault\n");
    }
    int volumes = random.nextInt(4);
    if (random.nextInt(4) == 0) {
      y.append("      initContainers:\n");
      appendContainer(y, "init", volumes, false);
      if (random.nextBoolean()) {
        appendContainer(y, "proxy", volumes, true);
      }
    }
    y.append("      containers:\n");
    int containers = 1 + random.nextInt(4);
    for (int c = 0; c < containers; c++) {
      appendContainer(y, c == 0 ? agent : agent + "-sidecar-" + c, volumes, false);
    }
    if (volumes > 0) {
      y.append("      volumes:\n");
      for (int v = 0; v < volumes; v++) {
        y.append("        - name: host-").append(v).append("\n          hostPath:\n            path: ")
            .append(HOST_PATHS[(i + v) % HOST_PATHS.length]).append('\n');
        if (random.nextBoolean()) {
          y.append("            type: Directory\n");
        }
      }
    }
    return y.toString();
  }

  private void appendContainer(StringBuilder y, String name, int volumes, boolean sidecar) {
    String registry = REGISTRIES[random.nextInt(REGISTRIES.length)];
    y.append("        - name: ").append(name).append("\n          image: ").append(registry).append("/agents/")
        .append(name.replaceAll("-sidecar-\\d+", "-helper")).append(random.nextInt(8) == 0 ? ":latest" : ":v1." + random.nextInt(30) + "." + random.nextInt(10));
    if (random.nextInt(6) == 0) {
      y.append("@sha256:").append(String.format("%064x", random.nextLong() & Long.MAX_VALUE).substring(0, 64));
    }
    y.append('\n');
    if (sidecar) {
      y.append("          restartPolicy: Always\n");
    }
    if (random.nextInt(3) > 0) {
      y.append("          args:\n");
      for (int a = 0; a < 1 + random.nextInt(5); a++) {
        y.append("            - --flag-").append(a).append('=').append(random.nextInt(100)).append('\n');
      }
    }
    if (random.nextBoolean()) {
      y.append("          env:\n            - name: NODE_NAME\n              valueFrom:\n                fieldRef:\n                  fieldPath: spec.nodeName\n");
      if (random.nextInt(10) == 0) {
        y.append("            - name: API_TOKEN\n              value: hunter2-").append(random.nextInt(99)).append('\n');
      }
    }
    if (random.nextBoolean()) {
      y.append("          ports:\n            - name: metrics\n              containerPort: ").append(9000 + random.nextInt(900)).append('\n');
      if (random.nextInt(5) == 0) {
        y.append("              hostPort: ").append(9000 + random.nextInt(900)).append('\n');
      }
    }
    if (random.nextInt(3) > 0) {
      y.append("          resources:\n            requests:\n              cpu: ").append(10 + random.nextInt(200))
          .append("m\n              memory: ").append(32 + random.nextInt(256)).append("Mi\n");
      if (random.nextBoolean()) {
        y.append("            limits:\n              memory: ").append(256 + random.nextInt(768)).append("Mi\n");
      }
    }
    if (random.nextBoolean()) {
      y.append("          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: ")
          .append(8080 + random.nextInt(10)).append("\n            initialDelaySeconds: 10\n            periodSeconds: 30\n");
    }
    if (random.nextBoolean()) {
      y.append("          readinessProbe:\n            tcpSocket:\n              port: ").append(8080 + random.nextInt(10)).append('\n');
    }
    int sc = random.nextInt(4);
    if (sc == 0) {
      y.append("          securityContext:\n            privileged: true\n");
    } else if (sc == 1) {
      y.append("          securityContext:\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n            capabilities:\n              drop: [\"ALL\"]\n");
    } else if (sc == 2) {
      y.append("          securityContext:\n            capabilities:\n              add: [\"NET_ADMIN\", \"SYS_ADMIN\"]\n");
    }
    if (volumes > 0 && !sidecar) {
      y.append("          volumeMounts:\n");
      for (int v = 0; v < volumes; v++) {
        y.append("            - name: host-").append(v).append("\n              mountPath: /host/mnt-").append(v).append('\n');
        if (random.nextBoolean()) {
          y.append("              readOnly: true\n");
        }
      }
    }
  }

  /** Like {@link #document}, but every DaemonSet passes the default rules. */
  public String cleanDocument(int i) {
    int kind = random.nextInt(16);
    if (kind == 0) {
      return serviceAccount(i);
    }
    if (kind == 1) {
      return configMapHead(i) + "    level = info\n    interval = " + (10 + random.nextInt(50)) + "s\n";
    }
    String agent = AGENTS[random.nextInt(AGENTS.length)];
    String name = agent + "-" + i;
    StringBuilder y = new StringBuilder();
    daemonSetHead(y, agent, name, true);
    y.append("      priorityClassName: system-node-critical\n");
    y.append("      serviceAccountName: ").append(agent).append('\n');
    y.append("      nodeSelector:\n        kubernetes.io/os: linux\n");
    y.append("      tolerations:\n        - key: node-role.kubernetes.io/control-plane\n          operator: Exists\n"
        + "          effect: NoSchedule\n");
    y.append("      securityContext:\n        runAsNonRoot: true\n        runAsUser: ").append(1000 + random.nextInt(60000))
        .append("\n        seccompProfile:\n          type: RuntimeDefault\n");
    int volumes = random.nextInt(3);
    y.append("      containers:\n");
    int containers = 1 + random.nextInt(3);
    for (int c = 0; c < containers; c++) {
      appendCleanContainer(y, c == 0 ? agent : agent + "-sidecar-" + c, c, volumes);
    }
    if (volumes > 0) {
      y.append("      volumes:\n");
      for (int v = 0; v < volumes; v++) {
        y.append("        - name: data-").append(v).append('\n');
        switch (random.nextInt(3)) {
          case 0 -> y.append("          emptyDir: {}\n");
          case 1 -> y.append("          configMap:\n            name: agent-config\n");
          default -> y.append("          hostPath:\n            path: /var/log/").append(agent)
              .append("\n            type: DirectoryOrCreate\n");
        }
      }
    }
    return y.toString();
  }

  private void appendCleanContainer(StringBuilder y, String name, int index, int volumes) {
    String registry = REGISTRIES[random.nextInt(REGISTRIES.length)];
    y.append("        - name: ").append(name).append("\n          image: ").append(registry).append("/agents/")
        .append(name.replaceAll("-sidecar-\\d+", "-helper")).append(":v1.").append(random.nextInt(30)).append('.')
        .append(random.nextInt(10)).append("@sha256:")
        .append(String.format("%016x%016x%016x%016x", random.nextLong(), random.nextLong(), random.nextLong(),
            random.nextLong()))
        .append('\n');
    if (random.nextBoolean()) {
      y.append("          args:\n");
      for (int a = 0; a < 1 + random.nextInt(4); a++) {
        y.append("            - --flag-").append(a).append('=').append(random.nextInt(100)).append('\n');
      }
    }
    if (random.nextBoolean()) {
      y.append("          env:\n            - name: NODE_NAME\n              valueFrom:\n                fieldRef:\n"
          + "                  fieldPath: spec.nodeName\n");
    }
    int port = 9100 + index;
    y.append("          ports:\n            - name: metrics-").append(index).append("\n              containerPort: ")
        .append(port).append('\n');
    y.append("          resources:\n            requests:\n              cpu: ").append(10 + random.nextInt(200))
        .append("m\n              memory: ").append(32 + random.nextInt(256)).append("Mi\n            limits:\n")
        .append("              cpu: ").append(300 + random.nextInt(700)).append("m\n              memory: ")
        .append(300 + random.nextInt(700)).append("Mi\n");
    y.append("          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: ")
        .append(port).append("\n            periodSeconds: ").append(10 + random.nextInt(50)).append('\n');
    y.append("          readinessProbe:\n            tcpSocket:\n              port: ").append(port).append('\n');
    y.append("          securityContext:\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n"
        + "            capabilities:\n              drop: [\"ALL\"]\n");
    if (volumes > 0) {
      y.append("          volumeMounts:\n");
      for (int v = 0; v < volumes; v++) {
        y.append("            - name: data-").append(v).append("\n              mountPath: /data/").append(v)
            .append("\n              readOnly: true\n");
      }
    }
  }
}
