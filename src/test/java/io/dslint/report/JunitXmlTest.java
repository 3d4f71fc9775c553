package io.dslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.cli.Cli;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML is well-formed and its counts agree with its test cases, as consumers check. */
class JunitXmlTest {
  @Test
  void countsAgreeAndFailuresCarryPositions() throws Exception {
    String xml = Cli.run("lint", "-f", "junit", "--fail-on", "none", "testdata").out();
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element root = doc.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    NodeList suites = root.getElementsByTagName("testsuite");
    int tests = 0;
    int failures = 0;
    int errors = 0;
    for (int i = 0; i < suites.getLength(); i++) {
      Element suite = (Element) suites.item(i);
      NodeList cases = suite.getElementsByTagName("testcase");
      int suiteFailures = suite.getElementsByTagName("failure").getLength();
      int suiteErrors = suite.getElementsByTagName("error").getLength();
      assertEquals(cases.getLength(), Integer.parseInt(suite.getAttribute("tests")));
      assertEquals(suiteFailures, Integer.parseInt(suite.getAttribute("failures")));
      assertEquals(suiteErrors, Integer.parseInt(suite.getAttribute("errors")));
      tests += cases.getLength();
      failures += suiteFailures;
      errors += suiteErrors;
      NodeList failureNodes = suite.getElementsByTagName("failure");
      for (int j = 0; j < failureNodes.getLength(); j++) {
        String text = failureNodes.item(j).getTextContent();
        assertTrue(text.startsWith(suite.getAttribute("name") + ":"), text);
      }
    }
    assertEquals(tests, Integer.parseInt(root.getAttribute("tests")));
    assertEquals(failures, Integer.parseInt(root.getAttribute("failures")));
    assertEquals(errors, Integer.parseInt(root.getAttribute("errors")));
    assertTrue(failures > 0 && errors > 0, "testdata has both findings and broken inputs");
  }
}
