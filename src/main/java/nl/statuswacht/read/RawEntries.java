package nl.statuswacht.read;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a feed's entries lie in its bytes, found without parsing it: the <em>head</em> before the
 * first entry, each {@code <entry>} or {@code <item>} element among the root's or the channel's
 * children, and the <em>tail</em> after the last. Tags, comments, CDATA sections and processing
 * instructions are told apart (a {@code >} in a quoted attribute value, an {@code <entry>} in a
 * comment or CDATA section is not taken for a tag); nothing else of XML is checked, which the
 * reading of what is cut from here does. Pure.
 *
 * <p>A document that cannot be cut so has no split: one that does not start with {@code <} in
 * an encoding that writes ASCII as ASCII (after a UTF-8 byte-order mark), one with a DOCTYPE,
 * one whose tags do not close, one with entries in both the root and the channel, or with
 * anything but entries, text and comments among them or after them.
 */
final class RawEntries {
  private static final byte[] COMMENT_START = "<!--".getBytes(US_ASCII);
  private static final byte[] COMMENT_END = "-->".getBytes(US_ASCII);
  static final byte[] CDATA_START =
      "<![CDATA[".getBytes(US_ASCII);
  static final byte[] CDATA_END = "]]>".getBytes(US_ASCII);
  private static final byte[] PI_END = "?>".getBytes(US_ASCII);

  /**
   * The cut of one document: the head is {@code [0, headEnd)}, entry {@code i} is {@code
   * [starts[i], ends[i])}, the tail {@code [tailStart, length)}.
   */
  record Split(int headEnd, int[] starts, int[] ends, int tailStart) {
    int entries() {
      return starts.length;
    }

    /**
     * The head, the entries at {@code indices} (ascending) in that order, each on a line, and the
     * tail; the document itself when they are all its entries, not a copy of it.
     */
    byte[] with(byte[] bytes, List<Integer> indices) {
      if (indices.size() == starts.length) {
        return bytes;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(headEnd + bytes.length - tailStart
          + 1024);
      out.write(bytes, 0, headEnd);
      for (int i : indices) {
        out.write(bytes, starts[i], ends[i] - starts[i]);
        out.write('\n');
      }
      out.write(bytes, tailStart, bytes.length - tailStart);
      return out.toByteArray();
    }
  }

  private RawEntries() {}

  /** The cut of {@code bytes}, or {@code null} when it cannot be cut (see the class). */
  static Split split(byte[] bytes) {
    int n = bytes.length;
    int at = SourceDocument.afterByteOrderMark(bytes);
    if (at >= n || bytes[at] != '<' || n >= at + 2 && bytes[at + 1] == 0) {
      return null;
    }
    List<int[]> entries = new ArrayList<>();
    int depth = 0;
    int container = -1; // the depth of the entries' parent: 1 the root, 2 the channel
    int channelDepth = -1;
    int entryStart = -1;
    boolean rootSeen = false;
    while (at < n) {
      if (bytes[at] != '<') {
        at = indexOf(bytes, (byte) '<', at);
        if (at < 0) {
          break;
        }
        continue;
      }
      if (at + 1 >= n) {
        return null;
      }
      byte next = bytes[at + 1];
      if (next == '!') {
        if (startsWith(bytes, at, COMMENT_START)) {
          at = after(bytes, COMMENT_END, at + COMMENT_START.length);
        } else if (startsWith(bytes, at, CDATA_START)) {
          if (depth == 0) {
            return null;
          }
          at = after(bytes, CDATA_END, at + CDATA_START.length);
        } else {
          return null; // a DOCTYPE, or not XML
        }
      } else if (next == '?') {
        at = after(bytes, PI_END, at + 2);
      } else if (next == '/') {
        int close = indexOf(bytes, (byte) '>', at);
        if (close < 0 || depth == 0) {
          return null;
        }
        depth--;
        at = close + 1;
        if (entryStart >= 0 && depth == container) {
          entries.add(new int[] {entryStart, at});
          entryStart = -1;
        }
        if (depth == 0) {
          break; // the root closed
        }
      } else {
        int nameEnd = at + 1;
        while (nameEnd < n && !isNameEnd(bytes[nameEnd])) {
          nameEnd++;
        }
        int close = tagEnd(bytes, nameEnd);
        if (close < 0 || nameEnd == at + 1) {
          return null;
        }
        boolean empty = bytes[close - 1] == '/';
        if (depth == 0) {
          if (rootSeen) {
            return null; // a second root
          }
          rootSeen = true;
        } else if (entryStart < 0 && (depth == 1 || depth == channelDepth)) {
          // named only here, not for each element inside the entries
          String local = localName(bytes, at + 1, nameEnd);
          boolean entry = local.equals("entry") || local.equals("item");
          if (entry) {
            if (container < 0) {
              container = depth;
            } else if (container != depth) {
              return null; // entries in the root and in the channel
            }
            entryStart = at;
          } else if (container >= 0) {
            return null; // part of the head among or after the entries
          } else if (depth == 1 && local.equals("channel") && channelDepth < 0 && !empty) {
            channelDepth = 2;
          }
        }
        at = close + 1;
        if (!empty) {
          depth++;
        } else if (entryStart >= 0 && depth == container) {
          entries.add(new int[] {entryStart, at});
          entryStart = -1;
        }
      }
      if (at < 0) {
        return null;
      }
    }
    if (depth != 0 || !rootSeen || entryStart >= 0 || entries.isEmpty()) {
      return null;
    }
    int[] starts = new int[entries.size()];
    int[] ends = new int[entries.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = entries.get(i)[0];
      ends[i] = entries.get(i)[1];
    }
    return new Split(starts[0], starts, ends, ends[ends.length - 1]);
  }

  private static boolean isNameEnd(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '>' || b == '/';
  }

  /** The local name of the tag name in {@code [from, to)}, ASCII only (else empty). */
  private static String localName(byte[] bytes, int from, int to) {
    int start = from;
    for (int i = from; i < to; i++) {
      if (bytes[i] == ':') {
        start = i + 1;
      } else if (bytes[i] < 0) {
        return "";
      }
    }
    return new String(bytes, start, to - start, US_ASCII);
  }

  /** The {@code >} that ends the tag whose attributes start at {@code from}, quotes skipped. */
  private static int tagEnd(byte[] bytes, int from) {
    int i = from;
    while (i < bytes.length) {
      byte b = bytes[i];
      if (b == '"' || b == '\'') {
        i = indexOf(bytes, b, i + 1);
        if (i < 0) {
          return -1;
        }
      } else if (b == '>') {
        return i;
      } else if (b == '<') {
        return -1;
      }
      i++;
    }
    return -1;
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** Just after the first {@code end} at or after {@code from}, or -1. */
  private static int after(byte[] bytes, byte[] end, int from) {
    int at = find(bytes, end, from);
    return at < 0 ? -1 : at + end.length;
  }

  /** Where the first {@code sought} at or after {@code from} begins, or -1. */
  static int find(byte[] bytes, byte[] sought, int from) {
    for (int i = indexOf(bytes, sought[0], from); i >= 0; i = indexOf(bytes, sought[0], i + 1)) {
      if (startsWith(bytes, i, sought)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
    if (at + prefix.length > bytes.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
