package cn.sifa.mediation.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import cn.sifa.core.testing.SifaIntegrationTest;

/** A full test of this service through MockMvc on real PostgreSQL. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SifaIntegrationTest(classes = MediationTestApplication.class)
@AutoConfigureMockMvc
public @interface MediationIntegrationTest {
}
