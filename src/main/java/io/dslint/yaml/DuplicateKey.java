package io.dslint.yaml;

/** A mapping key written twice; the later value wins, as in Kubernetes' lenient decoding. */
public record DuplicateKey(String key, Pointer pointer, Range range, Range first) {}
