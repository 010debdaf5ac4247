package cn.sifa.core.scope;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.sifa.core.division.DivisionCodes;
import cn.sifa.core.division.DivisionRepository;
import cn.sifa.core.error.ForbiddenException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;

/**
 * The caller's division subtree, for what the Hibernate filter cannot see: the division a new record is
 * created in, and native SQL (statistics) that must add {@link #sqlPrefix()} to its WHERE clause.
 */
@Component
public class DivisionScope {

    private final DivisionRepository divisions;
    private final JdbcTemplate jdbc;

    public DivisionScope(DivisionRepository divisions, JdbcTemplate jdbc) {
        this.divisions = divisions;
        this.jdbc = jdbc;
    }

    /**
     * Plans the rest of the current transaction with the actual division prefix. Every scoped query says
     * {@code starts_with(division_code, ?)}; after five runs of a prepared statement PostgreSQL may switch to a
     * generic plan, which cannot use that prefix as an index range: a county's list count on 1M cases then read
     * 393k index entries instead of 30k (issue 6). Call it first in a list, count or export over a subtree; a
     * lookup by id gains nothing from it and would only pay for planning every statement. Needs a transaction.
     */
    public void planWithActualPrefix() {
        jdbc.execute("SET LOCAL plan_cache_mode = force_custom_plan");
    }

    /** The prefix every in-scope {@code division_code} starts with; bind it in {@link #within(String)}. */
    public String sqlPrefix() {
        return DivisionPrefixResolver.currentPrefix();
    }

    /**
     * The SQL predicate that limits native SQL to a division subtree: {@code starts_with(<alias>.division_code, ?)}.
     * Bind {@link #sqlPrefix()} (the caller's scope) or {@link #narrowTo} (a requested division inside it) at its
     * placeholder. Native SQL never writes this predicate by hand: a forgotten one would be a data leak.
     * <p>
     * {@code starts_with}, not {@code LIKE}: both become a range on the b-tree index of the {@code COLLATE "C"}
     * column, but only {@code starts_with} is leakproof, which lets PostgreSQL evaluate it together with the
     * row-level security policy (V10_01) in the index scan; a {@code LIKE} must wait until after the policy and
     * then filters the policy's whole range (a province's rows for a province user's county filter).
     *
     * @param alias the table alias, or null for an unaliased table
     */
    public static String within(String alias) {
        return "starts_with(" + (alias == null || alias.isBlank() ? "" : alias + ".") + "division_code, ?)";
    }

    /** As {@link #within(String)} with a named parameter ({@code :name}) for {@code NamedParameterJdbcTemplate}. */
    public static String within(String alias, String parameterName) {
        return "starts_with(" + (alias == null || alias.isBlank() ? "" : alias + ".") + "division_code, :" + parameterName + ")";
    }

    public boolean contains(String divisionCode) {
        return divisionCode != null && divisionCode.startsWith(sqlPrefix());
    }

    /**
     * The division a new record goes to: the caller's own when none is named, a named one below it, and a 403
     * for one outside the caller's scope (CONVENTIONS: division scope, on create).
     */
    public String divisionForCreate(String requested) {
        SifaPrincipal caller = CurrentCaller.get();
        if (requested == null || requested.isBlank()) {
            return caller.divisionCode();
        }
        if (!DivisionCodes.isWellFormed(requested) || !divisions.existsById(requested)) {
            throw ValidationException.of("divisionCode", "unknown-division", "行政区划代码 " + requested + " 不存在");
        }
        if (!contains(requested)) {
            throw new ForbiddenException("不能在管辖范围以外的行政区划 " + requested + " 创建记录");
        }
        return requested;
    }

    /** A filter parameter naming a division: it must lie inside the caller's scope, else nothing matches. */
    public String narrowTo(String requested) {
        if (requested == null || requested.isBlank()) {
            return sqlPrefix();
        }
        if (!DivisionCodes.isWellFormed(requested)) {
            throw ValidationException.of("divisionCode", "unknown-division", "行政区划代码 " + requested + " 格式不正确");
        }
        String prefix = DivisionCodes.prefixOf(requested);
        String own = sqlPrefix();
        if (prefix.startsWith(own)) {
            return prefix;
        }
        // Asking for an ancestor of one's own division gives one's own subtree; anything else gives nothing.
        return own.startsWith(prefix) ? own : DivisionPrefixResolver.MATCHES_NOTHING;
    }
}
