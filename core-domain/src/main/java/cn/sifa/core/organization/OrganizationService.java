package cn.sifa.core.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.audit.AuditLog;
import cn.sifa.core.caseno.CaseNumberPattern;
import cn.sifa.core.division.DivisionCodes;
import cn.sifa.core.error.ConflictException;
import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Etags;

/** Organizations for other modules ({@link Organizations}) and for the admin endpoints. */
@Service
@Transactional(readOnly = true)
public class OrganizationService implements Organizations {

    private final OrganizationRepository organizations;
    private final DivisionScope scope;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    OrganizationService(OrganizationRepository organizations, DivisionScope scope, AuditLog audit, JdbcTemplate jdbc) {
        this.organizations = organizations;
        this.scope = scope;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OrganizationRef> find(UUID id) {
        return organizations.findById(id).map(Organization::ref);
    }

    /**
     * Native SQL, deliberately outside the scope filter: a town office's caller must be able to name its county
     * bureau (whose division is above the caller's) as the organization that numbers its cases.
     */
    @Override
    public Optional<OrganizationRef> bureauOf(String divisionCode) {
        if (!DivisionCodes.isWellFormed(divisionCode)) {
            return Optional.empty();
        }
        List<String> candidates = selfAndAncestors(divisionCode);
        return jdbc.query("""
                        SELECT id, name, short_name, division_code FROM core_organization
                        WHERE type = 'BUREAU' AND active AND division_code = ANY (?)
                        ORDER BY array_position(?, division_code::text), created_at LIMIT 1""",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("varchar", candidates.toArray()));
                    ps.setArray(2, ps.getConnection().createArrayOf("text", candidates.toArray()));
                },
                (rs, i) -> new OrganizationRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        OrganizationType.BUREAU, rs.getString(4))).stream().findFirst();
    }

    /** The division, then its county, city and province, nearest first. */
    static List<String> selfAndAncestors(String code) {
        List<String> out = new ArrayList<>();
        out.add(code);
        String county = code.substring(0, 6);
        if (!county.equals(code)) {
            out.add(county);
        }
        String city = code.substring(0, 4) + "00";
        if (!out.contains(city)) {
            out.add(city);
        }
        String province = code.substring(0, 2) + "0000";
        if (!out.contains(province)) {
            out.add(province);
        }
        return out;
    }

    public Page<Organization> list(OrganizationType type, String divisionCode, String q, Boolean active, Pageable pageable) {
        String prefix = scope.narrowTo(divisionCode);
        Specification<Organization> spec = (root, query, cb) -> cb.like(root.get("divisionCode"), prefix + "%");
        if (type != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("type"), type));
        }
        if (active != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("active"), active));
        }
        if (q != null && !q.isBlank()) {
            String like = "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> cb.or(cb.like(root.get("name"), like, '\\'),
                    cb.like(root.get("shortName"), like, '\\')));
        }
        return organizations.findAll(spec, pageable);
    }

    public Organization get(UUID id) {
        return organizations.findById(id).orElseThrow(() -> new NotFoundException("机构", id));
    }

    @Transactional
    public Organization create(OrganizationRequest request) {
        String division = scope.divisionForCreate(request.divisionCode());
        ValidationException.Collector errors = new ValidationException.Collector();
        checkPattern(request.caseNoPattern(), errors);
        checkParent(request.parentId(), null, errors);
        errors.throwIfAny();
        String name = request.name().trim();
        if (organizations.findByDivisionCodeAndTypeAndName(division, request.type(), name).isPresent()) {
            throw new ConflictException("行政区划 " + division + " 已有同名" + request.type().label() + ":" + name);
        }
        Organization org = new Organization(division, request.type(), name, request.shortName().trim());
        org.describe(name, request.shortName().trim(), request.parentId(), request.caseNoPattern(), request.headName(),
                request.phone(), request.address(), request.active() == null || request.active());
        organizations.saveAndFlush(org);
        audit.record("organization.create", "organization", org.getId().toString(), division,
                request.type().label() + " " + name);
        return org;
    }

    @Transactional
    public Organization update(UUID id, String ifMatch, OrganizationUpdate update) {
        Organization org = get(id);
        Etags.checkIfMatch(ifMatch, org.getVersion());
        ValidationException.Collector errors = new ValidationException.Collector();
        checkPattern(update.caseNoPattern(), errors);
        checkParent(update.parentId(), id, errors);
        errors.throwIfAny();
        String name = update.name().trim();
        organizations.findByDivisionCodeAndTypeAndName(org.getDivisionCode(), org.getType(), name)
                .filter(other -> !other.getId().equals(id))
                .ifPresent(other -> {
                    throw new ConflictException("行政区划 " + org.getDivisionCode() + " 已有同名" + org.getType().label() + ":" + name);
                });
        org.describe(name, update.shortName().trim(), update.parentId(), update.caseNoPattern(), update.headName(),
                update.phone(), update.address(), update.active());
        organizations.saveAndFlush(org);
        audit.record("organization.update", "organization", id.toString(), org.getDivisionCode(),
                "修改 " + name + (update.active() ? "" : "(停用)"));
        return org;
    }

    private static void checkPattern(String pattern, ValidationException.Collector errors) {
        if (pattern != null && !pattern.isBlank()) {
            CaseNumberPattern.problemWith(pattern).ifPresent(p -> errors.add("caseNoPattern", "invalid-pattern", p));
        }
    }

    /**
     * The parent must exist and must not make a cycle. Checked without the scope filter: a county bureau's
     * parent is its city bureau, above the county administrator's own scope.
     */
    private void checkParent(UUID parentId, UUID self, ValidationException.Collector errors) {
        if (parentId == null) {
            return;
        }
        List<UUID> chain = jdbc.queryForList("""
                WITH RECURSIVE up(id, parent_id, depth) AS (
                    SELECT id, parent_id, 0 FROM core_organization WHERE id = ?
                    UNION ALL
                    SELECT o.id, o.parent_id, up.depth + 1 FROM core_organization o JOIN up ON o.id = up.parent_id
                    WHERE up.depth < 20)
                SELECT id FROM up""", UUID.class, parentId);
        if (chain.isEmpty()) {
            errors.add("parentId", "unknown-organization", "上级机构 " + parentId + " 不存在");
        } else if (self != null && chain.contains(self)) {
            errors.add("parentId", "invalid-parent", "上级机构不能是机构本身或其下级机构");
        }
    }
}
