package io.dslint.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.dslint.source.SourceExpander;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings of an earlier run (its json or SARIF output), by {@link Fingerprint}: with
 * --baseline, findings that match one are marked as baseline findings (not reported as new, not
 * counted for the exit code). A baseline finding matches once: two equal findings now against
 * one before leave one new. A finding is matched first against the baseline findings of its own
 * file, then against those of files that are not inputs of this run (renamed or moved).
 */
public final class Baseline {
  /** One earlier finding: its fingerprint and its file (normalised, see {@link #fileKey}). */
  record Entry(String fingerprint, String file) {}

  private final String name;
  private final List<Entry> entries;

  Baseline(String name, List<Entry> entries) {
    this.name = name;
    this.entries = List.copyOf(entries);
  }

  /** A baseline file that cannot be used; the message names the file (and line when known). */
  public static final class BaselineException extends Exception {
    BaselineException(String message) {
      super(message, null, false, false);
    }
  }

  public String name() {
    return name;
  }

  public int size() {
    return entries.size();
  }

  /** Reads a dslint json or SARIF result; {@code name} is how messages name it. */
  public static Baseline read(Path path, String name) throws BaselineException {
    Object root;
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        JsonParser p = new JsonFactory().createParser(in)) {
      p.nextToken();
      root = value(p);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new BaselineException(name + (at != null ? ":" + at.getLineNr() + ":" + at.getColumnNr() : "")
          + ": not a dslint json or SARIF result: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BaselineException("cannot read baseline " + name + ": " + SourceExpander.describe(e));
    }
    List<Entry> entries = new ArrayList<>();
    if (root instanceof Map<?, ?> m && m.get("runs") instanceof List<?> runs) {
      for (Object run : runs) {
        for (Object r : list(map(run).get("results"))) {
          Map<?, ?> result = map(r);
          Object fp = map(result.get("partialFingerprints")).get(Fingerprint.KEY);
          entries.add(new Entry(fp instanceof String s ? s : null, sarifFile(result)));
        }
      }
    } else if (root instanceof Map<?, ?> m && m.get("findings") instanceof List<?> findings) {
      for (Object f : findings) {
        Map<?, ?> finding = map(f);
        entries.add(new Entry(finding.get("fingerprint") instanceof String s ? s : null,
            finding.get("file") instanceof String s ? fileKey(s) : null));
      }
    } else {
      throw new BaselineException(name + ": not a dslint json or SARIF result (no \"findings\" or \"runs\")");
    }
    if (entries.stream().anyMatch(e -> e.fingerprint() == null)) {
      throw new BaselineException(name + ": findings without a " + Fingerprint.KEY + " fingerprint;"
          + " write the baseline again with this dslint (--write-baseline FILE)");
    }
    return new Baseline(name, entries);
  }

  /** The first location's file of a SARIF result, as a {@link #fileKey}. */
  private static String sarifFile(Map<?, ?> result) {
    List<?> locations = list(result.get("locations"));
    if (locations.isEmpty()) {
      return null;
    }
    Object uri = map(map(map(locations.get(0)).get("physicalLocation")).get("artifactLocation")).get("uri");
    if (!(uri instanceof String u)) {
      return null;
    }
    try {
      URI parsed = new URI(u);
      if ("file".equals(parsed.getScheme())) {
        return fileKey(Path.of(parsed).toString());
      }
      return fileKey(parsed.getPath() != null ? parsed.getPath() : u);
    } catch (Exception e) {
      return fileKey(u);
    }
  }

  /** A file name compared across runs: normalised, relative to the working directory if inside it. */
  static String fileKey(String file) {
    try {
      Path p = Path.of(file).normalize();
      if (p.isAbsolute()) {
        Path cwd = Path.of("").toAbsolutePath();
        if (p.startsWith(cwd)) {
          p = cwd.relativize(p);
        }
      }
      return p.toString().replace('\\', '/');
    } catch (RuntimeException e) {
      return file;
    }
  }

  /** Matching state for one run over the given input files (display names). */
  public Matcher matcher(List<String> inputs) {
    return new Matcher(inputs);
  }

  /** Consumes baseline findings as the run's results arrive (on one thread, in input order). */
  public final class Matcher {
    private final Map<String, Map<String, Integer>> byFile = new HashMap<>();
    private final Map<String, Integer> elsewhere = new HashMap<>();
    private String lastFile;
    private Map<String, Integer> own;

    Matcher(List<String> inputs) {
      Set<String> files = new HashSet<>();
      for (String i : inputs) {
        files.add(fileKey(i));
      }
      for (Entry e : entries) {
        if (e.file() != null && files.contains(e.file())) {
          byFile.computeIfAbsent(e.file(), k -> new HashMap<>()).merge(e.fingerprint(), 1, Integer::sum);
        } else {
          elsewhere.merge(e.fingerprint(), 1, Integer::sum);
        }
      }
    }

    /**
     * The result (a whole file, or its next part: parts must come in order) with its active
     * findings that match the baseline marked as such.
     */
    public FileResult apply(FileResult result) {
      if (!result.file().equals(lastFile)) {
        // Parts of one file come one after the other: look its baseline findings up once.
        lastFile = result.file();
        own = byFile.getOrDefault(fileKey(result.file()), new LinkedHashMap<>());
      }
      if (result.findings().isEmpty()) {
        return result;
      }
      List<Finding> out = new ArrayList<>(result.findings().size());
      boolean changed = false;
      for (Finding f : result.findings()) {
        String fingerprint = f.active() ? f.fingerprint() : null;
        if (fingerprint != null && (take(own, fingerprint) || take(elsewhere, fingerprint))) {
          out.add(f.withSuppression(new Suppression(Suppression.Kind.BASELINE, "in the baseline " + name, null, null)));
          changed = true;
        } else {
          out.add(f);
        }
      }
      return changed ? result.withFindings(out) : result;
    }

    private boolean take(Map<String, Integer> counts, String fingerprint) {
      Integer n = counts.get(fingerprint);
      if (n == null || n == 0) {
        return false;
      }
      counts.put(fingerprint, n - 1);
      return true;
    }
  }

  private static Map<?, ?> map(Object o) {
    return o instanceof Map<?, ?> m ? m : Map.of();
  }

  private static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }

  /** A JSON value as maps, lists, strings, numbers, booleans and null. */
  private static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "empty file");
    }
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          m.put(key, value(p));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(value(p));
        }
        return l;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return p.getNumberValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return p.getBooleanValue();
      }
      default -> {
        return null;
      }
    }
  }
}
