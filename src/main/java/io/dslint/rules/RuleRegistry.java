package io.dslint.rules;

import io.dslint.rules.api.ContainerValidation;
import io.dslint.rules.api.EnvValidation;
import io.dslint.rules.api.NameValidation;
import io.dslint.rules.api.PodSpecValidation;
import io.dslint.rules.api.PortValidation;
import io.dslint.rules.api.ProbeValidation;
import io.dslint.rules.api.ResourceValidation;
import io.dslint.rules.api.SelectorMismatch;
import io.dslint.rules.api.TolerationValidation;
import io.dslint.rules.api.UpdateStrategyValidation;
import io.dslint.rules.api.VolumeMountValidation;
import io.dslint.rules.api.VolumeValidation;
import io.dslint.rules.host.HostNamespace;
import io.dslint.rules.host.HostPathTypeUnset;
import io.dslint.rules.host.HostPort;
import io.dslint.rules.host.MaxSurgeWithHostPort;
import io.dslint.rules.host.SensitiveHostPath;
import io.dslint.rules.host.WritableHostPath;
import io.dslint.rules.images.ImageLatestTag;
import io.dslint.rules.images.ImageNotPinned;
import io.dslint.rules.metadata.DefaultNamespace;
import io.dslint.rules.probes.MissingLivenessProbe;
import io.dslint.rules.probes.MissingReadinessProbe;
import io.dslint.rules.resources.MissingResource;
import io.dslint.rules.rollout.UpdateStrategyOnDelete;
import io.dslint.rules.scheduling.DeprecatedMasterToleration;
import io.dslint.rules.scheduling.MissingControlPlaneToleration;
import io.dslint.rules.scheduling.MissingOsNodeSelector;
import io.dslint.rules.scheduling.MissingPriorityClass;
import io.dslint.rules.security.CapabilitiesNotDropped;
import io.dslint.rules.security.DangerousCapability;
import io.dslint.rules.security.EnvSecretLiteral;
import io.dslint.rules.security.MissingSeccompProfile;
import io.dslint.rules.security.PrivilegeEscalationAllowed;
import io.dslint.rules.pss.PodSecurityBaseline;
import io.dslint.rules.pss.PodSecurityRestricted;
import io.dslint.rules.security.PrivilegedContainer;
import io.dslint.rules.security.RunAsRoot;
import io.dslint.rules.security.WritableRootFilesystem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The explicit list of rules: no class-path scanning or reflection at start-up. Rules the
 * pipeline itself reports (the loader's, the object checks' and the coverage command's) have ids
 * and docs but no class.
 */
public final class RuleRegistry {
  public static final String YAML_SYNTAX = "yaml-syntax";
  public static final String YAML_DUPLICATE_KEY = "yaml-duplicate-key";
  public static final String SCHEMA_VIOLATION = "schema-violation";
  /** Reported by the coverage command (io.dslint.coverage), never by lint: off by default. */
  public static final String NODE_COVERAGE_GAP = "node-coverage-gap";
  public static final String API_REMOVED = "api-removed";
  public static final String UNKNOWN_KIND = "unknown-kind";
  public static final String DUPLICATE_OBJECT = "duplicate-object";
  public static final String SELECTOR_MISMATCH = "selector-mismatch";
  public static final String API_VALIDATION = "api-validation";

  private static final List<String> PIPELINE_IDS = List.of(YAML_SYNTAX, YAML_DUPLICATE_KEY, SCHEMA_VIOLATION,
      API_REMOVED, UNKNOWN_KIND, DUPLICATE_OBJECT, NODE_COVERAGE_GAP);

  /** What the engine reports about suppressions themselves (see engine.Suppressor). */
  public static final String SUPPRESSION_MISSING_REASON = "suppression-missing-reason";
  public static final String SUPPRESSION_UNUSED = "suppression-unused";
  public static final String SUPPRESSION_MISPLACED = "suppression-misplaced";

  /** The suppression rules: reported by the engine, never suppressed themselves. */
  public static final List<String> SUPPRESSION_IDS =
      List.of(SUPPRESSION_MISSING_REASON, SUPPRESSION_UNUSED, SUPPRESSION_MISPLACED);

  /** Rule classes, in catalog order, created for one run's options. */
  public static List<Rule> builtinRules(RuleOptions options) {
    return List.of(
        new SelectorMismatch(),
        // api-validation: the API server's own checks, one class per concern area
        new NameValidation(),
        new ContainerValidation(),
        new PortValidation(),
        new VolumeValidation(),
        new VolumeMountValidation(),
        new ResourceValidation(),
        new ProbeValidation(),
        new EnvValidation(options.kubernetesVersion()),
        new TolerationValidation(),
        new UpdateStrategyValidation(),
        new PodSpecValidation(),
        // resources
        MissingResource.cpuRequest(),
        MissingResource.memoryRequest(),
        MissingResource.cpuLimit(),
        MissingResource.memoryLimit(),
        // probes
        new MissingLivenessProbe(),
        new MissingReadinessProbe(),
        // security: container isolation and secrets
        new PrivilegedContainer(),
        new PrivilegeEscalationAllowed(),
        new DangerousCapability(options),
        new CapabilitiesNotDropped(),
        new RunAsRoot(),
        new WritableRootFilesystem(),
        new MissingSeccompProfile(),
        new EnvSecretLiteral(options),
        // host: what the pod shares with the node
        new SensitiveHostPath(options),
        new WritableHostPath(),
        new HostPathTypeUnset(),
        HostNamespace.network(),
        HostNamespace.pid(),
        HostNamespace.ipc(),
        new HostPort(),
        new MaxSurgeWithHostPort(),
        // images
        new ImageLatestTag(),
        new ImageNotPinned(),
        // scheduling
        new MissingControlPlaneToleration(),
        new DeprecatedMasterToleration(),
        new MissingPriorityClass(),
        new MissingOsNodeSelector(),
        // rollout
        new UpdateStrategyOnDelete(),
        // metadata
        new DefaultNamespace(),
        // Pod Security Standards (enabled by --pss-level)
        new PodSecurityBaseline(options),
        new PodSecurityRestricted(options));
  }

  /**
   * Every rule id once, pipeline rules first and the suppression rules last, as the catalog
   * lists them (several classes may share an id: the api-validation checks are one rule to users).
   */
  public static final List<String> ALL_IDS = allIds();

  private static List<String> allIds() {
    Set<String> ids = new LinkedHashSet<>(PIPELINE_IDS);
    for (Rule r : builtinRules(RuleOptions.defaults())) {
      ids.add(r.id());
    }
    ids.addAll(SUPPRESSION_IDS);
    return List.copyOf(ids);
  }

  /** The configurable lists of a built-in rule (none for unknown ids and rules without any). */
  public static List<Parameter> parameters(String ruleId) {
    for (Rule r : builtinRules(RuleOptions.defaults())) {
      if (r.id().equals(ruleId)) {
        return r.parameters();
      }
    }
    return List.of();
  }

  private RuleRegistry() {}
}
