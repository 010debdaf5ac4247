package cn.sifa.legalaid.aidcase;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 法律援助补贴标准 (法律援助法第五十二条), rows of {@code la_subsidy_standard}: the province's row for the category and
 * aid form, else its row for the aid form in any category, else the platform default in the same order.
 */
@Component
public class SubsidyStandards {

    private static final String FIND = """
            select id, province_code, category, aid_form, amount, label from la_subsidy_standard
             where aid_form = :form and (category = :category or category is null)
               and (province_code = :province or province_code is null)
             order by province_code is null, category is null limit 1""";
    private static final String LIST = """
            select id, province_code, category, aid_form, amount, label from la_subsidy_standard
             where province_code = cast(:province as varchar) or province_code is null
             order by province_code is null, aid_form, category nulls last""";

    private final NamedParameterJdbcTemplate jdbc;

    SubsidyStandards(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One standard: the amount per case and what it is. */
    @Schema(name = "LegalAidSubsidyStandard", description = "法律援助补贴标准(每案)")
    public record Standard(
            @Schema(description = "ID", example = "7a000000-0000-4000-8000-000000000012") UUID id,
            @Schema(description = "省级行政区划,null 为平台默认标准", example = "430000") String provinceCode,
            @Schema(description = "案件类别,null 为不分类别", example = "CIVIL") AidCategory category,
            @Schema(description = "援助形式", example = "CIVIL_ADMIN_STATE_COMP_AGENCY") AidForm aidForm,
            @Schema(description = "每案补贴(元)", example = "2500.00") BigDecimal amount,
            @Schema(description = "标准名称", example = "湖南省(演示数据):民事诉讼代理及非诉讼代理") String label) {
    }

    /** The standard that applies to a case of the division, category and aid form, if any. */
    public Optional<Standard> find(String divisionCode, AidCategory category, AidForm form) {
        return jdbc.query(FIND, new MapSqlParameterSource().addValue("form", form.name()).addValue("category", category.name())
                .addValue("province", provinceOf(divisionCode)), (rs, i) -> standard(rs)).stream().findFirst();
    }

    /** The standards a division sees: its province's rows and the platform defaults (only those for a prefix above a province). */
    public List<Standard> forDivisionPrefix(String prefix) {
        String province = prefix.length() >= 2 && Character.isDigit(prefix.charAt(0)) ? provinceOf(prefix) : null;
        return jdbc.query(LIST, new MapSqlParameterSource().addValue("province", province), (rs, i) -> standard(rs));
    }

    private static String provinceOf(String divisionCode) {
        return divisionCode.substring(0, 2) + "0000";
    }

    private static Standard standard(java.sql.ResultSet rs) throws java.sql.SQLException {
        String category = rs.getString("category");
        return new Standard(rs.getObject("id", UUID.class), rs.getString("province_code"),
                category == null ? null : AidCategory.valueOf(category), AidForm.valueOf(rs.getString("aid_form")),
                rs.getBigDecimal("amount"), rs.getString("label"));
    }
}
