package cn.sifa.core.statistics;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.dictionary.Labeled;
import cn.sifa.core.export.ExportColumn;

/**
 * A statistics view as a sheet a clerk reads in Excel: one row per figure, (类别, 指标, 数值, 说明). The labels are
 * the views' own OpenAPI {@code @Schema(description)}, so the JSON documentation and the export never differ: the
 * text before the first ":", ":", " = " or "," is the 指标, the rest is the 说明 (口径). Walking the record:
 * <ul>
 * <li>a nested record adds its label to the 类别 (三项制度 · …);</li>
 * <li>a list of records (按纠纷类型…) gives each element under its name (its first text component, e.g.
 * {@code label}, {@code name}, {@code month}): an element with one figure is one row (类别 = the list,
 * 指标 = the element), an element with several is one row per figure (类别 = the list · the element);</li>
 * <li>a map is one row per entry, a code key by its Chinese label when it is {@link Labeled};</li>
 * <li>identifiers are left out: a UUID, and a code beside its label ({@code code} beside {@code label} or
 * {@code name}, {@code xCode} beside {@code xName} or {@code xLabel}, {@code x} beside {@code xLabel});</li>
 * <li>a {@link Rate} reads "94.23%(49/52)", "—(0/0)" when the denominator is 0; a {@code Double} of a statistics
 * view is a fraction (a growth) and reads as a percentage (a fall with the minus sign −); an absent figure reads "—"; counts, amounts and dates
 * stay numbers and dates in Excel; a {@link Labeled} code reads as its label.</li>
 * </ul>
 */
public final class StatisticsSheet {

    /** One figure of the sheet. {@code value} is a Number, a LocalDate or text. */
    public record Row(String section, String figure, Object value, String note) {
    }

    public static final List<ExportColumn<Row>> COLUMNS = List.of(
            new ExportColumn<>("类别", Row::section),
            new ExportColumn<>("指标", Row::figure),
            new ExportColumn<>("数值", Row::value),
            new ExportColumn<>("说明", Row::note));

    static final String NONE = "—";
    private static final String SEPARATOR = " · ";
    private static final Set<String> NAME_COMPONENTS = Set.of("label", "name");

    private StatisticsSheet() {
    }

    public static List<Row> rows(Record view) {
        List<Row> rows = new ArrayList<>();
        walk(view, "", null, rows);
        return rows;
    }

    /** "title_2026-01-01至2026-06-30" when the view has {@code from} and {@code to} dates, else the title. */
    public static String filename(String title, Record view) {
        Object from = component(view, "from");
        Object to = component(view, "to");
        return from instanceof LocalDate f && to instanceof LocalDate t ? title + "_" + f + "至" + t : title;
    }

    private static void walk(Record record, String section, RecordComponent shownAsSection, List<Row> rows) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (RecordComponent c : components) {
            if (shownAsSection != null && c.getName().equals(shownAsSection.getName()) || identifier(c, components)) {
                continue;
            }
            String[] label = label(c);
            Object value = read(c, record);
            if (value instanceof Record nested && !(value instanceof Rate)) {
                walk(nested, join(section, label[0]), null, rows);
            } else if (value instanceof Collection<?> list && list.stream().allMatch(e -> e instanceof Record)) {
                String listSection = join(section, label[0]);
                for (Object element : list) {
                    element((Record) element, listSection, label[1], rows);
                }
            } else if (value instanceof Map<?, ?> map) {
                String mapSection = join(section, label[0]);
                map.forEach((k, v) -> rows.add(new Row(mapSection, text(k), cell(v), label[1])));
            } else {
                rows.add(new Row(section, label[0], cell(value), label[1]));
            }
        }
    }

    private static void element(Record element, String section, String note, List<Row> rows) {
        RecordComponent[] components = element.getClass().getRecordComponents();
        RecordComponent name = Arrays.stream(components)
                .filter(c -> c.getType() == String.class && !identifier(c, components))
                .findFirst().orElse(null);
        List<RecordComponent> figures = Arrays.stream(components)
                .filter(c -> c != name && !identifier(c, components)).toList();
        String elementName = name == null ? "" : text(read(name, element));
        if (figures.size() == 1 && !(read(figures.get(0), element) instanceof Record r && !(r instanceof Rate))) {
            rows.add(new Row(section, elementName, cell(read(figures.get(0), element)), note));
            return;
        }
        walk(element, join(section, elementName), name, rows);
    }

    /** A UUID, or a code beside the label that names it. */
    private static boolean identifier(RecordComponent c, RecordComponent[] all) {
        if (c.getType() == UUID.class) {
            return true;
        }
        if (c.getType() != String.class) {
            return false;
        }
        String n = c.getName();
        Set<String> names = Arrays.stream(all).map(RecordComponent::getName).collect(Collectors.toSet());
        if (n.equals("code") || n.equals("id")) {
            return NAME_COMPONENTS.stream().anyMatch(names::contains);
        }
        if (n.endsWith("Code")) {
            String stem = n.substring(0, n.length() - 4);
            return names.contains(stem + "Name") || names.contains(stem + "Label");
        }
        return names.contains(n + "Label");
    }

    /** [指标, 说明] from the component's @Schema description (its name when it has none). */
    static String[] label(RecordComponent c) {
        Schema schema = c.getAnnotation(Schema.class);
        if (schema == null || schema.description().isBlank()) {
            schema = c.getAccessor().getAnnotation(Schema.class);
        }
        String description = schema == null || schema.description().isBlank() ? c.getName() : schema.description();
        description = description.replace(" null", NONE).replace("null", NONE);
        int cut = -1;
        int skip = 0;
        for (String mark : List.of(":", ":", " = ", ",")) {
            int i = description.indexOf(mark);
            if (i > 0 && (cut < 0 || i < cut)) {
                cut = i;
                skip = mark.length();
            }
        }
        return cut < 0 ? new String[] {description, ""}
                : new String[] {description.substring(0, cut).trim(), description.substring(cut + skip).trim()};
    }

    /** What the cell holds: numbers and dates as such, everything else as the text a clerk reads. */
    static Object cell(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof Rate rate) {
            return (rate.fraction() == null ? NONE : percent(rate.fraction())) + "(" + rate.numerator() + "/" + rate.denominator() + ")";
        }
        if (value instanceof Double fraction) {
            return percent(fraction);
        }
        if (value instanceof Number || value instanceof LocalDate) {
            return value;
        }
        return text(value);
    }

    /** "20.00%"; a fall reads "−10.00%" with the minus sign U+2212, which CSV does not guard as a formula ("'-10.00%"). */
    private static String percent(double fraction) {
        BigDecimal percent = BigDecimal.valueOf(fraction).movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        return (percent.signum() < 0 ? "\u2212" : "") + percent.abs().toPlainString() + "%";
    }

    private static String text(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof Labeled labeled) {
            return labeled.label();
        }
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(StatisticsSheet::text).collect(Collectors.joining("、"));
        }
        return value.toString();
    }

    private static String join(String section, String label) {
        return section.isEmpty() ? label : section + SEPARATOR + label;
    }

    private static Object component(Record record, String name) {
        return Arrays.stream(record.getClass().getRecordComponents()).filter(c -> c.getName().equals(name))
                .findFirst().map(c -> read(c, record)).orElse(null);
    }

    private static Object read(RecordComponent c, Record record) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("统计项 " + c.getName() + " 无法读取", e);
        }
    }
}
