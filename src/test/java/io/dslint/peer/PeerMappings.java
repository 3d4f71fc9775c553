package io.dslint.peer;

import java.util.List;
import java.util.Map;

/**
 * Which peer check corresponds to which dslint rule, and why the known disagreements are what
 * they are. Security and host rules are mapped by id even where this build does not have them;
 * their rows say "not evaluated" until it does.
 */
final class PeerMappings {
  static final List<String> PEERS = List.of("polaris", "kube-linter", "checkov");

  /** A peer check and the dslint rules that answer it (it "fires" when any of them fires). */
  record Mapping(String peer, String check, List<String> rules, String note) {}

  /** Why a case disagrees: kind is deliberate, peer-scope, wrapping or bug. */
  record Explanation(String kind, String text) {}

  static final String METHOD = """
      How this is measured: each peer's labelled fixtures (`INDEX.tsv` of `polaris/`, \
      `kube-linter/`, `checkov/`) are read with dslint's own loader. Every workload object is \
      presented to the rules as a DaemonSet: a DaemonSet as is; a Pod's metadata and spec become \
      the pod template (its labels the selector); a Deployment, StatefulSet, ReplicaSet, \
      ReplicationController or Job lends its `spec.template`, `spec.selector` and (as \
      `updateStrategy`) `spec.strategy`; a CronJob its `spec.jobTemplate.spec.template`. The \
      wrapper reuses the original nodes, so findings keep their original line numbers. Only the \
      mapped rules run, as if enabled alone.

      Verdicts follow each peer's label granularity: polaris and checkov label a file (fail = at \
      least one failing object or container), kube-linter labels one object (document). A case \
      agrees when dslint fires exactly on the peer's failing cases. Cases labelled other than \
      pass/fail (checkov `unknown`/`unlabeled`, kube-linter `n/a`) are skipped, and OpenShift \
      DeploymentConfig objects are out of scope (see the corpus README). A rule that is not in \
      the build leaves its rows "not evaluated"; rerun after merging.
      """;

