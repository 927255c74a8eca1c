package io.webhookkit.maven.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the results of one contract as a JUnit XML report, {@code TEST-<contract>.xml}, which CI
 * servers show like unit tests, and formats them as a table for the build log.
 */
public final class ContractReport {

  private ContractReport() {}

  /**
   * Writes {@code TEST-<contract>.xml} in {@code directory}, one testcase per check and a failure
   * with the expected and actual status for each deviation; returns the file.
   *
   * @throws IOException if the file cannot be written
   */
  public static Path writeJUnitXml(Path directory, String contract, List<CheckResult> results)
      throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve("TEST-" + contract + ".xml");
    long failures = results.stream().filter(r -> !r.passed()).count();
    double seconds = results.stream().mapToLong(r -> r.duration().toNanos()).sum() / 1e9;
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "webhook-contract." + contract);
      xml.writeAttribute("tests", Integer.toString(results.size()));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", "0");
      xml.writeAttribute("time", seconds(seconds));
      for (CheckResult result : results) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "webhook-contract." + contract);
        xml.writeAttribute("name", result.delivery() + " " + result.check());
        xml.writeAttribute("time", seconds(result.duration().toNanos() / 1e9));
        if (!result.passed()) {
          xml.writeStartElement("failure");
          xml.writeAttribute(
              "message", "expected " + result.expected() + ", got " + result.actual());
          xml.writeAttribute("type", "contract-deviation");
          xml.writeCharacters(result.detail());
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  /** Formats the results as aligned lines: delivery, check, expected, actual, verdict. */
  public static List<String> table(List<CheckResult> results) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"delivery", "check", "expected", "actual", "result"});
    for (CheckResult r : results) {
      rows.add(
          new String[] {
            r.delivery(), r.check(), r.expected(), r.actual(), r.passed() ? "ok" : "FAILED"
          });
    }
    int[] widths = new int[5];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(i == row.length - 1 ? row[i] : pad(row[i], widths[i] + 2));
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  private static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.3f", seconds);
  }
}
