package io.kinerja.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The rule that must never break: kinerja-core uses the JDK and nothing else. */
class CoreDependsOnTheJdkOnlyTest {

  private final JavaClasses core = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.kinerja.core");

  @Test
  void the_core_depends_on_nothing_but_the_jdk_and_itself() {
    ArchRule rule = classes().that().resideInAPackage("io.kinerja.core..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("io.kinerja.core..", "java..", "javax.annotation..");
    rule.check(core);
  }

  @Test
  void the_core_reads_no_clock() {
    ArchRule rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideInAPackage("io.kinerja.core..")
        .should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now");
    rule.check(core);
  }

  @Test
  void the_core_does_not_use_jdbc() {
    ArchRule rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideInAPackage("io.kinerja.core..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");
    rule.check(core);
  }
}
