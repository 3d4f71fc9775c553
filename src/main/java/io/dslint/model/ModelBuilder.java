package io.dslint.model;

import io.dslint.yaml.MapNode;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.SeqNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the typed model from a loaded node tree. Total: any input gives a model (fields of the
 * wrong type read as absent), so rules never see an exception from odd YAML. Effective values
 * (inheritance, defaulting, normalisation, image parsing) are computed here, once.
 */
public final class ModelBuilder {
  private ModelBuilder() {}

  /** A Kubernetes object, or null when the mapping has neither apiVersion nor kind. */
  public static KubeObject object(MapNode node, Pointer pointer) {
    View v = new View(node, pointer);
    return new KubeObject(v.str("apiVersion"), v.str("kind"), meta(v.obj("metadata")), pointer, node);
  }

  public static DaemonSet daemonSet(KubeObject object) {
    View root = new View(object.node(), object.pointer());
    View spec = root.obj("spec");
    return new DaemonSet(object, spec.pointer(), selector(spec.obj("selector")),
        updateStrategy(spec.obj("updateStrategy")), spec.integer("minReadySeconds"),
        template(spec.obj("template")), spec.integer("revisionHistoryLimit"));
  }

  /** The pod template of any workload (DaemonSet, Deployment …) at spec.template. */
  public static PodTemplate template(View t) {
    return new PodTemplate(t.pointer(), t.present(), meta(t.obj("metadata")), podSpec(t.obj("spec")));
  }

  static ObjectMeta meta(View m) {
    return new ObjectMeta(m.pointer(), m.present(), m.str("name"), m.str("generateName"),
        m.str("namespace"), m.stringMap("labels"), m.stringMap("annotations"));
  }

  static LabelSelector selector(View s) {
    Map<String, Located<String>> labels = new LinkedHashMap<>();
    View ml = s.obj("matchLabels");
    ml.asStringMap().forEach((k, v) -> labels.put(k, new Located<>(v, ml.at(k))));
    List<LabelRequirement> exprs = new ArrayList<>();
    for (View e : s.objs("matchExpressions")) {
      exprs.add(new LabelRequirement(e.pointer(), e.str("key"), e.str("operator"), values(e)));
    }
    return new LabelSelector(s.pointer(), s.present(), labels, List.copyOf(exprs));
  }

  private static List<String> values(View v) {
    return v.strings("values").stream().map(Located::value).toList();
  }

  static UpdateStrategy updateStrategy(View u) {
    View ru = u.obj("rollingUpdate");
    return new UpdateStrategy(u.pointer(), u.present(), u.str("type"),
        ru.intOrString("maxUnavailable"), ru.intOrString("maxSurge"), ru.present());
  }

  static PodSpec podSpec(View p) {
    PodSecurityContext psc = podSecurityContext(p.obj("securityContext"));
    List<Container> init = new ArrayList<>();
    for (View c : p.objs("initContainers")) {
      ContainerKind kind = "Always".equals(c.str("restartPolicy")) ? ContainerKind.SIDECAR : ContainerKind.INIT;
      init.add(container(c, kind, psc));
    }
    List<Container> regular = new ArrayList<>();
    for (View c : p.objs("containers")) {
      regular.add(container(c, ContainerKind.REGULAR, psc));
    }
    List<Container> ephemeral = new ArrayList<>();
    for (View c : p.objs("ephemeralContainers")) {
      ephemeral.add(container(c, ContainerKind.EPHEMERAL, psc));
    }
    List<Volume> volumes = new ArrayList<>();
    for (View v : p.objs("volumes")) {
      volumes.add(volume(v));
    }
    List<Toleration> tolerations = new ArrayList<>();
    for (View t : p.objs("tolerations")) {
      tolerations.add(new Toleration(t.pointer(), t.str("key"), t.str("operator"), t.str("value"),
          t.str("effect"), t.integer("tolerationSeconds")));
    }
    return new PodSpec(p.pointer(), p.present(), List.copyOf(init), List.copyOf(regular),
        List.copyOf(ephemeral), List.copyOf(volumes), p.bool("hostNetwork"), p.bool("hostPID"),
        p.bool("hostIPC"), p.bool("hostUsers"), psc, List.copyOf(tolerations),
        p.stringMap("nodeSelector"), nodeAffinity(p.obj("affinity").obj("nodeAffinity")),
        p.str("priorityClassName"), serviceAccount(p), p.bool("automountServiceAccountToken"),
        p.str("restartPolicy"), p.str("dnsPolicy"), p.obj("os").str("name"), p.str("runtimeClassName"),
        p.str("nodeName") == null ? null : new Located<>(p.str("nodeName"), p.at("nodeName")),
        quantities(p.obj("overhead")), resources(p.obj("resources")),
        p.integer("activeDeadlineSeconds"), p.integer("terminationGracePeriodSeconds"), p.str("hostname"),
        p.str("subdomain"), dnsConfig(p.obj("dnsConfig")), p.str("preemptionPolicy"));
  }