  static final List<Mapping> MAPPINGS = List.of(
      // polaris
      new Mapping("polaris", "cpuRequestsMissing", List.of("missing-cpu-request"), ""),
      new Mapping("polaris", "memoryRequestsMissing", List.of("missing-memory-request"), ""),
      new Mapping("polaris", "cpuLimitsMissing", List.of("missing-cpu-limit"), ""),
      new Mapping("polaris", "memoryLimitsMissing", List.of("missing-memory-limit"), ""),
      new Mapping("polaris", "livenessProbeMissing", List.of("missing-liveness-probe"), ""),
      new Mapping("polaris", "readinessProbeMissing", List.of("missing-readiness-probe"), ""),
      new Mapping("polaris", "tagNotSpecified", List.of("image-latest-tag"), ""),
      new Mapping("polaris", "priorityClassNotSet", List.of("missing-priority-class"), ""),
      new Mapping("polaris", "runAsPrivileged", List.of("privileged-container"), ""),
      new Mapping("polaris", "privilegeEscalationAllowed", List.of("privilege-escalation-allowed"), ""),
      new Mapping("polaris", "dangerousCapabilities", List.of("dangerous-capability"), ""),
      new Mapping("polaris", "insecureCapabilities", List.of("capabilities-not-dropped"),
          "approximate: polaris asks that a list of insecure capabilities be dropped, dslint asks for drop ALL"),
      new Mapping("polaris", "runAsRootAllowed", List.of("run-as-root"), ""),
      new Mapping("polaris", "notReadOnlyRootFilesystem", List.of("writable-root-filesystem"), ""),
      new Mapping("polaris", "hostIPCSet", List.of("host-ipc"), ""),
      new Mapping("polaris", "hostPIDSet", List.of("host-pid"), ""),
      new Mapping("polaris", "hostNetworkSet", List.of("host-network"), ""),
      new Mapping("polaris", "hostPortSet", List.of("host-port"), ""),
      new Mapping("polaris", "sensitiveContainerEnvVar", List.of("env-secret-literal"), "approximate"),
      // kube-linter
      new Mapping("kube-linter", "unset-cpu-requirements", List.of("missing-cpu-request", "missing-cpu-limit"),
          "kube-linter fires when the request or the limit is unset"),
      new Mapping("kube-linter", "unset-memory-requirements", List.of("missing-memory-request", "missing-memory-limit"),
          "kube-linter fires when the request or the limit is unset"),
      new Mapping("kube-linter", "no-liveness-probe", List.of("missing-liveness-probe"), ""),
      new Mapping("kube-linter", "no-readiness-probe", List.of("missing-readiness-probe"), ""),
      new Mapping("kube-linter", "latest-tag", List.of("image-latest-tag"), ""),
      new Mapping("kube-linter", "priority-class-name", List.of("missing-priority-class"),
          "kube-linter checks the name against an allow-list; dslint asks only that one is set"),
      new Mapping("kube-linter", "use-namespace", List.of("default-namespace"), ""),
      new Mapping("kube-linter", "no-rolling-update-strategy", List.of("update-strategy-on-delete"),
          "Deployment strategy read as updateStrategy"),
      new Mapping("kube-linter", "mismatching-selector", List.of("selector-mismatch"), ""),
      new Mapping("kube-linter", "privileged-container", List.of("privileged-container"), ""),
      new Mapping("kube-linter", "privilege-escalation-container", List.of("privilege-escalation-allowed"), ""),
      new Mapping("kube-linter", "run-as-non-root", List.of("run-as-root"), ""),
      new Mapping("kube-linter", "no-read-only-root-fs", List.of("writable-root-filesystem"), ""),
      new Mapping("kube-linter", "drop-net-raw-capability", List.of("capabilities-not-dropped"),
          "approximate: kube-linter asks for NET_RAW dropped, dslint for drop ALL"),
      new Mapping("kube-linter", "host-ipc", List.of("host-ipc"), ""),
      new Mapping("kube-linter", "host-pid", List.of("host-pid"), ""),
      new Mapping("kube-linter", "host-network", List.of("host-network"), ""),
      new Mapping("kube-linter", "docker-sock", List.of("sensitive-host-path"), ""),
      new Mapping("kube-linter", "sensitive-host-mounts", List.of("sensitive-host-path"), ""),
      new Mapping("kube-linter", "writable-host-mount", List.of("writable-host-path"), ""),
      new Mapping("kube-linter", "env-var-secret", List.of("env-secret-literal"), ""),
      // checkov
      new Mapping("checkov", "CKV_K8S_10", List.of("missing-cpu-request"), "CPURequests"),
      new Mapping("checkov", "CKV_K8S_12", List.of("missing-memory-request"), "MemoryRequests"),
      new Mapping("checkov", "CKV_K8S_11", List.of("missing-cpu-limit"), "CPULimits"),
      new Mapping("checkov", "CKV_K8S_13", List.of("missing-memory-limit"), "MemoryLimits"),
      new Mapping("checkov", "CKV_K8S_8", List.of("missing-liveness-probe"), "LivenessProbe"),
      new Mapping("checkov", "CKV_K8S_9", List.of("missing-readiness-probe"), "ReadinessProbe"),
      new Mapping("checkov", "CKV_K8S_14", List.of("image-latest-tag"), "ImageTagFixed"),
      new Mapping("checkov", "CKV_K8S_43", List.of("image-not-pinned"), "ImageDigest"),
      new Mapping("checkov", "CKV_K8S_21", List.of("default-namespace"), "DefaultNamespace"),
      new Mapping("checkov", "CKV_K8S_16", List.of("privileged-container"), "PrivilegedContainers"),
      new Mapping("checkov", "CKV_K8S_17", List.of("host-pid"), "ShareHostPID"),
      new Mapping("checkov", "CKV_K8S_18", List.of("host-ipc"), "ShareHostIPC"),
      new Mapping("checkov", "CKV_K8S_19", List.of("host-network"), "SharedHostNetworkNamespace"),
      new Mapping("checkov", "CKV_K8S_20", List.of("privilege-escalation-allowed"), "AllowPrivilegeEscalation"),
      new Mapping("checkov", "CKV_K8S_22", List.of("writable-root-filesystem"), "ReadOnlyFilesystem"),
      new Mapping("checkov", "CKV_K8S_23", List.of("run-as-root"), "RootContainers"),
      new Mapping("checkov", "CKV_K8S_25", List.of("dangerous-capability"),
          "approximate: checkov fails any added capability"),
      new Mapping("checkov", "CKV_K8S_39", List.of("dangerous-capability"), "AllowedCapabilitiesSysAdmin"),
      new Mapping("checkov", "CKV_K8S_26", List.of("host-port"), "HostPort"),
      new Mapping("checkov", "CKV_K8S_27", List.of("sensitive-host-path"), "DockerSocketVolume"),
      new Mapping("checkov", "CKV_K8S_28", List.of("capabilities-not-dropped"),
          "approximate: checkov asks for NET_RAW dropped"),
      new Mapping("checkov", "CKV_K8S_37", List.of("capabilities-not-dropped"), "MinimizeCapabilities"),
      new Mapping("checkov", "CKV_K8S_31", List.of("missing-seccomp-profile"), "Seccomp"));

