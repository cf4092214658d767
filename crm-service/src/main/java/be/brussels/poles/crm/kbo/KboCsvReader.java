package be.brussels.poles.crm.kbo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one KBO open-data CSV file: UTF-8, comma-separated, every field in double quotes (a
 * quote inside a field doubled), a header row first. Streams row by row; a row that cannot be
 * read (unterminated quote, wrong number of fields) goes to {@code malformed} with its line
 * number and the reading goes on.
 */
public final class KboCsvReader {

  /** One data row; {@code line} counts from 1 at the header. */
  public record Row(int line, List<String> fields) {
    public String get(int index) {
      return fields.get(index);
    }
  }

  /** A row that could not be read or checked. */
  public record Malformed(String file, int line, String reason) {}

  private KboCsvReader() {}

  /**
   * @param expectedHeader the columns the cookbook defines, in order; a different header
   *     refuses the whole file (a single Malformed at line 1) since no row could be trusted
   */
  public static void read(String file, Reader input, List<String> expectedHeader,
      Consumer<Row> rows, Consumer<Malformed> malformed) {
    try (BufferedReader reader = new BufferedReader(input, 1 << 16)) {
      String header = reader.readLine();
      if (header == null) {
        malformed.accept(new Malformed(file, 1, "the file is empty (no header row)"));
        return;
      }
      if (header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      List<String> columns = split(header);
      if (!expectedHeader.equals(columns)) {
        malformed.accept(new Malformed(file, 1,
            "header must be " + String.join(",", expectedHeader) + ", not " + header));
        return;
      }
      int lineNumber = 1;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isEmpty()) {
          continue;
        }
        List<String> fields = split(line);
        if (fields == null) {
          malformed.accept(new Malformed(file, lineNumber, "unterminated or misplaced quote"));
        } else if (fields.size() != columns.size()) {
          malformed.accept(new Malformed(file, lineNumber,
              "has " + fields.size() + " fields, the header " + columns.size()));
        } else {
          rows.accept(new Row(lineNumber, fields));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The fields of one line, or null when its quoting is broken. Unquoted fields are allowed. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>(8);
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      field.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            return null;
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (i < n && line.charAt(i) != ',') {
          return null;
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          char c = line.charAt(i++);
          if (c == '"') {
            return null;
          }
          field.append(c);
        }
      }
      fields.add(field.toString());
      if (i >= n) {
        return fields;
      }
      i++; // the comma
    }
  }
}