  private static PodSpec.DnsConfig dnsConfig(View d) {
    return new PodSpec.DnsConfig(d.pointer(), d.present(), d.strings("nameservers").size());
  }

  private static String serviceAccount(View p) {
    String name = p.str("serviceAccountName");
    return name != null ? name : p.str("serviceAccount");
  }

  static Container container(View c, ContainerKind kind, PodSecurityContext pod) {
    SecurityContext sc = securityContext(c.obj("securityContext"));
    String image = c.str("image");
    List<ContainerPort> ports = new ArrayList<>();
    for (View p : c.objs("ports")) {
      ports.add(new ContainerPort(p.pointer(), p.str("name"), p.integer("containerPort"),
          p.integer("hostPort"), p.str("protocol"), p.str("hostIP")));
    }
    List<EnvVar> env = new ArrayList<>();
    for (View e : c.objs("env")) {
      env.add(new EnvVar(e.pointer(), e.str("name"), e.text("value"), e.has("valueFrom"),
          valueFrom(e.obj("valueFrom"))));
    }
    List<EnvFromSource> envFrom = new ArrayList<>();
    for (View e : c.objs("envFrom")) {
      List<String> sources = new ArrayList<>();
      for (String key : e.keys()) {
        if (!key.equals("prefix") && e.raw(key) != null && !(e.raw(key) instanceof io.dslint.yaml.ScalarNode s && s.isNull())) {
          sources.add(key);
        }
      }
      envFrom.add(new EnvFromSource(e.pointer(), e.str("prefix"), List.copyOf(sources)));
    }
    List<VolumeMount> mounts = new ArrayList<>();
    for (View m : c.objs("volumeMounts")) {
      mounts.add(new VolumeMount(m.pointer(), m.str("name"), m.str("mountPath"),
          Boolean.TRUE.equals(m.bool("readOnly")), m.str("subPath"), m.str("mountPropagation"),
          m.str("subPathExpr")));
    }
    View lc = c.obj("lifecycle");
    Lifecycle lifecycle = lc.present()
        ? new Lifecycle(lc.pointer(), probe(lc.obj("postStart")), probe(lc.obj("preStop"))) : null;
    return new Container(c.pointer(), kind, c.str("name"),
        image == null ? null : Image.parse(image, c.at("image")), List.copyOf(ports), List.copyOf(env),
        resources(c.obj("resources")), probe(c.obj("livenessProbe")), probe(c.obj("readinessProbe")),
        probe(c.obj("startupProbe")), lifecycle, sc, effective(sc, pod), List.copyOf(mounts),
        c.str("restartPolicy"), c.str("imagePullPolicy"), c.str("terminationMessagePolicy"),
        List.copyOf(envFrom));
  }

