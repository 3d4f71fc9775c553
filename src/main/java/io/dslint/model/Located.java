package io.dslint.model;

import io.dslint.yaml.Pointer;

/** A value with the pointer of the field that set it (for effective, inherited values). */
public record Located<T>(T value, Pointer pointer) {}
