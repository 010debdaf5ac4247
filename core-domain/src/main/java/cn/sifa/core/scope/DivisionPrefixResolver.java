package cn.sifa.core.scope;

import java.util.function.Supplier;

import cn.sifa.core.division.DivisionCodes;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;

/**
 * Supplies the division prefix to Hibernate's auto-enabled {@code divisionScope} filter for every query and
 * load-by-id of a {@link DivisionScopedEntity}. No caller means no rows: a forgotten security rule fails closed.
 */
public class DivisionPrefixResolver implements Supplier<String> {

    /** No division code starts with this, so an unauthenticated query sees nothing. */
    public static final String MATCHES_NOTHING = "-";

    @Override
    public String get() {
        return currentPrefix();
    }

    public static String currentPrefix() {
        return CurrentCaller.find()
                .map(DivisionPrefixResolver::prefixFor)
                .orElse(MATCHES_NOTHING);
    }

    private static String prefixFor(SifaPrincipal principal) {
        if (principal.kind() == SifaPrincipal.Kind.SYSTEM) {
            return "";
        }
        return DivisionCodes.isWellFormed(principal.divisionCode())
                ? DivisionCodes.prefixOf(principal.divisionCode())
                : MATCHES_NOTHING;
    }
}
