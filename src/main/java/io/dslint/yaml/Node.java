package io.dslint.yaml;

/**
 * One node of a loaded YAML document, with its source range. The tree is what the API server
 * would see after decoding: aliases expanded, merge keys applied, scalars resolved (YAML 1.1).
 */
public sealed interface Node permits MapNode, SeqNode, ScalarNode {
  Range range();
}
