package io.dslint.report;

import java.util.List;
import java.util.Map;

/**
 * The part of the SARIF 2.1.0 object model that dslint writes, as records; field names are the
 * SARIF property names. Null fields are left out of the output.
 */
final class Sarif {
  private Sarif() {}

  record Log(String $schema, String version, List<Run> runs) {}

  /** {@code results}: the Result records, written ahead (see SarifReporter). */
  record Run(Tool tool, List<Invocation> invocations, JsonOutput.HeldArray results, String columnKind,
      Map<String, Object> properties) {}

  record Tool(Driver driver) {}

  record Driver(String name, String version, String semanticVersion, String informationUri,
      List<ReportingDescriptor> rules) {}

  record ReportingDescriptor(String id, String name, Message shortDescription,
      Message fullDescription, MultiformatMessage help, String helpUri,
      Configuration defaultConfiguration, Map<String, Object> properties) {}

  record Configuration(String level, Boolean enabled) {}

  record Message(String text) {}

  record MultiformatMessage(String text, String markdown) {}

  record Invocation(Boolean executionSuccessful, List<Notification> toolExecutionNotifications) {}

  record Notification(String level, Message message, List<Location> locations) {}

  record Result(String ruleId, Integer ruleIndex, String level, Message message,
      List<Location> locations, List<Location> relatedLocations,
      Map<String, String> partialFingerprints, Map<String, Object> properties,
      List<Suppression> suppressions, String baselineState) {}

  record Suppression(String kind, String status, String justification, Location location) {}

  record Location(Integer id, PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations,
      Message message) {
    Location(PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations) {
      this(null, physicalLocation, logicalLocations, null);
    }
  }

  record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  record ArtifactLocation(String uri, String uriBaseId) {}

  record Region(Integer startLine, Integer startColumn, Integer endLine, Integer endColumn) {}

  record LogicalLocation(String name, String fullyQualifiedName, String kind) {}
}
