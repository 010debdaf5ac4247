package cn.sifa.enforcement.filereview;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of a plan's scoring checklist and the most it can deduct. Belongs to the plan (read through it). */
@Entity
@Table(name = "enf_file_review_item")
public class ChecklistItem {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID planId;
    private String code;
    private String label;
    private BigDecimal maxDeduction;
    private int sort;

    protected ChecklistItem() {
    }

    ChecklistItem(UUID planId, String code, String label, BigDecimal maxDeduction, int sort) {
        this.planId = planId;
        this.code = code;
        this.label = label;
        this.maxDeduction = maxDeduction;
        this.sort = sort;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlanId() {
        return planId;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getMaxDeduction() {
        return maxDeduction;
    }

    public int getSort() {
        return sort;
    }
}
