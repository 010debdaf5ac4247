package cn.sifa.legalaid.subsidy;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import cn.sifa.legalaid.aidcase.AidCategory;
import cn.sifa.legalaid.aidcase.AidForm;

/**
 * 法律援助补贴标准 (法律援助法第五十二条) at case closure, from the standing rows of {@code la_subsidy_standard}: the
 * province's row for the category and aid form, else its row for the aid form in any category, else the platform
 * default in the same order ({@link Precedence}). A retired row no longer applies.
 */
@Component
public class SubsidyStandards {

    private static final String FIND = """
            select amount, label from la_subsidy_standard
             where aid_form = :form and (category = :category or category is null)
               and (province_code = :province or province_code is null) and retired_on is null
             order by province_code is null, category is null limit 1""";

    private final NamedParameterJdbcTemplate jdbc;

    SubsidyStandards(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a closed case keeps: the amount per case and the standard's name, copied, so later edits leave it alone. */
    public record Standard(BigDecimal amount, String label) {
    }

    /** The standard that applies to a case of the division, category and aid form, if any. */
    public Optional<Standard> find(String divisionCode, AidCategory category, AidForm form) {
        return jdbc.query(FIND, new MapSqlParameterSource().addValue("form", form.name()).addValue("category", category.name())
                        .addValue("province", provinceOf(divisionCode)),
                (rs, i) -> new Standard(rs.getBigDecimal("amount"), rs.getString("label"))).stream().findFirst();
    }

    /** The province ({@code PP0000}) a division lies in. */
    static String provinceOf(String divisionCode) {
        return divisionCode.substring(0, 2) + "0000";
    }
}
