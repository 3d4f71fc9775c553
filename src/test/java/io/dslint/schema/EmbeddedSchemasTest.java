package io.dslint.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated schemas: each embedded version has its marker field in the DaemonSet schema and
 * the previous version does not (so the client release → Kubernetes map is right), and the
 * schemas have the properties dslint relies on.
 */
class EmbeddedSchemasTest {
  private static final String POD = "/properties/spec/properties/template/properties/spec";
  private static final String CONTAINER = POD + "/properties/containers/items";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** First appearance of a field in the DaemonSet graph, per embedded version. */
  private static final Map<String, String> MARKERS = new LinkedHashMap<>();

  static {
    MARKERS.put("1.25", POD + "/properties/hostUsers");
    MARKERS.put("1.27", CONTAINER + "/properties/resizePolicy");
    MARKERS.put("1.28", CONTAINER + "/properties/restartPolicy");
    MARKERS.put("1.30", CONTAINER + "/properties/volumeMounts/items/properties/recursiveReadOnly");
    MARKERS.put("1.31", POD + "/properties/securityContext/properties/supplementalGroupsPolicy");
    MARKERS.put("1.32", POD + "/properties/resources");
    MARKERS.put("1.33", CONTAINER + "/properties/lifecycle/properties/stopSignal");
    MARKERS.put("1.34", POD + "/properties/hostnameOverride");
    MARKERS.put("1.35", POD + "/properties/workloadRef");
    MARKERS.put("1.36", POD + "/properties/schedulingGroup");
  }

  static JsonNode daemonSet(String version) throws IOException {
    try (InputStream in = EmbeddedSchemasTest.class.getResourceAsStream(
        "/dslint/schemas/v" + version + "-standalone-strict/daemonset-apps-v1.json")) {
      assertNotNull(in, "no DaemonSet schema for " + version);
      return MAPPER.readTree(in);
    }
  }

  @Test
  void everyEmbeddedVersionHasItsMarkerAndThePreviousOneDoesNot() throws IOException {
    List<String> versions = KubernetesVersions.embedded().versions();
    assertEquals(List.copyOf(MARKERS.keySet()), versions);
    String previous = null;
    for (String v : versions) {
      String marker = MARKERS.get(v);
      assertFalse(daemonSet(v).at(marker).isMissingNode(), v + " lacks " + marker);
      if (previous != null) {
        assertTrue(daemonSet(previous).at(marker).isMissingNode(), previous + " already has " + marker);
      }
      previous = v;
    }
  }

  @Test
  void strictNullableIntOrStringAndQuantity() throws IOException {
    JsonNode ds = daemonSet(KubernetesVersions.embedded().newest());
    assertFalse(ds.get("additionalProperties").asBoolean(true), "top level is closed");
    JsonNode container = ds.at(CONTAINER);
    assertEquals("\"string\"", container.at("/properties/name/type").toString(), "a required field is not nullable");
    assertTrue(container.at("/required").toString().contains("\"name\""));
    assertEquals("[\"string\",\"null\"]", container.at("/properties/image/type").toString());
    assertEquals("[\"integer\",\"string\",\"null\"]",
        ds.at("/properties/spec/properties/updateStrategy/properties/rollingUpdate/properties/maxSurge/type").toString());
    assertEquals("[\"number\",\"string\",\"null\"]",
        container.at("/properties/resources/properties/limits/additionalProperties/type").toString());
    assertTrue(ds.at("/properties/status/required").isMissingNode(), "status is not required to be complete");
  }

  @Test
  void crdSchemaUsesLocalDefinitionsForRecursion() throws IOException {
    try (InputStream in = getClass().getResourceAsStream(
        "/dslint/schemas/v1.35-standalone-strict/customresourcedefinition-apiextensions-v1.json")) {
      JsonNode crd = MAPPER.readTree(in);
      assertNotNull(crd.at("/definitions/V1JSONSchemaProps").get("properties"));
    }
    try (InputStream in = getClass().getResourceAsStream("/dslint/schemas/v1.35-standalone-strict/notakind-v1.json")) {
      assertNull(in);
    }
  }
}