  static final List<String> UNMAPPED = List.of(
      "polaris hostPathSet (any hostPath volume): dslint judges hostPath volumes by path "
          + "(sensitive-host-path), mount mode (writable-host-path) and type (host-path-type-unset), "
          + "never their mere presence, which node agents need",
      "polaris linuxHardening (any of seccomp, AppArmor, SELinux or drop ALL): split over "
          + "missing-seccomp-profile and capabilities-not-dropped, which ask for each",
      "polaris procMount, hostProcess; kube-linter unsafe-proc-mount, unsafe-sysctls: Pod Security "
          + "checks, reported by pod-security-baseline with the check id",
      "polaris automountServiceAccountToken, deploymentMissingReplicas, metadataAndInstanceMismatched, "
          + "pullPolicyNotAlways, topologySpreadConstraint; kube-linter default-service-account, "
          + "deprecated-service-account-field, dnsconfig-options, duplicate-env-var, env-value-from, "
          + "liveness-port, readiness-port, startup-port, no-anti-affinity, no-node-affinity, "
          + "privileged-ports, ssh-port, required-annotation-email, required-label-owner, restart-policy; "
          + "checkov CKV_K8S_15, 29, 30, 35, 38, 40, 159: no dslint rule asks this "
          + "(restart-policy and duplicate env vars are api-validation errors)",
      "kube-linter no-extensions-v1beta, kubeconform schema-validation: apiVersion and schema "
          + "checks (api-removed, schema-violation), not comparable after wrapping");

  private static final Explanation FAKE_DIGEST = new Explanation("deliberate",
      "`sha256:123456` is not a digest (sha256 has 64 lowercase hex digits), so the runtime refuses"
          + " to pull the reference; checkov accepts anything after `@`, dslint reports the malformed"
          + " digest (image-not-pinned doc)");

  private static final Explanation PRIORITY_ALLOW_LIST = new Explanation("peer-scope",
      "kube-linter's test configures an allow-list and fails the name `fire`; dslint asks only that a"
          + " priorityClassName is set, whatever its name (missing-priority-class doc)");

  private static final Explanation DROP_BY_NAME = new Explanation("deliberate",
      "the container drops capabilities by name but not `ALL`; dslint asks for `drop: [ALL]` as Pod"
          + " Security `restricted` does, because the runtime's default set differs between runtimes"
          + " and versions (capabilities-not-dropped doc)");

  private static final Explanation SECCOMP_ANNOTATION = new Explanation("deliberate",
      "the profile is set only by the `seccomp.security.alpha.kubernetes.io` annotation, deprecated"
          + " since Kubernetes 1.19 and ignored since 1.27; dslint reads only the `seccompProfile`"
          + " fields (missing-seccomp-profile doc)");

