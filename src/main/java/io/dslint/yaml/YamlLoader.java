package io.dslint.yaml;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads one YAML document with SnakeYAML's composer (YAML 1.1, as kubectl reads it) into our own
 * {@link Node} tree. Nothing is ever constructed from a tag: only the core scalar types are
 * resolved, and any other tag is a syntax error. Hostile input is bounded: aliases of
 * collections, nesting depth, document size and the number of nodes after alias expansion.
 */
public final class YamlLoader {
  /** The API server refuses requests over 3 MiB; no real object comes near it. */
  public static final int MAX_DOCUMENT_CHARS = 3 * 1024 * 1024;
  static final int MAX_NESTING_DEPTH = 64;
  static final int MAX_COLLECTION_ALIASES = 100;
  /** Nodes after expanding aliases and merges; a large real object has a few thousand. */
  static final int MAX_EXPANDED_NODES = 500_000;


  private final boolean fastPath;

  /** The loader every caller uses: {@link BlockYamlParser} first, SnakeYAML when it declines. */
  public YamlLoader() {
    this(true);
  }

  private YamlLoader(boolean fastPath) {
    this.fastPath = fastPath;
  }

  /** The reference: SnakeYAML for every document, the behaviour the fast path must equal. */
  public static YamlLoader snakeYamlOnly() {
    return new YamlLoader(false);
  }

  /**
   * Parses {@code text}, whose first line is line {@code firstLine} of the file.
   *
   * @return the document, or null when it holds no node (only comments or markers)
   */
  public YamlDocument load(String text, int index, int firstLine, List<String> lines)
      throws YamlSyntaxException {
    if (fastPath) {
      // Typical manifests take the fast path; whatever it is not sure of (and every error) is
      // SnakeYAML's, so results, messages and positions are the same either way.
      YamlDocument doc = BlockYamlParser.parse(text, index, firstLine, lines);
      if (doc != null) {
        return doc;
      }
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowRecursiveKeys(false);
    options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH);
    options.setCodePointLimit(MAX_DOCUMENT_CHARS + 1024);
    options.setProcessComments(false);
    // Tags are refused by the converter below with our own message; the composer only records
    // them (nothing is ever constructed from a tag).
    options.setTagInspector(tag -> true);
    int offset = firstLine - 1;
    org.yaml.snakeyaml.nodes.Node composed;
    try {
      String source = isFlowDocument(text) ? tabsOutsideQuotesToSpaces(text) : text;
      Composer composer = new BoundedComposer(new ParserImpl(new StreamReader(source), options), Scalars.snakeYamlResolver(), options);
      composed = composer.getSingleNode();
    } catch (BoundedComposer.Refused e) {
      throw new YamlSyntaxException(e.getMessage(), line(e.mark, offset, firstLine), column(e.mark));
    } catch (ReaderException e) {
      // SnakeYAML names the reader's position, not the character's: find the character.
      throw unprintable(text, firstLine);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new YamlSyntaxException(describe(e), line(mark, offset, firstLine), column(mark));
    } catch (YAMLException e) {
      String message = plain(e.getMessage());
      if (message.startsWith("Nesting Depth exceeded")) {
        message = "document is nested deeper than " + MAX_NESTING_DEPTH + " levels";
      } else if (message.startsWith("Number of aliases for non-scalar nodes exceeds")) {
        message = "document has more than " + MAX_COLLECTION_ALIASES
            + " aliases of mappings or sequences (an alias bomb?)";
      }
      throw new YamlSyntaxException(message, firstLine, 1);
    } catch (StackOverflowError e) {
      throw new YamlSyntaxException("document is nested too deeply", firstLine, 1);
    } catch (RuntimeException e) {
      // SnakeYAML may throw more than YAMLException for broken input (the composer's known case
      // is placed above). The document is broken, not dslint: it must not end the run as an
      // internal error.
      throw new YamlSyntaxException("the YAML parser rejected this document: " + plain(e.getMessage()),
          firstLine, 1);
    }
    if (composed == null) {
      return null;
    }
    Converter converter = new Converter(offset);
    Node root = converter.convert(composed, Pointer.ROOT, 0);
    return new YamlDocument(index, firstLine, lines, root, List.copyOf(converter.duplicates));
  }

