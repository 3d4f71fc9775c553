package io.dslint.rules.pss;

import java.util.List;

/**
 * Which Pod Security level a pod template satisfies at a policy version: the strictest level it
 * satisfies, and for each enforcing level the checks it fails there (empty when it passes).
 */
public record Verdict(PolicyVersion version, PssLevel level, List<String> baselineViolations,
    List<String> restrictedViolations) {

  /** The next stricter level, or null when the template satisfies restricted. */
  public PssLevel nextLevel() {
    return level.next();
  }

  /** The checks that stop the template from reaching the next level (empty at restricted). */
  public List<String> blockers() {
    PssLevel next = nextLevel();
    if (next == null) {
      return List.of();
    }
    return violationsAt(next);
  }

  public List<String> violationsAt(PssLevel l) {
    return switch (l) {
      case PRIVILEGED -> List.of();
      case BASELINE -> baselineViolations;
      case RESTRICTED -> restrictedViolations;
    };
  }
}
