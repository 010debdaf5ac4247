package cn.sifa.legalaid.subsidy;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.sifa.legalaid.aidcase.AidCategory;
import cn.sifa.legalaid.aidcase.AidForm;

interface SubsidyStandardRepository extends JpaRepository<SubsidyStandard, UUID> {

    /** The platform defaults and the rows of the provinces whose code starts with the prefix ("" for every province). */
    @Query("select s from SubsidyStandard s where s.provinceCode is null or s.provinceCode like concat(:provincePrefix, '%')")
    List<SubsidyStandard> visible(String provincePrefix);

    /** A standing row with the same key (the unique index {@code la_subsidy_standard_uq}), other than {@code except}. */
    @Query("""
            select count(s) > 0 from SubsidyStandard s
             where s.retiredOn is null and s.aidForm = :aidForm and s.id <> :except
               and ((s.provinceCode is null and :provinceCode is null) or s.provinceCode = :provinceCode)
               and ((s.category is null and :category is null) or s.category = :category)""")
    boolean standingDuplicate(String provinceCode, AidCategory category, AidForm aidForm, UUID except);
}