  /**
   * The first character YAML does not allow in a stream (control characters but tab and line
   * breaks, DEL excepted C1 controls, U+FFFE/U+FFFF), with its file line and column.
   */
  static YamlSyntaxException unprintable(String text, int firstLine) {
    int line = firstLine;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!StreamReader.isPrintable(c)) {
        return new YamlSyntaxException(String.format("special character U+%04X is not allowed in YAML", c),
            line, column);
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(c);
    }
    return new YamlSyntaxException("special characters are not allowed", firstLine, 1);
  }

  /** A JSON document (or a YAML one in flow style): its first content character is { or [. */
  static boolean isFlowDocument(String text) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '#') {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '-' && text.startsWith("---", i)) {
        i += 3;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else {
        return c == '{' || c == '[';
      }
    }
    return false;
  }

  /**
   * JSON allows tabs as white space; SnakeYAML (YAML 1.1) rejects them before tokens even in flow
   * context. A tab outside quotes is white space there, and it is one column either way, so
   * turning it into a space keeps every position.
   */
  static String tabsOutsideQuotesToSpaces(String text) {
    if (text.indexOf('\t') < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    char quote = 0;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (quote == 0) {
        if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '\t') {
          chars[i] = ' ';
        }
      } else if (c == '\\' && quote == '"') {
        i++;
      } else if (c == quote) {
        quote = 0;
      }
    }
    return new String(chars);
  }

  private static String describe(MarkedYAMLException e) {
    String context = e.getContext();
    String problem = e.getProblem();
    if (context != null && problem != null) {
      return plain(context) + ": " + plain(problem);
    }
    return plain(problem != null ? problem : context != null ? context : e.getMessage());
  }

  /** SnakeYAML messages sometimes carry their own (document-relative) snippets; keep line one. */
  private static String plain(String message) {
    if (message == null) {
      return "invalid YAML";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }

  private static int line(Mark mark, int offset, int fallback) {
    return mark == null ? fallback : mark.getLine() + 1 + offset;
  }

  private static int column(Mark mark) {
    return mark == null ? 1 : mark.getColumn() + 1;
  }

  /**
   * SnakeYAML's composer, stopped once a document has more nodes than {@link #MAX_EXPANDED_NODES}:
   * 3 MiB of "[1,1,1,…" are 1.5 million nodes, which would take seconds and most of a 512 MB heap
   * to build before the converter's own count could refuse them.
   */
  private static final class BoundedComposer extends Composer {
    private int nodes;

    BoundedComposer(org.yaml.snakeyaml.parser.Parser parser, Resolver resolver, LoaderOptions options) {
      super(parser, resolver, options);
    }

    @Override
    protected org.yaml.snakeyaml.nodes.Node composeScalarNode(String anchor,
        List<org.yaml.snakeyaml.comments.CommentLine> comments) {
      return guarded(() -> super.composeScalarNode(anchor, comments));
    }

    @Override
    protected org.yaml.snakeyaml.nodes.Node composeSequenceNode(String anchor) {
      return guarded(() -> super.composeSequenceNode(anchor));
    }

    @Override
    protected org.yaml.snakeyaml.nodes.Node composeMappingNode(String anchor) {
      return guarded(() -> super.composeMappingNode(anchor));
    }

    /** Composes one node, counted, refusing it at its start when SnakeYAML cannot build it. */
    private org.yaml.snakeyaml.nodes.Node guarded(Supplier<org.yaml.snakeyaml.nodes.Node> compose) {
      Mark at = parser.peekEvent().getStartMark();
      try {
        return counted(compose.get());
      } catch (IllegalArgumentException e) {
        throw refused(at, e);
      }
    }

    /** SnakeYAML cannot build the node at {@code at} (e.g. a tag whose escapes decode to a space). */
    private static Refused refused(Mark at, IllegalArgumentException e) {
      return new Refused(at, "invalid node: " + plain(e.getMessage()));
    }

    private org.yaml.snakeyaml.nodes.Node counted(org.yaml.snakeyaml.nodes.Node node) {
      if (++nodes > MAX_EXPANDED_NODES) {
        throw new Refused(node.getStartMark(), "document has more than " + MAX_EXPANDED_NODES
            + " nodes (values, mappings and sequences); no Kubernetes object has that many");
      }
      return node;
    }

    /**
     * A document refused while composing, at a node's position: too many nodes, or a node
     * SnakeYAML cannot build (it throws IllegalArgumentException for a tag whose %-escapes
     * decode to spaces, "!<%20x>").
     */
    static final class Refused extends RuntimeException {
      final transient Mark mark;

      Refused(Mark mark, String message) {
        super(message, null, false, false);
        this.mark = mark;
      }
    }
  }

  /** Walks one composed document; not thread-safe, one per document. */
  private static final class Converter {
    private final int offset;
    private final List<DuplicateKey> duplicates = new ArrayList<>();
    private final Set<org.yaml.snakeyaml.nodes.Node> inProgress =
        java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private int nodes;

    Converter(int offset) {
      this.offset = offset;
    }

    Node convert(org.yaml.snakeyaml.nodes.Node node, Pointer at, int depth) throws YamlSyntaxException {
      if (++nodes > MAX_EXPANDED_NODES) {
        throw error(node, "document expands to more than " + MAX_EXPANDED_NODES
            + " nodes through aliases (a \"billion laughs\" document?)");
      }
      if (depth > MAX_NESTING_DEPTH) {
        throw error(node, "document is nested deeper than " + MAX_NESTING_DEPTH + " levels");
      }
      if (!inProgress.add(node)) {
        throw error(node, "alias refers to a node that contains it (recursive structure)");
      }
      try {
        if (node instanceof MappingNode map) {
          return convertMap(map, at, depth);
        }
        if (node instanceof SequenceNode seq) {
          checkTag(node, Tag.SEQ);
          List<Node> items = new ArrayList<>(seq.getValue().size());
          int i = 0;
          for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
            items.add(convert(item, at.append(i++), depth + 1));
          }
          return new SeqNode(range(node), items);
        }
        return convertScalar((org.yaml.snakeyaml.nodes.ScalarNode) node);
      } finally {
        inProgress.remove(node);
      }
    }

    private MapNode convertMap(MappingNode map, Pointer at, int depth) throws YamlSyntaxException {
      checkTag(map, Tag.MAP);
      LinkedHashMap<String, MapNode.Entry> explicit = new LinkedHashMap<>();
      List<MapNode> merged = new ArrayList<>();
      for (NodeTuple tuple : map.getValue()) {
        org.yaml.snakeyaml.nodes.Node keyNode = tuple.getKeyNode();
        if (keyNode.getTag().equals(Tag.MERGE)) {
          collectMerge(tuple.getValueNode(), at, depth, merged);
          continue;
        }
        if (!(keyNode instanceof org.yaml.snakeyaml.nodes.ScalarNode scalarKey)) {
          throw error(keyNode, "mapping keys must be scalars (Kubernetes objects are JSON)");
        }
        String key = keyString(convertScalar(scalarKey));
        Node value = convert(tuple.getValueNode(), at.append(key), depth + 1);
        MapNode.Entry entry = new MapNode.Entry(key, range(keyNode), value);
        MapNode.Entry previous = explicit.put(key, entry);
        if (previous != null) {
          duplicates.add(new DuplicateKey(key, at.append(key), entry.keyRange(), previous.keyRange()));
        }
      }
      if (merged.isEmpty()) {
        return new MapNode(range(map), explicit);
      }
      // Merge keys: explicit keys win; among merged mappings the first one listed wins.
      LinkedHashMap<String, MapNode.Entry> all = new LinkedHashMap<>();
      for (MapNode source : merged) {
        for (MapNode.Entry e : source.entries()) {
          all.putIfAbsent(e.key(), e);
        }
      }
      all.putAll(explicit);
      return new MapNode(range(map), all);
    }

    private void collectMerge(org.yaml.snakeyaml.nodes.Node value, Pointer at, int depth,
        List<MapNode> into) throws YamlSyntaxException {
      if (value instanceof MappingNode) {
        into.add((MapNode) convert(value, at, depth + 1));
      } else if (value instanceof SequenceNode seq) {
        for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
          if (!(item instanceof MappingNode)) {
            throw error(item, "a merge key (<<) takes a mapping or a list of mappings");
          }
          into.add((MapNode) convert(item, at, depth + 1));
        }
      } else {
        throw error(value, "a merge key (<<) takes a mapping or a list of mappings");
      }
    }

    private ScalarNode convertScalar(org.yaml.snakeyaml.nodes.ScalarNode node) throws YamlSyntaxException {
      Tag tag = node.getTag();
      String text = node.getValue();
      boolean quoted = node.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
      if (!Scalars.isCoreTag(tag)) {
        throw unsupportedTag(node);
      }
      Object value;
      try {
        value = Scalars.value(tag, text);
      } catch (RuntimeException e) {
        throw error(node, "\"" + text + "\" is not a valid " + tag.getValue().substring(Tag.PREFIX.length()));
      }
      return new ScalarNode(range(node), value, text, quoted);
    }

    private static String keyString(ScalarNode key) {
      Object v = key.value();
      return v instanceof String s ? s : String.valueOf(v);
    }

    private void checkTag(org.yaml.snakeyaml.nodes.Node node, Tag expected) throws YamlSyntaxException {
      if (!node.getTag().equals(expected)) {
        throw unsupportedTag(node);
      }
    }

    private YamlSyntaxException unsupportedTag(org.yaml.snakeyaml.nodes.Node node) {
      return error(node, "unsupported tag " + node.getTag().getValue()
          + ": Kubernetes manifests use plain YAML types only, and dslint never constructs tagged objects");
    }

    private YamlSyntaxException error(org.yaml.snakeyaml.nodes.Node node, String message) {
      Mark m = node.getStartMark();
      return new YamlSyntaxException(message, line(m, offset, offset + 1), column(m));
    }

    private Range range(org.yaml.snakeyaml.nodes.Node node) {
      Mark s = node.getStartMark();
      Mark e = node.getEndMark();
      return new Range(s.getLine() + 1 + offset, s.getColumn() + 1, e.getLine() + 1 + offset, e.getColumn() + 1);
    }
  }
}
