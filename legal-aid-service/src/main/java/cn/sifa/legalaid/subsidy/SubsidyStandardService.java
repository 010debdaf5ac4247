package cn.sifa.legalaid.subsidy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.division.Division;
import cn.sifa.core.division.DivisionCodes;
import cn.sifa.core.division.DivisionLevel;
import cn.sifa.core.division.DivisionRepository;
import cn.sifa.core.error.ConflictException;
import cn.sifa.core.error.ForbiddenException;
import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Permissions;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.web.Etags;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.legalaid.aidcase.AidCategory;
import cn.sifa.legalaid.aidcase.AidForm;

/**
 * 办案补贴标准 on screen. Who sees what: every caller the platform defaults, and the rows of the province it lies in
 * (a caller above the provinces: every province's). Who writes: a caller with {@code legal-aid.write} whose division
 * covers the province, that is the province's own legal-aid staff (or a client of the province), the way a province's
 * deadline rules belong to that province's admins; a county or city office reads only. The platform defaults are
 * shipped by migration and read-only here (a province overrides them with its own rows).
 */
@Service
@Transactional
public class SubsidyStandardService {

    private static final String NAME = "办案补贴标准";
    private static final String WRITE_SCOPE = "legal-aid.write";

    private final SubsidyStandardRepository standards;
    private final DivisionRepository divisions;
    private final DivisionScope scope;
    private final Clock clock;

    SubsidyStandardService(SubsidyStandardRepository standards, DivisionRepository divisions, DivisionScope scope, Clock clock) {
        this.standards = standards;
        this.divisions = divisions;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * The standards of the caller's province (or of the province of {@code divisionCode}, inside the caller's scope)
     * and the platform defaults, each with its precedence and the categories it actually pays in that province.
     */
    @Transactional(readOnly = true)
    public SubsidyStandardView.Listing list(String divisionCode) {
        String prefix = scope.narrowTo(divisionCode);
        String province = prefix.length() >= 2 && Character.isDigit(prefix.charAt(0)) ? SubsidyStandards.provinceOf(prefix) : null;
        boolean nothing = !prefix.isEmpty() && !Character.isDigit(prefix.charAt(0));
        List<SubsidyStandard> rows = standards.visible(province != null ? province.substring(0, 2) : nothing ? "-" : "");
        List<SubsidyStandardView> content = rows.stream()
                .sorted(Comparator.comparing(SubsidyStandard::isRetired).thenComparing(SubsidyStandard::getAidForm)
                        .thenComparing(SubsidyStandard::precedence)
                        .thenComparing(s -> s.getCategory() == null ? -1 : s.getCategory().ordinal())
                        .thenComparing(s -> Objects.toString(s.getProvinceCode(), "")))
                .map(s -> view(s, rows, province == null ? s.getProvinceCode() : province))
                .toList();
        return new SubsidyStandardView.Listing(province, province == null ? null : provinceName(province), mayCreate(),
                content, province == null ? List.of() : applicable(rows, province));
    }

    @Transactional(readOnly = true)
    public SubsidyStandardView get(UUID id) {
        SubsidyStandard s = visible(id);
        return view(s, context(s), contextProvince(s));
    }

    /** 新增本省标准. 403 outside the caller's province, 409 when the province has a standing row for the same key. */
    public SubsidyStandardView create(SubsidyStandardRequest.Save r) {
        if (!coversSomeProvince()) {
            throw new ForbiddenException("办案补贴标准由省级法律援助机构设置,县、市级只能查看");
        }
        String province = provinceFor(r.provinceCode());
        requireWriter(province);
        if (standards.standingDuplicate(province, r.category(), r.aidForm(), new UUID(0, 0))) {
            throw duplicate(province, r.category(), r.aidForm());
        }
        SubsidyStandard s = standards.saveAndFlush(new SubsidyStandard(province, r.category(), r.aidForm(), r.amount(), r.label().trim()));
        return view(s, context(s), province);
    }

