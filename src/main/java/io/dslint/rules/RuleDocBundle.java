package io.dslint.rules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rule docs ({@code rules/<id>.md}) packed by the build into one class-path resource.
 * Every run needs every rule's severity and default state, and looking up 45 resources in the
 * jar one by one took about 50 ms of a cold start (the class loader's URL and jar-connection
 * path, run in the interpreter); one resource costs one lookup. The format is a header line
 * {@code <id> <length in bytes>} before each doc's UTF-8 bytes.
 */
public final class RuleDocBundle {
  static final String RESOURCE = "/dslint/rules/rule-docs.bundle";

  private RuleDocBundle() {}

  /** The build's step: {@code RuleDocBundle RULES_DIR OUTPUT_FILE}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: RuleDocBundle RULES_DIR OUTPUT_FILE");
      System.exit(2);
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, pack(Path.of(args[0])));
  }

  /** Every {@code <id>.md} of the folder but README.md, in file name order. */
  static byte[] pack(Path rulesDir) throws IOException {
    List<Path> docs;
    try (Stream<Path> s = Files.list(rulesDir)) {
      docs = s.filter(p -> p.getFileName().toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
          .sorted().toList();
    }
    ByteArrayOutputStream bundle = new ByteArrayOutputStream();
    for (Path doc : docs) {
      String name = doc.getFileName().toString();
      byte[] bytes = Files.readAllBytes(doc);
      bundle.writeBytes((name.substring(0, name.length() - 3) + " " + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
      bundle.writeBytes(bytes);
    }
    return bundle.toByteArray();
  }

  /** The packed docs (UTF-8) by rule id, from the class path. */
  static Map<String, byte[]> read() {
    try (InputStream in = RuleDocBundle.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the rule docs are missing: " + RESOURCE + " is not on the class path"
            + " (run the Maven build, which packs rules/*.md)");
      }
      return unpack(in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
  }

  static Map<String, byte[]> unpack(byte[] bundle) {
    Map<String, byte[]> docs = new HashMap<>();
    int i = 0;
    while (i < bundle.length) {
      int nl = i;
      while (nl < bundle.length && bundle[nl] != '\n') {
        nl++;
      }
      String header = new String(bundle, i, nl - i, StandardCharsets.US_ASCII);
      int space = header.indexOf(' ');
      int length = space < 0 ? -1 : Integer.parseInt(header.substring(space + 1));
      if (length < 0 || nl + 1 + length > bundle.length) {
        throw new IllegalStateException("the rule doc bundle is damaged at byte " + i);
      }
      docs.put(header.substring(0, space), Arrays.copyOfRange(bundle, nl + 1, nl + 1 + length));
      i = nl + 1 + length;
    }
    return docs;
  }
}
