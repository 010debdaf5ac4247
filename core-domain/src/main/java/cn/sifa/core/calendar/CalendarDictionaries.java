package cn.sifa.core.calendar;

import org.springframework.stereotype.Component;

import cn.sifa.core.dictionary.DictionaryContributor;

/** Code table of the holiday schedule for {@code GET /api/core/v1/dictionaries/{type}}. */
@Component
class CalendarDictionaries implements DictionaryContributor {

    @Override
    public void contribute(Registry registry) {
        registry.register("HolidayKind", HolidayKind.class);
    }
}
