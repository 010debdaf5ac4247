package cn.sifa.core.dictionary;

/**
 * A service registers its code tables here (as a bean) so that {@code GET /api/core/v1/dictionaries/{type}}
 * answers {@code [{"code","label","sort"}]} for them. Example:
 * {@code registry.register("DisputeType", DisputeType.class)}.
 */
@FunctionalInterface
public interface DictionaryContributor {

    void contribute(Registry registry);

    interface Registry {
        <E extends Enum<E> & Labeled> void register(String type, Class<E> codes);
    }
}
