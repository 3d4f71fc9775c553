package io.dslint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 text line by line from a stream, so that documents can be linted and released one
 * at a time. Drops a leading BOM and the CR of CRLF; reports (with line and column) invalid
 * UTF-8, NUL bytes (binary files) and lines longer than {@link #MAX_LINE_BYTES}.
 *
 * <p>Lines end where YAML's lines end: at LF, CRLF, a lone CR, NEL (U+0085), LS (U+2028) and PS
 * (U+2029). The parser counts lines that way, so the lines here must too: otherwise every
 * position after such a break would name the wrong line (or one past the end of the file).
 */
public final class LineReader implements AutoCloseable {
  public static final int MAX_LINE_BYTES = 8 * 1024 * 1024;

  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private boolean eof;
  private int lineNumber;
  private byte[] line = new byte[256];
  /** Lines already split off the current physical (LF-terminated) line, not yet returned. */
  private final java.util.ArrayDeque<String> queued = new java.util.ArrayDeque<>();
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  public LineReader(InputStream in) {
    this.in = in;
  }

  /** The 1-based number of the line last returned. */
  public int lineNumber() {
    return lineNumber;
  }

  /** The next line without its terminator, or null at the end of input. */
  public String readLine() throws IOException {
    if (!queued.isEmpty()) {
      lineNumber++;
      return queued.poll();
    }
    int length = 0;
    boolean sawAny = false;
    while (true) {
      if (position == limit) {
        if (eof || !fill()) {
          break;
        }
      }
      sawAny = true;
      byte b = buffer[position++];
      if (b == '\n') {
        break;
      }
      if (length == line.length) {
        if (length >= MAX_LINE_BYTES) {
          throw new InputException("line " + (lineNumber + 1) + " is longer than "
              + (MAX_LINE_BYTES / (1024 * 1024)) + " MiB", lineNumber + 1, 1);
        }
        line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, length * 2));
      }
      line[length++] = b;
    }
    if (!sawAny) {
      return null;
    }
    int start = 0;
    if (lineNumber == 0) {
      start = checkStart(length);
    }
    if (length > start && line[length - 1] == '\r') {
      length--;
    }
    return splitBreaks(start, length);
  }

  /**
   * Decodes {@code line[start, end)}, splitting it at the YAML line breaks other than LF: returns
   * the first part and queues the others. In UTF-8 the bytes C2 85 and E2 80 A8/A9 are always
   * NEL, LS and PS, so the split can be made before decoding and errors keep their line.
   */
  private String splitBreaks(int start, int end) throws InputException {
    if (isPlainAscii(start, end)) {
      // Nearly every line of a manifest: no break but LF, nothing to check, and ASCII decodes
      // as Latin-1 (one copy, no decoder).
      lineNumber++;
      return new String(line, start, end - start, StandardCharsets.ISO_8859_1);
    }
    java.util.List<String> parts = new java.util.ArrayList<>(1);
    int from = start;
    int i = start;
    while (i < end) {
      int width = breakWidth(i, end);
      if (width == 0) {
        i++;
        continue;
      }
      parts.add(decode(from, i, lineNumber + 1 + parts.size()));
      i += width;
      from = i;
    }
    parts.add(decode(from, end, lineNumber + 1 + parts.size()));
    lineNumber++;
    for (int p = 1; p < parts.size(); p++) {
      queued.add(parts.get(p)); // numbered as they are returned
    }
    return parts.get(0);
  }

  /** No byte outside 0x01-0x7F but CR: no other line break, no NUL, nothing to decode. */
  private boolean isPlainAscii(int start, int end) {
    for (int i = start; i < end; i++) {
      byte b = line[i];
      if (b <= 0 || b == '\r') {
        return false;
      }
    }
    return true;
  }

  /** The byte length of the line break at {@code i}, or 0 when there is none. */
  private int breakWidth(int i, int end) {
    byte b = line[i];
    if (b == '\r') {
      return 1;
    }
    if (b == (byte) 0xC2 && i + 1 < end && line[i + 1] == (byte) 0x85) {
      return 2;
    }
    if (b == (byte) 0xE2 && i + 2 < end && line[i + 1] == (byte) 0x80
        && (line[i + 2] == (byte) 0xA8 || line[i + 2] == (byte) 0xA9)) {
      return 3;
    }
    return 0;
  }

  private int checkStart(int length) throws InputException {
    if (length >= 2 && ((line[0] == (byte) 0xFF && line[1] == (byte) 0xFE)
        || (line[0] == (byte) 0xFE && line[1] == (byte) 0xFF))) {
      throw new InputException("file is UTF-16 encoded; Kubernetes manifests must be UTF-8", 1, 1);
    }
    boolean bom = length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
    return bom ? 3 : 0;
  }

  /**
   * Decodes one line. Columns in errors count characters (as the parser's columns do), not
   * bytes: a NUL after "é" is in column 2. A NUL byte anywhere in the line makes it binary
   * content; otherwise the first byte that is not UTF-8 is reported.
   */
  private String decode(int start, int end, int lineNumber) throws InputException {
    for (int i = start; i < end; i++) {
      if (line[i] == 0) {
        int column = 1;
        for (int j = start; j < i; j++) {
          column += (line[j] & 0xC0) == 0x80 ? 0 : 1; // continuation bytes are not characters
        }
        throw new InputException("binary content: NUL byte at line " + lineNumber
            + ", column " + column, lineNumber, column);
      }
    }
    ByteBuffer bytes = ByteBuffer.wrap(line, start, end - start);
    CharBuffer chars = CharBuffer.allocate(end - start);
    decoder.reset();
    CoderResult result = decoder.decode(bytes, chars, true);
    boolean malformed = result.isError();
    if (!malformed) {
      try {
        decoder.flush(chars);
      } catch (IllegalStateException e) {
        malformed = true;
      }
    }
    chars.flip();
    String text = chars.toString();
    if (malformed) {
      int column = text.codePointCount(0, text.length()) + 1;
      int bad = Math.min(bytes.position(), end - 1);
      throw new InputException(String.format("not valid UTF-8: byte 0x%02X at line %d, column %d",
          line[bad] & 0xFF, lineNumber, column), lineNumber, column);
    }
    return text;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      eof = true;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