  /**
   * Known disagreements, keyed "peer check path#doc" or "peer check path" (every document of
   * the file).
   */
  private static final Map<String, Explanation> EXPLANATIONS = Map.ofEntries(
      Map.entry("kube-linter no-rolling-update-strategy checks/no-rolling-update-strategy.yml#0",
          new Explanation("deliberate", "strategy type `Other`: a DaemonSet accepts only RollingUpdate"
              + " and OnDelete, so dslint reports only OnDelete here; any other type is rejected by the"
              + " API server and is api-validation's to report (update-strategy-on-delete doc)")),
      Map.entry("kube-linter priority-class-name checks/priority-class-name.yaml", PRIORITY_ALLOW_LIST),
      Map.entry("checkov CKV_K8S_43 example_ImageDigest/imageWithTagAndDigest-PASSED.yaml", FAKE_DIGEST),
      Map.entry("checkov CKV_K8S_43 example_ImageDigest/kafka-PASSED.yaml", FAKE_DIGEST),
      Map.entry("checkov CKV_K8S_43 example_ImageDigest/kafka-withrepo-PASSED.yaml", FAKE_DIGEST),
      // capabilities-not-dropped: drop ALL, not a list of names
      Map.entry("polaris insecureCapabilities checks/insecureCapabilities/success.case.yaml", DROP_BY_NAME),
      Map.entry("polaris insecureCapabilities checks/insecureCapabilities/success.pod.yaml", DROP_BY_NAME),
      Map.entry("polaris insecureCapabilities checks/insecureCapabilities/success.yaml", DROP_BY_NAME),
      Map.entry("checkov CKV_K8S_28 example_DropCapabilities/pod-drop-NET_RAW-capabilities-PASSED.yaml",
          DROP_BY_NAME),
      Map.entry("kube-linter drop-net-raw-capability checks/drop-net-raw-capability.yml#0",
          new Explanation("deliberate", "no capabilities dropped or added (empty `capabilities:`):"
              + " kube-linter reports only a container that adds `NET_RAW`, dslint every container"
              + " that does not drop `ALL`, since the runtime's default set holds `NET_RAW`"
              + " (capabilities-not-dropped doc)")),
      // env-secret-literal: judged by the variable's name
      Map.entry("polaris sensitiveContainerEnvVar checks/sensitiveContainerEnvVar/failure.value_private_key.yaml",
          new Explanation("deliberate", "a private key in the value of `the_good_stuff`: Polaris also"
              + " scans values for key material, dslint judges an env var by its name, which says"
              + " nothing about a secret here (env-secret-literal doc)")),
      Map.entry("kube-linter env-var-secret checks/env-var-secret.yml#2",
          new Explanation("deliberate", "`SECRET_BLAH`: kube-linter fires on any name containing"
              + " `secret`; in dslint a word after the marker that does not name the secret itself"
              + " (`SECRET_NAME`, `TOKEN_URL`) makes the name describe something about the secret"
              + " (env-secret-literal doc)")),
      // privilege-escalation-allowed
      Map.entry("checkov CKV_K8S_20 example_AllowPrivilegeEscalation/pod-to-node-FAILED.yaml",
          new Explanation("deliberate", "the container is privileged (with `allowPrivilegeEscalation:"
              + " true`): a privileged container can always escalate, and privileged-container reports"
              + " it instead (privilege-escalation-allowed doc)")),
      // dangerous-capability
      Map.entry("checkov CKV_K8S_25 example_AllowedCapabilities/cassandra-FAILED.yaml",
          new Explanation("peer-scope", "adds only `IPC_LOCK` (locking memory): checkov's CKV_K8S_25"
              + " fails any added capability, dslint reports the capabilities that reach beyond the"
              + " container (dangerous-capability doc); pod-security-baseline reports `IPC_LOCK`,"
              + " which is outside its allow-list")),
      Map.entry("checkov CKV_K8S_39 example_AllowedCapabilitiesSysAdmin/pod-FAILED2.yaml",
          new Explanation("deliberate", "malformed: `containers:` is null, so there is no capability to"
              + " judge; schema-violation rejects the object. The label is file-name only: checkov's own"
              + " test counts a single failure in the folder, `pod-FAILED.yaml`")),
      // run-as-root
      Map.entry("checkov CKV_K8S_23 example_RootContainers/rootContainersFAILED-malformed-spec.yaml",
          new Explanation("deliberate", "malformed: `spec` is a list, not an object, so the pod has no"
              + " container for run-as-root to judge; schema-violation rejects it, as the API server"
              + " would")),
      Map.entry("checkov CKV_K8S_23 example_RootContainers/rootContainersPASSED.yaml",
          new Explanation("deliberate", "pod `pod4` sets `runAsUser: 1000` without `runAsNonRoot`:"
              + " checkov accepts a non-zero UID, dslint requires `runAsNonRoot: true` as Pod Security"
              + " `restricted` does (run-as-root doc)")),
      // missing-seccomp-profile
      Map.entry("checkov CKV_K8S_31 example_Seccomp/cronjob-seccomp-PASSED.yaml", SECCOMP_ANNOTATION),
      Map.entry("checkov CKV_K8S_31 example_Seccomp/pod-seccomp-PASSED.yaml", SECCOMP_ANNOTATION),
      Map.entry("checkov CKV_K8S_31 example_Seccomp/pod-seccomp-PASSED2.yaml", SECCOMP_ANNOTATION),
      Map.entry("checkov CKV_K8S_31 example_Seccomp/pod-seccomp-PASSED6.yaml", SECCOMP_ANNOTATION));

  static Mapping mapping(String peer, String check) {
    for (Mapping m : MAPPINGS) {
      if (m.peer().equals(peer) && m.check().equals(check)) {
        return m;
      }
    }
    return null;
  }

  static Explanation explain(String key) {
    Explanation e = EXPLANATIONS.get(key);
    int hash = key.lastIndexOf('#');
    return e != null || hash < 0 ? e : EXPLANATIONS.get(key.substring(0, hash));
  }

  private PeerMappings() {}
}
