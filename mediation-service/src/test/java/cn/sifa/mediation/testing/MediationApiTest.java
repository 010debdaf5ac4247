package cn.sifa.mediation.testing;

import cn.sifa.core.testing.ApiTestSupport;
import cn.sifa.core.testing.SifaIntegrationTest;

/**
 * The mediation API tests' base: the core {@link ApiTestSupport} (MockMvc as a caller, JSON helpers, row counts, the
 * fixed TestClock) on this service's test application, plus the record builders of {@link MediationApi} and
 * {@link CaseStates}.
 */
@SifaIntegrationTest(classes = MediationTestApplication.class)
public abstract class MediationApiTest extends ApiTestSupport {

    /** Cases, bureaus and mediators built through the API or the tables, as the workflow reads. */
    protected MediationApi api() {
        return new MediationApi(mvc, jdbc);
    }
}
