package cn.sifa.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Boots core-domain alone for its own tests. */
@SpringBootApplication
@Import(CoreModule.class)
public class CoreTestApplication {
}
