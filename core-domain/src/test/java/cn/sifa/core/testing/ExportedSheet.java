package cn.sifa.core.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A downloaded export read back as rows of cell text, CSV (UTF-8 with BOM) or XLSX (the first sheet), so that API
 * tests compare an exported figure with the JSON one. XLSX numbers read as written ({@code 3}, {@code 25000.00}).
 */
public record ExportedSheet(List<List<String>> rows) {

    public static ExportedSheet csv(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r') {
                continue;
            } else if (ch == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return new ExportedSheet(rows);
    }

    public static ExportedSheet xlsx(byte[] body) {
        // a file, not a ZipInputStream: fastexcel streams its entries with sizes in data descriptors
        try {
            Path file = Files.createTempFile("export", ".xlsx");
            try {
                Files.write(file, body);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
                    if (sheet == null) {
                        throw new IllegalStateException("no xl/worksheets/sheet1.xml in the workbook");
                    }
                    List<String> shared = new ArrayList<>();
                    ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
                    if (strings != null) {
                        try (InputStream in = zip.getInputStream(strings)) {
                            NodeList items = parse(in.readAllBytes()).getElementsByTagName("si");
                            for (int i = 0; i < items.getLength(); i++) {
                                shared.add(items.item(i).getTextContent());
                            }
                        }
                    }
                    try (InputStream in = zip.getInputStream(sheet)) {
                        return new ExportedSheet(sheetRows(in.readAllBytes(), shared));
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException("unreadable workbook part", e);
        }
    }

    private static List<List<String>> sheetRows(byte[] xml, List<String> shared) {
        try {
            Document doc = parse(xml);
            List<List<String>> rows = new ArrayList<>();
            NodeList rowNodes = doc.getElementsByTagName("row");
            for (int r = 0; r < rowNodes.getLength(); r++) {
                List<String> row = new ArrayList<>();
                NodeList cells = ((Element) rowNodes.item(r)).getElementsByTagName("c");
                for (int c = 0; c < cells.getLength(); c++) {
                    Element cell = (Element) cells.item(c);
                    int column = column(cell.getAttribute("r"));
                    while (row.size() < column) {
                        row.add("");
                    }
                    NodeList t = cell.getElementsByTagName("t");
                    NodeList v = cell.getElementsByTagName("v");
                    String value = t.getLength() > 0 ? t.item(0).getTextContent() : v.getLength() > 0 ? v.item(0).getTextContent() : "";
                    row.add("s".equals(cell.getAttribute("t")) ? shared.get(Integer.parseInt(value)) : value);
                }
                rows.add(row);
            }
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException("unreadable sheet", e);
        }
    }

    private static int column(String ref) {
        int n = 0;
        for (char ch : ref.toCharArray()) {
            if (!Character.isLetter(ch)) {
                break;
            }
            n = n * 26 + (ch - 'A' + 1);
        }
        return n - 1;
    }

    public List<String> header() {
        return rows.get(0);
    }

    /**
     * The 数值 of the statistics row whose 类别 and 指标 are these (the {@code StatisticsSheet} columns 类别, 指标,
     * 数值, 说明); fails when there is none.
     */
    public String figure(String section, String figure) {
        return rows.stream().skip(1)
                .filter(r -> r.size() > 2 && Objects.equals(r.get(0), section) && Objects.equals(r.get(1), figure))
                .map(r -> r.get(2)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + section + " / " + figure + " in " + rows));
    }
}
