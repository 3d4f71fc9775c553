package io.dslint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter.Indenter;
import com.fasterxml.jackson.core.util.Separators;
import io.dslint.engine.Finding;
import io.dslint.engine.Fingerprint;
import io.dslint.engine.ObjectRef;
import io.dslint.engine.RunSummary;
import io.dslint.engine.Suppression;
import io.dslint.rules.Severity;
import io.dslint.source.InputError;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON writing shared by the machine formats (and the coverage command's json): a
 * pretty-printing generator with stable, platform-independent layout, a writer for typed records
 * (SARIF's object model) that emits components in declaration order and leaves out nulls, and
 * the json format's finding, input error and summary objects.
 */
public final class JsonOutput {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Record components per class, looked up once (getRecordComponents copies on every call). */
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      for (RecordComponent c : components) {
        c.getAccessor().setAccessible(true);
      }
      return components;
    }
  };

  private JsonOutput() {}

  public static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(printer(0));
    return g;
  }

  /**
   * A generator for values that will stand, one after the other, as the elements of an array
   * nested {@code depth} levels deep in a document written by {@link #generator}: the same text
   * those elements would have there, indentation included, with the separator between them.
   * {@link #spliceArray} puts that text in place.
   */
  static JsonGenerator elementsGenerator(Writer out, int depth) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultPrettyPrinter pp = printer(depth);
    g.setPrettyPrinter(pp.withRootSeparator(",\n" + INDENT.repeat(depth)));
    return g;
  }

  /**
   * Writes an array whose elements are the text written through an {@link #elementsGenerator}
   * (nothing when {@code elements} is empty), with the separators and indentation the generator
   * would have written around them itself.
   */
  static void spliceArray(JsonGenerator g, CompressedText elements) throws IOException {
    g.writeStartArray();
    if (!elements.isEmpty()) {
      g.writeRawValue(""); // the pretty printer's line break before a first element, and the count
      elements.copyTo(new Writer() {
        @Override
        public void write(char[] text, int off, int len) throws IOException {
          g.writeRaw(text, off, len);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      });
    }
    g.writeEndArray();
  }

  /** An array whose elements were written ahead through an {@link #elementsGenerator}. */
  record HeldArray(CompressedText elements) {}

  private static final String INDENT = "  ";

  private static DefaultPrettyPrinter printer(int depth) {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    Indenter base = new DefaultIndenter(INDENT, "\n");
    Indenter indenter = depth == 0 ? base : new Shifted(base, depth);
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /** An indenter for text that will stand {@code by} levels deeper than where it is written. */
  private record Shifted(Indenter base, int by) implements Indenter {
    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
      base.writeIndentation(g, level + by);
    }

    @Override
    public boolean isInline() {
      return base.isInline();
    }
  }

  /** Writes records, maps, lists, strings, numbers and booleans; null record fields are omitted. */
  public static void write(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof Double d) {
      g.writeNumber(d);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        write(g, o);
      }
      g.writeEndArray();
    } else if (value instanceof HeldArray held) {
      spliceArray(g, held.elements());
    } else if (value instanceof Record record) {
      g.writeStartObject();
      for (RecordComponent c : COMPONENTS.get(record.getClass())) {
        Object v = component(record, c);
        if (v != null) {
          g.writeFieldName(c.getName());
          write(g, v);
        }
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
    }
  }

  private static Object component(Record record, RecordComponent c) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass(), e);
    }
  }

  /** One finding of the json format (CONTRACT.md). */
  public static void finding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeStringField("severity", f.severity().id());
    g.writeStringField("message", f.message());
    g.writeStringField("file", f.file());
    g.writeNumberField("line", f.range().startLine());
    g.writeNumberField("column", f.range().startColumn());
    g.writeNumberField("endLine", f.range().endLine());
    g.writeNumberField("endColumn", f.range().endColumn());
    String pointer = f.pointer().toString();
    g.writeStringField("pointer", pointer);
    if (f.origin() != null) {
      g.writeStringField("origin", f.origin());
    }
    ObjectRef o = f.object();
    g.writeObjectFieldStart("object");
    g.writeStringField("apiVersion", o.apiVersion());
    g.writeStringField("kind", o.kind());
    g.writeStringField("namespace", o.namespace());
    g.writeStringField("name", o.name());
    g.writeNumberField("document", o.document());
    g.writeEndObject();
    if (!f.properties().isEmpty()) {
      g.writeFieldName("properties");
      write(g, f.properties());
    }
    g.writeStringField("fingerprint", Fingerprint.of(f, pointer));
    g.writeBooleanField("suppressed", f.suppressed());
    Suppression s = f.suppression();
    if (s != null) {
      g.writeObjectFieldStart("suppression");
      g.writeStringField("kind", s.kind().id());
      g.writeStringField("reason", s.reason());
      if (s.file() != null) {
        g.writeStringField("file", s.file());
        g.writeNumberField("line", s.range().startLine());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** One entry of the json format's "errors". */
  public static void error(JsonGenerator g, InputError e) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", e.file());
    g.writeNumberField("line", e.line());
    g.writeNumberField("column", e.column());
    g.writeStringField("message", e.message());
    g.writeEndObject();
  }

  /** The json format's "summary". */
  public static Map<String, Object> summary(RunSummary s) {
    Map<String, Object> findings = new LinkedHashMap<>();
    for (Severity sev : Severity.values()) {
      findings.put(sev.id(), s.findings(sev));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("files", s.files());
    m.put("documents", s.documents());
    m.put("objects", s.objects());
    m.put("daemonSets", s.daemonSets());
    m.put("nonKubernetesDocuments", s.nonKubernetesDocuments());
    m.put("inputErrors", s.errors());
    m.put("findings", findings);
    m.put("suppressed", s.suppressed());
    m.put("baseline", s.baselined());
    return m;
  }
}
