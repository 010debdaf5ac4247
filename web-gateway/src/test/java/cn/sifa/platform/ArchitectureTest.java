package cn.sifa.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Module boundaries: core-domain knows no service; no service reaches into another service. */
class ArchitectureTest {

    static final String[] SERVICES = {"mediation", "legalaid", "review", "correction", "enforcement", "reporting"};

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.sifa");
    }

    @Test
    void coreDependsOnNoServiceAndNotOnTheGateway() {
        String[] forbidden = new String[SERVICES.length + 1];
        for (int i = 0; i < SERVICES.length; i++) {
            forbidden[i] = "cn.sifa." + SERVICES[i] + "..";
        }
        forbidden[SERVICES.length] = "cn.sifa.gateway..";
        noClasses().that().resideInAPackage("cn.sifa.core..").should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .check(classes);
    }

    @Test
    void noServiceDependsOnAnotherServiceOrTheGateway() {
        for (String service : SERVICES) {
            for (String other : SERVICES) {
                if (!other.equals(service)) {
                    ArchRule rule = noClasses().that().resideInAPackage("cn.sifa." + service + "..")
                            .should().dependOnClassesThat().resideInAPackage("cn.sifa." + other + "..");
                    rule.allowEmptyShould(true).check(classes);
                }
            }
            noClasses().that().resideInAPackage("cn.sifa." + service + "..")
                    .should().dependOnClassesThat().resideInAPackage("cn.sifa.gateway..")
                    .allowEmptyShould(true).check(classes);
        }
    }

    @Test
    void theGatewayUsesServicesOnlyThroughTheirModuleConfiguration() {
        for (String service : SERVICES) {
            noClasses().that().resideInAPackage("cn.sifa.gateway..")
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                            "internals of " + service,
                            (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("cn.sifa." + service)
                                    && !c.getSimpleName().endsWith("Module")))
                    .check(classes);
        }
    }

    @Test
    void theSchemaIsOwnedByTheDbModuleOnly() {
        noClasses().that().resideOutsideOfPackage("cn.sifa.db..")
                .should().dependOnClassesThat().resideInAPackage("org.flywaydb.core.api.migration..")
                .allowEmptyShould(true).check(classes);
    }
}
