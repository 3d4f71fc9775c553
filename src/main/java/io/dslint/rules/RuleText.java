package io.dslint.rules;

import java.nio.charset.StandardCharsets;

/**
 * A rule doc's Markdown body, kept as its UTF-8 bytes until someone reads it. Every run needs
 * every rule's front matter, but only explain and SARIF need the docs themselves, and decoding
 * 100 KB of UTF-8 in a cold JVM (the decoder's slow path runs for any non-ASCII character, in
 * the interpreter) cost 10 to 40 ms of each start.
 */
public final class RuleText {
  private final byte[] utf8;
  private volatile String text;

  private RuleText(byte[] utf8, String text) {
    this.utf8 = utf8;
    this.text = text;
  }

  /** Text that is already decoded (custom rules). */
  public static RuleText of(String text) {
    return new RuleText(null, text);
  }

  /** A doc body as written after the front matter: stripped, with one final newline, when read. */
  static RuleText body(byte[] utf8) {
    return new RuleText(utf8, null);
  }

  public String text() {
    String t = text;
    if (t == null) {
      // A race decodes twice at worst, to equal strings.
      t = new String(utf8, StandardCharsets.UTF_8).strip() + "\n";
      text = t;
    }
    return t;
  }

  @Override
  public String toString() {
    return text();
  }
}
