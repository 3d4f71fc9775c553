package io.dslint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Output text that a format must hold until the run ends (SARIF's results, JUnit's suites),
 * kept deflated in memory: the text is repetitive (the same keys, paths, rule ids and
 * indentation in every entry), so it takes a small fraction of the memory the finished text or
 * the findings behind it would. Never written to disk: dslint writes no file the user did not
 * name. Write with {@link #writer()}, then {@link #copyTo} once.
 */
final class CompressedText {
  private static final int BLOCK = 1 << 18;

  /** The deflated bytes in fixed-size blocks, so that growing never copies what is there. */
  private final List<byte[]> blocks = new ArrayList<>();
  private int lastUsed = BLOCK;
  private long length;
  private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
  private final Writer writer = new OutputStreamWriter(
      new DeflaterOutputStream(new BlockSink(), deflater, 1 << 16), StandardCharsets.UTF_8);
  private boolean any;

  /** Where to write the text; buffered, so write in pieces of any size. */
  Writer writer() {
    any = true;
    return writer;
  }

  /** Whether anything was written. */
  boolean isEmpty() {
    return !any;
  }

  /** Ends writing and copies the text to {@code out}. */
  void copyTo(Writer out) throws IOException {
    writer.close();
    deflater.end();
    try (Reader in = new InputStreamReader(new InflaterInputStream(new BlockSource(), new java.util.zip.Inflater(),
        1 << 16), StandardCharsets.UTF_8)) {
      char[] buffer = new char[1 << 16];
      int n;
      while ((n = in.read(buffer)) > 0) {
        out.write(buffer, 0, n);
      }
    }
    blocks.clear();
  }

  private final class BlockSink extends OutputStream {
    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      while (len > 0) {
        if (lastUsed == BLOCK) {
          blocks.add(new byte[BLOCK]);
          lastUsed = 0;
        }
        int n = Math.min(len, BLOCK - lastUsed);
        System.arraycopy(b, off, blocks.get(blocks.size() - 1), lastUsed, n);
        lastUsed += n;
        off += n;
        len -= n;
        length += n;
      }
    }
  }

  private final class BlockSource extends InputStream {
    private long position;

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= length) {
        return -1;
      }
      int block = (int) (position / BLOCK);
      int at = (int) (position % BLOCK);
      int n = (int) Math.min(Math.min(len, BLOCK - at), length - position);
      System.arraycopy(blocks.get(block), at, b, off, n);
      position += n;
      return n;
    }
  }
}
