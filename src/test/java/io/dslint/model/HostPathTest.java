package io.dslint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostPathTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "/etc|/etc",
      "//etc|/etc",
      "/etc/|/etc",
      "/etc/./kubernetes/|/etc/kubernetes",
      "/etc/../etc/kubernetes|/etc/kubernetes",
      "/../..|/",
      "/|/",
      "///|/",
      "/var/run|/run",
      "/var/run/|/run",
      "/var/run/docker.sock|/run/docker.sock",
      "//var//run//crio/crio.sock|/run/crio/crio.sock",
      "/var/running|/var/running",
      "/var/lib/../run/x|/run/x",
      "/Var/Run|/Var/Run",
      "C:\\var\\lib\\kubelet|/var/lib/kubelet",
      "c:/var/lib/kubelet/|/var/lib/kubelet",
      "C:\\Var\\Lib\\Kubelet\\|/var/lib/kubelet",
      "C:\\|/",
      "\\var\\lib\\kubelet\\pods|/var/lib/kubelet/pods",
      "C:\\var\\run\\x|/var/run/x",
      "\\\\.\\pipe\\docker_engine|\\\\.\\pipe\\docker_engine",
      "\\\\.\\pipe\\Docker_Engine|\\\\.\\pipe\\docker_engine",
      "//./pipe/csi-proxy-v1|\\\\.\\pipe\\csi-proxy-v1",
      "var/log|var/log",
      "''|''",
  })
  void normalizes(String path, String expected) {
    assertEquals(expected, HostPath.normalize(path));
  }

  @Test
  void normalizeKeepsNull() {
    assertNull(HostPath.normalize(null));
  }

  @Test
  void within() {
    assertTrue(HostPath.isWithin("/var/lib/kubelet", "/var"));
    assertTrue(HostPath.isWithin("/var/lib/kubelet", "/var/lib/kubelet"));
    assertTrue(HostPath.isWithin("/var/lib/kubelet", "/"));
    assertFalse(HostPath.isWithin("/var/lib/kubelet", "/var/lib/kube"));
    assertFalse(HostPath.isWithin("/var", "/var/lib"));
    assertFalse(HostPath.isWithin("\\\\.\\pipe\\docker_engine", "/"));
    assertFalse(HostPath.isWithin("/etc", null));
  }

  @Test
  void builtVolumesCarryNormalizedPathAndType() {
    PodSpec spec = Models.podSpec("""
        containers: [{name: a, image: a}]
        volumes:
          - {name: sock, hostPath: {path: /var/run/docker.sock/, type: Socket}}
          - {name: pipe, hostPath: {path: '\\\\.\\pipe\\csi-proxy-disk-v1', type: ""}}
          - {name: untyped, hostPath: {path: /var/log}}
          - {name: cm, configMap: {name: x}}
        """);
    HostPath sock = spec.volume("sock").hostPath();
    assertEquals("/var/run/docker.sock/", sock.path());
    assertEquals("/run/docker.sock", sock.normalizedPath());
    assertFalse(sock.typeUnset());
    assertFalse(sock.isNamedPipe());
    HostPath pipe = spec.volume("pipe").hostPath();
    assertTrue(pipe.isNamedPipe());
    assertTrue(pipe.typeUnset());
    assertTrue(spec.volume("untyped").hostPath().typeUnset());
    assertNull(spec.volume("cm").hostPath());
    assertEquals("/spec/template/spec/volumes/0/hostPath", sock.pointer().toString());
  }
}
