package io.dslint.model;

import io.dslint.yaml.Pointer;

/** A seccompProfile or appArmorProfile: type (RuntimeDefault, Localhost, Unconfined) and path. */
public record Profile(Pointer pointer, String type, String localhostProfile) {}
