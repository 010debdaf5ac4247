package cn.sifa.mediation.dispute;

import org.springframework.data.jpa.domain.Specification;

/** Counting that stops early: a list page needs to know "how many", but not exactly once there are very many. */
public interface MediationCaseCount {

    /** The number of rows matching {@code spec}, but at most {@code limit}; reads at most {@code limit} index entries. */
    long countAtMost(Specification<MediationCase> spec, int limit);
}
