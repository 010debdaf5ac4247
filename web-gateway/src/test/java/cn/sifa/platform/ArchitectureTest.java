package cn.sifa.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Module boundaries (core-domain knows no service; no service reaches into another service) and the rules of
 * docs/service-template.md that can be checked: controllers hold no transactions, no service checks scopes itself,
 * no export loads a whole result, native SQL restricts divisions only through the core helper, and services write
 * core tables only through the core mechanisms.
 */
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


    @Test
    void controllersHoldNoTransactions() {
        for (Class<? extends java.lang.annotation.Annotation> tx : List.of(
                org.springframework.transaction.annotation.Transactional.class, jakarta.transaction.Transactional.class)) {
            noClasses().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                    .should().beAnnotatedWith(tx).check(classes);
            noMethods().that().areDeclaredInClassesThat().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                    .should().beAnnotatedWith(tx).check(classes);
        }
    }

    @Test
    void noServiceHasASupportFolder() {
        // What two features need is a core mechanism; a service's support/ folder is where copies start.
        noClasses().should().resideInAPackage("cn.sifa..support..").check(classes);
    }

    @Test
    void noServiceChecksScopesItself() {
        // Spring Security's ScopeRules enforce the read and write scopes of every service, in the gateway and in each
        // service; a copy in a service drifts from them.
        for (String service : SERVICES) {
            noClasses().that().resideInAPackage("cn.sifa." + service + "..")
                    .should().callMethod(cn.sifa.core.security.SifaPrincipal.class, "hasScope", String.class)
                    .allowEmptyShould(true).check(classes);
        }
    }

    @Test
    void noExportLoadsAWholeResult() {
        assertThat(serviceSourceLinesMatching(Pattern.compile("findAll\\([^;]*\\)\\s*\\.stream\\(\\)")))
                .as("exports stream through cn.sifa.core.list.Listing.export, never findAll(..).stream()").isEmpty();
    }

    @Test
    void nativeSqlRestrictsDivisionsOnlyThroughTheCoreHelper() {
        // A line marked "not a division scope" compares divisions for another reason (a rule set by an ancestor).
        assertThat(serviceSourceLinesMatching(Pattern.compile("division_code[^\"]*like|starts_with\\([^\"]*division_code", Pattern.CASE_INSENSITIVE))
                .stream().filter(line -> !line.contains("not a division scope")).toList())
                .as("use DivisionScope.within(alias): a forgotten hand-written predicate is a data leak").isEmpty();
    }

    @Test
    void servicesWriteCoreTablesOnlyThroughCoreMechanisms() {
        assertThat(serviceSourceLinesMatching(Pattern.compile("insert into (sifa\\.)?core_", Pattern.CASE_INSENSITIVE)))
                .as("history, deadlines and demo data go through the core applier and seeder").isEmpty();
    }

    /** Lines of the business services' main sources (the {@code *-service} modules) that match. */
    private static List<String> serviceSourceLinesMatching(Pattern pattern) {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        assertThat(root).as("repository root").isNotNull();
        Path repository = root;
        try (Stream<Path> modules = Files.list(repository)) {
            return modules.filter(m -> Files.isDirectory(m.resolve("src/main/java")))
                    .filter(m -> m.getFileName().toString().endsWith("-service"))
                    .flatMap(m -> javaFiles(m.resolve("src/main/java")))
                    .flatMap(f -> matchingLines(f, pattern, repository))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> matchingLines(Path file, Pattern pattern, Path root) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> pattern.matcher(lines.get(i)).find())
                    .mapToObj(i -> root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
