package cn.sifa.core.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import cn.sifa.core.error.ValidationException;

/**
 * Turns {@code page}, {@code size} and {@code sort=field,dir} into a {@link Pageable}, refusing sizes over 200
 * and sort fields a list does not offer (400 rather than a silent default or a SQL error).
 */
public final class Paging {

    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    /**
     * @param sortable API field name → entity property; the first entry is not a default, pass {@code defaultSort}
     */
    public static Pageable of(Integer page, Integer size, List<String> sort, Map<String, String> sortable, Sort defaultSort) {
        ValidationException.Collector errors = new ValidationException.Collector();
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            errors.add("page", "range", "页码不能小于 0");
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add("size", "range", "每页条数必须在 1 到 " + MAX_SIZE + " 之间");
        }
        List<Sort.Order> orders = new ArrayList<>();
        if (sort != null) {
            List<String> specs = rejoinSplitSpecs(sort);
            for (int i = 0; i < specs.size(); i++) {
                String spec = specs.get(i);
                if (spec == null || spec.isBlank()) {
                    continue;
                }
                String[] parts = spec.split(",");
                String property = sortable.get(parts[0].trim());
                if (property == null) {
                    errors.add("sort", "unknown-sort-field", "不支持按 " + parts[0] + " 排序,可用字段:" + String.join("、", sortable.keySet()));
                    continue;
                }
                boolean desc = parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc");
                if (parts.length > 1 && !desc && !parts[1].trim().equalsIgnoreCase("asc")) {
                    errors.add("sort", "invalid-direction", "排序方向只能是 asc 或 desc");
                }
                orders.add(desc ? Sort.Order.desc(property) : Sort.Order.asc(property));
            }
        }
        errors.throwIfAny();
        Sort sorting = orders.isEmpty() ? defaultSort : Sort.by(orders).and(defaultSort);
        return PageRequest.of(p, s, sorting);
    }

    /**
     * Spring binds a single {@code ?sort=receivedOn,desc} to a {@code List<String>} by splitting at the comma, giving
     * {@code [receivedOn, desc]}; several {@code sort} parameters arrive unsplit. A bare direction therefore belongs to
     * the field before it.
     */
    static List<String> rejoinSplitSpecs(List<String> sort) {
        List<String> specs = new ArrayList<>();
        for (String part : sort) {
            boolean direction = part != null && (part.trim().equalsIgnoreCase("asc") || part.trim().equalsIgnoreCase("desc"));
            if (direction && !specs.isEmpty() && !specs.get(specs.size() - 1).contains(",")) {
                specs.set(specs.size() - 1, specs.get(specs.size() - 1) + "," + part.trim());
            } else {
                specs.add(part);
            }
        }
        return specs;
    }
}
