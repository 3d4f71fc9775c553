package io.dslint.rules.pss;

import io.dslint.yaml.Pointer;

/**
 * One offending field found by a Pod Security check: the check (id and level), the field's
 * pointer (for an absent required field, the pointer it should have) and what is wrong there.
 */
public record Violation(String checkId, PssLevel level, Pointer pointer, String detail) {
  /** The finding message: the check id first, as Pod Security Admission names it. */
  public String message() {
    return checkId + ": " + detail;
  }
}
