package cn.sifa.core.dictionary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * Every code table of the application, collected once from all {@link DictionaryContributor} beans. Two modules
 * registering the same type name with different enums is a start-up error, not a silent override.
 */
@Component
public class DictionaryRegistry {

    /** One code: the enum name, its Chinese label, and its position (ordinal + 1). */
    public record Entry(String code, String label, int sort) {
    }

    private final Map<String, Class<?>> sources = new TreeMap<>();
    private final Map<String, List<Entry>> tables = new TreeMap<>();

    public DictionaryRegistry(List<DictionaryContributor> contributors) {
        DictionaryContributor.Registry registry = new DictionaryContributor.Registry() {
            @Override
            public <E extends Enum<E> & Labeled> void register(String type, Class<E> codes) {
                add(type, codes);
            }
        };
        contributors.forEach(c -> c.contribute(registry));
    }

    private <E extends Enum<E> & Labeled> void add(String type, Class<E> codes) {
        if (type == null || !type.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalStateException("字典类型名不合法: " + type);
        }
        Class<?> previous = sources.putIfAbsent(type, codes);
        if (previous != null && previous != codes) {
            throw new IllegalStateException("字典类型 " + type + " 被重复注册: " + previous.getName() + " 与 " + codes.getName());
        }
        List<Entry> entries = new ArrayList<>();
        for (E value : codes.getEnumConstants()) {
            entries.add(new Entry(value.name(), value.label(), value.ordinal() + 1));
        }
        tables.put(type, Collections.unmodifiableList(entries));
    }

    public Map<String, List<Entry>> all() {
        return Collections.unmodifiableMap(tables);
    }

    public Optional<List<Entry>> find(String type) {
        return Optional.ofNullable(tables.get(type));
    }
}
