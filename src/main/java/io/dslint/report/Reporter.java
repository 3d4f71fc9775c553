package io.dslint.report;

import io.dslint.engine.FileResult;
import io.dslint.engine.ResultListener;
import io.dslint.engine.RunSummary;
import java.io.IOException;

/**
 * One output format. Results arrive as the engine makes them final, in input order: for each
 * input {@link #beginFile}, its results part by part (usually one part per document; see
 * {@link ResultListener}), then {@link #endFile}; {@link #end} closes the run. A reporter writes
 * what it can as parts arrive and keeps as little as its format allows:
 * <ul>
 *   <li>text, gnu, github, codeclimate: write each part at once; text keeps a file's Pod Security
 *       verdicts until the file ends (they follow its findings).</li>
 *   <li>json: writes findings at once; keeps input errors and Pod Security verdicts (one per
 *       DaemonSet, not per finding) for the sections after "findings".</li>
 *   <li>junit: the root element's counts cover the whole run, and a suite's counts its whole
 *       file: it gathers one file, writes that suite to text when the file ends, and keeps the
 *       run's suites as compressed text until {@link #end}.</li>
 *   <li>sarif: the results follow the run's invocation, whose success flag and notifications
 *       depend on every input's errors: it writes each result's JSON as the part arrives and keeps
 *       the run's results as compressed text until {@link #end}.</li>
 * </ul>
 * An input error without a line (the input could not be opened or read) comes in the part where
 * it happened: at a file's start when it could not be opened, after the findings already written
 * when reading failed midway.
 */
public interface Reporter extends ResultListener {
  default void begin() throws IOException {}

  @Override
  default void beginFile(String file) throws IOException {}

  @Override
  void results(FileResult part) throws IOException;

  @Override
  default void endFile(String file) throws IOException {}

  void end(RunSummary summary) throws IOException;

  /** A whole input's result at once (its only part). */
  default void file(FileResult result) throws IOException {
    beginFile(result.file());
    results(result);
    endFile(result.file());
  }
}
