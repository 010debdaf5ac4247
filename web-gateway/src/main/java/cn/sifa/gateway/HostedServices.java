package cn.sifa.gateway;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import cn.sifa.correction.CorrectionModule;
import cn.sifa.enforcement.EnforcementOversightModule;
import cn.sifa.legalaid.LegalAidModule;
import cn.sifa.mediation.MediationModule;
import cn.sifa.reporting.ReportingModule;
import cn.sifa.review.ReviewAppealModule;

/** Standalone mode: the service modules live in this JVM and see the same caller principal. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sifa.mode", havingValue = "standalone", matchIfMissing = true)
@Import({MediationModule.class, LegalAidModule.class, ReviewAppealModule.class, CorrectionModule.class,
        EnforcementOversightModule.class, ReportingModule.class})
public class HostedServices {
}
