package cn.sifa.enforcement.filereview;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Read only through a plan already found in the caller's scope. */
public interface ChecklistItems extends JpaRepository<ChecklistItem, UUID> {

    List<ChecklistItem> findByPlanIdOrderBySort(UUID planId);

    /** The checklists of a page of plans, in one query. */
    List<ChecklistItem> findByPlanIdInOrderBySort(java.util.Collection<UUID> planIds);
}
