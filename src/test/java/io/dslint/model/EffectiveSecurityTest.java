package io.dslint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EffectiveSecurityTest {
  private static final PodSpec SPEC = Models.podSpec("""
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        seccompProfile: {type: RuntimeDefault}
      initContainers:
        - name: init
          image: i
          securityContext: {runAsUser: 0}
      containers:
        - name: inherits
          image: a
        - name: overrides
          image: b
          securityContext:
            runAsNonRoot: false
            seccompProfile: {type: Unconfined}
      """);

  @Test
  void containerInheritsPodValuesWithPodPointers() {
    EffectiveSecurity s = SPEC.containers().get(0).security();
    assertEquals(true, s.runAsNonRoot().value());
    assertEquals("/spec/template/spec/securityContext/runAsNonRoot", s.runAsNonRoot().pointer().toString());
    assertEquals(1000L, s.runAsUser().value());
    assertEquals("RuntimeDefault", s.seccompProfile().value().type());
    assertEquals("/spec/template/spec/securityContext/seccompProfile",
        s.seccompProfile().pointer().toString());
    assertNull(s.runAsGroup());
  }

  @Test
  void containerValuesWin() {
    EffectiveSecurity init = SPEC.initContainers().get(0).security();
    assertEquals(0L, init.runAsUser().value());
    assertEquals("/spec/template/spec/initContainers/0/securityContext/runAsUser",
        init.runAsUser().pointer().toString());
    assertEquals(true, init.runAsNonRoot().value());

    EffectiveSecurity o = SPEC.containers().get(1).security();
    assertEquals(false, o.runAsNonRoot().value());
    assertEquals("/spec/template/spec/containers/1/securityContext/runAsNonRoot",
        o.runAsNonRoot().pointer().toString());
    assertEquals("Unconfined", o.seccompProfile().value().type());
    assertEquals("/spec/template/spec/containers/1/securityContext/seccompProfile",
        o.seccompProfile().pointer().toString());
  }

  @Test
  void windowsOptionsInheritFieldByField() {
    PodSpec spec = Models.podSpec("""
        securityContext:
          windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\SYSTEM"}
        containers:
          - name: inherits
            image: a
          - name: user-only
            image: b
            securityContext:
              windowsOptions: {runAsUserName: ContainerUser}
        """);
    EffectiveSecurity inherits = spec.containers().get(0).security();
    assertEquals("NT AUTHORITY\\SYSTEM", inherits.windowsUserName().value());
    assertEquals("/spec/template/spec/securityContext/windowsOptions/runAsUserName",
        inherits.windowsUserName().pointer().toString());
    EffectiveSecurity userOnly = spec.containers().get(1).security();
    assertEquals("ContainerUser", userOnly.windowsUserName().value());
    assertEquals(true, userOnly.windowsHostProcess().value());
    assertEquals("/spec/template/spec/securityContext/windowsOptions/hostProcess",
        userOnly.windowsHostProcess().pointer().toString());
  }

  @Test
  void nothingSetIsNull() {
    EffectiveSecurity s = Models.podSpec("containers: [{name: a, image: a}]\n").containers().get(0).security();
    assertNull(s.runAsNonRoot());
    assertNull(s.runAsUser());
    assertNull(s.seccompProfile());
  }
}
