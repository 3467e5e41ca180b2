package io.kinerja.core.weighting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The weighting package uses the JDK and the core's problem and text packages, nothing else. */
class WeightingDependsOnTheJdkOnlyTest {

  @Test
  void weighting_uses_only_the_jdk_problems_and_texts() {
    JavaClasses weighting =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.kinerja.core.weighting");

    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "io.kinerja.core.weighting..", "io.kinerja.core.problem..", "io.kinerja.core.text..")
        .check(weighting);
  }
}