  /** valueFrom's sources (non-null mappings) with their scalar fields as text. */
  private static Map<String, Map<String, String>> valueFrom(View v) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (String key : v.keys()) {
      View source = v.obj(key);
      if (source.present()) {
        out.put(key, source.asStringMap());
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  static Resources resources(View r) {
    return new Resources(r.pointer(), r.present(), quantities(r.obj("requests")), quantities(r.obj("limits")));
  }

  private static Map<String, Located<String>> quantities(View q) {
    Map<String, Located<String>> out = new LinkedHashMap<>();
    for (String name : q.keys()) {
      String text = q.text(name);
      if (text != null) {
        out.put(name, new Located<>(text, q.at(name)));
      }
    }
    return out;
  }

  private static final List<String> HANDLERS = List.of("exec", "httpGet", "tcpSocket", "grpc", "sleep");

  static Probe probe(View p) {
    if (!p.present()) {
      return null;
    }
    List<String> handlers = new ArrayList<>();
    Located<String> host = null;
    Probe.Handler handler = null;
    for (String h : HANDLERS) {
      if (p.has(h) && !(p.raw(h) instanceof io.dslint.yaml.ScalarNode s && s.isNull())) {
        handlers.add(h);
        View hv = p.obj(h);
        if (hv.str("host") != null && host == null) {
          host = new Located<>(hv.str("host"), hv.at("host"));
        }
        if (handler == null) {
          Integer words = h.equals("exec") ? hv.strings("command").size() : null;
          handler = new Probe.Handler(hv.pointer(), h, hv.intOrString("port"), hv.str("scheme"), words);
        }
      }
    }
    return new Probe(p.pointer(), List.copyOf(handlers), host, p.integer("initialDelaySeconds"),
        p.integer("periodSeconds"), p.integer("timeoutSeconds"), p.integer("successThreshold"),
        p.integer("failureThreshold"), handler, p.integer("terminationGracePeriodSeconds"));
  }

  static SecurityContext securityContext(View s) {
    View caps = s.obj("capabilities");
    return new SecurityContext(s.pointer(), s.present(), s.bool("privileged"),
        s.bool("allowPrivilegeEscalation"), s.bool("readOnlyRootFilesystem"), s.bool("runAsNonRoot"),
        s.integer("runAsUser"), s.integer("runAsGroup"),
        new Capabilities(caps.pointer(), caps.present(), caps.strings("add"), caps.strings("drop")),
        profile(s.obj("seccompProfile")), profile(s.obj("appArmorProfile")),
        seLinux(s.obj("seLinuxOptions")), windows(s.obj("windowsOptions")), s.str("procMount"));
  }

  static PodSecurityContext podSecurityContext(View s) {
    List<Sysctl> sysctls = new ArrayList<>();
    for (View v : s.objs("sysctls")) {
      sysctls.add(new Sysctl(v.pointer(), v.str("name"), v.text("value")));
    }
    return new PodSecurityContext(s.pointer(), s.present(), s.bool("runAsNonRoot"), s.integer("runAsUser"),
        s.integer("runAsGroup"), s.integer("fsGroup"), profile(s.obj("seccompProfile")),
        profile(s.obj("appArmorProfile")), seLinux(s.obj("seLinuxOptions")),
        windows(s.obj("windowsOptions")), List.copyOf(sysctls));
  }

  private static Profile profile(View p) {
    return p.present() ? new Profile(p.pointer(), p.str("type"), p.str("localhostProfile")) : null;
  }

  private static SeLinuxOptions seLinux(View s) {
    return s.present() ? new SeLinuxOptions(s.pointer(), s.str("user"), s.str("role"), s.str("type"),
        s.str("level")) : null;
  }

  private static WindowsOptions windows(View w) {
    return w.present() ? new WindowsOptions(w.pointer(), w.bool("hostProcess"), w.str("runAsUserName")) : null;
  }

  /** Pod → container inheritance: the container's field wins where it is set. */
  static EffectiveSecurity effective(SecurityContext c, PodSecurityContext p) {
    return new EffectiveSecurity(
        pick(c.runAsNonRoot(), c.pointer().append("runAsNonRoot"), p.runAsNonRoot(), p.pointer().append("runAsNonRoot")),
        pick(c.runAsUser(), c.pointer().append("runAsUser"), p.runAsUser(), p.pointer().append("runAsUser")),
        pick(c.runAsGroup(), c.pointer().append("runAsGroup"), p.runAsGroup(), p.pointer().append("runAsGroup")),
        pickProfile(c.seccompProfile(), p.seccompProfile()),
        pickProfile(c.appArmorProfile(), p.appArmorProfile()),
        pickSeLinux(c.seLinuxOptions(), p.seLinuxOptions()),
        pickHostProcess(c.windowsOptions(), p.windowsOptions()),
        pickWindowsUser(c.windowsOptions(), p.windowsOptions()));
  }

  private static <T> Located<T> pick(T container, Pointer cp, T pod, Pointer pp) {
    if (container != null) {
      return new Located<>(container, cp);
    }
    return pod != null ? new Located<>(pod, pp) : null;
  }

  private static Located<Profile> pickProfile(Profile container, Profile pod) {
    Profile p = container != null ? container : pod;
    return p == null ? null : new Located<>(p, p.pointer());
  }

  private static Located<SeLinuxOptions> pickSeLinux(SeLinuxOptions container, SeLinuxOptions pod) {
    SeLinuxOptions s = container != null ? container : pod;
    return s == null ? null : new Located<>(s, s.pointer());
  }

  private static Located<Boolean> pickHostProcess(WindowsOptions container, WindowsOptions pod) {
    for (WindowsOptions w : new WindowsOptions[] {container, pod}) {
      if (w != null && w.hostProcess() != null) {
        return new Located<>(w.hostProcess(), w.pointer().append("hostProcess"));
      }
    }
    return null;
  }

  private static Located<String> pickWindowsUser(WindowsOptions container, WindowsOptions pod) {
    for (WindowsOptions w : new WindowsOptions[] {container, pod}) {
      if (w != null && w.runAsUserName() != null) {
        return new Located<>(w.runAsUserName(), w.pointer().append("runAsUserName"));
      }
    }
    return null;
  }

  static Volume volume(View v) {
    String source = null;
    List<String> sources = new ArrayList<>();
    for (String key : v.keys()) {
      if (!key.equals("name")) {
        if (source == null) {
          source = key;
        }
        if (!v.isNull(key)) {
          sources.add(key);
        }
      }
    }
    View hp = v.obj("hostPath");
    HostPath hostPath = hp.present()
        ? new HostPath(hp.pointer(), hp.str("path"), HostPath.normalize(hp.str("path")), hp.str("type"))
        : null;
    Located<String> referenced = null;
    Long defaultMode = null;
    for (String[] ref : new String[][] {{"configMap", "name"}, {"secret", "secretName"}}) {
      View r = v.obj(ref[0]);
      if (r.present()) {
        referenced = new Located<>(r.str(ref[1]), r.at(ref[1]));
        defaultMode = r.integer("defaultMode");
      }
    }
    return new Volume(v.pointer(), v.str("name"), source, hostPath, List.copyOf(sources), referenced, defaultMode);
  }

  static NodeAffinity nodeAffinity(View na) {
    View required = na.obj("requiredDuringSchedulingIgnoredDuringExecution");
    List<NodeAffinity.NodeSelectorTerm> terms = new ArrayList<>();
    for (View t : required.objs("nodeSelectorTerms")) {
      terms.add(new NodeAffinity.NodeSelectorTerm(t.pointer(), requirements(t, "matchExpressions"),
          requirements(t, "matchFields")));
    }
    return new NodeAffinity(na.pointer(), na.present(), List.copyOf(terms));
  }

  private static List<NodeAffinity.NodeSelectorRequirement> requirements(View term, String field) {
    List<NodeAffinity.NodeSelectorRequirement> out = new ArrayList<>();
    for (View r : term.objs(field)) {
      out.add(new NodeAffinity.NodeSelectorRequirement(r.pointer(), r.str("key"), r.str("operator"), values(r)));
    }
    return List.copyOf(out);
  }

  /** Items of a List object that are mappings, with their pointers. */
  public static List<Located<MapNode>> listItems(MapNode list, Pointer at) {
    List<Located<MapNode>> out = new ArrayList<>();
    if (list.get("items") instanceof SeqNode seq) {
      for (int i = 0; i < seq.items().size(); i++) {
        if (seq.items().get(i) instanceof MapNode m) {
          out.add(new Located<>(m, at.append("items").append(i)));
        }
      }
    }
    return out;
  }
}
