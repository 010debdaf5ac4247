package cn.sifa.core.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import cn.sifa.core.db.DivisionSettingDataSource;

/**
 * A test's own thread, while it has no caller, reads and writes as the platform: its JdbcTemplate set-up and
 * checks see every division, as they did before row-level security. Requests (other threads), code the test
 * runs as a caller, and the application's start-up (outside any test method) are bound as in production.
 */
public class PlatformFixtureThread implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        DivisionSettingDataSource.platformWithoutCaller(true);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        DivisionSettingDataSource.platformWithoutCaller(false);
    }
}
