package io.dslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Artifact URIs as SARIF consumers require them (found by Microsoft's SARIF validator). */
class SarifUriTest {
  @Test
  void relativePathsStayRelativeUnderSrcRoot() {
    Sarif.ArtifactLocation a = SarifReporter.artifact("./deploy/my agent.yaml");
    assertEquals("deploy/my%20agent.yaml", a.uri());
    assertEquals("%SRCROOT%", a.uriBaseId());
  }

  @Test
  void pathsOutsideTheWorkingDirectoryBecomeNormalisedFileUris() {
    Sarif.ArtifactLocation up = SarifReporter.artifact("../shared/x.yaml");
    assertTrue(up.uri().startsWith("file:///"), up.uri());
    assertFalse(up.uri().contains(".."), up.uri());
    assertNull(up.uriBaseId());
    Sarif.ArtifactLocation abs = SarifReporter.artifact("/work/main/../shared/x.yaml");
    assertEquals("file:///work/shared/x.yaml", abs.uri());
  }
}
