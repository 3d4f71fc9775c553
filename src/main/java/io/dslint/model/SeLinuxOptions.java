package io.dslint.model;

import io.dslint.yaml.Pointer;

/** seLinuxOptions. */
public record SeLinuxOptions(Pointer pointer, String user, String role, String type, String level) {}
