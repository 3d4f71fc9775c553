package io.dslint.cli;

/** One requested output: a format, written to a file or (when {@code file} is null) stdout. */
record OutputSpec(String format, String file) {}