    /** 修改 (If-Match): amount, name, category and aid form; the province stays. Closed cases keep their amounts. */
    public SubsidyStandardView update(UUID id, String ifMatch, SubsidyStandardRequest.Save r) {
        SubsidyStandard s = writable(id);
        if (r.provinceCode() != null && !r.provinceCode().isBlank() && !r.provinceCode().trim().equals(s.getProvinceCode())) {
            throw ValidationException.of("provinceCode", "province-fixed", "不能变更标准所属的省,请在该省新增标准");
        }
        Etags.checkIfMatch(ifMatch, s.getVersion());
        if (standards.standingDuplicate(s.getProvinceCode(), r.category(), r.aidForm(), s.getId())) {
            throw duplicate(s.getProvinceCode(), r.category(), r.aidForm());
        }
        s.edit(r.category(), r.aidForm(), r.amount(), r.label().trim());
        standards.flush();
        return view(s, context(s), s.getProvinceCode());
    }

    /** 废止 (If-Match): the row stops applying; the next in precedence pays later closures. Kept with its history. */
    public SubsidyStandardView retire(UUID id, String ifMatch, SubsidyStandardRequest.Retire r) {
        SubsidyStandard s = writable(id);
        Etags.checkIfMatch(ifMatch, s.getVersion());
        LocalDate today = StepDates.today(clock);
        LocalDate on = r == null || r.retiredOn() == null ? today : r.retiredOn();
        ValidationException.Collector errors = new ValidationException.Collector();
        StepDates.notInFuture(errors, "retiredOn", on, today);
        errors.throwIfAny();
        s.retire(on);
        standards.flush();
        return view(s, context(s), s.getProvinceCode());
    }

    /** A row the caller may see: a platform default, or a row of a province that contains or lies in the caller's scope. */
    private SubsidyStandard visible(UUID id) {
        return standards.findById(id).filter(this::inScope).orElseThrow(() -> new NotFoundException(NAME, id));
    }

    private boolean inScope(SubsidyStandard s) {
        if (s.getProvinceCode() == null) {
            return true;
        }
        String prefix = scope.sqlPrefix();
        String provincePrefix = s.getProvinceCode().substring(0, 2);
        return s.getProvinceCode().startsWith(prefix) || prefix.startsWith(provincePrefix);
    }

    private SubsidyStandard writable(UUID id) {
        SubsidyStandard s = visible(id);
        if (s.getProvinceCode() == null) {
            throw new ForbiddenException("平台默认标准随版本发布,不能在此修改;请新增本省标准覆盖");
        }
        requireWriter(s.getProvinceCode());
        if (s.isRetired()) {
            throw new ConflictException("该标准已于 " + s.getRetiredOn() + " 废止,不能再修改;请新增标准");
        }
        return s;
    }

    /** The province a new row belongs to: the one named, else the caller's own when the caller is a province. */
    private String provinceFor(String requested) {
        if (requested == null || requested.isBlank()) {
            SifaPrincipal caller = CurrentCaller.get();
            String own = caller.divisionCode();
            if (own != null && DivisionCodes.isWellFormed(own) && DivisionCodes.levelOf(own) == DivisionLevel.PROVINCE) {
                return own;
            }
            throw ValidationException.of("provinceCode", "province-required", "请填写标准所属的省级行政区划");
        }
        String code = requested.trim();
        if (!code.matches("\\d{2}0000") || !divisions.existsById(code)) {
            throw ValidationException.of("provinceCode", "unknown-province", "省级行政区划代码 " + code + " 不存在");
        }
        return code;
    }

    /**
     * 403 unless the caller's division covers the province (a county or city may only read). The write scope itself is
     * the URL rule's (ScopeRules: every non-GET of the service needs {@code legal-aid.write}).
     */
    private void requireWriter(String province) {
        SifaPrincipal caller = CurrentCaller.get();
        if (caller.kind() == SifaPrincipal.Kind.SYSTEM) {
            return;
        }
        if (!scope.contains(province)) {
            throw new ForbiddenException("办案补贴标准由省级法律援助机构设置:" + provinceName(province) + "(" + province
                    + ")的标准不能由 " + caller.divisionCode() + " 设置");
        }
    }

    /** The caller is a province or above: some province's standards are its own. */
    private boolean coversSomeProvince() {
        String prefix = scope.sqlPrefix();
        return CurrentCaller.get().kind() == SifaPrincipal.Kind.SYSTEM
                || prefix.length() <= 2 && prefix.chars().allMatch(Character::isDigit);
    }

