package cn.sifa.correction;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

import cn.sifa.core.CoreModule;

/** Boots core-domain and this service for the module's tests. */
// No component scan of its own: the module scans with fully qualified bean names, a second scan would register twice.
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({CoreModule.class, CorrectionModule.class})
public class CorrectionTestApplication {
}
