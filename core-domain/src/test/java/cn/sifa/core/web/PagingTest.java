package cn.sifa.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import cn.sifa.core.error.ValidationException;

class PagingTest {

    static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "caseNo", "caseNo");
    static final Sort DEFAULT = Sort.by("id");

    @Test
    void aSingleSortParameterThatSpringSplitAtTheCommaKeepsItsDirection() {
        Pageable pageable = Paging.of(0, 20, List.of("receivedOn", "desc"), SORTABLE, DEFAULT);
        assertThat(pageable.getSort()).isEqualTo(Sort.by(Sort.Order.desc("receivedOn")).and(DEFAULT));
    }

    @Test
    void severalSortParametersArriveWholeAndKeepTheirOrder() {
        Pageable pageable = Paging.of(0, 20, List.of("caseNo,asc", "receivedOn,desc"), SORTABLE, DEFAULT);
        assertThat(pageable.getSort())
                .isEqualTo(Sort.by(Sort.Order.asc("caseNo"), Sort.Order.desc("receivedOn")).and(DEFAULT));
    }

    @Test
    void aFieldWithoutDirectionSortsAscending() {
        Pageable pageable = Paging.of(null, null, List.of("caseNo"), SORTABLE, DEFAULT);
        assertThat(pageable.getSort()).isEqualTo(Sort.by(Sort.Order.asc("caseNo")).and(DEFAULT));
        assertThat(pageable.getPageSize()).isEqualTo(20);
    }

    @Test
    void anUnknownFieldOrATooLargePageIsRefused() {
        assertThatThrownBy(() -> Paging.of(0, 20, List.of("secret", "asc"), SORTABLE, DEFAULT)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Paging.of(0, 201, null, SORTABLE, DEFAULT)).isInstanceOf(ValidationException.class);
    }
}
