package cn.sifa.core.deadline;

import org.springframework.stereotype.Component;

import cn.sifa.core.dictionary.DictionaryContributor;

/** Code tables of deadlines for {@code GET /api/core/v1/dictionaries/{type}}. */
@Component
class DeadlineDictionaries implements DictionaryContributor {

    @Override
    public void contribute(Registry registry) {
        registry.register("DeadlineUnit", DeadlineUnit.class);
        registry.register("DeadlineStatus", DeadlineStatus.class);
    }
}
