package io.dslint.rules.host;

import io.dslint.model.ContainerMount;
import io.dslint.model.DaemonSet;
import io.dslint.model.HostPath;
import io.dslint.model.Volume;
import io.dslint.rules.Findings;
import io.dslint.rules.Parameter;
import io.dslint.rules.Rule;
import io.dslint.rules.RuleOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A hostPath volume whose normalised path is, or is a parent of, a sensitive host path: mounting
 * "/var" exposes "/var/lib/kubelet". A path below a sensitive one is not reported unless it is
 * listed itself ("/var/lib/kubelet/plugins_registry" is not, "/var/lib/kubelet/pods" is). The
 * volume is checked whether or not a container mounts it, and whatever subPath a mount uses:
 * the pod holds the whole path. The finding points at hostPath.path.
 */
public final class SensitiveHostPath implements Rule {
  /** A sensitive path (normalised as {@link HostPath#normalize} does) and why. */
  record Sensitive(String path, String what, boolean onLinux, boolean onWindows) {}

  private static final String SOCKET = ", which controls every container on the node (readOnly"
      + " does not help: a socket accepts connections on a read-only mount too)";

  static final List<Sensitive> SENSITIVE = List.of(
      linux("/", "the node's whole file system"),
      linux("/etc", "the node's configuration, password hashes and kubeconfigs"),
      linux("/etc/shadow", "the node's password hashes"),
      both("/etc/kubernetes", "the kubelet's kubeconfig and the static pod manifests"),
      both("/etc/kubernetes/pki", "the cluster CA and component keys"),
      linux("/etc/kubernetes/manifests", "the static pod manifests, which the kubelet runs"
          + " with any privilege"),
      linux("/etc/kubernetes/admin.conf", "a cluster-admin kubeconfig"),
      linux("/etc/kubernetes/kubelet.conf", "the kubelet's credentials"),
      linux("/root", "root's home on the node, with its SSH keys and credentials"),
      linux("/boot", "the node's kernel and boot loader"),
      linux("/dev", "every device of the node"),
      linux("/proc", "every process of the node and the kernel's settings"),
      linux("/sys", "the kernel's settings and devices"),
      linux("/bin", "the node's programs"),
      linux("/sbin", "the node's programs"),
      linux("/usr", "the node's programs and libraries"),
      linux("/lib", "the node's libraries and kernel modules"),
      linux("/lib64", "the node's libraries"),
      both("/var/lib/kubelet", "the kubelet's state: its credentials and every pod's volumes"),
      both("/var/lib/kubelet/pki", "the kubelet's client certificate and key"),
      both("/var/lib/kubelet/pods", "every pod's volumes on the node, with their secrets and"
          + " service account tokens"),
      linux("/var/lib/docker", "Docker's storage: every container's file system"),
      linux("/var/lib/containerd", "containerd's storage: every container's file system"),
      linux("/var/lib/containers", "CRI-O's storage: every container's file system"),
      linux("/var/lib/etcd", "the etcd data of the cluster, with every Secret"),
      linux("/run/docker.sock", "the Docker API" + SOCKET),
      linux("/run/containerd/containerd.sock", "the containerd API" + SOCKET),
      linux("/run/k3s/containerd/containerd.sock", "k3s' containerd API" + SOCKET),
      linux("/run/crio/crio.sock", "the CRI-O API" + SOCKET),
      linux("/run/cri-dockerd.sock", "the cri-dockerd API" + SOCKET),
      linux("/run/dockershim.sock", "the dockershim API" + SOCKET),
      linux("/run/podman/podman.sock", "the Podman API" + SOCKET),
      windows("/", "the node's whole system drive"),
      windows("/windows", "the Windows system directory"),
      windows("/k", "the AKS node directory with the kubelet's kubeconfig and cloud credentials"),
      windows("\\\\.\\pipe\\docker_engine", "the Docker API" + SOCKET),
      windows("\\\\.\\pipe\\containerd-containerd", "the containerd API" + SOCKET));

  /** The configurable list: the default paths as written above, each once. */
  public static final Parameter PATHS = new Parameter("paths",
      "host paths that must not be mounted, nor any parent of them", Parameter.Kind.HOST_PATH,
      List.copyOf(new LinkedHashSet<>(SENSITIVE.stream().map(Sensitive::path).toList())));

  private final List<Sensitive> sensitive;

  public SensitiveHostPath() {
    this(RuleOptions.defaults());
  }

  public SensitiveHostPath(RuleOptions options) {
    List<Sensitive> list = new ArrayList<>();
    for (String configured : options.list(id(), PATHS)) {
      List<Sensitive> known = SENSITIVE.stream().filter(s -> s.path().equals(configured)).toList();
      if (!known.isEmpty()) {
        list.addAll(known);
      } else {
        String path = HostPath.normalize(configured);
        list.add(new Sensitive(path, "listed as sensitive in the configuration", true, true));
      }
    }
    this.sensitive = List.copyOf(list);
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(PATHS);
  }

  private static Sensitive linux(String path, String what) {
    return new Sensitive(path, what, true, false);
  }

  /** Windows paths normalise to "/var/lib/kubelet" style ({@link HostPath#normalize}). */
  private static Sensitive windows(String path, String what) {
    return new Sensitive(path, what, false, true);
  }

  private static Sensitive both(String path, String what) {
    return new Sensitive(path, what, true, true);
  }

  @Override
  public String id() {
    return "sensitive-host-path";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Volume v : ds.podSpec().volumes()) {
      HostPath hp = v.hostPath();
      if (hp == null || hp.normalizedPath() == null) {
        continue;
      }
      List<Sensitive> exposed = exposed(hp, sensitive);
      if (exposed.isEmpty()) {
        continue;
      }
      Sensitive first = exposed.get(0);
      String what = first.path().equals(hp.normalizedPath()) ? first.what()
          : "a parent of " + first.path() + ", " + first.what()
              + (exposed.size() > 1 ? " (and " + (exposed.size() - 1) + " more sensitive path"
                  + (exposed.size() > 2 ? "s" : "") + ")" : "");
      List<ContainerMount> mounts = ds.podSpec().mountsOf(v.name());
      if (mounts.isEmpty()) {
        out.report(hp.pointer().append("path"), "hostPath volume \"%s\" is %s, which no container"
            + " mounts yet: %s", v.name(), hp.path(), what);
      } else {
        List<String> who = mounts.stream().map(m -> m.container().describe()).distinct().toList();
        out.report(hp.pointer().append("path"), "%s mount%s hostPath %s (volume \"%s\"): %s",
            String.join(" and ", who), who.size() == 1 ? "s" : "", hp.path(), v.name(), what);
      }
    }
  }

  /** The sensitive paths this hostPath is, or is a parent of, the exact one first. */
  static List<Sensitive> exposed(HostPath hp, List<Sensitive> sensitive) {
    String path = hp.normalizedPath();
    boolean windowsPath = hp.isNamedPipe() || !hp.path().startsWith("/");
    List<Sensitive> out = new ArrayList<>();
    for (Sensitive s : sensitive) {
      if ((windowsPath ? s.onWindows() : s.onLinux()) && HostPath.isWithin(s.path(), path)) {
        if (s.path().equals(path)) {
          out.add(0, s);
        } else {
          out.add(s);
        }
      }
    }
    return out;
  }
}
