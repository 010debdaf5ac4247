package cn.sifa.core.dictionary;

/** A code-table value with its Chinese label. Service enums implement it and register in a {@link DictionaryContributor}. */
public interface Labeled {
    String label();
}
