package io.dslint.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A fast path in front of SnakeYAML for the plain subset of YAML that Kubernetes manifests are
 * written in: block mappings and sequences (with {@code - key: v} entries and sequences at their
 * parent key's indentation), one-line plain and quoted scalars, one-line flow collections
 * ({@code {cpu: 50m}}, {@code ["ALL"]}), comments and blank lines.
 *
 * <p>It builds exactly the {@link YamlDocument} the SnakeYAML path builds, ranges included, or
 * declines (returns null) so that the caller runs SnakeYAML. It declines at anything it is not
 * sure of: anchors, aliases, tags, merge keys, directives, block scalars, multi-line scalars,
 * explicit keys, tabs, control characters, escapes beyond the common ones, duplicate keys, odd
 * indentation, documents near a limit, and everything SnakeYAML would report as an error. It
 * never reports an error itself: messages and positions stay SnakeYAML's.
 *
 * <p>Positions follow SnakeYAML's marks: a block collection starts at its first key or dash and
 * ends where the scanner puts its BLOCK-END token, the start of the next token after it (or the
 * end of the text, or a "..." marker), so trailing comments and blank lines belong to it. An empty
 * value sits just after its ':' or '-'. One instance per document; not thread-safe.
 */
public final class BlockYamlParser {
  /** Well below the loader's 64 levels, so that no limit is ever decided here. */
  private static final int MAX_DEPTH = 48;
  /** Well below the loader's node limit, for the same reason. */
  private static final int MAX_NODES = 100_000;
  /** SnakeYAML drops a possible simple key longer than 1024 characters; stay clear of it. */
  private static final int MAX_KEY_CHARS = 1000;
  /** The characters that cannot start a plain scalar (YAML indicators). */
  private static final boolean[] INDICATOR = new boolean[128];

  static {
    for (char c : "-?:,[]{}#&*!|>'\"%@`".toCharArray()) {
      INDICATOR[c] = true;
    }
  }

  /** Thrown (without a stack) to give up; the caller then runs SnakeYAML. */
  private static final class Decline extends RuntimeException {
    Decline() {
      super(null, null, false, false);
    }
  }

  private static final Decline DECLINE = new Decline();

  /** The text as chars: at C1 (the launcher's only compiler) String.charAt costs a call each. */
  private final char[] s;
  private final int n;
  private final int offset;
  private int nodes;

  /** Position in {@link #s}, and the 0-based line and line start it is in. */
  private int pos;
  private int line;
  private int lineStart;

  /**
   * The next significant (non-blank, non-comment) line after the current one: its indentation,
   * or -1 at the end of the document (end of text or a "..." marker), in which case
   * {@link #endLine}/{@link #endColumn} say where the document's content ends.
   */
  private int indent;
  private int endLine;
  private int endColumn;
  /** Past the "---" line that may open the document: another marker is not ours to handle. */
  private boolean contentStarted;

  private BlockYamlParser(String text, int firstLine) {
    this.s = text.toCharArray();
    this.n = s.length;
    this.offset = firstLine - 1;
  }

  /**
   * The document SnakeYAML would load from {@code text}, or null when this parser is not sure
   * (then the caller must load the text with SnakeYAML; null never means "no document").
   */
  public static YamlDocument parse(String text, int index, int firstLine, List<String> lines) {
    if (text.length() > YamlLoader.MAX_DOCUMENT_CHARS) {
      return null;
    }
    BlockYamlParser parser = new BlockYamlParser(text, firstLine);
    if (!parser.plainCharacters()) {
      return null;
    }
    try {
      Node root = parser.document();
      return new YamlDocument(index, firstLine, lines, root, List.of());
    } catch (Decline e) {
      return null;
    }
  }

  /**
   * Only printable characters that SnakeYAML treats like any other: no tabs, no line breaks but
   * LF, no BOM, no surrogates (so that a column is a char index), nothing the reader refuses.
   */
  private boolean plainCharacters() {
    for (char c : s) {
      if (c >= 0x20 && c < 0x7F || c == '\n') {
        continue;
      }
      if (c < 0xA0 || c == 0x2028 || c == 0x2029 || c >= 0xD800 && c < 0xE000 || c == 0xFEFF || c > 0xFFFD) {
        return false;
      }
    }
    return true;
  }

  /** The index of the line break ending the line that {@code p} is in, or -1 on the last line. */
  private int lineEnd(int p) {
    for (; p < n; p++) {
      if (s[p] == '\n') {
        return p;
      }
    }
    return -1;
  }

  private boolean startsWith(String marker, int p) {
    if (p + marker.length() > n) {
      return false;
    }
    for (int i = 0; i < marker.length(); i++) {
      if (s[p + i] != marker.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  // ---- document and lines ----

  private Node document() {
    // Before the content: blank lines, comments and at most one "---" line (the splitter keeps it).
    toSignificant();
    boolean startMarker = indent == 0 && isMarker("---");
    contentStarted = true;
    if (startMarker) {
      pos = lineStart + 3;
      restOfLineEmpty();
      nextLine();
    }
    if (indent < 0) {
      return decline(); // no content: SnakeYAML says what that is
    }
    Node root = blockNode(-1, 0);
    if (indent >= 0) {
      decline(); // content after the root node ended: an error SnakeYAML describes
    }
    return root;
  }

  private static <T> T decline() {
    throw DECLINE;
  }

  /** Moves to the start of the line after the current one, then to the next significant line. */
  private void nextLine() {
    int nl = lineEnd(pos);
    if (nl < 0) {
      pos = n;
      atEnd(line, n - lineStart);
      return;
    }
    pos = nl + 1;
    line++;
    lineStart = pos;
    toSignificant();
  }

  /**
   * From the start of a line, skips blank and comment lines. Sets {@link #indent} and leaves
   * {@link #pos} at the first content character, or records the end of the content.
   */
  private void toSignificant() {
    while (true) {
      int p = lineStart;
      while (p < n && s[p] == ' ') {
        p++;
      }
      if (p < n && s[p] != '\n' && s[p] != '#') {
        pos = p;
        indent = p - lineStart;
        if (indent == 0 && contentStarted && isMarker("---")) {
          decline(); // a second document: the splitter never passes one, SnakeYAML refuses it
        }
        if (indent == 0 && isMarker("...")) {
          if (!contentStarted) {
            decline();
          }
          // The document end marker: block collections end at it, and only comments may follow.
          int markerLine = line;
          pos = lineStart + 3;
          restOfLineEmpty();
          nextLine();
          if (indent >= 0) {
            decline();
          }
          atEnd(markerLine, 0);
        }
        return;
      }
      int nl = lineEnd(p);
      if (nl < 0) {
        atEnd(line, n - lineStart);
        pos = n;
        return;
      }
      line++;
      lineStart = nl + 1;
    }
  }

  private void atEnd(int endLine, int endColumn) {
    this.indent = -1;
    this.endLine = endLine;
    this.endColumn = endColumn;
  }

  /** "---" or "..." at the start of the current line, alone or followed by a space. */
  private boolean isMarker(String marker) {
    return startsWith(marker, lineStart) && (lineStart + 3 == n || s[lineStart + 3] == '\n'
        || s[lineStart + 3] == ' ');
  }

  /** At the position SnakeYAML puts the next token: the next significant line's content, or the end. */
  private int nextTokenLine() {
    return indent >= 0 ? line : endLine;
  }

  private int nextTokenColumn() {
    return indent >= 0 ? indent : endColumn;
  }

  /** The rest of the current line must be spaces, optionally followed by a comment. */
  private void restOfLineEmpty() {
    int p = pos;
    while (p < n && s[p] == ' ') {
      p++;
    }
    if (p < n && s[p] != '\n' && !(s[p] == '#' && (p > pos || p == lineStart))) {
      decline(); // a comment needs a space before it
    }
    pos = p;
  }

  /** Whether only spaces or a comment follow {@link #pos} on its line. */
  private boolean lineEndsHere() {
    int p = pos;
    while (p < n && s[p] == ' ') {
      p++;
    }
    return p == n || s[p] == '\n' || s[p] == '#' && p > pos;
  }

  private char at(int p) {
    return p < n ? s[p] : '\n';
  }

  // ---- block structure ----

  /**
   * The node that starts at the current significant line, whose content is at column
   * {@link #indent}, inside a block collection at column {@code parentIndent}.
   */
  private Node blockNode(int parentIndent, int depth) {
    int column = indent;
    if (isDash(pos)) {
      return sequence(column, false, depth);
    }
    if (keyAhead()) {
      return mapping(column, depth);
    }
    return valueOnLine(parentIndent, depth);
  }

  /** A block mapping whose first key is at {@link #pos}, column {@code column}. */
  private MapNode mapping(int column, int depth) {
    enter(depth);
    int startLine = line;
    LinkedHashMap<String, MapNode.Entry> entries = new LinkedHashMap<>();
    while (true) {
      ScalarNode key = scalar();
      if (at(pos) != ':') {
        decline(); // not a key (or a space before its ':')
      }
      if (key.range().endColumn() - key.range().startColumn() > MAX_KEY_CHARS) {
        decline();
      }
      String name = key.value() instanceof String str ? str : String.valueOf(key.value());
      pos++; // ':'
      int colonEnd = pos - lineStart;
      int colonLine = line;
      Node value;
      if (lineEndsHere()) {
        nextLine();
        value = valueBelow(column, colonLine, colonEnd, true, depth + 1);
      } else {
        skipSpaces();
        value = valueOnLine(column, depth + 1);
      }
      if (entries.put(name, new MapNode.Entry(name, key.range(), value)) != null) {
        decline(); // duplicate keys: the SnakeYAML path reports them
      }
      if (indent == column) {
        if (isDash(pos) || !keyAhead()) {
          decline();
        }
        continue;
      }
      if (indent > column) {
        decline();
      }
      return new MapNode(range(startLine, column, nextTokenLine(), nextTokenColumn()), entries);
    }
  }

  /**
   * A block sequence whose first dash is at {@link #pos}, column {@code column}; indentless when
   * it is a mapping value at its key's indentation (it then ends at the next key).
   */
  private SeqNode sequence(int column, boolean indentless, int depth) {
    enter(depth);
    int startLine = line;
    List<Node> items = new ArrayList<>();
    while (true) {
      pos++; // '-'
      int dashEnd = pos - lineStart;
      int dashLine = line;
      Node item;
      if (lineEndsHere()) {
        nextLine();
        item = valueBelow(column, dashLine, dashEnd, false, depth + 1);
      } else {
        skipSpaces();
        int itemColumn = pos - lineStart;
        if (isDash(pos)) {
          decline(); // "- - x": a compact nested sequence
        }
        if (keyAhead()) {
          item = mapping(itemColumn, depth + 1);
        } else {
          item = valueOnLine(column, depth + 1);
        }
      }
      items.add(item);
      if (indent == column) {
        if (isDash(pos)) {
          continue;
        }
        if (!indentless) {
          decline();
        }
      } else if (indent > column) {
        decline();
      }
      return new SeqNode(range(startLine, column, nextTokenLine(), nextTokenColumn()), items);
    }
  }

  /**
   * The value of a key or dash with nothing after it on its line: a node on the following lines,
   * an indentless sequence, or an empty (null) scalar just after the ':' or '-'.
   */
  private Node valueBelow(int parentIndent, int markLine, int markEnd, boolean mappingValue, int depth) {
    if (indent > parentIndent) {
      return blockNode(parentIndent, depth);
    }
    if (indent == parentIndent && mappingValue && isDash(pos)) {
      return sequence(parentIndent, true, depth);
    }
    count();
    return new ScalarNode(range(markLine, markEnd, markLine, markEnd),
        Scalars.value(Scalars.implicitTag("", true), ""), "", false);
  }

  /**
   * A value that starts at {@link #pos} and ends its line (or, for a literal block scalar, takes
   * the lines below), inside a block collection at column {@code parentIndent}. Leaves the parser
   * at the next significant line.
   */
  private Node valueOnLine(int parentIndent, int depth) {
    if (at(pos) == '|') {
      return literal(parentIndent);
    }
    Node value = inlineValue(depth);
    endOfValueLine(parentIndent);
    return value;
  }

  /**
   * A literal block scalar, "|" (clip: one final line break) or "|-" (strip), whose lines are
   * indented deeper than {@code parentIndent}. Declines what needs SnakeYAML's finer rules:
   * explicit indentation, "keep" chomping, lines of only spaces, an empty scalar.
   *
   * <p>SnakeYAML ends the scalar at the start (column 0) of the first non-empty line indented
   * less than its content, or at the end of the text: trailing empty lines belong to it.
   */
  private ScalarNode literal(int parentIndent) {
    if (parentIndent < 0) {
      decline();
    }
    int startLine = line;
    int startColumn = pos - lineStart;
    pos++; // '|'
    boolean strip = at(pos) == '-';
    if (strip) {
      pos++;
    }
    if (at(pos) != ' ' && at(pos) != '\n') {
      decline(); // "|+", "|2", "|#", ...
    }
    restOfLineEmpty();
    int headerEnd = lineEnd(pos); // after a comment, if any
    if (headerEnd < 0) {
      decline();
    }
    StringBuilder text = new StringBuilder();
    int contentIndent = -1;
    int emptyLines = 0; // since the last content line (or the header)
    boolean lastBreak = false;
    int p = headerEnd + 1;
    int ln = line + 1;
    int endLine;
    int endColumn;
    while (true) {
      if (p >= n) {
        atEnd(ln, 0); // the text ends with a line break
        endLine = ln;
        endColumn = 0;
        break;
      }
      int e = lineEnd(p);
      if (e < 0) {
        e = n;
      }
      int q = p;
      while (q < e && s[q] == ' ') {
        q++;
      }
      if (q == e) {
        if (q > p) {
          decline(); // a line of spaces only
        }
        emptyLines++;
        p = e + 1;
        ln++;
        continue;
      }
      int ind = q - p;
      if (contentIndent < 0) {
        if (ind <= parentIndent) {
          decline(); // an empty block scalar
        }
        contentIndent = ind;
      }
      if (ind < contentIndent) {
        // The first line of what follows; the scanner goes on from its start.
        endLine = ln;
        endColumn = 0;
        line = ln;
        lineStart = p;
        toSignificant();
        break;
      }
      if (lastBreak) {
        text.append('\n');
      }
      for (; emptyLines > 0; emptyLines--) {
        text.append('\n');
      }
      text.append(s, p + contentIndent, e - p - contentIndent);
      if (e == n) {
        lastBreak = false;
        atEnd(ln, e - p);
        endLine = ln;
        endColumn = e - p;
        break;
      }
      lastBreak = true;
      p = e + 1;
      ln++;
    }
    if (contentIndent < 0) {
      decline();
    }
    if (lastBreak && !strip) {
      text.append('\n');
    }
    if (indent > parentIndent) {
      decline();
    }
    count();
    String value = text.toString();
    return new ScalarNode(range(startLine, startColumn, endLine, endColumn),
        Scalars.value(Scalars.implicitTag(value, false), value), value, true);
  }

  /**
   * After a value that ends its line: the line must end, and the next significant line may not be
   * indented deeper than the enclosing collection (a plain scalar would continue there, anything
   * else is an error).
   */
  private void endOfValueLine(int parentIndent) {
    restOfLineEmpty();
    nextLine();
    if (indent > parentIndent) {
      decline();
    }
  }

  /** A dash that starts a block sequence entry: '-' followed by a space or the line's end. */
  private boolean isDash(int p) {
    if (at(p) != '-') {
      return false;
    }
    char c = at(p + 1);
    return c == ' ' || c == '\n';
  }

  /**
   * Whether a scalar followed by ": " (or ':' at the line's end) starts at {@link #pos}. Only
   * looks; the scalar is scanned (and checked) when the key is read.
   */
  private boolean keyAhead() {
    char c = at(pos);
    int p;
    if (c == '\'' || c == '"') {
      p = pos + 1;
      while (true) {
        char ch = at(p);
        if (ch == '\n') {
          return false;
        }
        if (ch == c) {
          if (c == '\'' && at(p + 1) == '\'') {
            p += 2;
            continue;
          }
          p++;
          break;
        }
        p += ch == '\\' && c == '"' ? 2 : 1;
      }
    } else {
      if (c == '[' || c == '{') {
        return false;
      }
      p = plainEnd(pos);
    }
    return at(p) == ':' && (at(p + 1) == ' ' || at(p + 1) == '\n');
  }

  private void skipSpaces() {
    while (pos < n && s[pos] == ' ') {
      pos++;
    }
  }

  private void enter(int depth) {
    if (depth > MAX_DEPTH) {
      decline();
    }
    count();
  }

  private void count() {
    if (++nodes > MAX_NODES) {
      decline();
    }
  }

  // ---- values on one line ----

  /** A scalar or a flow collection at {@link #pos}, all on this line. */
  private Node inlineValue(int depth) {
    return collectionOrScalar(depth, false);
  }

  /** A flow collection at {@link #pos}, or a scalar as block ({@code inFlow} false) or flow context reads it. */
  private Node collectionOrScalar(int depth, boolean inFlow) {
    char c = at(pos);
    if (c == '[') {
      return flowSequence(depth);
    }
    if (c == '{') {
      return flowMapping(depth);
    }
    if (depth > MAX_DEPTH) {
      decline();
    }
    return inFlow ? flowScalar() : scalar();
  }

  /** Scanned by {@link #scalarToken}: the scalar's text, whether quoted, and where it ends. */
  private String tokenText;
  private boolean tokenQuoted;
  private int tokenEnd;

  /** A plain or quoted scalar at {@link #pos} in block context, resolved. */
  private ScalarNode scalar() {
    int start = pos - lineStart;
    scalarToken();
    return scalarNode(start);
  }

  private ScalarNode scalarNode(int startColumn) {
    count();
    String text = tokenText;
    Tag tag = Scalars.implicitTag(text, !tokenQuoted);
    if (!Scalars.isCoreTag(tag)) {
      decline();
    }
    Object value;
    try {
      value = Scalars.value(tag, text);
    } catch (RuntimeException e) {
      return decline(); // the SnakeYAML path reports it
    }
    return new ScalarNode(range(line, startColumn, line, tokenEnd - lineStart), value, text, tokenQuoted);
  }

  /**
   * Scans a scalar in block context: quoted, or plain up to ": ", " #" or the line's end. Leaves
   * {@link #pos} after the closing quote, or at the ':' / spaces after a plain scalar.
   */
  private void scalarToken() {
    char c = at(pos);
    if (c == '\'' || c == '"') {
      quoted(c);
      return;
    }
    plainStart(c, false);
    int start = pos;
    int end = plainEnd(pos);
    while (end > start && s[end - 1] == ' ') {
      end--;
    }
    pos = end;
    tokenText = new String(s, start, end - start);
    tokenQuoted = false;
    tokenEnd = end;
  }

  /**
   * Where a plain scalar in block context starting at {@code p} stops: at ": ", ':' before the
   * line's end, " #" or the line's end. The scalar itself ends before the spaces in front of it.
   */
  private int plainEnd(int p) {
    if (p == plainFrom) {
      return plainTo; // a key is looked at (keyAhead), then read
    }
    plainFrom = p;
    while (p < n) {
      char ch = s[p];
      if (ch == '\n' || ch == ' ' && at(p + 1) == '#' || ch == ':' && (at(p + 1) == ' ' || at(p + 1) == '\n')) {
        break;
      }
      p++;
    }
    plainTo = p;
    return p;
  }

  /** The last {@link #plainEnd} question and answer. */
  private int plainFrom = -1;
  private int plainTo;

  /** A plain scalar may not start with an indicator (nor here with '-' and a space, '?' or ':'). */
  private void plainStart(char c, boolean flow) {
    if (c == ' ' || c == '\n' || c < 128 && INDICATOR[c]
        && !(c == '-' && !flow && at(pos + 1) != ' ' && at(pos + 1) != '\n')) {
      decline();
    }
  }

  /** A single- or double-quoted scalar closed on its line, with the common escapes only. */
  private void quoted(char quote) {
    StringBuilder text = null;
    int p = pos + 1;
    int runStart = p;
    while (true) {
      if (p >= n) {
        decline();
      }
      char c = s[p];
      if (c == '\n') {
        decline(); // a multi-line scalar folds its lines
      }
      if (c == quote) {
        if (quote == '\'' && at(p + 1) == '\'') {
          text = append(text, runStart, p + 1);
          p += 2;
          runStart = p;
          continue;
        }
        break;
      }
      if (c == '\\' && quote == '"') {
        char e = at(p + 1);
        char replacement = switch (e) {
          case '\\' -> '\\';
          case '"' -> '"';
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          default -> decline();
        };
        text = append(text, runStart, p);
        text.append(replacement);
        p += 2;
        runStart = p;
        continue;
      }
      p++;
    }
    String value = text == null ? new String(s, runStart, p - runStart) : append(text, runStart, p).toString();
    pos = p + 1;
    tokenText = value;
    tokenQuoted = true;
    tokenEnd = pos;
  }

  private StringBuilder append(StringBuilder text, int from, int to) {
    StringBuilder b = text != null ? text : new StringBuilder();
    return b.append(s, from, to - from);
  }

  // ---- flow collections on one line ----

  private SeqNode flowSequence(int depth) {
    enter(depth);
    int start = pos - lineStart;
    pos++; // '['
    skipSpaces();
    List<Node> items = new ArrayList<>();
    if (at(pos) != ']') {
      while (true) {
        items.add(flowNode(depth + 1));
        skipSpaces();
        char c = at(pos);
        if (c == ']') {
          break;
        }
        if (c != ',') {
          decline(); // a single-pair mapping, a line break, ...
        }
        pos++;
        skipSpaces();
        if (at(pos) == ']') {
          decline(); // a trailing comma
        }
      }
    }
    pos++; // ']'
    return new SeqNode(range(line, start, line, pos - lineStart), items);
  }

  private MapNode flowMapping(int depth) {
    enter(depth);
    int start = pos - lineStart;
    pos++; // '{'
    skipSpaces();
    LinkedHashMap<String, MapNode.Entry> entries = new LinkedHashMap<>();
    if (at(pos) != '}') {
      while (true) {
        char c = at(pos);
        if (c == '[' || c == '{') {
          decline();
        }
        ScalarNode key = flowScalar();
        if (at(pos) != ':' || at(pos + 1) != ' ') {
          decline(); // a key without a value, or an adjacent ':'
        }
        pos++;
        skipSpaces();
        Node value = flowNode(depth + 1);
        String name = key.value() instanceof String str ? str : String.valueOf(key.value());
        if (entries.put(name, new MapNode.Entry(name, key.range(), value)) != null) {
          decline();
        }
        skipSpaces();
        c = at(pos);
        if (c == '}') {
          break;
        }
        if (c != ',') {
          decline();
        }
        pos++;
        skipSpaces();
        if (at(pos) == '}') {
          decline();
        }
      }
    }
    pos++; // '}'
    return new MapNode(range(line, start, line, pos - lineStart), entries);
  }

  private Node flowNode(int depth) {
    return collectionOrScalar(depth, true);
  }

  /**
   * A quoted scalar, or a plain one in flow context: up to a flow indicator, ':' before a space or
   * a flow indicator, or the line's end, without '#' or '?' (whose meaning there depends on details this parser leaves to
   * SnakeYAML). Leaves {@link #pos} at the terminator, after any spaces that end the scalar.
   */
  private ScalarNode flowScalar() {
    int start = pos - lineStart;
    char c = at(pos);
    if (c == '\'' || c == '"') {
      quoted(c);
    } else {
      plainStart(c, true);
      int from = pos;
      int end = pos;
      int p = pos;
      while (true) {
        char ch = at(p);
        if (ch == '\n' || ch == ',' || ch == '[' || ch == ']' || ch == '{' || ch == '}'
            || ch == ':' && flowEnd(at(p + 1))) {
          break; // "image: a:1.0" keeps its ':', "{a: b}" and "{a:}" end the key there
        }
        if (ch == '#' || ch == '?') {
          decline();
        }
        if (ch != ' ') {
          end = p + 1;
        }
        p++;
      }
      pos = end;
      tokenText = new String(s, from, end - from);
      tokenQuoted = false;
      tokenEnd = end;
    }
    return scalarNode(start);
  }

  /** What ends a plain scalar in flow context after a ':'. */
  private static boolean flowEnd(char c) {
    return c == ' ' || c == '\n' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
  }

  private Range range(int startLine, int startColumn, int endLine, int endColumn) {
    return new Range(startLine + 1 + offset, startColumn + 1, endLine + 1 + offset, endColumn + 1);
  }
}
