package io.dslint.rules.api;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiSyntaxTest {
  @ParameterizedTest
  @ValueSource(strings = {"a", "log-agent", "a1", "1a"})
  void labels(String v) {
    assertNull(ApiSyntax.dns1123Label(v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "-a", "a-", "a.b", "a_b"})
  void notLabels(String v) {
    assertNotNull(ApiSyntax.dns1123Label(v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "a.b", "log-agent.v2", "0.0.0"})
  void subdomains(String v) {
    assertNull(ApiSyntax.dns1123Subdomain(v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A.b", "a..b", ".a", "a.", "a_b"})
  void notSubdomains(String v) {
    assertNotNull(ApiSyntax.dns1123Subdomain(v));
  }

  @Test
  void labelLength() {
    assertNull(ApiSyntax.dns1123Label("x".repeat(63)));
    assertNotNull(ApiSyntax.dns1123Label("x".repeat(64)));
  }

  @Test
  void subdomainLength() {
    assertNull(ApiSyntax.dns1123Subdomain("a".repeat(253)));
    assertNotNull(ApiSyntax.dns1123Subdomain("a".repeat(254)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"app", "App_1", "app.kubernetes.io/name", "example.com/a-b.c", "a.b/C"})
  void qualifiedNames(String v) {
    assertNull(ApiSyntax.qualifiedName(v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/a", "a/", "a/b/c", "Example.com/a", "-a", "a b", "a!"})
  void notQualifiedNames(String v) {
    assertNotNull(ApiSyntax.qualifiedName(v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "v1", "Edge_1", "a.b-c", "x"})
  void labelValues(String v) {
    assertNull(ApiSyntax.labelValue(v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-a", "a-", "a b", "a/b"})
  void notLabelValues(String v) {
    assertNotNull(ApiSyntax.labelValue(v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "metrics", "h2c", "dns-tcp", "a23456789012345"})
  void portNames(String v) {
    assertNull(ApiSyntax.portName(v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "80", "a234567890123456", "HTTP", "http_port", "-http", "http-", "dns--tcp"})
  void notPortNames(String v) {
    assertNotNull(ApiSyntax.portName(v));
  }

  @Test
  void envNamesRelaxedIn132() {
    assertNotNull(ApiSyntax.envVarName("1st", 31));
    assertNull(ApiSyntax.envVarName("1st", 32));
    assertNull(ApiSyntax.envVarName("_a.b-c", 30));
    assertNotNull(ApiSyntax.envVarName("A=B", 35));
    assertNull(ApiSyntax.envVarName("with space", 35));
  }

  @Test
  void percentages() {
    org.junit.jupiter.api.Assertions.assertTrue(ApiSyntax.isPercent("10%"));
    org.junit.jupiter.api.Assertions.assertFalse(ApiSyntax.isPercent("1"));
    org.junit.jupiter.api.Assertions.assertFalse(ApiSyntax.isPercent("-1%"));
    org.junit.jupiter.api.Assertions.assertFalse(ApiSyntax.isPercent("1.5%"));
  }
}