    /** For the portal's buttons only (the write endpoints rely on ScopeRules): the caller holds the write scope. */
    private static boolean writesLegalAid() {
        SifaPrincipal caller = CurrentCaller.get();
        return caller.kind() == SifaPrincipal.Kind.SYSTEM || Permissions.allows(caller, Set.of(), Set.of(WRITE_SCOPE));
    }

    private boolean mayCreate() {
        return writesLegalAid() && coversSomeProvince();
    }

    private boolean mayEdit(SubsidyStandard s) {
        if (s.getProvinceCode() == null || s.isRetired()) {
            return false;
        }
        return writesLegalAid() && (CurrentCaller.get().kind() == SifaPrincipal.Kind.SYSTEM || scope.contains(s.getProvinceCode()));
    }

    private static ConflictException duplicate(String province, AidCategory category, AidForm form) {
        return new ConflictException((province == null ? "平台默认" : province) + " 已有" + (category == null ? "不分类别" : category.label())
                + "、" + form.label() + "的现行补贴标准;请修改该标准,或先废止再新增");
    }

    /** The rows that decide what a row applies to: the defaults and the rows of its own province. */
    private List<SubsidyStandard> context(SubsidyStandard s) {
        String province = contextProvince(s);
        return standards.visible(province == null ? "-" : province.substring(0, 2));
    }

    /** A province row is judged in its province; a default in the caller's province, or alone for a national caller. */
    private String contextProvince(SubsidyStandard s) {
        if (s.getProvinceCode() != null) {
            return s.getProvinceCode();
        }
        String prefix = scope.sqlPrefix();
        return prefix.length() >= 2 && Character.isDigit(prefix.charAt(0)) ? SubsidyStandards.provinceOf(prefix) : null;
    }

    /** The row that pays a case of the province (null: defaults only) in the category and aid form: the first by precedence. */
    private static SubsidyStandard applying(List<SubsidyStandard> rows, String province, AidCategory category, AidForm form) {
        return rows.stream().filter(s -> s.covers(province, category, form))
                .min(Comparator.comparing(SubsidyStandard::precedence)).orElse(null);
    }

    private static List<SubsidyStandardView.Applicable> applicable(List<SubsidyStandard> rows, String province) {
        Set<AidForm> forms = rows.stream().filter(s -> !s.isRetired()).map(SubsidyStandard::getAidForm)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AidForm.class)));
        List<SubsidyStandardView.Applicable> result = new ArrayList<>();
        for (AidForm form : forms) {
            for (AidCategory category : AidCategory.values()) {
                SubsidyStandard s = applying(rows, province, category, form);
                result.add(new SubsidyStandardView.Applicable(form, form.label(), category, category.label(),
                        s == null ? null : s.getId(), s == null ? null : s.getAmount(),
                        s == null ? null : s.precedence(), s == null ? null : s.precedence().label()));
            }
        }
        return result;
    }

    private SubsidyStandardView view(SubsidyStandard s, List<SubsidyStandard> rows, String province) {
        List<AidCategory> appliesTo = s.isRetired() ? List.of() : java.util.Arrays.stream(AidCategory.values())
                .filter(c -> appliedBy(applying(rows, province, c, s.getAidForm()), s)).toList();
        String appliesToLabel = s.isRetired() ? "已废止"
                : appliesTo.isEmpty() ? "未适用:已被优先的标准覆盖"
                : "适用于:" + appliesTo.stream().map(AidCategory::label).collect(Collectors.joining("、"));
        return new SubsidyStandardView(s.getId(), s.getProvinceCode(),
                s.getProvinceCode() == null ? "平台默认" : provinceName(s.getProvinceCode()),
                s.getCategory(), s.getCategory() == null ? "不分类别" : s.getCategory().label(),
                s.getAidForm(), s.getAidForm().label(), s.getAmount(), s.getLabel(), s.precedence(), s.precedence().label(),
                appliesTo, appliesToLabel, s.getRetiredOn(), mayEdit(s), s.getUpdatedAt(), s.getUpdatedBy(), s.getVersion());
    }

    private static boolean appliedBy(SubsidyStandard applying, SubsidyStandard s) {
        return applying != null && applying.getId().equals(s.getId());
    }

    private String provinceName(String province) {
        return divisions.findById(province).map(Division::getName).orElse(province);
    }
}
