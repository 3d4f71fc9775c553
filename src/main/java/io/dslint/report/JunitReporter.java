package io.dslint.report;

import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.engine.ObjectRef;
import io.dslint.engine.RunSummary;
import io.dslint.rules.RuleRegistry;
import io.dslint.source.InputError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI test-report views: one test suite per input file, one test case per
 * DaemonSet and enabled rule (failing when the rule reported on it, with every finding as
 * "file:line:column: …" in the failure text), failing cases for findings on other objects and
 * documents, and an error case per input that could not be read or parsed (which stands for
 * its yaml-syntax finding). Suppressed and baseline findings do not fail a case.
 */
final class JunitReporter implements Reporter {
  private final ReportContext context;
  /** The finished suites' XML, held until the root element's counts are known. */
  private final CompressedText suites = new CompressedText();
  private long tests;
  private long failures;
  private long errors;
  /**
   * The current file's cases: one per DaemonSet and enabled rule, then one per other object and
   * rule with findings, then one per input error; each in the order first seen.
   */
  private Map<String, Case> daemonSetCases;
  private Map<String, Case> otherCases;
  private List<Case> errorCases;

  private record Case(String classname, String name, String file, int line, List<Finding> failures,
      InputError error) {}

  private record Suite(String name, List<Case> cases) {
    long failures() {
      return cases.stream().filter(c -> !c.failures().isEmpty()).count();
    }

    long errors() {
      return cases.stream().filter(c -> c.error() != null).count();
    }
  }

  JunitReporter(ReportContext context) {
    this.context = context;
  }

  @Override
  public void beginFile(String file) {
    daemonSetCases = new LinkedHashMap<>();
    otherCases = new LinkedHashMap<>();
    errorCases = new ArrayList<>();
  }

  @Override
  public void results(FileResult result) {
    for (ObjectRef o : result.objectRefs()) {
      if ("DaemonSet".equals(o.kind())) {
        for (String rule : context.enabledRules()) {
          daemonSetCases.put(key(o, rule), new Case(classname(o), rule, result.file(), 0, new ArrayList<>(), null));
        }
      }
    }
    for (Finding f : result.activeFindings()) {
      if (f.ruleId().equals(RuleRegistry.YAML_SYNTAX)) {
        continue; // the input error case below stands for it
      }
      String key = key(f.object(), f.ruleId());
      Case c = daemonSetCases.containsKey(key) ? daemonSetCases.get(key) : otherCases.computeIfAbsent(key,
          k -> new Case(classname(f.object()), f.ruleId(), result.file(), f.line(), new ArrayList<>(), null));
      c.failures().add(f);
    }
    for (InputError e : result.errors()) {
      errorCases.add(new Case(result.file(), "input", result.file(), e.line(), List.of(), e));
    }
  }

  /**
   * The file's suite is complete: written to the held text now, so that only its counts and
   * compressed text stay for the root element, whose counts cover the run.
   */
  @Override
  public void endFile(String file) throws IOException {
    List<Case> all = new ArrayList<>(daemonSetCases.values());
    all.addAll(otherCases.values());
    all.addAll(errorCases);
    daemonSetCases = null;
    otherCases = null;
    errorCases = null;
    Suite s = new Suite(file, all);
    tests += all.size();
    failures += s.failures();
    errors += s.errors();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(suites.writer());
      w.writeCharacters("\n  ");
      w.writeStartElement("testsuite");
      w.writeAttribute("name", Printable.xml(s.name()));
      w.writeAttribute("tests", Integer.toString(s.cases().size()));
      w.writeAttribute("failures", Long.toString(s.failures()));
      w.writeAttribute("errors", Long.toString(s.errors()));
      w.writeAttribute("skipped", "0");
      w.writeAttribute("time", "0");
      for (Case c : s.cases()) {
        writeCase(w, c);
      }
      w.writeCharacters("\n  ");
      w.writeEndElement();
      w.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  private static String key(ObjectRef o, String rule) {
    return o.document() + "\u0000" + o.label() + "\u0000" + rule;
  }

  private static String classname(ObjectRef o) {
    return o.kind() == null ? o.label() : o.label() + " (document " + o.document() + ")";
  }

  @Override
  public void end(RunSummary summary) throws IOException {
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(context.out());
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("testsuites");
      w.writeAttribute("name", "dslint");
      w.writeAttribute("tests", Long.toString(tests));
      w.writeAttribute("failures", Long.toString(failures));
      w.writeAttribute("errors", Long.toString(errors));
      w.writeAttribute("time", "0");
      w.writeCharacters(""); // ends the start tag: the suites follow as text
      w.flush();
      suites.copyTo(context.out());
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.flush();
      context.out().flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  private static void writeCase(XMLStreamWriter w, Case c) throws XMLStreamException {
    w.writeCharacters("\n    ");
    w.writeStartElement("testcase");
    w.writeAttribute("classname", Printable.xml(c.classname()));
    w.writeAttribute("name", Printable.xml(c.name()));
    w.writeAttribute("file", Printable.xml(c.file()));
    int line = c.error() != null ? c.error().line() : c.failures().isEmpty() ? 0 : c.failures().get(0).line();
    if (line > 0) {
      w.writeAttribute("line", Integer.toString(line));
    }
    w.writeAttribute("time", "0");
    if (!c.failures().isEmpty()) {
      Finding first = c.failures().get(0);
      w.writeStartElement("failure");
      w.writeAttribute("message", Printable.xml(first.message()));
      w.writeAttribute("type", Printable.xml(first.severity().id()));
      StringBuilder text = new StringBuilder();
      for (Finding f : c.failures()) {
        text.append(f.file()).append(':').append(f.line()).append(':').append(f.column()).append(": ")
            .append(f.severity().id()).append(": ").append(f.fullMessage()).append(" [").append(f.ruleId())
            .append("]\n");
      }
      w.writeCharacters(Printable.xml(text.toString()));
      w.writeEndElement();
    } else if (c.error() != null) {
      InputError e = c.error();
      w.writeStartElement("error");
      w.writeAttribute("message", Printable.xml(e.message()));
      w.writeAttribute("type", "input");
      w.writeCharacters(Printable.xml(e.file() + (e.line() > 0 ? ":" + e.line() + ":" + e.column() : "") + ": " + e.message() + "\n"));
      w.writeEndElement();
    }
    w.writeEndElement();
  }
}
