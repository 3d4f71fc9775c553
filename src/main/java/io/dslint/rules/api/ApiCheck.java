package io.dslint.rules.api;

import io.dslint.rules.Rule;

/**
 * One concern area of the API server's validation of a DaemonSet (pkg/apis/apps/validation and
 * pkg/apis/core/validation), applied after the server's defaulting. All of them report as the
 * single rule {@code api-validation}; each class ports one group of checks.
 */
abstract class ApiCheck implements Rule {
  static final String ID = "api-validation";

  @Override
  public final String id() {
    return ID;
  }
}
