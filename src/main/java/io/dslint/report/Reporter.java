package io.dslint.report;

import io.dslint.engine.FileResult;
import io.dslint.engine.RunSummary;
import java.io.IOException;

/**
 * One output format. Results arrive file by file in input order; formats that need the whole
 * run (SARIF, JSON's trailing errors) hold what they need until {@link #end}.
 */
public interface Reporter {
  default void begin() throws IOException {}

  void file(FileResult result) throws IOException;

  void end(RunSummary summary) throws IOException;
}
